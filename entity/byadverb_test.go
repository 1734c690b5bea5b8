package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPassiveAdverbBy checks a passive whose participle and "by" an
// adverb parts. The sentences are written for this test.
func TestPassiveAdverbBy(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu was criticized sharply by Ann Lee on Monday.",
			[]string{"Ann Lee -criticize-> Tom Wu"}, []string{"Tom Wu -criticize_by-> Ann Lee"},
			"an -ly adverb between the participle and \"by\": the by-phrase is the agent"},
		{"Norway, which is recognized only by Sweden, signed the treaty.",
			[]string{"Sweden -recognize-> Norway"}, []string{"Norway -recognize_by-> Sweden"},
			"\"only\" between the participle and \"by\""},
	})
}
