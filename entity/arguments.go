// Arguments: the actor, literal or concept that an extraction's argument
// names, and the phrases (amounts, titles, works, seats) that name none.

package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// argTokens returns the tokens of sentence s inside argument a, as the
// range [first, last), or -1, -1 when none is.
func argTokens(s nlp.Sentence, a schema.Argument) (first, last int) {
	first, last = -1, -1
	for i, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End {
			if first < 0 {
				first = i
			}
			last = i + 1
		}
	}
	return first, last
}

// tokenAt returns the index of the first token of s that starts at or
// after byte offset off, or len(s.Tokens).
func tokenAt(s nlp.Sentence, off int) int {
	for i, t := range s.Tokens {
		if t.Start >= off {
			return i
		}
	}
	return len(s.Tokens)
}

// country reports whether the gazetteer lists e as a sovereign state (a
// country entry with a demonym), which lies in no city or region.
func (r *Resolver) country(e *docEntity) bool {
	return e != nil && r.sovereign(e.gaz)
}

// sovereign reports whether the gazetteer's entry e is a sovereign state:
// a country of the list, with a demonym or without one ("New Zealand",
// "Solomon Islands"), which lies in no city or region.
func (r *Resolver) sovereign(e *entry) bool {
	return e != nil && e.typ == schema.GPE && e.in == "" && (e.state || r.g.adjOf[e.name] != "")
}

// isPlace reports whether e is a place: a GPE or a Location.
func isPlace(e *docEntity) bool { return e.typ == schema.GPE || e.typ == schema.Location }

// site reports whether e names a site or a building ("Harbor Stadium",
// "Elm Road", "Constitution Hall") rather than a place
// that holds actors or a body that acts: its last word is a site's head,
// a burial ground's ([burialHeads]), or for a Location the head of
// grounds ([groundsHeads]: "Hyde Park", "Blenheim Palace").
func site(e *docEntity) bool {
	if e.typ != schema.Location && e.typ != schema.Organization {
		return false
	}
	f := strings.Fields(e.name)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	return siteHead(last) || e.typ == schema.Location && groundsHeads[last] || burialHeads[last]
}

// burialHeads end the names of burial grounds, which no body bears, so
// that a cemetery the recogniser typed an organisation ("the Federal
// Military Memorial Cemetery") is a site too.
var burialHeads = map[string]bool{"Cemetery": true, "Graveyard": true}

// removalNouns name an act that takes those after its "of" away from
// the place or body after "from".
var removalNouns = map[string]bool{
	"removal": true, "evacuation": true, "evacuations": true, "expulsion": true, "expulsions": true,
	"deportation": true, "deportations": true, "extradition": true, "repatriation": true, "release": true,
	"rescue": true, "airlift": true, "eviction": true, "ouster": true, "exclusion": true, "suspension": true,
	"dismissal": true, "recall": true, "pullout": true, "pull-out": true, "transfer": true, "exodus": true,
	"flight": true, "escape": true, "expelling": true, "removing": true, "withdrawing": true,
}

// sitedAct reports whether lemma is an act that a preposition of place or
// motion after its verb ties to its object ("stay_at", "move_to",
// "release_from"), or a visit, which a building or grounds as the object
// only locates; acts of work or study ("work_at", "serve_in", "study_at")
// tie their subject to the body a site's name may stand for, and where a
// place lies is read elsewhere ([site]).
func sitedAct(lemma string) bool {
	verb, prep, _ := strings.Cut(lemma, "_")
	if i := strings.LastIndex(prep, "_"); i >= 0 {
		prep = prep[i+1:]
	}
	switch {
	case lemma == schema.LocateIn || lemma == schema.LocateNear || studyVerbs[verb]:
		return false
	case prep == "":
		return verb == "visit" || verb == "enter" || verb == "tour"
	}
	return sitePreps[prep]
}

// sitePreps tie an act to where it took place, or to where it went or came from.
var sitePreps = map[string]bool{
	"at": true, "in": true, "into": true, "to": true, "from": true, "near": true, "inside": true, "outside": true,
	"on": true, "onto": true, "through": true, "toward": true, "towards": true, "past": true,
}

// studyVerbs tie a person to the body a site's name may stand for: "works
// at the Mayo Clinic", "studied at Bletchley Park".
var studyVerbs = map[string]bool{
	"work": true, "serve": true, "study": true, "teach": true, "train": true, "lecture": true, "research": true,
	"intern": true, "volunteer": true, "graduate": true, "enrol": true, "enroll": true, "educate": true, "employ": true,
}

// groundsHeads end the names of grounds and the buildings on them, a park,
// a garden, a palace or a cemetery, which are things like a hall or a
// stadium; only for a name typed a Location, as a body may bear such a
// name ("Linkin Park", "Buckingham Palace said").
var groundsHeads = map[string]bool{
	"Park": true, "Gardens": true, "Garden": true, "Palace": true, "Cemetery": true, "Graveyard": true,
}

// siteHead reports whether w, the last word of a name, is a site's or a
// building's head ([siteWords], "Hall", "Hotel").
func siteHead(w string) bool { return siteWords.has(w) || w == "Hall" || w == "Hotel" }

// siteNamed reports whether e is a name the gazetteer does not know that
// ends in a site's head, as for [site] ("Sola Airport", "Cahors
// Cathedral"), typed a GPE for the place phrase it stands in or not;
// "Station" is left out, which ends towns' names too ("College Station").
// A name typed a person ends in one of [buildingHeads].
func siteNamed(e *docEntity) bool {
	if e == nil || e.gaz != nil {
		return false
	}
	f := strings.Fields(e.name)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	if e.typ == schema.Person {
		return buildingHeads[last] // "Qaboos Grand Mosque" read as a person's name
	}
	if e.typ != schema.GPE && e.typ != schema.Location && e.typ != schema.Organization {
		return false
	}
	return last != "Station" && siteHead(last) // "College Station" is a town
}

// buildingHeads are the heads of [siteWords] that end no person's name
// ("Hall", "Temple", "Castle" and "Street" do: Stuart Hall, Barbara
// Castle).
var buildingHeads = map[string]bool{
	"Airport": true, "Stadium": true, "Arena": true, "Mosque": true, "Synagogue": true, "Cathedral": true,
	"Building": true, "Prison": true, "Jail": true, "Theatre": true, "Theater": true, "Auditorium": true,
	"Cinema": true, "Facility": true, "Towers": true,
}

// countBound returns the number of words of a bound on a count that opens
// the phrase at token k ("more than", "fewer than", "less than"), or 0.
func countBound(toks []nlp.Token, k int) int {
	word := func(i int) string {
		if i < len(toks) {
			return toks[i].Lower()
		}
		return ""
	}
	switch w := word(k); {
	case (w == "more" || w == "fewer" || w == "less") && word(k+1) == "than":
		return 2
	}
	return 0
}

// crowdNouns count people: "thousands of Kenyans".
var crowdNouns = map[string]bool{
	"thousands": true, "hundreds": true, "dozens": true, "tens": true, "scores": true, "millions": true,
	"number": true,
}

