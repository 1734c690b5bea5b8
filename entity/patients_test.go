package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestActsOnPossessors checks the acts whose patient is the possessor of
// their object (a ruling on an actor's filing, an inquiry into an actor's
// affairs) and the frames and nouns around them. The sentences are written
// for this test.
func TestActsOnPossessors(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"President Tom Wu sued Halvik Holdings. Judge Ann Lee dismissed the president's lawsuit. Ola Berg wrote a bill. President Tom Wu signed Berg's bill into law. The Nordic Council blocked Ann Lee's nomination.",
			[]string{"Ann Lee -dismiss-> Tom Wu", "Tom Wu -sign-> Ola Berg", "Nordic Council -block-> Ann Lee"}, nil,
			"a ruling, a signature or a block on an actor's filing acts on the actor"},
		{"Judge Ann Lee struck down Tom Wu's executive order. The Oslo District Court threw out Halvik Holdings' appeal. Ann Lee's lawsuit was dismissed by Judge Tom Wu.",
			[]string{"Ann Lee -strike_down-> Tom Wu", "Oslo District Court -throw_out-> Halvik Holdings", "Tom Wu -dismiss-> Ann Lee"}, nil,
			"a phrasal verb of blocking keeps its particle; a passive turns the filing's author into the patient"},
		{"The Oslo Police Service investigated Tom Wu's finances. Norway opposed Sweden's bill.",
			[]string{"Oslo Police Service -investigate-> Tom Wu", "Norway -oppose-> Sweden"}, nil,
			"an inquiry into an actor's affairs looks into the actor; opposing a filing opposes its author"},
		{"Ann Lee bought Tom Wu's house. Ola Berg signed Tom Wu's book. Tom Wu stayed at Ann Lee's house. Ann Lee struck Tom Wu's car.",
			nil, []string{"Ann Lee -buy-> Tom Wu", "Ola Berg -sign-> Tom Wu", "Tom Wu -stay-> Ann Lee", "Ann Lee -strike-> Tom Wu", "Ann Lee -strike_down-> Tom Wu"},
			"a thing an actor owns is no act or filing of the actor"},
	})
}
