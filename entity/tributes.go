package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// This file reads a speaker's words that announce an event of an
// actor's life, praise the actor or mourn it ([docState.announcedEvent],
// [docState.tribute], and the praise that [docState.imputedAct] reads in a copula).

// praiseNouns and praiseAdjectives honour the actor a reported copula
// gives them to: "Tom Wu was an icon of liberation", "a true patriot", "a
// great leader", "She was courageous and selfless".
var (
	praiseNouns = map[string]bool{
		"icon": true, "hero": true, "heroine": true, "giant": true, "legend": true, "visionary": true,
		"statesman": true, "stateswoman": true, "patriot": true, "pioneer": true, "inspiration": true,
		"titan": true, "luminary": true, "stalwart": true, "gentleman": true, "genius": true,
		"trailblazer": true, "role model": true, "beacon": true, "colossus": true, "champion": true,
		"treasure": true,
	}
	praiseAdjectives = map[string]bool{
		"courageous": true, "brave": true, "selfless": true, "tireless": true, "remarkable": true,
		"extraordinary": true, "outstanding": true, "exceptional": true, "inspiring": true,
		"inspirational": true, "visionary": true, "heroic": true, "humble": true, "wise": true,
		"generous": true, "principled": true, "honourable": true, "honorable": true, "great": true,
		"dedicated": true, "fearless": true, "formidable": true, "towering": true, "true": true,
		"decent": true, "incomparable": true, "brilliant": true, "admirable": true, "excellent": true,
		"honest": true, "kind": true, "good": true, "soft-spoken": true, "compassionate": true,
		"talented": true, "gifted": true, "gracious": true, "beloved": true, "wonderful": true,
	}
	// virtues are the qualities that "a man of ..." honours: "a man of
	// extraordinary grace", "a woman of great integrity".
	virtues = map[string]bool{
		"grace": true, "integrity": true, "courage": true, "honour": true, "honor": true, "principle": true,
		"principles": true, "vision": true, "kindness": true, "decency": true, "humility": true, "dignity": true,
		"compassion": true, "conviction": true, "wisdom": true, "warmth": true, "generosity": true,
		"character": true, "faith": true, "talent": true, "substance": true, "distinction": true,
	}
	// honouredNouns are the heads after which praiseAdjectives honour:
	// "a great leader", "a true friend" (not "a great power").
	honouredNouns = map[string]bool{
		"leader": true, "man": true, "woman": true, "friend": true, "servant": true, "son": true,
		"daughter": true, "father": true, "mother": true, "fighter": true, "soldier": true, "person": true,
		"human": true, "being": true, "citizen": true, "politician": true, "president": true, "comrade": true,
		"ally": true, "colleague": true, "partner": true, "democrat": true, "revolutionary": true,
	}
)

// virtuous reports whether o, the lower-case words of a copula's
// complement, give a person a virtue ([virtues]): "a man of
// extraordinary grace and kindness", "a woman of great integrity".
func virtuous(o []string) bool {
	for len(o) > 0 && (o[0] == "a" || o[0] == "an" || o[0] == "truly" || o[0] == "such") {
		o = o[1:]
	}
	if len(o) < 3 || !honouredNouns[o[0]] || o[1] != "of" {
		return false
	}
	for _, w := range o[2:min(len(o), 6)] {
		w = strings.TrimRight(w, ",.")
		if virtues[w] {
			return true
		}
		if !praiseAdjectives[w] && w != "such" && w != "enormous" && w != "immense" && w != "rare" && w != "deep" {
			return false // "a man of few words", "a man of the people"
		}
	}
	return false
}

