package entity

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/kg-project/kg/schema"
)

// A Canon chooses one node per actor across the documents of a store,
// where [Resolver] chooses one per actor inside a document. It is told
// every entity already stored ([Canon.Know]) and then joins each new
// document's entities to them ([Canon.Join]) by these rules, which choose
// the longest full name seen and never guess between two candidates:
//
//   - A person named by one word ("Osborne", written "Mr Osborne") is the
//     person with that surname and a full name ("George Osborne"), when
//     exactly one such person of a sex that agrees is known, the sexes
//     read from titles (Mr, Mrs) and given names: "Mrs Howard" is Sandra
//     Howard when Michael Howard is known too, a bare "Howard" neither.
//     With two ("Kenneth Clarke", "Charles Clarke") the short name stays
//     a node of its own, which kg's name look-ups then answer with the
//     candidates; the documents whose short name was joined to the
//     one full name known then, or whose short-name node a full name
//     took over, are split off to that node when a second candidate
//     arrives (a [schema.Merge] with Docs), so that the order of the
//     documents does not decide. The store keeps those joins as
//     [schema.JoinedAs] names ([Canon.KnowDoc]), so a Canon made
//     afresh for it splits as the one that made them. A one-word name
//     that is a common given name ("Gloria"), a caption's label ("Image")
//     or a word that never makes a name is never taken for a surname.
//   - A person with a full name takes over the stored one-word person of
//     the same surname on the same terms: the stored node is renamed
//     (see [schema.Merge]) and its old name becomes an alias.
//   - Full names that differ only by middle names or initials between
//     given name and surname are one person when the initials agree
//     ("George W. Bush", "George Walker Bush"), named by the longer name;
//     a plain name ("George Bush") joins the one name with a middle part
//     known, unless two are known ("George H. W. Bush" too), when it
//     stays apart.
//   - Two words after Mr, Mrs, Ms, Miss or Dr ("Mr Duncan Smith") are a
//     surname of two words: the one known person whose name ends in them
//     ("Iain Duncan Smith"), who also takes such a stored node over.
//   - An organisation "Church of X", or "X" with a company's group or
//     legal suffix ("X Group", "X plc", "X Inc."), and an organisation "X"
//     are one, named "X", the name it usually goes by ("Church of
//     Scientology" becomes an alias of "Scientology"), inside a document
//     too; two such variants of an X not yet seen are one.
//   - A person's or organisation's name spelt otherwise in case than a
//     known one of the same type ("SEA ORG") takes the known spelling,
//     since node IRIs keep case; but a name written with the accents a
//     known one left out ("Erdoğan", "Erdogan") renames the known node,
//     whichever document comes first: reports that write the accents
//     spell the name as its bearer does.
//   - The organisations whose name or alias is one state's body named
//     by the state's adjective ("American government") are one, named
//     by the fullest name a document writes for it ("United States
//     federal government"; see [Canon.fullerBody]). A state's group
//     ("U.S. troops") keeps its document's name ([Canon.stateKeys]).
//   - Two names that an alias file's NAME != OTHER keeps apart are never
//     joined.
//
// Entities of other types are joined, as before, by their canonical name
// alone, and a document's own unnamed actor ([schema.Entity.Local]) is
// never joined. A Canon is not safe for concurrent use.
type Canon struct {
	g *gazetteer
	// byKey holds every known entity by [normKey] of its name and type.
	byKey map[canonKey]*known
	// full holds the known persons with a full name by their surname's
	// key; short the one-word persons by their name's key.
	full, short map[string][]*known
	// named holds the known persons whose full name is a given name,
	// middle names or initials and a surname ("George W. Bush", "George
	// Bush") by the key
	// of the given name and surname ([firstLast]).
	named map[string][]*known
	// variants holds the known organisations whose name is a variant of
	// a shorter one by the key of that one ([orgBase]); the next document
	// that names the shorter one takes them over.
	variants map[string][]*known
	// joined holds, by the key of a full-named person's name and then
	// by document ID, the names of the document's entities joined to it
	// from a short name ([schema.JoinedAs]); shortIn, by the key of a
	// one-word person's name and document ID, the names (its own and its
	// aliases) it had in the document, which a full name that takes it
	// over records as joined.
	joined, shortIn map[string]map[string][]string
	// long holds the known persons of three words or more by the key of
	// their last two words ([compound]); pairs the known persons whose
	// two-word name is a surname ([Canon.titledPair]) by its key.
	long, pairs map[string][]*known
	// carried holds, during Join, the sexes by document of stored persons
	// merged into a person of the document ([Canon.carry]).
	carried map[string]map[string]uint8
	// forbid holds the pairs of name keys never joined (Options.Forbid).
	forbid map[[2]string]bool
	// states holds the node of each state's body by the key of
	// its adjective's form ([Canon.stateKey]).
	states map[canonKey]*known
}

