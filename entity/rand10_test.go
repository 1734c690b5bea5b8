package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestQuotedListDisagreed covers a speaker who says that another and
// "I" disagreed: the tagger read "disagreed" after "I" as a present tense
// and kept it unlemmatised; and a relative on "many times" is a count,
// not what they disagreed on.
func TestQuotedListDisagreed(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`"Tom Wu and I disagreed about the budget," Ann Lee said.`,
			[]string{"Tom Wu -disagree_with-> Ann Lee"}, nil, "quoted I in a list"},
		{`"There were many times that Senator Tom Wu and I disagreed," Ann Lee told reporters.`,
			[]string{"Tom Wu -disagree_with-> Ann Lee"}, nil, "a relative on many times"},
		{"Tom Wu and Ann Lee agreed several times.",
			[]string{"Tom Wu -agree_with-> Ann Lee"}, nil, "several times"},
		{"Tom Wu and Ann Lee agreed many things.",
			nil, []string{"Tom Wu -agree_with-> Ann Lee"}, "an object that is no count"},
	})
}
