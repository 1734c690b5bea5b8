package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// correct fixes tags that prose's model is known to get wrong in news text.
// text is the sentence's original text, which tells curly quotes apart.
// Each rule looks at a token, its neighbours and whether the sentence has
// a finite verb.
//
// tg, when not nil, is the tagger that tagged toks: some rules ask its
// model how well it likes another reading of the sentence.
func correct(text string, toks []Token, tg *tagger) {
	finite := false
	headline := len(toks) > 1 && !sentenceEnd(toks[len(toks)-1].Text)
	for _, t := range toks {
		if isFinite(t.Tag) {
			finite = true
			break
		}
	}
	// Quote marks and rare past tenses first: the rules below look at
	// their neighbours' tags.
	for i := range toks {
		switch t := &toks[i]; {
		case t.Text == `"` || t.Text == "``" || t.Text == "''":
			t.Tag = quoteTag(text, toks, i)
		case currencyAmount(t.Text):
			// "was fined £35m by the regulator": the tokenizer, as
			// prose's, leaves the sign on the amount, which is a number,
			// not a word of the verb.
			t.Tag = "CD"
		case t.Text == "[" || t.Text == "{":
			// "I've done [it] before", "works: the Symphony, [4] and":
			// square brackets, an editor's insertion or a citation mark,
			// are brackets, whatever the tagger read ("]" as a verb).
			t.Tag = "-LRB-"
		case t.Text == "]" || t.Text == "}":
			t.Tag = "-RRB-"
		case (t.Text == "de" || t.Text == "De") && i+1 < len(toks) && toks[i+1].Lower() == "facto" && i+2 < len(toks) && isNoun(toks[i+2].Tag):
			// "the de/FW facto/FW ruler": a two-word adjective before a
			// noun, which the rules of titles read as they read "the
			// real ruler".
			t.Tag, toks[i+1].Tag = "JJ", "JJ"
		case strings.HasPrefix(t.Tag, "VB") && holdNouns[strings.TrimSuffix(t.Lower(), "s")]:
			// "a Velmor Front stronghold/VBD killed ten": a compound
			// of "hold" is a noun, never the verb's past.
			t.Tag = "NN"
			if strings.HasSuffix(t.Lower(), "s") {
				t.Tag = "NNS"
			}
		case (t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WP$" || t.Tag == "WRB") && (!whWords[t.Lower()] || acronymAmongWords(toks, i)):
			// "Willoch/WDT led the party", "WHO/WP director-general
			// Tedros": a word that is no wh-word, or one written in
			// capitals in a sentence that is not, is a name when
			// capitalised, else a noun ("hydrogen-rich atmosphere/WRB").
			t.Tag = "NN"
			if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsUpper(r) {
				t.Tag = "NNP"
			}
		case t.Tag == "IN" && i > 0 && isCapitalized(t.Text) && !functionWord(t.Lower()) && !subordinator(t.Lower()) &&
			!rarePrepositions[t.Lower()] && wordTag(toks[i-1].Tag):
			// "telling Wikinews/IN the company": a capitalised word after
			// another word, inside the sentence, that is no preposition
			// or subordinator is a name.
			t.Tag = "NNP"
		case t.Tag == "JJ" && t.Lower() == "general" && i > 0 && isNoun(toks[i-1].Tag) && generalTitle(titleSingular(toks[i-1].Lower())+"-general"):
			// "joined by attorneys general/JJ from Ostrava", "the
			// secretaries general of the two bodies": the word after the
			// office's noun, written apart, ends the office's noun.
			t.Tag = "NN"
			if isCapitalized(t.Text) {
				t.Tag = "NNP"
			}
		case t.Tag == "JJ" && generalTitle(t.Lower()):
			// "UN secretary-general/JJ Antonio Guterres": an office
			// ending in "-general" is a noun.
			t.Tag = "NN"
			if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsUpper(r) {
				t.Tag = "NNP"
			}
		case (t.Tag == "JJ" || t.Tag == "NNP") && i > 0 && toks[i-1].Tag == "DT" && collectiveDemonyms[t.Text] && toks[i-1].Lower() == "the" && i+1 < len(toks) && peopleVerbAfter(toks, i+1, finite):
			// "The British relinquished/VBD control", "the Dutch, then":
			// a nationality's adjective after "the" and before a verb or
			// a mark that ends its phrase is a plural noun for the
			// state's people. A participle right after it, in a sentence
			// with no finite verb, is the past tense ("The British
			// invaded/JJ Iceland").
			t.Tag = "NNPS"
			if n := &toks[i+1]; !finite && (n.Tag == "JJ" || n.Tag == "VBN") && strings.HasSuffix(n.Lower(), "ed") {
				n.Tag = "VBD"
				finite = true
				if i+2 < len(toks) && toks[i+2].Tag == "NN" && isCapitalized(toks[i+2].Text) {
					toks[i+2].Tag = "NNP" // "invaded Iceland/NN"
				}
			}
		case headline && t.Tag == "VBD" && t.Lower() == "aged" && i+1 < len(toks) && toks[i+1].Tag == "CD":
			// A headline's "Tom Wu dies aged/VBD 79": "aged" before a
			// number gives an age, an adjective; a verb before it
			// ("dies") is no noun for want of the clause's finite verb.
			// (In prose the extractor reads "joined the party aged 14"
			// with the tagger's tag.)
			t.Tag = "JJ"
			finite = anyFinite(toks)
		case t.Tag == "IN" && rarePast(t.Lower()):
			t.Tag = "VBD"
		case t.Tag != "NN" && i > 0 && i+1 < len(toks) && toks[i+1].Tag == "NNP" && isNoun(toks[i-1].Tag) && positionCompound(toks, i):
			// "Wales fly-half/JJ Tom Wu": a rugby player's position
			// between a side's name and the player's is a noun.
			t.Tag = "NN"
		case t.Tag == "IN" && t.Lower() == "since" && i > 0 && i+1 < len(toks) && haveForm(toks[i-1].Lower()) &&
			(toks[i+1].Tag == "VBN" || toks[i+1].Tag == "VBD"):
			// "Tom Wu has since apologized/VBN to Ann Lee": between a
			// form of "have" and its participle "since" is an adverb of
			// time, inside the verb group, no preposition.
			t.Tag = "RB"
		case t.Tag == "NN" && i > 0 && i+1 < len(toks) && nowWord(t.Lower()) && (haveForm(toks[i-1].Lower()) || passiveBe(toks[i-1].Lower())) &&
			(toks[i+1].Tag == "VBN" || toks[i+1].Tag == "VBD"):
			// "Ann Lee was today/NN appointed/VBD prime minister", "Tom
			// Wu has yesterday announced/VBD his resignation": a day
			// between an auxiliary and its participle is an adverb of
			// time inside the verb group, no subject of a clause.
			t.Tag = "RB"
			toks[i+1].Tag = "VBN"
		case degreeTag(t.Tag) && !headline && i > 0 && isCapitalized(t.Text) && wordTag(toks[i-1].Tag) && !degreeHeadNext(toks, i):
			// "a win over Halvorsdore/JJR at Brindle", "chose Tarnest/JJS
			// because": a capitalised comparative or superlative inside a
			// sentence, after a word and before no noun, "than" or "of"
			// it could qualify, is a name whose ending looks like one.
			t.Tag = "NNP"
		case (t.Tag == "VBD" || t.Tag == "VBN") && i+1 < len(toks) && isNoun(toks[i+1].Tag) && placedCompound(t.Text):
			// "a New York-based/VBD bank": a compound of a name and a
			// participle before a noun is an adjective, as "London-based"
			// is tagged.
			t.Tag = "JJ"
		case (t.Tag == "VB" || t.Tag == "VBP" || (t.Tag == "NN" || t.Tag == "NNS") && i > 0 && toks[i-1].Tag == "CC") && pastOnly(t.Lower()):
			// "urged Norway to reconsider and spoke/VB with Tom Wu": a
			// form that is only ever a past tense is no base form; after
			// "and" no noun either ("approved the request and spoke/NN
			// with Tom Wu").
			t.Tag = "VBD"
		case (t.Tag == "NNS" || t.Tag == "NNPS") && i > 0 && toks[i-1].Tag == "NNP" && presentOnly(t.Lower()):
			// "Puerto Rico's governor Ann Lee resigns/NNS, new governor
			// sworn in": after a name, a form that is only ever a verb's
			// present is the name's verb, no plural noun.
			t.Tag = "VBZ"
			finite = true
		}
	}
	r := retagger{toks: toks, finite: finite, headline: headline, tagger: tg}
	for i := range toks {
		r.retag(i)
	}
	r.headlinePlacedVerb()
	relativeClosedPast(toks)
	if !headline {
		namePast(toks)
	}
	// "Google founders/VBZ Larry Page and Sergey Brin stepped down",
	// "CIA directors/VBZ Tom Wu and Ann Lee signed": a plural agent noun
	// between a name and a list of names that a finite verb follows is
	// the list's title, and the list the subject ("Nike sponsors Tiger
	// Woods and Serena Williams." keeps its verb). A pass of its own: the
	// rules above settle the verb after the list first.
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Tag == "VBZ" && (toks[i-1].Tag == "NNP" || toks[i-1].Tag == "NNPS") && toks[i+1].Tag == "NNP" && !isCapitalized(t.Text) &&
			(agentPlural(t.Lower()) || strings.HasSuffix(t.Lower(), "ors") || staffPlural(t.Lower())) && namesThenVerb(toks, i+1) {
			t.Tag = "NNS"
		}
		if t.Tag == "VBZ" && crewPlural(t.Lower()) && (toks[i-1].Tag == "NN" || i == 1 && toks[0].Tag == "NNP") && (i == 1 || toks[i-2].Tag == "DT" || toks[i-2].Tag == "CD") &&
			(toks[i+1].Lower() == "from" || toks[i+1].Lower() == "of") && finiteAfter(toks, i+1) {
			// "Rescue teams/VBZ from Norway and Sweden arrived": a noun
			// and a plural of a crew opening the subject, whose verb
			// comes later, are one noun phrase.
			t.Tag = "NNS"
		}
		if t.Tag == "VBZ" && forceMembers[t.Text] && (toks[i-1].Tag == "NN" || toks[i-1].Tag == "JJ") && !isCapitalized(toks[i-1].Text) &&
			i >= 2 && (toks[i-2].Tag == "JJ" || toks[i-2].Tag == "NNP") && isCapitalized(toks[i-2].Text) &&
			strings.HasSuffix(toks[i+1].Lower(), "ed") && (toks[i+1].Tag == "VBD" || toks[i+1].Tag == "VBN" || toks[i+1].Tag == "JJ") {
			// "Venezuelan intelligence agents/VBZ detained Tom Wu": a
			// state's adjective, the service's noun and its members
			// are the subject of the past tense after them, which is
			// the sentence's verb when no other follows ("agents
			// detained in the raid were freed" keeps its participle).
			t.Tag = "NNS"
			if toks[i+1].Tag != "VBD" && !finiteAfter(toks, i+2) && i+2 < len(toks) && (isNoun(toks[i+2].Tag) || toks[i+2].Tag == "DT" || toks[i+2].Tag == "JJ") {
				toks[i+1].Tag = "VBD"
			}
		}
		if (t.Tag == "VBD" || t.Tag == "VBN") && strings.HasSuffix(t.Text, "ed") && modifiedTitle(toks, i) {
			t.Tag = "JJ"
		}
	}
	// "launched 3 new U.S. routes/VBZ to Boston", "new EU rules/VBZ on
	// fishing took effect": a count or an adjective, a state's initials and
	// a plural in -s are one noun phrase, the initials its modifier, when
	// another finite verb is the sentence's.
	for i := 2; i < len(toks); i++ {
		if t := &toks[i]; t.Tag == "VBZ" && strings.HasSuffix(t.Text, "s") && !isCapitalized(t.Text) && initials(toks[i-1].Text) &&
			(toks[i-2].Tag == "JJ" && !isCapitalized(toks[i-2].Text) || toks[i-2].Tag == "CD" && len(toks[i-2].Text) != 4) &&
			slices.ContainsFunc(toks, func(u Token) bool { return u.Start != t.Start && isFinite(u.Tag) }) {
			t.Tag = "NNS"
		}
	}
	// "reinforce eastern Poland, Baltic states/VBZ against Russia": the
	// states of a region named by its adjective are a noun.
	for i := 1; i < len(toks); i++ {
		if t := &toks[i]; t.Tag == "VBZ" && t.Text == "states" && regionStates(toks[i-1].Text) {
			t.Tag = "NNS"
		}
	}
}

// positionCompound reports whether toks[i] is a rugby position written
// with a hyphen: "fly-half", "scrum-half", "half-back", "five-eighth".
func positionCompound(toks []Token, i int) bool {
	switch toks[i].Lower() {
	case "fly-half", "scrum-half", "half-back", "five-eighth":
		return true
	}
	return false
}

// regionStates reports whether w is the adjective of a region whose
// states news names as a group: "the Baltic states", "Gulf states".
func regionStates(w string) bool {
	switch w {
	case "Baltic", "Gulf", "Arab", "Balkan", "Nordic", "Caribbean", "Sahel", "Scandinavian":
		return true
	}
	return false
}

// modifiedTitle reports whether toks[i], a past form in -ed, stands
// between a name and a lower-case noun that a person's name of two or
// more capitalised words follows, where the name is no verb's object: a
// finite verb follows it, or a preposition comes before the first name.
// The past form is then a participle's adjective of the title: "Wikinews
// accredited/VBD reporter Ann Lee spoke", "questions from Halvik
// registered/VBD nurse Tom Wu" ("Police arrested reporter Ann Lee" keeps
// its verb).
func modifiedTitle(toks []Token, i int) bool {
	if i == 0 || i+3 >= len(toks) || toks[i-1].Tag != "NNP" && toks[i-1].Tag != "NNPS" && toks[i-1].Tag != "NNS" || !isCapitalized(toks[i-1].Text) ||
		toks[i+1].Tag != "NN" || isCapitalized(toks[i+1].Text) {
		return false
	}
	j := i + 2
	for j < len(toks) && toks[j].Tag == "NNP" && isCapitalized(toks[j].Text) {
		j++
	}
	if j-(i+2) < 2 {
		return false
	}
	if j < len(toks) && isFinite(toks[j].Tag) {
		return true
	}
	k := i - 1
	for k > 0 && (toks[k-1].Tag == "NNP" || toks[k-1].Tag == "NNPS") && isCapitalized(toks[k-1].Text) {
		k--
	}
	if k == 0 {
		return false
	}
	switch toks[k-1].Lower() {
	case "from", "with", "to", "by", "of", "for", "between", "including":
		return true
	}
	return false
}

// sideNouns name a sports team, which "beat" after them makes the
// subject of the verb ("as his side beat Arsenal").
var sideNouns = map[string]bool{"side": true, "team": true, "club": true, "squad": true}

// winVerbs are the bare forms of verbs of winning that headlines use with
// a side's name as a plural: "Caloundra defeat Maroochydore".
var winVerbs = map[string]bool{
	"defeat": true, "beat": true, "thrash": true, "edge": true, "rout": true, "stun": true, "upset": true,
	"crush": true, "outplay": true, "overpower": true,
}

// lyGiven are given names in -ly, and surnames in -ly, which the model
// reads as adverbs when they open a sentence.
var lyGiven = map[string]bool{
	"Emily": true, "Holly": true, "Shelly": true, "Polly": true, "Sally": true, "Molly": true,
	"Kelly": true, "Lily": true, "Lilly": true, "Milly": true, "Dolly": true, "Beverly": true,
	"Kimberly": true, "Carly": true, "Billy": true, "Willy": true, "Wally": true, "Nelly": true,
	"Daly": true, "Connolly": true, "Donnelly": true, "Reilly": true,
}

