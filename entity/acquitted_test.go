package entity

import "testing"

// TestAcquittedOf checks that the act in a gerund after a verdict that
// frees someone of it ("acquitted Tom Wu of killing Ann Lee") is not
// stated, while one after a conviction or an accusation is, on sentences
// written for this test.
func TestAcquittedOf(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Trial\n\nA jury acquitted Tom Wu of murdering Ann Lee. The court cleared Bo Kim of bribing Halvik Bank.",
			[]string{"jury -acquit-> Tom Wu"}, []string{"Tom Wu -murder-> Ann Lee", "Bo Kim -bribe-> Halvik Bank"},
			"acquitted or cleared of an act"},
		{"Trial\n\nTom Wu was acquitted of killing Ann Lee. Bo Kim was found not guilty of defrauding Halvik Bank. Ola Berg was exonerated of attacking Per Lund.",
			nil, []string{"Tom Wu -kill-> Ann Lee", "Bo Kim -defraud-> Halvik Bank", "Ola Berg -attack-> Per Lund"},
			"passive verdicts that free their subject"},
		{"Trial\n\nA jury found Tom Wu guilty of killing Ann Lee. Bo Kim was convicted of defrauding Halvik Bank.",
			[]string{"Tom Wu -kill-> Ann Lee", "Bo Kim -defraud-> Halvik Bank"}, nil,
			"a conviction states the act"},
	})
}
