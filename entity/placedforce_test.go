package entity

import "testing"

// TestPoliceInOtherTown covers "police in" a town the report names beside
// the one force it names after another town: the other town's police.
func TestPoliceInOtherTown(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The building is close to the Bergen police headquarters. Norway has been receiving advice from police in London after the riots.",
			[]string{"London Police -advise-> Norway"}, []string{"Bergen Police -advise-> Norway"},
			"the named force is Bergen's; police in London are London's"},
		{"The Metropolitan Police arrested two men. Police in London said the men were armed.",
			[]string{"Metropolitan Police -locate_in-> London"}, nil,
			"a force with a name of its own stays the one the report names"},
	})
}
