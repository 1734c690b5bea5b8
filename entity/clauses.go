// Clause readings: titles and names inside a clause, passives, wishes,
// expletives, meetings and the descriptions that name a body.

package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// roleCompound reports whether x's relation is a lone role noun between an
// organisation or a state and the person right after it ("Pacers guard
// Ann Lee", "Kelton coach Tom Wu"): a noun compound the tagger read as a
// clause, whose role the role rules state.
// A sports fixture's "v" or "vs" between two names is no act either
// ("Brentford v Southampton"), nor is a plural role noun, an occupation's
// or a body's noun there ("Hees executives Tom Wu", "Liverpool band The
// Coral", "Wales wing Tom Wu"), nor a word of fame ("Liverpool legend Tom
// Wu").
func roleCompound(s nlp.Sentence, x schema.Extraction, subj, obj *docEntity) bool {
	rel := strings.ToLower(x.Relation)
	if subj == nil || obj == nil {
		return false
	}
	if first, last := argTokens(s, x.Object); roleNoun(rel) && obj.typ == schema.Person && first > 0 && last < len(s.Tokens) &&
		strings.EqualFold(s.Tokens[first-1].Text, x.Relation) && finiteTags[s.Tokens[last].Tag] {
		// "Tom Wu was dropped and captain Ann Lee believes ...": the role
		// noun is the title of the next clause's subject, no verb
		// shared with the clause before.
		return true
	}
	if rel != "v" && rel != "vs" && rel != "v." && rel != "vs." {
		if obj.typ != schema.Person || subj.typ != schema.Organization && subj.typ != schema.GPE {
			return false
		}
		if one := strings.TrimSuffix(rel, "s"); !roleNoun(rel) && !roleNoun(one) && !occupationNouns[one] && !bodyNouns[one] && !positionNouns[one] && !fameNouns[one] {
			return false
		}
	}
	_, last := argTokens(s, x.Subject)
	first, _ := argTokens(s, x.Object)
	return last >= 0 && first == last+1 && strings.EqualFold(s.Tokens[last].Text, x.Relation)
}

// titleRelation reports whether x's relation is one role, occupation or
// title noun written before its object's name, right before it or before
// a list of names that ends in it: the noun titles the name, it is no act.
// The noun follows its organisation or state, which is x's subject
// ("Halvik Police sergeant Tom Wu", "NASA astronauts Bob Behnken and Doug
// Hurley"), or a preposition or an article ("lost the nomination to
// businessman Rocky De La Fuente"); after a person it may be a verb
// ("Tom Wu coaches Ann Lee").
func (d *docState) titleRelation(s nlp.Sentence, x schema.Extraction, subj, obj *docEntity) bool {
	rel := strings.ToLower(x.Relation)
	if obj == nil || obj.typ != schema.Person || strings.Contains(rel, " ") {
		return false
	}
	one := strings.TrimSuffix(rel, "s")
	if !roleNoun(rel) && !roleNoun(one) && !occupationNouns[one] && !positionNouns[one] && !fameNouns[one] &&
		d.r.g.titles[normKey(x.Relation)] == nil && d.r.g.titles[normKey(x.Relation[:len(one)])] == nil {
		return false
	}
	toks := s.Tokens
	first, _ := argTokens(s, x.Object)
	for k := first - 1; k > 0 && k >= first-8; k-- {
		switch t := toks[k]; {
		case strings.EqualFold(t.Text, x.Relation):
			_, last := argTokens(s, x.Subject)
			p := toks[k-1].Tag
			return subj != nil && (subj.typ == schema.Organization || subj.typ == schema.GPE) && last == k ||
				p == "IN" || p == "TO" || p == "DT"
		case t.Text != "and" && t.Text != "," && !isCap(t.Text):
			return false
		}
	}
	return false
}

// debateNouns name a contest of words that sides take part in, and map each to
// the act of its sides, which takes the opponent after against or with.
var debateNouns = map[string]string{"debate": "debate", "debates": "debate", "duel": "duel", "showdown": "face"}

// resultVerbs say that their subject gained the result their object names
// ("secured a victory over", "recorded a win over"), not that it marked
// or spoke of another's.
var resultVerbs = map[string]bool{
	"secure": true, "claim": true, "record": true, "earn": true, "win": true, "clinch": true, "notch": true,
	"post": true, "seal": true, "achieve": true, "grab": true, "register": true, "score": true, "snatch": true,
}

// resultNouns name the result of a contest, whose opponent follows them,
// and map each to the relation it gives the side that had it.
var resultNouns = map[string]string{
	"draw": "draw_with", "victory": "defeat", "win": "defeat", "triumph": "defeat", "thrashing": "defeat",
	"defeat": "lose_to", "loss": "lose_to",
}

