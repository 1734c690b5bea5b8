package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/ner"
	"github.com/kg-project/kg/schema"
)

// nerTypes are the entity types of the recogniser's types. A one-word
// place the gazetteer does not know is taken for a GPE, as the place rules
// take an unknown name after "in" for one; a longer one for a Location
// (see [Resolver.recognize]).
var nerTypes = map[ner.Type]schema.EntityType{
	ner.Person:       schema.Person,
	ner.Organization: schema.Organization,
	ner.Place:        schema.GPE,
}

// recognize lets the named-mention recogniser (package nlp/ner) type the
// mentions of sentence s that the rules typed by no evidence (see
// mention.guess) and returns ms without the names it takes for
// non-actors. *doc is the document's recogniser state, made on first use:
// the recogniser runs only on the sentences that need it. A name of two to
// four unknown words takes the type of the longest recognised name inside
// it that covers more than half of it (a place: Location), if the
// recogniser knows one of its words; it is dropped when that name is of a non-actor ("Boxing Day",
// "Hunting Act", "World Cup": [ner.Other]) and stays a person when the
// recogniser finds no such name. A name ending in "Day", "Eve", "Year" or a
// weekday ("Super Tuesday") is a date, one ending in the head noun of a work, law or contest ("Study",
// "Act", "Cup") or opening with a ship's or spacecraft's prefix ("Space
// Shuttle", "USS") no actor either: all are dropped. A name of several words
// that would stay a person right after "the" is taken for an organisation. Words around the name that say
// it is a person's ([personContext]) keep it a person. A single word
// without a hint takes the type as its hint (none for a non-actor, none
// but a person's after "the", a GPE's for a compass word), and stays a short form of an earlier name
// when it is one. The names the words beside them type are added to kinds
// ("" for a work, [workContext]; an organisation for a band or a body,
// [bodyContext]), which [Resolver.docKinds] reads once the document is recognised.
func (r *Resolver) recognize(doc **ner.Doc, s nlp.Sentence, ms []*mention, kinds, seen map[string]schema.EntityType) []*mention {
	ms = dropNonActors(s, ms)
	districtCourts(s, ms)
	if r.rec == nil || !hasGuess(ms) {
		ms = readAlts(ms, nil)
		rememberNames(ms, seen)
		return ms
	}
	if *doc == nil {
		*doc = r.rec.NewDoc(r.lex)
	}
	words := make([]string, len(s.Tokens))
	tags := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		words[i], tags[i] = t.Text, t.Tag
	}
	spans := (*doc).Recognize(words, tags)
	ms = readAlts(ms, spans)
	out := ms[:0]
	for _, m := range ms {
		if !m.guess {
			out = append(out, m)
			continue
		}
		if techAcronyms[words[m.end-1]] {
			// "HD DVD", "DVD": a format or a device, no actor.
			continue
		}
		if m.end-m.start == 1 && (notOrgAcronyms[words[m.start]] || m.start > 0 && timeZone(words[m.start], words[m.start-1])) {
			continue // "at 5:30 a.m. EST,": a time zone, no actor
		}
		if m.kind != mSingle && (periodWord(words[m.end-1]) && !roleNounBefore(s, m) && !r.givenThenDay(words[m.start:m.end]) || workWords[words[m.end-1]] || vessel(words[m.start:m.end]) ||
			m.end < len(words) && workWords[capitalize(words[m.end])] && !isCap(words[m.end]) ||
			m.end+1 < len(words) && words[m.end] == "'" && workWords[words[m.end+1]] || workAfterAnd(words, m.end)) {
			// "Boxing Day", "Memorial Day", "New Year": a guessed name
			// ending in a word for a period of time names a date, which
			// the recogniser, with few holidays among its training
			// names, often misses, unless a person's title comes right
			// before it ("US singer Nora Day", [roleNounBefore]) or it
			// is a given name and "Day" ([Resolver.givenThenDay]).
			// "National Nutrition Study", "Clean Air Act": one ending in
			// the head noun of a work, a law or a contest, or written
			// before one ("the Iodine Nutrition study"), or opening one's
			// title with a plural's possessive ("the Nordic Farmers' Bill
			// of Rights"), names no actor either, nor does the name of a
			// ship or a spacecraft ("Space Shuttle Atlantis").
			continue
		}
		if m.kind != mSingle && (policyAfter(s.Tokens, m.end) || policyAfterOf(s.Tokens, m.end)) {
			// "the Top Two election policy", "the EastMed gas
			// pipeline": a guessed name before a noun for a policy,
			// a scheme or a pipeline names that thing, no actor; so
			// does one whose "of" phrase the noun closes ("the Careful
			// Use of Untested and New Drugs framework").
			continue
		}
		if m.kind != mSingle && rankTitle(r, words[m.start:m.end]) {
			// "Woman Grand Master", "International Master": a rank a
			// player holds is no actor.
			continue
		}
		if m.typ == schema.Person && r.titleAfterThe(s, m) {
			// "the former Democratic Dean of the House": a post whose
			// capitalised title the recogniser took for a given name
			// is no one's name.
			continue
		}
		if m.kind != mSingle && musicWork(words[m.start:m.end]) {
			// "Seventh Symphony", "Symphony From the New World",
			// "Piano Concerto No. 2": a piece of music is no actor ("the
			// Boston Symphony", an orchestra, opens with no ordinal).
			continue
		}
		if m.kind != mSingle && categoryWords[words[m.start]] || awardFor(words, m.start) {
			// "Best Actor", "Most Valuable Player": a name opened by a
			// superlative names an award's category; so does one after
			// an award's name or a nomination and "for" ("a nomination
			// for Choice Movie Star", "the Teen Awards for Choice
			// Breakout Star").
			continue
		}
		if kindAfterA(s, m) {
			// "a unique Pilot Training Program", "announced a
			// Kickstarter": a name after "a" is a kind of thing, no one
			// actor.
			continue
		}
		if m.kind != mSingle && editionYear(s.Tokens, m.end) && !r.g.given(words[m.start]) {
			// "Toronto's Anime North 2019 brings thousands of fans": a
			// name with a year after it names an edition of an event, a
			// festival or a convention, which is no actor; nor are its
			// other mentions ("the tenth Anime North").
			kinds[m.name] = ""
			continue
		}
		if r.workContext(s, m) {
			// "the drama Burning Man", "Cry Wolf, another horror film":
			// a name the words beside it call a film, a book, a song or
			// a show names a work, which is no actor, whatever its own
			// words look like.
			if !titleGoesOn(words, m) {
				kinds[m.name] = ""
			}
			continue
		}
		t := apposedKind(s.Tokens, m)
		if t == "" {
			t = apposedBeforeKind(s.Tokens, m)
		}
		if t != "" && !(t != schema.Person && m.kind != mSingle && r.g.given(words[m.start])) {
			// "Vyasna, an independent Belarusian human rights center,
			// said", "Korvath, a small town in the north,", "Velmor is
			// a Norwegian company", "the ruling party, Zanu PF,": the
			// head noun of an apposition or a copula's complement says
			// what kind of actor the name names, whatever the
			// recogniser makes of its words; so are its other guessed
			// mentions ([Resolver.docKinds]).
			if m.kind == mSingle {
				m.hint = t
			} else {
				m.typ = t
			}
			kinds[m.name] = t
			out = append(out, m)
			continue
		}
		if m.kind != mSingle && bodyContext(s, m) {
			// "the rock band Velmora Drift", "Velmora Drift have won",
			// "the magazine Velmor Weekly": a band or a body, which the
			// recogniser reads as a person.
			m.typ, kinds[m.name] = schema.Organization, schema.Organization
			out = append(out, m)
			continue
		}
		if m.typ == schema.Person && !r.g.given(words[m.start]) && groupNounAfter(s, m) {
			// "the Jamaah Ansharut Daulah network", "the Kala Jara
			// militant group": a guessed name between "the" and a noun
			// for a group names the group, which the recogniser reads
			// as a person; so are its other guessed mentions
			// ([Resolver.docKinds]).
			m.typ, kinds[m.name] = schema.Organization, schema.Organization
			out = append(out, m)
			continue
		}
		if m.kind != mSingle && m.typ == schema.Person && (naturalFirst[words[m.start]] || townFirst[words[m.start]]) {
			// "Mount Vernon", "Lake Tahoe", "Fort Worth": a guessed
			// name opening as the names of lakes, mountains and towns do
			// names a place.
			m.typ = schema.Location
			if townFirst[words[m.start]] {
				m.typ = schema.GPE
			}
			out = append(out, m)
			continue
		}
		if m.kind != mSingle && m.typ == schema.Person && siteWords.has(strings.TrimRightFunc(words[m.end-1], isDigitOrDash)) &&
			!r.givenSurname(words[m.start:m.end]) {
			// "Launch Pad", "Visitor Complex", "Orbiter Processing
			// Facility-1": a guessed name ending in the head noun of a
			// site names a place, whatever the recogniser makes of
			// words it mostly never saw.
			m.typ = schema.Location
			out = append(out, m)
			continue
		}
		if t := r.venueType(s, ms, m); m.kind != mSingle && m.typ == schema.Person && t != "" && !personContext(s, m) {
			// "at Bontddu Hall", "a site called Abri Peyrony", "Cipriani
			// Dolci restaurant": the words beside a guessed name say it
			// names a site or a business; so are its other guessed
			// mentions ([Resolver.docKinds]).
			m.typ, kinds[m.name] = t, t
			out = append(out, m)
			continue
		}
		if m.kind != mSingle && m.typ == schema.Person && r.ofNamedPerson(words, ms, m) {
			// "Chris Fallows of Apex Shark Expeditions", "Ann Lee of
			// Halvik Harbor": a person is of a body, not of another
			// person; so are its other guessed mentions ([Resolver.docKinds]).
			m.typ, kinds[m.name] = schema.Organization, schema.Organization
			out = append(out, m)
			continue
		}
		if m.kind != mSingle && m.typ == schema.Person && words[m.end-1] == "TV" {
			// "Speaking on al-Masirah TV", "told French news channel BFM
			// TV": a broadcaster. Not in the gazetteer's head words, as
			// "TV" alone ("said on TV") is no actor.
			m.typ = schema.Organization
			out = append(out, m)
			continue
		}
		if m.kind != mSingle && m.end-m.start >= 3 && words[m.end-2] == "This" {
			// "Kamloops This Week": a newspaper or a programme
			// ([thisPeriod]), whatever the recogniser guessed.
			m.typ = schema.Organization
			out = append(out, m)
			continue
		}
		if m.kind != mSingle && m.typ == schema.Person && bodyAcronym(words[m.end-1]) && words[m.end-2] != strings.ToUpper(words[m.end-2]) && !r.g.given(words[m.start]) {
			// "Kamloops RCMP arrested", "Leeds NHS": a place's unit of
			// a body known by its letters. No person's name ends in
			// capitals but a post-nominal ("Tom Wu MBE") or a number
			// ("John Smith III"); a name all in capitals is a
			// dateline's or a headline's ("HALVIK SPRINGS, Oregon").
			m.typ = schema.Organization
			out = append(out, m)
			continue
		}
		if m.kind != mSingle && m.typ == schema.Person && words[m.end-1] == "Administration" {
			// "the Bush Administration", "the Harbor Safety
			// Administration": a government named after its head, or
			// an agency.
			m.typ = schema.Organization
			out = append(out, m)
			continue
		}
		if m.kind != mSingle && m.typ == schema.Person && r.beforeItsState(words, ms, m) && !personContext(s, m) {
			// "lived in Marble Falls, Oregon", "from Harlow, Essex": a
			// guessed name written before a comma and a known state,
			// region or country, as an address, names a town in it.
			m.typ = schema.GPE
			out = append(out, m)
			continue
		}
		best, most := ner.Type(""), 0
		for _, sp := range spans {
			// Spans are 1-based and inclusive, mentions 0-based and
			// half-open. A name that reaches beyond the mention is read
			// otherwise than the rules read it: no verdict.
			if sp.Start-1 >= m.start && sp.End <= m.end && sp.End-sp.Start+1 > most {
				best, most = sp.Type, sp.End-sp.Start+1
			}
		}
		t, actor := nerTypes[best]
		switch {
		case m.kind == mSingle && m.start > 0 && isCap(words[m.start-1]) && modifierCompound(words[m.start-1]):
			// "Twelve-year-old Zoe, on the upper deck, said": a name
			// after a capitalised compound adjective of age or attitude,
			// which the rules leave out of it, is a person's; the
			// recogniser, which reads the compound as the name's first
			// word, has no verdict on the name alone. Not after one in
			// lower case ("a 48-year-old Cheltenham man").
			m.hint = schema.Person
		case m.kind == mSingle && m.end+1 < len(words) && (words[m.end] == "reported" || words[m.end] == "reports") && (s.Tokens[m.end].Tag == "VBD" || s.Tokens[m.end].Tag == "VBZ") && s.Tokens[m.start].Tag == "NNP":
			// "Velmorq reported three malls were damaged": a proper noun
			// alone that reports, unknown as anyone's name, is a paper's
			// or a broadcaster's; a person reports by a full name first
			// (a surname alone joins it before this hint counts).
			m.hint = schema.Organization
		case m.kind == mSingle && (best == "" || best == ner.Other) && dealSlot(s.Tokens, m.start):
			// "Xstrata bought Falconbridge.", "Halvik announced job
			// cuts": a lone proper noun the recogniser has no name for,
			// which buys, sells, sues or announces or is bought or sued,
			// is a business's or a body's name, not left out.
			m.hint = schema.Organization
		case m.kind == mSingle && bodySlot(s.Tokens, m.end) && (best == "" || best == ner.Other || best == ner.Place && !placeSlot(s.Tokens, m.end)):
			// "Tesla, led by Elon Musk,", "Rivian is based in Irvine",
			// "Halvik, founded in 2009,": a lone proper noun the
			// recogniser has no name for, which is led, founded, owned
			// or based somewhere, is a body's name, not left out; so is
			// one it took for a place, where no place is said so
			// ("Rivian, founded by RJ Scaringe,"): a place is led or
			// controlled too, but based nowhere.
			m.hint = schema.Organization
		case best != ner.Organization && !r.g.given(words[m.start]) && chiefOfficerOf(s.Tokens, m.start, m.end):
			// "Norden Computer chief executive Jim Park", "Jim Park,
			// the chairman of Norden Computer": the name a business's
			// chief officer heads is a business's, also where the
			// recogniser reads its words as a person's: a person has no
			// chief executive. So are its other guessed mentions
			// ([Resolver.docKinds]).
			if m.kind == mSingle {
				m.hint = schema.Organization
			} else {
				m.typ = schema.Organization
			}
			kinds[m.name] = schema.Organization
		case best != ner.Organization && (m.kind == mSingle || best != ner.Person) && !r.g.given(words[m.start]) && corporate(s.Tokens, m.start, m.end):
			// "Telvarik acquired two units", "Orvanta will buy a stake
			// in", "Orvanta's chief executive", "a stake in Orvanta":
			// a name that deals as a business does, or has shares, is a
			// business's, whatever the recogniser makes of it; so are
			// its other guessed mentions ([Resolver.docKinds]). A name
			// of several words the recogniser reads as a person's stays
			// one ("partners Hugues Mulliez and Nicolas Bourg acquired
			// Telvarik"): people buy firms too, by their full names.
			if m.kind == mSingle {
				m.hint = schema.Organization
			} else {
				m.typ = schema.Organization
			}
			kinds[m.name] = schema.Organization
		case m.kind == mSingle && groupNounAfter(s, m) && !r.g.given(words[m.start]):
			// "the Velmor militia", "the UN's Velmoru peacekeeping
			// force": a lone word before a noun for a group of people
			// or a body's force names the group, whatever the
			// recogniser makes of a word it never saw.
			m.hint = schema.Organization
		case m.kind == mSingle && titleThe(s, m.start) && sourceSlot(s.Tokens, m.start-1, m.end):
			// "a report by The Atlantic", "The Kestrel claimed", "known
			// from The Marlows": one word after a capital "The" inside
			// the sentence is the title of a paper, a magazine or a
			// band, where a source or a performer stands; after a
			// small "the" it is mostly a common noun ([theWord]), and
			// a place the gazetteer knows is skipped there (chunk).
			m.hint = schema.Organization
		case most*2 <= m.end-m.start:
			// No name there, or too small a part: the rules' reading stays.
		case t != schema.Person && personContext(s, m):
			// "the secretary general of Norway, Lea Park, agreed": the
			// words around the name say it is a person's, whatever its
			// own words look like.
		case t != schema.Person && m.typ == schema.Person && r.particleName(s, m):
			// "Hugo De Zorza", "Louis Van Dam": a given name, a
			// particle and a surname are a person's name, however the
			// recogniser reads a given name the gazetteer also knows in
			// a place's name ("St. Louis", "Rocky Mountains").
		case t != schema.Person && m.typ == schema.Person && r.givenMiddleSurname(s, m):
			// "Tynice Nichole Hall was convicted": a given name, a
			// middle name and a surname that also ends the names of
			// halls and parks are a person's name; a site's name
			// opens with no two given names ("Carnegie Hall").
		case m.kind == mSingle && t != schema.Person && theWord(s, m):
			// "the Administration", "the Municipality", "the Match": a
			// lone capitalised word after "the" is mostly a common noun
			// written with a capital; the names of one word that take
			// "the" (the Kremlin, the Pentagon) are in the gazetteer.
		case m.kind == mSingle && compassWords[words[m.start]]:
			// "North and South Korea": a lone compass word stands for
			// a name the rules do not rebuild, or names a region; never
			// an organisation. After "the" it is mostly the first word
			// of a name cut by a hyphen ("the North Korean-Russian
			// alliance") and takes no hint (above).
			m.hint = schema.GPE
		case m.kind == mSingle && t == schema.Person && titleThe(s, m.start):
			// "reported by The Economist": a person's name takes no
			// article; the name is taken for an organisation's, the most
			// frequent of the titles that do.
			m.hint = schema.Organization
		case m.kind == mSingle:
			// "GitHub", "MiVote": a word shaped as a brand is no place
			// ([brandHint]).
			m.hint = brandHint(words[m.start], t)
		case t == schema.Person:
		case !r.knowsAny(words[m.start:m.end]):
			// "Marta Kowalski" as a place rests on shape alone: a name
			// of unknown words stays a person.
		case t == schema.GPE && r.givenSurname(words[m.start:m.end]):
			// "the late Ross Perot", "Crystal Munoz was convicted": a
			// given name of one sex and a surname stay a person's name,
			// however the recogniser reads the surname.
		case m.kind != mSingle && (best == ner.Other && groupName(s, m) || best == ner.Place && r.placeGroupName(s, m)):
			// "The Crimson Struggle claimed the bombing", "Tom Wu joined
			// the Grateful Dead": a name of "the" and capitalised words
			// that the recogniser reads as an event's or a work's (or a
			// place's, [Resolver.placeGroupName]), used as a group that
			// acts, names the group ([groupName]).
			m.typ, kinds[m.name] = schema.Organization, schema.Organization
		case !actor && seen[m.name] != "":
			// "Floods hit Velby Plains. Velby Plains is the county
			// seat": a name of several words that the recogniser took
			// for an actor's in an earlier sentence of the document
			// names that actor again, where the words around it make
			// the recogniser read it as no one's.
			m.typ = seen[m.name]
		case !actor:
			continue
		case t == schema.GPE:
			// "Grand Mosque", "Regional Airport": places of several
			// words the gazetteer does not know are mostly sites, not
			// states or towns.
			m.typ = schema.Location
		default:
			m.typ = t
		}
		if m.kind != mSingle && m.typ == schema.Person && (nameOpeners[words[m.start]] || pressOpeners[words[m.start]]) {
			// "told National Geographic": no one's given name is
			// "National" or "International"; a body's name opens so.
			// Nor is it "Daily" or "Weekly", which open the names of
			// papers and sites ("Daily Kestrel's editor").
			m.typ = schema.Organization
		}
		if m.kind != mSingle && m.typ == schema.Person && theWord(s, m) && !personContext(s, m) &&
			!modifiesNoun(s, m.end) && !(m.end < len(words) && s.Tokens[m.end].Tag == "JJ" && !isCap(words[m.end]) && !timeAdjectives[words[m.end]] && modifiesNoun(s, m.end+1)) {
			// "the Adler Planetarium", "the Warhol Polaroids": a person's
			// name takes no article; a guessed name of several words
			// right after "the" names a body, a site or a thing, and is
			// taken for an organisation, the most frequent of them. The
			// article of a noun the name modifies is the noun's ("the
			// Lena Dorn theme", "the Lena Dorn revival flick").
			m.typ = schema.Organization
		}
		out = append(out, m)
	}
	rememberNames(out, seen)
	return out
}

