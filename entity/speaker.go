package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// firstPerson are the pronouns a quotation's speaker uses of himself;
// firstPlural those a speaking organisation uses of itself.
var (
	firstPerson = map[string]bool{"i": true, "me": true, "my": true, "mine": true, "myself": true}
	firstPlural = map[string]bool{"we": true, "us": true, "our": true, "ours": true, "ourselves": true}
	secondPers  = map[string]bool{"you": true, "your": true, "yours": true, "yourself": true}
)

// A quote is a quotation of a document: from token start of sentence
// from to token end (exclusive) of sentence to.
type quote struct {
	from, start, to, end int
}

// quoteMark returns +1 for an opening quotation mark, -1 for a closing one,
// 2 for a straight one that may be either, and 0 for any other token.
func quoteMark(t string) int {
	switch t {
	case "\"":
		return 2
	case "“", "``":
		return 1
	case "”", "''":
		return -1
	}
	return 0
}

// quotes returns the quotations of a document in order. A quotation left
// open at the end of a paragraph-like run is closed at the end of its last
// sentence.
func quotes(sents []nlp.Sentence) []quote {
	var out []quote
	open := false
	var q quote
	for si, s := range sents {
		for ti, t := range s.Tokens {
			k := quoteMark(t.Text)
			switch {
			case k == 0:
			case !open && k > 0:
				open, q = true, quote{from: si, start: ti + 1}
			case open && k != 1:
				q.to, q.end = si, ti
				out = append(out, q)
				open = false
			}
		}
		// A quotation runs over at most five sentences: past that a mark
		// was lost.
		if open && si-q.from >= 5 {
			q.to, q.end = si, len(s.Tokens)
			out = append(out, q)
			open = false
		}
	}
	if open {
		q.to, q.end = len(sents)-1, len(sents[len(sents)-1].Tokens)
		out = append(out, q)
	}
	return out
}

// speakers links the first-person pronouns inside each quotation to the
// quotation's speaker: "I" (me, my, myself) to the person or organisation,
// "we" (us, our) to an organisation, or to the body a person speaks for
// ([docState.side]). The speaker is the actor a reporting verb next to
// the quotation names ("..., said Tamm", "Tamm said: ...", "he added",
// [docState.speaker]); a quotation with none that opens the sentence right
// after the one where a spoken quotation closed goes on in its speaker's
// voice, one that opens the sentence right after one where an actor spoke
// or issued a statement is that actor's ([docState.statementBy]), and any
// other is left alone, as is one that names the person found for it
// ([docState.namedInside]). The new mentions join d.sents. A he or him inside
// a person's quotation that was taken for the speaker is resolved again
// ([docState.notSpeaker]).
func (d *docState) speakers(sents []nlp.Sentence, qs []quote) {
	var last *docEntity // the speaker of the quotation before, if it closed in the sentence before q
	for i, q := range qs {
		e := d.speaker(sents, q)
		if e != nil && d.namedInside(q, e) {
			e = nil // '"... my friend, Joe Biden. Today I endorse him," he said': "he" is not Biden
		}
		if e == nil && last != nil && q.start == 1 && q.from == qs[i-1].to+1 {
			e = last // "..., said Lund. "My players ...": a quotation that goes on
		}
		if e == nil && last != nil && joinedQuote(sents, qs[i-1], q) {
			e = last // 'Lund said "My players ..." and "We ...": the second goes on in the first's voice
		}
		if e == nil && q.start == 1 && q.from > 0 {
			e = d.statementBy(q.from-1, sents[q.from-1]) // "Lund issued a statement. "My players ...""
		}
		last = e
		if e == nil {
			continue
		}
		d.voiced = append(d.voiced, spoken{q, e})
		if e.typ == schema.Person {
			if s := d.side(e, q.from); s == nil || !d.linkSide(sents, q, e, s, false) {
				d.sideless = append(d.sideless, spoken{q, e})
			}
		}
		d.ownCountries(q, d.home(e, q.from))
		d.linkQuote(sents, q, e, func(_ int, toks []nlp.Token, ti int) bool {
			low := toks[ti].Lower()
			return firstPerson[low] || firstPlural[low] && (e.typ != schema.Person || weSpoke(toks, ti))
		})
		if e.typ == schema.Person {
			d.notSpeaker(q, e)
			if o := d.addressee(sents, q, e); o != nil {
				d.linkQuote(sents, q, o, words(func(low string) bool { return secondPers[low] }))
			}
		}
	}
}

