package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/schema"
)

var _ ingest.Store = (*graph.Store)(nil)

// fakeStore is an [ingest.Store] whose methods are its function fields.
type fakeStore struct {
	hasDocument func(ctx context.Context, id string) (bool, error)
	load        func(ctx context.Context, docs ...schema.Document) ([]graph.LoadResult, error)
}

func (f *fakeStore) HasDocument(ctx context.Context, id string) (bool, error) {
	return f.hasDocument(ctx, id)
}

func (f *fakeStore) Load(ctx context.Context, docs ...schema.Document) ([]graph.LoadResult, error) {
	return f.load(ctx, docs...)
}

// TestBuildStore runs Build against a fake store, to check what Build
// counts from the store's answers and that it stops on the store's error.
func TestBuildStore(t *testing.T) {
	dir := t.TempDir()
	texts := []string{
		"Finland joined NATO in April 2023.",
		"Russia criticised Finland.",
		"Sweden joined NATO in March 2024.",
	}
	for i, text := range texts {
		write(t, dir, fmt.Sprintf("%d.txt", i), []byte(text+"\n"))
	}
	stored := schema.DocumentID(texts[0] + "\n")
	errDisk := errors.New("disk full")
	cases := []struct {
		name     string
		has      func(id string) (bool, error)
		load     func(docs []schema.Document) ([]graph.LoadResult, error)
		loads    int // documents passed to Load
		docs     int // Summary.Documents
		skipped  int // Summary.Skipped
		replaced int // Summary.Replaced
		err      error
		why      string
	}{
		{"AllNew", func(string) (bool, error) { return false, nil }, loadAll(nil), 3, 3, 0, 0, nil,
			"every new document is loaded and counted"},
		{"AlreadyStored", func(id string) (bool, error) { return id == stored, nil }, loadAll(nil), 2, 2, 1, 0, nil,
			"a stored document is skipped before analysis and never loaded"},
		{"HasFails", func(string) (bool, error) { return false, errDisk }, loadAll(nil), 3, 3, 0, 0, nil,
			"a failed look-up only costs an analysis; Load decides"},
		{"SkippedByLoad", func(string) (bool, error) { return false, nil },
			loadAll(func(r *graph.LoadResult) { r.Skipped = true }), 3, 0, 3, 0, nil,
			"documents Load reports as already stored count as skipped"},
		{"Replaced", func(string) (bool, error) { return false, nil },
			loadAll(func(r *graph.LoadResult) { r.Replaced = []string{"old"} }), 3, 3, 0, 3, nil,
			"older versions Load removed are counted"},
		{"LoadFails", func(string) (bool, error) { return false, nil },
			func([]schema.Document) ([]graph.LoadResult, error) { return nil, errDisk }, 3, 0, 0, 0, errDisk,
			"the store's error ends the build and nothing is counted as stored"},
		{"LoadFailsPartway", func(string) (bool, error) { return false, nil },
			func(docs []schema.Document) ([]graph.LoadResult, error) {
				res, _ := loadAll(nil)(docs[:1])
				return res, errDisk
			}, 3, 1, 0, 0, errDisk,
			"the documents Load committed before its error are stored and counted"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			loads := 0
			store := &fakeStore{
				hasDocument: func(_ context.Context, id string) (bool, error) { return c.has(id) },
				load: func(_ context.Context, docs ...schema.Document) ([]graph.LoadResult, error) {
					loads += len(docs)
					return c.load(docs)
				},
			}
			sum, err := ingest.Build(t.Context(), store, pipeline(t), []string{dir}, ingest.Options{Workers: 1})
			if !errors.Is(err, c.err) || (err != nil && !strings.HasPrefix(err.Error(), "store: ")) {
				t.Fatalf("Build = %v, want %v (%s)", err, c.err, c.why)
			}
			if loads != c.loads || sum.Documents != c.docs || sum.Skipped != c.skipped || sum.Replaced != c.replaced {
				t.Errorf("Build loaded %d, summary %d stored, %d skipped, %d replaced; want %d, %d, %d, %d (%s)",
					loads, sum.Documents, sum.Skipped, sum.Replaced, c.loads, c.docs, c.skipped, c.replaced, c.why)
			}
		})
	}
}

// loadAll returns a Load that accepts every document, with edit applied
// to each result when it is not nil.
func loadAll(edit func(*graph.LoadResult)) func([]schema.Document) ([]graph.LoadResult, error) {
	return func(docs []schema.Document) ([]graph.LoadResult, error) {
		res := make([]graph.LoadResult, len(docs))
		for i, d := range docs {
			res[i] = graph.LoadResult{ID: d.ID, Quads: 1}
			if edit != nil {
				edit(&res[i])
			}
		}
		return res, nil
	}
}

// TestBuildOrder checks that Build hands documents to the store in the
// order Walk finds their files, whichever is analysed first: the store
// may join a document's entities to those stored before (graph's
// Options.Join), so another order can give another graph. The first
// file's analysis waits here until every other file's has begun.
func TestBuildOrder(t *testing.T) {
	dir := t.TempDir()
	const n = 5
	var ids []string
	for i := range n {
		text := fmt.Sprintf("Report %d said Finland joined NATO.\n", i)
		write(t, dir, fmt.Sprintf("%d.txt", i), []byte(text))
		ids = append(ids, schema.DocumentID(text))
	}
	others := make(chan string, n)
	var loaded []string
	store := &fakeStore{
		hasDocument: func(ctx context.Context, id string) (bool, error) {
			if id != ids[0] {
				others <- id
				return false, nil
			}
			for range n - 1 {
				select {
				case <-others:
				case <-ctx.Done():
					return false, ctx.Err()
				}
			}
			return false, nil
		},
		load: func(_ context.Context, docs ...schema.Document) ([]graph.LoadResult, error) {
			for _, d := range docs {
				loaded = append(loaded, d.ID)
			}
			return loadAll(nil)(docs)
		},
	}
	if _, err := ingest.Build(t.Context(), store, pipeline(t), []string{dir}, ingest.Options{Workers: 2, BatchDocs: 1}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ids, loaded); diff != "" {
		t.Errorf("documents loaded out of the files' order (-want +got):\n%s", diff)
	}
}
