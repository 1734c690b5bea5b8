package extract_test

import "testing"

// TestOwnerAntecedent checks that "who" after "the home of Ann Lee" (a
// place, thing or event of someone's, then "of" and a name) takes the
// name as subject: "who" is a person, never the home. After a noun of a
// person ("the daughter of Ann Lee, who") the whole phrase stays.
func TestOwnerAntecedent(t *testing.T) {
	a, x := setup(t)
	for _, tc := range []struct {
		why, text, rel, subj string
	}{
		{"comma", "Police searched the home of Tom Wu, who had worked for Halvik Radio.", "had worked for", "Tom Wu"},
		{"no comma", "He left papers at the apartment of his friend Ann Lee who had ties to the Berg Party.", "had ties to", "his friend Ann Lee"},
		{"event", "Protests followed the arrest of Tom Wu, who had criticised Ann Lee.", "had criticised", "Tom Wu"},
		{"career event", "Talks followed the departure of Tom Wu, who had chaired the Treasury Board.", "had chaired", "Tom Wu"},
		{"life event", "Crowds marked the retirement of Ann Lee, who had led the Halvik Bank.", "had led", "Ann Lee"},
		{"person noun stays", "Tom Wu met the daughter of Ann Lee, who works for Halvik Radio.", "works for", "the daughter of Ann Lee"},
	} {
		t.Run(tc.why, func(t *testing.T) {
			var got []string
			for _, e := range x.Sentence(a.Tag(tc.text)) {
				if e.Relation == tc.rel {
					got = append(got, e.Subject.Text)
					if e.Subject.Text == tc.subj {
						return
					}
				}
			}
			t.Errorf("Sentence(%q): subjects of %q = %q, want %q", tc.text, tc.rel, got, tc.subj)
		})
	}
}
