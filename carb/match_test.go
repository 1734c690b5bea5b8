package carb

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMatch(t *testing.T) {
	type pr struct{ P, R float64 }
	x := func(rel string, args ...string) Extraction { return Extraction{Relation: rel, Args: args} }
	tests := []struct {
		name       string
		gold, pred Extraction
		want       pr
		why        string
	}{
		{"exact", x("found", "Mr. Baker", "an opening"), x("found", "Mr. Baker", "an opening"), pr{1, 1},
			"identical slots match fully"},
		{"partial", x("found", "Mr. Baker", "an opening"), x("found", "Baker", "an opening under the house"), pr{4.0 / 7, 4.0 / 5},
			"each slot counts its common tokens; precision over predicted tokens, recall over gold tokens"},
		{"case", x("Found", "a", "b"), x("found", "a", "b"), pr{0, 0},
			"tokens compare case-sensitively, and a relation with no common token scores (0, 0)"},
		{"relation miss", x("made", "a", "b"), x("took", "a", "b"), pr{0, 0},
			"matching arguments do not rescue a relation with no common token"},
		{"multiset", x("r", "the the cat"), x("r", "the cat cat"), pr{3.0 / 4, 3.0 / 4},
			"each gold token consumes one equal predicted token"},
		{"be", x("is", "a", "b"), x("be", "a", "b"), pr{1, 1},
			"an unmatched predicted be matches a form of be in the gold relation"},
		{"be once", x("was been", "a"), x("be be", "a"), pr{2.0 / 3, 2.0 / 3},
			"the be bonus counts once"},
		{"be needs a gold form", x("has", "a"), x("be", "a"), pr{0, 0},
			"be matches nothing when the gold relation has no form of be"},
		{"be literal", x("be", "a"), x("be", "a"), pr{1, 1},
			"a predicted be already matched gets no bonus"},
		{"be bonus over a matched form", x("is", "a"), x("is be", "a"), pr{1, 3.0 / 2},
			"as in the official scorer, the bonus applies even when the gold's form of be is matched, so recall can pass 1"},
		{"missing arg2", x("r", "a", "b"), x("r", "a"), pr{0, 0},
			"a prediction lacking one of the gold's argument slots scores (0, 0)"},
		{"missing arg1", x("r", "a"), x("r"), pr{0, 0},
			"a prediction lacking arg1 scores (0, 0)"},
		{"empty arg2", x("r", "a", "b"), x("r", "a", ""), pr{1, 2.0 / 3},
			"an empty field is a present slot with no tokens"},
		{"extra slot ignored", x("r", "a"), x("r", "a", "b"), pr{1, 1},
			"a predicted slot beyond the gold's is not counted"},
		{"no gold args", x("r"), x("r", "a"), pr{1, 1},
			"a gold extraction without arguments is scored on its relation"},
		{"args joined", x("r", "a", "b c"), x("r", "a", "b", "c"), pr{1, 1},
			"args 2..N are joined into one slot, in the prediction"},
		{"gold args joined", x("r", "a", "b", "c"), x("r", "a", "c b"), pr{1, 1},
			"args 2..N are joined into one slot, in the gold"},
		{"context dropped", x("r", "a", "C: when x", "b"), x("r", "a", "b"), pr{1, 1},
			"gold arguments containing C: are context and dropped"},
		{"time prefix kept", x("r", "a", "T: in 1990"), x("r", "a", "in 1990"), pr{1, 4.0 / 5},
			"T: stays as a gold token"},
		{"said swap", x("said", "he", "it rains"), x("said", "it rains", "he"), pr{1, 1},
			"with a said-type gold relation the prediction is also scored with its arguments swapped"},
		{"said substring", x("has told", "he", "it rains"), x("told", "it rains", "he"), pr{1, 4.0 / 5},
			"the said-type test is a substring test on the gold relation"},
		{"no swap without said", x("saw", "he", "it rains"), x("saw", "it rains", "he"), pr{1.0 / 4, 1.0 / 4},
			"other relations are scored straight only"},
		{"said is case-sensitive", x("Said", "he", "it rains"), x("Said", "it rains", "he"), pr{1.0 / 4, 1.0 / 4},
			"the said-type test is case-sensitive"},
		{"swap takes the better", x("says", "he", "it"), x("says", "he", "it"), pr{1, 1},
			"a straight match better than the swapped one is kept"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var scratch []string
			p, r := match(newGoldFact(tt.gold), newPredFact(tt.pred), &scratch)
			if diff := cmp.Diff(tt.want, pr{p, r}); diff != "" {
				t.Errorf("match(%v, %v) mismatch (-want +got):\n%s\nwhy: %s", tt.gold, tt.pred, diff, tt.why)
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		in, want string
		why      string
	}{
		{"Mr. Baker found it .", "MrBakerfoundit", "spaces and punctuation go"},
		{"a -LRB- b -RRB- -LSB- c -RSB- -LCB- d -RCB-", "abcd", "bracket escapes are undone, then removed as punctuation"},
		{"-R-LRB-RB- x", "RRBx", "escapes are undone one kind after another, so undoing -LRB- forms no new -RRB-"},
		{"`` quoted '' , 's", "quoteds", "PTB quotes are ASCII punctuation"},
		{"“curly” café", "“curly”café", "only ASCII punctuation is removed"},
		{"a\tb", "a\tb", "only the space character is removed, not other white space"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.why)
		}
	}
}

func TestPairwiseSum(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 9, 127, 128, 129, 300, 1000} {
		xs := make([]float64, n)
		want := 0.0
		for i := range xs {
			xs[i] = float64(i%17) / 8 // exact in binary, so any order gives the same sum
			want += xs[i]
		}
		if got := pairwiseSum(xs); got != want {
			t.Errorf("pairwiseSum(%d values) = %v, want %v", n, got, want)
		}
	}
}
