package extract

import (
	"slices"
	"strings"
)

// complements fills the relation, object and extra arguments of c from the
// chunks after its verb group.
func (a *analysis) complements(c *clause) {
	v := a.ch[c.vg]
	c.rel = span{v.i, v.j}
	if v.form == infinitive {
		c.rel.i++ // "to oversee" relates as "oversee"
	}
	k := c.vg + 1
	if k < len(a.ch) && a.ch[k].kind == vg && (a.ch[k].form == participle || a.ch[k].form == gerund) && linking(a.low[v.head]) {
		// "become involved": the participle is a predicate adjective.
		a.consumed[k] = true
		c.obj = span{a.ch[k].i, a.ch[k].j}
		c.end = c.obj.j
		a.extras(c, k+1)
		return
	}
	// "helped to raise", "was considered to be", "delayed declaring": an
	// infinitive or gerund right after the verb joins the relation.
	for k < len(a.ch) && a.ch[k].kind == vg && (a.ch[k].form == infinitive || a.ch[k].form == gerund && !v.copula && a.ch[k].i == a.ch[k-1].j) && !v.copula {
		a.consumed[k] = true
		c.rel.j = a.ch[k].j
		v = a.ch[k]
		k++
	}
	if k+1 < len(a.ch) && !v.copula && confessVerbs[a.x.base(a.low[v.head], a.tags[v.head])] && a.ch[k].kind == prep && a.low[a.ch[k].i] == "to" &&
		a.ch[k].j == a.ch[k].i+1 && a.ch[k+1].kind == vg && a.ch[k+1].form == gerund && a.ch[k+1].i == a.ch[k].j {
		// "confessed to killing Ann Lee", "admitted to taking bribes":
		// the gerund after "to" joins the relation, as it does right
		// after the verb ("admitted killing").
		a.consumed[k+1] = true
		c.rel.j = a.ch[k+1].j
		v = a.ch[k+1]
		k += 2
	}
	for k < len(a.ch) && a.ch[k].kind == adv && !a.advEndsClause(k) {
		k++
	}
	if k < len(a.ch) && k > c.vg+1 && a.ch[k-1].kind == adv && a.ch[k-1].j == a.ch[k].i && (a.ch[k].kind == np || a.ch[k].kind == prep || a.ch[k].kind == adj) {
		// "is usually", "are also known"; but "deemed | too expensive".
		for m := c.vg + 1; m < k && !degree(a.low[a.ch[m].i]); m++ {
			c.rel.j = a.ch[m].j
		}
	}
	c.end = a.ch[k-1].j
	a.objectFrom(c, v, k)
}

// confessVerbs take what their subject owns up to as "to" and a gerund
// ([analysis.complements]).
var confessVerbs = map[string]bool{"confess": true, "admit": true}

// objectFrom fills the object and extra arguments of c from chunk k on; v
// is the verb group whose object it is.
func (a *analysis) objectFrom(c *clause, v chunk, k int) {
	if k+1 < len(a.ch) && a.ch[k].kind == quote && a.ch[k+1].kind == np {
		k++ // marks `` a first step towards war ''
	}
	if k+1 < len(a.ch) && a.ch[k].kind == conj && a.ch[k+1].kind == np {
		switch a.low[a.ch[k].i] {
		case "either", "both", "neither":
			k++ // "will sue either Acme or Halvik": the list is the object
		}
	}
	if k >= len(a.ch) {
		return
	}
	switch ch := a.ch[k]; ch.kind {
	case np:
		if ch.j-ch.i == 1 && subjectPronoun(a.low[ch.i]) && !v.copula && a.ch[k-1].kind != quote && !a.reporting(v.head) && !a.finding(v.head) {
			// "when I saw how fast Tom was running I knew": a pronoun
			// in the subject case opens a clause of its own and is no
			// object of the verb before it. (After a verb of saying or
			// a quotation mark, the clause it opens is the object.) When
			// its verb follows at once, its clause is the verb's object
			// as after a verb of saying ("figures she will have to").
			if k+1 < len(a.ch) && a.ch[k+1].kind == vg && a.ch[k+1].form == finite {
				c.thatAt = k
				c.end = a.ch[k].i
			}
			return
		}
		if ch.j-ch.i <= 3 && a.role("", span{ch.i, ch.j}) == "time" && (timeDeictic(a.low[ch.i]) || monthOrDay(a.low[ch.i]) || dayWord(a.low[ch.i])) {
			break // "will resume next week", "met yesterday with": a time, not an object
		}
		objAt := k
		c.obj, c.objs, k = a.object(k)
		verbAt := k
		if verbAt+1 < len(a.ch) && a.ch[verbAt].kind == adv && a.ch[verbAt+1].kind == vg && a.ch[verbAt+1].form == finite {
			verbAt++ // "claimed Ann Lee only won": an adverb before the clause's verb
		}
		if n := max(a.afterPostmodifier(verbAt), a.afterCause(verbAt)); n > verbAt && (v.form == finite || v.form == gerund && objAt >= 2 && c.vg > 0 && a.ch[c.vg-1].kind == comma) && (a.reporting(v.head) || a.finding(v.head)) && a.ch[n].kind == vg && a.ch[n].form == finite {
			verbAt = n // "said the decision by Norway was reckless": the subject's phrases, then its verb
		}
		if n := a.afterAside(verbAt); n > verbAt && v.form == finite && (a.reporting(v.head) || a.finding(v.head)) {
			verbAt = n // "reported officials, after an inquiry, stated": an aside between the subject and its verb
		}
		if (a.reporting(v.head) || a.finding(v.head)) && verbAt < len(a.ch) && a.ch[verbAt].kind == vg && (a.ch[verbAt].form == finite || a.ch[verbAt].form == participle) && c.objs == nil ||
			a.reportsList(v.head) && c.objs != nil && a.finiteAfterList(verbAt) ||
			a.reportsList(v.head) && verbAt+2 < len(a.ch) && a.ch[verbAt].kind == conj && a.ch[verbAt+1].kind == np &&
				a.ch[verbAt+2].kind == vg && a.ch[verbAt+2].form == finite {
			// "Witnesses said the gunmen escaped": a complement clause
			// without "that".
			c.thatAt = objAt
			c.obj, c.objs = span{}, nil
			c.end = a.ch[objAt].i
			return
		}
		if a.hearerThenClause(v, c, k) {
			// "told reporters the council was corrupt": the object is
			// the hearer, the clause after it what the speaker told.
			c.toldAt = k + 1
		}
		if n := objAt + 1; a.lightNoun(v, objAt) && n+1 < len(a.ch) && a.ch[n].kind == prep && a.ch[n+1].kind == np && attaching(a.low[a.ch[n].i]) && !a.timePhrase(n) {
			// "expressed concerns about", "took place in", "has a mass
			// of": a light verb, its noun and the preposition make the
			// relation.
			c.rel.j = a.ch[n].j
			c.obj, c.objs, k = a.object(n + 1)
		}
		if v.copula && v.head == v.i+boolInt(a.tags[v.i] == "TO") && c.objs == nil && k+1 < len(a.ch) && a.ch[k].kind == prep && a.ch[k+1].kind == np && attaching(a.low[a.ch[k].i]) && !a.timePhrase(k) {
			// "is a deputy chief of staff in the Korean People's Army":
			// the copula, its noun and the preposition make the relation.
			c.rel.j = a.ch[k].j
			c.obj, c.objs, k = a.object(k + 1)
		}
		if k+1 < len(a.ch) && k == c.vg+2 && a.ch[k].kind == prep && a.low[a.ch[k].i] == "that" && c.objs == nil && a.ch[k+1].kind == np {
			// "expressed concerns that ...": a light verb whose noun takes
			// the clause.
			c.thatAt = k
			c.rel.j = a.ch[k].j
			c.obj = span{}
			c.end = a.ch[k].j
			return
		}
	case prep:
		w := a.low[ch.i]
		switch {
		case w == "that" || w == "whether" || w == "if":
			c.thatAt = k
			if w == "that" {
				c.rel.j = ch.j
			}
			c.end = ch.j
			return
		case k+1 < len(a.ch) && a.ch[k+1].kind == np && subordinator(w) && v.form == finite && (a.clauseAt(k+1) || clauseOnly(w) && a.listClauseAt(k+1)) &&
			a.tags[a.ch[k+1].head] != "CD" && !(k >= 2 && a.low[a.ch[k-2].i] == "as"):
			// "scored twice as Chelsea beat Arsenal": the conjunction
			// opens a clause of its own, whose subject is no object (but
			// "known as X was", "as far as he could", "after 12.30 am").
			c.end = ch.i
			return
		case k+1 < len(a.ch) && a.ch[k+1].kind == np && reportAdjunct[w] && a.reporting(v.head) && a.thatAfter(k+1):
			// "said in a statement that ...", "said at a press conference
			// that ...": the phrase is an adjunct, the clause the report
			// ("stated to LA Weekly that": to names the hearer).
			obj, _, end := a.object(k + 1)
			sp := span{ch.i, obj.j}
			c.extras = append(c.extras, extra{sp, a.role(a.prepText(ch), span{a.ch[k+1].i, sp.j})})
			c.thatAt = end
			c.end = a.ch[end].j
			return
		case k+1 < len(a.ch) && a.ch[k+1].kind == np && (!a.timePhrase(k) || a.beforeBody(v, k)):
			c.rel.j = ch.j
			c.obj, c.objs, k = a.object(k + 1)
			k = a.repeatedPrep(c, w, k)
		case k+2 < len(a.ch) && a.ch[k+1].kind == prep && a.ch[k+2].kind == np && (!subordinator(a.low[a.ch[k+1].i]) || a.low[a.ch[k+1].i] == "as"):
			// "switched over to Merck"
			c.rel.j = a.ch[k+1].j
			c.obj, c.objs, k = a.object(k + 2)
		}
	case comma:
		// "Boyle noted: `` For the next ten years ... ''": the quotation
		// after a colon is the object.
		if a.toks[ch.i].Text == ":" && a.reporting(v.head) && k+1 < len(a.ch) {
			c.thatAt = k + 1
			c.end = ch.j
			return
		}
	case wh:
		// "would test how quickly allies can protect cables": a clause
		// opened by a question word is the object.
		if w := a.low[ch.i]; w == "how" || w == "why" || w == "what" || w == "where" || w == "when" || w == "who" && !v.copula {
			c.thatAt = k
			c.end = ch.j
			return
		}
	case adj:
		if k+1 < len(a.ch) && a.ch[k+1].kind == vg && a.ch[k+1].form == infinitive && v.copula && ch.j-ch.i == 1 {
			// "were able to reinforce the hotel": the adjective and the
			// infinitive join the relation.
			a.consumed[k+1] = true
			c.rel.j = a.ch[k+1].j
			c.end = c.rel.j
			a.objectFrom(c, a.ch[k+1], k+2)
			return
		}
		// "is larger than regular enemies", "remains distinct from", "is
		// more common".
		c.obj = span{ch.i, ch.j}
		for m := k - 1; m > c.vg && a.ch[m].kind == adv && degree(a.low[a.ch[m].i]); m-- {
			c.obj.i = a.ch[m].i
		}
		k++
		if v.passive && k < len(a.ch) && a.ch[k].kind == prep && a.low[a.ch[k].i] == "by" {
			// "was shot dead by the army", "was held captive by
			// the rebels": the adjective says what the act left its
			// subject; the by-phrase names the passive's agent, as
			// after "was stabbed to death".
			break
		}
		if k+1 < len(a.ch) && a.ch[k].kind == prep && a.ch[k+1].kind == np && !subordinator(a.low[a.ch[k].i]) || k+1 < len(a.ch) && a.low[a.ch[k].i] == "than" && a.ch[k+1].kind == np {
			_, _, end := a.object(k + 1)
			c.obj.j = a.ch[end-1].j
			k = end
		}
	}
	if !c.obj.empty() {
		c.end = c.obj.j
	}
	a.extras(c, k)
}

