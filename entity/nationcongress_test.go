package entity

import "testing"

// TestNationCongress checks that a bare "Congress" in a report on another
// state than the United States, which it never names, is that state's
// congress, on documents written for this test.
func TestNationCongress(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu lost his post on Friday after Congress impeached him. Protests spread across Chile. Chilean lawmakers said the vote was fair. Chile's Congress meets again in May.",
			[]string{"Chilean Congress -impeach-> Tom Wu"}, []string{"United States Congress -impeach-> Tom Wu"},
			"the report's state, named three times, its congress named in full after"},
		{"Ukraine's president Tom Wu flew to the United States on Friday. He urged Congress to back Ukraine. Ukrainian troops held the line. Ukraine thanked him.",
			[]string{"Tom Wu -urge-> United States Congress"}, []string{"Tom Wu -urge-> Ukrainian Congress"},
			"a report that names the United States keeps its Congress"},
	})
}
