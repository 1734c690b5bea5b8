package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/ner"
	"github.com/kg-project/kg/schema"
)

// turns links "I" (me, my, myself) and "you" (but for a filler: "you
// know") outside quotations in a transcript to the person who has the
// floor (the bench asks counsel, "And you brought an action against Tom
// Wu."; counsel answers), from the sentence that gives it to the
// next such sentence: a sentence that is only a person's name with a title
// or given name ("General Prelogar.", "Miss Rosenthal?": a court's
// presiding judge calls the next counsel), or one in which a speaker names
// himself ("My name is Amy Sells."), or a speaker's label of a title alone
// ("THE VICE PRESIDENT:", [docState.titleLabel]). Before the first, "I" is
// left alone.
//
// A sentence that opens by calling a person ("Mr. Wasserstrom, you're not
// challenging ...") gives that person the floor too, from the next
// sentence on; in it, "you" is the person called and "I" still the one
// who calls ([docState.vocative]).
func (d *docState) turns(sents []nlp.Sentence, qs []quote) {
	var e *docEntity
	at := make([]*docEntity, len(sents))
	called := make([]*docEntity, len(sents))
	for si, s := range sents {
		if c := d.floor(si, s); c != nil {
			e = c
		}
		at[si] = e
		if c := d.vocative(si, s); c != nil {
			called[si], e = c, c
		}
	}
	outsideQuotes(sents, qs, func(si, a, b int) {
		addressed := true // "you" is the one who has the floor
		if c := called[si]; c != nil {
			d.linkPronouns(si, sents[si], a, b, c, words(func(low string) bool { return secondPers[low] }))
			addressed = false
		}
		if at[si] == nil {
			return
		}
		d.linkPronouns(si, sents[si], a, b, at[si], words(func(low string) bool { return firstPerson[low] || addressed && secondPers[low] }))
	})
}

// vocative returns the person sentence si opens by calling: a person's
// name after a title ("Mr. Wasserstrom", "Justice Kagan") at its start,
// then a comma and "you" or "your", or nil.
func (d *docState) vocative(si int, s nlp.Sentence) *docEntity {
	toks := s.Tokens
	for _, m := range d.sents[si] {
		if m.start > 3 {
			break
		}
		if slices.ContainsFunc(toks[:m.start], func(t nlp.Token) bool { return !isCap(t.Text) }) ||
			m.ent == nil || m.ent.typ != schema.Person || len(m.titles) == 0 || m.end+1 >= len(toks) ||
			toks[m.end].Text != "," || !secondPers[toks[m.end+1].Lower()] {
			continue
		}
		return m.ent
	}
	return nil
}

// floor returns the person sentence si gives the floor to ([docState.turns]),
// or nil.
func (d *docState) floor(si int, s nlp.Sentence) *docEntity {
	toks := s.Tokens
	n := len(toks)
	if e := d.titleLabel(toks); e != nil {
		return e
	}
	if n < 3 || n > 8 {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		switch {
		case n > 4 && strings.EqualFold(toks[0].Text, "my") && toks[1].Text == "name" && toks[2].Text == "is" &&
			m.start == 3 && m.end >= n-1:
			return m.ent
		case m.end == n-1 && (toks[n-1].Text == "." || toks[n-1].Text == "?") && n <= 5 &&
			!slices.ContainsFunc(toks[:n-1], func(t nlp.Token) bool { return !isCap(t.Text) }):
			return m.ent
		}
	}
	return nil
}

// titleLabel returns the person a transcript's speaker label names by
// title alone ("THE PRESIDENT:", "THE VICE PRESIDENT:"): a line of
// upper-case words after "THE", ending in a colon, whose words are the
// whole of a title the document gave one person ("President Ann Lee" has
// "president", "Vice President Joe Marsh" "vice president", not
// "president"), or nil.
func (d *docState) titleLabel(toks []nlp.Token) *docEntity {
	n := len(toks)
	if n < 3 || n > 6 || toks[n-1].Text != ":" || toks[0].Text != "THE" {
		return nil
	}
	var words []string
	for _, t := range toks[1 : n-1] {
		if strings.ToUpper(t.Text) != t.Text || !isCap(t.Text) {
			return nil
		}
		words = append(words, t.Lower())
	}
	title := strings.Join(words, " ")
	var found *docEntity
	for _, e := range d.ents {
		if e.typ != schema.Person || !e.desc[title] {
			continue
		}
		longer := false
		for w := range e.desc {
			longer = longer || strings.HasSuffix(w, " "+title)
		}
		if longer {
			continue
		}
		if found != nil {
			return nil // two presidents
		}
		found = e
	}
	return found
}

