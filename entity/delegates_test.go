package entity

import "testing"

// TestDelegateStates: a state's delegate to a body, in apposition to a
// name before or after it, speaks for the state as well as sitting in the
// body.
func TestDelegateStates(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Norwegian delegate to the Nordic Council, Tom Wu, told the press. Ann Lee, the Swedish delegate to the Nordic Council, left.",
			[]string{"Tom Wu -represent-> Norway", "Ann Lee -represent-> Sweden"},
			[]string{"Tom Wu -represent-> Sweden", "Ann Lee -represent-> Norway"},
			"the nationality before the delegate to a body, the name after or before"},
		{"The Norwegian ambassador to the Nordic Council, Tom Wu, left.",
			nil,
			[]string{"Tom Wu -represent-> Norway"},
			"an ambassador is staff of the state, read elsewhere"},
	})
}
