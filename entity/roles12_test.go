package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSpeakerAndRulers covers the Speaker of a house in apposition and the
// titles of heads that are no English role nouns, on invented stories.
func TestSpeakerAndRulers(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mia Berg, the Speaker of the House of Representatives, announced an inquiry on Thursday. The Senate passed its own bill last week, and Congress will vote in April.",
			[]string{"Mia Berg -lead-> House of Representatives"}, nil,
			"the Speaker of a house chairs it, in a story that names the other chamber and Congress"},
		{"Joel Sand, Speaker of the Halvik Parliament, opened the session.",
			[]string{"Joel Sand -lead-> Halvik Parliament"}, nil,
			"with no article, and a parliament's speaker"},
		{"Joel Sand, deputy speaker of the Halvik Parliament, opened the session.",
			[]string{"Joel Sand -work_for-> Halvik Parliament"}, []string{"Joel Sand -lead-> Halvik Parliament"},
			"a deputy speaker serves the house"},
		{"Joel Sand, a keynote speaker at the Halvik Institute, opened the session.",
			nil, []string{"Joel Sand -lead-> Halvik Institute"},
			"a speaker at an event chairs nothing"},
		{"The Canadian prime minister began a visit to Ireland with Taoiseach Rory Dunne on Friday.",
			[]string{"Rory Dunne -lead-> Ireland"}, []string{"Taoiseach Rory Dunne -lead-> Ireland"},
			"the Taoiseach heads Ireland: a title, not part of the name"},
		{"Bombs hit a Roman Catholic cathedral in Halden. Statements came from Pope Anselm and Mia Berg.",
			[]string{"Anselm -lead-> Catholic Church"}, nil,
			"the Pope heads the Catholic Church, which the story names by its adjective"},
		{"Pope Anselm met Mia Berg in Halden on Friday.",
			nil, []string{"Anselm -lead-> Catholic Church"},
			"a church the story does not name is not made up for the title"},
		{"Mia Berg met Emir Hamad Tamir of Qatar on Friday. Chancellor Joel Sand of Austria joined them.",
			[]string{"Hamad Tamir -lead-> Qatar", "Joel Sand -lead-> Austria"}, nil,
			"an emir or a chancellor of a state heads it"},
	})
}

// TestStateParliament covers the members and the premier of a state's
// parliament in a story about an Australian state, on invented stories.
func TestStateParliament(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Parliament of New South Wales, Australia voted on Tuesday to pass the bill. MP Mia Berg, who co-sponsored the bill, said the vote was historic. Member of parliament (MP) Joel Sand said he voted against it. Premier Rita Holm was not present.",
			[]string{"Mia Berg -member_of-> Parliament of New South Wales", "Joel Sand -member_of-> Parliament of New South Wales", "Rita Holm -lead-> New South Wales"},
			[]string{"Rita Holm -lead-> Australia"},
			"a state's parliament named 'Parliament of', its MPs, and the state's premier"},
		{"Australia's prime minister visited Queensland on Monday. Australia and Queensland agreed on hospital funding, and Australia will pay half. Premier Rita Holm welcomed the deal.",
			[]string{"Rita Holm -lead-> Queensland"}, []string{"Rita Holm -lead-> Australia"},
			"in a report about Australia, a premier heads a state, not Australia"},
		{"China's economy grew by five percent, China said on Monday. China will spend more on roads. Premier Wen Lang announced the figures.",
			[]string{"Wen Lang -lead-> China"}, nil,
			"a premier of a state with no premiers' provinces still heads the state"},
	})
}

// TestBareHeldPost covers a bare role noun that restates a post held,
// after a tenure's noun and "as" or in a "while" clause, on invented
// stories.
func TestBareHeldPost(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Joel Sand, the former mayor of Bergen, was charged with fraud on Monday. Prosecutors say the charges stem from his years as mayor.",
			[]string{"Joel Sand -lead-> Bergen"}, nil,
			"his years as mayor: the city the document gave him"},
		{"Norway's parliament will vote on impeaching President Joel Sand. Norway has never impeached a leader. Critics say the charges stem from decisions he made while he was president.",
			[]string{"Joel Sand -lead-> Norway"}, nil,
			"while he was president: the state he was titled president of"},
		{"Joel Sand, the former mayor of Bergen, spoke on Monday. He said the charges stem from his years as head of the party.",
			nil, []string{"Joel Sand -lead-> party"},
			"a role with of is left to the rules of of"},
		{"Norway's economy grew, Norway said. Norway will vote in May. Joel Sand became leader of the Unity Party and prime minister in 2018.",
			[]string{"Joel Sand -lead-> Unity Party", "Joel Sand -lead-> Norway"}, nil,
			"a second post after and, taken by the subject of became: the head of the state the report is about"},
		{"Norway's parliament will vote on impeaching President Joel Sand. Two presidents have been impeached in Norway. A third president, Rita Holm, would have faced impeachment had she not resigned.",
			[]string{"Rita Holm -lead-> Norway"}, nil,
			"another holder of the post, counted: the state the post is of"},
		{"Halvik Motors named a new chief. A third candidate, Rita Holm, withdrew.",
			nil, []string{"Rita Holm -lead-> Halvik Motors"},
			"a counted candidate holds no post"},
		{"Mia Berg, the mayor of Bergen, met Joel Sand. Sand said he liked Berg while he was a student.",
			nil, []string{"Joel Sand -lead-> Bergen", "Joel Sand -member_of-> Bergen"},
			"a post held by another gives nothing"},
	})
}

