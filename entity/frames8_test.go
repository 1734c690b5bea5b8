package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFrames8 checks the verb frames of frames8 on sentences written for
// this test.
func TestFrames8(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Supreme Court is lead by President Ann Carver. Per Lund was slain by Kenyan soldiers. Ola Berg was sought by Interpol. The Harbor Party leads by ten points.",
			[]string{"Ann Carver -lead-> Supreme Court", "Interpol -seek-> Ola Berg"},
			[]string{"Supreme Court -lead_by-> Ann Carver", "Ola Berg -seek_by-> Interpol", "Per Lund -slay_by-> Kenyan troops"},
			"after a form of be, any participle (or the base misspelt for it) before by is a passive whose agent acts"},
		{"The Bundestag elected Ann Lee chancellor in 2014. Prime Minister Ann Lee appointed Tom Wu foreign minister. Sweden named Ola Berg its ambassador.",
			[]string{"Bundestag -elect-> Ann Lee", "Ann Lee -appoint-> Tom Wu"},
			nil,
			"a named person and then the office a verb of choosing gives is that person"},
		{"Last year, Tom Wu was made to resign as Foreign Affairs minister when reporters learned that he had lost a laptop on a train.",
			nil, []string{"Tom Wu -resign_as-> Foreign Affairs"},
			"after as, the words before an office are the office's, no person"},
		{"Kari Dahl praised Harbor Story director and co-star Per Lund. Ann Lee named Tom Wu foreign minister and Ola Berg finance minister.",
			[]string{"Kari Dahl -praise-> Per Lund", "Ann Lee -name-> Tom Wu", "Ann Lee -name-> Ola Berg"},
			[]string{"Kari Dahl -praise-> Harbor Story"},
			"a name before titles that go on to another name is no person with an office"},
		{"Halvik Holdings hired Deputy Director of Finance Per Lund.",
			nil, []string{"Halvik Holdings -hire-> Deputy Director"},
			"a capitalised title chain is no name followed by its office"},
		{"When elected chancellor by the Bundestag in 2014, Ann Lee promised reforms. Though criticised by the Harbor Party, Tom Wu kept his post. Elected president by the Riksdag, Ola Berg left.",
			[]string{"Bundestag -elect-> Ann Lee", "Harbor Party -criticise-> Tom Wu"},
			[]string{"Ann Lee -elect-> Bundestag"},
			"a fronted participle after when, though or once is a passive, with or without a second object"},
		{"The talks collapsed because Tom Wu and the Bundestag could not reach an agreement. Norway and Sweden failed to reach a deal on fishing. Denmark failed to reach an agreement with Finland. Iceland and Estonia reached an agreement.",
			[]string{"Tom Wu -not_agree_with-> Bundestag", "Norway -not_deal_with-> Sweden", "Denmark -not_agree_with-> Finland", "Iceland -agree_with-> Estonia"},
			nil,
			"a list that could not or failed to reach an agreement or a deal did not agree with each other"},
		{"Norway and Sweden could reach an agreement soon. If Denmark and Finland reach a deal, prices will fall.",
			nil, []string{"Norway -agree_with-> Sweden", "Norway -not_agree_with-> Sweden", "Denmark -deal_with-> Finland"},
			"an agreement that could come, or on a condition, is none"},
		{"Ann Lee put pressure on Tom Wu. Ola Berg put no pressure on Kari Dahl. Per Lund did not put any pressure on Norway. Sweden made no apology to Denmark.",
			[]string{"Ann Lee -pressure-> Tom Wu", "Ola Berg -not_pressure-> Kari Dahl", "Per Lund -not_pressure-> Norway", "Sweden -not_apologise_to-> Denmark"},
			[]string{"Ola Berg -pressure-> Kari Dahl"},
			"put is a light verb before an event noun; an object with no denies the act"},
		{"Tom Wu won the presidential election over Ann Lee of the Harbor Party. Kari Dahl won the 2014 primary against Ola Berg and Per Lund. The Harbor Party won a majority in the Bundestag. The Nordic League won control of the European Parliament.",
			[]string{"Tom Wu -defeat-> Ann Lee", "Kari Dahl -defeat-> Ola Berg", "Kari Dahl -defeat-> Per Lund", "Harbor Party -win_majority_in-> Bundestag", "Nordic League -win_control_of-> European Parliament"},
			nil,
			"a contest won over or against rivals defeats each; a majority in a body, or control of it, is won"},
		{"Tom Wu won the vote over the weekend. The Harbor Party won a majority in Scotland.",
			nil, []string{"Harbor Party -win_majority_in-> Scotland"},
			"a time after over names no rival; a majority in a place is no body's"},
		{"Ann Lee spoke on CNN's State of the Union on Sunday. Tom Wu appeared on the BBC's Newsnight programme. Ola Berg told CNN's Kari Dahl that he would run.",
			[]string{"Ann Lee -speak_on-> CNN", "Tom Wu -appear_on-> BBC", "Ola Berg -tell-> Kari Dahl"},
			[]string{"Ann Lee -speak_on-> State", "Ola Berg -tell-> CNN"},
			"a broadcaster's programme is the broadcaster; its journalist named is the journalist"},
		{"The vote was held on Monday. Ann Lee told the BBC's current affairs programme Newsnight that she would run. Tom Wu told CNN's morning show host Kari Dahl that he would run.",
			[]string{"Ann Lee -tell-> BBC", "Tom Wu -tell-> Kari Dahl"},
			[]string{"Tom Wu -tell-> CNN"},
			"the kind of programme, then its name, is the broadcaster's; a host named is the host"},
		{"Halvik, which within a few years declared independence from Sweden, grew. The Harbor Party, which in 1998 left the Nordic League, split.",
			[]string{"Halvik -independent_from-> Sweden", "Harbor Party -leave-> Nordic League"},
			nil,
			"a phrase of time between which and its verb leaves the antecedent the subject"},
		{"Prior to joining the Storting, Tom Wu taught classes in sociology at the University of Bergen. Ann Lee taught at Harvard University. Ola Berg lectured at the Congress of Arts and Sciences. Kari Dahl taught Per Lund at Oslo.",
			[]string{"Tom Wu -work_for-> University of Bergen", "Ann Lee -work_for-> Harvard University"},
			[]string{"Ola Berg -work_for-> Congress of Arts and Sciences", "Kari Dahl -work_for-> Oslo", "Kari Dahl -work_for-> Per Lund"},
			"teaching at an organisation works for it (taught/NN after a name is the verb); a lecture or a place is none"},
		{"Tom Wu began his career at the Oslo Times in 1960. Ann Lee spent her whole career with Halvik Bank. Ola Berg began his career in Bergen.",
			[]string{"Tom Wu -work_for-> Oslo Times", "Ann Lee -work_for-> Halvik Bank"},
			[]string{"Ola Berg -work_for-> Bergen"},
			"a career begun or spent at or with an organisation is work for it; a place is none"},
		{"Tom Wu studied law at the University of Bergen. Ann Lee attended law school at Halden College. Ola Berg studied the files at the Harbor Institute. Kari Dahl attended a meeting at Halden College.",
			[]string{"Tom Wu -study_at-> University of Bergen", "Ann Lee -study_at-> Halden College"},
			[]string{"Ola Berg -study_at-> Harbor Institute", "Kari Dahl -study_at-> Halden College"},
			"a subject studied, or a school attended, at an organisation is study there; studying things or attending a meeting is none"},
		{"Tom Wu was evacuated Wednesday afternoon from Nairobi to Stockholm. Ann Lee was extradited from Spain to Norway. Ola Berg was sent a letter from Oslo.",
			[]string{"Tom Wu -evacuate_from-> Nairobi", "Tom Wu -evacuate_to-> Stockholm", "Ann Lee -extradite_from-> Spain", "Ann Lee -extradite_to-> Norway"},
			[]string{"Ola Berg -send_from-> Oslo"},
			"a passive of a verb that moves its object moves the subject from one place to the other"},
		{"Tom Wu met Wednesday with Ann Lee. Ola Berg met yesterday with Kari Dahl. Per Lund spoke today to Norway.",
			[]string{"Tom Wu -meet_with-> Ann Lee", "Ola Berg -meet_with-> Kari Dahl", "Per Lund -speak_to-> Norway"},
			[]string{"Ola Berg -meet_yesterday_with-> Kari Dahl"},
			"a bare weekday or day word between a verb and its preposition says when"},
		{"If elected by the Bundestag, Ann Lee will cut taxes.",
			nil, []string{"Bundestag -elect-> Ann Lee"},
			"a participle after if states a condition"},
	})
}
