package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// sharedHeads are the plural head nouns that two or more bodies' names
// joined by "and" share, with their singular ("the State and Homeland
// Security Departments", "the Labour and Green parties").
var sharedHeads = newWordMap(map[string]string{
	"Departments": "Department", "Ministries": "Ministry", "Committees": "Committee",
	"Agencies": "Agency", "Commissions": "Commission", "Parties": "Party", "parties": "Party",
})

// sharedHead returns the organisations that the capitalised words from
// token i (or after "the" there), "and", more capitalised words and a plural head of
// [sharedHeads] name, each with the head in the singular: "the Justice and
// Treasury Departments" names the Justice Department and the Treasury
// Department, "the Foreign and Interior Ministries" the Foreign Ministry
// and the Interior Ministry. More names may come before, each after a
// comma ("the Alliance, Reform, and Natural Law parties"). A name the
// gazetteer knows takes its entry ("State Department"). Parties are named
// by their own words, no state's ("the Israeli and Palestinian parties" are
// the sides to a talk). It returns the token after the head, or i and nil
// when the words are not so.
func (r *Resolver) sharedHead(s nlp.Sentence, i int) ([]*mention, int) {
	toks := s.Tokens
	capRun := func(k int) int {
		j := k
		for j < len(toks) && j < k+3 && isCap(toks[j].Text) && isWord(toks[j].Text) && sharedHeads.at(toks[j].Text) == "" && toks[j].Tag != "POS" {
			j++
		}
		return j
	}
	k := i
	if toks[k].Lower() == "the" {
		k++ // "the Justice and Treasury Departments": not "the Justice", a judge
	}
	type run struct{ i, j int }
	var runs []run
	for at, final := k, false; ; {
		e := capRun(at)
		if e == at || e >= len(toks) || toks[at].Tag != "NNP" && toks[at].Tag != "NNPS" && toks[at].Tag != "JJ" {
			return nil, i // "In Oslo, ...": a word that opens the sentence is no name's
		}
		runs = append(runs, run{at, e})
		if final {
			break
		}
		switch {
		case toks[e].Text == "and":
			at, final = e+1, true
		case toks[e].Text == "," && e+1 < len(toks) && toks[e+1].Text == "and" && len(runs) > 1:
			at, final = e+2, true // "Alliance, Reform, and Natural Law"
		case toks[e].Text == "," && len(runs) < 5:
			at = e + 1
		default:
			return nil, i
		}
	}
	last := runs[len(runs)-1]
	if last.j >= len(toks) || sharedHeads.at(toks[last.j].Text) == "" {
		return nil, i
	}
	head := sharedHeads.at(toks[last.j].Text)
	if head == "Party" {
		for _, u := range runs {
			if r.stateWord(spanText(s, u.i, u.j)) {
				return nil, i
			}
		}
	}
	name := func(k, e, end int) *mention {
		m := &mention{kind: mName, start: k, end: end, typ: schema.Organization}
		m.name = cleanName(spanText(s, k, e)) + " " + head
		m.surface = m.name
		if e, ok := lookupKey(r.g.entries, m.name); ok && e.typ == schema.Organization {
			m.name, m.gaz = e.name, e
		}
		return m
	}
	var ms []*mention
	for x, u := range runs {
		end := u.j
		if x == len(runs)-1 {
			end++
		}
		ms = append(ms, name(u.i, u.j, end))
	}
	return ms, last.j + 1
}

// stateWord reports whether w names a state or its people ("Israeli",
// "US"), not a party ("Republican").
func (r *Resolver) stateWord(w string) bool {
	if n, ok := lookupKey(r.g.demonyms, w); ok {
		if e, ok := lookupKey(r.g.entries, n); !ok || e.typ != schema.Organization {
			return true
		}
	}
	e, ok := lookupKey(r.g.entries, w)
	return ok && (e.typ == schema.GPE || e.typ == schema.Location)
}

// sharedCompass returns the two places that a compass word, "and", another
// compass word and a name's last word name when the name is shared: "North
// and South Korea" names North Korea and South Korea, "East and West
// Germany" East Germany and West Germany. Both whole names must be places
// the gazetteer knows, so "North and South Africa" (no "North Africa"
// state) is left as it was. It returns the token after the shared word,
// or i and nil when the words are not so.
func (r *Resolver) sharedCompass(s nlp.Sentence, i int) ([]*mention, int) {
	toks := s.Tokens
	if i+3 >= len(toks) || toks[i+1].Text != "and" || !compassWords[toks[i].Text] ||
		!compassWords[toks[i+2].Text] || toks[i+2].Text == toks[i].Text || !isCap(toks[i+3].Text) || !isWord(toks[i+3].Text) {
		return nil, i
	}
	place := func(k, start, end int) *mention {
		e, ok := lookupKey(r.g.entries, toks[k].Text+" "+toks[i+3].Text)
		if !ok || (e.typ != schema.GPE && e.typ != schema.Location) {
			return nil
		}
		return &mention{kind: mName, start: start, end: end, surface: spanText(s, start, end), name: e.name, typ: e.typ, gaz: e}
	}
	a, b := place(i, i, i+1), place(i+2, i+2, i+4)
	if a == nil || b == nil {
		return nil, i
	}
	if i+4 < len(toks) && toks[i+4].Tag == "POS" {
		a.possessive, b.possessive = true, true
	}
	return []*mention{a, b}, i + 4
}

// placeOpeners are the prepositions before which a possessive name and a
// known state or region after a comma name one place ([possessivePlace]).
var placeOpeners = map[string]bool{"from": true, "in": true, "at": true, "near": true, "to": true, "outside": true, "into": true}

// possessivePlace returns one place named with a possessive inside it,
// after a preposition of place and before a comma and a place the
// gazetteer knows: "from Hawke's Bay, New Zealand", "lives in King's Lynn,
// England". Such a name is no owner and its thing ("Hawke" and "Bay") but
// a town or region of the known place. The owner must be one capitalised
// word the gazetteer does not know ("in Norway's Bergen, Norway" is left
// alone). It returns the mention and the token after it, or nil and i.
func (r *Resolver) possessivePlace(s nlp.Sentence, i int) (*mention, int) {
	toks := s.Tokens
	// The test of every token: the cheap comparisons first.
	if i < 1 || i+4 >= len(toks) || toks[i+1].Text != "'s" || toks[i].Tag != "NNP" || !placeOpeners[toks[i-1].Lower()] ||
		!isCap(toks[i].Text) || !isWord(toks[i].Text) || !isCap(toks[i+2].Text) || !isWord(toks[i+2].Text) {
		return nil, i
	}
	if _, ok := lookupKey(r.g.entries, toks[i].Text); ok {
		return nil, i
	}
	end := i + 3
	if isCap(toks[end].Text) && isWord(toks[end].Text) {
		end++ // "Bishop's Stortford Town"
	}
	if end+1 >= len(toks) || toks[end].Text != "," {
		return nil, i
	}
	known := false
	for n := 1; n <= 3 && end+n < len(toks); n++ {
		if e, ok := lookupKey(r.g.entries, spanText(s, end+1, end+1+n)); ok && e.typ == schema.GPE {
			known = true
			break
		}
	}
	if !known {
		return nil, i
	}
	name := spanText(s, i, end)
	return &mention{kind: mName, start: i, end: end, surface: name, name: name, typ: schema.GPE}, end
}
