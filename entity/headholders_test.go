package entity

import (
	"fmt"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestHeadlineHolders checks, on the headline's facts, that a headline's
// office written with a state's name or adjective and no name is the
// person the body names in that office, that a headline's opening agent
// noun is no name, that a possessive's membership gives way to the
// office the body names, that a possessive state before a surname the
// body gives in full ties the person to the state, that a role noun is
// the person the body names with it, and that a place the body names
// too lies in the state after its comma.
func TestHeadlineHolders(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []edgeCase{
		{"Norwegian prime minister rejects pipeline plan\n\nOn Monday, Ann Lee, the Prime Minister of Norway, rejected the plan. Lee met Tom Wu.",
			[]string{"Ann Lee -lead-> Norway"}, nil,
			"a state's adjective and a leader's title in the headline are the leader the body names"},
		{"Fiji leader announces withdrawal of bill\n\nOn Wednesday, Ann Lee, the president of Fiji, announced that the bill would be withdrawn.",
			[]string{"Ann Lee -lead-> Fiji"}, nil,
			"a state's name and leader"},
		{"Norwegian prime minister rejects pipeline plan\n\nAnn Lee, the Prime Minister of Norway, met Tom Wu, the former Prime Minister of Norway, on Monday.",
			nil, []string{"Ann Lee -lead-> Norway", "Tom Wu -lead-> Norway"},
			"two holders in the body: the headline names neither"},
		{"Astronomer tells Wikinews about comet\n\nThe astronomers of Halvik University found a comet. Ann Lee told Wikinews about it.",
			nil, []string{"Astronomer -tell-> Wikinews"},
			"a headline's opening agent noun that the body writes in lower case is no name"},
		{"Fiji's Ann Lee delivers speech after protests\n\nAnn Lee, the president of Fiji, spoke on Monday.",
			[]string{"Ann Lee -lead-> Fiji"}, []string{"Ann Lee -member_of-> Fiji"},
			"a possessive's membership gives way to the office the body names"},
		{"Norway's Halvorsen airlifted to Germany\n\nToday, Norwegian opposition leader Tom Halvorsen was airlifted from Oslo to Berlin. Halvorsen had been ill.",
			[]string{"Tom Halvorsen -from-> Norway"}, nil,
			"a possessive state before a surname the body gives in full: from it, as the body says"},
		{"Norway's Halvorsen wins gold in Doha\n\nTom Halvorsen won the 400 m hurdles in Doha on Monday. Halvorsen thanked his coach.",
			[]string{"Tom Halvorsen -member_of-> Norway"}, nil,
			"a possessive state before a surname the body ties to it by nothing: its member"},
		{"Norwegian ex-minister found guilty of corruption\n\nNorway's former health minister Tom Wu was found guilty of fraud on Monday. Prime Minister Ann Lee said nothing.",
			[]string{"Tom Wu -work_for-> Norway"}, []string{"Ann Lee -work_for-> Norway", "Ann Lee -lead-> Norway"},
			"a role noun after a state is the person the first sentence that writes the noun names with it, in the post the body gives"},
		{"Bishop Tom Wu of Velmora, Norway dies\n\nBishop Tom Wu of the Velmora diocese in Norway died on Monday. He had served in Velmora since 1990.",
			[]string{"Velmora -locate_in-> Norway"}, []string{"Tom Wu -from-> Velmora"},
			"a headline's place the body names too lies in the state after its comma"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			sents := a.Split(tc.text)
			exts := make([][]schema.Extraction, len(sents))
			for i, s := range sents {
				exts[i] = x.Sentence(s)
			}
			d := r.resolveDoc(sents, exts)
			var got []string
			for _, f := range d.facts {
				if f.Sentence == 0 && f.subj != nil && f.obj != nil && !f.Background {
					got = append(got, fmt.Sprintf("%s -%s-> %s", f.subj.name, f.Lemma, f.obj.name))
				}
			}
			checkEdges(t, tc, got)
		})
	}
}
