package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// distributiveAffiliation: "Tom Wu from the Harbor Party and
// Ann Lee of the Green Party, both counted as part of the
// reform bloc", "Ann Lee and Tom Wu, both members of the Green
// Party", "Norway and Sweden, both members of NATO": "both" (two) or
// "all" (two or more) after a list of people, or of states or
// organisations, then a few lower-case words ending in in, of or from and an
// organisation, give each listed person the organisation's affiliation;
// "both from" a state gives each a home there ("Ann Lee and Tom Wu, both
// from Norway,").
func (d *docState) distributiveAffiliation(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i := 1; i+2 < len(toks); i++ {
		q := toks[i].Lower()
		if toks[i-1].Text != "," {
			continue
		}
		if q != "both" && q != "all" {
			if plural := pluralRoleAt(toks, i); plural > i {
				d.pluralApposition(si, s, ms, i, plural)
			}
			continue
		}
		var org *mention
		for _, m := range ms {
			if m.start > i && named(m) && m.ent != nil && m.ent.typ == schema.Organization && !m.adj {
				org = m
				break
			}
		}
		if state := stateFrom(toks, ms, i+1); state != nil && (org == nil || org.start > state.start) {
			d.distribute(si, s, ms, i, q, state, schema.From)
			continue
		}
		if place := inPlaceAt(toks, ms, i+1); place != nil {
			// "Halvik University and Velby College, both in Norway,":
			// bodies listed are each in the place.
			bodies := listedMembers(toks, ms, i-1)
			if bodies == nil {
				// "researchers from Halvik University and Velby College,
				// both in Norway,": the list opens after a preposition.
				bodies = bodiesAfterPreposition(toks, ms, i-1)
			}
			if !slices.ContainsFunc(bodies, func(m *mention) bool { return m.ent.typ != schema.Organization }) {
				d.distributeTo(si, s, bodies, i, q, place, schema.LocateIn)
			}
			continue
		}
		if org == nil || org.start-i > 8 {
			continue
		}
		lemma, ok := affiliationPath(toks[i+1 : org.start])
		if !ok && org.start == i+1 && org.ent.desc["party"] && (org.end == len(toks) || toks[org.end].Text != "and" && toks[org.end].Text != "or") {
			// "Ann Lee, Tom Wu and Ola Berg, all Republicans": the
			// party's noun alone names what each is.
			lemma, ok = schema.MemberOf, true
		}
		if !ok {
			continue
		}
		if lemma == "" {
			lemma = affiliation(org.ent)
			if p := org.start - 1; lemma == schema.MemberOf && academic(org.ent) && toks[p].Lower() != "from" && (toks[p].Lower() != "the" || toks[p-1].Lower() != "from") {
				lemma = schema.WorkFor // "both of Halvik University": its staff, as "Tom Wu of Halvik University" is
			}
		}
		d.distribute(si, s, ms, i, q, org, lemma)
	}
}

// pluralRoleAt returns the token of "at", "of" or "for" after a plural
// role noun that opens an apposition at token k ("professors at",
// "senior researchers at", "members of", "spokesmen for"), or -1.
func pluralRoleAt(toks []nlp.Token, k int) int {
	for j := k; j < len(toks)-1 && j < k+3; j++ {
		t := toks[j]
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "NNS" && t.Tag != "NN" {
			return -1
		}
		if t.Tag != "NNS" {
			continue
		}
		if p := toks[j+1].Lower(); (p == "at" || p == "of" || p == "for") && roleNoun(singularNoun(t.Lower())) {
			return j + 1
		}
		return -1
	}
	return -1
}

// pluralApposition: "Ann Lee and Tom Wu, professors at Halvik
// University,", "Norway and Sweden, members of NATO,": a plural role noun
// in apposition to a list gives each member the role at the organisation
// named right after its preposition, as "both" does ([distributiveAffiliation]).
func (d *docState) pluralApposition(si int, s nlp.Sentence, ms []*mention, i, prep int) {
	toks := s.Tokens
	k := prep + 1
	if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	var org *mention
	for _, m := range ms {
		if m.start == k && named(m) && m.ent != nil && m.ent.typ == schema.Organization && !m.adj && !m.possessive {
			org = m
		}
	}
	if org == nil {
		return
	}
	var nouns []string
	for _, t := range toks[i:prep] {
		if strings.HasPrefix(t.Tag, "NN") {
			nouns = append(nouns, singularNoun(t.Lower()))
		}
	}
	lemma := appositionLemma(nouns)
	if lemma == "" {
		return
	}
	d.distributeTo(si, s, listedMembers(toks, ms, i-1), i, "", org, lemma)
}

