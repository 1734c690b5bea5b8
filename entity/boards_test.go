package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestBodyMembership checks that joining, sitting on or leaving an
// organisation's board or staff is a fact about the organisation.
func TestBodyMembership(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Anna Berg joined Tesla's board in 2015.",
			[]string{"Anna Berg -member_of-> Tesla"}, nil,
			"an organisation's possessive before its board"},
		{"Mark Stone joined the board of Tesla in 2015.",
			[]string{"Mark Stone -member_of-> Tesla"}, nil,
			"the board of an organisation"},
		{"Ann Lee was elected to the board of Halvik Motors. Tom Wu was appointed to Velby Air's board in May.",
			[]string{"Ann Lee -member_of-> Halvik Motors", "Tom Wu -member_of-> Velby Air"}, nil,
			"elected or appointed to a board: a seat on it"},
		{"Anna Berg, who sits on Tesla's board, criticised the plan.",
			[]string{"Anna Berg -member_of-> Tesla"}, nil,
			"sitting on a board"},
		{"The new members of the Harbor Assembly, which include 35 Greens, met on Monday. The Nordic Council consists of Norway and Sweden. Norway comprises Svalbard. The Eastern Front is largely made up of the Varga Brigade. The Lornish Alliance is composed of Halvia and Dorland. The Harbor Press included Ann Lee as an author in its list.",
			[]string{"Greens -member_of-> Harbor Assembly", "Norway -member_of-> Nordic Council", "Sweden -member_of-> Nordic Council", "Svalbard -part_of-> Norway", "Varga Brigade -member_of-> Eastern Front", "Halvia -member_of-> Lornish Alliance", "Dorland -member_of-> Lornish Alliance"},
			[]string{"Harbor Assembly -include-> Greens", "Ann Lee -member_of-> Harbor Press"},
			"what a body includes, consists of or is made up of belongs to it, a place to a place; including as or in a thing is adding to it"},
		{"Anna Berg left Tesla's board last year.",
			[]string{"Anna Berg -leave-> Tesla"}, []string{"Anna Berg -member_of-> Tesla"},
			"leaving a board is leaving the organisation"},
		{"Halden Steel said on Monday that Anna Berg had joined its board.",
			[]string{"Anna Berg -member_of-> Halden Steel"}, nil,
			"a pronoun's board"},
		{"Halden Steel makes steel. Anna Berg joined the company's supervisory board in 2015.",
			[]string{"Anna Berg -member_of-> Halden Steel"}, nil,
			"a description's board behind a modifier"},
		{"Anna Berg criticised Tesla's board.",
			nil, []string{"Anna Berg -member_of-> Tesla"},
			"only verbs of joining make a member"},
		{"Mark Stone joined Anna Berg's team in 2015.",
			nil, []string{"Mark Stone -member_of-> Anna Berg"},
			"a person's team is no organisation"},
	})
}

// TestPluralHeadDescription checks that the singular of a plural head word
// describes the organisation: "the airline" after "Norden Airlines".
func TestPluralHeadDescription(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norden Airlines sued Halden Steel. The airline's chief executive, Tom Wu, said the firm had failed its customers.",
			[]string{"Tom Wu -lead-> Norden Airlines"}, nil,
			"the airline's chief executive"},
		{"Norden Airways sued Halden Steel on Monday. Later the airline criticised Ann Lee.",
			[]string{"Norden Airways -criticise-> Ann Lee"}, nil,
			"Airways names an airline too"},
	})
}
