package extract_test

import (
	"testing"
)

// TestWithGerundInfinitive checks that an infinitive after a gerund after
// "with" takes the clause's object as subject, as after "of" and "for":
// "charged Tom Wu with trying to bribe Ann Lee" — Tom Wu would bribe her,
// not the prosecutors.
func TestWithGerundInfinitive(t *testing.T) {
	a, x := setup(t)
	for _, tc := range []struct{ text, subj, rel, wrong string }{
		{"Prosecutors charged Tom Wu with trying to bribe Ann Lee.", "Tom Wu", "bribe", "Prosecutors"},
		{"Police charged the driver with attempting to kill a witness.", "the driver", "kill", "Police"},
		{"The council tasked Tom Wu with helping to negotiate a deal.", "Tom Wu", "negotiate", "The council"},
	} {
		found := false
		for _, e := range x.Sentence(a.Tag(tc.text)) {
			if e.Relation != tc.rel {
				continue
			}
			if e.Subject.Text == tc.subj {
				found = true
			}
			if e.Subject.Text == tc.wrong {
				t.Errorf("Sentence(%q): %q | %q", tc.text, e.Subject.Text, e.Relation)
			}
		}
		if !found {
			t.Errorf("Sentence(%q): no clause %q | %q", tc.text, tc.subj, tc.rel)
		}
	}
	// The passive keeps its subject.
	found := false
	for _, e := range x.Sentence(a.Tag("Tom Wu was charged with attempting to kill Ann Lee.")) {
		if e.Relation == "kill" && e.Subject.Text == "Tom Wu" {
			found = true
		}
	}
	if !found {
		t.Errorf("passive: no clause Tom Wu | kill")
	}
}

// TestOpeningGerundThenAdverb checks that a sentence-initial gerund
// phrase ending in a name keeps its own clause when an adverb stands
// between the main clause's subject and its verb ("After meeting Ann Lee
// on Monday, Tom Wu reportedly flew home"): the gerund is Tom Wu's, and
// Tom Wu, not the whole phrase, is the subject of "flew".
func TestOpeningGerundThenAdverb(t *testing.T) {
	a, x := setup(t)
	for _, tc := range []struct{ text, gerund, obj, verb string }{
		{"After meeting Ann Lee on Monday, Tom Wu reportedly flew home.", "meeting", "Ann Lee", "flew"},
		{"After criticising the Halvik Party, Tom Wu also resigned.", "criticising", "the Halvik Party", "resigned"},
	} {
		var gerund, main bool
		for _, e := range x.Sentence(a.Tag(tc.text)) {
			if e.Subject.Text == "Tom Wu" && e.Relation == tc.gerund && e.Object.Text == tc.obj {
				gerund = true
			}
			if e.Subject.Text == "Tom Wu" && e.Relation == tc.verb {
				main = true
			}
		}
		if !gerund || !main {
			t.Errorf("Sentence(%q): gerund clause %v, main clause with subject Tom Wu %v", tc.text, gerund, main)
		}
	}
	// A list's last member before its verb stays in the list.
	for _, e := range x.Sentence(a.Tag("Tom Wu, his wife Ann Lee, and his son Bo Wu all tested positive.")) {
		if e.Relation == "is" && e.Object.Text == "his wife Ann Lee" {
			t.Errorf("list read as apposition: %q | %q | %q", e.Subject.Text, e.Relation, e.Object.Text)
		}
	}
}
