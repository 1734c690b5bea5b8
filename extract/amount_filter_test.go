package extract

import "testing"

// TestMayStateAmount checks the filter in front of Quantities: it must
// pass every text that states an amount, in any case, and may stop the
// others.
func TestMayStateAmount(t *testing.T) {
	tests := []struct {
		text string
		want bool
		why  string
	}{
		{"3,000 soldiers", true, "digits"},
		{"TWENTY-FIVE tanks", true, "a number word in capitals"},
		{"Fifteen ships", true, `"-teen" forms other than "fourteen" and the like hold no number word`},
		{"a Million dollars", true, `"a" before a multiplier`},
		{"a dozen eggs", true, "dozen"},
		{"the foreign minister", false, "no digit and no number word"},
		{"", false, "empty"},
		{"tw", false, "a prefix of a number word at the end"},
	}
	for _, tt := range tests {
		if got := mayStateAmount(tt.text); got != tt.want {
			t.Errorf("mayStateAmount(%q) = %v, want %v (%s)", tt.text, got, tt.want, tt.why)
		}
		if got := len(Quantities(tt.text)) > 0; got && !tt.want {
			t.Errorf("Quantities(%q) found an amount that the filter stops", tt.text)
		}
	}
}
