package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-project/kg/nlp"
)

// A kind is the category of a chunk.
type kind uint8

const (
	other kind = iota
	np         // noun phrase
	vg         // verb group
	prep       // preposition or subordinator (IN, TO)
	conj       // coordinating conjunction (CC)
	comma      // , ; : -- and brackets
	wh         // relative or interrogative word (WDT, WP, WRB)
	adv        // adverb
	adj        // adjective phrase outside a noun phrase
	stop       // sentence-final punctuation
	quote      // a quotation mark outside a noun phrase
)

// A form is the shape of a verb group's first verb.
type form uint8

const (
	finite     form = iota // has tense: "has traveled", "could trigger"
	infinitive             // "to oversee"
	gerund                 // "citing"
	participle             // "deployed"
	bare                   // base form without "to": "help him catch"
)

// A chunk is a run of tokens [i, j) that the clause rules treat as one unit.
type chunk struct {
	kind kind
	i, j int
	// head is the main verb of a verb group or the head noun of a noun
	// phrase.
	head    int
	form    form
	passive bool
	neg     bool
	copula  bool // the verb group is a lone form of "be"
}

// chunk groups tokens into chunks.
func (a *analysis) chunk() {
	n := len(a.tags)
	for i := 0; i < n; {
		if i+2 < n && a.low[i] == "as" && a.low[i+1] == "well" && a.low[i+2] == "as" {
			a.add(chunk{kind: conj, i: i, j: i + 3, head: i}) // "shapes as well as symbols"
			i += 3
			continue
		}
		if i+1 < n && compoundPrep(a.low[i], a.low[i+1]) && a.boundBefore(i) == 0 {
			a.add(chunk{kind: prep, i: i, j: i + 2, head: i})
			i += 2
			continue
		}
		if a.low[i] == "following" && a.tags[i] == "VBG" && (i == 0 || !beForm(a.low[i-1])) {
			a.add(chunk{kind: prep, i: i, j: i + 1, head: i}) // "Following his death, ..."
			i++
			continue
		}
		if floatingQuantifier(a.low[i]) && len(a.ch) > 0 && a.ch[len(a.ch)-1].kind == np && i+2 < n && dayWord(a.low[i+1]) &&
			(isVerb(a.tags[i+2]) || a.tags[i+2] == "MD") {
			// "Tom Wu and Ann Lee both yesterday criticised": the
			// quantifier floats after its subject, and the day (next)
			// says when; "both yesterday" is no noun phrase.
			a.add(chunk{kind: np, i: i, j: i + 1, head: i})
			i++
			continue
		}
		if dayWord(a.low[i]) && len(a.ch) > 0 && a.ch[len(a.ch)-1].kind == np && i+1 < n && (isVerb(a.tags[i+1]) || a.tags[i+1] == "MD") {
			// "The world today faces": the day says when; it is no
			// subject of its own.
			a.add(chunk{kind: adv, i: i, j: i + 1, head: i})
			i++
			continue
		}
		if j, head := a.npAt(i); j > i {
			a.add(chunk{kind: np, i: i, j: j, head: head})
			i = j
			continue
		}
		if c, ok := a.vgAt(i); ok {
			a.add(c)
			i = c.j
			continue
		}
		c := chunk{kind: other, i: i, j: i + 1, head: i}
		tag := a.tags[i]
		switch {
		case tag == "IN" || tag == "TO" || tag == "RP":
			c.kind = prep
		case tag == "``" || tag == "''":
			c.kind = quote
		case tag == "CC":
			c.kind = conj
		case tag == "," || tag == ":" || tag == "-LRB-" || tag == "-RRB-" || tag == "(" || tag == ")", a.dash(i):
			c.kind = comma
		case tag == "WDT" || tag == "WP" || tag == "WRB":
			c.kind = wh
			if tag != "WRB" && c.j < n && a.tags[c.j] == "PRP" && (strings.HasSuffix(a.low[c.j], "self") || strings.HasSuffix(a.low[c.j], "selves")) {
				c.j++ // "which itself was related to": the pronoun stresses the relative
			}
		case strings.HasPrefix(tag, "RB"):
			c.kind = adv
		case strings.HasPrefix(tag, "JJ"):
			c.kind = adj
			for c.j < n && (strings.HasPrefix(a.tags[c.j], "JJ") || a.tags[c.j] == "CC" && c.j+1 < n && strings.HasPrefix(a.tags[c.j+1], "JJ")) {
				c.j++
			}
			c.head = c.j - 1
		case tag == ".":
			c.kind = stop
		}
		a.add(c)
		i = c.j
	}
}

// absorbParentheses joins a short parenthesis without a verb to the noun
// phrase before it ("500 miles (800 km)", "the Korean People's Army
// (KPA)"), so that the phrases after it still reach the verb: "travelled
// 500 miles (800 km) from Herat to Kabul".
func (a *analysis) absorbParentheses() {
	var out []chunk // nil until a chunk absorbs one
	for k := 0; k < len(a.ch); k++ {
		c := a.ch[k]
		if c.kind == np && k+1 < len(a.ch) && a.toks[a.ch[k+1].i].Text == "(" {
			if end := a.closingParen(k + 1); end > 0 {
				if out == nil {
					out = append(make([]chunk, 0, len(a.ch)), a.ch[:k]...)
				}
				c.j = a.ch[end].j
				out = append(out, c)
				k = end
				continue
			}
		}
		if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return
	}
	a.ch = out
	for n, c := range a.ch {
		for k := c.i; k < c.j; k++ {
			a.at[k] = n
		}
	}
}

