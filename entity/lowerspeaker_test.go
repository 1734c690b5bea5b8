package entity

import "testing"

// TestLowerSpeaker: "speaker" in lower case after a copula or "served
// as", with "of" and a house after it, is the house's chair, as
// "Speaker" is; its deputy serves it, and a speaker of anything but a
// house, or a keynote speaker, is one who spoke.
func TestLowerSpeaker(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu served as the speaker of the Halvik General Assembly. Ann Lee was the speaker of the Norland Senate.",
			[]string{"Tom Wu -lead-> Halvik General Assembly", "Ann Lee -lead-> Norland Senate"},
			nil,
			"a named house after of"},
		{"Tom Wu joined the Halvik General Assembly in 1983. He later became speaker of the chamber.",
			[]string{"Tom Wu -lead-> Halvik General Assembly"},
			nil,
			"the chamber that the house's name describes"},
		{"Tom Wu served as the deputy speaker of the Halvik General Assembly.",
			[]string{"Tom Wu -work_for-> Halvik General Assembly"},
			[]string{"Tom Wu -lead-> Halvik General Assembly"},
			"a deputy serves the house"},
		{"Tom Wu was the keynote speaker of the Labour Party conference. Ann Lee was the speaker of the Labour Party.",
			nil,
			[]string{"Tom Wu -lead-> Labour Party", "Ann Lee -lead-> Labour Party"},
			"a keynote speaker, or a speaker of a party, chairs nothing"},
	})
}
