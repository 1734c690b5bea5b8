package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// gerundActs map the -ing form of a verb of an act between actors to its
// lemma, for the gerund clauses the extractor leaves inside an extra
// argument ("was arrested after leaving the Sea Org").
var gerundActs = map[string]string{
	"leaving": "leave", "joining": "join", "quitting": "quit", "visiting": "visit", "meeting": "meet",
	"attacking": "attack", "defeating": "defeat", "beating": "beat", "founding": "found",
	"contacting": "contact", "calling": "call", "criticising": "criticise", "criticizing": "criticize",
	"suing": "sue", "signing": "sign", "invading": "invade", "accusing": "accuse", "thanking": "thank",
	"urging": "urge", "warning": "warn", "threatening": "threaten", "supporting": "support",
	"endorsing": "endorse", "interviewing": "interview", "arresting": "arrest", "helping": "help",
	"killing": "kill", "kidnapping": "kidnap", "detaining": "detain", "imprisoning": "imprison",
	"funding": "fund", "backing": "back", "aiding": "aid", "assisting": "assist", "arming": "arm",
	"shelling": "shell", "bombing": "bomb", "targeting": "target", "occupying": "occupy",
	"hacking": "hack", "sanctioning": "sanction", "expelling": "expel", "deporting": "deport",
	"assaulting": "assault", "murdering": "murder", "assassinating": "assassinate", "poisoning": "poison",
	"torturing": "torture", "rescuing": "rescue", "protecting": "protect", "defending": "defend",
	"representing": "represent", "hosting": "host", "replacing": "replace", "sponsoring": "sponsor",
	"hiring": "hire", "employing": "employ", "training": "train", "bribing": "bribe",
	"betraying": "betray", "harassing": "harass", "spying": "spy", "blocking": "block", "banning": "ban",
	"abducting": "abduct", "shooting": "shoot", "stabbing": "stab", "raiding": "raid", "capturing": "capture",
	"acquiring": "acquire", "buying": "buy", "provoking": "provoke", "defrauding": "defraud",
	"firing": "fire", "launching": "launch", "jailing": "jail", "appointing": "appoint", "nominating": "nominate", "electing": "elect",
	"praising": "praise", "condemning": "condemn", "blaming": "blame", "opposing": "oppose", "recognising": "recognise",
	"recognizing": "recognize", "pressuring": "pressure", "lobbying": "lobby", "misleading": "mislead",
	"intimidating": "intimidate", "ousting": "oust", "overthrowing": "overthrow", "suspending": "suspend",
	"sacking": "sack", "punishing": "punish", "releasing": "release", "freeing": "free", "pardoning": "pardon",
	"extraditing": "extradite", "snubbing": "snub", "insulting": "insult", "extorting": "extort",
	"blackmailing": "blackmail", "challenging": "challenge", "fighting": "fight", "asking": "ask",
}

// sourceGerunds map the -ing form of a verb of taking (see [fromVerbs]) to
// its lemma: what such a gerund takes is a thing, and its from-phrase
// names the actor it is taken from ("charged with stealing files from the
// ministry").
var sourceGerunds = map[string]string{
	"taking": "take", "stealing": "steal", "receiving": "receive", "obtaining": "obtain",
	"accepting": "accept", "seizing": "seize", "borrowing": "borrow", "buying": "buy",
	"acquiring": "acquire", "purchasing": "purchase", "embezzling": "embezzle",
}

