package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Bodies placed by the words around them: "the Oslo-based Halvik
// Holdings", "the Khartoum-based government", "the government in Kabul".

// basedSuffixes end a compound that places the body after it in the place
// before the hyphen ("Oslo-based"), or says where the person after it was
// born ("Oslo-born").
var basedSuffixes = []string{"-based", "-headquartered", "-born"}

// basedPlace returns the gazetteer's place that token t names before a
// suffix of [basedSuffixes] ("Oslo-based"), or nil. Before "-born" a
// state's adjective names the state too ("Nigerian-born"): one is born
// in a country, where a body is based in a town; a state written as its
// initials ([stateInitials]) places a body too.
func (r *Resolver) basedPlace(t nlp.Token) *entry {
	if !isCap(t.Text) || strings.IndexByte(t.Text, '-') < 0 {
		return nil // every suffix starts with a hyphen, which folds to nothing else: most tokens, told at once
	}
	for _, suf := range basedSuffixes {
		if p, ok := cutSuffixFold(t.Text, suf); ok {
			if e := r.g.entries[normKey(p)]; e != nil && (e.typ == schema.GPE || e.typ == schema.Location) {
				return e
			}
			if c := r.g.demonyms[normKey(p)]; c != "" && (suf == "-born" || stateInitials(p)) && !strings.Contains(p, "-") {
				if e := r.g.entries[normKey(c)]; e != nil && e.typ == schema.GPE {
					return e
				}
			}
		}
	}
	return nil
}

// stateInitials reports whether p is written as a state's initials, in
// capitals with or without dots: "US", "U.S.", which the gazetteer lists
// as the state's adjectives ("US-based", "U.S.-based": based in the
// United States).
func stateInitials(p string) bool {
	n := 0
	for _, c := range p {
		switch {
		case c >= 'A' && c <= 'Z':
			n++
		case c != '.':
			return false
		}
	}
	return n >= 2 && n <= 4
}

// basedPlaceAt returns the gazetteer's place that token i of toks names
// before a suffix of [basedSuffixes] and the token its name starts at:
// i, or the capitalised word before it when the place's name has two
// words ("San Francisco-based"). It returns nil, i otherwise.
func (r *Resolver) basedPlaceAt(toks []nlp.Token, i int) (*entry, int) {
	t := toks[i]
	if e := r.basedPlace(t); e != nil {
		return e, i
	}
	if i == 0 || !isCap(t.Text) || !strings.Contains(t.Text, "-") || toks[i-1].Tag != "NNP" || !isCap(toks[i-1].Text) {
		return nil, i
	}
	joined := nlp.Token{Text: toks[i-1].Text + " " + t.Text}
	if e := r.basedPlace(joined); e != nil {
		return e, i - 1
	}
	return nil, i
}

// cutSuffixFold returns text without suffix, an ASCII suffix matched in any
// case, and whether text ends in it after something. The suffix is read
// off the text itself: a lower case of other bytes may be longer or
// shorter than the text.
func cutSuffixFold(text, suffix string) (string, bool) {
	n := len(text) - len(suffix)
	if n <= 0 || !strings.EqualFold(text[n:], suffix) {
		return "", false
	}
	return text[:n], true
}

// actorSuffixes end a compound whose first part names the actor that did
// to the actor after it what the suffix says: "the Iran-backed Hezbollah"
// (back), "the US-led coalition" (lead), "Google-owned YouTube" (own).
var actorSuffixes = map[string]string{
	"-backed": "back", "-led": "lead", "-sponsored": "sponsor", "-funded": "fund", "-supported": "support",
	"-allied": schema.AllyOf, "-aligned": schema.AllyOf, "-linked": schema.AllyOf, "-controlled": "control", "-owned": "own", "-designated": "designate",
	// "Russian-occupied Crimea": a force in control of a place.
	"-occupied": "occupy",
	// "the Labour-run council", "the Republican-dominated Senate": a
	// party in control of a body.
	"-run": "control", "-dominated": "control",
	// "Taliban-ruled Afghanistan", "Russian-held Kherson": an actor in
	// control of a territory.
	"-ruled": "control", "-held": "control",
	// "Trump-endorsed candidate Ann Lee", "the UN-appointed envoy Tom
	// Wu": a backer or appointer of a person.
	"-endorsed": "endorse", "-appointed": "appoint",
}

// personSuffixes are the suffixes of [actorSuffixes] whose compound a
// person's name may open: one backs, endorses or appoints someone.
var personSuffixes = map[string]bool{
	"-backed": true, "-endorsed": true, "-appointed": true, "-sponsored": true, "-funded": true, "-supported": true,
}

// compoundActor returns the gazetteer's actor that token t names before a
// suffix of [actorSuffixes] ("Iran-backed", "Saudi-led": by a state's
// adjective; "Republican-controlled": by a party's), the suffix's
// relation, and whether t names it by an adjective; or nil.
func (r *Resolver) compoundActor(t nlp.Token) (e *entry, lemma string, adj bool) {
	if !strings.Contains(t.Text, "-") || !isCap(t.Text) {
		return nil, "", false // most tokens: no map walk
	}
	for suf, lemma := range actorSuffixes {
		p, ok := cutSuffixFold(t.Text, suf)
		if !ok || strings.Contains(p, "-") {
			continue
		}
		key := normKey(p)
		if e := r.g.entries[key]; e != nil && (e.typ == schema.GPE || e.typ == schema.Organization) {
			return e, lemma, false
		}
		if es := r.g.short[key]; len(es) == 1 && personSuffixes[suf] {
			return es[0], lemma, false // "Trump-backed candidate Tom Wu": a well-known person's short name
		}
		c := r.g.demonyms[key]
		if c == "" {
			c = partyLabel(p) // "Democrat-led"
		}
		if c != "" {
			// "Saudi-led": a state's adjective; "Republican-controlled":
			// a party's.
			if e := r.g.entries[normKey(c)]; e != nil && (e.typ == schema.GPE || e.typ == schema.Organization && slices.Contains(e.desc, "party")) {
				return e, lemma, true
			}
		}
	}
	return nil, "", false
}

