package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestGradedRoleAfterBody covers a body's name, a lower-case adjective
// and a role noun before a person's name ("Harbor Party presidential
// nominee Ann Lee"): the adjective grades the role, which stays the
// body's, on invented stories.
func TestGradedRoleAfterBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Wikinews interviews 2020 Harbor Party presidential candidate Mira Holt. Holt answered questions about her campaign.",
			[]string{"Mira Holt -member_of-> Harbor Party"}, nil,
			"a party's presidential candidate is its member"},
		{"The debate was held on Monday. Those taking part were Green Party vice presidential nominee Joel Sand and the moderator.",
			[]string{"Joel Sand -member_of-> Green Party"}, nil,
			"a party's vice presidential nominee is its member"},
		{"Halvik Times political correspondent Rita Voss said the vote was close.",
			[]string{"Rita Voss -work_for-> Halvik Times"}, nil,
			"a newspaper's political correspondent works for it"},
		{"Police arrested suspected smuggler Tom Wu on Friday.",
			nil, []string{"Tom Wu -work_for-> Police", "Tom Wu -member_of-> Police"},
			"an adjective before a noun that is no role gives no post"},
	})
}

// TestBodyOfNamedPerson covers a guessed name after a person's full name
// and "of" ("Chris Fallows of Mara Reef Expeditions"): a body the person
// belongs to, not a second person, on invented stories.
func TestBodyOfNamedPerson(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The letter was written by Anna Smith of Green Valley Farms.",
			[]string{"Anna Smith -member_of-> Green Valley Farms"}, nil,
			"a person's body after of"},
		{"The survey was led by Neil Hammer of the Rosen School and Chris Fallows of Mara Reef Expeditions.",
			[]string{"Chris Fallows -member_of-> Mara Reef Expeditions"}, nil,
			"a second person's body after of, in a list"},
		{"Scientists from the University of Bergen and Mara Reef Expeditions published a study. The study was led by Tom Wu of Mara Reef Expeditions, a company that runs diving trips.",
			[]string{"Tom Wu -work_for-> Mara Reef Expeditions"}, nil, // the text calls it a company: its staff
			"a name the rules make a body later is one where it was guessed a person's before"},
		{"The rocket launched on Monday. Wikinews' Ann Lee attended the launch. Tom Wu of NASA said the flight went well.",
			[]string{"Ann Lee -work_for-> Wikinews", "Tom Wu -work_for-> NASA"}, []string{"Ann Lee -member_of-> Wikinews"},
			"the gazetteer's descriptor of two words ('news site') names a body with staff by its last word"},
	})
}
