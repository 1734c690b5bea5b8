package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// lightVerbs carry little meaning of their own before an event noun: "made
// a donation to", "issued her support to", "tweeted support of", "put
// pressure on", "conducted an inquiry into", "oversaw the inquiry into".
var lightVerbs = map[string]bool{
	"make": true, "give": true, "issue": true, "express": true, "voice": true, "offer": true, "tweet": true,
	"send": true, "extend": true, "pledge": true, "lend": true, "deliver": true, "launch": true, "lodge": true,
	"file": true, "pay": true, "post": true, "open": true, "put": true, "exert": true, "apply": true, "pile": true,
	"pose": true, "conduct": true, "oversee": true,
}

// heldNoun returns the relation of an extractor lemma that folds a light
// verb, its event noun and the noun's preposition into one ("held talks
// with" hold_talks_with, "imposed sanctions on", "carried out strikes on",
// "voiced opposition to"): the noun's act, talk_with, sanction, strike,
// oppose; or "" when lemma is no such fold. Verbs that take an act done
// together ([withVerbs]) pass only such acts ("reached a deal with").
func heldNoun(lemma string) string {
	var wArr [8]string
	w := splitLemma(wArr[:0], lemma)
	if n := len(w); n >= 4 && w[n-3] == "in" && w[n-2] == "protest" && protestPreps[w[n-1]] {
		return "protest" // "resigned in protest against"
	}
	if len(w) == 4 && (w[1] == "out" || w[2] == "a" || w[2] == "an" || nominals.at(w[2]).lemma != "") {
		// "carry_out_strikes_on", "file_a_lawsuit_against", a modifier
		// before the noun: "impose_new_sanctions_on"
		w = []string{w[0], w[len(w)-2], w[len(w)-1]}
	}
	if len(w) != 3 {
		return ""
	}
	verb, noun, prep := w[0], w[1], w[2]
	if protestVerbs[verb] && protestNouns[noun] && prep == "against" {
		return "protest" // "held a rally against", "organized a march against"
	}
	if speechNouns[noun] && prep == "to" && lightVerbs[verb] {
		return "speak_to" // "gave a speech to the Parliament", "delivered a lecture to"
	}
	nom, ok := nominals.get(noun)
	if !ok || !slices.Contains(nom.preps, prep) {
		return ""
	}
	if lightVerbs[verb] || carryVerbs[verb] || measureVerbs[verb] && tradeMeasures[noun] || legalVerbs[verb] && legalNouns[noun] || withVerbs[verb] && withNominal(noun) || orderVerbs[verb] && violentActs[nom.lemma] {
		return nom.lemma
	}
	return ""
}

// protestVerbs hold the public protests of [protestNouns]: "held a rally
// against Tom Wu", "organized a march against", "led a demonstration
// against".
var protestVerbs = map[string]bool{
	"hold": true, "stage": true, "organize": true, "organise": true, "lead": true, "mount": true, "launch": true,
}

// protestNouns are public protests: made against an actor, they protest
// it ([heldNoun]).
var protestNouns = map[string]bool{
	"protest": true, "protests": true, "rally": true, "rallies": true, "demonstration": true, "demonstrations": true,
	"march": true, "marches": true, "vigil": true, "vigils": true,
}

// speechNouns are the event nouns of [nominals] for a speech: made "to" an
// audience, it is spoken to them ([heldNoun]); the nominals give "at" a
// venue. Not "address", which is also where one lives ("gave his address
// to the police").
var speechNouns = map[string]bool{"speech": true, "remarks": true, "lecture": true, "talk": true}

// relativeNoun returns the act of the event noun that a relative clause
// without its object follows, when x is that clause and its verb is one
// [heldNoun] folds with the noun ("the agreement Siemens reached with the
// Commission": agree_with, "the talks that Ann Lee held with Tom Wu":
// talk_with, "the loan China gave to Kenya": lend_to); or "".
func relativeNoun(s nlp.Sentence, x schema.Extraction) string {
	verb, prep, ok := strings.Cut(x.Lemma, "_")
	if !ok || strings.Contains(prep, "_") || x.Object.Text == "" {
		return ""
	}
	first, _ := argTokens(s, x.Subject)
	b := first - 1
	if b > 0 && (s.Tokens[b].Lower() == "that" || s.Tokens[b].Lower() == "which") {
		b--
	}
	if b < 0 || !strings.HasPrefix(s.Tokens[b].Tag, "NN") || !lowerWord(s.Tokens[b].Text) {
		return ""
	}
	return heldNoun(verb + "_" + s.Tokens[b].Lower() + "_" + prep)
}

// legalVerbs set going a legal action of [legalNouns] against someone:
// "brought a lawsuit against", "pressed charges against", "unsealed
// charges against", "laid charges against". "Dropped charges against"
// charges no one.
var legalVerbs = map[string]bool{
	"bring": true, "press": true, "unseal": true, "lay": true, "file": true, "lodge": true, "level": true,
	"announce": true, "issue": true,
}

// legalNouns are the legal actions of [legalVerbs].
var legalNouns = map[string]bool{
	"lawsuit": true, "lawsuits": true, "suit": true, "charges": true, "complaint": true, "complaints": true,
}

// criticalWords make remarks of [remarkNouns] criticism.
var criticalWords = map[string]bool{
	"critical": true, "disparaging": true, "derogatory": true, "scathing": true, "harsh": true, "insulting": true,
}

// remarkNouns are words spoken about someone.
var remarkNouns = map[string]bool{
	"remarks": true, "comments": true, "statements": true, "remark": true, "comment": true, "statement": true,
}

// aboutPreps introduce whom remarks are about.
var aboutPreps = map[string]bool{"about": true, "of": true, "on": true, "towards": true, "toward": true, "against": true}

// interviewVerbs publish or hold an interview with someone: their subject
// interviewed the person.
var interviewVerbs = map[string]bool{
	"publish": true, "air": true, "broadcast": true, "conduct": true, "run": true, "carry": true, "do": true,
}

// orderVerbs make their subject the author of a violent act named by
// their object ([violentActs]): "orchestrated attacks on Sweden",
// "ordered the killing of Tom Wu", "approved the strikes on Halden".
var orderVerbs = map[string]bool{
	"orchestrate": true, "mastermind": true, "order": true, "authorize": true, "authorise": true,
	"approve": true, "organise": true, "organize": true, "coordinate": true, "direct": true, "plot": true,
}

// responsibilityVerbs take responsibility, their object, for an act after
// "for" ([docState.orderedActs]): a group that claims an attack says it
// did it. "accepted responsibility" is left out: a ruler or a government
// accepts it for what happened under its watch, without saying it acted.
var responsibilityVerbs = map[string]bool{"claim": true}

// violentActs are the acts of nominals and patientNouns that an author
// of [orderVerbs], or one responsible for them, did to the actor after
// their preposition.
var violentActs = map[string]bool{
	"attack": true, "strike": true, "raid": true, "bomb": true, "shell": true, "invade": true, "kill": true,
	"murder": true, "assassinate": true, "expel": true, "deport": true, "kidnap": true, "abduct": true,
	"execute": true, "occupy": true, "annex": true, "blockade": true, "besiege": true, "torture": true,
}

// possessedActs are the acts of [violentActs] done to a person whose
// possessive names that person: "Tom Wu's murder", "his killing". Before
// an attack, an invasion or an expulsion the possessive names the one who
// acts ("Norway's invasion").
var possessedActs = map[string]bool{
	"kill": true, "murder": true, "assassinate": true, "execute": true, "kidnap": true, "abduct": true, "torture": true,
}

// orderedActs adds subj —ACT→ actor for a verb of [orderVerbs], a vote
// for, or "be responsible for", and a violent act on the actor
// ([violentActs]): "Tom Wu orchestrated attacks on Swedish bases" (attack
// Sweden), "the parliament voted for the expulsion of Swedish troops"
// (expel), "was responsible for the deaths of Norwegian soldiers" (kill),
// "ordered Tom Wu's killing" (kill). A list after the act's preposition
// gives one fact per member. An order that others report ("the CIA
// believes Tom Wu ordered the killing of Ann Lee") is stated as reported
// acts are.
func (d *docState) orderedActs(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.subj == nil || x.Negated || d.intended(s, x) {
		return
	}
	first, last := argTokens(s, x.Object)
	if first < 0 || last > len(s.Tokens) {
		return
	}
	toks := s.Tokens
	k := first
	verb, _, _ := strings.Cut(x.Lemma, "_")
	switch {
	case orderVerbs[verb] && !strings.Contains(x.Lemma, "_"), x.Lemma == "vote_for":
	case responsibilityVerbs[x.Lemma] && last == first+1 && toks[first].Lower() == "responsibility":
		// "claimed responsibility | for the killing of Tom Wu": the
		// act after for is the subject's, as "was responsible for" says.
		found := false
		for _, a := range x.Extra {
			if prep, r := splitPrep(a); prep == "for" && r.Text != "" {
				if first, last = argTokens(s, r); first >= 0 && last <= len(toks) {
					k, found = first, true
				}
				break
			}
		}
		if !found {
			return
		}
	case x.Lemma == "be" && k+2 < last && toks[k].Lower() == "responsible" && toks[k+1].Lower() == "for",
		x.Lemma == "vote_in" && k+2 < last && (toks[k].Lower() == "favour" || toks[k].Lower() == "favor") && toks[k+1].Lower() == "of":
		k += 2 // "voted in favour of the expulsion of"
	default:
		return
	}
	if nom, ok := actNoun(toks[last-1]); ok && possessedActs[nom.lemma] && k < last-1 {
		// "ordered Tom Wu's killing", "ordered his murder": the
		// possessor of an act done to a person is the one it was done to.
		a := schema.Argument{Text: s.Text[toks[k].Start:toks[last-1].End], Start: toks[k].Start, End: toks[last-1].End}
		act := func(w string) bool { return w == toks[last-1].Lower() }
		if o := d.possessorOf(si, s, a, act); o != nil && o != f.subj && !unrealisedBefore(toks, last-1) {
			if g := d.derive(si, x.Subject, phraseWith(x.Relation, toks[last-1].Text), nom.lemma, f.subj, o, "", x.Confidence*placeArgConf); g != nil {
				g.Class = schema.CanonicalRelation(nom.lemma)
			}
			return
		}
	}
	for n := 0; n < 3 && k < last && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD" || toks[k].Tag == "VBN"); n++ {
		k++ // "the deadly attacks", "two raids", "a failed bombing"
	}
	if k+1 < last && strings.HasPrefix(toks[k].Tag, "NN") && !isCap(toks[k].Text) {
		if nom, ok := actNoun(toks[k+1]); ok && violentActs[nom.lemma] {
			k++ // "a car bombing", "the suicide attack": the weapon or the means names the act's kind
		}
	}
	if k >= last {
		return
	}
	nom, ok := actNoun(toks[k])
	if !ok || !violentActs[nom.lemma] || unrealisedBefore(toks, k) {
		return
	}
	var rest []schema.Argument
	if k+2 < last && slices.Contains(nom.preps, toks[k+1].Lower()) {
		rest = []schema.Argument{{Text: s.Text[toks[k+2].Start:toks[last-1].End], Start: toks[k+2].Start, End: toks[last-1].End}}
	} else if k+1 == last {
		for _, a := range x.Extra {
			// "orchestrated attacks | on Swedish bases"
			if prep, r := splitPrep(a); slices.Contains(nom.preps, prep) && r.Text != "" {
				rest = append(rest, r)
			}
		}
	}
	for _, a := range rest {
		var ents []*docEntity
		for _, m := range d.listedIn(si, s, a) {
			ents = append(ents, m.ent)
		}
		if len(ents) < 2 {
			// "Swedish bases": the actor the phrase names
			o, _, _ := d.argument(si, s, a)
			if o == nil || !actorEntity(o) {
				o = d.owner(si, s, a) // "the Swedish embassy", "Swedish bases"
			}
			ents = nil
			if o != nil && actorEntity(o) {
				ents = []*docEntity{o}
			}
		}
		for _, o := range ents {
			if o != f.subj {
				if g := d.derive(si, x.Subject, phraseWith(x.Relation, toks[k].Text), nom.lemma, f.subj, o, "", x.Confidence*placeArgConf); g != nil {
					g.Class = schema.CanonicalRelation(nom.lemma)
				}
			}
		}
		return
	}
}

// carryVerbs carry out an act named by their object noun: "imposed
// sanctions on", "carried out strikes on", "conducted raids on",
// "performed an investigation into".
var carryVerbs = map[string]bool{
	"impose": true, "carry": true, "conduct": true, "stage": true, "mount": true, "announce": true, "slap": true,
	"level": true, "unleash": true, "approve": true, "levy": true, "perform": true,
}

// measureVerbs carry out a bloc's or a state's measure of
// [tradeMeasures] only: "adopted sanctions against", "agreed on new
// sanctions against"; "agreed to talks with" holds none yet.
var measureVerbs = map[string]bool{"adopt": true, "agree": true}

// openingVerbs begin or end a violent act of [violentActs] or a visit of
// [tripActs]: "began a military offensive into Syria", "started an attack
// on Halden", "began a three-day visit to Kenya", "wrapped up a trip to
// Oslo" (a visit ended was made); "started the game with" begins no act
// on anyone.
var openingVerbs = map[string]bool{
	"begin": true, "start": true, "conclude": true, "end": true, "complete": true, "wrap": true,
}

// tripActs are the acts of nominals for a visit or a trip to an actor.
var tripActs = map[string]bool{"visit": true, "travel_to": true}

// ownerNamed reports whether a possessive "'s" stands between tokens first
// and head: the noun's act is the possessor's ("Ola Berg's visit").
func ownerNamed(toks []nlp.Token, first, head int) bool {
	return slices.ContainsFunc(toks[first:head], func(t nlp.Token) bool { return t.Tag == "POS" })
}

// eventNouns map an event noun to the relation it names between the
// light verb's subject and the actor after to, of, for, on or against;
// the other nouns of nominals name theirs after their own prepositions.
var eventNouns = map[string]string{
	"support": "support", "help": "help", "assistance": "help", "donation": "donate_to", "donations": "donate_to", "gift": "give_to",
	"provocation": "provoke", "provocations": "provoke", "criticism": "criticise", "invitation": "invite",
	"warning": "warn", "threat": "threaten", "threats": "threaten", "apology": "apologise_to",
	"thanks": "thank", "request": "request", "appeal": "appeal_to", "plea": "ask", "pleas": "ask", "attack": "attack", "attacks": "attack",
	"complaint": "complain_to", "praise": "praise", "visit": "visit", "call": "call",
	"swipe": "criticize", "swipes": "criticize", "potshot": "criticize", "potshots": "criticize", "jab": "criticize",
	"jabs": "criticize", "dig": "criticize", "aim": "criticize", "shot": "criticize", "fun": "mock",
	"outreach": "reach_out_to", "rebuke": "rebuke", "congratulations": "congratulate",
	"payment": "pay", "payments": "pay", "condolences": "condole", "condolence": "condole",
}

// jibeVerbs take or poke a jibe of [jibeNouns] at an actor: "took a
// swipe at Tom Wu", "took a parting shot at Norway", "took aim at the
// council", "poked fun at Ann Lee". They carry no event noun else.
var jibeVerbs = map[string]bool{"take": true, "poke": true}

