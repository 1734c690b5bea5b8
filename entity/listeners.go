package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// listenerNames makes the unknown name a speaker addresses an
// organisation: "told The Verge", "speaking to BBC Sport", "told the
// Nevada Independent he", "in an interview with Time magazine". Named
// people are recognised apart; an unknown name one speaks to in the news
// is, far more often than not, a paper, a broadcaster or a body. The name
// is the run of capitalised proper nouns after the words of address
// ([listenerBefore]), with an outlet noun that follows it ("Time
// magazine", "the Atlantic Council think tank"), when no mention in the run
// is a person's, none reaches outside it, the run is not already one
// organisation's or place's name, and a lone word is no word of a person's
// name the document gives ("told Lund" after "Per Lund"), nor a group's
// or a role's noun ("told MPs"). ms are the
// mentions of sents, changed in place.
func listenerNames(sents []nlp.Sentence, ms [][]*mention) {
	personWords := map[string]bool{}
	for i, s := range ms {
		for _, m := range s {
			if m.typ == schema.Person || m.hint == schema.Person {
				for _, t := range sents[i].Tokens[m.start:m.end] {
					personWords[t.Text] = true
				}
			}
		}
	}
	for i, s := range sents {
		toks := s.Tokens
		for k := range toks {
			b := listenerBefore(toks, k)
			if b < 0 {
				continue
			}
			e := b
			for e < len(toks) && properWord(toks[e]) {
				e++
			}
			if e == b || e-b == 1 && (personWords[toks[b].Text] || toks[b].Tag == "NNPS") ||
				slices.ContainsFunc(toks[b:e], func(t nlp.Token) bool { return notNames[t.Text] || roleNoun(t.Lower()) }) {
				continue // "told MPs", "told Senators", "told Lund"
			}
			end := e
			if n := outletNounEnd(toks, e); n > e {
				end = n
			}
			if m := namedAt(ms[i], b, e); m != nil {
				if end > e && m.typ == schema.Organization {
					// "the Atlantic Council think tank": the noun is the
					// name's.
					m.end, m.surface = end, joinText(toks[b:end])
				}
				continue
			}
			if !listenerFree(ms[i], b, e, end) {
				continue
			}
			ms[i] = slices.DeleteFunc(ms[i], func(m *mention) bool { return m.start >= b && m.end <= end })
			at := len(ms[i])
			for j, m := range ms[i] {
				if m.start >= end {
					at = j
					break
				}
			}
			m := &mention{start: b, end: end, surface: joinText(toks[b:end])}
			nameOrg(m, joinText(toks[b:e]))
			m.borrowed = false
			ms[i] = slices.Insert(ms[i], at, m)
		}
	}
}

// listenerBefore returns where the name addressed after token k starts,
// when k ends words of address ("told", "tells", "speaking to", "spoke
// with", "an interview with", "in a statement to"), past a "the"; -1
// otherwise.
func listenerBefore(toks []nlp.Token, k int) int {
	w := toks[k].Lower()
	switch {
	case (w == "told" || w == "tells" || w == "telling") && strings.HasPrefix(toks[k].Tag, "VB"):
	case (w == "to" || w == "with") && k > 0 && speakWords[toks[k-1].Lower()]:
	case w == "to" && k > 0 && (toks[k-1].Lower() == "statement" || toks[k-1].Lower() == "remarks" || toks[k-1].Lower() == "comments"):
	case w == "with" && k > 0 && (toks[k-1].Lower() == "interview" || toks[k-1].Lower() == "interviews"):
	default:
		return -1
	}
	b := k + 1
	if b < len(toks) && toks[b].Lower() == "the" {
		b++
	}
	if b >= len(toks) {
		return -1
	}
	return b
}

// speakWords are the verbs of speaking before "to" or "with" that address
// someone: "spoke to", "talking with".
var speakWords = map[string]bool{
	"speak": true, "speaks": true, "spoke": true, "speaking": true, "spoken": true,
	"talk": true, "talks": true, "talked": true, "talking": true,
}

