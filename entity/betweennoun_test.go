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
		{"The study was a collaborative project between Tom Wu of the Halvik Institute at Oslo University and Ann Lee of Lund University.",
			[]string{"Tom Wu -collaborate_with-> Ann Lee"}, []string{"Tom Wu -collaborate_with-> Lund University"},
			"a collaborative or joint work between two actors is a collaboration; a listed person's affiliation after of and at is skipped"},
		{"A one-on-one meeting took place between Tom Wu and Ann Lee at the palace. The partnership that has existed between Norway and Kenya is strong.",
			[]string{"Tom Wu -meet_with-> Ann Lee", "Norway -partner_with-> Kenya"}, nil,
			"\"took place\" or a relative clause may stand between the noun and between"},
		{"The meeting that was planned between Tom Wu and Ann Lee never happened. A meeting did not take place between Norway and Sweden. The talks that will take place between Finland and Estonia are secret.",
			nil, []string{"Tom Wu -meet_with-> Ann Lee", "Norway -meet_with-> Sweden", "Finland -talk_with-> Estonia"},
			"a relative clause of a plan, a negated or a future \"take place\" states no act"},
		{"Norway and Sweden began a joint study. The report was a joint project between Norway and Finland.",
			[]string{"Norway -collaborate_with-> Finland"}, []string{"Norway -collaborate_with-> Sweden"},
			"without between, the adjective names no parties"},
	})
}
