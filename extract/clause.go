package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How a clause's subject was found; the confidence depends on it.
type origin uint8

const (
	direct    origin = iota // the noun phrase before the verb
	relative                // the antecedent of who/which/that
	shared                  // a coordinated verb phrase's first subject
	inherited               // an infinitive of purpose or participial phrase
	reduced                 // a noun phrase followed by a participle
	apposed                 // an apposition ("X, a general, ...")
	inverted                // a speaker after the verb ("..., said the minister")
	titled                  // a title before a name ("President X")
	located                 // a noun and the place after it ("countries in Europe")
	possessor               // a possessive ("Dangaioh's characters")
)

// A clause is one predicate with its arguments.
type clause struct {
	vg      int // chunk index of the verb group
	subj    span
	subjs   []span // conjuncts of a coordinated subject
	from    origin
	rel     span
	relText string // the relation when it is implied ("is")
	obj     span
	objs    []span
	extras  []extra
	// thatAt is the chunk index of a "that"/"whether" complementizer whose
	// clause is the object, or -1.
	thatAt int
	// toldAt is 1 + the chunk index of a clause told with no "that" after
	// the object, the hearer ("told reporters the council was corrupt"),
	// or 0. The object stays the hearer.
	toldAt      int
	end         int // token index after the clause's last argument
	attribution span
	parent      int // clause that governs this one, or -1
	// reportedBy is 1 + the index of the nearest clause that reports this
	// one ("X said that ..."), or 0.
	reportedBy int
	gap        bool // the object is a relative pronoun's antecedent
	lent       span // the antecedent lent to the finite verb after a verb of saying ("who police said was armed")
	// relSkip is a time phrase inside rel that is no part of the relation
	// ("met on Monday with": meet_with), or empty.
	relSkip span
}

// An extra is an n-ary argument with its role.
type extra struct {
	sp   span
	role string
}

// clauses finds the clauses of the sentence, one per verb group that has a
// subject, plus appositions.
func (a *analysis) clauses() {
	a.leadingAccording()
	var deferred []int
	for k := range a.ch {
		if a.ch[k].kind != vg || a.consumed[k] {
			continue
		}
		c := clause{vg: k, thatAt: -1, parent: -1}
		if a.inverted(k, &c) {
			a.byVG[k] = len(a.cl)
			a.cl = append(a.cl, c)
			if h, ok := a.invertedHearer(&c); ok {
				a.cl = append(a.cl, h)
			}
			continue
		}
		if !a.findSubject(k, &c) && !a.parsedSubject(k, &c) {
			if !a.sentenceInitial(k) {
				continue
			}
			deferred = append(deferred, k)
			c.from = inherited
			c.subj = span{}
		}
		a.complements(&c)
		a.gapObject(&c)
		a.byVG[k] = len(a.cl)
		a.cl = append(a.cl, c)
	}
	// Sentence-initial participial phrases take the subject of the first
	// clause that has one.
	for _, k := range deferred {
		ci := a.byVG[k]
		for i := range a.cl {
			if i == ci || a.cl[i].from != direct || a.cl[i].subj.empty() || a.ch[a.cl[i].vg].i < a.ch[k].i ||
				a.quotesBefore(a.cl[i].subj.i)%2 != a.quotesBefore(a.ch[k].i)%2 {
				continue // nor one whose subject is inside a quotation the phrase is outside of
			}
			if a.ch[k].form == gerund && a.cl[ci].end == a.cl[i].subj.j {
				// "aiding Russia's war effort presents an opportunity": the
				// gerund phrase is the subject.
				a.cl[i].subj, a.cl[i].subjs = span{a.ch[k].i, a.cl[i].subj.j}, nil
				break
			}
			a.cl[ci].subj, a.cl[ci].subjs = a.cl[i].subj, a.cl[i].subjs
			a.cl[ci].parent = i
			break
		}
	}
	a.sharedAgent()
	a.sharedPlace()
	a.gapped()
	a.thatObjects()
	a.trailingSpeaker()
	a.accordingCitation()
	a.leadingAdjunct()
	a.appositions()
	a.titles()
	a.nounPlaces()
	a.possessives()
}

// ParticipleSubordinators open a passive participle's phrase before the
// subject whose the participle is: "When asked by CNN, ..." ("if" and
// "unless" are left out: a condition states no act).
var ParticipleSubordinators = map[string]bool{
	"when": true, "while": true, "once": true, "though": true, "although": true,
}

// quotesBefore counts the quotation marks before token t.
func (a *analysis) quotesBefore(t int) int {
	n := 0
	for _, c := range a.ch {
		if c.kind == quote && c.i < t {
			n++
		}
	}
	return n
}

// sentenceInitial reports whether the participle or gerund at chunk k opens
// the sentence or follows only an introductory phrase and a comma ("For
// North Korea, aiding Russia's war effort ...").
func (a *analysis) sentenceInitial(k int) bool {
	f := a.ch[k].form
	if f != gerund && f != participle {
		return false
	}
	m := k - 1
	for m >= 0 && a.ch[m].kind == adv {
		m--
	}
	if m >= 0 && f == gerund && a.ch[m].kind == prep && timeSubordinator(a.low[a.ch[m].i]) {
		if a.openedBy(m, "that") || a.openedBy(m, "") {
			return true // "On May 6 after leaving Oslo, ...", "said that after leaving Oslo, ..."
		}
		m-- // "After leaving the Sea Org, ..."
	}
	if m == 0 && f == participle && a.ch[0].j == a.ch[0].i+1 && ParticipleSubordinators[a.low[a.ch[0].i]] {
		return true // "When asked by CNN about the plan, Ann Lee said"
	}
	if m < 0 {
		return true
	}
	if a.ch[m].kind != comma {
		return false
	}
	for p := 0; p < m; p++ {
		if a.ch[p].kind == vg && a.ch[p].form == finite {
			return false
		}
	}
	return true
}

// openedBy reports whether chunk m, after prepositional phrases of time
// or place only ("on October 6"), follows the word w that opens a clause,
// or, with w "", opens the sentence.
func (a *analysis) openedBy(m int, w string) bool {
	p := m - 1
	for p >= 0 && a.ch[p].kind == adv {
		p--
	}
	for p >= 1 && a.ch[p].kind == np && a.ch[p-1].kind == prep && !subordinator(a.low[a.ch[p-1].i]) {
		p -= 2
	}
	if w == "" {
		return p < 0 && p < m-1
	}
	return p >= 0 && a.ch[p].kind == prep && a.low[a.ch[p].i] == w
}

// objectControl reports whether clause p's verb hands its object to the
// infinitive after it as subject ("urged X to", "asked X to", "told X to").
func (a *analysis) objectControl(p int) bool {
	q := a.cl[p]
	if q.obj.empty() || q.vg < 0 || a.ch[q.vg].passive {
		// "was ordered by Congress to work with Boeing": the subject,
		// not the agent, works with Boeing.
		return false
	}
	h := a.ch[q.vg].head
	v := a.x.base(a.low[h], a.tags[h])
	if v == "pay" {
		// "paid his cousin Ola Berg to sit the exam": the one paid
		// takes it; "paid $5,000 to settle the case" pays money, and
		// the payer settles.
		t := a.tags[q.obj.j-1]
		return t == "NNP" || t == "NNPS" || t == "PRP"
	}
	return controlVerb(v)
}

// controlVerb reports whether the verb of base form v hands its object to
// an infinitive after it ("urged X to", "asked X to").
func controlVerb(v string) bool {
	switch v {
	case "urge", "ask", "tell", "warn", "order", "persuade", "encourage", "force", "allow", "invite", "instruct",
		"advise", "remind", "convince", "help", "enable", "press", "pressure", "require", "permit", "call", "compel", "beg",
		"let", "make", "see", "watch", "hear", "hire", "employ", "recruit", "commission", "appoint", "authorize", "authorise",
		// verbs of choosing: "tapped Ann Lee to be its nominee", "chose
		// Tom Wu to lead the party"; the one chosen takes the post
		"choose", "pick", "select", "tap", "name", "elect", "nominate", "designate":
		return true
	}
	return false
}

