package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestShipsAreNoActors checks that a ship named after its kind or a motor
// vessel's prefix is no actor, on documents written for this test.
func TestShipsAreNoActors(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ship sinks off Norway\n\nThe Indonesian cargo ship Skarv Nordlys sank in the Java Sea on Monday. Halvik Group had bought Skarv Nordlys in 2015.",
			nil, []string{"Skarv Nordlys -from-> Indonesia", "Skarv Nordlys -sink_in-> Java Sea", "Halvik Group -buy-> Skarv Nordlys"},
			"a cargo ship, and its name without the kind later"},
		{"Ship sinks off Norway\n\nThe Indonesian tanker Kaya Marindo sank in the Java Sea on Monday.",
			nil, []string{"Kaya Marindo -from-> Indonesia", "Kaya Marindo -sink_in-> Java Sea"},
			"a tanker"},
		{"Charity renames ship\n\nThe charity Sea Hope renamed its ship after Ali Demir, a boy who drowned in 2015. Its ship, MV Ali Demir, sails on Monday. \"This day is hard for me,\" said his father, Omar Demir.",
			[]string{"Omar Demir -parent_of-> Ali Demir"}, []string{"Omar Demir -parent_of-> MV Ali Demir"},
			"a motor vessel's prefix is no word of the boy's name it takes"},
	})
}

// TestAddressRestatesNoRole checks that a form of address after a role's
// title ("Oslo University professor Dr Ann Lee") does not restate the role
// in a later sentence that names the person with it alone ("Dr Lee said"),
// while the role's own title does, on documents written for this test.
func TestAddressRestatesNoRole(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool // the second sentence restates the work_for fact
		why  string
	}{
		{"Oslo University professor Dr Ann Lee spoke on Monday. Dr Lee said the findings were new.", false,
			"Dr names no office"},
		{"Halvik Bank spokesman Mr. Tom Wu spoke on Monday. Mr. Wu said the plan was ready.", false,
			"nor does Mr."},
		{"Halvik Bank Inspector Tom Wu said the loans were safe. Inspector Wu spoke again on Monday.", true,
			"the role's own title restates it"},
	} {
		t.Run(c.why, func(t *testing.T) {
			first, second := restatedRole(pipelineFacts(a, x, r, c.text))("work_for")
			if !first || second != c.want {
				t.Errorf("Resolve(%q): work_for in the first sentence %v, in the second %v; want true, %v", c.text, first, second, c.want)
			}
		})
	}
}

// TestPartyChairOfBody checks that a party's adjective before a title that
// "of" ties to another body, or before another title than the leading one
// in apposition, names the party's member, not its head, on sentences
// written for this test.
func TestPartyChairOfBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu, the Democratic chairman of the House Energy Committee, presided.",
			[]string{"Tom Wu -member_of-> Democratic Party", "Tom Wu -lead-> House Energy Committee"},
			[]string{"Tom Wu -lead-> Democratic Party"},
			"the chairman of the committee"},
		{"Kim Berg, the Labour leader, spoke on Monday.",
			[]string{"Kim Berg -lead-> Labour Party"}, nil,
			"the party's leader, with no body after"},
		{"The July 17 death of Democratic Congressman Paul Mott, a well-known civil rights leader, had a large impact.",
			[]string{"Paul Mott -member_of-> Democratic Party"}, []string{"Paul Mott -lead-> Democratic Party"},
			"a leader's title in apposition, the adjective before the congressman's"},
		{"Tory chairman Ann Lee, a former banker, spoke on Monday.",
			[]string{"Ann Lee -lead-> Conservative Party"}, nil,
			"the chair's title before the name, after the adjective"},
	})
}

// TestPartyOfState checks that a party's name that ends with its state,
// after "of" or after "Party" ("Communist Party of India", "Socialist Party
// USA"), is one name, whose short form without the state is the same
// party, on sentences written for this test.
func TestPartyOfState(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Communist Party of India leader Per Lund spoke on Monday.",
			[]string{"Per Lund -lead-> Communist Party of India"}, []string{"Per Lund -lead-> India"},
			"the party of a state after of"},
		{"Socialist Party USA vice presidential nominee Ann Lee spoke on Monday.",
			[]string{"Ann Lee -member_of-> Socialist Party USA"}, []string{"Ann Lee -member_of-> United States"},
			"the party of a state after Party"},
		{"Tom Wu founded the Unity Party of Canada in 2004. He has grown the party since. Ann Lee joined the Unity Party in May.",
			[]string{"Tom Wu -found-> Unity Party of Canada", "Tom Wu -grow-> Unity Party of Canada", "Ann Lee -join-> Unity Party of Canada"}, nil,
			"the party and the name without its state are the same party"},
	})
}

// TestSchoolOfPlace checks that a school's name that ends with its town
// right after the school's head word ("University College Oslo") is one
// name, after a person's "of" too, on sentences written for this test.
func TestSchoolOfPlace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Dr. Ann Lee of University College Oslo, a researcher with long experience, told Reuters that the data was wrong.",
			[]string{"Ann Lee -work_for-> University College Oslo", "Ann Lee -tell-> Reuters"}, []string{"Ann Lee -work_for-> University College"},
			"the town after College, the school after a person's of"},
		{"Tom Wu of Halvik College Bergen said the ships were safe. Joe Ng, a professor at Nordic University Bergen, met Kari Dahl.",
			[]string{"Tom Wu -work_for-> Halvik College Bergen", "Joe Ng -work_for-> Nordic University Bergen"},
			[]string{"Tom Wu -work_for-> Halvik College", "Joe Ng -work_for-> Nordic University"},
			"the town after College or University"},
	})
}

