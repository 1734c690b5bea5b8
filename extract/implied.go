package extract

import "strings"

// titles adds "is" facts for a name after its title or description in one
// noun phrase: "Ukrainian President Volodymyr Zelensky" yields (Volodymyr
// Zelensky; is; Ukrainian President), "Japanese news agency Kyodo" yields
// (Kyodo; is; Japanese news agency).
func (a *analysis) titles() {
	for _, ch := range a.ch {
		if ch.kind != np || ch.j-ch.i < 2 {
			continue
		}
		end := ch.j
		for end > ch.i && (a.tags[end-1] == "PRP" || a.tags[end-1] == "''") {
			end--
		}
		// The name is the run of proper nouns at the end, after the last
		// title word.
		nameStart := end
		titleEnd := -1
		for k := end - 1; k >= ch.i && (strings.HasPrefix(a.tags[k], "NNP") || k > ch.i && a.nameParticle(k)); k-- {
			if titleWord(a.low[k]) {
				titleEnd = k + 1
				break
			}
			nameStart = k
		}
		if nameStart >= end || nameStart == ch.i {
			continue
		}
		start := ch.i
		for start < nameStart && (a.tags[start] == "DT" || a.tags[start] == "PRP$" || a.tags[start] == "``") {
			start++
		}
		if titleEnd < 0 {
			// No title word: the description must hold a common noun.
			common := false
			for k := start; k < nameStart; k++ {
				if a.tags[k] == "NN" || a.tags[k] == "NNS" {
					common = true
				}
				if a.tags[k] == "CD" {
					common = false
					break
				}
			}
			if !common {
				continue
			}
			titleEnd = nameStart
		}
		if titleEnd <= start || hasTag(a.tags[start:titleEnd], "``") ||
			!isNoun(a.tags[titleEnd-1]) || titleEnd-start == 1 && honorific(a.low[start]) || len(a.low[end-1]) < 2 {
			continue
		}
		c := clause{vg: -1, thatAt: -1, parent: -1, from: titled, relText: a.be(nameStart, end)}
		c.subj = span{nameStart, end}
		c.obj = span{start, titleEnd}
		c.end = end
		a.cl = append(a.cl, c)
	}
}

func hasTag(tags []string, t string) bool {
	for _, x := range tags {
		if x == t {
			return true
		}
	}
	return false
}

// titleWord reports whether w (lower case) is a title or office that can
// stand before a name.
func titleWord(w string) bool {
	switch w {
	case "president", "minister", "general", "attorney", "representative", "senator", "governor", "king", "queen",
		"prince", "princess", "chairman", "chairwoman", "director", "secretary", "ambassador", "judge", "justice",
		"mayor", "chief", "commander", "colonel", "captain", "lieutenant", "sergeant", "admiral", "pope", "bishop",
		"cardinal", "archbishop", "professor", "sen.", "rep.", "gen.", "gov.", "lt.", "col.", "capt.", "adm.",
		"sir", "lord", "lady", "emperor", "empress", "sultan", "sheikh", "chancellor", "speaker", "premier",
		"coach", "dr.", "prof.", "officer", "spokesman", "spokeswoman", "leader", "founder", "ceo", "marshal":
		return true
	}
	return false
}

// honorific reports whether w is a form of address that says nothing about
// the person by itself.
func honorific(w string) bool {
	switch w {
	case "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "lady", "lord", "dame", "chief", "madam", "miss":
		return true
	}
	return false
}

