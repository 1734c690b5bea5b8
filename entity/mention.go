package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// A mentionKind says how a mention names its entity.
type mentionKind int

const (
	// mName is a name: from the gazetteer, a rule, or unknown proper nouns.
	mName mentionKind = iota
	// mSingle is one capitalised word that may be a short form of a name
	// seen before ("Kim", "Tamm").
	mSingle
	// mGroup is a group named after a state or body ("North Korean
	// soldiers").
	mGroup
	// mPronoun is a personal or possessive pronoun.
	mPronoun
	// mDesc is a definite description of an actor seen before ("the
	// alliance", "the envoy").
	mDesc
	// mGroupRef is a group noun without a nationality ("these forces",
	// "3,000 soldiers").
	mGroupRef
)

// A mention is a span of a sentence that names, or refers to, an entity.
type mention struct {
	kind       mentionKind
	start, end int // token range [start, end)
	// surface is the text of the name as written; full adds the titles
	// and nationality before it ("Ukrainian President Volodymyr Zelensky").
	surface, full string
	// name is the proposed canonical name (titles stripped).
	name string
	typ  schema.EntityType
	gaz  *entry
	// adj marks a state named by its adjective ("Ukrainian"); such a
	// mention is kept only when something links to it.
	adj    bool
	used   bool
	titles []*title
	// country and org are the state and body named with a person, group or
	// organisation ("Ukrainian President", "NATO representatives").
	country, org *mention
	// people is the people's or the faith's group an adjective before
	// the person's name or title names ([Resolver.peopleWords]).
	people *mention
	// in is the place a possessive names as containing this one
	// ("Russia's Kursk region").
	in *mention
	// possessive marks "Russia's" and "its": less salient antecedents.
	possessive bool
	// unnamed marks a he or she that takes up a person the text does
	// not name ([docState.unnamedBetween]).
	unnamed bool
	// role marks an office named without a holder ("Ukraine's Prosecutor
	// General"); drop marks a mention that an appositive replaced.
	role, drop bool
	// appos is the person whose office this one names in an apposition
	// that no comma closes ("Tom Wu, US Secretary of State was visiting"):
	// the office stands for the person.
	appos *mention
	// named is the state's body this name is apposed to ("Norway's
	// parliament, the Storting,"): the same actor, called by this name
	// ([namedStateBodies]).
	named *mention
	// body is the organisation a description with modifiers takes up
	// ([docState.modifiedDesc]).
	body *docEntity
	// owner is the body whose unnamed unit a description names ("the
	// army's transport unit"): the unit stands for it ([unitDesc]).
	owner *mention
	// nick is the name a quoted nickname makes with the surname
	// ("Eddie Van Halen" of "Edward Lodewijk \"Eddie\" Van Halen").
	nick string
	// camp is the state a group's stance names ("pro-Russian
	// separatists") or the actor it follows ("supporters of Tom Wu"),
	// whom the group supports or opposes ([docState.stanceFacts]).
	camp *mention
	// portfolio is the portfolio written between a secretary's title and
	// the name ("Undersecretary for Education Tom Wu"): the person works
	// for the ministry or department of it that the document names.
	portfolio string
	// pron is the lower-case pronoun, head the group or descriptor noun.
	pron, head string
	// placed is the force a "police" placed in a town names ("police
	// in Halden": Halden Police), when the report is about no one state
	// whose force they would be ([Resolver.placedPolice]).
	placed string
	// dual marks a pronoun of two ("both", "both of them", "both men",
	// "the two women"), which takes up a pair ([docState.describedPair])
	// before anything a "they" would.
	dual bool
	// count is the number of states or firms a phrase of a set names
	// ("both countries", "all three nations", "both companies":
	// [stateSetAt]), which takes up that many named before
	// ([docState.namedSet]); its head is the plural noun.
	count int
	// geo marks "its" or "their" before a noun only states have ("its
	// coast", "their airspace").
	geo    bool
	gender byte
	// borrowed marks a common noun that stands for a name the document
	// gives elsewhere ("police" for "the Oslo Police Department"); its
	// words are no alias of that name.
	borrowed bool
	// common marks a body that a common noun names for want of a name
	// ("a federal jury", [benches]): the rules that read the words
	// between names take it for none.
	common bool
	// hint is the type a single word gets when it matches no earlier name;
	// weak marks a person's hint from a reporting verb alone ("Sony
	// said"), which the document's other mentions of the word may
	// overrule ([orgVote]).
	hint schema.EntityType
	weak bool
	// guess marks a name typed by no evidence (two to four unknown
	// capitalised words taken for a person) or a single word with no
	// hint: the recogniser decides them (see [Resolver.recognize]).
	guess bool
	// alt is the rules' other reading of a guessed name, used when the
	// recogniser does not take the whole name for a person's (see
	// [Resolver.givenThenPlace]).
	alt []*mention

	ent  *docEntity
	conf float64
}

var pronouns = map[string]bool{
	"he": true, "him": true, "his": true, "himself": true, "she": true, "her": true, "hers": true,
	"herself": true, "it": true, "its": true, "itself": true, "they": true, "them": true, "their": true,
	"themselves": true,
}

// bothSubject reports whether toks[i] is "both" standing alone as the
// subject of a clause: first in the sentence or after a comma, a
// semicolon or ", and", and before a finite verb, or an adverb and one
// ("Both were acquitted", "Both later resigned"); not "both countries", "both of
// them" or "both Tom Wu and Ann Lee".
func bothSubject(toks []nlp.Token, i int) bool {
	if toks[i].Lower() != "both" || i > 0 && toks[i-1].Text != "," && toks[i-1].Text != ";" && !(i > 1 && toks[i-1].Lower() == "and" && toks[i-2].Text == ",") {
		return false
	}
	k := i + 1
	if k < len(toks) && (toks[k].Tag == "RB" || toks[k].Tag == "RBR") {
		k++ // "Both later resigned": later is RBR
	}
	return k < len(toks) && finiteAt(toks, k)
}

// dualAt returns the end of a phrase of two people at token i: "both"
// standing alone as a clause's subject ([bothSubject]) or as the object
// right after a verb, before punctuation or a preposition ("arrested
// both.", "released both on bail"); "both" or "the two" before "men" or
// "women" ("both men", "the two women") or a title's plural of
// [titledPairNouns] ("the two leaders"); else i.
func dualAt(toks []nlp.Token, i int) int {
	low := toks[i].Lower()
	if low != "both" && low != "the" {
		return i // the test of every token
	}
	if bothSubject(toks, i) {
		return i + 1
	}
	k := i + 1
	if low == "the" && k+1 < len(toks) && i == 0 && toks[k].Lower() == "leaders" && finiteAt(toks, k+1) {
		// "The leaders discussed trade" opening a sentence, after a
		// sentence that names two leaders: the pair, as "the two
		// leaders" is ([docState.titledPair] asks for their titles).
		return k + 1
	}
	if low == "the" && k < len(toks) && toks[k].Lower() == "two" {
		k++
	} else if low != "both" {
		return i
	}
	if k < len(toks) && (toks[k].Lower() == "men" || toks[k].Lower() == "women" || titledPairNouns[toks[k].Lower()] != nil) {
		if k+1 < len(toks) && (toks[k+1].Tag == "POS" || strings.HasPrefix(toks[k+1].Tag, "NN")) {
			return i // "both men's and women's leagues", "the two men's teams"
		}
		return k + 1
	}
	if low == "both" && i > 0 && strings.HasPrefix(toks[i-1].Tag, "VB") && (i+1 == len(toks) || toks[i+1].Tag == "." || toks[i+1].Text == "," || toks[i+1].Tag == "IN") {
		return i + 1
	}
	return i
}

// saidVerbs are the reporting verbs after which a lone unknown name is
// taken for a person.
var saidVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "warned": true,
	"argued": true, "insisted": true, "wrote": true, "recalled": true, "stated": true, "states": true,
	"asserted": true,
}

var locPreps = map[string]bool{
	"in": true, "to": true, "from": true, "near": true, "at": true, "into": true, "across": true,
	"outside": true, "toward": true, "towards": true, "via": true, "inside": true, "around": true,
}

// scan finds the mentions of one sentence, in token order.
func (r *Resolver) scan(s nlp.Sentence) []*mention {
	toks := s.Tokens
	headline := isHeadline(s)
	var ms []*mention
	for i := 0; i < len(toks); {
		low := toks[i].Lower()
		if m := majesty(toks, i); m != nil {
			ms = append(ms, m) // "Her Majesty the Queen": the monarch, no pronoun
			i = m.end
			continue
		}
		if strings.HasPrefix(toks[i].Tag, "PRP") && pronouns[low] && !r.surnameHe(toks, i) {
			m := &mention{kind: mPronoun, start: i, end: i + 1, surface: toks[i].Text, pron: low}
			m.possessive = toks[i].Tag == "PRP$" || low == "its" || low == "their" || low == "his"
			if low == "her" && i+1 < len(toks) && (toks[i+1].Tag == "DT" || dayWord(toks[i+1].Lower())) {
				m.possessive = false // "had written her a letter", "met her yesterday": her is the object
			}
			m.geo = (low == "its" || low == "their") && i+1 < len(toks) && stateNouns[toks[i+1].Lower()]
			m.dual = low == "them" && i >= 2 && toks[i-1].Lower() == "of" && toks[i-2].Lower() == "both" // "acquitted both of them"
			ms = append(ms, m)
			i++
			continue
		}
		if end, n := stateSetAt(toks, i); n > 0 {
			// "Both countries have put their militaries on alert": the
			// states named before; "both companies": the firms.
			ms = append(ms, &mention{kind: mPronoun, start: i, end: end, surface: joinText(toks[i:end]), pron: "they", count: n, head: toks[end-1].Lower()})
			i = end
			continue
		}
		if end := dualAt(toks, i); end > i {
			// "Tom Wu and Ann Lee were arrested. Both were released",
			// "Police arrested both men": "both" alone as a clause's
			// subject or a verb's object, or "both" or "the two" and
			// "men" or "women", takes up two actors.
			ms = append(ms, &mention{kind: mPronoun, start: i, end: end, surface: joinText(toks[i:end]), pron: "they", dual: true, head: toks[end-1].Lower()})
			i = end
			continue
		}
		if m, end := r.possessivePlace(s, i); m != nil && !headline {
			ms = append(ms, m) // "from Hawke's Bay, New Zealand": one place
			i = end
			continue
		}
		if got, end := r.sharedCompass(s, i); end > i {
			ms = append(ms, got...) // "North and South Korea": two places
			i = end
			continue
		}
		if got, end := r.sharedHead(s, i); !headline && end > i {
			ms = append(ms, got...) // "the State and Homeland Security Departments": two bodies
			i = end
			continue
		}
		if m := r.causeGroup(s, i); m != nil {
			ms = append(ms, m)
			i = m.end
			continue
		}
		if m := r.faithGroup(s, i); m != nil {
			if m.camp != nil {
				ms = append(ms, m.camp)
			}
			ms = append(ms, m)
			i = m.end
			continue
		}
		if m := r.reference(toks, i); m != nil {
			ms = append(ms, m)
			i = m.end
			continue
		}
		if m, end := r.expansion(s, i); end > i && !headline {
			if m != nil {
				if n := len(ms); n > 0 && ms[n-1].end >= i-2 && ms[n-1].end == ms[n-1].start+1 && isAcronym(ms[n-1].surface) && ms[n-1].gaz == nil {
					// "the RMT union (National Union of ...)": the
					// acronym is the body's too.
					ms[n-1].name, ms[n-1].typ = m.name, m.typ
				}
				ms = append(ms, m)
			}
			i = end
			continue
		}
		units, next := r.chunk(s, i, headline)
		if len(units) == 0 {
			i++
			continue
		}
		if i > 0 && !headline && titleNounBefore(toks, i) {
			i = next // "will take the title HRH Duchess of Cornwall": a title, no one named
			continue
		}
		if m := r.nationalSociety(s, units); m != nil {
			// "the Norwegian Red Cross said": the national society.
			ms = append(ms, m)
			i = m.end
			continue
		}
		if m := r.countryBranch(s, units); m != nil && !headline {
			// "Mazars USA said": a company's branch in a country.
			ms = append(ms, m)
			i = m.end
			continue
		}
		got := r.classify(s, units, next)
		for _, m := range got {
			next = max(next, m.end)
			ms = r.splitRoleName(ms, s, m)
		}
		// "French and American officials", "British, French and German
		// officials": each adjective before the last names a group of
		// the same kind.
		if len(got) == 1 && got[0].adj && r.g.adjOf[got[0].name] != "" {
			lone := got[0]
			if g := r.listedGroup(s, next, headline, lone.start > 0 && toks[lone.start-1].Text == ","); g != nil {
				ms = append(ms, &mention{kind: mGroup, start: lone.start, end: lone.end, typ: schema.Group,
					surface: lone.surface + " " + g.head, name: r.g.adjOf[lone.name] + " " + g.head,
					head: g.head, country: lone})
				lone.used = true
			}
		}
		i = max(next, i+1)
	}
	commaSuffix(s, ms)
	r.appositives(s, ms)
	r.indefiniteTitles(s, ms)
	ms = r.peopleWords(s, ms)
	out := ms[:0]
	for _, m := range ms {
		// A nationality word alone ("the British military", "Ukrainian
		// waters") still mentions its country; it is kept, marked adj, so
		// that pronouns and arguments skip it.
		if m.drop {
			continue
		}
		out = append(out, m)
	}
	return out
}

// campus joins a university's name and the place of one of its campuses
// after "at" or a comma into one name: "the University of North Carolina
// at Greensboro", "the University of California, San Diego" are one body,
// not a university in Greensboro or San Diego. After a comma only a town
// is a campus ("the University of Oxford, England" lies in England). It returns ms,
// changed; [Resolver.joinOfPlace] calls it once "University of North
// Carolina" is one name.
func campus(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		out = append(out, a)
		if i+1 >= len(ms) || a.kind != mName || a.typ != schema.Organization || a.possessive ||
			!strings.HasPrefix(a.surface, "University of ") || a.end+1 >= len(toks) || toks[a.end].Text != "at" && toks[a.end].Text != "," {
			continue
		}
		b := ms[i+1]
		comma := toks[a.end].Text == ","
		if b.start != a.end+1 || b.typ != schema.GPE && b.hint != schema.GPE || b.adj ||
			!comma && (b.possessive || b.end < len(toks) && toks[b.end].Tag == "POS") {
			continue
		}
		if comma && (b.gaz != nil && !b.gaz.town() || b.end < len(toks) && isCap(toks[b.end].Text)) {
			continue // "the University of Oxford, England": a state or a region after the comma is where it lies
		}
		// "University of California, San Diego's chancellor": the
		// possessive is the campus's.
		a.possessive = comma && b.possessive
		a.end = b.end
		a.surface = spanText(s, a.start, a.end)
		a.name, a.gaz = cleanName(a.surface), nil
		i++
	}
	return out
}

// surnameHe reports whether the capitalised pronoun at token i is a
// surname between a title and a given name ("spokeswoman He Yadong",
// "Vice Premier He Lifeng").
func (r *Resolver) surnameHe(toks []nlp.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || !isCap(toks[i].Text) || !isCap(toks[i+1].Text) {
		return false
	}
	_, ok := r.g.titles[normKey(toks[i-1].Text)]
	return ok
}

// roleOfDescThenPerson reports whether the description at token i follows
// "of", "for" or "at" and a role ([roleOfBefore]), and a name of two
// capitalised words at least opens at token k after its comma: "the chief
// executive of the company, Ann Lee,". The name is the role's holder, not
// the body's.
func roleOfDescThenPerson(toks []nlp.Token, i, k int) bool {
	return k+1 < len(toks) && isCap(toks[k+1].Text) && roleOfBefore(toks, i)
}

// roleOfBefore reports whether the description opening at token i follows
// "of", "for" or "at" and lower-case words of a role ([appositionLemma]):
// "the chief executive of" the company, "a spokesman for" the party.
func roleOfBefore(toks []nlp.Token, i int) bool {
	if i < 2 {
		return false
	}
	switch toks[i-1].Lower() {
	case "of", "for", "at":
	default:
		return false
	}
	var words []string
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		t := toks[j]
		if !lowerWord(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			break
		}
		words = append([]string{t.Lower()}, words...)
	}
	return len(words) > 0 && appositionLemma(words) != ""
}

// majesty returns the description of a monarch that a style of address
// makes at token i: "Her Majesty", "His Majesty the King", "HM the
// Queen" take up the queen or the king as "the Queen" does. A possessive
// ("Her Majesty's Government", "Her Majesty's courts") names a body of the
// crown, and is left as it is.
func majesty(toks []nlp.Token, i int) *mention {
	if i+1 >= len(toks) {
		return nil
	}
	head, end := "", i
	switch low := toks[i].Lower(); {
	case (low == "her" || low == "his") && toks[i+1].Text == "Majesty":
		head, end = map[string]string{"her": "queen", "his": "king"}[low], i+2
		if end+1 < len(toks) && toks[end].Lower() == "the" && (toks[end+1].Text == "Queen" || toks[end+1].Text == "King") {
			head, end = strings.ToLower(toks[end+1].Text), end+2 // "Her Majesty the Queen"
		}
	case toks[i].Text == "HM" && i+2 < len(toks) && toks[i+1].Lower() == "the" && (toks[i+2].Text == "Queen" || toks[i+2].Text == "King"):
		head, end = strings.ToLower(toks[i+2].Text), i+3 // "HM the Queen"
	default:
		return nil
	}
	if end < len(toks) && toks[end].Tag == "POS" || end < len(toks) && isCap(toks[end].Text) {
		return nil // "Her Majesty's Government", "His Majesty King Tom"
	}
	return &mention{kind: mDesc, start: i, end: end, surface: joinText(toks[i:end]), head: head}
}

// reference returns a group reference ("these forces", "3,000 soldiers")
// or a definite description ("the alliance", or a speaker's "our
// country": [ownCountry]) starting at token i.
func (r *Resolver) reference(toks []nlp.Token, i int) *mention {
	t := toks[i]
	low := t.Lower()
	det := low == "the" || low == "these" || low == "those" || low == "this" || low == "that"
	if (low == "our" || low == "my") && i+1 < len(toks) && placeDescs.at(toks[i+1].Lower()) == aCountry &&
		(i+2 >= len(toks) || !strings.HasPrefix(toks[i+2].Tag, "NN")) {
		// "our country", "my nation": the speaker's state.
		return &mention{kind: mDesc, start: i, end: i + 2, surface: joinText(toks[i : i+2]), head: toks[i+1].Lower(),
			possessive: i+2 < len(toks) && toks[i+2].Tag == "POS"}
	}
	if m := r.ownTitle(toks, i); m != nil {
		return m
	}
	if !det && t.Tag != "CD" {
		return r.bareGroup(toks, i)
	}
	if m := r.titleReference(toks, i); m != nil {
		return m
	}
	if m := regionState(toks, i); m != nil {
		return m
	}
	// Up to two lower-case modifiers, then the noun.
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		w := toks[j]
		if isCap(w.Text) && !capitalNation(toks, i, j) {
			return nil
		}
		if l := w.Lower(); l == "other" || l == "another" {
			// "along with 4,800 other peacekeepers", "the other troops":
			// a group beside the one named before, not that one.
			return nil
		}
		if g, end, ok := r.groupNoun(toks, j); ok && (strings.HasPrefix(w.Tag, "NN") || nounAsAdj(toks, j, end)) {
			if end < len(toks) && strings.HasPrefix(toks[end].Tag, "NN") {
				return nil // "the troops' families", "the army base"
			}
			if ownedAfter(toks, end) {
				return nil // "the navies of China and India": theirs, no group named before
			}
			if t.Tag == "CD" && end < len(toks) && toks[end].Lower() == "from" {
				// "Russia expelled four Polish diplomats ... four
				// diplomats from Sweden": a counted group with its own
				// origin is a new group, not one named before.
				return nil
			}
			if g2, ok := r.g.groups[normKey(toks[j-1].Text+" "+w.Text)]; ok && j > i+1 && end == j+1 {
				g = g2 // "the armed forces": the gazetteer's two-word noun, the military, not troops
			}
			if g == "people" && t.Tag == "CD" {
				// "16 million people wanted to stay", "3,000 people
				// marched": a count of people, not "the British people"
				// named before, a whole nation.
				return nil
			}
			return &mention{kind: mGroupRef, start: i, end: end, surface: joinText(toks[i:end]), head: g}
		}
		noun := w.Text
		if isCap(noun) {
			noun = w.Lower() // "the Nation"
		}
		if (low == "the" || low == "this") && (j == i+1 || r.formerTitle(toks, i, j) || wholeGovernmentAt(toks, i, j)) && (r.descNouns[noun] || placeDescs.at(noun) != 0) && strings.HasPrefix(w.Tag, "NN") &&
			!(w.Text == noun && commonSenseHeads[noun]) {
			if j+1 < len(toks) && (strings.HasPrefix(toks[j+1].Tag, "NN") && !dayWord(toks[j+1].Text) || placeDescs.at(noun) != 0 && toks[j+1].Text == "of") {
				return nil // "the island of Gotland" names what follows; "the company yesterday" is a time
			}
			if j+2 < len(toks) && isCap(toks[j+1].Text) && (toks[j+1].Tag == "RB" || toks[j+1].Tag == "JJ") && isCap(toks[j+2].Text) {
				return nil // "the organization Equally American": a name the tagger opened with an adverb follows
			}
			if j+2 < len(toks) && toks[j+1].Text == "," && isCap(toks[j+2].Text) && !roleOfDescThenPerson(toks, i, j+2) {
				return nil // "The company, China Harbour Engineering,": the name follows
			}
			if j+3 < len(toks) && toks[j+1].Text == "," && toks[j+2].Lower() == "the" && isCap(toks[j+3].Text) && !roleOfDescThenPerson(toks, i, j+3) {
				return nil // "The regulator, the Financial Conduct Authority,"
			}
			if coordinatedOffice(toks, j+1) {
				return nil // "the president and chief executive of Halvik": an office, no holder named before
			}
			if noun == "opposition" && stanceOpposition(toks, j) {
				return nil // "the opposition to the plan": a stance, no camp ([stanceOpposition])
			}
			// "the company's chairman": the description owns what follows.
			possessive := j+1 < len(toks) && toks[j+1].Tag == "POS"
			return &mention{kind: mDesc, start: i, end: j + 1, surface: joinText(toks[i : j+1]), head: noun, possessive: possessive}
		}
		if !(w.Tag == "JJ" || w.Tag == "NN" || w.Tag == "VBN" || w.Tag == "RB") {
			return nil
		}
	}
	return nil
}

// wholeGovernmentAt reports whether token j is "government" after "the" at
// token i and one word of [wholeGovernment] ("the federal government", "the
// central government"): the government of the state the report is about,
// as "the government" is.
func wholeGovernmentAt(toks []nlp.Token, i, j int) bool {
	return j == i+2 && toks[j].Text == "government" && wholeGovernment[toks[i+1].Text]
}

// formerTitle reports whether token j, a title in lower case, follows "the"
// at token i and a word of [formerWords] ("the former president"): a
// description of the holder named before, as "the president" is.
func (r *Resolver) formerTitle(toks []nlp.Token, i, j int) bool {
	if j != i+2 || !formerWord(toks[i+1].Lower()) {
		return false
	}
	_, ok := r.g.titles[normKey(toks[j].Text)]
	return ok
}

// commonSenseHeads end organisations' names ("Sky News", "The Washington
// Post", "Norden Oil", "Halvik Trust") but, written in lower case, mostly
// mean what they say: "hearing the news", "held the post", "sold the oil",
// "gained the trust of voters", "told the press". A capital keeps the
// short name ("according to the Post").
var commonSenseHeads = map[string]bool{
	"news": true, "post": true, "times": true, "mail": true, "press": true, "trust": true, "oil": true,
	"gas": true, "energy": true, "steel": true, "metals": true, "foods": true, "electric": true,
	"electronics": true, "mills": true, "dynamics": true,
}

