package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// kg runs the kg command in-process and returns its exit code and output.
func kg(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(t.Context(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// mustKG runs kg and fails the test unless it exits 0.
func mustKG(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := kg(t, "", args...)
	if code != 0 {
		t.Fatalf("kg %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

// tempDB returns the flags for a bolt store in a temporary directory.
func tempDB(t *testing.T) []string {
	return []string{"--db", filepath.Join(t.TempDir(), "kg.db")}
}

// queryLines runs a Gizmo query and decodes each JSON line.
func queryLines(t *testing.T, db []string, q string) []any {
	t.Helper()
	out := mustKG(t, append([]string{"query", q}, db...)...)
	var got []any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("query output line %q is not JSON: %v", line, err)
		}
		got = append(got, v)
	}
	return got
}

// ids returns the sorted "id" fields of query results.
func ids(t *testing.T, results []any) []string {
	t.Helper()
	var out []string
	for _, r := range results {
		m, ok := r.(map[string]any)
		if !ok {
			t.Fatalf("result %#v is not an object", r)
		}
		s, _ := m["id"].(string)
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
