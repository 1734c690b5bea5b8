package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestDoerJudged covers a speaker's copula whose complement judges an act
// and names its doer in a by- or from-phrase: the speaker criticizes or
// praises the doer, whatever the subject is.
func TestDoerJudged(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`The Halvik Trust said "Closing the school is a disappointing and short-sighted move by Acme Corp."`,
			[]string{"Halvik Trust -criticize-> Acme Corp"}, nil,
			"a gerund subject; scorn adjectives joined by and"},
		{"Ann Lee said it was a shameful decision by the Halvik Party.",
			[]string{"Ann Lee -criticize-> Halvik Party"}, nil,
			"reported clause, it as subject"},
		{`"This is a brave decision by Ann Lee," Tom Wu said.`,
			[]string{"Tom Wu -praise-> Ann Lee"}, nil,
			"a praise adjective in a quotation"},
		{"Tom Wu said it was a major policy decision by Ann Lee.",
			nil, []string{"Tom Wu -praise-> Ann Lee", "Tom Wu -criticize-> Ann Lee"},
			"adjectives that judge nothing"},
		{"Tom Wu said it was not a wise decision by Ann Lee.",
			nil, []string{"Tom Wu -praise-> Ann Lee"},
			"negated"},
	})
}

// TestRightThing covers "did the right (wrong) thing" as a speaker's
// praise (criticism) of the doer.
func TestRightThing(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`Ann Lee said "Acme Corp did the right thing here."`,
			[]string{"Ann Lee -praise-> Acme Corp"}, nil, "right"},
		{"Ann Lee said the Halvik Party did the wrong thing.",
			[]string{"Ann Lee -criticize-> Halvik Party"}, nil, "wrong"},
		{"Ann Lee said Acme Corp did not do the right thing.",
			nil, []string{"Ann Lee -praise-> Acme Corp"}, "negated"},
	})
}

// TestOfTopicAfterName covers an addressed actor followed by the verb's
// of-phrase ("informed Tom Wu of the decision"): with no capitalised word
// in it, the phrase names no thing that holds the actor's name, and the
// actor is still the object.
func TestOfTopicAfterName(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee informed Tom Wu of the decision.",
			[]string{"Ann Lee -inform-> Tom Wu"}, nil, "inform"},
		{"Ann Lee notified the Halvik Party of the decision.",
			[]string{"Ann Lee -notify-> Halvik Party"}, nil, "notify"},
		{"Ann Lee warned Tom Wu of the dangers.",
			[]string{"Ann Lee -warn-> Tom Wu"}, nil, "warn"},
		{"Tom Wu received the Halvik Player of the Year trophy.",
			nil, []string{"Tom Wu -receive-> Halvik"}, "a thing named with a name stays a thing"},
	})
}

// TestUnpassedMotion covers an infinitive after a motion, a bill or a
// resolution that a verb puts forward or turns down without passing it:
// its act is not done. Passing one stays the body's act.
func TestUnpassedMotion(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Halvik Parliament rejected a motion to impeach Ann Lee.",
			nil, []string{"Halvik Parliament -impeach-> Ann Lee"}, "rejected"},
		{"Tom Wu introduced a bill to ban Acme Corp.",
			nil, []string{"Tom Wu -ban-> Acme Corp"}, "introduced"},
		{"The Halvik Parliament passed a resolution to expel Ann Lee.",
			[]string{"Halvik Parliament -expel-> Ann Lee"}, nil, "passed"},
	})
}

// TestIssuedMessageSpeaker covers a message as the speaker of reported
// words: its issuer, named before the noun or in a from-phrase, speaks.
func TestIssuedMessageSpeaker(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"A statement from the Halvik Party said Acme Corp lied to voters.",
			[]string{"Halvik Party -accuse-> Acme Corp"}, nil, "from-phrase"},
		{"A Halvik Party statement said Acme Corp lied to voters.",
			[]string{"Halvik Party -accuse-> Acme Corp"}, nil, "name before the noun"},
		{"An Acme Corp press release said Tom Wu was a kind and brilliant man.",
			[]string{"Acme Corp -praise-> Tom Wu"}, nil, "press release"},
		{"A Facebook post said Acme Corp lied to voters.",
			nil, []string{"Facebook -accuse-> Acme Corp"}, "a platform is no issuer"},
	})
}