// capitalNation reports whether token j, right after "the" or "this" at
// token i, is "Nation" written with a capital as speeches and state
// papers write their own state ("the Nation", "this Nation"), with no
// capitalised word or "of" after it to make it part of a name ("the
// Nation of Islam", "The Nation Magazine"). A capitalised "Country" is
// mostly a title's ("A Month in the Country").
func capitalNation(toks []nlp.Token, i, j int) bool {
	if j != i+1 || toks[j].Text != "Nation" || toks[i].Lower() != "the" && toks[i].Lower() != "this" {
		return false
	}
	return j+1 >= len(toks) || !isCap(toks[j+1].Text) && toks[j+1].Text != "of"
}

// regionState returns the description of a state made of "the", a
// continent's or region's adjective, with a compass word before it or not,
// or one of [stateKindWords], and "nation" or "country" ("the African
// nation", "the West African country", "the island nation", "the Latin
// American country": [pairRegionNames]), which names
// the country last named, as "the nation" does; or
// nil. A name or "of" after the noun names the state there ("the Asian
// country of Laos": [Resolver.regionAdjectives]).
func regionState(toks []nlp.Token, i int) *mention {
	if toks[i].Lower() != "the" {
		return nil
	}
	j := i + 1
	if j+1 < len(toks) && pairRegionNames[toks[j].Text+" "+toks[j+1].Text] != "" {
		j++ // "the Latin American country": the pair's second word is the adjective
	} else if j < len(toks) && compassHeads[toks[j].Text] {
		j++
	}
	if j+1 >= len(toks) || regionNames.at(toks[j].Text) == "" && !stateKindWords[toks[j].Text] && pairRegionNames[toks[j-1].Text+" "+toks[j].Text] == "" ||
		placeDescs.at(toks[j+1].Text) != aCountry {
		return nil
	}
	end := j + 2
	if end < len(toks) && (isCap(toks[end].Text) || toks[end].Text == "of" || strings.HasPrefix(toks[end].Tag, "NN")) {
		return nil // "the African nation of Mali", "the European country singer"
	}
	if apposedState(toks, end) {
		return nil // "headed to the Central African country, Equatorial Guinea."
	}
	return &mention{kind: mDesc, start: i, end: end, surface: joinText(toks[i:end]), head: toks[j+1].Text,
		possessive: end < len(toks) && toks[end].Tag == "POS"}
}

// apposedState reports whether token k of toks opens an apposition that
// names the state a description before it describes: a comma, one to
// three capitalised words, the last a proper noun, and the clause's end or
// a comma after them ("the Central African country, Equatorial Guinea.",
// "the island nation, Malta, said"). The description is then the state
// named, not the one named before. A possessive or a verb after the words
// makes them the next clause's subject ("In the African nation, Mali's
// army ..."), and they name no apposition.
func apposedState(toks []nlp.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Text != "," {
		return false
	}
	n := k + 1
	for n < len(toks) && n <= k+3 && isCap(toks[n].Text) && (toks[n].Tag == "NNP" || toks[n].Tag == "JJ") {
		n++ // "Equatorial Guinea": a capitalised adjective may open the name
	}
	if n == k+1 || toks[n-1].Tag != "NNP" {
		return false
	}
	return n == len(toks) || toks[n].Text == "," || toks[n].Text == "." || toks[n].Text == ";" || toks[n].Text == ")"
}

// stateKindWords say what kind of state a country is, as a region's
// adjective says where: "the island nation", "the landlocked country".
var stateKindWords = map[string]bool{
	"island": true, "landlocked": true, "archipelago": true, "oil-rich": true, "war-torn": true, "impoverished": true,
}

// ownTitle returns the description of a speaker's office holder made of
// "our" and a title ("our prime minister", "Our President", "our foreign
// minister"), which names the one who holds it for the speaker's state
// ([docState.ownCountries]), or nil. A noun after the title ("our
// president's office" is kept) makes it a modifier: "our minister
// colleagues".
func (r *Resolver) ownTitle(toks []nlp.Token, i int) *mention {
	if toks[i].Lower() != "our" || i+1 >= len(toks) {
		return nil
	}
	end := i + 2
	t, ok := r.g.titles[normKey(toks[i+1].Text)]
	if i+2 < len(toks) {
		if two, ok2 := r.g.titles[normKey(toks[i+1].Text+" "+toks[i+2].Text)]; ok2 {
			t, ok, end = two, true, i+3
		}
	}
	if !ok || !strings.HasPrefix(toks[end-1].Tag, "NN") || end < len(toks) && strings.HasPrefix(toks[end].Tag, "NN") {
		return nil
	}
	return &mention{kind: mDesc, start: i, end: end, surface: joinText(toks[i:end]), head: strings.ToLower(t.name),
		possessive: end < len(toks) && toks[end].Tag == "POS"}
}

// titleReference returns a definite description made of a title alone
// after "the" or "this" ("the Secretary", "this President", "the Senator
// 's", "the Prime Minister's", "the chief executive": [Resolver.titleAt]),
// or after "the" and a word of [formerWords] ("the former president"),
// which names the person last given that title
// ([describes]), or nil. A title followed by "of", by a portfolio after
// "for" or by another capitalised word is left to the name rules: "the
// President of Ukraine" is an office, "the Foreign Minister Claire Dubois"
// a name.
func (r *Resolver) titleReference(toks []nlp.Token, i int) *mention {
	low := toks[i].Lower()
	if low != "the" && low != "this" || i+1 >= len(toks) {
		return nil
	}
	at := i + 1
	if at+1 < len(toks) && formerWord(toks[at].Lower()) {
		at++ // "the former president": the holder named before, the role no longer held
	}
	end, t := r.titleAt(toks, at)
	if e, d := r.deputyTitleAt(toks, at); d != nil {
		end, t = e, d // "the deputy prime minister", "the Deputy PM"
	}
	if t == nil {
		return nil
	}
	if j := end; j < len(toks) && (isCap(toks[j].Text) || strings.EqualFold(toks[j].Text, "of") && !(j+1 < len(toks) && !isCap(toks[j+1].Text) && strings.HasSuffix(toks[j+1].Text, "ing")) ||
		toks[j].Text == "for" && portfolioEnd(toks, j+1) > j+1) {
		return nil // nor is "the Minister for Trade"; "accused the President of lying" is a description
	}
	if coordinatedOffice(toks, end) {
		return nil
	}
	if end+1 < len(toks) && toks[end].Text == "'s" && (strings.EqualFold(toks[end+1].Text, "office") || strings.EqualFold(toks[end+1].Text, "department")) {
		// "the Prime Minister's Office said": the office's name
		// ([Resolver.titleOffice]), no holder named before.
		return nil
	}
	if end == i+2 && end < len(toks) && toks[end].Text == "and" && r.partyAfter(toks, end) {
		// "the Justice and Development Party": a title's word before
		// "and" and words ending in "Party" opens the party's name.
		return nil
	}
	return &mention{kind: mDesc, start: i, end: end, surface: joinText(toks[i:end]), head: strings.ToLower(t.name),
		possessive: end < len(toks) && toks[end].Tag == "POS"}
}

// deputyTitleAt returns the end and the title of a deputy's word and a
// title of two words or an abbreviation after it at token i ("deputy
// prime minister", "Deputy Prime Minister", "deputy PM", "vice premier"),
// which [Resolver.titleAt] reads only in two words of one case; the
// deputy's title is the one the gazetteer lists, or the head's title
// written with the deputy's word ("Deputy PM"). It returns 0 and nil
// otherwise.
func (r *Resolver) deputyTitleAt(toks []nlp.Token, i int) (int, *title) {
	if i+1 >= len(toks) || !deputyWords[toks[i].Lower()] {
		return 0, nil
	}
	end, head := r.titleAt(toks, i+1)
	if head == nil && i+2 < len(toks) && !isCap(toks[i+1].Text) && !isCap(toks[i+2].Text) {
		end, head = r.titleAt([]nlp.Token{capToken(toks[i+1]), capToken(toks[i+2])}, 0)
		end += i + 1
	}
	if head == nil {
		return 0, nil
	}
	name := strings.ToUpper(toks[i].Text[:1]) + toks[i].Lower()[1:] + " " + head.name
	if t, ok := r.g.titles[normKey(name)]; ok {
		return end, t
	}
	return end, &title{name: name, gender: head.gender}
}

// capToken returns t with its first letter in upper case, for a lookup of
// a title written in lower case.
func capToken(t nlp.Token) nlp.Token {
	t.Text = strings.ToUpper(t.Text[:1]) + t.Text[1:]
	return t
}

// coordinatedOffice reports whether "and" at token j joins the title or
// role noun before it to one to three more nouns and "of", "at" or "for"
// ("the president and chief executive officer of Halvik Corporation",
// "the chairman and CEO of Acme"): the words name an office with its
// body, as "the president of Halvik" does, not a holder named before. "The
// president and his wife" is no such phrase.
func coordinatedOffice(toks []nlp.Token, j int) bool {
	if j >= len(toks) || toks[j].Text != "and" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		switch w := toks[k].Lower(); {
		case w == "of" || w == "at" || w == "for":
			return k > j+1
		case !strings.HasPrefix(toks[k].Tag, "NN") && toks[k].Tag != "JJ":
			return false
		}
	}
	return false
}

// titleAt returns the end of the title at token i of toks and the title: a
// capitalised one-word title ("President"), or a two-word one written
// capitalised or in lower case throughout ("Prime Minister", "chief
// executive"), or 0 and nil. A lower-case word alone is left to the
// description nouns ([Resolver.reference]).
func (r *Resolver) titleAt(toks []nlp.Token, i int) (int, *title) {
	w := toks[i]
	if i+1 < len(toks) && isCap(w.Text) == isCap(toks[i+1].Text) && strings.HasPrefix(toks[i+1].Tag, "NN") {
		if t, ok := r.g.titles[normKey(w.Text+" "+toks[i+1].Text)]; ok && strings.Count(t.name, " ") == 1 {
			return i + 2, t
		}
	}
	if !isCap(w.Text) || !strings.HasPrefix(w.Tag, "NN") {
		return 0, nil
	}
	t, ok := r.g.titles[normKey(w.Text)]
	if !ok || strings.Contains(t.name, " ") {
		return 0, nil
	}
	return i + 1, t
}

// clauseIN are the words tagged IN that open a clause rather than name a
// place ("that", "whether"): a state's name after them is no place where
// someone is.
var clauseIN = map[string]bool{"that": true, "whether": true, "because": true, "although": true, "though": true, "if": true}

// chamberNames are the one-word names of a legislature's chambers.
var chamberNames = map[string]bool{"Parliament": true, "Congress": true, "Senate": true, "Assembly": true}

// titleModifiers open a two-word title before a role noun ("District
// Attorney", "Deputy Director").
var titleModifiers = map[string]bool{
	"District": true, "Deputy": true, "Chief": true, "Assistant": true, "Vice": true, "Executive": true,
	"Managing": true, "Senior": true, "State": true, "Associate": true, "Acting": true,
}

// bodyTitles returns us with the capitalised role noun that stands between
// a body's name and a person's full name read as a title ("House of
// Commons Speaker Ann Lee", "Manhattan District Attorney Tom Wu",
// "Harvard Law School Dean Ann Lee"): the body holds the title, the name
// is the person's. A party's noun or adjective that the gazetteer does
// not list ("Democrat Ann Lee", "Democratic Dean Tom Wu") opens the run
// as a party's adjective does ([partyLabel]). It changes no unit
// otherwise.
func (r *Resolver) bodyTitles(s nlp.Sentence, us []unit) []unit {
	toks := s.Tokens
	if isHeadline(s) {
		return us
	}
	if p := partyLabel(toks[us[0].start].Text); p == "Democratic Party" && us[0].kind == uCap && us[0].end == us[0].start+1 && len(us) == 1 {
		// "a Democrat from Ohio", "Democratic presidential candidate
		// Ann Lee": the party's label alone, as "Republican" is.
		return []unit{{kind: uDemonym, start: us[0].start, end: us[0].end, country: p}}
	}
	p := partyLabel(toks[us[0].start].Text)
	if us[0].kind == uDemonym && r.partyWord(us[0]) {
		p = us[0].country // the gazetteer's party adjective: "Democratic Dean Tom Wu"
	}
	if p != "" && (us[0].kind == uCap || us[0].kind == uDemonym) && us[0].end == us[0].start+1 && len(us) > 1 {
		// "Democrat Ann Lee", "Democratic Senator Tom Wu", "Democratic
		// Dean Tom Wu": the party's member, named by a word the
		// gazetteer does not list as a party's adjective.
		rest := us[1:]
		if w := strings.ToLower(toks[rest[0].start].Text); len(rest) > 2 && rest[0].kind == uCap && rest[0].end == rest[0].start+1 &&
			nameTitle(w) != nil && r.personRun(s, rest[1:]) {
			t := nameTitle(w)
			t.name = toks[rest[0].start].Text
			rest = append([]unit{{kind: uTitle, start: rest[0].start, end: rest[0].end, t: t}}, rest[1:]...)
		} else if rest[0].kind != uTitle && !r.personRun(s, rest) && !(toks[us[0].start].Text == "Democrat" && r.loneSurname(s, rest)) && !r.loneRoleNoun(s, rest) {
			return us
		}
		return append([]unit{{kind: uDemonym, start: us[0].start, end: us[0].end, country: p}}, rest...)
	}
	for i := 2; i+1 < len(us); i++ {
		if p := us[i-1]; us[i].kind == uTitle && us[i].t != nil && !us[i].t.plural && p.kind == uCap && p.end == p.start+1 && titleModifiers[toks[p.start].Text] &&
			(r.bodyRun(s, us[:i-1]) || townRun(toks, us[:i-1])) {
			// "Police Senior Superintendent Ann Lee": the modifier is
			// the title's, not a name's ("Police Senior").
			t := *us[i].t
			t.name = toks[p.start].Text + " " + t.name
			out := append(append([]unit(nil), us[:i-1]...), unit{kind: uTitle, start: p.start, end: us[i].end, t: &t})
			return append(out, us[i+1:]...)
		}
	}
	for i := 1; i < len(us); i++ {
		u := us[i]
		w := toks[u.start].Text
		low := strings.ToLower(w)
		if u.kind != uCap || u.end != u.start+1 || nameTitle(low) == nil || r.g.is("orghead", w) ||
			!(i+2 < len(us) && r.personRun(s, us[i+1:]) || i == len(us)-1 && commaPerson(r, toks, u.end)) {
			continue
		}
		start, name := i, w
		if p := us[i-1]; i >= 2 && p.kind == uCap && p.end == p.start+1 && (titleModifiers[toks[p.start].Text] || titleRanks[toks[p.start].Text]) {
			start, name = i-1, toks[p.start].Text+" "+w
		}
		if !r.bodyRun(s, us[:start]) {
			continue
		}
		t := nameTitle(low)
		t.name = name
		out := append(append([]unit(nil), us[:start]...), unit{kind: uTitle, start: us[start].start, end: u.end, t: t})
		return append(out, us[i+1:]...)
	}
	return us
}

