package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPossessiveUnits covers armed bodies named Units after a plural
// possessive ("People's Protection Units"), on invented stories: one
// organisation, not a person and a stray word.
func TestPossessiveUnits(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The People's Defence Units (PDU) attacked Tarn on Monday.",
			[]string{"People's Defence Units -attack-> Tarn"}, []string{"Defence Units -attack-> Tarn"},
			"a plural possessive opens the name of units"},
		{"He named the Women's Protection Units as terrorists. The Popular Mobilization Units attacked Tarn.",
			[]string{"Popular Mobilization Units -attack-> Tarn"}, []string{"Protection Units -member_of-> Women"},
			"other units stay bodies"},
	})
}
