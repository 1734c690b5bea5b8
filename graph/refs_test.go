package graph_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// checkNodes fails t if s lists a node that is in no quad, or holds a
// quad that lacks a value.
func checkNodes(t *testing.T, s *graph.Store, when string) {
	t.Helper()
	problems, err := graph.NodeProblems(t.Context(), s)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Errorf("%s: %d problems:\n%v", when, len(problems), problems)
	}
}

// randomDoc returns a document from source with a few of a small set of
// entities, so that documents share entities (and so their unlabelled
// names and types) and facts.
func randomDoc(rng *rand.Rand, source string) schema.Document {
	names := []string{"Kim Jong Bok", "Kursk", "North Korean troops", "Moscow", "Olaf Scholz", "NATO"}
	types := []schema.EntityType{schema.Person, schema.GPE, schema.Group, schema.GPE, schema.Person, schema.Organization}
	text := fmt.Sprintf("%s %d", source, rng.Uint64())
	doc := schema.Document{ID: schema.DocumentID(text), Source: source, Title: text}
	nsent := 1 + rng.IntN(3)
	for i := range nsent {
		doc.Sentences = append(doc.Sentences, schema.Sentence{Text: fmt.Sprintf("Sentence %d of %s.", i, text)})
	}
	var picked []string
	for _, i := range rng.Perm(len(names))[:1+rng.IntN(4)] {
		e := schema.Entity{Name: names[i], Type: types[i], Mentions: []int{rng.IntN(nsent)}}
		if rng.IntN(2) == 0 {
			e.Aliases = []string{names[i][:3]}
		}
		doc.Entities = append(doc.Entities, e)
		picked = append(picked, names[i])
	}
	for i := 0; i+1 < len(picked); i++ {
		lemma := []string{"meet", "oversee", "locate_in"}[rng.IntN(3)]
		doc.Facts = append(doc.Facts, schema.Fact{
			Extraction: schema.Extraction{Relation: lemma, Lemma: lemma, Confidence: 0.5},
			Sentence:   rng.IntN(nsent), SubjectEntity: picked[i], ObjectEntity: picked[i+1]})
	}
	return doc
}

// model is what a store must hold after a sequence of loads and removals:
// the quads of the stored documents.
type model map[string]schema.Document // by ID

func (m model) load(docs ...schema.Document) {
	for _, d := range docs {
		if _, ok := m[d.ID]; ok {
			continue
		}
		for id, old := range m {
			if old.Source == d.Source {
				delete(m, id)
			}
		}
		m[d.ID] = d
	}
}

func (m model) quads() []string {
	set := make(map[string]bool)
	for _, d := range m {
		for _, q := range schema.Quads(d) {
			set[q.String()] = true
		}
	}
	return sortedKeys(set)
}

func sortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// wrongRefs returns the nodes of the postgres store at addr whose reference
// count is not the number of quad directions that name them.
func wrongRefs(ctx context.Context, addr string) ([]string, error) {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT coalesce(value_string, encode(hash, 'hex')), refs,
		(SELECT count(*) FROM quads WHERE subject_hash = n.hash) + (SELECT count(*) FROM quads WHERE predicate_hash = n.hash) +
		(SELECT count(*) FROM quads WHERE object_hash = n.hash) + (SELECT count(*) FROM quads WHERE label_hash = n.hash) AS uses
		FROM nodes n`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var (
			name       string
			refs, uses int
		)
		if err := rows.Scan(&name, &refs, &uses); err != nil {
			return nil, err
		}
		if refs != uses {
			out = append(out, fmt.Sprintf("%s: refs %d, in %d quad directions", name, refs, uses))
		}
	}
	return out, rows.Err()
}

// TestNodeRefs checks, on every backend, that after a random sequence of
// loads, replacements and removals the store holds exactly the quads of
// the documents it should, and no node that is in no quad.
func TestNodeRefs(t *testing.T) {
	steps := 40
	if testing.Short() {
		steps = 10
	}
	for _, name := range []string{"memstore", "bolt", "leveldb", "postgres"} {
		t.Run(name, func(t *testing.T) {
			var addr string
			switch name {
			case "bolt", "leveldb":
				addr = filepath.Join(t.TempDir(), "kg.db")
			case "postgres":
				addr = postgresSchema(t)
			}
			// Small transactions, so that some documents take several.
			s, err := graph.Open(t.Context(), name, addr, graph.Options{MaxTxQuads: 25})
			if err != nil {
				t.Fatal(err)
			}
			defer func() { s.Close() }()
			rng := rand.New(rand.NewPCG(1, 2))
			want := make(model)
			for step := range steps {
				var op string
				switch r := rng.IntN(10); {
				case r == 9 && name != "memstore":
					// A store opened empty keeps its unlabelled quads in
					// memory; one opened with quads looks them up.
					op = "reopen"
					if err := s.Close(); err != nil {
						t.Fatalf("step %d: close: %v", step, err)
					}
					if s, err = graph.Open(t.Context(), name, addr, graph.Options{MaxTxQuads: 25}); err != nil {
						t.Fatalf("step %d: reopen: %v", step, err)
					}
				case r < 6 || len(want) == 0:
					var docs []schema.Document
					for range 1 + rng.IntN(4) {
						docs = append(docs, randomDoc(rng, fmt.Sprintf("%c.txt", 'a'+rng.IntN(5))))
					}
					op = fmt.Sprintf("load %d documents", len(docs))
					if _, err := s.Load(t.Context(), docs...); err != nil {
						t.Fatalf("step %d: %s: %v", step, op, err)
					}
					want.load(docs...)
				default:
					var ids []string
					for id := range want {
						ids = append(ids, id)
					}
					sort.Strings(ids)
					id := ids[rng.IntN(len(ids))]
					op = "remove " + id
					if ok, err := s.RemoveDocument(t.Context(), id); err != nil || !ok {
						t.Fatalf("step %d: %s = %v, %v; want true, nil", step, op, ok, err)
					}
					delete(want, id)
				}
				when := fmt.Sprintf("step %d (%s)", step, op)
				checkNodes(t, s, when)
				stored, err := graph.StoredQuads(t.Context(), s)
				if err != nil {
					t.Fatal(err)
				}
				got := make(map[string]bool)
				for _, q := range stored {
					got[q.String()] = true
				}
				if diff := cmp.Diff(want.quads(), sortedKeys(got)); diff != "" {
					t.Fatalf("%s: stored quads mismatch (-want +got):\n%s", when, diff)
				}
				if name == "postgres" {
					wrong, err := wrongRefs(t.Context(), addr)
					if err != nil {
						t.Fatal(err)
					}
					if len(wrong) > 0 {
						t.Fatalf("%s: reference counts:\n%v", when, wrong)
					}
				}
			}
		})
	}
}
