package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/schema"
)

// LoadResult says what [Store.Load] did with one document.
type LoadResult struct {
	// ID is the document's ID.
	ID string
	// Skipped is true when a document with the same ID was already stored,
	// so nothing was written.
	Skipped bool
	// Replaced lists the IDs of older documents from the same source that
	// were removed.
	Replaced []string
	// Quads is the number of quads written.
	Quads int
}

// HasDocument reports whether a document with the given ID is stored.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	return s.has(ctx, schema.DocumentIRI(id), schema.Type, schema.DocumentClass)
}

func (s *Store) has(ctx context.Context, subj quad.Value, pred quad.IRI, obj quad.Value) (bool, error) {
	n, err := path.StartPath(s.qs, subj).Has(pred, obj).Iterate(ctx).Limit(1).Count()
	return n > 0, err
}

// DocumentsFrom returns the IDs of the stored documents read from source.
func (s *Store) DocumentsFrom(ctx context.Context, source string) ([]quad.IRI, error) {
	vals, err := path.StartPath(s.qs, quad.String(source)).In(schema.Source).Iterate(ctx).AllValues(s.qs)
	if err != nil {
		return nil, err
	}
	out := make([]quad.IRI, 0, len(vals))
	for _, v := range vals {
		if iri, ok := v.(quad.IRI); ok && schema.IsDocumentIRI(iri) {
			out = append(out, iri)
		}
	}
	return out, nil
}

// Load writes documents to the store, each with all its quads in one
// transaction, so a document is either stored whole or not at all. A
// document whose ID is already stored is skipped. Older documents from the
// same source (a file that changed since it was built) are removed in the
// same transaction that adds the new one.
func (s *Store) Load(ctx context.Context, docs ...schema.Document) ([]LoadResult, error) {
	results := make([]LoadResult, 0, len(docs))
	for _, doc := range docs {
		if err := ctx.Err(); err != nil {
			return results, err
		}
		r, err := s.load(ctx, doc)
		if err != nil {
			return results, fmt.Errorf("load document %s (%s): %w", doc.ID, doc.Source, err)
		}
		results = append(results, r)
	}
	return results, nil
}

func (s *Store) load(ctx context.Context, doc schema.Document) (LoadResult, error) {
	r := LoadResult{ID: doc.ID}
	ok, err := s.HasDocument(ctx, doc.ID)
	if err != nil {
		return r, err
	}
	if ok {
		r.Skipped = true
		return r, nil
	}
	tx := cgraph.NewTransaction()
	if doc.Source != "" && doc.Source != "-" {
		old, err := s.DocumentsFrom(ctx, doc.Source)
		if err != nil {
			return r, err
		}
		for _, iri := range old {
			if err := s.removeLabel(ctx, tx, iri); err != nil {
				return r, err
			}
			r.Replaced = append(r.Replaced, string(iri[len(schema.DocumentIRI("")):]))
		}
	}
	qs := schema.Quads(doc)
	for _, q := range qs {
		tx.AddQuad(q)
	}
	r.Quads = len(qs)
	if err := s.w.ApplyTransaction(tx); err != nil {
		return r, err
	}
	return r, nil
}

// removeLabel adds to tx the removal of every quad labelled label.
func (s *Store) removeLabel(ctx context.Context, tx *cgraph.Transaction, label quad.Value) error {
	ref, err := s.qs.ValueOf(label)
	if err != nil || ref == nil {
		return err
	}
	return iterator.Iterate(ctx, s.qs.QuadIterator(quad.Label, ref)).Each(func(r cgraph.Ref) error {
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		tx.RemoveQuad(q)
		return nil
	})
}

// RemoveDocument removes every quad of the document with the given ID and
// reports whether it was stored.
func (s *Store) RemoveDocument(ctx context.Context, id string) (bool, error) {
	ok, err := s.HasDocument(ctx, id)
	if err != nil || !ok {
		return false, err
	}
	tx := cgraph.NewTransaction()
	if err := s.removeLabel(ctx, tx, schema.DocumentIRI(id)); err != nil {
		return false, err
	}
	return true, s.w.ApplyTransaction(tx)
}

// WriteQuads adds quads to the store in one transaction, skipping quads
// that are already stored. It is how N-Quads files are imported.
func (s *Store) WriteQuads(ctx context.Context, qs []quad.Quad) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	tx := cgraph.NewTransactionN(len(qs))
	for _, q := range qs {
		tx.AddQuad(q)
	}
	return s.w.ApplyTransaction(tx)
}
