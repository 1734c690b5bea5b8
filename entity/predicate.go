package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// copulas are the verbs after which an indefinite noun phrase says what
// their subject is ("Bernoulli was a Swiss mathematician", "he became an
// American citizen").
var copulas = map[string]bool{
	"is": true, "was": true, "became": true, "becomes": true, "remained": true, "remains": true,
}

// predicates gives a person, organisation or place a mention of each
// indefinite noun phrase in the singular that says what it is (for a
// person also a definite one whose head noun names a person,
// [personHead]: "She was the first woman to ...", "Ann, the daughter of
// a judge,"; and a bare office before "of", in either case: "Ann Lee,
// president of the Magic Circle,", "Gro Lund, President of the Nordic
// Council,"; for a place or body a definite one whose head noun is
// of [bodyHeads]: "Lyon, the third city of France"): the
// complement of a copula right after a mention of it, or after the
// bracket that follows its name ("Daniel was a son of Johann Bernoulli",
// "He was still a proponent of ...", "Otto Jespersen (1860 – 1943) was a
// Danish linguist", past a footnote mark: "Ann Lee (born 1980) [1] is an
// actor"; after an apposition's closing comma: "his mother, Ann, is a
// nurse") or an apposition
// after its name ("Pierre Tamm, a painter with a good reputation"; "Basel,
// a city on the Rhine"). The new mention spans the article to the phrase's
// head noun and joins d.sents; a phrase that holds a mention other than a
// nationality word ("a Swiss chemist") is left alone. It runs after the
// facts are drawn, so the phrases are no arguments of facts.
func (d *docState) predicates(sents []nlp.Sentence) {
	kin, ahead := map[string]*docEntity{}, d.kinAhead(sents)
	for si, s := range sents {
		toks := s.Tokens
		d.relatives(si, s, kin, ahead)
		d.nounsBefore(si, s)
		d.frontedDescs(si, s)
		for _, m := range slices.Clone(d.sents[si]) {
			if m.ent == nil || !actorType(m.ent.typ) || m.adj || m.possessive || m.end+1 >= len(toks) {
				continue
			}
			j := m.end
			if toks[j].Text == "(" && m.kind != mPronoun {
				j = closeParen(toks, j) + 1 // "Otto Jespersen (16 July 1860 – 30 April 1943) was a Danish linguist"
				if j <= 0 || j+1 >= len(toks) {
					continue
				}
				if toks[j].Text == "," && copulas[toks[j+1].Lower()] {
					j++ // "Athens (Greek: Αθήνα), is the capital city of Greece"
				}
			}
			for j+2 < len(toks) && toks[j].Text == "[" && toks[j+2].Text == "]" {
				j += 3 // a footnote: "Ann Lee (born 1980) [1] is an actor"
			}
			if j >= len(toks) {
				continue // "Ann Lee [1]" ends the sentence
			}
			if toks[j].Text == "," && m.kind != mPronoun && m.ent.typ == schema.Person && m.start > 0 && toks[m.start-1].Text == "," &&
				j+1 < len(toks) && copulas[toks[j+1].Lower()] {
				j++ // an apposition: "his mother, Ann, is a nurse"
			}
			if j+1 < len(toks) && toks[j].Tag == "RB" && copulas[toks[j+1].Lower()] {
				j++ // "York quickly became one of the most important cities"
			}
			if j+1 < len(toks) && perfect[toks[j].Lower()] && toks[j+1].Lower() == "been" {
				j++ // "Nida has been a pioneer in the fields of translation theory"
			}
			if m.ent.typ == schema.Person && d.asPredicate(si, s, m) {
				continue
			}
			switch {
			case toks[j].Text == ",":
				if m.kind == mPronoun {
					continue
				}
			case copulas[toks[j].Lower()], toks[j].Lower() == "been" && perfect[toks[j-1].Lower()]:
			default:
				continue
			}
			j++
			for j < len(toks) && toks[j].Tag == "RB" {
				j++
			}
			if toks[j-1].Text != "," && j+2 < len(toks) && toks[j].Tag == "VBN" && esteemVerbs[toks[j].Lower()] {
				// "Fillmore is now widely recognized as one of the
				// founders", "it is considered to be one of the most
				// beautiful cities": what it is held to be.
				switch {
				case toks[j+1].Text == "as":
					j += 2
				case toks[j+1].Text == "to" && j+3 < len(toks) && toks[j+2].Text == "be":
					j += 3
				}
			}
			if j+1 < len(toks) && toks[j-1].Text == "," && m.ent.typ == schema.Person && (toks[j].Tag == "NN" || toks[j].Tag == "NNP") &&
				toks[j+1].Text == "of" && (personHead(toks[j].Text) || d.r.g.titles[toks[j].Lower()] != nil) {
				// A bare office: "Ann Lee, president of the Magic Circle,",
				// "Per Dahl, Chairman of the Halvik Trust,".
				d.insert(si, &mention{kind: mDesc, start: j, end: j + 1, surface: toks[j].Text,
					head: toks[j].Lower(), ent: m.ent, conf: 0.7})
				continue
			}
			if h := oneOf(toks, j); h >= 0 {
				// "Daniel was one of the many prominent mathematicians in
				// the family": a member of a kind says what it is as "a"
				// does.
				w := singularNoun(toks[h].Lower())
				if (m.ent.typ == schema.Person) == personHead(w) && (m.ent.typ == schema.Person || bodyHeads[w] || d.r.g.is("placehead", toks[h].Text)) &&
					!slices.ContainsFunc(d.sents[si], func(o *mention) bool { return !o.adj && o.start <= h && o.end > j }) {
					d.insert(si, &mention{kind: mDesc, start: j, end: h + 1, surface: spanText(s, j, h+1),
						head: w, ent: m.ent, conf: 0.7})
					m.ent.mentions[si] = true
				}
				continue
			}
			if j >= len(toks) || !indefinite(toks[j].Text) && !strings.EqualFold(toks[j].Text, "the") {
				continue
			}
			h := nounHead(toks, j+1)
			if h >= 0 && strings.EqualFold(toks[j].Text, "the") {
				w := toks[h].Lower()
				if m.ent.typ == schema.Person && !personHead(w) || m.ent.typ != schema.Person && !bodyHeads[w] {
					continue // "He was the reason ...", "the only way to ..."
				}
			}
			if h < 0 || slices.ContainsFunc(d.sents[si], func(o *mention) bool { return !o.adj && o.start <= h && o.end > j }) {
				continue
			}
			d.insert(si, &mention{kind: mDesc, start: j, end: h + 1, surface: spanText(s, j, h+1),
				head: toks[h].Lower(), ent: m.ent, conf: 0.7})
			m.ent.mentions[si] = true
		}
	}
}

