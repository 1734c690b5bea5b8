package extract_test

import "testing"

// TestGerundAfterMediumOrRule checks that a gerund after a picture or a
// message put somewhere ("a video on YouTube showing") describes the
// picture, and that a gerund after "on" and a rule's or a pact's noun
// ("restrictions on flying", "an agreement on sending") is what the rule
// is about, no act of the clause's subject,
// while "on arriving" after a verb stays a time of it, on sentences
// written for this test.
func TestGerundAfterMediumOrRule(t *testing.T) {
	tests := []actCase{
		{"Tom Wu posted a video on YouTube showing Ann Lee at the rally.", "YouTube", "show", false},
		{"Tom Wu posted a video on YouTube showing Ann Lee at the rally.", "a video", "show", true},
		{"The agency sent a letter to Halvik criticising the minister.", "Halvik", "criticise", false},
		{"Ann Lee shared a clip on Facebook mocking Bob Smith.", "Facebook", "mock", false},
		{"Halvik announced restrictions on flying to Norway.", "Halvik", "fly_to", false},
		{"Norway imposed a ban on selling arms to Halvik.", "Norway", "sell_arms_to", false},
		{"Norway signed an agreement on selling arms to Velby.", "Norway", "sell_arms_to", false},
		{"The ministers condemned the deal on selling jets to Halvik.", "The ministers", "sell_jets_to", false},
		{"Tom Wu was arrested on arriving in Oslo.", "Tom Wu", "arrive_in", true},
	}
	checkActs(t, tests)
}

// TestFitForIsNoAct checks that an infinitive after a person judged fit
// for it ("the best person to lead Norway") is no act of the subject,
// while "the first woman to lead" and "one of the ablest nurses to ever
// serve" stay acts, on sentences written for this test.
func TestFitForIsNoAct(t *testing.T) {
	tests := []actCase{
		{"Tom Wu said Bob Smith was the right man to lead Norway.", "Bob Smith", "lead", false},
		{"Ann Lee is the best person to run the Halvik Council.", "Ann Lee", "run", false},
		{"Ann Lee became the first woman to lead Norway.", "Ann Lee", "lead", true},
		{"Tom Wu was one of the ablest nurses to ever serve at Globex.", "Tom Wu", "serve_at", true},
	}
	checkActs(t, tests)
}

// TestHeadedForAfterPlace checks that "headed for" or "bound for" after a
// place in a phrase of "from" says where the traveller goes, not the
// place, on sentences written for this test.
func TestHeadedForAfterPlace(t *testing.T) {
	tests := []actCase{
		{"Tom Wu was flying from Bergen in Norway headed for Oslo when he fell ill.", "Norway", "head_for", false},
		{"Tom Wu was flying from Bergen in Norway headed for Oslo when he fell ill.", "Bergen", "head_for", false},
		{"Tom Wu was flying from Bergen in Norway headed for Oslo when he fell ill.", "Tom Wu", "head_for", true},
		{"Tom Wu was flying from Bergen headed for Oslo.", "Tom Wu", "head_for", true},
	}
	checkActs(t, tests)
}

// An actCase is a sentence and whether it gives the subject an act of
// the lemma.
type actCase struct {
	sentence, subject, lemma string
	want                     bool
}

// checkActs checks each case's sentence for an extraction of its subject
// and lemma.
func checkActs(t *testing.T, tests []actCase) {
	t.Helper()
	a, x := setup(t)
	for _, tt := range tests {
		got := false
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Subject.Text == tt.subject && e.Lemma == tt.lemma {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("Sentence(%q): (%s; %s) given = %v, want %v", tt.sentence, tt.subject, tt.lemma, got, tt.want)
		}
	}
}
