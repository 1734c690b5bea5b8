package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// A placeKind is the kind of place a descriptive noun names.
type placeKind byte

const (
	// aCountry is a sovereign state: "the country", "this nation".
	aCountry placeKind = iota + 1
	// aTown is a settlement: "the city", "the town". "The capital" is left
	// out: it is the capital of the country at hand, not the latest town.
	aTown
	// anArea is a part of a country: "the island", "the state". "The
	// region" is left out: news uses it for the area around anything ("in
	// the region").
	anArea
)

// placeDescs are the nouns of definite descriptions of places ("the city",
// "this country") and the kind of place each names.
var placeDescs = newWordMap(map[string]placeKind{
	"country": aCountry, "nation": aCountry,
	"city": aTown, "town": aTown, "village": aTown, "municipality": aTown,
	"province": anArea, "island": anArea, "state": anArea, "neighborhood": anArea, "neighbourhood": anArea,
	"commonwealth": anArea, "territory": anArea, "county": anArea,
})

// regionDescs are the nouns of [placeDescs] that name a state's first
// division or a dependency ("the commonwealth" for Puerto Rico, "the
// territory" for American Samoa), never a town nor a place without a government (the Gulf of
// Mexico): "the state" after Ohio is no town the report
// named since ("Moscow", "Sydney"), and a region named before it in its
// own sentence or the sentence before is the one it means ("Trump visited
// California to discuss the wildfires in the state"), not the one the
// report names most.
var regionDescs = map[string]bool{"state": true, "province": true, "commonwealth": true, "territory": true}

// describes reports whether the description with head noun head may name
// e: a place of the kind the noun names, or an actor whose descriptor
// nouns hold it ("the alliance" for NATO, "the party" for the
// Conservative Party, "the minister" for a person titled Foreign
// Minister).
func describes(head string, e *docEntity) bool {
	k := placeDescs.at(head)
	if k == 0 {
		// The type is tested before the look-ups of head: most
		// candidates are no organisation, and company is false for one
		// of the gazetteer's.
		return e.desc[head] || e.typ == schema.Organization && e.gaz == nil && (companyNouns[head] || clubDescs[head]) && company(e) ||
			tradeDescs[head] && tradeOf(head, e) ||
			head == "chamber" && e.typ == schema.Organization && legislatureHeads[strings.ToLower(e.name[strings.LastIndexByte(e.name, ' ')+1:])] ||
			head == "parliament" && e.typ == schema.Organization && parliamentHeads[strings.ToLower(e.name[strings.LastIndexByte(e.name, ' ')+1:])] ||
			e.typ == schema.Organization && leaderGovDescs[head] && strings.HasSuffix(e.name, " "+head) ||
			head == "service" && fireBody(e) ||
			head == "group" && ensemble(e)
	}
	if e.typ != schema.GPE && e.typ != schema.Location {
		return false
	}
	country := e.typ == schema.GPE && e.gaz != nil && e.gaz.in == "" && e.gaz.capitalOf == ""
	switch k {
	case aCountry:
		return country
	case aTown:
		// "the city's mayor" after "Providence, Rhode Island": a state or
		// province the gazetteer knows is no town.
		return e.typ == schema.GPE && !country && (e.gaz == nil || !e.gaz.region)
	}
	return !country && !(regionDescs[head] && (e.typ != schema.GPE || e.gaz.town()))
}

// ensembleDescs are the descriptor nouns of a band of musicians, which "the
// group" names as well: "the band Velvet Crows ... joined the group".
var ensembleDescs = []string{"band", "duo", "trio", "quartet", "quintet"}

// ensemble reports whether e is an organisation described as a band of
// musicians ([ensembleDescs]).
func ensemble(e *docEntity) bool {
	return e.typ == schema.Organization && slices.ContainsFunc(ensembleDescs, func(w string) bool { return e.desc[w] })
}

// fireBody reports whether e is a fire service named otherwise ("Velby
// Fire Brigade", "Velby Fire and Rescue"), which "the fire service" and
// "a fire service spokesman" describe.
func fireBody(e *docEntity) bool {
	f := strings.Fields(strings.ToLower(e.name))
	n := len(f)
	return e.typ == schema.Organization && n > 1 && slices.Contains(f[:n-1], "fire") && (f[n-1] == "brigade" || f[n-1] == "rescue")
}

