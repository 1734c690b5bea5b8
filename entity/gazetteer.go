package entity

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/schema"
)

//go:embed data/*.txt
var data embed.FS

// An entry is a name the gazetteer knows: a country, region, city, place,
// seat of government or organisation.
type entry struct {
	name string
	typ  schema.EntityType
	// in is the place this one lies in (a locate_in fact).
	in string
	// state marks a sovereign state of the countries list, with or
	// without a demonym of its own ("Solomon Islands", "New Zealand").
	state bool
	// region marks a state's first division (a US state, a province):
	// "Salem, Oregon and ..." ends no list of towns.
	region bool
	// onePolice marks a region policed by one force of its own (Hong
	// Kong, Scotland, an Australian state), whose "the police" are that
	// force; a US state or a Canadian province has many.
	onePolice bool
	// capitalOf is the country whose capital this city is.
	capitalOf string
	// seatOf is the country whose government this seat stands for.
	seatOf string
	// of is the state an organisation belongs to (a part_of fact).
	of string
	// office is the state or body a person holds office in.
	office string
	// desc are nouns a definite phrase may use for it ("alliance").
	desc []string
	// gender is 'm', 'f' or 0 for a person.
	gender byte
}

// A title is a title or rank written before a name.
type title struct {
	name string
	// lead titles make a lead fact to the state or body named with them.
	lead bool
	// gender is 'm', 'f' or 0 when the title does not say.
	gender byte
	// plural marks a title written in the plural before a list of its
	// holders ("Presidents Ann Lee and Tom Wu"): a copy, never the
	// gazetteer's own.
	plural bool
}

// A gazetteer holds the embedded lists, keyed by [normKey] of each surface
// form. It is read-only once loaded.
type gazetteer struct {
	entries  map[string]*entry
	acronyms map[string]bool   // keys written in capitals ("UN"): matched only in capitals
	demonyms map[string]string // "north korean" → "North Korea"
	adjOf    map[string]string // "North Korea" → "North Korean"
	titles   map[string]*title
	groups   map[string]string // "soldiers" → "troops"
	orgDesc  map[string]bool
	// lowerFirst holds the first words of titles and descriptors, the only
	// units that may start with a lower-case word.
	lowerFirst map[string]bool
	words      map[string]map[string]bool // orghead, orgfirst, placehead, regionhead, notname
	// maleNames and femaleNames are words["malename"] and
	// words["femalename"], set once the files are parsed: rules ask them
	// at most capitalised words, and need not look the list up first.
	maleNames, femaleNames map[string]bool
	// short maps a well-known person's short name ("zelensky") to every
	// person it may mean; only an unambiguous one is used.
	short    map[string][]*entry
	maxWords int
	// prefixes holds every prefix of every key of entries, demonyms,
	// titles and orgDesc, and of the key with a full stop after it:
	// the span keys that may still grow into one (see [Resolver.match]).
	// Its value also tells which of those maps (and acronyms) hold the
	// key itself ([keyEntry] ...), so that match, which asks each of
	// them about every span, looks a span's key up once.
	prefixes map[string]keyKinds
	// sexes maps a lower-case given name to the sex it is usually borne
	// by, for agreement only ([gazetteer.sexOf]).
	sexes map[string]byte
	// givenAll holds every lower-case given name of data/given, for
	// [gazetteer.listedGiven] only.
	givenAll map[string]bool
	// exact marks a gazetteer keyed with Latin accents kept ([gazetteer.key]):
	// the recogniser's training lexicon, read as when the shipped model was
	// trained ([TrainingLexicon]).
	exact bool
}

// keyKinds tells which of the gazetteer's maps hold a key
// ([gazetteer.prefixes]).
type keyKinds uint8

const (
	keyPrefix  keyKinds = 1 << iota // a prefix of a key below, or of one with a full stop after it
	keyEntry                        // in entries
	keyAcronym                      // in acronyms
	keyDemonym                      // in demonyms
	keyTitle                        // in titles
	keyOrgDesc                      // in orgDesc
)

// A gazFile is one file of the gazetteer: its name ("data/places.txt")
// and text.
type gazFile struct {
	name, text string
}