// findSubject sets c.subj for the verb group at chunk k and reports whether
// it found one. It looks at the chunk left of the verb group (adverbs and
// quotes aside) and hands each kind of chunk to a helper below.
func (a *analysis) findSubject(k int, c *clause) bool {
	v := a.ch[k]
	if p := a.inherit[k]; p >= 0 {
		c.subj, c.subjs, c.from, c.parent = a.cl[p].subj, a.cl[p].subjs, inherited, p
		if a.objectControl(p) || a.afterGerund[k] && !a.cl[p].obj.empty() {
			// "urged the minister to apologise": the minister apologises;
			// "accused the government of using the media to back him":
			// the government backs him.
			c.subj, c.subjs = a.cl[p].obj, a.cl[p].objs
		}
		return !c.subj.empty()
	}
	m := k - 1
	for m >= 0 && (a.ch[m].kind == adv || a.ch[m].kind == quote) {
		m--
	}
	if m > 0 && a.floatingQuantifier(m) && a.ch[m-1].kind == wh {
		m-- // "Ann Lee and Tom Wu, who both worked for": the relative's subject
	}
	if m > 0 && v.form == finite && a.ch[m].kind == np && a.adjunctDate(m) {
		// "Tom Wu late Tuesday met Ann Lee", "Tom Wu last week met":
		// the date is no subject, the noun phrase before it is.
		n, start := m-1, a.ch[m].i
		if n > 0 && a.ch[n].kind == adv && a.ch[n].j == start && a.ch[n].j-a.ch[n].i == 1 && (a.low[a.ch[n].i] == "late" || a.low[a.ch[n].i] == "early") {
			n, start = n-1, a.ch[n].i
		}
		if a.ch[n].kind == np && a.ch[n].j == start {
			m = n
		}
	}
	if n := a.commaBeforeDate(m); n > 0 && v.form == finite {
		// "Ann Lee, the mayor of Oslo, on Sunday criticised Tom Wu",
		// "..., last week met", "..., earlier this month said": a date
		// between the comma that closes an apposition and the verb is
		// no subject; the name before the apposition is.
		m = n
	}
	if m < 0 {
		return false
	}
	left := a.ch[m]
	if left.kind == prep && v.form == gerund && a.low[left.i] == "on" && m > 0 && a.ch[m-1].kind == np && ruleNouns[a.low[a.ch[m-1].j-1]] {
		// "announced restrictions on flying to Cuba", "a vote on
		// leaving the EU": the gerund is what the rule or the talks are
		// about, no act of anyone named, not a time ("on arriving").
		return false
	}
	if left.kind == prep && v.form == gerund && timeSubordinator(a.low[left.i]) {
		// "wrote a book after leaving the Sea Org": the subject is the
		// clause's before it. At the start of the sentence ("After
		// leaving the Sea Org, Headley wrote") the clause after it
		// gives the subject instead (see sentenceInitial), and so
		// does the clause after a phrase fronted after "that" ("said
		// that on May 6 after leaving Oslo, Tom Wu walked").
		if a.openedBy(m, "that") {
			return false
		}
		for p := len(a.cl) - 1; p >= 0; p-- {
			if q := a.cl[p]; a.ch[q.vg].form == finite && !q.subj.empty() && q.from != relative {
				c.subj, c.subjs, c.from, c.parent = q.subj, q.subjs, inherited, p
				return true
			}
		}
		return false
	}
	switch left.kind {
	case wh:
		return a.relativeSubject(m, c)
	case conj:
		if r := a.reportCoordinate(k); r >= 0 {
			q := a.cl[r]
			c.subj, c.subjs, c.from, c.parent = q.subj, q.subjs, shared, r
			return true
		}
		// A coordinated verb phrase: "served as X and became Y".
		for p := len(a.cl) - 1; p >= 0; p-- {
			q := a.cl[p]
			if m > 0 && a.ch[m-1].kind == comma && a.toks[a.ch[m-1].i].Text == "," && a.subordinate(q) && a.mainBefore(p) {
				// "served as chair while the party held the House,
				// and remained a member": after the comma the verb
				// goes on the main clause, not the one "while" opens.
				continue
			}
			if sameFamily(a.ch[q.vg].form, v.form) && !q.subj.empty() {
				c.subj, c.subjs, c.from, c.parent = q.subj, q.subjs, shared, p
				return true
			}
			if v.form == participle && a.ch[q.vg].form == gerund && q.from == reduced && !q.subj.empty() {
				// "the boy wearing a cap and handcuffed by the police": a
				// participle joined to a reduced relative's gerund
				// describes the same noun.
				c.subj, c.subjs, c.from, c.parent = q.subj, q.subjs, reduced, p
				return true
			}
		}
		return false
	case comma:
		n, found, done := a.subjectAfterComma(m, v, c)
		if done {
			return found
		}
		m = n
	case np:
		if v.form == finite && m >= 2 && a.ch[m-1].kind == prep && a.ch[m-1].j-a.ch[m-1].i == 1 && adjunctBefore(a.low[a.ch[m-1].i]) && a.ch[m-2].kind == wh &&
			a.low[a.ch[m-2].i] != "who" {
			// "Rhodesia, which within a few years declared", "the party
			// that in 1905 left the coalition": a phrase of time between
			// the relative pronoun and its verb is no subject. ("a citizen
			// of Oslo, Norway, who in 1859 proclaimed himself" is left as
			// it was: who may point past the place.)
			return a.relativeSubject(m-2, c)
		}
		if (v.form == participle || v.form == finite) && directionParticiples[a.low[v.head]] && m > 0 && a.ch[m-1].kind == prep &&
			v.j < len(a.toks) && (a.low[v.j] == "for" || a.low[v.j] == "to") {
			// "flying from Bergen in Norway headed for Oslo", "a plane
			// from Bergen bound for Oslo": who or what goes, not the
			// place named before (the tagger may read "headed" as the
			// past tense).
			return a.goer(m, c)
		}
		if v.form == gerund || v.form == participle {
			if a.hasFinite() || m > 0 && a.ch[m-1].kind == prep {
				c.subj = span{a.ch[m].i, a.ch[m].j}
				if m > 1 && v.form == participle && a.ch[m-1].kind == prep && a.nearPlace(m, v) {
					// "talks in Beijing mediated by China", "a plant at
					// Lodi owned by Acme": the passive participle after
					// a place's phrase says what was done to the noun
					// the place locates, not to the place ("a garage
					// owned by Tom Wu" keeps its owner).
					c.subj = span{a.ch[m-2].i, a.ch[m-2].j}
				}
				if m > 1 && v.form == gerund && a.ch[m-1].kind == prep && a.onMedium(m) {
					// "posted a video on YouTube showing Ann Lee", "a
					// letter to the minister criticising Acme": the
					// gerund says what the video or the letter shows or
					// says, not what the site or the addressee does.
					c.subj = span{a.ch[m-2].i, a.ch[m-2].j}
				}
				if q := a.predicateOf(m); q >= 0 {
					// "Ann Lee is a Swedish national now living in Oslo",
					// "Tom Wu was a reporter working for the Post": the
					// noun after the copula is its subject, who lives or
					// works there.
					c.subj, c.subjs, c.parent = a.cl[q].subj, a.cl[q].subjs, q
				}
				c.from = reduced
				return true
			}
		}
	case vg:
		// "the space that this ride occupied was turned into": the clause
		// before ends a relative clause whose object is the antecedent.
		if q := a.byVG[m]; q >= 0 && v.form == finite && a.cl[q].gap && !a.cl[q].obj.empty() {
			c.subj, c.subjs, c.from = a.cl[q].obj, nil, relative
			return true
		}
		if q := a.byVG[m]; q >= 0 && v.form == finite && m == k-1 && !a.cl[q].lent.empty() {
			// "Tom Wu, who critics claimed was corrupt": Tom Wu was.
			c.subj, c.subjs, c.from = a.cl[q].lent, nil, relative
			return true
		}
		if q := a.byVG[m]; q >= 0 && v.form == finite && m == k-1 {
			// "the firm Tom Wu founded sued Ann Lee": a relative clause
			// with no pronoun, whose object is the noun before it.
			if n := a.zeroAntecedent(q); n >= 0 {
				a.cl[q].obj, a.cl[q].gap = span{a.ch[n].i, a.ch[n].j}, true
				c.subj, c.subjs, c.from = a.cl[q].obj, nil, relative
				return true
			}
		}
		return false
	default:
		return false
	}
	if v.form != finite && v.form != participle {
		return false
	}
	return a.directSubject(m, c)
}

// commaBeforeDate returns the comma chunk before a date at chunk k: a
// date of [analysis.adjunctDate] ("last week"), maybe after "earlier" or
// "later" ("earlier this month"), or a dated noun phrase after "on" or
// "in" ("on Sunday", "in March"), right after a comma. It returns -1
// otherwise.
func (a *analysis) commaBeforeDate(k int) int {
	if k < 2 || a.ch[k].kind != np {
		return -1
	}
	sp := span{a.ch[k].i, a.ch[k].j}
	n := k - 1
	switch c := a.ch[n]; {
	case c.kind == prep && c.j == c.i+1 && (a.low[c.i] == "on" || a.low[c.i] == "in") && a.dated(sp) && !a.bareYearOnly(sp):
		n--
	case c.kind == adv && c.j == c.i+1 && (a.low[c.i] == "earlier" || a.low[c.i] == "later") && a.adjunctDate(k):
		n--
	case a.adjunctDate(k):
	default:
		return -1
	}
	if n < 1 || a.ch[n].kind != comma || a.toks[a.ch[n].i].Text != "," || a.ch[n-1].kind != np {
		return -1
	}
	return n
}

// bareYearOnly reports whether span sp is a year alone ("in 2010"), which
// after a comma may close a phrase of its own ("the party, founded in
// 2010, ...") rather than date the verb.
func (a *analysis) bareYearOnly(sp span) bool {
	return sp.j == sp.i+1 && a.yearAt(sp.i)
}

// adjunctDate reports whether the noun phrase at chunk k is a date set
// between a subject and its verb: a bare date ([bareDate]) maybe after
// "late" or "early" ("late Tuesday night", "early Monday"), or "last",
// "this" or "next" before a time noun or a weekday ("last week").
func (a *analysis) adjunctDate(k int) bool {
	i, j := a.ch[k].i, a.ch[k].j
	if i < j && (a.low[i] == "late" || a.low[i] == "early") {
		i++
	}
	if i+2 == j && (a.low[i] == "last" || a.low[i] == "this" || a.low[i] == "next") {
		return timeNoun(a.low[i+1]) || monthOrDay(a.low[i+1])
	}
	return a.bareDate(span{i, j})
}

