package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSubnationalTitle checks that an office's title written with a word
// of a region's or a town's office is not taken for the office of the
// state a report is about, on reports written for this test.
func TestSubnationalTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const storm = "A storm hit Norway on Monday. Norway closed its ports.\n\n"
	runEdgeCases(t, a, x, r, []edgeCase{
		{storm + "\"It will worsen,\" said Tom Wu, the regional president, as the storm reached the coast.",
			nil, []string{"Tom Wu -lead-> Norway"},
			"a regional president heads a region, not the state"},
		{storm + "Local president Ann Lee said roads were closed.",
			nil, []string{"Ann Lee -lead-> Norway"},
			"a local office written before the name"},
		{storm + "\"It will worsen,\" said Tom Wu, the president, as the storm reached the coast.",
			[]string{"Tom Wu -lead-> Norway"}, nil,
			"a president with no such word heads the state the report is about"},
	})
}
