package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFactsCoref13 covers the coref13 rules on documents of our own: which
// actor a description of a state or a body gives a fact.
func TestFactsCoref13(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu, the governor of Ohio, spoke in Moscow on Monday. He said the state had sued Halvik Holdings.",
			[]string{"Ohio -sue-> Halvik Holdings"}, []string{"Moscow -sue-> Halvik Holdings"},
			"\"the state\" is no town: not the capital named since the state"},
		{"Ann Lee met Tom Wu in Sydney. The state fined Halvik Holdings.",
			nil, []string{"Sydney -fine-> Halvik Holdings"},
			"\"the state\" with only a town named before is none"},
		{"Ohio sued Halvik Holdings in May. Ohio also fined Acme Corp in June. On Monday, Tom Wu flew to Texas on the Gulf of Mexico, where the state sued him.",
			[]string{"Texas -sue-> Tom Wu"}, []string{"Ohio -sue-> Tom Wu"},
			"\"the state\" after a state named before it in its sentence is that state, not the one the report names most"},
		{"Ohio sued Halvik Holdings in May. Ohio also fined Acme Corp in June. In Texas, polls showed Tom Wu ahead. Ann Lee visited the state on Friday.",
			[]string{"Ann Lee -visit-> Texas"}, []string{"Ann Lee -visit-> Ohio"},
			"so is one named in the sentence before"},
		{"Tom Wu resigned as the governor of the United States commonwealth of Puerto Rico on Friday. Earlier, the commonwealth sued Halvik Holdings.",
			[]string{"Puerto Rico -sue-> Halvik Holdings"}, []string{"United States -sue-> Halvik Holdings"},
			"\"the commonwealth\" is a region the report named, as \"the state\" is"},
		{"Ann Lee won the caucuses in American Samoa on Tuesday. She secured four of the territory's six delegates. Earlier, the territory sued Halvik Holdings.",
			[]string{"American Samoa -sue-> Halvik Holdings"}, nil,
			"so is \"the territory\""},
		{"Voters in Ohio went to the polls. The race was for a seat on the state's Supreme Court.",
			[]string{"Supreme Court -part_of-> Ohio"}, nil,
			"a region's description before a body's name makes the body part of the region, as a country's does"},
		{"Tom Wu resigned as the governor of Puerto Rico. Later on Friday, the commonwealth's House of Representatives confirmed Ann Lee.",
			[]string{"House of Representatives -part_of-> Puerto Rico"}, nil,
			"so does a commonwealth's"},
		{"Ann Lee met Tom Wu in Sydney on Monday. The state's Supreme Court upheld the result.",
			nil, []string{"Supreme Court -part_of-> Sydney"},
			"a town's is none"},
	})
}
