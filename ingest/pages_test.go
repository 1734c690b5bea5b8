package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// words returns the words of s, lower case, for the bag-of-words overlap
// of TestReadabilityPages.
func words(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 127)
	}) {
		m[w]++
	}
	return m
}

// TestReadabilityPages measures the main-content choice on Mozilla
// Readability's test pages (real pages of news sites, blogs and wikis,
// each a source.html with the article Readability.js extracts as
// expected.html), as go-readability ships them: set KG_READABILITY_PAGES
// to its test-pages folder (go mod download -json
// codeberg.org/readeck/go-readability/v2@v2.1.3 names the module's
// folder). It prints, per page and on average, the precision and recall
// of kg's words against the expected article's words (counted with
// repeats).
func TestReadabilityPages(t *testing.T) {
	dir := os.Getenv("KG_READABILITY_PAGES")
	if dir == "" {
		t.Skip("KG_READABILITY_PAGES is not set")
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	var sumP, sumR float64
	n := 0
	for _, src := range pages {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		exp, err := os.ReadFile(filepath.Join(filepath.Dir(src), "expected.html"))
		if err != nil {
			continue
		}
		got := readHTML(utf8Page(data))
		want := words(fragmentText(string(exp)))
		have := words(got.Text)
		common, nh, nw := 0, 0, 0
		for w, c := range have {
			common += min(c, want[w])
			nh += c
		}
		for _, c := range want {
			nw += c
		}
		p, r := 1.0, 1.0
		if nh > 0 {
			p = float64(common) / float64(nh)
		}
		if nw > 0 {
			r = float64(common) / float64(nw)
		}
		sumP += p
		sumR += r
		n++
		if os.Getenv("V") != "" {
			fmt.Printf("%-40s P %.3f R %.3f words %d/%d\n", filepath.Base(filepath.Dir(src)), p, r, nh, nw)
		}
	}
	fmt.Printf("%d pages: mean word precision %.3f recall %.3f\n", n, sumP/float64(n), sumR/float64(n))
}

// BenchmarkReadabilityPages reads every page of TestReadabilityPages's
// folder (KG_READABILITY_PAGES), as kg build reads a saved page.
func BenchmarkReadabilityPages(b *testing.B) {
	dir := os.Getenv("KG_READABILITY_PAGES")
	if dir == "" {
		b.Skip("KG_READABILITY_PAGES is not set")
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	var datas [][]byte
	n := 0
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		datas = append(datas, data)
		n += len(data)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range datas {
			readHTML(utf8Page(d))
		}
	}
}

// BenchmarkReadLargePage reads a 4 MB page: testdata/news-page.html
// with its article's body repeated 2400 times.
func BenchmarkReadLargePage(b *testing.B) {
	data, err := os.ReadFile("testdata/news-page.html")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	start := strings.Index(s, `<div class="article-body">`)
	end := strings.Index(s, `<div class="tags">`)
	big := []byte(s[:start] + strings.Repeat(s[start:end], 2400) + s[end:])
	b.SetBytes(int64(len(big)))
	b.ReportAllocs()
	for b.Loop() {
		if pg := readHTML(big); !pg.hasText() {
			b.Fatal("no text")
		}
	}
}
