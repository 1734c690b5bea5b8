package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// reciprocalVerbs act between the members of a coordinated subject when
// no actor is their object: "North and South Korea exchanged artillery
// fire", "Norway and Sweden signed a treaty", "Ann Lee and Tom Wu met on
// Monday". "agree" and "fight" are left out: "Norway and Denmark agreed
// to share flights" and "fought a war" tell of a joint act as often as
// of one between them.
var reciprocalVerbs = map[string]bool{
	"exchange": true, "swap": true, "meet": true, "clash": true, "sign": true, "ink": true, "negotiate": true, "trade": true, "talk": true,
	"discuss": true, "cooperate": true, "collaborate": true, "compete": true, "merge": true, "reconcile": true,
	"quarrel": true, "spar": true, "wrangle": true, "face_off": true, "square_off": true,
	"shake_hands": true, "partner": true, "team_up": true, "feud": true,
}

// bareReciprocalVerbs act between the members of a coordinated subject
// only when the verb takes no object, or a score: "Ann Lee and Tom Wu
// married in 2015", "divorced", "Norway and Sweden drew 1-1", "tied 2-2". With an
// object they tell of a joint act ("married their partners", "drew
// criticism"). "Norway and Sweden coordinated closely" is done with each
// other; "coordinated their response" is a joint act.
var bareReciprocalVerbs = map[string]bool{
	"marry": true, "wed": true, "divorce": true, "draw": true, "tie": true, "coordinate": true,
}

