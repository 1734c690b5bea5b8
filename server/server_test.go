package server_test

import (
	"context"
	"errors"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/server"
)

// fakeBuilder is a Builder whose Build calls fn.
type fakeBuilder struct {
	fn func(ctx context.Context, source, text string) (server.BuildResult, error)
}

func (f fakeBuilder) Build(ctx context.Context, source, text string) (server.BuildResult, error) {
	return f.fn(ctx, source, text)
}

func TestBuild(t *testing.T) {
	var built []string
	b := fakeBuilder{func(ctx context.Context, source, text string) (server.BuildResult, error) {
		if strings.Contains(text, "fail") {
			return server.BuildResult{}, errors.New("disk full")
		}
		if strings.Contains(text, "<nav>") {
			return server.BuildResult{}, &server.BadTextError{Err: errors.New("menu.html: no text")}
		}
		built = append(built, source+": "+text)
		return server.BuildResult{Document: "abc", Sentences: 1, Quads: 7}, nil
	}}
	store := sampleStore(t)
	readOnly := newServer(store, server.Options{Builder: b})
	writable := newServer(store, server.Options{Builder: b, WriteToken: "s3cret", MaxBuildBytes: 100})
	cases := []struct {
		name, why string
		h         http.Handler
		path      string
		auth      string
		body      string
		status    int
		built     []string
	}{
		{"read-only", "without a write token the server takes no writes, even with a token in the request",
			readOnly, "/api/build", "Bearer s3cret", "Kim visited Kursk.", 403, nil},
		{"no token", "a writable server needs the token",
			writable, "/api/build", "", "Kim visited Kursk.", 401, nil},
		{"wrong token", "a wrong token is refused",
			writable, "/api/build", "Bearer s3cre", "Kim visited Kursk.", 401, nil},
		{"longer token", "a token with the right prefix is refused",
			writable, "/api/build", "Bearer s3cretX", "Kim visited Kursk.", 401, nil},
		{"basic auth", "only bearer tokens count",
			writable, "/api/build", "Basic s3cret", "Kim visited Kursk.", 401, nil},
		{"ok", "the right token builds the text under the given source",
			writable, "/api/build?source=note.txt", "Bearer s3cret", "Kim visited Kursk.", 200, []string{"note.txt: Kim visited Kursk."}},
		{"too big", "the build body has its own limit",
			writable, "/api/build", "Bearer s3cret", strings.Repeat("Kim visited Kursk. ", 10), 413, nil},
		{"empty", "an empty text is refused",
			writable, "/api/build", "Bearer s3cret", "  \n", 400, nil},
		{"binary", "text with NUL bytes is refused",
			writable, "/api/build", "Bearer s3cret", "Kim\x00visited", 400, nil},
		{"invalid utf-8", "text that is not UTF-8 is refused",
			writable, "/api/build", "Bearer s3cret", "Kim \xff visited", 400, nil},
		{"builder fails", "a failing build is a server error",
			writable, "/api/build", "Bearer s3cret", "fail", 500, nil},
		{"bad text", "a text the builder cannot read, such as a page with no article, is the client's error",
			writable, "/api/build", "Bearer s3cret", "<nav>Home</nav>", 400, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			built = nil
			hdr := map[string]string{}
			if c.auth != "" {
				hdr["Authorization"] = c.auth
			}
			r := do(t, c.h, "POST", c.path, c.body, hdr)
			if r.status != c.status {
				t.Fatalf("status %d, want %d (%s): %s", r.status, c.status, c.why, r.body)
			}
			if diff := cmp.Diff(c.built, built); diff != "" {
				t.Errorf("built mismatch (-want +got):\n%s", diff)
			}
			m := r.decode(t)
			if c.status == 200 {
				if m["document"] != "abc" || m["quads"] != float64(7) {
					t.Errorf("body %s, want the build result", r.body)
				}
			} else if m["error"] == nil {
				t.Errorf("body %s has no error", r.body)
			}
			if c.status == 401 && r.header.Get("WWW-Authenticate") == "" {
				t.Errorf("401 without WWW-Authenticate")
			}
		})
	}
}

