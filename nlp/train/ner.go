package main

import (
	"fmt"
	"log"
	"slices"
	"strings"
	"time"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/dep"
	"github.com/kg-project/kg/nlp/model"
	"github.com/kg-project/kg/nlp/ner"
	"github.com/kg-project/kg/nlp/tag"
	"github.com/kg-project/kg/nlp/treebank"
)

// trainNER trains the recogniser on GUM's train sentences (train), with
// prose's tags when proseTags (the tags kg's entity layer gives it), else
// with the jackknifed tags of ds; prints its scores on GUM dev and test
// with tags from tg and with prose's tags, and returns it pruned.
func trainNER(data string, train []conllu.Sentence, ds []dep.Sentence, sums []string, tg *tag.Tagger, epochs int, seed uint64, members int, bag bool, prune float32, proseTags bool) (*ner.Recognizer, error) {
	lex, err := entity.NewLexicon()
	if err != nil {
		return nil, err
	}
	sum, err := lex.Sum()
	if err != nil {
		return nil, err
	}
	an, err := nlp.New()
	if err != nil {
		return nil, err
	}
	cl, err := model.Clusters()
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	sz := cl.Sizes()
	files := append(slices.Clip(sums), "entity/data/*.txt (gazetteer, the lexicon) sha256:"+sum,
		fmt.Sprintf("nlp/model/clusters.gz (word classes: %d words in %d, %d and %d classes)", cl.Len(), sz[0], sz[1], sz[2]))
	sents := nerSentences(train, ds)
	if proseTags {
		for i := range sents {
			sents[i].Tags = an.TagWords(sents[i].Words)
		}
		files = append(files, "tags: prose's tagger and kg's corrections (package nlp)")
	}
	rec := ner.Train(sents, ner.Options{Epochs: epochs, Seed: seed, Members: members, Bag: bag, Data: files, Lexicon: lex, Clusters: cl}).Pruned(prune)
	log.Printf("recogniser: %d epochs, seed %d, %d models (bagged %v), %v", epochs, seed, max(members, 1), bag && members > 1, time.Since(t0).Round(time.Millisecond))
	taggers := []struct {
		name string
		tag  func([]string) []string
	}{
		{"kg's tags", func(w []string) []string { t, _ := tg.Tag(w); return t }},
		{"prose's tags", an.TagWords},
	}
	for _, sp := range []treebank.Split{treebank.Dev, treebank.Test} {
		sents, err := treebank.ReadGUM(data, sp)
		if err != nil {
			return nil, err
		}
		for _, tgr := range taggers {
			sc, err := ner.Evaluate(sents, func(words [][]string) ([][]ner.Span, error) {
				tags := make([][]string, len(words))
				for i, w := range words {
					tags[i] = tgr.tag(w)
				}
				return rec.RecognizeDoc(lex, words, tags), nil
			})
			if err != nil {
				return nil, err
			}
			log.Printf("GUM %-4s %s: %v", sp, tgr.name, sc)
		}
	}
	return rec, nil
}

// nerSentences returns GUM's named mentions for training, on the tags
// the parser trains on (ds, made from sents).
func nerSentences(sents []conllu.Sentence, ds []dep.Sentence) []ner.Sentence {
	var out []ner.Sentence
	for i, s := range sents {
		if !strings.HasPrefix(s.Doc, "GUM_") {
			continue // EWT has no entity annotation
		}
		out = append(out, ner.Sentence{Doc: s.Doc, Words: ds[i].Words, Tags: ds[i].Tags, Spans: ner.GoldAll(&s)})
	}
	return out
}