// lauded reports whether o, the lower-case words of a copula's
// complement cut at its head, honours the subject: a head of
// praiseNouns ("an icon of liberation", "a true patriot"; a champion only
// "of" something), a praise adjective standing alone or in a
// coordination ("was courageous and selfless"), or one before a person
// noun ("a great leader", "a remarkable man").
func lauded(o []string) bool {
	for len(o) > 1 && (o[0] == "a" || o[0] == "an" || o[0] == "the" || o[0] == "truly" || o[0] == "such" || o[0] == "most" || o[0] == "very" ||
		strings.HasSuffix(o[0], "ly") && o[0] != "only") {
		o = o[1:]
	}
	if i := slices.IndexFunc(o, func(v string) bool {
		return v == "i" || v == "we" || v == "you" || v == "he" || v == "she" || v == "they"
	}); i > 0 {
		o = o[:i] // "the most brilliant scientist we have ever had": the head is scientist
	}
	if len(o) == 0 {
		return false
	}
	head := o[len(o)-1]
	if praiseNouns[head] && head != "champion" {
		return true
	}
	adj := strings.TrimRight(o[0], ",")
	if !praiseAdjectives[adj] {
		return false
	}
	if len(o) == 1 || strings.HasSuffix(o[0], ",") || o[1] == "and" {
		return adj != "great" && adj != "true" && adj != "good" // "was great" of a match, "is true", "is good"
	}
	// "a brilliant scientist", "a great drummer": a person's calling.
	return honouredNouns[head] || personNouns[head] != 0 || praiseNouns[head] || occupationNouns[head] || roleNoun(head)
}

// laudable reports whether c, the lower-case complement of a naming or
// describing verb, honours what the verb names ([lauded]): "a decent
// man", "humble and soft-spoken", "an incomparable mathematician, a
// pleasant neighbor", "a hero of the revolution". A negation ("no hero"),
// a scornful mark ("so-called hero") or a first part that is no praise
// gives false.
func laudable(c string) bool { return laudableOf(c, false) }

// laudablePerson is [laudable] for a complement given to a person: a
// praise adjective honours before any noun ("an incomparable
// mathematician"), not only before a person noun.
func laudablePerson(c string) bool { return laudableOf(c, true) }

func laudableOf(c string, person bool) bool {
	c = strings.NewReplacer("\"", " ", "“", " ", "”", " ", "[", "", "]", "").Replace(strings.TrimPrefix(strings.TrimSpace(c), "as "))
	w := strings.Fields(strings.Trim(c, "'‘’ .,!"))
	if len(w) == 0 || scornful(c) || slices.ContainsFunc(w, func(v string) bool {
		return v == "not" || v == "no" || v == "never" || v == "n't" || v == "hardly" || v == "far" || v == "less"
	}) {
		return false
	}
	if virtuous(w) {
		return true
	}
	if i := slices.IndexFunc(w, func(v string) bool { return headEnds[v] }); i > 0 {
		w = w[:i] // "a good man with vast knowledge": the head is man
	}
	if i := slices.IndexFunc(w, func(v string) bool { return strings.HasSuffix(v, ",") }); i >= 0 && i+1 < len(w) && (w[i+1] == "a" || w[i+1] == "an" || w[i+1] == "the") {
		w[i] = strings.TrimSuffix(w[i], ",") // "an incomparable mathematician, a pleasant neighbor": the first of a list
		w = w[:i+1]
	}
	if person && len(w) > 1 {
		o := w
		for len(o) > 1 && (o[0] == "a" || o[0] == "an" || o[0] == "the" || strings.HasSuffix(o[0], "ly") && o[0] != "only") {
			o = o[1:]
		}
		if len(o) > 1 && praiseAdjectives[o[0]] {
			return true
		}
	}
	return lauded(w)
}

// lifeEvents are the events in an actor's life that a speaker announces
// or mourns: "announced the death of Tom Wu", "confirmed his resignation".
var lifeEvents = map[string]bool{
	"death": true, "passing": true, "demise": true, "resignation": true, "retirement": true,
	"departure": true, "appointment": true, "nomination": true, "candidacy": true, "arrest": true,
	"release": true, "dismissal": true, "murder": true, "assassination": true, "funeral": true,
}

// deathEvents are the [lifeEvents] that end a life: who mourns one is
// never the one who died, and one announced gives no fact.
var deathEvents = map[string]bool{"death": true, "passing": true, "demise": true, "murder": true, "assassination": true, "funeral": true}

