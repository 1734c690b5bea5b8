package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// passiveAgent returns the agent of a passive whose relation ends with a
// participle and a preposition and whose by-phrase names an actor: in "the
// paintings donated to Yale University by the Ford Foundation" and "The
// letter was sent to Tony Blair by Michael Howard" the foundation and
// Howard act, toward the preposition's object. It adds agent —VERB_PREP→
// obj and returns the agent, or returns nil when x is no such passive.
func (d *docState) passiveAgent(si int, s nlp.Sentence, x schema.Extraction, obj *docEntity) *docEntity {
	verb, prep, ok := strings.Cut(x.Lemma, "_")
	particle := ""
	if p, q, two := strings.Cut(prep, "_"); two && passiveParticles[p] {
		particle, prep = p, q // "was handed over to"
	}
	if !ok || obj == nil || x.Negated || !actorPreps[prep] || strings.Contains(prep, "_") || verb == "be" {
		return nil
	}
	w := strings.Fields(strings.ToLower(x.Relation))
	if len(w) < 2 || w[len(w)-1] != prep {
		return nil
	}
	w = w[:len(w)-1]
	if particle != "" {
		if len(w) < 2 || w[len(w)-1] != particle {
			return nil
		}
		w = w[:len(w)-1]
	}
	if p := w[len(w)-1]; !participle(p) {
		return nil
	}
	for _, a := range x.Extra {
		if !byPhrase(a) || a.Start < x.Object.End {
			continue
		}
		agent, conf, _ := d.argument(si, s, a)
		if agent == nil || agent == obj || !actorEntity(agent) || agent.typ == schema.Location {
			continue
		}
		if f := d.derive(si, a, x.Relation, schema.StatedRelation(x.Lemma), agent, obj, "", x.Confidence*conf*placeArgConf); f != nil {
			f.Class = schema.CanonicalRelation(x.Lemma)
		}
		return agent
	}
	return nil
}

// seatedPassive reports whether x puts its subject, a person, into a body
// by the agent's choice: "Ann Lee was appointed to the Varo Court by Tom
// Wu". The body is where the person sits, no party to the agent's act:
// Tom Wu appointed Ann Lee ([docState.passiveExtraAgent]) and Ann Lee
// keeps her edge to the court, where "paintings donated to Yale by the
// Ford Foundation" give the agent the edge.
func seatedPassive(x schema.Extraction, subj *docEntity) bool {
	verb, prep, ok := strings.Cut(x.Lemma, "_")
	if !ok || prep != "to" || subj == nil || subj.typ != schema.Person {
		return false
	}
	switch verb {
	case "be", "become", "serve", "acknowledge", "recognise", "recognize", "crown":
		return false
	case "nominate", "admit":
		return true
	}
	return appointVerbs[verb]
}

// passiveParticles may stand between a passive's participle and its
// preposition or by ("was handed over to", "was sworn in by").
var passiveParticles = map[string]bool{
	"over": true, "back": true, "in": true, "out": true, "up": true, "down": true, "off": true, "away": true,
}

// participle reports whether w (lower case) is spelled like a past
// participle.
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularParticiples[w]
}

// passiveAux are the forms of "be" and "get" that make a participle after
// them passive.
var passiveAux = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "'s": true,
	"get": true, "gets": true, "got": true, "gotten": true, "getting": true,
}

// passiveVerb returns the verb lemma of x when its relation is a passive,
// a form of "be" or "get" and a participle, possibly with adverbs between
// ("was arrested at", "had been denied", "were all donated by"), and
// whether it is one.
func passiveVerb(x schema.Extraction) (string, bool) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if verb == "" || verb == "be" || verb == "have" || verb == "get" {
		return "", false
	}
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	for i, aux := range w {
		if !passiveAux[aux] {
			continue
		}
		j := afterAdverbs(w, i+1)
		if j+2 < len(w) && w[j+1] == "to" && controlParticiples[w[j]] != "" {
			return "", false // "was forced to sell Initech by Globex": Globex forced, see [controlPassive]
		}
		if j < len(w) && (strings.HasSuffix(w[j], "ed") || strings.HasSuffix(w[j], "en") || irregularParticiples[w[j]]) {
			return verb, true
		}
	}
	return "", false
}

// controlParticiples are the participles, with their base forms, of the
// verbs that hand their passive subject to an infinitive after them ("was
// forced to resign", "was asked to step down"): a by-phrase after the
// infinitive names who forced or asked, not who resigned.
var controlParticiples = map[string]string{
	"forced": "force", "asked": "ask", "urged": "urge", "told": "tell", "ordered": "order", "pressed": "press",
	"pressured": "pressure", "persuaded": "persuade", "encouraged": "encourage", "invited": "invite",
	"advised": "advise", "instructed": "instruct", "compelled": "compel", "warned": "warn", "begged": "beg",
	"allowed": "allow", "permitted": "permit", "convinced": "convince", "required": "require",
}

// controlPassive returns the base form of the participle when x's
// relation is the passive of a verb of [controlParticiples] and the
// infinitive it controls ("was forced to resign by", "had been asked to
// leave"), and whether it is one.
func controlPassive(x schema.Extraction) (string, bool) {
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	for i, aux := range w {
		if !passiveAux[aux] {
			continue
		}
		if j := afterAdverbs(w, i+1); j+2 < len(w) && w[j+1] == "to" && controlParticiples[w[j]] != "" {
			return controlParticiples[w[j]], true
		}
		return "", false
	}
	return "", false
}

// afterAdverbs returns the index of the first of the words w from j on
// that is no adverb of [passiveAdverbs] nor ends in -ly: where a
// passive's participle stands after its auxiliary ("were all donated",
// "was reportedly forced").
func afterAdverbs(w []string, j int) int {
	for j < len(w) && (strings.HasSuffix(w[j], "ly") || passiveAdverbs[w[j]]) {
		j++
	}
	return j
}

// controlAgent reads the by-phrase of a passive that controls an
// infinitive ([controlPassive]) as the agent of the participle: "Ann Lee
// was forced to resign by Tom Wu" gives Tom Wu —force→ Ann Lee, and no
// resign_by fact; "was asked to sell Initech by Globex" gives Globex
// —ask→ Ann Lee. A relation that ends in "by" loses its object, which is
// the agent.
func (d *docState) controlAgent(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, ok := controlPassive(x)
	if !ok {
		return
	}
	var agent *docEntity
	var a schema.Argument
	conf := 0.0
	if w := strings.Fields(strings.ToLower(x.Relation)); w[len(w)-1] == "by" {
		agent, a, conf = f.obj, x.Object, 1
		f.obj, f.concept = nil, ""
	} else {
		agent, a, conf = d.byAgent(si, s, x, f.subj)
	}
	if agent == nil || f.subj == nil || agent == f.subj || !actorEntity(f.subj) || !actorEntity(agent) || x.Negated {
		return
	}
	if g := d.derive(si, a, x.Relation, schema.StatedRelation(verb), agent, f.subj, "", x.Confidence*conf*placeArgConf); g != nil {
		g.Class = schema.CanonicalRelation(verb)
	}
}

// reducedPassive returns the verb of x when x is a reduced relative, a
// lone past participle with no object after its subject ("dissidents
// jailed last year by the government"), and whether it is one.
func reducedPassive(s nlp.Sentence, x schema.Extraction) (string, bool) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if strings.Contains(x.Relation, " ") || verb == "be" || verb == "have" {
		return "", false
	}
	if x.Object.End > x.Object.Start {
		if headlineAmountPassive(s, x) {
			return verb, true // "Halvik Bank fined £35m by watchdog"
		}
		// "When elected chancellor by the Bundestag, Ann Lee ...": a
		// fronted participle keeps its second object.
		return frontedPassive(s, x)
	}
	ri, _, ok := relationTokens(s, x)
	if !ok {
		return frontedPassive(s, x)
	}
	// The tagger may read the participle as a past tense ("jailed/VBD
	// last year by"); a verb that acts on someone has then lost its
	// object only in the passive ("stood by Sweden" has none to lose).
	if t := s.Tokens[ri].Tag; t == "VBN" || t == "VBD" && gerundActs[strings.TrimSuffix(verb, "e")+"ing"] == verb {
		return verb, true
	}
	return "", false
}

// sharedPassive returns the verb of x when x's participle is the second
// of two that "and" joins after one passive auxiliary, and whether it is:
// in "Tom Wu was arrested and charged with fraud by the police" and "was
// impeached and removed from office by the Senate" the extractor writes
// the second's relation without the "was" it shares ("charged with").
func sharedPassive(s nlp.Sentence, x schema.Extraction) (string, bool) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if verb == "" || verb == "be" || verb == "have" || verb == "get" || x.Object.End <= x.Object.Start {
		return "", false
	}
	var wArr [16]string
	w := appendFields(wArr[:0], x.Relation)
	if len(w) == 0 || passiveAux[strings.ToLower(w[0])] {
		return "", false
	}
	ri, _, ok := relationTokens(s, x)
	toks := s.Tokens
	if !ok || ri < 3 || toks[ri].Tag != "VBN" && toks[ri].Tag != "VBD" || toks[ri-1].Lower() != "and" {
		return "", false
	}
	k := ri - 2
	if toks[k].Tag != "VBN" && toks[k].Tag != "VBD" {
		return "", false
	}
	for k--; k >= 0 && toks[k].Tag == "RB"; k-- {
	}
	if k < 0 || !passiveAux[toks[k].Lower()] {
		return "", false
	}
	return verb, true
}

