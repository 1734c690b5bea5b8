package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPersonOfUniversityWorksForIt checks that a person "of" a university,
// a laboratory, a museum or a hospital works for it, while a person of a
// party, or an institute that may be one, belongs to it, and a student at
// a university stays its member, on documents written for this test.
func TestPersonOfUniversityWorksForIt(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Biologist Ann Lee of the University of Lodi said the frogs had moved north.",
			[]string{"Ann Lee -work_for-> University of Lodi"}, []string{"Ann Lee -member_of-> University of Lodi"},
			"a scientist of a university"},
		{"Tom Wu of Halvik Research said the virus spreads fast.",
			[]string{"Tom Wu -work_for-> Halvik Research"}, []string{"Tom Wu -member_of-> Halvik Research"},
			"a research body named Research"},
		{"Mary Holt of the Bergen Museum of Art said the painting was a fake.",
			[]string{"Mary Holt -work_for-> Bergen Museum of Art"}, []string{"Mary Holt -member_of-> Bergen Museum of Art"},
			"a curator of a museum"},
		{"Tom Wu of the Labour Party said the vote was lost.",
			[]string{"Tom Wu -member_of-> Labour Party"}, []string{"Tom Wu -work_for-> Labour Party"},
			"a party's people are members"},
		{"Professor Ann Lee of Halvik Law School said the ruling was wrong. Professor Tom Wu of the Bergen School of Law agreed.",
			[]string{"Ann Lee -work_for-> Halvik Law School", "Tom Wu -work_for-> Bergen School of Law"},
			[]string{"Ann Lee -member_of-> Halvik Law School", "Tom Wu -member_of-> Bergen School of Law"},
			"a professor of a school teaches there"},
		{"Tom Wu, a lecturer in the Faculty of Arts and Music at Halvik University, said the ruling was wrong.",
			[]string{"Tom Wu -work_for-> Faculty of Arts and Music"}, []string{"Tom Wu -member_of-> Faculty of Arts and Music"},
			"a university's faculty is a body, as its school is"},
		{"Tom Wu, Chair in Global Politics at Halvik University, said the ruling was wrong. Ann Lee, chair in law at Velmont College, agreed.",
			[]string{"Tom Wu -work_for-> Halvik University", "Ann Lee -work_for-> Velmont College"},
			[]string{"Tom Wu -lead-> Halvik University", "Ann Lee -lead-> Velmont College"},
			"a chair in a field is a professorship, no head of the school"},
		{"Dr. Jo Ng of the Green Party said the vote was lost.",
			[]string{"Jo Ng -member_of-> Green Party"}, []string{"Jo Ng -work_for-> Green Party"},
			"a doctor of a party is its member still"},
		{"Ann Lee, a student at the University of Lodi, said the fees were too high.",
			[]string{"Ann Lee -member_of-> University of Lodi"}, []string{"Ann Lee -work_for-> University of Lodi"},
			"a student belongs to the university"},
	})
}

// TestCandidateOfStateIsNoMember checks that a candidate or a nominee
// named with a state, or a candidate for a body, is no member of it (nor
// one who left it, when former), while a party's candidate is its member,
// on documents written for this test.
func TestCandidateOfStateIsNoMember(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Former Ohio gubernatorial candidate Ann Lee said she would not run again.",
			nil, []string{"Ann Lee -leave-> Ohio", "Ann Lee -member_of-> Ohio"},
			"a former candidate for a state's office did not leave the state"},
		{"US presidential candidate Tom Wu spoke in Boston on Monday.",
			nil, []string{"Tom Wu -member_of-> United States"},
			"a candidate for the state's presidency is no member of the state"},
		{"Mary Holt was a candidate for the Halvik City Council in 2014.",
			nil, []string{"Mary Holt -member_of-> Halvik City Council"},
			"a candidate for a council is not yet its member"},
		{"Labour candidate Peter Holm said the vote was lost.",
			[]string{"Peter Holm -member_of-> Labour Party"}, nil,
			"a party's candidate is its member"},
	})
}

// TestKindOfFirmsIsNoBody checks that firms listed after a nationality's
// group of firms ("German firms including Globex") are no members of it,
// while a body's members listed so stay its members, on documents written
// for this test.
func TestKindOfFirmsIsNoBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"German firms including Halvik Bank, Norland Steel Corp and Globex have announced plans to leave Iran.",
			nil, []string{"Halvik Bank -member_of-> German firms", "Globex -member_of-> German firms"},
			"a nationality's firms are a kind, not a body"},
		{"Norwegian companies such as Globex cut their prices.",
			nil, []string{"Globex -member_of-> Norwegian firms", "Globex -member_of-> Norwegian companies"},
			"nor are its companies"},
	})
}

// TestAndInsideAgencyName checks that capitalised words joined by "and"
// before an agency's or a service's head noun are one name ("the National
// Search and Rescue Agency"), while two bodies joined by "and" stay two,
// on documents written for this test.
func TestAndInsideAgencyName(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The National Search and Rescue Agency told The Jakarta Post that it would end the search.",
			[]string{"National Search and Rescue Agency -tell-> Jakarta Post"},
			[]string{"National Search -tell-> Jakarta Post", "Rescue Agency -tell-> Jakarta Post"},
			"an agency's name with and"},
		{"Mary Holt spoke to the North Wales Fire and Rescue Service on Monday.",
			[]string{"Mary Holt -speak_to-> North Wales Fire and Rescue Service"}, []string{"Mary Holt -speak_to-> Rescue Service"},
			"a place's name leads a service's name with and"},
		{"Tom Wu, the chairman of the House Oversight and Reform Committee, spoke.",
			[]string{"Tom Wu -lead-> House Oversight and Reform Committee"}, []string{"Tom Wu -lead-> House Oversight"},
			"a committee's name with and after its chamber's word"},
		{"Halvik Bank and Norland Agency met on Monday.",
			[]string{"Halvik Bank -meet-> Norland Agency"}, nil,
			"a body's name before and is no first half"},
	})
}