// commaPerson reports whether a person's name of two or three capitalised
// words, the first a given name, stands in commas from token k ("Parliament
// Speaker, Rebecca Lund, chaired"): the words before k are the person's
// title, which the name is apposed to.
func commaPerson(r *Resolver, toks []nlp.Token, k int) bool {
	if k+3 >= len(toks) || toks[k].Text != "," || !r.g.listedGiven(toks[k+1].Text) {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+4; j++ {
		switch {
		case toks[j].Text == ",":
			return j > k+2
		case !isCap(toks[j].Text) || !isWord(toks[j].Text):
			return false
		}
	}
	return false
}

// townRun reports whether us are capitalised words that name a county or
// a town by its head noun ("Marin County", "Velby City"), before a
// title's modifier and its role noun ("Marin County District Attorney Ann
// Lee"): the place holds the title, as a body does ([Resolver.bodyTitles]).
func townRun(toks []nlp.Token, us []unit) bool {
	if len(us) < 2 {
		return false
	}
	for _, u := range us {
		if u.kind != uCap || u.end != u.start+1 {
			return false
		}
	}
	last := toks[us[len(us)-1].start].Text
	return last == "County" || last == "City"
}

// loneSurname reports whether rest is one capitalised word that the
// gazetteer knows as no body's word, nor any title: a surname after the
// party's noun ("Democrat Lee said"), as after a party's adjective
// ("Republican Lee"). After the adjective "Democratic" such a word opens
// a body's name ("the Democratic Rally"), so the caller asks only after
// "Democrat".
func (r *Resolver) loneSurname(s nlp.Sentence, rest []unit) bool {
	if len(rest) != 1 || rest[0].kind != uCap || rest[0].end != rest[0].start+1 {
		return false
	}
	w := s.Tokens[rest[0].start].Text
	return !r.g.is("orghead", w) && !r.g.is("orgfirst", w) && nameTitle(strings.ToLower(w)) == nil && r.title(w) == nil
}

// loneRoleNoun reports whether rest is one capitalised role noun that no
// name follows, after a party's adjective: "the Democratic Speaker of the
// House", "the Democratic Leader of the Assembly", read as "the
// Republican Speaker of" is. Not a given name ("the Democratic Dean of":
// a name's word or a title), nor an organisation's head word.
func (r *Resolver) loneRoleNoun(s nlp.Sentence, rest []unit) bool {
	if len(rest) != 1 || rest[0].kind != uCap || rest[0].end != rest[0].start+1 {
		return false
	}
	w := s.Tokens[rest[0].start].Text
	return nameTitle(strings.ToLower(w)) != nil && !r.g.is("orghead", w) && !r.g.listedGiven(w)
}

// partyLabel returns the party that w, a capitalised noun or adjective
// for its members, names when the gazetteer lists no such adjective
// ("Democrat", "Democratic": the Democratic Party; "Socialist": a
// Socialist Party), or "". Only Democrat and Democratic name a party
// alone; the others do before a title or a person's name ("Green MP Ann
// Lee", "Socialist Senator Tom Wu").
func partyLabel(w string) string {
	switch w {
	case "Democrat", "Democratic":
		return "Democratic Party"
	case "Socialist", "Communist", "Green", "Liberal", "Labor":
		return w + " Party"
	}
	return ""
}

// nameTitle returns a new title for the lower-case role noun w written
// with a capital before a person's name ("Director", "Speaker", "Dean"),
// leading for a head's noun, or nil when w is no role noun.
func nameTitle(w string) *title {
	if !roleNoun(w) && w != "speaker" && w != "dean" {
		return nil
	}
	return &title{name: w, lead: leadNouns[w] || w == "speaker" || w == "dean"}
}

// personRun reports whether us are two or three capitalised words
// opening with a given name of the long lists too ([gazetteer.listedGiven]:
// "Senate Minority Whip Rosa Kell") or with a hyphenated given name
// ([hyphenGiven]: "director of Amnesty International Wai-kit Lam"): a
// person's full name.
func (r *Resolver) personRun(s nlp.Sentence, us []unit) bool {
	if len(us) < 2 || len(us) > 3 || !r.g.listedGiven(s.Tokens[us[0].start].Text) && !hyphenGiven(s.Tokens[us[0].start].Text) {
		return false
	}
	for _, u := range us {
		if u.kind != uCap || u.end != u.start+1 {
			return false
		}
	}
	return true
}

// hyphenPrefixes are the capitalised prefixes a hyphen joins to a
// lower-case word ("Co-chair", "Ex-wife"), no syllables of a given name.
var hyphenPrefixes = map[string]bool{
	"Co": true, "Ex": true, "Vice": true, "Anti": true, "Pro": true, "Non": true, "Pre": true,
	"Post": true, "Self": true, "Mid": true, "Sub": true, "Neo": true, "Semi": true, "Re": true,
	"Mis": true, "Over": true, "Under": true, "Half": true, "Step": true, "All": true, "Far": true,
}

// hyphenGiven reports whether w is shaped as a hyphenated given name
// whose syllables are written apart ("Man-kei", "Wai-kit", "Jae-in"):
// a capitalised syllable and a lower-case one of two to five letters
// each, the first no prefix ([hyphenPrefixes]). Only a caller that
// already expects a person's name after a body or a title uses it.
func hyphenGiven(w string) bool {
	first, second, ok := strings.Cut(w, "-")
	if !ok || hyphenPrefixes[first] || len(first) < 2 || len(first) > 5 || len(second) < 2 || len(second) > 5 ||
		first[0] < 'A' || first[0] > 'Z' {
		return false
	}
	for _, c := range first[1:] + second {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// bodyRun reports whether us name a body or a place: a name of the
// gazetteer that is no person's, words ending in an organisation's head
// word ("Harvard Law School"), an acronym ("NASA"), or "House", a
// chamber's short name ("House Speaker Tom Wu").
func (r *Resolver) bodyRun(s nlp.Sentence, us []unit) bool {
	if len(us) == 0 {
		return false
	}
	for _, u := range us {
		if u.kind != uCap && u.kind != uEntry && u.kind != uOf {
			return false
		}
	}
	if u := us[len(us)-1]; u.kind == uEntry && u.e.typ != schema.Person {
		return true
	}
	return us[0].kind != uOf && (r.orgHead(s, us) || len(us) == 1 && (isAcronym(s.Tokens[us[0].start].Text) || s.Tokens[us[0].start].Text == "House" || chamberNames[s.Tokens[us[0].start].Text]))
}

// classify turns the units of one chunk into mentions. next is the token
// after the chunk.
func (r *Resolver) classify(s nlp.Sentence, us []unit, next int) []*mention {
	toks := s.Tokens
	var out []*mention
	var country, org, possr *mention
	var titles []*title
	var seg []unit
	portfolio := ""
	orgNext, toNext := false, false
	toAt := -1      // index in us of the last "to" of an envoy's title
	joined := false // the last unit is a title or a nationality read inside a name
	flush := func() {
		if len(seg) == 0 {
			return
		}
		for _, m := range r.segment(s, seg, country, titles, orgNext) {
			if len(titles) > 0 && m.typ == schema.Person && m.end-m.start >= 2 && m.start > us[0].start && siteWords.has(toks[m.end-1].Text) &&
				!surnameSites[toks[m.end-1].Text] {
				// "the King Fahd Grand Mosque", "Sultan Qaboos Grand
				// Mosque": a site named after a ruler, its title a word
				// of its name, holds no office.
				k := m.start
				for k > us[0].start && isCap(toks[k-1].Text) {
					k--
				}
				m.start, m.typ = k, schema.Location
				m.surface = spanText(s, k, m.end)
				m.name, m.full = m.surface, m.surface
				titles, portfolio = nil, ""
				out = append(out, m)
				continue
			}
			if m.typ == schema.Person || m.kind == mSingle && len(titles) > 0 {
				m.titles = titles
				for _, t := range titles {
					if t.gender != 0 {
						m.gender = t.gender
					}
				}
				m.country, m.org, m.portfolio = country, org, portfolio
				if len(titles) > 0 {
					m.full = spanText(s, us[0].start, m.end)
				}
				titles, portfolio = nil, ""
			}
			if m.typ == schema.Organization && country != nil && country.start < m.end && m.country == nil {
				m.country = country
			}
			if m.typ == schema.Organization {
				org = m
			}
			if possr != nil && (m.typ == schema.GPE || m.typ == schema.Location) {
				m.in = possr
			}
			out = append(out, m)
		}
		seg, orgNext = nil, false
	}
	us = r.bodyTitles(s, us)
	law := false // the rest of the chunk names a law or a licence
	for i, u := range us {
		if law {
			continue
		}
		if toNext && u.kind == uEntry {
			// "Ambassador to the United States Ann Lee": the state the
			// envoy is sent to is a name of its own; the titles wait for
			// the person's name.
			out = append(out, r.segment(s, us[i:i+1], nil, nil, false)...)
			toNext = false
			continue
		}
		toNext = false
		if (u.kind == uTitle || u.kind == uDemonym) && len(seg) > 0 && (seg[len(seg)-1].kind == uOf || u.kind == uTitle && seg[len(seg)-1].kind == uJoin) {
			// "Society for General Systems Research", "Court of Queen's
			// Bench", "Museum of American History": a title or a
			// nationality right after "of" or "for" inside a name is a
			// word of that name; cut there, the name would end in "of"
			// ("Society for") and the rest be read apart. So is a title
			// after "and" inside a party's name ("the Law and Justice
			// Party").
			u.kind = uCap
			joined = true
		} else if u.kind == uEntry && u.e != nil && u.e.typ == schema.Organization && len(seg) > 0 && seg[len(seg)-1].kind == uJoin && toks[seg[len(seg)-1].start].Text == "and" {
			// "the Peace and Security Council": a body the gazetteer
			// knows by the words after "and" joined to an unknown word
			// is their one name, not that body ([Resolver.bodyAfter]).
			u.kind = uCap
			joined = true
		} else if u.kind == uTitle && titledPlace(s, us, i) {
			// "General Santos City", "Sultan Kudarat Province": a
			// title opening a name that ends in a town's or a region's
			// head noun is a word of that place's name.
			u.kind = uCap
		} else if u.kind == uPoss && joined && i+1 < len(us) && us[i+1].kind == uCap {
			// "Court of Queen's Bench": the possessive of that word
			// is inside the name too.
			u.kind = uCap
		}
		if u.kind != uCap {
			joined = false
		}
		switch u.kind {
		case uTo:
			flush()
			toNext, toAt = true, i
		case uDemonym:
			if i > 0 && us[i-1].kind == uTitle && surnameTitle(us[i-1].t.name) && (i+1 == len(us) || us[i+1].kind != uCap) {
				// "said Mr Irish", "Mrs English": after a title that goes
				// before a surname alone, a nationality's word is that
				// surname.
				seg = append(seg, unit{kind: uCap, start: u.start, end: u.end})
				continue
			}
			if e := r.g.entries[normKey(u.country)]; e != nil && e.typ == schema.Organization && i+1 < len(us) && us[i+1].kind == uCap &&
				toks[us[len(us)-1].end-1].Text == "Party" {
				// "Republican People's Party": a party's adjective opens
				// the name of another party, not a unit of its own party.
				seg = append(seg, unit{kind: uCap, start: u.start, end: u.end})
				continue
			}
			if demonymInName(s.Tokens, us, i, seg) {
				// "Native American Rights Fund", "League of United Latin
				// American Citizens", "British American Drama Academy":
				// a nationality between capitalised words of a name, or
				// two nationalities before them, are words of the name.
				seg = append(seg, unit{kind: uCap, start: u.start, end: u.end})
				continue
			}
			flush()
			if u.start > 0 && continentParts[toks[u.start-1].Text] {
				continue // "the South American group Mercosur": a part of a continent, no state's nationality
			}
			country = &mention{kind: mName, start: u.start, end: u.end, surface: spanText(s, u.start, u.end),
				name: u.country, typ: schema.GPE, adj: true}
			if e := r.g.entries[normKey(u.country)]; e != nil {
				country.gaz, country.typ = e, e.typ // a party's adjective names an organisation
			} else if strings.HasSuffix(u.country, " Party") {
				country.typ = schema.Organization // [partyLabel]
			}
			if isAcronym(country.surface) && (u.end == len(toks) || !strings.HasPrefix(toks[u.end].Tag, "NN") && toks[u.end].Tag != "JJ" && toks[u.end].Tag != "CD" && !isCap(toks[u.end].Text)) {
				// "entered the U.S. on Monday": a state's short name with no
				// noun or number after it is the state, not its adjective
				// ("U.S. officials"; "US 75" is a road).
				country.adj = false
			}
			if u.end == u.start+1 && u.start > 0 && toks[u.start].Tag == "NNPS" && toks[u.start-1].Lower() == "the" {
				// "The British relinquished control": the tagger's plural
				// noun after "the" is the state's people, no adjective.
				country.adj = false
			}
			out = append(out, country)
		case uTitle:
			if n := us[len(us)-1]; i <= len(us)-2 && i >= len(us)-3 && capRun(us[i+1:]) && u.end == u.start+1 &&
				isCap(toks[u.start].Text) && (r.g.is("orghead", toks[n.end-1].Text) || toks[n.end-1].Text == "Administration" && n.start > u.end) && !slices.ContainsFunc(seg, func(v unit) bool { return v.kind != uEntry }) && country == nil {
				// "General Electric", "General Dynamics", "the General
				// Services Administration": a title right before a
				// company's or an agency's head word, alone or after
				// another capitalised word, opens its name; no one is
				// named. "Administration" heads a name only after another
				// word: alone it is a government's ("the Administration").
				seg = append(seg, unit{kind: uCap, start: u.start, end: u.end})
				continue
			}
			if i+1 < len(us) && capRun(us[i+1:]) && u.end == u.start+1 && isCap(toks[u.start].Text) && lawWord(toks[us[len(us)-1].end-1].Text) {
				// "the General Data Protection Regulation", "the GNU
				// General Public License": a title before capitalised
				// words that end in a law's or a licence's noun is a word
				// of its name, which names no actor, nor does a word of
				// it before the title.
				seg, law = nil, true
				continue
			}
			for len(seg) > 1 && seg[0].kind == uCap && seg[0].end == seg[0].start+1 && titleLeadWords[toks[seg[0].start].Text] && seg[len(seg)-1].end == u.start &&
				(toks[seg[0].start].Text != "New" || portfolioTitle(u.t)) {
				// "New Revenue Minister Ann Lee", "Opposition Conservative
				// leader Tom Wu": a word of time or standing before the
				// title's portfolio or party says when or where she holds
				// it; it opens no name ("New Revenue" is no one). Before
				// a mayor's or a governor's title "New" may open the
				// town's name ("New Halden Mayor Tom Wu").
				seg = seg[1:]
			}
			if r.portfolioBefore(s, seg, u.t) || chiefOffice(s, us, seg, u.t) || titleModifiersOnly(s, seg) {
				// "Road Transport Minister Ann Lee", "Road Transport and
				// Bridges Minister Ann Lee", "Chief Medical Officer Ann
				// Lee", "Special Presidential Envoy Ann Lee": the
				// portfolio, field or modifier is part of her title, no
				// one's name.
				seg = nil
			}
			flush()
			if n := len(out); n > 0 && country == nil && len(titles) == 0 && unlistedPlaceBeforeHead(toks, out[n-1], u, us) {
				// "West Java Governor Danny Setiawan", "Halden Mayor Tom
				// Wu": a name the gazetteer does not list, right before a
				// town's or a region's head and the holder's name, is the
				// place the holder heads, not a person.
				out[n-1].typ = schema.GPE
				if out[n-1].kind == mSingle {
					out[n-1].kind, out[n-1].name = mName, out[n-1].surface // "Halden Mayor Tom Wu": a name of its own, no short form
				}
			}
			if n := len(out); n > 0 && country == nil && len(titles) == 0 && out[n-1].typ == schema.GPE && !out[n-1].adj && out[n-1].end == u.start &&
				(out[n-1].start == 0 || toks[out[n-1].start-1].Tag != "IN" || clauseIN[toks[out[n-1].start-1].Lower()] || toks[out[n-1].start-1].Lower() == "of") && us[len(us)-1].kind != uTitle {
				// "United States Secretary of State John Miller": a
				// state's name before a title is the state the title
				// holder serves, as its adjective is ("In Paris President
				// Tom Wu" is where he is, and with no name after the
				// title, "your United States Senator" is no office;
				// "that Ohio Governor Ann Lee" opens a clause; "the
				// departure of Ontario MP Ann Lee": an of-phrase's place
				// and title name one person).
				country = out[n-1]
			}
			titles = append(titles, u.t)
		case uOrgDesc:
			flush()
			orgNext = true
		case uPortfolio:
			// "Minister of Education Ann Lee": the minister's ministry,
			// named by the portfolio, is the body the name holds the
			// title in.
			// A secretary's department is not always a ministry: it is
			// linked only when the document names it
			// ([docState.portfolioBody]).
			flush()
			words := spanText(s, u.start+1, u.end)
			if len(titles) == 0 || !ministerTitle(titles[len(titles)-1].name) {
				portfolio = words
				break
			}
			org = &mention{kind: mName, start: u.start + 1, end: u.end, surface: words,
				name: "Ministry of " + words, typ: schema.Organization, country: country}
			out = append(out, org)
		case uPoss:
			flush()
			if len(out) > 0 {
				p := out[len(out)-1]
				p.possessive = true
				if p.typ == schema.GPE {
					country, possr = p, p
				}
			}
		default:
			seg = append(seg, u)
		}
	}
	flush()
	out = r.placeBeforeName(s, us, out, next)
	// Titles with no name after them name an office ("Ukraine's Prosecutor
	// General" → Prosecutor General of Ukraine); a game's rank names none
	// ("Israeli Grand Master (GM) Tom Wu").
	if len(titles) > 0 && isCap(titles[len(titles)-1].name) && (country != nil || org != nil) && !gameRank(titles[len(titles)-1].name) {
		holder := country
		if org != nil {
			holder = org
		}
		last := len(us) - 1
		if toAt == last-1 && us[last].kind == uEntry {
			last = toAt - 1 // "the Afghan Ambassador to the United States"
		}
		start := us[last].start
		for i := last; i >= 0 && us[i].kind == uTitle; i-- {
			start = us[i].start
		}
		t := titles[len(titles)-1]
		m := &mention{kind: mName, start: start, end: us[len(us)-1].end, typ: schema.Person, role: true,
			surface: spanText(s, start, us[len(us)-1].end), name: t.name + " of " + holder.name, titles: titles}
		if holder == country {
			m.country = country
		} else {
			m.org = org
		}
		if n := len(out); !postNominals[t.name] || n == 0 || out[n-1].typ != schema.Person || out[n-1].end != start {
			// "the Minister of Trade Sione Vake MP": the letters of
			// the named minister's seat after the name are no office.
			out = append(out, m)
		}
	}
	if next < len(toks) && toks[next].Tag == "POS" && len(out) > 0 {
		out[len(out)-1].possessive = true
	}
	if g := r.groupAfter(s, out, next); g != nil {
		out = append(out, g)
	}
	for _, m := range out {
		if m.country != nil {
			m.country.used = true
		}
		if m.in != nil {
			m.in.used = true
		}
	}
	return out
}

// listedGroup returns the group named by the last of the nationality
// adjectives listed from token k, after a separator (",", "and", ", and")
// before each: "[British], French and German officials" gives German
// officials. A first ", and" ends the list unless a comma opened it
// (listed): "angered the British, and French officials said" is a clause.
// It returns nil when the list does not end in a group noun.
func (r *Resolver) listedGroup(s nlp.Sentence, k int, headline, listed bool) *mention {
	toks := s.Tokens
	for first := !listed; ; first = false {
		sep := k
		if sep < len(toks) && toks[sep].Text == "," {
			sep++
		}
		if sep < len(toks) && (toks[sep].Text == "and" || toks[sep].Text == "or") {
			if sep > k && first {
				return nil // "angered the British, and French officials said": a clause
			}
			sep++
		}
		if sep == k || sep >= len(toks) {
			return nil
		}
		rest, after := r.chunk(s, sep, headline)
		if len(rest) != 1 || rest[0].kind != uDemonym {
			return nil
		}
		if after < len(toks) && (toks[after].Text == "," || toks[after].Text == "and" || toks[after].Text == "or") {
			k = after // another adjective follows
			continue
		}
		return r.groupAfter(s, []*mention{{typ: schema.GPE, name: r.g.demonyms[normKey(spanText(s, rest[0].start, rest[0].end))]}}, after)
	}
}

// ownedAfter reports whether "of" and a name follow token end-1 of toks
// ("the navies of China", "the army of the Republic"): a noun so bound
// names those states' or bodies' forces.
func ownedAfter(toks []nlp.Token, end int) bool {
	if end+1 >= len(toks) || toks[end].Text != "of" {
		return false
	}
	j := end + 1
	if toks[j].Lower() == "the" && j+1 < len(toks) {
		j++
	}
	return isCap(toks[j].Text)
}

// nounAsAdj reports whether the group noun [k, end) of toks, which the
// tagger read as an adjective, is the noun all the same: no noun or
// adjective follows it ("The navy/JJ later rescued the crew", not "the
// navy blue coat").
func nounAsAdj(toks []nlp.Token, k, end int) bool {
	if toks[k].Tag != "JJ" {
		return false
	}
	return end == len(toks) || !strings.HasPrefix(toks[end].Tag, "NN") && !strings.HasPrefix(toks[end].Tag, "JJ")
}

// groupNoun returns the group head that the noun at token k of toks
// names and the end of the noun: a two-word noun of the gazetteer is read
// whole ("air force", "coast guard", "police officers"), so that "the
// Peruvian coast guard" is the state's coast guard, not a guard.
func (r *Resolver) groupNoun(toks []nlp.Token, k int) (head string, end int, ok bool) {
	if k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "NN") && !isCap(toks[k+1].Text) {
		if head, ok := r.g.groups[normKey(toks[k].Text+" "+toks[k+1].Text)]; ok {
			return head, k + 2, true
		}
	}
	head, ok = r.g.groups[normKey(toks[k].Text)]
	return head, k + 1, ok
}

// groupAfter returns the group named by the chunk's last mention and a
// group noun after it ("North Korean soldiers", "NATO representatives",
// "North Korea's elite forces"), or nil.
func (r *Resolver) groupAfter(s nlp.Sentence, out []*mention, next int) *mention {
	if len(out) == 0 {
		return nil
	}
	toks := s.Tokens
	last := out[len(out)-1]
	unknown := r.unknownBody(s, last)
	if (last.typ == schema.Person || last.kind == mSingle) && !unknown {
		return nil
	}
	j := next
	if j < len(toks) && toks[j].Tag == "POS" && last.typ == schema.GPE {
		j++
	} else if last.possessive {
		return nil
	}
	for k := j; k < len(toks) && k <= j+2; k++ {
		w := toks[k]
		if isCap(w.Text) && !r.groupAcronym(w.Text) && !(k == j && r.capitalGroup(w.Text) && (k+1 == len(toks) || !isCap(toks[k+1].Text))) {
			return nil // "Republican Senators" as a speech writes them, not "Labour Party"
		}
		head, end, ok := r.groupNoun(toks, k)
		if !ok && last.typ == schema.Organization && toks[k].Text == "ministers" && (k+1 == len(toks) || !listOpeners[toks[k+1].Text]) {
			// "EU foreign ministers", "NATO defence ministers": a bloc's
			// ministers meet as one group; a state's ministers, and
			// ministers a list names ("three Cabinet ministers, Tom Wu,
			// ..."), are read as a plural role.
			head, end, ok = "ministers", k+1, true
		}
		if ok && strings.HasPrefix(w.Tag, "NN") {
			if end < len(toks) && strings.HasPrefix(toks[end].Tag, "NN") {
				return nil
			}
			k = end - 1
			if head == "members" && last.typ == schema.GPE {
				return nil // "Norwegian members of the committee": a body's members, not the state's people
			}
			g := &mention{kind: mGroup, start: last.start, end: k + 1, typ: schema.Group,
				surface: spanText(s, last.start, k+1), head: head}
			switch {
			case last.typ == schema.GPE && r.g.adjOf[last.name] != "":
				g.name = r.g.adjOf[last.name] + " " + head
				g.country = last
			case last.typ == schema.GPE && head != "police" && !last.possessive && j == next:
				// "Hong Kong protesters", "Gaza militants": a place with
				// no adjective names its group as written (a town's
				// police is its force, [Resolver.townPolice]).
				g.name = last.name + " " + head
				g.country = last
			case last.typ == schema.Organization && head == "troops" && r.military(last.name):
				// "Korean People's Army units" are the army itself.
				last.end = k + 1
				return nil
			case last.typ == schema.Organization && r.fightersOf(last, head):
				// "Taliban fighters", "Hamas militants", "M23 rebels": an
				// armed movement's fighters are the movement, which a
				// later "the militants" names ([docState.movementRef]).
				last.end, last.head = k+1, head
				last.surface = spanText(s, last.start, last.end)
				return nil
			case last.typ == schema.Organization:
				g.name = last.name + " " + head
				g.org = last
			case unknown && bodyPeople[head]:
				// "Greenpeace activists", "Extinction Rebellion members":
				// an unknown name before the members only a body has
				// names the body.
				last.typ, last.hint, last.guess, last.weak = schema.Organization, schema.Organization, false, false
				if last.kind == mSingle && last.start+1 == last.end && k == last.end {
					last.kind = mName
				}
				g.name = last.name + " " + head
				g.org = last
			default:
				return nil
			}
			return g
		}
		if !(w.Tag == "JJ" || w.Tag == "NN" || w.Tag == "VBN") {
			return nil
		}
	}
	return nil
}

// movementHeads are the group heads that name only an armed movement's
// members: an organisation's "rebels" are the organisation.
var movementHeads = map[string]bool{"rebels": true, "militants": true, "militias": true, "guerrillas": true, "separatists": true}

// fightersOf reports whether the group head after organisation mention
// m names the organisation itself: a rebel's or militant's head after
// any organisation ("M23 rebels"), and any fighters' head ("Taliban
// fighters", "Hezbollah forces") after one the gazetteer knows as a
// movement or armed group (not a bloc's or an alliance's "NATO troops",
// nor "Hamas officials", who speak for it).
func (r *Resolver) fightersOf(m *mention, head string) bool {
	if movementHeads[head] {
		// "Labour rebels" are a party's dissenters, no armed movement
		return m.gaz == nil || movement(m.gaz)
	}
	return head == "troops" && movement(m.gaz)
}

// movement reports whether gazetteer entry e is a movement or armed
// group: an organisation it describes as a group, movement, militia or
// rebels, and as no bloc, company, confederation or cartel ("BRICS is a
// bloc, group").
func movement(e *entry) bool {
	if e == nil || e.typ != schema.Organization {
		return false
	}
	armed := false
	for _, d := range e.desc {
		switch d {
		case "group", "movement", "militia", "rebels":
			armed = true
		case "bloc", "company", "confederation", "cartel", "alliance":
			return false
		}
	}
	return armed
}

// captionLabel reports whether w is a word that labels the credit or
// source after a colon in a caption ("Image: NASA", "Photo: AP"). Before a
// colon such a word is no part of a name.
func captionLabel(w string) bool {
	switch strings.ToLower(w) {
	case "image", "images", "photo", "photos", "photograph", "picture", "pictures", "pic", "credit", "credits",
		"source", "sources", "video", "footage", "graphic", "illustration", "map", "file", "caption":
		return true
	}
	return false
}

// military reports whether an organisation's name ends in a military word.
func (r *Resolver) military(name string) bool {
	f := strings.Fields(name)
	switch f[len(f)-1] {
	case "Army", "Navy", "Forces", "Force", "Guard", "Guards", "Fleet", "Corps", "Command", "Brigade",
		"Division", "Regiment", "Battalion", "Bundeswehr", "PLA", "IDF", "KPA":
		return true
	}
	return false
}

// segment classifies a run of names and capitalised words.
func (r *Resolver) segment(s nlp.Sentence, seg []unit, country *mention, titles []*title, orgNext bool) []*mention {
	if len(seg) == 0 {
		return nil
	}
	if u := seg[0]; len(seg) == 1 && u.kind == uEntry && len(titles) > 0 && u.e.typ == schema.GPE && u.end-u.start == 1 &&
		!isAcronym(s.Tokens[u.start].Text) {
		// "General Washington", "Saint Helena" aside (one name in the
		// gazetteer): a title right before a place's one-word name
		// makes it a person's surname.
		return []*mention{{kind: mSingle, start: u.start, end: u.end, surface: s.Tokens[u.start].Text,
			name: s.Tokens[u.start].Text, hint: schema.Person}}
	}
	if len(seg) == 1 && seg[0].kind == uEntry {
		return []*mention{r.entryMention(s, seg[0])}
	}
	if n := len(seg); seg[n-1].kind == uCap && seg[n-1].end-seg[n-1].start == 1 {
		if e := seg[n-1].end; e < len(s.Tokens) && s.Tokens[e].Text == ":" &&
			(n > 1 && s.Tokens[e-1].Tag == "NN" || captionLabel(s.Tokens[e-1].Text)) {
			// "student Omar Haddad Image: Twitter": a common noun
			// before a colon labels what follows (a caption's "Image:",
			// "Photo:", "Source:"); it is no part of the name before it.
			// A caption label is none whatever its tag ("International
			// Space Station Image: Twitter / NASA" tags it NNP).
			if seg = seg[:n-1]; len(seg) == 0 {
				return nil
			}
		}
	}
	if m := r.spelledOrg(s, seg, titles); m != nil {
		return []*mention{m}
	}
	if r.romanceName(s, seg) {
		// "Observatoire de Paris", "Institut de Recherche pour le
		// Développement": one body's name, the place in it no mention.
		a, b := seg[0].start, seg[len(seg)-1].end
		return []*mention{{kind: mName, start: a, end: b, surface: spanText(s, a, b), name: cleanName(spanText(s, a, b)), typ: schema.Organization}}
	}
	if k := seg[0].start; len(seg) >= 2 && seg[0].kind == uCap && seg[0].end == k+1 && chamberNames[s.Tokens[k].Text] && k >= 2 &&
		s.Tokens[k-1].Text == "of" && strings.EqualFold(s.Tokens[k-2].Text, "member") && seg[1].kind == uCap && isCap(s.Tokens[seg[1].start].Text) {
		// "Member of Parliament Lousewies van der Laan": the chamber
		// and the member are two names, whatever the member's given name.
		return append(r.segment(s, seg[:1], country, nil, orgNext), r.segment(s, seg[1:], nil, nil, false)...)
	}
	if n := len(seg); n >= 3 && seg[0].kind == uEntry && seg[0].e.typ == schema.Organization && !r.g.given(s.Tokens[seg[0].start].Text) &&
		len(titles) == 0 && r.personRun(s, seg[1:]) && !r.orgHead(s, seg) {
		// "director of Amnesty International Ann Lee": a known body's
		// name and a person's full name are two names. The rule has
		// read the person's full name, so neither the words after it
		// ("said in a statement", which mostly follow a body's name:
		// [orgContext]) nor the recogniser, which may read the body's
		// name running on into it, make it a body's.
		person := r.segment(s, seg[1:], nil, nil, false)
		if len(person) == 1 && person[0].start == seg[1].start && person[0].end == seg[n-1].end {
			person[0].typ, person[0].guess = schema.Person, false
		}
		return append(r.segment(s, seg[:1], country, nil, orgNext), person...)
	}
	if n := len(seg); n >= 5 && len(titles) == 0 && seg[0].kind == uCap && s.Tokens[seg[0].start].Text == "House" && seg[1].kind == uOf &&
		seg[2].kind == uCap && r.personRun(s, seg[3:]) {
		// "members of the House of Representatives Ann Lee and Tom Wu":
		// a chamber's "House of" name and a person's full name are two
		// names.
		return append(r.segment(s, seg[:3], country, nil, orgNext), r.segment(s, seg[3:], nil, nil, false)...)
	}
	if n := hearerThenName(s, seg); n > 0 {
		return append(r.segment(s, seg[:n], country, titles, orgNext), r.segment(s, seg[n:], nil, nil, false)...)
	}
	if m := r.placeThenWord(s, seg, titles); m != nil {
		return []*mention{m}
	}
	if team, rest := r.teamThenPerson(s, seg, titles); team != nil {
		return append([]*mention{team}, r.segment(s, rest, nil, nil, false)...)
	}
	if m := r.townThenTeam(s, seg, titles); m != nil {
		return []*mention{m}
	}
	if len(seg) == 3 && seg[0].start == 0 && seg[0].kind == uCap && seg[0].end == 1 && occupationNouns[s.Tokens[0].Lower()] {
		// "Actor Denzel Washington criticized": the occupation noun
		// that opens the sentence is no part of the name.
		if m := r.givenThenPlace(s, seg[1:], titles, orgNext); m != nil && !m.guess {
			return []*mention{m}
		}
	}
	if m := r.givenThenPlace(s, seg, titles, orgNext); m != nil && !stateAgency(s, seg) && !r.regionalArm(s, seg) {
		return []*mention{m}
	}
	if m := r.givenThenOrg(s, seg, orgNext); m != nil {
		return []*mention{m}
	}
	if m := r.newsArm(s, seg); m != nil {
		return []*mention{m}
	}
	if (r.namedAfter(seg) || placeThenOne(seg)) && workWords[s.Tokens[seg[len(seg)-1].end-1].Text] {
		// "the Norway Cross Country Championship", "the UK Music
		// Awards", "chairman of the London Marathon": a contest, an
		// award or a work named after a place or a body is no actor,
		// as a guessed name ending so is none ([Resolver.recognize]);
		// nor is the place alone there.
		return nil
	}
	if u := seg[0]; country == nil && r.stateBodyOf(s, seg) {
		// "the United States National Institute of Health": the state
		// whose body it is still mentioned, as its adjective would be
		// ("the French National Institute of Health").
		c := &mention{kind: mName, start: u.start, end: u.end, surface: spanText(s, u.start, u.end), name: u.e.name,
			typ: schema.GPE, adj: true, gaz: u.e}
		out := []*mention{c}
		for _, m := range r.segment(s, seg, c, titles, orgNext) {
			if m.typ == schema.Organization && m.country == nil {
				m.country = c
			}
			out = append(out, m)
		}
		return out
	}
	hasEntry := hasUnit(seg, uEntry)
	last := seg[len(seg)-1]
	// "United States National Security Council" is one name although it
	// ends with a known one ("Security Council").
	longerOrg := r.orgHead(s, seg) && (last.kind == uCap || last.kind == uEntry && len(seg) > 1 && seg[len(seg)-2].kind == uCap) ||
		stateAgency(s, seg) || r.regionalArm(s, seg) || r.placeBody(s, seg) || partyOfState(s, seg) || schoolOfPlace(s, seg) || r.titledSite(s, seg) ||
		r.stateBodyOf(s, seg) || stateChamber(s, seg)
	if hasEntry && !longerOrg && !(r.namedAfter(seg) && !placeThenName(s, seg[0].start, last.end)) {
		for i := 2; i+1 < len(seg); i++ {
			if seg[i].kind == uOf && s.Tokens[seg[i].start].Text == "of" && stateAgency(s, seg[i+1:]) {
				// "Tom Wu of Statistics Canada": a name, of and an
				// agency named by its state.
				return append(r.segment(s, seg[:i], country, titles, orgNext), r.segment(s, seg[i+1:], nil, nil, true)...)
			}
		}
		// Mixed run: each name alone, each run of other words alone; a
		// town and the words of a team named after it are one name
		// ("the Wolstein Center for the Leeds Otters").
		var out []*mention
		var run []unit
		// The sentinel goes into a copy: seg may be a caller's seg[:n],
		// whose next unit an append in place would overwrite.
		seg := append(seg[:len(seg):len(seg)], unit{kind: uEntry, start: -1})
		for i := 0; i < len(seg); i++ {
			u := seg[i]
			if u.kind != uEntry {
				run = append(run, u)
				continue
			}
			a := len(run)
			for a > 0 && run[a-1].kind == uCap {
				a--
			}
			if u.start >= 0 && a < len(run) && schoolOfPlace(s, append(run[a:len(run):len(run)], u)) {
				// "Tom Wu of University College Oslo": the town after a
				// school's head word ends the school's name.
				if a > 0 {
					out = append(out, r.segment(s, trimConn(run[:a]), country, titles, orgNext)...)
				}
				out = append(out, r.segment(s, append(run[a:len(run):len(run)], u), nil, nil, false)...)
				run = nil
				continue
			}
			if len(run) > 0 {
				out = append(out, r.segment(s, trimConn(run), country, titles, orgNext)...)
				run = nil
			}
			j := i + 1
			for j < len(seg) && seg[j].kind == uCap {
				j++
			}
			if m := r.townThenTeam(s, seg[i:j], nil); u.start >= 0 && m != nil {
				out = append(out, m)
				i = j - 1
				continue
			}
			if m := r.placeThenWord(s, seg[i:j], nil); u.start >= 0 && j == i+2 && m != nil && r.g.is("regionhead", s.Tokens[seg[i+1].start].Text) {
				// "the Governor of Tyumen Oblast": a place's name and a
				// region's head noun after it are one region's name, as
				// they are alone ([Resolver.placeThenWord]).
				out = append(out, m)
				i = j - 1
				continue
			}
			if v := bodyVenue(s, seg, i); v > i {
				// "the Toronto Congress Centre": a body's name before a
				// venue's head noun names the venue, not the body.
				a, b := u.start, seg[v].end
				out = append(out, &mention{kind: mName, start: a, end: b, surface: spanText(s, a, b), name: cleanName(spanText(s, a, b)), typ: schema.Location})
				i = v
				continue
			}
			if u.start >= 0 {
				out = append(out, r.entryMention(s, u))
			}
		}
		return out
	}
	if w := s.Tokens[seg[0].start].Text; len(seg) > 2 && len(titles) == 0 && seg[0].kind == uCap && seg[0].end == seg[0].start+1 &&
		w == "Born" && sentenceFirst(s.Tokens, seg[0].start) && r.g.given(s.Tokens[seg[1].start].Text) {
		// "Born Tomas Varga in Halvik Bay, he ...": the participle
		// that opens the sentence opens no name.
		return r.segment(s, seg[1:], country, nil, orgNext)
	}
	if w := s.Tokens[seg[0].start].Text; len(seg) > 1 && len(seg) <= 4 && len(titles) == 0 && !orgNext && seg[0].kind == uCap &&
		seg[0].end == seg[0].start+1 && r.pluralDemonym(w) != nil && (len(seg) > 2 || r.g.given(s.Tokens[seg[1].start].Text)) && !r.orgHead(s, seg) {
		// "ahead of Norwegians Ola Berg, 3:12:09, and ...": a
		// plural nationality noun before a person's full name says where
		// the person is from, as "Ethiopian" would; it opens no name.
		e := r.pluralDemonym(w)
		c := &mention{kind: mName, start: seg[0].start, end: seg[0].end, surface: w, name: e.name, typ: schema.GPE, adj: true, gaz: e}
		return append([]*mention{c}, r.segment(s, seg[1:], c, nil, false)...)
	}
	if w := s.Tokens[seg[0].start].Text; len(seg) > 1 && len(seg) <= 4 && len(titles) == 0 && !orgNext && seg[0].kind == uCap &&
		seg[0].end == seg[0].start+1 && (demonymNouns[w] != "" || compatriotNouns[w]) &&
		(len(seg) > 2 || r.g.given(s.Tokens[seg[1].start].Text)) && !r.orgHead(s, seg) {
		// "Swede Daniel Persson", "Briton Tom Hale", "Compatriots
		// Mulugeta Wondimu and ...": a nationality's noun before a
		// person's full name (two words or more, or a given name) says
		// where the person is from, as "Swedish" would; it opens no name.
		if e := r.g.entries[normKey(demonymNouns[w])]; e != nil && e.typ == schema.GPE {
			c := &mention{kind: mName, start: seg[0].start, end: seg[0].end, surface: w, name: e.name, typ: schema.GPE, adj: true, gaz: e}
			return append([]*mention{c}, r.segment(s, seg[1:], c, nil, false)...)
		}
		return r.segment(s, seg[1:], country, nil, false)
	}
	if w := s.Tokens[seg[0].start].Text; len(seg) > 1 && len(titles) == 0 && !orgNext && r.descriptor(s, seg, w) && !r.orgHead(s, seg) && !r.titledSite(s, seg) {
		// "Professor Eastman", "Coach Lee": a capitalised role noun
		// before one name is a title, not the person's first name; the
		// surname alone is then a short form of the full name met before
		// ("Professor Cres Eastman", split by splitRoleName).
		// "Scientologist Tom Cruise", "Methodist John Wesley": a word
		// for a follower before a name says what the person is.
		return r.segment(s, seg[1:], country, []*title{{name: w, lead: leadNouns[strings.ToLower(w)]}}, false)
	}
	if n := len(seg); n > 2 && seg[n-1].kind == uCap && seg[n-1].end == seg[n-1].start+1 && speakerAt(s.Tokens, seg[n-1].start) &&
		seg[0].start > 0 && electWords[s.Tokens[seg[0].start-1].Lower()] {
		// "The House elected Ann Lee Speaker": the chair she was elected
		// to, no part of her name.
		return r.segment(s, seg[:n-1], country, titles, false)
	}
	a, b := seg[0].start, last.end
	m := &mention{kind: mName, start: a, end: b, surface: spanText(s, a, b)}
	m.name = cleanName(m.surface)
	if b-a > 2 && postNominals[s.Tokens[b-1].Text] && (b >= len(s.Tokens) || !isCap(s.Tokens[b].Text)) {
		// "Tom McCabe MSP said", "Ann Lee QC": letters after a name are
		// none of it, though the mention spans them for the rules that
		// read the words around it.
		m.surface = spanText(s, a, b-1)
		m.name = cleanName(m.surface)
	}
	words := b - a
	last1 := s.Tokens[b-1].Text
	switch {
	case r.personOfOrg(s, seg) > 0:
		// "musician Nick Rhodes of Duran Duran", "publishers Ann Lee of
		// Rolling Stone Magazine": a person of an organisation.
		of := r.personOfOrg(s, seg)
		if hasUnit(seg[of+1:], uAnd) || hasUnit(seg[of+1:], uOf) && !r.roleFirst(s, seg) {
			return r.splitConnected(s, seg, country, titles)
		}
		return append(r.segment(s, seg[:of], country, titles, false), r.segment(s, seg[of+1:], nil, nil, true)...)
	case words == 2 && last1 == "Nations" && countWords[s.Tokens[a].Text]:
		// "the Six Nations", "the Four Nations": a tournament between so
		// many nations is no actor.
		return nil
	case eventOn(s, seg):
		// "International Meeting on Linguistic Research": a meeting
		// with its topic ([Resolver.chunk]) is no actor, nor is its topic
		// alone.
		return nil
	case words > 1 && !hasEntry && len(titles) == 0 && country == nil && kindAfterA(s, m):
		// "a unique Pilot Training Program": a body's head word after
		// "a" names a kind of body (see [Resolver.recognize]). Not one
		// capitalised word: "Hodgson, a Fellow at King's College" and "a
		// President" are role nouns that corefer.
		return nil
	case words > 1 && len(titles) == 0 && country == nil && r.g.titles[normKey(m.name)] != nil:
		// "Tom Wu, the Secretary of State, said", "served as National
		// Security Advisor": a title the gazetteer lists, with no name
		// after it, names an office, never a place ("State"), a body
		// or a person.
		return nil
	case orgNext || r.orgHead(s, seg) || r.g.is("orgfirst", s.Tokens[a].Text) && hasUnit(seg, uOf) || r.orgBeforeOf(s, seg) ||
		hasEntry || againstName(s, seg):
		m.typ = schema.Organization
		if country != nil && country.end == a {
			m.start = country.start
			m.surface = spanText(s, m.start, b)
			m.name = cleanName(m.surface)
		}
		if stateAgency(s, seg) {
			// "Environment Canada": the state's own mention stays,
			// inside the agency's, as in a government's name.
			out := []*mention{m}
			for _, u := range seg {
				if u.kind == uEntry {
					out = append(out, r.entryMention(s, u))
				}
			}
			return out
		}
	case words > 1 && partyPlurals.has(last1) && !r.givenBefore(s.Tokens, a+1):
		// "the Young Democrats", "the Neo Democrats": a party named
		// by its members.
		m.typ = schema.Organization
	case r.g.is("placehead", last1):
		m.typ = schema.Location
	case r.titledSite(s, seg) && !r.orgHead(s, seg):
		// "King George Square", "Queen Victoria Market": a site named
		// after a titled person is a place, its title a word of its
		// name.
		m.typ = schema.Location
	case words > 1 && (r.g.is("regionhead", last1) || last1 == "City" || s.Tokens[a].Text == "County") && (len(titles) == 0 || !hasUnit(seg, uOf)):
		// Not "State" alone ("the State and Homeland Security
		// Departments"). "Davao City", "County Kerry": a town or a
		// county named by its head noun (a club named after a known
		// town is [Resolver.townThenTeam]'s). Not "Sheriff Ann Lee of
		// Lincoln County": a titled person of the county, split below.
		m.typ = schema.GPE
	case words == 1 && groupWords[last1]:
		// "Muslims", "Kurds": a people named by faith or ethnicity.
		m.typ = schema.Group
	case len(titles) == 0 && country == nil && r.describedOfName(s, seg):
		// "newspaper Star of Mysore", "the Avoyelles House of Mercy, a
		// Pentecostal church,": a name with "of" that a word for a
		// body's kind describes is the body's one name.
		m.typ = schema.Organization
	case hasUnit(seg, uOf) || hasUnit(seg, uAnd):
		// "Tom Wu of Halvik Bank and Ann Lee of Norden Party" is no
		// one name: each run between "of" and "and" alone.
		return r.splitConnected(s, seg, country, titles)
	case len(titles) == 0 && r.office(s.Tokens, a, b):
		// "he became Agassiz Professor of Oriental Languages", "was
		// created Count of the Empire", "promoted to Major": an office
		// or a rank held, no person's name.
		return nil
	case len(titles) == 0 && (fieldAfterDegree(s.Tokens, a) || prizeField(s.Tokens, a, b) || chairField(s.Tokens, a, b)):
		// "a Ph.D. in Linguistics", "a degree in Controls, Guidance and
		// Instrumentation": the field of a degree is no actor, though
		// a lone name after "in" is mostly a place (below).
		return nil
	case words == 1 && len(titles) == 0 && (workWords[last1] || techAcronyms[last1]):
		// "the 6th European Championships", "the Olympics", "the Act":
		// the head noun of a contest, a law or a work alone is no actor,
		// nor is a format or a device ("sales of DVD players").
		return nil
	case words == 1:
		m.kind = mSingle
		switch {
		case len(titles) > 0, kinListed(s.Tokens, a):
			m.hint = schema.Person
		case b < len(s.Tokens) && !isCap(s.Tokens[b].Text) && r.g.is("regionhead", s.Tokens[b].Text):
			// "the Umbria region", "Kandahar province": a lone name
			// before a lower-case word for a region names the region.
			m.hint = schema.GPE
		case a > 0 && strings.EqualFold(s.Tokens[a-1].Text, "the") && b+1 < len(s.Tokens) && townPartNoun(s.Tokens[b].Text) && s.Tokens[b+1].Text == "of":
			// "the Ituri area of the Congo", "the Sagene neighbourhood
			// of Oslo": a lone name before a word for a part of a place
			// and "of" names that part ([regionOf]).
			m.hint = schema.GPE
		case strings.Count(s.Tokens[a].Text, ".") >= 2 && a > 0 &&
			(isCap(s.Tokens[a-1].Text) || a > 1 && s.Tokens[a-1].Text == "," && isCap(s.Tokens[a-2].Text)):
			// "Washington, D.C.", "Washington D.C.": a dotted
			// abbreviation after a place (and a comma) is the place's
			// state or district.
			m.hint = schema.GPE
		case orgContext(s, a, b), unknownAcronym(s, a), bizContext(s, a, b), clubContext(s, a, b), webDomain(s.Tokens[a].Text):
			m.hint = schema.Organization
		case r.staffContext(s, a) != "":
			m.hint = r.staffContext(s, a)
		case a > 1 && s.Tokens[a-1].Text == "of" && (roleNoun(s.Tokens[a-2].Lower()) || founderNouns[s.Tokens[a-2].Lower()]):
			// "co-founder of Google", "chairman of Tesco"
			m.hint = schema.Organization
		case a > 1 && strings.EqualFold(s.Tokens[a-2].Text, "according") && s.Tokens[a-1].Text == "to":
			// "according to Pachomius": the source of what is said is a
			// person (a body's name is mostly an acronym, above, or
			// shaped as a brand: "according to PolitiFact").
			m.hint = brandHint(s.Tokens[a].Text, schema.Person)
		case a > 0 && locPreps[s.Tokens[a-1].Lower()] && !(b+1 < len(s.Tokens) && s.Tokens[b].Text == "of" && isCap(s.Tokens[b+1].Text)):
			// Not "starred in House of Wax", "wrote in Men of
			// Mathematics": a word before of and a name opens a title.
			// "uploaded to GitHub": a word shaped as a brand is a body's
			// ([brandHint]).
			m.hint, m.weak = brandHint(s.Tokens[a].Text, schema.GPE), true
		case r.townOfState(s.Tokens, b):
			m.hint = schema.GPE
		case a > 2 && s.Tokens[a-1].Text == "," && isCap(s.Tokens[a-2].Text) && locPreps[s.Tokens[a-3].Lower()]:
			// "in Clearwater, Florida": the region after a place.
			m.hint = schema.GPE
		case a > 1 && s.Tokens[a-1].Text == "of" && placeNouns[s.Tokens[a-2].Lower()]:
			// "the port of Chancay", "the city of Kharkiv".
			m.hint = schema.GPE
		case r.affiliationOf(s.Tokens, a):
			// "Tom Wu of Halvik said", "spoke with Ann Lee of Nexus.": a
			// lone word after a person's full name and "of" names where
			// the person works or comes from, never another person.
			m.hint = schema.Organization
		case b < len(s.Tokens) && saidVerbs[s.Tokens[b].Lower()] && strings.HasPrefix(s.Tokens[a].Tag, "NNP") && saysOfItself(s.Tokens, b+1):
			// "Velmora said its profits rose": what speaks of its own
			// is a body, not a person.
			m.hint = schema.Organization
		case b < len(s.Tokens) && saidVerbs[s.Tokens[b].Lower()] && strings.HasPrefix(s.Tokens[a].Tag, "NNP"):
			// "Zelensky said": a lone unknown name that speaks is a
			// person, unless the document says otherwise elsewhere
			// ("Sony said ... shares in Sony": see [orgVote]).
			m.hint, m.weak = schema.Person, true
		default:
			// Only a proper noun may be a name the recogniser knows
			// ("Analysts" opening a sentence is none).
			m.guess = strings.HasPrefix(s.Tokens[a].Tag, "NNP") || dealSlot(s.Tokens, a)
		}
	case len(titles) == 0 && words <= 4 && r.regionHeadAfter(s.Tokens, b):
		// "Khyber Pakhtunkhwa province", "North Kivu province", "North
		// Waziristan tribal region": a name before a lower-case word for
		// a region names the region, as a lone name does (above).
		m.typ = schema.GPE
	case words-particleCount(s.Tokens[a:b]) <= 4:
		// "Mohammed bin Abdulrahman Al Thani": particles make no name
		// longer.
		if len(titles) == 0 && r.pluralTitle(s.Tokens[a:b]) {
			return nil // "One of Norway's Vice Presidents, Ann Lee": an office, no actor
		}
		m.typ = schema.Person
		if len(titles) == 0 && a > 0 && (s.Tokens[a-1].Text == "in" || s.Tokens[a-1].Text == "near") && r.townOfState(s.Tokens, b) && !r.g.given(s.Tokens[a].Text) {
			// "an incident in Kelby Falls, Ohio on May
			// 9": a name after "in" and before a comma and a state
			// or region is a town, as a lone word there is
			// ([Resolver.townOfState]).
			m.typ = schema.GPE
		}
		if len(titles) == 0 && a > 1 && s.Tokens[a-1].Text == "of" && placeNouns[s.Tokens[a-2].Text] {
			// "the province of Central Java", "the town of Mount
			// Pleasant": a lower-case word for a place and "of" name
			// the place after them, as they do a lone word (above).
			m.typ = schema.GPE
		}
		if len(titles) == 0 && (orgContext(s, a, b) || country != nil && country.adj && country.end == a && b < len(s.Tokens) && s.Tokens[b].Text == "party") {
			// "Thailand's Thai Raksa Chart party": a nationality's
			// adjective before a name and "party" opens a party's name,
			// as "the" does (orgContext), not a compatriot's.
			m.typ = schema.Organization
		}
		if len(titles) == 0 && country == nil && words > 1 && roleThenName(s.Tokens, b) && !r.givenBefore(s.Tokens, a+1) && !titleWord(s.Tokens[a].Text) {
			// "Halvik Rail CEO Tom Wu", "Halvik Courier critic, Ola
			// Berg": a name before a role noun and a person's name is
			// what the person is of, not a person.
			m.typ = schema.Organization
		}
		// A title or a state before the name ("Sweden's Ola Berg") is
		// evidence of a person; without them the type is a guess.
		// Neither is a state before a name ending in the head noun of a
		// work ("the Australian National Iodine Nutrition Study") or of
		// a site ("Mecca's Grand Mosque", "London's Hyde Park") or
		// before a noun for a business that serves its guests ("New York
		// City's Cipriani Dolci restaurant") or a part of a town
		// ("Seattle's Capitol Hill neighborhood": [Resolver.venueType]),
		// nor before a name an event's year follows ("Toronto's Anime
		// North 2019": [editionYear]).
		m.guess = len(titles) == 0 && (country == nil || workWords[s.Tokens[b-1].Text] || siteWords.has(s.Tokens[b-1].Text) || editionYear(s.Tokens, b) ||
			surnameSiteHeads[s.Tokens[b-1].Text] && r.placeBefore(s, m) || b < len(s.Tokens) && isNoun(s.Tokens[b]) && (venueNouns[s.Tokens[b].Lower()] || areaNouns[s.Tokens[b].Lower()]) && !r.g.given(s.Tokens[a].Text)) && m.typ == schema.Person
	case words <= 8 && r.roleSplit(s, a, b) >= 0:
		// "the Space Agency Administrator Ian Moss": split by scan.
		m.typ = schema.Person
	case words <= 8 && last1 == "Administration":
		// "the National Highway Traffic Safety Administration": an
		// agency too long for a person's name, whose head noun is no
		// body's alone ("the Administration"; shorter names are read in
		// [Resolver.recognize]).
		m.typ = schema.Organization
	default:
		return nil
	}
	return []*mention{m}
}

// regionHeadAfter reports whether a lower-case word for a region
// ("province", "region") stands at token b, or after one lower-case
// adjective there ("tribal region", "autonomous region"), or after the
// region's acronym in brackets ("Khyber Pakhtunkhwa (KP) province").
func (r *Resolver) regionHeadAfter(toks []nlp.Token, b int) bool {
	if b+3 < len(toks) && toks[b].Text == "(" && toks[b+2].Text == ")" && isAcronym(toks[b+1].Text) {
		b += 3
	}
	if b < len(toks) && toks[b].Tag == "JJ" && !isCap(toks[b].Text) {
		b++
	}
	return b < len(toks) && !isCap(toks[b].Text) && r.g.is("regionhead", toks[b].Text)
}

// placeThenWord returns the place named by a run of two units, a town's
// or a state's name the gazetteer knows and one capitalised word after it,
// which would else be cut into the place and a word: a site's head noun
// makes a site ("Auckland Castle", "Oslo Cathedral"), a region's a region
// ("Dallas County", "Idlib Province"), and a comma and a capitalised word
// after the two an address ("Porto Velho, Rondonia"). It returns nil for
// any other run.
func (r *Resolver) placeThenWord(s nlp.Sentence, seg []unit, titles []*title) *mention {
	if len(seg) != 2 || len(titles) > 0 || seg[0].kind != uEntry || seg[0].e.typ != schema.GPE ||
		seg[1].kind != uCap || seg[1].end-seg[1].start != 1 {
		return nil
	}
	b := seg[1].end
	switch w := s.Tokens[seg[1].start].Text; {
	case siteWords.has(w):
		return placeMention(s, seg, schema.Location)
	case r.g.is("regionhead", w):
		return placeMention(s, seg, schema.GPE)
	case seg[0].e.town() && b+1 < len(s.Tokens) && s.Tokens[b].Text == "," && isCap(s.Tokens[b+1].Text) && !r.g.given(s.Tokens[b+1].Text) &&
		(b+2 == len(s.Tokens) || !isCap(s.Tokens[b+2].Text) && s.Tokens[b+2].Text != "and" && s.Tokens[b+2].Text != "or") && !r.g.given(w) && !r.g.is("notname", w) && !teamLast[w] && !pressLast[w] && w != strings.ToUpper(w):
		// "Porto Velho, Rondonia": a town's name and an unknown word
		// written as an address, a one-word region after a comma, is
		// one town's name ("Porto" alone is another town). Not a list
		// of people ("Paris Hilton, Nicole Richie").
		return placeMention(s, seg, schema.GPE)
	}
	return nil
}

// townThenTeam returns the one name of a run of a town the gazetteer knows
// and capitalised words after it that name a team, a newspaper or a body
// named after the town, which would else be cut into the town and words
// ("Manchester United", "Seattle Seahawks", "New York Yankees", "Chicago
// Tribune"): an organisation. A compass word alone after the town makes a
// district or a constituency ("Glasgow East"), a place. The last word says
// which: a word of [teamLast] or [pressLast], or a plural that is no
// plural of the town's own people ("Baghdad Iraqis"), no event's ("Beijing
// Games") and no surname's ("Sydney Williams") ([Resolver.teamPlural]). A
// town inside a longer run keeps its team too ("the Wolstein Center for the
// Leeds Otters", in [Resolver.segment]'s mixed runs). A given name after the town ("Paris
// Hilton" is [Resolver.givenThenPlace]'s) or a region's, site's or work's
// head noun ([Resolver.placeThenWord]) is left to the other rules. It
// returns nil for any other run.
func (r *Resolver) townThenTeam(s nlp.Sentence, seg []unit, titles []*title) *mention {
	if len(seg) < 2 || len(seg) > 4 || len(titles) > 0 || seg[0].kind != uEntry {
		return nil
	}
	// A state or province names teams too ("Indiana Pacers", "Minnesota
	// Vikings"), but no districts.
	state := seg[0].e != nil && seg[0].e.typ == schema.GPE && seg[0].e.region && seg[0].e.in != ""
	if e := seg[0].e; !e.town() && !state && !nationalPaper(s, seg, e) {
		return nil
	}
	for _, u := range seg[1:] {
		if u.kind != uCap || u.end-u.start != 1 {
			return nil
		}
	}
	first, w := s.Tokens[seg[1].start].Text, s.Tokens[seg[len(seg)-1].start].Text
	if r.g.is("malename", first) || r.g.is("femalename", first) || r.g.is("notname", first) {
		return nil
	}
	if len(seg) == 2 && compassWords[w] && !state {
		return placeMention(s, seg, schema.GPE)
	}
	if teamLast[w] || pressLast[w] || r.teamPlural(w, seg[0].e) {
		return placeMention(s, seg, schema.Organization)
	}
	return nil
}

// teamThenPerson returns a team named by a town and a plural ([Resolver.townThenTeam])
// that two or three more capitalised words follow without a role noun
// between ("the Detroit Pistons Chauncey Billups", "the Kelton Hawks Tom
// Wu"), and those words: a plural ends a team's name, so they name the
// player. Words that end as a body's or a place's name ("Kelton Hawks
// Foundation") or a known non-name keep the run whole; it returns nil then.
func (r *Resolver) teamThenPerson(s nlp.Sentence, seg []unit, titles []*title) (*mention, []unit) {
	if len(seg) < 4 || len(titles) > 0 || seg[0].kind != uEntry {
		return nil, nil
	}
	for n := 2; n <= 3 && n < len(seg); n++ {
		rest := seg[n:]
		if len(rest) < 2 || len(rest) > 3 {
			continue
		}
		team := r.townThenTeam(s, seg[:n], nil)
		if team == nil || !strings.HasSuffix(s.Tokens[seg[n-1].start].Text, "s") {
			continue
		}
		ok := true
		for _, u := range rest {
			w := s.Tokens[u.start].Text
			if u.kind != uCap || u.end-u.start != 1 || r.g.is("notname", w) || r.g.is("orghead", w) || r.g.is("placehead", w) ||
				siteWords.has(w) || teamLast[w] || pressLast[w] {
				ok = false
			}
		}
		if ok {
			return team, rest
		}
	}
	return nil, nil
}

// teamPlural reports whether w, the last word after a town's name, is a
// plural that names a team's players ("Seahawks", "Yankees", "Bulls"): it
// ends in a plural "s", is no plural of the town's own people ("Baghdad
// Iraqis"; "Indianapolis Indians" is a team) nor of a faith's ("Sunnis"),
// no event's or place's ("Games", "Talks", "Hills") and no surname's
// ("Williams", "Jones", "Davis").
func (r *Resolver) teamPlural(w string, town *entry) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || isAcronym(w) {
		return false
	}
	for _, end := range []string{"ss", "is", "us", "ys", "nes", "hes"} {
		if strings.HasSuffix(w, end) && w != "Yankees" {
			return false
		}
	}
	one := strings.TrimSuffix(w, "s")
	if c := r.g.demonyms[normKey(one)]; c != "" && (c == town.in || c == town.capitalOf) {
		return false
	}
	if r.g.is("malename", one) || r.g.is("femalename", one) || notTeams[w] || workWords[w] || siteWords.has(w) ||
		r.g.is("placehead", w) || r.g.is("regionhead", w) || r.g.is("orghead", w) {
		return false
	}
	return true
}

// teamLast are last words of the names of clubs named after their town
// ("Manchester United", "Bristol City", "Plymouth Argyle"); pressLast those
// of newspapers, orchestras and the like ("Chicago Tribune").
var (
	teamLast = map[string]bool{
		"United": true, "City": true, "Town": true, "Athletic": true, "Albion": true, "Argyle": true,
		"Hotspur": true, "Orient": true, "Celtic": true, "FC": true,
	}
	pressLast = map[string]bool{
		"Tribune": true, "Chronicle": true, "Times": true, "Post": true, "Herald": true, "Globe": true,
		"Journal": true, "Gazette": true, "Courier": true, "Examiner": true, "Observer": true,
		"Telegraph": true, "Inquirer": true, "Dispatch": true, "Star": true, "Sun": true, "Mail": true,
		"Mirror": true, "Bee": true, "Register": true, "Philharmonic": true, "Symphony": true,
		"Orchestra": true, "Opera": true, "Ballet": true, "Bulletin": true,
	}
)

// notTeams are plurals after a town's name that name no team: peoples,
// faiths, events and the landscape ("Baghdad Sunnis", "Oslo Talks",
// "Dubai Hills").
var notTeams = map[string]bool{
	"Sunnis": true, "Shias": true, "Shiites": true, "Christians": true, "Muslims": true, "Jews": true,
	"Hindus": true, "Sikhs": true, "Catholics": true, "Protestants": true, "Kurds": true, "Arabs": true,
	"Democrats": true, "Republicans": true, "Talks": true, "Riots": true, "Attacks": true,
	"Bombings": true, "Protests": true, "Trials": true, "Olympics": true, "Paralympics": true,
	"Hills": true, "Heights": true, "Springs": true, "Falls": true, "Gardens": true, "Docks": true,
	"Fields": true, "Sands": true, "Downs": true, "Woods": true, "Lakes": true, "Keys": true,
	"Plains": true, "Flats": true, "Commons": true, "Meadows": true, "Rapids": true, "Isles": true,
}

// placeThenOne reports whether seg is a place the gazetteer knows and one
// unknown capitalised word after it ("London Marathon").
func placeThenOne(seg []unit) bool {
	return len(seg) == 2 && seg[0].kind == uEntry && seg[0].e.typ == schema.GPE && seg[1].kind == uCap && seg[1].end-seg[1].start == 1
}

// namedAfter reports whether a run is a state or body followed by two or
// more unknown capitalised words ("UK Maritime Trade Operations", "China
// Harbour Engineering"): such a run names an organisation, not a state
// and a person.
func (r *Resolver) namedAfter(seg []unit) bool {
	if len(seg) < 3 || seg[0].kind != uEntry || seg[0].e.typ == schema.Person {
		return false
	}
	for _, u := range seg[1:] {
		if u.kind != uCap {
			return false
		}
	}
	return true
}

// descriptor reports whether w, the first word of seg, describes the
// person named by the rest of seg rather than opening the name: a
// capitalised role noun before one more word ("Professor Eastman"), a word
// for a follower of a faith or a creed, ending in "-ist", before one or
// more words of capitalised name ("Scientologist Tom Cruise"), or a role or
// an occupation ([occupationNouns]), alone or after "co-", before a full
// name, written with a capital for opening the sentence or before a common
// given name ("Singer Pete Doherty", "Sprinter Kelly Holmes", "Conductor
// Marcello Viotti", "Co-author Jing Wang").
func (r *Resolver) descriptor(s nlp.Sentence, seg []unit, w string) bool {
	for _, u := range seg {
		if u.kind != uCap {
			return false
		}
	}
	low := strings.ToLower(w)
	if one, ok := strings.CutPrefix(low, "co-"); ok && (occupationNouns[one] || roleNoun(one)) {
		low = one // "Co-author Jing Wang": a sharer of the work
	}
	if len(seg) == 2 && (leadNouns[low] || workNouns[low]) {
		return true
	}
	if len(seg) <= 4 && len(low) > 5 && strings.HasSuffix(low, "ist") {
		return true
	}
	if len(seg) < 3 || len(seg) > 4 || !occupationNouns[low] && !roleNoun(low) {
		return false
	}
	return sentenceFirst(s.Tokens, seg[0].start) || r.g.given(s.Tokens[seg[1].start].Text)
}

// demonymNouns are the nouns for a state's people that differ from its
// adjective (the gazetteer's "adj"), with the state's name: "Swede Ann
// Berg" is from Sweden as "Swedish Ann Berg" is.
var demonymNouns = map[string]string{
	"Swede": "Sweden", "Briton": "United Kingdom", "Dane": "Denmark", "Pole": "Poland", "Finn": "Finland",
	"Frenchman": "France", "Frenchwoman": "France", "Englishman": "England", "Englishwoman": "England",
	"Welshman": "Wales", "Welshwoman": "Wales", "Irishman": "Ireland", "Irishwoman": "Ireland",
	"Scotsman": "Scotland", "Scotswoman": "Scotland", "Dutchman": "Netherlands", "Dutchwoman": "Netherlands",
	"Spaniard": "Spain", "Turk": "Turkey",
}

// pluralDemonym returns the gazetteer's state whose people w, a plural
// noun, names ("Ethiopians", "Kenyans": the adjective and "s"), or nil. A
// party's adjective ("Democrats") names no state.
func (r *Resolver) pluralDemonym(w string) *entry {
	one, ok := strings.CutSuffix(w, "s")
	if !ok || len(one) < 4 {
		return nil
	}
	st := r.g.demonyms[normKey(one)]
	if st == "" {
		return nil
	}
	if e := r.g.entries[normKey(st)]; e != nil && e.typ == schema.GPE {
		return e
	}
	return nil
}

// nationalityNoun reports whether w is a nationality's noun, singular
// ("Swede", "Briton") or plural ("Ethiopians"), not its adjective.
func (r *Resolver) nationalityNoun(w string) bool {
	return demonymNouns[w] != "" || r.pluralDemonym(w) != nil
}

// compatriotNouns before a name say that the person shares another's
// country, which the sentence names elsewhere.
var compatriotNouns = map[string]bool{"Compatriot": true, "Compatriots": true, "Countryman": true, "Countrywoman": true}

// occupationNouns are nouns for what people do, beside the role nouns of
// roles.go, that news writes before a person's full name ("singer Pete
// Doherty", "tycoon Richard Branson"). Words that are also common surnames
// or open names of things ("Star", "Model", "Runner") are left out.
var occupationNouns = map[string]bool{
	"singer": true, "actor": true, "actress": true, "comedian": true, "presenter": true, "author": true,
	"novelist": true, "poet": true, "playwright": true, "musician": true, "rapper": true, "drummer": true,
	"composer": true, "conductor": true, "filmmaker": true, "film-maker": true, "designer": true,
	"photographer": true, "dancer": true, "sculptor": true, "songwriter": true, "singer-songwriter": true,
	"sprinter": true, "athlete": true, "boxer": true, "golfer": true, "jockey": true, "swimmer": true,
	"cyclist": true, "footballer": true, "cricketer": true, "skipper": true, "fly-half": true,
	"scrum-half": true, "flanker": true, "centre-half": true,
	"referee": true, "businessman": true, "businesswoman": true, "entrepreneur": true, "tycoon": true,
	"billionaire": true, "millionaire": true, "banker": true, "investor": true, "financier": true,
	"blogger": true, "programmer": true, "inventor": true, "astronaut": true, "explorer": true,
	"barrister": true, "solicitor": true, "judge": true, "surgeon": true, "broadcaster": true,
	"journalist": true, "pensioner": true, "schoolgirl": true, "schoolboy": true, "teenager": true,
	"dj": true, "podcaster": true, "youtuber": true, "vlogger": true, "developer": true,
	"historian": true, "philosopher": true, "theologian": true, "scholar": true, "academic": true,
	"whistleblower": true, "philanthropist": true, "dissident": true, "mountaineer": true, "influencer": true,
	"cartoonist": true, "artist": true, "socialite": true, "heiress": true, "painter": true, "illustrator": true,
	"screenwriter": true, "farmer": true, "priest": true, "doctor": true,
	"mathematician": true, "statistician": true, "astronomer": true, "oceanographer": true, "architect": true,
	"chef": true, "pundit": true, "preacher": true, "pastor": true, "rabbi": true, "imam": true, "cleric": true,
	"soldier": true, "wrestler": true, "skater": true, "skier": true, "marathoner": true,
	// The people a report quotes for where they live or what they did
	// ("Voter Kitty Mak told", "Resident Ann Lee said").
	"voter": true, "resident": true, "commuter": true, "shopper": true, "passenger": true,
	"protester": true, "protestor": true, "demonstrator": true, "eyewitness": true, "bystander": true,
	"onlooker": true, "witness": true, "survivor": true, "neighbour": true, "neighbor": true, "homeowner": true,
	"motorist": true, "pedestrian": true, "tourist": true, "spectator": true, "volunteer": true,
	"campaigner": true, "retiree": true, "shopkeeper": true, "villager": true, "worshipper": true,
}

// placeThenName reports whether the chunk of tokens [a, b) follows a
// role noun and a preposition of place and precedes a lower-case word or a
// comma: "a student from Chicago Anna Berg said", "a major at Leeds Tom
// Hart wrote". There the chunk is the place the role is at, then the name
// of its holder; a place's name and a person's, not one name. The word after
// the chunk is not asked to be tagged a verb: the tagger often takes a verb
// after a run of names for a noun.
func placeThenName(s nlp.Sentence, a, b int) bool {
	toks := s.Tokens
	if a < 2 || b >= len(toks) || !rolePreps[toks[a-1].Text] || !roleNoun(toks[a-2].Text) {
		return false
	}
	return toks[b].Text == "," || !isCap(toks[b].Text) && isWord(toks[b].Text)
}

// rolePreps are the prepositions that tie a role noun to the place where
// its holder works or studies ("a student at", "an official from").
var rolePreps = map[string]bool{"at": true, "from": true, "in": true}

// placeBeforeName splits the last mention of a chunk, a guessed person's
// name of three or four words, when the chunk is a place then a name
// ([placeThenName]): "a student at Leeds Tom Hart wrote" names Tom Hart,
// from Leeds. The person keeps the last two words; the words before them
// extend a place or body named right before them ("University of Texas
// Arlington") or else name a place of their own. us are the chunk's units
// and next the token after it; placeBeforeName returns out, changed.
func (r *Resolver) placeBeforeName(s nlp.Sentence, us []unit, out []*mention, next int) []*mention {
	if len(out) == 0 || len(us) == 0 || !placeThenName(s, us[0].start, next) {
		return out
	}
	m := out[len(out)-1]
	n := m.end - m.start
	if m.kind != mName || m.typ != schema.Person || !m.guess || len(m.titles) > 0 || m.end != next || n < 3 || n > 4 {
		return out
	}
	cut := m.end - 2
	name := *m
	name.start = cut
	name.surface = spanText(s, cut, m.end)
	name.name, name.full = cleanName(name.surface), ""
	out = out[:len(out)-1]
	if k := len(out) - 1; k >= 0 && out[k].kind == mName && out[k].end == m.start &&
		(out[k].typ == schema.GPE || out[k].typ == schema.Organization) {
		out[k].end = cut
		out[k].surface = spanText(s, out[k].start, cut)
		return append(out, &name)
	}
	place := &mention{kind: mName, start: m.start, end: cut, surface: spanText(s, m.start, cut), typ: schema.GPE}
	place.name = cleanName(place.surface)
	if cut-m.start == 1 {
		place.kind, place.typ, place.hint = mSingle, "", schema.GPE
	}
	return append(out, place, &name)
}

func (r *Resolver) entryMention(s nlp.Sentence, u unit) *mention {
	m := &mention{kind: mName, start: u.start, end: u.end, surface: spanText(s, u.start, u.end),
		name: u.e.name, typ: u.e.typ, gaz: u.e}
	if m.surface != m.name && accented(m.surface) && normKey(m.surface) == normKey(m.name) {
		// "Łódź", "São Paulo": the document's accents stay in the
		// name of the gazetteer's Lodz or Sao Paulo (a curly
		// apostrophe does not: "Korean People’s Army").
		m.name = m.surface
	}
	return m
}

// tellForms are the forms of the verbs that tell their object something in
// a clause that may follow it with no "that".
var tellForms = map[string]bool{
	"told": true, "tell": true, "tells": true, "telling": true, "assured": true, "assures": true,
	"informed": true, "informs": true, "reminded": true, "reminds": true, "warned": true, "warns": true,
}

// outletWords end a news outlet's name, besides [pressLast].
var outletWords = map[string]bool{
	"News": true, "Radio": true, "TV": true, "Television": true, "Channel": true, "Network": true,
	"Agency": true, "Magazine": true, "Daily": true, "Weekly": true, "Press": true, "Reuters": true,
	"Bloomberg": true, "Newsweek": true, "Politico": true, "Axios": true,
}

// hearerThenName returns the index of the unit of seg that starts a second
// name, the subject of a clause told to the first ("told MSNBC Tom Wu was
// a liar", "told Fox News Ann Lee had lied"), or 0. seg follows a verb
// of [tellForms] (and maybe "the") and a verb follows it (maybe after an
// opening quotation mark); the first name
// ends with an outlet's word or an acronym not followed by one ("BBC
// News" is one name), and the second holds no outlet's word.
func hearerThenName(s nlp.Sentence, seg []unit) int {
	toks := s.Tokens
	a, b := seg[0].start, seg[len(seg)-1].end
	if a > 0 && strings.EqualFold(toks[a-1].Text, "the") {
		a--
	}
	if b+1 < len(toks) && quoteMark(toks[b].Text) > 0 {
		b++ // "told MSNBC Tom Wu "lied to voters""
	}
	if len(seg) < 2 || a == 0 || !tellForms[strings.ToLower(toks[a-1].Text)] || b >= len(toks) ||
		!strings.HasPrefix(toks[b].Tag, "VB") && toks[b].Tag != "MD" {
		return 0
	}
	outlet := func(w string) bool { return pressLast[w] || outletWords[w] }
	for n := len(seg) - 1; n > 0; n-- {
		if outlet(toks[seg[n].end-1].Text) {
			return 0
		}
		w, next := toks[seg[n-1].end-1].Text, toks[seg[n].start].Text
		if outlet(w) || isAcronym(w) && len(w) >= 2 && !outlet(next) {
			if n == 1 || len(seg)-n <= 3 {
				return n
			}
		}
	}
	return 0
}

// newsArm returns the mention of a known broadcaster, news agency or
// newspaper named with its arm after it: a service's word ("told BBC
// News", "Al Jazeera News", "BBC Radio", "BBC World Service"), a region's
// or a town's name ("BBC Wales", "BBC Radio Scotland") or both. The arm of
// a medium is that medium, one actor, neither a second organisation
// beside it nor the place it serves. It returns nil for any other run.
func (r *Resolver) newsArm(s nlp.Sentence, seg []unit) *mention {
	if len(seg) < 2 || len(seg) > 4 || seg[0].kind != uEntry || seg[0].e.typ != schema.Organization || !r.medium(seg[0].e) {
		return nil
	}
	for _, u := range seg[1:] {
		switch {
		case u.kind == uCap && u.end == u.start+1 && mediaArms[s.Tokens[u.start].Text]:
		case u.kind == uEntry && u.e.typ == schema.GPE:
		default:
			return nil
		}
	}
	m := r.entryMention(s, seg[0])
	m.end = seg[len(seg)-1].end
	m.surface = spanText(s, m.start, m.end)
	return m
}

// medium reports whether a gazetteer entry is a broadcaster, a news agency
// or a newspaper.
func (r *Resolver) medium(e *entry) bool {
	for _, d := range e.desc {
		if d == "broadcaster" || d == "agency" || d == "newspaper" {
			return true
		}
	}
	return false
}

// mediaArms are the words that name a medium's service after the
// medium's name ("BBC News", "BBC Radio", "BBC World Service"), or a
// station after a place's name ("Radio Wales", [Resolver.givenThenPlace]).
var mediaArms = map[string]bool{
	"News": true, "Radio": true, "Television": true, "TV": true, "World": true, "Service": true, "Online": true,
}

// orgHead reports whether a run of words ends in an organisation word
// ("Army", "Air Force", "Corp").
func (r *Resolver) orgHead(s nlp.Sentence, seg []unit) bool {
	last := seg[len(seg)-1]
	several := last.end-1 > seg[0].start
	// "British Gas", "Canadian Press": a nationality before the head
	// word names the body with it.
	afterCap := seg[0].start > 0 && isCap(s.Tokens[seg[0].start-1].Text)
	if w := s.Tokens[last.end-1].Text; r.g.is("orghead", w) && (several || afterCap || !tradeHeads[w]) {
		return true
	}
	if several && (companyHeads[s.Tokens[last.end-1].Text] || tradeNameHeads[s.Tokens[last.end-1].Text]) {
		return true
	}
	if several && unknownNameHeads[s.Tokens[last.end-1].Text] && !slices.ContainsFunc(seg, func(u unit) bool { return u.kind != uCap }) {
		return true
	}
	if len(seg) == 2 && seg[0].kind == uEntry && seg[0].e.typ == schema.GPE && last.kind == uCap && s.Tokens[last.start].Text == "TV" && last.end == last.start+1 {
		// "Abu Dhabi TV", "Oslo TV": a broadcaster named after its town,
		// not the town and a second actor; "TV" alone is no actor, and
		// a guessed name before it is [Resolver.recognize]'s.
		return true
	}
	if w := s.Tokens[last.end-1].Text; (w == "Embassy" || w == "Consulate") && (several || afterCap) {
		return true // "the Swedish Embassy", "the U.S. Consulate"
	}
	if hasUnit(seg, uJoin) { // tested before the word is put in lower case
		if w := strings.ToLower(s.Tokens[last.end-1].Text); w == "office" || w == "department" {
			return true // "the Sheriff's office" ([Resolver.titleOffice])
		}
	}
	for _, t := range s.Tokens[seg[0].start:last.end] {
		if (several || afterCap) && strings.Contains(t.Text, "&") {
			return true // "Texas A&M", "Procter & Gamble": no person's name
		}
	}
	for _, u := range seg {
		if u.kind == uJoin && s.Tokens[u.start].Text == "and" {
			return true // "the Rock and Roll Hall of Fame": "and" joined inside a body's name ([Resolver.chunk])
		}
	}
	a := last.end - 2
	return a >= seg[0].start && r.g.is("orghead", s.Tokens[a].Text+" "+s.Tokens[a+1].Text)
}

// againstName reports whether the run seg holds a capitalised "Against"
// ([Resolver.chunk]): a campaign's name ("Mothers Against Drunk Driving").
func againstName(s nlp.Sentence, seg []unit) bool {
	for _, u := range seg {
		if u.kind == uOf && s.Tokens[u.start].Text == "Against" {
			return true
		}
	}
	return false
}

// groupWords are the capitalised plural nouns that name a people by its
// faith or ethnicity, or by a part of the world, not by a state
// ("Muslims", "Kurds", "Rohingya", "Europeans").
var groupWords = map[string]bool{
	"Europeans": true, "Africans": true, "Asians": true, "Westerners": true, "Scandinavians": true,
	"Latinos": true, "Hispanics": true, "Caribbeans": true, "Arabs": true,
	"Muslims": true, "Christians": true, "Jews": true, "Hindus": true, "Sikhs": true, "Buddhists": true,
	"Catholics": true, "Protestants": true, "Kurds": true, "Shias": true, "Shiites": true, "Sunnis": true,
	"Rohingya": true, "Uighurs": true, "Uyghurs": true, "Roma": true, "Tamils": true,
	"Pashtuns": true, "Yazidis": true, "Druze": true, "Copts": true, "Mormons": true, "Scientologists": true,
}

// bareGroupWords are the plurals that, with no determiner, refer to the
// one group of their kind a report names ("Hong Kong protesters ...
// Protesters later blocked", [docState.onlyGroup]).
var bareGroupWords = newWordSet(map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "rebels": true, "insurgents": true,
	"militants": true, "guerrillas": true, "separatists": true, "fighters": true, "activists": true,
	"officials": true, "authorities": true,
})