// legislatureHeads end the names of the legislatures and houses that "the
// chamber" describes: "the Maryland General Assembly ... speaker of the
// chamber".
var legislatureHeads = map[string]bool{
	"assembly": true, "parliament": true, "senate": true, "house": true, "legislature": true,
	"representatives": true, "commons": true, "lords": true, "duma": true, "council": true,
}

// parliamentHeads end the names of a state's whole legislature, which
// "the parliament" describes: "the Halvik National Assembly ... speaker of
// the parliament". A senate or a house is one chamber of it, a council a
// town's.
var parliamentHeads = map[string]bool{
	"assembly": true, "parliament": true, "legislature": true, "duma": true, "knesset": true, "majlis": true,
}

// leaderGovDescs are the nouns that, alone after "the", take up a
// government named by its leader ([Resolver.leaderBodies]): "the Trump
// administration ... the administration". The noun must end the name in
// lower case, as a leader's government is written.
var leaderGovDescs = map[string]bool{"administration": true}

// genericDescs are the nouns that describe any organisation: "the
// organization" names no kind, so the most recent organisation is only a
// guess.
var genericDescs = map[string]bool{"organization": true, "organisation": true}

// described returns the entity a definite description with head noun head
// in sentence si names: the most recent entity it [describes], but for a
// noun that describes any organisation, or a town or an area ("the city",
// "this town", "the island"), or a state ("the country") when none is
// named before it in its sentence, the most recent area whose name ends
// with the noun ("the island" after Busuanga Island), else the one
// mentioned most so far, the topic of the
// report ("a management building for the organization" after the Sea Org,
// in a report on Scientology; "the city" of a guide to Tulsa after "the
// Northeast" or Teterboro), the most recent on a tie. "The government"
// with no government named before is the government of the document's
// state ([docState.homeGovernment]).
//
// A description after a quotation in its sentence names first an actor
// named before the quotation, not one the quotation names ("Halvik
// cheated us," said the company's chief executive): the speaker's side.
// Token at of sentence si is the description's head.
//
// A speaker's label in an interview ("((WN))") is no actor a description
// names: "the firm" after "((WN)) Tell us about your firm" is not
// Wikinews ([docState.labelOnly]).
func (d *docState) described(si, at int, head string) *docEntity {
	toks := d.input[si].Tokens
	national := head == "government" && slices.ContainsFunc(toks[max(0, at-2):min(at+3, len(toks))], func(t nlp.Token) bool { return wholeGovernment[t.Text] })
	fits := func(e *docEntity) bool {
		return describes(head, e) && !d.labelOnly(e) && (placeDescs.at(head) != aTown || !d.r.compassOfState(e)) &&
			!(national && localGovernment(e.name)) // "the federal government" is no "Velmor State Government"
	}
	if own := d.possessorBody(si, at, head, fits); own != nil {
		return own
	}
	if !inQuotes(d.qs, si, at) {
		unquoted := func(e *docEntity) bool { return fits(e) && !d.quotedBefore(e.last, si, at) }
		if e := d.describedBy(si, head, unquoted); e != nil {
			return e
		}
	}
	return d.describedBy(si, head, fits)
}

// possessorBody returns the body that "the organization's" at token at
// (the article or the noun) of sentence si names when a title follows:
// the one organisation that passes fits named before it in its sentence
// ("According to the Halvik Relief Committee, the town faces a crisis,
// the organization's president said"), whose officer speaks for it, not
// the report's topic. It returns nil for another noun, for no
// possessive, and when none or two bodies are named before: without the
// possessive the noun may name another ("The Sea Org requires members to
// work for the organization founded by L. Ron Hubbard": Scientology).
func (d *docState) possessorBody(si, at int, head string, fits func(*docEntity) bool) *docEntity {
	toks := d.input[si].Tokens
	if !genericDescs[head] || si >= len(d.sents) {
		return nil
	}
	h := at
	if h < len(toks) && toks[h].Lower() != head {
		h++ // the article
	}
	if h+2 >= len(toks) || toks[h].Lower() != head || toks[h+1].Tag != "POS" || d.r.g.titles[normKey(toks[h+2].Text)] == nil && !roleNoun(toks[h+2].Lower()) {
		return nil
	}
	var own *docEntity
	for _, m := range d.sents[si] {
		if m.end > at || m.ent == nil || m.ent == own || m.ent.typ != schema.Organization || !fits(m.ent) || inQuotes(d.qs, si, m.start) != inQuotes(d.qs, si, at) {
			continue
		}
		if own != nil {
			return nil
		}
		own = m.ent
	}
	return own
}

