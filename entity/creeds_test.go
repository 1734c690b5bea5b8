package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCreedWordNoActor covers the adjective of a political or militant
// creed that opens a sentence before the fighters it describes: no body
// of that name acts. On sentences written for this test.
func TestCreedWordNoActor(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Islamist rebels killed five Kenyan soldiers in an attack on a base near Lamu.",
			nil, []string{"Islamist -kill-> Kenyan soldiers"},
			"\"Islamist rebels\" opening a sentence"},
		{"Maoist guerrillas attacked Nepali troops near Rolpa on Monday.",
			nil, []string{"Maoist -attack-> Nepali troops", "Maoist -attack-> Nepalese troops"},
			"\"Maoist guerrillas\" opening a sentence"},
	})
}
