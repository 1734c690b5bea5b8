package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// This file reads what a speaker's words say of another actor: the
// reported clause, quoted or not, that blames, accuses, urges or stands
// with the actor it is about ([docState.imputed], [docState.sympathy],
// [docState.prayedFor], [docState.peers]). tributes.go reads the words
// that announce, praise or mourn an actor, addressed.go those addressed
// to an actor in a quotation.

// willWords ascribe a will to the subject before the infinitive after them:
// "is trying to", "wants to", "chose to", "refused to".
var willWords = map[string]bool{
	"trying": true, "tried": true, "tries": true, "try": true, "wants": true, "want": true, "wanted": true,
	"chose": true, "chooses": true, "choose": true, "seeks": true, "sought": true, "attempting": true,
	"attempted": true, "refuses": true, "refused": true, "refusing": true, "determined": true, "intends": true,
}

// harmVerbs are acts against others or the truth that a speaker blames an
// actor for wanting: "wants to cancel the referendum", "is trying to
// silence its critics". refusedVerbs are the duties one is blamed for
// refusing: "refused to apologise".
var (
	harmVerbs = map[string]bool{
		"silence": true, "suppress": true, "cancel": true, "destroy": true, "undermine": true, "sabotage": true,
		"obstruct": true, "hide": true, "cover": true, "crush": true, "intimidate": true, "bully": true,
		"punish": true, "rig": true, "steal": true, "manipulate": true, "mislead": true, "deceive": true,
		"betray": true, "censor": true, "discredit": true, "smear": true, "derail": true, "muzzle": true,
		"gag": true, "evade": true, "bury": true, "whitewash": true, "scrap": true, "dismantle": true,
		"overturn": true, "subvert": true, "exploit": true, "blackmail": true,
	}
	refusedVerbs = map[string]bool{
		"apologise": true, "apologize": true, "answer": true, "cooperate": true, "comply": true, "disclose": true,
		"admit": true, "acknowledge": true, "listen": true, "engage": true, "explain": true, "resign": true,
		"negotiate": true, "release": true, "pay": true,
	}
)

// wrongVerbs are deeds that a speaker who reports them accuses their
// doer of: "Ann Lee said Norway is breaking the law", '"Halvik Holdings
// lied to us," Tom Wu said'. Reporting an attack or a killing is news;
// claiming one accuses ([wrongDeeds]).
var wrongVerbs = map[string]bool{
	"lie": true, "cheat": true, "rig": true, "steal": true, "bribe": true, "defraud": true, "falsify": true,
	"abuse": true, "violate": true, "breach": true, "flout": true, "betray": true, "deceive": true,
	"mislead": true, "embezzle": true, "torture": true, "persecute": true, "harass": true, "loot": true,
	"oppress": true, "plunder": true, "launder": true,
}

// brokenNouns are the rules and pledges whose breaking is a wrong:
// "broke the law", "is breaking its promise".
var brokenNouns = map[string]bool{
	"law": true, "laws": true, "rules": true, "rule": true, "promise": true, "promises": true, "pledge": true,
	"constitution": true, "ceasefire": true, "truce": true, "agreement": true, "treaty": true, "deal": true,
	"accord": true, "word": true, "sanctions": true, "embargo": true, "code": true,
}

// outcomeVerbs name what befalls an actor rather than what it does:
// "should win" forecasts, it urges no one.
var outcomeVerbs = map[string]bool{
	"win": true, "lose": true, "receive": true, "get": true, "face": true, "suffer": true, "benefit": true,
	"happen": true, "succeed": true, "fail": true, "become": true, "remain": true, "finish": true, "know": true,
	"expect": true, "see": true, "gain": true, "end": true,
}

// headEnds are the words after which a noun phrase's head is done.
var headEnds = map[string]bool{
	"of": true, "for": true, "to": true, "in": true, "at": true, "with": true, "who": true, "that": true,
	"on": true, "from": true, "about": true, "by": true, "which": true,
}

