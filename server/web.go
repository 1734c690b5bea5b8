package server

import (
	"embed"
	"io/fs"
	"net/http"
)

// webFiles are the explorer's static files: HTML, CSS and two scripts with
// no dependencies, so the page needs nothing from the network.
//
//go:embed web
var webFiles embed.FS

// webHandler serves the explorer. Its Content-Security-Policy lets the page
// load and fetch only from this server.
func webHandler() http.Handler {
	sub, err := fs.Sub(webFiles, "web")
	if err != nil {
		panic(err) // "web" is embedded above; failing here is a build bug
	}
	files := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, &statusError{status: http.StatusMethodNotAllowed, msg: r.Method + " is not allowed on " + r.URL.Path})
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}
