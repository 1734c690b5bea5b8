package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// handOverActs map a noun or a gerund of handing a thing over to an
// actor to its verb: "Sweden's sale of jets to Egypt" (sell), "the
// deployment of Russian troops to Syria" (deploy), "sending Turkish
// soldiers to Libya" (send), "the withholding of aid to Ukraine"
// (withhold). A noun takes its thing after "of", a gerund right after it.
var handOverActs = newWordMap(map[string]string{
	"sale": "sell", "sales": "sell", "selling": "sell",
	"supply": "supply", "supplying": "supply",
	"transfer": "transfer", "transfers": "transfer", "transferring": "transfer",
	"delivery": "deliver", "deliveries": "deliver", "delivering": "deliver",
	"shipment": "ship", "shipments": "ship", "shipping": "ship",
	"sending": "send", "dispatch": "send", "dispatching": "send",
	"deployment": "deploy", "deploying": "deploy",
	"withholding": "withhold", "payment": "pay",
	"provision": "provide", "providing": "provide",
})

// forcesNouns are the armed people or craft a state sends, whose
// nationality names the sender when nothing else does: "the deployment
// of Russian troops to Syria", "sending Turkish soldiers to Libya".
var forcesNouns = map[string]bool{
	"troops": true, "soldiers": true, "forces": true, "marines": true, "paratroopers": true,
	"mercenaries": true, "personnel": true, "warships": true, "sailors": true,
}

// withheldWords, among the three words before a noun or gerund of
// [handOverActs], say the thing was not handed over: "voted against
// sending troops", "halted the sale of jets", "denied sending money".
var withheldWords = map[string]bool{
	"against": true, "without": true, "not": true, "never": true, "refused": true, "refuse": true, "refuses": true,
	"denied": true, "deny": true, "denies": true, "stop": true, "stopped": true, "halt": true, "halted": true,
	"block": true, "blocked": true, "blocking": true, "ban": true, "banned": true, "oppose": true, "opposed": true,
	"opposes": true, "suspend": true, "suspended": true, "reject": true, "rejected": true, "end": true, "ended": true,
	"cancel": true, "cancelled": true, "canceled": true, "resume": true, "resumed": true,
}

// transferActs adds giver —VERB_THING_to→ actor in sentence si for a noun
// or a gerund of [handOverActs], the thing handed over and "to" an actor
// (or each actor of a list), with its giver named by a possessive or a
// state's adjective before the noun ("Sweden's sale of weapons to Egypt",
// "the French delivery of jets to Egypt"), "by" after the thing or the
// actor ("the sale of jets to Egypt by France"), or else by the
// nationality of the troops sent ("the deployment of Russian troops to
// Syria"). The relation is the verb's, as for the verb itself ("Sweden
// sold weapons to Egypt": sell_weapons_to). A planned, refused or halted
// act ("the proposed sale of", "voted against sending troops") is none.
func (d *docState) transferActs(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].Tag != "VBG" && !strings.HasPrefix(toks[k].Tag, "NN") {
			continue // the switch below takes nothing else; spare the look-up
		}
		verb := handOverActs.at(toks[k].Lower())
		if verb == "" || !lowerWord(toks[k].Text) {
			continue
		}
		j := k + 1
		switch {
		case strings.HasPrefix(toks[k].Tag, "NN") && strings.EqualFold(toks[j].Text, "of"):
			j++
		case toks[k].Tag == "VBG":
		default:
			continue
		}
		if unrealisedBefore(toks, k) || futureBefore(toks, k) || withheldBefore(toks, k) {
			continue
		}
		var agent *mention
		p := j // the "to" after the thing
		for n := 0; p < len(toks) && n < 8 && !strings.EqualFold(toks[p].Text, "to"); n++ {
			if strings.EqualFold(toks[p].Text, "by") && p > j && agent == nil {
				// "the sale of jets by France to Egypt"
				if agent = actorAt(toks, ms, p+1); agent == nil {
					break
				}
				p = agent.end
				continue
			}
			if !thingTag(toks[p].Tag) {
				break
			}
			p++
		}
		if p == j || p+1 >= len(toks) || !strings.EqualFold(toks[p].Text, "to") {
			continue
		}
		head := toks[p-1]
		if agent != nil {
			head = toks[agentThingEnd(toks, j, agent)-1]
		}
		to := listAt(toks, ms, p+1)
		if len(to) == 0 {
			continue
		}
		last := to[len(to)-1].end
		if cancelledAfter(toks, last) || futureAfter(toks, last) {
			continue
		}
		if agent == nil && last+1 < len(toks) && strings.EqualFold(toks[last].Text, "by") {
			agent = actorAt(toks, ms, last+1) // "the sale of jets to Egypt by France"
		}
		if agent == nil {
			agent = giverBefore(toks, ms, k)
		}
		if agent == nil && forcesNouns[head.Lower()] {
			agent = sendersOf(ms, j, p)
		}
		if agent == nil || agent.ent == nil || !actorEntity(agent.ent) {
			continue
		}
		lemma := verb + "_to"
		if lowerWord(head.Text) && strings.HasPrefix(head.Tag, "NN") {
			lemma = verb + "_" + head.Lower() + "_to"
		}
		for _, o := range to {
			if o.ent == agent.ent || slices.ContainsFunc(ms, func(m *mention) bool { return m.ent == o.ent && m.start >= j && m.end <= p }) {
				continue // "the transfer of Norway's troops to Norway"
			}
			if f := d.derive(si, argOf(s, agent), joinText(toks[k:o.end]), schema.StatedRelation(lemma), agent.ent, o.ent, "", nominalConf); f != nil {
				f.Class = schema.CanonicalRelation(lemma)
			}
		}
	}
}

