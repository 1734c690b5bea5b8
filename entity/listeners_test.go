package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestListeners checks, on sentences written for this test, that an
// unknown name a speaker addresses is an organisation told, and that the
// name opening a clause told without "that" is the one told, and that a
// day read as the teller's subject gives way to the actor before it
// ([docState.daySubject]).
func TestListeners(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu told The Harbor Courier he would resign. Ann Lee told the Nordic Independent she had no plans.",
			[]string{"Tom Wu -tell-> Harbor Courier", "Ann Lee -tell-> Nordic Independent"},
			nil,
			"an unknown name after told is the outlet told"},
		{"Speaking to Nordic Sport, Kari Dahl said the race was hard. Ola Berg, speaking to the Lund Policy think tank, called the treaty void.",
			[]string{"Kari Dahl -speak_to-> Nordic Sport", "Ola Berg -speak_to-> Lund Policy"},
			nil,
			"an unknown name after speaking to is the one spoken to, with its outlet noun"},
		{"In an interview with Vista magazine, Kari Dahl said the plan was wrong.",
			[]string{"Kari Dahl -tell-> Vista"},
			nil,
			"an unknown name with an outlet noun after an interview with is the interviewer"},
		{"Per Lund met Ola Berg on Monday. Lund told Berg he would run. Tom Wu told Sweden it would pay.",
			[]string{"Per Lund -tell-> Ola Berg", "Tom Wu -tell-> Sweden"},
			[]string{"Per Lund -tell-> Berg"},
			"a word of a person's name, or a known place, stays what it is"},
		{"Ann Lee told the Associated Press four people were hurt. Tom Wu told Reuters the talks had failed.",
			[]string{"Ann Lee -tell-> Associated Press", "Tom Wu -tell-> Reuters"},
			nil,
			"the name opening a clause told without that is the one told"},
		{`Speaking to Reuters, the president of the Harbor League, Kari Dahl, said, "We are for free speech." Talking with Nordic Radio, the ministry said the plan was safe.`,
			[]string{"Kari Dahl -speak_to-> Reuters", "Kari Dahl -lead-> Harbor League"},
			[]string{"Harbor League -speak_to-> Reuters"},
			"a sentence opening with speaking to someone: the last person named before the verb speaks to him"},
		{"One activist, Ann Lee, on Sunday told Reuters that the deal was done. One resident, Tom Wu, on Monday visited Oslo.",
			[]string{"Ann Lee -tell-> Reuters", "Tom Wu -visit-> Oslo"},
			nil,
			"after a name and its apposition, a day after on is no subject"},
		{"Kari Dahl said that on Sunday Sweden attacked Norway.",
			[]string{"Sweden -attack-> Norway"},
			[]string{"Kari Dahl -attack-> Norway"},
			"a day after a clause's verb stands in another clause"},
	})
}
