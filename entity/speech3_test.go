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