// jibePreps introduce the actor a jibe is aimed at: "at", or "of" after
// fun ("made fun of").
var jibePreps = map[string]bool{"at": true, "of": true}

// jibeNouns are the jibes of [jibeVerbs].
var jibeNouns = map[string]bool{
	"swipe": true, "swipes": true, "potshot": true, "potshots": true, "jab": true, "jabs": true, "dig": true,
	"aim": true, "shot": true, "fun": true,
}

// inTargets are the acts of [violentActs] that strike the place their
// noun's "in" names when a verb of carrying them out comes before:
// "carried out attacks in Oslo", "conducted airstrikes in Syria".
var inTargets = map[string]bool{"attack": true, "strike": true, "bomb": true, "shell": true}

// onTargets are the event nouns whose "on" names the actor the act falls
// on ("an attack on Sweden", "a call on Tom Wu to resign"); after the
// others "on" names where the act was made public ("posted an invitation
// on Facebook", "issued a warning on Twitter to ...").
var onTargets = map[string]bool{"attack": true, "attacks": true, "call": true, "provocation": true, "provocations": true}

// eventPreps are the prepositions after an event noun that introduce the
// actor it is about ("issued heavy criticism at the government").
var eventPreps = map[string]bool{"to": true, "of": true, "for": true, "on": true, "against": true, "at": true, "into": true}

// eventNounActor adds subj —RELATION→ actor for a light verb whose object
// is an event noun about an actor: "NASA tweeted support of Ana Ruiz"
// (support), "the foundation made two donations to the museum" (donate_to),
// "the army made a provocation to North Korea" (provoke). The actor follows
// the noun inside the object or in an extra argument. It reports whether it
// added a fact.
//
// A verb of undergoing ([undergoVerbs]) turns the act around: the actor
// after from, or of inside the object, does it to subj ("Ann Lee faced
// criticism from Tom Wu", "Norway won the support of Sweden").
func (d *docState) eventNounActor(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) bool {
	light, undergo, respond, joint, signed, claim, jibe, interview, opening := false, false, false, false, "", false, false, false, false
	measure := false
	repel := "" // "repelled an attack by the rebels": the subject repels them too
	evade := false
	for w := range strings.SplitSeq(x.Lemma, "_") {
		if r := repelVerbs[w]; r != "" {
			repel = r
		}
		evade = evade || evadeVerbs[w]
		interview = interview || interviewVerbs[w]
		jibe = jibe || jibeVerbs[w]
		claim = claim || claimVerbs[w]
		light = light || lightVerbs[w] || carryVerbs[w] // "imposed new sanctions on Russia"
		measure = measure || measureVerbs[w]
		opening = opening || openingVerbs[w]
		undergo = undergo || undergoVerbs[w] || metWith(x)
		respond = respond || respondVerbs[w]
		l, ok := jointVerbs[w]
		joint, signed = joint || withVerbs[w] || ok, signed+l
	}
	if !light && !undergo && !respond && !joint && !claim && !jibe && !interview && !opening && !measure {
		return false
	}
	preps := eventPreps
	switch {
	case undergo:
		preps = undergoPreps
	case respond:
		preps, undergo = fromPrep, true
	}
	toks := s.Tokens
	first, last := argTokens(s, x.Object)
	if first < 0 {
		return false
	}
	head := -1
	for k := first; k < last && toks[k].Tag != "IN"; k++ {
		if toks[k].Tag == "NN" || toks[k].Tag == "NNS" {
			head = k
		}
	}
	if head < 0 {
		return false
	}
	if interview && !light && !undergo && !respond && !joint && !claim && !jibe {
		if h := toks[head].Lower(); h != "interview" && h != "interviews" {
			return false // "published a report"
		}
		light = true // "published an interview with Tom Wu"
	}
	if jibe && !light && !undergo && !respond && !joint && !claim {
		if !jibeNouns[toks[head].Lower()] {
			return false // "took part in", "took control of"
		}
		light = true // "took a swipe at Tom Wu", "poked fun at Norway"
	}
	if jibeNouns[toks[head].Lower()] {
		preps = jibePreps // not "took a shot at goal against Norway"
	}
	noun := toks[head].Lower()
	if (packageNouns[noun] || roundNouns[noun]) && head+2 < last && toks[head+1].Lower() == "of" && toks[head+2].Tag == "NNS" {
		// "adopted a package of sanctions against Russia", "imposed a
		// new round of sanctions on Iran": the acts bundled after of.
		head += 2
		noun = toks[head].Lower()
	} else if packageNouns[noun] && head > first {
		noun = toks[head-1].Lower() // "announced a new aid package for Ukraine": the aid
	}
	if measure && !light && !undergo && !respond && !joint && !claim && !jibe && !interview && !opening {
		if !tradeMeasures[noun] || strings.Contains(x.Lemma, "_to") {
			return false // "agreed on a visit to Oslo", "agreed to talks with Sweden"
		}
		light = true // "agreed on new sanctions against Moscow"
	}
	lemma, nom := eventNouns[noun], nominals.at(noun)
	if opening && !light && !undergo && !respond && !claim && !jibe && !interview {
		switch {
		case ownerNamed(toks, first, head) || head+1 < len(toks) && toks[head+1].Lower() == "by":
			return false // "ended Ola Berg's visit to", "ended the visit by Ola Berg to": another's act
		case violentActs[nom.lemma] || tripActs[nom.lemma]:
			light = true // "began a military offensive into Syria", "concluded a visit to Kenya"
		case !joint:
			return false
		}
	}
	if remarkNouns[toks[head].Lower()] && head > first && criticalWords[toks[head-1].Lower()] && !undergo && !respond {
		// "made critical remarks about Tom Wu", "voiced scathing
		// comments on Norway"
		lemma, preps = "criticise", aboutPreps
	}
	if lemma == "" && nom.lemma == "" {
		return false
	}
	if evade && nom.lemma != "investigate" {
		return false // "evaded arrest by the police": no arrest
	}
	// "put no pressure on Sweden", "made no apology to Ann Lee": the act
	// denied (not_pressure), as "did not put any pressure on" is.
	negated := x.Negated || noneOf(x.Object.Text)
	if claim && claimedStates[nom.lemma] {
		// "declared independence from Sweden", "gained independence
		// from Sweden": the subject's own state, from the actor after
		// from.
		light, undergo, respond = true, false, false
	}
	if !light && !undergo && !respond && !withNominal(toks[head].Lower()) {
		return false // "signed a letter", "formed a committee": only an act done together
	}
	if undergo && head+1 == last && !noneOf(x.Object.Text) {
		// "did not accept Ann Lee's invitation": she invited him all the
		// same.
		if added := d.possessedEvent(si, s, x, subj, head, lemma, nom.lemma); added {
			return true
		}
	}
	args := x.Extra
	if head+2 < last && (preps[toks[head+1].Lower()] || toks[head+1].Lower() == "in" && light && !undergo && inTargets[nom.lemma]) {
		// "support of Ana Ruiz": the actor inside the object.
		args = []schema.Argument{{Text: s.Text[toks[head+1].Start:toks[last-1].End], Start: toks[head+1].Start, End: toks[last-1].End}}
	} else if head+1 != last {
		return false
	}
	// takes: "lodged a protest with Sweden": a noun of nominals takes its
	// own prepositions too, and so does an event noun done with someone
	// ("had a phone call with Tom Wu").
	takes := func(p string) bool {
		if p == "on" && preps[p] && !onTargets[toks[head].Lower()] && !slices.Contains(nom.preps, p) {
			return false // "posted an invitation on Facebook": where, not whom
		}
		if p == "in" && light && !undergo && inTargets[nom.lemma] {
			return true // "carried out attacks in Oslo": the place is struck
		}
		return preps[p] || !undergo && (lemma == "" || withNominal(toks[head].Lower())) && slices.Contains(nom.preps, p)
	}
	demanded := false // a thing demanded came before: "a subpoena for documents"
	for _, a := range args {
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if r := strings.ToLower(a.Role); takes(r) && prep != r {
			prep = r // "issued a formal apology to Finland": the extractor keeps the preposition as the role
		}
		if demanded && prep == "from" {
			// "issued a subpoena for documents from Tom Wu": the thing is
			// demanded of the actor after from.
			if p, ok := phraseAfter(a, prep); ok {
				if o, conf, _ := d.argument(si, s, p); o != nil && o != subj && actorEntity(o) && !isPlace(o) {
					if f := d.derive(si, x.Subject, phraseWith(x.Relation, toks[head].Text, "from"), nom.lemma, subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
						f.Class = schema.CanonicalRelation(nom.lemma)
						f.Negated = x.Negated
					}
					return true
				}
			}
		}
		demanded = prep == "for" && demandedNouns[nom.lemma] && !undergo
		if !takes(prep) {
			continue
		}
		lemma := lemma
		if lemma != "" && !undergo && nom.lemma != "" && slices.Contains(nom.preps, prep) {
			lemma = nom.lemma // "filed a complaint against Sweden": complain_about, not complain_to
		}
		if undergo {
			if lemma == "" {
				lemma = nom.lemma
			}
			if strings.HasSuffix(lemma, "_with") && lemma != "compete_with" {
				return false // "received a deal from": no agent; "faced stiff competition from Velby" names the rival
			}
		} else if lemma == "" {
			// "launched an attack on Sweden", "paid a visit to Oslo": an
			// event noun of nominals with its own preposition.
			if !slices.Contains(nom.preps, prep) && (prep != "in" || !inTargets[nom.lemma]) {
				continue
			}
			lemma = nom.lemma
			if signed != "" && !light {
				lemma = signed // "signed an agreement with"
			}
		}
		o, conf, _ := d.argument(si, s, a)
		if o == nil || !actorEntity(o) {
			// "issued a stay of Ann Lee's order", "opened a probe into
			// Tom Wu's finances": the act falls on the possessor.
			if p, ok := phraseAfter(a, prep); ok {
				verb, _, _ := strings.Cut(lemma, "_")
				if po, c, _ := d.argument(si, s, p); po != nil && actorEntity(po) {
					o, conf = po, c // "with the navy of Chile": the phrase without its preposition
				} else if po := d.actedOnPossessor(si, s, verb, p); po != nil {
					o, conf = po, placeArgConf
				} else if po := d.owner(si, s, p); po != nil && violentActs[lemma] && !undergo && d.armedActor(subj) {
					o, conf = po, placeArgConf // "launched airstrikes on Hamas targets"
				} else if po := d.tradedWith(si, s, p); po != nil && tradeMeasures[toks[head].Lower()] && !undergo {
					o, conf = po, placeArgConf // "imposed tariffs on Swedish goods", "restrictions on flights to Cuba"
				}
			}
		}
		if o == nil || o == subj || prep == "in" && !isPlace(o) {
			continue
		}
		others := []*docEntity{o}
		if p, ok := phraseAfter(a, prep); ok {
			// "signed an agreement with Sweden, Denmark and Finland",
			// "received support from Sweden and Finland": one fact per
			// member.
			others = d.listedEnts(si, s, p, o)
		}
		for _, o := range others {
			if o == subj {
				continue
			}
			agent, patient := subj, o
			if undergo {
				agent, patient = o, subj
				if t, named := d.onTarget(si, s, a); named && violentActs[lemma] && t != o {
					// "repelled an assault by the Velmor Front on
					// Halden": the act fell on the town, not on the
					// subject; on a name kg cannot type, on no one
					// it knows.
					patient = t
				}
			}
			if patient != nil {
				if f := d.derive(si, x.Subject, phraseWith(x.Relation, toks[head].Text, prep), lemma, agent, patient, "", x.Confidence*conf*placeArgConf); f != nil {
					f.Class = schema.CanonicalRelation(lemma)
					f.Negated = negated // "did not offer an endorsement of": not_endorse
				}
			}
			if undergo && repel != "" && violentActs[lemma] && !x.Negated {
				d.derive(si, x.Subject, x.Relation, repel, subj, o, "", x.Confidence*conf*placeArgConf)
			}
		}
		return true
	}
	return false
}

// onTarget reports whether a name follows "on" right after the argument
// a ("an assault by the Velmor Front on Halden"; not "on Monday"), and
// returns its actor, or nil when the name is of no actor kg knows.
func (d *docState) onTarget(si int, s nlp.Sentence, a schema.Argument) (*docEntity, bool) {
	_, last := argTokens(s, a)
	if last < 0 || last+1 >= len(s.Tokens) || s.Tokens[last].Lower() != "on" {
		return nil, false
	}
	m := mentionStarting(d.sents[si], last+1)
	if m == nil {
		return nil, false
	}
	if m.ent == nil || !actorEntity(m.ent) {
		return nil, true
	}
	return m.ent, true
}

// tradeMeasures are the event nouns of a state's measures against
// another's trade or traffic ([docState.tradedWith]).
var tradeMeasures = map[string]bool{
	"tariffs": true, "tariff": true, "restrictions": true, "restriction": true, "ban": true, "bans": true,
	"sanctions": true, "embargo": true, "duties": true, "levies": true,
}

// measuredNouns are the goods and traffic that a trade measure falls on.
var measuredNouns = map[string]bool{
	"goods": true, "imports": true, "exports": true, "products": true, "flights": true, "travel": true,
	"flying": true, "trade": true, "shipments": true, "steel": true, "aluminium": true, "aluminum": true,
	"cars": true, "vehicles": true, "oil": true, "gas": true, "investment": true, "investments": true,
}

// tradedWith returns the state whose trade or traffic argument a names:
// its adjective before the goods ("Swedish goods", "Chinese steel
// imports"), or the state after from, to or with ("imports from Sweden",
// "flights to Cuba", "trade with Iran"); or nil. A measure on them is a
// measure against that state.
func (d *docState) tradedWith(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	if first < 0 || si >= len(d.sents) {
		return nil
	}
	toks := s.Tokens
	k := first
	for k < last && k < first+6 && !measuredNouns[toks[k].Lower()] {
		k++ // "$34 billion of imports", "new Chinese goods"
	}
	if k >= last || !measuredNouns[toks[k].Lower()] {
		return nil
	}
	state := func(m *mention) bool { return m.ent != nil && m.ent.typ == schema.GPE && d.r.country(m.ent) }
	for _, m := range d.sents[si] {
		if m.adj && m.end <= k && m.end >= k-1 && m.start >= first && state(m) {
			return m.ent // "Swedish goods", "Chinese steel imports"
		}
	}
	if p := k + 1; p+1 < len(toks) { // the extractor may split "from Sweden" off
		if w := toks[p].Lower(); w == "from" || w == "to" || w == "with" || w == "into" {
			for _, m := range d.sents[si] {
				if m.start == p+1 && !m.adj && state(m) {
					return m.ent
				}
			}
		}
	}
	return nil
}