// addressee returns the person that the reporting clause of quotation q,
// spoken by e, says it was spoken to: the name a verb of [toldVerbs] takes
// right after the quotation ('"I am glad to see you," Tom Wu told Ann
// Lee') or right before it ('Tom Wu told Ann Lee: "You ..."'), perhaps
// after a title; the "you" of the quotation is that person. It returns nil
// otherwise ("told reporters", "told the BBC").
func (d *docState) addressee(sents []nlp.Sentence, q quote, e *docEntity) *docEntity {
	in := func(si, a, b int) *docEntity {
		toks := sents[si].Tokens
		for k := a; k < b && k < len(toks); k++ {
			if !toldVerbs[toks[k].Lower()] {
				continue
			}
			for _, m := range d.sents[si] {
				if m.start > k && m.start <= k+4 && named(m) && m.ent != nil && m.ent != e && m.ent.typ == schema.Person &&
					!slices.ContainsFunc(toks[k+1:m.start], func(t nlp.Token) bool { return !isCap(t.Text) }) {
					return m.ent
				}
			}
			return nil
		}
		return nil
	}
	if o := in(q.to, q.end+1, q.end+12); o != nil {
		return o
	}
	if toks := sents[q.from].Tokens; q.start >= 2 && toks[q.start-2].Text == ":" {
		return in(q.from, max(0, q.start-10), q.start-1)
	}
	return nil
}

// linkSide links the "we" (us, our) of person e's quotation q to s, the
// side he speaks for ([docState.side]); but what "we" do to a foreign
// state or people ([docState.foreignTarget]) his sovereign state does,
// not his chamber or party: '"We abandoned the Kurds," said Senator Ann
// Lee'. The state may be one the report does not name, which the
// gazetteer makes the body part of ([docState.gazState]); such a state is
// made only when create is set (after the office facts, which a state
// named earlier would change); when it would be needed and create is not
// set, linkSide links nothing and reports false.
func (d *docState) linkSide(sents []nlp.Sentence, q quote, e, s *docEntity, create bool) bool {
	st := d.home(e, q.from)
	if !d.r.country(st) || !d.stateBody(s) {
		st = nil // a team's "we came to the United States" is the team's
	}
	name := ""
	switch {
	case st != nil:
		name = st.name
	case s.typ == schema.Organization && s.gaz != nil && d.r.sovereign(d.r.g.entries[normKey(s.gaz.of)]):
		name = d.r.g.entries[normKey(s.gaz.of)].name
		st = d.byKey[normKey(name)]
	}
	abroad := map[[2]int]bool{} // decided before any link, which adds mentions
	for si := q.from; si <= q.to && name != ""; si++ {
		for ti, t := range sents[si].Tokens {
			if firstPlural[t.Lower()] && inQuotes([]quote{q}, si, ti) && d.foreignTarget(si, ti, name) {
				abroad[[2]int{si, ti}] = true
			}
		}
	}
	if len(abroad) > 0 && st == nil {
		if !create {
			return false
		}
		st = d.gazState(s, true)
	}
	if st == nil || st == s || len(abroad) == 0 {
		d.linkQuote(sents, q, s, sideWe)
		return true
	}
	d.linkQuote(sents, q, st, func(si int, toks []nlp.Token, ti int) bool {
		return sideWe(si, toks, ti) && abroad[[2]int{si, ti}]
	})
	d.linkQuote(sents, q, s, func(si int, toks []nlp.Token, ti int) bool {
		return sideWe(si, toks, ti) && !abroad[[2]int{si, ti}]
	})
	return true
}

// stateBody reports whether s is a body the gazetteer makes part of a
// state (its chamber, its ministry) or a party, whose "we" acts abroad
// for the state; not a team or a company, even one the report makes
// part of its state ("the Afghan team").
func (d *docState) stateBody(s *docEntity) bool {
	return partyEntity(s) || s.gaz != nil && s.gaz.of != ""
}

// sideWe tests a person's "we" (us, our) that speaks for his side
// ([docState.side]): any but the "we" of [weSpoke].
func sideWe(_ int, toks []nlp.Token, ti int) bool {
	return firstPlural[toks[ti].Lower()] && !weSpoke(toks, ti)
}

// foreignTarget reports whether the first actor that the "we" or "our" at
// token ti of sentence si acts on, within six words of its clause ("we
// abandoned them", "we have let down the Kurds", "our fight against
// ISIS"), is foreign to the state named state: another sovereign state,
// or a people ([docState.people]) not of the state. Bodies and people of
// no state named are not: "we sued Halvik", "we told the president".
func (d *docState) foreignTarget(si, ti int, state string) bool {
	toks := d.input[si].Tokens
	for _, m := range d.sents[si] {
		if m.start <= ti || m.kind == mPronoun && (firstPlural[m.pron] || firstPerson[m.pron]) {
			continue
		}
		if m.start > ti+6 || m.ent == nil {
			return false
		}
		for _, t := range toks[ti+1 : m.start] {
			switch {
			case strings.HasPrefix(t.Tag, "VB"), strings.HasPrefix(t.Tag, "RB"), strings.HasPrefix(t.Tag, "JJ"),
				t.Tag == "MD", t.Tag == "RP", t.Tag == "DT", t.Tag == "TO", t.Tag == "NN", t.Tag == "NNS",
				t.Tag == "IN" && t.Lower() != "that" && t.Lower() != "because" && t.Lower() != "if":
			default:
				return false
			}
		}
		o := m.ent
		switch {
		case normKey(o.name) == normKey(state):
			return false
		case d.r.country(o):
			return true
		case d.people(o) && o.members == nil:
			home := d.r.g.demonyms[normKey(strings.TrimSuffix(o.name, "s"))] // "Americans"
			if o.country != nil {
				home = o.country.name
			}
			return normKey(home) != normKey(state)
		}
		return false
	}
	return false
}

