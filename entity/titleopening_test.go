package entity

import "testing"

// TestTitleOpening checks that a description opening the sentence before
// an apposed name gives the name its title, on sentences written for this
// test.
func TestTitleOpening(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The trial took place in the Oslo District Court. The judge presiding over the case, Ann Lee, said the sentence was fair.",
			[]string{"Ann Lee -work_for-> Oslo District Court"}, nil,
			"a judge described by a participle's phrase sits in the one court named"},
		{"The trial took place in the Oslo District Court. The judge, Ann Lee, said the sentence was fair.",
			[]string{"Ann Lee -work_for-> Oslo District Court"}, nil,
			"a bare description"},
		{"The trial took place in the Oslo District Court. The wife of the judge, Ann Lee, said the sentence was fair.",
			nil, []string{"Ann Lee -work_for-> Oslo District Court"},
			"after \"of\" the title is another's"},
	})
}
