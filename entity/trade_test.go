package entity

import "testing"

// TestRivalBeforeName checks that a firm's name, "rival" and another
// firm's name make the second the first's rival, on documents written for
// this test.
func TestRivalBeforeName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The airline had approached Velmar Aerospace rival Tessaro Aircraft Corporation about a deal.",
			[]string{"Tessaro Aircraft Corporation -compete_with-> Velmar Aerospace"}, nil,
			"a rival named after its rival"},
		{"Halvik Airways rival Brenmark Airlines has tried to buy Halvik Airways since May.",
			[]string{"Brenmark Airlines -compete_with-> Halvik Airways"}, nil,
			"the rival as a subject"},
		{"Halvik Airways, a rival of Brenmark Airlines, cut fares.",
			nil, []string{"Brenmark Airlines -compete_with-> Halvik Airways"},
			"no bare rival between the names"},
	})
}

// TestShareHeldIn checks that a share that a body holds or
// owns in a firm, given as a percentage, is a stake it owns, on documents
// written for this test.
func TestShareHeldIn(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Brenmark Holdings owns a 25 percent share in Halvik Airways.",
			[]string{"Brenmark Holdings -own_stake_in-> Halvik Airways"}, nil,
			"a share owned"},
		{"However, the Norwegian government, which holds a 25 percent share in Halvik Airways, disapproves of the takeover.",
			[]string{"Norwegian government -own_stake_in-> Halvik Airways"}, nil,
			"a share held, in a relative clause"},
		{"The Orvane Fund has a 30 percent share in Tessaro Labs.",
			[]string{"Orvane Fund -own_stake_in-> Tessaro Labs"}, nil,
			"a share the holder has"},
		{"Brenmark Holdings sold its share in Halvik Airways.",
			nil, []string{"Brenmark Holdings -own_stake_in-> Halvik Airways", "Brenmark Holdings -invest_in-> Halvik Airways"},
			"a share sold"},
	})
}

// TestBoughtFromMaker checks that a purchase or an order of products
// named after their maker is bought or ordered from the maker, on
// documents written for this test.
func TestBoughtFromMaker(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Airways buys twelve new long-haul Tessaro Aircraft Corporation jets.",
			[]string{"Halvik Airways -buy_from-> Tessaro Aircraft Corporation"}, nil,
			"jets named after their maker"},
		{"Officials from Norway have agreed to purchase 60 Tessaro Aircraft Corporation 787s.",
			[]string{"Norway -buy_from-> Tessaro Aircraft Corporation"}, nil,
			"a model named after its maker"},
		{"Halvik Airways has negotiated the purchase of 22 new Tessaro Aircraft Corporation 787 aircraft.",
			[]string{"Halvik Airways -buy_from-> Tessaro Aircraft Corporation"}, nil,
			"a purchase negotiated"},
		{"Tessaro Aircraft Corporation announced 35 new orders from German airline Halvik Airways.",
			[]string{"Halvik Airways -order_from-> Tessaro Aircraft Corporation"}, nil,
			"orders a maker took"},
		{"Tessaro Aircraft Corporation announced 35 new orders from German airline Halvik Airways and Velmar Aviation Lease & Finance of Kuwait, bringing the total to 677 orders.",
			[]string{"Halvik Airways -order_from-> Tessaro Aircraft Corporation", "Velmar Aviation Lease & Finance -order_from-> Tessaro Aircraft Corporation",
				"Velmar Aviation Lease & Finance -locate_in-> Kuwait"}, nil,
			"orders from a list of firms, the second a firm of a state"},
		{"Halvik Motors bought Tarsen Oil shares.",
			nil, []string{"Halvik Motors -buy_from-> Tarsen Oil"},
			"shares are no maker's products"},
		{"Halvik Airways did not buy Tessaro Aircraft Corporation jets.",
			nil, []string{"Halvik Airways -buy_from-> Tessaro Aircraft Corporation"},
			"negated"},
	})
}

// TestListBeforeClauseAnd checks that a list of three names or more
// after a preposition, whose "and" opens the next clause, gives each
// name the act, on documents written for this test.
func TestListBeforeClauseAnd(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Airways already offers flights to Oslo, Bergen, Stockholm, Helsinki, and recently launched two routes.",
			[]string{"Halvik Airways -offer_flights_to-> Stockholm", "Halvik Airways -offer_flights_to-> Helsinki"}, nil,
			"every member"},
	})
}

