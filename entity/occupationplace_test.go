package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestOccupationBeforePlaceSurname checks a person whose surname is a
// place's name ("Washington", "Houston") after a noun for what people do.
// The sentences are written for this test.
func TestOccupationBeforePlaceSurname(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On Monday, actor Denzel Washington criticized Tom Wu.",
			[]string{"Denzel Washington -criticize-> Tom Wu"}, []string{"Washington -criticize-> Tom Wu"},
			"an occupation noun before an unknown word and a place: a person's name"},
		{"Singer Ann Houston, who paid for Tom Wu to attend the school, said she was proud.",
			[]string{"Ann Houston -pay_for-> Tom Wu"}, []string{"Houston -pay_for-> Tom Wu"},
			"the occupation noun that opens the sentence is no part of the name"},
		{"Whistleblower Tom Wu met Ann Lee. Wu thanked Per Lind.",
			[]string{"Tom Wu -meet-> Ann Lee", "Tom Wu -thank-> Per Lind"}, []string{"Whistleblower Tom Wu -meet-> Ann Lee"},
			"a whistleblower, a philanthropist or an artist is what a person is, no word of the name"},
		{"Painter Tom Wu met Ann Lee. Wu thanked Per Lind.",
			[]string{"Tom Wu -meet-> Ann Lee", "Tom Wu -thank-> Per Lind"}, []string{"Painter Tom Wu -meet-> Ann Lee"},
			"nor is a painter"},
	})
}
