package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestPersonTypes covers names typed as the wrong kind of actor: a given
// name before a surname the gazetteer knows as a body's, the recogniser
// reads as a place's or that ends sites' names; an office title written
// alone; a rank ending in Master; a party's name after a nationality's
// adjective; and an office's portfolio, an occupation, an honour or a
// game's rank before a person's name. The sentences are invented.
func TestPersonTypes(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want map[string]schema.EntityType // "" for no entity of that name
		why  string
	}{
		{"Michael Bloomberg said he would fund the campaign in Ohio.",
			map[string]schema.EntityType{"Michael Bloomberg": schema.Person, "Bloomberg": "", "Michael": ""},
			"a given name before a one-word body's name the gazetteer knows names the person after whom the body is named"},
		{"Bloomberg reported the deal on Monday.",
			map[string]schema.EntityType{"Bloomberg": schema.Organization},
			"the body's name alone stays the body"},
		{"The campaign of the late Ross Perot won many votes in Texas.",
			map[string]schema.EntityType{"Ross Perot": schema.Person},
			"a given name of one sex and a surname stay a person's, however the recogniser reads the surname"},
		{"Darrell Castle, the party's candidate, spoke in Ohio on Monday.",
			map[string]schema.EntityType{"Darrell Castle": schema.Person},
			"a given name before Castle, a site's head and a surname, names a person"},
		{"Director of National Intelligence Ann Lee met Tom Wu in Paris.",
			map[string]schema.EntityType{"Ann Lee": schema.Person, "National Intelligence Ann Lee": ""},
			"the portfolio in a director's of-phrase is no part of the holder's name"},
		{"Director of Communications Ann Lee criticised Tom Wu on Monday.",
			map[string]schema.EntityType{"Ann Lee": schema.Person},
			"a director's one-word portfolio"},
		{"Podcaster Ann Lee met Tom Wu in Paris.",
			map[string]schema.EntityType{"Ann Lee": schema.Person, "Podcaster Ann Lee": ""},
			"an occupation noun that opens the sentence before a full name is no part of the name"},
		{"Co-author Jing Wang said the wings moved on their own.",
			map[string]schema.EntityType{"Jing Wang": schema.Person, "Co-author Jing Wang": ""},
			"an occupation noun after co- before a full name"},
		{"Ann Lee was awarded the Padma Shri in 2019. Padma Shri Ann Lee met Tom Wu in Delhi.",
			map[string]schema.EntityType{"Ann Lee": schema.Person, "Padma Shri Ann Lee": "", "Padma Shri": ""},
			"an honour written before its laureate's name is a title, neither the name nor an alias of it"},
		{"IM Ann Lee beat Tom Wu in Paris. Grandmaster Mary Holt lost to Ann Lee.",
			map[string]schema.EntityType{"Ann Lee": schema.Person, "IM Ann Lee": "", "Mary Holt": schema.Person, "Grandmaster Mary Holt": ""},
			"a chess rank, spelled or abbreviated, before a player's name is no part of it"},
		{"Tom Wu played against an Israeli Grand Master in Basel.",
			map[string]schema.EntityType{"Grand Master of Israel": "", "Grand Master": ""},
			"a rank of a game after a nationality names no office of the state"},
		{"Tourists visited Leeds Castle on Monday.",
			map[string]schema.EntityType{"Leeds Castle": schema.Location},
			"a place's name before Castle names the site"},
		{"Tom Wu, the Secretary of State, said the plan had failed.",
			map[string]schema.EntityType{"Tom Wu": schema.Person, "Secretary of State": ""},
			"an office title alone is no place, though it ends in State"},
		{"The Dutch Vesta Norl party won two seats in Utrecht.",
			map[string]schema.EntityType{"Vesta Norl": schema.Organization},
			"a nationality's adjective, a name and \"party\" name a party, not a compatriot"},
		{"The Dutch Vesta Norl said he would resign.",
			map[string]schema.EntityType{"Vesta Norl": schema.Person},
			"a nationality's adjective before a name with no \"party\" after it names a compatriot"},
		{"Ann Lee was Woman Grand Master before she turned twenty.",
			map[string]schema.EntityType{"Ann Lee": schema.Person, "Woman Grand Master": ""},
			"a guessed name ending in Master names a rank, no person"},
		{"She served as National Security Advisor for two years.",
			map[string]schema.EntityType{"National Security Advisor": ""},
			"an office title alone is no person"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			_, ents, _ := pipelineResolve(a, x, r, tc.text)
			types := entityTypes(ents)
			for name, want := range tc.want {
				if got := types[name]; got != want {
					t.Errorf("Resolve(%q): %q typed %q, want %q (%s)", tc.text, name, got, want, tc.why)
				}
			}
		})
	}
}

// entityTypes returns the type of each of ents by its name.
func entityTypes(ents []schema.Entity) map[string]schema.EntityType {
	types := make(map[string]schema.EntityType, len(ents))
	for _, e := range ents {
		types[e.Name] = e.Type
	}
	return types
}