// scornAdjectives condemn the actor a reported copula gives them to:
// "Ann Lee said the council was corrupt".
var scornAdjectives = map[string]bool{
	"corrupt": true, "incompetent": true, "dishonest": true, "irresponsible": true, "reckless": true,
	"hypocritical": true, "arrogant": true, "cowardly": true, "negligent": true, "illegitimate": true,
	"racist": true, "shameful": true, "disgraceful": true, "deceitful": true, "untrustworthy": true,
	"inept": true, "callous": true, "cynical": true, "undemocratic": true, "lawless": true, "complicit": true,
	"unfit": true, "dishonourable": true, "dishonorable": true, "despicable": true, "criminal": true,
	"clumsy": true, "unthinking": true, "cruel": true, "heartless": true, "inhumane": true, "shameless": true,
	"unjust": true, "incoherent": true, "spineless": true,
}

// deonticModals put a duty on their subject: said of an actor, they urge
// it ("Norway must withdraw its troops, Ann Lee said").
var deonticModals = map[string]bool{"should": true, "must": true, "ought": true}

// imputed adds speaker —LEMMA→ actor when a reported clause, the
// speaker's words, has the actor at fault or under a duty:
//
//   - criticize when the actor wills harm: '"Tom Wu wants to cancel the
//     referendum," said Ann Lee', "Ann Lee said Halvik Holdings was
//     trying to silence its critics", "... had refused to apologise";
//     or when it should have done otherwise ("should have acted");
//   - accuse when the actor does a wrong of [wrongVerbs]: "Ann Lee said
//     the council had abused its power", "... is breaking the law";
//   - urge when the actor should or must act: "Ann Lee said Norway
//     must withdraw its troops", 'Russia should "get out," Lee said'.
//
// The speaker's own side is no target ("we want to scrap the tax", "we
// must act").
func (d *docState) imputed(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.implied || d.doerJudged(si, s, x, f) {
		return
	}
	target := f.subj
	if target == nil || !actorEntity(target) {
		// "said the lawmakers' behaviour was disgraceful": an actor's
		// act judged is the actor judged.
		if target = d.actOf(si, s, x.Subject); target == nil {
			return
		}
	}
	lemma := d.imputedAct(s, x)
	if lemma == "" || heardBy(s, f) || asked(s, x) || target != f.subj && lemma != "criticize" && lemma != "praise" && lemma != "accuse" {
		return // an act does no duty, and its doer is not what "had done her best" says
	}
	speaker := d.reporter(si, s, x, f)
	if speaker == nil || speaker == target || !actorEntity(speaker) || d.side(speaker, si) == target {
		return
	}
	if lemma == "urge" && courtName(speaker.name) {
		lemma = "order" // "the court said Halvik must remove the posts": a ruling
	}
	if f := d.derive(si, x.Subject, x.Relation, lemma, speaker, target, "", x.Confidence*placeArgConf); f != nil && lemma == "urge" {
		d.urged = append(d.urged, f)
	}
}

// ownDuties drops the facts of urging that [docState.imputed] gave toward
// a body the speaker leads, works for or belongs to, as the office facts
// that come after the extractions state it: "Tom Wu, the prime minister,
// said Norway must leave the union" puts a duty on his own state, as "we
// must act" does, and urges no one.
func (d *docState) ownDuties() {
	if len(d.urged) == 0 {
		return
	}
	own := make(map[*docFact]bool)
	for _, u := range d.urged {
		for _, f := range d.facts {
			if f.subj == u.subj && f.obj == u.obj && !f.Negated && (f.Lemma == schema.Lead || f.Lemma == schema.WorkFor || f.Lemma == schema.MemberOf) {
				own[u] = true
				break
			}
		}
	}
	if len(own) == 0 {
		return
	}
	d.facts = slices.DeleteFunc(d.facts, func(f *docFact) bool { return own[f] })
}

// asked reports whether x's clause is an indirect question, its subject
// right after "how", "why", "whether" or "if" ("wondered how Norway can
// train killers", "asked whether Acme would pay"): the speaker asks, and
// judges or urges no one by it.
func asked(s nlp.Sentence, x schema.Extraction) bool {
	b := subjectToken(s, x)
	if b > 1 && s.Tokens[b-1].Lower() == "the" {
		b--
	}
	if b < 1 {
		return false
	}
	switch s.Tokens[b-1].Lower() {
	case "how", "why", "whether", "if":
		return true
	}
	return false
}

