package entity

import "testing"

// TestResignationAs checks that a resignation announced or tendered, or a
// term won or served, "as" a title gives the subject that post, as
// "resigned as" does, while a resignation only called for or offered
// gives none, on sentences written for this test.
func TestResignationAs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway held a vote. Norway counted it. Ann Lee announced her resignation as foreign minister.",
			[]string{"Ann Lee -work_for-> Norway"}, nil,
			"a resignation announced"},
		{"Ann Lee tendered her resignation as prime minister of Sweden.",
			[]string{"Ann Lee -lead-> Sweden"}, nil,
			"a resignation tendered, the state named"},
		{"Ann Lee won a second term as leader of the Velby Party.",
			[]string{"Ann Lee -lead-> Velby Party"}, nil,
			"a term won"},
		{"Tom Wu demanded Ann Lee's resignation as prime minister of Sweden.",
			nil, []string{"Ann Lee -lead-> Sweden", "Tom Wu -lead-> Sweden"},
			"a resignation demanded gives no post to the one who demands it"},
	})
}
