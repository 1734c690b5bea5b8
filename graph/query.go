package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
)

// ErrTimeout is returned by [Store.Query] when the query ran out of time.
var ErrTimeout = errors.New("query timed out")

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
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-s.closing:
			cancel()
		case <-ctx.Done():
		}
	}()
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
// store is closing, or an error wrapping [ErrTimeout] and ctx's error.
func (s *Store) stopped(ctx context.Context) error {
	select {
	case <-s.closing:
		return ErrClosed
	default:
		return fmt.Errorf("%w: %w", ErrTimeout, ctx.Err())
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
