package server_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/server"
)

// openExplorer starts a server on store and opens the explorer in ctx at
// the given size.
func openExplorer(t *testing.T, ctx context.Context, store *graph.Store, width, height int64) {
	t.Helper()
	srv := httptest.NewServer(server.New(store, server.Options{}))
	t.Cleanup(srv.Close)
	do1(t, ctx, "open the explorer",
		chromedp.EmulateViewport(width, height),
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible(chromedp.ID("search")),
	)
}

// settle waits until the layout has stopped and the view is drawn.
func settle(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	waitFor(t, ctx, what, `!kg.view.running() && !kg.view.dirty && document.body.dataset.busy !== "1"`)
}

// overlaps returns the pairs of drawn labels and nodes whose bounding
// boxes, as the view drew them, overlap by more than half a pixel both ways.
func overlaps(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return eval[[]string](t, ctx, `(() => {
		const r = kg.view.labelRects, out = [];
		for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {
			const a = r[i], b = r[j];
			const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
			if (ox > 0.5 && oy > 0.5) out.push(a.kind + " " + JSON.stringify(a.text) + " over " + b.kind + " " + JSON.stringify(b.text));
		}
		return out;
	})()`)
}

// offCanvas returns the drawn labels and nodes that are not wholly inside
// the canvas.
func offCanvas(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return eval[[]string](t, ctx, `(() => {
		const v = kg.view;
		return v.labelRects.filter(b => b.x0 < 0 || b.y0 < 0 || b.x1 > v.width || b.y1 > v.height)
			.map(b => b.kind + " " + JSON.stringify(b.text) + " at " + [b.x0, b.y0, b.x1, b.y1].map(Math.round).join(","));
	})()`)
}

// checkView fails t when labels overlap, or anything drawn is off the
// canvas, and logs how many labels it checked.
func checkView(t *testing.T, ctx context.Context, when string) {
	t.Helper()
	if got := overlaps(t, ctx); len(got) > 0 {
		t.Errorf("%s: %d overlapping boxes: %s", when, len(got), strings.Join(got, "; "))
	}
	if got := offCanvas(t, ctx); len(got) > 0 {
		t.Errorf("%s: %d boxes off the canvas (%s): %s", when, len(got), eval[string](t, ctx, `kg.view.width + "x" + kg.view.height`), strings.Join(got, "; "))
	}
	n := eval[[]int](t, ctx, `["node", "edge", "circle"].map(k => kg.view.labelRects.filter(b => b.kind === k).length)`)
	t.Logf("%s: %d node labels, %d edge labels, %d nodes", when, n[0], n[1], n[2])
	if n[0] != n[2] {
		t.Errorf("%s: %d node labels drawn for %d nodes, want one each", when, n[0], n[2])
	}
}

