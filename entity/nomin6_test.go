package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPoliceActNoun covers a police force, or a name, before an act noun
// and the noun's preposition, who did the act, on invented stories.
func TestPoliceActNoun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Riots broke out in Bergen on Friday. Shops in Bergen closed. The riots followed the police shooting of Joel Sand.",
			[]string{"Bergen Police -shoot-> Joel Sand"}, nil,
			"the home town's police before shooting of"},
		{"Shops in Bergen closed. Bergen was quiet. Crowds gathered after the police killing of Mira Holt.",
			[]string{"Bergen Police -kill-> Mira Holt"}, nil,
			"the home town's police before killing of"},
		{"Crowds gathered after the Oslo police shooting of Joel Sand and Mira Holt.",
			[]string{"Oslo Police -shoot-> Joel Sand", "Oslo Police -shoot-> Mira Holt"},
			[]string{"Oslo Police -shoot_of-> Joel Sand"},
			"a town's police before a gerund the extractor reads as a verb"},
		{"Rita Voss condemned the NATO bombing of Belgrade.",
			[]string{"NATO -bomb-> Belgrade"}, nil,
			"a body's name before bombing of"},
		{"The Oslo killing of Joel Sand shocked Rita Voss.",
			nil, []string{"Oslo -kill-> Joel Sand"},
			"a town before the act noun is where it was done"},
		{"Shops in Bergen closed. Bergen was quiet. A police raid on the home of Joel Sand found nothing.",
			nil, []string{"Bergen Police -raid-> Joel Sand"},
			"a police raid is no act noun of the force"},
	})
}

// TestStanceAdjunct covers an act done in support of, in solidarity
// with or in opposition to an actor, on invented stories.
func TestStanceAdjunct(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway flew rifles to Kenya in support of Rita Voss.",
			[]string{"Norway -support-> Rita Voss"}, nil,
			"an argument besides the object"},
		{"Joel Sand spoke in support of Mira Holt and Rita Voss on Friday.",
			[]string{"Joel Sand -support-> Mira Holt", "Joel Sand -support-> Rita Voss"}, nil,
			"each member of a list after of"},
		{"The Storting voted in opposition to Rita Voss.",
			[]string{"Storting -oppose-> Rita Voss"}, []string{"Storting -vote_in_opposition_to-> Rita Voss"},
			"a stance the extractor folds into the relation"},
		{"The Green Party marched in solidarity with the Labour Party.",
			[]string{"Green Party -support-> Labour Party"}, nil,
			"solidarity with"},
		{"Joel Sand spoke in support of Mira Holt's bill.",
			nil, []string{"Joel Sand -support-> Mira Holt"},
			"a thing of the actor's"},
		{"Joel Sand did not speak in support of Mira Holt.",
			nil, []string{"Joel Sand -support-> Mira Holt"},
			"a denied act"},
	})
}

// TestMannerPhrase covers a phrase "in NOUN" that says how an act was
// done, read as the verb's object, before the actors it reached, on
// invented stories.
func TestMannerPhrase(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mira Holt was married in turn to Joel Sand, Per Lund, and Ole Berg.",
			[]string{"Mira Holt -married_to-> Joel Sand", "Mira Holt -married_to-> Per Lund", "Mira Holt -married_to-> Ole Berg"},
			[]string{"Mira Holt -marry_in_turn_to-> Joel Sand"},
			"each member of the list"},
		{"Rita Voss met in person with Joel Sand and Mira Holt.",
			[]string{"Rita Voss -meet_with-> Joel Sand", "Rita Voss -meet_with-> Mira Holt"}, nil,
			"in person"},
		{"Norway worked in tandem with Sweden.",
			[]string{"Norway -work_with-> Sweden"}, []string{"Norway -work_in_tandem_with-> Sweden"},
			"in tandem"},
		{"Rita Voss fell in love with Joel Sand.",
			[]string{"Rita Voss -fall_in_love_with-> Joel Sand"}, nil,
			"a noun that is part of the relation stays"},
	})
}

