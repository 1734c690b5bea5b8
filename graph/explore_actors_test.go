package graph_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

func TestActors(t *testing.T) {
	type row struct {
		Name     string
		Mentions int
		Degree   int
	}
	cases := []struct {
		name string
		opts graph.ActorOptions
		want []row
		why  string
	}{
		{"Mentions", graph.ActorOptions{Top: 3}, []row{
			{"North Korean troops", 4, 5}, {"Kim Jong Bok", 2, 2}, {"Kursk", 2, 1},
		}, "mentions add up across documents; ties by name"},
		{"Degree", graph.ActorOptions{By: graph.ByDegree, Top: 2}, []row{
			{"North Korean troops", 4, 5}, {"Vladimir Putin", 2, 3},
		}, "degree counts distinct entity neighbours in both directions"},
		{"Type", graph.ActorOptions{Type: schema.Person}, []row{
			{"Kim Jong Bok", 2, 2}, {"Vladimir Putin", 2, 3}, {"Kim Jong Un", 1, 1}, {"Volodymyr Zelensky", 1, 0},
		}, "only people; a literal title is not a neighbour"},
		{"PageRank", graph.ActorOptions{By: graph.ByPageRank, Top: 1}, []row{{"North Korean troops", 4, 5}},
			"the hub of the graph ranks first"},
	}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := loaded(t, b)
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					actors, err := s.Actors(t.Context(), c.opts)
					if err != nil {
						t.Fatal(err)
					}
					var got []row
					for _, a := range actors {
						got = append(got, row{a.Name, a.Mentions, a.Degree})
					}
					if diff := cmp.Diff(c.want, got); diff != "" {
						t.Errorf("Actors(%+v) mismatch (-want +got) (%s):\n%s", c.opts, c.why, diff)
					}
				})
			}
		})
	}
}

func TestActorsAliases(t *testing.T) {
	s := loaded(t, backends()[1])
	actors, err := s.Actors(t.Context(), graph.ActorOptions{Top: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := []graph.Actor{{
		Node:    graph.Node{ID: "<kg:e/North_Korean_troops>", Name: "North Korean troops", Type: schema.Group},
		Aliases: []string{"the troops"}, Mentions: 4, Degree: 5, Score: 4,
	}}
	if diff := cmp.Diff(want, actors); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if _, err := s.Actors(t.Context(), graph.ActorOptions{By: "fame"}); err == nil {
		t.Error("Actors(By: fame) = nil error, want an error")
	}
}

func TestStats(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := loaded(t, b)
			got, err := s.Stats(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			n, err := s.QuadCount(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			want := graph.Stats{
				Quads:     n,
				Entities:  map[schema.EntityType]int{schema.Person: 4, schema.Group: 1, schema.GPE: 4},
				Documents: 2, Sentences: 7, Facts: 9,
				Relations: []graph.RelationCount{
					{"locate_in", 2}, {"attack", 1}, {"deploy", 1}, {"lead", 1}, {"meet", 1},
					{"oversee", 1}, {"title", 1}, {"travel_to", 1},
				},
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEmptyStore(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			ctx := t.Context()
			if _, err := s.Resolve(ctx, "Anyone"); !errors.Is(err, graph.ErrNotFound) {
				t.Errorf("Resolve on an empty store = %v, want ErrNotFound", err)
			}
			if a, err := s.Actors(ctx, graph.ActorOptions{}); err != nil || len(a) != 0 {
				t.Errorf("Actors on an empty store = %v, %v; want none", a, err)
			}
			st, err := s.Stats(ctx)
			if err != nil || st.Quads != 0 || len(st.Relations) != 0 {
				t.Errorf("Stats on an empty store = %+v, %v", st, err)
			}
			for _, f := range graph.Formats {
				if err := s.Export(ctx, io.Discard, f, graph.Selection{}); err != nil {
					t.Errorf("Export(%s) of an empty store: %v", f, err)
				}
			}
			if sg, err := s.Suggest(ctx, "a", 5); err != nil || len(sg) != 0 {
				t.Errorf("Suggest on an empty store = %v, %v", sg, err)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	s := loaded(t, backends()[1])
	kpa := schema.Document{ID: schema.DocumentID("kpa"), Source: "kpa.txt", Title: "KPA",
		Sentences: []schema.Sentence{{Text: "The Korean People's Army fired."}},
		Entities:  []schema.Entity{{Name: "Korean People's Army", Type: schema.Organization, Mentions: []int{0}}}}
	if _, err := s.Load(t.Context(), kpa); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		prefix string
		want   []string
		why    string
	}{
		{"kim", []string{"Kim Jong Bok", "Kim Jong Un"}, "names that start with the prefix, in any case, the most mentioned (Kim Jong Bok, in both documents) first although longer"},
		{"k", []string{"Kursk", "Kim Jong Bok", "Kim Jong Un", "Korean People's Army", "North Korean troops"},
			"start, then word start; Kursk and Kim Jong Bok have two mentions each, so the shorter comes first"},
		{"korean people's", []string{"Korean People's Army"}, "an apostrophe typed as written, though the IRI spells it _"},
		{"put", []string{"Vladimir Putin"}, "a later word of the name"},
		{"orean", []string{"North Korean troops", "Korean People's Army"}, "names that contain it, the most mentioned first though longer"},
		{" ", []string{}, "nothing typed"},
	}
	for _, c := range cases {
		got, err := s.Suggest(t.Context(), c.prefix, 5)
		if err != nil {
			t.Fatal(err)
		}
		names := []string{}
		for _, n := range got {
			names = append(names, n.Name)
		}
		if diff := cmp.Diff(c.want, names); diff != "" {
			t.Errorf("Suggest(%q) mismatch (-want +got) (%s):\n%s", c.prefix, c.why, diff)
		}
	}
}

// TestActorTwoTypes loads a name that one document types a person and
// another an organisation: every reader gives the node one type, the
// organisation (schema.Prefer), whichever document came first.
func TestActorTwoTypes(t *testing.T) {
	doc := func(id string, typ schema.EntityType) schema.Document {
		return schema.Document{ID: schema.DocumentID(id), Source: id + ".txt", Title: id,
			Sentences: []schema.Sentence{{Text: "Halvik said profits rose."}},
			Entities:  []schema.Entity{{Name: "Halvik", Type: typ, Mentions: []int{0}}}}
	}
	docs := []schema.Document{doc("person", schema.Person), doc("company", schema.Organization)}
	for _, b := range backends() {
		for _, order := range [][]int{{0, 1}, {1, 0}} {
			t.Run(fmt.Sprintf("%s/%v", b.name, order), func(t *testing.T) {
				s := b.open(t)
				loadInOrder(t, s, docs, order, false)
				actors, err := s.Actors(t.Context(), graph.ActorOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if len(actors) != 1 || actors[0].Type != schema.Organization {
					t.Errorf("Actors = %+v, want Halvik, an organisation", actors)
				}
				n, err := s.Resolve(t.Context(), "Halvik")
				if err != nil || n.Type != schema.Organization {
					t.Errorf("Resolve(Halvik) = %+v, %v; want an organisation", n, err)
				}
				var nodes, rels strings.Builder
				if err := s.ExportCSV(t.Context(), &nodes, &rels, graph.Selection{}); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(nodes.String(), "Organization") || strings.Contains(nodes.String(), "Person") {
					t.Errorf("ExportCSV nodes:\n%s\nwant Halvik an organisation only", nodes.String())
				}
			})
		}
	}
}
