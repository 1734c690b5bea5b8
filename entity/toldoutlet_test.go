package entity

import "testing"

// TestJudgedToOutlet covers a speaker's judgement told to a news outlet
// ("Ann Lee told the Velby Post that Tom Wu was a criminal"), on invented
// stories: the speaker judges, not the outlet that carried the words.
func TestJudgedToOutlet(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee told the Velby Post that Tom Wu was a criminal.",
			[]string{"Ann Lee -criticize-> Tom Wu"}, []string{"Velby Post -criticize-> Tom Wu"}, "told an outlet"},
		{"Ann Lee told reporters that Tom Wu was a criminal.",
			[]string{"Ann Lee -criticize-> Tom Wu"}, nil, "told reporters"},
	})
}
