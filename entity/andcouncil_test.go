package entity

import "testing"

// TestAndCouncilName checks a body's name of an unknown word, "and" and
// words the gazetteer knows as another body ("Security Council"): one
// name, not that body and a body named by the first word; the name of the
// body it is an organ of may open it ("African Union").
func TestAndCouncilName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Peace and Security Council condemned Niger on Monday.",
			[]string{"Peace and Security Council -condemn-> Niger"},
			[]string{"UN Security Council -condemn-> Niger", "Peace -condemn-> Niger"},
			"the gazetteer's body after and is a word of the longer name"},
		{"The African Union Peace and Security Council condemned Niger on Monday.",
			[]string{"African Union Peace and Security Council -condemn-> Niger"},
			[]string{"UN Security Council -condemn-> Niger", "Peace -condemn-> Niger"},
			"a body's organ named after the body"},
	})
}
