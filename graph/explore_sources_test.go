package graph_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// TestSourcesChain checks that a reported fact comes back with its source
// chain: the speaker first, an entity or the words, then the cited
// sources by name, and that a fact nobody reported has none.
func TestSourcesChain(t *testing.T) {
	doc := schema.Document{
		ID: schema.DocumentID("chain"), Source: "chain.txt", Title: "Chain",
		Sentences: []schema.Sentence{{Text: "According to Kyodo, citing officials and Yonhap, Kim Jong Bok has arrived in Vladivostok. Kim Jong Bok visited Moscow."}},
		Entities: []schema.Entity{
			{Name: "Kim Jong Bok", Type: schema.Person, Mentions: []int{0}},
			{Name: "Vladivostok", Type: schema.GPE, Mentions: []int{0}},
			{Name: "Moscow", Type: schema.GPE, Mentions: []int{0}},
			{Name: "Kyodo", Type: schema.Organization, Mentions: []int{0}},
			{Name: "Yonhap", Type: schema.Organization, Mentions: []int{0}},
		},
		Facts: []schema.Fact{
			{
				Extraction: schema.Extraction{
					Subject: schema.Argument{Text: "Kim Jong Bok"}, Relation: "has arrived in", Lemma: "arrive_in",
					Object: schema.Argument{Text: "Vladivostok"}, Confidence: 0.9, Attribution: "Kyodo",
					Sources: []schema.Argument{{Text: "Kyodo"}, {Text: "Yonhap"}, {Text: "officials"}},
				},
				SubjectEntity: "Kim Jong Bok", ObjectEntity: "Vladivostok", SourceEntities: []string{"Kyodo", "Yonhap", ""},
			},
			{
				Extraction: schema.Extraction{
					Subject: schema.Argument{Text: "Kim Jong Bok"}, Relation: "visited", Lemma: "visit",
					Object: schema.Argument{Text: "Moscow"}, Confidence: 0.9,
				},
				SubjectEntity: "Kim Jong Bok", ObjectEntity: "Moscow",
			},
		},
	}
	for _, b := range backends()[:2] {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			if _, err := s.Load(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			got := map[string][]graph.Node{}
			for _, other := range []string{"Vladivostok", "Moscow"} {
				srcs, err := s.Sources(t.Context(), "Kim Jong Bok", other)
				if err != nil {
					t.Fatal(err)
				}
				for _, src := range srcs {
					for _, f := range src.Facts {
						got[f.Relation] = f.Sources
					}
				}
			}
			want := map[string][]graph.Node{
				"arrive_in": {
					{ID: "<kg:e/Kyodo>", Name: "Kyodo", Type: schema.Organization},
					{ID: "<kg:e/Yonhap>", Name: "Yonhap", Type: schema.Organization},
					{ID: `"officials"`, Name: "officials", Literal: true}, // by name, byte order
				},
				"visit": nil,
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("fact sources mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
