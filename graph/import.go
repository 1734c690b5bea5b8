package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// importBatch is about how many quads [Store.Import] writes per
// transaction. Against 10,000 (what Cayley's loader uses), 25,000 halves the
// number of commits, each of which rewrites bolt's dirty pages and syncs
// them; larger batches hold more dirty pages for little or no gain. The
// first million quads of an export, into bolt, through Cayley's writer:
// 9.6 s with 25,000, 9.8 s with 50,000 and 11.0 s with 100,000 at GOGC
// 200; 9.0, 8.8 and 10.3 s at GOGC 400, with 0.71, 0.92 and 1.08 GB of
// RSS.
const importBatch = 25_000

// importChunk is a batch of parsed quads, or the error that ended parsing.
type importChunk struct {
	quads []quad.Quad
	err   error
}

// Import reads N-Quads from r and adds them to the store, in transactions
// of about importBatch quads, skipping quads already stored. It returns the
// number of quads it read and handed to the store, stored ones included. On
// a syntax error, the quads before the bad one are written and the error
// names the bad quad's number. Import does not check that the quads follow
// kg's schema: quads exported by [Store.Export] do.
//
// Parsing runs on its own goroutine, one batch ahead of the writer, so that
// the store's single writer never waits for the parser.
func (s *Store) Import(ctx context.Context, r io.Reader) (int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chunks := make(chan importChunk, 1)
	go parseQuads(ctx, r, chunks)

	n := 0
	for c := range chunks {
		if len(c.quads) > 0 {
			if err := s.WriteQuads(ctx, c.quads); err != nil {
				return n, fmt.Errorf("import: write quads %d-%d: %w", n+1, n+len(c.quads), err)
			}
			n += len(c.quads)
		}
		if c.err != nil {
			return n, fmt.Errorf("import: quad %d: %w", n+1, c.err)
		}
	}
	return n, ctx.Err()
}

// parseQuads reads N-Quads from r and sends them on out in batches of
// importBatch or more (see below); the last chunk carries the error that
// stopped the reader, if it is not the end of the input. It closes out when
// done, and stops early when ctx is cancelled.
func parseQuads(ctx context.Context, r io.Reader, out chan<- importChunk) {
	defer close(out)
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	send := func(c importChunk) bool {
		select {
		case out <- c:
			return true
		case <-ctx.Done():
			return false
		}
	}
	batch := make([]quad.Quad, 0, importBatch)
	for {
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			send(importChunk{quads: batch})
			return
		}
		if err != nil {
			send(importChunk{quads: batch, err: err})
			return
		}
		// A full batch ends where a label (a document) ends, up to twice
		// its size: the store checks quads whose label it holds already
		// for duplicates one by one (see Store.apply), and a document cut
		// in two would have its second part checked.
		if n := len(batch); n >= 2*importBatch || n >= importBatch && q.Label != batch[n-1].Label {
			if !send(importChunk{quads: batch}) {
				return
			}
			batch = make([]quad.Quad, 0, importBatch)
		}
		batch = append(batch, q)
	}
}
