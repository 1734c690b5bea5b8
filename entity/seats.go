package entity

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Seats won and lost. "In the Lodi constituency, Ann Lee was elected" and,
// later, "Tom Wu lost his seat in this constituency" relate each person to
// the constituency the sentence names or refers back to.

// Relations of candidates to constituencies.
const (
	electedIn = "elected_in" // "Ann Lee was elected in the Lodi constituency"
	loseIn    = "lose_in"    // "Tom Wu was defeated in this constituency"
)

// constituencyNouns follow the name of an electoral district.
var constituencyNouns = newWordSet(map[string]bool{"constituency": true, "electorate": true, "riding": true})

// seatFacts adds elected_in and lose_in facts for sentence si and returns
// the constituency the document refers to after it. cur is the
// constituency before the sentence: "this constituency", "the district"
// refer to it, a named one ("In the Lodi West geographical constituency")
// replaces it, and one whose name is no mention ("the District Council
// (Second) functional constituency") clears it.
func (d *docState) seatFacts(si int, s nlp.Sentence, ms []*mention, cur *docEntity) *docEntity {
	toks := s.Tokens
	refers := false
	for k, t := range toks {
		low := t.Lower()
		if c := namedAfterOf(toks, ms, k); c != nil {
			// "the electoral district of Lodi", "the constituency of
			// Lodi": the name after "of" is the constituency.
			cur, refers = c, true
			continue
		}
		if low == "seat" && k > 0 {
			// "won this seat": the constituency named before.
			if w := toks[k-1].Lower(); w == "this" || w == "the" || w == "that" {
				refers = refers || cur != nil
			}
			continue
		}
		if !constituencyNouns.has(low) && low != "district" {
			continue
		}
		j := k - 1
		if j >= 0 && constituencyNouns.has(low) && toks[j].Tag == "JJ" && !isCap(toks[j].Text) {
			j-- // "geographical constituency"
		}
		if j < 0 {
			continue
		}
		if w := toks[j].Lower(); w == "this" || w == "the" || w == "that" {
			refers = refers || cur != nil
			continue
		}
		if !constituencyNouns.has(low) {
			continue // "a school district"
		}
		cur = nil
		for _, m := range ms {
			if m.end == j+1 && named(m) && m.ent != nil && !m.adj && !m.possessive {
				cur = m.ent
				if cur.typ == schema.Person && cur.gaz == nil {
					cur.typ = schema.GPE // an unknown name before "constituency" names a place
				}
			}
		}
		refers = cur != nil
	}
	if !refers {
		return cur
	}
	for _, c := range clauses(toks) {
		lemma := seatCue(toks[c[0]:c[1]])
		if lemma == "" {
			continue
		}
		for _, m := range ms {
			if m.start < c[0] || m.end > c[1] || !named(m) || m.ent == nil || m.ent == cur || m.possessive || agentOrParty(toks, m.start) {
				continue
			}
			switch {
			case m.ent.typ == schema.Person:
				d.derive(si, argOf(s, m), lemma, lemma, m.ent, cur, "", roleConf)
			case partyEntity(m.ent) && !m.adj && partyWon(toks[c[0]:c[1]], m.end-c[0]):
				// "the Unity Party, the state's largest party, won
				// this seat": the party won the constituency.
				d.derive(si, argOf(s, m), "win", "win", m.ent, cur, "", roleConf)
			}
		}
	}
	return cur
}

// namedAfterOf returns the named place after "of" when token k is a
// constituency's noun ("electorate", "constituency", "riding", or
// "district" after "electoral") that "of" follows: "the electoral district
// of Lodi". It returns nil otherwise.
func namedAfterOf(toks []nlp.Token, ms []*mention, k int) *docEntity {
	low := toks[k].Lower()
	if k+2 >= len(toks) || toks[k+1].Text != "of" || !constituencyNouns.has(low) && (low != "district" || k == 0 || toks[k-1].Lower() != "electoral") {
		return nil
	}
	for _, m := range ms {
		if m.start != k+2 || !named(m) || m.ent == nil || m.possessive {
			continue
		}
		if m.ent.typ == schema.Person && m.ent.gaz == nil && len(m.titles) == 0 {
			m.ent.typ = schema.GPE // an unknown name after "constituency of" names a place
		}
		if m.ent.typ == schema.GPE || m.ent.typ == schema.Location {
			return m.ent
		}
	}
	return nil
}

// partyWon reports whether the party whose name ends at token end of the
// clause toks is the subject of "won" or "wins" before "seat": after the
// name at most an apposition set off by commas ("the Unity Party, the
// state's largest party, won this seat").
func partyWon(toks []nlp.Token, end int) bool {
	k := end
	if k < len(toks) && toks[k].Text == "," {
		for k++; k < len(toks) && toks[k].Text != "," && k <= end+8; k++ {
		}
		if k >= len(toks) || toks[k].Text != "," {
			return false
		}
		k++
	}
	return k+2 < len(toks) && (toks[k].Lower() == "won" || toks[k].Lower() == "wins") && strings.HasPrefix(toks[k+2].Lower(), "seat")
}

// seatNouns are the role nouns of people elected for a place: "the Labour
// MP for Bradford West", "the senator for Ohio".
var seatNouns = map[string]bool{
	"mp": true, "senator": true, "congressman": true, "congresswoman": true, "representative": true,
	"assemblyman": true, "assemblywoman": true, "councillor": true, "councilor": true, "mla": true, "msp": true,
}

// partySeat reports whether verb and prep say their subject ran for o, a
// party or camp: "was elected for", "stood for", "ran for".
func partySeat(verb, prep string, o *docEntity) bool {
	if prep != "for" && prep != "as" || (verb != "elect" && verb != "re-elect" && verb != "stand" && verb != "run") {
		return false
	}
	f := strings.Fields(strings.ToLower(o.name))
	return o.typ == schema.Organization && len(f) > 0 && (o.desc["party"] || f[len(f)-1] == "party" || f[len(f)-1] == "camp")
}

// seatTitle reports whether the last of titles is a seat noun's
// ("Senator", "MP").
func seatTitle(titles []*title) bool {
	f := strings.Fields(strings.ToLower(titles[len(titles)-1].name))
	return len(f) > 0 && seatNouns[f[len(f)-1]]
}

// constituencyEnds end the names of electoral districts, which a town's
// or a region's name opens: "Harare East", "Bulawayo Central", "Glasgow
// North", "Kaduna Rural".
var constituencyEnds = map[string]bool{
	"East": true, "West": true, "North": true, "South": true, "Central": true, "Rural": true, "Urban": true,
	"North-East": true, "North-West": true, "South-East": true, "South-West": true,
}

// constituencyName reports whether e, a name the gazetteer does not know,
// is shaped as an electoral district's ([constituencyEnds]), so that a
// seat's title after it ("Harare East MP Tom Moyo") gives the seat for
// the district, not a membership.
func constituencyName(e *docEntity) bool {
	if e.gaz != nil || e.typ == schema.Person {
		return false
	}
	f := strings.Fields(e.name)
	return len(f) >= 2 && len(f) <= 3 && constituencyEnds[f[len(f)-1]]
}

// titledSeatBefore reports whether p, the mention before place m, is a
// person's name right before "from" m whose last title is a seat noun's:
// "Senator Ann Lee from Vermont".
func titledSeatBefore(p, m *mention) bool {
	if !named(p) || p.ent == nil || p.ent.typ != schema.Person || p.end != m.start-1 || p.ent == m.ent ||
		len(p.titles) == 0 || !seatTitle(p.titles) || m.ent.gaz == nil || !m.ent.gaz.region {
		return false
	}
	// "the first US Senator from Ohio": a title taken for a name holds
	// the seat noun in its own name, and is no one.
	f := strings.Fields(strings.ToLower(p.titles[len(p.titles)-1].name))
	return !slices.Contains(strings.Fields(strings.ToLower(p.ent.name)), f[len(f)-1])
}

// usStateNames are the states of the US that the gazetteer lists as a
// country or a city of the same name: a legislator "of Georgia" or "of
// New York" in a report about the US holds the state's seat.
var usStateNames = map[string]bool{"Georgia": true, "New York": true, "Washington": true}

// usReport reports whether the document is about the United States: the
// state it is about ([docState.homeState]), or one that names the US
// Congress or one of its chambers.
func (d *docState) usReport() bool {
	if d.usSeat(d.homeState()) {
		return true
	}
	for _, n := range []string{"US Congress", "US Senate", "US House of Representatives", "United States Congress", "United States Senate", "United States House of Representatives"} {
		if e := d.byKey[normKey(n)]; e != nil && len(e.mentions) > 0 {
			return true
		}
	}
	return false
}

// namedStart returns the first token of the name of m after the titles
// written in lower case ("chairman Ann Lee"): its first capitalised token.
func namedStart(toks []nlp.Token, m *mention) int {
	j := m.start
	for j < m.end-1 && !isCap(toks[j].Text) {
		j++
	}
	return j
}

