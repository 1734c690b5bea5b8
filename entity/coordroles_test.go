package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPluralRoleApposition checks that a role noun written in the plural
// before "of" and a body, then a list of names in apposition, gives each
// listed name the role. The sentences are written for this test.
func TestPluralRoleApposition(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Two ministers of Peru, Mark Dunn and Paul Reyes, resigned on Monday.",
			[]string{"Mark Dunn -work_for-> Peru", "Paul Reyes -work_for-> Peru"}, nil,
			"a plural role noun and its body before a list of names: each name holds the role"},
		{"The directors of Microsoft, Ann Lee, Mark Dunn and Paul Reyes, left in May.",
			[]string{"Ann Lee -lead-> Microsoft", "Mark Dunn -lead-> Microsoft", "Paul Reyes -lead-> Microsoft"}, nil,
			"the list may have more than two names"},
		{"The Senate has removed only two Presidents in the history of Peru, Mark Dunn and Paul Reyes.",
			[]string{"Mark Dunn -lead-> Peru", "Paul Reyes -lead-> Peru"}, nil,
			"\"in the history of\" stands between the role noun, here capitalised, and its body"},
		{"The president of Peru, Mark Dunn and Paul Reyes met on Monday.",
			nil, []string{"Mark Dunn -lead-> Peru", "Paul Reyes -lead-> Peru"},
			"a role in the singular before a list names neither"},
	})
}

// TestTitleOfNextName checks, with the parse's links on, that in a list of
// titled names each title is its own name's, not an apposition of the name
// before it. The sentences
// are written for this test.
func TestTitleOfNextName(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Independent candidate Karl Holm, Green Party nominee Anna Berg, and Reform Party nominee Maria Strand took part.",
			[]string{"Anna Berg -member_of-> Green Party", "Maria Strand -member_of-> Reform Party"},
			[]string{"Karl Holm -member_of-> Green Party"},
			"a party's title before the second name of the list is that name's"},
		{"Karl Holm, Green Party leader, said the plan failed.",
			[]string{"Karl Holm -lead-> Green Party"}, nil,
			"a title with no name after it is the apposition of the name before"},
	})
}

// TestTitleOfMistypedName checks that a title between a comma and a name
// the recogniser typed as no person is still that name's, not the
// apposition of the person before the comma. The sentences are written
// for this test.
func TestTitleOfMistypedName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Liberal Party nominee Jo Berg, Unity Party nominee Tomas De La Vega, and singer Ola Nystad were invited.",
			[]string{"Jo Berg -member_of-> Liberal Party"}, []string{"Jo Berg -member_of-> Unity Party"},
			"a name right after a role noun holds it, whatever its type"},
		{"Jo Berg, Unity Party nominee, met Kanye West.",
			[]string{"Jo Berg -member_of-> Unity Party"}, nil,
			"a role noun followed by no name is the apposition of the person before"},
	})
}

// TestSharedPossessor checks that a possessor written once before a list
// of nouns and names relates to every name of the list. The sentences are
// written for this test.
func TestSharedPossessor(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Reed was joined by his wife Anna Reed and son Karl Reed.",
			[]string{"Tom Reed -married_to-> Anna Reed", "Tom Reed -parent_of-> Karl Reed"}, nil,
			"the possessive is the second kin noun's too"},
		{"Tom Reed arrived with his wife Anna Reed, and children Karl and Maria.",
			[]string{"Tom Reed -parent_of-> Karl", "Tom Reed -parent_of-> Maria"}, nil,
			"a plural kin noun is every name's after it"},
		{"Tom Reed was joined by his lawyer Anna Berg and spokesman Karl Holm.",
			[]string{"Anna Berg -work_for-> Tom Reed", "Karl Holm -work_for-> Tom Reed"}, nil,
			"staff nouns share the possessive as kin nouns do"},
		{"Microsoft's chairman Anna Berg and chief executive Karl Holm resigned.",
			[]string{"Anna Berg -lead-> Microsoft", "Karl Holm -lead-> Microsoft"}, nil,
			"a body's possessive is shared too"},
		{"Tom Reed was joined by his wife Anna Reed and son Karl Reed and Olle Ek.",
			[]string{"Tom Reed -parent_of-> Karl Reed"}, []string{"Tom Reed -parent_of-> Olle Ek"},
			"a name with no noun of its own after a singular noun is no member"},
	})
}