// perfect are the auxiliaries before "been" that make a copula of it:
// "has been a pioneer".
var perfect = map[string]bool{"has": true, "have": true, "had": true}

// asPredicate gives person mention m of sentence si, the subject of its
// clause, a mention of the indefinite phrase after "as" that its verb
// makes its role ("served as a military engineer", "was commissioned as
// a captain", "was ordained as a Baptist minister"): only verbs,
// auxiliaries and adverbs may stand between the subject and "as", and the
// phrase's head noun must name a person ([describesPerson]). It reports
// whether it gave one.
func (d *docState) asPredicate(si int, s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	k := m.end
	for k < len(toks) && k < m.end+5 && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" || toks[k].Tag == "RB" || toks[k].Tag == "RP") {
		k++
	}
	if k == m.end || k+2 >= len(toks) || toks[k].Lower() != "as" || !indefinite(toks[k+1].Text) ||
		!strings.HasPrefix(toks[k-1].Tag, "VB") || !d.subject(si, m) {
		return false
	}
	j := k + 1
	h := nounHead(toks, j+1)
	if h < 0 || !describesPerson(toks[h].Lower()) || slices.ContainsFunc(d.sents[si], func(o *mention) bool { return !o.adj && o.start <= h && o.end > j }) {
		return false
	}
	d.insert(si, &mention{kind: mDesc, start: j, end: h + 1, surface: spanText(s, j, h+1), head: toks[h].Lower(), ent: m.ent, conf: 0.7})
	m.ent.mentions[si] = true
	return true
}

