package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// A Mention is where a document names or refers to an entity: tokens
// [Start, End) of sentence Sentence.
type Mention struct {
	Sentence, Start, End int
}

// A Chain is an entity of a document with all its mentions, in order.
type Chain struct {
	Name     string
	Type     schema.EntityType
	Mentions []Mention
}

// Chains resolves the mentions of a document's sentences as [Resolver.Resolve]
// does, without extractions, and returns its entities with the tokens of
// every mention that resolved to them: names, short names, pronouns,
// descriptions, groups, and coordinations of names that a "they" takes up
// (typed as their members). A mention inside a longer one of the same
// entity ("Tove Rask" in "actor Tove Rask") is left out. A nationality word alone ("British") is no
// mention of its country here; a state's abbreviation is, even before a
// noun ("the U.S. economy"), unless it names a road ("US 75", "US-412"). Chains come in order of first mention; the
// slices are new.
func (r *Resolver) Chains(sents []nlp.Sentence) []Chain {
	d := r.resolveDoc(sents, nil)
	// A chain is an entity, or a part of a place ("southern Russia").
	type key struct {
		ent  *docEntity
		part string
	}
	at := map[key]int{}
	var out []Chain
	for si, ms := range d.sents {
		toks := sents[si].Tokens
		for _, m := range ms {
			if m.ent == nil || m.adj && (!isAcronym(m.surface) || road(sents[si], m.end)) || within(m, ms) {
				continue
			}
			k, start := key{ent: m.ent}, m.start
			if m.ent.typ == schema.GPE || m.ent.typ == schema.Location {
				start = kindOf(toks, start)
				if start > 0 && m.kind != mPronoun && placeParts[toks[start-1].Text] {
					start--
					k.part = toks[start].Text
				}
			}
			i, ok := at[k]
			if !ok {
				i = len(out)
				at[k] = i
				out = append(out, Chain{Name: m.ent.name, Type: m.ent.typ})
				if k.part != "" {
					out[i].Name = k.part + " " + m.ent.name
				}
				if len(m.ent.members) > 0 {
					out[i].Type = m.ent.members[0].typ // GUM types "Sam and Ann" a person
				}
			}
			out[i].Mentions = append(out[i].Mentions, Mention{Sentence: si, Start: start, End: m.end})
		}
	}
	if n := narrator(sents, d.sents); len(n.Mentions) > 0 {
		i := 0
		for i < len(out) && !n.Mentions[0].less(out[i].Mentions[0]) {
			i++
		}
		out = slices.Insert(out, i, n)
	}
	return out
}

// minNarrated is the fewest first-person pronouns outside quotations that
// make a document's unnamed narrator a chain.
const minNarrated = 12

// narrator returns the chain of the document's unnamed narrator: the
// "I", "me", "my" and "myself" outside quotations that the resolver gave
// no one (a speech's speaker, an essay's author), when there are at
// least [minNarrated] of them, else an empty chain. It serves Chains only:
// the facts of an unnamed "I" stay without an actor.
func narrator(sents []nlp.Sentence, ms [][]*mention) Chain {
	var out []Mention
	outsideQuotes(sents, quotes(sents), func(si, a, b int) {
		for ti := a; ti < b; ti++ {
			t := sents[si].Tokens[ti]
			if !firstPerson[t.Lower()] || !strings.HasPrefix(t.Tag, "PRP") || si < len(ms) && slices.ContainsFunc(ms[si], func(m *mention) bool { return m.ent != nil && m.start <= ti && ti < m.end }) {
				continue
			}
			out = append(out, Mention{Sentence: si, Start: ti, End: ti + 1})
		}
	})
	if len(out) < minNarrated {
		return Chain{}
	}
	return Chain{Name: "I", Type: schema.Person, Mentions: out}
}

// placeParts are the lower-case words before a place's name that make the
// phrase name a part or an age of it, another place ("southern Russia",
// "mainland Australia", "downtown Tulsa", "early Athens"), as GUM annotates
// them: 13 of the 14 such phrases in GUM whose place the document also
// names alone are entities of their own ("modern Mexico City" is not, and
// "modern" is left out).
var placeParts = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"mainland": true, "downtown": true, "upstate": true, "rural": true, "coastal": true,
	"early": true, "ancient": true,
}

// placeKinds are the nouns of a place's kind that "the" and "of" put
// before its name: "the island of Busuanga", "the State of Ohio".
var placeKinds = map[string]bool{
	"city": true, "town": true, "village": true, "municipality": true, "island": true, "isle": true,
	"province": true, "state": true, "county": true, "district": true, "region": true, "republic": true,
	"kingdom": true, "principality": true, "emirate": true, "commonwealth": true, "territory": true,
	"port": true, "hill": true, "borough": true,
}

// kindOf returns where the mention of a place that starts at token i
// starts when "the", a kind of place and "of" come before it ("the
// island of Busuanga", "the Republic of Albania"): GUM writes the phrase
// as one mention, headed by the kind, with no mention of the name inside.
// Otherwise it returns i.
func kindOf(toks []nlp.Token, i int) int {
	if i < 3 || toks[i-1].Text != "of" || !placeKinds[toks[i-2].Lower()] || toks[i-3].Lower() != "the" {
		return i
	}
	return i - 3
}

// less reports whether m comes before o in the document.
func (m Mention) less(o Mention) bool {
	return m.Sentence < o.Sentence || m.Sentence == o.Sentence && m.Start < o.Start
}

// road reports whether the tokens of s from i on number a road after a
// state's abbreviation: "US 75", "US - 412".
func road(s nlp.Sentence, i int) bool {
	if i < len(s.Tokens) && s.Tokens[i].Text == "-" {
		i++
	}
	return i < len(s.Tokens) && s.Tokens[i].Tag == "CD"
}

// within reports whether m lies inside a longer mention of ms of the same
// entity ("Tove Rask" in "actor Tove Rask"): the two are one mention.
func within(m *mention, ms []*mention) bool {
	for _, o := range ms {
		if o != m && o.ent == m.ent && o.start <= m.start && o.end >= m.end && o.end-o.start > m.end-m.start {
			return true
		}
	}
	return false
}
