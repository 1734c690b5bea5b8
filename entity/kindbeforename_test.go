package entity

import "testing"

// TestKindBeforeName covers an argument that the extractor ended after
// "the" and a kind of body, before the body's name ([kindBeforeName]).
func TestKindBeforeName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Congress met on Monday. Tom Wu worked with the organization Equally American.",
			[]string{"Tom Wu -work_with-> Equally American"}, []string{"Tom Wu -work_with-> United States Congress"},
			"an adverb opening the name cut it from \"the organization\""},
		{"Congress met on Monday. Ann Lee and Tom Wu sued. They worked with the organization Equally American.",
			[]string{"Ann Lee -work_with-> Equally American"}, []string{"Ann Lee -work_with-> United States Congress"},
			"\"the organization\" is no description of a body named before when the name follows it"},
		{"Halvik Holdings sued Tom Wu. Ann Lee worked with the company on Monday.",
			[]string{"Ann Lee -work_with-> Halvik Holdings"}, nil,
			"\"the company\" with no name after it is the body named before"},
	})
}

// TestChainsKindBeforeName covers "the" and a kind of body right before a
// name that the tagger opened with an adverb: the words are the name's
// own, no description of a body named before.
func TestChainsKindBeforeName(t *testing.T) {
	runChainCases(t, []chainCase{
		{"adverb-name",
			"Congress met on Monday. Tom Wu worked with the organization Equally American.",
			map[string][]string{
				"Equally American":       {"the organization", "Equally American"},
				"Tom Wu":                 {"Tom Wu"},
				"United States Congress": {"Congress"},
			},
			"\"the organization\" is Equally American's, not Congress's"},
	})
}
