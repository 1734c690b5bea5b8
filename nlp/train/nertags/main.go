// Command nertags writes the part-of-speech tags that package nlp (prose's
// tagger and kg's corrections) gives the words of GUM's train documents,
// the input the recogniser trains on (go run ./nlp/train reads them from
// nlp/train/nertags.gz):
//
//	go run ./nlp/train/nertags -data ../shared/treebanks -source "package nlp at COMMIT" | gzip -n > nlp/train/nertags.gz
//
// The recogniser learns from a file rather than from package nlp as it is
// at training time, so that a change to the tag corrections does not change
// what the one command rebuilds: refreshing the file is a retrain, scored
// as one. It uses only nlp.New, Analyzer.TagWords and treebank.ReadGUM, so
// that it also runs on an earlier commit's tree (see nlp/model/README.md).
//
// With -iob2 FILES (comma-separated files of Universal NER's format) it
// writes the tags of those files' sentences instead, for go run
// ./nlp/train -ner-extra FILES -ner-extra-tags:
//
//	go run ./nlp/train/nertags -iob2 A.iob2,B.iob2 -source "package nlp at COMMIT" | gzip -n > nlp/train/nertags-uner.gz
//
// The output is text: a first line "# kg-ner-tags: SOURCE", then one line
// per sentence, its sent_id, a tab and its words' Penn tags separated by
// spaces.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/treebank"
)

func main() {
	log.SetFlags(0)
	data := flag.String("data", "../shared/treebanks", "treebanks folder")
	source := flag.String("source", "package nlp", "what made the tags, recorded in the file's first line")
	iob2 := flag.String("iob2", "", "comma-separated IOB2 files whose sentences to tag instead of GUM's train documents")
	flag.Parse()
	if err := run(*data, *source, *iob2); err != nil {
		log.Fatal("nertags: ", err)
	}
}

func run(data, source, iob2 string) error {
	an, err := nlp.New()
	if err != nil {
		return err
	}
	var sents []sentence
	if iob2 != "" {
		for _, path := range strings.Split(iob2, ",") {
			s, err := readIOB2(path)
			if err != nil {
				return err
			}
			sents = append(sents, s...)
		}
	} else {
		gum, err := treebank.ReadGUM(data, treebank.Train)
		if err != nil {
			return err
		}
		for _, s := range gum {
			words := make([]string, len(s.Words))
			for i, wd := range s.Words {
				words[i] = wd.Form
			}
			sents = append(sents, sentence{s.ID, words})
		}
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "# kg-ner-tags: %s\n", source)
	for _, s := range sents {
		fmt.Fprintf(w, "%s\t%s\n", s.id, strings.Join(an.TagWords(s.words), " "))
	}
	return w.Flush()
}

// A sentence is a sentence's sent_id and words.
type sentence struct {
	id    string
	words []string
}

// readIOB2 reads the sent_ids and words of an IOB2 file of Universal
// NER's format (a "# sent_id = ID" line, then a line per word whose
// second tab-separated column is the word; a blank line ends a sentence).
// It reads only what it needs, so that it runs on an earlier commit's
// tree, which has no reader of the format.
func readIOB2(path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []sentence
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if id, ok := strings.CutPrefix(line, "# sent_id = "); ok {
			out = append(out, sentence{id: strings.TrimSpace(id)})
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(out) == 0 || len(cols) < 3 {
			return nil, fmt.Errorf("%s: line %d: a word outside a sentence or with %d columns", path, n, len(cols))
		}
		out[len(out)-1].words = append(out[len(out)-1].words, cols[1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
