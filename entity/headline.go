package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/ner"
	"github.com/kg-project/kg/schema"
)

// headlineNouns are the nouns a headline describes its story's person by
// ("Australian woman claims ...", "Teenager jailed for ..."), with the
// gender they give ('f', 'm' or 0).
var headlineNouns = map[string]byte{
	"woman": 'f', "girl": 'f', "mother": 'f', "wife": 'f', "grandmother": 'f', "widow": 'f',
	"man": 'm', "boy": 'm', "father": 'm', "husband": 'm', "grandfather": 'm',
	"teenager": 0, "teen": 0, "student": 0, "schoolboy": 'm', "schoolgirl": 'f', "pensioner": 0,
}

// headlinePerson reads a headline that opens with a description of a
// person, a nationality and such a noun or the noun alone ("Norwegian
// man says Halvik Bank cheated him out of his savings"), as
// the person the story's first sentences name, when one of them names a
// person with that noun or nationality around the name ("Tom Wu,
// a Norwegian man and retired sailor, has said ..."); the
// headline's pronouns of the same gender are that person too. The first
// sentence is a headline when it has no final punctuation.
func (d *docState) headlinePerson(sents []nlp.Sentence) {
	if len(sents) < 2 || len(d.sents) < 2 || !untitled(sents[0]) {
		return
	}
	toks := sents[0].Tokens
	k, demonym := 0, ""
	if len(toks) > 2 && d.r.g.demonyms[normKey(toks[0].Text)] != "" {
		k, demonym = 1, toks[0].Lower()
	}
	if len(toks) <= k+1 || !strings.HasPrefix(toks[k].Tag, "NN") {
		return
	}
	noun := toks[k].Lower()
	gender, ok := headlineNouns[noun]
	if !ok {
		return
	}
	var person *docEntity
	for si := 1; si < len(d.sents) && si <= 4 && person == nil; si++ {
		for _, m := range d.sents[si] {
			if m.ent == nil || m.kind != mName || m.ent.typ != schema.Person || gender != 0 && m.ent.gender != 0 && m.ent.gender != gender {
				continue
			}
			if words := lowerWordSet(sents[si].Tokens); words[noun] || demonym != "" && words[demonym] {
				person = m.ent
			}
			break // the first person named decides
		}
	}
	if person == nil {
		return
	}
	d.insert(0, &mention{kind: mDesc, start: 0, end: k + 1, surface: joinText(toks[:k+1]), head: noun, ent: person, conf: 0.7})
	for _, m := range d.sents[0] {
		if m.kind == mPronoun && (m.pron == "her" || m.pron == "she") == (gender == 'f') && (m.pron == "his" || m.pron == "he" || m.pron == "him") == (gender == 'm') {
			m.ent = person
		}
	}
}

// untitled reports whether s ends without a full stop, a question or an
// exclamation mark, as a headline does.
func untitled(s nlp.Sentence) bool {
	if len(s.Tokens) == 0 {
		return false
	}
	switch s.Tokens[len(s.Tokens)-1].Text {
	case ".", "!", "?":
		return false
	}
	return true
}

// lowerWordSet returns the lower-case words of toks.
func lowerWordSet(toks []nlp.Token) map[string]bool {
	words := make(map[string]bool, len(toks))
	for _, t := range toks {
		words[t.Lower()] = true
	}
	return words
}