// nounPlaces adds low-confidence facts for a noun phrase located by the
// prepositional phrase after it: "four other countries in Europe" yields
// (four other countries; are in; Europe).
func (a *analysis) nounPlaces() {
	for k := 0; k+2 < len(a.ch); k++ {
		if a.ch[k].kind != np || a.ch[k+1].kind != prep || a.ch[k+2].kind != np {
			continue
		}
		p := a.low[a.ch[k+1].i]
		if !locative(p) || a.tags[a.ch[k].head] == "PRP" || a.tags[a.ch[k].head] == "CD" || dayWord(a.low[a.ch[k].head]) {
			continue
		}
		if a.timePhrase(k+1) || a.inRelation(a.ch[k+1].i) || idiomNoun(a.low[a.ch[k+2].head]) {
			continue // "in 2019"; "took place in Vienna"; "in the form of"
		}
		if p == "on" && k >= 2 && a.ch[k-1].kind == prep && (a.low[a.ch[k-1].i] == "by" || a.low[a.ch[k-1].i] == "of" && a.ch[k-2].kind == np) {
			// "an attack by (of) Norway on Sweden", "sanctions imposed
			// by Norway on Sweden": the target is the first noun's.
			continue
		}
		if p == "from" && k >= 1 && a.ch[k-1].kind == vg && takingVerb(a.x.base(a.low[a.ch[k-1].head], a.tags[a.ch[k-1].head])) {
			continue // "captured Mosul from ISIS": the from-phrase is the verb's, whom the place was taken from
		}
		if p == "from" && a.aboutName(k) {
			continue // "questions about Tom Wu from the Democrats": the source of the questions, not his origin
		}
		subj := a.ch[k]
		if a.low[subj.i] == "born" {
			// "Born Tom Wick in Bergen, he ...": the name given at birth
			// and the birthplace of the clause's subject, no name
			// placed in the town.
			a.bornNamed(k)
			continue
		}
		rel := ""
		if n := subj.j - 1; n > subj.i && stayParticiples[a.low[n]] {
			// "the black Africans living in Darfur": the participle
			// says how they are there, not who; it is the relation.
			subj.j, rel = n, a.low[n]+" "+p
		}
		if p == "from" && k >= 2 && a.ch[k-1].kind == prep && a.ch[k-2].kind == np && (a.low[a.ch[k-1].i] == "in" || a.low[a.ch[k-1].i] == "at") {
			// "troops in Kursk from North Korea", "a degree in Economics
			// from Yale": the origin is the first noun's, not the
			// place's or the field's.
			subj = a.ch[k-2]
		}
		obj, parts, _ := a.object(k + 2)
		if ms := a.listMembers(k + 2); len(ms) > 1 && len(ms) > len(parts) && a.subjectEndsAt(a.ch[k].i, ms[len(ms)-1].j) {
			// "Police in Norway, Sweden and Finland arrested him": the
			// last member is no new clause's subject but the list's.
			obj, parts = span{ms[0].i, ms[len(ms)-1].j}, ms
		}
		if p == "between" {
			parts = nil // "between Canada and Mexico" names both ends
		}
		if n := a.ownPhrase(parts, p); n > 0 {
			// "Hany Rida from Egypt and Tom Wu from Niger": a member
			// with a phrase of the same preposition after it is the
			// next noun phrase of a list, not the first one's place.
			parts = parts[:n]
			obj = span{parts[0].i, parts[n-1].j}
			if n == 1 {
				parts = nil
			}
		}
		if rel == "" {
			rel = a.be(subj.i, subj.j) + " " + p
		}
		c := clause{vg: -1, thatAt: -1, parent: -1, from: located, relText: rel}
		c.subj = span{subj.i, subj.j}
		c.obj, c.objs = obj, parts
		c.end = obj.j
		a.cl = append(a.cl, c)
	}
}

// ownPhrase returns the index of the first member of parts after the
// first that the preposition p follows ("Egypt and Tom Wu | from Niger"),
// or 0 when none does.
func (a *analysis) ownPhrase(parts []span, p string) int {
	for n := 1; n < len(parts); n++ {
		if j := parts[n].j; j < len(a.low) && a.low[j] == p {
			return n
		}
	}
	return 0
}

