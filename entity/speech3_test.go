package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestQuestionsRaised covers questions, concerns or doubts raised about
// an actor or its doing: criticism by the one who raises them, or by the
// speaker who reports a thing raising them.
func TestQuestionsRaised(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senator Ann Lee raised concerns about the Halvik Council on Monday.",
			[]string{"Ann Lee -criticize-> Halvik Council"}, nil,
			"concerns raised about an actor"},
		{"Senator Ann Lee raised serious questions about the Halvik Council's budget.",
			[]string{"Ann Lee -criticize-> Halvik Council"}, nil,
			"questions about an actor's doing"},
		{"Senator Ann Lee said the audit raises doubts over Governor Tom Wu's judgment.",
			[]string{"Ann Lee -criticize-> Tom Wu"}, nil,
			"a thing raising them in a reported clause: the speaker"},
		{"Senator Ann Lee raised concerns about Governor Tom Wu's health.",
			nil, []string{"Ann Lee -criticize-> Tom Wu"},
			"a worry for an actor's welfare is no criticism"},
		{"Senator Ann Lee did not raise concerns about the Halvik Council.",
			nil, []string{"Ann Lee -criticize-> Halvik Council"},
			"negated"},
	})
}

// TestQuestionsAnswered covers questions answered from an actor: an
// answer to the one who asked them.
func TestQuestionsAnswered(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Candidate Ann Lee answered some questions about her campaign from Halden Radio reporter Tom Wu.",
			[]string{"Ann Lee -answer-> Tom Wu", "Tom Wu -work_for-> Halden Radio"}, nil,
			"questions answered from a named reporter"},
		{"Mayor Ola Berg fielded questions from the Halden Times on Monday.",
			[]string{"Ola Berg -answer-> Halden Times"}, nil,
			"questions fielded from a newspaper"},
		{"Ann Lee took money from Tom Wu. Ola Berg did not answer questions from Kari Dahl.",
			nil, []string{"Ann Lee -answer-> Tom Wu", "Ola Berg -answer-> Kari Dahl"},
			"no questions, or negated"},
		{"The Halden Times reported the fire. The Velmor Trust is yet to respond to Halden Times queries. Mayor Ola Berg did not respond to a request for comment from the Halden Times. Kari Dahl replied to questions from Tom Wu.",
			[]string{"Velmor Trust -not_respond_to-> Halden Times", "Ola Berg -not_respond_to-> Halden Times", "Kari Dahl -reply_to-> Tom Wu"},
			[]string{"Velmor Trust -respond_to-> Halden Times", "Ola Berg -respond_to-> Halden Times"},
			"a reply to an actor's queries or request, the asker named after from or right before them; denied by 'is yet to', 'did not'"},
		{"Tom Wu visited Oslo. The Velmor Trust responded to the written queries. Ann Lee did not respond to questions about Tom Wu. Ola Berg replied to questions from reporters.",
			nil, []string{"Velmor Trust -respond_to-> Oslo", "Ann Lee -not_respond_to-> Tom Wu", "Ann Lee -respond_to-> Tom Wu"},
			"no name before the queries; questions about an actor are not the actor's"},
	})
}
