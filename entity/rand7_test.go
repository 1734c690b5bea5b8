package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRightThing covers "did the right (wrong) thing" as a speaker's
// praise (criticism) of the doer.
func TestRightThing(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`Ann Lee said "Acme Corp did the right thing here."`,
			[]string{"Ann Lee -praise-> Acme Corp"}, nil, "right"},
		{"Ann Lee said the Halvik Party did the wrong thing.",
			[]string{"Ann Lee -criticize-> Halvik Party"}, nil, "wrong"},
		{"Ann Lee said Acme Corp did not do the right thing.",
			nil, []string{"Ann Lee -praise-> Acme Corp"}, "negated"},
	})
}
