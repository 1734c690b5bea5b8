package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNationalityNoun covers a definite description headed by a
// nationality's noun ("the Swede", "the 17-year-old Briton", "the
// Australian"), which takes up a person named before and says where the
// person is from, on invented sentences.
func TestNationalityNoun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Campaigner honoured\n\nOn Monday the city council honoured campaigner Lina Berg. The seventeen-year-old Swede thanked Mayor Tom Hale in a short speech.",
			[]string{"Lina Berg -from-> Sweden", "Lina Berg -thank-> Tom Hale"}, nil, "an age before the noun"},
		{"Runner wins\n\nMia Cole won the race in Oslo on Sunday. The Australian thanked Kari Dahl.",
			[]string{"Mia Cole -from-> Australia", "Mia Cole -thank-> Kari Dahl"}, nil, "an adjective used as a noun"},
		{"Skier wins\n\nNorwegian skier Ola Vik won the race in Oslo on Sunday. The Swede praised Kari Dahl.",
			nil, []string{"Ola Vik -praise-> Kari Dahl", "Ola Vik -from-> Sweden"}, "a person from another state is not taken up"},
		{"Talks begin\n\nTom Hale met Ann Lee in Oslo. The American people want peace, Hale said.",
			nil, []string{"Ann Lee -from-> United States", "Tom Hale -from-> United States"}, "a noun after the adjective names a group"},
		{"Talks begin\n\nTom Hale met Ann Lee in Oslo. Hale said the US would help, and the British agreed.",
			nil, []string{"Ann Lee -from-> United States", "Tom Hale -from-> United States", "Ann Lee -from-> United Kingdom", "Tom Hale -from-> United Kingdom"},
			"initials name the state, and the British its people"},
	})
}
