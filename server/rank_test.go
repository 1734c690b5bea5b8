package server_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/server"
)

func TestActors(t *testing.T) {
	var got []string
	g := &fakeGraph{actors: func(ctx context.Context, opts graph.ActorOptions) ([]graph.Actor, error) {
		got = append(got, fmt.Sprintf("by=%s type=%s top=%d", opts.By, opts.Type, opts.Top))
		return nil, nil
	}}
	h := newServer(g, server.Options{MaxResults: 50})
	cases := []struct {
		name, why string
		path      string
		status    int
		calls     []string
	}{
		{"default", "100 actors by mentions, capped by max_results", "/api/actors", 200, []string{"by= type= top=50"}},
		{"degree", "by and type reach the store", "/api/actors?by=degree&type=gpe&limit=5", 200, []string{"by=degree type=GPE top=5"}},
		{"pagerank", "pagerank is a ranking", "/api/actors?by=pagerank", 200, []string{"by=pagerank type= top=50"}},
		{"bad by", "an unknown ranking is refused", "/api/actors?by=fame", 400, nil},
		{"bad type", "an unknown type is refused", "/api/actors?type=robot", 400, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got = nil
			r := do(t, h, "GET", c.path, "", nil)
			if r.status != c.status {
				t.Fatalf("GET %s: status %d, want %d (%s): %s", c.path, r.status, c.status, c.why, r.body)
			}
			if diff := cmp.Diff(c.calls, got); diff != "" {
				t.Errorf("calls mismatch (-want +got):\n%s", diff)
			}
			if c.status == 200 {
				if diff := cmp.Diff(map[string]any{"actors": []any{}}, r.decode(t)); diff != "" {
					t.Errorf("body mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestRankReal asks the real store for actors and stats.
func TestRankReal(t *testing.T) {
	h := newServer(sampleStore(t), server.Options{})
	r := do(t, h, "GET", "/api/actors?by=degree&limit=1", "", nil)
	actors, _ := r.decode(t)["actors"].([]any)
	if r.status != 200 || len(actors) != 1 {
		t.Fatalf("GET /api/actors: status %d, %d actors, want 200 and 1: %s", r.status, len(actors), r.body)
	}
	// North Korean troops and Kursk each touch two relation edges.
	if name := actors[0].(map[string]any)["name"]; name != "North Korean troops" && name != "Kursk" {
		t.Errorf("top actor by degree = %v, want North Korean troops or Kursk", name)
	}
	r = do(t, h, "GET", "/api/stats", "", nil)
	m := r.decode(t)
	if r.status != 200 || m["documents"] != float64(1) || m["sentences"] != float64(3) || m["facts"] != float64(3) {
		t.Errorf("GET /api/stats: status %d, body %s; want 1 document, 3 sentences, 3 facts", r.status, r.body)
	}
}
