package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// TestSeatFrom covers a titled legislator "from" a state, who holds its seat,
// on invented sentences.
func TestSeatFrom(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senate passes farm bill\n\nThe US Senate voted on Tuesday. Senator Mira Holt from Vermont voted against the bill.",
			[]string{"Mira Holt -represent-> Vermont"},
			[]string{"Mira Holt -from-> Vermont"},
			"a titled senator from a state holds its seat, as \"of\" says"},
		{"Joel Sand from Vermont won the race.",
			nil, []string{"Joel Sand -represent-> Vermont"},
			"no seat title: from says only where he comes from"},
		{"Party news. The questions about Ann Lee from the Halvik Party went on. Critics recalled the doubts about the record of Tom Wu from the Velmar Party.",
			nil, []string{"Ann Lee -member_of-> Halvik Party", "Tom Wu -member_of-> Velmar Party"},
			"a name that about governs: the body after from is the source of the talk"},
		{"Party news. Ann Lee from the Halvik Party spoke about Tom Wu.",
			[]string{"Ann Lee -member_of-> Halvik Party"}, nil,
			"a person from a party, who speaks about another"},
	})
}

// TestCampaignStaff covers a candidate's campaign named as the employer of its
// staff, on invented sentences: elsewhere it acts for the candidate.
func TestCampaignStaff(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Debate ends in uproar\n\nJoel Sand and Rita Holm debated on Monday. The Sand campaign accused Holm of lying. Mira Voss, a spokeswoman for the Sand campaign, said the debate was unfair.",
			[]string{"Joel Sand -accuse-> Rita Holm", "Mira Voss -work_for-> Sand campaign"},
			[]string{"Sand campaign -accuse-> Rita Holm"},
			"a candidate's campaign acts for the candidate, and has staff of its own"},
		{"Joel Sand won. Sand campaign manager Mira Voss thanked the voters.",
			[]string{"Mira Voss -work_for-> Sand campaign"}, nil,
			"a campaign named before its staff member's noun"},
		{"Joel Sand won. Rita Holm spoke at a Sand campaign rally in Ohio.",
			nil, []string{"Rita Holm -speak_at-> Sand campaign"},
			"a campaign's event is no body"},
	})
}

// TestDepartmentHeads covers the head of one of a body's departments, who works
// for the body rather than leads it, on invented sentences.
func TestDepartmentHeads(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Debate ends in uproar\n\nRita Holm spoke first, while the communications director for the Halvik Party, Joel Sand, declared victory. Mira Voss, the Daily Norden's editorial director, agreed.",
			[]string{"Joel Sand -work_for-> Halvik Party", "Mira Voss -work_for-> Daily Norden"},
			[]string{"Joel Sand -lead-> Halvik Party", "Mira Voss -lead-> Daily Norden"},
			"the head of a department works for the body"},
		{"Mira Voss, the director of the Halvik Institute, agreed.",
			[]string{"Mira Voss -lead-> Halvik Institute"}, nil,
			"a director with no department leads"},
		{"Ola Berg, the sales department head at Velmar Holdings, agreed. Kari Dahl served as the research division chief at Halvik Bank. Tove Lund, the head at Brekke Shipping, agreed.",
			[]string{"Ola Berg -work_for-> Velmar Holdings", "Kari Dahl -work_for-> Halvik Bank", "Tove Lund -lead-> Brekke Shipping"},
			[]string{"Ola Berg -lead-> Velmar Holdings", "Kari Dahl -lead-> Halvik Bank"},
			"a department's or a division's head works for the body; a bare head leads it"},
	})
}

// TestApposedWhen covers an apposition whose role an adverb of time opens
// ("then", "now") before the article, on invented sentences.
func TestApposedWhen(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway holds election\n\nNorway held a general election on Monday. Voters across Norway went to the polls. The vote in Norway was close. The law was passed at the request of Ola Berg, then the Prime Minister.",
			[]string{"Ola Berg -lead-> Norway"}, nil,
			"a state's title held then, in a report about the state"},
		{"Kari Dahl, now the Halvik Bank chairman, said it was fine.",
			[]string{"Kari Dahl -lead-> Halvik Bank"}, nil,
			"a body's role held now"},
	})
}

