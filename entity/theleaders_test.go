package entity

import "testing"

// TestTheLeaders checks that "the leaders" opening a sentence takes up the
// two leaders the sentence before names, and no one when it names three
// or untitled people, on sentences written for this test.
func TestTheLeaders(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"President Lars Holm met Prime Minister Mia Berg on Monday.\nThe leaders discussed trade.",
			[]string{"Lars Holm -discuss_with-> Mia Berg"}, nil,
			"two titled leaders"},
		{"President Lars Holm held talks with Prime Minister Mia Berg on Monday.\nThe leaders had long discussions on trade.",
			[]string{"Lars Holm -discuss_with-> Mia Berg"}, nil,
			"discussions held"},
		{"Lars Holm met Mia Berg on Monday.\nThe leaders discussed trade.",
			nil, []string{"Lars Holm -discuss_with-> Mia Berg"},
			"no titles: not known as leaders"},
	})
}
