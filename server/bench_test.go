package server_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kg-project/kg/server"
)

// BenchmarkAPI measures the explorer's requests on the seed article's
// graph, through the handler but without a network.
func BenchmarkAPI(b *testing.B) {
	h := server.New(seedStore(b), server.Options{})
	for _, c := range []struct{ name, method, target, body string }{
		{"search", "GET", "/api/search?q=kim", ""},
		{"neighbors", "GET", "/api/neighbors?name=Kim+Jong+Bok&depth=2", ""},
		{"path", "GET", "/api/path?from=Kim+Jong+Bok&to=Kursk&k=3", ""},
		{"sources", "GET", "/api/sources?a=Kim+Jong+Bok&b=North+Korean+troops", ""},
		{"gizmo", "POST", "/api/v1/query/gizmo", `g.V("Kim Jong Bok").in("<kg:name>").out().all()`},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest(c.method, c.target, strings.NewReader(c.body))
				req.Host = "localhost"
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatalf("%s %s: status %d: %s", c.method, c.target, rec.Code, rec.Body)
				}
			}
		})
	}
}
