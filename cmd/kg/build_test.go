package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/sharedtest"
)

func TestBuildExamples(t *testing.T) {
	db := tempDB(t)
	examples := filepath.Join(sharedtest.Root(t), "examples")
	out := mustKG(t, append([]string{"build", examples}, db...)...)
	if !strings.Contains(out, "documents:") {
		t.Errorf("build printed no summary:\n%s", out)
	}
	// Every example yields actors with names and types.
	people := queryLines(t, db, `g.V().has("<kg:type>", "<kg:Person>").count()`)
	if len(people) != 1 || people[0].(float64) < 3 {
		t.Errorf("people in the examples = %v, want at least 3", people)
	}
	// Every fact leads to a sentence with text and a document.
	docs := ids(t, queryLines(t, db, `g.V().has("<kg:type>", "<kg:Fact>").out("<kg:sentence>").out("<kg:document>").unique().all()`))
	entries, _ := os.ReadDir(examples)
	if len(docs) != len(entries) {
		t.Errorf("documents reached from facts = %d, want %d (one per example)", len(docs), len(entries))
	}

	// Building again adds nothing.
	before := queryLines(t, db, `g.V().count()`)
	out = mustKG(t, append([]string{"build", examples}, db...)...)
	if !strings.Contains(out, fmt.Sprintf("0 built, %d already stored", len(entries))) {
		t.Errorf("second build summary:\n%s\nwant every document already stored", out)
	}
	if after := queryLines(t, db, `g.V().count()`); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("node count after rebuild = %v, want %v", after, before)
	}
}

func TestBuildChangedFileReplaces(t *testing.T) {
	db := tempDB(t)
	file := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(file, []byte("NATO condemned Russia.\n"), 0o644)
	mustKG(t, append([]string{"build", file}, db...)...)
	os.WriteFile(file, []byte("NATO praised Finland.\n"), 0o644)
	out := mustKG(t, append([]string{"build", file}, db...)...)
	if !strings.Contains(out, "1 replaced") {
		t.Errorf("summary after change:\n%s\nwant 1 replaced", out)
	}
	docs := queryLines(t, db, `g.V().has("<kg:type>", "<kg:Document>").count()`)
	if fmt.Sprint(docs) != "[1]" {
		t.Errorf("documents after replacing = %v, want [1]", docs)
	}
	texts := ids(t, queryLines(t, db, `g.V().has("<kg:type>", "<kg:Sentence>").out("<kg:text>").all()`))
	if strings.Join(texts, "|") != "NATO praised Finland." {
		t.Errorf("sentences after replacing = %q, want only the new one", texts)
	}
}

func TestBuildBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("Finland joined NATO in April.\n"))
	cases := []struct {
		name    string
		path    string
		wantErr string
		why     string
	}{
		{"missing", filepath.Join(dir, "nope.txt"), "no such file", "a missing path is named"},
		{"binary", write("bin.txt", []byte("abc\x00def")), "binary", "NUL bytes mark a binary file"},
		{"invalid utf8", write("latin1.txt", []byte("Caf\xe9 au lait.\n")), "UTF-8", "invalid UTF-8 is rejected, not garbled"},
		{"empty", write("empty.txt", nil), "empty", "an empty file is reported"},
		{"blank", write("blank.txt", []byte(" \n\t\n")), "empty", "white space only counts as empty"},
		{"encrypted pdf", write("locked.pdf", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"+
			"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R /Encrypt << /Filter /Standard >> >>\n%%EOF\n")),
			"encrypted PDF: it uses encryption version 0, which kg does not know; kg cannot read it", "an encryption kg does not know is named"},
		{"scanned pdf", write("scan.pdf", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"+
			"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Contents 4 0 R >> endobj\n"+
			"4 0 obj << /Length 23 >> stream\nq 612 0 0 792 0 0 cm /Im0 Do Q\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")),
			"no text: a scanned PDF? kg does not read images", "a page of images has no text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := tempDB(t)
			code, out, errs := kg(t, "", append([]string{"build", good, c.path}, db...)...)
			if code != exitPartial {
				t.Errorf("exit = %d, want %d (partial)\n%s%s", code, exitPartial, out, errs)
			}
			if !strings.Contains(errs, c.path) || !strings.Contains(errs, c.wantErr) {
				t.Errorf("stderr = %q, want it to name %s and say %q (%s)", errs, c.path, c.wantErr, c.why)
			}
			if n := queryLines(t, db, `g.V().has("<kg:type>", "<kg:Document>").count()`); fmt.Sprint(n) != "[1]" {
				t.Errorf("documents stored = %v, want the good file's", n)
			}
			code, _, _ = kg(t, "", append([]string{"build", c.path}, db...)...)
			if code != exitNothing {
				t.Errorf("build of only the bad input: exit %d, want %d", code, exitNothing)
			}
		})
	}
}