// interview links "I", and "you" in questions, outside quotations to the
// person a document interviews, whose answers make up the text (when it
// interviews two or more named together in its headline, "we" outside
// quotations goes to the group they make, and "I" to no one): the one
// person of two words or more its first sentence names
// ([docState.interviewee]), when that sentence says "interview"
// ("Wikinews interviews Christopher Hill, U.S. Republican Party
// presidential candidate") or the text outside quotations says I or you at
// least [interviewPronouns] times and the headline names a person whose
// gender is known ("Biologist Nick Bos tells Wikinews about ..."), or, with
// as many pronouns, one of the first sentences says the writer
// interviewed or spoke with the person ([docState.introducedInterviewee]).
// A document that interviews two people is left alone. It reports whether
// the document is an interview.
func (d *docState) interview(sents []nlp.Sentence, qs []quote) bool {
	if len(sents) == 0 {
		return false
	}
	e := d.interviewee(sents[0])
	said := slices.ContainsFunc(sents[0].Tokens, func(t nlp.Token) bool {
		return strings.HasPrefix(t.Lower(), "interview")
	})
	introduced := false
	if e == nil {
		e = d.introducedInterviewee(sents)
		introduced = e != nil
	}
	if e == nil {
		if g, a, b := d.coordination(0, len(sents[0].Tokens)); said && g != nil {
			// "Wikinews interviews Mario Lucero and Isabel Ruiz": their
			// answers' "we" is the two of them; "I" is either.
			d.tookUp(0, a, b, g)
			outsideQuotes(sents, qs, func(si, a, b int) {
				d.linkPronouns(si, sents[si], a, b, g, words(func(low string) bool { return firstPlural[low] }))
			})
		}
		return false
	}
	if !said {
		// Without the word, only a person the headline itself names, of
		// known gender, will do: not an opening sentence that quotes an
		// oath naming someone, nor a law named after someone ("the
		// George Floyd Justice in Policing Act"), nor "An
		// Entrepreneurial Mindset in Your Discipline" typed a person.
		if !introduced && (len(sents[0].Tokens) > headlineWords || !e.mentions[0] || e.gender == 0) {
			return false
		}
		n := 0
		outsideQuotes(sents, qs, func(si, a, b int) {
			for _, t := range sents[si].Tokens[a:b] {
				if interviewed(t.Lower()) && strings.HasPrefix(t.Tag, "PRP") {
					n++
				}
			}
		})
		if n < interviewPronouns {
			return false
		}
	}
	outsideQuotes(sents, qs, func(si, a, b int) {
		// "You" is the person asked only in a question: in an answer
		// it is anyone ("you can see it from the shore").
		toks := sents[si].Tokens
		asked := question(toks)
		d.linkPronouns(si, sents[si], a, b, e, words(func(low string) bool { return firstPerson[low] || asked && secondPers[low] }))
	})
	return true
}

// introducedInterviewee returns the person whom one of the first five
// sentences says the writer interviewed or spoke with ("Wikinews spoke
// with Ann Lee, president of ...", "On Monday, we interviewed Ann Lee"),
// or nil: the interviewee of a text whose headline does not name him.
func (d *docState) introducedInterviewee(sents []nlp.Sentence) *docEntity {
	for si := 0; si < len(sents) && si < 5; si++ {
		toks := sents[si].Tokens
		for k := 0; k+1 < len(toks); k++ {
			w := toks[k].Lower()
			if k == 0 || !interviewers.has(toks[k-1].Lower()) {
				continue
			}
			at := -1
			switch {
			case w == "interviewed":
				at = k + 1
			case (w == "spoke" || w == "talked") && (toks[k+1].Text == "with" || toks[k+1].Text == "to"):
				at = k + 2
			}
			for _, c := range d.sents[si] {
				if at >= 0 && c.start == at && c.ent != nil && c.ent.typ == schema.Person && !c.possessive && c.kind != mPronoun {
					return c.ent
				}
			}
		}
	}
	return nil
}

// interviewers are the subjects of a sentence that introduces an
// interview: the writer or the news site.
var interviewers = newWordSet(map[string]bool{"wikinews": true, "we": true, "i": true})

