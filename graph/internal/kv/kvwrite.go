package kv

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"slices"
	"sort"
	"time"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	crefs "github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// kg adds quads to a bolt or leveldb store with its own writer, addQuads,
// in place of Cayley's (kv.QuadStore.ApplyDeltas), and leaves removals to
// Cayley. It writes the same keys and values, byte for byte but the time
// stamps, as Cayley does for the same quads (TestAddQuadsAsCayley), with
// less work:
//
//   - Cayley looks up, in its indexes, every quad whose nodes are all
//     stored, to skip it if it is stored; the quads apply hands addQuads
//     are known to be new (see dropStored).
//   - Cayley counts every write in Prometheus metrics, caches node IDs,
//     encodes records by reflection and writes most keys in the order it
//     meets them; addQuads encodes records by hand and writes each
//     bucket's keys in order, so that consecutive writes land on the same
//     pages.
//
// The layout, from Cayley's graph/kv (indexing.go), for the record:
//
//   - meta/horizon: the last ID given to a node or quad (8 bytes, little
//     endian); meta/size: the number of quads.
//   - log/ID (8 bytes, big endian): the record (proto.Primitive) of node or
//     quad ID: its value, or the IDs of its subject, predicate, object
//     and label.
//   - v<h0><h1>/hash: a node's ID (varint), by the hash of its value;
//     n<h0><h1>/hash: the number of quads that name it (varint).
//   - one bucket per quad index (spo, ops, ...), whose keys are the IDs of
//     the index's directions (8 bytes each, big endian) and whose values
//     are the IDs of the quads that have them (varints, in order).

var (
	metaHorizon = hkv.Key{[]byte("meta"), []byte("horizon")}
	metaSize    = hkv.Key{[]byte("meta"), []byte("size")}
	metaIndexes = hkv.Key{[]byte("meta"), []byte("indexes")}
	logBucket   = []byte("log")
)

// legacyIndexes are the indexes Cayley assumes for a store that names
// none (kv.legacyQuadIndexes).
var legacyIndexes = []ckv.QuadIndex{
	{Dirs: []quad.Direction{quad.Subject}},
	{Dirs: []quad.Direction{quad.Object}},
}

// readIndexes returns the quad indexes of the Cayley store in db.
func readIndexes(ctx context.Context, db hkv.KV) ([]ckv.QuadIndex, error) {
	var out []ckv.QuadIndex
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		b, err := tx.Get(ctx, metaIndexes)
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		} else if err != nil {
			return err
		}
		return json.Unmarshal(b, &out)
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		out = legacyIndexes
	}
	return out, nil
}

// addNode is a node that a call of addQuads names.
type addNode struct {
	hash   crefs.ValueHash
	val    quad.Value
	refInc uint64 // how many of the quads name it
	id     uint64 // 0 until found or created
}

// addLink is a quad of an addition: the index in addition.nodes, plus
// one, of its subject, predicate, object and label; 0 for none.
type addLink [4]int

// An addition is what addQuads writes: the nodes that quads name, and
// the quads, once each.
type addition struct {
	nodes []addNode
	links []addLink
	order []int // indexes into nodes, in the order of their hashes
}

// newAddition returns the addition of quads.
func newAddition(quads []quad.Quad) *addition {
	a := &addition{links: make([]addLink, 0, len(quads))}
	byHash := make(map[crefs.ValueHash]int, len(quads))
	seen := make(map[addLink]bool, len(quads))
	for _, q := range quads {
		var l addLink
		for i, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			h := crefs.HashOf(v)
			n, ok := byHash[h]
			if !ok {
				n = len(a.nodes)
				byHash[h] = n
				a.nodes = append(a.nodes, addNode{hash: h, val: v})
			}
			l[i] = n + 1
		}
		if seen[l] {
			continue
		}
		seen[l] = true
		for _, n := range l {
			if n > 0 {
				a.nodes[n-1].refInc++
			}
		}
		a.links = append(a.links, l)
	}
	// Cayley gives new nodes their IDs in the order of their hashes.
	a.order = make([]int, len(a.nodes))
	for i := range a.order {
		a.order[i] = i
	}
	sort.Slice(a.order, func(i, j int) bool {
		return bytes.Compare(a.nodes[a.order[i]].hash[:], a.nodes[a.order[j]].hash[:]) < 0
	})
	return a
}

