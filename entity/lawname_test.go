package entity

import "testing"

// TestTitleInLawName checks that a title before capitalised words ending
// in a law's or a licence's noun opens its name, which names no actor.
func TestTitleInLawName(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"The EU's General Data Protection Regulation came into force in May.", []string{"European Union"},
			[]string{"Data Protection Regulation", "General Data Protection Regulation"}, "a regulation"},
		{"The code is released under the GNU General Public License by Tom Wu.", []string{"Tom Wu"},
			[]string{"Public License", "GNU General Public License", "GNU"}, "a licence"},
		{"General Motors cut jobs in Detroit.", []string{"General Motors"}, nil, "a company's name stays"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}
