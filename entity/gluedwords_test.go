package entity

import "testing"

// TestGluedWords checks that a word written before a person's full name
// that is none of it, a form of address, a royal title or style, a noun for what
// the person did or where they live, a plural nationality noun or an
// opening participle, is left out of the name.
func TestGluedWords(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Mme Ida Roux told Reuters the plan had failed.", []string{"Ida Roux"}, []string{"Mme Ida Roux"}, "a French form of address"},
		{"Princess Anna Varga met Tom Wu in Oslo. Later Princess Anna told reporters she was pleased.", []string{"Anna Varga", "Tom Wu"},
			[]string{"Princess Anna Varga", "Anna"}, "a royal title, then the given name alone"},
		{"Her Majesty Queen Anna Varga thanked Tom Wu in Oslo.", []string{"Anna Varga", "Tom Wu"},
			[]string{"Majesty Queen Anna Varga", "Majesty"}, "a queen's style"},
		{"His Royal Highness Prince Ivan Lund visited Oslo and met Tom Wu.", []string{"Prince Ivan Lund", "Tom Wu"},
			[]string{"Royal Highness Prince Ivan Lund", "Royal Highness"}, "a prince's style"},
		{"His Holiness Pope Ivan met Tom Wu in Oslo.", []string{"Ivan", "Tom Wu"},
			[]string{"Holiness Pope Ivan", "Holiness"}, "a pope's style"},
		{"Voter Kitty Lund told Reuters that turnout was high.", []string{"Kitty Lund"}, []string{"Voter Kitty Lund"}, "a voter quoted"},
		{"Resident Tom Hale said the river rose overnight.", []string{"Tom Hale"}, []string{"Resident Tom Hale"}, "a resident quoted"},
		{"Witness Mary Lund told reporters she saw the car.", []string{"Mary Lund"}, []string{"Witness Mary Lund"}, "a witness quoted"},
		{"He was followed by Kenyans Tom Kiptoo and Ann Wambui.", []string{"Tom Kiptoo", "Ann Wambui", "Kenya"},
			[]string{"Kenyans Tom Kiptoo"}, "a plural nationality noun before a list of runners"},
		{"Born Robert Lund in Ohio, he moved to Utah in 1990.", []string{"Robert Lund"}, []string{"Born Robert Lund"}, "the participle opening the sentence"},
		{"Emily Lund met Tom Wu in Oslo.", []string{"Emily Lund", "Tom Wu"}, []string{"Lund"}, "a given name in -ly opening the sentence"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}
