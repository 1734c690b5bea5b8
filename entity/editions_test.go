package entity

import "testing"

// TestEditionNames checks that a name a year follows names an edition of
// an event, no actor, in that mention and the document's others, and
// that a year before a noun leaves a person's name alone.
func TestEditionNames(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Oslo's Velmor Fest 2019 brought thousands of fans to the city. The Velmor Fest attracted Tom Wu.", []string{"Oslo", "Tom Wu"},
			[]string{"Velmor Fest"}, "a festival's edition after its town"},
		{"Fans flock to Bergen's Velmor Equinox 2019", []string{"Bergen"}, []string{"Velmor Equinox"}, "a headline's convention"},
		{"Ann Lee praised the Tom Wu 2020 campaign in Oslo.", []string{"Ann Lee", "Tom Wu"}, nil, "a year before a noun dates the compound"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}
