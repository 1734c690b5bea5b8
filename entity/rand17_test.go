package entity

import "testing"

// TestHeardDeathNoAnnounce covers a reaction to a death that the speaker
// heard or learned of: "Sad news hearing that Tom Wu has died" announces
// nothing, while "Tom Wu has died," said as news, still does.
func TestHeardDeathNoAnnounce(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{`Ann Lee reacted on Facebook, "Terrible news hearing that Tom Wu has died, I recall touring with him in Oslo."`,
			nil, []string{"Ann Lee -announce-> Tom Wu"}, "hearing that"},
		{`"I was sad to learn Tom Wu has died," Ann Lee said on Monday.`,
			nil, []string{"Ann Lee -announce-> Tom Wu"}, "learn without that"},
		{`"Tom Wu has died," Ann Lee said on Monday.`,
			[]string{"Ann Lee -announce-> Tom Wu"}, nil, "news given"},
	})
}