// TestCommitteeSeats covers a party's legislator on a panel, named with
// the state of the seat, in a report about the US Congress, on invented
// stories.
func TestCommitteeSeats(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The US Senate passed the bill last week, and Congress will vote in April. Republican committee member Joel Sand of Georgia said the inquiry was a stunt. Democratic committee chairman Mia Berg of New York said hearings would start next month.",
			[]string{"Joel Sand -represent-> Georgia", "Joel Sand -member_of-> Republican Party", "Mia Berg -represent-> New York", "Mia Berg -member_of-> Democratic Party"},
			[]string{"Mia Berg -work_for-> Democratic Party"},
			"a party's committee member or chairman of a US state, in a report about Congress"},
		{"Ann Lee, the Speaker of the House, opened an inquiry into United States President Tom Wu.\n\nRepublican committee member Joel Sand of Georgia said the inquiry was a stunt. Democratic committee chairman Mia Berg of New York said hearings would start next month.",
			[]string{"Joel Sand -represent-> Georgia", "Mia Berg -represent-> New York"}, nil,
			"Georgia named once, as often as the US: a state of the US, which stays the report's state"},
		{"Georgia and the United States signed a trade deal. Georgia will export wine, and Georgia will buy grain.\n\nGeorgian trade envoy Mia Berg of Georgia said the deal was fair.",
			nil, []string{"Mia Berg -represent-> Georgia"},
			"Georgia named more often than the US is the country"},
		{"Mia Berg of Georgia won the race in Tbilisi on Sunday.",
			nil, []string{"Mia Berg -represent-> Georgia"},
			"no seat, no report about the US: Georgia is the country and nobody represents it"},
		{"The US Senate passed the bill last week. Committee member Joel Sand of Ohio said the inquiry was a stunt.",
			nil, []string{"Joel Sand -represent-> Ohio"},
			"a committee member with no party may sit on any committee"},
	})
}

// TestPanelLegislator covers a legislator's title after a panel's name, on
// an invented story.
func TestPanelLegislator(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The House of Representatives will open an inquiry, and the Senate passed its own bill. House Intelligence Committee Representative Mia Berg said the committee had received documents.",
			[]string{"Mia Berg -member_of-> House Intelligence Committee", "Mia Berg -member_of-> House of Representatives"},
			[]string{"Mia Berg -work_for-> House Intelligence Committee"},
			"a representative on a House panel sits on it and in the House"},
		{"Halvik Motors sales representative Mia Berg said the cars had sold well.",
			[]string{"Mia Berg -work_for-> Halvik Motors"}, nil,
			"a firm's representative is its staff"},
	})
}

// TestChamberRankTitles covers a chamber's name and a rank's title before
// a person's name, on an invented story.
func TestChamberRankTitles(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Senate passed the bill last week. Senate Minority Whip Rosa Kell said the inquiry was overdue.",
			[]string{"Rosa Kell -member_of-> United States Senate"}, []string{"Rosa Kell -lead-> United States Senate"},
			"a chamber's minority whip, with a given name of the long lists, is the chamber's member"},
	})
}

// TestForceRankTitles covers a rank's title after a police force's name,
// on an invented story.
func TestForceRankTitles(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Oslo police opened an investigation on Monday. Police Senior Superintendent Lars Dahl said the police had found the car.",
			[]string{"Lars Dahl -work_for-> Oslo Police"}, []string{"Police Senior -work_for-> Oslo Police", "Lars Dahl -member_of-> Oslo Police"},
			"a senior rank after the force's name: the modifier is the title's, and an officer works for the force"},
		{"Halvik Bank Senior Director Lars Dahl said the bank had failed.",
			[]string{"Lars Dahl -work_for-> Halvik Bank"}, nil,
			"a firm's senior director is its staff"},
	})
}

// TestJoinedRoles covers a head's noun joined to another role noun in an
// apposition, on invented sentences.
func TestJoinedRoles(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Eva Lind, the then chair and spokesperson for the Harbor Party, had criticised the plan.",
			[]string{"Eva Lind -lead-> Harbor Party"}, []string{"Eva Lind -work_for-> Harbor Party"},
			"the head's noun first, and another role: the head"},
		{"Eva Lind, curator and director of exhibits at the Halvik Museum, had criticised the plan.",
			[]string{"Eva Lind -work_for-> Halvik Museum"}, []string{"Eva Lind -lead-> Halvik Museum"},
			"a staff noun first and the head of a part: staff"},
		{"The survey was led by Eva Lind, a geologist and Regents Professor at the Halvik Institute, who said the ice had thinned.",
			[]string{"Eva Lind -work_for-> Halvik Institute"}, nil,
			"a second role written with capitals after and: a role word, no name"},
		{"Eva Lind, a geologist and Senior Lecturer at the Halvik Institute, said the ice had thinned.",
			[]string{"Eva Lind -work_for-> Halvik Institute"}, nil,
			"a capitalised rank and role noun after and"},
		{"Tom Wu, a farmer and Ann Berg of the Halvik Institute, said the ice had thinned.",
			nil, []string{"Tom Wu -work_for-> Halvik Institute"},
			"a name after and: a list of people, no role of the first"},
	})
}

