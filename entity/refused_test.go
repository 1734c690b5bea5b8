package entity

import "testing"

// TestRefusedAskers covers a refusal with no object after "but" that
// answers a request made before it in the sentence, on invented
// sentences: the one asked turns the asker down.
func TestRefusedAskers(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway asked Tom Wu to delay the vote, but he declined. Ann Lee invited Sweden to the talks, but Sweden refused.",
			[]string{"Tom Wu -decline-> Norway", "Sweden -refuse-> Ann Lee"}, nil,
			"the one asked or invited declines or refuses the asker"},
		{"Norway asked Sweden to delay the vote, but Denmark refused. Tom Wu met Ann Lee, but she declined.",
			nil, []string{"Denmark -refuse-> Norway", "Ann Lee -decline-> Tom Wu"},
			"one not asked, or one met, refuses no request"},
	})
}
