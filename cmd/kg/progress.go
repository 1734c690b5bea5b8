package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kg-project/kg/ingest"
)

// A progressLine redraws one status line of a running build on a terminal,
// at most every tick.
type progressLine struct {
	w     io.Writer
	tick  time.Duration
	last  time.Time
	drawn bool
}

// newProgress returns a progress line on w when w is a terminal and quiet
// is false, and nil otherwise: piped or redirected output gets no
// progress.
func newProgress(w io.Writer, quiet bool) *progressLine {
	if quiet || !isTerminal(w) {
		return nil
	}
	return &progressLine{w: w, tick: 200 * time.Millisecond}
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// update redraws the line with s, unless it was drawn less than a tick ago.
func (p *progressLine) update(s ingest.Summary) {
	if p == nil || time.Since(p.last) < p.tick {
		return
	}
	p.last = time.Now()
	p.drawn = true
	fmt.Fprintf(p.w, "\r\033[K%s", progressText(s))
}

// done clears the line so that the summary starts on a clean line.
func (p *progressLine) done() {
	if p != nil && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// progressText formats a running build's counts and rates.
func progressText(s ingest.Summary) string {
	secs := s.Elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	return fmt.Sprintf("%d docs (%d stored, %d skipped, %d rejected)  %.1f MB  %d sentences  %d quads  %.0f sentences/s  %.0f quads/s  %s",
		s.Documents+s.Skipped+s.Failed(), s.Documents, s.Skipped, s.Failed(),
		float64(s.Bytes)/1e6, s.Sentences, s.Quads,
		float64(s.Sentences)/secs, float64(s.Quads)/secs, s.Elapsed.Round(time.Second))
}
