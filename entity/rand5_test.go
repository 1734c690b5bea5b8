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
