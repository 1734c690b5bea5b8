package carb

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// A Point is one point of the precision/recall curve.
type Point struct {
	Threshold float64 // predictions with at least this confidence are kept
	Precision float64
	Recall    float64
}

// A Result is the outcome of [Score].
type Result struct {
	// Precision, Recall and F1 are taken at the threshold with the best F1.
	Precision, Recall, F1 float64
	// Threshold is the confidence threshold with the best F1.
	Threshold float64
	// AUC is the area under the precision/recall curve.
	AUC float64
	// Curve has one point per distinct predicted confidence, in ascending
	// threshold order.
	Curve []Point
}

// Round returns r with Precision, Recall, F1 and AUC rounded to three
// decimals the way CaRB reports them (NumPy's round: half to even on the
// value times 1000).
func (r Result) Round() Result {
	r.Precision, r.Recall, r.F1, r.AUC = round3(r.Precision), round3(r.Recall), round3(r.F1), round3(r.AUC)
	return r
}

// String formats the rounded figures as "P 0.526 R 0.406 F1 0.458 AUC 0.240".
func (r Result) String() string {
	r = r.Round()
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f AUC %.3f", r.Precision, r.Recall, r.F1, r.AUC)
}

func round3(x float64) float64 { return math.RoundToEven(x*1000) / 1000 }

// Score scores predictions against gold extractions as CaRB's official
// scorer does with its default matcher (see the package documentation).
// Predictions need not be sorted; gold and pred are not modified, and the
// Result's Curve belongs to the caller. Score is safe for concurrent use.
//
// With no prediction there is no curve and every figure is 0. A threshold
// where precision and recall are both 0 (NaN F1 in the official scorer) is
// never the best unless all are; then the figures are 0. With no gold
// extraction, recall is 0 and precision 1 everywhere.
func Score(gold, pred []Extraction) Result {
	var sc scorer
	sc.init(gold, pred)
	n := len(sc.thresholds)
	if n == 0 {
		return Result{}
	}
	p, pl := make([]float64, n), make([]float64, n)
	r, rl := make([]float64, n), make([]float64, n)
	for _, s := range sc.sentences() {
		m := sc.matrix(s)
		confs := make([]float64, len(s.pred))
		for j, x := range s.pred {
			confs[j] = pred[x].Confidence
		}
		slices.Sort(confs)
		prev := 0
		for _, c := range confs {
			ci, _ := slices.BinarySearch(sc.thresholds, c)
			if ci < prev {
				continue // a repeated confidence
			}
			var kept []int
			for j, x := range s.pred {
				if pred[x].Confidence >= c {
					kept = append(kept, j)
				}
			}
			rn := m.recall(kept)
			pn := m.greedyPrecision(kept)
			for t := prev; t <= ci; t++ {
				p[t] += pn
				pl[t] += float64(len(kept))
				r[t] += rn
				rl[t] += float64(len(s.gold))
			}
			prev = ci + 1
		}
		for t := prev; t < n; t++ {
			rl[t] += float64(len(s.gold))
		}
	}

	res := Result{Curve: make([]Point, n)}
	best := -1.0
	for t := range n {
		pt := Point{Threshold: sc.thresholds[t], Precision: 1}
		if pl[t] > 0 {
			pt.Precision = p[t] / pl[t]
		}
		if rl[t] > 0 {
			pt.Recall = r[t] / rl[t]
		}
		res.Curve[t] = pt
		if pt.Precision+pt.Recall == 0 {
			continue
		}
		if f1 := 2 * pt.Precision * pt.Recall / (pt.Precision + pt.Recall); f1 > best {
			best = f1
			res.Precision, res.Recall, res.F1, res.Threshold = pt.Precision, pt.Recall, f1, pt.Threshold
		}
	}
	res.AUC = auc(res.Curve)
	return res
}

// auc returns the trapezoid area under the (recall, precision) points of
// curve with (0, 1) appended, as scikit-learn's auc over NumPy's trapz
// computes it (recall does not increase with the threshold, so the area is
// the negated trapezoid sum, summed pairwise like NumPy).
func auc(curve []Point) float64 {
	terms := make([]float64, len(curve))
	for i, pt := range curve {
		nr, np := 0.0, 1.0
		if i+1 < len(curve) {
			nr, np = curve[i+1].Recall, curve[i+1].Precision
		}
		terms[i] = (nr - pt.Recall) * (np + pt.Precision) / 2
	}
	// NumPy's sum starts from the identity 0 and adds the pairwise sum of
	// all terms; 0 - 0 is +0, where negating would give -0.
	return 0 - pairwiseSum(terms)
}

// pairwiseSum adds xs in the order NumPy's pairwise summation does, so that
// areas agree with the official scorer to the last bit.
func pairwiseSum(xs []float64) float64 {
	const block = 128
	n := len(xs)
	switch {
	case n < 8:
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s
	case n <= block:
		var r [8]float64
		copy(r[:], xs[:8])
		i := 8
		for ; i < n-n%8; i += 8 {
			for j := range r {
				r[j] += xs[i+j]
			}
		}
		s := ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
		for ; i < n; i++ {
			s += xs[i]
		}
		return s
	default:
		n2 := n / 2
		n2 -= n2 % 8
		return pairwiseSum(xs[:n2]) + pairwiseSum(xs[n2:])
	}
}