// relatives gives a person named right after a possessive phrase ("his
// father, Johann", "Her mother Wajiha al-Sabunji", "his friend Bonosus") a
// mention of that phrase, and records it in kin under the possessive and
// head noun ("his father"), so that the same phrase later in the document
// without the name is a mention of the same person ("his father carried
// the grudge"). Before the name, the phrase is the person that ahead
// ([docState.kinAhead]) gives it: a life says "a bad relationship with
// his father" before "his father, Johann, encouraged him".
func (d *docState) relatives(si int, s nlp.Sentence, kin, ahead map[string]*docEntity) {
	toks := s.Tokens
	for i := 0; i+1 < len(toks); i++ {
		key, h, named, clash := d.kinPhrase(si, s, i)
		if h < 0 {
			continue
		}
		e := named
		if e == nil {
			e = kin[key]
		}
		if e == nil {
			e = ahead[key]
		}
		if clash || e == nil || slices.ContainsFunc(d.sents[si], func(o *mention) bool { return o.start == i && o.end == h+1 }) {
			continue
		}
		if named != nil {
			kin[key] = named
		}
		d.insertAfter(si, &mention{kind: mDesc, start: i, end: h + 1, surface: spanText(s, i, h+1),
			head: toks[h].Lower(), ent: e, conf: 0.7})
		e.mentions[si] = true
	}
}

// kinPhrase reads a possessive phrase of sentence si that starts at token
// i ("his father"): its key, the possessive and head noun, the token of
// its head (-1 when there is no such phrase), the person named right after
// it, if any, and whether another mention overlaps it.
func (d *docState) kinPhrase(si int, s nlp.Sentence, i int) (key string, h int, named *docEntity, clash bool) {
	toks := s.Tokens
	if toks[i].Tag != "PRP$" {
		return "", -1, nil, false
	}
	h = nounHead(toks, i+1)
	if h < 0 || toks[h].Tag != "NN" {
		return "", -1, nil, false
	}
	key = toks[i].Lower() + " " + toks[h].Lower()
	j := h + 1
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	for _, o := range d.sents[si] {
		if o.start <= h && o.end > i && !o.adj && o.start != i {
			clash = true
		}
		// A given name alone after a noun of a person, in apposition:
		// "His father, Anthony, was a geologist" (not "his rice
		// contract, Norton", nor "to speak with his mother, Montalvo
		// was put through", whose name opens the main clause).
		if o.start == j && o.ent != nil && o.ent.typ == schema.Person && (o.kind == mName || o.kind == mSingle && describesPerson(toks[h].Lower()) &&
			(j == h+1 || o.end < len(toks) && toks[o.end].Text == ",")) {
			named = o.ent
		}
	}
	return key, h, named, clash
}

// kinAhead returns, for each possessive phrase that names a person
// somewhere in the document ("his father, Johann,"), that person, when
// the document gives the phrase to one person only.
func (d *docState) kinAhead(sents []nlp.Sentence) map[string]*docEntity {
	out := map[string]*docEntity{}
	two := map[string]bool{}
	for si, s := range sents {
		for i := 0; i+1 < len(s.Tokens); i++ {
			key, _, named, clash := d.kinPhrase(si, s, i)
			if named == nil || clash {
				continue
			}
			if e, ok := out[key]; ok && e != named {
				two[key] = true
			}
			out[key] = named
		}
	}
	for key := range two {
		delete(out, key)
	}
	return out
}

// nounsBefore gives a person named right after a singular noun of a
// person ([describesPerson]: "Tunisia's coach Nabil Maaloul", "the match
// referee Joel Aguilar", "acclaimed actor Peter O'Toole"), and a body
// named after one of [bodyHeads] or [orgNouns] ("the company Hitwise",
// "the publishing giant Elsevier"), a mention of the noun with its
// modifiers and article: the phrase alone after an article or a possessor
// ("his brother", "Norway's coach"), else, for a bare noun, one mention
// with the name ("acclaimed actor Tove Rask"), as GUM writes them. The
// noun is in lower case, or capitalised as a sentence's first word
// ("Biologist Nick Bos"); it is the one [nounBefore] records as a
// person's descriptor. A phrase that holds another resolved mention, but
// for a nationality word or a possessor, is left alone.
func (d *docState) nounsBefore(si int, s nlp.Sentence) {
	toks := s.Tokens
	for _, m := range slices.Clone(d.sents[si]) {
		if m.ent == nil || m.adj || m.kind != mName && m.kind != mSingle || m.start == 0 {
			continue
		}
		h := m.start - 1
		w := toks[h].Text
		if h == 0 {
			w = strings.ToLower(w) // "Biologist Nick Bos found ..."
		}
		if toks[h].Tag != "NN" && (h > 0 || toks[h].Tag != "NNP") || strings.ToLower(w) != w {
			continue
		}
		switch m.ent.typ {
		case schema.Person:
			if !describesPerson(w) {
				continue
			}
		case schema.Organization:
			if !bodyHeads[w] && !orgNouns[w] {
				continue
			}
		default:
			continue
		}
		a := h
		for a > 0 && nounModifier(toks[a-1]) {
			a--
		}
		end := m.end // a bare noun is the name's title: "actor Tove Rask"
		if a > 0 && (toks[a-1].Tag == "PRP$" || toks[a-1].Tag == "DT" && (strings.EqualFold(toks[a-1].Text, "the") || indefinite(toks[a-1].Text))) {
			a--
			end = h + 1
		} else if a > 0 && toks[a-1].Tag == "POS" {
			end = h + 1 // "Norway's coach Per Lund"
		}
		if slices.ContainsFunc(d.sents[si], func(o *mention) bool {
			return o.ent != nil && !o.adj && !o.possessive && o.start <= h && o.end > a
		}) {
			continue
		}
		d.insertAfter(si, &mention{kind: mDesc, start: a, end: end, surface: spanText(s, a, end),
			head: w, ent: m.ent, conf: 0.7})
	}
}

