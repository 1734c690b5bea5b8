package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPersonOfDescribedBodyWorksForIt checks that a person "of" a body
// that the document calls a firm or a company, or of a fire service,
// works for it, while a person of a body called a group or a party stays
// its member, on documents written for this test.
func TestPersonOfDescribedBodyWorksForIt(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Lind of Halvik Marine, a firm that builds boats, said the crew was safe.",
			[]string{"Tom Lind -work_for-> Halvik Marine"}, []string{"Tom Lind -member_of-> Halvik Marine"},
			"the apposition calls the body a firm"},
		{"Ann Lee of Norden Watch, a party that won two seats, said the count was wrong.",
			[]string{"Ann Lee -member_of-> Norden Watch"}, []string{"Ann Lee -work_for-> Norden Watch"},
			"a party's people are members"},
		{"Tom Lind of the Halvik Society, a group that campaigns for boats, said the crew was safe.",
			[]string{"Tom Lind -member_of-> Halvik Society"}, []string{"Tom Lind -work_for-> Halvik Society"},
			"a group's people are members"},
		{"Tom Lind of Varden Fire and Rescue said no one was hurt.",
			[]string{"Tom Lind -work_for-> Varden Fire and Rescue"},
			[]string{"Tom Lind -member_of-> Varden Fire", "Tom Lind -member_of-> Varden Fire and Rescue"},
			"a fire service named without its head noun, after a person's of"},
		{"Ann Lee of Kent Fire and Rescue Service said the road was closed.",
			[]string{"Ann Lee -work_for-> Kent Fire and Rescue Service"}, []string{"Ann Lee -member_of-> Kent Fire"},
			"a fire service after a known place"},
		{"Tom Lind of Oslo Fire Brigade said no one was hurt.",
			[]string{"Tom Lind -work_for-> Oslo Fire Brigade"}, []string{"Tom Lind -member_of-> Oslo Fire Brigade"},
			"a fire brigade's people are its staff"},
	})
}
