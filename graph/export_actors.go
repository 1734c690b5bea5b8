package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/schema"
)

// An exportNode is an entity of the actor graph.
type exportNode struct {
	id   string // the entity IRI without brackets: kg:e/Kim_Jong_Bok
	name string
	typ  schema.EntityType
}

// An exportEdge is a relation between two entities of the actor graph.
type exportEdge struct {
	from, to   string // exportNode ids
	relation   string
	weight     int     // relation quads stating it: one per document
	confidence float64 // the best confidence of its facts
	sentence   string  // the least text of the sentences of such facts
	background bool    // a background fact's edge: no document states it
}

// writeActorGraph writes the actor graph of sel to the writer that mk
// makes, which it calls only once sel is known to be valid, so that an
// error before then writes nothing. It holds the entities, the relation
// triples and the slots of the fact nodes, never every node or quad: one
// scan collects them; the nodes are then written, sorted, and the edges
// entity by entity, the sentences of each entity's edges read through the
// store's index when they are written.
func (s *Store) writeActorGraph(ctx context.Context, sel Selection, mk func() (actorWriter, error)) error {
	v, err := s.newView(ctx)
	if err != nil {
		return err
	}
	v.background = sel.Background
	ents, err := v.selection(ctx, sel)
	if err != nil {
		return err
	}
	a, err := s.scanActors(ctx)
	if err != nil {
		return err
	}
	in := func(k any) bool {
		_, named := a.names[k]
		return named && (ents == nil || ents[k])
	}
	var keys, need []any
	for k, name := range a.names {
		if in(k) {
			keys = append(keys, k)
			need = append(need, k, name, a.types[k])
		}
	}
	vals, err := a.values(ctx, s.qs, need)
	if err != nil {
		return err
	}
	ids := make(map[any]string, len(keys)) // entity key → node id
	nodes := make([]exportNode, 0, len(keys))
	for _, k := range keys {
		n := exportNode{id: strings.TrimSuffix(strings.TrimPrefix(vals[k].String(), "<"), ">"), typ: entityType(vals[a.types[k]])}
		if name, ok := vals[a.names[k]].(quad.String); ok {
			n.name = string(name)
		} else {
			n.name = nameFromIRI(vals[k])
		}
		nodes = append(nodes, n)
		ids[k] = n.id
	}
	slices.SortFunc(nodes, func(x, y exportNode) int { return strings.Compare(x.id, y.id) })
	byID := make(map[string]any, len(keys))
	for k, id := range ids {
		byID[id] = k
	}
	stated := make(map[any][]triple) // entity → its relation triples to entities in the graph
	for e := range a.weight {
		if in(e.s) && in(e.o) {
			stated[e.s] = append(stated[e.s], e)
		}
	}
	factsOf := make(map[any][]*factRefs) // entity → the facts whose subject it is
	for _, f := range a.facts {
		if f.pred != nil && in(f.subj) {
			factsOf[f.subj] = append(factsOf[f.subj], f)
		}
	}
	a.facts = nil
	w, err := mk()
	if err != nil {
		return err
	}
	for _, n := range nodes {
		if err := w.Node(n); err != nil {
			return err
		}
	}
	for _, n := range nodes {
		k := byID[n.id]
		if len(stated[k]) == 0 && !sel.Background {
			continue
		}
		edges, err := a.edgesFrom(ctx, s.qs, k, stated[k], factsOf[k], in, ids, sel.Background)
		if err != nil {
			return err
		}
		for _, e := range edges {
			e.from = n.id
			if err := w.Edge(e); err != nil {
				return err
			}
		}
	}
	return w.Close()
}

// An actorScan is what one scan of every quad collects for the actor
// graph: entities, their names and types, and the relation triples with
// how many quads state each.
type actorScan struct {
	refs   map[any]cgraph.Ref // the refs of the keys below
	preds  map[any]quad.IRI   // every predicate met, by key
	names  map[any]any        // entity → its kg:name value; nil for an unnamed typed entity
	types  map[any]any        // node → its first kg:type class
	weight map[triple]int     // relation triple → quads stating it, one per document
	facts  map[any]*factRefs  // fact node → its slots
}

// factRefs are what the actor graph needs of a fact node: its slots as
// keys, and as refs the values it reads only for some facts.
type factRefs struct {
	subj, pred, obj any
	conf, sentence  cgraph.Ref
	bg              bool // marked kg:background
}

