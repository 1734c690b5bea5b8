package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestAcronymExpansion checks the words in brackets after an acronym that
// spell it: one body's name when a word is a body's head noun, the
// acronym the body's too; no actor otherwise.
func TestAcronymExpansion(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"The head of the LMT union (Lodi Maritime and Transport Workers Union), Tom Wu, said it.", []string{"Lodi Maritime and Transport Workers Union", "Tom Wu"},
			[]string{"Maritime", "Transport Workers Union", "LMT"}, "a union's name after its acronym and a noun"},
		{"It was worthy of a CVE [Common Vulnerabilities and Exposures], Ann Lee said.", []string{"Ann Lee"}, []string{"Common Vulnerabilities", "Exposures"},
			"a term's words name no actor"},
		{"Ann Lee (AL) met Tom Wu.", []string{"Ann Lee", "Tom Wu"}, nil, "a name before brackets is no expansion"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}

// TestRoleOfExpandedBody checks "the <title> of <acronym> (<its name>),
// <Name>,": the holder's role goes to the body named in brackets, whether
// the acronym stands alone, with a lower-case noun, or as a short name of
// capitalised words.
func TestRoleOfExpandedBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The general secretary of the GST union (Lodi Union of Glass, Steel and Timber Workers), Mick Farrel, said the plan was weak.",
			[]string{"Mick Farrel -work_for-> Lodi Union of Glass, Steel and Timber Workers"}, nil,
			"an acronym and a lower-case noun before the brackets"},
		{"The general secretary of the Brannock Union (Lodi Union of Widget Makers), Mick Farrel, said the plan was weak.",
			[]string{"Mick Farrel -work_for-> Lodi Union of Widget Makers"}, nil,
			"a short name of two capitalised words before the brackets"},
		{"The president of the KVF (Kelton Volunteer Federation), Ann Lee, said the plan was weak.",
			[]string{"Ann Lee -lead-> Kelton Volunteer Federation"}, nil,
			"an acronym alone before the brackets"},
	})
}
