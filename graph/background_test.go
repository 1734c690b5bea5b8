package graph_test

import (
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// TestBackgroundHidden checks that a background fact (gazetteer
// knowledge, see schema.Background) is neither a path, a neighbour nor a
// source.
func TestBackgroundHidden(t *testing.T) {
	doc := schema.Document{
		ID: schema.DocumentID("background"), Source: "bg.txt",
		Sentences: []schema.Sentence{{Text: "Talks opened in Moscow."}, {Text: "Russia sent a delegation."}},
		Entities: []schema.Entity{
			{Name: "Moscow", Type: schema.GPE, Mentions: []int{0}},
			{Name: "Russia", Type: schema.GPE, Mentions: []int{1}},
		},
		Facts: []schema.Fact{{Extraction: schema.Extraction{Relation: "capital_of", Lemma: schema.CapitalOf, Confidence: 0.9,
			Subject: schema.Argument{Text: "Moscow"}, Object: schema.Argument{Text: "Russia"}},
			Sentence: 0, SubjectEntity: "Moscow", ObjectEntity: "Russia", Background: true}},
	}
	for _, b := range backends()[:2] {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			if _, err := s.Load(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			paths, err := s.Paths(t.Context(), "Moscow", "Russia", 2, 1)
			if err != nil || len(paths) != 0 {
				t.Errorf("Paths(Moscow, Russia) = %v, %v; want none: background is no edge", paths, err)
			}
			n, err := s.Neighbors(t.Context(), "Moscow", graph.NeighborOptions{})
			if err != nil || len(n.Nodes) != 0 {
				t.Errorf("Neighbors(Moscow) = %v, %v; want none", n.Nodes, err)
			}
			srcs, err := s.Sources(t.Context(), "Moscow", "Russia")
			if err != nil || len(srcs) != 0 {
				t.Errorf("Sources(Moscow, Russia) = %v, %v; want none: no sentence states it", srcs, err)
			}
			paths, err = s.PathsWith(t.Context(), "Moscow", "Russia", graph.PathOptions{MaxHops: 2, Background: true})
			if err != nil || len(paths) != 1 || paths[0][0].Relation != schema.CapitalOf || len(paths[0][0].Facts) != 0 {
				t.Errorf("PathsWith(Moscow, Russia, Background) = %+v, %v; want one capital_of step with no facts", paths, err)
			}
			n, err = s.Neighbors(t.Context(), "Russia", graph.NeighborOptions{Background: true})
			if err != nil || len(n.Nodes) != 1 || n.Nodes[0].Name != "Moscow" || len(n.Edges) != 1 {
				t.Errorf("Neighbors(Russia, Background) = %+v, %v; want Moscow by one edge", n, err)
			}
		})
	}
}
