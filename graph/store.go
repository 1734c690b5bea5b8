// Package graph is kg's interface to the Cayley graph database, and the only
// package that imports Cayley. A [Store] opens a quad store (bolt by
// default), loads documents with replace-by-source semantics, runs Gizmo
// queries, and answers the exploration and export questions of the CLI and
// the HTTP server.
package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"    // bolt backend
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // leveldb backend
	_ "github.com/cayleygraph/cayley/graph/memstore"   // memstore backend
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/writer" // the "single" quad writer
)

// ErrInUse is returned by [Open] when another process holds the store.
var ErrInUse = errors.New("store is in use by another kg process")

// ErrUnsupportedBackend is returned by [Open] for a backend kg does not
// support.
var ErrUnsupportedBackend = errors.New("unsupported backend")

// Backends lists the backends kg can open.
var Backends = []string{"bolt", "leveldb", "memstore", "postgres"}

// lossyBackends are Cayley backends that keep one copy of a triple stated
// under two labels, and so would lose provenance.
var lossyBackends = map[string]bool{"sqlite": true, "mysql": true, "cockroach": true}

// A Store is an open quad store. Its methods are safe for concurrent use.
type Store struct {
	qs      cgraph.QuadStore
	w       cgraph.QuadWriter
	backend string
	address string
	lock    *os.File
}

// Options tune [Open].
type Options struct {
	// LockTimeout is how long Open waits for another kg process to release
	// a file store before it returns [ErrInUse]. Zero means 2 seconds.
	LockTimeout time.Duration
}

// Open opens the store of the given backend at address, creating it when it
// does not exist. For memstore the address must be empty; for bolt and
// leveldb it is a directory; for postgres it is a connection URL. A file
// store held by another kg process gives [ErrInUse] after
// opts.LockTimeout. The caller must Close the store.
func Open(ctx context.Context, backend, address string, opts Options) (*Store, error) {
	s := &Store{backend: backend, address: address}
	switch {
	case lossyBackends[backend]:
		return nil, fmt.Errorf("%w %q: it keeps one copy of a fact stated by two documents, which loses provenance; use bolt, leveldb, memstore or postgres", ErrUnsupportedBackend, backend)
	case !contains(Backends, backend):
		return nil, fmt.Errorf("%w %q: want one of %s", ErrUnsupportedBackend, backend, strings.Join(Backends, ", "))
	case backend == "memstore" && address != "":
		return nil, fmt.Errorf("open memstore: address must be empty, not %q", address)
	case backend != "memstore" && address == "":
		return nil, fmt.Errorf("open %s store: no address", backend)
	}
	if backend == "bolt" || backend == "leveldb" {
		if err := s.lockDir(ctx, opts.LockTimeout); err != nil {
			return nil, err
		}
	}
	qs, err := openQuadStore(ctx, backend, address)
	if err != nil {
		s.unlock()
		return nil, fmt.Errorf("open %s store at %q: %w", backend, address, err)
	}
	w, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		qs.Close()
		s.unlock()
		return nil, fmt.Errorf("open %s store at %q: writer: %w", backend, address, err)
	}
	s.qs, s.w = qs, w
	return s, nil
}

func openQuadStore(ctx context.Context, backend, address string) (cgraph.QuadStore, error) {
	var opts cgraph.Options
	if backend == "bolt" || backend == "leveldb" {
		if st, err := os.Stat(address); err == nil && !st.IsDir() {
			return nil, fmt.Errorf("%q is a file; a %s store is a directory", address, backend)
		}
	}
	if backend != "memstore" {
		// InitQuadStore fails with ErrDatabaseExists on an existing store,
		// which is the common case.
		if err := cgraph.InitQuadStore(backend, address, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("create: %w", err)
		}
	}
	type result struct {
		qs  cgraph.QuadStore
		err error
	}
	done := make(chan result, 1)
	go func() {
		qs, err := cgraph.NewQuadStore(backend, address, opts)
		done <- result{qs, err}
	}()
	select {
	case r := <-done:
		return r.qs, r.err
	case <-ctx.Done():
		go func() {
			if r := <-done; r.qs != nil {
				r.qs.Close()
			}
		}()
		return nil, ctx.Err()
	}
}

// lockDir takes an exclusive lock on the store directory's kg.lock file,
// so that two kg processes never open one store, and a second one fails
// quickly instead of waiting on the database's own lock.
func (s *Store) lockDir(ctx context.Context, timeout time.Duration) error {
	if timeout == 0 {
		timeout = 2 * time.Second
	}
	if err := os.MkdirAll(s.address, 0o755); err != nil {
		return fmt.Errorf("open %s store at %q: %w", s.backend, s.address, err)
	}
	f, err := os.OpenFile(filepath.Join(s.address, "kg.lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("open %s store at %q: %w", s.backend, s.address, err)
	}
	deadline := time.Now().Add(timeout)
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) || time.Now().After(deadline) {
			holder, _ := os.ReadFile(f.Name())
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				pid := strings.TrimSpace(string(holder))
				if pid != "" {
					return fmt.Errorf("open %s store at %q: %w (pid %s)", s.backend, s.address, ErrInUse, pid)
				}
				return fmt.Errorf("open %s store at %q: %w", s.backend, s.address, ErrInUse)
			}
			return fmt.Errorf("open %s store at %q: lock: %w", s.backend, s.address, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	s.lock = f
	return nil
}

func (s *Store) unlock() {
	if s.lock != nil {
		s.lock.Truncate(0)
		s.lock.Close() // closing releases the flock
		s.lock = nil
	}
}

// Backend returns the store's backend name.
func (s *Store) Backend() string { return s.backend }

// Address returns the store's address as given to [Open].
func (s *Store) Address() string { return s.address }

// Close closes the store and releases its lock.
func (s *Store) Close() error {
	err := s.w.Close()
	if cerr := s.qs.Close(); err == nil {
		err = cerr
	}
	s.unlock()
	return err
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// QuadCount returns the number of quads stored.
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return 0, err
	}
	return st.Quads.Value, nil
}