type canonKey struct {
	key string
	typ schema.EntityType
}

// known is an entity of the store or of documents joined so far.
type known struct {
	name   string
	typ    schema.EntityType
	gender byte // 'm', 'f' or 0
	// middle is the initials of a person's middle names or initials
	// ("George H. W. Bush": "HW"; see [firstLast]).
	middle string
	// docSexes holds a person's sexes ([Canon.sexes]) by document, which
	// give its gender once any is known ([Canon.resex]), so that it
	// follows the aliases that merges and splits move.
	docSexes map[string]uint8
}

// NewCanon returns a Canon that knows no entity yet and never joins the
// pairs of opts.Forbid (opts.Merge is the [Resolver]'s). It fails only if
// the embedded gazetteer is malformed.
func NewCanon(opts Options) (*Canon, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	c := &Canon{g: g, byKey: map[canonKey]*known{}, full: map[string][]*known{}, short: map[string][]*known{},
		named: map[string][]*known{}, variants: map[string][]*known{}, forbid: map[[2]string]bool{},
		joined: map[string]map[string][]string{}, shortIn: map[string]map[string][]string{},
		long: map[string][]*known{}, pairs: map[string][]*known{}, states: map[canonKey]*known{}}
	for _, p := range opts.Forbid {
		a, b := normKey(p[0]), normKey(p[1])
		c.forbid[[2]string{a, b}] = true
		c.forbid[[2]string{b, a}] = true
	}
	return c, nil
}

// apart reports whether the alias file keeps names a and b apart.
func (c *Canon) apart(a, b string) bool {
	return len(c.forbid) > 0 && c.forbid[[2]string{normKey(a), normKey(b)}]
}

// Know records e, an entity already stored: its name, type and aliases.
// Only people and organisations, and groups of a state, are joined by
// evidence; Know ignores other entities.
func (c *Canon) Know(e schema.Entity) {
	if e.Local {
		return
	}
	c.knowState(e)
	k := canonKey{normKey(e.Name), e.Type}
	if k.key == "" || (e.Type != schema.Person && e.Type != schema.Organization) {
		return
	}
	if old := c.byKey[k]; old != nil {
		if old.gender == 0 {
			old.gender = c.gender(e)
		}
		// A title written before the name in a later document makes it
		// a surname of two words, as it does told all aliases at once.
		if c.titledPair(e) && !slices.Contains(c.pairs[k.key], old) {
			c.pairs[k.key] = append(c.pairs[k.key], old)
		}
		return
	}
	n := &known{name: e.Name, typ: e.Type, gender: c.gender(e)}
	c.byKey[k] = n
	if e.Type != schema.Person {
		if bk := normKey(orgBase(e.Name)); bk != k.key {
			c.variants[bk] = append(c.variants[bk], n)
		}
		return
	}
	if ck, ok := compound(e.Name); ok {
		c.long[ck] = append(c.long[ck], n)
	} else if c.titledPair(e) {
		c.pairs[k.key] = append(c.pairs[k.key], n)
	}
	if s, ok := surname(e.Name); ok && !regnalName(e.Name) {
		c.full[s] = append(c.full[s], n)
		if fl, mid, ok := firstLast(e.Name); ok {
			n.middle = mid
			c.named[fl] = append(c.named[fl], n)
		}
	} else if !slices.ContainsFunc(e.Aliases, regnalName) {
		c.short[k.key] = append(c.short[k.key], n)
	}
}

