package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// unitNouns describe a body as a part of a larger one: "the elite group
// within Scientology", "its youth wing".
var unitNouns = map[string]bool{
	"group": true, "wing": true, "arm": true, "unit": true, "branch": true, "division": true,
	"faction": true, "subsidiary": true, "affiliate": true, "chapter": true, "department": true,
	"section": true, "order": true, "body": true, "agency": true, "office": true, "force": true,
	"chain": true,
}

// formationNouns end the names of an armed force's formations, which
// "of" and the force's name follow: "the 12th Brigade of the Kenyan
// Army", "the 209th Corps of the Afghan National Army" ([unitOf]).
var formationNouns = map[string]bool{
	"brigade": true, "corps": true, "battalion": true, "regiment": true, "squadron": true, "fleet": true,
	"flotilla": true, "detachment": true, "command": true,
}

// committeeNouns end the names of a body's committees, which "of" and
// the body's name may follow: "the Budget Committee of the Senate", "the
// Central Committee of the Halvik Party" ([unitOf]).
var committeeNouns = map[string]bool{"committee": true, "subcommittee": true}

// ownedNouns follow a part's name after its owner's possessive: "its Polar
// Mart chain", "Halvik's Velby Air subsidiary" ([unitOf], [orgContext]).
var ownedNouns = map[string]bool{
	"chain": true, "unit": true, "subsidiary": true, "division": true, "affiliate": true, "arm": true,
	"wing": true, "branch": true,
}

// apposedAfter reports whether a comma at token k opens an apposition: a
// capitalised word, or "the" and one, after it.
func apposedAfter(s nlp.Sentence, k int) bool {
	toks := s.Tokens
	if k+1 >= len(toks) || toks[k].Text != "," {
		return false
	}
	if strings.EqualFold(toks[k+1].Text, "the") && k+2 < len(toks) {
		k++
	}
	return isCap(toks[k+1].Text)
}

// publicationNouns name an organisation's publications and outlets.
var publicationNouns = map[string]bool{
	"publication": true, "magazine": true, "newspaper": true, "journal": true, "newsletter": true,
	"website": true, "channel": true, "broadcaster": true, "label": true, "imprint": true,
}

