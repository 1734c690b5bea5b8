package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"
)

// serveKG starts kg serve with args on a free port and returns its base
// URL. The server stops, and its exit code is checked, when the test ends.
func serveKG(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		var out strings.Builder
		code := run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), strings.NewReader(""), &out, pw)
		pw.Close()
		done <- code
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		cancel()
		t.Fatalf("kg serve printed no address: %v (%q)", err, line)
	}
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`http://[^/ ]+/`).FindString(line)
	if m == "" {
		cancel()
		t.Fatalf("kg serve's first line %q has no URL", line)
	}
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("kg serve exited %d after interrupt, want 0", code)
		}
	})
	return strings.TrimSuffix(m, "/")
}

func TestServe(t *testing.T) {
	db := tempDB(t)
	if code, _, errs := kg(t, "NATO condemned Russia.", append([]string{"build", "-"}, db...)...); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	base := serveKG(t, append([]string{"--write-token", "tok"}, db...)...)

	resp, err := http.Get(base + "/api/v2/query?lang=gizmo&qu=" + "g.V(%22NATO%22).count()")
	if err != nil {
		t.Fatal(err)
	}
	var body struct {
		Result []any `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != 200 || len(body.Result) != 1 {
		t.Errorf("query: status %d, result %v, err %v; want 200 and one count", resp.StatusCode, body.Result, err)
	}
	resp.Body.Close()

	build := func(token string) int {
		req, _ := http.NewRequestWithContext(t.Context(), "POST", base+"/api/build?source=web", strings.NewReader("Finland joined NATO."))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := build(""); got != http.StatusUnauthorized {
		t.Errorf("build without the token: status %d, want 401", got)
	}
	if got := build("tok"); got != 200 {
		t.Fatalf("build with the token: status %d, want 200", got)
	}
	resp, err = http.Get(base + "/api/v2/query?lang=gizmo&qu=" + "g.V(%22Finland%22).count()")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || len(body.Result) != 1 || body.Result[0] != float64(1) {
		t.Errorf("after the build, g.V(\"Finland\").count() = %v (%v), want [1]", body.Result, err)
	}
	resp.Body.Close()
}

func TestServeReadOnly(t *testing.T) {
	base := serveKG(t, tempDB(t)...)
	resp, err := http.Post(base+"/api/build", "text/plain", strings.NewReader("Finland joined NATO."))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("build on a server without a write token: status %d, want 403", resp.StatusCode)
	}
}

func TestServeWarnsOnOpenAddress(t *testing.T) {
	db := tempDB(t)
	for _, c := range []struct {
		addr string
		warn bool
	}{
		{"127.0.0.1:0", false},
		{"0.0.0.0:0", true},
	} {
		ctx, cancel := context.WithCancel(t.Context())
		pr, pw := io.Pipe()
		done := make(chan struct{})
		go func() {
			run(ctx, append([]string{"serve", "--addr", c.addr}, db...), strings.NewReader(""), io.Discard, pw)
			pw.Close()
			close(done)
		}()
		r := bufio.NewReader(pr)
		first, _ := r.ReadString('\n')
		cancel()
		rest, _ := io.ReadAll(r)
		<-done
		if got := strings.Contains(string(rest), "warning: "); got != c.warn || !strings.Contains(first, "serving") {
			t.Errorf("kg serve --addr %s printed %q then %q; want a warning: %v", c.addr, first, rest, c.warn)
		}
	}
}

// TestServeBuildWeb posts a feed and web pages to /api/build: a feed
// builds a document per item under the item's link, the same feed again
// adds nothing, a page in windows-1252 sent as text/html is read in its
// encoding, a page with no article is refused with 400, and a PDF is read
// (a damaged one refused likewise).
func TestServeBuildWeb(t *testing.T) {
	base := serveKG(t, append([]string{"--write-token", "tok"}, tempDB(t)...)...)
	postAs := func(ctype, source, body string) (int, map[string]any) {
		t.Helper()
		req, _ := http.NewRequestWithContext(t.Context(), "POST", base+"/api/build?source="+source, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer tok")
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, out
	}
	post := func(source, body string) (int, map[string]any) { return postAs("", source, body) }
	feed, err := os.ReadFile("../../ingest/testdata/wordpress-feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	code, out := post("valley.xml", string(feed))
	items, _ := out["items"].([]any)
	problems, _ := out["problems"].([]any)
	if code != 200 || len(items) != 2 || len(problems) != 1 || out["skipped"] != false {
		t.Fatalf("POST feed: %d %v; want 200, 2 items and 1 problem", code, out)
	}
	if src := items[0].(map[string]any)["source"]; src != "https://valleycourier.example/2024/05/10/esk-water-flood-deal/" {
		t.Errorf("first item's source = %v, want its link", src)
	}
	if code, out = post("valley.xml", string(feed)); code != 200 || out["skipped"] != true {
		t.Errorf("POST the same feed again: %d %v; want 200 and skipped", code, out)
	}
	page := "<html><body><nav><a href=/>Home</a></nav><article><h1>Finland joins NATO</h1><p>Finland joined NATO in April.</p></article></body></html>"
	if code, out = post("finland.html", page); code != 200 || out["document"] == "" || out["items"] != nil {
		t.Errorf("POST a page: %d %v; want 200 and one document", code, out)
	}
	old, err := os.ReadFile("../../ingest/testdata/old-layout.html") // windows-1252
	if err != nil {
		t.Fatal(err)
	}
	if code, out = postAs("text/html", "mill.html", string(old)); code != 200 || out["sentences"] != float64(5) {
		t.Errorf("POST a windows-1252 page as text/html: %d %v; want 200 and its 5 sentences", code, out)
	}
	code, out = post("menu.html", "<html><body><nav><a href=/>Home</a></nav></body></html>")
	if msg, _ := out["error"].(string); code != 400 || !strings.Contains(msg, "menu.html: no text") {
		t.Errorf("POST a page with no article: %d %v; want 400 naming it", code, out)
	}
	pdf, err := os.ReadFile("../../ingest/testdata/chromium-article.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if code, out = postAs("application/pdf", "harbour.pdf", string(pdf)); code != 200 || out["sentences"] != float64(18) {
		t.Errorf("POST a PDF: %d %v; want 200 and its 18 sentences", code, out)
	}
	code, out = postAs("application/pdf", "cut.pdf", string(pdf[:200]))
	if msg, _ := out["error"].(string); code != 400 || !strings.Contains(msg, "cut.pdf: unreadable PDF") {
		t.Errorf("POST a PDF cut short: %d %v; want 400 naming it", code, out)
	}
}
