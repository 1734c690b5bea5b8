package extract_test

import "testing"

// TestWhichAfterPlace checks that "which" as the object of its clause,
// after a common noun and a place phrase of in/from/at/near, stands for the
// noun, not the place, on sentences written for this test; a name after
// another preposition stays the antecedent.
func TestWhichAfterPlace(t *testing.T) {
	tests := []struct {
		sentence, lemma, object string
	}{
		{"Ola Berg banned travel from Norway, which Tom Wu opposed.", "oppose", "travel"},
		{"Ola Berg banned travel from Norway in January, which Tom Wu opposed as reckless.", "oppose", "travel"},
		{"Tom Wu condemned the attack in Oslo, which Ann Lee also condemned.", "condemn", "the attack"},
		{"Tom Wu signed a deal with Sweden, which Ann Lee criticised.", "criticise", "Sweden"},
	}
	a, x := setup(t)
	for _, tt := range tests {
		var got []string
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Lemma == tt.lemma && (e.Subject.Text == "Tom Wu" || e.Subject.Text == "Ann Lee") && e.Subject.Start > 0 {
				got = append(got, e.Object.Text)
			}
		}
		if len(got) == 0 || got[0] != tt.object {
			t.Errorf("Sentence(%q): %s objects %q, want %q first", tt.sentence, tt.lemma, got, tt.object)
		}
	}
}

// TestWhichAfterException checks that a relative clause after "the
// exception of" a name is about the name, as subject or object, on
// sentences written for this test.
func TestWhichAfterException(t *testing.T) {
	tests := []struct {
		sentence, lemma, subject, object string
	}{
		{"Tom Wu invited every state, with the exception of Norvania, which Vandoria does not recognize.", "recognize", "Vandoria", "Norvania"},
		{"Tom Wu invited every state with the exception of Norvania, which Vandoria has sanctioned.", "sanction", "Vandoria", "Norvania"},
		{"Tom Wu invited every state, with the exception of Norvania, which rejected the plan.", "reject", "Norvania", "the plan"},
	}
	a, x := setup(t)
	for _, tt := range tests {
		found := false
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			found = found || e.Lemma == tt.lemma && e.Subject.Text == tt.subject && e.Object.Text == tt.object
		}
		if !found {
			t.Errorf("Sentence(%q): no %s -%s-> %s", tt.sentence, tt.subject, tt.lemma, tt.object)
		}
	}
}
