package server_test

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/kg-project/kg/server"
)

// TestBrowserLocalActor checks the explorer with two reports' own unnamed
// juries, which share the name "federal jury": the name offers both, the
// one picked is drawn, and the page's address, which names its node and
// not the shared name, draws it again.
func TestBrowserLocalActor(t *testing.T) {
	ctx := browser(t)
	dir := t.TempDir()
	var paths []string
	for name, text := range map[string]string{
		"a.txt": "A federal jury convicted Tom Wu on Friday. The jury deliberated for two days.",
		"b.txt": "A federal jury acquitted Ann Lee on Monday. The jury deliberated for an hour.",
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	srv := httptest.NewServer(server.New(storeOf(t, paths...), server.Options{}))
	t.Cleanup(srv.Close)
	do1(t, ctx, "open the explorer", chromedp.Navigate(srv.URL), chromedp.WaitVisible(chromedp.ID("search")))
	do1(t, ctx, "search federal jury", chromedp.SendKeys(chromedp.ID("search"), "federal jury\r"))
	waitFor(t, ctx, "both juries offered", `document.querySelectorAll("#suggestions li").length === 2`)
	ids := eval[[]string](t, ctx, `[...document.querySelectorAll("#suggestions li")].map(li => li.dataset.id)`)
	for _, id := range ids {
		if !strings.HasPrefix(id, "<kg:e/federal_jury#") {
			t.Fatalf("candidates %q, want the two reports' juries' nodes", ids)
		}
	}
	do1(t, ctx, "pick the first jury", chromedp.Evaluate[chromedp.Void](`document.querySelector("#suggestions li").dispatchEvent(new MouseEvent("mousedown", {bubbles: true}))`))
	waitFor(t, ctx, "the first jury drawn", `kg.state.center && kg.state.center.id === `+strconv.Quote(ids[0]))
	hash := eval[string](t, ctx, `location.hash`)
	if !strings.Contains(hash, "federal_jury%23") {
		t.Errorf("address %q, want the jury's node", hash)
	}
	do1(t, ctx, "open the address again",
		chromedp.Navigate("about:blank"), chromedp.Navigate(srv.URL+"/"+hash), chromedp.WaitVisible(chromedp.ID("search")))
	waitFor(t, ctx, "the same jury drawn from the address", `kg.state.center && kg.state.center.id === `+strconv.Quote(ids[0]))
}
