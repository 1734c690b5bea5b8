package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// A testPDF is a PDF that a test writes by hand: objects numbered from 1,
// each a body ("<< ... >>") or a stream, then a cross-reference table, or
// with xrefStream an object stream and a cross-reference stream.
type testPDF struct {
	objs    []testObj
	flate   bool // compress the streams
	xrefStm bool // dictionaries in an object stream, a compressed xref stream
	trailer string
	root    int // the catalogue's number; 1 when unset
}

type testObj struct {
	body   string
	stream []byte // a stream's data, encoded as the body's dictionary says
	isStm  bool
}

// add appends an object and returns its number.
func (p *testPDF) add(body string) int {
	p.objs = append(p.objs, testObj{body: body})
	return len(p.objs)
}

// addStream appends a stream with the dictionary entries dict (its
// /Length and, when p.flate, /Filter are added).
func (p *testPDF) addStream(dict string, data []byte) int {
	if p.flate && !strings.Contains(dict, "/Filter") {
		data = deflate(data)
		dict += " /Filter /FlateDecode"
	}
	p.objs = append(p.objs, testObj{body: fmt.Sprintf("<< %s /Length %d >>", dict, len(data)), stream: data, isStm: true})
	return len(p.objs)
}

// set replaces object n's body.
func (p *testPDF) set(n int, body string) { p.objs[n-1].body = body }

func deflate(data []byte) []byte {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// bytes writes the file.
func (p *testPDF) bytes() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(p.objs)+1)
	inStm := make(map[int]int) // object -> index in the object stream
	var packed []int
	for i, o := range p.objs {
		if p.xrefStm && !o.isStm {
			inStm[i+1] = len(packed)
			packed = append(packed, i+1)
			continue
		}
		offsets[i+1] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\n", i+1, o.body)
		if o.isStm {
			b.WriteString("stream\r\n")
			b.Write(o.stream)
			b.WriteString("\nendstream")
		}
		b.WriteString("\nendobj\n")
	}
	if !p.xrefStm {
		xref := b.Len()
		fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(p.objs)+1)
		for _, o := range offsets[1:] {
			fmt.Fprintf(&b, "%010d 00000 n \n", o)
		}
		fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(p.objs)+1, max(p.root, 1), p.trailer, xref)
		return b.Bytes()
	}
	// The object stream: "num offset" pairs, then the objects.
	var head, body strings.Builder
	for _, n := range packed {
		fmt.Fprintf(&head, "%d %d ", n, body.Len())
		body.WriteString(p.objs[n-1].body + "\n")
	}
	stm := len(p.objs) + 1
	data := deflate([]byte(head.String() + body.String()))
	offsets = append(offsets, b.Len())
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\nendobj\n",
		stm, len(packed), head.Len(), len(data), data)
	// The xref stream: rows of type (1 byte), field 2 (4), field 3 (2),
	// PNG-Up predicted.
	self := stm + 1
	offsets = append(offsets, b.Len())
	var rows []byte
	prev := make([]byte, 7)
	for n := 0; n <= self; n++ {
		row := make([]byte, 7)
		_, packed := inStm[n]
		switch {
		case n == 0:
			row[5], row[6] = 0xff, 0xff
		case packed:
			row[0] = 2
			putBE(row[1:5], stm)
			putBE(row[5:7], inStm[n])
		default:
			row[0] = 1
			putBE(row[1:5], offsets[n])
		}
		rows = append(rows, 2) // PNG Up
		for i := range row {
			rows = append(rows, row[i]-prev[i])
		}
		prev = row
	}
	data = deflate(rows)
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R %s /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length %d >>\nstream\n%s\nendstream\nendobj\n",
		self, self+1, max(p.root, 1), p.trailer, len(data), data)
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", offsets[self])
	return b.Bytes()
}

func putBE(b []byte, v int) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}

// helvetica is a simple font whose glyphs are all half an em wide.
const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [%s] >>"

func helveticaFont() string {
	return fmt.Sprintf(helvetica, strings.TrimSpace(strings.Repeat("500 ", 95)))
}

// simplePDF returns a PDF whose pages draw the content streams with
// Helvetica as /F1 and, when fonts are given, the fonts as /F2, /F3...
func simplePDF(p *testPDF, contents []string, fonts ...string) []byte {
	p.root = p.add("")
	tree := p.add("") // the page tree, set below
	p.set(p.root, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", tree))
	res := fmt.Sprintf("/F1 %d 0 R", p.add(helveticaFont()))
	for i, f := range fonts {
		res += fmt.Sprintf(" /F%d %d 0 R", i+2, p.add(f))
	}
	var kids []string
	for _, c := range contents {
		cs := p.addStream("", []byte(c))
		kids = append(kids, fmt.Sprintf("%d 0 R", p.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R >>", tree, cs))))
	}
	p.set(tree, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /Resources << /Font << %s >> >> >>", strings.Join(kids, " "), len(kids), res))
	return p.bytes()
}

// A pdfTextLine is a line a test PDF draws: its text at x, y in points,
// in a font of the size.
type pdfTextLine struct {
	x, y, size float64
	text       string
}

// makePDF returns a PDF whose pages draw the lines in Helvetica, with the
// title and creation date in its document information.
func makePDF(title, date string, pages ...[]pdfTextLine) []byte {
	esc := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
	var contents []string
	for _, lines := range pages {
		var c strings.Builder
		for _, l := range lines {
			fmt.Fprintf(&c, "BT /F1 %g Tf %g %g Td (%s) Tj ET\n", l.size, l.x, l.y, esc.Replace(l.text))
		}
		contents = append(contents, c.String())
	}
	p := &testPDF{}
	p.trailer = "/Info 99 0 R"
	data := simplePDF(p, contents)
	// The information dictionary as object 99, appended as an update.
	return appendUpdate(data, 99, fmt.Sprintf("<< /Title (%s) /CreationDate (%s) >>", esc.Replace(title), date))
}

// body returns the lines of a paragraph set in 11 points from y down, 14
// points apart.
func body(y float64, lines ...string) []pdfTextLine {
	var out []pdfTextLine
	for i, l := range lines {
		out = append(out, pdfTextLine{72, y - 14*float64(i), 11, l})
	}
	return out
}

// appendUpdate appends an incremental update to a PDF with a classic
// cross-reference: object num with the body, a new xref section and a
// trailer pointing back to the last (/Prev).
func appendUpdate(data []byte, num int, objBody string) []byte {
	prev := startxrefRE.FindAllSubmatch(data, -1)
	last := string(prev[len(prev)-1][1])
	trailerAt := bytes.LastIndex(data, []byte("trailer"))
	l := &pdfLexer{data: data, pos: trailerAt + len("trailer"), refs: true}
	t, _ := l.object(0)
	root := t.(pdfDict)["Root"].(pdfRef)
	size := pdfInt(t.(pdfDict)["Size"], 0)
	var b bytes.Buffer
	b.Write(data)
	off := b.Len()
	fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", num, objBody)
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d /Root %d 0 R /Info 99 0 R /Prev %s >>\nstartxref\n%d\n%%%%EOF\n",
		num, off, max(size, num+1), root.num, last, xref)
	return b.Bytes()
}
