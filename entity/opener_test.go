package entity

import "testing"

// TestConjunctionOpensNoName covers a subordinating conjunction that opens
// a sentence before a surname the document has given: capitalised only
// because the sentence starts there, it is no part of the name, so the
// surname takes up the person named before.
func TestConjunctionOpensNoName(t *testing.T) {
	const named = "Ann McCarthy was sentenced on Tuesday. "
	runDefaultEdgeCases(t, []edgeCase{
		{named + "Though McCarthy will certainly appeal the ruling, Ola Brun praised her.",
			[]string{"Ola Brun -praise-> Ann McCarthy"}, []string{"Ola Brun -praise-> Though McCarthy"},
			"though opens the clause, not the name"},
		{named + "Although McCarthy will certainly sue Ola Brun, the sentence ends a long story.",
			[]string{"Ann McCarthy -sue-> Ola Brun"}, []string{"Although McCarthy -sue-> Ola Brun"},
			"although opens the clause, not the name"},
	})
}
