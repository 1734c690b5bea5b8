package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// pairedHolders: "The Dutch and Luxembourg prime ministers, Mark Rutte and
// Xavier Bettel, said", "The leaders of Norway and Sweden, Tom Wu and Ann
// Lee, met" and "Tom Wu and Ann Lee became the first leaders of
// Norway and Sweden to meet": a list of states (after "of", of bodies
// too) and a list of as many people, set against each other by a role
// noun in the plural, pair in order, as "respectively" makes them do
// ([docState.respectively]): the n-th person holds the role in the n-th
// state and in no other state of the list. [docState.pairedRoles] gives
// the roles as the sentence is read; this runs after the facts, and
// replaces the roles and homes that the other rules gave each person in
// every state of the list.
func (d *docState) pairedHolders(sents []nlp.Sentence) {
	for si, s := range sents {
		if si >= len(d.sents) {
			break
		}
		people, states, lemma := pairedLists(s, d.sents[si])
		if lemma == "" {
			continue
		}
		d.facts = slices.DeleteFunc(d.facts, func(f *docFact) bool {
			if f.Sentence != si || !pairedLemmas[f.Lemma] ||
				!slices.ContainsFunc(people, func(m *mention) bool { return m.ent == f.subj }) ||
				!slices.ContainsFunc(states, func(m *mention) bool { return m.ent == f.obj }) {
				return false
			}
			delete(d.derived, derivedKey{si, f.subj.name, f.Lemma, "\x00" + f.obj.name})
			return true
		})
		d.derivePaired(si, s, people, states, lemma)
	}
}

// pairedRoles gives each person of a pairing ([pairedLists]) in sentence
// si the role in the paired state as the sentence's roles are read, so
// that the post is held when a later title restates it: "President Lee
// said", after "The leaders of Norway and Sweden, Ann Lee and Tom Wu
// respectively", is Norway's ([docState.officeFacts]).
// [docState.pairedHolders] later replaces what other rules gave across
// the lists.
func (d *docState) pairedRoles(si int, s nlp.Sentence, ms []*mention) {
	if people, states, lemma := pairedLists(s, ms); lemma != "" {
		d.derivePaired(si, s, people, states, lemma)
	}
}

// derivePaired gives the n-th of people the role lemma in the n-th of
// states.
func (d *docState) derivePaired(si int, s nlp.Sentence, people, states []*mention, lemma string) {
	for i, p := range people {
		d.derive(si, argOf(s, p), "respectively", lemma, p.ent, states[i].ent, "", roleConf)
	}
}

// pairedLemmas are the relations between a person and a state that a
// pairing ([docState.pairedHolders]) replaces; "become" is the copula read
// as a relation ("Tom Wu became Norway").
var pairedLemmas = map[string]bool{
	schema.Lead: true, schema.WorkFor: true, schema.MemberOf: true, schema.From: true, "become": true,
}

// pairedLists returns the people and the states of sentence s, whose
// mentions are ms, that a plural role noun pairs ([docState.pairedHolders]),
// and the relation the role gives, or "" when s has no such lists.
func pairedLists(s nlp.Sentence, ms []*mention) (people, states []*mention, lemma string) {
	toks := s.Tokens
	// of returns the mentions of a type of types that end by token end.
	of := func(end int, types ...schema.EntityType) []*mention {
		var out []*mention
		for _, m := range ms {
			if m.ent != nil && slices.Contains(types, m.ent.typ) && !m.possessive && m.end <= end {
				out = append(out, m)
			}
		}
		return out
	}
	for k := 1; k+2 < len(toks); k++ {
		if toks[k+1].Text != "," && toks[k+1].Lower() != "of" {
			continue // the cases below all need one; tested first, as most words have neither after them
		}
		if !pluralRole(toks[k]) && (toks[k].Tag != "NN" || singularRole(toks[k].Lower()) == "") {
			continue // a plural the tagger took for a singular counts: "The chiefs/NN of"
		}
		role := singularRole(toks[k].Lower())
		switch {
		case toks[k+1].Text == ",":
			// "The Dutch and Luxembourg prime ministers, Mark Rutte and
			// Xavier Bettel": the states before the role, up to two
			// lower-case words of it between ("prime", "foreign").
			j := k
			for j > 0 && k-j < 2 && lowerWord(toks[j-1].Text) && strings.HasPrefix(toks[j-1].Tag, "JJ") || j > 0 && k-j < 2 && toks[j-1].Text == "prime" {
				j--
			}
			words := append(lowerWords(toks[j:k]), role)
			states = listEnding(toks, of(j, schema.GPE), j)
			people = listStarting(toks, of(len(toks), schema.Person), k+2)
			lemma = roleLemma(words)
		case toks[k+1].Lower() == "of" && copulaStart(toks, k) >= 0:
			// "Tom Wu and Ann Lee became the first leaders of Norway and
			// Sweden".
			start := copulaStart(toks, k)
			states = listStarting(toks, of(len(toks), schema.GPE), k+2)
			people = listEnding(toks, of(start, schema.Person), start)
			lemma = roleLemma([]string{role})
		case toks[k+1].Lower() == "of":
			// "The leaders of Norway and Sweden, Tom Wu and Ann Lee
			// (respectively), met": the people after the comma; the
			// heads of bodies too ("The chiefs of Acme and Halvik, Tom
			// Wu and Ann Lee respectively").
			states = listStarting(toks, of(len(toks), schema.GPE, schema.Organization), k+2)
			if n := len(states); n == 0 || states[n-1].end+1 >= len(toks) || toks[states[n-1].end].Text != "," {
				continue
			}
			people = listStarting(toks, of(len(toks), schema.Person), states[len(states)-1].end+1)
			lemma = roleLemma([]string{role})
		default:
			continue
		}
		if lemma != "" && len(people) >= 2 && len(people) == len(states) {
			return people, states, lemma
		}
	}
	return nil, nil, ""
}

// copulaStart returns the first token of the verb group of "be" or
// "become" that stands before the role noun at token k with only a
// determiner and modifiers between ("have" in "have become the first
// sitting leaders"), or -1.
func copulaStart(toks []nlp.Token, k int) int {
	j := k - 1
	for j >= 0 && k-j <= 4 && lowerWord(toks[j].Text) && !copulaWords[toks[j].Lower()] &&
		(toks[j].Tag == "DT" || strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "VBG" || toks[j].Tag == "RB" || toks[j].Tag == "NN") {
		j--
	}
	if j < 0 || !copulaWords[toks[j].Lower()] {
		return -1
	}
	for j > 0 && (toks[j-1].Lower() == "have" || toks[j-1].Lower() == "has" || toks[j-1].Lower() == "had") {
		j--
	}
	return j
}

// copulaWords are the forms of "be" and "become" that set a list of people
// against a role ([copulaStart]).
var copulaWords = map[string]bool{"are": true, "were": true, "became": true, "become": true, "been": true}
