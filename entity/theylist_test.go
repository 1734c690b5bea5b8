package entity

import "testing"

// TestTheyAfterMemberSentence covers a "they" two sentences after a list
// of names, when the sentence between names only one of them and places
// ([docState.coordinationBefore]).
func TestTheyAfterMemberSentence(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Three plaintiffs, Pia Osk, Lene Osk, and Rolf Marten, moved to Utah. Marten had lived in Utah for twenty years. They worked with the group Equally Fair.",
			[]string{"Pia Osk -work_with-> Equally Fair", "Lene Osk -work_with-> Equally Fair", "Rolf Marten -work_with-> Equally Fair"}, nil,
			"a sentence about one member and a place between the list and \"they\""},
		{"Ada Lind and Bo Lind sued the city. Bo Lind later met Cara Wend in Oslo. They worked with the group Equally Fair.",
			nil, []string{"Ada Lind -work_with-> Equally Fair"},
			"a person outside the list named between: she may be among them"},
	})
}