// KnowDoc records what the stored document whose ID is doc says of e, a
// person already known: its aliases there and the names joined to it
// there from a short name ([schema.Entity.JoinedAs]). Join records the
// same of the documents it joins, so that a Canon that lived through the
// joins and one told the store afresh decide alike. KnowDoc ignores
// other entities.
func (c *Canon) KnowDoc(doc string, e schema.Entity) {
	k := normKey(e.Name)
	if e.Type != schema.Person || k == "" {
		return
	}
	if _, full := surname(e.Name); !full {
		addNames(c.shortIn, k, doc, append([]string{e.Name}, e.Aliases...))
	}
	if len(e.JoinedAs) > 0 {
		addNames(c.joined, k, doc, e.JoinedAs)
	}
	if n := c.byKey[canonKey{k, schema.Person}]; n != nil {
		if n.docSexes == nil {
			n.docSexes = map[string]uint8{}
		}
		n.docSexes[doc] |= c.sexes(e)
		c.resex(n)
	}
}

// addNames adds names to m[k][doc], a sorted set.
func addNames(m map[string]map[string][]string, k, doc string, names []string) {
	if m[k] == nil {
		m[k] = map[string][]string{}
	}
	set := append(slices.Clone(m[k][doc]), names...)
	slices.Sort(set)
	m[k][doc] = slices.Compact(set)
}

// moveNames adds the sets of from[fk] to those of to[tk] and forgets
// from[fk], as a merge of one node into another moves their quads.
func moveNames(from map[string]map[string][]string, fk string, to map[string]map[string][]string, tk string) {
	for doc, names := range from[fk] {
		addNames(to, tk, doc, names)
	}
	delete(from, fk)
}

// forget removes the known one-word person n after its node was merged.
func (c *Canon) forget(n *known) {
	k := normKey(n.name)
	delete(c.byKey, canonKey{k, n.typ})
	c.short[k] = slices.DeleteFunc(c.short[k], func(o *known) bool { return o == n })
}

// Join returns doc with each entity renamed to the node it joins (the old
// name kept as an alias; two entities of doc that join one node become
// one) and its facts pointing at the new names, and the stored nodes to
// merge into doc's entities, in order. It records doc's entities as known.
// doc itself is not modified.
func (c *Canon) Join(doc schema.Document) (schema.Document, []schema.Merge) {
	rename := make(map[string]string)     // doc entity name → node name
	joinedAs := make(map[string][]string) // node name → names joined to it from a short name
	var merges []schema.Merge
	inDoc := make(map[canonKey]bool, len(doc.Entities))
	docFull := make(map[string][]*known) // surname key → persons of doc with that surname
	for _, e := range doc.Entities {
		if e.Local {
			continue
		}
		inDoc[canonKey{normKey(e.Name), e.Type}] = true
		if s, ok := surname(e.Name); ok && e.Type == schema.Person && !regnalName(e.Name) {
			docFull[s] = append(docFull[s], &known{name: e.Name, typ: e.Type, gender: c.gender(e)})
		}
	}
	for _, e := range doc.Entities {
		k := canonKey{normKey(e.Name), e.Type}
		if k.key == "" || e.Local {
			continue
		}
		var to string
		switch e.Type {
		case schema.Organization:
			to, merges = c.joinOrganization(doc, e, k, merges)
		case schema.Person:
			to, merges = c.joinPerson(e, k, inDoc, docFull, merges)
		}
		if to == "" {
			to, merges = c.joinState(e, merges)
		}
		if to != "" {
			rename[e.Name] = to
			if _, full := surname(e.Name); e.Type == schema.Person && !full && doc.ID != "" {
				joinedAs[to] = append(joinedAs[to], e.Name)
				joinedAs[to] = append(joinedAs[to], e.Aliases...)
			}
		} else if _, done := rename[e.Name]; !done {
			if n := c.byKey[k]; n != nil && n.name != e.Name {
				if respelt(n.name, e.Name) {
					// "Recep Tayyip Erdoğan" after a report's "Recep
					// Tayyip Erdogan": the stored node takes the accents.
					merges = append(merges, schema.Merge{From: n.name, To: e.Name})
					n.name = e.Name
				} else {
					rename[e.Name] = n.name
				}
			}
		}
	}
	out := renameEntities(doc, rename)
	for i, e := range out.Entities {
		if names := joinedAs[e.Name]; len(names) > 0 {
			slices.Sort(names)
			out.Entities[i].JoinedAs = slices.Compact(names)
		}
	}
	for _, e := range out.Entities {
		c.Know(e)
		if doc.ID != "" && (len(e.Mentions) > 0 || len(e.Aliases) > 0 || len(e.JoinedAs) > 0) {
			c.KnowDoc(doc.ID, e)
		}
		k := canonKey{normKey(e.Name), e.Type}
		if n := c.byKey[k]; n != nil && c.carried[k.key] != nil {
			if n.docSexes == nil {
				n.docSexes = map[string]uint8{}
			}
			for d, b := range c.carried[k.key] {
				n.docSexes[d] |= b
			}
			c.resex(n)
		}
	}
	clear(c.carried)
	return out, merges
}

