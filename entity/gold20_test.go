package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFirmOfState covers a firm's name, "of" and a state's name: the firm
// is in the state, unless the state names a body of its own or a noun
// follows.
func TestFirmOfState(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Denmark bans Velby Air of Norway from its airspace.",
			[]string{"Velby Air -locate_in-> Norway"}, nil,
			"an airline of a state is in it"},
		{"The fund paid $4 million to Credit Suisse of Switzerland last year.",
			[]string{"Credit Suisse -locate_in-> Switzerland"}, nil,
			"a bank the gazetteer knows, of a state"},
		{"The Islamic Republic of Iran rejected the claim. The Halvik Society of Canada met on Monday.",
			nil, []string{"Islamic Republic -locate_in-> Iran", "Halvik Society -locate_in-> Canada"},
			"a body that is no firm takes the state into its name"},
	})
}

// TestSpeakerOfChamber covers "Speaker of" a chamber's name right before
// the holder's name: the speaker chairs the chamber, a deputy serves it.
func TestSpeakerOfChamber(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Speaker of the House of Representatives Jon Dahl opened the session.",
			[]string{"Jon Dahl -lead-> House of Representatives"}, []string{"Jon Dahl -member_of-> House of Representatives"},
			"the speaker leads the house"},
		{"Speaker of the National Assembly Tom Wu opened the session in Nigeria.",
			[]string{"Tom Wu -lead-> National Assembly"}, nil,
			"an assembly is a chamber too"},
		{"Deputy Speaker of the National Assembly Tom Wu closed the session in Kenya.",
			[]string{"Tom Wu -work_for-> National Assembly"}, []string{"Tom Wu -lead-> National Assembly"},
			"a deputy speaker serves the chamber"},
		{"Tom Wu sat in the Halvik National Assembly for years. Ann Lee, the speaker of the parliament, praised him. Ola Berg criticised the parliament.",
			[]string{"Ann Lee -lead-> Halvik National Assembly", "Ola Berg -criticise-> Halvik National Assembly"}, nil,
			"\"the parliament\" takes up a legislature the document named as an assembly"},
		{"Ann Lee sat in the Halvik City Council for years. Ola Berg criticised the parliament.",
			nil, []string{"Ola Berg -criticise-> Halvik City Council"},
			"a town's council is no parliament"},
	})
}

// TestStatePossessiveBeforeOwnName covers a state's possessive before a
// body whose name opens with the state's adjective, or after the state's
// acronym in brackets: the possessive makes the body the state's.
func TestStatePossessiveBeforeOwnName(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On Monday, Thailand's Thai Unity Party named its candidate.",
			[]string{"Thai Unity Party -part_of-> Thailand"}, nil,
			"the adjective inside the name and the possessive before it"},
		{"On Thursday, the United Kingdom's (UK) Green Party won two seats.",
			[]string{"Green Party -part_of-> United Kingdom"}, nil,
			"the state's acronym in brackets between"},
	})
}

// TestCalledMonarch covers "King" or "Queen" before a name of two words
// with no regnal number, in a report about one state: the monarch
// reigns over it when the report also calls the person "the king".
func TestCalledMonarch(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway holds an election in March. The party withdrew after a statement from her brother, King Harald Olav. " +
			"The palace said the king opposed the plan. Norway has been ruled by the army since 2014. Norway is a kingdom.",
			[]string{"Harald Olav -lead-> Norway"}, nil,
			"a king the report calls the king heads its state"},
		{"Norway holds an election in March. Dealers gather near the Queen Maud Market in Oslo. " +
			"Norway has been ruled by the army since 2014. Norway is a kingdom.",
			nil, []string{"Maud Market -lead-> Norway"},
			"a market named after a queen heads nothing"},
	})
}

// TestStateNamePlaceOf covers a state's name, a kind of place and "of"
// before a place's name, with "the" left out after "of": the place is in
// the state.
func TestStateNamePlaceOf(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee, the new governor of United States commonwealth of Puerto Rico, met Tom Wu.",
			[]string{"Puerto Rico -locate_in-> United States"}, nil,
			"no article after of"},
		{"Protests spread in the United States city of Chicago.",
			[]string{"Chicago -locate_in-> United States"}, nil,
			"with the article, as before"},
	})
}

// TestUSChamberBesideForeign covers a legislator's title with the United
// States named, in a report that names another state's chamber of the
// same kind: the seat is in the chamber of Congress the title names.
func TestUSChamberBesideForeign(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ola Berg protested outside the Swedish Parliament in August. Halvik Weekly also picked the United States Speaker of the House Ann Lee as a finalist.",
			[]string{"Ann Lee -lead-> United States House of Representatives"}, []string{"Ann Lee -lead-> Swedish Parliament"},
			"the Swedish Parliament is no chamber of the United States"},
	})
}

// TestDwellerAndSecondDescription covers a place's name and a dweller's
// noun before a person's name with a second description joined by "and":
// the person is from the place.
func TestDwellerAndSecondDescription(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Police arrested Bergen resident and Norwegian national Tom Wu on Monday.",
			[]string{"Tom Wu -from-> Bergen", "Tom Wu -from-> Norway"}, nil,
			"a resident of the town and a national of the state"},
		{"A Bergen man and his lawyer Tom Wu arrived at the court.",
			nil, []string{"Tom Wu -from-> Bergen"},
			"a possessive starts another person's description"},
	})
}
