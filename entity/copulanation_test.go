package entity

import "testing"

// TestCopulaNationality covers a copula whose object is a nationality's
// adjective and a noun of no role, on invented sentences: the person is
// from the state, as "Tom Wu, a Norwegian hero," already says.
func TestCopulaNationality(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu was a true Norwegian hero. Ann Lee is a Swedish painter. Ola Berg is a great Danish war veteran.",
			[]string{"Tom Wu -from-> Norway", "Ann Lee -from-> Sweden", "Ola Berg -from-> Denmark"}, nil,
			"a nationality before the copula's noun, after an article and modifiers only"},
		{"Tom Wu is the captain of the Norwegian team. Ann Lee was not a Swedish painter.",
			nil, []string{"Tom Wu -from-> Norway", "Ann Lee -from-> Sweden"},
			"a noun and of before the nationality, or a negated copula, say nothing of the person"},
	})
}
