package main

import (
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
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
// the tags of the file tagFile (see readNERTags; "" for the tags package nlp
// gives now) when proseTags (the tags kg's entity layer gives it), else
// with the jackknifed tags of ds, and on the sentences of extra; prints
// its scores on GUM dev and test with tags from tg and with prose's tags,
// and returns it pruned.
//
// With folds above 1 it instead cross-validates the recogniser on GUM's
// train documents ([crossValidate]) and returns nil.
func trainNER(data string, train []conllu.Sentence, ds []dep.Sentence, sums []string, tg *tag.Tagger, epochs int, seed uint64, members int, bag bool, prune float32, proseTags bool, tagFile string, extra nerExtra, folds int) (*ner.Recognizer, error) {
	lex, err := entity.TrainingLexicon()
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
	files := append(slices.Clip(sums), fmt.Sprintf("gazetteer (the lexicon): %s, sha256:%s", lex.Source(), lex.Sum()),
		fmt.Sprintf("nlp/model/clusters.gz (word classes: %d words in %d, %d and %d classes)", cl.Len(), sz[0], sz[1], sz[2]))
	sents := nerSentences(train, ds)
	switch {
	case proseTags && tagFile != "":
		tags, desc, err := readNERTags(tagFile, train)
		if err != nil {
			return nil, err
		}
		for i := range sents {
			sents[i].Tags = tags[i]
		}
		files = append(files, "tags: "+desc)
	case proseTags:
		for i := range sents {
			sents[i].Tags = an.TagWords(sents[i].Words)
		}
		files = append(files, "tags: prose's tagger and kg's corrections (package nlp)")
	}
	var more []ner.Sentence
	if extra.files != "" {
		var ids, desc []string
		if more, ids, desc, err = readExtra(extra.files); err != nil {
			return nil, err
		}
		files = append(files, desc...)
		switch {
		case proseTags && extra.tags != "":
			d, err := extraTags(more, ids, extra.tags)
			if err != nil {
				return nil, err
			}
			files = append(files, "extra tags: "+d)
		case proseTags:
			for i := range more {
				more[i].Tags = an.TagWords(more[i].Words)
			}
			files = append(files, "extra tags: prose's tagger and kg's corrections (package nlp)")
		default:
			for i := range more {
				more[i].Tags, _ = tg.Tag(more[i].Words)
			}
			files = append(files, "extra tags: kg's tagger")
		}
	}
	if extra.repeat > 1 {
		files = append(files, fmt.Sprintf("GUM's train documents %d times an epoch", extra.repeat))
	}
	opts := ner.Options{Epochs: epochs, Seed: seed, Members: members, Bag: bag, Data: files, Lexicon: lex, Clusters: cl, Extra: more, Repeat: extra.repeat}
	if folds > 1 {
		var gum []conllu.Sentence
		for _, s := range train {
			if strings.HasPrefix(s.Doc, "GUM_") {
				gum = append(gum, s) // nerSentences' sentences
			}
		}
		sc, conf := crossValidate(sents, gum, folds, opts, prune)
		log.Printf("GUM train, %d-fold cross-validation: %v", folds, sc)
		log.Printf("types of the named mentions found with a gold span (gold > found: count, by the step that typed them):\n%s", conf)
		return nil, nil
	}
	rec := ner.Train(sents, opts).Pruned(prune)
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

// nerExtra names the recogniser's training sentences beyond GUM's: IOB2
// files (comma-separated; "" for none), the file of their tags ("": tag
// them as GUM's are tagged when no file is given), and how many times an
// epoch visits each GUM document.
type nerExtra struct {
	files, tags string
	repeat      int
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

// readNERTags reads the tags of GUM's train sentences among train (those
// nerSentences keeps, in its order) from path, a gzip file written by
// nlp/train/nertags (see parseNERTags). It also returns a description of
// the file to record in the model: its name, the SHA-256 of its text (not
// of the compressed bytes, which depend on the compressor) and the source
// its first line names.
func readNERTags(path string, train []conllu.Sentence) ([][]string, string, error) {
	text, desc, err := readTagFile(path)
	if err != nil {
		return nil, "", err
	}
	tags, source, err := parseNERTags(text, train)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	return tags, fmt.Sprintf("%s (%s)", desc, source), nil
}

// readTagFile returns the text of the gzip file path and a description of
// it: its name and the SHA-256 of its text (not of the compressed bytes,
// which depend on the compressor).
func readTagFile(path string) (string, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", "", err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", "", fmt.Errorf("%s: %w", path, err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		return "", "", fmt.Errorf("%s: %w", path, err)
	}
	h := sha256.Sum256(text)
	return string(text), filepath.Base(path) + ", text sha256:" + hex.EncodeToString(h[:]), nil
}

// parseNERTags returns the tags that text gives GUM's train sentences among
// train, in order, and the source text's first line names. text is a first
// line "# kg-ner-tags: SOURCE", then one line per sentence: its sent_id, a
// tab and its tags separated by spaces. It fails when a sentence is missing
// or its tags do not match its words in number.
func parseNERTags(text string, train []conllu.Sentence) ([][]string, string, error) {
	byID, source, err := parseTagLines(text)
	if err != nil {
		return nil, "", err
	}
	var out [][]string
	for _, s := range train {
		if !strings.HasPrefix(s.Doc, "GUM_") {
			continue
		}
		tags, err := tagsOf(byID, s.ID, len(s.Words))
		if err != nil {
			return nil, "", err
		}
		out = append(out, tags)
	}
	return out, source, nil
}

// parseTagLines returns the tags of each sentence of text, a file of
// nlp/train/nertags (see parseNERTags), by sent_id, and the source its
// first line names.
func parseTagLines(text string) (map[string][]string, string, error) {
	head, body, _ := strings.Cut(text, "\n")
	source, ok := strings.CutPrefix(head, "# kg-ner-tags: ")
	if !ok {
		return nil, "", errors.New("not a file of nlp/train/nertags")
	}
	byID := map[string][]string{}
	for line := range strings.Lines(body) {
		id, tags, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		byID[id] = strings.Fields(tags)
	}
	return byID, source, nil
}

// tagsOf returns the tags byID holds for sentence id of n words, or an
// error when it holds none or a number other than n.
func tagsOf(byID map[string][]string, id string, n int) ([]string, error) {
	tags, ok := byID[id]
	if !ok || len(tags) != n {
		return nil, fmt.Errorf("sentence %s: %d tags for %d words; rewrite the file with go run ./nlp/train/nertags", id, len(tags), n)
	}
	return tags, nil
}
