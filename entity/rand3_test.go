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