// wayAdverb reports whether w (lower case) is an adverb ending in -way.
// elidedParticle reports whether w is a name's word after the elided
// particle "d'" or "l'", with a straight or curly apostrophe:
// "d'Estaing", "d’Ivoire", "l'Aquila".
func elidedParticle(w string) bool {
	if len(w) < 3 || w[0] != 'd' && w[0] != 'l' {
		return false // the test of every token: most are no particle
	}
	for _, p := range []string{"d'", "d’", "l'", "l’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

func wayAdverb(w string) bool {
	return w == "anyway" || w == "halfway" || w == "midway" || w == "underway" || w == "someway" || w == "straightway"
}

// score reports whether w is two numbers joined by a hyphen or a dash,
// a score or a range ("2-1", "3–0").
func score(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false // the test of every token: most start with no digit
	}
	i := strings.IndexAny(w, "-–")
	if i <= 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	return digits(w[:i]) && digits(w[i+size:])
}

// currencyAmount reports whether w is a pound or euro sign written
// together with a number ("£35m", "€1.2bn"), which "$" is not: the
// tokenizer cuts "$" off.
func currencyAmount(w string) bool {
	if w == "" || w[0] < 0x80 {
		return false // most words: no sign
	}
	for _, sign := range []string{"£", "€"} {
		if rest, ok := strings.CutPrefix(w, sign); ok {
			return rest != "" && rest[0] >= '0' && rest[0] <= '9'
		}
	}
	return false
}

// digits reports whether w is one or more ASCII digits.
func digits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// quoteTag returns “ for an opening double quote and ” for a closing one.
// Curly quotes say which they are; a straight quote opens when it follows
// a space or starts the sentence and is followed by a word.
func quoteTag(text string, toks []Token, i int) string {
	t := toks[i]
	switch {
	case t.Text == "``" || strings.HasPrefix(text[t.Start:], "\u201c"):
		return "``"
	case t.Text == "''" || strings.HasPrefix(text[t.Start:], "\u201d"):
		return "''"
	}
	spaceBefore := i == 0 || toks[i-1].End < t.Start
	spaceAfter := i+1 >= len(toks) || toks[i+1].Start > t.End
	if spaceBefore && !spaceAfter {
		return "``"
	}
	return "''"
}

// auxiliary reports whether w is a present form of "be", "have" or "do",
// which may stand before another verb ("Western Union has had losses").
// passiveBe reports whether w is a finite form of "be", or "been", that
// a participle follows in a passive ("was appointed").
func passiveBe(w string) bool {
	return w == "is" || w == "are" || w == "was" || w == "were" || w == "been"
}

// haveForm reports whether w is a form of the auxiliary "have".
func haveForm(w string) bool {
	return w == "has" || w == "have" || w == "had" || w == "'ve" || w == "having"
}

func auxiliary(w string) bool { return w == "has" || w == "is" || w == "does" || w == "was" }

// rarePast reports whether w is the past tense of a prefixed irregular
// verb that the model does not know and labels as a preposition
// ("troops oversaw/IN the port").
func rarePast(w string) bool {
	switch w {
	case "oversaw", "foresaw", "withdrew", "undertook", "overtook", "overran", "underwent", "overcame",
		"forbade", "withheld", "upheld", "outran", "overthrew", "overrode", "outgrew":
		return true
	}
	return false
}

// placedCompound reports whether w is a capitalised compound whose last
// part, after a hyphen, is a participle that places or ties what follows
// ("York-based", "Kingdom-led", "Arabia-backed").
func placedCompound(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	switch w[k+1:] {
	case "based", "headquartered", "led", "backed", "owned", "run", "born", "funded", "controlled",
		"allied", "supported", "sponsored", "dominated", "operated":
		return true
	}
	return false
}

// ghtPast reports whether w is an irregular past tense in -ght that the
// model may label as a noun ("taught", "fought").
func ghtPast(w string) bool {
	switch w {
	case "taught", "fought", "sought", "bought", "brought", "caught":
		return true
	}
	return false
}

// irregularPast reports whether w is an irregular past tense, seldom a
// noun, that the model labels as a noun after a name ("Ann Berg quit/NN
// Google", "Tom Wu stole/NN"), or as an adjective ("Norway beat/JJ
// Sweden").
func irregularPast(w string) bool {
	switch w {
	case "quit", "swore", "rode", "stole", "froze", "shook", "dealt", "leapt", "lent", "dug", "strove", "dwelt", "spun",
		"sank", "drove", "knelt", "crept", "slew", "fled", "wrote", "spoke", "chose", "forgave", "forgot", "heard", "built", "beat":
		return true
	}
	return false
}

// pastOnly reports whether w is an irregular past tense that is neither
// a base form nor a participle ("spoke", not "saw", "fell" or "bore",
// which are base forms too).
func pastOnly(w string) bool {
	switch w {
	case "spoke", "wrote", "chose", "swore", "rode", "stole", "froze", "shook", "strove", "sank", "drove", "forgave",
		"began", "ran", "sang", "swam", "drank", "gave", "took", "ate", "knew", "grew", "threw", "flew", "drew",
		"came", "became", "went", "broke", "woke", "tore", "wore", "arose", "forbade", "withdrew", "undertook":
		return true
	}
	return false
}

// presentOnly reports whether w is the present of a verb of news that no
// noun is spelled as ("resigns", "quits", "condemns").
func presentOnly(w string) bool {
	switch w {
	case "resigns", "retires", "quits", "dies", "condemns", "denies", "warns", "sues", "accuses", "criticises",
		"criticizes", "appoints", "nominates", "endorses":
		return true
	}
	return false
}

// personCompound returns the noun tag of w when w is a compound in -man or
// -woman, or its plural, of seven letters or more ("businessman" NN,
// "chairwomen" NNS), and "" otherwise.
func personCompound(w string) string {
	if len(w) < 7 {
		return ""
	}
	switch {
	case strings.HasSuffix(w, "man"):
		return "NN"
	case strings.HasSuffix(w, "men"):
		return "NNS"
	}
	return ""
}

// nounLike reports whether w is a word that the tagger labels JJ although
// in news text it is usually a noun.
func nounLike(w string) bool {
	switch w {
	case "general", "official", "representative", "chief", "military", "private", "major", "native",
		"individual", "criminal", "civilian", "rebel", "funeral", "memorial", "offensive":
		return true
	}
	return false
}

// participlePhrase reports whether toks[k] opens a participle's phrase
// after a noun: a participle (an adverb may go first) and then a
// preposition ("now living in", "held by", "based in").
func participlePhrase(toks []Token, k int) bool {
	if k < len(toks) && toks[k].Tag == "RB" {
		k++
	}
	return k+1 < len(toks) && (toks[k].Tag == "VBG" || toks[k].Tag == "VBN") && (toks[k+1].Tag == "IN" || toks[k+1].Tag == "TO")
}

// eventLike reports whether w, one of the [nounLike] words, names an
// event: after a possessive it is the phrase's head ("Tom Wu's funeral"),
// while a person's word may stay the adjective there.
func eventLike(w string) bool { return w == "funeral" || w == "memorial" }

// preposition reports whether w is a preposition that the tagger sometimes
// labels as a noun.
func preposition(w string) bool {
	switch w {
	case "towards", "toward", "amid", "amidst", "via", "despite", "unlike":
		return true
	}
	return false
}

// functionWord reports whether w, tagged IN, is a true preposition or
// subordinating conjunction, never a verb the model mistook for one
// ("helped Norway enter/IN").
func functionWord(w string) bool {
	switch w {
	case "about", "above", "across", "after", "against", "along", "among", "around", "as", "at", "before", "behind",
		"below", "beneath", "beside", "besides", "between", "beyond", "by", "despite", "during", "except", "for",
		"from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "opposite", "out", "outside",
		"over", "past", "per", "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under",
		"unlike", "until", "up", "upon", "via", "with", "within", "without", "that", "whether", "if", "because",
		"while", "although", "though", "unless", "so", "once", "amid", "amidst":
		return true
	}
	return false
}

// bareName reports whether the proper noun ending at token i stands without
// a determiner or modifier before it ("G-7", not "the NATO").
func bareName(toks []Token, i int) bool {
	for i >= 0 && strings.HasPrefix(toks[i].Tag, "NNP") {
		i--
	}
	if i < 0 {
		return true
	}
	switch toks[i].Tag {
	case "DT", "PRP$", "POS", "JJ", "CD":
		return false
	}
	return true
}

func isNoun(tag string) bool { return strings.HasPrefix(tag, "NN") }

// objectHer reports whether the token after "her" at i ends the noun
// phrase there: the end of the sentence, punctuation, a preposition, a
// conjunction, a particle, a verb, or an adverb that no adjective or noun
// follows ("her very first film" stays possessive).
func objectHer(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	switch next := toks[i+1].Tag; {
	case next == "RB":
		return i+2 >= len(toks) || !isNoun(toks[i+2].Tag) && !strings.HasPrefix(toks[i+2].Tag, "JJ") && toks[i+2].Tag != "VBN"
	case next == "IN", next == "TO", next == "CC", next == "RP", next == ".", next == ",", next == ":", next == "''",
		next == "MD", next == "WDT", next == "WP", next == "WRB", strings.HasPrefix(next, "VB"):
		return true
	}
	return false
}

// collectiveDemonyms are the nationality adjectives that "the" makes a
// plural noun for the state's people ("the British", "the Dutch"). Those
// that also name one person ("the German", "the Czech") are left out.
var collectiveDemonyms = map[string]bool{
	"British": true, "English": true, "Irish": true, "Welsh": true, "Spanish": true, "French": true,
	"Dutch": true, "Chinese": true, "Japanese": true, "Portuguese": true, "Swiss": true,
	"Vietnamese": true, "Taiwanese": true, "Lebanese": true, "Sudanese": true, "Burmese": true,
	"Congolese": true, "Senegalese": true, "Maltese": true,
}

// peopleVerbAfter reports whether toks[k], after a nationality's
// adjective and "the", shows the adjective to be the people: a finite
// verb or modal; a participle in -ed when the sentence has no finite verb;
// a full stop or a semicolon; or a comma with no capitalised word after it.
func peopleVerbAfter(toks []Token, k int, finite bool) bool {
	switch n := toks[k]; {
	case isFinite(n.Tag):
		return true
	case !finite && (n.Tag == "JJ" || n.Tag == "VBN") && strings.HasSuffix(n.Lower(), "ed"):
		return true
	case n.Text == ",":
		// "the Dutch, then": not a list of adjectives ("The British,
		// French and German governments").
		return k+1 < len(toks) && !isCapitalized(toks[k+1].Text)
	case n.Text == "." || n.Text == ";":
		return true
	}
	return false
}

func isFinite(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// quotingVerbs are the past tenses of verbs that introduce a quotation
// ("stated, "...""), which the tagger reads as participles after an
// apposition.
var quotingVerbs = map[string]bool{
	"said": true, "stated": true, "added": true, "wrote": true, "explained": true, "noted": true, "remarked": true,
	"commented": true, "declared": true, "announced": true, "replied": true, "insisted": true, "warned": true,
	"tweeted": true, "posted": true, "responded": true, "concluded": true, "continued": true,
}

// nounsOnly are nouns of news that are no verb's form, with their tag:
// the verbs are written apart ("lock down", "break out", "shut down"),
// or are other words (offices: "presides", "governs").
var nounsOnly = map[string]string{
	"lockdown": "NN", "lockdowns": "NNS", "outbreak": "NN", "outbreaks": "NNS", "pandemic": "NN",
	"pandemics": "NNS", "epidemic": "NN", "epidemics": "NNS", "shutdown": "NN", "shutdowns": "NNS",
	"crackdown": "NN", "crackdowns": "NNS", "standoff": "NN", "standoffs": "NNS", "takeover": "NN",
	"takeovers": "NNS", "walkout": "NN", "walkouts": "NNS", "blackout": "NN", "blackouts": "NNS",
	"aftermath": "NN", "curfew": "NN", "curfews": "NNS",
	// Offices no verb is spelled as ("US presidents Ann Lee and Tom Wu"
	// inside a list the tagger read as a verb and its objects).
	"president": "NN", "presidents": "NNS", "senator": "NN", "senators": "NNS", "governor": "NN",
	"governors": "NNS", "mayor": "NN", "mayors": "NNS",
	// "US troops/VBZ in Norway withdrew": to troop is rare, and news
	// writes "troops" for soldiers.
	"troops": "NNS",
	// "the Republican New Hampshire primaries/VBZ": the plural of the
	// contest is no verb's form.
	"primaries": "NNS",
	// "met Guatemalan counterpart/VB Jimmy Morales": a person's office or
	// standing before a name, which no verb is spelled as.
	"counterpart": "NN", "counterparts": "NNS", "minister": "NN", "ministers": "NNS",
	"ambassador": "NN", "ambassadors": "NNS", "envoy": "NN", "envoys": "NNS", "spokesman": "NN",
	"spokeswoman": "NN", "spokesperson": "NN", "lawmaker": "NN", "lawmakers": "NNS",
	"legislator": "NN", "legislators": "NNS", "prosecutor": "NN", "prosecutors": "NNS",
	// "US chipmaker/VBP Halvik Inc. bought": a trade's "-maker" noun
	// before a firm's name, which no verb is spelled as.
	"carmaker": "NN", "carmakers": "NNS", "automaker": "NN", "automakers": "NNS", "chipmaker": "NN",
	"chipmakers": "NNS", "drugmaker": "NN", "drugmakers": "NNS", "steelmaker": "NN", "steelmakers": "NNS",
	"planemaker": "NN", "planemakers": "NNS",
}

// anyFinite reports whether toks hold a finite verb.
func anyFinite(toks []Token) bool {
	for _, t := range toks {
		if isFinite(t.Tag) {
			return true
		}
	}
	return false
}

// finiteBefore reports whether a finite verb precedes token i in its
// clause: after the last comma, conjunction, relative word,
// complementizer or subordinating conjunction ("if the need arises").
func finiteBefore(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch toks[k].Tag {
		case "WDT", "WP", "WRB", "CC", ":", ";", ",":
			return false
		}
		if toks[k].Tag == "IN" && (strings.EqualFold(toks[k].Text, "that") || subordinator(toks[k].Lower())) {
			return false
		}
		if isFinite(toks[k].Tag) {
			return true
		}
	}
	return false
}

// verbNext reports whether a token tagged next can follow a verb: an
// object, a preposition or an adverb.
func verbNext(next string) bool {
	switch next {
	case "DT", "PRP$", "IN", "TO", "RB", "CD", "NNP", "NNPS", "JJ", "``", "PRP":
		return true
	}
	return false
}

// nowWord reports whether w is a day said relative to now, a noun that
// names a time, not an object: "The bills sold/VBN yesterday settle today".
func nowWord(w string) bool {
	return w == "yesterday" || w == "today" || w == "tomorrow" || w == "tonight" || w == "overnight"
}

func objectNext(next string) bool {
	switch next {
	case "DT", "PRP$", "JJ", "NNS", "CD", "PRP", "NNP":
		return true
	}
	return false
}

func closesPhrase(tag string) bool {
	switch tag {
	case ",", ".", ":", "IN", "CC", "TO", "VBZ", "VBD", "VBP", "MD":
		return true
	}
	return false
}

// degreeTag reports whether tag is a comparative's or a superlative's.
func degreeTag(tag string) bool {
	return tag == "JJR" || tag == "JJS" || tag == "RBR" || tag == "RBS"
}

// wordTag reports whether tag is a word's, not a punctuation mark's or a
// bracket's.
func wordTag(tag string) bool {
	return tag != "" && tag[0] >= 'A' && tag[0] <= 'Z'
}

// degreeHeadNext reports whether the token after i is one a comparative
// or a superlative qualifies or compares with: a noun, an adjective, a
// number, "than" or "of" ("Most Rev.", "Biggest decision", "Most of").
func degreeHeadNext(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return isNoun(n.Tag) || strings.HasPrefix(n.Tag, "JJ") || n.Tag == "CD" || n.Lower() == "than" || n.Lower() == "of"
}

// rarePrepositions are prepositions that [functionWord] leaves out, which
// a capital (a headline's) does not make names.
var rarePrepositions = map[string]bool{
	"amongst": true, "alongside": true, "aboard": true, "atop": true, "underneath": true, "whilst": true,
	"whereas": true, "versus": true, "vs": true, "vs.": true, "unto": true, "minus": true, "plus": true,
	"worth": true, "lest": true, "notwithstanding": true, "throughout": true, "regarding": true,
	"concerning": true, "including": true, "excluding": true, "following": true, "pending": true,
}

func isCapitalized(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// compoundTo reports whether w ends a compound preposition with "to":
// "in relation to", "due to", "according to".
func compoundTo(w string) bool {
	switch w {
	case "relation", "regard", "respect", "addition", "due", "prior", "thanks", "according", "close", "next",
		"contrast", "reference", "response", "opposed", "owing", "compared", "similar", "contrary", "attention":
		return true
	}
	return false
}

// titleBeforeName reports whether toks[i], a lower-case word after "to"
// or a list's "and" ([listedTitle]), is a person's noun that titles the
// name after it ("married to author Tom Wu", "spoke to reporter Ann Lee",
// "married to talent agent Bo Chan"): the word before "to" is a verb that
// takes no infinitive, the
// word ends as a person's noun does or is [personTitleNouns], and a
// proper noun follows it, or a noun and then a proper noun. "came to
// help/VB Ann Lee" keeps its verb.
func titleBeforeName(toks []Token, i int) bool {
	w := toks[i].Text
	if isCapitalized(w) || toks[i-1].Tag == "TO" && (!strings.HasPrefix(toks[i-2].Tag, "VB") || takesInfinitive(toks[i-2].Lower())) || i+1 >= len(toks) {
		return false
	}
	switch {
	case toks[i+1].Tag == "NNP":
	case i+2 < len(toks) && !isCapitalized(toks[i+1].Text) && (isNoun(toks[i+1].Tag) || toks[i+1].Tag == "JJ" || toks[i+1].Tag == "VB") && toks[i+2].Tag == "NNP":
		// "talent agent Bo Chan": the noun before the name heads the title.
		return personTitleNouns[strings.ToLower(w)] || personNoun(toks[i+1].Lower())
	default:
		return false
	}
	return personTitleNouns[strings.ToLower(w)] || personNoun(strings.ToLower(w))
}

// listedTitle reports whether the "and" or "or" before toks[i] closes a
// list of titled names ("director Ann Lee; and author Tom Wu", "Ann Lee,
// Bo Chan and reporter Tom Wu"): a name, a comma or a semicolon comes
// before it, so the word after it opens the list's last item, not a verb
// joined to the sentence's verb.
func listedTitle(toks []Token, i int) bool {
	if i < 2 {
		return false
	}
	p := toks[i-2]
	return p.Tag == "NNP" || p.Text == "," || p.Text == ";"
}

// personNoun reports whether the lower-case w ends as a noun of a person
// does ("reporter", "actress", "violinist", "historian", "businessman")
// and is no verb with such an ending ("counter", "monitor").
func personNoun(w string) bool {
	if verbsLikePersons[w] {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ess", "ian", "man", "woman"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// personTitleNouns are nouns of a person's trade or office, written
// before a name, that [personNoun]'s endings miss.
var personTitleNouns = map[string]bool{
	"agent": true, "talent": true, "author": true, "model": true, "student": true, "assistant": true,
	"consultant": true, "correspondent": true, "attendant": true, "critic": true, "chef": true, "poet": true,
	"pilot": true, "scientist": true, "envoy": true, "aide": true, "star": true, "rapper": true,
}

// verbsLikePersons are verbs that end as a person's noun does
// ([personNoun]): "came to counter Norway", "sent to monitor Gaza".
var verbsLikePersons = map[string]bool{
	"counter": true, "offer": true, "deliver": true, "enter": true, "consider": true, "order": true,
	"answer": true, "register": true, "discover": true, "remember": true, "encounter": true, "gather": true,
	"monitor": true, "render": true, "lower": true, "cover": true, "recover": true, "hamper": true,
	"bolster": true, "foster": true, "alter": true, "transfer": true, "confer": true, "defer": true,
	"suffer": true, "prefer": true, "steer": true, "administer": true, "minister": true, "sponsor": true,
	"mentor": true, "tutor": true, "mirror": true, "honor": true, "favor": true, "harbor": true,
	"tailor": true, "anchor": true, "partner": true, "father": true, "mother": true, "shelter": true,
	"power": true, "weather": true, "further": true, "master": true, "filter": true, "trigger": true,
	"usher": true, "shoulder": true, "tower": true, "border": true, "refer": true, "deter": true,
	"embarrass": true, "harass": true, "assess": true, "address": true, "express": true, "confess": true,
	"possess": true, "stress": true, "press": true, "process": true, "access": true, "dress": true,
	"bless": true, "guess": true, "progress": true, "impress": true, "suppress": true, "oppress": true,
	"compress": true, "redress": true, "resist": true, "insist": true, "assist": true, "persist": true,
	"exist": true, "consist": true, "enlist": true, "list": true, "twist": true, "man": true,
	"outnumber": true, "number": true, "discourage": true, "murder": true,
}

func finiteAfter(toks []Token, i int) bool {
	for _, t := range toks[i:] {
		if isFinite(t.Tag) {
			return true
		}
	}
	return false
}

// openingPhrase reports whether the tokens before i are one noun phrase
// that opens the sentence: determiners, adjectives, numbers, nouns and
// possessive endings only.
func openingPhrase(toks []Token, i int) bool {
	for _, t := range toks[:i] {
		switch {
		case t.Tag == "DT", t.Tag == "CD", t.Tag == "POS", t.Tag == "PRP$", strings.HasPrefix(t.Tag, "JJ"), isNoun(t.Tag):
		default:
			return false
		}
	}
	return true
}

// relativeWithoutVerb reports whether token i ends a noun phrase right
// after "which", "that" or "whom" with no verb between them: "which
// Norway supports", "that the ministry controls".
func relativeWithoutVerb(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		switch {
		case t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "IN" && strings.EqualFold(t.Text, "that"):
			w := t.Lower()
			return k < i-1 && (w == "which" || w == "that" || w == "whom")
		case t.Tag == "DT", t.Tag == "POS", t.Tag == "PRP$", strings.HasPrefix(t.Tag, "JJ"), isNoun(t.Tag):
		default:
			return false
		}
	}
	return false
}

// causativeObject reports whether token i follows a form of help, let or
// make and its object: a name, an object pronoun, or a noun phrase with
// its determiner ("helped the refugees", "let Tom Wu").
func causativeObject(toks []Token, i int) bool {
	k := i - 1
	switch {
	case k < 1:
		return false
	case toks[k].Tag == "PRP":
		switch toks[k].Lower() {
		case "him", "her", "them", "us", "me", "it":
			k--
		default:
			return false
		}
	case toks[k].Tag == "NNP" || toks[k].Tag == "NNPS":
		for k >= 0 && (toks[k].Tag == "NNP" || toks[k].Tag == "NNPS") {
			k--
		}
		if k >= 0 && toks[k].Tag == "DT" {
			k--
		}
	case toks[k].Tag == "NN" || toks[k].Tag == "NNS":
		for k >= 0 && (isNoun(toks[k].Tag) || strings.HasPrefix(toks[k].Tag, "JJ")) {
			k--
		}
		if k < 0 || toks[k].Tag != "DT" && toks[k].Tag != "PRP$" {
			return false
		}
		k--
	default:
		return false
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower() {
	case "help", "helps", "helped", "helping", "let", "lets", "letting", "make", "makes", "made", "making":
		return true
	}
	return false
}

// modalBefore reports whether token i follows a modal or a form of "do",
// with only adverbs between them.
func modalBefore(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch toks[k].Tag {
		case "MD":
			return true
		case "VBD", "VBZ", "VBP":
			return doForm(toks[k].Lower())
		case "RB":
			continue
		}
		return false
	}
	return false
}

// verbAhead reports whether a finite verb follows token i within the same
// stretch of the clause, before any comma, conjunction, relative word,
// complementizer or pronoun.
func verbAhead(toks []Token, i int) bool {
	for _, t := range toks[i+1:] {
		switch t.Tag {
		case ",", ":", "CC", "WDT", "WP", "WRB", "PRP", ".":
			return false
		case "IN":
			if strings.EqualFold(t.Text, "that") {
				return false
			}
		}
		if isFinite(t.Tag) {
			return true
		}
	}
	return false
}

func doForm(w string) bool { return w == "do" || w == "does" || w == "did" }

// takesInfinitive reports whether the verb form w is often followed by "to"
// and an infinitive ("needed to share").
func takesInfinitive(w string) bool {
	switch w {
	case "need", "needs", "needed", "want", "wants", "wanted", "try", "tries", "tried", "plan", "plans", "planned",
		"hope", "hopes", "hoped", "agree", "agrees", "agreed", "decide", "decides", "decided", "refuse", "refused",
		"seek", "seeks", "sought", "fail", "failed", "continue", "continued", "begin", "began", "start", "started",
		"expect", "expected", "intend", "intends", "intended", "promise", "promised", "threaten", "threatened",
		"vow", "vowed", "pledge", "pledged", "aim", "aims", "aimed", "attempt", "attempted", "help", "helped",
		"wish", "wished", "prepare", "prepared", "choose", "chose", "manage", "managed", "offer", "offered",
		"able", "unable", "going":
		return true
	}
	return false
}

// beBefore reports whether token i follows a form of "be", with only
// adverbs between them.
func beBefore(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if toks[k].Tag == "RB" {
			continue
		}
		switch toks[k].Lower() {
		case "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re":
			return true
		}
		return false
	}
	return false
}

// hasNounChunk reports whether the noun at token i is preceded, in its
// clause, by a determiner, so that the phrase ending there is a complete
// subject ("the risk of global escalation").
func hasNounChunk(toks []Token, i int) bool {
	for k := i; k >= 0; k-- {
		switch toks[k].Tag {
		case "DT", "PRP$", "POS":
			return true
		case ",", "CC", ":", "VBD", "VBZ", "VBP", "MD", "WDT", "WP":
			return false
		}
	}
	return false
}

// phrasalParticles are the particles of phrasal verbs ("hand over", "step
// down").
var phrasalParticles = map[string]bool{"over": true, "down": true, "out": true, "off": true, "up": true, "back": true}

// objectPronoun reports whether w, lower case, is a pronoun in the object
// case only.
func objectPronoun(w string) bool {
	switch w {
	case "him", "them", "me", "us":
		return true
	}
	return false
}

// agentPlural reports whether w, lower case, looks like a plural noun of
// people ("protesters", "activists", "militants", "residents"): before
// a word tagged as an adjective it is the subject, not the verb
// ("Hong Kong protesters surround/JJ police complex").
func agentPlural(w string) bool {
	for _, suf := range []string{"ers", "ists", "ants", "ents"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// holdNouns are the nouns compounded with "hold", which the tagger may
// read as a past of the verb.
var holdNouns = map[string]bool{
	"stronghold": true, "household": true, "threshold": true, "foothold": true, "stranglehold": true,
	"chokehold": true, "toehold": true, "freehold": true, "leasehold": true,
}

// staffPlural reports whether w, lower case, is the plural of a post that
// agentPlural's endings miss: "Halvik executives/VBZ Tom Wu and Ann Lee
// resigned".
func staffPlural(w string) bool {
	switch w {
	case "executives", "representatives", "detectives", "operatives", "chiefs", "heads", "coaches", "captains", "judges":
		return true
	}
	return false
}

// forceMembers are the plurals of a service's members that the tagger may
// read as a present tense after the service's noun ("intelligence agents",
// "security officers").
var forceMembers = map[string]bool{"agents": true, "officers": true, "operatives": true, "guards": true}

// crewPlural reports whether w, lower case, is a plural noun of a working
// crew that a noun before it names by its work: "rescue teams", "aid
// workers", "medical units".
func crewPlural(w string) bool {
	switch w {
	case "teams", "crews", "squads", "units", "workers", "volunteers", "experts":
		return true
	}
	return false
}

// peoplePlural reports whether w, lower case, is a plural noun for people
// acting as a group: agentPlural's "leaders", "soldiers", "militants", or
// "troops", "forces", "officials" and the like.
func peoplePlural(w string) bool {
	switch w {
	case "troops", "forces", "officials", "diplomats", "authorities", "rebels", "marines", "delegates", "envoys", "aides", "allies":
		return true
	}
	return agentPlural(w)
}

// namesThenVerb reports whether toks from k hold two or more names
// joined by commas and "and", then (after a comma) a finite verb: "Tom Wu
// and Ann Lee stepped down", "Tom Wu, Ann Lee, and Joe Ng, signed".
func namesThenVerb(toks []Token, k int) bool {
	and := false
	for ; k < len(toks); k++ {
		switch t := toks[k]; {
		case t.Tag == "NNP" || t.Tag == "NNPS":
		case t.Tag == "CC" && t.Lower() == "and":
			and = true
		case t.Text == ",":
			if and && k+1 < len(toks) && isFinite(toks[k+1].Tag) {
				return true
			}
		default:
			return and && isFinite(t.Tag) && toks[k-1].Tag != "CC"
		}
	}
	return false
}

// finiteInClause reports whether a finite verb stands at or after token k
// before the clause ends at a comma, a colon or the sentence's end.
func finiteInClause(toks []Token, k int) bool {
	for ; k < len(toks); k++ {
		switch tag := toks[k].Tag; {
		case tag == "," || tag == ":" || tag == ".":
			return false
		case isFinite(tag):
			return true
		}
	}
	return false
}

// pronounOpensClause reports whether token j, an adverb, follows "I",
// "we", "you" or "they" at the start of the sentence, of a quotation or of
// a clause after a comma, colon or conjunction: "I really", "said: \"We
// truly".
func pronounOpensClause(toks []Token, j int) bool {
	if j < 1 || toks[j-1].Tag != "PRP" {
		return false
	}
	switch toks[j-1].Lower() {
	case "i", "we", "you", "they":
	default:
		return false
	}
	if j == 1 {
		return true
	}
	switch toks[j-2].Tag {
	case "``", ",", ":", "CC":
		return true
	}
	return false
}

// adverbAfterSubject reports whether token i follows an adverb that follows
// a noun or a pronoun ("The police later released", "They also credit").
func adverbAfterSubject(toks []Token, i int) bool {
	return i > 1 && toks[i-1].Tag == "RB" && (isNoun(toks[i-2].Tag) || toks[i-2].Tag == "PRP")
}

// sVerbForm reports whether w could be a verb's third person singular: a
// lower-case word in -s, not in -ss, -us or -is.
func sVerbForm(w string) bool {
	return len(w) >= 4 && !isCapitalized(w) && strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "selves") &&
		!strings.ContainsAny(w, "-'")
}

// clauseSubject reports whether the tokens before i, back to the start of
// their clause, are one noun phrase, with prepositional phrases after its
// nouns ("the study in question"), that no preposition opens: the phrase
// is the clause's subject, not an object. A clause starts the sentence,
// or follows a relative word, "that", a subordinating conjunction
// ("because bone adapts", "how the workforce changes"), or a comma or colon with no finite
// verb before it ("As an example, research shows"); after a conjunction
// the phrase is more often the second of two nouns ("education and health
// services").
//
// A noun before a determiner or adjective starts another phrase, and a
// past tense the model took for a noun is the verb ("Libertarians
// share/NN many policy positions", "Fillmore taught/NN classes"): then
// the phrase is not a subject.
func clauseSubject(toks []Token, i int) bool {
	modifier := false
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		switch {
		case isNoun(t.Tag):
			if modifier || ghtPast(t.Lower()) || rarePast(t.Lower()) || irregularPast(t.Lower()) {
				return false
			}
		case t.Tag == "DT", t.Tag == "CD", t.Tag == "PRP$", strings.HasPrefix(t.Tag, "JJ"):
			modifier = true
		case t.Tag == "POS":
			modifier = false
		case t.Tag == "IN" && !strings.EqualFold(t.Text, "that") && !subordinator(t.Lower()):
			if k == 0 || !isNoun(toks[k-1].Tag) {
				return false
			}
			modifier = false
		case t.Tag == "WDT", t.Tag == "WP", t.Tag == "WRB", t.Tag == "IN" && (subordinator(t.Lower()) || t.Lower() == "that"):
			return k+1 < i && toks[k+1].Tag != "IN"
		case t.Tag == "IN":
			return false
		case t.Tag == ",", t.Tag == ":":
			return k+1 < i && toks[k+1].Tag != "IN" && !finiteAfter(toks[:k], 0)
		default:
			return false
		}
	}
	return toks[0].Tag != "IN"
}

// clauseVerbAhead reports whether a verb follows token i in its clause: a
// finite verb before a complementizer, relative word, pronoun or a
// conjunction that a verb, pronoun or adverb follows, or a relative word
// before any comma (commas do not end the clause: "Wine makers in France, such as Burgundy, have found"), or
// a participle or base form before the first comma ("the jobs record
// ended/VBN in").
func clauseVerbAhead(toks []Token, i int) bool {
	comma := false
	for k := i + 1; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.Tag == "WDT", t.Tag == "WP", t.Tag == "WRB":
			// A relative clause after a comma may sit inside the clause
			// ("lawyers for Menatep, a group through which ..., said").
			if !comma {
				return false
			}
		case t.Tag == "PRP", t.Tag == "IN" && strings.EqualFold(t.Text, "that"):
			return false
		case t.Tag == "CC":
			if k+1 < len(toks) {
				if n := toks[k+1].Tag; strings.HasPrefix(n, "VB") || n == "MD" || n == "PRP" || n == "RB" {
					return false
				}
			}
		case t.Tag == ",":
			comma = true
		case isFinite(t.Tag):
			return true
		case (t.Tag == "VBN" || t.Tag == "VB" && toks[k-1].Tag != "TO") && !comma:
			return true
		}
	}
	return false
}