// headlineAmountPassive reports whether x is a headline's passive
// written without "was" whose object is only the amount of the act, its
// agent in a by-phrase: "Halvik Bank fined £35m by watchdog", "Velmor
// sued for $5m by Globex" read the amount as what the verb acted on.
func headlineAmountPassive(s nlp.Sentence, x schema.Extraction) bool {
	toks := s.Tokens
	if len(toks) == 0 || strings.ContainsAny(toks[len(toks)-1].Text, ".!?") ||
		!slices.ContainsFunc(x.Extra, func(a schema.Argument) bool { return strings.EqualFold(a.Role, "by") }) {
		return false
	}
	n := 0
	for _, t := range toks {
		if t.Start >= x.Object.Start && t.End <= x.Object.End {
			if t.Tag != "CD" && t.Tag != "$" && t.Lower() != "for" {
				return false
			}
			n++
		}
	}
	return n > 0
}

// frontedPassive returns the verb of x when x is a participial phrase
// fronted before its subject and set off by a comma, with its by-phrase
// inside the phrase ("Founded in 2008 by Ann Lee, Halvik Holdings is a
// retailer", "Initially started by Tom Wu, the firm ...", "When elected
// chancellor by the Bundestag, Ann Lee ..."), and whether it is one.
func frontedPassive(s nlp.Sentence, x schema.Extraction) (string, bool) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	ri, comma := -1, -1
	for k, t := range s.Tokens {
		if t.End > x.Subject.Start {
			break
		}
		switch {
		case t.Text == x.Relation && ri < 0:
			ri = k
		case t.Text == "," && ri >= 0:
			comma = k
		}
	}
	if ri < 0 || comma < 0 || s.Tokens[comma].End > x.Subject.Start || !strings.HasSuffix(strings.ToLower(x.Relation), "ed") && !irregularParticiples[strings.ToLower(x.Relation)] {
		return "", false
	}
	// Only adverbs, or one word that says when, may open the sentence
	// before the participle ("When elected chancellor by the Bundestag,
	// Ann Lee ...", "Once approved by the Senate, the bill ...").
	for k, t := range s.Tokens[:ri] {
		if !strings.HasPrefix(t.Tag, "RB") && !(k == 0 && participleOpeners[t.Lower()]) {
			return "", false
		}
	}
	// The by-phrase lies between the participle and the comma.
	for _, a := range x.Extra {
		if byPhrase(a) && a.Start > s.Tokens[ri].Start && a.End <= s.Tokens[comma].Start {
			return verb, true
		}
	}
	return "", false
}

// participleOpeners open a participial phrase that says when or despite
// what its act happened. "If" and "unless" state a condition and are left
// out.
var participleOpeners = map[string]bool{
	"when": true, "after": true, "once": true, "though": true, "although": true, "while": true, "since": true,
	"until": true, "as": true,
}

// passiveAdverbs may stand between a passive's auxiliary and its
// participle.
var passiveAdverbs = map[string]bool{
	"all": true, "also": true, "later": true, "then": true, "first": true, "since": true, "again": true,
	"both": true, "each": true, "soon": true, "still": true, "just": true, "once": true, "twice": true,
}

// byAgent returns the actor named by the first by-argument among x's
// extra arguments that names one ("at his school | by police"), with the
// confidence of that resolution, or nil. A natural place is no agent ("by
// the river"); a state is ("by Russia").
func (d *docState) byAgent(si int, s nlp.Sentence, x schema.Extraction, not *docEntity) (*docEntity, schema.Argument, float64) {
	for _, a := range x.Extra {
		if !byPhrase(a) || nominalBy(s, x, a) {
			continue
		}
		agent, conf, _ := d.argument(si, s, a)
		if agent == nil || agent == not || !actorEntity(agent) || agent.typ == schema.Location {
			continue
		}
		return agent, a, conf
	}
	return nil, schema.Argument{}, 0
}

// nominalBy reports whether the by-phrase a follows, right after it, an
// act's noun that ends another phrase of x ("were tasked to draft a plan
// for consideration by the cabinet", "was freed after a review by the
// court"): the agent is the noun's, not the passive's.
func nominalBy(s nlp.Sentence, x schema.Extraction, a schema.Argument) bool {
	f, _ := argTokens(s, a)
	if f < 1 || f > len(s.Tokens) {
		return false
	}
	n := s.Tokens[f-1]
	if _, act := nominals.get(n.Lower()); !act || !lowerWord(n.Text) {
		return false
	}
	for _, b := range x.Extra {
		if b.Start < a.Start && b.Start <= n.Start && n.End <= b.End {
			return true
		}
	}
	return false
}

// byPhrase reports whether extra argument a is a by-phrase: its text
// opens with "by", or the relation holds the preposition and a is its
// object ("was given money by | the Green Party"). A gerund after "by"
// says how the act was done, and names no agent: "responded by asking
// Mayor Ann Lee".
func byPhrase(a schema.Argument) bool {
	low := strings.ToLower(a.Text)
	if rest, ok := strings.CutPrefix(low, "by "); ok {
		w, _, _ := strings.Cut(rest, " ")
		return !strings.HasSuffix(w, "ing") || len(w) < 5 || !strings.HasPrefix(a.Text[3:], w)
	}
	return strings.EqualFold(a.Role, "by")
}

// passiveExtraAgent reads a passive whose agent is an extra by-argument,
// not its object. When the subject is an actor, the agent acted on it:
// "Ann Lee was arrested at her home by Norwegian police" gives police
// —arrest→ Ann Lee. Otherwise the agent acted toward the actor of a
// to-, for-, against- or with-argument: "the files were returned by mail
// to the Green Party by Tom Wu" gives Tom Wu —return_to→ Green Party. A
// relation that ends in "by" has its agent as object, read by
// [passiveBy], unless that object is no actor ("by mail"). A subject that
// is no actor, named as a person, leaves the agent acting on the person:
// "The victim was identified as Tom Wu by police" gives police —identify→
// Tom Wu.
func (d *docState) passiveExtraAgent(si int, s nlp.Sentence, x schema.Extraction, subj, obj *docEntity) {
	verb, ok := passiveVerb(x)
	if !ok {
		verb, ok = reducedPassive(s, x)
	}
	if !ok {
		verb, ok = sharedPassive(s, x)
	}
	if !ok || x.Negated {
		return
	}
	if base, by := passiveBy(x); by && obj != nil {
		if subj == nil && actorEntity(obj) && obj.typ != schema.Location {
			// "the paintings were donated by Ann Lee to the Nordic
			// Institute": the agent is the object, and the thing given
			// no actor.
			_, conf, _ := d.argument(si, s, x.Object)
			d.agentToward(si, s, x, base, x.Object, d.conjoined(si, s, x.Object, obj), conf)
		}
		return
	}
	agent, a, conf := d.byAgent(si, s, x, subj)
	if agent == nil {
		d.passiveGiver(si, s, x, verb, subj)
		d.contextAgent(si, s, x, verb, subj)
		return
	}
	agents := d.conjoined(si, s, a, agent)
	if l := inflictedAct(x.Relation + " " + x.Object.Text + " by"); l != "" {
		verb = l // "was hit with a lawsuit by Halvik": Halvik sued
	}
	if subj != nil && actorEntity(subj) {
		for _, agent := range agents {
			if f := d.derive(si, a, x.Relation, schema.StatedRelation(verb), agent, subj, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(verb)
			}
		}
		return
	}
	if obj != nil && obj.typ == schema.Person && strings.HasSuffix(x.Lemma, "_as") && strings.HasSuffix(strings.ToLower(x.Relation), " as") {
		// "The victim was identified as Tom Wu by the coast guard": the
		// agent identified the person the subject turned out to be.
		for _, agent := range agents {
			if agent != obj {
				if f := d.derive(si, a, x.Relation, schema.StatedRelation(verb), agent, obj, "", x.Confidence*conf*placeArgConf); f != nil {
					f.Class = schema.CanonicalRelation(verb)
				}
			}
		}
		return
	}
	d.agentToward(si, s, x, verb, a, agents, conf)
}

// agentToward adds agent —VERB_PREP→ o for each of the agents of passive x
// (named by argument a, resolved with confidence conf) and the actor o of
// the first of x's to-, for-, against- or with-arguments that names one:
// "the files were returned by mail to the Green Party by Tom Wu" gives Tom
// Wu —return_to→ Green Party.
func (d *docState) agentToward(si int, s nlp.Sentence, x schema.Extraction, verb string, a schema.Argument, agents []*docEntity, conf float64) {
	for _, e := range x.Extra {
		prep, _, _ := strings.Cut(strings.ToLower(e.Text), " ")
		if !actorPreps[prep] || e.Start == a.Start {
			continue
		}
		o, c, _ := d.argument(si, s, e)
		if o == nil || slices.Contains(agents, o) || !actorEntity(o) {
			continue
		}
		lemma := verb + "_" + prep
		rel := strings.TrimSuffix(x.Relation, " by") + " " + prep
		for _, agent := range agents {
			if f := d.derive(si, a, rel, schema.StatedRelation(lemma), agent, o, "", x.Confidence*min(conf, c)*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(lemma)
			}
		}
		return
	}
}

