package extract_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/kg-project/kg/carb"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/nlp"
)

// devF1 is the CaRB dev F1 the extractor reached; TestCaRBDev fails when
// the score drops more than 0.01 below it.
const devF1 = 0.541

// readDevSentences returns the lines of CaRB's dev sentences, skipping the
// test when the shared folder is absent.
func readDevSentences(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(sharedtest.Path(tb, "carb/dev/sentences.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			out = append(out, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// predictions runs x on each sentence and returns the extractions in
// CaRB's form: relation, then arg1 = subject, arg2 = object, arg3... =
// extra arguments.
func predictions(a *nlp.Analyzer, x *extract.Extractor, sentences []string) []carb.Extraction {
	var out []carb.Extraction
	for _, line := range sentences {
		for _, e := range x.Sentence(a.Tag(line)) {
			args := []string{e.Subject.Text, e.Object.Text}
			for _, extra := range e.Extra {
				args = append(args, extra.Text)
			}
			out = append(out, carb.Extraction{Sentence: line, Confidence: e.Confidence, Relation: e.Relation, Args: args})
		}
	}
	return out
}

// TestCaRBDev scores the extractor on CaRB's dev split and fails when F1
// drops more than 0.01 below the figure it reached.
func TestCaRBDev(t *testing.T) {
	sentences := readDevSentences(t)
	f, err := os.Open(sharedtest.Path(t, "carb/dev/gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := carb.ReadGold(f)
	if err != nil {
		t.Fatalf("read gold: %v", err)
	}
	a, x := setup(t)
	r := carb.Score(gold, predictions(a, x, sentences)).Round()
	t.Logf("CaRB dev: P %.3f R %.3f F1 %.3f AUC %.3f", r.Precision, r.Recall, r.F1, r.AUC)
	if floor := devF1 - 0.01; r.F1 < floor {
		t.Errorf("CaRB dev F1 = %.3f, want >= %.3f", r.F1, floor)
	}
}
