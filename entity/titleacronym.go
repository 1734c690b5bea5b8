package entity

import (
	"github.com/kg-project/kg/nlp"
)

// titleAcronyms drops the bracketed acronym of a title, which names no
// actor: "International Master (IM)", "Woman Grand Master (WGM)",
// "Israeli Grand Master (GM) Tom Wu", "Member of Parliament (MP)": the
// words before the brackets spell it ([spelledRun]) and they, or the
// acronym, are a title the gazetteer lists. So does a title's words in
// brackets after or before its acronym ("Labour MP (Member of
// Parliament) Tom Watson", "Member of Parliament (MP) Ann Lee"). ms are the mentions of sents; each sentence's list is
// filtered in place.
func (r *Resolver) titleAcronyms(sents []nlp.Sentence, ms [][]*mention) {
	for i, s := range ms {
		toks := sents[i].Tokens
		out := s[:0]
		for _, m := range s {
			if !(m.end == m.start+1 && m.start >= 2 && m.end < len(toks) && toks[m.start-1].Text == "(" && toks[m.end].Text == ")" &&
				r.titleSpelled(toks, m.start-1) || r.spelledTitle(toks, m)) {
				out = append(out, m)
			}
		}
		ms[i] = out
	}
}

// titleSpelled reports whether the one to four words before the "(" at
// token k spell the acronym after it and they, or the acronym, are a
// title.
func (r *Resolver) titleSpelled(toks []nlp.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if spelledRun(toks, j) != k {
			continue
		}
		if r.g.titles[normKey(joinText(toks[j:k]))] != nil || r.g.titles[normKey(toks[k+1].Text)] != nil {
			return true
		}
	}
	return false
}

// spelledTitle reports whether the words of m spell the acronym of a
// title the gazetteer lists, in brackets before or after them: "MP
// (Member of Parliament)", "Member of Parliament (MP)".
func (r *Resolver) spelledTitle(toks []nlp.Token, m *mention) bool {
	acr := ""
	switch {
	case m.start >= 2 && m.end < len(toks) && toks[m.start-1].Text == "(" && toks[m.end].Text == ")":
		acr = toks[m.start-2].Text
	case m.end+2 < len(toks) && toks[m.end].Text == "(" && toks[m.end+2].Text == ")":
		acr = toks[m.end+1].Text
	}
	if acr == "" || !isAcronym(acr) || r.g.titles[normKey(acr)] == nil {
		return false
	}
	var initials []byte
	for _, t := range toks[m.start:m.end] {
		if isCap(t.Text) {
			initials = append(initials, t.Text[0])
		}
	}
	return spells(acr, initials)
}