// supportersOf adds to ms, the mentions of sentence s in token order, a
// group for "supporters of" and a name ("Supporters of Tom Wu protested",
// "supporters of the Lund Front"), or a person's or an organisation's
// name and "supporters" ("Trump supporters", "Hamas supporters"), named
// "supporters of" and the name, which supports the name's actor
// ([docState.stanceFacts]), and returns ms.
func supportersOf(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for j := 0; j < len(ms); j++ {
		m := ms[j]
		if e := m.end; (m.kind == mName && (m.typ == schema.Person || m.typ == schema.Organization) || m.kind == mSingle && m.typ == "") && !m.adj && !m.possessive && e < len(toks) && toks[e].Text == "supporters" &&
			(e+1 == len(toks) || !strings.HasPrefix(toks[e+1].Tag, "NN") && toks[e+1].Tag != "POS") {
			g := &mention{kind: mGroup, start: m.start, end: e + 1, typ: schema.Group, surface: spanText(s, m.start, e+1),
				name: "supporters of " + m.surface, head: "supporters", camp: m}
			ms = slices.Insert(ms, j, g)
			j++
			continue
		}
		if m.kind != mName || m.adj || m.typ == "" {
			continue
		}
		k := m.start - 1
		if k > 0 && isWordFold(toks[k].Text, "the") {
			k--
		}
		if k < 1 || toks[k].Lower() != "of" || toks[k-1].Lower() != "supporters" {
			continue
		}
		g := &mention{kind: mGroup, start: k - 1, end: m.end, typ: schema.Group, surface: spanText(s, k-1, m.end),
			name: "supporters of " + spanText(s, k+1, m.end), head: "supporters", camp: m}
		switch p := j - 1; {
		case p >= 0 && p+1 == j && ms[p].kind == mSingle && ms[p].start == k-1 && ms[p].end == k:
			ms[p] = g // "Supporters" first in the sentence, taken for a name
		case p >= 0 && ms[p].end > k-1:
			continue
		default:
			ms = slices.Insert(ms, j, g)
			j++
		}
	}
	return ms
}

