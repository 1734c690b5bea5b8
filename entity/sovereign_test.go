package entity

import "testing"

// TestLaterSovereign checks that a monarch's or a pope's bare title ("the
// Queen") stands for the one person the document names with that title
// only later, on sentences written for this test.
func TestLaterSovereign(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Talks\n\nOn Tuesday, the Pope criticised Norway. Ann Lee met Pope Francis in August.",
			[]string{"Francis -criticise-> Norway"}, nil,
			"the title alone before the holder's name"},
		{"Vote\n\nOn Tuesday, the Queen suspended Parliament for five weeks. Tom Wu had asked Queen Ann Berg for this in August.",
			[]string{"Ann Berg -suspend-> Parliament"}, nil,
			"a queen named in a later sentence"},
		{"Vote\n\nAt the request of Prime Minister Tom Wu, the Queen suspended Parliament. Queen Ann Berg spoke in May.",
			[]string{"Ann Berg -suspend-> Parliament", "Tom Wu -ask-> Ann Berg"}, nil,
			"the one who acted at a request is the queen named later"},
		{"Visit\n\nOn Tuesday, the King criticised Norway. Tom Wu met King Harald and King Carl in May.",
			nil, []string{"Harald -criticise-> Norway", "Carl -criticise-> Norway"},
			"two holders of the title leave it unresolved"},
	})
}

// TestMajesty checks that a style of address ("Her Majesty", "HM the
// Queen") stands for the monarch as "the Queen" does, on sentences
// written for this test.
func TestMajesty(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Vote\n\nQueen Ann Berg spoke in May. Tom Wu advised Her Majesty on Tuesday. Ola Berg advised HM the Queen in June. Kari Dahl thanked Her Majesty the Queen.",
			[]string{"Tom Wu -advise-> Ann Berg", "Ola Berg -advise-> Ann Berg", "Kari Dahl -thank-> Ann Berg"},
			[]string{"Ola Berg -advise-> HM"},
			"her majesty, with the queen or without, and HM the Queen are the queen"},
		{"Vote\n\nKing Carl Lund spoke in May. Tom Wu praised His Majesty in June. Ann Lee sued Her Majesty's Government.",
			[]string{"Tom Wu -praise-> Carl Lund"}, []string{"Ann Lee -sue-> Carl Lund"},
			"his majesty is the king; a possessive names the crown's body, not the king"},
	})
}
