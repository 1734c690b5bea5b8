package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestQuotedTakeUp covers a plural pronoun that a speaker's quoted
// sentences carry on past the window of three sentences, on invented
// stories.
func TestQuotedTakeUp(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Talks end\n\nTom Wu said he had spoken to the Swedes. \"I put no pressure on them,\" he told the press. \"I could have. I think it would have been fine. But I didn't. I never threatened them.\"",
			[]string{"Tom Wu -not_pressure-> Swedes", "Tom Wu -not_threaten-> Swedes"}, nil,
			"an earlier quoted 'them' of the same speech, with quoted sentences only between"},
		{"Talks end\n\nTom Wu said he had spoken to the Swedes. \"I put no pressure on them,\" he told the press. \"The Danes were angry. I could have. I think it would have been fine. But I didn't. I never threatened them.\"",
			nil, []string{"Tom Wu -not_threaten-> Swedes"},
			"another fitting actor named since the earlier 'them'"},
		{"Talks end\n\nTom Wu said he had spoken to the Swedes. He put no pressure on them. He could have. He thinks it would have been fine. But he didn't. He never threatened them.",
			nil, []string{"Tom Wu -not_threaten-> Swedes"},
			"no quotation: the window of three sentences only"},
	})
}