// approvedEvents are the [lifeEvents] that a vote confirms: "confirmed
// his nomination", "confirmed the appointment of Tom Wu".
var approvedEvents = map[string]bool{"nomination": true, "appointment": true}

// announcedEvent adds subject —announce→ actor (—mourn→ for mourn,
// lament) when x announces, confirms or mourns an event of the actor's
// life ([lifeEvents]): "confirmed Tom Wu's resignation", "Ann Lee mourned
// the death of Tom Wu", '"I mourn the passing of Norway's founding
// father, Tom Wu," Lee said' (the name in apposition after a
// possessive). A death announced or confirmed gives nothing: what is
// announced is the death, no actor, and the annotators of
// ../shared/realnews list no such fact ("The government announced his
// death", "His death was confirmed by his son").
func (d *docState) announcedEvent(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if f.subj == nil || !actorEntity(f.subj) || f.obj != nil && actorEntity(f.obj) || x.Negated {
		return
	}
	if griefVerbs[verb] {
		d.voicedGrief(si, s, x, f)
		return
	}
	if verb != "announce" && verb != "confirm" && verb != "mourn" && verb != "lament" && verb != "grieve" {
		return
	}
	if verb == "confirm" && legislature(f.subj) && slices.ContainsFunc(strings.Fields(strings.ToLower(x.Object.Text)), func(w string) bool { return approvedEvents[w] }) {
		// "the Senate confirmed Ann Lee's nomination": a chamber that
		// confirms a nomination approves it by its vote (the confirm
		// fact); it announces nothing. A person or a firm that
		// confirms an appointment announces it.
		return
	}
	lemma := "announce"
	if verb == "mourn" || verb == "lament" || verb == "grieve" {
		lemma = "mourn"
	}
	if o := d.eventHolder(si, s, x.Object, lemma == "mourn"); o != nil && o != f.subj {
		if lemma == "announce" && arrestingBody(f.subj) && firstEvent(x.Object.Text) == "arrest" {
			// "Oslo Police announced the arrest of Tom Wu": a police
			// force that announces an arrest made it.
			lemma = "arrest"
		}
		d.derive(si, x.Subject, x.Relation, lemma, f.subj, o, "", x.Confidence*placeArgConf)
	}
}

// firstEvent returns the first of the [lifeEvents] among the words of
// text, or "".
func firstEvent(text string) string {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if lifeEvents[w] {
			return w
		}
	}
	return ""
}

// arrestingBody reports whether e is a police force ("Oslo Police",
// "Kenyan police", "the Garda") or a criminal police bureau ("FBI",
// "National Bureau of Investigation"): a body that makes arrests and
// rules on none.
func arrestingBody(e *docEntity) bool {
	if e.typ != schema.Organization && e.typ != schema.Group {
		return false
	}
	if slices.ContainsFunc(strings.Fields(strings.ToLower(e.name)), func(w string) bool { return policeWords[w] }) {
		return true
	}
	return e.name == "FBI" || strings.Contains(e.name, "Bureau of Investigation")
}

