package pdf

import (
	"bytes"
	"strconv"
)

// The PDF object model (ISO 32000-1, 7.3). A value is nil (null), a bool,
// a float64 (integers too), a pdfString, a pdfName, a pdfArray, a
// pdfDict, a pdfRef, a *pdfStream or, in a content stream, a pdfOp.
type (
	pdfName   string
	pdfString string // the raw bytes of a string, escapes undone
	pdfOp     string // a keyword: an operator, obj, stream, R, ...
	pdfArray  []any
	pdfDict   map[pdfName]any
	pdfRef    struct{ num, gen int }
	pdfStream struct {
		dict pdfDict
		raw  []byte // encoded, as stored in the file
		num  int    // the object number, -1 inside a content stream
	}
)

// maxDepth is how deeply arrays and dictionaries may nest, and how many
// objects may be followed from one to the next, before kg gives up.
const maxDepth = 64

// A pdfLexer reads PDF objects from data. Every call moves pos forward by
// at least one byte or reports the end, so a loop over a lexer ends; nothing
// it reads is larger than data.
type pdfLexer struct {
	data []byte
	pos  int
	refs bool // read "N G R" as a reference (not in content streams)
}

// isPDFSpace reports whether c is PDF white space.
func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

// isPDFDelim reports whether c ends a name, number or keyword.
func isPDFDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return isPDFSpace(c)
}