// TestWholeList checks that a list of actors the extractor leaves in one
// argument, reading the first name's of-phrase as holding the rest, gives
// each member the act. The sentences are written for this test.
func TestWholeList(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The University of Oslo and the Tenants Union sued Stockholm.",
			[]string{"University of Oslo -sue-> Stockholm", "Tenants Union -sue-> Stockholm"}, nil,
			"a subject list whose first name has an of-phrase"},
		{"On Monday, the Civil Rights Union of Ohio and Nordic Rights Fund filed a lawsuit against Stockholm.",
			[]string{"Nordic Rights Fund -sue-> Stockholm"}, nil,
			"a member's name may end in of and a place"},
		{"Halvik sued the University of Oslo and the Tenants Union.",
			[]string{"Halvik -sue-> University of Oslo", "Halvik -sue-> Tenants Union"}, nil,
			"an object list too"},
		{"Tom Wu died on Monday at Holy Cross Hospital in Fort Lauderdale, Florida.",
			nil, []string{"Holy Cross Hospital -locate_in-> Florida"},
			"a place, a comma and a place are no list"},
		{"The small island nations of Malta and Cyprus recognized Estonia. The countries of Chile and Peru sanctioned Bolivia. The people of Norway and Sweden cheered Denmark.",
			[]string{"Malta -recognize-> Estonia", "Cyprus -recognize-> Estonia", "Chile -sanction-> Bolivia", "Peru -sanction-> Bolivia"},
			[]string{"Norway -cheer-> Denmark"},
			"a list of states after a noun of their kind and of; not after people"},
	})
}

// TestStaffAfterAdjective checks that a person's name, lower-case
// adjectives and a staff noun title the name after them, also as the
// second titled name of a coordination. The sentences are written for
// this test.
func TestStaffAfterAdjective(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Reed told them of it and current Joe Biden personal attorney Karl Holm gave them a copy.",
			[]string{"Karl Holm -work_for-> Joe Biden"}, nil,
			"an adjective between the person's name and the staff noun"},
		{"Former Donald Trump senior adviser Karl Holm gave them a copy.",
			[]string{"Karl Holm -work_for-> Donald Trump"}, nil,
			"a person's full name before the adjective"},
	})
}

// TestLowerPluralTitle checks that a title's plural in lower case after a
// word of state, party or tenure titles each name of the list after it.
// The sentences are written for this test.
func TestLowerPluralTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"He praised former Peruvian presidents Mark Dunn and Paul Reyes.",
			[]string{"Mark Dunn -lead-> Peru", "Paul Reyes -lead-> Peru"}, []string{"Paul Reyes -work_for-> Peru"},
			"a nationality's plural title is every listed name's, and leads the state for each"},
		{"The meeting was attended by US senators Mark Dunn and Paul Reyes.",
			[]string{"Mark Dunn -member_of-> United States Senate", "Paul Reyes -member_of-> United States Senate"}, nil,
			"a state's name before the lower-case plural"},
	})
}

// TestPlaceListIn checks that each place of a list before "in" and a
// place lies in that place. The sentences are written for this test.
func TestPlaceListIn(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The storm hit Beni, Katwa and Mangina in eastern Uganda on Monday.",
			[]string{"Beni -locate_in-> Uganda", "Katwa -locate_in-> Uganda", "Mangina -locate_in-> Uganda"}, nil,
			"every place of the list, not only the last"},
		{"Tom Reed met Karl Holm and Olle Ek in Oslo.",
			nil, []string{"Karl Holm -locate_in-> Oslo"},
			"people listed are no places"},
	})
}

// TestStateBodiesListed checks that a state's possessive before a list of
// its bodies makes each body part of the state. The sentences are written
// for this test.
func TestStateBodiesListed(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"They received support from Norway's Research Council, Tax Agency and Ministry of Defence.",
			[]string{"Research Council -part_of-> Norway", "Ministry of Defence -part_of-> Norway", "Tax Agency -part_of-> Norway"}, nil,
			"every state body of the list after the possessive"},
		{"Norway's Equinor, Shell and BP signed the deal.",
			nil, []string{"Shell -part_of-> Norway", "BP -part_of-> Norway"},
			"firms listed after a state's firm are no part of the state"},
	})
}

// TestPluralRoleNounTitle checks a role noun the gazetteer lacks, written
// capitalised in the plural before a list of names ("Senior Advisors Ann
// Lee and Tom Wu"): it is a title, so no name takes it as its first words
// and a later singular title finds no body in it. The sentences are
// written for this test.
func TestPluralRoleNounTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Officials said Senior Advisors Kim Dahl and Per Holm tested negative. Senior advisor Ola Berg met Tom Wu.",
			[]string{"Ola Berg -meet-> Tom Wu"}, []string{"Ola Berg -work_for-> Senior Advisors Kim Dahl"},
			"the plural title before the list"},
		{"Senior Advisors Kim Dahl and Per Holm met Tom Wu.",
			[]string{"Kim Dahl -meet-> Tom Wu", "Per Holm -meet-> Tom Wu"}, []string{"Senior Advisors Kim Dahl -meet-> Tom Wu"},
			"each listed name is a person of its own"},
	})
}
