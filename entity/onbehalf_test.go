package entity

import "testing"

// TestOnBehalfOf checks an act done on behalf of an actor: the one who
// acted represents it.
func TestOnBehalfOf(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee signed the agreement on behalf of Sweden.",
			[]string{"Ann Lee -represent-> Sweden"}, []string{"Sweden -represent-> Ann Lee"},
			"the state after of"},
		{"Tom Wu accepted the award on Norway's behalf.",
			[]string{"Tom Wu -represent-> Norway"}, nil,
			"the possessive before behalf"},
		{"Tom Wu spoke on behalf of the victims.",
			nil, []string{"victims -represent-> Tom Wu"},
			"no actor after of"},
	})
}