// argument returns the entity an argument's head names, with the
// confidence of that resolution, or the concept key of a short common noun
// phrase. Dates, quantities and money stay literals. The head is what
// remains after leading determiners, before the first comma, preposition,
// verb or relative pronoun outside a name; after a possessive the head is
// what is possessed ("Russia's Kursk region" → Kursk; "Kim Jong Bok's
// arrival" → a literal).
func (d *docState) argument(si int, s nlp.Sentence, a schema.Argument) (*docEntity, float64, string) {
	if a.Text == "" || a.End <= a.Start || si >= len(d.sents) {
		return nil, 0, ""
	}
	ms := d.sents[si]
	toks := s.Tokens
	first, last := argTokens(s, a)
	if first < 0 {
		return nil, 0, ""
	}
	if first+3 < last && (toks[first].Lower() == "a" || toks[first].Lower() == "the") && toks[first+1].Lower() == "number" &&
		toks[first+2].Lower() == "of" {
		first++ // "the number of Cuban dissidents jailed by": the dissidents
	}
	if first+2 < last && toks[first].Lower() == "front" && toks[first+1].Text == "of" && first > 0 && toks[first-1].Lower() == "in" &&
		last+1 < len(toks) && toks[last].Text == "," && (toks[last+1].Lower() == "which" || toks[last+1].Lower() == "who") {
		first += 2 // "in front of the court, which ruled": the court is the relative clause's subject
	}
	for first+2 < last && crowdNouns[toks[first].Lower()] && strings.EqualFold(toks[first+1].Text, "of") {
		// "Thousands of Kenyans", "tens of thousands of Ukrainian
		// soldiers": a crowd is the people it counts.
		first += 2
	}
	if n := countBound(toks, first); n > 0 && first+n+1 < last && toks[first+n].Tag == "CD" {
		// "arrested more than 500 PTI activists", "killed fewer than 20
		// Palestinians": the bound on the count adds no one.
		first += n
	}
	if w := strings.ToLower(toks[last-1].Text); last-first > 1 && toks[last-1].Tag == "PRP" && (strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves")) {
		last-- // "treat his daughter himself", "Ann Lee herself": the emphatic pronoun adds no one
	}
	if last-first > 1 && dayWord(toks[last-1].Text) {
		last-- // "met her yesterday", "fined the company today": the day is the act's time
	}
	covered := func(i int) *mention {
		var best *mention
		for _, m := range ms {
			if m.start <= i && i < m.end && !m.adj && (best == nil || m.end-m.start > best.end-best.start) {
				best = m
			}
		}
		return best
	}
	if m := kindBeforeName(toks, first, last, covered); m != nil {
		return m.ent, m.conf, ""
	}
	if last-first > 1 && weekdays[toks[last-1].Text] && covered(last-1) == nil {
		if p := covered(last - 2); p != nil && p.end == last-1 && p.ent != nil {
			last-- // "condemned the Halvik Coast Guard Sunday": the day is the act's time
		}
	}
	if vesselNouns[toks[last-1].Lower()] && slices.ContainsFunc(toks, func(t nlp.Token) bool { return vesselActs[t.Lower()] }) {
		if e := vesselOwner(toks, ms, first, last-1, covered); e != nil {
			return e.ent, e.conf * placeArgConf, "" // "fired at Swedish vessels": at Sweden
		}
	}
	if p := covered(last - 2); last-first > 1 && speakerAt(toks, last-1) && covered(last-1) == nil && p != nil && p.end == last-1 && p.ent != nil && p.ent.typ == schema.Person {
		last-- // "elected Ann Lee Speaker": the person, then the office
	}
	if p := covered(last - 2); last-first > 2 && postNominals[toks[last-1].Text] && covered(last-1) == nil && p != nil && p.end == last-1 && p.ent != nil && p.ent.typ == schema.Person {
		last-- // "Sione Vake MP said": the letters of a seat or an honour after the person's name
	}
	if m := covered(first); m != nil && m.start == first && titledWork(toks, first) {
		return nil, 0, "" // "an artwork entitled America made by Tom Wu": a work's title, no actor
	}
	if ideaOfActor(toks, first, last, covered) {
		return nil, 0, "" // "sought a more federal European Union": a state as one wishes it, no actor
	}
	if q := placingPlace(toks, first, last, covered); q >= 0 {
		if m := covered(q - 1); m != nil && m.end == q && named(m) && m.ent != nil && !m.possessive &&
			(m.ent.typ == schema.Person || m.ent.typ == schema.Organization) {
			return m.ent, m.conf, "" // "The Halvik Bank in Bergen, Norway hired Ann Lee": the bank
		}
		return nil, 0, "" // "The festival in Bergen, Norway took place": Norway places Bergen
	}
	if m := possessedUnit(toks, first, last, covered); m != nil {
		return m.ent, m.conf, "" // "fined Bank of Norland's Halvik Securities unit": the unit
	}
	if m := formalStateName(toks, first, last, covered); m != nil {
		return m.ent, m.conf, "" // "suspended the Republic of Guinea": Guinea
	}
	if k := shareOfAt(toks, first, last); k > 0 {
		k = nationalTradeSkipped(toks, ms, k, last, covered) // "for control of US firm Halvik"
		if m := covered(k); m != nil && m.start == k && m.end == last && named(m) && m.ent != nil && m.ent.typ == schema.Organization {
			return m.ent, m.conf, "" // "controls 70% of Halvik": the company, held in part
		}
	}
	if m := bodyUnit(toks, first, last, covered); m != nil {
		return m.ent, m.conf * placeArgConf, "" // "by the Oslo Police anti-terror unit": the force
	}
	if (last == first+2 || last == first+3 && toks[first+1].Tag == "JJ" && !isCap(toks[first+1].Text)) && ownForceNouns[toks[last-1].Lower()] &&
		(toks[first].Lower() == "its" || toks[first].Lower() == "their" || toks[first].Lower() == "our") {
		// "NATO said its troops killed Tom Wu": the force of the body or
		// the state "its" takes up acts for it, as "NATO troops" or "US
		// drones" do; so do "our military forces" in the words of a
		// state's or a force's spokesman, whose side "our" is.
		if m := covered(first); m != nil && m.start == first && m.end == first+1 && m.ent != nil &&
			(m.ent.typ == schema.Organization || m.ent.typ == schema.GPE && d.r.country(m.ent) || forceBody(m.ent)) {
			return m.ent, m.conf * placeArgConf, ""
		}
	}
	if (last == first+2 || last == first+3 && toks[first+1].Tag == "JJ" && !isCap(toks[first+1].Text)) && ownForceNouns[toks[last-1].Lower()] &&
		(toks[first].Lower() == "his" || toks[first].Lower() == "her") {
		// "army chief Tom Wu said his troops repelled the rebels": the
		// force its head leads acts; other people's troops are left
		// alone.
		if m := covered(first); m != nil && m.start == first && m.end == first+1 && m.ent != nil && m.ent.typ == schema.Person {
			if f := d.ledForce(m.ent); f != nil {
				return f, m.conf * placeArgConf, ""
			}
		}
	}
	if m := oneOfNamed(toks, first, last, covered); m != nil {
		return m.ent, m.conf, "" // "met one of the three contenders standing, Tom Wu,"
	}
	if p := cutHolderName(toks, last, covered); p != nil {
		return p.ent, p.conf, "" // "praised Centre for Peace director Tom Wu", cut at "for"
	}
	if m := listedAdjective(toks, ms, first, last); m != nil && covered(m.start) == nil {
		return m.ent, m.conf * placeArgConf, "" // "[the British], French and German ambassadors"
	}
	// A clause ("North Korea has dispatched 3,000 soldiers") is a
	// proposition, not an actor.
	for i := first; i < last; i++ {
		switch toks[i].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if covered(i) == nil {
				return nil, 0, ""
			}
		}
	}
	b := first
	for b < last && covered(b) == nil && isModifier(toks[b]) {
		b++
	}
	if m := titleChainName(toks, b, last, covered); m != nil {
		return m.ent, m.conf, ""
	}
	e := b
	var possessor *mention
	for ; e < last; e++ {
		t := toks[e]
		if covered(e) != nil {
			continue
		}
		if t.Tag == "POS" && e+1 < last {
			possessor = covered(e - 1)
			b = e + 1
			continue
		}
		if t.Text == "for" && e > b && isCap(toks[e-1].Text) && portfolioEnd(toks, e+1) > e+1 {
			// "the Minister for Trade, Ann Lee,": the portfolio is part
			// of the head.
			e = portfolioEnd(toks, e+1) - 1
			continue
		}
		if possessedParticiple(toks, e, last) {
			continue // "passed his proposed budget": the budget, not him
		}
		if isBoundary(t) && e > b && !(t.Text == "to" && envoyNoun(toks[e-1].Text) && isCap(toks[e-1].Text)) &&
			!seatPlaceName(toks, e, last, covered) {
			break // but "Ambassador to the United States Ann Lee" is one head
		}
		if e > b && thingParticiple(toks, e, covered) {
			break // "signed a letter urging Labour MPs": the letter
		}
	}
	if e <= b && last == first+1 && anotherOne(toks, first) {
		if m := appositiveName(toks, last, covered); m != nil && m.ent.typ == schema.Person {
			return m.ent, m.conf, "" // "and another, a chef named Tom Wu, hit him"
		}
	}
	if e <= b || namedThing(toks, e, last) {
		return nil, 0, ""
	}
	if possessor != nil && newsOutlet(possessor.ent) && outletShow(toks, b, e, covered) {
		// "spoke on CNN's State of the Union", "appeared on the BBC's
		// Newsnight programme": a programme is its broadcaster's.
		return possessor.ent, possessor.conf, ""
	}
	if m := covered(b); m != nil && m.ent != nil && named(m) && m.end < e && m.ent.typ == schema.Organization && modelAfter(toks, m.end, e) {
		return nil, 0, "" // "uses Boeing 747s", "flies Halvik 310 jets": the maker's model, a thing
	}
	// "fined Google 2.4 billion euros", "lent Sri Lanka $1 billion": a
	// name and then an amount, the second object of a verb of giving.
	// A description named before stands as its name does ("fined the
	// former executive $8 million"), and a term of time may say what it
	// is of ("gave the businessman three years of supervised release").
	if m := covered(b); m != nil && m.ent != nil && (named(m) || m.kind == mDesc) && !m.adj && m.end < e && (amountFrom(toks, m.end, last) || giftFrom(toks, m.end, last) || termOfFrom(toks, m.end, last)) {
		return m.ent, m.conf, ""
	}
	// "is holding Tom Wu hostage", "kept Ann Lee prisoner": a name and
	// then the state the act keeps one in.
	if m := covered(b); m != nil && m.ent != nil && named(m) && !m.adj && m.start == b && m.end == e-1 && e == last && captiveWords[toks[e-1].Lower()] {
		return m.ent, m.conf, ""
	}
	// "appointed Tom Wu foreign minister", "elected Ann Lee chancellor":
	// a person named and then the office a verb of choosing gives, its
	// second object; after "as" the words are one office ("resigned as
	// Foreign Affairs minister").
	if m := covered(b); m != nil && m.ent != nil && m.ent.typ == schema.Person && named(m) && !m.adj && m.start == b && m.end < e && d.officeAfter(toks, m.end, e) &&
		(b == 0 || toks[b-1].Lower() != "as") &&
		!titlesName(toks, e, covered) {
		return m.ent, m.conf, ""
	}
	// "defeated South Korea 1 – 0": a score or count after a name.
	for e-1 > b && (toks[e-1].Tag == "CD" || toks[e-1].Text == "–" || toks[e-1].Text == "-") && covered(e-1) == nil {
		if m := covered(e - 2); m != nil && m.ent != nil {
			return m.ent, m.conf, ""
		}
		e--
	}
	if m := titledName(toks, b, e, covered); m != nil {
		return m.ent, m.conf, ""
	}
	if m := placeOfName(toks, b, e, covered); m != nil {
		return m.ent, m.conf, ""
	}
	if m := nameAfterOf(toks, b, e, covered, behalfHeads); m != nil {
		return m.ent, m.conf, ""
	}
	if m := nameAfterOf(toks, b, e, covered, forceHeads); m != nil && d.r.country(m.ent) {
		return m.ent, m.conf * placeArgConf, "" // "the navies of Chile, Peru and Spain": Chile's
	}
	if m := fightersOfBody(toks, b, e, covered); m != nil {
		return m.ent, m.conf * placeArgConf, "" // "fighters from the Lund Front attacked": the front
	}
	if m := nameAfterOf(toks, b, e, covered, regimeNouns); m != nil && m.ent.typ == schema.Person {
		return m.ent, m.conf * placeArgConf, "" // "the government of Tom Wu" ([regimeOf])
	}
	if m := nameAfterOf(toks, b, e, covered, bothChambers); m != nil && m.ent.typ == schema.Organization {
		return m.ent, m.conf * placeArgConf, "" // "both houses of the Nordic Parliament" act as the parliament
	}
	if m := nameAfterOf(toks, b, e, covered, campaignHeads); m != nil && m.ent.typ == schema.Person && m.end == last {
		// "headed the campaign of Tom Wu": a candidate's campaign acts
		// for the candidate, as "Tom Wu's campaign" does ([campaignOf]).
		return m.ent, m.conf * placeArgConf, ""
	}
	if m := postAppositive(toks, e, covered); m != nil && (officialOf(toks, b, e, last, possessor, covered) != nil || d.stateOfficial(si, toks, first, e, covered) != nil) {
		return m.ent, m.conf, "" // "Norway's ambassador to Denmark, Ola Berg," is Ola Berg
	}
	if m := appositiveName(toks, e, covered); m != nil && m.ent.typ == schema.Person && officialOf(toks, b, e, last, possessor, covered) != nil {
		return m.ent, m.conf, "" // "Poland's foreign minister, Ann Lee," is Ann Lee
	}
	if m := officialOf(toks, b, e, last, possessor, covered); m != nil {
		if p := nameBeforeApposition(toks, first, last, covered); p != nil {
			return p.ent, p.conf, "" // "Ann Lee, a director of Halvik, who was treated" is Ann Lee
		}
		p := covered(m.end + 1)
		if m.end+1 < len(toks) && (p == nil || p.start != m.end+1) {
			p = titledNameAfter(toks, m.end+1, covered) // "the leader of the Harbor Party, Senator Ann Lee,"
		}
		if m.start > e && p != nil && m.end+1 < len(toks) && toks[m.end].Text == "," && p.start >= m.end+1 &&
			p.ent != nil && p.ent.typ == schema.Person && named(p) && (p.end == len(toks) || toks[p.end].Text == "," || toks[p.end].Text == ".") {
			return p.ent, p.conf, "" // "a spokesman for Hamas, Ann Lee," is Ann Lee
		}
		return m.ent, m.conf * placeArgConf, ""
	}
	if o := d.stateOfficial(si, toks, first, e, covered); o != nil {
		if m := appositiveName(toks, e, covered); m != nil && m.ent.typ == schema.Person {
			return m.ent, m.conf, "" // "the Thai foreign minister, Ann Lee," is Ann Lee
		}
		if p := nameBeforeApposition(toks, first, last, covered); p != nil {
			return p.ent, p.conf, "" // "Ann Lee, the Thai foreign minister, who ..." is Ann Lee
		}
		return o, placeArgConf, ""
	}
	if m := namedAs(toks, b, e, last, covered); m != nil {
		return m.ent, m.conf, "" // "a lawyer named Ann Lee"
	}
	if possessor != nil && possessor.ent != nil && actorEntity(possessor.ent) && (counselOf(toks[b:e]) || possessor.ent.typ == schema.Person && (campaignOf(toks[b:e]) || regimeOf(toks[b:e]))) && appositiveName(toks, e, covered) == nil {
		// "the president's legal team appealed", "Halvik's lawyers
		// argued": counsel acts for its client.
		return possessor.ent, possessor.conf * placeArgConf, ""
	}
	if m := covered(e - 1); m != nil && m.role && m.org != nil && m.org.ent != nil && actorEntity(m.org.ent) &&
		partyMembers[toks[e-1].Lower()] && (toks[first].Lower() == "a" || toks[first].Lower() == "an") {
		// "elected a Labour MP": one of the party's many, not an office
		// of one holder.
		return m.org.ent, m.conf * placeArgConf, ""
	}
	if m := covered(e - 1); m != nil && m.ent != nil {
		if isPlace(m.ent) && addressBeforeNoun(toks, m.end, covered) {
			return nil, 0, "" // "met a Salem, Oregon woman": the town names no one met
		}
		if m.kind != mName && m.ent.typ != schema.Person && roleNoun(toks[e-1].Lower()) {
			if p := appositiveName(toks, e, covered); p != nil && p.ent.typ == schema.Person {
				// "A local government official, Tom Wu, told Reuters":
				// the official named, not the government whose staff
				// the description reads.
				return p.ent, p.conf, ""
			}
		}
		return m.ent, m.conf, ""
	}
	if m := appositiveName(toks, e, covered); m != nil {
		return m.ent, m.conf, ""
	}
	if m := placedAppositive(toks, b, e, covered); m != nil {
		return m.ent, m.conf, "" // "a teacher from Norway, Ann Lee, said": Ann Lee
	}
	if m := covered(e - 2); e-2 >= b && m != nil && m.end == e-1 && m.ent != nil && isPlace(m.ent) && named(m) && !m.adj && !m.possessive &&
		divisionNouns[toks[e-1].Text] && !strings.HasSuffix(toks[e-1].Text, "s") && !eventPlacePrep(toks, first) {
		// "visited Idlib province", "travelled to China's Hubei
		// province": the division is the place; where an act took place
		// ("arrested in Idlib province") is left as it was.
		return m.ent, m.conf, ""
	}
	n := e - 1 // the kind of body after a name
	kind := orgDescriptors[toks[n].Lower()]
	if n-2 >= b && (toks[n-1].Lower() == "news" || toks[n-1].Lower() == "television") && kind {
		n-- // "the Interfax news agency"
	}
	if n-2 >= b && sportWords[toks[n-1].Lower()] && (toks[n].Lower() == "team" || toks[n].Lower() == "club") && covered(n-1) == nil {
		n, kind = n-1, true // "the San Francisco 49ers football team", "the Leeds United football club"
	}
	if n-2 >= b && (kind || toks[n].Lower() == "club") && bodyTrades[toks[n-1].Lower()] && covered(n-1) == nil {
		n, kind = n-1, true // "the Islamic State militant group", "the Hells Angels motorcycle club"
	}
	if n-2 >= b && companyNouns[toks[n].Lower()] && tradeWord(toks[n-1]) && covered(n-1) == nil {
		n = n - 1 // "the Boeing airframe company", "the Halvik mining firm"
	}
	if m := covered(n - 1); n-b >= 1 && m != nil && m.end == n && m.ent != nil && named(m) && !m.adj && (m.start == 0 || toks[m.start-1].Tag != "PRP$") &&
		(kind && (m.ent.typ == schema.Organization || m.ent.typ == schema.Group) || armedBodyNouns[toks[n].Lower()] && m.ent.typ == schema.Organization) {
		// "the Sea Org group", "the Scientology organization", "AFP news
		// agency": a name and the kind of body it names ("her YouTube
		// channel" is hers); "the M23 rebels": an armed body's fighters
		// act for it.
		return m.ent, m.conf, ""
	}
	if m := covered(n - 1); (toks[n].Text == "leadership" || toks[n].Text == "management") && m != nil && m.end == n && m.ent != nil && named(m) && !m.adj && !m.possessive && m.ent.typ == schema.Organization {
		return m.ent, m.conf, "" // "met with Halvik Motors management": a body's leadership speaks and acts for it
	}
	if toks[n].Text == "party" || toks[n].Text == "leadership" {
		// "the Democratic party controlled the House": the party's
		// adjective and a lower-case "party" name the party; its
		// "leadership" speaks for it, as "the Labour leadership" does.
		for _, m := range ms {
			if m.adj && m.end == n && m.start >= first && m.ent != nil && m.ent.typ == schema.Organization && m.ent.desc["party"] {
				return m.ent, m.conf, ""
			}
		}
	}
	if p := titlesJoined(toks, first, e, last, covered); p != nil {
		// "NRK reporter and former Labour Party Press Secretary Ola Berg
		// said": two titles of one person, not the outlet's reporter
		// and another actor.
		return p.ent, p.conf, ""
	}
	if m := covered(e - 2); e-b >= 2 && m != nil && m.end == e-1 && m.ent != nil && named(m) && !m.adj &&
		m.ent.typ == schema.Organization && (governmentStaff[toks[e-1].Lower()] || pressStaff[toks[e-1].Lower()] || partyMembers[toks[e-1].Lower()]) {
		// "senior Bush administration officials", "a Halvik Holdings
		// spokesman": officials act for their body; "told a Reuters
		// reporter": its journalists ask and hear for an outlet;
		// "defeated by a Labour candidate", "elected a Labour MP": an
		// unnamed member stands for the party.
		return m.ent, m.conf * placeArgConf, ""
	}
	if m := covered(e - 2); e-b >= 2 && m != nil && m.end == e-1 && m.ent != nil && named(m) && !m.adj &&
		m.ent.typ == schema.Person && campaignOf(toks[e-1:e]) && m.start > first && toks[m.start-1].Lower() == "the" {
		// "the Lee campaign criticized": a candidate's campaign speaks
		// and acts for the candidate.
		return m.ent, m.conf * placeArgConf, ""
	}
	if m := covered(e - 3); e-b >= 3 && m != nil && m.end == e-2 && m.ent != nil && named(m) && !m.adj &&
		m.ent.typ == schema.Organization && (toks[e-2].Tag == "JJ" || toks[e-2].Tag == "NN") && !isCap(toks[e-2].Text) && leadingBodies[toks[e-1].Lower()] {
		// "the Labour Party central committee", "the Halvik executive
		// board": the body that decides for the organisation.
		return m.ent, m.conf, ""
	}
	// "Tamm said his country had asked NATO": the country a person serves.
	if m := covered(b); e-b == 2 && m != nil && m.kind == mPronoun && m.possessive && m.ent != nil &&
		m.ent.typ == schema.Person && m.ent.country != nil && homeland(toks[b+1].Lower()) {
		return m.ent.country, m.conf, ""
	}
	// '"They attacked our country," said Norway's prime minister': the
	// state a quotation's "our" speaks for ([docState.speakers]).
	if m := covered(b); e-b == 2 && m != nil && m.kind == mPronoun && m.possessive && firstPlural[m.pron] && m.ent != nil &&
		m.ent.typ == schema.GPE && homeland(toks[b+1].Lower()) {
		return m.ent, m.conf, ""
	}
	// "resigned from his leadership in his party": the party its holder
	// belongs to, when the document has said which one.
	if m := covered(b); e-b == 2 && m != nil && m.kind == mPronoun && m.possessive && m.ent != nil &&
		m.ent.typ == schema.Person && strings.EqualFold(toks[b+1].Text, "party") {
		if p := d.partyOf(m.ent); p != nil {
			return p, m.conf * placeArgConf, ""
		}
	}
	// "as his side beat Molde": the team its player, captain or coach
	// belongs to, when the document has said which one.
	if m := covered(b); e-b == 2 && m != nil && m.kind == mPronoun && m.possessive && m.ent != nil &&
		m.ent.typ == schema.Person && sideWords[toks[b+1].Lower()] {
		if t := d.teamOf(m.ent); t != nil {
			return t, m.conf * placeArgConf, ""
		}
	}
	if e := d.missedName(toks, b, e, covered); e != nil {
		return e, missedNameConf, ""
	}
	if m := appositionName(toks, first, last, covered); m != nil {
		return m.ent, m.conf, ""
	}
	if m := relativeApposition(toks, first, last, e, covered); m != nil {
		return m.ent, m.conf, "" // "Tom Wu, a Syrian man who died in Oslo,": the man is Tom Wu
	}
	var words []string
	for i := b; i < e; i++ {
		t := toks[i]
		if t.Tag == "CD" || t.Text == "$" || t.Text == "%" || !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") || isCap(t.Text) {
			return nil, 0, ""
		}
		words = append(words, t.Lower())
	}
	if len(words) == 0 || len(words) > 3 || !strings.HasPrefix(toks[e-1].Tag, "NN") {
		return nil, 0, ""
	}
	return nil, 0, strings.Join(words, " ")
}

