package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// stateNouns are the nouns that only a state or territory has: "its coast"
// after "his country had asked NATO" is the country's, not the alliance's.
var stateNouns = map[string]bool{
	"coast": true, "coastline": true, "coasts": true, "shore": true, "shores": true, "border": true,
	"borders": true, "frontier": true, "territory": true, "territorial": true, "waters": true,
	"airspace": true, "soil": true, "land": true, "capital": true, "cities": true, "ports": true,
	"provinces": true, "regions": true, "citizens": true, "nationals": true, "population": true,
	"government": true, "economy": true,
}

// armedBodyNouns are the nouns after a name, and an article before it,
// that make the name an armed group's: "the Kalo militia attacked",
// "clashes with the M23 rebels".
var armedBodyNouns = map[string]bool{
	"militia": true, "militias": true, "rebels": true, "insurgents": true, "militants": true, "guerrillas": true,
	"paramilitaries": true, "insurgency": true, "rebellion": true,
}

// orgNouns are the nouns that announce an organisation's name before it
// ("a group of Russian hackers known as Cold Harbor", "the company, China
// Harbour Engineering") or after it in an appositive (", a hacker group").
var orgNouns = map[string]bool{
	"group": true, "groups": true, "company": true, "companies": true, "firm": true, "firms": true,
	"hackers": true, "hacker": true, "gang": true, "militia": true, "network": true, "outfit": true,
	"organisation": true, "organization": true, "consortium": true, "startup": true, "maker": true,
	"manufacturer": true, "operator": true, "insurer": true, "lender": true, "carrier": true,
	"conglomerate": true, "syndicate": true, "cartel": true, "collective": true, "movement": true,
	"faction": true, "charity": true, "shipper": true, "contractor": true, "giant": true, "retailer": true,
	"supermarket": true, "chain": true, "airline": true, "carmaker": true, "planemaker": true, "automaker": true,
	"broadcaster": true, "regulator": true, "watchdog": true, "agency": true, "authority": true,
	"supplier": true, "distributor": true, "exporter": true, "importer": true, "newspaper": true, "tabloid": true,
	"team": true, "band": true, "club": true, "squad": true, "journal": true, "magazine": true, "website": true,
	"tank": true, "bank": true, "steelmaker": true, "drugmaker": true, "chipmaker": true, "refiner": true,
	"telecom": true, "telco": true, "chains": true, "supermarkets": true, "retailers": true, "enterprise": true,
	// not producer, developer, publisher, miner: persons' trades too ("the film producer Harvey Lund",
	// "the Chilean miner Yonni Barrios")
}

// nameVerbs may stand between an organisation noun and its name ("known as",
// "calling itself").
var nameVerbs = map[string]bool{
	"known": true, "called": true, "calling": true, "named": true, "dubbed": true, "styled": true,
	"styling": true, "itself": true, "as": true,
}

// placeNouns name a place by "of" and its name ("the port of Varna", "the
// coast of Aceh", "the Municipality of Linapacan": capitalised, the
// municipality's word opens no name kg keeps, and the place after it is
// the municipality). Words that often begin a name ("the County of
// Kent") are left out.
var placeNouns = map[string]bool{
	"port": true, "city": true, "town": true, "village": true, "province": true, "region": true,
	"district": true, "capital": true, "state": true, "island": true, "oblast": true, "coast": true,
	"outskirts": true, "suburbs": true, "municipality": true,
}

// firmSiteNouns name a firm's premises after its name ([orgContext]).
var firmSiteNouns = map[string]bool{"office": true, "offices": true, "branch": true, "branches": true}

// orgContext reports whether the words around the unknown name [a, b) say
// it names an organisation: an organisation noun shortly before it ("a
// group of Russian hackers known as Cold Harbor", "the company, China
// Harbour Engineering", 'a group called "Velmora Tarsik"'), an appositive after it (", a hacker group"),
// "party" or a party's "central committee" after it ("the ruling Frelimo
// party"), "member" after it ("a founding Halden Renewal member"), or
// "said in a statement" after it.
func orgContext(s nlp.Sentence, a, b int) bool {
	toks := s.Tokens
	partyOrgan := b+1 < len(toks) && toks[b].Text == "central" && toks[b+1].Text == "committee" // "the Fatah central committee"
	if b < len(toks) && (toks[b].Text == "party" || toks[b].Text == "website" || partyOrgan) && a > 0 && (toks[a-1].Tag == "DT" || toks[a-1].Tag == "JJ" || toks[a-1].Tag == "NN") {
		return true // "the Velmora party", "the Vox website"
	}
	if pressNounAt(toks, b) {
		return true // "told Time magazine", "in Fortune magazine", "the Halvik news agency"
	}
	if b < len(toks) && a > 0 && firmSiteNouns[toks[b].Text] && toks[a-1].Tag == "DT" && (b+1 == len(toks) || toks[b+1].Text != "of") {
		// "a Citibank office", "the Nordea branch in Oslo": a firm's
		// premises; not "the Kelda office of Reuters", a place's.
		return true
	}
	if b < len(toks) && armedBodyNouns[toks[b].Lower()] && strings.HasPrefix(toks[b].Tag, "NN") && (a == 0 || toks[a-1].Tag == "DT" || toks[a-1].Tag == "IN") {
		// "the Kalo militia", "the M23 rebels", "M23 rebels attacked",
		// "clashes with M23 rebels": a person leads no militia of their name
		return true
	}
	if b < len(toks) && (toks[b].Text == "member" || toks[b].Text == "members") && strings.HasPrefix(toks[b].Tag, "NN") {
		return true // "a founding Halden Renewal member", "two Velmor Union members": a person has no members
	}
	if a > 0 && toks[a-1].Tag == "POS" && whichAfter(toks, b) {
		return true // "Australia's Halvik Mining - which operates": a person takes "who"
	}
	if b < len(toks) && a > 0 && (toks[a-1].Tag == "PRP$" || toks[a-1].Tag == "POS") && strings.HasPrefix(toks[b].Tag, "NN") &&
		ownedNouns[toks[b].Text] && !apposedAfter(s, b+1) {
		return true // "its Polar Mart chain", "Halvik's Velby Air subsidiary"
	}
	for i := a - 1; i >= 0 && i >= a-5; i-- {
		t := toks[i]
		low := t.Lower()
		switch {
		case nameVerbs[low] && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP"):
			// "Halvik Bank named Tom Wu as its chief executive": the
			// finite verb puts the person in a post, as "appointed"
			// does; "a bank named Velby" names the bank.
			i = -1
		case low == "operator" && afterPossessivePronoun(toks, i):
			// "a website and its (alleged) operator Tom Wu": what a thing's operator
			// is, a person or a firm, its name says; "mobile operator
			// Velcom" still names a firm.
			i = -1
		case orgNouns[low] && strings.HasPrefix(t.Tag, "NN") && !(toks[a-1].Text == "," && introPhrase(toks, a-1)) &&
			!(i == a-2 && toks[a-1].Text == "," && roleOfBefore(toks, descStart(toks, i))):
			// Not "the chief executive of the company, Ann Lee," or "the
			// former leader of the Velmor Cartel, Tom Wu,": the name is
			// the role's holder ([roleOfDescThenPerson]).
			// Not "According to the newspaper, Tom Wu will run": the
			// comma closes a phrase opening the sentence, and the name
			// after it is the clause's subject, no apposition.
			return true
		case i == a-1 && (t.Text == "daily" || t.Text == "weekly") && (i == 0 || toks[i-1].Lower() != "a" && toks[i-1].Lower() != "an"):
			// "and daily Népszava covered the story": a paper, whatever
			// the tagger makes of the word for its period ("a daily
			// Aspirin" is a dose).
			return true
		case (t.Tag == "NN" || t.Tag == "NNS") && !nameVerbs[low] && !unitNouns[low]:
			i = -1 // "a company spokesman, Tom Wu": the noun nearest the name heads its description
		case t.Text == "," && i == a-1, nameVerbs[low], t.Tag == "JJ", t.Tag == "DT", t.Tag == "NN", t.Tag == "NNS",
			t.Tag == "NNP" && isCap(t.Text), i == a-1 && quoteMark(t.Text) != 0:
			// "the airline unit, Halvik Air": a unit's noun heads it;
			// 'a group called "Velmora Tarsik"': so does a quoted name's
		default:
			i = -1 // a verb, preposition or stop: the noun is too far
		}
	}
	if kindListed(toks, a) || publishedIn(toks, a) {
		return true
	}
	if b+1 < len(toks) && toks[b].Text == "," {
		if d := toks[b+1].Lower(); d == "a" || d == "an" || d == "the" {
			org := false
			for i := b + 2; i < len(toks) && i < b+9; i++ {
				t := toks[i]
				if t.Tag == "NN" || t.Tag == "NNS" {
					// The last noun heads the appositive: ", a hacker
					// group", not ", a company spokeswoman,".
					org = orgNouns[t.Lower()]
				}
				if t.Tag == "POS" {
					org = false // "Tom Wu, the Tax Agency's spokesman,": the possessor's noun heads nothing
				}
				if finiteAt(toks, i) {
					// "According to Ann Lee, the movement grew": the
					// noun phrase is the next clause's subject, no
					// apposition.
					org = false
				}
				if t.Text == "," || t.Text == "." || t.Tag == "IN" || strings.HasPrefix(t.Tag, "VB") {
					break
				}
			}
			if org {
				return true
			}
		}
	}
	return b+3 < len(toks) && saidVerbs[toks[b].Lower()] && toks[b+1].Text == "in" &&
		toks[b+2].Tag == "DT" && toks[b+3].Text == "statement"
}