func TestBuildStdin(t *testing.T) {
	db := tempDB(t)
	code, out, errs := kg(t, "Finland joined NATO in April.\n", append([]string{"build", "-"}, db...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	got := queryLines(t, db, `g.V().has("<kg:source>", "-").count()`)
	if fmt.Sprint(got) != "[1]" {
		t.Errorf("documents from stdin = %v, want [1]", got)
	}
}

func TestBuildStoreInUse(t *testing.T) {
	db := tempDB(t)
	store, err := openStoreForTest(t, db[1])
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	code, _, errs := kg(t, "x", append([]string{"build", "-"}, db...)...)
	if code != exitError || !strings.Contains(errs, "in use") {
		t.Errorf("build on a held store: exit %d, stderr %q; want exit 1 and an in-use error", code, errs)
	}
}

// TestBuildWeb builds a saved news page and a WordPress feed: the page is
// one document under its path, with its canonical URL and date; the feed
// a document per item under the item's link, its empty item rejected by
// name (exit 2); kg sources names the item's link.
func TestBuildWeb(t *testing.T) {
	db := tempDB(t)
	code, out, errs := kg(t, "", append([]string{"build", "../../ingest/testdata/news-page.html", "../../ingest/testdata/wordpress-feed.xml"}, db...)...)
	if code != exitPartial || !strings.Contains(errs, "wordpress-feed.xml#3: no text") || !strings.Contains(out, "3 built") {
		t.Errorf("build: exit %d\n%s%s\nwant exit %d, 3 documents and item 3 rejected", code, out, errs, exitPartial)
	}
	docs := ids(t, queryLines(t, db, `g.V().has("<kg:type>", "<kg:Document>").out("<kg:source>").all()`))
	slices.Sort(docs)
	want := []string{"../../ingest/testdata/news-page.html", "https://valleycourier.example/2024/05/09/brackford-library/", "https://valleycourier.example/2024/05/10/esk-water-flood-deal/"}
	if !slices.Equal(docs, want) {
		t.Errorf("sources = %q, want %q", docs, want)
	}
	meta := ids(t, queryLines(t, db, `g.V().has("<kg:source>", "../../ingest/testdata/news-page.html").out(["<kg:url>", "<kg:published>"]).all()`))
	slices.Sort(meta)
	if want := []string{"2024-05-02T09:30:00+01:00", "https://coastalherald.example/news/2024/05/ferry-terminal"}; !slices.Equal(meta, want) {
		t.Errorf("page's URL and date = %q, want %q", meta, want)
	}
	if out := mustKG(t, append([]string{"sources", "Priya Natarajan"}, db...)...); !strings.Contains(out, "https://valleycourier.example/2024/05/10/esk-water-flood-deal/, 2024-05-10, sentence 3:") {
		t.Errorf("kg sources Priya Natarajan:\n%s\nwant the item's link and day", out)
	}
	if out := mustKG(t, append([]string{"sources", "Daniel Reyes"}, db...)...); !strings.Contains(out, "news-page.html (https://coastalherald.example/news/2024/05/ferry-terminal), 2024-05-02, sentence") {
		t.Errorf("kg sources Daniel Reyes:\n%s\nwant the page's path, its URL and day", out)
	}
}

func TestBuildPDF(t *testing.T) {
	db := tempDB(t)
	const path = "../../ingest/testdata/chromium-article.pdf"
	code, out, errs := kg(t, "", append([]string{"build", path}, db...)...)
	if code != 0 || !strings.Contains(out, "1 built") {
		t.Fatalf("build: exit %d\n%s%s\nwant exit 0, one document", code, out, errs)
	}
	meta := ids(t, queryLines(t, db, `g.V().has("<kg:source>", "`+path+`").out(["<kg:title>", "<kg:published>"]).all()`))
	slices.Sort(meta)
	if want := []string{"2026-12-04T03:40:16Z", "Harbour authority approves Kestrel Island ferry terminal"}; !slices.Equal(meta, want) {
		t.Errorf("PDF's title and date = %q, want %q (its /Title and /CreationDate)", meta, want)
	}
	if out := mustKG(t, append([]string{"sources", "Daniel Reyes"}, db...)...); !strings.Contains(out, "chromium-article.pdf, 2026-12-04, sentence") {
		t.Errorf("kg sources Daniel Reyes:\n%s\nwant the PDF's path and day", out)
	}
}