// closingParen returns the chunk of the ")" that closes the "(" at chunk
// k when at most six tokens, none a verb, a clause word or a quote, stand
// between them, or 0. A list of members in brackets ("areas of the north
// (such as Lund)") is no part of the noun phrase: its marker opens a list
// ([analysis.memberLists]).
func (a *analysis) closingParen(k int) int {
	if k+1 < len(a.ch) {
		if _, ok := a.listMarker(k + 1); ok {
			return 0
		}
	}
	for m := k + 1; m < len(a.ch) && a.ch[m].i-a.ch[k].j <= 6; m++ {
		switch c := a.ch[m]; {
		case a.toks[c.i].Text == ")":
			if m == k+1 {
				return 0
			}
			return m
		case c.kind == vg, c.kind == wh, c.kind == quote, c.kind == stop, c.kind == comma:
			return 0
		}
	}
	return 0
}

func (a *analysis) add(c chunk) {
	for k := c.i; k < c.j; k++ {
		a.at[k] = len(a.ch)
	}
	a.ch = append(a.ch, c)
}

func isNoun(tag string) bool {
	return len(tag) >= 2 && tag[0] == 'N' && tag[1] == 'N'
}

func isAdj(tag string) bool { return strings.HasPrefix(tag, "JJ") }

func isVerb(tag string) bool { return len(tag) >= 2 && tag[0] == 'V' && tag[1] == 'B' }

