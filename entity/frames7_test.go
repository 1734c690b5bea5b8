package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFrames7 checks the verb frames of frames7 on sentences written for
// this test.
func TestFrames7(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee condemned Norway, which Tom Wu had betrayed to Turkey. Ola Berg met Kari Dahl, whom Sweden had sent to Denmark.",
			[]string{"Tom Wu -betray-> Norway", "Sweden -send-> Kari Dahl"}, []string{"Tom Wu -betray_to-> Turkey", "Sweden -send_to-> Denmark"},
			"the pronoun of which or whom is the object of the verb even when a preposition's phrase follows the verb"},
		{"Ann Lee criticised the treaty, which Norway agreed to with Sweden. Ola Berg praised Finland, which Per Lund belongs to.",
			nil, []string{"Norway -agree-> treaty", "Norway -agree_to-> treaty"},
			"a verb followed by two prepositions keeps its reading"},
		{"Norway met on Monday with Tom Wu, a US envoy, in Qatar. Sweden voted on May 4, 2031, to leave the Nordic Union. Ola Berg spoke on May 3, 2010, to Kari Dahl. Per Lund worked for years for Halvik Holdings.",
			[]string{"Norway -meet_with-> Tom Wu", "Sweden -leave-> Nordic Union", "Ola Berg -speak_to-> Kari Dahl", "Per Lund -work_for-> Halvik Holdings"}, nil,
			"a time phrase between a verb with no object and its preposition, or its infinitive after a date's closing comma, leaves the frame whole"},
		{"Ann Lee refused to leave, insisting after the incident with Tom Wu that she had won. Ola Berg resigned in 2010, to the surprise of Norway. Hinting at better times for Danish exporters, the Nordic Bank said prices would rise. Kari Dahl will miss January's Tour From the Nordic Cup to rest.",
			nil, []string{"Ann Lee -insist_with-> Tom Wu", "Ola Berg -resign_to-> Norway", "Nordic Bank -hint_for-> Danish exporters", "Kari Dahl -miss_from-> Nordic Cup"},
			"a phrase that names no date, or a comma that closes no date, keeps the preposition out of the relation"},
		{"Per request of Prime Minister Tom Wu, the Queen suspended the Storting. At the request of Ola Berg, the king dissolved the Riksdag. By request of Norway, Sweden extradited Per Lund. Queen Ann Lee closed the Althing per the request of Kari Dahl.",
			[]string{"Norway -ask-> Sweden", "Kari Dahl -ask-> Ann Lee"}, []string{"Tom Wu -suspend-> Storting", "Ola Berg -dissolve-> Riksdag"},
			"the noun phrase after the comma that closes an opening request phrase is the clause's subject, no title of the asker's; per and by request ask as at the request do"},
		{"On Monday Tom Wu, the president of Norway, met Ann Lee. According to Ola Berg, the president of Sweden, Denmark lied.",
			[]string{"Tom Wu -lead-> Norway", "Ola Berg -lead-> Sweden"}, nil,
			"an apposition closed by its own comma inside an opening phrase still describes the name"},
		{"The talks failed because Norway and Sweden could not agree on a budget. Denmark and Finland disagreed over the treaty. Iceland and Estonia agreed on a price.",
			[]string{"Norway -not_agree_with-> Sweden", "Denmark -disagree_with-> Finland", "Iceland -agree_with-> Estonia"}, nil,
			"a list that agrees or disagrees on a topic does so with each other; could not agree says they did not"},
		{"Israel and Hamas agreed to a ceasefire on Friday.",
			[]string{"Israel -agree_with-> Hamas"}, nil,
			"a list that agrees to a thing, as on one, agrees with each other"},
		{"Norway and Sweden agreed to share flights. Tom Wu and Ann Lee agreed that Denmark would pay. If Norway could not reach Finland, it would leave. Iceland could not type \"Finland\" into the form.",
			nil, []string{"Norway -agree_with-> Sweden", "Tom Wu -agree_with-> Ann Lee", "Norway -not_reach-> Finland", "Iceland -not_type-> Finland"},
			"agreeing to act or that something holds is a joint act; a condition states nothing"},
		{"Tom Wu served in the Storting, first under President Ann Lee and later under President Ola Berg. Kari Dahl served two terms under Per Lund.",
			[]string{"Tom Wu -serve_under-> Ann Lee", "Tom Wu -serve_under-> Ola Berg", "Kari Dahl -serve_under-> Per Lund"}, nil,
			"serving under an actor, after an object or a place and in a list of phrases of under, serves under each"},
	})
}