// fameNouns say what a person is to the side or the field named before
// the name ("Liverpool legend Tom Wu", "Arsenal hero Ann Lee").
var fameNouns = map[string]bool{
	"legend": true, "hero": true, "icon": true, "great": true, "idol": true, "stalwart": true, "star": true,
}

// finiteTags are the tags of finite verbs and modals.
var finiteTags = map[string]bool{"VBZ": true, "VBD": true, "VBP": true, "MD": true}

// positionNouns are the positions of players that news writes between a
// side's name and a player's ("Wales wing Tom Wu").
var positionNouns = map[string]bool{
	"wing": true, "winger": true, "striker": true, "defender": true, "midfielder": true, "goalkeeper": true,
	"keeper": true, "forward": true, "centre": true, "prop": true, "lock": true, "hooker": true,
}

// bodyName reports whether name, of two words or more, ends in an
// organisation's or a site's head word ("Halvik Opera House", "Radio
// Orchestra"): a body's or a building's name, whatever its type.
func (r *Resolver) bodyName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	return r.g.is("orghead", last) || siteWords.has(last) || companyHeads[last] || tradeNameHeads[last] || pressLast[last] || last == "House"
}

// stateBody reports whether name, an organisation's, ends or opens with
// the head noun of a state's or a town's body ("Oslo City Council",
// "Metropolitan Police", "Department of Health"): a body that is part of
// the place that holds it.
func stateBody(name string) bool {
	var fArr [16]string
	f := lowerFields(fArr[:0], name)
	return len(f) > 0 && (governmentHeads[f[len(f)-1]] || governmentHeads[f[0]])
}

// privateHeads are the head nouns of bodies that a state's possessive
// places without making them part of the state: schools, universities
// and sports' or trades' associations ("Australia's Griffith
// University", "the United States' National Basketball Association").
var privateHeads = map[string]bool{"university": true, "college": true, "school": true, "association": true, "league": true}

// privateBody reports whether the organisation e is a body of its own
// that a state's possessive only places: a name ending in one of
// [privateHeads], or a company or a campaign group the gazetteer knows
// ("Argentina's Amnesty International" is the group's branch there).
func privateBody(e *docEntity) bool {
	if e.gaz != nil && e.gaz.of == "" && (slices.Contains(e.gaz.desc, "company") || slices.Contains(e.gaz.desc, "group")) {
		return true
	}
	return privateHeads[orgHead(e.name)]
}

// titleStart returns the first token of the gazetteer's title that ends
// with token last and starts at a or after, or last: "Prime" of "the UK
// Prime Minister".
func (r *Resolver) titleStart(s nlp.Sentence, a, last int) int {
	for k := max(a, last-3); k < last; k++ {
		if r.title(spanText(s, k, last+1)) != nil {
			return k
		}
	}
	return last
}

// modifiesNoun reports whether token k, right after a name, is a
// lower-case common noun the name modifies: "the Air Force's Evolved
// Expendable Launch Vehicle program" names a programme, no person of the
// Air Force.
func modifiesNoun(s nlp.Sentence, k int) bool {
	if k >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[k]
	return (t.Tag == "NN" || t.Tag == "NNS") && !isCap(t.Text) && !roleNoun(strings.TrimSuffix(t.Lower(), "s"))
}

// nameListEnd returns the token after the names listed from token k on
// with "and", "or" or commas ("and G8" of "EU and G8 presidencies"), or k.
func nameListEnd(s nlp.Sentence, k int) int {
	for j := k; j+1 < len(s.Tokens); j++ {
		switch w := s.Tokens[j].Text; {
		case w == "and" || w == "or" || w == ",":
			if !isCap(s.Tokens[j+1].Text) {
				return k
			}
		case isCap(w):
			k = j + 1
		default:
			return k
		}
	}
	return k
}

// titleEnd returns the last token of the title of m, a person's mention,
// that holder, its state or body, goes with: the token before the name
// when holder comes first ("Pentagon Acquisition Director Michael Wynne"),
// the title's last word after holder in an apposition after the name
// ("Tom Wu, the Afghan intelligence chief,"); -1 when there is none.
func titleEnd(s nlp.Sentence, holder, m *mention) int {
	if holder.end < m.start {
		if n := len(m.titles); n > 0 && m.titles[n-1].plural {
			// "Peruvian presidents Ann Lee and Tom Wu": the plural
			// title before the list is Tom Wu's.
			for k := holder.end; k < m.start; k++ {
				if w := s.Tokens[k].Lower(); strings.HasSuffix(w, "s") && strings.HasSuffix(strings.ToLower(m.titles[n-1].name), w[:len(w)-1]) {
					return k
				}
			}
		}
		last := m.start - 1
		for last > holder.end && s.Tokens[last].Text == "," {
			last--
		}
		return last
	}
	if holder.start < m.end || len(m.titles) == 0 {
		return -1
	}
	f := strings.Fields(strings.ToLower(m.titles[len(m.titles)-1].name))
	for k := holder.end; k < len(s.Tokens) && k < holder.end+4; k++ {
		if s.Tokens[k].Lower() == f[len(f)-1] {
			return k
		}
	}
	return -1
}

