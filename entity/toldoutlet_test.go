package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestToldOutletNoAntecedent covers a news outlet or agency after "told":
// the listener of a report is no actor that a later "they" takes up, in
// the sentence or in the next. On sentences written for this test.
func TestToldOutletNoAntecedent(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway accused the Harbor Militia of shelling Lamu, Tom Wu told Reuters. They also shelled Kenyan troops near Garissa, he said.",
			nil, []string{"Reuters -shell-> Kenyan troops"},
			"\"they\" after a sentence that ends with \"told Reuters\""},
		{"\"The Harbor Militia attacked our base at dawn,\" Kenyan army officer Tom Wu told Reuters. \"They killed five Kenyan soldiers.\"",
			nil, []string{"Reuters -kill-> Kenyan soldiers", "Reuters -kill-> Kenyan troops"},
			"\"they\" opening a quotation after \"told Reuters\""},
	})
}
