package entity

import "testing"

// TestPairedHolders checks that a list of states and a list of as many
// people, set against each other by a role noun in the plural, pair in
// order, on documents written for this test.
func TestPairedHolders(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Norwegian and Swedish prime ministers, Tom Wu and Ann Lee, said the talks went well.",
			[]string{"Tom Wu -lead-> Norway", "Ann Lee -lead-> Sweden"},
			[]string{"Tom Wu -lead-> Sweden", "Ann Lee -lead-> Norway"},
			"state adjectives before the plural role, names apposed after it"},
		{"The Finnish and Danish foreign ministers, Ola Berg and Mia Holt, met in Oslo.",
			[]string{"Ola Berg -work_for-> Finland", "Mia Holt -work_for-> Denmark"},
			[]string{"Ola Berg -work_for-> Denmark", "Mia Holt -work_for-> Finland"},
			"a minister's role works for the state"},
		{"Tom Wu and Ann Lee have become the first sitting leaders of Norway and Sweden to meet in Oslo.",
			[]string{"Tom Wu -lead-> Norway", "Ann Lee -lead-> Sweden"},
			[]string{"Tom Wu -lead-> Sweden", "Ann Lee -lead-> Norway", "Tom Wu -become-> Norway", "Ann Lee -become-> Sweden"},
			"a copula, the plural role and of"},
		{"Tom Wu and Ann Lee met the leaders of Norway, Sweden and Finland.",
			nil, []string{"Tom Wu -lead-> Norway", "Ann Lee -lead-> Sweden"},
			"no copula, and lists of other lengths, pair nothing"},
		{"The leaders of Norway and Sweden, Tom Wu and Ann Lee respectively held talks in Oslo on Monday.",
			[]string{"Tom Wu -lead-> Norway", "Ann Lee -lead-> Sweden", "Tom Wu -talk_with-> Ann Lee"},
			[]string{"Tom Wu -lead-> Sweden", "Ann Lee -lead-> Norway", "Norway -talk_with-> Tom Wu", "Sweden -talk_with-> Ann Lee", "Norway -talk_with-> Sweden"},
			"the plural role and of, the names after a comma: they are the leaders, and the subjects"},
		{"The leaders of Norway and Sweden, Tom Wu and Ann Lee, held talks in Oslo on Monday.",
			[]string{"Tom Wu -lead-> Norway", "Ann Lee -lead-> Sweden"},
			[]string{"Tom Wu -lead-> Sweden", "Ann Lee -lead-> Norway"},
			"the names apposed between commas"},
	})
}

// TestHeadsRespectively checks that "the leaders of A and B, X and Y
// respectively" makes X head A and Y head B, and that lists of other
// lengths say nothing, on sentences written for this test.
func TestHeadsRespectively(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Talks\n\nThe leaders of Norway and Sweden, Ann Lee and Tom Wu respectively, held talks in Oslo on Wednesday.",
			[]string{"Ann Lee -lead-> Norway", "Tom Wu -lead-> Sweden"}, []string{"Ann Lee -lead-> Sweden", "Tom Wu -lead-> Norway"},
			"leaders listed respectively"},
		{"Talks\n\nThe leaders of Norway, Finland and Sweden, Ann Lee and Tom Wu respectively, held talks in Oslo on Wednesday.",
			nil, []string{"Ann Lee -lead-> Norway", "Tom Wu -lead-> Finland"},
			"three states and two people: no pairing"},
		{"Talks\n\nThe chiefs of Acme Corp and Halvik Airlines, Ann Lee and Tom Wu respectively, held talks in Oslo on Wednesday.",
			[]string{"Ann Lee -lead-> Acme Corp", "Tom Wu -lead-> Halvik Airlines"}, []string{"Ann Lee -lead-> Halvik Airlines", "Tom Wu -lead-> Acme Corp"},
			"the heads of bodies"},
	})
}
