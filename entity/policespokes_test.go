package entity

import "testing"

// TestPoliceSpokesman checks that "police" before a spokesman's noun
// names the force the spokesman speaks for, as "Police spokeswoman Ann
// Lee" does ([forceEnd]). The sentences are written for this test.
func TestPoliceSpokesman(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Oslo Police Department arrested a man. Tom Wu, a police spokesman, said the gunman fled.",
			[]string{"Tom Wu -work_for-> Oslo Police Department"}, nil,
			"the one force the document names"},
		{"The Oslo Police Department arrested a man. A police spokeswoman told Reuters the gunman fled.",
			[]string{"Oslo Police Department -tell-> Reuters"}, nil,
			"an unnamed spokeswoman speaks for the force"},
		{"Tom Wu, a Bergen police spokesman, said the gunman fled. A Bergen police car was hit.",
			[]string{"Tom Wu -work_for-> Bergen Police"}, nil,
			"a town's police before the noun; a police car names no force"},
	})
}