// nounModifier reports whether t may modify a noun inside a noun phrase:
// an adjective, a noun, a number, a participle or a hyphen.
func nounModifier(t nlp.Token) bool {
	switch {
	case strings.HasPrefix(t.Tag, "JJ"), t.Tag == "NN", t.Tag == "NNP", t.Tag == "CD", t.Tag == "VBN", t.Tag == "HYPH", t.Text == "-":
		return true
	}
	return false
}

// describesPerson reports whether the lower-case noun w names a person: a
// noun of [personHead], a role ([roleNoun]), a noun of [personNouns], or
// one of [companionNouns].
func describesPerson(w string) bool {
	_, ok := personNouns[w]
	return ok || personHead(w) || roleNoun(w) || companionNouns[w]
}

// companionNouns name a person by the company he keeps: "his friend
// Bonosus", "her co-star Ann Lee".
var companionNouns = map[string]bool{
	"friend": true, "boyfriend": true, "girlfriend": true, "colleague": true, "co-star": true, "costar": true,
	"teammate": true, "classmate": true, "rival": true, "ally": true, "fiancé": true, "fiancée": true,
	"fiance": true, "fiancee": true, "spouse": true, "kinsman": true, "relative": true, "mentor": true,
	"pupil": true, "protégé": true, "coauthor": true, "co-author": true, "referee": true, "artist": true,
	"actor": true, "actress": true, "poet": true,
}

// closeParen returns the index of the bracket that closes the one at
// token i, or -1 when none does within 60 tokens.
func closeParen(toks []nlp.Token, i int) int {
	depth := 0
	for k := i; k < len(toks) && k <= i+60; k++ {
		switch toks[k].Text {
		case "(":
			depth++
		case ")":
			if depth--; depth == 0 {
				return k
			}
		}
	}
	return -1
}

// indefinite reports whether t is an indefinite article.
func indefinite(t string) bool {
	switch strings.ToLower(t) {
	case "a", "an":
		return true
	}
	return false
}

// frontedDescs gives the subject of sentence si a mention of each
// indefinite phrase that opens the sentence before a comma and that
// subject ("An undistinguished student and an unskilled cricketer, he
// did represent the school"; "One of the largest cities of the island,
// Tulsa has ..."), when its head noun fits the subject as in
// [docState.predicates].
func (d *docState) frontedDescs(si int, s nlp.Sentence) {
	toks := s.Tokens
	var starts, heads []int
	k := 0
	if len(toks) > 2 && toks[0].Lower() == "as" && indefinite(toks[1].Text) {
		k = 1 // "As a student in Rome, Jerome engaged in ..."
	}
	for {
		h := -1
		switch {
		case k < len(toks) && indefinite(toks[k].Text):
			h = nounHead(toks, k+1)
		case k < len(toks):
			h = oneOf(toks, k)
		}
		if h < 0 || h+1 >= len(toks) {
			return
		}
		starts, heads = append(starts, k), append(heads, h)
		e := h + 1
		if toks[e].Tag == "IN" {
			// "of the region": a phrase with no verb, up to the comma.
			for e < len(toks) && toks[e].Text != "," && toks[e].Text != "and" && !strings.HasPrefix(toks[e].Tag, "VB") && toks[e].Tag != "MD" && toks[e].Tag != "WDT" && toks[e].Tag != "WP" {
				e++
			}
			if e >= len(toks) {
				return
			}
		}
		if toks[e].Text == "," {
			k = e + 1
			break
		}
		if toks[e].Text != "and" {
			return
		}
		k = e + 1
	}
	i := slices.IndexFunc(d.sents[si], func(m *mention) bool { return m.start == k })
	if i < 0 {
		return
	}
	m := d.sents[si][i]
	if m.ent == nil || !actorType(m.ent.typ) || m.adj || m.possessive || m.end >= len(toks) || !strings.HasPrefix(toks[m.end].Tag, "VB") && toks[m.end].Tag != "MD" {
		return
	}
	for n, j := range starts {
		h := heads[n]
		w := singularNoun(toks[h].Lower())
		if m.ent.typ == schema.Person && !describesPerson(w) || m.ent.typ != schema.Person && !bodyHeads[w] && !d.r.g.is("placehead", toks[h].Text) {
			continue
		}
		if slices.ContainsFunc(d.sents[si], func(o *mention) bool { return !o.adj && o.start <= h && o.end > j }) {
			continue
		}
		d.insert(si, &mention{kind: mDesc, start: j, end: h + 1, surface: spanText(s, j, h+1), head: w, ent: m.ent, conf: 0.7})
		m.ent.mentions[si] = true
	}
}

