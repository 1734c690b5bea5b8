package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPendingTitle checks that an office not held yet ("-elect",
// "-designate") gives its holder no membership or post in the state the
// title is of: the state says only where the person is from. A held
// title beside it keeps its relation. The sentences are written for this
// test.
func TestPendingTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"US President-elect Sam Hill spoke to reporters on Monday.",
			[]string{"Sam Hill -from-> United States"}, []string{"Sam Hill -member_of-> United States"}, "a nationality before -elect"},
		{"Norway's Prime Minister-designate Ann Lee visited Bergen on Friday.",
			[]string{"Ann Lee -from-> Norway"}, []string{"Ann Lee -member_of-> Norway"}, "a possessive before -designate"},
		{"Tom Wu, the Norwegian president-elect, met reporters in Oslo.",
			[]string{"Tom Wu -from-> Norway"}, []string{"Tom Wu -member_of-> Norway"}, "an apposed -elect"},
		{"The French prime minister Sam Hill thanked Paris.",
			[]string{"Sam Hill -lead-> France"}, nil, "a held title stays"},
	})
}

// TestUnheldMeeting checks that a meeting a sentence only plans, asks for
// or sets up gives no meet fact between its parties, while one held, or
// one an actor travels to, still does. The sentences are written for this
// test.
func TestUnheldMeeting(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee planned a meeting with Jo Park.",
			nil, []string{"Ann Lee -meet-> Jo Park"}, "a planned meeting"},
		{"Ann Lee requested talks with Sam Hill on Monday.",
			nil, []string{"Ann Lee -meet-> Sam Hill"}, "requested talks"},
		{"Tom Wu worked to arrange a meeting between Ann Lee and Sam Hill.",
			nil, []string{"Ann Lee -meet_with-> Sam Hill"}, "a meeting being arranged"},
		{"Ann Lee held a meeting with Jo Park on Monday.",
			[]string{"Ann Lee -meet_with-> Jo Park"}, nil, "a held meeting stays"},
		{"Ann Lee arrived in Oslo for a summit with Tom Wu.",
			[]string{"Ann Lee -meet-> Tom Wu"}, nil, "a summit travelled to stays"},
		{"Ann Lee flew to Oslo for talks with Halvik Holdings chief executive Tom Wu. Ola Berg flew to Bergen for talks with Norway's prime minister Per Lund.",
			[]string{"Ann Lee -meet-> Tom Wu", "Ola Berg -meet-> Per Lund"}, []string{"Ann Lee -meet-> Halvik Holdings", "Ola Berg -meet-> Norway"},
			"the partner of talks is the person a body's title names, not the body"},
	})
}

// TestPlannedEvent checks that the phrase after a verb that plans or asks
// for an event names the event's partner or place, not an actor the
// subject acts on: "planned a rally for Ohio" gives no plan_for Ohio. A
// proposal made to an actor stays. The sentences are written for this
// test.
func TestPlannedEvent(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Heavy rain delayed a rally Tom Wu planned for Ohio.",
			nil, []string{"Tom Wu -plan_for-> Ohio"}, "a rally planned for a place"},
		{"Ann Lee planned a dinner with Jo Park.",
			nil, []string{"Ann Lee -plan_with-> Jo Park"}, "a dinner planned with a person"},
		{"Ann Lee requested talks with Sam Hill on Monday.",
			nil, []string{"Ann Lee -request_talks_with-> Sam Hill", "Ann Lee -request_with-> Sam Hill"}, "talks requested"},
		{"Ann Lee proposed a deal to Norway.",
			[]string{"Ann Lee -propose_to-> Norway"}, nil, "a proposal made to an actor stays"},
	})
}