// bornNamed adds the birthplace of a sentence-opening "Born Tom Wick in
// Bergen, he ..." (chunk k the noun phrase "Born Tom Wick", a place after
// "in" following it) for the subject of the first clause after it, as the
// participial phrase "Born in Bergen, he ..." gives it.
func (a *analysis) bornNamed(k int) {
	if k != 0 || a.low[a.ch[k+1].i] != "in" || a.ch[k].j-a.ch[k].i < 2 || a.tags[a.ch[k].j-1] != "NNP" {
		return
	}
	obj, parts, _ := a.object(k + 2)
	for i := range a.cl {
		c := a.cl[i]
		if c.from != direct || c.subj.empty() || c.vg < 0 || c.subj.i < obj.j {
			continue
		}
		b := clause{vg: -1, thatAt: -1, parent: i, from: inherited, relText: "born in"}
		b.subj, b.subjs = c.subj, c.subjs
		b.obj, b.objs = obj, parts
		b.end = obj.j
		a.cl = append(a.cl, b)
		return
	}
}

// aboutName reports whether chunk k, a noun phrase before "from", is a
// name (its head NNP) that "about" governs, directly or through "of"
// phrases, their nouns perhaps coordinated ("questions about Tom Wu from
// ...", "doubts raised about the citizenship and record of Tom Wu from
// ..."): the from-phrase then tells where the
// talk about the name came from, not where the named one is from.
func (a *analysis) aboutName(k int) bool {
	if a.tags[a.ch[k].head] != "NNP" {
		return false
	}
	for j := k - 1; j >= 0 && a.ch[j].kind == prep; j -= 2 {
		switch a.low[a.ch[j].i] {
		case "about":
			return true
		case "of":
			if j == 0 || a.ch[j-1].kind != np {
				return false
			}
			for j >= 3 && a.ch[j-2].kind == conj && a.ch[j-3].kind == np {
				j -= 2 // "about the citizenship and eligibility of Tom Wu"
			}
		default:
			return false
		}
	}
	return false
}

// subjectEndsAt reports whether a clause's subject starts at or before
// token i and ends at token j.
func (a *analysis) subjectEndsAt(i, j int) bool {
	for _, c := range a.cl {
		if !c.subj.empty() && c.subj.i <= i && c.subj.j == j {
			return true
		}
	}
	return false
}

// takingVerb reports whether verb takes its object from the actor of a
// from-phrase after it ("seized the town from the rebels").
func takingVerb(verb string) bool {
	switch verb {
	case "capture", "recapture", "seize", "take", "retake", "wrest", "liberate", "reclaim", "conquer":
		return true
	}
	return false
}

// stayParticiples end a noun phrase that the place after them locates:
// "Tatars living in Tatarstan", "troops stationed in Oslo".
var stayParticiples = map[string]bool{
	"living": true, "residing": true, "based": true, "stationed": true, "located": true, "headquartered": true,
}

// locative reports whether the preposition p places the noun before it.
func locative(p string) bool {
	switch p {
	case "in", "at", "near", "on", "from", "between", "within", "inside", "outside", "across":
		return true
	}
	return false
}

// inRelation reports whether token i belongs to the relation phrase of a
// clause found so far.
func (a *analysis) inRelation(i int) bool {
	for _, c := range a.cl {
		if c.vg >= 0 && c.rel.i <= i && i < c.rel.j {
			return true
		}
	}
	return false
}

// possessives adds low-confidence "has" facts for a possessive inside a
// noun phrase: "Dangaioh's characters" yields (Dangaioh; has; characters).
func (a *analysis) possessives() {
	for _, ch := range a.ch {
		if ch.kind != np {
			continue
		}
		for p := ch.i + 1; p+1 < ch.j; p++ {
			if a.tags[p] != "POS" || !isNoun(a.tags[p-1]) {
				continue
			}
			start := ch.i
			for k := p - 1; k > ch.i; k-- {
				if a.tags[k] == "POS" {
					start = k + 1
					break
				}
			}
			end := ch.j
			for k := p + 1; k < ch.j; k++ {
				if a.tags[k] == "POS" {
					end = k - 1 // "Pyongyang's commitment to Moscow's cause"
					break
				}
			}
			if end <= p+1 || !isNoun(a.tags[end-1]) {
				continue
			}
			c := clause{vg: -1, thatAt: -1, parent: -1, from: possessor, relText: "has"}
			c.subj = span{start, p}
			c.obj = span{p + 1, end}
			c.end = end
			a.cl = append(a.cl, c)
		}
	}
}