// esteemVerbs are the participles after which a copula's subject is held
// to be what follows "as" or "to be" ("is regarded as a pioneer").
var esteemVerbs = map[string]bool{
	"considered": true, "regarded": true, "recognized": true, "recognised": true, "seen": true,
	"known": true, "described": true, "viewed": true, "acknowledged": true, "thought": true,
}

// oneOf returns the head of the plural noun phrase after "one of" at
// token i ("one of the founders", "one of its largest cities", "one of
// the most important cities"), or -1 when no such phrase starts there.
func oneOf(toks []nlp.Token, i int) int {
	if i+2 >= len(toks) || toks[i].Lower() != "one" || toks[i+1].Text != "of" {
		return -1
	}
	k := i + 2
	if toks[k].Tag == "DT" || toks[k].Tag == "PRP$" {
		k++
	}
	h := -1
	for ; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.Tag == "NNS" || t.Tag == "NNPS":
			h = k
		case t.Tag == "NN" || t.Tag == "NNP" || strings.HasPrefix(t.Tag, "JJ") || strings.HasPrefix(t.Tag, "RB") || t.Tag == "VBN" || t.Tag == "VBG" || t.Tag == "CD" || t.Tag == "HYPH":
			if h >= 0 {
				return h
			}
		default:
			return h
		}
	}
	return h
}

// singularNoun returns the singular of a regular English plural noun
// ("cities" → "city", "actresses" → "actress", "founders" → "founder").
func singularNoun(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// nounHead returns the head of the noun phrase whose modifiers start at
// token i: the last singular noun of the run of adjectives, nouns and
// numbers there ("Swiss mathematician", "Iraqi - British architect"), or
// -1 when the run ends in no such noun.
func nounHead(toks []nlp.Token, i int) int {
	h := -1
	for ; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Tag == "NN" || t.Tag == "NNP":
			h = i
		case strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBN" || t.Tag == "VBG" || t.Tag == "CD" || t.Text == "-" || t.Tag == "HYPH":
			if h >= 0 {
				return h
			}
		default:
			return h
		}
	}
	return h
}

// insert adds m to the mentions of sentence si in token order, before
// those that start where it does.
func (d *docState) insert(si int, m *mention) {
	d.insertAt(si, m, m.start)
}

// insertAfter adds m to the mentions of sentence si in token order, after
// those that start where it does: a phrase that holds a possessive ("His
// father") comes after the possessive's own mention, which a look-up of
// the word finds first.
func (d *docState) insertAfter(si int, m *mention) {
	d.insertAt(si, m, m.start+1)
}

// insertAt inserts m into the mentions of sentence si before the first
// that starts at token start or later.
func (d *docState) insertAt(si int, m *mention, start int) {
	ms := d.sents[si]
	i, _ := slices.BinarySearchFunc(ms, start, func(m *mention, t int) int { return m.start - t })
	d.sents[si] = slices.Insert(ms, i, m)
}

// actorType reports whether t is the type of a person, an organisation or
// a place.
func actorType(t schema.EntityType) bool {
	switch t {
	case schema.Person, schema.Organization, schema.GPE, schema.Location:
		return true
	}
	return false
}

