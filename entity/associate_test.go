package entity

import "testing"

// TestAssociateOf covers a person's associate named with the noun: after
// a possessive, before "of", or after the person's name as a modifier;
// each gives associate_of the person.
func TestAssociateOf(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu's associate Ann Lee was convicted on Monday.",
			[]string{"Ann Lee -associate_of-> Tom Wu"}, nil, "a possessive"},
		{"Ann Lee, a close associate of Tom Wu, was convicted.",
			[]string{"Ann Lee -associate_of-> Tom Wu"}, nil, "of"},
		{"Longtime Tom Wu associate Ann Lee was convicted on Monday.",
			[]string{"Ann Lee -associate_of-> Tom Wu"}, nil, "a modifier"},
	})
}
