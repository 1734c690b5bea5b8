package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Names that no list knows are taken for persons' names (entity/mention.go).
// The words around some of them say otherwise; these tests read those words.

// unknownName reports whether m, a mention of sentence s, names its
// entity only by words that no list knows and that begin with no given
// name, so that it was taken for a person's name for want of another type
// ("Civic Passion", "People Power"), and is no modifier of a noun after it.
func unknownName(d *docState, s nlp.Sentence, m *mention) bool {
	if m.end < len(s.Tokens) && (s.Tokens[m.end].Tag == "NN" || s.Tokens[m.end].Tag == "NNS") {
		return false // "the Social Welfare constituency": a modifier
	}
	f := strings.Fields(m.ent.name)
	return m.ent.typ == schema.Person && m.kind == mName && m.ent.gaz == nil && len(m.titles) == 0 && !m.possessive &&
		d.r.g.givenGender(m.ent.name+" x") == 0 && len(f) > 1 && !placeName(m.ent.name)
}

// placeWords end the names of places ("Santa Monica Beach", "Brooklyn
// Heights", "the Green Zone"): such a name after "of" says where a person
// is from, and after a state's or town's possessive is a place in it.
var placeWords = map[string]bool{
	"city": true, "county": true, "township": true, "heights": true, "springs": true, "beach": true,
	"valley": true, "island": true, "islands": true, "park": true, "hills": true, "falls": true, "bay": true,
	"harbor": true, "harbour": true, "village": true, "town": true, "north": true, "south": true, "east": true,
	"west": true, "zone": true, "square": true, "district": true,
}

// placeName reports whether name ends in one of the placeWords.
func placeName(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && placeWords[strings.ToLower(f[len(f)-1])]
}

// stateBodyNouns name bodies of a state: "North Korea's main news agency
// KCNA", "Russia's state broadcaster Channel One".
var stateBodyNouns = map[string]bool{
	"agency": true, "broadcaster": true, "newspaper": true, "army": true, "military": true, "ministry": true,
	"court": true, "parliament": true, "police": true, "service": true, "bank": true, "company": true,
	"television": true, "navy": true, "guard": true, "party": true, "regulator": true, "council": true,
	"legislature": true,
}

// statePossessiveBody: "North Korea's state news agency Korean Central News
// Agency", "Russia's state broadcaster Channel One", "Norway's main news
// agency, NTB,": a state's possessive,
// lower-case words ending in a state body's noun, then the body's name make
// the body part of the state, as a word of state ownership right before
// the name does ("Saudi Arabia's state-owned Saudi Aramco"). A description of the state or a pronoun
// ("the country's Supreme Court", "its Supreme Court") does so right
// before the name, as a state's name does ([docState.mentionFacts] reads
// "Norway's Supreme Court"), and so does a region's description ("the
// state's Supreme Court") before a body the gazetteer does not know.
func statePossessiveBody(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.GPE || !a.possessive || a.adj || b.ent.typ != schema.Organization || !named(b) ||
		modifiesNoun(s, nameListEnd(s, b.end)) {
		return role{}, false // "its EU presidency": what the state holds
	}
	toks := s.Tokens[a.end:b.start]
	if (len(toks) == 1 && toks[0].Tag == "POS" && a.kind == mDesc || len(toks) == 0 && a.kind == mPronoun) && d.r.country(a.ent) {
		return role{lemma: schema.PartOf, reverse: true}, true
	}
	if len(toks) == 1 && toks[0].Tag == "POS" && a.kind == mDesc && regionDescs[a.head] && b.ent.gaz == nil {
		// "the state's Supreme Court", "the commonwealth's House of
		// Representatives": a region's body the gazetteer does not
		// give to another state.
		return role{lemma: schema.PartOf, reverse: true}, true
	}
	if n := len(toks); n > 2 && toks[n-1].Text == "," && b.end < len(s.Tokens) && s.Tokens[b.end].Text == "," {
		toks = toks[:n-1] // "North Korea's main news agency, KCNA, said": the name set off by commas
	}
	if len(toks) < 2 || len(toks) > 5 || toks[0].Tag != "POS" {
		return role{}, false
	}
	for _, t := range toks[1:] {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return role{}, false
		}
	}
	if last := strings.ToLower(toks[len(toks)-1].Text); !stateBodyNouns[last] && !stateOwned[last] {
		return role{}, false
	}
	return role{lemma: schema.PartOf, reverse: true}, true
}