// TestFirstSelectman covers the head of a New England town's board of
// selectmen, who leads the town, and the board's members, on invented
// sentences.
func TestFirstSelectman(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Plane lands safely\n\nMira Holt, the first selectman of Hartford, praised the crew. According to Hartford's first selectman, Mira Holt, no one was hurt. Hartford First Selectman Joel Sand thanked her.",
			[]string{"Mira Holt -lead-> Hartford", "Joel Sand -lead-> Hartford"}, nil,
			"a first selectman heads the town"},
		{"Rita Voss, a selectman of Hartford, agreed.",
			[]string{"Rita Voss -member_of-> Hartford"}, []string{"Rita Voss -lead-> Hartford"},
			"a selectman sits on the town's board"},
	})
}

// TestServiceCaptain covers "captain" as a rank in an armed or uniformed
// service, whose captains are its members, beside a team's captain, who
// leads it, on invented sentences.
func TestServiceCaptain(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Joel Sand, a Royal Navy captain, said the ship was safe.",
			[]string{"Joel Sand -member_of-> Royal Navy"}, []string{"Joel Sand -lead-> Royal Navy"},
			"a navy's captain is one of its officers"},
		{"England beat Wales on Sunday. England captain Rita Voss scored twice.",
			[]string{"Rita Voss -lead-> England"}, nil,
			"a team's captain leads it"},
	})
}

// TestServiceRankRestated checks that a service's rank given with the
// service's acronym ("NCG Captain Ola Vik" after "the Norland Coast Guard
// (NCG)") is restated by the rank alone in a later sentence ("Captain Vik
// said"), while a party's membership is not, on documents written for this
// test.
func TestServiceRankRestated(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool // the second sentence restates the member_of fact
		why  string
	}{
		{"The Norland Coast Guard (NCG) ended its search on Tuesday. NCG Captain Ola Vik told the press nothing was found.\n\nLater, Captain Vik said the night had been confusing.", true,
			"a rank in the service"},
		{"The Norland Coast Guard (NCG) ended its search on Tuesday. NCG Captain Ola Vik told the press nothing was found.\n\nThe call came from someone on the ferry, who may have been the captain.", false,
			"a bare description of the rank: many hold it"},
		{"Labour MP Tom Wu spoke on Monday.\n\nMP Wu said the plan was ready.", false,
			"a party's member"},
	} {
		t.Run(c.why, func(t *testing.T) {
			first, second := restatedRole(pipelineFacts(a, x, r, c.text))("member_of")
			if !first || second != c.want {
				t.Errorf("Resolve(%q): member_of before the last sentence %v, in it %v; want true, %v", c.text, first, second, c.want)
			}
		})
	}
}

// TestTitledOfThe covers a titled name and "of the" a body, on invented
// sentences: a leading title heads the body, a state's title held by a
// party's member does not.
func TestTitledOfThe(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Director Joel Sand of the Halvik Institute announced a trial.",
			[]string{"Joel Sand -lead-> Halvik Institute"}, []string{"Joel Sand -member_of-> Halvik Institute"},
			"a leading title before the name, the body after of the"},
		{"Polls show Mira Holt ahead of President Joel Sand of the Republican Party.",
			[]string{"Joel Sand -member_of-> Republican Party"}, []string{"Joel Sand -lead-> Republican Party"},
			"a state's president is his party's member"},
	})
}

