package extract_test

import "testing"

// TestTitledNameBeforeParticiple checks that a participle after a person
// named with a title ("with Utah Governor Jim Corr following suit") opens
// a phrase of its own rather than joining the name as a compound, so that
// the title still gives its "is" fact.
func TestTitledNameBeforeParticiple(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Nevada Governor Tom Harlan declared an emergency, with Utah Governor Jim Corr following suit a day later.",
			"Jim Corr", "is", "Utah Governor", "a title and name before a participle in an absolute with-phrase"},
		{"The mill closed, with Mayor Ann Lee blaming high costs.",
			"Ann Lee", "is", "Mayor", "a bare title before the name"},
		{"Velby Shipping operating costs rose by a third.",
			"Velby Shipping operating costs", "rose by", "a third", "no title: a company's name before a participle stays a compound"},
	})
}
