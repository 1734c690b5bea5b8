package graph

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/schema"
)

// ErrNotFound is wrapped by the error that [Store.Resolve] and the other
// exploration methods return for a name that no entity has.
var ErrNotFound = errors.New("not found")

// A NotFoundError says that no entity has a name, and which names come
// close. It unwraps to [ErrNotFound].
type NotFoundError struct {
	// Name is the name asked for.
	Name string
	// Suggestions are canonical names of entities whose name or alias is
	// close to Name (a prefix, or a few edits away), best first.
	Suggestions []string
}

func (e *NotFoundError) Error() string {
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("no actor named %q", e.Name)
	}
	return fmt.Sprintf("no actor named %q; did you mean: %s?", e.Name, strings.Join(e.Suggestions, ", "))
}

// Unwrap returns [ErrNotFound].
func (e *NotFoundError) Unwrap() error { return ErrNotFound }

// ErrAmbiguous is wrapped by [*AmbiguousError].
var ErrAmbiguous = errors.New("ambiguous name")

// An AmbiguousError is returned when a name given for one actor is the name
// or alias of several entities, none better than the others.
type AmbiguousError struct {
	// Name is the name asked for.
	Name string
	// Candidates are the entities it names, most mentioned first.
	Candidates []Node
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q names %d actors: ", e.Name, len(e.Candidates))
	names := map[string]int{}
	for _, c := range e.Candidates {
		names[c.Name]++
	}
	shared := false // two candidates share a name: each one's node tells them apart
	for i, c := range e.Candidates {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(c.Name)
		if c.Type != "" {
			fmt.Fprintf(&b, " (%s)", c.Type)
		}
		if names[c.Name] > 1 {
			fmt.Fprintf(&b, " %s", c.ID)
			shared = true
		}
	}
	b.WriteString("; give one of these names")
	if shared {
		b.WriteString(", or the node of one that shares its name")
	}
	return b.String()
}

// Unwrap returns [ErrAmbiguous].
func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// ErrSameEntity is returned by [Store.Paths] when both ends name one entity.
var ErrSameEntity = errors.New("the same entity")

// A Node is an entity of the graph, or a literal value that a relation edge
// points to (a title such as "President").
type Node struct {
	// ID is the node as Gizmo prints it: "<kg:e/Kim_Jong_Bok>" for an
	// entity, the N-Quads form (`"President"`) for a literal.
	ID string `json:"id"`
	// Name is the entity's kg:name, or the literal's text.
	Name string `json:"name"`
	// Type is the entity's type; "" for literals and untyped entities.
	Type schema.EntityType `json:"type,omitempty"`
	// Literal is true for a literal value.
	Literal bool `json:"literal,omitempty"`
}

// An Edge is one relation edge: From —Relation→ To as stored.
type Edge struct {
	// From and To are [Node.ID] values.
	From string `json:"from"`
	To   string `json:"to"`
	// Relation is the relation's lemma ("oversee", "locate_in").
	Relation string `json:"relation"`
}

// A view answers one exploration call. It reads what it needs from the quad
// store once and keeps it: node values, and per node a record of its name,
// type, aliases, mentions, relation arcs and facts. Nodes are identified by
// their Cayley ref keys. A view is not safe for concurrent use and lives
// only as long as the call.
type view struct {
	s    *Store
	refs map[any]cgraph.Ref
	vals map[any]quad.Value
	recs map[any]*record
	sens map[any]Sentence // sentences read, by key
	docs map[any]Sentence // documents read, as a Sentence with only the document fields
	// Keys of the core predicates; nil when the store lacks them.
	pName, pType, pAlias, pMention, pSubject, pObject any
	pPredicate, pBackground                           any
	// types maps the keys of the entity classes to their types.
	types map[any]schema.EntityType
	// background makes background facts (schema.Background) relation
	// arcs; they have no direct edge, so they are read from fact nodes.
	background bool
}

// A record is what a view knows about one node.
type record struct {
	name, typ any   // value keys, nil when absent
	aliases   []any // value keys
	mentions  []any // sentence keys
	arcs      []arc // relation arcs (incoming ones only when in), without repeats
	in        bool  // the object side is read: incoming arcs, asSubject, asObject
	asSubject []any // facts whose kg:subject is the node
	asObject  []any // facts whose kg:object is the node
	nbrs      []any // entity neighbours over arcs, without repeats; see view.neighbours
	nbrsDone  bool
}