// committeeSeat reports whether the lower-case words right before token k,
// a person's name, are "committee" (or "panel") and a member's or a
// chair's noun ("committee member", "committee chairman", "panel chair"),
// with a party's adjective before them: a legislator's seat on a panel.
func committeeSeat(toks []nlp.Token, k int) bool {
	if k < 3 || isCap(toks[k-1].Text) || isCap(toks[k-2].Text) {
		return false
	}
	w, c := toks[k-1].Lower(), toks[k-2].Lower()
	return (c == "committee" || c == "panel" || c == "subcommittee") && (w == "member" || leadNouns[w]) && partyLabel(toks[k-3].Text) != "" ||
		(c == "committee" || c == "panel") && (w == "member" || leadNouns[w]) && (toks[k-3].Text == "Republican" || toks[k-3].Text == "Democrat")
}

// seatPlaces adds a place's mention for the capitalised words after a seat
// noun and "for" that no mention holds ("MP for Bradford West"), and
// returns ms in token order: a seat is held for a place.
func seatPlaces(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for k := 0; k+2 < len(toks); k++ {
		if !isWordFold(toks[k+1].Text, "for") || !seatNouns[toks[k].Lower()] {
			continue
		}
		a, b := k+2, k+2
		for b < len(toks) && toks[b].Tag == "NNP" && isCap(toks[b].Text) {
			b++
		}
		if b == a || b-a > 3 {
			continue // "MP for Bradford West Naz Shah": the name runs on
		}
		at := len(ms)
		free := true
		for i, m := range ms {
			if m.start == a && m.kind == mName && m.typ == schema.Person && m.gaz == nil && len(m.titles) == 0 && m.end <= b {
				m.typ = schema.GPE // "MP for Bradford West": no person's name
			}
			if m.start < b && a < m.end {
				free = false
			}
			if at == len(ms) && m.start >= b {
				at = i
			}
		}
		if !free {
			continue
		}
		name := spanText(s, a, b)
		m := &mention{kind: mName, start: a, end: b, surface: name, full: name, name: name, typ: schema.GPE}
		ms = append(ms[:at:at], append([]*mention{m}, ms[at:]...)...)
	}
	return ms
}

// representFacts: "Naz Shah, the Labour MP for Bradford West,", "Labour
// MP for Bradford West Naz Shah", "Tom Wu, senator for Ohio", "Senator
// from Vermont Ann Lee": a person in apposition with a seat noun and "for"
// or "from" a place represents the place.
func (d *docState) representFacts(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	d.seatHolders(si, s, ms)
	for i, m := range ms {
		if m.ent == nil || !isPlace(m.ent) || m.start < 2 {
			continue
		}
		// "Senator Tom Wu, Republican from Texas,", "Representative Ann
		// Lee, a Democrat of Ohio,": a titled legislator's party word and
		// from or of a state name the state the seat is held for.
		partisan := partisanNouns[toks[m.start-2].Text] && (toks[m.start-1].Text == "from" || toks[m.start-1].Text == "of")
		if i > 0 && !partisan && toks[m.start-1].Text == "from" && titledSeatBefore(ms[i-1], m) {
			// "Senator Ann Lee from Vermont": as "of" below, but "from"
			// follows only a legislator's title, for "Ann Lee from
			// Vermont" says where she comes from.
			p := ms[i-1]
			last := p.titles[len(p.titles)-1].name
			d.seatHeldFor(si, argOf(s, p), last+" from "+m.ent.name, last, last, p.ent, m.ent, roleConf)
			continue
		}
		if i > 0 && !partisan && toks[m.start-1].Text == "of" && m.ent.gaz != nil && (m.ent.gaz.region || usStateNames[m.ent.name] && d.usReport()) {
			// "Senator Ann Lee of Vermont", "Representative Tom Wu of
			// Ohio": a region (a state's first division) after a titled
			// legislator's name; a town's senator may sit in its own
			// council. In a report about the US, Georgia is its state.
			p := ms[i-1]
			if !named(p) || p.ent == nil || p.ent.typ != schema.Person || p.end != m.start-1 || p.ent == m.ent {
				continue
			}
			if len(p.titles) > 0 && seatTitle(p.titles) {
				last := p.titles[len(p.titles)-1].name
				d.seatHeldFor(si, argOf(s, p), last+" of "+m.ent.name, last, last, p.ent, m.ent, roleConf)
			} else if j := namedStart(toks, p); committeeSeat(toks, j) {
				// "Republican committee member Tom Wu of Ohio",
				// "Democratic committee chairman Ann Lee of New York": a
				// legislator's panel seat, held for the state.
				d.derive(si, argOf(s, p), joinText(toks[j-2:j])+" of "+m.ent.name, "represent", p.ent, m.ent, "", roleConf)
			}
			continue
		}
		// "the Labour member for Bergen South": a member for a place
		// holds its seat, as an MP for it does.
		memberFor := toks[m.start-2].Lower() == "member" && strings.EqualFold(toks[m.start-1].Text, "for") && isPlace(m.ent)
		if (!isWordFold(toks[m.start-1].Text, "for") && !isWordFold(toks[m.start-1].Text, "from") ||
			!seatNouns[toks[m.start-2].Lower()] && !memberFor || briefFor(toks, m.start-1)) && !partisan {
			continue // "Special Representative for Norway": an envoy's brief, no seat
		}
		var p *mention
		if i+1 < len(ms) {
			if n := ms[i+1]; named(n) && n.ent != nil && n.ent.typ == schema.Person &&
				(n.start == m.end || n.start == m.end+1 && toks[m.end].Text == ",") {
				p = n // "MP for Bradford West Naz Shah"
			}
		}
		for j := i - 1; p == nil && j >= 0; j-- {
			n := ms[j]
			if named(n) && n.ent != nil && n.ent.typ == schema.Person && n.end < m.start && toks[n.end].Text == "," &&
				apposition(toks[n.end+1:m.start-2]) {
				p = n // "Naz Shah, the Labour MP for Bradford West"
			}
			// "Ann Lee, the senator from Vermont,": the description of
			// the seat may be a mention of its own, and the state's
			// name before the seat noun one too ("a sitting U.S. Senator
			// from California").
			if !n.role && n.start != m.start-2 && (n.ent == nil || n.ent.typ != schema.Organization) && !(n.kind == mDesc && n.end == m.start-1) &&
				!(n.end == m.start-2 && n.ent != nil && n.ent.typ == schema.GPE && named(n)) {
				break // only a party's name or the seat noun may come between
			}
		}
		if partisan && (p == nil || len(p.titles) == 0 || !seatTitle(p.titles) || m.ent.gaz == nil || !m.ent.gaz.region) {
			continue // "Tom Wu, a Republican from Texas,": from the state, no seat said
		}
		if p != nil && p.ent != m.ent {
			d.derive(si, argOf(s, p), joinText(toks[m.start-2:m.end]), "represent", p.ent, m.ent, "", roleConf)
			if partisan {
				continue // the title names the chamber
			}
			noun := toks[m.start-2].Text
			if m.start > 2 && strings.EqualFold(toks[m.start-3].Text, "state") {
				noun = "state " + noun // "a Democratic state senator from Las Vegas" sits in no chamber of Congress
			}
			if c := d.seatChamber(noun, d.usSeat(m.ent) && !strings.HasPrefix(noun, "state ")); c != nil && c != p.ent {
				// "Senator from Vermont Ann Lee", "Tom Wu, a Senator from
				// Ohio,": the seat's holder sits in the chamber the report
				// names, or in Congress for a seat of the US.
				d.derive(si, argOf(s, p), joinText(toks[m.start-2:m.end]), schema.MemberOf, p.ent, c, "", roleConf)
			}
		}
	}
}

// partisanNouns name a member of a US party, written after a legislator's
// name and before the state the seat is held for.
var partisanNouns = map[string]bool{"Republican": true, "Democrat": true}

// chamberSeats name the legislator's title ([chambers]) whose chamber a
// capitalised word before "seat" names: "the House seat", "a Senate seat".
var chamberSeats = map[string]string{"Senate": "senator", "House": "representative"}

