package entity

import "testing"

// TestCompanyOfficers checks that a company's title with no body named in
// its sentence ties its holder to the company the report is about, and
// never when the report is about two companies, the title is another's or
// no longer held, or a state may give it, on sentences written for this
// test.
func TestCompanyOfficers(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Orvel Motors wins order\n\nOrvel Motors, the Norwegian planemaker, won an order from Halvik Air on Monday. Chief executive Tom Wu said the deal was good.",
			[]string{"Tom Wu -lead-> Orvel Motors"}, []string{"Tom Wu -lead-> Halvik Air"},
			"a chief executive in a report on the headline's company"},
		{"Orvel Motors wins order\n\nOrvel Motors, the Norwegian planemaker, won an order from Halvik Air on Monday. Ann Lee, the chief operating officer, said the deal was good.",
			[]string{"Ann Lee -work_for-> Orvel Motors"}, nil,
			"an apposed chief operating officer"},
		{"Orvel Motors cuts jobs\n\nOrvel Motors said it would cut 900 jobs in Norway. Orvel Motors will close two plants. The chairman will step down, to be replaced by current director Jan Berg.",
			[]string{"Jan Berg -work_for-> Orvel Motors"}, nil,
			"a company's director in a report on the company"},
		{"Carmaker cuts jobs\n\nThe carmaker Orvel Motors said it would cut 900 jobs in Norway. According to the company's vice president Jan Berg, the firm wanted to cut costs in Norway by 30%. Politicians in Norway were upset. Norway's government said the plan was wrong. Norway will talk to Orvel Motors.",
			[]string{"Jan Berg -work_for-> Orvel Motors"}, []string{"Jan Berg -work_for-> Norway"},
			"the company's vice president, in a report that names the state more often"},
		{"Orvel Motors and Halvik Air sign deal\n\nOrvel Motors won an order from Halvik Air on Monday. Chief executive Tom Wu said the deal was good.",
			nil, []string{"Tom Wu -lead-> Orvel Motors", "Tom Wu -lead-> Halvik Air"},
			"a report on two companies: no guess"},
		{"Orvel Motors wins order\n\nOrvel Motors won an order from Halvik Air on Monday. Former chief executive Tom Wu said the deal was good.",
			nil, []string{"Tom Wu -lead-> Orvel Motors"},
			"a title no longer held"},
		{"Orvel Motors wins order\n\nOrvel Motors won an order from Halvik Air on Monday. Halvik Air's chief executive Tom Wu said the deal was good.",
			nil, []string{"Tom Wu -lead-> Orvel Motors"},
			"another body's possessive"},
		{"Talks in Oslo\n\nNorway and Sweden held talks in Oslo on Monday. Norway wants a deal. Orvel Motors, a Swedish firm, will build the bridge. Vice President Ann Lee visited Oslo on Tuesday.",
			nil, []string{"Ann Lee -work_for-> Orvel Motors"},
			"a vice president in a report on a state"},
	})
}