// localGovernment reports whether name is a government's below a state's
// whole one, a capitalised word of [localBodyLevels] in it ("the Labor
// State Government", "Oslo City Government").
func localGovernment(name string) bool {
	return slices.ContainsFunc(strings.Fields(name), func(w string) bool { return isCap(w) && localBodyLevels[strings.ToLower(w)] })
}

// compassOfState reports whether e is named by a compass word and a
// sovereign state's name ("South Yemen", "Northern Cyprus"): a part of
// the state or a state of its own, never a town ([compassPlace]), so "the
// city" is not it.
func (r *Resolver) compassOfState(e *docEntity) bool {
	f := strings.SplitN(e.name, " ", 2)
	return len(f) == 2 && compassHeads[f[0]] && r.sovereign(r.g.entries[normKey(f[1])])
}

// presidentsAdministration returns the administration of the one
// president the document names, at least three times, for "the
// administration" with none of it named before ("deals the
// administration brokered" in a report on Trump's term): the "Trump
// administration", which it creates. It returns nil when the document
// names no such president, or two.
func (d *docState) presidentsAdministration() *docEntity {
	p, two := d.only(schema.Person, func(e *docEntity) bool {
		return e.desc["president"] && !e.desc["vice president"] && !e.desc["former president"]
	})
	if p == nil || two || p.n < 3 {
		return nil
	}
	name := p.name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	name += " administration"
	if e := d.byKey[normKey(name)]; e != nil {
		return e
	}
	return d.create(name, &mention{typ: schema.Organization})
}

// outranked reports whether the leader who names government g ("Obama"
// in "Obama administration") is a person the document has so far named
// far less often than another: "the administration" of a report on
// Trump's term is his, not the Obama administration Trump blamed once.
// A leader the document names by no person of its own is not outranked.
func (d *docState) outranked(g *docEntity) bool {
	i := strings.LastIndexByte(g.name, ' ')
	if i < 0 {
		return false
	}
	leader := g.name[:i]
	var own *docEntity
	most := 0
	for _, e := range d.ents {
		if e.typ != schema.Person {
			continue
		}
		if e.name == leader || strings.HasSuffix(e.name, " "+leader) {
			own = e
		} else {
			most = max(most, e.n)
		}
	}
	return own != nil && most >= 4*max(own.n, 1)
}

// quotedBefore reports whether position p lies inside a quotation that
// closes in sentence si before token at.
func (d *docState) quotedBefore(p pos, si, at int) bool {
	for _, q := range d.qs {
		if q.to == si && q.end <= at && inQuotes([]quote{q}, p.sent, p.tok) {
			return true
		}
	}
	return false
}

