package entity

import (
	"maps"
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// typeVote gives every mention of a name the type that the words beside
// its mentions say across the document, where the recogniser, a
// preposition or a reporting verb alone typed some of them: a name keeps
// one type within a document. A mention's context is evidence
// ([typeCue]): a descriptor noun before it or in apposition ("the British
// union Unite", "its European division, Opel", "Magna, a Canadian parts
// company"), what it owns or employs ("Opel's shares", "employed by
// Opel"), the pronoun a reporting verb after it takes ("Unite said it
// would strike", "Tom said he"), a courtesy title ("Mr Hastor") or "who"
// after it. The name takes the type most of its cues give, on a tie the
// type of its first cue (the document describes a name where it
// introduces it); the mentions the gazetteer, a title or a given name type
// keep theirs, and so does the name when the rules typed as many of its
// mentions for another type as there are cues. Without the recogniser
// the rules' types stand. A guessed name of several words
// that opens with a voted name takes its type ("Ningbo Jifeng Auto Parts"
// after "the firm Ningbo Jifeng"). One pass over the mentions to count,
// one to change. ms are the mentions of sents, changed in place.
func (r *Resolver) typeVote(sents []nlp.Sentence, ms [][]*mention) {
	if r.rec == nil {
		return // without the recogniser every name keeps the rules' type
	}
	type tally struct {
		cue, ruled map[schema.EntityType]int
		first      schema.EntityType
	}
	votes := map[string]*tally{}
	for i, s := range ms {
		for _, m := range s {
			if !voteable(m) {
				continue
			}
			t := r.typeCue(sents[i], m)
			v := votes[m.name]
			if v == nil {
				if t == "" && (m.guess || m.weak || voteType(m) == "") {
					continue
				}
				v = &tally{cue: map[schema.EntityType]int{}, ruled: map[schema.EntityType]int{}}
				votes[m.name] = v
			}
			if t != "" {
				v.cue[t]++
				if v.first == "" {
					v.first = t
				}
			} else if !m.guess && !m.weak && voteType(m) != "" {
				v.ruled[voteType(m)]++
			}
		}
	}
	won := map[string]schema.EntityType{}
	for name, v := range votes {
		if v.first == "" {
			continue
		}
		best := v.first
		for _, t := range slices.Sorted(maps.Keys(v.cue)) {
			if v.cue[t] > v.cue[best] {
				best = t // in the types' order, so that a tie picks the same type on every run
			}
		}
		ok := true
		for t, n := range v.ruled {
			if t != best && n >= v.cue[best] {
				ok = false // rules typed as many mentions otherwise as cues say
			}
		}
		if ok {
			won[name] = best
		}
	}
	if len(won) == 0 {
		return
	}
	for _, s := range ms {
		for _, m := range s {
			if !voteable(m) {
				continue
			}
			t, ok := won[m.name]
			if !ok && m.kind == mName && m.guess {
				// "Chinese partner Ningbo Jifeng Auto Parts": a guessed
				// longer name of a voted one.
				longest := ""
				for name, u := range won {
					if strings.HasPrefix(m.name, name+" ") && len(name) > len(longest) {
						longest, t, ok = name, u, true // the longest voted name it opens with
					}
				}
			}
			if !ok || voteType(m) == t {
				continue
			}
			if m.kind == mName && m.typ == schema.Person && r.givenFirst(m) {
				continue // "Tom Wu": a given name says a person
			}
			switch m.kind {
			case mSingle:
				m.hint, m.weak = t, false
			case mName:
				m.typ = t
			}
		}
	}
}

// voteable reports whether m is a mention whose type the document's vote
// may set: a name or a lone word unknown to the gazetteer, without a
// title, that is no adjective or possessive of a state.
func voteable(m *mention) bool {
	switch {
	case m.name == "" || m.gaz != nil || len(m.titles) > 0 || m.adj || m.role:
		return false
	case m.kind == mSingle:
		// A lone word the rules left untyped is no actor's ("Yesterday,
		// England's transport secretary, Grant Shapps,").
		return m.guess || m.weak || m.hint != ""
	}
	return m.kind == mName
}

// voteType returns the type m has: a name's type, a lone word's hint.
func voteType(m *mention) schema.EntityType {
	if m.kind == mSingle {
		return m.hint
	}
	return m.typ
}

// givenFirst reports whether m, a name of several words, opens with a
// given name.
func (r *Resolver) givenFirst(m *mention) bool {
	f := strings.Fields(m.name)
	return len(f) > 1 && r.g.given(f[0])
}

// voteOrgHeads are the nouns for parts of a business that describe a
// name before it or in apposition ("its European division, Opel"), which
// [kindOfHead] leaves out.
var voteOrgHeads = map[string]bool{
	"division": true, "unit": true, "subsidiary": true, "airline": true, "bank": true, "carmaker": true,
	"automaker": true, "retailer": true, "corporation": true, "conglomerate": true, "federation": true, "association": true,
}

// familyNouns after a name say it is a family's ("the Hastor family").
var familyNouns = map[string]bool{"family": true, "clan": true, "dynasty": true}

// courtesyTitles are the titles that only a person's name follows.
var courtesyTitles = map[string]bool{"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "miss": true}

// typeCue returns the type the words beside m, a mention of s, give it,
// or "" when they say nothing ([Resolver.typeVote]): an apposition's or a
// copula's head noun ([apposedKind], [apposedBeforeKind]), a business's
// deals and shares ([corporate]), a noun for a kind of body or place right
// before the name ("the British union Unite", [kindOfHead]), "employed
// by", a family's noun after it, a courtesy title before it, "who" after
// it, or the pronoun that a reporting verb right after it takes ("Unite
// said it would", "Velmor said that he").
func (r *Resolver) typeCue(s nlp.Sentence, m *mention) schema.EntityType {
	toks := s.Tokens
	a, b := m.start, m.end
	lower := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Lower()
	}
	noun := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].Tag == "NN" && !isCap(toks[k].Text) }
	head := func(k int) schema.EntityType {
		if !noun(k) {
			return ""
		}
		if voteOrgHeads[lower(k)] || orgDescriptors[lower(k)] {
			return schema.Organization
		}
		if t := kindOfHead(lower(k)); t == schema.GPE || t == schema.Organization && !(m.kind == mName && m.typ == schema.Person) {
			// Not "its alleged operator Jong Woo Son": a noun for a
			// trade may describe a person named in full.
			return t
		}
		return ""
	}
	if m.possessive {
		if b+1 < len(toks) && corpOwned(toks, b+1) {
			return schema.Organization
		}
		return ""
	}
	if t := apposedKind(toks, m); t != "" {
		return t
	}
	if t := apposedBeforeKind(toks, m); t != "" {
		return t
	}
	if partApposed(toks, a, b) {
		return schema.Organization
	}
	if corporate(toks, a, b) && !(m.kind == mName && m.typ == schema.Person) {
		// Not "partners Hugues Mulliez and Nicolas Bourg acquired
		// Telvarik": people buy firms too, by their full names.
		return schema.Organization
	}
	switch {
	case courtesyTitles[lower(a-1)]:
		return schema.Person
	case (head(a-1) == schema.Organization || head(a-1) == schema.GPE) && !strings.HasPrefix(tag(toks, b), "NN") && tag(toks, b) != "POS":
		return head(a - 1) // "the British union Unite said", "the town Velmor"
	case lower(a-1) == "by" && (lower(a-2) == "employed" || lower(a-2) == "owned"):
		return schema.Organization // "employed by Opel"
	case noun(b) && familyNouns[lower(b)] && !strings.HasPrefix(tag(toks, b+1), "NN"):
		return schema.Person // "the Hastor family"; not "a Kennedy family member"
	case lower(b) == "," && lower(b+1) == "who" && tag(toks, a-1) != "IN" && !(tag(toks, a-1) == "DT" && tag(toks, a-2) == "IN") &&
		(m.kind == mSingle || m.guess):
		// Not "the nearby Eastern Shoshone Tribe, who have a herd": a
		// body's "who" in a name the rules typed.
		// Not "outside his home in Ipswich, who at one stage threw
		// rocks", "a director of the Halvik Institute, who said": after
		// a preposition the clause may take up the phrase's noun.
		return schema.Person
	}
	if k := b; k < len(toks) && saidVerbs[lower(k)] && (toks[k].Tag == "VBD" || toks[k].Tag == "VBZ") {
		k++
		if lower(k) == "that" {
			k++
		}
		switch lower(k) {
		case "it":
			// "Unite said it would strike"; not "Tom Wu said it would
			// be a mistake", whose "it" is no one.
			if itActs[lower(k+1)] && lower(k+2) != "be" && lower(k+2) != "not" && lower(k+2) != "take" {
				return schema.Organization
			}
		case "he", "she":
			return schema.Person
		}
	}
	return ""
}

