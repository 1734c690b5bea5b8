package entity

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestLabelTurns checks who "I" and "you" are in a transcript whose turns
// open with the speaker's label in double parentheses, on transcripts
// written for this test.
func TestLabelTurns(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const opening = "Fishermen talk about the harbour closure\n\nLast week the Daily Courier spoke with Tom Wu and a second fisherman, who asked to be called Dina.\n\n"
	runEdgeCases(t, a, x, r, []edgeCase{
		{opening + "((DC))  How long have you fished here?\n\n((Tom Wu))  I have worked for the Harbor Council for twenty years.\n\n((DC))  And you?\n\n((Dina))  I met Per Lund in 2010.\n\nHe hired me the next year, and I thanked him.\n\n((Tom Wu))  I met Ann Lee in 2012.",
			[]string{"Tom Wu -work_for-> Harbor Council", "Tom Wu -meet-> Ann Lee"},
			[]string{"Tom Wu -meet-> Per Lund", "Per Lund -hire-> Tom Wu", "Tom Wu -thank-> Per Lund"},
			"I is the speaker whose label opens the turn, through the paragraphs after it that have no label"},
		{opening + "((DC))  Did you ever meet Ann Lee?\n\n((Tom Wu))  Yes.\n\n((DC))  I interviewed Per Lund yesterday.\n\n((Tom Wu))  I know him well.",
			[]string{"Tom Wu -know-> Per Lund"},
			[]string{"Tom Wu -interview-> Per Lund", "Tom Wu -meet-> Ann Lee"},
			"the interviewer's I is no one; a question's you is the next speaker, and states no meeting"},
		{"Ann Lee on the harbour closure\n\nOn Monday we spoke with Ann Lee about the closure.\n\n((DC))  What do you make of the closure?\n\nAnn Lee I have written to the Harbor Council about it. I think I will win. I am sure.\n\n((DC))  Will you fight on?\n\nAL I will. I have my reasons.",
			[]string{"Ann Lee -write_to-> Harbor Council"}, nil,
			"labels of the interviewer alone leave I to the interviewee"},
		{"Fishermen talk about the harbour closure\n\nLast week we spoke with Tom Wu, a fisherman.\n\n((DC))  What does the closure tell us?\n\n((Tom Wu))  Well, it tells me that the Harbor Council failed.",
			nil, []string{"DC -tell-> Tom Wu"},
			"a turn's label is no antecedent of the pronoun in the answer"},
	})
}

// TestSpeakerLabel checks that a lone word a speaker's label writes
// names a person, though the recogniser reads it otherwise.
func TestSpeakerLabel(t *testing.T) {
	a, r := newTest(t, Options{})
	text := "Wikinews spoke with a fisherman about the storm.\n\n((WN)) How did the storm affect you?\n\n" +
		"((Halvia)) We lost two boats. I was at sea for three days.\n\n((WN)) Did anyone help you?\n\n((Halvia)) Nobody came."
	ents, _ := r.Resolve(a.Split(text), nil)
	var got schema.EntityType
	for _, e := range ents {
		if e.Name == "Halvia" {
			got = e.Type
		}
	}
	if got != schema.Person {
		t.Errorf("Resolve(%q): Halvia typed %q, want %q", text, got, schema.Person)
	}
}

// TestLabelNoActor checks that the interviewer's label in double
// parentheses, which names no person, is no entity: "((WN))" opens the
// questions and is mentioned nowhere else.
func TestLabelNoActor(t *testing.T) {
	a, r := newTest(t, Options{})
	text := "Wikinews spoke with Tom Wu, a fisherman, about the storm.\n\n((WN)) How did the storm affect you?\n\n" +
		"((Tom Wu)) We lost two boats. I was at sea for three days.\n\n((WN)) Did anyone help you?\n\n((Tom Wu)) Nobody came."
	ents, _ := r.Resolve(a.Split(text), nil)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name)
	}
	if slices.Contains(names, "WN") || !slices.Contains(names, "Tom Wu") {
		t.Errorf("Resolve(%q) entities = %q, want Tom Wu and no WN", text, names)
	}
}

// TestInitialsNoName checks that a function word after the initials that
// open an answer in a transcript ("AL Although ...") opens no name: its
// capital is the answer's first.
func TestInitialsNoName(t *testing.T) {
	a, r := newTest(t, Options{})
	text := "Wikinews spoke with Ann Lee about the harbour.\n\n((WN)) Why did you vote against the closure?\n\n" +
		"AL Although we met Tom Wu twice, the council never listened.\n\n((WN)) And now?\n\nAL Because nobody came, we left."
	ents, _ := r.Resolve(a.Split(text), nil)
	for _, e := range ents {
		if e.Name == "Although" || e.Name == "Because" || e.Name == "AL" {
			t.Errorf("Resolve(%q) has entity %q (%s), want none", text, e.Name, e.Type)
		}
	}
}
