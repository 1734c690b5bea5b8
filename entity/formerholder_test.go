package entity

import "testing"

// TestFormerHolderDescriptions checks that "the former executive", "the
// former Halvik chief executive" and "the businessman" take up the person
// named before, also before an amount a verb of fining gives, on
// sentences written for this test.
func TestFormerHolderDescriptions(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Trial\n\nTom Vance, the former chief executive of Halvik Holdings, was jailed. Judge Ann Lee criticised the former executive.",
			[]string{"Ann Lee -criticise-> Tom Vance"}, nil,
			"a former word before the noun of an earlier title"},
		{"Trial\n\nTom Vance, the chief executive of Halvik Holdings, was jailed. Ann Lee said the former Halvik Holdings chief executive had lied to Velby Bank.",
			[]string{"Tom Vance -lie_to-> Velby Bank"}, nil,
			"a former word before the body's name and the title"},
		{"Trial\n\nTom Vance, the former chief executive of Halvik Holdings, was jailed. Judge Ann Lee also fined the former executive $5 million (£4.2m).",
			[]string{"Ann Lee -fine-> Tom Vance"}, nil,
			"the description, then the amount and the amount in another currency"},
		{"Trial\n\nTom Vance, the former chief executive of Halvik Holdings, was jailed. Judge Ann Lee criticised the businessman.",
			[]string{"Ann Lee -criticise-> Tom Vance"}, nil,
			"a businessman named before"},
		{"Trial\n\nTom Vance, the former chief executive of Halvik Holdings, was jailed. Judge Ann Lee also gave the businessman two years of probation.",
			[]string{"Ann Lee -give-> Tom Vance"}, nil,
			"a description, then a term of time and what it is of"},
	})
}