// TestFlagCarrier checks that a nationality and "flag carrier" before an
// airline's name make the airline part of the state, while a plain
// "airline" places it there, on documents written for this test.
func TestFlagCarrier(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norwegian flag carrier Halvik Airways has negotiated the purchase of new jets.",
			[]string{"Halvik Airways -part_of-> Norway"}, []string{"Halvik Airways -locate_in-> Norway"},
			"a flag carrier"},
		{"Norwegian airline Halvik Airways has negotiated the purchase of new jets.",
			[]string{"Halvik Airways -locate_in-> Norway"}, nil,
			"an airline"},
	})
}

// TestApposedRoleBeforeSaidQuote checks that a person's apposition with
// a role of a body, whose closing comma is missing before a verb of
// speech and a quote, still gives the role, on documents written for this
// test.
func TestApposedRoleBeforeSaidQuote(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{`Ann Lee, president and CEO of Velmar Group said, "This has been a wonderful day."`,
			[]string{"Ann Lee -lead-> Velmar Group"}, nil,
			"two roles joined by and"},
		{`Tom Wu, president of Halvik Motors said, "This is a day to celebrate."`,
			[]string{"Tom Wu -lead-> Halvik Motors"}, nil,
			"one role"},
	})
}

// TestStakeHeldBy checks that a part of a firm held by a body, in a
// passive or a relative clause after the firm's name, is a stake the body
// owns, on documents written for this test.
func TestStakeHeldBy(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Motors will buy the share in Tessaro Motors held by the Norwegian government.",
			[]string{"Norwegian government -own_stake_in-> Tessaro Motors"}, nil,
			"a passive"},
		{"Halvik Motors bought the six percent of automaker Tessaro Motors that the Norwegian government currently owns.",
			[]string{"Norwegian government -own_stake_in-> Tessaro Motors"}, nil,
			"a relative clause"},
		{"Halvik Motors praised the workers of Tessaro Motors that the Norwegian government owns.",
			nil, []string{"Norwegian government -own_stake_in-> Tessaro Motors"},
			"no part of the firm"},
	})
}

// TestRegionalUnit checks that a firm's unit named after its possessive
// and a region's adjective is part of the firm, on documents written for
// this test.
func TestRegionalUnit(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tessaro Motors said that it would axe 10,000 jobs at its European division, Halvik Autos.",
			[]string{"Halvik Autos -part_of-> Tessaro Motors"}, nil,
			"a division after a comma"},
		{"Tessaro Motors will sell its European unit Halvik Autos.",
			[]string{"Halvik Autos -part_of-> Tessaro Motors"}, nil,
			"a unit"},
	})
}

// TestHandedOverMade checks that a thing handed over "to" a receiver
// after a participle of making is handed to the receiver, on documents
// written for this test.
func TestHandedOverMade(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Aircraft on Tuesday delivered the final 717 jet built to Velmar Airways in ceremonies in Oslo.",
			[]string{"Halvik Aircraft -deliver_to-> Velmar Airways"}, nil,
			"a jet built, delivered to an airline"},
		{"Halvik Aircraft praised the last jet built to Velmar Airways.",
			nil, []string{"Halvik Aircraft -praise_to-> Velmar Airways"},
			"no handover"},
	})
}

// TestModelMakerInDocument checks that products counted by a model word
// alone are bought from the maker the document names before that word
// elsewhere, on documents written for this test.
func TestModelMakerInDocument(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tessaro Aircraft Corporation unveiled the new Tessaro Aircraft Corporation 787 Dreamliner on Sunday. Halvik Airways also bought 20 Dreamliners earlier this month.",
			[]string{"Halvik Airways -buy_from-> Tessaro Aircraft Corporation"}, nil,
			"the model named with its maker before"},
		{"Tessaro Aircraft Corporation unveiled a new plane on Sunday. Halvik Airways also bought 20 Dreamliners earlier this month.",
			nil, []string{"Halvik Airways -buy_from-> Tessaro Aircraft Corporation"},
			"no maker named before the model"},
	})
}