// An arc is a relation edge seen from one of its ends.
type arc struct {
	pred any  // predicate key
	to   any  // the other end's key
	out  bool // stored as this —pred→ to
}

func keyOf(r cgraph.Ref) any {
	if r == nil {
		return nil
	}
	return r.Key()
}

func (s *Store) newView(ctx context.Context) (*view, error) {
	v := &view{
		s:    s,
		refs: make(map[any]cgraph.Ref),
		vals: make(map[any]quad.Value),
		recs: make(map[any]*record),
	}
	preds := []quad.Value{schema.Name, schema.Type, schema.Alias, schema.MentionedIn, schema.Subject, schema.Object,
		schema.Predicate, schema.Background}
	keys, err := v.lookup(ctx, preds)
	if err != nil {
		return nil, err
	}
	v.pName, v.pType, v.pAlias, v.pMention, v.pSubject, v.pObject = keys[0], keys[1], keys[2], keys[3], keys[4], keys[5]
	v.pPredicate, v.pBackground = keys[6], keys[7]
	if v.types, err = typeKeys(s.qs); err != nil {
		return nil, err
	}
	return v, nil
}

// lookup returns the keys of values, nil for values not stored, and
// remembers their refs and values.
func (v *view) lookup(ctx context.Context, vals []quad.Value) ([]any, error) {
	keys := make([]any, len(vals))
	for i, val := range vals {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r, err := v.s.qs.ValueOf(val)
		if err != nil {
			return nil, fmt.Errorf("look up %s: %w", val, err)
		}
		if r == nil || !v.stored(r) {
			continue
		}
		k := r.Key()
		v.refs[k] = r
		v.vals[k] = val
		keys[i] = k
	}
	return keys, nil
}

// stored reports whether a ref from ValueOf names a stored node. Key-value
// stores return a zero ID rather than nil for a value they do not hold.
func (v *view) stored(r cgraph.Ref) bool { return storedRef(r) }

// storedRef is [view.stored] for callers without a view.
func storedRef(r cgraph.Ref) bool {
	rv := reflect.ValueOf(r.Key())
	switch rv.Kind() {
	case reflect.Int, reflect.Int64, reflect.Uint64, reflect.Uint:
		return !rv.IsZero()
	}
	return true
}

// remember records the ref of a key seen while iterating.
func (v *view) remember(r cgraph.Ref) any {
	if r == nil {
		return nil
	}
	k := r.Key()
	if _, ok := v.refs[k]; !ok {
		v.refs[k] = r
	}
	return k
}

// values makes sure the values of keys are known, reading the missing ones
// in one batch.
func (v *view) values(ctx context.Context, keys []any) error {
	var miss []cgraph.Ref
	var missKeys []any
	seen := make(map[any]bool)
	for _, k := range keys {
		if k == nil || seen[k] {
			continue
		}
		seen[k] = true
		if _, ok := v.vals[k]; ok {
			continue
		}
		miss = append(miss, v.refs[k])
		missKeys = append(missKeys, k)
	}
	if len(miss) == 0 {
		return nil
	}
	vals, err := cgraph.ValuesOf(ctx, v.s.qs, miss)
	if err != nil {
		return fmt.Errorf("read node values: %w", err)
	}
	for i, val := range vals {
		v.vals[missKeys[i]] = val
	}
	return nil
}

// value returns the value of a key already read by [view.values].
func (v *view) value(k any) quad.Value {
	if k == nil {
		return nil
	}
	return v.vals[k]
}

// isEntity reports whether the key's value, already read, is an entity IRI.
func (v *view) isEntity(k any) bool {
	return schema.IsEntityIRI(v.value(k))
}

// isLiteral reports whether the key's value, already read, is a literal.
func (v *view) isLiteral(k any) bool {
	switch v.value(k).(type) {
	case nil, quad.IRI, quad.BNode:
		return false
	}
	return true
}

// relation returns the lemma of a predicate key, or "" when the predicate is
// not a relation. The predicate's value must have been read.
func (v *view) relation(pred any) string {
	iri, ok := v.value(pred).(quad.IRI)
	if !ok {
		return ""
	}
	return schema.RelationName(iri)
}

