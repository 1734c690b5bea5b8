package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNamedAs checks that an argument "a NOUN named NAME" is the named
// actor when the noun is a person's, a role's or a body's, on sentences
// written for this test.
func TestNamedAs(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Green Party spoke with a lawyer named Tom Wu. The Harbor Council hired a man called Ola Dahl.",
			[]string{"Green Party -speak_with-> Tom Wu", "Harbor Council -hire-> Ola Dahl"}, nil,
			"a person or role noun named by a name is that actor"},
		{"The Green Party bought a ship named Tom Wu.",
			nil, []string{"Green Party -buy-> Tom Wu"},
			"a thing named after a person is no actor"},
	})
}
