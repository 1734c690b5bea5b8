package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestOneOfNamed covers "one of the" several people, then the one's name
// in apposition, on invented stories: the act is with the person named.
func TestOneOfNamed(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Reuters spoke to one of the six candidates standing in the mayoral race, Tom Wu, who represents the Greens.",
			[]string{"Reuters -speak_to-> Tom Wu"}, nil,
			"past a participle's phrase"},
		{"Reuters interviewed one of the candidates, Ann Lee, on Monday. Police arrested one of the suspects named in the report, Joel Sand.",
			[]string{"Reuters -interview-> Ann Lee", "Police -arrest-> Joel Sand"}, nil,
			"right after the noun, and after a past participle's phrase"},
		{"One of the candidates, Ann Lee, criticised Tom Wu.",
			[]string{"Ann Lee -criticise-> Tom Wu"}, nil,
			"as the subject"},
	})
}
