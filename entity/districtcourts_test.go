package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestDistrictCourts checks that a judge whose title follows a body or a
// place ending in "District" works for that district's court, not for
// the district.
func TestDistrictCourts(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"United States Federal District Judge Ann Vale blocked the order on Monday.",
			[]string{"Ann Vale -work_for-> United States Federal District Court"}, []string{"Ann Vale -work_for-> United States Federal District"},
			"a federal district judge before the name"},
		{"The ruling came after Tom Ruiz, a United States District judge, ordered a recount.",
			[]string{"Tom Ruiz -work_for-> United States District Court"}, []string{"Tom Ruiz -work_for-> United States District"},
			"a district judge in apposition"},
	})
}
