package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPartyFromContext covers party memberships that a sentence states
// through the party's contest, a party noun or a party's title, on
// invented sentences.
func TestPartyFromContext(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Owen Barlow is one of the front runners for the Republican Party's nomination. Marta Quinlan, who had been a candidate in the Democratic primaries two years ago, called the bill a gift.",
			[]string{"Owen Barlow -member_of-> Republican Party", "Marta Quinlan -member_of-> Democratic Party"},
			nil,
			"the front runners for a party's nomination; a candidate in a party's primaries"},
		{"Kira Holt won the Republican primary in Iowa. Dev Amin is running for the Labour leadership. Ola Brandt competed in the Conservative leadership contest.",
			[]string{"Kira Holt -member_of-> Republican Party", "Dev Amin -member_of-> Labour Party", "Ola Brandt -member_of-> Conservative Party"},
			nil,
			"a party's primary won, its leadership sought"},
		{"Kira Holt criticized the Democratic primary. Voters in the Republican primary chose Dev Amin.",
			nil,
			[]string{"Kira Holt -member_of-> Democratic Party", "Dev Amin -member_of-> Republican Party"},
			"a primary criticised or voted in is no candidacy"},
		{"Democratic challenger former Vice President Lionel Stroud leads in the polls. Republican Vice President Kira Holt spoke on Monday. Labour backbencher Dev Amin wrote to the minister.",
			[]string{"Lionel Stroud -member_of-> Democratic Party", "Kira Holt -member_of-> Republican Party", "Dev Amin -member_of-> Labour Party"},
			[]string{"Lionel Stroud -work_for-> Democratic Party", "Lionel Stroud -leave-> Democratic Party", "Kira Holt -work_for-> Republican Party"},
			"a party's challenger and backbencher; a state's vice president of a party is its member, still after leaving the office"},
		{"Labour deputy leader Ola Brandt spoke. Australian challenger Dev Amin won the first set.",
			[]string{"Ola Brandt -work_for-> Labour Party", "Dev Amin -from-> Australia"},
			[]string{"Ola Brandt -member_of-> Labour Party", "Dev Amin -member_of-> Australia"},
			"a party's deputy leader works for it; a state's challenger is from it"},
		{"Sen. Owen Barlow (R-Ohio) criticized the bill. Rep. Marta Quinlan, D-Calif., criticized it too. Kira Holt, R-Texas, said it was bad. Dev Amin met Ola Brandt (I-Vt.) on Monday.",
			[]string{"Owen Barlow -member_of-> Republican Party", "Marta Quinlan -member_of-> Democratic Party", "Kira Holt -member_of-> Republican Party"},
			[]string{"Ola Brandt -member_of-> Democratic Party", "Ola Brandt -member_of-> Republican Party"},
			"a US politician's party code in brackets or commas, a mention or none"},
		{"The state's Republican governor, Owen Barlow, criticized the bill. Britain's Labour prime minister, Marta Quinlan, agreed. Bush's policies are friendlier than those of his Democrat challenger, Kira Holt.",
			[]string{"Owen Barlow -member_of-> Republican Party", "Marta Quinlan -member_of-> Labour Party", "Kira Holt -member_of-> Democratic Party"},
			nil,
			"a party's adjective or name before a title in apposition to a person's name"},
		{"Dev Amin advises Oregon's Republican Governor Owen Barlow. Norway's Labour Prime Minister Marta Quinlan met him on Monday.",
			[]string{"Owen Barlow -lead-> Oregon", "Owen Barlow -member_of-> Republican Party", "Marta Quinlan -lead-> Norway", "Marta Quinlan -member_of-> Labour Party"},
			[]string{"Owen Barlow -work_for-> Oregon", "Owen Barlow -lead-> Oregon Republican", "Marta Quinlan -work_for-> Norway", "Marta Quinlan -lead-> Norwegian Labour", "Labour Party -part_of-> Norway"},
			"a state's possessive, a party's word and a title: the state's office held by the party's member, no party of the state"},
		{"The Tory finance spokesman, Dev Amin, said no. The Labour leader, Ola Brandt, agreed.",
			nil,
			[]string{"Dev Amin -member_of-> Conservative Party", "Ola Brandt -member_of-> Labour Party"},
			"a party's spokesman works for it, its leader leads it"},
		{"Marta Quinlan spoke on Monday. Polls show Quinlan is much more popular than any other Democrat challenging Senator Owen Barlow. Kira Holt joined fellow Republicans in opposing the bill. Dev Amin is one of three Republicans on the panel. She is more popular than any other Tory in Kent.",
			[]string{"Marta Quinlan -member_of-> Democratic Party", "Kira Holt -member_of-> Republican Party", "Dev Amin -member_of-> Republican Party"},
			[]string{"Owen Barlow -member_of-> Democratic Party"},
			"a person compared with any other of a party's members, joining fellow members, one of them"},
		{"On Thursday, Senator Ola Brandt and fellow Republican Representative Kira Holt proposed a law. Dev Amin met Marta Quinlan and other Democrats.",
			[]string{"Ola Brandt -member_of-> Republican Party", "Kira Holt -member_of-> Republican Party"},
			[]string{"Dev Amin -member_of-> Democratic Party"},
			"a person and a fellow member of a party named after 'and' are both its members"},
		{"Ola Brandt said other Republicans were wrong. Voters in the state like the Republicans.",
			nil,
			[]string{"Ola Brandt -member_of-> Republican Party"},
			"a speaker about other members of a party is none of them"},
		{"Since then, a Republican, Hester Vane, has publicly voiced support for the bill. Another Democrat, Ola Brandt, said the bill was bad. Kira Holt met a Tory, Dev Amin, on Monday.",
			[]string{"Hester Vane -member_of-> Republican Party", "Ola Brandt -member_of-> Democratic Party", "Dev Amin -member_of-> Conservative Party"},
			[]string{"Kira Holt -member_of-> Conservative Party"},
			"a party's noun in apposition before a person's name"},
		{"Republican Dale Harmon spoke on Monday. Harmon has the backing of national leaders of his party such as Carla Benning and Ross Tilden. Democratic Senator Marta Quinlan spoke too. Within her own party, the choice of Quinlan was not uncontested.",
			[]string{"Carla Benning -member_of-> Republican Party", "Ross Tilden -member_of-> Republican Party", "Marta Quinlan -member_of-> Democratic Party"},
			[]string{"Carla Benning -member_of-> Democratic Party", "Marta Quinlan -member_of-> Republican Party"},
			"his or her own party: the party the document made the person a member of, and those listed as its leaders"},
		{"Dale Harmon spoke on Monday. Members of his own party, including Carla Benning, voted against him.",
			nil,
			[]string{"Carla Benning -member_of-> Republican Party"},
			"no party known for the person: his party names none"},
	})
}

