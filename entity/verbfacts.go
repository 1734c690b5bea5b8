// Verb facts: what verbs and their phrases say between actors beyond their
// subject and object (results, schooling, employment, backing, posts held,
// officials, verdicts, authors of messages).

package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// winWith returns the phrase of x up to a win or victory that comes
// after "with" right before x's extra argument i ("kept the title | with
// a 3-1 win", "kept first place with | a 2-1 win", or the extractor's
// with-role), or "".
func winWith(x schema.Extraction, i int) string {
	if i > 0 {
		p := x.Extra[i-1]
		if resultNouns[lastWord(p.Text)] != "defeat" {
			return ""
		}
		if scoreTail(p.Text) {
			// "with a 22 points | to 10 win": a score written "N points to
			// M" that the extractor split at its to; the with-phrase
			// holds its first half.
			switch {
			case i > 1 && (strings.HasPrefix(strings.ToLower(x.Extra[i-2].Text), "with ") || strings.EqualFold(x.Extra[i-2].Role, "with")) && pointsWord(lastWord(x.Extra[i-2].Text)):
				return x.Relation + " " + x.Extra[i-2].Text + " " + p.Text
			case i == 1 && strings.HasSuffix(strings.ToLower(x.Relation), " with") && pointsWord(lastWord(x.Object.Text)):
				return x.Relation + " " + x.Object.Text + " " + p.Text
			}
		}
		if strings.HasPrefix(strings.ToLower(p.Text), "with ") {
			return x.Relation + " " + p.Text
		}
		if strings.EqualFold(p.Role, "with") {
			return x.Relation + " " + x.Object.Text + " with " + p.Text
		}
		return ""
	}
	if resultNouns[lastWord(x.Object.Text)] == "defeat" && strings.HasSuffix(strings.ToLower(x.Relation), " with") {
		return x.Relation + " " + x.Object.Text
	}
	return ""
}

// scoreTail reports whether text is the second half of a score written
// "N points to M" followed by the result, as "to 10 win": to, a number,
// the result noun.
func scoreTail(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) != 3 || f[0] != "to" {
		return false
	}
	_, ok := goals(f[1])
	return ok
}

// pointsWord reports whether w counts what a side scores, as in "22
// points to 10".
func pointsWord(w string) bool {
	switch w {
	case "points", "goals", "tries", "runs":
		return true
	}
	return false
}

// scoreThenActor splits an object that is a score and then a phrase of
// [actorPreps] ("2-0 to Norway", "3 – 1 against Chile") into the score
// and the phrase. ok is false for any other object.
func scoreThenActor(s nlp.Sentence, a schema.Argument) (score, rest schema.Argument, ok bool) {
	var in []nlp.Token
	for _, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End {
			in = append(in, t)
		}
	}
	k := 0
	for k < len(in) && k < 3 && (in[k].Tag == "CD" || dash(in[k].Text) || scoreWord(in[k].Text)) {
		k++
	}
	if k == 0 || k+1 >= len(in) || !actorPreps[in[k].Lower()] || !strings.ContainsAny(joinText(in[:k]), "-–—") {
		return score, rest, false
	}
	score = schema.Argument{Text: a.Text[:in[k-1].End-a.Start], Start: a.Start, End: in[k-1].End}
	rest = schema.Argument{Text: a.Text[in[k].Start-a.Start:], Start: in[k].Start, End: a.End, Role: in[k].Lower()}
	return score, rest, true
}

// scoreWord reports whether w is a score written as one word: "2-0".
func scoreWord(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	_, oka := goals(a)
	_, okb := goals(b)
	return ok && oka && okb
}

// musicVerbs are a musician's acts in a band that an in-phrase names
// ([docState.bandMember]).
var musicVerbs = map[string]bool{"play": true, "sing": true, "perform": true, "drum": true}

