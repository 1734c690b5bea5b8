package server_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/server"
)

func TestGizmo(t *testing.T) {
	h := newServer(sampleStore(t), server.Options{MaxResults: 3})
	kim := `g.V("Kim Jong Bok").in("<kg:name>").out("<kg:r/oversee>").out("<kg:name>").all()`
	cases := []struct {
		name, why    string
		method, path string
		body         string
		status       int
		want         any // the "result" member, when status is 200
		truncated    bool
	}{
		{"v1", "Cayley's v1 endpoint takes the script as the body",
			"POST", "/api/v1/query/gizmo", kim, 200, []any{map[string]any{"id": "North Korean troops"}}, false},
		{"v1 count", "the value of the last expression is a result too",
			"POST", "/api/v1/query/gizmo", `g.V("<kg:e/Kursk>").in("<kg:r/attack>").count()`, 200, []any{float64(1)}, false},
		{"v1 limit", "?limit caps the results and says so",
			"POST", "/api/v1/query/gizmo?limit=2", `g.V().all()`, 200, nil, true},
		{"max results", "serve.max_results caps a query that asks for more",
			"POST", "/api/v1/query/gizmo?limit=1000", `g.V().all()`, 200, nil, true},
		{"v2 post", "v2 takes the script as the body of a POST",
			"POST", "/api/v2/query?lang=gizmo", kim, 200, []any{map[string]any{"id": "North Korean troops"}}, false},
		{"v2 get", "v2 takes the script as qu in a GET",
			"GET", "/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(kim), "", 200, []any{map[string]any{"id": "North Korean troops"}}, false},
		{"no results", "an empty result is [], not null",
			"POST", "/api/v1/query/gizmo", `g.V("nobody").all()`, 200, []any{}, false},
		{"syntax error", "a script the engine rejects is the client's error",
			"POST", "/api/v1/query/gizmo", `g.V(.all(`, 400, nil, false},
		{"runtime error", "an exception in the script is the client's error",
			"POST", "/api/v1/query/gizmo", `throw new Error("boom")`, 400, nil, false},
		{"empty", "an empty body is not a query",
			"POST", "/api/v1/query/gizmo", "", 400, nil, false},
		{"v2 no lang", "v2 needs lang",
			"POST", "/api/v2/query", kim, 400, nil, false},
		{"v2 mql", "kg serves only gizmo",
			"POST", "/api/v2/query?lang=mql", kim, 400, nil, false},
		{"bad limit", "limit must be a number",
			"POST", "/api/v1/query/gizmo?limit=x", kim, 400, nil, false},
		{"v1 get", "v1 queries are POSTs; GET gets 405 and Allow",
			"GET", "/api/v1/query/gizmo", "", 405, nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := do(t, h, c.method, c.path, c.body, nil)
			if r.status != c.status {
				t.Fatalf("%s %s: status %d, want %d (%s); body %s", c.method, c.path, r.status, c.status, c.why, r.body)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type = %q, want JSON", ct)
			}
			m := r.decode(t)
			if c.status != 200 {
				if msg, _ := m["error"].(string); msg == "" {
					t.Errorf("error body %s has no \"error\" message", r.body)
				}
				return
			}
			if c.truncated {
				res, _ := m["result"].([]any)
				if m["truncated"] != true || len(res) == 0 || len(res) > 3 {
					t.Errorf("body %s: want 1 to 3 results and truncated (%s)", r.body, c.why)
				}
				return
			}
			if diff := cmp.Diff(c.want, m["result"]); diff != "" {
				t.Errorf("result mismatch (-want +got) (%s):\n%s", c.why, diff)
			}
			if _, ok := m["truncated"]; ok {
				t.Errorf("body %s says truncated, but the results were all there", r.body)
			}
		})
	}
}

// blockingGraph is a querier whose queries wait until release is closed,
// telling started when each begins.
type blockingGraph struct {
	*graph.Store
	started chan string
	release chan struct{}
}

func (b *blockingGraph) Query(ctx context.Context, text string, limit int, fn func(any) error) error {
	if strings.Contains(text, "block") {
		b.started <- text
		select {
		case <-b.release:
		case <-ctx.Done():
			return graph.ErrTimeout
		}
	}
	return b.Store.Query(ctx, text, limit, fn)
}