// phraseWith returns relation, the phrase of an extraction, with the words
// of tail, an event noun and its preposition, after it. The extractor keeps
// the noun, and a preposition after it, in the relation of some light verbs
// ("took a veiled shot at" Trump, "issued a warning on" Twitter to Norway):
// the phrase then runs to the noun and goes on with tail ("took a veiled
// shot at", "issued a warning to"). Otherwise tail follows the relation,
// less the words the relation already ends with.
func phraseWith(relation string, tail ...string) string {
	words := strings.Fields(relation)
	if len(tail) > 0 {
		for i := len(words) - 1; i >= 0; i-- {
			if strings.EqualFold(words[i], tail[0]) {
				return strings.Join(append(words[:i+1:i+1], tail[1:]...), " ")
			}
		}
	}
	for k := min(len(tail), len(words)); k > 0; k-- {
		if slices.EqualFunc(words[len(words)-k:], tail[:k], strings.EqualFold) {
			tail = tail[k:]
			break
		}
	}
	if len(tail) == 0 {
		return relation
	}
	return relation + " " + strings.Join(tail, " ")
}

// demandedNouns are the acts of nominals that demand a thing, named after
// "for", of the actor named after "from" ("a subpoena for documents from
// Tom Wu", "a request for records from the ministry").
var demandedNouns = map[string]bool{"subpoena": true, "request": true}

// underAct adds agent —RELATION→ subj for a clause that puts its subject
// under an actor's act: "under", then an event noun of nominals or
// patientNouns whose agent is named before it, as a modifier or a
// possessive, or after it by "by" or "from": "Norway is already under EU
// sanctions" (the EU sanctions Norway), "came under Russian attack",
// "the city remains under Norway's occupation", "is under investigation
// by the FBI". It reports whether it added a fact.
func (d *docState) underAct(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) bool {
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	first, last := argTokens(s, x.Object)
	if first < 0 || x.Attribution != "" || noneOf(x.Object.Text) {
		return false
	}
	toks := s.Tokens
	if len(w) < 2 || w[len(w)-1] != "under" {
		// "Halvik Air has been the subject of US sanctions", "is the
		// target of Swedish attacks": a copula's subject or target of an
		// act is its patient, as under it.
		if !copulaVerbs[x.Lemma] || first+3 >= last || !indefinite(toks[first].Text) && toks[first].Lower() != "the" ||
			!patientHeads[toks[first+1].Lower()] || toks[first+2].Lower() != "of" {
			return false
		}
		first += 3
	}
	head := -1
	for k := first; k < last && toks[k].Tag != "IN"; k++ {
		if _, ok := actNoun(toks[k]); ok {
			head = k
		}
	}
	if head < 0 && last+2 < len(toks) && toks[last].Text == "and" {
		// "under EU and US sanctions": the extractor cuts the first
		// agent off its act, which ends the coordination.
		for k := last + 1; k < len(toks) && k < last+5 && toks[k].Tag != "IN"; k++ {
			if nom, ok := actNoun(toks[k]); ok {
				if o, _, _ := d.argument(si, s, x.Object); o != nil && o != subj && actorEntity(o) {
					if f := d.derive(si, x.Subject, x.Relation+" "+x.Object.Text, nom.lemma, o, subj, "", x.Confidence*placeArgConf); f != nil {
						f.Class = schema.CanonicalRelation(nom.lemma)
					}
					return true
				}
				break
			}
		}
	}
	if head < 0 {
		return false
	}
	nom, _ := actNoun(toks[head])
	var agent *mention
	for _, m := range d.sents[si] {
		if m.ent == nil || m.ent == subj || !actorEntity(m.ent) || m.kind == mPronoun && !m.possessive {
			continue
		}
		before := m.start >= first && m.end <= head && slices.IndexFunc(toks[m.end:head], func(t nlp.Token) bool {
			return t.Tag != "POS" && (!lowerWord(t.Text) || t.Tag != "JJ")
		}) < 0 // "EU sanctions", "Norway's harsh occupation"
		after := (m.start == head+2 || m.start == head+3 && toks[head+2].Lower() == "the") && m.end <= last && agentPreps[toks[head+1].Lower()]
		if before && (!m.adj || m.ent.typ == schema.GPE) || after && !m.adj {
			agent = m
			break
		}
	}
	var by *docEntity
	if agent != nil {
		by = agent.ent
	} else if head == last-1 {
		for _, a := range x.Extra {
			// "is under investigation by the FBI": the agent in an
			// extra argument.
			if prep, _ := splitPrep(a); agentPreps[prep] {
				if o, _, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) {
					by = o
				}
				break
			}
		}
	}
	if by == nil {
		return false
	}
	if f := d.derive(si, x.Subject, x.Relation+" "+x.Object.Text, nom.lemma, by, subj, "", x.Confidence*placeArgConf); f != nil {
		f.Class = schema.CanonicalRelation(nom.lemma)
	}
	return true
}

// copulaVerbs link a subject to what it is, or stays or becomes.
var copulaVerbs = map[string]bool{"be": true, "become": true, "remain": true}

// patientHeads are the nouns that make a copula's subject the patient of
// an act named after "of": "the subject of US sanctions", "the target of
// Swedish attacks".
var patientHeads = map[string]bool{"subject": true, "target": true, "object": true, "focus": true}

// agentPreps name the agent of the act a subject is under: "under
// investigation by the FBI", "under pressure from Sweden", "under the
// control of the Lund Front" (the subject is the act's patient, so "of"
// names its agent).
var agentPreps = map[string]bool{"by": true, "from": true, "of": true}

// packageNouns bundle the acts of the event noun before them: "an aid
// package for Ukraine" is aid, "a loan package to Kenya" a loan.
var packageNouns = map[string]bool{"package": true, "packages": true}

// roundNouns bundle the acts of the plural event noun after their "of",
// as [packageNouns] do: "a new round of sanctions on Iran", "a fresh wave
// of strikes against the rebels".
var roundNouns = map[string]bool{"round": true, "rounds": true, "wave": true, "raft": true}

// claimVerbs declare or win a state of claimedStates for their subject:
// "declared independence from Sweden", "gained independence from",
// "declared victory over the rebels".
var claimVerbs = map[string]bool{"declare": true, "proclaim": true, "gain": true, "win": true, "achieve": true, "obtain": true}

// claimedStates are the states of nominals that their holder declares or
// wins from the actor after from, and the victory it declares over the
// actor after over (defeat).
var claimedStates = map[string]bool{"independent_from": true, "secede_from": true, "defeat": true}

// jointVerbs make an act done together, named by their object noun, with
// the actor after with: "signed an agreement with", "formed an alliance
// with", "forged a partnership with".
// Signing keeps its own lemma ("signed a deal with Tanzania": sign_with);
// the others take the noun's act.
var jointVerbs = map[string]string{"sign": "sign_with", "ink": "sign_with", "seal": "sign_with", "form": "", "forge": "", "build": "", "enter": ""}

// listedEnts returns the actors a list argument names ("Sweden, Denmark
// and Finland"), one per member, when o, the argument's resolved head, is
// the first of them ([docState.listedIn]); or o alone.
func (d *docState) listedEnts(si int, s nlp.Sentence, a schema.Argument, o *docEntity) []*docEntity {
	ms := d.listedIn(si, s, a)
	if len(ms) < 2 || ms[0].ent != o {
		return []*docEntity{o}
	}
	ents := make([]*docEntity, len(ms))
	for i, m := range ms {
		ents[i] = m.ent
	}
	return ents
}

// listedIn returns the actors listed in argument a, which opens with the
// list ("Sweden, Denmark and Finland"), each ending inside a.
func (d *docState) listedIn(si int, s nlp.Sentence, a schema.Argument) []*mention {
	first, last := argTokens(s, a)
	if first < 0 {
		return nil
	}
	toks := s.Tokens
	k := first
	if k < last && toks[k].Lower() == "the" {
		k++
	}
	if k+2 < last && forceHeads[toks[k].Lower()] && toks[k+1].Lower() == "of" {
		first = k + 2 // "the navies of Chile, Peru and Spain": each state
	}
	if k+3 < last && placePlurals[toks[k+1].Lower()] != "" && toks[k+2].Lower() == "of" && isCap(toks[k].Text) {
		first = k + 3 // "the US states of Ohio, Iowa and Utah": each state
	} else if k+2 < last && placePlurals[toks[k].Lower()] != "" && toks[k+1].Lower() == "of" {
		first = k + 2 // "the cities of Oslo and Bergen"
	}
	ms := listAt(toks, d.sents[si], first)
	for len(ms) > 0 && ms[len(ms)-1].end > last {
		ms = ms[:len(ms)-1] // "in Ohio and Iowa, Ann Lee thanked"
	}
	return ms
}

// passiveEvent adds agent —RELATION→ actor for the passive of a light
// or carrying verb whose subject is an event noun about an actor and whose
// by-phrase names the agent: "The rocket strikes on Norway were carried
// out by supporters of the Harbor Militia" (the militia's supporters,
// a group, —strike→ Norway),
// "The attack on Sweden was launched by Norway", as [docState.eventNounActor]
// reads the active.
func (d *docState) passiveEvent(si int, s nlp.Sentence, x schema.Extraction) {
	if x.Negated || x.Attribution != "" {
		return
	}
	base, by := passiveBy(x)
	var agent *docEntity
	a := x.Object
	if by {
		agent, _, _ = d.argument(si, s, a)
	} else if verb, ok := passiveVerb(x); ok {
		base = verb
		agent, a, _ = d.byAgent(si, s, x, nil)
	}
	if agent == nil || !actorEntity(agent) || agent.typ == schema.Location {
		return
	}
	y := x
	y.Subject, y.Object, y.Extra, y.Lemma, y.Relation = a, x.Subject, nil, base, strings.TrimSuffix(x.Relation, " by")
	d.eventNounActor(si, s, y, agent)
}

// withStates are states one actor is in with another, besides the acts
// of nominals done together: "at war with", "in contact with", "at odds
// with".
var withStates = map[string]string{"war": "fight", "contact": "contact", "odds": "dispute_with", "loggerheads": "dispute_with", "conflict": "in_conflict_with"}

// stateVerbs put their object in a state of [withStates]: "put him at
// odds with", "left Norway at loggerheads with".
var stateVerbs = map[string]bool{"put": true, "leave": true, "set": true, "place": true, "pit": true}

// placedInState adds actor —STATE→ other when x puts its actor object in
// a state of [withStates] with another actor: "Her comments put her at
// odds with Iceland" gives she —dispute_with→ Iceland, whoever or
// whatever put her there. obj is x's resolved object.
func (d *docState) placedInState(si int, s nlp.Sentence, x schema.Extraction, obj *docEntity) {
	if verb, _, _ := strings.Cut(x.Lemma, "_"); !stateVerbs[verb] || obj == nil || !actorEntity(obj) || len(x.Extra) < 2 {
		return
	}
	w := strings.Fields(strings.ToLower(x.Extra[0].Text))
	if len(w) < 2 || w[0] != "at" && w[0] != "in" || withStates[w[len(w)-1]] == "" {
		return
	}
	a := x.Extra[1]
	p, rest, _ := strings.Cut(a.Text, " ")
	if !strings.EqualFold(p, "with") || rest == "" {
		return
	}
	a.Text, a.Start = rest, a.Start+len(p)+1
	o, _, _ := d.argument(si, s, a)
	if o == nil || o == obj || !actorEntity(o) {
		return
	}
	for _, o := range d.conjoined(si, s, a, o) {
		if o != obj {
			d.derive(si, x.Object, x.Relation, withStates[w[len(w)-1]], obj, o, "", x.Confidence*placeArgConf)
		}
	}
}

// stuckIn are participles that, like "be", put their subject in a state or
// an act done with another: "remains locked in a dispute with", "is
// engaged in an armed conflict with", "has been embroiled in a row with".
var stuckIn = map[string]bool{
	"locked": true, "engaged": true, "embroiled": true, "involved": true, "mired": true, "entangled": true, "enmeshed": true,
}

// remainForms keep their subject in a state, as "be" puts it there:
// "remains in a dispute with", "remained at war with".
var remainForms = map[string]bool{"remain": true, "remains": true, "remained": true, "stays": true, "stayed": true}

// stateAdverbs may stand between "be" and the "in" of a state: "is
// currently in a conflict with", "has been at war with Sweden".
var stateAdverbs = map[string]bool{
	"currently": true, "still": true, "now": true, "already": true, "again": true, "also": true, "long": true,
	"effectively": true, "reportedly": true, "technically": true, "formally": true, "once": true, "increasingly": true,
}

// inEvent adds subj —RELATION→ actor for "be in" or "be at", an act done
// with another ([withNominal]) or a state of withStates, and the actor
// after with: "Ann Lee is in a dispute with Tom Wu" (dispute_with),
// "Norway has been at war with Sweden" (fight), "is in negotiations with"
// (meet, as [docState.meetingWith] reads a meeting). It reports whether it
// added a fact.
func (d *docState) inEvent(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) bool {
	lemma, head := inState(s, x)
	if lemma == "" {
		return false
	}
	for _, a := range x.Extra {
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if prep == "against" && (lemma == "fight" || lemma == "in_conflict_with") {
			prep = "with" // "is in conflict against Norway", "at war against"
		}
		if prep != "with" && strings.ToLower(a.Role) != "with" || topicBefore(x, a) {
			continue // "at odds over the handling of trade with Acme": the trade's partner
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) {
			if f := d.derive(si, x.Subject, phraseWith(x.Relation, head, "with"), lemma, subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(lemma)
			}
			return true
		}
	}
	return false
}

// onTrip adds subj —visit→ actor (or travel_to, as [nominals] reads the
// noun) for "be on" a visit, trip or tour to an actor: "Tom Wu was on a
// three-day official visit to Sweden", "Ann Lee, who is on a state visit
// to Norway,". It reports whether it added a fact.
func (d *docState) onTrip(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) bool {
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	if len(w) < 2 || w[len(w)-1] != "on" || noneOf(x.Object.Text) || x.Attribution != "" {
		return false
	}
	j := len(w) - 2
	for j > 0 && stateAdverbs[w[j]] {
		j-- // "is currently on"
	}
	if !beForms[w[j]] && !remainForms[w[j]] {
		return false
	}
	head := lastWord(x.Object.Text)
	nom, ok := nominals.get(head)
	if !ok || nom.lemma != "visit" && nom.lemma != "travel_to" {
		return false
	}
	first, last := argTokens(s, x.Object)
	for k := first; k >= 0 && k < last; k++ {
		if t := s.Tokens[k]; t.Tag == "IN" || t.Tag == "POS" || t.Tag == "PRP$" {
			return false // "was on his wife's trip to Oslo": another's journey
		}
	}
	for _, a := range x.Extra {
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if !slices.Contains(nom.preps, prep) {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) {
			if f := d.derive(si, x.Subject, phraseWith(x.Relation, head, prep), nom.lemma, subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(nom.lemma)
			}
			return true
		}
	}
	return false
}