// seatHolders: "the House seat formerly held by Tom Wu", "Ann Lee's Senate
// seat": a chamber's seat held by, vacated by or possessed by a named
// person makes the person a member of the chamber: the one the report
// names, or Congress's for a seat of the US ([docState.seatChamber]).
func (d *docState) seatHolders(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	// Whether the seat is the US's is asked at the first seat, not for
	// every sentence: few name one, and nothing changes before it.
	us, usKnown := false, false
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower() != "seat" {
			continue
		}
		title := chamberSeats[toks[k-1].Text]
		if title == "" {
			continue
		}
		var p *mention
		j := k + 1
		if j < len(toks) && (pastAdverbs[toks[j].Lower()] || toks[j].Lower() == "long") {
			j++
		}
		if j+1 < len(toks) && (toks[j].Lower() == "held" || toks[j].Lower() == "vacated" || toks[j].Lower() == "occupied") && toks[j+1].Lower() == "by" {
			for _, m := range ms {
				if m.start == j+2 {
					p = m
				}
			}
		}
		if p == nil {
			p = seatOwner(toks, ms, k)
		}
		// "Tom Wu's former U.S. Senate seat": the possessor before the
		// chamber's word, a word of [formerWords] and the state's name.
		i := k - 1
		if c := coveringAt(ms, i); c >= 0 && !ms[c].possessive {
			i = ms[c].start // "U.S. Senate", one name
		}
		for i > 0 {
			if formerWord(toks[i-1].Lower()) {
				i--
				continue
			}
			if c := coveringAt(ms, i-1); c >= 0 && !ms[c].possessive && ms[c].ent != nil && ms[c].ent.typ == schema.GPE {
				i = ms[c].start
				continue
			}
			break
		}
		for _, m := range ms {
			if m.possessive && m.kind == mName && (m.end == i || m.end == i-1 && toks[i-1].Tag == "POS") {
				p = m // "Tom Wu's Senate seat"
			}
		}
		if p == nil || p.ent == nil || p.ent.typ != schema.Person || !named(p) {
			continue
		}
		if !usKnown {
			us = d.usSeat(d.homeState()) || slices.ContainsFunc(d.ents, func(e *docEntity) bool { return isPlace(e) && len(e.mentions) > 0 && d.usSeat(e) })
			usKnown = true
		}
		if c := d.seatChamber(title, us); c != nil && c != p.ent {
			d.derive(si, argOf(s, p), joinText(toks[k-1:k+1]), schema.MemberOf, p.ent, c, "", roleConf)
		}
		for _, m := range ms {
			// "the Ohio Senate seat", "the Senate seat in Ohio": the
			// region the seat is of, which its holder represents.
			if m.ent != nil && m.ent.typ == schema.GPE && named(m) && !m.adj && !d.r.country(m.ent) &&
				(m.end == k-1 || m.start == k+2 && (toks[k+1].Lower() == "in" || toks[k+1].Lower() == "for" || toks[k+1].Lower() == "from")) {
				d.derive(si, argOf(s, p), joinText(toks[min(m.start, k-1):max(m.end, k+1)]), "represent", p.ent, m.ent, "", roleConf)
			}
		}
	}
}

// seatOwner returns the person whose seat the clause after the seat noun
// at token k says it is: "the Senate seat being contested is that of
// incumbent Republican Tom Wu" (a person's name after "that of" and at
// most four capitalised words or [seatOwnerWords], before any semicolon,
// in a clause with no negation), or nil.
func seatOwner(toks []nlp.Token, ms []*mention, k int) *mention {
	for j := k + 1; j+1 < len(toks) && toks[j].Text != ";"; j++ {
		if toks[j].Lower() != "that" || toks[j+1].Lower() != "of" {
			continue
		}
		for _, m := range ms {
			if m.start > j+1 && m.start <= j+6 && m.ent != nil && m.ent.typ == schema.Person && named(m) && !m.adj &&
				!slices.ContainsFunc(toks[j+2:m.start], func(t nlp.Token) bool { return !isCap(t.Text) && !seatOwnerWords[t.Lower()] }) &&
				!slices.ContainsFunc(toks[k:j], func(t nlp.Token) bool { return t.Lower() == "not" || t.Lower() == "n't" }) {
				return m
			}
		}
		return nil
	}
	return nil
}

// seatOwnerWords may stand between "that of" and the seat's holder, with
// capitalised words (a party's adjective, a title): "that of incumbent
// Republican Tom Wu", "that of the sitting Senator Ann Lee".
var seatOwnerWords = map[string]bool{"incumbent": true, "former": true, "the": true, "sitting": true, "current": true, "late": true}

// apposition reports whether toks, the words between a name's comma and a
// seat noun, open an apposition: at most an article and capitalised or
// lower-case modifiers ("the Labour", "a Republican", "the former").
func apposition(toks []nlp.Token) bool {
	if len(toks) > 4 {
		return false
	}
	for _, t := range toks {
		if t.Tag != "DT" && t.Tag != "NNP" && t.Tag != "JJ" && t.Tag != "NN" && t.Lower() != "sitting" {
			return false // but "a sitting senator"
		}
	}
	return true
}

// agentOrParty reports whether the name at token k follows by, of or
// from: the agent of a passive or a candidate's party, not a candidate.
func agentOrParty(toks []nlp.Token, k int) bool {
	if k > 0 && strings.EqualFold(toks[k-1].Text, "the") {
		k--
	}
	if k == 0 {
		return false
	}
	switch toks[k-1].Lower() {
	case "by", "of", "from":
		return true
	}
	return false
}

// seatCue returns elected_in when the clause toks says its people were
// elected, won a seat or a victory, lose_in when it says they were defeated, lost their seat or
// failed to be elected, and "" otherwise.
func seatCue(toks []nlp.Token) string {
	for k, t := range toks {
		low := t.Lower()
		prev := func(n int) string {
			if k-n < 0 {
				return ""
			}
			return toks[k-n].Lower()
		}
		switch {
		case low == "elected" || low == "re-elected":
			if prev(1) == "not" || prev(2) == "failed" || prev(3) == "failed" || prev(2) == "not" {
				return loseIn
			}
			return electedIn
		case low == "defeated" && (prev(1) == "was" || prev(1) == "were" || prev(2) == "was" || prev(2) == "were"):
			return loseIn
		case low == "victory" || (low == "won" || low == "wins" || low == "win") && k+2 < len(toks) && strings.HasPrefix(toks[k+2].Lower(), "seat"):
			return electedIn
		case (low == "lost" || low == "loses" || low == "lose") && k+2 < len(toks) && strings.HasPrefix(toks[k+2].Lower(), "seat"):
			return loseIn
		}
	}
	return ""
}

// clauses splits toks at clause boundaries: a semicolon, or a comma before
// with, while, but, hence, who or which, or before "and" and a verb. It
// returns token ranges [start, end).
func clauses(toks []nlp.Token) [][2]int {
	var out [][2]int
	start := 0
	for k, t := range toks {
		cut := t.Text == ";"
		if k > 0 && (t.Tag == "IN" || t.Tag == "DT") && isCap(t.Text) && isWord(toks[k-1].Text) {
			// "Ann Lee of DAB In the Lodi constituency, ...": a caption
			// run into the sentence it captions.
			out = append(out, [2]int{start, k})
			start = k
			continue
		}
		if t.Text == "," && k+1 < len(toks) {
			switch toks[k+1].Lower() {
			case "with", "while", "but", "hence", "who", "which", "whereas":
				cut = true
			case "and":
				cut = k+2 < len(toks) && (strings.HasPrefix(toks[k+2].Tag, "VB") || strings.HasPrefix(toks[k+2].Tag, "RB"))
			}
		}
		if cut {
			out = append(out, [2]int{start, k})
			start = k + 1
		}
	}
	return append(out, [2]int{start, len(toks)})
}

// seatVerbs win or hold seats: "won 66 seats in Parliament".
var seatVerbs = map[string]bool{
	"win": true, "earn": true, "net": true, "gain": true, "take": true, "secure": true, "capture": true, "retain": true,
	"claim": true, "grab": true, "pick": true,
}

// seatsWon adds subj —win_seat_in→ body for a verb of seatVerbs whose
// object counts seats and whose in- or on-phrase names the body or the
// place they sit for: "the Harbor Party netted 66 seats in Parliament",
// "won a seat on the Oslo council". A majority won in a body
// (win_majority_in), or control of it (win_control_of), is read the same
// way (win_control_of, retain_control_of); a majority in a place is no
// body's.
func (d *docState) seatsWon(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if f.subj == nil || f.obj != nil && actorEntity(f.obj) || !seatVerbs[verb] || x.Attribution != "" {
		return
	}
	lemma := "win_seat_in"
	switch lastWord(x.Object.Text) {
	case "seat", "seats":
	case "majority", "plurality", "supermajority":
		lemma = "win_majority_in" // "won a majority in the Bundestag"
	default:
		if o := d.controlOf(si, s, x.Object); o != nil && o != f.subj {
			// "won control of the Senate", "retained control of": a body
			// the party runs
			d.derive(si, x.Subject, x.Relation+" control of", verb+"_control_of", f.subj, o, "", x.Confidence*placeArgConf)
		}
		return
	}
	for _, a := range x.Extra {
		prep, rest := splitPrep(a)
		if prep != "in" && prep != "on" || rest.Text == "" {
			continue
		}
		o, conf, _ := d.argument(si, s, rest)
		if o != nil && o != f.subj && actorEntity(o) && (o.typ == schema.Organization || o.typ == schema.GPE && lemma == "win_seat_in") {
			d.derive(si, x.Subject, x.Relation+" "+lastWord(x.Object.Text)+" "+prep, lemma, f.subj, o, "", x.Confidence*conf*placeArgConf)
			return
		}
	}
}