// thingParticiple reports whether token e is a present participle that
// opens a phrase after a common noun of a thing, outside any mention ("a
// letter urging Labour MPs", "a report accusing Norway"): the thing is the
// head, and the actor in the phrase is no argument of the verb. The
// participle must be followed by a name, a determiner, a pronoun, a number
// or a particle; before a common noun it modifies ("missile warning
// data"). After a
// noun of people, a role or a body ("officials representing Norway",
// "a group calling itself Sea Wolves") the phrase may name whom they are,
// but not when it tells an act on another actor ([gerundActs]).
func thingParticiple(toks []nlp.Token, e int, covered func(int) *mention) bool {
	n := toks[e-1]
	if toks[e].Tag != "VBG" || covered(e) != nil || covered(e-1) != nil && covered(e-1).ent != nil || isCap(n.Text) && e > 1 || (n.Tag != "NN" && n.Tag != "NNS") ||
		e+1 >= len(toks) {
		return false
	}
	switch next := toks[e+1]; {
	case covered(e+1) != nil, isCap(next.Text):
	case next.Tag == "DT", next.Tag == "PRP", next.Tag == "PRP$", next.Tag == "CD", next.Tag == "IN", next.Tag == "TO", next.Tag == "RP":
	default:
		return false // "missile warning data": a noun's modifier
	}
	if v := toks[e].Lower(); gerundActs[v] != "" && v != "representing" {
		// "Candidates challenging the president include Tom Wu":
		// people who act on an actor are not that actor.
		return true
	}
	w := n.Lower()
	_, person := personNouns[w]
	return !person && !roleNoun(strings.TrimSuffix(w, "s")) && !orgNouns[w] && !staffNouns[w] && !crowdNouns[w]
}

