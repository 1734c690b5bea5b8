package entity

import "testing"

// TestOwnRoles checks that a role after "our" and a comma before a name,
// inside a quotation, is held in the speaker's body, on documents written
// for this test.
func TestOwnRoles(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"\"We will avenge the killing of our leader, Tom Wu,\" the Harbor Front said on Friday.",
			[]string{"Tom Wu -lead-> Harbor Front"}, nil,
			"an organisation speaks"},
		{"Ann Lee, a spokeswoman for the Velmor Front, said: \"Our commander, Ola Berg, is safe.\"",
			[]string{"Ola Berg -lead-> Velmor Front"}, nil,
			"the body the speaker works for"},
		{"Ann Lee, a spokeswoman for the Velmor Front, said: \"Our friend, Ola Berg, is safe.\"",
			nil, []string{"Ola Berg -lead-> Velmor Front", "Ola Berg -work_for-> Velmor Front", "Ola Berg -member_of-> Velmor Front"},
			"no role noun"},
		{"The Velmor Front said: \"We thank our friends. Ann Lee, Ola Berg and Tom Wu stood with us.\"",
			nil, []string{"Ola Berg -lead-> Velmor Front"},
			"a name after a comma two words into a quoted sentence, with no room for \"our\" before it"},
	})
}