// unclaimed gives an actor a mention of each capitalised noun outside any
// resolved mention that is written as one of the actor's names used at
// least twice elsewhere in the document: a guide's title ("Coron", "Tulsa") and its
// first sentence come before the text establishes the name.
//
// With headlines set, only headlines get mentions: the call before the
// extractions are read, so that a headline's short names ("Wawrinka
// defeats Djokovic") join its facts.
func (d *docState) unclaimed(sents []nlp.Sentence, headlines bool) {
	if headlines && !slices.ContainsFunc(sents, func(s nlp.Sentence) bool { return isHeadline(s) }) && (len(sents) == 0 || !untitled(sents[0])) {
		return // no title to read: the names below would go unasked
	}
	// The map is sized once for every mention, rather than grown: most
	// documents name dozens of actors.
	n := 0
	for _, ms := range d.sents {
		n += len(ms)
	}
	named := make(map[string]nameUse, n)
	for si, ms := range d.sents {
		for _, m := range ms {
			if m.ent == nil || m.adj || m.kind != mName && m.kind != mSingle || !actorType(m.ent.typ) {
				continue
			}
			var keyArr [4]string // on the stack: most mentions have one key
			keys := append(keyArr[:0], joinText(sents[si].Tokens[m.start:m.end]))
			if m.kind == mName && m.ent.typ == schema.Person && m.end-m.start >= 2 && m.ent.gaz == nil {
				// "Stan Wawrinka" is also a use of "Wawrinka", the short
				// name a headline gives him.
				keys = append(keys, sents[si].Tokens[m.end-1].Text)
			}
			if headlines && strings.Contains(m.ent.name, " ") && m.ent.name != keys[0] {
				keys = append(keys, m.ent.name) // "House of Representatives" for "the United States House of Representatives"
			}
			if headlines {
				// afterState makes strings: asked only where a headline reads them.
				if rest := d.r.g.afterState(m.ent.name); strings.Contains(rest, " ") {
					keys = append(keys, rest) // "House of Representatives" in "US House of Representatives impeaches ..."
				}
			}
			for _, k := range keys {
				u, ok := named[k]
				if !ok {
					u.e = m.ent
				} else if u.e != m.ent {
					u.e = nil
				}
				u.uses++
				named[k] = u
			}
		}
	}
	for si, s := range sents {
		title := si == 0 && (isHeadline(s) || untitled(s)) || si > 0 && isHeadline(s)
		if headlines && title {
			// A title in sentence case ("Scottish court finds suspension
			// unlawful") is the document's first line without a full stop;
			// a headline further on is a caption or a section's title
			// ("John FitzGibbon, 2nd Earl of Clare" under a portrait).
			d.headlineNames(si, s, named)
		}
		if headlines && !title {
			continue // "Caloundra defeat Wynnum in fourth round of 2020 season": a title in sentence case too
		}
		ms := d.sents[si]
		for ti, t := range s.Tokens {
			if !strings.HasPrefix(t.Tag, "NN") || !isCap(t.Text) {
				continue // tested first: most words are no capitalised noun, and the look-up costs more
			}
			u := named[t.Text]
			if u.e == nil || u.uses < 2 {
				continue
			}
			e := u.e
			i := slices.IndexFunc(ms, func(m *mention) bool { return m.start <= ti && m.end > ti })
			switch {
			case i < 0:
				start := ti
				if f := strings.Fields(e.name); e.typ == schema.Person && len(f) > 1 && ti+1 >= len(f) && joinText(s.Tokens[ti+1-len(f):ti+1]) == e.name &&
					!slices.ContainsFunc(ms, func(m *mention) bool { return m.start <= ti && m.end > ti+1-len(f) }) {
					start = ti + 1 - len(f) // "Former President of Norway Tom Wu dies": the full name
				}
				d.insert(si, &mention{kind: mSingle, start: start, end: ti + 1, surface: joinText(s.Tokens[start : ti+1]), ent: e, conf: 0.7})
			case ms[i].ent == nil && ms[i].kind == mSingle && ms[i].end == ti+1:
				ms[i].ent = e // a word the recogniser did not type
			default:
				continue
			}
			e.mentions[si] = true
		}
	}
}

// A nameUse is the actor that a name written in the text names, nil when
// it names several, and how many mentions write it.
type nameUse struct {
	e    *docEntity
	uses int
}