// boundTo are the words after a plural that say whose or where from its
// people are ("activists from Sweden", "rebels loyal to Tom Wu"): another
// group than one named before.
var boundTo = map[string]bool{
	"from": true, "of": true, "loyal": true, "backed": true, "allied": true, "linked": true, "affiliated": true,
	"belonging": true, "associated": true,
}

// bareGroup returns the group reference that a plural of [bareGroupWords]
// at token i, with no determiner or modifier, makes ("Rebels shelled the
// town", "fired tear gas at protesters"), or nil: a noun or a possessive
// after it makes it a modifier ("protester groups", "rebels' positions"),
// and words of [boundTo] make it another group.
func (r *Resolver) bareGroup(toks []nlp.Token, i int) *mention {
	t := toks[i]
	if t.Tag != "NNS" && t.Tag != "NNPS" && t.Tag != "NNP" || !bareGroupWords.has(t.Lower()) {
		return nil
	}
	if i > 0 {
		switch p := toks[i-1].Tag; {
		case strings.HasPrefix(p, "NN"), p == "JJ", p == "JJR", p == "JJS", p == "VBN", p == "VBG", p == "CD", p == "DT",
			p == "PRP$", p == "POS", p == "HYPH", toks[i-1].Text == "-":
			return nil // "Hong Kong protesters", "armed rebels", "their fighters"
		}
	}
	if i+1 < len(toks) && (strings.HasPrefix(toks[i+1].Tag, "NN") || toks[i+1].Tag == "POS" || boundTo[toks[i+1].Lower()]) {
		return nil
	}
	if placeStaffNouns[t.Lower()] && i+1 < len(toks) && (toks[i+1].Text == "in" || toks[i+1].Text == "at" || toks[i+1].Text == "for") {
		return nil // "officials in Lima", "authorities at the port": the place's ([officialOf])
	}
	return &mention{kind: mGroupRef, start: i, end: i + 1, surface: t.Text, head: r.g.groups[normKey(t.Text)]}
}

