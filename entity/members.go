package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// listRelation reports whether x is the plain reading of an "including"
// list, whose subject is whatever came before the list and whose object a
// member: "former members of Scientology, including musician Tiziano
// Lugli" gives no act of the subject. The link from each member to the
// group ([schema.Extraction.Membership]) is no such reading: its object is
// the group, which may be an actor.
func listRelation(x schema.Extraction) bool {
	return strings.EqualFold(x.Relation, "including") && !x.Membership
}

// adherentRoles adds member_of for a capitalised noun of an adherent right
// before a person's name, or ending the person's apposition, when the
// document names the body the noun comes from: "Scientologist Ann Lee" or
// "Ann Lee, an Australian woman and Scientologist," with the Church of
// Scientology, "Communist Tom Wu" with the Communist Party, "Labourite Ola
// Berg" with Labour; a former adherent has left the body ([pastRole]). The
// body must be named by the noun's stem alone, or with only church, party
// or movement around it, so that "Economist Ann Lee" is no member of a
// Ministry of Economy.
func (d *docState) adherentRoles(si int, s nlp.Sentence, ms []*mention) {
	for _, b := range ms {
		if !named(b) || b.ent == nil || b.ent.typ != schema.Person || len(b.titles) > 0 {
			continue
		}
		k := b.start - 1
		if k < 0 || coveringAt(ms, k) >= 0 {
			k = adherentInApposition(s, b.end)
		}
		if k < 0 {
			continue
		}
		w := strings.ToLower(s.Tokens[k].Text)
		if !isCap(s.Tokens[k].Text) || !strings.HasPrefix(s.Tokens[k].Tag, "NN") || len(w) < 6 {
			continue
		}
		if c := coveringAt(ms, k); c >= 0 && (ms[c].start != k || ms[c].end != k+1 || ms[c].ent == nil || ms[c].ent.gaz != nil) {
			continue // a name, not a word the recogniser took for one alone ("and former Scientologist,")
		}
		var stems []string
		switch {
		case strings.HasSuffix(w, "ist"):
			stems = []string{w[:len(w)-3] + "y", w} // Scientology, Communist Party
		case strings.HasSuffix(w, "ite"):
			stems = []string{w[:len(w)-3], w} // Labour
		default:
			continue
		}
		if org := d.adheredBody(stems); org != nil {
			lemma := pastRole(schema.MemberOf, k > 0 && formerWord(s.Tokens[k-1].Lower())) // "former Scientologist"
			d.derive(si, argOf(s, b), s.Tokens[k].Text, lemma, b.ent, org, "", roleConf)
		}
	}
}

// adherentInApposition returns the token of a capitalised noun that ends
// an apposition opening with the comma at end ("Ann Lee, an Australian
// woman and former Scientologist,"), or -1. Up to six articles, adjectives
// (a nationality's too), lower-case nouns and "and" come before it, and a
// comma or the sentence's end follows it.
func adherentInApposition(s nlp.Sentence, end int) int {
	if end >= len(s.Tokens) || s.Tokens[end].Text != "," {
		return -1
	}
	for k := end + 1; k < len(s.Tokens) && k <= end+7; k++ {
		t := s.Tokens[k]
		if next := k + 1; isCap(t.Text) && k > end+1 && (next == len(s.Tokens) || s.Tokens[next].Text == "," || s.Tokens[next].Tag == ".") {
			return k
		}
		if isCap(t.Text) && !strings.HasPrefix(t.Tag, "JJ") {
			return -1 // a name; a nationality ("an Australian woman") goes on
		}
		if !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "DT" && t.Text != "and" {
			return -1
		}
	}
	return -1
}

// bodyWords may stand around an adherent noun's stem in the name of the
// body it comes from ("Church of Scientology", "Communist Party").
var bodyWords = map[string]bool{"the": true, "of": true, "church": true, "party": true, "movement": true}

// adheredBody returns the first organisation of the document whose name,
// without [bodyWords], is one of stems, or nil.
func (d *docState) adheredBody(stems []string) *docEntity {
	for _, e := range d.ents {
		if e.typ != schema.Organization {
			continue
		}
		var rest []string
		for _, f := range strings.Fields(strings.ToLower(e.name)) {
			if !bodyWords[f] {
				rest = append(rest, f)
			}
		}
		if len(rest) == 1 && slices.Contains(stems, rest[0]) {
			return e
		}
	}
	return nil
}
