package entity

import "testing"

// TestTitleMinistry checks that a minister titled with a portfolio in a
// report that names no state of his works for the ministry the title
// names, on documents written for this test.
func TestTitleMinistry(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The cabinet met on Monday. New Finance Minister Tom Wu made a joke to his colleagues.",
			[]string{"Tom Wu -work_for-> Finance Ministry"}, nil,
			"a portfolio before the title, no state named"},
		{"Finance Minister Tom Wu spoke on Monday. Finance Minister Wu said the budget would pass.",
			[]string{"Tom Wu -work_for-> Finance Ministry"}, nil,
			"one ministry for the title written twice"},
		{"The Finance Ministry said on Monday that the budget would pass. Finance Minister Tom Wu agreed.",
			[]string{"Tom Wu -work_for-> Finance Ministry"}, nil,
			"the ministry the report names"},
		{"Prime Minister Tom Wu spoke on Monday.",
			nil, []string{"Tom Wu -work_for-> Prime Ministry"},
			"a head's title names no ministry"},
		{"Norway's budget was passed on Monday. Finance Minister Tom Wu said Norway would pay. Norway agreed.",
			[]string{"Tom Wu -work_for-> Norway"}, []string{"Tom Wu -work_for-> Finance Ministry"},
			"a report on one state: the state's minister, as before"},
	})
}

// TestWrittenMinistry checks that a ministry made for a minister's title
// is named as the document writes it, on documents written for this test.
func TestWrittenMinistry(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The cabinet met on Monday, the ministry of finance said. Finance Minister Tom Wu agreed.",
			[]string{"Tom Wu -work_for-> Ministry of Finance"}, []string{"Tom Wu -work_for-> Finance Ministry"},
			"a lower-case ministry of the portfolio written in the report"},
	})
}

// TestApposedMinistry checks a minister's title set off by commas before
// a name with a form of address, and one in brackets after a name: the
// report's state's post, or the ministry the title names in a report
// about no one state, on documents written for this test.
func TestApposedMinistry(t *testing.T) {
	const norway = "Norway named a cabinet on Monday. Norway was calm. Norway agreed. "
	runDefaultEdgeCases(t, []edgeCase{
		{norway + "The first minister sworn in was the incoming Minister of Justice, Professor Lars Dahl, who spoke briefly.",
			[]string{"Lars Dahl -work_for-> Norway"}, nil,
			"a form of address between the comma and the name"},
		{"The president named a cabinet on Monday. The incoming Minister of Finance, Professor Lars Dahl, spoke.",
			[]string{"Lars Dahl -work_for-> Ministry of Finance"}, nil,
			"a report about no one state: the ministry the title names"},
		{"The president named a cabinet on Monday. The minister of the church, Tom Wu, spoke. Ann Lee, the prime minister, agreed.",
			nil, []string{"Tom Wu -work_for-> Ministry of Church", "Ann Lee -work_for-> Prime Ministry"},
			"no portfolio, no ministry"},
		{norway + "The removal of Abd al-Wahhab al-Rasheed (former finance minister) was welcomed.",
			[]string{"Abd al-Wahhab al-Rasheed -work_for-> Norway"}, nil,
			"a title in brackets after the name"},
	})
}

// TestAppointedMinisterFor checks an appointment to "minister for" or "of"
// a portfolio ("was made minister for finance", "was named minister for
// trade"): the report's state's post, or the ministry the title names in a
// report about no one state, on documents written for this test.
func TestAppointedMinisterFor(t *testing.T) {
	const norway = "Norway named a cabinet on Monday. Norway was calm. Norway agreed. "
	runDefaultEdgeCases(t, []edgeCase{
		{norway + "Of the main portfolios, Tom Wu was made minister for finance.",
			[]string{"Tom Wu -work_for-> Norway"}, nil,
			"a passive made and the portfolio after for"},
		{norway + "Ann Lee was named minister for trade. Bo Chen became minister of health.",
			[]string{"Ann Lee -work_for-> Norway", "Bo Chen -work_for-> Norway"}, nil,
			"named, became"},
		{"The president named a cabinet on Monday. Tom Wu was made minister for finance.",
			[]string{"Tom Wu -work_for-> Ministry for Finance"}, nil,
			"a report about no one state: the ministry the title names"},
		{norway + "Ann Lee was named minister for the church. Tom Wu was made redundant.",
			nil, []string{"Ann Lee -work_for-> Norway", "Tom Wu -work_for-> Norway"},
			"no portfolio, no post"},
	})
}

// TestTookCharge checks "took charge as" a minister, as "took office as",
// in a sentence a source reports, on documents written for this test.
func TestTookCharge(t *testing.T) {
	const norway = "Norway named a cabinet on Monday. Norway was calm. Norway agreed. "
	runDefaultEdgeCases(t, []edgeCase{
		{norway + "Tom Wu took charge as the country's new finance minister on Tuesday, the ministry said.",
			[]string{"Tom Wu -work_for-> Norway"}, nil,
			"took charge, reported"},
		{norway + "Tom Wu took charge of the talks as the host.",
			nil, []string{"Tom Wu -work_for-> Norway", "Tom Wu -lead-> Norway"},
			"charge of something else: no post"},
	})
}

// TestUnlistedPortfolio checks a capitalised portfolio no list holds
// before "Minister" in a report about no one state, on documents written
// for this test.
func TestUnlistedPortfolio(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The cabinet met on Monday. But new Revenue Minister Ann Lee was seen whispering.",
			[]string{"Ann Lee -work_for-> Revenue Ministry"}, nil,
			"a portfolio no list holds"},
		{"The cabinet met on Monday. Senior Minister Tom Wu spoke. Conservative Minister Ann Lee agreed. New Minister Bo Chen left. Federal Minister Cy Ho spoke.",
			nil, []string{"Tom Wu -work_for-> Senior Ministry", "Ann Lee -work_for-> Conservative Ministry", "Bo Chen -work_for-> New Ministry", "Cy Ho -work_for-> Federal Ministry"},
			"a rank, a party, a time, a level: no portfolio"},
	})
}