// repeatedPrep adds to c's objects the noun phrase after "and", maybe an
// adverb, and the preposition w again, when chunk k opens them: "met with
// the IMF and then with President Tom Wu", "spoke to Norway and later to
// Sweden". It returns the chunk after the phrase, or k.
func (a *analysis) repeatedPrep(c *clause, w string, k int) int {
	n := a.prepAgain(k, w)
	if n == 0 {
		return k
	}
	obj, objs, end := a.object(n + 1)
	if len(objs) == 0 {
		objs = []span{obj}
	}
	if len(c.objs) == 0 {
		c.objs = []span{c.obj}
	}
	c.objs = append(c.objs, objs...)
	c.obj.j = obj.j
	return end
}

// advEndsClause reports whether the adverb chunk k stands before a comma
// or the end of the sentence.
func (a *analysis) advEndsClause(k int) bool {
	return k+1 >= len(a.ch) || a.ch[k+1].kind == stop
}

// countWords are the quantifiers that go with a plural noun and not with a
// lone name ("several London", "two Oslo").
var countWords = map[string]bool{
	"several": true, "many": true, "some": true, "various": true, "numerous": true, "multiple": true, "few": true,
}

// sharedNoun reports whether noun phrases x and y, joined by a
// coordinator, are names that modify the plural noun that ends y: x is a
// count word or a number and then only proper nouns ("several London"),
// and y is proper nouns and then a plural common noun ("New York
// concerts").
func (a *analysis) sharedNoun(x, y chunk) bool {
	if x.j-x.i < 2 || y.j-y.i < 2 || !countWords[a.low[x.i]] && a.tags[x.i] != "CD" {
		return false
	}
	for t := x.i + 1; t < x.j; t++ {
		if a.tags[t] != "NNP" {
			return false
		}
	}
	if a.tags[y.j-1] != "NNS" {
		return false
	}
	for t := y.i; t < y.j-1; t++ {
		if a.tags[t] != "NNP" {
			return false
		}
	}
	return true
}

// object returns the object that starts with the noun phrase at chunk k,
// its conjuncts if it is a coordination, and the chunk after it.
func (a *analysis) object(k int) (span, []span, int) {
	if ms := a.groupMembers(k); ms != nil {
		last := ms[len(ms)-1]
		return span{a.ch[k].i, last.j}, ms, a.at[last.j-1] + 1 // "met officials from Norway and Sweden"
	}
	_, end := a.nounChain(k)
	whole := span{a.ch[k].i, a.ch[end-1].j}
	// The conjuncts; parts is allocated only when there is a second one,
	// and first is the first until then.
	first := whole
	ofChain := whole.j > a.ch[k].j
	var parts []span
	if names, after := a.namesAfterPhrase(k, end); names != nil {
		// "impeached two presidents in its history, Ann Lee and Tom
		// Wu": the names the phrase's comma sets off are the group's.
		return span{a.ch[k].i, a.ch[after-1].j}, names, after
	}
	for {
		// "A and B", "A, B, and C", "A or B"; but not ", and the workers
		// were addressed", which coordinates clauses.
		m := end
		sawComma := false
		if m+1 < len(a.ch) && parts == nil && a.dash(a.ch[m].i) && a.tags[a.ch[end-1].head] == "NNS" && !a.afterHave(k) {
			// "met three leaders — Tom Wu, Ola Berg and Ann Lee — on
			// Monday": names between dashes are the group's members.
			if names, after := a.namedMembers(m + 1); len(names) > 1 && (after >= len(a.ch) || a.ch[after].kind == stop || a.dash(a.ch[after].i)) {
				whole := span{a.ch[k].i, a.ch[after-1].j}
				if after < len(a.ch) && a.ch[after].kind != stop {
					after++ // the closing dash
				}
				return whole, names, after
			}
		}
		if m < len(a.ch) && a.ch[m].kind == comma && a.toks[a.ch[m].i].Text == "," {
			sawComma = true
			m++
		}
		if sawComma && m < len(a.ch) && a.ch[m].kind == wh && (a.low[a.ch[m].i] == "who" || a.low[a.ch[m].i] == "which") {
			// "met Ann Lee, who leads Acme, and Tom Wu": the list goes on
			// after a member's relative clause.
			e := m + 1
			for e < len(a.ch) && a.ch[e].kind != comma && a.ch[e].kind != stop {
				e++
			}
			if !a.appositionInList(e) {
				break
			}
			end = e
			continue
		}
		if m < len(a.ch) && a.coordinator(m) {
			if sawComma && parts == nil && (a.inRelative(k) || a.inAside(k)) {
				// "met Ann Lee, who leads Acme, and Tom Wu": the comma
				// closes the relative clause, and the list is the
				// main clause's; so too after a participle's phrase
				// ("between Bob Hale, claiming to represent Acme, and").
				break
			}
			m++
		} else if !sawComma {
			break
		}
		if m >= len(a.ch) || a.ch[m].kind != np {
			break
		}
		if parts == nil && a.ch[m-1].kind == conj && end == k+1 && a.sharedNoun(a.ch[k], a.ch[m]) {
			// "several London and New York concerts": the names are
			// coordinated modifiers of the one noun after the last.
			whole.j = a.ch[m].j
			end = m + 1
			break
		}
		_, e := a.nounChain(m)
		v := e
		for v < len(a.ch) && a.ch[v].kind == quote {
			v++ // `Tom Wu "walked into`: a quotation opens after the subject
		}
		if v < len(a.ch) && a.ch[v].kind == vg && (a.ch[v].form == finite || a.ch[v].form == participle && a.ch[m-1].kind == conj) {
			break // a new clause starts here
		}
		if sawComma && a.ch[m-1].kind != conj && a.finiteAfterAdverbs(v) {
			break // "After meeting Ann Lee on Tuesday, Tom Wu reportedly flew": a new clause too
		}
		if v < len(a.ch) && a.ch[v].kind == vg && a.ch[v].form == gerund && sawComma && a.ch[m-1].kind == conj {
			// "with 231 Democrats supporting the bill, and 194
			// Republicans opposing it": a second absolute clause, its
			// noun no object of the first.
			break
		}
		if a.ch[m-1].kind == conj && a.appositionThenVerb(v) {
			break // "and its leader, Ann Lee, marched": a new clause, its subject set off
		}
		if sawComma && a.ch[m-1].kind != conj && a.placeAfterPlace(k, end-1, m, parts != nil) {
			// "in Montgomery County, Pennsylvania": the second name places
			// the first.
			if parts == nil {
				first.j = a.ch[m].j
			} else {
				parts[len(parts)-1].j = a.ch[m].j
			}
			whole.j = a.ch[m].j
			end = m + 1
			continue
		}
		if sawComma && a.ch[m-1].kind != conj && (!a.listContinues(e) || headClass(a.tags[a.ch[end-1].head]) != headClass(a.tags[a.ch[m].head])) {
			if names, after := a.namedMembers(m); parts == nil && len(names) > 1 && a.tags[a.ch[end-1].head] == "NNS" && !a.clauseAt(m) && !a.afterHave(k) {
				// "arrested two men, Tom Wu and Ola Berg": the names
				// in apposition are the members of the group (but "had
				// two brothers, Niklaus and Johann" has no Niklaus).
				return span{a.ch[k].i, a.ch[after-1].j}, names, after
			}
			if !a.appositionInList(e) {
				break // an apposition, not a list
			}
			// "met Ann Lee, the head of Acme, and Tom Wu", "arrested Ann
			// Lee, 45, and Tom Wu": the apposition is the member's own,
			// and the list goes on after it.
			whole.j = a.ch[e-1].j
			end = e
			continue
		}
		if parts == nil {
			parts = append(make([]span, 0, 4), first)
		}
		if ms := a.groupMembers(m); ms != nil && a.ch[m-1].kind == conj {
			// "by the United States and officials from Lithuania,
			// Latvia and Estonia": the envoys' list ends the list.
			last := ms[len(ms)-1]
			parts = append(parts, ms...)
			whole.j = last.j
			end = a.at[last.j-1] + 1
			break
		}
		parts = append(parts, span{a.ch[m].i, a.ch[e-1].j})
		whole.j = a.ch[e-1].j
		end = e
	}
	if ofChain && parts != nil && a.ownOfPhrase(k) {
		// "sued Ann Lee of the Green Party and Tom Wu of the Labour
		// Party": each name has its own of-phrase, and the names are
		// the list.
		ofChain = false
		for _, p := range parts[1:] {
			ofChain = ofChain || !a.ownOfPhrase(a.at[p.i])
		}
	}
	if ofChain && parts != nil && a.titledOfName(k, a.at[first.j-1]) {
		// "considered Secretary of State Ann Lee, Mayor Tom Wu and Ola
		// Berg": the of-phrase ends in the first member's name, so the
		// list is the verb's, not the of-phrase's.
		ofChain = false
	}
	if parts == nil || ofChain {
		// One phrase, or "a combination of priorities and requirements",
		// where the coordination is inside the "of" phrase.
		return whole, nil, end
	}
	return whole, parts, end
}