// A scorer holds gold and predictions grouped by sentence key and reduced
// to slots.
type scorer struct {
	gold       []goldFact
	pred       []predFact
	goldKeys   []string         // gold sentence keys in order of first appearance
	goldBy     map[string][]int // gold indices by sentence key
	predBy     map[string][]int // prediction indices by sentence key
	thresholds []float64        // distinct confidences, ascending
	scratch    []string
}

// A sentence is the gold extractions and predictions of one sentence key,
// as indices into the inputs of [Score].
type sentence struct {
	key        string
	gold, pred []int
}

func (sc *scorer) init(gold, pred []Extraction) {
	sc.goldKeys, sc.goldBy = byKey(gold)
	_, sc.predBy = byKey(pred)
	sc.gold = make([]goldFact, len(gold))
	for i, x := range gold {
		sc.gold[i] = newGoldFact(x)
	}
	sc.pred = make([]predFact, len(pred))
	for i, x := range pred {
		sc.pred[i] = newPredFact(x)
	}
	for _, idx := range sc.predBy {
		for _, i := range idx {
			sc.thresholds = append(sc.thresholds, pred[i].Confidence)
		}
	}
	slices.Sort(sc.thresholds)
	sc.thresholds = slices.Compact(sc.thresholds)
}

// sentences returns the gold sentences in order with their predictions.
func (sc *scorer) sentences() []sentence {
	out := make([]sentence, len(sc.goldKeys))
	for i, k := range sc.goldKeys {
		out[i] = sentence{key: k, gold: sc.goldBy[k], pred: sc.predBy[k]}
	}
	return out
}

// A matrix holds the precision and recall of every prediction of a
// sentence (column) against every gold extraction (row).
type matrix struct {
	rows, cols int
	prec, rec  []float64 // row-major
}

func (sc *scorer) matrix(s sentence) matrix {
	m := matrix{rows: len(s.gold), cols: len(s.pred)}
	m.prec = make([]float64, m.rows*m.cols)
	m.rec = make([]float64, m.rows*m.cols)
	for i, g := range s.gold {
		for j, p := range s.pred {
			m.prec[i*m.cols+j], m.rec[i*m.cols+j] = match(sc.gold[g], sc.pred[p], &sc.scratch)
		}
	}
	return m
}

// recall returns the sum over gold rows of the best recall among the kept
// columns.
func (m matrix) recall(kept []int) float64 {
	sum := 0.0
	for i := range m.rows {
		best := 0.0
		for k, j := range kept {
			if v := m.rec[i*m.cols+j]; k == 0 || v > best {
				best = v
			}
		}
		sum += best
	}
	return sum
}

// greedyPrecision matches rows to kept columns one to one, greedily by
// precision as the official scorer does: min(rows, columns) times, take the
// highest precision among unused rows and columns (scanning rows, then
// columns, in order; only a strictly greater value replaces), and add it.
func (m matrix) greedyPrecision(kept []int) float64 {
	usedRow := make([]bool, m.rows)
	usedCol := make([]bool, m.cols)
	sum := 0.0
	for range min(m.rows, len(kept)) {
		bi, bj, best := -1, -1, -1.0
		for i := range m.rows {
			if usedRow[i] {
				continue
			}
			for _, j := range kept {
				if !usedCol[j] && m.prec[i*m.cols+j] > best {
					bi, bj, best = i, j, m.prec[i*m.cols+j]
				}
			}
		}
		usedRow[bi], usedCol[bj] = true, true
		sum += best
	}
	return sum
}

// byKey groups extractions by sentence key. It returns the keys in order of
// first appearance and, for each key, the indices of its extractions. Like
// the official scorer, which normalises the keys of a dictionary of
// sentences, it keeps for each key only the extractions of the sentence
// text that first appears last.
func byKey(xs []Extraction) ([]string, map[string][]int) {
	var raws []string
	byRaw := make(map[string][]int)
	for i, x := range xs {
		if _, ok := byRaw[x.Sentence]; !ok {
			raws = append(raws, x.Sentence)
		}
		byRaw[x.Sentence] = append(byRaw[x.Sentence], i)
	}
	var keys []string
	by := make(map[string][]int, len(raws))
	for _, raw := range raws {
		k := Key(raw)
		if _, ok := by[k]; !ok {
			keys = append(keys, k)
		}
		by[k] = byRaw[raw]
	}
	return keys, by
}

// Key returns the key by which CaRB matches a sentence between gold and
// predictions: s without spaces, with the Penn Treebank bracket escapes
// (-LRB- and so on) undone, and without ASCII punctuation.
func Key(s string) string {
	s = strings.ReplaceAll(s, " ", "")
	// In order, as the official scorer does: replacing with "" instead could
	// form new escapes.
	for _, e := range [...][2]string{{"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"}, {"-LCB-", "{"}, {"-RCB-", "}"}} {
		s = strings.ReplaceAll(s, e[0], e[1])
	}
	return strings.Map(func(r rune) rune {
		if r < 0x80 && strings.ContainsRune(`!"#$%&'()*+,-./:;<=>?@[\]^_{|}~`+"`", r) {
			return -1
		}
		return r
	}, s)
}
