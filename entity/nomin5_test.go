package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJudgedActOfNoun covers an of-phrase that a common noun of the
// verb's object owns, which names no act the subject was judged for, on
// invented stories.
func TestJudgedActOfNoun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss investigated the withholding of military aid to Norway.",
			nil, []string{"Rita Voss -aid-> Norway"},
			"a withholding investigated aids no one"},
		{"Police arrested Joel Sand for the murder of Mira Holt.",
			[]string{"Joel Sand -murder-> Mira Holt"}, nil,
			"an act the object is arrested for"},
		{"Rita Voss was charged with the killing of Joel Sand.",
			[]string{"Rita Voss -kill-> Joel Sand"}, nil,
			"an act the subject is charged with"},
	})
}
