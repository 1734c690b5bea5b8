package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestAdjunctAuthor covers a participle of speech after a message and the
// phrase that says where or when it was made, on invented stories: the
// author of the message speaks, not the site or the day.
func TestAdjunctAuthor(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Foreign Minister Tom Wu posted a message on Twitter blaming Velmora for the attacks.",
			[]string{"Tom Wu -blame-> Velmora"}, []string{"Twitter -blame-> Velmora"},
			"a message on a site: its author blames"},
		{"Tom Wu posted a statement on Facebook criticising Norway. Ann Lee released a statement on Monday accusing Halvik Motors of fraud.",
			[]string{"Tom Wu -criticise-> Norway", "Ann Lee -accuse-> Halvik Motors"}, []string{"Facebook -criticise-> Norway"},
			"and a statement on a site or on a day"},
		{"Tom Wu read a statement on Twitter urging Norway to act.",
			nil, []string{"Tom Wu -urge-> Norway"},
			"reading a message makes no author"},
	})
}

// TestGerundOfNounPhraseRelation checks that a relation read inside a noun
// phrase lends no subject to a gerund of the sentence's verb, on
// documents written for this test.
func TestGerundOfNounPhraseRelation(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ex-minister jailed\n\nA court in Velbar on Monday sentenced Tom Wu to 20 years in prison for taking bribes from Halvik Motors.",
			[]string{"Tom Wu -take_from-> Halvik Motors"}, []string{"Velbar -take_from-> Halvik Motors"},
			"the court's place takes no bribes"},
	})
}
