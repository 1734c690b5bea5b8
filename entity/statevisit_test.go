package entity

import "testing"

// TestOnVisit checks that being on a visit, trip or tour to an actor
// gives the visit, and that a titled visitor holds no office of the state
// visited, on documents written for this test.
func TestOnVisit(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu was on a three-day official visit to Sweden.",
			[]string{"Tom Wu -visit-> Sweden"}, nil,
			"a copula, on, a visit and the actor after to"},
		{"Ann Lee, who is on a state visit to Norway, met Tom Wu.",
			[]string{"Ann Lee -visit-> Norway"}, nil,
			"the visit in a relative clause"},
		{"Ann Lee is currently on a trip to Denmark.",
			[]string{"Ann Lee -travel_to-> Denmark"}, nil,
			"a trip is travel, after an adverb"},
		{"Tom Wu was on his wife's trip to Finland.",
			nil, []string{"Tom Wu -travel_to-> Finland"},
			"another's trip is not the subject's"},
		{"Deals signed in Oslo\n\nNorway signed three agreements on Monday. Talks between President Ann Lee, who is on an official visit to Norway, and Prime Minister Tom Wu were held in Oslo.",
			[]string{"Ann Lee -visit-> Norway", "Tom Wu -lead-> Norway"}, []string{"Ann Lee -lead-> Norway"},
			"a titled visitor is no head of the state the report is about"},
	})
}
