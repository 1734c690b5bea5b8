package corefeval

import (
	"math"
	"math/rand/v2"
	"testing"
)

type E = Entity[string]

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestWorkedExamples checks the metrics on the examples their authors and
// Pradhan et al. (2014) work through by hand.
func TestWorkedExamples(t *testing.T) {
	tests := []struct {
		name          string
		why           string
		key, response []E
		metric        func(Scores) Metric
		r, p          float64
	}{
		{
			"Pradhan MUC", "Pradhan et al. 2014, section 2.1: recall (1+1)/(2+3), precision (1+0+1)/(1+1+3)",
			[]E{{"a", "b", "c"}, {"d", "e", "f", "g"}}, []E{{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}},
			func(s Scores) Metric { return s.MUC }, 2.0 / 5, 2.0 / 5,
		},
		{
			"Pradhan B3", "Pradhan et al. 2014, section 2.2: recall (4/3+1/3+1/4+4/4)/7, precision (4/2+1/2+1/2+4/4)/8",
			[]E{{"a", "b", "c"}, {"d", "e", "f", "g"}}, []E{{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}},
			func(s Scores) Metric { return s.B3 }, 35.0 / 84, 4.0 / 8,
		},
		{
			"Pradhan CEAF-e", "Pradhan et al. 2014, section 2.3: K1-R1 (φ4 = 4/5) and K2-R3 (φ4 = 4/8) aligned",
			[]E{{"a", "b", "c"}, {"d", "e", "f", "g"}}, []E{{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}},
			func(s Scores) Metric { return s.CEAFe }, 1.3 / 2, 1.3 / 3,
		},
		{
			"Vilain split", "Vilain et al. 1995: a key chain of four split in two keeps two of three links, every response link is right",
			[]E{{"A", "B", "C", "D"}}, []E{{"A", "B"}, {"C", "D"}},
			func(s Scores) Metric { return s.MUC }, 2.0 / 3, 1,
		},
		{
			"Vilain merge", "Vilain et al. 1995: two key chains merged into one: all key links found, one of three response links wrong",
			[]E{{"A", "B"}, {"C", "D"}}, []E{{"A", "B", "C", "D"}},
			func(s Scores) Metric { return s.MUC }, 1, 2.0 / 3,
		},
		{
			"Bagga merge", "Bagga and Baldwin 1998: merging chains of 5 and 2 mentions: recall 1, precision (5·5/7+2·2/7)/7",
			[]E{{"1", "2", "3", "4", "5"}, {"6", "7"}}, []E{{"1", "2", "3", "4", "5", "6", "7"}},
			func(s Scores) Metric { return s.B3 }, 1, 29.0 / 49,
		},
		{
			"identity", "a response equal to the key scores 1 everywhere, singletons included",
			[]E{{"a", "b"}, {"c"}}, []E{{"c"}, {"b", "a"}},
			func(s Scores) Metric { return s.CEAFe }, 1, 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Scores
			Add(&s, tt.key, tt.response)
			m := tt.metric(s)
			if !near(m.R.Value(), tt.r) || !near(m.P.Value(), tt.p) {
				t.Errorf("R %v P %v, want R %v P %v (%s)", m.R.Value(), m.P.Value(), tt.r, tt.p, tt.why)
			}
		})
	}
}

func TestCoNLL(t *testing.T) {
	var s Scores
	Add(&s, []E{{"a", "b", "c"}, {"d", "e", "f", "g"}}, []E{{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}})
	f := func(r, p float64) float64 { return 2 * r * p / (r + p) }
	want := (f(0.4, 0.4) + f(35.0/84, 0.5) + f(0.65, 1.3/3)) / 3
	if !near(s.CoNLL(), want) {
		t.Errorf("CoNLL() = %v, want %v, the mean of the three F1", s.CoNLL(), want)
	}
	// A second document adds counts, not averages of scores.
	Add(&s, []E{{"x", "y"}}, []E{{"x", "y"}})
	if got, want := s.MUC.R, (Ratio{3, 6}); got != want {
		t.Errorf("MUC recall over two documents = %v, want %v", got, want)
	}
	if s.Docs != 2 {
		t.Errorf("Docs = %d, want 2", s.Docs)
	}
	var empty Scores
	if empty.CoNLL() != 0 {
		t.Errorf("CoNLL of nothing = %v, want 0", empty.CoNLL())
	}
}

// TestMaxAssignment compares Kuhn-Munkres with trying every matching.
func TestMaxAssignment(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		rows, cols := rng.IntN(5), rng.IntN(5)
		sim := make([][]float64, rows)
		for i := range sim {
			sim[i] = make([]float64, cols)
			for j := range sim[i] {
				if rng.IntN(3) > 0 {
					sim[i][j] = rng.Float64()
				}
			}
		}
		if got, want := maxAssignment(sim, cols), brute(sim, cols, 0, make([]bool, cols)); !near(got, want) {
			t.Fatalf("maxAssignment(%v) = %v, want %v", sim, got, want)
		}
	}
}

func brute(sim [][]float64, cols, i int, used []bool) float64 {
	if i == len(sim) {
		return 0
	}
	best := brute(sim, cols, i+1, used) // row i unmatched
	for j := range cols {
		if !used[j] {
			used[j] = true
			best = max(best, sim[i][j]+brute(sim, cols, i+1, used))
			used[j] = false
		}
	}
	return best
}
