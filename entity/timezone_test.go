package entity

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestTimeZoneInitials covers a body whose initials are a time zone's
// ([timeZone]): defined in brackets and used alone later, it is the body;
// after a time it is the zone, no actor.
func TestTimeZoneInitials(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Landless Workers Movement (MST) is accused of attacking Tom Wu. The MST denied it and criticised Ann Lee.",
			[]string{"Landless Workers Movement -criticise-> Ann Lee"}, nil,
			"the body's initials, used alone after the brackets"},
	})
	a, r := newTest(t, Options{})
	for _, text := range []string{
		"The storm reached Halden at 5:30 a.m. MST on Monday.",
		"Flights to Halden resumed at 9 MST, officials said.",
	} {
		ents, _ := r.Resolve(a.Split(text), nil)
		if i := slices.IndexFunc(ents, func(e schema.Entity) bool { return e.Name == "MST" }); i >= 0 {
			t.Errorf("Resolve(%q) has the entity %s %s; a time zone after a time is no actor", text, ents[i].Type, ents[i].Name)
		}
	}
}
