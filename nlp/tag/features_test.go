package tag

import (
	"testing"

	"github.com/kg-project/kg/nlp/perceptron"
)

func TestShape(t *testing.T) {
	tests := []struct{ in, want, why string }{
		{"McDonald's", "XxXx'x", "case runs fold, the apostrophe stays"},
		{"1,200", "d,d", "digit runs fold"},
		{"", "", "empty"},
		{"Überprüfung", "Xx", "non-ASCII letters"},
		{"ABCDEFGHIJKLMNOPabcdefghijklmnop1234-5678-x-y-z-w", "Xxd-d-x-x-x-x", "cut once past 12 bytes"},
	}
	for _, tt := range tests {
		if got := shape(tt.in); got != tt.want {
			t.Errorf("shape(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.why)
		}
		if got, want := shapeHash(tt.in), perceptron.String(shape(tt.in)); got != want {
			t.Errorf("shapeHash(%q) = %x, want the hash of %q, %x", tt.in, got, shape(tt.in), want)
		}
	}
}

func TestAffixes(t *testing.T) {
	if got := suffix("naïve", 3); got != "ïve" {
		t.Errorf("suffix(naïve, 3) = %q, want ïve", got)
	}
	if got := prefix("Éclair", 2); got != "Éc" {
		t.Errorf("prefix(Éclair, 2) = %q, want Éc", got)
	}
	if got := suffix("ab", 3); got != "ab" {
		t.Errorf("suffix(ab, 3) = %q, want ab", got)
	}
}
