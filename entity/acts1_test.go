package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestBodyTradeDescriptor checks that a body's name, a word of its trade or
// creed, then the kind of body ("the Halvik Front militant group", "the
// Berg Brothers biker gang") names the body, as the name and the kind
// alone already did.
func TestBodyTradeDescriptor(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway fought the Islamic State militant group in 2016.",
			[]string{"Norway -fight-> Islamic State"}, nil,
			"a militant group"},
		{"Rita Voss criticised the Hezbollah militant group on Monday.",
			[]string{"Rita Voss -criticise-> Hezbollah"}, nil,
			"a militant group, another verb"},
		{"Joel Sand joined the Al-Qaeda terrorist organization in 1999.",
			[]string{"Joel Sand -join-> al-Qaeda"}, nil,
			"a terrorist organization"},
		{"Mira Holt had ties to the Hells Angels biker gang.",
			[]string{"Mira Holt -have_ties_to-> Hells Angels"}, nil,
			"a gang"},
		{"Joel Sand had ties to the Hells Angels motorcycle club.",
			[]string{"Joel Sand -have_ties_to-> Hells Angels"}, nil,
			"a club of a trade, not of a sport"},
		{"Halvik Holdings and Kelton Motors are firms in Norland. The Kelton Motors car company sued Halvik Holdings.",
			[]string{"Kelton Motors -sue-> Halvik Holdings"}, nil,
			"a company named before its trade and company"},
		{"Halvik Holdings and Kelton Motors are firms in Norland. Ann Lee joined the Halvik Holdings mining firm.",
			[]string{"Ann Lee -join-> Halvik Holdings"}, nil,
			"a firm, the trade a participle"},
		{"Halvik Holdings and Kelton Motors are firms in Norland. The Halvik Holdings parent company sued Kelton Motors.",
			nil, []string{"Halvik Holdings -sue-> Kelton Motors"},
			"a parent company is another company"},
	})
}
