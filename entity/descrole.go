package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// describedRoles adds the role a person holds in an organisation that a
// description noun before the role names: "team member Rodaba Noori"
// (the team named before), "company spokesman Tom Wu", "government
// spokeswoman Ann Lee", "city mayor Hau Lung-bin". The noun names the
// latest organisation, or for a place noun the latest place, it describes
// ([docState.described]); role nouns between it and the name give the
// relation ([appositionLemma]).
func (d *docState) describedRoles(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i, t := range toks {
		w := t.Text
		if isWordFold(w, "federal") && (w == "federal" || i == 0 || toks[i-1].Lower() == "former") {
			d.federalStaff(si, s, ms, i)
			continue
		}
		if i == 0 && firstBodyNouns[w] && coveringAt(ms, i) < 0 {
			w = strings.ToLower(w) // "Company spokesman Tom Wu said": a capital for being first
		}
		if isCap(w) || !strings.HasPrefix(t.Tag, "NN") {
			continue
		}
		place := placeDescs.at(w) != 0
		if !d.r.descNouns[w] && w != "team" && !place {
			continue
		}
		b, lemma := roleBefore(s, ms, i)
		if b == nil {
			b, lemma = andRoleBefore(s, ms, i)
		}
		phrase, modifier := "", ""
		if b != nil {
			phrase = joinText(toks[i:b.start])
		} else if b, lemma, phrase = apposedRole(s, ms, i); b == nil {
			continue
		} else if m := toks[i-1]; m.Tag == "NN" && !isCap(m.Text) {
			modifier = m.Lower() // "Tom Wu, a fire service spokesman,"
		}
		if place && slices.ContainsFunc(ms, func(m *mention) bool {
			return m.start > i && m.end <= b.start && m.ent != nil && m.ent.typ == schema.Organization
		}) {
			continue // "state GOP chair Dave Williams": the party's chair, not the state's
		}
		if org := d.describedAt(si, ms, i); org != nil && (org.typ == schema.Organization || place && org.typ == schema.GPE) && !otherForce(toks, i, org) &&
			(modifier == "" || slices.Contains(strings.Fields(strings.ToLower(org.name)), modifier)) {
			// The noun before the body's noun is a word of its name: a
			// fire service is the Halvik Fire Brigade, no Secret Service.
			d.derive(si, argOf(s, b), phrase, lemma, b.ent, org, "", roleConf)
		}
	}
}

// andRoleBefore returns the named person whose first of two roles joined
// by "and" the description noun i names, and the relation that role
// gives: "opposition leader and National Assembly leader Tom Wu", "party
// chairman and former prime minister Ann Lee". Lower-case role nouns
// follow the noun, then "and", then the second role (lower-case words, or
// a body's name and its role noun) right before the name; or nil.
func andRoleBefore(s nlp.Sentence, ms []*mention, i int) (*mention, string) {
	toks := s.Tokens
	and := -1
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if toks[j].Text == "and" {
			and = j
			break
		}
		if isCap(toks[j].Text) || toks[j].Tag != "NN" {
			return nil, ""
		}
	}
	if and < i+2 {
		return nil, ""
	}
	lemma := appositionLemma(lowerWords(toks[i+1 : and]))
	if lemma == "" {
		return nil, ""
	}
	for _, b := range ms {
		if b.start <= and+1 || !named(b) || b.ent == nil {
			continue
		}
		at := namedTitleStart(b)
		if b.ent.typ != schema.Person || at > and+6 || at <= and || !roleNoun(toks[at-1].Lower()) && len(b.titles) == 0 {
			return nil, ""
		}
		for _, x := range toks[and+1 : at] {
			if !strings.HasPrefix(x.Tag, "NN") && !strings.HasPrefix(x.Tag, "JJ") {
				return nil, "" // "party leader and Tom Wu's rival Ann Lee"
			}
		}
		return b, lemma
	}
	return nil, ""
}

// apposedRole returns the named person that the description noun i
// describes in an apposition after the name ("Ann Lee, the party leader,",
// "Tom Wu, the company chairman.", "Tom Wu, a police spokesman,", "Ann
// Lee, a fire department spokeswoman,"): the name, a comma, "the" or "a"
// and at most one lower-case noun before the noun, lower-case role nouns
// after it up to a comma or the sentence's end. It returns the relation those nouns give ([appositionLemma]) and
// the apposition's words too, or nil.
func apposedRole(s nlp.Sentence, ms []*mention, i int) (*mention, string, string) {
	toks := s.Tokens
	k := i - 1
	if k > 0 && toks[k].Tag == "NN" && !isCap(toks[k].Text) {
		k-- // "Tom Wu, a fire department spokesman,"
	}
	if det := toks[max(k, 0)].Lower(); k < 2 || det != "the" && det != "a" && det != "an" || toks[k-1].Text != "," {
		return nil, "", ""
	}
	j := i + 1
	for j < len(toks) && !isCap(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NN") {
		j++
	}
	if j < len(toks) && j > i+1 && runnerNouns[toks[j-1].Lower()] && (toks[j].Text == "for" || toks[j].Text == "in") {
		// "Ann Lee, an opposition candidate for the presidential
		// election,": what a candidate runs for follows the role.
		return apposedPerson(ms, k, toks[j-1].Lower(), joinText(toks[k:j]))
	}
	if j == i+1 || j < len(toks) && toks[j].Text != "," && toks[j].Text != "." {
		return nil, "", ""
	}
	return apposedPerson(ms, k, strings.Join(lowerWords(toks[i+1:j]), " "), joinText(toks[k:j]))
}