// oneOfNamed returns the person named in apposition after an argument
// [first, last) that picks one of several people ("one of the four
// candidates"), past a participle's phrase the extractor leaves out
// ("met one of the three contenders standing in the council race, Tom
// Wu, who ..."): the name between commas, or before the sentence's end,
// maybe after a lower-case calling ("one of the authors, biologist Ann
// Lee,"). It returns nil otherwise.
func oneOfNamed(toks []nlp.Token, first, last int, covered func(int) *mention) *mention {
	if last-first < 4 || toks[first].Lower() != "one" || toks[first+1].Lower() != "of" || covered(last-1) != nil ||
		toks[last-1].Tag != "NNS" {
		return nil
	}
	j := last
	if j < len(toks) && (toks[j].Tag == "VBG" || toks[j].Tag == "VBN") {
		for j < len(toks) && j < last+10 && toks[j].Text != "," && toks[j].Text != "." {
			j++
		}
	}
	if j+1 >= len(toks) || toks[j].Text != "," {
		return nil
	}
	k := j + 1
	for k < len(toks) && k < j+4 && covered(k) == nil && (toks[k].Tag == "NN" || toks[k].Tag == "JJ") && toks[k].Text == toks[k].Lower() {
		k++ // "one of the study's authors, herpetologist Tom Wu,": a calling before the name
	}
	m := covered(k)
	if m == nil || m.start != k || m.ent == nil || m.ent.typ != schema.Person || !named(m) || m.possessive ||
		m.end < len(toks) && toks[m.end].Text != "," && toks[m.end].Text != "." {
		return nil
	}
	return m
}

// namedAs returns the name that ends an argument whose head, tokens [b,
// e), is a noun of a person, a role or a body that the words from e on
// name: "a lawyer named Ann Lee", "a man called Tom Wu", "a company
// called Acme" ([namingWords]), or that a relative clause right after the
// argument names ("the organisation which is called Sampad", ended by
// the sentence or a comma). It returns nil otherwise.
func namedAs(toks []nlp.Token, b, e, last int, covered func(int) *mention) *mention {
	rel := e == last && e+3 < len(toks) && (toks[e].Lower() == "which" || toks[e].Lower() == "that" || toks[e].Lower() == "who") &&
		(toks[e+1].Lower() == "is" || toks[e+1].Lower() == "was")
	if e <= b || !rel && e+1 >= last || !strings.HasPrefix(toks[e-1].Tag, "NN") || isCap(toks[e-1].Text) {
		return nil
	}
	if m := covered(e - 1); m != nil && (!rel || m.kind != mDesc) {
		return nil
	}
	head := toks[e-1].Lower()
	if _, person := personNouns[head]; !person && !roleNoun(strings.TrimSuffix(head, "s")) && !orgNouns[head] && !staffNouns[head] &&
		!occupationNouns[head] { // "a Polish chef named Tomasz"
		return nil // "a river known as Kamo", "a ship named Tom Wu": a thing
	}
	n := e
	if rel {
		n, last = e+2, len(toks)
	}
	w := toks[n].Lower()
	if !namingWords[w] {
		return nil
	}
	k := n + 1
	if w == "known" && k < last && strings.EqualFold(toks[k].Text, "as") {
		k++
	}
	m := covered(k)
	if rel && m != nil && m.end < last && (toks[m.end].Text == "," || toks[m.end].Text == "." || toks[m.end].Text == ";") {
		last = m.end
	}
	if k >= last || m == nil || m.start != k || m.ent == nil || m.adj || !named(m) || m.end != last ||
		m.ent.typ != schema.Person && m.ent.typ != schema.Organization {
		return nil // "the river known as Kamo" is a place, no actor
	}
	return m
}

// objectPronoun reports whether w is a third-person object pronoun.
func objectPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "it", "them", "him", "her":
		return true
	}
	return false
}

// mentionedIn reports whether e is named inside argument a of sentence si
// ("his father" names no one).
func (d *docState) mentionedIn(si int, s nlp.Sentence, a schema.Argument, e *docEntity) bool {
	for _, m := range d.sents[si] {
		if m.ent == e && named(m) && m.start < len(s.Tokens) && s.Tokens[m.start].Start >= a.Start && s.Tokens[m.end-1].End <= a.End {
			return true
		}
	}
	return false
}

// appositionName returns the named actor that the description [b, last)
// stands in apposition to, when the description follows the name and a
// comma and a participle, a relative pronoun or a comma closes it:
// "Beats Electronics, the headphone maker founded by Jimmy Iovine", "Tom
// Wu, a lawyer who sued the party". It returns nil otherwise; a name
// after a preposition may open a fronted phrase ("In Oslo, the police
// arrested"), and a finite verb after the description makes it a subject
// of its own ("After meeting Tom Wu, the minister said").
func appositionName(toks []nlp.Token, b, last int, covered func(int) *mention) *mention {
	if b < 2 || last >= len(toks) || toks[b-1].Text != "," {
		return nil
	}
	if m := covered(b - 2); m != nil && m.end == b-1 && m.ent != nil && isPlace(m.ent) && m.start >= 3 &&
		strings.EqualFold(toks[m.start-1].Text, "the") && toks[m.start-2].Text == "," {
		b = m.start - 1 // "Tom Wu, the California, US lawyer who": the extractor cut at the address's comma
	}
	switch toks[b].Lower() {
	case "the", "a", "an":
	default:
		return nil
	}
	switch w := toks[last]; {
	case w.Tag == "VBN", w.Text == ",", w.Tag == "WDT", w.Tag == "WP":
	default:
		return nil
	}
	for i := b + 1; i < last; i++ {
		if m := covered(i); m != nil && m.ent != nil && isPlace(m.ent) && !m.possessive {
			if m.end < last-1 && toks[m.end].Text == "," && isCap(toks[m.end+1].Text) {
				i = m.end + 1 // "the California, US lawyer": a town or state and its state or country
			} else {
				i = m.end - 1 // "Tom Wu, the Oslo lawyer who": a place describes
			}
			continue
		}
		if t := toks[i]; isCap(t.Text) || !(strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBG") {
			return nil
		}
	}
	if m := covered(last - 1); m != nil {
		return nil // the description ends in a noun, not a name
	}
	p := covered(b - 2)
	if p == nil || p.end != b-1 || p.ent == nil || p.adj || !named(p) ||
		p.ent.typ != schema.Organization && p.ent.typ != schema.Person && p.ent.typ != schema.Group {
		return nil
	}
	if p.start > 0 && toks[p.start-1].Tag == "IN" {
		return nil
	}
	return p
}

// ofCompound reports whether toks[k] is the "of" of a compound noun
// that ends the object at end: one singular noun before it and one
// lower-case noun after it ("a letter of intent", "a declaration of
// cooperation"; not "pictures of herself"). The phrase names one thing, so
// the actor after the verb's preposition is the act's ("signed a letter
// of intent with Halvik").
func ofCompound(toks []nlp.Token, k, end int) bool {
	return toks[k].Lower() == "of" && k+1 < len(toks) && toks[k+1].End == end && toks[k+1].Tag == "NN" && lowerWord(toks[k+1].Text) &&
		!strings.HasSuffix(toks[k+1].Lower(), "self") && k > 0 && toks[k-1].Tag == "NN"
}

// partitiveEnd returns the token after the "of" that ends a partitive
// opening the argument a, quantifiers and numbers before it ("all three of
// these states", "most of the races"), or a measure of a thing, an amount
// and one of [measureNouns] ("over 40 thousand doses of vaccine", "tonnes
// of rice"), or -1 when a opens with none: the phrase after "of" is the
// one the verb acts on or in.
func partitiveEnd(toks []nlp.Token, a schema.Argument) int {
	n := 0
	for k, t := range toks {
		if t.Start < a.Start || t.End > a.End {
			continue
		}
		if t.Lower() == "of" && n > 0 {
			return k + 1
		}
		if measureNouns[t.Lower()] {
			if k+2 < len(toks) && toks[k+1].Lower() == "of" && toks[k+2].End <= a.End {
				return k + 2
			}
			return -1
		}
		if !partitiveWords[t.Lower()] && t.Tag != "CD" && !numberWords[t.Lower()] && !(n == 0 && amountBound(toks, k)) && !(n == 0 && articles[t.Lower()]) {
			return -1
		}
		n++
	}
	return -1
}

// numberWords scale a number, whatever their tag: "105 thousand doses".
var numberWords = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "dozen": true}

// measureNouns measure out a thing in doses, weights or loads: "sent 500
// tonnes of rice", "delivered a shipment of vaccines".
var measureNouns = map[string]bool{
	"dose": true, "doses": true, "ton": true, "tons": true, "tonne": true, "tonnes": true, "barrel": true,
	"barrels": true, "litres": true, "liters": true, "gallons": true, "kilograms": true, "kilos": true,
	"shipment": true, "shipments": true, "consignment": true, "consignments": true, "truckloads": true,
	"crates": true, "boxes": true, "sacks": true, "bags": true, "pallets": true, "cartons": true,
}