// scoreObject reports whether obj is a match score: "1-1", "2-2".
func scoreObject(obj string) bool {
	a, b, ok := strings.Cut(obj, "-")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// reciprocalVerb returns the verb of lemma that reciprocalVerbs may list:
// its first word, or its first two for a phrasal verb ("face_off_in":
// "face_off", reciprocal only with its particle; "sign_up_for":
// "sign_up", which is not reciprocal as "sign" is).
func reciprocalVerb(lemma string) string {
	verb, rest, _ := strings.Cut(lemma, "_")
	switch particle, _, _ := strings.Cut(rest, "_"); particle {
	case "off", "up", "out", "down", "away", "back":
		return verb + "_" + particle
	case "over":
		if !reciprocalVerbs[verb] || verb == "sign" || verb == "trade" {
			return verb + "_" + particle // "handed over", "signed over the rights"
		}
		// "clashed over the budget", "quarrelled over land": the topic
	}
	return verb
}

// reciprocal adds A —VERB_with→ B for two extractions of sentence si
// that differ only in their subjects, A and B, when those are listed
// together ("A and B", "A, B and C") and the verb is reciprocal: what the
// list did, its members did with each other. An actor object ("Norway
// and Sweden fought the rebels") makes the act a shared one, not a
// mutual one, and gives nothing here.
func (d *docState) reciprocal(si int, s nlp.Sentence, xs []schema.Extraction) {
	d.reciprocalAgents(si, s, xs)
	d.eachOther(si, s, xs)
	for i, x := range xs {
		verb := reciprocalVerb(x.Lemma)
		if verb == "shake" && strings.EqualFold(x.Object.Text, "hands") {
			verb = "shake_hands" // "Ann Lee and Tom Wu shook hands"
		}
		held := heldTogether(x)
		if held != "" {
			verb = strings.TrimSuffix(held, "_with") // "Norway and Sweden held talks": talk_with
		}
		agreeing := agreement(x.Lemma) && (strings.Contains(x.Lemma, "_") || x.Object.Text == "" || timesObject(x.Object.Text)) &&
			(x.Lemma != "agree_to" || nounObject(s, x.Object)) || // not "agreed to | share flights"
			truceAgreed(x)
		if agreeing {
			verb, _, _ = strings.Cut(x.Lemma, "_") // agree_with, disagree_with
		} else if heldAgreement(held) {
			agreeing = true // "could not reach an agreement", "failed to reach a compromise": not_agree_with
		}
		phoned := verb == "speak" && (byPhone(x) || spokeAbout(x)) // "Trump and Erdogan spoke on the phone"
		if togetherVerbs[verb] && slices.Contains(strings.Fields(strings.ToLower(x.Relation)), "together") {
			phoned = true // "Ann Lee and Tom Wu worked together": work_with, as a call is
		}
		bare := bareReciprocalVerbs[verb] && (x.Lemma == verb && (x.Object.Text == "" || scoreObject(x.Object.Text)) || placePrep(x.Lemma))
		state := ""
		if held == "" && !agreeing && !reciprocalVerbs[verb] && !bare {
			state = stateTogether(s, x) // "Ann Lee and Tom Wu were at odds"
			if state != "" {
				verb = state
			}
		}
		if !reciprocalVerbs[verb] && !bare && held == "" && !agreeing && !phoned && state == "" || x.Negated && !agreeing || x.Attribution != "" && x.Attribution == x.Subject.Text || d.intended(s, x) {
			continue // "urged Norway and Sweden to sign the treaty": asked, not done
		}
		their := held != "" && strings.HasPrefix(strings.ToLower(x.Object.Text), "their ") // "announced their merger": the list itself
		if o, _, _ := d.argument(si, s, x.Object); o != nil && actorEntity(o) && !placePrep(x.Lemma) && !their {
			continue // "met in Oslo" places the meeting
		}
		if strings.HasSuffix(x.Lemma, "_with") && peopleNoun(s, x.Object) {
			continue // "negotiated with unions": the list's partner, named without a name
		}
		if x.Lemma == verb+"_with" && held == "" && !agreeing && x.Object.Text != "" {
			continue // "partnered with Acme", a name that resolved to no actor: the list's partner
		}
		if frontedWith(s, x.Subject) {
			continue // "the envoy with whom Ann Lee and Tom Wu met": the partner is the envoy
		}
		if (verb == "sign" || verb == "ink") && cosigned[strings.ToLower(lastWord(x.Object.Text))] {
			continue // "Ann Lee, Tom Wu and Ola Berg signed a letter": they signed it together
		}
		if d.jointPartner(si, s, xs, x, verb) {
			continue // "the leaders of Norway and Sweden met with the Pope"
		}
		d.reciprocalOf(si, s, x, verb)
		a, ac, _ := d.argument(si, s, x.Subject)
		if a != nil && len(a.members) > 1 && d.pronounGroup(si, s, x.Subject) == a {
			// "They discussed it with each other", "Both later met":
			// each member with each later one, as a list's members
			// ([docState.reciprocalFact]: discuss_with).
			if pairNouns[strings.ToLower(lastWord(x.Subject.Text))] && len(a.members) != 2 {
				continue // "The duo formed a partnership" taken up as a list of three: not them
			}
			for j, p := range a.members {
				for _, q := range a.members[j+1:] {
					if p != q && actorEntity(p) && actorEntity(q) {
						d.reciprocalFact(si, x, verb, p, q, x.Confidence*ac)
					}
				}
			}
			continue
		}
		if a == nil || !actorEntity(a) {
			continue
		}
		d.listMates(si, s, xs, i, a, func(y schema.Extraction, b *docEntity, bc float64) {
			d.reciprocalFact(si, x, verb, a, b, min(x.Confidence*ac, y.Confidence*bc))
		})
	}
}

// listMates calls f with each later extraction y of xs whose subject goes
// on the list that the subject of xs[i] opens ("A, B and C": B, then C),
// with the same act on the same object, and with y's subject's actor and
// its confidence, when that actor is not a, xs[i]'s own.
func (d *docState) listMates(si int, s nlp.Sentence, xs []schema.Extraction, i int, a *docEntity, f func(y schema.Extraction, b *docEntity, bc float64)) {
	x := xs[i]
	last := x.Subject // the list's member before the next: "A, B and C" pairs A with C too
	for _, y := range xs[i+1:] {
		if y.Lemma != x.Lemma || y.Relation != x.Relation || y.Object != x.Object || y.Negated != x.Negated ||
			y.Subject.Start <= last.End || !listedTogether(s, last, y.Subject) {
			continue
		}
		last = y.Subject
		b, bc, _ := d.argument(si, s, y.Subject)
		if b == nil || b == a || !actorEntity(b) {
			continue
		}
		f(y, b, bc)
	}
}

// togetherVerbs are the acts that a list does with each other when it
// does them "together": "Ann Lee and Tom Wu worked together on the bill"
// (work_with), "played together in a band". Others done together are
// joint acts on a third ("wrote the report together", "fought together").
var togetherVerbs = map[string]bool{
	"work": true, "play": true, "perform": true, "sing": true, "serve": true, "study": true, "train": true,
	"tour": true, "appear": true, "record": true, "campaign": true, "star": true, "partner": true, "team": true,
	"team_up": true, "collaborate": true, "cooperate": true,
}

// eachOther adds A —VERB→ B and B —VERB→ A for a list whose act takes "each
// other" or "one another" as its object: "Norway and Sweden criticized
// each other", "Ann Lee and Tom Wu spoke with each other" (speak_with),
// "fought one another". A list of three gives each pair.
func (d *docState) eachOther(si int, s nlp.Sentence, xs []schema.Extraction) {
	for i, x := range xs {
		switch strings.ToLower(x.Object.Text) {
		case "each other", "one another":
		default:
			continue
		}
		verb, _, _ := strings.Cut(x.Lemma, "_")
		if x.Negated || x.Attribution != "" && x.Attribution == x.Subject.Text || d.intended(s, x) || verb == "be" || verb == "have" {
			continue
		}
		a, ac, _ := d.argument(si, s, x.Subject)
		if a != nil && len(a.members) > 1 && d.pronounGroup(si, s, x.Subject) == a {
			// "Both later praised each other": the members of the group
			// the pronoun takes up, each of the others.
			for _, p := range a.members {
				for _, q := range a.members {
					if p != q && actorEntity(p) && actorEntity(q) {
						if f := d.derive(si, x.Subject, x.Relation, schema.StatedRelation(x.Lemma), p, q, "", x.Confidence*ac*placeArgConf); f != nil {
							f.Class = schema.CanonicalRelation(x.Lemma)
						}
					}
				}
			}
			continue
		}
		if a == nil || !actorEntity(a) {
			continue
		}
		d.listMates(si, s, xs, i, a, func(y schema.Extraction, b *docEntity, bc float64) {
			conf := min(x.Confidence*ac, y.Confidence*bc) * placeArgConf
			for _, p := range [][2]*docEntity{{a, b}, {b, a}} {
				if f := d.derive(si, x.Subject, x.Relation, schema.StatedRelation(x.Lemma), p[0], p[1], "", conf); f != nil {
					f.Class = schema.CanonicalRelation(x.Lemma)
				}
			}
		})
	}
}

// stateTogether returns the act, with no _with, of a state that "be in"
// or "be at" puts a list in with no partner after "with" ("Ann Lee and Tom
// Wu were at odds over the budget": dispute, "Norway and Sweden are in
// talks": talk, "have been at war": fight), or "" for another extraction.
// A with-phrase names the list's partner ("were at odds with Acme"), which
// [docState.inEvent] reads.
func stateTogether(s nlp.Sentence, x schema.Extraction) string {
	lemma, _ := inState(s, x)
	if lemma == "" {
		return ""
	}
	for _, a := range x.Extra {
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if prep != "with" && strings.ToLower(a.Role) != "with" {
			continue
		}
		if !topicBefore(x, a) {
			return ""
		}
	}
	return strings.TrimSuffix(lemma, "_with")
}

// topicBefore reports whether a topic phrase of x (over, about, on) comes
// between x's object and its argument a: "at odds over the handling of
// issues with Iran" has the with-phrase in the topic, not the state.
func topicBefore(x schema.Extraction, a schema.Argument) bool {
	for _, b := range x.Extra {
		prep, _, _ := strings.Cut(strings.ToLower(b.Text), " ")
		if (prep == "over" || prep == "about" || prep == "on") && b.Start >= x.Object.End && b.End <= a.Start {
			return true
		}
	}
	return false
}

// cosigned are the papers that a list signs together, not with each
// other as it does a treaty or a deal: "signed an open letter", "signed
// the petition".
var cosigned = map[string]bool{
	"letter": true, "letters": true, "petition": true, "petitions": true, "pledge": true, "appeal": true,
	"statement": true, "manifesto": true, "op-ed": true,
}

// frontedWith reports whether subj, the first of a list, opens a relative
// clause after "with which" or "with whom" ("an end to the war, with
// which Ann Lee and Tom Wu agreed"): the act is with the clause's
// antecedent, not between the list's members.
func frontedWith(s nlp.Sentence, subj schema.Argument) bool {
	k, _ := argTokens(s, subj)
	if k < 2 {
		return false
	}
	w := s.Tokens[k-1].Lower()
	return (w == "which" || w == "whom") && s.Tokens[k-2].Lower() == "with"
}

// byPhone reports whether x's object or another argument is a telephone
// ("spoke on the phone", "spoke by telephone"): two who speak so speak
// with each other, where two who speak at a conference need not.
func byPhone(x schema.Extraction) bool {
	for _, a := range append([]schema.Argument{x.Object}, x.Extra...) {
		if f := strings.Fields(strings.ToLower(a.Text)); len(f) > 0 && (f[len(f)-1] == "phone" || f[len(f)-1] == "telephone") {
			return true
		}
	}
	return false
}

// spokeAbout reports whether x is a bare "spoke" on a topic, with no one
// else spoken with or to: "Ann Lee and Tom Wu spoke on Monday about
// trade" tells of a talk between them, as a call does. "spoke to
// reporters about trade" and "spoke with China about trade" name the
// other party, and "spoke at the rally" no talk at all.
func spokeAbout(x schema.Extraction) bool {
	if x.Lemma != "speak" || x.Object.Text != "" {
		return false
	}
	about := false
	for _, a := range x.Extra {
		switch a.Role {
		case "about":
			about = true
		case "with", "to", "at", "before", "for":
			return false
		}
	}
	return about
}

// truceAgreed reports whether x agrees to or on a settlement of
// [truceNouns], or agrees one ("agreed a truce"), which its coordinated
// subjects agree with each other ([docState.reciprocal]).
func truceAgreed(x schema.Extraction) bool {
	if x.Lemma != "agree" && x.Lemma != "agree_to" && x.Lemma != "agree_on" {
		return false
	}
	w := strings.Fields(strings.ToLower(x.Object.Text))
	return len(w) > 0 && len(w) <= 3 && truceNouns[w[len(w)-1]]
}

// agreement reports whether lemma agrees or disagrees, on a topic or with
// no object: "Norway and Sweden could not agree on a budget" is between
// them, and its negation is stated as one (not_agree_with); so is "agreed
// to a ceasefire". "agreed to share flights" stays a joint act, and so
// does "agreed that ..." (the caller asks for no object after a bare
// agree).
func agreement(lemma string) bool {
	verb, prep, _ := strings.Cut(lemma, "_")
	if verb != "agree" && verb != "disagree" {
		return false
	}
	switch prep {
	case "", "on", "over", "about", "upon":
		return true
	case "to":
		// "Israel and Hamas agreed to a ceasefire": a noun agreed to, as
		// "agreed on" ("agreed to share flights" is lemma share).
		return verb == "agree"
	}
	return false
}

// nounObject reports whether argument a opens with a determiner, a
// possessive, a number or an adjective: "a ceasefire", "their plan", not
// "share surveillance flights" (a verb the tagger may read as a noun).
func nounObject(s nlp.Sentence, a schema.Argument) bool {
	first, _ := argTokens(s, a)
	if first < 0 {
		return false
	}
	t := s.Tokens[first].Tag
	return t == "DT" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "JJ")
}

