package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFactsCoref14 covers the coref14 rules on documents of our own: which
// actor a description gives a fact.
func TestFactsCoref14(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee runs a company called Halvik Holdings in Oslo.\n\n((WN)) Tell us about your company.\n\n((Ann Lee)) I founded it in 2010. Last year the company sued Acme Corp.\n\n((WN)) Why did you run for mayor?\n\n((Ann Lee)) The city needs jobs.",
			[]string{"Halvik Holdings -sue-> Acme Corp"}, []string{"WN -sue-> Acme Corp"},
			"\"the company\" is no interviewer's label"},
	})
}

// TestFactsCoref14Nation: "the nation" with no state named in its sentence
// is the state whose regions the report names, not the foreign state it
// names most often.
func TestFactsCoref14Nation(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee campaigned in Ohio, Texas and Iowa on Monday. The US election is in November. Tom Wu held rallies in Ohio and Florida. Lee said Russia had hacked the vote. Russia denied it. Wu said Russia was a threat. On Friday, the nation sued Halvik Holdings.",
			[]string{"United States -sue-> Halvik Holdings"}, []string{"Russia -sue-> Halvik Holdings"},
			"\"the nation\" is the state whose regions the report names"},
	})
}
