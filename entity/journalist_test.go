package entity

import "testing"

// TestJournalistOfOutlet covers "journalist" as a noun of one who works
// for the outlet named with it, on invented sentences, as "reporter" is;
// with a nationality it still says only where one is from.
func TestJournalistOfOutlet(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Reuters journalist Tom Wu was jailed on Monday.",
			[]string{"Tom Wu -work_for-> Reuters"}, nil,
			"an outlet's name before the noun"},
		{"Tom Wu, a journalist for the Oslo Times, was jailed on Monday.",
			[]string{"Tom Wu -work_for-> Oslo Times"}, nil,
			"'a journalist for' the outlet"},
		{"Police jailed two Reuters journalists, Tom Wu and Ann Lee, on Monday.",
			[]string{"Tom Wu -work_for-> Reuters", "Ann Lee -work_for-> Reuters"}, nil,
			"a plural before a list"},
		{"Norwegian journalist Tom Wu was jailed on Monday.",
			[]string{"Tom Wu -from-> Norway"}, []string{"Tom Wu -work_for-> Norway"},
			"a nationality gives where one is from, not an employer"},
		{"Reuters cameraman Tom Wu was hurt. Ann Lee, a Red Cross aid worker, was kidnapped. Ola Berg, an intern at the Halvik Group, spoke.",
			[]string{"Tom Wu -work_for-> Reuters", "Ann Lee -work_for-> International Committee of the Red Cross", "Ola Berg -work_for-> Halvik Group"}, nil,
			"a cameraman, a worker and an intern work for the body named with them"},
		{"Norwegian aid worker Tom Wu was kidnapped.",
			[]string{"Tom Wu -from-> Norway"}, []string{"Tom Wu -work_for-> Norway"},
			"an aid worker's nationality"},
	})
}