// verbNextOrObject reports whether a token tagged next can follow a verb:
// verbNext's tags, a particle or a plural object.
func verbNextOrObject(next string) bool {
	return verbNext(next) || next == "RP" || next == "NNS"
}

// pluralSubject reports whether the tokens before i, past any adverbs, are
// the subject that opens the clause (see clauseSubject) and its head, the
// last noun of its first phrase, is plural ("Atoms of one element"), or
// two phrases joined by "and" (see coordinatedSubject), or a plural or
// first or second person pronoun.
func pluralSubject(toks []Token, i int) bool {
	j := i
	for j > 0 && toks[j-1].Tag == "RB" {
		j--
	}
	if j == 0 {
		return false
	}
	if toks[j-1].Tag == "PRP" {
		switch toks[j-1].Lower() {
		case "we", "they", "i", "you":
			return j == 1 || clauseStart(toks, j-2)
		}
		return false
	}
	if !clauseSubject(toks, j) {
		return coordinatedSubject(toks, j)
	}
	k := j - 1
	for k > 0 && clauseBody(toks[k-1]) {
		k--
	}
	for ; k < j; k++ {
		if isNoun(toks[k].Tag) && (k+1 == j || !isNoun(toks[k+1].Tag)) {
			return toks[k].Tag == "NNS" || toks[k].Tag == "NNPS"
		}
	}
	return false
}