// basedPlaces adds the mention of the place that a token such as
// "Oslo-based" names, or of the actor that one such as "Iran-backed"
// names ([Resolver.compoundActor]), when the gazetteer knows it and no
// mention holds the token, and returns ms in token order.
func (r *Resolver) basedPlaces(s nlp.Sentence, ms []*mention) []*mention {
	for i, t := range s.Tokens {
		if k := coveringAt(ms, i); k >= 0 {
			if g, start := r.basedPlaceAt(s.Tokens, i); g != nil && start < i && ms[k].start == start && ms[k].end == i+1 && ms[k].gaz == nil {
				// "a New York-based bank": the rules' guessed name of the
				// two words is the place the compound names.
				surface := joinText(s.Tokens[start : i+1])
				ms[k] = &mention{kind: mName, start: start, end: i + 1, surface: surface[:strings.LastIndex(surface, "-")],
					name: g.name, typ: g.typ, gaz: g}
			}
			continue
		}
		g, _, adj := r.compoundActor(t)
		start := i
		if g == nil {
			g, start = r.basedPlaceAt(s.Tokens, i)
		}
		if g == nil {
			continue
		}
		if start < i {
			// "San Francisco-based": a guessed "San" gives way.
			if k := coveringAt(ms, start); k >= 0 {
				if ms[k].start != start || ms[k].end != i || ms[k].gaz != nil {
					continue
				}
				ms = slices.Delete(ms, k, k+1)
			}
		}
		surface := joinText(s.Tokens[start : i+1])
		ms = insertMention(ms, &mention{kind: mName, start: start, end: i + 1, surface: surface[:strings.LastIndex(surface, "-")],
			name: g.name, typ: g.typ, gaz: g, adj: adj})
		if g := basedFighters(s, ms, start, i); g != nil {
			ms = insertMention(ms, g)
		}
		if j := i + 1; j < len(s.Tokens) && alliedNouns[s.Tokens[j].Lower()] && s.Tokens[j].Tag == "NN" && coveringAt(ms, j) < 0 &&
			(j+1 == len(s.Tokens) || !strings.HasPrefix(s.Tokens[j+1].Tag, "NN")) {
			// "the US-led coalition", "a Saudi-led alliance": the
			// alliance is named by its leader, as news names it.
			ms = insertMention(ms, &mention{kind: mName, start: j, end: j + 1, surface: s.Tokens[j].Text,
				name: t.Text + " " + s.Tokens[j].Lower(), typ: schema.Organization})
		}
	}
	return ms
}

// basedFighters returns the group that a place's "-based" compound,
// tokens [start, i], and a plural of [fighterNouns] right after it name
// ("Pakistan-based militants", "Gaza-based rebels"), or nil: armed men
// named by where they are based, no state's people, so named as written;
// [basedIn] places them there.
func basedFighters(s nlp.Sentence, ms []*mention, start, i int) *mention {
	toks := s.Tokens
	j := i + 1
	if j >= len(toks) || !fighterNouns[toks[j].Lower()] || !strings.HasPrefix(toks[j].Tag, "NN") || isCap(toks[j].Text) ||
		strings.HasSuffix(toks[i].Lower(), "-born") || coveringAt(ms, j) >= 0 ||
		j+1 < len(toks) && strings.HasPrefix(toks[j+1].Tag, "NN") {
		return nil
	}
	// The mention holds the noun alone, after the place's: [basedIn]
	// reads the two as a body placed by the compound before it.
	return &mention{kind: mGroup, typ: schema.Group, start: j, end: j + 1, surface: toks[j].Text, name: spanText(s, start, j+1), head: toks[j].Lower()}
}

// alliedNouns name an alliance of states or forces that a compound of
// [actorSuffixes] before them names ("the US-led coalition").
var alliedNouns = map[string]bool{"coalition": true, "alliance": true}

// compoundAct: "the Iran-backed Hezbollah", "Saudi-led coalition forces
// of Yemen", "Google-owned YouTube": an actor named by a compound of
// [actorSuffixes], at most three lower-case words, then another actor
// give the first the suffix's relation to the second.
func compoundAct(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if r, ok := compoundApposition(d, s, a, b); ok {
		return r, true
	}
	if a.end != a.start+1 || a.kind != mName || b.adj || b.kind == mPronoun || !actorEntity(b.ent) || !actorEntity(a.ent) {
		return role{}, false
	}
	g, lemma, _ := d.r.compoundActor(s.Tokens[a.start])
	if g == nil {
		return role{}, false
	}
	if (lemma == "occupy" || lemma == "control") && isPlace(b.ent) && partOfLand(between(s, a, b)) {
		// "a Russian-occupied area of the Kherson region",
		// "Houthi-controlled parts of Yemen": the place the area is of.
		return role{lemma: lemma}, true
	}
	if !descriptorsBetween(s, a, b) {
		return role{}, false
	}
	return role{lemma: lemma}, true
}

// landParts name a part of a place's land.
var landParts = map[string]bool{
	"area": true, "areas": true, "part": true, "parts": true, "territory": true, "territories": true,
	"portion": true, "portions": true, "section": true, "sections": true, "swathes": true, "swaths": true,
}

// partOfLand reports whether words, lower case, are a noun of
// [landParts], "of" and an optional "the": "area of the", "parts of".
func partOfLand(words []string) bool {
	if n := len(words); n == 3 && words[2] == "the" {
		words = words[:2]
	}
	return len(words) == 2 && landParts[words[0]] && words[1] == "of"
}

