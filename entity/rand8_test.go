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

// TestBecomeRelational covers a relational noun ("critic of", "ally")
// after become, remain or emerge as: the relation "is" gives, not the
// verb with the other actor as the thing become.
func TestBecomeRelational(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu became a vocal critic of the Halvik Party.",
			[]string{"Tom Wu -criticize-> Halvik Party"}, []string{"Tom Wu -become-> Halvik Party"}, "became"},
		{"Tom Wu remained a critic of Norway.",
			[]string{"Tom Wu -criticize-> Norway"}, []string{"Tom Wu -remain-> Norway"}, "remained"},
		{"Tom Wu emerged as a leading critic of Acme Corp.",
			[]string{"Tom Wu -criticize-> Acme Corp"}, []string{"Tom Wu -emerge_as-> Acme Corp"}, "emerged as"},
		{"Sweden became Norway's closest ally.",
			[]string{"Sweden -ally_of-> Norway"}, nil, "a possessive"},
		{"Tom Wu did not become a critic of Norway.",
			nil, []string{"Tom Wu -criticize-> Norway"}, "negated"},
	})
}

// TestRightDecision covers a reported "made (took) the right decision" as
// the speaker's praise of the doer, "the wrong decision" as criticism.
func TestRightDecision(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee said Tom Wu made the right decision for his family.",
			[]string{"Ann Lee -praise-> Tom Wu"}, nil, "made the right decision"},
		{`"The Halvik Party made the wrong choice," Tom Wu said.`,
			[]string{"Tom Wu -criticize-> Halvik Party"}, nil, "a quotation, the wrong choice"},
		{"Ann Lee said Acme Corp took the correct decision.",
			[]string{"Ann Lee -praise-> Acme Corp"}, nil, "took the correct decision"},
		{"Ann Lee said Tom Wu did not make the right decision.",
			nil, []string{"Ann Lee -praise-> Tom Wu"}, "negated"},
		{"Ann Lee said Tom Wu made the decision.",
			nil, []string{"Ann Lee -praise-> Tom Wu", "Ann Lee -criticize-> Tom Wu"}, "not judged"},
	})
}
