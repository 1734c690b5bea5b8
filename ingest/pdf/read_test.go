package pdf

import (
	"bytes"
	"encoding/ascii85"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestReadPDF(t *testing.T) {
	head := pdfTextLine{72, 760, 9, "Harbour Herald - May 2024"}
	page1 := append([]pdfTextLine{head, {72, 720, 16, "Ferry terminal approved"}}, body(690,
		"The Port Alder Harbour Authority approved a new",
		"ferry terminal on Thursday, ending a long-",
		"term dispute with residents.")...)
	page1 = append(page1, body(630,
		"Authority chair Daniel Reyes said the terminal",
		"would open in the spring of 2026 and would")...)
	page1 = append(page1, pdfTextLine{300, 40, 9, "Page 1 of 2"})
	page2 := append([]pdfTextLine{head}, body(720,
		"handle twelve sailings a day.")...)
	page2 = append(page2, body(690, "\x95 Construction starts in September.")...)
	page2 = append(page2, pdfTextLine{300, 40, 9, "Page 2 of 2"})
	data := makePDF("Ferry terminal approved", "D:20240502093000+01'00'", page1, page2)

	doc, err := Read(data)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	want := "Ferry terminal approved\n\n" +
		"The Port Alder Harbour Authority approved a new ferry terminal on Thursday, ending a long-term dispute with residents.\n\n" +
		"Authority chair Daniel Reyes said the terminal would open in the spring of 2026 and would handle twelve sailings a day.\n\n" +
		"• Construction starts in September.\n"
	if diff := cmp.Diff(want, doc.Text); diff != "" {
		t.Errorf("text mismatch (-want +got): running heads, page numbers dropped; hyphen kept; paragraph across the page break:\n%s", diff)
	}
	if doc.Title != "Ferry terminal approved" || doc.Date != "2024-05-02T09:30:00+01:00" {
		t.Errorf("title, date = %q, %q; want the document information's (from an incremental update)", doc.Title, doc.Date)
	}
}

// pdfText returns the text kg reads from data, failing the test on an
// error.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	res, err := Read(data)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if len(res.Skipped) > 0 {
		t.Errorf("Read skipped pages: %v", res.Skipped)
	}
	return res.Text
}

// hexUTF16 returns s in UTF-16BE as a hex string.
func hexUTF16(s string) string {
	var b strings.Builder
	for _, r := range s {
		fmt.Fprintf(&b, "%04X", r)
	}
	return b.String()
}

