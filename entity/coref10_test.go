package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// chainWords returns the words of every mention of each chain of the
// document, by the chain's name.
func chainWords(t *testing.T, text string) map[string][]string {
	t.Helper()
	a, r := newTest(t, Options{})
	sents := a.Split(text)
	got := map[string][]string{}
	for _, c := range r.Chains(sents) {
		for _, m := range c.Mentions {
			var w []string
			for _, tok := range sents[m.Sentence].Tokens[m.Start:m.End] {
				w = append(w, tok.Text)
			}
			got[c.Name] = append(got[c.Name], strings.Join(w, " "))
		}
	}
	return got
}

// TestChainsCoref10 covers the coref10 rules on documents of our own: a
// salutation's list of titled names, "the island of X", "the island"
// after a place named as one, a capitalised "the Nation", parts of
// places, and kin phrases before the name. Pronouns are left out of the
// mentions compared.
func TestChainsCoref10(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string][]string
		why        string
	}{
		{"salutation",
			"Senator Ola Berg, Governor Tom Wu, Reverend Per Lund, Speaker Ann Lee, and my fellow citizens: Today we begin anew. Ann Lee smiled.",
			map[string][]string{"Ola Berg": {"Senator Ola Berg"}, "Tom Wu": {"Tom Wu"}, "Ann Lee": {"Ann Lee", "Ann Lee"}},
			"a capitalised list before a final colon is a speech's salutation, not a headline read for gazetteer names only"},
		{"kind-of",
			"Ann Lee grew up on the island of Busuanga. She later moved to the city of Bergen.",
			map[string][]string{"Busuanga": {"the island of Busuanga"}, "Bergen": {"the city of Bergen"}},
			"\"the island of X\" is one mention of the place, headed by its kind"},
		{"island-named",
			"Coron is a town on Busuanga Island. Tourists love Coron. Coron has many hotels. The island has two towns.",
			map[string][]string{"Coron": {"Coron", "a town", "Coron", "Coron"}, "Busuanga Island": {"Busuanga Island", "The island"}},
			"\"the island\" is the place named an island, not the town mentioned most"},
		{"city-topic",
			"Tulsa is a city in Oklahoma. Tulsa has a large park. Many visitors to Tulsa come from Oklahoma City. The city has fine museums.",
			map[string][]string{"Tulsa": {"Tulsa", "a city", "Tulsa", "Tulsa", "The city"}, "Oklahoma City": {"Oklahoma City"}},
			"a town's name ending in City names no kind: \"the city\" stays the guide's topic"},
		{"capital-nation",
			"Tom Wu addressed Congress about the United States. The Nation will endure, he said. This Nation is great. The Nation Magazine disagreed.",
			map[string][]string{"United States": {"United States", "The Nation", "This Nation"}},
			"a speech's capitalised \"the Nation\" is its state, as \"the nation\" is; with a name after it, it is a name"},
		{"place-parts",
			"Ann Lee lives in Russia. Floods hit southern Russia and mainland Norway. Russia sent troops to southern Russia. Norway helped.",
			map[string][]string{"Russia": {"Russia", "Russia"}, "southern Russia": {"southern Russia", "southern Russia"},
				"mainland Norway": {"mainland Norway"}, "Norway": {"Norway"}},
			"a part of a place (\"southern Russia\", \"mainland Norway\") is a chain of its own"},
		{"numbered-parts",
			"Ann Lee may waive any Title IV provision. See Tab 3 of the brief. Case 22-506 was argued by Tom Wu. Factor 1 explained most of it. King Louis XV ruled France.",
			map[string][]string{"Title IV": nil, "See Tab": nil, "Case": nil, "Factor": nil, "Louis XV": {"Louis XV"}, "Ann Lee": {"Ann Lee"}, "Tom Wu": {"Tom Wu"}},
			"a capitalised noun of a part of a text, law, case or study with a number is a label, no actor; a king's number is his"},
		{"comma-suffixes",
			"The case against Mark Tedeschi, QC, was heard. Halvik Holdings, Inc., sued Tom Wu, Jr., a lawyer.",
			map[string][]string{"Mark Tedeschi": {"Mark Tedeschi , QC"}, "Halvik Holdings": {"Halvik Holdings , Inc."},
				"Tom Wu Jr": {"Tom Wu , Jr.", "a lawyer"}, "QC": nil, "Inc.": nil, "Inc": nil},
			"an honour after a person's name and a company's suffix after a body's are part of the mention, no actor of their own"},
		{"kin-ahead",
			"Daniel Berg was a Norwegian chemist. Berg had a bad relationship with his father. His father, Johann, was a banker, and his mother, Anna, was a nurse. To please his mother, Berg studied law.",
			map[string][]string{"Daniel Berg": {"Daniel Berg", "a Norwegian chemist", "Berg", "Berg"},
				"Johann": {"his father", "His father", "Johann", "a banker"}, "Anna": {"his mother", "Anna", "a nurse", "his mother"}},
			"a possessive kin phrase is the person the document names after it once, before the name too; a given name alone in apposition after it is that person, not a name opening the main clause"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := chainWords(t, tt.text)
			for name, ws := range got {
				got[name] = slices.DeleteFunc(ws, func(w string) bool { return pronouns[strings.ToLower(w)] })
			}
			for name, w := range tt.want {
				if diff := cmp.Diff(w, got[name]); diff != "" {
					t.Errorf("mentions of %s mismatch (-want +got) (%s):\n%s", name, tt.why, diff)
				}
			}
		})
	}
}

// TestChainsItOfPlace checks the "it" of a place: an It that opens a
// sentence after the place named as its subject past an opening phrase,
// and an it that a subordinator opens in the clause of a place's subject.
func TestChainsItOfPlace(t *testing.T) {
	got := chainWords(t, "In the past, Bergen was a poor fishing village. It remains small. "+
		"Oslo grew quickly when it became a port. Ann Lee bought a boat because it was cheap.")
	want := map[string][]string{
		"Bergen":  {"Bergen", "a poor fishing village", "It"},
		"Oslo":    {"Oslo", "it", "a port"},
		"Ann Lee": {"Ann Lee"}, // after a person, it is a thing
	}
	for name, w := range want {
		if diff := cmp.Diff(w, got[name]); diff != "" {
			t.Errorf("mentions of %s mismatch (-want +got):\n%s", name, diff)
		}
	}
}
