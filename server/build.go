package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
	"unicode/utf8"
)

// A Builder adds a text to the graph: it runs the extraction pipeline and
// stores the document. cmd/kg wires kg's ingest pipeline in.
type Builder interface {
	// Build stores text, read from source, and says what it stored. A
	// text it cannot read (a web page with no article, XML that is no
	// feed) is a [*BadTextError].
	Build(ctx context.Context, source, text string) (BuildResult, error)
}

// BuildResult says what a [Builder] stored.
type BuildResult struct {
	// Document is the ID of the document; empty for a feed.
	Document string `json:"document"`
	// Skipped is true when the same text was already stored (for a feed:
	// every item).
	Skipped bool `json:"skipped"`
	// Sentences, Facts, Entities and Quads count what the document holds
	// (for a feed: its items together); Facts counts the facts stated in
	// the graph.
	Sentences int `json:"sentences"`
	Facts     int `json:"facts"`
	Entities  int `json:"entities"`
	Quads     int `json:"quads"`
	// Items are the documents of a feed, one per item built, each with
	// its Source (the item's link).
	Items []BuildResult `json:"items,omitempty"`
	// Source is the name an item of a feed is stored under.
	Source string `json:"source,omitempty"`
	// Problems name the items of a feed that were not built, and why.
	Problems []string `json:"problems,omitempty"`
}

// A BadTextError is a text that a [Builder] cannot read, such as a web
// page with no article; the server answers 400 with its message.
type BadTextError struct{ Err error }

func (e *BadTextError) Error() string { return e.Err.Error() }
func (e *BadTextError) Unwrap() error { return e.Err }

// handleBuild answers POST /api/build: the body is UTF-8 text (plain,
// Markdown, a web page or an RSS or Atom feed, as the Builder reads it;
// a page or feed sent as text/html or XML may be in the encoding it
// declares), the source parameter names it (default "http"). It needs the write token. One build
// runs at a time; another gets 503.
func (s *Server) handleBuild(w http.ResponseWriter, r *http.Request) {
	if err := s.authorize(r); err != nil {
		writeError(w, err)
		return
	}
	// The body is read before the build slot is taken, within
	// BodyTimeout, so that a client that sends it slowly keeps no other
	// build waiting.
	body, err := s.readBodyWithin(w, r, s.opts.MaxBuildBytes)
	if err != nil {
		writeError(w, err)
		return
	}
	text := string(body)
	switch {
	case strings.TrimSpace(text) == "":
		writeError(w, errBadRequest("the body is empty: send the text to build"))
		return
	case isPDF(body, r.Header.Get("Content-Type")):
		// A PDF is binary; the Builder reads it.
	case strings.ContainsRune(text, 0):
		writeError(w, errBadRequest("the body is not UTF-8 text"))
		return
	case !utf8.ValidString(text) && !markup(r.Header.Get("Content-Type")):
		// A web page or feed declares its own encoding, which the
		// Builder reads; text must be UTF-8.
		writeError(w, errBadRequest("the body is not UTF-8 text (send a page or feed in another encoding as text/html or application/xml)"))
		return
	}
	source := r.URL.Query().Get("source")
	if source == "" {
		source = "http"
	}
	select {
	case s.build <- struct{}{}:
		defer func() { <-s.build }()
	default:
		writeError(w, &statusError{status: http.StatusServiceUnavailable, msg: "a build is running; retry when it ends"})
		return
	}
	ctx := context.WithoutCancel(r.Context()) // a build, once started, finishes
	res, err := s.opts.Builder.Build(ctx, source, text)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, res)
}

// isPDF reports whether a body is a PDF: sent as application/pdf, or with
// "%PDF-" in its first 1024 bytes, as kg build tells one.
func isPDF(body []byte, contentType string) bool {
	t, _, _ := strings.Cut(strings.ToLower(contentType), ";")
	return strings.TrimSpace(t) == "application/pdf" || bytes.Contains(body[:min(len(body), 1024)], []byte("%PDF-"))
}

// markup reports whether a Content-Type names HTML or XML (a web page or
// a feed), which may come in an encoding other than UTF-8.
func markup(contentType string) bool {
	t, _, _ := strings.Cut(strings.ToLower(contentType), ";")
	t = strings.TrimSpace(t)
	return t == "text/html" || t == "text/xml" || strings.HasSuffix(t, "/xml") || strings.HasSuffix(t, "+xml")
}

// authorize returns nil when the server takes writes and r carries its
// token. The token is compared in constant time, by its SHA-256, so that
// neither its content nor its length leaks through timing.
func (s *Server) authorize(r *http.Request) error {
	if s.opts.WriteToken == "" || s.opts.Builder == nil {
		return &statusError{status: http.StatusForbidden, msg: "this server is read-only: start kg serve with --write-token to enable builds"}
	}
	auth := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(auth) < len(prefix) || !strings.EqualFold(auth[:len(prefix)], prefix) {
		return &statusError{status: http.StatusUnauthorized, msg: "missing write token: send Authorization: Bearer TOKEN"}
	}
	got := sha256.Sum256([]byte(auth[len(prefix):]))
	if subtle.ConstantTimeCompare(got[:], s.token[:]) != 1 {
		return &statusError{status: http.StatusUnauthorized, msg: "wrong write token"}
	}
	return nil
}
