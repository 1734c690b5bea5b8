package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestWikinewsActor covers Wikinews as a news site that interviews and is
// told things, as a newspaper is, on invented stories.
func TestWikinewsActor(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Wikinews interviews Tom Wu, Green candidate for Tarn by-election\n\nTom Wu is running for the Greens in Tarn. Ann Lee told Wikinews she would vote for him.",
			[]string{"Wikinews -interview-> Tom Wu", "Ann Lee -tell-> Wikinews"}, nil,
			"the site interviews and is told"},
		{"Wikinews spoke with Rita Holm, a professor at Halvik University, on Monday.",
			[]string{"Wikinews -speak_with-> Rita Holm"}, nil,
			"the site speaks with someone"},
	})
}
