package entity

import "testing"

// TestOtherStatesMinistry checks that a bare portfolio title ("Foreign
// Minister Ivan Petrov") is no post in a ministry the document named
// before when that ministry is another state's than the one the person
// was first titled for, on documents written for this test.
func TestOtherStatesMinistry(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Russian Foreign Minister Ivan Petrov and his Japanese counterpart, Kenji Sato, met on Monday, Ann Lee, the spokesperson for the Japanese Foreign Ministry, said on Tuesday. A dinner was hosted by Foreign Minister Petrov for Minister Sato.",
			[]string{"Ann Lee -work_for-> Japanese Foreign Ministry"},
			[]string{"Ivan Petrov -work_for-> Japanese Foreign Ministry"},
			"the ministry named before is the counterpart's state's"},
		{"The Japanese Foreign Ministry said on Monday that talks would go on. Foreign Minister Kenji Sato met Ann Lee.",
			[]string{"Kenji Sato -work_for-> Japanese Foreign Ministry"},
			nil,
			"a minister with no state of his own works in the ministry named before"},
	})
}

// TestAbstractPortfolio checks that an abstract noun no list holds stays
// in a minister's portfolio before the minister's name, on documents
// written for this test.
func TestAbstractPortfolio(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Syrian Minister of National Reconciliation Ali Haidar spoke on Monday.",
			[]string{"Ali Haidar -work_for-> Ministry of National Reconciliation"},
			[]string{"Reconciliation Ali Haidar -work_for-> Ministry of National"},
			"an abstract noun in -tion"},
		{"Kenyan Minister of Cooperatives Tom Wu spoke on Monday. Norwegian Minister of Justice Lawrence Berg spoke too.",
			[]string{"Tom Wu -work_for-> Ministry of Cooperatives", "Lawrence Berg -work_for-> Ministry of Justice"},
			nil,
			"a plural noun; a given name after the portfolio"},
	})
}
