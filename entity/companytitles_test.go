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
		{"Orvel Motors wins order\n\nOrvel Motors won an order from Halvik Air on Monday. Per Holm, the chief technology officer, said the deal was good.",
			[]string{"Per Holm -work_for-> Orvel Motors"}, nil,
			"a chief officer of a company's field"},
		{"Orvel Motors wins order\n\nOrvel Motors won an order from Halvik Air on Monday. The deal was welcomed by company president Per Holm.",
			[]string{"Per Holm -lead-> Orvel Motors"}, nil,
			"a lower-case president in a report on a company"},
		{"Orvel Motors wins order\n\nOrvel Motors won an order from Halvik Air on Monday. The deal was welcomed by President Per Holm.",
			nil, []string{"Per Holm -lead-> Orvel Motors"},
			"a capitalised President is a state's, as a rule"},
		{"Orvel Motors wins order\n\nOrvel Motors won an order from Halvik Air on Monday. Orvel Motors will build the jets. The deal was praised by film director Jan Berg.",
			nil, []string{"Jan Berg -work_for-> Orvel Motors"},
			"a trade's noun before the title"},
		{"Orvel Motors wins order\n\nOrvel Motors won an order from Halvik Air on Monday. Orvel Motors will build the jets. Ann Lee was appointed chief executive in 2009.",
			[]string{"Ann Lee -lead-> Orvel Motors"}, nil,
			"a company's post given with no body"},
		{"Orvel Motors wins order\n\nOrvel Motors won an order from Halvik Air on Monday. Orvel Motors will build the jets. Ann Lee, who was appointed by the government as chief executive in 2009, said so.",
			[]string{"Ann Lee -lead-> Orvel Motors"}, nil,
			"an appointee's post in an as-phrase"},
		{"Orvel Motors wins order\n\nOrvel Motors won an order from Halvik Air on Monday. Orvel Motors will build the jets. Ann Lee was appointed chairman of the finance committee.",
			nil, []string{"Ann Lee -lead-> Orvel Motors"},
			"a post of another body after of"},
		{"Orvel Motors wins order\n\nOrvel Motors won an order from Halvik Air on Monday. Orvel Motors will build the jets. Ann Lee is a critic of Norwegian president Tom Wu.",
			nil, []string{"Tom Wu -lead-> Orvel Motors"},
			"a state's president named with its adjective"},
		{"Strike hits Orvel Energy\n\nWorkers at Orvel Energy walked out on Monday. The Nordic Energy Workers Union said the company had refused to talk. General secretary Ann Lee said the union would not back down. Spokesman Tom Wu said talks would resume.",
			nil, []string{"Tom Wu -work_for-> Orvel Energy"},
			"a shared title after another body named last"},
		{"Talks in Oslo\n\nNorway and Sweden held talks in Oslo on Monday. Norway wants a deal. Orvel Motors, a Swedish firm, will build the bridge. Vice President Ann Lee visited Oslo on Tuesday.",
			nil, []string{"Ann Lee -work_for-> Orvel Motors"},
			"a vice president in a report on a state"},
	})
}

// TestReplacedHolder checks that a headline's office goes to its one
// holder when the body also gives the office to the person that holder
// replaces, on sentences written for this test.
func TestReplacedHolder(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"Ann Lee appointed as Orvel Motors chief\n\nOrvel Motors today named Ann Lee as its new chief executive. She replaces Tom Wu, who was appointed chief executive in 2009.",
			"Ann Lee -lead-> Orvel Motors", 0, "the replaced chief executive holds the office no longer"},
	}, "lead")
}
