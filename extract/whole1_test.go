package extract_test

import "testing"

// TestAdverbApposition checks that the subject of the main clause is the
// name before an apposition set off by commas that an adverb of time
// opens ("formerly a professor", "now the party's leader"), as it is
// before one set off by dashes, and that the apposition still says what
// the name is.
func TestAdverbApposition(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Ann Lee, formerly a professor at Halvik University, met Tom Wu on Monday.", "Ann Lee", "met", "Tom Wu", "formerly"},
		{"Ann Lee, formerly a professor at Halvik University, lost her home state of Oregon.", "Ann Lee", "lost", "her home state of Oregon", "formerly, then a possessive object"},
		{"Tom Wu, once a banker in Oslo, visited Norland on Monday.", "Tom Wu", "visited", "Norland", "once"},
		{"Tom Wu, now the leader of the Green Party, criticised Ann Lee.", "Tom Wu", "criticised", "Ann Lee", "now"},
		{"Tom Wu, previously the mayor of Varo, endorsed Ann Lee.", "Tom Wu", "endorsed", "Ann Lee", "previously"},
		{"The Centre Party, previously an ally of the Labour Party, voted against the bill.", "The Centre Party", "is", "an ally of the Labour Party",
			"the apposition an adverb opens says what the name is"},
		{"Halvik Bank, formerly a unit of Norland Holdings, cut 300 jobs.", "Halvik Bank", "is", "a unit of Norland Holdings", "formerly"},
	})
}

// TestLegislatorFromObject checks that a legislator's title, "from" and
// the place he stands for stay one object with the name after them, as
// they do in a subject; a title with an article and no name after stays
// apart from its place.
func TestLegislatorFromObject(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Ann Lee met Senator from Utah Tom Wu on Monday.", "Ann Lee", "met", "Senator from Utah Tom Wu", "a title from a place of one word"},
		{"Ann Lee lost to former Representative from New Mexico Tom Wu.", "Ann Lee", "lost to", "former Representative from New Mexico Tom Wu", "a place of two words"},
		{"Ann Lee met the Senator from Utah on Monday.", "Ann Lee", "met", "the Senator", "a description with no name"},
	})
}
