package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
	"github.com/kg-project/kg/server"
)

// sampleDoc is a small hand-made document: Kim Jong Bok oversees North
// Korean troops, who are deployed to Kursk, which Ukraine attacked.
func sampleDoc() schema.Document {
	text := "Kim Jong Bok oversees North Korean troops. The troops were deployed to Kursk. Ukraine attacked Kursk."
	fact := func(s int, subj, rel, lemma, obj string) schema.Fact {
		return schema.Fact{
			Extraction: schema.Extraction{Relation: rel, Lemma: lemma, Confidence: 0.9,
				Subject: schema.Argument{Text: subj}, Object: schema.Argument{Text: obj}},
			Sentence: s, SubjectEntity: subj, ObjectEntity: obj,
		}
	}
	return schema.Document{
		ID:     schema.DocumentID(text),
		Source: "sample.txt",
		Title:  "Kim Jong Bok oversees North Korean troops.",
		Sentences: []schema.Sentence{
			{Text: "Kim Jong Bok oversees North Korean troops.", Start: 0, End: 42},
			{Text: "The troops were deployed to Kursk.", Start: 43, End: 77},
			{Text: "Ukraine attacked Kursk.", Start: 78, End: 101},
		},
		Entities: []schema.Entity{
			{Name: "Kim Jong Bok", Type: schema.Person, Aliases: []string{"Kim"}, Mentions: []int{0}},
			{Name: "North Korean troops", Type: schema.Group, Mentions: []int{0, 1}},
			{Name: "Kursk", Type: schema.GPE, Mentions: []int{1, 2}},
			{Name: "Ukraine", Type: schema.GPE, Mentions: []int{2}},
		},
		Facts: []schema.Fact{
			fact(0, "Kim Jong Bok", "oversees", "oversee", "North Korean troops"),
			fact(1, "North Korean troops", "were deployed to", "deploy_to", "Kursk"),
			fact(2, "Ukraine", "attacked", "attack", "Kursk"),
		},
	}
}

// sampleStore returns a memstore holding sampleDoc.
func sampleStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(t.Context(), "memstore", "", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Load(t.Context(), sampleDoc()); err != nil {
		t.Fatal(err)
	}
	return s
}

// response is what a test reads back from a request.
type response struct {
	status int
	header http.Header
	body   string
}

// decode returns the body as JSON.
func (r response) decode(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(r.body), &m); err != nil {
		t.Fatalf("body %q is not a JSON object: %v", r.body, err)
	}
	return m
}

// do sends one request to h and returns the response.
func do(t *testing.T, h http.Handler, method, target, body string, header map[string]string) response {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequestWithContext(t.Context(), method, target, rd)
	req.Host = "localhost" // not httptest's example.com, which the server refuses
	if method == http.MethodPost {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	if h, ok := header["Host"]; ok {
		req.Host = h
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.String()}
}

// newServer returns a server over g with opts.
func newServer(g server.Graph, opts server.Options) *server.Server {
	return server.New(g, opts)
}
