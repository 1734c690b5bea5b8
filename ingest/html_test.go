package ingest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/internal/golden"
)

// TestParseGolden reads each page, feed and PDF of testdata and compares
// the inputs it gives with NAME.golden (go test ./ingest -update rewrites
// them): the article's text without navigation, banners, share buttons,
// comments and footers (a PDF's without running heads and feet), and its
// title, URL and date.
func TestParseGolden(t *testing.T) {
	pages, _ := filepath.Glob("testdata/*.html")
	feeds, _ := filepath.Glob("testdata/*.xml")
	pdfs, _ := filepath.Glob("testdata/*.pdf")
	for _, path := range slices.Concat(pages, feeds, pdfs) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			ins, err := Parse(path, data)
			var b strings.Builder
			for _, in := range ins {
				fmt.Fprintf(&b, "source: %s\ntitle: %s\nurl: %s\npublished: %s\n\n%s\n", in.Source, in.Title, in.URL, in.Published, in.Text)
			}
			if err != nil {
				fmt.Fprintf(&b, "error: %v\n", err)
			}
			golden.Check(t, strings.TrimSuffix(path, filepath.Ext(path))+".golden", []byte(b.String()))
		})
	}
}

func TestHTMLText(t *testing.T) {
	cases := []struct {
		name, html, want string
		why              string
	}{
		{"paragraphs", "<p>Kim met Lee.</p><p>Lee left.</p>", "Kim met Lee.\n\nLee left.\n",
			"each paragraph is a block of its own"},
		{"br", "<p>Kim met Lee.<br>Lee left.<br><br>Park stayed.</p>", "Kim met Lee.\nLee left.\n\nPark stayed.\n",
			"<br> breaks the line, two make a paragraph break"},
		{"entities", "<p>Caf&eacute; owners &amp; AT&amp;T&nbsp;staff met&hellip;</p>", "Café owners & AT&T staff met…\n",
			"entities are decoded, a no-break space is a space"},
		{"inline", "<p>Kim <b>Jong</b>-<i>un</i> met <a href='/x'>Lee</a>\n   today.</p>", "Kim Jong-un met Lee today.\n",
			"inline markup adds no space, white space collapses"},
		{"list", "<p>Items:</p><ul><li>Kim met Lee</li><li>Lee left</li></ul>", "Items:\n\nKim met Lee\nLee left\n",
			"list items are lines"},
		{"table", "<table><tr><td>Kim</td><td>Seoul</td></tr><tr><td>Lee</td></tr></table>", "Kim\nSeoul\nLee\n",
			"table cells are lines"},
		{"unclosed", "<div><p>Kim met Lee.<p>Lee left <b>Seoul.</div><p>Park stayed.", "Kim met Lee.\n\nLee left Seoul.\n\nPark stayed.\n",
			"malformed markup is read as a browser reads it"},
		{"hidden", `<p>Kim met Lee.</p><p hidden>Secret.</p><div style="display: none">Gone.</div><p aria-hidden="true">Icon</p>`, "Kim met Lee.\n",
			"hidden elements are no text"},
		{"script in paragraph", "<p>Kim met<script>var x = 1;</script> Lee.<style>p{}</style></p>", "Kim met Lee.\n",
			"scripts and styles are dropped wherever they are"},
		{"pre", "<p>Code:</p><pre>  a := 1\n  b := 2\n</pre>", "Code:\n\n  a := 1\n  b := 2\n",
			"preformatted text keeps its lines and indents"},
		{"soft hyphen", "<p>Kim met Lee in Pyong\u00adyang.\u200b</p>", "Kim met Lee in Pyongyang.\n",
			"soft hyphens and zero-width spaces are dropped"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := fragmentText(c.html) + "\n"
			if got != c.want {
				t.Errorf("fragmentText(%q) mismatch (-want +got) (%s):\n%s", c.html, c.why, cmp.Diff(c.want, got))
			}
		})
	}
}

func TestMainContent(t *testing.T) {
	para := "<p>The council approved the plan on Monday, and the work starts in June, the mayor said.</p>"
	cases := []struct {
		name, html, want string
		why              string
	}{
		{"article", "<nav><a href=/>Home</a></nav><div>Teaser text that is here.</div><article><h1>Plan approved</h1>" + para + "</article><footer>(c) Herald</footer>",
			"Plan approved\n\nThe council approved the plan on Monday, and the work starts in June, the mayor said.\n",
			"the <article> is the content, its h1 the title"},
		{"teaser articles", "<article><p>Short teaser one.</p></article><div class='story-body'>" + para + para + "</div><article><p>Short teaser two.</p></article>",
			"The council approved the plan on Monday, and the work starts in June, the mayor said.\n\nThe council approved the plan on Monday, and the work starts in June, the mayor said.\n",
			"an <article> with a small share of the page's text is a teaser, not the content"},
		{"main", "<div class='menu'><a href=/>Home</a></div><div role='main'>" + para + "</div><div class='sidebar'><p>Most read: a story about the weather, with many words in it.</p></div>",
			"The council approved the plan on Monday, and the work starts in June, the mayor said.\n",
			"role=main marks the content; a sidebar is no content"},
		{"scored", "<div id='left'><a href=/a>Home</a> <a href=/b>News</a></div><div id='story'>" + para + para + "</div><div id='right'><p>Weather: sunny.</p></div>",
			"The council approved the plan on Monday, and the work starts in June, the mayor said.\n\nThe council approved the plan on Monday, and the work starts in June, the mayor said.\n",
			"without semantic elements, the paragraphs' scores pick the content"},
		{"cookie banner inside", "<article><div class='cookie-notice'><p>We use cookies, to give you the best experience, on our site.</p></div>" + para + "<div class='social-share'><a href=/f>Share</a></div></article>",
			"The council approved the plan on Monday, and the work starts in June, the mayor said.\n",
			"banners and share buttons inside the article are dropped"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pg := readHTML([]byte("<html><body>" + c.html + "</body></html>"))
			if pg.Text != c.want {
				t.Errorf("readHTML mismatch (-want +got) (%s):\n%s", c.why, cmp.Diff(c.want, pg.Text))
			}
		})
	}
}