// headAdjectives are the adjectives of a head that the tagger may read as
// nouns ("Chinese paramount leader Xi Jinping", "the supreme leader"), and
// the lower-case kinds of place a town's head is named with ("Seoul city
// Mayor Park Won-soon"): they name no part of the state or town the head
// leads.
var headAdjectives = map[string]bool{"paramount": true, "supreme": true, "city": true, "town": true}

// partBetween reports whether a noun that names no role stands among the
// tokens [a, b) between a body's name and a leading role noun: "Pentagon
// Acquisition Director", "the Boeing sales director". The role heads a part
// of the body, whose holder works for the body rather than leads it.
func partBetween(s nlp.Sentence, a, b int) bool {
	for k := a; k < b && k < len(s.Tokens); k++ {
		if t := s.Tokens[k]; strings.HasPrefix(t.Tag, "NN") && !roleNoun(t.Lower()) && !headAdjectives[t.Lower()] {
			return true
		}
	}
	return false
}

// partBesideParty is [partBetween] for the tokens [a, b) of sentence si
// with a party named in one word left out: "is Oregon's Republican
// Governor" holds the state's office as the party's member, as "is the
// Republican governor" does, and names no part of the state.
func (d *docState) partBesideParty(si int, s nlp.Sentence, a, b int) bool {
	for k := a; k < b && k < len(s.Tokens); k++ {
		i := slices.IndexFunc(d.sents[si], func(m *mention) bool { return m.start == k && m.ent != nil && oneWordParty(m) })
		if i < 0 && partBetween(s, k, k+1) {
			return true
		}
	}
	return false
}

// oppositionBetween reports whether a token in [a, b) of s is
// "opposition": a title of the opposition to a state's government ("the
// Russian opposition leader") holds no office of the state.
func oppositionBetween(s nlp.Sentence, a, b int) bool {
	for k := a; k < b && k < len(s.Tokens); k++ {
		if s.Tokens[k].Lower() == "opposition" {
			return true
		}
	}
	return false
}

// oppositionIn reports whether the argument a of s holds the word
// "opposition" ([oppositionBetween]).
func oppositionIn(s nlp.Sentence, a schema.Argument) bool {
	for k, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End && oppositionBetween(s, k, k+1) {
			return true
		}
	}
	return false
}

// eventPlace reports whether x, a noun and the place after it ("the
// Labour Party is in Oslo"), reads a place that a verb's reading among xs
// takes as its own: the noun lies in the verb's object or in another of
// its phrases, and the place phrase is the verb's ("held talks with the
// Labour Party in Oslo", "met troops at Gonzales", "played against the
// Rays at Fenway Park"). A verb that ends in to, at, in or into brings
// the noun to a place that it sits in: "was sent to the Project Force in
// Sydney", "was held at Halvik Camp in Bergen"; one that ends in
// among finds a people where it lives ("ministered among the Tarahumara in
// Chihuahua").
func eventPlace(xs []schema.Extraction, x schema.Extraction) bool {
	_, ok := eventReading(xs, x)
	return ok
}

// eventReading returns the verb's reading among xs that takes the place
// of x as its own, as [eventPlace] tells, and whether there is one.
func eventReading(xs []schema.Extraction, x schema.Extraction) (schema.Extraction, bool) {
	var relArr [16]string
	rel := lowerFields(relArr[:0], x.Relation)
	if len(rel) != 2 || !beForms[rel[0]] || x.Subject.End == 0 || x.Object.End == 0 {
		return schema.Extraction{}, false
	}
	inside := func(a, b schema.Argument) bool { return b.End > 0 && b.Start <= a.Start && a.End <= b.End }
	for _, y := range xs {
		var wArr [16]string
		w := lowerFields(wArr[:0], y.Relation)
		if len(w) == 0 || beForms[w[0]] && len(w) <= 2 {
			continue
		}
		switch w[len(w)-1] {
		case "to", "at", "in", "into", "inside", "on", "among":
			continue
		}
		placed, holds := false, inside(x.Subject, y.Object)
		for _, a := range y.Extra {
			if inside(x.Object, a) && !inside(x.Subject, a) {
				placed = true
			} else if w, _, _ := strings.Cut(strings.ToLower(a.Text), " "); inside(x.Subject, a) && !inside(x.Object, a) &&
				a.Role != "place" && w != "among" && w != "in" && w != "at" {
				// "worked among Christians in Aleppo", "a clerk in the
				// Goods Depot at Kettering": a people, or a place the
				// verb takes, is where the place after it says.
				holds = true
			}
		}
		if placed && holds {
			return y, true
		}
	}
	return schema.Extraction{}, false
}

