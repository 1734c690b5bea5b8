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
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/cayleygraph/cayley/clog"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"   // leveldb backend
	_ "github.com/cayleygraph/cayley/graph/memstore"     // memstore backend
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // postgres backend
	_ "github.com/cayleygraph/cayley/writer"             // the "single" quad writer
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/lib/pq"
)

// ErrInUse is returned by [Open] when another process holds the store.
var ErrInUse = errors.New("store is in use by another kg process")

// ErrUnavailable is returned by [Open] when a database server cannot be
// reached or refuses the connection (server down, wrong password, no such
// database) within [Options.ConnectTimeout].
var ErrUnavailable = errors.New("database unavailable")

// ErrNoStore is returned by [Open] with [Options.MustExist] when there is
// no store at the address.
var ErrNoStore = errors.New("no store there")

// ErrOtherBackend is returned by [Open] when the directory holds a bolt
// store and leveldb was asked for, or the other way round.
var ErrOtherBackend = errors.New("wrong backend")

// ErrBadAddress is returned by [Open] for an address that cannot be one of
// the backend's, such as a directory name given for postgres.
var ErrBadAddress = errors.New("not a valid address")

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
	// lockShared says that lock is held shared, by a read-only Store.
	lockShared bool
	// maxTxQuads is Options.MaxTxQuads or its default.
	maxTxQuads int
	// maxQueryMemory is Options.MaxQueryMemory or its default.
	maxQueryMemory int64
	// wmu serialises the writes of a bolt or leveldb store with the
	// look-ups that prepare them (see [Store.apply]).
	wmu sync.Mutex
	// unlabelled is, for a bolt or leveldb store that held no quads when
	// it was opened, the set of its unlabelled quads, kept by
	// [Store.apply] (under wmu), which then need not look them up; nil
	// for other stores.
	unlabelled map[string]bool
	// kv is the key-value store under a bolt or leveldb quad store, and
	// indexes its quad indexes, for addQuads; nil for other stores.
	kv      hkv.KV
	indexes []ckv.QuadIndex
	// closing is closed when Close begins, to stop running queries.
	closing   chan struct{}
	closeOnce sync.Once
	closeErr  error // the error of the first Close
}

// Options tune [Open].
type Options struct {
	// LockTimeout is how long Open waits for another kg process to release
	// a file store before it returns [ErrInUse]. Zero means 2 seconds.
	LockTimeout time.Duration
	// ConnectTimeout bounds how long Open waits for a database server
	// (postgres) to accept the connection. Zero means 5 seconds.
	ConnectTimeout time.Duration
	// MustExist makes Open fail with [ErrNoStore] when no bolt or leveldb
	// store exists at the address, instead of creating one: for commands
	// that only read.
	MustExist bool
	// MaxTxQuads is the most quads of one document that [Store.Load]
	// writes in one transaction; zero means [DefaultMaxTxQuads].
	MaxTxQuads int
	// ReadOnly opens an existing bolt or leveldb store for reading only,
	// without writing to its directory, so that a store on a read-only
	// file system, or one the user may not write, can be read; it implies
	// MustExist. Other kg processes may read the store at the same time;
	// one that writes it must wait for them. Writes to a store opened
	// read-only fail.
	ReadOnly bool
	// MaxQueryMemory is how much the heap may grow while a Gizmo query
	// runs before [Store.Query] stops it with [ErrMemory]; zero means
	// [DefaultMaxQueryMemory].
	MaxQueryMemory int64
}

// DefaultMaxTxQuads is the default of [Options.MaxTxQuads]. A transaction
// is held in memory until it commits (about 2 KB per quad on bolt), so a
// larger document, such as a whole book in one file, is written in several
// transactions. Its document node (the quad that [Store.HasDocument] looks
// for) comes in the last one, with the removal of older versions: until
// then the document counts as absent, and a load interrupted in between is
// completed by loading the document again.
const DefaultMaxTxQuads = 50_000

