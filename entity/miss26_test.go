package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPluralTitleList covers a body's plural role noun right before a list
// of names ("former Halvik directors Tom Wu and Ann Lee"): each listed
// person holds the role, on invented stories.
func TestPluralTitleList(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Spies sign letter\n\nFormer CIA directors Mira Holt and Joel Sand signed a letter on Monday.",
			[]string{"Mira Holt -lead-> CIA", "Joel Sand -lead-> CIA"}, nil,
			"a plural head's title before two names, read as a verb by the tagger, heads the body for both"},
		{"Forty officials, including former FBI directors Mira Holt, Joel Sand, and Rita Voss, wrote to Congress.",
			[]string{"Mira Holt -lead-> FBI", "Joel Sand -lead-> FBI", "Rita Voss -lead-> FBI"}, nil,
			"a plural title before a list of three names gives each the role"},
		{"Microsoft executives Mira Holt, Joel Sand and Rita Voss resigned on Friday.",
			[]string{"Mira Holt -work_for-> Microsoft", "Joel Sand -work_for-> Microsoft", "Rita Voss -work_for-> Microsoft"}, nil,
			"a plural staff noun gives each listed name work_for"},
		{"Microsoft co-founders Mira Holt and Joel Sand gave a talk.",
			[]string{"Mira Holt -found-> Microsoft", "Joel Sand -found-> Microsoft"}, nil,
			"plural founders found the body, each of them"},
	})
}

// TestFrontedTie covers an indefinite apposition of a resident, a native
// or a citizen of a place that opens the sentence before the person's
// name, on invented stories.
func TestFrontedTie(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Man charged\n\nA resident of Antioch, Illinois, Joel Sand is accused of theft.",
			[]string{"Joel Sand -live_in-> Antioch"}, []string{"Joel Sand -live_in-> Illinois"},
			"the place right after of is the home; the state after the comma only locates it"},
		{"A native of Oslo, Mira Holt joined the army in 1990. A longtime resident of Bergen, Rita Voss said the town was quiet.",
			[]string{"Mira Holt -from-> Oslo", "Rita Voss -live_in-> Bergen"}, nil,
			"a native is from the place, a resident lives in it, with an adjective before the noun too"},
		{"A resident of Oslo, Mira Holt, and Joel Sand were questioned.",
			nil, []string{"Mira Holt -live_in-> Oslo"},
			"a comma after the name makes a list, not an apposition"},
	})
}

// TestFounderAndRole covers a founder's noun joined by "and" to another
// role before a name: both relations hold, on invented stories.
func TestFounderAndRole(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Car maker news\n\nTesla co-founder and chief executive Mira Holt spoke on Monday.",
			[]string{"Mira Holt -found-> Tesla", "Mira Holt -lead-> Tesla"}, []string{"Mira Holt -work_for-> Tesla"},
			"a co-founder and chief executive founded the firm and heads it"},
		{"Microsoft chairman and founder Joel Sand spoke. The Halvik Foundation founder and director Rita Voss spoke too.",
			[]string{"Joel Sand -found-> Microsoft", "Joel Sand -lead-> Microsoft", "Rita Voss -found-> Halvik Foundation", "Rita Voss -lead-> Halvik Foundation"}, nil,
			"the founder's noun may come first or last"},
	})
}

// TestGradedTermAs covers a tenure's noun graded by ordinals and
// adjectives ("her first full term as prime minister") before a bare post,
// on invented stories.
func TestGradedTermAs(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway votes\n\nNorway held elections on Monday. Mira Holt began her first full term as prime minister in 2019.",
			[]string{"Mira Holt -lead-> Norway"}, nil,
			"an ordinal the tagger reads as an adverb and an adjective between the possessive and term"},
	})
}

// TestGradedDweller covers a place's name, lower-case adjectives and a
// noun for one who lives there before a person's name ("Toronto serial
// killer Tom Wu"), on invented stories.
func TestGradedDweller(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Toronto serial killer Joel Sand pleads guilty\n\nSand admitted eight murders on Tuesday.",
			[]string{"Joel Sand -from-> Toronto"}, nil,
			"an adjective between the place and the dweller's noun"},
		{"Texas gunman Mira Holt shot three people on Sunday.",
			[]string{"Mira Holt -from-> Texas"}, nil,
			"a gunman named by the place is from it"},
	})
}

// TestPersonChiefOfStaff covers a person's chief of staff, before or
// after the name, on invented stories.
func TestPersonChiefOfStaff(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Governor quits\n\nJoel Sand, the governor of Utah, resigned on Monday. Mira Holt, Sand's chief of staff, also resigned. Sand's chief of staff before her, Rita Voss, said nothing.",
			[]string{"Mira Holt -work_for-> Joel Sand"}, []string{"Joel Sand -lead-> staff"},
			"a person's chief of staff in apposition works for the person"},
		{"Governor quits\n\nJoel Sand, the governor of Utah, resigned on Monday. Sand's chief of staff, Mira Holt, also resigned.",
			[]string{"Mira Holt -work_for-> Joel Sand"}, nil,
			"the possessive's chief of staff before the name"},
	})
}

// TestEmployeeOfPerson covers an apposition naming the employee of a
// person, alone or after another noun joined by "and", on invented
// stories.
func TestEmployeeOfPerson(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Two arrested\n\nMira Holt, a longtime employee of Joel Sand, was arrested. Rita Voss, a friend and employee of Joel Sand, was arrested too.",
			[]string{"Mira Holt -work_for-> Joel Sand", "Rita Voss -work_for-> Joel Sand"}, nil,
			"an employee of a person works for the person"},
		{"Mira Holt, a lawyer of Joel Sand, spoke.",
			[]string{"Mira Holt -work_for-> Joel Sand"}, nil,
			"a person's staff noun before of"},
	})
}

// TestBothSubject covers "both" alone as a clause's subject, which takes
// up the two actors the text joined before, on invented stories.
func TestBothSubject(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Summit in Oslo\n\nMira Holt and Joel Sand arrived in Oslo on Monday. Both met Rita Voss on Tuesday.",
			[]string{"Mira Holt -meet-> Rita Voss", "Joel Sand -meet-> Rita Voss"}, nil,
			"both before a finite verb is the two people named before"},
		{"Mira Holt and Joel Sand were arrested on Monday. Both were later released by the Halvik Police Department.",
			[]string{"Halvik Police Department -release-> Mira Holt", "Halvik Police Department -release-> Joel Sand"}, nil,
			"both before an adverb and a passive verb"},
		{"Mira Holt and Joel Sand arrived on Monday. Both countries signed a treaty with Rita Voss.",
			nil, []string{"Mira Holt -sign-> Rita Voss", "Mira Holt -sign_with-> Rita Voss"},
			"both before a noun is a determiner, no pronoun"},
	})
}

// TestVerdictIn covers a passive act of judgement with "in" and the
// chamber or court it took place in, which performed it, on invented
// stories.
func TestVerdictIn(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Trial ends\n\nMira Holt was acquitted in the Senate on Friday. Joel Sand was convicted in the Oslo District Court on Monday.",
			[]string{"United States Senate -acquit-> Mira Holt", "Oslo District Court -convict-> Joel Sand"},
			[]string{"Mira Holt -acquit_in-> United States Senate", "Joel Sand -convict_in-> Oslo District Court"},
			"the chamber or court after in acquits or convicts"},
		{"Rita Voss was convicted in Norway on Monday.",
			nil, []string{"Norway -convict-> Rita Voss"},
			"a state after in is only where it happened"},
	})
}
