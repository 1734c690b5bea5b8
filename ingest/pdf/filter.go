package pdf

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
)

// Limits on decompression. A stream may not decode to more than
// maxStream bytes, nor all of a document's streams together to more
// than maxDecoded: a small file that inflates to gigabytes (a zip bomb)
// is refused instead of filling memory.
const (
	maxStream  = 32 << 20
	maxDecoded = 128 << 20
)

// errBomb is a PDF whose streams decompress to more than kg will hold.
var errBomb = errors.New("a zip bomb?")

// errImageFilter is a stream in an image format (DCT, JBIG2, JPX, CCITT):
// it holds no text, and kg skips it.
var errImageFilter = errors.New("image data")

// decodeStream returns the decoded data of s, applying its filters in
// order. left is what the document may still decode; decodeStream takes
// what it used from it.
func decodeStream(s *pdfStream, filters, parms any, left *int) ([]byte, error) {
	var fs []pdfName
	var ps []any
	switch f := filters.(type) {
	case pdfName:
		fs, ps = []pdfName{f}, []any{parms}
	case pdfArray:
		pa, _ := parms.(pdfArray)
		for i, v := range f {
			name, _ := v.(pdfName)
			fs = append(fs, name)
			if i < len(pa) {
				ps = append(ps, pa[i])
			} else {
				ps = append(ps, nil)
			}
		}
	}
	data := s.raw
	for i, f := range fs {
		limit := min(maxStream, *left)
		var err error
		parm, _ := ps[i].(pdfDict)
		switch f {
		case "FlateDecode", "Fl":
			data, err = inflate(data, limit)
			if err == nil {
				data, err = unpredict(data, parm)
			}
		case "LZWDecode", "LZW":
			early := pdfInt(parm["EarlyChange"], 1)
			data, err = unLZW(data, early != 0, limit)
			if err == nil {
				data, err = unpredict(data, parm)
			}
		case "ASCIIHexDecode", "AHx":
			data = unHex(data)
		case "ASCII85Decode", "A85":
			data, err = unA85(data)
		case "RunLengthDecode", "RL":
			data, err = unRunLength(data, limit)
		case "DCTDecode", "DCT", "JBIG2Decode", "JPXDecode", "CCITTFaxDecode", "CCF":
			return nil, errImageFilter
		default:
			return nil, fmt.Errorf("unknown filter /%s", f)
		}
		if err != nil {
			return nil, err
		}
		if len(data) > limit {
			if limit == *left {
				return nil, fmt.Errorf("its streams decompress to over %d MiB (%w)", maxDecoded>>20, errBomb)
			}
			return nil, fmt.Errorf("a stream decompresses to over %d MiB (%w)", maxStream>>20, errBomb)
		}
	}
	*left -= len(data)
	return data, nil
}

// inflate decompresses zlib data, or raw deflate data when the zlib header
// is missing, reading at most limit+1 bytes. A stream cut short or with a
// bad checksum gives what it held, as other readers do.
func inflate(data []byte, limit int) ([]byte, error) {
	var r io.Reader
	if zr, err := zlib.NewReader(bytes.NewReader(data)); err == nil {
		r = zr
	} else {
		r = flate.NewReader(bytes.NewReader(data))
	}
	out, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("flate: %w", err)
	}
	return out, nil
}