// Open opens the store of the given backend at address, creating it when it
// does not exist. For memstore the address must be empty; for bolt and
// leveldb it is a directory; for postgres it is a connection URL. A file
// store held by another kg process gives [ErrInUse] after
// opts.LockTimeout. A postgres server that is down, slow or refuses the
// credentials gives an error wrapping [ErrUnavailable] after at most
// opts.ConnectTimeout; errors never show the password of a postgres
// address. The caller must Close the store.
func Open(ctx context.Context, backend, address string, opts Options) (*Store, error) {
	s := &Store{backend: backend, address: address, maxTxQuads: opts.MaxTxQuads, maxQueryMemory: opts.MaxQueryMemory, closing: make(chan struct{})}
	if s.maxTxQuads <= 0 {
		s.maxTxQuads = DefaultMaxTxQuads
	}
	if s.maxQueryMemory <= 0 {
		s.maxQueryMemory = DefaultMaxQueryMemory
	}
	shown := redact(address)
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
	if backend == "postgres" && !postgresAddress(address) {
		return nil, fmt.Errorf("open postgres store at %q: %w: want a URL such as postgres://user:pass@host/db?sslmode=disable, or key=value settings such as \"host=db dbname=kg\"", shown, ErrBadAddress)
	}
	if other := otherBackend(backend); other != "" && !storeExists(backend, address) && storeExists(other, address) {
		return nil, fmt.Errorf("open %s store at %q: %w: it holds a %s store; use --backend %s", backend, shown, ErrOtherBackend, other, other)
	}
	if (opts.MustExist || opts.ReadOnly) && (backend == "bolt" || backend == "leveldb") && !storeExists(backend, address) {
		return nil, fmt.Errorf("open %s store at %q: %w; build one first with kg build, or name it with --db", backend, shown, ErrNoStore)
	}
	if backend == "bolt" || backend == "leveldb" {
		if err := s.lockDir(ctx, opts.LockTimeout, opts.ReadOnly); err != nil {
			return nil, err
		}
	}
	qs, kv, err := openQuadStore(ctx, backend, address, opts)
	if err != nil {
		s.unlock()
		return nil, fmt.Errorf("open %s store at %q: %w", backend, shown, err)
	}
	if kv != nil {
		if s.indexes, err = readIndexes(ctx, kv); err != nil {
			qs.Close()
			s.unlock()
			return nil, fmt.Errorf("open %s store at %q: %w", backend, shown, err)
		}
		s.kv = kv
		// A new store lacks Cayley's count of quads.
		st, err := qs.Stats(ctx, false)
		if errors.Is(err, ckv.ErrNoBucket) || err == nil && st.Quads.Value == 0 {
			s.unlabelled = make(map[string]bool)
		}
	}
	w, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		qs.Close()
		s.unlock()
		return nil, fmt.Errorf("open %s store at %q: writer: %w", backend, shown, err)
	}
	s.qs, s.w = qs, w
	return s, nil
}

