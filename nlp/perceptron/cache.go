package perceptron

import "sync/atomic"

// A Cache keeps values derived from a model, such as the summed weights of
// a word's features, for the keys met so far, up to a fixed number: an
// open-addressing table of pointers to entries that are made once,
// published with a compare-and-swap and never changed. A Cache is safe for
// concurrent use. A nil Cache keeps nothing.
type Cache[K comparable, V any] struct {
	slots []atomic.Pointer[cacheEntry[K, V]]
}

type cacheEntry[K comparable, V any] struct {
	key K
	val V
}

// cacheProbes is the number of slots a key may take.
const cacheProbes = 8

// NewCache returns a cache for at most 2^bits keys.
func NewCache[K comparable, V any](bits int) *Cache[K, V] {
	return &Cache[K, V]{slots: make([]atomic.Pointer[cacheEntry[K, V]], 1<<bits)}
}

// Find returns the value of key k, whose hash is h, and nil if c has
// none.
func (c *Cache[K, V]) Find(h uint64, k K) *V {
	if c == nil {
		return nil
	}
	mask := uint64(len(c.slots) - 1)
	for i := range uint64(cacheProbes) {
		e := c.slots[(h+i)&mask].Load()
		if e == nil {
			return nil
		}
		if e.key == k {
			return &e.val
		}
	}
	return nil
}

// Put keeps value v for key k, whose hash is h, if c has room, and
// returns the value kept: v's copy, or the value that another call put
// first (values for one key must be equal), or, without room, a copy of v
// that c does not keep.
func (c *Cache[K, V]) Put(h uint64, k K, v V) *V {
	e := &cacheEntry[K, V]{key: k, val: v}
	if c == nil {
		return &e.val
	}
	mask := uint64(len(c.slots) - 1)
	for i := range uint64(cacheProbes) {
		s := &c.slots[(h+i)&mask]
		o := s.Load()
		if o == nil {
			if s.CompareAndSwap(nil, e) {
				return &e.val
			}
			o = s.Load()
		}
		if o.key == k {
			return &o.val
		}
	}
	return &e.val
}
