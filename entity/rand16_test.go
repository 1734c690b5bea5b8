package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestOwnContrast covers "and his own" after an object: "own" sets the
// owner against the name beside it, so the owner is the clause's subject
// ("Tom Hale sued Tom Berg and his own accountant Globex Partners"), while
// a subject's pair and a plain "and his" keep the name beside the pronoun.
func TestOwnContrast(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mayor Tom Hale sued Oslo District Attorney Tom Berg and his own accountant Globex Partners to block the release.",
			[]string{"Globex Partners -work_for-> Tom Hale", "Tom Hale -sue-> Tom Berg"}, []string{"Globex Partners -work_for-> Tom Berg"}, "own after an object"},
		{"Governor Sam Cole sued Bergen prosecutor Tom Berg, Jr. and his own accountant Halvik Partners.",
			[]string{"Halvik Partners -work_for-> Sam Cole"}, []string{"Halvik Partners -work_for-> Tom Berg Jr"}, "own after a suffixed name"},
		{"Mayor Tom Hale praised Ann Lee and her own accountant Globex Partners.",
			[]string{"Globex Partners -work_for-> Ann Lee"}, []string{"Globex Partners -work_for-> Tom Hale"}, "her, not his"},
		{"Police investigated Tom Berg and his accountant Globex Partners.",
			nil, []string{"Globex Partners -work_for-> Police"}, "no own"},
	})
}

// TestUnitNamedWithFor covers a unit whose name puts "for" after its head
// noun ("Institute for Peace Research", "Centre for Rural Studies") after
// its body's possessive: the unit is part of the body, as "the Bank of
// Norway's Committee on Rates" is.
func TestUnitNamedWithFor(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The University of Bergen's Institute for Peace Research hired Ann Lee.",
			[]string{"Institute for Peace Research -part_of-> University of Bergen"}, nil, "institute for"},
		{"The Globex Corporation's Centre for Rural Studies said the harvest failed.",
			[]string{"Centre for Rural Studies -part_of-> Globex Corporation"}, nil, "centre for"},
	})
}

// TestDescribedInArticlePlace covers a body described as the largest (or
// a) body of its kind in a place whose name takes "the" ("in the
// Philippines", "in the United States"), and a description that joins two
// nouns with "and": the body is in the place.
func TestDescribedInArticlePlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Globex Corporation is the largest bank in the Philippines.",
			[]string{"Globex Corporation -locate_in-> Philippines"}, nil, "the before the place"},
		{"Halvik Media, a television and radio broadcasting company in Norway, said profits fell.",
			[]string{"Halvik Media -locate_in-> Norway"}, nil, "and in the description"},
		{"Globex Corporation is the largest bank in the world.",
			nil, []string{"Globex Corporation -locate_in-> World"}, "no place"},
	})
}

// TestPlacingPlaceNoSubject covers a second place's name after a comma
// inside a phrase after the subject's noun ("The festival in Bergen, Norway
// drew Ann Lee"): it places the first and is no subject of the verb after
// it; a phrase that opens the clause and a list keep their names.
func TestPlacingPlaceNoSubject(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The festival in Bergen, Norway drew Ann Lee.",
			[]string{"Bergen -locate_in-> Norway"}, []string{"Norway -draw-> Ann Lee"}, "a place's place"},
		{"The award of the Mayor of Tromsø Municipality, Norway honoured Ann Lee.",
			nil, []string{"Norway -honour-> Ann Lee"}, "after a title"},
		{"In Bergen, Norway beat Sweden on Monday.",
			[]string{"Norway -beat-> Sweden"}, nil, "an opening phrase"},
		{"The envoys of Cyprus, Greece and Israel met Ann Lee.",
			[]string{"Greece -meet-> Ann Lee"}, nil, "a list"},
		{"Talks with Russia, Ukraine told Ann Lee, had failed.",
			[]string{"Ukraine -tell-> Ann Lee"}, nil, "a speaker set off"},
	})
}
