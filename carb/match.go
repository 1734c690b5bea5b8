package carb

import "strings"

// slots is an extraction reduced to CaRB's three slots: the relation, arg1,
// and args 2..N joined, each split into tokens. args has one entry per
// slot present (at most two); a present slot may have no tokens.
type slots struct {
	rel  []string
	args [][]string
}

// newSlots reduces an extraction with the given relation and arguments.
func newSlots(rel string, args []string) slots {
	s := slots{rel: tokens(rel)}
	switch len(args) {
	case 0:
	case 1:
		s.args = [][]string{tokens(args[0])}
	default:
		s.args = [][]string{tokens(args[0]), joinTokens(args[1:])}
	}
	return s
}

// swapped returns the slots of an extraction with its arguments swapped:
// args 2..N joined first, then arg1. With fewer than two arguments nothing
// is swapped.
func swapped(rel string, args []string) slots {
	if len(args) < 2 {
		return newSlots(rel, args)
	}
	return slots{rel: tokens(rel), args: [][]string{joinTokens(args[1:]), tokens(args[0])}}
}

// joinTokens returns the tokens of args joined by spaces.
func joinTokens(args []string) []string {
	var t []string
	for _, a := range args {
		t = append(t, tokens(a)...)
	}
	return t
}

// goldArgs returns the arguments of a gold extraction without the context
// arguments, those containing "C: ".
func goldArgs(args []string) []string {
	var out []string
	for _, a := range args {
		if !strings.Contains(a, "C: ") {
			out = append(out, a)
		}
	}
	return out
}

// A goldFact is a gold extraction ready to be matched.
type goldFact struct {
	slots
	said bool // the relation contains a said-type verb
}

func newGoldFact(x Extraction) goldFact {
	// A gold relation containing one of these makes the scorer also try
	// predictions with their arguments swapped.
	said := false
	for _, v := range [...]string{"said", "told", "added", "adds", "says"} {
		if strings.Contains(x.Relation, v) {
			said = true
			break
		}
	}
	return goldFact{slots: newSlots(x.Relation, goldArgs(x.Args)), said: said}
}

// A predFact is a prediction ready to be matched, straight and swapped.
type predFact struct {
	straight, swapped slots
}

func newPredFact(x Extraction) predFact {
	return predFact{straight: newSlots(x.Relation, x.Args), swapped: swapped(x.Relation, x.Args)}
}

// match scores prediction p against gold fact g and returns its precision
// and recall, as CaRB's default matcher (binary lenient tuple match) does.
// scratch is reused between calls.
func match(g goldFact, p predFact, scratch *[]string) (prec, rec float64) {
	prec, rec = matchSlots(g.slots, p.straight, scratch)
	if !g.said {
		return prec, rec
	}
	p2, r2 := matchSlots(g.slots, p.swapped, scratch)
	if p2 > prec || (p2 == prec && r2 > rec) {
		return p2, r2
	}
	return prec, rec
}

// matchSlots is CaRB's lenient tuple match of pred against gold.
func matchSlots(gold, pred slots, scratch *[]string) (prec, rec float64) {
	left := append((*scratch)[:0], pred.rel...)
	m, left := overlap(gold.rel, left)
	if contains(left, "be") {
		// An unmatched predicted "be" matches any form of "be" in the gold.
		for _, f := range [...]string{"be", "is", "am", "are", "was", "were", "been", "being"} {
			if contains(gold.rel, f) {
				m++
				break
			}
		}
	}
	*scratch = left
	if m == 0 {
		return 0, 0
	}
	pd, gd := len(pred.rel), len(gold.rel)
	for i, ga := range gold.args {
		gd += len(ga)
		if i >= len(pred.args) {
			return 0, 0 // gold has at most two slots, so i < 2
		}
		pd += len(pred.args[i])
		left = append((*scratch)[:0], pred.args[i]...)
		var n int
		n, *scratch = overlap(ga, left)
		m += n
	}
	if pd > 0 {
		prec = float64(m) / float64(pd)
	}
	if gd > 0 {
		rec = float64(m) / float64(gd)
	}
	return prec, rec
}

// overlap counts the tokens of gold found in pred, each predicted token
// used once, and returns pred without the tokens used (reordered; pred is
// modified).
func overlap(gold, pred []string) (int, []string) {
	n := 0
	for _, w := range gold {
		for j, v := range pred {
			if v == w {
				n++
				pred[j] = pred[len(pred)-1]
				pred = pred[:len(pred)-1]
				break
			}
		}
	}
	return n, pred
}

func contains(ts []string, w string) bool {
	for _, t := range ts {
		if t == w {
			return true
		}
	}
	return false
}
