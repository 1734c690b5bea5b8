package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestPlaceAcronymAndThisWeek checks a town's unit of a body known by its
// letters and a newspaper named "... This Week", on sentences written for
// this test.
func TestPlaceAcronymAndThisWeek(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, name string }{
		{"Dunmore RCMP arrested Tom Wu on Friday.", "Dunmore RCMP"},
		{"Ann Lee, a nurse at the clinic, told Dunmore This Week that Tom Wu had left.", "Dunmore This Week"},
	} {
		_, ents, _ := pipelineResolve(a, x, r, tc.text)
		if got := entityTypes(ents)[tc.name]; got != schema.Organization {
			t.Errorf("Resolve(%q): %q typed %q, want Organization", tc.text, tc.name, got)
		}
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Dunmore RCMP arrested Tom Wu on Friday. Police said he was released.",
			[]string{"Dunmore RCMP -arrest-> Tom Wu"}, nil,
			"a town's unit of a body named by its letters"},
		{"Ann Lee, a nurse at the clinic, told Dunmore This Week that Tom Wu had left.",
			[]string{"Ann Lee -tell-> Dunmore This Week"}, nil,
			"a newspaper's name goes on through This Week"},
		{"John Smith III praised Ann Lee MBE.",
			[]string{"John Smith III -praise-> Ann Lee"}, nil,
			"a Roman numeral and a post-nominal still end a person's name"},
	})
}