// bandMember adds subj —member_of→ band for a verb of [musicVerbs] whose
// in-phrase names a band, a group or an orchestra the document calls so:
// "Tom Wu played guitar in the band Velby Kings", "sang lead vocals in
// the rock band Velby Kings". Playing in a place or a league makes no
// member.
func (d *docState) bandMember(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	for _, a := range x.Extra {
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if prep != "in" && !strings.EqualFold(a.Role, "in") {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && o.typ == schema.Organization && (o.desc["band"] || o.desc["orchestra"]) {
			if f := d.derive(si, x.Subject, x.Relation+" in", schema.MemberOf, subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.MemberOf
			}
		}
	}
}

// fromVerbs take or ask something from the actor their from-argument
// names: "received Polaroids from the foundation", "took hard drives from
// the church", "gained a seat from the Green Party", "sought help from
// Interpol". After other verbs from
// names an origin or a place ("saw the island from Neiafu").
var fromVerbs = map[string]bool{
	"receive": true, "take": true, "steal": true, "gain": true, "win": true, "buy": true, "obtain": true,
	"accept": true, "acquire": true, "seize": true, "capture": true, "borrow": true, "inherit": true,
	"purchase": true, "snatch": true, "wrest": true, "defect": true, "resign": true,
	"order": true, "import": true, "lease": true, "rent": true,
	"seek": true, "request": true, "demand": true, "solicit": true, // "sought help from Interpol"
	"extort": true, "embezzle": true, "extract": true,
	"distance": true, "dissociate": true, "disassociate": true, // "distanced himself from Ann Lee"
	"withhold": true, // "withheld military aid from Ukraine"
	// "recaptured the village from Russian troops": the place retaken
	"recapture": true, "retake": true, "reclaim": true, "liberate": true,
}

// schoolingVerbs take or finish a schooling named by their object:
// "received his education in India", "completed her studies at Oxford".
var schoolingVerbs = map[string]bool{"receive": true, "get": true, "complete": true, "finish": true, "pursue": true}

// schoolingNouns are the schoolings of [schoolingVerbs], with the verb
// their place takes.
var schoolingNouns = map[string]string{
	"education": "educate", "schooling": "educate", "training": "train", "studies": "study", "degree": "study",
	"doctorate": "study", "phd": "study", "diploma": "study",
}

// jobVerbs take up or land a job named by their object: "took a job at
// Oslo University", "accepted a position with Google".
var jobVerbs = map[string]bool{"take": true, "take_up": true, "accept": true, "land": true, "get": true, "start": true}

// jobNouns are the jobs of [jobVerbs].
var jobNouns = map[string]bool{"job": true, "position": true, "post": true, "posting": true, "internship": true}

// employedAt adds subj —work_for→ body for a verb of [jobVerbs] whose
// object is a job and whose at- or with-argument names an organisation:
// "Ann Lee took a job at the Halvik Institute", "Tom Wu remained in Oslo,
// taking a job at Norland Steel". A job in a place ("a job in Oslo") ties
// the person to no body. One who applied for a job there ("applied for a
// post at Oslo University") applied to the body, and works for it only
// if a later sentence says so.
func (d *docState) employedAt(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if !jobNouns[strings.ToLower(lastWord(x.Object.Text))] {
		return
	}
	lemma := schema.WorkFor
	if x.Lemma == "apply_for" {
		lemma = "apply_to"
	}
	for _, a := range x.Extra {
		prep := a.Role // "at", or "place" for an argument that keeps its preposition
		if first, _, _ := strings.Cut(strings.ToLower(a.Text), " "); first == "at" || first == "with" {
			prep = first
		}
		if prep != "at" && prep != "with" {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && o.typ == schema.Organization {
			if f := d.derive(si, x.Subject, x.Relation+" "+lastWord(x.Object.Text)+" "+prep, lemma, subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(lemma)
			}
			return
		}
	}
}

// workedAt adds subj —work_for→ body when a verb of work whose object,
// if any, is a span of time has an at-argument naming an organisation:
// "Tom Wu worked for ten years at Halvik Foods", "worked for over a year
// at the Lindel Grill in Velby". The span takes the place of the object
// ("worked for a year", no work for the year), so the body after "at" is
// the employer, as in "worked at Halvik Foods for ten years". One who
// works with a body ("worked with the FBI") is no staff of it.
func (d *docState) workedAt(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if x.Lemma != "work" && !strings.HasPrefix(x.Lemma, "work_for") {
		return
	}
	if x.Lemma != "work" || x.Object.Text != "" {
		f := strings.Fields(strings.ToLower(x.Object.Text))
		if len(f) == 0 || !timeSpans[f[len(f)-1]] {
			return
		}
	}
	for _, a := range x.Extra {
		if first, _, _ := strings.Cut(strings.ToLower(a.Text), " "); first != "at" {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && o.typ == schema.Organization {
			if f := d.derive(si, x.Subject, x.Relation+" at", schema.WorkFor, subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.WorkFor
			}
		}
		return
	}
}

// timeSpans end the span of time that a verb of work lasts: "worked for
// ten years", "for over a year".
var timeSpans = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "decade": true, "decades": true,
	"week": true, "weeks": true,
}

// schooledAt adds subj —educate_in→ place (or study_at, train_in) for a
// verb of schooling whose object is a schooling and whose in- or
// at-argument names a place or a body: "Ann Lee received her education in
// India" (educate_in India).
func (d *docState) schooledAt(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	base := schoolingNouns[strings.ToLower(lastWord(x.Object.Text))]
	if base == "" {
		return
	}
	for _, a := range x.Extra {
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if prep != "in" && prep != "at" {
			continue // "received a degree from Oxford": graduate_from, read from the words between the names
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && (isPlace(o) || o.typ == schema.Organization) {
			lemma := base + "_" + prep
			if f := d.derive(si, x.Subject, x.Relation+" "+lastWord(x.Object.Text)+" "+prep, lemma, subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(lemma)
			}
			return
		}
	}
}

// askedHelpVerbs ask for, or take, the help, support or cooperation of
// the actor whose possessive opens their object: "sought Interpol's
// help", "requested Sweden's assistance", "asked for Norway's support".
var askedHelpVerbs = map[string]bool{
	"seek": true, "request": true, "ask": true, "enlist": true, "solicit": true, "accept": true, "receive": true,
}

// tradeVerbs take a state for the actor of their from-phrase: "India
// bought oil from Russia", "ordered jets from France" (other verbs' states
// after from are places: "returned from France").
var tradeVerbs = map[string]bool{
	"buy": true, "purchase": true, "order": true, "import": true, "borrow": true, "obtain": true,
	"receive": true, "acquire": true, "lease": true, "rent": true,
}

// askVerbs ask for what a state gives as well as a person or a body: "demanded
// an explanation from Russia", "sought help from Norway" (a state after
// other verbs' from is a place: "returned from France").
var askVerbs = map[string]bool{"seek": true, "request": true, "demand": true, "solicit": true}

// tieNouns are what "have" holds when its subject is bound to the actor
// of its to- or with-phrase: "had ties to the Hells Angels", "has links
// with the Kremlin".
var tieNouns = map[string]bool{
	"ties": true, "links": true, "connections": true, "contacts": true, "relations": true, "relationships": true,
}

// describeVerbs describe or judge their object: "characterized the call
// with Zelensky as routine".
var describeVerbs = map[string]bool{
	"characterize": true, "characterise": true, "describe": true, "call": true, "term": true, "portray": true,
}

// withVerbs take for their object an act that two actors do together:
// "had talks with", "held a meeting with", "reached an agreement with",
// "struck a deal with", "made a deal with".
// Verbs that grow or resume such an act take it too: "increased
// cooperation with", "deepened ties with", "resumed talks with".
var withVerbs = map[string]bool{
	"have": true, "hold": true, "reach": true, "strike": true, "make": true, "conclude": true,
	"increase": true, "strengthen": true, "deepen": true, "expand": true, "boost": true, "enhance": true,
	"intensify": true, "broaden": true, "resume": true, "bolster": true,
	// Verbs that win or close a deal made with another ("clinched a
	// contract with Globex", "secured a deal with", "finalised an
	// agreement with", "renewed its contract with") make it too.
	"clinch": true, "secure": true, "land": true, "finalize": true, "finalise": true, "close": true,
	"renew": true, "win": true, "cement": true,
}

// wishedVerbs want, ask for or weigh an act not yet done: "wants a deal
// with Globex", "is seeking a partnership with Sweden", "pushed for talks
// with Norway", "is considering an alliance with".
var wishedVerbs = map[string]bool{
	"want": true, "seek": true, "hope": true, "wish": true, "need": true, "expect": true, "intend": true,
	"request": true, "demand": true, "urge": true, "ask": true, "call": true, "push": true, "press": true,
	"suggest": true, "propose": true, "pursue": true, "eye": true, "consider": true, "explore": true,
	"plan": true, "study": true, "weigh": true, "mull": true,
}

// wishedAct reports whether lemma is a verb of [wishedVerbs], alone or
// with "for" ("push_for"): its object, an act done with someone, has not
// taken place.
func wishedAct(lemma string) bool {
	verb, rest, _ := strings.Cut(lemma, "_")
	return wishedVerbs[verb] && (rest == "" || rest == "for")
}

// noneOf reports whether the noun phrase text begins with "no" ("no
// relations", "no deal").
func noneOf(text string) bool {
	var fArr [16]string
	f := appendFields(fArr[:0], text)
	return len(f) > 0 && isWordFold(f[0], "no")
}

// withNominal reports whether w is an event noun of nominals that two
// actors do together, its relation ending in with ("talks", "disputes", "a
// meeting"), which "have" may take as its object. "Had an interview with"
// says not who asked. A call is had with someone too ("had a phone call
// with Tom Wu", "held calls with Norway"), though it is made to him.
func withNominal(w string) bool {
	return strings.HasSuffix(nominals.at(w).lemma, "_with") || w == "call" || w == "calls"
}

// draftVerbs draw up, found or put forward something that partners
// named with the subject ("Ann Lee, along with Tom Wu, introduced a
// bill") make together.
var draftVerbs = map[string]bool{
	"introduce": true, "sponsor": true, "co-sponsor": true, "propose": true, "draft": true, "write": true,
	"author": true, "file": true, "launch": true, "found": true, "establish": true, "form": true,
	"create": true, "organise": true, "organize": true, "submit": true, "table": true, "develop": true,
	"design": true, "produce": true, "unveil": true, "publish": true, "co-author": true, "co-found": true,
}

// paymentVerbs move money or goods to the actor of their to-phrase, as
// [supplyVerbs] do: "owed $800,000 to the Tax Agency", "donated $5,000
// to the Green Party".
var paymentVerbs = map[string]bool{
	"pay": true, "owe": true, "donate": true, "sell": true, "transfer": true, "loan": true, "wire": true,
	"contribute": true, "deliver": true,
}

// disclosureVerbs make known what their object names to the actor of
// their to-phrase: "disclosed the matter to the Tax Agency", "reported the
// theft to the Oslo police".
var disclosureVerbs = map[string]bool{
	"disclose": true, "report": true, "reveal": true, "leak": true, "submit": true,
}

// saidDisclosure reports whether x, a disclosure in reported speech, is
// a speaker's words ("Globex said it had disclosed the matter to ...")
// and stated as done: not under an "according to" phrase, whose clause
// the parse's reader takes with its negation and condition
// ([docState.treeFacts]), and with no negation in its relation.
func saidDisclosure(s nlp.Sentence, x schema.Extraction) bool {
	if len(x.Sources) == 0 {
		return false
	}
	if b, _ := argTokens(s, x.Sources[0]); b < 0 || b >= 2 && s.Tokens[b-1].Lower() == "to" && s.Tokens[b-2].Lower() == "according" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(x.Relation)) {
		if w == "not" || w == "n't" || w == "never" {
			return false
		}
	}
	return true
}

// projectileVerbs send something at a target: their at-, into- or
// on-argument names the actor aimed at ("fired missiles at Israel",
// "launched rockets into Israel").
var projectileVerbs = map[string]bool{
	"fire": true, "shoot": true, "launch": true, "aim": true, "lob": true, "hurl": true, "throw": true,
	"direct": true, "point": true, "drop": true, "rain": true, "fling": true,
}

// eventSite reports whether x is a passive participle with "by" (in its
// relation or an extra argument) set off after the place where an event
// happened ("The debate took place in Oslo, moderated by Ann Lee", "was
// held in Bergen, hosted by Tom Wu"): the participle's phrase tells of the
// event, not of its place, which the extractor makes x's subject.
func eventSite(s nlp.Sentence, x schema.Extraction) bool {
	if _, by := passiveBy(x); !by && !slices.ContainsFunc(x.Extra, func(a schema.Argument) bool {
		return strings.HasPrefix(strings.ToLower(a.Text), "by ")
	}) {
		return false
	}
	return siteBefore(s, x.Subject)
}

// siteBefore reports whether a is the place after "took place in", "was
// held in", "happened at" and the like, set off by a comma before a past
// participle (tagged VBN or VBD).
func siteBefore(s nlp.Sentence, a schema.Argument) bool {
	b, e := argTokens(s, a)
	toks := s.Tokens
	if b < 2 || e+1 >= len(toks) || toks[e].Text != "," || toks[e+1].Tag != "VBN" && toks[e+1].Tag != "VBD" {
		return false
	}
	if p := toks[b-1].Lower(); p != "in" && p != "at" {
		return false
	}
	switch toks[b-2].Lower() {
	case "place", "held", "happened", "occurred", "staged":
		return true
	}
	return false
}

// senseVerbs perceive or think: a place after them and "in" or "at" is
// where the thing sensed is ("the brokenness we see in Washington"), or a
// misread clause ("I think in Bangalore they did"), no end of an act.
var senseVerbs = map[string]bool{
	"see": true, "think": true, "believe": true, "know": true, "hear": true, "notice": true, "feel": true,
	"guess": true, "imagine": true, "wonder": true, "suppose": true,
}

// sensedPlace reports whether lemma is a verb of [senseVerbs] with "in"
// or "at" ("see_in"), or one of thought with "about" or "of": what one
// thinks or worries about is no end of an act ("I think of Tom Wu every
// day", "just thinking about Neandertals").
func sensedPlace(lemma string) bool {
	verb, prep, _ := strings.Cut(lemma, "_")
	switch prep {
	case "in", "at":
		return senseVerbs[verb]
	case "about", "of":
		return verb == "think" || verb == "wonder" || verb == "worry" || verb == "dream"
	}
	return false
}

// frontedAbove reports whether a, a phrase before the subject subj,
// stands before a verb of another clause that subj's clause is part of
// ("With Wikinews, Tom Wu discussed why the party has attained ballot
// access": the party's clause is an object of discussed): the fronted
// phrase is that verb's, not the later clause's.
func frontedAbove(s nlp.Sentence, a, subj schema.Argument) bool {
	if subj.Text == "" || a.End > subj.Start {
		return false
	}
	for _, t := range s.Tokens {
		if t.Start >= a.End && t.End <= subj.Start && (strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD") {
			return true
		}
	}
	return false
}

// exitVerbs leave or undo an act done together that their object names
// ("withdrew from the deal with Sweden", "pulled out of the agreement
// with", "scrapped its pact with").
var exitVerbs = map[string]bool{
	"withdraw": true, "pull": true, "quit": true, "leave": true, "exit": true, "abandon": true, "scrap": true,
	"renounce": true, "abrogate": true,
}

// mediateVerbs bring about an act that two sides do together: "Norway
// mediated talks between Colombia and the rebels", "brokered a deal
// between".
var mediateVerbs = map[string]bool{"mediate": true, "broker": true, "facilitate": true}

// truceNouns are agreements to stop fighting, which [nominals] do not list.
var truceNouns = map[string]bool{"ceasefire": true, "cease-fire": true, "truce": true, "armistice": true}

// mediatedBetween adds subj —mediate_between→ each actor listed in a,
// the between-phrase of x, whose verb mediates what its object names
// ("Norway brokered a truce between Colombia and Peru"); the sides' act
// with each other is [docState.betweenNominals]'.
func (d *docState) mediatedBetween(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity, a schema.Argument) {
	if x.Negated || x.Attribution != "" || !strings.HasPrefix(strings.ToLower(a.Text), "between ") {
		return
	}
	a.Text, a.Start = a.Text[len("between "):], a.Start+len("between ")
	for _, m := range d.listedIn(si, s, a) {
		if m.ent != nil && m.ent != subj && actorEntity(m.ent) {
			d.derive(si, x.Subject, x.Relation+" between", "mediate_between", subj, m.ent, "", x.Confidence*placeArgConf)
		}
	}
}

// namingVerbs take an object and its complement ("called the deal a win",
// "branded the move a provocation").
var namingVerbs = map[string]bool{
	"call": true, "name": true, "label": true, "brand": true, "dub": true, "deem": true, "declare": true,
	"consider": true, "term": true,
}

// wordNouns are the nouns of a word or a name, whose for-phrase is what
// the word names, no one the act is for: "using an Arabic acronym for
// Islamic State", "coined a nickname for the senator".
var wordNouns = map[string]bool{
	"acronym": true, "abbreviation": true, "name": true, "term": true, "word": true, "nickname": true,
	"label": true, "euphemism": true, "slur": true, "moniker": true, "epithet": true, "codename": true,
	"spelling": true, "transliteration": true, "synonym": true,
}

// prepositionalActor adds subj —VERB_PREP→ actor for the first extra
// argument of x introduced by one of actorPreps that names an actor, when
// x's object is a short noun phrase ("scored a third goal for Belgium"), not
// a clause or a long phrase.
func (d *docState) prepositionalActor(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if x.Lemma == "be" {
		d.recipientFrom(si, s, x, subj)
		return
	}
	if _, by := passiveBy(x); by {
		return // "Madrid is represented by Spain's envoy for Europe": the subject underwent the act
	}
	// "worked as an engineer for Halvik Motors", "was named special envoy
	// for Syria": the post's body is the role's ([appointedRole]), no
	// other end of the verb.
	post := (postLemmas[x.Lemma] || appointVerbs[verb]) && appointedRole(s, x) != ""
	if verb == "make" && withNominal(lastWord(x.Object.Text)) {
		// "made a deal with Latvia": the act done with the actor.
	} else if verb == "" || verb == "be" || verb == "have" && !tieNouns[lastWord(x.Object.Text)] && !withNominal(lastWord(x.Object.Text)) && !stakeNouns[lastWord(x.Object.Text)] || verb == "say" || verb == "make" || verb == "put" {
		return
	}
	given := x.Attribution != "" && (supplyVerbs[verb] || paymentVerbs[verb] || disclosureVerbs[verb] && saidDisclosure(s, x))
	if x.Attribution != "" && !projectileVerbs[verb] && !(withVerbs[verb] && withNominal(lastWord(x.Object.Text))) && !given {
		// A reported act's other phrases are left out, but not the
		// target of a reported firing ("KCNA said the South fired 36
		// shells at KPA posts"), the partner of a reported act done
		// together ("the paper said Ann Lee had disputes with Tom Wu"),
		// nor the one a reported gift or payment went to ("said he owed
		// $800,000 to the Tax Agency": its to-phrase only), nor the one
		// a reported disclosure was made to ("said it had disclosed the
		// matter to the Tax Agency").
		return
	}
	if musicVerbs[verb] && subj.typ == schema.Person {
		d.bandMember(si, s, x, subj)
	}
	if obj, rest, ok := scoreThenActor(s, x.Object); ok {
		// "lost 2-0 to Norway" read as one object: the score, then the
		// opponent after its preposition.
		x.Object, x.Extra = obj, append([]schema.Argument{rest}, x.Extra...)
	}
	for i, a := range x.Extra {
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if win := winWith(x, i); win != "" && (prep == "over" || prep == "against") {
			// "retained the title with a 3-1 win over Sweden": the win is
			// the subject's, over the actor after over.
			if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) {
				d.derive(si, x.Subject, win+" "+prep, "defeat", subj, o, "", x.Confidence*conf*placeArgConf)
			}
			return
		}
	}
	n, bare, head := 0, "", ""
	part := partitiveEnd(s.Tokens, x.Object)
	for k, t := range s.Tokens {
		if t.Start >= x.Object.Start && t.End <= x.Object.End && k >= part {
			if n++; n > 4 || strings.HasPrefix(t.Tag, "VB") || t.Tag == "IN" && !amountBound(s.Tokens, k) && !ofCompound(s.Tokens, k, x.Object.End) {
				return
			}
			bare, head = "", t.Lower()
			if n == 1 && (t.Tag == "NN" || t.Tag == "NNS") && lowerWord(t.Text) {
				bare = t.Lower()
			}
		}
	}
	// "resigned from his post in the party", "quit her job at the bank":
	// the body a post is held in is the one left.
	leftPost := (x.Lemma == verb+"_from" || verb == "quit" || verb == "leave") && leavingVerbs[verb] && postNouns[head]
	if n == 0 {
		return
	}
	for i, a := range x.Extra {
		if i > 0 && namingVerbs[verb] && x.Extra[i-1].Role == "" {
			// "called the verdict a victory for Illinois": the phrase
			// after the object's complement is the complement's.
			return
		}
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if r := strings.ToLower(a.Role); (actorPreps[r] || r == "from") && prep != r {
			prep = r // "gained a seat from the Labour Party": the relation holds the preposition
		}
		if prep == "from" && acceptsOffer(x) {
			continue // "accepted a bid from Halvik Motors": [docState.offerAccepted]'s
		}
		if actPatientPrep(verb, head, prep) {
			continue // "condemned Norwegian aggression against Finland": the act's patient
		}
		if prep == "for" && wordNouns[head] {
			continue // "using an Arabic acronym for Islamic State": what the word stands for
		}
		if (verb == "become" || verb == "remain") && (roleNoun(head) || adviserNouns[head]) {
			continue // "became an adviser to Ann Lee": the role's phrase, which the parse reads ([docState.treeFacts])
		}
		if prep == "between" && mediateVerbs[verb] && (withNominal(head) || truceNouns[head]) && a.Start <= x.Object.End+1 {
			d.mediatedBetween(si, s, x, subj, a)
			continue
		}
		if verb != "win" && verb != "lose" && ownedActPhrase(s, x, head, prep, a) && heldNoun(verb+"_"+head+"_"+prep) == "" && !(withVerbs[verb] && withNominal(head)) && !(legalVerbs[verb] && legalNouns[head]) {
			// "announced her engagement to Tom Wu": the noun's phrase,
			// whose act [docState.nominalFacts] reads; "lost her match
			// against Tom Wu" is the verb's too.
			continue
		}
		if plannedEvent(verb, prep) {
			continue // "planned a meeting with Jo Park": the planned event's partner
		}
		if prep == "with" && withNominal(head) && wishedAct(x.Lemma) {
			continue // "wants a deal with Globex", "pushed for talks with Sweden": not made
		}
		if frontedAbove(s, a, x.Subject) {
			continue // "With Wikinews, Tom Wu discussed why the party left Oslo": the fronted phrase is the main verb's
		}
		if i > 0 && gerundPhrase(s, x.Extra[i-1], a) {
			continue // "announced a deal over selling its stores to Tesco": the gerund's phrase
		}
		if i > 0 && actNounPhrase(s, x.Extra[i-1], a, prep) {
			continue // "claimed responsibility for the attack on Oslo": the attack's target
		}
		if f, _ := argTokens(s, a); f > 0 && prep == "to" && s.Tokens[f-1].Lower() == "belonging" {
			continue // "seized a car belonging to Tom Wu" (belonging read as a noun): the owner, no one seized
		}
		if given && prep != "to" {
			continue
		}
		if leftPost && (prep == "in" || prep == "at" || prep == "of") {
			if strings.HasPrefix(strings.ToLower(a.Text), prep+" ") {
				a.Text, a.Start = a.Text[len(prep)+1:], a.Start+len(prep)+1 // "his party", not "in his party"
			}
			if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) && !isPlace(o) {
				phrase := x.Relation + " " + prep
				lemma := verb // "quit her job at": quit the body
				if x.Lemma == verb+"_from" {
					lemma = x.Lemma // "resigned from his post in": resign_from the body
				}
				if f := d.derive(si, x.Subject, phrase, schema.StatedRelation(lemma), subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
					f.Class = schema.CanonicalRelation(lemma)
				}
			}
			return
		}
		if prep == "with" && (attitudeVerbs[verb] || describeVerbs[verb] || exitVerbs[verb]) && withNominal(head) && a.Start <= x.Object.End+1 {
			// "characterized the call with Zelensky as routine",
			// "praised the deal with Sweden": the act done together is
			// the object's; the stance is on it, with no one. "Withdrew
			// from the deal with Sweden": the deal is left, not made
			// with Sweden.
			continue
		}
		blamed := verb == "blame" && prep == "on" // "blamed the attack on Sweden": Sweden is blamed
		// "served in parliament under President Ann Lee": the one served
		under := prep == "under" && (verb == "serve" || verb == "work")
		// "claims sovereignty over Taiwan", "exercised control over
		// Norway": over names the actor held after a bare noun of rule.
		ruled := prep == "over" && powerNouns[bare]
		// "recorded a 3-1 win over Iceland": the win gained, over the side beaten
		gained := prep == "over" && resultNouns[head] == "defeat" && resultVerbs[verb]
		// "took a stake in Halvik Motors", "bought a 20 percent stake
		// in": the holder invested in the company.
		staked := (prep == "in" || strings.EqualFold(a.Role, "in")) && (stakeVerbs[verb] || verb == "have") && stakeNouns[head]
		if staked {
			prep = "in" // the role's, when the argument's text lost it
		}
		// "owns 25.51 percent in Halvik Motors", "holds 12 per cent in":
		// a share of the company, given as a percentage, that the holder
		// owns.
		held := prep == "in" && shareVerbs[verb] && (head == "percent" || head == "cent" || head == "%")
		if !actorPreps[prep] && (prep != "on" || bare == "") && prep != "from" && !(projectileVerbs[verb] && (prep == "at" || prep == "into" || prep == "on")) && !blamed && !under && !ruled && !gained && !staked && !held {
			// "declared war on Germany", "imposed sanctions on Iran": on
			// names the actor only after a bare noun; "hosted a show on
			// SiriusXM" names a channel or a place.
			continue
		}
		if absolute(s, a) || post && (prep == "for" || prep == "in" || prep == "at") || prep == "for" && officeSought(s, a) {
			// "dropped his bid for president of the United States",
			// "ran for governor of Texas": an office, no actor served.
			// "with Ann Lee scoring twice": a clause of its own.
			continue
		}
		if _, e := argTokens(s, a); prep == "for" && e > 0 && infinitiveAt(s.Tokens, e) > 0 {
			// "signed a deal for Brighton to host the conference": the
			// actor is the infinitive's subject, not the one served;
			// "repeated calls for the mayor to apologise" called on him,
			// as "Sweden's call for Norway to withdraw" ([clauseNouns]).
			if lemma := clauseNouns[head]; lemma != "" && lemma != "accuse" {
				if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) {
					d.derive(si, x.Subject, x.Relation+" for", lemma, subj, o, "", x.Confidence*conf*placeArgConf)
				}
			}
			continue
		}
		if f, _ := argTokens(s, a); f > 1 && verb != "take" && verb != "bring" && tripNouns[s.Tokens[f-1].Lower()] && s.Tokens[f-1].Start >= x.Object.End {
			continue // "discussed the plans during a trip to Moscow": the trip's destination ("took her on a trip to India" is [takenOnTrip]'s)
		}
		if _, e := argTokens(s, a); e > 0 && e < len(s.Tokens) && s.Tokens[e].Text == "and" && modifiesNoun(s, nameListEnd(s, e)) {
			continue // "sets out goals for its EU and G8 presidencies": the noun's, cut by the list
		}
		o, conf, _ := d.argument(si, s, a)
		if o == nil && projectileVerbs[verb] && (prep == "at" || prep == "into") {
			o, conf = d.owner(si, s, a), placeArgConf // "fired 36 shells at KPA posts"
		}
		if o == nil || o == subj || medium(prep, o) {
			continue // "posted videos on YouTube": the medium, no actor
		}
		if (prep == "at" || prep == "into") && o.typ == schema.Location {
			continue // "fired a missile into the Sea of Japan": a sea is no target
		}
		if prep == "from" && (!fromVerbs[verb] || isPlace(o) && !((tradeVerbs[verb] || askVerbs[verb] || verb == "withhold") && d.r.country(o)) || a.Start < x.Object.End) {
			// "From Mérida it is easy to take trips": a fronted from
			// names where, not whom.
			continue
		}
		phrase := x.Relation
		if !strings.HasSuffix(strings.ToLower(phrase), " "+prep) {
			phrase += " " + prep
		}
		event := head
		if head == "part" && i > 0 && x.Extra[i-1].Role == "in" {
			event = lastWord(x.Extra[i-1].Text) // "took part in a debate against Ann Lee"
		}
		if lemma := debateNouns[event]; lemma != "" && (prep == "against" || prep == "with") {
			// "participated in the first presidential debate against
			// rival Ann Lee": the act of the contest, with its opponent.
			d.derive(si, x.Subject, phrase, lemma+"_"+prep, subj, o, "", x.Confidence*conf*placeArgConf)
			continue
		}
		if lemma, ok := resultNouns[head]; ok && (prep == "against" || prep == "over" || prep == "to" || prep == "with") {
			// "were criticised for the 0-0 draw against Sweden",
			// "secured a victory over Sweden": the opponent is the
			// result's, not the verb's; the subject had the result,
			// unless another's possessive names it ("praised Sweden's
			// win over Norway").
			if !strings.Contains(x.Object.Text, "'") {
				d.derive(si, x.Subject, phrase, lemma, subj, o, "", x.Confidence*conf*placeArgConf)
			}
			continue
		}
		if partySeat(verb, prep, o) {
			// "For the Green camp, Ann Lee was elected", "stood for the
			// Labour Party": a candidate of the party.
			d.derive(si, x.Subject, phrase, schema.MemberOf, subj, o, "", x.Confidence*conf*placeArgConf)
			return
		}
		lemma := verb + "_" + prep
		if blamed {
			lemma = verb
		} else if staked && (shareVerbs[verb] || verb == "have") {
			// "has a 16.5% stake in Tarsen Oil", "holds a stake in": the
			// stake is owned, not bought now.
			lemma = "own_stake_in"
		} else if staked {
			lemma = "invest_in"
		} else if held {
			lemma = "own_stake_in"
		} else if l := heldNoun(verb + "_" + head + "_" + prep); l != "" {
			// "did not pay a lot of attention to Tom Wu": the act of the
			// light verb's noun, as "paid little attention to" is read
			lemma = l
		}
		if v, p, ok := strings.Cut(x.Lemma, "_"); ok && p != "in" && passiveParticles[p] {
			lemma = v + "_" + p + "_" + prep // "turned over the files to Sweden": turn_over_to, not turn_to
		}
		if roleNoun(head) && bare == "" {
			switch {
			case prep == "to" && envoyNoun(head) && verb != "send" && verb != "dispatch":
				continue // "met the Russian ambassador to Norway": the envoy's post, not whom met
			case prep == "for" || prep == "of":
				// "met the spokesman for the Green Party": the official
				// stands for the body met.
				lemma = x.Lemma
			}
		}
		if legalVerbs[verb] && legalNouns[head] && bare == "" {
			if l := heldNoun(verb + "_" + head + "_" + prep); l != "" {
				// "brought a lawsuit against Globex": sue
				if f := d.derive(si, x.Subject, phrase, schema.StatedRelation(l), subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
					f.Class = schema.CanonicalRelation(l)
					return
				}
			}
		}
		if (verb == "have" || verb == "maintain") && tieNouns[head] {
			// "had close ties to the Hells Angels", "maintains diplomatic
			// relations with Chile": the tie is the relation; "has no
			// relations with" denies it.
			if noneOf(x.Object.Text) {
				return
			}
			lemma = "have_" + head + "_" + prep
		} else if withVerbs[verb] && withNominal(head) {
			// "had disputes with the Bush administration": the act of
			// the noun done with the actor; "made no deal with" none.
			if noneOf(x.Object.Text) {
				return
			}
			if prep != "with" {
				continue
			}
			lemma = nominals.at(head).lemma
		} else if verb == "have" && !staked {
			lemma = "have_" + head + "_" + prep
		} else if v, ok := strings.CutSuffix(x.Lemma, "_in"); ok && mannerNouns[bare] {
			// "was married in turn to A, B and C", "worked in tandem
			// with Sweden": the phrase says how, and the act reaches
			// each member of the list after the preposition.
			lemma = v + "_" + prep
			if rest, ok := phraseAfter(a, prep); ok {
				for _, e := range d.listedEnts(si, s, rest, o) {
					if e == subj {
						continue
					}
					if f := d.derive(si, x.Subject, phrase, schema.StatedRelation(lemma), subj, e, "", x.Confidence*conf*placeArgConf); f != nil {
						f.Class = schema.CanonicalRelation(lemma)
					}
				}
				return
			}
		} else if bare != "" {
			// "declared war on", "fell in love with", "made contact
			// with": the bare noun is part of the relation.
			lemma = x.Lemma + "_" + bare + "_" + prep
			if l := heldNoun(lemma); l != "" {
				lemma = l // "carried out raids on": raid
			}
			if l := stanceAdjunctLemma(lemma); l != "" {
				lemma = l // "voted in opposition to": oppose
			}
		}
		// "wrote articles for the Oslo Herald and the Bergen Tribune": the
		// act reaches each member of a list after the preposition; a
		// list has "and" ("to West Point, New York" is a town and its
		// state).
		ents := []*docEntity{o}
		if rest, ok := phraseAfter(a, prep); ok && strings.Contains(rest.Text, " and ") {
			ents = d.listedEnts(si, s, rest, o)
		} else if ok && andCut(s, rest) {
			// "offers flights to Oslo, Bergen, Malmo, and recently
			// launched routes to": the list's "and" opens the next
			// clause; three names or more are no place and its state.
			if l := d.commaList(si, s, rest); len(l) >= 3 && l[0] == o {
				ents = l
			}
		}
		for _, e := range ents {
			if e == subj {
				continue
			}
			if f := d.derive(si, x.Subject, phrase, schema.StatedRelation(lemma), subj, e, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(lemma)
			}
		}
		if under && i+1 < len(x.Extra) && strings.EqualFold(x.Extra[i+1].Role, "under") {
			continue // "first under Ann Lee and later under Tom Wu": each one served
		}
		if ruled {
			continue // "ceded sovereignty over Narvik to Finland": the one it went to too
		}
		return
	}
}

