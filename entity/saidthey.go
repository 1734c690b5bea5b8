package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/schema"
)

// bodyReports add to [saidVerbs] and [announcedVerbs] the verbs by which
// a body reports what it has done itself.
var bodyReports = map[string]bool{"reported": true, "reports": true, "noted": true, "explained": true}

// saidThey resolves a "they" that opens the clause reported right after
// the verb of its sentence's speaker (past "that"), when that speaker is
// an organisation named alone as the verb's subject: a body speaks of
// what its people did in the plural ("UNICEF reported they had delivered
// vaccines to Samoa", "Halvik Valley Police said they had arrested a
// man"). It returns nil for any other "they", for a person's report
// ("Twitter's chief executive said they made a mistake": his company,
// or his staff) and for a list of speakers ("The committee and the FSB
// said they believe").
func (d *docState) saidThey(si int, m *mention, cur []*mention) *docEntity {
	toks := d.input[si].Tokens
	if m.pron != "they" {
		return nil
	}
	k := m.start - 1
	if k >= 0 && toks[k].Lower() == "that" {
		k--
	}
	if k < 1 {
		return nil
	}
	if w := toks[k].Lower(); !saidVerbs[w] && !announcedVerbs[w] && !bodyReports[w] || w == "told" || w == "tells" {
		return nil
	}
	j := k - 1 // the subject's end, past adverbs and auxiliaries: "later said", "has confirmed"
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || strings.HasPrefix(toks[j].Tag, "VB") && haveWords[toks[j].Lower()]) {
		j--
	}
	for _, c := range cur {
		if c.end != j+1 || c.ent == nil || c.adj || c.possessive || c.ent.typ != schema.Organization {
			continue
		}
		if c.start > 0 {
			if w := toks[c.start-1].Lower(); w == "and" || w == "&" || toks[c.start-1].Tag == "POS" {
				return nil // "The committee and the FSB said they", "Twitter's ... said"
			}
			if toks[c.start-1].Text == "," && slices.ContainsFunc(cur, func(o *mention) bool { return o.end == c.start-1 && o.ent != nil }) {
				return nil // "Halvik, Norden and Acme said they"
			}
		}
		return c.ent
	}
	return nil
}

// haveWords are the auxiliaries of a perfect before a reporting verb.
var haveWords = map[string]bool{"has": true, "have": true, "had": true}

// recipientVerbs are the verbs whose object "them" receives what a
// source tells or hands over.
var recipientVerbs = map[string]bool{
	"told": true, "tells": true, "gave": true, "gives": true, "sent": true, "sends": true, "showed": true,
	"shows": true, "handed": true, "provided": true, "emailed": true, "informed": true, "contacted": true,
}

// accordingThem resolves a "them" right after a verb of [recipientVerbs]
// in a sentence that opens with "According to" and an organisation, to
// that organisation: the outlet a source spoke to ("According to the
// Daily Post, a former aide told them of the letter and gave them a
// copy"). It returns nil for any other "them", and when another actor
// stands between the organisation and the pronoun that "them" may take
// up (a group, or a list).
func (d *docState) accordingThem(si int, m *mention, cur []*mention) *docEntity {
	toks := d.input[si].Tokens
	if m.pron != "them" || m.start < 4 || !recipientVerbs[toks[m.start-1].Lower()] {
		return nil
	}
	if !strings.EqualFold(toks[0].Text, "according") || toks[1].Lower() != "to" {
		return nil
	}
	var src *mention
	for _, c := range cur {
		if c.start >= m.start {
			break
		}
		if c.ent == nil || c.adj {
			continue
		}
		if src == nil {
			if c.start > 3 || c.possessive || c.ent.typ != schema.Organization || c.end >= len(toks) || toks[c.end].Text != "," {
				return nil
			}
			src = c
			continue
		}
		if c.ent.typ == schema.Group || c.ent.typ == schema.Organization || c.ent.members != nil {
			return nil // "According to Halvik, Norden's staff told them"
		}
	}
	if src == nil {
		return nil
	}
	return src.ent
}

// spokesmanBody resolves an "it" or "they" that opens the clause reported
// right after the verb of its sentence's speaker (past "that"), when that
// speaker is a person named as a spokesperson of an organisation: the
// pronoun is the body he speaks for, not the last body named ("Velmora
// spokeswoman Ann Lee said they had paid", "Halvik military spokesman Tom
// Wu said it had struck the depot", "Tom Wu, a spokesman for Halvik, said
// it would appeal"). A "they" must be followed by a past verb, a modal or
// "had" ("said they apply to letters" is about things). It returns nil for
// any other pronoun or speaker.
func (d *docState) spokesmanBody(si int, m *mention, cur []*mention) *docEntity {
	toks := d.input[si].Tokens
	if m.pron != "it" && m.pron != "they" {
		return nil
	}
	if m.pron == "they" && (m.end >= len(toks) || !haveWords[toks[m.end].Lower()] && toks[m.end].Tag != "MD" && toks[m.end].Tag != "VBD") {
		return nil // "Agency spokeswoman Ann Lee said they apply to letters": the rules, not the agency
	}
	k := m.start - 1
	if k >= 0 && toks[k].Lower() == "that" {
		k--
	}
	if k < 1 || !saidVerbs[toks[k].Lower()] && !announcedVerbs[toks[k].Lower()] {
		return nil
	}
	j := k - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || strings.HasPrefix(toks[j].Tag, "VB") && haveWords[toks[j].Lower()]) {
		j--
	}
	body := func(end int) *docEntity {
		for _, c := range cur {
			if c.end == end && c.ent != nil && !c.possessive && (c.ent.typ == schema.Organization || c.ent.typ == schema.Group) {
				return c.ent
			}
		}
		return nil
	}
	if j >= 3 && toks[j].Text == "," { // "Tom Wu, a spokesman for Halvik, said"
		for _, c := range cur {
			if c.end != j || c.ent == nil || c.start < 3 {
				continue
			}
			if w := toks[c.start-1].Lower(); (w == "for" || w == "of") && spokesNouns[toks[c.start-2].Lower()] {
				return body(j)
			}
		}
		return nil
	}
	for _, c := range cur {
		if c.end != j+1 || c.ent == nil || c.ent.typ != schema.Person {
			continue
		}
		s := c.start - 1
		if s >= 0 && !spokesNouns[toks[s].Lower()] {
			return nil
		}
		s-- // "Halvik military spokesman": one lower-case word between
		if s >= 0 && !isCap(toks[s].Text) && (toks[s].Tag == "JJ" || strings.HasPrefix(toks[s].Tag, "NN")) {
			s--
		}
		if s < 0 || toks[s].Tag == "POS" {
			return nil // "Kennedy's spokesman" speaks for a person
		}
		return body(s + 1)
	}
	return nil
}
