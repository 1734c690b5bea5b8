package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPersonEnvoy covers a person's envoy, with a title in lower case or
// capitalised throughout, on invented stories.
func TestPersonEnvoy(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Varga, who was Kellan's special envoy to the talks until May, criticized the plan.",
			[]string{"Tom Varga -work_for-> Kellan"}, nil,
			"a person's envoy works for the person"},
		{"Tom Varga, who was Joel Sand's Special Presidential Envoy to the coalition until May, criticized the plan.",
			[]string{"Tom Varga -work_for-> Joel Sand"}, nil,
			"a staff title capitalised throughout"},
		{"Lena Dahl met Ann Lee's envoy, Ola Berg, in Oslo. Sweden's envoy to Norway, Per Moen, spoke.",
			[]string{"Ola Berg -work_for-> Ann Lee", "Per Moen -work_for-> Sweden"}, []string{"Per Moen -work_for-> Norway"},
			"the envoy before a name; a state's envoy is still the state's"},
	})
}

// TestGrievedPassingAway covers grieving an actor's death and "the
// passing away of" an actor, on invented stories.
func TestGrievedPassingAway(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Varga died on Monday. The Halvik Party grieves the passing away of Tom Varga.",
			[]string{"Halvik Party -mourn-> Tom Varga"}, nil,
			"grieving the passing away of an actor mourns them"},
		{"Ann Lee mourned the passing away of Tom Varga, her mentor. Kellan grieved the death of Ola Berg.",
			[]string{"Ann Lee -mourn-> Tom Varga", "Kellan -mourn-> Ola Berg"}, nil,
			"mourning the passing away; grieving a death"},
		{"Kellan announced the passing away of Ola Berg.",
			nil, []string{"Kellan -announce-> Ola Berg", "Kellan -mourn-> Ola Berg"},
			"a death announced gives nothing"},
	})
}

// TestBannedInState covers the passive of a ban with "in" a state and no
// agent, on invented stories.
func TestBannedInState(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Halvik Workers' Party is banned in Norland. The Red Hand Front has been outlawed in Norland since 2003.",
			[]string{"Norland -ban-> Halvik Workers' Party", "Norland -ban-> Red Hand Front"},
			[]string{"Halvik Workers' Party -ban_in-> Norland"},
			"the state a body is banned in bans it"},
		{"The Dorland People's Party is not banned in Norland.",
			nil, []string{"Norland -ban-> Dorland People's Party"},
			"a negated ban bans nothing"},
	})
}

// TestStateKindOfPlaceModified covers a state's name before a kind of
// place and "of", with modifiers between "the" and the state's name.
func TestStateKindOfPlaceModified(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"A storm hit the already battered Norway province of Kalvo on Monday. Another hit the battered Norway region of Velmora.",
			[]string{"Kalvo -locate_in-> Norway", "Velmora -locate_in-> Norway"}, nil,
			"lower-case modifiers before the state's name"},
	})
}
