package kv

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	hkv "github.com/hidal-go/hidalgo/kv"
	"google.golang.org/protobuf/proto"
)

// TestAddQuadsAsCayley checks that addQuads writes what Cayley's own
// writer writes: two stores get the same random additions, one through
// Cayley and one through addQuads, and the same removals, both through
// Cayley; after every step their keys and values must be the same, time
// stamps aside. Under -short it takes 12 steps instead of 60.
func TestAddQuadsAsCayley(t *testing.T) {
	steps := 60
	if testing.Short() {
		steps = 12
	}
	indexSets := map[string][]ckv.QuadIndex{"kg": quadIndexes, "cayley": ckv.DefaultQuadIndexes, "legacy": legacyIndexes}
	for sname, open := range kvStores {
		for iname, indexes := range indexSets {
			t.Run(sname+"/"+iname, func(t *testing.T) {
				compareWriters(t, open, indexes, rand.New(rand.NewPCG(3, 4)), steps)
			})
		}
	}
}

// FuzzAddQuadsAsCayley runs TestAddQuadsAsCayley's comparison on bolt
// from other random seeds.
func FuzzAddQuadsAsCayley(f *testing.F) {
	f.Add(uint64(1), uint64(2))
	f.Fuzz(func(t *testing.T, a, b uint64) {
		compareWriters(t, kvStores["bolt"], quadIndexes, rand.New(rand.NewPCG(a, b)), 8)
	})
}

// kvStores open empty key-value stores of each kind kg uses.
var kvStores = map[string]func(t *testing.T) hkv.KV{
	"bolt": func(t *testing.T) hkv.KV {
		db, err := openBoltKV(filepath.Join(t.TempDir(), "bolt.db"))
		if err != nil {
			t.Fatal(err)
		}
		db.db.NoSync = true // what is on disk is compared, not when it got there
		t.Cleanup(func() { db.Close() })
		return db
	},
	"leveldb": func(t *testing.T) hkv.KV {
		_, db, err := openLevelDBKV(t.TempDir(), true)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	},
}

// compareWriters gives two new stores with the given indexes the same
// steps, drawn from rng: additions through Cayley in one and through
// addQuads in the other, removals through Cayley in both. It fails t when
// the stores differ after a step.
func compareWriters(t *testing.T, open func(t *testing.T) hkv.KV, indexes []ckv.QuadIndex, rng *rand.Rand, steps int) {
	ctx := t.Context()
	var kvs [2]hkv.KV
	var qss [2]cgraph.QuadStore
	for i := range kvs {
		kvs[i] = open(t)
		if err := initKVWith(kvs[i], nil, indexes); err != nil {
			t.Fatal(err)
		}
		qs, err := ckv.New(kvs[i], cgraph.Options{"no_bloom": true})
		if err != nil {
			t.Fatal(err)
		}
		qss[i] = qs
	}
	got, err := readIndexes(ctx, kvs[1])
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(indexes, got); diff != "" {
		t.Fatalf("readIndexes (-want +got):\n%s", diff)
	}
	stored := make(map[string]quad.Quad)
	for step := range steps {
		var deltas []cgraph.Delta
		var adds []quad.Quad
		if step%4 == 3 && len(stored) > 0 {
			// Remove about a third of the quads, through Cayley.
			for k, q := range stored {
				if rng.IntN(3) == 0 {
					deltas = append(deltas, cgraph.Delta{Action: cgraph.Delete, Quad: q})
					delete(stored, k)
				}
			}
			for i := range qss {
				if err := qss[i].ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
					t.Fatalf("step %d: remove: %v", step, err)
				}
			}
		} else {
			for range 1 + rng.IntN(40) {
				q := randomQuad(rng)
				if _, ok := stored[q.String()]; ok {
					continue
				}
				stored[q.String()] = q
				adds = append(adds, q)
				deltas = append(deltas, cgraph.Delta{Action: cgraph.Add, Quad: q})
			}
			if err := qss[0].ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
				t.Fatalf("step %d: Cayley: %v", step, err)
			}
			if err := addQuads(ctx, kvs[1], got, adds); err != nil {
				t.Fatalf("step %d: addQuads: %v", step, err)
			}
		}
		a, b := dumpKV(t, kvs[0]), dumpKV(t, kvs[1])
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("step %d: store written by addQuads differs (-Cayley +kg):\n%s", step, diff)
		}
	}
}

// randomQuad returns a quad over a small vocabulary, so that quads share
// nodes; some have no label, and some name a node twice.
func randomQuad(rng *rand.Rand) quad.Quad {
	node := func() quad.Value {
		switch rng.IntN(6) {
		case 0:
			return quad.String(fmt.Sprintf("name %d", rng.IntN(8)))
		case 1:
			return quad.Int(rng.IntN(5))
		default:
			return quad.IRI(fmt.Sprintf("kg:e/%d", rng.IntN(12)))
		}
	}
	q := quad.Quad{
		Subject:   quad.IRI(fmt.Sprintf("kg:e/%d", rng.IntN(12))),
		Predicate: quad.IRI(fmt.Sprintf("kg:r/%d", rng.IntN(4))),
		Object:    node(),
	}
	if rng.IntN(4) > 0 {
		q.Label = quad.IRI(fmt.Sprintf("kg:doc/%d", rng.IntN(5)))
	}
	return q
}

// dumpKV returns every key and value of db, with the time stamps of
// Cayley's records set to zero.
func dumpKV(t *testing.T, db hkv.KV) []string {
	t.Helper()
	ctx := context.Background()
	var out []string
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		it := tx.Scan(ctx)
		defer it.Close()
		for it.Next(ctx) {
			k, v := it.Key(), it.Val()
			if len(k) == 2 && bytes.Equal(k[0], logBucket) {
				var p cproto.Primitive
				if err := proto.Unmarshal(v, &p); err != nil {
					return fmt.Errorf("record %x: %w", k[1], err)
				}
				p.Timestamp = 0
				b, err := proto.Marshal(&p)
				if err != nil {
					return err
				}
				v = b
			}
			out = append(out, fmt.Sprintf("%q = %x", k, v))
		}
		return it.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestAppendPrimitive checks the hand encoding of records against
// protobuf's, time stamps included.
func TestAppendPrimitive(t *testing.T) {
	for _, r := range []kvRecord{
		{id: 1, ts: 1700000000000000000, value: []byte("\x0a\x03abc")},
		{id: 300, dirs: [4]uint64{5, 6, 7, 0}, ts: 42},
		{id: 1 << 40, dirs: [4]uint64{1 << 33, 2, 1 << 20, 9}, ts: -1},
		{},
	} {
		want, err := proto.Marshal(&cproto.Primitive{ID: r.id, Subject: r.dirs[0], Predicate: r.dirs[1], Object: r.dirs[2], Label: r.dirs[3], Timestamp: r.ts, Value: r.value})
		if err != nil {
			t.Fatal(err)
		}
		if got := appendPrimitive(nil, r); !bytes.Equal(got, want) {
			t.Errorf("appendPrimitive(%+v) = %x, want %x", r, got, want)
		}
	}
}