// unpredict undoes a PNG or TIFF predictor (ISO 32000-1, 7.4.4.4).
func unpredict(data []byte, parm pdfDict) ([]byte, error) {
	pred := pdfInt(parm["Predictor"], 1)
	if pred <= 1 {
		return data, nil
	}
	colors := max(1, min(pdfInt(parm["Colors"], 1), 32))
	bpc := max(1, min(pdfInt(parm["BitsPerComponent"], 8), 16))
	cols := max(1, min(pdfInt(parm["Columns"], 1), 1<<20))
	bpp := max(1, colors*bpc/8)
	row := min((colors*bpc*cols+7)/8, len(data)) // a row longer than the data is the data
	if pred == 2 {                               // TIFF: each byte after the first pixel adds the one before (8 bits)
		if bpc != 8 {
			return data, nil
		}
		out := bytes.Clone(data)
		for start := 0; start < len(out); start += row {
			for i := start + bpp; i < min(start+row, len(out)); i++ {
				out[i] += out[i-bpp]
			}
		}
		return out, nil
	}
	out := make([]byte, 0, len(data))
	prev := make([]byte, row)
	for start := 0; start < len(data); start += row + 1 {
		end := min(start+1+row, len(data))
		kind, cur := data[start], bytes.Clone(data[start+1:end])
		for i := range cur {
			var left, up, upLeft byte
			if i >= bpp {
				left, upLeft = cur[i-bpp], prev[i-bpp]
			}
			up = prev[i]
			switch kind {
			case 1:
				cur[i] += left
			case 2:
				cur[i] += up
			case 3:
				cur[i] += byte((int(left) + int(up)) / 2)
			case 4:
				cur[i] += paeth(left, up, upLeft)
			}
		}
		out = append(out, cur...)
		copy(prev, cur)
	}
	return out, nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// unHex decodes ASCIIHexDecode data, which ends at ">".
func unHex(data []byte) []byte {
	l := pdfLexer{data: append(bytes.Clone(data), '>')}
	return []byte(l.hex())
}

// unA85 decodes ASCII85Decode data, which ends at "~>".
func unA85(data []byte) ([]byte, error) {
	var out []byte
	var group [5]byte
	n := 0
	flush := func(k int) {
		v := uint32(0)
		for i := range 5 {
			v = v*85 + uint32(group[i])
		}
		b := [4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}
		out = append(out, b[:k]...)
	}
	for _, c := range data {
		switch {
		case c == '~':
			goto end
		case c == 'z' && n == 0:
			out = append(out, 0, 0, 0, 0)
		case c >= '!' && c <= 'u':
			group[n] = c - '!'
			n++
			if n == 5 {
				flush(4)
				n = 0
			}
		case isPDFSpace(c):
		default:
			return nil, fmt.Errorf("ASCII85: bad byte 0x%02x", c)
		}
	}
end:
	if n == 1 {
		return nil, errors.New("ASCII85: a lone final character")
	}
	if n > 1 {
		for i := n; i < 5; i++ {
			group[i] = 84
		}
		flush(n - 1)
	}
	return out, nil
}

// unRunLength decodes RunLengthDecode data.
func unRunLength(data []byte, limit int) ([]byte, error) {
	var out []byte
	for i := 0; i < len(data) && len(out) <= limit; {
		n := int(data[i])
		i++
		switch {
		case n == 128:
			return out, nil
		case n < 128:
			end := min(i+n+1, len(data))
			out = append(out, data[i:end]...)
			i = end
		case i < len(data):
			out = append(out, bytes.Repeat(data[i:i+1], 257-n)...)
			i++
		}
	}
	return out, nil
}

// unLZW decodes LZWDecode data (codes of 9 to 12 bits, most significant
// bit first, 256 clearing the table and 257 ending the data); with early,
// the code width grows one code early, as most writers do.
func unLZW(data []byte, early bool, limit int) ([]byte, error) {
	type entry struct {
		prev  int // the entry this one extends, -1 for a single byte
		last  byte
		first byte
		n     int // length
	}
	table := make([]entry, 258, 4096)
	for i := range 256 {
		table[i] = entry{-1, byte(i), byte(i), 1}
	}
	reset := func() { table = table[:258] }
	var out []byte
	emit := func(code int) {
		e := table[code]
		start := len(out)
		out = append(out, make([]byte, e.n)...)
		for i := start + e.n - 1; i >= start; i-- {
			out[i] = table[code].last
			code = table[code].prev
		}
	}
	width, bits, nbits := 9, uint32(0), 0
	prev := -1
	e := 0
	if early {
		e = 1
	}
	for _, c := range data {
		bits = bits<<8 | uint32(c)
		nbits += 8
		for nbits >= width {
			code := int(bits>>(nbits-width)) & (1<<width - 1)
			nbits -= width
			switch {
			case code == 256:
				reset()
				width, prev = 9, -1
				continue
			case code == 257:
				return out, nil
			case prev < 0:
				if code > 255 {
					return nil, errors.New("LZW: bad first code")
				}
				emit(code)
			case code < len(table):
				emit(code)
				if len(table) < 4096 {
					p := table[prev]
					table = append(table, entry{prev, table[code].first, p.first, p.n + 1})
				}
			case code == len(table) && len(table) < 4096:
				p := table[prev]
				table = append(table, entry{prev, p.first, p.first, p.n + 1})
				emit(code)
			default:
				return nil, errors.New("LZW: bad code")
			}
			prev = code
			if len(out) > limit {
				return out, nil
			}
			switch {
			case len(table)+e >= 4096:
				width = 12
			case len(table)+e >= 2048:
				width = 12
			case len(table)+e >= 1024:
				width = 11
			case len(table)+e >= 512:
				width = 10
			}
		}
	}
	return out, nil
}
