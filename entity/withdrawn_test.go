package entity

import "testing"

// TestEnvoysTakenFrom checks that envoys a state takes out of a place, or
// whose a possessive says they are, do not stand for the place of the
// from-phrase, while envoys from a state still act for it, on documents
// written for this test.
func TestEnvoysTakenFrom(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Fighting in Velbar\n\nClashes went on in Velbar on Friday.\n\nNorway evacuated its diplomats from Velbar last week.",
			nil, []string{"Norway -evacuate-> Velbar"},
			"a possessive determiner before the envoys"},
		{"Embassy closes\n\nDenmark recalled its ambassador from Latvia on Tuesday.",
			nil, []string{"Denmark -recall-> Latvia"},
			"a state's own ambassador recalled"},
		{"Embassy closes\n\nSweden airlifted two senior officials from Estonia.",
			nil, []string{"Sweden -airlift-> Estonia"},
			"a verb of withdrawal before the envoys"},
		{"Talks in Oslo\n\nSweden met officials from Finland in Oslo.",
			[]string{"Sweden -meet-> Finland"}, nil,
			"envoys from a state met stand for it"},
		{"Embassy closes\n\nSweden expelled two diplomats from Latvia.",
			[]string{"Sweden -expel-> Latvia"}, nil,
			"diplomats from a state expelled are that state's"},
	})
}