func TestPDFFeatures(t *testing.T) {
	// A Type0 font with Identity-H codes (glyph ids) and a ToUnicode map
	// using bfchar and both forms of bfrange: codes 1-3 are "Kim", 4 a
	// space, 0x10-0x19 "a" to "j", 0x20-0x21 "ﬁ" and "é".
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"2 beginbfchar <0001> <004B> <0004> <0020> endbfchar\n" +
		"3 beginbfrange <0002> <0003> <0069> <0010> <0019> <0061> <0020> <0021> [<FB01> <00E9>] endbfrange\n" +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	type0 := func(p *testPDF) string {
		tu := p.addStream("", []byte(cmap))
		desc := p.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /W [4 [250]] >>")
		return fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", desc, tu)
	}
	cases := []struct {
		name    string
		content string
		fonts   func(p *testPDF) []string
		flate   bool
		xrefStm bool
		want    string
		why     string
	}{
		{name: "Tj", content: "BT /F1 12 Tf 72 700 Td (Kim met Lee.) Tj ET",
			want: "Kim met Lee.\n", why: "a string shown in a simple font"},
		{name: "flate", content: "BT /F1 12 Tf 72 700 Td (Kim met Lee.) Tj ET", flate: true,
			want: "Kim met Lee.\n", why: "a FlateDecode content stream"},
		{name: "xref stream", content: "BT /F1 12 Tf 72 700 Td (Kim met Lee.) Tj ET", flate: true, xrefStm: true,
			want: "Kim met Lee.\n", why: "objects in an object stream, a cross-reference stream with a PNG predictor"},
		{name: "TJ kerning", content: "BT /F1 12 Tf 72 700 Td [(Ki) -20 (m) -400 (met) 120 ( Lee.)] TJ ET",
			want: "Kim met Lee.\n", why: "a small kern is inside a word, a word-sized one a space, a negative move adds none"},
		{name: "positions", content: "BT /F1 12 Tf 14 TL 72 700 Td (Kim met) Tj T* (Lee.) Tj 0 -14 TD (Ann left) Tj 0 -14 Td (too.) Tj 1 0 0 1 72 640 Tm (Bo came) Tj (back.) ' 2 0 (Al) \" ET",
			want: "Kim met Lee. Ann left too. Bo came back. Al\n", why: "T*, TD, Td, Tm, ' and \" start lines 14 points apart: one paragraph"},
		{name: "paragraphs", content: "BT /F1 12 Tf 72 700 Td (Kim met Lee.) Tj 0 -14 Td (Lee left.) Tj 0 -40 Td (Ann stayed.) Tj ET",
			want: "Kim met Lee. Lee left.\n\nAnn stayed.\n", why: "a gap wider than the line spacing starts a paragraph"},
		{name: "ligatures", content: "BT /F2 12 Tf 72 700 Td <00010002001300040020001100210099> Tj ET",
			fonts: func(p *testPDF) []string { return []string{type0(p)} },
			want:  "Kid fibé", why: "Identity-H codes through ToUnicode bfchar and both forms of bfrange, an unmapped code dropped; the fi ligature spelled out"},
		{name: "Differences", content: "BT /F2 12 Tf 72 700 Td (\x01\x02\x03 \x04\x05) Tj ET",
			fonts: func(p *testPDF) []string {
				return []string{"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /C /a /f_e /quoteright /uni00E9] >> >>"}
			},
			want: "Cafe ’é\n", why: "glyph names of /Differences, a ligature name and a uniXXXX name"},
		{name: "MacRoman", content: "BT /F2 12 Tf 72 700 Td (Caf\x8e \xd2ok\xd3) Tj ET",
			fonts: func(p *testPDF) []string {
				return []string{"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /MacRomanEncoding >>"}
			},
			want: "Café “ok”\n", why: "MacRomanEncoding"},
		{name: "StandardEncoding", content: "BT /F2 12 Tf 72 700 Td (Kim`s \xaele) Tj ET",
			fonts: func(p *testPDF) []string {
				return []string{"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"}
			},
			want: "Kim‘s file\n", why: "a Type1 font without /Encoding uses StandardEncoding"},
		{name: "ToUnicode on a simple font", content: "BT /F2 12 Tf 72 700 Td (\x01\x02) Tj ET",
			fonts: func(p *testPDF) []string {
				tu := p.addStream("", []byte("1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <01> <02> <004F> endbfrange"))
				return []string{fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /X /ToUnicode %d 0 R >>", tu)}
			},
			want: "OP\n", why: "ToUnicode overrides a simple font's encoding"},
		{name: "inline image", content: "BT /F1 12 Tf 72 700 Td (Kim) Tj ET BI /W 2 /H 1 /BPC 8 /CS /G ID \x00(\xffET EI Q BT /F1 12 Tf 120 700 Td (met.) Tj ET",
			want: "Kim met.\n", why: "an inline image's binary data is skipped"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := &testPDF{flate: c.flate, xrefStm: c.xrefStm}
			var fonts []string
			if c.fonts != nil {
				fonts = c.fonts(p)
			}
			got := pdfText(t, simplePDF(p, []string{c.content}, fonts...))
			if strings.TrimSpace(got) != strings.TrimSpace(c.want) {
				t.Errorf("text = %q, want %q (%s)", got, c.want, c.why)
			}
		})
	}
}

func TestPDFForms(t *testing.T) {
	p := &testPDF{}
	p.add("<< /Type /Catalog /Pages 2 0 R >>")
	p.add("<< /Type /Pages /Kids [3 0 R 7 0 R] /Count 2 >>")
	p.add("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> /XObject << /Fm 5 0 R /Me 6 0 R >> >> /Contents [8 0 R 9 0 R] >>")
	p.add(helveticaFont())
	p.addStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [1 0 0 1 0 -100]", []byte("BT /F1 12 Tf 72 700 Td (Ann left.) Tj ET /Fm Do"))
	p.addStream("/Type /XObject /Subtype /Form /Resources << /XObject << /Me 6 0 R >> >>", []byte("/Me Do"))
	p.add("<< /Type /Page /Parent 2 0 R /Resources 3 0 R >>") // a broken page: its resources are no dictionary
	p.addStream("", []byte("BT /F1 12 Tf 72 700 Td (Kim met"))
	p.addStream("", []byte(") Tj ET /Fm Do /Fm Do /Me Do"))
	got := pdfText(t, p.bytes())
	if want := "Kim met\n\nAnn left.\n"; got != want {
		t.Errorf("text = %q, want %q: a content array joined; a form drawn once though shown twice and by itself; a form drawing itself ends", got, want)
	}
}

