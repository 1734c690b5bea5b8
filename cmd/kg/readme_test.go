package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

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
	q, got := runREADMEExample(t, "// what NATO does, and to whom")
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

// runREADMEExample runs the README's query on the line after the comment
// on a store built from the shipped sample, and returns the query and its
// results, failing the test when there is no such query.
func runREADMEExample(t *testing.T, comment string) (string, []any) {
	t.Helper()
	root := sharedtest.Root(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), comment)
	if !ok {
		t.Fatalf("README.md lacks the example %q", comment)
	}
	lines := strings.Split(rest, "\n")
	if len(lines) < 2 || strings.TrimSpace(lines[1]) == "" {
		t.Fatalf("README.md: nothing after the comment %q", comment)
	}
	q := strings.TrimSpace(lines[1])
	db := tempDB(t)
	mustKG(t, append([]string{"build", filepath.Join(root, "examples")}, db...)...)
	return q, queryLines(t, db, q)
}

// TestREADMEHowMany runs the README's "how many" example on the shipped
// sample: "NATO began ... bringing together 40 warships" must answer the
// amount 40 and the words that state it, one Gizmo query.
func TestREADMEHowMany(t *testing.T) {
	q, got := runREADMEExample(t, "// how many warships NATO brought together")
	if len(got) != 1 {
		t.Fatalf("README query %s answers %v; want one quantity", q, got)
	}
	m, _ := got[0].(map[string]any)
	if m["amount"] != float64(40) || m["id"] != "40 warships" {
		t.Errorf("README query %s answers %v; want amount 40 and id \"40 warships\"", q, got[0])
	}
}

// TestREADMEWhoElse runs the README's "who else" example on the shipped
// sample: "The measures name 12 companies, including Uralsk Metals and a
// trading firm registered in Dubai, Norland Steel Corp." must answer the
// other member, Norland Steel Corp, and the group both belong to: the
// list's own words, since the Russian firms the document names before are
// a kind of firm, no body.
func TestREADMEWhoElse(t *testing.T) {
	q, got := runREADMEExample(t, "// who else: the other members")
	want := []any{map[string]any{"group": "12 companies", "id": "Norland Steel Corp"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("README query %s mismatch (-want +got):\n%s", q, diff)
	}
}

// TestREADMESaysWho runs the README's "says who" example on the shipped
// sample: the Korean Central News Agency reports what Kim Jong Un did.
func TestREADMESaysWho(t *testing.T) {
	q, got := runREADMEExample(t, "// says who: Kim Jong Un's reported acts")
	var speakers []string
	for _, r := range got {
		m, _ := r.(map[string]any)
		rel, _ := m["relation"].(string)
		speakers = append(speakers, rel+" "+m["id"].(string))
	}
	slices.Sort(speakers)
	want := []string{
		"<kg:r/praise> Korean Central News Agency",
		"<kg:r/promise> Korean Central News Agency",
		"<kg:r/watch> Korean Central News Agency",
	}
	if diff := cmp.Diff(want, speakers); diff != "" {
		t.Errorf("README query %s: relations and speakers mismatch (-want +got):\n%s", q, diff)
	}
}