// leadingAdjunct gives a sentence-initial time or place phrase ("In
// October 2008, ...", "Earlier this year, ...") to the clauses of the main
// sentence as an extra argument.
func (a *analysis) leadingAdjunct() {
	if len(a.ch) < 3 {
		return
	}
	var sp span
	role := ""
	switch first := a.ch[0]; {
	case first.kind == prep && (!subordinator(a.low[first.i]) || prepToo(a.low[first.i])) && a.low[first.i] != "according" && a.ch[1].kind == np:
		obj, _, end := a.object(1)
		if end >= len(a.ch) || a.ch[end].kind != comma {
			return
		}
		sp = span{first.i, obj.j}
		role = a.role(a.low[first.i], span{a.ch[1].i, obj.j})
	case first.kind == adv && a.ch[1].kind == np && a.ch[2].kind == comma, first.kind == np && a.ch[1].kind == comma:
		n := 0
		if first.kind == adv {
			n = 1
		}
		if a.role("", span{a.ch[n].i, a.ch[n].j}) != "time" {
			return
		}
		sp, role = span{first.i, a.ch[n].j}, "time"
	default:
		return
	}
	for i := range a.cl {
		c := &a.cl[i]
		if c.vg < 0 || a.ch[c.vg].i < sp.j || c.from == relative || c.from == reduced || !c.attribution.empty() {
			continue
		}
		c.extras = append(c.extras, extra{sp, role})
	}
}

// gapObject gives a relative clause that lacks its object the antecedent:
// in "a system which he patented in 1913", he patented the system.
//
// When the preposition after the verb has joined the relation ("which Tom
// Wu sold to Turkey" related as "sold to" Turkey), the pronoun is still
// the verb's object: the preposition's phrase becomes an extra and the
// antecedent the object, as in the active "sold Norway to Turkey". Only
// after "which" or "whom", never the complementizer "that".
func (a *analysis) gapObject(c *clause) {
	if c.from != direct || c.thatAt >= 0 || c.subj.empty() {
		return
	}
	p := -1 // the preposition chunk that joined the relation
	if !c.obj.empty() {
		p = a.at[c.obj.i] - 1
		if p != c.vg+1 && !(p == c.vg+2 && a.ch[c.vg+1].kind == adv) || a.ch[p].kind != prep || a.ch[p].j != c.rel.j || a.ch[p].j != c.obj.i {
			return
		}
	}
	k := a.at[c.subj.i] - 1
	if k < 1 {
		return
	}
	bridged := c.obj.empty() && a.bridged(c.vg)
	switch w := a.low[a.ch[k].i]; {
	case p >= 0 && (a.ch[k].kind != wh || w != "which" && w != "whom"):
		return
	case a.ch[k].kind == wh && (w == "which" || w == "that" || w == "whom" || w == "who" && bridged):
	case a.ch[k].kind == prep && w == "that":
		// "the space that this ride occupied was turned into": "that"
		// tagged as a complementizer, but the clause ends without an
		// object right before another verb.
		if n := a.at[a.ch[c.vg].j-1] + 1; n >= len(a.ch) || a.ch[n].kind != vg || a.ch[n].form != finite {
			return
		}
	default:
		return
	}
	n := k - 1
	if a.ch[n].kind == comma && n > 0 {
		n--
	}
	if a.ch[n].kind != np || a.low[a.ch[k].i] == "that" && a.saidTo(n) {
		return
	}
	if a.ch[k].kind == wh && a.low[a.ch[k].i] == "which" {
		n = a.placeAfterThing(n)
	}
	if p >= 0 {
		for n >= 2 && a.ch[n-1].kind == prep && a.ch[n-2].kind == np && adjunctPrep(a.low[a.ch[n-1].i]) {
			n -= 2 // "Renewal Camp in Bergen, which the Guild calls": the head, not its place or time
		}
		sp := span{a.ch[p].i, c.obj.j}
		c.extras = append([]extra{{sp, a.role(a.prepText(a.ch[p]), c.obj)}}, c.extras...)
		c.rel.j, c.objs = a.ch[p].i, nil
	}
	ante, _ := a.subjectChain(n, true)
	if a.exceptedName(n) {
		ante = span{a.ch[n].i, a.ch[n].j} // "the exception of Norvania, which": Norvania
	}
	if bridged {
		c.lent = ante
		return
	}
	c.obj = ante
	c.gap = true
}