// inState returns the relation of x when x puts its subject in an act
// done with another ([withNominal]) or a state of [withStates] by "be in"
// or "be at" ("is in a dispute", "has been at war", "were at odds";
// dispute_with, fight, dispute_with), with the object's head noun, or ""
// and "" for another extraction.
func inState(s nlp.Sentence, x schema.Extraction) (lemma, head string) {
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	if len(w) < 2 || w[len(w)-1] != "in" && w[len(w)-1] != "at" || noneOf(x.Object.Text) || x.Attribution != "" {
		return "", ""
	}
	j := len(w) - 2
	for j > 0 && stateAdverbs[w[j]] {
		j-- // "is currently in"
	}
	if stuckIn[w[j]] && w[len(w)-1] == "in" && j > 0 {
		j-- // "remains locked in", "has been embroiled in"
	}
	if !beForms[w[j]] && !remainForms[w[j]] && !stuckIn[w[j]] {
		return "", ""
	}
	first, last := argTokens(s, x.Object)
	for k := first; k >= 0 && k < last; k++ {
		if t := s.Tokens[k]; t.Tag == "IN" || t.Tag == "POS" {
			return "", "" // "at the centre of the government's row with": another's act
		}
	}
	head = lastWord(x.Object.Text)
	lemma = withStates[head]
	switch {
	case meetingNouns[head]:
		lemma = schema.Meet
	case withNominal(head):
		lemma = nominals.at(head).lemma
	}
	if lemma == "" {
		return "", ""
	}
	return lemma, head
}

// undergoVerbs take for their object an act that another actor does to
// their subject: "faced criticism from", "received a visit from", "came
// under attack from", "won the support of", "repelled an attack by",
// "enlisted help from".
var undergoVerbs = map[string]bool{
	"face": true, "receive": true, "draw": true, "attract": true, "suffer": true, "under": true,
	"win": true, "earn": true, "get": true, "gain": true, "enjoy": true, "repel": true, "repulse": true,
	"withstand": true, "survive": true, "enlist": true, "thwart": true, "foil": true,
	"fend": true, "resist": true, "evade": true, "dodge": true,
}

// repelVerbs map the verbs of [undergoVerbs] by which the subject beats
// off a violent act, and so its author, to that relation: "the army
// repelled an attack by the rebels" gives the army —repel→ the rebels, as
// well as the rebels' attack on the army; "fended off a Norwegian
// invasion" gives fend_off.
var repelVerbs = map[string]string{
	"repel": "repel", "repulse": "repulse", "thwart": "thwart", "foil": "foil", "fend": "fend_off", "resist": "resist",
}

// evadeVerbs are the verbs of [undergoVerbs] that keep away from an act:
// only an inquiry goes on all the same ("evaded an investigation by the
// Senate"); an arrest or a capture evaded did not happen.
var evadeVerbs = map[string]bool{"evade": true, "dodge": true}

// stirVerbs are the verbs of emotion and conflict whose subject may be an
// actor's words or act standing for the actor: "His comments angered
// China", "Her decision upset the unions", "Wu's policies clashed with
// Norway's".
var stirVerbs = map[string]bool{
	"anger": true, "upset": true, "alienate": true, "offend": true, "outrage": true, "infuriate": true,
	"enrage": true, "incense": true, "irritate": true, "annoy": true, "antagonize": true, "antagonise": true,
	"provoke": true, "alarm": true, "frustrate": true, "dismay": true, "insult": true, "humiliate": true,
	"embarrass": true, "rile": true, "anger_in": true, "please": true, "delight": true, "impress": true,
	"reassure": true, "clash_with": true, "contradict": true, "defy": true, "snub": true,
	"irk": true, "rankle": true, "displease": true, "disappoint": true, "shock": true, "appal": true, "appall": true,
	"unnerve": true, "worry": true,
}

// stirredBy adds owner —VERB→ actor when x's subject is an owner's act or
// words ([docState.actOf]) and its verb, one of [stirVerbs], stirs or
// clashes with an actor: "His comments angered China" gives he —anger→
// China, "Wu's visit upset Beijing" Wu —upset→ Beijing. The actor may
// also be the owner of a like act after "of" or a possessive ("clashed
// with the stances of Ann Lee and Bob Hale", "with Lee's policies"), and
// each actor listed after it counts. The passive turns the two around
// ("Denmark was angered by Lee's remarks"), and an actor subject stirs or
// clashes with the owner of the act it meets ("Sweden clashed with Lee's
// policies"). subj and obj are x's resolved subject and object.
func (d *docState) stirredBy(si int, s nlp.Sentence, x schema.Extraction, subj, obj *docEntity) {
	lemma, stirrer, stirred := x.Lemma, x.Subject, x.Object
	base, passive := passiveBy(x)
	if passive {
		if obj != nil || stanceBy(x.Relation) {
			// "was angered by Ann Lee": the agent's own fact; "was
			// disappointed by Sweden's decision": the subject's stance
			// ([docState.stance]).
			return
		}
		lemma, stirrer, stirred = base, x.Object, x.Subject
		obj, _, _ = d.argument(si, s, x.Subject)
		subj = nil
	}
	if !stirVerbs[lemma] {
		if !passive {
			d.stirredFeeling(si, s, x, obj)
		}
		return
	}
	actor := func(a schema.Argument) *docEntity { // "Lee's policies", "the policies of Lee"
		if o := d.actOf(si, s, a); o != nil {
			return o
		}
		return d.ofActor(si, s, a, []map[string]bool{agentOfNouns})
	}
	if subj != nil {
		if owner := actor(stirred); actorEntity(subj) && obj == nil && owner != nil && owner != subj {
			d.derive(si, x.Subject, x.Relation, lemma, subj, owner, "", x.Confidence*placeArgConf)
		}
		return
	}
	o := obj
	if o == nil || !actorEntity(o) {
		o = actor(stirred)
	}
	if o == nil || !actorEntity(o) {
		return
	}
	owner := d.actOf(si, s, stirrer)
	if owner == nil {
		return
	}
	for _, o := range d.conjoined(si, s, stirred, o) {
		if o != owner {
			d.derive(si, x.Subject, x.Relation, lemma, owner, o, "", x.Confidence*placeArgConf)
		}
	}
}

// feelingNouns are the feelings a verb of [feelingVerbs] stirs, with the
// act of stirring them: "sparked anger in Beijing" angered Beijing.
var feelingNouns = map[string]string{
	"anger": "anger", "fury": "anger", "ire": "anger", "rage": "anger", "indignation": "anger",
	"outrage": "outrage",
}

// feelingVerbs stir a feeling of [feelingNouns] in an actor: "sparked
// anger in", "drew fury from", "caused outrage among".
var feelingVerbs = map[string]bool{
	"spark": true, "cause": true, "provoke": true, "trigger": true, "draw": true, "prompt": true, "stir": true,
	"fuel": true, "ignite": true, "arouse": true, "spur": true, "raise": true,
}

// stirredFeeling adds owner —FEELING→ actor when x's subject is an
// owner's act or words and x stirs a feeling of [feelingNouns] in, from
// or among an actor: "Wu's comments sparked anger in Vietnam" gives Wu
// —anger→ Vietnam, "Wu's remarks drew fury from Ann Lee" (the noun
// folded into the relation) and "caused outrage among Malaysians"
// too. obj is x's resolved object.
func (d *docState) stirredFeeling(si int, s nlp.Sentence, x schema.Extraction, obj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !feelingVerbs[verb] && !metWith(x) {
		return
	}
	var lemma, prep string
	var a schema.Argument
	if w := strings.Fields(strings.ToLower(x.Relation)); len(w) >= 3 && feelingNouns[w[len(w)-2]] != "" {
		lemma, prep, a = feelingNouns[w[len(w)-2]], w[len(w)-1], x.Object // "drew anger from Cambodia"
		if obj == nil && len(x.Extra) > 0 && strings.EqualFold(x.Extra[0].Role, prep) {
			a = x.Extra[0] // the extractor's "drew fury from" + "fury" + from=Cambodia
		}
	} else if lemma = feelingNouns[strings.ToLower(lastWord(x.Object.Text))]; lemma != "" && len(x.Extra) > 0 {
		a = x.Extra[0] // "sparked anger" + "in Vietnam"
		var rest string
		prep, rest, _ = strings.Cut(a.Text, " ")
		prep = strings.ToLower(prep)
		a.Text, a.Start = rest, a.Start+len(prep)+1
	}
	if lemma == "" || prep != "in" && prep != "from" && prep != "among" {
		return
	}
	o, _, _ := d.argument(si, s, a)
	if o == nil || !actorEntity(o) || prep == "in" && isPlace(o) && !d.r.country(o) {
		return // "sparked anger in Oslo": among the people of a city
	}
	if owner := d.actOf(si, s, x.Subject); owner != nil {
		for _, o := range d.conjoined(si, s, a, o) {
			if o != owner {
				d.derive(si, x.Subject, x.Relation, lemma, owner, o, "", x.Confidence*placeArgConf)
			}
		}
	}
}

// metWith reports whether x is the passive "was met with", which, as a
// verb of [undergoVerbs], takes an act done to its subject: "was met with
// criticism from Sweden", "has been met with anger in Lithuania".
func metWith(x schema.Extraction) bool {
	return strings.HasPrefix(x.Lemma, "meet_with") && passiveIn(x.Relation)
}

// undergoPreps introduce the actor who does the act an undergo verb's
// subject undergoes.
var undergoPreps = map[string]bool{"from": true, "of": true, "by": true}

// respondVerbs answer an act done to their subject, whose doer follows
// from: "rejected criticism from Norway", "denied accusations from Ann
// Lee", "welcomed support from Sweden". After of, the actor may be the
// act's target instead ("rejected criticism of Norway").
var respondVerbs = map[string]bool{
	"reject": true, "deny": true, "dismiss": true, "ignore": true, "rebuff": true, "welcome": true,
	"accept": true, "heed": true,
}

// fromPrep is the one preposition that names the doer after a verb of
// [respondVerbs].
var fromPrep = map[string]bool{"from": true}

// givenNouns map what a verb of giving gives as its second object to the
// act toward the first: "gave Tom Wu the chance to work there" offered
// him work; "gave Sweden an ultimatum" threatened Sweden.
var givenNouns = map[string]string{
	"chance": "offer", "option": "offer", "opportunity": "offer", "ultimatum": "threaten", "warning": "warn",
	"support": "support", "backing": "back", "endorsement": "endorse",
	// "gave United the lead": scored for them; "gave Ann Lee another
	// thrashing": beat her.
	"lead": "score_for", "thrashing": "defeat", "beating": "defeat", "hammering": "defeat", "drubbing": "defeat",
}

// givenNoun returns the relation that a verb of giving and the noun
// right after its object name (see givenNouns), or "" when x is no such
// double object.
func givenNoun(s nlp.Sentence, x schema.Extraction) string {
	if x.Lemma != "give" && x.Lemma != "grant" || x.Object.End <= x.Object.Start {
		return ""
	}
	toks := s.Tokens
	k := 0
	for k < len(toks) && toks[k].Start < x.Object.End {
		k++
	}
	det := ""
	if k < len(toks) && (toks[k].Tag == "DT" || toks[k].Tag == "PRP$") {
		det = toks[k].Lower()
		k++
	}
	// The second object's head: its last noun, after at most four
	// modifiers ("another Grand Slam final thrashing").
	head := ""
	for n := 0; k < len(toks) && n < 5 && (strings.HasPrefix(toks[k].Tag, "NN") || strings.HasPrefix(toks[k].Tag, "JJ") || toks[k].Tag == "CD"); n, k = n+1, k+1 {
		head = strings.ToLower(toks[k].Text)
	}
	if head == "lead" && det != "the" {
		return "" // "gave police a lead": a clue
	}
	return givenNouns[head]
}

// letKnow reports whether x is "let" with an actor object and "know"
// right after it: "let Tom Wu know that she would resign" tells him; "let"
// alone names no act between them.
func letKnow(s nlp.Sentence, x schema.Extraction) bool {
	if x.Lemma != "let" || x.Object.End <= x.Object.Start {
		return false
	}
	toks := s.Tokens
	k := tokenAt(s, x.Object.End)
	return k < len(toks) && toks[k].Lower() == "know"
}

// reportVerbs take a clause as their object: "said Tom Wu would resign".
var reportVerbs = map[string]bool{
	"say": true, "claim": true, "state": true, "announce": true, "report": true, "add": true, "believe": true,
	"think": true, "insist": true, "argue": true, "confirm": true, "deny": true, "allege": true, "suggest": true,
	"reveal": true, "admit": true, "concede": true, "acknowledge": true, "note": true, "stress": true,
	"emphasise": true, "emphasize": true, "recall": true, "explain": true, "reply": true, "warn": true,
	"write": true, "tweet": true,
}

// sayVerbs report words and never take the one spoken to or of as their
// direct object ("said to Ann Lee", "said of Tom Wu" take a preposition).
// An actor named as such an object is the subject of the reported clause,
// cut off from it by a quotation mark or an apposition ("Ann Lee said Tom
// Wu "worked until his last breath"", "said Ann Lee, son of Per Lund, has
// been killed"): what was said is no actor.
var sayVerbs = map[string]bool{
	"say": true, "state": true, "insist": true, "assert": true, "argue": true,
}

// clauseObject reports whether x, a reporting verb, has for its object a
// whole clause that the extractor also read as a fact of its own ("Ann Lee
// said Norway supports Sweden": Norway, supports, Sweden lie in the
// object). What was said is no actor.
func clauseObject(xs []schema.Extraction, x schema.Extraction) bool {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !reportVerbs[verb] || x.Object.End <= x.Object.Start {
		return false
	}
	that := strings.HasSuffix(x.Relation, " that")
	for _, y := range xs {
		if y.Subject.Start >= x.Object.Start && y.Subject.End < y.Object.Start && y.Object.End <= x.Object.End &&
			y.Subject.End > y.Subject.Start && y.Object.Start < y.Object.End && !strings.HasPrefix(y.Lemma, "be") {
			return true
		}
		if that && y.Subject.Start == x.Object.Start && y.Subject.End > y.Subject.Start && y.Subject.End < x.Object.End {
			// "Ann Lee warned that Russia could invade": the clause
			// after "that" has a subject and a verb of its own, and no
			// object ("could invade"); Russia is not warned.
			return true
		}
	}
	return false
}

// suspectedClause returns the reading of xs whose subject opens x's
// object when x is "suspect", not negated, and its object a clause of
// an act with a subject and an object of its own ("suspected the Lund
// Front carried out the raid"; not "suspected Tom Wu was ill"), and
// whether there is one: its subject is the one suspected.
func suspectedClause(xs []schema.Extraction, x schema.Extraction) (schema.Extraction, bool) {
	if x.Lemma != "suspect" || x.Negated || x.Object.End <= x.Object.Start {
		return schema.Extraction{}, false
	}
	for _, y := range xs {
		if y.Subject.Start == x.Object.Start && y.Subject.End > y.Subject.Start && y.Subject.End < y.Object.Start && y.Object.End <= x.Object.End &&
			y.Object.Start < y.Object.End && !y.Negated && !strings.HasPrefix(y.Lemma, "be") {
			return y, true
		}
	}
	return schema.Extraction{}, false
}

// quotedObject reports whether x, a reporting verb, has for its object a
// quotation, from its opening mark to its closing one ('"Thank you Tom
// Wu", Ann Lee wrote', '"..., Tom Wu," wrote Ann Lee'): the words
// written are no actor, whoever they name.
func quotedObject(s nlp.Sentence, x schema.Extraction) bool {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !reportVerbs[verb] || x.Object.End <= x.Object.Start {
		return false
	}
	toks := s.Tokens
	i, j := tokenAt(s, x.Object.Start), tokenAt(s, x.Object.End)
	for j < len(toks) && (toks[j].Text == "," || toks[j].Text == "!" || toks[j].Text == "?") {
		j++
	}
	return i > 0 && i < len(toks) && quoteMark(toks[i-1].Text) > 0 && j < len(toks) && quoteMark(toks[j].Text) != 0 && quoteMark(toks[j].Text) != 1
}