// describedBy is [docState.described] for the actors that pass ok.
func (d *docState) describedBy(si int, head string, ok func(*docEntity) bool) *docEntity {
	if head == "government" {
		if e := d.recent(ok); e != nil {
			return e
		}
		return d.homeGovernment()
	}
	if head == "opposition" {
		e := d.recent(ok)
		if e == nil {
			e = d.homeOpposition()
		}
		e.mentions[si] = true // "opposition leader Tom Wu" names it in no mention of its own
		return e
	}
	if !genericDescs[head] && placeDescs.at(head) != aTown && placeDescs.at(head) != anArea {
		e := d.recent(ok)
		if e != nil && e.last.sent != si {
			e = d.topicOfTie(e, ok)
		}
		if e != nil && head == "president" && !d.leadsState(e) {
			// "IOC president Thomas Bach said ... Viktor Lukashenko, the
			// president's son,": the bare title is the head of state's
			// when the report names one, not a body's president.
			if h := d.recent(func(x *docEntity) bool { return x != e && ok(x) && d.leadsState(x) }); h != nil {
				e = h
			}
		}
		if leaderGovDescs[head] && (e == nil || d.outranked(e)) {
			return d.presidentsAdministration()
		}
		if placeDescs.at(head) != aCountry || e == nil || e.last.sent == si {
			return e
		}
		// "the country" with no state named before it in its sentence
		// is the state its paragraph is about, else the one the report
		// is about: a statement on New Zealand's first case says "the
		// individual had spent weeks in Iran" and then "upon their
		// return to the country".
		if e := d.paragraphState(si, ok); e != nil {
			return e
		}
	}
	if regionDescs[head] {
		// "the territory's delegates" two sentences after Guam is named
		// is Guam, not the state the report names most.
		if e := d.recent(ok); e != nil && e.last.sent >= si-2 {
			return e
		}
	}
	if placeDescs.at(head) == anArea {
		// "the island" after "Busuanga Island": the place whose name
		// ends with the noun, not the town the guide is about. A
		// town's is no kind: "the city" after Oklahoma City is still
		// the guide's Tulsa.
		named := d.recent(func(e *docEntity) bool {
			i := strings.LastIndexByte(e.name, ' ')
			return i > 0 && strings.EqualFold(e.name[i+1:], head) && ok(e)
		})
		if named != nil {
			return named
		}
	}
	weight := func(e *docEntity) int { return e.n }
	if placeDescs.at(head) == aCountry {
		weight = d.countryWeight
	}
	var best *docEntity
	bw := 0
	for _, e := range d.ents {
		if !ok(e) {
			continue
		}
		if w := weight(e); best == nil || w > bw || w == bw && best.last.less(e.last) {
			best, bw = e, w
		}
	}
	return best
}

// paragraphState returns the state of those that pass ok that sentence
// si's paragraph so far names most often, by its name or a place the
// gazetteer puts in it ("Sacoolas left the UK ... She left the
// country" of a report that names the United States more often), else the
// one the paragraph before names most, the report's topic on a tie. It
// returns nil when neither paragraph names a state.
func (d *docState) paragraphState(si int, ok func(*docEntity) bool) *docEntity {
	start := d.paragraphStart(si)
	weights := func(from, to int) map[*docEntity]int {
		w := map[*docEntity]int{}
		for j := from; j <= to && j < len(d.sents); j++ {
			for _, c := range d.sents[j] {
				if c.ent == nil || c.adj || !isPlace(c.ent) {
					continue
				}
				if ok(c.ent) {
					w[c.ent]++
					continue
				}
				for _, e := range d.ents {
					if ok(e) && d.r.within(c.ent, e.name) {
						w[e]++
					}
				}
			}
		}
		return w
	}
	w := weights(start, si)
	if len(w) == 0 && start > 0 {
		w = weights(d.paragraphStart(start-1), start-1)
	}
	var best *docEntity
	for e, n := range w {
		if best == nil || n > w[best] || n == w[best] && d.countryWeight(e) > d.countryWeight(best) ||
			n == w[best] && d.countryWeight(e) == d.countryWeight(best) && best.last.less(e.last) {
			best = e
		}
	}
	return best
}

// leadsState reports whether a fact so far has person e lead a state.
func (d *docState) leadsState(e *docEntity) bool {
	for _, f := range d.facts {
		if f.subj == e && f.Lemma == schema.Lead && f.obj != nil && f.obj.typ == schema.GPE && !f.Negated {
			return true
		}
	}
	return false
}

// paragraphStart returns the index of the sentence that opens the
// paragraph of sentence si ([nlp.Sentence.Paragraph]), or 0.
func (d *docState) paragraphStart(si int) int {
	for si > 0 && !d.input[si].Paragraph {
		si--
	}
	return si
}

// countryWeight returns how much the report so far is about the state e:
// its mentions and those of the regions the gazetteer puts in it ("the
// nation" of a report on a campaign in Ohio, Texas and Iowa that names
// Russia more often than the United States is the United States).
func (d *docState) countryWeight(e *docEntity) int {
	w := e.n
	for _, x := range d.ents {
		if x.typ == schema.GPE && x.gaz != nil && x.gaz.region && x.gaz.in == e.name {
			w += x.n
		}
	}
	return w
}

