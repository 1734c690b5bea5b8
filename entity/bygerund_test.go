package entity

import "testing"

// TestByGerund checks that "by" and a gerund, which says how an act was
// done, names no agent, on sentences written for this test.
func TestByGerund(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Kelbora Mayor Ann Lee spoke on Monday. However the Premier of Tasmania, Carl Dunmore, responded by asking Mayor Ann Lee what she meant.",
			[]string{"Carl Dunmore -lead-> Tasmania"}, []string{"Ann Lee -respond-> Carl Dunmore"},
			"the person after the gerund is no agent of the act"},
		{"Ann Lee was arrested at her home by Norwegian police. Tom Wu was hired by Boeing.",
			[]string{"Norwegian police -arrest-> Ann Lee", "Boeing -hire-> Tom Wu"}, nil,
			"a by-phrase that names an actor stays the agent"},
		{"Tom Wu responded by asking Mayor Ann Lee what she meant. Ola Berg began by asking Carl Dunmore why he left.",
			[]string{"Tom Wu -ask-> Ann Lee", "Ola Berg -ask-> Carl Dunmore"}, nil,
			"asking is an act of the clause's subject; a wh-word ends the gerund's object"},
	})
}
