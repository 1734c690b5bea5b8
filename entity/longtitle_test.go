package entity

import "testing"

// TestLongerTitleBeforeOf checks that a title of several words after "the"
// ("the Chief Executive of Tesco") is the person's role in the body after
// "of", and that its second word is no name ("Executive"), on sentences
// written for this test.
func TestLongerTitleBeforeOf(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee, the Chief Executive of Tesco, said the plant would close.",
			[]string{"Ann Lee -lead-> Tesco"}, []string{"Executive -lead-> Tesco"},
			"an apposition with the"},
		{"Ann Lee is the Chief Executive of Tesco.",
			[]string{"Ann Lee -lead-> Tesco"}, []string{"Executive -lead-> Tesco"},
			"after a copula"},
		{"The Chief Executive of Tesco, Ann Lee, said the plant would close.",
			[]string{"Ann Lee -lead-> Tesco"}, []string{"Executive -lead-> Tesco"},
			"opening the sentence: Chief goes on into Chief Executive, no title before a name"},
	})
}
