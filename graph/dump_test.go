package graph_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

func dump(t *testing.T, s *graph.Store, format string, sel graph.Selection) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Dump(t.Context(), &buf, format, sel); err != nil {
		t.Fatalf("Dump(%s, %+v): %v", format, sel, err)
	}
	return buf.Bytes()
}

// sortedLines returns the lines of b, sorted.
func sortedLines(b []byte) []string {
	lines := strings.SplitAfter(string(b), "\n")
	slices.Sort(lines)
	return lines
}

// jsonldLines reads a JSON-LD document with Cayley's reader and returns
// its quads as sorted N-Quads lines, written as kg exports them.
func jsonldLines(t *testing.T, doc []byte) []string {
	t.Helper()
	r := jsonld.NewReader(bytes.NewReader(doc))
	defer r.Close()
	qs, err := quad.ReadAll(r)
	if err != nil {
		t.Fatalf("read JSON-LD: %v\n%.500s", err, doc)
	}
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	for _, q := range qs {
		if err := w.WriteQuad(schema.Portable(q)); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	return sortedLines(buf.Bytes())
}

// TestDump checks on every backend that Dump writes the quads Export
// writes, in some order, as N-Quads and as JSON-LD, of the whole graph
// and of a selection, and that importing a dump gives the same store.
func TestDump(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := loaded(t, b)
			for _, sel := range []graph.Selection{{}, {Actor: "Kim Jong Bok", Depth: 1}} {
				sorted := export(t, s, "nquads", sel)
				if diff := cmp.Diff(sortedLines(sorted), sortedLines(dump(t, s, "nquads", sel))); diff != "" {
					t.Errorf("Dump and Export of %+v differ in their quads (-export +dump):\n%s", sel, diff)
				}
				if diff := cmp.Diff(sortedLines(sorted), jsonldLines(t, dump(t, s, "jsonld", sel))); diff != "" {
					t.Errorf("JSON-LD Dump of %+v and N-Quads Export differ in their quads (-export +dump):\n%s", sel, diff)
				}
			}
			sorted := export(t, s, "nquads", graph.Selection{})
			fresh := b.open(t)
			if _, err := fresh.Import(t.Context(), bytes.NewReader(dump(t, s, "nquads", graph.Selection{}))); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(sorted), string(export(t, fresh, "nquads", graph.Selection{}))); diff != "" {
				t.Errorf("import of a dump → export differs (-original +imported):\n%s", diff)
			}
		})
	}
}
