package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockBreak returns the newlines an element puts around its text: 2 (a
// blank line: a paragraph of its own) for paragraphs, headings, lists,
// tables and sectioning elements, 1 for list items, table rows and cells,
// and 0 for inline elements.
func blockBreak(a atom.Atom) int {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre,
		atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Div, atom.Section, atom.Article, atom.Main,
		atom.Header, atom.Figure, atom.Hr, atom.Address, atom.Center, atom.Details, atom.Body:
		return 2
	case atom.Li, atom.Dt, atom.Dd, atom.Tr, atom.Td, atom.Th, atom.Caption, atom.Summary,
		atom.Figcaption, atom.Thead, atom.Tbody, atom.Tfoot:
		return 1
	}
	return 0
}

// A textWriter renders HTML nodes as plain text, collapsing white space
// and turning block boundaries into line breaks.
type textWriter struct {
	b     strings.Builder
	nl    int  // newlines owed before the next text
	space bool // a space is owed before the next text
}

// brk asks for n newlines (at most two) before the next text.
func (w *textWriter) brk(n int) {
	w.nl = min(max(w.nl, n), 2)
}

// text writes s with its white space collapsed.
func (w *textWriter) text(s string) {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
			return -1 // soft hyphens and zero-width marks
		}
		return r
	}, s)
	if s == "" {
		return
	}
	fields := strings.Fields(s)
	lead := s != strings.TrimLeftFunc(s, unicode.IsSpace)
	trail := s != strings.TrimRightFunc(s, unicode.IsSpace)
	if len(fields) == 0 {
		w.space = w.space || lead
		return
	}
	w.flush(lead)
	w.b.WriteString(strings.Join(fields, " "))
	w.space = trail
}

// flush writes the owed breaks, or the owed space.
func (w *textWriter) flush(lead bool) {
	switch {
	case w.b.Len() == 0:
	case w.nl > 0:
		w.b.WriteString("\n\n"[:w.nl])
	case w.space || lead:
		w.b.WriteByte(' ')
	}
	w.nl, w.space = 0, false
}

// node writes the text of n and its descendants.
func (w *textWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Br:
		if w.nl < 2 && w.b.Len() > 0 {
			w.nl++
		}
		return
	case atom.Img, atom.Wbr:
		return
	case atom.Pre:
		if pre := strings.Trim(innerText(n), "\r\n"); strings.TrimSpace(pre) != "" {
			w.brk(2)
			w.flush(false)
			w.b.WriteString(pre)
		}
		w.brk(2)
		return
	}
	b := blockBreak(n.DataAtom)
	w.brk(b)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
	w.brk(b)
}

// String returns the text written, ending with a newline.
func (w *textWriter) String() string {
	if w.b.Len() == 0 {
		return ""
	}
	return w.b.String() + "\n"
}
