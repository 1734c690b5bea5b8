package graph

import (
	"context"
	"errors"
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

// Load writes docs to the store in one transaction, so that a crash or a
// failure leaves either all of them stored or none. A document whose ID is
// already stored, or appears earlier in docs, is skipped. Older documents
// from the same source (a file that changed since it was built) are removed
// in the transaction that adds the new one; when two documents of docs
// share a source, the transaction is cut before the second so that it
// replaces the first. Writing many documents per call is much faster than
// one per call, since each transaction is a disk sync.
//
// Load returns one result per document of docs, in order. On error, the
// results cover only the documents committed before the failure.
//
// With [Options.Join], each new document's entities are first joined to
// the stored nodes, and stored nodes that a document shows to be one with
// its entities are merged into them in the transaction that adds it (see
// [schema.Merge]), after the removal of its older versions when it has
// any, which then takes a transaction of its own; such loads run one at a
// time.
func (s *Store) Load(ctx context.Context, docs ...schema.Document) (_ []LoadResult, err error) {
	if s.newJoiner != nil {
		s.joinMu.Lock()
		defer s.joinMu.Unlock()
		defer func() {
			if err != nil {
				// The joiner may know entities that were not stored.
				s.joiner = nil
			}
		}()
	}
	var (
		done    = make([]LoadResult, 0, len(docs))
		pending []LoadResult
		tx      = cgraph.NewTransaction()
		ids     = make(map[string]bool)
		sources = make(map[string]bool)
		gone    = make(map[quad.Value]bool) // documents this transaction removes
	)
	commit := func() error {
		if len(tx.Deltas) > 0 {
			if err := s.apply(ctx, tx, nil); err != nil {
				return err
			}
		}
		done = append(done, pending...)
		pending = pending[:0]
		tx = cgraph.NewTransaction()
		clear(sources)
		clear(gone)
		return nil
	}
	for _, doc := range docs {
		if err := ctx.Err(); err != nil {
			return done, err
		}
		replaces := doc.Source != "" && doc.Source != "-"
		if replaces && sources[doc.Source] {
			if err := commit(); err != nil {
				return done, fmt.Errorf("load %d documents: %w", len(pending), err)
			}
		}
		r, old, qs, merges, err := s.stage(ctx, doc, ids[doc.ID])
		if err != nil {
			return done, fmt.Errorf("load document %s (%s): %w", doc.ID, doc.Source, err)
		}
		ids[doc.ID] = true
		// A merge reads the quads it moves from the store, so the
		// documents staged before must be written first.
		if len(qs) > s.maxTxQuads || len(merges) > 0 {
			if err := commit(); err != nil {
				return done, fmt.Errorf("load %d documents: %w", len(pending), err)
			}
		}
		if len(qs) > s.maxTxQuads {
			if err := s.writeLarge(ctx, schema.DocumentIRI(doc.ID), old, merges, qs); err != nil {
				return done, fmt.Errorf("load document %s (%s): %w", doc.ID, doc.Source, err)
			}
			done = append(done, r)
			continue
		}
		for _, iri := range old {
			gone[iri] = true
		}
		for _, iri := range old {
			if err := s.removeLabel(ctx, tx, iri, gone); err != nil {
				return done, fmt.Errorf("load document %s (%s): %w", doc.ID, doc.Source, err)
			}
		}
		if len(old) > 0 && len(merges) > 0 {
			// The store may write a transaction that removes more
			// quads than it adds with some node as two, removals first
			// (see package graph/internal/kv), as replacing a document
			// by a shorter version does. A merge's removals are quads of
			// other documents, moved to another node: written without
			// their additions, by a load then cut short, they would be
			// lost for good, since no later build reads those stored
			// documents again. So the older versions are removed in a
			// transaction of their own; cut short after it, the load
			// leaves them removed and the new version absent, which
			// building the file again completes.
			if err := commit(); err != nil {
				return done, fmt.Errorf("load document %s (%s): remove its older versions: %w", doc.ID, doc.Source, err)
			}
		}
		if tx, err = s.applyMerges(ctx, tx, merges, gone); err != nil {
			return done, fmt.Errorf("load document %s (%s): %w", doc.ID, doc.Source, err)
		}
		for _, q := range qs {
			tx.AddQuad(q)
		}
		if !r.Skipped && replaces {
			sources[doc.Source] = true
		}
		pending = append(pending, r)
	}
	if err := commit(); err != nil {
		return done, fmt.Errorf("load %d documents: %w", len(pending), err)
	}
	return done, nil
}

// stage returns what storing doc takes: the older documents from its
// source to remove, the stored nodes to merge and the quads to add, or a
// skipped result when doc is stored or staged already.
func (s *Store) stage(ctx context.Context, doc schema.Document, staged bool) (LoadResult, []quad.IRI, []quad.Quad, []schema.Merge, error) {
	r := LoadResult{ID: doc.ID, Skipped: staged}
	if staged {
		return r, nil, nil, nil, nil
	}
	ok, err := s.HasDocument(ctx, doc.ID)
	if err != nil {
		return r, nil, nil, nil, err
	}
	if ok {
		r.Skipped = true
		return r, nil, nil, nil, nil
	}
	var old []quad.IRI
	if doc.Source != "" && doc.Source != "-" {
		from, err := s.DocumentsFrom(ctx, doc.Source)
		if err != nil {
			return r, nil, nil, nil, err
		}
		for _, iri := range from {
			// Quads of this very document can be there, left by an
			// interrupted writeLarge: they are written again, not removed.
			if iri != schema.DocumentIRI(doc.ID) {
				old = append(old, iri)
				r.Replaced = append(r.Replaced, string(iri[len(schema.DocumentIRI("")):]))
			}
		}
	}
	var merges []schema.Merge
	j, err := s.joinerFor(ctx)
	if err != nil {
		return r, nil, nil, nil, err
	}
	if j != nil {
		doc, merges = j.Join(doc)
	}
	qs := schema.Quads(doc)
	r.Quads = len(qs)
	return r, old, qs, merges, nil
}

// writeLarge writes the quads of one document in transactions of
// s.maxTxQuads, holding back its document node, which it writes last,
// together with the removal of the older documents old and the merges.
func (s *Store) writeLarge(ctx context.Context, label quad.IRI, old []quad.IRI, merges []schema.Merge, qs []quad.Quad) error {
	marker := quad.Quad{Subject: label, Predicate: schema.Type, Object: schema.DocumentClass, Label: label}
	// The labelled quads go first and the unlabelled names and types of
	// entities last: an entity's name and type are then only stored once
	// the quads that say which documents mention it are, so that removing
	// the document (or what an interrupted load left of it) finds them;
	// and the removal of a name and type that the older versions alone
	// mentioned (in the last transaction) is cancelled by their addition
	// or kept back by this document's stored mentions.
	rest := make([]quad.Quad, 0, len(qs))
	var unlabelled []quad.Quad
	for _, q := range qs {
		switch {
		case q == marker:
		case q.Label == nil:
			unlabelled = append(unlabelled, q)
		default:
			rest = append(rest, q)
		}
	}
	rest = append(rest, unlabelled...)
	// Unless an interrupted load left some of them, the quads of label are
	// new, and those of one transaction cannot be in another.
	fresh := map[quad.Value]bool{label: true}
	if ref, err := s.qs.ValueOf(label); err != nil {
		return err
	} else if ref != nil {
		fresh = nil
	}
	for len(rest) > s.maxTxQuads {
		if err := ctx.Err(); err != nil {
			return err
		}
		tx := cgraph.NewTransactionN(s.maxTxQuads)
		for _, q := range rest[:s.maxTxQuads] {
			tx.AddQuad(q)
		}
		if err := s.apply(ctx, tx, fresh); err != nil {
			return err
		}
		rest = rest[s.maxTxQuads:]
	}
	tx := cgraph.NewTransactionN(len(rest) + 1)
	gone := make(map[quad.Value]bool, len(old))
	for _, iri := range old {
		gone[iri] = true
	}
	for _, iri := range old {
		if err := s.removeLabel(ctx, tx, iri, gone); err != nil {
			return err
		}
	}
	if len(old) > 0 && len(merges) > 0 {
		// As in Load: the older versions go apart from the merges.
		if err := s.apply(ctx, tx, nil); err != nil {
			return fmt.Errorf("remove older versions: %w", err)
		}
		tx = cgraph.NewTransactionN(len(rest) + 1)
	}
	tx, err := s.applyMerges(ctx, tx, merges, gone)
	if err != nil {
		return err
	}
	for _, q := range rest {
		tx.AddQuad(q)
	}
	tx.AddQuad(marker)
	return s.apply(ctx, tx, fresh)
}

// removeLabel adds to tx the removal of every quad labelled label, and of
// the name and type of each entity that only documents in gone (which must
// include label) mention. Names and types are written once, unlabelled,
// for all documents (see [schema.Quads]), so they go with the last
// document that mentions their entity. If a document added later in the
// same transaction mentions the entity again, its AddQuad cancels the
// removal.
func (s *Store) removeLabel(ctx context.Context, tx *cgraph.Transaction, label quad.Value, gone map[quad.Value]bool) error {
	ref, err := s.qs.ValueOf(label)
	if err != nil || ref == nil {
		return err
	}
	mentioned := make(map[quad.Value]bool)
	err = iterator.Iterate(ctx, s.qs.QuadIterator(quad.Label, ref)).Each(func(r cgraph.Ref) error {
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		tx.RemoveQuad(q)
		if q.Predicate == schema.MentionedIn {
			mentioned[q.Subject] = true
		}
		return nil
	})
	if err != nil {
		return err
	}
	for e := range mentioned {
		if err := s.removeOrphan(ctx, tx, e, gone); err != nil {
			return err
		}
	}
	return nil
}

// removeOrphan adds to tx the removal of entity e's unlabelled name and
// type quads unless a document outside gone still mentions e.
func (s *Store) removeOrphan(ctx context.Context, tx *cgraph.Transaction, e quad.Value, gone map[quad.Value]bool) error {
	ref, err := s.qs.ValueOf(e)
	if err != nil || ref == nil {
		return err
	}
	var description []quad.Quad
	errStill := errors.New("still mentioned")
	err = iterator.Iterate(ctx, s.qs.QuadIterator(quad.Subject, ref)).Each(func(r cgraph.Ref) error {
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		switch {
		case q.Predicate == schema.MentionedIn && !gone[q.Label]:
			return errStill
		case q.Label == nil && (q.Predicate == schema.Name || q.Predicate == schema.Type):
			description = append(description, q)
		}
		return nil
	})
	if errors.Is(err, errStill) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, q := range description {
		tx.RemoveQuad(q)
	}
	return nil
}

// RemoveDocument removes every quad of the document with the given ID and
// reports whether it was stored.
func (s *Store) RemoveDocument(ctx context.Context, id string) (bool, error) {
	ok, err := s.HasDocument(ctx, id)
	if err != nil || !ok {
		return false, err
	}
	tx := cgraph.NewTransaction()
	label := schema.DocumentIRI(id)
	if err := s.removeLabel(ctx, tx, label, map[quad.Value]bool{label: true}); err != nil {
		return false, err
	}
	err = s.apply(ctx, tx, nil)
	// Dropped once the removal is written, so that a load in between
	// cannot build a joiner that knows entities of this document alone.
	s.dropJoiner()
	return true, err
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
	err := s.apply(ctx, tx, nil)
	s.dropJoiner() // once qs are written: a joiner built before may not know their entities
	return err
}