// prepGerunds map the -ing form of a verb whose actor is named by a
// preposition after it to its lemma and those prepositions: "banned for
// playing against Ann Lee" (play_against), "accused of colluding with
// Norway" (collude_with), "charged with lying to Congress" (lie_to). The
// lemma is the verb's and the preposition's, as the finite clause gives.
var prepGerunds = map[string]struct{ lemma, preps string }{
	"playing": {"play", "against with for"}, "competing": {"compete", "against with"},
	"fighting": {"fight", "against with for"}, "campaigning": {"campaign", "against for"},
	"voting": {"vote", "against for"}, "protesting": {"protest", "against"}, "rebelling": {"rebel", "against"},
	"testifying": {"testify", "against for"}, "plotting": {"plot", "against"}, "conspiring": {"conspire", "against with"},
	"retaliating": {"retaliate", "against"}, "discriminating": {"discriminate", "against"},
	"lobbying": {"lobby", "against for"}, "speaking": {"speak", "against with to"}, "talking": {"talk", "with to"},
	"meeting": {"meet", "with"}, "colluding": {"collude", "with"}, "cooperating": {"cooperate", "with"},
	"collaborating": {"collaborate", "with"}, "negotiating": {"negotiate", "with"}, "siding": {"side", "with against"},
	"working": {"work", "with for"}, "partnering": {"partner", "with"}, "clashing": {"clash", "with"},
	"arguing": {"argue", "with"}, "quarrelling": {"quarrel", "with"}, "quarreling": {"quarrel", "with"},
	"communicating": {"communicate", "with"}, "consulting": {"consult", "with"}, "lying": {"lie", "to"},
	"apologising": {"apologise", "to"}, "apologizing": {"apologize", "to"}, "writing": {"write", "to"},
	"defecting": {"defect", "to from"}, "spying": {"spy", "on for"},
}

// prepGerundAct returns the lemma of the gerund at token g and the
// preposition after it for a pair of [prepGerunds], or "".
func prepGerundAct(toks []nlp.Token, g int) string {
	pg, ok := prepGerunds[toks[g].Lower()]
	if !ok || toks[g].Tag != "VBG" || g+2 >= len(toks) || toks[g+1].Tag != "IN" && toks[g+1].Tag != "TO" {
		return ""
	}
	prep := toks[g+1].Lower()
	if !slices.Contains(strings.Fields(pg.preps), prep) {
		return ""
	}
	return pg.lemma + "_" + prep
}

// supportGivers are the gerunds that give what [supportNouns] name, and
// their lemmas.
var supportGivers = map[string]string{"providing": "provide", "giving": "give", "offering": "offer", "lending": "lend"}

// supportNouns are the help a gerund of [supportGivers] gives an actor.
var supportNouns = map[string]bool{"support": true, "aid": true, "assistance": true, "help": true}

// givenSupport returns the lemma of a gerund of [supportGivers] at token g
// whose object is help ([supportNouns], after at most two lower-case
// modifiers) and "to" ("providing material support to", "giving aid to":
// provide_support_to, give_aid_to, as the finite verb is read), and the
// index after "to"; or "" and 0.
func givenSupport(toks []nlp.Token, g int) (string, int) {
	verb := supportGivers[toks[g].Lower()]
	if verb == "" || toks[g].Tag != "VBG" {
		return "", 0
	}
	for k := g + 1; k < len(toks)-2 && k <= g+3; k++ {
		if w := toks[k].Lower(); supportNouns[w] && toks[k+1].Lower() == "to" {
			return verb + "_" + w + "_to", k + 2
		}
		if !lowerWord(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "JJ") && !strings.HasPrefix(toks[k].Tag, "NN") {
			return "", 0
		}
	}
	return "", 0
}

// perfectActs map the participle after "having" to its lemma.
var perfectActs = map[string]string{
	"left": "leave", "joined": "join", "quit": "quit", "visited": "visit", "met": "meet", "attacked": "attack",
	"defeated": "defeat", "beaten": "beat", "founded": "found", "contacted": "contact", "signed": "sign",
	"invaded": "invade", "sued": "sue", "criticised": "criticise", "criticized": "criticize",
}

// timePreps introduce a gerund clause whose subject is the main clause's.
var timePreps = map[string]bool{"after": true, "before": true, "since": true, "upon": true, "while": true}

// triedActs are the lemmas of [gerundActs], the acts between actors
// that "trying to" may open.
var triedActs = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range gerundActs {
		m[l] = true
	}
	return m
}()

// triedAct returns the lemma of the act after "trying to" or "attempting
// to" at token g ("of trying to extort Halvik"), or "".
func triedAct(toks []nlp.Token, g int) string {
	if g+3 >= len(toks) || toks[g+1].Lower() != "to" || toks[g+2].Tag != "VB" {
		return ""
	}
	if w := toks[g].Lower(); w != "trying" && w != "attempting" {
		return ""
	}
	if v := toks[g+2].Lower(); triedActs[v] {
		return v
	}
	return ""
}

