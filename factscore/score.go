package factscore

import (
	"fmt"
	"strings"
	"unicode"
)

// A Fact is one gold fact, or one fact kg stored, in the terms of the
// scorer.
type Fact struct {
	// Doc is the document's file name relative to the folder of texts.
	Doc string
	// Sentence is, for a gold fact, the cited piece of the sentence and,
	// for a prediction, the whole sentence; both normalised by [NormText].
	Sentence string
	// Subject and Object are the actor names (a prediction has one each;
	// a gold fact may list alternatives), normalised by [NormName].
	Subject, Object []string
	// Relation holds the acceptable lemmas (one for a prediction).
	Relation []string
	// Symmetric is set when the gold fact holds both ways.
	Symmetric bool
	// Line is the gold fact's line in its file, or 0.
	Line int
	// Raw is the fact as written (gold row or predicted edge), for reports.
	Raw string
}

// Result holds the figures of one scoring.
type Result struct {
	// Predicted and Gold are the numbers of predictions and gold facts.
	Predicted, Gold int
	// Precision, Recall and F1 count relations; the Pair figures ignore them.
	Precision, Recall, F1             float64
	PairPrecision, PairRecall, PairF1 float64
	// Wrong lists the predictions that match no gold fact and Missed the
	// gold facts that no prediction matches, both in input order.
	Wrong, Missed []Fact
}

// String formats r's figures as score.py prints them, without the document
// count.
func (r Result) String() string {
	return fmt.Sprintf("gold=%d kg_actor_facts=%d precision=%.3f recall=%.3f F1=%.3f (pairs only: P=%.3f R=%.3f F1=%.3f)",
		r.Gold, r.Predicted, r.Precision, r.Recall, r.F1, r.PairPrecision, r.PairRecall, r.PairF1)
}

// Score matches preds with gold, with and without relations. It does not
// modify its arguments.
func Score(preds, gold []Fact) Result {
	r := Result{Predicted: len(preds), Gold: len(gold)}
	var tp, tg int
	r.Precision, r.Recall, r.F1, tp, tg = prf(preds, gold, true)
	r.PairPrecision, r.PairRecall, r.PairF1, _, _ = prf(preds, gold, false)
	if tp < len(preds) {
		for _, p := range preds {
			if !matchesAny(p, gold, true) {
				r.Wrong = append(r.Wrong, p)
			}
		}
	}
	if tg < len(gold) {
		for _, g := range gold {
			if !matchedByAny(g, preds) {
				r.Missed = append(r.Missed, g)
			}
		}
	}
	return r
}

func matchesAny(p Fact, gold []Fact, relation bool) bool {
	for _, g := range gold {
		if match(p, g, relation) {
			return true
		}
	}
	return false
}

func matchedByAny(g Fact, preds []Fact) bool {
	for _, p := range preds {
		if match(p, g, true) {
			return true
		}
	}
	return false
}

func prf(preds, gold []Fact, relation bool) (p, r, f1 float64, tp, tg int) {
	for _, f := range preds {
		if matchesAny(f, gold, relation) {
			tp++
		}
	}
	for _, g := range gold {
		for _, f := range preds {
			if match(f, g, relation) {
				tg++
				break
			}
		}
	}
	if len(preds) > 0 {
		p = float64(tp) / float64(len(preds))
	}
	if len(gold) > 0 {
		r = float64(tg) / float64(len(gold))
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1, tp, tg
}

// match reports whether prediction f states gold fact g.
func match(f, g Fact, relation bool) bool {
	if f.Doc != g.Doc || !strings.Contains(f.Sentence, g.Sentence) {
		return false
	}
	if relation && !relationOK(f.Relation[0], g.Relation) {
		return false
	}
	fwd := nameOK(f.Subject[0], g.Subject) && nameOK(f.Object[0], g.Object)
	back := g.Symmetric && nameOK(f.Subject[0], g.Object) && nameOK(f.Object[0], g.Subject)
	return fwd || back
}

// nameOK reports whether the normalised name p matches an alternative.
func nameOK(p string, alts []string) bool {
	for _, a := range alts {
		if a != "" && (p == a || within(p, a) || within(a, p)) {
			return true
		}
	}
	return false
}

// within reports whether a's words are a contiguous run of b's words.
func within(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) == 0 {
		return false
	}
outer:
	for i := 0; i+len(aw) <= len(bw); i++ {
		for j, w := range aw {
			if bw[i+j] != w {
				continue outer
			}
		}
		return true
	}
	return false
}

// relationOK reports whether lemma matches one of the gold lemmas: equal,
// or the same first word, with the same negation.
func relationOK(lemma string, alts []string) bool {
	neg := strings.HasPrefix(lemma, "not_")
	l := strings.TrimPrefix(lemma, "not_")
	for _, a := range alts {
		if strings.HasPrefix(a, "not_") != neg {
			continue
		}
		g := strings.TrimPrefix(a, "not_")
		if l == g || firstWord(l) == firstWord(g) {
			return true
		}
	}
	return false
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, "_")
	return w
}

var quotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)

// isSpace reports whether Python's str methods and re module count r as
// whitespace.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// NormText folds a sentence for matching: curly quotes made straight, runs
// of whitespace made one space, and the ends trimmed.
func NormText(s string) string {
	return strings.Join(strings.FieldsFunc(quotes.Replace(s), isSpace), " ")
}

// NormName folds a name for matching: lower case, curly quotes straight,
// hyphens and every character other than letters, digits, "_" and "'" made
// spaces, a possessive "'s" dropped, whitespace folded and a leading "the "
// dropped.
func NormName(s string) string {
	s = quotes.Replace(strings.ToLower(s))
	rs := []rune(s)
	for i, r := range rs {
		if r != '\'' && r != ' ' && !isWord(r) {
			rs[i] = ' '
		}
	}
	// "'s" before a non-word character or the end.
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\'' && i+1 < len(rs) && rs[i+1] == 's' && (i+2 == len(rs) || !isWord(rs[i+2])) {
			i++
			continue
		}
		out = append(out, rs[i])
	}
	s = strings.Join(strings.FieldsFunc(string(out), isSpace), " ")
	return strings.TrimPrefix(s, "the ")
}

// isWord reports whether Python's re counts r as a word character (\w).
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}
