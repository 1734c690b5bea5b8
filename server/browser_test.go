package server_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/server"
)

// ScreenshotEnv names a file where TestBrowser also saves its screenshot.
const screenshotEnv = "KG_SCREENSHOT"

// browser starts headless Chromium for t and returns a tab's context.
// Uncaught JavaScript exceptions in the page fail the test.
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := sharedtest.Tool(t, "chromium", "chromium")
	if testing.Short() {
		t.Skip("browser test skipped with -short")
	}
	// Chromium's helpers may still write to the profile for a moment after
	// it exits, so the profile is not a t.TempDir, whose removal must
	// succeed.
	profile, err := os.MkdirTemp("", "kg-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(profile) })
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1400, 900),
	)
	t.Cleanup(acancel)
	tctx, tcancel := chromedp.NewContext(actx)
	t.Cleanup(tcancel)
	if err := chromedp.Do(tctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	chromedp.Listen(tctx, func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok {
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			t.Errorf("JavaScript exception at %s:%d: %s", d.URL, d.LineNumber+1, msg)
		}
	})
	return tctx
}

// eval runs a JavaScript expression in the page and returns its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript expression until it is true.
func waitFor(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("status").textContent`))
		t.Fatalf("waiting for %s (%s): %v; status bar: %q", what, expr, err, status)
	}
}

func do1(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// TestBrowser drives the web explorer in headless Chromium: search an actor,
// see its neighbourhood, find a path, read an edge's sources, use the Gizmo
// console, and take a screenshot.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	store := browserStore(t)
	srv := httptest.NewServer(server.New(store, server.Options{}))
	t.Cleanup(srv.Close)

	do1(t, ctx, "open the explorer",
		chromedp.EmulateViewport(1400, 900),
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible(chromedp.ID("search")),
	)

	// Search: typing shows suggestions; picking one draws the neighbourhood.
	do1(t, ctx, "type in the search box", chromedp.SendKeys(chromedp.ID("search"), "Kim Jong Bok"))
	// Wait for the answer to the whole name: an answer to an earlier
	// keystroke may be replaced under the click.
	waitFor(t, ctx, "a suggestion", `document.getElementById("suggestions").dataset.query === "Kim Jong Bok" && [...document.querySelectorAll("#suggestions li")].some(li => li.textContent.includes("Kim Jong Bok"))`)
	i := eval[int](t, ctx, `[...document.querySelectorAll("#suggestions li")].findIndex(li => li.textContent.startsWith("Kim Jong Bok"))`)
	do1(t, ctx, "pick the suggestion", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#suggestions li:nth-child(%d)`, i+1))))
	waitFor(t, ctx, "the neighbourhood", `kg.state.center && kg.state.center.name === "Kim Jong Bok" && kg.view.nodes.size > 1`)
	names := eval[[]string](t, ctx, `[...kg.view.nodes.values()].map(n => n.name)`)
	if !containsAll(names, "Kim Jong Bok", "North Korean troops") {
		t.Errorf("nodes drawn = %q, want Kim Jong Bok and North Korean troops", names)
	}
	if n := eval[int](t, ctx, `kg.view.edges.size`); n == 0 {
		t.Errorf("no edges drawn around Kim Jong Bok")
	}
	if got := eval[string](t, ctx, `document.getElementById("graph").dataset.nodes`); got != fmt.Sprint(len(names)) {
		t.Errorf("canvas data-nodes = %q, want %d", got, len(names))
	}

	// Path: Kim Jong Bok to Kursk, highlighted in the graph.
	do1(t, ctx, "find a path",
		chromedp.Click(chromedp.CSS(`.tabs button[data-tab="path"]`)),
		chromedp.SendKeys(chromedp.ID("path-to"), "Kursk"),
		chromedp.Click(chromedp.ID("path-find")),
	)
	waitFor(t, ctx, "a path", `document.querySelectorAll("#path-results .path").length > 0`)
	last := eval[string](t, ctx, `(p => p[p.length-1].to.name)(kg.state.paths[0])`)
	if last != "Kursk" {
		t.Errorf("the first path ends at %q, want Kursk", last)
	}
	if !eval[bool](t, ctx, `[...kg.view.highlight.nodes].some(id => kg.view.nodes.get(id).name === "Kursk") && kg.view.highlight.edges.size > 0`) {
		t.Errorf("the path to Kursk is not highlighted")
	}

	// Sources: click the middle of a highlighted edge on the canvas.
	waitFor(t, ctx, "the layout to settle", `!kg.view.running()`)
	do1(t, ctx, "fit", chromedp.Click(chromedp.ID("fit")))
	waitFor(t, ctx, "the view to redraw", `!kg.view.dirty`)
	xy := eval[[]float64](t, ctx, `(() => {
		const v = kg.view, e = v.edges.get([...v.highlight.edges].pop());
		const r = v.canvas.getBoundingClientRect(), p = v.edgeScreenPoint(e);
		return [p[0] + r.left, p[1] + r.top];
	})()`)
	do1(t, ctx, "click an edge", chromedp.MouseClickXY(xy[0], xy[1]))
	waitFor(t, ctx, "the edge's sources", `document.querySelectorAll("#details .sentence").length > 0`)
	text := eval[string](t, ctx, `document.querySelector("#details .sentence").textContent`)
	if !strings.Contains(text, "Kursk") && !strings.Contains(text, "troops") {
		t.Errorf("first source sentence %q names neither end of the path's last edge", text)
	}
	if !eval[bool](t, ctx, `kg.state.sources.sources.every(s => s.document && s.text)`) {
		t.Errorf("a source lacks its document or text: %s", eval[string](t, ctx, `JSON.stringify(kg.state.sources)`))
	}

	shot := screenshot(t, ctx, "")

	// Expand: clicking a node draws its neighbours too.
	before := eval[int](t, ctx, `kg.view.nodes.size`)
	target := eval[map[string]any](t, ctx, `(() => {
		const v = kg.view, n = [...v.nodes.values()].find(n => !n.literal && n.id !== v.center && n.name !== "Kursk");
		const r = v.canvas.getBoundingClientRect(), p = v.toScreen(n.x, n.y);
		return {name: n.name, x: p[0] + r.left, y: p[1] + r.top};
	})()`)
	do1(t, ctx, "click a node", chromedp.MouseClickXY(target["x"].(float64), target["y"].(float64)))
	waitFor(t, ctx, "the node's details", fmt.Sprintf(`(h => h && h.textContent === %q)(document.querySelector("#details h2"))`, target["name"]))
	after := eval[int](t, ctx, `kg.view.nodes.size`)
	if after < before {
		t.Errorf("expanding %v left %d nodes, fewer than the %d before", target["name"], after, before)
	}
	t.Logf("expanding %v: %d nodes, then %d", target["name"], before, after)
	do1(t, ctx, "ask for the sentences that mention it", chromedp.Click(chromedp.CSS(`#details button`)))
	waitFor(t, ctx, "the mentions", fmt.Sprintf(`kg.state.sources && kg.state.sources.node && kg.state.sources.node.name === %q && document.querySelectorAll("#details .sentence").length > 0`, target["name"]))

	// An edge to a literal value ("General") has sources too; literal
	// values are shown by the legend's toggle.
	do1(t, ctx, "show literal values", chromedp.Click(chromedp.ID("show-literals")))
	waitFor(t, ctx, "the layout to settle", `!kg.view.running() && !kg.view.dirty`)
	lit := eval[map[string]any](t, ctx, `(() => {
		const v = kg.view, e = [...v.edges.values()].find(e => v.nodes.get(e.to).literal);
		if (!e) return {};
		const r = v.canvas.getBoundingClientRect(), p = v.edgeScreenPoint(e);
		return {relation: e.relation, x: p[0] + r.left, y: p[1] + r.top};
	})()`)
	if lit["relation"] == nil {
		t.Fatalf("no edge to a literal in the view")
	}
	do1(t, ctx, "click an edge to a literal", chromedp.MouseClickXY(lit["x"].(float64), lit["y"].(float64)))
	waitFor(t, ctx, "the literal edge's sources", fmt.Sprintf(
		`kg.state.sources && kg.state.sources.edge && kg.state.sources.edge.relation === %q && document.querySelectorAll("#details .sentence").length > 0`, lit["relation"]))

	// Gizmo console: results as a table, then as a graph.
	do1(t, ctx, "run a query",
		chromedp.Click(chromedp.CSS(`.tabs button[data-tab="gizmo"]`)),
		chromedp.Click(chromedp.ID("gizmo-run")),
	)
	waitFor(t, ctx, "the result table", `document.querySelectorAll("#gizmo-table tbody tr").length > 0`)
	do1(t, ctx, "draw the results", chromedp.Click(chromedp.ID("gizmo-graph")))
	waitFor(t, ctx, "the results drawn", `[...kg.view.nodes.values()].some(n => n.name === "Kim Jong Bok")`)
	rels := eval[[]string](t, ctx, `[...kg.view.edges.values()].filter(e => e.from === "<kg:e/Kim_Jong_Bok>").map(e => e.relation)`)
	if !containsAll(rels, "oversee") {
		t.Errorf("the default query drawn as a graph: Kim Jong Bok's edges are %q, want oversee among them", rels)
	}

	// Export buttons link to every format.
	do1(t, ctx, "open export", chromedp.Click(chromedp.CSS(`.tabs button[data-tab="export"]`)))
	if n := eval[int](t, ctx, `document.querySelectorAll("#export-buttons a[href^='/api/export?format=']").length`); n != 6 {
		t.Errorf("%d export buttons, want 6", n)
	}

	// A misspelt name is an error that suggests the right one.
	do1(t, ctx, "search a misspelt name",
		chromedp.Evaluate[chromedp.Void](`document.getElementById("search").value = ""`),
		chromedp.SendKeys(chromedp.ID("search"), "Kim Jong Bock\r"),
	)
	waitFor(t, ctx, "the error", `document.getElementById("status").classList.contains("error")`)
	waitFor(t, ctx, "a suggestion", `[...document.querySelectorAll("#suggestions li")].some(li => li.textContent.includes("Kim Jong Bok"))`)
	t.Logf("screenshot: %s", shot)
}

