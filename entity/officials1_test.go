package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPlaceOfficials covers unnamed officials, authorities and
// prosecutors tied to a place by "in" or named by a state's adjective:
// they act for the place or the state (GUIDE.md).
func TestPlaceOfficials(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"A storm hit Halvia on Monday. Authorities in Halvia arrested Tom Wu for looting.",
			[]string{"Halvia -arrest-> Tom Wu"}, nil,
			"authorities in a state act for it"},
		{"A storm hit Bergen on Monday. Officials in Bergen told the Daily Courier that the port was closed.",
			[]string{"Bergen -tell-> Daily Courier"}, nil,
			"officials in a town act for it"},
		{"A storm hit Bergen on Monday. Prosecutors in Bergen charged Tom Wu with fraud.",
			[]string{"Bergen -charge-> Tom Wu"}, nil,
			"prosecutors in a town act for it"},
		{"The storm hit Norway on Monday. Norwegian prosecutors charged Tom Wu with fraud.",
			[]string{"Norway -charge-> Tom Wu"}, nil,
			"a state's prosecutors named by its adjective act for it"},
		{"A storm hit Bergen on Monday. The officials in the Bergen office met Tom Wu.",
			nil, []string{"Bergen -meet-> Tom Wu"},
			"officials in a town's office are the office's"},
		{"A storm hit Bergen on Monday. A lawyer in Bergen sued Tom Wu.",
			nil, []string{"Bergen -sue-> Tom Wu"},
			"a lawyer in a town only works there"},
	})
}

// TestBareOfficials covers bare "officials" and "authorities": the one
// group of officials the document named, else the one body or
// government whose officials they are, as the document ties them.
func TestBareOfficials(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Norwegian government announced new rules on Monday. Officials told the Daily Courier that the rules would stay.",
			[]string{"Norwegian government -tell-> Daily Courier"}, nil,
			"the one government the document names"},
		{"Norwegian officials said the rules would change. Officials told the Daily Courier that the rules would stay.",
			[]string{"Norwegian officials -tell-> Daily Courier"}, nil,
			"the one group of officials named before"},
		{"Norwegian officials said the rules would change. On Tuesday, authorities told the Daily Courier that the rules would stay.",
			[]string{"Norwegian officials -tell-> Daily Courier"}, nil,
			"authorities are officials"},
		{"The Norwegian government and the Swedish government signed a deal on Monday. Officials told the Daily Courier that the deal would stay.",
			nil, []string{"Norwegian government -tell-> Daily Courier", "Swedish government -tell-> Daily Courier"},
			"two governments: no one's"},
		{"A storm hit Bergen on Monday. Officials told the Daily Courier that the port was closed.",
			nil, []string{"Bergen -tell-> Daily Courier"},
			"no body or government named: no one's"},
	})
}

// TestPresidentsAdministration covers "the administration" with no
// administration named before: the one president's the document names.
func TestPresidentsAdministration(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"President Tom Wu of Norway met voters in Bergen. Wu said taxes would fall. Wu also praised the army. " +
			"The administration later criticised Sweden for the delay.",
			[]string{"Wu administration -criticise-> Sweden"}, nil,
			"the one president's administration"},
		{"President Tom Wu of Norway met President Ann Lee of Sweden. Wu said taxes would fall. Lee said taxes would rise. " +
			"Wu and Lee met again. The administration later criticised Denmark for the delay.",
			nil, []string{"Wu administration -criticise-> Denmark", "Lee administration -criticise-> Denmark"},
			"two presidents: no one's"},
	})
}