// topicOfTie returns, of e, the most recent entity that passes ok, and
// the one before it when both were last mentioned in the same sentence,
// the one mentioned in more sentences so far: a description after a
// sentence that names two bodies it fits takes up the report's topic
// ("AOL's profit rose, Time Warner said. The company ..." is Time Warner
// when the report is about it); when both are named in as many sentences,
// the most recent but for one last named as the other's part ("Halvik
// Motors said it would cut jobs at its division, Darrowen. ... the
// company's vice president": the firm, not its division, [partApposed]). A body named
// once, as what a description of its kind is ("The only court above it is
// the Halvik High Court"), gives way to one named more often up to the
// sentence before: "The court had been petitioned by ..." is the court the
// report is about ([docState.copulaNamed]).
func (d *docState) topicOfTie(e *docEntity, ok func(*docEntity) bool) *docEntity {
	o := d.recent(func(x *docEntity) bool { return x != e && ok(x) })
	if o != nil && o.last.sent == e.last.sent && (len(o.mentions) > len(e.mentions) || len(o.mentions) == len(e.mentions) && d.partOfLast(e)) {
		return o
	}
	if o != nil && e.n == 1 && o.last.sent >= e.last.sent-1 && o.n >= 2 && d.copulaNamed(e) {
		return o
	}
	return e
}

// partOfLast reports whether e's last mention is in apposition to a
// possessive and a noun for a part of a business ("its European division,
// Opel"): a part of the body the possessive takes up.
func (d *docState) partOfLast(e *docEntity) bool {
	if e.last.sent < 0 || e.last.sent >= len(d.sents) {
		return false
	}
	for _, m := range d.sents[e.last.sent] {
		if m.ent == e && m.start == e.last.tok {
			return partApposed(d.input[e.last.sent].Tokens, m.start, m.end)
		}
	}
	return false
}

// copulaNamed reports whether e's one mention opens the complement of a
// copula whose subject is a description of the same kind ("The only court
// above it is the Halvik High Court"): a body brought in to compare with
// the one the report is about.
func (d *docState) copulaNamed(e *docEntity) bool {
	if e.n != 1 || e.last.sent >= len(d.input) {
		return false
	}
	toks := d.input[e.last.sent].Tokens
	k := e.last.tok
	if k > 0 && toks[k-1].Lower() == "the" {
		k--
	}
	if k < 2 || !beForms[toks[k-1].Lower()] {
		return false
	}
	f := strings.Fields(strings.ToLower(e.name))
	head := f[len(f)-1]
	for _, t := range toks[:k-1] {
		if t.Text == head {
			return true // "The only court above it is": the same kind, in lower case
		}
	}
	return false
}

// headOf returns the organisation a capitalised head noun after "the"
// names ("the Church" after the Church of Scientology, "the Court" after
// the Supreme Court, "The Union" after the Union of Rationalist Atheists
// and Agnostics): the most recent organisation with a longer name headed
// by that word, a public body's noun. It returns nil for anything else.
func (d *docState) headOf(si int, m *mention) *docEntity {
	toks := d.input[si].Tokens
	if m.end-m.start != 1 || m.start == 0 || !strings.EqualFold(toks[m.start-1].Text, "the") {
		return nil
	}
	w := toks[m.start].Lower()
	if !publicHeads[w] {
		return nil // "the House" after the White House is another house
	}
	return d.recent(func(e *docEntity) bool {
		return e.typ == schema.Organization && strings.Contains(e.name, " ") && orgHead(e.name) == w
	})
}

// orgHead returns the head noun of an organisation's name, in lower case:
// the word before "of", "on" or "for" ("Church of Scientology", "Committee
// on Farms", "Institute for Health Metrics"), else the last word ("Supreme
// Court").
func orgHead(name string) string {
	var fArr [16]string
	f := lowerFields(fArr[:0], name)
	for i, w := range f {
		if (w == "of" || w == "on" || w == "for") && i > 0 {
			return f[i-1]
		}
	}
	return f[len(f)-1]
}

// titleDescs returns the descriptor nouns a title gives its holder: the
// title and its last word ("foreign minister", "minister"), but only the
// title when a deputy's word opens it: a vice president is not "the
// president", nor a deputy mayor "the mayor".
func titleDescs(t *title) []string {
	low := strings.ToLower(t.name)
	var out []string
	if first, _, _ := strings.Cut(low, " "); deputyWords[first] {
		out = []string{low}
	} else if i := strings.LastIndexByte(low, ' '); i >= 0 {
		out = []string{low, low[i+1:]}
	} else {
		out = []string{low}
	}
	// "Prime Minister Ann Lee ... the PM", "Deputy PM Tom Wu ... the
	// deputy prime minister": the abbreviation and the words are one title.
	for long, short := range titleAbbrevs {
		if a, ok := strings.CutSuffix(low, long); ok && (a == "" || strings.HasSuffix(a, " ")) {
			out = append(out, a+short)
		} else if a, ok := strings.CutSuffix(low, short); ok && (a == "" || strings.HasSuffix(a, " ")) {
			out = append(out, a+long)
		}
	}
	return out
}

