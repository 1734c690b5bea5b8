package extract_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/internal/golden"
	"github.com/kg-project/kg/schema"
)

// TestAmountsGolden runs the extractor on testdata/amounts/sentences.txt
// and compares, for each extraction whose object states an amount, the
// object and its quantities with sentences.golden. Run with -update to
// rewrite the golden file.
func TestAmountsGolden(t *testing.T) {
	a, x := setup(t)
	dir := filepath.Join("testdata", "amounts")
	var b strings.Builder
	for _, line := range readLines(t, filepath.Join(dir, "sentences.txt")) {
		b.WriteString(line + "\n")
		for _, e := range x.Sentence(a.Tag(line)) {
			if len(e.Quantities) == 0 {
				continue
			}
			fmt.Fprintf(&b, "\t(%s; %s; %s)\n", e.Subject.Text, e.Relation, e.Object.Text)
			for _, q := range e.Quantities {
				fmt.Fprintf(&b, "\t\t%s  %q\n", q, q.Text)
			}
		}
	}
	golden.Check(t, filepath.Join(dir, "sentences.golden"), []byte(b.String()))
}

// TestQuantities checks one amount construction per case.
func TestQuantities(t *testing.T) {
	tests := []struct {
		name, text string
		want       []schema.Quantity
		why        string
	}{
		{
			name: "qualified count",
			text: "approximately 3,000 North Korean soldiers",
			want: []schema.Quantity{{Amount: 3000, Unit: "soldiers", Qualifier: "approximately", Text: "approximately 3,000 North Korean soldiers"}},
			why:  "the unit is the last word of the noun phrase, the comma groups thousands",
		},
		{
			name: "number word",
			text: "two battalions of special forces",
			want: []schema.Quantity{{Amount: 2, Unit: "battalions", Text: "two battalions"}},
			why:  `"of" ends the unit's noun phrase`,
		},
		{
			name: "money with suffix",
			text: "$2bn in aid",
			want: []schema.Quantity{{Amount: 2e9, Unit: "USD", Text: "$2bn"}},
			why:  "a currency sign names the unit; bn multiplies",
		},
		{
			name: "percentage",
			text: "up to 40% of the budget",
			want: []schema.Quantity{{Amount: 40, Unit: "%", Qualifier: "up to", Text: "up to 40%"}},
			why:  "a two-word qualifier and a percent sign",
		},
		{
			name: "currency word and multiplier",
			text: "about 2 billion euros a year",
			want: []schema.Quantity{{Amount: 2e9, Unit: "EUR", Qualifier: "approximately", Text: "about 2 billion euros"}},
			why:  `"about" is approximately; the currency follows the multiplier`,
		},
		{
			name: "hyphenated number word",
			text: "nearly twenty-five tanks",
			want: []schema.Quantity{{Amount: 25, Unit: "tanks", Qualifier: "nearly", Text: "nearly twenty-five tanks"}},
			why:  "tens and ones joined by a hyphen",
		},
		{
			name: "not amounts",
			text: "thousands of troops in 2022 on March 3, one of its generals and a two-week exercise",
			want: nil,
			why:  "vague amounts, years, days of a month, one of and adjectives are not amounts",
		},
		{
			name: "stops at punctuation",
			text: "12 companies, including Uralsk Metals",
			want: []schema.Quantity{{Amount: 12, Unit: "companies", Text: "12 companies"}},
			why:  "a comma ends the unit's noun phrase",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract.Quantities(tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Quantities(%q) mismatch (-want +got):\n%s\nwhy: %s", tt.text, diff, tt.why)
			}
		})
	}
}
