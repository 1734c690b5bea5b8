// Package graph is kg's knowledge graph on the Cayley graph database. A
// [Store] opens a quad store (bolt by default); loads documents with
// replace-by-source semantics; runs Gizmo queries; answers the exploration
// questions of the CLI or the HTTP server; exports the graph. It reads
// through Cayley's query API, but writes through the storage engine of
// graph/internal/kv, which alone knows Cayley's on-disk layout.
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
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/kg-project/kg/graph/internal/kv"
)

// ErrClosed is returned by a read or write that starts after [Store.Close]
// has begun. It is the storage engine's own error, so that errors.Is finds
// it in the errors of both.
var ErrClosed = kv.ErrClosed

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
	// qs is eng's quad store, read by the exploration, query and export
	// code.
	qs cgraph.QuadStore
	// eng writes to the store and closes it.
	eng     engine
	backend string
	address string
	lock    *os.File
	// lockShared says that lock is held shared, by a read-only Store.
	lockShared bool
	// maxTxQuads is Options.MaxTxQuads or its default.
	maxTxQuads int
	// maxQueryMemory is Options.MaxQueryMemory or its default.
	maxQueryMemory int64
	// newJoiner is Options.Join; joiner, when not nil, knows every
	// entity stored (see [Store.Load]). joinMu guards joiner and
	// serialises the loads that use it.
	newJoiner func() (Joiner, error)
	joinMu    sync.Mutex
	joiner    Joiner
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
	// Join, when set, makes [Store.Load] join the entities of each new
	// document to the nodes already stored, across documents: it returns a
	// fresh [Joiner], which Load tells every stored entity before its
	// first document. Without it, documents share a node only when they
	// give an entity the same canonical name.
	Join func() (Joiner, error)
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
	s := &Store{backend: backend, address: address, maxTxQuads: opts.MaxTxQuads, maxQueryMemory: opts.MaxQueryMemory, newJoiner: opts.Join, closing: make(chan struct{})}
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
	if other := otherBackend(backend); other != "" && !kv.Exists(backend, address) && kv.Exists(other, address) {
		return nil, fmt.Errorf("open %s store at %q: %w: it holds a %s store; use --backend %s", backend, shown, ErrOtherBackend, other, other)
	}
	if (opts.MustExist || opts.ReadOnly) && (backend == "bolt" || backend == "leveldb") && !kv.Exists(backend, address) {
		return nil, fmt.Errorf("open %s store at %q: %w; build one first with kg build, or name it with --db", backend, shown, ErrNoStore)
	}
	if backend == "bolt" || backend == "leveldb" {
		if err := s.lockDir(ctx, opts.LockTimeout, opts.ReadOnly); err != nil {
			return nil, err
		}
	}
	eng, err := openEngine(ctx, backend, address, opts)
	if err != nil {
		s.unlock()
		return nil, fmt.Errorf("open %s store at %q: %w", backend, shown, err)
	}
	s.eng, s.qs = eng, eng.QuadStore()
	return s, nil
}

// An engine writes to an open quad store and closes it: a [kv.DB] for
// bolt and leveldb, a [cayleyEngine] for the other backends.
type engine interface {
	// QuadStore returns the quad store, to read it.
	QuadStore() cgraph.QuadStore
	// Apply writes tx. Labels in fresh name documents none of whose
	// quads are stored, so that their quads need no check for
	// duplicates.
	Apply(ctx context.Context, tx *cgraph.Transaction, fresh map[quad.Value]bool) error
	// Close waits for the reads and writes in progress to end and
	// closes the store.
	Close() error
}

// cayleyEngine writes to a memstore or postgres quad store through
// Cayley's writer.
type cayleyEngine struct {
	qs cgraph.QuadStore
	w  cgraph.QuadWriter
}

// newCayleyEngine returns the engine of qs; it closes qs when it fails.
func newCayleyEngine(qs cgraph.QuadStore) (*cayleyEngine, error) {
	w, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("writer: %w", err)
	}
	return &cayleyEngine{qs: qs, w: w}, nil
}

func (e *cayleyEngine) QuadStore() cgraph.QuadStore { return e.qs }

// Apply writes tx with Cayley's writer; memstore and postgres need no
// check for duplicates (see [kv.DB.Apply]).
func (e *cayleyEngine) Apply(ctx context.Context, tx *cgraph.Transaction, fresh map[quad.Value]bool) error {
	return e.w.ApplyTransaction(tx)
}

func (e *cayleyEngine) Close() error {
	err := e.w.Close()
	if cerr := e.qs.Close(); err == nil {
		err = cerr
	}
	return err
}

// apply writes tx to the store. Labels in fresh name documents none of
// whose quads are stored, so that their quads need no check for
// duplicates.
func (s *Store) apply(ctx context.Context, tx *cgraph.Transaction, fresh map[quad.Value]bool) error {
	return s.eng.Apply(ctx, tx, fresh)
}

// openEngine opens the quad store of backend at address, creating it when
// needed, and gives a database server the connect timeout of opts to
// answer.
func openEngine(ctx context.Context, backend, address string, opts Options) (engine, error) {
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
		name = kv.RegisterPostgres()
	}
	type result struct {
		eng engine
		err error
	}
	done := make(chan result, 1)
	go func() {
		if backend == "bolt" || backend == "leveldb" {
			db, err := kv.Open(ctx, backend, address, opts.ReadOnly)
			if err != nil {
				done <- result{err: err}
				return
			}
			done <- result{eng: db}
			return
		}
		if backend != "memstore" {
			// InitQuadStore fails with ErrDatabaseExists on an existing
			// store, which is the common case.
			err := cgraph.InitQuadStore(name, address, nil)
			if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
				done <- result{err: unavailable(backend, fmt.Errorf("create: %w", err))}
				return
			}
		}
		qs, err := cgraph.NewQuadStore(name, address, nil)
		if err != nil {
			done <- result{err: unavailable(backend, err)}
			return
		}
		eng, err := newCayleyEngine(qs)
		if err != nil {
			done <- result{err: err}
			return
		}
		done <- result{eng: eng}
	}()
	select {
	case r := <-done:
		return r.eng, r.err
	case <-ctx.Done():
		go func() {
			if r := <-done; r.eng != nil {
				r.eng.Close()
			}
		}()
		if backend == "postgres" && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("%w: no answer from the server: %w", ErrUnavailable, ctx.Err())
		}
		return nil, ctx.Err()
	}
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
		if f, err = os.Open(filepath.Join(s.address, kv.LockFile)); err != nil {
			return nil // no lock file to share: rely on the database's lock
		}
	} else {
		if err := os.MkdirAll(s.address, 0o755); err != nil {
			return fmt.Errorf("open %s store at %q: %w", s.backend, s.address, err)
		}
		if f, err = os.OpenFile(filepath.Join(s.address, kv.LockFile), os.O_RDWR|os.O_CREATE, 0o644); err != nil {
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
		err := s.eng.Close()
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
