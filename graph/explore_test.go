package graph_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// exploreDoc is a second document about the same actors: Kim Jong Un sent
// the troops, Kim Jong Bok met Putin in Moscow, and the troops fought
// Ukraine in Kursk.
func exploreDoc() schema.Document {
	text := "exploration document"
	return schema.Document{
		ID:     schema.DocumentID(text),
		Source: "b.txt",
		Title:  "Talks",
		Sentences: []schema.Sentence{
			{Text: "Kim Jong Un sent the troops to Russia."},
			{Text: "General Kim met Vladimir Putin in Moscow."},
			{Text: "Putin leads Russia."},
			{Text: "The troops attacked Ukrainian positions in Kursk."},
			{Text: "Zelensky is President."},
		},
		Entities: []schema.Entity{
			{Name: "Kim Jong Un", Type: schema.Person, Mentions: []int{0}},
			{Name: "North Korean troops", Type: schema.Group, Aliases: []string{"the troops"}, Mentions: []int{0, 3}},
			{Name: "Russia", Type: schema.GPE, Mentions: []int{0, 2}},
			{Name: "Kim Jong Bok", Type: schema.Person, Aliases: []string{"General Kim"}, Mentions: []int{1}},
			{Name: "Vladimir Putin", Type: schema.Person, Aliases: []string{"Putin"}, Mentions: []int{1, 2}},
			{Name: "Moscow", Type: schema.GPE, Mentions: []int{1}},
			{Name: "Ukraine", Type: schema.GPE, Mentions: []int{3}},
			{Name: "Kursk", Type: schema.GPE, Mentions: []int{3}},
			{Name: "Volodymyr Zelensky", Type: schema.Person, Aliases: []string{"Zelensky"}, Mentions: []int{4}},
		},
		Facts: []schema.Fact{
			fact(0, "Kim Jong Un", "sent", "deploy", "North Korean troops", 0.9),
			fact(0, "North Korean troops", "to", "travel_to", "Russia", 0.6),
			fact(1, "Kim Jong Bok", "met", "meet", "Vladimir Putin", 0.85),
			fact(1, "Vladimir Putin", "in", "locate_in", "Moscow", 0.5),
			fact(2, "Vladimir Putin", "leads", "lead", "Russia", 0.95),
			fact(3, "North Korean troops", "attacked", "attack", "Ukraine", 0.8),
			{Extraction: schema.Extraction{Relation: "is", Lemma: "title", Confidence: 0.7,
				Subject: schema.Argument{Text: "Zelensky"}, Object: schema.Argument{Text: "President"}},
				Sentence: 4, SubjectEntity: "Volodymyr Zelensky"},
		},
	}
}

func fact(sentence int, subj, phrase, lemma, obj string, conf float64) schema.Fact {
	return schema.Fact{
		Extraction: schema.Extraction{Relation: phrase, Lemma: lemma, Confidence: conf,
			Subject: schema.Argument{Text: subj}, Object: schema.Argument{Text: obj}},
		Sentence: sentence, SubjectEntity: subj, ObjectEntity: obj,
	}
}

// loaded returns a store of each backend holding sampleDoc and exploreDoc.
func loaded(t *testing.T, b backend) *graph.Store {
	t.Helper()
	s := b.open(t)
	if _, err := s.Load(t.Context(), sampleDoc("a.txt", "text one"), exploreDoc()); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestResolve(t *testing.T) {
	cases := []struct {
		name, in string
		want     string // the entity's name; "" when not found
		suggest  []string
		why      string
	}{
		{"Exact", "Kim Jong Bok", "Kim Jong Bok", nil, "a kg:name as stored"},
		{"Lower", "kim jong bok", "Kim Jong Bok", nil, "names are compared without regard to case"},
		{"Alias", "Putin", "Vladimir Putin", nil, "an alias leads to its entity"},
		{"AliasOddCase", "gEneral KIM", "Kim Jong Bok", nil, "an alias in an unusual case is found by a scan"},
		{"ID", "<kg:e/Kursk>", "Kursk", nil, "a node ID as Gizmo prints it"},
		{"BareID", "kg:e/Moscow", "Moscow", nil, "a node ID without brackets"},
		{"Typo", "Kim Jong Bock", "", []string{"Kim Jong Bok", "Kim Jong Un"}, "a misspelt name suggests close names"},
		{"Prefix", "Vlad", "", []string{"Vladimir Putin"}, "a prefix suggests the names it starts"},
		{"Unknown", "Zzyzx Qwerty", "", nil, "nothing close: no suggestions"},
		{"Surname", "un", "Kim Jong Un", nil, "a word no name or alias is: the one person whose name ends with it"},
		{"SurnameNoPlace", "troops", "", []string{"North Korean troops"}, "only people are found by a last word"},
	}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := loaded(t, b)
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					n, err := s.Resolve(t.Context(), c.in)
					if c.want == "" {
						var nf *graph.NotFoundError
						if !errors.Is(err, graph.ErrNotFound) || !errors.As(err, &nf) {
							t.Fatalf("Resolve(%q) = %v, %v; want a NotFoundError (%s)", c.in, n, err, c.why)
						}
						if diff := cmp.Diff(c.suggest, nf.Suggestions); diff != "" {
							t.Errorf("Resolve(%q) suggestions mismatch (-want +got):\n%s", c.in, diff)
						}
						return
					}
					if err != nil {
						t.Fatalf("Resolve(%q): %v (%s)", c.in, err, c.why)
					}
					if n.Name != c.want {
						t.Errorf("Resolve(%q) = %q, want %q (%s)", c.in, n.Name, c.want, c.why)
					}
				})
			}
		})
	}
}