// stateOwned are the compounds that say a state owns or runs the body
// after them ("Saudi Arabia's state-owned Saudi Aramco"); "state" alone
// is a state's own level of government ("North Carolina's state
// Senate").
var stateOwned = map[string]bool{
	"state-owned": true, "state-run": true, "state-controlled": true, "government-owned": true, "government-run": true,
}

// unknownPlace reports whether a, a name that was taken for a person's
// only for want of a better type, is a place because a comma and a place
// the gazetteer knows follow it and end the phrase: "Saratoga Springs, New
// York", "McMinnville, Oregon", or a dateline's dash after a name in
// capitals or before an article ("CAPE CANAVERAL, Florida - The rocket
// ...", "Kelton City, Oregon - The jury ...", not "T. Marshall Hahn Jr.,
// Georgia - Pacific's chairman"). A title, a known given name ("Ann Lee,
// Texas") or anything but punctuation after the place keeps it a person.
func unknownPlace(d *docState, s nlp.Sentence, a, b *mention) bool {
	if a.ent.typ != schema.Person || a.ent.gaz != nil || len(a.titles) > 0 || !named(a) ||
		b.ent.gaz == nil || !isPlace(b.ent) || b.adj || s.Tokens[a.end].Text != "," ||
		d.r.g.givenGender(a.ent.name+" x") != 0 {
		return false
	}
	if a.kind == mSingle && !singlePlaceAddress(s, a, b) {
		return false
	}
	if b.start != a.end+1 {
		return inPlaceAfter(s, a, b) // "Velby, in northern Norway,"
	}
	return b.end == len(s.Tokens) || s.Tokens[b.end].Tag == "," || s.Tokens[b.end].Tag == "." || s.Tokens[b.end].Text == ")" ||
		regionThenList(s, b) || a.start == 0 && dash(s.Tokens[b.end].Text) && (a.surface == strings.ToUpper(a.surface) || articleAfter(s, b.end+1))
}

// unknownPlaceOfKind reports whether a, a name taken for a person's only
// for want of a better type, stands after a place preposition
// ([locPreps]), "including", "and" or "such as", and right before "in
// the", a word for a kind of place ([kindOfPlaceNouns]), "of" and the
// place b: "towns including Velby in the province of Dalarna", "flooding
// in Velby in the county of Halvia". A person's name is seldom placed so; a given name (of either
// sex) or a title makes it one.
func unknownPlaceOfKind(d *docState, s nlp.Sentence, a, b *mention) bool {
	if a.ent.typ != schema.Person || a.ent.gaz != nil || len(a.titles) > 0 || !named(a) || a.possessive ||
		!isPlace(b.ent) || b.adj || b.possessive || b.start != a.end+4 || a.start == 0 {
		return false
	}
	if p := s.Tokens[a.start-1].Lower(); !locPreps[p] && p != "including" && p != "and" && p != "as" {
		return false // "Police arrested Halvorsen in the province of Dalarna": a verb's object is a person's name
	}
	w := between(s, a, b)
	return len(w) == 4 && w[0] == "in" && w[1] == "the" && kindOfPlaceNouns[w[2]] && w[3] == "of" &&
		!d.r.g.givenName(a.ent.name) && d.r.g.givenGender(a.ent.name+" x") == 0
}

// singlePlaceAddress reports whether a, one unknown word, a comma and the
// known place b are a town's address: a place preposition or "and" before
// the word, and the sentence's end right after the place ("the Troll field
// and Mongstad, Norway."; "operations in Kollsnes, Norway."). A lone word
// is mostly a surname ("said Berg, Norway's coach"), so nothing else
// makes it a place.
func singlePlaceAddress(s nlp.Sentence, a, b *mention) bool {
	if a.start == 0 || b.possessive || b.start != a.end+1 {
		return false
	}
	if w := s.Tokens[a.start-1].Lower(); !locPreps[w] && w != "and" {
		return false
	}
	return b.end == len(s.Tokens) || s.Tokens[b.end].Tag == "." && b.end+1 == len(s.Tokens)
}

// placeNounBefore reports whether a, a name that was taken for a person's
// only for want of a better type, follows a lower-case word for a kind of
// place ([placeHeads], "capital"): "stationed in provincial capital Banda
// Aceh", "the port city Halden"; not one that ends a name before it
// ("Kandahar province Tom Wu").
func placeNounBefore(d *docState, s nlp.Sentence, a *mention) bool {
	if a.ent.typ != schema.Person || a.ent.gaz != nil || len(a.titles) > 0 || !named(a) || a.start == 0 ||
		d.r.g.givenGender(a.ent.name+" x") != 0 {
		return false
	}
	w := s.Tokens[a.start-1]
	if a.start >= 2 && s.Tokens[a.start-2].Tag == "NNP" && isCap(s.Tokens[a.start-2].Text) {
		return false // "the governor of Kandahar province Tom Wu": the noun ends the place's name
	}
	// "state" also describes bodies ("the state Statoil"): no place.
	return !isCap(w.Text) && strings.HasPrefix(w.Tag, "NN") && (placeHeads[w.Lower()] && w.Lower() != "state" || w.Lower() == "capital")
}

