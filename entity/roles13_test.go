package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestRegionHeads covers the heads of the governments of regions and
// territories (first minister, chief minister, chief executive) and
// capitalised local heads after a verb of holding, on invented stories.
func TestRegionHeads(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Leaders react to flood warnings\n\nThe First Minister of Scotland Mira Holt said she was watching events closely. Chief Executive of Hong Kong Joel Sand met her last month. Rita Voss, the first minister of Wales, agreed.",
			[]string{"Mira Holt -lead-> Scotland", "Joel Sand -lead-> Hong Kong", "Rita Voss -lead-> Wales"},
			[]string{"Mira Holt -work_for-> Scotland", "Joel Sand -work_for-> Hong Kong", "Rita Voss -work_for-> Wales"},
			"a first minister or chief executive of a territory heads it, before the name or in apposition"},
		{"Scotland votes on new budget\n\nScottish First Minister Mira Holt said the budget was fair. Punjab Chief Minister Ravi Dev met her in Edinburgh. Rita Voss is Wales's First Minister.",
			[]string{"Mira Holt -lead-> Scotland", "Ravi Dev -lead-> Punjab", "Rita Voss -lead-> Wales"},
			[]string{"Mira Holt -work_for-> Scotland", "Ravi Dev -work_for-> Punjab", "Rita Voss -work_for-> Wales"},
			"a capitalised First or Chief Minister is one title, which leads"},
		{"Ravi Dev became Chief Minister of Punjab in 2019. Mira Holt served as First Minister of Wales. Joel Sand served as Mayor of Bergen until 2015.",
			[]string{"Ravi Dev -lead-> Punjab", "Mira Holt -lead-> Wales", "Joel Sand -lead-> Bergen"}, nil,
			"a capitalised head's title after a verb of holding heads the place after of"},
		{"Joel Sand served as Director of Communications at Halvik Motors.",
			nil, []string{"Joel Sand -lead-> Communications"},
			"a capitalised director of a field heads nothing"},
		{"Mira Holt, the deputy first minister of Wales, agreed.",
			nil, []string{"Mira Holt -lead-> Wales"},
			"a deputy first minister does not lead"},
	})
}

// TestSpeakerOffice covers the Speaker as an office held, never an actor:
// elected, served as, the post or office of, a time as Speaker, on
// invented stories.
func TestSpeakerOffice(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mia Berg returns as Speaker of the House\n\nThe House of Representatives met on Thursday. In 2011, Mia Berg became the youngest person to serve as Speaker of the House. Berg today resumed the office of Speaker of the House. Republican Joel Sand, who held the post of Speaker last term, congratulated her.",
			[]string{"Mia Berg -lead-> House of Representatives", "Joel Sand -lead-> House of Representatives"},
			[]string{"Mia Berg -serve_as-> Speaker", "Joel Sand -hold-> Speaker"},
			"serving as, resuming the office of or holding the post of Speaker chairs the house"},
		{"The House of Representatives met on Thursday. Mia Berg was elected Speaker by a vote of 220 to 210. Joel Sand was again elected Speaker in 2015. Rita Holm said taxes rose during her time as Speaker.",
			[]string{"Mia Berg -lead-> House of Representatives", "Joel Sand -lead-> House of Representatives", "Rita Holm -lead-> House of Representatives"},
			[]string{"Mia Berg -elect-> Speaker", "Joel Sand -elect-> Speaker"},
			"elected Speaker, and a time as Speaker, chair the one house named; no title is an actor"},
		{"The Halvik Assembly elected Rita Holm Speaker on Monday.",
			[]string{"Rita Holm -lead-> Halvik Assembly", "Halvik Assembly -elect-> Rita Holm"},
			[]string{"Halvik Assembly -elect-> Rita Holm Speaker"},
			"a house that elects a person Speaker: the office is no part of her name"},
		{"The House of Commons and the Halvik Parliament met. Rita Holm was elected Speaker on Monday.",
			nil, []string{"Rita Holm -lead-> House of Commons", "Rita Holm -lead-> Halvik Parliament"},
			"with two houses named, whose Speaker is unknown"},
		{"Joel Sand was elected Speaker of the Youth Council in 2015.",
			[]string{"Joel Sand -lead-> Youth Council"}, []string{"Joel Sand -elect-> Speaker"},
			"the speaker of a body that is no house chairs it"},
	})
}

