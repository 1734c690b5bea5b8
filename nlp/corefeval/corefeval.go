// Package corefeval scores coreference chains against gold chains with the
// metrics of the CoNLL 2011/2012 shared tasks, as defined for the reference
// scorer by Pradhan et al. (2014), "Scoring Coreference Partitions of
// Predicted Mentions: A Reference Implementation":
//
//   - MUC (Vilain et al. 1995): links. Recall is the share of the links of
//     each key entity that the response keeps, sum(|K| - |p(K)|) /
//     sum(|K| - 1), where p(K) partitions K by the response entities (a
//     mention the response lacks is a part of its own); precision swaps
//     key and response.
//   - B³ (Bagga and Baldwin 1998): mentions. Recall is the mean over key
//     mentions of the share of the mention's key entity that its response
//     entity holds, sum over K, R of |K ∩ R|² / |K|, over sum |K|;
//     precision swaps key and response.
//   - CEAF-e (Luo 2005): entities. Each key entity is aligned to at most
//     one response entity so that the sum of φ4(K, R) = 2|K ∩ R| / (|K| +
//     |R|) is highest (Kuhn-Munkres); recall is that sum over the number of
//     key entities, precision over the number of response entities.
//   - The CoNLL F1 is the mean of the three F1 scores.
//
// Mentions are compared by identity: the caller maps predicted mentions to
// gold ones first (for example by their head word). Scores of several
// documents add up by summing numerators and denominators, as the
// reference scorer does.
package corefeval

import (
	"fmt"
	"math"
)

// An Entity is a set of mentions that corefer; a Mention is any comparable
// value that names one mention, such as a sentence and word range.
type Entity[M comparable] []M

// A Ratio is a score's numerator and denominator, summed over documents.
type Ratio struct{ Num, Den float64 }

// Value returns Num/Den, or 0 when Den is 0.
func (r Ratio) Value() float64 {
	if r.Den == 0 {
		return 0
	}
	return r.Num / r.Den
}

// A Metric holds one metric's recall and precision.
type Metric struct{ R, P Ratio }

// F1 returns the harmonic mean of recall and precision.
func (m Metric) F1() float64 {
	r, p := m.R.Value(), m.P.Value()
	if r+p == 0 {
		return 0
	}
	return 2 * r * p / (r + p)
}

func (m *Metric) add(o Metric) {
	m.R.Num += o.R.Num
	m.R.Den += o.R.Den
	m.P.Num += o.P.Num
	m.P.Den += o.P.Den
}

// Scores are the three metrics, summed over the documents added.
type Scores struct {
	MUC, B3, CEAFe Metric
	// Docs counts the documents added.
	Docs int
}

// Add scores the response entities of one document against its key
// entities and adds the counts to s. A mention should be in at most one
// entity of each side.
func Add[M comparable](s *Scores, key, response []Entity[M]) {
	s.MUC.add(Metric{R: muc(key, response), P: muc(response, key)})
	s.B3.add(Metric{R: b3(key, response), P: b3(response, key)})
	s.CEAFe.add(ceafe(key, response))
	s.Docs++
}

// CoNLL returns the CoNLL F1: the mean of the MUC, B³ and CEAF-e F1.
func (s Scores) CoNLL() float64 {
	return (s.MUC.F1() + s.B3.F1() + s.CEAFe.F1()) / 3
}

// String formats the scores as kg eval prints them.
func (s Scores) String() string {
	f := func(name string, m Metric) string {
		return fmt.Sprintf("%s R %.3f P %.3f F1 %.3f", name, m.R.Value(), m.P.Value(), m.F1())
	}
	return fmt.Sprintf("coreference %s; %s; %s; CoNLL F1 %.3f (%d documents)",
		f("MUC", s.MUC), f("B3", s.B3), f("CEAF-e", s.CEAFe), s.CoNLL(), s.Docs)
}

// index maps each mention to the position of its entity.
func index[M comparable](es []Entity[M]) map[M]int {
	ix := map[M]int{}
	for i, e := range es {
		for _, m := range e {
			ix[m] = i
		}
	}
	return ix
}

// muc returns the MUC recall of response against key (precision with the
// sides swapped).
func muc[M comparable](key, response []Entity[M]) Ratio {
	ix := index(response)
	var r Ratio
	for _, k := range key {
		parts := map[int]bool{}
		missing := 0
		for _, m := range k {
			if j, ok := ix[m]; ok {
				parts[j] = true
			} else {
				missing++
			}
		}
		r.Num += float64(len(k) - len(parts) - missing)
		r.Den += float64(len(k) - 1)
	}
	return r
}

// b3 returns the B³ recall of response against key (precision with the
// sides swapped).
func b3[M comparable](key, response []Entity[M]) Ratio {
	ix := index(response)
	var r Ratio
	for _, k := range key {
		if len(k) == 0 {
			continue
		}
		common := map[int]int{}
		for _, m := range k {
			if j, ok := ix[m]; ok {
				common[j]++
			}
		}
		for _, c := range common {
			r.Num += float64(c*c) / float64(len(k))
		}
		r.Den += float64(len(k))
	}
	return r
}

// ceafe returns CEAF-e's recall and precision.
func ceafe[M comparable](key, response []Entity[M]) Metric {
	ix := index(response)
	sim := make([][]float64, len(key))
	for i, k := range key {
		sim[i] = make([]float64, len(response))
		common := map[int]int{}
		for _, m := range k {
			if j, ok := ix[m]; ok {
				common[j]++
			}
		}
		for j, c := range common {
			sim[i][j] = 2 * float64(c) / float64(len(k)+len(response[j]))
		}
	}
	total := maxAssignment(sim, len(response))
	return Metric{R: Ratio{total, float64(len(key))}, P: Ratio{total, float64(len(response))}}
}

// maxAssignment returns the largest sum of sim[i][j] over a one-to-one
// matching of rows to the cols columns (Kuhn-Munkres, Hungarian algorithm
// with potentials, O(n³) for n = max(rows, cols)).
func maxAssignment(sim [][]float64, cols int) float64 {
	n := max(len(sim), cols)
	if n == 0 {
		return 0
	}
	// Minimise cost = -sim on an n×n square matrix padded with zeros.
	cost := func(i, j int) float64 {
		if i < len(sim) && j < cols {
			return -sim[i][j]
		}
		return 0
	}
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	p := make([]int, n+1) // p[j]: row matched to column j (1-based), 0 for none
	way := make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		used := make([]bool, n+1)
		for j := range minv {
			minv[j] = math.Inf(1)
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if c := cost(i0-1, j-1) - u[i0] - v[j]; c < minv[j] {
					minv[j], way[j] = c, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	total := 0.0
	for j := 1; j <= n; j++ {
		if i := p[j]; i > 0 {
			total -= cost(i-1, j-1)
		}
	}
	return total
}