// controlOf returns the body that argument a names after "control of"
// ("control of the Senate", "full control of the Bundestag"), or nil.
func (d *docState) controlOf(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	toks := s.Tokens
	if first < 0 || last-first < 3 {
		return nil
	}
	k := first
	if toks[k].Tag == "DT" || toks[k].Tag == "JJ" {
		k++ // "full control of", "the control of"
	}
	if k+2 >= last || toks[k].Lower() != "control" || toks[k+1].Lower() != "of" {
		return nil
	}
	rest := schema.Argument{Text: s.Text[toks[k+2].Start:toks[last-1].End], Start: toks[k+2].Start, End: toks[last-1].End}
	o, _, _ := d.argument(si, s, rest)
	if o == nil || o.typ != schema.Organization || !actorEntity(o) {
		return nil
	}
	return o
}

// raceNouns are the contests a candidate wins in a place: "won the
// primaries in Ohio and Iowa", "won the race in Nevada".
var raceNouns = map[string]bool{
	"primary": true, "primaries": true, "election": true, "elections": true, "race": true, "races": true,
	"caucus": true, "caucuses": true, "contest": true, "contests": true, "vote": true, "ballot": true,
	"poll": true, "polls": true, "nomination": true,
}

// contestsWon reads a contest won or lost in places, and a contest called
// for a candidate:
//
//   - a verb of winning (or lose) whose object is a contest, delegates or
//     a plurality of the vote and whose in-phrase lists places (or "N
//     states, including" them), whose phrase names the place
//     ([docState.contestPlace]), or which "there" follows: subj
//     —win_in→ (—lose_in→) each place ("After winning the Liberal Party's
//     primaries in Ohio and Iowa, Ann Lee" gives win_in Ohio and Iowa;
//     "won the 2024 Ohio primary", "secured 39 of Ohio's 54 delegates";
//     a party's primaries or nomination won make the winner its member);
//   - "26 delegates that he earned in Iowa and Utah": win_in each place;
//   - in an election report, a place won, carried, swept or lost, or
//     one's home state: "won Ohio", "lost his home state of Utah";
//   - "called" a place, or a contest in places, for a candidate: the
//     caller calls it for the candidate (call_for), who won there, and
//     calls no place ("NBC called Nevada for Ann Lee").
func (d *docState) contestsWon(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if f.subj == nil || d.intended(s, x) {
		return
	}
	if seatVerbs[verb] && strings.HasSuffix(x.Lemma, "_in") && f.obj != nil && isPlace(f.obj) && relativeOf(s, x.Subject, "delegates") {
		// "26 delegates that he earned in Iowa, Ohio, and Utah": a share
		// of each place's delegates, no win there (the clause reads as
		// reported by the one who had them).
		if f.obj != f.subj {
			f.obj, f.concept = nil, "" // the delegates were earned there, not the place
		}
		return
	}
	if written, _, _ := strings.Cut(strings.ToLower(x.Relation), " "); f.obj != nil && placingVerbs[written] && strings.HasSuffix(x.Lemma, "_in") &&
		(d.derived[derivedKey{si, f.subj.name, "win_in", "\x00" + f.obj.name}] || placedBelowFirst(x.Relation)) {
		// "finished first in Ohio": the placing's win_in
		// ([docState.placingFacts]) says it; "finished second in Ohio"
		// is no fact between the candidate and the place.
		f.obj, f.concept = nil, ""
		return
	}
	if placeResults[x.Lemma] && (f.subj.typ == schema.Person || partyEntity(f.subj)) && d.electionContext(si) {
		// "Ann Lee won Ohio and Iowa", "carried Ohio", "Tom Wu lost his
		// home state of Ohio" in an election report: the result in the
		// place.
		p := f.obj
		if p == nil || !isPlace(p) {
			p = d.homePlaceIn(si, s, x.Object, f.subj)
		}
		if p != nil && isPlace(p) && p != f.subj {
			lemma := "win_in"
			if x.Lemma == "lose" {
				lemma = loseIn
			}
			d.derive(si, x.Subject, x.Relation, lemma, f.subj, p, "", x.Confidence*placeArgConf)
			f.obj, f.concept = nil, ""
			return
		}
	}
	obj, more := firstOfAsWellAs(x.Object)
	head := lastWord(obj.Text)
	// "won 31% of the vote in Erewash", "won a share of the vote": no
	// win; but "the 2024 Ohio primary" names its year, and "39 of Ohio's
	// 54 delegates", "a plurality of the vote" are won.
	delegates := head == "delegates" || head == "delegate"
	if delegates && !delegateMajority(obj.Text) {
		return // "earned 9 delegates there", "secured 12 of the state's 41 delegates": a share, no win
	}
	// "won Ohio's 18 electoral votes": all of a state's electoral votes,
	// its win.
	electoral := (head == "votes" || head == "vote") && strings.Contains(strings.ToLower(obj.Text), "electoral") && !strings.Contains(obj.Text, " of ")
	contest := raceNouns[head] && !strings.Contains(obj.Text, "%") && !strings.Contains(obj.Text, " of ") && !countsBesidesYears(obj.Text) ||
		delegates || electoral || voteWon(obj.Text)
	places := func() []*mention {
		for _, a := range x.Extra {
			if more {
				break // "five of the state's six delegates, as well as three in Utah": Utah's are the last share's
			}
			if prep, rest := splitPrep(a); prep == "in" && rest.Text != "" {
				if ps := d.listedPlaces(si, s, rest); ps != nil {
					return ps // not "in 2019"
				}
				if ps := d.includedPlaces(si, s, rest); ps != nil {
					return ps // "in four states, including Ohio"
				}
			}
		}
		if first, last := argTokens(s, obj); first >= 0 && last-1 > first {
			if m := d.contestPlace(si, s, first, last-1); m != nil {
				return []*mention{m}
			}
			if last < len(s.Tokens) && s.Tokens[last].Lower() == "there" {
				if p := d.placeBefore(si, last); p != nil {
					return []*mention{p} // "earned 9 delegates there"
				}
			}
		}
		return nil
	}
	switch {
	case (seatVerbs[verb] || verb == "lose") && (f.obj == nil || !actorEntity(f.obj) || f.obj == d.possessorOf(si, s, x.Object, raceNoun)) && contest:
		if f.obj != nil && actorEntity(f.obj) {
			f.obj, f.concept = nil, "" // "won the Liberal Party's primary": no party won
		}
		lemma := "win_in"
		if verb == "lose" {
			lemma = loseIn // "lost the primary in Utah"
		}
		for _, p := range places() {
			if p.ent != f.subj {
				d.derive(si, x.Subject, x.Relation+" "+x.Object.Text+" in", lemma, f.subj, p.ent, "", x.Confidence*placeArgConf)
			}
		}
		if lemma == "win_in" && !delegates {
			d.contestRivals(si, s, x, f.subj)
		}
		if o := d.possessorOf(si, s, x.Object, func(w string) bool { return w == "primary" || w == "primaries" || w == "nomination" }); o != nil && lemma == "win_in" &&
			o != f.subj && o.typ == schema.Organization && f.subj.typ == schema.Person {
			d.derive(si, x.Subject, x.Relation+" "+x.Object.Text, schema.MemberOf, f.subj, o, "", x.Confidence*placeArgConf)
		}
	case x.Lemma == "call" && (f.obj != nil && f.obj.typ == schema.GPE || f.obj == nil && contest):
		var cand *docEntity
		for _, a := range x.Extra {
			if prep, rest := splitPrep(a); prep == "for" && rest.Text != "" {
				if o, _, _ := d.argument(si, s, rest); o != nil && o != f.subj && (o.typ == schema.Person || o.typ == schema.Organization) {
					cand = o
				}
			}
		}
		if cand == nil || cand.typ == schema.Organization && !partyEntity(cand) {
			return // "called Oslo for help", "called Sweden for the bank"
		}
		var won []*docEntity
		if f.obj != nil {
			won = append(won, f.obj)
		} else {
			for _, p := range places() {
				won = append(won, p.ent)
			}
		}
		d.derive(si, x.Subject, x.Relation+" for", "call_for", f.subj, cand, "", x.Confidence*placeArgConf)
		for _, p := range won {
			if p != cand {
				d.derive(si, x.Subject, x.Relation+" "+x.Object.Text+" for", "win_in", cand, p, "", x.Confidence*placeArgConf)
			}
		}
		f.obj, f.concept = nil, "" // the caller called no place
	}
}

// firstOfAsWellAs returns the part of argument a before "as well as",
// and whether a goes on after it: in "five of the territory's six
// delegates, as well as three delegates" each share is won apart.
func firstOfAsWellAs(a schema.Argument) (schema.Argument, bool) {
	i := strings.Index(a.Text, " as well as ")
	if i <= 0 {
		return a, false
	}
	t := strings.TrimRight(a.Text[:i], ", ")
	return schema.Argument{Text: t, Start: a.Start, End: a.Start + len(t)}, true
}