// weSpokeVerbs are the verbs by which "we" address an actor in person:
// told, asked, urged, warned, pleaded with, called on, convinced.
var weSpokeVerbs = map[string]bool{
	"told": true, "tell": true, "asked": true, "ask": true, "urged": true, "urge": true,
	"warned": true, "warn": true, "pleaded": true, "begged": true, "implored": true,
	"assured": true, "informed": true, "reminded": true, "pressed": true, "called": true,
	"appealed": true, "wrote": true, "made": true, "convinced": true, "persuaded": true, "lobbied": true,
	"advised": true, "briefed": true,
}

// weSpoke reports whether token ti of toks is a "we" that is the subject
// of a verb of [weSpokeVerbs], perhaps after an adverb or two or "have"
// ("we told the president", "we have once again asked him", "We made
// that clear to the president", "we made a plea to"): the quotation's
// speaker took part in what he tells, so the act is his own, as the
// guide credits it, not his party's or body's. "made" counts only with
// "clear to" or "a plea to" (an appeal, a case) after it.
func weSpoke(toks []nlp.Token, ti int) bool {
	if toks[ti].Lower() != "we" {
		return false
	}
	k := ti + 1
	for n := 0; k < len(toks) && n < 3; k, n = k+1, n+1 {
		w := toks[k].Lower()
		if !strings.HasPrefix(toks[k].Tag, "RB") && w != "have" && w != "'ve" && w != "had" {
			break
		}
	}
	if k >= len(toks) || !weSpokeVerbs[toks[k].Lower()] || toks[k].Lower() == "made" && !madeToActor(toks, k) {
		return false
	}
	return toks[k].Lower() != "called" || k+1 < len(toks) && toks[k+1].Lower() == "on"
}

// madeToActor reports whether the "made" at toks[k] makes something clear
// to or a plea, appeal or case to someone: "made that clear to",
// "made it very clear to", "made a plea to", "made our case to".
func madeToActor(toks []nlp.Token, k int) bool {
	for i := k + 1; i < len(toks) && i <= k+4; i++ {
		switch toks[i].Lower() {
		case "clear", "plea", "appeal", "case", "request":
			return i+1 < len(toks) && toks[i+1].Lower() == "to"
		}
	}
	return false
}

// ownActs reads again the acts named by nouns ([docState.nominalFacts]) of
// each sentence where a speaker's possessive ("our", "my") was linked
// only now, by the quotations' speakers: '"The Kurds were instrumental in
// our fight against ISIS," said US envoy Tom Wu' gives the United States
// fight ISIS, as "the US fight against ISIS" would.
func (d *docState) ownActs(sents []nlp.Sentence) {
	for si, ms := range d.sents {
		if slices.ContainsFunc(ms, func(m *mention) bool {
			return m.kind == mPronoun && m.possessive && m.ent != nil && (firstPlural[m.pron] || firstPerson[m.pron])
		}) {
			d.nominalFacts(si, sents[si], ms)
		}
	}
}

// A spoken quotation is a quotation and its speaker.
type spoken struct {
	q quote
	e *docEntity
}

// lateSides links the "we" of each quotation whose speaker had no side
// when the quotations were read to the side that the facts give him now
// ([docState.side]): a role stated by a sentence's own extraction ("Per
// Lund is the chief executive of Halvik Holdings. ... "We sued Fjord
// Airlines," Lund said.") is known only after the quotations were read.
// It reads again the extractions (readings[si] of sentence si) whose
// subject or object is such a "we", or opens with such an "our" ("attacked
// our troops").
func (d *docState) lateSides(sents []nlp.Sentence, readings [][]schema.Extraction) {
	for _, p := range d.sideless {
		s := d.side(p.e, p.q.from)
		if s == nil {
			continue
		}
		d.linkSide(sents, p.q, p.e, s, true)
		for si := p.q.from; si <= p.q.to && si < len(readings); si++ {
			d.xs = readings[si]
			for _, x := range readings[si] {
				a, b := strings.ToLower(strings.TrimSpace(x.Subject.Text)), strings.ToLower(strings.TrimSpace(x.Object.Text))
				if (firstPlural[a] || firstPlural[b] || strings.HasPrefix(a, "our ") || strings.HasPrefix(b, "our ")) && !firstPerson[a] && !firstPerson[b] {
					d.extraction(si, sents[si], x) // not "we lose I": the speaker and his own side; "attacked our troops" too
				}
			}
		}
	}
}

