package extract_test

import "testing"

// TestIndefiniteAppositionParticiple checks that a past form in -ed after
// an indefinite apposition of the object ("an elite unit tasked with"),
// which commas close, is read as the apposition's participle, so that the
// verb joined by "and" after it keeps the main clause's subject; a past
// verb after a comma and an indefinite subject with no comma after it
// stays the verb of its own clause.
func TestIndefiniteAppositionParticiple(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Tom Berg joined the Velby Guard, an elite unit tasked with fighting crime, and offered Mary Holt a tour.",
			"Tom Berg", "offered", "Mary Holt", "the apposition's participle"},
		{"Ann Lee visited Halvik Farm, a large estate owned by Tom Wu, and thanked Kari Dahl.",
			"Ann Lee", "thanked", "Kari Dahl", "owned by in the apposition"},
		{"Ann Lee left the room, a guard escorted by two officers followed her.",
			"a guard escorted by two officers", "followed", "her", "no comma closes the phrase: the verb stays the clause's"},
	})
}
