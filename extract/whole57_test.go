package extract_test

import "testing"

// TestInvertedHearer checks that the hearer after an inverted speaker
// ('"...," said Ann Lee to Reuters') is read as the one spoken to, as it is
// when the speaker comes first ('"...," Ann Lee said to Reuters').
func TestInvertedHearer(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{`"We won the vote," said Ann Pike to Reuters.`,
			"Ann Pike", "said to", "Reuters", "a plain hearer after the speaker"},
		{`"We are ready for it," said Lee Ames to the BBC.`,
			"Lee Ames", "said to", "the BBC", "a hearer with an article"},
		{`"We lost it all," said Tom Varel to The New York Times, adding that the vote was fair.`,
			"Tom Varel", "said to", "The New York Times", "a comma after the hearer"},
		{`"We won the vote," said Ann Pike to Reuters.`,
			"Ann Pike", "said", "We won the vote", "the report stays the object of its own clause"},
	})
	for _, text := range []string{
		`"We lost," said Tom Varel to the Gazette in Oslo.`,
		`The council failed, said the mayor to nobody's surprise.`,
	} {
		for _, e := range x.Sentence(a.Tag(text)) {
			if e.Relation == "said to" {
				t.Errorf("Sentence(%q) gave %s | %s | %s; no plain hearer follows", text, e.Subject.Text, e.Relation, e.Object.Text)
			}
		}
	}
}