// show searches name and draws its neighbourhood at depth.
func show(t *testing.T, ctx context.Context, name string, depth int) {
	t.Helper()
	do1(t, ctx, "show "+name,
		chromedp.SetValue(chromedp.ID("depth"), fmt.Sprint(depth)),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("search").value = ""`),
		chromedp.SendKeys(chromedp.ID("search"), name+"\r"),
	)
	waitFor(t, ctx, name+" drawn", fmt.Sprintf(`kg.state.center && kg.state.center.name === %q`, name))
	settle(t, ctx, "the layout of "+name)
}

// TestBrowserLayout checks that the explorer keeps the graph in view and
// its labels apart: after drawing, expanding a node, Fit, and a new window
// size, no label or node overlaps another and none is off the canvas.
func TestBrowserLayout(t *testing.T) {
	ctx := browser(t)
	openExplorer(t, ctx, crowdedStore(t), 1400, 900)
	show(t, ctx, "Russia", 1)
	checkView(t, ctx, "Russia, depth 1")

	// Expand every neighbour in turn, as a user clicking around does.
	names := eval[[]string](t, ctx, `[...kg.view.nodes.values()].filter(n => kg.view.visible(n) && n.id !== kg.view.center).map(n => n.name)`)
	for _, name := range names[:min(3, len(names))] {
		xy := eval[[]float64](t, ctx, fmt.Sprintf(`(() => {
			const v = kg.view, n = [...v.nodes.values()].find(n => n.name === %q);
			const r = v.canvas.getBoundingClientRect(), p = v.toScreen(n.x, n.y);
			return [p[0] + r.left, p[1] + r.top];
		})()`, name))
		do1(t, ctx, "expand "+name, chromedp.MouseClickXY(xy[0], xy[1]))
		waitFor(t, ctx, name+"'s details", fmt.Sprintf(`(h => h && h.textContent === %q)(document.querySelector("#details h2"))`, name))
		settle(t, ctx, "the layout after expanding "+name)
		checkView(t, ctx, "after expanding "+name)
	}

	do1(t, ctx, "fit", chromedp.Click(chromedp.ID("fit")))
	settle(t, ctx, "the fitted view")
	checkView(t, ctx, "after Fit")
	shot := screenshot(t, ctx, "-layout")

	do1(t, ctx, "shrink the window", chromedp.EmulateViewport(1000, 650))
	waitFor(t, ctx, "the canvas to shrink", `kg.view.width < 700`)
	settle(t, ctx, "the view after resizing")
	checkView(t, ctx, "after resizing to 1000x650")

	show(t, ctx, "Russia", 2)
	checkView(t, ctx, "Russia, depth 2")
	screenshot(t, ctx, "-depth2")
	t.Logf("screenshot: %s", shot)
}

// TestBrowserLiterals checks that literal values (titles, clauses) are in
// the legend, hidden until its toggle is ticked, and cut short when shown.
func TestBrowserLiterals(t *testing.T) {
	ctx := browser(t)
	openExplorer(t, ctx, crowdedStore(t), 1400, 900)
	if got := eval[string](t, ctx, `document.getElementById("legend").textContent`); !strings.Contains(got, "literal values") {
		t.Errorf("legend = %q, want an entry for literal values", got)
	}
	show(t, ctx, "Kim Jong Bok", 2)
	if !eval[bool](t, ctx, `[...kg.view.nodes.values()].some(n => n.literal)`) {
		t.Fatal("Kim Jong Bok's neighbourhood has no literal value to hide")
	}
	if got := eval[[]string](t, ctx, `[...kg.view.nodes.values()].filter(n => n.literal && kg.view.visible(n)).map(n => n.name)`); len(got) > 0 {
		t.Errorf("literal values shown before the toggle: %q", got)
	}
	if got := eval[int](t, ctx, `kg.view.labelRects.filter(b => b.kind === "circle").length`); got != eval[int](t, ctx, `[...kg.view.nodes.values()].filter(n => !n.literal).length`) {
		t.Errorf("%d nodes drawn, want the %d that are not literal values", got, eval[int](t, ctx, `[...kg.view.nodes.values()].filter(n => !n.literal).length`))
	}
	checkView(t, ctx, "without literal values")

	do1(t, ctx, "show literal values", chromedp.Click(chromedp.ID("show-literals")))
	settle(t, ctx, "the layout with literal values")
	labels := eval[[]string](t, ctx, `[...kg.view.nodes.values()].filter(n => n.literal && kg.view.visible(n)).map(n => n.label)`)
	if len(labels) == 0 {
		t.Fatal("the toggle showed no literal value")
	}
	for _, l := range labels {
		if n := len([]rune(l)); n > 32 {
			t.Errorf("literal label %q has %d characters, want at most 32", l, n)
		}
	}
	if !eval[bool](t, ctx, `[...kg.view.nodes.values()].some(n => n.literal && n.label.endsWith("…") && n.name.length > 32)`) {
		t.Errorf("no long literal value was cut: %q", labels)
	}
	checkView(t, ctx, "with literal values")
	t.Logf("screenshot: %s", screenshot(t, ctx, "-literals"))
}

// TestBrowserGizmoResults checks the Gizmo console's table and graph: the
// table scrolls sideways instead of wrapping IRIs, entity IRIs show the
// entities' names, and the graph draws fact nodes as the edges they state,
// with names and types from the store.
func TestBrowserGizmoResults(t *testing.T) {
	ctx := browser(t)
	openExplorer(t, ctx, crowdedStore(t), 1400, 900)
	const query = `g.V().has("<kg:type>", "<kg:Fact>").tag("fact").out("<kg:subject>").tag("subject").all()`
	do1(t, ctx, "run a query",
		chromedp.Click(chromedp.CSS(`.tabs button[data-tab="gizmo"]`)),
		chromedp.SetValue(chromedp.ID("gizmo-text"), query),
		chromedp.SetValue(chromedp.ID("gizmo-limit"), "500"),
		chromedp.Click(chromedp.ID("gizmo-run")),
	)
	waitFor(t, ctx, "the result table", `document.querySelectorAll("#gizmo-table tbody tr").length > 0`)
	if got := eval[string](t, ctx, `getComputedStyle(document.querySelector("#gizmo-table").parentElement).overflowX`); got != "auto" {
		t.Errorf("the table's container has overflow-x %q, want auto", got)
	}
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll("#gizmo-table tbody tr")].filter(tr => tr.getBoundingClientRect().height > 30).map(tr => tr.textContent)`); len(got) > 0 {
		t.Errorf("%d result rows wrap onto several lines, first %q", len(got), got[0])
	}
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll("#gizmo-table td")].map(td => td.textContent).filter(s => s.startsWith("<kg:e/"))`); len(got) > 0 {
		t.Errorf("%d cells show entity IRIs instead of names, first %q", len(got), got[0])
	}
	if !eval[bool](t, ctx, `[...document.querySelectorAll("#gizmo-table td")].some(td => td.textContent === "Korean People's Army" && td.title === "<kg:e/Korean_People_s_Army>")`) {
		t.Errorf("no cell shows Korean People's Army, with its IRI as the title")
	}

	do1(t, ctx, "draw the results", chromedp.Click(chromedp.ID("gizmo-graph")))
	waitFor(t, ctx, "the results drawn", `kg.view.edges.size > 0`)
	settle(t, ctx, "the layout of the results")
	if got := eval[[]string](t, ctx, `[...kg.view.nodes.keys()].filter(id => !id.startsWith("<kg:e/") && !kg.view.nodes.get(id).literal)`); len(got) > 0 {
		t.Errorf("nodes drawn that are neither entities nor values: %q", got)
	}
	if got := eval[[]string](t, ctx, `[...kg.view.nodes.values()].filter(n => !n.literal && !n.type).map(n => n.name)`); len(got) > 0 {
		t.Errorf("entities drawn without a type (uncoloured): %q", got)
	}
	names := eval[[]string](t, ctx, `[...kg.view.nodes.values()].map(n => n.name)`)
	if !containsAll(names, "Korean People's Army") {
		t.Errorf("nodes drawn = %q, want Korean People's Army with its apostrophe", names)
	}
	if !eval[bool](t, ctx, `[...kg.view.edges.values()].some(e => kg.view.nodes.get(e.from).name === "Korean People's Army")`) {
		t.Errorf("Korean People's Army's facts are not drawn as its edges")
	}
	t.Logf("%d nodes, %d edges; screenshot: %s", len(names), eval[int](t, ctx, `kg.view.edges.size`), screenshot(t, ctx, "-gizmo"))
}

// TestBrowserStart checks the start page and the search box: the empty
// page offers the most connected actors, and Escape closes the suggestions
// but keeps what was typed. It runs on the shipped sample and ends with
// the view of NATO that the README shows (docs/explorer.png: run with
// KG_SCREENSHOT=docs/explorer.png and keep explorer-nato.png).
func TestBrowserStart(t *testing.T) {
	ctx := browser(t)
	store := storeOf(t, examples(t)...)
	top, err := store.Actors(t.Context(), graph.ActorOptions{By: graph.ByDegree, Top: 1})
	if err != nil || len(top) == 0 {
		t.Fatalf("Actors = %v, %v", top, err)
	}
	openExplorer(t, ctx, store, 1400, 900)
	waitFor(t, ctx, "the most connected actors", `document.querySelectorAll("#start-actors button").length > 0`)
	got := eval[[]string](t, ctx, `[...document.querySelectorAll("#start-actors button")].map(b => b.textContent)`)
	if len(got) < 5 || got[0] != top[0].Name {
		t.Errorf("start page offers %q, want the most connected actors, %s first", got, top[0].Name)
	}
	do1(t, ctx, "start from the first", chromedp.Click(chromedp.CSS(`#start-actors button`)))
	waitFor(t, ctx, "its neighbourhood", fmt.Sprintf(`kg.state.center && kg.state.center.name === %q && kg.view.nodes.size > 1`, top[0].Name))

	do1(t, ctx, "type", chromedp.Evaluate[chromedp.Void](`document.getElementById("search").value = ""`), chromedp.SendKeys(chromedp.ID("search"), "Kor"))
	waitFor(t, ctx, "suggestions", `!document.getElementById("suggestions").hidden`)
	do1(t, ctx, "press Escape", chromedp.KeyEvent("\u001b"))
	waitFor(t, ctx, "the list to close", `document.getElementById("suggestions").hidden`)
	if v := eval[string](t, ctx, `document.getElementById("search").value`); v != "Kor" {
		t.Errorf("after Escape the search box holds %q, want the typed %q", v, "Kor")
	}

	show(t, ctx, "NATO", 2)
	checkView(t, ctx, "NATO, depth 2")
	t.Logf("screenshot: %s", screenshot(t, ctx, "-nato"))
}

