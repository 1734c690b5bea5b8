package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// A unitKind classifies a piece of a capitalised chunk.
type unitKind int

// Kinds of units.
const (
	uCap unitKind = iota
	uEntry
	uDemonym
	uTitle
	uOrgDesc
	uOf
	uAnd
	uPoss
	// uTo is "to" or "to the" after an envoy's title, before the state or
	// body the envoy is sent to ("Ambassador to the United States").
	uTo
	// uJoin is a plural's possessive inside a name ("the New People's
	// Party"): it joins the words around it into one name.
	uJoin
	// uPortfolio is "of" or "for" and a minister's portfolio between the
	// title and the name ("Minister of Education Ann Lee"), the ministry's
	// name.
	uPortfolio
)

type unit struct {
	kind       unitKind
	start, end int
	e          *entry
	country    string
	t          *title
}

// chunk collects the units of the capitalised chunk starting at token i:
// gazetteer names, nationality adjectives, titles and unknown capitalised
// words, joined by "of", "and" (inside "Ministry of X and Y") and "'s".
func (r *Resolver) chunk(s nlp.Sentence, i int, headline bool) ([]unit, int) {
	toks := s.Tokens
	var us []unit
	k := i
	spell := -1
	if !headline {
		spell = spelledRun(toks, i)
		if spell < 0 {
			// "Norway's Institute of Epidemiology, Disease Control and
			// Research (IEDCR)": the run the acronym spells may open
			// after a possessor's name.
			spell = spelledAfterPossessor(toks, i)
		}
	}
	for k < len(toks) {
		t := toks[k]
		if n := len(us); k < spell && n > 0 && spelledLinks.has(t.Text) && (us[n-1].kind == uCap || us[n-1].kind == uEntry || us[n-1].kind == uDemonym) {
			// "National Oceanic and Atmospheric Administration (NOAA)",
			// "Recording Industry Association of America (RIAA)": the
			// words an acronym spells are one run ([Resolver.spelledOrg]).
			j := k + 1
			for j < spell && spelledLinks.has(toks[j].Text) {
				j++
			}
			kind := uOf
			if t.Text == "and" {
				kind = uAnd
			}
			us = append(us, unit{kind: kind, start: k, end: j})
			k = j
			continue
		}
		if j := r.portfolio(toks, us, k); j > k && !headline {
			us = append(us, unit{kind: uPortfolio, start: k, end: j})
			k = j
			continue
		}
		if j := envoyTo(toks, us, k); j > k && !headline {
			us = append(us, unit{kind: uTo, start: k, end: j})
			k = j
			continue
		}
		if j := r.romanceOf(toks, us, k); j > k && !headline {
			// "Observatoire de Paris", "Institut de Recherche pour le
			// Développement": a Romance "of" after a body's head noun
			// goes on its name, as "of" does in English.
			us = append(us, unit{kind: uOf, start: k, end: j})
			k = j
			continue
		}
		if !headline && len(us) > 0 && isCap(t.Text) && isWord(t.Text) && k+1 < len(toks) && bodyParticles.has(toks[k+1].Text) {
			// "Institut National de Recherche": a capitalised adjective
			// after the head noun, before the particle, is a word of the
			// name, which goes on there.
			if v := append(us[:len(us):len(us)], unit{kind: uCap, start: k, end: k + 1}); r.romanceOf(toks, v, k+1) > k+1 {
				us = v
				k++
				continue
			}
		}
		if !headline && r.romanceAnd(toks, us, k) {
			// "Brigade de Recherche et d'Intervention"
			us = append(us, unit{kind: uJoin, start: k, end: k + 1})
			k++
			continue
		}
		if len(us) > 0 && (len(us) > 1 || purposeOf(toks, k+2)) && us[len(us)-1].kind == uCap && t.Text == "for" && !headline && k+2 < len(toks) &&
			toks[k+1].Text == "the" && isCap(toks[k+2].Text) && r.g.is("orghead", toks[k-1].Text) {
			// "Warhol Foundation for the Visual Arts", "Royal Society
			// for the Protection of Birds": one name ("the Museum for
			// the Arts Council" is none); after a head noun alone, a
			// purpose and "of" ("the Movement for the Liberation of
			// Azawad", "the Front for the Defence of ...").
			us = append(us, unit{kind: uOf, start: k, end: k + 2})
			k += 2
			continue
		}
		if len(us) == 1 && us[0].kind == uCap && us[0].end == k && k-us[0].start == 1 && t.Text == "for" && !headline && !r.g.given(toks[k-1].Text) {
			// "Cinema for Peace Foundation", "Doctors for Halvik Institute":
			// one word, "for" and a purpose's capitalised words that a
			// body's head noun closes are one name.
			j := k + 1
			for j < len(toks) && j < k+4 && isCap(toks[j].Text) && isWord(toks[j].Text) {
				j++
			}
			if j > k+2 && r.g.is("orghead", toks[j-1].Text) && (j == len(toks) || !isCap(toks[j].Text)) {
				us = append(us, unit{kind: uOf, start: k, end: k + 1})
				k++
				continue
			}
		}
		if len(us) > 0 && us[len(us)-1].kind == uCap && t.Text == "of" && !headline && k+2 < len(toks) &&
			toks[k+1].Text == "the" && isCap(toks[k+2].Text) && (r.g.is("orghead", toks[k-1].Text) || r.g.is("orgfirst", toks[k-1].Text)) &&
			r.theTopic(s, k+2) {
			// "the Church of the Nazarene", "the Society of the Divine
			// Word": a body's head noun, "of the" and words that name no
			// state, body or person are one name; "the Council of the
			// European Union" and "the Bank of the Philippines" keep the
			// known name (a school's with a known place, "the University
			// of the South Pacific", is joined by [Resolver.joinOfPlace]).
			us = append(us, unit{kind: uOf, start: k, end: k + 2})
			k += 2
			continue
		}
		if j := r.titleOffice(toks, us, k); j > k && !headline {
			// "the LA Sheriff's office", "the Governor's Office": the
			// title is a word of the office's name, which ends there.
			us[len(us)-1].kind, us[len(us)-1].t = uCap, nil
			us = append(us, unit{kind: uJoin, start: k, end: k + 1}, unit{kind: uCap, start: k + 1, end: j})
			k = j
			break
		}
		if n := len(us); n > 0 && us[n-1].kind == uTitle && us[n-1].t != nil && ofPortfolio(us[n-1].t.name) && t.Text == "of" && !headline &&
			k+1 < len(toks) && toks[k+1].Text == "the" && portfolioEnd(toks, k+1) > k+2 {
			// "the Minister of the Interior, Ann Lee,": as after "of"
			// below, the portfolio is part of the title.
			k = portfolioEnd(toks, k+1)
			us[n-1].end = k
			continue
		}
		if len(us) > 0 && k+1 < len(toks) && isCap(toks[k+1].Text) {
			last := us[len(us)-1].kind
			switch {
			case t.Text == "&" && (last == uCap || last == uEntry) && !headline && r.g.titles[normKey(toks[k+1].Text)] == nil:
				// "Evergreen Aviation & Space Museum", "Procter &
				// Gamble": an ampersand is inside a name.
				us = append(us, unit{kind: uJoin, start: k, end: k + 1})
				k++
				continue
			case t.Tag == "POS" && last == uCap && !(t.Text == "'" && hasUnit(us, uOf) && unitAfter(toks, k)) && r.pluralPossessive(toks, k):
				// "the New People's Party", "the Workers' Party": a
				// plural's possessive inside a body's name; after a
				// name with "of", before a unit's name, the possessive
				// ends that name ("the House of Representatives' Farm
				// Committee").
				us = append(us, unit{kind: uJoin, start: k, end: k + 1})
				k++
				continue
			case last == uTitle && (t.Text == "for" || t.Text == "of" && us[len(us)-1].t != nil && ofPortfolio(us[len(us)-1].t.name)) && !headline && portfolioEnd(toks, k+1) > k+1:
				// "the High Commissioner for Refugees said", "the
				// Minister for Trade, Ann Lee,", "the Minister of
				// Agriculture, Ann Lee,", "the Secretary of Justice for
				// Halvik": a portfolio after "for" (or "of" after a
				// minister or a secretary) that no name follows
				// ([Resolver.portfolio]) is part of the title, no
				// organisation's name.
				k = portfolioEnd(toks, k+1)
				us[len(us)-1].end = k
				continue
			case t.Tag == "POS" && (last == uEntry || last == uCap || last == uTitle && len(us) > 1 && us[len(us)-2].kind == uOf):
				// "Court of Queen's Bench": a title after "of" is a word
				// of the name (see [Resolver.classify]), its possessive too.
				us = append(us, unit{kind: uPoss, start: k, end: k + 1})
				k++
				continue
			case (t.Text == "for" || t.Text == "on" && topicHeads[toks[k-1].Text] && bodyTopic(toks[k+1].Text) && !r.g.is("notname", toks[k+1].Text)) &&
				last == uCap && r.g.is("orghead", toks[k-1].Text) && !corporateSuffixes[toks[k-1].Text] && !headline:
				// "Project on Government Oversight", "Committee on
				// Foreign Affairs": a body's topic after its head noun
				// is part of its name; not "the Senate on Monday", nor
				// "the Space Center on STS-135", nor after a company's
				// legal suffix, which ends its name ("left Acme
				// Limited for Apple"). Only a body that studies or
				// rules on a topic takes one after "on": "an attack by
				// the Velmor Front on Halden" names the target.
				us = append(us, unit{kind: uOf, start: k, end: k + 1})
				k++
				continue

			case t.Text == "to" && last == uCap && len(us) == 1 && us[0].start == k-1 && r.g.is("orgfirst", toks[k-1].Text) &&
				!headline && r.bodyPurpose(toks, k):
				// "the Committee to Protect Journalists": a body's
				// purpose, a capitalised verb after "to", is part of its
				// name; not "moved from the Committee to Parliament".
				us = append(us, unit{kind: uOf, start: k, end: k + 1})
				k++
				continue
			case t.Text == "on" && last == uCap && eventHeads[toks[k-1].Text] && !headline:
				// "International Meeting on Linguistic Research", "the
				// Summit on Climate Change": the topic is part of the
				// event's name, which is no actor ([workWords]).
				us = append(us, unit{kind: uOf, start: k, end: k + 1})
				k++
				continue
			case t.Text == "Against" && last == uCap && !headline:
				// "League Against Cruel Sports", "Campaign Against Arms
				// Trade": written with a capital inside a sentence, the
				// word is inside a body's name.
				us = append(us, unit{kind: uOf, start: k, end: k + 1})
				k++
				continue
			case t.Text == "of" && (last == uCap || last == uEntry) && !headline:
				us = append(us, unit{kind: uOf, start: k, end: k + 1})
				k++
				continue
			case t.Text == "and" && last == uCap && !headline && toks[k-1].Text == "Fire" && k+1 < len(toks) && toks[k+1].Text == "Rescue" && len(us) > 1:
				// "Tom Wu of Kent Fire and Rescue", "Velby Fire and Rescue
				// Service": a fire service's name, after its place, with
				// its head noun or without; after a person's "of" too,
				// where the units hold more than plain words.
				us = append(us, unit{kind: uJoin, start: k, end: k + 1})
				k++
				continue
			case t.Text == "and" && last == uCap && r.plainWords(toks, us) && !headline && panelAfter(toks, k):
				// "the Ways and Means Committee", "the Health and
				// Safety Commission", "the National Search and Rescue
				// Agency", "North Wales Fire and Rescue Service":
				// capitalised words joined by "and" before a panel's or
				// an agency's head noun are one name.
				us = append(us, unit{kind: uJoin, start: k, end: k + 1})
				k++
				continue
			case t.Text == "and" && last == uCap && len(us) == 1 && us[0].start == k-1 && !headline && r.loneHeadAnd(toks, k):
				// "the Command and Control Centre", "the Police and
				// Crime Commission": a body's head noun alone before "and" is
				// the first word of one name, not a body of its own.
				us = append(us, unit{kind: uJoin, start: k, end: k + 1})
				k++
				continue
			case t.Text == "and" && last == uCap && r.plainWords(toks, afterBody(afterPossessive(us))) && !headline && r.bodyAfter(toks, afterPossessive(us), k):
				// "the Food and Agriculture Organization", "the Bill and
				// Melinda Gates Foundation", "the Rock and Roll Hall of
				// Fame": words that name no actor alone, "and" and
				// unknown words ending in a body's or a site's head noun
				// are one name.
				us = append(us, unit{kind: uJoin, start: k, end: k + 1})
				k++
				continue
			case t.Text == "and" && last == uCap && !headline && r.plainWords(toks, afterOwner(us)) && r.portfolioTitleAfter(toks, k):
				// "Road Transport and Bridges Minister Obaidul Quader":
				// the portfolio before a minister's title goes on after
				// "and" ([Resolver.classify] drops it from the names).
				us = append(us, unit{kind: uJoin, start: k, end: k + 1})
				k++
				continue
			case t.Text == "and" && last == uCap && len(us) == 1 && us[0].end == k && us[0].start == k-1 && !headline && r.partyAfter(toks, k):
				// "the Law and Justice Party", "the Peace and Freedom
				// Party": an unknown capitalised word, "and" and
				// capitalised words ending in "Party" are one party's
				// name, unless the words after "and" name a party the
				// gazetteer knows ("Halvorsen and Labour Party members").
				us = append(us, unit{kind: uJoin, start: k, end: k + 1})
				k++
				continue
			case t.Text == "and" && last == uCap && hasUnit(us, uOf) && r.g.is("orgfirst", firstCap(toks, us)):
				us = append(us, unit{kind: uAnd, start: k, end: k + 1})
				k++
				continue
			case t.Text == "and" && last == uCap && !headline && r.topicAnd(toks, afterPossessive(us), k):
				// "the National Institute of Allergy and Infectious
				// Diseases", "the American Society for Biochemistry
				// and Molecular Biology", "the Committee on Ways and
				// Means": a body's topic of plain words goes on after
				// "and".
				us = append(us, unit{kind: uAnd, start: k, end: k + 1})
				k++
				if r.g.titles[normKey(toks[k].Text)] != nil {
					us = append(us, unit{kind: uCap, start: k, end: k + 1}) // "and Justice": a word of the name here
					k++
				}
				continue
			}
		}
		if r.namedDay(toks, us, k) && !headline {
			// "Super Tuesday", "Black Friday", "Cyber Monday": unknown
			// capitalised words before a weekday name it, with the
			// weekday, one day, no actor ([periodWords]).
			us = append(us, unit{kind: uCap, start: k, end: k + 1})
			k++
			continue
		}
		u, ok := r.match(s, k, len(us) > 0, headline)
		if !ok {
			break
		}
		if u.kind == uTitle && u.end == u.start+1 && len(us) > 0 && us[len(us)-1].kind == uCap && us[len(us)-1].end == u.start &&
			u.end < len(toks) && (generationSuffixes[toks[u.end].Text] || toks[u.end].Text == "III" || toks[u.end].Text == "II") {
			// "Martin Luther King Jr.", "Tom Bishop Sr.": a word spelled
			// like a title between a name's words and a generational
			// suffix is the surname, no title.
			u = unit{kind: uCap, start: u.start, end: u.end}
		}
		if u.kind == uDemonym && len(us) > 0 && us[len(us)-1].kind == uCap && us[len(us)-1].end == u.start && demonymEndsName(toks, u.end) {
			// "took control of Reynolds American for $49 billion",
			// "Anglo American said": a demonym after an unknown
			// capitalised word that modifies no noun after it ends a
			// company's name, no state's adjective.
			u = unit{kind: uCap, start: u.start, end: u.end}
		}
		if len(us) > 0 && us[len(us)-1].kind == uCap && us[len(us)-1].end == u.start && r.partyWord(u) {
			// "the Neo Democrats", "an Ottawa New Democrat MP": a party's
			// plural or adjective after an unknown capitalised word ends
			// a longer name, not the party the gazetteer knows.
			u = unit{kind: uCap, start: u.start, end: u.end}
		}
		if r.middlePlace(toks, us, u) {
			// "AMISOM spokesman Ali Aden Houmed", "Tom Paris Wu": a
			// place's one-word name between a given name and an unknown
			// capitalised word that ends the run is a middle name.
			u = unit{kind: uCap, start: u.start, end: u.end}
		}
		us = append(us, u)
		k = u.end
	}
	for len(us) > 0 {
		switch us[len(us)-1].kind {
		case uOf, uAnd, uPoss, uTo, uJoin:
			k = us[len(us)-1].start
			us = us[:len(us)-1]
			continue
		}
		break
	}
	return us, k
}