// home returns the state speaker e speaks of as "our country" in a
// quotation that opens in sentence si: e itself when it is a state, else
// the state it speaks for ([docState.side]) or serves ("Ukrainian foreign
// minister Ivan Petrenko"), else the state the facts say it is from ("Bo
// Chen, a Norwegian teacher"), or nil.
func (d *docState) home(e *docEntity, si int) *docEntity {
	if e.typ == schema.GPE {
		return e
	}
	if e.typ != schema.Person {
		return nil
	}
	if s := d.side(e, si); s != nil && s.typ == schema.GPE {
		return s
	} else if s != nil && s.country != nil && s.country.typ == schema.GPE {
		return s.country
	} else if s != nil {
		if st := d.stateOfBody(s); st != nil {
			return st // "a spokesman for the Norwegian government"
		}
		if st := d.gazState(s, false); st != nil {
			return st // "Senator Ann Lee": the US Senate's
		}
	}
	if e.country != nil && e.country.typ == schema.GPE {
		return e.country
	}
	for _, f := range d.facts {
		if f.subj == e && f.Lemma == schema.From && f.obj != nil && f.obj.typ == schema.GPE && !f.Negated {
			return f.obj // "said Bo Chen, a Norwegian teacher"
		}
	}
	return nil
}

// gazState returns the sovereign state that the gazetteer makes body b
// part of (the US Senate of the United States), or nil; one the document
// does not name is made only when create is set.
func (d *docState) gazState(b *docEntity, create bool) *docEntity {
	if b.gaz == nil || b.gaz.of == "" {
		return nil
	}
	g := d.r.g.entries[normKey(b.gaz.of)]
	switch {
	case !d.r.sovereign(g):
		return nil
	case create:
		return d.partEntity(g.name)
	}
	return d.byKey[normKey(g.name)]
}

// stateOfBody returns the state the facts so far make body b part of
// ("Norwegian government" part_of Norway), or nil.
func (d *docState) stateOfBody(b *docEntity) *docEntity {
	for _, f := range d.facts {
		if f.subj == b && f.Lemma == schema.PartOf && f.obj != nil && f.obj.typ == schema.GPE && !f.Negated {
			return f.obj
		}
	}
	return nil
}

// ownCountries makes each "our country" or "my nation" of quotation q
// ([ownCountry]) a mention of the speaker's state, when it is known, and
// each "our prime minister" ([ownHolder]) one of the person who holds
// that title for the state ([docState.holder]).
func (d *docState) ownCountries(q quote, state *docEntity) {
	if state == nil {
		return
	}
	for si := q.from; si <= q.to; si++ {
		for _, m := range d.sents[si] {
			if m.ent != nil || !inQuotes([]quote{q}, si, m.start) {
				continue
			}
			switch {
			case ownCountry(m):
				m.ent = state
			case ownHolder(m):
				m.ent = d.holder(m.head, state, q.from)
			}
			if m.ent != nil {
				m.ent.n++
				m.ent.mentions[si] = true
			}
		}
	}
}

// ownHolder reports whether m is a description of an office holder by
// its speaker: "our prime minister" ([Resolver.ownTitle]).
func ownHolder(m *mention) bool {
	return m.kind == mDesc && placeDescs.at(m.head) == 0 && strings.HasPrefix(strings.ToLower(m.surface), "our ")
}

// holder returns the one person the document has given title t (lower
// case) who serves state ([docState.home], as of sentence si), else the
// one whose state is not known yet (the facts that give "Prime Minister
// Ann Lee" her state come after the quotations are read), or nil when
// none or two do.
func (d *docState) holder(t string, state *docEntity, si int) *docEntity {
	var serves, unknown []*docEntity
	for _, e := range d.ents {
		if e.typ != schema.Person || !e.desc[t] {
			continue
		}
		switch d.home(e, si) {
		case state:
			serves = append(serves, e)
		case nil:
			unknown = append(unknown, e)
		}
	}
	switch {
	case len(serves) == 1:
		return serves[0]
	case len(serves) == 0 && len(unknown) == 1:
		return unknown[0]
	}
	return nil
}

// ownCountry reports whether m is a description of a state by its
// speaker: "our country", "my nation".
func ownCountry(m *mention) bool {
	if m.kind != mDesc || placeDescs.at(m.head) != aCountry {
		return false
	}
	w, _, _ := strings.Cut(strings.ToLower(m.surface), " ")
	return w == "our" || w == "my"
}

// inQuotes reports whether token ti of sentence si lies inside one of the
// quotations qs.
func inQuotes(qs []quote, si, ti int) bool {
	for _, q := range qs {
		after := si > q.from || si == q.from && ti >= q.start
		before := si < q.to || si == q.to && ti < q.end
		if after && before {
			return true
		}
	}
	return false
}

// joinedQuote reports whether quotation q follows quotation p in the same
// sentence with only "and" (or a comma) between them: 'said "..." and
// "..."', two pieces of one report.
func joinedQuote(sents []nlp.Sentence, p, q quote) bool {
	if p.to != q.from || q.start < p.end+2 {
		return false
	}
	between := sents[q.from].Tokens[p.end+1 : q.start-1]
	and := false
	for _, t := range between {
		switch t.Lower() {
		case "and":
			and = true
		case ",":
		default:
			return false
		}
	}
	return and
}