// timesObject reports whether an object counts the times an act was done
// rather than naming what was done: "disagreed many times", "the many
// occasions that Ann Lee and I agreed" (the relative's head read as
// the object).
func timesObject(obj string) bool {
	w := strings.Fields(strings.ToLower(obj))
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	switch w[len(w)-1] {
	case "times", "occasions":
	default:
		return false
	}
	switch w[len(w)-2] {
	case "many", "several", "two", "three", "few", "numerous", "countless", "other", "some":
		return true
	}
	return false
}

// heldAgreement reports whether held, an act of [heldTogether], is an
// agreement reached ("reached an agreement", "struck a deal"), which a list
// reaches with each other and whose failure is stated as one
// ("could not reach an agreement": not_agree_with).
func heldAgreement(held string) bool { return held == "agree_with" || held == "deal_with" }

// heldTogether returns the act, ending in _with, of an event noun of
// nominals that a verb of [withVerbs] takes ("held talks", "reached a
// deal", "had disputes"; the extractor may fold the noun into the lemma,
// "held talks in"), or "" for another extraction or none of the act
// ("had no talks"). A verb of [announceVerbs] takes the act after
// "their" ("announced their merger"). A verb of [tieOpeners] begins talks or a tie
// ("opened talks": talk_with; "established diplomatic relations":
// establish_relations_with, the tie made rather than had).
func heldTogether(x schema.Extraction) string {
	var wArr [8]string
	w := splitLemma(wArr[:0], x.Lemma)
	noun := lastWord(x.Object.Text)
	if len(w) == 1 && announceVerbs[w[0]] && strings.HasPrefix(strings.ToLower(x.Object.Text), "their ") && withNominal(noun) {
		return nominals.at(noun).lemma // "Tesco and Salling Group announced their agreement"
	}
	if noneOf(x.Object.Text) {
		return ""
	}
	switch {
	case tieEnders[x.Lemma] && tieNouns[noun]:
		return x.Lemma + "_" + noun + "_with" // "Norway and Sweden severed ties": sever_ties_with
	case x.Lemma == "join" && noun == "forces":
		return "join_forces_with"
	case (tieOpeners[x.Lemma] || x.Lemma == "form") && allianceNouns[noun]:
		return nominals.at(noun).lemma // "formed an alliance": ally_with
	}
	if !withVerbs[w[0]] && !tieOpeners[w[0]] {
		return ""
	}
	if len(w) > 1 {
		noun = w[1]
	}
	if !withNominal(noun) {
		return ""
	}
	if !withVerbs[w[0]] {
		switch {
		case tieNouns[noun]:
			return w[0] + "_" + noun + "_with"
		case !talkNouns[noun]:
			return ""
		}
	}
	return nominals.at(noun).lemma
}

