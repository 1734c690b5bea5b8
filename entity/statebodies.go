package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// staffBodies are the lower-case nouns of a state's force or service that
// stand between the state's adjective and a person's title ("Somali
// military official Tom Wu", "Kenyan army spokesman Ann Lee"), with the
// type of the body they name: the person serves the body, not the state
// at large.
var staffBodies = map[string]schema.EntityType{
	"military": schema.Group, "army": schema.Group, "navy": schema.Group, "police": schema.Group,
	"air force": schema.Group, "coast guard": schema.Group,
	"intelligence service": schema.Organization, "intelligence agency": schema.Organization,
	"security service": schema.Organization, "security services": schema.Organization,
}

// staffBody returns the body of a state that adj, the state named by its
// adjective in sentence s, and the lower-case noun of [staffBodies] right
// after it name before a title that ends before token end ("Somali
// military official", "a Kenyan army spokesman"): the state's army the
// document named ("Israel Defense Forces"), else the body the document
// named by these words, else a new one ("Somali military"). It returns nil, 0 when no
// such noun follows with a title after it; else the body and the token
// after its noun.
func (d *docState) staffBody(s nlp.Sentence, adj *mention, end int) (*docEntity, int) {
	if adj == nil || adj.ent == nil || !adj.adj || adj.ent.typ != schema.GPE || !d.r.country(adj.ent) {
		return nil, 0
	}
	toks := s.Tokens
	for n := 2; n >= 1; n-- {
		k := adj.end + n
		if k >= end || k > len(toks) || isCap(toks[adj.end].Text) { // a title follows the noun
			continue
		}
		words := lowerWords(toks[adj.end:k])
		noun := strings.Join(words, " ")
		typ, ok := staffBodies[noun]
		if !ok || !roleNoun(strings.TrimSuffix(toks[end-1].Lower(), "s")) {
			continue
		}
		if noun == "army" || noun == "military" {
			// "The Israel Defense Forces said ... Israeli army spokesman
			// Tom Wu": the state's army the report has named.
			if a := d.recent(func(e *docEntity) bool {
				return e.typ == schema.Organization && nationalArmy(e) && (d.partOfState(e) == adj.ent || e.gaz != nil && e.gaz.of == adj.ent.name)
			}); a != nil {
				return a, k
			}
		}
		name := d.r.stateBody(adj, noun)
		b := d.byKey[normKey(name)]
		if other := map[string]string{"army": "military", "military": "army"}[noun]; b == nil && other != "" {
			// "said the army attacked" read before: one force, by
			// either noun ([docState.homeForce])
			if o := d.byKey[normKey(d.r.stateBody(adj, other))]; o != nil && o.typ == schema.Group {
				b = o
			}
		}
		if b == nil {
			b = d.create(name, &mention{typ: typ, head: words[len(words)-1]})
			b.country = adj.ent
			b.local = noun == "police" // each report's police are its own, as for [docState.homeForce]
		}
		return b, k
	}
	return nil, 0
}

// forceHolder returns the holder of the titles of m, a titled person, when
// holder, a state named by its adjective, names one of its bodies before
// the title, before the name or in an apposition after it ([docState.staffBody]): that body, written from the adjective
// to the body's noun. It returns holder otherwise.
func (d *docState) forceHolder(s nlp.Sentence, holder, m *mention) *mention {
	if holder == nil || m.ent == nil || m.ent.typ != schema.Person || len(m.titles) == 0 {
		return holder
	}
	end := m.start
	if holder.start >= m.end {
		end = titleEnd(s, holder, m) + 1 // "Tom Wu, a Kenyan army spokesman,"
	}
	if end <= holder.end {
		return holder
	}
	b, k := d.staffBody(s, holder, end)
	if b == nil {
		return holder
	}
	h := *holder
	h.ent, h.end, h.adj, h.surface = b, k, false, spanText(s, holder.start, k)
	return &h
}

