package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestOpenerPossessive covers "his" or "her" in a phrase that opens a
// sentence, which is the clause subject's after the comma, and the
// fronted visits that such phrases state, on invented stories.
func TestOpenerPossessive(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss stayed in Oslo. On her trip to Peru, Mira Holt spoke to reporters.",
			[]string{"Mira Holt -travel_to-> Peru"}, []string{"Rita Voss -travel_to-> Peru"},
			"her in the opening phrase is the subject's, not the person of the sentence before"},
		{"Joel Sand spoke first. After his meeting with Rita Voss, Tom Wu left Oslo.",
			[]string{"Tom Wu -meet_with-> Rita Voss"}, []string{"Joel Sand -meet_with-> Rita Voss"},
			"his meeting is the subject's"},
		{"Tom Wu arrived. After her talks with Joel Sand, Mira Holt said nothing.",
			[]string{"Mira Holt -talk_with-> Joel Sand"}, []string{"Tom Wu -talk_with-> Joel Sand"},
			"her talks, with a man before"},
	})
}

// TestFrontedVisitOn covers a visit or tour in a phrase opened by "on",
// or followed by a time phrase, whose traveller is the clause's subject.
func TestFrontedVisitOn(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On his visit to Oslo, Joel Sand met Mira Holt.",
			[]string{"Joel Sand -visit-> Oslo"}, nil,
			"a visit after on"},
		{"During a visit to Chile last year, Rita Voss praised the government.",
			[]string{"Rita Voss -visit-> Chile"}, nil,
			"a time phrase between the place and the comma"},
		{"During his 2019 tour of Ohio, Tom Wu held a rally.",
			[]string{"Tom Wu -visit-> Ohio"}, nil,
			"a tour of a place visits it"},
	})
}

// TestReceivedNomination covers a person who gets, seeks or contends for
// a party's nomination, with a year or "US Senate" before the noun, on
// invented stories.
func TestReceivedNomination(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu received the Green Party's 2020 presidential nomination in May.",
			[]string{"Green Party -nominate-> Tom Wu", "Tom Wu -member_of-> Green Party"}, nil,
			"who received a party's nomination is its nominee and member; a year before the noun"},
		{"Joel Sand narrowly won the Liberal Party's nomination on the second ballot.",
			[]string{"Liberal Party -nominate-> Joel Sand"}, nil,
			"won, after an adverb"},
		{"Mira Holt is expected to win the Labour Party's nomination. Rita Voss failed to secure the Green Party's nomination.",
			nil, []string{"Labour Party -nominate-> Mira Holt", "Green Party -nominate-> Rita Voss"},
			"a nomination expected or not got is none"},
		{"Mira Holt ran unsuccessfully for the Labour Party's US Senate nomination in Ohio. Rita Voss contended for the Green Party's presidential nomination.",
			[]string{"Mira Holt -member_of-> Labour Party", "Rita Voss -member_of-> Green Party"}, nil,
			"who runs or contends for a party's nomination is its member, with US Senate before the noun"},
		{"Tom Wu ended his bid for the Liberal Party's 2020 presidential nomination on Monday. Rita Voss announced her support for the Green Party.",
			[]string{"Tom Wu -member_of-> Liberal Party", "Rita Voss -support-> Green Party"}, []string{"Tom Wu -bid_for-> Liberal Party"},
			"a bid for a party's nomination is for the nomination, not a bid for the party"},
		{"Ann Lee was praised for her run for the Norland Senate. Tom Wu lost his 2014 race for the Velby Council. Ola Berg launched his candidacy for the Harbor Council.",
			[]string{"Ann Lee -run_for-> Norland Senate", "Tom Wu -run_for-> Velby Council", "Ola Berg -run_for-> Harbor Council"},
			[]string{"Ann Lee -praise_for-> Norland Senate"},
			"a possessed run, race or candidacy for a body is the possessor's run for it, not the verb's act on the body"},
		{"Ann Lee was praised for her 2018 run for the Norland Senate against Tom Wu. Ola Berg ran for the Velby Council against Rita Voss. Mira Holt stood for Parliament against Kari Dahl.",
			[]string{"Ann Lee -run_against-> Tom Wu", "Ola Berg -run_against-> Rita Voss", "Mira Holt -run_against-> Kari Dahl"},
			[]string{"Ann Lee -run_for-> Tom Wu", "Ola Berg -run_for-> Rita Voss"},
			"the rival after a run or race for a body is run against"},
		{"Tom Wu ended his run for the Liberal Party's 2020 presidential nomination on Monday.",
			[]string{"Tom Wu -member_of-> Liberal Party"}, []string{"Tom Wu -run_for-> Liberal Party"},
			"a run for a party's nomination is for the nomination, as a bid is"},
		{"Wikinews interviews Tom Wu, American Harbor Party presidential nominee\n\nWu received the Harbor Party's nomination in May.",
			[]string{"Harbor Party -nominate-> Tom Wu"}, nil,
			"a party's name in an interview's headline is no person the interview names"},
		{"Mira Holt secured the presidential nomination of the Harbor Party in May. Ann Lee and Tom Wu unsuccessfully sought the nomination of the Green Party. Rita Voss criticised the nomination of the Liberal Party leader.",
			[]string{"Harbor Party -nominate-> Mira Holt", "Mira Holt -member_of-> Harbor Party", "Ann Lee -member_of-> Green Party", "Tom Wu -member_of-> Green Party"},
			[]string{"Green Party -nominate-> Ann Lee", "Rita Voss -member_of-> Liberal Party"},
			"the nomination of a party, named after 'of', is the party's as its possessive's is"},
		{"In Mira Holt's campaign for the Harbor Party nomination, she was known for her plans. Tom Wu campaigned for the Green Party's nomination in Ohio. Ann Lee campaigned for Rita Voss in the Liberal Party primary.",
			[]string{"Mira Holt -member_of-> Harbor Party", "Tom Wu -member_of-> Green Party"},
			[]string{"Harbor Party -nominate-> Mira Holt", "Ann Lee -member_of-> Liberal Party"},
			"a campaign for a party's nomination is a bid for it"},
	})
}
