package carb_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kg-project/kg/carb"
)

// gx and px build gold and predicted extractions.
func gx(sent, rel string, args ...string) carb.Extraction {
	return carb.Extraction{Sentence: sent, Relation: rel, Args: args}
}

func px(sent string, conf float64, rel string, args ...string) carb.Extraction {
	return carb.Extraction{Sentence: sent, Confidence: conf, Relation: rel, Args: args}
}

func TestScore(t *testing.T) {
	const s = "Mr. Baker found an opening ."
	tests := []struct {
		name       string
		gold, pred []carb.Extraction
		want       carb.Result
		why        string
	}{
		{
			name: "empty",
			want: carb.Result{},
			why:  "nothing to score gives zeros and no curve",
		},
		{
			name: "no predictions",
			gold: []carb.Extraction{gx(s, "found", "Mr. Baker", "an opening")},
			want: carb.Result{},
			why:  "without predictions there is no threshold, so no curve and zeros",
		},
		{
			name: "no gold",
			pred: []carb.Extraction{px(s, 0.5, "found", "Mr. Baker", "an opening")},
			want: carb.Result{Precision: 1, Threshold: 0.5, Curve: []carb.Point{{0.5, 1, 0}}},
			why:  "precision is 1 when its denominator is 0, recall 0",
		},
		{
			name: "thresholds",
			gold: []carb.Extraction{gx(s, "found", "Mr. Baker", "an opening")},
			pred: []carb.Extraction{
				px(s, 0.9, "lost", "Mr. Baker", "an opening"),
				px(s, 0.2, "found", "Mr. Baker", "an opening"),
			},
			want: carb.Result{
				Precision: 0.5, Recall: 1, F1: 2.0 / 3, Threshold: 0.2,
				// (1, 0.5) to (0, 0): 0.25; (0, 0) to (0, 1): 0.
				AUC:   0.25,
				Curve: []carb.Point{{0.2, 0.5, 1}, {0.9, 0, 0}},
			},
			why: "each distinct confidence is a threshold keeping the predictions at or above it; P = R = 0 is never best",
		},
		{
			name: "many-to-one recall, one-to-one precision",
			gold: []carb.Extraction{gx(s, "found", "Mr. Baker", "an opening")},
			pred: []carb.Extraction{
				px(s, 0.5, "found", "Mr. Baker", "an opening"),
				px(s, 0.5, "found", "Mr. Baker", "an opening"),
			},
			want: carb.Result{
				Precision: 0.5, Recall: 1, F1: 2.0 / 3, Threshold: 0.5, AUC: 0.75,
				Curve: []carb.Point{{0.5, 0.5, 1}},
			},
			why: "a gold fact takes its best recall over all predictions, but precision matches each gold fact once",
		},
		{
			name: "greedy ties",
			gold: []carb.Extraction{gx(s, "r", "a b c d e"), gx(s, "r", "a")},
			pred: []carb.Extraction{px(s, 1, "r", "a"), px(s, 1, "r", "a b c d x")},
			// Precision matrix: gold 0: [1, 5/6]; gold 1: [1, 2/6]. The
			// row-major scan with strict > takes (0, 0) first, leaving 2/6.
			want: carb.Result{
				Precision: (1 + 2.0/6) / 2, Recall: (5.0/6 + 1) / 2,
				F1: 2 * (4.0 / 6) * (11.0 / 12) / (4.0/6 + 11.0/12), Threshold: 1,
				AUC:   (11.0 / 12) * (4.0/6 + 1) / 2,
				Curve: []carb.Point{{1, 4.0 / 6, 11.0 / 12}},
			},
			why: "the greedy matching takes the first highest precision in row-major order, not the best assignment",
		},
		{
			name: "sentence key",
			gold: []carb.Extraction{gx("Mr. Baker ( 1990 ) left .", "left", "Mr. Baker")},
			pred: []carb.Extraction{
				px("Mr . Baker -LRB- 1990 -RRB- left", 0.5, "left", "Mr. Baker"),
				px("Another sentence .", 0.7, "left", "Mr. Baker"),
			},
			want: carb.Result{
				Precision: 1, Recall: 1, F1: 1, Threshold: 0.5, AUC: 1,
				Curve: []carb.Point{{0.5, 1, 1}, {0.7, 1, 0}},
			},
			why: "sentences match without spaces, escapes and punctuation; other sentences add only thresholds",
		},
		{
			name: "key collision",
			gold: []carb.Extraction{
				gx("a b .", "r", "x"),
				gx("ab .", "q", "y"),
			},
			pred: []carb.Extraction{px("a b", 1, "r", "x")},
			want: carb.Result{Curve: []carb.Point{{1, 0, 0}}},
			why:  "when two sentence texts share a key, only the text that first appears last keeps its extractions",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := carb.Score(tt.gold, tt.pred)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-12), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Score mismatch (-want +got):\n%s\nwhy: %s", diff, tt.why)
			}
		})
	}
}

