package ingest_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
)

func TestBuildBatches(t *testing.T) {
	dir := t.TempDir()
	const n = 10
	for i := range n {
		write(t, dir, fmt.Sprintf("%02d.txt", i), []byte(fmt.Sprintf("Report %d.\n\nFinland joined NATO in April %d. Russia criticised Finland.\n", i, 2000+i)))
	}
	write(t, dir, "copy.txt", []byte("Report 3.\n\nFinland joined NATO in April 2003. Russia criticised Finland.\n"))
	write(t, dir, "bad.txt", []byte("a\x00b"))
	p, err := ingest.NewPipeline(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(t.Context(), "bolt", filepath.Join(t.TempDir(), "kg.db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	var calls []ingest.Summary
	sum, err := ingest.Build(t.Context(), s, p, []string{dir}, ingest.Options{
		Workers:   2,
		BatchDocs: 3,
		Progress:  func(s ingest.Summary) { calls = append(calls, s) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != n || sum.Skipped != 1 || sum.Failed() != 1 || sum.Inputs != n+2 {
		t.Errorf("Build = %d stored, %d skipped, %d failed of %d inputs; want %d, 1, 1 of %d", sum.Documents, sum.Skipped, sum.Failed(), sum.Inputs, n, n+2)
	}
	stored, err := s.QuadCount(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	docs := 0
	err = s.Query(t.Context(), `g.V().has("<kg:type>", "<kg:Document>").count()`, 0, func(v any) error {
		docs = int(v.(int64))
		return nil
	})
	if err != nil || docs != n {
		t.Errorf("store holds %d documents (%v), want %d", docs, err, n)
	}
	// Progress reports only committed documents, which never decrease.
	last := 0
	for _, c := range calls {
		if c.Documents < last || c.Documents > n {
			t.Errorf("progress went from %d to %d documents", last, c.Documents)
		}
		last = c.Documents
	}
	if len(calls) < 4 {
		t.Errorf("%d progress calls for %d documents in batches of 3, want at least 4", len(calls), n)
	}

	// A second build finds everything stored.
	again, err := ingest.Build(t.Context(), s, p, []string{dir}, ingest.Options{BatchDocs: 3})
	if err != nil {
		t.Fatal(err)
	}
	if again.Documents != 0 || again.Skipped != n+1 {
		t.Errorf("rebuild = %d stored, %d skipped; want 0, %d", again.Documents, again.Skipped, n+1)
	}
	if after, _ := s.QuadCount(t.Context()); after != stored {
		t.Errorf("rebuild changed the quad count from %d to %d", stored, after)
	}
}
