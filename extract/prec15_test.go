package extract_test

import (
	"strings"
	"testing"
)

// TestNounOwnsPrep checks that a "for" after a measure or a share, and a
// "to" after the "on" phrase of a rule, stay with the noun before them and
// give the verb no argument of their own, on sentences written for this
// test; a verb's own "for" and a trip's goal keep theirs.
func TestNounOwnsPrep(t *testing.T) {
	tests := []struct {
		sentence, lemma, arg string
		own                  bool // whether arg is an argument of its own
	}{
		{"The Danish ministry announced new limits on flights to Norway.", "announce", "to Norway", false},
		{"The police declared strict measures for Oslo and Bergen airports.", "declare", "for Oslo and Bergen airports", false},
		{"The council announced three days of mourning for Tom Wu.", "announce", "for Tom Wu", false},
		{"The poll had Ann Lee registering 49 percent to 42 percent for Tom Wu.", "register", "for Tom Wu", false},
		{"Tom Wu collected money for the Red Cross.", "collect", "for the Red Cross", true},
		{"They took Ann Lee on a trip to India.", "take", "to India", true},
	}
	a, x := setup(t)
	for _, tt := range tests {
		own, found := false, false
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Lemma != tt.lemma {
				continue
			}
			found = true
			for _, r := range e.Extra {
				own = own || r.Text == tt.arg
			}
			own = own || e.Object.Text == strings.TrimPrefix(tt.arg, tt.arg[:strings.Index(tt.arg, " ")+1])
		}
		if !found || own != tt.own {
			t.Errorf("Sentence(%q): %s has %q as an argument of its own = %v (found %v), want %v", tt.sentence, tt.lemma, tt.arg, own, found, tt.own)
		}
	}
}

// TestSubjectPronounNoObject checks that a pronoun in the subject case
// after a verb opens a clause of its own and is no object of the verb, on
// sentences written for this test; an object pronoun stays an object.
func TestSubjectPronounNoObject(t *testing.T) {
	tests := []struct {
		sentence, lemma, object string
	}{
		{"When we saw how fast Tom was running we knew he would win.", "run", "we knew he would win"},
		{"Ann Lee figures she will have to leave.", "figure", "she will have to leave"},
		{"Tom Wu was driving the car and she was asleep.", "drive", "the car"},
		{"Ann Lee was helping them.", "help", "them"},
	}
	a, x := setup(t)
	for _, tt := range tests {
		found := false
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Lemma == tt.lemma {
				found = true
				if e.Object.Text != tt.object {
					t.Errorf("Sentence(%q): %s object %q, want %q", tt.sentence, tt.lemma, e.Object.Text, tt.object)
				}
			}
		}
		if !found {
			t.Errorf("Sentence(%q): no %s extraction", tt.sentence, tt.lemma)
		}
	}
}

// TestWorkAfterPassivePlace checks whom a participle with an agent, set
// off after a passive clause's phrase of place, describes, on sentences
// written for this test: a piece of work ("conducted by", "led by")
// describes the clause's subject, not the journal or the place; after a
// common noun's place the noun is described as with no comma; an active
// clause's object keeps the participle.
func TestWorkAfterPassivePlace(t *testing.T) {
	tests := []struct {
		sentence, relation, subject string
	}{
		{"In May, a paper was published in the journal Acta Physica, conducted by Tom Wu.", "conducted by", "a paper"},
		{"The survey was carried out at the University of Bergen, led by Ann Lee.", "led by", "The survey"},
		{"Tom Wu was taken to a clinic in Oslo, run by the Red Cross.", "run by", "a clinic"},
		{"Traffic stopped on the Varo Bridge, an entryway into Oslo, administered by the Harbor Agency.", "administered by", "an entryway"},
		{"Trucks waited at a depot near Bergen, operated by Halvik Freight.", "operated by", "a depot"},
		{"Tom Wu visited the University of Bergen, led by Ann Lee.", "led by", "the University of Bergen"},
	}
	a, x := setup(t)
	for _, tt := range tests {
		var got []string
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Relation == tt.relation {
				got = append(got, e.Subject.Text)
			}
		}
		if len(got) != 1 || got[0] != tt.subject {
			t.Errorf("Sentence(%q): %q subjects %q, want [%q]", tt.sentence, tt.relation, got, tt.subject)
		}
	}
}

// TestAheadOfLemma checks that "ahead of" stays whole in the relation's
// lemma ("remain_ahead_of"), where other adverbs drop out, on sentences
// written for this test.
func TestAheadOfLemma(t *testing.T) {
	tests := []struct{ sentence, lemma string }{
		{"Still, Ann Lee remained well ahead of Tom Wu in opinion polls.", "remain_ahead_of"},
		{"Ann Lee finished far ahead of Tom Wu.", "finish_ahead_of"},
		{"Ann Lee quickly met with Tom Wu.", "meet_with"},
	}
	a, x := setup(t)
	for _, tt := range tests {
		var got []string
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			got = append(got, e.Lemma)
		}
		if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+tt.lemma+" ") {
			t.Errorf("Sentence(%q) lemmas = %v, want %q among them", tt.sentence, got, tt.lemma)
		}
	}
}
