package entity

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Confidences of the facts that names imply rather than state.
const (
	titleConf    = 0.6 // "President Volodymyr Zelensky" —title→ "President"
	roleConf     = 0.6 // —lead→ Ukraine, —member_of→ NATO
	fromConf     = 0.7 // "North Korean troops" —from→ North Korea
	partOfConf   = 0.7 // "Russian Foreign Ministry" —part_of→ Russia
	possessConf  = 0.7 // "Russia's Kursk region": Kursk —locate_in→ Russia
	gazConf      = 0.9 // capital_of, government_of, locate_in from the gazetteer
	placeArgConf = 0.5 // factor for locate_in read from a place argument
)

// mentionFacts adds the facts that the mention m of sentence si implies.
func (d *docState) mentionFacts(si int, s nlp.Sentence, m *mention) {
	e := m.ent
	if e == nil || m.kind == mPronoun || m.kind == mDesc || m.kind == mGroupRef {
		return
	}
	arg := argOf(s, m)
	if e.typ == schema.Person && e.country == nil && m.country != nil && m.country.ent != nil && m.country.ent.typ == schema.GPE {
		e.country = m.country.ent // from an appositive: "Kim Jong Bok, a North Korean general"
	}
	lead := false
	for _, t := range m.titles {
		if e.typ != schema.Person {
			break
		}
		d.derive(si, arg, "title", schema.HasTitle, e, nil, t.name, titleConf)
		lead = lead || t.lead
	}
	holder := m.org
	if holder == nil || holder.ent == nil {
		holder = m.country
	}
	if holder != nil && holder.ent != nil && holder.ent != e {
		switch {
		case e.typ == schema.Person && lead:
			d.derive(si, arg, holder.surface, schema.Lead, e, holder.ent, "", roleConf)
		case e.typ == schema.Person && len(m.titles) > 0:
			d.derive(si, arg, holder.surface, schema.MemberOf, e, holder.ent, "", roleConf)
		case e.typ == schema.Group && holder == m.country:
			d.derive(si, arg, holder.surface, schema.From, e, holder.ent, "", fromConf)
		case e.typ == schema.Group:
			d.derive(si, arg, holder.surface, schema.MemberOf, e, holder.ent, "", fromConf)
		case e.typ == schema.Organization:
			d.derive(si, arg, holder.surface, schema.PartOf, e, holder.ent, "", partOfConf)
		}
	}
	if m.in != nil && m.in.ent != nil && m.in.ent != e {
		d.derive(si, arg, "'s", schema.LocateIn, e, m.in.ent, "", possessConf)
	}
}

// gazetteerFacts adds capital_of, government_of, part_of and locate_in
// facts that the gazetteer knows, when both ends are in the document. Each
// is dated to the first sentence that mentions the subject.
func (d *docState) gazetteerFacts() {
	for _, e := range d.ents {
		g := e.gaz
		if g == nil {
			continue
		}
		links := []struct{ lemma, to string }{
			{schema.CapitalOf, g.capitalOf}, {schema.GovernmentOf, g.seatOf}, {schema.PartOf, g.of},
		}
		if g.capitalOf == "" {
			links = append(links, struct{ lemma, to string }{schema.LocateIn, g.in})
		}
		for _, l := range links {
			if l.to == "" {
				continue
			}
			o := d.byKey[normKey(l.to)]
			if o == nil || o == e {
				continue
			}
			arg := schema.Argument{Text: e.name}
			d.derive(e.first.sent, arg, l.lemma, l.lemma, e, o, "", gazConf)
		}
	}
}

// derive adds one implied fact, once per document.
func (d *docState) derive(si int, subj schema.Argument, phrase, lemma string, s, o *docEntity, literal string, conf float64) {
	okey := literal
	if o != nil {
		okey = "\x00" + o.name
	}
	key := [3]string{s.name, lemma, okey}
	if d.derived[key] {
		return
	}
	d.derived[key] = true
	f := &docFact{subj: s, obj: o, implied: true}
	f.Subject = subj
	f.Relation = phrase
	f.Lemma = lemma
	f.Confidence = conf
	f.Sentence = si
	if o != nil {
		f.Object = schema.Argument{Text: o.name}
	} else {
		f.Object = schema.Argument{Text: literal}
	}
	d.facts = append(d.facts, f)
}

