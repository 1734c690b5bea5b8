package extract_test

import "testing"

// TestChoosingHandsObjectOn: a verb of choosing hands its object to the
// infinitive after it, as "hired" and "appointed" do: the one chosen is
// the nominee or leads ("tapped Mara Tolvan to be its nominee", "chose
// Gregor Lamm to lead the party"), not the chooser.
func TestChoosingHandsObjectOn(t *testing.T) {
	a, x := setup(t)
	for _, tt := range []struct{ text, subj, lemma string }{
		{"The Harbor Party tapped Mara Tolvan to be its presidential nominee.", "Mara Tolvan", "be"},
		{"The Velt Union chose Gregor Lamm to be its leader.", "Gregor Lamm", "be"},
		{"The Velt Union chose Gregor Lamm to lead the party.", "Gregor Lamm", "lead"},
		{"The Harbor Party selected Mara Tolvan to represent Ostrava.", "Mara Tolvan", "represent"},
	} {
		found := false
		for _, e := range x.Sentence(a.Tag(tt.text)) {
			if e.Lemma == tt.lemma && e.Subject.Text != tt.subj {
				t.Errorf("Sentence(%q) has (%s; %s; %s), want %s as subject", tt.text, e.Subject.Text, e.Relation, e.Object.Text, tt.subj)
			}
			found = found || e.Lemma == tt.lemma && e.Subject.Text == tt.subj
		}
		if !found {
			t.Errorf("Sentence(%q) has no %s fact of %s", tt.text, tt.lemma, tt.subj)
		}
	}
}

// TestRelativeAfterPlacedCopula: a relative after the object of a copula
// with a preposition ("is in awe of the people who ran") has its own
// antecedent, not the copula's subject; "was among the members who" and
// "is a lawyer who" still take the subject.
func TestRelativeAfterPlacedCopula(t *testing.T) {
	a, x := setup(t)
	for _, tt := range []struct{ text, verb, subj string }{
		{"Mara Tolvan is in awe of the people who ran towards danger.", "run_towards", ""},
		{"Mara Tolvan was among the members who voted against Gregor Lamm.", "vote_against", "Mara Tolvan"},
		{"Mara Tolvan is an Ostrava lawyer who sued Gregor Lamm.", "sue", "Mara Tolvan"},
	} {
		found := false
		for _, e := range x.Sentence(a.Tag(tt.text)) {
			if e.Lemma != tt.verb {
				continue
			}
			found = true
			if tt.subj == "" && e.Subject.Text == "Mara Tolvan" || tt.subj != "" && e.Subject.Text != tt.subj {
				t.Errorf("Sentence(%q) has (%s; %s; %s)", tt.text, e.Subject.Text, e.Relation, e.Object.Text)
			}
		}
		if !found {
			t.Errorf("Sentence(%q) has no %s", tt.text, tt.verb)
		}
	}
}