// joinOrganization returns the name of the node that organisation e of
// doc (whose key is k) joins, or "" when no rule of its own joins it, and
// merges with the stored variants that e, "X", takes over appended. A
// variant of X ("Church of X", "X Group", "X plc", see [orgBase]) joins a
// known X, or else an X of doc, or else the first variant of X known.
func (c *Canon) joinOrganization(doc schema.Document, e schema.Entity, k canonKey, merges []schema.Merge) (string, []schema.Merge) {
	base := orgBase(e.Name)
	bk := normKey(base)
	if bk != k.key {
		if n := c.byKey[canonKey{bk, e.Type}]; n != nil && !c.apart(n.name, e.Name) {
			return n.name, merges
		}
		for _, o := range doc.Entities {
			if o.Type == e.Type && normKey(o.Name) == bk && !c.apart(o.Name, e.Name) {
				return o.Name, merges
			}
		}
		if c.byKey[k] == nil {
			for _, n := range c.variants[bk] {
				if !c.apart(n.name, e.Name) {
					return n.name, merges
				}
			}
		}
		return "", merges
	}
	for _, n := range slices.Clone(c.variants[k.key]) {
		if !c.apart(n.name, e.Name) {
			merges = append(merges, schema.Merge{From: n.name, To: e.Name})
			delete(c.byKey, canonKey{normKey(n.name), n.typ})
			c.variants[k.key] = slices.DeleteFunc(c.variants[k.key], func(o *known) bool { return o == n })
		}
	}
	return "", merges
}

// orgBase returns the name an organisation usually goes by: its name
// without "Church of" before it ("Church of Scientology": "Scientology")
// or a company's legal or group suffix after it ("Vodafone Group plc",
// "Acme Inc.": "Vodafone", "Acme"), or the name itself. At least one word
// is left.
func orgBase(name string) string {
	if x, ok := strings.CutPrefix(name, "Church of "); ok && x != "" {
		return x
	}
	f := strings.Fields(name)
	for len(f) > 1 {
		switch strings.TrimSuffix(strings.ToLower(f[len(f)-1]), ".") {
		case "plc", "inc", "ltd", "limited", "group", "holdings", "corp", "llc", "ag", "sa", "nv":
			f = f[:len(f)-1]
			continue
		}
		break
	}
	return strings.Join(f, " ")
}