func TestNeighbors(t *testing.T) {
	kim := "<kg:e/Kim_Jong_Bok>"
	troops := "<kg:e/North_Korean_troops>"
	cases := []struct {
		name  string
		opts  graph.NeighborOptions
		nodes []string
		edges []graph.Edge
		why   string
	}{
		{"Depth1", graph.NeighborOptions{}, []string{"1 North Korean troops (1)", "1 Vladimir Putin (1)"},
			[]graph.Edge{{From: kim, Relation: "meet", To: "<kg:e/Vladimir_Putin>"}, {From: kim, Relation: "oversee", To: troops}},
			"both documents' edges around Kim, and no sentence or fact node"},
		{"Depth2Type", graph.NeighborOptions{Depth: 2, Type: schema.GPE},
			[]string{"2 Russia (2)", "2 Kursk (1)", "2 Moscow (1)", "2 Ukraine (1)"}, []graph.Edge{},
			"the walk goes through people and groups but reports only places, the most tied first"},
		{"Limit", graph.NeighborOptions{Depth: 2, Limit: 1}, []string{"1 North Korean troops (1)"},
			[]graph.Edge{{From: kim, Relation: "oversee", To: troops}}, "the walk stops at the limit"},
	}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := loaded(t, b)
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					nb, err := s.Neighbors(t.Context(), "kim jong bok", c.opts)
					if err != nil {
						t.Fatal(err)
					}
					var got []string
					for _, n := range nb.Nodes {
						got = append(got, fmt.Sprintf("%d %s (%d)", n.Depth, n.Name, n.Ties))
					}
					if diff := cmp.Diff(c.nodes, got); diff != "" {
						t.Errorf("nodes mismatch (-want +got) (%s):\n%s", c.why, diff)
					}
					if diff := cmp.Diff(c.edges, nb.Edges); diff != "" {
						t.Errorf("edges mismatch (-want +got) (%s):\n%s", c.why, diff)
					}
				})
			}
		})
	}
}

func TestNeighborsLiteral(t *testing.T) {
	s := loaded(t, backends()[0])
	nb, err := s.Neighbors(t.Context(), "Zelensky", graph.NeighborOptions{Depth: 3})
	if err != nil {
		t.Fatal(err)
	}
	want := []graph.Neighbor{{Node: graph.Node{ID: `"President"`, Name: "President", Literal: true}, Depth: 1, Ties: 1}}
	if diff := cmp.Diff(want, nb.Nodes); diff != "" {
		t.Errorf("a literal object is a leaf; mismatch (-want +got):\n%s", diff)
	}
}

func TestSources(t *testing.T) {
	cases := []struct {
		name, a, b string
		want       []string // sentence text: relations of its facts
		why        string
	}{
		{"Mentions", "Kim Jong Bok", "", []string{
			"Kim oversees the troops.: oversee",
			"General Kim met Vladimir Putin in Moscow.: meet",
		}, "every sentence that mentions Kim, in both documents, with Kim's facts"},
		{"Between", "Putin", "russia", []string{"Putin leads Russia.: lead"},
			"only the sentences of facts relating the two"},
		{"Reverse", "Russia", "Putin", []string{"Putin leads Russia.: lead"},
			"the order of the two names does not matter"},
		{"None", "Kursk", "Moscow", nil, "no fact relates them"},
	}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := loaded(t, b)
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					srcs, err := s.Sources(t.Context(), c.a, c.b)
					if err != nil {
						t.Fatal(err)
					}
					var got []string
					for _, src := range srcs {
						line := src.Text + ":"
						for _, f := range src.Facts {
							line += " " + f.Relation
						}
						got = append(got, line)
					}
					if diff := cmp.Diff(c.want, got); diff != "" {
						t.Errorf("Sources(%q, %q) mismatch (-want +got) (%s):\n%s", c.a, c.b, c.why, diff)
					}
				})
			}
		})
	}
}