// extraction adds the fact of extraction x of sentence si, and a locate_in
// fact for a place argument that names a place.
func (d *docState) extraction(si int, s nlp.Sentence, x schema.Extraction) {
	f := &docFact{}
	f.Extraction = x
	f.Extra = append([]schema.Argument(nil), x.Extra...)
	f.Lemma = schema.CanonicalRelation(x.Lemma)
	f.Sentence = si
	var sc, oc float64
	f.subj, sc, _ = d.argument(si, s, x.Subject)
	f.obj, oc, f.concept = d.argument(si, s, x.Object)
	if f.subj != nil {
		f.Confidence *= sc
	}
	if f.obj != nil {
		f.Confidence *= oc
	}
	if x.Attribution != "" {
		if e := d.lookup(x.Attribution); e != nil {
			f.Attribution = e.name
		}
	}
	if f.obj != nil && f.obj == f.subj {
		// No self-loops. A plain pronoun object that resolved to the
		// subject ("The ministry called them illegal") was resolved wrongly
		// (a non-reflexive pronoun never names its own subject) and a
		// pronoun is no object worth keeping as text: the fact is dropped.
		// Otherwise ("Russia defended itself", "the ministry said the
		// ministry ...") the object stays its literal text.
		if p := strings.ToLower(strings.TrimSpace(x.Object.Text)); pronouns[p] && !strings.HasSuffix(p, "self") && !strings.HasSuffix(p, "selves") {
			return
		}
		f.obj = nil
	}
	d.facts = append(d.facts, f)
	// Only people and groups are placed by a place argument: "North Korea
	// fired a missile into the Sea of Japan" does not put North Korea there.
	if f.subj == nil || (f.subj.typ != schema.Person && f.subj.typ != schema.Group) {
		return
	}
	for _, a := range x.Extra {
		w, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		lemma := ""
		switch {
		case w == "near" || strings.ToLower(a.Role) == "near":
			lemma = schema.LocateNear
		case w == "in" || w == "at" || w == "inside":
			lemma = schema.LocateIn
		default:
			continue
		}
		p, _, _ := d.argument(si, s, a)
		if p == nil || p == f.subj || (p.typ != schema.GPE && p.typ != schema.Location) {
			continue
		}
		d.derive(si, x.Subject, w, lemma, f.subj, p, "", x.Confidence*placeArgConf)
	}
}

// argument returns the entity an argument's head names, with the
// confidence of that resolution, or the concept key of a short common noun
// phrase. Dates, quantities and money stay literals. The head is what
// remains after leading determiners, before the first comma, preposition,
// verb or relative pronoun outside a name; after a possessive the head is
// what is possessed ("Russia's Kursk region" → Kursk; "Kim Jong Bok's
// arrival" → a literal).
func (d *docState) argument(si int, s nlp.Sentence, a schema.Argument) (*docEntity, float64, string) {
	if a.Text == "" || a.End <= a.Start || si >= len(d.sents) {
		return nil, 0, ""
	}
	ms := d.sents[si]
	toks := s.Tokens
	first, last := -1, -1
	for i, t := range toks {
		if t.Start >= a.Start && t.End <= a.End {
			if first < 0 {
				first = i
			}
			last = i + 1
		}
	}
	if first < 0 {
		return nil, 0, ""
	}
	covered := func(i int) *mention {
		var best *mention
		for _, m := range ms {
			if m.start <= i && i < m.end && !m.adj && (best == nil || m.end-m.start > best.end-best.start) {
				best = m
			}
		}
		return best
	}
	// A clause ("North Korea has dispatched 3,000 soldiers") is a
	// proposition, not an actor.
	for i := first; i < last; i++ {
		switch toks[i].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if covered(i) == nil {
				return nil, 0, ""
			}
		}
	}
	b := first
	for b < last && covered(b) == nil && isModifier(toks[b]) {
		b++
	}
	e := b
	for ; e < last; e++ {
		t := toks[e]
		if covered(e) != nil {
			continue
		}
		if t.Tag == "POS" && e+1 < last {
			b = e + 1
			continue
		}
		if isBoundary(t) && e > b {
			break
		}
	}
	if e <= b {
		return nil, 0, ""
	}
	if m := covered(e - 1); m != nil && m.ent != nil {
		return m.ent, m.conf, ""
	}
	var words []string
	for i := b; i < e; i++ {
		t := toks[i]
		if t.Tag == "CD" || t.Text == "$" || t.Text == "%" || !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") || isCap(t.Text) {
			return nil, 0, ""
		}
		words = append(words, strings.ToLower(t.Text))
	}
	if len(words) == 0 || len(words) > 3 || !strings.HasPrefix(toks[e-1].Tag, "NN") {
		return nil, 0, ""
	}
	return nil, 0, strings.Join(words, " ")
}

