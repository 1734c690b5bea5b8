package kv

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	crefs "github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// Cayley keeps a reference count per node (value) and deletes a node, so
// that g.V() no longer lists it, when its count drops to zero. Two flaws of
// Cayley's key-value backends (bolt, leveldb) break that, and Apply works
// around both:
//
//   - A quad that is already stored is skipped, but the nodes it names are
//     counted once more, before the duplicate is found; a node then
//     outlives its last quad. kg writes such duplicates routinely: the name
//     and type of an entity are written, unlabelled, by every document
//     that mentions it (see schema.Quads). So Apply drops the quads that
//     are stored already before Cayley sees them.
//   - Cayley nets the additions and removals of a transaction per node.
//     A quad added in a transaction that removes more quads than it adds
//     with one of its nodes (as replacing a document with a shorter
//     version does for a predicate or an entity) is stored without that
//     node: a quad with no predicate, say. So Apply writes such a
//     transaction as two, its removals first. A crash between the two
//     leaves the older version removed and the new one absent, which the
//     next load of the document completes; a reader in between sees
//     neither version.
//
// Once stored quads are dropped, a transaction that only adds is written
// by kg's own writer (see addQuads), faster than Cayley's; removals are
// still Cayley's. Looking quads up is costly, so Apply skips it where it
// can: a quad whose label is not a stored node cannot be stored, and a
// store opened empty keeps its unlabelled quads in memory
// (DB.unlabelled).
//
// PostgreSQL's writer counts only the quads it inserts (see
// runTxBatched), and memstore checks for duplicates before counting.

// Apply writes tx to the store. Labels in fresh name documents none of
// whose quads are stored, so that their quads need no check for
// duplicates.
func (db *DB) Apply(ctx context.Context, tx *cgraph.Transaction, fresh map[quad.Value]bool) error {
	// Checks and writes must not interleave with another Apply's.
	db.wmu.Lock()
	defer db.wmu.Unlock()
	deltas, err := db.dropStored(ctx, tx.Deltas, fresh)
	if err != nil {
		return fmt.Errorf("find stored quads: %w", err)
	}
	if len(deltas) == 0 {
		return nil
	}
	if !netNegativeAdd(deltas) {
		return db.write(ctx, deltas)
	}
	var adds, dels []cgraph.Delta
	for _, d := range deltas {
		if d.Action == cgraph.Add {
			adds = append(adds, d)
		} else {
			dels = append(dels, d)
		}
	}
	if err := db.write(ctx, dels); err != nil {
		return err
	}
	return db.write(ctx, adds)
}

// write applies deltas, which hold no quad that is stored already, in one
// transaction, and keeps db.unlabelled. Additions alone are written by
// addQuads.
func (db *DB) write(ctx context.Context, deltas []cgraph.Delta) error {
	adds := make([]quad.Quad, 0, len(deltas))
	for _, d := range deltas {
		if d.Action != cgraph.Add {
			adds = nil
			break
		}
		adds = append(adds, d.Quad)
	}
	var err error
	if adds != nil {
		err = addQuads(ctx, db.kv, db.indexes, adds)
	} else {
		err = db.w.ApplyTransaction(&cgraph.Transaction{Deltas: deltas})
	}
	if err != nil {
		return err
	}
	if db.unlabelled == nil {
		return nil
	}
	for _, d := range deltas {
		if d.Quad.Label != nil {
			continue
		}
		if d.Action == cgraph.Add {
			db.unlabelled[tripleKey(d.Quad)] = true
		} else {
			delete(db.unlabelled, tripleKey(d.Quad))
		}
	}
	return nil
}

// tripleKey is the key of q's triple in DB.unlabelled.
func tripleKey(q quad.Quad) string {
	return quad.StringOf(q.Subject) + "\x00" + quad.StringOf(q.Predicate) + "\x00" + quad.StringOf(q.Object)
}

// netNegativeAdd reports whether one of the quads that deltas add names a
// node that deltas remove from more quads than they add it to.
func netNegativeAdd(deltas []cgraph.Delta) bool {
	var hasAdd, hasDel bool
	for _, d := range deltas {
		if d.Action == cgraph.Add {
			hasAdd = true
		} else {
			hasDel = true
		}
	}
	if !hasAdd || !hasDel {
		return false
	}
	net := make(map[quad.Value]int)
	for _, d := range deltas {
		inc := 1
		if d.Action != cgraph.Add {
			inc = -1
		}
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				net[v] += inc
			}
		}
	}
	for _, d := range deltas {
		if d.Action != cgraph.Add {
			continue
		}
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil && net[v] < 0 {
				return true
			}
		}
	}
	return false
}