// contestRivals adds subj —defeat→ each rival that an over- or
// against-phrase after a contest won names: "won the presidential
// election over Ann Lee", "won the race against Tom Wu and Ola Berg".
func (d *docState) contestRivals(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	for _, a := range x.Extra {
		prep, rest := splitPrep(a)
		if prep != "over" && prep != "against" || rest.Text == "" {
			continue
		}
		o, conf, _ := d.argument(si, s, rest)
		if o == nil || o == subj || o.typ != schema.Person && !partyEntity(o) {
			continue
		}
		for _, r := range d.conjoined(si, s, rest, o) {
			if r != subj {
				d.derive(si, x.Subject, x.Relation+" "+x.Object.Text+" "+prep, "defeat", subj, r, "", x.Confidence*conf*placeArgConf)
			}
		}
	}
}

// placeResults are the verbs of a place won or lost in an election:
// "won Ohio", "carried Iowa", "swept Utah and Maine", "lost Ohio".
var placeResults = map[string]bool{"win": true, "carry": true, "sweep": true, "lose": true}

// raceNoun reports whether w is one of [raceNouns].
func raceNoun(w string) bool { return raceNouns[w] }

// listedPlaces returns the places listed in argument a ("Ohio", "Ohio,
// Iowa and Utah"), or nil when something else is listed.
func (d *docState) listedPlaces(si int, s nlp.Sentence, a schema.Argument) []*mention {
	_, last := argTokens(s, a)
	ms := d.listedIn(si, s, a)
	if len(ms) == 0 || ms[len(ms)-1].end != last {
		return nil
	}
	for _, m := range ms {
		if !isPlace(m.ent) {
			return nil
		}
	}
	return ms
}

// countsBesidesYears reports whether text holds a number other than a
// year ("the 2024 Ohio primary" names its year; "won 3 races" counts).
func countsBesidesYears(text string) bool {
	for _, w := range strings.Fields(text) {
		if strings.ContainsAny(w, "0123456789") && !year(w) {
			return true
		}
	}
	return false
}

// year reports whether w is a year of four digits from 1800 to 2099.
func year(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "18") || strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		strings.Trim(w, "0123456789") == ""
}

// voteWon reports whether text is a plurality or majority of the vote:
// "a plurality of the vote", "the majority of votes".
func voteWon(text string) bool {
	var fArr [16]string
	f := lowerFields(fArr[:0], text)
	if len(f) > 0 && (f[0] == "a" || f[0] == "the" || f[0] == "an") {
		f = f[1:]
	}
	if len(f) > 0 && (f[0] == "absolute" || f[0] == "clear" || f[0] == "outright" || f[0] == "simple") {
		f = f[1:]
	}
	if len(f) < 3 || f[0] != "plurality" && f[0] != "majority" || f[1] != "of" {
		return false
	}
	v := f[len(f)-1]
	return v == "vote" || v == "votes" || v == "ballots"
}

// delegateCounts are the numbers written as words that a count of delegates
// uses.
var delegateCounts = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12,
}

// delegateMajority reports whether text, delegates won, states most of a
// place's delegates: "all 25 of Nevada's delegates", "39 of the state's 40
// delegates", "five of the territory's six delegates". A bare count ("9
// delegates") or a minority ("12 of the state's 41") is a share that any
// candidate may win, no win in the place.
func delegateMajority(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) > 0 && f[0] == "all" {
		return true
	}
	count := func(w string) int {
		if n, ok := delegateCounts[w]; ok {
			return n
		}
		n, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
		if err != nil {
			return -1
		}
		return n
	}
	if len(f) < 4 || f[1] != "of" {
		return false
	}
	won := count(f[0])
	for _, w := range f[2:] {
		if total := count(w); total > 0 {
			return won > 0 && 2*won > total
		}
	}
	return false
}

// nominationWords say that the subject seeks, holds or won a party's
// nomination: "a leading candidate for the Democratic nomination", "is
// seeking the Republican nomination", "won the Labour nomination".
var nominationWords = map[string]bool{
	"candidate": true, "contender": true, "frontrunner": true, "front-runner": true, "favourite": true, "favorite": true,
	"seek": true, "seeks": true, "seeking": true, "sought": true, "win": true, "wins": true, "won": true, "winning": true,
	"secure": true, "secured": true, "clinch": true, "clinched": true, "clinches": true, "bid": true, "race": true, "running": true,
	"ran": true, "runs": true, "vying": true, "lost": true, "lose": true, "loses": true,
	// "her campaign for the Green Party nomination", "campaigned for the
	// Labour nomination"
	"campaign": true, "campaigned": true, "campaigning": true,
	// the same in the plural, and the words of running in a primary:
	// "one of the front runners for the Republican Party's nomination",
	// "a candidate in the Democratic primaries", "competed in the Tory
	// leadership contest"
	"candidates": true, "contenders": true, "frontrunners": true, "front-runners": true, "runner": true, "runners": true,
	"hopeful": true, "hopefuls": true, "favourites": true, "favorites": true, "run": true,
	"contest": true, "contested": true, "contesting": true, "compete": true, "competed": true, "competing": true,
	"entered": true, "enter": true, "enters": true, "challenger": true,
	"contended": true, "contending": true, "contend": true,
	// who receives a party's nomination is its nominee ([nominatedWords])
	"received": true, "receives": true, "accepted": true, "accepts": true, "earned": true, "gained": true,
}

// nominatedWords say that the subject got a party's nomination: the party
// nominated it. "won the Liberal Party's nomination", "received the Green
// Party's 2020 presidential nomination".
var nominatedWords = map[string]bool{
	"won": true, "wins": true, "secured": true, "secures": true, "clinched": true, "clinches": true,
	"received": true, "receives": true, "accepted": true, "accepts": true, "earned": true, "gained": true,
}

// nominationHeads are the nouns of a party's contest for its nomination
// that a party's adjective or possessive stands before: "the Democratic
// nomination", "the Republican primaries", "the Labour caucus vote".
var nominationHeads = map[string]bool{
	"nomination": true, "primary": true, "primaries": true, "caucus": true, "caucuses": true,
}

// nominationHead reports whether token k of toks, after a party's
// adjective or possessive and [contestModifiers], ends a party's contest
// for its nomination ([nominationHeads]), or k follows "leadership" and
// ends the party's contest for its leader ("the Tory leadership", "the
// Labour leadership race").
func nominationHead(toks []nlp.Token, k int) bool {
	if k < len(toks) && nominationHeads[toks[k].Lower()] {
		return true
	}
	if k == 0 || toks[k-1].Lower() != "leadership" {
		return false
	}
	if k == len(toks) {
		return true
	}
	switch toks[k].Lower() {
	case "race", "contest", "election", "ballot", "bid":
		return true
	}
	return !strings.HasPrefix(toks[k].Tag, "NN")
}

// nominationParty: "Lee is a leading candidate for the Democratic
// nomination", "Tom Wu is seeking the Republican presidential nomination",
// "Ann Lee, who was a candidate in the Green primaries", "won the
// Tory leadership contest": a party's adjective or possessive before the
// party's contest ([nominationHead]; contest modifiers between), in a clause whose words between the party and the
// person named last before it say the person seeks or won it
// ([nominationWords]), makes the person the party's member.
func (d *docState) nominationParty(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i, p := range ms {
		if p.ent == nil || !partyEntity(p.ent) {
			continue
		}
		k, end := nominationOf(toks, p), p.end
		if k < 0 {
			if !p.adj && !p.possessive &&
				(p.end >= len(toks) || !contestModifiers[toks[p.end].Lower()] && !nominationHeads[toks[p.end].Lower()]) { // "the Labour leadership"
				continue
			}
			k = p.end
			if p.possessive && k < len(toks) && toks[k].Tag == "POS" {
				k++
			}
			k = pastContestModifiers(toks, k)
			if i+1 < len(ms) && ms[i+1].start == k && ms[i+1].ent != nil && ms[i+1].ent.typ == schema.GPE && named(ms[i+1]) && !ms[i+1].possessive {
				k = ms[i+1].end // "won the Democratic Party's Nevada caucuses": the contest in one state
			}
			if !nominationHead(toks, k) {
				continue
			}
			end = min(k+1, len(toks))
		}
		var holder *mention
		hj := -1
		for j := i - 1; j >= 0; j-- {
			if m := ms[j]; m.ent != nil && m.ent.typ == schema.Person && (named(m) || m.kind == mPronoun) {
				holder, hj = m, j
				break
			}
		}
		if holder == nil || holder.ent == p.ent || strings.Contains(holder.ent.name, "/") || // "the Lee/Wu ticket secured ...": a pair, not one member
			slices.ContainsFunc(toks[holder.end:p.start], func(t nlp.Token) bool { return t.Text == ";" || t.Lower() == "not" || t.Lower() == "never" }) ||
			!slices.ContainsFunc(toks[holder.end:p.start], func(t nlp.Token) bool { return nominationWords[t.Lower()] }) {
			continue
		}
		d.derive(si, argOf(s, holder), joinText(toks[holder.end:end]), schema.MemberOf, holder.ent, p.ent, "", roleConf)
		for _, c := range openingList(s, ms[:hj+1]) {
			if c.ent != p.ent {
				d.derive(si, argOf(s, c), joinText(toks[holder.end:end]), schema.MemberOf, c.ent, p.ent, "", roleConf)
			}
		}
		if toks[k].Lower() == "nomination" && got(toks[holder.end:p.start]) {
			d.derive(si, argOf(s, p), joinText(toks[holder.start:end]), "nominate", p.ent, holder.ent, "", roleConf)
		}
	}
}