// joinPerson returns the name of the node that person e (whose key is k)
// joins, or "" when no rule of its own joins it, and merges with the
// stored persons that e takes over appended. inDoc holds the keys of
// doc's entities and docFull holds doc's persons with a full name by
// surname key.
func (c *Canon) joinPerson(e schema.Entity, k canonKey, inDoc map[canonKey]bool, docFull map[string][]*known, merges []schema.Merge) (string, []schema.Merge) {
	if s, ok := surname(e.Name); ok {
		// A full name: it takes over the names it is the longer form of.
		if c.byKey[k] != nil {
			return "", merges
		}
		if to := c.compoundOf(e); to != "" {
			return to, merges
		}
		merges = c.takeCompound(e, merges)
		to, from := c.initialled(e)
		if to != "" {
			return to, merges
		}
		if len(from) > 0 {
			for _, n := range from {
				merges = append(merges, schema.Merge{From: n.name, To: e.Name})
				c.forgetFull(n)
				c.carry(n, k.key)
				if nk := normKey(n.name); nk != k.key {
					moveNames(c.joined, nk, c.joined, k.key)
				}
			}
			return "", merges
		}
		merges = c.split(s, docFull[s], merges)
		if inDoc[canonKey{s, schema.Person}] {
			return "", merges
		}
		g := c.gender(e)
		for _, n := range slices.Clone(c.short[s]) {
			// e takes over a stored "Mrs Howard" when it is the only
			// full-named Howard, known or in doc, she may be.
			if !sameSex(g, n.gender) || c.apart(n.name, e.Name) || c.noSurname(n.name) {
				continue
			}
			if one, ok := c.onlyFull(n, c.full[s], docFull[s]); ok && one.name == e.Name {
				merges = append(merges, schema.Merge{From: n.name, To: e.Name, Joined: true})
				c.forget(n)
				c.carry(n, k.key)
				moveNames(c.shortIn, normKey(n.name), c.joined, k.key)
			}
		}
		return "", merges
	}
	// One word: the one known full name with that surname.
	if len(docFull[k.key]) > 0 || c.g.words["malename"][e.Name] || c.g.words["femalename"][e.Name] || c.noSurname(e.Name) ||
		slices.ContainsFunc(e.Aliases, regnalName) {
		return "", merges
	}
	g := c.gender(e)
	one, ok := c.onlyFull(&known{name: e.Name, typ: e.Type, gender: g}, c.full[k.key], nil)
	if !ok {
		return "", merges
	}
	// A bare "Howard" when "Mrs Howard" is stored apart from Michael
	// Howard could be either.
	if n := c.byKey[k]; n == nil || g != 0 || sameSex(n.gender, one.gender) {
		return one.name, merges
	}
	return "", merges
}

// regnalTitles name a ruler or a saint by the one name that follows them.
var regnalTitles = map[string]bool{
	"Pope": true, "King": true, "Queen": true, "Emperor": true, "Empress": true, "Sultan": true, "Tsar": true,
	"Czar": true, "Shah": true, "Emir": true, "Saint": true, "St.": true, "St": true, "Prince": true, "Princess": true,
}

// regnalName reports whether name is a title of [regnalTitles] and one name
// ("Pope Francis", "Saint Francis", "King Charles"): a ruler's or a
// saint's name, no surname, so that neither a bare "Francis" another
// report names is this person nor is "Pope Francis" another's
// "Saint Francis".
func regnalName(name string) bool {
	f := strings.Fields(name)
	return len(f) == 2 && regnalTitles[f[0]]
}

// compound returns the key of the last two words of a person's name of
// three words or more ("Iain Duncan Smith": "duncan smith"), which may be
// a surname of two words, and false for a shorter name.
func compound(name string) (string, bool) {
	f := strings.Fields(name)
	if s, ok := surname(name); !ok || len(f) < 3 {
		return "", false
	} else if normKey(f[len(f)-1]) != s {
		f = f[:len(f)-1] // the generational suffix
	}
	if len(f) < 3 {
		return "", false
	}
	return normKey(f[len(f)-2] + " " + f[len(f)-1]), true
}

// titledPair reports whether person e has a name of two words that a
// document wrote after Mr, Mrs, Ms, Miss or Dr ("Mr Duncan Smith"): a
// surname of two words, since such titles go before a surname alone.
func (c *Canon) titledPair(e schema.Entity) bool {
	if e.Type != schema.Person || len(strings.Fields(e.Name)) != 2 {
		return false
	}
	for _, a := range e.Aliases {
		t, rest, ok := strings.Cut(a, " ")
		if ok && normKey(rest) == normKey(e.Name) && surnameTitle(t) {
			return true
		}
	}
	return false
}

// compoundOf returns the name of the one known person whose name ends in
// e's, a surname of two words ([Canon.titledPair]): "Mr Duncan Smith" is
// Iain Duncan Smith. It returns "" when there is none or several.
func (c *Canon) compoundOf(e schema.Entity) string {
	if !c.titledPair(e) {
		return ""
	}
	one, ok := c.onlyFull(&known{name: e.Name, typ: e.Type, gender: c.gender(e)}, c.long[normKey(e.Name)], nil)
	if !ok {
		return ""
	}
	return one.name
}