// thingTag reports whether a token of tag may stand in the noun phrase of
// the thing handed over: "fighter jets", "$2 billion worth of arms"
// is cut at "of", "the US-made missiles", "its phone business".
func thingTag(tag string) bool {
	switch tag {
	case "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "$", "VBN", "HYPH", "POS":
		return true
	}
	return false
}

// agentThingEnd returns the end of the thing's phrase that opens at token
// j and runs up to the by-phrase of agent.
func agentThingEnd(toks []nlp.Token, j int, agent *mention) int {
	e := agent.start - 1 // "by"
	if e > j && strings.EqualFold(toks[e-1].Text, "the") {
		e--
	}
	if e <= j {
		return j + 1
	}
	return e
}

// withheldBefore reports whether one of the three words before token k is
// of [withheldWords].
func withheldBefore(toks []nlp.Token, k int) bool {
	for i := max(0, k-3); i < k; i++ {
		if withheldWords[toks[i].Lower()] {
			return true
		}
	}
	return false
}

// giverBefore returns the mention among ms that names the giver before
// the noun at token k: a possessive name or pronoun, or a state's
// adjective or a name as [agentModifier] allows, with up to three
// modifiers between ("Sweden's $2 billion sale", "the French delivery");
// or nil.
func giverBefore(toks []nlp.Token, ms []*mention, k int) *mention {
	for _, m := range ms {
		if m.ent == nil || m.end > k || m.end+5 < k {
			continue
		}
		e := m.end
		switch {
		case m.kind == mPronoun && m.possessive:
		case e < len(toks) && toks[e].Tag == "POS":
			e++
		case agentModifier(toks, m):
		default:
			continue
		}
		for e < k && (toks[e].Tag == "JJ" || toks[e].Tag == "NN" || toks[e].Tag == "CD" || toks[e].Tag == "$") {
			e++
		}
		if e == k {
			return m
		}
	}
	return nil
}

// sendersOf returns the state whose adjective or name modifies the troops
// of the thing's phrase between tokens j and p ("Russian troops", "US
// marines"), or nil.
func sendersOf(ms []*mention, j, p int) *mention {
	for _, m := range ms {
		if m.start >= j && m.end < p && m.ent != nil && m.ent.typ == schema.GPE && !m.possessive {
			return m
		}
	}
	return nil
}
