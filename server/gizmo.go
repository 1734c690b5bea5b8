package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
)

// querier runs Gizmo queries. *graph.Store implements it.
type querier interface {
	// Query runs text and calls fn with each result, at most limit of
	// them when limit > 0. It returns an error wrapping graph.ErrTimeout
	// when ctx ends first.
	Query(ctx context.Context, text string, limit int, fn func(any) error) error
}

// gizmoResult is the body of a successful query, in Cayley's shape, plus
// a flag that says the results were cut at the limit of results or bytes.
type gizmoResult struct {
	Result    []json.RawMessage `json:"result"`
	Truncated bool              `json:"truncated,omitempty"`
}

// errFull stops a query whose results reached a limit.
var errFull = errors.New("results are full")

// handleV1Query answers POST /api/v1/query/gizmo as Cayley's v1 API does:
// the body is the script, ?limit=N caps the results.
func (s *Server) handleV1Query(w http.ResponseWriter, r *http.Request) {
	text, err := s.readBody(w, r, s.opts.MaxBodyBytes)
	if err != nil {
		writeError(w, err)
		return
	}
	s.runGizmo(w, r, text)
}

// handleV2Query answers /api/v2/query?lang=gizmo as Cayley's v2 API does:
// the script is the qu parameter of a GET or the body of a POST.
func (s *Server) handleV2Query(w http.ResponseWriter, r *http.Request) {
	switch lang := r.URL.Query().Get("lang"); lang {
	case "gizmo":
	case "":
		writeError(w, errBadRequest("query language not specified: want lang=gizmo"))
		return
	default:
		writeError(w, errBadRequest("unsupported query language "+strconv.Quote(lang)+": kg serves gizmo"))
		return
	}
	text := r.URL.Query().Get("qu")
	if r.Method == http.MethodPost {
		var err error
		if text, err = s.readBody(w, r, s.opts.MaxBodyBytes); err != nil {
			writeError(w, err)
			return
		}
	}
	s.runGizmo(w, r, text)
}

func (s *Server) runGizmo(w http.ResponseWriter, r *http.Request, text string) {
	if text == "" {
		writeError(w, errBadRequest("query is empty"))
		return
	}
	limit, err := intParam(r, "limit", s.opts.MaxResults)
	if err != nil {
		writeError(w, err)
		return
	}
	if limit == 0 || limit > s.opts.MaxResults {
		limit = s.opts.MaxResults
	}
	res := gizmoResult{Result: []json.RawMessage{}}
	size := 0
	// Ask for one more than the limit to learn whether there were more.
	err = s.g.Query(r.Context(), text, limit+1, func(v any) error {
		if len(res.Result) == limit {
			res.Truncated = true
			return errFull
		}
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("encode result %d: %w", len(res.Result)+1, err)
		}
		if size += len(b); size > s.opts.MaxResultBytes {
			res.Truncated = true
			return errFull
		}
		res.Result = append(res.Result, b)
		return nil
	})
	if err != nil && !errors.Is(err, errFull) {
		writeError(w, badQuery(err))
		return
	}
	writeJSON(w, res)
}

// readBody returns the request's body as text, at most limit bytes of it.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request, limit int64) (string, error) {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// intParam returns the integer query parameter name, or def when it is
// absent.
func intParam(r *http.Request, name string, def int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, errBadRequest(name + " must be a non-negative integer, not " + strconv.Quote(v))
	}
	return n, nil
}
