package entity

import "testing"

// TestSanctionedBySpeaker checks that a body that says an actor was
// suspended, expelled or disqualified did it, and that a police force that
// says someone was arrested made the arrest, on sentences written for this
// test.
func TestSanctionedBySpeaker(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ban\n\nIn a statement, the Velby Olympic Committee said the Halden Sports Federation was also suspended due to its debts.",
			[]string{"Velby Olympic Committee -suspend-> Halden Sports Federation"}, nil,
			"a body's statement of a suspension, the words after the participle read as an object"},
		{"Arrest\n\nNorwegian police said Tom Wu was arrested on Monday.",
			[]string{"Norwegian police -arrest-> Tom Wu"}, nil,
			"a police force says of an arrest"},
		{"Arrest\n\nAmnesty International said Ann Lee was detained in Velby.",
			nil, []string{"Amnesty International -detain-> Ann Lee"},
			"a body that reports a detention did not detain"},
		{"Ban\n\nThe Velby Olympic Committee said the Halden Sports Federation was suspended by the Norden Sports Council.",
			nil, []string{"Velby Olympic Committee -suspend-> Halden Sports Federation"},
			"an agent named after by"},
		{"Ban\n\nVelby Olympic Committee spokesman Tom Wu said Norway was suspended.",
			[]string{"Velby Olympic Committee -suspend-> Norway"}, nil,
			"a body's spokesman speaks for it"},
		{"Ban\n\nPer Dahl said the Halden Sports Federation was suspended.",
			nil, []string{"Per Dahl -suspend-> Halden Sports Federation"},
			"a person's word: no body named"},
	})
}