// npAt returns the end of the noun phrase that starts at token i and its
// head, or i when none starts there.
func (a *analysis) npAt(i int) (end, head int) {
	n := len(a.tags)
	switch a.tags[i] {
	case "PRP", "EX":
		return i + 1, i
	case "PRP$":
		if a.low[i] == "her" && i+1 < n && a.tags[i+1] == "DT" {
			return i + 1, i // "had written her a letter": an object, not a possessive
		}
	}
	k := i
	if (a.tags[k] == "PDT" || predeterminer(a.low[k])) && k+1 < n && (a.tags[k+1] == "DT" || a.tags[k+1] == "PRP$") {
		k++
	}
	if a.tags[i] == "VBG" && i+2 < n && (a.tags[i+1] == "NN" || a.tags[i+1] == "NNS") && a.tags[i+2] != "," &&
		(i == 0 || i > 1 && a.tags[i-1] == "CC" && isNoun(a.tags[i-2])) {
		// "Continuing duties specified for freed slaves became ...", "the
		// town and surrounding villages"
		k++
	}
	if q := a.spanQualified(k); q > k {
		k = q // "for just over a year", "for more than a decade": one span of time
	}
	k += a.boundBefore(k) // "at least 500 activists", "up to 30 soldiers"
	det := false
	switch {
	case a.tags[k] == "DT" || a.tags[k] == "PRP$" || a.tags[k] == "WP$":
		det = true
		k++
		if k < n && a.tags[k] == "RB" && quantityAdverb(a.low[k]) && a.numberAt(k+1) {
			k++ // "its roughly 2000 stores", "the nearly 300 workers"
		}
	case (a.tags[k] == "RB" || a.tags[k] == "IN" || a.tags[k] == "RP") && a.numberAt(k+1) && quantityAdverb(a.low[k]):
		k++
	case a.tags[k] == "RB" && focusAdverb(a.low[k]) && k+1 < n && (isNoun(a.tags[k+1]) || a.tags[k+1] == "DT" || a.tags[k+1] == "CD" || isAdj(a.tags[k+1])):
		// "only zeros", "even the smallest boats"
		k++
		if a.tags[k] == "DT" || a.tags[k] == "PRP$" {
			det = true
			k++
		}
	}
	last := -1
loop:
	for k < n {
		tag := a.tags[k]
		switch {
		case tag == "NNP" && k > i && last == k-1 && det && (a.tags[k-1] == "NN" || a.tags[k-1] == "NNS") && a.nameBeforeVerb(k) && !incumbencyNoun(a.low[k-1]):
			// "After a short absence Keibler began": the name starts a new
			// phrase (but "the ruling People's Party" is one).
			break loop
		case tag == "NNP" && k > i && last == k-1 && !det && a.tags[k-1] == "NNS" && a.low[k-1] == a.toks[k-1].Text &&
			a.openingPrepObject(i) && a.namesBeforeVerb(k):
			// "According to official sources Brazil and South Korea
			// also discussed": the sentence's opening phrase ends with
			// its lower-case plural; the names after it are the subject.
			// A singular there is a title ("While Democratic nominee Joe
			// Biden did not say").
			break loop
		case tag == "NNP" && k > i && last == k-1 && (timeNoun(a.low[k-1]) && a.tags[k-1] != "NNP" || monthOrDay(a.low[k-1])) && a.nameBeforeVerb(k):
			// "Within a few years Rhodesia declared", "In March Norway
			// attacked": the time is a phrase of its own.
			break loop
		case tag == "NNP" && k > i && last == k-1 && (a.tags[k-1] == "NN" || a.tags[k-1] == "NNS") && a.low[k-1] == a.toks[k-1].Text &&
			claimNouns[a.low[k-1]] && a.nameBeforeFinite(k):
			// "allegations Trump tried to pressure Ukraine", "reports Tom
			// Wu had met Ann Lee": a noun of saying before a clause with
			// no "that"; the name is the clause's subject.
			break loop
		case tag == "NNP" && k > i && last == k-1 && a.hearerThenName(i, k):
			// "told MSNBC Tom Wu was a liar", "told reporters Norway had
			// lied": whom the speaker told, then the subject of what.
			break loop
		case tag == "NNP" && k == i+1 && last == i && dayWord(a.low[i]) && a.low[k] != "show" && a.low[k] != "programme":
			break loop // "Yesterday Mohamed received": the day is a phrase of its own ("Today Show" is a name)
		case isNoun(tag) && k > i && last == k-1 && dayWord(a.low[k]) && a.low[k] == a.toks[k].Text:
			break loop // "met Tom Wu today": the day says when
		case tag == "NNP" && k > i && last == k-1 && a.tags[k-1] == "CD" && strings.HasPrefix(a.low[k-1], "1") && len(a.low[k-1]) >= 4:
			break loop // "During the 1730s Britain's relationship ..."
		case tag == "NNP" && k > i && last == k-1 && !det && a.yearAt(k-1) && a.nameBeforeFinite(k):
			break loop // "In 2003 and 2004 Norway sanctioned Sweden": the years say when
		case isNoun(tag) && k > i && last == k-1 && a.spanAgo(i, k) > i:
			// "retook Drobak days later", "met Ann Lee two weeks ago":
			// the span of time before "later" or "ago" says when; it is
			// no part of the noun before it.
			last = a.spanAgo(i, k) - 1
			break loop
		case isNoun(tag) || tag == "CD" || tag == "$" || tag == "#":
			last = k
		case tag == "CC" && (a.low[k] == "and" || a.low[k] == "or") && k > i && last == k-1 && a.yearAt(k-1) && a.yearAt(k+1):
			// "in 2003 and 2004 served as chair": two years are one
			// time phrase; the second is no subject of the verb after it.
		case (isAdj(tag) || tag == "DT") && k > i && last == k-1 && k+1 < n && timeDeictic(a.low[k]) &&
			(timeNoun(a.low[k+1]) || monthOrDay(a.low[k+1]) && a.tags[k+1] == "NNP"):
			break loop // "the council last year", "told Reuters last August": the time is a phrase of its own
		case isAdj(tag) && k > i && last == k-1 && a.tags[k-1] == "NNP" && a.low[k] != a.toks[k].Text && strings.Contains(a.low[k], "-"):
			last = k // "Lee Cheuk-yan": a hyphenated given name read as an adjective
		case isAdj(tag) && k > i && last == k-1 && quantifier(a.low[k]):
			break loop // "By the end of this experiment several results ..."
		case isAdj(tag) && a.low[k] == "primary" && k > i && (k+1 >= n || !isNoun(a.tags[k+1]) && !isAdj(a.tags[k+1])):
			last = k // "won the Liberal Party's primary in Iowa": a primary with no noun after it is the contest
		case isAdj(tag):
		case (tag == "CC" || tag == ",") && k > i && isAdj(a.tags[k-1]) && k+1 < n && (isAdj(a.tags[k+1]) || a.tags[k+1] == "VBN") && a.nounAhead(k+1):
			// "Greek and Roman pagans", "a short-legged, stout horse"
		case (tag == "CC" || tag == ",") && a.nationalityList(i, k):
			// "Jordanian and Saudi officials", "Austrian, Czech and
			// Slovak officials", "British, French, and German officials":
			// capitalised adjectives (some tagged as proper nouns) listed
			// before a plural noun.
			if tag == "," && a.tags[k+1] == "CC" {
				k++
			}
		case tag == "POS" && last == k-1:
		case a.low[k] == "for" && k > i && last == k-1 && a.tags[k-1] == "NNP" && officeNoun(a.low[k-1]) && k+1 < n && strings.HasPrefix(a.tags[k+1], "NNP"):
			// "the High Commissioner for Refugees", "Minister for
			// Foreign Affairs Ann Lee": an office's portfolio is part of
			// its title.
		case k > i && last == k-1 && a.tags[k-1] == "NNP" && a.nameParticle(k):
			// "Rio de Janeiro", "Ursula von der Leyen": a lower-case
			// particle between proper nouns is inside the name.
		case a.toks[k].Text == "&" && k > i && last == k-1 && a.tags[k-1] == "NNP" && k+1 < n && a.tags[k+1] == "NNP":
			// "Procter & Gamble", "Delta & Pine Land Co.": an ampersand
			// between proper nouns is part of one name.
		case tag == "VBG" && k > i && a.tags[k-1] == "NNP" && k+1 < n && a.tags[k+1] == "NNP" && a.low[k] == a.toks[k].Text:
			break loop // "with Ann Lee defeating Tom Wu": a verb between two names
		case tag == "VBG" && k > i && a.tags[k-1] == "NNP" && a.low[k] == a.toks[k].Text && a.titledName(i, k):
			// "with Utah Governor Jim Corr following suit": a person
			// named after a title modifies no compound; the verb after
			// the name opens a phrase of its own.
			break loop
		case tag == "VBG" && k > i && (a.tags[k-1] == "NN" || a.tags[k-1] == "NNS") && k+1 < n && strings.HasPrefix(a.tags[k+1], "NNP") && a.low[k] == a.toks[k].Text:
			break loop // "a statement urging Brazil to act": a reduced relative, no compound
		case (tag == "VBG" || tag == "VBN") && k > i && k+1 < n && (isNoun(a.tags[k+1]) || isAdj(a.tags[k+1])) && a.tags[k-1] != "CC" && a.low[k] != "including":
		case strings.HasPrefix(tag, "RB") && k > i && k+1 < n && (isAdj(a.tags[k+1]) || a.tags[k+1] == "VBN" && k+2 < n && isNoun(a.tags[k+2])):
		case (a.toks[k].Text == "–" || a.toks[k].Text == "-") && k > i && last == k-1 && a.tags[k-1] == "CD" && k+1 < n && a.tags[k+1] == "CD":
			// "lost 1 – 2 to England": a score is one phrase.
			k += 2
			last = k - 1
			continue
		case (tag == "HYPH" || tag == ":" && a.toks[k].Text == "-") && k > i && k+1 < n && a.toks[k+1].Start == a.toks[k].End && (isNoun(a.tags[k+1]) || isAdj(a.tags[k+1]) || isVerb(a.tags[k+1])):
			// "fume - filled": a hyphen inside a compound.
			k += 2
			if isNoun(a.tags[k-1]) {
				last = k - 1
			}
			continue
		case tag == "," && last == k-1 && k >= i+2 && a.tags[k-1] == "CD" && monthOrDay(a.low[k-2]) && k+1 < n && a.tags[k+1] == "CD" && len(a.low[k+1]) == 4:
			// "December 31, 1963": the year after the comma is part of the
			// date.
		case tag == "''" && last == k-1 && a.openQuoteIn(i, k):
			// "'Fockers', starring ...": the single quote that closes a
			// title opened by a quote the tokeniser left on its first
			// word ends the phrase; it closes no quotation.
			last = k
		case tag == "``":
			// A quoted name or title: `` Doctor of Divinity ''.
			end := a.quoteEnd(k)
			if end < 0 {
				break loop
			}
			last, k = end, end+1
			continue
		default:
			break loop
		}
		k++
	}
	if last < i {
		if det && k == i+1 && standaloneDeterminer(a.low[i]) {
			return i + 1, i
		}
		if !det && k == i+1 && k < n && a.low[k] == "of" && (quantifier(a.low[i]) || a.low[i] == "most") {
			return i + 1, i // "Tom Wu and several of his aides": the quantifier heads a phrase that "of" completes
		}
		if det && k == i+2 && (a.tags[i+1] == "JJ" || a.tags[i+1] == "JJS") && (ordinal(a.low[i+1]) || a.low[i] == "the" && (k >= n || !isNoun(a.tags[k]))) {
			return i + 2, i + 1 // "the first", "the latter", "the public"
		}
		if det && a.low[i] == "the" && i+1 < n && a.tags[i+1] == "VBN" && (i+2 >= n || !isNoun(a.tags[i+2]) && !isAdj(a.tags[i+2]) && a.tags[i+2] != "IN" && a.tags[i+2] != "TO") {
			return i + 2, i + 1 // "treated the wounded"
		}
		return i, i
	}
	end = last + 1
	if end < n && a.tags[end] == "PRP" && strings.HasSuffix(a.low[end], "self") {
		end++ // "Dr. Jagan himself"
	}
	return end, headOf(a.tags, i, last+1)
}