// clauseBody reports whether t may stand inside the subject that
// clauseSubject accepts.
func clauseBody(t Token) bool {
	switch {
	case t.Tag == "DT", t.Tag == "CD", t.Tag == "POS", t.Tag == "PRP$", strings.HasPrefix(t.Tag, "JJ"), isNoun(t.Tag):
		return true
	case t.Tag == "IN":
		return !strings.EqualFold(t.Text, "that")
	}
	return false
}

// clauseStart reports whether token k ends what comes before a clause:
// a relative word, "that", or a comma or colon with no finite verb
// before it.
func clauseStart(toks []Token, k int) bool {
	switch t := toks[k]; {
	case t.Tag == "WDT", t.Tag == "WP", t.Tag == "IN" && strings.EqualFold(t.Text, "that"):
		return true
	case t.Tag == ",", t.Tag == ":":
		return !finiteAfter(toks[:k], 0)
	}
	return false
}

// subordinator reports whether w, tagged IN, is a conjunction that opens a
// clause, never a preposition.
func subordinator(w string) bool {
	switch w {
	case "because", "if", "when", "while", "although", "though", "whether", "unless", "whereas":
		return true
	}
	return false
}

// determinedSubject reports whether the noun phrase ending before token i
// opens with a determiner or a possessive ("the need", "our economy"):
// a whole phrase, whose verb may end the clause ("if the need arises.").
func determinedSubject(toks []Token, i int) bool {
	k := i - 1
	for k > 0 && clauseBody(toks[k-1]) {
		k--
	}
	return toks[k].Tag == "DT" || toks[k].Tag == "PRP$"
}

// coordinatedSubject reports whether the tokens before j are two noun
// phrases joined by "and" that open the clause, the second with a
// determiner, a possessive or a name ("The mayor and the governor"): a
// plural subject. Without one the second is more often a noun's modifier
// ("the health and education services").
func coordinatedSubject(toks []Token, j int) bool {
	k := j - 1
	for k >= 0 && clauseBody(toks[k]) {
		k--
	}
	if k < 1 || k+1 >= j || toks[k].Tag != "CC" || toks[k].Lower() != "and" {
		return false
	}
	switch toks[k+1].Tag {
	case "DT", "PRP$", "NNP", "NNPS":
		return clauseSubject(toks, k)
	}
	return false
}

// sentenceEnd reports whether w closes a sentence: a full stop, a question
// or an exclamation mark. A line that ends otherwise is a headline.
func sentenceEnd(w string) bool { return w == "." || w == "!" || w == "?" }

// headlineVerb returns 2 for a verb's -s form that headlines use after
// their subject and that is seldom a plural noun ("announces", "tells",
// "interviews"), 1 for one that is also a common plural noun ("issues",
// "signs", "calls": a verb after a name, "Iran issues"), and 0 otherwise.
// Forms that head plural subjects of headlines ("fires", "orders",
// "talks", "shares") are neither.
func headlineVerb(w string) int {
	switch w {
	case "announces", "delivers", "tells", "interviews", "sues", "kills", "injures", "urges", "warns", "unveils",
		"launches", "accuses", "rejects", "denies", "confirms", "appoints", "declares", "admits", "condemns",
		"endorses", "acquires", "discusses", "proposes", "vows", "says", "dies", "resigns", "collapses",
		"welcomes", "criticises", "criticizes", "nominates", "expels", "defeats", "approves", "threatens":
		return 2
	case "issues", "signs", "calls", "names", "wins", "sentences", "seeks", "bans", "blocks", "jails",
		"grants", "joins", "meets", "visits", "praises", "thanks", "invites", "elects", "buys", "sells", "promises":
		return 1
	}
	return 0
}

// whWords are the words that may take the wh-tags (WDT, WP, WP$, WRB).
var whWords = map[string]bool{
	"which": true, "whichever": true, "what": true, "whatever": true, "whatsoever": true, "who": true,
	"whoever": true, "whom": true, "whomever": true, "whose": true, "when": true, "whenever": true,
	"where": true, "wherever": true, "whereby": true, "wherein": true, "whereas": true, "why": true,
	"how": true, "however": true, "that": true, "whence": true, "whither": true,
}

// acronymAmongWords reports whether token i is written in capitals, two
// letters or more, and a word after it is not: an acronym ("WHO
// director-general Tedros said"), not a headline in capitals.
func acronymAmongWords(toks []Token, i int) bool {
	w := toks[i].Text
	if len(w) < 2 || strings.ToUpper(w) != w {
		return false
	}
	for _, t := range toks[i+1:] {
		if strings.ToUpper(t.Text) != t.Text {
			return true
		}
	}
	return false
}

// titleSingular returns the singular of the plural office noun w, in
// lower case ("attorneys", "secretaries"); w itself when it is singular.
func titleSingular(w string) string {
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		return stem + "y" // "secretaries"
	}
	return strings.TrimSuffix(w, "s")
}

// generalTitle reports whether w, in lower case, is an office written
// with "-general" ("secretary-general", "director-general",
// "attorney-general", "governor-general") or "-in-chief"
// ("commander-in-chief", "editor-in-chief").
func generalTitle(w string) bool {
	if head, ok := strings.CutSuffix(w, "-in-chief"); ok {
		return head == "commander" || head == "editor"
	}
	head, ok := strings.CutSuffix(w, "-general")
	switch head {
	case "secretary", "director", "attorney", "governor", "inspector", "auditor", "surgeon", "solicitor",
		"consul", "postmaster", "comptroller", "procurator", "prosecutor", "commissioner", "registrar":
		return ok
	}
	return false
}

// newlyAdverb reports whether w, a lower-case word, says that a
// participle after it has just come about: "newly", "then-newly",
// "democratically" (elected), "freshly". ("recently" is left out: "the
// party recently appointed Tom Wu" has its verb after it.)
func newlyAdverb(w string) bool {
	switch w {
	case "newly", "then-newly", "democratically", "freshly":
		return true
	}
	return false
}

// auxiliaryWord reports whether w, a lower-case word, is a form of "be",
// "have" or "get", which make a participle after an adverb a verb:
// "was newly elected", "has recently appointed", "got newly elected".
func auxiliaryWord(w string) bool {
	switch w {
	case "be", "is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m",
		"have", "has", "had", "having", "'ve", "'d", "get", "gets", "got", "gotten", "getting":
		return true
	}
	return false
}

// A retagger carries a sentence through correct's second pass: its tokens,
// whether it has a finite verb yet, and whether it is a headline.
type retagger struct {
	toks     []Token
	finite   bool
	headline bool
	tagger   *tagger // nil: no rule asks the model
}

// retag corrects token i. The rules that read the token's text come
// first, then the rules of its tag in the order they were written: the
// first rule that holds wins. Dispatching on the tag spares each token the
// tests of the rules of other tags (7% of extraction's instructions). A
// rule that tests a tag goes into that tag's function, in its place; the
// headline rule, which tests no tag, is in every function whose tag it
// admits.
func (r *retagger) retag(i int) {
	toks, t := r.toks, &r.toks[i]
	prev, next, prevText := "", "", ""
	if i > 0 {
		prev, prevText = toks[i-1].Tag, toks[i-1].Lower()
	}
	if i+1 < len(toks) {
		next = toks[i+1].Tag
	}
	switch {
	case t.Text == `"` || t.Text == "``" || t.Text == "''":
		// Tagged above.
	case t.Text == "'" && t.Tag == "POS" && (next == "''" || next == "," || next == "." || i+1 < len(toks) && toks[i+1].Text == `"`):
		// A closing single quote, not a possessive.
		t.Tag = "''"
	// "Valéry Giscard d'Estaing/VBZ met": a name's elided particle
	// before a capital ("d'Estaing", "d'Arc", "Côte d'Ivoire") is the
	// name's, no verb.
	case elidedParticle(t.Text):
		t.Tag = "NNP"
	// "will next/VB visit/NN Russia": after a modal, "next" says when,
	// and the verb follows it ([retagger.verbAfterModal] retags a noun);
	// "will next week/NN visit" keeps its time noun, which no object or
	// preposition follows.
	case prev == "MD" && t.Tag == "VB" && t.Lower() == "next" && i+1 < len(toks) &&
		(toks[i+1].Tag != "NN" || i+2 < len(toks) && verbNext(toks[i+2].Tag)):
		t.Tag = "RB"
	// "links to al/VB Qaeda", "said al/VBP Shabaab", "Dar es/VBZ
	// Salaam's police": the Arabic article in lower case before a
	// capital opens or joins the name, no verb.
	case strings.HasPrefix(t.Tag, "VB") && (t.Text == "al" || t.Text == "el" || t.Text == "es") && i+1 < len(toks) && isCapitalized(toks[i+1].Text):
		t.Tag = "NNP"
	// "arrested defeated presidential hopeful/JJ Tom Wu": after a
	// modifier, before a name, "hopeful" is the candidate who titles it.
	case t.Tag == "JJ" && t.Lower() == "hopeful" && i > 0 && i+1 < len(toks) && toks[i+1].Tag == "NNP" && (prev == "JJ" || prev == "NN" || prev == "NNP"):
		t.Tag = "NN"
	// "Police arrested ousted/VBD prime minister Tom Wu", "arrested
	// defeated/VBN presidential hopeful Tom Wu": a past form right after
	// a finite verb, before the title of a name or a headline's last
	// noun ("Police arrest defeated presidential hopeful"), describes
	// the verb's object.
	case (t.Tag == "VBD" || t.Tag == "VBN") && strings.HasSuffix(t.Lower(), "ed") && i > 0 && (prev == "VBD" || prev == "VBZ" || prev == "VBP") &&
		!auxiliaryWord(prevText) && (titledName(toks, i+1) || r.headline && titleToEnd(toks, i+1)):
		finite := t.Tag == "VBD"
		t.Tag = "JJ"
		if finite {
			r.finite = anyFinite(toks)
		}
	// "Ola Berg extended the city lockdown/VBD to May 1", "the measles
	// outbreak/VBZ that": a noun that English never uses as a verb is
	// the phrase's head, whatever the tagger read.
	case strings.HasPrefix(t.Tag, "VB") && nounsOnly[t.Lower()] != "":
		finite := isFinite(t.Tag)
		t.Tag = nounsOnly[t.Lower()]
		if finite {
			r.finite = anyFinite(toks)
		}
	// "US think/VBP tank Halvik Council": the noun compound.
	case i+1 < len(toks) && (toks[i+1].Lower() == "tank" || toks[i+1].Lower() == "tanks") && strings.EqualFold(t.Text, "think") &&
		(prev != "PRP" || toks[i-1].Text == "US") && prev != "MD" && prev != "TO":
		t.Tag = "NN"
	// "a comedy, opposite/JJ Rock Hudson": before a name or a
	// determiner, "opposite" is the preposition of a co-star or a
	// rival ("the opposite view" keeps the adjective).
	case t.Tag == "JJ" && strings.EqualFold(t.Text, "opposite") && (next == "NNP" || next == "NNPS" || next == "DT" || next == "PRP" || next == "PRP$"):
		t.Tag = "IN"
	// "researcher and study/VB co-author Ann Lee": a work's noun
	// before "author" or "leader" is the compound's noun.
	// After a subject it stays the verb ("They study authors").
	case strings.HasPrefix(t.Tag, "VB") && workNouns[t.Lower()] && i+1 < len(toks) && authorNouns[toks[i+1].Lower()] &&
		(i == 0 || prev == "CC" || prev == "DT" || prev == "JJ" || prev == "IN" || prev == "PRP$" || prev == "POS" || prev == "VBD" || prev == "VBZ" || prev == "," || prev == "``"):
		t.Tag = "NN"
	// "Atlanta police shot/RB Rayshard Brooks", "a gunman shot/NN
	// shoppers", "was then shot/NN.": "shot" after its subject, before
	// its object or "down", is the past tense; after a form of "be",
	// the participle. After a determiner or an adjective it stays the
	// noun ("a parting shot at", "the best shot to"); a headline's is
	// left alone ("Four teenagers shot at mall": they were shot).
	case t.Tag != "VBD" && t.Tag != "VBN" && !r.headline && t.Lower() == "shot" && shotVerb(toks, i):
		if beBefore(toks, i) {
			t.Tag = "VBN"
		} else {
			t.Tag = "VBD"
			r.finite = true
		}
	// "Norway/RB attacked Sweden": a capitalised word in -way opening
	// the sentence is a name, unless it is an adverb in -way.
	case t.Tag == "RB" && i == 0 && isCapitalized(t.Text) && strings.HasSuffix(t.Text, "way") && !wayAdverb(strings.ToLower(t.Text)):
		t.Tag = "NNP"
	// "Emily/RB Spanton met officers": a given name in -ly opening the
	// sentence before a name is the name's first word, no adverb; before
	// a comma or a finite verb it is the name alone ("Kelly/RB, the
	// mayor's aide, and Tom Wu were fined", "Kelly said").
	case t.Tag == "RB" && i == 0 && lyGiven[t.Text] && (next == "NNP" || next == "NNPS" || next == "," || next == "VBD" || next == "VBZ" || next == "MD"):
		t.Tag = "NNP"
	// "as Chelsea beat/NN Arsenal", "as his side beat/NN Arsenal": "beat"
	// between a subject (a name, a pronoun or a word for a team) and an
	// object is the verb.
	case t.Tag == "NN" && strings.EqualFold(t.Text, "beat") && i > 0 && (prev == "NNP" || prev == "NNPS" || prev == "NNS" || prev == "PRP" || prev == "NN" && sideNouns[prevText]) &&
		(next == "NNP" || next == "DT" || next == "PRP" || next == "PRP$"):
		t.Tag = "VBD"
	// "Caloundra defeat/NN Maroochydore in third round": a verb of
	// winning in its bare form between two names, in a sentence with
	// no r.finite verb, is the verb of a sports headline, whose side is
	// plural.
	case t.Tag == "NN" && !r.finite && winVerbs[t.Lower()] && i > 0 && (prev == "NNP" || prev == "NNPS") && (next == "NNP" || next == "NNPS"):
		t.Tag = "VBP"
	// "On Monday, Danish daily/RB newspaper Vestposten": a word of
	// how often before a noun is the noun's adjective, no adverb.
	case t.Tag == "RB" && periodAdjectives[t.Lower()] && (next == "NN" || next == "NNS"):
		t.Tag = "JJ"
	// "lost 2-1/JJ to Denmark": a score is a number.
	case t.Tag != "CD" && score(t.Text):
		t.Tag = "CD"
	// "A. Rama Krishna": an initial is part of a name.
	case len(t.Text) == 2 && t.Text[1] == '.' && isCapitalized(t.Text):
		t.Tag = "NNP"
	default:
		switch t.Tag {
		case "NN":
			r.retagNN(t, i, prev, next, prevText)
		case "NNS":
			r.retagNNS(t, i, prev, next, prevText)
		case "NNP", "NNPS":
			r.retagNNP(t, i, prev, next, prevText)
		case "JJ":
			r.retagJJ(t, i, prev, next, prevText)
		case "VB":
			r.retagVB(t, i, prev, next, prevText)
		case "VBD":
			r.retagVBD(t, i, prev, next, prevText)
		case "VBN":
			r.retagVBN(t, i, prev, next, prevText)
		case "VBG":
			r.retagVBG(t, i, prev, next, prevText)
		case "VBP":
			r.retagVBP(t, i, prev, next, prevText)
		case "VBZ":
			r.retagVBZ(t, i, prev, next, prevText)
		case "IN":
			r.retagIN(t, i, prev, next, prevText)
		case "PRP":
			r.retagPRP(t, i, prev, next, prevText)
		case "PRP$":
			r.retagPRPS(t, i, prev, next, prevText)
		default:
			if r.headline && r.isHeadlineVerb(t, i, prev, next) {
				r.makeHeadlineVerb(i, next)
			}
		}
	}
}

