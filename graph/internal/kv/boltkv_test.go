package kv

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cbolt "github.com/cayleygraph/cayley/graph/kv/bolt" // Cayley's own bolt backend
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/kvtest"
)

// TestBoltKV runs hidalgo's conformance suite for key-value stores on
// boltKV, as hidalgo runs it on its own bolt layer.
func TestBoltKV(t *testing.T) {
	kvtest.RunTestLocal(t, func(dir string) (hkv.KV, error) {
		return openBoltKV(filepath.Join(dir, "bolt.db"))
	}, nil)
}

// TestBoltCompatible checks that stores made by Cayley's bolt backend and
// by kg are the same to both: each opens the other's, reads its quads and
// adds to them.
func TestBoltCompatible(t *testing.T) {
	ctx := t.Context()
	q1 := quad.MakeIRI("kg:e/A", "kg:r/meet", "kg:e/B", "kg:doc/1")
	q2 := quad.MakeIRI("kg:e/B", "kg:r/meet", "kg:e/A", "kg:doc/2")
	q3 := quad.MakeIRI("kg:e/A", "kg:r/meet", "kg:e/B", "kg:doc/3")
	want := []string{q1.String(), q2.String(), q3.String()}

	t.Run("CayleyThenKG", func(t *testing.T) {
		dir := t.TempDir()
		if err := cgraph.InitQuadStore(cbolt.Type, dir, nil); err != nil {
			t.Fatal(err)
		}
		cayleyWrite(t, dir, q1, q2)
		db, err := Open(ctx, "bolt", dir, false)
		if err != nil {
			t.Fatal(err)
		}
		kgWrite(t, db, q2, q3)
		if diff := cmp.Diff(want, storedStrings(t, db.QuadStore())); diff != "" {
			t.Errorf("quads (-want +got):\n%s", diff)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		// A store made by Cayley keeps Cayley's indexes.
		if diff := cmp.Diff(ckv.DefaultQuadIndexes, indexesOf(t, dir)); diff != "" {
			t.Errorf("indexes (-want +got):\n%s", diff)
		}
	})
	t.Run("KGThenCayley", func(t *testing.T) {
		dir := t.TempDir()
		db, err := Open(ctx, "bolt", dir, false)
		if err != nil {
			t.Fatal(err)
		}
		kgWrite(t, db, q1, q2)
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(quadIndexes, indexesOf(t, dir)); diff != "" {
			t.Errorf("indexes (-want +got):\n%s", diff)
		}
		cayleyWrite(t, dir, q2, q3)
		qs, err := cgraph.NewQuadStore(cbolt.Type, dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer qs.Close()
		if diff := cmp.Diff(want, storedStrings(t, qs)); diff != "" {
			t.Errorf("quads (-want +got):\n%s", diff)
		}
	})
}

// kgWrite adds qs to db in one transaction, skipping stored quads, as
// graph's Store.WriteQuads does.
func kgWrite(t *testing.T, db *DB, qs ...quad.Quad) {
	t.Helper()
	tx := cgraph.NewTransactionN(len(qs))
	for _, q := range qs {
		tx.AddQuad(q)
	}
	if err := db.Apply(t.Context(), tx, nil); err != nil {
		t.Fatal(err)
	}
}

// cayleyWrite adds qs to the bolt store in dir with Cayley's own backend
// and writer, skipping stored quads.
func cayleyWrite(t *testing.T, dir string, qs ...quad.Quad) {
	t.Helper()
	store, err := cgraph.NewQuadStore(cbolt.Type, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	w, err := cgraph.NewQuadWriter("single", store, cgraph.Options{"ignore_duplicate": true})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.AddQuadSet(qs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// storedStrings returns the quads of qs as N-Quads strings, in the order
// in which qs lists them: the order they were added, on bolt.
func storedStrings(t *testing.T, qs cgraph.QuadStore) []string {
	t.Helper()
	var out []string
	err := iterator.Iterate(t.Context(), qs.QuadsAllIterator()).Each(func(r cgraph.Ref) error {
		q, err := qs.Quad(r)
		out = append(out, q.String())
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// indexesOf returns the quad indexes that Cayley keeps for the bolt store
// in dir, which must be closed.
func indexesOf(t *testing.T, dir string) []ckv.QuadIndex {
	t.Helper()
	db, err := openBoltKV(filepath.Join(dir, boltFile))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var b []byte
	err = hkv.View(context.Background(), db, func(tx hkv.Tx) error {
		v, err := tx.Get(context.Background(), hkv.Key{[]byte("meta"), []byte("indexes")})
		b = append(b, v...)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []ckv.QuadIndex
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}
