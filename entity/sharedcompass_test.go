package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSharedCompass checks two compass words that share one name's last
// word ("North and South Korea"). The sentences are written for this test.
func TestSharedCompass(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The talks between North and South Korea were held in Panmunjom on Tuesday.",
			[]string{"North Korea -talk_with-> South Korea"}, []string{"North -talk_with-> South Korea"},
			"\"North and South Korea\" names two states, not \"North\" and South Korea"},
		{"Tom Wu criticized North and South Korea for the delay.",
			[]string{"Tom Wu -criticize-> North Korea", "Tom Wu -criticize-> South Korea"}, nil,
			"each state gets the act"},
	})
}