// adverbialPrep reports whether w, after a preposition and before no noun
// phrase, is an adverb of place ("from behind", "from abroad").
func adverbialPrep(w string) bool {
	switch w {
	case "behind", "abroad", "ahead", "afar", "above", "below", "inside", "outside", "within", "overseas":
		return true
	}
	return false
}

// finiteAfterAdverbs reports whether chunk v opens adverbs (one or more)
// that a finite verb group follows: "reportedly flew", "also said".
func (a *analysis) finiteAfterAdverbs(v int) bool {
	w := v
	for w < len(a.ch) && a.ch[w].kind == adv {
		w++
	}
	return w > v && w < len(a.ch) && a.ch[w].kind == vg && a.ch[w].form == finite
}

// appositionThenVerb reports whether chunk v opens an apposition set off
// by commas that a finite verb group follows: ", Ann Lee, marched". An
// adverb of the role's time may open the apposition, and its of-phrase
// may hold a list: ", then the head of the Port Authority of Oslo and
// Bergen, were".
func (a *analysis) appositionThenVerb(v int) bool {
	if v+1 >= len(a.ch) || a.ch[v].kind != comma || a.toks[a.ch[v].i].Text != "," {
		return false
	}
	n := v + 1
	if c := a.ch[n]; c.kind == adv && c.j == c.i+1 && apposedAdverbs[a.low[c.i]] && n+1 < len(a.ch) {
		n++
	}
	if a.ch[n].kind != np {
		return false
	}
	_, _, e := a.object(n) // "then the head of the Port Authority of Oslo and Bergen,"
	return e+1 < len(a.ch) && a.ch[e].kind == comma && a.toks[a.ch[e].i].Text == "," &&
		a.ch[e+1].kind == vg && a.ch[e+1].form == finite
}

// inRelative reports whether chunk k follows the verb of a relative clause
// set off by a comma (", who leads").
func (a *analysis) inRelative(k int) bool {
	return k >= 3 && a.ch[k-1].kind == vg && a.ch[k-2].kind == wh && a.ch[k-3].kind == comma
}

// afterHave reports whether chunk k follows a verb group of "have".
func (a *analysis) afterHave(k int) bool {
	if k == 0 || a.ch[k-1].kind != vg {
		return false
	}
	switch a.low[a.ch[k-1].head] {
	case "have", "has", "had", "having":
		return true
	}
	return false
}

// namedMembers returns the names listed from chunk k ([analysis.listMembers]
// whose members all end in a proper noun: "Tom Wu, Ola Berg and Ann Lee")
// and the chunk after the list, when there are two or more and the list
// ends at a comma, a preposition or the end of the sentence.
func (a *analysis) namedMembers(k int) ([]span, int) {
	ms := a.listMembers(k)
	if len(ms) < 2 {
		return nil, 0
	}
	for _, m := range ms {
		if headClass(a.tags[m.j-1]) != 'P' {
			return nil, 0
		}
	}
	after := a.at[ms[len(ms)-1].j-1] + 1
	if after < len(a.ch) && a.ch[after].kind != comma && a.ch[after].kind != stop && a.ch[after].kind != prep {
		return nil, 0
	}
	return ms, after
}

// namesAfterPhrase returns the names listed after a plural object (chunks
// k to end), its phrase of "in", "during" or "over" with a common noun,
// and a comma, when two or more close the sentence ("arrested two men in
// the raid, Tom Wu and Ola Berg.", "impeached two presidents in its
// history, Ann Lee and Tom Wu."), and the chunk after them; or nil. A
// proper noun ends no such phrase: "sent letters to Ann Lee, Tom Wu and
// Ola Berg" lists the letters' recipients.
func (a *analysis) namesAfterPhrase(k, end int) ([]span, int) {
	if a.tags[a.ch[end-1].head] != "NNS" || a.afterHave(k) || end+2 >= len(a.ch) || a.ch[end].kind != prep || a.ch[end+1].kind != np {
		return nil, 0
	}
	switch a.low[a.ch[end].i] {
	case "in", "during", "over":
	default:
		return nil, 0
	}
	if a.tags[a.ch[end+1].head] != "NN" {
		return nil, 0
	}
	_, pe := a.nounChain(end + 1)
	if pe+1 >= len(a.ch) || a.ch[pe].kind != comma || a.toks[a.ch[pe].i].Text != "," || a.clauseAt(pe+1) {
		return nil, 0
	}
	names, after := a.namedMembers(pe + 1)
	if len(names) < 2 || after < len(a.ch) && a.ch[after].kind != stop {
		return nil, 0
	}
	return names, after
}

// ownOfPhrase reports whether chunk k is a name with an of-phrase of its
// own: "Tom Wu of the Labour Party".
func (a *analysis) ownOfPhrase(k int) bool {
	return k+2 < len(a.ch) && a.ch[k].kind == np && a.proper(a.ch[k]) && a.ch[k+1].kind == prep && a.low[a.ch[k+1].i] == "of" &&
		a.ch[k+2].kind == np
}

// titledOfName reports whether chunks k to last are a capitalised title,
// its of-phrase and a name ("Secretary of State Ann Lee", "the Speaker of
// the House Ann Lee"): chunk k ends in a title word written as a proper
// noun, and chunk last, after the body's name, ends in two proper nouns
// more.
func (a *analysis) titledOfName(k, last int) bool {
	if last <= k || a.ch[k].kind != np || a.ch[last].kind != np {
		return false
	}
	if t := a.ch[k].j - 1; a.tags[t] != "NNP" || !titleWord(a.low[t]) {
		return false
	}
	c := a.ch[last]
	names := 0
	for i := c.i; i < c.j; i++ {
		if strings.HasPrefix(a.tags[i], "NNP") {
			names++
		}
	}
	return names >= 3 && a.tags[c.j-1] == "NNP" && a.tags[c.j-2] == "NNP"
}

// envoyNouns are the plural nouns of people who act for the body they come
// from: "officials from Norway, Sweden and Finland" act for each.
var envoyNouns = map[string]bool{
	"officials": true, "representatives": true, "delegates": true, "delegations": true, "diplomats": true,
	"ministers": true, "envoys": true, "negotiators": true, "ambassadors": true, "leaders": true, "presidents": true,
	"governments": true, "spokesmen": true, "spokespeople": true, "spokespersons": true,
}

// generalOffices are the plural offices written apart from their
// "general" ("attorneys general from Norway and Sweden").
var generalOffices = map[string]bool{
	"attorneys": true, "solicitors": true, "secretaries": true, "prosecutors": true, "inspectors": true,
	"directors": true, "consuls": true,
}

