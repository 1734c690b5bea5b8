package pdf

import (
	"strings"
	"unicode/utf16"
)

// maxCMapEntries caps the codes a ToUnicode map may define, so that a
// range over millions of codes costs no more than this.
const maxCMapEntries = 1 << 17

// A pdfFont turns the codes of shown strings into text and widths.
type pdfFont struct {
	cid     bool     // a Type0 font: multi-byte codes
	spaces  [][2]int // code lengths of a CMap's codespace ranges: {length, ...}
	ranges  []codeRange
	uni     map[uint32]string // ToUnicode
	simple  [256]string       // a simple font's encoding
	ucs2    bool              // a Type0 font whose codes are Unicode (UniGB-UCS2-H, ...)
	widths  map[uint32]float64
	wranges [][3]float64 // Type0 /W ranges: first, last, width
	dw      float64      // width of a code with none given, in 1/1000 em
}

// A codeRange is a codespace range: codes of n bytes, each byte within
// lo and hi.
type codeRange struct {
	n      int
	lo, hi []byte
}

// loadFont reads a font dictionary.
func (f *pdfFile) loadFont(d pdfDict) *pdfFont {
	font := &pdfFont{widths: make(map[uint32]float64), dw: 500}
	if tu, ok := f.get(d["ToUnicode"]).(*pdfStream); ok {
		if data, err := f.decode(tu); err == nil {
			font.uni, _ = parseCMap(data, f)
		}
	}
	if d["Subtype"] == pdfName("Type0") {
		font.cid = true
		font.dw = 1000
		switch enc := f.get(d["Encoding"]).(type) {
		case pdfName:
			font.ucs2 = strings.Contains(string(enc), "UCS2") || strings.Contains(string(enc), "UTF16")
		case *pdfStream:
			if data, err := f.decode(enc); err == nil {
				_, font.ranges = parseCMap(data, f)
			}
		}
		if desc, _ := f.get(d["DescendantFonts"]).(pdfArray); len(desc) > 0 {
			if dd, ok := f.get(desc[0]).(pdfDict); ok {
				font.dw = pdfNum(f.get(dd["DW"]), 1000)
				font.cidWidths(f, dd)
			}
		}
		return font
	}
	var encName pdfName
	var diffs pdfArray
	switch enc := f.get(d["Encoding"]).(type) {
	case pdfName:
		encName = enc
	case pdfDict:
		encName, _ = f.get(enc["BaseEncoding"]).(pdfName)
		diffs, _ = f.get(enc["Differences"]).(pdfArray)
	}
	if encName == "" && d["Subtype"] == pdfName("TrueType") {
		encName = "WinAnsiEncoding"
	}
	font.simple = baseEncoding(encName)
	ws, _ := f.get(d["Widths"]).(pdfArray)
	ws = ws[:min(len(ws), 256)]
	if !f.spend(len(diffs) + len(ws)) {
		return font // a font met again and again, each time in full
	}
	code := 0
	for _, v := range diffs {
		switch v := f.get(v).(type) {
		case float64:
			code = pdfInt(v, 256)
		case pdfName:
			if code >= 0 && code < 256 {
				font.simple[code] = glyphRune(string(v))
			}
			code++
		}
	}
	first := pdfInt(f.get(d["FirstChar"]), 0)
	for i, w := range ws {
		font.widths[uint32(first+i)] = pdfNum(f.get(w), 0)
	}
	if len(ws) > 0 {
		font.dw = 0
	}
	return font
}

// cidWidths reads a CIDFont's /W array: "c [w1 w2 ...]" and "c1 c2 w".
func (font *pdfFont) cidWidths(f *pdfFile, dd pdfDict) {
	w, _ := f.get(dd["W"]).(pdfArray)
	for i := 0; i < len(w) && f.spend(1); {
		c := pdfNum(f.get(w[i]), -1)
		if i+1 >= len(w) || c < 0 {
			return
		}
		if list, ok := f.get(w[i+1]).(pdfArray); ok {
			for k, v := range list {
				if !f.spend(1) {
					return
				}
				font.widths[uint32(c)+uint32(k)] = pdfNum(f.get(v), font.dw)
			}
			i += 2
			continue
		}
		if i+2 >= len(w) {
			return
		}
		if len(font.wranges) < 4096 {
			font.wranges = append(font.wranges, [3]float64{c, pdfNum(f.get(w[i+1]), c), pdfNum(f.get(w[i+2]), font.dw)})
		}
		i += 3
	}
}

// width returns the width of a code in 1/1000 em.
func (font *pdfFont) width(code uint32) float64 {
	if w, ok := font.widths[code]; ok {
		return w
	}
	for _, r := range font.wranges {
		if float64(code) >= r[0] && float64(code) <= r[1] {
			return r[2]
		}
	}
	if font.dw == 0 { // a simple font with widths, but none for this code
		return 500
	}
	return font.dw
}

