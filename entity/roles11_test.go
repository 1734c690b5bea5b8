package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTitledLists covers roles that one title or party noun states for
// each name of a list, and the chamber a legislator's title names, on
// invented sentences.
func TestTitledLists(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu, first elected to Congress in 1992, was born in Dayton. When Representative Ann Lee of Ohio resigned in 1991, Wu joined the race. He served in the House of Representatives for twenty years. Representative Joe Ng praised Wu.",
			[]string{"Ann Lee -member_of-> United States House of Representatives", "Joe Ng -member_of-> United States House of Representatives", "Tom Wu -serve_in-> United States House of Representatives"}, nil,
			"the House a Representative's title makes in a report that first names Congress is the House it names later: one chamber, not two"},
		{"Democratic Senators Mia Berg and Joel Sand criticised the plan.",
			[]string{"Mia Berg -member_of-> Democratic Party", "Joel Sand -member_of-> Democratic Party"}, nil,
			"the party before a plural title is every holder's"},
		{"Labour MPs Joel Sand and Mia Berg criticised the plan.",
			[]string{"Joel Sand -member_of-> Labour Party", "Mia Berg -member_of-> Labour Party"}, nil,
			"an acronym's plural (MPs) opens a list of holders"},
		{"The bill was backed by Mia Berg of Ohio, Joel Sand of Utah and Rita Holm of Texas, all Republicans.",
			[]string{"Mia Berg -member_of-> Republican Party", "Joel Sand -member_of-> Republican Party", "Rita Holm -member_of-> Republican Party"}, nil,
			"all and a party's noun after a list"},
		{"Mia Berg and Joel Sand, both Labour and Green voters, protested.",
			nil, []string{"Mia Berg -member_of-> Labour Party", "Joel Sand -member_of-> Labour Party"},
			"a party joined to another names what they vote for, no membership"},
		{"Fellow Republican Representative Joel Sand criticised the plan.",
			[]string{"Joel Sand -member_of-> Republican Party", "Joel Sand -member_of-> United States House of Representatives"},
			[]string{"Joel Sand -work_for-> Republican Party"},
			"a party's legislator is its member, and a US party's representative sits in the House"},
		{"The United States voted on Monday. Republican President Joel Sand praised the plan, and Democratic President Mia Berg left.",
			[]string{"Joel Sand -lead-> United States", "Joel Sand -member_of-> Republican Party", "Mia Berg -lead-> United States"}, nil,
			"a party's adjective before a state's title: the party's member holds the report's state's office"},
		{"Labour Prime Minister Per Holm met Ann Lee in Oslo. Ann Lee said the Labour prime minister, Per Holm, was wrong.",
			[]string{"Per Holm -member_of-> Labour Party"}, []string{"Per Holm -lead-> Labour Party"},
			"a party's one-word name before a state's title is its member's, as its adjective is"},
		{"Norway voted on Monday. Harbor Party President Joel Sand praised the plan. Labour president Mia Berg left.",
			[]string{"Joel Sand -lead-> Harbor Party"}, []string{"Joel Sand -lead-> Norway", "Mia Berg -lead-> Norway"},
			"a party's full name, or its adjective before a title in lower case, heads the party, no state"},
		{"Two Democratic Representatives, Mia Berg and Joel Sand, opposed the bill in Washington. The United States Congress votes today.",
			[]string{"Mia Berg -member_of-> Democratic Party", "Joel Sand -member_of-> Democratic Party",
				"Mia Berg -member_of-> United States House of Representatives", "Joel Sand -member_of-> United States House of Representatives"},
			[]string{"Mia Berg -work_for-> Democratic Party", "Mia Berg -member_of-> United States Congress"},
			"a plural title in apposition, in a report about the US that names Congress only"},
		{"Aides opposed the bill, including Republican members of the House of Representatives Mia Berg and Joel Sand. Members of the House of Representatives Rita Holm and Per Holm agreed.",
			[]string{"Mia Berg -member_of-> Republican Party", "Joel Sand -member_of-> Republican Party",
				"Mia Berg -member_of-> House of Representatives", "Joel Sand -member_of-> House of Representatives"},
			[]string{"Rita Holm -member_of-> Republican Party", "Per Holm -member_of-> Republican Party"},
			"a party's adjective before members of a chamber and their names: each named one is the party's member"},
		{"Representative Joel Sand criticised the plan in Washington on Monday. Congress will vote on Friday.",
			[]string{"Joel Sand -member_of-> United States House of Representatives"}, []string{"Joel Sand -member_of-> United States Congress"},
			"a representative sits in the House of the Congress named"},
		{"The Democratic Party of Japan met in Tokyo. Democratic Representative Joel Sand said Japan would vote.",
			[]string{"Joel Sand -member_of-> Democratic Party of Japan"}, []string{"Joel Sand -member_of-> United States House of Representatives"},
			"a Democratic Party outside the US seats no one in Congress; the one party the report names is the Democrat's"},
	})
}

