package entity

import "testing"

// TestSubjectOfAct: a copula's "the subject of" or "the target of" an
// act named with its agent makes the copula's subject the act's patient,
// as "under" does; a thing's subject ("a book by") or talks between
// others make none.
func TestSubjectOfAct(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Air has been the subject of Norwegian sanctions since 2011. Lund Bank was the target of Swedish attacks.",
			[]string{"Norway -sanction-> Halvik Air", "Sweden -attack-> Lund Bank"},
			nil,
			"the agent as a nationality before the act's noun"},
		{"Tom Wu is the subject of a book by Ann Lee. Halvik Air has been the subject of talks between Norway and Sweden.",
			nil,
			[]string{"Ann Lee -book-> Tom Wu", "Norway -talk_with-> Halvik Air", "Sweden -talk_with-> Halvik Air"},
			"no act, or the act of others between themselves"},
	})
}