// headlineFullNames reads a given name (a listed one, or a word the
// recogniser reads in a person's name and the document never writes in
// lower case) and a capitalised word after it in a headline ("Tom Wu
// Resigns as Finance Minister", "Finance Minister Tom Wu resigns") as a
// person's full name when the body writes that word alone as a name ("Wu
// said ..."): headlines are otherwise read for gazetteer names only, and a
// report may name the person in full only in its headline. A word the
// body writes after "the", "a" or a possessive is a noun ("the Floor"),
// no surname; nor is a weekday or an event's head word ("following Super
// Tuesday", [weekdays], [workWords]). The body's lone uses of the surname that no rule typed
// become mentions of the person ("Ridge" is no place). ms are the
// mentions of sents, changed in place.
func (r *Resolver) headlineFullNames(sents []nlp.Sentence, ms [][]*mention) {
	if len(sents) < 2 || !isHeadline(sents[0]) {
		return
	}
	toks := sents[0].Tokens
	// The recogniser's reading of the headline and the words the
	// document writes in lower case are made when first needed: most
	// headlines have no pair of words to ask them about.
	var spans []ner.Span
	var lower map[string]bool
	read := false
	person := func(k int) bool { // the recogniser reads a person's name at k or k+1
		if !read && r.rec != nil {
			words := make([]string, len(toks))
			tags := make([]string, len(toks))
			for i, t := range toks {
				words[i], tags[i] = t.Text, t.Tag
			}
			spans = r.rec.NewDoc(r.lex).Recognize(words, tags)
		}
		read = true
		return slices.ContainsFunc(spans, func(sp ner.Span) bool { return sp.Type == ner.Person && sp.Start <= k+1 && sp.End > k })
	}
	lowerWord := func(w string) bool { // the document writes w in lower case
		if lower == nil {
			lower = map[string]bool{}
			for _, s := range sents {
				for _, t := range s.Tokens {
					if !isCap(t.Text) {
						lower[t.Text] = true
					}
				}
			}
		}
		return lower[w]
	}
	for k := 0; k+1 < len(toks); k++ {
		g, w := toks[k], toks[k+1]
		if !isCap(w.Text) || !isWord(w.Text) || len(w.Text) < 3 || !strings.HasPrefix(w.Tag, "NN") {
			continue
		}
		if _, title := r.g.titles[normKey(w.Text)]; title || r.g.entries[normKey(w.Text)] != nil || r.g.demonyms[normKey(w.Text)] != "" ||
			weekdays[w.Text] || workWords[w.Text] {
			continue // "following Super Tuesday": a day's or an event's name, no surname
		}
		if stormPrefixes.has(g.Text) || vesselPrefixes.has(g.Text) {
			continue // "Typhoon Halvor strikes Norway": a storm's name, no person's
		}
		if coveringAt(ms[0], k) >= 0 || coveringAt(ms[0], k+1) >= 0 {
			continue
		}
		var lone [][2]int // the body's uncovered lone uses: sentence, token
		det := false
		for si := 1; si < len(sents); si++ {
			bt := sents[si].Tokens
			for ti, t := range bt {
				if t.Text != w.Text {
					continue
				}
				if ti > 0 && (ownWords[bt[ti-1].Lower()] || bt[ti-1].Lower() == "an" || bt[ti-1].Lower() == "this") {
					det = true // "the Floor": a noun, not a surname
				}
				if ti+1 < len(bt) && isCap(bt[ti+1].Text) || ti > 0 && isCap(bt[ti-1].Text) && bt[ti-1].Text != g.Text {
					continue
				}
				// Uncovered, or a lone word only the recogniser typed
				// ("Ridge" taken for a place) or typed a person.
				if j := coveringAt(ms[si], ti); j < 0 || ms[si][j].kind == mSingle && ms[si][j].start == ti && ms[si][j].end == ti+1 && ms[si][j].gaz == nil && (ms[si][j].guess || ms[si][j].typ == ms[si][j].hint && (ms[si][j].typ == "" || ms[si][j].typ == schema.Person)) {
					lone = append(lone, [2]int{si, ti})
				}
			}
		}
		if len(lone) == 0 || det {
			continue
		}
		// A listed given name, or a word the recogniser reads in a
		// person's name that opens a run of capitalised words and that
		// the document never writes in lower case (asked last: the
		// recogniser's reading costs the most).
		opens := k == 0 || !isCap(toks[k-1].Text) || r.g.is("notname", toks[k-1].Text)
		if !r.g.given(g.Text) && !(opens && g.Tag == "NNP" && person(k) && !lowerWord(strings.ToLower(g.Text))) {
			continue
		}
		name := g.Text + " " + w.Text
		m := &mention{kind: mName, start: k, end: k + 2, surface: name, name: name, typ: schema.Person}
		for j := max(k-3, 0); j < k; j++ {
			// "Senator Ann Lee Elected Minority Leader": the title
			// before the name is the person's, as in the body.
			if t := r.g.titles[normKey(joinText(toks[j:k]))]; t != nil && coveringAt(ms[0], j) < 0 {
				m.titles, m.full = []*title{t}, joinText(toks[j:k+2])
				break
			}
		}
		ms[0] = insertMention(ms[0], m)
		for _, at := range lone {
			m := &mention{kind: mSingle, start: at[1], end: at[1] + 1, surface: w.Text, name: w.Text, typ: schema.Person}
			if j := coveringAt(ms[at[0]], at[1]); j >= 0 {
				ms[at[0]][j] = m // a guess nothing typed
			} else {
				ms[at[0]] = insertMention(ms[at[0]], m)
			}
		}
		k++
	}
}

