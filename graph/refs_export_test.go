package graph

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
)

// NodeProblems returns, sorted, the nodes of s that are in no quad (which
// g.V() lists although nothing states them) and the values of quads that
// are not nodes, or quads that lack a subject, predicate or object.
func NodeProblems(ctx context.Context, s *Store) ([]string, error) {
	used := make(map[string]bool)
	var problems []string
	err := iterator.Iterate(ctx, s.qs.QuadsAllIterator()).Each(func(r cgraph.Ref) error {
		q, err := s.qs.Quad(r)
		if err != nil {
			return err
		}
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			problems = append(problems, fmt.Sprintf("incomplete quad %v", q))
		}
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				used[v.String()] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	nodes := make(map[string]bool)
	err = iterator.Iterate(ctx, s.qs.NodesAllIterator()).Each(func(r cgraph.Ref) error {
		v, err := s.qs.NameOf(r)
		if err != nil {
			return err
		}
		if v == nil {
			problems = append(problems, fmt.Sprintf("node %v has no value", r.Key()))
			return nil
		}
		nodes[v.String()] = true
		if !used[v.String()] {
			problems = append(problems, "node in no quad: "+v.String())
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for v := range used {
		if !nodes[v] {
			problems = append(problems, "value of a quad is no node: "+v)
		}
	}
	sort.Strings(problems)
	return problems, nil
}

// StoredQuads returns every quad of s, in no particular order.
func StoredQuads(ctx context.Context, s *Store) ([]quad.Quad, error) {
	var out []quad.Quad
	err := iterator.Iterate(ctx, s.qs.QuadsAllIterator()).Each(func(r cgraph.Ref) error {
		q, err := s.qs.Quad(r)
		out = append(out, q)
		return err
	})
	return out, err
}