// based reports whether m is the mention of a place that a "-based"
// compound names ([Resolver.basedPlaces]).
func (r *Resolver) based(s nlp.Sentence, m *mention) bool {
	if m.kind != mName || m.end > m.start+2 || m.end > len(s.Tokens) {
		return false
	}
	e, start := r.basedPlaceAt(s.Tokens, m.end-1)
	return e != nil && start == m.start
}

// placedOnly reports whether m is the mention of a place that a
// "-based" or "-headquartered" compound names: one that places what
// follows, unlike "-born".
func (r *Resolver) placedOnly(s nlp.Sentence, m *mention) bool {
	return r.based(s, m) && !strings.HasSuffix(s.Tokens[m.end-1].Lower(), "-born")
}

// capitalState returns the mention of the state whose capital m names
// ("Khartoum" for Sudan), or nil.
func (r *Resolver) capitalState(m *mention) *mention {
	if m == nil || m.gaz == nil || m.gaz.capitalOf == "" {
		return nil
	}
	return r.stateNamed(m.gaz.capitalOf)
}

// capitalApposition: "the speech was delivered in Tehran, the capital.":
// a city that the gazetteer knows as a state's capital, followed by ", the
// capital" and no "of", is stated to be that state's capital, when the
// document names the state.
func (d *docState) capitalApposition(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		k := m.end
		if !named(m) || m.adj || m.possessive || m.ent == nil || m.ent.gaz == nil || m.ent.gaz.capitalOf == "" || k+3 > len(toks) ||
			toks[k].Text != "," || toks[k+1].Lower() != "the" || toks[k+2].Lower() != "capital" {
			continue
		}
		if k+3 < len(toks) && toks[k+3].Tag != "," && toks[k+3].Tag != "." {
			continue // "Oslo, the capital of Norway", "Oslo, the capital city"
		}
		if state := d.byKey[normKey(m.ent.gaz.capitalOf)]; state != nil && state != m.ent {
			d.derive(si, argOf(s, m), "the capital", schema.CapitalOf, m.ent, state, "", roleConf)
		}
	}
}

// governmentIn returns the mention of the government that "government",
// the lower-case noun at token i, names by its seat or its state: "the
// government in Khartoum", "the Khartoum-based government" are Sudan's,
// since Khartoum is its capital; "the government in Norway" is Norway's.
// It returns nil when no such place is named so.
func (r *Resolver) governmentIn(s nlp.Sentence, ms []*mention, i int, noun string) *mention {
	toks := s.Tokens
	if noun != "government" || isCap(toks[i].Text) {
		return nil
	}
	var st *mention
	for _, p := range ms {
		switch {
		case p.end == i && r.placedOnly(s, p):
			st = r.capitalState(p)
		case i+2 < len(toks) && p.start == i+2 && strings.EqualFold(toks[i+1].Text, "in") && !p.adj && !p.possessive &&
			(p.end == len(toks) || toks[p.end].Tag != "POS"):
			st = r.capitalState(p)
			if st == nil && p.typ == schema.GPE && p.gaz != nil && p.gaz.in == "" && !p.gaz.region {
				st = r.stateNamed(p.gaz.name)
			}
		}
		if st != nil {
			break
		}
	}
	if st == nil {
		return nil
	}
	return &mention{kind: mName, typ: schema.Organization, start: i, end: i + 1, surface: toks[i].Text, name: r.governmentName(st)}
}

// basedIn: "the Oslo-based Halvik Holdings", "Lund-based oil firm Halvik":
// a place named by a "-based" compound, at most three lower-case words,
// then an organisation or a group place it there; "Oslo-born Ann Lee" is
// from the place.
func basedIn(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !isPlace(a.ent) || !d.r.based(s, a) || b.adj || b.kind == mPronoun {
		return role{}, false
	}
	if strings.HasSuffix(s.Tokens[a.end-1].Lower(), "-born") {
		// "Oslo-born Ann Lee", "Nigerian-born engineer Tom Wu": lower-case
		// descriptions may stand between.
		if b.ent.typ != schema.Person || !named(b) || b.start != a.end && !descriptorsBetween(s, a, b) {
			return role{}, false
		}
		return role{lemma: schema.From, reverse: true}, true
	}
	if b.ent.typ != schema.Organization && b.ent.typ != schema.Group {
		return role{}, false
	}
	if !descriptorsBetween(s, a, b) {
		return role{}, false
	}
	return role{lemma: schema.LocateIn, reverse: true}, true
}

// basedDescription places the body e that the argument arg names by a
// definite description with a "-based" compound ("The Oslo-based company
// said", "the Lund-based court ruled") in the compound's place, as
// [basedIn] places a named one: "the", the place's mention and at most
// three lower-case nouns or adjectives.
func (d *docState) basedDescription(si int, s nlp.Sentence, arg schema.Argument, e *docEntity) {
	if e == nil || e.typ != schema.Organization && e.typ != schema.Group {
		return
	}
	first, last := argTokens(s, arg)
	if first < 0 || last-first < 3 || last-first > 5 || s.Tokens[first].Lower() != "the" {
		return
	}
	for _, m := range d.sents[si] {
		if m.start != first+1 || m.ent == nil || m.ent == e || !isPlace(m.ent) || !d.r.placedOnly(s, m) || m.end >= last {
			continue
		}
		for _, t := range s.Tokens[m.end:last] {
			if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
				return // "the Oslo-based Halvik Motors" is [basedIn]'s
			}
		}
		d.derive(si, arg, "", schema.LocateIn, e, m.ent, "", roleConf)
		return
	}
}

// descriptorsBetween reports whether at most three lower-case nouns or
// adjectives stand between mentions a and b ("the Oslo-based oil firm
// Halvik").
func descriptorsBetween(s nlp.Sentence, a, b *mention) bool {
	return descriptionGap(s.Tokens[a.end:b.start])
}