// surnamePlaces types as a person a name the rules or the recogniser took
// for a place, or left untyped, when the document names a person with
// that surname, before or after: a lone word ("Ridge" after "Tom Ridge";
// "convicted Wu, a reporter" before "Tom Wu"), or a given name and the surname ("or
// just Bill Gates" after "William Henry Gates III", where "Gates" reads as
// a place's head noun), or the surname after an honorific ("Bill Gates
// has opened ..." before "Mr Gates said"). Gazetteer places stay places. ms are the mentions
// of sents, changed in place.
func (r *Resolver) surnamePlaces(ms [][]*mention) {
	surnames := map[string]bool{}
	// guessed holds the last words of two- or three-word names typed as a
	// person's whose first word the lists do not give ("Karsten
	// Brekkholm"): surnames only for a lone word that the recogniser left
	// untyped ("Sweden's Brekkholm takes gold") and that the document reads
	// elsewhere as a person's and never as a place's.
	guessed := map[string]bool{}
	// alone holds the mentions of each lone word, by which the others
	// are read: as a person's, or as a place's ("Sweden's Varmby" after
	// "Lilla Varmby", a place typed as a person, is "in Varmby" too).
	alone := map[string][]*mention{}
	personElsewhere := func(m *mention, w string) bool {
		person := false
		for _, o := range alone[w] {
			switch {
			case o == m:
			case o.typ == schema.Person || o.typ == "" && o.hint == schema.Person:
				person = true
			case isPlaceType(o.typ) || o.typ == "" && isPlaceType(o.hint):
				return false
			}
		}
		return person
	}
	var buf [8]string
	for _, s := range ms {
		for _, m := range s {
			f := appendFields(buf[:0], m.name)
			if m.kind == mName && m.typ == schema.Person && len(f) >= 2 && r.g.given(f[0]) {
				for _, w := range f[1:] {
					if isCap(w) {
						surnames[w] = true
					}
				}
			} else if m.kind == mName && m.typ == schema.Person && m.gaz == nil && len(m.titles) == 0 && (len(f) == 2 || len(f) == 3) &&
				!slices.ContainsFunc(f, func(w string) bool { return !isCap(w) }) {
				guessed[f[len(f)-1]] = true
			}
			if m.kind == mSingle && len(f) == 1 {
				alone[f[0]] = append(alone[f[0]], m)
			}
			// "Mr Gates", "Dr Wu": an honorific before a lone word.
			if (m.typ == schema.Person || m.typ == "") && len(f) == 1 && len(m.titles) > 0 && honorific(m.titles[0]) && isCap(f[0]) {
				surnames[f[0]] = true
			}
		}
	}
	if len(surnames) == 0 && len(guessed) == 0 {
		return
	}
	for _, s := range ms {
		for _, m := range s {
			if m.gaz != nil || m.typ != schema.GPE && m.typ != schema.Location && !(m.typ == "" && m.kind == mSingle && m.guess) {
				continue
			}
			f := appendFields(buf[:0], m.name)
			if len(f) == 1 && m.kind == mSingle && (surnames[f[0]] || guessed[f[0]] && m.typ == "" && m.guess && personElsewhere(m, f[0])) || len(f) == 2 && m.kind == mName && r.g.given(f[0]) && surnames[f[1]] {
				untyped := m.typ == ""
				m.typ, m.guess = schema.Person, false
				if m.hint != "" || untyped {
					m.hint = schema.Person
				}
			}
		}
	}
}

// headlineWithBody returns the headline that opens sents (a first line
// with no final stop, [untitled]) and its mentions, and reports whether
// there is one with a body after it, which the headline rules read it by.
func (d *docState) headlineWithBody(sents []nlp.Sentence) (nlp.Sentence, []*mention, bool) {
	if len(sents) < 2 || len(d.sents) == 0 || !untitled(sents[0]) {
		return nlp.Sentence{}, nil, false
	}
	return sents[0], d.sents[0], true
}

