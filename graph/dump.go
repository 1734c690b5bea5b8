package graph

import (
	"context"
	"fmt"
	"io"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg/schema"
)

// dumpBatch is how many quads [Store.Dump] reads the values of at once.
const dumpBatch = 1024

// Dump writes every quad of the store to w as N-Quads, in the order the
// store keeps them, while it reads them. Unlike [Store.Export], which
// sorts the whole graph first and so holds it in memory before it writes
// a byte, Dump holds one batch of quads at a time and writes the first
// batch at once; its output is not sorted, and two dumps of one store may
// list the quads in different orders. [Store.Import] reads it back.
func (s *Store) Dump(ctx context.Context, w io.Writer) error {
	qw := nquads.NewWriter(w)
	dirs := []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label}
	var (
		refs  []cgraph.Ref // the non-nil refs of the batch's quads
		slots []int        // for each of refs, its index in terms
		terms = make([]quad.Value, 0, 4*dumpBatch)
		buf   = make([]quad.Quad, 0, dumpBatch)
	)
	flush := func() error {
		if len(terms) == 0 {
			return nil
		}
		vals, err := cgraph.ValuesOf(ctx, s.qs, refs)
		if err != nil {
			return fmt.Errorf("read node values: %w", err)
		}
		for i, v := range vals {
			terms[slots[i]] = v
		}
		buf = buf[:0]
		for i := 0; i < len(terms); i += 4 {
			buf = append(buf, schema.Portable(quad.Quad{Subject: terms[i], Predicate: terms[i+1], Object: terms[i+2], Label: terms[i+3]}))
		}
		if _, err := qw.WriteQuads(buf); err != nil {
			return fmt.Errorf("write nquads: %w", err)
		}
		refs, slots, terms = refs[:0], slots[:0], terms[:0]
		return nil
	}
	err := s.scan(ctx, func(q cgraph.Ref) error {
		for _, d := range dirs {
			ref, err := s.qs.QuadDirection(q, d)
			if err != nil {
				return err
			}
			if ref != nil {
				refs = append(refs, ref)
				slots = append(slots, len(terms))
			}
			terms = append(terms, nil)
		}
		if len(terms) == cap(terms) {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if cerr := qw.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("write nquads: %w", cerr)
	}
	return err
}