// wishVerbs take an actor and an infinitive for what they wish or expect
// of it ("wants Norway to leave").
// demandFor maps the lemmas of a demand made "for" an actor to do
// something to the lemma of the call made on the actor: "called for Norway
// to pay" calls on Norway.
var demandFor = map[string]string{
	"call_for": "call_on", "urge_for": "urge", "ask_for": "ask", "press_for": "press", "push_for": "press",
	"appeal_for": "appeal_to", "plead_for": "plead_with",
}

// passiveAt reports whether the infinitive at token v is passive: "to be
// arrested", "to be brought in", "to get fired".
func passiveAt(toks []nlp.Token, v int) bool {
	w := toks[v].Lower()
	if w != "be" && w != "get" {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+2; k++ {
		if toks[k].Tag == "VBN" {
			return true
		}
		if toks[k].Tag != "RB" {
			return false
		}
	}
	return false
}

var wishVerbs = map[string]bool{"want": true, "wish": true, "expect": true, "prefer": true, "like": true, "need": true}

// wishedOfOther reports whether the relation of x is an infinitive after a
// verb of [wishVerbs] and a noun phrase of its own ("Standard Chartered
// expects 16% of its revenue to come from KFB"): the phrase is the
// infinitive's subject, not x's.
func wishedOfOther(s nlp.Sentence, x schema.Extraction) bool {
	ri, _, ok := relationTokens(s, x)
	if !ok || ri < 3 || !strings.EqualFold(s.Tokens[ri-1].Text, "to") || !strings.HasPrefix(s.Tokens[ri-2].Tag, "NN") {
		return false
	}
	for k := ri - 3; k >= 0 && k >= ri-10 && s.Tokens[k].Start >= x.Subject.End; k-- {
		if t := s.Tokens[k]; strings.HasPrefix(t.Tag, "VB") {
			return wishVerbs[verbBase(t.Lower(), wishVerbs)]
		}
	}
	return false
}

// peopleGroupNouns name a party of people sent or gathered by a body
// ("a delegation from Sweden", "a team at the University of Oslo").
var peopleGroupNouns = map[string]bool{"delegation": true, "team": true, "mission": true, "contingent": true, "panel": true}

// ledPeople reports whether x is a passive of leading ("led by", "headed
// by", "chaired by") whose subject names people who stand for a body but
// are not it: a plural common noun ("Researchers at Stanford University,
// led by Tom Wu,"), a party of people at or from a body ("a delegation
// from Sweden, led by Tom Wu,"), or the body after either ("Officials at
// the ministry, led by").
// The leader leads them; the body's head may be another. "The company,
// led by" and "The Labour Party, led by" name the body itself.
func ledPeople(s nlp.Sentence, x schema.Extraction) bool {
	switch x.Lemma {
	case "lead_by", "head_by", "chair_by":
	default:
		return false
	}
	first, last := argTokens(s, x.Subject)
	if first < 0 {
		return false
	}
	toks := s.Tokens
	if k := first - 2; k >= 0 && (toks[k+1].Text == "at" || toks[k+1].Text == "from") && (k == 0 || !isCap(toks[k].Text)) &&
		(toks[k].Tag == "NNS" || peopleGroupNouns[toks[k].Lower()]) {
		// "Officials at the ministry, led by Tom Wu,", "a team at the
		// University of Oslo, led by Ann Lee,": the extractor reads the
		// participle of the nearest name; it is of the people before.
		return true
	}
	h := first
	for h < last && (toks[h].Tag == "DT" || toks[h].Tag == "CD" || strings.HasPrefix(toks[h].Tag, "JJ")) {
		h++
	}
	for h+1 < last && strings.HasPrefix(toks[h+1].Tag, "NN") && !isCap(toks[h+1].Text) {
		h++ // "health officials", "research teams"
	}
	if h >= last || isCap(toks[h].Text) && h > 0 {
		return false // a name ("Halvik Partners, led by") is the body
	}
	w := toks[h].Lower()
	if toks[h].Tag == "NNS" {
		return true
	}
	return peopleGroupNouns[w] && h+1 < len(toks) && (toks[h+1].Text == "at" || toks[h+1].Text == "from" || toks[h+1].Text == "of")
}

// nounPassive reports whether the relation of x is a passive infinitive
// right after a noun ("after a civil ceremony to be held at Windsor
// Castle", "plans for the Rock's sovereignty to be shared between Britain
// and Spain", "a plan for the Baltic Sea to be presented at
// the UN"): the noun phrase undergoes the act, not x's subject.
func nounPassive(s nlp.Sentence, x schema.Extraction) bool {
	ri, _, ok := relationTokens(s, x)
	if !ok || ri < 2 || ri+1 >= len(s.Tokens) || !strings.EqualFold(s.Tokens[ri-1].Text, "to") ||
		!strings.HasPrefix(s.Tokens[ri-2].Tag, "NN") || s.Tokens[ri-2].Start < x.Subject.End {
		return false
	}
	if s.Tokens[ri].Lower() != "be" || s.Tokens[ri+1].Tag != "VBN" {
		return false
	}
	for k := ri - 3; k >= 0 && s.Tokens[k].Start >= x.Subject.End; k-- {
		if w := s.Tokens[k].Lower(); beForms[w] && s.Tokens[k].Tag != "POS" || copulas[w] {
			return false // "was one of the first scholars to be elected", "became the third governor to be impeached": the subject is the noun
		}
	}
	return true
}

// gerundSubject reports whether the relation of x is a gerund whose
// phrase is the subject of a finite verb after its object ("insulting the
// president and officials has been made a criminal offence"): no one named
// before it does the act.
func gerundSubject(s nlp.Sentence, x schema.Extraction) bool {
	ri, rj, ok := relationTokens(s, x)
	_, last := argTokens(s, x.Object)
	return ok && rj == ri+1 && s.Tokens[ri].Tag == "VBG" && last >= 0 && finiteAfterPhrase(s.Tokens, last)
}

// finiteAfterPhrase reports whether a finite verb follows token k, past
// at most a few words that go on a noun phrase ("and officials"): the
// phrase before k is the subject of that verb. A noun phrase that starts
// right at k, with no conjunction, is a new one, the verb's own subject
// ("telling Reuters the firm would close": what was told).
func finiteAfterPhrase(toks []nlp.Token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		switch t := toks[j]; {
		case t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VBD" || t.Tag == "MD":
			return true
		case j == k && t.Tag != "CC":
			return false
		case t.Tag != "CC" && t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNS":
			return false
		}
	}
	return false
}

