package graph

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg/schema"
)

// dumpBatch is how many quads [Store.Dump] reads the values of at once.
const dumpBatch = 1024

// Dump writes the quads of the store, or of the part sel selects (as
// [Store.Export] selects them), to w as N-Quads ("nquads") or JSON-LD
// ("jsonld"), while it reads them. Unlike [Store.Export], which sorts
// them first and so holds them all before it writes a byte, Dump holds
// one batch of quads at a time: the whole graph's first batch is written
// at once, a selection's after one pass that finds what it selects. Its
// output is in the order the store keeps the quads, so two dumps of one
// store may differ in order; JSON-LD then has a node object for each run
// of quads with one subject in a batch, where Export has one per subject
// and graph. [Store.Import] reads the N-Quads back.
func (s *Store) Dump(ctx context.Context, w io.Writer, format string, sel Selection) error {
	var qw quad.WriteCloser
	switch format {
	case "nquads":
		qw = nquads.NewWriter(w)
	case "jsonld":
		qw = newJSONLDWriter(w)
	default:
		return fmt.Errorf("%w %q: dump writes nquads or jsonld", ErrUnknownFormat, format)
	}
	var keep func(s, p, o any) bool
	if sel.Actor != "" || sel.Query != "" {
		v, err := s.newView(ctx)
		if err != nil {
			return err
		}
		if keep, err = v.quadFilter(ctx, sel); err != nil {
			return err
		}
	}
	dirs := []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label}
	var (
		refs  []cgraph.Ref // the non-nil refs of the batch's quads
		slots []int        // for each of refs, its index in terms
		terms = make([]quad.Value, 0, 4*dumpBatch)
		buf   = make([]quad.Quad, 0, dumpBatch)
		four  [4]cgraph.Ref
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
		if format == "jsonld" {
			// Together, a batch's quads of one graph and subject make
			// one node object.
			slices.SortStableFunc(buf, func(a, b quad.Quad) int {
				return cmp.Or(strings.Compare(quad.StringOf(a.Label), quad.StringOf(b.Label)),
					strings.Compare(quad.StringOf(a.Subject), quad.StringOf(b.Subject)),
					strings.Compare(quad.StringOf(a.Predicate), quad.StringOf(b.Predicate)))
			})
		}
		if _, err := qw.WriteQuads(buf); err != nil {
			return fmt.Errorf("write %s: %w", format, err)
		}
		refs, slots, terms = refs[:0], slots[:0], terms[:0]
		return nil
	}
	err := s.scan(ctx, func(q cgraph.Ref) error {
		for i, d := range dirs {
			ref, err := s.qs.QuadDirection(q, d)
			if err != nil {
				return err
			}
			four[i] = ref
		}
		if keep != nil && !keep(keyOf(four[0]), keyOf(four[1]), keyOf(four[2])) {
			return nil
		}
		for _, ref := range four {
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
		err = fmt.Errorf("write %s: %w", format, cerr)
	}
	return err
}