// spanAgo returns where a span of time that ends at token k opens, when
// "later", "ago" or "earlier" follows it ("days later", "two weeks ago",
// "a few years earlier"), and a noun of the phrase that opens at token i
// stands before it; else it returns -1.
func (a *analysis) spanAgo(i, k int) int {
	if !timeNoun(a.low[k]) || a.tags[k] == "NNP" || k+1 >= len(a.low) {
		return -1
	}
	switch a.low[k+1] {
	case "later", "ago", "earlier":
	default:
		return -1
	}
	j := k
	for j > i && (a.tags[j-1] == "CD" || a.low[j-1] == "a" || a.low[j-1] == "few" || a.low[j-1] == "several" || a.low[j-1] == "many") {
		j--
	}
	if j <= i || !isNoun(a.tags[j-1]) {
		return -1
	}
	return j
}

// officeNoun reports whether w names an office that is "for" a field
// ("Minister for Trade").
func officeNoun(w string) bool {
	switch w {
	case "minister", "commissioner", "secretary", "envoy", "representative", "rapporteur", "ambassador", "spokesperson":
		return true
	}
	return false
}

// nameParticle reports whether the lower-case word at k is a particle
// inside a name: one or two of them ("de", "de la", "von der") before a
// proper noun.
func (a *analysis) nameParticle(k int) bool {
	for j := k; j < k+2 && j < len(a.toks); j++ {
		if !nameParticles[a.toks[j].Text] {
			return false
		}
		if j+1 < len(a.tags) && a.tags[j+1] == "NNP" {
			return true
		}
	}
	return false
}

// nameParticles are the lower-case words inside names of people and
// places.
var nameParticles = map[string]bool{
	"bin": true, "ibn": true, "bint": true, "von": true, "van": true, "der": true, "den": true,
	"de": true, "da": true, "dos": true, "das": true, "du": true, "di": true, "del": true, "dela": true, "della": true,
	"delos": true, "la": true, "le": true, "ter": true,
}

