package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestBorrowedNames checks, through the whole pipeline, names that a
// gazetteer's entry or a nearby word would wrongly take over: a medium's
// arm named after a place, a body named after a place or by another
// state, a magazine named like an ocean, a shadow minister's title, a
// platform, an office in an apposition no comma closes, and a title that
// a body or a region before it holds; and a teller the document's topic
// hid.
func TestBorrowedNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`Ann Lee told BBC Radio Scotland: "We got our sums right."`,
			[]string{"Ann Lee -tell-> BBC"}, []string{"Ann Lee -tell-> Scotland"},
			"a broadcaster's station named after a region is the broadcaster"},
		{"First Minister Tom Wu told BBC Wales he would stay.",
			[]string{"Tom Wu -tell-> BBC"}, []string{"Tom Wu -tell-> Wales"},
			"a broadcaster's regional arm"},
		{"Tom Wu told the BBC World Service that the talks had failed.",
			[]string{"Tom Wu -tell-> BBC"}, nil,
			"a broadcaster's service"},
		{`Tom Wu told Radio Wales: "There is no doubt."`,
			[]string{"Tom Wu -tell-> Radio Wales"}, []string{"Tom Wu -tell-> Wales"},
			"a station named after its region"},
		{"Tom Wu addressed the Maryland General Assembly on Monday.",
			[]string{"Tom Wu -address-> Maryland General Assembly"}, []string{"Tom Wu -address-> UN General Assembly"},
			"a regional assembly keeps its own longer name"},
		{"Ann Lee was elected to the Texas Senate in 2010.",
			nil, []string{"Ann Lee -elect_to-> US Senate"},
			"a state's senate is not the US Senate"},
		{"Ann Lee spoke in the US Senate on Monday.",
			[]string{"Ann Lee -speak_in-> US Senate"}, nil,
			"a state's own body stays the gazetteer's"},
		{"Brazil's president met bankers. Tom Wu, a member of the country's Congress, said no.",
			[]string{"Tom Wu -member_of-> Brazilian Congress"}, []string{"Tom Wu -member_of-> US Congress"},
			"the country's Congress is that country's"},
		{"Ann Lee wrote for The Atlantic before she joined Halvik Holdings.",
			nil, []string{"Ann Lee -write_for-> Atlantic Ocean"},
			"The written with a capital opens a magazine's name, no ocean's"},
		{"Norway sent ships across the Atlantic in May.",
			nil, []string{"Norway -send-> Atlantic Ocean"},
			"no magazine after a lower-case article"},
		{"Britain's plans were debated. Tory shadow home secretary Tom Wu warned of the risk of errors.",
			nil, []string{"Tom Wu -work_for-> United Kingdom"},
			"a shadow minister holds no office of the state"},
		{"Britain's plans were debated. Conservative shadow foreign secretary Ann Lee said the move was wrong.",
			[]string{"Ann Lee -work_for-> Conservative Party"}, []string{"Ann Lee -work_for-> United Kingdom"},
			"a shadow minister speaks for the party"},
		{"Britain's plans were debated. Home Secretary Ann Lee said yes.",
			[]string{"Ann Lee -work_for-> United Kingdom"}, nil,
			"a minister of the state still works for it"},
		{"Ann Lee wrote on Twitter that she would resign.",
			nil, []string{"Ann Lee -write_on-> Twitter"},
			"a platform is where one writes, no party to the act"},
		{"Tom Wu was on Facebook all day.",
			nil, []string{"Tom Wu -be_on-> Facebook"},
			"being on a platform is no relation"},
		{"Norway sued Facebook in May.",
			[]string{"Norway -sue-> Facebook"}, nil,
			"a platform is still an actor"},
		{"Tom Wu, who is on Labour's ruling National Executive Committee, said no.",
			[]string{"Tom Wu -member_of-> National Executive Committee"}, []string{"Tom Wu -be_on-> National Executive Committee"},
			"a person on a body is its member"},
		{"Ann Lee was missing from Capitol Hill on Monday.",
			nil, []string{"Ann Lee -miss_from-> Capitol Hill"},
			"missing from a place is a state, no act"},
		{"Growth is elusive and Velmora president Tom Wu said any improvement in German domestic demand was slow.",
			[]string{"Tom Wu -lead-> Velmora"}, []string{"Tom Wu -lead-> Germany"},
			"a body's name before a lower-case title makes the office the body's, not the report's state's"},
		{"The US market fell. The investigation by New York attorney general Ann Lee obtained nine pleas.",
			nil, []string{"Ann Lee -work_for-> United States"},
			"a region's name before a lower-case title makes the office the region's"},
		{"Britain's economy grew. Prime Minister Tom Wu said so.",
			[]string{"Tom Wu -lead-> United Kingdom"}, nil,
			"a title with nothing before it is still the report's state's"},
		{`"Something tells me that someone is rattled," Mr Tom Wu said. Everyone told Ann Lee to stay.`,
			nil, []string{"Something -tell-> Tom Wu", "Everyone -tell-> Ann Lee"},
			"an indefinite pronoun opening a sentence names no one"},
		{"Jim Bo Jr. filed the suit. Tom Wu, Jr., a Halvik Holdings lawyer, met Ann Lee.",
			[]string{"Tom Wu Jr -work_for-> Halvik Holdings", "Tom Wu Jr -meet-> Ann Lee"},
			[]string{"Jim Bo Jr -work_for-> Halvik Holdings", "Jim Bo Jr -meet-> Ann Lee"},
			"a generational suffix after a comma ends the name before it, no name of its own"},
		{"Dr Tom Wu took the job on Monday. Dr Wu said the plan was sound. Dr Wu met nurses. Dr Wu praised the staff. Dr Wu visited Cardiff. Dr Wu said more was needed. Dr Wu left. First Minister Jim Bo told BBC Wales he had agreed with Ms Ann Lee in 2003 that she would go.",
			[]string{"Jim Bo -agree_with-> Ann Lee"}, []string{"Tom Wu -agree_with-> Ann Lee"},
			"he after a body told is the teller, not the document's most named person"},
		{"Tom Wu will set out Norway's goals for its EU and G8 presidencies. Sweden's EU presidency ends in June. Ann Lee praised Britain's NATO commitments. Saudi Arabia's Civil Defense Authority said no.",
			[]string{"Civil Defense Authority -part_of-> Saudi Arabia"},
			[]string{"European Union -part_of-> Norway", "European Union -part_of-> Sweden", "NATO -part_of-> United Kingdom"},
			"a body's name that modifies a noun after a state's possessive names what the state holds, no part of it"},
		{"Tom Wu will say so as he sets out UK goals for its EU and G8 presidencies. Ann Lee played for Norway and Sweden in May.",
			[]string{"Ann Lee -play_for-> Norway", "Ann Lee -play_for-> Sweden"}, []string{"Tom Wu -set_out_for-> European Union"},
			"a list of names before a noun is no actor of a prepositional phrase, though the extractor cut the list"},
		{"Halvik Air began flying in 1993 and now has competitors including Globex and Initech. I thought Tom Wu had a solid game and Ann Lee did nothing wrong. Norway has close ties to Sweden.",
			[]string{"Norway -have_ties_to-> Sweden"},
			[]string{"Halvik Air -have-> Globex", "Halvik Air -have-> Initech", "Tom Wu -have-> Ann Lee"},
			"what one has is no actor: a bare have relates no two actors"},
		{"Mr Tom Wu's investigation of the US insurance industry looked at bids. Ann Lee thanked Norwegians for their support of the Palestinian cause. Norway's invasion of Sweden began.",
			[]string{"Norway -invade-> Sweden"},
			[]string{"Tom Wu -investigate-> United States", "Norwegians -support-> Palestine"},
			"a name that modifies the noun after an act's preposition is no object of the act"},
		{"Halvik Holdings criticised the ban. Mr Tom Wu said it was wrong to put Norway under the same embargo as Sweden. Globex bought Initech.",
			[]string{"Globex -buy-> Initech"}, []string{"Halvik Holdings -put-> Norway"},
			"it before an evaluative adjective and an infinitive is no actor"},
		{"Mrs Ann Lee will take the title HRH Duchess of Cornwall after the ceremony. Ann Lee won the title for Norway.",
			[]string{"Ann Lee -win_for-> Norway"}, []string{"Ann Lee -take-> HRH Duchess", "HRH Duchess -member_of-> Cornwall"},
			"the names after the noun title are a title, no actor"},
		{"This week Tom Wu, US Secretary of State was visiting the West Bank.",
			[]string{"Tom Wu -visit-> West Bank", "Tom Wu -work_for-> United States"},
			[]string{"Secretary of State of United States -visit-> West Bank", "Tom Wu -from-> United States"},
			"an office in apposition with no closing comma stands for the person"},
	})
}