// heardBy reports whether f's speaker heard what f states, as a court or
// an inquiry hears evidence, rather than saying it: "Yukos lied to the
// court, the court has heard".
func heardBy(s nlp.Sentence, f *docFact) bool {
	for _, a := range f.Sources {
		for k, t := range s.Tokens {
			if t.Start < a.End {
				continue
			}
			for k < len(s.Tokens)-1 && (s.Tokens[k].Lower() == "has" || s.Tokens[k].Lower() == "have" || s.Tokens[k].Lower() == "had" || s.Tokens[k].Lower() == "was" || s.Tokens[k].Lower() == "were") {
				k++
			}
			if w := s.Tokens[k].Lower(); w == "heard" || w == "hears" || w == "told" && k > 0 && passiveAux[s.Tokens[k-1].Lower()] {
				return true // "the court heard", "the inquiry was told"
			}
			break
		}
	}
	return false
}

// reporter returns the speaker of the reported fact f, read from x of
// sentence si: the last of its sources as [docState.sources] resolved
// them, who spoke the words ("Ann Lee told the BBC that Tom Wu was a
// criminal": the BBC carried them, Lee judged), or the speaker of the
// quotation that holds x's subject; nil when f is no one's words.
func (d *docState) reporter(si int, s nlp.Sentence, x schema.Extraction, f *docFact) *docEntity {
	if f.Attribution != "" {
		for i := len(f.SourceEntities) - 1; i > 0; i-- {
			if f.SourceEntities[i] != "" {
				return d.lookup(f.SourceEntities[i])
			}
		}
		return d.lookup(f.Attribution)
	}
	if b := subjectToken(s, x); b >= 0 {
		return d.quoteSpeaker(si, b)
	}
	return nil
}

// imputedAct returns the act by which a speaker who reports x judges or
// urges x's subject, as [docState.imputed] reads it, or "".
func (d *docState) imputedAct(s nlp.Sentence, x schema.Extraction) string {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	if len(w) == 0 {
		return ""
	}
	if deonticModals[w[0]] {
		switch {
		case len(w) >= 3 && w[0] == "should" && w[1] == "have" && w[2] != "been":
			return "criticize" // "should have resigned"
		case len(w) >= 2 && (w[1] == "have" || verb == "be" || slices.Contains(w, "be")):
			return "" // "must have known", "should be arrested", "must be"; a bare 'should "get out"' urges
		case w[0] == "ought" && (len(w) < 2 || w[1] != "to"):
			return ""
		}
		b := subjectToken(s, x)
		if slices.ContainsFunc(s.Tokens, func(t nlp.Token) bool { return t.Lower() == "if" || t.Lower() == "unless" }) ||
			b > 0 && slices.ContainsFunc(s.Tokens[:b], func(t nlp.Token) bool { return t.Lower() == "should" }) ||
			!dutyClause(s, b) || fortuneVerbs[verb] || outcomeVerbs[verb] {
			// "if Norway should leave", "should pay if the deal fails",
			// "should the outlook worsen, the Bank should": a duty on a
			// condition; "Foxx should win": a forecast
			return ""
		}
		return "urge"
	}
	if i := slices.IndexFunc(w, func(v string) bool { return willWords[v] }); i >= 0 {
		if i+2 >= len(w) || w[i+1] != "to" || w[len(w)-1] != verb && !strings.HasPrefix(w[len(w)-1], verb) {
			return ""
		}
		// "refused to apologise" reads as negated; "does not want to
		// cancel" blames no one.
		refusal := strings.HasPrefix(w[i], "refus")
		if refusal != x.Negated || refusal && (!refusedVerbs[verb] || slices.Contains(w[:i], "not") || slices.Contains(w[:i], "never")) ||
			!refusal && !harmVerbs[verb] {
			return ""
		}
		return "criticize"
	}
	if slices.ContainsFunc(w, func(v string) bool { return doForms[v] }) {
		if a := vindicated(w, x); a != "" {
			return a
		}
	}
	if x.Negated {
		return ""
	}
	if culprit(w, verb, x) {
		return "blame" // "said the Red Group was behind the attack"
	}
	if (verb == "die" || x.Lemma == "pass_away") && (w[0] == "has" || w[0] == "have") && !newsHeard(s, subjectToken(s, x)) {
		return "announce" // "Tom Wu has died, according to his party"
	}
	if d.intended(s, x) {
		return ""
	}
	if _, passive := passiveVerb(x); passive {
		return "" // "said Tom Wu had been tortured": the victim
	}
	if verb == "be" && !slices.ContainsFunc(w, func(v string) bool {
		return !beForms[v] && v != "been" && v != "have" && v != "has" && v != "had" && !strings.HasSuffix(v, "ly")
	}) {
		// "Ann Lee said Halvik was corrupt", '"Tom Wu is a liar," Lee said'
		var oArr [16]string
		o := lowerFields(oArr[:0], x.Object.Text)
		for len(o) > 1 && (o[0] == "a" || o[0] == "an" || strings.HasSuffix(o[0], "ly") || o[0] == "so" || o[0] == "too" || o[0] == "very") {
			o = o[1:]
		}
		adj := len(o) > 0 && scornAdjectives[strings.TrimRight(o[0], ",")] &&
			(len(o) == 1 || strings.HasSuffix(o[0], ",") || o[1] == "and" || o[1] == "or" || o[1] == "but")
		virtue := virtuous(o) // "a man of extraordinary grace", before the head is cut
		if i := slices.IndexFunc(o, func(v string) bool { return headEnds[v] }); i > 0 {
			o = o[:i] // "the real victims of the scandal": the head is victims
		}
		if subj := strings.ToLower(x.Subject.Text); subj == "it" || subj == "this" || subj == "that" {
			return "" // '"It is a propaganda stunt," he added': an act or a claim, seldom an actor
		}
		if adj || scornful(strings.Join(o, " ")) { // not "a criminal lawyer"
			return "criticize"
		}
		if virtue || lauded(o) {
			return "praise" // "Tom Wu was an icon of liberation"
		}
		return ""
	}
	if ow := strings.Fields(strings.ToLower(x.Object.Text)); verb == "make" && slices.ContainsFunc(ow, func(v string) bool {
		return v == "contribution" || v == "contributions"
	}) && !slices.ContainsFunc(ow, func(v string) bool { return v == "no" || v == "little" || v == "negative" }) {
		return "praise" // "She made a large personal contribution to the fight for reform"
	}
	switch {
	case verb == "lie" && (!slices.Contains(w, "lied") && !slices.Contains(w, "lying") || strings.Contains(x.Lemma, "_in")):
		return "" // "lies in ruins", "lay low"
	case wrongVerbs[verb]:
		return "accuse"
	case verb == "break" && brokenNouns[lastWord(x.Object.Text)]:
		return "accuse" // "is breaking the law"
	}
	return ""
}

