package server_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/server"
)

// A read-only server over an in-memory store, asked a Gizmo query the way
// Cayley's v1 HTTP API is asked.
func ExampleNew() {
	ctx := context.Background()
	store, err := graph.Open(ctx, "memstore", "", graph.Options{})
	if err != nil {
		panic(err)
	}
	defer store.Close()
	if _, err := store.Load(ctx, sampleDoc()); err != nil {
		panic(err)
	}
	srv := httptest.NewServer(server.New(store, server.Options{}))
	defer srv.Close()

	q := `g.V("Kim Jong Bok").in("<kg:name>").out("<kg:r/oversee>").out("<kg:name>").all()`
	resp, err := http.Post(srv.URL+"/api/v1/query/gizmo", "application/json", strings.NewReader(q))
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Print(resp.Status, " ", string(body))
	// Output:
	// 200 OK {"result":[{"id":"North Korean troops"}]}
}