// TestOfficeSought covers an office sought or named alone, which is no
// actor: "ran for governor of Texas" does not run for Texas, on invented
// sentences.
func TestOfficeSought(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Joel Sand, the mayor of Austin, Texas, ended his bid for president of the United States last month.",
			[]string{"Joel Sand -lead-> Austin"}, []string{"Joel Sand -end_for-> United States"},
			"a campaign for president of a state serves no actor"},
		{"Mia Berg ran for governor of Texas in 2014. Rita Holm launched a bid for Senator in Ohio.",
			nil, []string{"Mia Berg -run_for-> Texas", "Rita Holm -bid_for-> Senator"},
			"the office sought is no actor, nor is its place"},
		{"Mia Berg campaigned for the Harbor Party in Oslo.",
			[]string{"Mia Berg -campaign_for-> Harbor Party"}, nil,
			"a party campaigned for is one"},
	})
}

// TestJoinedPosts covers two posts joined by "and" after a verb of holding
// or a copula: each holds in its own body or place, on invented sentences.
func TestJoinedPosts(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Holm has served as mayor of Austin and governor of Texas.",
			[]string{"Rita Holm -lead-> Austin", "Rita Holm -lead-> Texas"}, nil,
			"two heads' posts joined by and lead both places"},
		{"Joel Sand was mayor of Oslo and later governor of Texas. Mia Berg is the mayor of Boston and a member of the Harbor Party.",
			[]string{"Joel Sand -lead-> Oslo", "Joel Sand -lead-> Texas", "Mia Berg -lead-> Boston", "Mia Berg -member_of-> Harbor Party"}, nil,
			"after a copula, with an adverb or an article before the second post"},
		{"Mia Berg was mayor of Austin, Texas, and police chief of Dallas.",
			[]string{"Mia Berg -lead-> Austin", "Mia Berg -work_for-> Dallas"}, []string{"Mia Berg -lead-> Dallas"},
			"a place's state between the posts; a police chief serves the city"},
		{"Joel Sand became chairman of Halvik Motors and Mia Berg joined the board of the Harbor Bank.",
			[]string{"Joel Sand -lead-> Halvik Motors"}, []string{"Joel Sand -lead-> Harbor Bank", "Joel Sand -member_of-> Harbor Bank"},
			"a second clause after and is no second post"},
	})
}

// TestListedTitledNames covers a party and a title before the next name
// of a list, which belong to that name, not the one before, on invented
// sentences.
func TestListedTitledNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Leaders condemn attack\n\nThose who spoke included First Minister of Wales Rita Holm, Labour MP (Member of Parliament) Joel Sand, and Mia Berg.",
			[]string{"Rita Holm -lead-> Wales", "Joel Sand -member_of-> Labour Party"},
			[]string{"Rita Holm -member_of-> Labour Party", "Joel Sand -member_of-> Member of Parliament"},
			"the party of a bracketed title goes to the name after it"},
		{"Speakers included Rita Holm, Labour MP Joel Sand and Mia Berg. Labour MP Ola Dahl said the community was shocked.",
			[]string{"Joel Sand -member_of-> Labour Party", "Ola Dahl -member_of-> Labour Party"},
			[]string{"Rita Holm -member_of-> Labour Party"},
			"a listed name's title and party are its own"},
		{"Rita Holm, a Labour MP, spoke.",
			[]string{"Rita Holm -member_of-> Labour Party"}, nil,
			"the party in an apposition is the person's"},
	})
}

// TestHeadlineRoles covers a headline's person named with a place's
// adjective, possessive or short name and a title, whose role the body
// states, on invented stories.
func TestHeadlineRoles(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Sitting Fijian Prime Minister Joel Sand dies aged 78\n\nJoel Sand, the Prime Minister of Fiji, died on Tuesday in Suva, his office said.",
			[]string{"Joel Sand -lead-> Fiji"}, nil,
			"a nationality and a title before a headline's name, with a capitalised word before them"},
		{"LA Mayor Holm ends presidential campaign\n\nLos Angeles Mayor Rita Holm on Monday ended her campaign. Holm said she was proud.",
			[]string{"Rita Holm -lead-> Los Angeles"}, nil,
			"a city's short name and a title: the body's post with that title"},
		{"Fiji's Mia Berg delivers speech after protests\n\nMia Berg, the President of Fiji, spoke in Suva on Monday.",
			[]string{"Mia Berg -lead-> Fiji"}, nil,
			"a state's possessive before a headline's name: the role the body gives"},
	})
}