// surrendered adds subj —turn_in_PREP→ actor for "turned himself in to"
// or "at" an actor ("turned himself in to the FBI", "turned herself in at
// the Oslo Police Department"): the extractor keeps only the reflexive
// object. Nothing is added for a place.
func (d *docState) surrendered(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if subj == nil || x.Lemma != "turn" || x.Negated {
		return
	}
	if w := strings.ToLower(x.Object.Text); !strings.HasSuffix(w, "self") && !strings.HasSuffix(w, "selves") {
		return
	}
	toks := s.Tokens
	k := 0
	for k < len(toks) && toks[k].Start < x.Object.End {
		k++
	}
	if k+2 >= len(toks) || !strings.EqualFold(toks[k].Text, "in") {
		return
	}
	prep := strings.ToLower(toks[k+1].Text)
	if prep != "to" && prep != "at" {
		return
	}
	a, ok := phraseAt(s, k+2)
	if !ok {
		return
	}
	o, conf, _ := d.argument(si, s, a)
	if o == nil || o == subj || !actorEntity(o) || isPlace(o) {
		return
	}
	lemma := "turn_in_" + prep
	if f := d.derive(si, x.Subject, x.Relation+" "+x.Object.Text+" in "+prep, lemma, subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
		f.Class = lemma
	}
}

// supplyVerbs give something that comes from their agent, whom a
// passive without a by-phrase may name by a from-phrase instead.
var supplyVerbs = map[string]bool{
	"provide": true, "supply": true, "give": true, "send": true, "hand": true, "pass": true, "lend": true, "furnish": true,
}

// passiveGiver adds giver —VERB→ subj for a passive verb of supplying
// with an actor subject and no by-phrase, whose from-phrase after the
// thing supplied names an actor that is no place: "the detective was
// provided with documents from the Green Party" (the party provided
// them). A place is where the thing came from ("sent letters from
// Oslo").
func (d *docState) passiveGiver(si int, s nlp.Sentence, x schema.Extraction, verb string, subj *docEntity) {
	if subj == nil || !actorEntity(subj) || !supplyVerbs[verb] {
		return
	}
	for _, a := range x.Extra {
		if !strings.HasPrefix(strings.ToLower(a.Text), "from ") && !strings.EqualFold(a.Role, "from") {
			continue
		}
		giver, conf, _ := d.argument(si, s, a)
		if giver == nil || giver == subj || !actorEntity(giver) || isPlace(giver) {
			return
		}
		if f := d.derive(si, a, x.Relation, schema.StatedRelation(verb), giver, subj, "", x.Confidence*conf*placeArgConf); f != nil {
			f.Class = schema.CanonicalRelation(verb)
		}
		return
	}
}

// conjoined returns first and the actors listed after it in argument a
// ("by Ann Lee and Tom Wu", "by Norway, Sweden and Finland"): names
// separated by nothing but commas, "and" and "the", each a whole member.
// An apposition ("by Ann Lee, the Green Party leader") ends the list.
func (d *docState) conjoined(si int, s nlp.Sentence, a schema.Argument, first *docEntity) []*docEntity {
	out := []*docEntity{first}
	if si >= len(d.sents) {
		return out
	}
	toks := s.Tokens
	separator := func(i int) bool {
		w := toks[i].Lower()
		return w == "," || w == "and"
	}
	var prev *mention
	for _, m := range d.sents[si] {
		if m.adj || m.ent == nil || toks[m.start].Start < a.Start || toks[m.end-1].End > a.End {
			continue
		}
		if prev == nil {
			if m.ent == first {
				prev = m
			}
			continue
		}
		if m.start < prev.end {
			continue
		}
		sep := false
		for i := prev.end; i < m.start; i++ {
			if w := toks[i].Lower(); w == "," || w == "and" {
				sep = true
			} else if w != "the" {
				return out
			}
		}
		if !sep || !actorEntity(m.ent) || m.end < len(toks) && toks[m.end].End <= a.End && !separator(m.end) {
			return out
		}
		if !slices.Contains(out, m.ent) {
			out = append(out, m.ent)
		}
		prev = m
	}
	return out
}

// officeNouns are the posts a person resigns or leaves within a body.
var officeNouns = map[string]bool{
	"leadership": true, "post": true, "position": true, "seat": true, "role": true, "chairmanship": true,
	"membership": true, "presidency": true, "job": true, "office": true, "chair": true, "place": true,
}

// possessiveDeterminers are the pronouns that say whose post it is.
var possessiveDeterminers = map[string]bool{"his": true, "her": true, "its": true, "their": true, "my": true, "our": true}

// quitVerbs give up a post.
var quitVerbs = map[string]bool{"resign": true, "quit": true, "leave": true, "relinquish": true, "vacate": true}

// resignedOffice adds subj —resign_from→ body when x gives up a post the
// subject held in a body ("resigned from his leadership in his party",
// "quit her seat on the Harbor Council"): the object is a possessive and
// an office noun, the body an organisation in the first in-, on- or
// of-phrase. It reports whether it added the fact.
func (d *docState) resignedOffice(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) bool {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !quitVerbs[verb] || x.Negated || len(x.Extra) == 0 {
		return false
	}
	w := strings.Fields(strings.ToLower(x.Object.Text))
	if len(w) != 2 || !possessiveDeterminers[w[0]] || !officeNouns[w[1]] {
		return false
	}
	a := x.Extra[0]
	if prep, _, _ := strings.Cut(strings.ToLower(a.Text), " "); prep != "in" && prep != "on" && prep != "of" {
		return false
	}
	body, conf, _ := d.argument(si, s, a)
	if body == nil || body == subj || body.typ != schema.Organization {
		return false
	}
	d.derive(si, x.Subject, x.Relation, "resign_from", subj, body, "", x.Confidence*conf*placeArgConf)
	return true
}

// leaderNouns name the post of a body's head or officer that a title
// after the body's name gives ("Green Party leader", "Microsoft chief
// executive").
var leaderNouns = map[string]bool{
	"leader": true, "chairman": true, "chairwoman": true, "chair": true, "president": true, "chief": true,
	"executive": true, "director": true, "head": true, "coach": true, "manager": true, "captain": true,
	"secretary": true, "minister": true, "spokesman": true, "spokeswoman": true, "treasurer": true,
}

// resignedAs adds subj —resign_from→ body (or quit, leave, step_down_from,
// retire_from) when x gives up a post named "as" the body's name and a
// title: "resigned as Green Party leader", "stepped down as Microsoft
// chief executive". It reports whether it added the fact.
func (d *docState) resignedAs(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) bool {
	lemma := leftPost(x)
	if lemma == "" || x.Negated || si >= len(d.sents) || x.Object.End <= x.Object.Start {
		return false
	}
	toks := s.Tokens
	first, last := argTokens(s, x.Object)
	if first < 1 || !strings.EqualFold(toks[first-1].Text, "as") && !strings.HasSuffix(x.Lemma, "_as") || !leaderNouns[strings.ToLower(toks[last-1].Text)] {
		return false
	}
	for _, m := range d.sents[si] {
		if m.ent == nil || m.adj || m.ent == subj || m.ent.typ != schema.Organization || m.start < first || m.end >= last {
			continue
		}
		for k := m.end; k < last; k++ {
			if isCap(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "NN") && !strings.HasPrefix(toks[k].Tag, "JJ") {
				return false
			}
		}
		d.derive(si, x.Subject, x.Relation+" as", lemma, subj, m.ent, "", x.Confidence*m.conf*placeArgConf)
		if role := appositionLemma(lowerWords(toks[m.end:last])); role != "" && subj.typ == schema.Person {
			// GUIDE: a role stated anywhere counts, a post given up too.
			d.derive(si, x.Subject, x.Relation+" as", role, subj, m.ent, "", x.Confidence*m.conf*placeArgConf)
		}
		return true
	}
	return false
}

// leftPost returns the relation to the body of a post that x gives up
// (resign_from, quit, leave, step_down_from, retire_from), or "" when x's
// verb gives up none.
func leftPost(x schema.Extraction) string {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if verb == "step" && x.Lemma != "step_down" && x.Lemma != "step_down_as" {
		return ""
	}
	return map[string]string{"resign": "resign_from", "quit": "quit", "leave": "leave", "step": "step_down_from", "retire": "retire_from"}[verb]
}

