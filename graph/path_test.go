package graph_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// pathString writes a path as "A -rel-> B <-rel- C".
func pathString(p graph.Path) string {
	if len(p) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(p[0].From.Name)
	for _, st := range p {
		if st.Forward {
			b.WriteString(" -" + st.Relation + "-> ")
		} else {
			b.WriteString(" <-" + st.Relation + "- ")
		}
		b.WriteString(st.To.Name)
	}
	return b.String()
}

// ringDoc is a document whose facts make a ring A-B-C-D-A and a chord A-C,
// plus a literal shared by B and D, which must not be a shortcut.
func ringDoc() schema.Document {
	ents := []schema.Entity{}
	for _, n := range []string{"A", "B", "C", "D", "E"} {
		ents = append(ents, schema.Entity{Name: "Node " + n, Type: schema.Organization, Mentions: []int{0}})
	}
	f := func(s, lemma, o string) schema.Fact { return fact(0, "Node "+s, lemma, lemma, "Node "+o, 0.5) }
	lit := func(s string) schema.Fact {
		return schema.Fact{Extraction: schema.Extraction{Relation: "is", Lemma: "title", Confidence: 0.5,
			Object: schema.Argument{Text: "Shared"}}, SubjectEntity: "Node " + s}
	}
	return schema.Document{
		ID: schema.DocumentID("ring"), Source: "ring.txt",
		Sentences: []schema.Sentence{{Text: "A ring."}},
		Entities:  ents,
		Facts: []schema.Fact{
			f("A", "support", "B"), f("B", "support", "C"), f("D", "attack", "C"), f("A", "meet", "D"),
			f("C", "meet", "E"), lit("A"), lit("E"),
		},
	}
}

func TestPaths(t *testing.T) {
	cases := []struct {
		name    string
		a, b    string
		maxHops int
		k       int
		want    []string
		why     string
	}{
		{"Shortest", "Node A", "Node C", 0, 1, []string{"Node A -support-> Node B -support-> Node C"},
			"of two 2-hop paths, the one through the first node ID"},
		{"K", "Node A", "Node C", 0, 3, []string{
			"Node A -support-> Node B -support-> Node C",
			"Node A -meet-> Node D -attack-> Node C",
		}, "only two simple paths exist; edges are followed backwards too"},
		{"NoLiteralShortcut", "Node A", "Node E", 0, 1, []string{"Node A -support-> Node B -support-> Node C -meet-> Node E"},
			"A and E share a literal title, which is not a step"},
		{"MaxHops", "Node A", "Node E", 2, 1, nil, "no path of two hops or fewer"},
		{"Provenance", "Kim Jong Bok", "Kursk", 0, 1, []string{
			"Kim Jong Bok -oversee-> North Korean troops -locate_in-> Kursk",
		}, "sentences and documents shared by Kim and Kursk are not shortcuts"},
		{"AcrossDocuments", "Kim Jong Bok", "Kim Jong Un", 0, 1, []string{
			"Kim Jong Bok -oversee-> North Korean troops <-deploy- Kim Jong Un",
		}, "a path joins facts of two documents through a shared entity"},
	}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := loaded(t, b)
			if _, err := s.Load(t.Context(), ringDoc()); err != nil {
				t.Fatal(err)
			}
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					paths, err := s.Paths(t.Context(), c.a, c.b, c.maxHops, c.k)
					if err != nil {
						t.Fatal(err)
					}
					var got []string
					for _, p := range paths {
						got = append(got, pathString(p))
					}
					if diff := cmp.Diff(c.want, got); diff != "" {
						t.Errorf("Paths(%q, %q) mismatch (-want +got) (%s):\n%s", c.a, c.b, c.why, diff)
					}
				})
			}
		})
	}
}

func TestPathSentences(t *testing.T) {
	s := loaded(t, backends()[1])
	paths, err := s.Paths(t.Context(), "kim jong un", "Kursk", 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 1 {
		t.Fatalf("Paths = %d paths, want 1", len(paths))
	}
	var got [][]string
	for _, st := range paths[0] {
		var texts []string
		for _, f := range st.Facts {
			texts = append(texts, f.Sentence.Text)
		}
		got = append(got, texts)
	}
	want := [][]string{{"Kim Jong Un sent the troops to Russia."}, {"The troops are in Kursk."}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("each step carries the sentences of its facts; mismatch (-want +got):\n%s", diff)
	}
}

func TestPathsErrors(t *testing.T) {
	s := loaded(t, backends()[0])
	if _, err := s.Paths(t.Context(), "Kim Jong Bok", "Nobody Known", 0, 1); err == nil {
		t.Error("Paths to an unknown name = nil error, want ErrNotFound")
	}
	if _, err := s.Paths(t.Context(), "Kim Jong Bok", "General Kim", 0, 1); err == nil {
		t.Error("Paths from an entity to itself = nil error, want an error")
	}
}