// dropStored returns deltas without the additions of quads that are
// stored already, in a new slice if it drops any. It looks up every
// unlabelled quad, and the labelled quads whose label is not in fresh but
// is a stored node (a document that an interrupted load left in part).
func (db *DB) dropStored(ctx context.Context, deltas []cgraph.Delta, fresh map[quad.Value]bool) ([]cgraph.Delta, error) {
	labels := make(map[quad.Value]bool) // label → is a stored node
	for _, d := range deltas {
		if l := d.Quad.Label; d.Action == cgraph.Add && l != nil && !fresh[l] {
			labels[l] = false
		}
	}
	if err := db.storedNodes(ctx, labels); err != nil {
		return nil, err
	}
	var check []int // indexes of the additions to look up
	vals := make(map[quad.Value]cgraph.Ref)
	drop := make(map[int]bool)
	for i, d := range deltas {
		if d.Action != cgraph.Add || (d.Quad.Label != nil && !labels[d.Quad.Label]) {
			continue
		}
		if d.Quad.Label == nil && db.unlabelled != nil {
			if db.unlabelled[tripleKey(d.Quad)] {
				drop[i] = true
			}
			continue
		}
		check = append(check, i)
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				vals[v] = nil
			}
		}
	}
	if err := db.refsOf(ctx, vals); err != nil {
		return nil, err
	}
	for _, i := range check {
		ok, err := db.stored(ctx, deltas[i].Quad, vals)
		if err != nil {
			return nil, err
		}
		if ok {
			drop[i] = true
		}
	}
	if len(drop) == 0 {
		return deltas, nil
	}
	out := deltas[:0:0]
	for i, d := range deltas {
		if !drop[i] {
			out = append(out, d)
		}
	}
	return out, nil
}

// storedNodes sets nodes[v] to whether v is a stored node, for each key v.
func (db *DB) storedNodes(ctx context.Context, nodes map[quad.Value]bool) error {
	found := make(map[quad.Value]cgraph.Ref, len(nodes))
	for v := range nodes {
		found[v] = nil
	}
	if err := db.refsOf(ctx, found); err != nil {
		return err
	}
	for v, r := range found {
		nodes[v] = r != nil
	}
	return nil
}

// refsOf sets vals[v] to the reference of each stored node v, and to nil
// for the others.
func (db *DB) refsOf(ctx context.Context, vals map[quad.Value]cgraph.Ref) error {
	if len(vals) == 0 {
		return nil
	}
	list := make([]quad.Value, 0, len(vals))
	for v := range vals {
		list = append(list, v)
	}
	bn, ok := db.qs.(crefs.BatchNamer)
	if !ok {
		for _, v := range list {
			r, err := db.qs.ValueOf(v)
			if err != nil {
				return err
			}
			vals[v] = r
		}
		return nil
	}
	found, err := bn.RefsOf(ctx, list)
	if err != nil {
		return err
	}
	for i, r := range found {
		if r == cgraph.Ref(ckv.Int64Value(0)) { // kv's "no such node"
			r = nil
		}
		vals[list[i]] = r
	}
	return nil
}

// stored reports whether q is stored, given the references of its
// values.
func (db *DB) stored(ctx context.Context, q quad.Quad, vals map[quad.Value]cgraph.Ref) (bool, error) {
	var label cgraph.Ref
	filter := make(map[quad.Direction]cgraph.Ref, 3)
	for _, dir := range quad.Directions {
		v := q.Get(dir)
		if v == nil {
			continue
		}
		r := vals[v]
		if r == nil {
			return false, nil // a value that is no node is in no quad
		}
		if dir == quad.Label {
			label = r
		} else {
			filter[dir] = r
		}
	}
	// The quads of the triple, through the index that covers most of it
	// (subject, predicate, object on a store kg made; object, predicate,
	// subject on one with Cayley's indexes).
	var it iterator.Shape
	opt, ok := db.qs.(shape.Optimizer)
	if ok {
		var sh shape.Shape
		sh, ok = opt.OptimizeShape(ctx, shape.QuadsAction{Result: quad.Subject, Filter: filter})
		if nf, isNodes := sh.(shape.NodesFrom); ok && isNodes {
			it = nf.Quads.BuildIterator(db.qs)
		} else {
			ok = false
		}
	}
	if !ok {
		it = db.qs.QuadIterator(quad.Subject, filter[quad.Subject])
	}
	found := false
	errFound := errors.New("found")
	err := iterator.Iterate(ctx, it).Each(func(r cgraph.Ref) error {
		for _, dir := range quad.Directions {
			want := filter[dir]
			if dir == quad.Label {
				want = label
			}
			got, err := db.qs.QuadDirection(r, dir)
			if err != nil {
				return err
			}
			if !sameRef(got, want) {
				return nil
			}
		}
		found = true
		return errFound
	})
	if err != nil && !errors.Is(err, errFound) {
		return false, err
	}
	return found, nil
}

// sameRef reports whether a and b are the same node, or both no node.
func sameRef(a, b cgraph.Ref) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Key() == b.Key()
}