// demonymEndsName reports whether the word at token k, right after a
// demonym that follows a capitalised word, leaves the demonym nothing to
// modify: punctuation, a preposition, a verb or the sentence's end, not
// a noun, an adjective or another capitalised word.
func demonymEndsName(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	if isCap(t.Text) || strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || t.Tag == "POS" {
		return false
	}
	return t.Tag == "IN" || t.Tag == "TO" || strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "," || t.Tag == "." || t.Tag == ":"
}

// middlePlace reports whether u, a gazetteer place's one-word name, stands
// right after a given name that opens the chunk so far, us, or follows a
// title in it, and before an unknown capitalised word that ends the run: a
// person's middle name.
func (r *Resolver) middlePlace(toks []nlp.Token, us []unit, u unit) bool {
	n := len(us)
	if u.kind != uEntry || u.end != u.start+1 || !isPlaceType(u.e.typ) || n == 0 || n > 1 && us[n-2].kind != uTitle || us[n-1].kind != uCap ||
		us[n-1].end != u.start || us[n-1].start != u.start-1 || !r.g.listedGiven(toks[u.start-1].Text) || u.end+1 >= len(toks) {
		return false
	}
	w := toks[u.end].Text
	return isCap(w) && isWord(w) && !isCap(toks[u.end+1].Text) && r.g.entries[normKey(w)] == nil && r.g.titles[normKey(w)] == nil &&
		!r.g.is("orghead", w) && !r.g.is("placehead", w)
}

// partyWord reports whether u is a political party's name or adjective
// from the gazetteer ("Democrats", "Republican").
func (r *Resolver) partyWord(u unit) bool {
	e := u.e
	if u.kind == uDemonym {
		e = r.g.entries[normKey(u.country)]
	} else if u.kind != uEntry {
		return false
	}
	return e != nil && e.typ == schema.Organization && slices.Contains(e.desc, "party")
}

// portfolio returns the token that starts a minister's name after "of" or
// "for" and a portfolio at k, when the chunk so far ends in a minister's
// or secretary's title: "Minister of Education Ann Lee", "Deputy Minister
// for Foreign Affairs and Trade Mr. Tom Wu", "Undersecretary for
// Education Mr. Tom Wu". The portfolio is a capitalised word that
// is no known name, then any of [portfolioWords]; the name is the
// capitalised words after it. Otherwise it returns k and the words are
// read as before.
func (r *Resolver) portfolio(toks []nlp.Token, us []unit, k int) int {
	if len(us) == 0 || us[len(us)-1].kind != uTitle {
		return k
	}
	return r.portfolioAfter(toks, us[len(us)-1].t, k)
}

// portfolioAfter is [Resolver.portfolio] for the title t before token k.
func (r *Resolver) portfolioAfter(toks []nlp.Token, t *title, k int) int {
	if k+2 >= len(toks) || toks[k].Text != "of" && toks[k].Text != "for" ||
		t.lead && t.name != "Director" || t.name != "Director" &&
		!ministerTitle(t.name) && !strings.HasSuffix(strings.ToLower(t.name), "secretary") {
		return k
	}
	if w := toks[k+1].Text; !isCap(w) || r.g.entries[normKey(w)] != nil || r.g.titles[normKey(w)] != nil && !portfolioWords[w] {
		return k // "Secretary of Justice Ann Lee": a title that names a portfolio is the portfolio
	}
	for e := k + 3; e <= k+4 && e <= len(toks); e++ {
		if r.g.entries[normKey(joinText(toks[k+1:e]))] != nil {
			return k // "Minister of Health for New Zealand": a place of two or three words, no portfolio
		}
	}
	j := k + 2
	for j+1 < len(toks) && (portfolioWords[toks[j].Text] || toks[j].Text == "and" && portfolioWords[toks[j+1].Text] ||
		r.abstractPortfolio(toks[j].Text) && isCap(toks[j+1].Text)) {
		j++
	}
	if !isCap(toks[j].Text) || r.g.entries[normKey(toks[j].Text)] != nil {
		return k
	}
	e := j
	for e+1 < len(toks) && isCap(toks[e+1].Text) && isWord(toks[e+1].Text) {
		e++
	}
	if r.g.is("orghead", toks[e].Text) {
		// "The Director of Orbis Holdings, Ann Lee,": the capitalised
		// words after "of" end in a body's head noun, so they name the
		// body the director heads, no portfolio and a person after it.
		return k
	}
	return j
}

// abstractPortfolio reports whether w, a capitalised word inside a
// portfolio that a name follows, is an abstract noun that no list can
// hold in full and no given name is: "Minister of National Reconciliation
// Ali Haidar", "Minister of Unification", "Minister of Cooperatives".
func (r *Resolver) abstractPortfolio(w string) bool {
	return isCap(w) && !r.g.given(w) && abstractNoun(w)
}