// headlineNames gives a body's actor a mention of each run of headline
// words, outside any mention, that spells one of its names of two words
// or more, the longest first ("US House of Representatives impeaches
// President Wu" after "the United States House of Representatives voted
// ..."): headlines are read for gazetteer names only, and a name of
// several capitalised words that the body gives one actor names it
// there too. named maps each name to its use: its actor, nil when it names
// several.
func (d *docState) headlineNames(si int, s nlp.Sentence, named map[string]nameUse) {
	toks := s.Tokens
	// The names of two words or more, counted once, not at each token.
	type name struct {
		k     string
		e     *docEntity
		words int
	}
	var names []name
	for k, u := range named {
		e := u.e
		if e == nil {
			continue
		}
		if f := wordCount(k); f >= 2 {
			names = append(names, name{k, e, f})
		}
	}
	for ti := 0; ti < len(toks); ti++ {
		best, n := (*docEntity)(nil), 0
		for _, c := range names {
			// Two names that spell the same words are the same key, so
			// the order of names does not matter.
			if c.words <= n || ti+c.words > len(toks) || !textIs(toks[ti:ti+c.words], c.k) {
				continue
			}
			best, n = c.e, c.words
		}
		if best == nil || slices.ContainsFunc(d.sents[si], func(m *mention) bool {
			return m.start < ti+n && m.end > ti && (m.start < ti || m.end > ti+n || m.ent == best)
		}) {
			continue
		}
		// "Bergen" read alone in "Bergen Football Club" gives way.
		d.sents[si] = slices.DeleteFunc(d.sents[si], func(m *mention) bool { return m.start >= ti && m.end <= ti+n })
		d.insert(si, &mention{kind: mSingle, start: ti, end: ti + n, surface: joinText(toks[ti : ti+n]), ent: best, conf: 0.7})
		best.mentions[si] = true
		ti += n - 1
	}
	for ti := 0; ti+1 < len(toks); ti++ {
		// "Scottish court finds suspension unlawful": a state's adjective
		// and a noun opening the headline's phrase describe the one body
		// of the report that fits ([docState.nationalDesc] in the body).
		if ti > 0 && toks[ti-1].Tag != "IN" && toks[ti-1].Tag != "," && toks[ti-1].Tag != ":" {
			continue
		}
		m := d.nationalDesc(s, d.sents[si], ti, false)
		if m == nil {
			continue
		}
		var fits []*docEntity
		for _, e := range d.ents {
			if e.typ == schema.Organization && describes(m.head, e) && !d.otherState(e, m.country.name) {
				fits = append(fits, e)
			}
		}
		if len(fits) != 1 {
			continue
		}
		m.ent, m.conf = fits[0], 0.7
		d.insert(si, m)
		fits[0].mentions[si] = true
		d.nationalFact(si, s, m)
	}
	d.headlineOffices(si, s)
}

// headlineOffices reads a headline's office without its holder's name, a
// title, "of" and a place or body ("Arrest made as mayor of Bergen
// stabbed on stage"), as the one person the report's facts give that
// office's relation to the place or body ("Tom Wu, the mayor of Bergen,
// ..."): the headline states it too.
func (d *docState) headlineOffices(si int, s nlp.Sentence) {
	toks := s.Tokens
	for k := 0; k+2 < len(toks); k++ {
		t := d.r.g.titles[normKey(toks[k].Text)]
		if t == nil || toks[k+1].Lower() != "of" || k > 0 && (isCap(toks[k-1].Text) || strings.HasPrefix(toks[k-1].Tag, "NN") || toks[k-1].Tag == "DT") {
			continue
		}
		if slices.ContainsFunc(d.sents[si], func(m *mention) bool {
			return m.start <= k && m.end > k && (m.end > k+1 || m.ent != nil) // a title's own mention gives way
		}) {
			continue
		}
		var bm *mention
		if at := coveringAt(d.sents[si], k+2); at >= 0 {
			bm = d.sents[si][at]
		} else if e := d.byKey[normKey(toks[k+2].Text)]; e != nil {
			// "Mayor of Halden": a name the body gives a place or body,
			// read in the headline after the office's "of".
			bm = &mention{kind: mSingle, start: k + 2, end: k + 3, surface: toks[k+2].Text, ent: e, conf: 0.7}
		}
		if bm == nil || bm.start != k+2 || bm.ent == nil || !actorType(bm.ent.typ) || bm.ent.typ == schema.Person {
			continue
		}
		body := bm.ent
		holder, lemma := d.soleHolder(body, t)
		if holder == nil {
			continue
		}
		if !slices.Contains(d.sents[si], bm) {
			d.insert(si, bm)
			body.mentions[si] = true
		}
		m := &mention{kind: mDesc, start: k, end: k + 1, surface: toks[k].Text, head: toks[k].Lower(), ent: holder, conf: 0.7}
		d.sents[si] = slices.DeleteFunc(d.sents[si], func(o *mention) bool { return o.start == k && o.end == k+1 })
		d.insert(si, m)
		holder.mentions[si] = true
		d.derive(si, argOf(s, m), joinText(toks[k:bm.end]), lemma, holder, body, "", roleConf)
	}
}

