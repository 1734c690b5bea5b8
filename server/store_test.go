package server_test

import (
	"path/filepath"
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
	return storeOf(t, sharedtest.Path(t, "corpus/seed-article.txt"))
}

// crowdedStore returns a memstore holding the shipped examples and the
// seed article: enough actors for crowded neighbourhoods.
func crowdedStore(t testing.TB) *graph.Store {
	t.Helper()
	return storeOf(t, append(examples(t), sharedtest.Path(t, "corpus/seed-article.txt"))...)
}

// examples returns the paths of the shipped sample articles.
func examples(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(sharedtest.Root(t), "examples", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples/*.txt (%v)", err)
	}
	return paths
}

// storeOf returns a memstore holding the files at paths, as kg build
// would store them.
func storeOf(t testing.TB, paths ...string) *graph.Store {
	t.Helper()
	p, err := ingest.NewPipeline(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(t.Context(), "memstore", "", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, path := range paths {
		// Read as kg build reads it: a web page gives its article, a feed
		// a document per item.
		ins, err := ingest.Read(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range ins {
			if in.Source == path {
				in.Source = filepath.Base(path)
			}
			doc, err := p.DocumentOf(t.Context(), in)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Load(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
		}
	}
	return s
}

// browserStore returns the graph the browser test explores: the seed
// article's.
func browserStore(t *testing.T) *graph.Store {
	return seedStore(t)
}