// titledLeavers: "Norway's foreign minister Tom Wu resigned on Monday",
// "Halvik Motors chief executive Tom Wu steps down": a person whose title
// or apposition in the sentence gives a post (lead or work_for) in one
// body or state, and who resigns, steps down, quits or retires with no
// object and no phrase that names what is left ("resigned as", "quit the
// party": [leftPost]'s readings), leaves that post: resign_from the body.
// A plan ("will resign", "plans to step down") or a denial leaves nothing.
func (d *docState) titledLeavers(sents []nlp.Sentence, readings [][]schema.Extraction) {
	for si, xs := range readings {
		if si >= len(sents) || si >= len(d.sents) {
			break
		}
		s := sents[si]
		for _, x := range xs {
			lemma := leftPost(x)
			if lemma == "" || lemma == "leave" || x.Negated || !leftUntimed(x.Object.Text) || d.intended(s, x) || negatedRelation(x.Relation) {
				continue
			}
			if slices.ContainsFunc(x.Extra, func(a schema.Argument) bool {
				p, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
				return p == "as" || p == "from"
			}) {
				continue
			}
			subj, _, _ := d.argument(si, s, x.Subject)
			if subj == nil || subj.typ != schema.Person {
				continue
			}
			var post *docFact
			for _, f := range d.facts {
				if f.Sentence != si || f.subj != subj || f.obj == nil || f.Negated || f.Background || f.Lemma != schema.Lead && f.Lemma != schema.WorkFor {
					continue
				}
				if post != nil && post.obj != f.obj {
					if post.Lemma == f.Lemma {
						post = nil // two posts: which one is left is not said
						break
					}
					if f.Lemma != schema.Lead {
						continue
					}
				}
				post = f
			}
			if post == nil {
				continue
			}
			if f := d.derive(si, x.Subject, x.Relation, schema.StatedRelation(lemma), subj, post.obj, "", x.Confidence*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(lemma)
			}
		}
	}
}

// leftUntimed reports whether the object a leaving verb's reading holds
// names nothing left: none, or only when ("steps down effective
// immediately", "resigned effective Monday"), as the extractor reads
// "effective" as an object.
func leftUntimed(obj string) bool {
	w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(obj)), " ")
	return w == "" || w == "effective"
}

// negatedRelation reports whether relation holds "not", "n't" or "never",
// or a modal that leaves the act undone ("will resign", "may quit").
func negatedRelation(relation string) bool {
	for _, w := range strings.Fields(strings.ToLower(relation)) {
		switch w {
		case "not", "n't", "never", "will", "would", "'ll", "may", "might", "could", "can", "should", "must", "shall", "to":
			return true
		}
	}
	return false
}

// requestNouns ask something of the one who grants or refuses them.
var requestNouns = map[string]bool{
	"request": true, "requests": true, "demand": true, "demands": true, "appeal": true, "appeals": true, "plea": true, "pleas": true,
	"call": true, "calls": true, "command": true, "commands": true, "order": true, "orders": true,
	"instructions": true, "advice": true,
}

// answerVerbs grant or refuse a request.
var answerVerbs = map[string]bool{
	"comply_with": true, "accept": true, "grant": true, "reject": true, "refuse": true, "heed": true,
	"ignore": true, "agree_to": true, "respond_to": true, "meet": true, "turn_down": true,
}

// answerActs are the answerVerbs that act toward the one who asked as
// well: "complied with the church's requests" complied with the church,
// "rejected Norway's demand" rejected Norway. Meeting or granting a
// demand does nothing to the one who made it.
var answerActs = map[string]bool{
	"comply_with": true, "reject": true, "refuse": true, "heed": true, "ignore": true, "respond_to": true, "turn_down": true,
}

