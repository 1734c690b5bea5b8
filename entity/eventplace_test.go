package entity

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestEventPlaceArgument covers a verb and "in" a place whose verb is not
// of staying, birth, work, arrival, election or a stake: the place is the
// act's place argument, no edge between the actor and the place, while
// the verbs of those classes keep theirs.
func TestEventPlaceArgument(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Former Norland president Tomas Verlin died at his home in Velby on Monday.",
			[]string{"Tomas Verlin -die-> in Velby"},
			[]string{"Tomas Verlin -die_in-> Velby", "Tomas Verlin -die_at-> Velby"},
			"where a person died is the death's place"},
		{"Opposition candidate Anna Korsak held a major rally in Velby on Thursday. The Harbor Party held primary elections in Norland and Dalmark.",
			[]string{"Anna Korsak -hold-> in Velby", "Harbor Party -hold-> in Norland", "Harbor Party -hold-> in Dalmark"},
			[]string{"Anna Korsak -hold_in-> Velby", "Anna Korsak -hold_rally_in-> Velby", "Harbor Party -hold_in-> Norland", "Harbor Party -hold_in-> Dalmark"},
			"where a rally or a primary was held is its place"},
		{"Foreign ministers Tomas Verlin and Anna Korsak gathered in Velby on Wednesday.",
			[]string{"Tomas Verlin -gather-> in Velby", "Anna Korsak -gather-> in Velby"},
			[]string{"Tomas Verlin -gather_in-> Velby", "Anna Korsak -gather_in-> Velby"},
			"where actors gathered is the gathering's place"},
		{"Tomas Verlin lived in Velby for twenty years. Anna Korsak was born in Velby. Korsak was elected in Velby in 2016. Norwegian forces regularly conduct raids in Halden.",
			[]string{"Tomas Verlin -live_in-> Velby", "Anna Korsak -born_in-> Velby", "Anna Korsak -elected_in-> Velby"},
			nil,
			"residence, birth and election keep their place"},
	})
}

// TestEventPlaceKept checks that the fact of an act whose place became its
// argument is still written, with the place as its place argument.
func TestEventPlaceKept(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	_, facts := pipelineFacts(a, x, r, "Foreign ministers Tomas Verlin and Anna Korsak gathered in Velby on Wednesday.")
	found := false
	for _, f := range facts {
		if f.SubjectEntity == "Tomas Verlin" && f.Lemma == "gather" && f.ObjectEntity == "" {
			found = slices.ContainsFunc(f.Extra, func(a schema.Argument) bool {
				return a.Role == "place" && a.Text == "in Velby" && a.Entity == "Velby"
			})
		}
	}
	if !found {
		t.Errorf("no fact Tomas Verlin -gather- with place \"in Velby\" among %+v", facts)
	}
}
