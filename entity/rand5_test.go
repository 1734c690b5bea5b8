package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRoleInPossessedBody covers an apposition's role for or at a body
// named after another actor's possessive ("Tom Wu, spokesman for Norway's
// Foreign Ministry,"): the role is held in the possessed body, on invented
// sentences.
func TestRoleInPossessedBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ola Berg, spokesman for Norway's Foreign Ministry, said the talks would go on.",
			[]string{"Ola Berg -work_for-> Foreign Ministry"}, nil,
			"a spokesman for a state's ministry works for the ministry"},
		{"Lena Dahl, an analyst at Globex's Research Institute, said prices would rise.",
			[]string{"Lena Dahl -work_for-> Research Institute"}, nil,
			"an analyst at a firm's institute works for the institute"},
		{"Tom Vik, spokesman for the Halvik administration's Department of Trade, criticized the decision.",
			[]string{"Tom Vik -work_for-> Department of Trade"}, nil,
			"a possessor with a lower-case noun after its name"},
	})
}

// TestHeadCompound covers "head" before another noun in an apposition's
// role ("the head coach of", "the head chef of"): the first of a trade's
// people works for the body and does not lead it, on invented sentences.
func TestHeadCompound(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu, the head coach of the Lodi Tigers, was sacked on Monday.",
			[]string{"Tom Wu -work_for-> Lodi Tigers"}, []string{"Tom Wu -lead-> Lodi Tigers"},
			"a head coach works for the team"},
		{"Ann Lee, the head of the Lodi Tigers, was sacked on Monday.",
			[]string{"Ann Lee -lead-> Lodi Tigers"}, nil,
			"the head of a body leads it"},
	})
}

// TestKinListInCommas covers a possessive's plural family noun, a comma
// and a list of names ("Her parents, Tom Lee and Mary Lee, were"): each
// name is the possessor's kin, on invented sentences.
func TestKinListInCommas(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Nils Dahl was born in Tromso in 1948. His two sons, Per Dahl and Odd Dahl, run the farm.",
			[]string{"Nils Dahl -parent_of-> Per Dahl", "Nils Dahl -parent_of-> Odd Dahl"}, nil,
			"a plural kin noun in commas before a list of names"},
		{"Nils Dahl was born in Tromso in 1948. His parents, Per Dahl and Eva Dahl, were farmers.",
			[]string{"Per Dahl -parent_of-> Nils Dahl", "Eva Dahl -parent_of-> Nils Dahl"}, nil,
			"the parents listed in commas are both his parents"},
	})
}

// TestBornCompound covers a "-born" compound before a person's name: a
// state's adjective names the state ("Nigerian-born"), and lower-case
// descriptions may stand between ("Oslo-born actor Tom Wu"), on invented
// sentences.
func TestBornCompound(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Nigerian-born engineer Ada Obi won the award on Monday.",
			[]string{"Ada Obi -from-> Nigeria"}, nil,
			"a state's adjective before -born"},
		{"Bergen-born painter Lars Moe opened the show.",
			[]string{"Lars Moe -from-> Bergen"}, nil,
			"a description between the compound and the name"},
	})
}

// TestApposedAfterOfPlace covers an apposition after a person's place
// ("Tom Wu of Ohio, the leader of the Green Party,"): the role is the
// person's, on invented sentences.
func TestApposedAfterOfPlace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Dag Lund of Bergen, the leader of the Coastal Party, spoke on Monday.",
			[]string{"Dag Lund -lead-> Coastal Party"}, nil,
			"an of-phrase apposition after 'of Bergen,'"},
		{"Dag Lund of Bergen, the Coastal Party's nominee, spoke on Monday.",
			[]string{"Dag Lund -member_of-> Coastal Party"}, nil,
			"a possessive apposition after 'of Bergen,'"},
	})
}
