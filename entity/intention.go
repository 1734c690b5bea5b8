package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// intentionWords, in the words before an infinitive, say that the act is
// planned, promised, attempted or expected, not done: "plans to visit",
// "is expected to meet", "has vowed to attack", "tried to call", "needs to
// beat". They are base forms, matched through [verbBase] ("planned",
// "hopes", "tried").
// "wanted to" is left out: news tells a wish mostly when it was carried
// out ("wanted to issue her support to Ann Lee"); so are "decided to",
// which mostly tells of what was then done, and "refused to" and "failed
// to", which state a negated act (not_return_to).
var intentionWords = map[string]bool{
	"plan": true, "hope": true, "wish": true, "intend": true, "aim": true, "seek": true, "sought": true,
	"try": true, "attempt": true, "expect": true, "propose": true, "vow": true, "pledge": true,
	"promise": true, "plot": true, "threaten": true, "prepare": true, "offer": true, "agree": true,
	"schedule": true, "due": true, "likely": true, "unlikely": true, "poised": true, "eager": true,
	"willing": true, "ready": true, "going": true, "set": true, "reluctant": true, "welcome": true,
	"about": true, "need": true, "primed": true, "determined": true, "keen": true, "commit": true,
	// An application is made, the membership not yet given: "applied to
	// join NATO" ([applied]).
	"apply": true,
	// Nouns of a plan or a request: "a bid to buy Initech", "announced his
	// intention to dissolve the parliament", "resisted pressure to sack
	// Tom Wu"; and of an opportunity, which is no act either: "thanked Ann Lee
	// for the opportunity to help secure the nation".
	"bid": true, "effort": true, "proposal": true, "call": true, "intention": true, "intent": true,
	"desire": true, "pressure": true, "opportunity": true,
	// A resolve is not yet the act: "has no determination to govern Oslo".
	// ("voted on a resolution to expel" is left out: a parliament's
	// resolution is its act.)
	"determination": true,
	// A bounty is paid for an act not yet done: "paid bounties to the
	// rebels to kill Norwegian soldiers".
	"bounty": true,
	// A candidate for a post has not taken it: "is the favourite to
	// succeed Ann Lee", "the perfect choice to replace", "tipped to lead".
	"favourite": true, "favorite": true, "choice": true, "candidate": true, "frontrunner": true,
	"front-runner": true, "tip": true,
}

// isIntention reports whether w, a lower-case word, is an inflected form
// of one of [intentionWords].
func isIntention(w string) bool {
	return intentionWords[verbBase(w, intentionWords)]
}

// intentionToken reports whether token t is a word of [intentionWords] as
// [isIntention] reads it, but for the verb "welcome": "is welcome to" says
// what may be done, "welcomed the French decision" what was.
func intentionToken(t nlp.Token) bool {
	w := t.Lower()
	return isIntention(w) && !(strings.HasPrefix(t.Tag, "VB") && verbBase(w, intentionWords) == "welcome")
}

// attemptWords are the verbs of [intentionWords] that try an act: before
// a verb of [opposingVerbs] the attempt itself acts on the object ("sought
// to block Sweden", "tried to stop Tom Wu"); before others it may have
// failed to reach it ("tried to call Tom Wu").
var attemptWords = map[string]bool{"try": true, "attempt": true, "seek": true, "sought": true}

// opposingVerbs act against their object in the attempt to do so.
var opposingVerbs = map[string]bool{
	"block": true, "stop": true, "prevent": true, "oust": true, "overthrow": true, "remove": true, "impeach": true,
	"bar": true, "ban": true, "expel": true, "force": true, "undermine": true, "discredit": true, "intimidate": true,
	"silence": true, "obstruct": true, "thwart": true, "derail": true, "pressure": true, "halt": true,
	"extort": true, "blackmail": true, "coerce": true, "bribe": true, "bully": true,
}

// dealVerbs are the acts that an agreement to do them makes with their
// object: "agreed to buy Norsk Energi" struck a deal with it; "agreed to
// work for" promised work only.
var dealVerbs = map[string]bool{"buy": true, "acquire": true, "purchase": true, "sell": true, "merge": true, "pay": true}

// feignedWords, before an infinitive, say that the subject gave itself
// out to do or be what the infinitive says: "Bob Hale, claiming to
// represent the State Department", "pretended to work for the CIA",
// "purports to speak for the party". The writer does not state the act.
var feignedWords = map[string]bool{"claim": true, "pretend": true, "purport": true, "profess": true, "feign": true}

// feigned reports whether w, a lower-case word before "to", is a form of
// [feignedWords] and next, the word after "to", makes an act claimed,
// not a report: "claimed to have met Ann Lee" reports a past act, as
// "said he had met" does, so "claim" before "have" is left to the rules
// of reported speech.
func feigned(w, next string) bool {
	b := verbBase(w, feignedWords)
	return feignedWords[b] && (b != "claim" || next != "have")
}

// intends reports whether w, a lower-case word before an infinitive whose
// lemma is lemma, makes its act an intention: a form of [intentionWords],
// but not an attempt of [attemptWords] at an act of [opposingVerbs], nor
// "agree" before a verb of [dealVerbs].
func intends(w, lemma string) bool {
	b := verbBase(w, intentionWords)
	verb, _, _ := strings.Cut(lemma, "_")
	return intentionWords[b] && !(attemptWords[b] && opposingVerbs[verb]) && !(b == "agree" && dealVerbs[verb]) || arrangedWords[w]
}

// arrangedWords are the forms of "arrange" before an infinitive: "arranging
// instead to provide the data to the Census Bureau" makes the arrangement,
// the act it arranges not yet done. (Not in [intentionWords]: "arranged a
// meeting between" them reports the meeting.)
var arrangedWords = map[string]bool{"arrange": true, "arranges": true, "arranged": true, "arranging": true}

// applied reports whether x's modal argument is an application ("applied
// to join NATO"): the membership is not given, but the application is
// made to the body.
func applied(x schema.Extraction) bool {
	for _, a := range x.Extra {
		if a.Role == "modal" && slices.ContainsFunc(strings.Fields(strings.ToLower(a.Text)), func(w string) bool {
			return verbBase(w, intentionWords) == "apply"
		}) {
			return true
		}
	}
	return false
}

