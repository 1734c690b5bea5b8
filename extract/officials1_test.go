package extract_test

import (
	"strings"
	"testing"
)

// TestAsideInComplement checks that an aside set off by commas between
// the subject of a that-less complement clause and its verb ("reported
// officials, after an inquiry, stated ...") leaves the subject in the
// clause: it is no object of the verb of saying. So does a phrase of
// cause ("due to the strike") without commas.
func TestAsideInComplement(t *testing.T) {
	a, x := setup(t)
	for _, tc := range []struct{ text, verb, subj, notObj string }{
		{"The Daily Courier reported officials, following an inquiry, stated the dam was safe.", "reported", "The Daily Courier", "officials"},
		{"Ann Lee claimed the council, according to the Daily Courier, rejected the plan.", "claimed", "Ann Lee", "the council"},
		// A phrase of cause without commas: "due to", "because of".
		{"Nordic Radio reported Baltic Television due to the strike have delayed the broadcast.", "reported", "Nordic Radio", "Baltic Television"},
		{"Ann Lee said Norway because of the war had closed the border.", "said", "Ann Lee", "Norway"},
	} {
		found := false
		for _, e := range x.Sentence(a.Tag(tc.text)) {
			if e.Relation != tc.verb || e.Subject.Text != tc.subj {
				continue
			}
			found = true
			if e.Object.Text == tc.notObj {
				t.Errorf("Sentence(%q): %q | %q | %q, want the clause as object", tc.text, e.Subject.Text, e.Relation, e.Object.Text)
			}
			if !strings.Contains(e.Object.Text, tc.notObj) {
				t.Errorf("Sentence(%q): object %q, want the clause with %q", tc.text, e.Object.Text, tc.notObj)
			}
		}
		if !found {
			t.Errorf("Sentence(%q): no clause %q | %q", tc.text, tc.subj, tc.verb)
		}
	}
	// An apposition is no aside here: the reading of appositions names
	// the subject by it ("the director, Ann Lee, has").
	found := false
	for _, e := range x.Sentence(a.Tag("The Daily Courier reports Halvik's director, Ann Lee, has ties to the Halvik Party.")) {
		if e.Relation == "reports" && e.Object.Text == "Halvik's director" {
			found = true
		}
	}
	if !found {
		t.Errorf("no clause The Daily Courier | reports | Halvik's director")
	}
	// A phrase of cause after an object that no finite verb follows keeps
	// the object.
	found = false
	for _, e := range x.Sentence(a.Tag("Ann Lee praised Norway due to its help.")) {
		if e.Relation == "praised" && e.Object.Text == "Norway" {
			found = true
		}
	}
	if !found {
		t.Errorf("no clause Ann Lee | praised | Norway")
	}
	// A comma after an object that no finite verb follows keeps the object.
	found = false
	for _, e := range x.Sentence(a.Tag("Ann Lee told Tom Wu, on Monday, that he was wrong.")) {
		if e.Relation == "told" && e.Object.Text == "Tom Wu" {
			found = true
		}
	}
	if !found {
		t.Errorf("no clause Ann Lee | told | Tom Wu")
	}
}