// staffFor: "served as campaign manager for Ann Lee", "worked as a
// spokesman for Tom Wu", "served as an adviser to Ann Lee": a verb of
// holding a post ([postLemmas]) whose object ends in a person's staff noun
// ([staffNounsOfPerson], "campaign manager", "chief of staff") and whose
// for-phrase (to-phrase for an adviser, [adviserNouns]) names a person
// makes subj that person's staff, as "Ann Lee's campaign manager" does
// ([personStaff]). It reports whether it derived the fact.
func (d *docState) staffFor(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) bool {
	if subj.typ != schema.Person || x.Attribution != "" || !postLemmas[x.Lemma] {
		return false
	}
	first, last := argTokens(s, x.Object)
	if first < 0 || last-first > 5 {
		return false
	}
	toks := s.Tokens[first:last]
	n := len(toks)
	noun := toks[n-1].Lower()
	adviser := adviserNouns[noun] || n >= 3 && chiefOfStaff(toks, n-3)
	if !staffNounsOfPerson[noun] && !adviser && !(n >= 2 && toks[n-2].Lower() == "campaign" && noun == "manager") {
		return false
	}
	for _, t := range toks {
		if isCap(t.Text) {
			return false // "served as Press Secretary": a title, read elsewhere
		}
	}
	for _, a := range x.Extra {
		if a.Start < x.Object.End {
			continue
		}
		p, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if p != "for" && (p != "to" || !adviser) {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && o.typ == schema.Person {
			d.derive(si, x.Subject, x.Relation+" "+p, schema.WorkFor, subj, o, "", x.Confidence*conf*placeArgConf)
			return true
		}
	}
	return false
}

// servedUnder adds subj —serve_under→ actor (or work_under) for each
// under-phrase naming an actor of a verb of serving or working whose
// object is an actor: "served in the Bundestag, first under Ann Lee and
// later under Tom Wu". [docState.prepositionalActor] reads the phrases
// when the object is no actor.
func (d *docState) servedUnder(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if verb != "serve" && verb != "work" || x.Attribution != "" {
		return
	}
	for _, a := range x.Extra {
		if !strings.EqualFold(a.Role, "under") && !strings.HasPrefix(strings.ToLower(a.Text), "under ") {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && o.typ == schema.Person {
			if f := d.derive(si, x.Subject, x.Relation+" under", verb+"_under", subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(verb + "_under")
			}
		}
	}
}

// backingVerbs are the verbs of taking an actor's side.
var backingVerbs = map[string]bool{"support": true, "back": true, "aid": true, "assist": true, "help": true, "arm": true, "defend": true}

// backedAgainst adds subj —oppose→ actor for a verb of taking a side
// ([backingVerbs]) whose object is an actor and whose against-phrase names
// another: "Germany backed Ukraine against Russia", "started supporting
// the government against the rebels". The side backed is the object's;
// the one it is backed against is opposed.
func (d *docState) backedAgainst(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !backingVerbs[verb] || x.Attribution != "" {
		return
	}
	if _, passive := passiveVerb(x); passive {
		return // "Ukraine was backed by Germany against Russia": the agent's, read elsewhere
	}
	for _, a := range x.Extra {
		if !strings.EqualFold(a.Role, "against") && !strings.HasPrefix(strings.ToLower(a.Text), "against ") {
			continue
		}
		if a.Start < x.Object.End {
			continue // a fronted phrase
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) && !isPlace(o) || o != nil && o != subj && d.r.country(o) {
			if f := d.derive(si, x.Subject, x.Relation+" against", schema.StatedRelation("oppose"), subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation("oppose")
			}
		}
		return
	}
}

// ranAgainst adds subj —run_against→ rival for a race run for a body
// whose against-phrase names the rival: "Tom Wu ran for the Senate
// against Ann Lee". The body is the object; the rival is no one served.
func (d *docState) ranAgainst(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if x.Lemma != "run_for" && x.Lemma != "stand_for" || x.Attribution != "" || subj.typ != schema.Person {
		return
	}
	for _, a := range x.Extra {
		if !strings.EqualFold(a.Role, "against") && !strings.HasPrefix(strings.ToLower(a.Text), "against ") || a.Start < x.Object.End {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && (o.typ == schema.Person || partyEntity(o)) {
			d.derive(si, x.Subject, x.Relation+" against", "run_against", subj, o, "", x.Confidence*conf*placeArgConf)
		}
		return
	}
}

// recipientFrom adds subj —receive_from→ actor for a copula x whose
// object is "a recipient of" something and whose from-argument names an
// actor: "The museum is a recipient of a grant from the Nordic
// Institute", "which were recipients of donated items from the
// foundation". It is the active "received a grant from" ([fromVerbs]).
func (d *docState) recipientFrom(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	w := strings.Fields(strings.ToLower(x.Object.Text))
	if len(w) > 0 && (w[0] == "a" || w[0] == "an" || w[0] == "the" || w[0] == "also") {
		w = w[1:]
	}
	if x.Negated || x.Attribution != "" || len(w) < 2 || w[0] != "recipient" && w[0] != "recipients" || w[1] != "of" {
		return
	}
	for _, a := range x.Extra {
		if strings.ToLower(a.Role) != "from" && !strings.HasPrefix(strings.ToLower(a.Text), "from ") {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) && !isPlace(o) {
			if f := d.derive(si, x.Subject, x.Relation, schema.StatedRelation("receive_from"), subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation("receive_from")
			}
		}
		return
	}
}

// speakerChamber returns the chamber whose chair the title "Speaker"
// ([speakerAt]) at token k of sentence si names, before token last: the
// legislature named after "of" ("Speaker of the Ohio House of
// Representatives"), or, after a bare chamber's word ("Speaker of the
// House") or with no "of", the one chamber the document names or the
// report's state has ([docState.seatChamber]). It returns nil for another
// title, a body that is no legislature ("Speaker of the Youth Council"),
// or a document that names chambers of two kinds.
func (d *docState) speakerChamber(si int, s nlp.Sentence, k, last int) *docEntity {
	toks := s.Tokens
	if k >= last || !speakerAt(toks, k) {
		return nil
	}
	if k+1 < last && toks[k+1].Text == "of" {
		j := k + 2
		if j < last && toks[j].Lower() == "the" {
			j++
		}
		for _, m := range d.sents[si] {
			if m.start == j && m.ent != nil && named(m) {
				if legislature(m.ent) {
					return m.ent
				}
				return nil
			}
		}
		if j >= last || !chamberWords[toks[j].Text] {
			return nil
		}
	}
	named := 0
	for _, c := range chambers["speaker"] {
		named += len(d.chambersNamed(c))
	}
	if named > 1 {
		return nil // "the House of Commons" and "the Scottish Parliament": whose is unknown
	}
	return d.seatChamber("Speaker", d.usSeat(d.homeState()))
}

// copulaSpeaker returns the token of "Speaker" in the object toks[first:last]
// of a copula ("is the Speaker of the House", "the former Democratic
// Speaker"), after "the" and at most two adjectives, or -1.
func copulaSpeaker(s nlp.Sentence, x schema.Extraction, first, last int) int {
	if x.Lemma != "be" || x.Negated {
		return -1
	}
	toks := s.Tokens
	k := first
	if k < last && toks[k].Lower() == "the" {
		k++
	}
	for n := 0; n < 2 && k < last && toks[k].Text != "Speaker" && (toks[k].Tag == "JJ" || toks[k].Tag == "NNP"); n++ {
		k++
	}
	if k < last && speakerAt(toks, k) {
		return k
	}
	return -1
}

// speakerTitle is the title of a house's chair, which [docState.hold]
// records for the holder.
var speakerTitle = &title{name: "Speaker", lead: true}

// chamberWords are a chamber's short names: "Speaker of the House".
var chamberWords = map[string]bool{"House": true, "Commons": true, "Parliament": true, "Assembly": true}

// postObject returns the token after "the post of", "the office of" or
// the like ([postNouns]) that opens an object at token first ("held the
// post of Speaker"), or first.
func postObject(toks []nlp.Token, first int) int {
	k := first
	if k < len(toks) && toks[k].Lower() == "the" {
		k++
	}
	if k+1 < len(toks) && postNouns[toks[k].Lower()] && toks[k+1].Text == "of" {
		return k + 2
	}
	return first
}

// heldVerb reports whether x takes, holds or takes back the post its
// object names: "held the post of", "resumed the office of".
func heldVerb(x schema.Extraction) bool {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	return heldLemmas[verb] && !x.Negated
}

// heldLemmas are the verbs of [heldVerb].
var heldLemmas = map[string]bool{
	"hold": true, "take": true, "assume": true, "occupy": true, "fill": true, "resume": true, "regain": true,
	"retain": true, "keep": true, "reclaim": true,
}

// listedBodies gives holder the role of lemma in each body listed after
// body, the first named in the object of x: "was the nominee of the Labour
// Party and the Green Party", "a board member of Halvik Motors and Norland
// Steel". Each listed body is of body's type and modifies no noun after it;
// a place after a comma is where the one before it lies.
func (d *docState) listedBodies(si int, s nlp.Sentence, x schema.Extraction, holder, body *docEntity, lemma string, conf float64) {
	first, _ := argTokens(s, x.Object)
	ms := d.sents[si]
	for k, m := range ms {
		if m.ent != body || m.start < first || m.adj || m.possessive {
			continue
		}
		for _, c := range mentionsListed(s.Tokens, m, ms[k+1:], func(c *mention) bool {
			if k := c.start - 1; isPlace(body) && k > 0 && s.Tokens[k].Text == "," {
				return false // "the mayor of Seoul, South Korea": a town and its state
			}
			return named(c) && c.ent != nil && c.ent != holder && c.ent.typ == body.typ && !c.adj && !modifiesNoun(s, c.end)
		}) {
			d.derive(si, x.Subject, x.Relation, lemma, holder, c.ent, "", conf)
		}
		return
	}
}

// joinedPost: "has served as mayor of Austin and governor of Texas", "was
// mayor of Oslo and later governor of Viken": a second post that "and" and
// lower-case role nouns join to the post of the body first, named by
// token last, is held by the same holder in the body or place named after its
// "of", "at" or "for". A place's head leads it and its other officials
// work for it, as in [personAppositionOfOrg].
func (d *docState) joinedPost(si int, s nlp.Sentence, subj schema.Argument, holder, first *docEntity, last int, conf float64) {
	toks := s.Tokens
	var prev *mention
	for _, m := range d.sents[si] {
		if m.ent == first && m.end <= last && !m.adj {
			prev = m
		}
	}
	if prev == nil {
		return
	}
	last = len(toks) // the extractor may end the object before "and"
	k := prev.end
	for _, m := range d.sents[si] {
		if k+1 < last && toks[k].Text == "," && m.start == k+1 && m.ent != nil && isPlace(m.ent) && isPlace(first) {
			k = m.end // "mayor of Austin, Texas, and governor of Texas"
			if k < last && toks[k].Text == "," {
				k++
			}
		}
	}
	if k >= last || toks[k].Text != "and" {
		return
	}
	var words []string
	j := k + 1
	for ; j < last && len(words) < 5; j++ {
		w := toks[j].Lower()
		if w == "of" || w == "at" || w == "for" {
			break
		}
		if isCap(toks[j].Text) || !strings.HasPrefix(toks[j].Tag, "NN") && !strings.HasPrefix(toks[j].Tag, "JJ") && !strings.HasPrefix(toks[j].Tag, "RB") && toks[j].Tag != "DT" {
			return
		}
		if toks[j].Tag != "DT" && !strings.HasPrefix(toks[j].Tag, "RB") {
			words = append(words, w)
		}
	}
	if len(words) == 0 || j+1 >= last {
		return
	}
	b := j + 1
	if strings.EqualFold(toks[b].Text, "the") {
		b++
	}
	for _, m := range d.sents[si] {
		if m.start != b || m.ent == nil || !named(m) || m.adj || m.possessive || m.ent == holder || m.ent == first {
			continue
		}
		lemma := appositionLemma(words)
		switch {
		case m.ent.typ == schema.GPE && lemma == schema.Lead && !localHeads[words[len(words)-1]] && !headOfGovernment(words, len(words)-1) && !d.r.country(m.ent):
			lemma = schema.WorkFor // "and police chief of Oslo"
		case m.ent.typ == schema.GPE && lemma != schema.Lead && lemma != schema.WorkFor:
			return // "and a student of Norway"
		case m.ent.typ != schema.GPE && m.ent.typ != schema.Organization:
			return
		}
		if lemma != "" {
			d.derive(si, subj, joinText(toks[k:b]), lemma, holder, m.ent, "", conf)
		}
		return
	}
}

// possessedUnit: "Colonel Tom Wu of the army's Northern Command said": a
// person of a body's or a state's possessive and the named unit after it
// is of the unit ([personOfOrg]), as staff when a title names a rank or a
// post (work_for), and the unit is part of a body that possesses it.
func (d *docState) possessedUnit(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i := 0; i+2 < len(ms); i++ {
		p, o, c := ms[i], ms[i+1], ms[i+2]
		if !named(p) || p.ent == nil || p.ent.typ != schema.Person || o.ent == nil || c.ent == nil || !named(c) || c.ent.typ != schema.Organization ||
			o.ent == c.ent || o.ent.typ == schema.Person || o.end >= len(toks) || toks[o.end].Tag != "POS" || c.start != o.end+1 {
			continue
		}
		w := lowerWords(toks[p.end:o.start])
		if len(w) == 2 && w[1] == "the" {
			w = w[:1]
		}
		if len(w) != 1 || w[0] != "of" {
			continue
		}
		lemma := affiliation(c.ent)
		if len(p.titles) > 0 && !p.titles[len(p.titles)-1].lead {
			lemma = schema.WorkFor // "Colonel Tom Wu", "spokesman Tom Wu"
		}
		d.derive(si, argOf(s, p), joinText(toks[p.end:c.start]), lemma, p.ent, c.ent, "", roleConf)
		if o.ent.typ == schema.Organization || o.ent.typ == schema.Group {
			// A state's possessive places a body or makes it the
			// state's ([docState.mentionFacts]).
			d.derive(si, argOf(s, c), joinText(toks[o.start:c.start]), schema.PartOf, c.ent, o.ent, "", partOfConf)
		}
	}
}

// personsBody: "he recorded with Ann Lee's Halvik Sound Ltd.", "Tom
// Wu's Halvik Motors announced": a named body right after a person's
// possessive, and no noun after it, is the person's own: a firm the
// person heads, when its name ends as a firm's does, or else a band or a
// club the person belongs to.
// A party is read by [docState.ownParty]; a public body ("Trump's Justice
// Department") or a body the gazetteer knows ("Trump's Twitter") is no
// one's own.
func (d *docState) personsBody(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i := 0; i+1 < len(ms); i++ {
		p, c := ms[i], ms[i+1]
		if !named(p) || p.ent == nil || p.ent.typ != schema.Person || p.end >= len(toks) || toks[p.end].Tag != "POS" || c.start != p.end+1 ||
			!named(c) || c.ent == nil || c.ent.typ != schema.Organization || c.ent.gaz != nil || c.ent == p.ent {
			continue
		}
		if c.end < len(toks) && (strings.HasPrefix(toks[c.end].Tag, "NN") || toks[c.end].Tag == "POS") {
			continue // "Tom Wu's Halvik Motors shares": the shares are his
		}
		f := strings.Fields(strings.ToLower(c.ent.name))
		if politicalName(f) || slices.ContainsFunc(f, func(w string) bool { return publicHeads[w] || w == "campaign" || w == "house" || w == "cabinet" }) {
			continue
		}
		lemma := schema.MemberOf
		if last := toks[c.end-1].Text; companyHeads[last] || corporateSuffixes[last] || firmHeads[last] {
			lemma = schema.Lead
		}
		d.derive(si, argOf(s, p), joinText(toks[p.end:c.end]), lemma, p.ent, c.ent, "", roleConf)
	}
}

// firmHeads end the names of firms (besides [companyHeads] and the
// corporate suffixes).
var firmHeads = map[string]bool{
	"Company": true, "Corporation": true, "Motors": true, "Airlines": true, "Group": true, "Holdings": true,
	"Industries": true, "Enterprises": true, "Media": true, "Records": true, "Entertainment": true,
	"Studios": true, "Productions": true, "Foods": true, "Technologies": true,
}

// becomeLemmas put their subject in what their object names, as "be"
// does: "became", "remained", "emerged as".
var becomeLemmas = map[string]bool{"become": true, "remain": true, "emerge_as": true, "stay": true, "turn_into": true}

// officeSought reports whether the phrase a, "for" and its object, names
// an office by a role noun before "of" or alone ("for president of the
// United States", "for governor", "for the post of mayor"), not the actor
// served.
func officeSought(s nlp.Sentence, a schema.Argument) bool {
	first, last := argTokens(s, a)
	if first < 0 {
		return false
	}
	k := first
	if strings.EqualFold(s.Tokens[k].Text, "for") {
		k++
	}
	k = postObject(s.Tokens, k) // "for the post of mayor"; not "for the president", a person
	if k >= last {
		return false
	}
	w := s.Tokens[k].Lower()
	return (leadNouns[w] || len(chambers[w]) > 0) && (k+1 == last || s.Tokens[k+1].Text == "of")
}

// leavingVerbs give up a post; postNouns name one.
var (
	leavingVerbs = map[string]bool{"resign": true, "quit": true, "step": true, "retire": true, "leave": true}
	postNouns    = map[string]bool{
		"post": true, "position": true, "leadership": true, "role": true, "job": true, "seat": true, "office": true,
		"chairmanship": true, "presidency": true, "membership": true, "place": true, "posts": true, "positions": true,
	}
)

// absolute reports whether the prepositional argument a is an absolute
// clause, a noun and a participle ("with Ann Lee scoring twice"), whose noun
// is the participle's subject, not the verb's other end.
func absolute(s nlp.Sentence, a schema.Argument) bool {
	for i, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End && t.Tag == "VBG" {
			return true
		}
		if t.End == a.End && a.End > a.Start && i+1 < len(s.Tokens) && s.Tokens[i+1].Tag == "VBG" {
			return true // the participle right after the argument's noun
		}
	}
	return false
}

// nationalityOfNoun returns the place whose adjective stands before the
// lower-case noun at token last that ends the copula's object, after
// only an article and lower-case modifiers ("was a true Norwegian
// hero", "is a Swedish war veteran"): the person is from it, whatever
// the noun. It returns nil when a name, another noun or a preposition
// stands before the adjective ("is the captain of the Norwegian team")
// or a name between it and the noun ("is a Norwegian Labour politician").
func (d *docState) nationalityOfNoun(si int, s nlp.Sentence, x schema.Extraction, last int) *docEntity {
	toks := s.Tokens
	if !strings.HasPrefix(toks[last].Tag, "NN") || toks[last].Tag == "NNS" || !lowerWord(toks[last].Text) {
		return nil
	}
	for _, m := range d.sents[si] {
		if !m.adj || m.ent == nil || m.ent.typ != schema.GPE || m.end > last || toks[m.start].Start < x.Object.Start {
			continue
		}
		for k := m.end; k < last; k++ {
			if t := toks[k]; !lowerWord(t.Text) || t.Tag != "JJ" && t.Tag != "NN" {
				return nil // "is a Norwegian Labour politician"
			}
		}
		for k := m.start - 1; k >= 0 && toks[k].End > x.Object.Start; k-- {
			if t := toks[k]; !lowerWord(t.Text) || t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "RB" && t.Tag != "PDT" {
				return nil
			}
		}
		return m.ent
	}
	return nil
}

// copulaRole returns the organisation or state and the role relation that a
// copula's object gives its person subject ("is a USI art major", "was the
// Museum of Flight CEO", "is an Ottawa New Democrat MP"): the object ends
// with a role noun and names the holder before it. It returns nil when x
// is no such copula.
func (d *docState) copulaRole(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) (*docEntity, string) {
	if x.Lemma != "be" || subj == nil || x.Negated || x.Object.End <= x.Object.Start {
		return nil, ""
	}
	if w, _, _ := strings.Cut(x.Subject.Text, " "); candidateWords[w] {
		return nil, "" // "Lord Mayor Candidate Wayne Tseng" read as "Candidate Wayne Tseng | is | Lord Mayor": sought only
	}
	last, former := -1, false
	for i, t := range s.Tokens {
		if t.Start >= x.Object.Start && t.End <= x.Object.End {
			last, former = i, former || formerWord(t.Lower())
		}
	}
	if last < 0 {
		return nil, ""
	}
	for k := last - 1; k > 1 && k >= last-6; k-- {
		if s.Tokens[k].Text == "of" {
			if chairField(s.Tokens, k+1, last+1) {
				last = k - 1 // "is Halvik University's Professor of Chemistry": the chair, not its field
			}
			break
		}
	}
	if o, lemma := d.relationalObject(si, s, x, subj, last); o != nil {
		return o, lemma // "Airbus is Boeing's main rival", "Airbus, Boeing's rival,"
	}
	if subj.typ == schema.GPE || subj.typ == schema.Organization {
		// "Iceland is a former NATO member" has left it; "a former NATO
		// ally" is none.
		if o, lemma := d.memberOfModifier(si, s, x, subj, last); o != nil && pastRole(lemma, former) != "" {
			return o, pastRole(lemma, former)
		}
		return nil, ""
	}
	if subj.typ != schema.Person {
		return nil, ""
	}
	lemma := roleLemma([]string{s.Tokens[last].Lower()})
	if lemma == schema.Lead && last > 0 && deputyWords[s.Tokens[last-1].Lower()] {
		lemma = schema.WorkFor // "is Norway's vice president": the head's deputy
	}
	tie := placeTies[s.Tokens[last].Lower()] // "an Ohio resident", "a Bergen native"
	if lemma == "" && tie == "" {
		return d.nationalityOfNoun(si, s, x, last), schema.From
	}
	if last > 0 && !isCap(s.Tokens[last-1].Text) && appositionLemma(lowerWords(s.Tokens[last-1:last+1])) == schema.Lead {
		lemma = schema.Lead // "the Norland Steel chief executive"
	}
	for k := max(0, last-2); k < last; k++ {
		// "New Zealand's Prime Minister": a title that leads.
		if t := d.r.title(spanText(s, k, last+1)); t != nil && t.lead && (k == 0 || !deputyWords[s.Tokens[k-1].Lower()]) {
			lemma = schema.Lead
		}
	}
	deputy := last > 0 && (lemma == schema.Lead || lemma == schema.WorkFor) && deputyWords[s.Tokens[last-1].Lower()] && isCap(s.Tokens[last].Text)
	if deputy {
		lemma = schema.WorkFor // "is the US Vice President": the head's deputy
	}
	var holder *mention
	for _, m := range d.sents[si] {
		if m.ent == nil || m.end > last || s.Tokens[m.start].Start < x.Object.Start || m == holder || d.r.based(s, m) {
			continue // "is an Oslo-based lawyer": the compound employs no one
		}
		if (m.ent.typ == schema.Organization || m.ent.typ == schema.GPE) && (holder == nil || m.end-m.start > holder.end-holder.start) {
			holder = m
		}
	}
	groupOf := false // "the Republican Senate Majority Leader": a party's group in a chamber
	if holder != nil && holder.adj && partyEntity(holder.ent) && lemma == schema.Lead {
		for _, m := range d.sents[si] {
			if m.start == holder.end && m.end <= last && m.ent != nil && m.ent.typ == schema.Organization && !partyEntity(m.ent) && !m.adj {
				holder, groupOf = m, true
			}
		}
	}
	if holder == nil || holder.ent == subj || ownedBetween(s, holder, last) {
		return nil, ""
	}
	part := lemma == schema.Lead && d.partBesideParty(si, s, holder.end, d.r.titleStart(s, holder.end, last))
	if part {
		lemma = schema.WorkFor // "the Boeing sales director", "the British army chief"
		if holder.adj && partyEntity(holder.ent) {
			lemma = schema.MemberOf // "the Democratic committee chairman": a party's legislator on a panel
		}
	}
	lemma = rankRole(lemma, s.Tokens[last].Lower(), holder.ent)         // "a Hamas commander"
	lemma = d.groupRole(lemma, holder.ent, s.Tokens[holder.end:last+1]) // "the Senate minority leader"
	if groupOf && lemma == schema.Lead {
		lemma = schema.MemberOf // "the Republican Senate leader" leads the party's senators
	}
	if r := partyMember(lemma, holder.ent, s.Tokens[last].Text); r != lemma {
		// "is a Republican Representative"; "the Democratic challenger
		// former Vice President": the party's member, still one when the
		// office was held before.
		lemma, former = r, former && !partyEntity(holder.ent)
	}
	if holder.ent.typ == schema.GPE && (residentNouns[s.Tokens[last].Lower()] || lemma == schema.MemberOf && sportPlayer(lowerWords(s.Tokens[holder.end:last+1]))) {
		lemma = schema.From // "a Texas student", "a United States basketball player"
	}
	if lemma == schema.WorkFor && holder.ent.typ == schema.GPE && !holder.adj && !holder.possessive && !deputy &&
		tradeNouns[s.Tokens[last].Text] && !actorWithin(d.sents[si], holder.end, last) {
		// "California lawyer Tom Wu", "a Washington lobbyist": a trade
		// plied in the place, as "a French writer" is from France; the
		// state's staff are named so too ("an Oslo police officer").
		lemma = schema.From
	}
	if tie != "" {
		if !isPlace(holder.ent) || holder.end != last {
			return nil, ""
		}
		lemma = tie
	}
	if seatNouns[s.Tokens[last].Lower()] && holder.ent.gaz != nil && holder.ent.gaz.in != "" {
		lemma = "represent" // "an Ohio senator": a state's seat, not its membership
	}
	if (lemma == schema.Lead || stateDeputy(spanText(s, holder.end, last+1))) && (holder.adj || oneWordParty(holder)) && partyEntity(holder.ent) && !partyHeadTitle(spanText(s, holder.end, last+1), s.Tokens[last].Text) {
		// "is the Republican governor", "the Democratic vice
		// president", "the Labour prime minister": the party's member, still one when the office
		// was held before ("a former Tory chancellor").
		lemma, former = schema.MemberOf, false
	}
	if legislatorOf(d, []*title{{name: s.Tokens[last].Text}}, holder.ent, s.Tokens[last:min(last+2, len(s.Tokens))]) && !nationalMember(s, holder.end, last) {
		// "is a US congressman": a member of the chamber the document
		// names, no staff of the state.
		if c := d.chamberOf(s.Tokens[last].Text); c != nil && c != subj {
			return c, schema.MemberOf
		}
		return holder.ent, ""
	}
	if holder.adj && holder.ent.typ == schema.GPE && !deputy && (lemma != schema.Lead || craftHeads[s.Tokens[last].Lower()]) &&
		!(lemma == schema.WorkFor && isCap(s.Tokens[last].Text)) {
		// "a French writer" is from France; "is U.S. Attorney", a
		// capitalised office of the state, works for it.
		// "a British film director"; "the British army chief" heads a
		// part of the state.
		if r := nationalityLemma(lowerWords(s.Tokens[holder.end : last+1])); !part || r != schema.Lead {
			lemma = r
		}
		if lemma == schema.MemberOf && nationalMember(s, holder.end, last) {
			lemma = schema.From // "is a French Green MEP"
		}
	}
	return holder.ent, pastRole(lemma, former) // "is a former Green Party member": leave
}

// restatedPost returns the body and the relation of the post that the
// extraction x restates of subj with a bare role noun after a copula
// ("Lee has been mayor since 1998", "Lee was the mayor"), when the
// document gave subj that post with a body before ([docState.heldAs]), or
// nil.
func (d *docState) restatedPost(s nlp.Sentence, x schema.Extraction, subj *docEntity) (*docEntity, string) {
	if subj == nil || subj.typ != schema.Person || x.Negated {
		return nil, ""
	}
	noun := ""
	var wordsArr [16]string
	words := lowerFields(wordsArr[:0], x.Relation)
	if slices.ContainsFunc(words, func(w string) bool { return futureModals[w] || w == "will" || w == "to" }) {
		return nil, "" // "will be mayor", "hopes to be mayor"
	}
	switch n := len(words); {
	case x.Lemma == "be" && x.Object.End > x.Object.Start:
		var objArr [16]string
		obj := lowerFields(objArr[:0], x.Object.Text)
		if len(obj) == 2 && obj[0] == "the" {
			obj = obj[1:] // "Lee was the mayor"
		}
		if len(obj) == 3 && obj[0] == "the" && holderRanks[obj[1]] {
			obj = obj[2:] // "Lee was the first mayor to resign": still the mayor
		}
		if len(obj) == 1 {
			noun = obj[0]
		}
	case x.Object.End <= x.Object.Start && n >= 2 && words[n-1] == x.Lemma && (copulas[words[n-2]] || words[n-2] == "been" || words[n-2] == "be"):
		noun = x.Lemma // "has been mayor": the noun joined to the relation
	}
	if noun == "" || roleLemma([]string{noun}) == "" {
		return nil, ""
	}
	if f := d.heldAs(subj, noun); f != nil && f.obj != nil && f.obj != subj {
		return f.obj, f.Lemma
	}
	return nil, ""
}

// holderRanks rank a holder among the holders of a post ("the first
// mayor", "the only president"), which the holder still holds.
var holderRanks = map[string]bool{"first": true, "last": true, "only": true, "second": true, "third": true, "latest": true}

// ownedBetween reports whether a possessive other than holder's own lies
// between holder and the role noun at token last: "the Norwegian
// airline's chief executive" heads the airline, which the nationality
// places in Norway; the role is not Norway's.
func ownedBetween(s nlp.Sentence, holder *mention, last int) bool {
	k := holder.end
	if holder.possessive {
		k++ // "Norway's chief executive"
	}
	return k < last && holdsPossessive(s.Tokens[k:last])
}

// holdsPossessive reports whether toks hold a possessive "'s" or "'".
func holdsPossessive(toks []nlp.Token) bool {
	return slices.ContainsFunc(toks, func(t nlp.Token) bool { return t.Tag == "POS" })
}

// partOfObject returns the organisation or place that the object of a
// copula ("is", "remains", "became") names as the whole its organisation or
// place subject is part of: "The FBI is part of the Department of
// Justice", "remained a part of Norway", "became an integral part of the
// Halvik Group", "is a subsidiary of Halvik Motors", "are the armed wing
// of the Halvik Front" ([unitNouns]). Two lower-case modifiers may qualify
// the noun; "no longer part of" and a negated copula give nil, as does
// anything else. "is the parent company of Halvik Bank" ([parentNouns])
// names a part of the subject instead, and parent is true then.
func (d *docState) partOfObject(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) (whole *docEntity, parent bool) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if verb != "be" && verb != "remain" && verb != "become" || subj == nil || x.Negated || si >= len(d.sents) ||
		subj.typ != schema.Organization && !isPlace(subj) || site(subj) || strings.Contains(strings.ToLower(x.Relation), "longer") {
		return nil, false // "Main Street is the retail section of Fort Lee": a street is no actor
	}
	k := -1
	for i, t := range s.Tokens {
		if t.Start >= x.Object.Start && t.End <= x.Object.End {
			k = i
			break
		}
	}
	if k < 0 {
		return nil, false
	}
	toks := s.Tokens
	if k < len(toks) && toks[k].Tag == "DT" && (toks[k].Lower() == "a" || toks[k].Lower() == "an" || toks[k].Lower() == "the") {
		k++
	}
	if k+2 < len(toks) && toks[k].Lower() == "parent" && parentNouns[toks[k+1].Lower()] {
		parent = true
		k++ // "the parent company of"
	}
	for j := k; !parent && j < k+2 && j+1 < len(toks) && (strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "NN") && !isCap(toks[j].Text); j++ {
		if w := toks[j+1].Lower(); w == "part" || unitNouns[w] {
			k = j + 1 // "an integral part of", "the armed wing of"
			break
		}
	}
	if k+2 >= len(toks) || toks[k].Lower() != "part" && !unitNouns[toks[k].Lower()] && !parent || toks[k+1].Lower() != "of" {
		return nil, false
	}
	k += 2
	if strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	for _, m := range d.sents[si] {
		if m.start == k && named(m) && !m.adj && m.ent != nil && m.ent != subj && (closedAfter(s, m.end) || toks[m.end-1].End >= x.Object.End) &&
			(m.ent.typ == schema.Organization || isPlace(m.ent) && isPlace(subj)) {
			return m.ent, parent // not "a group of Halvik Motors workers"
		}
	}
	return nil, false
}

// memberOfModifier returns the organisation that a copula's object names
// before "member" or "ally" and the relation it gives a state or
// organisation subject: "Poland is a NATO member", "Poland, a NATO ally,"
// and "NATO ally Poland" give member_of and ally_of NATO. The object's last
// token is last. It returns nil otherwise.
func (d *docState) memberOfModifier(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity, last int) (*docEntity, string) {
	var lemma string
	switch s.Tokens[last].Lower() {
	case "member", "members":
		lemma = schema.MemberOf
	case "ally", "allies":
		lemma = schema.AllyOf
	default:
		return nil, ""
	}
	for _, m := range d.sents[si] {
		if m.end == last && named(m) && !m.adj && m.ent != nil && m.ent != subj && m.ent.typ == schema.Organization &&
			s.Tokens[m.start].Start >= x.Object.Start {
			return m.ent, lemma
		}
	}
	return nil, ""
}

// officialOf returns the state or organisation an unnamed official stands
// for (GUIDE.md): "Thailand's foreign minister", "an attorney for
// Scientology", "a spokesman of the ministry". The head [b, e) ends with a
// lower-case role noun; the holder is the possessor before it or the actor
// right after for, of or at, or from for an envoy (but not from a list
// after the argument, which ends at token last). It returns nil otherwise.
func officialOf(toks []nlp.Token, b, e, last int, possessor *mention, covered func(int) *mention) *mention {
	if e <= b {
		return nil
	}
	if noun := staffNounAt(toks, b, e); isCap(toks[e-1].Text) && e-1 > 0 || !roleNoun(noun) && !envoyStaff[noun] && !peerStaff[noun] {
		return nil // "delegations from Norway" are no role but envoys
	}
	if m := covered(e - 1); m != nil && (m.ent != nil || e-1 > 0 && m.kind != mDesc && m.kind != mGroupRef) {
		// A name, but not a sentence's first word ("Officials of the
		// ministry"), nor a description that refers to no one before
		// ("the leader of Norway", "government officials from Norway").
		return nil
	}
	holder := possessor
	noun := staffNounAt(toks, b, e)
	// "officials in Peru", "authorities in the city", "prosecutors in
	// Lima": a place's officials in the plural act for it, as "officials
	// from Peru" do; one official or a lawyer there only works there.
	placeStaff := placeStaffNouns[toks[e-1].Lower()]
	// "lawmakers from the Liberal Democrats": a party's members, in the
	// plural, act for it as "Labour MPs" do; from a place they only
	// live there or represent it.
	partyFrom := false
	if holder == nil && e+1 < len(toks) {
		switch w := toks[e].Lower(); w {
		case "from":
			// "officials from Norway", "a delegation from the ministry":
			// envoys come from the body they act for, where "a lawyer
			// from Oslo" only lives there. "Officers from the Lodi Police
			// Department", "agents from the FBI": a force's or an
			// agency's people in the plural act for it, as a party's
			// members do; from a place they only come from there.
			partyFrom = (partyMemberNouns[noun] || forceStaffNouns[noun]) && strings.HasSuffix(toks[e-1].Lower(), "s") && !stateOffices[noun] && !envoyStaff[noun]
			if !stateOffices[noun] && !envoyStaff[noun] && !partyFrom || e+1 >= last && listedAfter(toks, e+1) || takenFrom(toks, b, e) {
				// "officials | are from Norway, Sweden and Finland": an
				// envoy from a list outside the argument is no one's.
				break
			}
			fallthrough
		case "for", "of", "at", "in":
			if envoyStaff[noun] && (w == "at" || w == "in") {
				break // "the delegates at MacWorld" attend it
			}
			j := e + 1
			if m := covered(j); m != nil && m.start == j && m.ent != nil && bodiesPair(m) {
				holder = m // "the leaders of the two countries", "officials of both firms"
				break
			}
			if strings.EqualFold(toks[j].Text, "both") && j+1 < len(toks) {
				j++ // "officials from both Norway and Sweden"
			}
			if strings.EqualFold(toks[j].Text, "the") && j+1 < len(toks) {
				j++
				if w == "for" {
					// "an attorney for the city of San Francisco"; not "the
					// police chief of the city of Bergen", whom a copula
					// would make the city's head ([appointedRole]).
					j = kindOfPlaceEnd(toks, j, covered)
				}
			}
			if m := covered(j); m != nil && m.start == j && based(toks[m.end-1].Text) && m.end < len(toks) {
				if n := covered(m.end); n != nil && n.start == m.end && n.ent != nil && !n.adj {
					// "the president of Ohio-based Halvik Corporation": the
					// compound places the body after it ([basedIn]); the
					// office is the body's, never the place's.
					j = m.end
				}
			}
			if m := covered(j); m != nil && m.start == j && (w != "in" || m.ent != nil && !m.adj &&
				(m.ent.typ == schema.Organization && !leadNouns[toks[e-1].Lower()] ||
					placeStaff && m.ent.typ == schema.GPE && (m.end == len(toks) || !strings.HasPrefix(toks[m.end].Tag, "NN")))) {
				// "a detective in the Oslo Police": in a body, not in a
				// place; "a captain in the Corps" is a rank in it. A
				// place's officials are in the place itself, not in
				// "the Lima office".
				holder = m
				// "governor of Ukraine's Odessa region": the office is
				// in what the possessive owns, when that is named.
				if n := covered(m.end + 1); m.possessive && n != nil && n.start == m.end+1 && n.ent != nil && !n.adj {
					holder = n
				}
				if p := placeOfStateKind(toks, m, covered); p != nil {
					holder = p // "governor of United States commonwealth of Puerto Rico"
				}
			}
		}
	}
	if holder == nil || holder.ent == nil || (holder.ent.typ != schema.GPE && holder.ent.typ != schema.Organization && !namedForce(toks, holder) && !bodiesPair(holder)) ||
		partyFrom && (holder.ent.typ != schema.Organization || holder.adj) {
		return nil
	}
	if pressStaff[toks[e-1].Lower()] && e < len(toks) && (toks[e].Lower() == "at" || toks[e].Lower() == "in") && !outletOrAgency(holder.ent) {
		return nil // "told reporters at NATO headquarters": where they were; "a reporter at the Daily Post" is its
	}
	return holder
}

// bodiesPair reports whether m is a phrase of two that takes up two
// states or bodies named before ("the leaders of the two countries",
// "officials of both companies"): their officials act for each of them.
func bodiesPair(m *mention) bool {
	return (m.kind == mDesc || m.kind == mPronoun) && len(m.ent.members) == 2 && bodiesGroup(m.ent)
}

// bodiesGroup reports whether g is a group of states or bodies, which a
// place where its people act does not place ("the leaders of the two
// countries met Ann Lee in Oslo").
func bodiesGroup(g *docEntity) bool {
	if len(g.members) < 2 {
		return false
	}
	for _, e := range g.members {
		if e.typ != schema.GPE && e.typ != schema.Organization {
			return false
		}
	}
	return true
}

// namedForce reports whether m names a state's armed force or police
// force as a group by its nationality ("the Peruvian army", "the
// Norwegian police"): a body its officials speak and act for, as a
// government is ("a spokesman for the Peruvian army told CNN").
func namedForce(toks []nlp.Token, m *mention) bool {
	return m.ent.typ == schema.Group && m.end-m.start == 2 && isCap(toks[m.start].Text) && homeForces[toks[m.end-1].Lower()]
}

// peerStaff are the nouns of a body's people named by their tie to the
// speaker: "colleagues in the Oslo Police", "our counterparts at the
// ministry" act for the body as its officials do.
var peerStaff = map[string]bool{"colleague": true, "counterpart": true}

// placeStaffNouns are the plural nouns of a place's unnamed officials, who
// act for the place they are in ("authorities in Lima").
var placeStaffNouns = map[string]bool{"officials": true, "authorities": true, "prosecutors": true}

// staffNounAt returns [bodyStaffNoun] of the head [b, e)'s last word, or
// the office its last two words write apart ("attorneys general" is
// attorney-general, no general).
func staffNounAt(toks []nlp.Token, b, e int) string {
	if e-2 >= b && toks[e-1].Lower() == "general" {
		if w := strings.TrimSuffix(toks[e-2].Lower(), "s") + "-general"; roleNoun(w) {
			return w
		}
	}
	return bodyStaffNoun(toks[e-1].Lower())
}

// bodyStaffNoun returns the singular role noun of w, a lower-case noun of
// an unnamed official: "officials" is "official", and "authorities", a
// body's officials together, is "official" too.
func bodyStaffNoun(w string) string {
	if w == "authorities" {
		return "official"
	}
	return strings.TrimSuffix(w, "s")
}

// takenFrom reports whether the envoys of the head [b, e) are whose a
// possessive determiner says ("recalled its ambassador from Mali") or the
// object of a verb that takes them away from somewhere ("evacuated
// diplomats from Khartoum", [withdrawalStems]): the from-phrase after them
// says where they were taken from, not whom they act for. "expelled
// diplomats from Russia" still names Russia's.
func takenFrom(toks []nlp.Token, b, e int) bool {
	for _, t := range toks[b:e] {
		if t.Tag == "PRP$" {
			return true
		}
	}
	k := b - 1
	for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "CD" || strings.HasPrefix(toks[k].Tag, "JJ")) {
		k--
	}
	if k < 0 || !strings.HasPrefix(toks[k].Tag, "VB") {
		return false
	}
	w := toks[k].Lower()
	return slices.ContainsFunc(withdrawalStems, func(p string) bool { return strings.HasPrefix(w, p) })
}