// permittedWords are the participles of a permission: "is allowed to".
var permittedWords = map[string]bool{
	"allowed": true, "permitted": true, "authorized": true, "authorised": true, "entitled": true,
}

// threatened reports whether x's modal argument is a threat ("threatened
// to sanction Sweden"): the act is planned, but the threat is made to its
// object.
func threatened(x schema.Extraction) bool {
	for _, a := range x.Extra {
		if a.Role == "modal" && slices.ContainsFunc(strings.Fields(strings.ToLower(a.Text)), func(w string) bool {
			return verbBase(w, intentionWords) == "threaten"
		}) {
			return true
		}
	}
	return false
}

// withheld are the refusals whose object's infinitive names an act that
// did not take place: "denied visas to enter", "refused permission to
// land".
var withheld = map[string]bool{
	"denied": true, "deny": true, "denies": true, "refused": true, "refuse": true, "refuses": true,
	"barred": true, "banned": true, "forbidden": true, "forbade": true, "blocked": true,
}

// unfitWords, before an infinitive, say its subject may not act: "is
// ineligible to stand as a Labour candidate".
var unfitWords = map[string]bool{"ineligible": true, "disqualified": true, "unfit": true}

// cooperationLemmas are the relations of working together that "could
// not" denies as a failure, as it does an agreement: "said he could not
// work with Ann Lee" did not.
var cooperationLemmas = map[string]bool{"work_with": true, "cooperate_with": true, "co-operate_with": true, "get_along_with": true}

// futureModals make a relation a prediction, a possibility or an
// obligation rather than an act that happened. "will" is left out: news
// states a schedule with it ("Han will travel to Osaka on Friday"), as
// the judged articles in testdata do.
var futureModals = map[string]bool{
	"would": true, "should": true, "may": true, "might": true, "must": true, "could": true, "can": true,
	"ca": true,
}

// modalInfinitive reports whether the verb at token ri is an infinitive
// after "to" that completes a noun of a clause whose verb a modal of
// [futureModals] makes possible only: "Ann Lee would be the first woman to
// serve as Vice President", "could become the first team to win". The
// clause is read back to a comma, a semicolon or its sentence's start.
func modalInfinitive(toks []nlp.Token, ri int) bool {
	if ri < 2 || toks[ri-1].Lower() != "to" || !strings.HasPrefix(toks[ri-2].Tag, "NN") {
		return false
	}
	for k := ri - 3; k >= 0 && k >= ri-10; k-- {
		switch w := toks[k].Lower(); {
		case w == "," || w == ";":
			return false
		case futureModals[w] && toks[k].Tag == "MD":
			return true
		}
	}
	return false
}

// sharedModal reports whether the relation whose first token is ri (-1
// when the sentence does not write it, [relationTokens]) opens with a
// bare verb after "and" that a modal of [futureModals] before the verb
// joined to it governs: "may freely move to and live in Ohio", "could
// visit Oslo and meet Tom Wu". The modal holds for both verbs; the second
// names no act that happened either, but for a habit's "would". The verb
// before "and" is the nearest one; the modal opens its verb group.
func sharedModal(s nlp.Sentence, ri int) bool {
	toks := s.Tokens
	if ri < 3 || toks[ri].Tag != "VB" || toks[ri-1].Lower() != "and" {
		return false
	}
	k := ri - 2
	for ; k >= 0 && k >= ri-10 && !strings.HasPrefix(toks[k].Tag, "VB"); k-- {
		switch t := toks[k]; {
		case t.Text == "," || t.Text == ";" || t.Tag == "MD" || t.Tag == "WDT" || t.Tag == "WP" || t.Lower() == "that":
			return false // "Ann Lee, who could vote, and Tom Wu": no verb of the same clause
		}
	}
	if k < 0 || k < ri-10 {
		return false
	}
	for ; k >= 0 && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "RB"); k-- {
	}
	// "would" is left out: a habit told in the past ("he would get drunk
	// and hit me") is acts that happened.
	return k >= 0 && toks[k].Tag == "MD" && futureModals[toks[k].Lower()] && toks[k].Lower() != "would"
}

// unfinishedNouns name a stage before an act is done: "in the process
// of leaving", "on the verge of signing", "on the brink of quitting".
var unfinishedNouns = map[string]string{"process": "in", "verge": "on", "brink": "on", "point": "on"}

// unfinishedOf reports whether the "of" at token of closes "in the
// process of" or "on the verge of" ([unfinishedNouns]): the gerund after
// it is an act under way or near, not done. So is a gerund after "short
// of" ("stopped short of criticising Norway").
func unfinishedOf(toks []nlp.Token, of int) bool {
	if of >= 2 && of+1 < len(toks) && toks[of].Lower() == "of" && toks[of+1].Tag == "VBG" && toks[of-1].Lower() == "short" {
		return true // "stopped (fell) short of criticising Norway": not done
	}
	if of < 3 || of+1 >= len(toks) || toks[of].Lower() != "of" || toks[of+1].Tag != "VBG" || toks[of-2].Lower() != "the" {
		return false
	}
	prep, ok := unfinishedNouns[toks[of-1].Lower()]
	return ok && toks[of-3].Lower() == prep
}

// clearedWords free their object of the act in the gerund after "of":
// "acquitted Tom Wu of killing", "was cleared of defrauding".
var clearedWords = map[string]bool{
	"acquit": true, "acquits": true, "acquitted": true, "clear": true, "clears": true, "cleared": true,
	"exonerate": true, "exonerates": true, "exonerated": true, "absolve": true, "absolves": true, "absolved": true,
	"innocent": true,
}

// acquittedOf reports whether the "of" at token of, before a gerund,
// follows a verdict that frees someone of the gerund's act: "a jury
// acquitted Tom Wu of murdering Ann Lee", "was cleared of defrauding
// Halvik", "found him not guilty of killing": the act was not done, or
// not proven. "found him guilty of" and "was accused of" state it.
func acquittedOf(toks []nlp.Token, of int) bool {
	if of < 1 || of+1 >= len(toks) || toks[of].Lower() != "of" || toks[of+1].Tag != "VBG" {
		return false
	}
	for k := of - 1; k >= 0 && k >= of-8; k-- {
		w := toks[k].Lower()
		switch {
		case clearedWords[w]:
			return true
		case w == "guilty":
			return k > 0 && toks[k-1].Lower() == "not"
		case w == "," || w == ";" || strings.HasPrefix(toks[k].Tag, "VB"):
			return false
		}
	}
	return false
}

