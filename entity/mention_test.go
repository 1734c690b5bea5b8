package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/schema"
)

func TestRecognize(t *testing.T) {
	tests := []struct {
		text string
		want []string // "Type Name" of each entity, in order of first mention
		why  string
	}{
		{"Zelensky said the talks had failed.", []string{"Person Zelensky"},
			"a lone unknown name before a reporting verb is a person"},
		{"Fighting continued in Pokrovsk on Tuesday.", []string{"GPE Pokrovsk"},
			"a lone unknown name after a place preposition is a place; days are literals"},
		{"The Ministry of Defence said Acme Defense Corp. had delivered the drones.",
			[]string{"Organization Ministry of Defence", "Organization Acme Defense Corp"},
			"Ministry of X and Corp names are organisations; the final stop is not part of the name"},
		{"North Korea's elite forces joined the Korean People's Army units.",
			[]string{"GPE North Korea", "Group North Korean troops", "Organization Korean People's Army"},
			"a possessive country before a group noun makes the group; a name with 's inside is kept whole"},
		{"General Kim Jong Bok met Colonel Ri in Pyongyang.",
			[]string{"Person Kim Jong Bok", "Person Ri", "GPE Pyongyang"},
			"title + name is a person, even a one-word name"},
		{"Japanese news agency Kyodo and the Reuters news agency reported it.",
			[]string{"GPE Japan", "Organization Kyodo", "Organization Reuters"},
			"news agencies are organisations, not persons"},
		{"The UN said Un Jong was released.", []string{"Organization United Nations", "Person Un Jong"},
			"acronyms match only in capitals"},
		{"Recent reports indicate that Western allies agreed.", nil,
			"capitalised common words are not names"},
		{"A New Moscow-Pyongyang Axis?", nil, "hyphenated known names do not make a new name"},
		{"Ukrainian President Volodymyr Zelensky visited Ukraine's Prosecutor General.",
			[]string{"GPE Ukraine", "Person Volodymyr Zelensky", "Person Prosecutor General of Ukraine"},
			"an office named without a holder becomes a person node named after the office"},
	}
	a, r := newTest(t, Options{})
	for _, tc := range tests {
		ents, _ := r.Resolve(a.Split(tc.text), nil)
		var got []string
		for _, e := range ents {
			if e.Type != schema.Concept {
				got = append(got, string(e.Type)+" "+e.Name)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Resolve(%q) entities mismatch (-want +got) (%s):\n%s", tc.text, tc.why, diff)
		}
	}
}