// reportCoordinate returns the clause of a verb of saying whose report
// the verb of saying at chunk k, after "and", follows: in "Ann Lee said
// the talks had failed, and warned Norway would leave" Ann Lee warns, not
// the talks. The report is the clause right before "and", its subject
// after the first verb; both verbs have the same tense. A report whose
// subject is a name or a pronoun ends only at a comma. It returns -1 when
// there is no such clause.
func (a *analysis) reportCoordinate(k int) int {
	v := a.ch[k]
	if v.form != finite || !coordinatedReport(a.x.base(a.low[v.head], a.tags[v.head])) || len(a.cl) < 2 {
		return -1
	}
	q := a.cl[len(a.cl)-1] // the report
	if q.vg < 0 || q.subj.empty() || a.ch[q.vg].form != finite {
		return -1
	}
	if t := a.tags[a.ch[a.at[q.subj.i]].head]; (t == "NNP" || t == "NNPS" || t == "PRP") && a.ch[k-1].i > 0 && a.toks[a.ch[k-1].i-1].Text != "," {
		// "Ann Lee said Tom Wu met Per Lund and told him to leave": an
		// actor of the report may do what follows; a comma before
		// "and" closes the report first.
		return -1
	}
	for r := len(a.cl) - 2; r >= 0; r-- {
		p := a.cl[r]
		if p.vg < 0 || a.ch[p.vg].form != finite {
			continue
		}
		h := a.ch[p.vg].head
		if p.subj.empty() || !sayingVerb(a.x.base(a.low[h], a.tags[h])) || a.ch[p.vg].j > q.subj.i || a.tags[h] != a.tags[v.head] {
			return -1
		}
		return r
	}
	return -1
}

// coordinatedReport reports whether the verb with base form w, joined by
// "and" to a report, goes on with the reporter's words or acts of
// speech: "said ... and added", "and urged", "and asked", "and thanked
// Tom Wu", "and accused the government".
func coordinatedReport(w string) bool {
	return sayingVerb(w) || speechActs[w]
}

// speechActs are acts done by speaking to or about an actor that go on
// from a report in the reporter's voice: "said the talks had failed and
// blamed Norway" (the talks blame no one).
var speechActs = map[string]bool{
	"urge": true, "ask": true, "thank": true, "praise": true, "commend": true, "congratulate": true,
	"criticise": true, "criticize": true, "condemn": true, "accuse": true, "blame": true, "call": true,
	"appeal": true, "welcome": true, "apologise": true, "apologize": true, "vow": true, "pledge": true,
	"promise": true, "invite": true, "challenge": true, "demand": true, "implore": true, "encourage": true,
	"slam": true, "rebuke": true, "reassure": true,
}

// zeroAntecedent returns the chunk of the noun phrase right before the
// subject of clause q when q is a relative clause with no pronoun and no
// object ("the firm | Tom Wu founded"), or -1: q's subject is a proper
// name, its verb a past or present verb that takes an object, and the noun
// phrase before it a common noun with a determiner.
func (a *analysis) zeroAntecedent(q int) int {
	r := a.cl[q]
	if r.from != direct || !r.obj.empty() || len(r.extras) > 0 || r.subjs != nil || !a.proper(a.ch[a.at[r.subj.i]]) {
		return -1
	}
	n := a.at[r.subj.i] - 1
	if n < 0 || a.ch[n].kind != np || a.ch[n].j != r.subj.i {
		return -1
	}
	p := a.ch[n]
	if a.tags[p.i] != "DT" || a.tags[p.j-1] != "NN" && a.tags[p.j-1] != "NNS" {
		return -1
	}
	if t := a.tags[a.ch[r.vg].head]; t != "VBD" && t != "VBZ" && t != "VBP" {
		return -1
	}
	return n
}

// nearPlace reports whether the noun phrase at chunk m is a proper name
// after a one-word preposition of place ([placingPreps]) that follows
// another noun phrase, and participle v after it takes an agent ("talks
// in Beijing mediated by", "a road into Oslo, built by").
func (a *analysis) nearPlace(m int, v chunk) bool {
	p := a.ch[m-1]
	if p.j-p.i != 1 || !placingPreps[a.low[p.i]] || a.ch[m-2].kind != np {
		return false
	}
	t := a.tags[a.ch[m].j-1]
	return (t == "NNP" || t == "NNPS") && v.j < len(a.toks) && a.low[v.j] == "by"
}

// placingPreps place a thing by a named place: "a hospital in Oslo", "an
// entryway into Oslo", "a base near Oslo". "From" and "of" are left out:
// "a delegation from Norway, led by Ann Lee" leads for Norway.
var placingPreps = map[string]bool{
	"in": true, "at": true, "into": true, "to": true, "near": true, "outside": true, "across": true,
}

// directionParticiples say where someone or something is going: "headed
// for Oslo", "bound for Oslo".
var directionParticiples = map[string]bool{"headed": true, "bound": true}

// predicateOf returns the clause whose lone, affirmative form of "be" has
// the indefinite noun phrase at chunk m as its object ("Ann Lee is a
// Swedish national"), adverbs allowed between, or -1. A participle after
// that noun describes the subject ("... now living in Oslo").
func (a *analysis) predicateOf(m int) int {
	if a.ch[m].kind != np || a.low[a.ch[m].i] != "a" && a.low[a.ch[m].i] != "an" {
		return -1
	}
	p := m - 1
	for p >= 0 && a.ch[p].kind == adv {
		p--
	}
	if p < 0 || a.ch[p].kind != vg || !a.ch[p].copula || a.ch[p].neg {
		return -1
	}
	q := a.byVG[p]
	if q < 0 || a.cl[q].subj.empty() || a.cl[q].obj.i != a.ch[m].i {
		return -1
	}
	return q
}

// goer sets c.subj for a participle of direction after the noun phrase at
// chunk m ([directionParticiples]) and reports whether it found one. The
// places of phrases of "in" and "of" before it are passed over ("from
// Tomsk in Siberia"); a noun phrase before the preposition that opens
// them goes ("a plane from Bergen bound for Oslo"), or else the subject
// of the clause before ("Tom Wu was flying from Tomsk headed for
// Moscow").
func (a *analysis) goer(m int, c *clause) bool {
	k := m
	for k > 1 && a.ch[k-1].kind == prep && a.ch[k-2].kind == np && (a.low[a.ch[k-1].i] == "in" || a.low[a.ch[k-1].i] == "of") {
		k -= 2
	}
	if k > 1 && a.ch[k-1].kind == prep && a.ch[k-2].kind == np {
		c.subj, c.from = span{a.ch[k-2].i, a.ch[k-2].j}, reduced
		return true
	}
	for p := len(a.cl) - 1; p >= 0; p-- {
		if q := a.cl[p]; a.ch[q.vg].form == finite && !q.subj.empty() && q.from != relative {
			c.subj, c.subjs, c.from, c.parent = q.subj, q.subjs, inherited, p
			return true
		}
	}
	return false
}

// onMedium reports whether the noun phrase at chunk m follows a one-word
// "on", "to" or "in" after a noun phrase whose head is a picture, a
// recording or a message ([mediumNouns]): "a photo on Twitter", "a
// letter to Tom Wu".
func (a *analysis) onMedium(m int) bool {
	p, n := a.ch[m-1], a.ch[m-2]
	if p.j-p.i != 1 || a.low[p.i] != "on" && a.low[p.i] != "to" && a.low[p.i] != "in" || n.kind != np {
		return false
	}
	return mediumNouns[a.low[n.j-1]]
}

// mediumNouns are the heads of things that show or say something: the
// gerund after one of them and a phrase of where it was put or whom it was
// sent to describes the thing ([analysis.onMedium]).
var mediumNouns = map[string]bool{
	"photo": true, "photos": true, "photograph": true, "photographs": true, "picture": true, "pictures": true,
	"image": true, "images": true, "video": true, "videos": true, "clip": true, "clips": true, "footage": true,
	"recording": true, "recordings": true, "post": true, "posts": true, "tweet": true, "tweets": true,
	"message": true, "messages": true, "letter": true, "letters": true, "advert": true, "adverts": true,
	"advertisement": true, "advertisements": true, "poster": true, "posters": true, "banner": true, "banners": true,
	"map": true, "maps": true, "graphic": true, "meme": true, "memes": true, "cartoon": true, "cartoons": true,
}

// relativeSubject sets c.subj for a verb group after the relative pronoun
// at chunk m ("the troops, which attacked") and reports whether it found
// one.
func (a *analysis) relativeSubject(m int, c *clause) bool {
	w := a.low[a.ch[m].i]
	if w != "who" && w != "which" && w != "that" {
		return false
	}
	n := m - 1
	if n >= 0 && a.ch[n].kind == comma {
		n--
	}
	if n < 0 || a.ch[n].kind != np {
		return false
	}
	if w == "who" {
		n = a.whoAntecedent(n)
	}
	if w == "which" && a.agreedPassive(m+1) {
		n = a.agreementAntecedent(n)
	}
	if w == "which" {
		n = a.regionAntecedent(n)
	}
	c.subj, c.subjs = a.subjectChain(n, true)
	if w == "who" && a.ownerAntecedent(n) || a.exceptedName(n) {
		// "the apartment of Ann Lee, who had ties to Halvik": "who"
		// is a person, so not the apartment but its owner; "with the
		// exception of Norvania, which rejected it": Norvania.
		c.subj, c.subjs = span{a.ch[n].i, a.ch[n].j}, nil
	}
	c.from = relative
	v := m + 1
	if v+1 < len(a.ch) && a.floatingQuantifier(v) {
		v++ // "who both worked": both members
	}
	if p := len(a.cl) - 1; c.subjs == nil && a.ch[m-1].kind == comma && p >= 0 && len(a.cl[p].objs) > 1 && a.cl[p].objs[len(a.cl[p].objs)-1].j == c.subj.j &&
		v < len(a.ch) && a.ch[v].kind == vg && a.tags[a.ch[v].i] != "VBZ" {
		// "met Norway, Sweden and Denmark, which have signed", "by the
		// presidents of A, B and C, who met Tom Wu": a relative set off
		// after a list is about every member, unless its verb is
		// singular ("and Denmark, which has signed").
		objs := a.cl[p].objs
		c.subj, c.subjs = span{objs[0].i, c.subj.j}, objs
	}
	if p := len(a.cl) - 1; p >= 0 && a.cl[p].vg >= 0 && a.ch[a.cl[p].vg].copula && a.cl[p].obj.i <= c.subj.i && c.subj.j <= a.cl[p].obj.j && !a.cl[p].subj.empty() && a.tags[a.cl[p].subj.i] != "EX" &&
		!a.placedCopula(a.cl[p].rel) {
		// "X is an Australian footballer who plays for Y": the
		// footballer is X; "He was among the members who voted": he
		// voted. Not after another preposition: in "I am in awe of the
		// people who ran" the object is no description of me.
		c.subj, c.subjs = a.cl[p].subj, a.cl[p].subjs
	}
	return true
}