// intention reports whether x states an act that is planned, wished,
// predicted or possible, not one that happened: "Ann Lee plans to visit
// Oslo" (a modal argument of intention), "would visit", "could attack",
// "is to visit", "are going to meet". An analyst's edge between two actors
// is an act the sentence says took place (or takes place), so such a
// fact keeps its object as text. A speech act wished is done in the
// wishing ([performed]).
func intention(s nlp.Sentence, x schema.Extraction) bool {
	if performed(x) {
		return false
	}
	for _, a := range x.Extra {
		if a.Role != "modal" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(a.Text)) {
			if intends(w, x.Lemma) || futureModals[w] {
				return true
			}
		}
	}
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	if len(w) > 1 && futureModals[w[0]] && !(x.Negated && w[0] == "could" && (agreement(x.Lemma) || heldAgreement(heldTogether(x)) || cooperationLemmas[x.Lemma])) &&
		!refusedAct(s, x) { // "Mears would not confirm the account": a refusal
		// "could not agree on a budget" says they did not: a failure, no
		// possibility ("could not type X into Google" is left out: a
		// thing typed reads as an actor too easily)
		return true
	}
	// The relation's tokens, which the tests below read.
	ri, rj, ok := relationTokens(s, x)
	if !ok {
		ri, rj = -1, -1
	}
	if sharedModal(s, ri) {
		return true
	}
	if len(w) > 3 && (w[0] == "is" || w[0] == "are") && permittedWords[w[1]] && w[2] == "to" {
		// "the agency is allowed to grant the station a licence": a
		// permission in force says what may be done, not what was.
		return true
	}
	if len(w) > 0 && verbBase(w[0], intentionWords) == "need" {
		// "needs a victory against Norway": what is needed is not done;
		// "provided desperately needed fuel to Libya" is.
		if ok && s.Tokens[ri].Tag != "VBN" && s.Tokens[ri].Tag != "JJ" {
			return true
		}
	}
	if ok && cancelledDeal(s.Tokens, ri) {
		return true // "cancelling a deal to sell Opel to Magna": no sale
	}
	if ruledAct(s, ri) || plannedGerund(s, ri) || proposedGerund(s, ri, rj) || plannedAbsolute(s, x, ri) || predictedClause(s, x) {
		return true
	}
	// "will succeed her if she is confirmed", "refused to say whether he
	// sees Tom Wu as captain": a condition, what depends on it, and a
	// question are no acts.
	if ok && (conditionClause(s.Tokens, ri) || len(w) > 0 && (w[0] == "will" || w[0] == "'ll") && conditioned(s.Tokens) && !laterCondition(s.Tokens, ri)) {
		return true
	}
	if ok && modalInfinitive(s.Tokens, ri) {
		return true // "would be the first teacher to serve as Governor" (the extractor drops "the best person to lead")
	}
	if ok && ri > 0 && unfinishedOf(s.Tokens, ri-1) {
		return true // "is in the process of leaving the EU"
	}
	// "plans to visit", "is expected to sign with", "was asked to leave":
	// the relation as written.
	last := len(w) - 1
	if !ok || rj >= len(s.Tokens) || rj-ri != len(w) || !baseVerb(s.Tokens[rj]) {
		last-- // "is due to | take part" (tagged JJ): a last "to" only before an infinitive ("proposed to her")
	}
	for i := 1; i <= last; i++ {
		if w[i] == "to" && i >= 2 && passiveAux[w[i-2]] && requestVerbs[verbBase(w[i-1], requestVerbs)] {
			return true
		}
		if w[i] == "to" && unfitWords[w[i-1]] {
			return true // "is ineligible to stand as"
		}
		if w[i] == "to" && (effortVerbs[verbBase(w[i-1], effortVerbs)] || travelAim(w[i-1], x.Lemma)) {
			return true // "worked to defeat", "came to support": an effort or an aim, not the act
		}
		if w[i] == "to" && (w[i-1] == "want" || w[i-1] == "wants") && !x.Negated {
			return true // "wants to meet Tom Wu": a wish now, no act ("wanted to" is [intentionWords]' exception)
		}
		if w[i] == "to" && i+1 < len(w) && feigned(w[i-1], w[i+1]) {
			return true // "claiming to represent the State Department", "pretended to work for"
		}
		if w[i] == "to" && intends(w[i-1], x.Lemma) {
			if w[i-1] == "set" && (i < 2 || !beForms[w[i-2]]) {
				continue // "set out to"; only "is set to meet"
			}
			return true
		}
	}
	// "is to visit", "are going to meet": the words before the relation.
	if ok && ri >= 3 && !strings.EqualFold(s.Tokens[ri-1].Text, "to") {
		// "asked Norway to help Ann Lee enter Sweden": the subject of a
		// bare infinitive after a requested help, let or make.
		if b := subjectToken(s, x); b >= 2 && causers[s.Tokens[b-1].Lower()] &&
			strings.EqualFold(s.Tokens[b-2].Text, "to") && requested(s, b-2) {
			return true
		}
	}
	if ok && ri >= 4 && (s.Tokens[ri-1].Text == "and" || s.Tokens[ri-1].Text == "or") && s.Tokens[ri-2].Tag == "VB" &&
		strings.EqualFold(s.Tokens[ri-3].Text, "to") && !finiteVerb(s.Tokens[ri]) {
		// "welcome to come and tour the company": the second infinitive
		// shares the first's "to"; a finite verb does not ("urged Norway
		// to reconsider and spoke with Ann Lee": he spoke).
		ri -= 2
	} else if ok && ri >= 4 && (s.Tokens[ri-1].Text == "and" || s.Tokens[ri-1].Text == "or") && s.Tokens[ri].Tag == "VB" {
		// "flew to Oslo to meet Tom Wu and sign a deal with Sweden",
		// "to secure a coalition for Labour and avoid a war": the second
		// infinitive shares the "to" of the first, past its object.
		for j := ri - 2; j >= 1 && j >= ri-10; j-- {
			if t := s.Tokens[j]; t.Tag == "VB" && strings.EqualFold(s.Tokens[j-1].Text, "to") {
				ri = j
				break
			} else if finiteVerb(t) || t.Tag == "MD" || t.Tag == "," || t.Tag == "CC" || t.Tag == ":" {
				break
			}
		}
	}
	if !ok || ri < 2 || !strings.EqualFold(s.Tokens[ri-1].Text, "to") {
		return false
	}
	if requested(s, ri-1) {
		return true
	}
	// "had been refused permits to enter Norway": what a
	// refusal withheld did not happen.
	for k := ri - 2; k >= 0 && k >= ri-6; k-- {
		w := s.Tokens[k].Lower()
		if withheld[w] {
			return true
		}
		if strings.HasPrefix(s.Tokens[k].Tag, "VB") || s.Tokens[k].Tag == "MD" {
			break
		}
	}
	return plannedInfinitive(s.Tokens, ri-1, x.Lemma)
}