// tieOpeners open, make or mend talks or a tie between two actors:
// "Serbia and Kosovo opened economic ties", "Norway and Chile
// established diplomatic relations", "began talks". Their other objects
// ("opened a meeting", "started a debate") are no act between them.
var tieOpeners = map[string]bool{
	"open": true, "establish": true, "restore": true, "normalize": true, "normalise": true, "renew": true,
	"forge": true, "begin": true, "start": true, "launch": true, "reopen": true, "reestablish": true,
	"re-establish": true,
}

// tieEnders cut a tie between two actors ([tieNouns]): "Norway and
// Sweden severed ties", "broke off relations".
var tieEnders = map[string]bool{"sever": true, "cut": true, "break_off": true, "break": true, "suspend": true}

// allianceNouns are the ties that two actors form or forge ([tieOpeners]):
// "Norway and Sweden formed an alliance", "forged a partnership".
var allianceNouns = map[string]bool{"alliance": true, "partnership": true}

// announceVerbs make public an act that their subjects did together,
// named with "their": "Acme and Globex announced their merger",
// "confirmed their partnership".
var announceVerbs = map[string]bool{
	"announce": true, "confirm": true, "finalise": true, "finalize": true, "complete": true, "unveil": true,
	"formalise": true, "formalize": true, "celebrate": true,
}

