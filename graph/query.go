package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
)

// ErrTimeout is returned by [Store.Query] when the query ran out of time.
var ErrTimeout = errors.New("query timed out")

// ErrMemory is returned by [Store.Query] when the heap grew by more than
// [Options.MaxQueryMemory] while the query ran.
var ErrMemory = errors.New("query used too much memory")

// DefaultMaxQueryMemory is the default of [Options.MaxQueryMemory].
const DefaultMaxQueryMemory = 256 << 20

// memoryPoll is how often a running query's heap is checked. A script
// that doubles a string every step (s = s + s) takes longer than this to
// copy 100 MB, so the heap passes the budget by about one step at most.
const memoryPoll = 2 * time.Millisecond

// Query runs a Gizmo query and calls fn with each result, in order, as a
// value that encodes to JSON: a map from tag to node for path results, or
// whatever the script emitted with g.emit. Unlike Cayley's JSON output, the
// value of the script's last expression (such as g.V().count()) is passed
// to fn too. At most limit results are produced when limit > 0. When ctx
// expires, the query is interrupted and Query returns an error that wraps
// [ErrTimeout]; a syntax or runtime error in the script is returned as the
// engine reports it. [Store.Close] stops a running query, which then
// returns [ErrClosed].
func (s *Store) Query(ctx context.Context, text string, limit int, fn func(any) error) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	go s.watch(ctx, cancel)
	sess := gizmo.NewSession(s.qs)
	it, err := sess.Execute(ctx, text, query.Options{Collation: query.Raw, Limit: limit})
	if err != nil {
		return fmt.Errorf("gizmo: %w", err)
	}
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		r, ok := it.Result().(*gizmo.Result)
		if !ok {
			continue
		}
		v, err := s.resultValue(r)
		if err != nil {
			return err
		}
		if v == nil {
			continue
		}
		if err := fn(v); err != nil {
			return err
		}
		n++
		if limit > 0 && n >= limit {
			return nil
		}
	}
	if err := it.Err(); err != nil {
		if ctx.Err() != nil {
			return s.stopped(ctx)
		}
		return fmt.Errorf("gizmo: %w", err)
	}
	if ctx.Err() != nil {
		return s.stopped(ctx)
	}
	return nil
}

// stopped returns the error of a query stopped early: [ErrClosed] when the
// store is closing, an error wrapping [ErrMemory] when the query used too
// much memory, or one wrapping [ErrTimeout] and ctx's error.
func (s *Store) stopped(ctx context.Context) error {
	select {
	case <-s.closing:
		return ErrClosed
	default:
	}
	if cause := context.Cause(ctx); errors.Is(cause, ErrMemory) {
		// The script's garbage would otherwise stay mapped until the
		// runtime's scavenger returns it, minutes later.
		debug.FreeOSMemory()
		return cause
	}
	return fmt.Errorf("%w: %w", ErrTimeout, ctx.Err())
}

// watch cancels a running query when the store closes, or when the live
// heap has grown by more than s.maxQueryMemory since the query began; it
// returns when ctx ends. Each time the heap, garbage included, has grown
// by the budget, watch starts a collection to measure the live heap: a
// query that only makes garbage costs a collection per budget it
// allocates. It goes on polling while the collection runs, which takes a
// while on a large heap that the script goes on filling, and a heap grown
// by twice the budget stops the query at once. The heap is the process's,
// so queries running side by side share the budget, and each of them is
// stopped when together they pass it.
func (s *Store) watch(ctx context.Context, cancel context.CancelCauseFunc) {
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	read := func() (heap, live int64) {
		metrics.Read(samples)
		return int64(samples[0].Value.Uint64()), int64(samples[1].Value.Uint64())
	}
	heap, base := read()
	base = min(base, heap) // the live heap at the last collection, or less
	next := heap + s.maxQueryMemory
	tick := time.NewTicker(memoryPoll)
	defer tick.Stop()
	var collected chan struct{} // closed when the collection watch started ends; nil when none runs
	for {
		select {
		case <-s.closing:
			cancel(ErrClosed)
			return
		case <-ctx.Done():
			return
		case <-collected:
			collected = nil
			heap, live := read()
			if grown := live - base; grown > s.maxQueryMemory {
				cancel(fmt.Errorf("%w: it kept %d MB, more than the %d MB allowed (query.max_memory)", ErrMemory, grown>>20, s.maxQueryMemory>>20))
				return
			}
			next = heap + s.maxQueryMemory
			continue
		case <-tick.C:
		}
		heap, _ = read()
		if heap-base > 2*s.maxQueryMemory {
			// More than half of it would have to be garbage: stop
			// without waiting for a collection.
			cancel(fmt.Errorf("%w: the heap grew by %d MB, twice the %d MB allowed (query.max_memory)", ErrMemory, (heap-base)>>20, s.maxQueryMemory>>20))
			return
		}
		if heap <= next || collected != nil {
			continue
		}
		collected = make(chan struct{})
		go func(done chan struct{}) {
			runtime.GC()
			close(done)
		}(collected)
	}
}

// resultValue converts one Gizmo result to a JSON-ready value, or nil when
// the result carries nothing to show (a script whose last value is a path).
func (s *Store) resultValue(r *gizmo.Result) (any, error) {
	if r.Meta {
		switch v := r.Val.(type) {
		case nil:
			return nil, nil
		case int64, float64, string, bool, []any, map[string]any, int:
			return v, nil
		default:
			return nil, nil
		}
	}
	if r.Val != nil {
		return r.Val, nil
	}
	out := make(map[string]any, len(r.Tags))
	for k, ref := range r.Tags {
		v, err := s.qs.NameOf(ref)
		if err != nil {
			return nil, err
		}
		if v != nil {
			out[k] = nativeValue(v)
		}
	}
	return out, nil
}

// nativeValue returns the JSON form of a node: "<iri>" for IRIs, "_:x" for
// blank nodes, and the Go value of literals.
func nativeValue(v quad.Value) any {
	out := v.Native()
	if nv, ok := out.(quad.Value); ok && v == nv {
		return quad.StringOf(v)
	}
	switch v.(type) {
	case quad.IRI, quad.BNode:
		return quad.StringOf(v)
	}
	return out
}
