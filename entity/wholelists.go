package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// listMembers returns the spans of the members of argument a when a is,
// whole, a list of two or more names of actors that the extractor left in
// one piece: "The University of Oslo and the Tenants Union sued Halvik",
// where it reads the first name's of-phrase as holding the rest. Members
// are separated by a comma, "and" or both, each after an optional "the";
// a member's name may end in "of" and a place's name ("the Civil
// Liberties Union of Montana"), and the last separator holds "and". A
// place, a comma and a place ("Fort Lauderdale, Florida") are one member's
// name and where it lies, no list. A list of states may follow a noun of
// their kind and "of" ("the nations of Bahrain and Kosovo",
// [statesOfStart]). It returns nil for anything else.
func (d *docState) listMembers(si int, s nlp.Sentence, a schema.Argument) []schema.Argument {
	if si >= len(d.sents) || a.End <= a.Start {
		return nil
	}
	first, last := argTokens(s, a)
	if first < 0 {
		return nil
	}
	toks := s.Tokens
	ms := d.sents[si]
	states := false // "the nations of Bahrain and Kosovo": a list of states only
	if k := statesOfStart(toks, first, last); k > first {
		first, states = k, true
	}
	nameAt := func(k int) *mention {
		var best *mention
		for _, m := range ms {
			if m.start < k && k < m.end {
				return nil // inside a longer name
			}
			if m.start == k && m.end <= last && (best == nil || m.end > best.end) {
				best = m
			}
		}
		if best == nil || best.ent == nil || !named(best) || best.adj || best.possessive || !actorEntity(best.ent) || states && !place(best) {
			return nil
		}
		return best
	}
	var out []schema.Argument
	var prev *mention
	and := false // the last separator holds "and"
	for k := first; ; {
		start := k
		if toks[k].Lower() == "the" && k+1 < last {
			k++
		}
		m := nameAt(k)
		if m == nil || prev != nil && !and && place(prev) && place(m) {
			return nil // "Fort Lauderdale, Florida": a place and where it lies
		}
		prev = m
		end := m.end
		if end+1 < last && toks[end].Lower() == "of" {
			if p := nameAt(end + 1); p != nil && p.ent.typ == schema.GPE {
				end = p.end
			}
		}
		out = append(out, schema.Argument{Text: s.Text[toks[start].Start:toks[end-1].End], Start: toks[start].Start, End: toks[end-1].End})
		if k = end; k == last {
			break
		}
		switch {
		case toks[k].Text == "," && k+1 < last && toks[k+1].Lower() == "and":
			k, and = k+2, true
		case toks[k].Text == ",":
			k, and = k+1, false
		case toks[k].Lower() == "and":
			k, and = k+1, true
		default:
			return nil
		}
		if k >= last {
			return nil
		}
	}
	if len(out) < 2 || !and {
		return nil
	}
	return out
}

// stateClassNouns name the kind of the states listed after them and
// "of": "the nations of Bahrain and Kosovo", "the countries of Chile
// and Peru" (a government of a state is an actor of its own).
var stateClassNouns = map[string]bool{
	"nations": true, "countries": true, "states": true,
}

// statesOfStart returns the token after "of" when tokens [first, last)
// open with an optional "the", at most three modifiers, a noun of
// [stateClassNouns] and "of" ("the Muslim majority nations of"), or -1.
func statesOfStart(toks []nlp.Token, first, last int) int {
	k := first
	if k < last && toks[k].Lower() == "the" {
		k++
	}
	for j := k; j < last-1 && j <= k+3; j++ {
		if t := toks[j]; t.Text == "," || t.Lower() == "and" || t.Lower() == "of" {
			return -1
		}
		if stateClassNouns[toks[j].Lower()] && toks[j+1].Lower() == "of" {
			return j + 2
		}
	}
	return -1
}

// place reports whether m names a state, city, region or other place.
func place(m *mention) bool {
	return m.ent.typ == schema.GPE || m.ent.typ == schema.Location
}

// placesListedBefore returns the places named in a list that ends with
// the place of argument a, before it: "Beni, Butembo and Katwa" before
// Katwa. Members are separated by a comma, "and" or ", and", the last
// separator holding "and"; each is a named place, no possessive and no
// adjective. It returns nil when a is no such list's last member.
func (d *docState) placesListedBefore(si int, s nlp.Sentence, a schema.Argument) []*mention {
	first, last := argTokens(s, a)
	if first < 0 || si >= len(d.sents) {
		return nil
	}
	ms := d.sents[si]
	k := slices.IndexFunc(ms, func(m *mention) bool { return m.start == first && m.end == last })
	if k < 0 {
		return nil
	}
	var out []*mention
	next := ms[k]
	for i := k - 1; i >= 0; i-- {
		c := ms[i]
		if c.end > next.start {
			continue
		}
		w := strings.Join(lowerWords(s.Tokens[c.end:next.start]), " ")
		if len(out) == 0 && w != "and" && w != ", and" || len(out) > 0 && w != "," {
			break
		}
		if !named(c) || c.ent == nil || !isPlace(c.ent) || c.adj || c.possessive {
			return nil
		}
		out = append(out, c)
		next = c
	}
	return out
}

// listedStatePossessor returns the state's possessive before the first
// of a list of organisations that m, a later member, ends or goes on ("Norway's
// Research Council, Ministry of Fisheries, and
// Coast Guard"): the state's bodies listed after its
// possessive are each the state's. Members are named organisations
// separated by a comma, "and" or ", and"; nil when the list has no state's
// possessive right before its first member.
func (d *docState) listedStatePossessor(si int, s nlp.Sentence, m *mention) *mention {
	ms := d.sents[si]
	k := slices.Index(ms, m)
	if k < 0 {
		return nil
	}
	next := m
	for i := k - 1; i >= 0; i-- {
		c := ms[i]
		if c.end > next.start {
			continue
		}
		w := strings.Join(lowerWords(s.Tokens[c.end:next.start]), " ")
		if next != m && (w == "'s" || w == "'") && c.possessive && c.ent != nil && c.ent.typ == schema.GPE && !c.adj {
			return c // the first member's possessive
		}
		if c.possessive && c.ent != nil && c.ent.typ == schema.GPE && !c.adj && next != m && c.end == next.start {
			return c
		}
		if w != "," && w != "and" && w != ", and" || !named(c) || c.ent == nil || c.ent.typ != schema.Organization || c.possessive || c.adj {
			return nil
		}
		next = c
	}
	return nil
}