// rememberNames records in seen the type of each name of several words
// in ms, the mentions a sentence keeps, that seen does not hold yet: the
// recogniser's later verdict of no actor does not undo it
// ([Resolver.recognize]).
func rememberNames(ms []*mention, seen map[string]schema.EntityType) {
	for _, m := range ms {
		if m.kind == mName && m.end-m.start >= 2 && m.typ != "" && seen[m.name] == "" {
			seen[m.name] = m.typ
		}
	}
}

// editionYear reports whether token k of toks is a year (1800 to 2099)
// that no noun follows: written right after a name, it numbers the
// edition of an event ("Anime North 2019 brings", "at Velmor Fest 2020."),
// not a year a noun's compound dates ("the Tom Wu 2020 campaign").
func editionYear(toks []nlp.Token, k int) bool {
	if k >= len(toks) || toks[k].Tag != "CD" || !year(toks[k].Text) {
		return false
	}
	return k+1 == len(toks) || !strings.HasPrefix(toks[k+1].Tag, "NN")
}

// beforeItsState reports whether the mention m of words is followed by a
// comma and a mention of a place the gazetteer knows, which the comma or
// the sentence's end closes: the order of an address ("Marble Falls,
// Oregon, and ..."). A guessed name whose first word is a given name is a
// person's ("Tom Wu, Oregon's governor" reads otherwise anyway).
func (r *Resolver) beforeItsState(words []string, ms []*mention, m *mention) bool {
	if m.end+1 >= len(words) || words[m.end] != "," || r.g.given(words[m.start]) {
		return false
	}
	for _, n := range ms {
		if n.start != m.end+1 || n.gaz == nil || n.typ != schema.GPE || n.possessive {
			continue
		}
		return n.end == len(words) || words[n.end] == "," || words[n.end] == "." || words[n.end] == ";"
	}
	return false
}