// descStart returns the token that opens the noun phrase headed by the
// noun at token i: its article, before the capitalised words of a name it
// ends ("the Velmor Group", "the company"), or the name's first word.
func descStart(toks []nlp.Token, i int) int {
	k := i
	for k > 0 && toks[k-1].Tag == "NNP" && isCap(toks[k-1].Text) {
		k--
	}
	if k > 0 && toks[k-1].Tag == "DT" {
		k--
	}
	return k
}

// kindListed reports whether the name at token a stands in a list of
// names after a plural organisation noun ([orgNouns]) and "including" or
// "such as", or right after the noun: "German firms including Deutsche
// Bahn, Deutsche Telekom, Daimler, and Siemens", "companies such as
// Halvik Air and Velby Rail", "Danish firms Halvik and Velby".
// Every member of the list is an organisation, not only the one next to
// the noun.
func kindListed(toks []nlp.Token, a int) bool {
	for i := a - 1; i >= 0 && i >= a-24; i-- {
		t := toks[i]
		switch low := t.Lower(); {
		case low == "including" || low == "as" && i > 0 && toks[i-1].Lower() == "such":
			k := i - 1
			if low == "as" {
				k = i - 2
			}
			if k > 0 && toks[k].Text == "," {
				k-- // "Swedish companies, such as Lund Steel and Orsa Timber,"
			}
			return k >= 0 && toks[k].Tag == "NNS" && orgNouns[toks[k].Lower()]
		case t.Tag == "NNS" && orgNouns[low]:
			// "Danish firms Halvik Air, Velby Mart and Orsa Timber": the
			// list stands right after the plural noun, in apposition.
			return i < a-1
		case t.Text == "," || low == "and" || low == "or" || isCap(t.Text) && strings.HasPrefix(t.Tag, "NNP"):
			// another member of the list, or what joins them
		default:
			return false
		}
	}
	return false
}

// bizBefore are the nouns of business news that tie a company by the
// preposition given, or by "of" ("shares in Yukos", "sales at Tesco", "a
// bid for Yukos", "profits of Tesco"); bizAfter the nouns a company's name modifies ("WorldCom
// boss Bernie Ebbers", "Yukos shares", "Tesco's profits").
var (
	bizBefore = map[string]string{
		"shares": "in", "stake": "in", "stakes": "in", "holding": "in", "holdings": "in", "investors": "in",
		"investment": "in", "sales": "at", "profits": "at", "profit": "at", "losses": "at",
		"bid": "for", "bids": "for", "offer": "for", "takeover": "of", "shareholders": "in",
		"shareholder": "in", "executives": "at", "boss": "of", "bosses": "at", "chairman": "of",
		"subsidiary": "of", "unit": "of", "customers": "of", "stores": "of", "branches": "of", "board": "of",
	}
	bizAfter = map[string]bool{
		"boss": true, "bosses": true, "chief": true, "chairman": true, "founder": true, "co-founder": true,
		"shareholders": true, "shareholder": true, "shares": true, "investors": true, "employees": true,
		"staff": true, "executives": true, "board": true, "subsidiary": true, "profits": true, "profit": true,
		"sales": true, "stores": true, "customers": true, "headquarters": true, "directors": true,
		"share": true, "unit": true, "turnover": true, "revenues": true, "revenue": true,
		"analyst": true, "analysts": true, "economist": true, "economists": true,
	}
	// studyNouns are what research firms publish: a lone name after one
	// and "by" names a firm ("a study by Gartner", "a survey by Mori").
	studyNouns = map[string]bool{
		"study": true, "studies": true, "survey": true, "surveys": true, "report": true, "poll": true,
		"research": true, "analysis": true, "forecast": true, "forecasts": true,
	}
)

// bizContext reports whether the words around the lone unknown name [a,
// b) say it names a company: a noun of [bizBefore] and "in", "at", "of" or
// "for" before it, a noun of [studyNouns] and "by", or a noun of
// [bizAfter] after it or after its possessive ("WorldCom boss", "Tesco's
// profits", "Gartner analyst").
func bizContext(s nlp.Sentence, a, b int) bool {
	toks := s.Tokens
	if !strings.HasPrefix(toks[a].Tag, "NNP") {
		return false // "Strong sales": an adjective opening the sentence
	}
	if a >= 2 {
		// Each noun with its own preposition: "jobs at" and "workers in"
		// are as often about a plant or a town.
		w, p := toks[a-2], toks[a-1].Lower()
		if q := bizBefore[w.Lower()]; q != "" && (q == p || p == "of" && q != "in") && strings.HasPrefix(w.Tag, "NN") {
			return true
		}
		if studyNouns[w.Lower()] && p == "by" && strings.HasPrefix(w.Tag, "NN") {
			return true // "a study by Gartner"
		}
	}
	if a >= 1 && ownedWord(toks[a-1].Text) {
		return true // "state-owned Rosneft"
	}
	k := b
	possessive := k < len(toks) && toks[k].Tag == "POS"
	if possessive {
		k++
	}
	if k < len(toks) && bizAfter[toks[k].Text] && strings.HasPrefix(toks[k].Tag, "NN") {
		return true
	}
	// "Velmora spokesman Ann Lee": a spokesman is of a body when the name
	// is written before him as a word, not as a possessive ("Kennedy's
	// spokesman" speaks for a person). So is any role noun before a
	// person's name ("Velmora frontman Tom Wu"), unless the word opens
	// the sentence, where it may be an adjective ("Key bowler Tom Wu").
	if k < len(toks) && !possessive && (spokesNouns[toks[k].Text] || roleThenName(toks, k) && (a > 0 || isAcronym(toks[k].Text)) && !titleWord(toks[a].Text)) {
		// "Globex CEO Ann Lee said": an acronym's role noun makes no
		// adjective of the word that opens the sentence.
		return true
	}
	// "Velmora chief executive Ann Lee", "Velmora's finance director":
	// one lower-case word before a company's role noun.
	return k+1 < len(toks) && companyRoles[toks[k+1].Text] && strings.HasPrefix(toks[k+1].Tag, "NN") &&
		!isCap(toks[k].Text) && (toks[k].Tag == "JJ" || strings.HasPrefix(toks[k].Tag, "NN"))
}

// roleThenName reports whether token k is a role noun written in lower
// case or as an acronym ("frontman", "critic", "CEO") that a person's name
// follows, after a comma or not: the name written before the noun is
// then what the person belongs to or works for ("Velmora frontman Tom Wu",
// "Halvik Rail CEO Ann Lee", "Halvik Courier critic, Ola Berg").
func roleThenName(toks []nlp.Token, k int) bool {
	if k >= len(toks) || !roleNoun(toks[k].Lower()) && !pressNouns[toks[k].Lower()] {
		return false // a role noun the tagger read as an adjective is still one ("frontman")
	}
	if isCap(toks[k].Text) && strings.ToUpper(toks[k].Text) != toks[k].Text {
		return false // "Velmora Director Tom Wu": a title, split elsewhere
	}
	k++
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	return k+1 < len(toks) && toks[k].Tag == "NNP" && isCap(toks[k].Text) && isCap(toks[k+1].Text)
}

// titleWord reports whether the capitalised word w opens or modifies a
// title rather than naming a body: a portfolio ("Defence minister Tom
// Wu"), a word of [descWords] ("Acting director") or a rank's modifier
// ("Assistant coach", "Deputy editor").
func titleWord(w string) bool {
	return portfolioWords[w] || descWord(w) || rankWords[strings.ToLower(w)] || roleNoun(strings.ToLower(w))
}

// rankWords modify a role noun to name a rank ("deputy director",
// "assistant coach").
var rankWords = map[string]bool{
	"deputy": true, "assistant": true, "associate": true, "senior": true, "junior": true, "chief": true,
	"vice": true, "executive": true, "general": true, "interim": true, "managing": true, "lead": true,
	"head": true, "principal": true, "foreign": true, "opposition": true, "state": true, "federal": true,
	"minority": true, "majority": true,
}

