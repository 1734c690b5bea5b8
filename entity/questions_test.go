package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestQuestionsStateNoActs checks that a question's clauses give no edge,
// nor do the roles its titles name, on sentences written for this test.
func TestQuestionsStateNoActs(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Did Tom Wu meet Ann Lee in Oslo?",
			nil, []string{"Tom Wu -meet-> Ann Lee"},
			"a question asks whether they met"},
		{"Why did the Harbor Council sue Per Lund last year?",
			nil, []string{"Harbor Council -sue-> Per Lund"},
			"a wh-question takes the act as given but states it no more"},
		{"What do voters think of Norwegian Prime Minister Ann Lee?",
			nil, []string{"Ann Lee -lead-> Norway"},
			"a question is skipped whole, the role its title names too"},
		{"Why did Tom Wu, the mayor of Bergen, leave Oslo, Norway?",
			nil, []string{"Tom Wu -lead-> Bergen", "Oslo -locate_in-> Norway"},
			"an apposition's role and a place's country in a question"},
		{"Voters like Norwegian Prime Minister Ann Lee. Do they?",
			[]string{"Ann Lee -lead-> Norway"}, nil,
			"the statement before a question keeps its role"},
		{"Tom Wu met Ann Lee in Oslo. Ann Lee asked Tom Wu, \"Why?\"",
			[]string{"Tom Wu -meet-> Ann Lee", "Ann Lee -ask-> Tom Wu"}, nil,
			"a question in a quotation leaves the reporting clause stated"},
		{"Ann Lee asked whether Bergen was part of Sweden. Tom Wu wondered if the Harbor Council was part of the Nordic Institute. The Harbor Guild is part of the Nordic Institute.",
			[]string{"Harbor Guild -part_of-> Nordic Institute"}, []string{"Bergen -part_of-> Sweden", "Harbor Council -part_of-> Nordic Institute"},
			"an asked whether or if of a part and its whole states no part"},
	})
}

// TestQuestionAuxiliary checks that the auxiliary opening a question is no
// word of the name after it, on documents written for this test.
func TestQuestionAuxiliary(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Does Norsk Energi still sell gas to Sweden? Tom Wu works for Norsk Energi.",
			[]string{"Tom Wu -work_for-> Norsk Energi"}, []string{"Tom Wu -work_for-> Does Norsk Energi"},
			"a question's first auxiliary"},
		{"Harbor news\n\n((DC))  Did Halvik Group speak with the union about the plan?\n\n((Tom Wu))  Yes. I have worked for Halvik Group since 2010.",
			[]string{"Tom Wu -work_for-> Halvik Group"}, []string{"Tom Wu -work_for-> Did Halvik Group"},
			"after a speaker's label"},
	})
}
