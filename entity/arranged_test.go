package entity

import "testing"

// TestArrangedTo covers an infinitive after "arranged to", on invented
// sentences: the arrangement is made, the act it arranges not yet done.
func TestArrangedTo(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu arranged to meet Ann Lee in Oslo.",
			nil, []string{"Tom Wu -meet-> Ann Lee"},
			"an arranged meeting is not yet held"},
		{"The ministry gave up on Monday, arranging instead to provide the data to Sweden.",
			nil, []string{"Norway -provide_to-> Sweden"},
			"a participle's arrangement"},
		{"Tom Wu met Ann Lee in Oslo, as arranged.",
			[]string{"Tom Wu -meet-> Ann Lee"}, nil,
			"the meeting held as arranged"},
	})
}
