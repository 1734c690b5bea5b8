package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestOpenerPossessive covers "his" or "her" in a phrase that opens a
// sentence, which is the clause subject's after the comma, and the
// fronted visits that such phrases state, on invented stories.
func TestOpenerPossessive(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss stayed in Oslo. On her trip to Peru, Mira Holt spoke to reporters.",
			[]string{"Mira Holt -travel_to-> Peru"}, []string{"Rita Voss -travel_to-> Peru"},
			"her in the opening phrase is the subject's, not the person of the sentence before"},
		{"Joel Sand spoke first. After his meeting with Rita Voss, Tom Wu left Oslo.",
			[]string{"Tom Wu -meet_with-> Rita Voss"}, []string{"Joel Sand -meet_with-> Rita Voss"},
			"his meeting is the subject's"},
		{"Tom Wu arrived. After her talks with Joel Sand, Mira Holt said nothing.",
			[]string{"Mira Holt -talk_with-> Joel Sand"}, []string{"Tom Wu -talk_with-> Joel Sand"},
			"her talks, with a man before"},
	})
}

// TestFrontedVisitOn covers a visit or tour in a phrase opened by "on",
// or followed by a time phrase, whose traveller is the clause's subject.
func TestFrontedVisitOn(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On his visit to Oslo, Joel Sand met Mira Holt.",
			[]string{"Joel Sand -visit-> Oslo"}, nil,
			"a visit after on"},
		{"During a visit to Chile last year, Rita Voss praised the government.",
			[]string{"Rita Voss -visit-> Chile"}, nil,
			"a time phrase between the place and the comma"},
		{"During his 2019 tour of Ohio, Tom Wu held a rally.",
			[]string{"Tom Wu -visit-> Ohio"}, nil,
			"a tour of a place visits it"},
	})
}
