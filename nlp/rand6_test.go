package nlp_test

import "testing"

// TestCollectiveDemonym checks that a nationality's adjective after "the"
// and before a verb is read as a plural noun for the state's people.
func TestCollectiveDemonym(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		sentence, word, want string
		why                  string
	}{
		{"The Dutch annexed Bali in 1908.", "Dutch", "NNPS", "before a past tense"},
		{"The Dutch annexed Bali in 1908.", "annexed", "VBD", "the past tense stays or becomes finite"},
		{"The French have left Mali.", "French", "NNPS", "before an auxiliary"},
		{"Bali was taken by the Dutch, then by Japan.", "Dutch", "NNPS", "before a comma"},
		{"The French navy left Mali.", "French", "JJ", "before a noun it stays the adjective"},
	}
	for _, tt := range tests {
		if got := tagOf(a.Tag(tt.sentence), tt.word); got != tt.want {
			t.Errorf("%q: %s/%s, want %s (%s)", tt.sentence, tt.word, got, tt.want, tt.why)
		}
	}
}