// TestUSTerritories checks that the territories of the United States are
// places of their own, not a state's name cut short ("American Samoa" is no
// Samoa), on documents written for this test.
func TestUSTerritories(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee won the caucus in American Samoa on Tuesday.",
			[]string{"Ann Lee -win_in-> American Samoa"}, []string{"Ann Lee -win_in-> Samoa"},
			"American Samoa is no Samoa"},
		{"Tom Wu lost the primary in the Northern Mariana Islands to Ann Lee.",
			[]string{"Tom Wu -lose_in-> Northern Mariana Islands"}, []string{"Tom Wu -lose_in-> Mariana Islands"},
			"the whole name of the islands"},
		{"Mary Holt, Puerto Rico's governor, resigned on Wednesday.",
			[]string{"Mary Holt -lead-> Puerto Rico"}, nil,
			"Puerto Rico is a place that has a governor"},
	})
}

// TestNationalityInsideName checks that a nationality between capitalised
// words of a name, or two nationalities before them, stay words of the
// name, while one nationality before a body's name stays the body's
// state, on documents written for this test.
func TestNationalityInsideName(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mary Holt joined the Native American Rights Fund in 2002.",
			[]string{"Mary Holt -join-> Native American Rights Fund"}, []string{"Mary Holt -join-> American Rights Fund"},
			"a nationality between words of a name"},
		{"League of United Latin American Citizens president Ann Lee said the vote was close.",
			[]string{"Ann Lee -lead-> League of United Latin American Citizens"},
			[]string{"Ann Lee -lead-> Citizens", "Ann Lee -work_for-> United States"},
			"a nationality inside a name with of"},
		{"Tom Wu attended the British American Drama Academy in 2001.",
			[]string{"Tom Wu -attend-> British American Drama Academy"}, []string{"Tom Wu -attend-> American Drama Academy"},
			"two nationalities before a name"},
		{"Ann Lee of the French Foreign Ministry spoke on Monday.",
			[]string{"Ann Lee -work_for-> French Foreign Ministry"}, nil,
			"one nationality before a ministry is its state's"},
		{"The Kurdish-led Syrian Democratic Forces (SDF) accused Turkey of shelling Kobani on Friday.",
			[]string{"Syrian Democratic Forces -accuse-> Turkey"}, []string{"Japan Self-Defense Forces -accuse-> Turkey"},
			"a compound that describes the name is no word of it, and the acronym spells the name"},
	})
}

// TestForceIsABody checks that a name ending in "Force" is an
// organisation, not a person: a state's force is part of the state and
// its head leads it, on documents written for this test.
func TestForceIsABody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu was head of Norway's Halvik Force.",
			[]string{"Tom Wu -lead-> Halvik Force", "Halvik Force -part_of-> Norway"}, []string{"Halvik Force -member_of-> Norway"},
			"a state's force"},
	})
}

// TestSoloPlayerIsFromState checks that a player of a sport played alone,
// named with a nationality, is from the state, where a player of a side's
// position plays for its team, on documents written for this test.
func TestSoloPlayerIsFromState(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Georgian tennis player Ann Lee was arrested on Friday.",
			[]string{"Ann Lee -from-> Georgia"}, []string{"Ann Lee -member_of-> Georgia"},
			"a tennis player"},
		{"Tom Wu, a Norwegian chess player, won the final.",
			[]string{"Tom Wu -from-> Norway"}, []string{"Tom Wu -member_of-> Norway"},
			"a chess player in apposition"},
		{"English defender Mary Holt scored twice.",
			[]string{"Mary Holt -member_of-> England"}, nil,
			"a defender plays for the national side"},
	})
}

// TestTitleOpensAgencyName checks that a title before capitalised words
// ending in an agency's head opens the agency's name ("the General
// Services Administration"), while "the Administration" alone names no
// body and a title before a person's name stays a title, on documents
// written for this test.
func TestTitleOpensAgencyName(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee, formerly the General Services Administration's chief of staff, was pardoned.",
			[]string{"Ann Lee -work_for-> General Services Administration"}, []string{"Ann Lee -work_for-> Services Administration"},
			"a title opens an agency's name"},
		{"The United States General Services Administration wrote to Tom Wu on Monday.",
			[]string{"United States General Services Administration -write_to-> Tom Wu"}, []string{"Services Administration -member_of-> United States"},
			"after the state's name too"},
		{"Tom Wu said he was deeply disappointed with the Administration.",
			nil, []string{"Tom Wu -be_disappointed_with-> Administration"},
			"the Administration alone names no body"},
	})
}

// TestChamberOfCommerce checks that a chamber of commerce keeps its whole
// name, "of Commerce" included, on documents written for this test.
func TestChamberOfCommerce(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee formed the Halvik Chamber of Commerce in Perth in 2012.",
			[]string{"Ann Lee -form-> Halvik Chamber of Commerce"}, []string{"Ann Lee -form-> Halvik Chamber"},
			"a town's chamber of commerce"},
		{"Tom Wu also founded the Chinese Precinct Chamber of Commerce, a non-profit group.",
			[]string{"Tom Wu -found-> Chinese Precinct Chamber of Commerce"}, []string{"Precinct Chamber -member_of-> Commerce"},
			"Commerce is no body the chamber belongs to"},
	})
}