// quadsOf calls fn with the refs of the other two ends of each quad whose
// dir is the node key k: for quad.Subject, (predicate, object); for
// quad.Object, (predicate, subject).
func (v *view) quadsOf(ctx context.Context, dir quad.Direction, k any, fn func(p, other cgraph.Ref) error) error {
	return v.eachQuad(ctx, dir, k, func(_, p, other cgraph.Ref) error { return fn(p, other) })
}

// eachQuad is [view.quadsOf] that also hands fn the quad itself.
func (v *view) eachQuad(ctx context.Context, dir quad.Direction, k any, fn func(q, p, other cgraph.Ref) error) error {
	ref, ok := v.refs[k]
	if !ok {
		return nil
	}
	other := quad.Object
	if dir == quad.Object {
		other = quad.Subject
	}
	it := v.s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q := it.Result()
		p, err := v.s.qs.QuadDirection(q, quad.Predicate)
		if err != nil {
			return err
		}
		o, err := v.s.qs.QuadDirection(q, other)
		if err != nil {
			return err
		}
		if err := fn(q, p, o); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// load reads what the records of the given node keys lack from the
// subject side: name, type, aliases, mentions and outgoing relation arcs.
func (v *view) load(ctx context.Context, keys ...any) error {
	return v.read(ctx, false, keys)
}

// loadFull reads the records of the given node keys from both sides: what
// [view.load] reads, and the incoming relation arcs and the facts that
// name the node.
func (v *view) loadFull(ctx context.Context, keys ...any) error {
	return v.read(ctx, true, keys)
}

// read reads the missing parts of the records of keys, and the values of
// their predicates and neighbours.
func (v *view) read(ctx context.Context, full bool, keys []any) error {
	type pair struct{ p, o any }
	type raw struct {
		k       any
		out, in []pair
	}
	var todo []raw
	var preds []any
	for _, k := range keys {
		if k == nil {
			continue
		}
		rec, ok := v.recs[k]
		if ok && (rec.in || !full) {
			continue
		}
		r := raw{k: k}
		if !ok {
			v.recs[k] = &record{}
			err := v.quadsOf(ctx, quad.Subject, k, func(p, o cgraph.Ref) error {
				pk, ok := v.remember(p), v.remember(o)
				r.out = append(r.out, pair{pk, ok})
				preds = append(preds, pk)
				return nil
			})
			if err != nil {
				return fmt.Errorf("read node: %w", err)
			}
		}
		if full {
			v.recs[k].in = true
			err := v.quadsOf(ctx, quad.Object, k, func(p, s cgraph.Ref) error {
				pk, sk := v.remember(p), v.remember(s)
				r.in = append(r.in, pair{pk, sk})
				preds = append(preds, pk)
				return nil
			})
			if err != nil {
				return fmt.Errorf("read node: %w", err)
			}
		}
		todo = append(todo, r)
	}
	if len(todo) == 0 {
		return nil
	}
	if err := v.values(ctx, preds); err != nil {
		return err
	}
	var ends []any
	for _, r := range todo {
		rec := v.recs[r.k]
		seenArc := make(map[arc]bool)
		seenMention := make(map[any]bool)
		for _, po := range r.out {
			switch po.p {
			case v.pName:
				if rec.name == nil {
					rec.name = po.o
				}
			case v.pType:
				rec.typ = preferType(v.types, rec.typ, po.o)
			case v.pAlias:
				rec.aliases = append(rec.aliases, po.o)
			case v.pMention:
				if !seenMention[po.o] {
					seenMention[po.o] = true
					rec.mentions = append(rec.mentions, po.o)
				}
			default:
				if a := (arc{po.p, po.o, true}); v.relation(po.p) != "" && !seenArc[a] {
					seenArc[a] = true
					rec.arcs = append(rec.arcs, a)
					ends = append(ends, po.o)
				}
			}
		}
		seenFact := make(map[any]bool)
		for _, ps := range r.in {
			switch ps.p {
			case v.pSubject:
				if !seenFact[ps.o] {
					seenFact[ps.o] = true
					rec.asSubject = append(rec.asSubject, ps.o)
				}
			case v.pObject:
				if !seenFact[ps.o] {
					seenFact[ps.o] = true
					rec.asObject = append(rec.asObject, ps.o)
				}
			default:
				if a := (arc{ps.p, ps.o, false}); v.relation(ps.p) != "" && !seenArc[a] {
					seenArc[a] = true
					rec.arcs = append(rec.arcs, a)
					ends = append(ends, ps.o)
				}
			}
		}
		if v.background && full {
			more, err := v.backgroundArcs(ctx, rec, seenArc)
			if err != nil {
				return err
			}
			ends = append(ends, more...)
		}
		ends = append(ends, r.k, rec.name, rec.typ)
	}
	return v.values(ctx, ends)
}

// backgroundArcs adds to rec the arcs of the background facts among the
// facts that name its node, and returns the keys whose values the arcs
// need.
func (v *view) backgroundArcs(ctx context.Context, rec *record, seen map[arc]bool) ([]any, error) {
	if v.pBackground == nil {
		return nil, nil
	}
	var keys []any
	for _, side := range []struct {
		facts []any
		out   bool
	}{{rec.asSubject, true}, {rec.asObject, false}} {
		for _, f := range side.facts {
			var pred, subj, obj any
			bg := false
			err := v.quadsOf(ctx, quad.Subject, f, func(p, o cgraph.Ref) error {
				switch keyOf(p) {
				case v.pBackground:
					bg = true
				case v.pPredicate:
					pred = v.remember(o)
				case v.pSubject:
					subj = v.remember(o)
				case v.pObject:
					obj = v.remember(o)
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("read background fact: %w", err)
			}
			if !bg || pred == nil || subj == nil || obj == nil {
				continue
			}
			to := obj
			if !side.out {
				to = subj
			}
			if a := (arc{pred, to, side.out}); !seen[a] {
				seen[a] = true
				rec.arcs = append(rec.arcs, a)
				keys = append(keys, pred, to)
			}
		}
	}
	if err := v.values(ctx, keys); err != nil {
		return nil, err
	}
	return keys, nil
}

// neighbours returns the entity keys joined to k by relation arcs, in
// either direction, each once, ordered by node ID so that searches give the
// same answer on every backend. Literal ends are left
// out: they are never steps of a path.
func (v *view) neighbours(ctx context.Context, k any) ([]any, error) {
	if err := v.loadFull(ctx, k); err != nil {
		return nil, err
	}
	rec := v.recs[k]
	if rec.nbrsDone {
		return rec.nbrs, nil
	}
	seen := make(map[any]bool)
	for _, a := range rec.arcs {
		if !seen[a.to] && a.to != k && v.isEntity(a.to) {
			seen[a.to] = true
			rec.nbrs = append(rec.nbrs, a.to)
		}
	}
	sort.Slice(rec.nbrs, func(i, j int) bool {
		return v.value(rec.nbrs[i]).String() < v.value(rec.nbrs[j]).String()
	})
	rec.nbrsDone = true
	return rec.nbrs, nil
}

// node returns the Node of a key whose record is loaded (for entities) or
// whose value is read (for literals).
func (v *view) node(k any) Node {
	val := v.value(k)
	if val == nil {
		return Node{}
	}
	n := Node{ID: val.String()}
	if v.isLiteral(k) {
		n.Name = fmt.Sprint(val.Native())
		n.Literal = true
		return n
	}
	rec := v.recs[k]
	if rec != nil {
		if name, ok := v.value(rec.name).(quad.String); ok {
			n.Name = string(name)
		}
		n.Type = entityType(v.value(rec.typ))
	}
	if n.Name == "" {
		n.Name = nameFromIRI(val)
	}
	return n
}

// entityPrefix returns the prefix of entity IRIs ("kg:e/").
func entityPrefix() string {
	return strings.TrimSuffix(string(schema.EntityIRI("_")), "_")
}

// entityType returns the entity type whose class IRI is v, or "".
func entityType(v quad.Value) schema.EntityType {
	iri, ok := v.(quad.IRI)
	if !ok {
		return ""
	}
	for _, t := range schema.EntityTypes {
		if t.IRI() == iri {
			return t
		}
	}
	return ""
}

// nameFromIRI returns a readable name for a node without kg:name: the local
// part of an entity IRI with underscores as spaces.
func nameFromIRI(v quad.Value) string {
	iri, ok := v.(quad.IRI)
	if !ok {
		return quad.StringOf(v)
	}
	return strings.ReplaceAll(strings.TrimPrefix(string(iri), entityPrefix()), "_", " ")
}