// properWord reports whether t is a word of a proper name: a capitalised
// proper noun ("BBC", "Verge", "ThePrint"), no day or month ("told CNN
// Tuesday").
func properWord(t nlp.Token) bool {
	return (t.Tag == "NNP" || t.Tag == "NNPS") && isCap(t.Text) && !weekdays[t.Text] && !monthName(t.Text)
}

// outletNounEnd returns the end of the outlet noun after a name at e
// ("magazine", "think tank", "news service"), or e.
func outletNounEnd(toks []nlp.Token, e int) int {
	if e >= len(toks) {
		return e
	}
	w := toks[e].Text
	if e+1 < len(toks) && (w == "think" && toks[e+1].Text == "tank" || w == "news" && (toks[e+1].Text == "service" || toks[e+1].Text == "agency" || toks[e+1].Text == "channel")) {
		return e + 2
	}
	if outletNouns[w] {
		return e + 1
	}
	return e
}

// outletNouns are the lower-case nouns for a paper, a broadcaster or a
// body that follow its name: "Time magazine", "the Daily Courier
// newspaper".
var outletNouns = map[string]bool{
	"magazine": true, "newspaper": true, "daily": true, "weekly": true, "website": true, "broadcaster": true,
	"network": true, "channel": true, "station": true, "radio": true, "television": true, "outlet": true,
	"podcast": true, "tabloid": true, "journal": true,
}

// listenerFree reports whether the name [b, e) with its outlet noun up to
// end may become an organisation: no mention in it is a person's, reaches
// outside it or is the body or state of a mention outside it.
func listenerFree(ms []*mention, b, e, end int) bool {
	in := func(m *mention) bool { return m != nil && m.start >= b && m.end <= end }
	for _, m := range ms {
		if m.end <= b || m.start >= end {
			if in(m.org) || in(m.country) || in(m.in) || in(m.camp) || in(m.appos) {
				return false // another mention's body or state
			}
			continue
		}
		if m.start < b || m.end > end || m.typ == schema.Person || m.hint == schema.Person || m.kind != mName && m.kind != mSingle {
			return false
		}
	}
	return true
}

// namedAt returns the typed mention that is the whole name [b, e) ("told
// Reuters", "told Sweden": known already), or nil.
func namedAt(ms []*mention, b, e int) *mention {
	for _, m := range ms {
		if m.start == b && m.end == e && m.typ != "" {
			return m
		}
	}
	return nil
}

// tellLemmas tell someone a clause: "told Reuters the deal was done".
var tellLemmas = map[string]bool{
	"tell": true, "inform": true, "assure": true, "remind": true, "warn": true, "notify": true,
}

// toldFirst returns the named actor that opens the object of a verb of
// [tellLemmas] whose words run on into the clause told without "that":
// "told the Associated Press four victims were found" tells the
// Associated Press; nil when the object is no such run.
func (d *docState) toldFirst(si int, s nlp.Sentence, x schema.Extraction) (*docEntity, float64) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	first, last := argTokens(s, x.Object)
	if !tellLemmas[verb] || first < 0 || si >= len(d.sents) || passiveIn(x.Relation) {
		return nil, 0
	}
	toks := s.Tokens
	b := first
	if toks[b].Lower() == "the" {
		b++
	}
	i := slices.IndexFunc(d.sents[si], func(m *mention) bool {
		return m.start == b && m.end < last && m.ent != nil && named(m) && !m.adj && !m.possessive && actorEntity(m.ent)
	})
	if i < 0 {
		return nil, 0
	}
	m := d.sents[si][i]
	if toks[m.end].Tag == "POS" || toks[m.end].Text == "," {
		return nil, 0 // "told CNN's Ann Lee she", "told Reuters, the agency"
	}
	for k := m.end; k < last; k++ {
		switch toks[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return m.ent, m.conf
		}
	}
	return nil, 0
}
