package entity

import "testing"

// TestLedPeople checks that the leader of people who stand for a body
// ("researchers at Stanford University, led by", "a delegation from
// Sweden, led by") is not made the body's leader, while a body named
// before "led by" still is, on sentences written for this test.
func TestLedPeople(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu and Ann Lee met in Oslo on Monday. Researchers at Stanford University, led by Tom Wu, published the study.",
			nil, []string{"Tom Wu -lead-> Stanford University"},
			"a plural of people at a body"},
		{"Tom Wu and Ann Lee met in Oslo on Monday. Scientists at the University of Oslo were led by Ann Lee.",
			nil, []string{"Ann Lee -lead-> University of Oslo"},
			"a plural of people at a body, in a clause"},
		{"Tom Wu and Ann Lee met in Oslo on Monday. A team at the University of Oslo, led by Ann Lee, found the bones.",
			nil, []string{"Ann Lee -lead-> University of Oslo"},
			"the participle the extractor gives the nearest name"},
		{"Tom Wu and Ann Lee met in Oslo on Monday. A delegation from Sweden, led by Tom Wu, visited Riga.",
			nil, []string{"Tom Wu -lead-> Sweden"},
			"a delegation from a state"},
		{"Tom Wu and Ann Lee met in Oslo on Monday. Officials at the Ministry of Health, led by Tom Wu, met the protesters.",
			nil, []string{"Tom Wu -lead-> Ministry of Health"},
			"officials at a ministry, the sentence's first word"},
		{"Tom Wu and Ann Lee met in Oslo on Monday. The Labour Party, led by Ann Lee, won the election.",
			[]string{"Ann Lee -lead-> Labour Party"}, nil,
			"a body named before the participle"},
	})
}
