package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestGuardedPanic checks that a panic while analysing one input becomes
// that input's error, naming it, and that other errors and results pass
// through unchanged.
func TestGuardedPanic(t *testing.T) {
	_, err := guarded("news/a.txt", func() (schema.Document, error) {
		var s []int
		_ = s[3] // a defect: index out of range
		return schema.Document{}, nil
	})
	var fe *FileError
	if !errors.As(err, &fe) || fe.Path != "news/a.txt" {
		t.Fatalf("guarded(panic) = %v, want a FileError for news/a.txt", err)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "news/a.txt: ") || !strings.Contains(msg, "index out of range") {
		t.Errorf("message %q names neither the input nor the panic", msg)
	}

	stop := errors.New("context canceled")
	if _, err := guarded("b.txt", func() (schema.Document, error) { return schema.Document{}, stop }); err != stop {
		t.Errorf("guarded passed %v, want the analysis' own error", err)
	}
	doc, err := guarded("c.txt", func() (schema.Document, error) { return schema.Document{Source: "c.txt"}, nil })
	if err != nil || doc.Source != "c.txt" {
		t.Errorf("guarded = %v, %v; want the document", doc.Source, err)
	}
}