// withdrawalStems begin the forms of verbs by which a state or a body
// takes its own people out of a place.
var withdrawalStems = []string{"evacuat", "airlift", "repatriat", "withdr", "recall", "pull", "remov", "rescu", "fly", "flew", "flown"}

// kindOfPlaceEnd returns the token after "of" when the tokens from j on
// name a kind of place ([kindOfPlaceNouns]), after at most one lower-case
// adjective or "capital", then "of" and a named town or region: "city of
// Bergen", "capital city of San Juan", "northern province of Kalvo" (the
// caller has read "the" before j). It returns j otherwise.
func kindOfPlaceEnd(toks []nlp.Token, j int, covered func(int) *mention) int {
	k := j
	if k+1 < len(toks) && (toks[k].Text == "capital" || strings.HasPrefix(toks[k].Tag, "JJ") && lowerWord(toks[k].Text)) {
		k++
	}
	if k+2 >= len(toks) || !kindOfPlaceNouns[toks[k].Text] || toks[k+1].Text != "of" {
		return j
	}
	if m := covered(k + 2); m != nil && m.start == k+2 && m.ent != nil && m.ent.typ == schema.GPE && named(m) && !m.adj {
		return k + 2
	}
	return j
}

// placeOfStateKind returns the named place after m, a state's name or
// possessive, a lower-case kind of place ([placeKinds]) and "of": "United
// States commonwealth of Puerto Rico", "Norway's province of Finnmark". An
// office of the phrase is the place's, not the state's. It returns nil
// otherwise.
func placeOfStateKind(toks []nlp.Token, m *mention, covered func(int) *mention) *mention {
	k := m.end
	if m.possessive && k < len(toks) && toks[k].Tag == "POS" {
		k++
	}
	if m.ent == nil || m.ent.typ != schema.GPE || m.adj || k+2 >= len(toks) || !placeKinds[toks[k].Text] || toks[k+1].Text != "of" {
		return nil
	}
	if p := covered(k + 2); p != nil && p.start == k+2 && p.ent != nil && p.ent != m.ent && isPlace(p.ent) && named(p) && !p.adj {
		return p
	}
	return nil
}

