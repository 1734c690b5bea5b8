package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/server"
)

func TestExport(t *testing.T) {
	var sels []string
	// write records the call and answers it as the store would.
	write := func(kind string) func(ctx context.Context, w io.Writer, format string, sel graph.Selection) error {
		return func(ctx context.Context, w io.Writer, format string, sel graph.Selection) error {
			rec := fmt.Sprintf("%s %s actor=%q depth=%d query=%q", kind, format, sel.Actor, sel.Depth, sel.Query)
			if sel.Background {
				rec += " background"
			}
			sels = append(sels, rec)
			switch {
			case sel.Actor == "Nobody":
				return &graph.NotFoundError{Name: "Nobody"}
			case sel.Query == "bad(":
				return errors.New("gizmo: SyntaxError")
			case sel.Actor == "empty":
				return nil
			}
			_, err := io.WriteString(w, "<kg:e/A> <kg:r/x> <kg:e/B> .\n")
			return err
		}
	}
	g := &fakeGraph{export: write("export"), dump: write("dump")}
	h := newServer(g, server.Options{})
	cases := []struct {
		name, why   string
		path        string
		status      int
		contentType string
		disposition string
		sel         []string
	}{
		{"default", "N-Quads by default, as a download, of the whole graph streamed",
			"/api/export", 200, "application/n-quads", `attachment; filename="kg.nq"`, []string{`dump nquads actor="" depth=1 query=""`}},
		{"depth alone", "a depth without an actor still means the whole graph",
			"/api/export?depth=3", 200, "application/n-quads", `attachment; filename="kg.nq"`, []string{`dump nquads actor="" depth=3 query=""`}},
		{"graphml", "each format has its own type and file name",
			"/api/export?format=graphml", 200, "application/graphml+xml", `attachment; filename="kg.graphml"`, []string{`export graphml actor="" depth=1 query=""`}},
		{"csv", "csv is a zip of two files",
			"/api/export?format=csv", 200, "application/zip", `attachment; filename="kg.zip"`, []string{`export csv actor="" depth=1 query=""`}},
		{"actor", "actor and depth select a neighbourhood",
			"/api/export?format=dot&actor=Kim&depth=2", 200, "text/vnd.graphviz; charset=utf-8", `attachment; filename="kg.dot"`, []string{`export dot actor="Kim" depth=2 query=""`}},
		{"query", "a Gizmo query selects its entities",
			"/api/export?format=gexf&query=g.V().all()", 200, "application/gexf+xml", `attachment; filename="kg.gexf"`, []string{`export gexf actor="" depth=1 query="g.V().all()"`}},
		{"background", "background=1 asks for background facts",
			"/api/export?format=graphml&actor=Kim&background=1", 200, "application/graphml+xml", `attachment; filename="kg.graphml"`, []string{`export graphml actor="Kim" depth=1 query="" background`}},
		{"jsonld", "JSON-LD is streamed like N-Quads",
			"/api/export?format=jsonld", 200, "application/ld+json", `attachment; filename="kg.jsonld"`, []string{`dump jsonld actor="" depth=1 query=""`}},
		{"nquads actor", "the quads of a selection are streamed too",
			"/api/export?actor=Kim", 200, "application/n-quads", `attachment; filename="kg.nq"`, []string{`dump nquads actor="Kim" depth=1 query=""`}},
		{"empty", "an empty selection is an empty file, not an error",
			"/api/export?format=jsonld&actor=empty", 200, "application/ld+json", `attachment; filename="kg.jsonld"`, []string{`dump jsonld actor="empty" depth=1 query=""`}},
		{"unknown format", "an unknown format is refused before the store is asked",
			"/api/export?format=xlsx", 400, "application/json; charset=utf-8", "", nil},
		{"both", "actor and query exclude each other",
			"/api/export?actor=Kim&query=g.V()", 400, "application/json; charset=utf-8", "", nil},
		{"unknown actor", "an unknown actor is a JSON 404, not a broken download",
			"/api/export?actor=Nobody", 404, "application/json; charset=utf-8", "", []string{`dump nquads actor="Nobody" depth=1 query=""`}},
		{"bad query", "a query the engine rejects is the client's error",
			"/api/export?query=bad(", 400, "application/json; charset=utf-8", "", []string{`dump nquads actor="" depth=1 query="bad("`}},
		{"graph bad query", "a query the engine rejects is the client's error in a graph format too",
			"/api/export?format=dot&query=bad(", 400, "application/json; charset=utf-8", "", []string{`export dot actor="" depth=1 query="bad("`}},
		{"read", "v2/read streams every quad as N-Quads, not as a download",
			"/api/v2/read", 200, "application/n-quads", "", []string{`dump nquads actor="" depth=0 query=""`}},
		{"read jsonld", "v2/read also speaks JSON-LD",
			"/api/v2/read?format=jsonld", 200, "application/ld+json", "", []string{`dump jsonld actor="" depth=0 query=""`}},
		{"read graphml", "v2/read reads quads only",
			"/api/v2/read?format=graphml", 400, "application/json; charset=utf-8", "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sels = nil
			r := do(t, h, "GET", c.path, "", nil)
			if r.status != c.status {
				t.Fatalf("GET %s: status %d, want %d (%s): %s", c.path, r.status, c.status, c.why, r.body)
			}
			if got := r.header.Get("Content-Type"); got != c.contentType {
				t.Errorf("Content-Type = %q, want %q", got, c.contentType)
			}
			if got := r.header.Get("Content-Disposition"); got != c.disposition {
				t.Errorf("Content-Disposition = %q, want %q", got, c.disposition)
			}
			if diff := cmp.Diff(c.sel, sels); diff != "" {
				t.Errorf("selections mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestExportFailsMidStream checks that an export or a dump failing after
// its first byte breaks the response instead of ending it like a whole
// file.
func TestExportFailsMidStream(t *testing.T) {
	g := &fakeGraph{
		export: func(ctx context.Context, w io.Writer, format string, sel graph.Selection) error {
			io.WriteString(w, strings.Repeat("<kg:e/A> <kg:r/x> <kg:e/B> .\n", 1000))
			return errors.New("disk read error")
		},
		dump: func(ctx context.Context, w io.Writer, format string, sel graph.Selection) error {
			io.WriteString(w, strings.Repeat("<kg:e/A> <kg:r/x> <kg:e/B> .\n", 1000))
			return errors.New("disk read error")
		},
	}
	srv := httptest.NewServer(newServer(g, server.Options{}))
	defer srv.Close()
	for _, path := range []string{"/api/export", "/api/export?format=graphml", "/api/export?format=jsonld&actor=A", "/api/v2/read"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.ReadAll(resp.Body); err == nil {
			t.Errorf("reading %s that failed midway gave no error", path)
		}
		resp.Body.Close()
	}
}

// TestExportReal exports the sample graph through the real store.
func TestExportReal(t *testing.T) {
	h := newServer(sampleStore(t), server.Options{})
	r := do(t, h, "GET", "/api/v2/read", "", nil)
	if r.status != 200 || !strings.Contains(r.body, `<kg:e/Kim_Jong_Bok> <kg:r/oversee> <kg:e/North_Korean_troops>`) {
		t.Errorf("GET /api/v2/read: status %d, want 200 and the oversee edge; body starts %.200q", r.status, r.body)
	}
	r = do(t, h, "GET", "/api/export?format=jsonld&actor=Kursk", "", nil)
	var nodes []map[string]any
	if err := json.Unmarshal([]byte(r.body), &nodes); r.status != 200 || err != nil || !strings.Contains(r.body, `"@id":"kg:e/Kursk"`) {
		t.Errorf("GET jsonld export around Kursk: status %d, %v; want a JSON array with Kursk's node; body %.300q", r.status, err, r.body)
	}
	r = do(t, h, "GET", "/api/export?format=dot&actor=Kursk", "", nil)
	if r.status != 200 || !strings.Contains(r.body, "digraph") || !strings.Contains(r.body, "Kursk") {
		t.Errorf("GET dot export around Kursk: status %d; body %.300q", r.status, r.body)
	}
}