// comparingVerbs set one thing beside another, which relates no two actors.
var comparingVerbs = map[string]bool{"compare": true, "contrast": true, "liken": true, "equate": true}

// evaluative are the adjectives that judge an act after an expletive "it"
// ("it was wrong to put ...", "it is vital to help ...").
var evaluative = map[string]bool{
	"wrong": true, "right": true, "important": true, "hard": true, "difficult": true, "easy": true,
	"necessary": true, "possible": true, "impossible": true, "unfair": true, "fair": true, "vital": true,
	"essential": true, "crucial": true, "good": true, "bad": true, "better": true, "wise": true, "unwise": true,
	"foolish": true, "unacceptable": true, "reasonable": true, "unreasonable": true, "safe": true, "unsafe": true,
}

// expletive reports whether x's subject is the "it" of "it is clear
// that", "it seems likely": "it" with a copula-like verb and an adjective,
// an adverb, a participle or a clause after it, or nothing; or an
// evaluative adjective and an infinitive ("it was wrong to put").
func expletive(s nlp.Sentence, x schema.Extraction) bool {
	if !strings.EqualFold(strings.TrimSpace(x.Subject.Text), "it") {
		return false
	}
	if _, ok := passiveBy(x); ok {
		// "it is claimed by the Crown that both knew": the that-clause
		// after the agent is what was asserted.
		for i, t := range s.Tokens {
			if t.Start >= x.Object.End {
				w := s.Tokens[i].Lower()
				return w == "that" || w == "whether"
			}
		}
		return false
	}
	if w := strings.Fields(strings.ToLower(x.Relation)); len(w) >= 4 && beForms[w[0]] {
		// "it was wrong to put Norway under an embargo", "it is very hard
		// to see": the infinitive after "it", "be" and an adjective has
		// no subject.
		k := 1
		if k+2 < len(w) && strings.HasSuffix(w[k], "ly") || w[k] == "very" || w[k] == "so" || w[k] == "too" || w[k] == "not" {
			k++
		}
		if evaluative[w[k]] && w[k+1] == "to" {
			return true // not "it was able to buy": a body able to act
		}
	}
	switch x.Lemma {
	case "be", "seem", "appear", "remain", "become":
	default:
		return false
	}
	if x.Object.End <= x.Object.Start {
		return true
	}
	for _, t := range s.Tokens {
		if t.Start >= x.Object.Start {
			w := t.Lower()
			return strings.HasPrefix(t.Tag, "JJ") || strings.HasPrefix(t.Tag, "RB") || t.Tag == "VBN" ||
				w == "that" || w == "whether" || w == "time"
		}
	}
	return false
}

