package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPersonsEmployee checks a person's employee named in an apposition.
// The sentences are written for this test.
func TestPersonsEmployee(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Walsh, an employee of Peter Kline, was arrested. Cyd Ho, a former driver and employee of Ann Lee, was questioned.",
			[]string{"Tom Walsh -work_for-> Peter Kline", "Cyd Ho -work_for-> Ann Lee"}, nil,
			"an employee of a person, in an apposition, works for the person"},
		{"Ivan Moe, a friend of Ann Lee, spoke.",
			nil, []string{"Ivan Moe -work_for-> Ann Lee"},
			"a friend is no staff"},
	})
}
