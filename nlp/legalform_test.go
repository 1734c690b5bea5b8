package nlp

import "testing"

// TestLegalFormAbbrev checks that a company's abbreviated legal form
// ("Kft.", "Bhd.") ends no sentence before a bracket or a lower-case word
// that goes on with it, that it still ends one before a sentence's first
// word, and that the form stays one token.
func TestLegalFormAbbrev(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkSplitTexts(t, a, []splitCase{
		{"State-owned enterprise Halvik Ipari Kft. (Halvik Limited) bought the Norland Steel works in May.",
			[]string{"State-owned enterprise Halvik Ipari Kft. (Halvik Limited) bought the Norland Steel works in May."}},
		{"The bank lent money to Norland Holdings Bhd. and its unit in Oslo.",
			[]string{"The bank lent money to Norland Holdings Bhd. and its unit in Oslo."}},
		{"Tom Wu sold the plant to Halvik Pty., a firm in Perth, last year.",
			[]string{"Tom Wu sold the plant to Halvik Pty., a firm in Perth, last year."}},
		{"The bank lent money to Norland Holdings Kft. The deal was signed in Oslo.",
			[]string{"The bank lent money to Norland Holdings Kft.", "The deal was signed in Oslo."}},
	})
	ss := a.Split("State-owned enterprise Halvik Ipari Kft. (Halvik Limited) bought the works.")
	found := false
	for _, tok := range ss[0].Tokens {
		found = found || tok.Text == "Kft."
	}
	if !found {
		t.Errorf("Split: no token %q in %q", "Kft.", ss[0].Text)
	}
}
