package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPlaceOfBody covers a pronoun after an organisation named with its
// place ("The Kestrel Museum in Bergen said it ..."): the place is part of
// the body's phrase, and the pronoun takes up the body
// ([placeOfBody]). A place that follows another noun stays an
// antecedent.
func TestPlaceOfBody(t *testing.T) {
	tests := []struct {
		name, text string
		chains     map[string][]string // the mentions of these chains, in order
		why        string
	}{
		{"in-place", "The Kestrel Museum in Bergen said it would close in May.",
			map[string][]string{"Kestrel Museum": {"Kestrel Museum", "it"}, "Bergen": {"Bergen"}},
			"\"in Bergen\" says where the museum is"},
		{"its-in-place", "Halvik Bank in Oslo said its chief executive, Tom Wu, had resigned.",
			map[string][]string{"Halvik Bank": {"Halvik Bank", "its"}, "Oslo": {"Oslo"}},
			"a possessive after the body's phrase"},
		{"state-after-town", "Calvary Church of Santa Ana, California grew after the resignation of its founding pastor.",
			map[string][]string{"Calvary Church of Santa Ana": {"Calvary Church of Santa Ana", "its"}, "California": {"California"}},
			"a state after the town that the body's name holds"},
		{"after-noun", "Halvik Bank opened an office in Bergen, and its mayor welcomed the bank.",
			map[string][]string{"Bergen": {"Bergen", "its"}},
			"the place of an office, not of the bank: its mayor is the town's"},
		{"person-in-place", "Ann Lee moved to Bergen in May and praised its schools.",
			map[string][]string{"Bergen": {"Bergen", "its"}},
			"no body before the place"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			all := chainWords(t, tc.text)
			got := map[string][]string{}
			for k := range tc.chains {
				got[k] = all[k]
			}
			if diff := cmp.Diff(tc.chains, got); diff != "" {
				t.Errorf("chains of %q mismatch (-want +got):\n%s\n(%s)", tc.text, diff, tc.why)
			}
		})
	}
}
