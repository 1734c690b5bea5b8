package graph

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Rankings accepted by [ActorOptions].By.
const (
	ByMentions = "mentions"
	ByDegree   = "degree"
	ByPageRank = "pagerank"
)

// ActorOptions tune [Store.Actors].
type ActorOptions struct {
	// By is the ranking: [ByMentions] (the default), [ByDegree] or
	// [ByPageRank].
	By string
	// Type keeps only entities of this type. When empty, all actors are
	// kept: every type except [schema.Concept].
	Type schema.EntityType
	// Top is the most actors to return; 0 means all.
	Top int
}

// An Actor is an entity with its aliases and importance.
type Actor struct {
	Node
	// Aliases are the entity's other names, sorted, never nil.
	Aliases []string `json:"aliases"`
	// Mentions is the number of sentences that mention the entity.
	Mentions int `json:"mentions"`
	// Degree is the number of distinct entities joined to it by relation
	// edges in either direction.
	Degree int `json:"degree"`
	// Score is the value ranked by: mentions, degree or PageRank.
	Score float64 `json:"score"`
}

// Actors returns the entities ranked by opts.By, best first (ties by name).
// PageRank runs over the relation edges taken in both directions (damping
// 0.85), so an actor matters when it is joined to actors that matter,
// whichever is subject. Actors reads every quad once.
func (s *Store) Actors(ctx context.Context, opts ActorOptions) ([]Actor, error) {
	switch opts.By {
	case "", ByMentions, ByDegree, ByPageRank:
	default:
		return nil, fmt.Errorf("actors: unknown ranking %q: want %s, %s or %s", opts.By, ByMentions, ByDegree, ByPageRank)
	}
	v, err := s.newView(ctx)
	if err != nil {
		return nil, err
	}
	c, err := v.catalog(ctx, false)
	if err != nil {
		return nil, err
	}
	g := newActorGraph(c)
	var keys []any
	for _, k := range g.keys {
		keys = append(keys, k, c.names[k], c.types[k])
	}
	if err := v.values(ctx, keys); err != nil {
		return nil, err
	}
	var rank []float64
	if opts.By == ByPageRank {
		rank = g.pageRank(50, 1e-9)
	}
	var out []Actor
	for i, k := range g.keys {
		t := entityType(v.value(c.types[k]))
		if opts.Type != "" && t != opts.Type || opts.Type == "" && !t.IsActor() && t != "" {
			continue
		}
		a := Actor{Node: Node{ID: v.value(k).String(), Type: t}, Mentions: c.mentions[k], Degree: len(g.adj[i])}
		if n, ok := v.value(c.names[k]).(quad.String); ok {
			a.Name = string(n)
		} else {
			a.Name = nameFromIRI(v.value(k))
		}
		switch opts.By {
		case ByDegree:
			a.Score = float64(a.Degree)
		case ByPageRank:
			a.Score = math.Round(rank[i]*1e6) / 1e6
		default:
			a.Score = float64(a.Mentions)
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
	if opts.Top > 0 && len(out) > opts.Top {
		out = out[:opts.Top]
	}
	if out == nil {
		out = []Actor{}
	}
	// Aliases of the kept actors only.
	index := make(map[string]any, len(g.keys))
	for _, k := range g.keys {
		index[v.value(k).String()] = k
	}
	var akeys []any
	for _, a := range out {
		akeys = append(akeys, c.aliases[index[a.ID]]...)
	}
	if err := v.values(ctx, akeys); err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Aliases = []string{}
		for _, ak := range c.aliases[index[out[i].ID]] {
			if str, ok := v.value(ak).(quad.String); ok && string(str) != out[i].Name && !contains(out[i].Aliases, string(str)) {
				out[i].Aliases = append(out[i].Aliases, string(str))
			}
		}
		sort.Strings(out[i].Aliases)
	}
	return out, nil
}

// An actorGraph is the entities of a catalog, numbered, and the undirected
// relation edges among them.
type actorGraph struct {
	keys  []any       // entity keys by number
	index map[any]int // entity key → number
	adj   [][]int     // distinct neighbours by number
}

func newActorGraph(c *catalog) *actorGraph {
	g := &actorGraph{index: make(map[any]int, len(c.names))}
	for k := range c.names {
		g.index[k] = len(g.keys)
		g.keys = append(g.keys, k)
	}
	g.adj = make([][]int, len(g.keys))
	for _, e := range c.edges {
		i, ok1 := g.index[e.s]
		j, ok2 := g.index[e.o]
		if !ok1 || !ok2 || i == j {
			continue
		}
		g.adj[i] = append(g.adj[i], j)
		g.adj[j] = append(g.adj[j], i)
	}
	for i, ns := range g.adj {
		sort.Ints(ns)
		g.adj[i] = compactInts(ns)
	}
	return g
}

func compactInts(s []int) []int {
	if len(s) == 0 {
		return s
	}
	out := s[:1]
	for _, x := range s[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

// pageRank returns the PageRank of each entity over the undirected graph,
// iterating until the scores change by less than tol in total or after
// iters rounds. Isolated entities spread their rank evenly.
func (g *actorGraph) pageRank(iters int, tol float64) []float64 {
	const d = 0.85
	n := len(g.keys)
	if n == 0 {
		return nil
	}
	rank := make([]float64, n)
	next := make([]float64, n)
	for i := range rank {
		rank[i] = 1 / float64(n)
	}
	for it := 0; it < iters; it++ {
		dangling := 0.0
		for i := range next {
			next[i] = 0
		}
		for i, ns := range g.adj {
			if len(ns) == 0 {
				dangling += rank[i]
				continue
			}
			share := rank[i] / float64(len(ns))
			for _, j := range ns {
				next[j] += share
			}
		}
		base := (1-d)/float64(n) + d*dangling/float64(n)
		delta := 0.0
		for i := range next {
			next[i] = base + d*next[i]
			delta += math.Abs(next[i] - rank[i])
		}
		rank, next = next, rank
		if delta < tol {
			break
		}
	}
	return rank
}

// A RelationCount is how many relation quads use one relation.
type RelationCount struct {
	// Relation is the lemma.
	Relation string `json:"relation"`
	// Count is the number of relation quads, one per stating document.
	Count int `json:"count"`
}

// Stats describes the contents of a store.
type Stats struct {
	// Quads is the number of quads.
	Quads int64 `json:"quads"`
	// Entities counts entities by type; untyped ones are under "".
	Entities map[schema.EntityType]int `json:"entities"`
	// Documents, Sentences and Facts count the provenance nodes.
	Documents int `json:"documents"`
	Sentences int `json:"sentences"`
	Facts     int `json:"facts"`
	// Relations counts relation quads by relation, most used first.
	Relations []RelationCount `json:"relations"`
}

// Stats counts what the store holds. It reads every quad once.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	v, err := s.newView(ctx)
	if err != nil {
		return Stats{}, err
	}
	c, err := v.catalog(ctx, false)
	if err != nil {
		return Stats{}, err
	}
	st := Stats{Quads: c.quads, Entities: make(map[schema.EntityType]int), Relations: []RelationCount{}}
	var classes []any
	for _, t := range c.types {
		classes = append(classes, t)
	}
	if err := v.values(ctx, classes); err != nil {
		return Stats{}, err
	}
	for k := range c.names {
		st.Entities[entityType(v.value(c.types[k]))]++
	}
	for k, t := range c.types {
		if _, ok := c.names[k]; ok {
			continue
		}
		switch v.value(t) {
		case schema.DocumentClass:
			st.Documents++
		case schema.SentenceClass:
			st.Sentences++
		case schema.FactClass:
			st.Facts++
		}
	}
	counts := make(map[string]int)
	for _, e := range c.edges {
		counts[v.relation(e.p)]++
	}
	for r, n := range counts {
		st.Relations = append(st.Relations, RelationCount{Relation: r, Count: n})
	}
	sort.Slice(st.Relations, func(i, j int) bool {
		a, b := st.Relations[i], st.Relations[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Relation < b.Relation
	})
	return st, nil
}
