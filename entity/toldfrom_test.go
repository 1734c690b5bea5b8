package entity

import "testing"

// TestToldOutletFrom checks that a from-phrase after a news agency told
// something places the speaker, not the agency, on invented sentences.
func TestToldOutletFrom(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{`"The fighting has died down," Ann Lee told Reuters from Bergen.`,
			[]string{"Ann Lee -tell-> Reuters"}, []string{"Reuters -from-> Bergen"},
			"the speaker spoke from Bergen"},
		{"Tom Wu told the BBC from Oslo that the talks had failed.",
			[]string{"Tom Wu -tell-> BBC"}, []string{"BBC -from-> Oslo"},
			"a broadcaster too"},
	})
}