// isHeadlineVerb reports whether token t, at i, is a headline's verb.
// "U.S. House issues/NNS subpoena/VBP to", "Carrie Lam
// delivers/NNS speech/VBP", "Astronomer tells/NNS Wikinews/VBZ": in
// a headline (no final stop), a verb's -s form that headlines use
// after their subject ([headlineVerb]), with no verb before it in
// its clause, is the verb: after any noun for a form that is
// seldom a plural noun, after a name of two words or more for one
// that is often one ("Security issues plague ..." opens with a
// capitalised noun). A word after it read as a present-tense verb
// is its object's noun, or the name of the one told: two finite
// verbs do not follow each other.
func (r *retagger) isHeadlineVerb(t *Token, i int, prev, next string) bool {
	toks, headline := r.toks, r.headline
	return headline && i > 0 && (!strings.HasPrefix(t.Tag, "VB") || t.Tag == "VBZ" && (next == "VBZ" || next == "VBP" || next == "VB")) && !isCapitalized(t.Text) && !finiteBefore(toks, i) &&
		(headlineVerb(t.Lower()) == 2 && (isNoun(prev) || prev == "CD") || headlineVerb(t.Lower()) == 1 && (prev == "NNP" || prev == "NNPS") && i > 1 && strings.HasPrefix(toks[i-2].Tag, "NNP") ||
			headlineBaseVerb(t.Lower()) && (prev == "NNS" || prev == "NNPS" || toks[i-1].Lower() == "police" || i == 1 && strings.HasSuffix(toks[0].Text, "s")) && i+1 < len(toks) && next != "IN" && next != "TO" ||
			headlinePairVerb(t.Lower()) && namePairBefore(toks, i) && i+1 < len(toks) && next != "IN" && next != "TO")
}

// headlinePairVerb reports whether w is the base form of a verb that two
// actors do together, which headlines use after a pair of names ("Kenya
// and Djibouti sign/NN trade/VBP agreements", "Norway and Chile ink
// deal"), where the tagger, seeing no verb's ending, reads it as a noun.
func headlinePairVerb(w string) bool {
	switch w {
	case "sign", "ink", "meet", "discuss", "hold", "seal", "renew", "restore", "forge", "resume":
		return true
	}
	return false
}

// namePairBefore reports whether a pair of names joined by "and" or "&"
// ends right before token i, which opens its clause: "Kenya and Djibouti
// sign", "Ann Lee and Tom Wu meet".
func namePairBefore(toks []Token, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].Tag == "NNP" {
		j--
	}
	if j == i-1 || j < 1 || toks[j].Tag != "CC" || toks[j].Lower() != "and" && toks[j].Text != "&" || !strings.HasPrefix(toks[j-1].Tag, "NNP") {
		return false
	}
	k := j - 1
	for k >= 0 && strings.HasPrefix(toks[k].Tag, "NNP") {
		k--
	}
	return k < 0
}

// headlineBaseVerb reports whether w is the base form of a verb of an act
// on an actor that headlines use after a plural subject ("Police
// arrest/RB former president", "Rebels free/JJ hostages"), where the
// tagger, seeing no verb's ending, reads it as a noun, an adjective or an
// adverb.
func headlineBaseVerb(w string) bool {
	switch w {
	case "arrest", "detain", "raid", "seize", "kill", "free", "release", "charge", "sue", "ban", "jail", "expel",
		"sack", "suspend", "accuse", "condemn", "storm", "capture", "attack", "target", "kidnap", "abduct":
		return true
	}
	return false
}

// verbLikePlural reports whether t, tagged as a plural noun, may be a
// verb's -s form: no plural of people ([agentPlural]) and no noun that
// is never a verb.
func verbLikePlural(t *Token) bool {
	return t.Tag == "NNS" && sVerbForm(t.Text) && !agentPlural(t.Lower()) && nounsOnly[t.Lower()] == ""
}

// headlinePlacedVerb makes the verb of a headline that the rules before
// it left without one, or with the tagger's misreading of its verb as a
// plural noun and of its object as the verb: a plural-looking word
// ([verbLikePlural]) right after the subject's noun phrase
// ([headlineSubject]), with no verb before it in its clause, where the
// tagger's model does not read the sentence far better as tagged
// ([retagger.verbMargin]), and
//
//   - before a word read as a present-tense verb that is no -s form:
//     "Saudi journalist demands/NNS justice/VBP at UN" has the verb first
//     and its object after it ("Student protests continue in Oslo" is
//     read far better as tagged; "Security issues plague Halvik Bank",
//     whose second verb has an object, keeps its tags); or
//   - in a headline with no finite verb, before its object (a name, a
//     determiner, a number) or, after a subject of two words or more,
//     before a preposition: "Tropical Depression Three approaches/NNS
//     Florida", "Water main bursts/NNS in Halden" ("Norway election
//     results", a plural that ends the headline, stays a noun).
func (r *retagger) headlinePlacedVerb() {
	toks := r.toks
	if !r.headline || r.tagger == nil {
		return
	}
	verbless := !anyFinite(toks)
	for i := 1; i < len(toks); i++ {
		if t := &toks[i]; !verbLikePlural(t) || finiteBefore(toks, i) || !headlineSubject(toks, i) {
			continue
		}
		next, nextLower := "", ""
		if i+1 < len(toks) {
			next, nextLower = toks[i+1].Tag, toks[i+1].Lower()
		}
		switch {
		case (next == "VBP" || next == "VB") && nextLower == toks[i+1].Text && !strings.HasSuffix(nextLower, "s") && !objectOpens(toks, i+2):
			if r.verbMargin(i, i+1) > -10 {
				r.makeHeadlineVerb(i, next)
				return
			}
		case !verbless:
		case next == "NNP" || next == "NNPS" || next == "DT" || next == "PRP$" || next == "PRP" || next == "CD":
			if r.verbMargin(i, -1) > -20 {
				r.makeHeadlineVerb(i, next)
				return
			}
		case i >= 2 && (next == "IN" || next == "TO"):
			if r.verbMargin(i, -1) > -25 {
				r.makeHeadlineVerb(i, next)
				return
			}
		}
	}
}

// objectOpens reports whether token j opens a noun phrase that a verb
// before it would take as its object: a name, a determiner, a pronoun or
// a number.
func objectOpens(toks []Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch toks[j].Tag {
	case "NNP", "NNPS", "DT", "PRP", "PRP$", "CD":
		return true
	}
	return false
}

// headlineSubject reports whether the tokens before i, from the start of
// their clause, are a subject of a verb's -s form: one noun phrase, with
// phrases of "of" or of a participle after its head ("Bus carrying
// children", "Fiancée of murdered Saudi journalist"), whose head is no
// plural ("Iraqi forces arrest") and no nationality's adjective, and that
// ends in a noun, a name, a year ("Storm Three of 2019") or an adjective
// after a noun, where the tagger read the head noun as one ("Water
// main/JJ").
func headlineSubject(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 {
		if tag := toks[k].Tag; tag == "," || tag == ":" || tag == "CC" || strings.HasPrefix(tag, "W") ||
			tag == "IN" && (subordinator(toks[k].Lower()) || toks[k].Lower() == "as" || toks[k].Lower() == "after") {
			break
		}
		k--
	}
	phrase := func(tag string) bool {
		return isNoun(tag) || tag == "JJ" || tag == "CD" || tag == "DT" || tag == "POS" || tag == "PRP$"
	}
	head := -1
	j := k + 1
	for j < i && phrase(toks[j].Tag) {
		head = j
		j++
	}
	if head < 0 || toks[head].Tag == "NNS" || toks[head].Tag == "NNPS" || demonymLike(toks[head].Text) {
		return false
	}
	if j < i && (toks[j].Lower() == "of" || toks[j].Tag == "VBG") {
		for j++; j < i && (phrase(toks[j].Tag) || toks[j].Tag == "VBN"); j++ {
		}
	}
	if j != i {
		return false
	}
	switch p := toks[i-1]; p.Tag {
	case "NN", "NNP", "NNPS":
		return true
	case "CD":
		return isYear(p.Text) && len(p.Text) == 4
	case "JJ":
		return i > 1 && isNoun(toks[i-2].Tag)
	case "NNS":
		return i-1 > head
	}
	return false
}