// relativeAt reports whether token k is a relative pronoun ("who",
// "which") that opens a clause set off by a comma before it within the
// six tokens before: "Tom Wu, the lawyer who represented Ann Lee,".
func relativeAt(toks []nlp.Token, k int) bool {
	if k < 1 || toks[k].Tag != "WP" && toks[k].Tag != "WDT" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if toks[j].Text == "," {
			return true
		}
		if strings.HasPrefix(toks[j].Tag, "VB") {
			return false
		}
	}
	return false
}

// commaAfter returns the index of the first comma after token k before
// the sentence's end, or -1.
func commaAfter(toks []nlp.Token, k int) int {
	for j := k + 1; j < len(toks); j++ {
		switch toks[j].Text {
		case ",":
			return j
		case ";", ":", ".":
			return -1
		}
	}
	return -1
}

// causePreps introduce a gerund clause that says what an actor was
// praised, blamed, accused or charged for: its subject is the main
// clause's object when that is an actor and the clause is active
// ("thanked Sweden for helping Kenya", "accused Norway of attacking
// Sweden"), else the main clause's subject ("was praised for helping
// Kenya", "retaliated by shelling Norway").
var causePreps = map[string]bool{"for": true, "of": true, "with": true, "by": true}

// gerundAdjunct adds subj —LEMMA→ actor for a time clause of a gerund
// and its object in x's clause: "Daniel Montalvo was arrested after
// leaving its elite group the Sea Org" (leave), "Ann Lee resigned after
// meeting Tom Wu" or "after having met Tom Wu" (meet). After for, of,
// with or by (causePreps) the gerund's subject may be the clause's actor
// object instead ("thanked Sweden for helping Denmark": Sweden helped;
// obj is the resolved object of x). The gerund's
// subject is the main clause's: the clause runs from x's subject to the
// time word with one finite verb group, x's own. The object runs to the next comma, verb or clause word,
// so an apposition the extractor cut off ("its inner circle" + "the Norden
// Guild") counts; the extractor may also have dropped the clause from x's
// arguments ("accused of removing two laptops and a ledger from the
// firm after quitting the Norden Guild").
func (d *docState) gerundAdjunct(si int, s nlp.Sentence, x schema.Extraction, subj, obj *docEntity) {
	if subj == nil && (obj == nil || !actorEntity(obj)) || x.Subject.End <= x.Subject.Start {
		return
	}
	if x.Lemma == "be" && x.Object.End > x.Object.Start && x.Object.End <= x.Subject.Start {
		// "Former prime minister John Major has accused Tom Wu of
		// misleading the Queen": the title reading (John Major is prime
		// minister) has no verb of its own, and the clause after the
		// name is the accusation's, whose gerund is Wu's act.
		return
	}
	// The clause's grammatical subject: a passive with its agent as
	// object has had the two swapped ("was arrested by police after
	// leaving").
	gram, actor := subj, subj
	_, passive := passiveVerb(x)
	if _, by := passiveBy(x); by && obj != nil {
		gram, actor = obj, obj
	} else if obj != nil && actorEntity(obj) && !passive {
		actor = obj
	}
	toks := s.Tokens
	// The clause's own verb: in "Tom Wu has accused Ann Lee of misleading
	// the Queen and argued that ...", argue's clause starts at "argued",
	// and the gerund before it is the accusation's.
	own := -1
	var wArr [16]string
	if w := appendFields(wArr[:0], x.Relation); len(w) > 0 {
		own = slices.IndexFunc(toks, func(t nlp.Token) bool { return t.Start >= x.Subject.End && strings.EqualFold(t.Text, w[0]) })
		if own < 0 {
			// "A court in Lima sentenced Tom Wu for taking bribes": the
			// relation the extractor read inside a noun phrase ("A court
			// | is in | Lima") has no verb of the text, nor a gerund.
			return
		}
	}
	// "Tom Wu, the lawyer who represented Ann Lee, of defrauding": a
	// relative clause set off by commas ends at its comma, and what
	// follows is the outer clause's, whose actor object is the relative
	// clause's subject, not its object; the outer clause skips the
	// relative one.
	relative := own > 0 && relativeAt(toks, own-1)
	groups, prevFinite := 0, false
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Start < x.Subject.End || k < own {
			continue
		}
		if relative && toks[k].Text == "," {
			actor = gram
		}
		if k > own && relativeAt(toks, k) {
			if j := commaAfter(toks, k); j > 0 {
				k = j - 1 // the relative clause in an apposition of the object: none of this clause's
				continue
			}
		}
		finite := toks[k].Tag == "VBD" || toks[k].Tag == "VBZ" || toks[k].Tag == "VBP" || toks[k].Tag == "MD"
		if finite && !prevFinite {
			groups++
		}
		prevFinite = finite
		if groups > 1 || toks[k].Text == ";" || toks[k].Text == ":" {
			return
		}
		prep := toks[k].Lower()
		if prep == "as" && suchBefore(toks, k) {
			prep = "while" // "committed such acts as firing shells at": the subject's acts
		}
		if unfinishedOf(toks, k) || acquittedOf(toks, k) {
			continue // "is in the process of leaving the EU": not done yet; "acquitted Tom Wu of killing": not done, or not proven
		}
		// "Norway joined Sweden in condemning Denmark": both condemned
		// ([joinVerbs], shared with the sports reading).
		joined := prep == "in" && joinVerbs[strings.Split(x.Lemma, "_")[0]] && actor != gram
		// "Norway was quick in condemning Sweden", "was more forceful in
		// blaming Sweden": the gerund after a predicative adjective is
		// the subject's act.
		qualified := prep == "in" && k > 0 && strings.HasPrefix(toks[k-1].Tag, "JJ") && (x.Lemma == "be" || x.Lemma == "remain" || x.Lemma == "become")
		// "pleaded guilty to defrauding Halvik Bank": the act admitted
		// is the subject's.
		pleaded := prep == "to" && k > 0 && toks[k-1].Lower() == "guilty"
		if !timePreps[prep] && !causePreps[prep] && !joined && !qualified && !pleaded && !adjunctNounPreps[prep] || groups == 0 {
			continue
		}
		if adjunctNounPreps[prep] && (d.adjunctAct(si, s, x, gram, obj, k) || !timePreps[prep]) {
			continue // "after visits to Sweden", "during a visit to Kenya": an event noun, no gerund
		}
		doer := gram
		if causePreps[prep] {
			doer = actor
			if actor != gram && toks[k].Start < x.Object.End && !d.objectHeadBefore(si, s, x, actor, k) {
				continue // "charged with taking files after leaving the party": the object comes later
			}
		}
		if doer == nil {
			continue // "The court sentenced Tom Wu after hearing ...": no actor acts
		}
		if prep == "of" && k > 0 && (isIntention(toks[k-1].Lower()) || gerundPlans[toks[k-1].Lower()]) {
			continue // "retreated from a goal of ousting Ann Lee": a plan, no act ([plannedGerund])
		}
		if causePreps[prep] && k >= 2 && k-1 > own && (toks[k-1].Tag == "VBN" || toks[k-1].Tag == "VBD" || toks[k-1].Tag == "JJ") &&
			(toks[k-2].Tag == "NN" || toks[k-2].Tag == "NNS") && !isCap(toks[k-2].Text) {
			// "Police arrested two men suspected of killing Ann Lee":
			// the participle after the object's noun opens a clause of
			// its own, whose gerund is the men's act, not the police's.
			continue
		}
		g := k + 1
		for g+2 < len(toks) && strings.HasPrefix(toks[g].Tag, "RB") && toks[g+1].Tag == "VBG" {
			if w := toks[g].Lower(); w == "not" || w == "never" {
				break // "for not hiring": no act
			}
			g++ // "for illegally hiring"
		}
		lemma := gerundActs[toks[g].Lower()]
		source := sourceGerunds[toks[g].Lower()]
		if lemma == "" {
			lemma = source
		}
		if v := triedAct(toks, g); v != "" && (prep == "of" || prep == "with") {
			// "convicted Tom Wu of trying to extort Halvik": the act
			// charged, as "accused of extorting" reads; "praised for
			// trying to help" is no act done.
			g, lemma, source = g+2, v, ""
		} else if strings.EqualFold(toks[g].Text, "having") && g+2 < len(toks) {
			g++ // "after having left the Sea Org"
			lemma = perfectActs[toks[g].Lower()]
		} else if toks[g].Tag != "VBG" {
			if prep == "for" || prep == "of" || prep == "with" {
				d.judgedAct(si, s, x, subj, obj, doer, k)
			}
			continue
		}
		obj := g + 1 // the gerund's object
		if pl := prepGerundAct(toks, g); pl != "" {
			// "for playing against Ann Lee": the actor follows the
			// preposition.
			lemma, source, obj = pl, "", g+2
		}
		if lemma == "" {
			if l, to := givenSupport(toks, g); l != "" {
				// "pleaded guilty to providing material support to the
				// Halvik Front": the help given, then whom to.
				lemma, obj = l, to
			}
		}
		if lemma == "" {
			continue
		}
		e := obj
		for e < len(toks) && toks[e].Text != "," && toks[e].Text != "." && toks[e].Text != ";" &&
			!strings.HasPrefix(toks[e].Tag, "VB") && toks[e].Tag != "WDT" && toks[e].Tag != "WP" && toks[e].Tag != "WRB" && toks[e].Tag != "CC" &&
			(toks[e].Tag != "IN" || strings.EqualFold(toks[e].Text, "of")) {
			e++
		}
		if e == obj || finiteAfterPhrase(toks, e) {
			continue // "while insulting the president and officials has been made an offence": a subject clause
		}
		if n := toks[e-1].Lower(); lemma == "take" && stanceTaken[n] {
			// "criticised the UN for taking a weak stand against
			// Sudan": a stance taken against an actor is an act on it.
			d.gerundTarget(si, s, x, toks[g].Text, "take_"+n, doer, e, againstPreps)
			continue
		}
		if projectileVerbs[lemma] {
			// "retaliated by firing dozens of shells into the north": what
			// was fired is no actor; the at- or into-phrase after it names
			// the target.
			d.gerundTarget(si, s, x, toks[g].Text, lemma, doer, e, projectilePreps)
			continue
		}
		arg := schema.Argument{Text: s.Text[toks[obj].Start:toks[e-1].End], Start: toks[obj].Start, End: toks[e-1].End}
		o, conf, _ := d.argument(si, s, arg)
		if (o == nil || !actorEntity(o)) && source != "" {
			// "charged with taking files and a laptop from the ministry":
			// the thing taken, then whom from.
			d.gerundTarget(si, s, x, toks[g].Text, lemma, doer, thingEnd(toks, e), fromPreps)
			continue
		}
		if o == nil || o == doer || !actorEntity(o) {
			continue
		}
		if lemma == "visit" && o.typ == schema.Person && d.r.visitorTitled(toks, obj) {
			// "said after talks with visiting Swedish Prime Minister Tom
			// Wu": the gerund before a title describes the person as the
			// visitor, who visits the state the doer leads.
			host := doer
			if !d.r.country(host) {
				host = d.ledState(doer)
			}
			if host != nil && host != o {
				d.derive(si, x.Subject, toks[g].Text, lemma, o, host, "", x.Confidence*conf*placeArgConf)
			}
			if prep == "with" && x.Lemma == schema.Meet && k == own+1 {
				// "Ann Lee met with visiting ...": the extractor left the
				// visitor in the with-phrase.
				d.derive(si, x.Subject, toks[own].Text, schema.Meet, doer, o, "", x.Confidence*conf)
			}
			continue
		}
		d.derive(si, x.Subject, toks[g].Text, lemma, doer, o, "", x.Confidence*conf*placeArgConf)
		if joined && o != actor {
			// "Norway joined Sweden in condemning Denmark": both condemned.
			d.derive(si, x.Subject, toks[g].Text, lemma, actor, o, "", x.Confidence*conf*placeArgConf)
		}
		if (lemma == "help" || strings.EqualFold(toks[g].Text, "letting")) && e+1 < len(toks) && toks[e].Tag == "VB" {
			// "praised for helping the boys reach Norway": the
			// helped actor did what the bare infinitive says.
			d.bareAct(si, s, x, o, e)
		}
	}
}

