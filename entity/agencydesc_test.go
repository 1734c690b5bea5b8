package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestAgencyDescriptions covers an agency whose name runs past four
// capitalised words to "Administration", and "the agency", "the
// regulator" or "the watchdog" after an Administration, an Authority, a
// Commission or an Agency, on invented stories.
func TestAgencyDescriptions(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Recall news\n\nThe Norvian National Road Traffic Safety Administration fined Halvik Motors on Monday. " +
			"Tom Wu criticised the regulator.",
			[]string{"Norvian National Road Traffic Safety Administration -fine-> Halvik Motors",
				"Tom Wu -criticise-> Norvian National Road Traffic Safety Administration"}, nil,
			"a long agency name, then the regulator"},
		{"Bank news\n\nThe Harbor Conduct Authority opened an inquiry into Velmora Bank. Senator Ann Lee urged the agency to act.",
			[]string{"Ann Lee -urge-> Harbor Conduct Authority"}, nil,
			"the agency after an Authority"},
		{"Trade news\n\nThe Halvik Trade Commission blocked the merger. Acme Corp attacked the watchdog in a statement.",
			[]string{"Acme Corp -attack-> Halvik Trade Commission"}, nil,
			"the watchdog after a Commission"},
	})
}