// nominationOf returns the index of "nomination" when the party p is
// named after it and "of" ("secured the presidential nomination of the
// Harbor Party"), or -1.
func nominationOf(toks []nlp.Token, p *mention) int {
	j := p.start
	if j > 0 && toks[j-1].Lower() == "the" {
		j--
	}
	if p.possessive || j < 2 || toks[j-1].Text != "of" || toks[j-2].Lower() != "nomination" {
		return -1
	}
	return j - 2
}

// openingList returns the people listed before the last of ms, a person,
// when the list opens the sentence (after "Both" or a quote mark at most)
// and its members are named people joined by commas and a final "and":
// "Ann Lee and Tom Wu are running for the Green nomination", "Both Lee and
// Wu". A list after a verb or a preposition ("beat Lee and Wu won ...")
// is none of the clause's subject, and gives nil.
func openingList(s nlp.Sentence, ms []*mention) []*mention {
	if len(ms) < 2 {
		return nil
	}
	var out []*mention
	next := ms[len(ms)-1]
	sawAnd := false
	for i := len(ms) - 2; i >= 0; i-- {
		c := ms[i]
		switch w := between(s, c, next); {
		case !sawAnd && next == ms[len(ms)-1] && (len(w) == 1 && w[0] == "and" || len(w) == 2 && w[0] == "," && w[1] == "and"):
			sawAnd = true
		case sawAnd && len(w) == 1 && w[0] == ",":
		default:
			return nil
		}
		if !named(c) || c.ent == nil || c.ent.typ != schema.Person || c.possessive || c.ent == next.ent {
			return nil
		}
		out = append(out, c)
		next = c
		k := c.start
		if k > 0 && correlatives[s.Tokens[k-1].Lower()] {
			k--
		}
		if sentenceFirst(s.Tokens, k) {
			return out
		}
	}
	return nil
}

// correlatives open the first member of a pair ("both ... and", "either
// ... or", "neither ... nor").
var correlatives = map[string]bool{"both": true, "either": true, "neither": true}

// pastContestModifiers returns the token after the words from token k that
// may stand between a party's name and its contest's noun: [contestModifiers],
// a year, and "US" before one ("the Green Party's 2020 presidential
// nomination", "the Liberal Party's US Senate nomination").
func pastContestModifiers(toks []nlp.Token, k int) int {
	for k < len(toks) && (contestModifiers[toks[k].Lower()] || year(toks[k].Text) ||
		(toks[k].Text == "US" || toks[k].Text == "U.S.") && k+1 < len(toks) && contestModifiers[toks[k+1].Lower()]) {
		k++
	}
	return k
}

// got reports whether gap, the words between a person and a party's
// nomination, say the person got it: a word of [nominatedWords] right
// after the person, or after an adverb ("narrowly won"), so not a
// nomination only hoped for ("is expected to win", "failed to secure").
func got(gap []nlp.Token) bool {
	for _, t := range gap {
		switch {
		case nominatedWords[t.Lower()]:
			return true
		case strings.HasPrefix(t.Tag, "RB") || t.Text == ",":
		default:
			return false
		}
	}
	return false
}

// ownParty: "Within her own party, the choice of Ann Lee was contested",
// "national leaders of his party such as Tom Wu and Ann Lee": "his" or
// "her" ("own") before "party" names the party that the document makes
// the pronoun's person a member of ([docState.partyOf]), which the
// sentence states again; the persons that "such as" or "including" lists
// right after it are its members too.
func (d *docState) ownParty(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if m.kind != mPronoun || !m.possessive || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		k := m.end
		if k < len(toks) && toks[k].Lower() == "own" {
			k++
		}
		if k >= len(toks) || toks[k].Lower() != "party" {
			continue
		}
		p := d.partyOf(m.ent)
		if p == nil {
			continue
		}
		d.derive(si, argOf(s, m), joinText(toks[m.start:k+1]), schema.MemberOf, m.ent, p, "", nominalConf)
		j := k + 1
		if j < len(toks) && toks[j].Text == "," {
			j++
		}
		switch {
		case j+1 < len(toks) && toks[j].Lower() == "such" && toks[j+1].Lower() == "as":
			j += 2
		case j < len(toks) && toks[j].Lower() == "including":
			j++
		default:
			continue
		}
		for _, o := range ms {
			if o.start >= j && named(o) && o.ent != nil && o.ent.typ == schema.Person && o.ent != m.ent && listedFrom(toks, j, o.start) {
				d.derive(si, argOf(s, o), joinText(toks[m.start:o.end]), schema.MemberOf, o.ent, p, "", nominalConf)
			}
		}
	}
}

// contestModifiers may stand between a contest's place and its head noun:
// "the Ohio presidential primary".
var contestModifiers = map[string]bool{
	"presidential": true, "general": true, "parliamentary": true, "legislative": true, "gubernatorial": true,
	"senate": true, "congressional": true, "mayoral": true, "state": true, "local": true, "regional": true,
	"municipal": true, "party": true, "leadership": true, "national": true, "provincial": true, "federal": true,
}

// primaryWord reports whether w names a party's contest as the modifier
// of "election": "the Ohio primary election", "the caucus elections".
func primaryWord(w string) bool { return w == "primary" || w == "caucus" }

// contestPlace returns the place named in the contest or delegates that
// tokens [first, head] of s name, head being the noun: "the Ohio
// primary", "the 2024 Ohio Liberal primary" (a party's name may follow
// the place before a primary, caucus or nomination), "39 of Ohio's 54
// delegates", "five of the territory's six delegates". Of two places the
// first is the contest's: "the Ohio US Liberal primary".
func (d *docState) contestPlace(si int, s nlp.Sentence, first, head int) *mention {
	toks := s.Tokens
	hw := toks[head].Lower()
	party := strings.HasPrefix(hw, "primar") || strings.HasPrefix(hw, "caucus") || hw == "nomination"
	if (hw == "election" || hw == "elections") && head > first && primaryWord(toks[head-1].Lower()) {
		party = true // "the Democratic Party's Ohio primary election"
	}
	var found *mention
	for _, m := range d.sents[si] {
		if m.start < first || m.end > head || m.ent == nil || !isPlace(m.ent) {
			continue
		}
		ok := true
		for k := m.end; k < head && ok; k++ {
			t := toks[k]
			switch {
			case t.Tag == "POS":
				ok = k == m.end // "Ohio's 54 delegates"
			case t.Tag == "CD":
				ok = hw == "delegates" || hw == "delegate" || hw == "votes" || year(t.Text)
			case contestModifiers[t.Lower()], hw == "votes" && (t.Lower() == "electoral" || t.Lower() == "college"):
			case party && k == head-1 && primaryWord(t.Lower()):
			case isCap(t.Text) && (t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "JJ"):
				ok = party // "Ohio Liberal primary"
			default:
				ok = false
			}
		}
		if m.possessive && (m.end >= head || toks[m.end].Tag != "POS") && m.kind != mDesc {
			ok = false
		}
		if ok && found == nil {
			found = m // "the Ohio US Liberal primary": the state's, not its country's
		}
	}
	if found == nil && head-first >= 3 {
		// "five of the territory's six delegates": the place named
		// before.
		for k := first; k+2 < head; k++ {
			if toks[k].Lower() == "the" && homeNouns[toks[k+1].Lower()] && toks[k+2].Tag == "POS" && modifiersOnly(toks[k+3:head], hw) {
				found = d.placeBefore(si, k)
			}
		}
	}
	return found
}

// homeNouns refer back to a place that holds a contest: "the state's
// delegates".
var homeNouns = map[string]bool{
	"state": true, "territory": true, "province": true, "country": true, "island": true, "region": true, "county": true,
}

// modifiersOnly reports whether toks, between a possessive and the head
// noun hw, are numbers of delegates or contest modifiers.
func modifiersOnly(toks []nlp.Token, hw string) bool {
	for _, t := range toks {
		if !(t.Tag == "CD" && (hw == "delegates" || hw == "delegate")) && !contestModifiers[t.Lower()] {
			return false
		}
	}
	return true
}

// includedPlaces returns the places listed after a plural place noun and
// "including": "in four states, including her home state of Ohio",
// "in five states, including Ohio and Utah".
func (d *docState) includedPlaces(si int, s nlp.Sentence, a schema.Argument) []*mention {
	_, last := argTokens(s, a)
	toks := s.Tokens
	if last < 1 || last+2 >= len(toks) || !placeGroups[toks[last-1].Lower()] || toks[last].Text != "," || toks[last+1].Lower() != "including" {
		return nil
	}
	end := last + 2
	for end < len(toks) && toks[end].Text != ";" && toks[end].Text != "." && !(toks[end].Text == "," && end+1 < len(toks) && !isCap(toks[end+1].Text) && toks[end+1].Lower() != "and") {
		end++
	}
	var out []*mention
	for _, m := range d.sents[si] {
		if m.start >= last+2 && m.end <= end && m.ent != nil && isPlace(m.ent) && !m.possessive {
			out = append(out, m)
		}
	}
	return out
}

