package schema_test

import (
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/schema"
)

// TestQuadsSources checks how a reported fact keeps its source chain: the
// speaker as kg:attributedTo and the sources it cites as kg:citing, each an
// entity node when it resolved to one and its words otherwise.
func TestQuadsSources(t *testing.T) {
	fact := func(attr string, srcs []string, ents []string) schema.Fact {
		f := schema.Fact{
			Extraction: schema.Extraction{
				Subject:  schema.Argument{Text: "Kim Jong Bok"},
				Relation: "has arrived in", Lemma: "arrive_in",
				Object:      schema.Argument{Text: "Vladivostok"},
				Confidence:  0.9,
				Attribution: attr,
			},
			SubjectEntity:  "Kim Jong Bok",
			ObjectEntity:   "Vladivostok",
			SourceEntities: ents,
		}
		for _, s := range srcs {
			f.Sources = append(f.Sources, schema.Argument{Text: s})
		}
		return f
	}
	tests := []struct {
		name string
		fact schema.Fact
		want []quad.Quad
		why  string
	}{
		{
			name: "chain",
			fact: fact("Kyodo", []string{"Japanese news agency Kyodo", "Ukrainian intelligence sources"}, []string{"Kyodo", ""}),
			want: []quad.Quad{
				{Predicate: schema.AttributedTo, Object: quad.IRI("kg:e/Kyodo")},
				{Predicate: schema.Citing, Object: quad.String("Ukrainian intelligence sources")},
			},
			why: "According to Japanese news agency Kyodo, citing Ukrainian intelligence sources: Kyodo resolved, the sources did not",
		},
		{
			name: "speaker as words",
			fact: fact("His office", []string{"His office"}, nil),
			want: []quad.Quad{{Predicate: schema.AttributedTo, Object: quad.String("His office")}},
			why:  "a speaker that resolved to no entity stays its words",
		},
		{
			name: "speaker without span",
			fact: fact("Kyodo", nil, nil),
			want: []quad.Quad{{Predicate: schema.AttributedTo, Object: quad.String("Kyodo")}},
			why:  "a fact made without Sources keeps its Attribution",
		},
		{
			name: "not reported",
			fact: fact("", nil, nil),
			why:  "no speaker, no source quads",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := schema.Document{ID: "d1", Source: "t.txt", Sentences: []schema.Sentence{{Text: "..."}},
				Entities: []schema.Entity{{Name: "Kim Jong Bok"}, {Name: "Vladivostok"}, {Name: "Kyodo"}},
				Facts:    []schema.Fact{tt.fact}}
			var got []quad.Quad
			for _, q := range schema.Quads(doc) {
				if q.Predicate == schema.AttributedTo || q.Predicate == schema.Citing {
					got = append(got, quad.Quad{Predicate: q.Predicate, Object: q.Object})
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Quads source quads mismatch (-want +got):\n%s\n(%s)", diff, tt.why)
			}
		})
	}
}