// objectHeadBefore reports whether the actor obj is named by the mention
// that opens x's object and ends right before token k: the extractor read
// the cause phrase into the object ("accused" + "Tom Wu of the murder of
// Joe Ng"), which still names its actor first.
func (d *docState) objectHeadBefore(si int, s nlp.Sentence, x schema.Extraction, obj *docEntity, k int) bool {
	first, _ := argTokens(s, x.Object)
	if first < 0 || si >= len(d.sents) {
		return false
	}
	if first < k && s.Tokens[first].Lower() == "the" {
		first++
	}
	return slices.ContainsFunc(d.sents[si], func(m *mention) bool { return m.ent == obj && m.start == first && m.end == k })
}

// judgeVerbs judge, punish or answer an actor for an act it did, which
// their for-, of- or with-phrase names by an event noun: "arrested Tom Wu
// for the murder of Ann Lee", "accused Norway of the attack on Sweden",
// "charged with the killing of", "serving sentences for attacks against
// Israelis". Verbs of asking ("called for the release of") are left out.
var judgeVerbs = map[string]bool{
	"accuse": true, "convict": true, "suspect": true, "arrest": true, "jail": true, "imprison": true, "sentence": true,
	"punish": true, "fine": true, "charge": true, "indict": true, "prosecute": true, "detain": true, "blame": true,
	"praise": true, "thank": true, "criticise": true, "criticize": true, "condemn": true, "sanction": true,
	"serve": true, "want": true, "investigate": true, "sue": true, "credit": true, "responsible": true,
}

