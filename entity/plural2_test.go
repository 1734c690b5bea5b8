package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSetBodies covers "their" and a plural of a state's body after a
// phrase that takes up a set of states ("Both countries have put their
// armies on alert"): each state acts on its own body, which is part of
// it, never on the other's. On sentences written for this test.
func TestSetBodies(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Vietnam fired shells into Cambodia on Monday. Cambodia fired rockets at Vietnam later that day. Both countries have put their armies on alert.",
			[]string{"Vietnam -put-> Vietnamese army", "Cambodia -put-> Cambodian army", "Vietnamese army -part_of-> Vietnam", "Cambodian army -part_of-> Cambodia"},
			[]string{"Vietnam -put-> Cambodian army", "Cambodia -put-> Vietnamese army"},
			"\"their armies\" after \"both countries\": each state's own army"},
		{"Norway and Sweden signed a border treaty on Monday. Both nations then consulted their parliaments.",
			[]string{"Norway -consult-> Norwegian parliament", "Sweden -consult-> Swedish parliament"},
			[]string{"Norway -consult-> Swedish parliament", "Sweden -consult-> Norwegian parliament"},
			"\"their parliaments\" after \"both nations\""},
	})
}

// TestGroupReciprocal covers a reciprocal verb whose subject is a
// pronoun or phrase that takes up a pair ("They discussed the plan with
// each other", "Both later discussed the budget"), or whose subject's
// side noun has such a phrase after "of" ("the leaders of the two
// countries spoke by telephone"): the first member acts
// with the second (discuss_with), as when the pair is a list of names,
// not each on the other with the bare verb. On sentences written for
// this test.
func TestGroupReciprocal(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mira Holt and Jonas Berg met in Oslo on Monday. They discussed the plan with each other.",
			[]string{"Mira Holt -discuss_with-> Jonas Berg"}, []string{"Mira Holt -discuss-> Jonas Berg", "Jonas Berg -discuss-> Mira Holt"},
			"\"they\" and a with-phrase of \"each other\""},
		{"Mira Holt and Jonas Berg met in Oslo on Monday. Both later discussed the budget.",
			[]string{"Mira Holt -discuss_with-> Jonas Berg"}, []string{"Jonas Berg -discuss-> Mira Holt"},
			"\"both\" as the subject of a reciprocal verb"},
		{"Norway and Sweden quarrelled over fishing, yet the leaders of the two countries spoke on the phone on Friday.",
			[]string{"Norway -speak_with-> Sweden"}, nil,
			"\"the leaders of the two countries\": the pair's people talked"},
		{"Norway and Sweden quarrelled over fishing. The presidents of both countries met in Bergen on Monday.",
			[]string{"Norway -meet-> Sweden"}, nil,
			"\"the presidents of both countries\" in the next sentence"},
	})
}

// TestPairOfficials covers a side noun ("leaders", "officials") with "of"
// and a phrase of two that takes up two states or bodies named before
// ("the leaders of the two countries", "officials of both companies"):
// the people act for each of them, as "the leaders of Norway and Sweden"
// do, and a place where they met places neither state. On sentences
// written for this test.
func TestPairOfficials(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway and Sweden quarrelled over fishing. The leaders of the two countries met Tom Wu in Bergen.",
			[]string{"Norway -meet-> Tom Wu", "Sweden -meet-> Tom Wu"},
			[]string{"Norway -meet-> Sweden", "Norway -locate_in-> Bergen", "Sweden -locate_in-> Bergen"},
			"a named partner: the pair met him, not each other, and Bergen places the meeting"},
		{"Norway and Sweden quarrelled over fishing. The leaders of both countries criticised Tom Wu.",
			[]string{"Norway -criticise-> Tom Wu", "Sweden -criticise-> Tom Wu"}, nil,
			"\"the leaders of both countries\""},
		{"Halvik Holdings and Berg Group signed a deal. Officials of the two companies thanked Ann Lee.",
			[]string{"Halvik Holdings -thank-> Ann Lee", "Berg Group -thank-> Ann Lee"}, nil,
			"two firms' officials"},
		{"Tom Wu and Ann Lee met on Monday. The lawyers of the two men sued Halvik Holdings.",
			nil, []string{"Tom Wu -sue-> Halvik Holdings", "Ann Lee -sue-> Halvik Holdings"},
			"two people: their lawyers are no officials of theirs"},
	})
}

