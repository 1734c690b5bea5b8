package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// andNames joins two names that "and" or "&" lists into one body's name
// when the document names that whole body elsewhere, whole: after
// "Pacific Gas and Electric Company (PG&E)" or "the Food and Agriculture
// Organization", a later "Pacific Gas and Electric Company said" or
// "Food and Agriculture Organization officials" is the body, not two.
// Lists stay lists ("Russia and China"): their whole is no name. ms are
// the mentions of sents; each sentence's list is changed in place.
func andNames(sents []nlp.Sentence, ms [][]*mention) {
	whole := map[string]*mention{}
	for _, s := range ms {
		for _, m := range s {
			if m.kind == mName && m.typ == schema.Organization && (strings.Contains(m.name, " and ") || strings.Contains(m.name, " & ")) {
				whole[m.name] = m
				if i := strings.LastIndexByte(m.name, ' '); companyWords[m.name[i+1:]] {
					whole[m.name[:i]] = m // "Pacific Gas and Electric said"
				}
			}
		}
	}
	if len(whole) == 0 {
		return
	}
	for i, s := range ms {
		toks := sents[i].Tokens
		out := s[:0]
		for j := 0; j < len(s); j++ {
			a := s[j]
			if j+1 < len(s) && conjunct(a) && conjunct(s[j+1]) && s[j+1].start == a.end+1 && !a.possessive &&
				(toks[a.end].Text == "and" || toks[a.end].Text == "&") {
				b := s[j+1]
				if w := whole[cleanName(spanText(sents[i], a.start, b.end))]; w != nil {
					out = append(out, &mention{kind: mName, start: a.start, end: b.end, surface: spanText(sents[i], a.start, b.end),
						name: w.name, typ: w.typ, gaz: w.gaz, possessive: b.possessive})
					j++
					continue
				}
			}
			out = append(out, a)
		}
		ms[i] = out
	}
}

// conjunct reports whether m may be half of a name "and" cuts: a name,
// known or guessed, with no title, not a nationality's adjective.
func conjunct(m *mention) bool {
	return (m.kind == mName || m.kind == mSingle) && !m.adj && len(m.titles) == 0
}
