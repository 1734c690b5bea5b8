package ingest

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// A kind is what a file holds.
type kind int

const (
	kindText kind = iota // plain text or Markdown
	kindPage             // an HTML or XHTML page
	kindFeed             // an RSS or Atom feed
	kindXML              // XML of another kind
)

// htmlStarts are the elements that open an HTML file, whatever its name.
var htmlStarts = []string{"html", "head", "body", "meta", "title", "link", "article", "main"}

// sniff returns what data, read from path, holds, and for XML the name of
// its root element. It goes by the content, as a browser does: after a
// byte order mark, white space, an XML declaration, processing
// instructions, comments and a doctype, a root element rss, rdf:RDF or
// feed is a feed, and html (or head, body, ...: an HTML document's first
// tags) or a doctype html is a page. A file named .html, .htm or .xhtml is
// a page whatever it starts with; other XML is kindXML; the rest is text.
func sniff(path string, data []byte) (kind, string) {
	s := data
	if len(s) > 4096 {
		s = s[:4096]
	}
	s = bytes.TrimPrefix(s, []byte("\xef\xbb\xbf"))
	isXML := false
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			isXML = true
			s = after(s, "?>")
			continue
		case bytes.HasPrefix(s, []byte("<!--")):
			s = after(s, "-->")
			continue
		case len(s) > 9 && strings.EqualFold(string(s[:9]), "<!doctype"):
			d := strings.ToLower(string(s[9:min(len(s), 64)]))
			if strings.HasPrefix(strings.TrimSpace(d), "html") {
				return kindPage, ""
			}
			s = after(s, ">")
			continue
		}
		break
	}
	if len(s) > 1 && s[0] == '<' {
		end := bytes.IndexAny(s[1:], " \t\r\n>/")
		if end < 0 {
			end = len(s) - 1
		}
		name := string(s[1 : 1+end])
		local := strings.ToLower(name[strings.IndexByte(name, ':')+1:])
		switch {
		case local == "rss" || local == "feed" || local == "rdf":
			return kindFeed, name
		case slices.Contains(htmlStarts, local):
			return kindPage, ""
		}
		if isXML && !hasPageExt(path) {
			return kindXML, name
		}
	}
	if hasPageExt(path) {
		return kindPage, ""
	}
	return kindText, ""
}

// after returns s after the first sep, or nothing.
func after(s []byte, sep string) []byte {
	if i := bytes.Index(s, []byte(sep)); i >= 0 {
		return s[i+len(sep):]
	}
	return nil
}

func hasPageExt(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// utf8Page returns an HTML page as UTF-8: as it is when it is valid
// UTF-8, else decoded from the encoding that its byte order mark or
// <meta charset> declares, windows-1252 when it declares none (the
// HTML standard's way).
func utf8Page(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	enc, _, _ := charset.DetermineEncoding(data, "text/html")
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return out
}
