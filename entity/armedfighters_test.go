package entity

import "testing"

// TestArmedBodyFighters checks that the fighters of a named armed body act
// for it, with or without an article before the name, and that
// peacekeepers named after a state or a body are a group.
func TestArmedBodyFighters(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Velmor rebels attacked Oslo on Sunday.",
			[]string{"Velmor -attack-> Oslo"}, nil,
			"the rebels of a named body act for it, as its militia does"},
		{"M23 rebels attacked Oslo on Sunday.",
			[]string{"M23 -attack-> Oslo"}, nil,
			"a name opening the sentence before rebels is the armed body's"},
		{"The army clashed near Oslo with M23 rebels, who then attacked Bergen.",
			[]string{"M23 -attack-> Bergen"}, nil,
			"a name after a preposition before rebels"},
		{"The Velmor rebels attacked Norwegian peacekeepers on Sunday.",
			[]string{"Velmor -attack-> Norwegian peacekeepers"}, nil,
			"peacekeepers named after a state are a group"},
		{"M23 rebels attacked UN peacekeepers near Oslo.",
			[]string{"M23 -attack-> UN peacekeepers"}, nil,
			"peacekeepers named after a body are a group"},
	})
}