func TestScoreKeepsInputs(t *testing.T) {
	gold := []carb.Extraction{gx("s .", "said", "he", "it", "C: x")}
	pred := []carb.Extraction{px("s", 0.3, "said", "it", "he"), px("s", 0.1, "said", "he")}
	wantGold := []carb.Extraction{gx("s .", "said", "he", "it", "C: x")}
	wantPred := []carb.Extraction{px("s", 0.3, "said", "it", "he"), px("s", 0.1, "said", "he")}
	carb.Score(gold, pred)
	if diff := cmp.Diff(wantGold, gold); diff != "" {
		t.Errorf("Score changed gold (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantPred, pred); diff != "" {
		t.Errorf("Score changed pred (-want +got):\n%s", diff)
	}
}

func TestResultRound(t *testing.T) {
	tests := []struct {
		in, want float64
		why      string
	}{
		{0.4581, 0.458, "down"},
		{0.4586, 0.459, "up"},
		{0.0625, 0.062, "an exact half goes to even, as NumPy rounds"},
		{0.2415, 0.242, "0.2415 is just below the half in binary, but times 1000 it is exactly 241.5, which goes to even like NumPy and unlike %.3f"},
		{0.4585, 0.458, "0.4585 is just above the half in binary, but times 1000 it is exactly 458.5, which goes to even"},
	}
	for _, tt := range tests {
		got := carb.Result{Precision: tt.in}.Round().Precision
		if got != tt.want {
			t.Errorf("Round(%v) = %v, want %v (%s)", tt.in, got, tt.want, tt.why)
		}
	}
}

func TestResultString(t *testing.T) {
	r := carb.Result{Precision: 0.52569, Recall: 0.40592, F1: 0.45811, AUC: 0.24}
	if got, want := r.String(), "P 0.526 R 0.406 F1 0.458 AUC 0.240"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestExplain(t *testing.T) {
	gold := []carb.Extraction{
		gx("s one .", "found", "Baker", "an opening"),
		gx("s one .", "led", "the house", "to a mine"),
		gx("s two .", "is", "he", "tall"),
	}
	pred := []carb.Extraction{
		px("s one", 0.9, "found", "Baker", "an opening"),
		px("s one", 0.4, "saw", "nobody"),
		px("s two", 0.5, "be", "he", "tall"),
		px("s three", 0.5, "x", "y"),
	}
	var b strings.Builder
	if err := carb.Explain(&b, gold, pred); err != nil {
		t.Fatal(err)
	}
	want := `sentence 1: s one .
  missed   (the house; led; to a mine)
  spurious 0.400 (nobody; saw)
missed 1 of 3 gold extractions; 1 of 3 predictions on gold sentences matched nothing; 1 predictions on other sentences
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("Explain mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteCurve(t *testing.T) {
	r := carb.Result{Curve: []carb.Point{{0.2, 0.5, 1}, {0.9, 0, 0}}}
	var b strings.Builder
	if err := carb.WriteCurve(&b, r); err != nil {
		t.Fatal(err)
	}
	want := "threshold,precision,recall\n0.2,0.5,1\n0.9,0,0\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("WriteCurve mismatch (-want +got):\n%s", diff)
	}
}