func TestPDFFileStructure(t *testing.T) {
	page := "BT /F1 12 Tf 72 700 Td (Kim met Lee.) Tj ET"
	base := simplePDF(&testPDF{}, []string{page})
	t.Run("incremental update", func(t *testing.T) {
		// Object 4 is the page's content stream; the update replaces it.
		upd := appendUpdate(base, 4, "<< /Length 42 >>\nstream\nBT /F1 12 Tf 72 700 Td (Lee met Kim.) Tj ET\nendstream")
		if got := pdfText(t, upd); got != "Lee met Kim.\n" {
			t.Errorf("text = %q, want the updated object's", got)
		}
	})
	t.Run("broken xref", func(t *testing.T) {
		bad := bytes.Replace(base, []byte("startxref\n"), []byte("startxref\n9"), 1)
		bad = bytes.Replace(bad, []byte("0000000009 00000 n"), []byte("0000000001 00000 n"), 1)
		if got := pdfText(t, bad); got != "Kim met Lee.\n" {
			t.Errorf("text = %q, want the objects found by scanning", got)
		}
	})
	t.Run("no xref at all", func(t *testing.T) {
		cut := base[:bytes.Index(base, []byte("xref"))]
		if got := pdfText(t, cut); got != "Kim met Lee.\n" {
			t.Errorf("text = %q, want the objects found by scanning", got)
		}
	})
	t.Run("wrong root", func(t *testing.T) {
		bad := bytes.Replace(base, []byte("/Root 1 0 R"), []byte("/Root 3 0 R"), 1)
		if got := pdfText(t, bad); got != "Kim met Lee.\n" {
			t.Errorf("text = %q, want the catalogue found by its /Type", got)
		}
	})
	t.Run("junk before the header", func(t *testing.T) {
		if got := pdfText(t, append([]byte("From the mail server\r\n"), base...)); got != "Kim met Lee.\n" {
			t.Errorf("text = %q, want offsets counted from the header", got)
		}
	})
	t.Run("wrong length", func(t *testing.T) {
		bad := bytes.Replace(base, []byte("/Length 43"), []byte("/Length 12"), 1)
		if bytes.Equal(bad, base) {
			t.Fatal("the test PDF has no /Length 43")
		}
		if got := pdfText(t, bad); got != "Kim met Lee.\n" {
			t.Errorf("text = %q, want the stream read to its endstream", got)
		}
	})
}