// screenshot saves the page as a PNG under t.TempDir, and also at
// $KG_SCREENSHOT (with suffix before its extension), and returns the path.
func screenshot(t *testing.T, ctx context.Context, suffix string) string {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(t.TempDir(), "explorer"+suffix+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	if extra := os.Getenv(screenshotEnv); extra != "" {
		extra = strings.TrimSuffix(extra, filepath.Ext(extra)) + suffix + filepath.Ext(extra)
		if err := os.WriteFile(extra, png, 0o644); err != nil {
			t.Fatal(err)
		}
		path = extra
	}
	return path
}

// TestBrowserManyNodes loads 500 nodes into the view and checks that the
// layout stops on its own and that the page still answers.
func TestBrowserManyNodes(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(server.New(sampleStore(t), server.Options{}))
	t.Cleanup(srv.Close)
	do1(t, ctx, "open the explorer",
		chromedp.EmulateViewport(1400, 900),
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible(chromedp.ID("search")),
	)
	ms := eval[[]float64](t, ctx, `(() => {
		const nodes = [], edges = [], types = ["Person", "Organization", "GPE", "Group", "Location", "Concept"];
		for (let i = 0; i < 500; i++) nodes.push({id: "n" + i, name: "Node " + i, type: types[i % 6]});
		for (let i = 1; i < 500; i++) {
			edges.push({from: "n" + i, to: "n" + Math.floor(i / 3), relation: "r" + (i % 7)});
			if (i % 5 === 0) edges.push({from: "n" + i, to: "n" + ((i * 7) % 500), relation: "link"});
		}
		const v = kg.view;
		v.add(nodes, edges, null);
		v.autoFit = true;
		let t0 = performance.now();
		for (let i = 0; i < 20; i++) v.tick();
		const tick = (performance.now() - t0) / 20;
		t0 = performance.now();
		for (let i = 0; i < 5; i++) v.draw();
		return [tick, (performance.now() - t0) / 5];
	})()`)
	waitFor(t, ctx, "the layout to stop", `!kg.view.running()`)
	t.Logf("screenshot: %s", screenshot(t, ctx, "-500"))
	if n := eval[int](t, ctx, `kg.view.nodes.size`); n != 500 {
		t.Errorf("%d nodes in the view, want 500", n)
	}
	// The page answers input: a suggestion request round-trips.
	do1(t, ctx, "type", chromedp.SendKeys(chromedp.ID("search"), "Kur"))
	waitFor(t, ctx, "a suggestion", `document.querySelectorAll("#suggestions li").length > 0`)
	t.Logf("500 nodes: %.1f ms a layout tick, %.1f ms a frame drawn", ms[0], ms[1])
}

func containsAll(list []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, s := range list {
			found = found || s == w
		}
		if !found {
			return false
		}
	}
	return true
}
