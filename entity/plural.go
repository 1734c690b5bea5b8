package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// stateSetNouns are the plural nouns that a phrase of a number of states
// ends with ("both countries", "the two nations", "all three
// governments", [stateSetAt]).
var stateSetNouns = map[string]bool{
	"countries": true, "nations": true, "states": true, "governments": true, "sides": true,
}

// setCounts are the number words of a phrase of a set of states.
var setCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5}

// stateSetAt returns the end of a phrase at token i that names a number
// of states by a plural noun of [stateSetNouns], and that number: "both
// countries", "the two nations", "these two governments", "all three
// nations", "the three countries"; else i and 0. A noun or possessive
// after the phrase makes it a modifier ("both countries' leaders"), and
// "other" a set of others ("the two other countries").
func stateSetAt(toks []nlp.Token, i int) (end, n int) {
	k := i + 1
	switch toks[i].Lower() {
	case "both":
		n = 2
	case "the", "these", "all":
		if k < len(toks) {
			n = setCounts[toks[k].Lower()]
			k++
		}
	}
	if n == 0 || k >= len(toks) || !stateSetNouns[toks[k].Lower()] {
		return i, 0
	}
	if k+1 < len(toks) && (toks[k+1].Tag == "POS" || strings.HasPrefix(toks[k+1].Tag, "NN")) {
		return i, 0
	}
	return k + 1, n
}

// namedStates returns the group of the n states that a phrase of a set of
// states (m, [stateSetAt]) in sentence si takes up: the sovereign states
// named before it in the sentence, or else in the sentences before,
// counted back from the nearest until they are n ("North Korea fired at
// South Korea. Both countries ...", "Singapore, India, and Australia ...:
// All three nations"). A count above n, or no n within three sentences,
// gives nil: the set is not clear. Adjectives ("the Norwegian minister")
// name no state here.
func (d *docState) namedStates(si int, m *mention) *docEntity {
	var states []*docEntity
	for back := 0; back <= 2 && si-back >= 0; back++ {
		for _, c := range d.sents[si-back] {
			if back == 0 && c.end > m.start {
				break
			}
			if (c.kind == mName || c.kind == mSingle) && !c.adj && c.ent != nil && c.ent.members == nil && d.r.country(c.ent) && !slices.Contains(states, c.ent) {
				states = append(states, c.ent)
			}
		}
		if len(states) > m.count {
			return nil
		}
		if len(states) == m.count {
			return d.setGroup(states)
		}
	}
	return nil
}

// setGroup returns the document's group of the actors es, made the first
// time, whose facts are each member's.
func (d *docState) setGroup(es []*docEntity) *docEntity {
	if len(es) == 2 {
		return d.pairGroup(es[0], es[1])
	}
	names := names(es)
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	g := d.byKey[normKey(name)]
	if g == nil || g.members == nil {
		g = d.create(name, &mention{typ: schema.Group})
		g.members = slices.Clone(es)
	}
	return g
}

// pronounGroup returns the group with members that the pronoun or phrase
// of two arg is ("they", "both", "both countries", "the two men"), or
// nil: such a subject is no list the extractor splits.
func (d *docState) pronounGroup(si int, s nlp.Sentence, arg schema.Argument) *docEntity {
	first, last := argTokens(s, arg)
	if first < 0 || si >= len(d.sents) {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.kind == mPronoun && m.start == first && m.end == last && m.ent != nil && len(m.ent.members) > 1 {
			return m.ent
		}
	}
	return nil
}
