package entity

import "testing"

// TestSameSentenceNational covers a state's adjective and a noun ("the
// Norwegian company") that takes up an organisation named earlier in its
// own sentence, when that one is placed in the state and none named before
// fits, on invented stories.
func TestSameSentenceNational(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Deal news\n\nNorway's Halvik Holdings fired Ann Lee in May. Halvik Holdings said on Monday that the Norwegian company would sue Velmor Corp.",
			[]string{"Halvik Holdings -locate_in-> Norway"}, nil,
			"the firm of that state named before in the sentence"},
		{"Deal news\n\nOslo-based Halvik Holdings fired Ann Lee in May. Halvik Holdings will buy the stake, which would give the Norwegian company a majority stake in Velmor Corp.",
			[]string{"Halvik Holdings -locate_in-> Norway"}, nil,
			"a firm placed by its town"},
		{"Deal news\n\nStockholm-based Halvik Holdings fired Ann Lee in May. Halvik Holdings said on Monday that the Norwegian company would sue Velmor Corp.",
			nil, []string{"Halvik Holdings -locate_in-> Norway"},
			"a firm of another state is not the Norwegian company"},
	})
}
