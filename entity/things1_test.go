package entity

import (
	"fmt"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// actorEdges runs the whole pipeline on text and returns its stated edges
// between actors, as [pipelineEdges] does, leaving out those with a
// Concept at either end (a product, a craft), which are no actor facts.
func actorEdges(t *testing.T, text string) []string {
	t.Helper()
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	_, ents, facts := pipelineResolve(a, x, r, text)
	concept := map[string]bool{}
	for _, e := range ents {
		concept[e.Name] = e.Type == schema.Concept
	}
	var got []string
	for _, f := range facts {
		if f.SubjectEntity != "" && f.ObjectEntity != "" && !f.Background && !concept[f.SubjectEntity] && !concept[f.ObjectEntity] {
			got = append(got, fmt.Sprintf("%s -%s-> %s", f.SubjectEntity, f.Lemma, f.ObjectEntity))
		}
	}
	return got
}

// TestSiteVisited checks that a hospital, a bridge or another building
// is no actor where a fact only says someone went there, came from there
// or stayed there, and that working at one, or where one lies, is kept.
// The sentences are written for this test.
func TestSiteVisited(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Hospital news. Tom Hadley was admitted to Kingsway Hospital on Sunday.",
			nil, []string{"Tom Hadley -admit_to-> Kingsway Hospital"}, "a patient admitted"},
		{"Hospital news. Tom Hadley was released from Kingsway Hospital on Monday.",
			nil, []string{"Tom Hadley -release_from-> Kingsway Hospital"}, "a patient released"},
		{"Hospital news. Tom Hadley was taken to Kingsway Hospital, where doctors treated him.",
			nil, []string{"Tom Hadley -take_to-> Kingsway Hospital"}, "a patient taken"},
		{"Hospital news. Tom Hadley visited Northside Hospital with the mayor.",
			nil, []string{"Tom Hadley -visit-> Northside Hospital"}, "a visit"},
		{"Attack news. Tom Hadley stabbed two men in Leeds, then fled up Velmor Bridge.",
			nil, []string{"Tom Hadley -flee_up-> Velmor Bridge"}, "a bridge"},
		{"Hospital news. Ann Grell, a nurse at Northside Hospital, told reporters she was tired.",
			[]string{"Ann Grell -work_for-> Northside Hospital"}, nil, "an employer stays"},
	})
}

// TestCraftNames checks that a ship or an aircraft is no actor: after
// "aboard" or "on board", after a noun for an aircraft, in apposition to
// "the aircraft", or known by its call sign ("Marine One"). The sentences
// are written for this test.
func TestCraftNames(t *testing.T) {
	for _, tc := range []edgeCase{
		{"Rescue at sea. Crew aboard the Ocean Lindqvist rescued Tom Hadley on Monday.",
			nil, []string{"Ocean Lindqvist -rescue-> Tom Hadley"}, "a ship after aboard"},
		{"Travel news. Mark Ostrow flew aboard Air Force One to Ohio.",
			[]string{"Mark Ostrow -fly_to-> Ohio"}, []string{"Mark Ostrow -fly_aboard-> Air Force One"}, "a call sign"},
		{"Travel news. Donald Trump walked to Marine One on the lawn.",
			nil, []string{"Donald Trump -walk_to-> Marine One"}, "a helicopter's call sign"},
		{"Crash news. The aircraft, a Boeing Velmor Stratoliner, is registered in Kent County.",
			nil, []string{"Boeing Velmor Stratoliner -register_in-> Kent County"}, "an apposition to the aircraft"},
		{"Travel news. Ann Grell flew on the helicopter Blue Falcon to Lagos.",
			[]string{"Ann Grell -fly_to-> Lagos"}, []string{"Ann Grell -fly_on-> Blue Falcon"}, "a helicopter's name"},
	} {
		t.Run(tc.why, func(t *testing.T) { checkEdges(t, tc, actorEdges(t, tc.text)) })
	}
}

