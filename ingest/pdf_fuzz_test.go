package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// pdfSeeds returns PDFs to start fuzzing from: the test PDFs of
// testdata and small ones made by the tests' writer, plain and compressed.
func pdfSeeds(f *testing.F) [][]byte {
	out := [][]byte{
		makePDF("T", "D:20240502", body(700, "Kim met Lee.", "Lee left.")),
		simplePDF(&testPDF{flate: true, xrefStm: true}, []string{"BT /F1 12 Tf 72 700 Td [(Kim) -300 (met)] TJ T* (Lee.) ' ET"}),
		appendUpdate(simplePDF(&testPDF{}, []string{"BT /F1 12 Tf 72 700 Td (Kim) Tj ET"}), 4, "<< /Length 10 >>\nstream\nBT (x) Tj\nendstream"),
	}
	files, _ := filepath.Glob("testdata/*.pdf")
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// FuzzReadPDF checks that any bytes read as a PDF give one input of valid,
// non-blank UTF-8 text or a FileError naming the file, never a panic, and
// that reading stops within the budget of steps, linear in the input's
// size, that keeps a damaged file from hanging a build.
func FuzzReadPDF(f *testing.F) {
	for _, s := range pdfSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !isPDF(data) {
			data = append([]byte("%PDF-1.4\n"), data...)
		}
		res, _ := readPDF(data)
		if limit := maxPDFSteps(len(data)) + len(data); res.steps > limit {
			t.Fatalf("readPDF took %d steps, over %d", res.steps, limit)
		}
		ins, err := Parse("in.pdf", data)
		if len(ins) == 0 {
			if fe, ok := err.(*FileError); !ok || fe.Path != "in.pdf" {
				t.Fatalf("Parse error %#v is not a *FileError naming in.pdf", err)
			}
		}
		for _, in := range ins {
			if !utf8.ValidString(in.Text) || strings.ContainsRune(in.Text, 0) || strings.TrimSpace(in.Text) == "" || !utf8.ValidString(in.Title) {
				t.Fatalf("Parse returned invalid text %q (title %q)", in.Text, in.Title)
			}
		}
	})
}