// placeGroups are plural nouns of places: "in four states".
var placeGroups = map[string]bool{
	"states": true, "provinces": true, "regions": true, "territories": true, "districts": true, "counties": true,
	"countries": true, "constituencies": true, "cities": true, "prefectures": true,
}

// placeBefore returns the last place named before token k of sentence si,
// in it or in the two sentences before: what "there" refers to.
func (d *docState) placeBefore(si, k int) *mention {
	for j := si; j >= 0 && j >= si-2; j-- {
		var p *mention
		for _, m := range d.sents[j] {
			if m.ent != nil && isPlace(m.ent) && (j < si || m.end <= k) {
				p = m
			}
		}
		if p != nil {
			return p
		}
	}
	return nil
}

// contestPlaceBefore returns the place of the last contest or delegates
// named before token k of sentence si, in it or in the two sentences
// before ([docState.contestPlace]: "won the Ohio primary", "39 of Ohio's
// 54 delegates"), or nil: the place a placing without one is in, rather
// than a place of a candidate's title named since ("Senator from Utah Tom
// Wu came in second").
func (d *docState) contestPlaceBefore(si, k int) *mention {
	for j := si; j >= 0 && j >= si-2; j-- {
		s := d.input[j]
		var p *mention
		for h, t := range s.Tokens {
			if j == si && h >= k {
				break
			}
			if w := t.Lower(); raceNouns[w] || w == "delegates" || w == "delegate" {
				if m := d.contestPlace(j, s, 0, h); m != nil {
					p = m
				}
			}
		}
		if p != nil {
			return p
		}
	}
	return nil
}

// relativeOf reports whether subj, the subject of a relative clause,
// follows noun and "that", "which" or "whom": "26 delegates that he
// earned in Iowa".
func relativeOf(s nlp.Sentence, subj schema.Argument, noun string) bool {
	k, _ := argTokens(s, subj)
	return k >= 2 && (s.Tokens[k-1].Lower() == "that" || s.Tokens[k-1].Lower() == "which") && s.Tokens[k-2].Lower() == noun
}

// placingVerbs say where a candidate came in a contest: "came in second",
// "finished first", "placed third".
var placingVerbs = map[string]bool{
	"came": true, "comes": true, "finished": true, "finishes": true, "placed": true, "places": true,
}

// ordinals rank candidates.
var ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true}

// placedBelowFirst reports whether relation, the words of a placing verb,
// rank below first: "finished second in", "came in third in".
func placedBelowFirst(relation string) bool {
	for _, w := range strings.Fields(strings.ToLower(relation)) {
		if ordinals[w] && w != "first" {
			return true
		}
	}
	return false
}

// electionWords say that a sentence, or one of the two before it, is about
// an election rather than a sports race.
var electionWords = newWordSet(map[string]bool{
	"primary": true, "primaries": true, "caucus": true, "caucuses": true, "delegates": true, "votes": true,
	"vote": true, "election": true, "elections": true, "ballot": true, "ballots": true, "polls": true, "voters": true,
})

// placingFacts reads a candidate's placing and lead in a place's contest,
// in sentence si of an election report:
//
//   - "Tom Wu finished first in Ohio and Utah": win_in each place;
//     "came in first with 14 delegates" after "the Iowa caucuses": win_in
//     the place named before; a lower placing ("Ann Lee came in second
//     in Iowa") wins nowhere and gives nothing;
//   - "Tom Wu was leading in the polls in Utah", "Ann Lee led the polls
//     in Ohio": lead_in the place.
//
// The subject is the person named (or referred to) right before the verb.
func (d *docState) placingFacts(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	if !d.electionContext(si) {
		return
	}
	for k := 1; k+2 < len(toks); k++ {
		low := toks[k].Lower()
		lemma, j := "", k+1
		switch {
		case placingVerbs[low]:
			if toks[j].Lower() == "in" {
				j++ // "came in second"
			}
			if j >= len(toks) || !ordinals[toks[j].Lower()] {
				continue
			}
			if toks[j].Lower() != "first" {
				continue // "came in second in Iowa": a placing, no win there
			}
			j++
			if j < len(toks) && toks[j].Lower() == "place" {
				j++
			}
			lemma = "win_in"
		case strings.HasPrefix(low, "lead") || low == "led":
			if toks[j].Lower() == "in" {
				j++
			}
			if j+1 >= len(toks) || toks[j].Lower() != "the" {
				continue
			}
			if toks[j+1].Lower() != "polls" {
				// "leads in the Utah polls": the place before polls.
				if p := placeAt(ms, j+1); p != nil && p.end < len(toks) && toks[p.end].Lower() == "polls" {
					if subj := subjectBefore(toks, ms, k, isPerson); subj != nil && subj.ent != p.ent {
						d.derive(si, argOf(s, subj), joinText(toks[k:p.end+1]), "lead_in", subj.ent, p.ent, "", roleConf)
					}
				}
				continue
			}
			j += 2
			lemma = "lead_in"
		case low == "winner" || low == "winners":
			d.declaredWinner(si, s, ms, k)
			d.winnerFacts(si, s, ms, k)
			continue
		default:
			continue
		}
		subj := subjectBefore(toks, ms, k, isPerson)
		if subj == nil {
			continue
		}
		var places []*mention
		if j+1 < len(toks) && toks[j].Lower() == "in" {
			for _, m := range ms {
				if m.start > j && m.ent != nil && isPlace(m.ent) && !m.adj && listedFrom(toks, j+1, m.start) {
					places = append(places, m)
				}
			}
		} else if lemma == "win_in" && (j >= len(toks) || toks[j].Lower() == "with" || toks[j].Text == "," || toks[j].Text == ".") {
			p := d.contestPlaceBefore(si, subj.start)
			if p == nil {
				p = d.placeBefore(si, subj.start)
			}
			if p != nil && p.ent != subj.ent {
				places = append(places, p) // "came in first with 14 delegates"
			}
		}
		for _, p := range places {
			if p.ent != subj.ent {
				d.derive(si, argOf(s, subj), joinText(toks[k:j+1]), lemma, subj.ent, p.ent, "", roleConf)
			}
		}
	}
}

// winnerWords may stand between a person and "winner": "Ann Lee was
// declared the winner", "Tom Wu, the projected winner".
var winnerWords = map[string]bool{
	"was": true, "is": true, "were": true, "are": true, "declared": true, "named": true, "projected": true, "emerged": true,
	"as": true, "became": true, "the": true, "a": true, ",": true, "clear": true, "apparent": true, "overall": true, "outright": true,
}

// winnerFacts: "Ann Lee was declared the winner in Ohio", "Tom Wu, the
// winner of the Iowa caucuses,": the person before "winner" (token k),
// with only [winnerWords] between, won in the places after "in" or in
// the place of the contest after "of".
func (d *docState) winnerFacts(si int, s nlp.Sentence, ms []*mention, k int) {
	toks := s.Tokens
	if k+2 >= len(toks) {
		return
	}
	e := k
	for e > 0 && winnerWords[toks[e-1].Lower()] {
		e--
	}
	var subj *mention
	for _, m := range ms {
		if m.end == e && e < k && m.ent != nil && m.ent.typ == schema.Person && named(m) && !m.possessive {
			subj = m
		}
	}
	if subj == nil {
		return
	}
	var places []*mention
	switch toks[k+1].Lower() {
	case "in":
		for _, m := range ms {
			if m.start > k+1 && m.ent != nil && isPlace(m.ent) && !m.adj && listedFrom(toks, k+2, m.start) {
				places = append(places, m)
			}
		}
	case "of":
		for h := k + 2; h < len(toks) && h < k+8; h++ {
			if raceNouns[toks[h].Lower()] {
				if p := d.contestPlace(si, s, k+2, h); p != nil {
					places = append(places, p)
				}
				break
			}
		}
	}
	for _, p := range places {
		if p.ent != subj.ent {
			d.derive(si, argOf(s, subj), joinText(toks[e:p.end]), "win_in", subj.ent, p.ent, "", roleConf)
		}
	}
}

// declaringVerbs name a result: "declared Tom Wu winner".
var declaringVerbs = map[string]bool{
	"declare": true, "declares": true, "declared": true, "proclaim": true, "proclaims": true, "proclaimed": true,
}

