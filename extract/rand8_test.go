package extract_test

import "testing"

// TestReportThenSpeechAct checks that a speech act joined by "and" to a
// report with a common-noun subject is the reporter's, on sentences
// written for this test: the talks blame no one. An act that is no speech
// ("and attacked the rebels") stays the report's.
func TestReportThenSpeechAct(t *testing.T) {
	tests := []struct {
		sentence, lemma, subject string
	}{
		{"Ann Lee said the talks had failed and blamed the Halvik Party.", "blame", "Ann Lee"},
		{"Ann Lee said the claims were false and accused Tom Wu of lying.", "accuse", "Ann Lee"},
		{"The ministry said the plan had worked and thanked the Halvik Party for its help.", "thank", "The ministry"},
		{"Tom Wu said the report was wrong and criticised the Halvik Party.", "criticise", "Tom Wu"},
		{"Ann Lee said the army had entered the town and attacked the rebels.", "attack", "the army"},
	}
	a, x := setup(t)
	for _, tt := range tests {
		var got []string
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Lemma == tt.lemma {
				got = append(got, e.Subject.Text)
			}
		}
		if len(got) == 0 || got[0] != tt.subject {
			t.Errorf("Sentence(%q): %s subjects %q, want %q first", tt.sentence, tt.lemma, got, tt.subject)
		}
	}
}
