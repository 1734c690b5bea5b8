package nlp

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"
)

// TestTaggerMatchesProse checks that kg's copy of prose's tagger gives
// prose's tags, word for word, on every sentence of the shared treebanks
// (GUM and EWT: 10,518 sentences, 182,301 words) and on the words of each
// emoticon. It skips when the treebanks are absent.
func TestTaggerMatchesProse(t *testing.T) {
	prose, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	ours, err := englishTagger()
	if err != nil {
		t.Fatal(err)
	}
	if len(emoticons) != 58 {
		t.Errorf("%d emoticons, prose v3.2.3 has 58", len(emoticons))
	}
	var sentences [][]string
	for e := range emoticons {
		sentences = append(sentences, []string{"I", "am", e, "now"}, []string{e})
	}
	files, _ := filepath.Glob("../../shared/treebanks/*/*.conllu")
	if len(files) == 0 {
		t.Skip("no treebanks in ../shared/treebanks")
	}
	for _, f := range files {
		sentences = append(sentences, conlluWords(t, f)...)
	}
	words := 0
	for _, s := range sentences {
		want := prose.Tag(s)
		got := make([]string, len(s))
		ours.tags(s, nil, got)
		// Given the words in lower case, as Analyzer.Tag gives them, the
		// tagger must tag them the same.
		lower, gotLower := make([]string, len(s)), make([]string, len(s))
		for i, w := range s {
			lower[i] = strings.ToLower(w)
		}
		ours.tags(s, lower, gotLower)
		for i := range s {
			if got[i] != want[i].Tag {
				t.Errorf("%q: word %d %q tagged %s, prose %s", strings.Join(s, " "), i, s[i], got[i], want[i].Tag)
			}
			if gotLower[i] != got[i] {
				t.Errorf("%q: word %d %q tagged %s given its lower case, %s without", strings.Join(s, " "), i, s[i], gotLower[i], got[i])
			}
		}
		words += len(s)
	}
	t.Logf("%d sentences, %d words", len(sentences), words)
}

// conlluWords returns the word forms of each sentence of a CoNLL-U file.
func conlluWords(t testing.TB, path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || strings.ContainsAny(cols[0], "-.") || line[0] == '#' {
			continue
		}
		cur = append(cur, cols[1])
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// BenchmarkTagger tags the words of the shared GUM treebank's news
// documents with prose's tagger and with kg's copy of it, one after the
// other, so that -count interleaves them on a loaded machine:
//
//	go test ./nlp -run '^$' -bench Tagger -cpu 1 -count 5
func BenchmarkTagger(b *testing.B) {
	files, _ := filepath.Glob("../../shared/treebanks/gum/GUM_news_*.conllu")
	if len(files) == 0 {
		b.Skip("no GUM treebank in ../shared/treebanks")
	}
	var sentences [][]string
	words := 0
	for _, f := range files {
		for _, s := range conlluWords(b, f) {
			sentences = append(sentences, s)
			words += len(s)
		}
	}
	prose, err := tag.New()
	if err != nil {
		b.Fatal(err)
	}
	ours, err := englishTagger()
	if err != nil {
		b.Fatal(err)
	}
	tags := make([]string, 1000)
	run := func(b *testing.B, tag func([]string)) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			for _, s := range sentences {
				tag(s)
			}
			n += words
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "words/s")
	}
	b.Run("prose", func(b *testing.B) { run(b, func(s []string) { prose.Tag(s) }) })
	b.Run("kg", func(b *testing.B) { run(b, func(s []string) { ours.tags(s, nil, tags[:len(s)]) }) })
}
