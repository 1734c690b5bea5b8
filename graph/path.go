package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
)

// Default limits of [Store.Paths].
const (
	defaultMaxHops = 4
	defaultPaths   = 1
)

// A Step is one hop of a path: two entities and the relation between them.
type Step struct {
	// From and To are the entities the step leaves and reaches.
	From Node `json:"from"`
	// Relation is the lemma of the relation joining From and To; when
	// several do, the one most facts state.
	Relation string `json:"relation"`
	To       Node   `json:"to"`
	// Forward is true when the edge is stored From —Relation→ To, false
	// when it is stored To —Relation→ From.
	Forward bool `json:"forward"`
	// Relations lists every relation joining the two entities, Relation
	// first, with its direction marked as in [Edge]: From and To are
	// [Node.ID] values.
	Relations []Edge `json:"relations"`
	// Facts are the facts that state the relations of the step, with their
	// sentences, never nil.
	Facts []Fact `json:"facts"`
}

// A Path is a sequence of steps, each starting where the previous ended.
type Path []Step

// Paths returns up to k (1 when k <= 0) shortest simple paths between the
// entities that a and b name (see [Store.Resolve]), shortest first, each at
// most maxHops (4 when maxHops <= 0) relation edges long. Edges are followed
// in either direction. Only entities are steps: facts, sentences,
// documents and literal values never join two entities. Paths are distinct
// sequences of entities; several relations between the same two entities
// make one step. When no path exists within maxHops, Paths returns an
// empty slice and no error; when a and b name one entity, it returns an
// error wrapping [ErrSameEntity].
//
// The search is a bidirectional breadth-first search over adjacency read
// from the store's subject and object indexes as it goes, and Yen's
// algorithm for the k-1 next paths.
func (s *Store) Paths(ctx context.Context, a, b string, maxHops, k int) ([]Path, error) {
	return s.PathsWith(ctx, a, b, PathOptions{MaxHops: maxHops, K: k})
}

// PathOptions tune [Store.PathsWith].
type PathOptions struct {
	// MaxHops and K are as for [Store.Paths].
	MaxHops, K int
	// Background also follows background facts (gazetteer knowledge that
	// no sentence states, see schema.Background); their steps have no
	// facts.
	Background bool
}