// loadGazetteer parses every data/*.txt file.
func loadGazetteer() (*gazetteer, error) {
	files, err := dataFiles()
	if err != nil {
		return nil, err
	}
	return parseGazetteer(files)
}

// dataFiles reads every data/*.txt file, in name order.
func dataFiles() ([]gazFile, error) {
	files, err := fs.Glob(data, "data/*.txt")
	if err != nil {
		return nil, fmt.Errorf("list gazetteer: %w", err)
	}
	gf := make([]gazFile, len(files))
	for i, name := range files {
		b, err := data.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read gazetteer %s: %w", name, err)
		}
		gf[i] = gazFile{name, string(b)}
	}
	return gf, nil
}

// sumFiles returns the SHA-256 of a gazetteer's files, each as its name,
// its length and its text ([Lexicon.Sum]).
func sumFiles(files []gazFile) string {
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s %d\n", f.name, len(f.text))
		h.Write([]byte(f.text))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// parseGazetteer parses the files of a gazetteer, in name order.
func parseGazetteer(files []gazFile) (*gazetteer, error) {
	return parseGazetteerAs(files, false)
}

// parseGazetteerAs is [parseGazetteer], keying the names with their Latin
// accents kept when exact is set ([gazetteer.exact]).
func parseGazetteerAs(files []gazFile, exact bool) (*gazetteer, error) {
	g := &gazetteer{
		exact:      exact,
		entries:    map[string]*entry{},
		acronyms:   map[string]bool{},
		demonyms:   map[string]string{},
		adjOf:      map[string]string{},
		titles:     map[string]*title{},
		groups:     map[string]string{},
		orgDesc:    map[string]bool{},
		lowerFirst: map[string]bool{},
		words:      map[string]map[string]bool{},
		short:      map[string][]*entry{},
	}
	for _, f := range files {
		if err := g.parse(f.text); err != nil {
			return nil, fmt.Errorf("parse gazetteer %s: %w", f.name, err)
		}
	}
	g.maleNames, g.femaleNames = g.words["malename"], g.words["femalename"]
	g.prefixes = map[string]keyKinds{}
	addPrefixes := func(k string, kind keyKinds) {
		g.prefixes[k] |= kind
		k += "."
		for i := range len(k) + 1 {
			g.prefixes[k[:i]] |= keyPrefix
		}
	}
	for k := range g.entries {
		kind := keyEntry
		if g.acronyms[k] { // every acronym's key is an entry's ([gazetteer.addEntry])
			kind |= keyAcronym
		}
		addPrefixes(k, kind)
	}
	for k := range g.demonyms {
		addPrefixes(k, keyDemonym)
	}
	for k := range g.titles {
		addPrefixes(k, keyTitle)
	}
	for k := range g.orgDesc {
		addPrefixes(k, keyOrgDesc)
	}
	var err error
	if g.sexes, g.givenAll, err = loadSexes(); err != nil {
		return nil, err
	}
	return g, nil
}

// parse reads one gazetteer file: one record a line, "KIND NAME | FIELD |
// FIELD", where each FIELD is "KEY VALUE, VALUE" or a bare flag.
func (g *gazetteer) parse(text string) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fields := strings.Split(s, "|")
		kind, name, ok := strings.Cut(strings.TrimSpace(fields[0]), " ")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return fmt.Errorf("line %d: want KIND NAME, got %q", line, s)
		}
		attrs := map[string][]string{}
		if kind == "group" && len(fields) > 1 {
			attrs[""] = splitList(fields[1])
			fields = fields[:1]
		}
		for _, f := range fields[1:] {
			k, v, _ := strings.Cut(strings.TrimSpace(f), " ")
			attrs[k] = splitList(v)
		}
		if err := g.add(kind, name, attrs); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
	return sc.Err()
}

