package graph_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
)

// TestCloseDuringQuery stops queries at random moments, by their context
// or by closing the store under them, on the backends that map or cache
// files: Close must wait for the query's reads, or the process faults
// (bolt unmaps its file on Close).
func TestCloseDuringQuery(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 60,000 quads per backend")
	}
	queries := []string{
		`g.V().count()`,
		`g.V().has("<p0>").out("<p1>").count()`,
		`g.V().out("<p0>").all()`,
		`g.V().forEach(function(v){})`,
	}
	for _, name := range []string{"bolt", "leveldb"} {
		t.Run(name, func(t *testing.T) {
			addr := filepath.Join(t.TempDir(), "kg."+name)
			s, err := graph.Open(t.Context(), name, addr, graph.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var qs []quad.Quad
			for i := range 60_000 {
				qs = append(qs, quad.Make(
					quad.IRI(fmt.Sprint("n", i)),
					quad.IRI(fmt.Sprint("p", i%3)),
					quad.IRI(fmt.Sprint("n", (i*7919)%60_000)),
					quad.IRI(fmt.Sprint("d", i%100))))
			}
			if err := s.WriteQuads(t.Context(), qs); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			rng := rand.New(rand.NewPCG(1, 2))
			for i := range 20 {
				s, err := graph.Open(t.Context(), name, addr, graph.Options{MustExist: true})
				if err != nil {
					t.Fatal(err)
				}
				after := time.Duration(rng.IntN(60)) * time.Millisecond
				q := queries[i%len(queries)]
				ctx, cancel := context.WithCancel(t.Context())
				byClose := i%2 == 1
				var timer *time.Timer
				if byClose {
					timer = time.AfterFunc(after, func() { s.Close() })
				} else {
					timer = time.AfterFunc(after, cancel)
				}
				err = s.Query(ctx, q, 0, func(any) error { return nil })
				switch {
				case err == nil:
				case byClose && errors.Is(err, graph.ErrClosed):
				case !byClose && errors.Is(err, graph.ErrTimeout):
				default:
					t.Errorf("Query(%q) stopped after %v = %v", q, after, err)
				}
				cancel()
				timer.Stop()
				if err := s.Close(); err != nil {
					t.Errorf("Close after Query(%q): %v", q, err)
				}
			}
		})
	}
}

// TestQueryMemoryBomb runs scripts that allocate without end: each must
// stop with ErrMemory, and the store must answer the next query. The
// tests of cmd/kg check the peak RSS of the process.
func TestQueryMemoryBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates hundreds of MB")
	}
	const budget = 64 << 20
	s, err := graph.Open(t.Context(), "memstore", "", graph.Options{MaxQueryMemory: budget})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	bombs := []string{
		`var a = []; while (true) a.push(new Array(1e6))`,
		`var s = "x"; while (true) s = s + s`,
		`var o = {}; for (var i = 0; ; i++) o["k" + i] = "v" + i`,
	}
	for _, q := range bombs {
		t.Run(q, func(t *testing.T) {
			// The deadline is far: the scripts reach the budget in a
			// second or two, but CPU-starved (CI's 2 cores at load 8)
			// the third took more than a minute.
			ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
			defer cancel()
			err := s.Query(ctx, q, 0, func(any) error { return nil })
			if !errors.Is(err, graph.ErrMemory) {
				t.Fatalf("Query(%q) = %v, want ErrMemory", q, err)
			}
			var n []any
			if err := s.Query(t.Context(), `g.V().count()`, 0, func(v any) error { n = append(n, v); return nil }); err != nil || len(n) != 1 {
				t.Errorf("the next query = %v, %v; want one count", n, err)
			}
		})
	}
}
