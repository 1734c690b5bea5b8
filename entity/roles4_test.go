package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestBodyChiefOfStaff: a chief of staff after an organisation's or a
// campaign's possessive works for it, as one after a person's possessive
// works for the person; invented stories.
func TestBodyChiefOfStaff(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Strike talks\n\nThe Harbor Party's chief of staff, Lina Moss, said the talks would resume.",
			[]string{"Lina Moss -work_for-> Harbor Party"}, nil,
			"a party's chief of staff in apposition"},
		{"Strike talks\n\nGoogle's deputy chief of staff Lina Moss said the talks would resume.",
			[]string{"Lina Moss -work_for-> Google"}, nil,
			"a company's deputy chief of staff before the name"},
		{"Race in Ohio\n\nKen Abbot is running for governor of Ohio. The Abbot campaign's chief of staff, Lina Moss, said the rally would go on.",
			[]string{"Lina Moss -work_for-> Abbot campaign"}, nil,
			"a campaign's chief of staff"},
		{"Race in Ohio\n\nKen Abbot is running for governor of Ohio. The Abbot campaign's press secretary Lina Moss said the rally would go on.",
			[]string{"Lina Moss -work_for-> Abbot campaign"}, nil,
			"a campaign's press secretary"},
		{"Race in Ohio\n\nKen Abbot is running for governor of Ohio. The Abbot campaign's rally drew Lina Moss and Bo Kim.",
			nil, []string{"Lina Moss -work_for-> Abbot campaign"},
			"a campaign's event is no employer"},
	})
}
