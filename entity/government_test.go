package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestGovernments checks, through the whole pipeline, that a state's
// government or team is one actor however it is named, that "the
// government" and "government officials" are the document's government,
// that a description noun before a role names the organisation, and that an
// organisation's possessive before one of its units makes it part of it.
func TestGovernments(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Canadian government expelled Ivan Petrov. Canada's government later thanked Tom Wu.",
			[]string{"Canadian government -expel-> Ivan Petrov", "Canadian government -thank-> Tom Wu"}, nil,
			"a state's adjective or possessive before government: one node named by the adjective"},
		{"Tom Wu, of the Oslo city council, described the fire. The Bergen regional government criticised Norway. Ann Lee of the Kjosen provincial council praised Sweden.",
			[]string{"Tom Wu -member_of-> Oslo city council", "Bergen regional government -criticise-> Norway", "Ann Lee -member_of-> Kjosen provincial council"},
			[]string{"Bergen -criticise-> Norway"},
			"a place, a level and a lower-case council or government name a local body, as written"},
		{"Tom Wu coached the Peruvian national team. Ann Lee played for Peru's national team. The team later beat Chile. Chile's federal government fined Bo Chan.",
			[]string{"Tom Wu -coach-> Peruvian team", "Ann Lee -play_for-> Peruvian team", "Peruvian team -beat-> Chile", "Chilean government -fine-> Bo Chan"}, nil,
			"'national' between a state and its team, and 'federal' after a state's possessive, say it is the state's"},
		{"Minister for Foreign Affairs Tom Wu met Ann Lee in Oslo. The Minister for Work and Pensions, Joe Ng, visited Kenya. The Commissioner for Trade warned China.",
			[]string{"Tom Wu -meet-> Ann Lee", "Joe Ng -visit-> Kenya"},
			[]string{"Foreign Affairs Tom Wu -meet-> Ann Lee", "Work -visit-> Kenya", "Pensions -visit-> Kenya", "Trade -warn-> China"},
			"the portfolio after a title and for is part of the title: neither a name of its own nor part of the holder's"},
		{"Tom Wu criticised the government of New Zealand.",
			[]string{"Tom Wu -criticise-> New Zealand government"}, nil,
			"the government of a state with no adjective is named by the state"},
		{"Canada said it would act. Canada sent ships to the Arctic. The government thanked Tom Wu.",
			[]string{"Canadian government -thank-> Tom Wu"}, nil,
			"a bare description is the government of the state the document is about"},
		{"Canada and Mexico signed a deal. Canada and Mexico met again. The government thanked Tom Wu.",
			nil, []string{"Canadian government -thank-> Tom Wu", "Mexican government -thank-> Tom Wu"},
			"no government when two states are named as often"},
		{"Canada sent ships to the Arctic. Canada said it would act. Environment Minister Ann Lee asked government officials about the leak.",
			[]string{"Ann Lee -ask-> Canadian government"}, nil,
			"government officials act for the document's government"},
		{"The Peruvian team arrived in Lima on Monday. According to the Peruvian team's coach, Ana Ruiz, it was hard. The team then beat Chile. Later, team member Tom Wu thanked Ana Ruiz.",
			[]string{"Peruvian team -arrive_in-> Lima", "Ana Ruiz -lead-> Peruvian team", "Peruvian team -beat-> Chile", "Tom Wu -member_of-> Peruvian team"}, nil,
			"a team named by its state, its possessive, the team, and a team member"},
		{"Ann Lee runs Globex Corporation. The company spokesman Tom Wu declined to comment.",
			[]string{"Tom Wu -work_for-> Globex Corporation"}, nil,
			"a description noun before a role and a name: the role in the organisation it describes"},
		{"Halvik Motors reported a loss on Monday. The company's chief executive Tom Wu resigned. The company's chief financial officer Ann Lee stayed.",
			[]string{"Tom Wu -lead-> Halvik Motors", "Ann Lee -work_for-> Halvik Motors"}, []string{"Ann Lee -lead-> Halvik Motors"},
			"a description's possessive and a role of two or three lower-case words before a name: the role in the organisation it describes"},
		{"Chile held a vote. Chile said that a government commission, the Halvik Commission, listed the deaths. Norvik Radio, a state-run broadcaster, closed. Velmora Radio, a private broadcaster, opened.",
			[]string{"Halvik Commission -part_of-> Chile", "Norvik Radio -part_of-> Chile"}, []string{"Velmora Radio -part_of-> Chile"},
			"a body described in apposition as the government's or state-run is part of the state the report is about"},
		{"Taipei held its lantern festival. Thousands came to see city mayor Lin Mei-hua and other guests.",
			[]string{"Lin Mei-hua -lead-> Taipei"}, nil,
			"a place noun before a role and a name: the role in the place it describes"},
		{"The Harbor Party (HP) held its primary in Ohio on Monday. In Ohio, state HP Chair Tom Wu lost the vote.",
			[]string{"Tom Wu -lead-> Harbor Party"}, []string{"Tom Wu -lead-> Ohio"},
			"a place noun, then a body's name before the role: the role in the body, not the place"},
		{"Tom Wu spoke on Friday. Wu also asked the governments of South East Asia to open their ports.",
			[]string{"Tom Wu -ask-> governments of South East Asia"}, nil,
			"the governments of a region are a group named so"},
		{"The Nordic Institute's Marine Research Department hired Tom Wu.",
			[]string{"Marine Research Department -part_of-> Nordic Institute"}, nil,
			"an organisation's possessive before the name of one of its units"},
	})
}

