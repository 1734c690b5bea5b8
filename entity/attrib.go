package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// sources resolves the source chain of the reported fact f of sentence
// si ([schema.Extraction.Sources]) to entities: each source by its words
// in the sentence, as an argument is ("Japanese news agency Kyodo" is
// Kyodo), else by name or alias. f.Attribution becomes the speaker's
// entity name when it resolves, and f.SourceEntities holds one name per
// source, "" for a source that stays a literal value; it stays nil when no
// source resolves.
func (d *docState) sources(si int, s nlp.Sentence, f *docFact) {
	if f.Attribution == "" {
		return
	}
	srcs := f.Sources
	if len(srcs) == 0 {
		srcs = []schema.Argument{{Text: f.Attribution}}
	}
	names := make([]string, len(srcs))
	found := false
	for i, a := range srcs {
		e, _, _ := d.argument(si, s, a)
		if e == nil {
			e = d.lookup(a.Text)
		}
		if e == nil {
			e = d.issuerOf(si, s, a) // "a statement from the Halvik Party said"
		}
		if e != nil {
			names[i], found = e.name, true
		}
	}
	if !found {
		return
	}
	f.SourceEntities = names
	if names[0] != "" {
		f.Attribution = names[0]
	}
}

// reportDerived gives the facts derived from a reported fact f, those
// appended to d.facts from index n on ("met Putin in Moscow" placing the
// speaker's subject in Moscow), f's speaker and source chain: what the
// sentence says, it says on the speaker's word.
func (d *docState) reportDerived(n int, f *docFact) {
	if f.Attribution == "" {
		return
	}
	for _, g := range d.facts[n:] {
		if g != f && g.implied && !g.Background && g.Attribution == "" {
			g.Attribution, g.Sources, g.SourceEntities = f.Attribution, f.Sources, f.SourceEntities
		}
	}
}

// issuedNouns are the messages whose words are their issuer's: "a
// statement from the ministry said", "an AEW press release said".
var issuedNouns = map[string]bool{
	"statement": true, "release": true, "communique": true, "communiqué": true, "announcement": true,
	"bulletin": true, "notice": true, "letter": true, "tweet": true, "post": true,
}

// issuerOf returns the actor that issued the message a speaker's argument
// a names: the message noun of [issuedNouns] is its head, after an article
// and the issuer's name ("a Halvik Party statement", "an AEW press
// release") or before a from- or by-phrase that names it ("a statement
// from the Halvik Party"); nil for anything else. A platform before the
// noun is where the message went, not who wrote it ("a Facebook post").
func (d *docState) issuerOf(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	if first < 0 || si >= len(d.sents) {
		return nil
	}
	toks := s.Tokens
	h := -1
	for k := first; k < last; k++ {
		if issuedNouns[toks[k].Lower()] && strings.HasPrefix(toks[k].Tag, "NN") {
			h = k
			break
		}
	}
	if h < 0 {
		return nil
	}
	if h+2 < len(toks) && (toks[h+1].Lower() == "from" || toks[h+1].Lower() == "by") {
		if m := d.mentionAt(si, s, h+2); m != nil && actorEntity(m.ent) {
			return m.ent
		}
		return nil
	}
	end := h
	for end > first && (toks[end-1].Lower() == "press" || toks[end-1].Lower() == "news" || toks[end-1].Lower() == "official" ||
		toks[end-1].Lower() == "joint" || toks[end-1].Lower() == "written") {
		end--
	}
	for _, m := range d.sents[si] {
		if m.end == end && m.start >= first && m.ent != nil && !m.adj && actorEntity(m.ent) && !platform(m.ent) {
			for _, t := range toks[first:m.start] {
				if t.Tag != "DT" && !strings.HasPrefix(t.Tag, "JJ") {
					return nil
				}
			}
			return m.ent
		}
	}
	return nil
}