// abstractNoun reports whether w ends as abstract nouns do
// ("Reconciliation", "settlement", "Unity", "Statistics", "Cooperatives"),
// never in "-ence" or "-ance", which given names end in ("Lawrence",
// "Constance").
func abstractNoun(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ity", "ness", "ism", "ics", "ure", "ives", "ies"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ofPortfolio reports whether title name takes its portfolio after
// "of" ("Minister of Agriculture", "Secretary of Justice").
func ofPortfolio(name string) bool {
	return strings.HasSuffix(name, "Minister") || strings.HasSuffix(strings.ToLower(name), "secretary")
}

// portfolioWords continue a minister's portfolio after its first word
// ("Foreign Affairs", "Trade and Industry", "Higher Education").
var portfolioWords = map[string]bool{
	"Affairs": true, "Affair": true, "Development": true, "Security": true, "Trade": true, "Industry": true,
	"Education": true, "Health": true, "Defence": true, "Defense": true, "Justice": true, "Finance": true,
	"Economy": true, "Labour": true, "Labor": true, "Agriculture": true, "Transport": true, "Environment": true,
	"Culture": true, "Energy": true, "Science": true, "Technology": true, "Tourism": true, "Sport": true,
	"Sports": true, "Youth": true, "Welfare": true, "Works": true, "Planning": true, "Infrastructure": true,
	"Fisheries": true, "Forestry": true, "Resources": true, "Research": true, "Heritage": true, "Services": true,
	"Relations": true, "Cooperation": true, "Communications": true, "Information": true, "Housing": true,
	"Employment": true, "Innovation": true, "Commerce": true, "Investment": true, "Immigration": true,
	"Citizenship": true, "Integration": true, "Equality": true, "Family": true, "Families": true,
	"Children": true, "Women": true, "Mines": true, "Mining": true, "Water": true, "Lands": true, "Land": true,
	"Protection": true, "Administration": true, "Government": true, "Budget": true, "Policy": true,
	"Foreign": true, "Home": true, "Internal": true, "Refugees": true, "Human": true, "Rights": true,
	"Media": true, "Work": true, "Pensions": true, "Business": true, "Food": true, "Rural": true,
	"Communities": true, "Local": true, "Skills": true, "Arts": true, "Veterans": true, "Economic": true,
	"International": true, "Climate": true, "Change": true, "Public": true, "Social": true,
	"Policing": true, "Crime": true, "Migration": true, "Digital": true, "Intelligence": true,
	"External": true, // "Minister of State for External Affairs"
	"Interior": true,
	// The peoples a ministry serves: "Minister for Pacific Peoples",
	// "Minister for Ethnic Communities", "Minister for Maori Development".
	"Pacific": true, "Peoples": true, "Ethnic": true, "Indigenous": true, "Maori": true, "Māori": true,
	"Disability": true, "Disabilities": true, "Seniors": true, "Multicultural": true,
}

// ministerTitle reports whether the title name is a minister's, whose
// portfolio names a ministry: "Minister", "Foreign Minister", and the
// junior "Minister of State" ("Minister of State for Defence Tom Wu").
func ministerTitle(name string) bool {
	return strings.HasSuffix(name, "Minister") || name == "Minister of State"
}

// portfolioEnd returns the end of the portfolio of an office that starts
// at token k, after "for": [portfolioWords] joined by "and" or commas
// ("Foreign Affairs", "Work and Pensions", "Refugees"), or k when none
// starts there.
func portfolioEnd(toks []nlp.Token, k int) int {
	end := k
	for j := k; j < len(toks); j++ {
		w := toks[j].Text
		switch {
		case portfolioWords[w]:
			end = j + 1
		case j == k && w == "the" && j+1 < len(toks) && portfolioWords[toks[j+1].Text]:
			// "Minister of the Interior", "Secretary of the Environment"
		case (w == "and" || w == "&" || w == ",") && end == j:
		default:
			return end
		}
	}
	return end
}

// titleOffice returns the token after "office" or "department" when
// the possessive at k follows an office holder's title that ends the
// chunk so far ("Sheriff's office", "District Attorney's Office"), or k.
func (r *Resolver) titleOffice(toks []nlp.Token, us []unit, k int) int {
	if len(us) == 0 || k+1 >= len(toks) || toks[k].Text != "'s" {
		return k
	}
	if u := us[len(us)-1]; u.kind != uTitle && u.kind != uCap ||
		r.g.titles[normKey(toks[k-1].Text)] == nil && roleLemma([]string{strings.ToLower(toks[k-1].Text)}) == "" {
		return k
	}
	switch strings.ToLower(toks[k+1].Text) {
	case "office", "department":
		return k + 2
	}
	return k
}

// pluralPossessive reports whether the possessive at token k follows a
// plural noun ("People's", "Women's", "Workers'") and capitalised words
// ending in an organisation's head follow it ("Party", "Federation"):
// the possessive is inside one name, not a holder before a name.
func (r *Resolver) pluralPossessive(toks []nlp.Token, k int) bool {
	w := toks[k-1].Text
	switch {
	case toks[k].Text == "'s" && (w == "People" || w == "Women" || w == "Children" || w == "Men"):
	case toks[k].Text == "'" && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
	default:
		return false
	}
	j := k + 1
	for j < len(toks) && isCap(toks[j].Text) && j <= k+4 {
		j++
	}
	return j > k+1 && r.g.is("orghead", toks[j-1].Text)
}

// plainWords reports whether the units us, before "and", are one to three
// capitalised words or places' names, none of them an
// organisation's head noun ("Health", "National Search", "North Wales
// Fire"): the first half of one name, where "Halvik Bank and Norland
// Agency" are two.
func (r *Resolver) plainWords(toks []nlp.Token, us []unit) bool {
	if len(us) > 3 {
		return false
	}
	for _, u := range us {
		if u.kind != uCap && u.kind != uEntry {
			return false
		}
		for _, t := range toks[u.start:u.end] {
			if r.g.is("orghead", t.Text) {
				return false
			}
		}
	}
	return true
}

// theTopic reports whether the capitalised words from token j on, after
// a body's head noun and "of the", go on with its name: each is an
// unknown word, none a name the gazetteer knows, a title, a nationality
// or a compass word before a place ("the South Pacific").
func (r *Resolver) theTopic(s nlp.Sentence, j int) bool {
	toks := s.Tokens
	for ; j < len(toks) && isCap(toks[j].Text); j++ {
		if u, ok := r.match(s, j, true, false); !ok || u.kind != uCap || u.end != j+1 || regionModifiers[toks[j].Text] && j+1 < len(toks) && isCap(toks[j+1].Text) {
			return false
		}
	}
	return true
}

// nameGoesOn reports whether "in" and an unknown capitalised word follow
// token j, the end of a title-like word inside a chunk: "the George Floyd
// Justice in Policing Act" goes on as a name, where the word titles no
// one ("President in Phoenix" names a place after the title).
func (r *Resolver) nameGoesOn(toks []nlp.Token, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "in" && isCap(toks[j+1].Text) && r.g.entries[normKey(toks[j+1].Text)] == nil
}

// topicAnd reports whether "and" at token k goes on with the topic of a
// body named by the units us: their first "of", "for" or "on" follows a
// body's head noun ("Institute", "Society", "Committee"), only unknown
// capitalised words come after it, and after "and" come one to three
// capitalised words that are no known name, title, given name or
// body's head noun ("Infectious Diseases", "Molecular Biology",
// "Means"); a title alone that ends the name titles no one ("the Centre
// for Peace and Justice"). "the Bank of England and Barclays", "the University of Lodi
// and Ann Lee" and "the Institute of Physics and Halvik University" stay
// two names.
func (r *Resolver) topicAnd(toks []nlp.Token, us []unit, k int) bool {
	of := slices.IndexFunc(us, func(u unit) bool { return u.kind == uOf })
	if of < 1 || us[of-1].kind != uCap || !r.g.is("orghead", toks[us[of].start-1].Text) && !r.g.is("orgfirst", toks[us[of].start-1].Text) {
		return false
	}
	for _, u := range us[of+1:] {
		if u.kind != uCap {
			return false
		}
	}
	j := k + 1
	for ; j < len(toks) && isCap(toks[j].Text); j++ {
		w := toks[j].Text
		if j > k+3 || r.g.entries[normKey(w)] != nil || r.g.given(w) || r.g.is("orghead", w) {
			return false
		}
		if r.g.titles[normKey(w)] != nil && (j > k+1 || j+1 < len(toks) && isCap(toks[j+1].Text)) {
			return false // "and Justice Ann Lee"; but "the Centre for Peace and Justice", which ends there
		}
	}
	return j > k+1
}

// panelAfter reports whether one or two capitalised words after token k
// end in a panel's head noun ("and Means Committee").
func panelAfter(toks []nlp.Token, k int) bool {
	j := k + 1
	for j < len(toks) && isCap(toks[j].Text) && j <= k+3 {
		switch toks[j].Text {
		case "Committee", "Subcommittee", "Commission", "Board", "Department", "Agency", "Service", "Administration",
			"Authority", "Bureau":
			return j > k+1
		}
		j++
	}
	return false
}

// portfolioTitleAfter reports whether the "and" at token k joins a
// portfolio before a minister's or a secretary's title
// ([portfolioTitle]): a [portfolioWords] word before it, and after it
// one or two capitalised words, no given name, then the title
// ("Transport and Bridges Minister"; "Tom Wu and Ann Lee Minister of
// Health", "Tom Wu and Health Minister Ann Lee" are two people).
func (r *Resolver) portfolioTitleAfter(toks []nlp.Token, k int) bool {
	if k == 0 || !portfolioWords[toks[k-1].Text] || r.g.given(toks[k+1].Text) {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+3 && isCap(toks[j-1].Text); j++ {
		if t := r.g.titles[normKey(toks[j].Text)]; t != nil {
			return portfolioTitle(t)
		}
	}
	return false
}

// afterOwner returns the units of us after a possessive and the
// nationalities before it ("Bangladeshi Road Transport").
func afterOwner(us []unit) []unit {
	us = afterPossessive(us)
	for len(us) > 0 && us[0].kind == uDemonym {
		us = us[1:]
	}
	return us
}

// portfolioTitle reports whether t is a minister's or a secretary's
// title, which a portfolio may go before ("Road Transport Minister").
func portfolioTitle(t *title) bool {
	return strings.HasSuffix(t.name, "Minister") || strings.HasSuffix(t.name, "Secretary")
}

// afterPossessive returns the units of us after the last possessive:
// "Turkey's Disaster" names its owner first ([Resolver.classify] splits
// there).
func afterPossessive(us []unit) []unit {
	for i := len(us) - 1; i >= 0; i-- {
		if us[i].kind == uPoss {
			return us[i+1:]
		}
	}
	return us
}

// afterBody returns the units of us after the last body the gazetteer
// knows ("Peace" of "African Union Peace"), or us when it holds none.
func afterBody(us []unit) []unit {
	for i := len(us) - 1; i >= 0; i-- {
		if us[i].e != nil && us[i].e.typ == schema.Organization {
			return us[i+1:]
		}
	}
	return us
}

// andHeads end the name of a body or a site that "and" may join inside
// ([Resolver.bodyAfter]); [panelAfter] has the panels' and agencies'.
var andHeads = map[string]bool{
	"Organization": true, "Organisation": true, "Foundation": true, "Institute": true, "Council": true,
	"Hospital": true, "Centre": true, "Center": true, "Presidency": true, "Range": true, "Hall": true,
	"Tribes": true,
}

// bodyAfter reports whether "and" at token k joins one name: the units
// us before it hold an unknown word and no person's or body's name
// ("Food", "Bill", "Nevada Test"), and after it come one to three
// capitalised words that are no known name or title, ending in a body's
// or a site's head noun ([andHeads]): "Agriculture Organization",
// "Melinda Gates Foundation", "Training Range"; a fire service's "Fire
// and Rescue" needs none. "Hall" ends a name only
// before "of" ("Roll Hall of Fame"; "Ann and Bo Hall" are people).
// "Microsoft and Gates Foundation staff" and "Texas and Halvik Institute"
// stay two names, as do two heads ("the Presidency and Vice Presidency").
func (r *Resolver) bodyAfter(toks []nlp.Token, us []unit, k int) bool {
	unknown := false
	for i, u := range us {
		switch {
		case u.kind == uCap:
			unknown = true
		case u.e != nil && u.e.typ == schema.Organization && i+1 < len(us) && us[i+1].kind == uCap:
			// "the African Union Peace and Security Council": a body's
			// organ, named after the body, opens with an unknown word.
			unknown = false
		case u.e != nil && (u.e.typ == schema.Person || u.e.typ == schema.Organization):
			return false
		}
		if andHeads[toks[u.end-1].Text] {
			return false // "the Presidency and Vice Presidency": two offices
		}
	}
	if !unknown {
		return false
	}
	if toks[k-1].Text == "Fire" && toks[k+1].Text == "Rescue" {
		return true // "Rogaland Fire and Rescue", a fire service named without its head noun
	}
	for j := k + 1; j < len(toks) && j <= k+3 && isCap(toks[j].Text); j++ {
		w := toks[j].Text
		if andHeads[w] {
			return j > k+1 && (w != "Hall" || j+1 < len(toks) && toks[j+1].Text == "of")
		}
		if r.g.entries[normKey(w)] != nil || r.g.titles[normKey(w)] != nil {
			return false
		}
	}
	return false
}

// loneHeadAnd reports whether the "and" at token k follows a lone word
// that heads bodies' names ("Command", "Police") and goes on in one or two
// capitalised words that end in the head noun of a centre, a panel or an
// agency ([andHeads], [panelAfter]): "Command and Control Centre". The
// word after "and" is no known name, title or head noun of its own:
// "the Army and Navy", "Police and Coast Guard units" stay two.
func (r *Resolver) loneHeadAnd(toks []nlp.Token, k int) bool {
	if k < 1 || !r.g.is("orghead", toks[k-1].Text) || k+2 >= len(toks) {
		return false
	}
	w := toks[k+1].Text
	if !isCap(w) || r.g.is("orghead", w) || r.g.entries[normKey(w)] != nil || r.g.titles[normKey(w)] != nil {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+3 && isCap(toks[j].Text); j++ {
		if andHeads[toks[j].Text] && toks[j].Text != "Hall" {
			return true
		}
	}
	return panelAfter(toks, k)
}

// partyAfter reports whether one to three capitalised words after token
// k end in "Party", or come before a lower-case "party" ("the Law and
// Justice party", whose name they end), and do not name a party the
// gazetteer knows.
func (r *Resolver) partyAfter(toks []nlp.Token, k int) bool {
	for j := k + 2; j < len(toks) && j <= k+3 && isCap(toks[j-1].Text); j++ {
		switch toks[j].Text {
		case "Party":
			_, known := r.g.entries[normKey(joinText(toks[k+1:j+1]))]
			return !known
		case "party":
			_, known := r.g.entries[normKey(joinText(toks[k+1:j]))]
			return !known
		}
	}
	return false
}

// unitAfter reports whether the capitalised words after token k end in a
// unit's head noun ([unitHeads]): "' Farm Committee".
func unitAfter(toks []nlp.Token, k int) bool {
	j := k + 1
	for j < len(toks) && isCap(toks[j].Text) && j <= k+4 {
		j++
	}
	return j > k+1 && unitHeads[toks[j-1].Lower()]
}

// envoyTo returns the token after "to" or "to the" at k when the chunk so
// far ends in an envoy's title and a capitalised word follows ("Afghan
// Ambassador to the United States Ann Lee"), or k.
func envoyTo(toks []nlp.Token, us []unit, k int) int {
	if len(us) == 0 || us[len(us)-1].kind != uTitle || toks[k].Text != "to" && !briefFor(toks, k) {
		return k // "Special Envoy for Syria Ann Lee": an envoy's brief, as "to" a post
	}
	f := strings.Fields(us[len(us)-1].t.name)
	if !envoyNoun(f[len(f)-1]) {
		return k
	}
	j := k + 1
	if j < len(toks) && strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	if j < len(toks) && isCap(toks[j].Text) {
		return j
	}
	return k
}

// envoyPostAfter reports whether an envoy's title t ending at token j is
// followed by "to" or "to the" and a capitalised word: "Norway's
// ambassador to Denmark Ola Berg" ([envoyTo] then reads the post).
func envoyPostAfter(toks []nlp.Token, t *title, j int) bool {
	f := strings.Fields(t.name)
	if j+2 >= len(toks) || toks[j].Text != "to" && !briefFor(toks, j) || !envoyNoun(f[len(f)-1]) {
		return false
	}
	return isCap(toks[j+1].Text) || strings.EqualFold(toks[j+1].Text, "the") && j+3 < len(toks) && isCap(toks[j+2].Text)
}

// envoyNoun reports whether w names an envoy, who is sent "to" a state or
// body.
func envoyNoun(w string) bool {
	switch strings.ToLower(w) {
	case "ambassador", "envoy", "representative", "commissioner", "consul", "emissary":
		return true
	}
	return false
}

// indefinitePronouns name no one in particular, written with a capital
// at a sentence's start (not in a title: "the album Everything Must Go").
var indefinitePronouns = map[string]bool{
	"something": true, "someone": true, "somebody": true, "anything": true, "anyone": true, "anybody": true,
	"everything": true, "everyone": true, "everybody": true, "nothing": true, "nobody": true, "no-one": true,
}

// modifierCompound reports whether w is a compound adjective whose last
// part is a lower-case participle in -ing or "old" ("Trump-loving",
// "Fifteen-year-old"), or a suffix of [personSuffixes] ("Trump-backed":
// a backer, not a part of the name after it). A syllable of a hyphenated given name ("Man-kei",
// "Ka-shing", "Wai-ching") is shorter than six letters.
func modifierCompound(w string) bool {
	suffix, last := lowerTail(w)
	return last == "old" || len(last) >= 6 && strings.HasSuffix(last, "ing") || personSuffixes[suffix]
}

// backerWord reports whether w is a compound of [personSuffixes]
// ("Trump-backed"): a backer's name and the act, never a name's word.
func backerWord(w string) bool {
	suffix, _ := lowerTail(w)
	return personSuffixes[suffix]
}

// compoundHeads are the lower-case last parts that make a compound an
// adjective ("HIV-positive", "Muslim-majority", "Hassan-side").
var compoundHeads = map[string]bool{
	"positive": true, "negative": true, "majority": true, "minority": true, "side": true,
	"like": true, "style": true, "specific": true, "free": true, "friendly": true, "wide": true,
}

// adjectiveCompound reports whether w is a compound whose last part, after
// a hyphen, makes it an adjective: a participle in -ed or -ing
// ("Ebola-infected", "Award-winning") or a word of [compoundHeads]. The
// compounds that name a place or an actor before the suffix ("Oslo-based",
// "Iran-backed": [basedSuffixes], [actorSuffixes]) are read elsewhere and
// left out; so are syllables of hyphenated given names ("Man-kei",
// "Cheuk-ting"), which are shorter than six letters or end otherwise.
func adjectiveCompound(w string) bool {
	suffix, last := lowerTail(w)
	if _, ok := actorSuffixes[suffix]; ok || slices.Contains(basedSuffixes, suffix) {
		return false
	}
	return compoundHeads[last] || len(last) >= 6 && (strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing"))
}

// lowerTail returns the part of w from its last hyphen on ("-positive")
// and that part without the hyphen ("positive") when it is of lower-case
// ASCII letters and something comes before the hyphen, or "", "".
func lowerTail(w string) (suffix, last string) {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return "", ""
	}
	for _, c := range w[i+1:] {
		if c < 'a' || c > 'z' {
			return "", ""
		}
	}
	return w[i:], w[i+1:]
}

// hyphenTitle returns the gazetteer's title of two words that the word w
// writes with a hyphen for the space ("Vice-President", "Vice-Chairman"),
// or nil. The gazetteer keeps no such key: its titles are the
// recogniser's features.
func (r *Resolver) hyphenTitle(w string) *title {
	if !strings.Contains(w, "-") {
		return nil // both forms below have a hyphen
	}
	var buf [64]byte
	if p := timePrefix(strings.ToLower(w)); p != "" {
		// "Then-prime-minister Tom Wu", "Ex-Senator Ann Lee": the title
		// after a prefix of time, its hyphens read as spaces.
		t, _ := r.g.titles[string(appendKey(buf[:0], strings.Split(w[len(p)+1:], "-")...))]
		return t
	}
	a, b, ok := strings.Cut(w, "-")
	if !ok || a == "" || b == "" || strings.Contains(b, "-") || !isCap(b) {
		return nil
	}
	t, _ := r.g.titles[string(appendKey(buf[:0], a, b))]
	return t
}

// exState returns the state unit of token k when the token is "ex-" (or
// "Ex-") joined to a state's name or nationality before a capitalised
// word: "ex-UK Prime Minister Ann Lee", "Ex-Norwegian Foreign Minister Tom
// Wu" say whose office the person held, as "former UK Prime Minister" does.
func (r *Resolver) exState(toks []nlp.Token, k int, headline bool) (unit, bool) {
	w := toks[k].Text
	if headline || k+1 >= len(toks) || !isCap(toks[k+1].Text) || len(w) < 5 || !strings.EqualFold(w[:3], "ex-") || !isCap(w[3:]) {
		return unit{}, false
	}
	key := normKey(w[3:])
	if c, ok := r.g.demonyms[key]; ok {
		return unit{kind: uDemonym, start: k, end: k + 1, country: c}, true
	}
	if e, ok := r.g.entries[key]; ok && e.typ == schema.GPE {
		return unit{kind: uEntry, start: k, end: k + 1, e: e}, true
	}
	return unit{}, false
}

// lowerName reports whether w is a name its bearer writes in lower case,
// matched as written: "told dpa" (the German news agency). A comparison,
// not a set's look-up: match asks at most lower-case words.
func lowerName(w string) bool {
	return w == "dpa"
}

// match returns the unit at token k: the longest gazetteer name,
// nationality adjective, title or organisation descriptor, or else one
// capitalised word.
func (r *Resolver) match(s nlp.Sentence, k int, inChunk, headline bool) (unit, bool) {
	toks := s.Tokens
	if inChunk && thisPeriod(toks, k) {
		return unit{kind: uCap, start: k, end: k + 1}, true // "told Kamloops This Week": an outlet's name
	}
	if !headline && r.allOpensBody(toks, k) {
		return unit{kind: uCap, start: k, end: k + 1}, true // "All Nippon Airways", "All India Radio"
	}
	if toks[k].Tag == "DT" || sentenceFirst(toks, k) && indefinitePronouns[toks[k].Lower()] {
		return unit{}, false // "Something tells me", "Everyone told him": no one named
	}
	if !inChunk && !headline && r.commonNounOf(toks, k) {
		return unit{}, false // "Shares of Halvik Motors fell": the name follows "of"
	}
	if inChunk && r.policeOfName(toks, k) {
		// "Oslo Police Constable Tom Wu": the force's name takes
		// "Police", the rank that follows is the title.
		return unit{kind: uCap, start: k, end: k + 1}, true
	}
	// "al-Ikhbariya television", "el-Sisi said": an Arabic article
	// joined to a capitalised word is written as part of a name.
	capital := isCap(toks[k].Text) || !headline && (articleName(toks[k].Text) || spacedArticle(toks, k)) || !inChunk && numberedUnit(toks, k) && r.opensName(toks, k) ||
		lowerName(toks[k].Text)
	if !capital && inChunk && k > 0 && isCap(toks[k-1].Text) && numberPlural(toks[k].Text) {
		return unit{kind: uCap, start: k, end: k + 1}, true // "the San Francisco 49ers": a team, not the town
	}
	if !capital && inChunk && !headline && nameParticle(toks, k) {
		return unit{kind: uCap, start: k, end: k + 1}, true
	}
	if !capital && !r.g.lowerFirst[toks[k].Lower()] && timePrefix(toks[k].Lower()) == "" && !r.pluralTitleAfter(toks, k) {
		return unit{}, false
	}
	if u, ok := r.exState(toks, k, headline); ok {
		return u, true
	}
	if !headline && k+1 < len(toks) && toks[k+1].Text == "Minister" { // tested before the look-up, which most words fail
		if rt := regionHeads[toks[k].Text]; rt != nil {
			return unit{kind: uTitle, start: k, end: k + 2, t: rt}, true // "First Minister Ann Lee", "Punjab Chief Minister Tom Wu", "is Scotland's First Minister"
		}
	}
	var bufArr [256]byte
	var endArr [32]int
	// Only spans whose keys (or those keys with a full stop) start a
	// gazetteer key can be one: spanKeys builds no longer ones.
	buf, ends := spanKeys(toks, k, min(len(toks), k+r.g.maxWords), r.g.prefixes, bufArr[:0], endArr[:0])
	n := len(ends)
	longer := false // a longer span from k is a title the context did not take
	for idx := n - 1; idx >= 0; idx-- {
		j := k + idx + 1
		key := trimStopBytes(buf[:ends[idx]])
		if idx > 0 && j == len(toks) && toks[j-1].Text == "." && string(key) == string(buf[:ends[idx-1]]) {
			continue // "by Spain and Portugal.": the sentence's full stop is no part of the name
		}
		nextCap := j < len(toks) && isCap(toks[j].Text)
		// Which maps hold the key, looked up once: most span keys are in
		// none of them, and the rules below all ask for the same title.
		kinds := r.g.prefixes[string(key)]
		var t *title
		isTitle := kinds&keyTitle != 0
		if isTitle {
			t = r.g.titles[string(key)]
		}
		if capital && kinds&(keyEntry|keyDemonym) != 0 {
			if kinds&keyAcronym != 0 && !isAcronym(spanText(s, k, j)) && !lowerName(spanText(s, k, j)) {
				continue
			}
			if e, ok := r.g.entries[string(key)]; ok && !(e.typ == schema.Location && !headline && titleThe(s, k)) {
				return unit{kind: uEntry, start: k, end: j, e: e}, true
			}
			if c, ok := r.g.demonyms[string(key)]; ok {
				return unit{kind: uDemonym, start: k, end: j, country: c}, true
			}
		}
		if isTitle && capital && !headline && !inChunk && k > 0 && toks[k-1].Text == "(" && j+2 < len(toks) &&
			toks[j].Text == ")" && r.g.listedGiven(toks[j+1].Text) && isCap(toks[j+2].Text) {
			// "Member of parliament (MP) Hugh Stroud said": the title's
			// short form in brackets after its spelling out.
			return unit{kind: uTitle, start: k, end: j + 1, t: t}, true
		}
		if isTitle && capital && !headline && j+1 < len(toks) && toks[j].Text == "(" {
			if c := spelledTitleEnd(toks, j); c > 0 && c+2 < len(toks) && r.g.listedGiven(toks[c+1].Text) && isCap(toks[c+2].Text) {
				// "Labour MP (Member of Parliament) Tom Wu": the title's
				// spelling out in brackets before the name.
				return unit{kind: uTitle, start: k, end: c + 1, t: t}, true
			}
		}
		// "the Chief Executive of Tesco": a capital after a title's word
		// that goes on into a longer title ("Chief" into "Chief
		// Executive") is that title's, not a name's.
		if isTitle && !headline && !(capital && nextCap && bodyAfterTitle[toks[j].Text]) && !(j == k+1 && toks[k].Text == "General" && k > 0 && r.g.is("orghead", toks[k-1].Text)) && (nextCap && !longer || (capital && inChunk && !r.givenBefore(toks, k) && !r.surnameTitle(toks, k, j) && !titledSurname(toks, k) && !r.nameGoesOn(toks, j)) || capital && r.portfolioAfter(toks, t, j) > j ||
			capital && j+1 < len(toks) && (toks[j].Text == "for" || toks[j].Text == "of" && strings.HasSuffix(t.name, "Minister")) && portfolioEnd(toks, j+1) > j+1 ||
			(inChunk || k > 0 && toks[k-1].Tag == "POS") && envoyPostAfter(toks, t, j) ||
			capital && !inChunk && r.roleOfAfter(toks, k, j)) &&
			!(!capital && j == k+1 && (toks[k].Tag == "JJ" || verbAfter(toks, k))) {
			// "a major Warhol donor program": a lower-case adjective
			// spelled like a title ("Major") is no title, nor is a
			// verb ("fans will miss Rooney").
			return unit{kind: uTitle, start: k, end: j, t: t}, true
		}
		if isTitle {
			longer = true
		}
		if kinds&keyOrgDesc != 0 && nextCap && inChunk && !capital {
			return unit{kind: uOrgDesc, start: k, end: j}, true
		}
	}
	if capital && k+1 < len(toks) && !isCap(toks[k+1].Text) && toks[k].Text[len(toks[k].Text)-1] != 's' {
		if e := r.g.entries[normKey(toks[k].Text+"s")]; movement(e) && e.name == toks[k].Text+"s" {
			// "Houthi rebels", "a Houthi spokesman": a movement named by
			// its members' plural ("the Houthis") is named by the
			// singular before a noun.
			return unit{kind: uEntry, start: k, end: k + 1, e: e}, true
		}
	}
	if !inChunk && capital && k+1 < len(toks) && isCap(toks[k+1].Text) && modifierCompound(toks[k].Text) {
		// "the bi-polar Trump-loving Kanye West", "Fifteen-year-old
		// Robert Smith": a compound adjective before a name describes the
		// person; its capital is its first word's, and it opens no name.
		return unit{}, false
	}
	if !inChunk && capital && (k+1 == len(toks) || !isCap(toks[k+1].Text)) && (adjectiveCompound(toks[k].Text) || backerWord(toks[k].Text)) {
		// "HIV-positive patients", "the Ebola-infected nurse", "on the
		// Hassan-side": a compound adjective alone, capitalised for its
		// first word, names no one.
		return unit{}, false
	}
	if t := r.hyphenTitle(toks[k].Text); t != nil && !headline && (k+1 < len(toks) && isCap(toks[k+1].Text) || capital && inChunk) {
		// "Former Vice-President Ann Lee": a title written with a
		// hyphen for its space; in lower case too before a name, as
		// "prime minister Ann Lee" is ("then-prime-minister Ann Lee",
		// "ex-president Tom Wu").
		return unit{kind: uTitle, start: k, end: k + 1, t: t}, true
	}
	for n := 1; !headline && n <= 2 && k+n < len(toks); n++ {
		// "Senators Ann Lee and Tom Wu", "Prime Ministers Ann Lee of Norway
		// and Tom Wu of Sweden": a title in the plural before a given name
		// opens a list of its holders; the first takes it, as after
		// "Senator", and the others share it ([sharedTitles]).
		w := toks[k+n-1].Text
		next := k + n
		apposed := false // "One of Norway's Vice Presidents, Mia Berg,": one holder in apposition
		if toks[next].Text == "," && next+3 < len(toks) {
			next++
			apposed = isCap(toks[next].Text) && isCap(toks[next+1].Text) && (toks[next+2].Text == "," || toks[next+2].Text == "and")
		}
		// A given name the gazetteer lacks opens the list too when a
		// second capitalised word and "of" or "and" follow it:
		// "Presidents Odun Varga of Norden and Telis Amaro of Halvik",
		// in lower case after "former" too ("former presidents Odun
		// Varga and Tom Wu"), or a comma and another name of two
		// capitalised words ("Senators Odun Varga, Tom Wu, and Ann Lee").
		unlisted := !apposed && next+2 < len(toks) && isCap(toks[next].Text) && isWord(toks[next].Text) &&
			isCap(toks[next+1].Text) && isWord(toks[next+1].Text) && (toks[next+2].Text == "of" || toks[next+2].Text == "and" ||
			toks[next+2].Text == "," && next+4 < len(toks) && isCap(toks[next+3].Text) && isWord(toks[next+3].Text) && isCap(toks[next+4].Text) && isWord(toks[next+4].Text))
		if len(w) <= 3 && !(len(w) == 3 && isAcronym(w[:2])) || w[len(w)-1] != 's' || isCap(w) != capital || n == 1 && !capital && !r.pluralTitleAfter(toks, k) || !r.g.listedGiven(toks[next].Text) && !apposed && !unlisted {
			continue // "foreign ministers Ann Lee and Tom Wu" in lower case too; "Peruvian presidents Ann Lee and"
		}
		if t, ok := r.g.titles[normKey(joinText(toks[k:k+n-1])+" "+w[:len(w)-1])]; ok {
			pt := *t
			pt.plural = true
			return unit{kind: uTitle, start: k, end: k + n, t: &pt}, true
		}
		if t := nameTitle(strings.ToLower(w[:len(w)-1])); t != nil && capital && (n == 1 || titleModifiers[toks[k].Text]) {
			// "Senior Advisors Ann Lee and Tom Wu", "Directors Ann Lee
			// and Tom Wu": a role noun the gazetteer lacks, capitalised
			// before the names as a title is, after a title's modifier
			// or alone.
			t.name = strings.TrimSpace(joinText(toks[k:k+n-1]) + " " + w[:len(w)-1])
			t.plural = true
			return unit{kind: uTitle, start: k, end: k + n, t: t}, true
		}
	}
	t := toks[k]
	if t.Text == "AG" && !headline && k > 0 && isCap(toks[k-1].Text) && k+2 < len(toks) && r.g.listedGiven(toks[k+1].Text) && isCap(toks[k+2].Text) {
		// "Ohio AG Tom Wu": a state's attorney general, as US news
		// shortens the title before a person's name; a company's
		// legal form ends its name ("Halvik AG bought").
		if at, ok := r.g.titles[normKey("Attorney General")]; ok {
			return unit{kind: uTitle, start: k, end: k + 1, t: at}, true
		}
	}
	if capital && !headline && k+1 < len(toks) && isCap(toks[k+1].Text) && t.Text == "Miss" {
		return unit{kind: uTitle, start: k, end: k + 1, t: missTitle}, true
	}
	if t.Text == "Speaker" && !headline && k+1 < len(toks) {
		switch {
		case isCap(toks[k+1].Text):
			return unit{kind: uTitle, start: k, end: k + 1, t: speakerTitle}, true // "Speaker Ann Lee"
		case k+4 < len(toks) && toks[k+1].Text == "of" && toks[k+2].Lower() == "the" && chamberWords[toks[k+3].Text] && r.g.listedGiven(toks[k+4].Text):
			return unit{kind: uTitle, start: k, end: k + 4, t: speakerTitle}, true // "Speaker of the House Ann Lee"
		}
	}
	if !headline && k+1 < len(toks) && isCap(toks[k+1].Text) { // tested before the look-up
		if rt := rulerTitles[t.Text]; rt != nil {
			return unit{kind: uTitle, start: k, end: k + 1, t: rt}, true // "Taoiseach Liam Nolan", "Emir Hamad Tamir of Qatar"
		}
	}
	if !inChunk && notNames[t.Text] || feastNames[t.Text] || pronounContraction(t.Text) {
		return unit{}, false
	}
	if !inChunk && k+1 < len(toks) && toks[k+1].Tag == "CD" && docParts[t.Text] {
		return unit{}, false // "the map in Figure 1", "Table 2 shows"
	}
	if !inChunk && r.fieldOfStudy(toks, k) {
		return unit{}, false // "a firm that specialises in Robotics", "she teaches Physics"
	}
	if headline && capital && r.g.person(t.Text) != nil {
		// "Erdogan Hosts Talks": a well-known person's short name.
		return unit{kind: uCap, start: k, end: k + 1}, true
	}
	if r.groupAcronym(t.Text) {
		return unit{}, false // "Labour MPs": the party's members, no name's word
	}
	nextCap := k+1 < len(toks) && isCap(toks[k+1].Text)
	if (!inChunk || r.demonymBefore(toks, k)) && !nextCap && capital && !headline && r.capitalGroup(t.Text) &&
		!(k+2 < len(toks) && toks[k+1].Text == "'" && isCap(toks[k+2].Text)) {
		// "the oath Senators swore", "Republican Senators": a kind of
		// people, capitalised as speeches do; not in a body's name
		// after its plural possessive ("the Workers' Party").
		return unit{}, false
	}
	if !capital || headline || !isWord(t.Text) || r.knownParts(t.Text) ||
		r.g.is("notname", t.Text) && !(inChunk && nextCap && (t.Tag == "NNP" || t.Tag == "PRP")) && !r.monthSurname(toks, k, inChunk) &&
			!(nextCap && r.opensName(toks, k)) {
		return unit{}, false
	}
	if aux, ok := questionAux[t.Text]; ok && !inChunk && nextCap && (aux || t.Tag == "MD") && opensQuestion(toks, k) {
		// "Did Red Hat speak with the team?", "((WN)) Is Oslo ready?": an
		// auxiliary that opens a question has its capital for being
		// first; it opens no name.
		return unit{}, false
	}
	if k == 0 && !inChunk && (descWord(t.Text) || quantifiers[strings.ToLower(t.Text)] || clauseOpeners[strings.ToLower(t.Text)]) {
		// "Former WorldCom boss Bernie Ebbers", "State-owned Rosneft",
		// "Former midfielder Tom Wu", "Many Muslims", "Given Tom Wu's
		// record": a describing word, a quantifier or a participle
		// used as a preposition opening the sentence is written with a
		// capital only for being first; it opens no name.
		return unit{}, false
	}
	if k > 0 && !inChunk && nextCap && quoteOpen(toks[k-1].Text) && (quantifiers[strings.ToLower(t.Text)] || quotedDeterminers[strings.ToLower(t.Text)]) {
		// ...said on Monday "No Coalition troops were injured": a
		// quantifier or determiner opening a quotation has its capital
		// for being first there, as at a sentence's start; it opens no
		// name ("No Coalition").
		return unit{}, false
	}
	if k == 0 && !inChunk && k+2 < len(toks) && firstBodyNouns[t.Text] &&
		(toks[k+1].Tag == "NN" && !isCap(toks[k+1].Text) || t.Text == "Court" && r.g.titles[normKey(toks[k+1].Text)] != nil) && isCap(toks[k+2].Text) ||
		k == 0 && !inChunk && k+3 < len(toks) && firstBodyNouns[t.Text] && toks[k+1].Tag == "JJ" && !isCap(toks[k+1].Text) &&
			toks[k+2].Tag == "NN" && !isCap(toks[k+2].Text) && isCap(toks[k+3].Text) {
		// "Company spokesman Tom Wu said", "Party leader Ann Lee",
		// "Opposition presidential candidate Ann Lee": a
		// body's description noun opening the sentence before a role
		// noun and a name is written with a capital only for being
		// first ([docState.describedRoles] reads it); so is "Court"
		// before a title ("Court Commissioner Tom Wu").
		return unit{}, false
	}
	if !inChunk && nextCap && sentenceFirst(toks, k) && companyKind(t.Text) {
		// "Bookmaker Ladbrokes", "Carmaker Rover", "Insurer Norwich
		// Union": a company's kind opening the sentence says what the
		// name after it is, as "the insurer Aviva" does.
		return unit{kind: uOrgDesc, start: k, end: k + 1}, true
	}
	if k == 0 && !inChunk && nextCap && t.Tag == "NN" && dayWord(strings.ToLower(t.Text)) && toks[k+1].Text != "Show" && toks[k+1].Text != "Programme" {
		// "Yesterday Mohamed received": a day opening the sentence says
		// when ("Today Show" is a programme's name).
		return unit{}, false
	}
	if (k == 0 || quoteOpens(toks, k)) && functionWord(toks, k) {
		// "Since Jack Straw gave those figures", and so after a quote's
		// opening mark ('said: "Since Jack Straw'): a function word is
		// capitalised for opening the sentence or the quote.
		return unit{}, false
	}
	if k <= 1 && answerInitials(toks) {
		// "AL Although we met Tom Wu": the initials of the one who
		// answers in a transcript, and the answer's first word, are no
		// name.
		return unit{}, false
	}
	return unit{kind: uCap, start: k, end: k + 1}, true
}

// namedDay reports whether the weekday's name at token k ends the name
// of a day that the unknown capitalised words us open ("Super Tuesday",
// "Good Friday", "Entering Super Tuesday" first in a sentence). A given
// name, a known person's name or a title among them makes the weekday a
// date after a person's name ("Senator Reed Tuesday said", "Tom Reed
// Tuesday announced"), which is left out.
func (r *Resolver) namedDay(toks []nlp.Token, us []unit, k int) bool {
	if len(us) == 0 || len(us) > 2 || !weekdays[toks[k].Text] || us[len(us)-1].end != k ||
		k+1 < len(toks) && saidVerbs[toks[k+1].Lower()] || dateAfter(toks, k+1) {
		return false // "Reed Tuesday said", "interviews Ann Shalev Wednesday, September 19": a date after a name
	}
	if len(us) == 2 && !(sentenceFirst(toks, us[0].start) && toks[us[0].start].Tag == "VBG") {
		return false
	}
	for _, u := range us {
		if u.kind != uCap || u.end != u.start+1 {
			return false
		}
		if w := toks[u.start].Text; r.g.given(w) || r.g.person(w) != nil || weekdays[w] {
			return false
		}
	}
	return true
}

// dateAfter reports whether a date goes on at token k, after a weekday's
// name: a day's number or a month's name, after a comma or not
// ("Wednesday, September 19", "Monday 5 May").
func dateAfter(toks []nlp.Token, k int) bool {
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	return k < len(toks) && (monthName(toks[k].Text) || toks[k].Tag == "CD")
}

// datedDay reports whether token k is a day of the week after "on" ("On
// Friday Ford Motor Company announced"): a date, no word of the name
// after it.
func datedDay(toks []nlp.Token, k int) bool {
	return k > 0 && weekdays[toks[k].Text] && toks[k-1].Lower() == "on"
}

// allOpensBody reports whether token k is "All" opening a body's name:
// capitalised words follow it up to a body's head noun ("All Nippon
// Airways", "All India Radio", "the All Progressives Congress"), where
// "All Chinese troops" quantifies a group.
func (r *Resolver) allOpensBody(toks []nlp.Token, k int) bool {
	if toks[k].Text != "All" {
		return false
	}
	j := k + 1
	for j < len(toks) && isCap(toks[j].Text) && isWord(toks[j].Text) {
		j++
	}
	return j > k+1 && r.g.is("orghead", toks[j-1].Text)
}

// commonNounOf reports whether token k opens the sentence as a plural
// common noun before "of" and a capitalised word ("Shares of Halvik
// Motors", "Sales of Velby Foods", "Associates of Tom Wu"): capitalised
// only where it stands, it is no word of the name after "of". A body's
// head noun still opens one ("Bank of Halvik"), and a name going on with
// "of the" is left to the rules of names ("Friends of the Earth").
func (r *Resolver) commonNounOf(toks []nlp.Token, k int) bool {
	return toks[k].Tag == "NNS" && k+2 < len(toks) && toks[k+1].Text == "of" && isCap(toks[k+2].Text) &&
		sentenceFirst(toks, k) && !r.g.is("orgfirst", toks[k].Text) && !r.g.is("orghead", toks[k].Text)
}

// weekdays are the names of the days of the week.
var weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true}

// functionWord reports whether token k of toks, capitalised, is a
// function word by its tag: no noun, adjective or verb, nor an adverb
// before a verb ("Soon Tom Wu left" leaves "Soon" to other rules).
func functionWord(toks []nlp.Token, k int) bool {
	t := toks[k]
	return !strings.HasPrefix(t.Tag, "NN") && t.Tag != "JJ" && !strings.HasPrefix(t.Tag, "VB") &&
		!(t.Tag == "RB" && k+1 < len(toks) && (strings.HasPrefix(toks[k+1].Tag, "VB") || toks[k+1].Tag == "MD"))
}

// answerInitials reports whether toks open with a speaker's initials, two
// or three capital letters, before a capitalised function word that
// opens the answer in a transcript ("AL Although we met", "MS We did
// not").
func answerInitials(toks []nlp.Token) bool {
	if len(toks) < 3 || len(toks[0].Text) < 2 || len(toks[0].Text) > 3 || !isCap(toks[1].Text) || !functionWord(toks, 1) {
		return false
	}
	for _, r := range toks[0].Text {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// quoteOpens reports whether an opening quotation mark stands right before
// token k of toks, after a colon, a comma or the sentence's start.
func quoteOpens(toks []nlp.Token, k int) bool {
	if k == 0 {
		return false
	}
	switch toks[k-1].Text {
	case "``", "\u201c":
		return true
	case `"`:
		return k == 1 || toks[k-2].Text == ":" || toks[k-2].Text == ","
	}
	return false
}

// companyKind reports whether w, written with a capital, names a kind of
// company that opens no name of its own: a maker of something
// ("Carmaker", "Drugmaker") or a word of [companyKinds].
func companyKind(w string) bool {
	low := strings.ToLower(w)
	return companyKinds[low] || strings.HasSuffix(low, "maker") && len(low) > len("maker")
}

// firstBodyNouns are the nouns of a body that a sentence may open with
// before a role noun and a name ("Company spokesman Tom Wu"), where the
// body is the one the document named before. "Police", "State",
// "Assembly" and "Government" are left out: capitalised, they name a body
// of their own ("Police spokesman Ann Lee", "State Senator Tom Wu").
var firstBodyNouns = map[string]bool{
	"Company": true, "Firm": true, "Party": true, "Club": true, "Team": true, "Band": true, "Union": true,
	"Charity": true, "Campaign": true,
	// "Opposition leader Tom Wu": the state's opposition
	// ([docState.homeOpposition]).
	"Opposition": true,
	// "Court Commissioner Tom Wu", "Court clerk Ann Lee": the court named
	// before; a bare "Court" names no body of its own.
	"Court": true,
	// "County sheriff Tom Wu", "City mayor Ann Lee": the place named
	// before, read as "the county" is.
	"County": true, "City": true,
}

// companyKinds are the nouns for kinds of company that news writes before
// a company's name ("retailer Next", "bookmaker William Hill"). Words that
// open names ("Network Rail", "Charity Commission") are left out.
var companyKinds = map[string]bool{
	"retailer": true, "insurer": true, "lender": true, "bookmaker": true, "publisher": true, "brewer": true,
	"manufacturer": true, "regulator": true, "watchdog": true, "automaker": true, "distiller": true,
	"supermarket": true, "conglomerate": true, "telecoms": true, "miner": true,
}

// dayWord reports whether w (lower case) names a day relative to the day
// of writing.
func dayWord(w string) bool {
	return w == "yesterday" || w == "today" || w == "tomorrow" || w == "tonight"
}

// opensName reports whether a word that opens no name alone (notname:
// "European", "National") opens the name at token k: before a proper noun
// if it is one of [nameOpeners], or before capitalised words that end in
// an organisation's head ("European Space Agency", "National Rifle
// Association") or, for a noun or an adjective, a place's ("Easter
// Island", "Southern Ocean"; not "In" of "In Hudson Bay", nor the day of
// "On Friday Ford Motor Company").
func (r *Resolver) opensName(toks []nlp.Token, k int) bool {
	if nameOpeners[toks[k].Text] && toks[k+1].Tag == "NNP" {
		return true
	}
	j := k + 1
	for j < len(toks) && isCap(toks[j].Text) && j <= k+4 {
		j++
	}
	if j == k+1 || datedDay(toks, k) {
		return false
	}
	last := toks[j-1].Text
	return r.g.is("orghead", last) || r.g.is("placehead", last) && (strings.HasPrefix(toks[k].Tag, "NN") || strings.HasPrefix(toks[k].Tag, "JJ"))
}

// numberedUnit reports whether token k is a numeral ordinal ("24th",
// "101st", "3rd"), which opens the name of a numbered unit before
// capitalised words that end in an organisation's head ("the 24th Infantry
// Regiment", "the 101st Airborne Division"; see [Resolver.opensName]).
func numberedUnit(toks []nlp.Token, k int) bool {
	w := toks[k].Text
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return n > 0
	}
	return false
}

// numberPlural reports whether w is a number written with a plural's
// ending of three letters or more, as a team names itself ("49ers",
// "76ers"); a decade ("1990s") is not one.
func numberPlural(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || len(w)-n < 3 || w[len(w)-1] != 's' {
		return false
	}
	for _, c := range w[n:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// nameOpeners are the words of the notname list (data/words.txt) that
// open the names of bodies and sites before another capitalised word
// ("the National Magnet Laboratory", "the International Anti-Corruption
// Academy"): left out, the name is cut to its rest ("Magnet Laboratory"),
// a person's name by its shape.
var nameOpeners = map[string]bool{"National": true, "International": true}

// pressOpeners are the words that open the names of papers, magazines and
// news sites ("Daily Mail", "Weekly Standard"), never a person's: a name
// of several words that opens with one is a publication's.
var pressOpeners = map[string]bool{"Daily": true, "Weekly": true}

// givenBefore reports whether the word before token k is a given name:
// a title-like word after it that no name follows is a surname ("John
// Major", "Bob Lord", "Mark Judge"), not the title of "the US President".
// So is a common surname spelled like a title after Mr, Mrs, Ms, Miss or
// Dr ([titledSurname]).
func (r *Resolver) givenBefore(toks []nlp.Token, k int) bool {
	if k == 0 {
		return false
	}
	return r.g.given(toks[k-1].Text)
}

// surnameTitle reports whether the title's word at token k, ending at j,
// is a surname after a given name of the agreement lists
// ([gazetteer.listedGiven]) that the gazetteer knows as no title, place
// or compass word, after no determiner and before no "of": "Michel
// Mayor", but not "King Abdullah" nor "the Florence Mayor".
func (r *Resolver) surnameTitle(toks []nlp.Token, k, j int) bool {
	if k == 0 || j != k+1 || j < len(toks) && toks[j].Lower() == "of" {
		return false
	}
	if k >= 2 && (toks[k-2].Tag == "DT" || toks[k-2].Tag == "PRP$" || toks[k-2].Tag == "POS") {
		return false // "the Florence Mayor": a town's
	}
	w := toks[k-1].Text
	return isCap(w) && !isAcronym(w) && r.g.givenAll[strings.ToLower(w)] && r.g.titles[normKey(w)] == nil &&
		r.g.entries[normKey(w)] == nil && !compassWords[w]
}

// shortGiven are the short forms of common given names ("Bob Lord", "Jim
// Major"), which data/words.txt does not list: kept out of it for the
// reason given at [missTitle].
var shortGiven = map[string]bool{
	"Bob": true, "Bill": true, "Jim": true, "Tom": true, "Mike": true, "Dave": true, "Steve": true, "Joe": true,
	"Tony": true, "Nick": true, "Pete": true, "Ken": true, "Ben": true, "Dan": true, "Matt": true, "Andy": true,
	"Rob": true, "Chris": true, "Jack": true, "Harry": true, "Sam": true, "Ed": true, "Ted": true, "Phil": true,
	"Liz": true, "Kate": true, "Jenny": true, "Sue": true, "Pat": true, "Jo": true, "Meg": true, "Jane": true,
}

// monthSurname reports whether the month name at k, right after a common
// given name in the chunk, is that person's surname ("Theresa May", "Brian
// May"): a date follows a given name only with its day ("Ann Lee on May 5",
// "told Tom May 5"), which is left out.
func (r *Resolver) monthSurname(toks []nlp.Token, k int, inChunk bool) bool {
	if !inChunk || toks[k].Tag != "NNP" || !monthName(toks[k].Text) || !r.givenBefore(toks, k) {
		return false
	}
	return k+1 == len(toks) || !isDigitOrDash(rune(toks[k+1].Text[0]))
}

// monthName reports whether w is the name of a month.
func monthName(w string) bool {
	switch w {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December":
		return true
	}
	return false
}

// fieldOfStudy reports whether token k is a field of study or trade
// capitalised as a school subject ("specialises in Robotics", "a degree
// in Economics"): one word ending in -ics that the gazetteer does not
// list, with no capitalised word next to it and no article before it
// ("the Athletics" may be a team). Such a field is no actor.
func (r *Resolver) fieldOfStudy(toks []nlp.Token, k int) bool {
	w := toks[k].Text
	if len(w) < 6 || !strings.HasSuffix(w, "ics") || !isCap(w) || strings.ToUpper(w) == w {
		return false
	}
	if k > 0 && (isCap(toks[k-1].Text) && k > 1 || toks[k-1].Lower() == "the") || k+1 < len(toks) && isCap(toks[k+1].Text) {
		return false
	}
	_, listed := r.g.entries[r.g.key(w)]
	return !listed
}

// docParts are the parts of a text that a number names ("Figure 1",
// "Chapter 3"): no actors.
var docParts = map[string]bool{
	"Figure": true, "Fig.": true, "Table": true, "Chapter": true, "Section": true, "Appendix": true,
	"Article": true, "Page": true, "Part": true, "Volume": true, "Example": true,
}

// missTitle is the title "Miss" ("Miss Leoncia Casalme"), and notNames
// are capitalised plurals of group nouns and titles that open no name
// ("MPs voted", "the MEP said"). Both are kept out of data/words.txt: the
// recogniser reads its lists as evidence about words, and "miss" as a
// title there or these as non-names cost it 0.003 F1 on GUM dev.
var (
	missTitle = &title{name: "Miss", gender: 'f'}
	// rulerTitles are the titles of heads of states and governments that
	// are no English role nouns: "Taoiseach Liam Nolan", "Emir Hamad
	// Tamir of Qatar" ([titleStates] names the state of those of one
	// state). They are kept out of data/words.txt for the same reason.
	rulerTitles = map[string]*title{
		"Taoiseach": {name: "Taoiseach", lead: true}, "Tánaiste": {name: "Tánaiste"}, "Tanaiste": {name: "Tanaiste"},
		"Emir": {name: "Emir", lead: true, gender: 'm'}, "Amir": {name: "Amir", lead: true, gender: 'm'},
		"Sultan": {name: "Sultan", lead: true, gender: 'm'},
	}
	// regionHeads are the titles of the heads of the governments of
	// regions and territories, by the word before "Minister": "First
	// Minister Ann Lee" of Scotland or Wales, "Chief Minister Tom Wu" of
	// an Indian state, kept out of data/words.txt for the same reason.
	regionHeads = map[string]*title{"First": {name: "First Minister", lead: true}, "Chief": {name: "Chief Minister", lead: true}}
	notNames    = map[string]bool{"MPs": true, "MEP": true, "MEPs": true, "MSP": true, "MSPs": true}
	// postNominals are the letters of a seat, a rank at the bar or an
	// honour written after a person's name ("Tom McCabe MSP", "Ann Lee
	// QC", "Tom Wu OBE").
	postNominals = map[string]bool{"MP": true, "MSP": true, "MEP": true, "MLA": true, "QC": true, "KC": true,
		"OBE": true, "MBE": true, "CBE": true, "KBE": true}
	// feastNames are the one-word names of feasts and pilgrimages, which
	// are no actors ("arrive in Mecca for the Hajj", "during Diwali");
	// data/words.txt lists Christmas, Easter and Ramadan as non-names.
	feastNames = map[string]bool{"Hajj": true, "Umrah": true, "Diwali": true, "Passover": true, "Hanukkah": true,
		"Thanksgiving": true, "Yom": true, "Eid": true, "Nowruz": true, "Vesak": true, "Pentecost": true}
)

// spelledTitleEnd returns the index of the ")" that closes the bracket
// opened at token open when only capitalised words and "of", "the" or
// "for" stand inside it ("(Member of Parliament)"), or -1.
func spelledTitleEnd(toks []nlp.Token, open int) int {
	for c := open + 1; c < len(toks) && c <= open+5; c++ {
		switch w := toks[c].Text; {
		case w == ")":
			if c > open+1 && isCap(toks[open+1].Text) {
				return c
			}
			return -1
		case isCap(w), w == "of", w == "the", w == "for":
		default:
			return -1
		}
	}
	return -1
}

// title returns the title that text, a title as written, names: the
// gazetteer's, or one of those kept out of data/words.txt ([codeTitle]);
// nil for none.
func (r *Resolver) title(text string) *title {
	if t := r.g.titles[normKey(text)]; t != nil {
		return t
	}
	return codeTitle(text)
}

// codeTitle returns the title that text names among those kept out of
// data/words.txt ([rulerTitles], [regionHeads]), or nil.
func codeTitle(text string) *title {
	if t := rulerTitles[text]; t != nil {
		return t
	}
	if w, ok := strings.CutSuffix(text, " Minister"); ok {
		return regionHeads[w]
	}
	return nil
}

// pronounContraction reports whether w is a pronoun joined to a short
// verb ("I've", "I'm", "We'll", "They'd"), which the tokeniser may keep as
// one capitalised word: it is no name, even before "said" ("sometimes
// I've said it").
func pronounContraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	p, v, ok := strings.Cut(w, "'")
	if !ok {
		return false
	}
	p, v = strings.ToLower(p), strings.ToLower(v) // after the cut: most words have no apostrophe
	switch v {
	case "ve", "m", "ll", "d", "re", "s":
	default:
		return false
	}
	switch p {
	case "i", "we", "you", "they", "he", "she", "it", "that", "there", "what", "who":
		return true
	}
	return false
}

// bodyAfterTitle are the head words of a body's name that a title's word
// opens ("the U.S. Justice Department", "the Premier League", "Oslo General
// Hospital"): the word is the name's, not a title before a person's name;
// so is "General" after an organisation's head word ("the Directorate
// General of Civil Aviation").
var bodyAfterTitle = map[string]bool{
	"Department": true, "Ministry": true, "Office": true, "Bureau": true, "Directorate": true, "Agency": true,
	"Commission": true, "Committee": true, "League": true, "Hospital": true,
	// "the General Authority of Military Industries", "General Motors",
	// "the General Assembly": the title word opens a body's name.
	"Authority": true, "Assembly": true, "Secretariat": true, "Administration": true, "Council": true,
	"Federation": true, "Confederation": true, "Union": true, "Motors": true, "Electric": true, "Dynamics": true,
}

// roleOfAfter reports whether the capitalised title toks[k:j] opens a
// role after a person's name and a comma, "as" or a verb, before "of" and
// a name ("Ann Lee, CEO of Halvik Motors,", "was named Chairman of Halvik
// Motors"): the title is no word of a body's name, which starts after
// "of". So is a title joined by "and" to a role noun before it ("the
// chairman and CEO of Halvik Motors", "its founder and CEO of"): one
// office with its body; so is a title that opens the sentence after
// "The" ("The Director of Halvik Motors, Ann Lee,"). A title that goes on
// with "of" ("Secretary of State") is left whole, and so is one after a
// comma that follows no name ("In a statement, Governor of Washington Ann
// Lee said").
func (r *Resolver) roleOfAfter(toks []nlp.Token, k, j int) bool {
	if k < 1 || j+1 >= len(toks) || toks[j].Text != "of" || !isCap(toks[j+1].Text) && toks[j+1].Text != "the" {
		return false
	}
	if _, ok := r.g.titles[normKey(joinText(toks[k:j+2]))]; ok {
		return false
	}
	p := toks[k-1]
	if k == 1 {
		// "The Director of Halvik Motors, Ann Lee,": the sentence opens
		// with the role.
		return p.Lower() == "the" && isCap(toks[j+1].Text)
	}
	if p.Lower() == "the" && k >= 3 {
		k, p = k-1, toks[k-2] // "Ann Lee, the Chief Executive of Tesco", "is the Chief Executive of"
	}
	if w := toks[k-2].Lower(); p.Lower() == "and" && strings.HasPrefix(toks[k-2].Tag, "NN") && (roleNoun(w) || founderNouns[w]) {
		return true // "was chairman and CEO of Halvik Motors"
	}
	if p.Lower() == "and" && roleOfBodyAnd(toks, k-1) {
		return true // "the manager of Orbis Holdings and Director of Halvik Motors"
	}
	return p.Text == "," && isCap(toks[k-2].Text) || p.Lower() == "as" || strings.HasPrefix(p.Tag, "VB")
}

// roleOfBodyAnd reports whether the tokens before "and" at token a are a
// lower-case role noun, "of" and a body's capitalised name ("the manager
// of Orbis Holdings and", "the then-chairman of the Halvik Trust and"):
// a second role joined by that "and" is the same person's.
func roleOfBodyAnd(toks []nlp.Token, a int) bool {
	m := a - 1
	for m >= 0 && isCap(toks[m].Text) && isWord(toks[m].Text) {
		m--
	}
	if m == a-1 || m < 1 {
		return false
	}
	if toks[m].Text == "the" {
		m--
	}
	if m < 1 || toks[m].Text != "of" || !strings.HasPrefix(toks[m-1].Tag, "NN") {
		return false
	}
	w := toks[m-1].Text
	if p := timePrefix(w); p != "" {
		w = w[len(p)+1:] // "then-manager"
	}
	return lowerWord(w) && roleNoun(w)
}

// titledSurname reports whether token k, a title's word, follows Mr, Mrs,
// Ms, Miss or Dr and is a common surname ("Mr King", "Mrs Judge", "Mr
// Major"): the person's surname. An office there is a form of address
// ("Mr President", "Mr. Chief Justice").
func titledSurname(toks []nlp.Token, k int) bool {
	return k > 0 && surnameTitle(toks[k-1].Text) && titleSurnames[toks[k].Text]
}

// titleSurnames are the titles' words that are also common surnames.
var titleSurnames = map[string]bool{
	"King": true, "Major": true, "Lord": true, "Judge": true, "Marshal": true, "Sheriff": true, "Bishop": true,
	"Prince": true, "Dean": true, "General": true,
}

// surnameTitle reports whether title t goes before a surname alone ("Mr
// Duncan Smith", "Mrs Irish"): Mr, Mrs, Ms, Miss or Dr, with or without a
// full stop.
func surnameTitle(t string) bool {
	switch strings.TrimSuffix(t, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Dr":
		return true
	}
	return false
}

// verbAfter reports whether token k, tagged a verb, follows a modal, "to"
// or a pronoun ("will miss", "to head", "they miss").
func verbAfter(toks []nlp.Token, k int) bool {
	if k == 0 || !strings.HasPrefix(toks[k].Tag, "VB") {
		return false
	}
	p := toks[k-1].Tag
	return p == "MD" || p == "TO" || p == "PRP"
}

// quantifiers say how many of a group a sentence speaks of ("Many
// Muslims", "Most Europeans").
var quantifiers = map[string]bool{
	"many": true, "most": true, "some": true, "few": true, "several": true, "more": true, "fewer": true,
	"numerous": true, "countless": true, "thousands": true, "hundreds": true, "millions": true, "other": true,
}

// quotedDeterminers are the determiners that open a quotation before a
// name without being part of it ("No Coalition troops", "Both Halvik
// officials"); [quantifiers] do too.
var quotedDeterminers = map[string]bool{
	"no": true, "both": true, "all": true, "every": true, "each": true, "any": true, "neither": true, "either": true,
}

// quoteOpen reports whether w is a quotation mark that may open a
// quotation.
func quoteOpen(w string) bool {
	return w == `"` || w == "``" || w == "\u201c"
}

// clauseOpeners are participles used as prepositions, which open a
// sentence before a name ("Following Tom Wu's exit").
var clauseOpeners = map[string]bool{
	"given": true, "following": true, "including": true, "featuring": true, "regarding": true, "concerning": true,
	"excluding": true, "barring": true, "considering": true, "unlike": true, "despite": true,
}

// questionAux are the auxiliaries that open a question ("Did Red Hat
// ...?", "Will Red Hat ...?"), true for those that are no names; "Will",
// "May" and "Might" are names too ("Will Smith") and open a question only
// when tagged as a modal.
var questionAux = map[string]bool{
	"Did": true, "Does": true, "Do": true, "Is": true, "Are": true, "Was": true, "Were": true, "Has": true,
	"Have": true, "Had": true, "Can": true, "Could": true, "Would": true, "Should": true, "Shall": true,
	"Must": true, "Will": false, "May": false, "Might": false,
}

// opensQuestion reports whether token k of toks, a sentence that ends in a
// question mark, opens it: it is the first word, past opening quotation
// marks and brackets or a speaker's label ("((WN)) Did you ...?").
func opensQuestion(toks []nlp.Token, k int) bool {
	if !question(toks) {
		return false
	}
	_, _, after := nlp.SpeakerLabel(toks)
	return k == after || after == 0 && sentenceFirst(toks, k)
}

// descWords are the words that describe a body or a person before its
// name ("former WorldCom boss", "rival Next", "troubled oil firm Yukos")
// and open no name of their own.
var descWords = map[string]bool{
	"former": true, "rival": true, "troubled": true, "embattled": true, "struggling": true, "ailing": true,
	"beleaguered": true, "veteran": true, "fellow": true, "outgoing": true, "incoming": true, "acting": true,
	"disgraced": true, "jailed": true, "bankrupt": true, "ex": true, "then": true, "shadow": true,
	"cash-strapped": true, "debt-laden": true, "debt-ridden": true, "loss-making": true, "privatised": true,
	"privatized": true, "nationalised": true, "nationalized": true, "retired": true, "sacked": true,
	"longtime": true, "long-time": true,
}

// descWord reports whether w describes the name after it rather than
// opening it: a word of [descWords] or a compound ending in "-owned",
// "-run", "-based", "-backed", "-controlled" or "-listed" ("State-owned
// Rosneft", "London-based HSBC").
func descWord(w string) bool {
	low := strings.ToLower(w)
	if descWords[low] {
		return true
	}
	for _, suf := range []string{"-owned", "-run", "-based", "-backed", "-controlled", "-listed"} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf) {
			return true
		}
	}
	return false
}

// particles are the lower-case words inside personal names ("Mohammed bin
// Salman", "Ursula von der Leyen", "Lula da Silva").
var particles = map[string]bool{
	"bin": true, "ibn": true, "bint": true, "von": true, "van": true, "der": true, "den": true,
	"de": true, "da": true, "dos": true, "das": true, "du": true, "di": true, "del": true, "dela": true, "della": true,
	"delos": true, "la": true, "le": true, "ter": true,
}

// arabicParticles are the capitalised particles that Arabic names write
// between their words ("Zine El Abidine Ben Ali", "Ali Abdullah Saleh Al
// Ahmar").
var arabicParticles = map[string]bool{"Al": true, "El": true, "Bin": true, "Ben": true, "Ibn": true, "Bint": true}

// particleCount returns how many of toks are lower-case name particles
// ([particles]) or capitalised Arabic ones inside the run, neither first
// nor last ([arabicParticles]).
func particleCount(toks []nlp.Token) int {
	n := 0
	for i, t := range toks {
		if particles[t.Text] || i > 0 && i < len(toks)-1 && arabicParticles[t.Text] {
			n++
		}
	}
	return n
}

// arabicArticles are the forms of the Arabic article that open a name
// joined to it by a hyphen ("al-Shabaab", "el-Sisi", "ash-Shura").
var arabicArticles = []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"}

// articleName reports whether w is a name opened by the lower-case Arabic
// article ("al-Shabaab", "el-Sisi"), or by an elided French or Italian
// particle ("d'Estaing", "d’Ivoire", "l'Aquila"): it is written as a
// capitalised name is, wherever it stands.
func articleName(w string) bool {
	if w == "" || w[0] != 'a' && w[0] != 'e' && w[0] != 'd' && w[0] != 'l' {
		return false // every one of arabicArticles opens with a or e, of elidedArticles with d or l
	}
	for _, p := range arabicArticles {
		if rest, ok := strings.CutPrefix(w, p); ok && isCap(rest) && len(rest) > 1 {
			return true
		}
	}
	for _, p := range elidedArticles {
		if rest, ok := strings.CutPrefix(w, p); ok && isCap(rest) && len(rest) > 1 {
			return true
		}
	}
	return false
}

// spacedArticle reports whether token k is the lower-case Arabic article
// written apart from the capitalised name it opens: "said al Shabaab
// attacked", "links to al Qaeda".
func spacedArticle(toks []nlp.Token, k int) bool {
	w := toks[k].Text
	return (w == "al" || w == "el") && k+1 < len(toks) && isCap(toks[k+1].Text) && !strings.Contains(toks[k+1].Text, "-")
}

// elidedArticles are the elided particles that open a name's word joined
// by an apostrophe, straight or curly ("Valéry Giscard d'Estaing").
var elidedArticles = []string{"d'", "d’", "l'", "l’"}

// nameParticle reports whether token k, after a capitalised word of a
// chunk, is a lower-case name particle: "al-Burhan" and "el-Sisi" (an
// Arabic article joined to a capitalised name), or "bin", "von", "da" and
// the like before another capitalised word.
func nameParticle(toks []nlp.Token, k int) bool {
	w := toks[k].Text
	// "von der Leyen": a particle may follow or precede another one.
	if k == 0 || !isCap(toks[k-1].Text) && !particles[toks[k-1].Text] {
		return false
	}
	if articleName(w) {
		return true
	}
	if !particles[w] || k+1 >= len(toks) {
		return false
	}
	next := toks[k+1].Text
	return isCap(next) || particles[next] && k+2 < len(toks) && isCap(toks[k+2].Text)
}

// isHeadline reports whether s looks like a headline: no final punctuation
// and mostly capitalised words. Only gazetteer names are read in headlines.
// A list before a final colon or semicolon is a sentence that goes on,
// not a headline: a speech's salutation ("Senator Hatfield, Mr. Chief
// Justice, Vice President Mondale, ... and my fellow citizens:"); a title
// before its subtitle ("Aesthetic Appreciation:") stays one. A sentence
// that follows another in its paragraph and ends in an abbreviation, whose
// period is also the full stop ("Later, he recorded with Halvik Ltd."),
// has final punctuation too. So does a sentence with a verb in lower case
// before a final colon, which introduces a quotation or a list ("Prime
// Minister Tom Wu told reporters in Oslo:", "Tom Wu said that:"): a
// headline writes its verbs capitalised ("Tom Wu Says").
func isHeadline(s nlp.Sentence) bool {
	toks := s.Tokens
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1].Text
	if !s.Paragraph && len(last) > 1 && strings.HasSuffix(last, ".") {
		return false
	}
	switch last {
	case ".", "!", "?", `"`, "'", ")":
		return false
	case ":", ";":
		if slices.ContainsFunc(toks, func(t nlp.Token) bool { return t.Text == "," }) {
			return false
		}
		if last == ":" && slices.ContainsFunc(toks, func(t nlp.Token) bool { return strings.HasPrefix(t.Tag, "VB") && !isCap(t.Text) }) {
			return false
		}
	}
	caps := 0
	for _, t := range toks {
		if isCap(t.Text) {
			caps++
		}
	}
	return caps*2 >= len(toks)
}

// isCap reports whether s starts with a capital letter. Rules call it at
// almost every token: the ASCII test is small enough to be inlined, and
// only other first letters pay for a call ([isCapRune]).
func isCap(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0]-'A' < 26 // 'A' to 'Z', unicode.IsUpper's ASCII capitals
	}
	return isCapRune(s)
}

