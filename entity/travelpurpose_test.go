package entity

import "testing"

// TestTravelPurposeIsNoAct checks that an act after a trip to a place
// ("flew to Oslo to meet Ann Lee") is the trip's purpose, not an act the
// sentence says took place, while the act stated on its own, "went on to"
// and "came to know" (no place between) stay acts, on documents written
// for this test.
func TestTravelPurposeIsNoAct(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu flew to Oslo to meet Ann Lee.",
			[]string{"Tom Wu -fly_to-> Oslo"}, []string{"Tom Wu -meet-> Ann Lee"},
			"a meeting the trip was for"},
		{"The Halvik Front came to Lodi to attack Norway.",
			[]string{"Halvik Front -come_to-> Lodi"}, []string{"Halvik Front -attack-> Norway"},
			"an attack the coming was for"},
		{"Ann Lee returned home to face Tom Wu in court.",
			nil, []string{"Ann Lee -face-> Tom Wu"},
			"home is the place"},
		{"Tom Wu entered the race to defeat Ann Lee.",
			nil, []string{"Tom Wu -defeat-> Ann Lee"},
			"a race entered to defeat"},
		{"Tom Wu traveled to Oslo to meet Ann Lee, and met her on Friday.",
			[]string{"Tom Wu -meet-> Ann Lee"}, nil,
			"the meeting stated as done"},
		{"Tom Wu flew to Oslo on Monday and met Ann Lee there.",
			[]string{"Tom Wu -meet-> Ann Lee"}, nil,
			"a meeting after the trip"},
		{"Tom Wu went on to beat Ann Lee in the final.",
			[]string{"Tom Wu -beat-> Ann Lee"}, nil,
			"went on to: no place, an act"},
		{"Tom Wu came to know Ann Lee in Oslo.",
			[]string{"Tom Wu -know-> Ann Lee"}, nil,
			"came to know: no place, an act"},
		{"General Tom Wu has traveled to Halvia to oversee the Norwegian troops deployed there.",
			[]string{"Tom Wu -oversee-> Norwegian troops"}, nil,
			"a posting the trip takes him to is a duty held"},
	})
}

// TestEffortIsNoAct checks that an act worked or campaigned for ("worked
// hard to defeat Ann Lee", "worked with Ann Lee to defeat Norway") and an
// aim a trip serves ("came to support", "rushed to help") are no acts,
// while "struggled to beat" and "came to admire" stay acts, on documents
// written for this test.
func TestEffortIsNoAct(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu worked hard to defeat Ann Lee.",
			nil, []string{"Tom Wu -defeat-> Ann Lee"},
			"an effort towards the act"},
		{"Tom Wu campaigned to unseat Ann Lee.",
			nil, []string{"Tom Wu -unseat-> Ann Lee"},
			"a campaign for the act"},
		{"Tom Wu worked together with Ann Lee to defeat Norway.",
			[]string{"Tom Wu -work_together_with-> Ann Lee"}, []string{"Tom Wu -defeat-> Norway"},
			"work with a partner towards the act"},
		{"Tom Wu came to support Ann Lee at the final.",
			nil, []string{"Tom Wu -support-> Ann Lee"},
			"an aim the coming serves"},
		{"Norwegian troops rushed to help Sweden.",
			nil, []string{"Norwegian troops -help-> Sweden"},
			"an aim the rush serves"},
		{"Tom Wu struggled to beat Ann Lee in the final.",
			[]string{"Tom Wu -beat-> Ann Lee"}, nil,
			"a hard act that was done"},
		{"Tom Wu came to admire Ann Lee.",
			[]string{"Tom Wu -admire-> Ann Lee"}, nil,
			"came to: a change, no aim"},
	})
}