// placeAfterThing returns the noun phrase that "which" after chunk n
// stands for when it is the object of its clause: a proper name after a
// one-word in, from, at or near that follows a common noun is where the
// thing is or comes from, and the clause is about the thing. In "banned
// travel from Norway, which Tom Wu opposed" and "the incident in Bergen,
// which the police declared a crime", Tom Wu opposed the travel ban and
// the police declared the incident, not Norway or Bergen. Other names
// stay ("a deal with Sweden, which Norway criticised").
func (a *analysis) placeAfterThing(n int) int {
	m := n
	if m >= 4 && a.ch[m-1].kind == prep && a.role(a.prepText(a.ch[m-1]), span{a.ch[m].i, a.ch[m].j}) == "time" {
		m -= 2 // "travel from Norway in January, which"
	}
	if r := a.thingBeforePlace(m); r != m {
		return r
	}
	return n
}

// thingBeforePlace returns the chunk of the common noun before the place
// phrase that ends at chunk n ([analysis.placeAfterThing]), or n.
func (a *analysis) thingBeforePlace(n int) int {
	if n < 2 || !a.proper(a.ch[n]) || a.ch[n-1].kind != prep || a.ch[n-1].j-a.ch[n-1].i != 1 || a.ch[n-2].kind != np {
		return n
	}
	switch a.low[a.ch[n-1].i] {
	case "in", "from", "at", "near":
	default:
		return n
	}
	if t := a.tags[a.ch[n-2].head]; a.proper(a.ch[n-2]) || t != "NN" && t != "NNS" {
		return n
	}
	return n - 2
}

// bridged reports whether verb group v is a verb of saying or thinking
// followed at once by a finite verb: the relative pronoun before it is the
// subject of the clause it reports, not its object. In "Tom Wu, who critics
// claimed was corrupt", the critics claimed that Tom Wu was corrupt; they
// made no claim of Tom Wu. gapObject lends the antecedent to that verb.
func (a *analysis) bridged(v int) bool {
	h := a.ch[v].head
	if !bridgeVerb(a.x.base(a.low[h], a.tags[h])) {
		return false
	}
	n := a.at[a.ch[v].j-1] + 1
	return n < len(a.ch) && a.ch[n].kind == vg && a.ch[n].form == finite
}

// bridgeVerb reports whether a verb's lemma reports a clause with no "that"
// ("police said was armed", "critics believe had fled").
func bridgeVerb(w string) bool {
	switch w {
	case "say", "claim", "allege", "report", "state", "insist", "argue", "assert", "declare", "believe",
		"think", "suspect", "fear", "suggest", "estimate", "confirm", "reveal", "admit", "acknowledge":
		return true
	}
	return false
}