// envoyHead reports whether the noun phrase at chunk k ends in one of
// envoyNouns or in a plural office of generalOffices.
func (a *analysis) envoyHead(k int) bool {
	h := a.ch[k].head
	return envoyNouns[a.low[h]] || a.low[h] == "general" && h > a.ch[k].i && generalOffices[a.low[h-1]]
}

// envoyMembers returns, for envoys from, of or for a list of names at
// chunk k ("officials from Norway, Sweden and Finland", "representatives
// of Acme and Halvik", "spokesmen for Norway and Sweden") or of a list
// of nationality adjectives ([adjectiveMembers]), the envoys with the
// first name, then the other names: one subject for each body they act
// for. It returns nil when the noun is no envoy's or fewer than two names
// follow it.
func (a *analysis) envoyMembers(k int) []span {
	if k+2 >= len(a.ch) || a.ch[k].kind != np || !a.envoyHead(k) || a.ch[k+1].kind != prep {
		return nil
	}
	if w := a.low[a.ch[k+1].i]; w != "of" && w != "from" && w != "for" {
		return nil
	}
	if ms := a.adjectiveMembers(k + 2); ms != nil && a.ch[k+1].j == a.ch[k+2].i {
		// "representatives of the Norwegian, Swedish and Danish
		// governments": one body for each adjective.
		return append([]span{{a.ch[k].i, ms[0].j}}, ms[1:]...)
	}
	ms := a.listMembers(k + 2)
	if n := a.renamingList(ms); n > 0 && a.tags[a.ch[k].head] == "NNS" {
		// "The leaders of Norway and Sweden, Ann Lee and Tom Wu
		// (respectively), met": the names after the comma are the
		// leaders, each a subject; the states are only theirs.
		return ms[n:]
	}
	if len(ms) < 2 {
		return nil
	}
	for _, m := range ms {
		if headClass(a.tags[m.j-1]) != 'P' {
			return nil
		}
	}
	return append([]span{{a.ch[k].i, ms[0].j}}, ms[1:]...)
}

// renamingList returns the index of the first of the members ms when
// they are two lists of names, as many in each, the second after a comma
// naming the first's: "Norway and Sweden, Ann Lee and Tom Wu". It returns
// 0 for one list ("Norway, Sweden and Finland").
func (a *analysis) renamingList(ms []span) int {
	split := 0
	for i := 1; i < len(ms); i++ {
		gap := a.low[ms[i-1].j:ms[i].i]
		if !slices.Contains(gap, "and") && (len(gap) != 1 || gap[0] != ",") {
			return 0
		}
		if split == 0 && len(gap) == 1 && i > 1 && slices.Contains(a.low[ms[i-2].j:ms[i-1].i], "and") {
			split = i
		}
	}
	if split == 0 || 2*split != len(ms) {
		return 0
	}
	for _, m := range ms[split:] {
		if a.tags[m.j-1] != "NNP" || a.tags[m.i] != "NNP" {
			return 0
		}
	}
	return split
}

// groupMembers returns the members of a group named by a list at chunk k,
// one subject or object for each body it stands for: envoys from a list
// ([envoyMembers]) or a list of nationality adjectives ([adjectiveMembers]).
// It returns nil otherwise.
func (a *analysis) groupMembers(k int) []span {
	if ms := a.envoyMembers(k); ms != nil {
		return ms
	}
	return a.adjectiveMembers(k)
}

// adjectiveMembers returns, for a noun phrase at chunk k whose capitalised
// adjectives are listed before a plural noun ("British, French and German
// officials", "Egyptian and Saudi police"), each adjective alone and the
// last with the rest of the phrase: "British", "French", "German
// officials". Each names a group of its own. It returns nil for any other
// phrase ("senior and junior officials", "the French and Germany").
func (a *analysis) adjectiveMembers(k int) []span {
	if k >= len(a.ch) || a.ch[k].kind != np {
		return nil
	}
	c := a.ch[k]
	if a.tags[c.head] != "NNS" && a.low[c.head] != "police" || c.head != c.j-1 || a.toks[c.head].Text != a.low[c.head] {
		return nil
	}
	i := c.i
	if a.tags[i] == "DT" {
		i++
	}
	var ms []span
	from := c.i // the first member keeps the determiner
	coordinated := false
	for m := i; m < c.head; {
		if a.toks[m].Text == a.low[m] || !isAdj(a.tags[m]) && a.tags[m] != "NNP" {
			return nil
		}
		e := m + 1
		for e < c.head && a.toks[e].Text != a.low[e] {
			e++ // "South Korean"
		}
		sep := e
		if sep < c.head && a.low[sep] == "," {
			sep++
		}
		if sep < c.head && (a.low[sep] == "and" || a.low[sep] == "or") {
			sep++
			coordinated = true
		}
		if sep == e {
			// The last adjective: the rest of the phrase is lower case.
			for n := e; n < c.head; n++ {
				if a.toks[n].Text != a.low[n] {
					return nil
				}
			}
			if !coordinated || len(ms) == 0 {
				return nil
			}
			return append(ms, span{from, c.j})
		}
		ms = append(ms, span{from, e})
		m, from = sep, sep
	}
	return nil
}

// appositionInList reports whether an apposition that ends before chunk e
// is followed by ", and" or ", or" and a noun phrase that no finite verb
// follows: the list goes on after the apposition of one of its members
// ("Ann Lee, the head of Acme, and Tom Wu").
func (a *analysis) appositionInList(e int) bool {
	if e+2 >= len(a.ch) || a.ch[e].kind != comma || a.toks[a.ch[e].i].Text != "," || !a.coordinator(e+1) || a.ch[e+2].kind != np {
		return false
	}
	return !a.clauseAt(e + 2)
}

// clauseAt reports whether the noun phrase at chunk k, with its of-phrases,
// is followed by a finite verb group: the subject of a clause.
func (a *analysis) clauseAt(k int) bool {
	_, e := a.nounChain(k)
	return e < len(a.ch) && a.ch[e].kind == vg && a.ch[e].form == finite
}

// clauseOnly reports whether w opens only clauses, never a noun phrase
// ("because", "although"; unlike "as", "after" or "until", whose noun
// phrase may go on with "and" and another clause: "resigned as governor
// and Ann Lee took over").
func clauseOnly(w string) bool {
	switch w {
	case "because", "although", "though", "whereas", "unless", "while":
		return true
	}
	return false
}

// listClauseAt reports whether the noun phrase at chunk k, or a list of
// them joined by "and" or "or" ("because Norway and Sweden disagreed"),
// is the subject of a finite verb right after it.
func (a *analysis) listClauseAt(k int) bool {
	_, e := a.nounChain(k)
	commas, joined := false, false // a list set off by commas alone must end in "and" or "or"
	for e < len(a.ch) {
		n, sep := e, false
		if a.ch[n].kind == comma && a.toks[a.ch[n].i].Text == "," {
			n++
			sep = true
		}
		and := n < len(a.ch) && a.coordinator(n) && a.low[a.ch[n].i] != "as"
		if and {
			n++
		}
		if !sep && !and || n >= len(a.ch) || a.ch[n].kind != np {
			break
		}
		commas, joined = commas || !and, joined || and
		_, e = a.nounChain(n)
	}
	return (!commas || joined) && e < len(a.ch) && a.ch[e].kind == vg && a.ch[e].form == finite
}

// listContinues reports whether the chunks from k continue a list of noun
// phrases up to a final "and"/"or".
func (a *analysis) listContinues(k int) bool {
	for k < len(a.ch) {
		switch a.ch[k].kind {
		case conj:
			return k+1 < len(a.ch) && a.ch[k+1].kind == np
		case comma:
			if a.toks[a.ch[k].i].Text != "," {
				return false
			}
			k++
			if k < len(a.ch) && a.ch[k].kind == conj {
				continue
			}
			if k >= len(a.ch) || a.ch[k].kind != np {
				return false
			}
			_, k = a.nounChain(k)
			for k+1 < len(a.ch) && a.ch[k].kind == prep && memberPrep(a.low[a.ch[k].i]) && a.ch[k+1].kind == np {
				// "Ann Lee, protesters in Halvik over the tax, and Tom
				// Wu": a member placed by its own phrases.
				_, k = a.nounChain(k + 1)
			}
		default:
			return false
		}
	}
	return false
}

// memberPrep reports whether w opens a phrase that may place or qualify a
// member in the middle of a list: "protesters in Halvik over the tax".
func memberPrep(w string) bool {
	switch w {
	case "in", "from", "at", "over", "against":
		return true
	}
	return false
}

// reportAdjunct are the prepositions of where, when or how a report was
// made, between its verb and "that": "said in a statement that".
var reportAdjunct = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "via": true, "through": true, "after": true, "before": true,
}

// thatAfter reports whether "that" and a clause follow the object that
// starts at chunk k: "said in a statement | that Norway ...".
func (a *analysis) thatAfter(k int) bool {
	_, _, end := a.object(k)
	// The tagger often takes this "that" for a relative pronoun ("on
	// Twitter that/WDT"); a clause with its own subject after it is none.
	return end+1 < len(a.ch) && (a.ch[end].kind == prep || a.ch[end].kind == wh) && a.low[a.ch[end].i] == "that" &&
		a.ch[end+1].kind == np && a.clauseAt(end+1)
}

