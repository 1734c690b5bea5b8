package extract_test

import (
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that extraction never panics, that every written
// argument lies inside the sentence and matches its span, and that every
// extraction has a relation.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, file := range files {
		for _, line := range readLines(f, file) {
			f.Add(line)
		}
	}
	f.Add("“Quoted,” he said — and left.")
	f.Add("to to to the of , , and which who that")
	f.Add("A. B. Corp. `` '' -- ' 's")
	// A sentence that opens with a gerund of saying: the verb is the
	// first chunk, with no comma before it (CI's fuzzer, 2026-12-05).
	f.Add("Saying quickly the decision by Norway was reckless.")
	f.Add("Saying \"the decision by Norway was reckless.\"")
	a, x := setup(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			t.Skip("the analyzer expects valid UTF-8; paragraphs are short")
		}
		for _, s := range a.Split(text) {
			for _, e := range x.Sentence(s) {
				if err := checkExtraction(s, e); err != nil {
					t.Errorf("Sentence(%q): %v", s.Text, err)
				}
			}
		}
	})
}