// titleAbbrevs are the abbreviations news writes for a title, lower case.
var titleAbbrevs = map[string]string{"prime minister": "pm"}

// phraseTitle returns the one title that phrase, the words of a role
// fact ("'s president ,", ", the foreign minister of"), holds before any
// preposition, or nil when it holds none or two ("an adviser to the
// president" names another's title).
func (r *Resolver) phraseTitle(phrase string) *title {
	f := strings.Fields(phrase)
	var found *title
	for i := 0; i < len(f); i++ {
		switch f[i] {
		case "to", "for", "of", "with", "by", "at", "in", "from":
			return found
		}
		t := r.g.titles[normKey(f[i])]
		if i+1 < len(f) {
			if two, ok := r.g.titles[normKey(f[i]+" "+f[i+1])]; ok {
				t = two
				i++
			}
		}
		if t == nil {
			continue
		}
		if found != nil && found != t {
			return nil
		}
		found = t
	}
	return found
}

// companyNouns describe a business: "the company", "the firm".
var companyNouns = map[string]bool{"company": true, "firm": true}

// tradeDescs describe a maker by what it makes: "Toyota ... the
// carmaker", "the Japanese carmaker" ([tradeOf]). Nouns that the names
// of their trade hold ("the airline" of Norden Airlines, "the bank") are
// left to the names and to what the text says of them.
var tradeDescs = map[string]bool{
	"carmaker": true, "automaker": true, "drugmaker": true, "chipmaker": true, "steelmaker": true,
	"planemaker": true,
}

// tradeOf reports whether the noun of a trade ([tradeDescs]) may describe
// e: a company of the gazetteer that no other trade's noun describes
// (Pfizer, a drugmaker, is no carmaker). A company the gazetteer does not
// know takes the noun only from the text ("German carmaker Halvik").
func tradeOf(head string, e *docEntity) bool {
	if e.typ != schema.Organization || e.gaz == nil || !e.desc["company"] {
		return false
	}
	for w := range tradeDescs {
		if w != head && e.desc[w] {
			return false
		}
	}
	return true
}

// nameKinds are the nouns that describe an organisation by the last word
// of its name: "the network" or "the broadcaster" is Halvik TV, "the
// group" the Islamic Front, "the paper" the Norden Post, "the embassy"
// and "the office" the Swedish Embassy. Nouns that also name places or
// errands ("the station", "the mission") are left out.
var nameKinds = map[string][]string{
	"tv": broadcasters, "television": broadcasters, "radio": broadcasters, "broadcasting": broadcasters,
	"front": {"group"}, "movement": {"group"}, "brigade": {"group"}, "brigades": {"group"}, "militia": {"group"},
	"faction": {"group"},
	"times":   newspapers, "post": newspapers, "herald": newspapers, "gazette": newspapers, "tribune": newspapers,
	"journal": newspapers, "daily": newspapers,
	"embassy": {"embassy", "office"}, "consulate": {"consulate", "office"},
	"tribunal": {"court"}, "bureau": {"agency", "office"},
	// "the agency" or "the regulator" after the National Highway Traffic
	// Safety Administration or the Financial Conduct Authority.
	"administration": {"agency", "regulator"}, "authority": {"agency", "regulator", "watchdog"},
	"commission": {"regulator", "watchdog"}, "agency": {"regulator", "watchdog"},
	"airways": {"airline"},
}

var (
	broadcasters = []string{"network", "broadcaster", "channel"}
	newspapers   = []string{"newspaper", "paper", "publication"}
)

// clubDescs describe a sports club, which the gazetteer does not list and
// whose name says no more than a business's does: "the club" after
// "Manchester United".
var clubDescs = map[string]bool{"club": true}