// TestNationalityApposed covers a nationality's noun set off by commas
// before or after a name, on invented sentences.
func TestNationalityApposed(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"An Australian, Joel Sand, aged 28, was arrested in Bali.",
			[]string{"Joel Sand -from-> Australia"}, nil,
			"the nationality's noun before the name in apposition"},
		{"Joel Sand, an Australian, was arrested in Bali.",
			[]string{"Joel Sand -from-> Australia"}, nil,
			"the nationality's noun in apposition after the name"},
		{"An Australian company, Halvik Mining, was fined.",
			nil, []string{"Halvik Mining -from-> Australia"},
			"a nationality before a noun describes the noun"},
	})
}

// TestPlaceKindAfterTitle covers a kind of place written between a
// head's "of" and the place's name, on invented sentences.
func TestPlaceKindAfterTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mia Berg, mayor of the Norwegian city of Bergen, opened the bridge. Mayor Berg said it was safe.",
			[]string{"Mia Berg -lead-> Bergen"}, []string{"Mia Berg -work_for-> Bergen"},
			"the mayor of the city of X heads X"},
		{"Joel Sand, the governor of the state of Ohio, opened the bridge.",
			[]string{"Joel Sand -lead-> Ohio"}, nil,
			"the governor of the state of X"},
		{"Joel Sand, formerly the Deputy Chief Minister of the state of Kerala, died. Mia Berg, until recently the deputy mayor of the city of Bergen, spoke.",
			[]string{"Joel Sand -work_for-> Kerala", "Mia Berg -work_for-> Bergen"}, []string{"Joel Sand -lead-> Kerala", "Mia Berg -lead-> Bergen"},
			"a long title with a time adverb before it and 'the state of' after its 'of'"},
		{"Joel Sand, the police chief of the city of Bergen, opened the bridge.",
			[]string{"Joel Sand -work_for-> Bergen"}, []string{"Joel Sand -lead-> Bergen"},
			"a police chief serves the city"},
		{"Joel Sand, a resident of the city of Bergen, opened the bridge.",
			nil, []string{"Joel Sand -lead-> Bergen", "Joel Sand -work_for-> Bergen"},
			"a resident holds no post"},
	})
}

// TestTimePrefixedTitles covers titles written with a prefix of time
// ("then-", "ex-") and hyphens for spaces, on invented sentences.
func TestTimePrefixedTitles(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway signed the deal. Then-prime-minister Joel Sand visited Oslo.",
			[]string{"Joel Sand -lead-> Norway"}, []string{"Then-prime-minister Joel Sand -visit-> Oslo"},
			"a hyphenated title after then- is a title"},
		{"Norway signed the deal. Ex-president Joel Sand visited Oslo.",
			[]string{"Joel Sand -lead-> Norway"}, nil,
			"a former head keeps the relation"},
		{"Norway signed the deal. A court fined then-prime-minister Joel Sand in 2006.",
			[]string{"Joel Sand -lead-> Norway"}, nil,
			"the hyphenated title after then- in lower case before a name, as \"prime minister Joel Sand\""},
		{"Norway signed the deal. Police questioned ex-prime-minister Joel Sand on Monday.",
			[]string{"Joel Sand -lead-> Norway"}, nil,
			"ex- in lower case likewise"},
		{"Norway signed the deal. The then-unknown Joel Sand visited Oslo.",
			nil, []string{"Joel Sand -lead-> Norway", "Joel Sand -work_for-> Norway"},
			"then- before a word that is no title gives no role"},
		{"Norway's then-prime minister, Joel Sand, visited Oslo.",
			[]string{"Joel Sand -lead-> Norway"}, []string{"Joel Sand -work_for-> Norway"},
			"the head's title after a state's possessive"},
	})
}