// quoteSpeaker returns the speaker of the quotation that holds token ti of
// sentence si, or nil: the speaker of '"Norway has broken the truce. It
// must go," Ann Lee said' for a fact of its first sentence, whose
// extraction names no source.
func (d *docState) quoteSpeaker(si, ti int) *docEntity {
	for _, p := range d.voiced {
		if inQuotes([]quote{p.q}, si, ti) {
			return p.e
		}
	}
	return nil
}

// notSpeaker resolves again each he or she (him, his, her, himself) of
// quotation q that was taken for its speaker e, who calls himself "I":
// in '"I approached him outside. He punched me," said Mr. Bao', "him" and
// "he" are someone Bao speaks of. Such a pronoun takes the nearest other
// actor that fits, or none; a reflexive after it the actor of its clause
// again ("he set himself up").
func (d *docState) notSpeaker(q quote, e *docEntity) {
	for si := q.from; si <= q.to; si++ {
		a, b := 0, len(d.input[si].Tokens)
		if si == q.from {
			a = q.start
		}
		if si == q.to {
			b = q.end
		}
		cur := d.sents[si]
		for _, m := range cur {
			if m.kind != mPronoun || m.ent != e || m.start < a || m.end > b || !gendered[m.pron] {
				continue
			}
			other := func(likely bool) func(*docEntity) bool {
				ok := compatible(m.pron, likely)
				return func(x *docEntity) bool { return x != e && ok(x) && !d.theOnly(x) }
			}
			x := d.antecedent(si, m, cur, other(true))
			if x == nil {
				x = d.antecedent(si, m, cur, other(false))
			}
			m.ent = x
			if x != nil {
				x.mentions[si] = true
			}
		}
	}
}

// statementVerbs are the verbs by which an actor puts out a statement.
var statementVerbs = map[string]bool{
	"issued": true, "released": true, "published": true, "made": true, "gave": true, "sent": true,
	"issues": true, "releases": true, "publishes": true, "put": true, "posted": true,
	"delivered": true, "held": true, "gives": true, "holds": true,
}

// spokeVerbs are verbs of speaking that report no words of their own
// ("Lee spoke to reporters."): a quotation may follow in the next sentence.
var spokeVerbs = map[string]bool{
	"spoke": true, "speaks": true, "speaking": true, "addressed": true, "addresses": true,
}

// spokenNouns are what an actor gives or holds to speak, besides
// [statementNouns]: "gave a speech", "held a news conference".
var spokenNouns = map[string]bool{
	"statements": true, "speech": true, "conference": true, "briefing": true, "address": true,
}

// statementBy returns the person or organisation that sentence si says
// spoke: the subject of its first verb of speaking, a reporting verb
// ("Lee told reporters on Monday she would appeal", [quoting]), one of
// [spokeVerbs], or a verb of [statementVerbs] whose object, within four
// tokens, is a statement, a speech or a news conference ("Senator Ann Lee,
// a Democrat, issued a statement on the closure", "The ministry released
// a short statement", "Lee held a news conference"); or nil. A quotation
// that opens the next sentence with no speaker of its own is that actor's.
func (d *docState) statementBy(si int, s nlp.Sentence) *docEntity {
	toks := s.Tokens
	for v, t := range toks {
		if quoteMark(t.Text) != 0 {
			return nil // a quotation of its own: its speaker goes on, or not
		}
		low := t.Lower()
		stated := quoting(low) || spokeVerbs[low]
		for k := v + 1; statementVerbs[low] && k < len(toks) && k <= v+4; k++ {
			if w := toks[k].Lower(); statementNouns[w] || spokenNouns[w] {
				stated = true
				break
			}
		}
		if !stated || !strings.HasPrefix(t.Tag, "VB") {
			continue
		}
		if e := d.appositiveSubject(si, s, v); e != nil {
			return e
		}
		for _, m := range d.sents[si] {
			if m.end == v && m.ent != nil && !m.adj && !m.possessive &&
				(m.ent.typ == schema.Person || m.ent.typ == schema.Organization) {
				return m.ent
			}
		}
		return nil
	}
	return nil
}

// linkQuote makes each pronoun of quotation q for which ok holds a mention
// of e.
func (d *docState) linkQuote(sents []nlp.Sentence, q quote, e *docEntity, ok pronounTest) {
	for si := q.from; si <= q.to; si++ {
		a, b := 0, len(sents[si].Tokens)
		if si == q.from {
			a = q.start
		}
		if si == q.to {
			b = q.end
		}
		d.linkPronouns(si, sents[si], a, b, e, ok)
	}
}