func TestPDFRefusals(t *testing.T) {
	text := "BT /F1 12 Tf 72 700 Td (Kim met Lee.) Tj ET"
	encrypted := &testPDF{trailer: "/Encrypt << /Filter /Standard /V 2 /R 3 >>"}
	damaged := &testPDF{}
	cases := []struct {
		name    string
		data    []byte
		wantIs  error
		wantMsg string
		why     string
	}{
		{"encrypted", simplePDF(encrypted, []string{text}), ErrEncrypted, "encrypted PDF: it needs a password; kg cannot read it", "the empty password does not open it"},
		{"no catalogue", []byte("%PDF-1.4\n1 0 obj << /Type /Font >> endobj\n%%EOF\n"), ErrBad, "unreadable PDF: no document catalogue", "nothing to read"},
		{"cut short", simplePDF(&testPDF{}, []string{text})[:60], ErrBad, "unreadable PDF", "a truncated PDF is unreadable, and no panic escapes"},
		{"zip bomb", bombPDF(40<<20, 1), ErrTooLarge, "file too large: a stream decompresses to over 32 MiB (a zip bomb?)", "a small file that inflates to a huge stream"},
		{"zip bombs", bombPDF(30<<20, 5), ErrTooLarge, "file too large: its streams decompress to over 128 MiB (a zip bomb?)", "a small stream drawn many times"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Read(c.data)
			if doc.Text != "" || !errors.Is(err, c.wantIs) || err == nil || !strings.Contains(err.Error(), c.wantMsg) {
				t.Errorf("Read = %q, %v; want %v saying %q (%s)", doc.Text, err, c.wantIs, c.wantMsg, c.why)
			}
		})
	}
	// A page of images has no text; a page that cannot be decoded is
	// skipped, with the reason.
	if doc, err := Read(simplePDF(&testPDF{}, []string{"q 100 0 0 100 0 0 cm /Im1 Do Q"})); err != nil || doc.Text != "" || len(doc.Skipped) != 0 {
		t.Errorf("Read(a page of images) = %q, %v, skipped %v; want no text and no error: a scan", doc.Text, err, doc.Skipped)
	}
	// The damaged page: its stream claims Flate but holds none.
	damagedPage := bytes.Replace(simplePDF(damaged, []string{"x"}), []byte("<<  /Length 1 >>"), []byte("<< /Filter /FlateDecode /Length 1 >>"), 1)
	if doc, err := Read(damagedPage); err != nil || doc.Text != "" || len(doc.Skipped) != 1 || !errors.Is(doc.Skipped[0], ErrBad) || !strings.Contains(doc.Skipped[0].Error(), "page 1 left out") {
		t.Errorf("Read(a damaged page) = %q, %v, skipped %v; want page 1 skipped as unreadable", doc.Text, err, doc.Skipped)
	}
}

// bombPDF returns a PDF whose page draws n times a Flate stream of size
// zero bytes.
func bombPDF(size, n int) []byte {
	p := &testPDF{}
	p.add("<< /Type /Catalog /Pages 2 0 R >>")
	p.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	p.add(fmt.Sprintf("<< /Type /Page /Contents [%s] >>", strings.Repeat("4 0 R ", n)))
	p.addStream("/Filter /FlateDecode", deflate(make([]byte, size)))
	return p.bytes()
}

func TestPDFDamagedPage(t *testing.T) {
	p := &testPDF{}
	data := simplePDF(p, []string{"BT /F1 12 Tf 72 700 Td (Kim met Lee.) Tj ET", "x"})
	data = bytes.Replace(data, []byte("<<  /Length 1 >>"), []byte("<< /Filter /FlateDecode /Length 1 >>"), 1)
	doc, err := Read(data)
	if err != nil || doc.Text != "Kim met Lee.\n" || len(doc.Skipped) != 1 || !strings.Contains(doc.Skipped[0].Error(), "unreadable PDF: page 2 left out") {
		t.Errorf("Read = %q, %v, skipped %v; want the first page's text and page 2 skipped", doc.Text, err, doc.Skipped)
	}
}

func TestPDFFilters(t *testing.T) {
	text := []byte("Kim met Lee in Seoul on Tuesday. Kim met Lee in Seoul on Tuesday.")
	var a85 bytes.Buffer
	w := ascii85.NewEncoder(&a85)
	w.Write(text)
	w.Close()
	cases := []struct {
		name   string
		filter any
		parms  any
		data   []byte
		want   []byte
	}{
		{"ASCIIHex", pdfName("ASCIIHexDecode"), nil, []byte("4B 69\n6d2>"), []byte("Kim ")},
		{"ASCIIHex odd", pdfName("AHx"), nil, []byte("4B697>"), []byte("Kip")},
		{"ASCII85", pdfName("ASCII85Decode"), nil, append(a85.Bytes(), "~>"...), text},
		{"ASCII85 z", pdfName("A85"), nil, []byte("9jqo^z~>"), []byte("Man \x00\x00\x00\x00")},
		// ISO 32000-1, 7.4.4.2, example: 45 45 45 45 45 65 45 45 45 66.
		{"LZW", pdfName("LZWDecode"), nil, []byte{0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01}, []byte{45, 45, 45, 45, 45, 65, 45, 45, 45, 66}},
		{"RunLength", pdfName("RunLengthDecode"), nil, []byte{2, 'K', 'i', 'm', 253, '!', 128}, []byte("Kim!!!!")},
		{"Flate then ASCIIHex", pdfArray{pdfName("ASCIIHexDecode"), pdfName("FlateDecode")}, nil, []byte(fmt.Sprintf("%x>", deflate(text))), text},
		{"TIFF predictor", pdfName("FlateDecode"), pdfDict{"Predictor": 2.0, "Columns": 3.0}, deflate([]byte{1, 1, 1, 5, 0, 1}), []byte{1, 2, 3, 5, 5, 6}},
		{"PNG predictors", pdfName("FlateDecode"), pdfDict{"Predictor": 15.0, "Columns": 2.0},
			deflate([]byte{0, 1, 2, 1, 1, 1, 2, 1, 1, 3, 1, 1, 4, 1, 1}), []byte{1, 2, 1, 2, 2, 3, 2, 3, 3, 4}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			left := maxDecoded
			got, err := decodeStream(&pdfStream{raw: c.data}, c.filter, c.parms, &left)
			if err != nil || !bytes.Equal(got, c.want) {
				t.Errorf("decode = %q, %v; want %q", got, err, c.want)
			}
		})
	}
	left := maxDecoded
	if _, err := decodeStream(&pdfStream{raw: []byte{1}}, pdfName("DCTDecode"), nil, &left); !errors.Is(err, errImageFilter) {
		t.Errorf("DCTDecode: err = %v, want errImageFilter (images are skipped)", err)
	}
}

