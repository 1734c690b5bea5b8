package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCoref8 covers the speaker's own "we", lists and implied actors, on
// invented sentences.
func TestCoref8(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"President Tom Wu met Ann Lee, a senator from Ohio. \"So we told the president we needed the government open,\" said Ann Lee. \"We urged the president to sign the bill,\" Bo Kim, a Democrat, said. \"We also asked him to resign,\" Kim said.",
			[]string{"Ann Lee -tell-> Tom Wu", "Bo Kim -urge-> Tom Wu", "Bo Kim -ask-> Tom Wu"},
			[]string{"US Senate -tell-> Tom Wu", "Democratic Party -urge-> Tom Wu", "Democratic Party -ask-> Tom Wu"},
			"a person's \"we\" that told, urged or asked an actor is the speaker, who took part, not his body or party"},
		{"President Tom Wu met Ann Lee. \"We made a plea to the president once again,\" Ann Lee said. Ann Lee said Bo Kim made an appeal to Tom Wu.",
			[]string{"Ann Lee -ask-> Tom Wu", "Bo Kim -appeal_to-> Tom Wu"},
			nil,
			"a plea made to an actor asks it, also in reported speech"},
		{"Ann Lee, a Democratic senator, met Halvik Holdings. \"We have won the vote,\" Lee said. \"We sued Halvik Holdings,\" Lee said.",
			[]string{"Democratic Party -sue-> Halvik Holdings"},
			[]string{"Ann Lee -sue-> Halvik Holdings"},
			"any other act of a person's \"we\" stays his side's"},
		{"President Tom Wu ordered the withdrawal of troops from Syria. Senator Bo Kim also criticized the decision via Twitter. Ann Lee praised the move.",
			[]string{"Bo Kim -criticize-> Tom Wu", "Ann Lee -praise-> Tom Wu"},
			nil,
			"the decision or the move that an attitude verb takes up is the act of the one who ordered it"},
		{"Halvik Holdings decided to close the plant. The union criticized the plan. Ann Lee welcomed the decision of the court. Tom Wu praised the decision.",
			[]string{"Tom Wu -praise-> Halvik Holdings"},
			[]string{"Ann Lee -welcome-> Halvik Holdings"},
			"a decision with a phrase of its own is not the one before"},
		{"Tom Wu met Ann Lee. Ann Lee defended the decision. Bo Kim praised the decision.",
			nil,
			[]string{"Ann Lee -defend-> Tom Wu", "Bo Kim -praise-> Tom Wu"},
			"no decision stated before: nobody's"},
		{"Three Norwegians, Ann Lee, Ola Berg and Bo Kim, sued Halvik Holdings. They worked with the organization Fair Rights. Police arrested two Americans, Jo Hart and Ed Moss.",
			[]string{"Ann Lee -from-> Norway", "Ola Berg -from-> Norway", "Bo Kim -from-> Norway",
				"Ann Lee -sue-> Halvik Holdings", "Bo Kim -sue-> Halvik Holdings", "Bo Kim -work_with-> Fair Rights",
				"Jo Hart -from-> United States", "Ed Moss -from-> United States"},
			[]string{"Norwegians -sue-> Halvik Holdings"},
			"a people with a list of names in apposition stands for them, each from its state"},
		{"Americans, Ann Lee said, are divided. Three Norwegians, Ann Lee and Ola Berg among them, sued Halvik Holdings.",
			nil,
			[]string{"Ann Lee -from-> United States", "Ann Lee -from-> Norway"},
			"no list of names in apposition"},
		{"\"The Kurds were instrumental in our fight against ISIS,\" said US envoy Tom Wu. \"My visit to Oslo was a success,\" said Ann Lee.",
			[]string{"United States -fight-> Islamic State", "Ann Lee -visit-> Oslo"},
			nil,
			"a speaker's possessive before an act noun is the speaker's side, or the speaker"},
		{"The Kurds fought ISIS in Syria. \"They have nobody to count on because we abandoned them,\" said Senator Ann Lee. \"We abandoned the Kurds,\" said Ed Moss, a Republican senator from Ohio. \"We sued Halvik Holdings,\" said Moss. \"We attacked Syria,\" said Moss.",
			[]string{"United States -abandon-> Kurds", "United States -attack-> Syria", "US Senate -sue-> Halvik Holdings"},
			[]string{"US Senate -abandon-> Kurds", "Republican Party -abandon-> Kurds", "United States -sue-> Halvik Holdings"},
			"a legislator's \"we\" that acts on a foreign people or state is his state; on a body at home, his chamber"},
		{"Ola Berg, a member of the Afghan team, spoke. \"We came to Norway and we beat Sweden,\" Berg said.",
			nil,
			[]string{"Afghanistan -come_to-> Norway", "Afghanistan -beat-> Sweden"},
			"a team's \"we\" abroad stays the team's"},
		{"The House of Representatives impeached Tom Wu in May. Only two presidents have been impeached: Ed Moss and Jo Hart. Police arrested three men: Bo Kim, Per Lund and Cyd Ho.",
			[]string{"House of Representatives -impeach-> Ed Moss", "House of Representatives -impeach-> Jo Hart",
				"Police -arrest-> Bo Kim", "Police -arrest-> Per Lund", "Police -arrest-> Cyd Ho"},
			nil,
			"a plural of common nouns names the people a colon lists after the clause"},
		{"Police arrested three men in Oslo: the suspects were released. Two leaders met: Ann Lee said so.",
			nil,
			[]string{"Police -arrest-> Ann Lee"},
			"no list of names up to the sentence's end"},
		{"Sweden expelled two Norwegian diplomats on Monday. Norway responded by recalling its ambassador. Halvik Holdings sued Ann Lee. Lee responded on Twitter.",
			[]string{"Norway -respond_to-> Sweden", "Ann Lee -respond_to-> Halvik Holdings"},
			nil,
			"an answer to no one named answers the actor of the sentence before"},
		{"Ann Lee praised Norway. Ann Lee responded. Tom Wu sued Halvik Holdings. The judge told Bo Kim, who reacted first. Ed Moss attacked Halvik Holdings, forcing Tom Wu to react.",
			nil,
			[]string{"Ann Lee -respond_to-> Ann Lee", "Bo Kim -respond_to-> Tom Wu", "Tom Wu -respond_to-> Halvik Holdings"},
			"no answer to oneself, nor from a relative or an infinitive clause"},
		{"Tom Wu was impeached over his dealings with Norway. The House of Representatives will vote on Monday.",
			[]string{"House of Representatives -impeach-> Tom Wu"},
			nil,
			"an impeachment with no agent named is the one House's the report names"},
		{"Tom Wu was impeached over his dealings with Norway. The Senate will vote on Monday.",
			nil,
			[]string{"US Senate -impeach-> Tom Wu", "Senate -impeach-> Tom Wu"},
			"no House named: no agent"},
		{"President Tom Wu met Ann Lee. Ann Lee made it clear to Tom Wu that she would resign. \"We made that clear to the president,\" said Bo Kim. Norway has made it very clear to Sweden that it will not pay.",
			[]string{"Ann Lee -tell-> Tom Wu", "Bo Kim -tell-> Tom Wu", "Norway -tell-> Sweden"},
			nil,
			"making something clear to an actor tells it, also the speaker's \"we\""},
		{"Ann Lee made a clear case. It is clear to Tom Wu that Norway will pay.",
			nil,
			[]string{"Norway -tell-> Tom Wu", "Ann Lee -tell-> Tom Wu"},
			"no form of make before \"clear to\""},
	})
}
