// Package treebank finds the treebank files kg trains and measures its
// models on, in the layout of ../shared/treebanks: GUM's documents with
// its own split by document (splits.md), and EWT's dev and test files.
package treebank

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp/conllu"
)

// Split names a part of a treebank.
type Split string

// The splits.
const (
	Train Split = "train"
	Dev   Split = "dev"
	Test  Split = "test"
)

// GUMFiles returns the GUM files of split under dir (the treebanks folder),
// in name order: the documents that splits.md lists under split and that
// are present.
func GUMFiles(dir string, split Split) ([]string, error) {
	f, err := os.Open(filepath.Join(dir, "gum", "splits.md"))
	if err != nil {
		return nil, fmt.Errorf("read GUM splits: %w", err)
	}
	defer f.Close()
	var files []string
	cur := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if name, ok := strings.CutPrefix(l, "## "); ok {
			cur = strings.TrimSpace(name)
			continue
		}
		doc, ok := strings.CutPrefix(l, "* ")
		if !ok || cur != string(split) {
			continue
		}
		p := filepath.Join(dir, "gum", strings.TrimSpace(doc)+".conllu")
		if _, err := os.Stat(p); err == nil {
			files = append(files, p)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read GUM splits: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no GUM %s documents under %s", split, dir)
	}
	slices.Sort(files)
	return files, nil
}

// ReadGUM reads the sentences of GUM's documents of split under dir, in
// the order of GUMFiles.
func ReadGUM(dir string, split Split) ([]conllu.Sentence, error) {
	files, err := GUMFiles(dir, split)
	if err != nil {
		return nil, err
	}
	sents, _, err := ReadFiles(files)
	return sents, err
}

// EWTFile returns the path of EWT's file for split (dev or test).
func EWTFile(dir string, split Split) string {
	return filepath.Join(dir, "ewt", "en_ewt-ud-"+string(split)+".conllu")
}

// ReadFiles reads the sentences of files, in order. It also returns, for
// each file, its base name and SHA-256, to record in a model.
func ReadFiles(files []string) ([]conllu.Sentence, []string, error) {
	var out []conllu.Sentence
	var sums []string
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		s, err := conllu.Read(strings.NewReader(string(b)))
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, s...)
		h := sha256.Sum256(b)
		sums = append(sums, filepath.Base(p)+" sha256:"+hex.EncodeToString(h[:]))
	}
	return out, sums, nil
}
