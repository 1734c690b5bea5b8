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