// TestCapitalisedPolice checks that "Police" opening a sentence or a title
// names the report's police force, as "police" does, not a body called
// Police: the force of the state the report is about, or of the town it
// names most, on documents written for this test.
func TestCapitalisedPolice(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Riots erupt in Norway\n\nRiots broke out in Oslo on Friday. Police director Tom Wu said at least 71 people were arrested. Police spokesman Per Lund said the police would stay.",
			[]string{"Tom Wu -lead-> Norwegian police", "Per Lund -work_for-> Norwegian police"},
			[]string{"Tom Wu -lead-> Police", "Per Lund -work_for-> Police"},
			"the force of the state the report is about"},
		{"Fire at a market in Bergen\n\nA fire broke out at a market in Bergen on Friday. Police spokesman Per Lund said the police arrested a man. Police chased Tom Wu through Bergen.",
			[]string{"Per Lund -work_for-> Bergen Police", "Bergen Police -chase-> Tom Wu"},
			[]string{"Per Lund -work_for-> Police", "Police -chase-> Tom Wu"},
			"the force of the town the report names most"},
		{"Fire in Bergen and Oslo\n\nA fire broke out in Bergen and Oslo on Friday. Police chased Tom Wu.",
			nil, []string{"Bergen Police -chase-> Tom Wu", "Oslo Police -chase-> Tom Wu"},
			"two towns named as often: no town's force"},
		{"Protests go on for a third night\n\nFriday night was the third night in a row that Norwegians protested. Police director Tom Wu said at least 71 people were arrested.\nProtests have taken place since Tuesday in the Norwegian capital Oslo. Critics within Norway have said cases rose because President Ann Lee eased the rules.",
			[]string{"Tom Wu -lead-> Norwegian police"}, []string{"Tom Wu -lead-> Police"},
			"the force of the state the whole report names most, though named first before the state"},
		{"Protests go on for a fourth night\n\nFriday night Norwegians and Swedes protested. Police director Tom Wu said at least 71 people were arrested.\nProtests took place in Norway and Sweden. Critics within Norway and Sweden blamed the rules.",
			nil, []string{"Tom Wu -lead-> Norwegian police", "Tom Wu -lead-> Swedish police"},
			"two states named as often: no state's force"},
	})
}

// TestApposedOfficeOf checks that an apposition whose title an of-phrase
// ties to a body ("the president of the country's chess federation") makes
// its holder no head of the state the report is about, while a title
// written before the name still does, on documents written for this test.
func TestApposedOfficeOf(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway bans players\n\nNorway banned two players on Monday. Tom Wu, the president of the country's skating union, defended the ruling.",
			nil, []string{"Tom Wu -lead-> Norway"},
			"the president of a federation"},
		{"Norway wins vote\n\nNorway voted on Monday. Norway's parliament agreed. Ex-Prime Minister Tom Wu, the current President of the Nordic Council, wrote \"We pray.\" Norway mourns.",
			[]string{"Tom Wu -lead-> Norway", "Tom Wu -lead-> Nordic Council"}, nil,
			"a title before the name keeps the state's office"},
		{"United States utility Orvel Energy Company cut power to homes in Marisco on Monday. Tom Wu, a vice president at Orvel Energy Company, said the cuts would end soon.",
			[]string{"Tom Wu -work_for-> Orvel Energy Company"}, []string{"Tom Wu -work_for-> United States"},
			"a vice president at a company"},
		{"United States utility Orvel Energy Company cut power to homes in Marisco on Monday. Senior vice president Ann Lee added that the cuts would end soon. Executive vice president Tom Wu said the company was sorry.",
			[]string{"Ann Lee -work_for-> Orvel Energy Company", "Tom Wu -work_for-> Orvel Energy Company"}, []string{"Ann Lee -work_for-> United States", "Tom Wu -work_for-> United States"},
			"a senior or executive vice president is an officer of the company the report names"},
		{"Norway's parliament met on Monday. Senior vice president Ann Lee said the vote was fair.",
			nil, []string{"Ann Lee -work_for-> Norway", "Ann Lee -work_for-> Norway's parliament"},
			"no company named: no body"},
		{"Norway wins vote\n\nNorway voted on Monday. Vice President Ann Lee said the vote was fair. Tom Wu, the President at the time, signed the law.",
			[]string{"Ann Lee -work_for-> Norway", "Tom Wu -lead-> Norway"}, nil,
			"the state's vice president; \"at the time\" names no body"},
	})
}

// TestCompanyIncludesNoState checks that states a company's clause would
// include ("Tesco ..., comprising Norway, Sweden and Finland") are no
// members of the company, while a body still includes its members, on
// sentences written for this test.
func TestCompanyIncludesNoState(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"In 2019, Tesco centralized its management in the Nordic region, comprising Norway, Sweden, and Finland.",
			nil, []string{"Norway -member_of-> Tesco", "Sweden -member_of-> Tesco", "Tesco -comprise-> Norway"},
			"a company's region lists the states"},
		{"The Nordic Council comprises Norway, Sweden and Finland.",
			[]string{"Norway -member_of-> Nordic Council"}, nil,
			"a body's members"},
	})
}
