package extract

import (
	"testing"

	"github.com/kg-project/kg/nlp"
)

// setupInternal returns an analyzer and an extractor for the tests that
// look inside an analysis.
func setupInternal(t *testing.T) (*nlp.Analyzer, *Extractor) {
	t.Helper()
	an, err := nlp.New()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return an, x
}

// TestParseOnlyWhereNeeded checks that the dependency parser runs on the
// sentences the chunk rules misread and not on the others: it costs about
// as much as the rest of the extraction, and extraction must stay above
// 10,000 sentences a second on one core.
func TestParseOnlyWhereNeeded(t *testing.T) {
	an, x := setupInternal(t)
	tests := []struct {
		sentence string
		parsed   bool
		why      string
	}{
		{"The army closed the border and the government declared a state of emergency.", false, "every verb has its subject by the rules"},
		{"The report, which was published on Monday, criticises the police.", false, "the rules skip the relative clause in commas"},
		{"The book, critical of Scientology, was written by Marc Headley.", true, "no rule skips an adjective phrase in commas"},
		{"Nobody knows what happened to the missing ship.", true, `no rule takes "what" as a subject`},
		{"The army was not disbanded, which worried the king.", false, `"which" after a verb stands for the clause, and the parse is not asked`},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			a := x.analyze(an.Tag(tt.sentence))
			a.extractions()
			if got := a.heads != nil; got != tt.parsed {
				t.Errorf("parsed = %v, want %v (%s)", got, tt.parsed, tt.why)
			}
		})
	}
}

// TestPhrase checks the span parsedSubject takes for a subject: the head
// and its dependents up to a comma or a clause.
func TestPhrase(t *testing.T) {
	an, x := setupInternal(t)
	tests := []struct {
		sentence string
		head     int
		want     string
		why      string
	}{
		{"The book, critical of Scientology, was written by Marc Headley.", 1, "The book", "the adjective phrase in commas is left out"},
		{"The old farm that their father built was sold.", 2, "The old farm", "the relative clause is left out"},
		{"The mayor of the small town resigned.", 1, "The mayor of the small town", "a prepositional phrase belongs to the noun"},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			a := x.analyze(an.Tag(tt.sentence))
			a.parse(len(a.toks))
			if got := a.spanText(a.phrase(tt.head)); got != tt.want {
				t.Errorf("phrase(%d) = %q, want %q (%s)", tt.head, got, tt.want, tt.why)
			}
		})
	}
}
