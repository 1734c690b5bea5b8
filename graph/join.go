package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/schema"
)

// A Joiner decides, across documents, which node each entity of a new
// document is (see [Options.Join]); package entity's Canon is one.
type Joiner interface {
	// Know records an entity already stored: its name, type and aliases
	// (its Mentions are left empty).
	Know(e schema.Entity)
	// Join returns doc with its entities renamed to the nodes they join,
	// and the stored nodes to merge into doc's entities, in order. It
	// records doc's entities as stored.
	Join(doc schema.Document) (schema.Document, []schema.Merge)
}

// joinerFor returns the store's joiner, told every stored entity, or nil
// when the store joins no entities.
func (s *Store) joinerFor(ctx context.Context) (Joiner, error) {
	if s.newJoiner == nil || s.joiner != nil {
		return s.joiner, nil
	}
	j, err := s.newJoiner()
	if err != nil {
		return nil, err
	}
	ents, err := s.storedEntities(ctx)
	if err != nil {
		return nil, fmt.Errorf("read stored entities: %w", err)
	}
	for _, e := range ents {
		j.Know(e)
	}
	s.joiner = j
	return j, nil
}

// dropJoiner makes the next [Store.Load] build its joiner afresh from the
// store.
func (s *Store) dropJoiner() {
	if s.newJoiner == nil {
		return
	}
	s.joinMu.Lock()
	s.joiner = nil
	s.joinMu.Unlock()
}

// storedEntities returns every person and organisation node with its
// name and aliases (the only types [Joiner]s join by evidence), in no
// particular order. It finds them through the index of objects (their
// kg:type) and reads each one's own quads, not the whole store.
func (s *Store) storedEntities(ctx context.Context) ([]schema.Entity, error) {
	v, err := s.newView(ctx)
	if err != nil {
		return nil, err
	}
	if v.pName == nil {
		return nil, nil
	}
	var out []schema.Entity
	for _, t := range []schema.EntityType{schema.Person, schema.Organization} {
		keys, err := v.entitiesByType(ctx, []schema.EntityType{t})
		if err != nil {
			return nil, err
		}
		for _, k := range keys {
			var name any
			var aliases []any
			err := v.quadsOf(ctx, quad.Subject, k, func(p, o cgraph.Ref) error {
				switch keyOf(p) {
				case v.pName:
					name = v.remember(o)
				case v.pAlias:
					aliases = append(aliases, v.remember(o))
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
			if err := v.values(ctx, append(aliases, name)); err != nil {
				return nil, err
			}
			n, ok := v.value(name).(quad.String)
			if !ok {
				continue
			}
			e := schema.Entity{Name: string(n), Type: t}
			for _, a := range aliases {
				if str, ok := v.value(a).(quad.String); ok {
					e.Aliases = append(e.Aliases, string(str))
				}
			}
			out = append(out, e)
		}
	}
	return out, nil
}

// merge adds to tx the moves that m takes: every quad of m.From's node,
// as subject or object, is written again with m.To's node in its place,
// in the same document; m.From's name becomes an alias of m.To in each
// document that mentions m.From, and m.To gets its name (and m.From's
// type), so that the merged node is whole even before the document that
// asked for the merge is stored. Quads of documents in gone, which tx
// removes, are not moved.
func (s *Store) merge(ctx context.Context, tx *cgraph.Transaction, m schema.Merge, gone map[quad.Value]bool) error {
	from, to := schema.EntityIRI(m.From), schema.EntityIRI(m.To)
	if from == to {
		return nil
	}
	ref, err := s.qs.ValueOf(from)
	if err != nil {
		return fmt.Errorf("merge %q into %q: %w", m.From, m.To, err)
	}
	if ref == nil {
		return nil
	}
	tx.AddQuad(quad.Quad{Subject: to, Predicate: schema.Name, Object: quad.String(m.To)})
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		err := iterator.Iterate(ctx, s.qs.QuadIterator(dir, ref)).Each(func(r cgraph.Ref) error {
			q, err := s.qs.Quad(r)
			if err != nil {
				return err
			}
			if (q.Label != nil && gone[q.Label]) || (dir == quad.Object && q.Subject == from) {
				return nil
			}
			tx.RemoveQuad(q)
			if q.Label == nil && q.Predicate == schema.Name && q.Subject == from {
				return nil
			}
			if q.Predicate == schema.MentionedIn && q.Subject == from {
				tx.AddQuad(quad.Quad{Subject: to, Predicate: schema.Alias, Object: quad.String(m.From), Label: q.Label})
			}
			if q.Subject == from {
				q.Subject = to
			}
			if q.Object == from {
				q.Object = to
			}
			tx.AddQuad(q)
			return nil
		})
		if err != nil {
			return fmt.Errorf("merge %q into %q: %w", m.From, m.To, err)
		}
	}
	return nil
}
