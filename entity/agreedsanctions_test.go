package entity

import "testing"

// TestAgreedSanctions checks sanctions that a state or a bloc adopts or
// agrees on: the act is the subject's on the actor after against or on,
// as imposed sanctions are, and the verb's own reading with the
// preposition (agree_against) is left out.
func TestAgreedSanctions(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Nordic Council agreed on new sanctions against Belarus.",
			[]string{"Nordic Council -sanction-> Belarus"}, []string{"Nordic Council -agree_against-> Belarus"},
			"sanctions agreed on"},
		{"Japan agreed new sanctions on Iran.",
			[]string{"Japan -sanction-> Iran"}, nil,
			"sanctions agreed, with no preposition after the verb"},
		{"Canada adopted sanctions against Venezuela.",
			[]string{"Canada -sanction-> Venezuela"}, nil,
			"sanctions adopted"},
	})
}

// TestAgreedOtherActs checks that agreeing to or on an act other than a
// measure carries no act out: talks agreed to are not held, a visit agreed
// on is not the subject's.
func TestAgreedOtherActs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway agreed to talks with Sweden.",
			nil, []string{"Norway -talk_with-> Sweden"},
			"talks agreed to"},
		{"Norway agreed on a visit to Oslo by Ann Lee.",
			nil, []string{"Norway -visit-> Oslo"},
			"a visit by another agreed on"},
	})
}
