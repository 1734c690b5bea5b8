package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPartitiveObject covers a partitive object ("all three of these
// states") or a measured one ("300 tonnes of rice") before the
// preposition that names the actor, on invented stories: the phrase after
// "of" is what the verb acts in.
func TestPartitiveObject(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senator Joel Sand lost in all three of the states to Governor Mira Holt.",
			[]string{"Joel Sand -lose_to-> Mira Holt"}, nil,
			"a count and of before the states"},
		{"Rita Voss lost in two of the northern districts to Joel Sand.",
			[]string{"Rita Voss -lose_to-> Joel Sand"}, nil,
			"a number and of before an adjective and a noun"},
		{"Rita Voss won in each of the five rural counties against Joel Sand.",
			[]string{"Rita Voss -win_against-> Joel Sand"}, nil,
			"each of"},
		{"The Brenna Fund reported they had delivered over 40 thousand doses of vaccine to Mali by March 3.",
			[]string{"Brenna Fund -deliver_vaccine_to-> Mali"}, nil,
			"an amount and a measure noun before of, in a reported clause"},
		{"The Osric Trust sent 300 tonnes of rice to Chad.",
			[]string{"Osric Trust -send_rice_to-> Chad"}, nil,
			"a number and tonnes of"},
		{"Norway delivered a shipment of rifles to the Kurdish Peshmerga.",
			[]string{"Norway -deliver_rifles_to-> Kurdish Peshmerga"}, nil,
			"a shipment of"},
	})
}

// TestTitleChainInPhrase covers a person named after a long title inside
// a prepositional phrase ("to the Governor of Ohio Ann Lee", "to former
// Governor of Ohio Ann Lee"), on invented stories: the name, not the
// title's place, is the one the act went to.
func TestTitleChainInPhrase(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senator Al Berg handed the award to the Governor of Ohio Kim Park.",
			[]string{"Al Berg -hand_to-> Kim Park"}, nil,
			"the, then the title and its place"},
		{"Senator Rob Dunn lost the race to former Governor of Ohio Mira Holt.",
			[]string{"Rob Dunn -lose_to-> Mira Holt"}, nil,
			"former before the title"},
	})
}

// TestPlaceThenWithPartner covers a place read as the object before the
// with-phrase that names the partner ("met in Oslo with Ann Lee"), on
// invented stories.
func TestPlaceThenWithPartner(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Joel Sand met in Bergen with Rita Voss.",
			[]string{"Joel Sand -meet_with-> Rita Voss"}, nil,
			"the place, then the partner"},
		{"Joel Sand met in Bergen on Friday with Rita Voss.",
			[]string{"Joel Sand -meet_with-> Rita Voss"}, nil,
			"a time between"},
		{"Joel Sand arrived in Bergen for a summit with Rita Voss.",
			nil, []string{"Joel Sand -arrive_with-> Rita Voss"},
			"the with-phrase of a noun between"},
	})
}