func TestSourcesFact(t *testing.T) {
	s := loaded(t, backends()[1])
	srcs, err := s.Sources(t.Context(), "Vladimir Putin", "Kim Jong Bok")
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 1 || len(srcs[0].Facts) != 1 {
		t.Fatalf("Sources = %+v, want one sentence with one fact", srcs)
	}
	f := srcs[0].Facts[0]
	f.ID = ""
	doc := exploreDoc()
	want := graph.Fact{
		Subject:    graph.Node{ID: "<kg:e/Kim_Jong_Bok>", Name: "Kim Jong Bok", Type: schema.Person},
		Relation:   "meet",
		Object:     graph.Node{ID: "<kg:e/Vladimir_Putin>", Name: "Vladimir Putin", Type: schema.Person},
		Phrase:     "met",
		Confidence: 0.85,
		Sentence: graph.Sentence{ID: "<kg:doc/" + doc.ID + "#s1>", Text: "General Kim met Vladimir Putin in Moscow.",
			Index: 1, Document: doc.ID, Source: "b.txt", Title: "Talks"},
	}
	if diff := cmp.Diff(want, f); diff != "" {
		t.Errorf("fact mismatch (-want +got):\n%s", diff)
	}
}

// TestResolveAmbiguous checks that an alias of several entities lists them
// instead of picking one.
func TestResolveAmbiguous(t *testing.T) {
	kims := schema.Document{
		ID: schema.DocumentID("kims"), Source: "kims.txt", Title: "Kims",
		Sentences: []schema.Sentence{{Text: "Kim met Kim."}, {Text: "Kim Jong Un spoke."}},
		Entities: []schema.Entity{
			{Name: "Kim Jong Un", Type: schema.Person, Aliases: []string{"Kim"}, Mentions: []int{0, 1}},
			{Name: "Kim Yo Jong", Type: schema.Person, Aliases: []string{"KIM"}, Mentions: []int{0}},
		},
	}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := loaded(t, b)
			if _, err := s.Load(t.Context(), kims); err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"Kim", "kim"} {
				_, err := s.Resolve(t.Context(), name)
				var ae *graph.AmbiguousError
				if !errors.As(err, &ae) || !errors.Is(err, graph.ErrAmbiguous) {
					t.Fatalf("Resolve(%q) = %v, want an AmbiguousError", name, err)
				}
				var got []string
				for _, c := range ae.Candidates {
					got = append(got, c.Name+"/"+string(c.Type))
				}
				want := []string{"Kim Jong Un/Person", "Kim Jong Bok/Person", "Kim Yo Jong/Person"}
				if name == "Kim" {
					// "KIM" is another case: exact-case aliases beat it.
					want = want[:2]
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("Resolve(%q) candidates mismatch (-want +got):\n%s", name, diff)
				}
				if !strings.Contains(err.Error(), "Kim Jong Bok (Person)") {
					t.Errorf("Resolve(%q) error %q does not name the candidates", name, err)
				}
			}
			if n, err := s.Resolve(t.Context(), "Kim Jong Un"); err != nil || n.Name != "Kim Jong Un" {
				t.Errorf("Resolve(Kim Jong Un) = %v, %v; a full name is not ambiguous", n, err)
			}
		})
	}
}

// TestResolveSurname checks that a surname no name or alias holds finds
// the one person whose name ends with it ("Putin" when the text always
// wrote "Vladimir Putin"), and lists the people when several share it.
func TestResolveSurname(t *testing.T) {
	lees := schema.Document{
		ID: schema.DocumentID("lees"), Source: "lees.txt", Title: "Lees",
		Sentences: []schema.Sentence{{Text: "Ann Lee met Tom Lee and Mia Berg."}},
		Entities: []schema.Entity{
			{Name: "Ann Lee", Type: schema.Person, Mentions: []int{0}},
			{Name: "Tom Lee", Type: schema.Person, Mentions: []int{0}},
			{Name: "Mia Berg", Type: schema.Person, Mentions: []int{0}},
		},
	}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			if _, err := s.Load(t.Context(), lees); err != nil {
				t.Fatal(err)
			}
			if n, err := s.Resolve(t.Context(), "berg"); err != nil || n.Name != "Mia Berg" {
				t.Errorf("Resolve(berg) = %v, %v; want Mia Berg, the one person of that surname", n, err)
			}
			_, err := s.Resolve(t.Context(), "Lee")
			var ae *graph.AmbiguousError
			if !errors.As(err, &ae) {
				t.Fatalf("Resolve(Lee) = %v, want an AmbiguousError listing both Lees", err)
			}
			var got []string
			for _, c := range ae.Candidates {
				got = append(got, c.Name)
			}
			slices.Sort(got)
			if diff := cmp.Diff([]string{"Ann Lee", "Tom Lee"}, got); diff != "" {
				t.Errorf("Resolve(Lee) candidates mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
