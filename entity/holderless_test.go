package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHolderlessOffices checks that an office no name ever holds in the
// document makes no fact, and that one its holder is named in does.
func TestHolderlessOffices(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway expelled the Libyan ambassador to Norway over the deal.",
			nil, []string{"Norway -expel-> Ambassador of Libya"},
			"an unnamed ambassador"},
		{"In 2008 Ann Lee became the first female US Senator from Ohio.",
			nil, []string{"Senator of United States -from-> Ohio"},
			"an office the sentence's subject takes"},
		{"Norway expelled Libyan Ambassador Tom Wu over the deal.",
			[]string{"Norway -expel-> Tom Wu"}, nil,
			"a named ambassador stays"},
	})
}