// requestedOf adds possessor —ask→ subj when subj answers a possessor's
// request: "YouTube complied with the church's requests to remove the
// video" (the church asked YouTube); an order, command or advice gives
// order or advise. For answerActs it adds subj —VERB→
// possessor too (YouTube complied with the church).
func (d *docState) requestedOf(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if subj == nil || !answerVerbs[x.Lemma] {
		return
	}
	var toks []nlp.Token
	for _, t := range s.Tokens {
		if t.Start >= x.Object.Start && t.End <= x.Object.End {
			toks = append(toks, t)
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		var a schema.Argument
		noun := toks[i+1]
		switch p := toks[i+1].Lower(); {
		case toks[i].Lower() == "royal" && requestNouns[noun.Lower()]:
			// "complied with the royal command": the monarch the
			// document has named.
			if o := d.recent(crowned); o != nil && o != subj {
				d.derive(si, x.Object, noun.Text, bidNouns[noun.Lower()], o, subj, "", x.Confidence*placeArgConf)
				if answerActs[x.Lemma] && !d.intended(s, x) {
					d.derive(si, x.Subject, x.Relation, x.Lemma, subj, o, "", x.Confidence*placeArgConf)
				}
			}
			return
		case i == 0:
			continue
		case toks[i].Tag == "POS" && requestNouns[noun.Lower()]:
			a = schema.Argument{Text: s.Text[toks[0].Start:toks[i-1].End], Start: toks[0].Start, End: toks[i-1].End}
		case requestNouns[toks[i].Lower()] && (p == "of" || p == "from" || p == "by") && i+2 < len(toks):
			// "complied with the request of Prime Minister Tom Wu"
			noun = toks[i]
			a = schema.Argument{Text: s.Text[toks[i+2].Start:toks[len(toks)-1].End], Start: toks[i+2].Start, End: toks[len(toks)-1].End}
		default:
			continue
		}
		o, conf, _ := d.argument(si, s, a)
		if o != nil && o != subj && actorEntity(o) {
			lemma := "ask"
			if l := bidNouns[noun.Lower()]; l != "" {
				lemma = l // "complied with Ann Lee's orders": order, as in "on the orders of" ([bidNouns])
			}
			d.derive(si, a, noun.Text, lemma, o, subj, "", x.Confidence*conf*placeArgConf)
			if answerActs[x.Lemma] && !d.intended(s, x) {
				// "if the Council ignored the Parliament's request": the
				// request was made; ignoring it is a condition.
				d.derive(si, x.Subject, x.Relation, x.Lemma, subj, o, "", x.Confidence*conf*placeArgConf)
			}
		}
		return
	}
}

// crowned reports whether e is a person the document calls a king, queen
// or monarch.
func crowned(e *docEntity) bool {
	return e.typ == schema.Person && (e.desc["king"] || e.desc["queen"] || e.desc["monarch"])
}

// thatRequestVerbs ask an actor for an act in a that-clause: "Ann Lee
// demanded that Tom Wu resign".
var thatRequestVerbs = map[string]bool{"ask": true, "demand": true, "request": true, "urge": true}

// thatRequest adds subj —VERB→ actor for a verb of thatRequestVerbs whose
// that-clause has the actor for its subject, before a bare or a modal
// verb: "Ann Lee demanded that Tom Wu resign" (demand), "asked that Norway
// should withdraw" (ask). What is asked of the actor is addressed to it.
// A request itself asked for or planned is not made ([intention]):
// "urged Ann Lee to demand that Norway withdraw".
func (d *docState) thatRequest(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if subj == nil || !actorEntity(subj) || !thatRequestVerbs[verb] || si >= len(d.sents) || d.intended(s, x) {
		return
	}
	_, j, ok := relationTokens(s, x)
	if !ok || j < 1 {
		return
	}
	toks := s.Tokens
	k := j
	if !strings.EqualFold(toks[j-1].Text, "that") {
		if j >= len(toks) || !strings.EqualFold(toks[j].Text, "that") {
			return
		}
		k = j + 1
	}
	if o := requestedSubject(toks, d.sents[si], k); o != nil && o.ent != subj {
		d.derive(si, x.Subject, x.Relation, verb, subj, o.ent, "", x.Confidence*placeArgConf)
	}
}

// documentNouns are writings that speak for the actor who files, sends or
// issues them: "The lawsuit, filed by Ann Lee, accuses Halvik of fraud".
var documentNouns = map[string]bool{
	"lawsuit": true, "suit": true, "complaint": true, "letter": true, "statement": true, "motion": true,
	"petition": true, "communique": true, "filing": true,
	// "Her tweet criticised Tom Wu", "Lee's speech attacked Bo Kim": words
	// spoken or posted speak for their author too.
	"tweet": true, "tweets": true, "post": true, "speech": true, "remarks": true, "comments": true,
	"message": true, "email": true, "op-ed": true,
	// "A report by Amnesty International accused Israel": a body's report
	// speaks for it.
	"report": true,
}

// authoredActs are the acts a document does for its author: it accuses,
// asks, warns or judges someone.
var authoredActs = map[string]bool{
	"accuse": true, "urge": true, "ask": true, "demand": true, "call": true, "criticise": true, "criticize": true,
	"blame": true, "warn": true, "threaten": true, "charge": true, "condemn": true, "praise": true, "thank": true,
	"invite": true, "request": true, "order": true, "name": true,
	"attack": true, "slam": true, "blast": true, "lambast": true, "lambaste": true, "assail": true, "mock": true,
	"denounce": true, "defend": true, "endorse": true, "support": true, "back": true, "welcome": true,
}

// documentParticiples are the past participles of [documentVerbs] whose
// by-phrase names a document's author: "the lawsuit brought by".
var documentParticiples = map[string]bool{
	"filed": true, "written": true, "sent": true, "issued": true, "signed": true, "submitted": true, "brought": true,
	"lodged": true, "published": true, "released": true,
}

// documentVerbs file, send or issue a document.
var documentVerbs = map[string]bool{
	"file": true, "write": true, "send": true, "issue": true, "sign": true, "submit": true, "bring": true,
	"lodge": true, "publish": true, "release": true,
}

// documentAct adds author —VERB→ obj when x's subject is a document of
// documentNouns that acts on obj for its author ([authoredActs]): "The
// lawsuit, filed by Ann Lee in March, accuses Halvik Holdings of fraud",
// "Ann Lee filed a lawsuit accusing Halvik Holdings of fraud", "Ann Lee's
// letter urged Tom Wu to resign". The author is the document's possessor
// or the filer that another reading of the sentence names.
func (d *docState) documentAct(si int, s nlp.Sentence, x schema.Extraction, obj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if obj == nil || !actorEntity(obj) || !authoredActs[verb] {
		return
	}
	if assailVerbs[verb] {
		verb = "criticize" // "Lee's speech attacked Bo Kim": in words
	}
	var author *docEntity
	first, last := argTokens(s, x.Subject)
	n := first + 1
	if first >= 0 && n < last && s.Tokens[n].Tag == "JJ" && lowerWord(s.Tokens[n].Text) {
		n++ // "a joint statement by"
	}
	if first >= 0 && last-n > 2 && documentNouns[s.Tokens[n].Lower()] {
		// "A statement from Norway condemned Sweden", "A joint
		// statement by Norway, Sweden and Finland condemned Russia"
		k := n + 1
		if k+2 < last && documentParticiples[s.Tokens[k].Lower()] && s.Tokens[k+1].Lower() == "by" {
			k++ // "The lawsuit brought by Halvik accused Velby": no comma around the filer
		}
		if w := s.Tokens[k].Lower(); w == "from" || w == "by" {
			rest := schema.Argument{Text: s.Text[s.Tokens[k+1].Start:x.Subject.End], Start: s.Tokens[k+1].Start, End: x.Subject.End}
			if ms := d.listedIn(si, s, rest); len(ms) > 1 && ms[len(ms)-1].end == last {
				for _, m := range ms {
					if m.ent != obj {
						d.derive(si, x.Subject, x.Relation, verb, m.ent, obj, "", x.Confidence*placeArgConf)
					}
				}
				return
			}
			author, _, _ = d.argument(si, s, rest)
		}
	} else if !documentNouns[lastWord(x.Subject.Text)] {
		return
	}
	if author == nil {
		author = d.possessorOf(si, s, x.Subject, func(w string) bool { return documentNouns[w] })
	}
	var co []*docEntity
	for _, y := range d.xs {
		if author != nil {
			break
		}
		v, p, _ := strings.Cut(y.Lemma, "_")
		switch {
		case !documentVerbs[v]:
		case p == "by" && y.Subject.Start == x.Subject.Start && y.Subject.End == x.Subject.End:
			author, _, _ = d.argument(si, s, y.Object) // "The lawsuit, filed by Ann Lee,"
		case p == "" && y.Object.Start == x.Subject.Start && y.Object.End == x.Subject.End:
			author, _, _ = d.argument(si, s, y.Subject) // "Ann Lee filed a lawsuit accusing"
			if author != nil && !y.Negated {
				co = d.coIssuers(si, s, y, author) // "Norway and Sweden filed a lawsuit accusing"
			}
		}
	}
	if author != nil && author != obj && actorEntity(author) {
		d.derive(si, x.Subject, x.Relation, verb, author, obj, "", x.Confidence*placeArgConf)
		for _, a := range co {
			if a != obj {
				d.derive(si, x.Subject, x.Relation, verb, a, obj, "", x.Confidence*placeArgConf)
			}
		}
	}
}

// motionVerbs move their subject from one place to another.
var motionVerbs = map[string]bool{
	"travel": true, "fly": true, "move": true, "return": true, "flee": true, "come": true, "go": true,
	"drive": true, "walk": true, "sail": true, "march": true, "relocate": true, "emigrate": true,
	"migrate": true, "escape": true, "journey": true, "head": true, "ride": true, "swim": true, "cross": true,
}

// movedVerbs move their object, which the passive makes the subject:
// "was evacuated from Nairobi to Stockholm", "was extradited from Spain
// to the United States".
var movedVerbs = map[string]bool{
	"evacuate": true, "airlift": true, "transfer": true, "deport": true, "extradite": true, "repatriate": true,
	"transport": true, "move": true, "relocate": true, "send": true, "take": true, "bring": true, "rush": true,
	"fly": true, "ship": true, "expel": true,
}

// motionPath adds subj —VERB_from→ and —VERB_to→ the places of a verb of
// motion's extra arguments, besides the one its relation holds: "flew
// from Oslo to Paris" (fly_from Oslo is the relation's; fly_to Paris is
// added), "travelled 500 miles from Oslo to Paris" (both added); toward
// names the destination too ("marched from Oslo toward Halden"). An
// object other than a place or a distance is what moved ("moved its
// office from Oslo"): nothing is added. A passive of [movedVerbs] moves
// its subject the same way ("was evacuated from Nairobi to Stockholm").
func (d *docState) motionPath(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if subj == nil || x.Negated {
		return
	}
	if !motionVerbs[verb] {
		if _, passive := passiveVerb(x); !passive || !movedVerbs[verb] {
			return
		}
	}
	site := false
	if _, prep, _ := strings.Cut(x.Lemma, "_"); prep == "to" || prep == "from" {
		site = d.sitePlace(si, s, x, x.Object, x.Lemma, subj) // "was flown to a hospital in Oslo"
	}
	if o, _, _ := d.argument(si, s, x.Object); !site && x.Object.End > x.Object.Start && (o == nil || !isPlace(o)) && !distance(s, x.Object) {
		return // "moved its office from Oslo": the object moved
	}
	for _, a := range x.Extra {
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if prep == "toward" || prep == "towards" {
			prep = "to" // "marched from Union Park toward City Hall": the destination
		}
		if prep != "from" && prep != "to" || a.Start < x.Object.End || strings.HasSuffix(x.Lemma, "_"+prep) {
			continue
		}
		if d.sitePlace(si, s, x, a, verb+"_"+prep, subj) {
			continue // "was evacuated from Halden to a hospital in Trondheim"
		}
		p, conf, _ := d.argument(si, s, a)
		if p == nil || p == subj || !isPlace(p) && (prep != "to" || p.typ != schema.Organization) {
			continue // a body is a destination too ("marched from the park to Bergen City Hall")
		}
		lemma := verb + "_" + prep
		if f := d.derive(si, x.Subject, x.Relation+" "+prep, schema.StatedRelation(lemma), subj, p, "", x.Confidence*conf*placeArgConf); f != nil {
			f.Class = schema.CanonicalRelation(lemma)
		}
	}
}

// movedSiteNouns head the description of a site, no actor, that one moves to
// or from: "was flown to a hospital in Oslo", "fled to a camp in Sweden".
var movedSiteNouns = map[string]bool{
	"hospital": true, "clinic": true, "airport": true, "prison": true, "jail": true, "camp": true,
}

// sitePlace adds subj —lemma→ the place of the in-phrase right after the
// argument a of x when a describes a site of [movedSiteNouns] by an article
// and at most two lower-case words before its noun ("to a local hospital
// in Bergen", "from the hospital in Halden"): one moved to a hospital in
// Oslo moved to Oslo. It reports whether a describes such a site.
func (d *docState) sitePlace(si int, s nlp.Sentence, x schema.Extraction, a schema.Argument, lemma string, subj *docEntity) bool {
	first, last := argTokens(s, a)
	if first < 0 || last-first > 5 || !movedSiteNouns[s.Tokens[last-1].Text] {
		return false
	}
	k := first
	if w := s.Tokens[k].Lower(); w == "to" || w == "from" || w == "toward" || w == "towards" {
		k++
	}
	if k == last-1 || !articles[s.Tokens[k].Lower()] || last-1-k > 3 {
		return false
	}
	for _, t := range s.Tokens[k+1 : last-1] {
		if !lowerWord(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return false // "to the hospital's wing", "to Bergen's hospital"
		}
	}
	for _, b := range x.Extra {
		if bf, _ := argTokens(s, b); bf != last || !strings.HasPrefix(strings.ToLower(b.Text), "in ") {
			continue
		}
		if p, conf, _ := d.argument(si, s, b); p != nil && p != subj && isPlace(p) {
			if f := d.derive(si, x.Subject, x.Relation+" in", schema.StatedRelation(lemma), subj, p, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(lemma)
			}
		}
		break
	}
	return true
}

// gatheringNouns name an event that actors hold, stage or attend at a
// place: "held a rally in Oslo", "scheduled a town hall in Bergen".
var gatheringNouns = map[string]bool{
	"rally": true, "rallies": true, "protest": true, "protests": true, "demonstration": true,
	"demonstrations": true, "march": true, "vigil": true, "meeting": true, "meetings": true,
	"hall": true, "conference": true, "summit": true, "ceremony": true, "event": true, "events": true,
	"convention": true, "hearing": true, "sit-in": true, "gathering": true,
}

// courtName reports whether name names a court, which news treats as
// the place of a trial: "was convicted in 2008 in the Western District of
// Texas", "sentenced on Monday in Oslo District Court".
func courtName(name string) bool {
	for _, w := range strings.Fields(name) {
		if w == "Court" || w == "District" || w == "Tribunal" {
			return true
		}
	}
	return false
}

// termNouns count the length of a sentence or a term: "two months".
var termNouns = map[string]bool{
	"days": true, "weeks": true, "months": true, "years": true, "decades": true,
}

// spentSpan reports whether w names a stretch of time that someone
// spends somewhere: a span a post is held for ([spanNouns]), days or
// time ("spent nine years in Chile", "spent the next five decades in
// Congress", "spent his time in the House").
func spentSpan(w string) bool {
	return spanNouns[w] || w == "day" || w == "days" || w == "time"
}

// hostVerbs hold, stage or attend a gathering ([gatheringNouns]).
var hostVerbs = map[string]bool{
	"hold": true, "stage": true, "organize": true, "organise": true, "schedule": true, "host": true,
	"attend": true, "convene": true, "lead": true, "join": true, "address": true, "call": true,
}

// dateLike reports whether a time phrase names a date ("on Saturday",
// "last week", "yesterday", "on 5 May", "in 2008") rather than a span
// of some event ("during a loan spell at Loftus Road", "after a lake").
func dateLike(text string) bool {
	w := strings.Fields(text)
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	switch strings.ToLower(w[0]) {
	case "on", "last", "this", "next", "early", "late", "earlier", "later", "in", "yesterday", "today", "tonight":
	default:
		return false
	}
	for _, x := range w {
		l := strings.ToLower(strings.Trim(x, ",."))
		if weekdays[capitalize(l)] || dayWord(l) || monthName(x) || l == "week" || l == "month" || l == "year" ||
			l == "morning" || l == "afternoon" || l == "evening" || l == "night" || l == "weekend" ||
			len(l) == 4 && l[0] >= '1' && l[0] <= '2' && strings.Trim(l, "0123456789") == "" {
			return true
		}
	}
	return false
}

// gatheringPlace adds subj —VERB_PREP→ the place where x's act happened
// when the extractor left the place out of the relation:
//
//   - a verb with no object whose place phrase follows a time phrase:
//     "gathered on Saturday in the capital, Oslo" (gather_in Oslo, as
//     "gathered in Oslo on Saturday" reads);
//   - a verb whose object is a gathering ([gatheringNouns]): "held a
//     rally in Oslo" (hold_in), "scheduled a town hall in Bergen";
//   - "in front of" an actor: "protested in front of the Supreme Court"
//     (protest_at);
//   - a gathering that an actor held, in the passive: "a rally organized
//     by the Harbor Party in Oslo" (organize_in);
//   - a verb of [actedVerbs] whose object is a short phrase of a thing
//     or an act ([actedThere]) and whose in-phrase names a place:
//     "received treatment in Bergen" (receive_in), "attained ballot
//     access in Utah and Ohio" (attain_in, each place of a list);
//   - a stretch of time spent at a place or in a body ([spentSpan]):
//     "spent nine years in Chile" (spend_in), "spent the next five
//     decades in Congress" (serve_in, the body's service).
//
// obj is the actor that x's object names, or nil.
func (d *docState) gatheringPlace(si int, s nlp.Sentence, x schema.Extraction, subj, obj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	held := false // the passive of a held gathering, read below
	if v, by := passiveBy(x); by && subj == nil && obj != nil && actorEntity(obj) && hostVerbs[v] {
		if _, last := argTokens(s, x.Subject); last > 0 && gatheringNouns[s.Tokens[last-1].Lower()] {
			// "a rally organized by the Harbor Party in Oslo": the
			// agent held the gathering there.
			subj, verb, x.Subject, x.Relation, x.Lemma = obj, v, x.Object, strings.TrimSuffix(x.Relation, " by"), v
			x.Object = schema.Argument{Start: x.Object.End, End: x.Object.End}
			obj, held = nil, true
		}
	}
	if obj != nil {
		return
	}
	if subj == nil || verb == "" || verb == "be" || verb == "have" || verb == "say" {
		return
	}
	if rest, ok := strings.CutPrefix(x.Object.Text, "front of "); ok && x.Lemma == verb+"_in" && x.Attribution == "" {
		a := schema.Argument{Text: rest, Start: x.Object.End - len(rest), End: x.Object.End}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) {
			d.derive(si, x.Subject, x.Relation+" front of", verb+"_at", subj, o, "", x.Confidence*conf*placeArgConf)
		}
		return
	}
	empty := x.Object.End <= x.Object.Start
	if empty && x.Lemma != verb {
		return
	}
	term := false  // "sentenced to two months in the Eastern District of Virginia": only a court may follow
	spent := false // "spent nine years in Chile": where the time was spent
	acted := false // "received treatment in Norway": where the act was done
	if !empty && !held {
		first, last := argTokens(s, x.Object)
		if verb == "spend" && x.Lemma == verb && first >= 0 && last-first <= 4 && spentSpan(s.Tokens[last-1].Lower()) {
			spent = true
		} else if first >= 0 && last-first == 2 && s.Tokens[first].Tag == "CD" && termNouns[s.Tokens[last-1].Lower()] {
			term = true
		} else if first >= 0 && actedThere(s, x, first, last, verb) && !isPlace(subj) {
			acted = true
		} else if first < 0 || last-first > 5 || !gatheringNouns[s.Tokens[last-1].Lower()] || !hostVerbs[verb] {
			return // "told an investors' conference in Kiev": the audience, not an act held there
		}
	}
	if x.Attribution != "" && !acted {
		// A reported gathering's place is left out; a reported act done
		// in a named place is kept ("ABC reported that Ann Lee received
		// treatment in Bergen").
		return
	}
	for _, a := range x.Extra {
		if a.Role == "time" && dateLike(a.Text) {
			continue // "gathered on Saturday in Oslo"
		}
		prep := strings.ToLower(a.Role)
		if p, _, ok := strings.Cut(strings.ToLower(a.Text), " "); ok && (p == "in" || p == "at") {
			prep = p
			a.Text, a.Start = a.Text[len(p)+1:], a.Start+len(p)+1
		}
		if prep != "in" && prep != "at" || a.Start < x.Object.End {
			return
		}
		if first, last := argTokens(s, a); spent && first >= 0 {
			for k := first + 1; k < last; k++ {
				if s.Tokens[k].Tag == "VBG" {
					a.Text, a.End = a.Text[:s.Tokens[k-1].End-a.Start], s.Tokens[k-1].End // "in Chile teaching children": the place, not what was done there
					break
				}
			}
		}
		if acted && (prep != "in" || !namedIn(s, a)) {
			return // "told the people in the neighbourhood there": no named place
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && (isPlace(o) && !term || prep == "in" && courtName(o.name) && !acted || spent && o.typ == schema.Organization) {
			lemma := verb + "_" + prep
			if spent && prep == "in" && !isPlace(o) {
				lemma = "serve_in" // "spent five decades in Congress": served in the body, as "served in Congress" reads
			}
			places := []*docEntity{o}
			if joinedPhrase(s, a) {
				places = d.listedEnts(si, s, a, o) // "held rallies in Ohio and Iowa": each place, but "in Oslo, Norway" is one
			}
			for _, e := range places {
				if e == subj || !isPlace(e) && e != o {
					continue
				}
				if f := d.derive(si, x.Subject, x.Relation+" "+prep, schema.StatedRelation(lemma), subj, e, "", x.Confidence*conf*placeArgConf); f != nil {
					f.Class = schema.CanonicalRelation(lemma)
				}
			}
		}
		return
	}
}

// actedVerbs do with their object something whose place an in-phrase
// after it names, with the subject there: speaking to an audience
// ("addressed reporters in Oslo"), working, playing, teaching or studying
// ("worked on a campaign in Chile", "set the record in Vienna"), reaching
// a ballot ("attained ballot access in Utah"). Winning is an election's
// ([docState.placingFacts]): "won the match in Bergen" is no win there.
var actedVerbs = map[string]bool{
	"attain": true, "address": true, "brief": true, "meet": true,
	"work": true, "campaign": true, "teach": true, "study": true, "set": true, "play": true, "compete": true,
	"perform": true, "hold": true,
}

// actedNouns are verbs that act where their in-phrase says only with an
// object of the given nouns: care received ("received medical treatment
// in Bergen", but "received a letter in Norway" says where the letter
// came), a speech given ("delivered a speech in Oslo"), a career begun
// ("began his political career in Bergen").
var actedNouns = map[string]map[string]bool{
	"receive": careNouns, "deliver": speechNouns, "give": speechNouns,
	"begin": careerNouns, "start": careerNouns, "launch": careerNouns,
}

// careNouns are the care that someone receives where it is given.
var careNouns = map[string]bool{"treatment": true, "care": true, "therapy": true, "surgery": true}

// careerNouns are a working life that begins in a place.
var careerNouns = map[string]bool{"career": true}

// actedThere reports whether x's object, tokens first to last, is a
// short noun phrase of a thing or an act done by the subject, so that a
// place phrase after it tells where the subject did it.
func actedThere(s nlp.Sentence, x schema.Extraction, first, last int, verb string) bool {
	head := s.Tokens[last-1].Lower()
	if nouns, ok := actedNouns[verb]; ok {
		if !nouns[head] {
			return false // "received a letter in Norway": where it came, not where the subject acted
		}
	} else if !actedVerbs[verb] {
		return false
	}
	if last-first > 4 || schoolingNouns[head] != "" || jobNouns[head] || gatheringNouns[head] {
		return false // "received his education in India" is [docState.schooledAt]'s; "addressed a rally in Oslo" a gathering's
	}
	for k := first; k < last; k++ {
		if t := s.Tokens[k]; strings.HasPrefix(t.Tag, "VB") || t.Tag == "IN" || t.Tag == "PRP" || t.Tag == "NNP" || t.Tag == "NNPS" {
			return false
		}
	}
	return true
}

// namedIn reports whether the phrase a holds a proper noun.
func namedIn(s nlp.Sentence, a schema.Argument) bool {
	for _, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End && (t.Tag == "NNP" || t.Tag == "NNPS") {
			return true
		}
	}
	return false
}

