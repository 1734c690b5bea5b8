package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCriticOfTitled covers a relational noun whose of-phrase names a
// person after the titles written with the name ("a critic of Russian
// President Ann Lee"): the of stands before the titles, not the name.
func TestCriticOfTitled(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu is an outspoken critic of Swedish Prime Minister Ann Lee.",
			[]string{"Tom Wu -criticize-> Ann Lee"}, nil, "a capitalised title"},
		{"Tom Wu is a fierce critic of Danish president Ann Lee.",
			[]string{"Tom Wu -criticize-> Ann Lee"}, nil, "a lower-case title"},
		{"Tom Wu, a longtime rival of Senator Ann Lee, spoke on Monday.",
			[]string{"Tom Wu -compete_with-> Ann Lee"}, nil, "an apposition read as a copula"},
		{"Tom Wu is a critic of Ann Lee.",
			[]string{"Tom Wu -criticize-> Ann Lee"}, nil, "no title"},
	})
}
