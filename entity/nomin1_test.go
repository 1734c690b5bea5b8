package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPlacesOfCampaignStops covers the places listed after a campaign's
// stops or rallies ("made stops in A, B and C", "held rallies throughout
// such states as A, B and C"), on invented stories.
func TestPlacesOfCampaignStops(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mira Holt still made stops in Ohio, Georgia, Texas, Iowa, Utah, and others.",
			[]string{"Mira Holt -visit-> Ohio", "Mira Holt -visit-> Georgia", "Mira Holt -visit-> Texas", "Mira Holt -visit-> Iowa", "Mira Holt -visit-> Utah"}, nil,
			"stops made in places are visits, one per place, and a list closed by \"and others\" is no chain of placed names"},
		{"Joel Sand ramped up his campaign, holding up to four rallies a day throughout such states as Ohio, Texas and Iowa.",
			[]string{"Joel Sand -hold-> in Ohio", "Joel Sand -hold-> in Texas", "Joel Sand -hold-> in Iowa"}, nil,
			"rallies held throughout such states as a list are held in each"},
		{"Joel Sand held his first indoor rally in two months, in Nevada. Mira Holt plans to hold a rally in Utah. Rita Voss held no rallies in Idaho.",
			[]string{"Joel Sand -hold-> in Nevada"}, []string{"Mira Holt -hold_rally_in-> Utah", "Rita Voss -hold_rally_in-> Idaho"},
			"a rally's place after a time phrase; a planned rally or none is no rally held"},
	})
}

// TestFrontedActInClause covers a phrase with a visit or an act done
// together that opens a clause after "that" or after a sentence adverb,
// on invented stories.
func TestFrontedActInClause(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Daily Star claimed that during a 2015 trip to Peru, Joel Sand refused to meet voters.",
			[]string{"Joel Sand -travel_to-> Peru"}, nil,
			"a trip that opens the clause after that is its subject's"},
		{"Later, during a campaign trip to Ohio, Mira Holt met voters. Rita Voss said that after a planned visit to Chile, Joel Sand will rest.",
			[]string{"Mira Holt -travel_to-> Ohio"}, []string{"Joel Sand -visit-> Chile"},
			"after a sentence adverb too, with a noun before the trip; a planned visit is none"},
	})
}

// TestDescribedParty covers a party of an act done between actors whose
// name follows lower-case descriptors ("the South American group
// Mercosur", "then-newly elected President Tom Wu"), on invented stories.
func TestDescribedParty(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Chile is part of a pact between the Nordic Council and the South American group Mercosur.",
			[]string{"Nordic Council -agree_with-> Mercosur"}, nil,
			"a group noun between the adjectives and the name describes the name"},
		{"The House read a transcript of a call between Joel Sand and then-newly elected President Mira Holt.",
			[]string{"Joel Sand -call-> Mira Holt"}, nil,
			"an adverb and a participle before a title and a name"},
		{"The only debate between Vice President Joel Sand and Liberal vice presidential nominee Mira Holt was calm.",
			[]string{"Joel Sand -debate-> Mira Holt"}, nil,
			"adjectives after a party's name and before a title"},
		{"The call made by President Joel Sand late last July to President Mira Holt was long.",
			[]string{"Joel Sand -call-> Mira Holt"}, nil,
			"a time phrase after a name ends it"},
		{"Joel Sand was jailed for life in 1977 for the assassination of United States senator and presidential hopeful Mira Holt.",
			[]string{"Joel Sand -assassinate-> Mira Holt"}, []string{"Joel Sand -assassinate-> United States"},
			"two titles joined by and before one name: the name is the actor, not the state of the first title"},
		{"Talks between the government and opposition leader Rita Voss failed.",
			nil, []string{"Rita Voss -talk_with-> Rita Voss"},
			"a common noun and a coordinator before a name end the first member: no party"},
	})
}

