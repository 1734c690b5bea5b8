package server_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserBackground ticks the background toggle: Kyiv, which only
// the gazetteer joins to Ukraine (capital_of, stated by no sentence),
// appears in Ukraine's neighbourhood only with it, and the export links
// then ask for background knowledge too.
func TestBrowserBackground(t *testing.T) {
	ctx := browser(t)
	file := filepath.Join(t.TempDir(), "kyiv.txt")
	if err := os.WriteFile(file, []byte("Talks opened in Kyiv on Monday. Ukraine sent a delegation to the talks.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	openExplorer(t, ctx, storeOf(t, file), 1400, 900)
	show(t, ctx, "Ukraine", 1)
	names := `[...kg.view.nodes.values()].map(n => n.name)`
	if got := eval[[]string](t, ctx, names); containsAll(got, "Kyiv") {
		t.Errorf("without background the view holds %q, want no Kyiv", got)
	}
	do1(t, ctx, "tick background", chromedp.Click(chromedp.ID("background")))
	waitFor(t, ctx, "Kyiv drawn", `[...kg.view.nodes.values()].some(n => n.name === "Kyiv")`)
	settle(t, ctx, "the layout with background knowledge")
	if !eval[bool](t, ctx, `[...kg.view.edges.values()].some(e => e.relation === "capital_of" && kg.view.nodes.get(e.from).name === "Kyiv")`) {
		t.Errorf("no edge Kyiv -capital_of-> Ukraine drawn with background")
	}
	do1(t, ctx, "open the export tab", chromedp.Click(chromedp.CSS(`.tabs button[data-tab="export"]`)))
	hrefs := eval[[]string](t, ctx, `[...document.querySelectorAll("#export-buttons a")].map(a => a.getAttribute("href"))`)
	if len(hrefs) == 0 {
		t.Fatal("no export links")
	}
	for _, h := range hrefs {
		if !strings.Contains(h, "background=1") {
			t.Errorf("export link %q lacks background=1 with the toggle ticked", h)
		}
	}
	do1(t, ctx, "untick background", chromedp.Click(chromedp.ID("background")))
	waitFor(t, ctx, "Kyiv gone", `![...kg.view.nodes.values()].some(n => n.name === "Kyiv")`)
	if h := eval[string](t, ctx, `document.querySelector("#export-buttons a").getAttribute("href")`); strings.Contains(h, "background") {
		t.Errorf("export link %q still asks for background knowledge", h)
	}
}