func TestTimeoutKeepsServing(t *testing.T) {
	store := sampleStore(t)
	started := make(chan string, 1)
	g := &blockingGraph{Store: store, started: started, release: make(chan struct{})}
	srv := httptest.NewServer(newServer(g, server.Options{Timeout: 2 * time.Second}))
	defer srv.Close()

	// The endless query reaches the real engine (it does not contain
	// "block"); a blocking one tells us when a query is surely in flight.
	type result struct {
		status int
		body   string
	}
	post := func(q string) result {
		resp, err := http.Post(srv.URL+"/api/v1/query/gizmo", "application/json", strings.NewReader(q))
		if err != nil {
			return result{status: -1, body: err.Error()}
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			return result{status: -1, body: err.Error()}
		}
		return result{resp.StatusCode, string(b)}
	}
	endless := make(chan result, 1)
	go func() { endless <- post(`while (true) {}`) }()
	blocked := make(chan result, 1)
	go func() {
		blocked <- post(`// block
g.V().count()`)
	}()
	<-started
	// While the endless loop spins and another query is held, a third one
	// is answered.
	r := post(`g.V("<kg:e/Kursk>").count()`)
	if r.status != 200 || !strings.Contains(r.body, `"result":[1]`) {
		t.Errorf("a query beside an endless one: status %d body %s, want 200 with [1]", r.status, r.body)
	}
	select {
	case e := <-endless:
		t.Fatalf("the endless query ended (status %d, %s) before the others were answered", e.status, e.body)
	default:
	}
	close(g.release)
	if b := <-blocked; b.status != 200 {
		t.Errorf("released query: status %d body %s, want 200", b.status, b.body)
	}
	e := <-endless
	if e.status != http.StatusGatewayTimeout || !strings.Contains(e.body, "timed out") {
		t.Errorf("endless query: status %d body %s, want 504 and a timeout message", e.status, e.body)
	}
}

func TestBusy(t *testing.T) {
	started := make(chan string, 1)
	g := &blockingGraph{Store: sampleStore(t), started: started, release: make(chan struct{})}
	h := newServer(g, server.Options{MaxConcurrent: 1})
	done := make(chan response, 1)
	go func() { done <- do(t, h, "POST", "/api/v1/query/gizmo", "// block\ng.V().count()", nil) }()
	<-started
	r := do(t, h, "POST", "/api/v1/query/gizmo", "g.V().count()", nil)
	if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") == "" {
		t.Errorf("second query while the only slot is taken: status %d, Retry-After %q; want 503 with Retry-After",
			r.status, r.header.Get("Retry-After"))
	}
	close(g.release)
	if r := <-done; r.status != 200 {
		t.Errorf("first query: status %d, want 200: %s", r.status, r.body)
	}
	if r := do(t, h, "POST", "/api/v1/query/gizmo", "g.V().count()", nil); r.status != 200 {
		t.Errorf("query after the slot was freed: status %d, want 200: %s", r.status, r.body)
	}
}

func TestBodyLimit(t *testing.T) {
	h := newServer(sampleStore(t), server.Options{MaxBodyBytes: 64})
	q := "g.V().count() // " + strings.Repeat("x", 100)
	r := do(t, h, "POST", "/api/v1/query/gizmo", q, nil)
	if r.status != http.StatusRequestEntityTooLarge {
		t.Fatalf("%d-byte query with a 64-byte limit: status %d, want 413: %s", len(q), r.status, r.body)
	}
	if msg, _ := r.decode(t)["error"].(string); msg == "" {
		t.Errorf("413 body %s has no error message", r.body)
	}
}

func TestTimeoutIsGatewayTimeout(t *testing.T) {
	h := newServer(sampleStore(t), server.Options{Timeout: 50 * time.Millisecond})
	r := do(t, h, "POST", "/api/v2/query?lang=gizmo", "while (true) {}", nil)
	if r.status != http.StatusGatewayTimeout {
		t.Fatalf("endless query: status %d, want 504: %s", r.status, r.body)
	}
	if !strings.Contains(r.body, graph.ErrTimeout.Error()) {
		t.Errorf("body %s does not say %q", r.body, graph.ErrTimeout)
	}
}

func TestResultBytes(t *testing.T) {
	h := newServer(sampleStore(t), server.Options{MaxResultBytes: 1000})
	cases := []struct {
		name, why string
		query     string
		results   int
		truncated bool
	}{
		{"small", "results under the byte cap are all returned", `g.emit("x".repeat(100)); g.emit("y")`, 2, false},
		{"huge", "a result over the cap is cut, not sent", `g.emit("x".repeat(1000000))`, 0, true},
		{"many", "100-byte results fill a 1000-byte cap after 10", `for (var i = 0; i < 100; i++) g.emit("x".repeat(98))`, 10, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := do(t, h, "POST", "/api/v1/query/gizmo", c.query, nil)
			if r.status != 200 {
				t.Fatalf("status %d, want 200: %.200s", r.status, r.body)
			}
			m := r.decode(t)
			res, _ := m["result"].([]any)
			if len(res) != c.results || (m["truncated"] == true) != c.truncated {
				t.Errorf("%d results, truncated %v; want %d, %v (%s)", len(res), m["truncated"], c.results, c.truncated, c.why)
			}
		})
	}
}
