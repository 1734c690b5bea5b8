package entity

import "testing"

// TestTicketOfPeople covers a party's ticket of named people ("the Harbor
// Party ticket of Tom Wu for president and Ann Lee for vice president"):
// each person named stands for the party ([docState.ticketPeople]).
func TestTicketOfPeople(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"In 2016, the Harbor Party ticket of Tom Wu for president and Ann Lee for vice president received 20,000 votes.", 0,
			[]string{"Tom Wu -member_of-> Harbor Party", "Ann Lee -member_of-> Harbor Party"}, nil,
			"the party's name before the ticket"},
		{"The Harbor Party met in Oslo. Rita Vance discussed the party's 2008 ticket of former Utah governor Sam Pike for president and former Iowa governor Ben Holt for vice president.", 1,
			[]string{"Sam Pike -member_of-> Harbor Party", "Ben Holt -member_of-> Harbor Party"}, []string{"Rita Vance -member_of-> Harbor Party"},
			"a possessive and a year before the ticket, descriptions before the names"},
		{"The Harbor Party met in Oslo. It grew in 2012, when its first ticket of Mark Dorn for president and Ella Shaw for vice president won 900 votes.", 1,
			[]string{"Mark Dorn -member_of-> Harbor Party", "Ella Shaw -member_of-> Harbor Party"}, nil,
			"a possessive pronoun before the ticket"},
		{"The Harbor Party, which received 1,000 votes with the 2012 ticket of Mark Dorn for president and Ella Shaw for vice president, will meet in July.", 0,
			[]string{"Mark Dorn -member_of-> Harbor Party", "Ella Shaw -member_of-> Harbor Party"}, nil,
			"the party that came with the ticket"},
		{"The Harbor Party nominated a ticket of Unity Party presidential nominee Carl Boone for president and singer Dana Voss for vice president.", 0,
			[]string{"Carl Boone -member_of-> Unity Party", "Dana Voss -member_of-> Harbor Party"}, []string{"Dana Voss -member_of-> Unity Party"},
			"a party inside the ticket is one person's, not the ticket's"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}

// TestRoleAsOf covers "as the running mate of" and "as the successor of"
// after the clause's subject or "his role" ([roleAsOf]).
func TestRoleAsOf(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"Ann Lee, who went into the convention as the running mate of painter Omar Reyes, lost.", 0,
			[]string{"Ann Lee -running_mate_of-> Omar Reyes"}, nil,
			"the subject of a relative clause, a description before the name"},
		{"Carl Boone discussed his role as the running mate of Dana Voss in Boston.", 0,
			[]string{"Carl Boone -running_mate_of-> Dana Voss"}, nil,
			"the possessor of the role"},
		{"In 1996, Ella Shaw was on the ballot as the running mate of the late Mark Dorn.", 0,
			[]string{"Ella Shaw -running_mate_of-> Mark Dorn"}, nil,
			"the clause's subject"},
		{"Tom Wu spoke in 2010 as the successor of Max Berg.", 0,
			[]string{"Tom Wu -succeed-> Max Berg"}, nil,
			"a successor noun"},
		{"Tom Wu praised Ann Lee as the running mate of Max Berg.", 0,
			[]string{"Ann Lee -running_mate_of-> Max Berg"}, []string{"Tom Wu -running_mate_of-> Max Berg"},
			"the object before as holds the role, not the subject"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}

// TestTopicEndingInTitle checks that a body's topic after "for" and "and"
// goes on through a word that could title someone when the name ends with
// it ([Resolver.topicAnd]): "Justice" before no name titles no one.
func TestTopicEndingInTitle(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Tom Wu, director of the Centre for Peace and Justice, met Ann Lee.", []string{"Centre for Peace and Justice", "Tom Wu", "Ann Lee"}, []string{"Centre for Peace"},
			"a title word that ends the name"},
		{"The Party for Freedom and Justice nominated Omar Reyes.", []string{"Party for Freedom and Justice", "Omar Reyes"}, []string{"Justice", "Party for Freedom"},
			"a party's name"},
		{"Tom Wu thanked the Committee on Finance and Justice Ann Lee.", []string{"Ann Lee"}, []string{"Committee on Finance and Justice Ann Lee"},
			"a title before a name stays the person's"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}

// TestPartyNamedFirst covers a party whose name opens with "Party" and
// "for" or "of" ([partyNamed]): its nominee is its member.
func TestPartyNamedFirst(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"Ann Lee chose Party for Socialism and Progress presidential nominee Omar Reyes.", 0,
			[]string{"Omar Reyes -member_of-> Party for Socialism and Progress"}, nil,
			"the party's nominee"},
		{"The Party for Socialism and Progress nominated Omar Reyes.", 0,
			[]string{"Omar Reyes -member_of-> Party for Socialism and Progress"}, nil,
			"the party nominates"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}

// TestPluralPlaceHeadList covers a plural word for a kind of place, "of"
// and a list of places ("the US states of Idaho, Ohio, and Utah"): each
// place lies in the state ([docState.listedPlacesIn]) and each is the
// place an act happened in ([docState.listedIn]).
func TestPluralPlaceHeadList(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"Yesterday, the Harbor Party held primary elections in the US states of Idaho, Ohio, and Utah.", 0,
			[]string{"Idaho -locate_in-> United States", "Ohio -locate_in-> United States", "Utah -locate_in-> United States",
				"Harbor Party -hold-> in Idaho", "Harbor Party -hold-> in Ohio", "Harbor Party -hold-> in Utah"}, nil,
			"a state's name before the plural"},
		{"Floods hit the Indian states of Kerala and Goa on Monday.", 0,
			[]string{"Kerala -locate_in-> India", "Goa -locate_in-> India"}, nil,
			"a state's adjective before the plural"},
		{"Ann Lee held rallies in the cities of Oslo and Bergen.", 0,
			[]string{"Ann Lee -hold-> in Oslo", "Ann Lee -hold-> in Bergen"}, nil,
			"no state before the plural"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}

// TestRelativeApposition covers a relative clause on "who" after an
// apposition with a state's adjective ("Tom Wu, a Syrian man who died in
// Oslo"): the clause's subject is the person named ([relativeApposition]).
func TestRelativeApposition(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"Carl Boone, a Syrian man who died in Denver, was buried on Monday.", 0,
			[]string{"Carl Boone -die-> in Denver"}, nil,
			"a state's adjective in the apposition"},
		{"Protests followed the death of Carl Boone, an African American man who died in Denver.", 0,
			[]string{"Carl Boone -die-> in Denver"}, nil,
			"the apposition of an object"},
		{"Ann Lee met Dana Voss, a Syrian lawyer who lives in Oslo.", 0,
			[]string{"Dana Voss -live_in-> Oslo"}, []string{"Ann Lee -live_in-> Oslo"},
			"a role noun's apposition after an object"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}
