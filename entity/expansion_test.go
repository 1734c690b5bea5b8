package entity

import "testing"

// TestAcronymExpansion checks the words in brackets after an acronym that
// spell it: one body's name when a word is a body's head noun, the
// acronym the body's too; no actor otherwise.
func TestAcronymExpansion(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"The head of the LMT union (Lodi Maritime and Transport Workers Union), Tom Wu, said it.", []string{"Lodi Maritime and Transport Workers Union", "Tom Wu"},
			[]string{"Maritime", "Transport Workers Union", "LMT"}, "a union's name after its acronym and a noun"},
		{"It was worthy of a CVE [Common Vulnerabilities and Exposures], Ann Lee said.", []string{"Ann Lee"}, []string{"Common Vulnerabilities", "Exposures"},
			"a term's words name no actor"},
		{"Ann Lee (AL) met Tom Wu.", []string{"Ann Lee", "Tom Wu"}, nil, "a name before brackets is no expansion"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}
