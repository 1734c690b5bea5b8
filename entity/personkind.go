package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// personKindAfter adds to each person named in sentence s the head noun of
// an apposition that says what the person does, set off by a comma and
// followed by "of", "for", "at", "with", "from", "in" or a comma ("Ed Varga, lead
// guitarist of rock band Stonefly,", "Ann Lee, the head chef at Halvik
// Bistro,", "Tom Wu, a spokesman for the ministry,"), for a later "the
// guitarist", "the chef", "the spokesman" ([docState.laterDescs]). A noun
// of what a person is to another ("his son", "a friend of"), or one of
// [notKinds] ("one of", "a member of", "the victim") or of [spanNouns]
// ("fifth year at"), says nothing of the kind; nor does a phrase that holds a name before its head ("the
// Halvik chef").
func (d *docState) personKindAfter(s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if m.kind != mName || m.possessive || m.ent == nil || m.ent.typ != schema.Person || m.end+2 >= len(toks) || toks[m.end].Text != "," {
			continue
		}
		j := m.end + 1
		if a := toks[j].Lower(); a == "the" || indefinite(a) {
			j++
		} else if !strings.HasPrefix(toks[j].Tag, "NN") && !strings.HasPrefix(toks[j].Tag, "JJ") {
			continue // "his son", "45,", "who ..."
		}
		h := nounHead(toks, j)
		if h < 0 || h+1 >= len(toks) || toks[h].Tag != "NN" || isCap(toks[h].Text) {
			continue
		}
		w := toks[h].Text
		if next := toks[h+1].Lower(); next != "of" && next != "for" && next != "at" && next != "with" && next != "," && next != "from" && next != "in" {
			continue
		}
		if _, kin := kinNouns.get(w); kin || notKinds[w] || friendNouns[w] || spanNouns[w] {
			continue
		}
		if slices.ContainsFunc(ms, func(o *mention) bool { return !o.adj && o != m && o.start < h && o.end > j }) {
			continue
		}
		m.ent.desc[w] = true
	}
}

// friendNouns are nouns of what a person is to another that [kinNouns]
// leaves out.
var friendNouns = map[string]bool{
	"friend": true, "partner": true, "colleague": true, "ally": true, "rival": true, "successor": true,
	"predecessor": true, "deputy": true, "assistant": true, "aide": true, "relative": true,
}
