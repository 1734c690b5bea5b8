package treebank

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGUMFiles(t *testing.T) {
	dir := t.TempDir()
	gum := filepath.Join(dir, "gum")
	if err := os.MkdirAll(gum, 0o755); err != nil {
		t.Fatal(err)
	}
	splits := "# Splits\n\n## dev\n\n  * GUM_a\n  * GUM_missing\n\n## train\n\n  * GUM_c\n  * GUM_b\n"
	files := map[string]string{
		"splits.md":     splits,
		"GUM_a.conllu":  "1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n\n",
		"GUM_b.conllu":  "1\ty\ty\tX\tX\t_\t0\troot\t_\t_\n\n",
		"GUM_c.conllu":  "1\tz\tz\tX\tX\t_\t0\troot\t_\t_\n\n",
		"GUM_zz.conllu": "not in any split",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(gum, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := GUMFiles(dir, Train)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || filepath.Base(got[0]) != "GUM_b.conllu" || filepath.Base(got[1]) != "GUM_c.conllu" {
		t.Errorf("GUMFiles(train) = %v, want GUM_b and GUM_c in name order", got)
	}
	got, err = GUMFiles(dir, Dev)
	if err != nil || len(got) != 1 {
		t.Errorf("GUMFiles(dev) = %v, %v; want GUM_a alone (GUM_missing is absent)", got, err)
	}
	if _, err := GUMFiles(dir, Test); err == nil {
		t.Error("GUMFiles(test) with no test documents succeeded")
	}
	sents, sums, err := ReadFiles(got)
	if err != nil || len(sents) != 1 || len(sums) != 1 || !strings.HasPrefix(sums[0], "GUM_a.conllu sha256:") {
		t.Errorf("ReadFiles(%v) = %d sentences, %v, %v", got, len(sents), sums, err)
	}
	if _, err := GUMFiles(t.TempDir(), Train); err == nil {
		t.Error("GUMFiles without splits.md succeeded")
	}
}
