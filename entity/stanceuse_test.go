package entity

import "testing"

// TestStanceUse checks that a stance toward an actor's use of force is a
// stance toward the actor, on texts written for this test.
func TestStanceUse(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Marcus Hollow protested the Blue Party's use of violence on Monday.",
			[]string{"Marcus Hollow -protest-> Blue Party"}, nil,
			"what the party does with violence is the party's act"},
		{"Anna Pike condemned the Velta Police's use of tear gas.",
			[]string{"Anna Pike -condemn-> Velta Police"}, nil,
			"the police's use of tear gas"},
	})
}
