package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestAdjunctStance covers an adjunct that names an actor's backing of
// the clause's subject ("with the Halvik Party's backing") or whom the
// subject's act honours ("in Tom Wu's honor").
func TestAdjunctStance(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"With the Halvik Party's backing, Tom Wu ran for the Senate.",
			[]string{"Halvik Party -back-> Tom Wu"}, nil, "a possessive"},
		{"With the backing of Norway, Sweden launched the plan.",
			[]string{"Norway -back-> Sweden"}, nil, "backing of"},
		{"Ann Lee is a teacher. In 2004, with the Halvik Party's backing, she ran for the Senate.",
			[]string{"Halvik Party -back-> Ann Lee"}, nil, "a fronted adjunct the extractor dropped"},
		{"Tom Wu was elected with the full backing of Norway.",
			[]string{"Norway -back-> Tom Wu"}, nil, "the relation ends with with"},
		{"The Norwegian parliament held a minute of silence in Tom Wu's honor.",
			[]string{"Norwegian parliament -honor-> Tom Wu"}, nil, "in X's honor"},
		{"Acme Corp hosted a dinner in honour of Ann Lee.",
			[]string{"Acme Corp -honor-> Ann Lee"}, nil, "in honour of"},
		{"Ann Lee met with Sweden's support staff.",
			nil, []string{"Sweden -support-> Ann Lee"}, "the noun does not end the phrase"},
		{"Tom Wu did not run with the Halvik Party's support.",
			nil, []string{"Halvik Party -support-> Tom Wu"}, "negated"},
	})
}

// TestExpressedStance covers a stance stated by a noun that express or
// voice takes ("expressed anger at Norway's decision"), read as the
// stance word ("was angry at") reads.
func TestExpressedStance(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu expressed anger at Norway.",
			[]string{"Tom Wu -be_angry_with-> Norway"}, nil, "an actor"},
		{"Tom Wu expressed outrage at Norway's decision.",
			[]string{"Tom Wu -be_outraged_with-> Norway"}, nil, "an actor's act"},
		{"Ann Lee voiced frustration with Norway's handling of the crisis.",
			[]string{"Ann Lee -be_frustrated_with-> Norway"}, nil, "voiced"},
		{"Tom Wu expressed concern about Ann Lee.",
			nil, []string{"Tom Wu -be_concerned_with-> Ann Lee"}, "concern may be for her"},
		{"Tom Wu did not express anger at Norway.",
			nil, []string{"Tom Wu -be_angry_with-> Norway"}, "negated"},
	})
}

// TestPossessedEvent covers an act named by a noun with a possessive
// owner that the subject answers or undergoes ("accepted Ann Lee's
// invitation"): the owner did the act to the subject.
func TestPossessedEvent(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu accepted Ann Lee's invitation.",
			[]string{"Ann Lee -invite-> Tom Wu"}, nil, "accept"},
		{"Tom Wu accepted Norway's formal apology.",
			[]string{"Norway -apologise_to-> Tom Wu"}, nil, "an adjective between"},
		{"Tom Wu faced Ann Lee's criticism.",
			[]string{"Ann Lee -criticise-> Tom Wu"}, nil, "undergo"},
		{"Tom Wu did not accept Ann Lee's invitation.",
			[]string{"Ann Lee -invite-> Tom Wu"}, nil, "the invitation was made all the same"},
		{"Judge Ann Lee dismissed Tom Wu's lawsuit.",
			nil, []string{"Tom Wu -sue-> Ann Lee"}, "a suit is against another"},
		{"Tom Wu accepted Norway's deal.",
			nil, []string{"Norway -deal_with-> Tom Wu"}, "a deal is done together"},
	})
}

// TestAppreciatedAct covers "appreciated" an actor's act, which praises
// the actor as "praised Norway's efforts" does.
func TestAppreciatedAct(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu appreciated Ann Lee's work.",
			[]string{"Tom Wu -praise-> Ann Lee"}, nil, "an act noun"},
		{"Tom Wu said he appreciated Norway's efforts to end the war.",
			[]string{"Tom Wu -praise-> Norway"}, nil, "reported"},
		{"Tom Wu appreciated Ann Lee's house.",
			nil, []string{"Tom Wu -praise-> Ann Lee"}, "a thing owned"},
	})
}
