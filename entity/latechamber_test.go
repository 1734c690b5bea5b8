package entity

import "testing"

// TestLateChamber checks that a bare "Congress" written before the report
// names its home state's chamber ("Bolivia's Congress then ...") is that
// chamber, not the US Congress, on sentences written for this test.
func TestLateChamber(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Bolivia's President Ana Ruiz tried to close the courts.\nBolivia's Vice President Luis Mora said Congress voted out Ana Ruiz.\nBolivia's Congress then named Luis Mora president.",
			[]string{"Bolivian Congress -vote_out-> Ana Ruiz"}, []string{"United States Congress -vote_out-> Ana Ruiz"},
			"the bare chamber before the state's is the state's"},
		{"Bolivia's President Ana Ruiz met Bolivia's Vice President Luis Mora in Bolivia.\nThe US Congress praised Ana Ruiz.\nCongress also thanked Luis Mora.\nBolivia's Congress then named Luis Mora president.",
			[]string{"United States Congress -thank-> Luis Mora"}, []string{"Bolivian Congress -thank-> Luis Mora"},
			"a report that names the US Congress keeps the bare one the US's"},
	})
}