// plannedInfinitive reports whether the words before the "to" at token to
// make its infinitive a plan, not an act: "is to visit", "plans to", "tried
// hard to" (an adverb between), "the favourite to succeed"; and an
// infinitive of purpose after a planned one: "is due to fly to Oslo to
// meet Tom Wu" ("flew to Oslo to meet" was done).
func plannedInfinitive(toks []nlp.Token, to int, lemma string) bool {
	k := to - 1
	if k >= 0 && toks[k].Lower() == "yet" {
		return false // "is yet to pay": an act denied, not planned
	}
	for k > 0 && (toks[k].Tag == "RB" || toks[k].Tag == "RBR" || toks[k].Lower() == "hard" || toks[k].Lower() == "harder") {
		k-- // "tried hard to", "tried desperately to"
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower() {
	case "is", "are", "'s", "'re":
		// "Halvik Motors is to acquire Tarsen Oil": business news tells an
		// agreed deal so, as "agreed to buy" ([intends]); "is to visit"
		// stays a plan.
		verb, _, _ := strings.Cut(lemma, "_")
		return !(k == to-1 && dealVerbs[verb] && verb != "pay")
	case "was", "were", "going":
		return true
	}
	if entitlementNouns[toks[k].Lower()] && strings.HasPrefix(toks[k].Tag, "NN") {
		return true // "gained the right to sell its unit to GM": a right, not yet used
	}
	if intends(toks[k].Lower(), lemma) || soughtPurpose(toks, k) || aimedPurpose(toks, to, lemma) {
		return true
	}
	if unpassedMotion(toks, k) {
		return true // "rejected a motion to impeach Tom Wu"
	}
	if strings.HasPrefix(toks[k].Tag, "VB") && effortVerbs[verbBase(toks[k].Lower(), effortVerbs)] {
		return true // "worked hard to defeat Ann Lee": an effort, not the act
	}
	verb, _, _ := strings.Cut(lemma, "_")
	for j := to - 1; j >= 1 && j >= to-6; j-- {
		switch t := toks[j]; {
		case (travelPurpose(toks, j, to) || strings.EqualFold(t.Text, "to") && travelPurpose(toks, j-1, to)) && !postingVerbs[verb]:
			return true // "traveled to Florida to meet with Tom Wu": the meeting is the trip's purpose
		case strings.EqualFold(t.Text, "to"):
			return plannedInfinitive(toks, j, lemma) // "due to fly to Oslo": the phrase before is the plan
		case t.Tag == "VB" && strings.EqualFold(toks[j-1].Text, "to"):
			return plannedInfinitive(toks, j-1, lemma) // "agreed to travel to Oslo"
		case t.Tag == "VBG" && permitWords[t.Lower()] && strings.HasPrefix(toks[j-1].Tag, "NN"):
			return true // "sought documents allowing him to marry Ann Lee": a permission, not the act
		case strings.HasPrefix(t.Tag, "VB"), t.Tag == "MD", t.Tag == ",", t.Tag == ".", t.Tag == ":", t.Tag == "CC":
			return false
		}
	}
	return false
}

// travelVerbs move their subject to a place, where an infinitive after
// the place names what the trip was for: "flew to Oslo to meet Tom Wu",
// "came to Iraq to fight the Front", "entered the race to defeat Ann Lee".
// "moved" is left out: a move to a club or a country is mostly told with
// what followed it ("moved to Madrid to join Real Madrid").
var travelVerbs = map[string]bool{
	"travel": true, "fly": true, "flew": true, "go": true, "went": true, "gone": true, "come": true, "came": true,
	"head": true, "arrive": true, "return": true, "drive": true, "drove": true, "sail": true, "rush": true,
	"journey": true, "enter": true, "visit": true,
}

// travelPurpose reports whether token j is a verb of [travelVerbs] whose
// place or object, the words up to the "to" at token to, names where the
// subject went: at least one noun, pronoun or "there", "here" or "home"
// between ("went to Oslo to", "came here to"), so that "went on to cite"
// and "came to know" (no place) stay acts. A verb of [effortVerbs] with
// its partner or place works towards the act too ("worked with Ann Lee to
// defeat Norway").
func travelPurpose(toks []nlp.Token, j, to int) bool {
	t := toks[j]
	if !strings.HasPrefix(t.Tag, "VB") || !travelVerbs[verbBase(t.Lower(), travelVerbs)] && !effortVerbs[verbBase(t.Lower(), effortVerbs)] {
		return false
	}
	for k := j + 1; k < to; k++ {
		switch w := toks[k]; {
		case strings.HasPrefix(w.Tag, "NN") || w.Tag == "PRP" || w.Lower() == "there" || w.Lower() == "here" || w.Lower() == "home":
			return true
		case strings.HasPrefix(w.Tag, "VB") || w.Tag == "MD" || w.Tag == "CC" || w.Tag == "," || w.Tag == ":":
			return false
		}
	}
	return false
}

// postingVerbs name a duty that a trip takes its subject to, held from
// the arrival on: "has traveled to Russia to oversee North Korean
// troops", "was sent to Kabul to command the mission". The duty is
// stated, not only aimed at, as a meeting or a fight after a trip is
// ([travelPurpose]).
var postingVerbs = map[string]bool{
	"oversee": true, "command": true, "lead": true, "head": true, "supervise": true, "direct": true,
	"coordinate": true, "advise": true, "train": true, "serve": true,
}

// effortVerbs, right before an infinitive, work towards its act without
// saying it was done: "worked to defeat Ann Lee", "strove to win".
// "struggled to" is left out: it mostly tells of a hard act that was done
// ("struggled to beat Sweden 2-1").
var effortVerbs = map[string]bool{
	"work": true, "strive": true, "strove": true, "campaign": true, "labor": true, "labour": true,
	"endeavor": true, "endeavour": true,
}

// entitlementNouns, as nouns before an infinitive, give a right to act,
// not the act: "the right to sell", "the power to veto". "was right to
// criticise" (an adjective) is an act.
var entitlementNouns = map[string]bool{
	"right": true, "rights": true, "option": true, "power": true, "authority": true, "mandate": true,
	// A capacity is no act either: "lacks the ability to govern Oslo".
	"ability": true, "capability": true, "capacity": true,
}

// permitWords, as a participle after a noun and before an object and an
// infinitive, say that the thing permits the act, not that it was done:
// "a visa allowing her to visit Norway". After a comma the act may have
// followed ("changed the rules, allowing Tom Wu to join Halvia").
var permitWords = map[string]bool{"allowing": true, "permitting": true, "enabling": true, "authorizing": true, "authorising": true}

// conditionClause reports whether the relation at token ri lies in a
// clause that "if", "unless" or "whether" opens: the words between are
// its subject's ("if she is confirmed as", "whether he sees"), with no
// verb, punctuation or "that" between. "even if" and "as if" concede or
// compare: what they open may be so.
func conditionClause(toks []nlp.Token, ri int) bool {
	if ri >= 2 && (toks[ri-1].Lower() == "or" || toks[ri-1].Lower() == "and") {
		// "whether to sue Globex or settle with it", "if she should
		// leave or stay with the party": a verb coordinated with the
		// clause's first verb lies in its clause.
		for k := ri - 2; k >= 0 && k >= ri-8; k-- {
			if t := toks[k]; t.Tag == "," || t.Tag == ":" || t.Tag == "." || t.Lower() == ";" {
				break
			}
			if strings.HasPrefix(toks[k].Tag, "VB") {
				if conditionClause(toks, k) {
					return true
				}
				break
			}
		}
	}
	for k := ri - 1; k >= 0 && k >= ri-8; k-- {
		t := toks[k]
		switch w := t.Lower(); {
		case w == "whether":
			return true
		case w == "if" || w == "unless":
			return k == 0 || !concessive[toks[k-1].Lower()]
		case t.Tag == "MD" && k+1 == ri:
			// "whether he would visit", "if she should leave": the
			// modal of the clause's own verb.
		case strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "," || t.Tag == ":" || t.Tag == "." || w == "that" || w == ";":
			return false
		}
	}
	return false
}

// concessive are the words before "if" that make it concede or compare
// rather than set a condition.
var concessive = map[string]bool{"even": true, "as": true}

// conditioned reports whether the sentence of toks sets a condition on a
// prediction: a conditional "if" or "unless" anywhere in it ("Tom Wu will
// succeed her if she is confirmed", "If Norway wins, Tom Wu will meet Ann
// Lee"), not after a verb, which asks ("will see if").
func conditioned(toks []nlp.Token) bool {
	for k, t := range toks {
		if w := t.Lower(); (w == "if" || w == "unless") && (k == 0 || !concessive[toks[k-1].Lower()] && !strings.HasPrefix(toks[k-1].Tag, "VB")) {
			return true
		}
	}
	return false
}

// dealNouns name an agreement to do an act, which the infinitive after
// them names: "a deal to sell Opel".
var dealNouns = map[string]bool{
	"deal": true, "agreement": true, "contract": true, "accord": true, "pact": true, "arrangement": true,
}

// cancelWords undo an agreement before its act is done: "cancelled a
// deal to sell", "scrapped the agreement to buy", "called off a deal to
// merge", "pulled out of a deal to".
var cancelWords = map[string]bool{
	"cancel": true, "scrap": true, "abandon": true, "terminate": true, "call": true, "pull": true,
	"walk": true, "withdraw": true, "end": true, "drop": true, "axe": true, "ditch": true,
	"break": true, "tear": true, "reject": true, "block": true, "veto": true,
}

// cancelledDeal reports whether the verb at token ri is the infinitive
// of an agreement that a verb of [cancelWords] undoes, a few words before:
// "said it was cancelling a deal to sell Opel to Magna", "called off the
// agreement to buy Halvik".
func cancelledDeal(toks []nlp.Token, ri int) bool {
	if ri < 3 || toks[ri-1].Lower() != "to" {
		return false
	}
	k := ri - 2
	for ; k >= 0 && k >= ri-4 && (toks[k].Tag == "JJ" || strings.HasPrefix(toks[k].Tag, "NN") && !dealNouns[toks[k].Lower()]); k-- {
	}
	if k < 1 || !dealNouns[toks[k].Lower()] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := toks[j]
		if strings.HasPrefix(t.Tag, "VB") {
			return cancelWords[verbBase(t.Lower(), cancelWords)]
		}
		if t.Tag == "," || t.Lower() == "that" || t.Lower() == "and" {
			return false
		}
	}
	return false
}