// ofOrganization returns the organisation named after "of" in argument a
// ("the missile bureau of the Korean People's Army"), or nil.
func (d *docState) ofOrganization(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	if si >= len(d.sents) || a.End <= a.Start {
		return nil
	}
	of := -1
	for i, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End && strings.EqualFold(t.Text, "of") {
			of = i
			break
		}
	}
	if of < 0 {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.start > of && m.ent != nil && m.ent.typ == schema.Organization && s.Tokens[m.end-1].End <= a.End && !m.adj {
			return m.ent
		}
	}
	return nil
}

// plannedEvent reports whether a verb and the preposition its lemma ends
// with set up an event whose partner or place the preposition names:
// "plan" and "schedule" with any ("planned a rally for Ohio", "scheduled
// talks with Norway"), "request", "propose" and "seek" with "with"
// ("requested a meeting with Tom Wu"). "requested help from the UN" asks
// the UN itself, and stays.
func plannedEvent(verb, prep string) bool {
	switch verb {
	case "plan", "schedule":
		return true
	case "request", "propose", "seek":
		return prep == "with"
	}
	return false
}

// meetingUnheld reports whether verb, the base of a fact's verb, says the
// meeting it takes as object has not taken place: "planned a meeting with
// Tom Wu", "requested talks with Ann Lee", "sought a summit with Norway",
// "called for negotiations with Sweden" ask for or prepare it.
func meetingUnheld(verb string) bool {
	switch verb {
	case "request", "arrange", "demand", "urge", "want", "ask", "call", "push", "suggest", "press", "invite":
		return true
	case "welcome":
		return false // "welcomed the talks with Sweden" may follow them
	}
	return isIntention(verb)
}

// meetingNouns are the meetings that meetingWith and inEvent read as a
// meeting with the actor after "with".
var meetingNouns = map[string]bool{
	"summit": true, "talks": true, "meeting": true, "meetings": true, "negotiations": true, "consultations": true,
}

// meetingWith returns the actor named in argument a right after "summit
// with", "talks with" or a similar meeting noun ("for a summit | with
// Kenji Moriyama": the noun may end the argument before), or nil.
func (d *docState) meetingWith(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	if si >= len(d.sents) || a.End <= a.Start {
		return nil
	}
	toks := s.Tokens
	for w := 1; w+1 < len(toks); w++ {
		if toks[w].Start < a.Start || toks[w+1].End > a.End || !strings.EqualFold(toks[w].Text, "with") {
			continue
		}
		n := placedBefore(toks, w) // "a meeting at the Pentagon with": where it was held may stand between
		if n < 1 || !meetingNouns[toks[n-1].Lower()] || n >= 2 && toks[n-2].Lower() == "no" {
			continue // "is in no talks with Italy" denies them
		}
		if slices.ContainsFunc(toks[:n], func(t nlp.Token) bool {
			return t.Start >= a.Start && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD")
		}) {
			continue // "said Tom Wu resigned after talks with Norway": the meeting of the clause said, not the sayer's
		}
		for _, m := range d.sents[si] {
			if m.start > w && toks[m.end-1].End <= a.End && m.ent != nil && !m.adj && m.kind != mPronoun && m.ent.typ != schema.Concept {
				if p := titledAfter(toks, d.sents[si], m, a.End); p != nil {
					return p.ent // "with Halvik Holdings chief executive Tom Wu": the person the title names
				}
				return m.ent // the first actor after "with": "with Japanese Prime Minister Kenji Moriyama"
			}
		}
	}
	return nil
}

// titledAfter returns the person whose title body m names, right after m
// and at most three title words ("Halvik Holdings chief executive Tom Wu",
// "Norway's prime minister Tom Wu"), inside an argument ending at byte
// end; nil when m is a person or no such name follows.
func titledAfter(toks []nlp.Token, ms []*mention, m *mention, end int) *mention {
	if m.ent.typ == schema.Person {
		return nil
	}
	for _, p := range ms {
		if p.start < m.end || p == m {
			continue
		}
		if p.ent == nil || p.ent.typ != schema.Person || p.possessive || p.kind == mPronoun || toks[p.end-1].End > end || p.start-m.end > 3 {
			return nil
		}
		for _, t := range toks[m.end:p.start] {
			if t.Tag != "POS" && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "JJ" {
				return nil // "with Halvik Holdings and Tom Wu": two actors
			}
		}
		return p
	}
	return nil
}

