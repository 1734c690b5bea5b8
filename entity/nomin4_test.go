package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestDefenceOf covers an actor's defence that a subject comes to or
// speaks in, on invented stories.
func TestDefenceOf(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss came to the defence of Joel Sand after the vote.",
			[]string{"Rita Voss -defend-> Joel Sand"}, []string{"Rita Voss -come_to-> Joel Sand"},
			"came to the defence of"},
		{"Mira Holt rose to Joel Sand's defense on Tuesday.",
			[]string{"Mira Holt -defend-> Joel Sand"}, nil,
			"rose to a possessor's defence"},
		{"Rita Voss testified in defence of Mira Holt and Joel Sand.",
			[]string{"Rita Voss -defend-> Mira Holt", "Rita Voss -defend-> Joel Sand"}, []string{"Rita Voss -testify_in-> Mira Holt"},
			"testified in defence of each member"},
		{"In Joel Sand's defense, Mira Holt said the payment was legal.",
			[]string{"Mira Holt -defend-> Joel Sand"}, nil,
			"words said in a fronted defence"},
		{"Mira Holt spoke in defense of the new law on Tuesday.",
			nil, []string{"Mira Holt -speak_in-> the new law"},
			"a law defended is no actor"},
		{"Rita Voss walked to Norway's Defence Ministry.",
			nil, []string{"Rita Voss -defend-> Norway"},
			"a ministry of defence is a body"},
	})
}

// TestDemandedFate covers a demand that an act befall an actor, named by
// a noun with the actor's possessive or "of", on invented stories.
func TestDemandedFate(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss demanded Joel Sand's resignation after the scandal.",
			[]string{"Rita Voss -demand_resignation_of-> Joel Sand"}, nil,
			"a possessor's resignation demanded"},
		{"Mira Holt called for the resignation of Joel Sand on Friday.",
			[]string{"Mira Holt -call_for_resignation_of-> Joel Sand"}, nil,
			"the resignation of an actor called for"},
		{"Human Rights Watch urged the immediate release of Mira Holt and Joel Sand.",
			[]string{"Human Rights Watch -urge_release_of-> Mira Holt", "Human Rights Watch -urge_release_of-> Joel Sand"}, nil,
			"each member of the list after of"},
		{"Rita Voss announced she had asked for finance minister Joel Sand's resignation Friday night.",
			[]string{"Rita Voss -ask_for_resignation_of-> Joel Sand"}, nil,
			"a demand whose for-phrase the extractor cut off the verb"},
		{"Rita Voss called for the release of the documents.",
			nil, []string{"Rita Voss -call_for_release_of-> documents"},
			"documents are no actor"},
		{"Rita Voss accepted Joel Sand's resignation on Friday.",
			nil, []string{"Rita Voss -accept_resignation_of-> Joel Sand"},
			"a resignation accepted is no demand"},
	})
}

// TestWeightBehind covers support or weight thrown or put behind an
// actor, on invented stories.
func TestWeightBehind(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss threw her support behind Joel Sand on Friday.",
			[]string{"Rita Voss -support-> Joel Sand"}, nil,
			"support thrown behind"},
		{"The Green Party put its weight behind Mira Holt and Joel Sand.",
			[]string{"Green Party -support-> Mira Holt", "Green Party -support-> Joel Sand"}, nil,
			"weight put behind each member"},
		{"Mira Holt threw his support to Joel Sand after the debate.",
			[]string{"Mira Holt -support-> Joel Sand"}, []string{"Mira Holt -throw_to-> Joel Sand"},
			"support thrown to"},
		{"Rita Voss threw the ball behind Joel Sand.",
			nil, []string{"Rita Voss -support-> Joel Sand"},
			"a ball thrown is no support"},
	})
}

// TestNominalDatesAndKin covers a possessive act noun after a date that
// opens with a month, and an act on a relative or aide named after a
// possessive pronoun, on invented stories.
func TestNominalDatesAndKin(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss's July 25 phone call with Joel Sand was leaked.",
			[]string{"Rita Voss -call-> Joel Sand"}, nil,
			"a month and day before the act noun"},
		{"Mira Holt's December 2019 meeting with Joel Sand was secret.",
			[]string{"Mira Holt -meet_with-> Joel Sand"}, nil,
			"a month and year before the act noun"},
		{"Rita Voss's overthrow of her father Joel Sand was a coup.",
			[]string{"Rita Voss -overthrow-> Joel Sand"}, nil,
			"a relative named after a possessive pronoun"},
	})
}

// TestOutreach covers outreach received from an actor or made to one, and
// a debut made for one, on invented stories.
func TestOutreach(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mira Holt received outreach from Oracle and Intel.",
			[]string{"Oracle -reach_out_to-> Mira Holt", "Intel -reach_out_to-> Mira Holt"}, []string{"Mira Holt -receive_outreach_from-> Oracle"},
			"outreach received"},
		{"Microsoft's outreach to Joel Sand was welcomed.",
			[]string{"Microsoft -reach_out_to-> Joel Sand"}, nil,
			"a possessor's outreach"},
		{"Ola Berg made his professional debut for Halvik United in 2016. Mia Holt's debut for Norway came in May. Ann Lee made her debut album for Tempo Records.",
			[]string{"Ola Berg -debut_for-> Halvik United", "Mia Holt -debut_for-> Norway"}, []string{"Ann Lee -debut_for-> Tempo Records"},
			"a debut made for a team or a country, or a possessor's; a debut album is a record's"},
	})
}

// TestPairActModifiers covers two actors joined by a hyphen before up to
// three modifiers of the act noun, on invented stories.
func TestPairActModifiers(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mira Holt praised the Norwegian-Swedish maritime border agreement on Friday.",
			[]string{"Norway -agree_with-> Sweden"}, nil,
			"two modifiers, one a noun of nominals, before the act"},
		{"The Norway-Sweden free trade deal was signed in Oslo.",
			[]string{"Norway -deal_with-> Sweden"}, nil,
			"two modifiers before the act"},
		{"The Norway-Sweden relationship remains tense over fishing.",
			nil, []string{"Norway -deal_with-> Sweden"},
			"no verb is a modifier"},
	})
}

// TestStanceNouns covers a defence, rebuke, snub, pardon or
// congratulations that an actor gives another, on invented stories.
func TestStanceNouns(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss's defence of Joel Sand angered the council.",
			[]string{"Rita Voss -defend-> Joel Sand"}, nil,
			"a possessor's defence of an actor"},
		{"Mira Holt's rebuke of Joel Sand was unusual.",
			[]string{"Mira Holt -rebuke-> Joel Sand"}, nil,
			"a possessor's rebuke"},
		{"Rita Voss issued a stern rebuke to Joel Sand on Friday.",
			[]string{"Rita Voss -rebuke-> Joel Sand"}, []string{"Rita Voss -issue_to-> Joel Sand"},
			"a rebuke issued"},
		{"Mira Holt's pardon of Joel Sand angered the council.",
			[]string{"Mira Holt -pardon-> Joel Sand"}, nil,
			"a possessor's pardon of an actor"},
		{"Rita Voss extended congratulations to Joel Sand on Friday.",
			[]string{"Rita Voss -congratulate-> Joel Sand"}, nil,
			"congratulations extended"},
		{"Norway's Defence Minister Rita Voss met Joel Sand.",
			nil, []string{"Norway -defend-> Rita Voss"},
			"a ministry's title is no defence"},
	})
}