// scanActors scans every quad for the actor graph.
func (s *Store) scanActors(ctx context.Context) (*actorScan, error) {
	typeOf, err := typeKeys(s.qs)
	if err != nil {
		return nil, err
	}
	a := &actorScan{
		refs:   make(map[any]cgraph.Ref),
		preds:  make(map[any]quad.IRI),
		names:  make(map[any]any),
		types:  make(map[any]any),
		weight: make(map[triple]int),
		facts:  make(map[any]*factRefs),
	}
	isRel := make(map[any]bool)
	slot := func(q cgraph.Ref) (*factRefs, cgraph.Ref, error) {
		sr, err := s.qs.QuadDirection(q, quad.Subject)
		if err != nil {
			return nil, nil, err
		}
		o, err := s.qs.QuadDirection(q, quad.Object)
		if err != nil {
			return nil, nil, err
		}
		f := a.facts[keyOf(sr)]
		if f == nil {
			f = &factRefs{}
			a.facts[keyOf(sr)] = f
		}
		return f, o, nil
	}
	keep := func(r cgraph.Ref) any {
		k := keyOf(r)
		if _, ok := a.refs[k]; !ok && k != nil {
			a.refs[k] = r
		}
		return k
	}
	err = s.scan(ctx, func(q cgraph.Ref) error {
		p, err := s.qs.QuadDirection(q, quad.Predicate)
		if err != nil {
			return err
		}
		pk := keyOf(p)
		iri, ok := a.preds[pk]
		if !ok {
			val, err := s.qs.NameOf(p)
			if err != nil {
				return fmt.Errorf("read predicate: %w", err)
			}
			iri, _ = val.(quad.IRI)
			a.preds[pk] = iri
			isRel[pk] = schema.IsRelation(iri)
		}
		switch iri {
		case schema.Subject, schema.Predicate, schema.Object, schema.Confidence, schema.InSentence, schema.Background:
			f, o, err := slot(q)
			if err != nil {
				return err
			}
			switch iri {
			case schema.Subject:
				f.subj = keyOf(o)
			case schema.Predicate:
				f.pred = keep(o)
			case schema.Object:
				f.obj = keyOf(o)
			case schema.Confidence:
				f.conf = o
			case schema.InSentence:
				f.sentence = o
			case schema.Background:
				f.bg = true
			}
			return nil
		case schema.Name, schema.Type:
		default:
			if !isRel[pk] {
				return nil
			}
		}
		sr, err := s.qs.QuadDirection(q, quad.Subject)
		if err != nil {
			return err
		}
		or, err := s.qs.QuadDirection(q, quad.Object)
		if err != nil {
			return err
		}
		sk, ok2 := keep(sr), keep(or)
		switch {
		case isRel[pk]:
			a.refs[pk] = p
			a.weight[triple{sk, pk, ok2}]++
		case iri == schema.Name:
			a.names[sk] = ok2
		case iri == schema.Type:
			a.types[sk] = preferType(typeOf, a.types[sk], ok2)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// An entity typed but unnamed (imported data) still counts.
	var classes []any
	for k, t := range a.types {
		if _, ok := a.names[k]; !ok {
			classes = append(classes, t)
		}
	}
	vals, err := a.values(ctx, s.qs, classes)
	if err != nil {
		return nil, err
	}
	for k, t := range a.types {
		if _, ok := a.names[k]; !ok && entityType(vals[t]) != "" {
			a.names[k] = nil
		}
	}
	return a, nil
}

// values reads the values of keys whose refs a holds; nil keys are
// skipped.
func (a *actorScan) values(ctx context.Context, qs cgraph.QuadStore, keys []any) (map[any]quad.Value, error) {
	out := make(map[any]quad.Value, len(keys))
	var refs []cgraph.Ref
	var order []any
	for _, k := range keys {
		if _, seen := out[k]; seen || k == nil {
			continue
		}
		out[k] = nil
		if r, ok := a.refs[k]; ok {
			refs = append(refs, r)
			order = append(order, k)
		}
	}
	if len(refs) == 0 {
		return out, nil
	}
	vals, err := cgraph.ValuesOf(ctx, qs, refs)
	if err != nil {
		return nil, fmt.Errorf("read node values: %w", err)
	}
	for i, v := range vals {
		out[order[i]] = v
	}
	return out, nil
}

// edgesFrom returns the edges from entity k, sorted by target and
// relation, without their from: one per stated triple, with the best
// confidence of the (not background) facts that state it and the least
// text of those facts' sentences; with background, also one per
// background fact whose triple no quad states and whose object is in the
// graph. facts are the facts whose subject is k, and ids gives the node
// id of each entity in the graph.
func (a *actorScan) edgesFrom(ctx context.Context, qs cgraph.QuadStore, k any, stated []triple, facts []*factRefs, in func(any) bool, ids map[any]string, background bool) ([]exportEdge, error) {
	type best struct {
		conf      float64
		sentences []cgraph.Ref
		has       bool
	}
	idx := make(map[triple]int, len(stated))
	edges := make([]exportEdge, 0, len(stated))
	bests := make([]best, 0, len(stated))
	var preds []any
	for _, t := range stated {
		idx[t] = len(edges)
		edges = append(edges, exportEdge{to: ids[t.o], weight: a.weight[t]})
		bests = append(bests, best{})
		preds = append(preds, t.p)
	}
	var confRefs []cgraph.Ref
	var chosen []int // for each fact in facts, its edge, or -1
	for _, f := range facts {
		t := triple{k, f.pred, f.obj}
		i, ok := idx[t]
		switch {
		case ok && f.bg:
			// A background fact does not state a stated edge.
			i = -1
		case !ok && f.bg && background && f.obj != nil && in(f.obj):
			i = len(edges)
			idx[t] = i
			edges = append(edges, exportEdge{to: ids[f.obj], background: true})
			bests = append(bests, best{})
			preds = append(preds, f.pred)
		case !ok:
			i = -1
		}
		chosen = append(chosen, i)
		if i >= 0 && f.conf != nil {
			confRefs = append(confRefs, f.conf)
		}
	}
	confs, err := cgraph.ValuesOf(ctx, qs, confRefs)
	if err != nil {
		return nil, fmt.Errorf("read confidences: %w", err)
	}
	for j, f := range facts {
		i := chosen[j]
		if i < 0 {
			continue
		}
		var conf float64
		if f.conf != nil {
			conf, confs = toFloat(confs[0]), confs[1:]
		}
		b := &bests[i]
		switch {
		case !b.has || conf > b.conf:
			b.conf, b.has = conf, true
			b.sentences = b.sentences[:0]
			if f.sentence != nil {
				b.sentences = append(b.sentences, f.sentence)
			}
		case conf == b.conf && f.sentence != nil:
			b.sentences = append(b.sentences, f.sentence)
		}
	}
	relations, err := a.values(ctx, qs, preds)
	if err != nil {
		return nil, err
	}
	for i := range edges {
		iri, _ := relations[preds[i]].(quad.IRI)
		edges[i].relation = schema.RelationName(iri)
		edges[i].confidence = bests[i].conf
		texts, err := sentenceTexts(ctx, qs, a.preds, bests[i].sentences)
		if err != nil {
			return nil, err
		}
		for j, t := range texts {
			if j == 0 || t < edges[i].sentence {
				edges[i].sentence = t
			}
		}
	}
	slices.SortFunc(edges, func(x, y exportEdge) int {
		return cmp.Or(strings.Compare(x.to, y.to), strings.Compare(x.relation, y.relation))
	})
	return edges, nil
}

// sentenceTexts returns the kg:text of each sentence that has one.
func sentenceTexts(ctx context.Context, qs cgraph.QuadStore, preds map[any]quad.IRI, sentences []cgraph.Ref) ([]string, error) {
	var refs []cgraph.Ref
	for _, sn := range sentences {
		err := eachQuad(ctx, qs, quad.Subject, sn, func(q cgraph.Ref) error {
			p, err := qs.QuadDirection(q, quad.Predicate)
			if err != nil || preds[keyOf(p)] != schema.Text {
				return err
			}
			o, err := qs.QuadDirection(q, quad.Object)
			if err == nil {
				refs = append(refs, o)
			}
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("read sentence: %w", err)
		}
	}
	vals, err := cgraph.ValuesOf(ctx, qs, refs)
	if err != nil {
		return nil, fmt.Errorf("read sentence: %w", err)
	}
	var out []string
	for _, v := range vals {
		if t, ok := v.(quad.String); ok {
			out = append(out, string(t))
		}
	}
	return out, nil
}

// eachQuad calls fn with each quad whose dir is the node ref.
func eachQuad(ctx context.Context, qs cgraph.QuadStore, dir quad.Direction, ref cgraph.Ref, fn func(q cgraph.Ref) error) error {
	if ref == nil {
		return nil
	}
	it := qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		if err := fn(it.Result()); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}
