package schema

import (
	"testing"

	"github.com/cayleygraph/quad"
)

func TestQuadsBackground(t *testing.T) {
	doc := Document{ID: "d1", Source: "a.txt", Sentences: []Sentence{{Text: "Kyiv was quiet."}},
		Entities: []Entity{{Name: "Kyiv", Type: GPE, Mentions: []int{0}}, {Name: "Ukraine", Type: GPE, Mentions: []int{0}}},
		Facts: []Fact{{Extraction: Extraction{Lemma: CapitalOf, Confidence: 0.9, Object: Argument{Text: "Ukraine"}},
			SubjectEntity: "Kyiv", ObjectEntity: "Ukraine", Background: true}}}
	var facts int
	for _, q := range Quads(doc) {
		if q.Predicate == RelationIRI(CapitalOf) {
			t.Errorf("Quads wrote the direct edge %v for a background fact; want none, so paths leave it out", q)
		}
		if q.Predicate == InSentence {
			t.Errorf("Quads tied a background fact to a sentence: %v", q)
		}
		if q.Predicate == Background {
			facts++
			if q.Label != nil {
				t.Errorf("background fact quad %v has a label; want none, so it is stored once for all documents", q)
			}
		}
	}
	if facts != 1 {
		t.Errorf("Quads wrote %d kg:background quads, want 1", facts)
	}
}

func TestQuadsClass(t *testing.T) {
	doc := Document{ID: "d1", Source: "a.txt", Sentences: []Sentence{{Text: "Howard wrote to Blair."}},
		Facts: []Fact{{Extraction: Extraction{Lemma: "write_to", Relation: "wrote to", Object: Argument{Text: "Blair"}},
			SubjectEntity: "Howard", ObjectEntity: "Blair", Class: Say}}}
	var edge, class bool
	for _, q := range Quads(doc) {
		edge = edge || (q.Predicate == RelationIRI("write_to") && q.Subject == quad.Value(EntityIRI("Howard")))
		class = class || (q.Predicate == Class && q.Object == quad.Value(RelationIRI(Say)))
	}
	if !edge || !class {
		t.Errorf("Quads: direct write_to edge %v, class say %v; want both (the stated relation, its class beside it)", edge, class)
	}
}