// talkNouns are the talks that [tieOpeners] begin: "began talks",
// "opened negotiations".
var talkNouns = map[string]bool{"talks": true, "negotiations": true, "cooperation": true}

// jointPartner reports whether the subject of x acts with, to, against or
// for an actor that a phrase of the same verb names: in "Ann Lee and Tom
// Wu signed the accord with Halvik Holdings" or "signed a letter to the
// Marren Group" the list signed together, not with each other; so too
// with a partner named by a noun ("opened relations with the nation").
func (d *docState) jointPartner(si int, s nlp.Sentence, xs []schema.Extraction, x schema.Extraction, verb string) bool {
	for _, e := range x.Extra {
		p, rest, ok := strings.Cut(e.Text, " ")
		switch strings.ToLower(p) {
		case "with", "to", "against", "for":
		default:
			continue
		}
		if !ok || topicBefore(x, e) {
			continue // "clashed over the handling of trade with Acme"
		}
		a := schema.Argument{Text: rest, Start: e.Start + len(p) + 1, End: e.End}
		o, _, _ := d.argument(si, s, a)
		if o != nil && actorEntity(o) && !d.listMate(si, s, xs, x, o) || strings.EqualFold(p, "with") && (peopleNoun(s, a) || definiteNoun(s, a)) {
			return true
		}
	}
	for _, y := range xs {
		if y.Subject != x.Subject || y.Negated || reciprocalVerb(y.Lemma) != verb || !strings.HasSuffix(y.Lemma, "_with") {
			continue
		}
		if o, _, _ := d.argument(si, s, y.Object); o != nil && actorEntity(o) {
			return true
		}
	}
	return false
}

