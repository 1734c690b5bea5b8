package nlp

import "testing"

// TestCapitalisedNameNotPreposition checks that a capitalised word inside
// the sentence that is no preposition or subordinator is not tagged as
// one: "telling Wikinews the company ..." names an outlet.
func TestCapitalisedNameNotPreposition(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"Zentrix declined to comment, telling Wikinews the company regretted the delay.", "Wikinews", "NNP", "an outlet after telling, before the clause's subject"},
		{"Zentrix declined to comment, telling Orbit the company regretted the delay.", "Orbit", "NNP", "a one-word name"},
	})
}
