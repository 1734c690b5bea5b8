package schema_test

import (
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/schema"
)

// TestQuadsQuantities checks that a fact whose object resolved to an actor
// keeps the object's words and its amount as a typed quantity node.
func TestQuadsQuantities(t *testing.T) {
	doc := schema.Document{
		ID:        "d1",
		Source:    "t.txt",
		Sentences: []schema.Sentence{{Text: "North Korea has dispatched approximately 3,000 soldiers to Russia."}},
		Entities:  []schema.Entity{{Name: "North Korea"}, {Name: "North Korean troops"}},
		Facts: []schema.Fact{{
			Extraction: schema.Extraction{
				Subject:  schema.Argument{Text: "North Korea"},
				Relation: "has dispatched", Lemma: "dispatch",
				Object:     schema.Argument{Text: "approximately 3,000 soldiers"},
				Confidence: 0.8,
				Quantities: []schema.Quantity{
					{Amount: 3000, Unit: "soldiers", Qualifier: "approximately", Text: "approximately 3,000 soldiers"},
					{Amount: 2.5, Unit: "%", Text: "2.5%"},
				},
			},
			SubjectEntity: "North Korea",
			ObjectEntity:  "North Korean troops",
		}},
	}
	qs := schema.Quads(doc)
	var fact quad.IRI
	for _, q := range qs {
		if q.Predicate == schema.Type && q.Object == schema.FactClass {
			fact = q.Subject.(quad.IRI)
		}
	}
	q0, q1 := schema.QuantityIRI(fact, 0), schema.QuantityIRI(fact, 1)
	want := []quad.Quad{
		{Subject: fact, Predicate: schema.ObjectText, Object: quad.String("approximately 3,000 soldiers")},
		{Subject: fact, Predicate: schema.HasQuantity, Object: q0},
		{Subject: q0, Predicate: schema.Type, Object: schema.QuantityClass},
		{Subject: q0, Predicate: schema.Amount, Object: quad.Int(3000)},
		{Subject: q0, Predicate: schema.Unit, Object: quad.String("soldiers")},
		{Subject: q0, Predicate: schema.Qualifier, Object: quad.String("approximately")},
		{Subject: q0, Predicate: schema.Text, Object: quad.String("approximately 3,000 soldiers")},
		{Subject: fact, Predicate: schema.HasQuantity, Object: q1},
		{Subject: q1, Predicate: schema.Type, Object: schema.QuantityClass},
		{Subject: q1, Predicate: schema.Amount, Object: quad.Float(2.5)},
		{Subject: q1, Predicate: schema.Unit, Object: quad.String("%")},
		{Subject: q1, Predicate: schema.Text, Object: quad.String("2.5%")},
	}
	var got []quad.Quad
	for _, q := range qs {
		if q.Predicate == schema.ObjectText || q.Predicate == schema.HasQuantity || q.Subject == q0 || q.Subject == q1 {
			q.Label = nil
			got = append(got, q)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Quads quantity quads mismatch (-want +got):\n%s", diff)
	}
	doc.Facts[0].Object.Text = "North Korean troops"
	for _, q := range schema.Quads(doc) {
		if q.Predicate == schema.ObjectText {
			t.Errorf("Quads wrote %v for an object written as its entity's name", q)
		}
	}
	if s := doc.Facts[0].Quantities[0].String(); s != "approximately 3000 soldiers" {
		t.Errorf("Quantity.String() = %q, want %q", s, "approximately 3000 soldiers")
	}
}
