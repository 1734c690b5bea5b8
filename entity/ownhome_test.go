package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestOwnedHomes checks that a person's own home placed by "in" says where
// the person lives, whoever the clause's subject is.
func TestOwnedHomes(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Protesters gathered outside Tom Dalven's new home in Velbury on Monday.",
			[]string{"Tom Dalven -live_in-> Velbury"}, nil,
			"a named person's home, the object of another's act, places the person"},
		{"Ann Korrel was charged last week. Police found a rifle during a search of her family home in Marston.",
			[]string{"Ann Korrel -live_in-> Marston"}, nil,
			"a possessive pronoun's home places the person it takes up"},
		{"Protesters gathered outside Tom Dalven's former home in Velbury on Monday.",
			nil, []string{"Tom Dalven -live_in-> Velbury"},
			"a former home says nothing of where one lives now"},
		{"Singer Ann Korrel died on Monday at her home in Marston.",
			nil, []string{"Ann Korrel -live_in-> Marston"},
			"where one died at home, die_in says it"},
	})
}

// TestRestatedTownHeads checks that a town head's title restates, in its
// own sentence, the one town the person was earlier said to lead when no
// title path held the post.
func TestRestatedTownHeads(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Town row grows\n\nA row broke out between Velby Mayor Tom Dalven, and Ohio Governor, Ann Korrel. " +
		"\"I think the only thing left is to go,\" he said. However the Governor of Ohio, Ann Korrel, responded by asking Mayor Tom Dalven what he meant."
	_, facts := pipelineFacts(a, x, r, text)
	found := false
	for _, f := range facts {
		if f.Sentence == 3 && f.SubjectEntity == "Tom Dalven" && f.ObjectEntity == "Velby" && f.Lemma == "lead" {
			found = true
		}
	}
	if !found {
		t.Errorf("Resolve(%q): no Tom Dalven -lead-> Velby in the last sentence, where Mayor restates it", text)
	}
}
