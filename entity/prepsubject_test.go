package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPrepositionObjectNoSubject covers a name that ends an apposition
// as the object of "of": the verb after the apposition's comma is its
// host's, so a pronoun in the next sentence may take up the most named
// person rather than that name, on invented stories.
func TestPrepositionObjectNoSubject(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Protests in Norvia\n\nProtesters demanded the resignation of President Tomas Varga. Varga announced a reshuffle.\n\n" +
			"Senator Isabel Sand, the daughter of former president Karl Holm, called for Varga to resign. " +
			"The Green Party has filed an accusation against him.",
			[]string{"Green Party -accuse-> Tomas Varga"}, []string{"Green Party -accuse-> Karl Holm"},
			"the father named in the apposition is no subject"},
	})
}
