package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/corefeval"
)

// TestAddProns checks the count of pronouns in named chains on corefDoc
// (its "He" is Michael Howard) for kg's chains that link the pronoun,
// link it to Tony Blair, or leave it out, and the cause given for each
// one not linked.
func TestAddProns(t *testing.T) {
	doc, err := conllu.Read(strings.NewReader(corefDoc))
	if err != nil {
		t.Fatal(err)
	}
	g := func(sent, start, end int) goldMention { return goldMention{sent: sent, start: start, end: end} }
	key := keyChains(doc)
	tests := []struct {
		name     string
		response []corefeval.Entity[goldMention]
		want     string
		why      string
	}{
		{"linked", []corefeval.Entity[goldMention]{{g(0, 1, 2), g(1, 1, 1)}, {g(0, 4, 5), g(1, 3, 3)}},
			"pronouns in named chains: he 1 (linked 1 wrong 0 alone 0 missed 0); linked 1 of 1 (1.000)\n" +
				"pronouns not linked, by cause: wrong (); alone (); missed ()",
			"He is in the chain of Michael Howard"},
		{"wrong", []corefeval.Entity[goldMention]{{g(0, 1, 2)}, {g(0, 4, 5), g(1, 1, 1), g(1, 3, 3)}},
			"pronouns in named chains: he 1 (linked 0 wrong 1 alone 0 missed 0); linked 0 of 1 (0.000)\n" +
				"pronouns not linked, by cause: wrong (nearer 1); alone (); missed ()",
			"He is in the chain of Tony Blair, named after Michael Howard"},
		{"missed", []corefeval.Entity[goldMention]{{g(0, 1, 2)}, {g(0, 4, 5), g(1, 3, 3)}},
			"pronouns in named chains: he 1 (linked 0 wrong 0 alone 0 missed 1); linked 0 of 1 (0.000)\n" +
				"pronouns not linked, by cause: wrong (); alone (); missed (other 1)",
			"He is in no chain, a sentence after Michael Howard"},
		{"unfound", []corefeval.Entity[goldMention]{{g(0, 4, 5), g(1, 3, 3)}},
			"pronouns in named chains: he 1 (linked 0 wrong 0 alone 0 missed 1); linked 0 of 1 (0.000)\n" +
				"pronouns not linked, by cause: wrong (); alone (); missed (unfound 1)",
			"kg has no chain of Michael Howard"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sc pronScores
			var b strings.Builder
			if err := addProns(&sc, &b, doc, key, tc.response); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, sc.String()); diff != "" {
				t.Errorf("pronScores mismatch (-want +got):\n%s\n(%s)", diff, tc.why)
			}
			if n := strings.Count(b.String(), "\n"); tc.name == "linked" && n != 0 || tc.name != "linked" && n != 1 {
				t.Errorf("addProns listed %q, want one line for a pronoun not linked", b.String())
			}
		})
	}
}