// headlineRoles: "Sitting Fijian Prime Minister Tom Wu dies aged 78",
// "Fiji's Ann Lee delivers speech", "LA Mayor Lee ends campaign": a
// headline names a person with a place or body before the name (its
// adjective, its possessive, or its name) or with a title, which headlines
// write without the rules that read titles in the body; the role the
// report's body gives that person in that place or body, or with that
// title, is the headline's too. Only capitalised words (titles, a place's
// short name such as "LA") and role nouns ("boss") stand between the place
// and the name.
func (d *docState) headlineRoles(sents []nlp.Sentence) {
	s, ms, ok := d.headlineWithBody(sents)
	if !ok {
		return
	}
	toks := s.Tokens
	for _, m := range ms {
		e := m.ent
		desc := m.kind == mDesc // "Thai ex-minister": [docState.headlineDescribed]'s
		if e == nil || e.typ != schema.Person || !named(m) && !desc || m.role {
			continue
		}
		k := m.start
		for k > 0 && m.start-k < 4 && (isCap(toks[k-1].Text) || roleNoun(toks[k-1].Lower()) ||
			desc && !isCap(toks[k-1].Text) && (toks[k-1].Tag == "JJ" || toks[k-1].Tag == "NN")) &&
			!slices.ContainsFunc(ms, func(p *mention) bool { return p.start < k && p.end >= k }) {
			k-- // "Prime Minister", "boss", "LA Mayor", "town" of "ex-Philippine town mayor"
		}
		if k > 0 && toks[k-1].Tag == "POS" {
			k-- // "Fiji's Ann Lee"
		}
		var place *mention
		for _, p := range ms {
			if p.end == k && p.ent != nil && p.ent != e && (p.ent.typ == schema.GPE || p.ent.typ == schema.Organization) {
				place = p // "Fijian", "Fiji's", "Halvik Motors"
			}
		}
		var f *docFact
		switch {
		case place != nil && place.end < m.start && toks[place.end].Tag == "POS" && place.ent.typ == schema.GPE && !place.adj &&
			d.heldIn(e, place.ent) == nil:
			// "Russia's Navalny airlifted": a person the body names in
			// full only after the headline, whom the body ties to the
			// state by no role, is from it when the body says so
			// ("Russian opposition leader Alexei Navalny"), and else its
			// member ("Korea's Kim", read in the body by
			// [docState.mentionFacts]); another tie gives nothing.
			lemma := schema.MemberOf
			if d.related(e, place.ent, schema.From) {
				lemma = schema.From
			} else if d.related(e, place.ent, "") {
				continue
			}
			d.derive(0, argOf(s, m), place.surface+"'s", lemma, e, place.ent, "", roleConf)
			continue
		case place != nil:
			f = d.heldIn(e, place.ent)
			if f == nil && desc && place.ent.typ == schema.Organization && place.end == k {
				d.headlineDescRole(s, m, k, place.ent)
				continue
			}
		case k < m.start:
			// "LA Mayor Lee": the body's post with the title written.
			for j := k; j < m.start && f == nil; j++ {
				if t := d.r.title(toks[j].Text); t != nil {
					f = d.held[heldKey{e, t.name}]
				}
			}
		}
		if f != nil && f.obj != nil && f.obj != e {
			d.derive(0, argOf(s, m), joinText(toks[k:m.start]), f.Lemma, e, f.obj, "", roleConf)
			if place != nil && f.obj == place.ent && f.Lemma != schema.MemberOf {
				// "Hong Kong's Carrie Lam": the possessive's membership
				// gives way to the office the body names.
				d.facts = slices.DeleteFunc(d.facts, func(g *docFact) bool {
					return g.Sentence == 0 && g.implied && g.subj == e && g.obj == place.ent && g.Lemma == schema.MemberOf
				})
			}
		}
	}
}

// heldIn returns the one role fact (lead, work_for or member_of) that the
// document states of e in o, the lead if there are several, or nil.
func (d *docState) heldIn(e, o *docEntity) *docFact {
	var found *docFact
	for _, f := range d.facts {
		if f.subj != e || f.obj != o || f.Background || f.Negated {
			continue
		}
		switch f.Lemma {
		case schema.Lead:
			return f
		case schema.WorkFor, schema.MemberOf:
			if found == nil {
				found = f
			}
		}
	}
	return found
}

