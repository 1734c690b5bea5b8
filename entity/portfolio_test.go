package entity

import "testing"

// TestPortfolioBeforeTitle checks that a minister's portfolio of two or
// more words before the title, "and" inside it or not, and a chief's field
// before an office noun, name no one, while two people around "and" stay
// two.
func TestPortfolioBeforeTitle(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Lodi's Road Transport Minister Ann Lee said the buses would stop.", []string{"Ann Lee"}, []string{"Road Transport"},
			"a portfolio of two words"},
		{"Lodi's Road Transport and Bridges Minister Ann Lee said the buses would stop.", []string{"Ann Lee"}, []string{"Road Transport", "Bridges"},
			"a portfolio with and"},
		{"Chief Medical Officer Ann Lee said the virus had spread.", []string{"Ann Lee"}, []string{"Medical"}, "a chief's field"},
		{"Halvik's Chief Technology Officer Tom Wu left the firm.", []string{"Tom Wu"}, []string{"Technology"}, "a chief's field after a possessive"},
		{"Tom Wu, the king's Special Presidential Envoy to Lodi, resigned.", []string{"Tom Wu"}, []string{"Special Presidential"}, "modifiers before a title"},
		{"Tom Wu and Health Minister Ann Lee met on Monday.", []string{"Tom Wu", "Ann Lee"}, nil, "a person, and, a minister"},
		{"The county's Police and Crime Commissioner Tom Wu urged it.", []string{"Tom Wu"}, []string{"Crime", "Police"}, "a title with and"},
		{"A robot was ordered from Oslo Fire and Rescue on Monday.", []string{"Oslo Fire and Rescue"}, []string{"Rescue"}, "a fire service without its head noun"},
		{"The House of Representatives' Committee on Ways and Means asked for his records.", []string{"Committee on Ways and Means"}, []string{"Means"},
			"a committee's topic after a possessive"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}