// compoundApposition: "Hamas, the Iran-backed group,", "Hamas is a
// US-designated terrorist group", "the Halvik Front (HF), an Iran-backed
// militia": an actor (the subject, before a form of be), a comma or a form of be and an
// article, then a compound of [actorSuffixes] and at most three
// lower-case words closing the apposition give the compound's actor the
// suffix's relation to the first; a "-based" compound places a body
// there ("Moderna, a Massachusetts-based biotech firm,").
func compoundApposition(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.adj || a.possessive || b.end != b.start+1 && !d.r.based(s, b) || b.kind != mName || !actorEntity(a.ent) || !actorEntity(b.ent) {
		return role{}, false
	}
	w := between(s, a, b)
	if len(w) == 3 && w[0] == ")" && a.start > 0 && s.Tokens[a.start-1].Text == "(" {
		w = w[1:] // "the Popular Front (PF), an Iran-backed militia": the acronym in brackets
	}
	if len(w) != 2 || w[0] != "," && !beForms[w[0]] || w[1] != "the" && w[1] != "a" && w[1] != "an" {
		return role{}, false
	}
	if k := a.start - 1; beForms[w[0]] && k >= 0 && (s.Tokens[k].Tag == "IN" || s.Tokens[k].Lower() == "the" && k > 0 && s.Tokens[k-1].Tag == "IN") {
		// "The overthrow of Tom Wu was a British-backed coup": the
		// actor after a preposition is no subject of the copula.
		return role{}, false
	}
	g, lemma, _ := d.r.compoundActor(s.Tokens[b.start])
	reverse := true
	if g == nil && d.r.placedOnly(s, b) && (a.ent.typ == schema.Organization || a.ent.typ == schema.Group) {
		// "Moderna, a Massachusetts-based biotech firm,": the body is
		// where the compound places it.
		g, lemma, reverse = b.gaz, schema.LocateIn, false
	}
	if g == nil {
		return role{}, false
	}
	end := b.end
	for end < len(s.Tokens) && end < b.end+3 && lowerWord(strings.ReplaceAll(s.Tokens[end].Text, "-", "")) && (strings.HasPrefix(s.Tokens[end].Tag, "NN") || strings.HasPrefix(s.Tokens[end].Tag, "JJ")) {
		end++
	}
	if end == b.end || !closedAfter(s, end) {
		return role{}, false
	}
	return role{lemma: lemma, reverse: reverse}, true
}

// groupPlace returns the mention of the place that the group of places a
// names is of: "areas of Northern Ireland", "the regions in Norway",
// "Norway's provinces", "Norwegian cities". The place must be named by the
// argument's last words, or be the possessive or nationality before its
// head. It returns nil otherwise.
func (d *docState) groupPlace(si int, s nlp.Sentence, a schema.Argument) *mention {
	first, last := argTokens(s, a)
	if first < 0 {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.ent == nil || !isPlace(m.ent) || m.start < first || m.end > last || m.kind == mPronoun && !m.possessive {
			continue
		}
		switch {
		case m.end == last && m.start > first && !m.adj && !m.possessive:
			// "areas of Northern Ireland", "the cities in Norway"
			if w := s.Tokens[m.start-1].Lower(); w == "of" || w == "in" ||
				w == "the" && m.start-2 > first && (s.Tokens[m.start-2].Lower() == "of" || s.Tokens[m.start-2].Lower() == "in") {
				return m
			}
		case m.possessive || m.adj:
			// "Norway's provinces", "Norwegian cities": the head after
			// lower-case words only.
			for _, t := range s.Tokens[m.end:last] {
				if t.Tag != "POS" && (isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ")) {
					return nil
				}
			}
			return m
		}
	}
	return nil
}

// placeArg reports whether e, the entity of argument a, is a place, and
// makes it one when its mention there names it only for want of a better
// type ([docState.unknownOrPlace]).
func (d *docState) placeArg(si int, s nlp.Sentence, a schema.Argument, e *docEntity) bool {
	if isPlace(e) {
		return true
	}
	first, last := argTokens(s, a)
	for _, m := range d.sents[si] {
		if m.ent == e && m.start >= first && m.end <= last && d.unknownOrPlace(m) {
			e.typ = schema.GPE
			return true
		}
	}
	return false
}

// kindNouns are the words for kinds of places that an apposition names a
// place by ("Halden, a town in southern Norway", "Kjosen, a suburb of
// Oslo"), beside [placeHeads].
var kindNouns = map[string]bool{
	"suburb": true, "capital": true, "area": true, "municipality": true, "county": true, "neighbourhood": true,
	"neighborhood": true, "settlement": true, "community": true, "township": true, "enclave": true, "prefecture": true,
}