// judgedAct adds doer —LEMMA→ actor for an event noun of nominals or
// patientNouns after the preposition at token k (an article, a possessive
// pronoun and up to two modifiers before it), its preposition and an
// actor, when x's verb is one of judgeVerbs ("was arrested for the murder
// of Ann Lee": murder). When the extractor read the phrase into x's object
// ("accused Sweden" + "of the attack on Finland"), the actor before the
// preposition is the one judged, and x's act is done to it.
func (d *docState) judgedAct(si int, s nlp.Sentence, x schema.Extraction, subj, obj, doer *docEntity, k int) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	var wArr [16]string
	if w := lowerFields(wArr[:0], x.Relation); !judgeVerbs[verb] && !(len(w) > 0 && judgeVerbs[w[len(w)-1]]) {
		return
	}
	if x.Lemma == "serve_as" {
		return // "served as Rector of the university": an office held, no sentence served
	}
	toks := s.Tokens
	if d.actNounOf(si, toks, k) {
		// "investigated the withholding of military aid to Ukraine": the
		// of-phrase is a noun's own, not what the verb's actor was
		// judged for; no one aided Ukraine.
		return
	}
	if obj == nil && doer == subj && subj != nil && k > 0 && x.Object.Start < toks[k].Start && toks[k].End <= x.Object.End {
		head := schema.Argument{Text: s.Text[x.Object.Start:toks[k-1].End], Start: x.Object.Start, End: toks[k-1].End}
		if o, conf, _ := d.argument(si, s, head); o != nil && o != subj && actorEntity(o) {
			d.derive(si, x.Subject, x.Relation, verb, subj, o, "", x.Confidence*conf*placeArgConf) // "accused Sweden"
			doer = o
		}
	}
	g := k + 1
	if d.harmedOwner(si, s, x, doer, k) {
		return
	}
	if g < len(toks) && (toks[g].Tag == "DT" || toks[g].Tag == "PRP$") {
		g++
	}
	for n := 0; n < 2 && g+1 < len(toks) && (toks[g].Tag == "JJ" || toks[g].Tag == "CD") && !isNominal(toks[g]); n++ {
		g++ // "for the brutal murder of", "for two attacks on"
	}
	nom, ok := actNoun(toks[min(g, len(toks)-1)])
	if !ok || g+2 >= len(toks) || !slices.Contains(nom.preps, toks[g+1].Lower()) || unrealisedBefore(toks, g) {
		return
	}
	o := headAt(toks, d.sents[si], g+2)
	if o == nil || o.ent == doer || cancelledAfter(toks, o.end) {
		return
	}
	if f := d.derive(si, x.Subject, joinText(toks[g:o.end]), schema.StatedRelation(nom.lemma), doer, o.ent, "", x.Confidence*placeArgConf); f != nil {
		f.Class = schema.CanonicalRelation(nom.lemma)
	}
}

