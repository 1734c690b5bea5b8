package graph_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
)

// TestDump checks on every backend that Dump writes the quads Export
// writes, in some order, and that importing a dump gives the same store.
func TestDump(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := loaded(t, b)
			sorted := export(t, s, "nquads", graph.Selection{})
			var dump bytes.Buffer
			if err := s.Dump(t.Context(), &dump); err != nil {
				t.Fatal(err)
			}
			lines := strings.SplitAfter(dump.String(), "\n")
			slices.Sort(lines)
			want := strings.SplitAfter(string(sorted), "\n")
			slices.Sort(want)
			if diff := cmp.Diff(want, lines); diff != "" {
				t.Errorf("Dump and Export differ in their quads (-export +dump):\n%s", diff)
			}
			fresh := b.open(t)
			if _, err := fresh.Import(t.Context(), bytes.NewReader(dump.Bytes())); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(sorted), string(export(t, fresh, "nquads", graph.Selection{}))); diff != "" {
				t.Errorf("import of a dump → export differs (-original +imported):\n%s", diff)
			}
		})
	}
}
