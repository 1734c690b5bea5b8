package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestReportedDisclosure checks that a reported clause keeps the to-phrase
// of a verb of disclosing, the actor the matter was made known to, as it
// keeps a reported payment's, on sentences written for this test.
func TestReportedDisclosure(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Report\n\nHalvik Motors said it disclosed the matter to the Norwegian government.",
			[]string{"Halvik Motors -disclose_to-> Norwegian government"}, nil,
			"a reported disclosure"},
		{"Report\n\nTom Wu said he reported the theft to the Oslo Police Department on Monday.",
			[]string{"Tom Wu -report_to-> Oslo Police Department"}, nil,
			"a reported report to the police"},
		{"Report\n\nHalvik Motors said the inquiry began after it disclosed the matter to Norway.",
			[]string{"Halvik Motors -disclose_to-> Norway"}, nil,
			"inside an after-clause of the reported clause"},
		{"Report\n\nHalvik Motors said it did not disclose the matter to Norway.",
			nil, []string{"Halvik Motors -disclose_to-> Norway"},
			"a reported disclosure denied"},
		{"Report\n\nTom Wu said Ann Lee disclosed the plan in Oslo.",
			nil, []string{"Ann Lee -disclose_in-> Oslo"},
			"only the to-phrase of a reported disclosure"},
	})
}
