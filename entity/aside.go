package entity

import "github.com/kg-project/kg/nlp"

// pastAside returns where the words after a subject that ends at token k
// of toks go on past an aside set off by commas that holds no finite
// verb, relative word, conjunction or quotation mark ("Peter Dahl, a
// friend, said", "Ann Lee, 54, said", "Tom Wu, when asked, said"): the
// token after the aside's closing comma. It returns k when no such aside
// follows.
func pastAside(toks []nlp.Token, k int) int {
	if k < 0 || k >= len(toks) || toks[k].Text != "," {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		t := toks[j]
		switch {
		case t.Text == ",":
			if j == k+1 {
				return k
			}
			return j + 1
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WP$" ||
			t.Tag == "CC" || t.Tag == "``" || t.Tag == "''" || quoteMark(t.Text) != 0 || t.Text == ";" || t.Text == ":":
			return k
		}
	}
	return k
}

// firstEnd returns the end of the first mention of e in cur, the
// mentions of a sentence, that is no possessive and starts before token
// k, or else end.
func firstEnd(cur []*mention, e *docEntity, k, end int) int {
	for _, c := range cur {
		if c.start >= k {
			break
		}
		if c.ent == e && !c.possessive && !c.adj {
			return c.end
		}
	}
	return end
}