// declaredWinner: "the commission declared Tom Wu winner of the poll",
// "the National Electoral Board proclaims President Ann Lee the winner":
// the body or person right before a declaring verb ([declaringVerbs])
// declares the person named after it, before "winner" (token k), the
// winner; the extractor reads "Tom Wu winner" as one object.
func (d *docState) declaredWinner(si int, s nlp.Sentence, ms []*mention, k int) {
	toks := s.Tokens
	e := k
	if e > 0 && toks[e-1].Lower() == "the" {
		e--
	}
	var won *mention
	for _, m := range ms {
		if m.end == e && m.ent != nil && m.ent.typ == schema.Person && !m.possessive && !m.adj {
			won = m
		}
	}
	if won == nil || won.start < 2 {
		return
	}
	v := won.start - 1
	for v > 0 && !declaringVerbs[toks[v].Lower()] && isCap(toks[v].Text) && v >= won.start-3 {
		v-- // "proclaims President Ann Lee": a title the mention leaves out
	}
	if !declaringVerbs[toks[v].Lower()] {
		return // the tag may be a plural noun's ("proclaims/NNS"); the actor right before makes it the verb
	}
	subj := subjectBefore(toks, ms, v, func(e *docEntity) bool { return actorEntity(e) && e.typ != schema.GPE || e.typ == schema.Person })
	if subj == nil || subj.ent == won.ent {
		return
	}
	d.derive(si, argOf(s, subj), joinText(toks[v:k+1]), "declare", subj.ent, won.ent, "", roleConf)
}

// placeAt returns the mention of a place that starts at token k, or nil.
func placeAt(ms []*mention, k int) *mention {
	for _, m := range ms {
		if m.start == k && m.ent != nil && isPlace(m.ent) && !m.adj {
			return m
		}
	}
	return nil
}

// subjectBefore returns the mention of an entity that passes ok (a
// person, for a contest's candidate) that ends right before token k, an
// adverb apart ("Ann Lee narrowly came"), or that a relative clause
// opening there follows ("Tom Wu, who came in second", "the Labour Party,
// which held a majority"), or nil.
func subjectBefore(toks []nlp.Token, ms []*mention, k int, ok func(*docEntity) bool) *mention {
	e := k
	for e > 0 && (toks[e-1].Tag == "RB" || toks[e-1].Lower() == "was" || toks[e-1].Lower() == "is" || toks[e-1].Lower() == "has" || toks[e-1].Lower() == "had") {
		e--
	}
	if e >= 2 && (toks[e-1].Lower() == "who" || toks[e-1].Lower() == "which") && toks[e-2].Text == "," {
		e -= 2
	}
	for _, m := range ms {
		if m.end == e && m.ent != nil && ok(m.ent) && !m.possessive && !m.adj {
			return m
		}
	}
	return nil
}

// listedFrom reports whether the tokens from a to b are names and list
// separators only: "Ohio, Iowa and", so that a place at b is listed
// after a preposition at a-1.
func listedFrom(toks []nlp.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if t := toks[k]; !isCap(t.Text) && t.Text != "," && t.Lower() != "and" && t.Lower() != "the" {
			return false
		}
	}
	return true
}

// electionContext reports whether sentence si or one of the two before it
// speaks of an election ([electionWords]).
func (d *docState) electionContext(si int) bool {
	if d.election == nil {
		// Each sentence is read once, not at each of its places and
		// the two sentences after.
		d.election = make([]bool, len(d.input))
		for j, s := range d.input {
			d.election[j] = slices.ContainsFunc(s.Tokens, func(t nlp.Token) bool { return electionWords.has(t.Lower()) })
		}
	}
	// A sentence of no word ("[...]" between two of a quotation) is no
	// sentence between.
	for j, n := si, 0; j >= 0 && n <= 2; j-- {
		if d.election[j] {
			return true
		}
		if slices.ContainsFunc(d.input[j].Tokens, func(t nlp.Token) bool { return strings.IndexFunc(t.Text, unicode.IsLetter) >= 0 }) {
			n++
		}
	}
	return false
}

// homePlaceIn returns the place that argument a names as someone's home:
// "his home state of Ohio", "her native Utah", or "his home state" alone
// when the report said before where subj is from.
func (d *docState) homePlaceIn(si int, s nlp.Sentence, a schema.Argument, subj *docEntity) *docEntity {
	first, last := argTokens(s, a)
	if first < 0 || last-first < 2 || !possessiveDeterminers[s.Tokens[first].Lower()] {
		return nil
	}
	w := s.Tokens[first+1].Lower()
	if w != "home" && w != "native" && w != "hometown" {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.end == last && m.start > first+1 && m.ent != nil && isPlace(m.ent) && !m.adj {
			return m.ent
		}
	}
	if last-first > 3 || w == "native" {
		return nil
	}
	var home *docEntity
	for _, f := range d.facts {
		if f.Sentence <= si && f.subj == subj && f.Lemma == schema.From && f.obj != nil && isPlace(f.obj) {
			home = f.obj // "Ohio is Tom Wu's home state. ... Tom Wu lost his home state."
		}
	}
	return home
}

// heldSeat: "Ann Lee is the junior Senator from Vermont", "Tom Wu, who
// is serving as an MP for Leeds,", "was elected a senator for Ohio": a
// copula, a verb of serving or an appointment puts its person subject
// into a seat that the object's last noun ([seatNouns]) holds for the
// place right after "from" or "for". The holder represents the place
// and sits in the chamber the document names, or in Congress for a seat
// of the US ([docState.seatChamber]), as in [docState.representFacts].
func (d *docState) heldSeat(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if subj == nil || subj.typ != schema.Person || x.Negated || wishedRole(x.Relation) ||
		x.Lemma != "be" && verb != "become" && verb != "serve" && !(appointVerbs[verb] && passiveIn(x.Relation)) {
		return
	}
	first, last := argTokens(s, x.Object)
	toks := s.Tokens
	if first < 0 || last >= len(toks)-1 || !seatNouns[toks[last-1].Lower()] && !(toks[last-1].Lower() == "member" && toks[last].Lower() == "for") || briefFor(toks, last) {
		return // "is the Labour member for Leeds" holds its seat too
	}
	if p := toks[last].Lower(); p != "from" && p != "for" {
		return
	}
	for _, m := range d.sents[si] {
		if m.start != last+1 || m.ent == nil || !isPlace(m.ent) || m.ent == subj {
			continue
		}
		d.seatHeldFor(si, x.Subject, x.Relation, x.Relation, toks[last-1].Text, subj, m.ent, x.Confidence*placeArgConf)
		return
	}
}

// seatHeldFor adds holder —represent→ place, the relation phrase rep, and
// holder —member_of→ the chamber that a seat noun or title noun held for
// place sits in ([docState.seatChamber]; one of Congress for a US state),
// the phrase member: "Senator Ann Lee of Vermont", "the junior Senator
// from Vermont".
func (d *docState) seatHeldFor(si int, arg schema.Argument, rep, member, noun string, holder, place *docEntity, conf float64) {
	d.derive(si, arg, rep, "represent", holder, place, "", conf)
	if c := d.seatChamber(noun, d.usSeat(place) || usStateNames[place.name]); c != nil && c != holder {
		d.derive(si, arg, member, schema.MemberOf, holder, c, "", conf)
	}
}

// electedMember: "Ann Lee was elected to the Rajya Sabha", "was
// re-elected to the city council": a person elected to a chamber or a
// council sits in it.
func (d *docState) electedMember(si int, x schema.Extraction, f *docFact) {
	verb, prep, _ := strings.Cut(x.Lemma, "_")
	if f.subj == nil || f.obj == nil || f.subj.typ != schema.Person || f.obj == f.subj || x.Negated ||
		verb != "elect" && verb != "re-elect" || prep != "to" || !passiveIn(x.Relation) || wishedRole(x.Relation) {
		return
	}
	if name := strings.Fields(f.obj.name); legislature(f.obj) || len(name) > 1 && electedBodies[name[len(name)-1]] {
		d.derive(si, x.Subject, x.Relation, schema.MemberOf, f.subj, f.obj, "", x.Confidence*placeArgConf)
	}
}

// representedIn: "Tom Wu represented Iowa in the Senate", "she had
// previously represented Halden in the Storting": a person who
// represents someone in a chamber sits in it.
func (d *docState) representedIn(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.subj == nil || f.subj.typ != schema.Person || x.Negated || x.Lemma != "represent" || wishedRole(x.Relation) {
		return
	}
	for _, a := range x.Extra {
		if !strings.HasPrefix(strings.ToLower(a.Text), "in ") {
			continue
		}
		c, conf, _ := d.argument(si, s, a)
		if c == nil || c == f.subj || c == f.obj {
			continue
		}
		if name := strings.Fields(c.name); legislature(c) || len(name) > 1 && electedBodies[name[len(name)-1]] {
			d.derive(si, a, x.Relation+" in", schema.MemberOf, f.subj, c, "", x.Confidence*conf*placeArgConf)
			return
		}
	}
}

// electedBodies are the last words of the names of chambers and councils
// that [legislature] does not know by its own nouns.
var electedBodies = map[string]bool{
	"Council": true, "Sabha": true, "Bundestag": true, "Storting": true, "Riksdag": true, "Folketing": true,
	"Seanad": true, "Dáil": true, "Sejm": true, "Majlis": true, "Legislature": true,
}
