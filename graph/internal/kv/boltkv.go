package kv

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// boltKV is the key-value layer under Cayley's bolt backend, in place of
// the one Cayley takes from hidalgo (hidalgo/kv/bolt), with the same
// layout on disk: a key's parts but the last name nested buckets. It
// differs in two ways:
//
//   - A transaction keeps the top-level buckets it has found, by name;
//     hidalgo looks each one up again, or creates it, for every Get and
//     Put. Finding buckets took 14% of the CPU time of importing a
//     million quads, and takes 10%: Cayley spreads nodes over 131,072
//     buckets, most of which a transaction meets once.
//   - Pages are filled before bolt splits them: to 100% in the buckets
//     whose keys Cayley writes in increasing order (see appendOnly), to
//     80% in the others, instead of 50%, bolt's default, which leaves
//     half of every page empty for good in a store written at random.
//     kg build of 10 MB of text: a 647 MB store instead of 805 MB, peak
//     RSS 698 MB instead of 855 MB, 43 s instead of 48 s.
type boltKV struct {
	db *bolt.DB
}

// appendOnly are the buckets whose keys Cayley writes in increasing order:
// "log" holds every node and quad by its sequence number.
var appendOnly = map[string]bool{"log": true}

// fillPercent is how full bolt fills the pages of the other buckets.
// Above 0.8, splits come so often that the store grows again: 781 MB
// at 1.0 in the build above.
const fillPercent = 0.8

// openBoltKV opens the bolt file at path, creating it if needed, waiting
// up to a second for another process's lock on it.
func openBoltKV(path string) (*boltKV, error) {
	return openBoltKVWith(path, false)
}

// openBoltKVWith opens the bolt file at path as openBoltKV does, or, with
// readOnly, an existing one for reading only, under a shared lock.
func openBoltKVWith(path string, readOnly bool) (*boltKV, error) {
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second, ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	return &boltKV{db: db}, nil
}

// openBolt opens the bolt store in dir with Cayley's key-value layer on
// a boltKV, which it returns too.
func openBolt(dir string, opts cgraph.Options, readOnly bool) (cgraph.QuadStore, hkv.KV, error) {
	raw, err := openBoltKVWith(filepath.Join(dir, boltFile), readOnly)
	if err != nil {
		return nil, nil, err
	}
	kv := gate(raw)
	qs, err := ckv.New(kv, opts)
	if err != nil {
		kv.Close()
		return nil, nil, err
	}
	return qs, kv, nil
}

func (db *boltKV) Close() error { return db.db.Close() }

func (db *boltKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	tx, err := db.db.Begin(rw)
	if err != nil {
		return nil, err
	}
	return &boltTx{tx: tx}, nil
}

func (db *boltKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, db, fn)
}

func (db *boltKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, db, fn)
}

// boltTx is a transaction of a boltKV.
type boltTx struct {
	tx      *bolt.Tx
	buckets map[string]*bolt.Bucket // top-level buckets found so far
}

// top returns the top-level bucket name, creating it if create is set;
// it returns nil if there is no such bucket.
func (tx *boltTx) top(name []byte, create bool) (*bolt.Bucket, error) {
	if b := tx.buckets[string(name)]; b != nil {
		return b, nil
	}
	var b *bolt.Bucket
	if create {
		var err error
		if b, err = tx.tx.CreateBucketIfNotExists(name); err != nil {
			return nil, err
		}
	} else if b = tx.tx.Bucket(name); b == nil {
		return nil, nil
	}
	b.FillPercent = fillPercent
	if appendOnly[string(name)] {
		b.FillPercent = 1
	}
	if tx.buckets == nil {
		tx.buckets = make(map[string]*bolt.Bucket)
	}
	tx.buckets[string(name)] = b
	return b, nil
}

// root returns the root bucket, which holds the top-level buckets.
func (tx *boltTx) root() *bolt.Bucket {
	return tx.tx.Cursor().Bucket()
}

