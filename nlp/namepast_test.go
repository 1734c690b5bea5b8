package nlp

import "testing"

// TestNamePast checks that a past form after the name that opens a
// sentence, before an object, is the main clause's verb when the only
// finite verb is a later relative clause's.
func TestNamePast(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Norway praised Tom Wu for his work with the Nordic Union, which it joined in 1995.", "praised", "VBD", "before a relative clause"},
		{"Norway praised Tom Wu in 1995.", "praised", "VBD", "the plain sentence"},
		{"Tom Wu, who was a baker, injured his hand.", "who", "WP", "a comma after the name: no such name"},
		{"Norway fired water cannons at Sweden.", "fired", "VBD", "a bare object before a preposition"},
	})
}