// headlineHolders: "Greek prime minister reaffirms ...", "Hong Kong
// leader announces ...", "Tunisian Prime Minister signs decree": a
// headline names a person by a state's (or body's) name or adjective and
// an office with no name after it, and the report's body names the
// holder ("Youssef Chahed, the Prime Minister of Tunisia"). When the body
// gives exactly one person that office's relation (lead for a leader's
// title, work_for for another) to that state or body, the headline's
// office is that person, who holds the office there in the headline too.
// A name after the office is [docState.headlineRoles]' case.
func (d *docState) headlineHolders(sents []nlp.Sentence) {
	s, ms, ok := d.headlineWithBody(sents)
	if !ok {
		return
	}
	toks := s.Tokens
	for _, p := range slices.Clone(ms) {
		if p.ent == nil || p.ent.typ != schema.GPE && p.ent.typ != schema.Organization || p.role {
			continue
		}
		k := p.end
		if k < len(toks) && toks[k].Tag == "POS" {
			k++ // "Iran's President"
		}
		var t *title
		j := 0
		for n := min(k+3, len(toks)); n > k; n-- {
			if t = d.r.g.titles[normKey(joinText(toks[k:n]))]; t != nil {
				j = n
				break
			}
		}
		if t == nil || j < len(toks) && (isCap(toks[j].Text) && toks[j].Tag == "NNP" || toks[j].Tag == "POS") {
			continue // "Fijian Prime Minister Tom Wu", "Iran's President's"
		}
		if honorific(t) {
			continue // "Tom Wu projected US president-elect": an office not held yet
		}
		holder, lemma := d.soleHolder(p.ent, t)
		if holder == nil {
			continue
		}
		// The office may already be the holder by its noun
		// ([docState.headlineDescribed]); another person there is no
		// unnamed office.
		var m *mention
		other := false
		for _, o := range d.sents[0] {
			if o.start >= j || o.end <= k || o.ent == nil || o.ent.typ != schema.Person || o.role {
				continue
			}
			if o.kind != mDesc || o.ent != holder {
				other = true
				break
			}
			m = o
		}
		if other {
			continue
		}
		if m == nil {
			m = &mention{kind: mDesc, start: k, end: j, surface: joinText(toks[k:j]), head: toks[j-1].Lower(), ent: holder, conf: 0.7}
			d.sents[0] = slices.DeleteFunc(d.sents[0], func(o *mention) bool { return o.role && o.start < j && o.end > k })
			d.insert(0, m)
			holder.mentions[0] = true
		}
		d.derive(0, argOf(s, m), joinText(toks[p.start:j]), lemma, holder, p.ent, "", roleConf)
		d.headlineHolderActs(s, p.start, j, holder)
	}
}

// headlineHolderActs gives the holder of a headline's office to the facts
// of the headline whose subject or object is that office with its state
// or body and nothing else ("Brazilian President meets President of South
// Korea", "Iran's President visits Iraq"), which the extractions read
// before [docState.headlineHolders] found the holder in the body: the
// state's adjective or possessive before the title left them no actor.
func (d *docState) headlineHolderActs(s nlp.Sentence, start, end int, holder *docEntity) {
	spans := func(a schema.Argument) bool {
		first, last := argTokens(s, a)
		return first == start && last == end
	}
	for _, f := range d.facts {
		if f.Sentence != 0 || f.implied || f.Lemma == "be" || f.Lemma == "become" || f.Lemma == "remain" {
			continue // "slated to be Britain's next Prime Minister": the office one takes, no act on its holder
		}
		if f.subj == nil && spans(f.Subject) && f.obj != holder {
			f.subj = holder
		}
		if f.obj == nil && spans(f.Object) && f.subj != holder {
			f.obj, f.concept = holder, ""
		}
	}
}

// headlineAgent drops from ms, the mentions of a document's headline, a
// lone capitalised word opening it that is a person's common noun, an
// agent noun ("Astronomer tells Wikinews about ...", "Biologist wins
// award"), when the body writes the word, or its plural, in lower case:
// the headline's capital makes no name of it. ms is changed in place and
// returned.
func headlineAgent(sents []nlp.Sentence, ms []*mention) []*mention {
	if len(sents) < 2 || !untitled(sents[0]) || len(sents[0].Tokens) < 2 {
		return ms
	}
	w := sents[0].Tokens[0].Text
	low := strings.ToLower(w)
	if !isCap(w) || w == strings.ToUpper(w) || !personHead(low) && !kinHeads[low] && !isHeadlineNoun(low) {
		return ms
	}
	lower := false
	for _, s := range sents[1:] {
		for _, t := range s.Tokens {
			if t.Text == low || t.Text == low+"s" {
				lower = true
			}
		}
	}
	if !lower {
		return ms
	}
	return slices.DeleteFunc(ms, func(m *mention) bool { return m.start == 0 && m.end == 1 && m.gaz == nil })
}

// isHeadlineNoun reports whether w is one of [headlineNouns].
func isHeadlineNoun(w string) bool {
	_, ok := headlineNouns[w]
	return ok
}

// related reports whether a fact of the document, not background, ties e
// to o: e —lemma→ o, or for lemma "" any fact in either direction.
func (d *docState) related(e, o *docEntity, lemma string) bool {
	return slices.ContainsFunc(d.facts, func(f *docFact) bool {
		if f.Background {
			return false
		}
		if lemma != "" {
			return f.subj == e && f.obj == o && f.Lemma == lemma
		}
		return f.subj == e && f.obj == o || f.subj == o && f.obj == e
	})
}