// distribute gives each member of the list that ends before the comma at
// token i-1, before quantifier q ("both", "all") at token i, the relation
// lemma to the actor of mention to.
func (d *docState) distribute(si int, s nlp.Sentence, ms []*mention, i int, q string, to *mention, lemma string) {
	d.distributeTo(si, s, listedMembers(s.Tokens, ms, i-1), i, q, to, lemma)
}

// distributeTo gives each of people, the members of the list before
// quantifier q at token i, the relation lemma to the actor of mention to.
func (d *docState) distributeTo(si int, s nlp.Sentence, people []*mention, i int, q string, to *mention, lemma string) {
	if len(people) < 2 || q == "both" && len(people) != 2 {
		return
	}
	for _, p := range people {
		if p.ent != to.ent {
			d.derive(si, argOf(s, p), joinText(s.Tokens[i:to.start]), lemma, p.ent, to.ent, "", roleConf)
		}
	}
}

// bodiesAfterPreposition returns the named organisations of the list that
// ends at token end (exclusive) and opens right after a preposition:
// names, "and", commas, "the" and a short name in brackets ("from the
// Halvik Institute of Science (HIS) and Velby College"). It returns nil
// when a name of the list is no organisation or another word comes first.
func bodiesAfterPreposition(toks []nlp.Token, ms []*mention, end int) []*mention {
	start := end
	for ; start > 0; start-- {
		k := start - 1
		if c := coveringAt(ms, k); c >= 0 {
			start = ms[c].start + 1
			continue
		}
		t := toks[k]
		if t.Text == "and" || t.Text == "," || t.Lower() == "the" || t.Text == "(" || t.Text == ")" ||
			isCap(t.Text) && k > 0 && toks[k-1].Text == "(" && k+1 < len(toks) && toks[k+1].Text == ")" {
			continue
		}
		if t.Tag != "IN" {
			return nil
		}
		break
	}
	var out []*mention
	for _, m := range ms {
		if m.start >= start && m.end <= end && named(m) && m.ent != nil {
			if m.ent.typ != schema.Organization || m.possessive || m.adj {
				return nil
			}
			if !slices.ContainsFunc(out, func(o *mention) bool { return o.ent == m.ent }) {
				out = append(out, m)
			}
		}
	}
	return out
}

// stateFrom returns the mention of a state named right after "from" or
// "of" (and an optional "the") at token k: "Ann Lee and Tom Wu, both from
// Norway," and "both of Velby" are each from the place. It returns nil
// otherwise.
func stateFrom(toks []nlp.Token, ms []*mention, k int) *mention {
	if k >= len(toks) || toks[k].Lower() != "from" && toks[k].Lower() != "of" {
		return nil
	}
	return placeNamedAt(toks, ms, k+1)
}

// inPlaceAt returns the mention of a place named right after "in" (and an
// optional "the") at token k, or nil.
func inPlaceAt(toks []nlp.Token, ms []*mention, k int) *mention {
	if k >= len(toks) || toks[k].Lower() != "in" {
		return nil
	}
	return placeNamedAt(toks, ms, k+1)
}

// placeNamedAt returns the mention of a state or town, no adjective or
// possessive, that starts at token k after an optional "the", or nil.
func placeNamedAt(toks []nlp.Token, ms []*mention, k int) *mention {
	if k < len(toks) && toks[k].Lower() == "the" {
		k++
	}
	for _, m := range ms {
		if m.start == k && named(m) && m.ent != nil && m.ent.typ == schema.GPE && !m.adj && !m.possessive {
			return m
		}
	}
	return nil
}

