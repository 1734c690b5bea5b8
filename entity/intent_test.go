package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestIntentions checks that acts a sentence only plans, hopes for,
// attempts or expects give no facts between actors, while acts done and
// refusals do, on sentences written for this test.
func TestIntentions(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu criticised the new rules regarding Somalis traveling to Sweden. Ann Lee opposed the ban on Danes entering Norway. Police arrested Finns traveling to Sweden. Ann Lee was angry about Norway attacking Sweden.",
			[]string{"Finns -travel_to-> Sweden", "Norway -attack-> Sweden"},
			[]string{"Somalis -travel_to-> Sweden", "Danes -enter-> Norway"},
			"a participle whose subject a rule or policy is about names a kind of act, not one that happened; elsewhere it is an act"},
		{"Ann Lee plans to visit Norway next week. Tom Wu hopes to meet Ann Lee. The Green Party intends to sue Tom Wu.",
			nil, []string{"Ann Lee -visit-> Norway", "Tom Wu -meet-> Ann Lee", "Green Party -sue-> Tom Wu"},
			"a plan, a hope or an intention is no act"},
		{"Norway is expected to sign a deal with Sweden. Ann Lee tried to call Tom Wu. Ann Lee is set to meet Tom Wu.",
			nil, []string{"Norway -sign_with-> Sweden", "Ann Lee -call-> Tom Wu", "Ann Lee -meet-> Tom Wu"},
			"an expected act, an attempt and a scheduled meeting did not happen yet"},
		{"The team was denied visas to enter Norway. Denmark urged Sweden to join NATO. Globex made a bid to buy Initech.",
			nil, []string{"Harbor Team -enter-> Norway", "Sweden -join-> NATO", "Globex -buy-> Initech"},
			"an act a request, a refusal of visas or a bid is for did not happen"},
		{"The Harbor League needs to beat the Green Party. Norway needed to sign a deal with Sweden. The Harbor League beat Norway. Denmark only needs a victory against Sweden to win the cup.",
			[]string{"Harbor League -beat-> Norway"}, []string{"Harbor League -beat-> Green Party", "Norway -sign_with-> Sweden", "Denmark -need_against-> Sweden"},
			"an act one needs to do did not happen yet"},
		{"Tom Wu warned Denmark not to attack Sweden. Ann Lee told the Harbor League to leave Denmark. Tom Wu warned Ann Lee that Norway attacked Sweden.",
			[]string{"Tom Wu -warn-> Denmark", "Ann Lee -tell-> Harbor League", "Norway -attack-> Sweden"},
			[]string{"Denmark -attack-> Sweden", "Tom Wu -attack-> Sweden", "Harbor League -leave-> Denmark", "Ann Lee -leave-> Denmark"},
			"what one is warned or told to do is no act; the warning stays, and so does what a that-clause states"},
		{"Norway forced Ann Lee to leave Sweden.",
			[]string{"Ann Lee -leave-> Sweden"}, nil,
			"an act one was forced to do happened"},
		{"Ann Lee said Tom Wu was welcome to visit and tour the Nordic Institute.",
			nil, []string{"Tom Wu -visit-> Nordic Institute", "Tom Wu -tour-> Nordic Institute"},
			"an invitation's acts did not happen yet"},
		{"Tom Wu announced his intention to dissolve the Nordic Council. The Harbor League is primed to sign Ann Lee. Ann Lee has resisted pressure to sack Tom Wu. Tom Wu thanked Ann Lee for the opportunity to help defend Norway.",
			[]string{"Tom Wu -thank-> Ann Lee"}, []string{"Tom Wu -dissolve-> Nordic Council", "Harbor League -sign-> Ann Lee", "Ann Lee -sack-> Tom Wu", "Tom Wu -defend-> Norway"},
			"an intention, a readiness, a pressure and an opportunity are for acts that did not happen yet"},
		{"Tom Wu will succeed Ann Lee as chairman if she is confirmed as minister. If the talks fail, Norway will sue Sweden. Ann Lee refused to say whether she trusts Tom Wu.",
			nil, []string{"Tom Wu -succeed-> Ann Lee", "Norway -sue-> Sweden", "Ann Lee -trust-> Tom Wu"},
			"a condition, the prediction that depends on it and a question are no acts"},
		{"Bo Kim had to decide whether to sue Globex or settle with Globex. Ann Lee had to decide if she should move to Sweden or stay with the Green Party. Tom Wu met Ann Lee and visited Norway.",
			[]string{"Tom Wu -meet-> Ann Lee", "Tom Wu -visit-> Norway"}, []string{"Bo Kim -settle_with-> Globex", "Ann Lee -stay_with-> Green Party", "Ann Lee -move_to-> Sweden"},
			"a verb coordinated with the first of a question's clause, after a modal too, is asked as well; a stated one is not"},
		{"Tom Wu met Ann Lee in Oslo even if the talks failed. Tom Wu will meet Ann Lee on Monday and will ask if Norway can help.",
			[]string{"Tom Wu -meet-> Ann Lee"}, nil,
			"even-if concedes, and an if after a verb asks: the act stays"},
		{"Tom Wu would be the perfect choice to succeed Ann Lee as Norway coach. Ola Berg is the favourite to replace Cyd Ho. Ann Lee is tipped to lead the Green Party.",
			nil, []string{"Tom Wu -succeed-> Ann Lee", "Tom Wu -work_for-> Norway", "Ola Berg -replace-> Cyd Ho", "Ann Lee -lead-> Green Party"},
			"a choice, a favourite or a tip for a post has not taken it"},
		{"Tom Wu is due to fly to Oslo to meet Ann Lee. Globex tried hard to buy Initech. Ola Berg agreed to travel to Bergen to meet Cyd Ho. Ann Lee flew to Oslo to meet Tom Wu.",
			[]string{"Ann Lee -fly_to-> Oslo"}, []string{"Tom Wu -meet-> Ann Lee", "Globex -buy-> Initech", "Ola Berg -meet-> Cyd Ho", "Ann Lee -meet-> Tom Wu"},
			"the purpose of a planned trip is planned too, and an adverb may stand before the infinitive; so is a made trip's purpose"},
		{"Tom Wu warned that if the Nordic Council ignored the Parliament's request it would be an insult. Globex tried hard to buy Initech. The Harbor League ignored the Green Party's request.",
			[]string{"Parliament -ask-> Nordic Council", "Harbor League -ignore-> Green Party"},
			[]string{"Nordic Council -ignore-> Parliament", "Globex -buy-> Initech"},
			"ignoring a request in a condition is no act, though the request was made; an attempt with an adverb is none either"},
		{"Tom Wu was speaking as Sir Ivan Petrov, Globex director general, warned Ann Lee not to resign. Ola Berg, born while Norway was ruled by Sweden, moved to Oslo.",
			[]string{"Ivan Petrov -warn-> Ann Lee"}, []string{"Tom Wu -speak_as-> Ivan Petrov", "Ola Berg -born_while-> Norway"},
			"a conjunction that opens a clause takes no actor as its object: the clause's subject is that clause's"},
		{"The Nordic Council is to hold membership talks with both Norway and Sweden. Ann Lee was in Oslo. She is due to take part in talks with the Norwegian government on Friday.",
			nil, []string{"Nordic Council -talk_with-> Norway", "Nordic Council -talk_with-> Sweden", "Ann Lee -meet-> Norwegian government"},
			"talks that are to be held or are due have not happened, though the extractor moved the noun into the object"},
		{"If he became king, Tom Wu would be the supreme governor of the Church of Norway. Ann Lee could be the next leader of the Green Party. Ola Berg is to become chairman of Halvik Holdings. Jim Bo is the president of Globex.",
			[]string{"Jim Bo -lead-> Globex"},
			[]string{"Tom Wu -lead-> Church of Norway", "Ann Lee -lead-> Green Party", "Ola Berg -lead-> Halvik Holdings"},
			"a post held in a condition, a possibility or a plan is not held yet"},
		{"Oslo is being represented by Norway's director general for Europe, Tom Wu. Halvik Holdings was bought by Globex for $5bn.",
			[]string{"Globex -buy-> Halvik Holdings"}, []string{"Oslo -represent_for-> Europe", "Halvik Holdings -buy_for-> Globex"},
			"the subject of a passive underwent the act: a phrase after the agent names no one it acted for"},
		{"The Green Party signed a two year deal for Bergen to host the conference. Mr Tom Wu repeated calls for Ann Lee to apologise.",
			[]string{"Tom Wu -call_on-> Ann Lee"}, []string{"Green Party -sign_for-> Bergen", "Tom Wu -repeat_calls_for-> Ann Lee"},
			"an actor after for and before an infinitive is the infinitive's subject; a call for it to act calls on it"},
		{"The Nordic Council should change, said Mr Tom Wu, who wants it to move fast. Ann Lee expects Sweden to pay. Ola Berg wants Norway.",
			[]string{"Ola Berg -want-> Norway"}, []string{"Tom Wu -want-> Nordic Council", "Ann Lee -expect-> Sweden"},
			"wanting or expecting an actor to act is a wish about it, no act"},
		{"Norway is led by President Tom Wu. Ann Lee has powers for life, while insulting the president and officials has been made a criminal offence. Ann Lee resigned after meeting Jim Bo.",
			[]string{"Ann Lee -meet-> Jim Bo"}, []string{"Ann Lee -insult-> Tom Wu"},
			"a gerund phrase that is the subject of a verb after it is done by no one named"},
		{"Halvik Holdings declined to comment, telling the Oslo Herald the talks had ended. Tom Wu resigned on Monday, telling Ann Lee his health would not allow him to stay.",
			[]string{"Halvik Holdings -tell-> Oslo Herald", "Tom Wu -tell-> Ann Lee"}, nil,
			"a participle's object followed at once by a new noun phrase and its verb is told that clause: no gerund subject"},
		{"Halvik Holdings expects about 16% of future group revenue to come from Globex. Tom Wu said he expected some Green voters to switch to the Labour Party. Norway sent its troops to fight Sweden.",
			[]string{"Norway -fight-> Sweden"}, []string{"Halvik Holdings -come_from-> Globex", "Tom Wu -switch_to-> Labour Party"},
			"an infinitive after a verb of expecting and a noun phrase is that phrase's act"},
		{"Ann Lee will marry after a civil ceremony to be held at Halvik Hall. Norwegians rejected plans for the island's sovereignty to be shared between Denmark and Sweden. Tom Wu was one of the first scholars to be elected as members of the Nordic Institute.",
			[]string{"Tom Wu -member_of-> Nordic Institute"},
			[]string{"Ann Lee -hold_at-> Halvik Hall", "Norwegians -share_between-> Denmark", "Norwegians -share_between-> Sweden"},
			"a passive infinitive after a noun is done to the noun, unless the noun is what the subject is"},
		{"Tom Wu proposed to Ann Lee in May. Ann Lee talked to senior officials of Norway.",
			[]string{"Tom Wu -propose_to-> Ann Lee"}, nil,
			"a last to before a name, no infinitive, is no plan"},
		{"Ann Lee visited Norway. Ann Lee was forced to leave Sweden. Tom Wu decided to join the Green Party.",
			[]string{"Ann Lee -visit-> Norway", "Ann Lee -leave-> Sweden", "Tom Wu -join-> Green Party"}, nil,
			"an act done, or forced, or decided, stays a fact"},
		{"Norway took action to protect Swedish diplomats in Iraq.",
			nil, []string{"Norway -protect-> Swedish diplomats"},
			"an aim after a complete clause is an intention"},
		{"United States troops have remained in Iraq to prevent the Front from gaining ground.",
			[]string{"United States troops -remain_in-> Iraq"}, []string{"United States troops -prevent-> Front"},
			"an aim after a place is an intention; the act before it stays"},
		{"Norwegian troops are in Iraq to counter the Front.",
			nil, []string{"Norwegian troops -counter-> Front"},
			"being there to counter is an aim"},
		{"Tom Wu flew to Oslo and met Ann Lee. Norway continued to protect Ann Lee. Sweden tried to prevent Norway from joining.",
			[]string{"Tom Wu -meet-> Ann Lee", "Norway -protect-> Ann Lee", "Sweden -prevent-> Norway"}, nil,
			"an event after a trip, an aim that a verb's complement carries out, and an attempt stay facts"},
	})
}

func TestVerbBase(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"planned", "plan"}, {"planning", "plan"}, {"hopes", "hope"}, {"tried", "try"}, {"prepared", "prepare"},
		{"sought", "sought"}, {"visited", "visited"},
	} {
		if got := verbBase(c.in, intentionWords); got != c.want {
			t.Errorf("verbBase(%q, intentionWords) = %q, want %q", c.in, got, c.want)
		}
	}
}