// ofNamedPerson reports whether the guessed name m, which opens with no
// given name and does not end as places' names do ("Marble Falls",
// "Dale County"), comes right after "of" and a person's name of two words
// or more ("Chris Fallows of Apex Shark Expeditions"): the body that
// person belongs to.
func (r *Resolver) ofNamedPerson(words []string, ms []*mention, m *mention) bool {
	last := words[m.end-1]
	if m.start < 3 || words[m.start-1] != "of" || r.g.given(words[m.start]) || notTeams[last] || r.g.is("regionhead", last) {
		return false
	}
	for _, n := range ms {
		if n.end == m.start-1 && n.typ == schema.Person && n.end-n.start >= 2 && r.g.given(words[n.start]) && !n.possessive {
			return true
		}
	}
	return false
}

// pluralTitle reports whether name is a title in the plural ("Vice
// Presidents", "Prime Ministers").
func (r *Resolver) pluralTitle(name []nlp.Token) bool {
	words := make([]string, len(name))
	for i, t := range name {
		words[i] = t.Text
	}
	last := words[len(words)-1]
	if words[len(words)-1] = strings.TrimSuffix(last, "s"); words[len(words)-1] == last || len(last) < 4 {
		return false
	}
	return r.g.titles[normKey(strings.Join(words, " "))] != nil
}

// periodWords are the last words of the names of dates and holidays.
var periodWords = map[string]bool{"Day": true, "Eve": true, "Year": true, "Ages": true, "Age": true, "Era": true}

// periodWord reports whether w ends the name of a date or a holiday: a
// word of [periodWords] or a weekday's name ("Super Tuesday", "Black
// Friday": [weekdays]).
func periodWord(w string) bool { return periodWords[w] || weekdays[w] }

// givenThenDay reports whether words are a given name and "Day", a
// person's name ("Doris Day"), not a holiday named after someone
// ("Victoria Day", "Valentine Day").
func (r *Resolver) givenThenDay(words []string) bool {
	return len(words) == 2 && words[1] == "Day" && r.g.given(words[0]) && !holidayNames[words[0]]
}

// holidayNames are given names that holidays ending in "Day" open with.
var holidayNames = map[string]bool{
	"Victoria": true, "Valentine": true, "Patrick": true, "George": true, "David": true, "Andrew": true,
	"Columbus": true, "Lincoln": true, "Washington": true, "Martin": true, "Mandela": true, "Nelson": true,
	"Boxing": true, "Christmas": true, "Easter": true,
}

// workWords are the last words of the names of works, studies, laws,
// constitutions and bills, agreements, awards, contests, shows and fairs, wars and votes, which are not
// actors.
var workWords = map[string]bool{
	"Study": true, "Survey": true, "Report": true, "Act": true, "Treaty": true,
	"Award": true, "Awards": true, "Prize": true, "Cup": true, "Championship": true,
	"Championships": true, "Olympics": true, "Festival": true, "Code": true, "Amendment": true,
	"Protocol": true, "Accord": true, "Accords": true, "Charter": true, "Declaration": true,
	"War": true, "Medal": true, "Medals": true, "Trophy": true, "Game": true, "Games": true,
	"Plan": true, "Plans": true, "Meeting": true, "Summit": true, "Symposium": true, "Workshop": true,
	"Seminar": true, "Colloquium": true, "Bill": true, "Show": true, "Expo": true, "Fair": true, "Bowl": true,
	"Marathon": true, "Prix": true, "Exhibition": true, "Constitution": true, "Agreement": true,
	"Olympiad": true, "Olympiads": true, "Convention": true, "Faire": true, "Election": true, "Referendum": true,
}

// workAfterAnd reports whether words[k] is "and" before one to three
// capitalised words that end in a word of [workWords] and the name: "the
// World Rapid and Blitz Championship", whose first half is no actor's
// name but a part of the contest's.
func workAfterAnd(words []string, k int) bool {
	if k >= len(words) || words[k] != "and" {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+3 && isCap(words[j]); j++ {
		if workWords[words[j]] && (j+1 == len(words) || !isCap(words[j+1])) {
			return true
		}
	}
	return false
}

// policyAfter reports whether token k of toks, right after a name, opens
// a run of one or two lower-case nouns closed by a noun of [schemeNouns]:
// "election policy", "pipeline", "gas pipeline project".
func policyAfter(toks []nlp.Token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if !isNoun(toks[j]) || isCap(toks[j].Text) {
			return false
		}
		if schemeNouns[toks[j].Lower()] && (j+1 == len(toks) || !isNoun(toks[j+1])) {
			return true
		}
	}
	return false
}

// policyAfterOf reports whether token k of toks is "of" before one to
// eight capitalised words, which "and", "of" and "the" may join, and then
// [policyAfter]'s nouns: the name before "of" is the first half of a
// scheme's name.
func policyAfterOf(toks []nlp.Token, k int) bool {
	if k >= len(toks) || toks[k].Text != "of" {
		return false
	}
	j, caps := k+1, 0
	for ; j < len(toks) && j <= k+8; j++ {
		if w := toks[j].Text; isCap(w) && isWord(w) {
			caps++
		} else if w != "and" && w != "of" && w != "the" {
			break
		}
	}
	return caps > 0 && isCap(toks[j-1].Text) && policyAfter(toks, j)
}

// schemeNouns are the nouns for policies, schemes, proposals and works of
// building that follow the name they take ("the Top Two election
// policy", "the EastMed pipeline"). Nouns that also follow a body's or a
// person's name ("campaign", "movement", "project", "administration") are
// left out.
var schemeNouns = map[string]bool{
	"policy": true, "policies": true, "scheme": true, "schemes": true, "programme": true, "program": true,
	"proposal": true, "proposals": true, "pipeline": true, "slogan": true, "doctrine": true, "legislation": true,
	"law": true, "laws": true, "bill": true, "bills": true, "plan": true, "plans": true, "initiative": true,
	"framework": true, "frameworks": true,
}

// eventHeads are the last words of the names of meetings, which take their
// topic after "on" ("Summit on Climate Change").
var eventHeads = map[string]bool{"Meeting": true, "Summit": true, "Symposium": true, "Workshop": true, "Seminar": true, "Colloquium": true}

// musicWork reports whether a name of several words names a piece of
// music: it opens with the piece's form ("Symphony From the New World"),
// or ends in it after an ordinal ("Seventh Symphony") or an instrument
// ("Piano Concerto").
func musicWork(name []string) bool {
	if musicForms[name[0]] {
		return true
	}
	last := name[len(name)-1]
	return musicForms[last] && (ordinalWords[name[0]] || instruments[name[len(name)-2]])
}

// musicForms are the forms of pieces of music.
var musicForms = map[string]bool{
	"Symphony": true, "Concerto": true, "Sonata": true, "Overture": true, "Requiem": true,
	"Cantata": true, "Oratorio": true, "Serenade": true, "Nocturne": true, "Prelude": true,
}

// ordinalWords are the ordinal numbers in words, capitalised.
var ordinalWords = map[string]bool{
	"First": true, "Second": true, "Third": true, "Fourth": true, "Fifth": true, "Sixth": true,
	"Seventh": true, "Eighth": true, "Ninth": true, "Tenth": true,
}

// instruments are the instruments that name a concerto or a sonata.
var instruments = map[string]bool{
	"Piano": true, "Violin": true, "Cello": true, "Flute": true, "Clarinet": true, "Horn": true,
	"Trumpet": true, "Oboe": true, "Organ": true, "Guitar": true,
}

// categoryWords open the names of awards' categories ("Best Actor", "Most
// Valuable Player").
var categoryWords = map[string]bool{"Best": true, "Most": true}

// awardFor reports whether the words before token k are "for" after an
// award's name or a nomination ("Awards for", "nominated for").
func awardFor(words []string, k int) bool {
	if k < 2 || words[k-1] != "for" {
		return false
	}
	w := words[k-2]
	return workWords[w] && (w == "Award" || w == "Awards" || w == "Prize" || w == "Medal" || w == "Trophy") ||
		w == "nomination" || w == "nominations" || w == "nominated"
}

// siteWords are the last words of the names of sites and buildings, which
// the gazetteer's place heads (data/words.txt) leave out; not "Hall", a
// frequent surname.
var siteWords = newWordSet(map[string]bool{
	"Pad": true, "Complex": true, "Facility": true, "Terminal": true, "Plaza": true, "Arena": true,
	"Stadium": true, "Tower": true, "Towers": true, "Building": true, "Bridge": true, "Prison": true,
	"Jail": true, "Gaol": true, "Station": true, "Airport": true, "Castle": true, "Cathedral": true, "Abbey": true,
	"Square": true, "Street": true, "Road": true, "Avenue": true, "Mosque": true, "Synagogue": true,
	"Theater": true, "Theatre": true, "Auditorium": true, "Cinema": true, "Hotel": true, "Temple": true, "Chapel": true,
	"Mall": true, "Lane": true, "Boulevard": true, "Highway": true, "Motorway": true, "Freeway": true,
})

// capitalize returns w with its first letter in upper case.
func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

func isDigitOrDash(r rune) bool { return r == '-' || r >= '0' && r <= '9' }

// vessel reports whether a name's first words say it is a ship's or a
// spacecraft's: "Space Shuttle Atlantis", "USS Cole", "HMS Victory"; or
// the craft's kind alone ("the last Space Shuttle mission"). A storm's name
// is no actor either, after its category too ("Category Four Hurricane
// Selma"), nor is a tropical storm's kind alone ("no longer qualified as a
// "Tropical Depression"").
func vessel(name []string) bool {
	if len(name) > 3 && name[0] == "Category" {
		name = name[2:]
	}
	switch {
	case len(name) >= 2 && name[0] == "Space" && name[1] == "Shuttle":
		return true
	case len(name) >= 2 && name[len(name)-2] == "Space" && name[len(name)-1] == "Station":
		return true // "International Space Station"
	case len(name) >= 2 && name[0] == "Tropical" && tropicalKinds[name[1]]:
		return true // a storm or a depression, like a hurricane (below), is no actor
	case len(name) > 1:
		return vesselPrefixes.has(name[0]) || stormPrefixes.has(name[0])
	}
	return false
}