// side returns the body that person e speaks for when he says "we" in a
// quotation that opens in sentence si: the state or organisation the
// document says he leads, works for or belongs to ("Tom Wu, the
// State Department's spokesman", "Malaysia's Prime Minister Najib Razak",
// "Labour MP Ann Ray"), the one stated nearest before si (or else the
// first one stated after it), else the state of his title ("Estonian
// Defence Minister Mart Tamm"), else nil: a person's "we" with no such
// body named is his family, his team or his colleagues, not an actor of
// the document.
func (d *docState) side(e *docEntity, si int) *docEntity {
	var before, after *docEntity
	for _, f := range d.facts {
		if f.subj != e || f.obj == nil || f.obj == e || f.Negated {
			continue
		}
		switch f.Lemma {
		case schema.Lead, schema.WorkFor, schema.MemberOf:
		default:
			continue
		}
		if t := f.obj.typ; t != schema.Organization && t != schema.GPE && !forceBody(f.obj) {
			continue
		}
		if f.Sentence <= si {
			before = f.obj
		} else if after == nil {
			after = f.obj
		}
	}
	switch {
	case before != nil:
		return before
	case after != nil:
		return after
	}
	return e.country
}

// forceBody reports whether e is a group named as a state's armed or
// security force as a whole ("Kenyan army", "Somali military"), which
// speaks and acts as a body does.
func forceBody(e *docEntity) bool {
	return e.typ == schema.Group && e.members == nil && forceGroup(e.name)
}

// A pronounTest reports whether token ti of toks, sentence si, is a
// pronoun to link.
type pronounTest func(si int, toks []nlp.Token, ti int) bool

// words makes a pronounTest of a test of the pronoun's lower-case form.
func words(ok func(string) bool) pronounTest {
	return func(_ int, toks []nlp.Token, ti int) bool { return ok(toks[ti].Lower()) }
}

// linkPronouns makes each pronoun in tokens [a, b) of sentence si for
// which ok holds a mention of e, but for the "you" of a filler ("you know",
// "you see"), which addresses no one.
func (d *docState) linkPronouns(si int, s nlp.Sentence, a, b int, e *docEntity, ok pronounTest) {
	for ti := a; ti < b; ti++ {
		t := s.Tokens[ti]
		low := t.Lower()
		if !ok(si, s.Tokens, ti) || !strings.HasPrefix(t.Tag, "PRP") || filler(s.Tokens, ti) {
			continue
		}
		m := &mention{kind: mPronoun, start: ti, end: ti + 1, surface: t.Text, pron: low, ent: e, conf: 0.8,
			possessive: t.Tag == "PRP$"}
		d.insert(si, m)
		e.mentions[si] = true
	}
}

// fillerVerbs make fillers after "you": "you know", "you see".
var fillerVerbs = map[string]bool{"know": true, "see": true}

// filler reports whether token i of toks is the "you" of a filler
// ("because you know it was late"; "you see, we had no money"), not of a
// question ("Do you know him?").
func filler(toks []nlp.Token, i int) bool {
	return toks[i].Lower() == "you" && i+1 < len(toks) && fillerVerbs[toks[i+1].Lower()] && toks[len(toks)-1].Text != "?"
}

// speaker returns the actor that speaks quotation q: the subject or object
// of a reporting verb just after its end in the same sentence ("...," said
// Tamm; "...," Tamm said), else of one just before its start ("Tamm said:
// ..."), else the subject of the clause that leads into it ("Tamm spoke
// to reporters on Monday: ...", [docState.clauseSpeaker]), or nil. The words before its start are read from the end of the
// quotation before, if one closes there: in '"...," said Tamm, "I ..."'
// the second quotation is Tamm's too.
func (d *docState) speaker(sents []nlp.Sentence, q quote) *docEntity {
	s := sents[q.to]
	// Eleven words reach the verb past a description and a name ("...,"
	// the company's chief executive Per Lund said), fourteen past a
	// place phrase before them too ('..." in the Lower Tana region,
	// Kenyan military officer Tom Wu told Reuters').
	if e := d.saidBy(q.to, s, q.end+1, min(len(s.Tokens), q.end+15), false); e != nil {
		return e
	}
	if e := d.saidPast(q.to, s, q.end+1, min(len(s.Tokens), q.end+24)); e != nil {
		return e
	}
	if e := d.statementRead(sents, q); e != nil {
		return e
	}
	if n := q.to + 1; q.end == len(s.Tokens)-1 && n < len(sents) && len(sents[n].Tokens) <= 10 {
		// '"... He lied to me." Ann Lee said on Monday.': the reporting
		// clause, split off as a short sentence of its own.
		if e := d.saidBy(n, sents[n], 0, len(sents[n].Tokens), false); e != nil {
			return e
		}
	}
	s = sents[q.from]
	a, subject := frameBefore(s, q)
	if e := d.saidBy(q.from, s, a, q.start-1, subject); e != nil {
		return e
	}
	if e := d.sayingBy(q.from, s, a, q.start-1); e != nil {
		return e
	}
	if e := d.clauseSpeaker(sents, q); e != nil {
		return e
	}
	return d.documentSpeaker(sents, q)
}

