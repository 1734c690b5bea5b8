package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// listedPortfolios reads a list of ministers after a colon ("The new
// ministers are: Ann Lee (Health) and Tom Wu (Local government)", "State
// ministers: Ann Lee (ICT), ..."): the capitalised words in brackets right
// after each person's name are the portfolio, and they name the ministry
// the person works for ([personBracketMinistry]), as "Minister of Health
// Ann Lee" does. The mentions inside the bracket ("ICT" read as a body's
// acronym) give way to the ministry's. A bracket with a party's or a
// place's name in it is left to the rules that read those ("Ann Lee
// (Labour)", "Tom Wu (Kampala)"), and a list with no ministers' word
// before its colon is none.
func listedPortfolios(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	colon := ministersColon(toks)
	if colon < 0 {
		return ms
	}
	for i := 0; i < len(ms); i++ {
		p := ms[i]
		k := p.end
		if p.start <= colon || p.typ != schema.Person && p.typ != "" || p.kind != mSingle && p.kind != mName || p.adj || k+2 >= len(toks) || toks[k].Text != "(" || !isCap(toks[k+1].Text) {
			continue
		}
		end := k + 1
		for end < len(toks) && end < k+5 && toks[end].Text != ")" && isWord(toks[end].Text) {
			end++
		}
		if end >= len(toks) || toks[end].Text != ")" || slices.ContainsFunc(ms, func(m *mention) bool {
			return m.start > k && m.start < end && (m.typ == schema.GPE || m.gaz != nil && (m.gaz.typ != schema.Organization || slices.Contains(m.gaz.desc, "party")))
		}) {
			continue
		}
		words := spanText(s, k+1, end)
		ms = slices.DeleteFunc(ms, func(m *mention) bool { return m.start > k && m.start < end })
		org := &mention{kind: mName, start: k + 1, end: end, surface: words, name: "Ministry of " + words, typ: schema.Organization}
		j := slices.IndexFunc(ms, func(m *mention) bool { return m.start >= end })
		if j < 0 {
			j = len(ms)
		}
		ms = slices.Insert(ms, j, org)
	}
	return ms
}

// ministersColon returns the index of the colon that follows "minister"
// or "ministers" in toks ("The ministers sworn in are:", "State
// ministers:"), or -1.
func ministersColon(toks []nlp.Token) int {
	seen := false
	for i, t := range toks {
		switch t.Lower() {
		case "minister", "ministers":
			seen = true
		case ":":
			if seen {
				return i
			}
			return -1
		}
	}
	return -1
}

// personBracketMinistry: "Ann Lee (Health)" in a list of ministers
// ([listedPortfolios]), "Tom Wu (Ministry of Finance)": a ministry's name
// in brackets right after a person's name is the ministry the person
// works for.
func personBracketMinistry(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	toks := s.Tokens
	if !named(a) || a.ent.typ != schema.Person || !named(b) || b.ent.typ != schema.Organization || b.start != a.end+1 || toks[a.end].Text != "(" ||
		b.end >= len(toks) || toks[b.end].Text != ")" || !strings.HasPrefix(b.ent.name, "Ministry of ") {
		return role{}, false
	}
	return role{lemma: schema.WorkFor}, true
}
