package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/carb"
	"github.com/kg-project/kg/internal/sharedtest"
)

// writeTemp writes content to a file named name in a temporary directory
// and returns its path.
func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// figures parses the first line of kg eval's output.
func figures(t *testing.T, out string) (p, r, f1, auc float64) {
	t.Helper()
	line, _, _ := strings.Cut(out, "\n")
	if _, err := fmt.Sscanf(line, "P %f R %f F1 %f AUC %f", &p, &r, &f1, &auc); err != nil {
		t.Fatalf("kg eval printed %q, want P _ R _ F1 _ AUC _: %v", line, err)
	}
	return p, r, f1, auc
}

func TestEvalOpenIE5Dev(t *testing.T) {
	gold := sharedtest.Path(t, "carb/dev/gold.tsv")
	pred := sharedtest.Path(t, "carb/dev/openie5.tsv")
	out := mustKG(t, "eval", "--gold", gold, "--pred", pred)
	if want := "P 0.526 R 0.406 F1 0.458 AUC 0.240\n"; out != want {
		t.Errorf("kg eval on OpenIE-5's dev output printed %q, want %q (the official scorer's figures)", out, want)
	}
}

// devF1 is the CaRB dev F1 that kg extract --format carb reaches (the
// README's "kg, all of dev" row); TestCaRBDev fails when it drops more than
// 0.01 below.
const devF1 = 0.525

// TestCaRBDev scores exactly what kg extract --format carb writes for CaRB's
// dev sentences, and checks that kg eval --sentences prints the same
// figures and that the README gives them.
func TestCaRBDev(t *testing.T) {
	gold := sharedtest.Path(t, "carb/dev/gold.tsv")
	sents := sharedtest.Path(t, "carb/dev/sentences.txt")
	written := mustKG(t, "extract", "--format", "carb", sents)
	pred, err := carb.ReadPredictions(strings.NewReader(written))
	if err != nil {
		t.Fatalf("kg extract --format carb wrote what CaRB's reader rejects: %v", err)
	}
	g, err := os.Open(gold)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	goldX, err := carb.ReadGold(g)
	if err != nil {
		t.Fatal(err)
	}
	scored := carb.Score(goldX, pred).String()
	t.Logf("CaRB dev, kg extract --format carb: %s", scored)
	if _, _, f1, _ := figures(t, scored); f1 < devF1-0.01 {
		t.Errorf("CaRB dev F1 = %.3f, want >= %.3f", f1, devF1-0.01)
	}

	if out := mustKG(t, "eval", "--gold", gold, "--sentences", sents); out != scored+"\n" {
		t.Errorf("kg eval --sentences printed %q; scoring kg extract --format carb gives %q", out, scored)
	}

	readme, err := os.ReadFile(filepath.Join(sharedtest.Root(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	p, r, f1, auc := figures(t, scored)
	row := fmt.Sprintf("| kg, all of dev | %.3f | %.3f | **%.3f** | **%.3f** |", p, r, f1, auc)
	if !strings.Contains(string(readme), row) {
		t.Errorf("README.md lacks the measured CaRB dev row %q", row)
	}
}

func TestEvalPred(t *testing.T) {
	gold := writeTemp(t, "gold.tsv", ""+
		"Mr. Baker found an opening .\tfound\tMr. Baker\tan opening\n"+
		"Mr. Baker found an opening .\tis\tBaker\tMr.\n"+
		"It rained .\trained\tIt\n")
	const predText = "" +
		"Mr. Baker found an opening .\t0.9\tfound\tMr. Baker\tan opening\n" +
		"Mr. Baker found an opening .\t0.3\tbe\tBaker\ta man\n" +
		"Mr. Baker found an opening .\t0.2\tsaw\tnobody\n"
	pred := writeTemp(t, "pred.tsv", predText)
	curve := filepath.Join(t.TempDir(), "curve.csv")

	out := mustKG(t, "eval", "--gold", gold, "--pred", pred, "--curve", curve, "--explain")
	want := `P 0.750 R 0.556 F1 0.638 AUC 0.528

sentence 1: Mr. Baker found an opening .
  spurious 0.200 (nobody; saw)
sentence 2: It rained .
  missed   (It; rained)
missed 1 of 3 gold extractions; 1 of 3 predictions on gold sentences matched nothing; 0 predictions on other sentences
`
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("kg eval --explain mismatch (-want +got):\n%s", diff)
	}
	gotCurve, err := os.ReadFile(curve)
	if err != nil {
		t.Fatal(err)
	}
	wantCurve := "threshold,precision,recall\n" +
		"0.2,0.5,0.5555555555555555\n" +
		"0.3,0.75,0.5555555555555555\n" +
		"0.9,1,0.3333333333333333\n"
	if diff := cmp.Diff(wantCurve, string(gotCurve)); diff != "" {
		t.Errorf("kg eval --curve mismatch (-want +got):\n%s", diff)
	}

	code, stdinOut, errs := kg(t, predText, "eval", "--gold", gold, "--pred", "-")
	if code != 0 || stdinOut != "P 0.750 R 0.556 F1 0.638 AUC 0.528\n" {
		t.Errorf("kg eval --pred - = exit %d, %q, %q; want the same figures as from the file", code, stdinOut, errs)
	}
}

func TestEvalSentences(t *testing.T) {
	gold := writeTemp(t, "gold.tsv", "Kim Jong Bok traveled to Russia .\ttraveled to\tKim Jong Bok\tRussia\n")
	sents := writeTemp(t, "sentences.txt", "Kim Jong Bok traveled to Russia .\n\n")
	out := mustKG(t, "eval", "--gold", gold, "--sentences", sents)
	if _, r, _, _ := figures(t, out); r == 0 {
		t.Errorf("kg eval --sentences printed %q; want the extractor to find the fact of a plain transitive sentence", out)
	}
}

func TestEvalErrors(t *testing.T) {
	gold := writeTemp(t, "gold.tsv", "s .\tr\ta\n")
	badPred := writeTemp(t, "pred.tsv", "s .\t0.5\tr\ta\ns .\thigh\tr\ta\n")
	badGold := writeTemp(t, "bad.tsv", "s .\tr\ta\nonly a sentence\n")
	tests := []struct {
		name    string
		args    []string
		wantErr string
		why     string
	}{
		{"no gold", []string{"eval", "--pred", badPred}, `"gold" not set`,
			"the gold file has no default"},
		{"no input", []string{"eval", "--gold", gold}, "at least one of the flags",
			"there must be something to score"},
		{"both inputs", []string{"eval", "--gold", gold, "--pred", badPred, "--sentences", gold}, "none of the others",
			"--pred and --sentences exclude each other"},
		{"missing gold", []string{"eval", "--gold", filepath.Join(t.TempDir(), "none.tsv"), "--pred", badPred}, "gold: open",
			"a missing file is reported with its path"},
		{"bad pred", []string{"eval", "--gold", gold, "--pred", badPred}, "pred.tsv: line 2: confidence is not a number",
			"a malformed line is reported with its file and line"},
		{"bad gold", []string{"eval", "--gold", badGold, "--pred", badPred}, "bad.tsv: line 2: too few tab-separated fields",
			"a malformed gold line is reported with its file and line"},
		{"arguments", []string{"eval", "--gold", gold, "--pred", badPred, "extra"}, "unknown command",
			"eval takes no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := kg(t, "", tt.args...)
			if code != exitError || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("kg %s = exit %d, stderr %q; want exit %d and %q (%s)", strings.Join(tt.args, " "), code, errs, exitError, tt.wantErr, tt.why)
			}
		})
	}
}
