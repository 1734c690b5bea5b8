package entity

import "testing"

// TestForeignTitled checks that a bare head's title beside another
// holder titled with the report's main state is not that state's: the
// host of a visiting leader heads the state visited, and one state has one
// president; a head of the same state beside it keeps it, on sentences
// written for this test.
func TestForeignTitled(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Japanese Prime Minister Tom Wu visited Peru on Monday, Japan said.\nPresident Ana Ruiz welcomed Japanese Prime Minister Tom Wu in Lima.\nJapanese firms signed deals in Lima.",
			[]string{"Ana Ruiz -lead-> Peru", "Tom Wu -lead-> Japan"}, []string{"Ana Ruiz -lead-> Japan"},
			"the host of a visiting leader heads the state visited"},
		{"Chinese President Tom Wu hosted a summit in China.\nPresident Ana Ruiz met Chinese President Tom Wu in Beijing on Monday.\nChinese firms signed deals.",
			[]string{"Tom Wu -lead-> China"}, []string{"Ana Ruiz -lead-> China"},
			"one state has one president"},
		{"Italian Prime Minister Dino Neri resigned on Monday, Italy said.\nItaly's Prime Minister Dino Neri handed his resignation to President Aldo Riva.",
			[]string{"Aldo Riva -lead-> Italy"}, nil,
			"another title of the same state is kept"},
	})
}
