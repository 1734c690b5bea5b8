package model_test

import (
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/nlp/model"
)

// TestRecognizerTags checks that the shipped recogniser was trained on the
// file of training tags beside its trainer, nlp/train/nertags.gz: a file
// refreshed without retraining (or a model retrained on other tags) would
// leave a recogniser that go run ./nlp/train does not rebuild.
func TestRecognizerTags(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "train", "nertags.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	if _, err := io.Copy(h, zr); err != nil {
		t.Fatal(err)
	}
	recorded(t, "training tags", "nertags.gz, text sha256:"+hex.EncodeToString(h.Sum(nil)))
}

// TestRecognizerLexicon checks that the shipped recogniser was trained with
// the gazetteer snapshot entity/nerlex.gz (entity.TrainingLexicon): a
// snapshot refreshed without retraining would leave a recogniser that go
// run ./nlp/train does not rebuild.
func TestRecognizerLexicon(t *testing.T) {
	lex, err := entity.TrainingLexicon()
	if err != nil {
		t.Fatal(err)
	}
	recorded(t, "gazetteer", lex.Source()+", sha256:"+lex.Sum())
}

// recorded fails t unless one of the shipped recogniser's training files,
// as its metadata lists them, contains want.
func recorded(t *testing.T, what, want string) {
	t.Helper()
	rec, err := model.Recognizer()
	if err != nil {
		t.Fatal(err)
	}
	data := rec.Meta().Data
	if !slices.ContainsFunc(data, func(d string) bool { return strings.Contains(d, want) }) {
		t.Errorf("the recogniser was trained with another %s than this kg's (its metadata records no %q): retrain it with go run ./nlp/train -ner-only -out nlp/model", what, want)
	}
}
