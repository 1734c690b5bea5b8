package entity

import "testing"

// TestLearnedKinds covers a noun that GUM's annotation gives
// organisations ([learnedDescs]) before an organisation's name, which a
// later "the" and the noun take up, on invented stories.
func TestLearnedKinds(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Sport news\n\nOn Monday, the league Halvik Union sued Tom Wu.\n\nThe league accused Wu of fraud.",
			[]string{"Halvik Union -accuse-> Tom Wu"}, nil,
			"the league after the league Halvik Union"},
		{"Book news\n\nOn Monday, the publisher Halvik Press sued Tom Wu.\n\nThe publisher accused Wu of fraud.",
			[]string{"Halvik Press -accuse-> Tom Wu"}, nil,
			"the publisher after the publisher Halvik Press"},
	})
}

// TestLearnedDescsTable checks a few nouns of the generated table
// (descclass.go) against the class GUM gives them.
func TestLearnedDescsTable(t *testing.T) {
	for w, want := range map[string]descClass{"airline": descOrg, "minister": descPerson, "province": descPlace, "government": descOrg} {
		if got := learnedDescs[w].class; got != want {
			t.Errorf("learnedDescs[%q].class = %d, want %d", w, got, want)
		}
	}
	for _, w := range []string{"state", "group", "thing"} {
		if l, ok := learnedDescs[w]; ok {
			t.Errorf("learnedDescs[%q] = %v, want none (no class holds three quarters of its mentions)", w, l)
		}
	}
}