// placedAppositive returns the person named in apposition after a
// common-noun head that ends at token e and the place "from" or "in" puts
// it in ("a teacher from Norway, Ann Lee, said", "a doctor in Oslo, Tom
// Wu,"): the head is one lower-case noun after "a", "an" or "one" at b, and
// the name is closed by a comma or ends the sentence. It returns nil
// otherwise.
func placedAppositive(toks []nlp.Token, b, e int, covered func(int) *mention) *mention {
	if e+3 >= len(toks) || b < 1 || e != b+1 || toks[e].Text != "from" && toks[e].Text != "in" || toks[b].Tag != "NN" ||
		toks[b-1].Lower() != "a" && toks[b-1].Lower() != "an" && toks[b-1].Lower() != "one" {
		return nil
	}
	p := covered(e + 1)
	if p == nil || p.start != e+1 || p.ent == nil || !isPlace(p.ent) || p.end+1 >= len(toks) || toks[p.end].Text != "," {
		return nil
	}
	m := covered(p.end + 1)
	if m == nil || m.start != p.end+1 || m.ent == nil || m.ent.typ != schema.Person || !named(m) ||
		m.end < len(toks) && toks[m.end].Text != "," && toks[m.end].Text != "." {
		return nil
	}
	return m
}

// eventPlacePrep reports whether a preposition of where or whence an act
// took place stands at token first, or right before it.
func eventPlacePrep(toks []nlp.Token, first int) bool {
	for _, k := range []int{first - 1, first} {
		if k >= 0 && k < len(toks) {
			switch toks[k].Lower() {
			case "in", "at", "from", "near", "within", "across", "throughout":
				return true
			}
		}
	}
	return false
}

// partitiveWords are the quantifiers that open a partitive ("all of",
// "each of", "most of").
var partitiveWords = map[string]bool{
	"all": true, "both": true, "each": true, "most": true, "many": true, "some": true, "several": true,
	"any": true, "half": true, "either": true, "neither": true, "none": true,
}

// amountBound reports whether toks[k] bounds the amount after it: "over
// $850,000", "under 500 euros", "about 300".
func amountBound(toks []nlp.Token, k int) bool {
	switch toks[k].Lower() {
	case "over", "under", "about", "around", "nearly", "almost", "approximately", "roughly":
	default:
		return false
	}
	if k+1 < len(toks) && (toks[k+1].Tag == "$" || currencySign(toks[k+1].Text)) {
		k++
	}
	return k+1 < len(toks) && toks[k+1].Tag == "CD"
}

// amountFrom reports whether toks[i:last] is an amount of money or a
// number of units and nothing else: a number or a currency sign first,
// then at most three more numbers, signs and unit nouns ("2.4 billion
// euros", "$1 billion"), and perhaps one more amount in brackets.
func amountFrom(toks []nlp.Token, i, last int) bool {
	if last-i > 3 && toks[last-1].Text == ")" && toks[last-3].Text == "(" && (toks[last-2].Tag == "CD" || currencySign(toks[last-2].Text)) {
		last -= 3 // "$8 million (£4.2m)": the amount in another currency
	}
	if i >= last || last-i > 4 || toks[i].Tag != "CD" && toks[i].Tag != "$" && !currencySign(toks[i].Text) {
		return false
	}
	for _, t := range toks[i+1 : last] {
		if t.Tag != "CD" && t.Tag != "$" && !currencySign(t.Text) && t.Tag != "NNS" && t.Tag != "NN" {
			return false
		}
	}
	return true
}

// termOfFrom reports whether toks[i:last] is a term of time ([termNouns])
// and then "of" and at most three lower-case words that say what it is
// of: "three years of supervised release", "two years of probation".
func termOfFrom(toks []nlp.Token, i, last int) bool {
	if last-i < 4 || last-i > 6 || toks[i].Tag != "CD" || !termNouns[toks[i+1].Lower()] || toks[i+2].Lower() != "of" {
		return false
	}
	for _, t := range toks[i+3 : last] {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "VBN" {
			return false
		}
	}
	return true
}

// titlesJoined returns the person whose name ends a second title joined
// by "and" to an argument [first, last) that is a bare title ending in a
// singular role noun at e-1 ("NRK reporter and former Labour Party Press
// Secretary Ola Berg questioned", "Halvik spokesman and Green Party member
// Ann Lee said"): the extractor splits the subject at "and", but without
// an article ("a Reuters reporter and Ann Lee") the two titles are one
// person's. The second title runs over capitalised words and lower-case
// adjectives and nouns to a person's name followed by a verb or a comma.
// It returns nil otherwise.
func titlesJoined(toks []nlp.Token, first, e, last int, covered func(int) *mention) *mention {
	if e != last || last >= len(toks) || toks[last].Lower() != "and" || e-first < 2 || covered(e-1) != nil ||
		toks[first].Tag == "DT" || toks[first].Tag == "PRP$" || toks[first].Tag == "CD" || toks[e-1].Tag != "NN" {
		return nil
	}
	if w := toks[e-1].Lower(); !pressStaff[w] && !governmentStaff[w] && !roleNoun(w) {
		return nil
	}
	for k := last + 1; k < len(toks) && k < last+12; k++ {
		if c := covered(k); c != nil {
			if c.ent != nil && c.ent.typ == schema.Person && named(c) && !c.possessive && c.end < len(toks) &&
				(strings.HasPrefix(toks[c.end].Tag, "VB") || toks[c.end].Text == ",") {
				return c
			}
			k = c.end - 1
			continue
		}
		t := toks[k]
		if !isCap(t.Text) && t.Tag != "JJ" && t.Tag != "NN" {
			return nil
		}
	}
	return nil
}

// craftNouns are the kinds of machine a maker's model number may qualify
// ("Boeing 737 jets", "the Halvik 310 helicopters").
var craftNouns = map[string]bool{
	"plane": true, "planes": true, "jet": true, "jets": true, "aircraft": true, "airliner": true, "airliners": true,
	"jetliner": true, "jetliners": true, "helicopter": true, "helicopters": true, "engine": true, "engines": true,
	"airplane": true, "airplanes": true, "aeroplane": true, "aeroplanes": true, "freighter": true, "freighters": true,
}

// modelAfter reports whether the words toks[i:last] after an
// organisation's name are a model of what it makes: a number written in
// the plural ("Boeing 747s", "Airbus 380s"), a model's number of three
// digits ("a Boeing 737"), or a number and a noun of [craftNouns] ("Boeing
// 737 jets"). A maker's model is a thing, no actor;
// an amount after a name ("fined Google 2.4 billion euros", "beat Halvik
// 3 - 1") has no plural number and no such noun.
func modelAfter(toks []nlp.Token, i, last int) bool {
	if i >= last || toks[i].Tag != "CD" {
		return false
	}
	w := toks[i].Text
	if last-i == 1 {
		d := strings.TrimSuffix(w, "s")
		return len(d) < len(w) && d != "" && strings.Trim(d, "0123456789-") == "" && d[0] != '-' || // "747s", "747-400s"
			len(w) == 3 && strings.Trim(w, "0123456789") == "" && w[0] != '0' // "a Boeing 737 operated by Halvik Air"
	}
	return last-i == 2 && strings.Trim(w, "0123456789") == "" && craftNouns[toks[i+1].Lower()]
}

// giftNouns are what a verb of giving gives as its second object after a
// bare name ("offered Sweden military aid", "granted Tom Wu asylum").
var giftNouns = map[string]bool{
	"aid": true, "help": true, "assistance": true, "support": true, "asylum": true, "access": true,
	"protection": true, "weapons": true, "arms": true, "loans": true, "funding": true, "backing": true,
	"sanctuary": true, "shelter": true, "citizenship": true, "immunity": true, "visas": true,
}

// giftFrom reports whether toks[i:last] is a lower-case noun phrase of at
// most three words whose head is one of giftNouns: after a name, the
// second object of a verb of giving, not a compound with the name.
func giftFrom(toks []nlp.Token, i, last int) bool {
	if i >= last || last-i > 3 || !giftNouns[toks[last-1].Text] {
		return false
	}
	for _, t := range toks[i:last] {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return false
		}
	}
	return true
}

// teachVerbs teach at a school, which employs the teacher: "taught
// sociology at the University of Bergen". "lectured at" is left out: a
// guest lectures at a congress or a university that employs someone else.
var teachVerbs = map[string]bool{"teach": true, "instruct": true, "tutor": true}

// taughtAt adds subj —work_for→ school for a person who taught at an
// organisation named after at (the verb's own preposition or an extra
// phrase): "Prior to joining parliament, Tom Wu taught classes in
// sociology at the University of Bergen". A person or a place after at
// is none.
//
// A career begun or spent at or with an organisation ([careerVerbs]) is
// work for it too, or membership of the side for a playing career.
//
// A course of study read there is the student's in the same way: "studied
// law at Harbor University", "attended law school at Harbor University"
// give study_at the school. The studied thing is a subject in lower case
// with no article ("studied the files at the archive" is no schooling),
// and what is attended a school or classes.
func (d *docState) taughtAt(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, prep, _ := strings.Cut(x.Lemma, "_")
	lemma := schema.WorkFor
	career := careerVerbs[verb] && prep == "" && lastWord(x.Object.Text) == "career"
	switch {
	case career:
		if strings.Contains(strings.ToLower(x.Object.Text), "playing") {
			lemma = schema.MemberOf // "began his playing career at Kelton": the side he played for
		}
	case !teachVerbs[verb]:
		if prep != "" || !studiedAt(verb, x.Object.Text) {
			return
		}
		lemma = "study_at"
	}
	if f.subj == nil || f.subj.typ != schema.Person || x.Attribution != "" || d.intended(s, x) {
		return
	}
	args := []schema.Argument{}
	if prep == "at" {
		args = append(args, x.Object)
	} else {
		for _, a := range x.Extra {
			if p, rest := splitPrep(a); (p == "at" || career && p == "with") && rest.Text != "" {
				args = append(args, rest)
			}
		}
	}
	for _, a := range args {
		o, conf, _ := d.argument(si, s, a)
		if o != nil && o != f.subj && o.typ == schema.Organization && actorEntity(o) {
			d.derive(si, x.Subject, x.Relation+" at", lemma, f.subj, o, "", x.Confidence*conf*placeArgConf)
			return
		}
	}
}

// careerVerbs begin or spend a career, whose at or with names the body
// that employed the person then ([docState.taughtAt]): "began her career
// at the Oslo Times", "spent his whole career with Halvik Bank".
var careerVerbs = map[string]bool{"begin": true, "start": true, "launch": true, "spend": true, "end": true, "finish": true}

// courseNouns name what a student attends at a school: "attended law
// school", "attended evening classes".
var courseNouns = map[string]bool{"school": true, "classes": true, "courses": true, "lectures": true}

