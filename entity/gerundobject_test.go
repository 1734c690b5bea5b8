package entity

import "testing"

// TestGerundObject: the object of a gerund after a preposition is the
// gerund's, though the parse hangs it on the verb before when an age
// stands in apposition to the verb's object: no charge of the victim.
func TestGerundObject(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway charged Tom Wu, 45, with attacking Ann Lee.",
			[]string{"Norway -charge-> Tom Wu", "Tom Wu -attack-> Ann Lee"},
			[]string{"Norway -charge_with-> Ann Lee", "Norway -charge-> Ann Lee"},
			"an age between the object and the gerund"},
		{"Sweden charged Ola Berg, 52, with conspiring with Mia Holm.",
			[]string{"Ola Berg -conspire_with-> Mia Holm"},
			[]string{"Sweden -charge_with-> Mia Holm", "Sweden -charge-> Mia Holm"},
			"a gerund and its own preposition"},
	})
}
