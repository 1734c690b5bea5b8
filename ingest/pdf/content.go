package pdf

import (
	"bytes"
	"fmt"
	"math"
	"strings"
)

// maxFormDepth is how deeply Form XObjects may draw one another.
const maxFormDepth = 8

// A pdfRun is text that one string shows on a page: where it starts and
// ends in device space (y up), the font size there, and its text.
type pdfRun struct {
	x, y, end float64
	size      float64
	text      string
}

// A matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// A pdfDoc reads the pages of a document: it keeps the fonts loaded and
// the forms drawn, so that each is read once.
type pdfDoc struct {
	f         *pdfFile
	fonts     map[int]*pdfFont
	forms     map[int]bool
	textBytes int
	runs      int // runs of text shown (see maxRuns)
}

// errTextTooLarge is a PDF whose text is larger than kg reads.
var errTextTooLarge = fmt.Errorf("%w: its text is over %d MiB or %d pieces; split it into several files", ErrTooLarge, MaxText>>20, maxRuns)

// textState is the graphics and text state the interpreter follows.
type textState struct {
	ctm                     matrix
	font                    *pdfFont
	size, tc, tw, th, tl, t float64 // font size, char and word spacing, horizontal scale, leading, rise
}

// maxRuns is how many runs of text a document may show: a file of
// millions of one-letter strings, each on its own line, would hold more
// in lines than in text.
const maxRuns = 1 << 21

// page returns the lines of text a page draws, in the order it draws them.
func (d *pdfDoc) page(p pdfDict, res pdfDict) ([]pdfLine, error) {
	var content []byte
	switch c := d.f.get(p["Contents"]).(type) {
	case *pdfStream:
		data, err := d.f.decode(c)
		if err != nil {
			return nil, err
		}
		content = data
	case pdfArray:
		var parts [][]byte
		for _, v := range c {
			if s, ok := d.f.get(v).(*pdfStream); ok {
				data, err := d.f.decode(s)
				if err != nil {
					return nil, err
				}
				parts = append(parts, data)
			}
		}
		content = bytes.Join(parts, []byte("\n"))
	}
	var lb lineBuilder
	st := textState{ctm: identity, th: 1}
	err := d.run(content, res, &st, &lb, 0)
	return lb.done(), err
}

// run interprets a content stream.
func (d *pdfDoc) run(content []byte, res pdfDict, st *textState, lb *lineBuilder, depth int) error {
	l := &pdfLexer{data: content}
	var (
		args     []any
		stack    []textState
		tm, tlm  = identity, identity
		codes    []pdfCode
		fontDict = d.f.dict(res, "Font")
	)
	num := func(i int) float64 {
		if i >= 0 && i < len(args) {
			if n, ok := args[i].(float64); ok && !math.IsNaN(n) && !math.IsInf(n, 0) {
				return n
			}
		}
		return 0
	}
	mat := func() matrix { return matrix{num(0), num(1), num(2), num(3), num(4), num(5)} }
	td := func(tx, ty float64) {
		tlm = matrix{1, 0, 0, 1, tx, ty}.mul(tlm)
		tm = tlm
	}
	show := func(s pdfString) error {
		if st.font == nil {
			st.font = &pdfFont{simple: baseEncoding(""), widths: map[uint32]float64{}, dw: 500}
		}
		codes = st.font.codes(s, codes[:0])
		var b strings.Builder
		trm := matrix{st.size * st.th, 0, 0, st.size, 0, st.t}.mul(tm).mul(st.ctm)
		x, y := trm[4], trm[5]
		size := math.Hypot(trm[2], trm[3])
		for i, c := range codes {
			// Character spacing as wide as a word space between two
			// glyphs is one (Ghostscript justifies lines so).
			if i > 0 && st.tc > 0.15*math.Abs(st.size) && c.text != " " && codes[i-1].text != " " {
				b.WriteByte(' ')
			}
			b.WriteString(c.text)
			tx := c.width/1000*st.size + st.tc
			if c.space {
				tx += st.tw
			}
			tm = matrix{1, 0, 0, 1, tx * st.th, 0}.mul(tm)
		}
		end := matrix{st.size * st.th, 0, 0, st.size, 0, st.t}.mul(tm).mul(st.ctm)[4]
		if b.Len() > 0 {
			d.textBytes += b.Len()
			d.runs++
			if d.textBytes > MaxText || d.runs > maxRuns {
				return errTextTooLarge
			}
			lb.add(pdfRun{x: x, y: y, end: end, size: size, text: b.String()})
		}
		return nil
	}
	// Each pass reads one object and so moves through content, whose
	// size the limits on decompression bound.
	for {
		v, ok := l.object(0)
		if !ok {
			return nil
		}
		op, isOp := v.(pdfOp)
		if !isOp {
			if len(args) < 32 {
				args = append(args, v)
			}
			continue
		}
		var err error
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, *st)
			}
		case "Q":
			if n := len(stack); n > 0 {
				*st = stack[n-1]
				stack = stack[:n-1]
			}
		case "cm":
			st.ctm = mat().mul(st.ctm)
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if n := len(args); n >= 2 {
				if name, ok := args[n-2].(pdfName); ok {
					st.font = d.font(fontDict[name])
				}
			}
			st.size = num(len(args) - 1)
		case "Tc":
			st.tc = num(0)
		case "Tw":
			st.tw = num(0)
		case "Tz":
			st.th = num(0) / 100
		case "TL":
			st.tl = num(0)
		case "Ts":
			st.t = num(0)
		case "Td":
			td(num(0), num(1))
		case "TD":
			st.tl = -num(1)
			td(num(0), num(1))
		case "Tm":
			tm = mat()
			tlm = tm
		case "T*":
			td(0, -st.tl)
		case "Tj":
			if s, ok := lastString(args); ok {
				err = show(s)
			}
		case "'":
			td(0, -st.tl)
			if s, ok := lastString(args); ok {
				err = show(s)
			}
		case "\"":
			st.tw, st.tc = num(0), num(1)
			td(0, -st.tl)
			if s, ok := lastString(args); ok {
				err = show(s)
			}
		case "TJ":
			arr, _ := lastArg(args).(pdfArray)
			for _, e := range arr {
				switch e := e.(type) {
				case pdfString:
					err = show(e)
				case float64:
					if !math.IsNaN(e) && !math.IsInf(e, 0) {
						tm = matrix{1, 0, 0, 1, -e / 1000 * st.size * st.th, 0}.mul(tm)
					}
				}
				if err != nil {
					break
				}
			}
		case "Do":
			if n, ok := lastArg(args).(pdfName); ok {
				err = d.form(d.f.dict(res, "XObject")[n], res, st, lb, depth)
			}
		case "BI":
			skipInlineImage(l)
		}
		if err != nil {
			return err
		}
		args = args[:0]
	}
}