// TestSecondRole covers a paper's contributor and a second role after
// "and" in an apposition, on invented sentences.
func TestSecondRole(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ingrid Moe, a contributor to The Herald, wrote that the council had ignored warnings.",
			[]string{"Ingrid Moe -work_for-> Herald"}, nil,
			"a contributor to a paper writes for it"},
		{"Ingrid Moe, a major contributor to the Harbor Party, wrote that the council had ignored warnings.",
			nil, []string{"Ingrid Moe -work_for-> Harbor Party"},
			"a contributor to a party gives money, no work"},
		{"Ingrid Moe of Halvik University and contributor to The Herald wrote that the council had ignored warnings.",
			[]string{"Ingrid Moe -work_for-> Herald"}, nil,
			"a second role after and, for a second body"},
		{"Ingrid Moe, a professor at Halvik University and columnist for The Herald, wrote that the council had ignored warnings.",
			[]string{"Ingrid Moe -work_for-> Halvik University", "Ingrid Moe -work_for-> Herald"}, nil,
			"two roles in two bodies"},
		{"After the vote, Halvik News anchor Ingrid Moe called the debate a mess. Tom Wu, an anchor at The Herald, agreed. The relay team's anchor Ann Lee won the race for Norway.",
			[]string{"Ingrid Moe -work_for-> Halvik News", "Tom Wu -work_for-> Herald"}, []string{"Ann Lee -work_for-> Norway"},
			"a broadcaster's or a paper's anchor presents its news; a relay team's anchor works for no one"},
		{"Halvik News personality Ingrid Moe was on hand. Tom Wu, a former Velby Radio personality, agreed. Norwegian TV personality Ann Lee spoke.",
			[]string{"Ingrid Moe -work_for-> Halvik News", "Tom Wu -work_for-> Velby Radio", "Ann Lee -from-> Norway"}, []string{"Ann Lee -work_for-> Norway"},
			"a broadcaster's personality is its on-air figure; a nationality gives where the person is from"},
		{"Later, Halvik News reporter and former Velby Herald editor Ingrid Moe questioned the visit. Halvik Motors and Velby Bank chairman Tom Wu spoke.",
			[]string{"Ingrid Moe -work_for-> Halvik News", "Ingrid Moe -work_for-> Velby Herald", "Tom Wu -lead-> Velby Bank"},
			[]string{"Tom Wu -work_for-> Halvik Motors"},
			"a first body's staff noun and and before a second body's title: the holder works for both; a bare body before and holds no role"},
	})
}

// TestNominationParty covers a party's nomination sought or won, on
// invented sentences.
func TestNominationParty(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mia Berg is a leading candidate for the Democratic nomination.",
			[]string{"Mia Berg -member_of-> Democratic Party"}, nil,
			"a candidate for a party's nomination is its member"},
		{"Joel Sand is seeking the Republican presidential nomination.",
			[]string{"Joel Sand -member_of-> Republican Party"}, nil,
			"seeking it, with a contest's modifier between"},
		{"Mia Berg criticised the Republican nomination process.",
			nil, []string{"Mia Berg -member_of-> Republican Party"},
			"no word of seeking: a critic of the process"},
		{"Mia Berg and Joel Sand wrote to voters. Both Berg and Sand remain in the race for the Democratic presidential nomination.",
			[]string{"Mia Berg -member_of-> Democratic Party", "Joel Sand -member_of-> Democratic Party"}, nil,
			"a pair opening the sentence after both: each seeks it"},
		{"Mia Berg, Joel Sand and Ilse Varro are seeking the Republican nomination.",
			[]string{"Mia Berg -member_of-> Republican Party", "Joel Sand -member_of-> Republican Party", "Ilse Varro -member_of-> Republican Party"}, nil,
			"a list of three opening the sentence"},
		{"Mia Berg beat Joel Sand and Ilse Varro won the Republican nomination.",
			[]string{"Ilse Varro -member_of-> Republican Party"}, []string{"Joel Sand -member_of-> Republican Party"},
			"a pair after a verb is no subject list"},
	})
}

// TestScholarOfBody covers a scholar named by the university or institute
// that employs them, on invented sentences.
func TestScholarOfBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"According to Corvell University political scholar Elna Brisk, the turnout was low.",
			[]string{"Elna Brisk -work_for-> Corvell University"}, nil,
			"a university's scholar before her name works for it"},
		{"Halvik Institute scholar Tomas Dravik said the turnout was low.",
			[]string{"Tomas Dravik -work_for-> Halvik Institute"}, nil,
			"an institute's scholar, no modifier between"},
	})
}
