package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRoleKept covers a role that "remained" or "stayed" states, on
// invented sentences: the role is held, as "is" and "became" state it.
func TestRoleKept(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu joined the Halvik Committee in 1990. He remained a member of the committee until he left in 2001.",
			[]string{"Tom Wu -member_of-> Halvik Committee"},
			[]string{"Tom Wu -remain-> Halvik Committee"},
			"a member of the body named before"},
		{"Tom Wu remained the leader of the Green Party until 2010.",
			[]string{"Tom Wu -lead-> Green Party"},
			[]string{"Tom Wu -remain-> Green Party"},
			"a head's role"},
		{"Ann Lee stayed chairman of Acme for ten years.",
			[]string{"Ann Lee -lead-> Acme"},
			nil,
			"stayed"},
		{"Tom Wu remained in Norland after the war.",
			[]string{"Tom Wu -remain_in-> Norland"},
			nil,
			"no role noun: a stay in a place"},
	})
}

// TestTitleAfterThe covers a capitalised title that the recogniser takes
// for a person's name because the title is also a given name ("Dean"), on
// invented sentences: after "the" and its modifiers and before "of" it is
// a post, no person.
func TestTitleAfterThe(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu spoke on Monday. Wu, the former Democratic Dean of the Varo Assembly, was 90.",
			nil,
			[]string{"Democratic Dean -leave-> Varo Assembly", "Democratic Dean -member_of-> Varo Assembly"},
			"a party's adjective and the title"},
		{"Ann Lee, the retired Democratic Dean of the House of Representatives, met Tom Wu.",
			[]string{"Ann Lee -meet-> Tom Wu"},
			[]string{"Democratic Dean -leave-> House of Representatives"},
			"the apposition's title"},
		{"Dean Smith of Halvik met Ann Lee.",
			[]string{"Dean Smith -meet-> Ann Lee"},
			nil,
			"a given name with a surname stays a person"},
	})
}

// TestPostEnded covers a post that a verb of stopping says someone held,
// on invented sentences: "ended serving as president of X" states the
// role as "served as" does, while "stopped supporting" is still no support.
func TestPostEnded(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu ended serving as president of Norland in 2010.",
			[]string{"Tom Wu -lead-> Norland"},
			[]string{"Tom Wu -end_serve_as-> Norland"},
			"ended serving as"},
		{"Ann Lee stopped working as a lawyer for Acme in 2012.",
			[]string{"Ann Lee -work_for-> Acme"},
			nil,
			"stopped working as"},
		{"Ann Lee stopped supporting Tom Wu.",
			nil,
			[]string{"Ann Lee -support-> Tom Wu"},
			"a stopped act is none"},
	})
}

// TestSecondedProposal covers "seconded" with an actor's proposal, on
// invented sentences: backing the proposal backs its author, as "backed
// Tom Wu's plan" does; an ordinal "second" is no verb.
func TestSecondedProposal(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee seconded Tom Wu's recommendation on Monday.",
			[]string{"Ann Lee -second-> Tom Wu"},
			nil,
			"a possessed recommendation"},
		{"Ann Lee finished second behind Tom Wu.",
			nil,
			[]string{"Ann Lee -second-> Tom Wu"},
			"a place in a race"},
	})
}

// TestAdjectivePartyLowerCase covers a party named by its adjective and
// a lower-case "party", on invented sentences: the argument is the party.
func TestAdjectivePartyLowerCase(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Democratic party criticised Tom Wu on Monday.",
			[]string{"Democratic Party -criticise-> Tom Wu"},
			nil,
			"the subject"},
		{"Tom Wu joined the House of Representatives in 1990. He led the committee while the Democratic party controlled the House.",
			[]string{"Democratic Party -control-> House of Representatives"},
			nil,
			"in a clause that while opens"},
		{"Tom Wu blamed Democratic leadership for the unrest. Ann Lee criticised the Republican leadership on Monday.",
			[]string{"Tom Wu -blame-> Democratic Party", "Ann Lee -criticise-> Republican Party"},
			nil,
			"a party's adjective and leadership name the party (whole55)"},
	})
}
