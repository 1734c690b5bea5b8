package extract_test

import "testing"

// TestPluralGeneralEnvoys checks that a plural office written apart from
// its "general" ("attorneys general from Ostrava and Varnhold") is read as
// envoys from a list, one clause for each body they act for, as "officials
// from" is.
func TestPluralGeneralEnvoys(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Marten was joined by attorneys general from Ostrava and Varnhold.",
			"Marten", "was joined by", "attorneys general from Ostrava", "the first state with the envoys"},
		{"Marten was joined by attorneys general from Ostrava and Varnhold.",
			"Marten", "was joined by", "Varnhold", "the second state alone"},
	})
}