func TestSniff(t *testing.T) {
	cases := []struct {
		name, path, data string
		want             kind
		why              string
	}{
		{"doctype", "page", "\ufeff\n<!DOCTYPE html><p>x", kindPage, "a doctype html makes a page, whatever the name"},
		{"html", "saved.txt", "<html><body>x", kindPage, "content wins over the .txt extension"},
		{"comment first", "a", "<!-- saved from url=(0042)https://x --><html>", kindPage, "a browser's saved-from comment is skipped"},
		{"xhtml", "a.xhtml", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, kindPage, "XHTML is a page"},
		{"rss", "feed", `<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><rss version="2.0">`, kindFeed, "RSS 2.0"},
		{"rdf", "a.xml", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, kindFeed, "RSS 1.0"},
		{"atom", "a.atom", `<feed xmlns="http://www.w3.org/2005/Atom">`, kindFeed, "Atom"},
		{"fragment", "a.htm", "Kim met <b>Lee</b>.", kindPage, "a .htm file is a page whatever it starts with"},
		{"other xml", "pom.xml", `<?xml version="1.0"?><project>`, kindXML, "XML of another kind is neither"},
		{"text", "a.txt", "Kim met Lee <3.", kindText, "text is text"},
		{"text with angle", "notes", "<Kim> met Lee.", kindText, "a bracket alone makes no page"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, _ := sniff(c.path, []byte(c.data)); got != c.want {
				t.Errorf("sniff(%q, %q) = %d, want %d (%s)", c.path, c.data, got, c.want, c.why)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	cases := []struct {
		name, path, data string
		wantIs           error
		wantMsg          string
		why              string
	}{
		{"no article", "nav.html", "<html><body><nav><a href=/>Home</a></nav><script>x()</script><footer>(c)</footer></body></html>",
			ErrNoText, "nav.html: no text: no article in the page", "a page of boilerplate says so, naming the file"},
		{"title only", "t.html", "<html><head><title>Just a title</title></head><body></body></html>",
			ErrNoText, "no article", "a title alone is no article"},
		{"other xml", "pom.xml", `<?xml version="1.0"?><project><name>x</name></project>`,
			ErrNotArticle, "pom.xml: XML, but neither an RSS or Atom feed nor an XHTML page (root element <project>)", "other XML is named as such"},
		{"no items", "f.xml", `<rss version="2.0"><channel><title>x</title></channel></rss>`,
			ErrNoText, "f.xml: no text: the feed has no items", "an empty feed says so"},
		{"broken feed", "f.xml", `<rss version="2.0"><channel><item><title>x`,
			ErrBadFeed, "f.xml: unreadable feed", "a feed cut short is unreadable"},
		{"empty page", "e.html", "  \n", ErrEmpty, "e.html: empty file: only white space", "a blank page is an empty file"},
		{"pdf", "report.pdf", "%PDF-1.7\n%\xe2\xe3\n1 0 obj", ErrBadPDF, "report.pdf: unreadable PDF: no document catalogue", "a PDF cut short is named as one, not as a binary file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ins, err := Parse(c.path, []byte(c.data))
			var fe *FileError
			if len(ins) != 0 || !errors.As(err, &fe) || fe.Path != c.path {
				t.Fatalf("Parse(%q) = %d inputs, %v; want a *FileError naming the file (%s)", c.path, len(ins), err, c.why)
			}
			if !errors.Is(err, c.wantIs) || !strings.Contains(err.Error(), c.wantMsg) {
				t.Errorf("Parse(%q) = %q, want %v saying %q (%s)", c.path, err, c.wantIs, c.wantMsg, c.why)
			}
		})
	}
}

func TestNormalDate(t *testing.T) {
	for in, want := range map[string]string{
		"Fri, 10 May 2024 07:55:00 +0000": "2024-05-10T07:55:00Z",
		"Thu, 9 May 2024 16:20:00 GMT":    "2024-05-09T16:20:00Z",
		"2024-06-03T10:15:00+02:00":       "2024-06-03T10:15:00+02:00",
		"2024-06-03T10:15:00.123Z":        "2024-06-03T10:15:00Z",
		" 2024-06-03 ":                    "2024-06-03",
		"last Tuesday":                    "last Tuesday",
	} {
		if got := normalDate(in); got != want {
			t.Errorf("normalDate(%q) = %q, want %q", in, got, want)
		}
	}
}
