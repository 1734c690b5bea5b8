package graph_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// backend opens a fresh store of one kind for a test.
type backend struct {
	name string
	open func(t *testing.T) *graph.Store
}

// backends returns the backends every shared case runs against. Backends
// that need a server skip (or fail, under KG_STRICT=1) when it is absent.
func backends() []backend {
	var out []backend
	for _, name := range []string{"memstore", "bolt", "leveldb", "postgres"} {
		out = append(out, backend{name, func(t *testing.T) *graph.Store { return openBackend(t, name, graph.Options{}) }})
	}
	return out
}

// openBackend opens a fresh, empty store of the named backend with opts.
func openBackend(t *testing.T, name string, opts graph.Options) *graph.Store {
	t.Helper()
	var addr string
	switch name {
	case "bolt":
		addr = filepath.Join(t.TempDir(), "kg.db")
	case "leveldb":
		addr = filepath.Join(t.TempDir(), "kg.ldb")
	case "postgres":
		addr = postgresSchema(t)
	}
	s, err := graph.Open(t.Context(), name, addr, opts)
	if err != nil {
		t.Fatalf("Open(%q): %v", name, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func openStore(t *testing.T, name, addr string) *graph.Store {
	t.Helper()
	s, err := graph.Open(t.Context(), name, addr, graph.Options{})
	if err != nil {
		t.Fatalf("Open(%q, %q): %v", name, addr, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// sampleDoc is a small document: Kim oversees the troops, who are in Kursk.
func sampleDoc(source, text string) schema.Document {
	return schema.Document{
		ID:     schema.DocumentID(text),
		Source: source,
		Title:  "Troops",
		Sentences: []schema.Sentence{
			{Text: "Kim oversees the troops.", Start: 0, End: 24},
			{Text: "The troops are in Kursk.", Start: 25, End: 49},
		},
		Entities: []schema.Entity{
			{Name: "Kim Jong Bok", Type: schema.Person, Aliases: []string{"Kim"}, Mentions: []int{0}},
			{Name: "North Korean troops", Type: schema.Group, Mentions: []int{0, 1}},
			{Name: "Kursk", Type: schema.GPE, Mentions: []int{1}},
		},
		Facts: []schema.Fact{
			{Extraction: schema.Extraction{Relation: "oversees", Lemma: "oversee", Confidence: 0.9,
				Subject: schema.Argument{Text: "Kim"}, Object: schema.Argument{Text: "the troops"}},
				Sentence: 0, SubjectEntity: "Kim Jong Bok", ObjectEntity: "North Korean troops"},
			{Extraction: schema.Extraction{Relation: "are in", Lemma: "locate_in", Confidence: 0.8,
				Subject: schema.Argument{Text: "The troops"}, Object: schema.Argument{Text: "Kursk"}},
				Sentence: 1, SubjectEntity: "North Korean troops", ObjectEntity: "Kursk"},
		},
	}
}

func queryAll(t *testing.T, s *graph.Store, q string) []any {
	t.Helper()
	var got []any
	if err := s.Query(t.Context(), q, 0, func(v any) error { got = append(got, v); return nil }); err != nil {
		t.Fatalf("Query(%q): %v", q, err)
	}
	return got
}

func names(t *testing.T, s *graph.Store, q string) []string {
	t.Helper()
	var out []string
	for _, v := range queryAll(t, s, q) {
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("Query(%q) result %#v is not a map", q, v)
		}
		out = append(out, m["id"].(string))
	}
	sort.Strings(out)
	return out
}

func TestStore(t *testing.T) {
	cases := []struct {
		name string
		why  string
		run  func(t *testing.T, s *graph.Store)
	}{
		{"LoadAndQuery", "a loaded fact is reachable by name through its relation", func(t *testing.T, s *graph.Store) {
			doc := sampleDoc("a.txt", "text one")
			if _, err := s.Load(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			got := names(t, s, `g.V("Kim Jong Bok").in("<kg:name>").out("<kg:r/oversee>").out("<kg:name>").all()`)
			if diff := cmp.Diff([]string{"North Korean troops"}, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		}},
		{"SentenceOfFact", "each fact leads to the sentence that states it", func(t *testing.T, s *graph.Store) {
			if _, err := s.Load(t.Context(), sampleDoc("a.txt", "text one")); err != nil {
				t.Fatal(err)
			}
			got := names(t, s, `g.V("<kg:r/oversee>").in("<kg:predicate>").out("<kg:sentence>").out("<kg:text>").all()`)
			if diff := cmp.Diff([]string{"Kim oversees the troops."}, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		}},
		{"SameDocumentTwice", "building identical content twice adds nothing", func(t *testing.T, s *graph.Store) {
			doc := sampleDoc("a.txt", "text one")
			if _, err := s.Load(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			before := count(t, s)
			res, err := s.Load(t.Context(), doc)
			if err != nil {
				t.Fatal(err)
			}
			if !res[0].Skipped {
				t.Errorf("second Load: Skipped = false, want true")
			}
			if after := count(t, s); after != before {
				t.Errorf("quads after second load = %d, want %d", after, before)
			}
		}},
		{"ChangedDocumentReplaces", "a changed file replaces the facts of its old version", func(t *testing.T, s *graph.Store) {
			old := sampleDoc("a.txt", "text one")
			if _, err := s.Load(t.Context(), old); err != nil {
				t.Fatal(err)
			}
			changed := sampleDoc("a.txt", "text two")
			changed.Facts = changed.Facts[:1]
			res, err := s.Load(t.Context(), changed)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]string{old.ID}, res[0].Replaced); diff != "" {
				t.Errorf("Replaced mismatch (-want +got):\n%s", diff)
			}
			if ok, _ := s.HasDocument(t.Context(), old.ID); ok {
				t.Errorf("old document %s still stored", old.ID)
			}
			if got := names(t, s, `g.V().out("<kg:r/locate_in>").all()`); len(got) != 0 {
				t.Errorf("fact of the old version survives: %v", got)
			}
		}},
		{"ReplacedEntityForgotten", "an entity only the old version named loses its name and type; one still named keeps them", func(t *testing.T, s *graph.Store) {
			if _, err := s.Load(t.Context(), sampleDoc("a.txt", "text one"), sampleDoc("b.txt", "text two")); err != nil {
				t.Fatal(err)
			}
			changed := sampleDoc("a.txt", "text three")
			changed.Entities = changed.Entities[:1] // Kim only
			changed.Facts = nil
			if _, err := s.Load(t.Context(), changed); err != nil {
				t.Fatal(err)
			}
			// b.txt still names Kursk: it stays.
			if got := names(t, s, `g.V().has("<kg:type>", "<kg:GPE>").out("<kg:name>").all()`); fmt.Sprint(got) != "[Kursk]" {
				t.Errorf("places after replacing a.txt while b.txt names Kursk = %v, want [Kursk]", got)
			}
			third := sampleDoc("b.txt", "text four")
			third.Entities = third.Entities[:1]
			third.Facts = nil
			if _, err := s.Load(t.Context(), third); err != nil {
				t.Fatal(err)
			}
			if got := names(t, s, `g.V().has("<kg:type>", "<kg:GPE>").all()`); len(got) != 0 {
				t.Errorf("places after no document names Kursk = %v, want none", got)
			}
			if got := names(t, s, `g.V().has("<kg:type>", "<kg:Person>").out("<kg:name>").all()`); fmt.Sprint(got) != "[Kim Jong Bok]" {
				t.Errorf("people = %v, want Kim Jong Bok, whom the new versions still name", got)
			}
		}},
		{"SameTripleTwoDocuments", "a triple stated by two documents keeps both provenances", func(t *testing.T, s *graph.Store) {
			if _, err := s.Load(t.Context(), sampleDoc("a.txt", "text one"), sampleDoc("b.txt", "text two")); err != nil {
				t.Fatal(err)
			}
			facts := names(t, s, `g.V("<kg:r/oversee>").in("<kg:predicate>").all()`)
			if len(facts) != 2 {
				t.Errorf("fact nodes for the oversee triple = %v, want 2", facts)
			}
			if _, err := s.RemoveDocument(t.Context(), schema.DocumentID("text one")); err != nil {
				t.Fatal(err)
			}
			if got := names(t, s, `g.V("Kim Jong Bok").in("<kg:name>").out("<kg:r/oversee>").all()`); len(got) != 1 {
				t.Errorf("after removing one document, edge targets = %v, want the edge kept by the other", got)
			}
		}},
		{"BatchSameSource", "in one batch, a later version of a file replaces the earlier one", func(t *testing.T, s *graph.Store) {
			old, changed := sampleDoc("a.txt", "text one"), sampleDoc("a.txt", "text two")
			res, err := s.Load(t.Context(), old, changed)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]string{old.ID}, res[1].Replaced); diff != "" {
				t.Errorf("Replaced mismatch (-want +got):\n%s", diff)
			}
			got := names(t, s, `g.V().has("<kg:type>", "<kg:Document>").all()`)
			if diff := cmp.Diff([]string{"<kg:doc/" + changed.ID + ">"}, got); diff != "" {
				t.Errorf("stored documents mismatch (-want +got):\n%s", diff)
			}
		}},
		{"BatchDuplicate", "a document repeated in one batch is stored once", func(t *testing.T, s *graph.Store) {
			doc := sampleDoc("a.txt", "text one")
			copyDoc := doc
			copyDoc.Source = "copy.txt"
			res, err := s.Load(t.Context(), doc, copyDoc)
			if err != nil {
				t.Fatal(err)
			}
			if !res[1].Skipped || res[0].Skipped {
				t.Errorf("Skipped = %v, %v; want false, true", res[0].Skipped, res[1].Skipped)
			}
			if got, want := count(t, s), int64(res[0].Quads); got != want {
				t.Errorf("quads = %d, want %d (one copy)", got, want)
			}
		}},
		{"SharedEntityRemoved", "an entity's name and type, written by both documents that name it, go with the last; then g.V() lists nothing", func(t *testing.T, s *graph.Store) {
			a, b := sampleDoc("a.txt", "text one"), sampleDoc("b.txt", "text two")
			if _, err := s.Load(t.Context(), a); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Load(t.Context(), b); err != nil {
				t.Fatal(err)
			}
			for _, id := range []string{a.ID, b.ID} {
				if _, err := s.RemoveDocument(t.Context(), id); err != nil {
					t.Fatal(err)
				}
			}
			if got := queryAll(t, s, `g.V().count()`); !cmp.Equal(got, []any{int64(0)}) {
				t.Errorf("g.V().count() of an emptied store = %v, want 0", got)
			}
			checkNodes(t, s, "after removing both documents")
		}},
		{"EntityReturns", "an entity removed with its last document is stored again, name and type, by a later one", func(t *testing.T, s *graph.Store) {
			a := sampleDoc("a.txt", "text one")
			if _, err := s.Load(t.Context(), a); err != nil {
				t.Fatal(err)
			}
			want := queryAll(t, s, `g.V().has("<kg:name>").count()`)
			if _, err := s.RemoveDocument(t.Context(), a.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Load(t.Context(), sampleDoc("a.txt", "text two")); err != nil {
				t.Fatal(err)
			}
			if got := queryAll(t, s, `g.V().has("<kg:name>").count()`); !cmp.Equal(got, want) {
				t.Errorf("named entities after the return = %v, want %v", got, want)
			}
			checkNodes(t, s, "after the return")
		}},
		{"ShorterVersion", "a version with fewer facts, replacing the old one in one load, is stored whole", func(t *testing.T, s *graph.Store) {
			if _, err := s.Load(t.Context(), sampleDoc("a.txt", "text one")); err != nil {
				t.Fatal(err)
			}
			changed := sampleDoc("a.txt", "text two")
			changed.Facts = changed.Facts[:1]
			if _, err := s.Load(t.Context(), changed); err != nil {
				t.Fatal(err)
			}
			if ok, err := s.HasDocument(t.Context(), changed.ID); !ok || err != nil {
				t.Errorf("HasDocument(new version) = %v, %v; want true", ok, err)
			}
			if got := queryAll(t, s, `g.V().has("<kg:type>", "<kg:Fact>").count()`); !cmp.Equal(got, []any{int64(1)}) {
				t.Errorf("facts = %v, want 1", got)
			}
			checkNodes(t, s, "after the replacement")
		}},
		{"Count", "count() is returned, not dropped as Cayley's JSON output does", func(t *testing.T, s *graph.Store) {
			if _, err := s.Load(t.Context(), sampleDoc("a.txt", "text one")); err != nil {
				t.Fatal(err)
			}
			got := queryAll(t, s, `g.V().has("<kg:type>", "<kg:Person>").count()`)
			if diff := cmp.Diff([]any{int64(1)}, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		}},
	}
	for _, b := range backends() {
		for _, c := range cases {
			t.Run(b.name+"/"+c.name, func(t *testing.T) {
				c.run(t, b.open(t))
			})
		}
	}
}

func count(t *testing.T, s *graph.Store) int64 {
	t.Helper()
	n, err := s.QuadCount(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestQueryTimeout(t *testing.T) {
	s := openStore(t, "memstore", "")
	ctx, cancel := context.WithTimeout(t.Context(), 200e6)
	defer cancel()
	err := s.Query(ctx, `while(true){}`, 0, func(any) error { return nil })
	if !errors.Is(err, graph.ErrTimeout) {
		t.Errorf("Query(while(true){}) = %v, want ErrTimeout", err)
	}
}

func TestQuerySyntaxError(t *testing.T) {
	s := openStore(t, "memstore", "")
	err := s.Query(t.Context(), `g.V(.all()`, 0, func(any) error { return nil })
	if err == nil {
		t.Fatal("Query with a syntax error = nil, want error")
	}
}

func TestOpenInUse(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	openStore(t, "bolt", dir)
	_, err := graph.Open(t.Context(), "bolt", dir, graph.Options{LockTimeout: 100e6})
	if !errors.Is(err, graph.ErrInUse) {
		t.Errorf("second Open = %v, want ErrInUse", err)
	}
}

func TestOpenRefusesLossyBackends(t *testing.T) {
	for _, name := range []string{"sqlite", "mysql", "cockroach", "nosuch"} {
		_, err := graph.Open(t.Context(), name, "x", graph.Options{})
		if !errors.Is(err, graph.ErrUnsupportedBackend) {
			t.Errorf("Open(%q) = %v, want ErrUnsupportedBackend", name, err)
		}
	}
}

func TestQuadCountEmpty(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			if n := count(t, b.open(t)); n != 0 {
				t.Errorf("QuadCount of a new store = %d, want 0", n)
			}
		})
	}
}

func TestLoadLargeDocument(t *testing.T) {
	doc := sampleDoc("a.txt", "text one")
	all := len(schema.Quads(doc))
	old := sampleDoc("a.txt", "text zero")
	cases := []struct {
		name     string
		why      string
		prepare  func(t *testing.T, s *graph.Store)
		replaced []string
	}{
		{"clean", "a document over MaxTxQuads is written in several transactions", func(*testing.T, *graph.Store) {}, nil},
		{"replaces", "the older version of the file goes in the last transaction", func(t *testing.T, s *graph.Store) {
			if _, err := s.Load(t.Context(), old); err != nil {
				t.Fatal(err)
			}
		}, []string{old.ID}},
		{"interrupted", "quads left by an interrupted load are completed, not removed, by loading again", func(t *testing.T, s *graph.Store) {
			// Everything but the document node, as a crash before the
			// last transaction leaves it.
			var partial []quad.Quad
			for _, q := range schema.Quads(doc) {
				if q.Subject != schema.DocumentIRI(doc.ID) || q.Predicate != schema.Type {
					partial = append(partial, q)
				}
			}
			if err := s.WriteQuads(t.Context(), partial); err != nil {
				t.Fatal(err)
			}
			if ok, err := s.HasDocument(t.Context(), doc.ID); ok || err != nil {
				t.Fatalf("HasDocument of a partly written document = %v, %v; want false", ok, err)
			}
		}, nil},
	}
	for _, b := range backends() {
		for _, c := range cases {
			t.Run(b.name+"/"+c.name, func(t *testing.T) {
				s := openBackend(t, b.name, graph.Options{MaxTxQuads: 7})
				c.prepare(t, s)
				res, err := s.Load(t.Context(), doc)
				if err != nil {
					t.Fatal(err)
				}
				if res[0].Skipped || !cmp.Equal(res[0].Replaced, c.replaced) || res[0].Quads != all {
					t.Errorf("Load = %+v, want %d quads stored, %v replaced (%s)", res[0], all, c.replaced, c.why)
				}
				if got := count(t, s); got != int64(all) {
					t.Errorf("store holds %d quads, want %d (%s)", got, all, c.why)
				}
				got := names(t, s, `g.V("Kim Jong Bok").in("<kg:name>").out("<kg:r/oversee>").out("<kg:name>").all()`)
				if diff := cmp.Diff([]string{"North Korean troops"}, got); diff != "" {
					t.Errorf("mismatch (-want +got):\n%s", diff)
				}
			})
		}
	}
}

func TestOpenMustExist(t *testing.T) {
	for _, backend := range []string{"bolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "missing.db")
			_, err := graph.Open(t.Context(), backend, dir, graph.Options{MustExist: true})
			if !errors.Is(err, graph.ErrNoStore) {
				t.Errorf("Open(MustExist) of a missing store = %v, want ErrNoStore", err)
			}
			if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("Open(MustExist) left %s behind (stat: %v); a read must not create a store", dir, err)
			}
			created, err := graph.Open(t.Context(), backend, dir, graph.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := created.Close(); err != nil {
				t.Fatal(err)
			}
			s, err := graph.Open(t.Context(), backend, dir, graph.Options{MustExist: true})
			if err != nil {
				t.Fatalf("Open(MustExist) of an existing store: %v", err)
			}
			s.Close()
		})
	}
}

func TestOpenOtherBackend(t *testing.T) {
	for _, c := range []struct{ made, asked string }{{"bolt", "leveldb"}, {"leveldb", "bolt"}} {
		t.Run(c.asked+"On"+c.made, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "kg.db")
			s, err := graph.Open(t.Context(), c.made, dir, graph.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Load(t.Context(), sampleDoc("a.txt", "text one")); err != nil {
				t.Fatal(err)
			}
			want := count(t, s)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			for _, mustExist := range []bool{true, false} {
				_, err := graph.Open(t.Context(), c.asked, dir, graph.Options{MustExist: mustExist})
				if !errors.Is(err, graph.ErrOtherBackend) || !strings.Contains(err.Error(), "holds a "+c.made+" store; use --backend "+c.made) {
					t.Errorf("Open(%s, MustExist %v) of a %s store = %v, want ErrOtherBackend naming %s", c.asked, mustExist, c.made, err, c.made)
				}
			}
			s, err = graph.Open(t.Context(), c.made, dir, graph.Options{MustExist: true})
			if err != nil {
				t.Fatalf("reopen the %s store: %v", c.made, err)
			}
			defer s.Close()
			if got := count(t, s); got != want {
				t.Errorf("after the refused opens the %s store holds %d quads, want %d", c.made, got, want)
			}
		})
	}
}

func TestOpenPostgresBadAddress(t *testing.T) {
	_, err := graph.Open(t.Context(), "postgres", "kg.db", graph.Options{})
	if !errors.Is(err, graph.ErrBadAddress) || !strings.Contains(err.Error(), `"kg.db"`) || !strings.Contains(err.Error(), "postgres://") {
		t.Errorf(`Open(postgres, "kg.db") = %v, want ErrBadAddress naming the address and the form wanted`, err)
	}
}
