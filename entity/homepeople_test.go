package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHomePeopleAndPlacedBody checks a report's state counted by its
// people's plural noun (whole55 round).
func TestHomePeopleAndPlacedBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norwegians protested for a fourth night. Protests went on in the Norwegian capital Oslo. Critics within Norway blamed President Tom Wu. President Wu said foreign forces were involved.",
			[]string{"Tom Wu -lead-> Norway"}, nil,
			"a nationality's plural noun counts as a mention of the report's state"},
		{"Swedes protested for a fourth night. Critics within Norway blamed President Tom Wu.",
			nil, []string{"Tom Wu -lead-> Norway", "Tom Wu -lead-> Sweden"},
			"another state's people tie the report's state: no state"},
	})
}
