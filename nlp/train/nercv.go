package main

import (
	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/ner"
)

// crossValidate scores the recogniser on GUM's train documents by k-fold
// cross-validation, as train -ner-folds K asks: for each k below folds it
// trains on sents (the training sentences, of the documents of gold, in
// order) less the documents whose index is k modulo folds, with opts,
// prunes to prune, recognises those documents with the tags they were
// trained on, and returns the mention scores and the types' confusion over
// all folds ([ner.Confusion]): on GUM's train documents ten times dev's
// mentions, none of them seen by the model that reads them.
func crossValidate(sents []ner.Sentence, gold []conllu.Sentence, folds int, opts ner.Options, prune float32) (ner.Scores, ner.Confusion) {
	doc := make([]int, len(sents)) // each sentence's document index
	for i := range sents {
		if i > 0 {
			doc[i] = doc[i-1]
			if sents[i].Doc != sents[i-1].Doc {
				doc[i]++
			}
		}
	}
	var sc ner.Scores
	var conf ner.Confusion
	for k := range folds {
		var train []ner.Sentence
		for i, s := range sents {
			if doc[i]%folds != k {
				train = append(train, s)
			}
		}
		rec := ner.Train(train, opts).Pruned(prune)
		for i := 0; i < len(sents); {
			j := i + 1
			for j < len(sents) && doc[j] == doc[i] {
				j++
			}
			if doc[i]%folds == k {
				var words, tags [][]string
				for _, s := range sents[i:j] {
					words, tags = append(words, s.Words), append(tags, s.Tags)
				}
				found, steps := rec.RecognizeDocSteps(opts.Lexicon, words, tags)
				for d := i; d < j; d++ {
					sc.Add(ner.Gold(&gold[d]), found[d-i])
					conf.Add(ner.ConfusionGold(&gold[d]), found[d-i], steps[d-i])
				}
			}
			i = j
		}
	}
	return sc, conf
}
