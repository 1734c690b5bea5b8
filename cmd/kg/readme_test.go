package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/sharedtest"
)

// TestREADMEQueries runs every Gizmo example in README.md on the shipped
// sample and checks that each answers something, so the README stays true.
func TestREADMEQueries(t *testing.T) {
	root := sharedtest.Root(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	queries := gizmoExamples(string(readme))
	if len(queries) < 5 {
		t.Fatalf("README.md has %d Gizmo examples in its js block, want at least 5", len(queries))
	}
	db := tempDB(t)
	mustKG(t, append([]string{"build", filepath.Join(root, "examples")}, db...)...)
	for _, q := range queries {
		t.Run(q, func(t *testing.T) {
			if got := queryLines(t, db, q); len(got) == 0 {
				t.Errorf("README query answers nothing on examples/: %s", q)
			}
		})
	}
}

// gizmoExamples returns the non-comment lines of the README's ```js blocks.
func gizmoExamples(readme string) []string {
	var out []string
	in := false
	for _, line := range strings.Split(readme, "\n") {
		switch {
		case strings.HasPrefix(line, "```js"):
			in = true
		case strings.HasPrefix(line, "```"):
			in = false
		case in && strings.TrimSpace(line) != "" && !strings.HasPrefix(strings.TrimSpace(line), "//"):
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}

// TestREADMEWhatNATODoes checks that the README's "what NATO does, and to
// whom" answers relations and their objects, not NATO's bookkeeping
// predicates (kg:name, kg:type, kg:mentionedIn).
func TestREADMEWhatNATODoes(t *testing.T) {
	root := sharedtest.Root(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "// what NATO does, and to whom")
	if !ok {
		t.Fatal(`README.md lacks the example "what NATO does, and to whom"`)
	}
	lines := strings.Split(rest, "\n")
	if len(lines) < 2 {
		t.Fatal("README.md: nothing after the NATO example's comment")
	}
	q := strings.TrimSpace(lines[1])
	db := tempDB(t)
	mustKG(t, append([]string{"build", filepath.Join(root, "examples")}, db...)...)
	got := queryLines(t, db, q)
	if len(got) == 0 {
		t.Fatalf("README query answers nothing: %s", q)
	}
	for _, r := range got {
		m, _ := r.(map[string]any)
		rel, _ := m["relation"].(string)
		if !strings.HasPrefix(rel, "<kg:r/") || m["object"] == nil {
			t.Errorf("README query %s answers %v; want a relation <kg:r/...> and its object", q, r)
		}
	}
}