// saidTo reports whether noun phrase chunk n names an actor a verb of
// saying before it addresses or cites ("said in an interview with MSNBC
// that Norway had lied", "told Reuters on Monday that"): the "that" after
// it opens what was said, no relative clause of the name.
func (a *analysis) saidTo(n int) bool {
	if !strings.HasPrefix(a.tags[a.ch[n].head], "NNP") {
		return false
	}
	for m := n - 1; m >= 0; m-- {
		if a.ch[m].kind == vg {
			h := a.ch[m].head
			return sayingVerb(a.x.base(a.low[h], a.tags[h]))
		}
	}
	return false
}

// appositions adds "is" facts for noun phrases set off by commas after a
// name: "Kim Jong Bok, a high-ranking general and a close confidant of Kim
// Jong Un, has ...". Dashes set off an apposition as commas do ("Ann Lee
// — the mayor of Varo — met"), up to a closing dash or the sentence's end.
func (a *analysis) appositions() {
	for k := 0; k+2 < len(a.ch); k++ {
		f := k + 2 // the apposition's first chunk
		if c := a.ch[f]; c.kind == adv && c.j == c.i+1 && apposedAdverbs[a.low[c.i]] && f+1 < len(a.ch) {
			f++ // "the Centre Party, previously an ally of Labour,": an adverb of the role's time
		}
		if a.ch[k].kind != np || !a.setOff(k+1) || a.ch[f].kind != np {
			continue
		}
		dashed := a.toks[a.ch[k+1].i].Text != ","
		if k > 0 && a.ch[k-1].kind == prep && a.low[a.ch[k-1].i] == "of" && !a.placeOf(k) {
			continue
		}
		if a.sourceAside(k) {
			continue
		}
		name, first := a.ch[k], a.ch[f]
		if a.number(name) && k >= 2 && a.ch[k-1].kind == comma && a.ch[k-2].kind == np {
			name = a.ch[k-2] // "Tom Wu, 45, a member of the party": the age is set off too
		}
		if !isNoun(a.tags[name.head]) && a.tags[name.head] != "CD" {
			continue
		}
		obj, parts, end := a.object(f)
		if parts == nil && a.runFor(end) {
			// "Ann Lee, Green Party candidate for the Bath by-election,":
			// the apposition names her a candidate; the race she runs in
			// is no body she belongs to (the Bath by-election, not Bath).
			end += 2
		}
		andVerb := parts == nil && a.andVerb(end)
		if end < len(a.ch) && a.ch[end].kind != comma && a.ch[end].kind != stop && !(a.ch[end].kind == wh && a.low[a.ch[end].i] == "who") && !andVerb {
			continue // "X, the group said", or a list going on
		}
		if dashed && end < len(a.ch) && !a.dash(a.ch[end].i) && a.ch[end].kind != stop {
			continue // a dash's apposition ends at a dash or the sentence's end
		}
		d := a.low[first.i]
		nameProper := strings.HasPrefix(a.tags[name.head], "NNP")
		firstProper := strings.HasPrefix(a.tags[first.head], "NNP") && a.tags[first.i] != "DT" && a.tags[first.i] != "PRP$"
		if parts != nil && nameProper && headClass(a.tags[first.head]) == 'P' {
			continue // "fined Halvik Holdings, the Marren Group and Acme": a list of names
		}
		if parts != nil && a.tags[name.head] == "NNP" && a.tags[first.head] == "NNS" && d != "the" && a.tags[first.i] != "PRP$" {
			continue // "met Tom Wu, British officials and Danish envoys": a list going on, no plural apposed to one name
		}
		if k > 0 && a.ch[k-1].kind == prep && (a.openedBy(k+1, "") || a.frontedGerund(k)) && a.apposedPair(end) {
			// "On Monday, the party's leader, Ann Lee, said", "Speaking
			// to the BBC, the head of the league, Per Lund, said": the
			// phrase after the fronted one is set off with the name
			// after it and both are the subject; Monday and the BBC
			// are neither.
			continue
		}
		rel := a.be(name.i, name.j)
		switch {
		case d == "a" || d == "an" || (nameProper || a.tags[name.i] == "DT" || a.tags[name.i] == "PRP$") && (d == "the" || a.tags[first.i] == "PRP$" || nameProper && (a.tags[first.head] == "NN" || a.tags[first.head] == "NNS")):
			// "Kim Jong Bok, a general", "Mlada, Yaromir's bride"
		case d == "one" && nameProper && (k == 0 || a.ch[k-1].kind != prep) && first.j == first.i+1 && first.j < len(a.low) && a.low[first.j] == "of":
			// "Tom Wu, one of the founders of Halvik Holdings,": one of
			// several holders of a role is still one.
		case nameProper && firstProper && k > 0 && a.ch[k-1].kind == prep && adjunctPrep(a.low[a.ch[k-1].i]) && parts == nil && first.j-first.i <= 3 &&
			!a.namesGoOn(end):
			// "in Hillsborough, North Carolina"
			rel += " in"
		case !nameProper && (a.tags[name.i] == "DT" || a.tags[name.i] == "PRP$") && firstProper && parts == nil:
			// "His elder brother, Conte Quinto Mazzolini, served"
		default:
			continue
		}
		if andVerb && !strings.HasSuffix(rel, " in") {
			continue // only a place's region may close before "and" and a verb
		}
		c := clause{vg: -1, thatAt: -1, parent: -1, from: apposed, relText: rel}
		c.subj = span{name.i, name.j}
		c.obj, c.objs = obj, parts
		c.end = obj.j
		a.cl = append(a.cl, c)
	}
}