// peopleNoun reports whether argument a ends in a common noun in the
// plural ("with unions", "with the rebels"): the other party of a mutual
// act, named without a name, as an actor would be.
func peopleNoun(s nlp.Sentence, a schema.Argument) bool {
	_, last := argTokens(s, a)
	return last > 0 && s.Tokens[last-1].Tag == "NNS" && !isCap(s.Tokens[last-1].Text)
}

// listMate reports whether o is the subject of another extraction of xs
// that x's list shares ("Tesco and Salling Group announced their
// agreement over selling the stores to Salling Group"): a phrase naming a
// member of the list names no partner outside it.
func (d *docState) listMate(si int, s nlp.Sentence, xs []schema.Extraction, x schema.Extraction, o *docEntity) bool {
	for _, y := range xs {
		if y.Subject == x.Subject || y.Lemma != x.Lemma || y.Object != x.Object {
			continue
		}
		if b, _, _ := d.argument(si, s, y.Subject); b == o {
			return true
		}
	}
	return false
}

// definiteNoun reports whether argument a is a definite noun phrase
// ending in a common noun ("with the nation", "with the company"): an
// actor named without a name, as the partner of an act is.
func definiteNoun(s nlp.Sentence, a schema.Argument) bool {
	first, last := argTokens(s, a)
	return first >= 0 && last-1 > first && s.Tokens[first].Lower() == "the" && s.Tokens[last-1].Tag == "NN" && !isCap(s.Tokens[last-1].Text)
}