// headlineWords is the length of the longest headline.
const headlineWords = 20

// interviewPronouns is how many times I or you must occur outside
// quotations for a text whose headline names one person to be taken for
// that person's answers: a report says them only in quotations.
const interviewPronouns = 5

// interviewee returns the one person of two words or more whose name's
// words headline holds; when several are, the one whose first word is a
// given name ("Frank Messina: An Interview with the 'Mets Poet'"), or nil.
// The headline's names may be typed only later in the text.
func (d *docState) interviewee(headline nlp.Sentence) *docEntity {
	words := map[string]bool{}
	for _, t := range headline.Tokens {
		words[t.Lower()] = true
	}
	var all, given []*docEntity
	for _, c := range d.ents {
		if c.typ != schema.Person || len(c.tokens) < 2 || !allIn(c.tokens, words) {
			continue
		}
		all = append(all, c)
		if d.r.g.givenGender(c.name) != 0 {
			given = append(given, c)
		}
	}
	switch {
	case len(all) == 1:
		return all[0]
	case len(given) == 1:
		return given[0]
	}
	return nil
}

// outsideQuotes calls f with the sentence and token range [a, b) of each
// run of a document's tokens outside quotations qs.
func outsideQuotes(sents []nlp.Sentence, qs []quote, f func(si, a, b int)) {
	for si, s := range sents {
		a := 0
		for _, q := range qs {
			if q.from > si || q.to < si {
				continue
			}
			// The words before the first quotation of the sentence and
			// after the last.
			if q.from == si && q.start > a {
				f(si, a, q.start)
			}
			a = len(s.Tokens)
			if q.to == si {
				a = q.end
			}
		}
		f(si, a, len(s.Tokens))
	}
}

// allIn reports whether every word of ws is in set.
func allIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if !set[w] {
			return false
		}
	}
	return true
}

// interviewed reports whether a pronoun names the person interviewed.
func interviewed(low string) bool { return firstPerson[low] || secondPers[low] }

// addressees are the nouns of a speech's address to the speaker's own
// people, after "my fellow" or "our fellow" ("my fellow citizens").
var addressees = map[string]bool{"citizens": true, "countrymen": true, "countrywomen": true, "compatriots": true}

// address links "we" (us, our) outside quotations in a speech to the
// people it addresses as its own: a speaker who says "my fellow
// Americans" or "my fellow citizens" outside quotations speaks for them in
// "we". The people is the group named after "fellow", or, after "fellow
// citizens", the people of a nationality the document names most
// ("Americans"). A document with no such address, or whose people is not
// named, is left alone.
func (d *docState) address(sents []nlp.Sentence, qs []quote) {
	var g *docEntity
	outsideQuotes(sents, qs, func(si, a, b int) {
		toks := sents[si].Tokens
		for i := a + 1; g == nil && i+1 < b; i++ {
			if !isWordFold(toks[i].Text, "fellow") {
				continue
			}
			if p := toks[i-1].Lower(); p != "my" && p != "our" {
				continue
			}
			if k := coveringAt(d.sents[si], i+1); k >= 0 && d.people(d.sents[si][k].ent) {
				g = d.sents[si][k].ent
			} else if addressees[toks[i+1].Lower()] {
				g = d.nationals()
			}
		}
	})
	if g == nil {
		return
	}
	state := d.byKey[normKey(d.r.peopleState(g.name))]
	outsideQuotes(sents, qs, func(si, a, b int) {
		d.linkPronouns(si, sents[si], a, b, g, words(func(low string) bool { return firstPlural[low] }))
		d.ownNation(si, sents[si], a, b, g, state)
	})
}

// nationNouns are the nouns after "our" by which a speech names its
// people's state: "our nation", "our country", "our Republic".
var nationNouns = map[string]bool{"nation": true, "country": true, "republic": true, "homeland": true}