// laterCondition reports whether every conditional "if" or "unless" of
// toks lies in a clause of its own after the relation at token ri, one
// that a comma and "however", "although", "though" or "whereas" open and
// whose own verb comes before the condition: "will receive loans from
// Norway, however no more will be forthcoming unless the firms reform"
// sets its condition on what is forthcoming, not on the loans. "will
// join Globex, but only if the board agrees" conditions the joining.
func laterCondition(toks []nlp.Token, ri int) bool {
	found := false
	for k, t := range toks {
		if w := t.Lower(); w != "if" && w != "unless" || k > 0 && (concessive[toks[k-1].Lower()] || strings.HasPrefix(toks[k-1].Tag, "VB")) {
			continue
		}
		if k < ri || !contrastBreak(toks, ri, k) {
			return false
		}
		found = true
	}
	return found
}

// contrastWords open a clause that sets another statement against the one
// before it, after a comma.
var contrastWords = map[string]bool{"however": true, "although": true, "though": true, "whereas": true}

// contrastBreak reports whether between tokens ri and k a comma and a
// word of [contrastWords] open a clause with a verb or modal of its own
// before k.
func contrastBreak(toks []nlp.Token, ri, k int) bool {
	for j := ri + 1; j+1 < k; j++ {
		if toks[j].Tag != "," || !contrastWords[toks[j+1].Lower()] {
			continue
		}
		for v := j + 2; v < k; v++ {
			if t := toks[v].Tag; t == "MD" || strings.HasPrefix(t, "VB") {
				return true
			}
		}
	}
	return false
}

