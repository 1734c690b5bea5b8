package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// defectorNouns name people who left a body or a state.
var defectorNouns = newWordSet(map[string]bool{"defector": true, "defectors": true})

// defectorFacts adds person —defect_from→ body for the people a sentence
// names as defectors from a body or state: "defectors from the
// organization including Tom Devocht and Mark Rathbun" (each listed
// person), "Ann Lee, a defector from the Sea Org" (the person in
// apposition) and "North Korean defector Ji Seong-ho" (the body before the
// noun, the person right after it). A defector named by no one ("a
// defector from the Sea Org was arrested") gives nothing.
func (d *docState) defectorFacts(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k, t := range toks {
		if !strings.HasPrefix(t.Tag, "NN") || !defectorNouns.has(t.Lower()) {
			continue
		}
		body, after := defectedFrom(s, ms, k)
		if body == nil {
			continue
		}
		for _, p := range defectors(s, ms, k, after, body) {
			d.derive(si, argOf(s, p), t.Text, "defect_from", p.ent, body.ent, "", roleConf)
		}
	}
}

// defectedFrom returns the body or state a defector noun at token k left:
// the actor of "from [the] X" right after the noun, else the actor named
// right before it ("Scientology defector", "North Korean defectors"). after
// is the token after the from-phrase, or k+1.
func defectedFrom(s nlp.Sentence, ms []*mention, k int) (*mention, int) {
	toks := s.Tokens
	body := func(m *mention) bool {
		return m.ent != nil && (m.ent.typ == schema.Organization || m.ent.typ == schema.GPE) && m.kind != mPronoun
	}
	if k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "from") {
		for _, m := range ms {
			if (m.start == k+2 || m.start == k+3 && strings.EqualFold(toks[k+2].Text, "the")) && body(m) && !m.adj {
				return m, m.end
			}
		}
		return nil, 0
	}
	for _, m := range ms {
		if m.end == k && body(m) && !m.possessive {
			return m, k + 1
		}
	}
	return nil, 0
}

// defectors returns the people a defector noun at token k names: those
// listed after "including" or "such as" at token after, the person in
// apposition before the noun ("Ann Lee, a former defector from X"), or,
// when the body precedes the noun, the person right after it ("Scientology
// defector Tom Wu").
func defectors(s nlp.Sentence, ms []*mention, k, after int, body *mention) []*mention {
	toks := s.Tokens
	var people []*mention
	for _, m := range ms {
		if m.ent != nil && m.ent.typ == schema.Person && named(m) {
			people = append(people, m)
		}
	}
	if after < len(toks) {
		start := after
		if toks[start].Text == "," {
			start++
		}
		if start < len(toks) && strings.EqualFold(toks[start].Text, "including") {
			return listStarting(toks, startingAt(people, start+1), start+1)
		}
		if start+1 < len(toks) && strings.EqualFold(toks[start].Text, "such") && strings.EqualFold(toks[start+1].Text, "as") {
			return listStarting(toks, startingAt(people, start+2), start+2)
		}
	}
	head := k // the noun, or the body named before it
	if body.end == k {
		head = body.start
	}
	for _, p := range people {
		if appositionTo(s, p, head) {
			return []*mention{p}
		}
		if body.end == k && (p.start == k+1 || p.start == k+2 && toks[k+1].Text == ",") {
			return []*mention{p}
		}
	}
	return nil
}

// appositionTo reports whether person p is in apposition to the noun
// phrase whose head or first name starts at token k: "Ann Lee, a
// defector", "Tom Wu, the high-ranking defector": a comma, an article and
// at most two lower-case modifiers between.
func appositionTo(s nlp.Sentence, p *mention, k int) bool {
	toks := s.Tokens
	if p.end+2 > k || toks[p.end].Text != "," {
		return false
	}
	switch toks[p.end+1].Lower() {
	case "a", "an", "the":
	default:
		return false
	}
	mods := toks[p.end+2 : k]
	if len(mods) > 2 {
		return false
	}
	for _, t := range mods {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "VBN" {
			return false
		}
	}
	return true
}

// startingAt returns the mentions of ms that start at token i or later.
func startingAt(ms []*mention, i int) []*mention {
	for k, m := range ms {
		if m.start >= i {
			return ms[k:]
		}
	}
	return nil
}