// sideNouns are the people or forces of a side, named with "of" and a
// list of the sides ("the leaders of Norway and Sweden"), or the sides
// themselves ("the neighbouring nations of Norway and Sweden").
var sideNouns = map[string]bool{
	"nations": true, "countries": true, "sides": true,
	"leaders": true, "presidents": true, "ministers": true, "heads": true, "envoys": true, "delegations": true,
	"representatives": true, "officials": true, "diplomats": true, "negotiators": true, "troops": true,
	"forces": true, "armies": true, "governments": true, "delegates": true, "premiers": true, "chancellors": true,
}

// reciprocalOf adds the reciprocal facts of a list inside the subject's
// of-phrase after a noun of [sideNouns]: "The presidents of Armenia and
// Azerbaijan met" (Armenia —meet→ Azerbaijan), each member's people acting
// with the other's. A phrase of two that takes up a pair named before
// serves as the list: "Norway and Sweden quarrelled, but the leaders of
// the two countries met" (Norway —meet→ Sweden).
func (d *docState) reciprocalOf(si int, s nlp.Sentence, x schema.Extraction, verb string) {
	before, after, ok := strings.Cut(x.Subject.Text, " of ")
	f := strings.Fields(strings.ToLower(before))
	if !ok || len(f) == 0 || !sideNouns[f[len(f)-1]] || si >= len(d.sents) {
		return
	}
	of := schema.Argument{Text: after, Start: x.Subject.End - len(after), End: x.Subject.End}
	if !strings.Contains(after, " and ") {
		if g := d.pronounGroup(si, s, of); g != nil && len(g.members) == 2 && actorEntity(g.members[0]) && actorEntity(g.members[1]) {
			d.reciprocalFact(si, x, verb, g.members[0], g.members[1], x.Confidence)
		}
		return
	}
	for _, m := range d.sents[si] {
		if t := s.Tokens[m.start]; t.Start < of.Start || t.End > of.End || m.ent == nil || !actorEntity(m.ent) {
			continue
		}
		members := d.conjoined(si, s, of, m.ent)
		for k, a := range members {
			for _, b := range members[k+1:] {
				d.reciprocalFact(si, x, verb, a, b, x.Confidence)
			}
		}
		return
	}
}

// reciprocalFact adds a —VERB_with→ b (a —meet→ b) for extraction x.
func (d *docState) reciprocalFact(si int, x schema.Extraction, verb string, a, b *docEntity, conf float64) {
	lemma := verb + "_with"
	switch verb {
	case "meet", "marry", "divorce":
		lemma = verb
	case "wed":
		lemma = "marry"
	}
	if f := d.derive(si, x.Subject, x.Relation, schema.StatedRelation(lemma), a, b, "", conf*placeArgConf); f != nil {
		f.Class = schema.CanonicalRelation(lemma)
		f.Negated = x.Negated // only an agreement gets here negated
	}
}

// reciprocalAgents adds A —VERB_with→ B for a passive of a reciprocal
// verb whose listed agents are A and B and whose subject is no actor: "the
// deal was signed by Norway and Sweden" (two extractions that differ only
// in their by-objects).
func (d *docState) reciprocalAgents(si int, s nlp.Sentence, xs []schema.Extraction) {
	for i, x := range xs {
		verb, ok := passiveBy(x)
		if !ok || !reciprocalVerbs[verb] || x.Negated || x.Attribution != "" {
			continue
		}
		if subj, _, _ := d.argument(si, s, x.Subject); subj != nil && actorEntity(subj) {
			continue // "Ann Lee was met by Tom Wu and Joe Ng": both met her
		}
		a, ac, _ := d.argument(si, s, x.Object)
		if a == nil || !actorEntity(a) {
			continue
		}
		last := x.Object
		for _, y := range xs[i+1:] {
			if y.Relation != x.Relation || y.Subject != x.Subject || y.Negated || y.Object.Start <= last.End ||
				!listedTogether(s, last, y.Object) {
				continue
			}
			last = y.Object
			b, bc, _ := d.argument(si, s, y.Object)
			if b == nil || b == a || !actorEntity(b) {
				continue
			}
			lemma := verb + "_with"
			if verb == "meet" {
				lemma = verb
			}
			if f := d.derive(si, x.Object, x.Relation, schema.StatedRelation(lemma), a, b, "", min(x.Confidence*ac, y.Confidence*bc)*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(lemma)
			}
		}
	}
}

