package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// peoplePlurals makes a group of each guessed lone word that ends in "s"
// and whose singular the document also writes with a capital inside a
// sentence before a lower-case noun ("Neandertals" beside "a Neandertal
// child" and "Neandertal sites"; "Denisovans" beside "the Denisovan
// genome"), or that names the people of a known town
// ([Resolver.townsPeople]): the plural of a people's or a kind's noun,
// which the recogniser reads as a person's name or a place's. Not after "the" (a
// family: "the Lunds"), nor when the singular is a given name ("Roberts"
// beside "Robert Lee"). ms are the mentions of sents, changed in place.
func (r *Resolver) peoplePlurals(sents []nlp.Sentence, ms [][]*mention) {
	var caps map[string]bool // the capitalised words before a noun in the document
	for i, s := range ms {
		for _, m := range s {
			if m.kind != mSingle || !m.guess && m.typ != "" || m.gaz != nil || len(m.titles) > 0 || m.end-m.start != 1 {
				continue
			}
			if m.start > 0 && strings.EqualFold(sents[i].Tokens[m.start-1].Text, "the") {
				continue
			}
			w := sents[i].Tokens[m.start].Text
			one, ok := strings.CutSuffix(w, "s")
			if !ok || len(one) < 4 || strings.HasSuffix(one, "s") || w == strings.ToUpper(w) || r.g.listedGiven(one) {
				continue
			}
			if caps == nil {
				caps = map[string]bool{}
				for _, s := range sents {
					for k, t := range s.Tokens {
						if k > 0 && k+1 < len(s.Tokens) && isCap(t.Text) && isNoun(s.Tokens[k+1]) && !isCap(s.Tokens[k+1].Text) {
							caps[t.Text] = true // "a Neandertal child"
						}
					}
				}
			}
			if caps[one] || r.townsPeople(w) {
				m.kind, m.typ, m.hint, m.head, m.guess = mGroup, schema.Group, "", w, false
			}
		}
	}
}

// townsPeople reports whether w is the plural of a noun for the people of
// a town or a region the gazetteer knows, formed with "-ians", "-ans",
// "-ers" or "-ites" ("Melbournians", "Parisians", "Yekaterinburgers").
func (r *Resolver) townsPeople(w string) bool {
	for _, suf := range []string{"ians", "ans", "ers", "ites"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 4 {
			continue
		}
		for _, name := range []string{stem, stem + "e", stem + "a"} {
			if e := r.g.entries[normKey(name)]; e != nil && e.typ == schema.GPE {
				return true
			}
		}
	}
	return false
}