// takeCompound returns merges with the stored persons of a two-word
// surname appended that e, the one known person whose name ends in it,
// takes over (a stored "Duncan Smith", written "Mr Duncan Smith", when
// Iain Duncan Smith arrives).
func (c *Canon) takeCompound(e schema.Entity, merges []schema.Merge) []schema.Merge {
	ck, ok := compound(e.Name)
	if !ok {
		return merges
	}
	for _, n := range slices.Clone(c.pairs[ck]) {
		if one, ok := c.onlyFull(n, c.long[ck], []*known{{name: e.Name, typ: e.Type, gender: c.gender(e)}}); ok && one.name == e.Name {
			merges = append(merges, schema.Merge{From: n.name, To: e.Name})
			c.forgetFull(n)
			c.pairs[ck] = slices.DeleteFunc(c.pairs[ck], func(o *known) bool { return o == n })
			moveNames(c.joined, normKey(n.name), c.joined, normKey(e.Name))
			c.carry(n, normKey(e.Name))
		}
	}
	return merges
}

// split returns merges with the splits appended that a new person of
// surname s, one of doc's full-named persons with that surname, makes:
// the documents that named a known person with that surname only by a
// short name ("Mr Clarke", joined to Kenneth Clarke when he was the only
// Clarke known) are split off to a node of the short name when that name
// may now be either. It records those short names as known.
func (c *Canon) split(s string, doc []*known, merges []schema.Merge) []schema.Merge {
	fulls := slices.Clone(c.full[s])
	slices.SortFunc(fulls, func(a, b *known) int { return strings.Compare(a.name, b.name) })
	for _, f := range fulls {
		fk := normKey(f.name)
		var targets []string          // the short names split off, in order
		docs := map[string][]string{} // short name → its documents
		for _, d := range slices.Sorted(maps.Keys(c.joined[fk])) {
			names := c.joined[fk][d]
			i := slices.IndexFunc(names, func(n string) bool {
				_, full := surname(n)
				return !full && normKey(n) == s
			})
			if i < 0 {
				continue
			}
			short := &known{name: names[i], typ: schema.Person,
				gender: c.gender(schema.Entity{Name: names[i], Type: schema.Person, Aliases: names})}
			if one, ok := c.onlyFull(short, c.full[s], doc); ok && normKey(one.name) == fk {
				continue
			}
			// The node of the short name is told the names, its aliases
			// in the document once the split moved them.
			se := schema.Entity{Name: names[i], Type: schema.Person, Aliases: names}
			c.Know(se)
			c.KnowDoc(d, se)
			short = c.byKey[canonKey{s, schema.Person}]
			if docs[short.name] == nil {
				targets = append(targets, short.name)
			}
			docs[short.name] = append(docs[short.name], d)
			delete(c.joined[fk], d)
			delete(f.docSexes, d)
			c.resex(f)
		}
		for _, t := range targets {
			merges = append(merges, schema.Merge{From: f.name, To: t, Docs: docs[t]})
		}
	}
	return merges
}

// onlyFull returns the one person among the full-named persons of known
// (stored) and of doc (who share a surname) that the one-word person short may be, by
// sex and the alias file, and false when there are none or several:
// "Mrs Howard" is Sandra Howard even when Michael Howard is known, but a
// bare "Howard" is either.
func (c *Canon) onlyFull(short *known, stored, doc []*known) (*known, bool) {
	var one *known
	for _, f := range slices.Concat(stored, doc) {
		if !sameSex(short.gender, f.gender) || c.apart(f.name, short.name) {
			continue
		}
		if one != nil && normKey(one.name) != normKey(f.name) {
			return nil, false
		}
		one = f
	}
	return one, one != nil
}

// noSurname reports whether a one-word person's name is a word that is
// no surname: a caption's label ("Image", see [captionLabel]) or a word
// the gazetteer says never makes a name ("International"). Such a node,
// a recognition error, is joined to no full name, nor a full name to it.
func (c *Canon) noSurname(word string) bool {
	return captionLabel(word) || c.g.is("notname", word)
}

