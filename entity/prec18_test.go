package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTownsPlaced checks that a capital, or a town whose region the
// gazetteer names, is placed in no name that cannot hold it: a hospital's
// name after the city, a district the phrase's head lies in, another town.
// A county, a known region and a state stay. The sentences are written
// for this test.
func TestTownsPlaced(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee was flown to Oslo and moved to a hospital in Oslo, Rikshospitalet.",
			nil, []string{"Oslo -locate_in-> Rikshospitalet"}, "a hospital's name after a capital"},
		{"His phone was last active in the northern part of Oslo in Grorud, police said.",
			nil, []string{"Oslo -locate_in-> Grorud"}, "the district the part of a capital lies in"},
		{"The plane was flying to Halden Field airport, located near Oslo in Bergen, Norway.",
			[]string{"Bergen -locate_in-> Norway"}, []string{"Oslo -locate_in-> Bergen"}, "a capital in another town"},
		{"The clinic lies near San Diego in Lakeside, officials said.",
			nil, []string{"San Diego -locate_in-> Lakeside"}, "a town of a listed region in an unknown name"},
		{"The fire began near Pasadena, Los Angeles County, on Monday.",
			[]string{"Pasadena -locate_in-> Los Angeles County"}, nil, "a county stays"},
		{"The race was held in Chicago, Illinois, on Sunday.",
			[]string{"Chicago -locate_in-> Illinois"}, nil, "a known region stays"},
	})
}

// TestHomeChambers checks that a bare "Senate" in a report about another
// state than the United States is that state's, with its senators, and
// that a report which writes "US Senate" keeps the US Senate. The texts
// are written for this test.
func TestHomeChambers(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Australian government lost a vote in the Senate on Monday. Senator Ann Lee of Queensland voted against the bill. " +
			"Prime Minister Tom Wu said Australia needed the reform and that the Senate had failed Australia.",
			[]string{"Ann Lee -member_of-> Australian Senate"}, []string{"Ann Lee -member_of-> United States Senate"},
			"a bare Senate in a report about Australia"},
		{"Australia asked the United States to extend the treaty. Australia said the US Senate had to approve it. " +
			"Australia hopes Senator Ann Lee will support it.",
			[]string{"Ann Lee -member_of-> United States Senate"}, []string{"Ann Lee -member_of-> Australian Senate"},
			"a report that writes \"US Senate\""},
	})
}

// TestStrayChamber checks that a state's chamber is placed in no region
// or town of the state but its capital: the place after a seat or a race
// is the seat's. The sentences are written for this test.
func TestStrayChamber(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee ran for Congress in New Mexico and for the US Senate in Arizona.",
			[]string{"Ann Lee -run_for-> United States Senate"}, []string{"United States Senate -locate_in-> Arizona"}, "a race's state"},
		{"Tom Wu won a seat in the US House of Representatives in Ohio.",
			nil, []string{"United States House of Representatives -locate_in-> Ohio"}, "a seat's state"},
		{"Ann Lee was elected to the Norwegian Parliament in Bergen in 2005.",
			[]string{"Ann Lee -member_of-> Norwegian Parliament"}, []string{"Norwegian Parliament -locate_in-> Bergen"}, "a seat's town"},
		{"The Norwegian Parliament in Oslo voted on Monday.",
			[]string{"Norwegian Parliament -locate_in-> Oslo"}, nil, "the capital stays"},
	})
}

// TestBodyStates checks that "a member of the <state> <body>" makes the
// person a member of the body only: the state's name qualifies the body.
// The sentences are written for this test.
func TestBodyStates(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x}) // as the pipeline runs it: the committee's membership is a tree fact
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu was also once the youngest member of the United States House Select Committee on Kosovo.",
			[]string{"Tom Wu -member_of-> House Select Committee"}, []string{"Tom Wu -member_of-> United States"},
			"a state's name before a committee's"},
		{"Ann Lee is a member of the United States Senate Committee on Finance.",
			[]string{"Ann Lee -member_of-> Committee on Finance"}, []string{"Ann Lee -member_of-> United States"},
			"a state's and a chamber's names before a committee's"},
	})
}

// TestCutHolderName checks that an object cut at the "for" of a body's
// name before a role and a person's name is the person: "praised Centre
// for Peace director Tom Wu" praised Tom Wu. A for-phrase after the body's
// whole name stays the verb's. The sentences are written for this test.
func TestCutHolderName(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee praised Centre for Peace director Tom Wu.",
			[]string{"Ann Lee -praise-> Tom Wu"}, []string{"Ann Lee -praise-> Centre for Peace"},
			"a role and a name after a body's name with for"},
		{"Ann Lee thanked the Centre for Peace for its help.",
			[]string{"Ann Lee -thank-> Centre for Peace"}, nil, "the verb's for-phrase after the body's name"},
	})
}
