package entity

import "testing"

// TestSharedModal covers a modal before two verbs joined by "and": it
// makes the second a possibility too ([sharedModal]).
func TestSharedModal(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee could visit and criticize Tom Wu.",
			nil, []string{"Ann Lee -criticize-> Tom Wu"},
			"a modal before two bare verbs"},
		{"Ann Lee may freely move to and live in Ohio.",
			nil, []string{"Ann Lee -live_in-> Ohio"},
			"an adverb and a particle between the modal and \"and\""},
		{"Ann Lee could visit Oslo and meet Tom Wu.",
			nil, []string{"Ann Lee -meet-> Tom Wu"},
			"an object between the first verb and \"and\""},
		{"Tom Wu would come home drunk and hit Ann Lee.",
			[]string{"Tom Wu -hit-> Ann Lee"}, nil,
			"a habit told with \"would\": acts that happened"},
		{"Ann Lee visited Oslo and met Tom Wu.",
			[]string{"Ann Lee -meet-> Tom Wu"}, nil,
			"no modal: both acts happened"},
		{"Ann Lee said she would not run, and Tom Wu praised Bo Chen.",
			[]string{"Tom Wu -praise-> Bo Chen"}, nil,
			"a clause of its own after the modal's"},
	})
}
