package ingest

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// onePagePDF returns a PDF of one page per content stream, written without
// a cross-reference table: the reader finds its objects by scanning.
func onePagePDF(contents ...string) []byte {
	var b strings.Builder
	b.WriteString("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [")
	for i := range contents {
		b.WriteString(strconv.Itoa(3+2*i) + " 0 R ")
	}
	b.WriteString("] >> endobj\n")
	for i, c := range contents {
		page, stream := strconv.Itoa(3+2*i), strconv.Itoa(4+2*i)
		b.WriteString(page + " 0 obj << /Type /Page /Parent 2 0 R /Contents " + stream + " 0 R >> endobj\n")
		b.WriteString(stream + " 0 obj << /Length " + strconv.Itoa(len(c)) + " >> stream\n" + c + "\nendstream endobj\n")
	}
	b.WriteString("trailer << /Root 1 0 R >>\n%%EOF\n")
	return []byte(b.String())
}

// TestParsePDF checks what Parse makes of a PDF's text and problems: one
// input named by its source, refusals and warnings naming the file.
func TestParsePDF(t *testing.T) {
	text := "BT /F1 12 Tf 72 700 Td (Kim met Lee.) Tj ET"
	ins, err := Parse("a.pdf", onePagePDF(text))
	if err != nil || len(ins) != 1 || ins[0].Text != "Kim met Lee.\n" || ins[0].Source != "a.pdf" {
		t.Errorf("Parse(a.pdf) = %v, %v; want one input of its text", ins, err)
	}

	ins, err = Parse("scan.pdf", onePagePDF("q 100 0 0 100 0 0 cm /Im1 Do Q"))
	if len(ins) != 0 || !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "scan.pdf: no text: a scanned PDF? kg does not read images") {
		t.Errorf("Parse(a page of images) = %v, %v; want ErrNoText naming the file", ins, err)
	}

	// A page whose stream claims Flate but holds none is left out, and
	// the warning names the file and the page.
	damaged := strings.Replace(string(onePagePDF(text, "x")), "<< /Length 1 >>", "<< /Filter /FlateDecode /Length 1 >>", 1)
	ins, err = Parse("d.pdf", []byte(damaged))
	var fe *FileError
	if len(ins) != 1 || ins[0].Text != "Kim met Lee.\n" || !errors.As(err, &fe) || !errors.Is(err, ErrBadPDF) || !strings.Contains(err.Error(), "d.pdf: unreadable PDF: page 2 left out") {
		t.Errorf("Parse(a damaged page 2) = %v, %v; want the first page's text and a warning naming d.pdf's page 2", ins, err)
	}
	// With no page readable, the damage is the reason given, not a scan.
	only := strings.Replace(string(onePagePDF("x")), "<< /Length 1 >>", "<< /Filter /FlateDecode /Length 1 >>", 1)
	if ins, err := Parse("d.pdf", []byte(only)); len(ins) != 0 || !errors.Is(err, ErrBadPDF) || !strings.Contains(err.Error(), "d.pdf: unreadable PDF: page 1 left out") {
		t.Errorf("Parse(no readable page) = %v, %v; want ErrBadPDF naming page 1", ins, err)
	}
}

// TestPDFHeaderInText checks that a text quoting a PDF's header near its
// start is read as text.
func TestPDFHeaderInText(t *testing.T) {
	text := "Every PDF starts with a header line such as\n%PDF-1.7\nand ends with %%EOF.\n"
	ins, err := Parse("pdf.txt", []byte(text))
	if err != nil || len(ins) != 1 || ins[0].Text != text {
		t.Errorf("Parse(pdf.txt) = %v, %v; want the text: it only quotes a PDF's header", ins, err)
	}
}

// TestLargePDF checks that a PDF over MaxFileSize, large for its images
// as reports are, is read (from a file and from standard input), and that
// one over MaxPDFSize is refused, naming the limit.
func TestLargePDF(t *testing.T) {
	text := "BT /F1 12 Tf 72 700 Td (Kim met Lee.) Tj ET"
	// One page of text, then a page with an image as large as a photo
	// book's: kg skips images whatever their size.
	large := func(size int) []byte {
		p := onePagePDF(text, "q 100 0 0 100 0 0 cm /Im1 Do Q")
		img := "99 0 obj << /Type /XObject /Subtype /Image /Filter /DCTDecode /Length " + strconv.Itoa(size) + " >> stream\n"
		at := bytes.LastIndex(p, []byte("trailer"))
		var b bytes.Buffer
		b.Write(p[:at])
		b.WriteString(img)
		b.Write(bytes.Repeat([]byte{0xd8}, size))
		b.WriteString("\nendstream endobj\n")
		b.Write(p[at:])
		return b.Bytes()
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "report.pdf")
	data := large(MaxFileSize + 1<<20)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, from := range []struct {
		path  string
		stdin io.Reader
	}{{path, nil}, {"-", bytes.NewReader(data)}} {
		ins, err := Read(from.path, from.stdin)
		if err != nil || len(ins) != 1 || ins[0].Text != "Kim met Lee.\n" {
			t.Errorf("Read(%s, a %d MiB PDF) = %v, %v; want its text", from.path, len(data)>>20, ins, err)
		}
	}
	huge := filepath.Join(dir, "huge.pdf")
	if err := os.WriteFile(huge, large(MaxPDFSize), 0o644); err != nil {
		t.Fatal(err)
	}
	ins, err := Read(huge, nil)
	if len(ins) != 0 || !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "huge.pdf: file too large: a PDF over 128 MiB") {
		t.Errorf("Read(a PDF over MaxPDFSize) = %v, %v; want ErrTooLarge naming the file and the limit", ins, err)
	}
}
