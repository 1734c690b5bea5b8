package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFightersOfBody covers an armed body's fighters named by a plural
// noun and "from" or "of" the body: they act for it, as "the Harbor
// Militia fighters" do; from a state they only come from there. On
// sentences written for this test.
func TestFightersOfBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Fighters from the Harbor Militia attacked Kenyan troops near Lamu on Monday.",
			[]string{"Harbor Militia -attack-> Kenyan troops"}, nil, "\"fighters from\" an armed group"},
		{"Gunmen of the Harbor Militia kidnapped four Kenyan nationals.",
			[]string{"Harbor Militia -kidnap-> Kenyan nationals"}, nil, "\"gunmen of\" an armed group"},
		{"Rebels from Somalia attacked Kenyan troops near Lamu on Monday.",
			nil, []string{"Somalia -attack-> Kenyan troops"}, "rebels from a state only come from there"},
	})
}
