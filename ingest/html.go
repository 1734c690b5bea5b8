package ingest

import (
	"bytes"
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page is what kg reads from a web page: the article's title and text,
// and the metadata the page gives about it.
type page struct {
	// Title is the article's headline; Text starts with it.
	Title string
	// Text is the article's title and main content as plain text: one
	// paragraph per block separated by blank lines, one line per list item,
	// table cell or <br>.
	Text string
	// URL is the page's canonical address, Published its publication date
	// as the page writes it; both empty when the page does not say.
	URL, Published string
}

// readHTML returns the article of an HTML page. It never fails: malformed
// markup is read as a browser would read it, and a page without content
// gives a page with no text (see [page.hasText]).
func readHTML(data []byte) page {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return page{} // html.Parse fails only when the reader does
	}
	var pg page
	meta := readMeta(root)
	prune(root)
	content := mainContent(root)
	for _, n := range content {
		clean(n)
	}
	var w textWriter
	h1 := find(content, atom.H1)
	if h1 != nil && collapse(innerText(h1)) == "" {
		h1 = nil // a logo
	}
	switch {
	case h1 != nil:
		pg.Title = collapse(innerText(h1))
	case meta.title != "":
		pg.Title = meta.title
	default:
		if h := find([]*html.Node{root}, atom.H1); h != nil {
			pg.Title = collapse(innerText(h))
		} else {
			pg.Title = meta.docTitle
		}
	}
	if h1 == nil && pg.Title != "" {
		w.text(pg.Title)
		w.brk(2)
	}
	for _, n := range content {
		w.node(n)
	}
	pg.Text = w.String()
	pg.URL = meta.url
	pg.Published = meta.published
	if pg.Published == "" {
		for _, n := range content {
			if t := timeIn(n); t != "" {
				pg.Published = t
				break
			}
		}
	}
	return pg
}

// hasText reports whether the page holds text besides its title.
func (pg page) hasText() bool {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(pg.Text), pg.Title))
	return rest != ""
}

// pageMeta is what the head of a page (and its JSON-LD) says.
type pageMeta struct {
	title     string // og:title or JSON-LD headline
	docTitle  string // <title>, without the site's name
	url       string
	published string
}

// readMeta reads the metadata of the page at root, before it is pruned.
func readMeta(root *html.Node) pageMeta {
	var m pageMeta
	var ld []string
	walk(root, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Title:
			if m.docTitle == "" {
				m.docTitle = siteless(collapse(innerText(n)))
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
				m.url = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Meta:
			key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
			val := strings.TrimSpace(attr(n, "content"))
			switch key {
			case "og:title", "twitter:title":
				if m.title == "" {
					m.title = collapse(val)
				}
			case "og:url":
				if m.url == "" {
					m.url = val
				}
			case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
				"dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "parsely-pub-date", "sailthru.date":
				if m.published == "" {
					m.published = val
				}
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				ld = append(ld, innerText(n))
			}
		}
		return true
	})
	for _, src := range ld {
		var v any
		if json.Unmarshal([]byte(src), &v) != nil {
			continue
		}
		ldMeta(v, &m)
	}
	return m
}

// ldMeta fills what m lacks from the first JSON-LD object in v that
// describes an article (one with a headline or a datePublished).
func ldMeta(v any, m *pageMeta) {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			ldMeta(x, m)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			ldMeta(g, m)
		}
		date, _ := v["datePublished"].(string)
		headline, _ := v["headline"].(string)
		if date == "" && headline == "" {
			return
		}
		if m.published == "" {
			m.published = strings.TrimSpace(date)
		}
		if m.title == "" {
			m.title = collapse(headline)
		}
		if m.url == "" {
			if u, ok := v["url"].(string); ok {
				m.url = strings.TrimSpace(u)
			}
		}
	}
}

// siteless drops the site's name from a document title: "Storm hits
// coast | The Daily" gives "Storm hits coast".
func siteless(title string) string {
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 && len(strings.Fields(title[:i])) >= 3 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// timeIn returns the datetime of the first <time> element under n.
func timeIn(n *html.Node) string {
	var t string
	walk(n, func(c *html.Node) bool {
		if t != "" {
			return false
		}
		if c.DataAtom == atom.Time {
			t = strings.TrimSpace(attr(c, "datetime"))
		}
		return true
	})
	return t
}

// walk calls f on n and, while f returns true, on its descendants, in
// document order.
func walk(n *html.Node, f func(*html.Node) bool) {
	if !f(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// find returns the first element with the tag under the nodes, or nil.
func find(nodes []*html.Node, tag atom.Atom) *html.Node {
	var found *html.Node
	for _, n := range nodes {
		walk(n, func(c *html.Node) bool {
			if found == nil && c.DataAtom == tag && c.Type == html.ElementNode {
				found = c
			}
			return found == nil
		})
		if found != nil {
			break
		}
	}
	return found
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// innerText returns the text under n as written, markup dropped.
func innerText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

// collapse returns s with runs of white space as one space, trimmed.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// fragmentText returns the text of a piece of HTML, such as an item of a
// feed: all of it but what [prune] removes, with no choice of main
// content. Text with no markup is returned with its entities decoded,
// trimmed.
func fragmentText(s string) string {
	if !strings.ContainsRune(s, '<') {
		return strings.TrimSpace(html.UnescapeString(s))
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return ""
	}
	prune(root)
	var w textWriter
	w.node(root)
	return strings.TrimSpace(w.String())
}