// placePrep reports whether lemma ends in a preposition of place or
// time ("meet_in", "clash_near").
func placePrep(lemma string) bool {
	i := strings.LastIndex(lemma, "_")
	prep := lemma[i+1:]
	switch {
	case i < 0:
		return false
	case prep == "in", prep == "at", prep == "near", prep == "on", prep == "during", prep == "outside", prep == "inside":
		return true
	}
	return false
}

// listedTogether reports whether arguments a and b, a first, are members
// of one list: only commas, "and", "both" and "the" stand between them.
func listedTogether(s nlp.Sentence, a, b schema.Argument) bool {
	sep := false
	for _, t := range s.Tokens {
		if t.Start < a.End || t.End > b.Start {
			continue
		}
		switch w := t.Lower(); w {
		case ",", "and":
			sep = true
		case "the", "both":
		default:
			return false
		}
	}
	return sep
}

// partnerAfter reports whether arg is followed by a comma and words that
// join a partner to it as "and" would ([partnerWords]); "alongside" after
// an object mostly joins the doer's partner ("fought Norway, alongside
// Sweden").
func partnerAfter(s nlp.Sentence, arg schema.Argument) bool {
	for i, t := range s.Tokens {
		if t.Start >= arg.End {
			return t.Text == "," && partnerWords(s.Tokens, i+1) > 0
		}
	}
	return false
}

// partners returns the actors a subject or a passive's agent is joined
// with by "along with", "together with", "alongside" or "as well as" set
// off by commas right after it: "Norway, along with Sweden, attacked
// Denmark" (Sweden), "Norway, along with Sweden and Finland, attacked"
// (both), "was attacked by Norway, along with Sweden." and "by Norway, as
// well as by Sweden." (Sweden).
func (d *docState) partners(si int, s nlp.Sentence, subj schema.Argument) []*docEntity {
	if si >= len(d.sents) || subj.End <= subj.Start {
		return nil
	}
	toks := s.Tokens
	k := -1
	for i, t := range toks {
		if t.Start >= subj.End {
			k = i
			break
		}
	}
	if k < 0 || k+3 >= len(toks) || toks[k].Text != "," {
		return nil
	}
	k++
	switch w := toks[k].Lower(); {
	case w == "alongside":
		k++
	case (w == "along" || w == "together") && strings.EqualFold(toks[k+1].Text, "with"):
		k += 2
	case w == "as" && k+3 < len(toks) && strings.EqualFold(toks[k+1].Text, "well") && strings.EqualFold(toks[k+2].Text, "as"):
		k += 3
	default:
		return nil
	}
	if strings.EqualFold(toks[k].Text, "by") {
		k++ // "was condemned by Norway, as well as by Sweden"
	}
	for k+1 < len(toks) && isCap(toks[k].Text) && titleWord(toks[k].Text) && coveringAt(d.sents[si], k) < 0 {
		k++ // "along with Senator Tom Wu": the title before the name
	}
	var actors []*mention
	for _, m := range d.sents[si] {
		if m.start >= k && m.ent != nil && !m.adj && actorEntity(m.ent) {
			actors = append(actors, m)
		}
	}
	// "Norway, along with Sweden and Finland, attacked": each listed.
	list := listStarting(toks, actors, k)
	if n := len(list); n == 0 || list[n-1].end >= len(toks) || toks[list[n-1].end].Text != "," && list[n-1].end != len(toks)-1 {
		return nil // set off by commas, or by a comma and the sentence's end
	}
	out := make([]*docEntity, len(list))
	for i, m := range list {
		out[i] = m.ent
	}
	return out
}
