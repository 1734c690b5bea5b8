package extract_test

import "testing"

// TestRelativeBeforeReportedClause checks that a relative pronoun before a
// verb of saying or thinking and a finite verb ("who critics claimed was
// corrupt") is the subject of the reported clause, not the object of the
// verb of saying but the subject of the verb after it, while a relative clause that ends before the sentence's
// verb still takes its antecedent as object, on sentences written for this
// test.
func TestRelativeBeforeReportedClause(t *testing.T) {
	a, x := setup(t)
	tests := []struct {
		sentence, subject, lemma, object string
		want                             bool
	}{
		{"The station aired an interview with Tom Wu, who critics claimed was corrupt.", "critics", "claim", "Tom Wu", false},
		{"Anna Berg praised a report about Carl Dunn, that Mary Lee claimed was false.", "Mary Lee", "claim", "Carl Dunn", false},
		{"Police questioned Mark Ellis, whom the mayor believes had fled.", "the mayor", "believe", "Mark Ellis", false},
		{"The firm fired Mark Ellis, whom the mayor praised in May.", "the mayor", "praise", "Mark Ellis", true},
		{"Police questioned Mark Ellis, who the mayor said had attacked Ann Lee.", "Mark Ellis", "attack", "Ann Lee", true},
		{"Police questioned Mark Ellis, which the mayor said would anger Ann Lee.", "Mark Ellis", "anger", "Ann Lee", true},
		{"The firm that Tom Wu founded was sold to Halvik.", "Tom Wu", "found", "The firm", true},
	}
	for _, tt := range tests {
		got := false
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Subject.Text == tt.subject && e.Lemma == tt.lemma && e.Object.Text == tt.object {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("Sentence(%q): (%s; %s; %s) given = %v, want %v", tt.sentence, tt.subject, tt.lemma, tt.object, got, tt.want)
		}
	}
}

// TestAbsoluteClauseAfterList checks that a noun after ", and" that a
// gerund follows opens a second absolute clause ("with 40 Greens backing
// the bill, and 12 Liberals opposing it"), no second object of the first
// gerund, while a plain list of objects stays one, on sentences written
// for this test.
func TestAbsoluteClauseAfterList(t *testing.T) {
	a, x := setup(t)
	tests := []struct {
		sentence, subject, lemma, object string
		want                             bool
	}{
		{"The bill passed, with 40 Greens backing the bill, and 12 Liberals opposing it.", "40 Greens", "backing", "12 Liberals", false},
		{"The bill passed, with 40 Greens backing the bill, and 12 Liberals opposing it.", "12 Liberals", "opposing", "it", true},
		{"Ann Lee met Tom Wu, Bob Smith, and Ola Berg in Oslo.", "Ann Lee", "met", "Ola Berg", true},
	}
	for _, tt := range tests {
		got := false
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Subject.Text == tt.subject && e.Relation == tt.lemma && e.Object.Text == tt.object {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("Sentence(%q): (%s; %s; %s) given = %v, want %v", tt.sentence, tt.subject, tt.lemma, tt.object, got, tt.want)
		}
	}
}

// TestPassiveResultAdjectiveBy checks that an adjective after a passive's
// participle ("was shot dead", "was held captive") leaves the by-phrase
// after it an agent of the passive, not part of its object, on sentences
// written for this test.
func TestPassiveResultAdjectiveBy(t *testing.T) {
	a, x := setup(t)
	tests := []struct {
		sentence, object, by string
	}{
		{"Tom Wu was shot dead by the Valdorian army on Friday.", "dead", "by the Valdorian army"},
		{"Ann Lee was held captive by the Ostmark rebels.", "captive", "by the Ostmark rebels"},
		{"Tom Wu was found guilty by the Halden court.", "guilty", "by the Halden court"},
	}
	for _, tt := range tests {
		got := false
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			for _, r := range e.Extra {
				if e.Object.Text == tt.object && r.Text == tt.by {
					got = true
				}
			}
		}
		if !got {
			t.Errorf("Sentence(%q): no object %q with %q", tt.sentence, tt.object, tt.by)
		}
	}
	for _, e := range x.Sentence(a.Tag("The plan was larger than the budget.")) {
		if e.Relation == "was" && e.Object.Text != "larger than the budget" {
			t.Errorf("copula: object %q, want the adjective's whole phrase", e.Object.Text)
		}
	}
}
