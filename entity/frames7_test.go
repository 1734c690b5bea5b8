package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFrames7 checks the verb frames of frames7 on sentences written for
// this test.
func TestFrames7(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee condemned Norway, which Tom Wu had betrayed to Turkey. Ola Berg met Kari Dahl, whom Sweden had sent to Denmark.",
			[]string{"Tom Wu -betray-> Norway", "Sweden -send-> Kari Dahl"}, []string{"Tom Wu -betray_to-> Turkey", "Sweden -send_to-> Denmark"},
			"the pronoun of which or whom is the object of the verb even when a preposition's phrase follows the verb"},
		{"Ann Lee criticised the treaty, which Norway agreed to with Sweden. Ola Berg praised Finland, which Per Lund belongs to.",
			nil, []string{"Norway -agree-> treaty", "Norway -agree_to-> treaty"},
			"a verb followed by two prepositions keeps its reading"},
	})
}
