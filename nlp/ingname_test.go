package nlp

import "testing"

// TestIngNameOpener checks that a capitalised word in -ing opening a
// sentence before its verb is a name when the text uses it as one inside
// a sentence, and stays a gerund otherwise.
func TestIngNameOpener(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Reporters contacted Vorling about the crash. Vorling did not release any information.", "Vorling", "NNP", "a company named inside an earlier sentence, both"},
		{"Vorling also said it regretted the delay. Its rival, Kestrel, bought parts from Vorling.", "Vorling", "NNP", "named later, an adverb before the verb"},
		{"Reporters asked about Vorling's plans. Vorling has said nothing.", "Vorling", "NNP", "named with a possessive"},
		{"The team said nothing. Testing is under way at the base.", "Testing", "VBG", "a gerund the text never uses as a name"},
		{"Markets fell on Monday\n\nTesting is under way at the base.", "Testing", "VBG", "after a headline's last word"},
	})
}

// TestIngNameInsideName checks that a capitalised word in -ing inside a
// name of several words makes no name of it: the sentence it opens keeps
// the gerund.
func TestIngNameInsideName(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ss := a.Split("The Sentencing Council met in May. Sentencing is set for June.")
	if len(ss) != 2 || ss[1].Tokens[0].Tag != "VBG" {
		t.Errorf("Split: second sentence %v, want Sentencing/VBG first", ss[len(ss)-1].Tokens)
	}
}