// placeOf reports whether the name at noun phrase chunk k follows "of"
// after a bearing or a kind of place, which it names itself: in "40 km
// north of Velmar, the capital of Orvania" and "the town of Velmar, the
// capital of Orvania" the apposition is Velmar's. After other nouns it is
// the head's: "the leader of Orvania, Ann Lee". "The capital of Orvania,
// Velmar" apposes the capital.
func (a *analysis) placeOf(k int) bool {
	if k < 2 || a.ch[k-2].kind != np || !strings.HasPrefix(a.tags[a.ch[k].head], "NNP") {
		return false
	}
	return bearingOrPlace[a.low[a.ch[k-2].head]]
}

// bearingOrPlace are the heads before "of" whose name after it is the one
// an apposition speaks of.
var bearingOrPlace = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true, "south-west": true,
	"town": true, "city": true, "village": true, "province": true, "region": true, "district": true,
	"municipality": true, "outskirts": true, "suburbs": true,
}

// sourceAside reports whether noun phrase chunk k is the source of an
// aside "according to X" set off by commas inside a clause that it
// interrupts after a copula or "and": in "the group is, according to
// Sweden, supportive of the party" and "largely Kurdish and, according to
// Turkey, supportive of the PKK" the phrase after the aside completes the
// clause before it; it is no apposition to the source. "According to Tom
// Wu, the party's leader, ..." and "..., according to Ann Lee, a
// spokeswoman." keep theirs.
func (a *analysis) sourceAside(k int) bool {
	if k < 3 || a.ch[k-1].kind != prep || a.low[a.ch[k-1].i] != "according" || a.ch[k-2].kind != comma {
		return false
	}
	b := a.ch[k-3]
	return b.kind == vg && b.copula || b.kind == conj
}

// frontedGerund reports whether noun phrase chunk k ends a participle's
// phrase that opens the sentence: "Speaking to the BBC", "Writing in the
// Guardian".
func (a *analysis) frontedGerund(k int) bool {
	p := k
	for p >= 1 && a.ch[p].kind == np && a.ch[p-1].kind == prep {
		p -= 2
	}
	return p == 0 && a.ch[0].kind == vg && a.ch[0].form == gerund
}