// nounAhead reports whether a noun follows token k after adjectives and
// participles only.
func (a *analysis) nounAhead(k int) bool {
	for ; k < len(a.tags); k++ {
		switch tag := a.tags[k]; {
		case isNoun(tag):
			return true
		case isAdj(tag) || tag == "VBN" || tag == "VBG" || tag == "CC":
		default:
			return false
		}
	}
	return false
}

// nationalityList reports whether the separator at token k (",", "and",
// "or") goes on a list of capitalised adjectives that opens the phrase
// from token i with an adjective ("Austrian, Czech and Slovak officials",
// where the tagger may read "Czech" as a proper noun) and ends in
// lower-case words up to a plural noun.
func (a *analysis) nationalityList(i, k int) bool {
	if i < k && a.tags[i] == "DT" {
		i++
	}
	capital := func(j int) bool {
		return a.toks[j].Text != a.low[j] && (isAdj(a.tags[j]) || a.tags[j] == "NNP")
	}
	if i >= k || !isAdj(a.tags[i]) || !capital(i) || !capital(k-1) {
		return false
	}
	for j := i; j < k; j++ {
		if !capital(j) && a.tags[j] != "," && a.tags[j] != "CC" {
			return false
		}
	}
	j := k + 1
	if a.tags[k] == "," && j < len(a.tags) && a.tags[j] == "CC" {
		if !slices.Contains(a.tags[i:k], ",") {
			return false // "met the British, and French officials said": a clause
		}
		j++
	}
	if j >= len(a.tags) || !capital(j) {
		return false
	}
	for j < len(a.tags) && (capital(j) || a.tags[j] == "," || a.tags[j] == "CC") {
		j++
	}
	for ; j < len(a.tags) && a.toks[j].Text == a.low[j]; j++ {
		switch {
		case a.tags[j] == "NNS" || a.low[j] == "police":
			return true
		case !isAdj(a.tags[j]) && a.tags[j] != "NN":
			return false
		}
	}
	return false
}

// incumbencyNoun reports whether w, a noun before a party's or a
// government's name, says whether it holds power: "the ruling People's
// Party", "the opposition Workers' Party".
func incumbencyNoun(w string) bool {
	return w == "ruling" || w == "opposition" || w == "governing"
}

// addressVerbs tell their object something in a clause that may follow
// it with no "that": "told reporters Tom Wu had resigned".
var addressVerbs = map[string]bool{"tell": true, "assure": true, "inform": true, "remind": true, "warn": true}

// hearerThenName reports whether the noun phrase from token i, the object
// of a verb of addressVerbs, ends before the proper noun at k: the name
// from k runs up to a verb (maybe after an opening quotation mark) or a
// possessive and holds no word of a news outlet's name,
// and the word before it ends the hearer's: a common noun ("reporters"),
// an outlet's word ("Fox News") or an acronym not followed by one
// ("MSNBC", but "BBC News" is one name).
func (a *analysis) hearerThenName(i, k int) bool {
	if i == 0 || !isVerb(a.tags[i-1]) || !addressVerbs[a.x.base(a.low[i-1], a.tags[i-1])] {
		return false
	}
	j := k
	for j < len(a.tags) && (strings.HasPrefix(a.tags[j], "NNP") || j > k && a.nameParticle(j)) {
		j++ // "told NPR Hamza bin Laden had": a particle inside the name
	}
	if j+1 < len(a.tags) && a.tags[j] == "``" {
		j++ // "told reporters Tom Wu "lied to voters""
	}
	if j >= len(a.tags) || !isVerb(a.tags[j]) && a.tags[j] != "MD" && a.tags[j] != "POS" {
		return false // a possessive too: "told BBC One's Breakfast programme"
	}
	for j := k; j < len(a.tags) && strings.HasPrefix(a.tags[j], "NNP"); j++ {
		if mediaWord(a.low[j]) {
			return false
		}
	}
	prev := a.toks[k-1].Text
	switch {
	case a.tags[k-1] == "NN" || a.tags[k-1] == "NNS":
		return prev == a.low[k-1]
	case mediaWord(a.low[k-1]):
		return true
	}
	return len(prev) >= 2 && strings.ToUpper(prev) == prev && strings.ToLower(prev) != prev
}

// nameBeforeVerb reports whether the proper nouns from token k are directly
// followed by a verb or by a possessive ("the next ten years Childers's
// book").
func (a *analysis) nameBeforeVerb(k int) bool {
	for k < len(a.tags) && strings.HasPrefix(a.tags[k], "NNP") {
		k++
	}
	return k < len(a.tags) && (isVerb(a.tags[k]) || a.tags[k] == "MD" || a.tags[k] == "POS")
}

