package extract_test

import (
	"strings"
	"testing"
)

// TestBornNameIsNotPlaced: "Born Tom Wick in Bergen, he ..." gives the name
// at birth and the birthplace of the clause's subject; the noun phrase
// after "Born" is not placed in the town ("is in"), while a noun with a
// place after it still is.
func TestBornNameIsNotPlaced(t *testing.T) {
	a, x := setup(t)
	for _, text := range []string{
		"Born Tom Wick in Bergen, Norway on May 2, 1950, he took his father's name.",
		"Born Ann Lee in Velmora, she moved to Oslo.",
	} {
		for _, e := range x.Sentence(a.Tag(text)) {
			if e.Lemma == "be_in" && strings.Contains(e.Subject.Text, "Born") {
				t.Errorf("Sentence(%q) has (%s; %s; %s), want no name placed", text, e.Subject.Text, e.Relation, e.Object.Text)
			}
		}
	}
	text := "Tom Wick, born in Oslo, met three students in Bergen."
	for _, e := range x.Sentence(a.Tag(text)) {
		if e.Lemma == "be_in" && e.Object.Text == "Bergen" {
			return
		}
	}
	t.Errorf("Sentence(%q) has no noun placed in Bergen", text)
}

// TestAboutNameFrom: a name that "about" governs (through "of" phrases,
// their nouns perhaps coordinated) is not from the actor after "from",
// who is the source of the talk ("the questions about Ann Lee from the
// Halvik Party"); a name not governed by "about" still is.
func TestAboutNameFrom(t *testing.T) {
	a, x := setup(t)
	for _, text := range []string{
		"Critics recalled the doubts raised about the citizenship and record of Senator Tom Wu from those termed Nativists.",
		"The questions about Ann Lee from the Halvik Party went on.",
	} {
		for _, e := range x.Sentence(a.Tag(text)) {
			if e.Relation == "is from" {
				t.Errorf("Sentence(%q) has (%s; %s; %s), want no origin", text, e.Subject.Text, e.Relation, e.Object.Text)
			}
		}
	}
	text := "Ann Lee from the Halvik Party spoke about Tom Wu."
	for _, e := range x.Sentence(a.Tag(text)) {
		if e.Relation == "is from" && e.Subject.Text == "Ann Lee" {
			return
		}
	}
	t.Errorf("Sentence(%q) has no (Ann Lee; is from; ...)", text)
}

// TestBornNamedBirthplace: a sentence-opening "Born Tom Wick in Bergen,
// he ..." gives the birthplace of the main clause's subject, as "Born in
// Bergen, he ..." does.
func TestBornNamedBirthplace(t *testing.T) {
	a, x := setup(t)
	for _, c := range []struct{ text, subj, place string }{
		{"Born Tom Wick in Bergen, Norway on May 2, 1950, he took his father's name.", "he", "Bergen"},
		{"Born Ann Lee in Velmora, the singer moved to Oslo.", "the singer", "Velmora"},
	} {
		found := false
		for _, e := range x.Sentence(a.Tag(c.text)) {
			if e.Lemma == "born_in" && e.Subject.Text == c.subj && strings.HasPrefix(e.Object.Text, c.place) {
				found = true
			}
		}
		if !found {
			t.Errorf("Sentence(%q) has no (%s; born in; %s)", c.text, c.subj, c.place)
		}
	}
}