func (g *gazetteer) add(kind, name string, attrs map[string][]string) error {
	one := func(k string) string {
		if v := attrs[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	switch kind {
	case "country":
		g.addEntry(&entry{name: name, typ: schema.GPE, state: true}, attrs["alias"])
		for i, a := range attrs["adj"] {
			g.demonyms[g.key(a)] = name
			g.noteLen(a)
			if i == 0 {
				g.adjOf[name] = a
			}
		}
		if c := one("capital"); c != "" && c != name {
			if _, ok := g.entries[g.key(c)]; !ok {
				g.addEntry(&entry{name: c, typ: schema.GPE, in: name, capitalOf: name}, nil)
			}
		}
	case "region", "city":
		_, police := attrs["police"]
		g.addEntry(&entry{name: name, typ: schema.GPE, in: one("in"), region: kind == "region", onePolice: police}, attrs["alias"])
		for _, a := range attrs["adj"] {
			g.demonyms[g.key(a)] = name // "Scottish", "Welsh"
			g.noteLen(a)
		}
	case "place":
		g.addEntry(&entry{name: name, typ: schema.Location, in: one("in")}, attrs["alias"])
	case "seat":
		g.addEntry(&entry{name: name, typ: schema.Organization, seatOf: one("of")}, attrs["alias"])
	case "org":
		g.addEntry(&entry{name: name, typ: schema.Organization, of: one("of"), desc: attrs["is"]}, attrs["alias"])
		for _, a := range attrs["adj"] {
			// "Tory leader Michael Howard": a party's adjective names it
			// as a nationality names its country.
			g.demonyms[g.key(a)] = name
			g.noteLen(a)
		}
	case "product":
		// "Internet Explorer", "iPhone": a thing, never an actor, though
		// its name looks like a person's.
		g.addEntry(&entry{name: name, typ: schema.Concept}, attrs["alias"])
	case "person":
		e := &entry{name: name, typ: schema.Person, office: one("of")}
		if _, ok := attrs["female"]; ok {
			e.gender = 'f'
		}
		if _, ok := attrs["male"]; ok {
			e.gender = 'm'
		}
		g.addEntry(e, attrs["alias"])
		for _, s := range attrs["short"] {
			if strings.Contains(s, " ") {
				// "von der Leyen" is distinctive enough to be a name.
				g.addEntry(e, []string{s})
				continue
			}
			k := g.key(s)
			g.short[k] = append(g.short[k], e)
		}
	case "title":
		t := &title{name: name}
		_, t.lead = attrs["lead"]
		if _, ok := attrs["female"]; ok {
			t.gender = 'f'
		}
		if _, ok := attrs["male"]; ok {
			t.gender = 'm'
		}
		k := g.key(name)
		g.lowerFirst[strings.Fields(k)[0]] = true
		// A title listed in two cases keeps its first spelling.
		if _, ok := g.titles[k]; !ok {
			g.titles[k] = t
		}
		g.noteLen(name)
		for _, suffix := range []string{"-elect", "-designate"} {
			// "President-elect Ann Lee", "Prime Minister-designate Tom
			// Wu": the title is not held yet, so it leads nothing and
			// names no role; it is still no word of the name.
			if k := g.key(name + suffix); g.titles[k] == nil {
				g.titles[k] = &title{name: name + suffix, gender: t.gender}
				g.noteLen(name + suffix)
			}
		}
	case "group":
		for _, n := range attrs[""] {
			g.groups[g.key(n)] = name
			g.noteLen(n)
		}
		g.groups[g.key(name)] = name
	case "orgdesc":
		for _, w := range splitList(name) {
			g.orgDesc[g.key(w)] = true
			g.lowerFirst[strings.Fields(g.key(w))[0]] = true
			g.noteLen(w)
		}
	case "orghead", "orgfirst", "placehead", "regionhead", "notname", "malename", "femalename", "surnamefirst":
		set := g.words[kind]
		if set == nil {
			set = map[string]bool{}
			g.words[kind] = set
		}
		for _, w := range splitList(name) {
			set[w] = true
		}
	default:
		return fmt.Errorf("unknown kind %q", kind)
	}
	return nil
}

// addEntry records e under its name and aliases. An earlier entry with the
// same key wins, so the files can list a capital before its country.
func (g *gazetteer) addEntry(e *entry, aliases []string) {
	for _, s := range append([]string{e.name}, aliases...) {
		k := g.key(s)
		if k == "" {
			continue
		}
		if _, ok := g.entries[k]; !ok {
			g.entries[k] = e
		}
		if isAcronym(s) {
			g.acronyms[k] = true
		}
		g.noteLen(s)
	}
}

func (g *gazetteer) noteLen(s string) {
	// Count words as the tokenizer may split them: "People's" is two tokens.
	n := wordCount(s) + strings.Count(s, "'") + strings.Count(s, ".")
	if n > g.maxWords {
		g.maxWords = n
	}
}

// person returns the well-known person whose short name is s, or nil
// when there is none or more than one.
func (g *gazetteer) person(s string) *entry {
	if ps := g.short[g.key(s)]; len(ps) == 1 {
		return ps[0]
	}
	return nil
}

// given reports whether w is a given name: one the gazetteer lists, or a
// short form of one ([shortGiven]).
func (g *gazetteer) given(w string) bool {
	return g.maleNames[w] || g.femaleNames[w] || shortGiven[w]
}

// givenName reports whether a person's name of two words or more opens
// with a given name.
func (g *gazetteer) givenName(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && g.given(f[0])
}

// givenGender returns 'm' or 'f' when the first word of a person's name
// is a given name the gazetteer lists for one sex only, else 0.
func (g *gazetteer) givenGender(name string) byte {
	var buf [8]string
	f := appendFields(buf[:0], name)
	if len(f) < 2 {
		return 0
	}
	m, w := g.maleNames[f[0]], g.femaleNames[f[0]]
	switch {
	case m && !w:
		return 'm'
	case w && !m:
		return 'f'
	}
	return 0
}

// surnameFirst reports whether the person's name of two or three words is
// written surname first, as Chinese and Korean names are: it opens with a
// common surname of theirs ([surnamefirst] in words.txt) and goes on with
// a hyphenated given name ("Kwon Yung-soo", "Ma Ying-jeou") or with words
// that are no English given names ("Li Wenliang", "Kim Jong Un", but not
// "Lee Harvey Oswald" or "Kim Smith", whose "Kim" is a given name).
func (g *gazetteer) surnameFirst(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 3 || !g.words["surnamefirst"][f[0]] {
		return false
	}
	last := f[len(f)-1]
	if i := strings.IndexByte(last, '-'); i > 0 && i+1 < len(last) && unicode.IsLower(rune(last[i+1])) {
		return true
	}
	for i, w := range f {
		if g.listedGiven(w) || i > 0 && g.words["surnamefirst"][w] {
			return false
		}
	}
	return true
}

func (g *gazetteer) is(kind, word string) bool {
	// The list is looked up once, and the word a second time only when
	// it ends in a full stop.
	set := g.words[kind]
	t := strings.TrimSuffix(word, ".")
	return set[word] || t != word && set[t]
}

// splitList splits "a, b, c" into its trimmed, non-empty items. A bare
// field with no value ("lead") yields nil.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// normKey is the lookup key of a surface form: lower case, curly
// apostrophes folded, Latin letters' accents dropped ("São Paulo" is the
// gazetteer's Sao Paulo), spaces collapsed, a leading "the" dropped, and
// British "-isation" spelt "-ization".
func normKey(s string) string {
	var buf [64]byte
	return string(appendKey(buf[:0], s))
}

// lookupKey returns m[normKey(s)] without allocating the key.
func lookupKey[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	v, ok := m[string(appendKey(buf[:0], s))]
	return v, ok
}

// appendKey appends [normKey] of the words joined by spaces to dst and
// returns the extended slice. A lookup m[string(appendKey(buf[:0], s))]
// into a buffer on the stack does not allocate, as m[normKey(s)] does.
func appendKey(dst []byte, words ...string) []byte {
	return appendKeyAs(dst, true, words...)
}

// key is [normKey] of s, or, in an exact gazetteer, the same key with
// Latin accents kept ([gazetteer.exact]).
func (g *gazetteer) key(s string) string {
	if !g.exact {
		return normKey(s)
	}
	var buf [64]byte
	return string(appendKeyAs(buf[:0], false, s))
}

// appendKeyAs is [appendKey], dropping Latin letters' accents
// ([plainLetters]) only when fold is set.
func appendKeyAs(dst []byte, fold bool, words ...string) []byte {
	start := len(dst)
	space := false
	for i, w := range words {
		if i > 0 {
			space = len(dst) > start
		}
		for j := 0; j < len(w); {
			if c := w[j]; c < utf8.RuneSelf {
				// ASCII, most words: the same as below without
				// decoding a rune or asking unicode.
				j++
				switch c {
				case ' ', '\t', '\n', '\v', '\f', '\r':
					space = len(dst) > start
					continue
				}
				if space {
					dst = append(dst, ' ')
					space = false
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				dst = append(dst, c)
				continue
			}
			r, size := utf8.DecodeRuneInString(w[j:])
			j += size
			switch {
			case unicode.IsSpace(r):
				space = len(dst) > start
				continue
			case r == '\u2019':
				r = '\''
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				dst = append(dst, byte(r))
			} else if b, ok := plainLetters[unicode.ToLower(r)]; ok && fold {
				dst = append(dst, b)
			} else {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		}
	}
	k := dst[start:]
	if bytes.HasPrefix(k, []byte("the ")) {
		k = k[len("the "):]
	}
	if t, ok := bytes.CutSuffix(k, []byte(".")); ok && bytes.IndexByte(t, '.') < 0 {
		k = t // as trimStop
	}
	// British spelling: "World Health Organisation" is the gazetteer's
	// World Health Organization (same length: changed in place).
	for i := 0; ; {
		j := bytes.Index(k[i:], []byte("isation"))
		if j < 0 {
			break
		}
		k[i+j+1] = 'z'
		i += j + len("isation")
	}
	// The tokenizer splits "People's" into "People" and "'s"; keys written
	// with or without that space are the same.
	if bytes.IndexByte(k, '\'') < 0 {
		// No apostrophe, as in most keys: k as it is, moved back over
		// a "the " dropped (copy moves overlapping bytes correctly).
		return dst[:start+copy(dst[start:], k)]
	}
	n := start
	for i, c := range k {
		if c == ' ' && i+1 < len(k) && k[i+1] == '\'' {
			continue
		}
		dst[n] = c
		n++
	}
	return dst[:n]
}

// isAcronym reports whether s is written in capitals only ("UN", "U.S.").
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '-' || r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letters > 0
}

// trimStop drops a final full stop that ends a sentence rather than an
// abbreviation with inner stops ("Corp." → "Corp", "U.S." kept).
func trimStop(s string) string {
	if t, ok := strings.CutSuffix(s, "."); ok && !strings.Contains(t, ".") {
		return t
	}
	return s
}

// town reports whether e is a town or a city: a place with a government
// that lies in another and is no region of it ("Leeds", "Seattle"), or a
// country's capital.
func (e *entry) town() bool {
	return e != nil && e.typ == schema.GPE && !e.region && (e.in != "" || e.capitalOf != "")
}

// plainLetters maps the accented lower-case Latin letters of European and
// Philippine names, and of Arabic and Indian names spelt in Latin letters,
// to the letters without accents that English text often writes instead
// ("Sao Paulo", "Lukasz", "Nestle", "Erdogan", "Dvorak", "Hadid").
var plainLetters = func() map[rune]byte {
	const (
		accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿźżžśšşťţłđ" +
			"ğġǧřŕșțľĺŭĭŏĕǎǐǒǔĩũẽḥṣṭḍẓḏṯṇṛ"
		plain = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyyzzzsssttld" +
			"gggrrstlluioeaiouiuehstdzdtnr"
	)
	m := make(map[rune]byte, len(plain))
	i := 0
	for _, r := range accented {
		m[r] = plain[i]
		i++
	}
	return m
}()

// accented reports whether s holds a letter of [plainLetters].
func accented(s string) bool {
	for _, r := range s {
		if _, ok := plainLetters[unicode.ToLower(r)]; ok {
			return true
		}
	}
	return false
}
