package graph

import (
	"context"
	"sort"

	"github.com/kg-project/kg/schema"
)

// NeighborOptions tune [Store.Neighbors].
type NeighborOptions struct {
	// Depth is how many relation hops to go from the center; 1 when <= 0.
	Depth int
	// Type, when set, keeps only the neighbours of this type in the result.
	// The walk still goes through nodes of other types.
	Type schema.EntityType
	// Limit is the most neighbours to report, the nearest and most tied
	// first; 0 means no limit. Without a Type, the walk beyond the first hop
	// stops once it has found Limit nodes.
	Limit int
	// Background also follows background facts (gazetteer knowledge that
	// no sentence states, see schema.Background).
	Background bool
}

// A Neighbor is a node of a neighbourhood and its distance from the center.
type Neighbor struct {
	Node
	// Depth is the number of relation hops from the center.
	Depth int `json:"depth"`
	// Ties is the number of distinct relation edges (relation and
	// direction) joining the node to the nodes one hop nearer the center:
	// how many different things the text says between them.
	Ties int `json:"ties"`
}

// A Neighborhood is an entity, the nodes within some hops of it over
// relation edges, and the edges among them.
type Neighborhood struct {
	// Center is the entity asked about.
	Center Node `json:"center"`
	// Nodes are the neighbours, without the center, by depth, then actors
	// before literal values, then by Ties (most first), then by name.
	Nodes []Neighbor `json:"nodes"`
	// Edges are the relation edges among Center and Nodes, each once, sorted
	// by From, Relation and To.
	Edges []Edge `json:"edges"`
	// Truncated is true when opts.Limit left nodes out.
	Truncated bool `json:"truncated"`
}

// Neighbors returns the entities and literal values within opts.Depth
// relation hops of the entity that name means (see [Store.Resolve]), in
// either direction. Literal values (a title, say) end a walk. Facts,
// sentences and documents are never part of a neighbourhood. The returned
// slices are new and never nil.
func (s *Store) Neighbors(ctx context.Context, name string, opts NeighborOptions) (Neighborhood, error) {
	v, err := s.newView(ctx)
	if err != nil {
		return Neighborhood{}, err
	}
	v.background = opts.Background
	center, err := v.find(ctx, name)
	if err != nil {
		return Neighborhood{}, err
	}
	return v.neighborhood(ctx, center, opts)
}

func (v *view) neighborhood(ctx context.Context, center any, opts NeighborOptions) (Neighborhood, error) {
	depth := max(opts.Depth, 1)
	capWalk := opts.Limit > 0 && opts.Type == ""
	dist := map[any]int{center: 0}
	ties := make(map[any]int)
	var found []any // in the order found, without the center
	frontier := []any{center}
	truncated := false
walk:
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		if err := v.loadFull(ctx, frontier...); err != nil {
			return Neighborhood{}, err
		}
		var next []any
		for _, k := range frontier {
			for _, a := range v.recs[k].arcs {
				if !(v.isEntity(a.to) || v.isLiteral(a.to)) {
					continue
				}
				if dd, ok := dist[a.to]; ok {
					if dd == d {
						ties[a.to]++
					}
					continue
				}
				// The first hop is read whole, so that a limit keeps its
				// strongest ties; farther hops stop at the limit.
				if capWalk && d > 1 && len(found) >= opts.Limit {
					truncated = true
					break walk
				}
				dist[a.to] = d
				ties[a.to] = 1
				found = append(found, a.to)
				if v.isEntity(a.to) {
					next = append(next, a.to)
				}
			}
		}
		frontier = next
	}
	var ents []any
	for _, k := range found {
		if v.isEntity(k) {
			ents = append(ents, k)
		}
	}
	load := v.load
	if v.background {
		load = v.loadFull // background arcs are read from the facts that name a node
	}
	if err := load(ctx, ents...); err != nil {
		return Neighborhood{}, err
	}
	nb := Neighborhood{Center: v.node(center), Nodes: []Neighbor{}, Edges: []Edge{}, Truncated: truncated}
	for _, k := range found {
		n := v.node(k)
		if opts.Type != "" && n.Type != opts.Type {
			continue
		}
		nb.Nodes = append(nb.Nodes, Neighbor{Node: n, Depth: dist[k], Ties: ties[k]})
	}
	sort.SliceStable(nb.Nodes, func(i, j int) bool {
		a, b := nb.Nodes[i], nb.Nodes[j]
		switch {
		case a.Depth != b.Depth:
			return a.Depth < b.Depth
		case a.Literal != b.Literal:
			return b.Literal
		case a.Ties != b.Ties:
			return a.Ties > b.Ties
		}
		return a.Name < b.Name
	})
	if opts.Limit > 0 && len(nb.Nodes) > opts.Limit {
		nb.Nodes = nb.Nodes[:opts.Limit]
		nb.Truncated = true
	}
	keep := map[string]bool{nb.Center.ID: true}
	for _, n := range nb.Nodes {
		keep[n.ID] = true
	}
	seen := make(map[Edge]bool)
	for _, k := range append([]any{center}, ents...) {
		from := v.node(k)
		if !keep[from.ID] {
			continue
		}
		for _, a := range v.recs[k].arcs {
			if !a.out {
				continue
			}
			to := v.node(a.to)
			e := Edge{From: from.ID, To: to.ID, Relation: v.relation(a.pred)}
			if keep[to.ID] && !seen[e] {
				seen[e] = true
				nb.Edges = append(nb.Edges, e)
			}
		}
	}
	sortEdges(nb.Edges)
	return nb, nil
}

func sortEdges(es []Edge) {
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		return a.To < b.To
	})
}
