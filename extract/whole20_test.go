package extract_test

import "testing"

// TestPredicateNounParticiple checks that a participle's phrase after the
// indefinite noun a copula gives its subject ("Ann Lee is a Swedish
// national now living in Oslo") takes the copula's subject: the noun is
// that person.
func TestPredicateNounParticiple(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Ann Lee is a Swedish citizen now living in Oslo.",
			"Ann Lee", "living in", "Oslo", "an adverb between the noun and the participle"},
		{"Tom Wu was a reporter based in Velby.",
			"Tom Wu", "based in", "Velby", "a passive participle right after the noun"},
		{"Tom Wu met a reporter living in Velby.",
			"a reporter", "living in", "Velby", "after a verb's object the noun stays the subject"},
		{"Tom Wu is not a reporter now living in Velby.",
			"a reporter", "living in", "Velby", "a denied copula lends no subject"},
	})
}