// soleHolder returns the one person whom the document's facts give the
// relation of title t (lead for a leader's title, work_for for another)
// to body, and that relation; nil if none or several.
func (d *docState) soleHolder(body *docEntity, t *title) (*docEntity, string) {
	lemma := schema.WorkFor
	if t.lead {
		lemma = schema.Lead
	}
	var holders []*docEntity
	for _, f := range d.facts {
		if f.obj == body && f.subj != nil && f.subj.typ == schema.Person && f.Lemma == lemma && !slices.Contains(holders, f.subj) {
			holders = append(holders, f.subj)
		}
	}
	if len(holders) > 1 && !seeHeads[strings.ToLower(t.name)] {
		// "the Archbishop of Gdansk, Tom Wu," and "Ann Lee, the mayor of
		// Gdansk,": the see's head holds no office of the town's.
		holders = slices.DeleteFunc(holders, func(e *docEntity) bool {
			for w := range seeHeads {
				if e.desc[w] {
					return true
				}
			}
			return false
		})
	}
	if len(holders) > 1 {
		// "Ann Lee replaces Tom Wu, who was appointed chief executive in
		// 2009": the one replaced holds the office no longer.
		all := slices.Clone(holders)
		holders = slices.DeleteFunc(holders, func(e *docEntity) bool {
			return slices.ContainsFunc(d.facts, func(f *docFact) bool {
				return successionVerbs[f.Lemma] && !f.Negated && f.obj == e && f.subj != e && slices.Contains(all, f.subj)
			})
		})
	}
	if len(holders) != 1 {
		return nil, lemma
	}
	return holders[0], lemma
}

// personHead reports whether a noun names a person: an agent noun ("the
// founder", "the recipient", "the pianist", "the historian") or a word of
// kin or sex ("the eldest son", "the first woman").
func personHead(w string) bool {
	w = strings.ToLower(w)
	if kinHeads[w] {
		return true
	}
	if thingHeads[w] || strings.HasSuffix(w, "ment") {
		return false // "the interior", "the government"
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ent", "ant"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// kinHeads are nouns of kin and sex that name a person.
var kinHeads = map[string]bool{
	"son": true, "daughter": true, "wife": true, "husband": true, "father": true, "mother": true, "brother": true,
	"sister": true, "child": true, "man": true, "woman": true, "heir": true, "widow": true, "grandson": true,
	"granddaughter": true, "nephew": true, "niece": true, "uncle": true, "aunt": true, "cousin": true,
}

// thingHeads are nouns with an agent noun's ending that name no person.
var thingHeads = map[string]bool{
	"interior": true, "exterior": true, "error": true, "floor": true, "door": true, "corridor": true, "color": true,
	"colour": true, "mirror": true, "number": true, "center": true, "centre": true, "water": true, "order": true,
	"border": true, "paper": true, "letter": true, "matter": true, "chapter": true, "winter": true, "summer": true,
	"quarter": true, "character": true, "sector": true, "factor": true, "event": true, "percent": true,
	"content": true, "restaurant": true, "plant": true, "river": true, "tower": true, "theater": true,
	"theatre": true, "cover": true, "power": true, "answer": true, "manner": true, "major": true,
}

// bodyHeads are the head nouns of a definite predicate or apposition of a
// place or organisation ("Basel, the third city of Switzerland,").
var bodyHeads = map[string]bool{
	"city": true, "town": true, "capital": true, "country": true, "state": true, "island": true, "region": true,
	"village": true, "nation": true, "province": true, "county": true, "company": true, "organization": true,
	"organisation": true, "party": true, "group": true, "team": true, "agency": true, "firm": true,
	"university": true, "club": true, "band": true, "body": true, "union": true, "alliance": true,
}
