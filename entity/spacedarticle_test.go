package entity

import "testing"

// TestSpacedArabicArticle checks that the lower-case Arabic article
// written apart from the name it opens is read as part of the name, so
// that the gazetteer's alias matches, on invented sentences.
func TestSpacedArabicArticle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu said al Shabaab attacked Norway on Monday.",
			[]string{"al-Shabaab -attack-> Norway"}, []string{"Shabaab -attack-> Norway"},
			"al Shabaab is the gazetteer's al-Shabaab"},
		{"The fighters took 11 trucks, said Tom Wu, al Shabaab military operations spokesman.",
			[]string{"Tom Wu -work_for-> al-Shabaab"}, nil,
			"the spokesman's group after a comma"},
	})
}
