package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/schema"
)

// A catalog is what one pass over every stored quad collects for the
// whole-graph questions (actors, statistics, exports). Nodes are ref keys
// of the view it was made with.
type catalog struct {
	quads    int64
	names    map[any]any   // entity → its kg:name value
	types    map[any]any   // node → its kg:type class
	aliases  map[any][]any // entity → its kg:alias values
	mentions map[any]int   // entity → number of kg:mentionedIn quads
	edges    []triple      // relation quads, once per stating document
	// With facts only:
	facts   map[any]*factSlots // fact node → its slots
	texts   map[any]any        // sentence → its kg:text value
	sentDoc map[any]any        // sentence → its document
}

// A triple is the subject, predicate and object keys of a quad.
type triple struct{ s, p, o any }

// factSlots are the keys a fact node links to.
type factSlots struct {
	subj, pred, obj, conf, sentence any
}

// catalog scans every quad. With facts, it also collects fact nodes and
// sentence texts. Predicate values are read as they are met; the values of
// other nodes are left to the caller.
func (v *view) catalog(ctx context.Context, facts bool) (*catalog, error) {
	c := &catalog{
		names:    make(map[any]any),
		types:    make(map[any]any),
		aliases:  make(map[any][]any),
		mentions: make(map[any]int),
	}
	if facts {
		c.facts = make(map[any]*factSlots)
		c.texts = make(map[any]any)
		c.sentDoc = make(map[any]any)
	}
	preds := make(map[any]quad.IRI)
	isRel := make(map[any]bool)
	slot := func(k any) *factSlots {
		f := c.facts[k]
		if f == nil {
			f = &factSlots{}
			c.facts[k] = f
		}
		return f
	}
	qs := v.s.qs
	err := v.s.scan(ctx, func(q cgraph.Ref) error {
		c.quads++
		p, err := qs.QuadDirection(q, quad.Predicate)
		if err != nil {
			return err
		}
		pk := keyOf(p)
		iri, ok := preds[pk]
		if !ok {
			val, err := qs.NameOf(p)
			if err != nil {
				return fmt.Errorf("read predicate: %w", err)
			}
			iri, _ = val.(quad.IRI)
			preds[pk] = iri
			isRel[pk] = schema.IsRelation(iri)
			v.refs[pk], v.vals[pk] = p, val
		}
		if !facts && !isRel[pk] {
			switch iri {
			case schema.Name, schema.Type, schema.Alias, schema.MentionedIn:
			default:
				return nil
			}
		}
		s, err := qs.QuadDirection(q, quad.Subject)
		if err != nil {
			return err
		}
		o, err := qs.QuadDirection(q, quad.Object)
		if err != nil {
			return err
		}
		sk, obj := v.remember(s), v.remember(o)
		switch {
		case isRel[pk]:
			c.edges = append(c.edges, triple{sk, pk, obj})
		case iri == schema.Name:
			c.names[sk] = obj
		case iri == schema.Type:
			c.types[sk] = preferType(v.types, c.types[sk], obj)
		case iri == schema.Alias:
			c.aliases[sk] = append(c.aliases[sk], obj)
		case iri == schema.MentionedIn:
			c.mentions[sk]++
		case !facts:
		case iri == schema.Subject:
			slot(sk).subj = obj
		case iri == schema.Predicate:
			slot(sk).pred = obj
		case iri == schema.Object:
			slot(sk).obj = obj
		case iri == schema.Confidence:
			slot(sk).conf = obj
		case iri == schema.InSentence:
			slot(sk).sentence = obj
		case iri == schema.Text:
			c.texts[sk] = obj
		case iri == schema.InDocument:
			c.sentDoc[sk] = obj
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// An entity typed but unnamed (imported data) still counts.
	for k, t := range c.types {
		if _, ok := c.names[k]; !ok {
			if err := v.values(ctx, []any{t}); err != nil {
				return nil, err
			}
			if entityType(v.value(t)) != "" {
				c.names[k] = nil
			}
		}
	}
	return c, nil
}

// scan calls fn with every stored quad.
func (s *Store) scan(ctx context.Context, fn func(q cgraph.Ref) error) error {
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for n := 1; it.Next(ctx); n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := fn(it.Result()); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("scan quads: %w", err)
	}
	return ctx.Err()
}
