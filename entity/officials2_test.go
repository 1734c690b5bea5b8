package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestStateForces covers a state's navy, air force and coast guard
// written in lower case after its adjective: the state's force, as "the
// Chilean army" is, which a later bare "the navy" takes up.
func TestStateForces(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The storm hit Norway on Monday. The Norwegian navy rescued Tom Wu near Bergen.",
			[]string{"Norwegian navy -rescue-> Tom Wu"}, nil,
			"a state's navy in lower case"},
		{"The storm hit Norway on Monday. The Norwegian coast guard detained Ola Berg off Bergen.",
			[]string{"Norwegian coast guard -detain-> Ola Berg"}, nil,
			"a two-word force: the coast guard, not a guard"},
		{"The storm hit Norway on Monday. The Swedish air force flew Ola Berg to Oslo.",
			[]string{"Swedish air force -fly-> Ola Berg"}, nil,
			"a two-word force: the air force"},
		{"The Norwegian navy rescued Tom Wu near Bergen on Monday. The navy later thanked Ola Berg for his help.",
			[]string{"Norwegian navy -thank-> Ola Berg"}, nil,
			"a bare navy takes up the one named before, though tagged an adjective"},
		{"The Norwegian navy rescued Tom Wu near Bergen on Monday. Norway later increased cooperation with the navies of Sweden and Denmark.",
			[]string{"Norway -cooperate_with-> Sweden"}, []string{"Norway -cooperate_with-> Norwegian navy"},
			"the navies of named states are theirs, not the navy named before"},
	})
}

// TestOpeningGovernmentOfficials covers "Government officials" first in
// a sentence: the government's people, as "government officials" are
// elsewhere, not a group named after a body called Government.
func TestOpeningGovernmentOfficials(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Norwegian government announced new port rules on Monday. Government officials told the Daily Courier that the rules would stay.",
			[]string{"Norwegian government -tell-> Daily Courier"}, []string{"Government officials -tell-> Daily Courier"},
			"the government named before"},
		{"The government of Norway announced new port rules on Monday. Government spokesman Tom Wu told the Daily Courier that the rules would stay.",
			[]string{"Tom Wu -tell-> Daily Courier"}, nil,
			"a spokesman's name after the noun keeps its own mention"},
	})
}

// TestOneForceRegionPolice covers a lower-case "the police" in a report
// about a region that one force polices (Hong Kong, Scotland): that force,
// as a town's; a US state's police stay unnamed, since it has many.
func TestOneForceRegionPolice(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Thousands marched through Hong Kong on Sunday. The police later arrested Tom Wu near the harbour in Hong Kong.",
			[]string{"Hong Kong Police -arrest-> Tom Wu"}, nil,
			"a territory with one force"},
		{"Thousands marched through Scotland on Sunday. The police later arrested Tom Wu at a rally in Scotland.",
			[]string{"Scotland Police -arrest-> Tom Wu"}, nil,
			"a region with one force"},
		{"Thousands marched through Texas on Sunday. The police later arrested Tom Wu at a rally in Texas.",
			nil, []string{"Texas Police -arrest-> Tom Wu"},
			"a US state has many forces"},
	})
}