// TestStateNameApposition covers a state's name (not its adjective or
// possessive) before a role noun in an apposition, on invented sentences.
func TestStateNameApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Talks open in Geneva\n\nJoel Sand, the United States special envoy for Syria negotiations, met rebel leaders in Geneva on Friday. Mia Berg, the United States ambassador to Syria, met them too.",
			[]string{"Joel Sand -work_for-> United States", "Mia Berg -work_for-> United States"},
			[]string{"Joel Sand -work_for-> Syria", "Mia Berg -work_for-> Syria"},
			"a state's name before an envoy's noun in apposition: the state's envoy"},
		{"Rita Holm, Norway's ambassador in Kabul, agreed.",
			[]string{"Rita Holm -work_for-> Norway"}, nil,
			"an envoy's post after 'in'"},
		{"Talks open in Geneva\n\nRita Holm, the United States, and Norway agreed on Friday.",
			nil, []string{"Rita Holm -work_for-> United States", "Rita Holm -lead-> United States"},
			"a list of actors is no apposition"},
	})
}

// TestPersonsStaff covers a person's staff named by the person's
// possessive after a copula or a verb of holding, on invented stories.
func TestPersonsStaff(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Sand faces inquiry\n\nJoel Sand faces an inquiry. Rita Holm was serving as Sand's personal lawyer at the time. Mia Berg, one of Sand's aides, attended. Ola Dahl was Joel Sand's vice president. Jo Ng became one of Sand's closest advisers.",
			[]string{"Rita Holm -work_for-> Joel Sand", "Mia Berg -work_for-> Joel Sand", "Ola Dahl -work_for-> Joel Sand", "Jo Ng -work_for-> Joel Sand"}, nil,
			"a lawyer, aide, adviser or vice president of a person works for the person"},
		{"Sand wins prize\n\nJoel Sand studied rocks at Lund University. Sand said Rita Holm was his dissertation adviser. Jo Ng became one of Sand's closest advisers. Ola Dahl was Sand's thesis advisor.",
			[]string{"Jo Ng -work_for-> Joel Sand"}, []string{"Rita Holm -work_for-> Joel Sand", "Ola Dahl -work_for-> Joel Sand"},
			"a dissertation or thesis adviser supervises the student; a person's other advisers work for him"},
		{"Sand faces inquiry\n\nJoel Sand faces an inquiry. Mia Berg is Sand's main rival.",
			[]string{"Mia Berg -compete_with-> Joel Sand"}, []string{"Mia Berg -work_for-> Joel Sand"},
			"a rival is no staff"},
	})
}

// TestBracketedAndPossessedUnits covers a tweet's bracketed name after a
// title and a person of a body's possessive unit, on invented stories.
func TestBracketedAndPossessedUnits(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Holm quits race\n\nPart time Mayor of Boston, [Joel Sand], who was polling at 0%, mocked her.",
			[]string{"Joel Sand -lead-> Boston"}, nil,
			"a quoted post's name in square brackets after the title"},
		{"Israeli army says rockets fired from Lebanon\n\nColonel Joel Sand of the army's Northern Command said three rockets hit open fields.",
			[]string{"Joel Sand -work_for-> Northern Command", "Northern Command -part_of-> Israeli army"}, nil,
			"an officer of a body's named unit works for the unit, which is part of the body"},
		{"Mia Berg of Norway's Halvik Bank spoke on Monday.",
			[]string{"Mia Berg -work_for-> Halvik Bank"}, nil,
			"a person of a state's firm is the firm's staff"},
	})
}

// TestFoundingFather covers a founder named "founding father" and a role
// a passive verb of deeming states, on invented sentences.
func TestFoundingFather(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvia mourns\n\nJoel Sand was considered the founding father of Zimbabwe. Mia Berg is the founding father of the Harbor Party. Rita Holm was regarded as the founder of Halvik Bank.",
			[]string{"Joel Sand -found-> Zimbabwe", "Mia Berg -found-> Harbor Party", "Rita Holm -found-> Halvik Bank"}, nil,
			"a founding father founds; 'was considered' and 'was regarded as' state the role"},
		{"Co-founder of Microsoft, Joel Sand, personally met the minister.",
			[]string{"Joel Sand -found-> Microsoft"}, nil,
			"a founder's title at the sentence's start"},
		{"Joel Sand was seen as a founding member of the Harbor Party.",
			[]string{"Joel Sand -member_of-> Harbor Party"}, []string{"Joel Sand -found-> Harbor Party"},
			"a founding member is a member"},
	})
}

// TestSpeakerTitle covers "Speaker" written as a title before a name, in
// a report about the US Congress, on an invented story.
func TestSpeakerTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Congress passes budget\n\nThe United States Congress passed the budget on Friday. Speaker of the House Mia Berg said it was a good day for America. Speaker Rita Holm spoke in Washington.",
			[]string{"Mia Berg -lead-> United States House of Representatives", "Rita Holm -lead-> United States House of Representatives"},
			[]string{"House Mia Berg -lead-> United States House of Representatives", "Speaker Rita Holm -speak_in-> Washington"},
			"'Speaker' and 'Speaker of the House' before a name are a title, not part of it"},
	})
}
