package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestUnclosedApposition covers a name in apposition after a description
// whose closing comma the writer left out before the place or time
// phrases that end the sentence: the name is still the verb's object.
func TestUnclosedApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee met the Danish prime minister, Per Lund in Copenhagen.",
			[]string{"Ann Lee -meet-> Per Lund"}, []string{"Ann Lee -meet-> Denmark"},
			"a place phrase ends the sentence after the name"},
		{"The Russian airstrike wounded Norwegian colonel, Tom Wu at a hotel in Bergen on Monday.",
			[]string{"Russia -wound-> Tom Wu"}, nil,
			"place and time phrases after a bare title and the name"},
		{"Ann Lee hired a local lawyer, Tom Wu in Oslo, and Per Lund.",
			nil, []string{"Ann Lee -hire-> Tom Wu"},
			"a list going on after the phrase is no apposition"},
	})
}

// TestAmountBound covers a word that bounds an amount ("over $2
// million"): it is no particle of the verb, and the actor after the
// verb's preposition still takes the act.
func TestAmountBound(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu owed over $40,000 to Halvik Holdings.",
			[]string{"Tom Wu -owe_to-> Halvik Holdings"}, []string{"Tom Wu -owe_over_to-> Halvik Holdings"},
			"over before a currency sign"},
		{"Ann Lee donated nearly $900 to the Green Party in May.",
			[]string{"Ann Lee -donate_to-> Green Party"}, nil,
			"nearly before a currency sign"},
		{"Norway sold over 40 rifles to Mali.",
			[]string{"Norway -sell_to-> Mali"}, []string{"Norway -sell_over_to-> Mali"},
			"over before a bare number"},
	})
}

// TestSelectionOf covers "selection" as an act whose possessor chose the
// actor after of.
func TestSelectionOf(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvik Holdings confirmed its selection of Tom Wu as chairman.",
			[]string{"Halvik Holdings -select-> Tom Wu"}, nil,
			"the possessor selected the actor"},
		{"Ann Lee criticised Norway's selection of Tom Wu.",
			[]string{"Norway -select-> Tom Wu"}, nil,
			"a named possessor"},
	})
}

// TestOfCompoundObject covers an object that is a compound noun on "of"
// ("a letter of intent"): the actor after the verb's preposition is the
// act's partner, as after "a contract".
func TestOfCompoundObject(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvik Holdings signed a letter of intent with Norway in May.",
			[]string{"Halvik Holdings -sign_with-> Norway"}, nil,
			"a document's compound noun"},
		{"Ann Lee signed a declaration of cooperation with Tom Wu.",
			[]string{"Ann Lee -sign_with-> Tom Wu"}, nil,
			"another one"},
		{"Ann Lee posted photos of herself with Tom Wu.",
			nil, []string{"Ann Lee -post_with-> Tom Wu"},
			"a plural noun and a reflexive: what the photos show"},
	})
}

// TestControlOf covers a verb that takes, keeps or gives up "control of"
// an actor: one relation on the actor, as take_control_of is.
func TestControlOf(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Sweden seized control of Halden in 1660.",
			[]string{"Sweden -seize_control_of-> Halden"}, nil,
			"the verb and control of read apart by the extractor"},
		{"Denmark regained control of Bergen.",
			[]string{"Denmark -regain_control_of-> Bergen"}, nil,
			"regained"},
		{"The Green Party lost control of Oslo City Council in May.",
			[]string{"Green Party -lose_control_of-> Oslo City Council"}, nil,
			"folded by the extractor as a light verb's noun"},
	})
}

// TestCollectivePeople covers "the British", "the French": a nationality
// after "the" and before the verb is the state's people, who act.
func TestCollectivePeople(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Dutch invaded Norway in 1908.",
			[]string{"Netherlands -invade-> Norway"}, nil,
			"the people act for the state"},
		{"The French have recognised Kosovo.",
			[]string{"France -recognise-> Kosovo"}, nil,
			"before an auxiliary"},
		{"The French navy attacked Tom Wu's boat.",
			nil, []string{"France -attack-> Tom Wu"},
			"the adjective of a noun stays an adjective"},
	})
}