// itActs are the words after a reporting verb's "it" that say the "it"
// does something: a body's intent, not the empty subject of "said it was
// a shame".
var itActs = map[string]bool{"would": true, "will": true, "had": true, "has": true, "plans": true, "planned": true, "intends": true, "expects": true}

// partApposed reports whether the name at tokens [a, b) of toks is in
// apposition to a possessive, modifiers and a noun for a part of a
// business ([voteOrgHeads]): "its European division, Opel,".
func partApposed(toks []nlp.Token, a, b int) bool {
	if a < 3 || toks[a-1].Text != "," || !closes(toks, b) || toks[a-2].Tag != "NN" || !voteOrgHeads[toks[a-2].Lower()] {
		return false
	}
	k := a - 3
	for k > 0 && a-3-k < 3 && (strings.HasPrefix(toks[k].Tag, "JJ") || toks[k].Tag == "NN") {
		k--
	}
	w := toks[k].Lower()
	return w == "its" || w == "their"
}

// closes reports whether token k of toks ends a phrase: a comma, a
// sentence's stop or the end.
func closes(toks []nlp.Token, k int) bool {
	return k >= len(toks) || toks[k].Text == "," || toks[k].Tag == "." || toks[k].Text == ";"
}

// tag returns the tag of token k of toks, "" past the end.
func tag(toks []nlp.Token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return toks[k].Tag
}
