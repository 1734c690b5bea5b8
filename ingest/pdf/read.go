// Package pdf reads the text of PDF files: the pages in order, laid out
// as lines and paragraphs, with the document's title and creation date.
//
// The reader is written to be safe on damaged and hostile files: every
// loop moves through bounded input, nesting is limited, objects are read
// once each, decompressed sizes are capped, and a budget of steps linear
// in the file's size stops a file damaged in costly ways. It reads the
// file structures (cross-reference tables and streams, object streams,
// incremental updates, and a scan for objects when the cross-reference is
// broken), the filters that carry text (Flate with predictors, LZW,
// ASCIIHex, ASCII85, RunLength), simple and Type0 fonts through their
// encodings, /Differences and ToUnicode maps, and Form XObjects. It
// decrypts files that open without a password (see crypt.go), and it reads
// no images (no OCR).
package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Is reports whether data is a PDF: "%PDF-" within its first 1024
// bytes, as readers accept it (some files have a few bytes of junk before
// the header).
func Is(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-"))
}

// Problems with PDFs.
var (
	// ErrBad is a PDF damaged beyond reading.
	ErrBad = errors.New("unreadable PDF")
	// ErrEncrypted is an encrypted PDF that kg cannot open: one that
	// needs a password, or is encrypted in a way kg does not know.
	ErrEncrypted = errors.New("encrypted PDF")
	// ErrTooLarge is a PDF whose streams or text exceed the reader's
	// limits (a zip bomb, or more than MaxText bytes of text).
	ErrTooLarge = errors.New("file too large")
)

// MaxText is the most text, in bytes, that Read takes from a document.
const MaxText = 16 << 20

// A Doc is the text read from a PDF.
type Doc struct {
	// Text is the pages' text, a line a line, paragraphs separated by a
	// blank line.
	Text string
	// Title and Date are the document information's title and creation
	// date (RFC 3339), empty when absent or unreadable.
	Title, Date string
	// Skipped are the pages that could not be read (damaged content),
	// each as an error wrapping ErrBad; the others were.
	Skipped []error
	steps   int // the work done (see pdfFile.spend)
}

// Read returns the text of a PDF, with its title and creation date from
// the document information (empty when absent), reading the pages in the
// page tree's order; see [layout] for how the text is laid out. It
// fails for an encrypted file that needs a password, a file without a catalogue or page tree
// (after a scan for its objects when the cross-reference is broken), and
// one whose streams would decompress to more than maxDecoded bytes.
// Reading takes time and memory linear in the size of data: every loop
// moves through bounded input, nesting is limited, objects are read once
// each, and a budget of steps stops a file damaged in costly ways.
func Read(data []byte) (res Doc, err error) {
	if i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-")); i > 0 {
		data = data[i:] // offsets count from the header
	}
	f, err := open(data)
	if err != nil {
		return res, err
	}
	defer func() { res.steps = f.work }()
	if f.trailer["Encrypt"] != nil {
		if err := f.decryptAll(); err != nil {
			return res, fmt.Errorf("%w: %v; kg cannot read it", ErrEncrypted, err)
		}
	}
	if info, ok := f.get(f.trailer["Info"]).(pdfDict); ok {
		t, _ := f.get(info["Title"]).(pdfString)
		res.Title = strings.Join(strings.Fields(cleanText(textString(t))), " ")
		c, _ := f.get(info["CreationDate"]).(pdfString)
		res.Date = pdfDate(textString(c))
	}
	d := &pdfDoc{f: f, fonts: make(map[int]*pdfFont), forms: make(map[int]bool)}
	pages := d.pageList()
	if len(pages) == 0 {
		return res, fmt.Errorf("%w: no pages", ErrBad)
	}
	var texts [][]pdfLine
	for i, p := range pages {
		lines, err := d.page(p.dict, p.res)
		switch {
		case f.bomb != nil:
			return res, fmt.Errorf("%w: %w", ErrTooLarge, f.bomb)
		case errors.Is(err, ErrTooLarge):
			return res, err
		case err != nil && !errors.Is(err, errImageFilter):
			res.Skipped = append(res.Skipped, fmt.Errorf("%w: page %d left out (%v); the other pages were read", ErrBad, i+1, err))
		}
		texts = append(texts, lines)
	}
	res.Text = layout(texts)
	return res, nil
}

