package entity

import "testing"

// TestGroupName checks that a name of "the" and capitalised words that
// the recogniser reads as an event's or a work's names a group where the
// sentence uses it as one (the subject of an act, the object of "joined",
// after "members of" or "claimed by"), and that events, eras, places,
// offices and laws stay out, on sentences written for this test.
func TestGroupName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Revolutionary Dawn kidnapped Tom Wu in Oslo.",
			[]string{"Revolutionary Dawn -kidnap-> Tom Wu"}, nil, "the subject of an act"},
		{"The Islamic Hammer kidnapped Ann Lee.",
			[]string{"Islamic Hammer -kidnap-> Ann Lee"}, nil, "a faith's adjective opening the name"},
		{"Tom Wu joined the Revolutionary Hammer in 1990.",
			[]string{"Tom Wu -join-> Revolutionary Hammer"}, nil, "the object of joined"},
		{"Tom Wu was one of the members of the Burning Dawn.",
			[]string{"Tom Wu -member_of-> Burning Dawn"}, nil, "after members of"},
		{"Police arrested Tom Wu, a leader of the Revolutionary Sword.",
			[]string{"Tom Wu -lead-> Revolutionary Sword"}, nil, "after leader of"},
		{"Ann Lee, a spokeswoman for the Islamic Anvil, denied the claim.",
			[]string{"Ann Lee -work_for-> Islamic Anvil"}, nil, "a name the recogniser reads as a place's"},
		{"Tom Wu joined the Holy Land pilgrims in 1990.",
			nil, []string{"Tom Wu -join-> Holy Land"}, "a land before a noun"},
		{"Ann Lee was one of the leaders of the Holy Land in 1990.",
			nil, []string{"Ann Lee -lead-> Holy Land"}, "a land's head noun"},
		{"Tom Wu called Ann Lee the leader of the Free World.",
			nil, []string{"Ann Lee -lead-> Free World"}, "a phrase for a state's leader"},
		{"Tom Wu joined the Long March in 1934.",
			nil, []string{"Tom Wu -join-> Long March"}, "an event's head noun"},
		{"Tom Wu joined the Gold Rush in 1849.",
			nil, []string{"Tom Wu -join-> Gold Rush"}, "an event's head noun after joined"},
		{"Ann Lee was one of the members of the Silent Generation.",
			nil, []string{"Ann Lee -member_of-> Silent Generation"}, "a generation"},
		{"Tom Wu said the Great Depression claimed the lives of his parents.",
			nil, []string{"Great Depression -kill-> Tom Wu"}, "an era claims lives"},
		{"Tom Wu joined the Arab Spring protests.",
			nil, []string{"Tom Wu -join-> Arab Spring"}, "an event before a noun"},
		{"Tom Wu joined the Middle East desk of Halvik News.",
			nil, []string{"Tom Wu -join-> Middle East"}, "a place the gazetteer knows"},
		{"The White House criticised Norway.",
			[]string{"White House -criticise-> Norway"}, nil, "a building as kg reads it"},
		{"Tom Wu met the Prime Minister in Oslo.",
			nil, []string{"Tom Wu -meet-> Prime Minister"}, "an office"},
		{"Tom Wu joined the Cold War effort.",
			nil, []string{"Tom Wu -join-> Cold War"}, "a war"},
	})
}