// joinedPhrase reports whether the phrase a joins words with "and" or
// "or".
func joinedPhrase(s nlp.Sentence, a schema.Argument) bool {
	for _, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End && (t.Lower() == "and" || t.Lower() == "or") {
			return true
		}
	}
	return false
}

// tripNouns name a journey that someone is taken on: "took her on a trip
// to India".
var tripNouns = map[string]bool{"trip": true, "journey": true, "visit": true, "tour": true, "holiday": true, "vacation": true}

// takenOnTrip returns the actor that x's subject took or brought its
// object to, and its confidence, when x's extras are "on a trip" (or a
// journey, visit, tour ...) and "to" an actor: "took her on a trip to
// India". What was taken travelled there; the fact of the taker is the
// trip's, not the object's ([docState.extraction] drops the object, and
// [docState.prepositionalActor] reads take_to). It returns nil otherwise.
func (d *docState) takenOnTrip(si int, s nlp.Sentence, x schema.Extraction) (*docEntity, float64) {
	if verb, _, _ := strings.Cut(x.Lemma, "_"); verb != "take" && verb != "bring" || x.Negated {
		return nil, 0
	}
	trip := false
	for _, a := range x.Extra {
		w := strings.Fields(strings.ToLower(a.Text))
		if len(w) >= 2 && w[0] == "on" && tripNouns[w[len(w)-1]] {
			trip = true
			continue
		}
		if trip && len(w) >= 2 && w[0] == "to" {
			if p, conf, _ := d.argument(si, s, a); p != nil && actorEntity(p) {
				return p, conf
			}
		}
	}
	return nil, 0
}

