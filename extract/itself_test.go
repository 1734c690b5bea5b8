package extract_test

import "testing"

// TestRelativeItself checks that a reflexive pronoun right after a relative
// pronoun ("which itself was related to") only stresses it: the clause
// still takes the noun before the relative as its subject.
func TestRelativeItself(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"The Oslo Workers Front, which itself was related to the Islamic State, was banned.",
			"The Oslo Workers Front", "was related to", "the Islamic State", "which itself and a passive"},
		{"Tom Wu, who himself had met Ann Lee in May, resigned.",
			"Tom Wu", "had met", "Ann Lee", "who himself and an active verb"},
	})
}
