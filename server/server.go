package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"
)

// Options configure a [Server]. The zero value is a read-only server with
// the defaults each field names.
type Options struct {
	// Timeout stops a query, a path search or an export that runs longer.
	// Zero means 30 seconds.
	Timeout time.Duration
	// MaxResults caps the results of one query. Zero means 10,000.
	MaxResults int
	// MaxResultBytes caps the JSON of one query's results; results past
	// it are cut as if they were past MaxResults. Zero means 64 MiB.
	MaxResultBytes int
	// MaxConcurrent bounds the Gizmo queries and exports that run at
	// once, and separately the explorer's requests (search, actors,
	// neighbours, paths, sources, stats); a request beyond it gets 503 at
	// once rather than waiting. Zero means twice the number of CPUs, at
	// least 4.
	MaxConcurrent int
	// BodyTimeout is how long a client may take to send the body of a
	// query or of a build, which is read before the request takes a
	// slot; a slower one gets 408. Zero means 10 seconds.
	BodyTimeout time.Duration
	// MaxBodyBytes caps a query's request body. Zero means 1 MiB.
	MaxBodyBytes int64
	// MaxBuildBytes caps the text of one POST /api/build. Zero means 16 MiB.
	MaxBuildBytes int64
	// WriteToken, when not empty, enables POST /api/build for requests
	// that carry "Authorization: Bearer TOKEN". The server is read-only
	// without it.
	WriteToken string
	// Builder adds text to the graph for POST /api/build. It is needed only
	// with a WriteToken.
	Builder Builder
	// CORSOrigins lists the origins (such as "https://example.org") whose
	// browser pages may call the API. Empty means no CORS headers at all.
	CORSOrigins []string
	// Hosts lists the names, besides IP addresses and localhost, that a
	// request's Host header may give: the server answers others with 421,
	// so that a web page whose name resolves to the server's address (DNS
	// rebinding) cannot read it. "*" allows any name.
	Hosts []string
}

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxResults <= 0 {
		o.MaxResults = 10000
	}
	if o.MaxResultBytes <= 0 {
		o.MaxResultBytes = 64 << 20
	}
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = max(4, 2*runtime.GOMAXPROCS(0))
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 1 << 20
	}
	if o.BodyTimeout <= 0 {
		o.BodyTimeout = 10 * time.Second
	}
	if o.MaxBuildBytes <= 0 {
		o.MaxBuildBytes = 16 << 20
	}
	return o
}

// Graph is everything the server reads from the graph store. *graph.Store
// implements it; each handler uses only the small interface it needs.
type Graph interface {
	querier
	explorer
	searcher
	ranker
	exporter
}

// A Server answers kg's HTTP API and serves the web explorer. Create one
// with [New]; it is safe for concurrent use.
type Server struct {
	g     Graph
	opts  Options
	sem   chan struct{} // a slot for each query or export that may run
	look  chan struct{} // a slot for each explorer request that may run
	build chan struct{} // a slot for the one build that may run
	mux   *http.ServeMux
	token [sha256.Size]byte // SHA-256 of opts.WriteToken, when set
}

// New returns a server over g with the given options.
func New(g Graph, opts Options) *Server {
	opts = opts.withDefaults()
	s := &Server{
		g:     g,
		opts:  opts,
		sem:   make(chan struct{}, opts.MaxConcurrent),
		look:  make(chan struct{}, opts.MaxConcurrent),
		build: make(chan struct{}, 1),
		mux:   http.NewServeMux(),
	}
	if opts.WriteToken != "" {
		s.token = sha256.Sum256([]byte(opts.WriteToken))
	}
	s.routes()
	return s
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("POST /api/v1/query/gizmo", s.limited(s.sem, s.handleV1Query))
	m.HandleFunc("GET /api/v2/query", s.limited(s.sem, s.handleV2Query))
	m.HandleFunc("POST /api/v2/query", s.limited(s.sem, s.handleV2Query))
	m.HandleFunc("GET /api/v2/read", s.limited(s.sem, s.handleRead))
	m.HandleFunc("GET /api/search", s.limited(s.look, s.handleSearch))
	m.HandleFunc("GET /api/actors", s.limited(s.look, s.handleActors))
	m.HandleFunc("GET /api/neighbors", s.limited(s.look, s.handleNeighbors))
	m.HandleFunc("GET /api/path", s.limited(s.look, s.handlePath))
	m.HandleFunc("GET /api/sources", s.limited(s.look, s.handleSources))
	m.HandleFunc("GET /api/stats", s.limited(s.look, s.handleStats))
	m.HandleFunc("GET /api/export", s.limited(s.sem, s.handleExport))
	m.HandleFunc("POST /api/build", s.handleBuild)
	m.HandleFunc("/api/", s.handleNoRoute)
	m.Handle("/", webHandler())
}