// deniedReport reports whether x is the clause that another extraction
// of xs, a negated verb of saying or finding, reports: "The inquiry did
// not find that Halvik had bribed Norway", "Norway did not say Sweden had
// attacked Denmark". What is not said or found is not stated, so the
// clause's act is none; nor is what a denial rejects ("Tom Wu denied he
// met Ann Lee", "rejected allegations he pressured her").
func deniedReport(xs []schema.Extraction, x schema.Extraction) bool {
	for _, z := range xs {
		verb, _, _ := strings.Cut(z.Lemma, "_")
		// "denied he met Ann Lee" (the object is the clause's subject) or
		// "denied that he met Ann Lee" (the whole clause); not "were
		// denied by Tom Wu, who accused", nor "denied Tom Wu made that
		// quote, and before he left for Oslo".
		denial := z.Lemma == "deny" && !z.Negated && (z.Object.End == x.Subject.End || x.Object.End <= z.Object.End)
		if (z.Negated && (reportVerbs[verb] || findVerbs[verb]) || denial) && z.Object.Start == x.Subject.Start && z.Object.End > x.Subject.Start &&
			z.Subject.End <= z.Object.Start && x.Object.Start > x.Subject.Start {
			return true
		}
		if rebuttalVerbs[z.Lemma] && !z.Negated && claimNouns[lastWord(z.Object.Text)] && z.Subject.End <= z.Object.Start &&
			x.Subject.Start > z.Object.End && x.Subject.Start-z.Object.End <= len(" that ") && x.Object.Start > x.Subject.Start {
			// "rejected allegations he pressured Ann Lee", "denied
			// claims that he had bribed her": the claim's clause.
			return true
		}
	}
	return false
}

// findVerbs establish what a clause after them states: "found that",
// "proved that".
var findVerbs = map[string]bool{
	"find": true, "prove": true, "show": true, "conclude": true, "establish": true, "determine": true, "know": true,
}

// beliefVerbs hold a clause true, which may follow their object as an
// infinitive ("believe him to be aged 25", "reported Ann Lee to have
// left"): its subject is no one believed or reported.
var beliefVerbs = map[string]bool{
	"believe": true, "think": true, "claim": true, "report": true, "allege": true, "suppose": true,
	"presume": true, "assume": true, "suspect": true, "consider": true, "understand": true, "know": true,
	"rumour": true, "rumor": true,
}

// relativeWords open a relative clause after a comma.
var relativeWords = map[string]bool{"who": true, "which": true, "whose": true, "whom": true}

// clauseConjunctions open a clause as well as a phrase.
var clauseConjunctions = map[string]bool{
	"as": true, "after": true, "before": true, "since": true, "until": true, "while": true, "once": true,
}

// clauseSubject reports whether x's object is the subject of a clause that
// x reports, cut off by the extractor: a reporting verb whose object is
// followed, after at most two appositions, relative clauses or asides in
// commas and an opening quotation mark, by a finite verb ("The ministry
// said Tom Wu, the Foreign Minister, contacted Sweden", "reported
// Tom Wu, who died in Oslo, will be buried"), or a verb of [beliefVerbs]
// whose object "to be" or "to have" follows. What was said is no actor. So is a clause that a conjunction the
// relation ends in opens ("was speaking as Sir Tom Wu, Globex's chief,
// warned Ann Lee", "left after Tom Wu arrived").
func clauseSubject(s nlp.Sentence, x schema.Extraction) bool {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	conj := false
	if i := strings.LastIndexByte(x.Lemma, '_'); i >= 0 {
		conj = clauseConjunctions[x.Lemma[i+1:]]
	}
	if !reportVerbs[verb] && !beliefVerbs[verb] && !conj || x.Object.End <= x.Object.Start {
		return false
	}
	toks := s.Tokens
	k := tokenAt(s, x.Object.End)
	skipped := false
	for range 2 {
		if k >= len(toks) || toks[k].Text != "," {
			break
		}
		// Skip an apposition ("Jon Kerr, the Secretary of State,"), a
		// relative clause ("Tom Wu, who died in Oslo,") or an aside
		// ("Norway, especially, amongst others,"), twice at most; the
		// comma that closes one may open the next.
		relative := k+1 < len(toks) && relativeWords[toks[k+1].Lower()]
		j := k + 1
		for j < len(toks) && j <= k+12 && toks[j].Text != "," && (relative || j <= k+8 && !strings.HasPrefix(toks[j].Tag, "VB")) {
			j++
		}
		if j >= len(toks) || toks[j].Text != "," {
			break
		}
		k, skipped = j, true
	}
	if skipped {
		k++
	}
	if beliefVerbs[verb] && k+2 < len(toks) && toks[k].Lower() == "to" && (toks[k+1].Lower() == "be" || toks[k+1].Lower() == "have") {
		return true // "police believe him to be aged 25": what is believed of him
	}
	if k+1 < len(toks) && quoteMark(toks[k].Text) > 0 {
		k++ // "said Tom Wu "worked until his last breath""
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// appointVerbs put their subject (passive) or object into an office.
var appointVerbs = map[string]bool{
	"appoint": true, "name": true, "elect": true, "promote": true, "choose": true, "select": true,
	"install": true, "become": true, "serve": true, "re-elect": true, "be": true, "swear": true,
	"inaugurate": true, "reappoint": true, "reelect": true, "pick": true, "tap": true, "hire": true, // "picked Ann Lee as its nominee"
	"acknowledge": true, "recognise": true, "recognize": true, "confirm": true, "crown": true, "designate": true, // "recognised Tom Wu as the new Sultan"
}

// asAfterApposition returns the as-phrase that follows x's object and an
// apposition set off by commas, which the extractor leaves out of x:
// "designated Tom Wu, a former general, as the nation's security
// minister". The phrase runs from "as" to a comma, the sentence's end or
// a preposition other than of, for or at ("in 2016"). It reports false
// when x has an as-phrase or no such apposition follows the object.
func asAfterApposition(s nlp.Sentence, x schema.Extraction) (schema.Argument, bool) {
	for _, a := range x.Extra {
		if strings.EqualFold(a.Role, "as") {
			return schema.Argument{}, false
		}
	}
	toks := s.Tokens
	_, last := argTokens(s, x.Object)
	if last < 0 || last >= len(toks) {
		return schema.Argument{}, false
	}
	// Between dashes the apposition may be a list with commas of its
	// own: "elected Tom Wu — former Trade Minister, mayor of Oslo, and
	// member of Parliament — as the new party leader".
	dash := looseDash(s, toks[last])
	closes := func(t nlp.Token) bool { return !dash && t.Text == "," || dash && looseDash(s, t) }
	if !closes(toks[last]) {
		return schema.Argument{}, false
	}
	limit := last + 6
	if dash {
		limit = last + 16
	}
	k := last + 1
	for k < len(toks) && k < limit && !closes(toks[k]) && !strings.HasPrefix(toks[k].Tag, "VB") {
		k++
	}
	if k == last+1 || k+2 >= len(toks) || !closes(toks[k]) || toks[k+1].Lower() != "as" {
		return schema.Argument{}, false
	}
	from, end := k+1, k+2
	for end < len(toks) && !closedAfter(s, end) && end < from+10 &&
		(toks[end].Tag != "IN" || toks[end].Lower() == "of" || toks[end].Lower() == "for" || toks[end].Lower() == "at") {
		end++
	}
	if end == from+1 {
		return schema.Argument{}, false
	}
	return schema.Argument{Text: spanText(s, from, end), Start: toks[from].Start, End: toks[end-1].End, Role: "as"}, true
}

// asRole adds the role that an as-phrase names, with the organisation or
// state that holds it, for the person put in it: the subject of an active
// verb of succession ("Ann Lee succeeded Tom Wu as chairman of the Nordic
// Institute") or of "took office" or "assumed office", or the object of
// an active appointment ("Google appointed Ann Lee as its chief
// executive"). Passives are left out: "was replaced
// by Ann Lee as" is read from the agent elsewhere, if at all.
func (d *docState) asRole(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	// "took charge as finance minister, the ministry said": a post taken
	// up is a public act, whoever reports it.
	taken := (verb == "take" || verb == "assume") && (strings.EqualFold(x.Object.Text, "office") || strings.EqualFold(x.Object.Text, "charge"))
	var wArr [16]string
	if x.Negated || x.Attribution != "" && !taken || len(perfectStripped(wArr[:0], x.Relation)) != 1 && !decidedTo(x.Relation) || si >= len(d.sents) {
		return // one word: "appointed" or "has appointed", not "was appointed"
	}
	var holder *docEntity
	switch {
	case successionVerbs[verb]:
		holder = f.subj
	case taken:
		holder = f.subj // "Ann Lee took office as mayor of Velby", "took charge as finance minister": the post taken up
	case appointVerbs[verb] && verb != "be" && verb != "become" && verb != "serve":
		holder = f.obj
	case describeAsVerbs[verb]:
		holder = f.obj // "Norway described Tom Wu as a member of the Front": the role as reported
	case resignationGiven[verb] && objectHead(x.Object.Text) == "resignation",
		termVerbs[verb] && (objectHead(x.Object.Text) == "term" || objectHead(x.Object.Text) == "mandate"):
		// "announced her resignation as foreign minister", "won a second
		// term as president": the post the subject held or holds.
		holder = f.subj
	}
	if first, last := argTokens(s, x.Object); appointVerbs[verb] && verb != "be" && verb != "become" && verb != "serve" && first >= 0 {
		// "appointed her Foreign Secretary", "named Ann Lee foreign
		// minister": the title right after the person it is given to.
		for _, m := range d.sents[si] {
			if m.start != first || m.ent == nil || m.ent == f.subj || !named(m) && m.kind != mPronoun {
				continue // not the person the title is given to
			}
			switch {
			case m.end < last:
				d.homeAppointment(si, s, x, f.subj, m.ent, m.end, last)
				d.namedHead(si, s, x, f.subj, m.ent, m.end, last)
			case m.end == last:
				for _, a := range x.Extra {
					// "appointed him Foreign Secretary in 2019": the title
					// read as a bare argument right after the object.
					if af, al := argTokens(s, a); a.Role == "" && af == last {
						d.homeAppointment(si, s, x, f.subj, m.ent, af, al)
					}
				}
			}
		}
	}
	if holder == nil || holder.typ != schema.Person {
		return
	}
	extra := x.Extra
	if a, ok := asAfterApposition(s, x); ok {
		extra = append(extra[:len(extra):len(extra)], a)
	}
	for _, a := range extra {
		if !strings.EqualFold(a.Role, "as") {
			continue
		}
		first, last := argTokens(s, a)
		if first < 0 {
			continue
		}
		var words []string
		for k := first + 1; k < last; k++ {
			t := s.Tokens[k]
			if t.Tag == "IN" {
				break
			}
			if isCap(t.Text) {
				if w := titleOfThe(s.Tokens, k); w != "" {
					words = append(words, w) // "as Chairman of the Nordic Institute"
				} else if w := t.Lower(); k+1 < last && s.Tokens[k+1].Text == "of" && roleNoun(w) && !d.inName(si, k) {
					words = append(words, w) // "as the new Sultan of Brunei": a title no name holds
				}
				continue
			}
			if strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") {
				words = append(words, t.Lower())
			}
		}
		var org *mention
		for _, m := range d.sents[si] {
			if m.ent == nil || m.start <= first || m.end > last || m.ent == holder || strings.EqualFold(s.Tokens[m.start-1].Text, "to") {
				continue // "as its ambassador to Norway": Norway is where, not whose
			}
			if body := f.subj; m.kind == mPronoun && appointVerbs[verb] && body != nil && body != holder &&
				(body.typ == schema.Organization || body.typ == schema.GPE) {
				// "the council elected Ann Lee, a lawyer from Bergen,
				// as its chair": "its" is the body electing, not the
				// place the apposition names last.
				own := *m
				own.ent = body
				m = &own
			}
			if (m.ent.typ == schema.Organization || m.ent.typ == schema.GPE) && (org == nil || m.end-m.start > org.end-org.start) {
				org = m
			}
		}
		if org == nil {
			// "appointed Ann Lee as Foreign Secretary": a title of the
			// government of the state the report is about.
			d.homeAppointment(si, s, x, f.subj, holder, first+1, last)
			own := first+1 < last && (s.Tokens[first+1].Lower() == "its" || s.Tokens[first+1].Lower() == "their")
			if subj := f.subj; appointVerbs[verb] && subj != nil && subj.typ == schema.Organization && subj != holder &&
				headedBy(s.Tokens[first+1:last]) && homeTitle(s.Tokens[first+1:last]) == "" {
				// "the Harbor Party chose Ann Lee as party leader",
				// "Globex named Tom Wu as its new chief executive": the
				// head the body appointing names is its own; so is the
				// staff it names as "its" or "their" ("Halden FC
				// appointed Tom Wu as their new head coach").
				if lemma := appositionLemma(words); lemma == schema.Lead || own && lemma != "" {
					d.derive(si, x.Subject, x.Relation+" as", lemma, holder, subj, "", x.Confidence*placeArgConf)
				}
			}
			continue
		}
		lemma := appositionLemma(words)
		if org.adj && org.ent.typ == schema.GPE && lemma != schema.Lead {
			lemma = nationalityLemma(words) // "as French ambassador"
		}
		lemma = pastRole(lemma, slices.ContainsFunc(words, formerWord)) // "as a former member of"
		if lemma != "" {
			d.derive(si, x.Subject, x.Relation+" as", lemma, holder, org.ent, "", x.Confidence*placeArgConf)
		}
		return
	}
}

// resignationGiven are the verbs that make a resignation as a post
// ("announced her resignation as foreign minister") given, not only
// offered or called for.
var resignationGiven = map[string]bool{"announce": true, "tender": true, "submit": true, "hand": true, "confirm": true}

// termVerbs are the verbs of a term in office won or served ("won a second
// term as president", "served two terms as mayor").
var termVerbs = map[string]bool{"win": true, "secure": true, "serve": true, "complete": true, "begin": true, "start": true}

// objectHead returns the last word of an object's text, lower case,
// without a plural's s: "her resignation" gives "resignation", "two
// terms" gives "term".
func objectHead(text string) string {
	w := strings.Fields(strings.ToLower(text))
	if len(w) == 0 {
		return ""
	}
	h := w[len(w)-1]
	if h == "terms" {
		return "term"
	}
	return h
}

// decidedTo reports whether relation is a vote or decision taken and the
// verb it was taken to do: "voted to elect", "has decided to appoint". The
// body that votes to elect a person elects them, as "elected" does; a plan
// ("plans to appoint", "wants to name") is no such act.
func decidedTo(relation string) bool {
	var wArr [16]string
	w := perfectStripped(wArr[:0], relation)
	if len(w) != 3 || !strings.EqualFold(w[1], "to") {
		return false
	}
	switch strings.ToLower(w[0]) {
	case "voted", "votes", "decided", "decides":
		return true
	}
	return false
}

// describeAsVerbs describe their object by the as-phrase after it, which
// may name a role ([docState.asRole]).
var describeAsVerbs = map[string]bool{
	"describe": true, "identify": true, "characterize": true, "characterise": true,
}

// perfectStripped appends to dst the words of relation without the
// auxiliary of the perfect before them, and returns them: "have named"
// gives "named".
func perfectStripped(dst []string, relation string) []string {
	w := appendFields(dst, relation)
	if len(w) > 1 {
		switch strings.ToLower(w[0]) {
		case "has", "have", "had":
			return w[1:]
		}
	}
	return w
}

// headedBy reports whether toks, the words of an as-phrase after "as",
// are role words only: "the new party leader", "chief executive", not "a
// lawyer for the family" or "leader in the region".
func headedBy(toks []nlp.Token) bool {
	for _, t := range toks {
		if t.Tag == "IN" || t.Tag == "TO" || t.Tag == "," || t.Tag == "POS" || isCap(t.Text) && !strings.EqualFold(t.Text, "the") {
			return false
		}
	}
	return len(toks) > 0
}

// namedHead gives holder the lead of body, the organisation that names,
// appoints or elects holder to the title at tokens [from, last) of s, x's
// object right after the holder's name ("Apple named Tim Cook chief
// executive", "the Harbor Party elected Ann Lee leader"): the head a body
// names without "as" is its own, as with it ([docState.asRole]). Titles
// of a state's government are [docState.homeAppointment]'s.
func (d *docState) namedHead(si int, s nlp.Sentence, x schema.Extraction, body, holder *docEntity, from, last int) {
	if body == nil || body.typ != schema.Organization || body == holder || holder.typ != schema.Person {
		return
	}
	toks := s.Tokens[from:last]
	if !headedBy(toks) || homeTitle(toks) != "" {
		return
	}
	var words []string
	for _, t := range toks {
		if strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") {
			words = append(words, t.Lower())
		}
	}
	if appositionLemma(words) == schema.Lead {
		d.derive(si, x.Subject, x.Relation, schema.Lead, holder, body, "", x.Confidence*placeArgConf)
	}
}

