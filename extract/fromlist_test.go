package extract_test

import (
	"slices"
	"testing"
)

// TestFromList checks that in a list of names each followed by its own
// "from" phrase ("Hany Rida from Egypt and Tom Wu from Niger") a later
// name is no place of an earlier one, while a plain list of places after
// one name stays the name's, on sentences written for this test.
func TestFromList(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
		not      []string
	}{
		{"Hany Abou Rida from Egypt and Ola Nord Berg from Niger both earned 35 votes.",
			[]string{"Hany Abou Rida|Egypt", "Ola Nord Berg|Niger"}, []string{"Hany Abou Rida|Ola Nord Berg"}},
		{"Ann Lee from Norway, Tom Wu from Sweden and Mia Holt from Finland won seats.",
			[]string{"Tom Wu|Sweden", "Mia Holt|Finland"}, []string{"Tom Wu|Mia Holt"}},
		{"Traders from Norway and Sweden met on Friday.",
			[]string{"Traders|Norway", "Traders|Sweden"}, nil},
	}
	a, x := setup(t)
	for _, tt := range tests {
		var got []string
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Lemma == "be_from" || e.Lemma == "be_of" || e.Lemma == "are_from" {
				got = append(got, e.Subject.Text+"|"+e.Object.Text)
			}
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Sentence(%q): place facts %q, want %q", tt.sentence, got, w)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("Sentence(%q): place facts %q hold %q", tt.sentence, got, n)
			}
		}
	}
}
