package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestPressOpener checks that a name of several words opening with
// "Daily" or "Weekly" is a publication's, not a person's, so that its
// editor works for it.
func TestPressOpener(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Daily Kestrel's editorial director, Ana Ruiz, said the paper would close.", "Daily Kestrel", schema.Person, schema.Organization, "a paper's name opening with Daily"},
		{"Ana Ruiz told Weekly Marlow that the plan would fail.", "Weekly Marlow", schema.Person, schema.Organization, "a magazine's name opening with Weekly"},
	})
	runDefaultEdgeCases(t, []edgeCase{
		{"Daily Kestrel's editorial director, Ana Ruiz, said the paper would close.",
			[]string{"Ana Ruiz -work_for-> Daily Kestrel"}, nil,
			"the editor of a paper opening with Daily"},
	})
}

// TestGivenNamePlace checks that a country's or a state's one-word name
// that is also a given name, before a surname, names a person when the
// words around the run say so: "of" and a body after it, or an
// apposition to a role noun.
func TestGivenNamePlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Chad Morrow of the Open Ballot Project told reporters he was pleased.",
			[]string{"Chad Morrow -member_of-> Open Ballot Project"}, nil,
			"a country's name as a given name before of and a body"},
	})
	runTypeCases(t, []typeCase{
		{"Israel Navon, the group's chairman, said it would appeal.", "Israel Navon", schema.Person, schema.Person, "an apposition to a role noun"},
		{"Georgia Lamb, a teacher, said she would run.", "Georgia Lamb", schema.Person, schema.Person, "a state's name as a given name"},
		{"Ann Lee flew from Chad to Paris on Monday.", "Chad", schema.GPE, schema.GPE, "the country alone"},
	})
}

// TestParticleSurname checks that a given name, a particle and a
// surname name a person even when the gazetteer knows the given name in
// a place's name.
func TestParticleSurname(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Reform Party nominee Rocky De La Marca spoke.", "Rocky De La Marca", schema.Person, schema.Person, "a given name known in a place's name"},
	})
	runDefaultEdgeCases(t, []edgeCase{
		{"Reform Party nominee Rocky De La Marca spoke.",
			[]string{"Rocky De La Marca -member_of-> Reform Party"}, nil,
			"the nominee is a member of the party"},
	})
}

// TestForumName checks that a run of capitalised words ending in "Forum"
// names a body, with a nationality adjective that opens it.
func TestForumName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee founded the Velmor Policy Forum in 2004.",
			[]string{"Ann Lee -found-> Velmor Policy Forum"}, nil,
			"a forum of unknown words"},
		{"Tom Wu, head of the Greek Harbor Forum, said the plan would fail.",
			[]string{"Tom Wu -lead-> Greek Harbor Forum"}, nil,
			"a forum opened by a nationality"},
	})
}

// TestTitleTheSource checks that one word after a capital "The" inside
// the sentence, where a source or a performer stands, is a paper's, a
// magazine's or a band's name, even when the gazetteer knows it as a
// place's, and that a small "the" before a place keeps the place.
func TestTitleTheSource(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Later, The Kestrel claimed that Tom Wu had lied.",
			[]string{"Kestrel -accuse-> Tom Wu"}, nil,
			"the subject of claimed"},
		{"Tom Wu cited a report by The Atlantic about the vote. Later, The Atlantic claimed that Tom Wu had lied.",
			[]string{"Atlantic -accuse-> Tom Wu"}, nil,
			"a magazine named like an ocean"},
		{"Ann Lee, known from The Marlows, formed a new band.",
			[]string{"Ann Lee -know_from-> Marlows"}, nil,
			"a band after known from"},
	})
	runTypeCases(t, []typeCase{
		{"Ann Lee cited a report from The Kestrel about the vote.", "Kestrel", "", schema.Organization, "after a report from"},
		{"The ship crossed the Atlantic in May.", "Atlantic Ocean", "Concept", "Concept", "the ocean after a small the"},
	})
}

// TestStateAG checks that "AG" between a state's name and a person's
// is the title of the state's attorney general, and that a company's
// legal form stays in the company's name.
func TestStateAG(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ohio AG Tom Wu said the law was void.",
			[]string{"Tom Wu -work_for-> Ohio"}, nil,
			"a state's attorney general"},
	})
	runTypeCases(t, []typeCase{
		{"The suit was filed by Texas AG Ann Lee on Monday.", "Ann Lee", schema.Person, schema.Person, "the person after the title"},
		{"Halvik AG bought a plant in Ohio.", "Halvik AG", schema.Organization, schema.Organization, "a company's legal form"},
	})
}

// TestPlaceInstitutionName checks that a school's or a museum's name that
// opens with a country's name and goes on with "of" and its field is one
// name: the country is part of it, no actor of the phrase.
func TestPlaceInstitutionName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Brack, a professor at the Norway Institute of Marine Science, said the ice had thinned.",
			[]string{"Tom Brack -work_for-> Norway Institute of Marine Science"},
			[]string{"Tom Brack -work_for-> Institute of Marine Science"},
			"a country, an institute's head noun, of and its field"},
		{"Ana Ruiz, a lecturer at Chile University of Science, said the ice had thinned.",
			[]string{"Ana Ruiz -work_for-> Chile University of Science"}, nil,
			"a university named so, without an article"},
	})
}