// TestPartyGroupLeader covers the leader of a party's group in a chamber,
// written with the party's adjective before the chamber, on invented
// sentences.
func TestPartyGroupLeader(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Joel Sand, the Republican Senate Majority Leader, criticised the plan.",
			[]string{"Joel Sand -member_of-> Republican Party", "Joel Sand -member_of-> United States Senate"}, nil,
			"the majority leader sits in the chamber"},
		{"Joel Sand, the Republican Senate leader, criticised the plan.",
			[]string{"Joel Sand -member_of-> United States Senate"}, []string{"Joel Sand -lead-> United States Senate"},
			"the party's leader in the chamber leads none of it"},
		{"Joel Sand is the Labour Party leader.",
			[]string{"Joel Sand -lead-> Labour Party"}, nil,
			"a party's own leader"},
	})
}

// TestJudgeOfCourt covers a judge's title with no court written beside
// it, on invented sentences.
func TestJudgeOfCourt(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The case was heard at the Halvik District Court. Judge Joel Sand ordered the release of the men.",
			[]string{"Joel Sand -work_for-> Halvik District Court"}, nil,
			"the one court the report names"},
		{"The Halvik District Court and the Supreme Court heard the case. Judge Joel Sand ordered the release of the men.",
			nil, []string{"Joel Sand -work_for-> Halvik District Court", "Joel Sand -work_for-> Supreme Court"},
			"two courts: which one is unknown"},
	})
}

// TestLordTitles covers the offices titled "Lord" before another title,
// on invented sentences.
func TestLordTitles(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Court of Session in Edinburgh ruled on the British government's appeal on Monday. Joel Sand, Lord Halvik, the Lord President of the court, said the appeal failed.",
			nil, []string{"Halvik -lead-> United Kingdom", "Joel Sand -lead-> United Kingdom"},
			"the Lord President of a court is no head of state"},
		{"The British government lost the appeal on Monday. Lord President Joel Sand said it failed.",
			nil, []string{"Joel Sand -lead-> United Kingdom"},
			"the title before the name"},
		{"The British government lost the appeal on Monday. President Joel Sand said it failed.",
			[]string{"Joel Sand -lead-> United Kingdom"}, nil,
			"a president alone still heads the report's state"},
	})
}

// TestRoleThenHonorific covers a role of a body written before the
// holder's name, which an honorific or a title opens, on invented
// sentences.
func TestRoleThenHonorific(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The general manager of Halvik Corporation, Dr Joel Sand, said the plant would close.",
			[]string{"Joel Sand -lead-> Halvik Corporation"}, []string{"Joel Sand -work_for-> Halvik Corporation"},
			"an honorific before the name; a general manager heads the firm"},
		{"The chief executive of Halvik Corporation, Mr. Joel Sand, said the plant would close.",
			[]string{"Joel Sand -lead-> Halvik Corporation"}, nil,
			"Mr. before the name"},
		{"A spokesman for Halvik Corporation, Dr Mia Berg, said the plant would close.",
			[]string{"Mia Berg -work_for-> Halvik Corporation"}, nil,
			"a staff role"},
		{"The assistant general manager of Halvik Corporation, Joel Sand, said the plant would close.",
			nil, []string{"Joel Sand -lead-> Halvik Corporation"},
			"a deputy of the general manager heads nothing"},
		{"On Friday, the head of the Halvik Church, Cardinal Joel Sand, announced a new law. The leader of the Harbor Party, Prime Minister Mia Berg, agreed.",
			[]string{"Joel Sand -lead-> Halvik Church", "Mia Berg -lead-> Harbor Party"}, nil,
			"a title before the name"},
	})
}

