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
	rec, err := model.Recognizer()
	if err != nil {
		t.Fatal(err)
	}
	want := "nertags.gz, text sha256:" + hex.EncodeToString(h.Sum(nil))
	data := rec.Meta().Data
	if !slices.ContainsFunc(data, func(d string) bool { return strings.Contains(d, want) }) {
		t.Errorf("the recogniser's training tags are %q, not %q: retrain it with go run ./nlp/train -ner-only -out nlp/model", data[len(data)-1], want)
	}
}
