package server

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// explorer answers questions about one actor or a pair of actors.
type explorer interface {
	Neighbors(ctx context.Context, name string, opts graph.NeighborOptions) (graph.Neighborhood, error)
	PathsWith(ctx context.Context, a, b string, o graph.PathOptions) ([]graph.Path, error)
	Sources(ctx context.Context, a, b string) ([]graph.Source, error)
}

// searcher suggests names for the search box.
type searcher interface {
	Suggest(ctx context.Context, prefix string, limit int) ([]graph.Node, error)
}

// handleSearch answers GET /api/search?q=PREFIX&limit=N with the names the
// search box suggests: {"results": [node, ...]}.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 10)
	if err != nil {
		writeError(w, err)
		return
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	nodes := []graph.Node{}
	if q != "" {
		if nodes, err = s.g.Suggest(r.Context(), q, min(max(limit, 1), 50)); err != nil {
			writeError(w, err)
			return
		}
	}
	writeJSON(w, struct {
		Results []graph.Node `json:"results"`
	}{nonNil(nodes)})
}

// handleNeighbors answers GET /api/neighbors?name=A&depth=N&type=T&limit=N&background=1
// with the actor's neighbourhood: {"center", "nodes", "edges", "truncated"}.
func (s *Server) handleNeighbors(w http.ResponseWriter, r *http.Request) {
	name, err := requiredParam(r, "name")
	if err != nil {
		writeError(w, err)
		return
	}
	depth, err := positiveParam(r, "depth", 1)
	if err != nil {
		writeError(w, err)
		return
	}
	limit, err := intParam(r, "limit", s.opts.MaxResults)
	if err != nil {
		writeError(w, err)
		return
	}
	typ, err := typeParam(r)
	if err != nil {
		writeError(w, err)
		return
	}
	if limit == 0 || limit > s.opts.MaxResults {
		limit = s.opts.MaxResults
	}
	nb, err := s.g.Neighbors(r.Context(), name, graph.NeighborOptions{Depth: min(max(depth, 1), 4), Type: typ, Limit: limit,
		Background: backgroundParam(r)})
	if err != nil {
		writeError(w, err)
		return
	}
	nb.Nodes = nonNil(nb.Nodes)
	nb.Edges = nonNil(nb.Edges)
	writeJSON(w, nb)
}

// backgroundParam reports whether the request asks for background facts
// too (background=1 or true).
func backgroundParam(r *http.Request) bool {
	v := r.URL.Query().Get("background")
	return v == "1" || v == "true"
}

// pathStep is one step of a path as the API shows it: the graph's step
// plus the text of its source sentences, as kg path --json prints them.
type pathStep struct {
	graph.Step
	Sentences []string `json:"sentences"`
}

// handlePath answers GET /api/path?from=A&to=B&k=K&max_hops=N&background=1 with
// {"paths": [[step, ...], ...]}, shortest first.
func (s *Server) handlePath(w http.ResponseWriter, r *http.Request) {
	from, err := requiredParam(r, "from")
	if err != nil {
		writeError(w, err)
		return
	}
	to, err := requiredParam(r, "to")
	if err != nil {
		writeError(w, err)
		return
	}
	k, err := positiveParam(r, "k", 1)
	if err != nil {
		writeError(w, err)
		return
	}
	hops, err := positiveParam(r, "max_hops", 4)
	if err != nil {
		writeError(w, err)
		return
	}
	paths, err := s.g.PathsWith(r.Context(), from, to, graph.PathOptions{MaxHops: min(max(hops, 1), 8), K: min(max(k, 1), 20),
		Background: backgroundParam(r)})
	if err != nil {
		writeError(w, err)
		return
	}
	out := make([][]pathStep, len(paths))
	for i, p := range paths {
		out[i] = make([]pathStep, len(p))
		for j, st := range p {
			st.Facts = nonNil(st.Facts)
			sents := []string{}
			for _, f := range st.Facts {
				if f.Sentence.Text != "" && !slices.Contains(sents, f.Sentence.Text) {
					sents = append(sents, f.Sentence.Text)
				}
			}
			out[i][j] = pathStep{Step: st, Sentences: sents}
		}
	}
	writeJSON(w, struct {
		Paths [][]pathStep `json:"paths"`
	}{out})
}

// handleSources answers GET /api/sources?a=A[&b=B] with {"sources": [...]}:
// the sentences that mention A, or that relate A and B.
func (s *Server) handleSources(w http.ResponseWriter, r *http.Request) {
	a, err := requiredParam(r, "a")
	if err != nil {
		writeError(w, err)
		return
	}
	srcs, err := s.g.Sources(r.Context(), a, r.URL.Query().Get("b"))
	if err != nil {
		writeError(w, err)
		return
	}
	truncated := len(srcs) > s.opts.MaxResults
	if truncated {
		srcs = srcs[:s.opts.MaxResults]
	}
	for i := range srcs {
		srcs[i].Facts = nonNil(srcs[i].Facts)
	}
	writeJSON(w, struct {
		Sources   []graph.Source `json:"sources"`
		Truncated bool           `json:"truncated,omitempty"`
	}{nonNil(srcs), truncated})
}

func requiredParam(r *http.Request, name string) (string, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if v == "" {
		return "", errBadRequest("missing parameter " + name)
	}
	return v, nil
}

// positiveParam returns the integer parameter name, def when it is absent,
// or a 400 error when it is not a whole number of at least 1.
func positiveParam(r *http.Request, name string, def int) (int, error) {
	n, err := intParam(r, name, def)
	if err == nil && n < 1 {
		err = errBadRequest(name + " must be at least 1, not 0")
	}
	return n, err
}

func typeParam(r *http.Request) (schema.EntityType, error) {
	v := r.URL.Query().Get("type")
	if v == "" {
		return "", nil
	}
	t, ok := schema.ParseEntityType(v)
	if !ok {
		return "", errBadRequest(fmt.Sprintf("unknown type %q: want one of %v", v, schema.EntityTypes))
	}
	return t, nil
}

// nonNil returns s, or an empty slice when s is nil, so that JSON shows []
// rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