// victimNouns are the acts of violence whose possessor is the one harmed:
// "her murder", "Ann Lee's killing" ([docState.harmedOwner]).
var victimNouns = map[string]bool{
	"murder": true, "killing": true, "assassination": true, "kidnapping": true, "abduction": true,
	"torture": true, "shooting": true, "stabbing": true,
}

// harmedOwner adds doer —LEMMA→ victim for a noun of [victimNouns] after
// the preposition at token k of a verb of judging and a possessive, the
// victim's ("was sentenced for her murder", "was convicted of Ann Lee's
// killing"), and reports whether it did. A possessive that is the doer's
// own ("jailed for his murder of Ann Lee") or an of-phrase after the noun
// leaves the phrase to [docState.judgedAct].
func (d *docState) harmedOwner(si int, s nlp.Sentence, x schema.Extraction, doer *docEntity, k int) bool {
	toks := s.Tokens
	if doer == nil || si >= len(d.sents) || k+2 >= len(toks) {
		return false
	}
	var owner *mention
	for _, m := range d.sents[si] {
		if m.start == k+1 && m.ent != nil && (m.kind == mPronoun && toks[k+1].Tag == "PRP$" && m.end == k+2 ||
			m.kind != mPronoun && m.end < len(toks) && toks[m.end].Tag == "POS") {
			owner = m
			break
		}
	}
	if owner == nil || owner.ent == doer || owner.ent.typ != schema.Person {
		return false
	}
	g := owner.end
	if toks[g].Tag == "POS" {
		g++
	}
	if g >= len(toks) || !victimNouns[toks[g].Lower()] || g+1 < len(toks) && toks[g+1].Lower() == "of" {
		return false
	}
	nom, ok := actNoun(toks[g])
	if !ok {
		return false
	}
	if f := d.derive(si, x.Subject, joinText(toks[k+1:g+1]), schema.StatedRelation(nom.lemma), doer, owner.ent, "", x.Confidence*placeArgConf); f != nil {
		f.Class = schema.CanonicalRelation(nom.lemma)
	}
	return true
}