// TestBuildEncodings checks that a body in another encoding than UTF-8
// reaches the builder only when it is sent as a web page or XML, which
// declare their encoding.
func TestBuildEncodings(t *testing.T) {
	var built int
	b := fakeBuilder{func(ctx context.Context, source, text string) (server.BuildResult, error) {
		built++
		return server.BuildResult{Document: "abc"}, nil
	}}
	h := newServer(sampleStore(t), server.Options{Builder: b, WriteToken: "s3cret"})
	latin1 := "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 owners met.</p></body></html>"
	for _, c := range []struct {
		ctype  string
		status int
		why    string
	}{
		{"", 400, "text must be UTF-8"},
		{"text/plain; charset=utf-8", 400, "text must be UTF-8"},
		{"text/html; charset=windows-1252", 200, "a page may come in the encoding it declares"},
		{"application/rss+xml", 200, "a feed may come in the encoding it declares"},
	} {
		built = 0
		hdr := map[string]string{"Authorization": "Bearer s3cret"}
		if c.ctype != "" {
			hdr["Content-Type"] = c.ctype
		}
		r := do(t, h, "POST", "/api/build", latin1, hdr)
		if r.status != c.status || (built == 1) != (c.status == 200) {
			t.Errorf("POST as %q: status %d, built %d; want %d (%s): %s", c.ctype, r.status, built, c.status, c.why, r.body)
		}
	}
	// A PDF is binary (NUL bytes, no UTF-8): the builder reads it.
	for _, ctype := range []string{"", "application/pdf", "application/octet-stream"} {
		built = 0
		hdr := map[string]string{"Authorization": "Bearer s3cret"}
		if ctype != "" {
			hdr["Content-Type"] = ctype
		}
		r := do(t, h, "POST", "/api/build", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 2 >>\nstream\n\x00\xff\nendstream", hdr)
		if r.status != 200 || built != 1 {
			t.Errorf("POST a PDF as %q: status %d, built %d; want 200, built: %s", ctype, r.status, built, r.body)
		}
	}
}

func TestCORS(t *testing.T) {
	store := sampleStore(t)
	closed := newServer(store, server.Options{})
	open := newServer(store, server.Options{CORSOrigins: []string{"https://allowed.example"}})
	cases := []struct {
		name, why string
		h         http.Handler
		method    string
		origin    string
		want      string // Access-Control-Allow-Origin
		status    int
	}{
		{"default", "no CORS headers unless configured", closed, "POST", "https://allowed.example", "", 200},
		{"default preflight", "a preflight gets no CORS answer unless configured", closed, "OPTIONS", "https://allowed.example", "", 405},
		{"allowed", "a listed origin may read responses", open, "POST", "https://allowed.example", "https://allowed.example", 200},
		{"allowed preflight", "a listed origin's preflight is answered", open, "OPTIONS", "https://allowed.example", "https://allowed.example", 204},
		{"other", "an unlisted origin gets nothing", open, "POST", "https://evil.example", "", 200},
		{"other preflight", "an unlisted origin's preflight fails", open, "OPTIONS", "https://evil.example", "", 405},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := do(t, c.h, c.method, "/api/v1/query/gizmo", "g.V().count()", map[string]string{"Origin": c.origin})
			if got := r.header.Get("Access-Control-Allow-Origin"); got != c.want {
				t.Errorf("Access-Control-Allow-Origin = %q, want %q (%s)", got, c.want, c.why)
			}
			if r.status != c.status {
				t.Errorf("status %d, want %d: %s", r.status, c.status, r.body)
			}
			if c.want == "" {
				for k := range r.header {
					if strings.HasPrefix(k, "Access-Control-") {
						t.Errorf("header %s set for origin %q (%s)", k, c.origin, c.why)
					}
				}
			}
		})
	}
}

func TestNoRoute(t *testing.T) {
	h := newServer(sampleStore(t), server.Options{})
	cases := []struct {
		name, why    string
		method, path string
		status       int
		allow        string
	}{
		{"unknown", "an unknown API path is a JSON 404", "GET", "/api/nothing", 404, ""},
		{"method", "a known path with the wrong method is a JSON 405", "DELETE", "/api/v2/query", 405, "GET, POST"},
		{"build get", "build takes only POST", "GET", "/api/build", 405, "POST"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := do(t, h, c.method, c.path, "", nil)
			if r.status != c.status || r.header.Get("Allow") != c.allow {
				t.Fatalf("%s %s: status %d Allow %q, want %d %q (%s)", c.method, c.path, r.status, r.header.Get("Allow"), c.status, c.allow, c.why)
			}
			if r.decode(t)["error"] == nil {
				t.Errorf("body %s has no error", r.body)
			}
		})
	}
}