// placedCopula reports whether the relation span rel of a copula holds a
// preposition other than "among" ("am in", "is at").
func (a *analysis) placedCopula(rel span) bool {
	for k := rel.i; k < rel.j; k++ {
		if a.tags[k] == "IN" && a.low[k] != "among" {
			return true
		}
	}
	return false
}

// agreementNouns name a pact made between parties: what is "signed" or
// "agreed" in a relative clause after "a treaty with Iran".
var agreementNouns = map[string]bool{
	"treaty": true, "pact": true, "deal": true, "agreement": true, "accord": true, "memorandum": true,
	"contract": true, "ceasefire": true, "truce": true, "treaties": true, "deals": true, "agreements": true,
}

// agreedPassiveVerbs are the participles of making a pact.
var agreedPassiveVerbs = map[string]bool{
	"agreed": true, "signed": true, "negotiated": true, "ratified": true, "reached": true, "brokered": true,
	"struck": true, "concluded": true,
}

// agreedPassive reports whether chunk v is a passive verb group of making
// a pact ("had been agreed", "was signed").
func (a *analysis) agreedPassive(v int) bool {
	return v < len(a.ch) && a.ch[v].kind == vg && a.ch[v].passive && agreedPassiveVerbs[a.low[a.ch[v].head]]
}

// agreementAntecedent returns the noun phrase a passive relative clause of
// making a pact after chunk n is about: in "a treaty with Iran, which had
// been agreed under Obama" the treaty was agreed, not Iran; a name after
// with or between stays the antecedent of other clauses ("a deal with
// Iran, which denied it").
func (a *analysis) agreementAntecedent(n int) int {
	if n < 2 || !a.proper(a.ch[n]) || a.ch[n-1].kind != prep || a.ch[n-2].kind != np {
		return n
	}
	if p := a.low[a.ch[n-1].i]; p != "with" && p != "between" {
		return n
	}
	if !agreementNouns[a.low[a.ch[n-2].head]] {
		return n
	}
	return n - 2
}

// whoAntecedent returns the noun phrase "who" after chunk n refers to. A
// proper name after a preposition of place is mostly a place, and "who"
// refers to people: "anyone arriving in New Zealand who has been in Italy",
// "a delegation from Kenya who had travelled" are about anyone and the
// delegation. Other names stay: "a letter to Ann Lee, who".
func (a *analysis) whoAntecedent(n int) int {
	if n < 2 || !a.proper(a.ch[n]) || a.ch[n-1].kind != prep || a.ch[n-1].j-a.ch[n-1].i != 1 {
		return n
	}
	switch a.low[a.ch[n-1].i] {
	case "in", "from", "at", "near":
	default:
		return n
	}
	m := n - 2
	if v := a.ch[m]; v.kind == vg && (v.form == gerund || v.form == participle) && m > 0 {
		m-- // "anyone arriving in New Zealand who"
	}
	if a.ch[m].kind != np || a.proper(a.ch[m]) {
		return n
	}
	return m
}

// regionAntecedent returns the antecedent of a "which" set off after the
// proper noun phrase at chunk n: the place before it when n is that place's
// region, set off by a comma after a preposition and the place ("lies in
// Lodi County, Oregon, which is home to"); n otherwise, and in a list
// ("Oslo, Bergen, Lodi, which").
func (a *analysis) regionAntecedent(n int) int {
	if n < 3 || a.ch[n].kind != np || !a.proper(a.ch[n]) || a.ch[n].j-a.ch[n].i > 3 || a.tags[a.ch[n].i] == "DT" ||
		a.ch[n-1].kind != comma || a.toks[a.ch[n-1].i].Text != "," || a.ch[n-2].kind != np || !a.proper(a.ch[n-2]) ||
		a.tags[a.ch[n-2].i] == "DT" || a.ch[n-3].kind != prep || a.ch[n-3].j-a.ch[n-3].i != 1 {
		return n
	}
	return n - 2
}

// ownedNouns name a place, a thing or an event of someone's that "who"
// cannot be: in "the home of Ann Lee, who", "the arrest of Tom Wu who",
// "who" is the name after "of".
var ownedNouns = map[string]bool{
	"home": true, "house": true, "apartment": true, "flat": true, "residence": true, "office": true,
	"offices": true, "car": true, "phone": true, "computer": true, "grave": true, "funeral": true,
	"death": true, "arrest": true, "trial": true, "killing": true, "murder": true, "assassination": true,
	"release": true, "campaign": true, "resignation": true, "election": true, "case": true,
	// Events of a career or a life: "followed the departure of Tom Wu,
	// who was president of".
	"departure": true, "retirement": true, "dismissal": true, "removal": true, "ouster": true,
	"appointment": true, "nomination": true, "candidacy": true, "exit": true, "sacking": true,
	"detention": true, "execution": true, "kidnapping": true, "abduction": true, "disappearance": true,
	"visit": true, "wedding": true, "burial": true,
}

// ownerAntecedent reports whether the proper name at chunk n follows
// "of" and a noun phrase headed by one of [ownedNouns]: a "who" after it
// is the name's, not the whole phrase's.
func (a *analysis) ownerAntecedent(n int) bool {
	if n < 2 || a.ch[n].kind != np || !a.proper(a.ch[n]) || a.ch[n-1].kind != prep || a.low[a.ch[n-1].i] != "of" {
		return false
	}
	return a.ch[n-2].kind == np && strings.HasPrefix(a.tags[a.ch[n-2].head], "NN") && ownedNouns[a.low[a.ch[n-2].head]]
}

// exceptNouns head the fixed phrases that set a name apart ("with the
// exception of Norvania"): the name, not the exception, is what a relative
// clause after it is about ([analysis.exceptedName]).
var exceptNouns = map[string]bool{"exception": true, "exclusion": true}

// exceptedName reports whether the proper name at chunk n follows "of" and
// a noun phrase headed by one of [exceptNouns]: in "with the exception of
// Norvania, which Vandoria does not recognize", Vandoria does not
// recognize Norvania.
func (a *analysis) exceptedName(n int) bool {
	if n < 2 || a.ch[n].kind != np || !a.proper(a.ch[n]) || a.ch[n-1].kind != prep || a.low[a.ch[n-1].i] != "of" {
		return false
	}
	return a.ch[n-2].kind == np && exceptNouns[a.low[a.ch[n-2].head]]
}

// namingParticiples are the passive participles that give a noun its
// name: "a device, called Flyboard Air".
var namingParticiples = map[string]bool{
	"called": true, "named": true, "dubbed": true, "nicknamed": true, "titled": true, "entitled": true,
	"codenamed": true, "code-named": true, "branded": true, "renamed": true, "christened": true,
}

// compositionGerund reports whether the gerund of verb group v tells what
// a thing is made of ("consisting of", "comprising"): set off by a comma,
// it describes the noun before it ("formed a coalition, consisting of the
// Labour Party and the Greens"), not the clause's subject as other gerunds
// do ("attacked Oslo, killing Tom Wu").
func compositionGerund(low []string, v chunk) bool {
	switch low[v.head] {
	case "consisting", "comprising", "composing":
		return true
	}
	return false
}

// nameEnds reports whether the noun phrase at chunk k ends the sentence or
// a phrase set off by commas: "a firm, named Halvik Radio, in 2001", not
// "named Ann Lee as his heir".
func (a *analysis) nameEnds(k int) bool {
	_, end := a.nounChain(k)
	return end >= len(a.ch) || a.ch[end].kind == comma || a.ch[end].kind == stop
}

// rulingVerbs decide a case by a finding stated in their object clause.
var rulingVerbs = map[string]bool{"rule": true, "decide": true, "hold": true, "conclude": true, "determine": true, "find": true}

// rulingOver returns the clause before clause p whose verb of ruling
// ([rulingVerbs]) takes clause p as its object clause, or -1: a participle
// after the finding is the ruling body's act ("The court ruled that the
// fines were unlawful, remanding the case to Oslo").
func (a *analysis) rulingOver(p int) int {
	q := a.cl[p]
	for r := p - 1; r >= 0; r-- {
		c := a.cl[r]
		if c.thatAt < 0 || c.thatAt >= q.vg || c.vg >= q.vg || c.subj.empty() || a.ch[c.vg].form != finite {
			continue
		}
		h := a.ch[c.vg].head
		if rulingVerbs[a.x.base(a.low[h], a.tags[h])] {
			return r
		}
		return -1
	}
	return -1
}