// affiliationPath reports whether words lead from "both" to an
// organisation as its members: lower-case words that end in in, of or
// from ("considered to be in the", "members of the"), and returns the
// relation that their role nouns give ("" when they have none). A noun
// of no role ("critics of") leads nowhere.
func affiliationPath(toks []nlp.Token) (string, bool) {
	if len(toks) > 0 && strings.EqualFold(toks[len(toks)-1].Text, "the") {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return "", false
	}
	var nouns []string
	for _, t := range toks {
		if isCap(t.Text) || t.Text == "," || t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" {
			return "", false
		}
		if strings.HasPrefix(t.Tag, "NN") {
			nouns = append(nouns, strings.TrimSuffix(t.Lower(), "s"))
		}
	}
	switch strings.ToLower(toks[len(toks)-1].Text) {
	case "in", "of", "from":
	default:
		return "", false
	}
	if len(nouns) == 0 {
		return "", true
	}
	lemma := appositionLemma(nouns)
	return lemma, lemma != ""
}

// listedMembers returns the named people of the list that ends at token
// end (exclusive): the people after the last verb or semicolon before it,
// each with at most an of- or from-phrase of its own ("Tom Wu from
// the Harbor Party and Ann Lee of the Green Party"); when it names
// no person and no member has such a phrase, its states and organisations
// ("Norway and Sweden"). A preposition may open the list ("by", "to");
// any other word between them ends it.
func listedMembers(toks []nlp.Token, ms []*mention, end int) []*mention {
	covered := func(i int) bool {
		for _, m := range ms {
			if m.start <= i && i < m.end {
				return true
			}
		}
		return false
	}
	start := 0
	for i := end - 1; i >= 0; i-- {
		if !covered(i) && (strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Text == ";" || toks[i].Text == ":") {
			start = i + 1
			break
		}
	}
	if start < end && (toks[start].Tag == "IN" || toks[start].Tag == "TO") && !covered(start) {
		start++ // "was signed by Norway and Iceland, both members of", "went to Ann Lee and Tom Wu, both from"
	}
	var out, bodies []*mention
	phrase := false // a member has an of- or from-phrase of its own
	for i := start; i < end; i++ {
		if covered(i) {
			continue
		}
		switch toks[i].Lower() {
		case "of", "from":
			phrase = true
		case "and", ",", "the":
		default:
			if toks[i].Tag == "CD" && i > start && toks[i-1].Text == "," {
				continue // "Tom Wu, 42, and Ann Lee, 36,": ages
			}
			if i == start && pluralTitled(ms, i+1) {
				continue // "Senators Ann Lee of Ohio and Tom Wu of Utah"
			}
			return nil
		}
	}
	for _, m := range ms {
		if m.start >= start && m.end <= end && named(m) && m.ent != nil {
			switch m.ent.typ {
			case schema.Person:
				out = append(out, m)
			case schema.Organization, schema.GPE:
				if phrase && m.start > start && (toks[m.start-1].Lower() == "of" || toks[m.start-1].Lower() == "from") {
					continue // "Ann Lee of Ohio": the member's own phrase
				}
				bodies = append(bodies, m)
			default:
				return nil
			}
		}
	}
	if len(out) == 0 && !phrase {
		return bodies // "Norway and Sweden, both members of NATO"
	}
	for _, m := range bodies {
		if m.ent.typ != schema.Organization {
			return nil
		}
	}
	return out
}

// appositionChain: "Professor Ann Lee, Director of the Norden
// Soil Survey, and Chair of the Halvik Institute for
// Coastal Erosion Research, says": the second and later
// parts of a person's apposition, each in commas, each role nouns and of,
// at or for an organisation that ends the part, give their roles as the
// first part does ([personAppositionOfOrg]). A finite verb ends the
// apposition, and a part that opens with a person's name ends the chain:
// the commas list people ("Tom Wu, Ann Lee of Globex, Bo Kim of Initech").
func (d *docState) appositionChain(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, p := range ms {
		if !named(p) || p.ent == nil || p.ent.typ != schema.Person || p.end >= len(toks) || toks[p.end].Text != "," {
			continue
		}
		from := p.end + 1
		for part := 0; part < 4 && from < len(toks); part++ {
			to := from
			for to < len(toks) && toks[to].Text != "," && toks[to].Text != "." {
				if t := toks[to].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
					return
				}
				to++
			}
			if personStarts(toks, ms, from) {
				// "Ann Lee, Tom Wu of Globex, Bo Kim of Initech", "Tom
				// Wu, and Ann Lee, Governor of the Bank of Norland,":
				// each part is a person of its own; a list, no
				// apposition.
				break
			}
			if part > 0 {
				d.appositionPart(si, s, ms, p, from, to)
			}
			from = to + 1
		}
	}
}

