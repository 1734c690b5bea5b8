package entity

import "testing"

// TestFootballClubSuffix checks that a name ending in FC or AFC is a club,
// an organisation whose coach and director lead it, not a person the
// recogniser took it for, on sentences written for this test.
func TestFootballClubSuffix(t *testing.T) {
	const intro = "Tom Wu and Ann Lee met in Oslo on Monday. "
	runDefaultEdgeCases(t, []edgeCase{
		{intro + "Tom Wu, director of Halden FC, said the club was sold.",
			[]string{"Tom Wu -lead-> Halden FC"}, nil,
			"an apposition's role"},
		{intro + "Ann Lee replaced Tom Wu as coach of Velby AFC.",
			[]string{"Ann Lee -lead-> Velby AFC"}, nil,
			"a role taken over"},
		{intro + "Tom Wu resigned as coach of Halden FC.",
			[]string{"Tom Wu -resign_from-> Halden FC"}, nil,
			"a role left"},
	})
}
