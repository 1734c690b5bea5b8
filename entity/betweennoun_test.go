package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestBetweenNominals checks an event noun, "between" and the actors who
// took part. The sentences are written for this test.
func TestBetweenNominals(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The first debate between Tom Wu and Ann Lee took place in Oslo.",
			[]string{"Tom Wu -debate-> Ann Lee"}, nil,
			"a debate between two actors is one they held with each other"},
		{"The meeting between Tom Wu and Ann Lee would take place in Oslo. The party would hold talks between Norway and Sweden. The talks between Finland and Estonia were held in Riga.",
			[]string{"Finland -talk_with-> Estonia"}, []string{"Tom Wu -meet_with-> Ann Lee", "Norway -talk_with-> Sweden"},
			"an event foreseen by \"would\", before the noun or after the parties, has not taken place"},
		{"Halvik Bank opened an office in Oslo. Tom Wu praised the cooperation between the bank and Norway. Ann Lee spoke of the talks between Sweden and the bank.",
			[]string{"Halvik Bank -cooperate_with-> Norway", "Sweden -talk_with-> Halvik Bank"}, nil,
			"a description of an actor named before is one of the parties"},
	})
}
