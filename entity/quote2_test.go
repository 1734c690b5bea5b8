package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCommaOutsideQuote covers attributions whose comma follows the
// closing quotation mark ('"...", wrote Ann Lee'), as British and
// Wikinews style puts it.
func TestCommaOutsideQuote(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"\"Thank you, Per Lund, for your hard work\", wrote Ann Lee. \"Shame on Halvik Holdings\", tweeted Ola Berg.",
			[]string{"Ann Lee -thank-> Per Lund", "Ola Berg -criticize-> Halvik Holdings"}, nil,
			"the name after a reporting verb and a quotation closed before its comma is the writer, no work"},
		{"\"Thank you Per Lund\", Ann Lee wrote. \"Well done, Halvik Holdings,\" tweeted Ola Berg. Tom Wu warned Norway: \"We are ready.\"",
			[]string{"Ann Lee -thank-> Per Lund", "Ola Berg -praise-> Halvik Holdings", "Tom Wu -warn-> Norway"},
			[]string{"Ann Lee -write-> Per Lund", "Ola Berg -tweet-> Halvik Holdings"},
			"the quotation written or tweeted is no actor, whoever it names; one warned before it is"},
	})
}
