package entity

import "testing"

// TestOneStateChamber checks that an MP sits in the parliament that the
// document names in two ways for one state ("UK Parliament", "the British
// parliament"), and in neither of two states' parliaments, on sentences
// written for this test.
func TestOneStateChamber(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Talks\n\nTom Wu asked the Queen to suspend the UK Parliament in May. The UK Parliament will meet in June. Currently, the British parliament has a majority against the plan. Green MP Ann Lee said the plan was bad.",
			[]string{"Ann Lee -member_of-> UK Parliament"}, nil,
			"the state's name and its adjective name one parliament"},
		{"Talks\n\nThe UK Parliament and the Irish parliament met in May. Green MP Ann Lee said the talks were bad.",
			nil, []string{"Ann Lee -member_of-> UK Parliament", "Ann Lee -member_of-> Irish parliament"},
			"two states' parliaments leave the MP's chamber open"},
	})
}