// TestCriticalRemarksAndInterviews covers critical remarks made about an
// actor and an interview published or aired with one, on invented
// stories.
func TestCriticalRemarksAndInterviews(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"At the rally, Mira Holt made critical remarks about Defence Minister Joel Sand. Rita Voss made remarks about Norway.",
			[]string{"Mira Holt -criticise-> Joel Sand"}, []string{"Rita Voss -criticise-> Norway"},
			"critical remarks made about an actor criticise it; plain remarks do not"},
		{"Reuters published an interview with Joel Sand. The BBC aired an interview with Mira Holt on Monday. Reuters published a report on Rita Voss.",
			[]string{"Reuters -interview-> Joel Sand", "BBC -interview-> Mira Holt"}, []string{"Reuters -interview-> Rita Voss"},
			"who publishes or airs an interview with a person interviewed the person; a report is no interview"},
	})
}

// TestInquiryIntoActs covers an inquiry whose object is an act or the
// affairs of an actor, named by a state's adjective or after "by", on
// invented stories.
func TestInquiryIntoActs(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mira Holt's investigation of Russian interference ended in May.",
			[]string{"Mira Holt -investigate-> Russia"}, nil,
			"an inquiry into a state's act looks into the state"},
		{"The Nordic Council continued its inquiry into alleged misconduct by sitting President Joel Sand. Rita Voss's investigation of the crash ended.",
			[]string{"Nordic Council -investigate-> Joel Sand"}, []string{"Rita Voss -investigate-> Joel Sand"},
			"an inquiry into an act by an actor, a participle before the title; a thing's inquiry has no actor"},
	})
}

// TestStanceOnActDoneWith covers a with-phrase right after an act done
// together that a verb of stance or description takes as its object, on
// invented stories.
func TestStanceOnActDoneWith(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`Joel Sand characterized the call with Mira Holt as "perfectly fine." Rita Voss discussed the deal with Mira Holt.`,
			[]string{"Rita Voss -discuss_with-> Mira Holt"}, []string{"Joel Sand -characterize_with-> Mira Holt"},
			"the with-phrase of the call is the call's, not the describing verb's; a discussion has a partner"},
		{"Norway withdrew from the fishing deal with Sweden. Denmark pulled out of its agreement with Finland. Ann Lee quit the coalition with the Green Party.",
			nil, []string{"Norway -withdraw_with-> Sweden", "Denmark -pull_with-> Finland", "Denmark -pull_out_with-> Finland", "Ann Lee -quit_with-> Green Party"},
			"the with-phrase of a deal left is the deal's, not the leaving verb's"},
		{"Norway mediated talks between Denmark and the Green Party. Ann Lee brokered a truce between Sweden and Finland. Tom Wu praised the deal between Estonia and Latvia.",
			[]string{"Norway -mediate_between-> Denmark", "Norway -mediate_between-> Green Party", "Ann Lee -mediate_between-> Sweden", "Ann Lee -mediate_between-> Finland"},
			[]string{"Tom Wu -mediate_between-> Estonia"},
			"who mediated or brokered an act done between two sides mediated between each"},
	})
}

// TestActBetweenAfterRelative covers an act done between actors whose
// "between" follows a relative clause without its relative word, and a
// first party set against a list ("between Israel and A, B, and C"), on
// invented stories.
func TestActBetweenAfterRelative(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The deals the administration brokered between Norway and Chile, Peru, and Bolivia held.",
			[]string{"Norway -deal_with-> Chile", "Norway -deal_with-> Peru", "Norway -deal_with-> Bolivia"},
			[]string{"Chile -deal_with-> Peru", "Peru -deal_with-> Bolivia"},
			"the first party and a list after and: the first with each, the listed ones not with each other"},
		{"A deal it brokered between Chile and Peru held. Talks between Norway, Sweden and Finland ended.",
			[]string{"Chile -deal_with-> Peru", "Norway -talk_with-> Sweden", "Sweden -talk_with-> Finland"}, nil,
			"a pronoun and its past verb before between; a plain list gives every pair"},
	})
}