// demonymLike reports whether w, capitalised, ends as the adjectives of
// nations do ("Iraqi", "Norwegian", "Chinese", "British").
func demonymLike(w string) bool {
	if !isCapitalized(w) {
		return false
	}
	for _, suf := range []string{"i", "ian", "ean", "ese", "ish"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// verbMargin returns how much higher the tagger's model scores the
// sentence read with token i as a verb's -s form (and token noun, if
// after i, as a noun) than read with the tags it has now: above 0 when
// the model, reading the whole sentence, likes the verb better.
func (r *retagger) verbMargin(i, noun int) float32 {
	n := len(r.toks)
	buf := make([]string, 4*n)
	words, lower, tags, alt := buf[:n], buf[n:2*n], buf[2*n:3*n], buf[3*n:]
	for k := range r.toks {
		words[k], lower[k], tags[k] = r.toks[k].Text, r.toks[k].Lower(), r.toks[k].Tag
	}
	asDigits(words, lower)
	copy(alt, tags)
	alt[i] = "VBZ"
	if noun > i {
		alt[noun] = "NN"
	}
	return r.tagger.readingScore(words, lower, alt) - r.tagger.readingScore(words, lower, tags)
}

// makeHeadlineVerb makes token i the headline's verb, and a word after it
// read as a verb its object's noun or the name of the one told.
func (r *retagger) makeHeadlineVerb(i int, next string) {
	toks, t := r.toks, &r.toks[i]
	t.Tag = "VBZ"
	if headlineBaseVerb(t.Lower()) || headlinePairVerb(t.Lower()) {
		t.Tag = "VBP" // "Police arrest former president", "Norway and Chile sign deal"
	}
	if i+1 < len(toks) && (next == "VBP" || next == "VB" || next == "VBZ") {
		n := &toks[i+1]
		switch {
		case isCapitalized(n.Text):
			n.Tag = "NNP"
		case strings.HasSuffix(n.Text, "s") && !strings.HasSuffix(n.Text, "ss"):
			n.Tag = "NNS"
		default:
			n.Tag = "NN"
		}
	}
	r.finite = true
}

// infinitiveBefore reports whether "to" and a base-form verb stand before
// token i: a headline's "Tesco to sell its Polish branch to Halvik" has
// its verb in the infinitive, and the noun after it is its object's.
func infinitiveBefore(toks []Token, i int) bool {
	for k := 0; k+1 < i; k++ {
		if toks[k].Tag == "TO" && toks[k+1].Tag == "VB" {
			return true
		}
	}
	return false
}

// retagNN corrects a common noun that no rule of its text changed.
func (r *retagger) retagNN(t *Token, i int, prev, next, prevText string) {
	toks := r.toks
	switch {
	case r.nounPreposition(t, i, prev, next, prevText):
		t.Tag = "IN"
	case r.headline && r.isHeadlineVerb(t, i, prev, next):
		r.makeHeadlineVerb(i, next)
	case r.edPastAfterSubject(t, i, prev, next, prevText):
		t.Tag = "VBD"
		r.finite = true
	case r.irregularPastAfterSubject(t, i, prev, next, prevText):
		t.Tag = "VBD"
		r.finite = true
	// "Ammanford A.F.C. play/NN in the league": in a clause without a
	// verb, a base-form noun after a name or plural subject, before a
	// preposition or an object, is the verb.
	case t.Tag == "NN" && !r.finite && i > 0 && (prev == "NNP" || prev == "NNPS" || prev == "NNS" || prev == "PRP") && !isCapitalized(t.Text) &&
		!strings.HasSuffix(t.Text, "s") && (next == "IN" || next == "DT" || next == "PRP$" || next == "TO") && !inOpeningPhrase(toks, i) &&
		!infinitiveBefore(toks, i):
		t.Tag = "VBP"
		r.finite = true
	case r.verbBeforeObjectPronoun(t, i, prev, next, prevText):
		t.Tag = "VBP"
		r.finite = true
	// "needed to share/NN missile data": after a verb that takes an
	// infinitive and "to", a noun before an object or a particle
	// ("refused to hand/NN over Tom Wu") is a verb.
	case t.Tag == "NN" && i > 1 && prev == "TO" && takesInfinitive(toks[i-2].Lower()) &&
		(isNoun(next) || next == "DT" || next == "PRP$" || next == "PRP" || next == "JJ" || i+1 < len(toks) && phrasalParticles[toks[i+1].Lower()]):
		t.Tag = "VB"
	case r.verbAfterModal(t, i, prev, next, prevText):
		t.Tag = "VB"
	// "Atoms of one element differ/NN in", "Findings of the inquiry
	// suggest/NN that", "Directors rarely pay/NN tax": a lower-case
	// noun after the plural noun phrase or pronoun opening its clause
	// (past adverbs), with no verb in the clause, is the present tense.
	// After two common nouns the verb may be the second ("explanations
	// of morality reveal/NN something").
	case t.Tag == "NN" && i > 0 && !isCapitalized(t.Text) && !strings.HasSuffix(t.Text, "s") && !strings.ContainsAny(t.Text, "-'") &&
		(isNoun(prev) || prev == "PRP" || prev == "RB") && verbNextOrObject(next) && !(prev == "NN" && i > 1 && toks[i-2].Tag == "NN") &&
		!finiteBefore(toks, i) && !clauseVerbAhead(toks, i) && pluralSubject(toks, i):
		t.Tag = "VBP"
		r.finite = true
	// "Google let/NN Tom Wu join": "let" between a subject and an
	// object is the verb.
	case t.Tag == "NN" && strings.EqualFold(t.Text, "let") && i > 0 && (isNoun(prev) || prev == "PRP") && (next == "NNP" || next == "PRP" || next == "DT"):
		t.Tag = "VBD"
	case r.bareInfinitive(t, i, prev, next, prevText):
		t.Tag = "VB"
	}
}

// retagNNS corrects a plural noun that no rule of its text changed.
func (r *retagger) retagNNS(t *Token, i int, prev, next, prevText string) {
	toks := r.toks
	if nounsOnly[t.Lower()] != "" {
		return // "US presidents Ann Lee and Tom Wu": no verb's form
	}
	switch {
	case r.nounPreposition(t, i, prev, next, prevText):
		t.Tag = "IN"
	case r.tellsVerb(t, i, prev, next, prevText):
		r.makeTellsVerb(i, next)
	case r.headline && r.isHeadlineVerb(t, i, prev, next):
		r.makeHeadlineVerb(i, next)
	// "This often results/NNS in", "G-7 consists/NNS of", "the
	// deployment of these forces marks/NNS a first step": a plural
	// noun after the subject and before an object is a present-tense
	// verb when the clause has no verb yet.
	case t.Tag == "NNS" && i > 0 && !finiteBefore(toks, i) && verbNext(next) &&
		(prev == "RB" && i > 1 && (isNoun(toks[i-2].Tag) || toks[i-2].Tag == "DT") ||
			prev == "PRP" || prev == "NNP" && bareName(toks, i-1) ||
			isNoun(prev) && (!r.finite && next != "IN" || next == "DT" || next == "PRP$" || next == "``")) &&
		strings.HasSuffix(t.Text, "s") && !isCapitalized(t.Text) && !(next == "JJ" && agentPlural(t.Lower())):
		t.Tag = "VBZ"
	case r.verbBeforeObjectPronoun(t, i, prev, next, prevText):
		t.Tag = "VBZ"
		r.finite = true
	case r.verbAfterModal(t, i, prev, next, prevText):
		t.Tag = "VB"
	// "the risk of global escalation intensifies/NNS.": a plural-looking
	// word ending the sentence after a noun, in a clause without a
	// verb, is the verb.
	case t.Tag == "NNS" && i > 1 && isNoun(prev) && next == "." && i+2 == len(toks) && !finiteBefore(toks, i) && strings.HasSuffix(t.Text, "es") &&
		hasNounChunk(toks, i-1):
		t.Tag = "VBZ"
	// "the party, which Norway supports/NNS.": a plural-looking word
	// ending a relative clause that has no verb yet is its verb.
	case t.Tag == "NNS" && (next == "." || next == ",") && i > 1 && isNoun(prev) && relativeWithoutVerb(toks, i):
		t.Tag = "VBZ"
	// "The study focuses/NNS on", "Realism regards/NNS beauty as",
	// "emotional intelligence affects/NNS success": a plural-looking
	// word right after a singular noun that ends the noun phrase
	// opening its clause, with no verb in the clause before or after
	// it, is the subject's present-tense verb.
	case t.Tag == "NNS" && i > 0 && (prev == "NN" || prev == "NNP") && sVerbForm(t.Text) && i+1 < len(toks) &&
		(verbNextOrObject(next) || next == "NN" || (next == "." || next == ",") && determinedSubject(toks, i)) &&
		!finiteBefore(toks, i) && !clauseVerbAhead(toks, i) && clauseSubject(toks, i):
		t.Tag = "VBZ"
		r.finite = true
	}
}

// retagNNP corrects a proper noun that no rule of its text changed.
func (r *retagger) retagNNP(t *Token, i int, prev, next, prevText string) {
	switch {
	// "advised Her/NNP Majesty the Queen": a possessive before a style
	// of royalty or of a pope is no name.
	case (t.Text == "Her" || t.Text == "His" || t.Text == "Their" || t.Text == "Your") && i+1 < len(r.toks) && royalStyles[r.toks[i+1].Text]:
		t.Tag = "PRP$"
	case r.nounPreposition(t, i, prev, next, prevText):
		t.Tag = "IN"
	case r.headline && r.isHeadlineVerb(t, i, prev, next):
		r.makeHeadlineVerb(i, next)
	case r.verbAfterModal(t, i, prev, next, prevText):
		t.Tag = "VB"
	}
}

// royalStyles are the styles of royalty, popes and envoys that a
// possessive opens: "Her Majesty", "His Royal Highness", "His Holiness".
var royalStyles = map[string]bool{"Majesty": true, "Majesty's": true, "Royal": true, "Highness": true, "Holiness": true, "Excellency": true}

// retagJJ corrects an adjective that no rule of its text changed.
func (r *retagger) retagJJ(t *Token, i int, prev, next, prevText string) {
	toks := r.toks
	switch {
	// "Globex vice-president/JJ Ann Lee", "its deputy-leader/JJ": a
	// deputy's word joined by a hyphen to the noun of an office is a
	// noun, the office's holder.
	case t.Tag == "JJ" && hyphenOffice(t.Lower()):
		t.Tag = "NN"
	// "British mathematician/JJ Richard Guy", "a physician/JJ": a word
	// in -ician names a person's trade, a noun ("musician",
	// "politician", "technician").
	case t.Tag == "JJ" && strings.HasSuffix(t.Lower(), "ician") && len(t.Text) > 7:
		t.Tag = "NN"
	// "a high-ranking general/JJ": an adjective closing a noun phrase
	// before punctuation or a preposition or at the end, after a
	// determiner or adjective, is the head noun; so is one after a
	// name ("the U.S. military/JJ attacked", "returns from Arafat
	// funeral/JJ"); an event noun is also one after a possessive
	// ("distract from Tom Wu's funeral/JJ", "at his memorial/JJ").
	case t.Tag == "JJ" && (prev == "JJ" || prev == "DT" || prev == "NNP" || prev == "NNPS" || (prev == "POS" || prev == "PRP$") && eventLike(t.Lower())) && (i+1 == len(toks) || closesPhrase(next)) && nounLike(t.Lower()):
		t.Tag = "NN"
	// "married a U.S. national/JJ whom she met", "a French national/JJ.":
	// "national" after a state's name or a nationality closes the
	// phrase as its head, a person; after "the" alone it stays the
	// adjective of "the national and local elections". So it does
	// before a participle's phrase ("a Turkish national now living in
	// Oslo", "a French national held by police").
	case t.Tag == "JJ" && t.Lower() == "national" && (prev == "NNP" || prev == "JJ") && isCapitalized(toks[i-1].Text) && i+1 < len(toks) &&
		(closesPhrase(next) || next == "WP" || participlePhrase(toks, i+1)):
		t.Tag = "NN"
	case r.headline && r.isHeadlineVerb(t, i, prev, next):
		r.makeHeadlineVerb(i, next)
	// "has overseen/JJ naval forces": after "have", a word with a
	// participle's ending is the participle, unless a noun follows
	// ("have well-established links").
	case t.Tag == "JJ" && (prevText == "has" || prevText == "have" || prevText == "had") &&
		(strings.HasSuffix(t.Text, "ed") || strings.HasSuffix(t.Text, "en")) && !isCapitalized(t.Text) &&
		!strings.Contains(t.Text, "-") && !isNoun(next):
		t.Tag = "VBN"
	// "Norwegian party withdraws/JJ nomination": a headline's
	// present tense after the subject, before an object, in a clause
	// without a verb, is the verb ("various", "less", "this" keep
	// their tags).
	case t.Tag == "JJ" && !r.finite && i > 0 && isNoun(prev) && len(t.Text) >= 5 && strings.HasSuffix(t.Text, "s") &&
		!strings.HasSuffix(t.Text, "ss") && !strings.HasSuffix(t.Text, "us") && !strings.HasSuffix(t.Text, "is") && t.Lower() != "overseas" && !isCapitalized(t.Text) &&
		(next == "NN" || next == "NNS" || next == "DT" || next == "PRP$" || next == "NNP"):
		t.Tag = "VBZ"
		r.finite = true
	case r.edPastAfterSubject(t, i, prev, next, prevText):
		t.Tag = "VBD"
		r.finite = true
	case r.irregularPastAfterSubject(t, i, prev, next, prevText):
		t.Tag = "VBD"
		r.finite = true
	// "Rockwell and NASA thus retroactively re-designated/JJ the MPTA",
	// "Norway fired/JJ shells": an -ed adjective before an object, in a
	// clause without a verb, is the past tense.
	case t.Tag == "JJ" && strings.HasSuffix(t.Text, "ed") && !r.finite && i > 0 && (prev == "RB" || prev == "NNP" || prev == "PRP") && (next == "DT" || next == "PRP$" || next == "NNS" && prev == "NNP") && !placedCompound(t.Text):
		t.Tag = "VBD"
		r.finite = true
	// "I really urge/JJ Tom Wu to step down", "we truly admire/JJ the
	// team": a lower-case adjective after an adverb after "I", "we",
	// "you" or "they" opening a clause (or a quotation), before an
	// object, is the present tense; no adjective takes an object so.
	case t.Tag == "JJ" && prev == "RB" && !isCapitalized(t.Text) && !strings.Contains(t.Text, "-") &&
		objectAt(toks, i+1) && pronounOpensClause(toks, i-1):
		t.Tag = "VBP"
		r.finite = true
	// "are therefore referred/JJ to as": an -ed adjective after a form
	// of "be", before a preposition, is a passive participle.
	case t.Tag == "JJ" && strings.HasSuffix(t.Text, "ed") && (next == "IN" || next == "TO") && beBefore(toks, i):
		t.Tag = "VBN"
	// "is first/JJ mentioned": an adjective between an auxiliary and a
	// participle is an adverb.
	case t.Tag == "JJ" && i > 0 && isFinite(prev) && next == "VBN":
		t.Tag = "RB"
	}
}

// hyphenOffice reports whether w is a deputy's word and the noun of an
// office joined by a hyphen ("vice-president", "deputy-leader",
// "co-chairman"); not an adjective made of them ("vice-presidential").
func hyphenOffice(w string) bool {
	deputy, office, ok := strings.Cut(w, "-")
	if !ok {
		return false
	}
	switch deputy {
	case "vice", "deputy", "co", "assistant", "associate":
	default:
		return false
	}
	switch office {
	case "president", "chairman", "chairwoman", "chair", "chairperson", "director", "leader", "minister", "premier",
		"governor", "chancellor", "mayor", "captain", "commander", "secretary", "editor", "manager", "speaker":
		return true
	}
	return false
}

// retagVB corrects a base-form verb that no rule of its text changed.
func (r *retagger) retagVB(t *Token, i int, prev, next, prevText string) {
	toks := r.toks
	switch {
	case r.nameAfterTo(t, i, prev, next, prevText):
		t.Tag = "NNP"
	case r.personCompoundVerb(t, i, prev, next, prevText):
		t.Tag = personCompound(t.Lower())
	// "The bills sold yesterday settle/VB today": a base-form verb after
	// a noun, with no modal or "to" before it and no r.finite verb, is a
	// present-tense verb.
	case t.Tag == "VB" && !r.finite && i > 0 && (isNoun(prev) || prev == "PRP") && prevText != "to":
		t.Tag = "VBP"
		r.finite = true
	// "was married to author/VB Tom Wu", "spoke to reporter/VB Ann
	// Lee", "married to talent/VB agent Bo Chan": after a verb that
	// takes no infinitive, "to" is a preposition, and a person's noun
	// between it and a name is the name's title, not a verb.
	case t.Tag == "VB" && i > 1 && (prev == "TO" || prev == "CC" && listedTitle(toks, i)) && titleBeforeName(toks, i):
		t.Tag = "NN"
		if next == "JJ" || next == "VB" {
			toks[i+1].Tag = "NN" // "talent agent/JJ Bo Chan"
		}
	// "in relation to direct/VB taxes": after a compound preposition,
	// "to" is a preposition and the word after it is not a verb.
	case t.Tag == "VB" && i > 1 && prev == "TO" && compoundTo(toks[i-2].Lower()):
		t.Tag = "JJ"
		if next != "NN" && next != "NNS" && next != "NNP" && next != "JJ" {
			t.Tag = "NN"
		}
	}
}

// retagVBD corrects a past tense that no rule of its text changed.
func (r *retagger) retagVBD(t *Token, i int, prev, next, prevText string) {
	toks := r.toks
	switch {
	// "a body, made/VBD up/IN of the Senate and the House": "made up
	// of" is always the passive participle of composition with its
	// particle, never a past tense (that takes an object: "made up a
	// story"), so a phrase set off by a comma reads as a reduced
	// relative of the noun before it.
	case t.Tag == "VBD" && t.Lower() == "made" && i+2 < len(toks) && toks[i+1].Lower() == "up" && toks[i+2].Lower() == "of":
		t.Tag, toks[i+1].Tag = "VBN", "RP"
	case r.nameAfterTo(t, i, prev, next, prevText):
		t.Tag = "NNP"
	case r.personCompoundVerb(t, i, prev, next, prevText):
		t.Tag = personCompound(t.Lower())
	case r.bareInfinitive(t, i, prev, next, prevText):
		t.Tag = "VB"
	// "the term cob, defined/VBD as a horse, is": a past form after a
	// noun and a comma, before "as" or "by", with a r.finite verb later,
	// is a participle.
	case t.Tag == "VBD" && prev == "," && i > 1 && isNoun(toks[i-2].Tag) && i+1 < len(toks) && (strings.EqualFold(toks[i+1].Text, "as") || strings.EqualFold(toks[i+1].Text, "by")) && finiteAfter(toks, i+1):
		t.Tag = "VBN"
	// "Soldiers wounded/VBD in the attack were taken": a past form
	// after a noun, followed by a prepositional phrase and then the
	// clause's verb, is a participle.
	case t.Tag == "VBD" && i > 0 && (prev == "NNS" || prev == "NN") && next == "IN" && !strings.EqualFold(toks[i+1].Text, "that") && verbAhead(toks, i+1):
		t.Tag = "VBN"
	}
}

// retagVBN corrects a participle that no rule of its text changed.
func (r *retagger) retagVBN(t *Token, i int, prev, next, prevText string) {
	toks, headline := r.toks, r.headline
	switch {
	// "met newly elected/VBN President Ann Lee", "a call between Tom Wu
	// and then-newly elected/VBN President Ann Lee": a participle after
	// "newly" and before a capitalised title or name, with no
	// auxiliary or subject before it, modifies the name; it is no
	// verb whose subject the clause's subject would be. "was newly
	// elected President" and "Norway newly appointed Ann Lee" keep
	// their verb.
	case t.Tag == "VBN" && i > 0 && i+1 < len(toks) && newlyAdverb(prevText) && (next == "NNP" || next == "NNPS") &&
		(i < 2 || !auxiliaryWord(toks[i-2].Lower()) && toks[i-2].Tag != "MD" && !strings.HasPrefix(toks[i-2].Tag, "NN") && toks[i-2].Tag != "PRP"):
		t.Tag = "JJ"
	case r.nameAfterTo(t, i, prev, next, prevText):
		t.Tag = "NNP"
	case r.personCompoundVerb(t, i, prev, next, prevText):
		t.Tag = personCompound(t.Lower())
	// "Tom Wu, one of the founders, stated/VBN, "The station will
	// close."": a verb of saying after an apposition set off by
	// commas, before a comma or colon and an opening quotation mark,
	// with no r.finite verb before it, is the sentence's verb.
	case t.Tag == "VBN" && quotingVerbs[t.Lower()] && prevText == "," && i+2 < len(toks) &&
		(toks[i+1].Text == "," || toks[i+1].Text == ":") && toks[i+2].Tag == "``" && !anyFinite(toks[:i]):
		t.Tag = "VBD"
	// "NATO said its troops killed/VBN Tom Wu", "the army says rebel
	// fighters attacked/VBN the town": a participle after the noun
	// phrase that opens the clause a verb of saying reports, and before
	// an object, is that clause's past tense ("said troops killed in
	// the blast were Norwegian" keeps its participle).
	case t.Tag == "VBN" && isNoun(prev) && (next == "NNP" || next == "DT" || next == "PRP$" || next == "PRP" || next == "CD") &&
		reportedSubjectBefore(toks, i):
		t.Tag = "VBD"
	// "her grandmother required/VBN high standards", "Anna Berg, a
	// diplomat, arrived/VBN in Geneva", "The police later released/VBN
	// Wu", "Norway requested/VBN help from Sweden": a participle after a noun or a comma, or after an adverb
	// after a noun, with no r.finite verb anywhere, is the past tense.
	case t.Tag == "VBN" && !r.finite && i > 0 && (isNoun(prev) || prev == "PRP" || prev == "," || adverbAfterSubject(toks, i)) &&
		(objectNext(next) || next == "IN" || next == "TO" || next == "RP" || next == "NN" && !headline && !nowWord(toks[i+1].Lower())):
		t.Tag = "VBD"
		r.finite = true
	// "The rebels captured/VBN Tikrit, which the army had held": a
	// participle after the sentence's opening noun phrase and before
	// an object, with no r.finite verb in its stretch of clause, is the
	// past tense.
	case t.Tag == "VBN" && isNoun(prev) && openingPhrase(toks, i) && (next == "NNP" || next == "DT" || next == "PRP$" || next == "PRP" || next == "CD") &&
		!verbAhead(toks, i):
		t.Tag = "VBD"
		r.finite = true
	// "Tom Wu has alleged/VBN ties to the group": after a form of
	// "have", a participle of report before a plural noun of ties and
	// "to" or "with" is the adjective of the ties, which one has.
	case t.Tag == "VBN" && hedgeParticiples[t.Lower()] && haveForm(strings.ToLower(prevText)) && i+2 < len(toks) &&
		tieNouns[toks[i+1].Lower()] && (toks[i+2].Lower() == "to" || toks[i+2].Lower() == "with"):
		t.Tag = "JJ"
	// "well-established/VBN linkages": a hyphenated participle before a
	// noun is an adjective.
	case t.Tag == "VBN" && strings.Contains(t.Text, "-") && (next == "NN" || next == "NNS"):
		t.Tag = "JJ"
	}
}

// hedgeParticiples are the participles of report that may stand as an
// adjective before what one has: "has alleged ties to".
var hedgeParticiples = map[string]bool{
	"alleged": true, "reported": true, "suspected": true, "rumoured": true, "rumored": true, "purported": true,
}

// tieNouns are the plural nouns of ties between actors.
var tieNouns = map[string]bool{
	"ties": true, "links": true, "connections": true, "contacts": true, "relations": true,
}

// retagVBG corrects a form in -ing that no rule of its text changed.
func (r *retagger) retagVBG(t *Token, i int, prev, next, prevText string) {
	toks := r.toks
	switch {
	case r.nameAfterTo(t, i, prev, next, prevText):
		t.Tag = "NNP"
	case r.personCompoundVerb(t, i, prev, next, prevText):
		t.Tag = personCompound(t.Lower())
	// "The orange warning/VBG issued by Met Eireann applied to": a
	// form in -ing right after the determiner's noun or adjective and
	// right before a participle or past tense is the phrase's head
	// noun, not a verb of its own.
	case t.Tag == "VBG" && i > 1 && (prev == "NN" || prev == "JJ") && toks[i-2].Tag == "DT" && (next == "VBN" || next == "VBD"):
		t.Tag = "NN"
	// "a human being/VBG who", "the beginning/VBG of": a gerund after
	// a determiner or adjective, not followed by a noun, is a noun.
	case t.Tag == "VBG" && (prev == "DT" || prev == "PRP$" || prev == "JJ") && !isNoun(next) && !strings.HasPrefix(next, "JJ") && next != "DT":
		t.Tag = "NN"
	// "a failed car bombing/VBG against", "the suicide bombing/VBG in
	// Kabul": a violent act's noun in -ing after a noun phrase's
	// lower-case modifier and before a preposition or the end is the
	// phrase's head, the weapon or the means naming its kind.
	case t.Tag == "VBG" && actIng[t.Lower()] && prev == "NN" && i > 1 && isLowerWord(toks[i-1].Text) && determinedBefore(toks, i-1) &&
		(i+1 == len(toks) || next == "IN" || next == "." || next == ","):
		t.Tag = "NN"
	// "is more pressing/VBG than": a participle graded by more/most is
	// an adjective.
	case t.Tag == "VBG" && (prev == "RBR" || prev == "RBS"):
		t.Tag = "JJ"
	// "faces a growing/VBG threat", "is waging a widening/VBG
	// offensive/JJ against": a form in -ing between an article and a
	// lower-case noun modifies the noun; an adjective there before a
	// preposition or the end is the noun.
	case t.Tag == "VBG" && prev == "DT" && i > 0 && articles[toks[i-1].Lower()] && i+1 < len(toks) && isLowerWord(toks[i+1].Text):
		switch {
		case next == "NN" || next == "NNS":
			t.Tag = "JJ"
		case next == "JJ" && (i+2 == len(toks) || toks[i+2].Tag == "IN" || toks[i+2].Tag == "." || toks[i+2].Tag == ","):
			t.Tag, toks[i+1].Tag = "JJ", "NN"
		}
	}
}

// actIng are the violent acts named by a form in -ing that a noun may
// modify ("car bombing", "drive-by shooting", "knife stabbing").
var actIng = map[string]bool{
	"bombing": true, "bombings": true, "shooting": true, "shootings": true, "shelling": true, "stabbing": true, "stabbings": true,
}

// determinedBefore reports whether the noun at token k is the first noun
// of a phrase that a determiner opens, at most two adjectives or
// participles after it: "a car", "a failed car", "the deadly suicide".
func determinedBefore(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch t := toks[j].Tag; {
		case t == "DT":
			return true
		case t == "JJ" || t == "VBN":
		default:
			return false
		}
	}
	return false
}

// reportingVerbs are the finite verbs of saying and claiming whose object
// is a clause that may open with its subject at once ("said its troops
// killed").
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "claimed": true, "claims": true, "claim": true, "reported": true,
	"reports": true, "stated": true, "states": true, "announced": true, "announces": true, "confirmed": true,
	"confirms": true, "added": true, "adds": true, "alleged": true, "alleges": true,
}