// subjectAfterComma looks for the subject of verb group v after the comma
// at chunk m. When done, found says whether it set c.subj; otherwise next
// is the chunk to take the subject from, as for a verb group right after
// it.
func (a *analysis) subjectAfterComma(m int, v chunk, c *clause) (next int, found, done bool) {
	if m > 0 && a.toks[a.ch[m].i].Text == "]" && a.ch[m-1].kind == stop {
		// "isn't doing this already [...] including for countries like
		// Albania": words left out end the clause before the ellipsis,
		// and what follows it is no phrase of that clause's subject.
		return 0, false, true
	}
	if p := a.splitPassive(m, v); p >= 0 {
		// "Tom Wu was, according to the court, fired by Halvik
		// Holdings": the participle after the aside is the passive of
		// the "was" before it.
		c.subj, c.subjs, c.from, c.parent = a.cl[p].subj, a.cl[p].subjs, reduced, p
		return 0, true, true
	}
	if m > 0 && a.ch[m-1].kind == np && v.j < len(a.toks) && (v.form == participle && (a.tags[v.j] == "IN" || a.tags[v.j] == "TO") ||
		v.form == gerund && compositionGerund(a.low, v)) {
		// "the term cob, defined as a stout horse": a reduced relative
		// set off by a comma. A personal pronoun takes none: in "letters
		// from him, copied by his son" the letters were copied.
		n := a.ch[m-1]
		if q := a.passiveBeforePlace(m - 1); q >= 0 && v.form == participle && workParticiples[a.low[v.head]] && a.low[v.j] == "by" {
			// "a study was published in the journal Nature, conducted
			// by Tom Wu", "the research was carried out at the
			// University of Oslo, led by Ann Lee": the work done by
			// someone is the passive clause's subject, not the journal
			// or the place its phrase names.
			c.subj, c.subjs, c.from, c.parent = a.cl[q].subj, a.cl[q].subjs, reduced, q
			return 0, true, true
		}
		if k := m - 1; k > 1 && a.nearPlace(k, v) && strings.HasPrefix(a.tags[a.ch[k-2].j-1], "NN") && !strings.HasPrefix(a.tags[a.ch[k-2].j-1], "NNP") {
			// "a hospital in Oslo, run by the Red Cross": as with no
			// comma, the participle with an agent after a place's
			// phrase says what was done to the thing the place locates.
			c.subj, c.from = span{a.ch[k-2].i, a.ch[k-2].j}, reduced
			return 0, true, true
		}
		c.subj, c.subjs = a.subjectChain(m-1, n.j-n.i != 1 || a.tags[n.i] != "PRP")
		if k := m - 1; k >= 3 && c.subjs == nil && a.ch[k-1].kind == prep && a.ch[k-2].kind == adj && a.ch[k-3].kind == np {
			// "a book critical of the church, written by Tom Wu": the
			// phrase an adjective's object ends is the book's.
			c.subj = span{a.ch[k-3].i, c.subj.j}
		}
		c.from = reduced
		return 0, true, true
	}
	if v.form == participle && m > 0 && m+2 < len(a.ch) && a.ch[m-1].kind == np && v.j-v.i == 1 && namingParticiples[a.low[v.i]] &&
		a.ch[m+2].kind == np && a.ch[m+2].i == v.j && a.proper(a.ch[m+2]) && a.nameEnds(m+2) {
		// "a device propelled by turbines, called Flyboard Air", "a
		// firm, named Halvik Radio": a passive participle of naming
		// right before a name is a reduced relative that names the noun
		// before the comma; it is no act of the main clause's subject,
		// and its name is no object. It states nothing.
		return 0, false, true
	}
	if v.form == gerund && m > 0 && a.ch[m-1].kind == np && a.proper(a.ch[m-1]) && a.asideInList(m) {
		// "a meeting between Bob Hale, claiming to represent the State
		// Department, and Ann Lee": a phrase set off between two
		// members of a list of names is the first member's.
		c.subj, c.subjs = a.subjectChain(m-1, true)
		c.from = reduced
		return 0, true, true
	}
	if v.form == participle && a.pastAfterRelative(m, v) {
		n, _ := a.skipParenthetical(m)
		return n, false, false
	}
	if n := a.withParticiple(m, v); n >= 0 {
		// "described the scene, with some victims, both young and old,
		// taken to Oslo": the participle after "with" and a noun
		// phrase is that phrase's, not the main clause subject's.
		c.subj, c.from = span{a.ch[n].i, a.ch[n].j}, reduced
		return 0, true, true
	}
	if v.form == gerund || v.form == participle {
		// A participial phrase after the main clause.
		for p := len(a.cl) - 1; p >= 0; p-- {
			q := a.cl[p]
			if a.ch[q.vg].form == finite && !q.subj.empty() && q.from != relative {
				if r := a.rulingOver(p); r >= 0 {
					p, q = r, a.cl[r] // "the court ruled the law void, remanding the case"
				}
				c.subj, c.subjs, c.from, c.parent = q.subj, q.subjs, inherited, p
				return 0, true, true
			}
		}
		return 0, false, true
	}
	// "The University of Florida however, refused": an adverb set off
	// by commas.
	n := m - 1
	for n >= 0 && a.ch[n].kind == adv {
		n--
	}
	if n >= 0 && n < m-1 && a.ch[n].kind == comma {
		n--
	}
	if n >= 0 && n < m-1 && a.ch[n].kind == np {
		return n, false, false
	}
	n, ok := a.skipParenthetical(m)
	if !ok {
		// "broke out of the beachhead, took Cisterna, and raced to
		// Rome": a list of verb phrases sharing the first subject.
		if p := len(a.cl) - 1; p >= 0 && v.form == finite && a.ch[a.cl[p].vg].form == finite && a.cl[p].end == a.ch[m].i && !a.cl[p].subj.empty() {
			c.subj, c.subjs, c.from, c.parent = a.cl[p].subj, a.cl[p].subjs, shared, p
			return 0, true, true
		}
		return 0, false, true
	}
	return n, false, false
}

// withParticiple returns the noun phrase chunk that "with" opens in the
// few chunks before the comma at chunk m, when participle v follows the
// comma and no verb stands between ("with some victims, both young and
// old, taken to Oslo"), or -1. The participle is a passive's, with a
// preposition after it and no object: in "showed up with a level,
// carefully measured every surface" the verb is the past tense.
func (a *analysis) withParticiple(m int, v chunk) int {
	if v.form != participle || v.j >= len(a.toks) || a.tags[v.j] != "IN" && a.tags[v.j] != "TO" {
		return -1
	}
	for p := m - 1; p > 0 && p >= m-8; p-- {
		switch a.ch[p].kind {
		case vg, stop:
			return -1
		case prep:
			if a.low[a.ch[p].i] == "with" && a.ch[p].j == a.ch[p].i+1 && a.ch[p+1].kind == np {
				return p + 1
			}
		}
	}
	return -1
}

// splitPassive returns the clause of a lone form of "be" with no object
// that stands right before an aside set off by commas ending at the comma
// at chunk m, when participle v follows the aside ("was, police said,
// arrested by"), or -1. The aside is at most four chunks long.
func (a *analysis) splitPassive(m int, v chunk) int {
	if v.form != participle {
		return -1
	}
	for p := m - 1; p > 0 && p >= m-5; p-- {
		if a.ch[p].kind == stop {
			return -1
		}
		if a.ch[p].kind != comma {
			continue
		}
		q := a.byVG[p-1]
		if p+1 == m || a.ch[p-1].kind != vg || !a.ch[p-1].copula || q < 0 || a.cl[q].subj.empty() || !a.cl[q].obj.empty() {
			return -1
		}
		for _, e := range a.cl[q].extras {
			if e.sp.j > a.ch[m].i {
				return -1 // an argument after the participle: "was, in 2004, elected"
			}
		}
		return q
	}
	return -1
}

// sharedAgent gives a passive clause with no arguments the agent of the
// passive joined to it by "and": in "Tom Wu was attacked and robbed by Ola
// Berg" both participles have the agent, which the extractor put only in
// the second's relation ("robbed by | Ola Berg"), or among the second's
// extra arguments after its own ("was arrested and charged with fraud by
// the police", "was impeached and removed from office by the Senate"). The
// first gets the by-phrase as an extra argument.
func (a *analysis) sharedAgent() {
	for _, q := range a.cl {
		if q.from != shared || q.parent < 0 || q.vg < 0 || a.ch[q.vg].form != participle {
			continue
		}
		by := span{-1, -1}
		if q.obj.i >= 1 && a.low[q.obj.i-1] == "by" {
			by = span{q.obj.i - 1, q.obj.j}
		} else {
			for _, e := range q.extras {
				if e.sp.i >= 0 && a.low[e.sp.i] == "by" {
					by = e.sp
					break
				}
			}
		}
		if by.i < 0 {
			continue
		}
		p := &a.cl[q.parent]
		if p.vg != q.vg-2 || a.ch[p.vg+1].kind != conj || !a.ch[p.vg].passive || !p.obj.empty() || len(p.extras) > 0 {
			continue
		}
		p.extras = append(p.extras, extra{sp: by, role: "by"})
	}
}

// pastAfterRelative reports whether participle v after the comma at chunk
// m is the main verb in the past tense, the tagger's participle after a
// relative clause set off by commas: in "Tom Wu, whom Ann Lee defeated in
// 2010, sued Halvik Holdings" the verb has an object, no verb of the
// sentence comes before the name, and the name is where the relative
// clause begins, or the noun of an apposition before it ("Tom Wu, a judge
// whom Norway appointed, criticized Sweden").
func (a *analysis) pastAfterRelative(m int, v chunk) bool {
	if v.j-v.i != 1 || !strings.HasSuffix(a.low[v.i], "ed") || v.j >= len(a.toks) {
		return false
	}
	switch a.tags[v.j] {
	case "DT", "NNP", "NNPS", "PRP$", "NN", "NNS", "CD":
	default:
		return false
	}
	n, ok := a.skipParenthetical(m)
	if !ok || n+2 >= m || a.ch[n+1].kind != comma {
		return false
	}
	w := n + 2
	if a.ch[w].kind == np && w+1 < m {
		w++ // "Tom Wu, a judge whom Norway appointed, criticized": the relative clause of an apposition
	}
	if a.ch[w].kind != wh {
		return false
	}
	switch a.low[a.ch[w].i] {
	case "who", "whom", "which":
	default:
		return false
	}
	for _, c := range a.ch[:n] {
		if c.kind == vg && c.form == finite {
			return false
		}
	}
	return true
}