// dropNonActors returns ms without the names of ships that a ship's prefix
// opens, known names included: "the CSS Florida", "USS Texas" name no
// state, and the prefix alone ("HMS") no organisation. Nor are diseases
// and viruses actors ("died of COVID-19", "contracted Ebola", "tested
// positive for SARS-CoV-2"), which the recogniser, having seen few of
// them, takes for places or bodies: a name [diseaseName] knows, or one
// where only an illness stands ([illnessSlot]). Nor are slogans
// ([inSlogan]), the names of days ("Super Tuesday"), numbered parts of
// texts, laws and studies ([numberedPart]), or amounts written with a
// country's dollar sign ([currencyAmount]), nor faiths, their gods and
// the Earth ([faithWords]).
func dropNonActors(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	out := ms[:0]
	for _, m := range ms {
		if m.start > 0 && vesselPrefixes.has(toks[m.start-1].Text) ||
			m.end == m.start+1 && vesselPrefixes.has(toks[m.start].Text) && m.end < len(toks) && isCap(toks[m.end].Text) {
			continue
		}
		if diseaseName(toks[m.start:m.end]) || illnessSlot(toks, m.start) || inSlogan(toks, m.start) {
			continue
		}
		if numberedPart(toks, m) || currencyAmount(toks[m.start].Text) {
			continue
		}
		if carMade(toks, m) {
			continue
		}
		if m.kind == mSingle && m.gaz == nil && len(m.titles) == 0 && roadCode(toks, m.start) {
			// "located off the A496", "closed the M62 near Leeds": a
			// road's number is no actor.
			continue
		}
		if m.kind == mSingle && m.gaz == nil && len(m.titles) == 0 && (faithWords[toks[m.start].Text] || creedWords[toks[m.start].Text]) && !titleThe(s, m.start) {
			// "converted to Islam", "the Muslim community", "praise
			// Allah": a faith, its believers' adjective or its god
			// written alone is no actor ("Muslims" are a group). "The"
			// with a capital inside a sentence opens a paper's title
			// ("the newspaper The Hindu reported").
			continue
		}
		if m.kind == mSingle && m.gaz == nil && len(m.titles) == 0 && notOrgAcronyms[toks[m.start].Text] && m.start > 0 && indefiniteWords[toks[m.start-1].Lower()] {
			// "One MP told the BBC", "Another CEO said": an unnamed
			// holder of the office, no actor.
			continue
		}
		if m.kind == mSingle && m.gaz == nil && len(m.titles) == 0 && communityInitials[toks[m.start].Text] {
			// "LGBT activist Tom Wu", "the LGBTQ community": the
			// initials of a community of people, no body they are
			// members of.
			continue
		}
		if m.kind == mSingle && m.gaz == nil && len(m.titles) == 0 && pluralAcronym(toks[m.start].Text) {
			// "URLs", "NGOs", "CFLs": an acronym in the plural is a
			// common noun, no one actor.
			continue
		}
		if m.kind == mSingle && m.gaz == nil && m.end < len(toks) && weekdays[toks[m.end].Text] && (m.start == 0 || !placePreps[toks[m.start-1].Lower()]) {
			// "heads into Super Tuesday", "ahead of Black Friday": an
			// unknown word before a weekday opens a day's name, no
			// actor ("in Halden Tuesday" names the place).
			continue
		}
		if m.kind == mSingle && m.gaz == nil && len(m.titles) == 0 && fieldOfRole(toks, m.start) {
			// "Ann Lee, Halvik VP of Engineering,", "its Director of
			// Marketing": the field of the holder's post, no body.
			continue
		}
		out = append(out, m)
	}
	return out
}

// fieldWords are the fields of work that a post covers, written with a
// capital after a role noun and "of": "VP of Engineering", "Director of
// Marketing".
var fieldWords = map[string]bool{
	"Engineering": true, "Marketing": true, "Sales": true, "Operations": true, "Finance": true, "Communications": true,
	"Research": true, "Product": true, "Products": true, "Technology": true, "Strategy": true, "Development": true,
	"Programming": true, "Design": true, "Content": true, "Advertising": true, "Partnerships": true, "Engagement": true,
}

// fieldOfRole reports whether token k is one of [fieldWords] after "of"
// and a role noun or "VP".
func fieldOfRole(toks []nlp.Token, k int) bool {
	if k < 2 || !fieldWords[toks[k].Text] || toks[k-1].Text != "of" || k+1 < len(toks) && isCap(toks[k+1].Text) {
		return false
	}
	w := toks[k-2].Lower()
	return w == "vp" || w == "svp" || w == "evp" || roleNoun(w)
}

// indefiniteWords before a noun say that it is some one of its kind.
var indefiniteWords = map[string]bool{"one": true, "another": true, "each": true, "every": true, "a": true, "an": true, "some": true, "any": true}

// communityInitials name communities of people by their initials.
var communityInitials = map[string]bool{"LGBT": true, "LGBTQ": true, "LGBTI": true, "LGBTIQ": true, "LGBTQIA": true, "LGBTQ+": true}

// districtCourts names the court a judge's title means when the body or
// place before it ends in "District": "United States Federal District
// Judge Ann Vale", "Tom Wu, a United States District judge," sit in a
// district court, an organisation, not in a district, which is a place.
// ms are changed in place.
func districtCourts(s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if m.kind != mName || m.typ != schema.Organization && m.typ != schema.GPE || m.end >= len(toks) || toks[m.end-1].Text != "District" ||
			toks[m.end].Lower() != "judge" {
			continue
		}
		m.name, m.typ = m.name+" Court", schema.Organization
	}
}