// placeDescribedIn: "Halden, a town in southern Norway,", "Kjosen, a
// suburb of Oslo", "Tal Afar, a town near the Syrian border", "Guam is a
// territory of the United States": a place, a comma or a copula, an
// indefinite description headed by a word for a kind of place,
// then in or of (at most a lower-case adjective after it) and a place give
// locate_in; near gives locate_near. A definite description places it too
// when a superlative picks the place out: "Halden, the southernmost town
// of Norway", "Kjosen, the second largest city in Sweden".
func placeDescribedIn(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || !isPlace(a.ent) || !isPlace(b.ent) || b.adj || b.possessive || a.adj {
		return role{}, false
	}
	w := between(s, a, b)
	if n := len(w); n >= 3 && n <= 5 && w[0] == "," && w[n-1] == "of" && compassPoints[w[n-2]] && closedAfter(s, b.end) &&
		(n == 3 || n == 5 && s.Tokens[a.end+1].Tag == "CD" && distanceUnits[w[2]]) {
		// "Halden, north of Oslo,", "Halden, 50 km north of Oslo,"
		return role{lemma: schema.LocateNear}, true
	}
	if r, ok := barePlacesOf(s, a, w); ok {
		return r, true
	}
	if k := len(w); k >= 7 && w[k-1] == "of" && kindOfPlaceNouns[w[k-2]] && w[k-3] == "the" && w[k-4] == "in" {
		w = w[:k-3] // "Lund, a city in the county of Skane": the kind of the place after it
	}
	if len(w) < 4 || len(w) > 10 || w[0] != "," && !copulas[w[0]] || w[1] != "a" && w[1] != "an" && w[1] != "the" {
		return role{}, false // "Halden, a town in", "Halden is a town in"
	}
	n := len(w) - 1
	if w[n] == "of" && n > 3 && compassPoints[w[n-1]] {
		// "a town 50 km north of Oslo", "a village north of Oslo":
		// the head noun before the distance and the bearing.
		k := n - 1
		if k-2 > 2 && distanceUnits[w[k-1]] && s.Tokens[a.end+k-2].Tag == "CD" {
			k -= 2
		}
		if head := w[k-1]; (placeHeads[head] || kindNouns[head]) && k-1 >= 2 {
			for _, t := range s.Tokens[a.end+2 : a.end+k-1] {
				if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "HYPH" {
					return role{}, false
				}
			}
			return role{lemma: schema.LocateNear}, true
		}
		return role{}, false
	}
	if n > 3 && (w[n] == "the" || strings.HasSuffix(w[n], "ern") || w[n] == "central") {
		n-- // "in southern Norway", "near the Syrian border"
	}
	seat := seatOfAdministration(w[2:n])
	lemma := ""
	switch w[n] {
	case "in", "of":
		lemma = schema.LocateIn
	case "for":
		if seat == "" {
			return role{}, false
		}
		lemma = schema.LocateIn // "the county seat for Halvia County"
	case "near":
		lemma = schema.LocateNear
	default:
		return role{}, false
	}
	if head := w[n-1]; !placeHeads[head] && !kindNouns[head] && seat == "" {
		return role{}, false
	}
	for _, t := range s.Tokens[a.end+2 : a.end+n] {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "HYPH" && t.Tag != "RBS" {
			return role{}, false
		}
	}
	if seat != "" && lemma == schema.LocateIn {
		return role{lemma: seat}, true // "Velby, the provincial capital of Halvia,": one town is it
	}
	if w[1] == "the" && !slices.ContainsFunc(s.Tokens[a.end+2:a.end+n-1], superlative) {
		return role{}, false // "Lund, the city of farmers": no superlative, no apposition of kind
	}
	return role{lemma: lemma}, true
}

// seatOfAdministration returns the relation that the words w of a
// description before of, in or for give a town that seats the
// administration of a region: capital_of for a capital of a kind of
// region ("the provincial capital", "the state capital"), locate_in for
// a county seat or an administrative centre ("the county seat", "the
// administrative center"); "" for any other words ("the former capital",
// "the city").
func seatOfAdministration(w []string) string {
	if len(w) != 2 {
		return ""
	}
	switch {
	case w[1] == "capital" && regionLevels[w[0]]:
		return schema.CapitalOf
	case w[1] == "seat" && (w[0] == "county" || w[0] == "parish" || w[0] == "district"):
		return schema.LocateIn
	case (w[1] == "centre" || w[1] == "center") && w[0] == "administrative":
		return schema.LocateIn
	}
	return ""
}

// regionLevels are the adjectives and nouns that name the level of a
// region whose capital a town is: "the provincial capital", "the state
// capital".
var regionLevels = map[string]bool{
	"provincial": true, "province": true, "state": true, "regional": true, "region": true, "county": true,
	"district": true, "departmental": true, "prefectural": true, "territorial": true, "federal": true, "national": true,
}

// barePlacesOf: "the Azores, autonomous islands of Portugal,", "the
// Lofoten Islands are islands in Norway": a plural kind of place
// ([placePlurals]) after a comma or a copula and at most two lower-case
// modifiers, with no article, then of or in, places a, a plural name
// itself; w are the words between a and the place.
func barePlacesOf(s nlp.Sentence, a *mention, w []string) (role, bool) {
	n := len(w) - 1
	if last := s.Tokens[a.end-1].Text; !strings.HasSuffix(last, "s") || n < 2 || n > 4 || w[0] != "," && !copulas[w[0]] || w[n] != "of" && w[n] != "in" || !pluralPlaceHeads[w[n-1]] {
		return role{}, false
	}
	for _, t := range s.Tokens[a.end+1 : a.end+n-1] {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "HYPH" {
			return role{}, false
		}
	}
	return role{lemma: schema.LocateIn}, true
}

// kindOfPlaceNouns name, before "of" and a name, the kind of place the
// name is: "the state of Goa", "the city of Narvik".
var kindOfPlaceNouns = map[string]bool{
	"state": true, "province": true, "region": true, "city": true, "town": true, "district": true, "county": true,
	"prefecture": true, "village": true, "municipality": true,
}

// placeOfKind makes a town or a region of an organisation or a place
// that sentence si names after "the", a word for a kind of place and "of"
// ("the state of Goa", "the city of Kalvo", "the capital city of San
// Juan"): a name the recogniser took for a body's where the document first
// wrote it ("Deputy Chief Minister of Goa"), or for a natural place's. A name the
// gazetteer knows, or one that ends in a body's head word ("the city of
// London Corporation"), stays as it is.
func (d *docState) placeOfKind(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if !named(m) || m.adj || m.ent == nil || m.ent.typ != schema.Organization && m.ent.typ != schema.Location || m.ent.gaz != nil || m.start < 3 {
			continue
		}
		the := m.start - 3
		if the > 0 && (lowerWord(toks[the].Text) && strings.HasPrefix(toks[the].Tag, "JJ") || toks[the].Text == "capital") {
			the-- // "the capital city of San Juan", "the northern town of Kjosen"
		}
		if toks[m.start-1].Text != "of" || !kindOfPlaceNouns[toks[m.start-2].Text] || !strings.EqualFold(toks[the].Text, "the") {
			continue
		}
		if f := strings.Fields(m.ent.name); d.r.g.is("orghead", f[len(f)-1]) {
			continue
		}
		m.ent.typ = schema.GPE
	}
}

