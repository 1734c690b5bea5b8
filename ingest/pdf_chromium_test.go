package ingest_test

import (
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/internal/sharedtest"
)

// printPDF has Chromium print an article to PDF as a browser user would:
// its first paragraph as the heading, the others as paragraphs, in a
// column 30 em wide so that lines wrap, without the browser's header and
// footer.
func printPDF(t *testing.T, chromium, text, out string) {
	t.Helper()
	var b strings.Builder
	b.WriteString("<!doctype html><meta charset=utf-8><body style='width:30em'>")
	for i, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		tag := "p"
		if i == 0 {
			tag = "h1"
		}
		b.WriteString("<" + tag + ">" + html.EscapeString(p) + "</" + tag + ">")
	}
	page := strings.TrimSuffix(out, ".pdf") + ".html"
	if err := os.WriteFile(page, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(t.Context(), chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--no-pdf-header-footer", "--user-data-dir="+filepath.Join(filepath.Dir(out), "profile"), "--print-to-pdf="+out, page)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, msg)
	}
}

// facts returns the facts kg finds in a document, each as JSON.
func facts(t *testing.T, p *ingest.Pipeline, in ingest.Input) []string {
	t.Helper()
	doc, err := p.DocumentOf(t.Context(), in)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range doc.Facts {
		b, _ := json.Marshal(f)
		out = append(out, string(b))
	}
	return out
}

// TestPDFFromChromium prints the news articles of ../shared to PDF with
// Chromium (Identity-H fonts with ToUnicode maps, lines wrapped, articles
// over several pages) and checks that kg finds the same facts in each PDF
// as in its text. Measured on the 24 articles: all 24 give identical
// facts (the paragraphs of one, cut by a page break after a caption
// without a full stop, are found by the short last line).
func TestPDFFromChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("prints 24 PDFs and analyses them twice (-short)")
	}
	chromium := sharedtest.Tool(t, "chromium", "chromium")
	dir := sharedtest.Path(t, "realnews/gum-news")
	texts, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(texts) == 0 {
		sharedtest.Missing(t, "no articles in %s", dir)
	}
	p := pipeline(t)
	tmp := t.TempDir()
	same := 0
	for _, path := range texts {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(tmp, strings.TrimSuffix(filepath.Base(path), ".txt")+".pdf")
		printPDF(t, chromium, string(data), out)
		ins, err := ingest.Read(out, nil)
		if err != nil || len(ins) != 1 {
			t.Errorf("Read(%s) = %d inputs, %v", out, len(ins), err)
			continue
		}
		want := facts(t, p, ingest.Input{Source: path, Text: string(data)})
		got := facts(t, p, ins[0])
		if strings.Join(want, "\n") == strings.Join(got, "\n") {
			same++
		} else {
			t.Logf("%s: %d facts from the text, %d from the PDF", filepath.Base(path), len(want), len(got))
		}
	}
	t.Logf("%d of %d articles give the same facts from PDF as from text", same, len(texts))
	if same < len(texts)-1 {
		t.Errorf("%d of %d articles give the same facts from PDF as from text, want all but one at most", same, len(texts))
	}
}