// personStarts reports whether a named person's mention of ms starts at
// token k, or after "and" there.
func personStarts(toks []nlp.Token, ms []*mention, k int) bool {
	if k < len(toks) && strings.EqualFold(toks[k].Text, "and") {
		k++
	}
	for _, m := range ms {
		if m.start == k && named(m) && m.ent != nil && m.ent.typ == schema.Person && !m.possessive { // "Ann Lee, Tom Wu's aide," describes her
			return true
		}
	}
	return false
}

// appositionPart adds the role that the apposition part toks[from:to]
// ("and Chairman of the Australian Centre") gives person p in the
// organisation that ends it.
func (d *docState) appositionPart(si int, s nlp.Sentence, ms []*mention, p *mention, from, to int) {
	toks := s.Tokens
	if from < to && strings.EqualFold(toks[from].Text, "and") {
		from++
	}
	for _, o := range ms {
		if o.end != to || o.start <= from || !named(o) || o.ent == nil || o.ent.typ != schema.Organization || o.adj {
			continue
		}
		k := o.start
		if strings.EqualFold(toks[k-1].Text, "the") {
			k--
		}
		if k-1 <= from {
			return
		}
		switch toks[k-1].Lower() {
		case "of", "at", "for":
		default:
			return
		}
		for _, t := range toks[from : k-1] {
			if !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
				return
			}
		}
		if r := appositionLemma(lowerWords(toks[from : k-1])); r != "" {
			d.derive(si, argOf(s, p), joinText(toks[from:to]), r, p.ent, o.ent, "", roleConf)
		}
		return
	}
}

// pluralTitled reports whether a person of ms whose title is written in
// the plural before the name ("Senators Ann Lee and Tom Wu", [sharedTitles])
// starts at token k.
func pluralTitled(ms []*mention, k int) bool {
	for _, m := range ms {
		if m.start == k && len(m.titles) > 0 && m.titles[len(m.titles)-1].plural {
			return true
		}
	}
	return false
}

// peopleStateAt returns the state of a people's plural noun that ends at
// token end-1 of toks, read with the capitalised words before it from
// token start-1 on when the gazetteer knows the longer adjective: "American
// Samoans" are from American Samoa, not Samoa. It falls back to the state of
// name, the people's entity's name.
func (r *Resolver) peopleStateAt(toks []nlp.Token, start, end int, name string) string {
	for k := max(start-1, 0); k < end-1; k++ {
		if !isCap(toks[k].Text) {
			continue
		}
		if st := r.peopleState(joinText(toks[k:end])); st != "" {
			return st
		}
	}
	return r.peopleState(name)
}

// apposedMembers: "Three Norwegians, Ann Lee, Tom Wu and Bo Kim, sued the
// state": a people's mention ([docState.people]) with a coordination of
// named people in apposition right after it, up to a comma or the
// sentence's end, stands for them: the mention is made one of their
// group ([docState.coordination]), so that what the people do is each
// member's ([distribute]), and when the people is a nationality
// ([docState.nationalPlural]) each member is from its state.
func (d *docState) apposedMembers(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if m.kind != mGroup || m.possessive || !d.people(m.ent) || m.ent.members != nil || m.end+1 >= len(toks) || toks[m.end].Text != "," {
			continue
		}
		g, start, end := d.coordination(si, len(toks))
		for g != nil && start > m.end+1 {
			g, start, end = d.coordination(si, start)
		}
		if g == nil || start != m.end+1 || end < len(toks) && !closesApposition(toks[end].Text) {
			continue
		}
		var state *docEntity
		if d.nationalPlural(m.ent) {
			state = d.partEntity(d.r.peopleStateAt(toks, m.start, m.end, m.ent.name))
		}
		m.ent = g
		g.mentions[si] = true
		for _, p := range ms {
			if state != nil && p.start >= start && p.end <= end && slices.Contains(g.members, p.ent) && named(p) {
				d.derive(si, argOf(s, p), joinText(toks[m.start:m.end]), schema.From, p.ent, state, "", roleConf)
			}
		}
	}
}