// placedBefore returns the token that opens the place phrase ending
// before token w ("at the Pentagon", "in Oslo"), or w when there is none.
func placedBefore(toks []nlp.Token, w int) int {
	j := w - 1
	for j > 0 && j > w-5 && isCap(toks[j].Text) {
		j--
	}
	if j == w-1 {
		return w
	}
	if toks[j].Lower() == "the" {
		j--
	}
	if j > 0 && (toks[j].Lower() == "at" || toks[j].Lower() == "in") {
		return j
	}
	return w
}

// homeland reports whether w, after "his" or "her", names the country the
// person serves.
func homeland(w string) bool { return w == "country" || w == "nation" || w == "government" }

// modifierAt returns the mention of e in sentence si within tokens
// [first, last) that follows "of" and modifies what comes after it: a
// possessive ("director of Venice's ...") or a place's name before a
// body's noun ("editor of UK magazine Mac Format"). It returns nil
// otherwise: "Norway's prime minister" holds Norway's own office.
func (d *docState) modifierAt(si, first, last int, e *docEntity) *mention {
	toks := d.input[si].Tokens
	for _, m := range d.sents[si] {
		if m.ent != e || m.start <= first || m.end >= last {
			continue
		}
		if w := toks[m.end].Lower(); !m.possessive && (e.typ != schema.GPE || m.adj || !lowerWord(w) || !strings.HasPrefix(toks[m.end].Tag, "NN") ||
			!bodyNouns[w] && !pressBodyNouns[w] && !stateBodyNouns[w]) {
			continue // "governor of the Lviv region": the place's own office
		}
		k := m.start - 1
		if k > first && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if strings.EqualFold(toks[k].Text, "of") {
			return m
		}
	}
	return nil
}

// possessedBody returns the organisation that a body's or a place's
// possessive m (or a place's name used as a modifier) names before token
// last, right after its "'s" and at most three lower-case modifiers
// ("Venice's famous Halvik Opera", "UK magazine Mac Format"), or nil.
func (d *docState) possessedBody(si int, s nlp.Sentence, m *mention, last int) *docEntity {
	k := m.end
	if k < last && s.Tokens[k].Tag == "POS" {
		k++
	}
	for n := 0; n < 3 && k < last && lowerWord(s.Tokens[k].Text); n++ {
		k++
	}
	for _, o := range d.sents[si] {
		if o.start == k && o.end <= last && named(o) && o.ent != nil && !o.adj && o.ent.typ == schema.Organization {
			return o.ent
		}
	}
	return nil
}

// describedName returns the organisation named right after one to three
// lower-case words at token j of s that describe it and end in a noun
// ("rock band", "steel company", "opposition party" before the name), within
// tokens [j, last) and among the mentions ms, or nil.
func describedName(s nlp.Sentence, ms []*mention, j, last int) *docEntity {
	k := j
	for k < last && k < j+3 && !isCap(s.Tokens[k].Text) && (strings.HasPrefix(s.Tokens[k].Tag, "NN") || strings.HasPrefix(s.Tokens[k].Tag, "JJ")) {
		k++
	}
	if k == j || k >= last || s.Tokens[k-1].Tag != "NN" {
		return nil
	}
	for _, m := range ms {
		if m.start == k && m.end <= last && named(m) && m.ent != nil && !m.adj && !m.possessive && m.ent.typ == schema.Organization {
			return m.ent
		}
	}
	return nil
}

