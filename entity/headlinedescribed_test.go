package entity

import "testing"

// TestHeadlineDescribed checks that a headline's role or trade noun with
// no name after it is the person the body names with that noun beside the
// name, on reports written for this test.
func TestHeadlineDescribed(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway will deport ex-Swedish town mayor accused of fraud\n\nPolice arrested the dismissed mayor, Ann Lee, on Tuesday in Oslo. She had fled Sweden in May.",
			[]string{"Norway -deport-> Ann Lee"}, nil,
			"the mayor the body names in an apposition after the noun"},
		{"Norway tells Swedish ambassador to leave\n\nOn Tuesday, Ambassador Tom Wu was summoned to the foreign ministry in Oslo.",
			[]string{"Norway -tell-> Tom Wu"}, nil,
			"the ambassador the body titles so"},
		{"Norway jails Halden businessman\n\nOn Monday, Tom Wu, a local businessman, was found guilty of fraud in Oslo.",
			[]string{"Norway -jail-> Tom Wu"}, nil,
			"the businessman the body names before its apposition"},
		{"Ann Lee becomes governor\n\nOn Monday, Ann Lee was sworn in as governor. Governor Tom Wu had resigned last week.",
			nil, []string{"Ann Lee -become-> Tom Wu"},
			"a post after a linking verb is the subject's, no one else"},
		{"Norway expels ambassador\n\nAmbassador Tom Wu and Ambassador Bo Chen were summoned on Monday.",
			nil, []string{"Norway -expel-> Tom Wu", "Norway -expel-> Bo Chen"},
			"two ambassadors named: which one is unknown"},
	})
}

// TestHeadlineDescribedAge checks that the body's apposition naming the
// headline's noun may come after the person's age.
func TestHeadlineDescribedAge(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway jails sergeant for fraud\n\nTom Wu, 38, a sergeant, was found guilty of fraud in Oslo on Monday. He had served in Bergen.",
			[]string{"Norway -jail-> Tom Wu"}, nil,
			"the sergeant the body names before his age and the apposition"},
	})
}