// TestSharedHeads covers role nouns of heads who share the post and of
// undergraduates, on invented sentences.
func TestSharedHeads(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mira Holt, co-chair of the Halvik Foundation, died. Joel Sand, the Norden Trust's co-chairman, paid tribute.",
			[]string{"Mira Holt -lead-> Halvik Foundation", "Joel Sand -lead-> Norden Trust"}, nil,
			"a co-chair heads the body with another"},
		{"Rita Voss, an Ithaca College undergraduate, led the study.",
			[]string{"Rita Voss -member_of-> Ithaca College"}, nil,
			"an undergraduate is a student of the college"},
		{"Carl Dahl, a Kelby College undergrad, tested the glue. Ola Berg, a Norden University undergrad, agreed.",
			[]string{"Carl Dahl -member_of-> Kelby College", "Ola Berg -member_of-> Norden University"}, nil,
			"an undergrad, the clipped noun, is an undergraduate"},
	})
}

// TestNamedAlly covers a person's name before an ally's noun, which makes
// the name after it or the apposed holder the person's ally, on invented
// sentences.
func TestNamedAlly(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"President Joel Sand spoke on Monday. Sand ally Mira Holt said the vote was fair. Rita Voss, a close Sand ally, agreed. Businessman and Sand loyalist Ola Berg said he should accept the outcome.",
			[]string{"Mira Holt -ally_of-> Joel Sand", "Rita Voss -ally_of-> Joel Sand", "Ola Berg -ally_of-> Joel Sand"},
			[]string{"Mira Holt -work_for-> Joel Sand"},
			"an ally's noun after a person's name"},
		{"President Joel Sand spoke on Monday. Rita Voss, a longtime Sand adviser, agreed.",
			[]string{"Rita Voss -work_for-> Joel Sand"}, nil,
			"a staff noun after a word of closeness"},
		{"President Joel Sand spoke on Monday. Sand political ally Mira Holt said the vote was fair.",
			[]string{"Mira Holt -ally_of-> Joel Sand"}, []string{"Mira Holt -work_for-> Joel Sand"},
			"an ally's noun after an adjective (the staff rule's adjectives meet the ally's noun)"},
	})
}

// TestBareMayor covers a mayor's title with no town named with it, on
// invented stories: the one town the sentence or the report names.
func TestBareMayor(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Toronto police apologise\n\nToronto police apologised on Tuesday. Residents of Toronto had long criticised the force. Some have been critical; mayor Mira Holt suggested a broader probe.",
			[]string{"Mira Holt -lead-> Toronto"}, nil,
			"the one town the report names"},
		{"Toronto and Vancouver agree\n\nToronto and Vancouver signed a deal. Residents of Toronto and Vancouver welcomed it. Mayor Joel Sand said it was fair.",
			nil, []string{"Joel Sand -lead-> Toronto", "Joel Sand -lead-> Vancouver"},
			"two towns: whose mayor is unknown"},
	})
}

// TestStateOfficeCopula covers a state's adjective before a capitalised
// staff noun, an office of the state, beside a trade in lower case, on
// invented sentences.
func TestStateOfficeCopula(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"According to U.S. Attorney Mira Holt, the suspect acted alone.",
			[]string{"Mira Holt -work_for-> United States"}, []string{"Mira Holt -from-> United States"},
			"a capitalised office of the state"},
		{"Joel Sand is a French lawyer.",
			[]string{"Joel Sand -from-> France"}, []string{"Joel Sand -work_for-> France"},
			"a trade in lower case says where one is from"},
	})
}

// restatedRole returns, for the facts of a document, a function that
// reports whether a role of lemma with an actor object was stated before
// the document's last sentence, and whether it is stated in the last one:
// the restating that TestServiceRankRestated and TestAddressRestatesNoRole
// check.
func restatedRole(sents []nlp.Sentence, facts []schema.Fact) func(lemma string) (before, last bool) {
	end := len(sents) - 1
	return func(lemma string) (before, last bool) {
		for _, f := range facts {
			if f.Lemma == lemma && f.ObjectEntity != "" {
				before = before || f.Sentence < end
				last = last || f.Sentence == end
			}
		}
		return before, last
	}
}