// complementRole: "the vote made Ann Lee the Green Party's candidate",
// "making her the Harbor Party's first female nominee for
// Governor", "named Tom Wu the Harbor Party's spokesman": an active verb
// of making or appointing, a person as its object (a pronoun only when it
// stands for subj, the verb's subject) and a complement that opens with a
// named body's possessive and lower-case role words give the person the
// role in the body ([roleLemma]).
func (d *docState) complementRole(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if x.Negated || x.Attribution != "" || verb != "make" && (!appointVerbs[verb] || verb == "be" || verb == "become" || verb == "serve") ||
		passiveIn(x.Relation) || si >= len(d.sents) {
		return
	}
	var holder *docEntity
	if first, last := argTokens(s, x.Object); first >= 0 {
		for _, m := range d.sents[si] {
			if m.start == first && m.end == last && m.ent != nil && m.ent.typ == schema.Person && (named(m) || m.kind == mPronoun && !m.possessive && m.ent == subj) {
				// "Ann Lee was chosen, making her the party's
				// candidate": a pronoun only for the subject itself, as
				// the participle's object; a pronoun resolved elsewhere
				// is too weak to give a role.
				holder = m.ent
			}
		}
	}
	if holder == nil {
		return
	}
	for _, a := range x.Extra {
		first, last := argTokens(s, a)
		if a.Role != "" || first < 0 {
			continue
		}
		k := first
		if strings.EqualFold(s.Tokens[k].Text, "the") {
			k++
		}
		for _, m := range d.sents[si] {
			if m.start != k || !m.possessive || m.ent == nil || m.ent == holder || m.ent.typ != schema.Organization || m.end >= last {
				continue
			}
			from := m.end + 1
			switch {
			case m.kind == mPronoun && m.ent == subj:
				// "the Harbor Party named Ann Lee its leader": the
				// body naming gives its own post.
				from = m.end
			case !named(m) || s.Tokens[m.end].Tag != "POS":
				continue
			}
			var words []string
			for j := from; j < last && (strings.HasPrefix(s.Tokens[j].Tag, "NN") || strings.HasPrefix(s.Tokens[j].Tag, "JJ")) && !isCap(s.Tokens[j].Text); j++ {
				words = append(words, s.Tokens[j].Lower())
			}
			if lemma := roleLemma(words); lemma != "" {
				d.derive(si, x.Object, x.Relation, lemma, holder, m.ent, "", x.Confidence*placeArgConf)
			}
		}
		if body, words := ofRoleBody(d.sents[si], s, k, last); body != nil && body != holder {
			// "making him the longest serving member of Norway's
			// parliament", "made her the leader of the Green Party"
			if lemma := roleLemma(words); lemma != "" {
				d.derive(si, x.Object, x.Relation, lemma, holder, body, "", x.Confidence*placeArgConf)
			}
		}
	}
}

// ofRoleBody reads tokens [k, last) of s as lower-case role words, "of"
// and a body or a state named to the end ("longest serving member of
// Norway's parliament", "leader of the Green Party"), and returns the
// body's entity and the words; nil when they are not.
func ofRoleBody(ms []*mention, s nlp.Sentence, k, last int) (*docEntity, []string) {
	var words []string
	j := k
	for ; j < last && s.Tokens[j].Text != "of"; j++ {
		t := s.Tokens[j]
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "VBG" && t.Tag != "RBS" {
			return nil, nil
		}
		words = append(words, t.Lower())
	}
	if j+1 >= last || len(words) == 0 {
		return nil, nil
	}
	j++
	if strings.EqualFold(s.Tokens[j].Text, "the") {
		j++
	}
	for _, m := range ms {
		if m.start == j && m.end == last && m.ent != nil && !m.possessive && (m.ent.typ == schema.Organization || m.ent.typ == schema.GPE) {
			return m.ent, words
		}
	}
	return nil, nil
}

// homeAppointment adds the role that the title in tokens [first, last) of
// sentence si gives the person holder, put in it by x, when the title is
// one of the government of a state and names no actor itself: the state
// the appointer leads ([docState.appointerState]: "the governor of Vermont
// appointed Tom Wu as secretary of state"), else the state the report is
// about ([homeTitle], [docState.homeState]).
func (d *docState) homeAppointment(si int, s nlp.Sentence, x schema.Extraction, appointer, holder *docEntity, first, last int) {
	if appointer != nil && first+1 < last && s.Tokens[first].Tag == "PRP$" && slices.ContainsFunc(d.sents[si], func(m *mention) bool {
		return m.start == first && m.kind == mPronoun && m.ent == appointer
	}) {
		first++ // "named Ann Lee as his foreign minister": the appointer's own government
	}
	if holder == nil || holder.typ != schema.Person || first >= last || actorWithin(d.sents[si], first, last) {
		return
	}
	home := d.appointerState(appointer)
	if home == nil {
		home = d.homeState()
	}
	if lemma := homeTitle(s.Tokens[first:last]); home != nil && home != holder && lemma != "" {
		d.derive(si, x.Subject, x.Relation, lemma, holder, home, "", x.Confidence*placeArgConf)
	}
}

// appointerState returns the state that the person who appoints someone
// leads: the one a nationality before the appointer's title names
// ("Norwegian Prime Minister Ann Lee"), else the one state the document's
// facts so far give the appointer as lead ("Ann Lee, the governor of
// Vermont,"); nil for none, two or an appointer who is no person.
func (d *docState) appointerState(appointer *docEntity) *docEntity {
	if appointer == nil || appointer.typ != schema.Person {
		return nil
	}
	if c := appointer.country; c != nil && c.typ == schema.GPE {
		return c
	}
	var led *docEntity
	for _, f := range d.facts {
		if f.subj != appointer || f.Lemma != schema.Lead || f.Negated || f.obj == nil || f.obj.typ != schema.GPE || f.obj == led {
			continue
		}
		if led != nil {
			return nil
		}
		led = f.obj
	}
	return led
}

// appointedRole returns the role relation that x states between its person
// subject and the organisation or state its object names through a role
// noun: "Ann Lee was appointed head of the Nordic Institute" (lead), "Tom Wu
// became a member of the Green Party" (member_of), "served as spokesman for
// the ministry" (work_for), "who is the chief executive of Globex" (lead),
// "resigned as prime minister of Norway" (lead, the post given up). It
// returns "" otherwise: an active "appointed" puts its object, not its
// subject, into the office.
func appointedRole(s nlp.Sentence, x schema.Extraction) string {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	// "resigned as", or a post taken away: "was fired as manager of the
	// Oslo Hawks" (a passive; "fired Ann Lee as manager" puts its object
	// out of the post).
	left := strings.HasSuffix(x.Lemma, "_as") && (leftPost(x) != "" || dismissVerbs[verb] && passiveIn(x.Relation))
	job := postLemmas[x.Lemma]                         // "worked as a reporter at the Halvik Times", "took over as head of": the post held, as "served as"
	deemed := deemVerbs[verb] && passiveIn(x.Relation) // "was considered the founding father of Zimbabwe"
	kept := x.Lemma == "remain" || x.Lemma == "stay"   // "remained a member of the committee": the role held on, as "is" holds it
	made := verb == "make" && passiveIn(x.Relation)    // "was made minister for finance": appointed
	if !appointVerbs[verb] && !left && !job && !deemed && !kept && !made || x.Negated || wishedRole(x.Relation) {
		return ""
	}
	if verb != "become" && verb != "serve" && verb != "be" && !kept && !left && !job && !passiveIn(x.Relation) && !headlinePassive(s, x) {
		return ""
	}
	var words []string
	owned := false // a possessive names the body: "the UN's chief"
	of := false    // "of" follows the role noun: "the commander of the army"
	named := false // the body's name or possessive came before
	part := -1     // the index in words of a noun of a part after it: "Globex's sales director"
	oneOf := -1    // the token after "one of (the)" that opens the object: "is one of the founders of"
	titled := -1   // the token after a state's title written with capitals: "was elected Prime Minister"
	for i, t := range s.Tokens {
		if t.Start < x.Object.Start || t.End > x.Object.End || i < oneOf || i < titled {
			continue
		}
		if t.Start == x.Object.Start && t.Lower() == "one" && i+2 < len(s.Tokens) && s.Tokens[i+1].Lower() == "of" {
			// "is one of the founders of Halvik Holdings": one of
			// several holders of the role.
			oneOf = i + 2
			if s.Tokens[oneOf].Lower() == "the" {
				oneOf++
			}
			continue
		}
		owned = owned || t.Tag == "POS"
		named = named || t.Tag == "POS" || isCap(t.Text)
		if w := t.Lower(); named && (t.Tag == "NN" || t.Tag == "NNS") && !isCap(t.Text) && !roleNoun(w) && !rankWords[w] && part < 0 &&
			!(i > 0 && isCap(s.Tokens[i-1].Text) && (bodyNouns[w] || stateBodyNouns[w])) {
			// Not the body's own noun after its name: "Labour party chairman".
			part = len(words)
		}
		if t.Tag == "IN" {
			of = t.Lower() == "of"
			if owned && t.Lower() == "of" {
				// "is the UN's chief of emergency relief": the
				// head of a part of the body ([appositionLemma]).
				words = append(words, "of")
			}
			break
		}
		if isCap(t.Text) {
			// "was elected President of the Nordic Institute", "Speaker
			// of the House": a title written with a capital.
			if w := titleOfThe(s.Tokens, i); w != "" {
				words = append(words, w)
			} else if speakerAt(s.Tokens, i) {
				words = append(words, "chair") // "was elected Speaker", "served as Speaker of the Ohio House"
			} else if e := stateTitleAt(s.Tokens, i, x.Object.End); e > i {
				// "was elected President in 2012", "served as Prime
				// Minister of Norway": a title of a state's government.
				words = append(words, lowerWords(s.Tokens[i:e])...)
				titled = e
			} else if i+1 < len(s.Tokens) && codeTitle(joinText(s.Tokens[i:i+2])) != nil {
				words = append(words, lowerWords(s.Tokens[i:i+2])...) // "became First Minister of Wales"
				titled = i + 2
			} else if cappedRoleOf(s.Tokens, i) {
				words = append(words, lowerWords(s.Tokens[i:i+2])...) // "is the former Attorney General of California"
				titled = i + 2
			} else if w := t.Lower(); (isAcronym(t.Text) && (leadNouns[w] || workNouns[w]) || localHeads[w]) && i+1 < len(s.Tokens) && s.Tokens[i+1].Text == "of" {
				// "was named CEO of Halvik Motors", "served as Mayor of
				// Oslo": the body or place named after "of"
				// ([docState.roleOfBody]); not "Director of
				// Communications".
				words = append(words, w)
			}
			continue
		}
		if k := lowerSpeakerOf(s.Tokens, i); k > i {
			// "served as the speaker of the chamber", "the speaker pro
			// tem of the Ohio House": the chair of a house, as "Speaker"
			// is; pro tem, its deputy. The caller keeps it for a
			// legislature only ("the keynote speaker of the congress").
			if k > i+2 {
				words = append(words, "vice")
			}
			words = append(words, "chair")
			titled = k
			continue
		}
		if strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Lower() == "founding" {
			w := t.Lower()
			if one, ok := strings.CutSuffix(w, "s"); ok && t.Tag == "NNS" && (roleNoun(one) || founderNouns[one]) {
				w = one // "Poland and Lithuania are members of NATO"
			}
			words = append(words, w) // "the chief executive"
		}
	}
	lemma := appositionLemma(words)
	if n := len(words); n > 0 && founderAt(words[max(n-2, 0)], words[n-1]) {
		lemma = "found" // "is the founder of the Harbor Foundation"
	}
	if oneOf >= 0 && (lemma == schema.Lead || lemma == "found") {
		// "one of the founders", "one of the leaders of the party": one
		// of several, a member rather than the head or founder.
		lemma = schema.MemberOf
	}
	if lemma == schema.Lead && part >= 0 && part < len(words)-1 {
		lemma = schema.WorkFor // "is Globex's sales director" heads a part of Globex
	}
	if n := len(words); n > 0 && !of {
		lemma = rankRole(lemma, words[n-1], nil) // "is a Hamas commander": one of its officers
	}
	return pastRole(lemma, slices.ContainsFunc(words, formerWord)) // "is a former member of": leave
}

// cappedRoleOf reports whether tokens i and i+1 of toks are a two-word
// title written with capitals whose first word is a role noun, before
// "of": "Attorney General of California", "Chief Executive of Globex".
func cappedRoleOf(toks []nlp.Token, i int) bool {
	return i+2 < len(toks) && isCap(toks[i].Text) && isCap(toks[i+1].Text) && isWord(toks[i+1].Text) && roleNoun(toks[i].Lower()) &&
		toks[i+2].Text == "of"
}

// deemVerbs, in the passive, say what their subject is held to be: "was
// considered the founding father of Zimbabwe", "is regarded as the head of
// the clan", "was best known as the founder of Halvik Motors".
var deemVerbs = map[string]bool{"consider": true, "regard": true, "see": true, "deem": true, "hail": true, "describe": true, "know": true}

// postLemmas say that their subject holds the post their object names:
// "served as", "worked as a reporter at", "took over as head of", "is acting as an adviser for",
// "started as a researcher at".
var postLemmas = map[string]bool{
	"serve_as": true, "work_as": true, "act_as": true, "take_over_as": true, "start_as": true,
}