// headlineBodyNouns are the kinds of body by which a headline describes
// one that its report names ("Oslo court sentences Tom Wu", "Norway's
// largest bank fires its chief").
var headlineBodyNouns = map[string]bool{
	"court": true, "party": true, "bank": true, "airline": true, "carrier": true, "agency": true,
	"network": true, "broadcaster": true, "newspaper": true, "union": true, "university": true,
	"club": true, "carmaker": true, "automaker": true, "retailer": true, "insurer": true, "ministry": true,
	"government": true, "company": true, "firm": true, "enterprise": true, "charity": true, "regulator": true,
	"watchdog": true, "council": true, "militia": true,
}

// headlineBodies gives a headline's description of a body ([headlineBodyNouns]:
// "Oslo court sentences Tom Wu to prison", "Norway's largest bank fires
// Tom Wu", "Thai political party withdraws ...") the one organisation that
// the report's later sentences name with the description's noun as its
// name's last word or as its gazetteer's description ("Oslo District
// Court", "Halvik Bank"): a headline describes whom its report names. A
// body known only by its noun ("the court"), a noun that a mention covers
// or that heads no phrase of its own ("court ruling", "party leader"), two
// such bodies, or a body that the report does not tie to the place the
// headline puts before the noun ("Swedish court" for the Court of Session
// in Edinburgh) give none.
func (d *docState) headlineBodies(sents []nlp.Sentence) {
	if len(sents) < 2 || len(d.sents) < 2 || !untitled(sents[0]) {
		return
	}
	toks := sents[0].Tokens
	for k, t := range toks {
		noun := t.Lower()
		if t.Tag != "NN" || !headlineBodyNouns[noun] || coveringAt(d.sents[0], k) >= 0 ||
			k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "NN") {
			continue
		}
		var body *docEntity
		for _, e := range d.ents {
			if e.typ != schema.Organization || e.n == 0 || !isCap(e.name) || strings.EqualFold(e.name, noun) ||
				!strings.EqualFold(lastWord(e.name), noun) && !e.desc[noun] {
				continue
			}
			if e.first.sent == 0 || body != nil {
				body = nil // named in the headline, or a second such body
				break
			}
			body = e
		}
		if body == nil {
			body = d.bodyDescribed(noun, schema.Organization)
		}
		if body == nil || !d.placedAs(body, d.sents[0], k) {
			continue
		}
		ms := d.sents[0]
		m := d.addDesc(&ms, sents[0], k, k)
		d.sents[0] = ms
		d.giveName(0, m, body)
	}
}

// placedAs reports whether body agrees with the place, if any, that a
// mention among ms writes in the three words before token k ("Oslo court",
// "Swedish court", "Norway's largest bank"): the place is in the body's
// name, is its state, or a fact of the report places the body in it; or
// nothing places the body anywhere else ("Norway's largest network" for a
// network the report ties to no place).
func (d *docState) placedAs(body *docEntity, ms []*mention, k int) bool {
	for _, m := range ms {
		if m.end > k || m.end < k-3 || m.ent == nil || !isPlace(m.ent) {
			continue
		}
		place := m.ent
		if strings.Contains(body.name, place.name) || body.country == place {
			return true
		}
		placed := false
		for _, f := range d.facts {
			if f.subj == body && f.obj != nil && (f.Lemma == schema.LocateIn || f.Lemma == schema.PartOf) {
				if f.obj == place {
					return true
				}
				placed = true
			}
		}
		return !placed && body.country == nil
	}
	return true
}

// bodyDescribed returns the one actor of type typ that the descriptions
// headed by noun in the four sentences after the headline refer to ("the
// network signed off", "the dismissed mayor"), or nil: a headline
// describes whom its report describes so.
func (d *docState) bodyDescribed(noun string, typ schema.EntityType) *docEntity {
	var found *docEntity
	for si := 1; si < len(d.sents) && si <= 4; si++ {
		for _, m := range d.sents[si] {
			if m.kind != mDesc || m.head != noun || m.ent == nil || m.ent.typ != typ {
				continue
			}
			if found != nil && found != m.ent {
				return nil
			}
			found = m.ent
		}
	}
	return found
}

// describedNouns are the trades and standings, besides the role nouns
// ([roleNoun]) and [headlineNouns], that a headline describes its story's
// person by ("Fiancée of murdered Saudi journalist demands justice").
var describedNouns = map[string]bool{
	"journalist": true, "judge": true, "fiancée": true, "fiancee": true, "fiance": true, "fiancé": true,
	"businessman": true, "businesswoman": true, "tycoon": true, "billionaire": true, "priest": true,
	"bishop": true, "cardinal": true, "doctor": true, "rapper": true, "singer": true, "actor": true,
	"actress": true, "footballer": true, "dissident": true, "blogger": true, "author": true,
	"astronaut": true, "athlete": true,
}