// studiedAt reports whether verb and its object obj name a course of
// study, which an at-phrase after them ties to its school ([docState.taughtAt]):
// "studied law", "studied political science", "attended law school".
func studiedAt(verb, obj string) bool {
	var wArr [16]string
	w := appendFields(wArr[:0], obj)
	if len(w) == 0 || len(w) > 3 || strings.ToLower(obj) != obj {
		return false
	}
	switch verb {
	case "study":
		f := w[0]
		return !articles[f] && !possessiveDeterminers[f] && f != "this" && f != "that" && f != "these" && f != "those"
	case "attend":
		return courseNouns[w[len(w)-1]]
	}
	return false
}

// officeAfter reports whether the tokens [i, e) are the lower-case words
// of one title and nothing else ("foreign minister", "chancellor"), after
// at most one article.
func (d *docState) officeAfter(toks []nlp.Token, i, e int) bool {
	if i < e && (toks[i].Lower() == "the" || toks[i].Lower() == "a" || toks[i].Lower() == "an") {
		i++
	}
	if i >= e || e-i > 3 {
		return false
	}
	for _, t := range toks[i:e] {
		if !strings.HasPrefix(t.Tag, "NN") && t.Tag != "JJ" || isCap(t.Text) {
			return false // "hired Civilian Deputy Undersecretary ...": a title chain, not a name and its office
		}
	}
	return d.r.phraseTitle(strings.ToLower(joinText(toks[i:e]))) != nil
}

// outletShow reports whether the tokens [b, e) after an outlet's
// possessive name one of its programmes: capitalised words that name no
// person ("State", "Morning Show", "Newsnight programme"), or a noun of
// [showNouns] ("show", "programme") with at most two words before it.
func outletShow(toks []nlp.Token, b, e int, covered func(int) *mention) bool {
	if e <= b || e-b > 8 {
		return false
	}
	if showNouns[toks[e-1].Lower()] && e-b <= 3 {
		return true
	}
	for j := b; j < e-1 && j < b+4; j++ {
		if showNouns[toks[j].Lower()] && !isCap(toks[j].Text) && e-j <= 4 && lowerRun(toks[b:j]) {
			// "MSNBC's morning news talk show Morning Joe": the kind of
			// programme, then its name.
			b = j + 1
			break
		}
	}
	if e-b > 4 {
		return false
	}
	for k := b; k < e; k++ {
		if !isCap(toks[k].Text) || toks[k].Tag != "NNP" && toks[k].Tag != "NNPS" {
			return false
		}
		if m := covered(k); m != nil && m.ent != nil && (m.ent.typ == schema.Person || m.ent.typ == schema.Organization) {
			return false // "CNN's Jake Tapper", "the BBC's World Service" named apart
		}
	}
	return true
}

// showNouns are the programmes of a broadcaster.
var showNouns = map[string]bool{
	"show": true, "programme": true, "program": true, "broadcast": true, "podcast": true, "newscast": true,
	"bulletin": true,
}

// titlesName reports whether the words from e on go on, through "and" and
// more lower-case words, to a person's name: "Million Dollar Baby director
// and co-star Clint Eastwood", where the titles before e are that
// person's, the name before them a modifier.
func titlesName(toks []nlp.Token, e int, covered func(int) *mention) bool {
	for k := e; k < len(toks) && k < e+5; k++ {
		if m := covered(k); m != nil {
			return k > e && m.ent != nil && m.ent.typ == schema.Person && !strings.EqualFold(toks[k-1].Text, "and")
		}
		if t := toks[k]; t.Tag != "CC" && t.Tag != "HYPH" && t.Text != "-" && !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") || isCap(t.Text) {
			return false
		}
	}
	return false
}

// currencySign reports whether w is a currency sign.
func currencySign(w string) bool {
	return w == "$" || w == "£" || w == "€" || w == "¥" || w == "US$"
}

// missedNameConf is the confidence of an argument that restates an
// entity's full name where the recogniser found no mention.
const missedNameConf = 0.8

// missedName returns the entity whose canonical name is exactly the
// capitalised words toks[b:e] when no mention covers them: the recogniser
// read "Lee Cheuk-yan" as a name at its first use but not after a verb,
// where the tagger took "Cheuk-yan" for an adjective. It returns nil
// otherwise.
func (d *docState) missedName(toks []nlp.Token, b, e int, covered func(int) *mention) *docEntity {
	if e-b < 2 {
		return nil // one word alone may be any name's part
	}
	for i := b; i < e; i++ {
		if covered(i) != nil || !isCap(toks[i].Text) {
			return nil
		}
	}
	ent := d.byKey[normKey(joinText(toks[b:e]))]
	if ent == nil || !actorEntity(ent) {
		return nil
	}
	return ent
}

// staffHead reports whether the argument a of s ends in a lower-case noun
// for a body's or a state's person ("reporter", "official", "spokesman",
// "envoy"), whom a name before it owns.
func staffHead(s nlp.Sentence, a schema.Argument) bool {
	_, last := argTokens(s, a)
	if last < 1 {
		return false
	}
	t := s.Tokens[last-1]
	w := t.Lower()
	return strings.HasPrefix(t.Tag, "NN") && !isCap(t.Text) &&
		(pressStaff[w] || staffNouns[w] || staffNounsOfPerson[w] || roleNoun(strings.TrimSuffix(w, "s")) || roleNoun(w))
}

// pressStaff are the journalists of an outlet named before them.
var pressStaff = map[string]bool{
	"reporter": true, "reporters": true, "journalist": true, "journalists": true, "correspondent": true,
	"correspondents": true, "interviewer": true,
}

// kindBeforeName returns the organisation named right after an argument
// that is only "the" and a kind of body ([orgDescriptors]), when the
// extractor ended the argument before the name ("worked with the
// organization Equally American": an adverb opened the name). The name
// ends its phrase. It returns nil otherwise: "the group" alone is a
// description of a body named before.
func kindBeforeName(toks []nlp.Token, first, last int, covered func(int) *mention) *mention {
	if last-first != 2 || toks[first].Lower() != "the" || !orgDescriptors[toks[first+1].Lower()] || last >= len(toks) {
		return nil
	}
	m := covered(last)
	if m == nil || m.start != last || m.ent == nil || !named(m) || m.possessive || m.ent.typ != schema.Organization || !phraseEnds(toks, m.end) {
		return nil
	}
	return m
}

// orgDescriptors are nouns that say what kind of body the name before them
// names.
var orgDescriptors = map[string]bool{
	"group": true, "organization": true, "organisation": true, "party": true, "movement": true,
	"company": true, "firm": true, "network": true, "agency": true, "militia": true, "team": true,
	"newspaper": true, "broadcaster": true, "channel": true, "station": true, "outlet": true, "magazine": true,
	"gang": true, "cartel": true, "faction": true, "syndicate": true, "charity": true, "union": true,
}

// tradeWord reports whether t, between a company's name and "company" or
// "firm", is a lower-case noun or adjective for its trade ("airframe",
// "mining", "software"), not one that makes the company another's
// ([relatedFirms]: "the Halvik parent company" owns Halvik).
func tradeWord(t nlp.Token) bool {
	return !isCap(t.Text) && (t.Tag == "NN" || t.Tag == "JJ" || t.Tag == "VBG") && !relatedFirms[t.Lower()]
}

// nationalTradeSkipped returns where a company's name starts after a
// description that opens at k before last: "the", a state or its
// adjective, and one to three lower-case words of its trade, the last a
// noun ("US firm Halvik", "the Dutch dairy group Velby"); or k.
func nationalTradeSkipped(toks []nlp.Token, ms []*mention, k, last int, covered func(int) *mention) int {
	j := k
	if j < last && toks[j].Lower() == "the" {
		j++
	}
	i := slices.IndexFunc(ms, func(m *mention) bool { return m.start == j && m.ent != nil && m.ent.typ == schema.GPE })
	if i < 0 {
		return k
	}
	j = ms[i].end
	n := 0
	for j < last && n < 3 && tradeWord(toks[j]) && covered(j) == nil {
		j++
		n++
	}
	if n == 0 || toks[j-1].Tag != "NN" || j >= last || !isCap(toks[j].Text) {
		return k
	}
	return j
}

// shareOfAt returns the index after "of" when the argument [first, last)
// opens with a percentage and "of" ("70% of", "30 percent of", "20 per
// cent of the", "the 57.8-per cent of"), or with "control of", or 0: the
// share of what follows, or the whole of it.
func shareOfAt(toks []nlp.Token, first, last int) int {
	if first+3 < last && toks[first].Tag == "IN" {
		first++ // a verb's phrase: "paid $2 billion for control of Halvik"
	}
	if first+3 < last && toks[first].Lower() == "the" {
		first++ // "will purchase the 57.8 per cent of Halvik that it does not own"
	}
	k := percentEnd(toks, first, last)
	if k == 0 && first+2 < last && toks[first].Lower() == "control" {
		k = first + 1 // "agreed to pay $2 billion for control of Halvik": the whole company
	}
	if k == 0 || k+1 >= last || toks[k].Lower() != "of" {
		return 0
	}
	if k++; toks[k].Lower() == "the" {
		k++
	}
	return k
}

// percentEnd returns the index after the percentage that opens at token
// k before last ("70%", "30 percent", "20 per cent", "57.8-per cent", as
// a hyphen joins it), or 0.
func percentEnd(toks []nlp.Token, k, last int) int {
	if k+2 >= last {
		return 0
	}
	if n, ok := cutSuffixFold(toks[k].Text, "-per"); ok && numeral(n) && toks[k+1].Lower() == "cent" {
		return k + 2
	}
	if toks[k].Tag != "CD" {
		return 0
	}
	switch toks[k+1].Lower() {
	case "%", "percent":
		return k + 2
	case "of":
		if strings.HasSuffix(toks[k].Text, "%") {
			return k + 1 // "20%" is one token
		}
	case "per":
		if toks[k+2].Lower() == "cent" {
			return k + 3
		}
	}
	return 0
}

// numeral reports whether w is a number written in digits, with a
// decimal point or not ("57.8").
func numeral(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != '.' && w[i] != ',' {
			return false
		}
	}
	return true
}

// stakeVerbs take, buy or hold a stake in a company, which gives the
// holder invest_in it; not "sold its stake in", which gives it up.
var stakeVerbs = map[string]bool{
	"take": true, "buy": true, "acquire": true, "hold": true, "own": true, "purchase": true, "build": true,
	"increase": true, "raise": true,
}

// shareVerbs are the verbs whose holder owns the share of a company that
// their percentage gives ("owns 25 percent in Halvik Motors").
var shareVerbs = map[string]bool{"own": true, "hold": true, "control": true}