// openQuadStore opens the Cayley quad store of backend at address,
// creating it when needed, and gives a database server the connect timeout
// of opts to answer. For bolt and leveldb, it also returns the key-value
// store under the quad store.
func openQuadStore(ctx context.Context, backend, address string, opts Options) (cgraph.QuadStore, hkv.KV, error) {
	var copts cgraph.Options
	if backend == "bolt" || backend == "leveldb" {
		// Cayley's key-value stores keep bloom filters sized for 100
		// million entries (several hundred MB once written to) and fill
		// them by scanning the whole store at open. Without them, kg
		// build of 2 MB of text peaked at 0.4 GB of RSS instead of 1 GB,
		// for about 10% more CPU time.
		copts = cgraph.Options{"no_bloom": true}
		if st, err := os.Stat(address); err == nil && !st.IsDir() {
			return nil, nil, fmt.Errorf("%q is a file; a %s store is a directory", address, backend)
		}
	}
	if backend == "postgres" {
		// Cayley logs failed connections with the full address, password
		// included, through the standard logger; the error returned here
		// says the same without the password.
		quietCayleyLog.Do(func() { clog.SetLogger(nil) })
		timeout := opts.ConnectTimeout
		if timeout <= 0 {
			timeout = 5 * time.Second
		}
		address = withConnectTimeout(address, timeout)
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout+time.Second)
		defer cancel()
	}
	name := backend // Cayley's name for the backend
	if backend == "postgres" {
		registerPostgres()
		name = batchedPostgres
	}
	type result struct {
		qs  cgraph.QuadStore
		kv  hkv.KV
		err error
	}
	done := make(chan result, 1)
	go func() {
		var err error
		switch {
		case opts.ReadOnly && (backend == "bolt" || backend == "leveldb"):
			// an existing store, opened as it is
		case backend == "memstore":
		case backend == "bolt":
			err = initBolt(address, copts)
		case backend == "leveldb":
			err = initLevelDB(address, copts)
		default:
			// InitQuadStore fails with ErrDatabaseExists on an existing
			// store, which is the common case.
			err = cgraph.InitQuadStore(name, address, copts)
			if errors.Is(err, cgraph.ErrDatabaseExists) {
				err = nil
			}
		}
		if err != nil {
			done <- result{err: unavailable(backend, fmt.Errorf("create: %w", err))}
			return
		}
		switch backend {
		case "leveldb":
			qs, kv, err := openLevelDB(address, copts, opts.ReadOnly)
			done <- result{qs, kv, err}
			return
		case "bolt":
			qs, kv, err := openBolt(address, copts, opts.ReadOnly)
			done <- result{qs, kv, err}
			return
		}
		qs, err := cgraph.NewQuadStore(name, address, copts)
		done <- result{qs, nil, unavailable(backend, err)}
	}()
	select {
	case r := <-done:
		return r.qs, r.kv, r.err
	case <-ctx.Done():
		go func() {
			if r := <-done; r.qs != nil {
				r.qs.Close()
			}
		}()
		if backend == "postgres" && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, nil, fmt.Errorf("%w: no answer from the server: %w", ErrUnavailable, ctx.Err())
		}
		return nil, nil, ctx.Err()
	}
}

// boltFile is the file in which Cayley's bolt backend keeps a store.
const boltFile = "indexes.bolt"

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

// unavailable marks a failure to reach or log in to a database server
// with [ErrUnavailable]; other errors (such as a missing privilege) are
// returned as they are.
func unavailable(backend string, err error) error {
	if err == nil || backend != "postgres" {
		return err
	}
	var (
		pe *pq.Error
		ne net.Error
	)
	switch {
	case errors.As(err, &pe):
		// Classes 08 (connection exception), 28 (authorization), 3D (no
		// such database) and 57P03 (server starting or shutting down).
		switch c := string(pe.Code); {
		case strings.HasPrefix(c, "08"), strings.HasPrefix(c, "28"), strings.HasPrefix(c, "3D"), c == "57P03":
		default:
			return err
		}
	case errors.As(err, &ne), errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
	default:
		return err
	}
	return fmt.Errorf("%w: %w", ErrUnavailable, err)
}