// lastArg returns the last operand, or nil.
func lastArg(args []any) any {
	if len(args) == 0 {
		return nil
	}
	return args[len(args)-1]
}

// lastString returns the last operand as a string.
func lastString(args []any) (pdfString, bool) {
	s, ok := lastArg(args).(pdfString)
	return s, ok
}

// font returns the font a resource names, loaded once per object.
func (d *pdfDoc) font(v any) *pdfFont {
	ref, isRef := v.(pdfRef)
	if isRef {
		if font, ok := d.fonts[ref.num]; ok {
			return font
		}
	}
	fd, ok := d.f.get(v).(pdfDict)
	if !ok {
		return nil
	}
	font := d.f.loadFont(fd)
	if isRef {
		d.fonts[ref.num] = font
	}
	return font
}

// form draws a Form XObject, once in the document and no deeper than
// maxFormDepth.
func (d *pdfDoc) form(v any, res pdfDict, st *textState, lb *lineBuilder, depth int) error {
	ref, ok := v.(pdfRef)
	if !ok || d.forms[ref.num] || depth >= maxFormDepth {
		return nil
	}
	d.forms[ref.num] = true
	s, ok := d.f.get(ref).(*pdfStream)
	if !ok || s.dict["Subtype"] != pdfName("Form") {
		return nil
	}
	data, err := d.f.decode(s)
	if err != nil {
		return nil // a damaged form loses its own text only
	}
	if r := d.f.dict(s.dict, "Resources"); r != nil {
		res = r
	}
	inner := *st
	if m, ok := d.f.get(s.dict["Matrix"]).(pdfArray); ok && len(m) == 6 {
		var fm matrix
		for i := range fm {
			fm[i] = pdfNum(d.f.get(m[i]), 0)
		}
		inner.ctm = fm.mul(st.ctm)
	}
	return d.run(data, res, &inner, lb, depth+1)
}

// skipInlineImage moves l past an inline image's data: from "ID" and one
// white-space byte to "EI" between white space.
func skipInlineImage(l *pdfLexer) {
	i := bytes.Index(l.data[l.pos:], []byte("ID"))
	if i < 0 {
		l.pos = len(l.data)
		return
	}
	l.pos += i + 3
	for l.pos < len(l.data) {
		j := bytes.Index(l.data[l.pos:], []byte("EI"))
		if j < 0 {
			l.pos = len(l.data)
			return
		}
		at := l.pos + j
		l.pos = at + 2
		if isPDFSpace(l.data[at-1]) && (l.pos == len(l.data) || isPDFDelim(l.data[l.pos])) {
			return
		}
	}
}
