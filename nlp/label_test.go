package nlp_test

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/nlp"
)

// TestSpeakerLabel checks which sentences open with a transcript's
// speaker label in double parentheses, and where the label ends.
func TestSpeakerLabel(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		sentence string
		label    string // "" when no label opens the sentence
		next     string // the first word after the label
	}{
		{"((WN)) What prompted your interest?", "WN", "What"},
		{"((Ann Lee))  I met him in Oslo.", "Ann Lee", "I"},
		{"(( Ann Lee )) I met him.", "Ann Lee", "I"},
		{"(WN) What prompted your interest?", "", ""},
		{"(((WN))) What prompted your interest?", "", ""},
		{"((Ann Lee I met him in Oslo.", "", ""},
		{"((A B C D E F)) I met him.", "", ""},
		{"The ((WN)) label is not first.", "", ""},
	}
	for _, tt := range tests {
		s := a.Tag(tt.sentence)
		start, end, after := nlp.SpeakerLabel(s.Tokens)
		var label, next string
		if after > 0 {
			label = s.Text[s.Tokens[start].Start:s.Tokens[end-1].End]
			if after < len(s.Tokens) {
				next = s.Tokens[after].Text
			}
		}
		if label != tt.label || next != tt.next {
			t.Errorf("SpeakerLabel(%q) = label %q before %q, want %q before %q (tokens %s)",
				tt.sentence, label, next, tt.label, tt.next, tokenTexts(s))
		}
	}
}

func tokenTexts(s nlp.Sentence) string {
	var b strings.Builder
	for i, t := range s.Tokens {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}
