package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Lists: names joined by commas and "and", and what they share.

// respectively: "Ann Lee and Tom Wu of respectively the Green Party and
// the Labour Party", "Ann Lee and Tom Wu, of the Green Party and the Labour
// Party respectively": the n-th person listed belongs to the n-th
// organisation listed.
func (d *docState) respectively(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k := 1; k+1 < len(toks); k++ {
		w := toks[k].Lower()
		if w != "of" && w != "from" {
			continue
		}
		var people, orgs []*mention
		resp := strings.EqualFold(toks[k+1].Text, "respectively")
		for _, m := range ms {
			if m.ent == nil || !named(m) {
				continue
			}
			if m.end <= k && m.ent.typ == schema.Person {
				people = append(people, m)
			}
			if m.start > k && (m.ent.typ == schema.Organization || unknownName(d, s, m)) {
				orgs = append(orgs, m)
			}
		}
		end := k
		if toks[k-1].Text == "," {
			end-- // "Ann Lee and Tom Wu, of ... respectively"
		}
		people = listEnding(toks, people, end)
		orgs = listStarting(toks, orgs, k+1+boolInt(resp))
		if n := len(orgs); n > 0 && !resp && orgs[n-1].end < len(toks) && strings.EqualFold(toks[orgs[n-1].end].Text, "respectively") {
			resp = true
		}
		if !resp || len(people) < 2 || len(people) != len(orgs) {
			continue
		}
		for i, p := range people {
			d.derive(si, argOf(s, p), "of respectively", affiliation(orgs[i].ent), p.ent, orgs[i].ent, "", roleConf)
		}
	}
}

// listEnding returns the mentions of ms that form a list ending at token
// end: each separated from the next by a comma, "and" or both.
func listEnding(toks []nlp.Token, ms []*mention, end int) []*mention {
	var out []*mention
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if len(out) == 0 && m.end != end || len(out) > 0 && !listGap(toks, m.end, out[0].start) {
			break
		}
		out = append([]*mention{m}, out...)
	}
	return out
}

// listStarting returns the mentions of ms that form a list starting at
// token start, after an optional "the" before each.
func listStarting(toks []nlp.Token, ms []*mention, start int) []*mention {
	var out []*mention
	for _, m := range ms {
		from := start
		if len(out) > 0 {
			from = out[len(out)-1].end
		}
		if from > m.start {
			break
		}
		gap := lowerWords(toks[from:m.start])
		if len(gap) > 0 && gap[len(gap)-1] == "the" {
			gap = gap[:len(gap)-1]
		}
		if len(out) == 0 && len(gap) != 0 || len(out) > 0 && !listWords(gap) {
			break
		}
		out = append(out, m)
	}
	return out
}

// listGap reports whether the tokens [a, b) separate two list members.
func listGap(toks []nlp.Token, a, b int) bool {
	return a <= b && listWords(lowerWords(toks[a:b]))
}

// listWords reports whether w is a list separator: ",", "and" or ", and".
func listWords(w []string) bool {
	switch strings.Join(w, " ") {
	case ",", "and", ", and":
		return true
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// coordinated returns the people listed after ms[k]: "Ann Lee of the Civic
// Party, Tom Wu from DAB and Joe Ng", each after a comma, "and" or both,
// each with at most an of- or from-phrase of their own. A member with
// words of their own before the name ends the list.
func coordinated(s nlp.Sentence, ms []*mention, k int) []*mention {
	var out []*mention
	prev := k
	for n := k + 1; n < len(ms); n++ {
		c := ms[n]
		w := lowerWords(s.Tokens[ms[prev].end:c.start])
		if c.ent != nil && len(w) >= 1 && len(w) <= 2 && (w[0] == "of" || w[0] == "from") && (len(w) == 1 || w[1] == "the") {
			prev = n // the previous member's party
			continue
		}
		if len(w) == 2 && w[0] == "," && w[1] == "and" {
			w = w[1:]
		}
		if n+1 < len(ms) && c.possessive && c.ent != nil && c.ent.typ == schema.Organization && c.head != "camp" && ms[n+1].start == c.end+1 {
			// "Ann Lee and the Green Party's Tom Wu": the member's own
			// party.
			c = ms[n+1]
			n++
		}
		if len(w) != 1 || (w[0] != "and" && w[0] != ",") || !named(c) || c.ent == nil ||
			c.ent.typ != schema.Person || len(c.titles) > 0 {
			break
		}
		out = append(out, c)
		if w[0] == "and" {
			break
		}
		prev = n
	}
	return out
}