// articleAfter reports whether token k is an article that opens a
// sentence ("Kelton City, Oregon - The jury ..."): a dateline's dash
// before it ends the place, where "Georgia - Pacific's chairman" goes on
// with a name.
func articleAfter(s nlp.Sentence, k int) bool {
	if k >= len(s.Tokens) {
		return false
	}
	switch s.Tokens[k].Text {
	case "The", "A", "An":
		return true
	}
	return false
}

// regionThenList reports whether b, a mention of s, names a region the
// gazetteer knows (a US state, a province) and a list goes on after it:
// "in Salem Springs, Oregon and in Ohio" closes a town's address at the
// region, where "Oslo, Bergen and Tromso" is a list of towns.
func regionThenList(s nlp.Sentence, b *mention) bool {
	if b.ent.gaz == nil || !b.ent.gaz.region || b.end >= len(s.Tokens) {
		return false
	}
	w := s.Tokens[b.end].Lower()
	return w == "and" || w == "or"
}

// quotedSource reports whether the phrase from mention a to mention b of
// sentence s is the source of what the sentence quotes: after "according
// to" or a verb of speech ("said Tom Wu of Halvik Verlag"), or before one
// ("Tom Wu of Halvik Verlag said"). Who speaks there is a person, and
// what he is of a body.
func quotedSource(s nlp.Sentence, a, b *mention) bool {
	toks := s.Tokens
	if k := a.start - 1; k >= 0 && (saidVerbs[toks[k].Lower()] || k > 0 && toks[k].Text == "to" && toks[k-1].Lower() == "according") {
		return true
	}
	k := b.end
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	return k < len(toks) && saidVerbs[toks[k].Lower()]
}

// personLike reports whether m, a mention of sentence s, shows some sign
// of naming a person besides being unknown: a title, a gender (from a given
// name or a title), a lower-case noun right before it ("musician Nick
// Rhodes") or a hyphenated given name ("Cheng Chung-tai"). "Case Grammar"
// and "Royal Palace" show none.
func personLike(s nlp.Sentence, m *mention) bool {
	if len(m.titles) > 0 || m.ent.gender != 0 || m.ent.gaz != nil {
		return true
	}
	if k := m.start - 1; k >= 0 && (s.Tokens[k].Tag == "NN" || s.Tokens[k].Tag == "NNS" || s.Tokens[k].Tag == "JJ") && !isCap(s.Tokens[k].Text) {
		return true
	}
	f := strings.Fields(m.ent.name)
	return len(f) > 1 && strings.Contains(f[len(f)-1], "-")
}

// addressPlaces types and adds the towns that an address before a noun or
// a dateline names: "a Salem, Oregon woman", "the Halden, Norway company"
// (capitalised words after an article, then a comma and a place the
// gazetteer knows, then a lower-case noun), and "ALMERIA, Spain. -" or
// "HALDEN, Norway -" (one word in capitals opening the sentence, then a
// comma and a known place that ends the sentence or comes before a dash).
// It returns ms in token order.
func addressPlaces(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	known := func(i int) *mention {
		for _, m := range ms {
			if m.start == i && m.gaz != nil && (m.typ == schema.GPE || m.typ == schema.Location) && !m.adj {
				return m
			}
		}
		return nil
	}
	for i := 0; i+2 < len(toks); i++ {
		t := toks[i]
		if !isCap(t.Text) || t.Tag != "NNP" {
			continue
		}
		j := i
		for j < len(toks) && j < i+3 && isCap(toks[j].Text) && toks[j].Tag == "NNP" {
			j++
		}
		if j+1 >= len(toks) || toks[j].Text != "," {
			continue
		}
		p := known(j + 1)
		if p == nil || p.end > len(toks) {
			continue
		}
		k := coveringAt(ms, i)
		switch {
		case i > 0 && toks[i-1].Tag == "DT" && p.end < len(toks) && !isCap(toks[p.end].Text) && strings.HasPrefix(toks[p.end].Tag, "NN") && k < 0 && coveringAt(ms, j-1) < 0:
			// "a Salem, Oregon woman"
			name := spanText(s, i, j)
			ms = insertMention(ms, &mention{kind: mName, start: i, end: j, surface: name, full: name, name: name, typ: schema.GPE})
		case i == 0 && j == 1 && len(t.Text) > 3 && t.Text == strings.ToUpper(t.Text) && k >= 0 && ms[k].start == 0 && ms[k].end == 1 && ms[k].gaz == nil &&
			(p.end == len(toks) || dash(toks[p.end].Text) || toks[p.end].Tag == "." && p.end+1 == len(toks)):
			// "ALMERIA, Spain. -": a dateline
			ms[k].kind, ms[k].typ, ms[k].name = mName, schema.GPE, t.Text
		}
	}
	return ms
}