// withConnectTimeout adds a connect_timeout to a postgres address (a URL or
// a key=value string) that has none, so that lib/pq gives up on a server
// that accepts the connection and never answers.
func withConnectTimeout(address string, timeout time.Duration) string {
	secs := strconv.Itoa(max(1, int(timeout.Round(time.Second)/time.Second)))
	if u, err := url.Parse(address); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		q := u.Query()
		if q.Get("connect_timeout") == "" {
			q.Set("connect_timeout", secs)
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	if strings.Contains(address, "connect_timeout=") {
		return address
	}
	return strings.TrimSpace(address + " connect_timeout=" + secs)
}

// quietCayleyLog turns off Cayley's process-wide logger once, on the first
// postgres Open. It is package state only because Cayley's logger is.
var quietCayleyLog sync.Once

// dsnPassword matches the password of a key=value postgres address.
var dsnPassword = regexp.MustCompile(`(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)

// redact returns address with any password replaced by "xxxxx", for
// error messages.
func redact(address string) string {
	if u, err := url.Parse(address); err == nil && u.Scheme != "" && u.User != nil {
		return u.Redacted()
	}
	return dsnPassword.ReplaceAllString(address, "${1}xxxxx")
}

// lockDir takes an exclusive lock on the store directory's kg.lock file,
// so that two kg processes never open one store, and a second one fails
// quickly instead of waiting on the database's own lock. With readOnly,
// it takes a shared lock, which other readers may share, on kg.lock if
// the file exists and can be read, and writes nothing; bolt's and
// leveldb's own locks still keep a writer out.
func (s *Store) lockDir(ctx context.Context, timeout time.Duration, readOnly bool) error {
	if timeout == 0 {
		timeout = 2 * time.Second
	}
	var (
		f   *os.File
		err error
	)
	how := syscall.LOCK_EX
	if readOnly {
		how = syscall.LOCK_SH
		if f, err = os.Open(filepath.Join(s.address, lockFile)); err != nil {
			return nil // no lock file to share: rely on the database's lock
		}
	} else {
		if err := os.MkdirAll(s.address, 0o755); err != nil {
			return fmt.Errorf("open %s store at %q: %w", s.backend, s.address, err)
		}
		if f, err = os.OpenFile(filepath.Join(s.address, lockFile), os.O_RDWR|os.O_CREATE, 0o644); err != nil {
			return fmt.Errorf("open %s store at %q: %w", s.backend, s.address, err)
		}
	}
	deadline := time.Now().Add(timeout)
	for {
		err = syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
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
	if !readOnly {
		if err := f.Truncate(0); err == nil {
			f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
		}
	}
	s.lock, s.lockShared = f, readOnly
	return nil
}

// otherBackend returns the other file backend of bolt or leveldb, or "".
func otherBackend(backend string) string {
	switch backend {
	case "bolt":
		return "leveldb"
	case "leveldb":
		return "bolt"
	}
	return ""
}

// postgresAddress reports whether address can be a PostgreSQL connection
// string: a postgres:// or postgresql:// URL, or key=value settings.
func postgresAddress(address string) bool {
	if u, err := url.Parse(address); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		return true
	}
	return strings.Contains(address, "=")
}

// storeExists reports whether a bolt or leveldb store has been created at
// the directory dir.
func storeExists(backend, dir string) bool {
	marker := "indexes.bolt" // bolt's file
	if backend == "leveldb" {
		marker = "CURRENT" // leveldb's manifest pointer
	}
	_, err := os.Stat(filepath.Join(dir, marker))
	return err == nil
}

func (s *Store) unlock() {
	if s.lock != nil {
		if !s.lockShared {
			s.lock.Truncate(0)
		}
		s.lock.Close() // closing releases the flock
		s.lock = nil
	}
}

// Backend returns the store's backend name.
func (s *Store) Backend() string { return s.backend }

// Address returns the store's address as given to [Open].
func (s *Store) Address() string { return s.address }

// Close stops the queries running on the store, waits for every read and
// write in progress to end, closes the store and releases its lock. Reads
// that start after Close has begun fail with [ErrClosed]. Later calls wait
// for the first to finish and return its error.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		close(s.closing)
		err := s.w.Close()
		if cerr := s.qs.Close(); err == nil {
			err = cerr
		}
		s.unlock()
		s.closeErr = err
	})
	return s.closeErr
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
	// Cayley's key-value stores keep an exact quad count; asking for exact
	// statistics would also count every node, a full scan.
	kvStore := s.backend == "bolt" || s.backend == "leveldb"
	st, err := s.qs.Stats(ctx, !kvStore)
	if kvStore && errors.Is(err, ckv.ErrNoBucket) {
		return 0, nil // nothing written yet
	}
	if err != nil {
		return 0, err
	}
	return st.Quads.Value, nil
}