// nounChain returns the end of the noun phrase at chunk k extended over
// "of" phrases ("a close confidant of Kim Jong Un"): the head chunk and the
// chunk after the chain.
func (a *analysis) nounChain(k int) (head, end int) {
	end = k + 1
	for end+1 < len(a.ch) && a.ch[end].kind == prep && (a.low[a.ch[end].i] == "of" || a.fromTitled(end)) && a.ch[end+1].kind == np {
		end += 2
	}
	return k, end
}

// fromTitled reports whether the "from" of chunk p joins a legislator's
// title to the place it stands for and the name after it, one noun phrase
// ("Senator from Utah Tom Wu"): a capitalised title with no article ends
// the chunk before, and the chunk after is all proper nouns, more than the
// place's one word.
func (a *analysis) fromTitled(p int) bool {
	if p < 1 || p+1 >= len(a.ch) || a.low[a.ch[p].i] != "from" || a.ch[p-1].kind != np {
		return false
	}
	t := a.ch[p-1].j - 1
	if !legislatorTitles[a.low[t]] || a.tags[t] != "NNP" || a.tags[a.ch[p-1].i] == "DT" || a.tags[a.ch[p-1].i] == "PRP$" {
		return false // "the junior Senator from New York" is a description: no name follows
	}
	n := a.ch[p+1]
	if n.j-n.i < 2 {
		return false
	}
	for i := n.i; i < n.j; i++ {
		if a.tags[i] != "NNP" {
			return false
		}
	}
	return true
}

// legislatorTitles are the titles that "from" and the place a legislator
// stands for follow before the name: "Senator from Utah Tom Wu".
var legislatorTitles = map[string]bool{
	"senator": true, "representative": true, "congressman": true, "congresswoman": true, "congressperson": true,
	"delegate": true, "assemblyman": true, "assemblywoman": true,
}

// extras collects the prepositional and adverbial arguments from chunk k on,
// and hands an infinitive of purpose its subject.
func (a *analysis) extras(c *clause, k int) {
	for k < len(a.ch) {
		ch := a.ch[k]
		switch ch.kind {
		case prep:
			w := a.low[ch.i]
			if w == "that" && c.thatAt < 0 && c.obj.empty() && c.vg >= 0 && a.reporting(a.ch[c.vg].head) {
				// "said after this incident that he had been lucky"
				c.thatAt = k
				return
			}
			if subordinator(w) && w != "since" && w != "after" && w != "before" && w != "until" && w != "as" {
				return
			}
			n := k + 1
			for n < len(a.ch) && a.ch[n].kind == adv && n+1 < len(a.ch) && a.ch[n+1].kind == np {
				n++ // "for nearly fourteen years"
			}
			if n == k+1 && a.timeThenPrep(c, k) {
				// "met on Monday with Tom Wu", "voted on June 23, 2016,
				// against the bill": the preposition after a time phrase
				// joins the relation of a verb with no object, as it does
				// with no time between them.
				c.relSkip = span{c.rel.j, ch.i}
				c.rel.j = ch.j
				c.obj, c.objs, k = a.object(n)
				k = a.repeatedPrep(c, w, k)
				c.end = c.obj.j
				continue
			}
			if n < len(a.ch) && a.ch[n].kind == np {
				obj, _, end := a.object(n)
				sp := span{ch.i, obj.j}
				if a.nounOwnsPrep(c, k, w) {
					// "declared measures for the airports", "restrictions
					// on flights to Norway": the phrase qualifies the noun
					// before it, and joins that noun's argument.
					if m := len(c.extras); m > 0 && c.extras[m-1].sp.j == ch.i {
						c.extras[m-1].sp.j = sp.j
					} else {
						c.obj.j = sp.j
					}
					c.end = sp.j
					k = end
					continue
				}
				c.extras = append(c.extras, extra{sp, a.role(a.prepText(ch), span{a.ch[n].i, sp.j})})
				c.end = sp.j
				k = end
				if p := a.prepAgain(end, w); p > 0 && w == "under" {
					// "first under Ann Lee and later under Tom Wu": the
					// same preposition again, after and, is another phrase
					// of the verb (the next turn of the loop reads it).
					k = p
				} else if rp := a.relPrep(c); rp != "" && rp != w && a.prepAgain(end, rp) > 0 {
					// "ran for Congress in 2010 in Ohio and for the Senate
					// in 2018": the relation's preposition again, after the
					// phrases of the first object, gives another object.
					// The phrases after it are left to the second object
					// ("the BBC in London").
					k = a.repeatedPrep(c, rp, end)
					c.end = a.ch[k-1].j
					return
				}
				continue
			}
			if n+1 < len(a.ch) && (a.ch[n].kind == prep || a.ch[n].kind == adv) && a.ch[n].j == a.ch[n].i+1 && adverbialPrep(a.low[a.ch[n].i]) && a.ch[n+1].kind != np {
				// "came from behind to beat", "returned from abroad": a
				// preposition whose object is an adverb of place.
				sp := span{ch.i, a.ch[n].j}
				c.extras = append(c.extras, extra{sp, a.prepText(ch)})
				c.end = sp.j
				k = n + 1
				continue
			}
			if k+1 < len(a.ch) && a.ch[k+1].kind == vg && a.ch[k+1].form == gerund {
				// "for forcing Graves out": the gerund and its object.
				end := k + 2
				if end < len(a.ch) && a.ch[end].kind == np {
					_, end = a.nounChain(end)
				}
				sp := span{ch.i, a.ch[end-1].j}
				c.extras = append(c.extras, extra{sp, a.prepText(ch)})
				if (w == "of" || w == "for" || w == "with") && end < len(a.ch) && a.ch[end].kind == vg && a.ch[end].form == infinitive {
					a.afterGerund[end] = true
				}
				// "after leaving the Sea Org" is also a clause of its own
				// (findSubject); "for forcing Graves out" is not.
				a.consumed[k+1] = !timeSubordinator(w)
				c.end = sp.j
				if timeSubordinator(w) {
					// "was met with applause upon announcing to
					// journalists that ...": what follows the gerund is
					// its own clause's, not the main verb's.
					return
				}
				k = end
				continue
			}
			return
		case adv:
			k++
		case comma:
			if a.toks[ch.i].Text == "," && k+2 < len(a.ch) && a.ch[k+1].kind == adv && a.low[a.ch[k+1].i] == "only" &&
				a.ch[k+2].kind == vg && a.ch[k+2].form == infinitive {
				// "played in the first match, only to be replaced by Ann
				// Lee": the infinitive of an outcome after "only" befalls
				// the clause's subject.
				a.inherit[k+2] = len(a.cl)
				return
			}
			if n := len(c.extras); a.toks[ch.i].Text == "," && n == 1 && a.datedWithComma(c.extras[0]) && c.extras[0].sp.j == ch.i && c.obj.empty() &&
				k+1 < len(a.ch) && (a.ch[k+1].kind == vg && a.ch[k+1].form == infinitive || a.timeThenPrep(c, k+1)) {
				// "voted on May 4, 2031, to leave the EU": the comma
				// closes the date, and the clause goes on.
				k++
				continue
			}
			// ", specifically in Russia's Kursk region": a place or time
			// set off by commas still belongs to the clause.
			m := k + 1
			for m < len(a.ch) && (a.ch[m].kind == adv || a.ch[m].j == a.ch[m].i+1 && a.low[a.ch[m].i] == "first") {
				m++
			}
			if m+1 < len(a.ch) && a.toks[ch.i].Text == "," && a.ch[m].kind == prep && a.ch[m+1].kind == np && (adjunctPrep(a.low[a.ch[m].i]) || a.low[a.ch[m].i] == "under") {
				w := a.low[a.ch[m].i]
				// (", first under President Ann Lee and later under
				// President Tom Wu": the phrases of one preposition.)
				_, end := a.nounChain(m + 1)
				if end >= len(a.ch) || a.ch[end].kind == comma || a.ch[end].kind == stop || a.prepAgain(end, w) > 0 {
					k = m
					continue
				}
			}
			return
		case vg:
			if ch.form == infinitive && a.possessedAct(c.obj) {
				// "criticised NASA's decision to close the centre": the
				// possessor closes it, not the clause's subject.
				return
			}
			if ch.form == infinitive && c.vg >= 0 && !c.obj.empty() && c.obj.j == ch.i && actHeads[a.low[ch.i-1]] &&
				judgedActVerbs[a.x.base(a.low[a.ch[c.vg].head], a.tags[a.ch[c.vg].head])] {
				// "criticised the decision to expel Tom Wu", "welcomed
				// the effort to rebuild Varo": whoever decided or tried
				// acts, not the one who judges it.
				return
			}
			if n := len(c.extras); ch.form == infinitive && (n > 0 && c.extras[n-1].sp.j == ch.i || !c.relSkip.empty() && c.obj.j == ch.i) &&
				actHeads[a.low[ch.i-1]] && !controlVerb(a.x.base(a.low[a.ch[c.vg].head], a.tags[a.ch[c.vg].head])) {
				// "a speech against the deal to lease jets from Boeing",
				// "spoke last week against the deal to lease": the
				// infinitive belongs to the act noun ending the
				// phrase before it, no act of the subject's
				// (unless the verb hands its object on: "asked the
				// court in a letter to free him").
				return
			}
			if ch.form == infinitive && c.vg >= 0 && a.ch[c.vg].copula && a.fitFor(c.obj) && !slices.Contains(a.low[ch.i:ch.j], "ever") &&
				a.low[c.obj.i] != "one" {
				// "Ann Lee is the best person to lead Norway", "the
				// right man to fix it": a judgement of who would suit
				// the act, which no one has done. "one of the best
				// officers to ever serve at the CIA" served there.
				return
			}
			if ch.form == infinitive || ch.form == bare && !c.obj.empty() && bareControl(a.x.base(a.low[a.ch[c.vg].head], a.tags[a.ch[c.vg].head])) {
				// "urged X to leave", "helped him leave": the clause
				// being built hands its object to the verb as subject.
				a.inherit[k] = len(a.cl)
			}
			return
		case np:
			// A second noun phrase: an indirect object's direct object
			// ("offers North Korea advantages") or a bare time ("last year").
			_, end := a.nounChain(k)
			timeNP := a.role("", span{ch.i, ch.j}) == "time"
			if (len(c.extras) > 0 || c.obj.empty()) && !timeNP {
				return
			}
			if end < len(a.ch) && a.ch[end].kind == vg {
				return
			}
			sp := span{ch.i, a.ch[end-1].j}
			c.extras = append(c.extras, extra{sp, a.role("", sp)})
			c.end = sp.j
			k = end
		default:
			return
		}
	}
}

