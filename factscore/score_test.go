package factscore

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormName(t *testing.T) {
	tests := []struct {
		in, want string
		why      string
	}{
		{"The Conservative Party", "conservative party", "case and a leading the"},
		{"Korean People\u2019s Army", "korean people army", "a curly possessive"},
		{"Kim Jong-un", "kim jong un", "hyphens are spaces"},
		{"U.S. Department", "u s department", "dots are spaces"},
		{"  Tony   Blair ", "tony blair", "whitespace folded"},
		{"O'Brien's", "o'brien", "an apostrophe inside a name stays"},
		{"the's", "the", "'s before the end is dropped, then no leading 'the '"},
		{"Theodore", "theodore", "'the' must be a word"},
		{"Ünal_Ölçer", "ünal_ölçer", "letters beyond ASCII and underscores are word characters"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormName(tt.in); got != tt.want {
				t.Errorf("NormName(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.why)
			}
		})
	}
}

func TestScore(t *testing.T) {
	const gold = "doc\tsentence\tsubject\trelation\tobject\tnote\n" +
		"a.txt\tNorth and South Korea exchanged artillery fire\tNorth Korea\texchange_fire_with | fire_at\tSouth Korea\tsymmetric\n" +
		"a.txt\tTory leader Michael Howard has written to\tMichael Howard\tlead\tConservative Party | Tories\t\n" +
		"# a comment line\n" +
		"a.txt\tTory leader Michael Howard has written to\tMichael Howard\twrite to\tTony Blair\t\n" +
		"a.txt\tThe minister did not meet the envoy today\tJohn Smith\tnot_meet\tJane Doe\t\n"
	g, err := ReadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	korea := "North and South Korea exchanged artillery fire on  Monday."
	howard := "Tory leader Michael Howard has written to Tony Blair."
	minister := "The minister did not meet the envoy today."
	tests := []struct {
		name       string
		pred       Fact
		rel, pairs bool
		why        string
	}{
		{"symmetric", Prediction("a.txt", korea, "South Korea", "fire", "North Korea"), true, true,
			"a symmetric fact matches either way, and fire shares fire_at's first word"},
		{"short name", Prediction("a.txt", howard, "Howard", "lead", "Conservative Party"), true, true,
			"a name whose words run inside the gold name matches"},
		{"alternative", Prediction("a.txt", howard, "Michael Howard", "lead", "the Tories"), true, true,
			"any alternative name matches, the ignored"},
		{"relation", Prediction("a.txt", howard, "Michael Howard", "say", "Tony Blair"), false, true,
			"a wrong relation fails, but the pair is right"},
		{"phrase", Prediction("a.txt", howard, "Michael Howard", "write_to", "Tony Blair"), true, true,
			"the gold's 'write to' is the lemma write_to"},
		{"direction", Prediction("a.txt", howard, "Tony Blair", "write_to", "Michael Howard"), false, false,
			"direction counts unless symmetric"},
		{"negation", Prediction("a.txt", minister, "John Smith", "meet", "Jane Doe"), false, true,
			"negation must agree"},
		{"negated", Prediction("a.txt", minister, "John Smith", "not_meet", "Jane Doe"), true, true,
			"a negated fact matches a negated gold fact"},
		{"document", Prediction("b.txt", korea, "North Korea", "fire", "South Korea"), false, false,
			"the document must be the same"},
		{"sentence", Prediction("a.txt", "North Korea fired.", "North Korea", "fire", "South Korea"), false, false,
			"the gold's piece must occur in the sentence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score([]Fact{tt.pred}, g)
			if got := r.Precision == 1; got != tt.rel {
				t.Errorf("Score(%s) precision = %v, want a match: %v (%s)", tt.pred.Raw, r.Precision, tt.rel, tt.why)
			}
			if got := r.PairPrecision == 1; got != tt.pairs {
				t.Errorf("Score(%s) pair precision = %v, want a match: %v (%s)", tt.pred.Raw, r.PairPrecision, tt.pairs, tt.why)
			}
		})
	}
}

func TestScoreFigures(t *testing.T) {
	g, err := ReadGold(strings.NewReader("doc\tsentence\tsubject\trelation\tobject\n" +
		"a\tone two three four five six\tA\tmeet\tB\n" +
		"a\tone two three four five six\tA\tmeet\tC\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := "one two three four five six seven"
	preds := []Fact{Prediction("a", s, "A", "meet", "B"), Prediction("a", s, "A", "see", "C"), Prediction("a", s, "A", "meet", "D")}
	r := Score(preds, g)
	got := []float64{r.Precision, r.Recall, r.PairPrecision, r.PairRecall}
	want := []float64{1.0 / 3, 0.5, 2.0 / 3, 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Score figures mismatch (-want +got):\n%s", diff)
	}
	if len(r.Wrong) != 2 || len(r.Missed) != 1 {
		t.Errorf("Score listed %d wrong and %d missed, want 2 and 1", len(r.Wrong), len(r.Missed))
	}
	if want := "gold=2 kg_actor_facts=3 precision=0.333 recall=0.500 F1=0.400 (pairs only: P=0.667 R=1.000 F1=0.800)"; r.String() != want {
		t.Errorf("Result.String() = %q, want %q", r.String(), want)
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "line 1: no header line"},
		{"header", "doc\tsentence\tsubject\tobject\n", `lacks the column "relation"`},
		{"short", "doc\tsentence\tsubject\trelation\tobject\na\tsome sentence here\tA\tmeet\n", "line 2: 4 tab-separated fields, want at least 5 (no object)"},
		{"blank relation", "doc\tsentence\tsubject\trelation\tobject\na\tsome sentence\tA\t | \tB\n", "line 2: empty relation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadGold(%q) error = %v, want %q", tt.in, err, tt.want)
			}
		})
	}
}
