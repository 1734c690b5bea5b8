package entity

import "testing"

// TestSufferedActs covers a violent act that a verb of undergoing takes
// for its object, its agent named by a state's adjective or a possessive
// before it, and the verbs that fend an act off or evade an inquiry.
func TestSufferedActs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Sweden has been fending off a Norwegian invasion for two years.",
			[]string{"Norway -invade-> Sweden", "Sweden -fend_off-> Norway"},
			nil,
			"a state's adjective before an invasion fended off names the invader"},
		{"Finland repelled Norway's attack on Monday.",
			[]string{"Norway -attack-> Finland", "Finland -repel-> Norway"},
			nil,
			"the possessor of an attack repelled attacked the subject"},
		{"Ann Lee faced a Norwegian raid.",
			[]string{"Norway -raid-> Ann Lee"},
			nil,
			"a raid faced is the raider's on the subject"},
		{"Tom Wu survived the Russian occupation.",
			nil,
			[]string{"Russia -occupy-> Tom Wu"},
			"an occupation is of a land, not of a person who lived through it"},
		{"Ann Lee evaded an investigation by the Norwegian Senate. Tom Wu evaded arrest by the Oslo police.",
			[]string{"Norwegian Senate -investigate-> Ann Lee"},
			[]string{"Oslo police -arrest-> Tom Wu"},
			"an inquiry evaded goes on all the same; an arrest evaded did not happen"},
	})
}
