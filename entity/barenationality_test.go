package entity

import "testing"

// TestBareNationalityApposition: a person's apposition may open with the
// nationality and no article ("Tom Wu, US sport columnist from ESPN,");
// a singular noun of a trade, closed by a preposition or a comma, makes
// it one, and a plural on a list does not.
func TestBareNationalityApposition(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, US sport columnist from ESPN, said the team would win. Ann Lee, Swedish columnist at the Daily Star, agreed.",
			[]string{"Tom Wu -from-> United States", "Tom Wu -work_for-> ESPN", "Ann Lee -from-> Sweden", "Ann Lee -work_for-> Daily Star"},
			nil,
			"a nationality right after the comma, lower-case nouns and a person's noun closed by a preposition"},
		{"Norway invited Tom Wu, Swedish officials and Danish envoys.",
			nil,
			[]string{"Tom Wu -from-> Sweden"},
			"a plural after the nationality goes on a list"},
	})
}
