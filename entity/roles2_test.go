package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSeatFrom covers a titled legislator "from" a state, who holds its seat,
// on invented sentences.
func TestSeatFrom(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senate passes farm bill\n\nThe US Senate voted on Tuesday. Senator Mira Holt from Vermont voted against the bill.",
			[]string{"Mira Holt -represent-> Vermont"},
			[]string{"Mira Holt -from-> Vermont"},
			"a titled senator from a state holds its seat, as \"of\" says"},
		{"Joel Sand from Vermont won the race.",
			nil, []string{"Joel Sand -represent-> Vermont"},
			"no seat title: from says only where he comes from"},
	})
}
