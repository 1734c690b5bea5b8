package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPlacedBodies checks the places that the words around a body or a
// place state, on sentences written for this test.
func TestPlacedBodies(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Oslo-based Halvik Holdings sued Tom Wu. Ann Lee joined Bergen-based shipping firm Nordic Lines. Tom Wu sued the Oslo-based company.",
			[]string{"Halvik Holdings -locate_in-> Oslo", "Nordic Lines -locate_in-> Bergen"}, []string{"Tom Wu -sue-> Oslo"},
			"a place's -based compound places the body after it, and names no actor of its own"},
		{"Tom Wu, the president of Bergen-based Halvik Corporation, resigned. Ann Lee, a Stockholm-based lawyer, said he was right. Helsinki-based engineer Mary Holt agreed. Peter Holm is a Copenhagen-based doctor.",
			[]string{"Tom Wu -lead-> Halvik Corporation", "Halvik Corporation -locate_in-> Bergen"},
			[]string{"Tom Wu -work_for-> Bergen", "Ann Lee -work_for-> Stockholm", "Mary Holt -work_for-> Helsinki", "Peter Holm -work_for-> Copenhagen"},
			"a place's -based compound places the body after it and employs no one: a role is the body's, never the place's"},
		{"Tom Wu, the chief executive officer of Bergen-based Halvik Corporation, resigned. Ann Lee is president of Oslo-based Halvik Holdings. Mary Holt, the president and chief executive officer of Stockholm-based Kelso Corporation, agreed.",
			[]string{"Tom Wu -lead-> Halvik Corporation", "Ann Lee -lead-> Halvik Holdings", "Mary Holt -lead-> Kelso Corporation", "Kelso Corporation -locate_in-> Stockholm"},
			[]string{"Tom Wu -lead-> Bergen", "Ann Lee -lead-> Oslo", "Mary Holt -lead-> Stockholm"},
			"a multi-word title or a copula's role noun, of and a -based compound: the office is the body's after the compound, never the place's"},
		{"Sudan rejected the plan. The government in Khartoum sent troops north. Rebels fought the Khartoum-based government.",
			[]string{"Sudanese government -locate_in-> Khartoum"}, []string{"Khartoum government -locate_in-> Khartoum"},
			"the government in a capital, or based there, is the government of the capital's state"},
		{"Aid reached east Sudan (Darfur) on Monday.",
			[]string{"Darfur -locate_in-> Sudan"}, []string{"Sudan -locate_in-> Darfur"},
			"a part of a place in brackets after it, by the gazetteer, lies in it"},
		{"Troops left areas of Norway (such as Vardal) in May. Rain fell on Norway's regions, including Kjosen and Lyngdal.",
			[]string{"Vardal -locate_in-> Norway", "Kjosen -locate_in-> Norway", "Lyngdal -locate_in-> Norway"}, nil,
			"places listed after such as or including among the places of a state lie in it"},
		{"Ukraine voted on Sunday. The country's Supreme Court upheld the result. Crowds marched to the nation's Central Election Commission (CEC).",
			[]string{"Supreme Court -part_of-> Ukraine", "Central Election Commission -part_of-> Ukraine"}, nil,
			"the country's named body is part of the state the description stands for"},
		{"Norway voted on Sunday. Ann Lee appealed to the country's parliament. The nation's military was put on alert. The country's army chief Tom Wu spoke.",
			[]string{"Norwegian parliament -part_of-> Norway", "Norwegian military -part_of-> Norway", "Ann Lee -appeal_to-> Norwegian parliament"},
			[]string{"Norwegian army -part_of-> Norway"},
			"a state's description before a body's noun names the state's body"},
		{"Fiji voted on Sunday. The island nation's cabinet met on Monday.",
			[]string{"Fijian cabinet -part_of-> Fiji"}, nil,
			"a state's cabinet, as its parliament"},
		{"Norway voted on Sunday. The country's election commission fined Ann Lee. The nation's central bank sued Tom Wu. The country's largest bank fell.",
			[]string{"Norwegian election commission -part_of-> Norway", "Norwegian election commission -fine-> Ann Lee", "Norwegian central bank -part_of-> Norway"},
			[]string{"Norwegian largest bank -part_of-> Norway"},
			"a state's description before a field and a body's noun names the state's body of that field; a word of size names none"},
		{"Norway's election commission fined Ann Lee. Norway's foreign ministry thanked Tom Wu. Norway's largest bank fell.",
			[]string{"Norwegian election commission -part_of-> Norway", "Norwegian election commission -fine-> Ann Lee", "Norwegian foreign ministry -thank-> Tom Wu"},
			[]string{"Norwegian largest bank -part_of-> Norway"},
			"a state's possessive name before a field and a body's noun names the state's body of that field"},
		{"Norway voted on Sunday. Ann Lee appealed to its Supreme Court.",
			[]string{"Supreme Court -part_of-> Norway"}, nil,
			"a pronoun that stands for a state, right before a body's name, makes the body the state's"},
		{"According to Dutch broadcaster Halvik TV, the vote failed. Russian state broadcaster Lund One said so. The U.S. Air Force flew.",
			[]string{"Halvik TV -locate_in-> Netherlands", "Lund One -part_of-> Russia"}, []string{"U.S. Air Force -part_of-> United States"},
			"a nationality and a body's noun before its name state where it is, or whose it is; inside the name they state nothing"},
		{"British oil and gas company Halvik Petroleum bought Austrian mortar and shell manufacturer Kelso Works. Danish state-owned enterprise Lund Group sued them.",
			[]string{"Halvik Petroleum -locate_in-> United Kingdom", "Kelso Works -locate_in-> Austria", "Lund Group -part_of-> Denmark", "Halvik Petroleum -buy-> Kelso Works"}, nil,
			"two words joined by and may describe the body's trade between the nationality and the noun; an enterprise is a body"},
		{"Militias attacked the Norwegian workers living in Sweden.",
			[]string{"Norwegian workers -locate_in-> Sweden"}, nil,
			"a people living in a place lies in it, whatever the verb did to them"},
		{"Prices on the Halvik Stock Exchange (HSE) of Norway fell. Ann Lee (AL) of Norway spoke.",
			[]string{"Halvik Stock Exchange -locate_in-> Norway"}, []string{"AL -locate_in-> Norway"},
			"a body's acronym in brackets, then of and a place, names where the body is"},
		{"The drug is made by the Ohio company Belcor Pharmaceuticals. The deal went to a Bergen shipping firm, Lund Lines, on Monday. Oslo broadcaster Halvik TV said so. Ohio State University Press printed it.",
			[]string{"Belcor Pharmaceuticals -locate_in-> Ohio", "Lund Lines -locate_in-> Bergen", "Halvik TV -locate_in-> Oslo"}, nil,
			"a place's name after an article or opening the sentence stands for its adjective before a body's noun and name"},
		{"At midnight local time (0700 UTC), Ohio public utility Belcor Electric Company began cutting power. United States utility Halvik Energy Company followed. Of the towns hit, Bergen, shipping firm Lund Lines said, lost the most.",
			[]string{"Belcor Electric Company -locate_in-> Ohio", "Halvik Energy Company -locate_in-> United States"}, []string{"Lund Lines -locate_in-> Bergen"},
			"a place's name after a comma closing an opening prepositional phrase stands so too; a utility is a body"},
		{"Halvik Holdings, a Norwegian shipping firm, sued Tom Wu. Lund Lines, the Swedish ferry operator, closed. Kelso Bank, a Danish bank and Tom Wu's employer, fell.",
			[]string{"Halvik Holdings -locate_in-> Norway", "Lund Lines -locate_in-> Sweden"}, []string{"Kelso Bank -locate_in-> Denmark"},
			"an organisation's apposition of a nationality and a body's noun says where it is, when the apposition closes there"},
		{"The Friday edition of Velby Times, a daily printed in Bergen, sold out. Orsa Post, a newspaper published in Halden, reported it. Kelso Steel, a company printed in Oslo, fell.",
			[]string{"Velby Times -locate_in-> Bergen", "Orsa Post -locate_in-> Halden"}, []string{"Kelso Steel -locate_in-> Oslo"},
			"a paper's apposition, printed or published in a place, says where the paper is; only a paper is printed"},
		{"The farm belongs to Halvik Agro S.A, a company of Bergen. Kelso Steel, a unit of Lund Bank, fell.",
			[]string{"Halvik Agro S.A -locate_in-> Bergen"}, []string{"Kelso Steel -locate_in-> Lund Bank"},
			"a body's apposition, of and a place that closes it say where the body is"},
		{"Halden, a town in southern Norway, flooded. Kjosen, a suburb of Oslo, burned. Lund, a city of farmers and Tom Wu's home, grew.",
			[]string{"Halden -locate_in-> Norway", "Kjosen -locate_in-> Oslo"}, nil,
			"a place's apposition naming its kind, then in or of a place, places it"},
		{"Ann Lee, the former Deputy Chief Minister of Kalvo, died. She was the Deputy Chief Minister of the state of Kalvo, India. The Harbor Party in Kalvo praised her. Tom Wu left the city of Oslo Holdings.",
			[]string{"Kalvo -locate_in-> India", "Harbor Party -locate_in-> Kalvo"}, []string{"Oslo Holdings -locate_in-> India"},
			"a name after 'the state of' is a place, though the document first named it where a body's name may stand; a body's head word keeps a body"},
		{"Halden, the southernmost town of Norway, flooded. Kjosen, the second largest city in Sweden, burned. Vardal, the most populous region in southern Finland, voted. Lund, the city of farmers in Denmark, grew. Mosul, Iraq's second largest city, fell. Okinawa, the southernmost prefecture of Japan, voted.",
			[]string{"Halden -locate_in-> Norway", "Kjosen -locate_in-> Sweden", "Vardal -locate_in-> Finland", "Mosul -locate_in-> Iraq", "Okinawa -locate_in-> Japan"}, []string{"Lund -locate_in-> Denmark"},
			"a definite apposition naming the place's kind places it when a superlative picks the place out, as does a state's possessive before up to three words"},
		{"Troops entered the Swedish city Kjosen Havn. Ann Lee flew to the Norwegian capital Oslo.",
			[]string{"Kjosen Havn -locate_in-> Sweden", "Oslo -capital_of-> Norway"}, []string{"Oslo -locate_in-> Norway"},
			"a nationality and a kind of place right before the name place it; a capital is the state's"},
		{"Ann Lee flew to the Norwegian capital city Oslo. Tom Wu landed in the Sweden capital city Stockholm on Monday.",
			[]string{"Oslo -capital_of-> Norway", "Stockholm -capital_of-> Sweden"}, []string{"Oslo -locate_in-> Norway"},
			"a capital city is the state's, after its adjective or its name standing for it"},
		{"Fighting hit Kirkuk, in northern Iraq, on Monday. Halden, in southern Norway, flooded. Bombs fell in Kirkuk, in Mosul, and in Basra.",
			[]string{"Kirkuk -locate_in-> Iraq", "Halden -locate_in-> Norway"}, []string{"Kirkuk -locate_in-> Mosul"},
			"a place, a comma and in a place that closes the phrase places it, when the gazetteer agrees or a compass word says so"},
		{"Police in Falmouth, Nova Scotia (N.S.), Canada arrested Tom Wu. Ann Lee met him in Halden, New Brunswick (NB), Canada. Riots hit Oslo, Bergen (BG), Norway.",
			[]string{"Falmouth -locate_in-> Nova Scotia", "Nova Scotia -locate_in-> Canada", "Halden -locate_in-> New Brunswick", "New Brunswick -locate_in-> Canada"}, []string{"Oslo -locate_in-> Bergen"},
			"a place's acronym in brackets before the comma of an address leaves the address whole; other brackets do not make one"},
		{"Troops moved into the Kursk region of Russia. Storms hit the Lamba district of Peru.",
			[]string{"Kursk -locate_in-> Russia", "Lamba -locate_in-> Peru"}, nil,
			"a place, a kind of place and of a place"},
		{"Storms cut power in the San Francisco area of California. Rain hit the Oslo area of Norway. Fog hit the Oslo area of Sweden.",
			[]string{"San Francisco -locate_in-> California", "Oslo -locate_in-> Norway"}, []string{"Oslo -locate_in-> Sweden"},
			"'the X area of Y' places a town as a kind of place does, when the gazetteer agrees"},
		{"Oslo-born Ann Lee won the race.",
			[]string{"Ann Lee -from-> Oslo"}, nil,
			"a place's -born compound before a name says where the person is from"},
		{"Troops reached the Afghan capital, Kabul, on Monday. Kabul, the Afghan capital, was calm. Kjosen, a small Norwegian town, flooded.",
			[]string{"Kabul -capital_of-> Afghanistan", "Kjosen -locate_in-> Norway"}, nil,
			"a nationality and a kind of place before or after a place's name, set off by commas, place it"},
		{"Kjosen, a small Norwegian town near the border, flooded. The governor of Kelby, a U.S. state on the Pacific coast, spoke. Vardal, a Swedish town near Oslo and the home of Ann Lee, grew. Holm, a Danish town in which Ann Lee lived, grew.",
			[]string{"Kjosen -locate_in-> Norway", "Kelby -locate_in-> United States"}, []string{"Vardal -locate_in-> Sweden", "Holm -locate_in-> Denmark"},
			"a phrase of where the place lies may close the apposition of a nationality and a kind of place; one that goes on with a conjunction or a verb may not"},
		{"Kjosen is the most populated Norwegian county. Vardal was a Swedish town. Holm is a Danish footballer.",
			[]string{"Kjosen -locate_in-> Norway", "Vardal -locate_in-> Sweden"}, []string{"Holm -locate_in-> Denmark"},
			"a place, a copula, a nationality and a kind of place place it, superlative or not"},
		{"Fighting hit Norway's northern city of Kjosen. Rain hit Sweden's second city, Vardal.",
			[]string{"Kjosen -locate_in-> Norway", "Vardal -locate_in-> Sweden"}, nil,
			"a state's possessive, a town's noun and of or a comma name a town of the state"},
	})
}