// actNounOf reports whether the "of" at token k follows a common noun
// that names no actor ("the withholding of", "the sale of"), not the one
// judged ("accused the minister of", "convicted of").
func (d *docState) actNounOf(si int, toks []nlp.Token, k int) bool {
	if k == 0 || !strings.EqualFold(toks[k].Text, "of") || !strings.HasPrefix(toks[k-1].Tag, "NN") || !lowerWord(toks[k-1].Text) || roleNoun(toks[k-1].Lower()) {
		return false
	}
	if si < len(d.sents) && slices.ContainsFunc(d.sents[si], func(m *mention) bool { return m.end == k && m.ent != nil && actorEntity(m.ent) }) {
		return false
	}
	return true
}

// suchBefore reports whether "such" opens the noun phrase that ends
// right before token k ("such reckless action as").
func suchBefore(toks []nlp.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if strings.EqualFold(toks[j].Text, "such") {
			return true
		}
		if !strings.HasPrefix(toks[j].Tag, "NN") && !strings.HasPrefix(toks[j].Tag, "JJ") {
			return false
		}
	}
	return false
}

// bareAct adds actor —VERB→ object (or —VERB_PREP→) for the bare
// infinitive at token k after a gerund of helping and its actor object,
// when what follows it names an actor.
func (d *docState) bareAct(si int, s nlp.Sentence, x schema.Extraction, actor *docEntity, k int) {
	toks := s.Tokens
	verb := toks[k].Lower()
	lemma, b := verb, k+1
	if b < len(toks) && (toks[b].Tag == "IN" || toks[b].Tag == "TO") {
		lemma, b = verb+"_"+toks[b].Lower(), b+1
	}
	arg, ok := phraseAt(s, b)
	if !ok {
		return
	}
	o, conf, _ := d.argument(si, s, arg)
	if o == nil || o == actor || !actorEntity(o) {
		return
	}
	d.derive(si, x.Subject, toks[k].Text, lemma, actor, o, "", x.Confidence*conf*placeArgConf)
}

