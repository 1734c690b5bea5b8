package extract_test

import "testing"

// TestOrAliasApposition checks that another name of the subject, set off
// by commas after "or", ends the subject as an apposition does, so that
// the main clause has its subject.
func TestOrAliasApposition(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"V9, or the Group of Nine, met in Varo on Monday.", "V9", "met in", "Varo", "a longer name after an acronym"},
		{"The Group of Nine, or V9, criticised Norland on Monday.", "The Group of Nine", "criticised", "Norland", "an acronym after the name"},
		{"Ann Lee, or Annie, met Tom Wu.", "Ann Lee", "met", "Tom Wu", "a person's other name"},
	})
}
