package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestAppointerState checks that a state's title given by an appointment
// with no state named ("appointed Tom Wu as finance minister") is one of
// the state the appointer leads, on sentences written for this test.
func TestAppointerState(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Report\n\nNorwegian Prime Minister Ann Lee appointed Tom Wu as finance minister.",
			[]string{"Tom Wu -work_for-> Norway"}, nil,
			"a nationality before the appointer's title"},
		{"Report\n\nThe president of Norway, Ann Lee, appointed Tom Wu as defence minister on Monday.",
			[]string{"Tom Wu -work_for-> Norway"}, nil,
			"the appointer's apposition"},
		{"Report\n\nAnn Lee, the governor of Vermont, appointed Tom Wu as secretary of state.",
			[]string{"Tom Wu -work_for-> Vermont"}, nil,
			"a state of a federation; the title in lower case"},
		{"Report\n\nAnn Lee, the mayor of Oslo, appointed Tom Wu as deputy mayor.",
			nil, []string{"Tom Wu -work_for-> Oslo"},
			"no title of a state's government"},
	})
}
