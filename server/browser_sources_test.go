package server_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserSources clicks the edge of a reported fact and checks that the
// edge panel shows its source chain: "According to Japanese news agency
// Kyodo, citing Ukrainian intelligence sources, Kim Jong Bok has arrived in
// Vladivostok" is Kyodo's, who cites the sources.
func TestBrowserSources(t *testing.T) {
	ctx := browser(t)
	file := filepath.Join(t.TempDir(), "kim.txt")
	text := "Kim Jong Bok in Russia\n\nKim Jong Bok visits Russia. According to Japanese news agency Kyodo, " +
		"citing Ukrainian intelligence sources, Kim Jong Bok has arrived in Vladivostok.\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	openExplorer(t, ctx, storeOf(t, file), 1400, 900)
	clickEdge(t, ctx, "Kim Jong Bok", "arrive_in", "Vladivostok")
	waitFor(t, ctx, "the edge's sources", `document.querySelectorAll("#details .fact .sources").length > 0`)
	want := "according to Kyodo, citing Ukrainian intelligence sources"
	if got := eval[string](t, ctx, `document.querySelector("#details .fact .sources").textContent`); got != want {
		t.Errorf("source chain shown = %q, want %q", got, want)
	}
}

// clickEdge shows the neighbourhood of from in the open explorer and clicks
// its edge from -relation-> to, failing the test when none is drawn.
func clickEdge(t *testing.T, ctx context.Context, from, relation, to string) {
	t.Helper()
	show(t, ctx, from, 1)
	do1(t, ctx, "fit", chromedp.Click(chromedp.ID("fit")))
	waitFor(t, ctx, "the view to redraw", `!kg.view.dirty`)
	xy := eval[[]float64](t, ctx, fmt.Sprintf(`(() => {
		const v = kg.view, e = [...v.edges.values()].find(e => e.relation === %q && v.nodes.get(e.to).name === %q);
		if (!e) return [];
		const r = v.canvas.getBoundingClientRect(), p = v.edgeScreenPoint(e);
		return [p[0] + r.left, p[1] + r.top];
	})()`, relation, to))
	if len(xy) != 2 {
		t.Fatalf("no edge %s -%s-> %s drawn", from, relation, to)
	}
	do1(t, ctx, "click the edge", chromedp.MouseClickXY(xy[0], xy[1]))
}

// TestBrowserArticleLink clicks an edge read from a saved web page and
// checks that the edge panel shows the page's publication day and links
// its canonical address.
func TestBrowserArticleLink(t *testing.T) {
	ctx := browser(t)
	file := filepath.Join(t.TempDir(), "finland.html")
	page := `<html><head><link rel="canonical" href="https://news.example/finland-nato">` +
		`<meta property="article:published_time" content="2024-10-30T08:00:00Z"></head>` +
		`<body><nav><a href="/">Home</a></nav><article><h1>Finland in NATO</h1>` +
		`<p>Finland joined NATO in April. Russia criticised Finland.</p></article></body></html>`
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	openExplorer(t, ctx, storeOf(t, file), 1400, 900)
	clickEdge(t, ctx, "Finland", "join", "NATO")
	waitFor(t, ctx, "the edge's sources", `document.querySelectorAll("#details .sentence .meta").length > 0`)
	if got := eval[string](t, ctx, `document.querySelector("#details .sentence .meta a").href`); got != "https://news.example/finland-nato" {
		t.Errorf("article link = %q, want the page's canonical address", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#details .sentence .meta").textContent`); !strings.Contains(got, "2024-10-30") {
		t.Errorf("edge panel meta = %q, want the publication day", got)
	}
}
