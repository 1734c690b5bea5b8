package server_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/server"
)

// TestSlowBodies holds more connections than there are slots, each
// having sent part of a query's body: they must hold no slot, so a normal
// query and an explorer request are answered, and each slow client gets
// 408 once BodyTimeout has passed.
func TestSlowBodies(t *testing.T) {
	srv := httptest.NewServer(server.New(sampleStore(t), server.Options{MaxConcurrent: 2, BodyTimeout: 500 * time.Millisecond}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	var slow []net.Conn
	for range 5 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		fmt.Fprintf(c, "POST /api/v1/query/gizmo HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\ng.V()", addr)
		slow = append(slow, c)
	}
	for _, path := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo"} {
		resp, err := http.Post(srv.URL+path, "application/json", strings.NewReader(`g.V().count()`))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("POST %s beside 5 slow bodies: %d, want 200", path, resp.StatusCode)
		}
	}
	resp, err := http.Get(srv.URL + "/api/search?q=Kim")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET /api/search beside 5 slow bodies: %d, want 200", resp.StatusCode)
	}
	for i, c := range slow {
		c.SetReadDeadline(time.Now().Add(time.Minute))
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatalf("slow client %d: %v", i, err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestTimeout {
			t.Errorf("slow client %d: %d, want 408", i, resp.StatusCode)
		}
	}
}

// TestExplorerSlots fills the query slots with queries that wait; the
// explorer's requests, which have slots of their own, are still answered.
func TestExplorerSlots(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{})
	g := &fakeGraph{
		query: func(ctx context.Context, text string, limit int, fn func(any) error) error {
			started <- struct{}{}
			<-release
			return nil
		},
		stats: func(ctx context.Context) (graph.Stats, error) { return graph.Stats{}, nil },
	}
	srv := httptest.NewServer(server.New(g, server.Options{MaxConcurrent: 2}))
	defer srv.Close()
	done := make(chan int, 2)
	for range 2 {
		go func() {
			resp, err := http.Post(srv.URL+"/api/v1/query/gizmo", "application/json", strings.NewReader("g.V()"))
			if err != nil {
				done <- 0
				return
			}
			resp.Body.Close()
			done <- resp.StatusCode
		}()
		<-started
	}
	get := func(path string) int {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := get("/api/v2/query?lang=gizmo&qu=g.V()"); code != http.StatusServiceUnavailable {
		t.Errorf("a third query with two slots taken: %d, want 503", code)
	}
	if code := get("/api/stats"); code != http.StatusOK {
		t.Errorf("GET /api/stats with the query slots taken: %d, want 200", code)
	}
	close(release)
	for range 2 {
		if code := <-done; code != http.StatusOK {
			t.Errorf("a waiting query: %d, want 200", code)
		}
	}
}

func TestHostAndContentType(t *testing.T) {
	h := server.New(sampleStore(t), server.Options{Hosts: []string{"kg.example.org"}})
	cases := []struct {
		method, host, ctype string
		header              map[string]string
		want                int
		why                 string
	}{
		{"GET", "localhost:7878", "", nil, 200, "localhost"},
		{"GET", "127.0.0.1:7878", "", nil, 200, "an IP address"},
		{"GET", "[::1]:7878", "", nil, 200, "an IPv6 address"},
		{"GET", "KG.example.org", "", nil, 200, "a name given in Hosts, in any case"},
		{"GET", "attacker.example:7878", "", nil, 421, "a name that resolves to the server (DNS rebinding)"},
		{"POST", "localhost", "application/json", nil, 200, "a JSON query"},
		{"POST", "localhost", "application/json; charset=utf-8", nil, 200, "a JSON query with parameters"},
		{"POST", "localhost", "text/plain", nil, 415, "a text/plain query, which another site's page may send"},
		{"POST", "localhost", "application/x-www-form-urlencoded", nil, 415, "a form post"},
		{"POST", "localhost", "multipart/form-data; boundary=x", nil, 415, "a multipart form"},
		{"POST", "localhost", "", nil, 415, "no content type, as a Blob without a type sends"},
		{"POST", "localhost", "text/plain", map[string]string{"X-Requested-With": "curl"}, 200, "a custom header, which a cross-site page must ask for"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			req := httptest.NewRequestWithContext(t.Context(), c.method, "/api/v1/query/gizmo", strings.NewReader("g.V().count()"))
			if c.method == "GET" {
				req = httptest.NewRequestWithContext(t.Context(), c.method, "/api/stats", nil)
			}
			req.Host = c.host
			if c.ctype != "" {
				req.Header.Set("Content-Type", c.ctype)
			}
			for k, v := range c.header {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != c.want {
				t.Errorf("%s with Host %q, Content-Type %q: %d %s, want %d", c.method, c.host, c.ctype, rec.Code, rec.Body, c.want)
			}
		})
	}
}

// TestSlowBuildBody holds a build whose body arrives slowly: it must hold
// no build slot, so another build is answered, and it gets 408 once
// BodyTimeout has passed.
func TestSlowBuildBody(t *testing.T) {
	b := fakeBuilder{func(ctx context.Context, source, text string) (server.BuildResult, error) {
		return server.BuildResult{Document: "abc"}, nil
	}}
	h := server.New(sampleStore(t), server.Options{Builder: b, WriteToken: "tok", BodyTimeout: 500 * time.Millisecond})
	reading := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("source") == "slow" {
			r.Body = &firstRead{ReadCloser: r.Body, ch: reading}
		}
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "POST /api/build?source=slow HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer tok\r\nContent-Length: 1000\r\n\r\nKim visited", addr)
	<-reading // the server is reading the slow body
	req, err := http.NewRequestWithContext(t.Context(), "POST", srv.URL+"/api/build", strings.NewReader("Kim left Kursk."))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer tok")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("POST /api/build while another build's body arrives: %d, want 200", resp.StatusCode)
	}
	c.SetReadDeadline(time.Now().Add(time.Minute))
	resp, err = http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("slow client: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestTimeout {
		t.Errorf("slow build body: %d, want 408", resp.StatusCode)
	}
}

// firstRead closes ch when its body is first read.
type firstRead struct {
	io.ReadCloser
	ch   chan struct{}
	once sync.Once
}

func (f *firstRead) Read(p []byte) (int, error) {
	f.once.Do(func() { close(f.ch) })
	return f.ReadCloser.Read(p)
}