// newsHeard reports whether the clause whose subject starts at token b
// is what its reporter heard or learned, not what they announce: "Sad
// news hearing that Tom Wu has died", "saddened to learn Tom Wu has
// died".
func newsHeard(s nlp.Sentence, b int) bool {
	k := b - 1
	if k >= 0 && s.Tokens[k].Lower() == "that" {
		k--
	}
	return k >= 0 && heardVerbs[s.Tokens[k].Lower()]
}

// heardVerbs are the forms of verbs by which news reaches its reporter.
var heardVerbs = map[string]bool{
	"hear": true, "hears": true, "heard": true, "hearing": true,
	"learn": true, "learns": true, "learned": true, "learnt": true, "learning": true,
}

// vindicated returns the act by which a speaker who reports x, a clause
// of do with relation words w, stands by its subject: defend for "did
// nothing wrong" and "had done her best", praise for "has done a great
// job" and "did the right thing", criticize for "did the wrong thing"; or "".
func vindicated(w []string, x schema.Extraction) string {
	o := strings.Fields(strings.ToLower(strings.Trim(x.Object.Text, "\"'“”‘’ .,")))
	switch {
	case slices.Contains(w, "nothing") && len(o) == 1 && o[0] == "wrong",
		len(w) > 1 && w[len(w)-1] == "nothing" && len(o) > 0 && o[0] == "wrong":
		return "defend" // "Tom Wu did nothing wrong"
	case x.Negated:
		return ""
	case len(o) == 2 && possessiveDeterminers[o[0]] && o[1] == "best":
		return "defend" // "the chief executive had done her best"
	case len(o) >= 3 && (o[0] == "a" || o[0] == "an") && o[len(o)-1] == "job" && praiseJob[o[len(o)-2]]:
		return "praise" // "has done a great job"
	case len(o) == 3 && o[0] == "the" && choiceNouns[o[2]] && (o[1] == "right" || o[1] == "correct" || o[1] == "wrong"):
		if o[1] == "wrong" {
			return "criticize" // "Acme did the wrong thing", "made the wrong decision"
		}
		return "praise" // "GitHub did the right thing here", "he made the right decision"
	}
	return ""
}