// spokesNouns speak for whoever is named before them; companyRoles are
// the role nouns of a company's officers that a modifier opens ("chief
// executive", "finance director", "operating officer").
var (
	spokesNouns  = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}
	companyRoles = map[string]bool{"executive": true, "director": true, "officer": true, "boss": true, "chairman": true}
)

// commonFirst drops the lone guessed names that the document also writes
// in lower case, where they open a sentence (or a quotation) or, written
// so twice, come before a noun: "Iodine deficiency can lead to ..." and
// "WHO say Iodine deficiency is ..." in a report on iodine name nothing;
// so does a guessed name of several words opening a sentence that the
// document writes elsewhere with its first word in lower case ("Mobile TV
// will ..." beside "mobile TV broadcasting").
// ms are the mentions of sents; each sentence's list is filtered in
// place.
func commonFirst(sents []nlp.Sentence, ms [][]*mention) {
	for i, s := range ms {
		toks := sents[i].Tokens
		out := s[:0]
		for _, m := range s {
			first := sentenceFirst(toks, m.start)
			beforeNoun := m.end < len(toks) && !isCap(toks[m.end].Text) && (toks[m.end].Tag == "NN" || toks[m.end].Tag == "NNS")
			if m.kind == mSingle && m.guess && (first || beforeNoun) {
				if n := lowerCount(sents, strings.ToLower(m.name)); first && n > 0 || n > 1 {
					continue
				}
			}
			if m.kind != mSingle && m.guess && first && m.end-m.start > 1 && writtenLower(sents, toks[m.start:m.end]) {
				continue
			}
			out = append(out, m)
		}
		ms[i] = out
	}
}

// lowerCount returns how many tokens of sents, not capitalised, are
// written w. A few names ask, so counting theirs costs less than counting
// every word of the document once.
func lowerCount(sents []nlp.Sentence, w string) int {
	n := 0
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Text == w && !isCap(t.Text) {
				n++
			}
		}
	}
	return n
}

// productNames drops the lone guessed names that the document writes
// after "the" and before a noun for a kind of product ("the Velmor
// processor", "the Velmor console"): the name of a product, not of its
// maker, which goes without the article ("a Sony console"); and those
// written three times or more, each time before the same lower-case noun
// in the singular or the plural ("Blu ray", "Magellanic penguins"), also
// when a preposition or a reporting verb alone types some of them: a
// compound term. ms are the mentions of sents; each
// sentence's list is filtered in place.
func productNames(sents []nlp.Sentence, ms [][]*mention) {
	var products map[string]bool
	// next holds the lower-case noun after each lone guessed name, "" when
	// it differs between mentions; count the mentions.
	next, count := map[string]string{}, map[string]int{}
	for i, s := range ms {
		toks := sents[i].Tokens
		for _, m := range s {
			if !looseSingle(m) {
				continue
			}
			if m.guess && m.start > 0 && strings.EqualFold(toks[m.start-1].Text, "the") && m.end < len(toks) && productNouns[toks[m.end].Text] {
				if products == nil {
					products = map[string]bool{}
				}
				products[m.name] = true
			}
			if m.end < len(toks) && toks[m.end].Tag == "VBZ" && !isCap(toks[m.end].Text) {
				continue // "Magellanic penguins nest": a plural the tagger read as a verb says neither
			}
			w := ""
			if m.end < len(toks) && (toks[m.end].Tag == "NN" || toks[m.end].Tag == "NNS") && !isCap(toks[m.end].Text) {
				w = strings.TrimSuffix(toks[m.end].Text, "s") // "Magellanic penguin chicks", "Magellanic penguins"
			}
			if n, ok := next[m.name]; ok && n != w {
				w = ""
			}
			next[m.name] = w
			count[m.name]++
		}
	}
	for name, w := range next {
		if w != "" && count[name] >= 3 {
			// "Blu ray" three times and more: the name of a thing
			// written as a compound with a lower-case noun.
			if products == nil {
				products = map[string]bool{}
			}
			products[name] = true
		}
	}
	if products == nil {
		return
	}
	for i, s := range ms {
		ms[i] = slices.DeleteFunc(s, func(m *mention) bool { return looseSingle(m) && products[m.name] })
	}
}

// looseSingle reports whether m is a lone word unknown to the gazetteer,
// with no title, that only the recogniser, a reporting verb or a
// preposition types.
func looseSingle(m *mention) bool {
	return m.kind == mSingle && m.name != "" && m.gaz == nil && len(m.titles) == 0 && (m.guess || m.weak)
}

// productNouns are the lower-case nouns for kinds of products that a
// product's name comes before.
var productNouns = map[string]bool{
	"processor": true, "chip": true, "console": true, "handset": true, "smartphone": true, "phone": true,
	"browser": true, "laptop": true, "tablet": true, "gadget": true, "camera": true, "player": true, "format": true,
}