// frameBefore returns where the reporting clause before quotation q may
// start in s, the sentence it opens in: ten tokens back, or after a
// quotation mark closer. subject reports whether the quotation runs into
// that clause ('Wu said Lund "walked in"', no comma or colon before it),
// so that it is the subject's words.
func frameBefore(s nlp.Sentence, q quote) (a int, subject bool) {
	a = max(0, q.start-10)
	for k := q.start - 2; k >= a; k-- {
		if quoteMark(s.Tokens[k].Text) != 0 {
			a = k + 1
			break
		}
	}
	subject = q.start < 2 || s.Tokens[q.start-2].Text != "," && s.Tokens[q.start-2].Text != ":"
	return a, subject
}

// sayingVerbs are participles that report a quotation for the subject of
// their clause: 'Taricani defended his action, saying: "I ..."'.
var sayingVerbs = map[string]bool{
	"saying": true, "stating": true, "adding": true, "noting": true, "explaining": true,
	"insisting": true, "declaring": true, "arguing": true, "warning": true, "writing": true,
	"telling": true, "recalling": true, "claiming": true, "replying": true, "responding": true,
	"answering": true, "asserting": true, "stressing": true, "announcing": true, "commenting": true,
}

// sayingBy returns the subject of the clause that a participle of
// [sayingVerbs] after a comma in tokens [a, b) of sentence si reports for
// (the first person or organisation before it that is a subject, in
// "Secretary of Health Tommy Thompson announced his departure, stating,
// ..." Tommy Thompson), or nil.
func (d *docState) sayingBy(si int, s nlp.Sentence, a, b int) *docEntity {
	v := -1
	for i := max(a, 1); i < b; i++ {
		if quoteMark(s.Tokens[i].Text) != 0 {
			return nil
		}
		if sayingVerbs[s.Tokens[i].Lower()] && s.Tokens[i-1].Text == "," {
			v = i
			break
		}
	}
	if v < 0 {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.end > v {
			break
		}
		if m.ent != nil && !m.adj && !m.possessive && (m.ent.typ == schema.Person || m.ent.typ == schema.Organization) && d.subject(si, m) {
			return m.ent
		}
	}
	return nil
}

// quotingVerbs report a quotation next to them, besides [saidVerbs] (which
// other rules read too): '"...," Tamm explained', 'replied Tamm: "..."'.
var quotingVerbs = map[string]bool{
	"replied": true, "replies": true, "responded": true, "responds": true, "answered": true,
	"explained": true, "explains": true, "noted": true, "notes": true, "admitted": true, "admits": true,
	"conceded": true, "concedes": true, "acknowledged": true, "remarked": true, "observed": true,
	"commented": true, "countered": true, "retorted": true, "continued": true, "adds": true,
	"declared": true, "declares": true, "announced": true, "announces": true, "claimed": true, "claims": true,
	"complained": true, "tweeted": true, "writes": true, "cautioned": true, "stressed": true,
	"emphasised": true, "emphasized": true, "maintained": true, "predicted": true, "vowed": true,
	"quoted": true,
}

// quoting reports whether word w (lower case) reports a quotation next to
// it: one of [saidVerbs] or [quotingVerbs].
func quoting(w string) bool { return saidVerbs[w] || quotingVerbs[w] }

// toldVerbs are the reporting verbs of [saidVerbs] whose object is the
// one spoken to ("Tamm told the Courier", "warned reporters"), so that
// the speaker is the name before them.
var toldVerbs = map[string]bool{"told": true, "tells": true, "warned": true, "wrote": true}

// saidBy returns the actor next to a reporting verb in tokens [a, b) of
// sentence si, outside quotations (or after "according to"): the nearest
// person or organisation mention within three tokens of the verb, after it first ("...," said
// Tamm) unless the verb is one of [toldVerbs], or nil.
func (d *docState) saidBy(si int, s nlp.Sentence, a, b int, subject bool) *docEntity {
	v := -1
	for i := a; i < b; i++ {
		if quoteMark(s.Tokens[i].Text) != 0 && i > a {
			break
		}
		if quoting(s.Tokens[i].Lower()) {
			v = i
			break
		}
		if s.Tokens[i].Lower() == "according" && i+1 < b && s.Tokens[i+1].Lower() == "to" {
			v = i + 1 // "..., according to Tamm."
			break
		}
	}
	if v < 0 {
		return nil
	}
	if e := d.appositiveSubject(si, s, v); e != nil {
		return e // "Ann Lee, the chief executive of Nordvik, said: ..."
	}
	var before, after *mention
	for _, m := range d.sents[si] {
		if m.ent == nil || m.adj || m.ent.typ != schema.Person && m.ent.typ != schema.Organization && !forceBody(m.ent) {
			continue // "the Kenyan army said": a state's force speaks as a body
		}
		if m.start > v && m.start < b && after == nil && ((m.start <= v+3 || allCap(s.Tokens[v+1:m.start])) && !prepBetween(s.Tokens, v+1, m.start) || titleRun(s.Tokens[v+1:m.start])) {
			after = m // not "said of Lund", "told to Lund"; "said Norwegian Prime Minister Ann Lee"
		}
		if m.end <= v && m.end >= v-3 && m.start >= a {
			before = m
		}
	}
	if before != nil && (subject || toldVerbs[s.Tokens[v].Lower()]) {
		return before.ent // "...," Tamm told the Courier.
	}
	if before == nil && after != nil && toldUnnamed(s.Tokens, a, v) {
		return d.spokesBody(si, s, v) // 'One woman told Reuters, "..."': the one told is no speaker
	}
	switch {
	case after != nil:
		return after.ent
	case before != nil:
		return before.ent
	}
	return d.spokesBody(si, s, v)
}

