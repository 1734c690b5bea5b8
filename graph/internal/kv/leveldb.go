package kv

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// errNoExchange says that the system cannot swap two directories
// atomically (see exchange).
var errNoExchange = errors.New("cannot exchange directories")

// initLevelDB creates a leveldb store in dir unless one exists. Cayley
// creates a leveldb store in several writes (the database, then its
// version, then its list of indexes), and a store interrupted between
// them is left without metadata (which [openLevelDB] repairs) or with a
// version and no list of indexes, which Cayley then opens with other
// indexes than its own: it works, but reads and writes more slowly. So
// the store is made in a sibling folder and swapped with dir in one
// atomic step (renameat2 RENAME_EXCHANGE), after a hard link to dir's
// lock file, held by the caller, has been added to it: at every moment,
// dir/kg.lock is the same locked file, and dir holds either no store or a
// whole one. The folder left by an interrupted creation is removed by the
// next Open.
//
// Where the exchange is not possible (a system other than Linux, a file
// system without it, or a dir that holds other files than the lock),
// the store is created in place, as Cayley does.
func initLevelDB(dir string, opts cgraph.Options) error {
	tmp := filepath.Join(filepath.Dir(dir), "."+filepath.Base(dir)+".creating")
	if err := os.RemoveAll(tmp); err != nil { // left by an interrupted creation
		return err
	}
	if Exists("leveldb", dir) {
		return nil
	}
	err := createLevelDB(dir, tmp, opts)
	if errors.Is(err, errNoExchange) {
		err = newLevelDB(dir, opts)
	}
	return err
}

// createLevelDB creates a leveldb store in tmp and swaps it with dir. It
// returns an error wrapping errNoExchange when it cannot, having changed
// nothing in dir.
func createLevelDB(dir, tmp string, opts cgraph.Options) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Name() != LockFile {
			return errNoExchange
		}
	}
	st, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if err := newLevelDB(tmp, opts); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := os.Chmod(tmp, st.Mode().Perm()); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := os.Link(filepath.Join(dir, LockFile), filepath.Join(tmp, LockFile)); err != nil {
		os.RemoveAll(tmp)
		return errors.Join(errNoExchange, err)
	}
	syncDir(tmp)
	if err := exchange(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	syncDir(filepath.Dir(dir)) // make the exchange durable
	return os.RemoveAll(tmp)   // the old dir, now holding only a link to the lock
}

// newLevelDB creates a leveldb database in dir, which must hold none, and
// writes Cayley's metadata to it.
func newLevelDB(dir string, opts cgraph.Options) error {
	_, kv, err := openLevelDBKV(dir, true)
	if err != nil {
		return err
	}
	return initClose(kv, opts)
}

// openLevelDBKV opens the leveldb database in dir, or creates it there
// with create, for Cayley's key-value layer. Unlike Cayley's own leveldb
// backend, which leaves leveldb's default, every write is synced to disk
// before it returns, as bolt's are: a transaction that [DB.Apply]
// reports as done survives a power failure.
func openLevelDBKV(dir string, create bool) (*leveldb.DB, hkv.KV, error) {
	return openLevelDBKVWith(dir, create, false)
}

// openLevelDBKVWith opens the database in dir as openLevelDBKV does, or,
// with readOnly, for reading only, under a shared lock.
func openLevelDBKVWith(dir string, create, readOnly bool) (*leveldb.DB, hkv.KV, error) {
	ldb, err := leveldb.OpenFile(dir, &opt.Options{ErrorIfMissing: !create, ErrorIfExist: create, ReadOnly: readOnly})
	if err != nil {
		return nil, nil, err
	}
	db := hleveldb.New(ldb)
	db.SetWriteOptions(&opt.WriteOptions{Sync: true})
	return ldb, flat.Upgrade(db), nil
}

// syncDir flushes the entries of directory dir to disk; errors are
// ignored, as some file systems cannot sync a directory.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// openLevelDB opens the leveldb store in dir with Cayley's key-value
// layer, as Cayley's leveldb backend does, but with synced writes (see
// openLevelDBKV), and returns the key-value store too.
// A store that an older kg, or a creation in place, left half-made (a
// database without Cayley's metadata, which Cayley refuses as "not
// initialized") is initialised now if it holds nothing at all: nothing
// can have been stored in it, since Cayley refuses to open it.
func openLevelDB(dir string, opts cgraph.Options, readOnly bool) (cgraph.QuadStore, hkv.KV, error) {
	ldb, raw, err := openLevelDBKVWith(dir, false, readOnly)
	if err != nil {
		return nil, nil, err
	}
	kv := gate(raw)
	qs, err := ckv.New(kv, opts)
	if errors.Is(err, cgraph.ErrNotInitialized) {
		it := ldb.NewIterator(nil, nil)
		empty := !it.Next()
		it.Release()
		if !empty {
			kv.Close()
			return nil, nil, fmt.Errorf("%w, and holds data that is not Cayley's", err)
		}
		if err = initKV(kv, opts); err == nil {
			qs, err = ckv.New(kv, opts)
		}
	}
	if err != nil {
		kv.Close()
		return nil, nil, err
	}
	return qs, kv, nil
}