// asideInList reports whether the phrase opened by the comma at chunk m
// closes with ", and" and a proper noun phrase that no finite verb
// follows: it sits between two members of a list of names ("between Bob
// Hale, claiming to represent the State Department, and Ann Lee"), not
// after a clause ("met Bob Hale, claiming to be a lawyer, and left").
func (a *analysis) asideInList(m int) bool {
	for p := m + 1; p < len(a.ch) && p < m+12; p++ {
		switch c := a.ch[p]; {
		case c.kind == stop || c.kind == conj || c.kind == wh || c.kind == vg && c.form == finite:
			return false
		case c.kind == comma:
			return a.appositionInList(p) && a.proper(a.ch[p+2])
		}
	}
	return false
}

// inAside reports whether chunk k follows the verb of a participle's
// phrase that [analysis.asideInList] sets off after a name ("Bob Hale,
// claiming to represent the State Department, and Ann Lee").
func (a *analysis) inAside(k int) bool {
	v := k - 1
	for v > 0 && a.ch[v].kind == vg && a.ch[v-1].kind == vg {
		v-- // "claiming to represent"
	}
	return v >= 2 && a.ch[v].kind == vg && a.ch[v].form == gerund && a.ch[v-1].kind == comma &&
		a.ch[v-2].kind == np && a.proper(a.ch[v-2]) && a.asideInList(v-1)
}

// directSubject sets c.subj from the chunk m left of a finite or
// participle verb group and reports whether it found one.
func (a *analysis) directSubject(m int, c *clause) bool {
	if start := a.at[a.ch[m].i]; start >= 2 && a.ch[start-1].kind == prep && a.ch[start-2].kind == conj && a.ch[m].kind == np &&
		a.low[a.ch[start-1].i] != "that" {
		// "satisfies creditors and at the end leaves a healthy Revco": a
		// fronted phrase, and the subject is the first verb's ("said
		// that A lied and that Tom Wu cheated" opens a clause with its
		// own subject).
		for p := len(a.cl) - 1; p >= 0; p-- {
			if q := a.cl[p]; a.ch[q.vg].form == finite && !q.subj.empty() {
				c.subj, c.subjs, c.from, c.parent = q.subj, q.subjs, shared, p
				return true
			}
		}
		return false
	}
	if m > 0 && a.floatingQuantifier(m) && a.ch[m-1].kind == np {
		m-- // "Ann Lee and Tom Wu each sued": the quantifier is no subject
	}
	c.subj, c.subjs = a.subjectChain(m, false)
	c.from = direct
	if ms := a.groupMembers(a.at[c.subj.i]); c.subjs == nil && ms != nil {
		// "Officials from Norway, Sweden and Finland met"; "Officials
		// from Norway and Sweden, as well as Finland, met": the partner
		// set off by commas is no subject of its own.
		if n := slices.IndexFunc(ms, func(m span) bool { return m.j == c.subj.j }); n > 0 {
			c.subjs = ms[:n+1]
		}
	}
	if c.subjs == nil && m+2 < len(a.ch) && a.ch[m+1].kind == comma && a.comitative(m+2) {
		// "Brazil, Argentina, as well as Chile, condemned": the partner
		// ends a list of names that only commas join.
		c.subjs = a.commaNames(m)
	}
	if c.subjs == nil && m >= 2 && a.ch[m].kind == np && a.proper(a.ch[m]) && a.tags[a.ch[c.vg].head] == "VBP" {
		// "Wu, Lee win Ohio primaries", "Norway, Sweden criticise
		// Finland": a headline joins the names by commas alone, and
		// the plural verb takes them all; the list opens the sentence,
		// or follows a colon ("Ohio votes: Wu, Lee win").
		if names := a.headlineNames(m); names != nil {
			c.subjs = names
		}
	}
	if c.subjs == nil && m+2 < len(a.ch) && a.tags[a.ch[m].head] == "NNS" && a.setOff(m+1) {
		// "Two firms, Acme and the Marren Group, sued", "Three states —
		// Norway, Sweden and Finland — signed": the names in apposition
		// are the group's members, each a subject.
		if names, after := a.namedMembers(m + 2); len(names) > 1 && after+1 == c.vg && a.setOff(after) && a.toks[a.ch[after].i].Text == a.toks[a.ch[m+1].i].Text {
			c.subjs = names
		}
	}
	if a.antecedentSubject(c) {
		return true
	}
	a.widenSubject(c)
	return true
}

// antecedentSubject replaces c.subj with the antecedent of a restrictive
// relative clause that ends where c.subj ends, and reports whether it did:
// "any event that would minimize such a surface is favored", "the farm
// which their father built in 1950 was sold".
func (a *analysis) antecedentSubject(c *clause) bool {
	for q := len(a.cl) - 1; q >= 0; q-- {
		r := a.cl[q]
		if r.end != c.subj.j || r.vg < 0 || a.ch[r.vg].i >= c.subj.j {
			continue
		}
		for r.from == inherited && r.parent >= 0 && r.parent < q && a.cl[r.parent].from == relative {
			// "troops which are there to counter the Front attacked
			// Halvik": an infinitive or a participle ends the relative
			// clause that governs it.
			r = a.cl[r.parent]
		}
		switch {
		case r.from == relative && a.toks[r.subj.j].Text != ",":
			c.subj, c.subjs = r.subj, r.subjs
			return true
		case r.gap && !r.obj.empty() && a.toks[r.obj.j].Text != ",":
			c.subj, c.subjs = r.obj, nil
			return true
		}
		break
	}
	return false
}

// widenSubject moves the start of c.subj left over a reduced relative or
// an infinitive inside the subject: "Farmers living near the dam lost
// their crops", "Norway's decision to expel Tom Wu angered Sweden".
func (a *analysis) widenSubject(c *clause) {
	for start := a.at[c.subj.i]; start >= 2 && c.subjs == nil; {
		q := start - 1
		for q > 0 && a.ch[q].kind == adv {
			q--
		}
		if a.ch[q].kind == prep {
			if w := a.low[a.ch[q].i]; !attaching(w) && w != "as" {
				break
			}
			q--
		}
		if q < 1 {
			break
		}
		r := a.ch[q]
		if r.kind == vg && r.form == gerund && q >= 2 && a.ch[q-1].kind == prep && attaching(a.low[a.ch[q-1].i]) && a.ch[q-2].kind == np {
			q-- // "The very ease of acquiring Esperanto might accelerate"
		} else if r.kind != vg || r.form != gerund && r.form != participle && r.form != infinitive || a.ch[q-1].kind != np {
			break
		}
		s, parts := a.subjectChain(q-1, false)
		if parts != nil {
			break
		}
		c.subj.i = s.i
		start = a.at[s.i]
	}
}

func sameFamily(f, g form) bool {
	if f == g {
		return true
	}
	// "was founded and named", "could gain X and possibly secure Y"
	return f == finite && (g == participle || g == bare)
}

func (a *analysis) hasFinite() bool {
	for _, c := range a.ch {
		if c.kind == vg && c.form == finite {
			return true
		}
	}
	return false
}