// isCapRune is [isCap] for a word that is empty or starts with a byte
// outside ASCII.
func isCapRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func hasUnit(us []unit, k unitKind) bool {
	for _, u := range us {
		if u.kind == k {
			return true
		}
	}
	return false
}

func firstCap(toks []nlp.Token, us []unit) string {
	for _, u := range us {
		if u.kind == uCap {
			return toks[u.start].Text
		}
	}
	return ""
}

func trimConn(us []unit) []unit {
	for len(us) > 0 && connector(us[0].kind) {
		us = us[1:]
	}
	for len(us) > 0 && connector(us[len(us)-1].kind) {
		us = us[:len(us)-1]
	}
	return us
}

// connector reports whether a unit of kind k joins two others.
func connector(k unitKind) bool {
	return k == uOf || k == uAnd || k == uPoss || k == uJoin
}

// spanText returns the sentence text of tokens [a, b), with each run of
// white space in it one space: a name that a hard-wrapped text breaks
// over two lines ("the University of\nArkansas") is one line.
func spanText(s nlp.Sentence, a, b int) string {
	t := s.Text[s.Tokens[a].Start:s.Tokens[b-1].End]
	if strings.ContainsAny(t, "\n\r\t") || strings.Contains(t, "  ") {
		t = strings.Join(strings.Fields(t), " ")
	}
	return t
}