// doForms are the forms of do, make and take, the verbs of a deed or a
// choice judged by its object: "did the right thing", "made the wrong
// decision", "took the right decision".
var doForms = map[string]bool{
	"do": true, "did": true, "does": true, "done": true, "doing": true,
	"make": true, "made": true, "makes": true, "making": true,
	"take": true, "took": true, "takes": true, "taken": true, "taking": true,
}

// choiceNouns are what a doer gets right or wrong: "the right thing",
// "the wrong decision", "the correct call".
var choiceNouns = map[string]bool{
	"thing": true, "decision": true, "choice": true, "call": true, "move": true, "step": true,
}

// praiseJob are the adjectives of a job well done: "a great job".
var praiseJob = map[string]bool{
	"good": true, "great": true, "excellent": true, "fantastic": true, "terrific": true, "superb": true,
	"brilliant": true, "remarkable": true, "outstanding": true, "tremendous": true, "wonderful": true,
}

// harmNouns are attacks and harms whose doer a speaker may name:
// "the attack", "the bombing", "the deaths of ten people".
var harmNouns = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "blast": true, "blasts": true,
	"explosion": true, "explosions": true, "killing": true, "killings": true, "deaths": true, "death": true,
	"massacre": true, "assault": true, "shooting": true, "shootings": true, "ambush": true, "raid": true,
	"raids": true, "kidnapping": true, "kidnappings": true, "abduction": true, "murder": true, "murders": true,
	"assassination": true, "hack": true, "hacking": true, "cyberattack": true, "cyberattacks": true,
	"violence": true, "atrocity": true, "atrocities": true, "strike": true, "strikes": true, "incident": true,
	"crash": true, "fire": true, "poisoning": true, "leak": true, "leaks": true,
}

// culpritNouns name the doers of a harm: "are the suspected perpetrators".
var culpritNouns = map[string]bool{
	"perpetrator": true, "perpetrators": true, "culprit": true, "culprits": true, "mastermind": true,
	"masterminds": true, "attacker": true, "attackers": true, "bomber": true, "bombers": true,
	"killer": true, "killers": true, "gunmen": true, "assailants": true,
}

// perpetrateVerbs do a harm of [harmNouns]: "carried out the attack".
var perpetrateVerbs = map[string]bool{
	"carry": true, "perpetrate": true, "commit": true, "orchestrate": true, "mastermind": true,
	"stage": true, "plan": true, "launch": true, "organise": true, "organize": true, "order": true,
}

// culprit reports whether x, a reported clause with relation words w and
// verb verb, names its subject as the one who did a harm: "the Red Group
// are the (suspected) perpetrators", "was behind the attack", "is
// responsible for the bombing", "is to blame", or a harm done with the
// doubt of a modal perfect: "only the Red Group could have carried out
// the attack" (a plain "carried out the attack" reports the attack).
func culprit(w []string, verb string, x schema.Extraction) bool {
	var oArr [16]string
	o := lowerFields(oArr[:0], strings.Trim(x.Object.Text, "\"'“”‘’ .,"))
	if i := slices.IndexFunc(o, func(v string) bool { return headEnds[v] }); i > 0 && culpritNouns[o[i-1]] {
		o = o[:i] // "the perpetrators of the attack"
	}
	harm := slices.ContainsFunc(o, func(v string) bool { return harmNouns[v] })
	switch {
	case verb != "be" && !perpetrateVerbs[verb]:
		return false
	case verb == "be" && w[len(w)-1] == "behind":
		return harm // "was behind the attack"
	case verb == "be" && beForms[w[len(w)-1]] && len(o) > 0:
		return culpritNouns[o[len(o)-1]] || len(o) > 2 && o[0] == "responsible" && o[1] == "for" && harm ||
			len(o) == 2 && o[0] == "to" && o[1] == "blame"
	case verb == "be":
		return false
	}
	// "could have carried out", "may have orchestrated"
	return harm && len(w) > 2 && (w[0] == "could" || w[0] == "may" || w[0] == "might" || w[0] == "must") && w[1] == "have"
}

