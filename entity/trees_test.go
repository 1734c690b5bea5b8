package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTreeFacts checks the facts read off the dependency parse between
// actors that the chunk rules leave unlinked ([docState.treeFacts]), and
// the guards that keep questions, conditions, intentions, possessors,
// platforms and the parser's misreadings out, and the roles read through
// a noun ([docState.treeRole]), with the relation the role noun gives in
// the apposition rules. Each wanted edge is one the chunk rules alone do
// not store.
func TestTreeFacts(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	const long = "Tom Wu, a retired judge, novelist, farmer, and now a candidate for the Lund Party's nomination, "
	runEdgeCases(t, a, x, r, []edgeCase{
		{long + "spoke with Wikinews about his campaign.",
			[]string{"Tom Wu -speak_with-> Wikinews"}, nil,
			"a with-phrase names whom the act is shared with, after a long apposition"},
		{"According to the filing, Halvik voluntarily disclosed this matter to the Norwegian Environment Agency on February 18.",
			[]string{"Halvik -disclose_to-> Norwegian Environment Agency"}, nil,
			"a to-phrase after the object names the act's recipient"},
		{"According to the filing, Halvik did not disclose this matter to the Norwegian Environment Agency until February 18.",
			[]string{"Halvik -not_disclose_to-> Norwegian Environment Agency"}, []string{"Halvik -disclose_to-> Norwegian Environment Agency"},
			"a negated act is not_LEMMA"},
		{"Did Halvik, according to the filing, disclose this matter to the Norwegian Environment Agency on February 18?",
			nil, []string{"Halvik -disclose_to-> Norwegian Environment Agency"},
			"a question states no act"},
		{"If Halvik, according to the filing, disclosed this matter to the Norwegian Environment Agency on February 18, Tom Wu will resign.",
			nil, []string{"Halvik -disclose_to-> Norwegian Environment Agency"},
			"a condition states no act"},
		{"According to the filing, Halvik would disclose this matter to the Norwegian Environment Agency on February 18.",
			nil, []string{"Halvik -disclose_to-> Norwegian Environment Agency"},
			"a modal makes the act a possibility only"},
		{"According to the filing, Halvik plans to disclose this matter to the Norwegian Environment Agency on February 18.",
			nil, []string{"Halvik -disclose_to-> Norwegian Environment Agency", "Halvik -plan_to_disclose_to-> Norwegian Environment Agency"},
			"an intention is not carried out"},
		{"According to the filing, Tom Wu's lawyer disclosed this matter to the Norwegian Environment Agency on February 18.",
			nil, []string{"Tom Wu -disclose_to-> Norwegian Environment Agency"},
			"a possessor is no party to its noun's act"},
		{"According to the Norwegian Police Service, Tom Wu was arrested by Swedish police on Monday.",
			[]string{"Swedish police -arrest-> Tom Wu"}, []string{"Swedish police -arrest-> Norwegian Police Service"},
			"a noun after a preposition is no subject, though the parser may take it for one"},
		{"Tom Wu, lead guitarist of British rock band Velmora Brothers, died on Tuesday.",
			[]string{"Tom Wu -member_of-> Velmora Brothers"}, nil,
			"a band's musician, past the band's description"},
		{"Ann Lee is a professor emeritus at Velmora University in Oslo.",
			[]string{"Ann Lee -work_for-> Velmora University"}, nil,
			"a copula's predicate with words after its noun"},
		{"Ann Lee was a professor of chemistry at Velmora University for a decade.",
			[]string{"Ann Lee -work_for-> Velmora University"}, nil,
			"the at-phrase after the noun's own of-phrase"},
		{"Tom Wu is a delegate to the Norvik Parliament. Ann Lee is a delegate to Sweden.",
			[]string{"Tom Wu -member_of-> Norvik Parliament"}, []string{"Ann Lee -member_of-> Sweden"},
			"a delegate's to-phrase names the body the delegate sits in, no state"},
		{"According to the Lund mayor, Ann Lee, the bridge was closed.",
			[]string{"Ann Lee -lead-> Lund"}, nil,
			"a town before its mayor's noun, the name after a comma"},
		{"According to Tom Wu, a Lund lawyer, the bridge was closed.",
			nil, []string{"Tom Wu -work_for-> Lund"},
			"a trade named after a town says where its holder works, not for whom"},
		{"Ann Lee is not a professor at Velmora University.",
			nil, []string{"Ann Lee -work_for-> Velmora University"},
			"a negated predicate states no role"},
		{"Tom Wu hopes to become a professor at Velmora University.",
			nil, []string{"Tom Wu -work_for-> Velmora University"},
			"an office hoped for is not held"},
		{"Podcaster Tom Wu, originally the running mate of Ann Lee, was picked as the nominee.",
			[]string{"Tom Wu -running_mate_of-> Ann Lee"}, nil,
			"a running mate's apposition past a description of the holder"},
		{"Tom Wu was the son of Ann Lee.",
			[]string{"Tom Wu -son_of-> Ann Lee"}, []string{"Ann Lee -parent_of-> Tom Wu"},
			"a kin noun as a copula's predicate gives the subject's relation to the one it is of, as the apposition does (kinOfName reads it before the tree)"},
		{"Tom Wu spoke to Ann Lee on Monday. He is her nephew.",
			nil, []string{"Tom Wu -relative_of-> Ann Lee", "Ann Lee -relative_of-> Tom Wu"},
			"a kinship between two pronouns rests on two guesses"},
	})
}

// TestTreeFactConfidence checks that a fact read off the parse keeps the
// reader's confidence, by which users tell it from the rules' facts.
func TestTreeFactConfidence(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	const text = "According to the filing, Halvik voluntarily disclosed this matter to the Norwegian Environment Agency on February 18."
	_, facts := pipelineFacts(a, x, r, text)
	found := false
	for _, f := range facts {
		if f.Lemma == "disclose_to" && f.ObjectEntity == "Norwegian Environment Agency" {
			found = true
			if f.Confidence != extract.LinkConfidence {
				t.Errorf("Resolve(%q): disclose_to has confidence %v, want %v", text, f.Confidence, extract.LinkConfidence)
			}
		}
	}
	if !found {
		t.Errorf("Resolve(%q) stored no disclose_to fact", text)
	}
}
