package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// distributiveAffiliation: "Hui Chi-fung from the Democratic Party and
// Tanya Chan of the Civic Party, both considered to be in the
// pan-democracy camp", "Ann Lee and Tom Wu, both members of the Green
// Party": "both" (two people) or "all" (two or more) after a list of
// people, then a few lower-case words ending in in, of or from and an
// organisation, give each listed person the organisation's affiliation.
func (d *docState) distributiveAffiliation(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i := 1; i+2 < len(toks); i++ {
		q := strings.ToLower(toks[i].Text)
		if toks[i-1].Text != "," || q != "both" && q != "all" {
			continue
		}
		var org *mention
		for _, m := range ms {
			if m.start > i && named(m) && m.ent != nil && m.ent.typ == schema.Organization && !m.adj {
				org = m
				break
			}
		}
		if org == nil || org.start-i > 8 {
			continue
		}
		lemma, ok := affiliationPath(toks[i+1 : org.start])
		if !ok {
			continue
		}
		if lemma == "" {
			lemma = affiliation(org.ent)
		}
		people := listedPeople(toks, ms, i-1)
		if len(people) < 2 || q == "both" && len(people) != 2 {
			continue
		}
		for _, p := range people {
			d.derive(si, argOf(s, p), joinText(toks[i:org.start]), lemma, p.ent, org.ent, "", roleConf)
		}
	}
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
			nouns = append(nouns, strings.TrimSuffix(strings.ToLower(t.Text), "s"))
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

// listedPeople returns the named people of the list that ends at token
// end (exclusive): the people after the last verb or semicolon before it,
// each with at most an of- or from-phrase of its own ("Hui Chi-fung from
// the Democratic Party and Tanya Chan of the Civic Party"). Any other
// word between them ends the list.
func listedPeople(toks []nlp.Token, ms []*mention, end int) []*mention {
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
	var out []*mention
	for i := start; i < end; i++ {
		if covered(i) {
			continue
		}
		switch strings.ToLower(toks[i].Text) {
		case "and", ",", "of", "from", "the":
		default:
			return nil
		}
	}
	for _, m := range ms {
		if m.start >= start && m.end <= end && named(m) && m.ent != nil {
			switch {
			case m.ent.typ == schema.Person:
				out = append(out, m)
			case m.ent.typ != schema.Organization:
				return nil
			}
		}
	}
	return out
}