// writtenLower reports whether a sentence of sents writes the words of
// name with its first word in lower case ("mobile TV" for "Mobile TV").
func writtenLower(sents []nlp.Sentence, name []nlp.Token) bool {
	low := strings.ToLower(name[0].Text)
	if low == name[0].Text {
		return false
	}
	for _, s := range sents {
		toks := s.Tokens
	next:
		for k := 0; k+len(name) <= len(toks); k++ {
			if toks[k].Text != low {
				continue
			}
			for j := 1; j < len(name); j++ {
				if toks[k+j].Text != name[j].Text {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// vesselNames drops the lone mentions of a ship's, a spacecraft's or a
// storm's name that the document gives in full with its prefix ("Atlantis
// will go on display" after "Space Shuttle Atlantis", "Halvor hit Bergen"
// after "Typhoon Halvor", [stormPrefixes]): a vessel or a storm is no
// actor. ms are the mentions of sents; each sentence's list is filtered
// in place.
func vesselNames(sents []nlp.Sentence, ms [][]*mention) {
	names := map[string]bool{}
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			w := []string{toks[i].Text, toks[i+1].Text}
			if i+2 < len(toks) && w[0] == "Space" && w[1] == "Shuttle" && isCap(toks[i+2].Text) {
				names[toks[i+2].Text] = true
			} else if i+2 < len(toks) && w[0] == "Tropical" && tropicalKinds[w[1]] && isCap(toks[i+2].Text) {
				names[toks[i+2].Text] = true
			} else if isCap(w[1]) && (vesselPrefixes.has(w[0]) || stormPrefixes.has(w[0])) {
				names[w[1]] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for i, s := range ms {
		out := s[:0]
		for _, m := range s {
			if m.kind != mSingle || !names[m.name] || len(m.titles) > 0 {
				out = append(out, m)
			}
		}
		ms[i] = out
	}
}

// sentenceFirst reports whether token k opens its sentence or a
// quotation in it.
func sentenceFirst(toks []nlp.Token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		switch toks[j].Text {
		case `"`, "'", "``", "(", "\u201c", "\u2018":
			continue
		}
		return false
	}
	return true
}

// ownedWord reports whether w says who owns, runs or lists what it
// describes ("state-owned", "family-run", "Nasdaq-listed"): only bodies
// are so described.
func ownedWord(w string) bool {
	low := strings.ToLower(w)
	for _, suf := range []string{"-owned", "-run", "-controlled", "-listed"} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf) {
			return true
		}
	}
	return false
}

// orgVote gives the organisation's hint to every lone mention of a word
// that some mention of the document hints is an organisation's ("shares
// in Sony", "Sony boss Ann Lee"), where the others' hints rest on a
// reporting verb or a preposition alone ("Sony said", "at Sony") or on
// the recogniser's guess. ms are the mentions of a document's sentences,
// changed in place.
func orgVote(sents []nlp.Sentence, ms [][]*mention) {
	org := map[string]bool{}
	for i, s := range ms {
		for j, m := range s {
			if m.kind == mSingle && (m.weak || m.guess) && listedWithOrg(sents[i], s, j) {
				m.hint, m.weak, m.guess = schema.Organization, false, false
			}
			if m.kind == mSingle && m.hint == schema.Organization && !m.weak && !m.guess {
				org[m.name] = true
			}
			if m.kind == mName && m.typ == schema.Organization && !m.guess && m.gaz == nil && m.end-m.start == 1 {
				org[m.name] = true // "Internet company Yahoo": an organisation's name of one word
			}
		}
	}
	if len(org) == 0 {
		return
	}
	for _, s := range ms {
		for _, m := range s {
			if m.kind == mSingle && org[m.name] && (m.weak || m.guess) {
				m.hint, m.weak = schema.Organization, false
			}
		}
	}
}

// listedWithOrg reports whether ms[j], a lone name of sentence s, is
// listed with an organisation by "and", "or" or a comma ("Toyota and
// Sony said"): the members of a list are of one kind. An organisation
// after the word must be known: "Ways and Means Committee", "Hall of Fame
// and Museum" are one name cut in two.
func listedWithOrg(s nlp.Sentence, ms []*mention, j int) bool {
	isOrg := func(o *mention) bool {
		return o.kind == mName && o.typ == schema.Organization && !o.guess && !o.possessive
	}
	return listedWith(s, ms, j, isOrg, func(o *mention) bool { return isOrg(o) && o.gaz != nil })
}

// listedWithPlace reports whether ms[j], a lone name of sentence s, is
// listed with a place the gazetteer knows ("the towns damaged were
// Carrascal, Cantilan, Madrid and Carmen").
func listedWithPlace(s nlp.Sentence, ms []*mention, j int) bool {
	known := func(o *mention) bool { return o.gaz != nil && isPlaceType(o.typ) && !o.possessive && !o.adj }
	return listedWith(s, ms, j, known, known)
}

// listedWith reports whether ms[j], a lone name of sentence s, is listed
// by "and", "or" or a comma with the mention before it, when before
// accepts that one, or with the mention after it, when after does.
func listedWith(s nlp.Sentence, ms []*mention, j int, before, after func(*mention) bool) bool {
	m := ms[j]
	// conj reports whether the word at a joins two mentions of a list, the
	// second ending at end: "and" or "or", or a comma that the list goes on
	// after ("Sony, Toyota and Honda"); a comma alone also sets a place
	// after a body ("Norden College, Bergen").
	conj := func(a, b, end int) bool {
		if b-a != 1 {
			return false
		}
		switch s.Tokens[a].Text {
		case "and", "or":
			return true
		case ",":
			if end < len(s.Tokens) {
				w := s.Tokens[end].Text
				return w == "and" || w == "or" || w == ","
			}
		}
		return false
	}
	return j > 0 && before(ms[j-1]) && conj(ms[j-1].end, m.start, m.end) ||
		j+1 < len(ms) && after(ms[j+1]) && conj(m.end, ms[j+1].start, ms[j+1].end)
}

// staffNouns are the nouns for people who work for an organisation
// ("analysts at Bernstein", "a spokesman for Europol").
var staffNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "executive": true, "executives": true,
	"analyst": true, "analysts": true, "official": true, "officials": true, "employee": true,
	"employees": true, "staff": true, "researchers": true, "researcher": true, "engineers": true,
	"head": true, "chief": true, "director": true, "founder": true, "leader": true, "member": true,
	"members": true, "lawyer": true, "lawyers": true, "representative": true, "owner": true,
}

// staffContext returns the type of a lone unknown name at token a that
// follows a person's role and "for", "at" or "of": an organisation
// ("analysts at Bernstein", "a spokesman for Europol", "the head of
// Gazprom", "a player for Kelton"), or a place after a mayor or governor ("the Mayor of Bucha").
// It returns "" when the context says nothing.
func (r *Resolver) staffContext(s nlp.Sentence, a int) schema.EntityType {
	toks := s.Tokens
	if a < 2 {
		return ""
	}
	switch toks[a-1].Lower() {
	case "for", "at", "of":
	default:
		return ""
	}
	w := toks[a-2].Lower()
	switch {
	case w == "mayor" || w == "governor":
		return schema.GPE
	case staffNouns[w], memberNouns[w] && !residentNouns[w] && w != "candidate" && w != "nominee" && toks[a-1].Lower() == "for":
		return schema.Organization // "a player for Kelton", "a striker for Dunmore"; not "a candidate for Mayor"
	}
	if _, ok := r.g.titles[normKey(toks[a-2].Text)]; ok {
		return schema.Organization
	}
	return ""
}

// techAcronyms are the abbreviations of media formats, devices and
// technical standards ("DVD", "HD", "GPS"): no organisation, and a name
// ending in one names a product or a format ("HD DVD", "RipGuard DVD"),
// which [Resolver.recognize] drops. "TV" is left out: "Sky TV" is a
// company.
var techAcronyms = map[string]bool{
	"DVD": true, "DVDs": true, "CD": true, "CDs": true, "HD": true, "PDA": true, "VCR": true, "PVR": true,
	"LCD": true, "GPS": true, "SMS": true, "MMS": true, "DRM": true, "CPU": true, "MP3": true, "3G": true,
	"SIM": true, "RSS": true, "URL": true, "HTML": true, "PIN": true, "ATM": true, "DSL": true, "ADSL": true,
	"GPRS": true, "GSM": true, "UMTS": true, "WAP": true, "LAN": true, "HDTV": true, "IPTV": true, "DVR": true,
	"VoIP": true, "USB": true, "HDMI": true, "LED": true, "OLED": true, "GPU": true, "4G": true, "5G": true, "WLAN": true,
	"OS": true,
}

// notOrgAcronyms are capitalised abbreviations that name no organisation.
var notOrgAcronyms = map[string]bool{
	"TV": true, "AM": true, "PM": true, "GMT": true, "UTC": true, "CEO": true, "CFO": true, "COO": true, "MP": true,
	"QC": true, "SC": true, "GDP": true, "DNA": true, "HIV": true, "AIDS": true, "OK": true, "ID": true, "VIP": true,
	"PC": true, "IT": true, "AI": true, "PR": true, "HQ": true, "MVP": true, "ICBM": true, "SUV": true, "USB": true,
	"BC": true, "BCE": true, "CE": true, "AD": true, // eras
}

// timeZones are the abbreviations of time zones: "at 5:30 a.m. EST".
var timeZones = map[string]bool{
	"EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true, "PST": true, "PDT": true,
	"AKST": true, "AKDT": true, "HST": true, "BST": true, "CET": true, "CEST": true, "EET": true, "EEST": true,
	"MSK": true, "AEST": true, "AEDT": true, "ACST": true, "AWST": true, "NZST": true, "NZDT": true, "JST": true,
	"KST": true, "HKT": true, "SGT": true,
}

// timeZone reports whether w, after the word prev, is a time zone: one of
// [timeZones] after a time ("5:30 a.m. EST", "noon CET", "1400 GMT"). A
// body may have the same initials, which news writes with no time
// before them: "the Landless Workers Movement (MST)", "the MST denied".
func timeZone(w, prev string) bool {
	if !timeZones[w] {
		return false
	}
	switch strings.ToLower(prev) {
	case "a.m.", "p.m.", "am", "pm", "noon", "midnight", "time", "o'clock":
		return true
	}
	return prev != "" && prev[0] >= '0' && prev[0] <= '9'
}

// conceptAcronyms takes the organisation's hint, a hint resting on a
// preposition or a reporting verb alone, or the recogniser's guess ("peer
// to peer (P2P)", with a digit), from an acronym that the
// document uses as a common noun somewhere: after "a" or an adjective ("a
// SUT", "busted CFL", but not "the ruling ANC") and before no noun, or
// defined in brackets after lower-case words ("second language (L2)", "unmanned
// aerial vehicles (UAVs)"), or after the capitalised words it spells when
// they end in a work's or an event's head noun and no mention covers them
// (a dropped show's name). Such an acronym names a thing or an idea of
// a paper, not a body: GUM's academic texts have dozens ("DH", "ICT",
// "GIS"). ms are the mentions of sents, changed in place.
func conceptAcronyms(sents []nlp.Sentence, ms [][]*mention) {
	concept := map[string]bool{}
	for si, s := range sents {
		toks := s.Tokens
		for _, m := range ms[si] {
			if m.kind != mSingle || m.hint != schema.Organization && !m.guess && !m.weak || !isAcronym(m.name) || m.start == 0 {
				continue
			}
			prev := toks[m.start-1]
			switch {
			case prev.Tag == "DT" && (strings.EqualFold(prev.Text, "a") || strings.EqualFold(prev.Text, "an")),
				prev.Tag == "JJ" && !isCap(prev.Text) && !(m.start >= 2 && strings.EqualFold(toks[m.start-2].Text, "the")):
				// Not "a USI instructor": there "a" goes with the noun.
				// Nor "the nationalist MHP", "the ruling ANC": "the" and
				// an adjective before a body's short name.
				concept[m.name] = concept[m.name] || !(m.end < len(toks) && strings.HasPrefix(toks[m.end].Tag, "NN") && !isCap(toks[m.end].Text))
			case prev.Text == "(" && m.start >= 2 && !isCap(toks[m.start-2].Text) && isWord(toks[m.start-2].Text):
				concept[m.name] = true
			case prev.Text == "(" && m.start >= 2 && (workWords[toks[m.start-2].Text] || osWords[toks[m.start-2].Text]) && coveringAt(ms[si], m.start-2) < 0 && spelledBefore(toks, m.start-1, m.name):
				// "the Consumer Electronics Show (CES)": the name it
				// shortens was dropped as a show, a work or an event.
				concept[m.name] = true
			}
		}
	}
	for _, sm := range ms {
		for _, m := range sm {
			if m.kind == mSingle && (m.hint == schema.Organization || m.guess || m.weak) && concept[m.name] {
				m.hint, m.guess, m.weak = "", false, false
			}
		}
	}
}

// spelledBefore reports whether the capitalised words right before token
// k have acr's letters as initials ("Consumer Electronics Show" before
// "(CES)"); "of", "and" and "the" between them are skipped.
func spelledBefore(toks []nlp.Token, k int, acr string) bool {
	i := len(acr)
	for j := k - 1; j >= 0 && i > 0; j-- {
		switch w := toks[j].Text; {
		case w == "of" || w == "and" || w == "the":
		case isCap(w) && isWord(w) && w[0] == acr[i-1]:
			i--
		default:
			return false
		}
	}
	return i == 0
}

// unknownAcronym reports whether token a is a word of two to six capitals
// outside the gazetteer in running text ("DAB", "FTU"), or such words
// joined by hyphens ("ABS-CBN", "KDKA-TV": the chunker leaves out a word
// whose parts are known names, "PKK-YPG"): the short name of an
// organisation. A capitalised headline word is no acronym.
func unknownAcronym(s nlp.Sentence, a int) bool {
	w := s.Tokens[a].Text
	head, _, _ := strings.Cut(w, "-")
	prev := ""
	if a > 0 {
		prev = s.Tokens[a-1].Text
	}
	if !shortCaps(w) || strings.ContainsAny(w, "0123456789") || notOrgAcronyms[head] || timeZone(head, prev) || techAcronyms[head] ||
		roleNoun(strings.ToLower(w)) {
		return false
	}
	for _, t := range s.Tokens {
		if t.Tag == "NNP" && t.Text != w && isAcronym(t.Text) && !shortCaps(t.Text) && len(t.Text) > 6 {
			return false // a sentence in capitals
		}
	}
	return true
}

// shortCaps reports whether w is an acronym ([isAcronym]) whose parts
// between hyphens are two to six characters long: "DAB", "ABS-CBN".
func shortCaps(w string) bool {
	if !isAcronym(w) || strings.HasPrefix(w, "-") || strings.HasSuffix(w, "-") {
		return false
	}
	for p := range strings.SplitSeq(w, "-") {
		if len(p) < 2 || len(p) > 6 {
			return false
		}
	}
	return true
}

// monthSurnames adds the lone mentions of a surname spelled like a month
// ("May criticised Corbyn" after "Theresa May"), which the chunker reads
// as dates: a month word tagged a proper noun, in no mention, neither after
// a preposition, an article, a number, an adjective or a capitalised word
// other than a title ("in May", "last May", "early May") nor before a
// number ("May 5"). The surname must close
// a person's full name in the document. ms are the mentions of sents; each
// sentence's list gains the new mentions in token order.
func (r *Resolver) monthSurnames(sents []nlp.Sentence, ms [][]*mention) {
	names := map[string]bool{}
	for _, s := range ms {
		for _, m := range s {
			if m.kind == mName && m.typ == schema.Person && m.end-m.start > 1 {
				if f := strings.Fields(m.name); len(f) > 1 && monthName(f[len(f)-1]) {
					names[f[len(f)-1]] = true
				}
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for i, s := range sents {
		toks := s.Tokens
	next:
		for k, t := range toks {
			if !names[t.Text] || t.Tag != "NNP" || k+1 < len(toks) && toks[k+1].Tag == "CD" {
				continue
			}
			if k > 0 {
				switch p := toks[k-1]; {
				case p.Tag == "IN" || p.Tag == "DT" || p.Tag == "CD" || p.Tag == "JJ" || p.Tag == "TO":
					continue next
				case isCap(p.Text):
					if _, title := r.g.titles[normKey(p.Text)]; !title {
						continue next // "Mrs May", "Prime Minister May" are hers
					}
				}
			}
			at := len(ms[i])
			for j, m := range ms[i] {
				if m.start <= k && k < m.end {
					continue next
				}
				if m.start > k {
					at = min(at, j)
				}
			}
			m := &mention{kind: mSingle, start: k, end: k + 1, surface: t.Text, name: t.Text, hint: schema.Person}
			ms[i] = slices.Insert(ms[i], at, m)
		}
	}
}

// titledFullNames adds the full names of the people the document calls
// Mr, Mrs, Ms, Miss or Dr and a surname spelled like a title ("Mervyn King"
// beside "Mr King"; [titledSurname]), which the chunker reads as a word
// and a title with no name after it: a capitalised word, not a title nor
// a known name, right before that surname, with no capitalised word after
// it. ms are
// the mentions of sents; each sentence's list gains the new mentions in
// token order.
func (r *Resolver) titledFullNames(sents []nlp.Sentence, ms [][]*mention) {
	names := map[string]bool{}
	for _, s := range ms {
		for _, m := range s {
			if m.end-m.start == 1 && titleSurnames[m.name] && len(m.titles) > 0 && surnameTitle(m.titles[0].name) {
				names[m.name] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for i, s := range sents {
		toks := s.Tokens
		for k := 0; k+1 < len(toks); k++ {
			g, w := toks[k], toks[k+1]
			if !names[w.Text] || !isCap(g.Text) || g.Tag != "NNP" || k+2 < len(toks) && isCap(toks[k+2].Text) {
				continue
			}
			if _, title := r.g.titles[normKey(g.Text)]; title || r.g.entries[normKey(g.Text)] != nil || coveringAt(ms[i], k+1) >= 0 {
				continue
			}
			name := g.Text + " " + w.Text
			m := &mention{kind: mName, start: k, end: k + 2, surface: name, name: name, typ: schema.Person}
			switch j := coveringAt(ms[i], k); {
			case j < 0:
				ms[i] = insertMention(ms[i], m)
			case ms[i][j].kind == mSingle && ms[i][j].end == k+1:
				ms[i][j] = m // "Mervyn" alone, a guess the recogniser decides
			}
		}
	}
}

// familyGivenNames gives the family name to the given names listed after
// it and a word for siblings: "the Halvorsen sisters Anna and Mariya" are
// Anna Halvorsen and Mariya Halvorsen, "the Berg brothers Per, Ola and
// Nils" each a Berg. Each given name is one capitalised word that a
// mention of its own covers; the list has two names or more. ms are the
// mentions of sents, changed in place.
func familyGivenNames(sents []nlp.Sentence, ms [][]*mention) {
	for i, s := range sents {
		toks := s.Tokens
		for k := 1; k+3 < len(toks); k++ {
			if !siblingNouns.has(toks[k+1].Lower()) || !isCap(toks[k].Text) || toks[k].Tag != "NNP" || !strings.EqualFold(toks[k-1].Text, "the") {
				continue
			}
			var given []*mention
			for j := k + 2; j < len(toks); j += 2 {
				c := coveringAt(ms[i], j)
				if c < 0 || ms[i][c].start != j || ms[i][c].end != j+1 || !isCap(toks[j].Text) ||
					ms[i][c].kind != mName && ms[i][c].kind != mSingle || ms[i][c].typ != schema.Person && ms[i][c].typ != "" {
					break
				}
				given = append(given, ms[i][c])
				if j+1 >= len(toks) || toks[j+1].Text != "," && toks[j+1].Lower() != "and" {
					break
				}
				if toks[j+1].Text == "," && j+2 < len(toks) && toks[j+2].Lower() == "and" {
					j++ // "Per, Ola, and Nils"
				}
			}
			if len(given) < 2 {
				continue
			}
			for _, m := range given {
				m.kind, m.typ, m.name = mName, schema.Person, m.surface+" "+toks[k].Text
			}
		}
	}
}

// sharedSurnames gives a lone given name joined by "and" to a person's
// given name and surname that surname: "Richard and Lisa Hale drove to
// Oslo" names Richard Hale and Lisa Hale, as a couple or siblings are
// written. Both first words must be given names the gazetteer lists, the
// lone one with no title or capitalised word before it ("Prince Harry and
// Ann Lee"), and no person of the document may bear it as a surname ("Tom
// Lee said ... Lee and Ann Berg met"). ms are the mentions of sents,
// changed in place.
func (r *Resolver) sharedSurnames(sents []nlp.Sentence, ms [][]*mention) {
	surnames := map[string]bool{}
	for _, sm := range ms {
		for _, m := range sm {
			if m.typ != schema.Person {
				continue
			}
			if f := strings.Fields(m.name); len(f) >= 2 {
				surnames[f[len(f)-1]] = true
			}
		}
	}
	for i, s := range sents {
		toks := s.Tokens
		for c := 0; c+1 < len(ms[i]); c++ {
			p, q := ms[i][c], ms[i][c+1]
			if p.end != p.start+1 || q.start != p.end+1 || toks[p.end].Lower() != "and" || p.kind != mName && p.kind != mSingle ||
				p.typ != schema.Person && p.typ != "" || p.adj || p.possessive || len(p.titles) > 0 || surnames[p.surface] ||
				p.start > 0 && isCap(toks[p.start-1].Text) && toks[p.start-1].Tag == "NNP" || !r.g.given(p.surface) {
				continue
			}
			f := strings.Fields(q.surface)
			if q.kind != mName || q.typ != schema.Person || q.adj || len(q.titles) > 0 || len(f) < 2 || q.end-q.start != len(f) || !r.g.given(f[0]) {
				continue
			}
			p.kind, p.typ, p.name = mName, schema.Person, p.surface+" "+f[len(f)-1]
		}
	}
}

// siblingNouns, after a family name, say that the names after them bear it.
var siblingNouns = newWordSet(map[string]bool{"sisters": true, "brothers": true, "twins": true})

// titledPlaceNames splits a place the document names elsewhere (a place,
// or a word no rule has typed yet) from the
// person's name after a title and "of" that the recogniser read as one
// name: "Mayor of Koszalin Piotr Jedlinski" after "a fire in Koszalin,
// Poland" is the mayor Piotr Jedlinski of the town Koszalin, as "Mayor of
// Bergen Ann Lee" is for a place the gazetteer knows. ms are the mentions
// of sents; each sentence's list gains the place's mention.
func (r *Resolver) titledPlaceNames(sents []nlp.Sentence, ms [][]*mention) {
	places := map[string]bool{}
	for _, sm := range ms {
		for _, m := range sm {
			if (m.kind == mName || m.kind == mSingle) && (isPlaceType(m.typ) || m.typ == "" && (m.hint == "" || isPlaceType(m.hint))) && !m.adj {
				places[m.name] = true
			}
		}
	}
	if len(places) == 0 {
		return
	}
	for si, s := range sents {
		toks := s.Tokens
		for _, m := range ms[si] {
			if m.kind != mName || m.typ != schema.Person || m.end-m.start < 3 || m.start < 2 ||
				toks[m.start-1].Text != "of" || r.g.titles[normKey(toks[m.start-2].Text)] == nil {
				continue
			}
			for k := m.start + 1; k <= m.end-2; k++ {
				place := spanText(s, m.start, k)
				if !places[place] {
					continue
				}
				p := &mention{kind: mName, typ: schema.GPE, start: m.start, end: k, surface: place, name: place}
				m.start, m.surface, m.name = k, spanText(s, k, m.end), spanText(s, k, m.end)
				ms[si] = insertMention(ms[si], p)
				break
			}
		}
	}
}

// isPlaceType reports whether t is the type of a place.
func isPlaceType(t schema.EntityType) bool { return t == schema.GPE || t == schema.Location }

// onlyOrgName returns the one name of an organisation that the mentions
// ms give and match accepts, or "" when they give none, and false when
// they give two ("the Oslo Police Department" and "the Bergen Police").
func onlyOrgName(ms [][]*mention, match func(name string) bool) (string, bool) {
	name := ""
	for _, s := range ms {
		for _, m := range s {
			if m.kind != mName || m.typ != schema.Organization || !match(m.name) {
				continue
			}
			if name != "" && name != m.name {
				return "", false
			}
			name = m.name
		}
	}
	return name, true
}

// nameOrg makes m a mention of the organisation the document names in
// full as name, borrowed from that name ("police", "the House").
func nameOrg(m *mention, name string) {
	m.kind, m.typ, m.name, m.gaz, m.hint, m.guess, m.head, m.borrowed = mName, schema.Organization, name, nil, "", false, "", true
}

// policeForce makes the police a document speaks of ("arrested by
// police", "Police questioned him", "handcuffed by the police") the one
// police force it names ("the Oslo Police Department"), wherever in the
// document the name stands. The police of a document that names several
// forces are left as they are; in one that names none, they are the
// police of the town the document is about ([Resolver.homeTown]), else
// "police" without "the" is a reference to the police as "the police"
// is ([docState.homeForce]). A bare "police" before another noun
// ("the police response", "a police car") names no actor; before
// "officers" or "officials" it names the force's people, who act for it.
// ms are the mentions of sents, changed in place.
func (r *Resolver) policeForce(sents []nlp.Sentence, ms [][]*mention) {
	r.townPolice(sents, ms)
	var buf [8]string
	force, ok := onlyOrgName(ms, func(name string) bool {
		f := appendFields(buf[:0], name)
		return len(f) > 1 && (slices.Contains(f, "Police") || slices.Contains(f, "Constabulary"))
	})
	if !ok {
		return
	}
	var town *entry
	if force == "" {
		town = r.homeTown(ms)
	}
	if force == "" && town == nil {
		r.nationPolice(ms)
	}
	// named reports whether "police" at token k, whose mention ends at
	// end, names the force: the one the document names, else the home
	// town's. A region's is only a capitalised "Police" ("Police said"),
	// since a state's first division has many forces, unless one force
	// polices it (Hong Kong, Scotland: [entry.onePolice]), and police placed
	// elsewhere ("police in Baytown, Texas") are another town's.
	named := func(toks []nlp.Token, k, end int) bool {
		if force != "" {
			return true
		}
		return town != nil && (!town.region || town.onePolice || isCap(toks[k].Text)) &&
			!(end+1 < len(toks) && elsewherePreps[toks[end].Lower()] && isCap(toks[end+1].Text))
	}
	name := force
	if town != nil {
		name = town.name + " Police"
	}
	for i, s := range sents {
		toks := s.Tokens
	next:
		for k, t := range toks {
			if !isWordFold(t.Text, "police") || !strings.HasPrefix(t.Tag, "NN") {
				continue
			}
			end := forceEnd(toks, k)
			if end == 0 {
				if !isCap(t.Text) || !slices.ContainsFunc(ms[i], func(m *mention) bool { return m.start == k && m.end == k+1 && m.typ == schema.Organization }) {
					continue
				}
				end = k + 1 // "Police Senior Superintendent Ann Lee": the force's name before a title
			}
			here, ok := name, named(toks, k, end)
			placed, state := "", false
			if force != "" && r.townForce(force) {
				// "the Athens police headquarters ... advice from police in
				// London": a force the report names after its town is no
				// other town's police.
				if p, _ := r.placedPolice(toks, ms[i], end); p != "" && p != force {
					here = p
				}
			}
			if force == "" && !ok {
				// "arrested by police in Halden": Halden Police,
				// unless the report is about a state whose force
				// they are ([docState.homeForce]); "police in
				// Sweden" are Sweden's.
				if placed, state = r.placedPolice(toks, ms[i], end); state {
					here, ok = placed, true
				}
			}
			at := len(ms[i])
			for j, m := range ms[i] {
				if m.start < end && k < m.end {
					if ok && (m.end == k+1 && (m.start == k || m.kind == mGroupRef && m.head == "police") ||
						m.kind == mGroup && m.head == "police" && m.country == nil && m.org == nil) {
						nameOrg(m, here)
					} else if m.end == k+1 && m.start == k {
						m.placed = placed
					}
					continue next
				}
				if m.start > k {
					at = min(at, j)
				}
			}
			if k > 0 && toks[k-1].Tag == "DT" && !strings.EqualFold(toks[k-1].Text, "the") && (end >= len(toks) || !spokesNouns[toks[end].Lower()]) {
				continue // "no police", "any police"; not "a police spokesman"
			}
			m := &mention{start: k, end: end, surface: joinText(toks[k:end])}
			if ok {
				nameOrg(m, here)
			} else {
				m.kind, m.head, m.placed = mGroupRef, "police", placed
			}
			ms[i] = slices.Insert(ms[i], at, m)
		}
	}
}

// townForce reports whether force, the one police force a document
// names, is named after a town or a region the gazetteer knows ("Athens
// Police", "Oslo Police"), not by a name of its own ("Metropolitan
// Police").
func (r *Resolver) townForce(force string) bool {
	town, ok := strings.CutSuffix(force, " Police")
	if !ok || town == "" {
		return false
	}
	e := r.g.entries[normKey(town)]
	return e != nil && e.typ == schema.GPE
}

// homeTown returns the town a document that names no police force is
// about, whose police its "police" are, capitalised or not ("Police
// arrested him", "was shot by the police" after "a shooting in Riverton
// ... in Riverton": Riverton Police), as "Riverton police" is
// ([townPolice]): the town or region it names most often, at least twice
// and more often than any other; sovereign states are not counted. It
// returns nil when there is none, and then the police are the state's
// force ([docState.homeForce]). ms are the mentions of a document.
func (r *Resolver) homeTown(ms [][]*mention) *entry {
	n := map[string]int{}
	var town *entry
	for _, s := range ms {
		for _, m := range s {
			if m.kind == mName && m.typ == schema.GPE && m.gaz != nil && m.gaz.typ == schema.GPE && !r.sovereign(m.gaz) {
				n[m.gaz.name]++
				if town == nil || n[m.gaz.name] > n[town.name] {
					town = m.gaz
				}
			}
		}
	}
	if town == nil || n[town.name] < 2 {
		return nil
	}
	for name, k := range n {
		if name != town.name && k == n[town.name] {
			return nil
		}
	}
	return town
}

// nationPolice makes a capitalised "Police" that opens a sentence or a
// title ("Police director Tom Wu said ..."), in a document that names no
// police force and no home town, the police of the sovereign state the
// whole document names most, by name or adjective: at least three times
// and twice as often as any other ("Norwegians protested ... the
// Norwegian capital ... within Norway": Norwegian police), as
// [docState.homeForce] reads it once the state is named often enough
// before; named first, the force would otherwise be a body called Police.
// ms are the mentions of a document, changed in place.
func (r *Resolver) nationPolice(ms [][]*mention) {
	n := map[*entry]int{}
	var top *entry
	for _, s := range ms {
		for _, m := range s {
			e := m.gaz
			switch {
			case m.kind == mGroup && m.country != nil:
				e = m.country.gaz // "Norwegian protesters"
			case m.kind == mGroup:
				e = r.pluralDemonym(m.surface) // "Norwegians protested"
			case m.kind != mName || m.typ != schema.GPE:
				continue
			}
			if e == nil || e.typ != schema.GPE || !r.sovereign(e) {
				continue
			}
			n[e]++
			if top == nil || n[e] > n[top] {
				top = e
			}
		}
	}
	if top == nil || n[top] < 3 {
		return
	}
	for e, k := range n {
		if e != top && 2*k > n[top] {
			return
		}
	}
	for _, s := range ms {
		for _, m := range s {
			if m.kind == mName && m.typ == schema.Organization && m.name == "Police" && m.gaz == nil {
				nameOrg(m, r.stateBody(&mention{name: top.name}, "police"))
			}
		}
	}
}

// stateFormBodies makes the organisations a document names once with a
// sovereign state's name and once with its adjective before the same words
// ("the Nigerian Army" and "the Nigeria Army", "Kenyan Defence Forces" and
// "Kenya Defence Forces") one body: the later mentions take the name
// written first, which the resolver may lengthen to the other
// ([docState.named]). ms are the mentions of a document, changed in place.
func (r *Resolver) stateFormBodies(ms [][]*mention) {
	first := map[string]string{} // the adjective's form of a name → the form written first
	for _, s := range ms {
		for _, m := range s {
			if m.kind != mName || m.typ != schema.Organization || m.gaz != nil {
				continue
			}
			k := r.adjectiveForm(m.name)
			if k == "" {
				continue
			}
			if f, ok := first[k]; !ok {
				first[k] = m.name
			} else if f != m.name {
				m.name = f
			}
		}
	}
}

// adjectiveForm returns the key of name, an organisation's name of two
// words or more, with a sovereign state's name or adjective at its start
// written as the adjective ("Nigeria Army" and "Nigerian Army": "nigerian
// army"), or "" when it opens with neither.
func (r *Resolver) adjectiveForm(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] != ' ' {
			continue
		}
		head, rest := name[:i], name[i+1:]
		if adj := r.g.adjOf[head]; adj != "" && r.sovereign(r.g.entries[normKey(head)]) {
			return normKey(adj + " " + rest)
		}
		if c, ok := r.g.demonyms[normKey(head)]; ok && r.sovereign(r.g.entries[normKey(c)]) {
			return normKey(name)
		}
	}
	return ""
}

// townPolice makes a town's or region's name before a common "police"
// the force it names ("the Oslo police arrested ...", "Hong Kong police
// fired tear gas": Oslo Police), as a capitalised "Oslo Police" is; a
// sovereign state's police ("the Norwegian police", "Norway police") is
// the state's body ([Resolver.stateBody]), and "the Oslo police chief"
// names no force. ms are the mentions of sents, changed in place.
func (r *Resolver) townPolice(sents []nlp.Sentence, ms [][]*mention) {
	for i, s := range sents {
		toks := s.Tokens
		for _, m := range ms[i] {
			k := m.end
			if m.kind != mName || m.typ != schema.GPE || m.adj || m.possessive || r.sovereign(m.gaz) || k >= len(toks) ||
				toks[k].Text != "police" || !strings.HasPrefix(toks[k].Tag, "NN") || coveringAt(ms[i], k) >= 0 {
				continue
			}
			end := forceEnd(toks, k)
			if end == 0 {
				continue // "the Oslo police chief"
			}
			m.typ, m.name, m.gaz, m.end = schema.Organization, m.name+" Police", nil, end
			m.surface = spanText(s, m.start, m.end)
		}
	}
}

// placedPolice returns the name of the force that "police", ending at
// token end, are when "in" and a place follow them at once: a town's
// police ("arrested by police in Oslo", "Police in Halden said": Halden
// Police), as "Oslo police" is ([Resolver.townPolice]), or a sovereign
// state's ("police in Norway": Norwegian police), with state set; a
// region has many forces, unless one polices it ([entry.onePolice]). It
// returns "" for any other place or none.
func (r *Resolver) placedPolice(toks []nlp.Token, ms []*mention, end int) (name string, state bool) {
	if end+1 >= len(toks) || toks[end].Lower() != "in" {
		return "", false
	}
	for _, m := range ms {
		if m.start != end+1 || m.kind != mName || m.typ != schema.GPE || m.adj || m.possessive || m.gaz == nil || m.gaz.typ != schema.GPE {
			continue
		}
		if m.end < len(toks) && (toks[m.end].Tag == "POS" || toks[m.end].Tag == "CC" || toks[m.end].Text == "," && listedPlace(ms, m)) {
			return "", false // "police in Oslo's suburbs", "police in Norway, Sweden and Finland"
		}
		switch {
		case r.sovereign(m.gaz):
			return r.stateBody(&mention{name: m.gaz.name}, "police"), true
		case m.gaz.region && !m.gaz.onePolice:
			return "", false
		}
		return m.gaz.name + " Police", false
	}
	return "", false
}

// listedPlace reports whether the place that a comma follows after
// place m is another member of a list ("in Norway, Sweden and
// Finland"), not the region or state m lies in ("in Baytown, Texas").
func listedPlace(ms []*mention, m *mention) bool {
	for _, n := range ms {
		if n.start == m.end+1 && n.kind == mName && n.typ == schema.GPE && n.gaz != nil {
			return !n.gaz.region && n.gaz.name != m.gaz.in
		}
	}
	return false
}

// elsewherePreps place police named by no town after them ("police in
// Baytown", "police of Riverton").
var elsewherePreps = map[string]bool{"in": true, "of": true, "from": true, "near": true, "at": true}

// forceEnd returns the end of the mention of a police force whose word
// "police" is token k of toks: k+2 for a site that stands for the force
// ("marched to the police headquarters"), k+1 before no noun or before
// the force's people ("police officers"), or 0 when "police" modifies
// another noun ("the police chief", "a police car").
func forceEnd(toks []nlp.Token, k int) int {
	if k+1 < len(toks) && policeSites[toks[k+1].Lower()] && (k+2 == len(toks) || !strings.HasPrefix(toks[k+2].Tag, "NN")) {
		if siteIn(toks, k) {
			return 0 // "stayed in the central police station": a building one is in, no actor
		}
		return k + 2
	}
	if k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "NN") && toks[k+1].Text != "officers" && toks[k+1].Text != "officials" &&
		!actedOnAfter(toks, k+1) && !spokesNouns[toks[k+1].Lower()] {
		// "a police car", "the police chief"; but "Tom Wu, a police
		// spokesman," speaks for the force ([spokesNouns]).
		return 0
	}
	return k + 1
}

// siteIn reports whether the noun phrase whose modifier is token k opens
// after "in" or "inside", at most three determiners, adjectives and names
// before k: "spent the night in the Oslo central police station".
func siteIn(toks []nlp.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch t := toks[j]; {
		case t.Lower() == "in" || t.Lower() == "inside":
			return true
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NNP" || t.Tag == "PRP$":
		default:
			return false
		}
	}
	return false
}

// actedOnAfter reports whether token k of toks is an act noun of
// patientNouns followed by its preposition, so that a noun before it names
// who acted ("the police shooting of Tom Wu", "the police killing of"),
// not a kind of act ("a police raid", "the police response").
func actedOnAfter(toks []nlp.Token, k int) bool {
	nom, ok := patientNouns.get(toks[k].Lower())
	return ok && strings.HasPrefix(toks[k].Tag, "NN") && k+1 < len(toks) && slices.Contains(nom.preps, toks[k+1].Lower())
}

// policeSites are the nouns for a police force's buildings that stand for
// the force after "police" ("marched to the police headquarters",
// "surrounded the police complex").
var policeSites = map[string]bool{
	"headquarters": true, "complex": true, "compound": true, "station": true, "precinct": true,
}

// compassStates makes "the South" and "the north" the state whose name the
// compass word opens ("South Korea"), in a document that names the state of
// the opposite compass word too ("North Korea"): news of a divided country
// calls each half so. A compass word before a noun, "of" or a name ("the
// south side", "the north of the country", "the South China Sea") is left
// alone; "the south side" is the South. ms are the mentions of sents,
// changed in place.
func compassStates(sents []nlp.Sentence, ms [][]*mention) {
	states := map[string]string{}
	var buf [8]string
	for _, s := range ms {
		for _, m := range s {
			if m.typ != schema.GPE {
				continue
			}
			if f := appendFields(buf[:0], m.name); len(f) == 2 && compassWords[f[0]] {
				if old, ok := states[f[0]]; ok && old != m.name {
					states[f[0]] = "" // "South Korea" and "South Sudan": neither
				} else if !ok {
					states[f[0]] = m.name
				}
			}
		}
	}
	if len(states) < 2 {
		return // no state of each side
	}
	opposite := map[string]string{"North": "South", "South": "North", "East": "West", "West": "East"}
	for i, s := range sents {
		toks := s.Tokens
	next:
		for k := 1; k < len(toks); k++ {
			w := capitalize(toks[k].Lower())
			name := states[w]
			if name == "" || states[opposite[w]] == "" || !strings.EqualFold(toks[k-1].Text, "the") {
				continue
			}
			end := k + 1
			if end < len(toks) && strings.EqualFold(toks[end].Text, "side") {
				end++ // "the south side": the South, as Pyongyang calls it
			}
			if end < len(toks) && (strings.HasPrefix(toks[end].Tag, "NN") || toks[end].Tag == "JJ" || toks[end].Text == "of" || toks[end].Text == "-") {
				continue
			}
			at := len(ms[i])
			for j, m := range ms[i] {
				if m.start <= k && k < m.end {
					if m.end == k+1 && m.kind == mSingle {
						m.kind, m.typ, m.name, m.gaz, m.hint, m.guess, m.borrowed = mName, schema.GPE, name, nil, "", false, true
					}
					continue next
				}
				if m.start > k {
					at = min(at, j)
				}
			}
			m := &mention{kind: mName, start: k, end: end, surface: joinText(toks[k:end]), name: name, typ: schema.GPE, borrowed: true}
			ms[i] = slices.Insert(ms[i], at, m)
		}
	}
}

// teamMembers makes "the girls" the team a document described as made of
// girls: "the Norwegian team, which consists entirely of girls", "the
// Afghan team of six girls", "a team made up of students". The plural
// noun must be one of people (memberPlurals), the description must follow
// the team's mention at once, and "the" plus the noun, not before another
// noun, names the team from then on. ms are the mentions of sents, changed
// in place.
func teamMembers(sents []nlp.Sentence, ms [][]*mention) {
	teams := map[string]*mention{}
	for i, s := range sents {
		toks := s.Tokens
		for k := 1; k < len(toks); k++ {
			noun := toks[k].Lower()
			if !memberPlurals.has(noun) {
				continue
			}
			if t := teams[noun]; t != nil && strings.EqualFold(toks[k-1].Text, "the") && (k+1 == len(toks) || !strings.HasPrefix(toks[k+1].Tag, "NN") && toks[k+1].Tag != "POS") {
				at, taken := len(ms[i]), false
				for j, m := range ms[i] {
					if m.start <= k && k < m.end {
						taken = true
						break
					}
					if m.start > k {
						at = min(at, j)
					}
				}
				if !taken {
					c := *t
					c.start, c.end, c.surface, c.full, c.borrowed = k-1, k+1, toks[k-1].Text+" "+toks[k].Text, "", true
					ms[i] = slices.Insert(ms[i], at, &c)
				}
				continue
			}
			if team := teamBefore(toks, ms[i], k); team != nil {
				if old := teams[noun]; old != nil && old.name != team.name {
					teams[noun] = &mention{} // two teams of girls: neither
				} else {
					teams[noun] = team
				}
			}
		}
	}
}

// teamBefore returns the mention of a team or group whose description
// ends in the member noun at token k: "X of six girls", "X, which consists
// entirely of girls", "X made up of students". It returns nil when the
// words between the mention and the noun are others.
func teamBefore(toks []nlp.Token, ms []*mention, k int) *mention {
	j := k - 1
	for j >= 0 && (toks[j].Tag == "CD" || toks[j].Tag == "JJ") {
		j-- // "of six girls", "of young women"
	}
	if j < 1 || toks[j].Text != "of" {
		return nil
	}
	for j--; j >= 0; j-- {
		switch toks[j].Lower() {
		case ",", "which", "that", "consists", "consisted", "consist", "composed", "made", "up", "entirely", "mostly", "only", "wholly", "solely":
			continue
		}
		break
	}
	for _, m := range ms {
		if m.end == j+1 && (m.typ == schema.Group || m.typ == schema.Organization) && m.name != "" && (m.kind == mName || m.kind == mGroup) &&
			strings.HasSuffix(toks[j].Lower(), "team") {
			return m
		}
	}
	return nil
}

// memberPlurals are the plural nouns of people a team is made of.
var memberPlurals = newWordSet(map[string]bool{
	"girls": true, "boys": true, "women": true, "men": true, "students": true, "teenagers": true,
	"children": true, "volunteers": true, "veterans": true, "schoolgirls": true, "schoolboys": true,
})

// townClubs types as an organisation a town's name that sports news uses
// for its club, by the words around it ([clubWords]): "Leeds boss Tom
// Wu", "Leeds v Derby", "left Leeds to join Hull", "Leeds have drawn".
// The document must use the name so twice: the store keeps one node per
// name, and a passing "Leeds flanker Tom Wu" in a story about the city
// would make the city's node a club. Countries and regions stay places:
// their teams are written as the state. ms are the mentions of sents,
// changed in place.
func townClubs(sents []nlp.Sentence, ms [][]*mention) {
	clubs := map[string][]*mention{}
	for si, s := range sents {
		for _, m := range ms[si] {
			if m.end-m.start <= 2 && m.gaz.town() && clubWords(s.Tokens, m.start, m.end) {
				clubs[m.name] = append(clubs[m.name], m)
			}
		}
	}
	for _, c := range clubs {
		if len(c) < 2 {
			continue
		}
		for _, m := range c {
			m.typ, m.gaz, m.hint, m.guess = schema.Organization, nil, schema.Organization, false
		}
	}
}

// whichAfter reports whether "which" opens a relative clause at token k of
// toks, after a comma or a dash: "Australia's Halvik Mining - which
// operates the mine -", a thing's or a body's name, never a person's.
func whichAfter(toks []nlp.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].Text {
	case ",", "-", "--", "\u2013", "\u2014", "(":
		return strings.EqualFold(toks[k+1].Text, "which")
	}
	return false
}

// publishedIn reports whether the name at token a follows "in" in a clause
// that says a study was published or appeared there: "a study published in
// Ecological Applications", "published their findings in Scientific
// Reports". The name is the journal's, an organisation, not a place.
func publishedIn(toks []nlp.Token, a int) bool {
	if a < 3 || toks[a-1].Lower() != "in" {
		return false
	}
	published, work := false, false
	for i := a - 2; i >= 0 && i >= a-12; i-- {
		switch w := toks[i].Lower(); {
		case w == "." || w == ";" || w == ":":
			i = -1
		case w == "published" || w == "publishes" || w == "publish" || w == "appeared" || w == "appears":
			published = true
		case publishedWorks[w]:
			work = true
		}
	}
	return published && work
}

// publishedWorks are the nouns for the work a journal publishes.
var publishedWorks = map[string]bool{
	"study": true, "studies": true, "findings": true, "paper": true, "papers": true, "research": true,
	"article": true, "results": true, "report": true, "analysis": true,
}

// webDomain reports whether w is written as a web site's domain name, a
// capitalised name and a lower-case top-level domain ("UOL.com.br",
// "Amazon.com", "Politico.eu"): a site or the company that runs it, an
// organisation, never a place or a person.
func webDomain(w string) bool {
	labels := strings.Split(w, ".")
	if len(labels) < 2 || !isCap(labels[0]) {
		return false
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
	}
	last := labels[len(labels)-1]
	for _, r := range last {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return len(last) == 2 || topDomains[last]
}

// topDomains are the generic top-level domains news writes in sites' names.
var topDomains = map[string]bool{"com": true, "org": true, "net": true, "gov": true, "edu": true, "info": true, "io": true, "news": true, "tv": true}

// afterPossessivePronoun reports whether the noun at i follows "its", "their" or
// another possessive pronoun, adjectives and participles between them
// ("its alleged operator").
func afterPossessivePronoun(toks []nlp.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch t := toks[k].Tag; {
		case t == "PRP$":
			return true
		case strings.HasPrefix(t, "JJ") || t == "VBN" || t == "VBD" || t == "RB":
		default:
			return false
		}
	}
	return false
}
