package entity

import "github.com/kg-project/kg/nlp"

// affiliationOf reports whether the lone capitalised word at token a
// follows "of" after a person's full name: a given name the gazetteer
// lists and one or two more capitalised words ("Tom Wu of Halvik", "Ann
// Marie Lee of Nexus"). Such a word names the person's body or town; no
// title stands before the name ("Lord Mayor of Melbourne" names an office
// of the city, [Resolver.classify] reads it), and the word is no first
// word of a longer name that goes on past a lower-case word.
func (r *Resolver) affiliationOf(toks []nlp.Token, a int) bool {
	if a < 3 || toks[a-1].Text != "of" {
		return false
	}
	if a+2 < len(toks) && !isCap(toks[a+1].Text) && isWord(toks[a+1].Text) && isCap(toks[a+2].Text) {
		return false // "Eli Beckerman of Open the Debates": a name that goes on past a lower-case word
	}
	for n := 2; n <= 3 && a-1-n >= 0; n++ {
		first := a - 1 - n
		if !isCap(toks[first+1].Text) || !isCap(toks[a-2].Text) {
			return false
		}
		if r.g.listedGiven(toks[first].Text) && (first == 0 || !isCap(toks[first-1].Text)) {
			return true
		}
	}
	return false
}
