package entity

import "testing"

// TestOtherMinister checks that a ministry the document names is the
// office of the first minister its portfolio's title is given to, not of
// a second one (another state's counterpart), while a former holder named
// first takes it from no one, on documents written for this test.
func TestOtherMinister(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Foreign Minister Tom Wu met his Swedish counterpart on Friday, a statement from the Foreign Office said. He said his meeting with Foreign Minister Ann Berg was useful.",
			[]string{"Tom Wu -work_for-> Foreign Office"}, []string{"Ann Berg -work_for-> Foreign Office"},
			"the second foreign minister is the counterpart"},
		{"Former Foreign Minister Tom Wu criticised the Foreign Office on Friday. Foreign Minister Ann Berg rejected the criticism.",
			[]string{"Ann Berg -work_for-> Foreign Office"}, nil,
			"a former minister named first is no rival"},
	})
}
