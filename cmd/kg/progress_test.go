package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/ingest"
)

func TestProgressOnlyOnTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases := []struct {
		name  string
		w     io.Writer
		quiet bool
		why   string
	}{
		{"buffer", &bytes.Buffer{}, false, "a writer that is not a file is not a terminal"},
		{"file", f, false, "a regular file (output redirected) is not a terminal"},
		{"quiet", os.Stderr, true, "--quiet turns progress off even on a terminal"},
	}
	for _, c := range cases {
		if p := newProgress(c.w, c.quiet); p != nil {
			t.Errorf("%s: newProgress = %v, want nil (%s)", c.name, p, c.why)
		}
	}
	// A nil progress line ignores updates.
	var p *progressLine
	p.update(ingest.Summary{Documents: 1})
	p.done()
}

func TestProgressLine(t *testing.T) {
	var b bytes.Buffer
	p := &progressLine{w: &b, tick: time.Hour}
	s := ingest.Summary{Documents: 3, Skipped: 1, Sentences: 100, Quads: 2000, Bytes: 1_500_000, Elapsed: 2 * time.Second}
	p.update(s)
	p.update(s) // within the tick: not redrawn
	p.done()
	out := b.String()
	if n := strings.Count(out, "4 docs"); n != 1 {
		t.Errorf("progress drawn %d times within one tick, want 1:\n%q", n, out)
	}
	for _, want := range []string{"3 stored, 1 skipped", "1.5 MB", "50 sentences/s", "1000 quads/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress %q does not show %q", out, want)
		}
	}
	if !strings.HasSuffix(out, "\r\033[K") {
		t.Errorf("done did not clear the line: %q", out)
	}
}
