package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/schema"
)

// A Joiner decides, across documents, which node each entity of a new
// document is (see [Options.Join]); package entity's Canon is one.
type Joiner interface {
	// Know records an entity already stored: its name, type and aliases
	// (its Mentions are left empty), and whether it is a document's own
	// ([schema.Entity.Local], its node a [schema.LocalEntityIRI]).
	Know(e schema.Entity)
	// KnowDoc records what the stored document whose ID is doc says of
	// the person e, already told to Know: e.Aliases are the aliases the
	// document gave it and e.JoinedAs its [schema.JoinedAs] names there.
	// A joiner made for a store is told every document that gives a
	// person an alias or a JoinedAs name, and for a person named by one
	// word every document that mentions it, in order of document ID.
	KnowDoc(doc string, e schema.Entity)
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
	ents, docs, err := s.storedEntities(ctx)
	if err != nil {
		return nil, fmt.Errorf("read stored entities: %w", err)
	}
	for _, e := range ents {
		j.Know(e)
	}
	for _, d := range docs {
		j.KnowDoc(d.id, d.e)
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

// A docEntity is what one stored document says of a person.
type docEntity struct {
	id string
	e  schema.Entity
}

// storedEntities returns every person, organisation and group node with
// its name and aliases (the only types [Joiner]s join by evidence), in no
// particular order, and for each person what each document that names it
// says of it: its aliases and [schema.JoinedAs] names there, by document
// ID in order. It finds them through the index of objects (their kg:type)
// and reads each one's own quads, not the whole store.
func (s *Store) storedEntities(ctx context.Context) ([]schema.Entity, []docEntity, error) {
	v, err := s.newView(ctx)
	if err != nil {
		return nil, nil, err
	}
	if v.pName == nil {
		return nil, nil, nil
	}
	jk, err := v.lookup(ctx, []quad.Value{schema.JoinedAs})
	if err != nil {
		return nil, nil, err
	}
	pJoined := jk[0]
	var out []schema.Entity
	var docs []docEntity
	for _, t := range []schema.EntityType{schema.Person, schema.Organization, schema.Group} {
		keys, err := v.entitiesByType(ctx, []schema.EntityType{t})
		if err != nil {
			return nil, nil, err
		}
		for _, k := range keys {
			var name any
			var aliases []any
			type said struct{ aliases, joined []any }
			byDoc := map[any]*said{} // label key → what it says
			var labels []any
			var mentions []cgraph.Ref // the mention quads, whose labels a one-word name needs
			byLabel := func(l cgraph.Ref) *said {
				if l == nil || !v.stored(l) {
					return nil
				}
				lk := v.remember(l)
				d := byDoc[lk]
				if d == nil {
					d = &said{}
					byDoc[lk] = d
					labels = append(labels, lk)
				}
				return d
			}
			err := v.eachQuad(ctx, quad.Subject, k, func(q, p, o cgraph.Ref) error {
				pk := keyOf(p)
				switch pk {
				case v.pName:
					name = v.remember(o)
				case v.pAlias:
					aliases = append(aliases, v.remember(o))
				}
				if t != schema.Person {
					return nil
				}
				if pk == v.pMention {
					mentions = append(mentions, q)
					return nil
				}
				if pk != v.pAlias && (pJoined == nil || pk != pJoined) {
					return nil
				}
				l, err := v.s.qs.QuadDirection(q, quad.Label)
				if err != nil {
					return err
				}
				d := byLabel(l)
				if d == nil {
					return nil
				}
				switch pk {
				case v.pAlias:
					d.aliases = append(d.aliases, v.remember(o))
				case pJoined:
					d.joined = append(d.joined, v.remember(o))
				}
				return nil
			})
			if err != nil {
				return nil, nil, err
			}
			if err := v.values(ctx, []any{name}); err != nil {
				return nil, nil, err
			}
			if n, ok := v.value(name).(quad.String); ok && len(strings.Fields(string(n))) == 1 {
				// Only a one-word name needs the documents that mention
				// it without an alias (see Joiner.KnowDoc).
				for _, q := range mentions {
					l, err := v.s.qs.QuadDirection(q, quad.Label)
					if err != nil {
						return nil, nil, err
					}
					byLabel(l)
				}
			}
			keys := slices.Concat(aliases, []any{name, k}, labels)
			for _, d := range byDoc {
				keys = append(keys, d.joined...)
			}
			if err := v.values(ctx, keys); err != nil {
				return nil, nil, err
			}
			n, ok := v.value(name).(quad.String)
			if !ok {
				continue
			}
			e := schema.Entity{Name: string(n), Type: t, Aliases: v.strings(aliases), Local: schema.IsLocalEntityIRI(v.value(k))}
			out = append(out, e)
			for _, lk := range labels {
				iri, ok := v.value(lk).(quad.IRI)
				if !ok || !schema.IsDocumentIRI(iri) {
					continue
				}
				d := byDoc[lk]
				docs = append(docs, docEntity{id: string(iri[len(schema.DocumentIRI("")):]),
					e: schema.Entity{Name: e.Name, Type: t, Aliases: v.strings(d.aliases), JoinedAs: v.strings(d.joined)}})
			}
		}
	}
	slices.SortStableFunc(docs, func(a, b docEntity) int { return strings.Compare(a.id, b.id) })
	return out, docs, nil
}

// strings returns the string values of keys, already read, in order,
// or nil when there are none.
func (v *view) strings(keys []any) []string {
	var out []string
	for _, k := range keys {
		if str, ok := v.value(k).(quad.String); ok {
			out = append(out, string(str))
		}
	}
	return out
}

// merge adds to tx the moves that m takes: every quad of m.From's node,
// as subject or object, is written again with m.To's node in its place,
// in the same document; m.From's name becomes an alias of m.To in each
// document that mentions m.From (and, for m.Joined, its name and aliases
// there become [schema.JoinedAs] names of m.To), and m.To gets its name
// (and m.From's type), so that the merged node is whole even before the
// document that asked for the merge is stored. Quads of documents in
// gone, which tx removes, are not moved. A split (m.Docs set) moves only
// the quads of m.Docs, copies m.From's type, and makes no alias of
// m.From; it returns the quads of m.Docs that it neither moves nor
// removes, m.From's JoinedAs quads and its alias m.To, for
// [Store.applyMerges] to remove after the moves.
func (s *Store) merge(ctx context.Context, tx *cgraph.Transaction, m schema.Merge, gone map[quad.Value]bool) (drop []quad.Quad, err error) {
	from, to := schema.EntityIRI(m.From), schema.EntityIRI(m.To)
	if from == to {
		return nil, nil
	}
	ref, err := s.qs.ValueOf(from)
	if err != nil {
		return nil, fmt.Errorf("merge %q into %q: %w", m.From, m.To, err)
	}
	if ref == nil {
		return nil, nil
	}
	var docs map[quad.Value]bool // the labels a split moves
	if m.Docs != nil {
		docs = make(map[quad.Value]bool, len(m.Docs))
		for _, id := range m.Docs {
			docs[schema.DocumentIRI(id)] = true
		}
	}
	tx.AddQuad(quad.Quad{Subject: to, Predicate: schema.Name, Object: quad.String(m.To)})
	joined := make(map[quad.Quad]bool) // the JoinedAs quads m.Joined adds
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		err := iterator.Iterate(ctx, s.qs.QuadIterator(dir, ref)).Each(func(r cgraph.Ref) error {
			q, err := s.qs.Quad(r)
			if err != nil {
				return err
			}
			if (q.Label != nil && gone[q.Label]) || (dir == quad.Object && q.Subject == from) {
				return nil
			}
			if docs != nil {
				if q.Label == nil && q.Predicate == schema.Type && q.Subject == from {
					q.Subject = to
					tx.AddQuad(q)
				}
				if q.Label == nil || !docs[q.Label] {
					return nil
				}
				if q.Subject == from && (q.Predicate == schema.JoinedAs ||
					(q.Predicate == schema.Alias && q.Object == quad.String(m.To))) {
					drop = append(drop, q)
					return nil
				}
			}
			tx.RemoveQuad(q)
			if q.Label == nil && q.Predicate == schema.Name && q.Subject == from {
				return nil
			}
			if q.Predicate == schema.MentionedIn && q.Subject == from && docs == nil {
				tx.AddQuad(quad.Quad{Subject: to, Predicate: schema.Alias, Object: quad.String(m.From), Label: q.Label})
			}
			if m.Joined && q.Subject == from && q.Label != nil {
				var j quad.Quad
				switch q.Predicate {
				case schema.MentionedIn:
					j = quad.Quad{Subject: to, Predicate: schema.JoinedAs, Object: quad.String(m.From), Label: q.Label}
				case schema.Alias:
					j = quad.Quad{Subject: to, Predicate: schema.JoinedAs, Object: q.Object, Label: q.Label}
				}
				if j.Subject != nil && !joined[j] {
					joined[j] = true
					tx.AddQuad(j)
				}
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
			return nil, fmt.Errorf("merge %q into %q: %w", m.From, m.To, err)
		}
	}
	return drop, nil
}

// applyMerges adds to tx the moves of merges, in order, and returns the
// transaction to go on with. A split ([schema.Merge] with Docs) is
// written at once instead, after the merges before it, in two
// transactions of its own: its moves, and then the removal of the
// JoinedAs quads that asked for it. Written with them, the removals would
// make the store write the transaction as two, removals first (see
// package graph/internal/kv), and a load cut short between the two would
// lose the moved quads for good; cut short between these two, the load
// leaves the JoinedAs quads, and the joiner made afresh for the next
// build asks for the split again, which then only removes them.
func (s *Store) applyMerges(ctx context.Context, tx *cgraph.Transaction, merges []schema.Merge, gone map[quad.Value]bool) (*cgraph.Transaction, error) {
	for _, m := range merges {
		if m.Docs == nil {
			if _, err := s.merge(ctx, tx, m, gone); err != nil {
				return tx, err
			}
			continue
		}
		if len(tx.Deltas) > 0 {
			if err := s.apply(ctx, tx, nil); err != nil {
				return tx, err
			}
		}
		tx = cgraph.NewTransaction()
		drop, err := s.merge(ctx, tx, m, gone)
		if err != nil {
			return tx, err
		}
		if err := s.apply(ctx, tx, nil); err != nil {
			return tx, fmt.Errorf("split %q off %q: %w", m.To, m.From, err)
		}
		tx = cgraph.NewTransaction()
		for _, q := range drop {
			tx.RemoveQuad(q)
		}
		if err := s.apply(ctx, tx, nil); err != nil {
			return tx, fmt.Errorf("split %q off %q: %w", m.To, m.From, err)
		}
		tx = cgraph.NewTransaction()
	}
	return tx, nil
}