// reportedSubjectBefore reports whether the tokens right before token k are
// a noun phrase of at most four words (a determiner, a possessive
// pronoun, adjectives, numbers and nouns, the last a noun) after a verb
// of saying ([reportingVerbs]), maybe with "that" between: the subject of
// the clause the verb reports.
func reportedSubjectBefore(toks []Token, k int) bool {
	j := k - 1
	for n := 0; j >= 0 && n < 4; n++ {
		switch t := toks[j].Tag; {
		case t == "DT" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN"):
			j--
			continue
		}
		break
	}
	if j < 0 || j == k-1 {
		return false
	}
	if toks[j].Lower() == "that" && j > 0 {
		j--
	}
	return reportingVerbs[toks[j].Lower()] && (strings.HasPrefix(toks[j].Tag, "VB") && toks[j].Tag != "VBN" && toks[j].Tag != "VBG")
}

// articles are the determiners that open a noun phrase and nothing else.
var articles = map[string]bool{"a": true, "an": true, "the": true}

// retagVBP corrects a present-tense verb that no rule of its text changed.
func (r *retagger) retagVBP(t *Token, i int, prev, next, prevText string) {
	toks := r.toks
	switch {
	case r.nameAfterTo(t, i, prev, next, prevText):
		t.Tag = "NNP"
	case r.personCompoundVerb(t, i, prev, next, prevText):
		t.Tag = personCompound(t.Lower())
	case r.bareInfinitive(t, i, prev, next, prevText):
		t.Tag = "VB"
	// "animal rights advocate/VBP Ann Lee died": a person's noun that
	// is also a verb, after a noun and before a name, titles the name;
	// a singular noun takes no such verb form, and after a plural one
	// the name is the subject of a finite verb of its own. So is it
	// after a club's or a body's name ("Kelso captain/VBP Tom Wu
	// said"), when a finite verb follows the name ("Kelso host Velby
	// today" keeps its verb).
	case roleVerbNouns[t.Lower()] && (next == "NNP" || next == "NNPS") && (prev == "NN" || (prev == "NNS" || prev == "NNP") && r.finiteAfterName(i+1)):
		t.Tag = "NN"
	// "Tom Wu, US sport/VBP columnist from ESPN, said": in an
	// apposition that a comma and a name open, a word before a
	// person's noun modifies it; a name takes no verb with a bare
	// person's noun after it.
	case i >= 2 && prev == "NNP" && toks[i-2].Text == "," && next == "NN" && !isCapitalized(t.Text) &&
		(personNoun(toks[i+1].Lower()) || personTitleNouns[toks[i+1].Lower()]):
		t.Tag = "NN"
	// "I truly/VBP admire/JJ Tom Wu": a word in -ly between a
	// pronoun opening its clause and an adjective before an object is
	// the adverb, and the adjective the verb (see retagJJ); the verbs
	// in -ly ("apply", "rely", "supply") are left alone.
	case i+2 < len(toks) && strings.HasSuffix(t.Text, "ly") && !lyVerbs[t.Lower()] && !isCapitalized(t.Text) && next == "JJ" &&
		pronounOpensClause(toks, i) && objectAt(toks, i+2):
		t.Tag = "RB"
		r.finite = anyFinite(toks)
	// "Police agents briefly/VBP detained/JJ opposition leader Tom Wu":
	// a word in -ly read as the verb, before a past form in -ed read as
	// an adjective and with no verb before it in its clause, is the
	// adverb, and the past form the verb, when an object follows it; the
	// verbs in -ly ("rely", "supply") are left alone.
	case i+2 < len(toks) && strings.HasSuffix(t.Text, "ly") && !lyVerbs[t.Lower()] && !isCapitalized(t.Text) &&
		(next == "JJ" || next == "VBN") && pastInEd(toks[i+1].Lower()) && !finiteBefore(toks, i) && pastObjectOpens(toks[i+2].Tag):
		t.Tag = "RB"
		toks[i+1].Tag = "VBD"
		r.finite = true
	// "Tom Wu and I disagreed/VBP": a present tense in -ed is the past
	// tense, but for those in -eed ("need", "proceed") and short ones
	// ("shed", "embed").
	case pastInEd(t.Lower()):
		t.Tag = "VBD"
	}
}

// pastObjectOpens reports whether a token tagged tag may open a verb's
// object: a noun, a name, a determiner, a pronoun, a number or an
// adjective.
func pastObjectOpens(tag string) bool {
	switch tag {
	case "NN", "NNS", "NNP", "NNPS", "DT", "PRP", "PRP$", "CD", "JJ":
		return true
	}
	return false
}

// lyVerbs are verbs that end in -ly as adverbs do.
var lyVerbs = map[string]bool{
	"apply": true, "reply": true, "rely": true, "supply": true, "comply": true, "imply": true, "multiply": true,
	"ally": true, "rally": true, "tally": true, "fly": true, "bully": true, "sully": true, "dally": true,
}

// objectAt reports whether token k opens a verb's object: a name, a
// determiner or a pronoun, also inside an editor's square bracket ("I
// urge [Wu]").
func objectAt(toks []Token, k int) bool {
	if k < len(toks) && toks[k].Text == "[" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].Tag {
	case "NNP", "NNPS", "DT", "PRP", "PRP$":
		return true
	}
	return false
}

// roleVerbNouns are nouns of a person's role that are also verbs, which
// the tagger may read as the verb before a name ("rights advocate Ann
// Lee", "football coach Tom Wu").
var roleVerbNouns = map[string]bool{
	"advocate": true, "coach": true, "host": true, "judge": true, "guard": true, "pilot": true, "spy": true,
	"champion": true, "chair": true, "lead": true, "head": true, "captain": true, "skipper": true,
}

// finiteAfterName reports whether a finite verb follows the name that
// opens at token k, right after its last capitalised word.
func (r *retagger) finiteAfterName(k int) bool {
	toks := r.toks
	for k < len(toks) && (toks[k].Tag == "NNP" || toks[k].Tag == "NNPS") {
		k++
	}
	return k < len(toks) && isFinite(toks[k].Tag)
}

// pastInEd reports whether w, a word tagged as a present tense, is a
// past tense in -ed: "disagreed", "agreed", "described"; not "need",
// "exceed", "interbreed", nor the short "shed", "shred" or "embed".
func pastInEd(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "ed") {
		return false
	}
	return !strings.HasSuffix(w, "eed") || strings.HasSuffix(w, "reed") && !strings.HasSuffix(w, "breed")
}

// retagVBZ corrects a verb's -s form that no rule of its text changed.
func (r *retagger) retagVBZ(t *Token, i int, prev, next, prevText string) {
	toks := r.toks
	switch {
	case r.nameAfterTo(t, i, prev, next, prevText):
		t.Tag = "NNP"
	case r.personCompoundVerb(t, i, prev, next, prevText):
		t.Tag = personCompound(t.Lower())
	case r.tellsVerb(t, i, prev, next, prevText):
		r.makeTellsVerb(i, next)
	case r.headline && r.isHeadlineVerb(t, i, prev, next):
		r.makeHeadlineVerb(i, next)
	// "Government troops/VBZ oversaw the port": a plural-looking word
	// after a noun and right before a r.finite verb is the subject's
	// head noun; two r.finite verbs do not follow each other.
	case t.Tag == "VBZ" && i > 0 && (isNoun(prev) || prev == "JJ") && isFinite(next) &&
		strings.HasSuffix(t.Text, "s") && !isCapitalized(t.Text) && !auxiliary(t.Lower()):
		t.Tag = "NNS"
	// "U.S. troops/VBZ left/VBN Iraq": a plural noun for a group of
	// people after a name, before a participle, is the subject's head
	// (no such word links a participle as "seems tired" does); the
	// participle is the clause's past tense when no r.finite verb
	// follows it in the clause ("U.S. troops stationed in Iraq were
	// attacked" keeps it).
	case t.Tag == "VBZ" && i > 0 && (prev == "NNP" || prev == "NNPS") && next == "VBN" && peoplePlural(t.Lower()):
		t.Tag = "NNS"
		if !finiteInClause(toks, i+2) {
			toks[i+1].Tag = "VBD"
		}
	}
}

// retagIN corrects a preposition that no rule of its text changed.
func (r *retagger) retagIN(t *Token, i int, prev, next, prevText string) {
	switch {
	case r.headline && r.isHeadlineVerb(t, i, prev, next):
		r.makeHeadlineVerb(i, next)
	case r.bareInfinitive(t, i, prev, next, prevText):
		t.Tag = "VB"
	}
}

// retagPRP corrects a personal pronoun that no rule of its text changed.
func (r *retagger) retagPRP(t *Token, i int, prev, next, prevText string) {
	switch {
	case r.headline && r.isHeadlineVerb(t, i, prev, next):
		r.makeHeadlineVerb(i, next)
	// "She began her/PRP film career": "her" before a noun phrase is
	// possessive.
	case t.Tag == "PRP" && strings.EqualFold(t.Text, "her") && (next == "NN" || next == "NNS" || next == "JJ" || next == "NNP" || next == "CD"):
		t.Tag = "PRP$"
	}
}

// retagPRPS corrects a possessive pronoun that no rule of its text changed.
func (r *retagger) retagPRPS(t *Token, i int, prev, next, prevText string) {
	toks := r.toks
	switch {
	case r.headline && r.isHeadlineVerb(t, i, prev, next):
		r.makeHeadlineVerb(i, next)
	// "The militia held her/PRP$ for two years": "her" before no noun
	// phrase (a preposition, punctuation, a conjunction, a verb or the
	// end) is the object pronoun.
	case t.Tag == "PRP$" && strings.EqualFold(t.Text, "her") && objectHer(toks, i):
		t.Tag = "PRP"
	}
}