// joinedPlaces joins to a place the words written as part of its name that
// the recogniser left out: "Washington, D.C." ([districtTown]) and
// "Northern Cyprus" ([compassPlace]).
func joinedPlaces(s nlp.Sentence, ms []*mention, r *Resolver) []*mention {
	return r.regionAdjectives(s, compassPlace(s, districtTown(s, ms)))
}

// regionNames map the adjectives of continents and world regions to the
// regions' names.
var regionNames = newWordMap(map[string]string{
	"African": "Africa", "Asian": "Asia", "European": "Europe", "Caribbean": "Caribbean", "Balkan": "Balkans",
	"Scandinavian": "Scandinavia",
})

// pairRegionNames map the two-word adjectives of world regions to the
// regions' names: "the Latin American nation of Peru". "American" alone
// is the United States' adjective.
var pairRegionNames = map[string]string{
	"Latin American": "Latin America", "South American": "South America", "Central American": "Central America",
	"North American": "North America", "Middle Eastern": "Middle East",
}

// regionStateNouns are the nouns for a state that a region's adjective
// describes: "the West African nation of Mali", and their plurals for a
// list: "Peru and Chile are Latin American countries".
var regionStateNouns = map[string]bool{
	"nation": true, "country": true, "state": true, "republic": true, "kingdom": true, "island": true,
	"nations": true, "countries": true, "states": true, "republics": true, "kingdoms": true, "islands": true,
}

// regionAdjectives adds the region that an adjective, with a compass word
// before it or not, names right before a lower-case noun for a state:
// "the Southern African nation Mozambique" (Southern Africa), "the West
// African state of Mali", "the Asian country of Laos" (Asia), "the Latin
// American nation of Peru" (Latin America). The mention is the region's
// adjective, so that [nationalityPlaceOf] places the state named after
// the noun in it. So it is where the noun closes an apposition or a
// copula on a named state ([regionAppositive]: "Mali, a West African
// nation,", "Chad is an African country"), for [placeCommaNationality].
func (r *Resolver) regionAdjectives(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if (i+2 >= len(toks) || !isCap(toks[i+2].Text) && toks[i+2].Text != "of") && !regionAppositive(s, i) {
			continue // "a European country singer": no state named
		}
		if !regionStateNouns[toks[i+1].Text] {
			continue // as below, before the pair of words is joined to be looked up
		}
		region := regionNames.at(toks[i].Text)
		start, pair := i, false
		if i > 0 && region == "" {
			if region = pairRegionNames[toks[i-1].Text+" "+toks[i].Text]; region != "" {
				start, pair = i-1, true
			}
		}
		if region == "" || !regionStateNouns[toks[i+1].Text] {
			continue
		}
		if start == i && i > 0 && compassHeads[toks[i-1].Text] {
			start = i - 1
			region = toks[i-1].Text + " " + region // "Southern Africa", "West Africa"
		}
		clash := false
		var within []*mention
		for _, m := range ms {
			if m.end <= start || m.start > i {
				continue
			}
			if m.start < start || m.end > i+1 || m.gaz != nil && m.typ != schema.Location && !pair {
				clash = true // but "American" in "Latin American" is no state's adjective
			}
			within = append(within, m)
		}
		if clash {
			continue
		}
		ms = slices.DeleteFunc(ms, func(m *mention) bool { return slices.Contains(within, m) }) // "West African" read as a name
		m := &mention{kind: mName, start: start, end: i + 1, surface: spanText(s, start, i+1), name: region,
			typ: schema.Location, adj: true, gaz: r.g.entries[normKey(region)]}
		if m.gaz != nil {
			m.name = m.gaz.name
		}
		ms = insertMention(ms, m)
	}
	return ms
}