// TestParentsPair covers "her parents" and "both her parents" after a
// married couple and their child: the phrase takes up the couple, so its
// acts are each parent's ("discussed it with each other": discuss_with;
// "thanked Dr X": each thanked X). On sentences written for this test.
func TestParentsPair(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Peter Lund, 40, and his wife Maria Lund, 38, of Leeds were charged on Friday over the death of their daughter, Ella. " +
			"Earlier this year, Ella fell ill with pneumonia, and both her parents knew about the illness and discussed it with each other.",
			[]string{"Peter Lund -discuss_with-> Maria Lund"}, nil,
			"\"both her parents\" and a reciprocal act"},
		{"Peter Lund, 40, and his wife Maria Lund, 38, of Leeds were charged on Friday over the death of their daughter, Ella. " +
			"Earlier this year, Ella fell ill with pneumonia. Doctors said her parents later thanked Dr Ola Berg.",
			[]string{"Peter Lund -thank-> Ola Berg", "Maria Lund -thank-> Ola Berg"}, nil,
			"\"her parents\" as a subject"},
	})
}

// TestSurnameTitle covers a surname spelled like a title after a listed
// given name ("Lucien Mayor"): it is a person's name, which a later
// "Both are" takes up with the other of the pair; "the Florence Mayor"
// stays a town's mayor. On sentences written for this test.
func TestSurnameTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The award was shared by Didier Aubert and Lucien Mayor. Aubert and Mayor, both from Belgium, won it for their work on comets. Both are professors at the University of Lyon.",
			[]string{"Lucien Mayor -from-> Belgium", "Lucien Mayor -work_for-> University of Lyon", "Didier Aubert -work_for-> University of Lyon"}, nil,
			"a given name and \"Mayor\" name a person"},
		{"Ann Lee met the Florence Mayor on Tuesday.",
			nil, []string{"Ann Lee -meet-> Florence Mayor"},
			"\"the\" before a town spelled like a given name"},
	})
}

// TestRivalPair covers "the candidates" or "the rivals" with "each
// other" after two people named together: each acts on the other. With
// no "each other" the phrase takes up nobody: it is often a whole field.
// On sentences written for this test.
func TestRivalPair(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The first debate between Ann Carver and Tom Reyes took place in Ohio. At the debate, the candidates repeatedly interrupted each other.",
			[]string{"Ann Carver -interrupt-> Tom Reyes", "Tom Reyes -interrupt-> Ann Carver"}, nil,
			"\"the candidates\" and \"each other\""},
		{"The first debate between Ann Carver and Tom Reyes took place in Ohio. The candidates praised the moderator, Chris Wallace.",
			nil, []string{"Ann Carver -praise-> Chris Wallace", "Tom Reyes -praise-> Chris Wallace"},
			"\"the candidates\" with no \"each other\""},
	})
}

// TestFamilyGivenNames covers given names listed after a family name and
// "sisters" or "brothers" ("the Halvorsen sisters Anna and Mariya"): each
// bears the family name. On sentences written for this test.
func TestFamilyGivenNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Chess star wins\n\nAnn Lee is a chess player from Oslo. She played the Halvorsen sisters Anna and Mariya in a tournament in 2016. Lee beat the Berg brothers Per, Ola, and Nils in 2017.",
			[]string{"Ann Lee -play-> Anna Halvorsen", "Ann Lee -play-> Mariya Halvorsen", "Ann Lee -beat-> Per Berg", "Ann Lee -beat-> Nils Berg"},
			[]string{"Ann Lee -play-> Anna", "Ann Lee -play-> Mariya", "Ann Lee -beat-> Per"},
			"the given names after the family's name and a word for siblings bear that name"},
		{"Tom and Ann Berglund drove to Chicago on Monday. Bo Lee spoke there. Later Lee and Mia Holt met in Oslo.",
			[]string{"Tom Berglund -drive_to-> Chicago", "Ann Berglund -drive_to-> Chicago", "Bo Lee -meet-> Mia Holt"},
			[]string{"Tom -drive_to-> Chicago", "Lee Holt -meet-> Mia Holt"},
			"a lone given name joined by 'and' to a given name and surname bears the surname, unless it is a surname the text gives a person"},
	})
}