// unitOf: "the elite group within the Guild called the Night Watch", "a
// branch of the Green Party known as Young Greens", "its youth wing the
// Young Greens", "the Green Party's youth wing, Young Greens", "the
// network's news channel, Halvik News", "the Scientology propaganda
// publication Freedom Magazine": a unit or outlet noun of an
// organisation (after within, of or inside, after its possessive, or
// after its name as a modifier), then the unit's name, give the unit
// part_of the organisation.
func unitOf(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.Organization || !named(b) || b.ent.typ != schema.Organization || b.possessive {
		return role{}, false
	}
	w := between(s, a, b)
	if unitApposition(s, a, b) {
		return role{lemma: schema.PartOf}, true
	}
	if parentApposition(s, a, b) {
		return role{lemma: schema.PartOf, reverse: true}, true // "Meta, the parent company of Facebook,"
	}
	if w := between(s, a, b); a.possessive && len(w) >= 2 && len(w) <= 4 {
		// "Facebook's parent company, Meta,", "Halvik Bank's parent
		// company Norden": the possessor is the part.
		if w[0] == "'s" || w[0] == "'" {
			w = w[1:]
		}
		if n := len(w); n >= 2 && w[0] == "parent" && parentNouns[w[1]] && (n == 2 || n == 3 && w[2] == ",") {
			return role{lemma: schema.PartOf}, true
		}
	}
	if n := len(w); named(a) && !a.possessive && a.end-a.start >= 2 && (unitNouns[s.Tokens[a.end-1].Lower()] || formationNouns[s.Tokens[a.end-1].Lower()] || committeeNouns[s.Tokens[a.end-1].Lower()]) && isCap(s.Tokens[a.end-1].Text) &&
		s.Tokens[a.end-1].Lower() != "order" && s.Tokens[a.end-1].Lower() != "body" && // "the Royal Order of the Crown"
		n >= 1 && n <= 2 && w[0] == "of" && (n == 1 || w[1] == "the") {
		// "the Youth Wing of the Halvik Party", "Bergen Division of
		// Nordic Rail", "the 12th Brigade of the Kenyan Army", "the
		// Foreign Affairs Committee of the Senate": a unit's name and
		// "of" its body.
		return role{lemma: schema.PartOf}, true
	}
	if nameUnitOf(s, a, b) {
		return role{lemma: schema.PartOf}, true
	}
	if a.possessive && b.end < len(s.Tokens) && ownedNouns[s.Tokens[b.end].Text] && strings.HasPrefix(s.Tokens[b.end].Tag, "NN") &&
		(b.start == a.end || b.start == a.end+1 && s.Tokens[a.end].Tag == "POS") && !apposedAfter(s, b.end+1) {
		// "its Polar Mart chain", "Halvik's Velby Air subsidiary"; not
		// "the Pirates' Double-A affiliate, the Altoona Curve", where the
		// name after the noun is the part's.
		return role{lemma: schema.PartOf, reverse: true}, true
	}
	if a.possessive {
		// "its youth wing the Young Greens"
		pos := a.end < b.start && s.Tokens[a.end].Tag == "POS" // "'s", or "'" after a plural: "Halvik Motors' airline unit"
		if a.kind == mName && !pos {
			return role{}, false
		}
		if pos {
			w = w[1:]
		}
		for n := len(w); n > 0 && (w[n-1] == "the" || w[n-1] == ","); n-- {
			w = w[:n-1]
		}
		// "the network's news channel, Halvik News": an outlet owned
		// as a unit is.
		if n := len(w); n == 0 || n > 3 || !unitNouns[w[n-1]] && !publicationNouns[w[n-1]] {
			return role{}, false
		}
		for _, t := range s.Tokens[a.end:b.start] {
			if isCap(t.Text) && d.r.g.demonyms[normKey(t.Text)] == "" && !regionAdjs.has(t.Text) {
				return role{}, false // a nationality or a region's adjective may stand between: "its Swedish chain Polar Mart", "its European division, Opel"
			}
		}
		return role{lemma: schema.PartOf, reverse: true}, true
	}
	if n := len(w); n >= 1 && n <= 3 && (unitNouns[w[n-1]] || publicationNouns[w[n-1]]) && a.kind == mName {
		// "the Scientology propaganda publication Freedom Magazine"
		for _, t := range s.Tokens[a.end:b.start] {
			if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
				return role{}, false
			}
		}
		return role{lemma: schema.PartOf, reverse: true}, true
	}
	// "the elite group within the Guild called the Night Watch"
	switch strings.Join(w, " ") {
	case "called", "called the", "named", "named the", "known as", "known as the", ", called", ", called the", ", known as", ", known as the":
	default:
		return role{}, false
	}
	k := a.start
	if k > 0 && strings.EqualFold(s.Tokens[k-1].Text, "the") {
		k--
	}
	if k < 2 {
		return role{}, false
	}
	prep := s.Tokens[k-1].Lower()
	if prep != "within" && prep != "of" && prep != "inside" || !unitNouns[s.Tokens[k-2].Lower()] {
		return role{}, false
	}
	return role{lemma: schema.PartOf, reverse: true}, true
}

// nameUnitOf reports whether a lower-case unit noun and "of" stand
// between the organisation a, which "the" opens, and the body b: "the
// Velby Rail branch of Nordic Railways", "the Halvik News division of
// Norden Media", also when a is the name's acronym in brackets ("the
// Velby Rail (VR) branch of the Nordic Railways"). An office, an agency or
// a force of a body is a place or a kind of body, no named unit.
func nameUnitOf(s nlp.Sentence, a, b *mention) bool {
	if !named(a) || a.kind != mName && a.kind != mSingle || a.possessive || a.adj || a.start == 0 || b.start <= a.end {
		return false
	}
	toks, open := s.Tokens[a.end:b.start], a.start
	if s.Tokens[a.start-1].Text == "(" && len(toks) > 0 && toks[0].Text == ")" {
		toks, open = toks[1:], a.start-1 // the acronym: its name before the bracket
		for open > 0 && isCap(s.Tokens[open-1].Text) && !strings.EqualFold(s.Tokens[open-1].Text, "the") {
			open--
		}
		if open == a.start-1 {
			return false
		}
	} else if len(toks) >= 3 && toks[0].Text == "(" && toks[2].Text == ")" {
		toks = toks[3:]
	}
	if open == 0 || !strings.EqualFold(s.Tokens[open-1].Text, "the") {
		return false
	}
	if n := len(toks); n == 3 && strings.EqualFold(toks[2].Text, "the") {
		toks = toks[:2]
	}
	if len(toks) != 2 || toks[1].Text != "of" || isCap(toks[0].Text) {
		return false
	}
	return namedUnitNouns[toks[0].Text]
}

// namedUnitNouns are the units of [nameUnitOf].
var namedUnitNouns = map[string]bool{
	"wing": true, "arm": true, "unit": true, "branch": true, "division": true, "faction": true,
	"subsidiary": true, "affiliate": true, "chapter": true, "section": true,
}