// fitFor reports whether the noun phrase sp is a person judged fit for
// something: one of [fitAdjectives] before its head ("the best person",
// "the right man").
func (a *analysis) fitFor(sp span) bool {
	for k := sp.i; k < sp.j; k++ {
		if fitAdjectives[a.low[k]] {
			return true
		}
	}
	return false
}

// fitAdjectives judge someone fit or unfit for an act the infinitive after
// their noun names: "the best person to lead", "the wrong man to ask".
var fitAdjectives = map[string]bool{
	"best": true, "right": true, "ideal": true, "perfect": true, "wrong": true, "best-placed": true,
	"qualified": true, "suitable": true, "fit": true, "likeliest": true,
}

// relPrep returns the preposition that ends c's relation when a noun
// phrase after it is c's object ("ran for | Congress"), or "".
func (a *analysis) relPrep(c *clause) string {
	if c.obj.empty() || c.rel.j <= c.rel.i || c.rel.j != c.obj.i || c.vg < 0 || a.ch[a.at[c.rel.j-1]].kind != prep {
		return ""
	}
	return a.low[c.rel.j-1]
}

// prepAgain returns the chunk of preposition w again when chunk k is
// "and", maybe an adverb, and w before a noun phrase that names no time
// ("and later under Tom Wu"), or 0. A comma and an adverb of sequence
// ([thenAdverbs]) join the two phrases as "and" does: "met with the IMF,
// then with Tom Wu".
func (a *analysis) prepAgain(k int, w string) int {
	if k >= len(a.ch) {
		return 0
	}
	n := k + 1
	switch {
	case a.ch[k].kind == conj && a.low[a.ch[k].i] == "and":
		if n < len(a.ch) && a.ch[n].kind == adv {
			n++
		}
	case a.ch[k].kind == comma && n < len(a.ch) && a.ch[n].kind == adv && a.ch[n].j == a.ch[n].i+1 && thenAdverbs[a.low[a.ch[n].i]]:
		n++
	default:
		return 0
	}
	if n+1 >= len(a.ch) || a.ch[n].kind != prep || a.low[a.ch[n].i] != w || a.ch[n+1].kind != np || a.timePhrase(n) {
		return 0
	}
	return n
}

// thenAdverbs order a second phrase after the first: "met with the IMF,
// then with Tom Wu", "moved to Oslo, later to Bergen".
var thenAdverbs = map[string]bool{"then": true, "later": true, "afterwards": true, "subsequently": true}

// bareDate reports whether sp is a date with no preposition, made only
// of a weekday or month, a day word, a part of the day and numbers:
// "Wednesday", "Wednesday afternoon", "May 3", "yesterday".
func (a *analysis) bareDate(sp span) bool {
	if sp.j <= sp.i || !monthOrDay(a.low[sp.i]) && !dayWord(a.low[sp.i]) {
		return false
	}
	for i := sp.i + 1; i < sp.j; i++ {
		switch w := a.low[i]; w {
		case "morning", "afternoon", "evening", "night":
		default:
			if a.tags[i] != "CD" {
				return false
			}
		}
	}
	return true
}

// timeThenPrep reports whether the preposition at chunk k, before a noun
// phrase, follows the only extra of c, a time phrase right after the
// relation (maybe closed by a comma) that names a date or a span of time
// ([dated]: "after the incident" names none), opened by a preposition or
// "last", "next" or "this", or a bare date ([bareDate]: "met Wednesday
// with"; "miss January's View From ..." has a name read as a time, no
// time phrase), when c has no object and its verb is
// no copula: "met on Monday with Tom Wu". Only prepositions that a verb
// takes as its own (with, to, against, from, for) join it; a place (in,
// at) stays where it is.
func (a *analysis) timeThenPrep(c *clause, k int) bool {
	if k+1 >= len(a.ch) || a.ch[k].kind != prep || a.ch[k+1].kind != np || len(c.extras) != 1 || !c.obj.empty() || c.thatAt >= 0 || c.vg < 0 || a.ch[c.vg].copula {
		return false
	}
	t := c.extras[0]
	if t.role != "time" || !a.dated(t.sp) || a.tags[t.sp.i] != "IN" && !timeDeictic(a.low[t.sp.i]) && !a.bareDate(t.sp) || t.sp.i != c.rel.j || t.sp.j != a.ch[k].i && !(t.sp.j+1 == a.ch[k].i && a.toks[t.sp.j].Text == "," && a.datedWithComma(t)) {
		return false
	}
	if a.low[t.sp.i] == "from" || a.role("", span{a.ch[k+1].i, a.ch[k+1].j}) == "time" {
		return false // "renovated from 2006 to 2008": a span of time
	}
	switch a.low[a.ch[k].i] {
	case "with", "to", "against", "from", "for":
		return true
	}
	return false
}

// dated reports whether span sp names a date or a counted span of time:
// a month or a weekday, a year, a time word after a number or "last",
// "next" or "this", or a plural of one ("for years"); "at better times"
// and "after the incident" are none.
func (a *analysis) dated(sp span) bool {
	for i := sp.i; i < sp.j; i++ {
		w := a.low[i]
		switch {
		case monthOrDay(w), a.tags[i] == "CD" && len(w) == 4 && isDigits(w):
			return true
		case timeNoun(w) && i > sp.i && (a.tags[i-1] == "CD" || timeDeictic(a.low[i-1])):
			return true
		case (w == "years" || w == "months" || w == "weeks" || w == "days" || w == "decades") && i == sp.i+1:
			return true
		case w == "yesterday" || w == "today" || w == "tomorrow":
			return true
		}
	}
	return false
}

// datedWithComma reports whether extra t is a time phrase with a comma
// inside ("on June 23, 2016"), whose closing comma ends the date, not the
// clause.
func (a *analysis) datedWithComma(t extra) bool {
	if t.role != "time" {
		return false
	}
	for i := t.sp.i; i < t.sp.j; i++ {
		if a.toks[i].Text == "," {
			return true
		}
	}
	return false
}

// bareControl reports whether verb takes an object and a bare infinitive
// whose subject is that object: "helped him leave", "let them go", "made
// her resign", "saw the troops cross".
func bareControl(verb string) bool {
	switch verb {
	case "help", "let", "make", "see", "watch", "hear":
		return true
	}
	return false
}

// adjunctPrep reports whether w introduces a time or place adjunct that may
// be set off by commas.
func adjunctPrep(w string) bool {
	switch w {
	case "in", "at", "on", "near", "since", "during", "until", "throughout", "within", "across", "inside", "outside":
		return true
	}
	return false
}