func TestWeb(t *testing.T) {
	h := newServer(sampleStore(t), server.Options{})
	r := do(t, h, "GET", "/", "", nil)
	if r.status != 200 || !strings.Contains(r.body, `<canvas id="graph"`) {
		t.Fatalf("GET /: status %d, want 200 and the explorer page", r.status)
	}
	csp := r.header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "connect-src 'self'") {
		t.Errorf("Content-Security-Policy = %q, want the page held to its own origin", csp)
	}
	for _, f := range []string{"/app.js", "/graph.js", "/style.css"} {
		if r := do(t, h, "GET", f, "", nil); r.status != 200 || r.body == "" {
			t.Errorf("GET %s: status %d, want 200", f, r.status)
		}
	}
	if r := do(t, h, "POST", "/", "x", nil); r.status != http.StatusMethodNotAllowed {
		t.Errorf("POST /: status %d, want 405", r.status)
	}
}

// TestWebOffline checks that the explorer's files load nothing from the
// network: no URL with a scheme or a protocol-relative URL in any file.
func TestWebOffline(t *testing.T) {
	url := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/|\b(src|href)=["']//`)
	err := filepath.WalkDir("web", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			if m := url.FindString(line); m != "" {
				t.Errorf("%s:%d refers to the network (%s): %s", path, i+1, m, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, ln, newServer(sampleStore(t), server.Options{})) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/api/v2/query?lang=gizmo&qu=g.V().count()")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("query while serving: status %d, want 200", resp.StatusCode)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve after cancel = %v, want nil", err)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Errorf("the server still answers after shutdown")
	}
}

// TestQueryDuringBuild checks that queries are answered while a build
// runs, and that a second build waits its turn with 503.
func TestQueryDuringBuild(t *testing.T) {
	store := sampleStore(t)
	started, release := make(chan struct{}), make(chan struct{})
	b := fakeBuilder{func(ctx context.Context, source, text string) (server.BuildResult, error) {
		close(started)
		<-release
		return server.BuildResult{Document: "abc"}, nil
	}}
	h := newServer(store, server.Options{Builder: b, WriteToken: "tok"})
	auth := map[string]string{"Authorization": "Bearer tok"}
	done := make(chan response, 1)
	go func() { done <- do(t, h, "POST", "/api/build", "Kim visited Kursk.", auth) }()
	<-started
	if r := do(t, h, "POST", "/api/v1/query/gizmo", `g.V("<kg:e/Kursk>").count()`, nil); r.status != 200 {
		t.Errorf("query during a build: status %d, want 200: %s", r.status, r.body)
	}
	if r := do(t, h, "POST", "/api/build", "Kim left Kursk.", auth); r.status != http.StatusServiceUnavailable {
		t.Errorf("second build during a build: status %d, want 503: %s", r.status, r.body)
	}
	close(release)
	if r := <-done; r.status != 200 {
		t.Errorf("first build: status %d, want 200: %s", r.status, r.body)
	}
}

// TestREADMEEndpoints checks that every /api/ path the README names is one
// the server has.
func TestREADMEEndpoints(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(sharedtest.Root(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	paths := regexp.MustCompile(`/api/[a-z0-9/_]*[a-z0-9]`).FindAllString(string(readme), -1)
	if len(paths) < 5 {
		t.Fatalf("README.md names %d API paths, want at least 5: %q", len(paths), paths)
	}
	h := newServer(sampleStore(t), server.Options{})
	for _, p := range slices.Compact(slices.Sorted(slices.Values(paths))) {
		if res := do(t, h, "GET", p, "", nil); strings.Contains(res.body, "no such API endpoint") {
			t.Errorf("README.md names %s, which the server does not have: %d %s", p, res.status, res.body)
		}
	}
}