// unitApposition reports whether a unit's name a is followed by an
// apposition naming it a unit of the organisation b: "the Velmora Brigades,
// the armed wing of the Halvik Front,", "Halvik Air, a subsidiary of Halvik
// Motors,", "the Velmora Front, the largest faction in the Halvik
// Alliance,". Lower-case modifiers may stand before the unit's noun.
func unitApposition(s nlp.Sentence, a, b *mention) bool {
	if !named(a) || a.possessive || a.adj || !closedAfter(s, b.end) {
		return false
	}
	toks := s.Tokens[a.end:b.start]
	if n := len(toks); n > 0 && strings.EqualFold(toks[n-1].Text, "the") {
		toks = toks[:n-1]
	}
	n := len(toks)
	if n < 4 || n > 6 || toks[0].Text != "," || toks[1].Tag != "DT" {
		return false
	}
	switch toks[n-1].Lower() {
	case "of", "in", "within":
	default:
		return false
	}
	if !unitNouns[toks[n-2].Lower()] {
		return false
	}
	for _, t := range toks[2 : n-1] {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") || t.Lower() == "parent" {
			return false // "the parent group of" owns ([parentApposition])
		}
	}
	return true
}

// parentApposition reports whether a named organisation a and a named
// organisation b are joined by an apposition that makes a the owner of b:
// "Meta, the parent company of Facebook,", "Norden, the parent group of
// Halvik Bank,". The words between are a comma, "the", "parent", a noun of
// [parentNouns] and "of".
func parentApposition(s nlp.Sentence, a, b *mention) bool {
	if !named(a) || a.possessive || a.adj || !closedAfter(s, b.end) {
		return false
	}
	w := between(s, a, b)
	if n := len(w); n > 0 && w[n-1] == "the" {
		w = w[:n-1]
	}
	return len(w) == 5 && w[0] == "," && (w[1] == "the" || w[1] == "its") && w[2] == "parent" && parentNouns[w[3]] && w[4] == "of"
}

// parentNouns follow "parent" in a name for a body that owns another.
var parentNouns = map[string]bool{"company": true, "firm": true, "group": true, "corporation": true, "organisation": true, "organization": true}

// presenceNouns are what a business has in a place it operates in: "its
// stores in Hungary", "Halvik has 300 shops in Poland", "its 16% share in
// Hungary".
var presenceNouns = map[string]bool{
	"store": true, "stores": true, "shop": true, "shops": true, "outlets": true, "branches": true,
	"supermarkets": true, "restaurants": true, "hotels": true, "factories": true, "factory": true,
	"plants": true, "operations": true, "share": true, "subsidiaries": true, "offices": true,
}

// presenceVerbs state that their subject has the presence after them:
// "Halvik has 300 stores in Hungary", "operates 40 shops in Norway".
var presenceVerbs = map[string]bool{
	"has": true, "have": true, "had": true, "operates": true, "operated": true, "runs": true, "ran": true,
	"owns": true, "owned": true,
}

// approxWords may stand before the count of a presence: "some 900 stores".
var approxWords = map[string]bool{"some": true, "about": true, "around": true, "nearly": true, "almost": true}

// presencePreps place a presence: "stores in Hungary", "stores across the
// US", "shops throughout Norway".
var presencePreps = map[string]bool{"in": true, "across": true, "throughout": true}

// presenceIn: "its stores in Hungary", "Halvik's 16% share in Poland",
// "Halvik has 300 stores in Hungary": a body's possessive, or a body named
// right before a verb of [presenceVerbs], then at most four numbers,
// adjectives or nouns ending in a noun of [presenceNouns], "in" and a
// state or town give the body operate_in the place.
func (d *docState) presenceIn(si int, s nlp.Sentence) {
	toks := s.Tokens
	for _, m := range d.sents[si] {
		if m.ent == nil || m.ent.typ != schema.Organization || m.adj || m.end >= len(toks) {
			continue
		}
		k := m.end
		switch {
		case m.possessive:
			if toks[k].Tag == "POS" {
				k++
			}
		case (named(m) || m.kind == mDesc) && presenceVerbs[toks[k].Lower()]:
			k++ // "The retail chain has 900 stores": the chain named before
		default:
			continue
		}
		if k < len(toks) && approxWords[toks[k].Lower()] {
			k++ // "has some 900 stores"
		}
		start := k
		for k < len(toks) && k < start+4 && !presenceNouns[toks[k].Lower()] &&
			(toks[k].Tag == "CD" || toks[k].Text == "%" || toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNS") {
			k++
		}
		if k+2 >= len(toks) || !presenceNouns[toks[k].Lower()] || !presencePreps[toks[k+1].Lower()] {
			continue
		}
		p := d.mentionAt(si, s, k+2)
		if p == nil || p.ent == m.ent || p.ent.typ != schema.GPE || p.possessive {
			continue
		}
		d.derive(si, argOf(s, m), joinText(toks[m.end:k+2]), "operate_in", m.ent, p.ent, "", roleConf)
	}
}
