package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
	"github.com/kg-project/kg/server"
)

// *graph.Store is the graph the server runs on.
var _ server.Graph = (*graph.Store)(nil)

var (
	kimNode   = graph.Node{ID: "<kg:e/Kim_Jong_Bok>", Name: "Kim Jong Bok", Type: schema.Person}
	troops    = graph.Node{ID: "<kg:e/North_Korean_troops>", Name: "North Korean troops", Type: schema.Group}
	kurskNode = graph.Node{ID: "<kg:e/Kursk>", Name: "Kursk", Type: schema.GPE}
)

func TestExplore(t *testing.T) {
	// calls records the arguments each fake saw.
	var calls []string
	record := func(s string) { calls = append(calls, s) }
	g := &fakeGraph{
		suggest: func(ctx context.Context, prefix string, limit int) ([]graph.Node, error) {
			record("suggest " + prefix + " " + itoa(limit))
			return []graph.Node{kimNode}, nil
		},
		neighbors: func(ctx context.Context, name string, opts graph.NeighborOptions) (graph.Neighborhood, error) {
			record("neighbors " + name + " " + itoa(opts.Depth) + " " + string(opts.Type) + " " + itoa(opts.Limit))
			if opts.Background {
				record("background")
			}
			switch name {
			case "Kim":
				return graph.Neighborhood{Center: kimNode}, nil
			case "slow":
				<-ctx.Done()
				return graph.Neighborhood{}, ctx.Err()
			case "broken":
				return graph.Neighborhood{}, errors.New("disk on fire")
			}
			return graph.Neighborhood{}, &graph.NotFoundError{Name: name, Suggestions: []string{"Kim Jong Bok"}}
		},
		paths: func(ctx context.Context, a, b string, maxHops, k int) ([]graph.Path, error) {
			record("paths " + a + " " + b + " " + itoa(maxHops) + " " + itoa(k))
			s := graph.Sentence{ID: "<kg:doc/1#s0>", Text: "Kim oversees the troops.", Document: "1", Source: "a.txt"}
			f := graph.Fact{Subject: kimNode, Relation: "oversee", Object: troops, Sentence: s}
			return []graph.Path{{
				{From: kimNode, Relation: "oversee", To: troops, Forward: true, Facts: []graph.Fact{f, f}},
				{From: troops, Relation: "deploy_to", To: kurskNode, Forward: true},
			}}, nil
		},
		sources: func(ctx context.Context, a, b string) ([]graph.Source, error) {
			record("sources " + a + " " + b)
			s := graph.Source{Sentence: graph.Sentence{Text: "Kim oversees the troops."}}
			return []graph.Source{s, s, s}, nil
		},
	}
	h := newServer(g, server.Options{MaxResults: 2, Timeout: 20 * time.Millisecond})
	cases := []struct {
		name, why string
		path      string
		status    int
		calls     []string
		want      map[string]any // members of the JSON body to compare; nil: none
	}{
		{"search", "the search box gets suggestions for its prefix",
			"/api/search?q=kim", 200, []string{"suggest kim 10"},
			map[string]any{"results": []any{map[string]any{"id": "<kg:e/Kim_Jong_Bok>", "name": "Kim Jong Bok", "type": "Person"}}}},
		{"search limit", "at most 50 suggestions",
			"/api/search?q=kim&limit=1000", 200, []string{"suggest kim 50"}, nil},
		{"search empty", "an empty box asks nothing and gets []",
			"/api/search?q=+", 200, nil, map[string]any{"results": []any{}}},
		{"neighbors", "depth, type and limit reach the store; empty lists are []",
			"/api/neighbors?name=Kim&depth=2&type=person", 200, []string{"neighbors Kim 2 Person 2"},
			map[string]any{"nodes": []any{}, "edges": []any{}, "truncated": false}},
		{"neighbors clamp", "depth is at most 4, limit at most max_results",
			"/api/neighbors?name=Kim&depth=99&limit=5000", 200, []string{"neighbors Kim 4  2"}, nil},
		{"neighbors background", "background=1 asks for background facts too",
			"/api/neighbors?name=Kim&background=1", 200, []string{"neighbors Kim 1  2", "background"}, nil},
		{"neighbors no name", "name is required",
			"/api/neighbors", 400, nil, nil},
		{"neighbors bad type", "an unknown type is the client's error",
			"/api/neighbors?name=Kim&type=robot", 400, nil, nil},
		{"neighbors bad depth", "depth is a number",
			"/api/neighbors?name=Kim&depth=two", 400, nil, nil},
		{"not found", "an unknown actor is 404 with close names",
			"/api/neighbors?name=Kimm", 404, []string{"neighbors Kimm 1  2"},
			map[string]any{"suggestions": []any{"Kim Jong Bok"}}},
		{"timeout", "a store call past the timeout is 504",
			"/api/neighbors?name=slow", 504, []string{"neighbors slow 1  2"}, nil},
		{"internal", "a store failure is 500",
			"/api/neighbors?name=broken", 500, []string{"neighbors broken 1  2"}, nil},
		{"path", "each step carries its distinct source sentences",
			"/api/path?from=Kim&to=Kursk&k=3&max_hops=5", 200, []string{"paths Kim Kursk 5 3"}, map[string]any{
				"paths": []any{[]any{
					map[string]any{"from": "Kim Jong Bok", "relation": "oversee", "to": "North Korean troops", "sentences": []any{"Kim oversees the troops."}, "facts": float64(2)},
					map[string]any{"from": "North Korean troops", "relation": "deploy_to", "to": "Kursk", "sentences": []any{}, "facts": float64(0)},
				}},
			}},
		{"path defaults", "one path of at most 4 hops by default",
			"/api/path?from=Kim&to=Kursk", 200, []string{"paths Kim Kursk 4 1"}, nil},
		{"path no to", "both ends are required",
			"/api/path?from=Kim", 400, nil, nil},
		{"sources", "sources are cut at max_results and say so",
			"/api/sources?a=Kim&b=Kursk", 200, []string{"sources Kim Kursk"}, map[string]any{"truncated": true, "count": float64(2)}},
		{"sources one", "b is optional",
			"/api/sources?a=Kim", 200, []string{"sources Kim "}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			calls = nil
			r := do(t, h, "GET", c.path, "", nil)
			if r.status != c.status {
				t.Fatalf("GET %s: status %d, want %d (%s): %s", c.path, r.status, c.status, c.why, r.body)
			}
			if diff := cmp.Diff(c.calls, calls); diff != "" {
				t.Errorf("store calls mismatch (-want +got):\n%s", diff)
			}
			m := r.decode(t)
			if c.status != http.StatusOK && m["error"] == nil {
				t.Errorf("error body %s has no error", r.body)
			}
			got := map[string]any{}
			for k := range c.want {
				got[k] = m[k]
			}
			if ps, ok := got["paths"].([]any); ok {
				got["paths"] = summarizePaths(ps)
			}
			if _, ok := c.want["count"]; ok {
				got["count"] = float64(len(m["sources"].([]any)))
			}
			if diff := cmp.Diff(c.want, got); c.want != nil && diff != "" {
				t.Errorf("body mismatch (-want +got) (%s):\n%s", c.why, diff)
			}
		})
	}
}

