package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// ideaOfActor reports whether the argument's tokens [first, last) are an
// indefinite article, maybe lower-case adverbs and adjectives, and then
// the whole proper name of a state or an organisation: "incarnated a
// France that was true to its values", "sought a more federal European
// Union", "fight for an America that works". A name that stands for one
// actor takes no article "a"; with one it names a kind or a wished-for
// version of the actor, which acts on no one and is acted on by no one.
// A name that only modifies a noun after it ("a France 24 reporter", "a
// U.S.-led coalition") ends before the argument does and is no such
// name.
func ideaOfActor(toks []nlp.Token, first, last int, covered func(int) *mention) bool {
	if first < 0 || last-first < 2 || toks[first].Lower() != "a" && toks[first].Lower() != "an" {
		return false
	}
	k := first + 1
	for k < last-1 && !isCap(toks[k].Text) && ideaModifierTags[toks[k].Tag] {
		k++
	}
	m := covered(k)
	if m == nil || m.start != k || m.end != last || m.kind != mName || m.possessive || m.ent == nil ||
		m.ent.typ != schema.GPE && m.ent.typ != schema.Organization {
		return false
	}
	for _, t := range toks[k:last] {
		if !isCap(t.Text) && t.Text != "of" && t.Text != "and" && t.Text != "the" {
			return false // "a U.S.-led coalition", "a grand jury": a lower-case noun heads it
		}
	}
	return true
}

// ideaModifierTags are the tags of the words that may stand between the
// article and the name in [ideaOfActor]: adverbs and adjectives ("a more
// federal", "a new", "a truly independent").
var ideaModifierTags = map[string]bool{"RB": true, "RBR": true, "RBS": true, "JJ": true, "JJR": true, "JJS": true}