// initialled joins a person's full name to a known one that differs only
// by middle names or initials between the given name and the surname. A
// plain name joins the one known name with a middle part: for "George
// Bush" it returns the name of the one known "George W. Bush", unless
// another ("George H. W. Bush") is known too. Names whose middle parts
// have the same initials ("George W. Bush", "George Walker Bush") are one
// person, named by the longer name, which also takes over the plain names
// when no other middle part is known: it returns the known names that e
// takes over, or the known name that e joins. Sexes must not clash, and
// an alias file's != is kept.
func (c *Canon) initialled(e schema.Entity) (to string, from []*known) {
	fl, mid, ok := firstLast(e.Name)
	if !ok {
		return "", nil
	}
	g := c.gender(e)
	var plain, same, other []*known
	for _, n := range c.named[fl] {
		if !sameSex(g, n.gender) || c.apart(n.name, e.Name) || normKey(n.name) == normKey(e.Name) {
			continue
		}
		switch n.middle {
		case "":
			plain = append(plain, n)
		case mid:
			same = append(same, n)
		default:
			other = append(other, n)
		}
	}
	switch {
	case mid == "":
		if len(other) == 1 {
			return other[0].name, nil
		}
	case len(same) > 0:
		if len([]rune(e.Name)) <= len([]rune(same[0].name)) {
			return same[0].name, nil
		}
		if len(other) == 0 {
			return "", slices.Concat(same, plain)
		}
		return "", same
	case len(other) == 0:
		return "", plain
	}
	return "", nil
}

// forgetFull removes the known full-named person n after its node was
// merged.
func (c *Canon) forgetFull(n *known) {
	delete(c.byKey, canonKey{normKey(n.name), n.typ})
	if s, ok := surname(n.name); ok {
		c.full[s] = slices.DeleteFunc(c.full[s], func(o *known) bool { return o == n })
	}
	if fl, _, ok := firstLast(n.name); ok {
		c.named[fl] = slices.DeleteFunc(c.named[fl], func(o *known) bool { return o == n })
	}
}

// firstLast returns the key of a full name's given name and surname and
// the initials of the capitalised names or initials between them
// ("George H. W. Bush" and "George Herbert Walker Bush": "george bush",
// "HW"), and false when the name has one word or a lower-case word in the
// middle ("Ludwig van Beethoven").
func firstLast(name string) (string, string, bool) {
	f := strings.Fields(name)
	if s, ok := surname(name); !ok || len(f) < 2 {
		return "", "", false
	} else if normKey(f[len(f)-1]) != s {
		f = f[:len(f)-1] // the generational suffix
	}
	var mid strings.Builder
	for _, w := range f[1 : len(f)-1] {
		r := []rune(strings.TrimSuffix(w, "."))
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			return "", "", false
		}
		mid.WriteRune(r[0])
	}
	return normKey(f[0]) + " " + normKey(f[len(f)-1]), mid.String(), true
}

// renameEntities returns doc with its entities and facts renamed by
// rename, merging entities that end up with one name.
func renameEntities(doc schema.Document, rename map[string]string) schema.Document {
	if len(rename) == 0 {
		return doc
	}
	to := func(name string) string {
		if n, ok := rename[name]; ok {
			return n
		}
		return name
	}
	ents := make([]schema.Entity, 0, len(doc.Entities))
	at := make(map[string]int)
	for _, e := range doc.Entities {
		name := to(e.Name)
		aliases := slices.Clone(e.Aliases)
		if name != e.Name {
			aliases = append(aliases, e.Name)
		}
		i, ok := at[name]
		if !ok {
			at[name] = len(ents)
			ents = append(ents, schema.Entity{Name: name, Type: e.Type, Mentions: slices.Clone(e.Mentions), Local: e.Local})
			i = len(ents) - 1
		} else {
			ents[i].Mentions = append(ents[i].Mentions, e.Mentions...)
			ents[i].Local = ents[i].Local && e.Local // a name joined to the document's own actor makes it no longer its own
		}
		ents[i].Aliases = append(ents[i].Aliases, aliases...)
	}
	for i := range ents {
		slices.Sort(ents[i].Mentions)
		ents[i].Mentions = slices.Compact(ents[i].Mentions)
		ents[i].Aliases = slices.DeleteFunc(ents[i].Aliases, func(a string) bool { return a == ents[i].Name })
		slices.Sort(ents[i].Aliases)
		ents[i].Aliases = slices.Compact(ents[i].Aliases)
		if len(ents[i].Aliases) == 0 {
			ents[i].Aliases = nil
		}
	}
	doc.Entities = ents
	facts := make([]schema.Fact, len(doc.Facts))
	for i, f := range doc.Facts {
		f.SubjectEntity = to(f.SubjectEntity)
		f.ObjectEntity = to(f.ObjectEntity)
		if f.SourceEntities != nil {
			f.SourceEntities = slices.Clone(f.SourceEntities)
			for j, s := range f.SourceEntities {
				f.SourceEntities[j] = to(s)
			}
		}
		facts[i] = f
	}
	doc.Facts = facts
	return doc
}