// TestKinThenTitledName covers a family noun in apposition before a name
// that a title opens, on invented sentences.
func TestKinThenTitledName(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Queen Mia Berg arrived in Oslo. Her younger brother, King Joel, ruled the country.",
			[]string{"Mia Berg -sibling_of-> Joel"}, nil,
			"a king's title before the name"},
		{"Mia Berg arrived in Oslo. Her husband, Dr Joel Sand, stayed at home.",
			[]string{"Mia Berg -married_to-> Joel Sand"}, nil,
			"an honorific before the name"},
		{"Mia Berg arrived in Oslo. Her husband, Joel Sand, stayed at home.",
			[]string{"Mia Berg -married_to-> Joel Sand"}, nil,
			"no title, as before"},
		{"Mia Berg won the vote. Berg's national security adviser Joel Sand praised her.",
			[]string{"Joel Sand -work_for-> Mia Berg"}, nil,
			"a title with no comma before it is the possessed noun itself"},
	})
}

// TestPostRestated covers a post restated by a bare role noun after a
// copula, on invented sentences.
func TestPostRestated(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"Mia Berg, mayor of Bergen, opened the bridge. Berg has been mayor since 1998.", "Mia Berg -lead-> Bergen", 1,
			"the noun joined to the relation"},
		{"Mia Berg, mayor of Bergen, opened the bridge. Berg, who was mayor for ten years, left.", "Mia Berg -lead-> Bergen", 1,
			"a copula and the bare noun"},
		{"Mia Berg, mayor of Bergen, opened the bridge. Berg will be mayor until May.", "", 1,
			"a post to come"},
		{"Mia Berg, mayor of Bergen, opened the bridge. Joel Sand has been mayor since 1998.", "", 1,
			"another person held no post in the document"},
		{"Mia Berg, mayor of Bergen, opened the bridge. Berg was the first mayor to walk across it.", "Mia Berg -lead-> Bergen", 1,
			"a rank before the bare noun: the holder still holds the post"},
		{"Mia Berg, mayor of Bergen, opened the bridge. Joel Sand was the first mayor to walk across it.", "", 1,
			"a rank before the noun gives no post to one who held none"},
	}, "lead", "work_for")
}

// TestPartyNotRestated checks that a party's adjective before a state's
// title gives the membership in its own sentence only: the same title
// elsewhere ("President Joel Sand") states no party, on invented
// sentences.
func TestPartyNotRestated(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Ann Lee questioned President Joel Sand on Monday. Later, Republican President Joel Sand praised Ann Lee."
	_, facts := pipelineFacts(a, x, r, text)
	in := map[int]bool{}
	for _, f := range facts {
		if f.SubjectEntity == "Joel Sand" && f.Lemma == "member_of" && f.ObjectEntity == "Republican Party" {
			in[f.Sentence] = true
		}
	}
	if in[0] || !in[1] {
		t.Errorf("Resolve(%q): member_of Republican Party in sentences %v, want 1 only", text, in)
	}
}

// TestColleagues covers a colleague or a friend named after a possessive, and the
// employer the sentence gives the other, on invented sentences.
func TestColleagues(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Gunmen killed Halvik TV reporter Mia Berg and her colleague Joel Sand.",
			[]string{"Mia Berg -colleague_of-> Joel Sand", "Mia Berg -work_for-> Halvik TV", "Joel Sand -work_for-> Halvik TV"}, nil,
			"a colleague shares the employer the sentence names"},
		{"Joel Sand, Mia Berg's colleague, stayed at home.",
			[]string{"Mia Berg -colleague_of-> Joel Sand"}, nil,
			"the possessive in apposition"},
		{"Mia Berg arrived in Oslo with colleagues from the Herald.",
			nil, []string{"Mia Berg -work_for-> Herald"},
			"unnamed colleagues give nothing"},
		{"Karl Moen paid his friend Lars Vang to drive the truck.",
			[]string{"Karl Moen -friend_of-> Lars Vang", "Karl Moen -pay-> Lars Vang"}, nil,
			"a friend named after a possessive, as a colleague is"},
		{"Vera Lind's close friend, Oskar Dahl, left the town.",
			[]string{"Vera Lind -friend_of-> Oskar Dahl"}, nil,
			"a graded friend in apposition after the possessor's name"},
		{"Vera Lind met friends from the Herald in Oslo.",
			nil, []string{"Vera Lind -friend_of-> Herald"},
			"unnamed friends give nothing"},
	})
}