// forceStaffNouns are the people of a police force or an agency who, in
// the plural after "from", act for it ("Officers from the Lodi Police
// Department arrested Tom Wu").
var forceStaffNouns = map[string]bool{
	"officer": true, "agent": true, "detective": true, "investigator": true, "inspector": true,
	"trooper": true, "constable": true,
}

// partyMemberNouns are the role nouns of the members that a party or a
// movement sends to a body or a street ([officialOf]: "lawmakers from the
// Liberal Democrats", "activists from Greenpeace").
var partyMemberNouns = map[string]bool{
	"lawmaker": true, "legislator": true, "mp": true, "mep": true, "senator": true, "congressman": true,
	"congresswoman": true, "parliamentarian": true, "member": true, "politician": true, "activist": true,
	"campaigner": true, "councillor": true, "councilor": true, "deputy": true, "representative": true,
}

// listedAdjective returns the state's adjective that alone makes up the
// argument [first, last), after an optional "both" and "the", when a
// list of such adjectives goes on after it to a plural noun of state
// officials: in
// "the British, French and German ambassadors" the arguments "the
// British" and "French" stand for their states, as "German ambassadors"
// does ([docState.stateOfficial]). It returns nil otherwise.
func listedAdjective(toks []nlp.Token, ms []*mention, first, last int) *mention {
	if first < last && strings.EqualFold(toks[first].Text, "both") {
		first++ // "both the Irish and British prime ministers"
	}
	if first < last && strings.EqualFold(toks[first].Text, "the") {
		first++
	}
	var adjs []*mention
	for _, m := range ms {
		if m.adj && m.ent != nil && m.ent.typ == schema.GPE && m.start >= first {
			adjs = append(adjs, m)
		}
	}
	list := listStarting(toks, adjs, first)
	if len(list) < 2 || list[0].end != last {
		return nil
	}
	if toks[last].Text == "," && toks[last+1].Text == "and" && (first == 0 || toks[first-1].Text != ",") {
		return nil // "angered the British, and French ministers said": a clause
	}
	for k := list[len(list)-1].end; k < len(toks) && !isCap(toks[k].Text) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNS"); k++ {
		if toks[k].Tag == "NNS" {
			if stateOffices[strings.TrimSuffix(toks[k].Lower(), "s")] {
				return list[0]
			}
			return nil
		}
	}
	return nil
}

