package graph_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// juryDoc is a document in which an unnamed jury, the document's own
// actor, relates to the person named name.
func juryDoc(source, name, relation, lemma string) schema.Document {
	text := "A jury " + relation + " " + name + "."
	return schema.Document{
		ID: schema.DocumentID(text), Source: source, Title: text,
		Sentences: []schema.Sentence{{Text: text, End: len(text)}},
		Entities: []schema.Entity{
			{Name: "jury", Type: schema.Organization, Mentions: []int{0}, Local: true},
			{Name: name, Type: schema.Person, Mentions: []int{0}},
		},
		Facts: []schema.Fact{{Extraction: schema.Extraction{Relation: relation, Lemma: lemma, Confidence: 0.9,
			Subject: schema.Argument{Text: "A jury"}, Object: schema.Argument{Text: name}},
			SubjectEntity: "jury", ObjectEntity: name}},
	}
}

// TestLocalEntities checks, on every backend and with kg's joiner, that
// two documents' unnamed juries are two nodes, the documents' own: no path
// runs through them from one document's people to the other's, the name
// lists both with their nodes, each node answers by itself, and removing
// one document leaves the other's jury whole.
func TestLocalEntities(t *testing.T) {
	a := juryDoc("a.txt", "Tom Wu", "convicted", "convict")
	b := juryDoc("b.txt", "Ann Lee", "acquitted", "acquit")
	juryA, juryB := schema.LocalEntityIRI("jury", a.ID).String(), schema.LocalEntityIRI("jury", b.ID).String()
	canon := func() (graph.Joiner, error) { return entity.NewCanon(entity.Options{}) }
	for _, be := range backends() {
		t.Run(be.name, func(t *testing.T) {
			s := openBackend(t, be.name, graph.Options{Join: canon})
			ctx := t.Context()
			for _, d := range []schema.Document{a, b} {
				if _, err := s.Load(ctx, d); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(join([]string{juryA, juryB}), join(names(t, s, `g.V().has("<kg:name>", "jury").all()`))); diff != "" {
				t.Errorf("nodes named jury (-want +got):\n%s", diff)
			}
			if got := names(t, s, `g.V("`+juryA+`").out("<kg:r/convict>").all()`); len(got) != 1 || got[0] != "<kg:e/Tom_Wu>" {
				t.Errorf("%s convict = %v, want Tom Wu", juryA, got)
			}
			paths, err := s.Paths(ctx, "Tom Wu", "Ann Lee", 0, 1)
			if err != nil || len(paths) != 0 {
				t.Errorf("Paths(Tom Wu, Ann Lee) = %v, %v; want none: each jury is its document's", paths, err)
			}
			_, err = s.Resolve(ctx, "jury")
			var ae *graph.AmbiguousError
			if !errors.As(err, &ae) || len(ae.Candidates) != 2 {
				t.Fatalf("Resolve(jury) = %v, want an AmbiguousError with both juries", err)
			}
			if msg := err.Error(); !strings.Contains(msg, juryA) || !strings.Contains(msg, juryB) {
				t.Errorf("Resolve(jury) error %q lacks the nodes that tell the juries apart", msg)
			}
			if n, err := s.Resolve(ctx, juryB); err != nil || n.ID != juryB {
				t.Errorf("Resolve(%s) = %v, %v; want that jury", juryB, n, err)
			}
			if ok, err := s.RemoveDocument(ctx, a.ID); err != nil || !ok {
				t.Fatalf("RemoveDocument(a) = %v, %v", ok, err)
			}
			if got := names(t, s, `g.V("`+juryB+`").out("<kg:r/acquit>").all()`); len(got) != 1 || got[0] != "<kg:e/Ann_Lee>" {
				t.Errorf("after removing a.txt, %s acquit = %v, want Ann Lee", juryB, got)
			}
		})
	}
}
