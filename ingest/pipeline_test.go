package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/nlp"
)

// longLine returns about n bytes of news prose on one line, with no full
// stop: one "sentence" to the splitter.
func longLine(n int) string {
	const words = "Kim Jong Un met Moon Jae-in and the Russian Foreign Ministry in Seoul, where NATO troops said Lee warned Ukraine "
	return strings.Repeat(words, n/len(words)+1)[:n]
}

// countdown is a context whose Err turns to Canceled after n calls, and
// which counts the calls made after that.
type countdown struct {
	context.Context
	n     atomic.Int64
	after atomic.Int64
}

func (c *countdown) Err() error {
	if c.n.Add(-1) >= 0 {
		return nil
	}
	c.after.Add(1)
	return context.Canceled
}

func pipeline(t testing.TB) *ingest.Pipeline {
	t.Helper()
	p, err := ingest.NewPipeline(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDocumentCancelled(t *testing.T) {
	p := pipeline(t)
	ctx := &countdown{Context: t.Context()}
	ctx.n.Store(20)
	_, err := p.Document(ctx, "long.txt", longLine(4<<20))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Document of a 4 MB line cancelled after 20 sentences = %v, want context.Canceled", err)
	}
	// Analysis stops at the first check after the cancellation: it has
	// analysed at most one more sentence of MaxSentenceBytes.
	if n := ctx.after.Load(); n != 1 {
		t.Errorf("Document checked the cancelled context %d times, want 1 (it went on after the cancellation)", n)
	}
}

func TestDocumentLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 4 MB")
	}
	p := pipeline(t)
	text := longLine(4 << 20)
	doc, err := p.Document(t.Context(), "long.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) < len(text)/nlp.MaxSentenceBytes {
		t.Errorf("a %d-byte line gave %d sentences, want it cut into pieces of at most %d bytes", len(text), len(doc.Sentences), nlp.MaxSentenceBytes)
	}
	for i, s := range doc.Sentences {
		if len(s.Text) > nlp.MaxSentenceBytes || text[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d: %d bytes at [%d,%d), want at most %d and the text there", i, len(s.Text), s.Start, s.End, nlp.MaxSentenceBytes)
		}
	}
	if len(doc.Facts) == 0 || len(doc.Entities) == 0 {
		t.Errorf("a 4 MB line gave %d facts and %d entities, want some", len(doc.Facts), len(doc.Entities))
	}
}

// BenchmarkDocumentLongLine analyses one line with no full stop of 1 and
// 4 MB: the time per byte should not grow with the length (before lines
// were cut into sentences of nlp.MaxSentenceBytes, kg extract took 63 s
// on a 4 MB line and 4.8 s on 1 MB of it; 2.1 s and 9.4 s here after).
func BenchmarkDocumentLongLine(b *testing.B) {
	p := pipeline(b)
	for _, size := range []int{1 << 20, 4 << 20} {
		text := longLine(size)
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				if _, err := p.Document(b.Context(), "long.txt", text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
