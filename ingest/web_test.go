package ingest_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
)

// docs returns the source, title, URL and date of each stored document,
// sorted.
func docs(t *testing.T, s *graph.Store) []string {
	t.Helper()
	var out []string
	q := `g.V().has("<kg:type>", "<kg:Document>").tag("d").out("<kg:source>").tag("source").back("d").out("<kg:title>").tag("title").back("d").all()`
	err := s.Query(t.Context(), q, 0, func(v any) error {
		m := v.(map[string]any)
		line := m["source"].(string) + " | " + m["title"].(string)
		out = append(out, line)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// TestBuildFeed builds a feed (a document per item, each under its link),
// then the same feed again (nothing changes), then a later copy of the
// feed in which one item was edited and another is new (the edited one
// replaces its old version; items that left the feed stay).
func TestBuildFeed(t *testing.T) {
	p := pipeline(t)
	s, err := graph.Open(t.Context(), "bolt", filepath.Join(t.TempDir(), "kg.db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	dir := t.TempDir()
	item := func(link, title, text string) string {
		return "<item><title>" + title + "</title><link>" + link + "</link><description><![CDATA[<p>" + text + "</p>]]></description></item>"
	}
	feed := func(items ...string) []byte {
		return []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>` + strings.Join(items, "") + `</channel></rss>`)
	}
	a := item("https://wire.example/a", "Finland joins NATO", "Finland joined NATO in April.")
	b := item("https://wire.example/b", "Russia criticises Finland", "Russia criticised Finland on Monday.")
	path := write(t, dir, "wire.xml", feed(a, b))

	sum, err := ingest.Build(t.Context(), s, p, []string{path}, ingest.Options{})
	if err != nil || sum.Documents != 2 || sum.Inputs != 1 || sum.Failed() != 0 {
		t.Fatalf("Build(feed) = %+v, %v; want 2 documents from 1 input", sum, err)
	}
	want := []string{"https://wire.example/a | Finland joins NATO", "https://wire.example/b | Russia criticises Finland"}
	if got := docs(t, s); !slices.Equal(got, want) {
		t.Errorf("stored documents = %q, want %q", got, want)
	}
	quads, _ := s.QuadCount(t.Context())

	sum, err = ingest.Build(t.Context(), s, p, []string{path}, ingest.Options{})
	if err != nil || sum.Documents != 0 || sum.Skipped != 2 {
		t.Errorf("rebuild of the same feed = %+v, %v; want 2 skipped", sum, err)
	}
	if n, _ := s.QuadCount(t.Context()); n != quads {
		t.Errorf("rebuild changed the quad count from %d to %d", quads, n)
	}

	b2 := item("https://wire.example/b", "Russia criticises Finland again", "Russia criticised Finland on Tuesday.")
	c := item("https://wire.example/c", "Sweden joins NATO", "Sweden joined NATO in March.")
	later := write(t, dir, "wire-later.xml", feed(c, b2))
	sum, err = ingest.Build(t.Context(), s, p, []string{later}, ingest.Options{})
	if err != nil || sum.Documents != 2 || sum.Replaced != 1 {
		t.Errorf("build of the later feed = %+v, %v; want 2 stored, 1 replaced", sum, err)
	}
	want = []string{"https://wire.example/a | Finland joins NATO", "https://wire.example/b | Russia criticises Finland again", "https://wire.example/c | Sweden joins NATO"}
	if got := docs(t, s); !slices.Equal(got, want) {
		t.Errorf("stored documents = %q, want %q", got, want)
	}
}

// TestBuildWebDirectory builds a folder as a browser leaves it: a page
// saved complete (page.html and its page_files folder of frames and
// scripts), a feed, a text file and other files.
func TestBuildWebDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "story.html", []byte("<html><head><title>Kim visits Seoul</title><link rel=canonical href='https://x.example/kim'>"+
		"<meta property='article:published_time' content='2024-05-02T09:30:00Z'></head><body><nav><a href=/>Home</a></nav>"+
		"<article><h1>Kim visits Seoul</h1><p>Kim met Lee in Seoul on Monday.</p></article></body></html>"))
	write(t, dir, "story_files/ad.html", []byte("<html><body><p>Buy now, save 20 percent on all crossings this summer.</p></body></html>"))
	write(t, dir, "story_files/app.js", []byte("x()"))
	write(t, dir, "notes.txt", []byte("Lee met Park.\n"))
	write(t, dir, "feed.atom", []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Park visits Tokyo</title><link href="https://x.example/park"/><content type="html">&lt;p&gt;Park arrived in Tokyo.&lt;/p&gt;</content></entry></feed>`))
	write(t, dir, "menu.html", []byte("<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav></body></html>"))
	paths, problems := walk(t, dir)
	var names []string
	for _, p := range paths {
		names = append(names, filepath.Base(p))
	}
	if want := []string{"feed.atom", "menu.html", "notes.txt", "story.html"}; !slices.Equal(names, want) || len(problems) != 0 {
		t.Errorf("Walk = %q, %q; want %q (a saved page's _files folder is skipped)", names, problems, want)
	}

	s, err := graph.Open(t.Context(), "bolt", filepath.Join(t.TempDir(), "kg.db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sum, err := ingest.Build(t.Context(), s, pipeline(t), []string{dir}, ingest.Options{})
	if err != nil || sum.Documents != 3 || sum.Failed() != 1 {
		t.Fatalf("Build = %+v, %v; want 3 documents and menu.html rejected", sum, err)
	}
	if msg := sum.Problems[0].Error(); !strings.Contains(msg, "menu.html: no text") {
		t.Errorf("problem = %q, want menu.html named as having no text", msg)
	}
	var got []string
	q := `g.V().has("<kg:type>", "<kg:Document>").tag("d").out("<kg:url>").tag("url").back("d").out("<kg:published>").tag("published").back("d").all()`
	err = s.Query(t.Context(), q, 0, func(v any) error {
		m := v.(map[string]any)
		got = append(got, m["url"].(string)+" "+m["published"].(string))
		return nil
	})
	if err != nil || !slices.Equal(got, []string{"https://x.example/kim 2024-05-02T09:30:00Z"}) {
		t.Errorf("documents with a URL and date = %q, %v; want the page's", got, err)
	}
}
