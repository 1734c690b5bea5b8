package server_test

import (
	"os"
	"testing"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/internal/sharedtest"
)

// seedStore returns a memstore holding the graph kg builds from the shared
// seed article, as kg build would store it.
func seedStore(t testing.TB) *graph.Store {
	t.Helper()
	path := sharedtest.Path(t, "corpus/seed-article.txt")
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ingest.NewPipeline(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(t.Context(), "memstore", "", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	doc, err := p.Document(t.Context(), "seed-article.txt", string(text))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	return s
}

// browserStore returns the graph the browser test explores: the seed
// article's.
func browserStore(t *testing.T) *graph.Store {
	return seedStore(t)
}