// roleOfBody returns the organisation or state whose name follows the
// first "of" of argument a right after a role noun ("the director of the
// Nordic Institute", "a member of Parliament"), or the organisation whose
// name opens a and role nouns end it ("Social Democrat Party leader"), or
// nil: "the head of research at Globex" names a part before the body.
func (d *docState) roleOfBody(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	if first < 0 || si >= len(d.sents) {
		return nil
	}
	oneOf := first+2 < last && strings.EqualFold(s.Tokens[first].Text, "one") && s.Tokens[first+1].Lower() == "of"
	from := first + 1
	if oneOf {
		from = first + 3 // "one of the founders of Halvik Holdings"
	}
	for k := from; k < last; k++ {
		if !strings.EqualFold(s.Tokens[k].Text, "of") {
			continue
		}
		before := "" // the word before the role noun: "founding father of"
		if k >= 2 {
			before = s.Tokens[k-2].Lower()
		}
		if !holderNoun(s.Tokens[k-1].Lower()) && titleOfThe(s.Tokens, k-1) == "" && !founderAt(before, s.Tokens[k-1].Lower()) && !(k >= 2 && cappedRoleOf(s.Tokens, k-2)) {
			return nil
		}
		j := k + 1
		if j < last && strings.EqualFold(s.Tokens[j].Text, "the") {
			j++
		}
		for _, m := range d.sents[si] {
			if m.start == j && m.end <= last && named(m) && m.ent != nil && !m.adj &&
				(m.ent.typ == schema.Organization || m.ent.typ == schema.GPE) {
				if m.possessive {
					// "director of Venice's La Fenice Theatre", "head of
					// Intel's photonics lab": the role is the unit's, not
					// the possessor's; the unit is a body named right
					// after the possessive, or none.
					return d.possessedBody(si, s, m, last)
				}
				if p := placeOfStateKind(s.Tokens, m, func(i int) *mention { return d.mentionAt(si, s, i) }); p != nil {
					return p.ent // "governor of United States commonwealth of Puerto Rico"
				}
				return m.ent
			}
			if m.start == k+1 && m.end <= last && m.kind == mDesc && !m.possessive && m.ent != nil &&
				(m.ent.typ == schema.Organization || m.ent.typ == schema.GPE) {
				return m.ent // "became president of the African nation", "is the head of the company"
			}
		}
		if e := describedName(s, d.sents[si], j, last); e != nil {
			return e // "the co-founder of the rock band Cream"
		}
		return nil
	}
	// "became Social Democrat Party leader", "was named the Halvik
	// Holdings chairman", "was chosen as the new Harbor Party leader": a
	// body's name (after "the" and words that date the post), then role
	// nouns that end the argument.
	name := first
	if name < last && strings.EqualFold(s.Tokens[name].Text, "the") {
		name++
	}
	for name < last && timeWords[s.Tokens[name].Text] {
		name++
	}
	for _, m := range d.sents[si] {
		// A party's adjective names the party: "was elected Democratic
		// minority leader".
		// Before another office, it names a member ("is the Republican
		// governor": [docState.copulaRole]).
		if m.start != name || m.end >= last || !named(m) && !m.adj || m.ent == nil || m.adj && (!m.ent.desc["party"] || !partyHeadTitle(spanText(s, m.end, last), s.Tokens[last-1].Text)) || m.possessive || m.ent.typ != schema.Organization {
			continue
		}
		for k := m.end; k < last; k++ {
			if w := s.Tokens[k].Lower(); isCap(s.Tokens[k].Text) || !roleNoun(w) && !rankWords[w] {
				return nil // "the Boeing marketing director": the head of a part
			}
		}
		if m.end < last {
			return m.ent
		}
	}
	return nil
}

// holderNoun reports whether the lower-case w names the holder of a role
// in what its "of" names: a role noun or a founder's ("the founder of"),
// in the plural too, after "one of the" ("one of the founders of") or for
// a list of holders ("Ann Lee and Tom Wu are co-founders of Globex", "were
// members of the band Cream": each member of the list holds the role).
func holderNoun(w string) bool {
	if roleNoun(w) || founderNouns[w] {
		return true
	}
	one, ok := strings.CutSuffix(w, "s")
	return ok && (roleNoun(one) || founderNouns[one])
}

// memberState reports whether x, a copula or "became" with a role noun
// of membership, makes its state or organisation subject a member of the
// organisation obj: "Poland is a member of NATO", "Sweden became a member
// of the EU". Only the noun member counts: "Poland is a supporter of"
// states no membership.
func memberState(subj, obj *docEntity, x schema.Extraction) bool {
	if (subj.typ != schema.GPE && subj.typ != schema.Organization) || obj.typ != schema.Organization {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(x.Object.Text)) {
		if w == "member" || w == "members" {
			return true
		}
	}
	return false
}

// colonGroup returns the group of the people a colon announces after the
// clause, up to the sentence's end ([docState.coordination]), when
// argument a of sentence si is a plural of common nouns that names them
// ("Only two presidents have been impeached: Ann Lee and Tom Wu.",
// "Police arrested three men: Bo Kim, Ed Moss and Jo Hart."), or nil;
// [docState.colonList] reads the roles such a colon lists.
func (d *docState) colonGroup(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	toks := s.Tokens
	if first < 0 || toks[last-1].Tag != "NNS" || slices.ContainsFunc(toks[first:last], func(t nlp.Token) bool { return isCap(t.Text) && t.Tag == "NNP" }) {
		return nil
	}
	c := slices.IndexFunc(toks[last:], func(t nlp.Token) bool { return t.Text == ":" })
	if c < 0 {
		return nil
	}
	c += last
	g, start, end := d.coordination(si, len(toks))
	if g == nil || start != c+1 || end < len(toks) && (end != len(toks)-1 || toks[end].Text != ".") {
		return nil
	}
	return g
}
