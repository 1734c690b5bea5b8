package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFederalGovernment checks that "the federal government" and "the
// central government" take up the government of the state the report is
// about, as "the government" does, on sentences written for this test.
func TestFederalGovernment(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Report\n\nHalvik Motors is based in Norway. Norway fined the firm. Halvik Motors is cooperating with the federal government.",
			[]string{"Halvik Motors -cooperate_with-> Norwegian government"}, nil,
			"the federal government of the report's state"},
		{"Report\n\nHalvik Motors is based in Norway. Norway fined the firm. Halvik Motors is cooperating with the central government.",
			[]string{"Halvik Motors -cooperate_with-> Norwegian government"}, nil,
			"the central government"},
		{"Report\n\nHalvik Motors is cooperating with the federal government.",
			nil, []string{"Halvik Motors -cooperate_with-> Norwegian government"},
			"no state named: no government"},
		{"Report\n\nHalvik Motors is based in Norway. The Oslo City Government fined the firm. Halvik Motors is cooperating with the federal government.",
			nil, []string{"Halvik Motors -cooperate_with-> Oslo City Government"},
			"the federal government is no town's or region's government named before"},
	})
}
