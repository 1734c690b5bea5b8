package entity

import "testing"

// TestPrepRelative checks a relative clause that a preposition and
// "whom" or "which" open after a named actor: the clause's subject acts
// on the antecedent through the preposition, unless the verb has an
// object of its own. The sentences are written for this test.
func TestPrepRelative(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, with whom Ann Lee feuded, has not commented.",
			[]string{"Ann Lee -feud_with-> Tom Wu"}, nil,
			"\"with whom\" after the antecedent's comma"},
		{"Tom Wu, to whom Ann Lee lost in 2016, spoke on Monday.",
			[]string{"Ann Lee -lose_to-> Tom Wu"}, nil,
			"\"to whom\""},
		{"Ann Lee thanked Halvik Motors, for which she worked for ten years.",
			[]string{"Ann Lee -work_for-> Halvik Motors"}, nil,
			"\"for which\" after an organisation, with a pronoun subject"},
		{"Tom Wu, with whom Ann Lee had dinner, spoke on Monday.",
			nil, []string{"Ann Lee -have_with-> Tom Wu"},
			"a verb with an object of its own"},
	})
}
