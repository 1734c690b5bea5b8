package nlp

import "testing"

// TestNoWhWord checks that a word that is no wh-word never keeps a
// wh-tag, and that an office ending in "-general" is a noun.
func TestNoWhWord(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Willoch led the Harbor Party from 1970 to 1974.", "Willoch", "NNP", "a name the tagger read as which"},
		{"WHO chief Ann Lee said the name had to be easy.", "WHO", "NNP", "an acronym written like who"},
		{"WHO IS TO BLAME?", "WHO", "WP", "a headline in capitals keeps its who"},
		{"That is the plan, which we chose.", "which", "WDT", "a wh-word keeps its tag"},
		{"UN secretary-general Ann Lee said the talks had failed.", "secretary-general", "NN", "an office in -general"},
		{"WHO director-general Ann Lee said the name had to be easy.", "director-general", "NN", "another one"},
	})
}
