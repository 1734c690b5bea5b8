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

// TestRegionalHead checks that a president or premier whose title is
// written with "regional" or "provincial" heads the one region the
// sentence, or else the report, names, as a regional governor does, on
// reports written for this test.
func TestRegionalHead(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Floods hit Norway on Monday.\n\n\"It will worsen,\" said Tom Wu, the regional president, as the water reached Velmora Province.",
			[]string{"Tom Wu -lead-> Velmora Province"}, []string{"Tom Wu -lead-> Norway"},
			"an apposed regional president heads the region his sentence names"},
		{"Floods hit Velmora Province in Norway on Monday.\n\nProvincial Premier Ann Lee closed the schools.",
			[]string{"Ann Lee -lead-> Velmora Province"}, []string{"Ann Lee -lead-> Norway"},
			"a provincial premier heads the one region the report names"},
		{"Floods hit Velmora Province and Kalvo Province on Monday.\n\nTom Wu, the regional president, closed the schools.",
			nil, []string{"Tom Wu -lead-> Velmora Province", "Tom Wu -lead-> Kalvo Province"},
			"two regions named: no way to tell whose president he is"},
	})
}