// toldUnnamed reports whether the reporting verb at v, "told" or "tells",
// follows a subject of lower-case words inside [a, v) ("One woman told
// Reuters", "a villager told the BBC"): its object is the one spoken to,
// and the speaker is no actor.
func toldUnnamed(toks []nlp.Token, a, v int) bool {
	if w := toks[v].Lower(); w != "told" && w != "tells" || v-1 < a {
		return false
	}
	p := toks[v-1]
	return strings.HasPrefix(p.Tag, "NN") && !isCap(p.Text)
}

// spokesBody returns the organisation whose unnamed spokesperson speaks
// at reporting verb v of sentence si: a description noun right before
// "spokesman" (spokeswoman, spokesperson) within three tokens of the verb
// ('"...," a company spokesman said', 'a ministry spokeswoman told
// reporters') names the latest organisation it describes
// ([docState.described]), or nil.
func (d *docState) spokesBody(si int, s nlp.Sentence, v int) *docEntity {
	toks := s.Tokens
	for k := max(1, v-3); k < len(toks) && k <= v+4; k++ {
		if !spokesNouns[toks[k].Lower()] {
			continue
		}
		w := toks[k-1].Text
		if isCap(w) || !strings.HasPrefix(toks[k-1].Tag, "NN") || !d.r.descNouns[w] {
			return nil
		}
		if org := d.describedAt(si, d.sents[si], k-1); org != nil && org.typ == schema.Organization {
			return org
		}
		return nil
	}
	return nil
}

// theOnly reports whether the document names person e only after "the"
// ("The Swede reached the last four"): a description of someone named
// otherwise, whom the recogniser took for a name, and no antecedent for a
// pronoun taken off a speaker.
func (d *docState) theOnly(e *docEntity) bool {
	for si, ms := range d.sents {
		for _, m := range ms {
			if m.ent == e && named(m) && (m.start == 0 || d.input[si].Tokens[m.start-1].Lower() != "the") {
				return false
			}
		}
	}
	return true
}

// saidPast returns the speaker named before an apposition that ends right
// before a reporting verb in tokens [a, b) of sentence si ('"...," Ann
// Lee, the mayor of Oslo, told reporters': [docState.appositiveSubject]),
// or nil: the verb may stand further from the quotation than
// [docState.saidBy] looks.
func (d *docState) saidPast(si int, s nlp.Sentence, a, b int) *docEntity {
	for i := a; i < b; i++ {
		t := s.Tokens[i]
		if quoteMark(t.Text) != 0 && i > a {
			return nil
		}
		if quoting(t.Lower()) {
			return d.appositiveSubject(si, s, i)
		}
	}
	return nil
}

// prepBetween reports whether a preposition is among toks[a:b].
func prepBetween(toks []nlp.Token, a, b int) bool {
	for _, t := range toks[a:b] {
		if t.Tag == "IN" || t.Tag == "TO" {
			return true
		}
	}
	return false
}

// appositiveSubject returns the actor named before an apposition that
// ends, with its comma, right before the reporting verb at token v of
// sentence si ("Ann Lee, the chief executive of Nordvik Shipping, said",
// "Per Lund, 54, a lawyer, told reporters"), so that the name that ends
// the apposition is not taken for the speaker. The apposition holds no
// verb and no quotation mark. It returns nil otherwise.
func (d *docState) appositiveSubject(si int, s nlp.Sentence, v int) *docEntity {
	toks := s.Tokens
	if v < 3 || toks[v-1].Text != "," {
		return nil
	}
	for k := v - 2; k > 0 && k >= v-30; k-- {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBN" || t.Tag == "MD" || quoteMark(t.Text) != 0 {
			return nil
		}
		if t.Text != "," || k == v-2 {
			continue
		}
		// The comma that opens the apposition, or one inside it ("Per
		// Lund, 54, a lawyer,"): the speaker's name ends right before it.
		for _, m := range d.sents[si] {
			if m.end == k && m.ent != nil && !m.adj && !m.possessive &&
				(m.ent.typ == schema.Person || m.ent.typ == schema.Organization) {
				if m.start > 0 && toks[m.start-1].Tag == "IN" {
					break // "Anderson Cooper, of CNN, one of ...": the object of a phrase set off
				}
				return m.ent
			}
		}
	}
	return nil
}