// compassPoints are the lower-case bearings of a place from another
// ("50 km north of Oslo").
var compassPoints = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true, "south-west": true,
}

// distanceUnits measure how far a place lies from another.
var distanceUnits = map[string]bool{
	"km": true, "kilometres": true, "kilometers": true, "miles": true, "mi": true, "kms": true,
}

// placeCommaIn: "Kirkuk, in northern Iraq,", "Halden, in southern
// Norway,": a place, a comma, in
// and at most a compass adjective before a place that closes the phrase
// place the first in the second, when the gazetteer nests them or does not
// know the first. A list of places each after in ("in Kirkuk, in Mosul,")
// is none.
func placeCommaIn(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || !isPlace(a.ent) || !isPlace(b.ent) || a.adj || b.adj || b.possessive || !closedAfter(s, b.end) {
		return role{}, false
	}
	w := between(s, a, b)
	compass := len(w) == 3 && (strings.HasSuffix(w[2], "ern") || w[2] == "central")
	if len(w) < 2 || len(w) > 3 || w[0] != "," || w[1] != "in" || len(w) == 3 && !compass {
		return role{}, false
	}
	if d.r.within(a.ent, b.ent.name) || a.ent.gaz == nil && compass {
		return role{lemma: schema.LocateIn}, true
	}
	return role{}, false
}

// regionOf: "the Kursk region of Russia", "the Lamba district of Peru",
// "the Bergen area of Norway": a place, a word for a kind of place (or
// "area") and of a place that the gazetteer
// puts it in, or any place when the gazetteer does not know the first.
// A compass adjective may stand before the second place ("the Skane
// region of southern Sweden").
func regionOf(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.Person && (!named(a) || !isPlace(a.ent) || !isPlace(b.ent) || a.adj || b.adj || b.possessive) {
		// As below, before between's words are made; a person's
		// mention may still turn out a part of a town.
		return role{}, false
	}
	w := between(s, a, b)
	if len(w) >= 2 && w[1] == "of" && townPartNoun(w[0]) && a.ent != b.ent && a.ent.typ == schema.Person && d.townPartName(s, a, b) {
		// "the Karol Bagh area of New Delhi": a given name opens the
		// name of a part of a town, no person's.
		a.ent.typ = schema.GPE
	}
	if !named(a) || !isPlace(a.ent) || !isPlace(b.ent) || a.adj || b.adj || b.possessive {
		return role{}, false
	}
	if n := len(w); n >= 5 && w[1] == "of" && w[2] == "the" && townPartNoun(w[0]) {
		// "the Grorud district of the city of Oslo", "the Velby Park
		// area of the capital, Oslo": the kind of the town between of
		// and its name.
		switch strings.Join(w[3:], " ") {
		case "city of", "town of", "capital of", "capital ,", "city ,":
			w = w[:2]
		}
	}
	if n := len(w); n >= 2 && (strings.HasSuffix(w[n-1], "ern") || w[n-1] == "central") {
		w = w[:n-1] // "the Skane region of southern Sweden"
	}
	if len(w) == 3 && w[2] == "the" {
		w = w[:2]
	}
	if f := strings.Fields(a.surface); len(w) == 1 && len(f) > 1 && placeHeads[f[len(f)-1]] {
		w = append([]string{f[len(f)-1]}, w...) // "the Kursk region": the gazetteer's name holds the word
	}
	if len(w) != 2 || !placeHeads[w[0]] && !townPartNoun(w[0]) || w[1] != "of" || compassAdjective(a.surface) {
		return role{}, false
	}
	if d.r.within(a.ent, b.ent.name) || a.ent.gaz == nil {
		return role{lemma: schema.LocateIn}, true
	}
	return role{}, false
}

// regionOfCountry: "Bogalay in the Pyapon District of the country", "the
// Kelda region of the country": a place named with a word for a kind of
// place (in its name or after it), "of" and a description of a sovereign
// state ("the country", "the nation") lies in the state the description
// takes up, as [regionOf] places it after the state's name; roleFacts
// reads no description that is no possessor, so this reads its own.
func (d *docState) regionOfCountry(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, a := range ms {
		if !named(a) || a.ent == nil || !isPlace(a.ent) || a.adj || a.possessive || a.end+3 > len(toks) {
			continue
		}
		k := a.end
		if f := strings.Fields(strings.ToLower(a.surface)); len(f) < 2 || !placeHeads[f[len(f)-1]] && !townPartNoun(f[len(f)-1]) {
			if w := toks[k].Lower(); !placeHeads[w] && !townPartNoun(w) {
				continue
			}
			k++ // "the Kelda region of the country": the kind after the name
		}
		if k+2 >= len(toks) || toks[k].Text != "of" {
			continue
		}
		for _, b := range ms {
			if b.start == k+1 && b.kind == mDesc && !b.possessive && (b.head == "country" || b.head == "nation") &&
				b.ent != nil && b.ent != a.ent && b.ent.typ == schema.GPE && d.r.country(b.ent) {
				d.derive(si, argOf(s, a), joinText(toks[a.end:b.end]), schema.LocateIn, a.ent, b.ent, "", roleConf)
			}
		}
	}
}

// townPartNoun reports whether w names a part of a town or a region
// before "of" and the town's name: "the Bergen area of Norway", "the
// Sagene neighbourhood of Oslo", "the Grorud suburb of Oslo".
func townPartNoun(w string) bool {
	return w == "area" || w == "quarter" || areaNouns[w]
}