// regionAppositive reports whether the region's adjective at token i and
// the noun for a state after it close an apposition or a copula ("Mali, a
// West African nation,", "Chad is an African country.", "are the other
// Latin American countries where"): "a", "an" or "the", perhaps
// "other", come before the adjective (and its compass word or first
// word), or nothing after "are" before a plural noun, and a comma, a full
// stop or a relative word comes after the noun.
func regionAppositive(s nlp.Sentence, i int) bool {
	toks := s.Tokens
	k := i + 2
	if k < len(toks) && !closedAfter(s, k) {
		switch toks[k].Lower() {
		case "where", "which", "that", "with", "and":
		default:
			return false
		}
	}
	j := i - 1
	if j >= 0 && (compassHeads[toks[j].Text] || toks[j].Text == "Latin" || toks[j].Text == "Middle") {
		j--
	}
	if j >= 0 && toks[j].Lower() == "other" {
		j--
	}
	if j >= 0 && (toks[j].Lower() == "are" || toks[j].Lower() == "were") && strings.HasSuffix(toks[i+1].Text, "s") {
		return true // "Norway and Sweden are European countries"
	}
	if j < 1 {
		return false
	}
	switch toks[j].Lower() {
	case "a", "an", "the":
	default:
		return false
	}
	switch toks[j-1].Lower() {
	case ",", "is", "was", "are", "were", "remains":
		return true
	}
	return false
}

// compassHeads are the capitalised compass words that open a region's
// name before a known place: "Northern Cyprus", "East Jerusalem", "South
// Lebanon", "Western Europe".
var compassHeads = map[string]bool{
	"North": true, "South": true, "East": true, "West": true, "Northern": true, "Southern": true,
	"Eastern": true, "Western": true, "Central": true, "Northeast": true, "Northwest": true, "Southeast": true,
	"Southwest": true,
}

// compassPlace makes a capitalised compass word and the known place after
// it one place of its own ("Northern Cyprus, which only Turkey
// recognises", "East Jerusalem"), which is not the state or town it is
// named after: the gazetteer's entry is not kept. A lower-case compass
// word ("northern Norway") describes a part of the place and is left out.
func compassPlace(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.start == 0 || m.gaz == nil || m.adj || m.possessive || m.typ != schema.GPE && m.typ != schema.Location || m.kind != mName && m.kind != mSingle {
			continue
		}
		w := toks[m.start-1]
		if !compassHeads[w.Text] || m.start >= 2 && isCap(toks[m.start-2].Text) && toks[m.start-2].Tag == "NNP" {
			continue
		}
		if k := coveringAt(ms, m.start-1); k >= 0 {
			if c := ms[k]; c.start != m.start-1 || c.end != m.start || c.gaz != nil {
				continue
			}
			ms = append(ms[:k], ms[k+1:]...) // "East" read alone as a state's half
			i--
		}
		m.start--
		m.name = w.Text + " " + m.name
		m.surface = spanText(s, m.start, m.end)
		m.full = m.surface
		m.gaz = nil
	}
	return ms
}

// districtTown joins a town and "D.C." after it into one place:
// "Washington, D.C.", "Washington D.C." name the capital, not a town in a
// district. Other abbreviations after a town name its state ("Albany,
// N.Y."), which [placeInPlace] reads as an address.
func districtTown(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for k := 1; k < len(ms); k++ {
		m, p := ms[k], ms[k-1]
		if m.end != m.start+1 || toks[m.start].Text != "D.C." && toks[m.start].Text != "DC" ||
			p.typ != schema.GPE || p.adj || p.possessive || p.kind != mName && p.kind != mSingle {
			continue
		}
		if p.end != m.start && !(p.end+1 == m.start && toks[p.end].Text == ",") {
			continue
		}
		p.end = m.end
		p.name = p.name + " D.C."
		p.surface = spanText(s, p.start, p.end)
		p.full = p.surface
		p.gaz = nil
		ms = append(ms[:k], ms[k+1:]...)
		k--
	}
	return ms
}

// addressBeforeNoun reports whether a comma, a place and a lower-case noun
// follow token k-1, a town's name: "a Salem, Oregon woman", where the
// address describes the noun after it; or "and", a place and a plural
// noun ("London and New York concerts"), which both places describe.
func addressBeforeNoun(toks []nlp.Token, k int, covered func(int) *mention) bool {
	if k+2 >= len(toks) || toks[k].Text != "," && toks[k].Text != "and" {
		return false
	}
	p := covered(k + 1)
	if p == nil || p.start != k+1 || p.ent == nil || !isPlace(p.ent) || p.end >= len(toks) || isCap(toks[p.end].Text) {
		return false
	}
	if toks[k].Text == "and" {
		// "several London and New York concerts": two places that
		// modify one plural noun.
		return toks[p.end].Tag == "NNS"
	}
	return strings.HasPrefix(toks[p.end].Tag, "NN")
}