// addQuads adds quads to the Cayley store in db, in one transaction. None
// of quads may be stored already: addQuads does not look.
func addQuads(ctx context.Context, db hkv.KV, indexes []ckv.QuadIndex, quads []quad.Quad) error {
	a := newAddition(quads)
	nodes, links, order := a.nodes, a.links, a.order

	tx, err := db.Tx(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Close()

	// Known nodes and their counts.
	keys := make([]hkv.Key, len(order))
	for i, n := range order {
		keys[i] = hashKey('v', nodes[n].hash)
	}
	ids, err := tx.GetBatch(ctx, keys)
	if err != nil {
		return err
	}
	var known, fresh []int // node indexes, by hash
	for i, n := range order {
		if len(ids[i]) == 0 {
			fresh = append(fresh, n)
			continue
		}
		id, k := binary.Uvarint(ids[i])
		if k <= 0 || id == 0 {
			return errors.New("corrupt node ID")
		}
		nodes[n].id = id
		known = append(known, n)
	}
	for i, n := range known {
		keys[i] = hashKey('n', nodes[n].hash)
	}
	counts, err := tx.GetBatch(ctx, keys[:len(known)])
	if err != nil {
		return err
	}

	horizon, err := metaInt(ctx, tx, metaHorizon)
	if err != nil {
		return err
	}
	now := time.Now().UnixNano()
	var buf []byte
	type put struct {
		k hkv.Key
		v []byte
	}
	puts := make([]put, 0, 3*len(nodes)+len(links)*(1+len(indexes)))
	for _, n := range fresh {
		horizon++
		nd := &nodes[n]
		nd.id = horizon
		val, err := pquads.MarshalValue(nd.val)
		if err != nil {
			return err
		}
		start := len(buf)
		buf = appendPrimitive(buf, kvRecord{id: nd.id, ts: now, value: val})
		puts = append(puts,
			put{logKey(nd.id), buf[start:len(buf):len(buf)]},
			put{hashKey('v', nd.hash), binary.AppendUvarint(nil, nd.id)},
			put{hashKey('n', nd.hash), binary.AppendUvarint(nil, nd.refInc)})
	}
	for i, n := range known {
		c, _ := binary.Uvarint(counts[i])
		puts = append(puts, put{hashKey('n', nodes[n].hash), binary.AppendUvarint(nil, c+nodes[n].refInc)})
	}

	// The quads, and their IDs under each index key.
	lists := make([]map[string][]uint64, len(indexes))
	buckets := make([][]byte, len(indexes))
	for i := range lists {
		lists[i] = make(map[string][]uint64)
	}
	var dirIDs [4]uint64
	for _, l := range links {
		horizon++
		r := kvRecord{id: horizon, ts: now}
		for i, n := range l {
			dirIDs[i] = 0
			if n > 0 {
				dirIDs[i] = nodes[n-1].id
			}
		}
		r.dirs = dirIDs
		start := len(buf)
		buf = appendPrimitive(buf, r)
		puts = append(puts, put{logKey(r.id), buf[start:len(buf):len(buf)]})
		for i, ind := range indexes {
			vals := make([]uint64, len(ind.Dirs))
			for j, d := range ind.Dirs {
				vals[j] = dirIDs[d-quad.Subject]
			}
			k := ind.Key(vals) // the bucket, and the key within it
			buckets[i] = k[0]
			lists[i][string(k[1])] = append(lists[i][string(k[1])], r.id)
		}
	}
	for i := range indexes {
		ks := make([]hkv.Key, 0, len(lists[i]))
		for k := range lists[i] {
			ks = append(ks, hkv.Key{buckets[i], []byte(k)})
		}
		slices.SortFunc(ks, func(a, b hkv.Key) int { return bytes.Compare(a[1], b[1]) })
		old, err := tx.GetBatch(ctx, ks)
		if err != nil {
			return err
		}
		for j, k := range ks {
			v := slices.Clip(old[j]) // owned by the store: append copies
			for _, id := range lists[i][string(k[1])] {
				v = binary.AppendUvarint(v, id)
			}
			puts = append(puts, put{k, v})
		}
	}

	// Write bucket by bucket, each in key order.
	slices.SortFunc(puts, func(a, b put) int {
		if c := bytes.Compare(a.k[0], b.k[0]); c != 0 {
			return c
		}
		return bytes.Compare(a.k[1], b.k[1])
	})
	for _, p := range puts {
		if err := tx.Put(ctx, p.k, p.v); err != nil {
			return err
		}
	}
	size, err := metaInt(ctx, tx, metaSize)
	if err != nil {
		return err
	}
	if len(fresh)+len(links) > 0 {
		if err := putMetaInt(ctx, tx, metaHorizon, horizon); err != nil {
			return err
		}
	}
	if len(links) > 0 {
		if err := putMetaInt(ctx, tx, metaSize, size+uint64(len(links))); err != nil {
			return err
		}
	}
	return tx.Commit(ctx)
}

// hashKey is the key of a node's ID (bucket 'v') or count (bucket 'n').
func hashKey(bucket byte, h crefs.ValueHash) hkv.Key {
	return hkv.Key{[]byte{bucket, h[0], h[1]}, h[:]}
}

// logKey is the key of the record of node or quad id.
func logKey(id uint64) hkv.Key {
	return hkv.Key{logBucket, binary.BigEndian.AppendUint64(nil, id)}
}

// metaInt reads a counter of the meta bucket; a missing one is 0.
func metaInt(ctx context.Context, tx hkv.Tx, key hkv.Key) (uint64, error) {
	b, err := tx.Get(ctx, key)
	if errors.Is(err, hkv.ErrNotFound) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	if len(b) != 8 {
		return 0, errors.New("corrupt meta counter")
	}
	return binary.LittleEndian.Uint64(b), nil
}

// putMetaInt writes a counter of the meta bucket.
func putMetaInt(ctx context.Context, tx hkv.Tx, key hkv.Key, v uint64) error {
	return tx.Put(ctx, key, binary.LittleEndian.AppendUint64(nil, v))
}

// kvRecord is a node's or quad's record (Cayley's proto.Primitive).
type kvRecord struct {
	id    uint64
	dirs  [4]uint64 // a quad's subject, predicate, object, label IDs
	ts    int64
	value []byte // a node's value, encoded by pquads
}

// appendPrimitive appends r encoded as proto.Marshal encodes Cayley's
// proto.Primitive: fields in order, zero values left out.
func appendPrimitive(b []byte, r kvRecord) []byte {
	field := func(b []byte, num int, v uint64) []byte {
		if v == 0 {
			return b
		}
		b = binary.AppendUvarint(b, uint64(num)<<3) // wire type 0, varint
		return binary.AppendUvarint(b, v)
	}
	b = field(b, 1, r.id)
	for i, id := range r.dirs {
		b = field(b, 2+i, id)
	}
	b = field(b, 7, uint64(r.ts))
	if len(r.value) > 0 {
		b = binary.AppendUvarint(b, 8<<3|2) // wire type 2, bytes
		b = binary.AppendUvarint(b, uint64(len(r.value)))
		b = append(b, r.value...)
	}
	return b
}