// headlineDescribed: "Prosecutors seek arrest warrant for former vice
// culture minister", "Indonesia will deport ex-Philippine town mayor",
// "Fiancée of murdered Saudi journalist demands justice": a headline
// describes a person by a lower-case role or trade noun, with no name
// after it, whom the report's body names with that noun beside the name
// ("Shin Jae-min, the ex-vice minister,", "the dismissed mayor, Alice
// Guo", "fiancée of journalist Jamal Khashoggi", "Ambassador Eitan Naeh").
// The noun is that person when the first of the four sentences after the
// headline that writes it so writes it beside one person only. A noun a
// mention covers (other than an office named without its holder, which it
// replaces), that heads no phrase of its own ("minister's", "mayor race")
// or that follows a verb putting its subject into the post ("becomes
// governor") gives none. A state before the noun gives the person's role
// there ([docState.headlineRoles]).
func (d *docState) headlineDescribed(sents []nlp.Sentence) {
	if len(sents) < 2 || len(d.sents) < 2 || !untitled(sents[0]) {
		return
	}
	toks := sents[0].Tokens
	for j, t := range toks {
		noun := strings.TrimPrefix(t.Lower(), "ex-")
		if t.Tag != "NN" && t.Tag != "NNP" && t.Tag != "JJ" || isCap(t.Text) && j > 0 ||
			!roleNoun(noun) && !describedNouns[noun] && headlineNouns[noun] == 0 && noun != "teenager" && noun != "teen" ||
			j+1 < len(toks) && (strings.HasPrefix(toks[j+1].Tag, "NN") || toks[j+1].Tag == "POS") {
			continue
		}
		if c := coveringAt(d.sents[0], j); c >= 0 && !d.sents[0][c].role {
			continue
		}
		k := j
		for k > 0 && (strings.HasPrefix(toks[k-1].Tag, "NN") || toks[k-1].Tag == "JJ" || toks[k-1].Tag == "VBN") {
			k-- // "former vice culture", "ex-Philippine town"
		}
		if k > 0 && (postLinkVerbs[toks[k-1].Lower()] || copulas[toks[k-1].Lower()] || postVerbs[toks[k-1].Lower()]) {
			continue // "Wanda Vázquez becomes governor", "Tom Wu named minister": the subject's post
		}
		var person *docEntity
		unique := true
		for si := 1; si < len(d.sents) && si <= 4 && unique && person == nil; si++ {
			for _, m := range d.sents[si] {
				if m.ent == nil || m.ent.typ != schema.Person || !named(m) || !describedBeside(sents[si].Tokens, m, noun) {
					continue
				}
				if person != nil && person != m.ent {
					unique = false
					break
				}
				person = m.ent
			}
		}
		if person == nil && unique {
			person = d.bodyDescribed(noun, schema.Person) // "the dismissed mayor said"
		}
		if person == nil || !unique {
			continue
		}
		ms := slices.DeleteFunc(d.sents[0], func(o *mention) bool { return o.role && o.start <= j && j < o.end })
		m := d.addDesc(&ms, sents[0], j, j)
		d.sents[0] = ms
		d.giveName(0, m, person)
	}
}

// postVerbs put their object into the post the noun after them names
// ("Tom Wu named minister", "elected mayor", "sworn in as governor").
var postVerbs = map[string]bool{
	"named": true, "elected": true, "appointed": true, "as": true, "re-elected": true, "reelected": true,
	"picked": true, "chosen": true, "nominated": true, "confirmed": true, "sworn": true,
}

// describedBeside reports whether the role or trade noun stands beside
// the person mention m of toks: among the nouns and modifiers right before
// the name ("fiancée of journalist Jamal Khashoggi", "the dismissed
// mayor, Alice Guo", "Ambassador Eitan Naeh"), or in the apposition after
// it (", an alleged former leader of the Gulf Cartel"), after the age if
// one comes first (", 38, a sergeant").
func describedBeside(toks []nlp.Token, m *mention, noun string) bool {
	is := func(t nlp.Token) bool { return strings.TrimPrefix(t.Lower(), "ex-") == noun }
	for k := m.start - 1; k >= 0 && k >= m.start-6; k-- {
		t := toks[k]
		if is(t) {
			return true
		}
		if !(t.Text == "," && k == m.start-1 || strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Tag == "VBN") {
			break
		}
	}
	end := m.end
	if end+3 < len(toks) && toks[end].Text == "," && toks[end+1].Tag == "CD" && toks[end+2].Text == "," {
		end += 2 // "Tom Wu, 38, a sergeant": the age before the apposition
	}
	if end+1 < len(toks) && toks[end].Text == "," {
		for k := end + 1; k < len(toks) && k <= end+6; k++ {
			t := toks[k]
			if is(t) {
				return true
			}
			if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "RB" || t.Tag == "VBN" || t.Tag == "PRP$" || strings.HasPrefix(t.Tag, "NN")) {
				break
			}
		}
	}
	return false
}

