package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJudgedActOfNoun covers an of-phrase that a common noun of the
// verb's object owns, which names no act the subject was judged for, on
// invented stories.
func TestJudgedActOfNoun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss investigated the withholding of military aid to Norway.",
			nil, []string{"Rita Voss -aid-> Norway"},
			"a withholding investigated aids no one"},
		{"Police arrested Joel Sand for the murder of Mira Holt.",
			[]string{"Joel Sand -murder-> Mira Holt"}, nil,
			"an act the object is arrested for"},
		{"Rita Voss was charged with the killing of Joel Sand.",
			[]string{"Rita Voss -kill-> Joel Sand"}, nil,
			"an act the subject is charged with"},
	})
}

// TestHandedOver covers a thing sold, sent, deployed or withheld to an
// actor, named by a noun or a gerund, on invented stories.
func TestHandedOver(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway's sale of rifles to Egypt drew protests.",
			[]string{"Norway -sell_rifles_to-> Egypt"}, nil,
			"a possessor's sale"},
		{"The delivery of fighter jets to Egypt by Sweden was completed.",
			[]string{"Sweden -deliver_jets_to-> Egypt"}, nil,
			"a delivery whose giver follows by"},
		{"The deployment of Norwegian troops to Kenya worried Sweden.",
			[]string{"Norway -deploy_troops_to-> Kenya"}, nil,
			"the troops' nationality names the sender"},
		{"The Storting approved sending Norwegian soldiers to Kenya.",
			[]string{"Norway -send_soldiers_to-> Kenya"}, nil,
			"a gerund with troops of a nationality"},
		{"Rita Voss's withholding of military aid to Kenya was investigated.",
			[]string{"Rita Voss -withhold_aid_to-> Kenya"}, nil,
			"aid withheld"},
		{"Norway's supply of rifles to Kenya and Egypt was condemned.",
			[]string{"Norway -supply_rifles_to-> Kenya", "Norway -supply_rifles_to-> Egypt"}, nil,
			"each member of the list after to"},
		{"The proposed sale of rifles to Egypt by Norway was criticised.",
			nil, []string{"Norway -sell_rifles_to-> Egypt"},
			"a proposed sale is no act"},
		{"The Storting voted against sending Norwegian troops to Kenya.",
			nil, []string{"Norway -send_troops_to-> Kenya"},
			"a sending voted against is no act"},
	})
}

// TestBetweenPastTopic covers an act done together whose noun's topic
// stands before "between" and its parties, on invented stories.
func TestBetweenPastTopic(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"In 2016, a memorandum of understanding about the canal was signed between Norway, Sweden and Kenya.",
			[]string{"Norway -agree_with-> Sweden", "Norway -agree_with-> Kenya", "Sweden -agree_with-> Kenya"}, nil,
			"of understanding and a topic before the participle"},
		{"An agreement on fishing quotas was signed between Norway and Sweden last year.",
			[]string{"Norway -agree_with-> Sweden"}, nil,
			"a topic with a gerund"},
		{"Talks on trade between Norway and Kenya ended on Friday.",
			[]string{"Norway -talk_with-> Kenya"}, nil,
			"a topic before between, no participle"},
		{"A proposed agreement on fishing quotas between Norway and Sweden was discussed.",
			nil, []string{"Norway -agree_with-> Sweden"},
			"a proposed agreement is none"},
	})
}

// TestPayments covers money paid to an actor, named by the noun payment,
// on invented stories.
func TestPayments(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss's payments to Joel Sand were revealed on Monday.",
			[]string{"Rita Voss -pay-> Joel Sand"}, nil,
			"a possessor's payments"},
		{"Globex made payments to Mira Holt for years.",
			[]string{"Globex -pay-> Mira Holt"}, nil,
			"payments made"},
		{"Mira Holt received payments from Globex.",
			[]string{"Globex -pay-> Mira Holt"}, []string{"Mira Holt -receive_payments_from-> Globex"},
			"payments received come from the payer"},
		{"The payment of $5,000 to Mira Holt by Joel Sand was illegal.",
			[]string{"Joel Sand -pay_to-> Mira Holt"}, nil,
			"a sum paid, its payer after by"},
		{"Mira Holt demanded payment from Globex.",
			nil, []string{"Globex -pay-> Mira Holt"},
			"a payment demanded is not made"},
	})
}

// TestShootingOf covers a shooting or a stabbing named by its noun, with
// its shooter's possessive or by-phrase, on invented stories.
func TestShootingOf(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The fatal shooting of Joel Sand by Rita Voss shocked the town.",
			[]string{"Rita Voss -shoot-> Joel Sand"}, nil,
			"a shooting whose shooter follows by"},
		{"Rita Voss's shooting of Joel Sand was ruled lawful.",
			[]string{"Rita Voss -shoot-> Joel Sand"}, nil,
			"a possessor's shooting"},
		{"The stabbing of Mira Holt by Joel Sand shocked the town.",
			[]string{"Joel Sand -stab-> Mira Holt"}, nil,
			"a stabbing"},
	})
}

// TestRelativeOnActNoun covers a relative clause without its object
// after an event noun, whose light verb the noun's act replaces, on
// invented stories.
func TestRelativeOnActNoun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The agreement Globex reached with Norway was published on Monday.",
			[]string{"Globex -agree_with-> Norway"}, []string{"Globex -reach_with-> Norway"},
			"an agreement reached"},
		{"The talks that Rita Voss held with Joel Sand were productive.",
			[]string{"Rita Voss -talk_with-> Joel Sand"}, []string{"Rita Voss -hold_with-> Joel Sand"},
			"talks held, with that"},
		{"The loan Norway gave to Kenya funded the port.",
			[]string{"Norway -lend_to-> Kenya"}, []string{"Norway -give_to-> Kenya"},
			"a loan given"},
		{"The delegation Rita Voss sent to Norway returned on Friday.",
			[]string{"Rita Voss -send_to-> Norway"}, nil,
			"a delegation is no act"},
	})
}

// TestDealingsDivorceEndorsedBy covers dealings with an actor, a divorce
// from one and a possessor endorsed by one, on invented stories.
func TestDealingsDivorceEndorsedBy(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senators examined Joel Sand's business dealings with Siemens.",
			[]string{"Joel Sand -deal_with-> Siemens"}, nil,
			"dealings with"},
		{"Mira Holt's divorce from Joel Sand was finalised in May.",
			[]string{"Mira Holt -divorce-> Joel Sand"}, nil,
			"a divorce from"},
		{"Mira Holt's endorsement by Rita Voss came late.",
			[]string{"Rita Voss -endorse-> Mira Holt"}, []string{"Mira Holt -endorse-> Rita Voss"},
			"a possessor endorsed by an actor"},
		{"Rita Voss's endorsement of Mira Holt came late.",
			[]string{"Rita Voss -endorse-> Mira Holt"}, nil,
			"a possessor endorsing"},
	})
}