// objectStaffBody returns the body of a state that the object tokens
// [first, last) of sentence si name with the state's adjective before a
// title ("is a Somali military official": the Somali military), when obj,
// the object's entity, is that state, with the relation to it: lemma, or
// the lead of a head's noun right after the body's ("army chief"). It
// returns nil, "" otherwise.
func (d *docState) objectStaffBody(si int, s nlp.Sentence, first, last int, obj *docEntity, lemma string) (*docEntity, string) {
	if obj == nil || first < 0 {
		return nil, ""
	}
	for _, m := range d.sents[si] {
		if m.ent == obj && m.adj && m.start >= first && m.end < last {
			b, k := d.staffBody(s, m, last)
			if b == nil {
				return nil, ""
			}
			if w := s.Tokens[last-1].Lower(); k == last-1 && leadNouns[w] {
				lemma = rankRole(schema.Lead, w, b) // "a Nigerian army chief" leads the army
			}
			return b, lemma
		}
	}
	return nil, ""
}

// forceNamingNouns are the lower-case nouns after a state's adjective that
// name its force or its officials ("Somali military official", "Kenyan
// troops"): a bare "the army" later in the sentence is that state's
// ([docState.sentenceForceState]).
var forceNamingNouns = map[string]bool{
	"military": true, "army": true, "navy": true, "police": true, "air": true, "coast": true, "intelligence": true,
	"security": true, "official": true, "officials": true, "troops": true, "forces": true, "soldiers": true,
	"government": true, "defence": true, "defense": true,
}

// sentenceForceState returns the one state whose force or officials
// sentence si names by its adjective before token end ("Somali military
// official Tom Wu said the army ..."), or nil when it names none or two.
func (d *docState) sentenceForceState(si, end int) *docEntity {
	if si < 0 || si >= len(d.input) {
		return nil
	}
	toks := d.input[si].Tokens
	var st *docEntity
	for _, m := range d.sents[si] {
		if m.start >= end || !m.adj || m.ent == nil || m.ent.typ != schema.GPE || m.end >= len(toks) || !d.r.country(m.ent) ||
			!forceNamingNouns[toks[m.end].Lower()] {
			continue
		}
		if st != nil && st != m.ent {
			return nil
		}
		st = m.ent
	}
	return st
}

// bareForceHolder returns the force that a lower-case noun of [homeForces]
// right before the title of m, a titled person named with no state or body,
// names ("army chief Tom Wu", "navy spokesman Ann Lee"): the force of
// [docState.homeForce], as a bare "the army" is; else nil.
func (d *docState) bareForceHolder(si int, s nlp.Sentence, m *mention) *mention {
	if m.ent == nil || m.ent.typ != schema.Person || len(m.titles) == 0 || m.country != nil || m.org != nil {
		return nil
	}
	toks := s.Tokens
	k := namedTitleStart(m)
	for n := 2; n >= 1; n-- {
		j := k - n
		if j < 0 || !homeForces[strings.Join(lowerWords(toks[j:k]), " ")] || isCap(toks[j].Text) ||
			j > 0 && (toks[j-1].Tag == "POS" || toks[j-1].Tag == "PRP$" || strings.HasPrefix(toks[j-1].Tag, "JJ") || strings.HasPrefix(toks[j-1].Tag, "NN")) {
			// "the country's army chief", "its army chief", "Somali
			// army chief": another's force, read elsewhere
			continue
		}
		noun := strings.Join(lowerWords(toks[j:k]), " ")
		b := d.homeForce(si, &mention{start: j, end: k, head: noun})
		if b == nil {
			return nil
		}
		return &mention{kind: mGroup, start: j, end: k, surface: spanText(s, j, k), name: b.name, typ: b.typ, ent: b}
	}
	return nil
}

// ledForce returns the one armed force or police ([forceBody]) that the
// document's facts so far make the person e lead ("army chief Tom Wu"), or
// nil.
func (d *docState) ledForce(e *docEntity) *docEntity {
	var found *docEntity
	for _, f := range d.facts {
		if f.subj != e || f.Lemma != schema.Lead || f.obj == nil || f.Negated || !forceBody(f.obj) {
			continue
		}
		if found != nil && found != f.obj {
			return nil
		}
		found = f.obj
	}
	return found
}
