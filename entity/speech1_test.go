package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSpeechAfterInfinitive covers a finite verb coordinated after an
// infinitive that a request governs: it is the subject's own act, not
// part of what was requested.
func TestSpeechAfterInfinitive(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee urged Norway to reconsider and spoke with Tom Wu about the case.",
			[]string{"Ann Lee -urge-> Norway", "Ann Lee -speak_with-> Tom Wu"}, nil,
			"a past tense after to, an infinitive and and shares no to: she spoke"},
		{"Ann Lee asked Sweden to wait and wrote to Tom Wu.",
			[]string{"Ann Lee -ask-> Sweden", "Ann Lee -write_to-> Tom Wu"}, nil,
			"the same with wrote"},
		{"Ann Lee urged Norway to reconsider and meet Tom Wu.",
			[]string{"Ann Lee -urge-> Norway"}, []string{"Ann Lee -meet-> Tom Wu", "Norway -meet-> Tom Wu"},
			"a second infinitive after and shares the request's to: no meeting happened"},
	})
}

// TestSpeechAtOwnersAct covers criticism of an act whose owner is named
// through a second possessive or a nationality group's "their".
func TestSpeechAtOwnersAct(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Halvik Labour Party lost the vote. Tom Wu, a Labour member, criticized his party's decision.",
			[]string{"Tom Wu -criticize-> Labour Party"}, nil,
			"a possessive pronoun before an actor's possessive: the second possessor owns the decision"},
		{"Norwegian citizens criticized their government.",
			[]string{"Norwegian citizens -criticize-> Norwegian government"}, nil,
			"their before government after a nationality group is the group's state"},
		{"Tom Wu praised his brother's decision.",
			nil, []string{"Tom Wu -praise-> Tom Wu"},
			"a second possessor that is no actor gives nothing"},
	})
}

// TestSpeakerOneOfNamed covers a speaker picked out of a group and named
// in apposition after a lower-case calling.
func TestSpeakerOneOfNamed(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"One of the study's authors, biologist Ann Lee, told Reuters the frogs were new.",
			[]string{"Ann Lee -tell-> Reuters"}, nil,
			"one of a group, then a calling and a name in commas: the named person speaks"},
	})
}

// TestScornfulComplement covers a naming verb whose complement disparages
// an actor's act: an adjective alone, or an inquiry the actor runs.
func TestScornfulComplement(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee called Tom Wu's plan \"lousy\". Per Lund called Norway's decision \"totally unacceptable\".",
			[]string{"Ann Lee -criticize-> Tom Wu", "Per Lund -criticize-> Norway"}, nil,
			"a scornful adjective alone, or after an adverb, is the complement's scorn"},
		{"Ola Berg called Tom Wu's plan \"bold\".",
			nil, []string{"Ola Berg -criticize-> Tom Wu"},
			"an adjective that is no scorn gives nothing"},
		{"Ann Lee called the Halvik Party's investigation a \"witch hunt\".",
			[]string{"Ann Lee -criticize-> Halvik Party"}, nil,
			"an investigation is an act of the one who runs it"},
	})
}