// TestTeamBeforeName checks that a state's adjective and "team" before a
// name make no team of their own: the name is the team.
func TestTeamBeforeName(t *testing.T) {
	a, r := newTest(t, Options{})
	text := "The last round saw US team Velmor and Halvik, from Chile, play for the cup."
	ents, _ := r.Resolve(a.Split(text), nil)
	for _, e := range ents {
		if e.Name == "American team" {
			t.Errorf("Resolve(%q) has entity %q, want none: Velmor is the team", text, e.Name)
		}
	}
}

// TestBareParliament covers "parliament" without an article after a verb,
// "to" or "of" ("joined parliament", "a member of parliament"): the
// parliament the report names, as "the parliament" is. The sentences are
// written for this test.
func TestBareParliament(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's parliament, the Storting, met on Monday. Ola Berg first joined parliament in 1990. Per Holm entered parliament in 2001.",
			[]string{"Ola Berg -join-> Storting", "Per Holm -enter-> Storting"}, nil,
			"joined or entered parliament: the one named before"},
		{"Norway's parliament, the Storting, met on Monday. Tom Wu, a member of parliament, praised Ann Lee.",
			[]string{"Tom Wu -member_of-> Storting"}, nil,
			"a member of parliament"},
		{"The Halvik Council met on Monday. Ola Berg first joined parliament in 1990.",
			nil, []string{"Ola Berg -join-> Halvik Council"},
			"no parliament named: no other body"},
	})
}

// TestNamedStateBody checks that a state's body named by its state and a
// noun, with its own name apposed ("Norway's parliament, the Storting,"),
// is one actor under that name, which the body's noun and a bare
// "parliament" later find; that a name many states' bodies share keeps the
// state's; and that a list or a party after the comma is no such name. The
// sentences are written for this test.
func TestNamedStateBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's parliament, the Storting, voted to expel Tom Wu. The Storting later censured Ann Lee. Parliament also praised Lisa Berg.",
			[]string{"Storting -expel-> Tom Wu", "Storting -censure-> Ann Lee", "Storting -praise-> Lisa Berg"},
			[]string{"Norwegian parliament -expel-> Tom Wu", "Norwegian parliament -praise-> Lisa Berg"},
			"the apposed name names the state's parliament"},
		{"Norway's parliament, the Storting, met on Monday. The speaker of the Storting, Tom Wu, opened the session. Ann Lee, the deputy speaker of the Storting, agreed.",
			[]string{"Tom Wu -lead-> Storting", "Ann Lee -work_for-> Storting"}, []string{"Ann Lee -lead-> Storting"},
			"its speaker chairs it, as a house's does; a deputy speaker serves it"},
		{"The speaker of the Norwegian parliament Tom Wu said the vote would go ahead. The minister of the Peruvian government Ann Lee agreed. US team Cloud9 won.",
			[]string{"Tom Wu -lead-> Norwegian parliament", "Ann Lee -work_for-> Peruvian government"}, []string{"Tom Wu -from-> Norway", "American team -win-> Cloud9"},
			"a person's name right after a state's body, with no comma, is the body's officer, not part of its name; a team's name is the team"},
		{"Sweden's central bank, the Riksbank, raised rates. The bank later sued Tom Wu.",
			[]string{"Riksbank -part_of-> Sweden", "Riksbank -sue-> Tom Wu"}, []string{"Swedish central bank -sue-> Tom Wu"},
			"a state's field body and its name: one organisation"},
		{"Tonga's parliament, the Legislative Assembly, voted to expel Tom Wu. The Legislative Assembly later praised Ann Lee.",
			[]string{"Tongan parliament -expel-> Tom Wu", "Tongan parliament -praise-> Ann Lee"},
			[]string{"Legislative Assembly -expel-> Tom Wu"},
			"a name many states' bodies share: the body keeps the state's name, and the report's later use of the name finds it"},
		{"The Kenyan government, Amnesty International, and the UN condemned Tom Wu.",
			[]string{"Kenyan government -condemn-> Tom Wu", "Amnesty International -condemn-> Tom Wu"}, nil,
			"a list after the comma: three actors"},
		{"Norway's government, the Labour Party, praised Ann Lee.",
			[]string{"Norwegian government -praise-> Ann Lee"}, []string{"Labour Party -praise-> Ann Lee"},
			"a party after the comma: the government stays the state's"},
	})
}