// requestVerbs ask or warn someone to act: what they ask for has not
// happened yet ("asked the council to help", "urged Norway to join",
// "warned Halvik not to attack Sweden", "told the army to withdraw from
// Lodi"). They are base forms, matched through [verbBase]. "persuade" and
// "order" are left out: news tells them mostly of acts that followed.
var requestVerbs = map[string]bool{
	"ask": true, "urge": true, "request": true, "encourage": true, "invite": true, "beg": true,
	"implore": true, "press": true, "pressure": true, "push": true, "lobby": true, "advise": true,
	"want": true, "warn": true, "tell": true, "told": true, "caution": true,
}

// callVerb is "call", which requests with "on" or "upon".
var callVerb = map[string]bool{"call": true}

// causers take an object and a bare infinitive ("help Ann Lee enter").
var causers = map[string]bool{"help": true, "let": true, "make": true}

// requested reports whether the "to" at token k closes the object of a
// verb of requesting: "asked the United Nations Security Council to",
// with at most eight words between the verb and "to" and no other verb.
// "call on", "call upon" and "call for" request too ("called on the army
// to join", "called for the BBC to fire Tom Wu").
func requested(s nlp.Sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-9; j-- {
		t := s.Tokens[j]
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			if j+2 < k && verbBase(t.Lower(), callVerb) == "call" {
				if p := s.Tokens[j+1].Lower(); p == "on" || p == "upon" || p == "for" {
					return true
				}
			}
			return requestVerbs[verbBase(t.Lower(), requestVerbs)] && j < k-1
		}
	}
	return false
}

// ruleNouns name a rule, whose content is a kind of act, not one that
// happened.
var ruleNouns = map[string]bool{
	"policy": true, "policies": true, "rule": true, "rules": true, "law": true, "laws": true, "ban": true,
	"bans": true, "restriction": true, "restrictions": true, "regulation": true, "regulations": true,
	"guidelines": true, "order": true, "decree": true, "limits": true,
}

// topicPreps introduce what a rule is about.
var topicPreps = map[string]bool{"regarding": true, "concerning": true, "on": true, "about": true, "against": true}

// ruledAct reports whether the relation whose first token is ri (-1 when
// not written) is a participle clause whose subject is what a rule is
// about: "rules regarding students traveling to Norway", "a
// ban on Norwegians entering Sweden". The rule names a kind of act; nobody
// has done it.
func ruledAct(s nlp.Sentence, ri int) bool {
	if ri < 2 || s.Tokens[ri].Tag != "VBG" {
		return false
	}
	np := func(t nlp.Token) bool {
		return strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Tag == "DT" || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "HYPH"
	}
	p := ri - 1
	for p >= 0 && np(s.Tokens[p]) {
		p--
	}
	if p < 1 || p == ri-1 || !topicPreps[s.Tokens[p].Lower()] {
		return false
	}
	for k := p - 1; k >= 0 && k >= p-4 && np(s.Tokens[k]); k-- {
		if ruleNouns[s.Tokens[k].Lower()] {
			return true
		}
	}
	return false
}

// predictVerbs foretell or wish for the clause after them: what is
// predicted or hoped for has not happened ("hopes that one day she will
// represent Norway").
var predictVerbs = map[string]bool{"predict": true, "forecast": true, "hope": true, "wish": true}

// clauseAdverbTags may open a clause between its "that" and its subject:
// "hopes that some day she will", "predicted that soon, Tom Wu".
var clauseAdverbTags = map[string]bool{"RB": true, "DT": true, "NN": true, "CD": true, ",": true}

// predictedClause reports whether x's subject opens the clause of a verb
// of [predictVerbs], with or without "that": "Ann Lee predicts Tom Wu
// defeats Bo Kim" states a forecast, not a defeat; "hopes that one day
// Tom Wu will visit Oslo", a wish. (A modal in the clause,
// "predicted Tom Wu would defeat", is read by the relation's own words.)
func predictedClause(s nlp.Sentence, x schema.Extraction) bool {
	b := subjectToken(s, x)
	k := b - 1
	for k >= 0 && k >= b-3 && clauseAdverbTags[s.Tokens[k].Tag] && !strings.EqualFold(s.Tokens[k].Text, "that") {
		k-- // "that some day I will": an adverbial only after "that"
	}
	if k >= 0 && strings.EqualFold(s.Tokens[k].Text, "that") {
		b = k
	}
	if b < 1 || !strings.HasPrefix(s.Tokens[b-1].Tag, "VB") {
		return false
	}
	return predictVerbs[verbBase(s.Tokens[b-1].Lower(), predictVerbs)]
}

// subjectToken returns the index of the first token of x's subject, or -1.
func subjectToken(s nlp.Sentence, x schema.Extraction) int {
	for k, t := range s.Tokens {
		if t.Start >= x.Subject.Start && t.Start < x.Subject.End {
			return k
		}
	}
	return -1
}

