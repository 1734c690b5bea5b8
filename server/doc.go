// Package server serves kg's graph over HTTP: a Cayley-compatible Gizmo
// endpoint, N-Quads reads, kg's own JSON API for exploring actors, and an
// embedded web explorer. It does not import Cayley; it works through the
// small interfaces it declares, which *graph.Store implements.
//
// Routes:
//
//	POST /api/v1/query/gizmo          body: a Gizmo script → {"result": [...]}
//	GET|POST /api/v2/query?lang=gizmo  qu=SCRIPT or body → {"result": [...]}
//	GET  /api/v2/read[?format=jsonld]  the whole graph as N-Quads
//	GET  /api/search?q=PREFIX         names for the search box
//	GET  /api/actors?by=mentions|degree|pagerank&type=T&limit=N
//	GET  /api/neighbors?name=A&depth=N&type=T&limit=N
//	GET  /api/path?from=A&to=B&k=K&max_hops=N
//	GET  /api/sources?a=A&b=B
//	GET  /api/stats
//	GET  /api/export?format=F[&actor=A&depth=N | &query=GIZMO]
//	POST /api/build?source=NAME       body: text, Markdown, a web page or a feed; needs the write token
//	GET  /                            the web explorer
//
// A Gizmo answer is Cayley's {"result": [...]}, with "truncated": true added
// when the results were cut at the result limit (Options.MaxResults, or the
// request's smaller ?limit=N) or at Options.MaxResultBytes.
//
// Errors are JSON, {"error": "message"}, with a status code that says what
// went wrong: 400 for a bad request, a query the engine rejects, a path
// from an actor to itself or a name of several actors (listed in
// "candidates" as nodes), 401 or
// 403 for writes without the token, 404 for an unknown actor (with close
// names in "suggestions"), 405 for a known path with the wrong method, 413
// for a body over the limit, 503 when too many queries (or a build) run at
// once, and 504 when a query runs past its timeout. Queries that time out
// are stopped; the server keeps answering other requests meanwhile.
//
// The server is read-only unless [Options.WriteToken] is set, and it sends
// no CORS headers unless the request's origin is in [Options.CORSOrigins].
package server
