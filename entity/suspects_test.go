package entity

import "testing"

// TestSuspectsParticiple checks that a gerund after a participle that
// describes the object's noun ("arrested two men suspected of killing Ann
// Lee") is not made the act of the clause's subject, while a gerund of the
// clause's own verb still is, on sentences written for this test.
func TestSuspectsParticiple(t *testing.T) {
	const intro = "Tom Wu and Ann Lee met in Oslo on Monday. "
	runDefaultEdgeCases(t, []edgeCase{
		{intro + "Police in Bergen arrested two men suspected of killing Ann Lee.",
			nil, []string{"Bergen Police -kill-> Ann Lee"},
			"the men are suspected, not the police"},
		{intro + "The Norwegian army detained two soldiers accused of beating Tom Wu.",
			nil, []string{"Norwegian army -beat-> Tom Wu"},
			"accused soldiers"},
		{intro + "Sweden accused Norway of attacking Denmark.",
			[]string{"Norway -attack-> Denmark"}, nil,
			"the clause's own verb still gives its object's act"},
	})
}