// isModifier reports whether t may lead a noun phrase without being its
// head: determiners, quantifiers and adverbs.
func isModifier(t nlp.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "RB", "``", "''", "(":
		return true
	}
	return false
}

// isBoundary reports whether t ends the head of a noun phrase.
func isBoundary(t nlp.Token) bool {
	switch t.Tag {
	case ",", ":", "(", ")", "IN", "TO", "CC", "WDT", "WP", "WRB", "MD", "``", "''", ".":
		return true
	}
	return strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG"
}

// lookup returns the entity whose name or alias is s, or the person with
// the word s in their name.
func (d *docState) lookup(s string) *docEntity {
	k := normKey(s)
	if e := d.byKey[k]; e != nil {
		return e
	}
	for _, e := range d.ents {
		for a := range e.aliases {
			if normKey(a) == k {
				return e
			}
		}
	}
	return d.recent(func(e *docEntity) bool { return e.typ == schema.Person && contains(e.tokens, nameWords(s)) })
}

// concepts turns the object noun phrases that recur in two or more facts
// of the document into Concept entities; other noun phrases stay literals.
// This keeps concept nodes few.
func (d *docState) concepts() {
	count := map[string]int{}
	for _, f := range d.facts {
		if f.concept != "" && f.obj == nil {
			count[f.concept]++
		}
	}
	for _, f := range d.facts {
		if f.concept == "" || f.obj != nil || count[f.concept] < 2 {
			continue
		}
		e := d.byKey[normKey(f.concept)]
		if e == nil {
			e = d.create(f.concept, &mention{typ: schema.Concept})
			e.first = pos{f.Sentence, 0}
		}
		e.mentions[f.Sentence] = true
		f.obj = e
	}
}

// output turns the document state into the Resolve results.
func (d *docState) output() ([]schema.Entity, []schema.Fact) {
	ents := make([]*docEntity, 0, len(d.ents))
	for _, e := range d.ents {
		if len(e.mentions) > 0 {
			ents = append(ents, e)
		}
	}
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].first.less(ents[j].first) })
	out := make([]schema.Entity, len(ents))
	for i, e := range ents {
		out[i] = schema.Entity{Name: e.name, Type: e.typ, Aliases: sortedKeys(e.aliases), Mentions: sortedInts(e.mentions)}
	}
	// A stable counting sort by sentence: facts are added sentence by
	// sentence, first those of names, then those of extractions.
	start := make([]int, len(d.sents)+2)
	for _, f := range d.facts {
		start[f.Sentence+2]++
	}
	for i := 2; i < len(start); i++ {
		start[i] += start[i-1]
	}
	facts := make([]schema.Fact, len(d.facts))
	for _, f := range d.facts {
		i := start[f.Sentence+1]
		start[f.Sentence+1]++
		facts[i] = f.Fact
		if f.subj != nil {
			facts[i].SubjectEntity = f.subj.name
		}
		if f.obj != nil && (f.subj == nil || f.obj.name != f.subj.name) {
			facts[i].ObjectEntity = f.obj.name
			if f.implied {
				facts[i].Object.Text = f.obj.name
			}
		}
	}
	return out, facts
}

// argOf returns the argument that spans mention m.
func argOf(s nlp.Sentence, m *mention) schema.Argument {
	a, b := s.Tokens[m.start].Start, s.Tokens[m.end-1].End
	return schema.Argument{Text: s.Text[a:b], Start: a, End: b}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedInts(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}
