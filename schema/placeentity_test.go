package schema

import (
	"testing"

	"github.com/cayleygraph/quad"
)

// An act's place that the resolver tied to an entity ("Tom Wu died in
// Velby") is written as the place's node, so the graph can walk from the
// fact to Velby; a place it did not tie stays the words of the text.
func TestQuadsPlaceEntity(t *testing.T) {
	doc := Document{ID: "d1", Source: "a.txt", Sentences: []Sentence{{Text: "Tom Wu died in Velby in May."}},
		Entities: []Entity{{Name: "Tom Wu", Type: Person, Mentions: []int{0}}, {Name: "Velby", Type: GPE, Mentions: []int{0}}},
		Facts: []Fact{{Extraction: Extraction{Lemma: "die", Relation: "died", Confidence: 0.9,
			Extra: []Argument{{Text: "in Velby", Role: "place", Entity: "Velby"}, {Text: "in May", Role: "time"}}},
			SubjectEntity: "Tom Wu"}}}
	var node, words bool
	for _, q := range Quads(doc) {
		switch {
		case q.Predicate == Place:
			node = q.Object == quad.Value(EntityIRI("Velby"))
		case q.Predicate == Time:
			words = q.Object == quad.Value(quad.String("in May"))
		}
	}
	if !node || !words {
		t.Errorf("Quads: kg:place is Velby's node %v, kg:time the text's words %v; want both", node, words)
	}
}
