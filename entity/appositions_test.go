package entity

import "testing"

// TestTitlesAndAppositions: roles from a plural title before names the
// gazetteer lacks, from offices and posts of a town named after "the city
// of", from a party's possessive in an apposition, from offices of a place
// named after its state, from portfolios joined by "and", from a party's
// contest in one state, from a complement of making, from a copula's
// capitalised two-word title and from a seat noun after a state's name in
// an apposition, whose office is the person's; a state's delegate
// represents it, a lower bench's judge is no high court's, and a title
// after a state's possessive is no title of the report's state, nor is an
// office one "would be the first" to hold; a state's judge works for it.
func TestTitlesAndAppositions(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Presidents Odalvo Menkar of Norway and Tiberu Daskan of Sweden met in Oslo. The Presidents Cup and the Ryder Cup were held.",
			[]string{"Odalvo Menkar -lead-> Norway", "Tiberu Daskan -lead-> Sweden"},
			[]string{"Presidents Odalvo Menkar -from-> Norway", "Tiberu Daskan -from-> Sweden"},
			"a plural title opens a list of its holders before given names no list knows, when a surname and 'of' or 'and' follow"},
		{"The Senate of Norway voted on Monday. Senators Odalvo Menkar, Tiberu Daskan, and Mira Holt voted against the bill.",
			[]string{"Odalvo Menkar -member_of-> Senate of Norway", "Tiberu Daskan -member_of-> Senate of Norway", "Mira Holt -member_of-> Senate of Norway"},
			nil,
			"before an unknown given name and a surname, a comma and another name of two capitalised words continue the list as 'and' does"},
		{"The vote was held in Norway. Critics compared her with former presidents Odalvo Menkar and Tiberu Daskan.",
			[]string{"Odalvo Menkar -lead-> Norway", "Tiberu Daskan -lead-> Norway"},
			[]string{"Odalvo Menkar -lead-> Tiberu Daskan"},
			"a lower-case plural title after 'former' opens the list too"},
		{"Carmen Vela, the mayor of the capital city of Kalvora, said the plan failed. Tom Wu, a lawyer for the city of Velmora, left. Ola Berg served as the district attorney for the town of Halvik Springs.",
			[]string{"Carmen Vela -lead-> Kalvora", "Tom Wu -work_for-> Velmora", "Ola Berg -work_for-> Halvik Springs"},
			nil,
			"'the (capital) city of' before an unlisted name makes it a town, whose mayor heads it and whose officials work for it"},
		{"Ann Lee, the Harbor Party's presumptive nominee for President of Norway, spoke. Tom Wu, the Green Party's candidate's husband, spoke. Ola Berg, Globex's chief executive's wife, left.",
			[]string{"Ann Lee -member_of-> Harbor Party"},
			[]string{"Tom Wu -member_of-> Green Party", "Ola Berg -lead-> Globex"},
			"'the' and a body's possessive before a role noun in an apposition give the role, however the apposition goes on; a role noun's own possessive makes the role another's"},
		{"Ann Lee resigned as the governor of Norway's province of Kalvo. Tom Wu served as governor of Velmora territory of Guam. Ola Berg, the governor of Velmora territory of Guam, spoke.",
			[]string{"Ann Lee -lead-> Kalvo", "Ann Lee -resign_from-> Kalvo", "Tom Wu -lead-> Guam", "Ola Berg -lead-> Guam"},
			[]string{"Ann Lee -resign_from-> Norway", "Tom Wu -lead-> Velmora", "Ola Berg -lead-> Velmora"},
			"an office of a place named after a state, a lower-case kind of place and 'of' is the place's, not the state's"},
		{"AU trade and industry commissioner Odun Varga announced the deal. Halvik Motors trade and industry director Ann Lee left.",
			[]string{"Odun Varga -work_for-> African Union", "Ann Lee -work_for-> Halvik Motors"},
			[]string{"Ann Lee -lead-> Halvik Motors"},
			"a body's name, a portfolio of two nouns joined by 'and' and a role noun before a name: the body's staff, heading a part of it at most"},
		{"Yesterday, Senator Tom Wu won the Harbor Party's Iowa caucuses. Ann Lee won the Green Party's Oslo primary.",
			[]string{"Tom Wu -member_of-> Harbor Party", "Ann Lee -member_of-> Green Party"},
			nil,
			"a state's or town's name between a party's possessive and its contest for the nomination: the winner is the party's"},
		{"The vote made Ann Lee the Green Party's first female candidate for mayor. Tom Wu was chosen as running mate, making him the Harbor Party's candidate for Vice President. The board named Ola Berg the Velmora Institute's new director. The win would make Cyd Ho the Norvik Party's leader. The loss did not make Jo Ng the Kalvo Party's nominee.",
			[]string{"Ann Lee -member_of-> Green Party", "Tom Wu -member_of-> Harbor Party", "Ola Berg -lead-> Velmora Institute"},
			[]string{"Cyd Ho -lead-> Norvik Party", "Jo Ng -member_of-> Kalvo Party"},
			"making or naming a person a body's role, with the body's possessive opening the complement, gives the role; not in a wish or a denial"},
		{"Ola Berg won the vote on Monday, making him the leader of the Green Party. Norway's parliament met on Tuesday. Kim Dahl joined it in 1990, making her the longest serving member of Norway's parliament. The loss did not make Jo Ng the leader of the Kalvo Party.",
			[]string{"Ola Berg -lead-> Green Party", "Kim Dahl -member_of-> Norwegian parliament"},
			[]string{"Jo Ng -lead-> Kalvo Party"},
			"the role words, of and the body name the role as the body's possessive does; not in a denial"},
		{"U.S. District Judge Tom Wu ruled the law void on Friday. He cited a 2015 Supreme Court ruling. The government asked Judge Wu to delay the ruling.",
			nil,
			[]string{"Tom Wu -work_for-> Supreme Court"},
			"a judge the document titles with a lower bench is no judge of the one high court it names"},
		{"The Velmora Supreme Court heard the case on Monday. Judge Ann Lee ordered a retrial.",
			[]string{"Ann Lee -work_for-> Velmora Supreme Court"},
			nil,
			"a judge titled with no bench is the one court's judge, a high court's too"},
		{"Norway held elections on Monday. Voters in Norway backed the Green Party. Norway's parliament met. Sweden's prime minister Ann Lee said so. Prime Minister Tom Wu agreed. Norway's Prime Minister Ola Berg left.",
			[]string{"Ann Lee -lead-> Sweden", "Tom Wu -lead-> Norway", "Ola Berg -lead-> Norway"},
			[]string{"Ann Lee -lead-> Norway"},
			"a title after another state's possessive is that state's, never the report's"},
		{"Ann Lee spoke. Lee is the former Attorney General of Ohio. Ola Berg is the Director of Communications.",
			[]string{"Ann Lee -work_for-> Ohio"},
			nil,
			"a copula's two-word title written with capitals, a role noun first, before 'of' and a state: the state's official"},
		{"Ann Lee, a sitting U.S. Senator from Ohio, left the talks. Tom Wu, a U.S. Representative from Texas, agreed.",
			[]string{"Ann Lee -represent-> Ohio", "Ann Lee -member_of-> United States Senate", "Tom Wu -represent-> Texas"},
			nil,
			"a seat noun after a state's name in an apposition, then 'from' a state: the person holds the seat for the state"},
		{"Ann Lee, a sitting U.S. Senator from Ohio, left the talks. Cyd Ho, the U.S. Senator from Iowa, left.",
			[]string{"Ann Lee -member_of-> United States Senate", "Cyd Ho -represent-> Iowa"},
			[]string{"Senator of United States -from-> Ohio", "Senator of United States -from-> Iowa"},
			"an office after an article, 'sitting' and its state's name in apposition is the person's, no actor of its own"},
		{"Pedro Ruiz spoke. Ruiz is the former Puerto Rican delegate to the U.S. House of Representatives. Ann Lee, a Chinese delegate to the talks, left.",
			[]string{"Pedro Ruiz -represent-> Puerto Rico", "Ann Lee -represent-> China"},
			[]string{"Pedro Ruiz -leave-> Puerto Rico", "Ann Lee -member_of-> China"},
			"a state's delegate, by its adjective, speaks for the state: no member of it, nor one who left it"},
		{"If she wins in May, Ann Lee would be the youngest person to serve as Vice President of Norway. Tom Wu was the first man to serve as President of Sweden.",
			[]string{"Tom Wu -lead-> Sweden"},
			[]string{"Ann Lee -work_for-> Norway"},
			"an office in an infinitive after a noun whose clause a modal makes possible only is not held"},
		{"U.S. District Judge Tom Wu ruled the law void on Friday. Ann Lee, a French judge, agreed. Ola Berg is a British magistrate.",
			[]string{"Tom Wu -work_for-> United States", "Ann Lee -work_for-> France", "Ola Berg -work_for-> United Kingdom"},
			[]string{"Tom Wu -from-> United States", "Ann Lee -from-> France", "Ola Berg -from-> United Kingdom"},
			"a judge or a magistrate named with a state serves in its courts, whether the state comes before a title or a lower-case noun"},
	})
}

// TestBrokenOffApposition: a phrase set off by a comma after a common noun
// and closed by an ellipsis is speech broken off ("came to the house, the
// police... a constable took her"), no actor in apposition to the noun.
func TestBrokenOffApposition(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee moved to Oslo. The Oslo police were busy. As soon as Ann Lee came to the house, the police… a constable took her to the station.",
			nil, []string{"Ann Lee -come_to-> Oslo Police"}, "an ellipsis written as one character"},
		{"Ann Lee moved to Oslo. The Oslo police were busy. As soon as Ann Lee came to the house, the police... a constable took her to the station.",
			nil, []string{"Ann Lee -come_to-> Oslo Police"}, "an ellipsis written as three full stops"},
	})
}
