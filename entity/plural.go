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

// firmSetNouns are the plural nouns that a phrase of a number of firms
// ends with ("both companies", "the two airlines", [stateSetAt]).
var firmSetNouns = map[string]bool{
	"companies": true, "firms": true, "airlines": true, "banks": true, "carmakers": true, "automakers": true,
	"lenders": true, "retailers": true, "manufacturers": true, "businesses": true, "corporations": true,
}

// setCounts are the number words of a phrase of a set of states.
var setCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5}

// stateSetAt returns the end of a phrase at token i that names a number
// of states or firms by a plural noun of [stateSetNouns] or
// [firmSetNouns], and that number: "both countries", "the two nations",
// "these two governments", "all three nations", "both companies"; else i
// and 0. A noun or possessive
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
	if n == 0 || k >= len(toks) || !stateSetNouns[toks[k].Lower()] && !firmSetNouns[toks[k].Lower()] {
		return i, 0
	}
	if k+1 < len(toks) && (toks[k+1].Tag == "POS" || strings.HasPrefix(toks[k+1].Tag, "NN")) {
		return i, 0
	}
	return k + 1, n
}

// namedSet returns the group of the n states or firms that a phrase of a
// set (m, [stateSetAt]) in sentence si takes up: the sovereign states, or
// for a noun of firms the organisations other than public bodies
// ([publicHeads]), or for "sides" either ([docState.conflictSide]) but
// no possessive ("Colombia's government and the FARC": two sides), named
// before it in the sentence, or else in the sentences before, counted back from the nearest until they are n
// ("North Korea fired at South Korea. Both countries ...", "Singapore,
// India, and Australia ...: All three nations", "Halvik Holdings sued
// Berg Group. Both companies ..."). A count above n, or no n within
// three sentences, gives nil: the set is not clear. Adjectives ("the
// Norwegian minister") name no state here.
func (d *docState) namedSet(si int, m *mention) *docEntity {
	fits := d.r.country
	switch {
	case firmSetNouns[m.head]:
		fits = setFirm
	case m.head == "sides":
		fits = d.conflictSide
	}
	var set []*docEntity
	for back := 0; back <= 2 && si-back >= 0; back++ {
		for _, c := range d.sents[si-back] {
			if back == 0 && c.end > m.start {
				break
			}
			if (c.kind == mName || c.kind == mSingle) && !c.adj && !(c.possessive && m.head == "sides") && c.ent != nil && c.ent.members == nil && fits(c.ent) && !slices.Contains(set, c.ent) {
				set = append(set, c.ent)
			}
		}
		if len(set) > m.count {
			return nil
		}
		if len(set) == m.count {
			return d.setGroup(set)
		}
	}
	return nil
}

// conflictSide reports whether e can be one side of a conflict, a talk or a
// match that "the two sides" takes up: a sovereign state or any
// organisation ("The Kenyan government and the Lund Front signed a
// truce. The two sides ...", "Lund FC drew with Oslo City. The two
// sides ..."), where "the two countries" takes up states only.
func (d *docState) conflictSide(e *docEntity) bool {
	return d.r.country(e) || e.typ == schema.Organization
}

// setFirm reports whether e is an organisation whose name holds no head of a
// public body ([publicHeads]).
func setFirm(e *docEntity) bool {
	if e.typ != schema.Organization {
		return false
	}
	for _, w := range nameWords(e.name) {
		if publicHeads[w] {
			return false
		}
	}
	return true
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
		if (m.kind == mPronoun || m.kind == mDesc) && m.start == first && m.end == last && m.ent != nil && len(m.ent.members) > 1 {
			return m.ent
		}
	}
	return nil
}

// titledPairNouns are the plural titles that, after "both" or "the two",
// take up two people who hold them ([docState.titledPair]), with the
// words one of their titles must hold; none for "leaders", which any
// leader's title ([title].lead) fits.
var titledPairNouns = map[string][]string{
	"leaders": {}, "presidents": {"president"}, "ministers": {"minister", "premier"}, "premiers": {"premier"},
}

// titledPair reports whether the two people of g, a pair that a phrase of
// two with noun w takes up, each were named with a title that w fits
// before sentence si ("President Tom Wu ... Prime Minister Ann Lee. The
// two leaders"); it is true for any other noun ("both men").
func (d *docState) titledPair(si int, g *docEntity, w string) bool {
	words := titledPairNouns[w]
	if words == nil {
		return true
	}
	fits := func(t *title) bool {
		if len(words) == 0 {
			return t.lead
		}
		return slices.ContainsFunc(words, func(v string) bool { return strings.Contains(strings.ToLower(t.name), v) })
	}
	for _, e := range g.members {
		titled := false
		for k := 0; k <= si && k < len(d.sents) && !titled; k++ {
			for _, c := range d.sents[k] {
				if c.ent == e && slices.ContainsFunc(c.titles, fits) {
					titled = true
					break
				}
			}
		}
		if !titled {
			return false
		}
	}
	return true
}