// causeWords are the nouns and adjectives that, before "groups" or
// "organisations", name a kind of group by its cause or its members
// ("student groups", "human rights groups", "opposition groups").
var causeWords = newWordSet(map[string]bool{
	"student": true, "rights": true, "opposition": true, "rebel": true, "militant": true, "armed": true,
	"activist": true, "campaign": true, "protest": true, "pro-democracy": true, "advocacy": true,
	"environmental": true, "environmentalist": true, "insurgent": true, "separatist": true, "jihadist": true,
})

// causeGroup returns the group that a word of [causeWords] at token i and
// "groups" or "organisations" after it name, as written ("Student groups
// had given the government until Thursday", "human rights groups"), or
// nil; not before another noun ("rebel groups' leaders") nor after a
// name or a noun, which makes the word part of another phrase ("the
// Lund Front's student groups", "age rights groups"). A nationality's
// adjective may stand before it anywhere ("On Monday, Nepalese opposition
// groups protested", "OSLO — Norwegian student groups"), as at the
// sentence's start.
func (r *Resolver) causeGroup(s nlp.Sentence, i int) *mention {
	toks := s.Tokens
	k := i // the cause word
	if toks[i].Lower() == "human" && i+1 < len(toks) && toks[i+1].Lower() == "rights" {
		k++ // "human rights groups"
	}
	if !causeWords.has(toks[k].Lower()) || k+1 >= len(toks) {
		return nil
	}
	if p := i - 1; p >= 0 && (toks[p].Tag == "POS" || strings.HasPrefix(toks[p].Tag, "NN") && !r.demonymWord(toks[p].Text) || isCap(toks[p].Text) && p > 0 && !r.demonymWord(toks[p].Text)) {
		return nil
	}
	end := k + 2
	if w := toks[k+1].Lower(); w != "groups" && w != "organisations" && w != "organizations" ||
		end < len(toks) && (strings.HasPrefix(toks[end].Tag, "NN") || toks[end].Tag == "POS") {
		return nil
	}
	return &mention{kind: mGroup, start: i, end: end, typ: schema.Group, surface: spanText(s, i, end),
		name: strings.ToLower(spanText(s, i, end)), head: "groups"}
}

// demonymWord reports whether w is a nationality's adjective the
// gazetteer knows ("Nepalese", "Norwegian").
func (r *Resolver) demonymWord(w string) bool {
	if !isCap(w) {
		return false
	}
	_, ok := lookupKey(r.g.demonyms, w)
	return ok
}

// peopleAdjs are the adjectives of the peoples [groupWords] names by
// faith or ethnicity: [peopleNames]'s.
var peopleAdjs = newWordSet(func() map[string]bool {
	m := make(map[string]bool, len(peopleNames))
	for adj := range peopleNames {
		m[adj] = true
	}
	return m
}())

// peopleHeads are the nouns after a people's adjective that name the
// people ([Resolver.faithGroup]) or a part of it by its number.
var peopleHeads = map[string]string{
	"population": "people", "community": "people", "communities": "people", "minority": "minority", "majority": "majority",
}

// regionAdjs are the adjectives of a world region or of the world at large
// that, before a noun for states or their forces, name a group of states
// ("European nations", "Gulf states", "Western powers", "foreign powers").
var regionAdjs = newWordSet(map[string]bool{
	"European": true, "African": true, "Asian": true, "Western": true, "Gulf": true, "Nordic": true,
	"Scandinavian": true, "Baltic": true, "Balkan": true, "Caribbean": true, "Pacific": true, "foreign": true,
	"Foreign": true, "world": true, "World": true,
})

// stateGroups are the plural nouns for states, by their group head.
var stateGroups = map[string]string{
	"nations": "countries", "countries": "countries", "states": "countries", "powers": "powers", "governments": "governments",
}

// kindGroups are the heads of the groups that [faithGroup] and
// [causeGroup] name a kind of states or groups by: no body one is a member
// of.
var kindGroups = map[string]bool{"countries": true, "powers": true, "governments": true, "groups": true}

// firmGroups are the heads of groups of firms named by a nationality
// ("German firms", "Japanese carmakers"): a kind of firms, no body one is
// a member of.
var firmGroups = map[string]bool{
	"firms": true, "companies": true, "businesses": true, "corporations": true, "banks": true, "lenders": true,
	"carmakers": true, "automakers": true, "manufacturers": true, "retailers": true, "airlines": true,
}

// officialGroups are the heads of a state's officials named by its
// nationality ("Iranian officials", "Norwegian ministers"): no body one is
// a member of.
var officialGroups = map[string]bool{"officials": true, "ministers": true}

// regionGroups are the group heads that a region's adjective names a group
// of ("European leaders", "Western diplomats", "African troops"); "foreign"
// and "world" name states only ("foreign powers", not "foreign troops").
var regionGroups = map[string]bool{"leaders": true, "diplomats": true, "troops": true}

// campHeads are the group heads that an adjective of a stance names a
// group of ([stanceAdj]).
var campHeads = map[string]bool{
	"troops": true, "rebels": true, "militants": true, "guerrillas": true, "separatists": true, "protesters": true,
	"activists": true, "dissidents": true, "lawmakers": true, "militias": true,
}

// stanceAdj reports whether w is an adjective of a stance for or against
// someone or something: "pro-Russian", "anti-government", "Pro-democracy".
func stanceAdj(w string) bool {
	// The test of every token: no lower-case copy of the word, and the
	// hyphen's byte before EqualFold (no other character folds to "-").
	return len(w) > 6 && (w[3] == '-' && strings.EqualFold(w[:4], "pro-") || w[4] == '-' && strings.EqualFold(w[:5], "anti-"))
}

// faithGroup returns the group that a people's or a region's adjective at
// token i and a group noun after it, with up to two lower-case modifiers
// between, name ("Kurdish fighters", "Sunni militants", "Muslim leaders",
// "Arab states", "European nations", "foreign powers"), or a stance's
// ("pro-Russian separatists", "anti-government protesters"), as written (the
// noun's kind is its head: "the fighters" are "Kurdish fighters"), or
// nil. A state's adjective is [Resolver.groupAfter]'s.
func (r *Resolver) faithGroup(s nlp.Sentence, i int) *mention {
	toks := s.Tokens
	if i+1 < len(toks) && isCap(toks[i+1].Text) {
		return nil
	}
	region := regionAdjs.has(toks[i].Text)
	camp := stanceAdj(toks[i].Text)
	backer := r.backerCompound(toks[i])
	camp = camp || backer != nil
	if !peopleAdjs.has(toks[i].Text) && !region && !camp {
		return nil
	}
	if region && i > 0 && (quantifiers[toks[i-1].Lower()] || toks[i-1].Lower() == "all") {
		return nil // "like most European countries": states in general, no group that acts
	}
	adj := toks[i].Text
	if adj == "Foreign" || adj == "World" || camp && backer == nil && isCap(adj) {
		adj = strings.ToLower(adj[:1]) + adj[1:] // "Foreign powers", "Pro-Russian separatists" first in a sentence
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		w := toks[k]
		head, ok := r.g.groups[normKey(w.Text)]
		if w.Lower() == "militias" && !region {
			head, ok = "militias", true // "Shiite militias", "pro-government militias"
		}
		if ph := peopleHeads[w.Lower()]; ph != "" && k == i+1 && peopleAdjs.has(toks[i].Text) {
			// "the Kurdish population", "Shi'ite communities": the
			// people itself, one group with its plural ("Kurds"); "the
			// Sunni minority": the part of it a state holds, as written.
			if k+1 < len(toks) && (strings.HasPrefix(toks[k+1].Tag, "NN") || toks[k+1].Tag == "POS") {
				return nil
			}
			name := adj + " " + w.Lower()
			if ph == "people" {
				_, name = peopleWordsAt(toks, i)
			}
			return &mention{kind: mGroup, start: i, end: k + 1, typ: schema.Group, surface: spanText(s, i, k+1), name: name, head: ph}
		}
		if w.Lower() == "groups" && peopleAdjs.has(toks[i].Text) && k == i+1 {
			// "allied with Kurdish groups", "Palestinian groups": a
			// people's groups act together; not a state's ("American
			// groups") nor a region's, and not "Kurdish aid groups".
			head, ok = "groups", true
		}
		if camp {
			ok = ok && campHeads[head] // "pro-Russian separatists", "anti-government protesters"
		} else if sh := stateGroups[w.Text]; sh != "" {
			head, ok = sh, true // "Arab states", "European nations", "Western powers"
		} else if region && (!regionGroups[head] || !isCap(toks[i].Text) || toks[i].Text == "Foreign" || toks[i].Text == "World") {
			ok = false // "European officials", "foreign experts": no one group
		}
		if ok && strings.HasPrefix(w.Tag, "NN") && !isCap(w.Text) {
			if k+1 < len(toks) && (strings.HasPrefix(toks[k+1].Tag, "NN") || toks[k+1].Tag == "POS" && head == "people") {
				return nil // "Kurdish fighters' families", "the Muslim people's"
			}
			g := &mention{kind: mGroup, start: i, end: k + 1, typ: schema.Group, surface: spanText(s, i, k+1),
				name: adj + " " + w.Lower(), head: head}
			if backer != nil {
				// "Iranian-backed militias": Iran backs them.
				g.camp = backer
				g.camp.start, g.camp.end = i, i+1
				return g
			}
			if _, rest, ok := strings.Cut(toks[i].Text, "-"); camp && ok && r.g.demonyms[normKey(rest)] != "" {
				g.camp = &mention{kind: mName, start: i, end: i + 1, surface: rest, name: r.g.demonyms[normKey(rest)],
					typ: schema.GPE, adj: true, used: true}
			}
			return g
		}
		if !(w.Tag == "JJ" || w.Tag == "VBN") || isCap(w.Text) {
			return nil
		}
	}
	return nil
}

// backerSuffixes are the suffixes of [actorSuffixes] by which a state or a
// body named before a group noun backs the group ("Iranian-backed
// militias", "Turkish-funded rebels").
var backerSuffixes = []string{"-backed", "-supported", "-funded", "-sponsored", "-allied"}

// backerCompound returns the mention of the state or body that token t
// names before a suffix of [backerSuffixes] ("Iranian-backed",
// "Moscow-backed" is no state's adjective), or nil.
func (r *Resolver) backerCompound(t nlp.Token) *mention {
	if !strings.Contains(t.Text, "-") || !isCap(t.Text) {
		return nil
	}
	i := strings.LastIndexByte(t.Text, '-')
	if !slices.Contains(backerSuffixes, strings.ToLower(t.Text[i:])) {
		return nil
	}
	e, _, adj := r.compoundActor(t)
	if e == nil {
		return nil
	}
	return &mention{kind: mName, surface: t.Text[:i], name: e.name, typ: e.typ, gaz: e, adj: adj, used: true}
}

// saysOfItself reports whether the words from token k, right after a
// reporting verb, open with "its", after "that" or not ("said its profits
// rose", "said that its shares fell").
func saysOfItself(toks []nlp.Token, k int) bool {
	if k < len(toks) && toks[k].Lower() == "that" {
		k++
	}
	return k < len(toks) && toks[k].Lower() == "its"
}

// titleThe reports whether the lone name at token a follows "The" written
// with a capital inside the sentence ("reported by The Economist", "a gig
// by The Coral", "odds on The Aviator"): the article opens the title of a
// newspaper, a band or a work, or a place's name ("The Solent"), and none
// is a person ([Resolver.recognize]).
func titleThe(s nlp.Sentence, a int) bool {
	return a >= 2 && s.Tokens[a-1].Text == "The" && !sentenceFirst(s.Tokens, a-1)
}

// tradeHeads are the organisation heads of data/words.txt that name a
// trade, a medium or an activity, no body, when alone ("Oil prices have
// hit a record", "Trust in banks fell", "Project work began").
var tradeHeads = map[string]bool{
	"Oil": true, "Gas": true, "Energy": true, "Steel": true, "Metals": true, "Industries": true, "Holdings": true,
	"Motors": true, "Airlines": true, "Television": true, "Radio": true, "News": true, "Press": true,
	"Times": true, "Post": true, "Journal": true, "Tribune": true, "Gazette": true, "Daily": true, "Weekly": true,
	"Network": true, "Magazine": true, "Trust": true, "Services": true, "Service": true, "Technologies": true,
	"Electronics": true, "Pharmaceuticals": true, "Chemicals": true, "Foods": true, "Petroleum": true,
	"Electric": true, "Project": true, "Program": true, "Programme": true,
	"Mining": true, "Minerals": true, "Resources": true, "Resorts": true, "Hotels": true, "Entertainment": true,
	"Enterprises": true, "Ventures": true, "Investments": true, "Aerospace": true, "Automotive": true,
	"Semiconductor": true, "Telecommunications": true, "Products": true, "Systems": true, "Communications": true,
	"Networks": true, "Logistics": true, "Productions": true, "Partners": true, "Solutions": true, "Software": true,
	"Labs": true, "Insurance": true, "Securities": true, "Media": true, "Records": true,
}

// companyHeads are the last words of companies' and clubs' names
// ("Manchester United", "BAE Systems", "British Retail Consortium"),
// which, alone, are mostly common words written with a capital
// ("Insurance costs").
var companyHeads = map[string]bool{
	"United": true, "Consortium": true, "Systems": true, "Airways": true, "Telecom": true, "Communications": true,
	"Securities": true, "Partners": true, "Insurance": true, "Petroleum": true, "Exchange": true, "Economics": true,
	"Research": true, "Mail": true, "Capital": true, "Airline": true, "Air": true, "Pharmaceuticals": true, "Electric": true, "Railways": true, "Motor": true,
	"Construction": true, "Logistics": true, "Shipping": true,
	"Tobacco": true, "Brewing": true, "Breweries": true, "Brewery": true, "Bancorp": true, "Pharma": true, // "British American Tobacco"
	"Beverages": true, "Therapeutics": true, "Biotech": true, "Networks": true, "Cement": true, "Textiles": true,
	"Robotics": true, "Software": true,
}

// tradeNameHeads end a body's name of several words as [companyHeads]
// do: trades of the media and entertainment business, a record
// keeper's head and a forum's ("Kestrel Media", "Marlow Records", "the
// Gun Violence Archive", "the Halvik Energy Forum"). Alone they are common words ("Media reports said"), no
// short name of the body ([docState.lastWordName]).
var tradeNameHeads = map[string]bool{
	"Entertainment": true, "Media": true, "Records": true, "Pictures": true, "Publishing": true, "Wrestling": true,
	"Archive": true, "Archives": true, "Labs": true, "Ventures": true, "Forum": true,
}

// unknownNameHeads end a body's name when every word before them is
// unknown to the gazetteer: the legal forms of European companies
// ("Halvik AB", "Tarnow AG", "Velmor SA", "Norvik ASA") and a
// faction's "Caucus" ("the Congressional Black Caucus"). After a
// place they are something else: a state's initials or an attorney
// general ("Cape Town SA", "Texas AG") or a vote ("the Iowa Caucus").
var unknownNameHeads = map[string]bool{
	"AB": true, "AG": true, "SA": true, "SE": true, "ASA": true, "NV": true, "BV": true, "KG": true, "Caucus": true,
}

// personOfOrg returns the index of the "of" unit when a run of words is a
// person's name of two or three words (four after two given names), then "of" and more, and 0 otherwise: the word before the run is a
// lower-case noun describing a person ("musician", "club owner"), or the
// run is a given or plain name, or follows a title ("Dr. Tristan Smith of
// University College London"), and an organisation's name follows ("Ann
// Lee of New People's Party", [Resolver.orgHead]), and the
// words before "of" neither start nor end as an organisation's name does.
func (r *Resolver) personOfOrg(s nlp.Sentence, seg []unit) int {
	a, of := seg[0].start, 0
	for of < len(seg) && seg[of].kind == uCap {
		of++
	}
	role := r.roleFirst(s, seg)
	// "Jo Anne Van Velden of Halvik University": two given names open a
	// name of four words.
	double := of == 4 && seg[0].end == a+1 && seg[1].end == a+2 && r.g.listedGiven(s.Tokens[a].Text) && r.g.listedGiven(s.Tokens[a+1].Text)
	if of < 2 || of > 3 && !(role && of == 4) && !double || of+1 >= len(seg) || seg[of].kind != uOf {
		return 0
	}
	if r.g.is("orgfirst", s.Tokens[a].Text) || r.g.is("orghead", s.Tokens[seg[of-1].end-1].Text) {
		return 0
	}
	if (r.orgHead(s, seg[of+1:]) || role && r.orgBeforeOf(s, seg[of+1:])) && (role || r.givenBefore(s.Tokens, a+1) || r.plainName(s.Tokens, a, seg[of].start) ||
		a > 0 && r.title(s.Tokens[a-1].Text) != nil) {
		return of
	}
	if a == 0 {
		return 0
	}
	prev := s.Tokens[a-1]
	if isCap(prev.Text) || (prev.Tag != "NN" && prev.Tag != "NNS") || r.g.orgDesc[normKey(prev.Text)] {
		return 0
	}
	return of
}

// portfolioBefore reports whether seg, the words right before the title
// t, is a minister's or secretary's portfolio of two or more words: only
// capitalised words, the last a [portfolioWords] word or "and" joining
// them ("Road Transport", "Road Transport and Bridges").
func (r *Resolver) portfolioBefore(s nlp.Sentence, seg []unit, t *title) bool {
	if len(seg) == 0 || t == nil || !portfolioTitle(t) || seg[len(seg)-1].end-seg[0].start < 2 {
		return false
	}
	and := false
	for _, u := range seg {
		switch {
		case u.kind == uJoin && s.Tokens[u.start].Text == "and":
			and = true
		case u.kind != uCap:
			return false
		}
	}
	return and || portfolioWords[s.Tokens[seg[len(seg)-1].end-1].Text]
}

// lawWord reports whether w ends the name of a law, a rule or a
// licence ([workWords] and "Regulation", "License"...).
func lawWord(w string) bool {
	switch w {
	case "Regulation", "Regulations", "Directive", "License", "Licence", "Licensed", "Law", "Rule", "Rules", "Ordinance", "Statute":
		return true
	}
	return workWords[w]
}

// titledSite reports whether seg is a site's name that opens with a title
// ([titledPlace]): "Queen Victoria Market", "King George Square".
func (r *Resolver) titledSite(s nlp.Sentence, seg []unit) bool {
	first, last := seg[0], seg[len(seg)-1]
	return len(seg) > 2 && first.kind == uCap && first.end == first.start+1 && r.g.titles[normKey(s.Tokens[first.start].Text)] != nil &&
		last.kind == uCap && siteHeads[s.Tokens[last.end-1].Text]
}

