package nlp

import "testing"

// TestHeadlineTells checks that "tells" after a name in a headline is the
// verb, and the name after it the one told; and likewise other present
// tenses of headlines that the tagger reads as plural nouns, with the noun
// after them read as the verb, while plural subjects of headlines keep
// their tags.
func TestHeadlineTells(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Ann Lee tells Wikinews about her campaign", "tells", "VBZ", "the headline's verb"},
		{"Ann Lee tells Wikinews about her campaign", "Wikinews", "NNP", "the name told"},
		{"Biologist Tom Wu tells Wikinews about ants", "tells", "VBZ", "after a title and a name"},
		{"Anna Berg delivers speech on video", "delivers", "VBZ", "a verb seldom a plural noun, after a name"},
		{"Anna Berg delivers speech on video", "speech", "NN", "the object read as the verb is a noun"},
		{"Norway issues subpoena to Tom Wu", "issues", "VBZ", "a form often a plural noun after a one-word name, before a noun the tagger read as the verb, where the model reads the verb nearly as well"},
		{"Halvik Council issues arrest warrants for ten people", "issues", "VBZ", "a form often a plural noun, after a name of two words"},
		{"Halvik Council issues arrest warrants for ten people", "arrest", "NN", "its object's first noun"},
		{"Astronomer tells Wikinews about comet", "tells", "VBZ", "after a capitalised common noun"},
		{"Astronomer tells Wikinews about comet", "Wikinews", "NNP", "the one told, read as a verb, is a name"},
		{"Tom Wu dies", "dies", "VBZ", "an intransitive verb closing the headline"},
		{"Security issues plague Halvik Bank", "issues", "NNS", "a plural subject after a capitalised noun stays the noun"},
		{"Wildfires kill dozens in Norway", "kill", "VBP", "a plural subject's verb stays"},
		{"Norwegian mathematician Ola Berg dies at 90", "mathematician", "NN", "a trade in -ician before a name is a noun"},
		{"Oslo mayor signs decree to ban cars.", "signs", "NNS", "a sentence with a full stop is no headline"},
	})
}

// A wordTagCase is a text, a word of it and the tag every token of that
// word must get when the text is split, with why.
type wordTagCase struct {
	text, word, want, why string
}

// checkWordTags splits each case's text with a new Analyzer and reports
// the tokens of its word tagged otherwise than it wants.
func checkWordTags(t *testing.T, tests []wordTagCase) {
	t.Helper()
	a, err := New()
	if err != nil {
		t.Fatal(err)
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

// TestPersonCompoundsAndIngHeads checks that a compound in -man or -woman
// read as a verb is a noun, and that a form in -ing between a determiner's
// noun and a participle is the head noun; a form in -ing before an object
// stays the verb.
func TestPersonCompoundsAndIngHeads(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Berg lost the nomination to businessman Tom Wu in August.", "businessman", "NN", "a trade in -man after to"},
		{"The award went to chairwoman Ann Lee on Friday.", "chairwoman", "NN", "a trade in -woman after to"},
		{"Tom Wu spoke to congressmen and senators.", "congressmen", "NNS", "the plural"},
		{"The orange warning issued by the agency applied to six counties.", "warning", "NN", "the head of a subject before its participle"},
		{"The orange warning issued by the agency applied to six counties.", "issued", "VBN", "the participle stays"},
		{"The man running the company said it would close.", "running", "VBG", "a form in -ing before its object stays the verb"},
	})
}

// TestParticipleBeforeBareNoun checks that a participle right after the
// subject and before a bare noun, in a sentence with no finite verb, is
// the past tense, unless the noun names a day.
func TestParticipleBeforeBareNoun(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Norway requested help from the European Union.", "requested", "VBD", "a bare noun object"},
		{"The Treasury bills sold yesterday settle today.", "sold", "VBN", "a day after it: a reduced relative"},
		{"Tom Wu approved the request and spoke with Ann Lee by phone.", "spoke", "VBD", "a form only ever past after and"},
		{"A court in Oslo sentenced opposition leader Tom Wu to nine years in prison.", "sentenced", "VBD", "an -ed adjective after the subject, before its object"},
	})
}

// TestPastInEdAfterPronoun checks that a past tense in -ed that the tagger
// reads as a present tense after a pronoun is the past tense, while
// present tenses in -eed and short ones in -ed stay.
func TestPastInEdAfterPronoun(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Tom Wu and I disagreed on the budget.", "disagreed", "VBD", "after I in a list"},
		{"We disagreed with Halvik Bank.", "disagreed", "VBD", "after we"},
		{"They disagreed.", "disagreed", "VBD", "at the end"},
		{"We need more time.", "need", "VBP", "a present tense in -eed"},
		{"They proceed with caution.", "proceed", "VBP", "a longer one in -eed"},
		{"They succeed every time.", "succeed", "VBP", "another in -eed"},
	})
}
