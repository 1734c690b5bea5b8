package extract_test

import "testing"

// TestSubordinateListSubject checks that a conjunction such as "because"
// or "while" before a list of noun phrases and a finite verb opens a
// clause whose subjects are the list's members, none of them an object of
// the main verb ("closed because the mayor and the council could not
// agree").
func TestSubordinateListSubject(t *testing.T) {
	a, x := setup(t)
	cases := []struct {
		text, main string
		members    []string
		verb       string
	}{
		{"The Varo council closed because the mayor and the board could not agree on a budget.", "The Varo council", []string{"the mayor", "the board"}, "could not agree on"},
		{"The talks failed because Norland and Estavia refused the offer.", "The talks", []string{"Norland", "Estavia"}, "refused"},
		{"The plan collapsed while Norland, Estavia and Trelia were arguing.", "The plan", []string{"Norland", "Estavia", "Trelia"}, "were arguing"},
	}
	for _, tc := range cases {
		xs := x.Sentence(a.Tag(tc.text))
		for _, m := range tc.members {
			found := false
			for _, e := range xs {
				if e.Subject.Text == tc.main && e.Object.Text == m {
					t.Errorf("Sentence(%q) makes %q an object of the main clause (%s)", tc.text, m, e.Relation)
				}
				found = found || e.Subject.Text == m && e.Relation == tc.verb
			}
			if !found {
				t.Errorf("Sentence(%q): no %s %s", tc.text, m, tc.verb)
			}
		}
	}
	// "as" may be a preposition whose phrase goes on with "and" and
	// another clause: its object stays.
	found := false
	for _, e := range x.Sentence(a.Tag("Tom Wu resigned as the governor of Varo and Ann Lee was sworn in as the new governor.")) {
		found = found || e.Subject.Text == "Tom Wu" && e.Relation == "resigned as" && e.Object.Text == "the governor of Varo"
	}
	if !found {
		t.Errorf("as: no Tom Wu resigned as the governor of Varo")
	}
	// "because of" stays a preposition whose objects are the list.
	xs := x.Sentence(a.Tag("The team won because of Ann Lee and Tom Wu."))
	for _, m := range []string{"Ann Lee", "Tom Wu"} {
		found := false
		for _, e := range xs {
			found = found || e.Subject.Text == "The team" && e.Object.Text == m
		}
		if !found {
			t.Errorf("because of: no The team -> %s", m)
		}
	}
}