// pluralAcronym reports whether w is an acronym of two letters or more
// with a plural's "s" ("URLs", "NGOs").
func pluralAcronym(w string) bool {
	a, ok := strings.CutSuffix(w, "s")
	return ok && len(a) >= 2 && isAcronym(a) && strings.ContainsAny(a[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
}

// faithWords are faiths, the adjectives and singular nouns of their
// believers and the names of their gods, and the planet, which the
// recogniser, having seen few of them, takes for places. Words that are
// also given names or surnames ("Christian", "Sun", "Moon") are left out.
var faithWords = map[string]bool{
	"Islam": true, "Christianity": true, "Judaism": true, "Hinduism": true, "Buddhism": true, "Sikhism": true,
	"Jainism": true, "Taoism": true, "Catholicism": true, "Protestantism": true, "Zoroastrianism": true,
	"Muslim": true, "Jewish": true, "Hindu": true, "Buddhist": true, "Sikh": true, "Catholic": true,
	"Protestant": true, "Sunni": true, "Shia": true, "Shiite": true, "Islamic": true,
	"Allah": true, "Jehovah": true, "Yahweh": true,
	"Earth": true,
}

// creedWords are the adjectives of political or militant creeds, which
// the recogniser takes for a body's name when one opens a sentence
// ("Islamist rebels killed five soldiers"): a kind of fighters, as
// "militant" is, and no actor of its own.
var creedWords = map[string]bool{
	"Islamist": true, "Jihadist": true, "Salafist": true, "Salafi": true, "Wahhabi": true, "Marxist": true,
	"Maoist": true, "Leninist": true, "Trotskyist": true, "Fascist": true, "Anarchist": true,
}

// currencyAmount reports whether w is an amount written with a country's
// dollar sign, which the tokenizer keeps in one word ("US$750", "A$2",
// "HK$10.5"), or with a currency's letters right before the digits ("Sh60",
// "KSh5", "Rs500").
func currencyAmount(w string) bool {
	pre, num, ok := strings.Cut(w, "$")
	if !ok {
		i := 0 // the first digit's offset, read byte by byte: IndexAny costs more on these short words
		for i < len(w) && (w[i] < '0' || w[i] > '9') {
			i++
		}
		return i > 0 && i < len(w) && currencySigns[w[:i]]
	}
	if pre == "" || num == "" || num[0] < '0' || num[0] > '9' {
		return false
	}
	for _, r := range pre {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// currencySigns are the letters that some currencies write right before
// an amount ([currencyAmount]): shillings, rupees, rupiah, pesos, birr,
// leones, cedis. One letter alone (rand, naira, kwacha) is left out: it
// opens codes that name groups too ("the K12 militia").
var currencySigns = map[string]bool{
	"Sh": true, "KSh": true, "Ksh": true, "TSh": true, "Tsh": true, "USh": true, "Ush": true, "Rs": true, "Rp": true,
	"Php": true, "Br": true, "Le": true, "GH": true,
}

// labelNouns are the capitalised nouns that a number after them makes the
// label of a part of a text, a law, a case or a study: "Title IV", "Tab
// 3", "Case 22-506", "Factor 1", "Figure 2".
var labelNouns = map[string]bool{
	"Title": true, "Article": true, "Chapter": true, "Section": true, "Part": true, "Volume": true,
	"Book": true, "Tab": true, "Table": true, "Figure": true, "Appendix": true, "Exhibit": true,
	"Annex": true, "Schedule": true, "Clause": true, "Paragraph": true, "Factor": true, "Phase": true,
	"Stage": true, "Level": true, "Type": true, "Class": true, "Grade": true, "Case": true,
	"Listing": true, "Step": true, "Episode": true, "Page": true, "Item": true, "Amendment": true,
	"Proposition": true, "Experiment": true, "Study": true, "Version": true, "Category": true,
}

// numberedPart reports whether mention m of toks ends with one of
// [labelNouns] and a number or Roman number, within it or right after it
// ("Title IV", "See Tab" before "3"): a label, no actor.
func numberedPart(toks []nlp.Token, m *mention) bool {
	last := m.end - 1
	if m.end-m.start >= 2 && regnal(toks[last].Text) {
		last-- // "Title IV"
	} else if m.end >= len(toks) || toks[m.end].Tag != "CD" && !regnal(toks[m.end].Text) {
		return false
	}
	return labelNouns[toks[last].Text]
}

// inSlogan reports whether the name at k of toks lies in a slogan, a
// capitalised run that a capitalised imperative opens inside the sentence,
// "the" after the imperative or not ("chanted Make America Great Again",
// "the Build Back Better plan", "opposition to Defund the Police"): no
// actor, and no cut name ("Great Again", "Police").
func inSlogan(toks []nlp.Token, k int) bool {
	for i := k; i > 0; i-- {
		if !isCap(toks[i].Text) {
			if toks[i].Text != "the" || i == k || !sloganVerbs[toks[i-1].Text] || i-1 == 0 {
				return false
			}
			continue // "Defund the Police": the verb is next
		}
		if sloganVerbs[toks[i].Text] && i+1 < len(toks) && (isCap(toks[i+1].Text) || toks[i+1].Text == "the" && i+2 < len(toks) && isCap(toks[i+2].Text)) {
			return true
		}
	}
	return false
}

// carMade reports whether m, a mention of toks, is a carmaker's name
// that names a car it made: a known carmaker's ([entry.desc] "carmaker")
// right after "the" and closing its noun phrase ("the Volvo had come
// from the base"; not "the Volvo plant", "the Volvo board").
func carMade(toks []nlp.Token, m *mention) bool {
	if m.gaz == nil || !slices.Contains(m.gaz.desc, "carmaker") || m.start == 0 || toks[m.start-1].Lower() != "the" {
		return false
	}
	return m.end == len(toks) || !isNoun(toks[m.end]) && !isCap(toks[m.end].Text) && toks[m.end].Tag != "POS"
}

// sloganVerbs open slogans as imperatives. "Save" ("Save the Children"),
// "Stop" ("Stop the War Coalition") and "Vote" ("Vote Leave") open the
// names of campaigns that act, and are left out.
var sloganVerbs = map[string]bool{
	"Make": true, "Build": true, "Take": true, "Get": true, "Bring": true,
	"Defund": true, "Abolish": true, "Drain": true,
}

// diseases are the names of illnesses and viruses that news writes with a
// capital or as an acronym, by their last word.
var diseases = map[string]bool{
	"covid": true, "covid-19": true, "sars": true, "sars-cov-2": true, "mers": true, "ebola": true, "hiv": true,
	"aids": true, "hiv/aids": true, "zika": true, "coronavirus": true, "influenza": true, "flu": true, "h1n1": true,
	"h5n1": true, "mpox": true, "monkeypox": true, "omicron": true, "malaria": true, "cholera": true, "polio": true,
	"measles": true, "tuberculosis": true, "dengue": true, "anthrax": true, "smallpox": true,
}

// diseaseName reports whether a name names an illness or a virus: its last
// word is one of [diseases], or ends in "virus" or "Disease" ("the Nipah
// virus", "Lyme Disease", "Ebola Virus Disease"). A name that "of" or
// "for" joins before "Disease" names the body that studies it ("the
// National Institute of Allergy and Infectious Disease", "the Society for
// Lyme Disease").
func diseaseName(name []nlp.Token) bool {
	last := name[len(name)-1].Lower()
	if diseases[last] || strings.HasSuffix(last, "virus") {
		return true
	}
	if len(name) < 2 || last != "disease" {
		return false
	}
	for _, t := range name[:len(name)-1] {
		if t.Text == "of" || t.Text == "for" {
			return false
		}
	}
	return true
}

// illnessSlot reports whether the word at k of toks stands where only an
// illness does: after "died of" or "died from", "positive for",
// "diagnosed with" or "infected with".
func illnessSlot(toks []nlp.Token, k int) bool {
	if k > 0 && toks[k-1].Text == "the" {
		k--
	}
	if k < 2 {
		return false
	}
	prev, verb := toks[k-1].Text, toks[k-2].Lower()
	switch prev {
	case "of", "from":
		return verb == "died" || verb == "dies" || verb == "die" || verb == "dying"
	case "for":
		return verb == "positive" || verb == "negative"
	case "with":
		return verb == "diagnosed" || verb == "infected"
	}
	return false
}

// stormPrefixes open the names of storms ("Cyclone Phailin", "Hurricane
// Katrina"), which are no actors either.
var stormPrefixes = newWordSet(map[string]bool{"Hurricane": true, "Cyclone": true, "Typhoon": true, "Storm": true})

// tropicalKinds follow "Tropical" in a storm's name ("Tropical Storm
// Velma", "Tropical Depression Three").
var tropicalKinds = map[string]bool{"Storm": true, "Depression": true}

// vesselPrefixes are the prefixes of the names of navies' and merchant
// ships: a motor vessel's or tanker's too ("MV Alma Lund", "MT Ocean Star").
var vesselPrefixes = newWordSet(map[string]bool{"USS": true, "CSS": true, "HMS": true, "HMAS": true, "HMCS": true, "HMNZS": true, "RMS": true, "USNS": true, "MV": true, "MT": true})

// personContext reports whether the words around m, a mention of s, say
// it names a person: a lower-case noun right before it ("musician Nick
// Rhodes"), "said" right before or after it, or an apposition to a role
// noun ("the secretary general of Norway, Lea Park, agreed"; "Lea Park,
// a spokeswoman for the ministry").
func personContext(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	if roleNounBefore(s, m) {
		return true
	}
	if m.start > 0 && saidWords[toks[m.start-1].Lower()] ||
		m.end < len(toks) && saidWords[toks[m.end].Lower()] {
		return true
	}
	// The phrase before a comma right before the name, or after a comma
	// right after it, up to the next comma: a role noun in it makes an
	// apposition.
	if m.start > 0 && toks[m.start-1].Text == "," && roleBetween(toks, m.start-2, -1) {
		return true
	}
	return m.end < len(toks) && toks[m.end].Text == "," && roleBetween(toks, m.end+1, 1)
}

// roleNounBefore reports whether a lower-case common noun comes right
// before m, as a person's title does ("US singer Nora Day", "the
// economist Tom Year"), where a date's name follows an article, a
// preposition or an adjective ("on Boxing Day", "the New Year").
func roleNounBefore(s nlp.Sentence, m *mention) bool {
	k := m.start - 1
	return k >= 0 && (s.Tokens[k].Tag == "NN" || s.Tokens[k].Tag == "NNS") && !isCap(s.Tokens[k].Text)
}

// roleBetween reports whether a lower-case role noun ("secretary",
// "leader", "member") is among the at most six tokens from toks[k] on in
// direction step (1 or -1), stopping at punctuation.
func roleBetween(toks []nlp.Token, k, step int) bool {
	for n := 0; n < 6 && k >= 0 && k < len(toks); n, k = n+1, k+step {
		w := toks[k].Text
		if toks[k].Tag == "," || toks[k].Tag == "." || toks[k].Tag == ":" {
			return false
		}
		if isCap(w) {
			continue
		}
		if w = strings.ToLower(w); leadNouns[w] || memberNouns[w] || workNouns[w] {
			return true
		}
	}
	return false
}

// workContext reports whether the words beside m, a mention of s, say it
// names a work: a lower-case noun for a kind of work right before it ("the
// romantic comedy Leap Year", "the television series Gilmore Girls"), or
// for a kind of ship ("the cargo ship Alma Lund", [shipKinds]) or a god
// ("the god Thoth", [godKinds], or in a list of them, [godList]), a
// verb of authorship ("published Analytic Syntax", "wrote his Dumky
// Trio"), or
// as the head of an apposition right after it ("Cry Wolf, another horror
// film"; "Thyrza, a series of elegies"; "Dumky Trio, one of his chamber
// music pieces") or of the complement of "is a" or "was a" ("Velmorin is
// an open-source game").
func (r *Resolver) workContext(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	if k := m.start - 1; k >= 0 && isNoun(toks[k]) && !isCap(toks[k].Text) && (workKinds[toks[k].Text] || shipKinds[toks[k].Text] || godKinds[toks[k].Text]) && !(clauseVerbAfter(toks, m.end) && r.g.given(toks[m.start].Text)) &&
		!(m.end+1 < len(toks) && toks[m.end].Tag == "POS" && isCap(toks[m.end+1].Text)) {
		// Not "the talk show Nora Day's Best Friends": the name before
		// a possessive that opens the title is its owner's.
		return true
	}
	if godList(toks, m.start) {
		return true
	}
	if craftBefore(toks, m.start) && (m.end == len(toks) || !isNoun(toks[m.end]) && toks[m.end].Tag != "POS" && toks[m.end].Text != "-") {
		return true // not "aboard the Scientology-owned cruise ship": the name of its owner
	}
	if m.end+1 < len(toks) && toks[m.end].Lower() == "star" && isCap(toks[m.end+1].Text) {
		// "Lena Dorn star Ann Lee": an actor named by the work she
		// stars in.
		return true
	}
	if castIn(toks, m.start) && !courtHeads[toks[m.end-1].Lower()] && !(toks[m.start-1].Lower() == "the" && r.g.is("orghead", toks[m.end-1].Text)) {
		// "appeared in Bergen District Court": a court appearance, no
		// part in a film; "appeared in the Halvik Parliament", "in the
		// Velmor Daily News": a body's name.
		return true
	}
	if programmeTitle(toks, m) {
		return true
	}
	if k := m.end; k+1 < len(toks) && (toks[k].Lower() == "starring" || toks[k].Text == "," && toks[k+1].Lower() == "starring") {
		return true // "Kinsey, starring Tom Wu as ...": a film
	}
	k := m.start - 1
	if k > 0 && ownWords[toks[k].Lower()] {
		k--
	}
	if k >= 0 && authorVerbs[toks[k].Lower()] && (m.end == len(toks) || toks[m.end].Tag != "POS" && toks[m.end].Tag != "DT") &&
		!(k == m.start-1 && afterQuote(toks, k)) {
		// "he published Analytic Syntax", "wrote his Dumky Trio": what
		// an author writes is a work ("wrote Tom a letter" aside). Right
		// after a quotation the verb reports it, and the name is its
		// writer's: '"...," wrote Ann Lee', '"...", wrote Ann Lee'.
		return true
	}
	from := m.end + 1 // the apposition's first word
	if m.end+2 < len(toks) && (toks[m.end].Lower() == "is" || toks[m.end].Lower() == "was") && (toks[m.end+1].Lower() == "a" || toks[m.end+1].Lower() == "an") {
		from = m.end + 2 // "Velmorin is an open-source game": a copula's complement
	} else if m.end+1 >= len(toks) || toks[m.end].Text != "," || strings.HasPrefix(toks[m.end+1].Tag, "W") {
		return false // "Ann Lee, whose debut album ...": a relative clause, no apposition
	}
	// The head of the apposition or the complement: the last noun of
	// its first run of nouns, within nine tokens and before any
	// punctuation or name.
	head := ""
	for k := from; k < len(toks) && k <= m.end+9; k++ {
		t := toks[k]
		if t.Tag == "," || t.Tag == "." || t.Tag == ":" || t.Tag == "NNP" || t.Tag == "NNPS" {
			break
		}
		if t.Tag == "WP" || t.Tag == "WP$" {
			return false // "Tom Wu, whose debut album ...": a person's clause
		}
		if head == "" && strings.HasPrefix(t.Tag, "VB") {
			return false // '"Ann Day," imitating a song': a clause, no apposition
		}
		if isNoun(t) {
			head = t.Text
		} else if head != "" {
			break
		}
	}
	return workKinds[head] || godKinds[head]
}

// afterQuote reports whether token k of toks comes right after a
// closing quotation, whose mark the comma that ends the quoted words
// may follow as well as precede ('"...," wrote', '"...", wrote').
func afterQuote(toks []nlp.Token, k int) bool {
	if k > 1 && toks[k-1].Text == "," {
		k--
	}
	return k > 0 && quoteMark(toks[k-1].Text) != 0
}

// docKinds gives the document's other mentions of a name the type that
// the words beside one of them gave it (kinds, from recognize): a name the
// document calls a film or a book is dropped ("the film Lena Dorn" before
// "Lena Dorn won best picture"; "Halvern producer Tom Wu" after "Halvern,
// a comedy starring Ann Lee"), one it calls a band is an organisation.
// The recogniser reads both as persons' names wherever nothing beside
// them says otherwise. The names the rules made rather than the
// recogniser join kinds here when the words beside them call them works
// ([Resolver.workContext]). A guessed lone word keeps its type, since a
// surname is also read so now and then; a name the gazetteer knows, or
// one with a title, is an actor's; without the recogniser, as in
// recognize, every name is kept. A name of several words that the rules
// make an organisation somewhere ("Apex Shark Expeditions, a company
// that ...") is one where the recogniser guessed a person's ("scientists
// from Apex Shark Expeditions" before it); so is one the rules make a
// place the gazetteer does not know ("Khyber Pakhtunkhwa province" after
// "governs Khyber Pakhtunkhwa"). ms are the mentions of sents,
// changed in place.
func (r *Resolver) docKinds(sents []nlp.Sentence, ms [][]*mention, kinds map[string]schema.EntityType) {
	ruled := func(m *mention) bool {
		return r.rec != nil && named(m) && m.gaz == nil && len(m.titles) == 0 && m.name != ""
	}
	orgs := map[string]schema.EntityType{}
	for _, s := range ms {
		for _, m := range s {
			if !m.guess && m.kind == mName && (m.typ == schema.Organization || m.typ == schema.GPE && m.gaz == nil) && m.name != "" &&
				wordCount(m.name) > 1 && orgs[m.name] == "" {
				orgs[m.name] = m.typ
			}
		}
	}
	for _, s := range ms {
		for _, m := range s {
			if t := orgs[m.name]; m.guess && m.kind == mName && m.typ == schema.Person && t != "" {
				m.typ = t
			}
		}
	}
	var things map[string]bool // the last words of things' names of several words
	for i, s := range ms {
		for _, m := range s {
			if _, ok := kinds[m.name]; ok || !ruled(m) {
				continue
			}
			if r.workContext(sents[i], m) && !titleGoesOnIn(sents[i], m) || productContext(sents[i], m) {
				kinds[m.name] = ""
			} else if softwareContext(sents[i], m) || thingContext(sents[i], m) {
				kinds[m.name] = ""
				if f := strings.Fields(m.name); len(f) > 1 {
					if things == nil {
						things = map[string]bool{}
					}
					things[f[len(f)-1]] = true
				}
			}
		}
	}
	things = thingShortForms(sents, things)
	for i, s := range ms {
		// "Stream receives updates" after "Velmor Stream's release
		// cycle": a word alone that ends a thing's name, with no title
		// and unknown to the gazetteer, is that thing, no actor.
		ms[i] = slices.DeleteFunc(s, func(m *mention) bool {
			return m.kind == mSingle && things[m.name] && m.gaz == nil && len(m.titles) == 0
		})
	}
	if len(kinds) == 0 {
		return
	}
	for i, s := range ms {
		ms[i] = slices.DeleteFunc(s, func(m *mention) bool {
			t, ok := kinds[m.name]
			if !ok {
				return false
			}
			guessed := m.guess && m.kind != mSingle
			if t == "" {
				return guessed || ruled(m)
			}
			if guessed {
				m.typ = t
			} else if m.kind == mSingle && (m.guess || m.hint != "") && m.gaz == nil && len(m.titles) == 0 {
				// "Vyasna said ... Vyasna, a rights center,": a lone
				// word the words beside one of its mentions type
				// ([apposedKind]) is of that type in all, whatever
				// the recogniser or the rules guessed at the others.
				m.hint = t
			}
			return false
		})
	}
}

// timeAdjectives place a time noun in time ("next year"): after a name
// they modify no noun with it.
var timeAdjectives = map[string]bool{"next": true, "last": true, "this": true, "past": true, "previous": true, "coming": true, "following": true}

// bodyContext reports whether the words beside m, a mention of s, say it
// names a band or another body: a noun for one right before it ("the
// rock band Velmora Drift", "the magazine Velmor Weekly") or a plural verb
// after it ([pluralSubject]).
func bodyContext(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	k := m.start - 1
	return k >= 0 && bodyKinds[toks[k].Lower()] && isNoun(toks[k]) || pluralSubject(toks, m.start, m.end)
}

// groupNounAfter reports whether m, a mention of s, stands between "the"
// and a lower-case noun for a group of people ([groupNouns]), with at
// most a word for what the group does between ([bodyTrades]): "the Kala
// Jara network", "the Kala Jara militant group". A body's possessive may
// stand for "the", before a force, a mission or an agency of the body too
// ([ownedBodyNouns]): "the UN's Velmoru peacekeeping force".
func groupNounAfter(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	if m.start == 0 {
		return false
	}
	owned := toks[m.start-1].Tag == "POS"
	if !owned && !strings.EqualFold(toks[m.start-1].Text, "the") {
		return false
	}
	j := m.end
	if j < len(toks) && (bodyTrades[toks[j].Text] || owned && toks[j].Text == "peacekeeping") {
		j++
	}
	return j < len(toks) && (groupNouns[toks[j].Text] || owned && ownedBodyNouns[toks[j].Text]) && isNoun(toks[j])
}

// ownedBodyNouns name, after a body's possessive and the name of one, a
// body that the possessor holds: "the UN's Velmoru peacekeeping force",
// "the EU's Velmor agency".
var ownedBodyNouns = map[string]bool{"force": true, "mission": true, "agency": true}

// groupNouns name, after the name of one, a group of people acting
// together. Nouns that follow a person's name as often ("team", "family",
// "campaign") are left out.
var groupNouns = map[string]bool{
	"group": true, "network": true, "militia": true, "movement": true, "organisation": true, "organization": true,
	"faction": true, "gang": true, "cartel": true, "syndicate": true,
}

// bodyKinds name a group of musicians or performers, a publication or a
// business, before its name. Nouns that also describe a person ("maker",
// "operator", "publisher", "broadcaster") are left out.
var bodyKinds = map[string]bool{
	"band": true, "duo": true, "trio": true, "quartet": true, "quintet": true, "outfit": true, "bands": true,
	"magazine": true, "newspaper": true, "tabloid": true, "website": true, "label": true, "company": true,
	"firm": true, "bookmaker": true, "retailer": true, "charity": true,
	"airline": true, "supermarket": true,
}

// clauseVerbAfter reports whether token k is a finite verb other than a
// form of "be" or "have": "the film Ann Lee directed", with a given name
// first, names the film's maker before a relative clause's verb, not the
// film.
func clauseVerbAfter(toks []nlp.Token, k int) bool {
	if k >= len(toks) || beForms[toks[k].Lower()] {
		return false
	}
	switch toks[k].Tag {
	case "VBD", "VBZ", "VBP":
		switch toks[k].Lower() {
		case "has", "have", "had":
			return false
		}
		return true
	}
	return false
}

func isNoun(t nlp.Token) bool { return t.Tag == "NN" || t.Tag == "NNS" }

// castIn reports whether the name at toks[k] follows "in" after an
// actor's part in the same clause: "her role in", "starred in", "playing
// a boxer in", "appears in", "the" between or not ("appeared in the
// Borat Subsequent Moviefilm").
func castIn(toks []nlp.Token, k int) bool {
	if k > 2 && toks[k-1].Lower() == "the" {
		k-- // "appeared in the Borat Subsequent Moviefilm"
	}
	if k < 2 || toks[k-1].Lower() != "in" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		w := toks[j].Lower()
		if castWords[w] {
			return true
		}
		if toks[j].Tag == "," || toks[j].Tag == "." || toks[j].Tag == ":" || toks[j].Tag == "IN" || isCap(toks[j].Text) {
			return false
		}
	}
	return false
}

// castWords are the words for an actor's part in a film, a show or a play.
var castWords = map[string]bool{
	"role": true, "roles": true, "starred": true, "starring": true, "stars": true, "co-starred": true, "co-starring": true,
	"playing": true, "played": true, "cameo": true, "appeared": true, "appears": true, "appearing": true,
}

// kindAfterA reports whether m, a mention of s, heads a noun phrase opened
// by "a" or "an" with only adjectives between ("a unique Pilot Training
// Program"): a kind of thing, or one of a kind, not a named actor.
func kindAfterA(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	if m.end < len(toks) && strings.HasPrefix(toks[m.end].Tag, "NN") {
		return false // "a BBC reporter": the name only describes
	}
	k := m.start - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "RB") && !isCap(toks[k].Text) {
		k--
	}
	return k >= 0 && (toks[k].Lower() == "a" || toks[k].Lower() == "an")
}

// authorVerbs are the verbs whose object is a work an author makes, and
// ownWords the possessives and articles that may stand between.
var (
	authorVerbs = map[string]bool{"published": true, "wrote": true, "composed": true, "authored": true, "penned": true, "co-wrote": true}
	ownWords    = map[string]bool{"his": true, "her": true, "their": true, "its": true, "the": true, "a": true}
)

// workKinds are the common nouns for kinds of works: films, shows, books,
// music, pictures and games.
var workKinds = map[string]bool{
	"film": true, "films": true, "movie": true, "movies": true, "drama": true, "comedy": true,
	"thriller": true, "documentary": true, "series": true, "sitcom": true, "miniseries": true,
	"novel": true, "novels": true, "book": true, "poem": true, "poems": true, "elegies": true,
	"memoir": true, "memoirs": true, "autobiography": true, "biography": true, "novella": true, "essay": true, "essays": true,
	"album": true, "song": true, "songs": true, "opera": true, "musical": true, "symphony": true,
	"piece": true, "pieces": true, "painting": true, "paintings": true, "sculpture": true,
	"biopic": true, "cartoon": true, "show": true, "shows": true, "programme": true, "programmes": true,
	"single": true, "singles": true, "sequel": true, "blockbuster": true, "soap": true,
	"game": true, "games": true, "videogame": true,
}

// rankTitle reports whether name, a guessed name of several words, is a
// rank of masters in chess, bridge or go ("Woman Grand Master", "Women
// Grand Masters", "FIDE Master"): "Master" or "Masters" after a word of
// [masterRanks], with no given name first. A nickname ending in "Master"
// ("Crime Master", a villain's) is no rank.
func rankTitle(r *Resolver, name []string) bool {
	n := len(name)
	return (name[n-1] == "Master" || name[n-1] == "Masters") && masterRanks[name[n-2]] && !r.g.given(name[0])
}

// gameRank reports whether the title name is a rank of masters in a game
// or its abbreviation ("Grand Master", "Grandmaster", "IM"), written before
// a player's name: a rank the player holds, no office of a state or a body.
func gameRank(name string) bool {
	f := strings.Fields(name)
	n := len(f)
	return n >= 2 && f[n-1] == "Master" && masterRanks[f[n-2]] || gameRankWords[name]
}

// gameRankWords are the ranks of games that [masterRanks] do not spell.
var gameRankWords = map[string]bool{"Grandmaster": true, "Woman Grandmaster": true, "IM": true, "WGM": true, "WIM": true}

// masterRanks are the words before "Master" in the names of the ranks of
// games.
var masterRanks = map[string]bool{
	"Grand": true, "International": true, "FIDE": true, "Candidate": true, "National": true, "Life": true,
}

// godKinds name gods, which are no actors either: "the god Thoth", "the
// ancient gods, such as Zeus and Hera" ("God" written with a capital is
// a name of its own).
var godKinds = map[string]bool{
	"god": true, "gods": true, "goddess": true, "goddesses": true, "deity": true, "deities": true,
}

// godList reports whether the name at token k is in a list that gods or
// goddesses open: "the ancient gods, such as Zeus, Hera and Athena",
// "deities like Isis". The names and commas before k, and "and" or "or",
// lead back to "such as", "like" or "including" after the kind's noun.
func godList(toks []nlp.Token, k int) bool {
	k--
	for n := 0; k >= 0 && n < 20 && (isCap(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NNP") || toks[k].Text == "," || toks[k].Text == "and" || toks[k].Text == "or"); n++ {
		k--
	}
	switch {
	case k >= 1 && toks[k].Text == "as" && toks[k-1].Text == "such":
		k -= 2
	case k >= 0 && (toks[k].Text == "like" || toks[k].Text == "including"):
		k--
	default:
		return false
	}
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	return k >= 0 && godKinds[toks[k].Text]
}

// shipKinds name a kind of ship or aircraft before its name, which is no
// actor either: "the cargo ship Alma Lund", "the tanker Ocean Star", "the
// helicopter Blue Falcon".
var shipKinds = map[string]bool{
	"ship": true, "vessel": true, "tanker": true, "freighter": true, "ferry": true, "yacht": true,
	"trawler": true, "warship": true, "frigate": true, "destroyer": true, "submarine": true,
	"aircraft": true, "airliner": true, "jetliner": true, "helicopter": true, "plane": true, "bomber": true,
}

// craftBefore reports whether the words before token k, the first of a
// name, say the name is a craft's: "aboard" or "on board", "the" between
// or not ("sailed aboard the Ocean Viking", "flew aboard Air Force One"),
// or a noun of [shipKinds], a comma and "a" or "an" ("the aircraft, a
// Boeing B-17 Flying Fortress,").
func craftBefore(toks []nlp.Token, k int) bool {
	if k > 0 && toks[k-1].Lower() == "the" {
		k--
	}
	if k > 0 && (toks[k-1].Lower() == "aboard" || toks[k-1].Lower() == "onboard") ||
		k > 1 && toks[k-1].Lower() == "board" && toks[k-2].Lower() == "on" {
		return true
	}
	return k > 2 && (toks[k-1].Lower() == "a" || toks[k-1].Lower() == "an") && toks[k-2].Text == "," && shipKinds[toks[k-3].Lower()]
}

// titleGoesOn reports whether m, one word, only opens a work's title that
// goes on with a small word and a capitalised one ("the radio show Imus in
// the Morning" after "Don Imus"): the word alone is then no name of the
// work, and its other mentions, the host's surname, stay actors.
func titleGoesOn(words []string, m *mention) bool {
	k := m.end
	if m.kind != mSingle || m.end-m.start != 1 || k+1 >= len(words) || !titleWords[words[k]] {
		return false
	}
	if words[k+1] == "the" && k+2 < len(words) {
		k++
	}
	return isCap(words[k+1])
}

// titleGoesOnIn is [titleGoesOn] on the words of s.
func titleGoesOnIn(s nlp.Sentence, m *mention) bool {
	words := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		words[i] = t.Text
	}
	return titleGoesOn(words, m)
}

// programmeNouns are the lower-case nouns of broadcasts that close a
// programme's title: "the Baltic in Focus programme".
var programmeNouns = map[string]bool{
	"programme": true, "program": true, "show": true, "series": true, "documentary": true, "podcast": true,
}

// titleWords are the small words inside a title ("Baltic in Focus"). An
// article is none: "cast as Sam Winchester on the WB series" opens
// another phrase.
var titleWords = map[string]bool{"in": true, "of": true, "on": true, "and": true, "at": true, "for": true, "&": true}

// programmeTitle reports whether m opens or sits in a programme's title
// that a programme noun closes: "Norway's Baltic in Focus programme" (a
// title of capitalised and small words), "the BBC's Halvik Tonight
// programme" (a title after a possessive). A broadcaster's own name right
// before the noun ("the BBC programme", "a Channel 4 series") is no
// title.
func programmeTitle(toks []nlp.Token, m *mention) bool {
	if isAcronym(toks[m.start].Text) || m.end < len(toks) && toks[m.end].Tag == "POS" {
		return false
	}
	// "in Focus programme": a name after a title's small word is inside
	// the title.
	small := m.start >= 2 && titleWords[toks[m.start-1].Text] && isCap(toks[m.start-2].Text)
	k := m.end
	for ; k < len(toks) && k < m.end+6; k++ {
		t := toks[k]
		if titleWords[t.Lower()] && !isCap(t.Text) {
			small = true
			continue
		}
		if !isCap(t.Text) {
			break
		}
	}
	if k >= len(toks) || !programmeNouns[toks[k].Text] || small && !isCap(toks[k-1].Text) {
		return false
	}
	return small || m.start > 0 && toks[m.start-1].Tag == "POS"
}

// theWord reports whether m is one word in title case (not an acronym)
// right after "the".
func theWord(s nlp.Sentence, m *mention) bool {
	w := s.Tokens[m.start].Text
	return m.start > 0 && strings.EqualFold(s.Tokens[m.start-1].Text, "the") && w != strings.ToUpper(w)
}

// compassWords are the compass points that open names ("North Korea").
var compassWords = map[string]bool{"North": true, "South": true, "East": true, "West": true}

// saidWords are the verbs of speech that stand next to a speaker's name.
var saidWords = map[string]bool{"said": true, "says": true, "told": true, "added": true, "asked": true}

// sourceVerbs are the verbs whose subject reports or claims ("The Kestrel
// claimed"), and after which "in" names where it was written ("reported
// in The Kestrel").
var sourceVerbs = map[string]bool{
	"said": true, "says": true, "reported": true, "reports": true, "claimed": true, "claims": true,
	"wrote": true, "writes": true, "published": true, "revealed": true, "described": true, "noted": true,
	"quoted": true, "cited": true, "added": true, "stated": true, "appeared": true, "written": true,
}

// sourceSlot reports whether a title, "The" at token k of toks and the
// words up to end, stands where a source or a performer does: the
// subject of a verb of saying or reporting ("The Kestrel claimed"), after
// by, from, told or with ("a report from The Kestrel", "known from The
// Marlows", "an interview with The Kestrel"), after "according to" or a
// speech verb and "to" ("said to The Kestrel"), or after a reporting verb
// and "in" ("reported in The Kestrel"). The journey's words ("across The
// Atlantic", "in The Hague") are none of them.
func sourceSlot(toks []nlp.Token, k, end int) bool {
	if end < len(toks) && sourceVerbs[toks[end].Text] {
		return true
	}
	if k == 0 {
		return false
	}
	switch toks[k-1].Lower() {
	case "by", "from", "told", "tells", "with":
		return true
	case "to":
		return k >= 2 && (toks[k-2].Lower() == "according" || saidWords[toks[k-2].Lower()] || toks[k-2].Lower() == "spoke" || toks[k-2].Lower() == "talked")
	case "in":
		return k >= 2 && sourceVerbs[toks[k-2].Lower()]
	}
	return false
}

// knowsAny reports whether the recogniser knows one of words.
func (r *Resolver) knowsAny(words []string) bool {
	for _, w := range words {
		if r.rec.Knows(w) {
			return true
		}
	}
	return false
}

func hasGuess(ms []*mention) bool {
	for _, m := range ms {
		if m.guess {
			return true
		}
	}
	return false
}

// givenThenPlace returns the person named by a run of two words, a
// capitalised word and the one-word name of a place the gazetteer knows, in
// either order ("Lena Paris", "Helen Georgia", "Paris Hilton"), or nil
// for any other run. A first word the gazetteer lists as a given name (the
// place's own name too: "Virginia Mott"), or a title before the run, makes
// the run a person's name; else the run is a
// guess that the recogniser decides ([Resolver.recognize]): it keeps the
// person when it reads the whole run as a person's name and otherwise
// takes the rules' other reading, kept in alt: the word alone and the place
// ("Visit Paris", "Kansas City"). A first word that opens the names of
// places ("Lake Geneva", "Fort Worth", "Saint Helena") or a last word that
// ends those of regions, bodies, sites, dates or works ("Paris Council"),
// which the rules read on, keeps the rules' reading. A run the gazetteer knows as a whole
// ("New York") is one unit and never comes here.
func (r *Resolver) givenThenPlace(s nlp.Sentence, seg []unit, titles []*title, orgNext bool) *mention {
	if len(seg) != 2 || orgNext || seg[0].end-seg[0].start != 1 {
		return nil
	}
	if u := seg[1]; u.end-u.start == 2 && s.Tokens[u.end-1].Text == "." && seg[0].kind == uCap && u.kind == uEntry && u.e.typ == schema.GPE {
		// "signed for FC Porto.": the place's entry takes the
		// sentence's stop; a club's name still opens with the word.
		if w := s.Tokens[seg[0].start].Text; clubFirst[w] || clubAcronym(w) {
			return placeMention(s, seg, schema.Organization)
		}
	}
	if seg[1].end-seg[1].start != 1 {
		return nil
	}
	word, place := seg[0], seg[1]
	if word.kind == uEntry {
		word, place = place, word
	}
	if word.kind != uCap || place.kind != uEntry || place.e.typ != schema.GPE {
		return nil
	}
	w := s.Tokens[word.start].Text
	if word.start < place.start && naturalFirst[w] {
		// "Lake Geneva", "Mount Kenya": a lake or a mountain named
		// after a place is a place of its own, no person's and no
		// town's.
		return placeMention(s, seg, schema.Location)
	}
	if word.start < place.start && (clubFirst[w] || clubAcronym(w) || mediaArms[w] && w != "News" && w != "World") {
		// "Atlético Madrid", "Bayern Munich", "AC Milan", "PSV
		// Eindhoven": a sports club named after its town; "KTV Wales",
		// "Radio Wales": a body's branch or a station named after its
		// region.
		return placeMention(s, seg, schema.Organization)
	}
	if s.Tokens[word.start].Tag != "NNP" || isAcronym(s.Tokens[place.start].Text) || isAcronym(w) ||
		compassWords[w] || r.g.is("placehead", w) || r.g.is("notname", w) {
		return nil
	}
	if word.start < place.start && placeFirst[w] {
		return nil
	}
	if word.start > place.start && w == "City" {
		// "Kansas City", "Panama City": a town named after its state
		// or country.
		return placeMention(s, seg, schema.GPE)
	}
	if word.start > place.start && (r.g.is("regionhead", w) || r.g.is("orghead", w) || siteWords.has(w) ||
		periodWord(w) || workWords[w]) {
		return nil
	}
	a, b := seg[0].start, seg[1].end
	m := &mention{kind: mName, start: a, end: b, surface: spanText(s, a, b), typ: schema.Person}
	m.name = cleanName(m.surface)
	// The name's first word a given name the gazetteer lists makes a
	// person, whichever of the two is the place ("Helen Georgia",
	// "Virginia Mott": a state that is also a given name, before a
	// surname).
	if k := a - 1; word.start < place.start && k >= 0 && (k == 0 || !isCap(s.Tokens[k].Text)) && (occupationNouns[s.Tokens[k].Lower()] || roleNoun(s.Tokens[k].Lower())) {
		// "actor Denzel Washington", "economist Ann Jordan", and at
		// the sentence's start "Actor Denzel Washington": a noun for
		// what people do before the run makes it a person's name, the
		// place's word the surname.
		return m
	}
	if len(titles) == 0 && r.g.givenGender(m.name) == 0 && !(place.start < word.start && r.givenPlace(s, m)) {
		m.guess = true
		if word.start < place.start {
			m.alt = append(r.segment(s, seg[:1], nil, nil, false), r.entryMention(s, place))
		} else {
			m.alt = append([]*mention{r.entryMention(s, place)}, r.segment(s, seg[1:], nil, nil, false)...)
		}
	}
	return m
}

// givenPlace reports whether m, a run of a place's one-word name and a
// capitalised word after it, names a person whose given name is spelled
// as the place ("Chad", "Georgia", "Israel", "Jordan"): the place's word
// is a given name of data/given's lists, and the words around the run say
// it is a person's: a lower-case noun before it ("activist Chad Morrow"),
// an apposition to a role noun ("Georgia Lamb, a teacher, said"), or "of"
// and a body's name after it ("Chad Morrow of the Open Ballot Project
// said"). "said" alone, which follows a paper's name as well ("Israel
// Hayom said"), is left to the recogniser.
func (r *Resolver) givenPlace(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	if !r.g.listedGiven(toks[m.start].Text) {
		return false
	}
	if k := m.start - 1; k >= 0 && isNoun(toks[k]) && !isCap(toks[k].Text) {
		return true
	}
	if m.start > 0 && toks[m.start-1].Text == "," && roleBetween(toks, m.start-2, -1) ||
		m.end < len(toks) && toks[m.end].Text == "," && roleBetween(toks, m.end+1, 1) {
		return true
	}
	k := m.end + 1
	if k < len(toks) && toks[k].Lower() == "the" {
		k++
	}
	return k+1 < len(toks) && toks[m.end].Text == "of" && isCap(toks[k].Text) && isCap(toks[k+1].Text)
}

// surnameParticles are the capitalised particles that open surnames of
// several words ("De Silva", "De La Cruz", "Van Dam", "Da Costa").
var surnameParticles = map[string]bool{
	"De": true, "Da": true, "Di": true, "Du": true, "Del": true, "Della": true, "Dos": true, "Das": true,
	"Van": true, "Von": true,
}

// particleName reports whether m, a name of three words or more of s,
// is a given name of data/given's lists, a particle and capitalised words
// ("Hugo De Zorza", "Carla De La Torre"), written as no place's name: not
// after a preposition of place ("in Marina Del Rey") and ending in no
// head word of a site, a place or a body.
func (r *Resolver) particleName(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	if m.end-m.start < 3 || !r.g.listedGiven(toks[m.start].Text) || !surnameParticles[toks[m.start+1].Text] ||
		placeFirst[toks[m.start].Text] || naturalFirst[toks[m.start].Text] || townFirst[toks[m.start].Text] {
		return false
	}
	if m.start > 0 && locPreps[toks[m.start-1].Lower()] {
		return false
	}
	for _, t := range toks[m.start+2 : m.end] {
		if !isCap(t.Text) {
			return false
		}
	}
	w := toks[m.end-1].Text
	return !siteWords.has(w) && !placeLast[w] && !r.g.is("placehead", w) && !r.g.is("regionhead", w) && !r.g.is("orghead", w)
}

// surnamePlaceLast are the [placeLast] words that are frequent surnames
// too ("Tom Hall", "Lea Park").
var surnamePlaceLast = map[string]bool{"Hall": true, "Park": true}

// givenMiddleSurname reports whether m, a name of three words of s, is a
// given name (of data/given's lists, or a word that neither the gazetteer
// nor the recogniser knows), a middle name of the lists and a surname,
// written as no place's name: not after a preposition of place, the
// first word opening no place's name, the last the head of no site,
// place, region or body, save the frequent surnames among the words
// that end the names of sites ([surnamePlaceLast]).
func (r *Resolver) givenMiddleSurname(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	first := toks[m.start].Text
	if !r.g.listedGiven(first) && (r.g.entries[normKey(first)] != nil || r.rec == nil || r.rec.Knows(first)) {
		return false // a given name, or a word none knows ("Tynice")
	}
	if m.end-m.start != 3 || !r.g.listedGiven(toks[m.start+1].Text) ||
		placeFirst[toks[m.start].Text] || naturalFirst[toks[m.start].Text] || townFirst[toks[m.start].Text] ||
		nameArticles[toks[m.start].Text] || compassWords[toks[m.start].Text] {
		return false
	}
	if m.start > 0 && locPreps[toks[m.start-1].Lower()] {
		return false
	}
	w := toks[m.end-1].Text
	if !isCap(w) || r.g.entries[normKey(w)] != nil && !surnamePlaceLast[w] {
		return false
	}
	if surnamePlaceLast[w] {
		return true
	}
	return !siteWords.has(w) && !placeLast[w] && !r.g.is("placehead", w) && !r.g.is("regionhead", w) && !r.g.is("orghead", w)
}

// placeMention returns the mention of a place of type t named by the
// units of seg.
func placeMention(s nlp.Sentence, seg []unit, t schema.EntityType) *mention {
	a, b := seg[0].start, seg[len(seg)-1].end
	m := &mention{kind: mName, start: a, end: b, surface: spanText(s, a, b), typ: t}
	m.name = cleanName(m.surface)
	return m
}

// clubFirst are the words that open the names of sports clubs named after
// their town ("Real Madrid", "Inter Milan", "FC Porto").
var clubFirst = map[string]bool{
	"Real": true, "Atlético": true, "Atletico": true, "Athletic": true, "Inter": true, "AC": true, "FC": true,
	"AS": true, "SC": true, "CF": true, "Bayern": true, "Borussia": true, "Sporting": true, "Dynamo": true,
	"Dinamo": true, "Olympique": true, "Racing": true, "Deportivo": true, "Lokomotiv": true, "Spartak": true,
	"CSKA": true, "Hertha": true,
}

// clubAcronym reports whether w, the word before a place's name, is an
// acronym of two to four capitals that opens a club's or a body's name
// named after the place ("PSV Eindhoven", "AZ Alkmaar", "KTV Wales"), not a
// word of a headline in capitals ("THE", "FOR"), a dotted abbreviation, a
// ship's prefix ("HMS Belfast") or a performer's ("MC Kano").
func clubAcronym(w string) bool {
	if len(w) < 2 || len(w) > 4 || strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" || vesselPrefixes.has(w) {
		return false
	}
	switch w {
	case "THE", "AND", "FOR", "OF", "IN", "AT", "TO", "ON", "BY", "AN", "NEW", "OLD", "MC", "DJ":
		return false
	}
	return true
}

// naturalFirst are the words of [placeFirst] that open the names of lakes,
// mountains and capes; townFirst those that open the names of towns.
var (
	naturalFirst = map[string]bool{"Lake": true, "Loch": true, "Mount": true, "Mt": true, "Mt.": true, "Cape": true}
	townFirst    = map[string]bool{"Fort": true, "Ft.": true, "Port": true}
)

// placeFirst are words that open the names of places, not of people.
var placeFirst = map[string]bool{
	"Lake": true, "Mount": true, "Mt": true, "Mt.": true, "Fort": true, "Ft.": true, "Saint": true, "St": true,
	"St.": true, "San": true, "Santa": true, "Port": true, "Cape": true, "New": true, "Old": true, "Upper": true,
	"Lower": true, "Greater": true, "Little": true, "Great": true, "Central": true, "Inner": true, "Outer": true,
}

// readAlts replaces each guessed name that has another reading (alt) by
// that reading unless the recogniser's spans read the whole name as a
// person's or as an organisation's: spans are 1-based and inclusive, as in [Resolver.recognize];
// with no spans (no recogniser) every other reading is taken.
func readAlts(ms []*mention, spans []ner.Span) []*mention {
	var out []*mention
	for _, m := range ms {
		if m.alt == nil {
			out = append(out, m)
			continue
		}
		person, org := false, false
		for _, sp := range spans {
			if sp.Start-1 == m.start && sp.End == m.end {
				person = person || sp.Type == ner.Person
				org = org || sp.Type == ner.Organization
			}
		}
		switch {
		case person:
			m.alt = nil
			out = append(out, m)
		case org:
			// "Air India", "Atletico Madrid", "Boston Globe", "Cleveland
			// Orchestra": a word and a place, in either order, read
			// whole as an organisation's name, is one company, club,
			// newspaper or orchestra named after the place, no person
			// and no list.
			m.alt, m.guess, m.typ = nil, false, schema.Organization
			out = append(out, m)
		default:
			out = append(out, m.alt...)
		}
	}
	return out
}

// surnamePlace returns the person of the document whose surname is the
// one-word place m names, or nil: after "Lena Paris" ([Resolver.givenThenPlace]),
// "Paris was born in Switzerland" is she, not the city. A place after a
// preposition of place, "of" or "the" ("moved to Paris") stays the place. m
// then loses the place's type and gazetteer entry.
func (d *docState) surnamePlace(si int, m *mention) *docEntity {
	if m.kind != mName || m.gaz == nil || m.end-m.start != 1 || m.typ != schema.GPE && m.typ != schema.Location {
		return nil
	}
	toks := d.input[si].Tokens
	if k := m.start - 1; k >= 0 {
		if prev := toks[k].Lower(); locPreps[prev] || prev == "of" || prev == "the" {
			return nil
		}
	}
	w := toks[m.start].Lower()
	e := d.recent(func(e *docEntity) bool {
		// Not an office named by its state ("Attorney General of
		// Texas"): the state after "of" is no surname.
		n := len(e.tokens)
		return e.typ == schema.Person && n > 1 && e.tokens[n-1] == w && e.tokens[n-2] != "of"
	})
	if e != nil {
		m.typ, m.gaz = schema.Person, nil
	}
	return e
}

// roadCode reports whether toks[k], after "the", is a road's number as
// Britain and Ireland write it: A, B, M, N or R and one to four digits
// ("the A496", "the M62"), or an American interstate's ("the I-95").
// Without "the" such a token may be a company's name ("A24").
func roadCode(toks []nlp.Token, k int) bool {
	if k == 0 || toks[k-1].Lower() != "the" {
		return false
	}
	if k+1 < len(toks) && (armedBodyNouns[toks[k+1].Lower()] || toks[k+1].Lower() == "group" || toks[k+1].Lower() == "movement") {
		return false // "the M23 rebels", "the M23 group": an armed group's name
	}
	w := toks[k].Text
	if strings.HasPrefix(w, "I-") {
		w = "I" + w[2:]
	} else if len(w) == 0 || !strings.ContainsRune("ABMNR", rune(w[0])) {
		return false
	}
	d := w[1:]
	if len(d) < 1 || len(d) > 4 {
		return false
	}
	for _, c := range d {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// bodyAcronym reports whether w, the last word of a guessed name, is the
// acronym of a body: three to five capital letters, neither a
// post-nominal nor a Roman numeral.
func bodyAcronym(w string) bool {
	if len(w) < 3 || len(w) > 5 || postNominals[w] || honourSuffixes[w] || strings.Trim(w, "IVXLC") == "" {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// titleAfterThe reports whether the guessed person m ends in a title noun
// right before "of" ([nameTitle]: "Dean", "Speaker", "Director"), opens
// with no given name unless the title is all of it, and follows "the"
// with at most two adjectives, party labels or "former" between ("the
// former Democratic Dean of the House", "the Republican Dean of the
// Senate"): a description of a post.
func (r *Resolver) titleAfterThe(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	if m.end >= len(toks) || toks[m.end].Lower() != "of" || nameTitle(toks[m.end-1].Lower()) == nil || m.end-m.start > 1 && r.g.given(toks[m.start].Text) {
		return false
	}
	k := m.start - 1
	for n := 0; n < 2 && k > 0 && (strings.HasPrefix(toks[k].Tag, "JJ") || formerWord(toks[k].Lower()) || partyLabel(toks[k].Text) != ""); n++ {
		k--
	}
	return k >= 0 && toks[k].Lower() == "the"
}
