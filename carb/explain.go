package carb

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Explain writes to w, sentence by sentence in gold order, the gold
// extractions that no prediction matched at all (recall 0 against every
// prediction of the sentence, whatever its confidence) and the predictions
// that matched nothing (precision 0 against every gold extraction of the
// sentence), then a summary line. Sentences with nothing to report are left
// out. Extractions are shown as (arg1; relation; arg2; ...), gold ones
// without their context arguments. Explain returns the first write error.
func Explain(w io.Writer, gold, pred []Extraction) error {
	var sc scorer
	sc.init(gold, pred)
	var b strings.Builder
	var missed, spurious, predOnGold int
	for n, s := range sc.sentences() {
		m := sc.matrix(s)
		predOnGold += len(s.pred)
		var lines []string
		for i, g := range s.gold {
			if rowMax(m.rec[i*m.cols:(i+1)*m.cols]) == 0 {
				missed++
				lines = append(lines, "  missed   "+show(gold[g].Relation, goldArgs(gold[g].Args)))
			}
		}
		for j, p := range s.pred {
			hit := false
			for i := range m.rows {
				hit = hit || m.prec[i*m.cols+j] > 0
			}
			if !hit {
				spurious++
				x := pred[p]
				lines = append(lines, fmt.Sprintf("  spurious %s %s", strconv.FormatFloat(x.Confidence, 'f', 3, 64), show(x.Relation, x.Args)))
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(&b, "sentence %d: %s\n%s\n", n+1, gold[s.gold[0]].Sentence, strings.Join(lines, "\n"))
		}
	}
	fmt.Fprintf(&b, "missed %d of %d gold extractions; %d of %d predictions on gold sentences matched nothing; %d predictions on other sentences\n",
		missed, len(gold), spurious, predOnGold, len(pred)-predOnGold)
	_, err := io.WriteString(w, b.String())
	return err
}

func rowMax(xs []float64) float64 {
	m := 0.0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

// show formats an extraction as (arg1; relation; arg2; ...).
func show(rel string, args []string) string {
	parts := make([]string, 0, len(args)+1)
	if len(args) > 0 {
		parts = append(parts, strings.TrimSpace(args[0]))
	}
	parts = append(parts, strings.TrimSpace(rel))
	for _, a := range args[min(1, len(args)):] {
		parts = append(parts, strings.TrimSpace(a))
	}
	return "(" + strings.Join(parts, "; ") + ")"
}

// WriteCurve writes r's precision/recall curve to w as CSV with the header
// threshold,precision,recall and one row per threshold, ascending.
func WriteCurve(w io.Writer, r Result) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"threshold", "precision", "recall"})
	for _, p := range r.Curve {
		cw.Write([]string{fmtFloat(p.Threshold), fmtFloat(p.Precision), fmtFloat(p.Recall)})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write curve: %w", err)
	}
	return nil
}

func fmtFloat(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