// listedAfter reports whether the name from token i, after "both" or
// "the", is followed by a comma, "and" or "or": the first of a list.
func listedAfter(toks []nlp.Token, i int) bool {
	if i < len(toks) && strings.EqualFold(toks[i].Text, "both") {
		i++ // "both Norway and Sweden"
	}
	if i < len(toks) && strings.EqualFold(toks[i].Text, "the") {
		i++
	}
	for i < len(toks) && isCap(toks[i].Text) {
		i++
	}
	if i >= len(toks) {
		return false
	}
	w := toks[i].Lower()
	return w == "," || w == "and" || w == "or"
}

// envoyStaff are the nouns, besides [stateOffices], of people sent by a
// body: "representatives from Norway" act for Norway.
var envoyStaff = map[string]bool{"representative": true, "delegate": true, "delegation": true, "negotiator": true}

// envoyAt returns the token after "for" or "to" in the argument a, or
// right after it, when a reads as an envoy's post for or to a state: "the
// special envoy for Syria", "special representative for Yemen". The
// holder is sent to the state named there, and works for the sender. It
// returns -1 otherwise.
func envoyAt(s nlp.Sentence, a schema.Argument) int {
	first, last := argTokens(s, a)
	if first < 0 {
		return -1
	}
	// The post may end the relation ("is the special envoy for | Syria")
	// or the argument ("was named | special envoy | for Syria").
	for k := max(first-2, 0); k < last && k+2 < len(s.Tokens); k++ {
		if w := s.Tokens[k].Lower(); (w == "envoy" || w == "representative" || w == "emissary") &&
			(s.Tokens[k+1].Lower() == "for" || s.Tokens[k+1].Lower() == "to") {
			if s.Tokens[k+2].Lower() == "the" {
				return k + 3
			}
			return k + 2
		}
	}
	return -1
}

// stateOffices are the role nouns of officials who act for their state.
var stateOffices = map[string]bool{
	"president": true, "minister": true, "premier": true, "chancellor": true, "official": true,
	"diplomat": true, "ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "secretary": true, "prosecutor": true, "attorney-general": true, "prosecutor-general": true,
}

// stateOfficial returns the actor an unnamed official named by a state's
// adjective stands for (GUIDE.md), as [officialOf] does for "Thailand's
// foreign minister": the head [first, e) ends with a lower-case role noun
// after the adjective ("the Rwandan president", "a senior Thai
// official"). An envoy's role noun may be read with its post as one
// office ([mention.role]) that runs to e or past it ("expelled the Libyan
// ambassador to Greece"): the envoy still acts for the state that sent
// them. That is the one person of the document who holds the role
// for the state ("Thai Foreign Minister Ann Lee"), or else the state. It
// returns nil otherwise.
func (d *docState) stateOfficial(si int, toks []nlp.Token, first, e int, covered func(int) *mention) *docEntity {
	var office *docEntity // the envoy's office, which holds no name
	if m := covered(e - 1); m != nil {
		if !m.role || m.start <= first || m.start >= e || m.start+1 >= len(toks) || toks[m.start+1].Text != "to" || !envoyNoun(toks[m.start].Text) {
			return nil
		}
		e, office = m.start+1, m.ent
	}
	if e-first < 2 || isCap(toks[e-1].Text) || !strings.HasPrefix(toks[e-1].Tag, "NN") ||
		!stateOffices[strings.TrimSuffix(toks[e-1].Lower(), "s")] {
		return nil
	}
	for _, t := range toks[first:e] {
		if w := t.Lower(); w == "opposition" || w == "former" || w == "ex" || w == "rebel" {
			return nil // "the Ukrainian opposition leader" stands for no state
		}
	}
	var adj *mention
	for _, m := range d.sents[si] {
		if m.adj && m.ent != nil && m.ent.typ == schema.GPE && m.start >= first && m.end < e {
			adj = m
		}
	}
	if adj == nil {
		return nil
	}
	for k := adj.end; k < e-1; k++ {
		if t := toks[k]; isCap(t.Text) || t.Tag != "JJ" && !strings.HasPrefix(t.Tag, "NN") {
			return nil
		}
	}
	role := strings.ToLower(joinText(toks[adj.end:e]))
	var holder *docEntity
	for _, p := range d.ents {
		if p.typ == schema.Person && p.country == adj.ent && p.desc[role] && (p != office || !d.holderless(p)) {
			if holder != nil {
				return adj.ent // two such: the state they serve
			}
			holder = p
		}
	}
	if holder != nil {
		return holder
	}
	return adj.ent
}

// holderless reports whether only offices name e ([docState.offices]).
func (d *docState) holderless(e *docEntity) bool {
	for _, ms := range d.sents {
		for _, m := range ms {
			if m.ent == e && !m.role {
				return false
			}
		}
	}
	return true
}

// inflictVerbs lay an act of nominals on their passive subject: "was hit
// with a lawsuit by", "was slapped with sanctions by".
var inflictVerbs = map[string]bool{"hit": true, "slapped": true, "served": true}

// inflictedAct returns the act of the event noun that a passive relation
// of [inflictVerbs] lays on its subject ("was hit with new sanctions by":
// sanction, "was slapped with a lawsuit by": sue), or "".
func inflictedAct(relation string) string {
	w := strings.Fields(strings.ToLower(relation))
	n := len(w)
	if n < 4 || w[n-1] != "by" {
		return ""
	}
	nom, ok := nominals.get(w[n-2])
	if !ok || !slices.Contains(nom.preps, "against") && !slices.Contains(nom.preps, "on") {
		return ""
	}
	for j := n - 3; j > 0 && j >= n-5; j-- {
		if w[j] == "with" {
			if inflictVerbs[w[j-1]] {
				return nom.lemma
			}
			return ""
		}
	}
	return ""
}

// passiveBy returns the verb lemma of a passive relation with its agent as
// object ("was founded by", "replaced by": found, replace) and whether x is
// one. The participle is told by its ending or a short list of irregular
// forms.
//
// A particle may stand between the participle and "by" ("was sworn in
// by": swear_in). After a form of "be" any form is the participle,
// whatever its ending ("was slain by", "was sought by"), and so is the
// verb's base, a misspelling news copy often has ("The court is lead by
// Ann Lee": lead).
func passiveBy(x schema.Extraction) (string, bool) {
	base, ok := strings.CutSuffix(x.Lemma, "_by")
	verb, particle, phrasal := strings.Cut(base, "_")
	if !ok || phrasal && (!passiveParticles[particle] || strings.Contains(particle, "_")) || verb == "be" {
		return "", false
	}
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	if len(w) < 2 || w[len(w)-1] != "by" {
		return "", false
	}
	w = w[:len(w)-1]
	// "was followed closely by", "is recognized only by", "was picked up
	// quickly by": an adverb between the participle and "by".
	for len(w) >= 3 && byAdverb(w[len(w)-1]) && (participle(w[len(w)-2]) || phrasal && w[len(w)-2] == particle) {
		w = w[:len(w)-1]
	}
	if phrasal {
		if len(w) < 2 || w[len(w)-1] != particle {
			return "", false
		}
		w = w[:len(w)-1]
	}
	if participle(w[len(w)-1]) {
		return base, true
	}
	if len(w) >= 2 && passiveAux[w[len(w)-2]] && verb != "get" && verb != "know" {
		return base, true // "was slain by", "is lead by" (the participle misspelt as its base)
	}
	return "", false
}

// byAdverb reports whether w, between a passive's participle and "by",
// is an adverb: one of [passiveAdverbs], "only", or a word in -ly.
func byAdverb(w string) bool {
	return passiveAdverbs[w] || w == "only" || len(w) > 4 && strings.HasSuffix(w, "ly")
}

// verdictVerbs are the acts a court or a chamber performs on a person
// that news writes in the passive with "in" and the body: "was acquitted
// in the Senate", "was convicted in the High Court".
var verdictVerbs = map[string]bool{
	"acquit": true, "convict": true, "impeach": true, "confirm": true, "sentence": true, "indict": true,
}

// verdictIn returns the verb of x, a passive of [verdictVerbs] with "in"
// and obj, a legislature or a court, as its object ("were acquitted in the
// Senate": acquit), and whether x is one.
func verdictIn(x schema.Extraction, obj *docEntity) (string, bool) {
	base, ok := strings.CutSuffix(x.Lemma, "_in")
	if !ok || !verdictVerbs[base] || obj == nil || obj.typ != schema.Organization {
		return "", false
	}
	if f := strings.Fields(obj.name); !legislature(obj) && f[len(f)-1] != "Court" && f[len(f)-1] != "Tribunal" {
		return "", false
	}
	w := strings.Fields(strings.ToLower(x.Relation))
	n := len(w)
	if n < 3 || w[n-1] != "in" || !passiveAux[w[n-3]] || !participle(w[n-2]) {
		return "", false
	}
	return base, true
}

// irregularParticiples are past participles that end neither in -ed nor
// in -en.
var irregularParticiples = map[string]bool{
	"led": true, "held": true, "sent": true, "built": true, "caught": true, "found": true, "told": true,
	"shot": true, "hit": true, "made": true, "won": true, "run": true, "brought": true, "bought": true,
	"fought": true, "taught": true, "sold": true, "struck": true, "kept": true, "paid": true, "met": true,
	"left": true, "put": true, "set": true, "cut": true, "hurt": true, "beat": true, "read": true, "heard": true,
	"sworn": true, "slain": true, "sought": true, "upheld": true, "withheld": true, "dealt": true, "done": true,
	"undone": true, "overrun": true, "spent": true, "lost": true, "bound": true, "fed": true, "shut": true,
	"spread": true, "swept": true, "stuck": true, "shown": true, "thrown": true, "overthrown": true, "drawn": true,
	"withdrawn": true, "grown": true, "blown": true, "flown": true, "withstood": true, "understood": true,
	"thought": true, "hung": true, "dug": true, "lit": true,
}

// postAppositive returns the person named in apposition after an envoy's
// post that follows the head ending at e: "Norway's ambassador to Denmark,
// Ola Berg," (as [withoutPost] reads it for the role). It returns nil
// otherwise. A place after "in" ("the US diplomat in Cuba, Tom Wu,") is
// left alone: the extractor's "diplomat in Cuba" then places the person,
// which the annotators do not count.
func postAppositive(toks []nlp.Token, e int, covered func(int) *mention) *mention {
	if e+2 >= len(toks) || e == 0 || toks[e].Text != "to" || !envoyNoun(toks[e-1].Text) {
		return nil
	}
	j := e + 1
	if strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	post := covered(j)
	if post == nil || post.start != j || post.ent == nil || !named(post) || post.end+1 >= len(toks) {
		return nil
	}
	if m := covered(post.end); m != nil && m.start == post.end && m.ent != nil && m.ent.typ == schema.Person && named(m) && len(m.titles) > 0 {
		return m // "Norway's ambassador to Denmark Ola Berg": the title's holder
	}
	if toks[post.end].Text != "," {
		return nil
	}
	m := covered(post.end + 1)
	if m == nil || m.start != post.end+1 || m.ent == nil || m.ent.typ != schema.Person || !named(m) ||
		m.end < len(toks) && toks[m.end].Text != "," && toks[m.end].Text != "." {
		return nil
	}
	return m
}

// nameBeforeApposition returns the named person whose apposition spans
// tokens [first, last), right after the name and a comma, when a relative
// clause on "who" follows it ("Ann Lee, a director of the Halvik
// Commission, who was treated ..."), or nil: the clause is the person's,
// not the body's. Without the clause the words may be no apposition at
// all ("According to Ann Lee, a detective ... was given").
func nameBeforeApposition(toks []nlp.Token, first, last int, covered func(int) *mention) *mention {
	if first < 2 || toks[first-1].Text != "," || last+1 >= len(toks) || toks[last].Text != "," || toks[last+1].Lower() != "who" {
		return nil
	}
	p := covered(first - 2)
	if p == nil || p.end != first-1 || p.ent == nil || p.ent.typ != schema.Person || !named(p) {
		return nil
	}
	return p
}