func joinText(toks []nlp.Token) string {
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].Text
	}
	n := len(toks) - 1
	for _, t := range toks {
		n += len(t.Text)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(toks[0].Text)
	for _, t := range toks[1:] {
		b.WriteByte(' ')
		b.WriteString(t.Text)
	}
	return b.String()
}

// textIs reports whether joinText(toks) is s, without building it.
func textIs(toks []nlp.Token, s string) bool {
	for i, t := range toks {
		if i > 0 {
			if s == "" || s[0] != ' ' {
				return false
			}
			s = s[1:]
		}
		if !strings.HasPrefix(s, t.Text) {
			return false
		}
		s = s[len(t.Text):]
	}
	return s == ""
}

// cleanName folds curly apostrophes and collapses spaces.
func cleanName(s string) string {
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\u2019", "'")), " ")
	}
	return trimStop(s)
}

// singleSpaced reports whether s is ASCII with its words apart by single
// spaces: whether cleanName has nothing in it to fold or collapse.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

// knownParts reports whether a hyphenated word joins known names
// ("Moscow-Pyongyang", "Korean-Russian", "NATO-member"): such a word is not
// a name of its own.
func (r *Resolver) knownParts(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		k := normKey(p)
		if _, ok := r.g.entries[k]; ok {
			return true
		}
		if _, ok := r.g.demonyms[k]; ok {
			return true
		}
		if strings.HasSuffix(k, "korean") {
			return true
		}
	}
	return false
}