// bucket returns the bucket that holds key and the rest of key within it,
// or a nil bucket if there is none.
func (tx *boltTx) bucket(key hkv.Key) (*bolt.Bucket, hkv.Key) {
	if len(key) <= 1 {
		return tx.root(), key
	}
	b, _ := tx.top(key[0], false)
	key = key[1:]
	for b != nil && len(key) > 1 {
		b = b.Bucket(key[0])
		key = key[1:]
	}
	return b, key
}

func (tx *boltTx) Get(ctx context.Context, key hkv.Key) (hkv.Value, error) {
	b, k := tx.bucket(key)
	if b == nil || len(k) != 1 {
		return nil, hkv.ErrNotFound
	}
	v := b.Get(k[0])
	if v == nil {
		return nil, hkv.ErrNotFound
	}
	return v, nil
}

func (tx *boltTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, key := range keys {
		if b, k := tx.bucket(key); b != nil && len(k) == 1 {
			vals[i] = b.Get(k[0])
		}
	}
	return vals, nil
}

func (tx *boltTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	var (
		b   *bolt.Bucket
		err error
	)
	if len(k) <= 1 {
		b = tx.root()
	} else {
		b, err = tx.top(k[0], true)
		k = k[1:]
	}
	for err == nil && len(k) > 1 {
		b, err = b.CreateBucketIfNotExists(k[0])
		k = k[1:]
	}
	if err == nil && (len(k[0]) > 0 || len(v) > 0) { // else it creates the bucket only
		err = b.Put(k[0], v)
	}
	if err == bolt.ErrTxNotWritable {
		err = hkv.ErrReadOnly
	}
	return err
}

func (tx *boltTx) Del(ctx context.Context, k hkv.Key) error {
	b, k := tx.bucket(k)
	if b == nil || len(k) != 1 {
		return nil
	}
	err := b.Delete(k[0])
	if err == bolt.ErrTxNotWritable {
		err = hkv.ErrReadOnly
	}
	return err
}

func (tx *boltTx) Commit(ctx context.Context) error { return tx.tx.Commit() }

func (tx *boltTx) Close() error { return tx.tx.Rollback() }

func (tx *boltTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	var it hkv.Iterator = &boltIterator{tx: tx, rootb: tx.root()}
	it.Reset()
	return hkv.ApplyIteratorOptions(it, opts)
}

// boltIterator walks the keys of a bucket and of the buckets nested in it,
// in order. It is hidalgo's (hidalgo/kv/bolt, Apache License 2.0,
// Copyright the hidalgo authors), on a boltTx.
type boltIterator struct {
	tx    *boltTx
	rootb *bolt.Bucket
	rootk hkv.Key // the key of rootb, to make full keys
	pref  hkv.Key // what all keys start with, within rootb
	stack struct {
		k hkv.Key
		b []*bolt.Bucket
		c []*bolt.Cursor
	}
	k, v []byte // within the current bucket
}

var (
	_ hkv.Seeker         = (*boltIterator)(nil)
	_ hkv.PrefixIterator = (*boltIterator)(nil)
)

func (it *boltIterator) Reset() {
	it.k, it.v = nil, nil
	it.stack.c, it.stack.b = nil, nil
	if cap(it.stack.k) >= len(it.rootk) {
		it.stack.k = it.stack.k[:len(it.rootk)]
	} else {
		it.stack.k = it.rootk.Clone()
	}
	copy(it.stack.k, it.rootk)
	if it.rootb != nil {
		it.stack.b = []*bolt.Bucket{it.rootb}
	}
}

func (it *boltIterator) WithPrefix(pref hkv.Key) hkv.Iterator {
	it.Reset()
	b, p := it.tx.bucket(pref)
	if b == nil || len(p) > 1 {
		// A bucket that the prefix names does not exist: nothing to
		// iterate.
		*it = boltIterator{tx: it.tx}
		return it
	}
	it.rootk = pref[:len(pref)-len(p)]
	it.rootb = b
	it.pref = p
	it.Reset()
	return it
}