// TestUnnamedChamber covers legislators whose chamber the sentence does
// not name, on invented sentences.
func TestUnnamedChamber(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Members of the Halvik Parliament met on Monday. Conservative lawmaker Owen Barlow said the bill was bad.",
			[]string{"Owen Barlow -member_of-> Conservative Party", "Owen Barlow -member_of-> Halvik Parliament"},
			nil,
			"a party's lawmaker sits in the one parliament the report names"},
		{"The Norvik National Assembly passed the bill. Lawmaker Kira Holt voted against it.\n\nUS lawmaker Cyd Ho visited Oslo.",
			[]string{"Kira Holt -member_of-> Norvik National Assembly"},
			nil,
			"a lawmaker in the one national assembly named"},
		{"US lawmaker Cyd Ho visited Oslo.", []string{"Cyd Ho -member_of-> United States Congress"}, nil, "a US lawmaker sits in Congress"},
		{"The Legislative Council of Halvik met on Monday. Legislator Ann Lee spoke to the press after the vote.",
			[]string{"Ann Lee -member_of-> Legislative Council of Halvik"}, nil,
			"a legislator, as a lawmaker, sits in the one legislature named"},
		{"The Halvik Parliament met on Monday. Parliamentarian Tom Wu spoke after the vote.",
			[]string{"Tom Wu -member_of-> Halvik Parliament"}, nil,
			"and so does a parliamentarian"},
		{"Nigeria's National Assembly passed the bill. US lawmaker Dev Amin visited Abuja.",
			nil,
			[]string{"Dev Amin -member_of-> National Assembly"},
			"a country's lawmaker sits in no other country's chamber"},
		{"The European Parliament and the Halvik Parliament met. Lawmaker Ola Brandt spoke.",
			nil,
			[]string{"Ola Brandt -member_of-> European Parliament", "Ola Brandt -member_of-> Halvik Parliament"},
			"two parliaments named: the lawmaker's is unknown"},
		{"Protests spread in Slovakia on Monday. When elected prime minister by the parliament in 2016, Pavol Hrdina promised to fight corruption.",
			[]string{"Pavol Hrdina -lead-> Slovakia"},
			nil,
			"a post taken in a participle clause that opens the sentence before its subject"},
		{"Pavol Hrdina resigned on Monday in Slovakia. If elected prime minister, Ann Lee will fight corruption.",
			nil,
			[]string{"Ann Lee -lead-> Slovakia"},
			"a post in a condition is not held"},
		{"US agents arrested Ann Lee in Ohio on Monday. Former federal prosecutor Tom Wu said the case was weak.",
			[]string{"Tom Wu -work_for-> United States"},
			nil,
			"a federal prosecutor in a report about the United States"},
		{"Ann Lee was arrested in Germany. Federal judge Tom Wu said the case was weak. Federal prosecutor Ola Brandt agreed.",
			[]string{"Ola Brandt -work_for-> Germany"},
			[]string{"Tom Wu -work_for-> Germany"},
			"a federal prosecutor works for the report's state; a judge is no state staff"},
		{"Iowa votes on Tuesday. The Senate seat in Iowa being contested is that of incumbent Republican Dale Harmon.",
			[]string{"Dale Harmon -member_of-> United States Senate", "Dale Harmon -represent-> Iowa", "Dale Harmon -member_of-> Republican Party"},
			nil,
			"the Senate seat of a state that is that of its incumbent"},
		{"The Senate seat is not that of a rich man, Dale Harmon said. The Senate seat is that of a rich man, Kira Holt said.",
			nil,
			[]string{"Dale Harmon -member_of-> United States Senate", "Kira Holt -member_of-> United States Senate"},
			"no holder named right after that of; a negated clause"},
		{"Floods hit the Kosice Region of Slovakia on Monday. Regional Governor Milan Kovac said the damage was severe.",
			[]string{"Milan Kovac -lead-> Kosice Region"},
			nil,
			"a regional governor heads the one region the report names, once, by a region's noun"},
		{"Floods hit the Aceh Province on Monday. Provincial governor Dev Amin spoke.",
			[]string{"Dev Amin -lead-> Aceh Province"},
			nil,
			"a provincial governor in lower case"},
		{"Floods hit the Kosice Region and the Aceh Province on Monday. Regional Governor Milan Kovac spoke.",
			nil,
			[]string{"Milan Kovac -lead-> Kosice Region", "Milan Kovac -lead-> Aceh Province"},
			"two regions named: the governor's is unknown"},
		{"Floods hit the Kosice Region of Slovakia on Monday. Governor Milan Kovac said the damage was severe.",
			nil,
			[]string{"Milan Kovac -lead-> Kosice Region"},
			"a governor with no regional title needs the region named twice"},
	})
}

// TestPartyBeforeApposedTitle covers a party's one-word adjective right
// before a name whose office is apposed after it: the office is still the
// state's, held by the party's member, on invented reports.
func TestPartyBeforeApposedTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Floods hit Norway on Monday.\n\nConservative Tom Wu, the prime minister, has until Friday to act.",
			[]string{"Tom Wu -lead-> Norway", "Tom Wu -member_of-> Conservative Party"}, nil,
			"a party's adjective, then the name and the state's office apposed"},
		{"Floods hit Ohio on Monday. Ohio closed its schools.\n\nRepublican Ann Lee, the current governor, has until Friday to act.",
			[]string{"Ann Lee -lead-> Ohio", "Ann Lee -member_of-> Republican Party"}, nil,
			"a governor's office apposed after a party's adjective"},
		{"Floods hit Norway on Monday.\n\nConservative Tom Wu, the party leader, spoke.",
			[]string{"Tom Wu -lead-> Conservative Party"}, []string{"Tom Wu -lead-> Norway"},
			"the party's own office is no state's"},
	})
}
