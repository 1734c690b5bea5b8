package entity

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestTitleLeadWords checks the words before a title that name no one: a
// word of time or standing before a portfolio or a party ("New Revenue
// Minister", "Opposition Conservative leader") and the field of a chief's
// title after a sentence's "The" ("The Chief Executive Officer, Ann Lee").
func TestTitleLeadWords(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"New Revenue Minister Jola Brenn spoke.", []string{"Person Jola Brenn"}, []string{"New Revenue", "Revenue"},
			"a time word before a portfolio and 'Minister' opens no name"},
		{"Opposition Conservative leader Marko Tellin criticised the plan.", []string{"Person Marko Tellin"},
			[]string{"Opposition Conservative", "Opposition"}, "a standing word before a party and 'leader' opens no name"},
		{"Former Velmor chief Dara Kvist spoke.", []string{"Person Dara Kvist"}, []string{"Former Velmor"},
			"'Former' before a body's name and a title"},
		{"The Chief Executive Officer, Rano Vell disclosed the price.", []string{"Person Rano Vell"}, []string{"Executive", "Chief Executive"},
			"'Chief' read as a capitalised word: the field between it and 'Officer' is no one"},
		{"Yesterday the Chief Operating Officer, Rano Vell, disclosed the price.", []string{"Person Rano Vell"}, []string{"Operating"},
			"the same inside a sentence"},
		{"New Halden Mayor Tom Wu said the roads were closed.", []string{"GPE New Halden", "Person Tom Wu"}, []string{"Halden"},
			"before a town's head 'New' may open the town's name"},
		{"Zentrix founder Jola Brenn spoke. Zentrix is based in Halden.", []string{"Person Jola Brenn"}, nil,
			"a body's name before a title stays"},
	}
	a, r := newTest(t, Options{})
	for _, tc := range tests {
		ents, _ := r.Resolve(a.Split(tc.text), nil)
		var got, names []string
		for _, e := range ents {
			got = append(got, string(e.Type)+" "+e.Name)
			names = append(names, e.Name)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("Resolve(%q) entities = %q, want %q (%s)", tc.text, got, w, tc.why)
			}
		}
		for _, n := range tc.not {
			if i := slices.Index(names, n); i >= 0 && ents[i].Type != schema.Concept {
				t.Errorf("Resolve(%q) entities = %q, want no %q (%s)", tc.text, got, n, tc.why)
			}
		}
	}
}