// dutyClause reports whether the clause whose subject starts at token b
// is the reported duty itself: the subject, after "that" and the names,
// determiners and conjunctions of a list, follows a verb ("said (that)
// Norway should"), a verb of telling and its hearers ("told reporters
// Norway must"), an opening quotation mark or nothing. After an
// adjective or a noun, the clause states a wish or names a content:
// "it is important to me Tom Wu should stay", "a decision that Halvik
// should sell".
func dutyClause(s nlp.Sentence, b int) bool {
	if b < 0 {
		return false
	}
	k := b - 1
	if k >= 1 && s.Tokens[k].Lower() == "that" {
		// "said in November that", "told Reuters that": a that-clause
		// is said unless a noun or an adjective owns it.
		t := s.Tokens[k-1]
		if k >= 3 && t.Tag == "PRP" && s.Tokens[k-2].Lower() == "to" {
			t = s.Tokens[k-3] // "important to me that"
		}
		if k >= 2 && toldVerbs[s.Tokens[k-2].Lower()] {
			return true // "told reporters that": the hearers
		}
		j := k - 1
		for j > 0 && j >= k-4 && (strings.HasPrefix(s.Tokens[j].Tag, "NN") || strings.HasPrefix(s.Tokens[j].Tag, "JJ") || s.Tokens[j].Tag == "DT") {
			j--
		}
		if j > 0 && j < k-1 && s.Tokens[j].Tag == "IN" && quoting(s.Tokens[j-1].Lower()) {
			return true // "said in a statement that", "wrote on Twitter that"
		}
		return t.Tag != "NN" && t.Tag != "NNS" && !strings.HasPrefix(t.Tag, "JJ")
	}
	for k >= 0 {
		t := s.Tokens[k]
		switch {
		case t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "CC" || t.Tag == "DT" || t.Tag == "POS" || t.Tag == "PRP" ||
			t.Tag == "TO" || t.Text == "," || t.Lower() == "that":
			k--
			continue
		}
		break
	}
	if k < 0 {
		return true
	}
	j := k
	for j >= 0 && j > k-4 && (strings.HasPrefix(s.Tokens[j].Tag, "NN") || strings.HasPrefix(s.Tokens[j].Tag, "JJ") || s.Tokens[j].Tag == "DT") {
		j--
	}
	if j >= 0 && j < k && toldVerbs[s.Tokens[j].Lower()] {
		return true // "told reporters Norway must": the hearers, then the clause, as before "that"
	}
	t := s.Tokens[k]
	return strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "``" || t.Text == "\"" || t.Text == "“" || t.Text == ":"
}

// sympathyNouns are what a speaker says is with an actor in sympathy:
// "our thoughts and prayers are with Tom Wu".
var sympathyNouns = map[string]bool{
	"thoughts": true, "prayers": true, "hearts": true, "sympathies": true, "sympathy": true, "condolences": true,
	"support": true, "solidarity": true,
}

// sympathy reads a speaker who stands with an actor or prays for it:
// '"Today I am with him," Ann Lee said' and '"We are with Tom Wu," said
// the party' support (be_with would be a place); '"Our thoughts and
// prayers are with Tom Wu," Lee said' and '"We pray for Tom Wu," Lee said'
// are the speaker's, when "we" names no side of hers. Only the present
// tense stands with one: "I was with him in Oslo" was there.
func (d *docState) sympathy(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if x.Negated || f.obj == nil || !actorEntity(f.obj) {
		return
	}
	w := strings.Fields(strings.ToLower(x.Relation))
	if len(w) == 0 || f.Lemma != "be_with" && f.Lemma != "pray_for" || f.Lemma == "be_with" && w[0] != "am" && w[0] != "is" && w[0] != "are" && w[0] != "'m" && w[0] != "'re" {
		return
	}
	if b := subjectToken(s, x); b > 0 && strings.HasPrefix(s.Tokens[b-1].Tag, "W") {
		return // "I know where I am with him"
	}
	speaker := d.reporter(si, s, x, f)
	if speaker == nil || !actorEntity(speaker) || speaker == f.obj {
		return
	}
	lemma := "support"
	if f.Lemma == "pray_for" {
		lemma = "pray_for"
	}
	subj := strings.Fields(strings.ToLower(x.Subject.Text))
	switch {
	case f.subj != nil && (f.subj == speaker || f.subj == d.side(speaker, si)):
		f.Lemma, f.Class = lemma, lemma
	case f.subj == nil && len(subj) == 1 && (subj[0] == "we" || subj[0] == "i") && d.side(speaker, si) == nil,
		f.subj == nil && len(subj) >= 2 && (subj[0] == "our" || subj[0] == "my") && sympathyNouns[subj[len(subj)-1]]:
		d.derive(si, x.Subject, x.Relation, lemma, speaker, f.obj, "", x.Confidence*placeArgConf)
	}
}