// relativeApposition returns the named person before an apposition that
// spans tokens [first, last) and that a relative clause on "who" goes on
// ("Tom Wu, a Syrian man who died in Oslo,"; the clause's subject is the
// apposition): "a" or "an", lower-case modifiers or a state's adjective,
// then a noun of a person or a role, which ends at e. It returns nil
// otherwise.
func relativeApposition(toks []nlp.Token, first, last, e int, covered func(int) *mention) *mention {
	if first < 2 || toks[first-1].Text != "," || last >= len(toks) || toks[last].Lower() != "who" || e != last ||
		toks[first].Lower() != "a" && toks[first].Lower() != "an" {
		return nil
	}
	head := toks[e-1].Lower()
	if _, person := personNouns[head]; !person && !roleNoun(head) || isCap(toks[e-1].Text) {
		return nil
	}
	for k := first + 1; k < e-1; k++ {
		if m := covered(k); m != nil || !strings.HasPrefix(toks[k].Tag, "JJ") && !strings.HasPrefix(toks[k].Tag, "NN") {
			return nil // "a man of the Halvik Party who": not the name's apposition alone
		}
	}
	p := covered(first - 2)
	if p == nil || p.end != first-1 || p.ent == nil || p.ent.typ != schema.Person || !named(p) || p.possessive {
		return nil
	}
	return p
}

// demonymAsNoun reports whether toks[k], a capitalised adjective of a
// state's people right after "a" or "an" and before a comma, is used as a
// noun for one of them: "An Australian, Tom Wu, appeared in court".
func demonymAsNoun(toks []nlp.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].Tag == "JJ" && isCap(toks[k].Text) && singularDemonym(toks[k].Text) &&
		(toks[k-1].Lower() == "a" || toks[k-1].Lower() == "an") && toks[k+1].Text == ","
}

// adjectiveBeforeNaming reports whether toks[j] is a capitalised
// adjective before a lower-case noun and a naming word ("a Polish chef
// named"): a description's word, not the name the apposition gives.
func adjectiveBeforeNaming(toks []nlp.Token, j int) bool {
	return j+2 < len(toks) && toks[j].Tag == "JJ" && isCap(toks[j].Text) && strings.HasPrefix(toks[j+1].Tag, "NN") &&
		!isCap(toks[j+1].Text) && namingWords[toks[j+2].Lower()]
}

// anotherOne reports whether toks[k] is "another" standing for a person
// before an apposition ("and another, a chef named Tom Wu, hit him").
func anotherOne(toks []nlp.Token, k int) bool {
	return k >= 0 && toks[k].Lower() == "another" && (k == 0 || toks[k-1].Lower() == "and" || toks[k-1].Text == ",")
}

// appositiveName returns the named actor in apposition after a common-noun
// head that ends at token e ("another localist camp candidate, veteran
// politician Raymond Wong", "a Scientology attorney, Ola Lind"):
// after a comma, at most three lower-case words, then a name that ends the
// sentence, is closed by a comma or goes on with of or from, even where the
// argument stopped before the apposition. It returns nil otherwise.
func appositiveName(toks []nlp.Token, e int, covered func(int) *mention) *mention {
	last := len(toks)
	if e+1 >= last || toks[e].Text != "," || !strings.HasPrefix(toks[e-1].Tag, "NN") && !demonymAsNoun(toks, e-1) && !anotherOne(toks, e-1) {
		return nil
	}
	if h := covered(e - 1); h != nil && named(h) {
		return nil
	}
	j, most := e+1, e+3
	for ; j < last && j <= most && covered(j) == nil; j++ {
		if adjectiveBeforeNaming(toks, j) {
			most++ // "Polish" in "a Polish chef named"
			continue
		}
		if namingWords[toks[j].Lower()] && j > e+1 && strings.HasPrefix(toks[j-1].Tag, "NN") {
			most = j + 1 // "another man, a Polish chef named Tom Wu,"
			continue
		}
		if isCap(toks[j].Text) {
			c := titledNameAfter(toks, j, covered)
			if c == nil {
				return nil
			}
			j = c.start // "his predecessor, President Tom Wu"
			break
		}
		if !(strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Tag == "JJ" || toks[j].Tag == "DT") {
			return nil
		}
	}
	m := covered(j)
	if m == nil || m.start != j || m.ent == nil || !named(m) {
		return nil
	}
	if ellipsisAt(toks, m.end) {
		return nil // "came to the house, the police... a constable took me": speech broken off, no apposition
	}
	if m.end < last && !adjunctsToEnd(toks, m.end) {
		switch toks[m.end].Lower() {
		case ",", ".", "of", "from": // "Raymond Wong of the Proletariat Political Institute"
		default:
			return nil
		}
	}
	switch m.ent.typ {
	case schema.Person, schema.Organization, schema.GPE, schema.Group:
		return m
	}
	return nil
}

// ellipsisAt reports whether an ellipsis opens at token i of toks: "…",
// "...", or the three full stops the tokenizer splits "…" into.
func ellipsisAt(toks []nlp.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch t := toks[i].Text; {
	case t == "…" || t == "...":
		return true
	case t == ".":
		return i+2 < len(toks) && toks[i+1].Text == "." && toks[i+2].Text == "."
	}
	return false
}

// titledNameAfter returns the named person whose titles are the
// capitalised words from token j on ("President", "General", "Sultan"
// before "Tom Wu"), or nil: the title is written outside the name's
// mention, and is the person's.
func titledNameAfter(toks []nlp.Token, j int, covered func(int) *mention) *mention {
	k := j
	for ; k < len(toks) && k < j+3 && covered(k) == nil; k++ {
		if !isCap(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "NN") {
			return nil
		}
	}
	c := covered(k)
	if c == nil || c.start != k || c.ent == nil || c.ent.typ != schema.Person || !named(c) || len(c.titles) == 0 ||
		!strings.HasSuffix(c.full, joinText(toks[j:c.end])) {
		return nil
	}
	return c
}

// adjunctsToEnd reports whether the tokens from k on are place or time
// phrases that run to the end of the sentence, with no verb, comma or
// conjunction among them: "in Athens.", "at a Baghdad airport on Friday".
// An apposition whose closing comma the writer left out ends before them:
// "met the Greek leader, Tom Wu in Athens".
func adjunctsToEnd(toks []nlp.Token, k int) bool {
	if k >= len(toks) || !adjunctPreps[toks[k].Lower()] {
		return false
	}
	for ; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.Text == "." && k == len(toks)-1:
			return true
		case t.Tag == "IN":
			if !adjunctPreps[t.Lower()] {
				return false
			}
		case strings.HasPrefix(t.Tag, "NN"), strings.HasPrefix(t.Tag, "JJ"), t.Tag == "DT", t.Tag == "CD", t.Tag == "PRP$", t.Tag == "POS":
		default:
			return false // a verb, a comma, a conjunction or a clause
		}
	}
	return true
}

// adjunctPreps open the place and time phrases of [adjunctsToEnd].
var adjunctPreps = map[string]bool{
	"in": true, "at": true, "on": true, "near": true, "during": true, "outside": true, "inside": true,
}

// isModifier reports whether t may lead a noun phrase without being its
// head: determiners, quantifiers and adverbs.
func isModifier(t nlp.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "RB", "``", "''", "(":
		return true
	}
	return false
}

// phrasePlace reports whether x is the "is in" reading of a noun phrase's
// place after a singular common noun and of/for ("the killing of Tom Wu
// in Oslo" read as Tom Wu "is in" Oslo): the subject's words follow "of"
// or "for" after a lower-case singular noun and are followed at once by
// "in", with no verb written between. A list's towns ("the towns of Beni
// and Katwa in Congo") follow a plural.
func phrasePlace(s nlp.Sentence, x schema.Extraction) bool {
	if x.Relation != "is in" && x.Relation != "are in" {
		return false
	}
	toks := s.Tokens
	first, last := argTokens(s, x.Subject)
	if first < 2 || last >= len(toks) || toks[last].Lower() != "in" {
		return false
	}
	if p := toks[first-1].Lower(); p != "of" && p != "for" {
		return false
	}
	n := toks[first-2]
	return n.Tag == "NN" && !isCap(n.Text)
}

// possessedParticiple reports whether token e, before last, is a past
// participle between a possessive pronoun and a common noun: "his proposed
// budget", "their planned merger", "its stated aim". The participle
// modifies what is possessed, so the phrase's head is that noun, not the
// pronoun before it.
func possessedParticiple(toks []nlp.Token, e, last int) bool {
	if e < 1 || e+1 >= last || toks[e-1].Tag != "PRP$" || isCap(toks[e].Text) {
		return false
	}
	if t := toks[e].Tag; t != "VBN" && t != "VBD" {
		return false
	}
	n := toks[e+1]
	return strings.HasPrefix(n.Tag, "NN") && !isCap(n.Text)
}

// isBoundary reports whether t ends the head of a noun phrase.
func isBoundary(t nlp.Token) bool {
	switch t.Tag {
	case ",", ":", "(", ")", "IN", "TO", "CC", "WDT", "WP", "WRB", "MD", "``", "''", ".":
		return true
	}
	return strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG"
}

// partyOf returns the one party (an organisation described as one, not
// a camp or an alliance) the facts so far make person p a member of, or
// nil when they name none or several.
func (d *docState) partyOf(p *docEntity) *docEntity {
	return d.oneObject(p, func(f *docFact) bool {
		return f.Lemma == schema.MemberOf && f.obj.typ == schema.Organization && f.obj.desc["party"]
	})
}

// messageAuthor returns the actor who made the message that is x's
// subject, when that subject is a message noun of statementNouns ("a
// statement") that another reading of the sentence has as its object, an
// actor its subject and a verb of issueVerbs its verb: "Ann Lee issued a
// statement urging Tom Wu to resign" (Ann Lee urged Tom Wu), "Globex sent
// a letter thanking Norway", "wrote him a letter thanking Norway" (the
// message after a first object). Only a verb of speechActs after the message
// counts; "Tom Wu read a statement urging" gives none.
func (d *docState) messageAuthor(si int, s nlp.Sentence, x schema.Extraction) (*docEntity, schema.Extraction) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !speechActs[verb] || x.Subject.End <= x.Subject.Start {
		return nil, schema.Extraction{}
	}
	first, end := argTokens(s, x.Subject)
	if first < 0 || end-first > 4 || !statementNouns[s.Tokens[end-1].Lower()] {
		return nil, schema.Extraction{}
	}
	switch s.Tokens[first].Lower() {
	case "a", "an", "the":
	default:
		return nil, schema.Extraction{}
	}
	for _, y := range d.xs {
		v, _, _ := strings.Cut(y.Lemma, "_")
		same := y.Object.Start == x.Subject.Start && y.Object.End == x.Subject.End
		if _, e := argTokens(s, y.Object); !same && (e != first || y.Object.End <= y.Object.Start) || y.Negated || !issueVerbs[v] {
			// "had written him a letter thanking": the message is the
			// second object, right after the first.
			continue
		}
		if a, _, _ := d.argument(si, s, y.Subject); a != nil && actorEntity(a) {
			return a, y
		}
	}
	return nil, schema.Extraction{}
}

