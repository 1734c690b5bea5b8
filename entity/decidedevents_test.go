package entity

import "testing"

// TestDecidedEvents covers a decision noun whose infinitive is a light
// verb and an event noun: the decider did the noun's act, a refusal
// denies it, and a threat gives no act.
func TestDecidedEvents(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's decision to impose sanctions on Sweden angered Finland.",
			[]string{"Norway -sanction-> Sweden"},
			nil,
			"a decision to impose sanctions on a state"},
		{"Denmark's move to impose tariffs on Estonian goods angered Finland.",
			[]string{"Denmark -impose_tariffs_on-> Estonia"},
			nil,
			"a move to impose tariffs on a state's goods"},
		{"Norway's refusal to impose sanctions on Sweden angered Finland. Iceland's threat to impose sanctions on Latvia was ignored.",
			[]string{"Norway -not_sanction-> Sweden"},
			[]string{"Norway -sanction-> Sweden", "Iceland -sanction-> Latvia"},
			"a refusal denies the act; a threat is no act"},
	})
}
