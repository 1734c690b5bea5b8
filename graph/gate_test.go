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
