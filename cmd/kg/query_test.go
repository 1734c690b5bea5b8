package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
)

func openStoreForTest(t *testing.T, dir string) (*graph.Store, error) {
	return graph.Open(t.Context(), "bolt", dir, graph.Options{})
}

func TestQueryErrors(t *testing.T) {
	db := tempDB(t)
	if code, _, errs := kg(t, "NATO condemned Russia.", append([]string{"build", "-"}, db...)...); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	qfile := filepath.Join(t.TempDir(), "q.js")
	os.WriteFile(qfile, []byte(`g.V().count()`), 0o644)
	cases := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
		why      string
	}{
		{"syntax", []string{"query", "g.V(.all()"}, exitError, "SyntaxError", "a syntax error prints the engine's message"},
		{"runaway", []string{"query", "--timeout", "300ms", "while(true){}"}, exitError, "stopped after", "a runaway query is stopped at the timeout"},
		{"file", []string{"query", "-f", qfile}, 0, "", "the query can come from a file"},
		{"both", []string{"query", "-f", qfile, "g.V()"}, exitError, "not both", "an argument and -f conflict"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errs := kg(t, "", append(c.args, db...)...)
			if code != c.wantCode || !strings.Contains(errs, c.wantErr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q (%s)", code, errs, c.wantCode, c.wantErr, c.why)
			}
		})
	}
}

func TestQueryLimit(t *testing.T) {
	db := tempDB(t)
	code, _, _ := kg(t, "NATO condemned Russia. Finland joined NATO.", append([]string{"build", "-"}, db...)...)
	if code != 0 {
		t.Fatal("build failed")
	}
	got := queryLines(t, db, `g.V().all()`)
	if len(got) < 3 {
		t.Fatalf("g.V().all() = %d results, want several", len(got))
	}
	out := mustKG(t, append([]string{"query", "--limit", "2", `g.V().all()`}, db...)...)
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; n != 2 {
		t.Errorf("--limit 2 printed %d lines", n)
	}
}

func TestReadCommandsNeedAStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "typo.db")
	for _, args := range [][]string{{"query", "g.V().count()"}, {"stats"}, {"actors"}} {
		code, _, errs := kg(t, "", append(args, "--db", dir)...)
		if code != exitError || !strings.Contains(errs, "no store") {
			t.Errorf("kg %s on a missing store: exit %d, stderr %q; want exit 1 and a no-store error", args[0], code, errs)
		}
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("a read command created %s (stat: %v)", dir, err)
	}
}