// projectilePreps name the target of a gerund of firing; fromPreps the
// actor a gerund of taking takes from; againstPreps the one a stance is
// taken against.
var (
	projectilePreps = map[string]bool{"at": true, "into": true}
	fromPreps       = map[string]bool{"from": true}
	againstPreps    = map[string]bool{"against": true}
)

// stanceTaken are the nouns of a stance or a measure that "taking" one
// against an actor takes toward it ("taking a firm stand against",
// "taking action against").
var stanceTaken = map[string]bool{"stand": true, "stance": true, "action": true, "line": true, "measures": true, "steps": true}

// thingEnd returns the token index after the noun phrases coordinated
// with the one that ends before token e ("files and a laptop"), or e when
// no "and" or "or" follows it.
func thingEnd(toks []nlp.Token, e int) int {
	for k := e; k+1 < len(toks) && (toks[k].Tag == "CC" && (toks[k].Text == "and" || toks[k].Text == "or")); {
		j := k + 1
		for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "CD" || toks[j].Tag == "PRP$" ||
			strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "NN" || toks[j].Tag == "NNS") {
			j++
		}
		if j == k+1 {
			return e
		}
		k, e = j, j
	}
	return e
}

// gerundTarget adds doer —LEMMA_PREP→ target for the phrase at token k
// introduced by one of preps, after a gerund and what it fired or took,
// when the phrase names an actor that is no mere location: "firing
// rounds into the north" after "North Korea" and "South Korea" (a
// projectile's target), "taking files from the ministry" (the one it
// was taken from, which is no place either).
func (d *docState) gerundTarget(si int, s nlp.Sentence, x schema.Extraction, verb, lemma string, doer *docEntity, k int, preps map[string]bool) {
	toks := s.Tokens
	if k+1 >= len(toks) || !preps[toks[k].Text] {
		return
	}
	arg, ok := phraseAt(s, k+1)
	if !ok {
		return
	}
	o, conf, _ := d.argument(si, s, arg)
	if o == nil && toks[k].Text != "from" {
		o, conf = d.owner(si, s, arg), placeArgConf // "firing 12 shells at Halvik border posts"
	}
	if o == nil || o == doer || !actorEntity(o) || o.typ == schema.Location || toks[k].Text == "from" && isPlace(o) {
		return
	}
	d.derive(si, x.Subject, verb, lemma+"_"+toks[k].Text, doer, o, "", x.Confidence*conf*placeArgConf)
}

// phraseAt returns the phrase of sentence s from token b up to a comma, a
// full stop, a semicolon, a verb, a relative pronoun, a conjunction or a
// preposition, as an argument, and whether it holds a token.
func phraseAt(s nlp.Sentence, b int) (schema.Argument, bool) {
	toks := s.Tokens
	e := b
	for e < len(toks) && toks[e].Text != "," && toks[e].Text != "." && toks[e].Text != ";" &&
		!strings.HasPrefix(toks[e].Tag, "VB") && toks[e].Tag != "WDT" && toks[e].Tag != "CC" && toks[e].Tag != "IN" {
		e++
	}
	if e == b {
		return schema.Argument{}, false
	}
	return schema.Argument{Text: s.Text[toks[b].Start:toks[e-1].End], Start: toks[b].Start, End: toks[e-1].End}, true
}

// visitorTitled reports whether token k, right after "visiting", opens a
// state's adjective or a title before a person's name ("visiting Swedish
// Prime Minister Tom Wu", "visiting President Tom Wu"): the gerund then
// describes the person named, not an act on them.
func (r *Resolver) visitorTitled(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if r.nationalityState(toks[k].Text) != nil {
		return true
	}
	end, _ := r.titleAt(toks, k)
	return end > 0
}
