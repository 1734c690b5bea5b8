package server

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
)

// exportFormat says how a format is served.
type exportFormat struct {
	contentType string
	ext         string
}

var exportFormats = map[string]exportFormat{
	"nquads":  {"application/n-quads", "nq"},
	"jsonld":  {"application/ld+json", "jsonld"},
	"graphml": {"application/graphml+xml", "graphml"},
	"gexf":    {"application/gexf+xml", "gexf"},
	"dot":     {"text/vnd.graphviz; charset=utf-8", "dot"},
	"csv":     {"application/zip", "zip"},
}

// handleExport answers GET /api/export?format=F with the graph in format F
// as a download. actor=A&depth=N selects A's neighbourhood, query=GIZMO the
// entities among a query's results; background=1 adds background facts to
// the actor graph and lets the neighbourhood follow them.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = "nquads"
	}
	depth, err := positiveParam(r, "depth", 1)
	if err != nil {
		writeError(w, err)
		return
	}
	sel := graph.Selection{Actor: strings.TrimSpace(q.Get("actor")), Depth: min(max(depth, 1), 4), Query: q.Get("query"),
		Background: backgroundParam(r)}
	if sel.Actor != "" && sel.Query != "" {
		writeError(w, errBadRequest("give actor or query, not both"))
		return
	}
	if format == "nquads" || format == "jsonld" {
		// Quads are streamed, in the store's order.
		s.dump(w, r, format, sel, true)
		return
	}
	s.export(w, r, format, sel, true)
}

// handleRead answers GET /api/v2/read as Cayley does: every quad, as
// N-Quads unless format=jsonld, streamed in the store's order.
func (s *Server) handleRead(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	switch format {
	case "", "nquads":
		format = "nquads"
	case "jsonld":
	default:
		writeError(w, errBadRequest(fmt.Sprintf("read serves nquads or jsonld, not %q", format)))
		return
	}
	s.dump(w, r, format, graph.Selection{}, false)
}

// export streams the selection in format.
func (s *Server) export(w http.ResponseWriter, r *http.Request, format string, sel graph.Selection, download bool) {
	f, ok := exportFormats[format]
	if !ok || !slices.Contains(graph.Formats, format) {
		writeError(w, errBadRequest(fmt.Sprintf("unknown format %q: want one of %s", format, strings.Join(graph.Formats, ", "))))
		return
	}
	stream(w, f, download, sel.Query != "", func(lw io.Writer) error {
		return s.g.Export(r.Context(), lw, format, sel)
	})
}

// dump streams the quads of the selection as N-Quads or JSON-LD, in the
// store's order.
func (s *Server) dump(w http.ResponseWriter, r *http.Request, format string, sel graph.Selection, download bool) {
	stream(w, exportFormats[format], download, sel.Query != "", func(lw io.Writer) error {
		return s.g.Dump(r.Context(), lw, format, sel)
	})
}

// stream answers with what write writes, in format f. An error before the
// first byte is answered as JSON (the client's fault with isQuery, since
// the engine then failed on the client's script); an error after it
// aborts the response, so that the client sees a broken download rather
// than a file that looks whole.
func stream(w http.ResponseWriter, f exportFormat, download, isQuery bool, write func(io.Writer) error) {
	lw := &lazyWriter{w: w, start: func() {
		h := w.Header()
		h.Set("Content-Type", f.contentType)
		if download {
			h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="kg.%s"`, f.ext))
		}
	}}
	err := write(lw)
	switch {
	case err != nil && !lw.started:
		writeError(w, badQueryIf(isQuery, err))
	case err != nil:
		panic(http.ErrAbortHandler)
	case !lw.started:
		lw.start() // an empty graph is an empty file
	}
}

// badQueryIf marks err as the client's fault when a query selected the
// export, since the engine then failed on the client's script.
func badQueryIf(isQuery bool, err error) error {
	if isQuery {
		return badQuery(err)
	}
	return err
}

// lazyWriter calls start before the first byte is written, so headers can
// still change until then.
type lazyWriter struct {
	w       http.ResponseWriter
	start   func()
	started bool
}

func (l *lazyWriter) Write(p []byte) (int, error) {
	if !l.started {
		l.started = true
		l.start()
	}
	return l.w.Write(p)
}