// A pdfPage is a page dictionary with the resources it inherits.
type pdfPage struct {
	dict, res pdfDict
}

// pageList returns the pages of the page tree in order, each node visited
// once; when the tree gives none, the page objects of the file in the
// order of their numbers.
func (d *pdfDoc) pageList() []pdfPage {
	var out []pdfPage
	seen := make(map[int]bool)
	var walk func(v any, res pdfDict, depth int)
	walk = func(v any, res pdfDict, depth int) {
		if r, ok := v.(pdfRef); ok {
			if seen[r.num] {
				return
			}
			seen[r.num] = true
		}
		node, ok := d.f.get(v).(pdfDict)
		if !ok || depth > maxDepth {
			return
		}
		if r := d.f.dict(node, "Resources"); r != nil {
			res = r
		}
		kids, isTree := d.f.get(node["Kids"]).(pdfArray)
		if !isTree {
			if node["Type"] != pdfName("Pages") {
				out = append(out, pdfPage{node, res})
			}
			return
		}
		for _, k := range kids {
			walk(k, res, depth+1)
		}
	}
	walk(d.f.catalog()["Pages"], nil, 0)
	if len(out) > 0 {
		return out
	}
	nums := make([]int, 0, len(d.f.xref))
	for n := range d.f.xref {
		nums = append(nums, n)
	}
	for _, n := range sortedInts(nums) {
		if p, ok := d.f.get(pdfRef{n, 0}).(pdfDict); ok && p["Type"] == pdfName("Page") {
			out = append(out, pdfPage{p, d.f.dict(p, "Resources")})
		}
	}
	return out
}

// pdfDocHigh are PDFDocEncoding's codes 128 to 160 (the rest are
// Latin-1's).
var pdfDocHigh = []rune("•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž\x00€")

// textString decodes a PDF text string: UTF-16BE after its byte order
// mark, UTF-8 after its own, else PDFDocEncoding.
func textString(s pdfString) string {
	switch {
	case strings.HasPrefix(string(s), "\xfe\xff"):
		units := make([]uint16, (len(s)-2)/2)
		for i := range units {
			units[i] = uint16(s[2+2*i])<<8 | uint16(s[3+2*i])
		}
		return string(utf16.Decode(units))
	case strings.HasPrefix(string(s), "\xef\xbb\xbf"):
		return strings.ToValidUTF8(string(s[3:]), "")
	}
	var b strings.Builder
	for _, c := range []byte(s) {
		switch {
		case c >= 128 && c <= 160:
			if r := pdfDocHigh[c-128]; r != 0 {
				b.WriteRune(r)
			}
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// cleanText drops control characters and U+FFFD (text a font could not
// map) and turns tabs and no-break spaces into spaces.
func cleanText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\u00a0':
			return ' '
		case r == utf8.RuneError || unicode.IsControl(r) || r == '\ufeff':
			return -1
		}
		return r
	}, s)
}

// pdfDate returns a PDF date ("D:20240502093000+01'00'") in RFC 3339,
// or "" when it is none.
func pdfDate(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	if len(s) < 8 {
		return ""
	}
	zone := "Z"
	body := s
	if i := strings.IndexAny(s, "Z+-"); i >= 8 {
		body = s[:i]
		if s[i] != 'Z' {
			z := strings.ReplaceAll(s[i+1:], "'", "")
			if len(z) >= 4 {
				zone = s[i:i+1] + z[:2] + ":" + z[2:4]
			}
		}
	}
	if len(body) > 14 {
		body = body[:14]
	}
	body += "00000000000000"[len(body):]
	t, err := time.Parse("20060102150405Z07:00", body+zone)
	if err != nil {
		return ""
	}
	return t.Format(time.RFC3339)
}
