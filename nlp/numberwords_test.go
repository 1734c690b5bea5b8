package nlp

import "testing"

// TestSpelledNumbers checks that a cardinal number spelled out is tagged
// as its digits are, and the verb before it with it, while a capitalised
// one inside a sentence opens a name.
func TestSpelledNumbers(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Tom Wu shot ten people in Halden on Saturday.", "ten", "CD", "a number word before a plural"},
		{"Tom Wu shot ten people in Halden on Saturday.", "shot", "VBD", "the verb before it"},
		{"Ten people died in Halden.", "Ten", "CD", "capitalised as the sentence's first word"},
		{"The twenty-two ministers met in Halden.", "twenty-two", "CD", "tens and units hyphened"},
		{"Ann Lee joined the Five Star Movement in Halden.", "Five", "NNP", "a name's word"},
	})
}

// TestOpeningPhraseNoun checks that a noun after a sentence's opening
// preposition, a possessive and a name is no verb.
func TestOpeningPhraseNoun(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"In his Halvik run from 2012 to 2019, Tom Wu won twice.", "run", "NN", "the preposition's noun"},
	})
}

// TestSpelledNumberEdges checks words that look like numbers in part.
func TestSpelledNumberEdges(t *testing.T) {
	for _, c := range []struct {
		words []string
		i     int
		want  bool
	}{
		{[]string{"twenty-"}, 0, false},
		{[]string{"-two"}, 0, false},
		{[]string{"twenty-one", "people"}, 0, true},
		{[]string{"one", "person"}, 0, false},
		{[]string{"Tenants", "left"}, 0, false},
		{[]string{"Seven", "people"}, 0, true},
		{[]string{"the", "Seven", "Network"}, 1, false},
	} {
		if got := spelledNumber(c.words, c.i); got != c.want {
			t.Errorf("spelledNumber(%q, %d) = %v, want %v", c.words, c.i, got, c.want)
		}
	}
}