// TestBrowserBundle checks that a pair joined by more relations than the
// view draws apart is one edge labelled with their number, and that a
// click on it lists every sentence relating the two under their relations.
// Before bundles, each of the 25 relations between two leaders of a real
// corpus pushed the pair apart until the graph was a smear.
func TestBrowserBundle(t *testing.T) {
	ctx := browser(t)
	file := filepath.Join(t.TempDir(), "pair.txt")
	text := "Anna Berg and Carl Dahl\n\nAnna Berg met Carl Dahl in Oslo. Anna Berg praised Carl Dahl. " +
		"Carl Dahl thanked Anna Berg. Anna Berg called Carl Dahl. Anna Berg criticised Carl Dahl. " +
		"Carl Dahl visited Bergen.\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	openExplorer(t, ctx, storeOf(t, file), 1400, 900)
	show(t, ctx, "Anna Berg", 1)
	checkView(t, ctx, "Anna Berg, depth 1")
	pair := `[...kg.view.edges.values()].filter(e => [e.from, e.to].every(id => ["Anna Berg", "Carl Dahl"].includes(kg.view.nodes.get(id).name)))`
	if n := eval[int](t, ctx, pair+`.length`); n <= 3 {
		t.Fatalf("%d relations between Anna Berg and Carl Dahl, want more than 3 for a bundle", n)
	}
	drawn := eval[[]string](t, ctx, pair+`.filter(e => kg.view.visibleEdge(e)).map(e => e.label)`)
	if len(drawn) != 1 || !strings.HasSuffix(drawn[0], " relations") {
		t.Fatalf("edges drawn between the pair: %q, want one bundle labelled \"N relations\"", drawn)
	}
	xy := eval[[]float64](t, ctx, pair+`.filter(e => kg.view.visibleEdge(e)).map(e => {
		const r = kg.view.canvas.getBoundingClientRect(), p = kg.view.edgeScreenPoint(e);
		return [p[0] + r.left, p[1] + r.top];
	})[0]`)
	do1(t, ctx, "click the bundle", chromedp.MouseClickXY(xy[0], xy[1]))
	waitFor(t, ctx, "the pair's sentences", `document.querySelectorAll("#details .sentence").length > 0`)
	title := eval[string](t, ctx, `document.querySelector("#details h2").textContent`)
	for _, rel := range []string{"meet", "praise", "thank"} {
		if !strings.Contains(title, rel) {
			t.Errorf("bundle panel title %q does not list %q", title, rel)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#details .sentence").length`); n != 5 {
		t.Errorf("bundle panel lists %d sentences, want the 5 relating the pair", n)
	}
	t.Logf("screenshot: %s", screenshot(t, ctx, "-bundle"))
}

// TestBrowserSlowStart opens an actor while the list of the most connected
// actors, slow to rank on a large store, is still loading: the list must
// not replace the actor's panel when it arrives.
func TestBrowserSlowStart(t *testing.T) {
	ctx := browser(t)
	h := server.New(sampleStore(t), server.Options{})
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/actors" {
			<-release
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() {
		select {
		case <-release:
		default:
			close(release)
		}
	})
	do1(t, ctx, "open the explorer",
		chromedp.EmulateViewport(1400, 900),
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible(chromedp.ID("search")),
	)
	do1(t, ctx, "search Kim Jong Bok", chromedp.SendKeys(chromedp.ID("search"), "Kim Jong Bok\r"))
	waitFor(t, ctx, "the actor's panel", `(h => h && h.textContent === "Kim Jong Bok")(document.querySelector("#details h2"))`)
	close(release)
	waitFor(t, ctx, "the list's request to end", `document.body.dataset.busy !== "1"`)
	time.Sleep(300 * time.Millisecond)
	if got := eval[string](t, ctx, `document.querySelector("#details h2").textContent`); got != "Kim Jong Bok" {
		t.Errorf("details panel after the list arrived = %q, want the open actor's", got)
	}
}