// PathsWith is [Store.Paths] with options.
func (s *Store) PathsWith(ctx context.Context, a, b string, o PathOptions) ([]Path, error) {
	maxHops, k := o.MaxHops, o.K
	if maxHops <= 0 {
		maxHops = defaultMaxHops
	}
	if k <= 0 {
		k = defaultPaths
	}
	v, err := s.newView(ctx)
	if err != nil {
		return nil, err
	}
	v.background = o.Background
	src, err := v.find(ctx, a)
	if err != nil {
		return nil, err
	}
	dst, err := v.find(ctx, b)
	if err != nil {
		return nil, err
	}
	if src == dst {
		return nil, fmt.Errorf("path: %q and %q are %w", a, b, ErrSameEntity)
	}
	seqs, err := v.kShortest(ctx, src, dst, maxHops, k)
	if err != nil {
		return nil, err
	}
	out := make([]Path, 0, len(seqs))
	for _, seq := range seqs {
		p, err := v.path(ctx, seq)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// edgeKey is an undirected pair of node keys.
type edgeKey struct{ a, b any }

// kShortest returns up to k shortest simple paths from src to dst of at
// most maxLen edges, as node key sequences, by Yen's algorithm.
func (v *view) kShortest(ctx context.Context, src, dst any, maxLen, k int) ([][]any, error) {
	first, err := v.shortest(ctx, src, dst, maxLen, nil, nil)
	if err != nil || first == nil {
		return nil, err
	}
	found := [][]any{first}
	var cands [][]any
	for len(found) < k {
		prev := found[len(found)-1]
		for i := 0; i < len(prev)-1; i++ {
			root := prev[:i+1]
			banEdges := make(map[edgeKey]bool)
			for _, p := range found {
				if len(p) > i+1 && slices.Equal(p[:i+1], root) {
					banEdges[edgeKey{p[i], p[i+1]}] = true
					banEdges[edgeKey{p[i+1], p[i]}] = true
				}
			}
			banNodes := make(map[any]bool, i)
			for _, n := range root[:i] {
				banNodes[n] = true
			}
			spur, err := v.shortest(ctx, prev[i], dst, maxLen-i, banNodes, banEdges)
			if err != nil {
				return nil, err
			}
			if spur == nil {
				continue
			}
			cand := append(slices.Clone(root[:i]), spur...)
			if !containsPath(found, cand) && !containsPath(cands, cand) {
				cands = append(cands, cand)
			}
		}
		if len(cands) == 0 {
			break
		}
		sort.SliceStable(cands, func(i, j int) bool { return len(cands[i]) < len(cands[j]) })
		found = append(found, cands[0])
		cands = cands[1:]
	}
	return found, nil
}

func containsPath(list [][]any, p []any) bool {
	for _, q := range list {
		if slices.Equal(q, p) {
			return true
		}
	}
	return false
}

// shortest returns a shortest path from src to dst of at most maxLen edges
// that avoids the banned nodes and edges, or nil. It searches from both ends
// at once, a whole level at a time, always growing the smaller frontier.
func (v *view) shortest(ctx context.Context, src, dst any, maxLen int, banNodes map[any]bool, banEdges map[edgeKey]bool) ([]any, error) {
	if src == dst {
		return []any{src}, nil
	}
	if maxLen <= 0 {
		return nil, nil
	}
	type side struct {
		prev  map[any]any // node → the node it was reached from
		dist  map[any]int
		front []any
		depth int
	}
	fw := &side{prev: map[any]any{src: nil}, dist: map[any]int{src: 0}, front: []any{src}}
	bw := &side{prev: map[any]any{dst: nil}, dist: map[any]int{dst: 0}, front: []any{dst}}
	for fw.depth+bw.depth < maxLen && len(fw.front) > 0 && len(bw.front) > 0 {
		cur, other := fw, bw
		if len(bw.front) < len(fw.front) {
			cur, other = bw, fw
		}
		var next []any
		var meet any
		bestLen := -1
		for _, u := range cur.front {
			nbrs, err := v.neighbours(ctx, u)
			if err != nil {
				return nil, err
			}
			for _, w := range nbrs {
				if banNodes[w] || banEdges[edgeKey{u, w}] {
					continue
				}
				if _, seen := cur.prev[w]; seen {
					continue
				}
				cur.prev[w] = u
				cur.dist[w] = cur.depth + 1
				next = append(next, w)
				if d, ok := other.dist[w]; ok {
					if total := cur.depth + 1 + d; bestLen < 0 || total < bestLen {
						meet, bestLen = w, total
					}
				}
			}
		}
		cur.front = next
		cur.depth++
		if meet != nil {
			return joinPath(fw.prev, bw.prev, meet), nil
		}
	}
	return nil, nil
}

// joinPath returns the path from the root of fw through meet to the root
// of bw.
func joinPath(fw, bw map[any]any, meet any) []any {
	var head []any
	for n := meet; n != nil; n = fw[n] {
		head = append(head, n)
	}
	slices.Reverse(head)
	for n := bw[meet]; n != nil; n = bw[n] {
		head = append(head, n)
	}
	return head
}

// path turns a node key sequence into steps with their relations and facts.
func (v *view) path(ctx context.Context, seq []any) (Path, error) {
	if err := v.loadFull(ctx, seq...); err != nil {
		return nil, err
	}
	p := make(Path, 0, len(seq)-1)
	for i := 0; i+1 < len(seq); i++ {
		u, w := seq[i], seq[i+1]
		facts, err := v.facts(ctx, v.factsBetween(u, w))
		if err != nil {
			return nil, err
		}
		sortFacts(facts)
		from, to := v.node(u), v.node(w)
		st := Step{From: from, To: to, Facts: facts, Relations: []Edge{}}
		support := make(map[Edge]int)
		for _, f := range facts {
			support[Edge{From: f.Subject.ID, To: f.Object.ID, Relation: f.Relation}]++
		}
		for _, a := range v.recs[u].arcs {
			if a.to != w {
				continue
			}
			e := Edge{From: from.ID, To: to.ID, Relation: v.relation(a.pred)}
			if !a.out {
				e.From, e.To = to.ID, from.ID
			}
			if !slices.Contains(st.Relations, e) {
				st.Relations = append(st.Relations, e)
			}
		}
		sort.SliceStable(st.Relations, func(i, j int) bool {
			return support[st.Relations[i]] > support[st.Relations[j]]
		})
		if len(st.Relations) > 0 {
			st.Relation = st.Relations[0].Relation
			st.Forward = st.Relations[0].From == from.ID
		}
		p = append(p, st)
	}
	return p, nil
}
