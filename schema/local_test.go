package schema_test

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// TestQuadsLocal checks that a document's own entity ([schema.Entity.Local])
// is written as the document's node wherever the document names it, as
// subject, object or source, and that the document's other entities keep
// the node of their name.
func TestQuadsLocal(t *testing.T) {
	doc := schema.Document{
		ID: "d1", Source: "a.txt",
		Sentences: []schema.Sentence{{Text: "A jury convicted Tom Wu, the jury said."}},
		Entities: []schema.Entity{
			{Name: "jury", Type: schema.Organization, Mentions: []int{0}, Local: true},
			{Name: "Tom Wu", Type: schema.Person, Mentions: []int{0}},
		},
		Facts: []schema.Fact{{
			Extraction: schema.Extraction{Subject: schema.Argument{Text: "A jury"}, Relation: "convicted", Lemma: "convict",
				Object: schema.Argument{Text: "Tom Wu"}, Confidence: 0.9, Attribution: "the jury"},
			SubjectEntity: "jury", ObjectEntity: "Tom Wu", SourceEntities: []string{"jury"},
		}},
	}
	jury, tom := schema.LocalEntityIRI("jury", "d1"), schema.EntityIRI("Tom Wu")
	if jury == schema.EntityIRI("jury") || !schema.IsEntityIRI(jury) || !schema.IsLocalEntityIRI(jury) || schema.IsLocalEntityIRI(tom) {
		t.Fatalf("LocalEntityIRI(jury, d1) = %v: want an entity IRI of its own, and %v no local one", jury, tom)
	}
	want := map[quad.Quad]bool{
		{Subject: jury, Predicate: schema.Name, Object: quad.String("jury")}:                                    false,
		{Subject: jury, Predicate: schema.RelationIRI("convict"), Object: tom, Label: schema.DocumentIRI("d1")}: false,
		{Subject: tom, Predicate: schema.Name, Object: quad.String("Tom Wu")}:                                   false,
	}
	subjects, sources := 0, 0
	for _, q := range schema.Quads(doc) {
		if _, ok := want[q]; ok {
			want[q] = true
		}
		if q.Subject == schema.EntityIRI("jury") || q.Object == schema.EntityIRI("jury") {
			t.Errorf("quad %v names the shared node of the name jury", q)
		}
		switch q.Predicate {
		case schema.Subject:
			if q.Object == jury {
				subjects++
			}
		case schema.AttributedTo:
			if q.Object == jury {
				sources++
			}
		}
	}
	for q, seen := range want {
		if !seen {
			t.Errorf("Quads lacks %v", q)
		}
	}
	if subjects != 1 || sources != 1 {
		t.Errorf("the fact node names the local jury as subject %d times and as source %d times, want 1 and 1", subjects, sources)
	}
}
