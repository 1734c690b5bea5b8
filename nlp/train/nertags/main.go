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
	flag.Parse()
	if err := run(*data, *source); err != nil {
		log.Fatal("nertags: ", err)
	}
}

func run(data, source string) error {
	an, err := nlp.New()
	if err != nil {
		return err
	}
	sents, err := treebank.ReadGUM(data, treebank.Train)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "# kg-ner-tags: %s\n", source)
	for _, s := range sents {
		words := make([]string, len(s.Words))
		for i, wd := range s.Words {
			words[i] = wd.Form
		}
		fmt.Fprintf(w, "%s\t%s\n", s.ID, strings.Join(an.TagWords(words), " "))
	}
	return w.Flush()
}
