package entity

import "testing"

// TestAsSuccessorAfterPlace covers a place the chosen person stands for
// between the name and "as his running mate" ("named Senator Ann Lee of
// Ohio as his running mate"): the role reaches past it ([ofNameAs]).
func TestAsSuccessorAfterPlace(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Tom Varel named Senator Ann Pike of Ohio as his running mate.",
			[]string{"Ann Pike -running_mate_of-> Tom Varel", "Ann Pike -represent-> Ohio"}, nil,
			"a legislator's title and state"},
		{"Tom Varel chose Governor Ann Pike of New Mexico as his successor.",
			[]string{"Ann Pike -succeed-> Tom Varel"}, nil,
			"a two-word state before a successor noun"},
		{"Tom Varel praised Ann Pike of Ohio as his best critic.",
			nil, []string{"Ann Pike -running_mate_of-> Tom Varel", "Ann Pike -succeed-> Tom Varel"},
			"a noun of no role"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, 0))
		})
	}
}
