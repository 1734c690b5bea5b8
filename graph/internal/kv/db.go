// Package kv is the storage engine under kg's graph package: it writes
// quads in the layouts of the pinned Cayley version, byte for byte, in
// Cayley's key-value layout on bolt or leveldb, in Cayley's tables on
// PostgreSQL. A Cayley upgrade that changes a layout changes this package
// only; the graph package reads stores through Cayley's own API.
package kv

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/writer" // the "single" quad writer
	hkv "github.com/hidal-go/hidalgo/kv"
)

// LockFile is the file in a bolt or leveldb store's directory that kg
// locks, so that two kg processes never open one store.
const LockFile = "kg.lock"

// boltFile is the file in which Cayley's bolt backend keeps a store.
const boltFile = "indexes.bolt"

// A DB is an open bolt or leveldb store: Cayley's quad store over kg's
// key-value layer, with kg's writer for additions. Its methods are safe for
// concurrent use.
type DB struct {
	qs cgraph.QuadStore
	w  cgraph.QuadWriter
	// wmu serialises the writes of the store with the look-ups that
	// prepare them (see [DB.Apply]).
	wmu sync.Mutex
	// unlabelled is, for a store that held no quads when it was opened,
	// the set of its unlabelled quads, kept by [DB.Apply] (under wmu),
	// which then need not look them up; nil for other stores.
	unlabelled map[string]bool
	// kv is the key-value store under qs, and indexes its quad indexes,
	// for addQuads.
	kv      hkv.KV
	indexes []ckv.QuadIndex
}

// Exists reports whether a bolt or leveldb store has been created at the
// directory dir.
func Exists(backend, dir string) bool {
	marker := boltFile
	if backend == "leveldb" {
		marker = "CURRENT" // leveldb's manifest pointer
	}
	_, err := os.Stat(filepath.Join(dir, marker))
	return err == nil
}

// Open opens the bolt or leveldb store of backend in the directory dir,
// creating it unless it exists. With readOnly, it opens an existing store
// for reading only and writes nothing to dir. The caller must hold dir's
// [LockFile] and Close the DB.
func Open(ctx context.Context, backend, dir string, readOnly bool) (*DB, error) {
	// Cayley's key-value stores keep bloom filters sized for 100 million
	// entries (several hundred MB once written to) and fill them by
	// scanning the whole store at open. Without them, kg build of 2 MB of
	// text peaked at 0.4 GB of RSS instead of 1 GB, for about 10% more
	// CPU time.
	opts := cgraph.Options{"no_bloom": true}
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return nil, fmt.Errorf("%q is a file; a %s store is a directory", dir, backend)
	}
	var (
		qs  cgraph.QuadStore
		kv  hkv.KV
		err error
	)
	switch backend {
	case "bolt":
		if !readOnly {
			if err := initBolt(dir, opts); err != nil {
				return nil, fmt.Errorf("create: %w", err)
			}
		}
		qs, kv, err = openBolt(dir, opts, readOnly)
	case "leveldb":
		if !readOnly {
			if err := initLevelDB(dir, opts); err != nil {
				return nil, fmt.Errorf("create: %w", err)
			}
		}
		qs, kv, err = openLevelDB(dir, opts, readOnly)
	default:
		return nil, fmt.Errorf("%q is not a key-value backend", backend)
	}
	if err != nil {
		return nil, err
	}
	db := &DB{qs: qs, kv: kv}
	if db.indexes, err = readIndexes(ctx, kv); err != nil {
		qs.Close()
		return nil, err
	}
	// A new store lacks Cayley's count of quads.
	st, err := qs.Stats(ctx, false)
	if errors.Is(err, ckv.ErrNoBucket) || err == nil && st.Quads.Value == 0 {
		db.unlabelled = make(map[string]bool)
	}
	if db.w, err = cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true}); err != nil {
		qs.Close()
		return nil, fmt.Errorf("writer: %w", err)
	}
	return db, nil
}

// QuadStore returns the Cayley quad store of db, to read it. Writes must
// go through [DB.Apply].
func (db *DB) QuadStore() cgraph.QuadStore { return db.qs }

// Close waits for the reads and writes in progress to end and closes the
// store; reads and writes that start later fail with [ErrClosed].
func (db *DB) Close() error {
	err := db.w.Close()
	if cerr := db.qs.Close(); err == nil {
		err = cerr
	}
	return err
}

// initBolt creates a bolt store in dir unless it exists. Cayley creates a
// store in three transactions, and a store interrupted between them (by a
// crash or a full disk) can never be opened; so the store is created in a
// folder inside dir and its file renamed into place, which is atomic.
func initBolt(dir string, opts cgraph.Options) error {
	final := filepath.Join(dir, boltFile)
	if _, err := os.Stat(final); err == nil {
		return nil
	}
	tmp := filepath.Join(dir, ".creating")
	if err := os.RemoveAll(tmp); err != nil { // left by an interrupted creation
		return err
	}
	if err := createBolt(tmp, opts); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := os.Rename(filepath.Join(tmp, boltFile), final); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // make the rename durable
		d.Close()
	}
	return os.RemoveAll(tmp)
}