// spanNouns are the nouns of a stretch of time a post is held for:
// "served eight years as mayor".
var spanNouns = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "decade": true, "decades": true,
	"term": true, "terms": true, "week": true, "weeks": true,
}

// postAfterTime returns x read with the phrase that names a post or an
// employer as its object, when times stand between the verb and it: "was
// elected in 1997 as a member of Parliament", "served eight years as the
// mayor of Oslo", "worked for three years for Ann Lee as an aide" are read
// as "was elected as a member of Parliament in 2001", "served as the mayor
// of Oslo for eight years" and "worked for Ann Lee for three years", as
// the extractor reads them when the times come last. An as-phrase follows
// a verb that puts someone in a post ([appointVerbs], passive unless
// "served"; [postLemmas]); a for-phrase follows "worked". x comes back
// unchanged otherwise.
func postAfterTime(s nlp.Sentence, x schema.Extraction) schema.Extraction {
	verb := x.Lemma
	if y, ok := timeObjectAs(s, x); ok {
		return y
	}
	if strings.Contains(verb, "_") || x.Negated || len(x.Extra) < 2 && x.Object.End <= x.Object.Start {
		return x
	}
	as := verb == "serve" || verb == "work" || verb == "act" || appointVerbs[verb] && verb != "be" && verb != "become" && passiveIn(x.Relation)
	if !as && verb != "work" {
		return x
	}
	var times []schema.Argument
	if x.Object.End > x.Object.Start {
		// "served eight years": a span of time, not what was served.
		first, last := argTokens(s, x.Object)
		if first < 0 || !spanNouns[s.Tokens[last-1].Lower()] {
			return x
		}
		for _, t := range s.Tokens[first:last] {
			if t.Tag != "CD" && t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "NNS" && t.Tag != "NN" || isCap(t.Text) {
				return x
			}
		}
		times = append(times, schema.Argument{Text: x.Object.Text, Start: x.Object.Start, End: x.Object.End, Role: "time"})
	}
	for i, a := range x.Extra {
		first, last := argTokens(s, a)
		if first < 0 {
			return x
		}
		if a.Role == "time" || yearsOnly(s.Tokens[first+1:last]) {
			times = append(times, a) // "in 2001", "from 2001 to 2009"
			continue
		}
		prep := s.Tokens[first].Lower()
		if len(times) == 0 || first+1 >= last || !(prep == "as" && as || prep == "for" && verb == "work") {
			return x
		}
		x.Lemma, x.Relation = verb+"_"+prep, x.Relation+" "+prep
		x.Object = schema.Argument{Text: a.Text[s.Tokens[first+1].Start-a.Start:], Start: s.Tokens[first+1].Start, End: a.End}
		x.Extra = append(times, x.Extra[i+1:]...)
		return x
	}
	return x
}

// timeObjectAs returns x read with its as-phrase as the object when the
// extractor took a time for the object of the verb's preposition: "was
// sworn in at noon as the governor of Oslo", "was sworn in on Monday as
// Norway's prime minister" are read as "was sworn in as ... at noon", as
// [postAfterTime] reads times that stand before the as-phrase. The verb
// puts someone in a post ([appointVerbs], in the passive), and the time is
// a clock's ([clockTime]) after "at", or a date ([dateLike]) after "on"
// or "in".
func timeObjectAs(s nlp.Sentence, x schema.Extraction) (schema.Extraction, bool) {
	if x.Negated || len(x.Extra) == 0 || !passiveIn(x.Relation) {
		return x, false
	}
	i := strings.LastIndex(x.Lemma, "_")
	if i < 0 {
		return x, false
	}
	base, prep := x.Lemma[:i], x.Lemma[i+1:]
	verb, _, _ := strings.Cut(base, "_")
	rel, ok := strings.CutSuffix(x.Relation, " "+prep)
	if !ok || !appointVerbs[verb] || verb == "be" || verb == "become" || verb == "serve" {
		return x, false
	}
	first, last := argTokens(s, x.Object)
	if first < 0 || !(prep == "at" && clockTime(s.Tokens[first:last]) || (prep == "on" || prep == "in") && dateLike(prep+" "+x.Object.Text)) {
		return x, false
	}
	a := x.Extra[0]
	af, al := argTokens(s, a)
	if a.Role != "as" || af < 0 || af+1 >= al || s.Tokens[af].Lower() != "as" || af < last {
		return x, false
	}
	time := schema.Argument{Text: prep + " " + x.Object.Text, Start: s.Tokens[first-1].Start, End: x.Object.End, Role: "time"}
	if first == 0 || s.Tokens[first-1].Lower() != prep {
		time.Text, time.Start = x.Object.Text, x.Object.Start
	}
	x.Lemma, x.Relation = base+"_as", rel+" as"
	x.Object = schema.Argument{Text: a.Text[s.Tokens[af+1].Start-a.Start:], Start: s.Tokens[af+1].Start, End: a.End}
	x.Extra = append([]schema.Argument{time}, x.Extra[1:]...)
	return x, true
}

