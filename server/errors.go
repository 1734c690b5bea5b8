package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/kg-project/kg/graph"
)

// statusError is an error that carries the HTTP status to answer with.
type statusError struct {
	status int
	msg    string
	err    error
}

func (e *statusError) Error() string {
	switch {
	case e.msg == "":
		return e.err.Error()
	case e.err == nil:
		return e.msg
	}
	return e.msg + ": " + e.err.Error()
}

func (e *statusError) Unwrap() error { return e.err }

// errBusy is answered when MaxConcurrent queries are already running.
var errBusy = &statusError{status: http.StatusServiceUnavailable, msg: "too many queries are running; retry shortly"}

func errBadRequest(msg string) error { return &statusError{status: http.StatusBadRequest, msg: msg} }

func errNotFound(msg string) error { return &statusError{status: http.StatusNotFound, msg: msg} }

// badQuery marks err, returned by the query engine, as the client's fault
// unless it is a timeout.
func badQuery(err error) error {
	if err == nil || errors.Is(err, graph.ErrTimeout) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, graph.ErrClosed) {
		return err
	}
	return &statusError{status: http.StatusBadRequest, err: err}
}

// writeError answers a request with err as {"error": "..."} and the status
// code it calls for. It is the only place where errors become status codes.
func writeError(w http.ResponseWriter, err error) {
	status := http.StatusInternalServerError
	var (
		se *statusError
		me *http.MaxBytesError
		nf *graph.NotFoundError
		ae *graph.AmbiguousError
		be *BadTextError
	)
	body := errorBody{Error: err.Error()}
	switch {
	case errors.As(err, &me):
		status = http.StatusRequestEntityTooLarge
	case errors.Is(err, graph.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		status = http.StatusGatewayTimeout
	case errors.Is(err, graph.ErrClosed):
		status = http.StatusServiceUnavailable
	case errors.As(err, &nf):
		status = http.StatusNotFound
		body.Suggestions = nf.Suggestions
	case errors.Is(err, graph.ErrNotFound):
		status = http.StatusNotFound
	case errors.As(err, &ae):
		status = http.StatusBadRequest
		body.Candidates = ae.Candidates
	case errors.Is(err, graph.ErrSameEntity):
		status = http.StatusBadRequest
	case errors.Is(err, graph.ErrUnknownFormat):
		status = http.StatusBadRequest
	case errors.As(err, &se):
		status = se.status
	case errors.As(err, &be):
		status = http.StatusBadRequest
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	switch status {
	case http.StatusServiceUnavailable:
		h.Set("Retry-After", "1")
	case http.StatusUnauthorized:
		h.Set("WWW-Authenticate", `Bearer realm="kg"`)
	}
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(body)
}

// errorBody is the JSON of an error. Suggestions are close names when an
// actor was not found; Candidates are the actors an ambiguous name names.
type errorBody struct {
	Error       string       `json:"error"`
	Suggestions []string     `json:"suggestions,omitempty"`
	Candidates  []graph.Node `json:"candidates,omitempty"`
}

// writeJSON answers a request with v as JSON and status 200.
func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