// summarizePaths keeps, of each step, the names at both ends, the relation,
// the sentences and the number of facts.
func summarizePaths(ps []any) []any {
	out := []any{}
	for _, p := range ps {
		steps := []any{}
		for _, s := range p.([]any) {
			m := s.(map[string]any)
			steps = append(steps, map[string]any{
				"from":      m["from"].(map[string]any)["name"],
				"to":        m["to"].(map[string]any)["name"],
				"relation":  m["relation"],
				"sentences": m["sentences"],
				"facts":     float64(len(m["facts"].([]any))),
			})
		}
		out = append(out, steps)
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestExploreSeed runs the explorer's questions on the seed article's graph
// through the real store.
func TestExploreSeed(t *testing.T) {
	h := newServer(seedStore(t), server.Options{})

	r := do(t, h, "GET", "/api/search?q=kim+jong+b", "", nil)
	if r.status != 200 || !strings.Contains(r.body, `"name":"Kim Jong Bok"`) {
		t.Errorf("search for kim jong b: status %d body %s, want Kim Jong Bok", r.status, r.body)
	}

	r = do(t, h, "GET", "/api/neighbors?name=kim+jong+bok", "", nil)
	nb := r.decode(t)
	if r.status != 200 || nb["center"].(map[string]any)["name"] != "Kim Jong Bok" || len(nb["edges"].([]any)) == 0 {
		t.Errorf("neighbours of kim jong bok: status %d body %.300s, want Kim Jong Bok at the centre with edges", r.status, r.body)
	}

	r = do(t, h, "GET", "/api/path?from=Kim+Jong+Bok&to=Kursk&k=2", "", nil)
	paths, _ := r.decode(t)["paths"].([]any)
	if r.status != 200 || len(paths) == 0 {
		t.Fatalf("path Kim Jong Bok → Kursk: status %d, %d paths; body %.300s", r.status, len(paths), r.body)
	}
	steps := summarizePaths(paths)[0].([]any)
	first, last := steps[0].(map[string]any), steps[len(steps)-1].(map[string]any)
	if first["from"] != "Kim Jong Bok" || last["to"] != "Kursk" {
		t.Errorf("first path runs %v → %v, want Kim Jong Bok → Kursk", first["from"], last["to"])
	}
	for _, s := range steps {
		if len(s.(map[string]any)["sentences"].([]any)) == 0 {
			t.Errorf("step %v has no source sentence", s)
		}
	}

	r = do(t, h, "GET", "/api/neighbors?name=Kim+Jong+Bock", "", nil)
	if r.status != 404 || !strings.Contains(r.body, "Kim Jong Bok") {
		t.Errorf("neighbours of a misspelt name: status %d body %s, want 404 suggesting Kim Jong Bok", r.status, r.body)
	}
}

// TestUserErrorsAre4xx sends the mistakes a user can make to a real store
// and checks that each gets a 4xx that says what is wrong.
func TestUserErrorsAre4xx(t *testing.T) {
	s := sampleStore(t)
	kims := schema.Document{
		ID: schema.DocumentID("kims"), Source: "kims.txt", Title: "Kims",
		Sentences: []schema.Sentence{{Text: "Kim spoke."}},
		Entities:  []schema.Entity{{Name: "Kim Jong Un", Type: schema.Person, Aliases: []string{"Kim"}, Mentions: []int{0}}},
	}
	if _, err := s.Load(t.Context(), kims); err != nil {
		t.Fatal(err)
	}
	h := newServer(s, server.Options{})
	cases := []struct {
		target, wantErr string
		why             string
	}{
		{"/api/path?from=Kursk&to=kursk", "the same entity", "a path from an actor to itself"},
		{"/api/path?from=Kursk&to=Ukraine&k=0", "k must be at least 1", "k=0 asks for no path"},
		{"/api/path?from=Kursk&to=Ukraine&max_hops=0", "max_hops must be at least 1", "max_hops=0 allows no path"},
		{"/api/neighbors?name=Kursk&depth=0", "depth must be at least 1", "depth 0 is not silently depth 1"},
		{"/api/export?format=graphml&actor=Kursk&depth=0", "depth must be at least 1", "nor in an export"},
		{"/api/neighbors?name=Kim", `\"Kim\" names 2 actors`, "an alias of two people lists them"},
		{"/api/path?from=Kim&to=Kursk", `\"Kim\" names 2 actors`, "in a path too"},
	}
	for _, c := range cases {
		t.Run(c.target, func(t *testing.T) {
			res := do(t, h, "GET", c.target, "", nil)
			if res.status < 400 || res.status >= 500 || !strings.Contains(res.body, c.wantErr) {
				t.Errorf("GET %s = %d %s, want a 4xx saying %q (%s)", c.target, res.status, res.body, c.wantErr, c.why)
			}
		})
	}
	res := do(t, h, "GET", "/api/neighbors?name=Kim", "", nil)
	var body struct{ Candidates []graph.Node }
	if err := json.Unmarshal([]byte(res.body), &body); err != nil {
		t.Fatal(err)
	}
	want := []graph.Node{{ID: "<kg:e/Kim_Jong_Bok>", Name: "Kim Jong Bok", Type: schema.Person}, {ID: "<kg:e/Kim_Jong_Un>", Name: "Kim Jong Un", Type: schema.Person}}
	if diff := cmp.Diff(want, body.Candidates, cmpopts.SortSlices(func(a, b graph.Node) bool { return a.ID < b.ID })); diff != "" {
		t.Errorf("candidates of an ambiguous name mismatch (-want +got):\n%s", diff)
	}
}