// publicHeads are words of organisations' names that are no business
// ("Labour Party", "Peruvian Ministry of Transport").
var publicHeads = map[string]bool{
	"party": true, "ministry": true, "department": true, "university": true, "college": true, "school": true,
	"council": true, "committee": true, "commission": true, "court": true, "army": true, "navy": true,
	"force": true, "forces": true, "agency": true, "government": true, "parliament": true, "assembly": true,
	"union": true, "church": true, "association": true, "federation": true, "foundation": true,
	"institute": true, "office": true, "police": true, "league": true, "congress": true, "senate": true,
	"service": true, "museum": true, "hospital": true, "organization": true, "organisation": true,
}

// company reports whether e may be a business: an organisation the
// gazetteer does not know (it lists public bodies, alliances and armies)
// whose name has no public body's word.
func company(e *docEntity) bool {
	if e.typ != schema.Organization || e.gaz != nil {
		return false
	}
	for _, w := range nameWords(e.name) {
		if publicHeads[w] {
			return false
		}
	}
	return true
}

// ofAnother reports whether the description m of sentence si names, after
// "of", a state or a body ("the president of Sweden", "the leader of the
// Harbor Party") that e, the person it would resolve to, is tied to by no
// fact so far: such a description is another holder of the title, not e
// ("President Tom Wu of Norway ... The president of Sweden said"). cur
// are the sentence's mentions, those after m not resolved yet.
//
// A team, a squad or a crew described as "from" or "of" a place or a body
// is another one in the same way ("the Oslo team ... The team from Bergen
// University"), unless its name holds that place or body.
func (d *docState) ofAnother(si int, m *mention, e *docEntity, cur []*mention) bool {
	toks := d.input[si].Tokens
	if e == nil || m.end+1 >= len(toks) {
		return false
	}
	switch {
	case e.typ == schema.Person && toks[m.end].Lower() == "of":
	case (e.typ == schema.Organization || e.typ == schema.Group) && collectiveHeads[m.head] &&
		(toks[m.end].Lower() == "of" || toks[m.end].Lower() == "from"):
	default:
		return false
	}
	at := m.end + 1
	if toks[at].Lower() == "the" {
		at++
	}
	var of *mention
	for _, c := range cur {
		// An acronym after a team's "from" has no type of its own yet:
		// "the team from BU".
		if c.start == at && c.kind != mPronoun && (c.typ == schema.GPE || c.typ == schema.Organization || e.typ != schema.Person && c.typ != schema.Person) {
			of = c
		}
	}
	if of == nil {
		return false
	}
	key := normKey(of.name)
	if e.typ != schema.Person {
		if strings.Contains(normKey(e.name), key) {
			return false // "the Halvik team ... the team from Halvik"
		}
		for a := range e.aliases {
			if strings.Contains(normKey(a), key) {
				return false
			}
		}
	}
	for _, f := range d.facts {
		if f.subj != e || f.obj == nil {
			continue
		}
		if normKey(f.obj.name) == key {
			return false
		}
		for a := range f.obj.aliases {
			if normKey(a) == key {
				return false
			}
		}
	}
	return true
}

// incumbent returns the person that "the incumbent", mention m of sentence
// si, takes up: the last person named before it with a title that leads a
// state or body ("US President Donald Trump"), not a former holder
// ("former Vice-President Joe Biden"); else nil.
func (d *docState) incumbent(si int, m *mention) *docEntity {
	var best *docEntity
	for i := 0; i <= si && i < len(d.sents); i++ {
		toks := d.input[i].Tokens
		for _, c := range d.sents[i] {
			if i == si && c.start >= m.start || c.ent == nil || c.ent.typ != schema.Person ||
				!slices.ContainsFunc(c.titles, func(t *title) bool { return t.lead }) {
				continue
			}
			if formerHolder(toks, c) {
				continue
			}
			best = c.ent
		}
	}
	return best
}

// formerHolder reports whether "former", "then" or an "ex-" word stands in
// mention c of toks or before it, past the capitalised words of its titles
// ("former US Vice-President Joe Biden").
func formerHolder(toks []nlp.Token, c *mention) bool {
	k := c.start - 1
	for n := 0; k >= 0 && n < 4 && isCap(toks[k].Text) && toks[k].Tag != "POS"; n++ {
		k--
	}
	return slices.ContainsFunc(toks[max(k, 0):c.end], func(t nlp.Token) bool {
		w := t.Lower()
		return w == "former" || w == "then" || strings.HasPrefix(w, "ex-")
	})
}