// skipParenthetical looks left from the comma chunk m, which stands just
// before a verb group, for an apposition, relative clause or participial
// phrase set off by commas ("Kim, a general, has ..."), and returns the
// chunk of the noun phrase before it.
func (a *analysis) skipParenthetical(m int) (int, bool) {
	best, bestRank := -1, 0
	place := -1 // the town before a state set off by commas ("Oslo, Norway,")
	finites := 0
	for p := m - 1; p > 0; p-- {
		c := a.ch[p]
		if c.kind == stop || c.kind == prep && subordinator(a.low[c.i]) && !prepToo(a.low[c.i]) {
			break
		}
		if c.kind == vg && c.form == finite && a.ch[p-1].kind != wh && !(a.ch[p-1].kind == adv && p > 1 && a.ch[p-2].kind == wh) && !a.whose(p-1) &&
			!(a.ch[p-1].kind == np && p > 1 && a.ch[p-2].kind == wh && a.low[a.ch[p-2].i] != "who") {
			// a verb of the sentence, not of a relative clause: "whom
			// Norway appointed", "which Ann Lee signed" have their own
			// subject between the wh-word and the verb.
			finites++
		}
		if c.kind != comma || a.ch[p-1].kind != np || a.number(a.ch[p-1]) {
			continue // "Tom Wu, 45, a member of the party,": an age is no subject
		}
		if p >= 2 && a.ch[p-2].kind == prep && a.openedBy(p, "") && !a.atLeast(p-1) || p == 1 && timeNoun(a.low[a.ch[0].head]) {
			// "On Monday, Norway, along with Sweden,", "Last week, the
			// party's leader, Ann Lee,": a fronted phrase is no subject
			// ("At least seven, including four children," is one).
			continue
		}
		if p >= 3 && a.setOff(p-2) && a.ch[p-3].kind == np && a.ch[p+1].kind == np {
			// "Three states, Norway, Sweden and Finland, signed": a comma
			// inside the apposed list opens no apposition.
			if _, e := a.nounChain(p + 1); a.listContinues(e) {
				continue
			}
		}
		first := a.ch[p+1]
		if f := p + 1; first.kind == adv && f+1 < m && a.ch[f+1].kind == vg && (a.ch[f+1].form == gerund || a.ch[f+1].form == participle) &&
			a.toks[a.ch[m].i].Text == "," {
			first = a.ch[f+1] // "Ann Lee, now backed by Norway, attacked"; not inside brackets
		}
		if p >= 2 && a.ch[p-2].kind == prep && first.kind == np && p+2 <= m && a.ch[p+2].kind == comma &&
			a.proper(a.ch[p-1]) && a.tags[first.i] == "NNP" && a.proper(first) {
			// "Ann Lee, a teacher from Oslo, Norway, was": a town and its
			// state are one place, and no apposition begins at the state;
			// it ends the subject only when nothing else is set off.
			place = max(place, p-1)
			continue
		}
		if first.kind == prep && a.low[first.i] == "of" && first.j == first.i+1 && best == p+2 && p+3 < m && a.ch[p+3].kind == comma {
			// "Tom Wu, of Halvik Radio, one of the founders, said": the
			// noun phrase chosen is the object of a phrase set off
			// after the name; the name is the subject.
			best = p - 1
			continue
		}
		rank := 0
		switch {
		case a.whose(p+1) && p+4 == m && a.ch[p+2].kind == comma && a.ch[p+3].kind == np:
			// "the party, whose leader, Ann Lee, backed him": the verb
			// after the name set off in the whose-clause is the clause's,
			// and the name is its subject.
			return p + 3, true
		case first.kind == wh && (a.low[first.i] == "who" || a.low[first.i] == "which" || a.low[first.i] == "whom"), a.whose(p + 1):
			rank = 3 // "Norway, whose army is small, attacked"
		case a.comitative(p + 1):
			rank = 3 // "Ann Lee, as well as Tom Wu, criticised"
		case finites > 0:
		case (first.kind == conj || first.kind == adv) && p+2 < m && a.dash(c.i) && a.dash(a.ch[m].i):
			// "Tom Wu — and his wife Ann Lee — visited", "Tom Wu — but
			// not Ann Lee — visited", "Tom Wu — then a banker — met": an
			// aside between dashes may open with "and" or an adverb.
			rank = 2
		case first.kind == vg && (first.form == gerund || first.form == participle):
			rank = 3
		case first.kind == np:
			rank = 2
		case first.kind == conj && a.low[first.i] == "or" && first.j == first.i+1 && p+2 < m && a.ch[p+2].kind == np && a.proper(a.ch[p+2]) &&
			a.proper(a.ch[p-1]) && a.nameAliasEnds(p+2, m):
			// "the Group of Seven, or G7, met", "Ann Lee, or Annie,
			// said": "or" opens another name of the one before it.
			rank = 2
		case first.kind == adv && apposedAdverbs[a.low[first.i]] && first.j == first.i+1 && p+2 < m && a.ch[p+2].kind == np:
			// "Ann Lee, formerly a professor at Halvik University, lost",
			// "Tom Wu, now the party's leader, said": an apposition that
			// an adverb of time opens.
			rank = 2
		case first.kind == prep && a.ch[p+1].i != a.ch[m].i:
			rank = 1
		}
		if rank > bestRank {
			best, bestRank = p-1, rank
		}
		if rank == 3 {
			break
		}
	}
	if best < 0 {
		best = place
	}
	return best, best >= 0
}

// apposedAdverbs open an apposition by the time its role held: "Ann Lee,
// formerly a professor at Halvik University,", "Tom Wu, now the party's
// leader,".
var apposedAdverbs = map[string]bool{"formerly": true, "previously": true, "once": true, "now": true, "currently": true, "then": true}

// atLeast reports whether chunk k is the noun phrase of "at least" or
// "at most" and a number, no fronted phrase.
func (a *analysis) atLeast(k int) bool {
	w := a.low[a.ch[k].i]
	return k >= 1 && a.low[a.ch[k-1].i] == "at" && (w == "least" || w == "most")
}

// whose reports whether chunk k is a noun phrase opened by "whose", the
// subject of a relative clause ("whose leader is Ann Lee").
func (a *analysis) whose(k int) bool {
	return k >= 0 && a.ch[k].kind == np && a.low[a.ch[k].i] == "whose"
}

// number reports whether chunk c is a bare number of at most three
// digits, an age ("45"), not a year.
func (a *analysis) number(c chunk) bool {
	return c.j == c.i+1 && a.tags[c.i] == "CD" && len(a.low[c.i]) <= 3
}

// commaNames returns the names that end at chunk k and are joined by
// commas alone ("Brazil, Argentina"), left to right, or nil for fewer
// than two. A name after a preposition is no member ("On Monday,
// Brazil").
func (a *analysis) commaNames(k int) []span {
	var out []span
	for ; k >= 0 && a.ch[k].kind == np && a.proper(a.ch[k]) && (k == 0 || a.ch[k-1].kind != prep); k -= 2 {
		out = append(out, span{a.ch[k].i, a.ch[k].j})
		if k < 2 || a.ch[k-1].kind != comma || a.toks[a.ch[k-1].i].Text != "," {
			break
		}
	}
	if len(out) < 2 {
		return nil
	}
	slices.Reverse(out)
	return out
}

// headlineNames returns the names a headline lists with commas alone
// before a plural verb, ending at chunk k: noun phrases of capitalised
// words ("Trump" too, which the tagger may read as a common noun after a
// colon) that open the sentence or follow a colon, or nil.
func (a *analysis) headlineNames(k int) []span {
	var out []span
	for ; k >= 0 && a.ch[k].kind == np; k -= 2 {
		c := a.ch[k]
		for i := c.i; i < c.j; i++ {
			if r, _ := utf8.DecodeRuneInString(a.toks[i].Text); !unicode.IsUpper(r) {
				return nil
			}
		}
		out = append(out, span{c.i, c.j})
		if k < 2 || a.ch[k-1].kind != comma || a.toks[a.ch[k-1].i].Text != "," {
			break
		}
	}
	if len(out) < 2 {
		return nil
	}
	if first := out[len(out)-1].i; first > 0 && a.toks[first-1].Text != ":" {
		return nil
	}
	slices.Reverse(out)
	return out
}

// comitative reports whether chunk k adds a partner to the phrase
// before it: "along with", "together with", "alongside", "as well as".
func (a *analysis) comitative(k int) bool {
	c := a.ch[k]
	switch c.j - c.i {
	case 1:
		return a.low[c.i] == "alongside"
	case 2:
		return a.low[c.i+1] == "with" && (a.low[c.i] == "along" || a.low[c.i] == "together")
	case 3:
		return a.low[c.i] == "as" && a.low[c.i+1] == "well" && a.low[c.i+2] == "as"
	}
	return false
}

// adjunctBefore reports whether preposition w opens a phrase of time or
// manner that may stand between a relative pronoun and its verb ("which
// within a few years declared", "that in 1905 left").
func adjunctBefore(w string) bool {
	switch w {
	case "in", "on", "at", "within", "after", "before", "during", "since", "until", "by", "over", "for", "under", "throughout":
		return true
	}
	return false
}

// subordinator reports whether w opens a subordinate clause rather than a
// prepositional phrase.
func subordinator(w string) bool {
	switch w {
	case "that", "whether", "if", "because", "although", "though", "while", "whereas", "unless", "since", "as", "so", "than", "once", "until", "after", "before", "when":
		return true
	}
	return false
}

// ruleNouns are the heads of rules, limits, debates and pacts, whose "on"
// before a gerund says what they are about: "a ban on travelling", "talks
// on joining NATO", "the agreement on sending troops".
var ruleNouns = map[string]bool{
	"ban": true, "bans": true, "restriction": true, "restrictions": true, "limit": true, "limits": true,
	"curb": true, "curbs": true, "embargo": true, "moratorium": true, "prohibition": true, "sanctions": true,
	"rule": true, "rules": true, "law": true, "laws": true, "policy": true, "guidance": true, "advice": true,
	"debate": true, "talks": true, "vote": true, "referendum": true, "views": true, "stance": true,
	"agreement": true, "agreements": true, "deal": true, "deals": true, "accord": true, "pact": true,
	"treaty": true, "memorandum": true, "proposal": true, "proposals": true,
}

// timeSubordinator reports whether w, before a gerund, makes it a clause
// of time whose subject is the main clause's ("after leaving", "before
// joining"), or of concession, which states it as done just the same
// ("lost the race despite being endorsed by the governor": the governor
// endorsed the one who lost).
func timeSubordinator(w string) bool {
	switch w {
	case "after", "before", "while", "since", "upon", "on", "when", "despite":
		return true
	}
	return false
}

// clauseOpener reports whether w, before a noun phrase and a verb, opens
// a clause rather than a prepositional phrase.
func clauseOpener(w string) bool {
	switch w {
	case "because", "since", "after", "before", "until", "when", "while", "although", "though", "once", "if",
		"unless", "whereas", "that", "whether":
		return true
	}
	return false
}

// asClause reports whether chunk m is an "as" that opens a clause whose
// subject runs to chunk k with no comma: after a comma or at the
// sentence's start ("..., as both Norway and Sweden had refused"), not
// after a verb ("worked as a teacher and the school ...") nor set off ("the
// country itself, as its own map, and I assure you").
func (a *analysis) asClause(m, k int) bool {
	if a.low[a.ch[m].i] != "as" || m > 0 && a.ch[m-1].kind != comma {
		return false
	}
	for _, c := range a.ch[m+1 : k+1] {
		if c.kind == comma {
			return false
		}
	}
	return true
}

// attaching reports whether the preposition w usually attaches to the noun
// before it ("the presence of soldiers in the conflict").
func attaching(w string) bool {
	switch w {
	case "of", "in", "from", "for", "with", "on", "at", "between", "about", "to", "within", "among", "by", "under", "over", "near", "against", "across", "into", "towards", "toward", "without", "around", "behind", "beyond", "throughout", "outside", "inside", "like", "aboard", "along", "amid", "during":
		return true
	}
	return false
}