func TestPDFLexer(t *testing.T) {
	l := &pdfLexer{data: []byte(`<< /A#20B (a\(b\)\101\
c) /N [1 -2.5 .5 3 0 R <4B6> true null] /D << /E /F >> >> (unterminated`), refs: true}
	v, _ := l.object(0)
	want := pdfDict{"A B": pdfString("a(b)Ac"), "N": pdfArray{1.0, -2.5, 0.5, pdfRef{3, 0}, pdfString("K`"), true, nil}, "D": pdfDict{"E": pdfName("F")}}
	if diff := cmp.Diff(want, v, cmp.AllowUnexported(pdfRef{})); diff != "" {
		t.Errorf("object mismatch (-want +got):\n%s", diff)
	}
	if v, ok := l.object(0); !ok || v != pdfString("unterminated") {
		t.Errorf("unterminated string = %q, %v; want its bytes to the end", v, ok)
	}
	if _, ok := l.object(0); ok {
		t.Error("object after the end: ok, want the end")
	}
	deep := []byte(strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + " 7")
	l = &pdfLexer{data: deep}
	l.object(0)
	if v, _ := l.object(0); v != 7.0 {
		t.Errorf("after 100000 nested arrays, next object = %v, want 7: nesting is cut at %d", v, maxDepth)
	}
}

func TestPDFHyphens(t *testing.T) {
	words := map[string]bool{"dispute": true, "long-term": true, "longterm": false}
	cases := []struct {
		para, next string
		want       hyphenBreak
		why        string
	}{
		{"a dis-", "pute over", dropHyphen, "the document writes dispute: a typesetter's break"},
		{"a long-", "term plan", keepHyphen, "the document writes long-term"},
		{"a well-", "known man", keepHyphen, "no evidence either way: a hyphen the text had"},
		{"in 8–", "10 years", keepHyphen, "an en dash between numbers"},
		{"Kim said -", "and left", noBreak, "a dash after a space is no word break"},
		{"end.", "Next", noBreak, "no hyphen"},
	}
	for _, c := range cases {
		if got := lineHyphen([]byte(c.para), c.next, words); got != c.want {
			t.Errorf("lineHyphen(%q, %q) = %d, want %d (%s)", c.para, c.next, got, c.want, c.why)
		}
	}
}

