package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestPurposeOfName checks that a body's head noun alone, "for the", a
// noun of purpose and "of" make one name ("the Movement for the
// Liberation of X"), where before the name stopped at the head noun.
func TestPurposeOfName(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Rebels of the Movement for the Liberation of Kestrava attacked the town.", "Movement for the Liberation of Kestrava",
			schema.Organization, schema.Organization, "a movement's purpose and its land"},
		{"The Front for the Defence of Marlow Island condemned the plan.", "Front for the Defence of Marlow Island",
			schema.Organization, schema.Organization, "a front's purpose and its land"},
	})
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, a leader of the League for the Advancement of Velmor Farmers, met Ann Lee.",
			[]string{"Tom Wu -lead-> League for the Advancement of Velmor Farmers"}, nil,
			"the leader of a league named by its purpose"},
		{"Ann Lee voted for the Union in the election.",
			[]string{"Ann Lee -vote_for-> Union"}, nil,
			"a head noun alone before no purpose keeps its name"},
	})
}

// TestGivenMiddleSurname checks that a given name, a middle name and a
// surname that also ends the names of halls or parks are a person's.
func TestGivenMiddleSurname(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Tynice Nichole Hall was convicted of drug violations in 2006.", "Tynice Nichole Hall", schema.Person, schema.Person, "two given names before Hall"},
		{"Kayla Marie Park, 34, was sentenced to five years.", "Kayla Marie Park", schema.Person, schema.Person, "two given names before Park"},
		{"The concert took place at Carnegie Hall in May.", "Carnegie Hall", schema.Person, schema.Location, "a hall's name"},
	})
}

// TestRoadCode checks that a road's number after "the" is no actor.
func TestRoadCode(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Police closed the M62 near Leeds after the crash.",
			nil, []string{"M62 -locate_near-> Leeds"},
			"a motorway's number is no place of its own"},
		{"The hotel, located off the A470 overlooking the Dovey Estuary, burned down.",
			nil, []string{"A470 -overlook-> Dovey Estuary"},
			"an A road's number overlooks nothing"},
		{"The G20 condemned Velmor on Monday.",
			[]string{"G20 -condemn-> Velmor"}, nil,
			"a group of states named by a letter and digits stays an actor"},
	})
}