// workNouns are nouns of a piece of research that may also be verbs
// ("study", "survey"); before [authorNouns] they name the work.
var workNouns = map[string]bool{"study": true, "survey": true, "research": true, "report": true, "trial": true}

// authorNouns are the heads of a compound that names who made a work
// ("study co-author").
var authorNouns = map[string]bool{
	"author": true, "authors": true, "co-author": true, "co-authors": true, "coauthor": true, "coauthors": true,
	"leader": true, "leaders": true,
}

// shotVerb reports whether "shot" at token i is a verb: after a form of
// "be" (past adverbs) before the clause's end or a preposition, or after
// a subject (a noun, a name, a pronoun, or "and" after a clause) before
// its object, "down", or "at" after a name or plural.
func shotVerb(toks []Token, i int) bool {
	if i == 0 {
		return false
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Tag
	}
	if beBefore(toks, i) {
		return next == "" || next == "." || next == "," || next == "IN" || next == "RB" || next == "JJ"
	}
	prev := toks[i-1].Tag
	switch prev {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "CC":
	default:
		return false
	}
	switch {
	case next == "DT" || next == "NNP" || next == "NNPS" || next == "NNS" || next == "PRP" || next == "PRP$" || next == "CD":
		return true
	case i+1 < len(toks) && toks[i+1].Lower() == "down":
		return true
	case next == "JJ":
		return adjectivesBeforeObject(toks, i+1)
	case i+1 < len(toks) && toks[i+1].Lower() == "at":
		return prev == "NNP" || prev == "NNPS" || prev == "NNS" || prev == "PRP"
	}
	return false
}

// adjectivesBeforeObject reports whether the adjectives from token k on
// open an object: "shot numerous Afghan civilians", "shot several
// unarmed men", "shot dead a teenager": lower-case adjectives (and names
// used as adjectives), then a plural noun or a noun phrase's start, or
// "dead" before its object.
func adjectivesBeforeObject(toks []Token, k int) bool {
	if toks[k].Lower() == "dead" {
		return k+1 < len(toks) && (toks[k+1].Tag == "DT" || toks[k+1].Tag == "CD" || toks[k+1].Tag == "NNP" || toks[k+1].Tag == "PRP$")
	}
	if !isLowerWord(toks[k].Text) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		switch toks[j].Tag {
		case "JJ", "NNP":
			continue
		case "NNS", "NNPS":
			return true
		}
		return false
	}
	return false
}

// nounPreposition reports whether token t, at i, is so retagged:
// "towards/NNS": prepositions the model mistakes for nouns.
func (r *retagger) nounPreposition(t *Token, i int, prev, next, prevText string) bool {
	return isNoun(t.Tag) && preposition(t.Lower())
}

// edPastAfterSubject reports whether token t, at i, is so retagged:
// "The storm destroyed/NN houses", "A court in Moscow
// sentenced/JJ opposition leader Alexei Navalny": an -ed word
// after the subject, before an object, in a sentence without a
// verb, is the past tense (in a headline an adjective may stand
// so: "Man armed with knife").
func (r *retagger) edPastAfterSubject(t *Token, i int, prev, next, prevText string) bool {
	headline := r.headline
	return (t.Tag == "NN" || t.Tag == "JJ" && !headline) && (!r.finite || finiteOnlyAfterColon(r.toks, i)) && i > 0 && (isNoun(prev) || prev == "PRP") && len(t.Text) >= 6 && strings.HasSuffix(t.Text, "ed") &&
		!strings.HasSuffix(t.Text, "dred") && (objectNext(next) || next == "IN" || next == "NN") && !placedCompound(t.Text)
}

// finiteOnlyAfterColon reports whether every finite verb of toks stands
// after a colon that follows token i: the quotation or list after "Ann
// Lee of the University of Halvik disagreed/NN with the study: ..." has
// its own verbs, and token i is the verb of the clause before it.
func finiteOnlyAfterColon(toks []Token, i int) bool {
	for k := range toks {
		if toks[k].Text == ":" {
			return k > i
		}
		if isFinite(toks[k].Tag) {
			return false
		}
	}
	return false
}

// irregularPastAfterSubject reports whether token t, at i, is so retagged:
// "Tom Wu taught/NN classes at", "Ann Berg quit/NN Google", "Nida
// undertook/NN studies": an irregular past after the subject,
// before an object, a preposition or the clause's end, with no
// verb before it in its clause, is the past tense.
func (r *retagger) irregularPastAfterSubject(t *Token, i int, prev, next, prevText string) bool {
	toks := r.toks
	return (t.Tag == "NN" || t.Tag == "JJ") && i > 0 && (ghtPast(t.Lower()) || rarePast(t.Lower()) || irregularPast(t.Lower())) &&
		(prev == "NNP" || prev == "NNPS" || prev == "NNS" || prev == "PRP" || closedAppositive(toks, i-1)) && !finiteBefore(toks, i) &&
		(objectNext(next) || next == "IN" || next == "NN" || next == "." || next == ",")
}

// closedAppositive reports whether the comma at k closes a noun phrase
// set off after a noun ("the central bank, the Riksbank, lent/JJ"): the
// words between it and the comma before are a determiner, adjectives,
// numbers and nouns, one noun at least, and a noun stands before that
// comma.
func closedAppositive(toks []Token, k int) bool {
	if k < 3 || toks[k].Text != "," {
		return false
	}
	noun := false
	for j := k - 1; j >= 1; j-- {
		switch tag := toks[j].Tag; {
		case toks[j].Text == ",":
			return noun && j < k-1 && isNoun(toks[j-1].Tag)
		case isNoun(tag):
			noun = true
		case tag == "DT" || tag == "CD" || tag == "POS" || strings.HasPrefix(tag, "JJ"):
		default:
			return false
		}
	}
	return false
}

// verbBeforeObjectPronoun reports whether token t, at i, is so retagged:
// "They also credit/NN him with", "Mr Lee and Mr Wu deny/NN
// conspiring": in a clause without a verb, a lower-case noun after
// the subject (past an adverb), before an object pronoun or a
// gerund, is the verb.
func (r *retagger) verbBeforeObjectPronoun(t *Token, i int, prev, next, prevText string) bool {
	toks := r.toks
	return (t.Tag == "NN" || t.Tag == "NNS" && strings.HasSuffix(t.Text, "s")) && !r.finite && i > 0 && !isCapitalized(t.Text) &&
		(prev == "NNP" || prev == "NNPS" || prev == "NNS" || prev == "PRP" || adverbAfterSubject(toks, i)) &&
		i+1 < len(toks) && (next == "VBG" || next == "PRP" && objectPronoun(toks[i+1].Lower()))
}

// verbAfterModal reports whether token t, at i, is so retagged:
// "could soon hand/NN over", "did plan/NN to": after a modal or
// "do", a noun is a verb.
func (r *retagger) verbAfterModal(t *Token, i int, prev, next, prevText string) bool {
	toks := r.toks
	return isNoun(t.Tag) && !isCapitalized(t.Text) && modalBefore(toks, i)
}

// bareInfinitive reports whether token t, at i, is so retagged:
// "helping Kenya hold/NN elections", "let Tom Wu join/VBD the
// company": after help, let or make and its object, a lower-case
// word before an object is the bare infinitive. A noun after a
// common noun may be a compound's head ("made his film debut"):
// only a name or pronoun object lets a noun be the verb.
func (r *retagger) bareInfinitive(t *Token, i int, prev, next, prevText string) bool {
	toks := r.toks
	return (t.Tag == "NN" && (prev == "NNP" || prev == "PRP") || t.Tag == "IN" && !functionWord(t.Lower()) || t.Tag == "VBD" || t.Tag == "VBP") &&
		!isCapitalized(t.Text) && causativeObject(toks, i) &&
		(next == "DT" || next == "NNP" || next == "NNS" || next == "PRP" || next == "PRP$" || next == "CD" || next == "JJ" || next == "RP")
}

// tellsVerb reports whether token t, at i, is so retagged:
// "Zara Kay tells Wikinews/VBZ about her work": "tells" after a
// bare name of two words or more and before the one told is the
// verb, and a capitalised word read as a verb after it is the
// name told ("Astronomer tells" opens with a noun). Unlike the
// headline case below, this holds in body text too: "tells" is
// seldom a noun after a person's full name.
func (r *retagger) tellsVerb(t *Token, i int, prev, next, prevText string) bool {
	toks := r.toks
	return (t.Tag == "VBZ" || t.Tag == "NNS") && t.Lower() == "tells" && i > 1 && prev == "NNP" && toks[i-2].Tag == "NNP" && bareName(toks, i-1) && !finiteBefore(toks, i) &&
		(next == "NNP" || next == "NNPS" || next == "PRP" || next == "DT" || isFinite(next) && isCapitalized(toks[i+1].Text))
}

// nameAfterTo reports whether token t, at i, is so retagged:
// "to Russia/VB": a capitalised word after "to" that is not at the
// start of the sentence is a proper noun, not a verb.
func (r *retagger) nameAfterTo(t *Token, i int, prev, next, prevText string) bool {
	return strings.HasPrefix(t.Tag, "VB") && i > 0 && isCapitalized(t.Text) && prev == "TO"
}

// personCompoundVerb reports whether token t, at i, is so retagged:
// "lost to businessman/VB Rocky Fuente": a compound in -man or
// -woman names a person ("spokesman", "congresswoman",
// "chairmen"); no English verb is one.
func (r *retagger) personCompoundVerb(t *Token, i int, prev, next, prevText string) bool {
	return strings.HasPrefix(t.Tag, "VB") && personCompound(t.Lower()) != ""
}

// makeTellsVerb makes "tells" at token i the verb, and a word after it
// read as a verb the name told.
func (r *retagger) makeTellsVerb(i int, next string) {
	r.toks[i].Tag = "VBZ"
	if isFinite(next) {
		r.toks[i+1].Tag = "NNP"
	}
	r.finite = true
}

// relativeClosedPast retags as a past tense a participle that follows the
// dash or comma closing a relative clause set off after the subject, when
// the participle takes an object and no finite verb stands outside the
// clause: "The Syrian Army — whose commander is President Bashar al-Assad
// — entered/VBN Tell Tamer" (the model reads a verb after a closing dash
// as a participle). A participle with no object stays one ("Tom Wu, who
// was a baker, injured in the blast"). Between dashes, an aside with no
// finite verb (an apposition, "and his wife", "along with two aides") does
// the same, and a preposition may follow the verb: "The court — the
// highest in Norland — fined/VBN Acme", "The court — ... — ruled/VBN in
// the case" (with no finite verb anywhere the sentence needs one).
func relativeClosedPast(toks []Token) {
	for i := 3; i+1 < len(toks); i++ {
		mark := toks[i-1].Text
		if toks[i].Tag != "VBN" || mark != "," && mark != "-" && mark != "—" && mark != "–" && mark != "--" {
			continue
		}
		dashed := mark != ","
		if n := toks[i+1].Tag; n != "DT" && n != "NNP" && n != "NNPS" && n != "PRP$" && n != "CD" && (!dashed || n != "IN") {
			continue
		}
		open := -1
		for k := i - 2; k > 0; k-- {
			if toks[k].Text == mark {
				open = k
				break
			}
		}
		if open < 1 || !isNoun(toks[open-1].Tag) && (!dashed || toks[open-1].Text != ")") {
			continue
		}
		if slices.ContainsFunc(toks[:open], func(t Token) bool { return isFinite(t.Tag) }) ||
			slices.ContainsFunc(toks[i+1:], func(t Token) bool { return isFinite(t.Tag) }) {
			continue
		}
		inner := slices.ContainsFunc(toks[open+1:i-1], func(t Token) bool { return isFinite(t.Tag) })
		if w := toks[open+1].Lower(); w == "who" || w == "whose" || w == "which" {
			if !inner {
				continue
			}
		} else if !dashed || inner || open+1 >= i-1 {
			continue
		}
		toks[i].Tag = "VBD"
	}
}

// periodAdjectives say how often something comes out ("a daily
// newspaper", "the weekly magazine").
var periodAdjectives = map[string]bool{"daily": true, "weekly": true, "monthly": true, "quarterly": true, "yearly": true, "annual": true, "biweekly": true, "fortnightly": true}

// inOpeningPhrase reports whether token i follows a preposition that
// opens the sentence and never a clause ("In", "During"; not "After",
// "Since": "After his team won, ...") and the noun phrase after it, with
// no comma between: "In his Halvik run from 2012, ..." holds no verb.
func inOpeningPhrase(toks []Token, i int) bool {
	switch toks[0].Lower() {
	case "in", "during", "throughout", "within", "on", "at":
	default:
		return false
	}
	for k := 1; k < i; k++ {
		if t := toks[k].Tag; t != "DT" && t != "PRP$" && t != "JJ" && !isNoun(t) {
			return false
		}
	}
	return i > 1
}

// namePast retags as a past tense the word ending in "-ed" that the
// model read as an adjective or a participle right after the name that
// opens the sentence, when an object follows it and no finite verb stands
// before the clause ends: "Norway praised/JJ Tom Wu for his work with the
// Union, which it joined" (the relative clause's verb is no main
// clause's).
func namePast(toks []Token) {
	for i := 1; i < len(toks) && i <= 4; i++ {
		t := &toks[i]
		if !nameOpens(toks, i) {
			return
		}
		if (t.Tag == "JJ" || t.Tag == "VBN") && strings.HasSuffix(t.Lower(), "ed") && (objectOpens(toks, i+1) || bareObjectOpens(toks, i+1)) && !finiteInClause(toks, i+1) {
			t.Tag = "VBD"
			return
		}
	}
}

// bareObjectOpens reports whether a bare plural or mass noun in lower
// case opens an object at token j, with one more noun at most before a
// preposition: "Norway fired/JJ water cannons at Sweden", "Norway fired
// missiles at Sweden" ([namePast]); a clause with no finite verb has no
// other verb for the name.
func bareObjectOpens(toks []Token, j int) bool {
	if j >= len(toks) || !isNoun(toks[j].Tag) || toks[j].Tag == "NNP" || toks[j].Tag == "NNPS" || isCapitalized(toks[j].Text) {
		return false
	}
	k := j + 1
	if k < len(toks) && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") && !isCapitalized(toks[k].Text) {
		k++
	}
	return k < len(toks) && toks[k].Tag == "IN"
}

// nameOpens reports whether tokens 0 to i of toks, one to four of them,
// are a proper name's words: the name that opens the sentence.
func nameOpens(toks []Token, i int) bool {
	if i < 1 || i > 4 {
		return false
	}
	for _, t := range toks[:i] {
		if t.Tag != "NNP" && t.Tag != "NNPS" || !isCapitalized(t.Text) {
			return false
		}
	}
	return true
}

// titleToEnd reports whether toks from k on are adjectives and then a
// noun that end the sentence, as a headline's object does: "Police
// arrest defeated presidential hopeful".
func titleToEnd(toks []Token, k int) bool {
	j := k
	for j < len(toks) && toks[j].Tag == "JJ" {
		j++
	}
	return j > k && j+1 == len(toks) && (toks[j].Tag == "NN" || toks[j].Tag == "NNS")
}

// titledName reports whether toks from k on hold a title in lower case,
// nouns and adjectives, and then a name: "prime minister Tom Wu",
// "presidential hopeful Ann Lee".
func titledName(toks []Token, k int) bool {
	j := k
	for j < len(toks) && j < k+4 && (isNoun(toks[j].Tag) && toks[j].Tag != "NNP" || toks[j].Tag == "JJ") && !isCapitalized(toks[j].Text) {
		j++
	}
	return j > k && j < len(toks) && toks[j].Tag == "NNP"
}

// initials reports whether w is a state's or a body's initials in
// capitals, with or without dots: "US", "U.S.", "EU", "U.K.".
func initials(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r != '.':
			return false
		}
	}
	return letters >= 2 && letters <= 4
}