func (it *boltIterator) next(pref hkv.Key) bool {
	for len(it.stack.b) > 0 {
		i := len(it.stack.b) - 1
		cb := it.stack.b[i]
		if len(it.stack.c) < len(it.stack.b) {
			c := cb.Cursor()
			it.stack.c = append(it.stack.c, c)
			if i >= len(pref) {
				it.k, it.v = c.First()
			} else {
				it.k, it.v = c.Seek(pref[i])
			}
		} else {
			it.k, it.v = it.stack.c[i].Next()
		}
		if it.k != nil && (i >= len(pref) || bytes.HasPrefix(it.k, pref[i])) {
			if it.v == nil { // a bucket, unless an empty value
				if b := cb.Bucket(it.k); b != nil {
					it.stack.b = append(it.stack.b, b)
					it.stack.k = append(it.stack.k, it.k)
					continue
				}
			}
			return true
		}
		// This bucket, or its part with the prefix, is done: back to
		// the one that holds it.
		it.stack.c = it.stack.c[:len(it.stack.c)-1]
		it.stack.b = it.stack.b[:len(it.stack.b)-1]
		if len(it.stack.k) > 0 {
			it.stack.k = it.stack.k[:len(it.stack.k)-1]
		}
	}
	return false
}

func (it *boltIterator) Seek(ctx context.Context, key hkv.Key) bool {
	it.Reset()
	if !it.next(key) {
		return false
	}
	return it.Key().HasPrefix(it.pref)
}

func (it *boltIterator) Next(ctx context.Context) bool { return it.next(it.pref) }

func (it *boltIterator) Key() hkv.Key {
	if len(it.stack.b) == 0 {
		return nil
	}
	k := it.stack.k.Clone()
	return append(k, append([]byte{}, it.k...))
}

func (it *boltIterator) Val() hkv.Value { return it.v }

func (it *boltIterator) Err() error { return nil }

func (it *boltIterator) Close() error {
	*it = boltIterator{}
	return nil
}

// createBolt creates a bolt store in the new directory dir.
func createBolt(dir string, opts cgraph.Options) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	kv, err := openBoltKV(filepath.Join(dir, boltFile))
	if err != nil {
		return err
	}
	return initClose(kv, opts)
}

// quadIndexes are the indexes kg gives a new bolt or leveldb store, in
// place of Cayley's default: subject-predicate-object and
// object-predicate-subject, where Cayley's first is subject-predicate.
// Under a subject-predicate key Cayley keeps the list of all quads with
// that subject and predicate, rewritten whole by every transaction that
// adds one: an actor's kg:mentionedIn list grows with every document that
// names it, to tens of thousands of quads. Under subject-predicate-object
// keys, as under Cayley's object-predicate-subject ones, a list holds one
// fact as stated by each document. Both still find the quads of a subject
// or of an object by prefix.
var quadIndexes = []ckv.QuadIndex{
	{Dirs: []quad.Direction{quad.Subject, quad.Predicate, quad.Object}},
	{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}},
}

// initKV makes a new Cayley store in kv, with kg's quadIndexes.
func initKV(kv hkv.KV, opts cgraph.Options) error {
	return initKVWith(kv, opts, quadIndexes)
}

// initClose makes a new Cayley store in kv, with kg's quadIndexes, and
// closes kv.
func initClose(kv hkv.KV, opts cgraph.Options) error {
	err := initKV(kv, opts)
	if cerr := kv.Close(); err == nil {
		err = cerr
	}
	return err
}

// initKVWith makes a new Cayley store in kv, with the given indexes.
func initKVWith(kv hkv.KV, opts cgraph.Options, indexes []ckv.QuadIndex) error {
	if err := ckv.Init(kv, opts); err != nil {
		return err
	}
	b, err := json.Marshal(indexes)
	if err != nil {
		return err
	}
	return hkv.Update(context.Background(), kv, func(tx hkv.Tx) error {
		return tx.Put(context.Background(), metaIndexes, b)
	})
}
