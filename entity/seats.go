package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Seats won and lost. "In the Lodi constituency, Ann Lee was elected" and,
// later, "Tom Wu lost his seat in this constituency" relate each person to
// the constituency the sentence names or refers back to.

// Relations of candidates to constituencies.
const (
	electedIn = "elected_in" // "Ann Lee was elected in the Lodi constituency"
	loseIn    = "lose_in"    // "Tom Wu was defeated in this constituency"
)

// constituencyNouns follow the name of an electoral district.
var constituencyNouns = map[string]bool{"constituency": true, "electorate": true, "riding": true}

// seatFacts adds elected_in and lose_in facts for sentence si and returns
// the constituency the document refers to after it. cur is the
// constituency before the sentence: "this constituency", "the district"
// refer to it, a named one ("In the Lodi West geographical constituency")
// replaces it, and one whose name is no mention ("the District Council
// (Second) functional constituency") clears it.
func (d *docState) seatFacts(si int, s nlp.Sentence, ms []*mention, cur *docEntity) *docEntity {
	toks := s.Tokens
	refers := false
	for k, t := range toks {
		low := strings.ToLower(t.Text)
		if !constituencyNouns[low] && low != "district" {
			continue
		}
		j := k - 1
		if j >= 0 && constituencyNouns[low] && toks[j].Tag == "JJ" && !isCap(toks[j].Text) {
			j-- // "geographical constituency"
		}
		if j < 0 {
			continue
		}
		if w := strings.ToLower(toks[j].Text); w == "this" || w == "the" || w == "that" {
			refers = refers || cur != nil
			continue
		}
		if !constituencyNouns[low] {
			continue // "a school district"
		}
		cur = nil
		for _, m := range ms {
			if m.end == j+1 && named(m) && m.ent != nil && !m.adj && !m.possessive {
				cur = m.ent
				if cur.typ == schema.Person && cur.gaz == nil {
					cur.typ = schema.GPE // an unknown name before "constituency" names a place
				}
			}
		}
		refers = cur != nil
	}
	if !refers {
		return cur
	}
	for _, c := range clauses(toks) {
		lemma := seatCue(toks[c[0]:c[1]])
		if lemma == "" {
			continue
		}
		for _, m := range ms {
			if m.start < c[0] || m.end > c[1] || !named(m) || m.ent == nil || m.ent == cur || m.ent.typ != schema.Person ||
				m.possessive || agentOrParty(toks, m.start) {
				continue
			}
			d.derive(si, argOf(s, m), lemma, lemma, m.ent, cur, "", roleConf)
		}
	}
	return cur
}

// agentOrParty reports whether the name at token k follows by, of or
// from: the agent of a passive or a candidate's party, not a candidate.
func agentOrParty(toks []nlp.Token, k int) bool {
	if k > 0 && strings.EqualFold(toks[k-1].Text, "the") {
		k--
	}
	if k == 0 {
		return false
	}
	switch strings.ToLower(toks[k-1].Text) {
	case "by", "of", "from":
		return true
	}
	return false
}

// seatCue returns elected_in when the clause toks says its people were
// elected, won a seat or a victory, lose_in when it says they were defeated, lost their seat or
// failed to be elected, and "" otherwise.
func seatCue(toks []nlp.Token) string {
	for k, t := range toks {
		low := strings.ToLower(t.Text)
		prev := func(n int) string {
			if k-n < 0 {
				return ""
			}
			return strings.ToLower(toks[k-n].Text)
		}
		switch {
		case low == "elected" || low == "re-elected":
			if prev(1) == "not" || prev(2) == "failed" || prev(3) == "failed" || prev(2) == "not" {
				return loseIn
			}
			return electedIn
		case low == "defeated" && (prev(1) == "was" || prev(1) == "were" || prev(2) == "was" || prev(2) == "were"):
			return loseIn
		case low == "victory" || (low == "won" || low == "wins" || low == "win") && k+2 < len(toks) && strings.HasPrefix(strings.ToLower(toks[k+2].Text), "seat"):
			return electedIn
		case (low == "lost" || low == "loses" || low == "lose") && k+2 < len(toks) && strings.HasPrefix(strings.ToLower(toks[k+2].Text), "seat"):
			return loseIn
		}
	}
	return ""
}

// clauses splits toks at clause boundaries: a semicolon, or a comma before
// with, while, but, hence, who or which, or before "and" and a verb. It
// returns token ranges [start, end).
func clauses(toks []nlp.Token) [][2]int {
	var out [][2]int
	start := 0
	for k, t := range toks {
		cut := t.Text == ";"
		if k > 0 && (t.Tag == "IN" || t.Tag == "DT") && isCap(t.Text) && isWord(toks[k-1].Text) {
			// "Ann Lee of DAB In the Lodi constituency, ...": a caption
			// run into the sentence it captions.
			out = append(out, [2]int{start, k})
			start = k
			continue
		}
		if t.Text == "," && k+1 < len(toks) {
			switch strings.ToLower(toks[k+1].Text) {
			case "with", "while", "but", "hence", "who", "which", "whereas":
				cut = true
			case "and":
				cut = k+2 < len(toks) && (strings.HasPrefix(toks[k+2].Tag, "VB") || strings.HasPrefix(toks[k+2].Tag, "RB"))
			}
		}
		if cut {
			out = append(out, [2]int{start, k})
			start = k + 1
		}
	}
	return append(out, [2]int{start, len(toks)})
}