// eventHolder returns the actor whose life event ([lifeEvents]) the
// argument a names, or nil: the possessor ("Tom Wu's resignation",
// "his death") or the actor after "of" ("the passing of Norway's
// founding father, Tom Wu"). With mourned, the event is any life event
// and "his" is another's; without it, a death is no event (one announced
// gives no fact) and "his departure" is, as a rule, the subject's own.
func (d *docState) eventHolder(si int, s nlp.Sentence, a schema.Argument, mourned bool) *docEntity {
	event := func(w string) bool { return lifeEvents[w] && !deathEvents[w] }
	if mourned {
		event = func(w string) bool { return lifeEvents[w] }
	}
	var o *docEntity
	first, last := argTokens(s, a)
	if first >= 0 && !possessiveDeterminers[s.Tokens[first].Lower()] {
		// "Tom Wu's resignation"; "announced his departure" is, as a
		// rule, his own, whoever "his" was taken for.
		o = d.possessorOf(si, s, a, event)
	} else if first >= 0 && mourned && s.Tokens[first].Lower() != "my" && s.Tokens[first].Lower() != "our" {
		// "The nation mourned his death": no one mourns their own
		// death, so "his" is another's, the one the pronoun was taken
		// for.
		o = d.possessorOf(si, s, a, func(w string) bool { return deathEvents[w] })
	}
	for k := first; o == nil && first >= 0 && k < last && k+1 < len(s.Tokens) && k < first+4; k++ {
		of := k + 1
		if s.Tokens[k].Lower() == "passing" && s.Tokens[of].Lower() == "away" && of+1 < len(s.Tokens) {
			of++ // "the passing away of Tom Wu", whose "away of" the argument may leave out
		}
		if !event(s.Tokens[k].Lower()) || s.Tokens[of].Lower() != "of" || of >= last && of == k+1 {
			continue
		}
		// "the passing of Norway's founding father, Tom Wu": the first
		// actor after "of" that is no possessor, within eight tokens.
		for _, m := range d.sents[si] {
			if m.start > of && m.start <= of+9 && named(m) && m.ent != nil && !m.possessive && !m.adj && actorEntity(m.ent) &&
				!slices.ContainsFunc(s.Tokens[of+1:m.start], func(t nlp.Token) bool { return clauseEnd(t.Text) }) {
				o = m.ent
				break
			}
		}
	}
	return o
}

// griefVerbs and griefNouns voice sorrow at an actor's death: "expressed
// his sadness at Tom Wu's death", "offered condolences over the death of
// Tom Wu".
var (
	griefVerbs = map[string]bool{"express": true, "offer": true, "extend": true, "send": true, "convey": true, "voice": true}
	griefNouns = map[string]bool{
		"sadness": true, "sorrow": true, "grief": true, "condolences": true, "condolence": true,
		"sympathy": true, "sympathies": true, "shock": true, "regret": true, "regrets": true,
	}
)

// voicedGrief adds subject —mourn→ actor when x, a clause of [griefVerbs]
// whose object is a noun of [griefNouns], has an adjunct "at", "over",
// "on" or "for" that names the actor's death: "Ann Lee expressed her
// sadness at Tom Wu's death", "offered condolences over the death of Tom
// Wu". Condolences to a family, or grief at a fire, give nothing.
func (d *docState) voicedGrief(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	first, last := argTokens(s, x.Object)
	if first < 0 || !griefNouns[s.Tokens[last-1].Lower()] {
		return
	}
	for _, e := range x.Extra {
		switch strings.ToLower(e.Role) {
		case "at", "over", "on", "for", "about":
		default:
			continue
		}
		if first, _ := argTokens(s, e); first < 0 || !slices.ContainsFunc(strings.Fields(strings.ToLower(e.Text)), func(w string) bool { return deathEvents[w] }) {
			continue
		}
		if o := d.eventHolder(si, s, e, true); o != nil && o != f.subj && actorEntity(o) {
			d.derive(si, x.Subject, x.Relation, "mourn", f.subj, o, "", x.Confidence*placeArgConf)
			return
		}
	}
}

// tributeNouns are the nouns of honour paid to an actor: "Tributes were
// paid to Tom Wu by Ann Lee".
var tributeNouns = map[string]bool{"tribute": true, "tributes": true, "homage": true}

// paidTribute reads a passive of paying whose subject is a tribute to an
// actor: "Tributes to Tom Wu were paid by Ann Lee" gives Ann Lee
// —pay_tribute_to→ Tom Wu, as the active does. ("Tributes were paid to
// Tom Wu by Ann Lee" is read as pay_to by the passive's agent.)
func (d *docState) paidTribute(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	first, last := argTokens(s, x.Subject)
	if first < 0 || x.Negated {
		return
	}
	head := first
	for head < last-1 && (s.Tokens[head].Tag == "DT" || strings.HasPrefix(s.Tokens[head].Tag, "JJ")) {
		head++ // "Many tributes", "warm tributes"
	}
	if !tributeNouns[s.Tokens[head].Lower()] {
		return
	}
	if base, ok := passiveBy(x); !ok || base != "pay" || head+2 >= last || s.Tokens[head+1].Lower() != "to" {
		return
	}
	agent, _, _ := d.argument(si, s, x.Object)
	m := headAt(s.Tokens, d.sents[si], head+2)
	if agent != nil && m != nil && m.ent != nil && m.ent != agent && actorEntity(agent) && actorEntity(m.ent) {
		d.derive(si, x.Subject, x.Relation, "pay_tribute_to", agent, m.ent, "", x.Confidence*placeArgConf)
	}
}