// TestOrgCommaBodyOf covers an organisation's apposition that names it a
// state body "of" or "for" a state, on sentences written for this test.
func TestOrgCommaBodyOf(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Halvik Weather Institute, the national weather service for Norway, issued alerts on Monday.",
			[]string{"Halvik Weather Institute -part_of-> Norway"}, nil,
			"a national service for a state"},
		{"Nordspace Agency, the space agency of Norway, launched a rocket.",
			[]string{"Nordspace Agency -part_of-> Norway"}, nil,
			"a state's agency of it"},
		{"Halvik Motors, the carmaker of Norway, lost money. Tom Wu joined the Velmar Club, the chess club for Norway.",
			nil, []string{"Halvik Motors -part_of-> Norway", "Velmar Club -part_of-> Norway"},
			"a firm or a club is no part of the state"},
		{"On Friday the legislature of Norway, the Grand Assembly, voted to ban the Freedom Party. The space agency of Sweden, Nordspace Agency, launched a rocket.",
			[]string{"Grand Assembly -part_of-> Norway", "Nordspace Agency -part_of-> Sweden"}, nil,
			"the description before the state and the name in apposition after it"},
		{"The Grand Assembly, the legislature of Norway, passed the bill.",
			[]string{"Grand Assembly -part_of-> Norway"}, nil,
			"a legislature is a state body"},
		{"The carmaker of Norway, Halvik Motors, lost money. The largest bank of Sweden, the Velmar Bank, grew.",
			nil, []string{"Halvik Motors -part_of-> Norway", "Velmar Bank -part_of-> Sweden"},
			"a firm before the state is no part of it either"},
	})
}
