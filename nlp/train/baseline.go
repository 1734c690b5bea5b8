package main

import (
	"fmt"

	prosetag "github.com/jdkato/prose/v3/tag"

	"github.com/kg-project/kg/nlp/treebank"
)

// proseBaseline returns the Penn tag accuracy of prose's tagger, kg's
// earlier tagger, on the gold words of files.
func proseBaseline(files []string) (string, error) {
	sents, _, err := treebank.ReadFiles(files)
	if err != nil {
		return "", err
	}
	tg, err := prosetag.New()
	if err != nil {
		return "", err
	}
	n, ok := 0, 0
	for _, s := range sents {
		words := make([]string, len(s.Words))
		for i, w := range s.Words {
			words[i] = w.Form
		}
		for i, tok := range tg.Tag(words) {
			n++
			if tok.Tag == s.Words[i].XPOS {
				ok++
			}
		}
	}
	return fmt.Sprintf("prose XPOS %.3f (%d tokens)", float64(ok)/float64(n), n), nil
}