// openingPrepObject reports whether the phrase at token i is the object
// of a preposition that opens the sentence, only prepositions and
// adverbs before it ("According to official sources", "In recent
// talks"; not "Critics such as"), and no word that may open a clause
// ("While critics Tom Wu and Ann Lee said": the plural and the names are
// one phrase).
func (a *analysis) openingPrepObject(i int) bool {
	if i == 0 || i > 3 || a.tags[i-1] != "IN" && a.tags[i-1] != "TO" || subordinator(a.low[i-1]) {
		return false
	}
	for m := 0; m < i; m++ {
		switch a.tags[m] {
		case "IN", "TO", "RB":
		case "VBG":
			if a.low[m] != "according" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// namesBeforeVerb reports whether the proper nouns from token k, maybe
// joined by "and" to more proper nouns, are followed by a finite verb or
// a modal, maybe past one adverb: "Brazil and South Korea also
// discussed", "Norway agreed".
func (a *analysis) namesBeforeVerb(k int) bool {
	n := len(a.tags)
	for {
		if k >= n || !strings.HasPrefix(a.tags[k], "NNP") {
			return false
		}
		for k < n && strings.HasPrefix(a.tags[k], "NNP") {
			k++
		}
		if k+1 < n && a.low[k] == "and" {
			k++
			continue
		}
		break
	}
	if k < n && a.tags[k] == "RB" {
		k++
	}
	return k < n && (finiteTag(a.tags[k]) || a.tags[k] == "MD")
}

// claimNouns name what someone says or believes, whose content may
// follow as a clause with no "that" ("allegations Trump tried",
// "claims Norway had lied").
var claimNouns = map[string]bool{
	"allegation": true, "allegations": true, "claim": true, "claims": true, "report": true, "reports": true,
	"accusation": true, "accusations": true, "suggestion": true, "suggestions": true, "rumour": true,
	"rumours": true, "rumor": true, "rumors": true, "speculation": true, "fears": true, "evidence": true,
	"assertion": true, "assertions": true, "belief": true, "news": true,
}

// nameBeforeFinite reports whether the proper nouns from token k are
// directly followed by a finite verb or a modal ("Tom Wu had", "Norway
// will").
func (a *analysis) nameBeforeFinite(k int) bool {
	for k < len(a.tags) && strings.HasPrefix(a.tags[k], "NNP") {
		k++
	}
	return k < len(a.tags) && finiteTag(a.tags[k])
}

// openQuoteIn reports whether one of the tokens [i, k) opens with a
// single quote left on a word ("'Fockers"), not a contraction ("'s").
func (a *analysis) openQuoteIn(i, k int) bool {
	for m := i; m < k; m++ {
		if t := a.toks[m].Text; len(t) > 2 && t[0] == '\'' && unicode.IsUpper(rune(t[1])) {
			return true
		}
	}
	return false
}

// quoteEnd returns the index of the quote closing the one at token k when
// the words between could name something (nouns, adjectives, numbers,
// determiners and prepositions), or -1.
func (a *analysis) quoteEnd(k int) int {
	noun := false
	for m := k + 1; m < len(a.tags) && m <= k+12; m++ {
		switch tag := a.tags[m]; {
		case tag == "''":
			if noun {
				return m
			}
			return -1
		case isNoun(tag) || tag == "CD":
			noun = true
		case isAdj(tag) || tag == "DT" || tag == "PRP$" || tag == "IN" || tag == "CC" || tag == "POS" || tag == "TO" || tag == ":" || tag == "VBG":
		default:
			return -1
		}
	}
	return -1
}

// headOf returns the head of a noun phrase: its last noun before any
// possessive or closing quote.
func headOf(tags []string, i, j int) int {
	for k := j - 1; k > i; k-- {
		if isNoun(tags[k]) || tags[k] == "CD" || tags[k] == "PRP" {
			return k
		}
	}
	return i
}

// numberAt reports whether a number starts at token k: "850,000", "$2
// million", "£5m".
func (a *analysis) numberAt(k int) bool {
	if k < len(a.tags) && a.tags[k] == "$" {
		k++
	}
	return k < len(a.tags) && a.tags[k] == "CD"
}

// spanQualified returns the token after the words that qualify a span of
// time right after "for" ("over", "just over", "more than", "about"), when
// an article or a number and a noun of time follow them, or k: in "worked
// for just over a year at Halvik" the span is one noun phrase, and the
// phrases after it stay the verb's; read as prepositions, "over" and "than"
// would take the span, and "at Halvik" with it, from the verb.
func (a *analysis) spanQualified(k int) int {
	n := len(a.tags)
	if k == 0 || a.low[k-1] != "for" || a.tags[k-1] != "IN" {
		return k
	}
	q := k
	if q+1 < n && a.tags[q] == "RB" && degreeAdverb(a.low[q]) {
		q++ // "just over", "well over"
	}
	switch {
	case q+1 < n && (a.low[q] == "more" || a.low[q] == "less") && a.low[q+1] == "than":
		q += 2
	case q < n && (a.low[q] == "over" || a.low[q] == "under" || a.low[q] == "about" || a.low[q] == "nearly" || a.low[q] == "almost"):
		q++
	default:
		return k
	}
	if q >= n || a.low[q] != "a" && a.low[q] != "an" && a.tags[q] != "CD" {
		return k
	}
	for e := q + 1; e < n && e <= q+3; e++ {
		if timeNoun(a.low[e]) {
			return q
		}
		if a.tags[e] != "CD" && !isAdj(a.tags[e]) && a.low[e] != "half" {
			break
		}
	}
	return k
}

// boundBefore returns the length of a phrase of two or three words that
// bounds the number after it ("at least 500 activists", "up to 30
// soldiers", "as many as 40"), or 0. The phrase belongs to the number's
// noun phrase: read as a preposition or a particle, "at" or "up" joined
// the verb ("arrested at") and cut the noun phrase ("least 500
// activists").
func (a *analysis) boundBefore(k int) int {
	if k+2 >= len(a.low) || !a.numberAt(k+2) && !a.numberAt(k+3) || !qualifierStarts[a.low[k]] {
		return 0 // the cheap tests first: npAt asks at every word
	}
	for m := 3; m >= 2; m-- {
		if k+m < len(a.low) && a.numberAt(k+m) && qualifiers[strings.Join(a.low[k:k+m], " ")] != "" {
			return m
		}
	}
	return 0
}

// degreeAdverb reports whether w may qualify "over" or "under" before a
// span of time ("just over a year").
func degreeAdverb(w string) bool {
	switch w {
	case "just", "somewhat", "slightly", "well", "only", "little":
		return true
	}
	return false
}

func quantityAdverb(w string) bool {
	switch w {
	case "approximately", "about", "nearly", "almost", "around", "roughly", "some", "over", "only", "just", "under":
		return true
	}
	return false
}

func predeterminer(w string) bool {
	return w == "all" || w == "both" || w == "half" || w == "such" || w == "quite"
}

func ordinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "last", "latter", "former", "next", "final", "other", "same", "best", "largest", "oldest":
		return true
	}
	return false
}

func standaloneDeterminer(w string) bool {
	switch w {
	case "this", "that", "these", "those", "all", "both", "each", "some", "many", "most", "any", "none", "either", "neither", "another", "much":
		return true
	}
	return false
}

// floatingQuantifier reports whether w may stand between an auxiliary and
// its verb ("have both criticised", "were all arrested").
func floatingQuantifier(w string) bool {
	return w == "both" || w == "all" || w == "each"
}

// timeComparative reports whether w, which the tagger reads as a
// comparative adverb, may stand between an auxiliary and its verb ("had
// earlier criticised", "has further eroded").
func timeComparative(w string) bool {
	return w == "earlier" || w == "later" || w == "further"
}

// vgAt returns the verb group that starts at token i.
func (a *analysis) vgAt(i int) (chunk, bool) {
	n := len(a.tags)
	c := chunk{kind: vg, i: i}
	k := i
	if a.tags[k] == "TO" {
		m := k + 1
		for m < n && strings.HasPrefix(a.tags[m], "RB") {
			m++ // "to more easily control"
		}
		if m >= n || a.tags[m] != "VB" {
			return c, false
		}
		c.form = infinitive
		k = m
	} else {
		switch a.tags[k] {
		case "MD", "VBD", "VBZ", "VBP":
			c.form = finite
		case "VB":
			c.form = bare
		case "VBG":
			c.form = gerund
		case "VBN":
			c.form = participle
		default:
			return c, false
		}
	}
	beAux := false
	for {
		c.head = k
		w := a.low[k]
		aux := a.tags[k] == "MD" || auxVerb(w) || catenative(w) && k+1 < n && a.tags[k+1] == "VB"
		// Look past adverbs, negation and floating quantifiers ("have
		// both criticised") for a following verb.
		m := k + 1
		negSeen := false
		for m < n && (a.tags[m] == "RB" || a.low[m] == "not" || a.low[m] == "n't" || floatingQuantifier(a.low[m]) || timeComparative(a.low[m])) {
			negSeen = negSeen || negation(a.low[m])
			m++
		}
		if !aux || m >= n || !isVerb(a.tags[m]) || a.tags[m] == "VBG" && !beForm(w) {
			break
		}
		if a.tags[m] == "VB" && a.tags[k] != "MD" && !doForm(w) && !beForm(w) && !catenative(w) {
			break
		}
		beAux = beForm(w) || w == "get" || w == "got" || w == "gets" || w == "getting"
		c.neg = c.neg || negSeen
		k = m
	}
	c.j = c.head + 1
	for c.j < n && negation(a.low[c.j]) {
		c.neg = true
		c.j++
	}
	switch {
	case c.j < n && (quantityAdverb(a.low[c.j]) && a.numberAt(c.j+1) || a.boundBefore(c.j) > 0):
		// "owed over $850,000 to", "killed up to 30 soldiers": the words
		// bound the amount after them and are no particle of the verb.
	case c.j < n && a.tags[c.j] == "RP":
		c.j++
	case c.j < n && particleWord(a.low[c.j]) && (c.j+1 >= n || closesClause(a.tags[c.j+1])):
		c.j++ // "the lamps went out."
	case c.j+2 < n && a.low[c.j] == "on" && a.tags[c.j+1] == "TO" && a.tags[c.j+2] == "VB" && goForm(a.low[c.head]):
		c.j++ // "went on to win": the infinitive joins the relation
	}
	h := a.tags[c.head]
	c.passive = beAux && (h == "VBN" || h == "VBD")
	c.copula = beForm(a.low[c.head])
	return c, true
}

// goForm reports whether w is a form of "go".
func goForm(w string) bool {
	return w == "go" || w == "goes" || w == "went" || w == "going" || w == "gone"
}

func negation(w string) bool { return w == "not" || w == "n't" || w == "never" }

func beForm(w string) bool {
	switch w {
	case "be", "is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m":
		return true
	}
	return false
}

func haveForm(w string) bool {
	switch w {
	case "have", "has", "had", "having", "'ve", "'d":
		return true
	}
	return false
}

func doForm(w string) bool { return w == "do" || w == "does" || w == "did" }

func auxVerb(w string) bool {
	return beForm(w) || haveForm(w) || doForm(w) || w == "get" || w == "got" || w == "gets" || w == "getting"
}

// compoundPrep reports whether the words v w together work as one
// preposition ("out of", "according to").
func compoundPrep(v, w string) bool {
	switch w {
	case "of":
		switch v {
		case "out", "because", "instead", "ahead", "regardless", "inside", "outside":
			return true
		}
	case "to":
		switch v {
		case "according", "due", "prior", "up", "next", "close", "thanks", "owing", "contrary":
			return true
		}
	case "from":
		return v == "apart" || v == "away"
	case "with":
		return v == "along" || v == "together"
	case "as":
		return v == "such"
	case "than":
		return v == "rather"
	}
	return false
}

// catenative reports whether w takes a bare infinitive right after it:
// "help maintain".
func catenative(w string) bool {
	return w == "help" || w == "helps" || w == "helped" || w == "helping"
}

// dayWord reports whether w names a day or night relative to the day of
// writing.
func dayWord(w string) bool {
	return w == "yesterday" || w == "today" || w == "tomorrow" || w == "tonight" || w == "overnight"
}

func timeDeictic(w string) bool {
	return w == "last" || w == "next" || w == "this" || w == "every" || w == "each" || w == "that"
}

func focusAdverb(w string) bool {
	return w == "only" || w == "just" || w == "even" || w == "mostly" || w == "mainly"
}

func quantifier(w string) bool {
	switch w {
	case "several", "many", "few", "numerous", "various", "multiple":
		return true
	}
	return false
}

// particleWord reports whether w can be a verb particle ("went out").
func particleWord(w string) bool {
	switch w {
	case "out", "up", "down", "off", "away", "back", "over", "in", "on", "around", "through":
		return true
	}
	return false
}

// closesClause reports whether a token tagged tag ends a clause.
func closesClause(tag string) bool {
	switch tag {
	case ",", ".", ":", "CC", "''":
		return true
	}
	return false
}

// dash reports whether token i is a dash (written "—", "–" or "--", the
// last tagged "-" or ":") set off by spaces, which sets off a phrase as commas do ("Three states —
// Norway, Sweden and Finland — signed"), not a hyphen, even one spaced
// out in tokenised text ("stock - index"), or a score's dash between
// numbers. In prose a pair of hyphens set off by spaces are dashes too
// ("Tom Wu - whose father led Halvik - met"; see hyphenAsides).
func (a *analysis) dash(i int) bool {
	if a.tags[i] != "-" && (a.tags[i] != ":" || a.toks[i].Text != "--") || a.toks[i].End-a.toks[i].Start < 2 && !(a.hyphenAsides && asideHyphen(a.toks, i)) || i == 0 || i+1 >= len(a.toks) || a.toks[i-1].End == a.toks[i].Start || a.toks[i+1].Start == a.toks[i].End {
		return false
	}
	return a.tags[i-1] != "CD" || a.tags[i+1] != "CD"
}

// hyphenAsides reports whether sentence s is prose, not tokenised text
// (no space before a comma or the final stop), that holds at least two
// hyphens that may set off an aside (see asideHyphen): there they are
// dashes, where tokenised text spaces out the hyphens of compounds
// ("income - tax").
func hyphenAsides(s nlp.Sentence) bool {
	if strings.Contains(s.Text, " ,") || strings.HasSuffix(strings.TrimSpace(s.Text), " .") {
		return false
	}
	n := 0
	for i := range s.Tokens {
		if asideHyphen(s.Tokens, i) {
			n++
		}
	}
	return n >= 2
}

// asideHyphen reports whether token i is a hyphen set off by spaces that
// is not the middle of a compound: the word after it is no lower-case
// noun, adjective or participle ("the six - member team", "Halvik -
// owned").
func asideHyphen(toks []nlp.Token, i int) bool {
	t := toks[i]
	if i == 0 || i+1 >= len(toks) || t.Text != "-" || t.End-t.Start != 1 || toks[i-1].End == t.Start || t.End == toks[i+1].Start {
		return false
	}
	switch next := toks[i+1]; next.Tag {
	case "NN", "NNS", "JJ", "VBN", "VBG":
		return next.Text != next.Lower()
	}
	return true
}

// setOff reports whether chunk k is a comma or a dash, the marks that set
// off an apposition.
func (a *analysis) setOff(k int) bool {
	return a.ch[k].kind == comma && (a.toks[a.ch[k].i].Text == "," || a.dash(a.ch[k].i))
}

// yearAt reports whether token k is a year written in four digits.
func (a *analysis) yearAt(k int) bool {
	return k >= 0 && k < len(a.low) && a.tags[k] == "CD" && len(a.low[k]) == 4 && isDigits(a.low[k])
}

// titledName reports whether tokens [i, k) end in a title word and at
// least one proper noun after it, all tagged as proper nouns: "Utah
// Governor Jim Corr", "President Tom Wu".
func (a *analysis) titledName(i, k int) bool {
	for t := k - 2; t >= i && a.tags[t] == "NNP"; t-- {
		if titleWord(a.low[t]) {
			return true
		}
	}
	return false
}
