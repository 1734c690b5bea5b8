package entity

import "testing"

// TestFactsCoref15Titles: a title written before "of" and the state or
// body in an apposition ("The president of France, Emmanuel Macron,")
// gives its holder a later "the president"; a two-word title given to
// two people names neither.
func TestFactsCoref15Titles(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Prime Minister Boris Johnson met Queen Elizabeth II on Tuesday. The Queen later suspended Parliament at his request.\n\nThe president of France, Emmanuel Macron, visited Berlin. The president praised Chancellor Angela Merkel. The chancellor thanked him.",
			[]string{"Emmanuel Macron -praise-> Angela Merkel", "Angela Merkel -thank-> Emmanuel Macron"}, []string{"Angela Merkel -thank-> Boris Johnson"},
			"\"the president\" is the president of France named in apposition, and \"him\" the subject of the paragraph"},
		{"The chancellor of Germany, Ann Lee, visited Paris. The chancellor criticised Tom Wu.",
			[]string{"Ann Lee -criticise-> Tom Wu"}, nil,
			"\"the chancellor\" is the chancellor of Germany named in apposition"},
		{"The prime minister of Norway, Ann Lee, met the prime minister of Sweden, Tom Wu, in Oslo. The prime minister praised Bo Kim.",
			nil, []string{"Ann Lee -praise-> Bo Kim", "Tom Wu -praise-> Bo Kim"},
			"\"the prime minister\" of a document with two is neither"},
		{"Judge Ann Lee sentenced Tom Wu on Monday. The judge criticised Wu.",
			[]string{"Ann Lee -criticise-> Tom Wu"}, nil,
			"\"the judge\" is the person titled Judge"},
	})
}
