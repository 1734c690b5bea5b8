package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// placeLists gives a place's hint to the guessed lone words listed with a
// place the gazetteer knows ([listedWithPlace]): "the towns damaged were
// Carrascal, Cantilan, Madrid and Carmen". The members of a list are of
// one kind; the recogniser, reading each word alone, takes some of them for
// persons. ms are the mentions of sents, changed in place.
func placeLists(sents []nlp.Sentence, ms [][]*mention) {
	for i, s := range ms {
		for j, m := range s {
			if m.kind == mSingle && m.guess && m.gaz == nil && listedWithPlace(sents[i], s, j) {
				m.hint = schema.GPE
			}
		}
	}
}
