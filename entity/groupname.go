package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
)

// groupActs are the verbs whose subject, a name of "the" and capitalised
// words, is a group that acts ("The Crimson Struggle attacked", "the Velby
// Dawn said"): an event, a place or an era does none of them. "claimed"
// counts only before "responsibility" or an attack ([claimedAttack]): an
// epidemic or a war claims lives.
var groupActs = map[string]bool{
	"said": true, "says": true, "announced": true, "announces": true, "attacked": true, "attacks": true,
	"bombed": true, "kidnapped": true, "abducted": true, "denied": true, "denies": true, "vowed": true,
	"vows": true, "issued": true, "demanded": true, "demands": true, "recorded": true, "released": true,
	"performed": true, "toured": true, "signed": true,
}

// groupJoins are the words before "the" whose object is a group a person
// belongs to ("joined the Crimson Struggle", "members of the Velby Dawn").
var groupJoins = map[string]bool{"joined": true, "joins": true, "join": true, "joining": true}

// groupMembers are the nouns that, with "of" before "the", make their
// holders part of the group named after it or its leaders or speakers
// ("a leader of the Velby Dawn", "a spokesman for the Velby Dawn": "for"
// too).
var groupMembers = map[string]bool{
	"members": true, "member": true, "founders": true, "founder": true, "co-founders": true, "co-founder": true,
	"leader": true, "leaders": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// notGroupHeads are the last words of names that, after "the", name an
// event, an era, a generation or a movement of people rather than a group
// ("the Gold Rush", "the Silent Generation", "the Long March"), which the
// recogniser rightly takes for no actor's.
var notGroupHeads = map[string]bool{
	"War": true, "Wars": true, "Revolution": true, "Spring": true, "Depression": true, "Rush": true,
	"March": true, "Crisis": true, "Uprising": true, "Migration": true, "Generation": true, "Age": true,
	"Era": true, "Awakening": true, "Famine": true, "Plague": true, "Death": true, "Recession": true,
	"Reformation": true, "Renaissance": true, "Enlightenment": true, "Holocaust": true, "Blitz": true,
	"Deal": true, "Society": true, "World": true, "Games": true, "Flood": true, "Fire": true,
}

// groupName reports whether mention m of sentence s, two or three
// capitalised words after "the" that the recogniser reads as no actor's
// name (an event's, a work's), is used as a group that acts: the subject
// of one of [groupActs] opening its clause ("The Crimson Struggle claimed
// the bombing"), the object of "joined" ("Tom Wu joined the Crimson
// Struggle"), after "members of" or after "claimed by" and "carried out
// by" ("the attack was claimed by the Velby Dawn"). Names ending as an
// event's or an era's do ([notGroupHeads]: "the Gold Rush", "joined the
// Long March") are none, and so is a name before the noun it modifies
// ("joined the Velby Dawn protests").
func groupName(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	n := m.end - m.start
	if n < 2 || n > 3 || m.start == 0 || !strings.EqualFold(toks[m.start-1].Text, "the") || notGroupHeads[toks[m.end-1].Text] {
		return false
	}
	if modifiesNoun(s, m.end) {
		return false // "joined the Arab Spring protests": the name modifies a noun
	}
	for _, t := range toks[m.start:m.end] {
		if !isCap(t.Text) || t.Text == strings.ToUpper(t.Text) || !strings.HasPrefix(t.Tag, "NNP") {
			return false
		}
	}
	return groupSubject(toks, m.start-1, m.end) || groupObject(toks, m.start-1)
}

// groupSubject reports whether the name from "the" at token a to end of
// toks opens its clause and is the subject of one of [groupActs].
func groupSubject(toks []nlp.Token, a, end int) bool {
	if a > 0 {
		switch p := toks[a-1]; {
		case p.Text == "," || p.Lower() == "and" || p.Lower() == "but" || p.Lower() == "that":
		default:
			return false
		}
	}
	k := end
	for k < len(toks) && dealAux[toks[k].Lower()] {
		k++
	}
	if k >= len(toks) || !strings.HasPrefix(toks[k].Tag, "VB") {
		return false
	}
	if w := toks[k].Lower(); w == "claimed" || w == "claims" {
		return claimedAttack(toks, k+1)
	}
	return groupActs[toks[k].Lower()]
}

// claimedAttack reports whether the words from token k of toks, after
// "claimed", are "responsibility" or a short noun phrase whose head is an
// attack ([harmNouns]: "claimed the bombing", "claimed Monday's attack").
func claimedAttack(toks []nlp.Token, k int) bool {
	if k < len(toks) && toks[k].Lower() == "responsibility" {
		return true
	}
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].Text == "," || toks[j].Text == "." || strings.HasPrefix(toks[j].Tag, "VB") {
			return false
		}
		if harmNouns[toks[j].Lower()] && toks[j].Lower() != "death" && toks[j].Lower() != "deaths" {
			return true
		}
	}
	return false
}

// groupObject reports whether "the" at token a of toks comes after a
// word of [groupJoins], after one of [groupMembers] and "of" or "for", or after
// "claimed by" or "carried out by".
func groupObject(toks []nlp.Token, a int) bool {
	if a < 1 {
		return false
	}
	p := toks[a-1]
	switch {
	case groupJoins[p.Lower()] && strings.HasPrefix(p.Tag, "VB"):
		return true
	case a >= 2 && (p.Text == "of" || p.Text == "for") && groupMembers[toks[a-2].Lower()]:
		return true
	case a >= 2 && p.Text == "by" && toks[a-2].Lower() == "claimed":
		return true
	case a >= 3 && p.Text == "by" && toks[a-2].Lower() == "out" && toks[a-3].Lower() == "carried":
		return true
	}
	return false
}

// landHeads are the last words of the names of lands, regions and
// natural places ("the Far East", "the Holy Land", "the Rift Valley"),
// which the recogniser reads as a place's: such a name is no group, where
// a group's name the recogniser reads as a place's ("a spokesman for the
// Velby Anvil") is.
var landHeads = map[string]bool{
	"East": true, "West": true, "North": true, "South": true, "Land": true, "Lands": true, "Coast": true,
	"Valley": true, "Sea": true, "Ocean": true, "Islands": true, "Isles": true, "Island": true, "Mountains": true,
	"Hills": true, "River": true, "Lake": true, "Gulf": true, "Bay": true, "Desert": true, "Peninsula": true,
	"Plains": true, "Highlands": true, "Lowlands": true, "Basin": true, "Delta": true, "Strait": true,
	"Canyon": true, "Forest": true, "Belt": true, "Corridor": true, "Zone": true, "Strip": true, "Heights": true,
	"Horn": true, "Riviera": true, "Steppe": true, "Frontier": true, "Border": true, "Empire": true, "Kingdom": true,
	"Republic": true, "Sahara": true, "Arctic": true, "Antarctic": true, "Tropics": true, "Rim": true,
}

// placeGroupName reports whether mention m of sentence s, which the
// recogniser reads as a place's name, is a group's by [groupName] and ends
// in no word of a land's or a site's name ([landHeads], [siteWords], a
// region's head noun).
func (r *Resolver) placeGroupName(s nlp.Sentence, m *mention) bool {
	last := s.Tokens[m.end-1].Text
	return !landHeads[last] && !siteWords.has(last) && !r.g.is("regionhead", last) && groupName(s, m)
}