// stakeNouns are the shares of a company that [stakeVerbs] and "have" take
// with an in-phrase naming it: "has a 16.5% stake in Tarsen Oil", "holds a
// 25 percent share in".
var stakeNouns = map[string]bool{"stake": true, "stakes": true, "share": true}

// relatedFirms are the words before "company" that name a company related
// to the one named before them.
var relatedFirms = map[string]bool{
	"parent": true, "rival": true, "sister": true, "subsidiary": true, "partner": true, "daughter": true,
	"successor": true, "predecessor": true, "former": true, "new": true, "shell": true, "affiliate": true,
	"competitor": true, "competing": true, "holding": true, "spin-off": true, "spinoff": true,
}

// bodyTrades say what a body of [orgDescriptors] does or stands for,
// between its name and the descriptor: "the Islamic State militant
// group", "the Hells Angels biker gang", "the Sinaloa drug cartel".
var bodyTrades = map[string]bool{
	"militant": true, "terrorist": true, "terror": true, "jihadist": true, "islamist": true, "rebel": true,
	"insurgent": true, "separatist": true, "extremist": true, "paramilitary": true, "mercenary": true,
	"armed": true, "criminal": true, "crime": true, "drug": true, "biker": true, "motorcycle": true,
	"hacker": true, "hacking": true, "activist": true, "advocacy": true, "lobby": true, "opposition": true,
	"political": true, "far-right": true, "right-wing": true, "left-wing": true, "neo-nazi": true,
}

// sportWords name the sports whose teams and clubs a name with "team"
// or "club" after the sport may name ("the Boston Celtics basketball
// team").
var sportWords = map[string]bool{
	"football": true, "soccer": true, "basketball": true, "baseball": true, "hockey": true, "rugby": true,
	"cricket": true, "volleyball": true, "handball": true,
}

// leadingBodies are the bodies that decide for an organisation, after its
// name and an adjective: "the Labour Party central committee".
var leadingBodies = map[string]bool{"committee": true, "board": true, "council": true, "leadership": true}

// namedThing reports whether the argument's words from its head's end e
// to last are an of-phrase of capitalised words closed by a lower-case
// common noun: "the Budweiser Man of the Match award", "the Nobel Prize of
// the Year trophy". The phrase names a thing (award, trophy, cup) whose name
// holds a name, not the actor of that name. A role noun ("the Bank of
// England governor") is left to the officials' rule.
func namedThing(toks []nlp.Token, e, last int) bool {
	if e+2 >= last || !strings.EqualFold(toks[e].Text, "of") {
		return false
	}
	if e > 0 && roleNoun(strings.TrimSuffix(toks[e-1].Lower(), "s")) {
		return false // "Officials of the Polish government": people of an actor
	}
	n := toks[last-1]
	if isCap(n.Text) || n.Tag != "NN" && n.Tag != "NNS" || roleNoun(strings.TrimSuffix(n.Lower(), "s")) || orgDescriptors[n.Lower()] {
		return false // "Ann Lee of the Velmor charity": a body, no thing
	}
	capital := false
	for _, t := range toks[e+1 : last-1] {
		if !isCap(t.Text) && t.Tag != "DT" && !strings.EqualFold(t.Text, "of") {
			return false
		}
		capital = capital || isCap(t.Text)
	}
	// "informed Tom Wu of the decision": with no capitalised word, the
	// of-phrase names no thing after a name; it is the verb's.
	return capital
}

// seatPlaceName reports whether the "from" or "for" at k joins a
// capitalised seat noun to its place in a title written before a
// person's name: "United States Senator from Vermont Bernie Sanders
// endorsed", "Representative for Ohio Ann Lee": the title and the name
// are one head, the name's. Without a name after the place ("the Senator
// from Vermont") the preposition stays a boundary.
func seatPlaceName(toks []nlp.Token, k, last int, covered func(int) *mention) bool {
	if k == 0 || k+2 >= last || toks[k].Text != "from" && toks[k].Text != "for" ||
		!isCap(toks[k-1].Text) || !seatNouns[toks[k-1].Lower()] {
		return false
	}
	j := k + 1
	if strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	pl := covered(j)
	if pl == nil || pl.start != j || pl.ent == nil || pl.ent.typ != schema.GPE && pl.ent.typ != schema.Location || pl.end >= last {
		return false
	}
	p := covered(pl.end)
	return p != nil && p.start == pl.end && p.ent != nil && p.ent.typ == schema.Person && named(p)
}

// titledName returns the person named after a title of a holder that heads
// an argument ("CEO of the Refugee Council Ola Dahl", "Secretary of
// State Jon Kerr"): the head [b, e) is one role noun, then of, the
// holder's name and right after it a person's name. It returns nil
// otherwise. The role noun may follow capitalised words of its title
// ("Vice President of the United States Joe Biden", "Deputy Prime
// Minister of Italy Ann Lee").
func titledName(toks []nlp.Token, b, e int, covered func(int) *mention) *mention {
	if e <= b || e-b > 4 || !roleNoun(toks[e-1].Lower()) || e+2 >= len(toks) || toks[e].Text != "of" {
		return nil
	}
	if e-b > 1 && (formerWords[toks[b].Lower()] || seatOwnerWords[toks[b].Lower()]) {
		b++ // "former Vice President of the United States Joe Biden"
	}
	for k := b; k < e-1; k++ {
		if !isCap(toks[k].Text) || toks[k].Tag != "NNP" {
			return nil // "the senior minister of", not a title
		}
	}
	j := e + 1
	if strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	h := covered(j)
	if h == nil || h.start != j {
		return nil
	}
	p := covered(h.end)
	if p == nil || p.start != h.end || p.ent == nil || p.ent.typ != schema.Person || !named(p) {
		return nil
	}
	return p
}

// placeOfName returns the place named after "of" when the head [b, e)
// is a word for a kind of place ("the city of Kharkiv", "the port city of
// Mariupol", "the island of Yeonpyeong"), or nil: the argument is the
// place.
func placeOfName(toks []nlp.Token, b, e int, covered func(int) *mention) *mention {
	p := nameAfterOf(toks, b, e, covered, placeHeads)
	if p == nil {
		p = nameAfterOf(toks, b, e, covered, pluralPlaceHeads) // "the US states of Ohio and Iowa": the first, whose list goes on
	}
	if p == nil {
		// "the Norwegian capital of Oslo": a capital's name after "of",
		// where "the capital of Norway" names the state whose capital it is.
		if c := nameAfterOf(toks, b, e, covered, capitalHeads); c != nil && c.ent.gaz != nil && c.ent.gaz.capitalOf != "" {
			p = c
		}
	}
	if p == nil || p.ent.typ != schema.GPE && p.ent.typ != schema.Location {
		return nil
	}
	return p
}

// behalfHeads are the nouns of phrases that stand for the actor after
// "of": "ruled in favour of Apple", "spoke on behalf of the union",
// "testified in defence of Ann Lee". ("Support of" is an event noun's:
// see [eventNouns].)
var behalfHeads = map[string]bool{
	"favour": true, "favor": true, "behalf": true, "defence": true, "defense": true,
}

// bothChambers are the chambers of a legislature, which act as the
// legislature when "of" names it ("Both houses of the Nordic Parliament
// held a minute of silence").
var bothChambers = map[string]bool{"houses": true, "chambers": true}

// forceHeads are a state's armed forces, which stand for the state when
// "of" names it ("cooperation with the navy of Chile").
var forceHeads = map[string]bool{
	"navy": true, "navies": true, "army": true, "armies": true, "military": true, "militaries": true,
	"forces": true, "troops": true,
}

// nameAfterOf returns the named mention right after "of" when the head
// [b, e) of one or two lower-case words ends in one of heads, or nil.
func nameAfterOf(toks []nlp.Token, b, e int, covered func(int) *mention, heads map[string]bool) *mention {
	for b < e-1 && isCap(toks[b].Text) && toks[b].Tag == "JJ" {
		b++ // "the Swedish port city of Malmo": a state's adjective before the head
	}
	if e-b < 1 || e-b > 2 || e+1 >= len(toks) || toks[e].Text != "of" || !heads[toks[e-1].Lower()] || isCap(toks[e-1].Text) {
		return nil
	}
	j := e + 1
	if strings.EqualFold(toks[j].Text, "the") && j+1 < len(toks) {
		j++
	}
	p := covered(j)
	if p == nil || p.start != j || p.ent == nil || p.adj || !named(p) {
		return nil
	}
	return p
}

// fightersOfBody returns the organisation named right after "from" or
// "of" (past "the" and a creed's or trade's adjective) when the head [b,
// e) is a plural of [fighterNouns]: an armed body's fighters act for it,
// as "the Lund Front fighters" do ("Rebels from the Islamist Lund Front
// attacked", "gunmen of the Harbor Militia"); or nil. From a state or a
// place they only come from there ("rebels from Syria").
func fightersOfBody(toks []nlp.Token, b, e int, covered func(int) *mention) *mention {
	if e-b != 1 || e+1 >= len(toks) || !fighterNouns[toks[b].Lower()] {
		return nil
	}
	if w := toks[e].Lower(); w != "from" && w != "of" {
		return nil
	}
	j := e + 1
	if strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	for j < len(toks) && covered(j) == nil && toks[j].Tag == "JJ" {
		j++ // "the Islamist Lund Front"
	}
	if j >= len(toks) {
		return nil
	}
	m := covered(j)
	if m == nil || m.start != j || m.ent == nil || m.adj || m.possessive || !named(m) || m.ent.typ != schema.Organization {
		return nil
	}
	return m
}

// capitalHeads name a capital before "of" and its name.
var capitalHeads = map[string]bool{"capital": true}

// placeHeads are the words for kinds of places that "of" and a name
// follow ("the city of Kharkiv", "the US territory of Guam").
var placeHeads = map[string]bool{
	"port": true, "city": true, "town": true, "village": true, "province": true, "region": true,
	"district": true, "state": true, "island": true, "oblast": true,
	"territory": true, "commonwealth": true, "dependency": true,
}