// verbBase returns the base form in set of w, a verb's inflected form, as
// far as the regular endings go ("planned" → "plan", "tried" → "try",
// "hopes" → "hope"), or w when set has none.
func verbBase(w string, set map[string]bool) string {
	if set[w] {
		return w
	}
	for _, c := range []struct{ suffix, repl string }{
		{"ied", "y"}, {"ies", "y"}, {"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"}, {"es", ""}, {"s", ""},
	} {
		if b, ok := strings.CutSuffix(w, c.suffix); ok && len(b) > 1 {
			if set[b+c.repl] {
				return b + c.repl
			}
			if n := len(b); c.repl == "" && n > 2 && b[n-1] == b[n-2] && set[b[:n-1]] {
				return b[:n-1] // "planned", "planning"
			}
		}
	}
	return w
}

// gerundPlans are the words besides [intentionWords] that make a gerund
// after on, of or about a plan or a thought, not an act: "is bent on
// punishing", "talk of leaving", "is thinking about quitting".
var gerundPlans = map[string]bool{
	"bent": true, "thinking": true, "thought": true, "talk": true, "talks": true, "talked": true, "talking": true,
	"dream": true, "dreams": true, "dreamed": true, "idea": true, "prospect": true, "possibility": true,
	"threat": true, "threats": true,
	// "retreated from a goal of ousting Ann Lee": a goal is no act.
	"goal": true, "goals": true, "objective": true, "objectives": true,
}

// plannedGerund reports whether the relation whose first token is ri (-1
// when not written) is a gerund after on, of or about and a word of a
// plan: "Britain plans on leaving the EU", "Norway
// is intent on punishing Sweden".
func plannedGerund(s nlp.Sentence, ri int) bool {
	if ri < 2 || s.Tokens[ri].Tag != "VBG" {
		return false
	}
	switch s.Tokens[ri-1].Lower() {
	case "on", "of", "about":
	default:
		return false
	}
	w := s.Tokens[ri-2].Lower()
	return isIntention(w) || gerundPlans[w]
}

// proposalVerbs take as their object a gerund of an act that they put
// forward, which is not done: "advocated packing the court", "pledged
// converting the museum", "suggested meeting Ann Lee". They are base
// forms, matched through [verbBase].
var proposalVerbs = map[string]bool{
	"propose": true, "suggest": true, "recommend": true, "advocate": true, "consider": true, "contemplate": true,
	"pledge": true, "urge": true, "favor": true, "favour": true, "mull": true, "envisage": true, "envision": true,
}

// proposedGerund reports whether the relation of tokens [ri, rj) (-1
// when not written) ends in a gerund that a verb of [proposalVerbs] right
// before it puts forward: "some Democrats
// advocated packing the Court".
func proposedGerund(s nlp.Sentence, ri, rj int) bool {
	if ri < 0 || rj-ri < 2 || rj > len(s.Tokens) || s.Tokens[rj-1].Tag != "VBG" {
		return false
	}
	v := s.Tokens[rj-2]
	return strings.HasPrefix(v.Tag, "VB") && proposalVerbs[verbBase(v.Lower(), proposalVerbs)]
}

// plannedAbsolute reports whether x is an absolute clause opened by
// "with" ("with Tom Wu succeeding her") after a clause whose act is
// planned or possible: "Ann Lee is to step down today, with Tom Wu
// succeeding her". The clause shares the plan. ri is the first token of
// x's relation, -1 when the sentence does not write it.
func plannedAbsolute(s nlp.Sentence, x schema.Extraction, ri int) bool {
	b := subjectToken(s, x)
	if ri < 0 || b < 2 || ri <= b || s.Tokens[ri].Tag != "VBG" || !strings.EqualFold(s.Tokens[b-1].Text, "with") {
		return false
	}
	toks := s.Tokens
	for k := b - 2; k >= 0; k-- {
		switch {
		case toks[k].Tag == "MD":
			return futureModals[toks[k].Lower()]
		case strings.EqualFold(toks[k].Text, "to") && k+1 < len(toks) && toks[k+1].Tag == "VB":
			return plannedInfinitive(toks, k, x.Lemma)
		case toks[k].Tag == "VBD" || toks[k].Tag == "VBZ" && !beForms[toks[k].Lower()] || toks[k].Tag == ".":
			return false // "stepped down, with Tom Wu succeeding her"
		}
	}
	return false
}

// purposeSeekers are the verbs whose object is sought for a purpose that
// an infinitive names: "sought an injunction to stop Halvik", "requested
// help to defeat Sweden"; or is made or announced for one: "announced a
// naval coalition to patrol the Baltic", "formed a task force to
// investigate the bank". The purpose is not yet done.
var purposeSeekers = map[string]bool{
	"seek": true, "sought": true, "request": true, "plan": true, "propose": true, "need": true, "demand": true,
	"announce": true, "unveil": true, "form": true, "create": true, "establish": true, "launch": true,
}

// soughtPurpose reports whether the noun phrase that ends at token k,
// right before an infinitive's "to", is the object of a verb of
// [purposeSeekers] or names a request ("the request of Prime Minister Tom
// Wu to suspend Parliament").
func soughtPurpose(toks []nlp.Token, k int) bool {
	if !strings.HasPrefix(toks[k].Tag, "NN") {
		return false
	}
	for j := k; j >= 0 && j > k-9; j-- {
		t := toks[j]
		switch {
		case requestNouns[t.Lower()]:
			return true
		case strings.HasPrefix(t.Tag, "NN") || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "POS" || t.Tag == "PRP$" ||
			t.Tag == "CD" || t.Lower() == "of":
			continue
		case strings.HasPrefix(t.Tag, "VB"):
			return purposeSeekers[verbBase(t.Lower(), purposeSeekers)]
		}
		return false
	}
	return false
}

// aimVerbs name an aim that an act serves rather than an event of its
// own: "took action to protect US personnel", "are there to counter the
// Front", "remained in Iraq to prevent the Front from gaining ground";
// harm aimed at is one too ("spread false information to hurt Tom Wu").
var aimVerbs = map[string]bool{
	"protect": true, "prevent": true, "counter": true, "deter": true, "defend": true, "combat": true,
	"curb": true, "guard": true, "safeguard": true, "contain": true, "counteract": true, "shield": true,
	"tackle": true, "support": true, "help": true, "assist": true, "bolster": true, "strengthen": true,
	"monitor": true, "secure": true, "ensure": true,
	// harm aimed at: "spread false information to hurt Tom Wu's chances"
	"hurt": true, "harm": true, "damage": true, "undermine": true, "weaken": true, "discredit": true,
	"destabilise": true, "destabilize": true,
}

