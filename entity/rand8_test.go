package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestListedStateTogether covers a list as the subject of a reciprocal act
// or of a state it is in with no partner named after "with": the members
// are in it with each other.
func TestListedStateTogether(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu and Ann Lee clashed over the budget.",
			[]string{"Tom Wu -clash_with-> Ann Lee"}, nil, "over names the topic, no particle"},
		{"Tom Wu and Ann Lee were at odds over the budget.",
			[]string{"Tom Wu -dispute_with-> Ann Lee"}, nil, "a state by be at"},
		{"Norway and Sweden have been at war since 1990.",
			[]string{"Norway -fight_with-> Sweden"}, nil, "at war"},
		{"Norway and Sweden are in talks.",
			[]string{"Norway -meet-> Sweden"}, nil, "in talks, read as singular in negotiations with"},
		{"Norway and Sweden are at odds with Acme Corp.",
			[]string{"Norway -dispute_with-> Acme Corp"}, []string{"Norway -dispute_with-> Sweden"},
			"a partner after with"},
		{"Tom Wu and Ann Lee have been at odds over the handling of trade with Acme Corp.",
			[]string{"Tom Wu -dispute_with-> Ann Lee"}, nil, "a with-phrase inside the topic"},
		{"Norway and Sweden signed over the rights.",
			nil, []string{"Norway -sign_with-> Sweden"}, "over as a particle of transfer"},
	})
}