// distance reports whether argument a holds a number ("500 miles").
func distance(s nlp.Sentence, a schema.Argument) bool {
	for _, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End && t.Tag == "CD" {
			return true
		}
	}
	return false
}

// operationVerbs are the verbs whose passive may name its agent through the
// operation that did it: "was killed in a US drone strike".
var operationVerbs = map[string]bool{
	"kill": true, "wound": true, "injure": true, "arrest": true, "capture": true, "detain": true, "target": true,
	"hit": true, "attack": true, "destroy": true, "seize": true, "abduct": true, "kidnap": true, "rescue": true,
	"strike": true, "bomb": true, "shell": true, "pound": true,
}

// operationNouns name an operation that an actor carries out.
var operationNouns = map[string]bool{
	"operation": true, "raid": true, "strike": true, "airstrike": true, "attack": true, "bombing": true,
	"offensive": true, "crackdown": true, "ambush": true, "assault": true, "shelling": true, "raids": true,
	"strikes": true, "airstrikes": true, "attacks": true,
}

// operationAgent adds agent —VERB→ subj for a passive of [harmVerbs] that
// happened in an operation named after its agent: "Tom Wu was killed in a
// US counter-terrorism operation" (the US killed him), "was arrested in a
// Halvik Police raid". The agent's name or state adjective opens the
// operation's modifiers, the operation noun closes the phrase. A by-phrase
// names the agent so too, through the operation or what it fired ([firedNouns]):
// "was killed by a US airstrike", "was wounded by Russian shelling", "was
// killed by a Norwegian missile".
func (d *docState) operationAgent(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, prep, _ := strings.Cut(x.Lemma, "_")
	if f.subj == nil || f.obj != nil && actorEntity(f.obj) || x.Negated || !operationVerbs[verb] || !passiveIn(x.Relation) || si >= len(d.sents) {
		return
	}
	args := x.Extra
	if prep == "in" || prep == "by" {
		args = append([]schema.Argument{x.Object}, args...)
	}
	toks := s.Tokens
	for _, a := range args {
		first, last := argTokens(s, a)
		if first < 0 || a != x.Object && !strings.EqualFold(a.Role, "in") && !strings.EqualFold(a.Role, "by") {
			continue
		}
		by := a == x.Object && prep == "by" || strings.EqualFold(a.Role, "by")
		if w := toks[first].Lower(); w == "in" || w == "by" {
			first++
		}
		if first < last && toks[first].Tag == "DT" {
			first++
		}
		if head := toks[last-1].Lower(); first >= last || !operationNouns[head] && !(by && firedNouns[head]) {
			continue
		}
		if agent := d.operationNamer(si, s, first, last, f.subj); last-first >= 2 && agent != nil {
			d.derive(si, a, x.Relation, verb, agent.ent, f.subj, "", x.Confidence*placeArgConf)
			return
		}
		if agent := d.operationBy(si, s, last, f.subj); agent != nil {
			d.derive(si, a, x.Relation, verb, agent.ent, f.subj, "", x.Confidence*placeArgConf)
			return
		}
	}
}

// doerParticiples say that the actor of their by-phrase did an operation
// or fired what hit ([operationBy]).
var doerParticiples = map[string]bool{
	"planted": true, "carried": true, "launched": true, "fired": true, "conducted": true, "staged": true,
	"mounted": true, "dropped": true,
}

// operationBy returns the actor that a participle and "by" right after an
// operation's phrase, ending at token end of sentence si, name as its doer
// ("was killed by a bomb planted by Hamas", "in an attack carried out by
// the Taliban"), other than patient; or nil.
func (d *docState) operationBy(si int, s nlp.Sentence, end int, patient *docEntity) *mention {
	toks := s.Tokens
	k := end
	if k >= len(toks) || toks[k].Tag != "VBN" && toks[k].Tag != "VBD" || !doerParticiples[toks[k].Lower()] {
		return nil // "an attack condemned by Norway": no doer
	}
	k++
	if k < len(toks) && toks[k].Tag == "RP" {
		k++ // "carried out by"
	}
	if k+1 >= len(toks) || toks[k].Lower() != "by" {
		return nil
	}
	k++
	if toks[k].Tag == "DT" {
		k++
	}
	for _, m := range d.sents[si] {
		if m.start == k && m.ent != nil && !m.adj && !m.possessive && actorEntity(m.ent) && m.ent != patient {
			return m
		}
	}
	return nil
}

// operationNamer returns the actor an operation's phrase, tokens [first,
// last) of sentence si after its article, is named after: the first
// mention of an actor other than patient among its modifiers, when every
// other modifier is a noun or an adjective; nil otherwise ("an attack on
// a US base": the name is the target's). A place written by its name says
// where the operation was, not who did it ([operationPlace]), and so does a
// state's full name opening a phrase after "in" ("killed in Lebanon
// strikes"; its initials name the doer: "killed in US strikes").
func (d *docState) operationNamer(si int, s nlp.Sentence, first, last int, patient *docEntity) *mention {
	var agent *mention
	head := s.Tokens[last-1].Lower()
	placed := first > 0 && s.Tokens[first-1].Lower() == "in" // "killed in Lebanon strikes"
	for _, m := range d.sents[si] {
		if m.start >= first && m.end < last && m.ent != nil && actorEntity(m.ent) && m.ent != patient && (agent == nil || m.start < agent.start) &&
			!d.operationPlace(m, head) && !(placed && m.start == first && !m.adj && d.r.country(m.ent) && !isAcronym(m.surface)) {
			agent = m
		}
	}
	if agent == nil {
		return nil
	}
	for k := first; k < last-1; k++ {
		if t := s.Tokens[k]; (k < agent.start || k >= agent.end) && !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Tag == "HYPH" || t.Text == "-") {
			return nil
		}
	}
	return agent
}

// operationPlace reports whether mention m, among the modifiers of an
// operation's or a weapon's noun head, names where it happened: a town or
// a region by its name ("the Oslo bomb", "a Kabul attack"), or a state by
// its name before a bomb ("Mokha, Yemen bomb kills photojournalist"),
// which is planted, not fired by the state. A state's adjective or its
// initials name the doer ("Norwegian missiles", "US bombs"), and so does a
// state's name before a strike ("Israel strike kills 20").
func (d *docState) operationPlace(m *mention, head string) bool {
	if m.adj || !isPlace(m.ent) {
		return false
	}
	if !d.r.country(m.ent) {
		return true
	}
	return (head == "bomb" || head == "bombs" || head == "bombing") && !isAcronym(m.surface)
}