// apposedPerson returns the named person whose name ends right before the
// comma before token k, the relation the role words give
// ([appositionLemma]), and phrase; or nil.
func apposedPerson(ms []*mention, k int, words, phrase string) (*mention, string, string) {
	lemma := appositionLemma(strings.Fields(words))
	if lemma == "" {
		return nil, "", ""
	}
	for _, b := range ms {
		if b.end == k-1 && named(b) && b.ent != nil && b.ent.typ == schema.Person && !b.possessive {
			return b, lemma, phrase
		}
	}
	return nil, "", ""
}

// federalStaff: "former federal prosecutor Ann Lee", "federal agent Tom
// Wu" in a report about the United States: "federal" (token i) before a
// state's staff noun ([stateStaffNouns]) and a person's name names the
// state the report is about, which the person works for.
//
// Only a federation has federal staff: when the state the report is most
// about is none ("federal prosecutor Ann Lee" in a report about a US
// president's call to Ukraine), the United States stands in when the report
// names it, as for a report that names no state.
func (d *docState) federalStaff(si int, s nlp.Sentence, ms []*mention, i int) {
	home := d.homeState()
	if home != nil && !federations[home.name] {
		home = nil
	}
	if us := d.byKey[normKey("United States")]; home == nil && us != nil && (len(us.mentions) > 0 || d.usReport()) {
		home = us // a report about Ohio that names the US or its Congress
	}
	if home == nil || !d.r.country(home) {
		return
	}
	b, lemma := roleBefore(s, ms, i)
	if b == nil || lemma != schema.WorkFor || b.ent == home || !stateStaffNouns[s.Tokens[b.start-1].Lower()] {
		return
	}
	d.derive(si, argOf(s, b), joinText(s.Tokens[i:b.start]), lemma, b.ent, home, "", roleConf)
}

// describedAt returns the actor that description noun i of sentence si
// (mentions ms) names: the latest one it describes ([docState.described]),
// or the entity of the description mention that spans it ("government
// spokesman"), or nil.
func (d *docState) describedAt(si int, ms []*mention, i int) *docEntity {
	w := d.input[si].Tokens[i].Text
	if i == 0 && firstBodyNouns[w] {
		w = strings.ToLower(w) // "Company spokesman Tom Wu"
	}
	switch k := coveringAt(ms, i); {
	case k < 0:
		return d.described(si, i, w)
	case ms[k].kind == mDesc && ms[k].head == w:
		return ms[k].ent
	}
	return nil
}

// roleBefore returns the named person within three tokens after token i
// whose role nouns (lower-case nouns between, or titles) give a relation,
// and that relation; or nil.
func roleBefore(s nlp.Sentence, ms []*mention, i int) (*mention, string) {
	toks := s.Tokens
	for _, b := range ms {
		if b.start <= i || b.start > i+5 || !named(b) || b.ent == nil || b.ent.typ != schema.Person {
			continue
		}
		if b.start > i+3 && !lowerRun(toks[i+1:b.start]) {
			// "the company's chief financial officer Tom Wu": a longer
			// role only in lower-case words after the possessive.
			return nil, ""
		}
		for _, x := range toks[i+1 : max(i+1, namedTitleStart(b))] {
			if x.Tag != "POS" && !strings.HasPrefix(x.Tag, "NN") && !strings.HasPrefix(x.Tag, "JJ") {
				// "the government asked Judge Tom Wu": a verb between
				// them; the noun describes no one of the title.
				return nil, ""
			}
		}
		var words []string
		for j := i + 1; j < b.start; j++ {
			x := toks[j]
			if isCap(x.Text) || !strings.HasPrefix(x.Tag, "NN") && (x.Tag != "JJ" || j == b.start-1) {
				words = nil
				break
			}
			words = append(words, x.Lower()) // "presidential candidate": a lower-case adjective grades the role noun
		}
		if toks[i+1].Tag == "POS" && lowerRun(toks[i+1:b.start]) {
			// "the party's deputy leader Ann Lee": the words written, of
			// which a title may be only the last ("leader").
			words = lowerWords(toks[i+2 : b.start])
		} else {
			for _, t := range b.titles {
				// "spokesman Tom Wu"; a title written among the words
				// already counts once: "commission head Tom Wu" is the
				// head, no "head head" of a trade.
				if tw := strings.Fields(strings.ToLower(t.name)); len(words) < len(tw) || !slices.Equal(words[len(words)-len(tw):], tw) {
					words = append(words, tw...)
				}
			}
		}
		if lemma := appositionLemma(words); lemma != "" {
			return b, lemma
		}
		if len(words) == 1 && founderNouns[words[0]] && words[0] != "creator" {
			return b, "found" // "company founder Tom Wu": the company's founder
		}
		return nil, ""
	}
	return nil, ""
}

// lowerRun reports whether toks are lower-case nouns and adjectives, after
// an optional possessive's "'s".
func lowerRun(toks []nlp.Token) bool {
	if len(toks) > 0 && toks[0].Tag == "POS" {
		toks = toks[1:]
	}
	for _, t := range toks {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return false
		}
	}
	return len(toks) > 0
}

// federations are the states, by canonical name, whose constitution makes
// them federal: only their staff are "federal" ([docState.federalStaff]).
var federations = map[string]bool{
	"United States": true, "Canada": true, "Australia": true, "Germany": true, "Austria": true,
	"Switzerland": true, "Belgium": true, "Russia": true, "India": true, "Pakistan": true, "Nepal": true,
	"Malaysia": true, "Brazil": true, "Mexico": true, "Argentina": true, "Venezuela": true, "Nigeria": true,
	"Ethiopia": true, "Somalia": true, "Sudan": true, "South Sudan": true, "Iraq": true,
	"United Arab Emirates": true, "Bosnia and Herzegovina": true, "Comoros": true, "Micronesia": true,
	"Saint Kitts and Nevis": true,
}
