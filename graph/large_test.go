package graph_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// cutContext is a context whose Err reports it cancelled from its nth
// call on: a load given it stops at a point that depends on n, as a
// process killed between two transactions does.
type cutContext struct {
	context.Context
	n *int
}

func (c cutContext) Err() error {
	if *c.n--; *c.n < 0 {
		return context.Canceled
	}
	return c.Context.Err()
}

// TestLoadLargeInterrupted stops the load of a document written in
// several transactions at every point, then loads a newer version of the
// file, which must leave the store exactly as if the interrupted load had
// never happened. Under -short it tries one transaction size on memstore
// and bolt only.
func TestLoadLargeInterrupted(t *testing.T) {
	v1 := sampleDoc("a.txt", "text one")
	v2 := sampleDoc("a.txt", "text two")
	v2.Entities = append(v2.Entities, schema.Entity{Name: "Pyongyang", Type: schema.GPE, Mentions: []int{1}})
	v3 := sampleDoc("a.txt", "text three")
	v3.Facts = v3.Facts[:1]
	want := make(model)
	want.load(v1, v3)
	bs, maxes := backends(), []int{5, 7, 10, 11}
	if testing.Short() {
		bs, maxes = bs[:2], maxes[:1]
	}
	for _, b := range bs {
		for _, max := range maxes {
			t.Run(fmt.Sprintf("%s/max=%d", b.name, max), func(t *testing.T) {
				for cut := 0; ; cut++ {
					s := openBackend(t, b.name, graph.Options{MaxTxQuads: max})
					if _, err := s.Load(t.Context(), v1); err != nil {
						t.Fatal(err)
					}
					n := cut
					_, err := s.Load(cutContext{t.Context(), &n}, v2)
					if _, err := s.Load(t.Context(), v3); err != nil {
						t.Fatal(err)
					}
					stored, serr := graph.StoredQuads(t.Context(), s)
					if serr != nil {
						t.Fatal(serr)
					}
					got := make(map[string]bool)
					for _, q := range stored {
						got[q.String()] = true
					}
					if diff := cmp.Diff(want.quads(), sortedKeys(got)); diff != "" {
						t.Fatalf("load of v2 stopped at %d (%v), then v3 loaded: quads mismatch (-want +got):\n%s", cut, err, diff)
					}
					checkNodes(t, s, fmt.Sprintf("load stopped at %d", cut))
					if err == nil {
						t.Logf("%d points", cut)
						break // the load was not stopped: every point is tried
					}
				}
			})
		}
	}
}