// firedNouns name what an actor fires, or the craft and guns it fires
// with, after the actor's name or state adjective: "Norwegian missiles
// hit Bergen", "Israeli jets struck Gaza".
var firedNouns = map[string]bool{
	"missile": true, "missiles": true, "rocket": true, "rockets": true, "drone": true, "drones": true,
	"shell": true, "shells": true, "bomb": true, "bombs": true, "jet": true, "jets": true, "warplane": true,
	"warplanes": true, "aircraft": true, "helicopter": true, "helicopters": true, "gunship": true, "gunships": true,
	"warship": true, "warships": true, "tank": true, "tanks": true, "artillery": true,
}

// operationDoer adds agent —VERB→ obj for an active verb of
// [operationVerbs] whose subject is an operation, or what it fired, named
// after its agent: "A US airstrike killed Tom Wu", "the Norwegian drone
// strike that killed Ann Lee" (the phrase before a relative pronoun that
// stands alone as the subject), "Swedish missiles hit Bergen". The agent's
// name or state adjective stands among the subject's modifiers, the
// operation's noun ([operationNouns], [firedNouns]) closes it, as in the
// passive [docState.operationAgent] reads.
func (d *docState) operationDoer(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if f.subj != nil || f.obj == nil || !actorEntity(f.obj) || x.Negated || !operationVerbs[verb] || passiveIn(x.Relation) ||
		si >= len(d.sents) || d.intended(s, x) {
		return
	}
	toks := s.Tokens
	first, last := argTokens(s, x.Subject)
	if first < 0 {
		return
	}
	if w := toks[first].Lower(); last-first == 1 && (w == "that" || w == "which") {
		// "the US airstrike that killed Tom Wu", with the relative
		// pronoun alone the subject: the noun phrase right before it.
		for last = first; first > 0 && operationModifier(toks[first-1], first == last); first-- {
		}
	}
	if first < last && toks[first].Tag == "DT" {
		first++
	}
	if k := slices.IndexFunc(toks[first:last], func(t nlp.Token) bool { return t.Tag == "IN" }); k > 0 && operationNouns[toks[first+k-1].Lower()] {
		// "An attack by the Velby Front killed Per Lund": the agent
		// after by; "A Velby Front attack in Halden killed Ann Lee": the
		// place after the operation's noun is where it was.
		if p := first + k; toks[p].Lower() == "by" {
			if m := actorAt(toks, d.sents[si], p+1); m != nil && m.ent != nil && actorEntity(m.ent) && m.ent != f.obj && m.end == last {
				d.derive(si, x.Subject, x.Relation, verb, m.ent, f.obj, "", x.Confidence*placeArgConf)
			}
			return
		} else if p+1 < last && (toks[p].Lower() == "in" || toks[p].Lower() == "near") && d.placeNamedAt(si, s, p+1, last) {
			last = p
		}
	}
	if last-first < 2 {
		return // "That killed Tom Wu.": no phrase before the pronoun
	}
	if head := toks[last-1].Lower(); !operationNouns[head] && !firedNouns[head] {
		return
	}
	if agent := d.operationNamer(si, s, first, last, f.obj); agent != nil {
		d.derive(si, x.Subject, x.Relation, verb, agent.ent, f.obj, "", x.Confidence*placeArgConf)
	}
}

// placeNamedAt reports whether the tokens from k to end of sentence si
// are one place's name, after its "the" if any ("in Halden", "near the
// Golan Heights").
func (d *docState) placeNamedAt(si int, s nlp.Sentence, k, end int) bool {
	for _, m := range d.sents[si] {
		if (m.start == k || m.start == k+1 && s.Tokens[k].Tag == "DT") && m.end == end && m.ent != nil && isPlace(m.ent) {
			return true
		}
	}
	return false
}

// operationModifier reports whether t may stand in an operation's phrase
// before a relative pronoun: a noun or an adjective, or the operation's
// noun itself (head), which the tagger may miss ("airstrike").
func operationModifier(t nlp.Token, head bool) bool {
	w := t.Lower()
	return head && (operationNouns[w] || firedNouns[w]) || strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Text == "-"
}

// takingVerbs take a place or body from the actor their from-phrase
// names, who loses it: "Mosul was recaptured from ISIS", "the army seized
// the town from the rebels".
var takingVerbs = map[string]bool{
	"capture": true, "recapture": true, "seize": true, "take": true, "retake": true, "wrest": true,
	"liberate": true, "reclaim": true, "conquer": true,
}

// takenFrom reads a place or body taken from an actor as the actor's
// loss. The passive "Mosul was recaptured from ISIS in 2017" turns f
// (Mosul —recapture_from→ ISIS) into ISIS —lose→ Mosul; the active "Iraqi
// forces captured Mosul from ISIS" adds ISIS —lose→ Mosul beside the
// capture. What is lost is a place ("Ann Lee was taken from Oslo to
// Bergen" is no loss of Oslo's), the loser no natural place ("captured
// from the sea").
func (d *docState) takenFrom(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if x.Negated || f.subj == nil || !actorEntity(f.subj) {
		return
	}
	if verb, ok := strings.CutSuffix(x.Lemma, "_from"); ok && takingVerbs[verb] && passiveIn(x.Relation) {
		if isPlace(f.subj) && f.obj != nil && f.obj != f.subj && actorEntity(f.obj) && f.obj.typ != schema.Location {
			f.subj, f.obj = f.obj, f.subj
			f.Subject, f.Object = f.Object, f.Subject
			f.Lemma, f.Class = schema.StatedRelation(lose), schema.CanonicalRelation(lose)
		}
		return
	}
	if !takingVerbs[x.Lemma] || f.obj == nil || !isPlace(f.obj) {
		return
	}
	for _, a := range x.Extra {
		if !strings.HasPrefix(strings.ToLower(a.Text), "from ") || a.Start < x.Object.End {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != f.subj && o != f.obj && actorEntity(o) && o.typ != schema.Location {
			if g := d.derive(si, a, x.Relation+" from", lose, o, f.obj, "", x.Confidence*conf*placeArgConf); g != nil {
				g.Class = lose
			}
		}
		return
	}
}

// lose is the relation of an actor that a place or body was taken from.
const lose = "lose"

// officialActs are the acts that an authority does to an actor, whose
// agent a story names once and then leaves out: "Police arrested Tom Wu
// on Monday. ... Ann Lee was arrested on Tuesday."
var officialActs = map[string]bool{
	"arrest": true, "detain": true, "impeach": true, "indict": true, "charge": true, "convict": true,
	"sentence": true, "jail": true, "imprison": true, "deport": true, "expel": true, "extradite": true,
	"acquit": true,
}

// contextAgent adds agent —VERB→ subj for a passive of [officialActs]
// with no agent of its own, when the document has named one agent, and
// only one, that did the same act before: "Two presidents have been
// impeached by the House. Tom Wu was impeached in 1998" (the House
// impeached him). Two agents of the act leave it alone; none does too,
// but for an impeachment in a report that names one House of
// Representatives, which impeaches.
func (d *docState) contextAgent(si int, s nlp.Sentence, x schema.Extraction, verb string, subj *docEntity) {
	if subj == nil || !actorEntity(subj) || isPlace(subj) || !officialActs[verb] || strings.HasSuffix(x.Lemma, "_by") {
		return
	}
	if w, _, _ := strings.Cut(strings.ToLower(x.Relation), " "); w == "will" || w == "'ll" || w == "shall" || d.intended(s, x) {
		return // "may be arrested", "fears she will be arrested": no act yet
	}
	var agent *docEntity
	for _, f := range d.facts {
		if f.Sentence > si || f.Background || f.Negated {
			continue
		}
		var a *docEntity
		switch {
		case f.Lemma == verb && (f.implied || !passiveIn(f.Relation)) && f.Object.Text != "":
			// "Police arrested Tom Wu", or police —arrest→ read from a
			// by-phrase; a headline's "Tom Wu arrested" has no object.
			a = f.subj
		case f.Lemma == verb+"_by":
			a = f.obj
		default:
			continue // the patient of an agentless passive, or another act
		}
		if a == nil || !actorEntity(a) || isPlace(a) || agent != nil && agent != a {
			return // "Soldiers arrested Tom Wu", "Police arrested Tom Wu; the army arrested Ann Lee": whose is unsaid
		}
		agent = a
	}
	if agent == nil && verb == "impeach" {
		// "Tom Wu was impeached over ..." in a report that names the
		// House of Representatives, and no other: the House impeaches.
		if c := d.chambersNamed("house of representatives"); len(c) == 1 && c[0] != subj {
			agent = c[0]
		}
	}
	if agent == nil {
		return
	}
	// The sentence names no agent: the fact's subject is the name alone.
	if f := d.derive(si, schema.Argument{Text: agent.name}, x.Relation, verb, agent, subj, "", x.Confidence*placeArgConf*placeArgConf); f != nil {
		f.Class = schema.CanonicalRelation(verb)
	}
}