// TestPolicyAfter checks that a name before a noun for a policy, a scheme
// or a pipeline names that thing, no actor, and that a person's name
// before a noun for a body stays. The sentences are written for this
// test.
func TestPolicyAfter(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Election news. Ann Grell criticized the Top Four election policy in Oregon.",
			nil, []string{"Ann Grell -criticize-> Top Four"}, "an election policy"},
		{"Energy news. Tom Hadley praised the Velmor Sea pipeline on Monday.",
			nil, []string{"Tom Hadley -praise-> Velmor Sea"}, "a pipeline"},
		{"Energy news. Tom Hadley praised the Fast Track loan scheme on Monday.",
			nil, []string{"Tom Hadley -praise-> Fast Track"}, "a scheme after another noun"},
		{"Health news. Per the WHO's Careful Emergency Use of Untested and Experimental Drugs framework, clinics in Lodi may treat patients.",
			nil, []string{"Careful Emergency Use -work_for-> World Health Organization"}, "a framework whose name has an of phrase"},
		{"Health news. Tom Hadley praised the Safe Return of Velmor Refugees plan on Monday.",
			nil, []string{"Tom Hadley -praise-> Safe Return"}, "a plan whose name has an of phrase"},
	})
}

// TestCastInThe checks that a name after "appeared in the" or "starred in
// the" is a film's or a show's, no actor, unless it ends in a body's head
// noun ("the Halvik Parliament", "the Velmor Daily News"). The sentences
// are written for this test.
func TestCastInThe(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Film news. Ann Grell appeared in the Velmar Subsequent Moviefilm last year.",
			nil, []string{"Ann Grell -appear_in-> Velmar Subsequent Moviefilm"}, "a film after the"},
		{"Film news. Tom Hadley starred in the Harbour Velmor Lights with Ann Grell.",
			nil, []string{"Tom Hadley -star_in-> Harbour Velmor Lights"}, "a film after starred in the"},
		{"Ann Grell appeared in the Halvik Parliament on Monday. The Halvik Parliament later voted against Mark Ostrow.",
			[]string{"Halvik Parliament -vote_against-> Mark Ostrow"}, nil, "a parliament stays"},
		{"Ann Grell appeared in the Velmor Daily News, which later sued Mark Ostrow.",
			[]string{"Velmor Daily News -sue-> Mark Ostrow"}, nil, "a newspaper stays"},
	})
}

// TestSloganThe checks that a slogan opened by an imperative and "the"
// ("Defund the Police", "Drain the Swamp") names no actor, and that a
// police force's name stays one. The sentences are written for this test.
func TestSloganThe(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Debate news. Tom Hadley and Ann Grell expressed opposition to Defund the Police while Mark Ostrow endorsed it.",
			nil, []string{"Tom Hadley -oppose-> Defund", "Ann Grell -oppose-> Defund", "Tom Hadley -oppose-> Police"}, "a slogan"},
		{"Debate news. Ann Grell criticised Abolish the Police, a slogan of Mark Ostrow.",
			nil, []string{"Ann Grell -criticise-> Abolish", "Ann Grell -criticise-> Police"}, "another slogan"},
		{"Police news. Ann Grell praised the Bergen Police on Monday.",
			[]string{"Ann Grell -praise-> Bergen Police"}, nil, "a police force stays"},
	})
}

// TestCarMade checks that a known carmaker's name after "the", closing
// its noun phrase, is a car, no actor, and that the firm stays one
// elsewhere. The sentences are written for this test.
func TestCarMade(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Crash news. Police determined the Volvo had come from Halvik Base near Leeds.",
			nil, []string{"Volvo -come_from-> Halvik Base"}, "a car"},
		{"Car news. Tom Hadley sued Volvo in Sweden.",
			[]string{"Tom Hadley -sue-> Volvo"}, nil, "the firm"},
	})
}