// legacyNouns are what an actor leaves behind that a tribute says lives
// on: "his contribution to the nation", "her legacy", "his memory".
var legacyNouns = map[string]bool{
	"contribution": true, "contributions": true, "legacy": true, "memory": true, "service": true,
	"work": true, "sacrifice": true, "sacrifices": true, "leadership": true, "achievements": true,
	"example": true, "courage": true, "spirit": true, "vision": true, "deeds": true,
}

// futureAuxiliaries are the auxiliaries that open a tribute's "will be
// missed", with the contracted forms ("He'll be missed", "He’ll be
// missed").
var futureAuxiliaries = map[string]bool{"will": true, "shall": true, "would": true, "'ll": true, "’ll": true, "'d": true, "’d": true}

// tribute adds speaker —praise→ actor when the speaker's words say the
// actor's legacy ([legacyNouns]) lives on ("His contribution to the
// history of our nation will never be forgotten", "her legacy will live
// on", "will be remembered"), and speaker —mourn→ actor when they say the
// actor will be missed ("Tom Wu will be sorely missed").
func (d *docState) tribute(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	if len(w) < 3 || !futureAuxiliaries[w[0]] || f.implied {
		return
	}
	last := w[len(w)-1]
	var o *docEntity
	lemma := "praise"
	switch {
	case last == "forgotten" && x.Negated, last == "remembered", last == "on" && w[len(w)-2] == "live", last == "endure":
		o = d.possessorOf(si, s, x.Subject, func(v string) bool { return legacyNouns[v] })
	case last == "missed" && !x.Negated && f.subj != nil:
		o, lemma = f.subj, "mourn"
	}
	if o == nil || !actorEntity(o) {
		return
	}
	speaker := d.reporter(si, s, x, f)
	if speaker != nil && speaker != o && actorEntity(speaker) {
		d.derive(si, x.Subject, x.Relation, lemma, speaker, o, "", x.Confidence*placeArgConf)
	}
}

// deceasedTributes: "Tom Wu paid tribute, calling her a great leader",
// "Tributes were paid by world leaders including Tom Wu": a tribute paid
// to no one named, in a report of one person's death, is paid to the
// dead person, named before it. Each named actor who pays it gives
// pay_tribute_to; a group ("world leaders") is no named payer.
func (d *docState) deceasedTributes() {
	var dead *docEntity
	deathAt := 0
	for _, f := range d.facts {
		if f.Lemma != "die" && f.Lemma != "pass_away" || f.subj == nil || f.subj.typ != schema.Person || f.Negated {
			continue
		}
		if dead != nil && dead != f.subj {
			return // two deaths: whose tribute is unknown
		}
		if dead == nil {
			dead, deathAt = f.subj, f.Sentence
		}
	}
	if dead == nil {
		return
	}
	for _, f := range slices.Clone(d.facts) {
		if f.Sentence < deathAt || f.Negated {
			continue
		}
		var payer *docEntity
		var arg schema.Argument
		switch {
		case f.Lemma == "pay" && f.obj == nil && tributeNouns[strings.ToLower(f.Object.Text)]:
			payer, arg = f.subj, f.Subject // "Tom Wu paid tribute"
		case f.Lemma == "pay_by" && f.subj == nil && tributeNouns[strings.ToLower(f.Subject.Text)]:
			payer, arg = f.obj, f.Object // "Tributes were paid by Tom Wu"
		}
		if payer == nil || payer == dead || payer.typ != schema.Person && payer.typ != schema.Organization && payer.typ != schema.GPE {
			continue
		}
		d.derive(f.Sentence, arg, f.Relation, "pay_tribute_to", payer, dead, "", f.Confidence*placeArgConf)
	}
}
