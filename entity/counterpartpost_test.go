package entity

import "testing"

// TestCounterpartPost checks that a counterpart takes the post the
// possessor's title names, even when no state is known for the possessor,
// and that the counterpart's state is never the possessor's, on sentences
// written for this test.
func TestCounterpartPost(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ships arrived in Oslo.\nExternal Affairs Minister Tom Wu met his Swedish counterpart Ann Lee in Oslo.",
			[]string{"Ann Lee -work_for-> Sweden"}, []string{"Ann Lee -from-> Sweden", "Tom Wu -work_for-> Sweden"},
			"a portfolio minister's counterpart works for the other state"},
		{"Oslo: Foreign Minister Tom Wu on Saturday held talks with his Danish counterpart Ola Dahl.",
			[]string{"Ola Dahl -work_for-> Denmark"}, []string{"Tom Wu -work_for-> Denmark"},
			"the only state the sentence names is the counterpart's, not the minister's"},
		{"Tom Wu holds talks with Danish counterpart Ola Dahl.\nForeign Minister Tom Wu said the talks went well.",
			[]string{"Ola Dahl -work_for-> Denmark"}, []string{"Ola Dahl -from-> Denmark"},
			"a headline counterpart takes the post the report titles later"},
		{"Ships arrived in Oslo.\nTom Wu met his Swedish counterpart Ann Lee in Oslo.",
			nil, []string{"Ann Lee -work_for-> Sweden", "Ann Lee -lead-> Sweden"},
			"an untitled possessor gives no post"},
	})
}
