package pdf

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// pdfSeeds returns PDFs to start fuzzing from: the test PDFs of
// testdata (ingest's and the encrypted ones) and small ones made by the
// tests' writer, plain and compressed.
func pdfSeeds(f *testing.F) [][]byte {
	out := [][]byte{
		makePDF("T", "D:20240502", body(700, "Kim met Lee.", "Lee left.")),
		simplePDF(&testPDF{flate: true, xrefStm: true}, []string{"BT /F1 12 Tf 72 700 Td [(Kim) -300 (met)] TJ T* (Lee.) ' ET"}),
		appendUpdate(simplePDF(&testPDF{}, []string{"BT /F1 12 Tf 72 700 Td (Kim) Tj ET"}), 4, "<< /Length 10 >>\nstream\nBT (x) Tj\nendstream"),
	}
	files, _ := filepath.Glob("../testdata/*.pdf") // ingest's golden PDFs
	encrypted, _ := filepath.Glob("testdata/encrypted/*.pdf")
	files = append(files, encrypted...)
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// FuzzRead checks that any bytes read as a PDF give valid UTF-8 text or
// an error wrapping one of the package's errors, never a panic, and that
// reading stops within the budget of steps, linear in the input's size,
// that keeps a damaged file from hanging a build.
func FuzzRead(f *testing.F) {
	for _, s := range pdfSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !Is(data) {
			data = append([]byte("%PDF-1.4\n"), data...)
		}
		doc, err := Read(data)
		if limit := maxSteps(len(data)) + len(data); doc.steps > limit {
			t.Fatalf("Read took %d steps, over %d", doc.steps, limit)
		}
		if err != nil && !errors.Is(err, ErrBad) && !errors.Is(err, ErrEncrypted) && !errors.Is(err, ErrTooLarge) {
			t.Fatalf("Read error %v wraps none of ErrBad, ErrEncrypted, ErrTooLarge", err)
		}
		if !utf8.ValidString(doc.Text) || strings.ContainsRune(doc.Text, 0) || !utf8.ValidString(doc.Title) {
			t.Fatalf("Read returned invalid text %q (title %q)", doc.Text, doc.Title)
		}
	})
}
