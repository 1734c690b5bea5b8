package entity

import (
	"slices"
	"strings"

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
var constituencyNouns = map[string]bool{"constituency": true, "electorate": true, "riding": true}

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
		if !constituencyNouns[low] && low != "district" {
			continue
		}
		j := k - 1
		if j >= 0 && constituencyNouns[low] && toks[j].Tag == "JJ" && !isCap(toks[j].Text) {
			j-- // "geographical constituency"
		}
		if j < 0 {
			continue
		}
		if w := toks[j].Lower(); w == "this" || w == "the" || w == "that" {
			refers = refers || cur != nil
			continue
		}
		if !constituencyNouns[low] {
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
			if m.start < c[0] || m.end > c[1] || !named(m) || m.ent == nil || m.ent == cur || m.ent.typ != schema.Person ||
				m.possessive || agentOrParty(toks, m.start) {
				continue
			}
			d.derive(si, argOf(s, m), lemma, lemma, m.ent, cur, "", roleConf)
		}
	}
	return cur
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

// seatPlaces adds a place's mention for the capitalised words after a seat
// noun and "for" that no mention holds ("MP for Bradford West"), and
// returns ms in token order: a seat is held for a place.
func seatPlaces(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for k := 0; k+2 < len(toks); k++ {
		if !seatNouns[toks[k].Lower()] || !strings.EqualFold(toks[k+1].Text, "for") {
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
		if i > 0 && toks[m.start-1].Text == "of" && m.ent.gaz != nil && m.ent.gaz.region {
			// "Senator Ann Lee of Vermont", "Representative Tom Wu of
			// Ohio": a region (a state's first division) after a titled
			// legislator's name; a town's senator may sit in its own
			// council.
			if p := ms[i-1]; named(p) && p.ent != nil && p.ent.typ == schema.Person && p.end == m.start-1 && len(p.titles) > 0 &&
				seatTitle(p.titles) && p.ent != m.ent {
				last := p.titles[len(p.titles)-1].name
				d.derive(si, argOf(s, p), last+" of "+m.ent.name, "represent", p.ent, m.ent, "", roleConf)
				if c := d.seatChamber(last, d.usSeat(m.ent)); c != nil && c != p.ent {
					d.derive(si, argOf(s, p), last, schema.MemberOf, p.ent, c, "", roleConf)
				}
			}
			continue
		}
		if !strings.EqualFold(toks[m.start-1].Text, "for") && !strings.EqualFold(toks[m.start-1].Text, "from") ||
			!seatNouns[toks[m.start-2].Lower()] || briefFor(toks, m.start-1) {
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
			// the seat may be a mention of its own.
			if !n.role && n.start != m.start-2 && (n.ent == nil || n.ent.typ != schema.Organization) && !(n.kind == mDesc && n.end == m.start-1) {
				break // only a party's name or the seat noun may come between
			}
		}
		if p != nil && p.ent != m.ent {
			d.derive(si, argOf(s, p), joinText(toks[m.start-2:m.end]), "represent", p.ent, m.ent, "", roleConf)
			if c := d.seatChamber(toks[m.start-2].Text, d.usSeat(m.ent)); c != nil && c != p.ent {
				// "Senator from Vermont Ann Lee", "Tom Wu, a Senator from
				// Ohio,": the seat's holder sits in the chamber the report
				// names, or in Congress for a seat of the US.
				d.derive(si, argOf(s, p), joinText(toks[m.start-2:m.end]), schema.MemberOf, p.ent, c, "", roleConf)
			}
		}
	}
}

// chamberSeats name the legislator's title ([chambers]) whose chamber a
// capitalised word before "seat" names: "the House seat", "a Senate seat".
var chamberSeats = map[string]string{"Senate": "senator", "House": "representative"}

// seatHolders: "the House seat formerly held by Tom Wu", "Ann Lee's Senate
// seat": a chamber's seat held by, vacated by or possessed by a named
// person makes the person a member of the chamber: the one the report
// names, or Congress's for a seat of the US ([docState.seatChamber]).
func (d *docState) seatHolders(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	us := d.usSeat(d.homeState()) || slices.ContainsFunc(d.ents, func(e *docEntity) bool { return isPlace(e) && len(e.mentions) > 0 && d.usSeat(e) })
	for k := 1; k+1 < len(toks); k++ {
		title := chamberSeats[toks[k-1].Text]
		if title == "" || toks[k].Lower() != "seat" {
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
		if c := d.seatChamber(title, us); c != nil && c != p.ent {
			d.derive(si, argOf(s, p), joinText(toks[k-1:k+1]), schema.MemberOf, p.ent, c, "", roleConf)
		}
	}
}

// apposition reports whether toks, the words between a name's comma and a
// seat noun, open an apposition: at most an article and capitalised or
// lower-case modifiers ("the Labour", "a Republican", "the former").
func apposition(toks []nlp.Token) bool {
	if len(toks) > 4 {
		return false
	}
	for _, t := range toks {
		if t.Tag != "DT" && t.Tag != "NNP" && t.Tag != "JJ" && t.Tag != "NN" {
			return false
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
	"win": true, "net": true, "gain": true, "take": true, "secure": true, "capture": true, "retain": true,
	"claim": true, "grab": true, "pick": true,
}

// seatsWon adds subj —win_seat_in→ body for a verb of seatVerbs whose
// object counts seats and whose in- or on-phrase names the body or the
// place they sit for: "the Harbor Party netted 66 seats in Parliament",
// "won a seat on the Oslo council".
func (d *docState) seatsWon(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if f.subj == nil || f.obj != nil && actorEntity(f.obj) || !seatVerbs[verb] || x.Attribution != "" {
		return
	}
	switch lastWord(x.Object.Text) {
	case "seat", "seats":
	default:
		return
	}
	for _, a := range x.Extra {
		prep, rest := splitPrep(a)
		if prep != "in" && prep != "on" || rest.Text == "" {
			continue
		}
		o, conf, _ := d.argument(si, s, rest)
		if o != nil && o != f.subj && actorEntity(o) && (o.typ == schema.Organization || o.typ == schema.GPE) {
			d.derive(si, x.Subject, x.Relation+" seats "+prep, "win_seat_in", f.subj, o, "", x.Confidence*conf*placeArgConf)
			return
		}
	}
}

// raceNouns are the contests a candidate wins in a place: "won the
// primaries in Ohio and Iowa", "won the race in Nevada".
var raceNouns = map[string]bool{
	"primary": true, "primaries": true, "election": true, "elections": true, "race": true, "races": true,
	"caucus": true, "caucuses": true, "contest": true, "contests": true, "vote": true, "ballot": true,
	"poll": true, "polls": true, "nomination": true,
}

// contestsWon reads a contest won in places, and a contest called for a
// candidate:
//
//   - a verb of winning whose object is a contest and whose in-phrase
//     lists places, or whose place stands right before the contest:
//     subj —win_in→ each place ("After winning the Liberal Party's
//     primaries in Ohio and Iowa, Ann Lee" gives win_in Ohio and Iowa;
//     "won the Ohio primary"; a party's primaries or nomination won make
//     the winner its member);
//   - "called" a place, or a contest in places, for a candidate: the
//     caller calls it for the candidate (call_for), who won there, and
//     calls no place ("NBC called Nevada for Ann Lee").
func (d *docState) contestsWon(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if f.subj == nil || x.Attribution != "" || intention(s, x) {
		return
	}
	contest := raceNouns[lastWord(x.Object.Text)] && !strings.ContainsAny(x.Object.Text, "%0123456789") &&
		!strings.Contains(x.Object.Text, " of ") // "won 31% of the vote in Erewash", "won a share of the vote": no win
	places := func() []*mention {
		for _, a := range x.Extra {
			if prep, rest := splitPrep(a); prep == "in" && rest.Text != "" {
				if ps := d.listedPlaces(si, s, rest); ps != nil {
					return ps // not "in 2019"
				}
			}
		}
		// "won the Ohio primary", "the Norwegian election": the place
		// named right before the contest.
		if first, last := argTokens(s, x.Object); first >= 0 && last-1 > first {
			for _, m := range d.sents[si] {
				if m.end == last-1 && m.start >= first && m.ent != nil && isPlace(m.ent) && !m.possessive {
					return []*mention{m}
				}
			}
		}
		return nil
	}
	switch {
	case seatVerbs[verb] && (f.obj == nil || !actorEntity(f.obj)) && contest:
		for _, p := range places() {
			if p.ent != f.subj {
				d.derive(si, x.Subject, x.Relation+" "+x.Object.Text+" in", "win_in", f.subj, p.ent, "", x.Confidence*placeArgConf)
			}
		}
		if o := d.possessorOf(si, s, x.Object, func(w string) bool { return w == "primary" || w == "primaries" || w == "nomination" }); o != nil &&
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
