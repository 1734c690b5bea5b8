package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Oppositions. News names a state's political opposition as one actor:
// "the Venezuelan opposition", "Belarus's opposition", "the opposition
// declared the vote illegitimate", "opposition leader Tom Wu". It is a
// camp of parties and people, an organisation as a camp is
// ([campMentions]), named by its state's adjective as the state's
// government is ([Resolver.stateBody]): "Venezuelan opposition". A bare
// "the opposition" is the latest opposition named, else the opposition of
// the state the document is about ([docState.homeOpposition]), and a
// description noun before a role and a name gives that person's role in it
// ([docState.describedRoles]: "opposition leader Tom Wu" leads it,
// "opposition candidate Ann Lee" is its member).
//
// The word also names a stance, no actor: "opposition to the plan", "the
// opposition of the unions", "faced opposition from Tom Wu", "strong
// opposition", "in opposition". Only "the opposition" with no such
// complement, a state's opposition, and the noun before a role and a name
// are read as the camp.

// stanceOpposition reports whether "opposition" at token i names a stance
// against something, which the word after it says: "opposition to the
// plan", "the opposition of the unions", "opposition from Tom Wu".
func stanceOpposition(toks []nlp.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Lower() {
	case "to":
		// "urged the opposition to negotiate": the camp, asked to act
		return i+2 >= len(toks) || toks[i+2].Tag != "VB"
	case "of":
		// "accused the opposition of fraud", "of plotting": what a verb
		// of charge says the camp did, no stance's holder.
		if i+2 < len(toks) && (toks[i+2].Tag == "VBG" || toks[i+2].Tag == "NN") {
			return false
		}
		for _, t := range toks[max(0, i-3):i] {
			if chargeWord(t.Lower()) {
				return false
			}
		}
		return true
	case "from", "against", "toward", "towards", "over", "among", "within", "by", "for":
		return true
	}
	return false
}

// chargeWord reports whether the lower-case word w is a form of a verb
// that charges or clears its object "of" something: "accused", "suspects",
// "convicted", "acquitted", "cleared".
func chargeWord(w string) bool {
	for _, p := range []string{"accus", "suspect", "convict", "acquit", "clear"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// stateOpposition returns the mention of a state's opposition that the
// state's name or adjective before "opposition" at token i of sentence s
// names ("the Venezuelan opposition", "Belarus's opposition leader"), or
// nil: for another word, for no state, and for a stance ("Russia's
// opposition to the plan").
func (r *Resolver) stateOpposition(s nlp.Sentence, ms []*mention, i int) *mention {
	t := s.Tokens[i]
	if t.Text != "opposition" || !isNoun(t) || coveringAt(ms, i) >= 0 || stanceOpposition(s.Tokens, i) {
		return nil
	}
	return r.stateBefore(s, ms, i, "opposition")
}

// homeOpposition returns the opposition that a bare "the opposition" with
// none named before names: the opposition of the country the document is
// about ([docState.homeCountry]), "Venezuelan opposition", else one
// called "opposition" that is the document's own
// ([schema.Entity.Local]). It creates the entity.
func (d *docState) homeOpposition() *docEntity {
	name := "opposition"
	top := d.homeCountry()
	if top != nil {
		name = d.r.stateBody(&mention{name: top.name}, name)
	}
	if e := d.byKey[normKey(name)]; e != nil {
		return e
	}
	e := d.create(name, &mention{typ: schema.Organization})
	e.country = top
	e.local = top == nil
	return e
}

// oppositionEntity reports whether e is a state's opposition or a
// document's ([docState.homeOpposition]), whose candidates are its
// members, as a party's are ([rankRole]).
func oppositionEntity(e *docEntity) bool {
	return e.typ == schema.Organization && (e.name == "opposition" || strings.HasSuffix(e.name, " opposition"))
}

// oppositionBodyNouns name a body of the opposition after the word:
// "opposition party", "opposition alliance".
var oppositionBodyNouns = map[string]bool{"party": true, "bloc": true, "alliance": true, "coalition": true}

// oppositionBodies adds the membership in the opposition of a party that
// sentence si names as one of it: "opposition party Velta Union", "the
// main opposition party, the Harbor Party,", "the opposition Harbor
// Party", "the Harbor Party, the main opposition party,". The opposition
// is the state's that the words name ("the Norwegian opposition party"),
// else the one a bare "the opposition" would name.
func (d *docState) oppositionBodies(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i, t := range toks {
		if !strings.EqualFold(t.Text, "opposition") || !strings.HasPrefix(t.Tag, "NN") && t.Tag != "JJ" {
			continue
		}
		j := i + 1
		if j < len(toks) && oppositionBodyNouns[toks[j].Lower()] {
			j++
		}
		org := d.bodyAfter(s, ms, i, j)
		if org == nil && j > i+1 {
			org = bodyApposedBefore(s, ms, i)
		}
		if org == nil || org.ent == nil || org.ent.typ != schema.Organization || oppositionEntity(org.ent) {
			continue
		}
		var opp *docEntity
		if k := coveringAt(ms, i); k >= 0 && ms[k].ent != nil && oppositionEntity(ms[k].ent) {
			opp = ms[k].ent // "the Norwegian opposition party"
		} else if k < 0 {
			opp = d.described(si, i, "opposition")
		}
		if opp != nil {
			d.derive(si, argOf(s, org), joinText(toks[i:j]), schema.MemberOf, org.ent, opp, "", roleConf)
		}
	}
}

// bodyAfter returns the named organisation that starts at token j of s,
// after the words of an opposition's body that start at token i, or after
// a comma and "the" when a body noun ends them ("the main opposition
// party, the Harbor Party"); or nil.
func (d *docState) bodyAfter(s nlp.Sentence, ms []*mention, i, j int) *mention {
	toks := s.Tokens
	if j > i+1 && j+1 < len(toks) && toks[j].Text == "," {
		j++
		if strings.EqualFold(toks[j].Text, "the") {
			j++
		}
	}
	for _, m := range ms {
		if m.start == j && named(m) && !m.possessive && !m.adj {
			return m
		}
	}
	return nil
}

// bodyApposedBefore returns the named organisation that an apposition of
// an opposition's body follows: "the Harbor Party, the main opposition
// party," with "opposition" at token i; or nil.
func bodyApposedBefore(s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	k := i - 1
	for k > 0 && toks[k].Tag == "JJ" && !isCap(toks[k].Text) {
		k-- // "main", "largest"
	}
	if k < 2 || toks[k].Tag != "DT" || toks[k-1].Text != "," {
		return nil
	}
	for _, m := range ms {
		if m.end == k-1 && named(m) && !m.possessive && !m.adj {
			return m
		}
	}
	return nil
}