// aimedPurpose reports whether the infinitive after the "to" at token to,
// of lemma, is a purpose of [aimVerbs] after a clause that is complete
// before it: its object or complement ("took action to"), a place ("in
// Iraq to") or "there" ("are there to"), not a verb whose complement the
// infinitive is ("continued to protect"), nor an adjective ("was quick to
// help"). Such an aim is the subject's intention, not an act the sentence
// says took place.
func aimedPurpose(toks []nlp.Token, to int, lemma string) bool {
	verb, _, _ := strings.Cut(lemma, "_")
	if !aimVerbs[verb] || to < 1 {
		return false
	}
	t := toks[to-1]
	switch w := t.Lower(); {
	case w == "there" || w == "here" || w == "order": // "in order to"
		return true
	case strings.HasPrefix(t.Tag, "NN") || t.Tag == "PRP" || t.Tag == "CD":
		return true
	}
	return false
}

// travelAim reports whether w, a lower-case word right before an
// infinitive of lemma, is a verb of [travelVerbs] and the infinitive's
// verb one of [aimVerbs]: "came to support Ann Lee", "rushed to help
// Norway". Other verbs after "came to" are mostly a change ("came to
// know").
func travelAim(w, lemma string) bool {
	verb, _, _ := strings.Cut(lemma, "_")
	return aimVerbs[verb] && travelVerbs[verbBase(w, travelVerbs)]
}

// unasked unlinks the objects of what the document's questions would
// state: a question asks whether an act took place or what it was ("Why
// did you leave Norway?", "How will Ann Lee deal with Tom Wu?"); it
// states none. A fact read from one of its clauses keeps its object as
// text. The guide skips a question whole, so the links that its names
// imply go too: the roles of its titles and appositions ("What do you
// think of President Ann Lee?") and the places of its place names, which
// the sentences that state them give.
func (d *docState) unasked(sents []nlp.Sentence) {
	asked := func(f *docFact) bool { return f.Sentence < len(sents) && question(sents[f.Sentence].Tokens) }
	d.facts = slices.DeleteFunc(d.facts, func(f *docFact) bool { return f.implied && f.obj != nil && asked(f) })
	for _, f := range d.facts {
		if !f.implied && asked(f) {
			f.obj = nil
		}
	}
}

// question reports whether toks, a sentence, ends in a question mark, not
// one that closes a quotation ('Ann Lee asked Tom Wu, "Why?"').
func question(toks []nlp.Token) bool {
	return len(toks) > 0 && toks[len(toks)-1].Text == "?"
}

// finiteVerb reports whether t is a verb in the past or the third person
// singular, which no "to" can take: "spoke", "says".
func finiteVerb(t nlp.Token) bool {
	return t.Tag == "VBD" || t.Tag == "VBZ"
}

// motionNouns are the texts a body votes on, whose infinitive says what
// they would do: "a motion to impeach", "a bill to sanction Russia".
var motionNouns = map[string]bool{
	"motion": true, "motions": true, "bill": true, "bills": true, "resolution": true, "resolutions": true,
	"amendment": true, "amendments": true,
}

// unmovingVerbs put forward, weigh or turn down a motion of [motionNouns]
// without passing it: its act is not done. Passing, adopting or voting on
// a resolution stays the body's act ([intentionWords]).
var unmovingVerbs = map[string]bool{
	"reject": true, "introduce": true, "propose": true, "table": true, "draft": true, "debate": true,
	"file": true, "submit": true, "defeat": true, "block": true, "oppose": true, "sponsor": true,
	"consider": true, "put": true, "bring": true, "veto": true, "withdraw": true,
}

// unpassedMotion reports whether token k, right before an infinitive's
// "to", is a noun of [motionNouns] that a verb of [unmovingVerbs] governs,
// an article and up to two modifiers between: "rejected a motion to
// impeach Tom Wu", "introduced a bill to sanction Russia".
func unpassedMotion(toks []nlp.Token, k int) bool {
	if !motionNouns[toks[k].Lower()] || !strings.HasPrefix(toks[k].Tag, "NN") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		switch {
		case strings.HasPrefix(t.Tag, "VB"):
			return unmovingVerbs[verbBase(t.Lower(), unmovingVerbs)]
		case t.Tag == "DT" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "NN" || t.Tag == "NNP" || t.Tag == "PRP$" || t.Tag == "CD":
		default:
			return false
		}
	}
	return false
}

// An intentionAnswer is what [intention] said of extraction x of the
// sentence whose text and first token are text and tok.
type intentionAnswer struct {
	text     string
	tok      *nlp.Token
	x        schema.Extraction
	intended bool
	set      bool
}

// intended returns intention(s, x), remembering the last answer: the
// rules that read one extraction ask it of the same x a dozen times.
func (d *docState) intended(s nlp.Sentence, x schema.Extraction) bool {
	var tok *nlp.Token
	if len(s.Tokens) > 0 {
		tok = &s.Tokens[0]
	}
	a := &d.lastIntention
	if a.set && a.tok == tok && a.text == s.Text && sameExtraction(a.x, x) {
		return a.intended
	}
	*a = intentionAnswer{text: s.Text, tok: tok, intended: intention(s, x), set: true}
	a.x = x
	// The answer keeps copies: a caller may change its slices after.
	a.x.Extra, a.x.Sources, a.x.Quantities = slices.Clone(x.Extra), slices.Clone(x.Sources), slices.Clone(x.Quantities)
	return a.intended
}

// sameExtraction reports whether a and b are equal in every field.
func sameExtraction(a, b schema.Extraction) bool {
	return a.Subject == b.Subject && a.Relation == b.Relation && a.Lemma == b.Lemma && a.Object == b.Object &&
		a.Confidence == b.Confidence && a.Negated == b.Negated && a.Attribution == b.Attribution && a.Membership == b.Membership &&
		slices.Equal(a.Extra, b.Extra) && slices.Equal(a.Sources, b.Sources) && slices.Equal(a.Quantities, b.Quantities)
}
