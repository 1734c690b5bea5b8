package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNonActors checks phrases that name no actor and so relate none: a
// constitution or an agreement after a state's possessive, and a title in
// the plural.
func TestNonActors(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee helped draft Norway's Transitional Constitution in 2011.",
			nil, []string{"Transitional Constitution -member_of-> Norway", "Ann Lee -draft-> Transitional Constitution"},
			"a constitution is a document, no member of its state"},
		{"Tom Wu signed Sweden's Northern Trade Agreement with Ann Lee.",
			nil, []string{"Northern Trade Agreement -member_of-> Sweden"},
			"an agreement is a document"},
		{"One of Norway's Vice Presidents, Ann Lee, met Tom Wu.",
			nil, []string{"Vice Presidents -member_of-> Norway"},
			"a title in the plural is an office, no group"},
		{"Norway's Tom Wu met Ann Lee on Monday.",
			[]string{"Tom Wu -member_of-> Norway"}, nil,
			"a person's name after a state's possessive still is one"},
	})
}