// surname returns the key of the last word of a person's full name,
// passing over a generational suffix ("Martin Luther King Jr."), and false
// for a name of one word.
func surname(name string) (string, bool) {
	f := strings.Fields(name)
	if len(f) > 2 {
		switch strings.TrimSuffix(f[len(f)-1], ".") {
		case "Jr", "Sr", "II", "III", "IV":
			f = f[:len(f)-1]
		}
	}
	if len(f) < 2 {
		return "", false
	}
	return normKey(f[len(f)-1]), true
}

// gender returns what e's given name or the titles of its aliases say of
// its sex: 'm', 'f', or 0 when they say nothing or disagree.
func (c *Canon) gender(e schema.Entity) byte {
	return genderOf(c.sexes(e))
}

// sexes returns the sexes that e's given name and the titles of its
// aliases say, as bits: 1 male, 2 female.
func (c *Canon) sexes(e schema.Entity) uint8 {
	if e.Type != schema.Person {
		return 0
	}
	b := sexBit(c.g.givenGender(e.Name))
	for _, a := range e.Aliases {
		f := strings.Fields(a)
		if len(f) < 2 {
			continue
		}
		if t := c.g.titles[normKey(f[0])]; t != nil {
			b |= sexBit(t.gender)
		}
	}
	return b
}

// sexBit returns the bit of gender g ([Canon.sexes]).
func sexBit(g byte) uint8 {
	switch g {
	case 'm':
		return 1
	case 'f':
		return 2
	}
	return 0
}

// genderOf returns the gender that sex bits say, 0 for none or both.
func genderOf(b uint8) byte {
	switch b {
	case 1:
		return 'm'
	case 2:
		return 'f'
	}
	return 0
}

// resex sets person n's gender from its given name and the titles of
// its documents ([known.docSexes]), as a Canon told the store afresh
// reads them from its aliases; it keeps the gender of a person known from
// no document.
func (c *Canon) resex(n *known) {
	if n.docSexes == nil {
		return
	}
	b := sexBit(c.g.givenGender(n.name))
	for _, x := range n.docSexes {
		b |= x
	}
	n.gender = genderOf(b)
}

// carry keeps the sexes by document of from, a stored person merged into
// the new person whose name's key is to, for Join to give that person
// once it is known.
func (c *Canon) carry(from *known, to string) {
	if c.carried == nil {
		c.carried = map[string]map[string]uint8{}
	}
	if c.carried[to] == nil {
		c.carried[to] = map[string]uint8{}
	}
	for d, b := range from.docSexes {
		c.carried[to][d] |= b
	}
}

// sameSex reports whether two genders, 0 meaning unknown, may be one
// person's.
func sameSex(a, b byte) bool {
	return a == 0 || b == 0 || a == b
}

// respelt reports whether name writes known, a stored node's name without
// accents, with accents of [plainLetters] on some of its letters
// ("Recep Tayyip Erdoğan" for "Recep Tayyip Erdogan"), and is otherwise
// the same, case included.
func respelt(known, name string) bool {
	if accented(known) || !accented(name) || len(name) < len(known) {
		return false
	}
	k := []rune(known)
	i := 0
	for _, r := range name {
		if i == len(k) {
			return false
		}
		want := r
		if p, ok := plainLetters[unicode.ToLower(r)]; ok {
			want = rune(p)
			if unicode.IsUpper(r) {
				want = unicode.ToUpper(want)
			}
		}
		if k[i] != want {
			return false
		}
		i++
	}
	return i == len(k)
}