// TestWithheldFrom covers a thing withheld from an actor, on invented
// stories.
func TestWithheldFrom(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway withheld military aid from Kenya.",
			[]string{"Norway -withhold_from-> Kenya"}, nil,
			"a state the aid was withheld from"},
		{"Rita Voss withheld the files from Joel Sand.",
			[]string{"Rita Voss -withhold_from-> Joel Sand"}, nil,
			"a person"},
		{"Norway withheld funds from Bergen.",
			nil, []string{"Norway -withhold_from-> Bergen"},
			"a town is where from, as for other verbs"},
	})
}

// TestMoreActNouns covers possessive act nouns of tribute, testimony,
// allegations, defection, loss, handshake, response, challenge,
// assistance and gifts, and a merger's of-list, on invented stories.
func TestMoreActNouns(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss's tribute to Joel Sand was moving.",
			[]string{"Rita Voss -pay_tribute_to-> Joel Sand"}, nil, "a tribute"},
		{"Rita Voss's testimony against Joel Sand was key.",
			[]string{"Rita Voss -testify_against-> Joel Sand"}, nil, "testimony"},
		{"Mira Holt's allegations against Joel Sand were denied.",
			[]string{"Mira Holt -accuse-> Joel Sand"}, nil, "allegations"},
		{"Rita Voss's defection to the Harbor Party shocked Joel Sand.",
			[]string{"Rita Voss -defect_to-> Harbor Party"}, nil, "a defection"},
		{"Norway's 2-1 loss to Sweden ended the run.",
			[]string{"Norway -lose_to-> Sweden"}, nil, "a loss to an opponent"},
		{"Norway's 2-1 defeat to Sweden ended the run. Denmark's defeat in Oslo ended another.",
			[]string{"Sweden -defeat-> Norway"}, []string{"Denmark -win_in-> Oslo", "Norway -defeat-> Sweden"},
			"a defeat to an opponent was suffered, as one by it; a defeat in a place was not won there"},
		{"The Green Party's coalition with the Labour Party collapsed. The coalition between the Centre Party and the Nordic Party held.",
			[]string{"Green Party -ally_of-> Labour Party", "Centre Party -ally_of-> Nordic Party"}, nil,
			"a coalition with or between parties allies them, as an alliance does"},
		{"Rita Voss's handshake with Joel Sand was filmed.",
			[]string{"Rita Voss -shake_hands_with-> Joel Sand"}, nil, "a handshake"},
		{"Norway's response to Sweden was swift.",
			[]string{"Norway -respond_to-> Sweden"}, nil, "a response"},
		{"Norway's response to Sweden's attack was swift.",
			nil, []string{"Norway -respond_to-> Sweden"}, "a response to an act"},
		{"Rita Voss's challenge to Joel Sand failed.",
			[]string{"Rita Voss -challenge-> Joel Sand"}, nil, "a challenge"},
		{"Norway's assistance to Kenya grew.",
			[]string{"Norway -help-> Kenya"}, nil, "assistance"},
		{"The merger of Globex and Halvik Motors was announced.",
			[]string{"Globex -merge_with-> Halvik Motors"}, nil, "a merger's of-list"},
	})
}

// TestProrogation covers a chamber prorogued or dissolved by an actor,
// named by a noun, on invented stories.
func TestProrogation(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Joel Sand sued over the prorogation of the Storting by King Harald.",
			[]string{"Harald -prorogue-> Storting"}, nil, "a by-phrase"},
		{"King Harald's dissolution of the Storting was unlawful.",
			[]string{"Harald -dissolve-> Storting"}, nil, "a possessor"},
	})
}

// TestOwnedActPhrase covers a verb whose object is a possessed act noun
// with the noun's own phrase after it, on invented stories.
func TestOwnedActPhrase(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss announced her engagement to Joel Sand.",
			[]string{"Rita Voss -engage_to-> Joel Sand"}, []string{"Rita Voss -announce_to-> Joel Sand"},
			"an engagement announced"},
		{"Rita Voss discussed her visit to Norway.",
			[]string{"Rita Voss -visit-> Norway"}, []string{"Rita Voss -discuss_to-> Norway"},
			"a visit discussed"},
		{"Rita Voss explained her support for Joel Sand.",
			[]string{"Rita Voss -support-> Joel Sand"}, []string{"Rita Voss -explain_for-> Joel Sand"},
			"support explained"},
		{"Rita Voss lost her match against Mira Holt.",
			[]string{"Rita Voss -lose_against-> Mira Holt"}, nil,
			"a contest lost is the verb's too"},
	})
}