// subjectChain returns the subject that ends with the noun phrase at chunk
// k: the phrase with its attached prepositional phrases and coordinated
// phrases, and its conjuncts when it is a coordination.
//
// With ofOnly, as for the antecedent of a relative pronoun, only "of"
// phrases attach.
func (a *analysis) subjectChain(k int, ofOnly bool) (span, []span) {
	start := k
	firstConj := -1  // start of the conjunct right of the rightmost conjunction
	var starts []int // chunk indexes where conjuncts start, right to left
	cur := k
	list := false
	commaStart := -1 // start before the last comma joined a member, and the starts then
	var commaStarts []int
	var named []int // members whose apposition or relative clause the list skipped
loop:
	for {
		m := start - 1
		if m < 1 {
			break
		}
		w := a.low[a.ch[m].i]
		switch {
		case a.ch[m].kind == prep && (w == "of" || !ofOnly && attaching(w)) && a.ch[m-1].kind == np:
			start = m - 1
			if len(starts) > 0 && !(a.ownOfPhrase(m-1) && a.ownOfPhrase(starts[len(starts)-1])) {
				starts = starts[:0] // the coordination was inside the phrase
				list = false
			}
			cur = start
		case a.ch[m].kind == np && m >= 2 && a.coordinator(m-1) && start == cur && a.ch[m].j == a.ch[cur].i &&
			a.tags[a.ch[m].head] == "NN" && headClass(a.tags[a.ch[cur].head]) == 'P' && !timeNoun(a.low[a.ch[m].head]):
			// "Ann Lee and her husband Tom Wu": a member's noun before
			// its name is the member's own.
			start, cur = m, m
		case a.coordinator(m):
			p := m - 1
			if a.ch[p].kind == comma && p >= 1 {
				p--
			}
			if p < m-1 {
				if r := a.memberBeforeApposition(p); r != p {
					named, p = append(named, r), r
				}
			}
			if a.ch[p].kind != np {
				break loop
			}
			starts = append(starts, cur)
			if firstConj < 0 {
				firstConj = cur
			}
			list = true
			start, cur = p, p
		case a.ch[m].kind == comma && a.toks[a.ch[m].i].Text == "," && list && a.ch[m-1].kind == np:
			commaStart, commaStarts = start, append([]int(nil), starts...)
			starts = append(starts, cur)
			start, cur = m-1, m-1
		default:
			break loop
		}
	}
	inside := func(start int) bool {
		// "said Norway and Sweden had violated": a verb of saying
		// ([analysis.reportsList]) reports the list's clause.
		return start > 0 && (a.ch[start-1].kind == vg && !a.reportsList(a.ch[start-1].head) || a.ch[start-1].kind == prep && !clauseOpener(a.low[a.ch[start-1].i]) && !a.asClause(start-1, k))
	}
	switch {
	case firstConj >= 0 && inside(start) && commaStart >= 0 && !inside(commaStart) && a.fronted(start):
		// "On Monday, Norway and Sweden signed": the comma ends a
		// fronted phrase, not a member of the list.
		start, starts, list = commaStart, commaStarts, true
	case firstConj >= 0 && inside(start):
		// The chain began inside an object: "obtained support from the
		// committee, and the workers were addressed". Keep the conjunct
		// next to the verb. After a word that opens a clause ("since
		// Finland and Sweden entered NATO") the chain is the subject.
		start, list = firstConj, false
	}
	whole := span{a.ch[start].i, a.ch[k].j}
	if !list {
		return whole, nil
	}
	starts = append(starts, start)
	// Turn chunk starts into spans, left to right.
	out := make([]span, 0, len(starts))
	for i := len(starts) - 1; i >= 0; i-- {
		endChunk := k
		if i > 0 {
			endChunk = starts[i-1] - 1 // the conjunction or comma
			for endChunk > starts[i] && a.ch[endChunk].kind != np {
				endChunk--
			}
		}
		for _, r := range named {
			if starts[i] <= r && r < endChunk {
				endChunk = r // "Ann Lee, who founded Acme, and": the member is Ann Lee
			}
		}
		out = append(out, span{a.ch[starts[i]].i, a.ch[endChunk].j})
	}
	return whole, out
}

// floatingQuantifier reports whether chunk k is "each", "both" or "all"
// alone, after the noun phrase it quantifies ("they each", "Ann Lee and
// Tom Wu both").
func (a *analysis) floatingQuantifier(k int) bool {
	c := a.ch[k]
	if c.kind != np || c.j != c.i+1 {
		return false
	}
	switch a.low[c.i] {
	case "each", "both", "all":
		return true
	}
	return false
}

// memberBeforeApposition returns the chunk of the list member that an
// apposition or a relative clause ending at chunk p follows
// after a comma, or p itself: in "Ann Lee, the head of Acme, and Tom Wu
// signed" the member before ", and" is Ann Lee, and so it is in "Ann Lee,
// who founded Acme, and Tom Wu"; "Ann Lee, 45, and Tom Wu" lists two
// people. The apposition (with its of-phrases) must differ in kind from
// the name (a common noun or a number after a name), as two names would
// be two members.
func (a *analysis) memberBeforeApposition(p int) int {
	for q := p; q >= 2 && p-q < 12; q-- {
		c := a.ch[q]
		if c.kind == stop || c.kind == comma && q < p {
			break
		}
		w := a.low[c.i]
		if (c.kind == wh && (w == "who" || w == "which") || a.whose(q)) && a.ch[q-1].kind == comma && a.toks[a.ch[q-1].i].Text == "," && a.ch[q-2].kind == np {
			return q - 2
		}
	}
	if a.ch[p].kind != np {
		return p
	}
	q := p
	for q >= 2 && a.ch[q-1].kind == prep && a.low[a.ch[q-1].i] == "of" && a.ch[q-2].kind == np {
		q -= 2
	}
	if q < 2 || a.ch[q-1].kind != comma || a.toks[a.ch[q-1].i].Text != "," || a.ch[q-2].kind != np {
		return p
	}
	name, app := a.tags[a.ch[q-2].head], a.tags[a.ch[q].head]
	if headClass(name) != 'P' || headClass(app) == 'P' {
		return p
	}
	return q - 2
}

// fronted reports whether the chunks before chunk k are prepositional
// phrases and adverbs that open the sentence ("On Monday", "In Oslo on
// Monday").
func (a *analysis) fronted(k int) bool {
	for _, c := range a.ch[:k] {
		if c.kind != prep && c.kind != np && c.kind != adv {
			return false
		}
	}
	return k > 0 && a.ch[0].kind != np
}

// prepToo reports whether the subordinator w is also a preposition ("as a
// horse", "since August").
func prepToo(w string) bool {
	switch w {
	case "as", "than", "since", "until", "after", "before":
		return true
	}
	return false
}

// passiveBeforePlace returns the clause of the passive verb whose
// phrase of in, at or on ends with the noun phrase at chunk n ("was
// published in the journal Nature", "was carried out at the University of
// Oslo"), or -1. The clause's subject must be a common noun.
func (a *analysis) passiveBeforePlace(n int) int {
	for n >= 2 && a.ch[n-1].kind == prep && a.low[a.ch[n-1].i] == "of" && a.ch[n-2].kind == np {
		n -= 2 // "the University of Oslo"
	}
	if n < 2 || a.ch[n-1].kind != prep || a.ch[n-1].j-a.ch[n-1].i != 1 {
		return -1
	}
	switch a.low[a.ch[n-1].i] {
	case "in", "at", "on":
	default:
		return -1
	}
	v := n - 2
	if a.ch[v].kind != vg || !a.ch[v].passive {
		return -1
	}
	q := a.byVG[v]
	if q < 0 || a.cl[q].subj.empty() || a.cl[q].subjs != nil || !strings.HasPrefix(a.tags[a.cl[q].subj.j-1], "NN") || a.tags[a.cl[q].subj.j-1] == "NNP" {
		return -1
	}
	return q
}

// workParticiples are the passive participles of doing a piece of work,
// which a reduced relative after a passive clause's place says of the
// clause's subject ([analysis.passiveBeforePlace]).
var workParticiples = map[string]bool{
	"conducted": true, "led": true, "written": true, "authored": true, "co-authored": true, "coauthored": true,
	"carried": true, "performed": true, "directed": true, "supervised": true, "coordinated": true,
}

// nameAliasEnds reports whether the name at chunk k, with its of-phrases,
// runs up to the comma at chunk m: the whole aside is ", or NAME,".
func (a *analysis) nameAliasEnds(k, m int) bool {
	_, e := a.nounChain(k)
	return e == m && a.toks[a.ch[m].i].Text == ","
}

// subordinate reports whether clause q is opened by a conjunction of time,
// cause or concession right before its own subject: "while the party held
// the House".
func (a *analysis) subordinate(q clause) bool {
	if q.subj.empty() || q.from != direct {
		return false
	}
	n := a.at[q.subj.i]
	return n > 0 && (a.ch[n-1].kind == prep || a.ch[n-1].kind == wh) && clauseOpener(a.low[a.ch[n-1].i]) && a.low[a.ch[n-1].i] != "that" && a.low[a.ch[n-1].i] != "whether"
}

// mainBefore reports whether a clause with a subject of its own comes
// before clause p, not itself subordinate: the clause a verb after the
// subordinate one may go on.
func (a *analysis) mainBefore(p int) bool {
	for r := p - 1; r >= 0; r-- {
		if q := a.cl[r]; !q.subj.empty() && a.ch[q.vg].form == finite && !a.subordinate(q) && q.from != relative {
			return true
		}
	}
	return false
}
