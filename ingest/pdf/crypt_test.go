package pdf

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/sharedtest"
)

// TestEncrypted reads the files of testdata/encrypted, which qpdf
// encrypted with every revision of the standard security handler: those
// that open without a password give the text, title and date of the file
// in clear; those that need one are refused, saying so.
func TestEncrypted(t *testing.T) {
	dir := filepath.Join("testdata", "encrypted")
	plain, err := os.ReadFile(filepath.Join(dir, "plain.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := Read(plain)
	if err != nil || !strings.Contains(want.Text, "Kim Jong Bok oversees the troops in Kursk.") || want.Title != "Troops in Kursk" {
		t.Fatalf("Read(plain.pdf) = %+v, %v; want its sentence and title", want, err)
	}
	for _, name := range []string{"r2-rc4-40", "r3-rc4-128", "r4-aes-128", "r4-clearmeta", "r5-aes-256", "r6-aes-256", "r6-objstm"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := Read(data)
			if err != nil || got.Text != want.Text || got.Title != want.Title || got.Date != want.Date {
				t.Errorf("Read = %q (title %q, date %q), %v; want %q, %q, %q", got.Text, got.Title, got.Date, err, want.Text, want.Title, want.Date)
			}
		})
	}
	for _, name := range []string{"r3-password", "r6-password"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := Read(data)
			const msg = "encrypted PDF: it needs a password; kg cannot read it"
			if got.Text != "" || !errors.Is(err, ErrEncrypted) || err.Error() != msg {
				t.Errorf("Read = %q, %v; want %q", got.Text, err, msg)
			}
		})
	}
}

// TestEncryptedByQPDF has qpdf encrypt PDFs that kg writes, with fresh
// document IDs and keys each run, compressed and with object streams, and
// reads them back.
func TestEncryptedByQPDF(t *testing.T) {
	qpdf := sharedtest.Tool(t, "qpdf", "qpdf")
	texts := []string{
		"BT /F1 12 Tf 72 700 Td (North Korean troops arrived in Kursk, Ukraine said.) Tj ET",
		"BT /F1 12 Tf 72 700 Td (Kim Jong Bok met Andrei Belousov in Moscow.) Tj ET",
	}
	for _, layout := range []struct {
		name string
		pdf  *testPDF
	}{
		{"tables", &testPDF{}},
		{"compressed", &testPDF{flate: true, xrefStm: true}},
	} {
		plain := simplePDF(layout.pdf, texts)
		want, err := Read(plain)
		if err != nil || !strings.Contains(want.Text, "Kim Jong Bok met Andrei Belousov") {
			t.Fatalf("%s: Read(plain) = %q, %v", layout.name, want.Text, err)
		}
		in := filepath.Join(t.TempDir(), "plain.pdf")
		if err := os.WriteFile(in, plain, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, enc := range []struct {
			name string
			args []string
		}{
			{"rc4-40", []string{"--allow-weak-crypto", "--encrypt", "", "o", "40", "--"}},
			{"rc4-128", []string{"--allow-weak-crypto", "--encrypt", "", "o", "128", "--use-aes=n", "--"}},
			{"aes-128", []string{"--encrypt", "", "o", "128", "--use-aes=y", "--"}},
			{"aes-256-r5", []string{"--encrypt", "", "o", "256", "--force-R5", "--"}},
			{"aes-256", []string{"--encrypt", "", "o", "256", "--"}},
			{"aes-256-objstm", []string{"--object-streams=generate", "--encrypt", "", "o", "256", "--"}},
		} {
			t.Run(layout.name+"/"+enc.name, func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "enc.pdf")
				if msg, err := exec.Command(qpdf, append(enc.args, in, out)...).CombinedOutput(); err != nil {
					t.Fatalf("qpdf: %v\n%s", err, msg)
				}
				data, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				got, err := Read(data)
				if err != nil || got.Text != want.Text {
					t.Errorf("Read = %q, %v; want %q", got.Text, err, want.Text)
				}
			})
		}
	}
}

// TestEncryptionRefusals: encryption kg does not know is refused, naming
// what it is.
func TestEncryptionRefusals(t *testing.T) {
	text := "BT /F1 12 Tf 72 700 Td (Kim met Lee.) Tj ET"
	cases := []struct {
		encrypt, want string
	}{
		{"/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /O <00> /U <00> /P -4 >>", "encrypted PDF: it needs a password; kg cannot read it"},
		{"/Encrypt << /Filter /Adobe.PubSec /V 4 /R 4 >>", "encrypted PDF: it uses the security handler /Adobe.PubSec, which needs software or a certificate kg does not have; kg cannot read it"},
		{"/Encrypt << /Filter /Standard /V 3 /R 3 >>", "encrypted PDF: it uses encryption version 3, which kg does not know; kg cannot read it"},
		{"/Encrypt << /Filter /Standard /V 2 /R 7 >>", "encrypted PDF: it uses the standard security handler's revision 7, which kg does not know; kg cannot read it"},
		{"/Encrypt << /Filter /Standard /V 5 /R 6 /U <00> /UE <00> >>", "encrypted PDF: its encryption dictionary is damaged (/U or /UE too short); kg cannot read it"},
		{"/Encrypt << /Filter /Standard /V 4 /R 4 /CF << /StdCF << /CFM /Foo >> >> /StmF /StdCF /StrF /StdCF >>", "encrypted PDF: its crypt filter /StdCF uses the method /Foo, which kg does not know; kg cannot read it"},
		{"/Encrypt << /Filter /Standard /V 2 /R 3 /Length 4 >>", "encrypted PDF: its key length of 4 bits is invalid; kg cannot read it"},
		{"/Encrypt 99 0 R", "encrypted PDF: its encryption dictionary is unreadable; kg cannot read it"},
	}
	for _, c := range cases {
		doc, err := Read(simplePDF(&testPDF{trailer: c.encrypt}, []string{text}))
		if doc.Text != "" || !errors.Is(err, ErrEncrypted) || err.Error() != c.want {
			t.Errorf("%s: Read = %q, %v; want %q", c.encrypt, doc.Text, err, c.want)
		}
	}
}
