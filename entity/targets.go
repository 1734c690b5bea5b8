package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// targetActs are the lemmas of the act nouns ([actNoun]) of an attack,
// whose target a sentence may name as its subject.
var targetActs = map[string]bool{"attack": true, "strike": true, "raid": true, "bomb": true, "shell": true}

// targetedBy adds attacker —attack→ target (strike, raid, bomb, shell)
// for an actor said to be an attack's target, with the attacker named
// before the attack's noun:
// "Bergen was the target of a Norden Front suicide attack", "Oslo was
// targeted by a Halvik Front attack", "the embassy became the target of
// Russian airstrikes". At most two lower-case words ("suicide",
// "drone") stand between the attacker and the noun. ms are the mentions
// of sentence si.
func (d *docState) targetedBy(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i, m := range ms {
		if m.ent == nil || !actorEntity(m.ent) || m.possessive || m.adj || m.end+3 >= len(toks) {
			continue
		}
		k := m.end
		if !beForms[toks[k].Lower()] && toks[k].Lower() != "became" && toks[k].Lower() != "become" && toks[k].Lower() != "becomes" {
			continue
		}
		k++
		switch w := toks[k].Lower(); {
		case w == "targeted" && strings.EqualFold(toks[k+1].Text, "by"):
			k += 2
		case (w == "the" || w == "a") && toks[k+1].Lower() == "target" && k+2 < len(toks) && toks[k+2].Lower() == "of":
			k += 3
		default:
			continue
		}
		if k < len(toks) && (toks[k].Tag == "DT") {
			k++
		}
		var agent *mention
		for _, a := range ms[i+1:] {
			if a.start == k {
				agent = a
			}
		}
		if agent == nil || agent.ent == nil || agent.ent == m.ent || !actorEntity(agent.ent) || agent.possessive {
			continue
		}
		j := agent.end
		act := func(j int) (string, bool) {
			nom, ok := actNoun(toks[j])
			return nom.lemma, ok && targetActs[nom.lemma]
		}
		for j < len(toks) && j < agent.end+2 && lowerWord(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NN") {
			if _, ok := act(j); ok {
				break
			}
			j++
		}
		if j >= len(toks) {
			continue
		}
		lemma, ok := act(j)
		if !ok {
			continue
		}
		if f := d.derive(si, argOf(s, agent), joinText(toks[m.end:j+1]), lemma, agent.ent, m.ent, "", nominalConf); f != nil {
			f.Class = schema.CanonicalRelation(lemma)
		}
	}
}
