package entity

import "testing"

// TestUnknownBodyTitle checks that a title after a name the gazetteer does
// not know, read as a person's ("Halvik Audio Visual President Tom Wu"),
// is that body's, not the report's state's, while a title with no name
// before it stays the state's, on documents written for this test.
func TestUnknownBodyTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"A court in Norway on Saturday sentenced a former minister to prison. Halvik Audio Visual President Tom Wu was sentenced to three years in prison.",
			nil, []string{"Tom Wu -lead-> Norway"},
			"the company's president"},
		{"A court in Norway on Saturday sentenced a former minister to prison. President Tom Wu criticised the court.",
			[]string{"Tom Wu -lead-> Norway"}, nil,
			"a title alone is the report's state's"},
		{"A court in Norway on Saturday sentenced a former minister to prison. Deputy Emergency Situations Minister Tom Wu criticised the court.",
			[]string{"Tom Wu -work_for-> Norway"}, nil,
			"a portfolio before a minister's title"},
	})
}
