package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// importBatch is how many quads [Store.Import] writes per transaction.
const importBatch = 10000

// Import reads N-Quads from r and adds them to the store, in transactions
// of importBatch quads, skipping quads already stored. It returns the
// number of quads read and written. On a syntax error, the quads before the
// bad one are written and the error names the bad quad's number. Import does not check that the
// quads follow kg's schema: quads exported by [Store.Export] do.
func (s *Store) Import(ctx context.Context, r io.Reader) (int, error) {
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	batch := make([]quad.Quad, 0, importBatch)
	n := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := s.WriteQuads(ctx, batch); err != nil {
			return fmt.Errorf("import: write quads %d-%d: %w", n-len(batch)+1, n, err)
		}
		batch = batch[:0]
		return nil
	}
	for {
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if ferr := flush(); ferr != nil {
				return n - len(batch), ferr
			}
			return n, fmt.Errorf("import: quad %d: %w", n+1, err)
		}
		batch = append(batch, q)
		n++
		if len(batch) == importBatch {
			if err := flush(); err != nil {
				return n - importBatch, err
			}
		}
	}
	if err := flush(); err != nil {
		return n - len(batch), err
	}
	return n, nil
}