// linking reports whether the verb w links its subject to a predicate
// adjective or participle ("become involved").
func linking(w string) bool {
	switch w {
	case "become", "becomes", "became", "becoming", "remain", "remains", "remained", "seem", "seems", "seemed",
		"appear", "appears", "appeared", "stay", "stays", "stayed", "get", "gets", "got", "grow", "grew", "grown":
		return true
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// reporting reports whether the verb at token k reports speech or
// thought ("said", "warning", "believes") and so may take a clause without
// "that".
func (a *analysis) reporting(k int) bool {
	switch a.x.base(a.low[k], a.tags[k]) {
	case "say", "believe", "think", "claim", "know", "report", "warn", "suggest", "insist", "argue", "fear",
		"expect", "hope", "admit", "deny", "announce", "confirm", "tell", "add", "mention", "state", "indicate",
		"note", "reveal", "explain", "acknowledge", "assert", "conclude", "predict", "estimate", "realize",
		"realise", "show", "agree", "decide", "feel", "guess", "assume", "recall", "complain", "contend",
		"maintain", "ask", "wonder", "question", "write", "reply", "respond", "allege", "stress", "emphasize",
		"emphasise", "declare", "tweet", "testify", "notice", "learn", "understand", "hear", "warrant", "doubt",
		"suspect", "reckon", "suppose", "presume", "speculate", "hint", "signal":
		return true
	}
	return false
}

// finding reports whether the verb at token k finds or rules that
// something is so ("determined Ann Lee had lied", "ruled the mayor lacked
// the power", "found the firm had broken the law") and so may take a
// clause without "that" whose subject is no object of its own. It is no
// verb of saying: the clause is not attributed to its subject.
func (a *analysis) finding(k int) bool {
	switch a.x.base(a.low[k], a.tags[k]) {
	case "determine", "find", "rule", "discover", "establish", "prove", "verify", "judge":
		return true
	}
	return false
}

// finiteAfterList reports whether a finite verb follows the list that
// ends before chunk k, at once or after the comma that closes an
// apposition ("two rowers, Ann Lee and Bo Kim, were banned").
func (a *analysis) finiteAfterList(k int) bool {
	if k+1 < len(a.ch) && a.ch[k].kind == comma && a.low[a.ch[k].i] == "," {
		k++
	}
	return k < len(a.ch) && a.ch[k].kind == vg && a.ch[k].form == finite
}

// reportsList reports whether the verb at token k, a verb of saying or
// thinking that takes no actor as its object, reports a clause whose
// subject is a list: "said Norway and Sweden had violated the treaty"
// (the list is not said), "announced two rowers, Ann Lee and Bo Kim, were
// banned" (an apposition's list). "told Norway and Sweden ..." may tell them.
func (a *analysis) reportsList(k int) bool {
	switch a.x.base(a.low[k], a.tags[k]) {
	case "say", "claim", "allege", "insist", "argue", "state", "assert", "add", "believe", "think", "suggest",
		"stress", "note", "contend", "maintain", "announce", "report", "confirm", "reveal", "declare":
		return true
	}
	return false
}

// lightVerb reports whether w (any form) is a verb whose meaning lies
// mostly in its object noun: "express concern", "take place".
func lightVerb(w string) bool {
	switch w {
	case "express", "expresses", "expressed", "expressing", "voice", "voiced", "voices", "raise", "raised", "raises",
		"make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "give", "gives", "gave", "given",
		"pay", "paid", "pays", "play", "plays", "played", "playing", "put", "puts", "lodge", "lodged", "file", "filed",
		"issue", "issued", "launch", "launched", "launches", "have", "has", "had", "hold", "holds", "held", "set", "sets",
		"gain", "gained", "exert", "exerted", "impose", "imposed", "cast", "draw", "drew", "drawn", "keep", "kept":
		return true
	}
	return false
}

// timePhrase reports whether the preposition at chunk k with the noun
// phrase after it gives a time ("in 1841", "during the war").
func (a *analysis) timePhrase(k int) bool {
	if k+1 >= len(a.ch) || a.ch[k+1].kind != np {
		return false
	}
	return a.role(a.low[a.ch[k].i], span{a.ch[k+1].i, a.ch[k+1].j}) == "time"
}

// beforeBody reports whether the before-phrase at chunk k names the body
// or person that verb group v's subject faced, not a time: "testified
// before the Senate Judiciary Committee", "appeared before a judge",
// "argued before the Supreme Court". A passive ("was brought before") is
// left a time: its subject did not do the facing.
func (a *analysis) beforeBody(v chunk, k int) bool {
	if a.low[a.ch[k].i] != "before" || k+1 >= len(a.ch) || a.ch[k+1].kind != np {
		return false
	}
	np := a.ch[k+1]
	if a.role("", span{np.i, np.j}) == "time" || a.tags[np.head] == "CD" {
		return false // "appeared before 1990", "testified before the summer"
	}
	if !strings.HasPrefix(a.tags[np.head], "NNP") && !facedBody(a.low[np.head]) {
		return false // "testified before the summer recess": an event
	}
	switch a.low[v.head] {
	case "appear", "appears", "appeared", "appearing", "testify", "testifies", "testified", "testifying",
		"argue", "argues", "argued", "arguing":
		return true
	}
	return false
}

// facedBody reports whether the common noun w names a body or person one
// testifies or appears before ("the committee", "a judge").
func facedBody(w string) bool {
	switch w {
	case "court", "committee", "subcommittee", "panel", "judge", "judges", "jury", "tribunal", "magistrate", "magistrates",
		"parliament", "congress", "senate", "lawmakers", "legislators", "commission", "inquiry", "regulators":
		return true
	}
	return false
}

// lightNoun reports whether the noun phrase at chunk k is the bare or
// indefinite noun of the light verb group v ("concerns", "an offer").
func (a *analysis) lightNoun(v chunk, k int) bool {
	n := a.ch[k]
	if !lightVerb(a.low[v.head]) || n.j-n.i > 3 || !isNoun(a.tags[n.head]) || strings.HasPrefix(a.tags[n.head], "NNP") {
		return false
	}
	if quantityNoun(a.low[n.head]) {
		return false // "launched a series of attacks"
	}
	switch a.tags[n.i] {
	case "DT":
		return a.low[n.i] == "a" || a.low[n.i] == "an"
	case "PRP$", "CD", "POS":
		return false
	}
	return !hasTag(a.tags[n.i:n.j], "POS") && !hasTag(a.tags[n.i:n.j], "CD")
}

// degree reports whether the adverb w grades the adjective after it.
func degree(w string) bool {
	switch w {
	case "too", "very", "so", "more", "most", "less", "least", "quite", "rather", "fairly", "highly", "extremely",
		"considerably", "increasingly", "relatively", "particularly", "especially", "as", "fully", "entirely":
		return true
	}
	return false
}

// placeAfterPlace reports whether the proper noun phrase at chunk m, after
// a comma, names where the place ending at chunk last is: the phrase
// starting at chunk k follows a place preposition, both are names, the
// second is short, and no list of names goes on after it (listed: the
// phrases before m are a list already).
func (a *analysis) placeAfterPlace(k, last, m int, listed bool) bool {
	if k == 0 || a.ch[k-1].kind != prep {
		return false
	}
	p := a.low[a.ch[k-1].i]
	if !adjunctPrep(p) && p != "from" && p != "to" {
		return false
	}
	second := a.ch[m]
	if second.j-second.i > 3 || !strings.HasPrefix(a.tags[a.ch[last].head], "NNP") {
		return false
	}
	for i := second.i; i < second.j; i++ {
		if !strings.HasPrefix(a.tags[i], "NNP") {
			return false
		}
	}
	if m+2 < len(a.ch) && a.ch[m+1].kind == conj && a.ch[m+2].kind == np && (p == "in" || p == "at") &&
		(a.low[a.ch[m+2].i] == "a" || a.low[a.ch[m+2].i] == "an") {
		// "at Halvik College in Bergen, Norway and a
		// show at ...": an indefinite phrase after and continues no
		// list of places.
		return true
	}
	if a.namesListed(m+1, listed) {
		// "won in Ohio, Iowa, Utah and Maine": more short names follow,
		// and the last closes a list; the second names no place of the
		// first.
		return false
	}
	return m+1 >= len(a.ch) || a.ch[m+1].kind != np && a.ch[m+1].kind != conj
}

// namesListed reports whether a list of short proper names goes on from
// chunk c: a comma and a name, any more of them, then (after an optional
// comma) a coordinator and a last name that no verb follows. The
// coordinator may come right after the comma ("in Ohio, Iowa, and Utah")
// unless a comma and a name place the last name ("in Paris, France, and
// London, England"), or right after it anyway when listed (the list has
// two members already: "in Oslo, Bergen, Trondheim, and Stavanger"). Three
// names or more may close with "and others" ("in Ohio, Iowa, Utah, and
// others").
func (a *analysis) namesListed(c int, listed bool) bool {
	short := func(k int) bool {
		if k >= len(a.ch) || a.ch[k].kind != np || a.ch[k].j-a.ch[k].i > 3 {
			return false
		}
		for i := a.ch[k].i; i < a.ch[k].j; i++ {
			if !strings.HasPrefix(a.tags[i], "NNP") {
				return false
			}
		}
		return true
	}
	comma := func(k int) bool { return k < len(a.ch) && a.ch[k].kind == comma && a.toks[a.ch[k].i].Text == "," }
	n := 0
	for comma(c) && short(c+1) {
		c += 2
		n++
	}
	serial := comma(c)
	if serial {
		c++
	}
	if (n > 0 || listed) && serial && c+1 < len(a.ch) && a.coordinator(c) && a.ch[c+1].kind == np && a.ch[c+1].j-a.ch[c+1].i == 1 && a.low[a.ch[c+1].i] == "others" {
		// "in Ohio, Iowa, Utah, and others": three names or more and
		// "others" close a list, which no name places.
		return true
	}
	if n == 0 && !serial || c >= len(a.ch) || !a.coordinator(c) || !short(c+1) {
		return false
	}
	v := c + 2
	if n == 0 && !listed && (comma(v) && short(v+1) || v < len(a.ch) && a.ch[v].kind != stop && !comma(v) && (a.ch[v].kind != prep || a.low[a.ch[v].i] == "of")) {
		// "in Paris, France, and London, England": places placed; "in
		// Kelby, North Carolina, and University of Halvik": the
		// last phrase goes on (a phrase of time or place may follow).
		return false
	}
	return v >= len(a.ch) || a.ch[v].kind != vg
}

// headClass groups head tags for list items: names, common nouns and
// numbers.
func headClass(tag string) byte {
	switch {
	case strings.HasPrefix(tag, "NNP"):
		return 'P'
	case isNoun(tag):
		return 'N'
	}
	return 'O'
}

// prepText returns the preposition of chunk ch in lower case, with both
// words of a compound ("rather than").
func (a *analysis) prepText(ch chunk) string {
	if ch.j-ch.i == 1 {
		return a.low[ch.i]
	}
	return strings.Join(a.low[ch.i:ch.j], " ")
}

// quantityNoun reports whether w counts or groups what its "of" phrase
// names ("a series of attacks").
func quantityNoun(w string) bool {
	switch w {
	case "series", "number", "lot", "lots", "range", "variety", "group", "couple", "set", "pair", "total",
		"majority", "minority", "dozen", "handful", "kind", "sort", "type", "amount", "bunch", "host", "wave":
		return true
	}
	return false
}

// coordinator reports whether chunk k joins phrases into a list: "and",
// "or", "as well as", "nor".
func (a *analysis) coordinator(k int) bool {
	if a.ch[k].kind != conj {
		return false
	}
	w := a.low[a.ch[k].i]
	return w == "and" || w == "or" || w == "as" || w == "nor"
}

// neither reports whether the phrase sp is opened by "neither" ("Neither
// Ann Lee nor Tom Wu"): a list of which no member acts or is acted on,
// so that its clause is negated.
func (a *analysis) neither(sp span) bool {
	return !sp.empty() && (a.low[sp.i] == "neither" || sp.i > 0 && a.low[sp.i-1] == "neither")
}

// actHeads are the nouns whose infinitive says what their possessor does
// or means to do: "NASA's decision to close the centre", "Russia's bid to
// join"; or what anyone might do ("the only way to stop Trump", "a chance
// to win"), no act of the clause's subject.
var actHeads = map[string]bool{
	"way": true, "ways": true, "means": true, "chance": true, "opportunity": true,
	"decision": true, "plan": true, "plans": true, "move": true, "bid": true, "attempt": true,
	"attempts": true, "effort": true, "efforts": true, "refusal": true, "promise": true, "threat": true,
	"failure": true, "offer": true, "call": true, "order": true, "request": true, "choice": true,
	"determination": true, "pledge": true, "vow": true, "intention": true, "proposal": true,
	"deal": true, "agreement": true, "contract": true, "scheme": true, "campaign": true, "programme": true,
	"program": true, "project": true, "initiative": true,
}

// judgedActVerbs take a stance toward an act another may have decided or
// tried: the infinitive after their object's act noun ([actHeads]) is no
// act of their subject.
var judgedActVerbs = map[string]bool{
	"criticise": true, "criticize": true, "condemn": true, "oppose": true, "support": true, "praise": true,
	"back": true, "welcome": true, "reject": true, "denounce": true, "applaud": true, "endorse": true,
	"slam": true, "blast": true, "decry": true, "hail": true, "laud": true, "commend": true, "question": true,
	"challenge": true, "protest": true, "dispute": true, "defend": true,
}

// possessedAct reports whether the object sp is an act noun of [actHeads]
// with a possessor named before it ("the Harbor Council's decision"), so
// that an infinitive after it is the possessor's.
func (a *analysis) possessedAct(sp span) bool {
	if sp.j-sp.i < 3 || !actHeads[a.low[sp.j-1]] {
		return false
	}
	for t := sp.i + 1; t < sp.j-1; t++ {
		if a.tags[t] == "POS" {
			return true
		}
	}
	return false
}

// afterPostmodifier returns the chunk after the prepositional phrase
// that opens at chunk k and could qualify the noun before it ("by
// Norway", "from the Halvik Party"; no time phrase, no subordinator, no
// goal as in "added two members to the council"), or k when none opens
// there.
func (a *analysis) afterPostmodifier(k int) int {
	if k+2 < len(a.ch) && a.ch[k].kind == prep && a.ch[k].j == a.ch[k].i+1 && a.ch[k+1].kind == np &&
		attaching(a.low[a.ch[k].i]) && !goalPreps[a.low[a.ch[k].i]] && !subordinator(a.low[a.ch[k].i]) && !a.timePhrase(k) {
		return k + 2
	}
	return k
}

// afterCause returns the chunk after a phrase of cause that opens at
// chunk k with a preposition of two words ("due to the storm", "because
// of the strike"), which may stand between a clause's subject and its
// verb ("reported Halvik Radio due to the strike had delayed"), or k.
func (a *analysis) afterCause(k int) int {
	if k+2 < len(a.ch) && a.ch[k].kind == prep && a.ch[k].j == a.ch[k].i+2 && a.ch[k+1].kind == np {
		switch a.low[a.ch[k].i] {
		case "due", "because", "owing", "thanks":
			return k + 2
		}
	}
	return k
}

// afterAside returns the chunk after an aside set off by commas at chunk
// k, when a finite verb follows it ("officials, following an
// investigation, stated"): phrases without a finite verb of their own,
// at most four chunks, not all noun phrases. It returns k otherwise. An
// apposition ("Mahan's director, Hamid Khanooki, has") is left to the
// reading of appositions, which names the subject by it.
func (a *analysis) afterAside(k int) int {
	if k >= len(a.ch) || a.ch[k].kind != comma || a.low[a.ch[k].i] != "," {
		return k
	}
	nominal := true
	for m := k + 1; m < len(a.ch) && m <= k+5; m++ {
		switch ch := a.ch[m]; {
		case ch.kind == comma && m > k+1 && !nominal && a.low[ch.i] == "," && m+1 < len(a.ch) && a.ch[m+1].kind == vg && a.ch[m+1].form == finite:
			return m + 1
		case ch.kind == np:
			continue
		case ch.kind == prep && !subordinator(a.low[ch.i]) || ch.kind == adv || ch.kind == vg && (ch.form == gerund || ch.form == participle):
			nominal = false
			continue
		}
		return k
	}
	return k
}

// goalPreps open a verb's goal rather than a noun's qualifier.
var goalPreps = map[string]bool{"to": true, "into": true, "towards": true, "toward": true}

// nounOwnsPrep reports whether the phrase of preposition w at chunk k
// qualifies the noun that ends the phrase just before it, not the
// clause's verb: "for" after a measure or a share ("declared new measures
// for the airports", "three days of mourning for Ann Lee", "49 percent for
// Tom Wu"), and "to" or "from" after the "on" phrase of a rule that is the
// object ("announced limits on flights to Norway"). A verb's own "for"
// after another noun ("collected money for the charity") and a goal after
// a trip ("took her on a trip to Oslo") keep their reading.
func (a *analysis) nounOwnsPrep(c *clause, k int, w string) bool {
	if k < 1 || a.ch[k-1].kind != np && (a.ch[k-1].kind != vg || a.ch[k-1].form != gerund) || c.objs != nil || c.obj.empty() {
		return false
	}
	n := len(c.extras)
	afterObj := n == 0 && c.obj.j == a.ch[k].i
	afterExtra := n > 0 && c.extras[n-1].sp.j == a.ch[k].i
	switch w {
	case "for":
		return (afterObj || afterExtra) && measureNouns[a.low[a.ch[k-1].head]]
	case "to", "from":
		return afterExtra && a.low[c.extras[n-1].sp.i] == "on" && ruleNouns[a.low[a.ch[a.at[c.obj.j-1]].head]]
	}
	return false
}

// measureNouns are the heads of measures, shares and mourning, whose
// "for" says whom they concern ("measures for the airports", "mourning for
// Ann Lee", "49 percent for Tom Wu").
var measureNouns = map[string]bool{
	"measure": true, "measures": true, "restriction": true, "restrictions": true, "rules": true,
	"regulations": true, "guidelines": true, "curbs": true, "limits": true, "mourning": true,
	"percent": true, "%": true,
}

// subjectPronoun reports whether w is a personal pronoun in the subject
// case, which no verb takes as its object ("I", "he", "she", "we",
// "they"; "you" and "it" serve both).
func subjectPronoun(w string) bool {
	switch w {
	case "i", "he", "she", "we", "they":
		return true
	}
	return false
}

// hearerThenClause reports whether chunk k, right after the one noun
// phrase c has as its object after v, a verb of [addressVerbs], opens a
// clause with no "that" before it: a noun phrase, maybe with a
// prepositional phrase after it, and then a finite verb, maybe after an
// opening quotation mark ("told reporters the council was corrupt",
// "warned Norway the talks would fail"). The object is then the hearer,
// and the clause what they were told ([analysis.thatObjects]).
func (a *analysis) hearerThenClause(v chunk, c *clause, k int) bool {
	if c.obj.empty() || c.objs != nil || k+1 >= len(a.ch) || a.ch[k].kind != np || !addressVerbs[a.x.base(a.low[v.head], a.tags[v.head])] {
		return false
	}
	if ch := a.ch[k]; ch.j-ch.i <= 3 && a.role("", span{ch.i, ch.j}) == "time" {
		return false // "told reporters Monday he would": a time, not the clause's subject
	}
	_, end := a.nounChain(k)
	end = a.afterPostmodifier(end)
	if end+1 < len(a.ch) && a.ch[end].kind == quote {
		end++ // 'told MSNBC Tom Wu "was a great man"': the quotation opens at the verb
	}
	return end < len(a.ch) && a.ch[end].kind == vg && a.ch[end].form == finite
}