// skipSpace skips white space and comments.
func (l *pdfLexer) skipSpace() {
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		switch {
		case isPDFSpace(c):
			l.pos++
		case c == '%':
			for l.pos < len(l.data) && l.data[l.pos] != '\n' && l.data[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

// word reads a run of regular characters.
func (l *pdfLexer) word() []byte {
	start := l.pos
	for l.pos < len(l.data) && !isPDFDelim(l.data[l.pos]) {
		l.pos++
	}
	return l.data[start:l.pos]
}

// A pdfEnd is a closing delimiter met while reading an object: "]" or ">>".
type pdfEnd byte

// object reads the next object; ok is false at the end of the data.
// Closing delimiters come back as pdfEnd, so that a damaged file with a
// stray "]" still moves on.
func (l *pdfLexer) object(depth int) (v any, ok bool) {
	l.skipSpace()
	if l.pos >= len(l.data) {
		return nil, false
	}
	c := l.data[l.pos]
	switch {
	case c == '/':
		l.pos++
		return pdfName(unescapeName(l.word())), true
	case c == '(':
		l.pos++
		return l.literal(), true
	case c == '<' && l.pos+1 < len(l.data) && l.data[l.pos+1] == '<':
		l.pos += 2
		return l.dict(depth + 1), true
	case c == '<':
		l.pos++
		return l.hex(), true
	case c == '>':
		l.pos++
		if l.pos < len(l.data) && l.data[l.pos] == '>' {
			l.pos++
		}
		return pdfEnd('>'), true
	case c == '[':
		l.pos++
		return l.array(depth + 1), true
	case c == ']':
		l.pos++
		return pdfEnd(']'), true
	case c == '{' || c == '}' || c == ')':
		l.pos++
		return pdfOp(c), true
	}
	w := l.word()
	if len(w) == 0 { // cannot happen: c is no delimiter; stay safe
		l.pos++
		return nil, true
	}
	if n, isNum := pdfNumber(w); isNum {
		if l.refs && n >= 0 && n < 1<<31 && n == float64(int(n)) && !bytes.ContainsAny(w, ".") {
			if gen, ok := l.peekRef(); ok {
				return pdfRef{int(n), gen}, true
			}
		}
		return n, true
	}
	switch string(w) {
	case "true":
		return true, true
	case "false":
		return false, true
	case "null":
		return nil, true
	}
	return pdfOp(w), true
}

// peekRef reads " G R" after an object number, or leaves pos alone.
func (l *pdfLexer) peekRef() (int, bool) {
	save := l.pos
	l.skipSpace()
	g := l.word()
	gen, err := strconv.Atoi(string(g))
	if err == nil && gen >= 0 {
		l.skipSpace()
		if l.pos < len(l.data) && l.data[l.pos] == 'R' && (l.pos+1 == len(l.data) || isPDFDelim(l.data[l.pos+1])) {
			l.pos++
			return gen, true
		}
	}
	l.pos = save
	return 0, false
}

// pdfNumber parses an integer or real ("12", "-3.5", ".5", "4.").
func pdfNumber(w []byte) (float64, bool) {
	c := w[0]
	if !(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
		return 0, false
	}
	n, err := strconv.ParseFloat(string(w), 64)
	if err != nil {
		// PDF writers produce "--5" or "5-" now and then; readers take
		// what they can.
		if w := bytes.Trim(w, "+-"); len(w) > 0 && len(w) < 32 {
			if n, err := strconv.ParseFloat(string(w), 64); err == nil {
				return n, true
			}
		}
		return 0, false
	}
	return n, true
}

// unescapeName undoes #xx escapes in a name.
func unescapeName(w []byte) string {
	if bytes.IndexByte(w, '#') < 0 {
		return string(w)
	}
	out := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if w[i] == '#' && i+2 < len(w) {
			if v, err := strconv.ParseUint(string(w[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, w[i])
	}
	return string(out)
}

// literal reads a (string) after its "(": balanced parentheses, escapes
// undone. An unterminated string ends with the data.
func (l *pdfLexer) literal() pdfString {
	var out []byte
	nest := 0
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		switch c {
		case '(':
			nest++
		case ')':
			if nest == 0 {
				return pdfString(out)
			}
			nest--
		case '\r': // an end of line in a string is \n
			if l.pos < len(l.data) && l.data[l.pos] == '\n' {
				l.pos++
			}
			c = '\n'
		case '\\':
			if l.pos >= len(l.data) {
				return pdfString(out)
			}
			c = l.data[l.pos]
			l.pos++
			switch c {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.data) && l.data[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if c >= '0' && c <= '7' {
					v := int(c - '0')
					for k := 0; k < 2 && l.pos < len(l.data) && l.data[l.pos] >= '0' && l.data[l.pos] <= '7'; k++ {
						v = v*8 + int(l.data[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				}
			}
		}
		out = append(out, c)
	}
	return pdfString(out)
}

// hex reads a <hex string> after its "<"; an odd last digit counts as
// followed by 0.
func (l *pdfLexer) hex() pdfString {
	var out []byte
	hi, have := byte(0), false
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v, ok := hexDigit(c)
		if !ok {
			continue
		}
		if have {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		have = !have
	}
	if have {
		out = append(out, hi<<4)
	}
	return pdfString(out)
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// element reads the next element of an array or dictionary whose closing
// delimiter is end; ok is false at that delimiter, at the end of the data,
// at a keyword that shows the container was never closed, and past
// maxDepth (the rest of the container is then skipped, not parsed, so
// that the depth stays bounded).
func (l *pdfLexer) element(depth int, end pdfEnd) (v any, ok bool) {
	if depth > maxDepth {
		if end == ']' {
			l.skipNested('[', ']')
		} else {
			l.skipNested('<', '>')
		}
		return nil, false
	}
	for {
		v, ok := l.object(depth)
		if !ok {
			return nil, false
		}
		switch v := v.(type) {
		case pdfEnd:
			if v == end {
				return nil, false
			}
			continue // a stray "]" or ">>"
		case pdfOp:
			if v == "stream" || v == "endobj" { // a container never closed
				l.pos -= len(v)
				return nil, false
			}
		}
		return v, true
	}
}

// array reads an array after its "[".
func (l *pdfLexer) array(depth int) pdfArray {
	var out pdfArray
	for {
		v, ok := l.element(depth, ']')
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

// dict reads a dictionary after its "<<". A key without a value, or a value
// without a name before it, is dropped.
func (l *pdfLexer) dict(depth int) pdfDict {
	out := make(pdfDict)
	var key pdfName
	haveKey := false
	for {
		v, ok := l.element(depth, '>')
		if !ok {
			return out
		}
		if !haveKey {
			if name, ok := v.(pdfName); ok {
				key, haveKey = name, true
			}
			continue
		}
		out[key] = v
		haveKey = false
	}
}

// skipNested skips to the end of an over-deep array or dictionary: the
// delimiters are counted, not parsed, so the depth stays bounded.
func (l *pdfLexer) skipNested(open, close byte) {
	n := 1
	for l.pos < len(l.data) && n > 0 {
		switch l.data[l.pos] {
		case open:
			n++
		case close:
			n--
		}
		l.pos++
	}
}

// pdfNum returns v as a number, or def.
func pdfNum(v any, def float64) float64 {
	if n, ok := v.(float64); ok {
		return n
	}
	return def
}

// pdfInt returns v as an int within ±1<<30, or def.
func pdfInt(v any, def int) int {
	if n, ok := v.(float64); ok && n > -(1<<30) && n < 1<<30 {
		return int(n)
	}
	return def
}