// TestOffensiveBegun covers a violent act that a verb of beginning opens,
// and an offensive or incursion into a state, on invented stories.
func TestOffensiveBegun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway began a military offensive into north-eastern Sweden on Wednesday. Chile's incursion into Peru was condemned.",
			[]string{"Norway -attack-> Sweden", "Chile -attack-> Peru"}, nil,
			"an offensive or an incursion into a state attacks it, and who begins one attacks"},
		{"Tom Wu began a three-day state visit to Kenya on Monday. Ann Lee concluded a visit to Sweden. Ola Berg wrapped up a trip to Finland.",
			[]string{"Tom Wu -visit-> Kenya", "Ann Lee -visit-> Sweden", "Ola Berg -travel_to-> Finland"},
			[]string{"Tom Wu -begin_to-> Kenya", "Ann Lee -conclude_to-> Sweden", "Ola Berg -wrap_up_to-> Finland"},
			"who begins, concludes or wraps up a visit or a trip makes it; the verb goes nowhere"},
		{"Tom Wu began preparations for a visit to Kenya. Ann Lee ended the visit by Ola Berg to Sweden.",
			nil, []string{"Tom Wu -visit-> Kenya", "Ann Lee -visit-> Sweden"},
			"preparations begun are no visit, and a visit another makes is not the subject's"},
		{"Denmark started the game with Rita Voss and Joel Sand in attack.",
			nil, []string{"Denmark -play-> Rita Voss", "Denmark -play-> Joel Sand"},
			"beginning a game is no act on those it began with"},
	})
}

// TestLeadershipHeld covers the leadership of a body taken, held or
// given up, on invented stories.
func TestLeadershipHeld(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mira Holt announced she would resign leadership of the Green Party. Joel Sand took over the leadership of the Labour Party in 2010.",
			[]string{"Mira Holt -lead-> Green Party", "Joel Sand -lead-> Labour Party"}, nil,
			"who gives up or takes over the leadership of a body leads it; a resignation announced states the post held"},
		{"Rita Voss hopes to win the leadership of the Centre Party.",
			nil, []string{"Rita Voss -lead-> Centre Party"},
			"a leadership hoped for is not held"},
		{"Tom Wu has been in charge of Halvik Motors since 2015. Ann Lee was in command of the Norwegian Army. Per Dahl was in charge of the inquiry into the Labour Party. Ivar Berg is in Oslo.",
			[]string{"Tom Wu -lead-> Halvik Motors", "Ann Lee -lead-> Norwegian Army"}, []string{"Per Dahl -lead-> Labour Party"},
			"who is in charge or in command of a body leads it; charge of a thing is no body's"},
	})
}

// TestActAfterAbout covers an event noun after "about", a topic and no
// intention unless "to" follows, on invented stories.
func TestActAfterAbout(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Joel Sand spoke on Monday. Details emerged about Sand's call with Mira Holt. Norway was about to sign a treaty with Chile.",
			[]string{"Joel Sand -call-> Mira Holt"}, []string{"Norway -agree_with-> Chile", "Norway -sign_with-> Chile"},
			"about before a possessive act names its topic; about to names an act not yet done"},
	})
}

// TestStanceOnLetter covers a stance taken on an actor's letter or
// message, on invented stories.
func TestStanceOnLetter(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mira Holt sent a letter to Joel Sand. Joel Sand responded to her letter on Twitter. Rita Voss criticised Mira Holt's email.",
			[]string{"Joel Sand -respond-> Mira Holt", "Rita Voss -criticise-> Mira Holt"}, nil,
			"a response to or a stance on an actor's letter or email is on the actor"},
	})
}

// TestInterviewWithDescribedOutlet covers "in an interview with" an
// outlet named after a year or a descriptor, on invented stories.
func TestInterviewWithDescribedOutlet(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"In a 2006 interview with magazine The Harbor Review, Mira Holt said she was tired.",
			[]string{"Mira Holt -tell-> Harbor Review"}, nil,
			"a year before the interview and an outlet noun before the outlet's name"},
	})
}