// townPartName reports whether the name a, which the recogniser took for
// a person's, names a part of the town b: a name of two words or more
// with no title, "the" before it, named in no other sentence, and b a
// place the gazetteer knows.
func (d *docState) townPartName(s nlp.Sentence, a, b *mention) bool {
	return named(a) && a.kind == mName && a.ent.gaz == nil && len(a.titles) == 0 && !a.possessive && !a.adj && len(a.ent.mentions) <= 1 &&
		a.start > 0 && strings.EqualFold(s.Tokens[a.start-1].Text, "the") && a.end-a.start >= 2 &&
		b.ent.gaz != nil && isPlace(b.ent) && !b.adj && !b.possessive
}

// compassAdjective reports whether name is a compass word and a region's
// adjective ("West African", "Southeast Asian"), which describes the place
// after it: "the West African state of Mali" is no region of Mali.
func compassAdjective(name string) bool {
	f := strings.Fields(name)
	if len(f) != 2 || !compassHeads[f[0]] {
		return false
	}
	return strings.HasSuffix(f[1], "an") || strings.HasSuffix(f[1], "ese")
}

// placeCommaNationality: "Kabul, the Afghan capital,", "Halden, a
// Norwegian town,": a place, a comma and an article, a nationality and a
// word for a kind of place that closes the apposition place it in the
// state, or make it the state's capital. So does the state's possessive:
// "Aceh, Indonesia's northernmost province,", "Mosul, Iraq's second
// largest city,".
func placeCommaNationality(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || !isPlace(a.ent) || a.adj || !b.adj && !b.possessive || a.ent == b.ent {
		return role{}, false // as below, before between's words are made
	}
	w := between(s, a, b)
	poss := b.possessive && !b.adj && len(w) == 1 && w[0] == ","
	region := b.adj && b.ent.typ == schema.Location // "Mali, a West African nation," ([Resolver.regionAdjectives])
	if !named(a) || !isPlace(a.ent) || a.adj || !b.adj && !poss || (b.ent.typ != schema.GPE || !d.r.country(b.ent)) && !region || a.ent == b.ent {
		return role{}, false
	}
	plural := region && len(w) > 0 && (w[0] == "are" || w[0] == "were")
	if !poss && !(plural && len(w) == 1) && (len(w) < 2 || len(w) > 4 || w[0] != "," && w[0] != "is" && w[0] != "was" && !plural || w[1] != "a" && w[1] != "an" && w[1] != "the") {
		return role{}, false // but "Halden is a Norwegian town"
	}
	for _, t := range s.Tokens[min(a.end+2, b.start):b.start] {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "RBS" && t.Tag != "VBN" {
			return role{}, false // "a small Norwegian town", "the most populated Norwegian county"
		}
	}
	end := b.end
	if poss && end < len(s.Tokens) && s.Tokens[end].Tag == "POS" {
		end++
	}
	start := end
	for end < len(s.Tokens) && end < start+3 && !isCap(s.Tokens[end].Text) && strings.HasPrefix(s.Tokens[end].Tag, "NN") ||
		end < len(s.Tokens) && end < start+3 && strings.HasPrefix(s.Tokens[end].Tag, "JJ") && !isCap(s.Tokens[end].Text) {
		end++
	}
	copula := w[0] == "is" || w[0] == "was"
	if end == start || !closedAfter(s, end) && !placingPhraseAfter(s, end) && !region && !(copula && clauseGoesOn(s, end)) {
		return role{}, false
	}
	switch head := s.Tokens[end-1].Lower(); {
	case region:
		if !regionStateNouns[head] || end != start+1 {
			return role{}, false
		}
		if plural {
			d.regionListedBefore(s, a, b) // "Peru, Chile and Cuba are Latin American countries"
		}
		return role{lemma: schema.LocateIn}, true
	case head == "capital":
		return role{lemma: schema.CapitalOf}, true
	case placeHeads[head] || kindNouns[head]:
		return role{lemma: schema.LocateIn}, true
	}
	return role{}, false
}

// clauseGoesOn reports whether token k, after the noun a copula's
// object ends with, goes on with a conjunction or a relative clause:
// "Guam is a U.S. territory but not a state", "Halden is a Norwegian town
// that lies on the border". The copula has placed its subject already,
// whatever follows; an apposition that goes on so may be another's
// ("Halden, a Norwegian town and Swedish port,").
func clauseGoesOn(s nlp.Sentence, k int) bool {
	if k >= len(s.Tokens) {
		return false
	}
	switch t := s.Tokens[k]; {
	case t.Text == "but" || t.Text == "and":
		return true
	case t.Tag == "WDT" || t.Lower() == "where":
		return true
	}
	return false
}

// asideCopula places a place subject that an aside set off by commas
// parts from its copula, as [placeCommaNationality] and
// [placeDescribedIn] place one right before it: "Svalbard, an island in
// the Arctic, is a Norwegian territory", "Halden, which has 30,000
// people, is a city in Norway". The extractor has read the subject across
// the aside; the rules read the words from the copula on, as if the
// subject stood right before it.
func (d *docState) asideCopula(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if subj == nil || !isPlace(subj) || x.Negated || si >= len(d.sents) {
		return
	}
	toks := s.Tokens
	v := slices.IndexFunc(toks, func(t nlp.Token) bool {
		return t.Start >= x.Subject.End && t.End <= x.Object.Start && copulas[t.Lower()]
	})
	if v < 2 || toks[v-1].Text != "," || !copulas[strings.Fields(strings.ToLower(x.Relation))[0]] {
		return
	}
	var a *mention
	for _, m := range d.sents[si] {
		if m.ent == subj && named(m) && !m.adj && m.end+1 < v-1 && toks[m.end].Text == "," && toks[m.start].Start >= x.Subject.Start {
			a = m
		}
	}
	if a == nil {
		return
	}
	shadow := *a
	shadow.start, shadow.end = v-1, v // the comma before the copula stands for the subject
	for _, b := range d.sents[si] {
		if b.start <= v || b.ent == nil || b.ent == subj {
			continue
		}
		for _, rule := range []func(*docState, nlp.Sentence, *mention, *mention) (role, bool){placeCommaNationality, placeDescribedIn} {
			if r, ok := rule(d, s, &shadow, b); ok && !r.reverse && (r.lemma == schema.LocateIn || r.lemma == schema.LocateNear) {
				d.derive(si, x.Subject, joinText(toks[v:b.start]), r.lemma, subj, b.ent, "", x.Confidence*placeArgConf)
				return
			}
		}
	}
}