// spanKeys appends to buf the lookup keys ([normKey]) of the token spans
// [k, k+1), [k, k+2), ... [k, limit), each a prefix of the next, and
// returns buf and the end of each key in it. Tokens written apart get one
// space between them; "'s" is joined to the word before it. It stops at
// the first key that prefixes lacks, and does not return that key: no
// longer span has a key in prefixes either.
func spanKeys(toks []nlp.Token, k, limit int, prefixes map[string]keyKinds, buf []byte, ends []int) ([]byte, []int) {
	for j := k; j < limit; j++ {
		t := toks[j]
		if j > k && t.Start > toks[j-1].End && !strings.HasPrefix(t.Text, "'") {
			buf = append(buf, ' ')
		}
		if isASCIIWord(t.Text) {
			for i := 0; i < len(t.Text); i++ {
				c := t.Text[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
		} else {
			for _, r := range t.Lower() {
				if b, ok := plainLetters[r]; ok {
					buf = append(buf, b) // as [appendKey]
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
		}
		if prefixes[string(buf)]&keyPrefix == 0 {
			break
		}
		ends = append(ends, len(buf))
	}
	return buf, ends
}

// trimStopBytes is [trimStop] on bytes.
func trimStopBytes(b []byte) []byte {
	if n := len(b); n > 1 && b[n-1] == '.' {
		for _, c := range b[:n-1] {
			if c == '.' {
				return b
			}
		}
		return b[:n-1]
	}
	return b
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// topicHeads are the head nouns of bodies named with their topic after
// "on" ("Committee on Foreign Affairs", "Institute on Aging").
var topicHeads = map[string]bool{
	"Committee": true, "Subcommittee": true, "Commission": true, "Council": true, "Project": true, "Institute": true,
	"Center": true, "Centre": true, "Panel": true, "Board": true, "Bureau": true, "Office": true, "Forum": true,
	"Conference": true, "Caucus": true, "Coalition": true, "Campaign": true, "Network": true, "Foundation": true,
	"Initiative": true, "Program": true, "Programme": true, "Tribunal": true,
}

// bodyTopic reports whether w may open the topic of a body's name after
// "on" ("Government" in "Project on Government Oversight"): a capitalised
// word of letters only, not in capitals.
func bodyTopic(w string) bool {
	if !isCap(w) || w == strings.ToUpper(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// capitalGroup reports whether w, written with a capital, is a group noun
// of the gazetteer ("Soldiers", "Senators") or a title's plural
// ("Senators", "Ministers"): standing alone, with no capitalised word
// after it, it names a kind of people ("the oath Senators swore"), no
// body, however a speech capitalises it.
func (r *Resolver) capitalGroup(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || !isCap(w) || strings.ToUpper(w) == w {
		return false
	}
	if _, ok := lookupKey(r.g.groups, w); ok {
		return true
	}
	_, ok := lookupKey(r.g.titles, w[:len(w)-1])
	return ok
}

// demonymBefore reports whether the word before token k is a
// nationality's or a party's adjective ("British", "Republican") that
// opens its run of capitals: not inside a longer name ("League of United
// Latin American Citizens").
func (r *Resolver) demonymBefore(toks []nlp.Token, k int) bool {
	if k == 0 || k >= 2 && (isCap(toks[k-2].Text) || toks[k-2].Text == "of") {
		return false
	}
	_, ok := lookupKey(r.g.demonyms, toks[k-1].Text)
	return ok
}

// groupAcronym reports whether w is a plural acronym that the gazetteer
// lists as a group's noun ("MPs", "MEPs"): written in capitals, it ends
// a name ("Labour MPs") as a lower-case group noun does.
func (r *Resolver) groupAcronym(w string) bool {
	if len(w) < 3 || !strings.HasSuffix(w, "s") || strings.ToUpper(w[:len(w)-1]) != w[:len(w)-1] {
		return false
	}
	_, ok := r.g.groups[normKey(w)]
	return ok
}

// pluralTitleAfter reports whether the lower-case word at k, a title's
// plural, follows a word that gives its holders' state, party or tenure
// ("Peruvian presidents", "US senators", "Democratic senators", "former
// presidents"): the plural then titles the names listed after it, as the
// capitalised plural does.
func (r *Resolver) pluralTitleAfter(toks []nlp.Token, k int) bool {
	if k == 0 {
		return false
	}
	w := toks[k].Text
	if len(w) < 4 || w[len(w)-1] != 's' || isCap(w) || k+1 >= len(toks) || !isCap(toks[k+1].Text) {
		return false
	}
	if _, ok := r.g.titles[normKey(w[:len(w)-1])]; !ok {
		return false
	}
	p := toks[k-1]
	return formerWord(p.Lower()) || isCap(p.Text) && !quantifiers[p.Lower()] && (strings.HasPrefix(p.Tag, "NNP") || p.Tag == "JJ")
}

// bodyPurpose reports whether "to" at token k, after a body's first word
// ([Resolver.chunk]), opens the purpose in the body's name: a
// capitalised word follows that is no known name, title, given name or
// body's head, and then another capitalised word ("Committee to Protect
// Journalists", "Council to Defend Velmor Farms"), and no "from" shortly
// before the body's word makes "to" the end of a move ("from the
// Committee to Halden Holdings").
func (r *Resolver) bodyPurpose(toks []nlp.Token, k int) bool {
	if k+2 >= len(toks) || !bodyTopic(toks[k+1].Text) || !isCap(toks[k+2].Text) {
		return false
	}
	w := toks[k+1].Text
	if r.g.entries[normKey(w)] != nil || r.g.titles[normKey(w)] != nil || r.g.given(w) || r.g.is("orghead", w) || r.g.is("notname", w) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		if toks[j].Lower() == "from" {
			return false
		}
	}
	return true
}

// purposeOf reports whether toks[k] is a capitalised noun of purpose
// ("Liberation", "Advancement", "Defence", "Independence") followed by
// "of" and a capitalised word, "the" allowed between: the end of a body's
// name "X for the Liberation of Y" whose head X stands alone.
func purposeOf(toks []nlp.Token, k int) bool {
	if k+2 >= len(toks) || !isCap(toks[k].Text) || toks[k+1].Text != "of" {
		return false
	}
	w := toks[k].Text
	if !strings.HasSuffix(w, "ion") && !strings.HasSuffix(w, "ment") && !strings.HasSuffix(w, "ence") && !strings.HasSuffix(w, "ance") {
		return false
	}
	j := k + 2
	if toks[j].Text == "the" && j+1 < len(toks) {
		j++
	}
	return isCap(toks[j].Text)
}

// thisPeriod reports whether token k is a capitalised "This" inside a name,
// after a capitalised word and before a capitalised "Week", "Morning" or
// "Evening" ("Kamloops This Week", "Wales This Morning"): a newspaper's or
// a programme's name goes on.
func thisPeriod(toks []nlp.Token, k int) bool {
	if toks[k].Text != "This" || k == 0 || k+1 >= len(toks) || !isCap(toks[k-1].Text) {
		return false
	}
	switch toks[k+1].Text {
	case "Week", "Morning", "Evening":
		return true
	}
	return false
}

// spelledAfterPossessor returns [spelledRun] from the token after the
// possessive "'s" that closes one to three capitalised words from token
// i ("Norway's", "New Zealand's"), and -1 when there is none.
func spelledAfterPossessor(toks []nlp.Token, i int) int {
	j := i
	for j < len(toks) && j < i+3 && isCap(toks[j].Text) && isWord(toks[j].Text) {
		j++
	}
	if j == i || j+1 >= len(toks) || toks[j].Tag != "POS" {
		return -1
	}
	return spelledRun(toks, j+1)
}

// policeOfName reports whether token k is "Police" after a capitalised
// name and before a rank, no leader's, that is a title alone and with
// "Police" before it ("Oslo Police Constable Tom Wu", "Bergen Police
// Sergeant Ann Lee"): "Police" ends the force's name, not the rank's
// title.
func (r *Resolver) policeOfName(toks []nlp.Token, k int) bool {
	if toks[k].Text != "Police" || k == 0 || !isCap(toks[k-1].Text) || k+2 >= len(toks) || !isCap(toks[k+1].Text) {
		return false
	}
	alone := r.g.titles[normKey(toks[k+1].Text)]
	joined := r.g.titles[normKey("Police "+toks[k+1].Text)]
	// A rank that leads ("Police Commissioner", "Police Chief") keeps
	// "Police": it heads the force of the place before it.
	return alone != nil && joined != nil && !joined.lead
}
