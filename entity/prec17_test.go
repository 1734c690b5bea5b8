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
