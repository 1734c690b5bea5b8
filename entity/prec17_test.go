package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCivicNationality checks that a nationality before a politician or a
// campaigner says where the person is from: a state has no politicians as
// members. The sentences are written for this test.
func TestCivicNationality(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norwegian politician Ola Berg died on Monday at his home.",
			[]string{"Ola Berg -from-> Norway"}, []string{"Ola Berg -member_of-> Norway"},
			"a nationality before \"politician\""},
		{"Veteran Kenyan campaigner Ann Wambui was arrested on Friday.",
			[]string{"Ann Wambui -from-> Kenya"}, []string{"Ann Wambui -member_of-> Kenya"},
			"a nationality before \"campaigner\""},
		{"Labour politician Tom Wu criticized the budget.",
			[]string{"Tom Wu -member_of-> Labour Party"}, nil,
			"a party before \"politician\" keeps member_of"},
	})
}

// TestFederalStaffFederation checks that "federal" staff serve a
// federation: in a report most about a unitary state that also names the
// United States, a former federal prosecutor is the United States'. The
// text is written for this test.
func TestFederalStaffFederation(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The United States asked Norway to open an inquiry. Norway refused on Monday. " +
		"Norway said the request was unusual. Norway's foreign minister Ola Berg called it absurd. " +
		"Former federal prosecutor Ann Lee said the request was very unusual."
	runEdgeCases(t, a, x, r, []edgeCase{
		{text, []string{"Ann Lee -work_for-> United States"}, []string{"Ann Lee -work_for-> Norway"},
			"\"federal\" in a report about a unitary state"},
	})
}

// TestTitledNameBeforeNoun checks that a possessor's titled name before a
// common noun names a thing after the person ("the Navy's Admiral Ola Berg
// frigate"), no member of the possessor. The sentences are written for
// this test.
func TestTitledNameBeforeNoun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ten sailors fell ill on the Norwegian Navy's Admiral Ola Berg supply ship last week.",
			nil, []string{"Ola Berg -member_of-> Norwegian Navy"},
			"a titled name before \"supply ship\" names the ship"},
		{"The Norwegian Navy's Admiral Ola Berg said ten sailors fell ill.",
			[]string{"Ola Berg -member_of-> Norwegian Navy"}, nil,
			"a titled name that heads its phrase keeps member_of"},
	})
}

// TestNounOnlyObject checks that a noun the tagger took for a verb
// ("lockdown") heads its phrase, so a description before it is no
// object of the clause's verb. The sentence is written for this test.
func TestNounOnlyObject(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On Friday, Ann Lee, the mayor of Halden, extended the city lockdown to June 3.",
			[]string{"Ann Lee -lead-> Halden"}, []string{"Ann Lee -extend-> Halden"},
			"the lockdown is extended, not the city"},
	})
}

// TestStreetNames checks that a street, a boulevard or a highway lies in
// a town as no actor does: where it is is no fact between actors. The
// sentences are written for this test.
func TestStreetNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Police were called to a collision on Bexley Lane, Halden, after a car hit a wall.",
			nil, []string{"Bexley Lane -locate_in-> Halden"}, "a lane in a town"},
		{"The crash on Halden Boulevard, Oslo, closed the road for hours.",
			nil, []string{"Halden Boulevard -locate_in-> Oslo"}, "a boulevard in a town"},
		{"Actor Nathan Lane met Ann Lee on Monday.",
			[]string{"Nathan Lane -meet-> Ann Lee"}, nil, "Lane is a surname too"},
	})
}

// TestMemberOfPerson checks that no one is a member of a person: a member
// of a person's legal team or staff works for the person. The sentences
// are written for this test.
func TestMemberOfPerson(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee, a member of Tom Wu's legal team, said Wu would appeal.",
			[]string{"Ann Lee -work_for-> Tom Wu"}, []string{"Ann Lee -member_of-> Tom Wu"},
			"a member of a person's legal team"},
		{"Ann Lee, a member of the Halvik Party, said Wu would win.",
			[]string{"Ann Lee -member_of-> Halvik Party"}, nil,
			"a member of a party stays one"},
	})
}

// TestPrizeField checks that the field a prize's name gives after "in"
// is no place: "the Nobel Prize in Physics in Oslo" puts no Physics in
// Oslo. The sentences are written for this test.
func TestPrizeField(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee won the Nobel Prize in Physics in Oslo.",
			nil, []string{"Physics -locate_in-> Oslo"}, "a prize's field"},
		{"The academy named the winners of the Nobel Prize in Chemistry in Stockholm, Sweden.",
			[]string{"Stockholm -locate_in-> Sweden"}, []string{"Chemistry -locate_in-> Stockholm"}, "a prize's field before the city"},
		{"Ann Lee studied at the Institute of Physics in Bergen.",
			[]string{"Institute of Physics -locate_in-> Bergen"}, nil, "a body named after the field keeps it"},
	})
}
