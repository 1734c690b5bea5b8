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

// TestStanceKept covers a stance adjective after remain or become, after
// an adverb such as also, and the stance words dismissive, complimentary
// and hostile.
func TestStanceKept(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu remained critical of the Halvik Party.",
			[]string{"Tom Wu -criticize-> Halvik Party"}, nil, "remained"},
		{"Tom Wu became increasingly critical of Norway.",
			[]string{"Tom Wu -criticize-> Norway"}, nil, "became and an adverb"},
		{"Tom Wu was dismissive of Ann Lee.",
			[]string{"Tom Wu -criticize-> Ann Lee"}, nil, "dismissive"},
		{"Tom Wu was also highly complimentary of Ann Lee.",
			[]string{"Tom Wu -praise-> Ann Lee"}, nil, "complimentary, after also"},
		{"Tom Wu has been openly hostile to Norway.",
			[]string{"Tom Wu -oppose-> Norway"}, nil, "hostile to"},
		{"Tom Wu was not critical of Norway.",
			nil, []string{"Tom Wu -criticize-> Norway"}, "negated"},
		{"Tom Wu was angry to see Ann Lee leave.",
			nil, []string{"Tom Wu -be_angry_with-> Ann Lee"}, "an infinitive after the stance word"},
	})
}

// TestMoreOfACritic covers a relational noun after "more of a" or
// "something of a": the copula still states the relation ("less of a"
// does not).
func TestMoreOfACritic(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu was also much more of a critic of Norway than was Ann Lee.",
			[]string{"Tom Wu -criticize-> Norway"}, nil, "more of a"},
		{"Tom Wu is something of a critic of the Halvik Party.",
			[]string{"Tom Wu -criticize-> Halvik Party"}, nil, "something of a"},
		{"Tom Wu is less of a critic of Norway than Ann Lee.",
			nil, []string{"Tom Wu -criticize-> Norway"}, "less of a"},
	})
}

// TestJoinedCall covers one who joins, echoes or backs the calls of
// others that ask, urge or call on an actor: the joiner makes the call
// too; one who rejects the calls does not.
func TestJoinedCall(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee joined the calls by Norwegian officials asking Sweden to waive the fee.",
			[]string{"Ann Lee -ask-> Sweden", "Norwegian officials -ask-> Sweden"}, nil, "joined, asking"},
		{"Ann Lee echoed calls from Norwegian officials urging Sweden to waive the fee.",
			[]string{"Ann Lee -urge-> Sweden"}, nil, "echoed, from, urging"},
		{"Ann Lee rejected the calls by Norwegian officials asking Sweden to waive the fee.",
			nil, []string{"Ann Lee -ask-> Sweden"}, "rejected"},
		{"Ann Lee joined the protest by Norwegian officials asking Sweden to waive the fee.",
			nil, []string{"Ann Lee -ask-> Sweden"}, "no call noun"},
	})
}