// ownNation gives the people g that a speech addresses as its own
// ([docState.address]) a mention of each "my fellow citizens" (our,
// countrymen ...) in tokens [a, b) of sentence si, and state, the state
// of that people when the document names it, a mention of each "our
// nation" (country, Republic) there.
func (d *docState) ownNation(si int, s nlp.Sentence, a, b int, g, state *docEntity) {
	toks := s.Tokens
	for i := a; i+1 < b; i++ {
		if low := toks[i].Lower(); low != "my" && low != "our" {
			continue
		}
		var e *docEntity
		end := i + 2
		switch {
		case strings.EqualFold(toks[i+1].Text, "fellow") && i+2 < b && addressees[toks[i+2].Lower()]:
			e, end = g, i+3
		case toks[i].Lower() == "our" && nationNouns[toks[i+1].Lower()] && state != nil:
			e = state
		default:
			continue
		}
		if k := slices.IndexFunc(d.sents[si], func(m *mention) bool { return m.start < end && m.end > i+1 }); k >= 0 {
			if m := d.sents[si][k]; m.ent == nil && m.start >= i && m.end == end && m.kind == mDesc {
				m.ent = e // "our nation", a description the resolver gave no one
				e.mentions[si] = true
			}
			continue
		}
		d.insertAfter(si, &mention{kind: mDesc, start: i, end: end, surface: spanText(s, i, end),
			head: toks[end-1].Lower(), ent: e, conf: 0.7})
		e.mentions[si] = true
	}
}

// people reports whether e is a people named by its nationality
// ("Americans") or a group.
func (d *docState) people(e *docEntity) bool {
	return e != nil && (e.typ == schema.Group || d.nationalPlural(e))
}

// nationalPlural reports whether e is named by the plural of a
// nationality ("Americans", "Scots").
func (d *docState) nationalPlural(e *docEntity) bool {
	return e.typ != schema.GPE && d.r.peopleState(e.name) != ""
}

// nationals returns the people of a nationality that the document names
// most often, or nil.
func (d *docState) nationals() *docEntity {
	var top *docEntity
	for _, e := range d.ents {
		if d.nationalPlural(e) && (top == nil || e.n > top.n) {
			top = e
		}
	}
	return top
}

// interviewHeadline adds to ms, the mentions of a document's first
// sentence s, the people a headline says are interviewed ("Wikinews
// interviews Christopher Hill, presidential candidate"): in a headline
// with a word "interview", each run of capitalised words that opens with
// a given name (the gazetteer's, or a word kg's recogniser takes for a
// person's when it takes the run's last word for one too) that names no
// place, after no preposition, and has a surname after it, not a body's
// head noun ("Party", "Council"), that no mention covers yet.
// Only gazetteer names are read in headlines ([isHeadline]), and the
// person the document interviews must be found for its "I"
// ([docState.interview]). It returns ms, changed.
func (r *Resolver) interviewHeadline(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	if !isHeadline(s) || !slices.ContainsFunc(toks, func(t nlp.Token) bool {
		return strings.HasPrefix(t.Lower(), "interview")
	}) {
		return ms
	}
	// The recogniser's people, for given names the gazetteer lacks.
	people := map[int]bool{}
	if r.rec != nil {
		words, tags := make([]string, len(toks)), make([]string, len(toks))
		for i, t := range toks {
			words[i], tags[i] = t.Text, t.Tag
		}
		for _, sp := range r.rec.Recognize(words, tags) {
			for k := sp.Start - 1; sp.Type == ner.Person && k < sp.End; k++ {
				people[k] = true // spans are 1-based, inclusive
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		given := r.g.is("malename", toks[i].Text) || r.g.is("femalename", toks[i].Text)
		if !isCap(toks[i].Text) || !given && !people[i] || coveringAt(ms, i) >= 0 ||
			r.g.entries[normKey(toks[i].Text)] != nil || i > 0 && locPreps[toks[i-1].Text] || i > 0 && toks[i-1].Text == "of" {
			continue // "Governor of Virginia Saturday"
		}
		j := i + 1
		for j < len(toks) && j < i+4 && isCap(toks[j].Text) && isWord(toks[j].Text) && coveringAt(ms, j) < 0 &&
			!strings.HasPrefix(toks[j].Lower(), "interview") {
			j++
		}
		if j-i < 2 || strings.HasSuffix(toks[j-1].Text, ".") || !given && !people[j-1] {
			continue // "Heaven Sent Gaming": the recogniser's person must end it too
		}
		if r.g.is("orghead", toks[j-1].Text) {
			continue // "American Solidarity Party presidential nominee": a body's name, no person
		}
		name := joinText(toks[i:j])
		ms = insertMention(ms, &mention{kind: mName, start: i, end: j, surface: name, name: name, typ: schema.Person,
			gender: r.g.givenGender(name)})
		i = j
	}
	return ms
}
