package nlp

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestCorrectFastPaths checks that elidedParticle and score, which return
// early on a word's first byte, answer as they did without that test.
func TestCorrectFastPaths(t *testing.T) {
	slowParticle := func(w string) bool {
		for _, p := range []string{"d'", "d’", "l'", "l’"} {
			if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
				r, _ := utf8.DecodeRuneInString(rest)
				return unicode.IsUpper(r)
			}
		}
		return false
	}
	slowScore := func(w string) bool {
		i := strings.IndexAny(w, "-–")
		if i <= 0 {
			return false
		}
		_, size := utf8.DecodeRuneInString(w[i:])
		return digits(w[:i]) && digits(w[i+size:])
	}
	words := []string{
		"", "d", "l", "d'", "l’", "d'X", "d’Orsay", "l'Oréal", "l’Épée", "d'x", "de", "dog", "lamp",
		"D'Arcy", "x'Y", "7", "7-", "-7", "7-3", "12–10", "7—3", "7-3-1", "a7-3", "07-", "9-x",
		"3.5-4", "4-4", "0-0", "—", "–", "10–", "Lee", "do", "l'", "d’",
	}
	for _, w := range words {
		if got, want := elidedParticle(w), slowParticle(w); got != want {
			t.Errorf("elidedParticle(%q) = %v, want %v", w, got, want)
		}
		if got, want := score(w), slowScore(w); got != want {
			t.Errorf("score(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPastAfterAppositive checks that an irregular past the model reads
// as an adjective or noun after a name set off by commas is the verb, and
// that a word after a list's comma keeps its tag. The sentences are
// written for this test.
func TestPastAfterAppositive(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Norden's central bank, the Halbank, lent money to Velmor Motors.", "lent", "VBD", "after a state body's apposed name"},
		{"The firm's owner, Tom Wu, lent money to Velmor Motors.", "lent", "VBD", "after a person's apposed name"},
		{"The chief, Ann Lee, fled to Oslo.", "fled", "VBD", "another irregular past"},
	})
}

func TestCapitalisedDegreeName(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Halvik Rovers won over Ostmore at Brindle on Saturday.", "Ostmore", "NNP", "a name ending like a comparative, before a preposition"},
		{"The club beat Wyndore at home on Sunday.", "Wyndore", "NNP", "another, after a verb"},
		{"Ann Lee said: \"More talks will follow in Oslo.\"", "More", "JJR", "a comparative opening a quote"},
		{"Ann Lee (Earlier this year) left Oslo.", "Earlier", "RBR", "after a bracket"},
		{"Ann Lee said it was Less than ideal.", "Less", "JJR", "before than"},
	})
}

func TestPluralGeneralTitle(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Ann Lee was joined by attorneys general from Ostrava and Varnhold.", "general", "NN", "an office written apart, in the plural"},
		{"The farmers general meeting was held in Brindle.", "general", "JJ", "no office before it"},
	})
}

func TestPoundAndEuroAmounts(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Halvik Bank was fined £35m by the regulator.", "£35m", "CD", "a pound sign on a number"},
		{"Velmor Motors was fined €120m by the commission.", "€120m", "CD", "a euro sign on a number"},
		{"Halvik Bank paid £2 billion for Velmor Motors.", "£2", "CD", "before a number word"},
	})
}