// prayedFor adds speaker —pray_for→ actor when what the speaker said or
// wrote calls its hearers to pray for the actor: '"Let's all pray for
// Mayor Tom Wu," tweeted Ann Lee', 'Lee wrote: "Let us pray for Norway."'.
func (d *docState) prayedFor(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.subj == nil || !actorEntity(f.subj) || f.obj != nil {
		return
	}
	first, last := argTokens(s, x.Object)
	if _, rj, ok := relationTokens(s, x); first < 0 && ok {
		first, last = rj, len(s.Tokens) // 'wrote: "Let us ...' left the quotation out
	}
	for first >= 0 && first < last && (quoteMark(s.Tokens[first].Text) != 0 || s.Tokens[first].Text == ":" || s.Tokens[first].Text == ",") {
		first++
	}
	if first < 0 || last-first < 4 || s.Tokens[first].Lower() != "let" {
		return
	}
	k := first + 1
	for k < last && (s.Tokens[k].Lower() == "'s" || s.Tokens[k].Lower() == "us" || s.Tokens[k].Lower() == "all") {
		k++
	}
	if k+2 >= last || k == first+1 || s.Tokens[k].Lower() != "pray" || s.Tokens[k+1].Lower() != "for" {
		return
	}
	for j := k + 2; j < last && j <= k+4; j++ {
		if m := d.mentionAt(si, s, j); m != nil && actorEntity(m.ent) && m.ent != f.subj {
			d.derive(si, x.Subject, "pray for", "pray_for", f.subj, m.ent, "", x.Confidence*placeArgConf)
			return
		}
	}
}

// peerNouns name the members of a body that one of them addresses:
// "my colleagues", "our fellow members".
var peerNouns = map[string]bool{
	"colleagues": true, "members": true, "senators": true, "lawmakers": true, "legislators": true,
	"deputies": true, "councillors": true, "councilors": true, "peers": true, "delegates": true,
}

// peers adds subject —LEMMA→ body when the subject's speech act addresses
// its own colleagues in a body: '"I urge my colleagues to pass this
// bill," said Ann Lee' (a member of the Green Party), "Lee urged her
// fellow senators in the Storting". The body is the one the object names
// ("my colleagues in the Senate"), else the one the document says the
// subject is a member of; a body it leads or works for is no body of
// colleagues.
func (d *docState) peers(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if f.subj == nil || f.subj.typ != schema.Person || f.obj != nil || !speechActs[verb] {
		return
	}
	w := strings.Fields(strings.ToLower(x.Object.Text))
	if len(w) < 2 || !possessiveDeterminers[w[0]] {
		return
	}
	k := 1
	if w[k] == "fellow" {
		k++
	}
	if k >= len(w) || !peerNouns[w[k]] || k == 1 && w[k] == "members" {
		return // "my members" is no peer
	}
	if k+1 < len(w) {
		return
	}
	var body *docEntity
	for _, a := range x.Extra {
		if strings.HasPrefix(strings.ToLower(a.Text), "in ") && a.Start <= x.Object.End+1 {
			a.Text, a.Start = a.Text[3:], a.Start+3
			if o, _, _ := d.argument(si, s, a); o != nil && o.typ == schema.Organization {
				body = o // "my colleagues in the Senate"
			}
		}
	}
	if body == nil {
		for _, g := range d.facts {
			if g.subj == f.subj && g.Lemma == schema.MemberOf && g.obj != nil && g.obj.typ == schema.Organization && !g.Negated && g.Sentence <= si {
				body = g.obj
			}
		}
	}
	if body != nil && body != f.subj {
		d.derive(si, x.Subject, x.Relation, x.Lemma, f.subj, body, "", x.Confidence*placeArgConf)
	}
}
