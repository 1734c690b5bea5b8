package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestElectionResultsByPlace covers a candidate's results in each place
// of an election report, on invented sentences.
func TestElectionResultsByPlace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Cyd Ho wins 2024 Ohio Liberal primary\n\nCyd Ho, a senator, thanked her voters. Tom Wu won the Halvik Party's Utah caucuses. Joe Ng won the Nevada presidential primary.",
			[]string{"Cyd Ho -win_in-> Ohio", "Tom Wu -win_in-> Utah", "Joe Ng -win_in-> Nevada"},
			[]string{"Tom Wu -win_in-> Halvik Party"},
			"a contest named by its place, after a year, a party's possessive, or before a party's name or a contest modifier"},
		{"Ann Lee is a senator. She won in Ohio, Iowa, Utah and Maine.",
			[]string{"Ann Lee -win_in-> Ohio", "Ann Lee -win_in-> Iowa", "Ann Lee -win_in-> Utah", "Ann Lee -win_in-> Maine"},
			nil,
			"a win in each of four places listed"},
		{"On Tuesday Ann Lee won a plurality of the votes in five states, including her home state of Ohio. Tom Wu won 31% of the vote in Utah.",
			[]string{"Ann Lee -win_in-> Ohio", "Ann Lee -from-> Ohio"},
			[]string{"Tom Wu -win_in-> Utah"},
			"a plurality of the vote won in places, one of them listed after including; a share of the vote is no win"},
		{"Ann Lee secured 39 of Ohio's 54 delegates. Tom Wu spoke in Guam on Monday. He secured four of the territory's seven delegates.",
			[]string{"Ann Lee -win_in-> Ohio", "Tom Wu -win_in-> Guam"},
			nil,
			"delegates won of a place's delegates, named or referred to as the territory"},
		{"Joe Ng, who had 31 delegates that he earned in Iowa, Ohio, and Utah, spoke on Monday.",
			nil,
			[]string{"Joe Ng -win_in-> Iowa", "Joe Ng -win_in-> Ohio", "Joe Ng -win_in-> Utah", "Joe Ng -earn_in-> Iowa"},
			"delegates that the relative clause's antecedent earned in places are a share there, no win"},
		{"The Utah caucuses were held on Tuesday. Both Cyd Ho and Kim Ek earned 9 delegates there. Tom Wu secured 12 of the state's 41 delegates.",
			nil,
			[]string{"Cyd Ho -win_in-> Utah", "Kim Ek -win_in-> Utah", "Tom Wu -win_in-> Utah"},
			"a count of delegates, or a minority of a place's, is a share, no win"},
		{"The votes were counted on Tuesday. Ann Lee won Ohio's 18 electoral votes. Tom Wu was declared to have won Utah's six electoral college votes. Joe Ng won 270 electoral votes.",
			[]string{"Ann Lee -win_in-> Ohio", "Tom Wu -win_in-> Utah"},
			nil,
			"a state's electoral votes won are a win there"},
		{"The Utah caucuses were held on Tuesday. Joe Ng secured all 25 of Utah's delegates.",
			[]string{"Joe Ng -win_in-> Utah"},
			nil,
			"all of a place's delegates are a win there"},
		{"The Iowa caucuses were held on Monday. Ann Lee came in second in Iowa. Tom Wu came in first with 14 delegates. Joe Ng was leading in the polls in Utah. Cyd Ho finished first in Ohio and Maine.",
			[]string{"Tom Wu -win_in-> Iowa", "Joe Ng -lead_in-> Utah", "Cyd Ho -win_in-> Ohio", "Cyd Ho -win_in-> Maine"},
			[]string{"Cyd Ho -finish_in-> Ohio", "Cyd Ho -finish_in-> Maine", "Ann Lee -win_in-> Iowa"},
			"first place in a place's contest, or after the place is named; a lead in the polls in a place; second place wins nowhere"},
		{"Tom Wu finished second in Monaco. Halvik Corp won market share in Asia. Ann Lee won the Norwegian Grand Prix race.",
			nil,
			[]string{"Tom Wu -win_in-> Monaco", "Halvik Corp -win_in-> Asia", "Ann Lee -win_in-> Norway"},
			"a sports placing, market share and a sports race are no election results"},
		{"The primaries were held on Tuesday. Ann Lee won Ohio and Iowa. Tom Wu lost his home state of Utah. Joe Ng lost the primary in Maine. Cyd Ho won the Halvik Party's primary in Texas.",
			[]string{"Ann Lee -win_in-> Ohio", "Ann Lee -win_in-> Iowa", "Tom Wu -lose_in-> Utah", "Joe Ng -lose_in-> Maine", "Cyd Ho -win_in-> Texas", "Cyd Ho -member_of-> Halvik Party"},
			[]string{"Ann Lee -win-> Ohio", "Tom Wu -lose-> Utah", "Cyd Ho -win-> Halvik Party"},
			"in an election report, a place won or lost (or one's home state of a place), a contest lost in a place, a party's primary won in a place"},
		{"Ohio is Kim Ek's home state. The caucuses were held on Monday. Kim Ek lost his home state. Roger Lund won Wimbledon in 2010.",
			[]string{"Kim Ek -lose_in-> Ohio"},
			[]string{"Roger Lund -win_in-> Wimbledon"},
			"one's home state lost, the place the report said one is from; a place won outside an election report is no result"},
		{"The primaries were held on Tuesday. Ann Lee carried Ohio and Iowa. Tom Wu swept Utah, Maine and Texas. Joe Ng leads in the Nevada polls. Cyd Ho was declared the winner in Idaho. Kim Ek, the winner of the Oregon caucuses, spoke on Monday. Ola Berg praised the winner in Kansas.",
			[]string{"Ann Lee -win_in-> Ohio", "Ann Lee -win_in-> Iowa", "Tom Wu -win_in-> Utah", "Tom Wu -win_in-> Maine", "Tom Wu -win_in-> Texas",
				"Joe Ng -lead_in-> Nevada", "Cyd Ho -win_in-> Idaho", "Kim Ek -win_in-> Oregon"},
			[]string{"Ann Lee -carry-> Ohio", "Ola Berg -win_in-> Kansas"},
			"places carried or swept, a lead in a place's polls, the winner in a place or of a place's contest; whom one praised is no winner"},
		{"The Ohio primary was held on Tuesday. Tom Wu, who came in first, thanked his voters. Ann Lee, who finished first in Nevada, left the race.",
			[]string{"Tom Wu -win_in-> Ohio", "Ann Lee -win_in-> Nevada"},
			nil,
			"a placing in a relative clause is its antecedent's"},
		{"The Ohio primary was held on Tuesday. Tom Wu, who came in second, thanked his voters. Ann Lee, who finished third in Nevada, left the race.",
			nil,
			[]string{"Tom Wu -win_in-> Ohio", "Ann Lee -win_in-> Nevada", "Ann Lee -finish_in-> Nevada"},
			"a placing below first wins nowhere"},
		{"The police swept Oslo for weapons. Roger Lund was the winner of the Monaco race.",
			nil,
			[]string{"police -win_in-> Oslo", "Roger Lund -win_in-> Monaco"},
			"outside an election report a place swept or a race's winner is no result"},
		{"Utah is Tom Wu's home state. Oslo was Ann Lee's hometown. Bergen is Joe Ng's biggest market.",
			[]string{"Tom Wu -from-> Utah", "Ann Lee -from-> Oslo"},
			[]string{"Joe Ng -from-> Bergen"},
			"a place that is a person's home state or hometown"},
	})
}
