package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/ner"
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
// the quotation names ("..., said Tamm", "Tamm said: ...", "he added"); a
// quotation with none that opens the sentence right after the one where
// a spoken quotation closed goes on in its speaker's voice, one that opens
// the sentence right after one where an actor issued a statement is that
// statement ([docState.statementBy]), and any other is left alone. The new mentions join d.sents.
func (d *docState) speakers(sents []nlp.Sentence, qs []quote) {
	var last *docEntity // the speaker of the quotation before, if it closed in the sentence before q
	for i, q := range qs {
		e := d.speaker(sents, q)
		if e == nil && last != nil && q.start == 1 && q.from == qs[i-1].to+1 {
			e = last // "..., said Lund. "My players ...": a quotation that goes on
		}
		if e == nil && q.start == 1 && q.from > 0 {
			e = d.statementBy(q.from-1, sents[q.from-1]) // "Lund issued a statement. "My players ...""
		}
		last = e
		if e == nil {
			continue
		}
		if e.typ == schema.Person {
			if s := d.side(e, q.from); s != nil {
				d.linkQuote(sents, q, s, func(low string) bool { return firstPlural[low] })
			}
		}
		d.linkQuote(sents, q, e, func(low string) bool {
			return firstPerson[low] || firstPlural[low] && e.typ != schema.Person
		})
		if e.typ == schema.Person {
			d.notSpeaker(q, e)
		}
	}
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
				return func(x *docEntity) bool { return x != e && ok(x) }
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
func (d *docState) linkQuote(sents []nlp.Sentence, q quote, e *docEntity, ok func(string) bool) {
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
// document says he leads, works for or belongs to ("Jeff Rathke, the
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
		if t := f.obj.typ; t != schema.Organization && t != schema.GPE {
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

// linkPronouns makes each pronoun in tokens [a, b) of sentence si for
// which ok holds a mention of e.
func (d *docState) linkPronouns(si int, s nlp.Sentence, a, b int, e *docEntity, ok func(string) bool) {
	for ti := a; ti < b; ti++ {
		t := s.Tokens[ti]
		low := t.Lower()
		if !ok(low) || !strings.HasPrefix(t.Tag, "PRP") {
			continue
		}
		m := &mention{kind: mPronoun, start: ti, end: ti + 1, surface: t.Text, pron: low, ent: e, conf: 0.8,
			possessive: t.Tag == "PRP$"}
		d.insert(si, m)
		e.mentions[si] = true
	}
}

// speaker returns the actor that speaks quotation q: the subject or object
// of a reporting verb just after its end in the same sentence ("...," said
// Tamm; "...," Tamm said), else of one just before its start ("Tamm said:
// ..."), or nil. The words before its start are read from the end of the
// quotation before, if one closes there: in '"...," said Tamm, "I ..."'
// the second quotation is Tamm's too.
func (d *docState) speaker(sents []nlp.Sentence, q quote) *docEntity {
	s := sents[q.to]
	if e := d.saidBy(q.to, s, q.end+1, min(len(s.Tokens), q.end+8), false); e != nil {
		return e
	}
	if e := d.saidPast(q.to, s, q.end+1, min(len(s.Tokens), q.end+24)); e != nil {
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
	a := max(0, q.start-10)
	for k := q.start - 2; k >= a; k-- {
		if quoteMark(s.Tokens[k].Text) != 0 {
			a = k + 1
			break
		}
	}
	// A quotation run into the reported clause ('Wu said Lund "walked
	// in"', no comma or colon before it) is the subject's words.
	subject := q.start < 2 || s.Tokens[q.start-2].Text != "," && s.Tokens[q.start-2].Text != ":"
	if e := d.saidBy(q.from, s, a, q.start-1, subject); e != nil {
		return e
	}
	return d.sayingBy(q.from, s, a, q.start-1)
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
		if m.ent == nil || m.adj || m.ent.typ != schema.Person && m.ent.typ != schema.Organization {
			continue
		}
		if m.start > v && m.start < b && (m.start <= v+3 || allCap(s.Tokens[v+1:m.start])) && after == nil && !prepBetween(s.Tokens, v+1, m.start) {
			after = m // not "said of Lund", "told to Lund"; "said Norwegian Prime Minister Ann Lee"
		}
		if m.end <= v && m.end >= v-3 && m.start >= a {
			before = m
		}
	}
	if before != nil && (subject || toldVerbs[s.Tokens[v].Lower()]) {
		return before.ent // "...," Tamm told the Courier.
	}
	switch {
	case after != nil:
		return after.ent
	case before != nil:
		return before.ent
	}
	return d.spokesBody(si, s, v)
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
				return m.ent
			}
		}
	}
	return nil
}

// turns links "I" (me, my, myself), and "you" in questions, outside
// quotations in a transcript to the person who has the floor (the bench
// asks counsel), from the sentence that gives it to the
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
		toks := sents[si].Tokens
		asked := toks[len(toks)-1].Text == "?"
		if c := called[si]; c != nil {
			d.linkPronouns(si, sents[si], a, b, c, func(low string) bool { return secondPers[low] })
			asked = false
		}
		if at[si] == nil {
			return
		}
		d.linkPronouns(si, sents[si], a, b, at[si], func(low string) bool { return firstPerson[low] || asked && secondPers[low] })
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
				d.linkPronouns(si, sents[si], a, b, g, func(low string) bool { return firstPlural[low] })
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
		asked := len(toks) > 0 && toks[len(toks)-1].Text == "?"
		d.linkPronouns(si, sents[si], a, b, e, func(low string) bool { return firstPerson[low] || asked && secondPers[low] })
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
			if k == 0 || !interviewers[toks[k-1].Lower()] {
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
var interviewers = map[string]bool{"wikinews": true, "we": true, "i": true}

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
			if !strings.EqualFold(toks[i].Text, "fellow") {
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
	outsideQuotes(sents, qs, func(si, a, b int) {
		d.linkPronouns(si, sents[si], a, b, g, func(low string) bool { return firstPlural[low] })
	})
}

// people reports whether e is a people named by its nationality
// ("Americans") or a group.
func (d *docState) people(e *docEntity) bool {
	return e != nil && (e.typ == schema.Group || d.nationalPlural(e))
}

// nationalPlural reports whether e is named by the plural of a
// nationality ("Americans", "Scots").
func (d *docState) nationalPlural(e *docEntity) bool {
	n, ok := strings.CutSuffix(e.name, "s")
	return ok && e.typ != schema.GPE && d.r.g.demonyms[normKey(n)] != ""
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
// place, after no preposition, and has a surname after it, that no
// mention covers yet.
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
		name := joinText(toks[i:j])
		ms = insertMention(ms, &mention{kind: mName, start: i, end: j, surface: name, name: name, typ: schema.Person,
			gender: r.g.givenGender(name)})
		i = j
	}
	return ms
}
