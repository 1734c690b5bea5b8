package entity

import "testing"

// TestTitleAcronym checks that a title's acronym in brackets, or a
// title's words in brackets beside its acronym, name no actor, and that
// police ranks are titles, no part of a name.
func TestTitleAcronym(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Ann Lee holds the International Master (IM) and Woman Grand Master (WGM) titles.", []string{"Ann Lee"}, []string{"IM", "WGM"},
			"a chess rank's acronym"},
		{"She played against Israeli Grand Master (GM) Tom Wu in Oslo.", []string{"Tom Wu"}, []string{"General Motors"},
			"an acronym a company shares"},
		{"General Motors (GM) cut jobs in Detroit.", []string{"General Motors"}, nil, "a company's own acronym stays"},
		{"Member of Parliament (MP) Ann Lee of the Labour Party spoke.", []string{"Ann Lee", "Labour Party"}, []string{"Member of Parliament"},
			"a title's words before its acronym"},
		{"Police Detective Constable Tom Wu stated that the border was closed.", []string{"Tom Wu"}, []string{"Constable Tom Wu"},
			"a police rank"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}