// clockTime reports whether toks name a time of day: "noon", "midnight",
// "5 p.m.", "9:30 am local time (1330 GMT)".
func clockTime(toks []nlp.Token) bool {
	if len(toks) == 0 {
		return false
	}
	if w := toks[0].Lower(); len(toks) == 1 && (w == "noon" || w == "midnight") {
		return true
	}
	if toks[0].Tag != "CD" || len(toks) < 2 {
		return false
	}
	switch toks[1].Lower() {
	case "p.m.", "a.m.", "pm", "am", "p.m", "a.m", "o'clock":
	default:
		return false
	}
	for _, t := range toks[2:] {
		switch w := t.Lower(); {
		case w == "local" || w == "time" || w == "(" || w == ")" || t.Tag == "CD":
		case len(t.Text) >= 3 && len(t.Text) <= 4 && strings.ToUpper(t.Text) == t.Text && strings.Trim(t.Text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "":
			// "UTC", "GMT", "EST"
		default:
			return false
		}
	}
	return true
}

// yearsOnly reports whether toks are numbers alone ("2009" in "to 2009").
func yearsOnly(toks []nlp.Token) bool {
	return len(toks) > 0 && !slices.ContainsFunc(toks, func(t nlp.Token) bool { return t.Tag != "CD" })
}

// headlinePassive reports whether x is a passive written without "was":
// a headline's ("Tom Wu named new head of NATO", in a sentence with no
// final punctuation), one set off after its subject ("Tom Wu, elected
// leader of the Harbor Party last year, spoke") or one opening the
// sentence before it ("When elected leader in 2014, Tom Wu ..."). The relation is one past
// participle, and its object opens with a role noun rather than a name
// ("Ann Lee named Tom Wu head" is active).
func headlinePassive(s nlp.Sentence, x schema.Extraction) bool {
	toks := s.Tokens
	if len(toks) == 0 || strings.Contains(x.Relation, " ") || !strings.HasSuffix(x.Relation, "ed") {
		return false
	}
	first, _ := argTokens(s, x.Object)
	_, subj := argTokens(s, x.Subject)
	if first < 0 {
		return false
	}
	headline := !strings.ContainsAny(toks[len(toks)-1].Text, ".!?")
	apposed := subj > 0 && subj+1 < len(toks) && toks[subj].Text == "," && toks[subj+1].Text == x.Relation
	// "When elected prime minister in 2014, Tom Wu promised", "Elected
	// president in 2010, Ann Lee ...": the participle opens the sentence,
	// after a conjunction of time at most, and its subject is the main
	// clause's after it.
	v := 0
	if len(toks) > 1 && extract.ParticipleSubordinators[toks[0].Lower()] { // "if elected" is a condition
		v = 1
	}
	fronted := first == v+1 && toks[v].Text == x.Relation && subj > first
	if !headline && !apposed && !fronted {
		return false
	}
	w := toks[first]
	if w.Tag == "DT" || w.Tag == "JJ" && first+1 < len(toks) {
		w = toks[first+1] // "named the new head of", "elected new leader of"
	}
	if !isCap(w.Text) || roleNoun(w.Lower()) || w.Text == "Speaker" {
		return true // "Ann Lee elected Speaker as new Congress sworn in": a house's chair
	}
	// "Ann Lee elected Harbor Party leader": a body's name, whose last
	// word is a body's noun, before the role noun; "Ann Lee named Tom Wu
	// head" names a person.
	_, last := argTokens(s, x.Object)
	head := toks[last-1].Lower()
	return last-first > 1 && !isCap(toks[last-1].Text) && roleNoun(head) && isCap(toks[last-2].Text) &&
		(publicHeads[toks[last-2].Lower()] || bodyNouns[toks[last-2].Lower()])
}

// dismissVerbs take a post away from their object.
var dismissVerbs = map[string]bool{"fire": true, "sack": true, "dismiss": true, "oust": true, "remove": true, "depose": true}

// passiveIn reports whether a relation phrase holds a form of "be", as a
// passive's does ("was appointed", "has been named"). A form of "be"
// before a present participle makes an active progressive ("is naming",
// "will be naming" a new minister), unless the participle is "being"
// ("is being named").
func passiveIn(relation string) bool {
	var wArr [16]string
	w := lowerFields(wArr[:0], relation)
	for i, v := range w {
		switch v {
		case "was", "were", "is", "are", "been", "be", "being":
			if i+1 < len(w) && w[i+1] != "being" && len(w[i+1]) > 4 && strings.HasSuffix(w[i+1], "ing") {
				continue
			}
			return true
		}
	}
	return false
}

// wishedRole reports whether relation puts its post in an infinitive
// after another verb ("wants to be", "hopes to become", "is expected to
// be named"): a post wished or foreseen, not held. "went on to become"
// tells what came to pass, and so does a post left for it: "resigned to
// become", "stepped down to become" ([leftFor]).
func wishedRole(relation string) bool {
	var wArr [16]string
	w := lowerFields(wArr[:0], relation)
	for i := 1; i+1 < len(w); i++ {
		if w[i] == "to" && w[i-1] != "on" && !leftFor[w[i-1]] {
			return true
		}
	}
	return false
}

// leftFor are the past forms of the verbs of leaving a post ([leavingVerbs])
// that a purpose infinitive follows when the new post was taken: "Ann Lee
// resigned to become ambassador" became it.
var leftFor = map[string]bool{
	"resigned": true, "quit": true, "left": true, "retired": true, "down": true,
}

// inName reports whether the name of an entity mentioned in sentence si
// holds token k, other than the one word k alone ("Sultan").
func (d *docState) inName(si, k int) bool {
	return slices.ContainsFunc(d.sents[si], func(m *mention) bool {
		return m.start <= k && k < m.end && m.end-m.start > 1 && m.ent != nil && named(m)
	})
}

// stateTitleAt returns the end of the longest title of a state's
// government ([stateTitle]) that capitalised words from token k write,
// ending by the byte offset end ("Prime Minister" of "Prime Minister of
// Norway", "Secretary of State"), or k when none starts at k.
func stateTitleAt(toks []nlp.Token, k, end int) int {
	j := k
	for j < len(toks) && j < k+4 && toks[j].End <= end && (isCap(toks[j].Text) || j > k && toks[j].Text == "of") {
		j++
	}
	for ; j > k; j-- {
		if stateTitle(joinText(toks[k:j])) {
			return j
		}
	}
	return k
}

// titleOfThe returns the role noun that token k names when written with a
// capital as a title before "of the" ("President of the Nordic
// Institute"), "chair" for "Speaker" (who chairs a house; "a speaker at
// the rally" is no role), or "". Without "the", the words after "of"
// name a field or a part, not the body: "Professor of Linguistics at",
// "Director of Communications", "Secretary of State".
func titleOfThe(toks []nlp.Token, k int) string {
	if k+2 >= len(toks) || toks[k+1].Text != "of" || toks[k+2].Lower() != "the" {
		return ""
	}
	switch w := toks[k].Lower(); {
	case roleNoun(w):
		return w
	case w == "speaker":
		return "chair"
	}
	return ""
}

// speakerAt reports whether token k is the title "Speaker" written alone,
// with no name after it: the chair of a house ("was elected Speaker",
// "Speaker of the House"), not "Speaker Ann Lee".
// lowerSpeakerOf returns the index of the "of" after "speaker" written
// in lower case at token k, with "pro tem" or "pro tempore" between or
// not ("the speaker of the chamber", "speaker pro tem of the House"), or
// -1. A deputy or a time word may modify it, no other word: "the keynote
// speaker of" is one who spoke.
func lowerSpeakerOf(toks []nlp.Token, k int) int {
	if toks[k].Text != "speaker" {
		return -1
	}
	if p := toks[max(k-1, 0)]; k > 0 && (strings.HasPrefix(p.Tag, "NN") || strings.HasPrefix(p.Tag, "JJ")) && !deputyWords[p.Lower()] && !formerWord(p.Lower()) {
		return -1
	}
	j := k + 1
	if j+1 < len(toks) && toks[j].Lower() == "pro" && (toks[j+1].Lower() == "tem" || toks[j+1].Lower() == "tempore") {
		j += 2
	}
	if j+1 < len(toks) && toks[j].Text == "of" {
		return j
	}
	return -1
}

// lowerSpeakerIn reports whether the argument a holds a lower-case
// "speaker of" ([lowerSpeakerOf]).
func lowerSpeakerIn(s nlp.Sentence, a schema.Argument) bool {
	first, last := argTokens(s, a)
	for k := max(first, 0); k < last; k++ {
		if lowerSpeakerOf(s.Tokens, k) > k {
			return true
		}
	}
	return false
}

func speakerAt(toks []nlp.Token, k int) bool {
	return toks[k].Text == "Speaker" && (k+1 == len(toks) || !isCap(toks[k+1].Text))
}

// protestPreps are the prepositions after "in protest" that name what is
// protested.
var protestPreps = map[string]bool{"at": true, "against": true, "over": true, "of": true}

// inProtest adds subj —protest→ actor for an act done "in protest" at,
// against or over an actor or an actor's act: "Ann Lee resigned in protest
// at Tom Wu's deal", "quit in protest against Halvik Holdings". When the
// extractor folded the phrase into the relation
// (resign_in_protest_against), [heldNoun] makes the fact the protest.
func (d *docState) inProtest(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.subj == nil || x.Attribution != "" {
		return
	}
	var wArr [8]string
	w := splitLemma(wArr[:0], x.Lemma)
	if len(w) < 2 || w[len(w)-1] != "in" {
		return
	}
	args := x.Extra
	if head, rest := splitPrep(x.Object); head == "protest" && rest.Text != "" {
		// "in protest of Tom Wu's decision" read as one object: what
		// is protested follows within it.
		args = []schema.Argument{rest}
	} else if !strings.EqualFold(strings.TrimSpace(x.Object.Text), "protest") {
		return
	}
	for _, a := range args {
		prep, p := splitPrep(a)
		if !protestPreps[prep] || p.Text == "" {
			continue
		}
		o, _, _ := d.argument(si, s, p)
		if o == nil || !actorEntity(o) {
			o = d.actedOnPossessor(si, s, "protest", p)
		}
		if o != nil && o != f.subj {
			d.derive(si, x.Subject, x.Relation+" protest "+prep, "protest", f.subj, o, "", x.Confidence*placeArgConf)
		}
		return
	}
}

// phraseAfter returns argument a without its first word when that is prep
// ("Tom Wu's finances" of "into Tom Wu's finances"), and a itself when the
// extractor kept the preposition as a's role. It reports false when
// nothing is left.
func phraseAfter(a schema.Argument, prep string) (schema.Argument, bool) {
	first, rest := splitPrep(a)
	if first != prep {
		return a, a.Text != "" && strings.EqualFold(a.Role, prep)
	}
	return rest, rest.Text != ""
}

// objectPhrase returns the first of x's further arguments that starts
// right after its object and the phrase after the first of preps that
// opens it ("35 new orders from Halvik Air": from; "an offer by Halvik
// Motors": by), and false when no argument starts there or the first that
// does opens with none of preps.
func objectPhrase(x schema.Extraction, preps ...string) (a, phrase schema.Argument, ok bool) {
	for _, a := range x.Extra {
		if a.Start < x.Object.End || a.Start > x.Object.End+1 {
			continue
		}
		for _, p := range preps {
			if phrase, ok := phraseAfter(a, p); ok {
				return a, phrase, true
			}
		}
		break
	}
	return schema.Argument{}, schema.Argument{}, false
}

// splitPrep returns the first word of argument a in lower case, its
// preposition as a rule, and the argument after it ("in Parliament":
// "in", "Parliament").
func splitPrep(a schema.Argument) (string, schema.Argument) {
	first, rest, _ := strings.Cut(a.Text, " ")
	return strings.ToLower(first), schema.Argument{Text: rest, Start: a.End - len(rest), End: a.End}
}

// perpetratorVerbs say who did an act that their object, or their subject in
// the passive, names: "claimed the attack", "carried out the raid", "The
// bombing was claimed by the Harbor Militia".
var perpetratorVerbs = map[string]bool{
	"claim": true, "carry": true, "launch": true, "conduct": true, "stage": true, "mount": true,
	"perpetrate": true, "commit": true,
}

// claimedEvent adds agent —ACT→ target for a definite violent event noun
// that a verb of [perpetratorVerbs] gives an author, when the noun names no
// target of its own and the same or the previous sentence says whom such
// an act befell: in "Gunmen attacked the Oslo Police on Sunday. The attack
// was claimed by the Harbor Militia" (or "The Harbor Militia claimed
// responsibility for the attack") the militia attacked the Oslo Police.
// The act is the noun's ("the bombing": bomb).
func (d *docState) claimedEvent(si int, s nlp.Sentence, x schema.Extraction) {
	if x.Negated || si >= len(d.sents) {
		return // a reported claim is kept: "Police said the attack was carried out by the militia"
	}
	var agent *docEntity
	var a, event schema.Argument
	if base, by := passiveBy(x); by {
		verb, _, _ := strings.Cut(base, "_")
		if !perpetratorVerbs[verb] {
			return
		}
		a, event = x.Object, x.Subject
		agent, _, _ = d.argument(si, s, a)
	} else if verb, ok := passiveVerb(x); ok {
		if v, _, _ := strings.Cut(verb, "_"); !perpetratorVerbs[v] {
			return
		}
		agent, a, _ = d.byAgent(si, s, x, nil)
		event = x.Subject
	} else {
		verb, _, _ := strings.Cut(x.Lemma, "_")
		if !perpetratorVerbs[verb] {
			return
		}
		a, event = x.Subject, x.Object
		agent, _, _ = d.argument(si, s, a)
		if strings.EqualFold(lastWord(x.Object.Text), "responsibility") {
			event = schema.Argument{}
			for _, e := range x.Extra {
				if strings.HasPrefix(strings.ToLower(e.Text), "for ") {
					event = schema.Argument{Text: e.Text[4:], Start: e.Start + 4, End: e.End}
					break
				}
			}
		}
	}
	if agent == nil || !actorEntity(agent) || agent.typ == schema.Location {
		return
	}
	lemma := definiteAct(s, event)
	if lemma == "" {
		return
	}
	if d.eventClauseActs(si, s, x, a, event, agent) {
		return // "claimed responsibility for the attack, which killed three soldiers"
	}
	target := d.earlierTarget(si, agent)
	if target == nil {
		return
	}
	if f := d.derive(si, a, x.Relation, lemma, agent, target, "", x.Confidence*placeArgConf); f != nil {
		f.Class = schema.CanonicalRelation(lemma)
	}
}

// eventClauseActs gives agent the acts of the sentence's clauses whose
// subject is the event argument a verb of [perpetratorVerbs] gave it, a
// violent verb and an actor after it: "claimed responsibility for the
// attack, which killed three Canadian soldiers" (agent —kill→ Canadian
// soldiers), "carried out the bombing that wounded Tom Wu". It reports
// whether there was one; then no earlier target is sought.
func (d *docState) eventClauseActs(si int, s nlp.Sentence, x schema.Extraction, a, event schema.Argument, agent *docEntity) bool {
	found := false
	for _, y := range d.xs {
		if y.Negated || y.Subject.Start != event.Start || y.Subject.End != event.End || y.Object.End <= y.Object.Start {
			continue
		}
		verb, rest, _ := strings.Cut(y.Lemma, "_")
		if !violentActs[verb] && !woundVerbs[verb] || rest != "" {
			continue
		}
		o, _, _ := d.argument(si, s, y.Object)
		if o == nil || o == agent || !actorEntity(o) {
			continue
		}
		found = true
		if f := d.derive(si, a, x.Relation, y.Lemma, agent, o, "", x.Confidence*placeArgConf); f != nil {
			f.Class = schema.CanonicalRelation(y.Lemma)
		}
	}
	return found
}

// woundVerbs hurt those an event befell besides [violentActs]: "the attack
// wounded two soldiers".
var woundVerbs = map[string]bool{"wound": true, "injure": true, "hurt": true, "maim": true}

// definiteAct returns the act of a violent event noun that argument a
// names with a definite determiner and nothing after the noun ("the
// attack", "this week's bombing" is left out), or "".
func definiteAct(s nlp.Sentence, a schema.Argument) string {
	first, last := argTokens(s, a)
	if first < 0 || last-first < 2 {
		return ""
	}
	switch s.Tokens[first].Lower() {
	case "the", "this", "that", "these", "those":
	default:
		return ""
	}
	for k := first + 1; k < last-1; k++ {
		if t := s.Tokens[k].Tag; t != "JJ" && t != "NN" && t != "VBN" {
			return "" // "the attack's", "the Oslo attack": a name may say whom it befell
		}
	}
	if t := s.Tokens[last-1]; t.Tag == "NN" || t.Tag == "NNS" {
		n := nominals.at(t.Lower())
		if n.lemma == "" {
			n = patientNouns.at(t.Lower()) // "the bombing", "the killing"
		}
		if violentActs[n.lemma] {
			return n.lemma
		}
	}
	return ""
}

// earlierTarget returns the actor that the latest violent act of the
// same or the previous sentence befell, save agent: the object of
// "attacked the Oslo Police", or the subject of a passive whose agent is
// no actor ("the institute's website was attacked by hackers") or that
// names none ("Oslo was attacked on Monday").
func (d *docState) earlierTarget(si int, agent *docEntity) *docEntity {
	var target *docEntity
	d.latestFact(si, func(f *docFact) bool {
		verb, rest, _ := strings.Cut(f.Lemma, "_")
		switch {
		case !violentActs[verb] && !attackVerbs[verb]:
		case rest == "" && f.obj != nil && actorEntity(f.obj) && f.obj != agent:
			target = f.obj
		case rest == "by" && f.subj != nil && actorEntity(f.subj) && f.subj != agent && (f.obj == nil || !actorEntity(f.obj)):
			target = f.subj
		case !f.implied && passiveIn(f.Relation) && f.subj != nil && actorEntity(f.subj) && f.subj != agent && (f.obj == nil || isPlace(f.obj)):
			target = f.subj // "Oslo was attacked on Monday", "Ann Lee was attacked in Oslo"
		}
		return target != nil
	})
	return target
}

// latestFact returns the latest fact of sentence si or the sentence
// before it that ok accepts, or nil. Background and negated facts are
// left out.
func (d *docState) latestFact(si int, ok func(*docFact) bool) *docFact {
	for i := len(d.facts) - 1; i >= 0; i-- {
		f := d.facts[i]
		if f.Sentence < si-1 {
			break
		}
		if !f.Background && !f.Negated && ok(f) {
			return f
		}
	}
	return nil
}

// addressedActs are the acts, named by an event noun, that one who
// accepts, rejects, welcomes or faces them was their target: an
// invitation, an apology, criticism. A lawsuit or a deal is not (it may
// be against or with another).
var addressedActs = map[string]bool{
	"invite": true, "apologise": true, "apologize": true, "criticise": true, "criticize": true,
	"accuse": true, "support": true, "back": true, "endorse": true, "write": true, "thank": true,
	"praise": true, "congratulate": true, "threaten": true, "warn": true, "offer": true, "condemn": true,
}

// landActs are the acts of [violentActs] done to a land, not a person.
var landActs = map[string]bool{"invade": true, "occupy": true, "annex": true, "blockade": true, "besiege": true}

// givenActs are the acts of nominals that one actor gives or does to
// another, who receives or faces them: loans, aid, support, sanctions,
// pressure, criticism.
var givenActs = map[string]bool{
	"lend_to": true, "aid": true, "help": true, "support": true, "fund": true, "donate_to": true, "back": true,
	"endorse": true, "praise": true, "criticise": true, "condemn": true, "sanction": true, "pressure": true,
	"threaten": true, "warn": true,
}

// suffered reports whether x's verb is one of [undergoVerbs] by which its
// subject bears an act, not one that answers it ([respondVerbs]).
func suffered(x schema.Extraction) bool {
	for w := range strings.SplitSeq(x.Lemma, "_") {
		if undergoVerbs[w] && !evadeVerbs[w] {
			return true
		}
	}
	return false
}

// repelVerb returns the relation of x's verb of [repelVerbs], or "".
func repelVerb(x schema.Extraction) string {
	for w := range strings.SplitSeq(x.Lemma, "_") {
		if r := repelVerbs[w]; r != "" {
			return r
		}
	}
	return ""
}

// possessedEvent adds owner —LEMMA→ subj when a verb of undergoing or of
// answering takes an event noun whose owner is named by a possessive:
// "Tom Wu accepted Ann Lee's invitation" (Ann Lee invited him), "rejected
// Norway's offer", "faced Sweden's criticism". A violent act that the
// subject suffers or fends off may name its owner by a state's adjective
// too: "Ukraine fended off a Russian invasion". lemma and nomLemma are the
// noun's readings in eventNouns and nominals; head is its token. It
// reports whether it added a fact.
func (d *docState) possessedEvent(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity, head int, lemma, nomLemma string) bool {
	if subj == nil || !actorEntity(subj) {
		return false
	}
	if lemma == "" {
		lemma = nomLemma
	}
	toks := s.Tokens
	if violentActs[nomLemma] && suffered(x) {
		// "Ukraine fended off a Russian invasion", "Sweden faced
		// Norway's attack": the act's agent did it to the subject. An
		// act not suffered, or to come, is none ("did not face a
		// Norwegian attack", "vowed to repel any Russian invasion");
		// one not fended off happened ("did not resist the invasion").
		if x.Negated && repelVerb(x) == "" || d.intended(s, x) || unrealisedBefore(toks, head) {
			return false
		}
		lemma = nomLemma
		o := d.modifierAgentOf(si, s, x.Object)
		if o == nil {
			noun := toks[head].Lower()
			o = d.possessorOf(si, s, x.Object, func(w string) bool { return w == noun })
		}
		if o == nil || o == subj || !actorEntity(o) || subj.typ == schema.Person && landActs[lemma] {
			return false // "Tom Wu lived through the Russian occupation": of the land he lived in
		}
		f := d.derive(si, x.Subject, phraseWith(x.Relation, toks[head].Text), lemma, o, subj, "", x.Confidence*placeArgConf)
		if f != nil {
			f.Class = schema.CanonicalRelation(lemma)
		}
		if r := repelVerb(x); r != "" && !x.Negated {
			d.derive(si, x.Subject, x.Relation, r, subj, o, "", x.Confidence*placeArgConf)
		}
		return f != nil
	}
	if givenActs[nomLemma] && suffered(x) && !x.Negated && !d.intended(s, x) && !unrealisedBefore(toks, head) {
		// "GM received Canadian loans", "Norway faced Swedish
		// sanctions", "won American backing": the state the adjective
		// names gave or did the act to the subject.
		if o := d.modifierAgentOf(si, s, x.Object); o != nil && o != subj && actorEntity(o) {
			f := d.derive(si, x.Subject, phraseWith(x.Relation, toks[head].Text), nomLemma, o, subj, "", x.Confidence*placeArgConf)
			if f != nil {
				f.Class = schema.CanonicalRelation(nomLemma)
			}
			return f != nil
		}
	}
	if verb, _, _ := strings.Cut(lemma, "_"); !addressedActs[verb] {
		// "accepted Norway's deal": done together; "dismissed the
		// president's lawsuit": a suit against another.
		return false
	}
	k := head - 1
	for n := 0; n < 2 && k > 0 && strings.HasPrefix(toks[k].Tag, "JJ"); n++ {
		k-- // "Norway's formal apology"
	}
	if k < 1 || toks[k].Tag != "POS" && !possessiveDeterminers[toks[k].Lower()] {
		return false
	}
	noun := toks[head].Lower()
	o := d.possessorOf(si, s, x.Object, func(w string) bool { return w == noun })
	if o == nil || o == subj {
		return false
	}
	f := d.derive(si, x.Subject, phraseWith(x.Relation, toks[head].Text, "of"), lemma, o, subj, "", x.Confidence*placeArgConf)
	if f != nil {
		f.Class = schema.CanonicalRelation(lemma)
	}
	return f != nil
}

// strikerNouns are the people a body employs, who strike against it:
// "Halvik Motors employees walked off the job".
var strikerNouns = map[string]bool{"employees": true, "workers": true, "staff": true, "staffers": true}

// walkedOut adds group —strike_against→ body for a body's employees or
// workers, named by the body's name and the noun, who walk off the job
// or go on strike: "About 3,000 Halvik Motors workers walked off the job"
// strike against Halvik Motors.
func (d *docState) walkedOut(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.subj == nil || f.subj.typ != schema.Group || x.Attribution != "" {
		return
	}
	obj := strings.ToLower(strings.TrimSpace(x.Object.Text))
	switch x.Lemma {
	case "walk_off", "walk_out_of":
		if obj != "the job" && obj != "their jobs" {
			return
		}
	case "go_on":
		if obj != "strike" {
			return
		}
	case "walk_out", "strike":
		if obj != "" {
			return
		}
	default:
		return
	}
	_, last := argTokens(s, x.Subject)
	if last < 2 || !strikerNouns[s.Tokens[last-1].Lower()] {
		return
	}
	for _, m := range d.sents[si] {
		if m.end == last-1 && named(m) && !m.adj && m.ent != nil && m.ent.typ == schema.Organization && actorEntity(m.ent) {
			d.derive(si, x.Subject, x.Relation+" "+x.Object.Text, "strike_against", f.subj, m.ent, "", x.Confidence*placeArgConf)
			return
		}
	}
}
