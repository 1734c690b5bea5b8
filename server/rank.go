package server

import (
	"context"
	"fmt"
	"io"
	"net/http"

	"github.com/kg-project/kg/graph"
)

// ranker lists actors and counts what the graph holds.
type ranker interface {
	Actors(ctx context.Context, opts graph.ActorOptions) ([]graph.Actor, error)
	Stats(ctx context.Context) (graph.Stats, error)
}

// exporter writes the graph, or part of it, in a file format, or streams
// its quads as N-Quads or JSON-LD.
type exporter interface {
	Export(ctx context.Context, w io.Writer, format string, sel graph.Selection) error
	Dump(ctx context.Context, w io.Writer, format string, sel graph.Selection) error
}

// handleActors answers GET /api/actors?by=mentions|degree|pagerank&type=T&limit=N.
func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := intParam(r, "limit", 100)
	if err != nil {
		writeError(w, err)
		return
	}
	by := q.Get("by")
	switch by {
	case "", graph.ByMentions, graph.ByDegree, graph.ByPageRank:
	default:
		writeError(w, errBadRequest(fmt.Sprintf("by must be mentions, degree or pagerank, not %q", by)))
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
	actors, err := s.g.Actors(r.Context(), graph.ActorOptions{By: by, Type: typ, Top: limit})
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, struct {
		Actors []graph.Actor `json:"actors"`
	}{nonNil(actors)})
}

// handleStats answers GET /api/stats with the graph's counts.
func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.g.Stats(r.Context())
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, st)
}
