package nlp

import "testing"

// TestHeadlineTells checks that "tells" after a name in a headline is the
// verb, and the name after it the one told.
func TestHeadlineTells(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, want, why string
	}{
		{"Ann Lee tells Wikinews about her campaign", "tells", "VBZ", "the headline's verb"},
		{"Ann Lee tells Wikinews about her campaign", "Wikinews", "NNP", "the name told"},
		{"Biologist Tom Wu tells Wikinews about ants", "tells", "VBZ", "after a title and a name"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			for _, s := range a.Split(tc.text) {
				for _, tk := range s.Tokens {
					if tk.Text == tc.word && tk.Tag != tc.want {
						t.Errorf("Split(%q): %s tagged %s, want %s", tc.text, tc.word, tk.Tag, tc.want)
					}
				}
			}
		})
	}
}