// coIssuers returns the actors other than author that the sentence's
// other readings have issue the same message as y: the extractor reads
// "Norway and Sweden issued a statement condemning Denmark" as one
// reading a member, and every member condemned Denmark.
func (d *docState) coIssuers(si int, s nlp.Sentence, y schema.Extraction, author *docEntity) []*docEntity {
	var out []*docEntity
	for _, z := range d.xs {
		if z.Relation != y.Relation || z.Negated || z.Object.Start != y.Object.Start || z.Object.End != y.Object.End ||
			z.Subject.Start == y.Subject.Start {
			continue
		}
		if a, _, _ := d.argument(si, s, z.Subject); a != nil && a != author && actorEntity(a) && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// trailingExamples returns the actors named after ", such as" at the end
// of x's clause when x's subject is a plural noun phrase without a name
// ("Several leaders have urged Tom Wu to resign, such as Senator Ann
// Lee"): the examples are of the subject, and each did what it did. It
// returns nil when another verb stands between x's object and the
// examples, whose clause they may belong to.
func (d *docState) trailingExamples(si int, s nlp.Sentence, x schema.Extraction) []*docEntity {
	first, last := argTokens(s, x.Subject)
	_, oe := argTokens(s, x.Object)
	toks := s.Tokens
	if first < 0 || oe <= last || last-first > 4 || toks[last-1].Tag != "NNS" && toks[last-1].Tag != "NNPS" {
		return nil // "Several leaders", "Other Republicans"
	}
	for k := first; k+1 < last; k++ {
		if isCap(toks[k].Text) && k > first {
			return nil // "Norway's leaders": a name
		}
	}
	k := oe
	for k+2 < len(toks) && toks[k].Text != "," {
		if strings.HasPrefix(toks[k].Tag, "VB") && toks[k].Tag != "VB" {
			return nil
		}
		k++
	}
	if k+3 >= len(toks) || toks[k+1].Lower() != "such" || toks[k+2].Lower() != "as" {
		return nil
	}
	var start = -1
	for _, m := range d.sents[si] {
		if m.start >= k+3 && m.start <= k+8 && m.ent != nil {
			if m.end < len(toks) && (toks[m.end].Tag == "NN" || toks[m.end].Tag == "NNP") {
				continue // "New Jersey governor Chris Christie": a title's place
			}
			start = m.start
			break
		}
	}
	if start < 0 {
		return nil
	}
	for j := k + 3; j < start; j++ {
		if t := toks[j].Tag; t != "NN" && t != "NNP" && t != "JJ" && t != "DT" {
			return nil // only a title may stand before the first name
		}
	}
	var out []*docEntity
	for _, m := range listAt(toks, d.sents[si], start) {
		if actorEntity(m.ent) {
			out = append(out, m.ent)
		}
	}
	return out
}

// adjunctAuthor returns the author of a message when x's subject is what
// the phrase after the message names, where or when it was made, and x's
// verb one of speechActs: "Tom Wu posted a message on Twitter blaming
// Iran" (Tom Wu blamed Iran, not Twitter), "Ann Lee released a statement
// on Monday accusing Halvik". The extractor hangs the participle on the
// nearest noun. It returns nil otherwise.
func (d *docState) adjunctAuthor(si int, s nlp.Sentence, x schema.Extraction) (*docEntity, schema.Extraction) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !speechActs[verb] || x.Subject.End <= x.Subject.Start {
		return nil, schema.Extraction{}
	}
	first, _ := argTokens(s, x.Subject)
	if first < 1 || s.Tokens[first-1].Tag != "IN" {
		return nil, schema.Extraction{}
	}
	for _, y := range d.xs {
		v, _, _ := strings.Cut(y.Lemma, "_")
		if y.Negated || !issueVerbs[v] || y.Object.End <= y.Object.Start {
			continue
		}
		if _, e := argTokens(s, y.Object); e < 1 || !statementNouns[s.Tokens[e-1].Lower()] {
			continue
		}
		for _, a := range y.Extra {
			if a.Start < y.Object.End || a.Start > x.Subject.Start || a.End != x.Subject.End {
				continue
			}
			if w, _, _ := d.argument(si, s, y.Subject); w != nil && actorEntity(w) {
				return w, y
			}
		}
	}
	return nil, schema.Extraction{}
}

// orderedAides returns the actor whose own people x's subject names, when
// an order verb stands right before that subject and "to" right after it:
// "Tom Wu ordered his staff to delay the aid" (Tom Wu delayed it),
// "instructed its lawyers to sue Halvik", "directed Ann Lee's aides to
// call Oslo". Aides carry out what their principal orders; the report
// names the act as his. A wish ("told his aides to", "asked") stays
// unreported, as [wishedOfOther] has it. It returns nil otherwise.
func (d *docState) orderedAides(si int, s nlp.Sentence, x schema.Extraction) *docEntity {
	first, end := argTokens(s, x.Subject)
	toks := s.Tokens
	if first < 1 || end >= len(toks) || toks[end].Lower() != "to" || !orderedVerbs[toks[first-1].Lower()] {
		return nil
	}
	a := d.possessorOf(si, s, x.Subject, func(w string) bool { return aideNouns[w] })
	if a == nil || !actorEntity(a) {
		return nil
	}
	return a
}

// orderedVerbs hand an act to the ones they order ([docState.orderedAides]).
var orderedVerbs = map[string]bool{
	"ordered": true, "instructed": true, "directed": true, "authorized": true, "authorised": true, "tasked": true,
}

// aideNouns are the people who act for their principal on his order.
var aideNouns = map[string]bool{
	"staff": true, "aides": true, "aide": true, "advisers": true, "advisors": true, "adviser": true, "advisor": true,
	"lawyers": true, "lawyer": true, "attorneys": true, "attorney": true, "subordinates": true, "officials": true,
	"staffers": true, "team": true,
}

// issueVerbs make a message their subject's: "issued a statement", not
// "read a statement".
var issueVerbs = map[string]bool{
	"issue": true, "write": true, "send": true, "release": true, "publish": true, "sign": true,
	"deliver": true, "pen": true, "draft": true, "post": true, "circulate": true, "submit": true,
}

// handedControl returns the token of "control" (or "sovereignty") when x
// hands over control of its object's actor, or -1: a verb of giving up or
// handing and "control of" or "sovereignty over" opening the object or
// closing the relation ("relinquished control of | Hong Kong", "ceded |
// sovereignty over Halden").
func handedControl(s nlp.Sentence, x schema.Extraction) int {
	switch verb, _, _ := strings.Cut(x.Lemma, "_"); verb {
	case "relinquish", "hand", "transfer", "cede", "surrender", "give", "return":
	default:
		return -1
	}
	first, last := argTokens(s, x.Object)
	if first < 0 {
		return -1
	}
	control := func(k int) bool {
		switch s.Tokens[k].Lower() + " " + s.Tokens[k+1].Lower() {
		case "control of", "control over", "sovereignty over", "sovereignty of":
			return true
		}
		return false
	}
	switch {
	case first+2 < last && control(first):
		return first // "ceded | sovereignty over Halden"
	case first >= 2 && control(first-2):
		return first - 2 // "relinquished control of | Hong Kong"
	}
	return -1
}

// aboutSpeech reports whether lemma is a verb of speaking and the
// preposition of what it speaks of ("speak_about", "comment_on"), which
// leaves the one spoken to for a phrase after the object.
func aboutSpeech(lemma string) bool {
	verb, prep, _ := strings.Cut(lemma, "_")
	if prep != "about" && prep != "on" {
		return false
	}
	switch verb {
	case "speak", "talk", "comment", "complain", "testify", "boast", "joke":
		return true
	}
	return false
}

// speechActs are the verbs of speaking to an actor that a message does for
// its author.
var speechActs = map[string]bool{
	"urge": true, "thank": true, "ask": true, "warn": true, "accuse": true, "call": true, "tell": true,
	"criticize": true, "criticise": true, "condemn": true, "praise": true, "congratulate": true,
	"invite": true, "demand": true, "request": true, "blame": true, "inform": true, "advise": true,
}

// campaignHeads are the nouns of a person's campaign that "of" and the
// person's name follow ("the campaign of Tom Wu").
var campaignHeads = map[string]bool{"campaign": true}

// campaignOf reports whether toks, the words after a person's
// possessive or name, name the person's campaign, which speaks and acts
// for the candidate: "Ann Lee's campaign", "the Lee campaign", "his
// re-election campaign".
func campaignOf(toks []nlp.Token) bool {
	switch strings.ToLower(joinText(toks)) {
	case "campaign", "campaign team", "re-election campaign", "reelection campaign", "presidential campaign",
		"election campaign", "campaign staff":
		return true
	}
	return false
}

// regimeOf reports whether toks, the words after a person's possessive,
// name the government the person leads ([regimeNouns], or rule), which
// stands for its leader: "a movement against Ann Lee's government", "a
// threat to Wu's rule", "her military regime".
func regimeOf(toks []nlp.Token) bool {
	n := len(toks)
	if n == 2 && toks[0].Lower() == "military" {
		toks, n = toks[1:], 1
	}
	return n == 1 && (regimeNouns[toks[0].Lower()] || toks[0].Lower() == "rule")
}

// counselOf reports whether toks, the words after a possessive, name the
// counsel that acts for the possessor: "lawyers", "legal team", "defence
// attorneys".
func counselOf(toks []nlp.Token) bool {
	switch strings.ToLower(joinText(toks)) {
	case "lawyers", "attorneys", "legal team", "defence team", "defense team", "legal counsel", "counsel",
		"defence lawyers", "defense lawyers", "defence attorneys", "defense attorneys", "legal representatives":
		return true
	}
	return false
}

// gerundPhrase reports whether prev, a prepositional phrase whose verb is
// a gerund right after its preposition ("over selling its stores", "about
// moving the embassy", "pleaded guilty to providing support"), ends where
// a begins: a, attached by the extractor to the main verb, is the gerund's
// ("to Tesco", "to Jerusalem", "to the Taliban"). After "of" the "gerund"
// is mostly a noun ("three days of mourning for").
func gerundPhrase(s nlp.Sentence, prev, a schema.Argument) bool {
	f, l := argTokens(s, prev)
	af, _ := argTokens(s, a)
	return f >= 0 && l > f+1 && l == af && (s.Tokens[f].Tag == "IN" || s.Tokens[f].Tag == "TO") && s.Tokens[f].Lower() != "of" && s.Tokens[f+1].Tag == "VBG"
}

// actNounPhrase reports whether a, a phrase opened by prep, follows prev
// at once and prev ends with a noun of an act of [violentActs] that takes
// prep for its patient ("for the attack" then "on Oslo"): the phrase is
// the act's, not the verb's.
func actNounPhrase(s nlp.Sentence, prev, a schema.Argument, prep string) bool {
	_, l := argTokens(s, prev)
	af, _ := argTokens(s, a)
	if l < 1 || l != af {
		return false
	}
	nom := nominals.at(s.Tokens[l-1].Lower())
	return violentActs[nom.lemma] && slices.Contains(nom.preps, prep)
}

// cutHolderName returns the person named after an organisation's name and
// a lower-case role ("Centre for Peace director Tom Wu", "Party for
// Socialism and Liberation presidential nominee Ann Lee") when the
// argument ending at last was cut inside that name, at its "for": the
// argument is the person, not the body. It returns nil otherwise.
func cutHolderName(toks []nlp.Token, last int, covered func(int) *mention) *mention {
	if last < 1 || last >= len(toks) || toks[last].Text != "for" {
		return nil
	}
	o := covered(last - 1)
	if o == nil || o.end <= last || o.ent == nil || o.ent.typ != schema.Organization {
		return nil
	}
	k := o.end
	for k < len(toks) && k < o.end+3 && !isCap(toks[k].Text) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "VBN") {
		k++
	}
	if k == o.end || !roleNoun(toks[k-1].Lower()) {
		return nil
	}
	p := covered(k)
	if p == nil || p.start != k || p.ent == nil || p.ent.typ != schema.Person || !named(p) {
		return nil
	}
	return p
}

// nameCutByVerb reports whether an object argument a starts inside a
// name whose words before it are verb forms the extractor took for the
// relation: in "Planned Parenthood, along with the ACLU have announced",
// "Planned" is no verb of the ACLU and "Parenthood" no object. A verb is
// never part of its own object's name. (A subject cut so, "Parenthood" in
// "Planned Parenthood sued Ohio", still names its actor.)
func (d *docState) nameCutByVerb(si int, s nlp.Sentence, a schema.Argument) bool {
	if a.Text == "" || si >= len(d.sents) {
		return false
	}
	first, _ := argTokens(s, a)
	if first <= 0 {
		return false
	}
	var m *mention
	for _, c := range d.sents[si] {
		if c.start < first && first < c.end && !c.adj && (m == nil || c.end-c.start > m.end-m.start) {
			m = c
		}
	}
	if m == nil || m.ent == nil || !named(m) {
		return false
	}
	for i := m.start; i < first; i++ {
		if !strings.HasPrefix(s.Tokens[i].Tag, "VB") {
			return false
		}
	}
	return true
}

// titledWork reports whether the name at token k follows "entitled" or
// "titled", maybe after an opening quotation mark: 'a book titled
// "Norway"', "an artwork entitled America". The name is a work's title,
// not the state or the person it spells.
func titledWork(toks []nlp.Token, k int) bool {
	j := k - 1
	if j > 0 && quoteOpen(toks[j].Text) {
		j--
	}
	return j >= 0 && (toks[j].Lower() == "entitled" || toks[j].Lower() == "titled")
}

// authoredWork reports whether the name of e that opens the argument a
// is followed at once by "by" and another person's name ("reading Bright
// Future by Ola Nord", "sang Long Road by Ann Lee"): the object of an
// active verb so written is a work and its author, and the name the
// work's title, which the recogniser may have taken for a body's or a
// person's.
func (d *docState) authoredWork(si int, s nlp.Sentence, a schema.Argument, e *docEntity) bool {
	first, _ := argTokens(s, a)
	if first < 0 {
		return false
	}
	end := -1
	for _, m := range d.sents[si] {
		if m.start == first && m.ent == e && named(m) && !m.possessive {
			end = m.end
		}
	}
	if end < 0 || end+1 >= len(s.Tokens) || s.Tokens[end].Lower() != "by" {
		return false
	}
	for _, m := range d.sents[si] {
		if m.start == end+1 && m.ent != nil && m.ent != e && m.ent.typ == schema.Person && named(m) && !m.possessive {
			return true
		}
	}
	return false
}

// seatAfter reports whether the word right after argument a is "seat" or
// "seats", which the extractor read as a verb and left out of the
// argument: in "an election to fill the United States House of
// Representatives seat formerly held by Tom Wu" what is filled is the
// seat, not the chamber.
func seatAfter(s nlp.Sentence, a schema.Argument) bool {
	if a.Text == "" {
		return false
	}
	_, last := argTokens(s, a)
	if last < 0 || last >= len(s.Tokens) {
		return false
	}
	w := s.Tokens[last].Lower()
	return w == "seat" || w == "seats"
}

// joinedRoleBefore adds subj's role in o that a role noun joined by "and"
// before the copula's object states: "Tom Hale was the drummer and
// co-founder of Lumen" (the extractor reads "was the drummer" apart from
// "was co-founder of Lumen"): the drummer of Lumen is its member. The
// first noun must open its phrase after an article and at most two
// lower-case modifiers.
func (d *docState) joinedRoleBefore(si int, s nlp.Sentence, x schema.Extraction, subj, o *docEntity) {
	first, _ := argTokens(s, x.Object)
	if first < 3 || s.Tokens[first-1].Lower() != "and" || !strings.HasPrefix(s.Tokens[first-2].Tag, "NN") {
		return
	}
	w := s.Tokens[first-2].Lower()
	k := first - 3
	for k > 0 && k >= first-5 && lowerWord(s.Tokens[k].Text) && (strings.HasPrefix(s.Tokens[k].Tag, "JJ") || s.Tokens[k].Tag == "NN") {
		k-- // "the lead singer", "the founding chief executive"
	}
	if !article(s.Tokens[k].Lower()) {
		return
	}
	lemma := roleLemma([]string{w})
	if founderNouns[w] {
		lemma = "found"
	}
	if lemma != "" && subj != o {
		d.derive(si, x.Subject, x.Relation, lemma, subj, o, "", x.Confidence*placeArgConf)
	}
}

// namedDivision reports whether arg names a place titled by a noun of a
// place's division, before it or before the list it ends: "the cities
// Lodi", "the towns Lodi and Halvik". The name is a place, whatever the
// name's own type.
func namedDivision(s nlp.Sentence, arg schema.Argument) bool {
	first, last := argTokens(s, arg)
	if first < 0 {
		return false
	}
	for k := first; k < last && k < first+2; k++ {
		if divisionNouns[s.Tokens[k].Lower()] && k+1 < last && isCap(s.Tokens[k+1].Text) {
			return true // "the cities Lodi"
		}
	}
	for k := first - 1; k > 0 && k >= first-8; k-- {
		switch t := s.Tokens[k]; {
		case divisionNouns[t.Lower()]:
			return k+1 < first && isCap(s.Tokens[k+1].Text) // "the towns Lodi and Halvik"
		case t.Text != "and" && t.Text != "," && !isCap(t.Text):
			return false
		}
	}
	return false
}

// homePlace returns the place named by x's in-argument that opens at
// token k, right after "his home": its first name, or the name after "of"
// in "the neighbouring state of Maine"; nil when a person is named first.
func (d *docState) homePlace(si int, s nlp.Sentence, x schema.Extraction, k int) *docEntity {
	if k+1 >= len(s.Tokens) || s.Tokens[k].Lower() != "in" {
		return nil
	}
	var in schema.Argument
	for _, a := range append([]schema.Argument{x.Object}, x.Extra...) {
		if f, _ := argTokens(s, a); f == k || f == k+1 {
			in = a
		}
	}
	if in.End <= in.Start {
		return nil
	}
	_, last := argTokens(s, in)
	for _, m := range d.sents[si] {
		if m.ent == nil || m.start <= k || m.end > last {
			continue
		}
		if m.start != k+1 && !(m.start == k+2 && s.Tokens[k+1].Tag == "DT") && s.Tokens[m.start-1].Lower() != "of" {
			return nil // "in Tom Wu's home town of Oslo"
		}
		if isPlace(m.ent) {
			return m.ent
		}
		return nil
	}
	return nil
}

// dwellingNouns are the words of a person's dwelling that a place before
// them locates: "his Ohio home", "her Oslo apartment".
var dwellingNouns = map[string]bool{"home": true, "house": true, "residence": true, "apartment": true, "flat": true, "mansion": true}

// homeAt: "Tom Wu died at his Ohio home", "was arrested at her Oslo
// apartment": a person at his or her own dwelling, which a place before
// its noun locates, lives in that place, and one who died there died in
// it. Only a place phrase after "at"
// or "in" counts, in the relation ("died at") or an extra argument, and
// only when no other person is named in it, whose home it might be.
func (d *docState) homeAt(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	var relArr [16]string
	rel := lowerFields(relArr[:0], x.Relation)
	args := []schema.Argument{}
	if n := len(rel); n > 1 && (rel[n-1] == "at" || rel[n-1] == "in") {
		args = append(args, x.Object)
	}
	for _, a := range x.Extra {
		if w, _, _ := strings.Cut(strings.ToLower(a.Text), " "); w == "at" || w == "in" {
			args = append(args, a)
		}
	}
	for _, a := range args {
		first, last := argTokens(s, a)
		if first >= 0 && (s.Tokens[first].Lower() == "at" || s.Tokens[first].Lower() == "in") {
			first++
		}
		if first < 0 || last-first < 2 || !dwellingNouns[s.Tokens[last-1].Lower()] {
			continue
		}
		if w := s.Tokens[first].Lower(); w != "his" && w != "her" {
			continue
		}
		if last-first == 2 {
			// "was arrested at his home in Oslo", "at her home in the
			// state of Maine": the place after the home's "in".
			if verb, _, _ := strings.Cut(x.Lemma, "_"); verb == "die" || verb == "pass" {
				continue // "died at his home in Oslo": die_in says it
			}
			if place := d.homePlace(si, s, x, last); place != nil && place != subj {
				d.derive(si, x.Subject, "home", liveIn, subj, place, "", x.Confidence*placeArgConf)
			}
			continue
		}
		var place *docEntity
		for _, m := range d.sents[si] {
			if m.ent == nil || m.start <= first || m.end > last {
				continue
			}
			if m.ent.typ == schema.Person && m.kind != mPronoun {
				place = nil // "at Tom Wu's Oslo home"
				break
			}
			if m.start == first+1 && m.end == last-1 && isPlace(m.ent) && m.ent != subj {
				place = m.ent
			}
		}
		if place != nil {
			d.derive(si, x.Subject, "home", liveIn, subj, place, "", x.Confidence*placeArgConf)
			if verb, _, _ := strings.Cut(x.Lemma, "_"); verb == "die" || verb == "pass" {
				// "died at his Ohio home": he died in Ohio, as "died at
				// his home in Ohio" says with die_in.
				d.derive(si, x.Subject, "home", "die_in", subj, place, "", x.Confidence*placeArgConf)
			}
		}
	}
}