// titleChainName returns the titled person whose name ends the argument
// [b, last) after capitalised words joined by of, for, and or the, as a
// title of several words is written ("United States Secretary of State
// Jon Kerr", "Minister of Foreign Affairs Ann Lee", "Minister for Work
// and Pensions Ann Lee", "Deputy Secretary of the Navy Ann Lee": the
// recognizer may give a rank-led title no titles), or nil. The head rule stops at
// "of" and would read the title's first words.
func titleChainName(toks []nlp.Token, b, last int, covered func(int) *mention) *mention {
	p := covered(last - 1)
	if p == nil || p.end != last || p.ent == nil || p.ent.typ != schema.Person || !named(p) || p.start-b < 3 {
		return nil
	}
	of := false
	for k, t := range toks[b:p.start] {
		switch {
		case t.Text == "of" || t.Text == "for" || t.Text == "from" && k > 0 && legislatorTitle(toks[b+k-1]):
			of = true // "former Senator from New York Ann Lee" too
		case t.Text == "the" || t.Text == "and" || isCap(t.Text):
		case k == 0 && (t.Tag == "IN" || t.Tag == "TO"):
			// "to the Governor of Ohio Ann Lee": a phrase's preposition
		case titleTimeWords[t.Lower()]:
			// "former Governor of Ohio Ann Lee"
		case roleNoun(t.Text) && k+1 < p.start-b && toks[b+k+1].Text == "of":
			// "incoming chair of the Oslo Council Tom Wu": a role noun
			// in lower case before its of-phrase
		default:
			return nil
		}
	}
	if !of {
		return nil
	}
	return p
}

// withAfterTimes reports whether x's last argument is a with-phrase with
// only times before it.
func withAfterTimes(x schema.Extraction) bool {
	n := len(x.Extra)
	if n == 0 || !strings.HasPrefix(strings.ToLower(x.Extra[n-1].Text), "with ") {
		return false
	}
	for _, e := range x.Extra[:n-1] {
		if e.Role != "time" {
			return false
		}
	}
	return true
}

// legislatorTitle reports whether t is a capitalised legislator's title
// that "from" and the place represented may follow ("Senator from Utah").
func legislatorTitle(t nlp.Token) bool {
	switch t.Text {
	case "Senator", "Representative", "Congressman", "Congresswoman", "Delegate", "Assemblyman", "Assemblywoman":
		return true
	}
	return false
}

// titleTimeWords are the lower-case words that date a title before it
// ("former Governor of Ohio Ann Lee").
var titleTimeWords = map[string]bool{
	"former": true, "then": true, "current": true, "outgoing": true, "incoming": true, "late": true,
}

// custodyVerbs are the verbs of [stayVerbs] that place their subject only
// in the passive, where the subject is the one held; "arrest" too ("police
// arrested a man in Leeds": where he was taken, which places no force).
var custodyVerbs = map[string]bool{"hold": true, "keep": true, "detain": true, "imprison": true, "arrest": true}

// stayVerbs place a person by their place argument. A meeting is not
// among them: "Tom Wu met Ann Lee in Oslo" tells where the meeting was,
// which news readers do not take as where he is.
var stayVerbs = map[string]bool{
	"be": true, "stay": true, "remain": true, "live": true, "reside": true, "station": true, "position": true,
	"base": true, "deploy": true, "hide": true, "work": true, "keep": true, "hold": true, "detain": true,
	"imprison": true, "settle": true, "oversee": true, "wait": true,
}

// platforms are the social networks that carry what actors write and
// post, by lower-case name.
var platforms = map[string]bool{
	"twitter": true, "facebook": true, "instagram": true, "youtube": true, "tiktok": true, "weibo": true,
	"wechat": true, "telegram": true, "linkedin": true, "reddit": true, "snapchat": true, "whatsapp": true,
	"parler": true, "truth social": true, "bluesky": true, "mastodon": true, "vkontakte": true, "tumblr": true,
	"threads": true,
}

// medium reports whether the phrase of preposition prep names e as the
// platform something was said or posted on ("wrote on Twitter", "said
// via Facebook"): a medium, not an actor acted on. The platform as the
// subject or object of a verb stays an actor ("Twitter banned Ann Lee").
func medium(prep string, e *docEntity) bool {
	return (prep == "on" || prep == "via" || prep == "through") && platform(e)
}

// powerNouns are the bare nouns of holding rule that an over-phrase's actor
// is held under ("claimed sovereignty over", "exercised control over").
var powerNouns = map[string]bool{"sovereignty": true, "control": true, "jurisdiction": true, "authority": true, "dominion": true}

// actorPreps are the prepositions whose argument, when it names an actor,
// [docState.prepositionalActor] makes the other end of the relation.
var actorPreps = map[string]bool{"to": true, "for": true, "against": true, "with": true}

// possessedUnit returns the mention of the body that a possessive, the
// body's name and a noun of [ownedNouns] name between tokens first and
// last, an amount at most after the noun ("Bank of Norland's Halvik
// Securities unit £35m"), or nil: the unit, not its owner, is the
// argument's actor.
func possessedUnit(toks []nlp.Token, first, last int, covered func(int) *mention) *mention {
	for j := first + 2; j < last; j++ {
		if !ownedNouns[toks[j].Lower()] {
			continue
		}
		for _, t := range toks[j+1 : last] {
			if t.Tag != "CD" && t.Tag != "$" {
				return nil
			}
		}
		m := covered(j - 1)
		if m == nil || m.end != j || m.start <= first || toks[m.start-1].Tag != "POS" || !named(m) || m.ent == nil ||
			m.ent.typ != schema.Organization {
			return nil
		}
		return m
	}
	return nil
}

// ownForceNouns are the armed people and craft of a body or a state after
// "its" or "their", which act for it ([docState.argument]).
var ownForceNouns = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "fighters": true, "warplanes": true, "jets": true, "drones": true,
}

// workingUnits name an unnamed working part of a body after its name
// ("the Oslo Police traffic unit", "the Halvik Bank fraud department").
var workingUnits = map[string]bool{
	"department": true, "unit": true, "division": true, "branch": true, "squad": true, "wing": true, "section": true,
}

// bodyUnit returns the organisation named at the start of an argument
// (after "the") that ends in a lower-case word for one of its units and
// at most four tokens of the unit's field between (a hyphenated word is three) ("the Metropolitan Police
// Anti-Terrorist department", "the Oslo Police traffic unit"): the unit
// acts for the body, which the text does not name apart. It returns nil
// for anything else.
func bodyUnit(toks []nlp.Token, first, last int, covered func(int) *mention) *mention {
	k := first
	if k < last && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	m := covered(k)
	if m == nil || m.start != k || !named(m) || m.ent == nil || m.ent.typ != schema.Organization || m.adj || m.possessive ||
		last-1 <= m.end-1 || last-1-m.end > 4 {
		return nil
	}
	if t := toks[last-1]; !workingUnits[t.Text] || covered(last-1) != nil {
		return nil
	}
	for j := m.end; j < last-1; j++ {
		if c := covered(j); c != nil && c.ent != nil || toks[j].Text == "of" || !strings.HasPrefix(toks[j].Tag, "NN") && !strings.HasPrefix(toks[j].Tag, "JJ") && toks[j].Text != "-" {
			return nil
		}
	}
	return m
}

// vesselNouns are the craft a state's or a body's force sails in: an act
// on "Swedish vessels" or by "Halvik Coast Guard ships" is one on or by
// their owner.
var vesselNouns = map[string]bool{
	"vessel": true, "vessels": true, "ship": true, "ships": true, "boat": true, "boats": true,
	"warship": true, "warships": true,
}

// vesselActs are the words of the hostile acts at sea whose craft stand
// for their owner: "fired at Swedish vessels", "Halvik Coast Guard ships
// blocked"; not "bought Swedish boats".
var vesselActs = map[string]bool{
	"fired": true, "fires": true, "fire": true, "firing": true, "attacked": true, "attacks": true, "attacking": true,
	"blocked": true, "blocks": true, "block": true, "blocking": true, "rammed": true, "rams": true, "ramming": true,
	"shadowed": true, "shadow": true, "shadowing": true, "harassed": true, "harass": true, "harassing": true,
	"seized": true, "seize": true, "boarded": true, "intercepted": true, "intercept": true, "sank": true,
	"sunk": true, "targeted": true, "target": true, "cannoned": true, "chased": true, "chase": true,
}

// vesselOwner returns the mention that owns the craft an argument ends
// in (the noun at token k, one of [vesselNouns]), or nil: a state's
// adjective or an organisation's name before the noun, after at most a
// determiner or a number and with only lower-case nouns or adjectives
// between ("two Swedish supply boats", "three Halvik Coast Guard
// vessels"). A state's name ("Norway ships") or a person's is no owner.
func vesselOwner(toks []nlp.Token, ms []*mention, first, k int, covered func(int) *mention) *mention {
	j := k
	for j > first && !isCap(toks[j-1].Text) && (strings.HasPrefix(toks[j-1].Tag, "NN") || toks[j-1].Tag == "JJ") {
		j-- // "supply", "coast guard" in lower case
	}
	var owner *mention
	if m := covered(j - 1); m != nil && m.end == j && named(m) && m.ent != nil && m.ent.typ == schema.Organization && !m.possessive {
		owner = m
	}
	if owner == nil {
		for _, m := range ms {
			if m.adj && m.end == j && m.ent != nil && m.ent.typ == schema.GPE {
				owner = m
			}
		}
	}
	if owner == nil {
		return nil
	}
	for i := first; i < owner.start; i++ {
		if w := toks[i].Lower(); w != "the" && w != "a" && toks[i].Tag != "CD" && toks[i].Tag != "DT" {
			return nil
		}
	}
	return owner
}

// stateForms are the heads of a state's formal name: "the Republic of
// Guinea", "the Kingdom of Norway", "the Sultanate of Oman".
var stateForms = map[string]bool{
	"Republic": true, "Kingdom": true, "State": true, "Sultanate": true, "Emirate": true, "Principality": true,
	"Federation": true, "Commonwealth": true,
}

// formalStateName returns the mention of the state that tokens [first,
// last) name by its formal name, a head of [stateForms], "of" and the
// country's own name to the end ("the Republic of Guinea", "the Islamic
// Republic of Iran"), which the gazetteer may not know; or nil.
func formalStateName(toks []nlp.Token, first, last int, covered func(int) *mention) *mention {
	free := func(i int) bool { // no actor's name: "Republic" alone resolves to no one
		c := covered(i)
		return c == nil || c.ent == nil || c.start == i && c.end == i+1 && !actorEntity(c.ent)
	}
	k := first
	if k < last && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	for n := 0; n < 2 && k+1 < last && isCap(toks[k].Text) && !stateForms[toks[k].Text] && free(k); n++ {
		k++ // "the Islamic Republic", "the Federal Democratic Republic"
	}
	if k+2 >= last || !stateForms[toks[k].Text] || toks[k+1].Text != "of" || !free(k) {
		return nil
	}
	m := covered(k + 2)
	if m == nil || m.start != k+2 || m.end != last || m.ent == nil || m.ent.typ != schema.GPE || m.adj || m.possessive {
		return nil
	}
	return m
}
