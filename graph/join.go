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

// storedEntities returns every entity node with a name, with its type and
// aliases, in no particular order. It reads every quad once.
func (s *Store) storedEntities(ctx context.Context) ([]schema.Entity, error) {
	v, err := s.newView(ctx)
	if err != nil {
		return nil, err
	}
	if v.pName == nil {
		return nil, nil
	}
	byIRI := make(map[quad.Value]*schema.Entity)
	var order []quad.Value
	err = s.scan(ctx, func(r cgraph.Ref) error {
		p, err := s.qs.QuadDirection(r, quad.Predicate)
		if err != nil {
			return err
		}
		if pk := keyOf(p); pk == nil || (pk != v.pName && pk != v.pType && pk != v.pAlias) {
			return nil
		}
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		if !schema.IsEntityIRI(q.Subject) {
			return nil
		}
		e := byIRI[q.Subject]
		if e == nil {
			e = &schema.Entity{}
			byIRI[q.Subject] = e
			order = append(order, q.Subject)
		}
		switch o := q.Object.(type) {
		case quad.String:
			if q.Predicate == schema.Name {
				e.Name = string(o)
			} else if q.Predicate == schema.Alias {
				e.Aliases = append(e.Aliases, string(o))
			}
		case quad.IRI:
			if q.Predicate == schema.Type {
				for _, t := range schema.EntityTypes {
					if t.IRI() == o {
						e.Type = t
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]schema.Entity, 0, len(order))
	for _, iri := range order {
		if e := byIRI[iri]; e.Name != "" {
			out = append(out, *e)
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
	if err != nil || ref == nil {
		return err
	}
	tx.AddQuad(quad.Quad{Subject: to, Predicate: schema.Name, Object: quad.String(m.To)})
	move := func(dir quad.Direction) error {
		return iterator.Iterate(ctx, s.qs.QuadIterator(dir, ref)).Each(func(r cgraph.Ref) error {
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
	}
	if err := move(quad.Subject); err != nil {
		return fmt.Errorf("merge %q into %q: %w", m.From, m.To, err)
	}
	if err := move(quad.Object); err != nil {
		return fmt.Errorf("merge %q into %q: %w", m.From, m.To, err)
	}
	return nil
}