// venueHeads, with [siteHeads], end the names of venues, which may hold a
// body's name ("Congress Centre").
var venueHeads = map[string]bool{"Centre": true, "Center": true, "Hall": true, "Building": true, "Plaza": true, "Complex": true}

// bodyVenue returns the index of the venue's head word that ends the
// name starting with seg[i], a known name: a body's name the gazetteer
// knows, after a town's or not, then a venue's head noun ("Toronto
// Congress Centre", "Congress Hall"); or -1.
func bodyVenue(s nlp.Sentence, seg []unit, i int) int {
	k := i
	if seg[k].e != nil && seg[k].e.typ == schema.GPE && k+1 < len(seg) && seg[k+1].kind == uEntry {
		k++
	}
	if seg[k].e == nil || seg[k].e.typ != schema.Organization || k+1 >= len(seg) || seg[k+1].kind != uCap {
		return -1
	}
	if w := s.Tokens[seg[k+1].start].Text; siteHeads[w] || venueHeads[w] {
		return k + 1
	}
	return -1
}

// titleLeadWords are the capitalised words of time or standing that may
// open the words before a title ("New Revenue Minister", "Former Labour
// leader", "Opposition Conservative leader"): no word of a name there.
var titleLeadWords = map[string]bool{
	"New": true, "Former": true, "Then": true, "Ex": true, "Outgoing": true, "Incoming": true, "Opposition": true,
	"Acting": true, "Interim": true, "Caretaker": true, "Current": true, "Incumbent": true, "Veteran": true, "Longtime": true,
	"Retired": true, "Late": true, "Newly": true,
}

// rankModifiers are the capitalised adjectives that narrow a title they
// go before ("Special Presidential Envoy", "Senior Policy Adviser" aside).
var rankModifiers = map[string]bool{
	"Special": true, "Presidential": true, "Senior": true, "Principal": true, "Acting": true, "Interim": true,
	"Personal": true, "Royal": true,
}

// titleModifiersOnly reports whether seg, right before a title, is only
// [rankModifiers]: "Special Presidential" before "Envoy".
func titleModifiersOnly(s nlp.Sentence, seg []unit) bool {
	if len(seg) == 0 {
		return false
	}
	for _, u := range seg {
		if u.kind != uCap || !rankModifiers[s.Tokens[u.start].Text] || u.end != u.start+1 {
			return false
		}
	}
	return true
}

// chiefHeads are the office nouns that end a chief's title with a field
// between them ("Chief Medical Officer", "Chief Technology Officer").
var chiefHeads = map[string]bool{
	"officer": true, "director": true, "executive": true, "scientist": true, "adviser": true, "advisor": true,
	"inspector": true, "commissioner": true, "engineer": true, "economist": true, "editor": true, "counsel": true,
}

// chiefOffice reports whether seg, one or two capitalised words between
// the title "Chief" and the title t ([chiefHeads]), is the field of one
// title: "Chief Medical Officer", "Chief Technical Officer".
func chiefOffice(s nlp.Sentence, us, seg []unit, t *title) bool {
	if len(seg) == 0 {
		return false
	}
	if len(seg) > 1 && seg[0].kind == uCap && seg[0].end == seg[0].start+1 && s.Tokens[seg[0].start].Text == "Chief" {
		// "The Chief Executive Officer, Ann Lee": "Chief" read as a
		// capitalised word opens the segment; the words after it are
		// the field all the same.
		seg = seg[1:]
	} else if i := slices.IndexFunc(us, func(u unit) bool { return u.end == seg[0].start }); i < 0 || us[i].kind != uTitle || us[i].t == nil ||
		!strings.HasSuffix(strings.ToLower(us[i].t.name), "chief") {
		return false
	}
	if t == nil || !chiefHeads[strings.ToLower(t.name)] || seg[len(seg)-1].end-seg[0].start > 2 {
		return false
	}
	for _, u := range seg {
		if u.kind != uCap {
			return false
		}
	}
	return true
}

// roleFirst reports whether seg opens with a capitalised role noun and a
// given name ("Professor Michael Siegel of Boston University"): a
// person's title, no word of a body's name.
func (r *Resolver) roleFirst(s nlp.Sentence, seg []unit) bool {
	if len(seg) < 3 || seg[0].kind != uCap || seg[0].end != seg[0].start+1 || seg[1].kind != uCap {
		return false
	}
	low := strings.ToLower(s.Tokens[seg[0].start].Text)
	return (occupationNouns[low] || roleNoun(low)) && r.g.given(s.Tokens[seg[1].start].Text)
}

// stateAgency reports whether seg is an agency named by its field and
// its state or states: "Health Canada", "Statistics Norway", "Food
// Standards Australia New Zealand", "Cricket Australia". The field's
// words must be [agencyWords] or [portfolioWords], so that an unknown
// town before its country ("Lodi Italy") stays a place.
func stateAgency(s nlp.Sentence, seg []unit) bool {
	k := 0
	for ; k < len(seg) && seg[k].kind == uCap; k++ {
		w := s.Tokens[seg[k].start].Text
		if !agencyWords[w] && !portfolioWords[w] {
			return false
		}
	}
	if k == 0 || k == len(seg) {
		return false
	}
	for _, u := range seg[k:] {
		if u.kind != uEntry || u.e.typ != schema.GPE || u.e.region {
			return false
		}
	}
	return true
}

// stateBodyOf reports whether seg is a body's name that opens with its
// state's name and goes on after its head noun with "of" or "for" and its
// field: "United States National Institute of Health", "Canada Council
// for the Arts", "Norway Ministry of Health". The state, then capitalised
// words ending in a body's head noun ([Resolver.orgHead]), then "of" or
// "for" and capitalised words that are no known name, joined by "of" or
// by an "and" the chunk keeps inside a name ("of Allergy and Infectious
// Diseases"; "the Norland Institute of Texas" is none of these: the place
// after "of" is a name of its own).
func (r *Resolver) stateBodyOf(s nlp.Sentence, seg []unit) bool {
	if len(seg) < 4 || seg[0].kind != uEntry || seg[0].e.typ != schema.GPE || seg[1].kind != uCap {
		return false
	}
	k := 1
	for k < len(seg) && seg[k].kind == uCap {
		k++
	}
	if k+1 >= len(seg) || seg[k].kind != uOf || !r.orgHead(s, seg[1:k]) {
		return false
	}
	if w := s.Tokens[seg[k].start].Text; w != "of" && w != "for" {
		return false
	}
	for _, u := range seg[k+1:] {
		if u.kind != uCap && u.kind != uOf && u.kind != uAnd {
			return false
		}
	}
	return true
}

// stateChamber reports whether seg is a chamber of a state's legislature
// named after the state: "United States House of Representatives", "United
// Kingdom House of Commons". It is one name, as "US House of
// Representatives" is, and the state's name in it is no mention of its own.
func stateChamber(s nlp.Sentence, seg []unit) bool {
	return len(seg) == 4 && seg[0].kind == uEntry && seg[0].e.typ == schema.GPE &&
		seg[1].kind == uCap && seg[1].end == seg[1].start+1 && chamberHeads[s.Tokens[seg[1].start].Text] &&
		seg[2].kind == uOf && s.Tokens[seg[2].start].Text == "of" &&
		seg[3].kind == uCap && seg[3].end == seg[3].start+1 && chamberMembers[s.Tokens[seg[3].start].Text]
}

// regionalArm reports whether seg is a company's arm named by the part
// of the world it serves: unknown capitalised words, then a continent or
// another region that lies in no state ("Lycos Europe", "Toyota North
// America"). A word that only narrows the region ("Continental Europe",
// "Sub-Saharan Africa") or a given name ("Sophia Asia") makes no company.
func (r *Resolver) regionalArm(s nlp.Sentence, seg []unit) bool {
	n := len(seg)
	if n < 2 || n > 3 {
		return false
	}
	if last := seg[n-1]; last.kind != uEntry || !r.worldRegion(last.e.name) {
		return false
	}
	for _, u := range seg[:n-1] {
		w := s.Tokens[u.start].Text
		if u.kind != uCap || u.end != u.start+1 || s.Tokens[u.start].Tag != "NNP" || regionModifiers[w] || r.g.given(w) {
			return false
		}
	}
	return true
}

// worldRegion reports whether name is a continent or another region of
// the world that the gazetteer places in no state ("Europe", "North
// America", "the Middle East"), and no sea, river or other feature.
func (r *Resolver) worldRegion(name string) bool {
	e := r.g.entries[normKey(name)]
	if e == nil || e.typ != schema.Location || e.in != "" {
		return false
	}
	f := strings.Fields(e.name)
	return !r.g.is("placehead", f[len(f)-1])
}

// placeBody reports whether a run of two names is a place's name and a
// body's short name that the gazetteer gives to another's body ("the
// Maryland General Assembly", "the Texas Senate"): the place's own body,
// one name, neither the UN's General Assembly nor the US Senate. A state's
// own body stays the gazetteer's ("US Congress").
func (r *Resolver) placeBody(s nlp.Sentence, seg []unit) bool {
	if len(seg) != 2 || seg[0].kind != uEntry || seg[0].e.typ != schema.GPE || seg[1].kind != uEntry ||
		seg[1].e.typ != schema.Organization || seg[1].e.of == seg[0].e.name {
		return false
	}
	surface := spanText(s, seg[1].start, seg[1].end)
	f := strings.Fields(surface)
	return normKey(surface) != normKey(seg[1].e.name) && r.g.is("orghead", f[len(f)-1])
}

// partyOfState reports whether seg is a party's name that ends with the
// state or region it is the party of, after "of" or right after "Party"
// ("the Communist Party of Norland", "Unity Party of America", "Socialist
// Party USA"): one name, whose state is no actor of its own there.
func partyOfState(s nlp.Sentence, seg []unit) bool {
	n := len(seg)
	if n < 2 || seg[n-1].kind != uEntry || seg[n-1].e.typ != schema.GPE {
		return false
	}
	k := seg[n-1].start - 1
	if seg[n-2].kind == uOf && s.Tokens[k].Text == "of" {
		k--
	} else if seg[n-2].kind != uCap {
		return false
	}
	return k > seg[0].start && s.Tokens[k].Text == "Party"
}

// schoolPlaceHeads are the head words of a school's name that its town's
// name may follow right after ("University College Dublin", "Imperial
// College London").
var schoolPlaceHeads = map[string]bool{"College": true, "University": true, "Polytechnic": true}

// schoolOfPlace reports whether seg is a school's name that ends with its
// town right after the school's head word, as [partyOfState] reads a
// party's ("Tom Wu of University College Oslo"): one name, whose town is
// no place of its own there.
func schoolOfPlace(s nlp.Sentence, seg []unit) bool {
	n := len(seg)
	if n < 2 || seg[n-1].kind != uEntry || seg[n-1].e.typ != schema.GPE || seg[n-1].end != seg[n-1].start+1 ||
		seg[n-2].end != seg[n-1].start || slices.ContainsFunc(seg[:n-1], func(u unit) bool { return u.kind != uCap }) {
		return false // "Ann Lee of University College Oslo" is two names ([Resolver.segment])
	}
	k := seg[n-1].start - 1
	return k > seg[0].start && schoolPlaceHeads[s.Tokens[k].Text]
}

// regionModifiers narrow a region's name without naming anything else
// ("Continental Europe", "Sub-Saharan Africa").
var regionModifiers = map[string]bool{
	"Continental": true, "Mainland": true, "Sub-Saharan": true, "Central": true, "Greater": true, "Wider": true,
	"Inner": true, "Outer": true, "Upper": true, "Lower": true, "Far": true, "Near": true, "Old": true, "New": true,
	"Rest": true, "Emerging": true, "Developing": true, "Rural": true, "Urban": true, "Coastal": true,
	"North": true, "South": true, "East": true, "West": true, "Northeast": true, "Northwest": true,
	"Southeast": true, "Southwest": true, "North-East": true, "North-West": true, "South-East": true,
	"South-West": true, "Atlantic": true, "Pacific": true, "Arctic": true,
}

// agencyWords name the fields of agencies named after their state, besides
// [portfolioWords].
var agencyWords = map[string]bool{
	"Statistics": true, "Food": true, "Standards": true, "Parks": true, "Cricket": true, "Rugby": true,
	"Football": true, "Tennis": true, "Athletics": true, "Swimming": true, "Cycling": true, "Basketball": true,
	"Netball": true, "Hockey": true, "Golf": true, "Elections": true, "Border": true, "Customs": true,
	"Revenue": true, "Export": true, "Invest": true, "Screen": true, "Arts": true, "Creative": true,
	"Archives": true, "Post": true, "Rail": true, "Highways": true, "Medicines": true,
}

// partyPlurals end the names of parties named by their members ("Sweden
// Democrats", "Young Republicans", "Scottish Greens"), and alone name a
// party or a camp of parties ("the Greens", "Eurosceptics";
// [Resolver.governments]).
var partyPlurals = newWordSet(map[string]bool{
	"Democrats": true, "Republicans": true, "Socialists": true, "Conservatives": true, "Liberals": true,
	"Greens": true, "Communists": true, "Nationalists": true, "Unionists": true, "Progressives": true,
	"Libertarians": true, "Social-Democrats": true, "Eurosceptics": true, "Euroskeptics": true,
})

// plainName reports whether the capitalised words [a, b) are a name no
// list knows a word of, with no determiner before it: "and Eunice Yung"
// reads as a person's name, "the Knights" not.
func (r *Resolver) plainName(toks []nlp.Token, a, b int) bool {
	if a > 0 && (toks[a-1].Tag == "DT" || toks[a-1].Tag == "POS" || isCap(toks[a-1].Text)) {
		return false
	}
	for _, t := range toks[a:b] {
		k := normKey(t.Text)
		if r.g.entries[k] != nil || r.g.titles[k] != nil || r.g.demonyms[k] != "" || strings.HasSuffix(t.Text, "s") {
			return false
		}
		for _, kind := range wordKinds {
			if r.g.is(kind, t.Text) {
				return false
			}
		}
	}
	return true
}

// orgBeforeOf reports whether an organisation word comes before "of" or
// "for" in a run ("Federal Office for Information Security").
func (r *Resolver) orgBeforeOf(s nlp.Sentence, seg []unit) bool {
	for i := 1; i < len(seg); i++ {
		if seg[i].kind == uOf && seg[i-1].kind == uCap && r.g.is("orghead", s.Tokens[seg[i-1].start].Text) {
			return true
		}
		if i+1 < len(seg) && seg[i].kind == uOf && seg[i-1].kind == uCap && seg[i+1].kind == uCap &&
			chamberHeads[s.Tokens[seg[i-1].end-1].Text] && chamberMembers[s.Tokens[seg[i+1].start].Text] {
			return true // "the House of Representatives", "the Chamber of Deputies"
		}
		if i+1 < len(seg) && seg[i].kind == uOf && seg[i-1].kind == uCap && seg[i+1].kind == uCap &&
			s.Tokens[seg[i-1].end-1].Text == "Chamber" && tradeTopics[s.Tokens[seg[i+1].start].Text] {
			return true // "the Oslo Chamber of Commerce", "the Chamber of Commerce and Industry"
		}
	}
	return false
}

// chamberHeads and chamberMembers make the names of the chambers of a
// legislature: "House of Representatives", "Chamber of Deputies", "House
// of Councillors" ("House of Cards" is none).
var (
	chamberHeads   = map[string]bool{"House": true, "Chamber": true}
	chamberMembers = map[string]bool{
		"Representatives": true, "Deputies": true, "Commons": true, "Lords": true, "Councillors": true,
		"Councilors": true, "Delegates": true, "Peers": true,
	}
)

// tradeTopics are the words after "Chamber of" that name a chamber of
// commerce, a body of businesses: "the Halvik Chamber of Commerce".
var tradeTopics = map[string]bool{"Commerce": true, "Industry": true, "Trade": true}

// officeAfter returns the office named without a holder ([mention.role])
// in apposition right after the person m, between m's comma and another
// comma, the sentence's end, a bracket or "from" ("Claire Dubois, Canada's
// Foreign Minister,", "John Cornyn, U.S. Senator (R-Texas)", "Tom Wu, US
// Senator from Ohio,"), with only its state's possessive or name before it,
// after an article and a word of [holdingWords] ("Harris, a sitting U.S.
// Senator from California,"), or nil.
func officeAfter(toks []nlp.Token, next []*mention, m *mention) *mention {
	for _, o := range next {
		if o.start > m.end+5 {
			return nil
		}
		if !o.role || o.start < m.end+1 || o.end < len(toks) && !officeEnds[toks[o.end].Text] && !finiteAt(toks, o.end) {
			continue
		}
		k := m.end + 1
		if d := toks[k].Lower(); d == "a" || d == "an" || d == "the" {
			k++ // "Lee, a sitting U.S. Senator from Ohio,"
		}
		if k < o.start && holdingWords[toks[k].Lower()] {
			k++
		}
		for ; k < o.start; k++ {
			if !isCap(toks[k].Text) && toks[k].Tag != "POS" || k > m.end+3 {
				return nil
			}
		}
		return o
	}
	return nil
}

// holdingWords say that an office in apposition is held now ("a sitting
// U.S. Senator"); "former" is left out, as the office is no longer held.
var holdingWords = map[string]bool{"sitting": true, "current": true, "incumbent": true, "serving": true}

// officeEnds are the words that may end an office's apposition.
var officeEnds = map[string]bool{",": true, ".": true, "(": true, "from": true}

// titleNounBefore reports whether the lower-case noun "title" (or
// "titles", "rank") stands right before the capitalised run at token i,
// with "of" between or not: what follows names a title or a rank ("took
// the title HRH Duchess of Cornwall", "the rank of Major General").
func titleNounBefore(toks []nlp.Token, i int) bool {
	k := i - 1
	if k > 0 && toks[k].Text == "of" {
		k--
	}
	switch toks[k].Text {
	case "title", "titles", "rank":
		return true
	}
	return false
}

// generationSuffixes end a person's name after a comma ("Tom Wu, Jr.").
var generationSuffixes = map[string]bool{"Jr": true, "Jr.": true, "Sr": true, "Sr.": true}

// honourSuffixes follow a person's name after a comma and are no part of
// it ("Mark Tedeschi, QC"); corporateSuffixes follow a company's
// ("Atlantic Lottery Corporation, Inc.").
var (
	honourSuffixes    = map[string]bool{"QC": true, "KC": true, "SC": true, "MBE": true, "OBE": true, "CBE": true, "KBE": true, "Esq.": true, "Esq": true}
	corporateSuffixes = map[string]bool{"Inc.": true, "Inc": true, "Ltd.": true, "Ltd": true, "LLC": true, "plc": true, "PLC": true, "Corp.": true, "L.P.": true, "LLP": true,
		"Limited": true, "Incorporated": true, "Plc": true, "GmbH": true}
)

// commaSuffix joins a generational suffix set off by a comma to the
// person's name before it ("Tom Wu, Jr., a lawyer,"), and an honour to a
// person's mention or a company's suffix to a body's mention, outside its
// name ("Mark Tedeschi, QC"; "Halvik Holdings, Inc."): alone, the suffix
// was taken for a name of its own, a person's or a body's.
func commaSuffix(s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i := 1; i < len(ms); i++ {
		m, p := ms[i], ms[i-1]
		if m.end != m.start+1 && !(m.end == m.start+2 && toks[m.start+1].Text == ".") || p.end+1 != m.start || toks[p.end].Text != "," || p.drop {
			continue
		}
		w := toks[m.start].Text
		generation := generationSuffixes[w] && p.typ == schema.Person
		if !generation && !(honourSuffixes[w] && p.typ == schema.Person) && !(corporateSuffixes[w] && p.typ == schema.Organization) {
			continue
		}
		p.end = m.end
		p.surface = spanText(s, p.start, p.end)
		if generation {
			p.name = cleanName(p.name + " " + w)
		}
		m.drop = true
	}
}

// quoteMarks are the tokens that open or close a quoted nickname.
var quoteMarks = map[string]bool{"\"": true, "``": true, "''": true, "“": true, "”": true}

// quotedNickname joins the surname after a quoted nickname to the
// person's given name before it ("Matiu \"Matt\" Ratana", "Pasquale
// \"Pat\" Di Cicco"): the quotes cut the name, which left the given name
// alone as the person's. The name keeps the given name and the surname;
// mentions inside the joined span go.
func quotedNickname(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for i := 0; i < len(ms); i++ {
		p := ms[i]
		k := p.end
		if p.typ != schema.Person && p.typ != "" || p.kind != mSingle && p.kind != mName || p.adj || k+3 >= len(toks) || !quoteMarks[toks[k].Text] || !isCap(toks[k+1].Text) || !quoteMarks[toks[k+2].Text] {
			continue
		}
		end := k + 3
		for end < len(toks) && end < k+6 && isCap(toks[end].Text) && strings.HasPrefix(toks[end].Tag, "NNP") {
			end++
		}
		if end == k+3 || slices.ContainsFunc(ms, func(m *mention) bool { return m.start < end && m.end > end }) {
			continue // no surname, or a name that goes on past it
		}
		p.nick = cleanName(toks[k+1].Text + " " + joinText(toks[k+3:end]))
		ms = joinSurname(s, ms, p, k+3, end)
		if p.kind == mSingle && p.typ == "" && !corporateSuffixes[toks[end-1].Text] && !companyHeads[toks[end-1].Text] {
			// "talent agent Pasquale \"Pat\" Di Cicco": a lone word the
			// rules left to the recogniser is, with a quoted nickname and
			// a surname, a person's full name.
			p.kind, p.typ, p.guess, p.weak = mName, schema.Person, false, false
		}
	}
	return ms
}

// bracketSurname joins the surname after an editor's insertion that
// closes on a given name to it ("[Indian Prime Minister Narendra] Modi",
// "[then-Senator Ann] Lee"): the bracket cut the name, which left the
// given name alone as the person's. A bracket around the given name
// alone ("[Ann] Lee") is left to the rules that read it already.
func bracketSurname(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for i := 0; i < len(ms); i++ {
		p := ms[i]
		k := p.end
		if p.typ != schema.Person && p.typ != "" || p.kind != mSingle && p.kind != mName || p.adj || k+1 >= len(toks) || toks[k].Text != "]" ||
			p.start == 0 || toks[p.start-1].Text == "[" || !slices.ContainsFunc(toks[:p.start], func(t nlp.Token) bool { return t.Text == "[" }) {
			continue
		}
		end := k + 1
		for end < len(toks) && end < k+3 && isCap(toks[end].Text) && strings.HasPrefix(toks[end].Tag, "NNP") {
			end++
		}
		if end == k+1 || slices.ContainsFunc(ms, func(m *mention) bool { return m.start < end && m.end > end }) {
			continue // no surname, or a name that goes on past it
		}
		ms = joinSurname(s, ms, p, k+1, end)
	}
	return ms
}

// joinSurname extends p, a given name, over the surname toks[from:end]
// after the marks that cut it ([quotedNickname], [bracketSurname]) and
// returns ms without the mentions between p's old end and end.
func joinSurname(s nlp.Sentence, ms []*mention, p *mention, from, end int) []*mention {
	k := p.end
	surface := spanText(s, p.start, end)
	if strings.HasSuffix(p.full, p.surface) {
		p.full = strings.TrimSuffix(p.full, p.surface) + surface // "Police sergeant Matiu \"Matt\" Ratana"
	}
	p.name = cleanName(p.name + " " + joinText(s.Tokens[from:end]))
	p.end, p.surface = end, surface
	return slices.DeleteFunc(ms, func(m *mention) bool { return m != p && m.start >= k && m.start < end })
}