// A pdfCode is one code of a shown string.
type pdfCode struct {
	text  string
	width float64 // in 1/1000 em
	space bool    // the single-byte code 32, which word spacing widens
}

// codes splits a shown string into codes.
func (font *pdfFont) codes(s pdfString, out []pdfCode) []pdfCode {
	for i := 0; i < len(s); {
		n := 1
		if font.cid {
			n = font.codeLen(s[i:])
		}
		code := uint32(0)
		for _, c := range []byte(s[i : i+n]) {
			code = code<<8 | uint32(c)
		}
		i += n
		text, ok := font.uni[code]
		switch {
		case ok:
		case font.cid && font.ucs2:
			text = string(utf16.Decode([]uint16{uint16(code)}))
		case !font.cid:
			text = font.simple[code]
		}
		out = append(out, pdfCode{text, font.width(code), n == 1 && code == 32})
	}
	return out
}

// codeLen returns the length of the code at the start of s: per the
// codespace ranges of the font's CMap when it has them, else two bytes
// (Identity-H and most CMaps).
func (font *pdfFont) codeLen(s pdfString) int {
	for _, r := range font.ranges {
		if r.n > len(s) {
			continue
		}
		in := true
		for k := range r.n {
			in = in && s[k] >= r.lo[k] && s[k] <= r.hi[k]
		}
		if in {
			return r.n
		}
	}
	return min(2, len(s))
}

// parseCMap reads a CMap stream: its bfchar and bfrange mappings (a
// ToUnicode map) and its codespace ranges. Entries past maxCMapEntries are
// dropped.
func parseCMap(data []byte, f *pdfFile) (map[uint32]string, []codeRange) {
	uni := make(map[uint32]string)
	var spaces []codeRange
	l := &pdfLexer{data: data}
	var mode pdfOp
	var args []any
	for f.spend(1) {
		v, ok := l.object(0)
		if !ok {
			break
		}
		op, isOp := v.(pdfOp)
		if !isOp {
			if mode != "" && len(args) < 3 {
				args = append(args, v)
			}
			if mode == "" {
				args = args[:0]
			}
			switch {
			case mode == "begincodespacerange" && len(args) == 2:
				lo, _ := args[0].(pdfString)
				hi, _ := args[1].(pdfString)
				if len(lo) == len(hi) && len(lo) > 0 && len(lo) <= 4 && len(spaces) < 64 {
					spaces = append(spaces, codeRange{len(lo), []byte(lo), []byte(hi)})
				}
				args = args[:0]
			case mode == "beginbfchar" && len(args) == 2:
				src, _ := args[0].(pdfString)
				if dst, ok := args[1].(pdfString); ok && len(src) <= 4 && len(uni) < maxCMapEntries {
					uni[codeOf(src)] = utf16Text(dst, 0)
				}
				args = args[:0]
			case mode == "beginbfrange" && len(args) == 3:
				lo, _ := args[0].(pdfString)
				hi, _ := args[1].(pdfString)
				if len(lo) <= 4 && len(hi) <= 4 {
					a, b := codeOf(lo), codeOf(hi)
					for c := a; c <= b && len(uni) < maxCMapEntries && f.spend(1); c++ {
						switch dst := args[2].(type) {
						case pdfString:
							uni[c] = utf16Text(dst, int(c-a))
						case pdfArray:
							if k := int(c - a); k < len(dst) {
								if s, ok := dst[k].(pdfString); ok {
									uni[c] = utf16Text(s, 0)
								}
							}
						}
						if c == ^uint32(0) {
							break
						}
					}
				}
				args = args[:0]
			}
			continue
		}
		switch op {
		case "begincodespacerange", "beginbfchar", "beginbfrange":
			mode = op
		case "endcodespacerange", "endbfchar", "endbfrange":
			mode = ""
		}
		args = args[:0]
	}
	return uni, spaces
}

// codeOf returns the big-endian value of a code's bytes.
func codeOf(s pdfString) uint32 {
	v := uint32(0)
	for _, c := range []byte(s) {
		v = v<<8 | uint32(c)
	}
	return v
}

// utf16Text decodes a CMap destination (UTF-16BE), its last unit plus
// add (the place in a bfrange).
func utf16Text(s pdfString, add int) string {
	if len(s) == 1 {
		return string(rune(s[0] + byte(add)))
	}
	units := make([]uint16, len(s)/2)
	for i := range units {
		units[i] = uint16(s[2*i])<<8 | uint16(s[2*i+1])
	}
	if len(units) > 0 {
		units[len(units)-1] += uint16(add)
	}
	return string(utf16.Decode(units))
}
