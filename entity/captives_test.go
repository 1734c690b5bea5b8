package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCaptiveGroups covers the people a kidnapping or a release names by
// their nationality and a noun for hostages, crews or fishermen: a group
// named by nationality, as "Norwegian sailors" is. On sentences written
// for this test.
func TestCaptiveGroups(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Harbor Militia freed ten Indonesian crewmen on Monday.",
			[]string{"Harbor Militia -free-> Indonesian crewmen"}, nil, "\"Indonesian crewmen\""},
		{"The Harbor Militia released two Swedish fishermen and three Danish nationals on Monday.",
			[]string{"Harbor Militia -release-> Swedish fishermen", "Harbor Militia -release-> Danish nationals"}, nil,
			"\"Swedish fishermen\" and \"Danish nationals\" in a list"},
		{"The Lund Front kidnapped four Norwegian hostages in March.",
			[]string{"Lund Front -kidnap-> Norwegian hostages"}, nil, "\"Norwegian hostages\""},
	})
}