// regionListedBefore places in region b the named places listed before
// place a, the last of a list that a copula describes: "Peru, Chile and
// Cuba are Latin American countries".
func (d *docState) regionListedBefore(s nlp.Sentence, a, b *mention) {
	for si, ms := range d.sents {
		k := slices.Index(ms, a)
		if k < 0 {
			continue
		}
		next := a
		for j := k - 1; j >= 0; j-- {
			c := ms[j]
			w := between(s, c, next)
			if len(w) == 0 || len(w) > 2 || !slices.Equal(w, []string{","}) && !slices.Equal(w, []string{"and"}) && !slices.Equal(w, []string{",", "and"}) ||
				(w[len(w)-1] == "and") != (next == a) || !named(c) || c.ent == nil || c.adj || c.possessive || !isPlace(c.ent) || c.ent == b.ent {
				break
			}
			d.derive(si, argOf(s, c), joinText(s.Tokens[a.end:b.end]), schema.LocateIn, c.ent, b.ent, "", roleConf)
			next = c
		}
		return
	}
}

// placingPrepositions open a phrase that says where a place lies
// ([placingPhraseAfter]).
var placingPrepositions = map[string]bool{
	"on": true, "in": true, "near": true, "along": true, "off": true, "by": true, "bordering": true,
}

// placingPhraseAfter reports whether a phrase that says where the place
// lies follows token k and closes the apposition: "Halden, a Norwegian
// town near the border,", "Kelby, a U.S. state on the Pacific coast,".
// The phrase is a preposition of place and up to eight words with no verb
// and no conjunction, which would make the apposition go on ("a Norwegian
// town near Oslo and the home of Tom Wu").
func placingPhraseAfter(s nlp.Sentence, k int) bool {
	if k >= len(s.Tokens) || !placingPrepositions[s.Tokens[k].Lower()] {
		return false
	}
	for j := k + 1; j < len(s.Tokens) && j <= k+8; j++ {
		t := s.Tokens[j]
		if closedAfter(s, j) {
			return j > k+1
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "CC" || t.Tag == "WDT" || t.Tag == "WP" {
			return false
		}
	}
	return false
}

// otherPlaceNouns are the plural nouns of places that "other" compares a
// place with: "than other parts of Chile", "like other towns in Norway".
var otherPlaceNouns = map[string]bool{
	"parts": true, "regions": true, "areas": true, "cities": true, "towns": true, "provinces": true,
	"states": true, "districts": true, "villages": true, "municipalities": true, "counties": true,
}

// otherPartsOf places the one other place sentence si names in the place
// that "other" and a plural noun of places name: "Halden was less affected
// than other parts of Chile", "Unlike other towns in Norway, Halden ...":
// a place compared with the others of a place is one of them. ms are the
// sentence's mentions.
func (d *docState) otherPartsOf(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].Lower() != "other" || !otherPlaceNouns[toks[k+1].Lower()] || toks[k+2].Lower() != "of" && toks[k+2].Lower() != "in" {
			continue
		}
		j := k + 3
		if toks[j].Lower() == "the" && j+1 < len(toks) {
			j++
		}
		p := placeAt(ms, j)
		if p == nil || p.ent == nil || p.adj || !isPlace(p.ent) {
			continue
		}
		var q *docEntity
		n := 0
		for _, m := range ms {
			if m.ent == nil || m.adj || !isPlace(m.ent) || m.ent == p.ent || m.ent == q || m.start >= k && m.end <= p.end {
				continue
			}
			q = m.ent
			n++
		}
		if n != 1 || d.r.within(p.ent, q.name) {
			continue
		}
		var qm *mention
		for _, m := range ms {
			if m.ent == q {
				qm = m
				break
			}
		}
		d.derive(si, argOf(s, qm), joinText(toks[k:p.end]), schema.LocateIn, q, p.ent, "", roleConf)
	}
}

// basedUnknown makes b an organisation when it follows a "-based"
// compound a right away and names it by words no list knows ("Toronto-based
// Rio Algom", "Oslo-based Halvik Verlag"): a body based there, not a person
// or a place, which [basedIn] then places.
func basedUnknown(d *docState, s nlp.Sentence, a, b *mention) {
	if b.start == a.end && d.r.placedOnly(s, a) && (unknownName(d, s, b) || unknownPlaceName(d, b)) &&
		!d.r.g.listedGiven(strings.Fields(b.ent.name)[0]) { // "the London-based Tom Wu" is a person
		b.ent.typ = schema.Organization
	}
}

// unknownPlaceName reports whether m names a place that no list knows by
// a name of two words or more, neither a place's word at its end ("Santa
// Monica Beach") nor a given name at its start: "Rio Algom", taken for a
// place by its first word.
func unknownPlaceName(d *docState, m *mention) bool {
	return m.ent.typ == schema.Location && m.kind == mName && m.ent.gaz == nil && len(m.titles) == 0 && !m.possessive &&
		len(strings.Fields(m.ent.name)) > 1 && !placeName(m.ent.name) && d.r.g.givenGender(m.ent.name+" x") == 0
}
