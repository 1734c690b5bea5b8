package entity

import "testing"

// TestListedPortfolios checks that a portfolio in brackets after a name in
// a list of ministers names the ministry the person works for, on
// sentences written for this test.
func TestListedPortfolios(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The new ministers are: Lena Varga (Rural development) & Tomas Brandt (ICT).",
			[]string{"Lena Varga -work_for-> Ministry of Rural development", "Tomas Brandt -work_for-> Ministry of ICT"},
			[]string{"Tomas Brandt -member_of-> ICT"},
			"ministers listed with portfolios"},
		{"Junior ministers: Ana Kovac (Water), Piet Ruys (Tourism) and Ola Dahl (Youth Affairs).",
			[]string{"Ana Kovac -work_for-> Ministry of Water", "Piet Ruys -work_for-> Ministry of Tourism", "Ola Dahl -work_for-> Ministry of Youth Affairs"}, nil,
			"a heading before the colon"},
		{"The new ministers are: Lena Varga (Labour Party) and Tomas Brandt (Norway).",
			nil, []string{"Lena Varga -work_for-> Ministry of Labour Party", "Tomas Brandt -work_for-> Ministry of Norway"},
			"a party or a state in brackets is no portfolio"},
		{"The winners were: Lena Varga (Water) and Tomas Brandt (Tourism).",
			nil, []string{"Lena Varga -work_for-> Ministry of Water"},
			"no ministers before the colon"},
	})
}