// handleNoRoute answers API requests that no route matched, in JSON: 405
// with an Allow header when the path exists for another method, else 404.
func (s *Server) handleNoRoute(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method {
			continue
		}
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, pattern := s.mux.Handler(r2); pattern != "/api/" && pattern != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		writeError(w, &statusError{status: http.StatusMethodNotAllowed, msg: r.Method + " is not allowed on " + r.URL.Path})
		return
	}
	writeError(w, errNotFound("no such API endpoint: "+r.Method+" "+r.URL.Path))
}

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	if !s.hostAllowed(r.Host) {
		writeError(w, &statusError{status: http.StatusMisdirectedRequest, msg: fmt.Sprintf("this server does not answer for host %q; start kg serve with --allowed-host to add it", r.Host)})
		return
	}
	if len(s.opts.CORSOrigins) > 0 {
		h.Add("Vary", "Origin") // the answer depends on the origin
	}
	if origin := r.Header.Get("Origin"); origin != "" && slices.Contains(s.opts.CORSOrigins, origin) {
		h.Set("Access-Control-Allow-Origin", origin)
		if r.Method == http.MethodOptions {
			h.Set("Access-Control-Allow-Methods", "GET, POST")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

// hostAllowed reports whether a request may name host (with or without a
// port) in its Host header: an IP address, localhost, or a name in
// Options.Hosts.
func (s *Server) hostAllowed(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if host == "" || net.ParseIP(host) != nil || strings.EqualFold(host, "localhost") {
		return true
	}
	for _, h := range s.opts.Hosts {
		if h == "*" || strings.EqualFold(h, host) {
			return true
		}
	}
	return false
}

// simpleTypes are the content types a page on another site may POST
// without the browser asking the server first (CORS "simple requests").
var simpleTypes = map[string]bool{"": true, "text/plain": true, "application/x-www-form-urlencoded": true, "multipart/form-data": true}

// checkQueryPost refuses a query POST that a page on another site could
// have sent: one with a simple content type (or none) and no
// X-Requested-With header.
func checkQueryPost(r *http.Request) error {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if !simpleTypes[strings.ToLower(mt)] || r.Header.Get("X-Requested-With") != "" {
		return nil
	}
	return &statusError{status: http.StatusUnsupportedMediaType, msg: "send a query with Content-Type: application/json (or an X-Requested-With header): a web page on another site can post text/plain without asking"}
}

// limited runs h only when it gets one of the slots of sem, and answers
// 503 otherwise. A POST's body is read first, within BodyTimeout, so that
// a client that sends it slowly holds no slot. It also gives h a context
// that ends after the query timeout.
func (s *Server) limited(sem chan struct{}, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			if err := checkQueryPost(r); err != nil {
				writeError(w, err)
				return
			}
			body, err := s.readBodyWithin(w, r, s.opts.MaxBodyBytes)
			if err != nil {
				writeError(w, err)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		select {
		case sem <- struct{}{}:
			defer func() { <-sem }()
		default:
			writeError(w, errBusy)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
		defer cancel()
		h(w, r.WithContext(ctx))
	}
}

// readBodyWithin reads the request's body, at most limit bytes of it,
// within BodyTimeout. A body still arriving then gives a 408 error.
func (s *Server) readBodyWithin(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	rc := http.NewResponseController(w)
	// Without a deadline to set (a test recorder), the server's
	// ReadTimeout still applies.
	rc.SetReadDeadline(time.Now().Add(s.opts.BodyTimeout))
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return nil, &statusError{status: http.StatusRequestTimeout, msg: fmt.Sprintf("the request body took longer than %v to arrive", s.opts.BodyTimeout)}
	}
	if err != nil {
		return nil, err
	}
	rc.SetReadDeadline(time.Time{})
	return b, nil
}

// Serve answers HTTP requests on ln with h until ctx ends, then shuts down
// gracefully: it stops accepting connections and waits up to 10 seconds for
// the requests in flight. It returns nil after a shutdown caused by ctx, and
// the server's error otherwise.
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-done; !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	return err
}
