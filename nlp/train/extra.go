package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kg-project/kg/nlp/ner"
)

// readExtra reads the named mentions of the IOB2 files named in files
// (comma-separated; Universal NER's format, see [ner.ReadIOB2]), cut to
// the names GUM's gold reads ([ner.Conform]), as training sentences
// without tags. It also returns their sent_ids and a description of each
// file to record in the model: its name, the SHA-256 of its bytes and
// what it holds.
func readExtra(files string) ([]ner.Sentence, []string, []string, error) {
	var sents []ner.Sentence
	var ids, desc []string
	for _, path := range strings.Split(files, ",") {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, nil, err
		}
		ls, err := ner.ReadIOB2(bytes.NewReader(b))
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		names := 0
		for _, l := range ls {
			spans := ner.Conform(l.Words, l.Spans)
			names += len(spans)
			sents = append(sents, ner.Sentence{Doc: l.Doc, Words: l.Words, Spans: spans})
			ids = append(ids, l.ID)
		}
		h := sha256.Sum256(b)
		desc = append(desc, fmt.Sprintf("extra named mentions: %s, sha256:%s (%d sentences, %d names cut to capitalised runs; PER, ORG, LOC as person, organization, place)",
			filepath.Base(path), hex.EncodeToString(h[:]), len(ls), names))
	}
	return sents, ids, desc, nil
}

// extraTags gives sents (with sent_ids ids) the tags the file path holds
// for them (a file of nlp/train/nertags) and returns its description.
func extraTags(sents []ner.Sentence, ids []string, path string) (string, error) {
	text, desc, err := readTagFile(path)
	if err != nil {
		return "", err
	}
	byID, source, err := parseTagLines(text)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	for i := range sents {
		if sents[i].Tags, err = tagsOf(byID, ids[i], len(sents[i].Words)); err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
	}
	return fmt.Sprintf("%s (%s)", desc, source), nil
}