func TestPDFDate(t *testing.T) {
	for in, want := range map[string]string{
		"D:20240502093000+01'00'": "2024-05-02T09:30:00+01:00",
		"D:20240502093000Z":       "2024-05-02T09:30:00Z",
		"D:20240502":              "2024-05-02T00:00:00Z",
		"20240502093000-05'30":    "2024-05-02T09:30:00-05:30",
		"yesterday":               "",
	} {
		if got := pdfDate(in); got != want {
			t.Errorf("pdfDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextString(t *testing.T) {
	for in, want := range map[pdfString]string{
		"\xfe\xff\x00K\x00i\x00m\x20\x19\x00s": "Kim’s",
		"Caf\xe9 \x8d\x8e":                     "Café “”",
		"\xef\xbb\xbfCaf\xc3\xa9":              "Café",
	} {
		if got := textString(in); got != want {
			t.Errorf("textString(%q) = %q, want %q", in, got, want)
		}
	}
	if n := len(macRomanHigh); n != 128 {
		t.Errorf("macRomanHigh has %d codes, want 128", n)
	}
	if n := len(winAnsiHigh); n != 32 {
		t.Errorf("winAnsiHigh has %d codes, want 32", n)
	}
	if n := len(pdfDocHigh); n != 33 {
		t.Errorf("pdfDocHigh has %d codes, want 33", n)
	}
}

// longPDF returns a compressed PDF of n pages, each of 45 lines of about 80
// characters set with TJ kerning, in paragraphs of 9 lines.
func longPDF(n int) []byte {
	words := strings.Fields("The harbour authority approved a new ferry terminal on Thursday after residents of the eastern shore had opposed the plan for three years")
	var pages []string
	w := 0
	for range n {
		var c strings.Builder
		c.WriteString("BT /F1 10 Tf 14 TL 72 740 Td\n")
		for line := range 45 {
			if line > 0 && line%9 == 0 {
				c.WriteString("0 -10 Td\n")
			}
			c.WriteString("[(")
			for k := 0; k < 14; k++ {
				if k > 0 {
					c.WriteString(") -250 (")
				}
				c.WriteString(words[w%len(words)])
				w++
			}
			c.WriteString(".)] TJ T*\n")
		}
		c.WriteString("ET\n")
		pages = append(pages, c.String())
	}
	return simplePDF(&testPDF{flate: true, xrefStm: true}, pages)
}

// BenchmarkReadPDF reads a 200-page PDF (Flate, object and xref streams).
func BenchmarkReadPDF(b *testing.B) {
	data := longPDF(200)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if doc, err := Read(data); err != nil || doc.Text == "" {
			b.Fatalf("Read = %d bytes of text, %v", len(doc.Text), err)
		}
	}
}

func TestPDFLayout(t *testing.T) {
	// line returns a line of 10-point text at x, y, ending at right.
	line := func(x, y, right float64, text string) pdfLine { return pdfLine{text, x, y, right, 10} }
	cases := []struct {
		name  string
		pages [][]pdfLine
		want  string
		why   string
	}{
		{"indent", [][]pdfLine{{
			line(72, 700, 500, "Kim met Lee in Seoul on Tuesday, and the two"),
			line(72, 688, 300, "leaders talked for an hour."),
			line(97, 676, 500, "Lee flew home on Wednesday. Kim stayed in"),
			line(72, 664, 200, "the city."),
		}}, "Kim met Lee in Seoul on Tuesday, and the two leaders talked for an hour.\n\nLee flew home on Wednesday. Kim stayed in the city.\n",
			"a first line indented after a sentence's end starts a paragraph, with no gap"},
		{"page break after a short line", [][]pdfLine{
			{line(72, 700, 500, "Kim met Lee in Seoul on Tuesday, and the two"), line(72, 688, 200, "leaders spoke")},
			{line(72, 700, 500, "Lee flew home on Wednesday and Kim stayed in"), line(72, 688, 500, "the city for talks with the mayor of Seoul,")},
		}, "Kim met Lee in Seoul on Tuesday, and the two leaders spoke\n\nLee flew home on Wednesday and Kim stayed in the city for talks with the mayor of Seoul,\n",
			"a page ending in a short line ended its paragraph, full stop or not"},
		{"page break mid-sentence", [][]pdfLine{
			{line(72, 700, 500, "Kim met Lee in Seoul on Tuesday, and the two"), line(72, 688, 490, "leaders talked for an hour about the border and")},
			{line(72, 700, 300, "the trade talks.")},
		}, "Kim met Lee in Seoul on Tuesday, and the two leaders talked for an hour about the border and the trade talks.\n",
			"a full last line without a full stop goes on over the page break"},
		{"browser margins", [][]pdfLine{{
			{"Kim met Lee in Seoul on Tuesday, and the", 72, 700, 500, 12},
			{"two leaders talked for an hour.", 72, 686, 400, 12},
			{"12/4/26, 3:40 AM Summit in Seoul", 24, 770, 300, 8},
			{"https://news.example/summit 1/1", 24, 17, 300, 8},
		}}, "Kim met Lee in Seoul on Tuesday, and the two leaders talked for an hour.\n", "the date, address and page count a browser prints, in a smaller font"},
		{"heading lines", [][]pdfLine{{
			{"Leaders meet in Seoul for", 72, 700, 400, 24},
			{"talks on the border", 72, 672, 300, 24},
			{"Kim met Lee.", 72, 640, 200, 12},
		}}, "Leaders meet in Seoul for talks on the border\n\nKim met Lee.\n", "a heading's lines are wider apart than the body's, and stay one paragraph"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := layout(c.pages); got != c.want {
				t.Errorf("layout = %q, want %q (%s)", got, c.want, c.why)
			}
		})
	}
}

func TestPDFManyRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("interprets 2 million strings (-short)")
	}
	// Each one-letter string on a line of its own: held as lines, such a
	// page would take 50 times its text in memory.
	page := strings.Repeat("(a) ' ", maxRuns+1)
	_, err := Read(simplePDF(&testPDF{flate: true}, []string{"BT /F1 1 Tf 1 TL " + page + "ET"}))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "pieces") {
		t.Errorf("Read of %d strings = %v, want ErrTooLarge", maxRuns+1, err)
	}
}

