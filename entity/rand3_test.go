package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRand3 covers action and speech facts that an unbiased sample of
// news sentences missed.
func TestRand3(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"In 1980, Ann Lee moved to Oslo. Later, she sued Halvik Holdings Ltd.",
			[]string{"Ann Lee -sue-> Halvik Holdings Ltd"}, nil,
			"a sentence that ends in an abbreviation after another sentence is no headline"},
		{"Tom Wu left Halvik in May. Two weeks later, Per Lund met Ann Lee Jr.",
			[]string{"Per Lund -meet-> Ann Lee Jr"}, nil,
			"the abbreviation's period is the full stop"},
	})
}

// TestEnvoyWithPost covers an unnamed envoy named with the post: the
// envoy acts for the state that sent them (GUIDE: an unnamed official is
// the state the sentence ties them to).
func TestEnvoyWithPost(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway expelled the Libyan ambassador to Norway over the deal. Tom Wu met the Danish envoy to Sweden in May.",
			[]string{"Norway -expel-> Libya", "Tom Wu -meet-> Denmark"},
			[]string{"Norway -expel-> Ambassador of Libya", "Tom Wu -meet_to-> Sweden", "Tom Wu -meet-> Sweden"},
			"the envoy's office read with its post stands for the sending state"},
		{"The Swedish ambassador to Norway criticised Halvik Holdings on Monday.",
			[]string{"Sweden -criticise-> Halvik Holdings"}, nil,
			"as a subject too"},
	})
}

// TestDemandFor covers a demand made "for" an actor and an infinitive:
// the actor is called on to act, or undergoes the act demanded.
func TestDemandFor(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee called for Halvik Holdings to withdraw the bid. Tom Wu urged for Norway to join the talks.",
			[]string{"Ann Lee -call_on-> Halvik Holdings", "Tom Wu -urge-> Norway"},
			[]string{"Ann Lee -call_for-> Halvik Holdings", "Tom Wu -urge_for-> Norway"},
			"an actor called for to act is called on"},
		{"Ann Lee called for Tom Wu to be arrested. Cyd Ho pushed for the Danish navy to be sent in.",
			nil,
			[]string{"Ann Lee -call_for-> Tom Wu", "Ann Lee -call_on-> Tom Wu", "Cyd Ho -push_for-> Danish navy", "Cyd Ho -press-> Danish navy"},
			"an actor called for to undergo an act is no one addressed"},
		{"Ann Lee called for an end to the war. Tom Wu called for Halvik Holdings.",
			nil, []string{"Ann Lee -call_on-> Halvik Holdings", "Tom Wu -call_on-> Halvik Holdings"},
			"no infinitive, no call on"},
	})
}

// TestHyphenAcronym covers an acronym whose parts a hyphen joins.
func TestHyphenAcronym(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu criticised KBXN-TVR on Monday. Ann Lee met TNB-KLMN in May.",
			[]string{"Tom Wu -criticise-> KBXN-TVR", "Ann Lee -meet-> TNB-KLMN"}, nil,
			"a hyphenated acronym names a body"},
	})
}

// TestKindBefore covers a body named after the noun for its kind, which a
// later description takes up.
func TestKindBefore(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The licence of broadcast corporation KBXN-TVR expired. Later, Tom Wu accused the network of lying.",
			[]string{"Tom Wu -accuse-> KBXN-TVR"}, nil,
			"a hyphenated acronym names a body, and a broadcasting word before the body's noun makes it a network"},
		{"Halvik signed a deal with the Danish gas supplier Norden. Later, the supplier thanked Tom Wu.",
			[]string{"Norden -thank-> Tom Wu"}, nil,
			"the noun before the name says the kind of body"},
		{"Halvik Holdings is allowed to sue Tom Wu. Norway was allowed to join the talks, and Norway met Sweden.",
			[]string{"Norway -meet-> Sweden"}, []string{"Halvik Holdings -sue-> Tom Wu"},
			"a permission in force is no act"},
	})
}

// TestPlacesBeforeNoun covers places coordinated before the plural noun
// they describe, which names no actor.
func TestPlacesBeforeNoun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvik Holdings reunited in 2005 for several Oslo and New York concerts. Tom Wu visited Oslo and Bergen in May.",
			[]string{"Tom Wu -visit-> Oslo", "Tom Wu -visit-> Bergen"},
			[]string{"Halvik Holdings -reunite_for-> Oslo", "Halvik Holdings -reunite_for-> New York"},
			"the concerts are the object"},
	})
}
