package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPartyShort covers a party's name without "Party" before a noun of
// its member, or without the nationality it opens with, in a report that
// names the party in full, on invented stories: the member belongs to the
// party named in full.
func TestPartyShort(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"By-election called\n\nVoters go to the polls after Velmora Democratic MP Tom Wu resigned. At the last election, the Velmora Democratic Party won this seat.",
			[]string{"Tom Wu -member_of-> Velmora Democratic Party"}, []string{"Tom Wu -member_of-> Velmora Democratic"},
			"the party's short name before MP is the party named in full later"},
		{"The Tarn Liberal Party won the seat. Tarn Liberal candidate Ann Lee thanked voters.",
			[]string{"Ann Lee -member_of-> Tarn Liberal Party"}, nil,
			"and before candidate, after the full name"},
		{"Ann Lee is the nominee of the Norwegian Harvest Party. She joined the Harvest Party in 2010.",
			[]string{"Ann Lee -join-> Norwegian Harvest Party"}, []string{"Ann Lee -join-> Harvest Party"},
			"the party named without its nationality"},
		{"Ann Lee of the Norwegian Harvest Party met Tom Wu of the Swedish Harvest Party. Lee joined the Harvest Party in 2010.",
			[]string{"Ann Lee -member_of-> Norwegian Harvest Party", "Tom Wu -member_of-> Swedish Harvest Party"}, nil,
			"two parties of the same name in one report"},
	})
}
