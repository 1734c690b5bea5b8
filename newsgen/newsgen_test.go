package newsgen_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/newsgen"
)

func TestArticleDeterministic(t *testing.T) {
	a, b := newsgen.New(7), newsgen.New(7)
	for i := range 20 {
		if x, y := a.Article(), b.Article(); x != y {
			t.Fatalf("article %d differs between two generators with seed 7:\n%s\n---\n%s", i, x, y)
		}
	}
	if newsgen.New(7).Article() == newsgen.New(8).Article() {
		t.Errorf("seeds 7 and 8 give the same first article")
	}
}

func TestArticleVaried(t *testing.T) {
	g := newsgen.New(1)
	seen := make(map[string]bool)
	sentences := 0
	for range 200 {
		a := g.Article()
		if !utf8.ValidString(a) || strings.ContainsRune(a, 0) {
			t.Fatalf("article is not clean text: %q", a)
		}
		for _, s := range strings.SplitAfter(a, ". ") {
			seen[s] = true
			sentences++
		}
	}
	// Templates times vocabulary should make almost every sentence unique.
	if len(seen) < sentences*9/10 {
		t.Errorf("%d distinct sentences of %d, want at least 90%% distinct", len(seen), sentences)
	}
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	st, err := newsgen.WriteDir(t.Context(), dir, 300_000, 1)
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	var files, md int
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		total += info.Size()
		files++
		if strings.HasSuffix(p, ".md") {
			md++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if total != st.Bytes || files != st.Files {
		t.Errorf("on disk %d files, %d bytes; WriteDir said %d, %d", files, total, st.Files, st.Bytes)
	}
	if total < 300_000 || total > 310_000 {
		t.Errorf("wrote %d bytes, want just over 300000", total)
	}
	if md == 0 || md > files/5 {
		t.Errorf("%d of %d files are Markdown, want about a tenth", md, files)
	}
}

func TestParseSize(t *testing.T) {
	cases := []struct {
		in   string
		want int64
		why  string
	}{
		{"4096", 4096, "a plain number is bytes"},
		{"100MB", 100_000_000, "MB is a power of 1000"},
		{"1.5 GB", 1_500_000_000, "fractions and a space are allowed"},
		{"2MiB", 2 << 20, "MiB is a power of 1024"},
		{"10k", 10_000, "single-letter units"},
	}
	for _, c := range cases {
		got, err := newsgen.ParseSize(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d (%s)", c.in, got, err, c.want, c.why)
		}
	}
	for _, bad := range []string{"", "MB", "12XB", "-5", "1..2MB"} {
		if _, err := newsgen.ParseSize(bad); err == nil {
			t.Errorf("ParseSize(%q) = nil error, want one", bad)
		}
	}
}