// sharedOffsets returns a PDF whose n pages the cross-reference puts at
// one offset, where an array opens and never closes: read naively, each
// page reads to the end of the file.
func sharedOffsets(n int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	one := b.Len()
	b.WriteString("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n")
	two := b.Len()
	b.WriteString("2 0 obj << /Type /Pages /Kids [")
	for i := range n {
		fmt.Fprintf(&b, "%d 0 R ", i+3)
	}
	b.WriteString("] >> endobj\n")
	junk := b.Len()
	b.WriteString("3 0 obj [" + strings.Repeat("(Kim) ", 20000) + "\n")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n", n+3, one, two)
	for range n {
		fmt.Fprintf(&b, "%010d 00000 n \n", junk)
	}
	fmt.Fprintf(&b, "trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", n+3, xref)
	return b.Bytes()
}

// TestPDFHostile reads files damaged or built to make a reader loop, recurse
// or allocate without end; each must give an answer, quickly.
func TestPDFHostile(t *testing.T) {
	page := func(content string) []byte { return simplePDF(&testPDF{}, []string{content}) }
	selfLength := []byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 2 0 R 3 0 R] >> endobj\n" +
		"3 0 obj << /Type /Page /Parent 2 0 R /Resources 3 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length 4 0 R >> stream\nBT (Kim) Tj ET\nendstream endobj\n" +
		"trailer << /Root 1 0 R >>\nstartxref\n0\n%%EOF\n")
	prevLoop := appendUpdate(appendUpdate(page("BT (Kim) Tj ET"), 9, "(x)"), 10, "(y)")
	// The last section's /Prev points at itself.
	last := startxrefRE.FindAllSubmatch(prevLoop, -1)
	prevLoop = bytes.Replace(prevLoop, []byte("/Prev "+string(last[len(last)-2][1])), []byte("/Prev "+string(last[len(last)-1][1])), 1)
	cases := []struct {
		name string
		data []byte
	}{
		{"unterminated string", page("BT /F1 12 Tf (Kim met Lee. Tj ET")},
		{"unterminated array", page("BT /F1 12 Tf [(Kim) -200 (met) TJ ET")},
		{"unterminated dictionary", page("BI /W 1 /H << /A << /B ID")},
		{"deep nesting", page("BT " + strings.Repeat("[<<", 200000) + " (Kim) Tj ET")},
		{"self references", selfLength},
		{"a /Prev loop", prevLoop},
		{"a ToUnicode range over every code", func() []byte {
			p := &testPDF{}
			tu := p.addStream("", []byte("1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange"))
			return simplePDF(p, []string{"BT /F2 12 Tf <00010002> Tj ET"}, fmt.Sprintf("<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode %d 0 R >>", tu))
		}()},
		{"every page at one unclosed array", sharedOffsets(20000)},
		{"many q", page(strings.Repeat("q ", 100000) + "BT /F1 12 Tf (Kim) Tj ET" + strings.Repeat(" Q", 100000))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := Read(c.data)
				done <- err
			}()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Read did not return within 10 s")
			}
		})
	}
}
