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

// TestPlaceOfLocalBody checks that a lone name after "in" or "from" is the
// place a local body earlier in the text is named after, not the body:
// "the Tallmark District Court ... born in Tallmark".
func TestPlaceOfLocalBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Lars Eide was sentenced by the Tallmark District Court on Monday. Eide was born in Tallmark.",
			[]string{"Tallmark District Court -sentence-> Lars Eide", "Lars Eide -born_in-> Tallmark"},
			[]string{"Lars Eide -born_in-> Tallmark District Court"}, "a district court, then its town"},
		{"The Brinkley Regional Court fined Mia Holm on Friday. Holm lives in Brinkley.",
			[]string{"Mia Holm -live_in-> Brinkley"}, []string{"Mia Holm -live_in-> Brinkley Regional Court"},
			"a regional court, then its town"},
		{"The Vosk City Council hired Per Dahl in May. Dahl moved to Vosk from Oslo.",
			[]string{"Per Dahl -move_to-> Vosk"}, []string{"Per Dahl -move_to-> Vosk City Council"},
			"a city council, then its town"},
	})
}
