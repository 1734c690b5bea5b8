package entity

import "testing"

// TestNationalityTradeDescription checks that a nationality or a state's
// name before a trade's description of a firm places the firm in the
// state when the description is a "-maker" noun, a fund or a
// multinational, or runs to five words with "and" ("oil and gas
// company"), on documents written for this test.
func TestNationalityTradeDescription(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Dutch multinational oil and gas company Varnholt Energy Corporation is to buy the Brisk firm.",
			[]string{"Varnholt Energy Corporation -locate_in-> Netherlands"}, nil,
			"a five-word description joined by and"},
		{"Chinese state-backed investment fund Torvik Corp. was considering buying a stake in Lumina.",
			[]string{"Torvik Corp -locate_in-> China"}, nil,
			"a state-backed fund"},
		{"US chipmaker Delvex Inc. bought Hana Systems on Monday.",
			[]string{"Delvex Inc -locate_in-> United States"},
			[]string{"United States -chipmaker-> Delvex Inc"},
			"a -maker noun after a state's name"},
		{"Swiss drugmaker Orvane Pharma said on Monday it would cut jobs.",
			[]string{"Orvane Pharma -locate_in-> Switzerland"}, nil,
			"a drugmaker"},
		{"Swedish multinational Kestrel Group opened a plant in Lund.",
			[]string{"Kestrel Group -locate_in-> Sweden"}, nil,
			"a multinational"},
	})
}