// apposedPair reports whether the comma at chunk k is followed by a noun
// phrase set off by another comma before a verb: ", Ann Lee, said", ",
// the party's leader, said".
func (a *analysis) apposedPair(k int) bool {
	if k+3 >= len(a.ch) || a.ch[k].kind != comma || a.ch[k+1].kind != np {
		return false
	}
	_, e := a.nounChain(k + 1)
	return e+1 < len(a.ch) && a.ch[e].kind == comma && a.toks[a.ch[e].i].Text == "," && a.ch[e+1].kind == vg && a.ch[e+1].form == finite
}

// runFor reports whether chunk k opens the for-phrase of a candidate's
// race that ends a noun phrase in apposition ("Ann Lee, Green Party
// candidate for 2019 Bath by-election"): "for" after "candidate" or
// "nominee", then one noun phrase and a comma or the sentence's end.
func (a *analysis) runFor(k int) bool {
	if k < 1 || k+1 >= len(a.ch) || a.ch[k].kind != prep || a.low[a.ch[k].i] != "for" || a.ch[k+1].kind != np ||
		!runnerNouns[a.low[a.ch[k-1].head]] {
		return false
	}
	return k+2 == len(a.ch) || a.ch[k+2].kind == comma || a.ch[k+2].kind == stop
}

// runnerNouns are the nouns of one who runs for a post.
var runnerNouns = map[string]bool{"candidate": true, "nominee": true}

// andVerb reports whether chunk k is "and" (or "or") before a verb group:
// the place phrase before it closes its clause's first verb phrase, as in
// "was born in Hillsborough, North Carolina and studied law", where North
// Carolina is the region of Hillsborough as before a comma or a stop.
func (a *analysis) andVerb(k int) bool {
	return k+1 < len(a.ch) && a.coordinator(k) && a.low[a.ch[k].i] != "as" && a.ch[k+1].kind == vg
}

// namesGoOn reports whether a list of names goes on from chunk k: a comma
// and and (or or) before a name ("Basel, Heidelberg, and Strasbourg"), or
// three more names after commas ("La Desirade, Petite Terre, Marie
// Galante, Les Saintes, La Dominique"). An address stops sooner:
// "Cleveland, Cuyahoga County, Ohio, USA".
func (a *analysis) namesGoOn(k int) bool {
	more := 0
	for k+1 < len(a.ch) && a.ch[k].kind == comma && a.toks[a.ch[k].i].Text == "," {
		if a.coordinator(k + 1) {
			return k+2 < len(a.ch) && a.ch[k+2].kind == np && strings.HasPrefix(a.tags[a.ch[k+2].head], "NNP")
		}
		if next := a.ch[k+1]; next.kind != np || !strings.HasPrefix(a.tags[next.head], "NNP") {
			return false
		}
		if more++; more >= 3 {
			return true
		}
		k += 2
	}
	return false
}

// be returns the form of "be" for an implied fact about the noun phrase
// [i, j): "are" for a plural head, "is" otherwise. Implied facts are read
// as timeless, the way annotators state them.
func (a *analysis) be(i, j int) string {
	if j > i && (a.tags[j-1] == "NNS" || a.tags[j-1] == "NNPS") {
		return "are"
	}
	return "is"
}

// idiomNoun reports whether w heads the noun of a fixed prepositional
// phrase that places nothing: "in the form of", "in response", "in
// exchange for", "on behalf of", "on the basis of".
func idiomNoun(w string) bool {
	switch w {
	case "form", "way", "order", "terms", "response", "addition", "exchange", "case", "event", "wake", "face",
		"favor", "favour", "spite", "light", "lieu", "part", "particular", "general", "fact", "turn", "principle",
		"practice", "effect", "protest", "support", "honor", "honour", "return", "contrast", "comparison",
		"charge", "danger", "need", "front", "search", "place", "time", "accordance", "line", "touch", "power",
		"behalf", "account", "basis", "grounds", "condition", "verge", "brink":
		return true
	}
	return false
}
