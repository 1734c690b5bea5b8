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
// organisation listed. A title in the plural before the list says so
// without "respectively": "Foreign Ministers Ann Lee and Tom Wu of Norway
// and Sweden" hold the office in the n-th state ([titleHolds]).
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
			if m.start > k && (m.ent.typ == schema.Organization || m.ent.typ == schema.GPE && !m.adj || unknownName(d, s, m)) {
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
		var t *title
		if len(people) > 0 && w == "of" {
			if ts := people[0].titles; len(ts) > 0 && ts[len(ts)-1].plural {
				t = ts[len(ts)-1]
			}
		}
		if !resp && t == nil || len(people) < 2 || len(people) != len(orgs) {
			continue
		}
		for i, p := range people {
			lemma := affiliation(orgs[i].ent)
			if t != nil {
				lemma = titleHolds(t, orgs[i].ent)
			} else if orgs[i].ent.typ == schema.GPE {
				lemma = ""
			}
			if lemma != "" {
				d.derive(si, argOf(s, p), "of respectively", lemma, p.ent, orgs[i].ent, "", roleConf)
			}
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

// listWords reports whether w is a list separator: ",", "and" or ", and";
// a separator that ends in "and" comes before the list's last member.
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

// coordinatedBodies returns the organisations listed after ms[k]: "Halvik
// Air, Velby Mart and Orsa Timber", each named after a comma, "and" or
// both; the list ends after "and" or at anything else.
func coordinatedBodies(s nlp.Sentence, ms []*mention, k int) []*mention {
	return mentionsListed(s.Tokens, ms[k], ms[k+1:], func(c *mention) bool {
		return named(c) && c.ent != nil && c.ent.typ == schema.Organization
	})
}

// mentionsListed returns the mentions of cands listed after first with commas
// and "and" ("Sweden, Finland and Denmark"): each after a comma, "and" or
// both and perhaps "the", none a possessive, each one ok accepts; the list ends after "and"
// or at anything else.
func mentionsListed(toks []nlp.Token, first *mention, cands []*mention, ok func(*mention) bool) []*mention {
	var out []*mention
	prev := first
	for _, c := range cands {
		if c.start < prev.end {
			continue
		}
		w := lowerWords(toks[prev.end:c.start])
		if n := len(w); n > 1 && w[n-1] == "the" && (w[n-2] == "," || w[n-2] == "and") {
			w = w[:n-1] // "the Labour Party and the Green Party"
		}
		if !listWords(w) || c.possessive || !ok(c) {
			break
		}
		out = append(out, c)
		if w[len(w)-1] == "and" {
			break
		}
		prev = c
	}
	return out
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
		w := lowerWords(s.Tokens[memberAsideEnd(s.Tokens, ms[prev].end, c.start):c.start])
		if c.ent != nil && len(w) >= 1 && len(w) <= 2 && (w[0] == "of" || w[0] == "from") && (len(w) == 1 || w[1] == "the") {
			prev = n // the previous member's party
			continue
		}
		if n+1 < len(ms) && c.possessive && c.ent != nil && c.ent.typ == schema.Organization && c.head != "camp" && ms[n+1].start == c.end+1 {
			// "Ann Lee and the Green Party's Tom Wu": the member's own
			// party.
			c = ms[n+1]
			n++
		}
		if !listWords(w) || !named(c) || c.ent == nil || c.ent.typ != schema.Person || len(c.titles) > 0 {
			break
		}
		out = append(out, c)
		if w[len(w)-1] == "and" {
			break
		}
		prev = n
	}
	return out
}

// sharedTitles gives the title written in the plural before the first of
// a list of names to every person listed: "Presidents Ann Lee of Norway
// and Tom Wu of Sweden", "Senators Ann Lee, Tom Wu and Ola Berg". A
// holder's "of" and the place or body after it may follow each name; the
// list ends at anything but a comma, "and" or ", and" before an untitled
// person's name. It returns ms, the listed mentions changed.
func sharedTitles(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for i, m := range ms {
		if m.typ != schema.Person || len(m.titles) == 0 || !m.titles[len(m.titles)-1].plural {
			continue
		}
		end := m.end
		for _, n := range ms[i+1:] {
			if n.start == end+1 && toks[end].Text == "of" && n.typ != schema.Person {
				end = n.end // "Ann Lee of Norway"
				continue
			}
			w := lowerWords(toks[end:n.start])
			if !listWords(w) || n.kind != mName || n.typ != schema.Person || len(n.titles) > 0 {
				break
			}
			n.titles = m.titles
			if n.org == nil && n.country == nil {
				// "Democratic Senators Ann Lee and Tom Wu", "Labour
				// MPs Ann Lee and Tom Wu": the party or state written
				// before the plural title is every holder's.
				n.org, n.country = m.org, m.country
			}
			end = n.end
		}
	}
	return ms
}

// pluralRoleList returns the people listed after ms[k], a person's name
// that a plural noun stands right before ("Acme executives Tom Wu and Ann
// Lee", "his partners Tom Wu, Ann Lee and Bo Chan"): the noun is each
// listed person's as it is the first's. It returns nil when the noun
// before the name is no plural.
func pluralRoleList(s nlp.Sentence, ms []*mention, k int) []*mention {
	m := ms[k]
	if m.start == 0 || m.ent == nil || m.ent.typ != schema.Person || m.possessive {
		return nil
	}
	if t := s.Tokens[m.start-1]; t.Tag != "NNS" || !lowerWord(t.Text) {
		return nil
	}
	return coordinated(s, ms, k)
}
