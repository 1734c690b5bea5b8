package entity

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"strings"
	"testing"
)

func TestLexicon(t *testing.T) {
	l, err := NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	names := []struct {
		name, want, why string
	}{
		{"United Nations", "Organization", "a body of the gazetteer"},
		{"WHO", "Organization", "an acronym in capitals"},
		{"who", "", "an acronym matches only in capitals"},
		{"the United States", "GPE", "a leading 'the' is dropped"},
		{"British", "demonym", "a nationality word"},
		{"Prime Minister", "title", "a title"},
		{"Putin", "short", "a well-known person's short name"},
		{"Vladimir Putin", "Person", "a well-known person"},
		{"Cape Canaveral", "", "unknown"},
	}
	for _, tt := range names {
		if got := l.Name(strings.Fields(tt.name)); got != tt.want {
			t.Errorf("Name(%q) = %q, want %q (%s)", tt.name, got, tt.want, tt.why)
		}
	}
	words := []struct{ word, want string }{
		{"Party", "orghead"},
		{"University", "orghead orgfirst"},
		{"Senator", "title"},
		{"Monday", "notname"},
		{"the", ""},
	}
	for _, tt := range words {
		if got := l.Word(tt.word); got != tt.want {
			t.Errorf("Word(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestLexiconSnapshot checks that a snapshot in nerlex.gz's format of the
// gazetteer in data/ reads back as the same files (the same Sum), and that
// the embedded snapshot, the recogniser's training lexicon, reads.
func TestLexiconSnapshot(t *testing.T) {
	data0, err := dataFiles()
	if err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(data, "data/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	fmt.Fprintf(zw, "# kg-gazetteer: a test\n")
	for _, name := range names {
		b, err := data.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(zw, "== %s %d\n", name, len(b))
		zw.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	files, source, err := readSnapshot(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parseGazetteer(files); err != nil {
		t.Fatal(err)
	}
	if back, want := sumFiles(files), sumFiles(data0); source != "a test" || len(files) != len(names) || back != want || len(want) != 64 {
		t.Errorf("snapshot of data/: source %q, %d files, sum %s; want \"a test\", %d files, sum %s", source, len(files), back, len(names), want)
	}
	l, err := TrainingLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Sum()) != 64 || !strings.HasPrefix(l.Source(), "entity/nerlex.gz, ") {
		t.Errorf("TrainingLexicon: Sum %q, Source %q", l.Sum(), l.Source())
	}
	for _, bad := range []string{"", "no header\n", "# kg-gazetteer: x\n== data/a.txt 99\nshort", "# kg-gazetteer: x\nline\n"} {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(bad))
		zw.Close()
		if _, _, err := readSnapshot(b.Bytes()); err == nil {
			t.Errorf("readSnapshot(%q): no error", bad)
		}
	}
}

func TestWordKey(t *testing.T) {
	for _, w := range []string{"President", "Corp.", "U.S.", "the", "People’s", "CHIEF", "x y", ""} {
		if got, want := wordKey(w), normKey(w); got != want {
			t.Errorf("wordKey(%q) = %q, want normKey's %q", w, got, want)
		}
	}
}

// TestWordFast checks that Word's table gives what the full look-up gives.
func TestWordFast(t *testing.T) {
	l, err := NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"President", "president", "PRESIDENT", "Corp.", "Corp", "Bank", "Monday", "Monday.", "chief", "Chief.", "Kim", "McDonald", "People’s", "x", ""}
	for w := range l.word {
		words = append(words, w, strings.ToUpper(w), strings.ToLower(w), w+".")
	}
	for _, w := range words {
		if got, want := l.Word(w), l.lookWord(w); got != want {
			t.Errorf("Word(%q) = %q, want %q", w, got, want)
		}
	}
}
