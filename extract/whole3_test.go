package extract_test

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/schema"
)

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

// TestBodyMembers checks that the states a copula or an apposition lists
// after a body of states ("a group of seven countries, A, B and C") are
// its members, in place of the copula's reading that the body is each
// of them.
func TestBodyMembers(t *testing.T) {
	a, x := setup(t)
	cases := []struct {
		text    string
		members []string
		body    string
		why     string
	}{
		{"The V9 is an informal group of nine countries, Norland, Estavia and Trelia.", []string{"Norland", "Estavia", "Trelia"}, "The V9", "a copula's complement"},
		{"The Varo Pact was a bloc of three nations, Norland, Estavia and Trelia, until 1990.", []string{"Norland", "Estavia", "Trelia"}, "The Varo Pact", "the list set off by commas"},
		{"The Varo Pact, a bloc of three nations, Norland, Estavia and Trelia, met on Monday.", []string{"Norland", "Estavia", "Trelia"}, "The Varo Pact", "an apposition of the subject"},
		{"The V9 is an alliance of nine countries, including Norland and Estavia.", []string{"Norland", "Estavia"}, "The V9", "an including list"},
		{"The V9 is a group of nine countries, the United States, Norland and Trelia.", []string{"the United States", "Norland", "Trelia"}, "The V9", "the States of a name is no plural noun"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			xs := x.Sentence(a.Tag(tc.text))
			var got []string
			for _, e := range xs {
				got = append(got, e.Subject.Text+" | "+e.Relation+" | "+e.Object.Text)
				if e.Lemma == "be" && e.Subject.Text == tc.body && slices.Contains(tc.members, e.Object.Text) {
					t.Errorf("Sentence(%q) keeps the copula reading %s is %s", tc.text, e.Subject.Text, e.Object.Text)
				}
			}
			for _, m := range tc.members {
				if !slices.ContainsFunc(xs, func(e schema.Extraction) bool {
					return e.Membership && e.Lemma == schema.MemberOf && e.Subject.Text == m && e.Object.Text == tc.body
				}) {
					t.Errorf("Sentence(%q) = %q, want %s member_of %s", tc.text, got, m, tc.body)
				}
			}
		})
	}
	// Two people in apposition to a plural noun are no members of anything.
	for _, e := range x.Sentence(a.Tag("Tom Wu met two countries, Norland and Estavia.")) {
		if e.Lemma == schema.MemberOf {
			t.Errorf("a list after a plain object gives %s member_of %s", e.Subject.Text, e.Object.Text)
		}
	}
}

// TestVerbAfterSubordinate checks that a verb phrase joined by ", and"
// after a clause that "while", "when" or "because" opens goes on the main
// clause: its subject is the main clause's, not the subordinate one's.
func TestVerbAfterSubordinate(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Tom Wu led the party while Ann Lee ran the bank, and later joined the cabinet.", "Tom Wu", "joined", "the cabinet", "while"},
		{"Tom Wu resigned when Acme lost the contract, and joined Halvik.", "Tom Wu", "joined", "Halvik", "when"},
		{"Tom Wu left Acme because Ann Lee sued the firm, and joined Halvik.", "Tom Wu", "joined", "Halvik", "because"},
		{"Tom Wu said that Ann Lee won the race, and thanked Norland.", "Tom Wu", "thanked", "Norland", "a report's clause, as before"},
	})
}
