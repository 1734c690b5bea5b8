package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestEventNounPhrase checks the phrase stored with a fact that an event
// noun after a light verb states: the noun and its preposition once, even
// where the extractor keeps them in the verb's relation already.
func TestEventNounPhrase(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, lemma, want string
	}{
		{"During his speech, Tom Wu took a veiled shot at Ann Lee for her votes.", "criticize", "took a veiled shot at"},
		{"Norway filed a lawsuit against Sweden on Monday.", "sue", "filed a lawsuit against"},
		{"Tom Wu expressed opposition to the Halvik Party.", "oppose", "expressed opposition to"},
		{"Norway had made threats against Sweden.", "threaten", "had made threats against"},
		{"Ann Lee issued a warning on Twitter to Halvik Motors.", "warn", "issued a warning to"},
	}
	for _, tt := range tests {
		_, facts := pipelineFacts(a, x, r, tt.text)
		var got []string
		for _, f := range facts {
			if f.Lemma == tt.lemma && f.ObjectEntity != "" {
				got = append(got, f.Relation)
			}
		}
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("Resolve(%q): %s phrases %q, want %q", tt.text, tt.lemma, got, tt.want)
		}
	}
}

func TestPhraseWith(t *testing.T) {
	tests := []struct {
		relation string
		tail     []string
		want     string
	}{
		{"took", []string{"aim", "at"}, "took aim at"},
		{"took a veiled shot at", []string{"shot", "at"}, "took a veiled shot at"},
		{"filed a lawsuit Against", []string{"lawsuit", "against"}, "filed a lawsuit against"},
		{"issued a warning on", []string{"warning", "to"}, "issued a warning to"},
		{"filed a lawsuit", []string{"lawsuit", "against"}, "filed a lawsuit against"},
		{"made a visit", []string{"visit", "to"}, "made a visit to"},
		{"won", []string{"support"}, "won support"},
		{"", []string{"visit", "to"}, " visit to"},
	}
	for _, tt := range tests {
		if got := phraseWith(tt.relation, tt.tail...); got != tt.want {
			t.Errorf("phraseWith(%q, %q) = %q, want %q", tt.relation, tt.tail, got, tt.want)
		}
	}
}

// TestEventNounOn checks that "on" after an event noun names the actor the
// act falls on only for acts that fall on someone ("an attack on"), not
// the site an act was posted on.
func TestEventNounOn(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu posted an event invitation on Facebook.", nil, []string{"Tom Wu -invite-> Facebook"},
			"an invitation posted on a site invites no one there"},
		{"Ann Lee issued a warning on Twitter to Halvik Motors.",
			[]string{"Ann Lee -warn-> Halvik Motors"}, []string{"Ann Lee -warn-> Twitter"},
			"the one warned follows to, past the site"},
		{"Norway launched an attack on Sweden.", []string{"Norway -attack-> Sweden"}, nil,
			"an attack on an actor falls on it"},
	})
}

// TestHeldEvent checks that what "was held in" a place is an event, no
// actor, when the recogniser typed it a body or the text sets it in
// quotes, while people held in a place stay detained there.
func TestHeldEvent(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`On Sunday, "Kessel Stock" was held in Oslo. In 2017, the Halvik Rapid and Blitz Championship was held in Bergen.`,
			nil, []string{"Kessel Stock -hold_in-> Oslo", "Halvik Rapid -hold_in-> Bergen"},
			"a festival or a championship held in a town is an event"},
		{"Tom Wu was held in Minsk. Halvik Holdings held a meeting in Oslo.",
			[]string{"Tom Wu -hold_in-> Minsk", "Halvik Holdings -hold-> in Oslo"}, nil,
			"a person held in a town is detained there; a body that holds a meeting is its host"},
	})
}
