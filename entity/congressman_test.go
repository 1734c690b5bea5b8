package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCongressmanTitle checks that Congressman and Congresswoman are
// titles: the surname after them is the person named before, and the
// title makes a member of Congress.
func TestCongressmanTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Ward and Ann Lee spoke on Monday. Congressman Ward, who joined the Harbor Party, spoke. Congresswoman Lee, who joined the Union Party, left.",
			[]string{"Tom Ward -join-> Harbor Party", "Ann Lee -join-> Union Party"},
			[]string{"Congressman Ward -join-> Harbor Party", "Congresswoman Lee -join-> Union Party"},
			"a title before a surname"},
		{"Congressman Tom Wu dropped out of the race on Monday.\nAnn Lee, a nurse from Flint, ran twice for the Michigan House of Representatives.",
			nil, []string{"Tom Wu -member_of-> Michigan House of Representatives"},
			"a member of Congress sits in no state's house"},
	})
}