// finiteAt reports whether the token at k is a finite verb or a modal, the
// predicate of a clause ("Tom Wu, US Secretary of State was visiting": an
// apposition whose closing comma is missing ends there).
func finiteAt(toks []nlp.Token, k int) bool {
	switch toks[k].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// appositives reads ", a high-ranking North Korean general" and ", the
// German officer who ..." after a person: the title and the state become
// the person's.
func (r *Resolver) appositives(s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i, m := range ms {
		// "Canada's Foreign Minister, Claire Dubois,": the office's titles
		// go to the name after it, as they do across the bracket that
		// closes an editor's insertion ("[former Globex CEO] Ann Lee").
		if m.role && i+1 < len(ms) && m.end < len(toks) && (toks[m.end].Text == "," || toks[m.end].Text == "]") {
			if c := ms[i+1]; c.start == m.end+1 && (c.typ == schema.Person || c.kind == mSingle) && len(c.titles) == 0 {
				c.titles, c.country, c.org, c.full = m.titles, m.country, m.org, spanText(s, m.start, c.end)
				if c.kind == mSingle {
					c.hint = schema.Person
				}
				m.drop = true
				continue
			}
		}
		if t := r.titleOpening(toks, ms[:i], m); t != nil && len(m.titles) == 0 {
			// "The judge presiding over the case, Ann Lee, said": the
			// description that opens the sentence is the apposed name's.
			m.titles = append(m.titles, t)
			continue
		}
		if m.typ != schema.Person && m.kind != mSingle || m.end+2 >= len(toks) || toks[m.end].Text != "," {
			continue
		}
		if o := officeAfter(toks, ms[i+1:], m); o != nil && len(m.titles) == 0 {
			// "Claire Dubois, Canada's Foreign Minister, said": the
			// office in apposition is the person's, as before the name.
			m.titles, m.country, m.org = o.titles, o.country, o.org
			if o.end < len(toks) && finiteAt(toks, o.end) {
				o.appos, o.titles, o.role, o.country, o.org = m, nil, false, nil, nil
				o.start = m.end + 1
			} else {
				o.drop = true
			}
			continue
		}
		if d := toks[m.end+1].Lower(); d != "a" && d != "an" && d != "the" || closesOpener(toks, m) {
			continue
		}
		var t *title
		end := m.end + 2
		for ; end < len(toks) && end < m.end+10; end++ {
			w := toks[end]
			if w.Text == "," || w.Text == "." || w.Tag == "WP" || w.Tag == "WDT" || w.Tag == "CC" || w.Tag == "IN" || w.Tag == "TO" {
				break
			}
			if w.Tag == "POS" {
				t = nil // "Oleg Berg, the president's son,": the president is another
				continue
			}
			if tt, ok := r.g.titles[normKey(toks[end-2].Text+" "+toks[end-1].Text+" "+w.Text)]; ok && end > m.end+3 && strings.HasPrefix(w.Tag, "NN") {
				t = tt // "the deputy prime minister of Norway": not its Prime Minister
			} else if tt, ok := r.g.titles[normKey(toks[end-1].Text+" "+w.Text)]; ok && end > m.end+2 && strings.HasPrefix(w.Tag, "NN") {
				t = tt // "the Vice President of Norway": not its President
			} else if tt, ok := r.g.titles[normKey(w.Text)]; ok && strings.HasPrefix(w.Tag, "NN") {
				t = tt
			}
		}
		if t == nil || slices.ContainsFunc(ms[i+1:], func(c *mention) bool { return c.start < end && c.kind == mName && c.typ == schema.Person && !c.role }) {
			continue // "Tom Wu, the Danish prime minister Sara Lind and": the title is the next name's
		}
		m.titles = append(m.titles, t)
		if t.gender != 0 {
			m.gender = t.gender
		}
		if end < len(toks) && toks[end].Text == "and" {
			// "Tom Wu, a former Ohio governor and US Senator,": the
			// office joined to the description is the person's too, no
			// holder of its own.
			var state *mention
			for _, o := range ms[i+1:] {
				if o.start <= end {
					continue
				}
				if o.start == end+1 && o.typ == schema.GPE && !o.possessive {
					state = o // "US" before "Senator"
					continue
				}
				if (o.start == end+1 || state != nil && o.start == state.end) && o.role && len(o.titles) > 0 &&
					(o.end == len(toks) || officeEnds[toks[o.end].Text] || finiteAt(toks, o.end)) {
					m.titles = []*title{o.titles[len(o.titles)-1]} // the first is read by the role rules ("Ohio governor")
					if o.country == nil && o.org == nil {
						o.country = state
					}
					m.country, m.org = o.country, o.org
					o.drop = true
				}
				break
			}
		}
		for _, c := range ms[i+1:] {
			if c.start >= end {
				break
			}
			if c.adj && m.country == nil && !holdsPossessive(toks[c.end:end]) {
				// "Tom Wu, the Swedish bank's president,": the
				// nationality places the bank, whose president he is.
				m.country = c
				c.used = true
			}
		}
	}
}

// indefiniteTitles reads a title in an indefinite phrase set off before a
// person's name: "One senator, Ann Lee, said", "A former prime minister,
// Tom Wu, said", "was opposed by another lawmaker, Ann Lee, who": the
// title becomes the name's, as "Ann Lee, a senator," makes it hers
// ([Resolver.appositives]). The phrase is "a", "an", "one" or "another",
// at most two lower-case modifiers and a title of the gazetteer, opening
// the sentence or following a comma, a preposition or a verb; after the
// name comes a comma, the sentence's end or a finite verb, not a list's
// "and" ("a senator, Ann Lee and Tom Wu").
func (r *Resolver) indefiniteTitles(s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, c := range ms {
		if c.kind != mName || c.typ != schema.Person || len(c.titles) > 0 || c.possessive || c.drop || c.start < 3 || toks[c.start-1].Text != "," {
			continue
		}
		if c.end < len(toks) && toks[c.end].Text != "," && toks[c.end].Text != "." && !finiteAt(toks, c.end) {
			continue
		}
		k := c.start - 2 // the title's last word
		if !lowerWord(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "NN") {
			continue
		}
		t, start := r.g.titles[normKey(toks[k].Text)], k
		if k > 0 && lowerWord(toks[k-1].Text) {
			if tt := r.g.titles[normKey(toks[k-1].Text+" "+toks[k].Text)]; tt != nil {
				t, start = tt, k-1 // "a former prime minister"
			}
		}
		if t == nil {
			continue
		}
		j := start
		adjAt := func(k int) bool {
			return slices.ContainsFunc(ms, func(o *mention) bool { return o.adj && o.start == k && o.end == k+1 })
		}
		for j > 0 && j > start-2 && (lowerWord(toks[j-1].Text) && (strings.HasPrefix(toks[j-1].Tag, "JJ") || toks[j-1].Tag == "VBN" || toks[j-1].Tag == "RB") || adjAt(j-1)) {
			j-- // "former", "senior", "newly elected", "Norwegian"
		}
		if j == 0 {
			continue
		}
		switch toks[j-1].Lower() {
		case "a", "an", "one", "another":
		default:
			continue
		}
		if d := j - 1; d > 0 && toks[d-1].Text != "," && toks[d-1].Tag != "IN" && !strings.HasPrefix(toks[d-1].Tag, "VB") {
			continue
		}
		var adj *mention
		if slices.ContainsFunc(ms, func(o *mention) bool {
			if o == c || o.start < j-1 || o.start >= c.start {
				return false
			}
			if o.adj && o.end <= start {
				if o.typ == schema.GPE && adj == nil {
					adj = o // "A Norwegian minister, Ola Berg,"
				}
				return false // "A Republican senator, Ann Lee,"
			}
			return true
		}) {
			continue // "A Globex spokesman, Ann Lee,": the body's rules read it
		}
		if adj != nil {
			c.country, adj.used = adj, true
		}
		c.titles = []*title{t}
		c.full = spanText(s, start, c.end)
		if t.gender != 0 {
			c.gender = t.gender
		}
	}
}

// titleOpening returns the title of a description that opens the sentence
// and stands in apposition before the person m, set off by commas: "The
// judge, Ann Lee, said", "The officer leading the inquiry, Tom Wu,", "The
// spokesman for the ministry, Tom Wu,": "The", adjectives, a lower-case
// title noun, then nothing or a phrase opened by a participle or one of
// [openingPreps] that names no other role ("The wife of the president,
// Ann Lee," is no president). before are the sentence's mentions before m, none of
// which may name a person; or nil.
func (r *Resolver) titleOpening(toks []nlp.Token, before []*mention, m *mention) *title {
	if m.typ != schema.Person && m.kind != mSingle || m.start < 3 || toks[0].Text != "The" || toks[m.start-1].Text != "," ||
		m.end >= len(toks) || toks[m.end].Text != "," {
		return nil
	}
	k := 1
	for k < m.start-1 && toks[k].Tag == "JJ" && !isCap(toks[k].Text) {
		k++
	}
	t, ok := r.g.titles[normKey(toks[k].Text)]
	if !ok || t.lead || isCap(toks[k].Text) || toks[k].Tag != "NN" {
		return nil // "The current president, Ann Lee,": a head's title, read elsewhere, and only in a report that names no body she might head
	}
	if k+1 < m.start-1 {
		p := toks[k+1]
		participle := p.Tag == "VBG" || p.Tag == "NN" && strings.HasSuffix(p.Text, "ing") // "presiding/NN over"
		if !participle && !openingPreps[p.Lower()] {
			return nil
		}
		for j := k + 1; j < m.start-1; j++ {
			w := toks[j]
			if w.Text == "," || w.Tag == "CC" || w.Tag == "WP" || w.Tag == "WDT" || finiteAt(toks, j) ||
				roleNoun(strings.TrimSuffix(w.Lower(), "s")) || r.g.titles[normKey(w.Text)] != nil {
				return nil // "The president, through one of his aides, Tom Wu,": the aide is the name's
			}
		}
	}
	for _, o := range before {
		if o.typ == schema.Person && !o.role {
			return nil
		}
	}
	return t
}

// openingPreps may open the phrase after a description's title noun that
// [Resolver.titleOpening] reads: "The judge in the case", "The spokesman
// for the ministry", "The officer at the scene".
var openingPreps = map[string]bool{"in": true, "for": true, "at": true, "on": true, "over": true}

// closesOpener reports whether the comma after m closes a phrase that
// opens the sentence ("Per", capitalised, may be tagged as a name), with
// no comma before m, and the noun phrase after
// the comma is the subject of a finite verb: "At the request of Tom Wu,
// the Queen suspended Parliament" (the Queen is no title of Tom Wu's).
func closesOpener(toks []nlp.Token, m *mention) bool {
	if m.end+2 >= len(toks) || toks[0].Tag != "IN" && toks[0].Tag != "RB" && toks[0].Tag != "TO" && toks[0].Lower() != "per" {
		return false
	}
	for k := 0; k < m.start; k++ {
		if toks[k].Text == "," {
			return false
		}
	}
	e := m.end + 2
	for e < len(toks) && (strings.HasPrefix(toks[e].Tag, "NN") || strings.HasPrefix(toks[e].Tag, "JJ") || toks[e].Tag == "POS" || toks[e].Tag == "DT") {
		e++
	}
	return e > m.end+2 && e < len(toks) && finiteAt(toks, e)
}

// fieldAfterDegree reports whether the name at token a is in the field of
// a degree: after "in" (and other names of fields, commas and "and") that
// follows a degree's noun, which some capitalised words and "of" may
// follow ("a Ph.D. in Linguistics", "her Bachelor of Arts in History and
// French", "majored in Economics").
func fieldAfterDegree(toks []nlp.Token, a int) bool {
	k := a - 1
	for k >= 0 && (isCap(toks[k].Text) || toks[k].Text == "," || toks[k].Text == "and") {
		k--
	}
	if k < 1 || toks[k].Text != "in" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := strings.ToLower(strings.ReplaceAll(toks[j].Text, ".", ""))
		if degreeWords[w] {
			return true
		}
		if !isCap(toks[j].Text) && w != "of" && w != "" && toks[j].Tag != "POS" {
			return false
		}
	}
	return false
}

// chairField reports whether the name toks[a:b] is the field of a
// professorship or lectureship: right after "of" after a professor or
// lecturer ("Velmont University's Harlan Professor of Chemistry",
// "Professor of Law at Halvik University"). A name with the head of a
// school ("Professor of the Halvik Institute") is the body; after "in" a
// name is mostly a place ("a lecturer in Oslo").
func chairField(toks []nlp.Token, a, b int) bool {
	if a < 2 || toks[a-1].Text != "of" {
		return false
	}
	switch strings.ToLower(toks[a-2].Text) {
	case "professor", "professors", "lecturer", "lecturers":
	default:
		return false
	}
	for _, t := range toks[a:b] {
		if employerHeads[t.Text] {
			return false
		}
	}
	return true
}

// employerHeads are the head words of the names of schools and the
// bodies that employ professors.
var employerHeads = map[string]bool{
	"University": true, "College": true, "Institute": true, "School": true, "Academy": true, "Polytechnic": true,
	"Hospital": true, "Center": true, "Centre": true, "Foundation": true, "Society": true, "Laboratory": true,
}

// prizeField reports whether the name toks[a:b] is the field of a prize
// that the prize's name gives after "in": "the Nobel Prize in Physics",
// "the Wolf Prize in Mathematics", "Nobel Prizes in Chemistry and
// Medicine". The name must be one of [prizeFields], so "won the Nobel
// Prize in Oslo" keeps its place.
func prizeField(toks []nlp.Token, a, b int) bool {
	if !prizeFields[spanWords(toks[a:b])] {
		return false
	}
	k := a - 1
	for k >= 0 && (prizeFields[toks[k].Text] || toks[k].Text == "," || toks[k].Text == "and") {
		k-- // "in Chemistry and Medicine"
	}
	if k < 1 || toks[k].Text != "in" {
		return false
	}
	switch toks[k-1].Text {
	case "Prize", "Prizes", "Award", "Awards", "Medal", "Medals", "Laureate", "laureate", "laureates", "prize", "prizes":
		return true
	}
	return false
}

// prizeFields are the fields that prizes are given in.
var prizeFields = map[string]bool{
	"Physics": true, "Chemistry": true, "Medicine": true, "Physiology": true, "Literature": true,
	"Economics": true, "Economic Sciences": true, "Mathematics": true, "Biology": true, "Astronomy": true,
	"Architecture": true, "Music": true, "Poetry": true, "Fiction": true, "Journalism": true, "History": true,
}

// degreeWords are the academic degrees, lower-cased without full stops,
// and the verbs that take a field after "in".
var degreeWords = map[string]bool{
	"degree": true, "degrees": true, "phd": true, "doctorate": true, "bachelor": true, "bachelors": true,
	"master": true, "masters": true, "ba": true, "bsc": true, "ma": true, "msc": true, "mba": true,
	"diploma": true, "majored": true, "majoring": true, "dphil": true, "bs": true, "ms": true,
}

// office reports whether the name toks[a:b] names an office or a rank
// rather than its holder: it ends in a word of [officeHeads], and either
// stands where what someone becomes or is made stands ("became Agassiz
// Professor", "recognised as a saint and Doctor of the Church", "promoted
// to Major"), or is of two to four words, the first no given name,
// before "of" or "in" ("Regius Professor of Greek", "Assistant Professor
// in Sport Studies", "Wormley Early Career Professor of Engineering").
func (r *Resolver) office(toks []nlp.Token, a, b int) bool {
	if b-a == 1 && toks[a].Text == "Speaker" && (b == len(toks) || !isCap(toks[b].Text)) {
		// "Ann Lee, the Speaker of the House", "was elected Speaker",
		// "held the post of Speaker": the chair of a house, no one's
		// name.
		return true
	}
	if !officeHeads[toks[b-1].Text] {
		return false
	}
	if b-a > 1 && b-a <= 4 && b < len(toks) && (toks[b].Text == "of" || toks[b].Text == "in") &&
		!r.givenBefore(toks, a+1) {
		return true
	}
	if a == 0 {
		return false
	}
	prev := toks[a-1].Lower()
	if (prev == "the" || prev == "a" || prev == "an") && a > 1 {
		prev = toks[a-2].Lower() // "was named the MVP of the game"
		a--
	}
	switch {
	case becomeWords[prev]:
		return true
	case prev == "to" && a > 1 && promoteWords[toks[a-2].Lower()]:
		return true
	case prev == "and" && a > 1 && toks[a-2].Tag == "NN" && !isCap(toks[a-2].Text):
		return true // "a saint and Doctor of the Church"
	}
	return false
}

// officeHeads are the last words of the names of offices, chairs and ranks
// that are no titles before a name in data/words.txt or are also
// surnames ("Major").
var officeHeads = map[string]bool{
	"Professor": true, "Doctor": true, "Count": true, "Countess": true, "Major": true,
	"Lecturer": true, "Fellow": true, "Chair": true, "MVP": true,
}

// electWords put their object into an office named after it: "elected
// Ann Lee Speaker".
var electWords = map[string]bool{
	"elect": true, "elects": true, "elected": true, "re-elected": true, "name": true, "names": true, "named": true,
	"appoint": true, "appoints": true, "appointed": true, "make": true, "makes": true, "made": true,
	"choose": true, "chooses": true, "chose": true,
}

// becomeWords stand right before what someone becomes or is made.
var becomeWords = map[string]bool{
	"as": true, "became": true, "become": true, "becomes": true, "becoming": true, "named": true,
	"appointed": true, "elected": true, "created": true, "made": true, "chosen": true, "crowned": true,
}

// promoteWords stand before "to" and a rank ("promoted to Major").
var promoteWords = map[string]bool{"promoted": true, "brevet": true, "raised": true, "elevated": true, "demoted": true}

// eventOn reports whether seg holds an event's name with its topic after
// "on" after an event's head noun ("Summit on Climate Change"); chunk
// joins "on" there and after a body's head noun ("Committee on Foreign
// Affairs"), which names a body.
func eventOn(s nlp.Sentence, seg []unit) bool {
	for i, u := range seg {
		if u.kind == uOf && s.Tokens[u.start].Text == "on" && i > 0 && eventHeads[s.Tokens[seg[i-1].end-1].Text] {
			return true
		}
	}
	return false
}

// countWords are the numbers that open the names of tournaments between
// nations ("Six Nations", "Tri Nations").
var countWords = map[string]bool{
	"Two": true, "Tri": true, "Three": true, "Four": true, "Five": true, "Six": true, "Seven": true, "Eight": true,
}

// demonymInName reports whether the nationality us[i] is a word of the name
// that the capitalised words around it spell: a capitalised word of seg
// right before it and one after it ("Native American Rights Fund"), or a
// second nationality and a capitalised word after it ("British American
// Drama Academy"). "Norwegian Red Cross" and "French Foreign Ministry"
// keep their nationality apart, and so does a compound that describes the
// name rather than opening it ("the Kurdish-led Syrian Democratic Forces":
// a word in lower case after its hyphen).
func demonymInName(toks []nlp.Token, us []unit, i int, seg []unit) bool {
	u := us[i]
	capAfter := func(j int) bool { return j < len(us) && us[j].kind == uCap && us[j].start == us[j-1].end }
	if n := len(seg); n > 0 && seg[n-1].kind == uCap && seg[n-1].end == u.start {
		w := toks[seg[n-1].end-1].Text
		if h := strings.LastIndexByte(w, '-'); h >= 0 && !isCap(w[h+1:]) {
			return false
		}
		return capAfter(i + 1)
	}
	return len(seg) == 0 && i+1 < len(us) && us[i+1].kind == uDemonym && us[i+1].start == u.end && capAfter(i+2)
}

// capRun reports whether us are all unknown capitalised words, each right
// after the one before.
func capRun(us []unit) bool {
	for i, u := range us {
		if u.kind != uCap || i > 0 && u.start != us[i-1].end {
			return false
		}
	}
	return len(us) > 0
}

// continentParts are the capitalised words that, before a nationality's
// word, name a part of a continent instead ("South American", "North
// American", "Central American").
var continentParts = map[string]bool{"South": true, "North": true, "Central": true, "Latin": true}

// portfolioName reports whether m, a name of two words or more that only
// the recogniser typed as a person's, ends in a word of a minister's
// portfolio ([portfolioWords]) and stands right before a lower-case "minister" or
// "secretary": "resigned as Foreign Affairs minister" names the
// department, not a person.
func portfolioName(toks []nlp.Token, m *mention) bool {
	if m.kind != mName || m.typ != schema.Person || m.gaz != nil || m.end-m.start < 2 || m.end >= len(toks) || len(m.titles) > 0 {
		return false
	}
	w := toks[m.end].Text
	return (w == "minister" || w == "secretary") && portfolioWords[toks[m.end-1].Text]
}

// describedOfName reports whether seg is capitalised words, one "of" and
// capitalised words, right after a lower-case noun for a body's kind
// ([orgDescriptors]: "newspaper Star of Mysore") or before a comma and an
// apposition whose head is one, or "church" ("the Avoyelles House of
// Mercy, a Pentecostal church,"): such a name is one body's, where "Tom
// Wu of Bergen" is a person and a place. Before an apposition, a name
// that opens with a given name is a person's ("Tom Wu of Halvik, a firm
// in Oslo,").
func (r *Resolver) describedOfName(s nlp.Sentence, seg []unit) bool {
	toks := s.Tokens
	ofs := 0
	for i, u := range seg {
		switch {
		case u.kind == uOf && toks[u.start].Text == "of" && u.end == u.start+1 && i > 0 && i+1 < len(seg):
			ofs++
		case u.kind != uCap && u.kind != uEntry:
			return false
		}
	}
	a, b := seg[0].start, seg[len(seg)-1].end
	if ofs != 1 {
		return false
	}
	if a > 0 && toks[a-1].Tag == "NN" && orgDescriptors[toks[a-1].Text] {
		return true
	}
	if r.g.listedGiven(toks[a].Text) || b+2 >= len(toks) || toks[b].Text != "," || toks[b+1].Lower() != "a" && toks[b+1].Lower() != "an" {
		return false
	}
	for k := b + 2; k < len(toks) && k < b+6; k++ {
		w := toks[k].Text
		if !strings.HasPrefix(toks[k].Tag, "NN") && !strings.HasPrefix(toks[k].Tag, "JJ") {
			return false
		}
		if (orgDescriptors[w] || w == "church") && (k+1 == len(toks) || toks[k+1].Text == "," || toks[k+1].Text == ".") {
			return true
		}
	}
	return false
}

// unlistedPlaceBeforeHead reports whether m, a name the gazetteer does not
// list, read as a person's or of no known type, stands right before u, a town's or a
// region's head ("Governor", "Mayor", "Premier"), with the holder's name
// after the title: "West Java Governor Danny Setiawan" names the region
// West Java, as "Texas Governor Ann Lee" names Texas.
func unlistedPlaceBeforeHead(toks []nlp.Token, m *mention, u unit, us []unit) bool {
	if m.typ != schema.Person && m.typ != "" || m.gaz != nil || len(m.titles) > 0 || m.end != u.start || u.t == nil {
		return false
	}
	if w := strings.ToLower(u.t.name); !localHeads[w] && w != "gov." {
		return false
	}
	if last := us[len(us)-1]; last.kind == uTitle || last.end <= u.end {
		return false // no holder's name after the title
	}
	for k := m.start; k < m.end; k++ {
		if w := toks[k].Text; !isCap(w) || !strings.HasPrefix(toks[k].Tag, "NNP") || headModifiers[w] || rankModifiers[w] || deputyWords[strings.ToLower(w)] {
			return false // "Deputy Governor Tom Wu", "Embattled Governor Tom Wu": the title's modifier, no place
		}
	}
	return true
}

// headModifiers are capitalised words that qualify a head's title rather
// than name the place it heads ("Former Governor", "Lieutenant Governor").
var headModifiers = map[string]bool{
	"Former": true, "Outgoing": true, "Incoming": true, "Lieutenant": true, "Regional": true, "Provincial": true,
	"State": true, "Federal": true, "Military": true, "Chief": true, "Elected": true, "Then": true, "Current": true,
}

// listOpeners open the list or the aside that names the people a plural
// role noun stands for: "three Cabinet ministers, Tom Wu, ...", "the
// ministers: ...", "the ministers (Tom Wu and Ann Lee)".
var listOpeners = map[string]bool{",": true, ":": true, "(": true}
