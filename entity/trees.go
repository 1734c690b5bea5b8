package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// treeFacts adds the facts that the dependency parse states between two
// actors of a sentence that no fact of the sentence links yet, in either
// direction ([Options.Trees]): "With Wikinews, Ann Lee discussed her
// campaign" (discuss_with) read off the tree where the chunk rules missed
// it. Only such sentences are parsed. A question, a sentence that sets a
// condition, an act a modal or an intention leaves undone ([intention]),
// a possessor ("Lee's lawyer spoke to Wu"), a site or a platform ("wrote
// to Twitter") give none. The facts keep the reader's confidence
// (extract.LinkConfidence, 0.1), by which they can be told from the
// rules' facts.
func (d *docState) treeFacts(sents []nlp.Sentence) {
	if d.r.trees == nil {
		return
	}
	type pair struct{ a, b *docEntity }
	linked := map[pair]bool{}
	for si, s := range sents {
		if si >= len(d.sents) || question(s.Tokens) || conditioned(s.Tokens) {
			continue
		}
		ms := treeMentions(d.sents[si])
		if len(ms) < 2 {
			continue
		}
		clear(linked)
		for _, f := range d.facts {
			if f.Sentence == si && f.subj != nil && f.obj != nil {
				linked[pair{f.subj, f.obj}], linked[pair{f.obj, f.subj}] = true, true
			}
		}
		open := false
		for i, a := range ms {
			for _, b := range ms[i+1:] {
				if a.ent != b.ent && !linked[pair{a.ent, b.ent}] {
					open = true
				}
			}
		}
		if !open {
			continue
		}
		spans := make([][2]int, len(ms))
		for i, m := range ms {
			spans[i] = [2]int{m.start, m.end}
		}
		for _, x := range d.r.trees.Links(s, spans) {
			a, b := mentionAt(s, ms, x.Subject), mentionAt(s, ms, x.Object)
			if a == nil || b == nil || a.ent == b.ent || linked[pair{a.ent, b.ent}] || intention(s, x) ||
				platform(b.ent) || site(a.ent) || site(b.ent) || a.possessive || b.possessive {
				continue
			}
			linked[pair{a.ent, b.ent}], linked[pair{b.ent, a.ent}] = true, true
			f := &docFact{subj: a.ent, obj: b.ent}
			f.Extraction = x
			f.Class = schema.CanonicalRelation(x.Lemma)
			f.Lemma = schema.StatedRelation(x.Lemma)
			f.Sentence = si
			d.facts = append(d.facts, f)
		}
	}
}

// treeMentions returns the mentions of ms that name an actor in their own
// words, outermost first where two overlap: no place without a
// government (a river, a road, a sea), no state named by its
// adjective, no office without its holder, no reflexive pronoun ("set
// himself on fire").
func treeMentions(ms []*mention) []*mention {
	var out []*mention
	for _, m := range ms {
		if m.ent == nil || !actorEntity(m.ent) || m.ent.typ == schema.Location || m.adj || m.role || m.drop || m.start >= m.end || strings.HasSuffix(m.pron, "self") || strings.HasSuffix(m.pron, "selves") {
			continue
		}
		inside := false
		for _, o := range ms {
			if o != m && o.ent != nil && o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start {
				inside = true
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// mentionAt returns the mention of ms whose words argument a covers
// exactly, or nil.
func mentionAt(s nlp.Sentence, ms []*mention, a schema.Argument) *mention {
	for _, m := range ms {
		if m.end <= len(s.Tokens) && s.Tokens[m.start].Start == a.Start && s.Tokens[m.end-1].End == a.End {
			return m
		}
	}
	return nil
}
