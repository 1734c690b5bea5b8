package entity

import "testing"

// TestTitledSite checks that a site named after a titled person keeps the
// title in its name, a place's name inside it or not, and that a body's
// name inside a venue's is no mention of the body.
func TestTitledSite(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Stalls near the Queen Victoria Market were closed.", []string{"Queen Victoria Market"}, []string{"Victoria Market", "Victoria"},
			"a place's name inside"},
		{"They met in King George Square on Monday.", []string{"King George Square"}, []string{"George Square"}, "a given name inside"},
		{"Fans met at the Toronto Congress Centre for the convention.", []string{"Toronto Congress Centre"}, []string{"United States Congress"},
			"a body's name inside a venue's"},
		{"Ann Lee spoke at Congress Hall in Lodi.", []string{"Congress Hall"}, []string{"United States Congress"}, "a body's name opens a venue's"},
		{"King George met Queen Victoria in London.", []string{"George", "Victoria"}, nil, "titled people stay people"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}