// bodyPlace reports whether m, a mention of the headline, is of a place
// that the report's body names too: a name the headline's rules found
// late is as sure as the body's.
func bodyPlace(m *mention) bool {
	if m.ent == nil || m.ent.typ != schema.GPE {
		return false
	}
	for si := range m.ent.mentions {
		if si > 0 {
			return true
		}
	}
	return false
}

// headlinePlaces: "Australian woman claims Halvik Bank cheated her",
// "Texas student inspires movement", "Hungarian state-owned enterprise
// acquires ...": a headline's nationality or place (its adjective or its
// name, before the description or with only lower-case modifiers between)
// in the description of a person or organisation whom the body names gives
// it the tie to that place that the body states ("Ann Lee, an Australian
// woman,": from; "lives in Bergen": live_in; an organisation's from,
// locate_in or part_of), the body's first such fact: the headline
// describes it as the body does. A possessive ("Fiji's Ann Lee") is [docState.headlineRoles]' case;
// a place the headline already ties to the person, or one the body ties it
// to by no origin or home ("fled Norway"), gives nothing.
func (d *docState) headlinePlaces(sents []nlp.Sentence) {
	s, ms, ok := d.headlineWithBody(sents)
	if !ok {
		return
	}
	toks := s.Tokens
	for _, m := range ms {
		e := m.ent
		if e == nil || e.typ != schema.Person && e.typ != schema.Organization || m.kind != mDesc || m.role {
			continue
		}
		for _, p := range ms {
			if p.ent == nil || p.ent.typ != schema.GPE || p.ent == e || p.role ||
				!(p.start == m.start && p.end < m.end || p.end <= m.start && p.end >= m.start-3 && lowerBetween(toks[p.end:m.start])) ||
				p.end < len(toks) && toks[p.end].Tag == "POS" {
				continue
			}
			if slices.ContainsFunc(d.facts, func(f *docFact) bool {
				return f.Sentence == 0 && (f.subj == e && f.obj == p.ent || f.subj == p.ent && f.obj == e)
			}) {
				continue // "Australian woman from Australia"
			}
			var tie *docFact
			for _, f := range d.facts {
				if f.Sentence == 0 || f.subj != e || f.obj != p.ent || f.Background || f.Negated {
					continue
				}
				origin := f.Lemma == schema.From || e.typ == schema.Person && f.Lemma == liveIn ||
					e.typ == schema.Organization && (f.Lemma == schema.LocateIn || f.Lemma == schema.PartOf)
				if origin && (tie == nil || f.Sentence < tie.Sentence) {
					tie = f
				}
			}
			if tie != nil {
				d.derive(0, argOf(s, m), p.surface, tie.Lemma, e, p.ent, "", roleConf)
			}
		}
	}
}

// headlineDescRole: "US Army sergeant charged with murders", "Halvik Bank
// clerk jailed": a headline's body before the role noun that describes the
// person the report names ([docState.headlineDescribed]) is where the person
// holds that role (lead, work_for or member_of by the noun), when the report
// ties the person to no body by a role: the headline says what the body
// leaves unsaid ("Tom Wu, 38, a sergeant,").
func (d *docState) headlineDescRole(s nlp.Sentence, m *mention, k int, body *docEntity) {
	var words []string
	for _, t := range s.Tokens[k:m.end] {
		words = append(words, t.Lower())
	}
	lemma := roleLemma(words)
	if lemma == "" {
		return
	}
	for _, f := range d.facts {
		if f.subj == m.ent && f.obj != nil && !f.Negated &&
			(f.Lemma == schema.Lead || f.Lemma == schema.WorkFor || f.Lemma == schema.MemberOf) {
			return // "Tom Wu, a sergeant of the Lodi Guard,": the body's
		}
	}
	d.derive(0, argOf(s, m), joinText(s.Tokens[k:m.end]), lemma, m.ent, body, "", roleConf)
}

// lowerBetween reports whether toks are all lower-case modifiers or nouns
// ("state-owned", "environmental"), as between a headline's nationality
// and the noun it describes.
func lowerBetween(toks []nlp.Token) bool {
	for _, t := range toks {
		if isCap(t.Text) || t.Tag != "JJ" && t.Tag != "VBN" && t.Tag != "NN" {
			return false
		}
	}
	return true
}
