package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// stanceWords are the adjectives and participles by which a subject takes
// a stance toward an actor or what the actor did: "was disappointed with
// NASA", "is critical of the church", "is supportive of Tom Wu".
var stanceWords = map[string]bool{
	"disappointed": true, "angry": true, "upset": true, "unhappy": true, "frustrated": true,
	"dismayed": true, "outraged": true, "furious": true, "critical": true, "supportive": true,
	"dismissive": true, "complimentary": true, "hostile": true,
}

// voicingVerbs state a stance by the noun they take: "expressed anger
// at", "voiced frustration with".
var voicingVerbs = map[string]bool{"express": true, "voice": true, "register": true, "vent": true}

// expressedStances map the nouns of a stance a verb of [voicingVerbs]
// states to the stance word of [stanceWords] that says it: "expressed
// anger at" as "was angry at". Concern and regret are left out: "concern
// about Ann Lee" may be for her health, "regret over his death" sorrow;
// opposition has its own reading ("expressed opposition to" opposes).
var expressedStances = map[string]string{
	"anger": "angry", "outrage": "outraged", "fury": "furious", "frustration": "frustrated",
	"disappointment": "disappointed", "dismay": "dismayed", "displeasure": "unhappy", "unhappiness": "unhappy",
}

// stanceNounPhrase reports whether text, up to three words, ends in a
// noun of [expressedStances]: "anger", "deep disappointment", quoted or
// not. Such an object is the stance itself, not whom it is about.
func stanceNounPhrase(text string) bool {
	w := unquotedFields(strings.ToLower(text))
	return len(w) > 0 && len(w) <= 3 && expressedStances[w[len(w)-1]] != ""
}

// stanceBy reports whether relation ends in a stance word and "by": "was
// disappointed by", "were angry by" (the subject's stance toward the
// actor after by, not the actor's act on the subject).
func stanceBy(relation string) bool {
	var wArr [16]string
	w := lowerFields(wArr[:0], relation)
	n := len(w)
	return n >= 2 && w[n-1] == "by" && stanceWords[w[n-2]]
}

// stanceActs are the stance words that state an act toward the actor,
// named by its verb: "is critical of" criticizes, "is supportive of"
// supports. The others give be_WORD_with.
var stanceActs = map[string]string{
	"critical": "criticize", "supportive": "support", "dismissive": "criticize", "complimentary": "praise",
	"hostile": schema.Oppose,
}

// stancePreps are the words that introduce what a stance word is about:
// "disappointed with/by/in/at/over NASA", "disappointed that NASA did not
// choose them", "critical of NASA".
var stancePreps = map[string]bool{
	"with": true, "by": true, "in": true, "at": true, "over": true, "that": true, "of": true,
	"to": true, "toward": true, "towards": true, "about": true,
}

// actNouns are things an actor does or decides, whose possessor is the
// actor a stance toward them is about: "NASA's decision", "its handling of
// the crisis", "Tom Wu's work".
var actNouns = map[string]bool{
	"decision": true, "decisions": true, "policy": true, "policies": true, "plan": true, "plans": true,
	"move": true, "moves": true, "action": true, "actions": true, "handling": true, "response": true,
	"treatment": true, "refusal": true, "proposal": true, "proposals": true, "stance": true,
	"approach": true, "conduct": true, "deal": true, "deals": true, "bill": true, "budget": true, "reform": true, "reforms": true, "agenda": true, "speech": true, "tweet": true, "tweets": true, "behaviour": true, "behavior": true, "comments": true,
	"remarks": true, "statement": true, "choice": true, "announcement": true, "intervention": true,
	"rejection": true, "failure": true, "ban": true, "crackdown": true, "campaign": true, "strategy": true,
	"claim": true, "claims": true, "accusation": true, "accusations": true, "allegation": true,
	"allegations": true, "offer": true, "criticism": true, "demand": true, "demands": true,
	"request": true, "attack": true, "attacks": true, "invasion": true, "appeal": true,
	"work": true, "efforts": true, "effort": true, "leadership": true, "performance": true, "record": true,
	"role": true, "contribution": true, "contributions": true, "courage": true, "achievement": true,
	"achievements": true, "bravery": true, "project": true, "projects": true, "consideration": true,
	"involvement": true, "interference": true, "meddling": true, "complicity": true, "aggression": true,
	"misconduct": true, "corruption": true, "wrongdoing": true, "brutality": true, "abuses": true, "negligence": true,
	"comment": true, "remark": true, "statements": true, "words": true, "rhetoric": true, "politics": true,
	"views": true, "stances": true, "visit": true, "visits": true, "trip": true, "admission": true, "order": true, "orders": true, "position": true, "positions": true,
	"suggestion": true, "suggestions": true, "recommendation": true, "recommendations": true, "idea": true, "ideas": true,
	"initiative": true, "invitation": true, "investigation": true, "investigations": true, "inquiry": true,
	"probe": true, "letter": true, "letters": true, "message": true, "messages": true, "email": true, "emails": true,
	// A state's or a force's acts of war and of power: "condemned North
	// Korea's missile launch", "protested China's incursion into its
	// waters", "condemned Russia's annexation of Crimea".
	"launch": true, "launches": true, "test": true, "tests": true, "annexation": true, "occupation": true,
	"incursion": true, "incursions": true, "bombing": true, "shelling": true, "airstrike": true, "airstrikes": true,
	"strikes": true, "blockade": true, "offensive": true, "seizure": true, "withdrawal": true, "sanctions": true,
	"embargo": true, "deployment": true, "buildup": true, "build-up": true, "mobilisation": true, "mobilization": true,
	"persecution": true, "repression": true,
	// What a ruler proclaims: "protested the president's martial law
	// declaration", "condemned Tom Wu's decree".
	"declaration": true, "decree": true, "decrees": true, "proclamation": true,
	// The power an actor claims or holds: "questioned the President's
	// power to act", "disputed Norway's powers over the strait".
	"power": true, "powers": true,
	// How an actor wields force: "protested the movement's use of
	// violence", "condemned the police's use of tear gas".
	"use": true,
}

// agentOfNouns are acts whose of-phrase names the actor who did them:
// "the act of the commission", "the actions of the government", "the
// decision of the court" (not "the invasion of Sweden", whose of-phrase
// names the patient).
var agentOfNouns = map[string]bool{
	"act": true, "acts": true, "action": true, "actions": true, "decision": true, "decisions": true,
	"conduct": true, "behaviour": true, "behavior": true, "comments": true, "remarks": true, "statement": true,
	"statements": true, "words": true, "work": true, "efforts": true, "leadership": true, "response": true,
	"stance": true, "policy": true, "policies": true, "move": true, "moves": true, "role": true,
	"stances": true, "views": true, "positions": true, "position": true, "campaign": true, "campaigns": true,
}

// shownNouns are qualities that an actor, or an actor's act, shows, whose
// of-phrase names the actor a stance toward them is about: "praised the
// courage of Tom Wu", "praised the quality of Tom Wu's work".
var shownNouns = map[string]bool{
	"quality": true, "courage": true, "bravery": true, "heroism": true, "dedication": true, "commitment": true,
	"professionalism": true, "integrity": true, "generosity": true, "kindness": true, "determination": true,
	"resilience": true, "competence": true, "incompetence": true, "brutality": true, "cowardice": true,
}

// threatVerbs threaten or harm an actor through what is its own:
// "threatened the network's licence", "undermined Norway's sovereignty".
var threatVerbs = map[string]bool{
	"threaten": true, "endanger": true, "jeopardize": true, "jeopardise": true, "undermine": true,
}

// rulingVerbs are what a court or an authority does to a case, and
// caseNouns the cases that belong to the actor they are against: "upheld
// his indictment", "overturned Ann Lee's conviction".
var (
	rulingVerbs = map[string]bool{
		"uphold": true, "overturn": true, "quash": true, "reverse": true, "confirm": true, "annul": true,
		"overrule": true, "approve": true, "order": true, "vacate": true,
	}
	caseNouns = map[string]bool{
		"indictment": true, "conviction": true, "convictions": true, "sentence": true, "acquittal": true,
		"extradition": true, "arrest": true, "detention": true, "release": true, "impeachment": true,
		"prosecution": true, "expulsion": true, "deportation": true, "suspension": true,
		"sentences": true, "indictments": true, "acquittals": true, "extraditions": true, "detentions": true,
		"deportations": true, // the cases of a list: "the sentences of Tom Wu and Ann Lee"
	}
	// filedNouns are what an actor files, proposes or issues, which an
	// authority then rules on or blocks: a ruling on one is a ruling on
	// its author ("dismissed the president's lawsuit", "signed Ann Lee's
	// bill", "blocked Norway's bid").
	filedNouns = map[string]bool{
		"lawsuit": true, "lawsuits": true, "suit": true, "appeal": true, "appeals": true, "petition": true,
		"motion": true, "bill": true, "bills": true, "order": true, "orders": true, "nomination": true,
		"bid": true, "application": true, "case": true, "challenge": true, "complaint": true, "veto": true,
		"legislation": true, "deal": true, "merger": true, "takeover": true, "proposal": true, "plan": true,
		"request": true, "decision": true, "policy": true, "ban": true,
		// A formal protest lodged with an authority: "the court upheld
		// Halvik's protest".
		"protest": true, "protests": true,
		// A bidder's approaches to a firm it would buy: "rebuffed
		// Halvik's overtures", "rejected its advances".
		"bids": true, "offers": true, "overtures": true, "advances": true,
	}
	// blockVerbs act on what an actor filed or proposed, as a ruling does:
	// "blocked Norway's bid", "signed Ann Lee's bill", "vetoed his plan".
	blockVerbs = map[string]bool{
		"block": true, "sign": true, "veto": true, "halt": true, "stay": true, "suspend": true, "override": true,
		"strike": true, "throw": true, "dismiss": true, "reject": true, "uphold": true, "overturn": true,
		"quash": true, "reverse": true, "annul": true, "overrule": true, "approve": true, "freeze": true,
		"revoke": true, "cancel": true, "vacate": true, "lift": true,
	}
	// filerParticiples name who filed or proposed a filedNoun after it:
	// "rejected a lawsuit filed by Norway", "a bill sponsored by Ann Lee".
	filerParticiples = map[string]bool{
		"filed": true, "brought": true, "submitted": true, "proposed": true, "introduced": true,
		"sponsored": true, "lodged": true, "issued": true, "signed": true, "backed": true,
	}
	// fortuneVerbs help or hurt an actor through its cause or prospects,
	// and fortuneNouns are those: "Ann Lee's cause was helped by Tom Wu",
	// "hurt Norway's bid".
	fortuneVerbs = map[string]bool{
		"help": true, "boost": true, "aid": true, "bolster": true, "hurt": true, "damage": true,
		"harm": true, "weaken": true, "hamper": true, "hinder": true,
	}
	fortuneNouns = map[string]bool{
		"cause": true, "campaign": true, "bid": true, "candidacy": true, "chances": true, "case": true,
		"reputation": true, "image": true, "standing": true, "prospects": true, "efforts": true,
		"effort": true, "re-election": true, "reelection": true, "nomination": true,
	}
	// statusNouns are what an actor holds that an authority may suspend,
	// revoke or freeze: "suspended Norway's membership", "revoked Tom
	// Wu's visa", "froze his assets", "suspended the airline's permit",
	// "suspended the participation of Mali in its activities".
	statusNouns = map[string]bool{
		"membership": true, "participation": true, "visa": true, "licence": true, "license": true, "passport": true,
		"accreditation": true, "citizenship": true, "immunity": true, "assets": true, "funds": true,
		"accounts": true, "mandate": true, "contract": true, "permit": true, "permits": true,
		"licences": true, "licenses": true, "visas": true, "passports": true, "contracts": true,
	}
	// particleVerbs are the verbs of blockVerbs that block only with
	// their particle: "struck down", "threw out".
	particleVerbs = map[string]string{"strike": "strike_down", "throw": "throw_out"}
	// employerNouns are the units through which one works for their
	// possessor: "worked for his Oslo office", "worked in Ann Lee's
	// campaign".
	employerNouns = map[string]bool{
		"office": true, "campaign": true, "administration": true, "government": true, "cabinet": true,
		"staff": true, "team": true, "company": true, "firm": true, "business": true, "ministry": true,
		"department": true, "agency": true, "newspaper": true, "foundation": true, "organization": true,
		"organisation": true, "party": true, "charity": true,
	}
	// inquiryVerbs look into an actor through its affairs: "investigated
	// Tom Wu's finances".
	inquiryVerbs = map[string]bool{
		"investigate": true, "probe": true, "audit": true, "examine": true, "scrutinise": true, "scrutinize": true,
	}
	// affairsNouns are what an inquiry into an actor looks at.
	affairsNouns = map[string]bool{
		"finances": true, "affairs": true, "dealings": true, "activities": true, "accounts": true, "conduct": true,
		"records": true, "ties": true, "links": true, "role": true, "campaign": true, "business": true,
		"actions": true, "handling": true, "spending": true, "taxes": true, "returns": true,
		"practices": true, "operations": true, "transactions": true, "payments": true, "contracts": true,
	}
)

// actedOnPossessor returns the actor that verb acts on through argument
// a, which names the actor's act, filing or affairs, or nil:
//
//   - a ruling or blocking verb on a case or a filing: "upheld his
//     indictment", "dismissed the president's lawsuit", "signed Ann Lee's
//     bill" (the court dismisses the president, Tom Wu signs for Lee);
//   - an attitude verb on an act or a filing: "criticised NASA's
//     decision", "opposed Ann Lee's bill";
//   - an inquiry on affairs: "investigated Tom Wu's finances".
//
// A thing owned is no act on its owner: "bought Ann Lee's house" gives
// nothing.
func (d *docState) actedOnPossessor(si int, s nlp.Sentence, verb string, a schema.Argument) *docEntity {
	var sets []map[string]bool
	if rulingVerbs[verb] || blockVerbs[verb] {
		sets = append(sets, caseNouns, filedNouns, statusNouns)
	}
	if attitudeVerbs[verb] {
		sets = append(sets, actNouns, filedNouns)
	}
	if inquiryVerbs[verb] {
		sets = append(sets, affairsNouns, actNouns, filedNouns)
	}
	if fortuneVerbs[verb] {
		sets = append(sets, fortuneNouns)
	}
	for _, nouns := range sets {
		if o := d.possessorOf(si, s, a, func(w string) bool { return nouns[w] }); o != nil {
			return o
		}
	}
	if rulingVerbs[verb] || blockVerbs[verb] || attitudeVerbs[verb] {
		if o := d.filer(si, s, a); o != nil {
			return o // "rejected a lawsuit filed by Norway"
		}
	}
	if attitudeVerbs[verb] {
		if o := d.possessorOf(si, s, a, quality); o != nil {
			return o // "criticised the government's generosity"
		}
	}
	if threatVerbs[verb] {
		// "threatened the network's licence renewal", "undermined
		// Norway's sovereignty": a threat to what is an actor's own
		// threatens the actor.
		if o := d.possessorOf(si, s, a, func(w string) bool { return !possessiveDeterminers[w] }); o != nil {
			return o
		}
	}
	if attitudeVerbs[verb] {
		if o := d.modifierAgentOf(si, s, a); o != nil {
			return o // "condemned the Norwegian invasion of Halden"
		}
		if candidateStances[verb] {
			if o := d.ofActor(si, s, a, []map[string]bool{placingNouns}); o != nil {
				return o // "opposed the nomination of Tom Wu": a stance on the candidate
			}
		}
		// "condemned the act of the commission": an act whose of-phrase
		// names its agent; "praised the courage of Tom Wu": a quality
		// its of-phrase shows.
		return d.ofActor(si, s, a, []map[string]bool{agentOfNouns, shownNouns})
	}
	if inquiryVerbs[verb] {
		if o := d.modifierAgentOf(si, s, a); o != nil {
			return o // "investigated Russian interference in the election"
		}
		if o := d.actByIn(si, s, a); o != nil {
			return o // "investigated alleged misconduct by Tom Wu"
		}
	}
	if rulingVerbs[verb] || blockVerbs[verb] || inquiryVerbs[verb] {
		// "overturned the conviction of Tom Wu", "ordered the release of
		// Tom Wu's tax records": the case or filing of an actor named
		// after of; an attitude is left out, since "condemned the arrest
		// of Tom Wu" condemns no Tom Wu.
		return d.ofActor(si, s, a, sets)
	}
	return nil
}

// placingNouns name a person's placing in an office or a race, which
// one who takes a stance on it takes on the person: "opposed the
// nomination of Tom Wu", "expressed opposition to the swearing-in of Ann
// Lee". An arrest or a killing is no such act: "condemned the arrest of
// Tom Wu" condemns no Tom Wu.
var placingNouns = map[string]bool{
	"nomination": true, "appointment": true, "confirmation": true, "swearing-in": true, "candidacy": true,
	"reinstatement": true, "election": true, "re-election": true, "reelection": true, "inauguration": true,
}

// candidateStances are the attitude verbs that take a stance on a
// candidate through the candidacy ([placingNouns]).
var candidateStances = map[string]bool{
	"oppose": true, "support": true, "back": true, "endorse": true, "reject": true, "welcome": true, "object": true,
}

// filer returns the actor that a participle of [filerParticiples] and
// "by" name right after argument a, whose last word is a noun of
// [filedNouns] ("a lawsuit filed by Norway", "the bill sponsored by
// Senator Ann Lee"), or nil.
func (d *docState) filer(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	_, last := argTokens(s, a)
	toks := s.Tokens
	if last < 1 || last+2 >= len(toks) || !filedNouns[toks[last-1].Lower()] ||
		!filerParticiples[toks[last].Lower()] || toks[last+1].Lower() != "by" {
		return nil
	}
	for k := last + 2; k < last+4 && k < len(toks); k++ {
		if m := d.mentionAt(si, s, k); m != nil && actorEntity(m.ent) {
			return m.ent
		}
		if toks[k].Tag != "NNP" {
			break // a title may stand before the name: "by Senator Ann Lee"
		}
	}
	return nil
}

// actByIn returns the actor named after "by" and an act of actNouns that
// opens argument a after its article and modifiers ("alleged misconduct
// by Tom Wu", "the interference by Norway"), or nil; [docState.actBy]
// reads a by-phrase the extractor split off.
func (d *docState) actByIn(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	toks := s.Tokens
	k := first
	for n := 0; k >= 0 && k < last && n < 3 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "VBN"); n++ {
		k++ // "the alleged"
	}
	if k < 0 || k+2 >= last || !actNouns[toks[k].Lower()] || !strings.EqualFold(toks[k+1].Text, "by") {
		return nil
	}
	if m := headAt(toks, d.sents[si], k+2); m != nil && m.end <= last {
		return m.ent
	}
	return nil
}

// ofActor returns the actor named after "of" and a noun of one of sets
// that opens argument a after its article and modifiers ("the conviction
// of Tom Wu", "the release of Tom Wu's tax records"), or nil.
func (d *docState) ofActor(si int, s nlp.Sentence, a schema.Argument, sets []map[string]bool) *docEntity {
	rest, noun, ok := ofPhrase(s, a, sets)
	if !ok {
		return nil
	}
	if o, _, _ := d.argument(si, s, rest); o != nil && actorEntity(o) {
		return o
	}
	owned := [](map[string]bool){affairsNouns, filedNouns}
	if shownNouns[noun] {
		owned = append(owned, actNouns) // "the quality of Tom Wu's work"
	}
	for _, nouns := range owned {
		if o := d.possessorOf(si, s, rest, func(w string) bool { return nouns[w] }); o != nil {
			return o
		}
	}
	return nil
}

// ofPhrase returns what follows "of" after a noun of sets that opens
// argument a past its article, adjectives and years ("the 2012 conviction
// of Tom Wu and Ann Lee" gives "Tom Wu and Ann Lee"), the noun before
// "of", and whether there is one.
func ofPhrase(s nlp.Sentence, a schema.Argument, sets []map[string]bool) (rest schema.Argument, noun string, ok bool) {
	first, last := argTokens(s, a)
	toks := s.Tokens
	k := first
	for k >= 0 && k < last && k < first+6 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD" && k < first+5 ||
		k > first && toks[k].Text == "and" && toks[k-1].Tag == "CD") {
		k++ // "the 2008 and 2012 presidential campaigns of"
	}
	if k < 0 || k+2 >= last || !strings.EqualFold(toks[k+1].Text, "of") ||
		!slices.ContainsFunc(sets, func(m map[string]bool) bool { return m[toks[k].Lower()] }) {
		return schema.Argument{}, "", false
	}
	return schema.Argument{Text: s.Text[toks[k+2].Start:a.End], Start: toks[k+2].Start, End: a.End}, toks[k].Lower(), true
}

// ruledOthers returns the actors after o that a list in the of-phrase of
// a ruling's case names ([caseNouns]): "overturned the convictions of Tom
// Wu and Ann Lee" rules on Ann Lee as on Tom Wu, whom
// [docState.actedOnPossessor] returned as o.
func (d *docState) ruledOthers(si int, s nlp.Sentence, a schema.Argument, o *docEntity) []*docEntity {
	rest, _, ok := ofPhrase(s, a, []map[string]bool{caseNouns})
	if !ok {
		return nil
	}
	return d.listedEnts(si, s, rest, o)[1:]
}

// stance adds the facts of a subject's stance toward an actor that x
// states through the actor's act or through a stance word:
//
//   - an attitude verb whose object is an actor's act: "Ann Lee criticised
//     NASA's decision to close the centre" gives Ann Lee —criticise→ NASA;
//   - a stance word: "Ann Lee was disappointed with NASA('s decision)",
//     "she was disappointed that NASA did not choose them", "Ann Lee was
//     critical of the church" give be_disappointed_with, criticize.
//
// A stance toward a plain actor object replaces x's own lemma (the
// extractor reads "was disappointed with" as disappoint_with, which turns
// the stance around).
func (d *docState) stance(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if x.Negated {
		return
	}
	d.judgement(si, s, x, f)
	d.welcomed(si, x, f) // "was welcome to visit": an invitation, though no visit
	d.helpedBy(si, s, x, f)
	if f.subj == nil || d.intended(s, x) {
		return // "promised to hail Labour's record"
	}
	d.alleged(si, s, x, f)
	d.victoriousOver(si, s, x, f.subj)
	d.gainedStance(si, s, x, f.subj)
	d.adjunctStance(si, s, x, f.subj)
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if _, passive := passiveVerb(x); passive {
		if word, _, _ := stanceOf(s, x); word == "" {
			// "Norway was condemned in a joint letter by Egypt": the
			// subject underwent the act, whose agents
			// [docState.passiveExtraAgent] reads; the "statement by
			// Egypt" is no act the subject judged. A stance word ("was
			// disappointed with NASA") reads on.
			return
		}
	}
	if rebuttalVerbs[verb] && (f.obj == nil || f.obj == f.subj) {
		// "Norway accused Sweden of spying, which Sweden denies"
		if o := d.accuserAnswered(si, s, x, f.subj); o != nil {
			d.derive(si, x.Subject, x.Relation, verb, f.subj, o, "", x.Confidence*placeArgConf)
			return
		}
	}
	if strings.HasPrefix(x.Lemma, "rule_") && f.obj == nil {
		// "the court ruled against Ann Lee's extension": a ruling on
		// what is an actor's is a ruling on the actor.
		if o := d.possessorOf(si, s, x.Object, func(w string) bool { return !possessiveDeterminers[w] }); o != nil && o != f.subj {
			d.derive(si, x.Subject, x.Relation, x.Lemma, f.subj, o, "", x.Confidence*placeArgConf)
		}
		return
	}
	if (x.Lemma == "help_with" || x.Lemma == "assist_with" || x.Lemma == "cooperate_with") && f.obj == nil {
		// "helped with Tom Wu's investigation": help with an actor's
		// act is help to the actor.
		if o := d.actOf(si, s, x.Object); o != nil && o != f.subj && actorEntity(o) {
			lemma := "help"
			if verb == "cooperate" {
				lemma = x.Lemma
			}
			d.derive(si, x.Subject, x.Relation, lemma, f.subj, o, "", x.Confidence*placeArgConf)
		}
		return
	}
	if (rulingVerbs[verb] && !arrestingBody(f.subj) || blockVerbs[verb] || inquiryVerbs[verb] || threatVerbs[verb] || fortuneVerbs[verb]) && f.obj == nil {
		// "the Supreme Court upheld his indictment", "the judge dismissed
		// the president's lawsuit": a ruling on an actor's case or filing
		// is a ruling on the actor.
		if o := d.actedOnPossessor(si, s, verb, x.Object); o != nil && o != f.subj {
			lemma := verb
			if p := particleVerbs[verb]; p != "" {
				lemma = p // "struck down his order"
				if !strings.HasPrefix(x.Lemma, p) {
					return // "struck Tom Wu's car"
				}
			}
			d.derive(si, x.Subject, x.Relation, lemma, f.subj, o, "", x.Confidence*placeArgConf)
			for _, m := range d.ruledOthers(si, s, x.Object, o) {
				if m != f.subj && actorEntity(m) {
					d.derive(si, x.Subject, x.Relation, lemma, f.subj, m, "", x.Confidence*placeArgConf)
				}
			}
			return
		}
		if !attitudeVerbs[verb] {
			return
		}
	}
	if (x.Lemma == "vote_against" || x.Lemma == "vote_for") && f.obj == nil {
		// "voted against Sweden's proposal": a vote on an actor's act.
		if o := d.actOf(si, s, x.Object); o != nil && o != f.subj {
			d.derive(si, x.Subject, x.Relation, x.Lemma, f.subj, o, "", x.Confidence*placeArgConf)
		}
		return
	}
	if (namingVerbs[verb] || verb == "describe") && disparaged(s, x) {
		// "called Tom Wu a liar", "calling it just another apology",
		// "described Norway's plan as a betrayal".
		o := f.obj
		if o == nil || !actorEntity(o) {
			o = d.actOf(si, s, x.Object)
		}
		if w := strings.ToLower(x.Object.Text); o == nil && (w == "it" || w == "this") && !d.thingOpens(si, s) {
			o = d.lastActor(si - 1) // "Halvik apologised. Calling it just another apology, ..."
		}
		if o == nil {
			o = d.relativeHead(si, s, x) // "Halvik, which Ann Lee describes as a sham"
		}
		if o != nil && o != f.subj && actorEntity(o) {
			d.derive(si, x.Subject, x.Relation, "criticize", f.subj, o, "", x.Confidence*placeArgConf)
		}
		if !attitudeVerbs[verb] {
			return // "labelled the comments as a joke" labels the commenter too, below
		}
	}
	if namingVerbs[verb] || verb == "describe" || verb == "hail" {
		// "called Tom Wu a decent man", 'called Norway's plan "brilliant"',
		// "described him as a hero": praise, as the scorn above is
		// criticism.
		o, judge := f.obj, laudable
		if o == nil || !actorEntity(o) {
			o = d.actOf(si, s, x.Object)
		} else if o.typ == schema.Person {
			judge = laudablePerson
		}
		if o != nil && o != f.subj && actorEntity(o) && judgedAs(s, x, judge) {
			d.derive(si, x.Subject, x.Relation, "praise", f.subj, o, "", x.Confidence*placeArgConf)
		}
	}
	if x.Lemma == "say_of" && f.obj != nil && actorEntity(f.obj) && f.obj != f.subj && d.scornQuoted(si, s) {
		// '"Your rule has been a disaster," Ann Lee said of Halvik'
		f.Lemma, f.Class = "criticize", "criticize"
		return
	}
	if assailVerbs[verb] && f.obj != nil && d.actOf(si, s, x.Object) == f.obj &&
		(f.subj == nil || !d.armedActor(f.subj) || d.facilityOwner(si, s, x, x.Object) != f.obj) {
		// "attacked Ann Lee's campaign": the campaign stands for her
		// ([campaignOf]), and the attack is in words. An army's attack
		// on "Ukrainian positions" is on posts, not on stances.
		f.Lemma, f.Class = "criticize", "criticize"
		return
	}
	if (attitudeVerbs[verb] || assailVerbs[verb]) && f.obj == nil {
		o := d.actedOnPossessor(si, s, verb, x.Object)
		if o == nil && !attitudeVerbs[verb] {
			// "attacking Halvik's subpoena": an assail verb's act noun;
			// actedOnPossessor read an attitude verb's already.
			o = d.actOf(si, s, x.Object)
		}
		if o == nil {
			o = d.actBy(si, s, x)
		}
		if o == nil && (rebuttalVerbs[verb] || attitudeVerbs[verb]) {
			o = d.doerBefore(si, x.Subject.Start, f.subj, earlierAct(x.Object)) // "the decision", "these allegations"
		}
		lemma := verb
		if assailVerbs[verb] {
			lemma = "criticize" // "attacked the subpoena": words, no blows
		}
		if verb == "appreciate" {
			lemma = "praise" // "appreciated Norway's efforts"
		}
		if o != nil && o != f.subj {
			d.derive(si, x.Subject, x.Relation, lemma, f.subj, o, "", x.Confidence*placeArgConf)
		}
		return
	}
	word, prep, object := stanceOf(s, x)
	if word == "" {
		return
	}
	phrase := x.Relation
	if object != x.Object {
		phrase += " " + word + " " + prep // "was" + "critical of"
	}
	lemma := "be_" + word + "_with"
	if act := stanceActs[word]; act != "" {
		lemma = act
	}
	if f.obj != nil && actorEntity(f.obj) && object == x.Object && prep != "that" {
		f.Lemma, f.Class = lemma, lemma
		return
	}
	var o *docEntity
	if prep == "that" {
		o = d.clauseActor(si, s, object)
	} else {
		o = d.actOf(si, s, object)
		if o == nil {
			o, _, _ = d.argument(si, s, object)
		}
	}
	if o != nil && o != f.subj && actorEntity(o) && (object != x.Object || f.obj == nil) {
		d.derive(si, x.Subject, phrase, lemma, f.subj, o, "", x.Confidence*placeArgConf)
	}
}

// judgementWords are the adjectives by which a speaker condemns what a
// that-clause states: "it was damning that the ministry isn't acting
// yet".
var judgementWords = map[string]bool{
	"damning": true, "shameful": true, "disgraceful": true, "outrageous": true, "unacceptable": true,
	"scandalous": true, "appalling": true, "deplorable": true, "disgusting": true,
}

// judgement adds speaker —criticize→ actor when a reported "it is"
// sentence judges what the clause's subject does: "Ann Lee said it
// was shameful that the ministry isn't acting yet".
func (d *docState) judgement(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.Attribution == "" || !strings.EqualFold(strings.TrimSpace(x.Subject.Text), "it") {
		return
	}
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	if len(w) < 3 || !beForms[w[0]] || !judgementWords[w[len(w)-2]] || w[len(w)-1] != "that" {
		return
	}
	speaker := d.lookup(f.Attribution) // the speaker's name, resolved by [docState.sources]
	if o := d.clauseActor(si, s, x.Object); speaker != nil && o != nil && o != speaker && actorEntity(speaker) {
		d.derive(si, x.Subject, x.Relation, "criticize", speaker, o, "", x.Confidence*placeArgConf)
	}
}

// welcomeAdverbs are the adverbs that may stand between "is" and
// "welcome".
var welcomeAdverbs = map[string]bool{"always": true, "still": true, "also": true, "now": true, "very": true, "most": true, "more": true}

// welcomed adds speaker —invite→ actor when a reported clause says the
// actor is welcome to come, visit or do something: "Tom Wu said Ann Lee
// was welcome to visit the company", "\"She is welcome to join us,\" Wu
// said".
func (d *docState) welcomed(si int, x schema.Extraction, f *docFact) {
	if f.Attribution == "" || f.subj == nil || !actorEntity(f.subj) {
		return
	}
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	k := 1
	for k < len(w) && k < 3 && (strings.HasSuffix(w[k], "ly") || welcomeAdverbs[w[k]]) {
		k++ // "is always welcome to", "is most warmly welcome to"
	}
	if len(w) < k+3 || !beForms[w[0]] || w[k] != "welcome" || w[k+1] != "to" {
		return
	}
	speaker := d.lookup(f.Attribution) // the speaker's name, resolved by [docState.sources]
	if speaker != nil && speaker != f.subj && actorEntity(speaker) {
		d.derive(si, x.Subject, x.Relation, "invite", speaker, f.subj, "", x.Confidence*placeArgConf)
	}
}

// degreeAdverbs grade a stance word before it: "very critical of", "so
// angry with", "too dismissive of".
var degreeAdverbs = map[string]bool{
	"very": true, "so": true, "too": true, "quite": true, "rather": true, "pretty": true, "fairly": true,
	"most": true, "more": true, "less": true, "still": true, "also": true, "even": true, "somewhat": true,
}

// unquotedFields returns the words of text without the quotation marks
// that open or close them: a speaker's word quoted by the writer ("was
// "deeply disappointed" with", "is "very critical" of") is read as
// unquoted.
func unquotedFields(text string) []string {
	w := strings.Fields(text)
	out := w[:0:0]
	for _, f := range w {
		if f = strings.Trim(f, "\"“”"); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// stanceOf returns the stance word of x, the word after it and the
// argument that the stance is about: from the relation ("was disappointed
// with" + object) or from a copula's object ("was" + "critical of NASA").
// It returns "" when x states no stance.
func stanceOf(s nlp.Sentence, x schema.Extraction) (word, prep string, object schema.Argument) {
	w := unquotedFields(strings.ToLower(x.Relation))
	if len(w) >= 3 && beForms[w[0]] && stanceWords[w[len(w)-2]] && stancePreps[w[len(w)-1]] {
		return w[len(w)-2], w[len(w)-1], x.Object
	}
	if verb, _, _ := strings.Cut(x.Lemma, "_"); voicingVerbs[verb] {
		// "expressed anger at Norway('s decision)", "voiced frustration
		// with", "expressed strong opposition to": the stance of the
		// adjective the noun names.
		if len(w) >= 3 && stancePreps[w[len(w)-1]] && w[len(w)-1] != "that" && w[len(w)-1] != "by" {
			if word := expressedStances[w[len(w)-2]]; word != "" && x.Object.Text != "" && !stanceNounPhrase(x.Object.Text) {
				return word, w[len(w)-1], x.Object
			}
		}
		// The noun read as the object, what it is about as an extra
		// argument: "expressed" + "anger" + "at Norway", also quoted:
		// "expressed "deep disappointment" with Norway".
		ow := unquotedFields(strings.ToLower(x.Object.Text))
		if len(ow) > 0 && len(ow) <= 3 {
			if word := expressedStances[ow[len(ow)-1]]; word != "" {
				for _, a := range x.Extra {
					prep, rest := splitPrep(a)
					if r := strings.ToLower(a.Role); r != "" && r != prep && !stancePreps[prep] {
						// The role names the preposition: "at" + "Norway";
						// not a role of kind ("place" + "at Norway").
						prep, rest = r, a
					}
					if stancePreps[prep] && prep != "that" && prep != "by" && rest.Text != "" && rest.Start >= x.Object.End {
						return word, prep, rest
					}
				}
			}
		}
	}
	for len(w) > 1 && (strings.HasSuffix(w[len(w)-1], "ly") || stateAdverbs[w[len(w)-1]]) {
		w = w[:len(w)-1] // "was sharply" + "critical of", "was also" + "critical of"
	}
	if !stanceCopula(x.Lemma) || len(w) == 0 || !beForms[w[len(w)-1]] && !keepForms[w[len(w)-1]] {
		return "", "", x.Object
	}
	ow := unquotedFields(x.Object.Text)
	k := 0
	for k < len(ow) && (strings.HasSuffix(strings.ToLower(ow[k]), "ly") || degreeAdverbs[strings.ToLower(ow[k])]) {
		k++ // "extremely critical of", "very angry with"
	}
	if k+1 == len(ow) && stanceWords[strings.ToLower(ow[k])] {
		// "I'm disappointed" + "that NASA did not choose them": the
		// extractor left the clause out of the object.
		for i, t := range s.Tokens {
			if t.Start >= x.Object.End && i+1 < len(s.Tokens) && strings.EqualFold(t.Text, "that") {
				rest := schema.Argument{Text: s.Text[s.Tokens[i+1].Start:], Start: s.Tokens[i+1].Start, End: len(s.Text)}
				return strings.ToLower(ow[k]), "that", rest
			}
			if t.Start >= x.Object.End {
				break
			}
		}
	}
	if k+2 >= len(ow) || !stanceWords[strings.ToLower(ow[k])] || !stancePreps[strings.ToLower(ow[k+1])] {
		return "", "", x.Object
	}
	start := x.Object.Start
	for _, t := range s.Tokens {
		if t.Start >= x.Object.Start && t.End <= x.Object.End && t.Text == ow[k+1] {
			start = t.End + 1
			break
		}
	}
	if start >= x.Object.End {
		return "", "", x.Object
	}
	rest := schema.Argument{Text: s.Text[start:x.Object.End], Start: start, End: x.Object.End}
	return strings.ToLower(ow[k]), strings.ToLower(ow[k+1]), rest
}

// victoryVerbs state a win with an adjective of [victoryWords] after
// them: "emerged victorious over", "was triumphant against".
var victoryVerbs = map[string]bool{"emerge": true, "be": true, "prove": true, "finish": true, "end": true, "come": true}

// victoryWords are the adjectives of winning.
var victoryWords = map[string]bool{"victorious": true, "triumphant": true}

// victoriousOver adds subj —defeat→ actor for a verb of [victoryVerbs],
// an adjective of [victoryWords], "over" or "against" and an actor: "Ann
// Lee emerged victorious over Tom Wu in the primary".
func (d *docState) victoriousOver(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !victoryVerbs[verb] || !actorEntity(subj) {
		return
	}
	word, rest, ok := strings.Cut(x.Object.Text, " ")
	if !ok || !victoryWords[strings.ToLower(word)] {
		return
	}
	prep, actor := splitPrep(schema.Argument{Text: rest, Start: x.Object.End - len(rest), End: x.Object.End})
	if prep != "over" && prep != "against" || actor.Text == "" {
		return
	}
	if o, _, _ := d.argument(si, s, actor); o != nil && o != subj && actorEntity(o) {
		d.derive(si, x.Subject, x.Relation+" "+word+" "+prep, "defeat", subj, o, "", x.Confidence*placeArgConf)
	}
}

// stanceCopula reports whether lemma, be or a verb that keeps or puts its
// subject in a state, makes a stance word a predicate: "is critical of",
// "remained critical of", "became increasingly critical of".
func stanceCopula(lemma string) bool {
	return lemma == "be" || lemma == "remain" || lemma == "become" || lemma == "stay"
}

// keepForms are the forms of the verbs besides be of [stanceCopula].
var keepForms = map[string]bool{
	"remain": true, "remains": true, "remained": true, "remaining": true, "become": true, "became": true,
	"becomes": true, "becoming": true, "stay": true, "stays": true, "stayed": true,
}

// beForms are the forms of "be" that make a stance word a predicate.
var beForms = map[string]bool{
	"be": true, "is": true, "was": true, "are": true, "were": true, "been": true, "am": true, "being": true,
	"'m": true, "’m": true, "'re": true, "’re": true, "'s": true, "’s": true,
}

// assailVerbs attack in words when their object is an act ("attacked the
// decision", "slammed Norway's ban"): they criticise its actor.
var assailVerbs = map[string]bool{
	"attack": true, "slam": true, "blast": true, "lambast": true, "lambaste": true, "decry": true,
	"assail": true, "castigate": true, "deride": true,
}

// lastActor returns the actor subject of the first fact that sentence si
// states (its main clause's, as a rule), the doer of the act that "it"
// names after it, or nil.
func (d *docState) lastActor(si int) *docEntity {
	for _, f := range d.facts {
		if f.Sentence == si && !f.implied && f.subj != nil {
			if actorEntity(f.subj) && f.Attribution == "" {
				return f.subj
			}
			return nil
		}
	}
	return nil
}

// thingOpens reports whether sentence si opens with a thing as its
// subject: a determiner, adjectives and common nouns that no actor's
// mention covers, then a verb ("The agreement was criticised by the Green
// Party, whose leader called it a betrayal"). Its "it" is that thing, not
// an act of the sentence before.
func (d *docState) thingOpens(si int, s nlp.Sentence) bool {
	toks := s.Tokens
	if len(toks) < 3 || toks[0].Tag != "DT" {
		return false
	}
	k := 1
	for k < len(toks) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNS") {
		k++
	}
	if k == 1 || k == len(toks) || !strings.HasPrefix(toks[k].Tag, "VB") && toks[k].Tag != "MD" || !strings.HasPrefix(toks[k-1].Tag, "NN") {
		return false
	}
	return !slices.ContainsFunc(d.sents[si], func(m *mention) bool { return m.start < k && m.ent != nil && actorEntity(m.ent) })
}

// scornNouns and scornMarks disparage what a naming verb names: "a liar",
// "a sham", "just another apology", "nothing but a stunt", "marred by
// allegations of torture".
var (
	scornNouns = map[string]bool{
		"liar": true, "liars": true, "disgrace": true, "sham": true, "farce": true, "joke": true, "insult": true,
		"betrayal": true, "travesty": true, "outrage": true, "scandal": true, "stunt": true, "ploy": true,
		"lie": true, "lies": true, "fraud": true, "hoax": true, "charade": true, "embarrassment": true,
		"hypocrite": true, "hypocrites": true, "hypocrisy": true, "coward": true, "cowards": true, "criminal": true,
		"criminals": true, "thug": true, "thugs": true, "traitor": true, "traitors": true, "puppet": true,
		"dictator": true, "failure": true, "mockery": true, "whitewash": true, "smear": true,
		"calamity": true, "catastrophe": true, "disaster": true, "menace": true, "shambles": true,
		"tyrant": true, "tyranny": true, "abomination": true, "scourge": true, "nightmare": true,
		"breach": true, "violation": true, "maneuver": true, "manoeuvre": true, "witch-hunt": true,
	}
	// namingScorn are adjectives that, besides [scornAdjectives],
	// disparage what a naming verb names when they are the whole
	// complement: 'called the deal "lousy"', "called it outrageous".
	namingScorn = map[string]bool{
		"lousy": true, "outrageous": true, "unacceptable": true, "ridiculous": true, "absurd": true,
		"pathetic": true, "disastrous": true, "appalling": true, "disgusting": true, "deplorable": true,
		"insulting": true, "offensive": true, "stupid": true, "idiotic": true, "laughable": true,
	}
	scornMarks = []string{
		"just another", "the worst", "nothing but", "nothing more than", "little more than", "merely", "so-called", "yet another",
		"marred by", "tainted by", "plagued by", "riddled with", "tarnished by", "mired in", "steeped in",
	}
)

// relativeHead returns the named actor that a relative clause whose
// subject is x's follows: "Halvik Holdings, which Ann Lee describes as a
// sham" (which, whom or that, a comma before it), or nil.
func (d *docState) relativeHead(si int, s nlp.Sentence, x schema.Extraction) *docEntity {
	b := subjectToken(s, x)
	if b < 3 || s.Tokens[b-2].Text != "," {
		return nil
	}
	switch s.Tokens[b-1].Lower() {
	case "which", "whom", "that":
	default:
		return nil
	}
	for _, m := range d.sents[si] {
		if m.end == b-2 && named(m) && m.ent != nil && !m.adj && actorEntity(m.ent) {
			return m.ent
		}
	}
	return nil
}

// scornful reports whether the complement c, in lower case, ends in a
// noun of scornNouns, or has one before its of-phrase ("a breach of his
// responsibilities"), is a witch hunt, holds a mark of scornMarks, or is
// an adjective of [scornAdjectives] or namingScorn alone, maybe after an
// adverb ("lousy", "totally unacceptable").
func scornful(c string) bool {
	c = strings.Trim(strings.TrimPrefix(c, "as "), "\"'“”‘’ .,!")
	if head, _, ok := strings.Cut(c, " of "); scornNouns[lastWord(c)] || ok && scornNouns[lastWord(head)] || strings.HasSuffix(c, "witch hunt") {
		return true
	}
	scorn := func(w string) bool { return scornAdjectives[w] || namingScorn[w] }
	var wArr [16]string
	if w := appendFields(wArr[:0], c); len(w) == 1 && scorn(w[0]) || len(w) == 2 && strings.HasSuffix(w[0], "ly") && scorn(w[1]) {
		return true
	}
	for _, m := range scornMarks {
		if strings.HasPrefix(c, m+" ") || strings.Contains(c, " "+m+" ") {
			return true
		}
	}
	return false
}

// scornQuoted reports whether a quotation in sentence si ([quotes])
// holds a noun of scornNouns or a mark of scornMarks, and no negation that
// could turn it ("was no disaster").
func (d *docState) scornQuoted(si int, s nlp.Sentence) bool {
	var words []string
	for k, t := range s.Tokens {
		if inQuotes(d.qs, si, k) && quoteMark(t.Text) == 0 {
			words = append(words, t.Lower())
		}
	}
	if slices.ContainsFunc(words, func(w string) bool { return w == "not" || w == "n't" || w == "no" || w == "never" }) {
		return false
	}
	c := " " + strings.Join(words, " ") + " "
	return slices.ContainsFunc(words, func(w string) bool { return scornNouns[w] }) ||
		slices.ContainsFunc(scornMarks, func(m string) bool { return strings.Contains(c, " "+m+" ") })
}

// disparaged reports whether x, a naming or describing verb of sentence s,
// gives its object a scornful complement ([scornful]): the phrase after
// the object (after "as" for describe), or, when the object stands before
// the verb and the extraction kept no complement, the as-phrase after the
// verb ("Halvik, which Ann Lee describes as \"marred by fraud\"").
func disparaged(s nlp.Sentence, x schema.Extraction) bool {
	return judgedAs(s, x, scornful)
}

// judgedAs reports whether x, a naming or describing verb of sentence s,
// gives its object a complement that judge accepts; [disparaged] tells
// where the complement is read.
func judgedAs(s nlp.Sentence, x schema.Extraction, judge func(string) bool) bool {
	if x.Negated {
		return false
	}
	for _, a := range x.Extra {
		if a.Role != "" && !strings.EqualFold(a.Role, "as") || a.Role == "" && a.Start < x.Object.End {
			continue
		}
		return judge(strings.ToLower(a.Text))
	}
	var wArr [16]string
	if w := lowerFields(wArr[:0], x.Relation); len(w) > 1 && w[len(w)-1] == "as" {
		return judge(strings.ToLower(x.Object.Text)) // "which Ann Lee describes as" + "a sham"
	}
	_, rj, ok := relationTokens(s, x)
	first, last := argTokens(s, x.Object)
	for k := first + 1; first >= 0 && k < last; k++ {
		if quoteMark(s.Tokens[k].Text) > 0 {
			// 'called Tom Wu's deal "a disaster"': the extractor kept the
			// quoted complement in the object.
			return judge(strings.ToLower(quotedFrom(s, k)))
		}
	}
	if ok && last > rj {
		rj = last // "described Halvik as ..."
		if rj+1 < len(s.Tokens) && (s.Tokens[rj].Lower() == "a" || s.Tokens[rj].Lower() == "an") && quoteMark(s.Tokens[rj+1].Text) > 0 {
			rj++ // 'called Tom Wu's conduct a "breach of trust"'
		}
		if rj < len(s.Tokens) && quoteMark(s.Tokens[rj].Text) > 0 && !strings.HasPrefix(x.Lemma, "describe") {
			return judge(strings.ToLower(quotedFrom(s, rj))) // 'called Tom Wu "a liar"'
		}
	} else if w := strings.Fields(x.Relation); !ok && x.Object.End <= x.Subject.Start && len(w) > 0 {
		// "Halvik, which Ann Lee describes as ...": the object, the
		// relative's head, stands before the relation.
		ri := tokenAt(s, x.Subject.End)
		rj, ok = ri+len(w), ri < len(s.Tokens) && s.Tokens[ri].Text == w[0]
	}
	if !ok || rj >= len(s.Tokens) || s.Tokens[rj].Lower() != "as" {
		return false
	}
	var c []string
	for _, t := range s.Tokens[rj:] {
		if t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == ":" {
			break
		}
		c = append(c, t.Lower())
	}
	return judge(strings.Join(c, " "))
}

// quotedFrom returns the words of the quotation that opens at token k of
// s, up to its closing mark or the end of the sentence.
func quotedFrom(s nlp.Sentence, k int) string {
	var c []string
	for _, t := range s.Tokens[k+1:] {
		if quoteMark(t.Text) != 0 {
			break
		}
		c = append(c, t.Text)
	}
	return strings.Join(c, " ")
}

// actBy returns the actor that a by-phrase right after x's object names
// as the doer of the act the object is ("the decision by the council",
// "the subpoena by Norwegian prosecutors"), or nil.
func (d *docState) actBy(si int, s nlp.Sentence, x schema.Extraction) *docEntity {
	act := func(w string) bool { return actNouns[w] || nominals.at(w).lemma != "" }
	head := lastWord(x.Object.Text)
	if before, _, ok := strings.Cut(x.Object.Text, " of "); ok && !act(head) {
		head = lastWord(before) // "the annexation of Velmora by Sweden": the act noun before its of-phrase
	}
	if !act(head) || len(x.Extra) == 0 {
		return nil
	}
	a, end := x.Extra[0], x.Object.End
	if strings.EqualFold(a.Role, "as") && len(x.Extra) > 1 && a.Start <= end+1 {
		// "the recognition of Velmora as Swedish territory by Sweden"
		a, end = x.Extra[1], a.End
	}
	if !strings.EqualFold(a.Role, "by") || !strings.HasPrefix(strings.ToLower(a.Text), "by ") || a.Start > end+1 {
		return nil
	}
	a.Text, a.Start = a.Text[3:], a.Start+3
	if o, _, _ := d.argument(si, s, a); o != nil && actorEntity(o) {
		return o
	}
	return nil
}

// actOf returns the actor whose act argument a names ("NASA's decision to
// close the centre", "its handling of the crisis", "the comments by Tom
// Wu"), or nil.
func (d *docState) actOf(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	if o := d.possessorOf(si, s, a, func(w string) bool { return actNouns[w] || quality(w) }); o != nil {
		return o
	}
	if o := d.byActorOf(si, s, a); o != nil {
		return o
	}
	return d.modifierAgentOf(si, s, a)
}

// byActorOf returns the actor named by a by- or from-phrase right after
// the act noun of [actNouns] that opens argument a after its article and
// at most two adjectives ("the comments by Tom Wu", "the decision by
// Norway to close the border", "this latest move from government"), or
// nil; after from, no city or region. [docState.actBy] reads such a by-phrase
// that the extractor split off as an extra argument.
func (d *docState) byActorOf(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	if first < 0 || si >= len(d.sents) {
		return nil
	}
	toks := s.Tokens
	k := first
	if toks[k].Tag == "DT" {
		k++
	}
	for n := 0; n < 2 && k < last && strings.HasPrefix(toks[k].Tag, "JJ"); n++ {
		k++
	}
	if k+2 >= last || !actNouns[toks[k].Lower()] {
		return nil
	}
	switch toks[k+1].Lower() {
	case "by":
	case "from":
		// "this latest move from government", "a request from Norway";
		// not "the move from Oslo": a city is where from.
	default:
		return nil
	}
	if m := d.mentionAt(si, s, k+2); m != nil && m.end <= last && actorEntity(m.ent) &&
		(toks[k+1].Lower() == "by" || !isPlace(m.ent) || d.r.country(m.ent)) {
		return m.ent
	}
	return nil
}

// modifierAgentOf returns the actor that a modifier names as the agent of
// the act that opens argument a, after its article and adjectives: a
// state's adjective or a name ([agentModifier]) before an act noun of
// actNouns or nominals, with at most two words between
// ("the Norwegian invasion of Halden", "Swedish encroachment on Halden",
// "the FBI investigation", "alleged Russian interference"), or nil; not a
// city or region ([docState.modifierAgent]).
func (d *docState) modifierAgentOf(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	if first < 0 || si >= len(d.sents) {
		return nil
	}
	toks := s.Tokens
	act := func(t nlp.Token) bool {
		// Not patientNouns alone: a modifier of "the Kurdish persecution"
		// or "the Syrian deaths" names who underwent the act.
		_, ok := nominals.get(t.Lower())
		return strings.HasPrefix(t.Tag, "NN") && (ok || actNouns[t.Lower()])
	}
	for _, m := range d.sents[si] {
		if m.start < first || m.end >= last {
			continue
		}
		if m.start > first+2 || slices.ContainsFunc(toks[first:m.start], func(t nlp.Token) bool { return t.Tag != "DT" && t.Tag != "JJ" }) ||
			!d.modifierAgent(toks, m) {
			return nil
		}
		k := m.end
		for n := 0; n < 2 && k+1 < last && !act(toks[k]) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "VBN"); n++ {
			k++ // "Norwegian military intervention"
		}
		if !act(toks[k]) || unrealisedBefore(toks, k) {
			return nil
		}
		return m.ent
	}
	return nil
}

// notQualities end like a quality but name a body, someone or a thing:
// "Norway's government" is a body of Norway's own, "his sentence" what a
// court gave him.
var notQualities = map[string]bool{
	"government": true, "governments": true, "department": true, "parliament": true, "regiment": true,
	"alliance": true, "authority": true, "authorities": true, "university": true, "city": true,
	"community": true, "charity": true, "municipality": true, "celebrity": true, "majority": true,
	"minority": true, "presidency": true, "agency": true, "embassy": true, "conference": true,
	"sentence": true, "sentences": true, "licence": true, "license": true, "evidence": true, "residence": true,
	"audience": true, "science": true, "finance": true, "insurance": true,
}

// quality reports whether w, a lower-case noun, names a quality or a way
// of acting by its ending ("generosity", "comprehensiveness",
// "management", "leadership"): what its possessor shows, not someone of
// its own.
func quality(w string) bool {
	if notQualities[w] {
		return false
	}
	for _, end := range []string{"ness", "ity", "ism", "ment", "ance", "ence", "ship", "acy"} {
		if len(w) > len(end)+3 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// lifeNouns stand between an actor's possessive and what is the actor's
// own: "Tom Wu's life's work", "her career's best result".
var lifeNouns = map[string]bool{"life": true, "lifetime": true, "career": true}

// possessorOf returns the actor whose possessive opens argument a before
// a noun of nouns, with at most two adjectives or participles between
// ("NASA's final decision", "his indictment", "Tom Wu's life's work"), or
// nil. After a possessive pronoun, a second possessive owns the noun:
// "his party's decision" is the party's.
func (d *docState) possessorOf(si int, s nlp.Sentence, a schema.Argument, nouns func(string) bool) *docEntity {
	var toks []nlp.Token
	for _, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End {
			toks = append(toks, t)
		}
	}
	for i := 0; i+1 < len(toks) && i < 8; i++ {
		w := toks[i].Lower()
		switch {
		case toks[i].Tag == "POS" && i > 0:
		case i == 0 && possessiveDeterminers[w] && w != "my" && w != "our":
		default:
			continue
		}
		k := i + 1
		if k+1 < len(toks) && lifeNouns[toks[k].Lower()] && toks[k+1].Tag == "POS" {
			k += 2 // "Tom Wu's life's work": his
		}
		start := k
		for k < len(toks) && k < start+2 && !nouns(toks[k].Lower()) && (strings.HasPrefix(toks[k].Tag, "JJ") || toks[k].Tag == "VBN" || toks[k].Tag == "NN" || toks[k].Tag == "NNP") {
			k++ // "NASA's final decision", "his latest remarks", "his tax records", "his Oslo office"
		}
		if k < len(toks) && toks[k].Tag == "POS" && i == 0 {
			continue // "their government's response": the second possessive owns the act
		}
		if k >= len(toks) || !nouns(toks[k].Lower()) {
			return nil
		}
		end := toks[i].End
		if toks[i].Tag == "POS" {
			end = toks[i-1].End
		}
		p := schema.Argument{Text: s.Text[toks[0].Start:end], Start: toks[0].Start, End: end}
		o, _, _ := d.argument(si, s, p)
		if o == nil || !actorEntity(o) {
			return nil
		}
		return o
	}
	return nil
}

// clauseActor returns the actor that a clause argument ("NASA did not
// choose them") starts with, as its subject, or nil.
func (d *docState) clauseActor(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	for k, t := range s.Tokens {
		if t.Start < a.Start {
			continue
		}
		if m := d.mentionAt(si, s, k); m != nil && actorEntity(m.ent) && m.end < len(s.Tokens) &&
			(strings.HasPrefix(s.Tokens[m.end].Tag, "VB") || s.Tokens[m.end].Tag == "MD") {
			return m.ent
		}
		return nil
	}
	return nil
}

// rebuttalVerbs are the attitude verbs that answer claims.
var rebuttalVerbs = map[string]bool{"deny": true, "reject": true, "dismiss": true, "dispute": true}

// claimNouns are the nouns of what a claimant said.
var claimNouns = map[string]bool{
	"allegation": true, "allegations": true, "claim": true, "claims": true, "accusation": true,
	"accusations": true, "charge": true, "charges": true,
}

// retortVerbs answer an act with no object or with how they did it:
// "Norway responded by recalling its ambassador", "Lee reacted on
// Twitter", "the rebels retaliated with rockets".
var retortVerbs = map[string]bool{"respond": true, "react": true, "retaliate": true, "hit_back": true}

// respondedTo adds subj —respond_to→ the actor of the sentence before
// (its main clause's subject, [docState.lastActor]) for an answer of
// [retortVerbs] to no one named (an object after by, with, on or in is
// the means: "responded on Twitter"), in a clause of extraction x of
// sentence si: "Sweden expelled two Norwegian diplomats. Norway responded by
// recalling its ambassador." An actor that answers itself is no one.
//
// Only a main clause's subject near the sentence's start, after no verb,
// answers, not a relative's ("Martyn could only parry the ball out for Ronaldo, who
// reacted first") nor an infinitive's ("forcing Labour to react"); a
// reply answers a question more often than an act, and is left out.
func (d *docState) respondedTo(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	first, _ := argTokens(s, x.Subject)
	if first < 0 || first > 5 || strings.HasPrefix(strings.ToLower(x.Relation), "to ") ||
		slices.ContainsFunc(s.Tokens[:first], func(t nlp.Token) bool { return strings.HasPrefix(t.Tag, "VB") }) {
		return
	}
	verb, rest, _ := strings.Cut(x.Lemma, "_")
	if verb == "hit" && strings.HasPrefix(rest, "back") {
		verb, rest = "hit_back", strings.TrimPrefix(strings.TrimPrefix(rest, "back"), "_")
	}
	switch rest {
	case "", "by", "with", "on", "in", "quickly":
	default:
		return // "responded to the claims", "reacted angrily to": the phrase names whom
	}
	if !retortVerbs[verb] || si == 0 || rest == "" && strings.TrimSpace(x.Object.Text) != "" || !actorEntity(subj) {
		return
	}
	if o := d.lastActor(si - 1); o != nil && o != subj {
		d.derive(si, x.Subject, x.Relation, "respond_to", subj, o, "", x.Confidence*placeArgConf)
	}
}

// madeClear adds X —tell→ Y for each "X made (it) clear to Y" of
// sentence si ("Ann Lee made it clear to Tom Wu that ...", '"We made that
// clear to the president," said Ann Lee', "Norway has made it very clear
// to Sweden"): X is the actor right before the form of make (an adverb,
// has or have apart, [subjectBefore]), Y the actor right after "to" (and
// "the"). The extractor keeps no "clear to" phrase of its own. It runs
// after the quotations' "we" are linked.
func (d *docState) madeClear(si int, s nlp.Sentence) {
	toks := s.Tokens
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Lower() != "clear" || toks[k+1].Lower() != "to" {
			continue
		}
		v := k - 1
		for v > 0 && k-v <= 3 && !makeForms[toks[v].Lower()] {
			v-- // "made it very clear"
		}
		if !makeForms[toks[v].Lower()] {
			continue
		}
		x := subjectBefore(toks, d.sents[si], v, actorEntity)
		if x == nil {
			continue
		}
		at := k + 2
		if toks[at].Lower() == "the" {
			at++ // a name after "the"; a description holds it
		}
		for _, m := range d.sents[si] {
			if (m.start == at || m.start == k+2) && m.ent != nil && m.ent != x.ent && actorEntity(m.ent) && !m.possessive && !m.adj {
				d.derive(si, argOf(s, x), joinText(toks[v:m.end]), "tell", x.ent, m.ent, "", roleConf)
				break
			}
		}
	}
}

// makeForms are the forms of make.
var makeForms = map[string]bool{"make": true, "makes": true, "made": true, "making": true}

// takenUpActs map the nouns that take up an act the document stated
// before to the verbs that stated it: "the allegations" to the claims
// before them, "the decision" or "the move" to the order or withdrawal.
var takenUpActs = func() map[string][]string {
	claims := []string{"claim", "allege", "accuse", "charge", "blame"}
	// A verb that decides may be folded into the act's lemma ("decided to
	// close" is close): its written forms count too.
	decided := []string{"decide", "order", "announce", "approve", "choose", "opt", "sign", "veto", "withdraw", "pull",
		"rule", "impose", "cancel", "fire", "dismiss", "suspend", "ban", "decided", "decides", "chose", "opted"}
	m := map[string][]string{
		"order": {"order", "sign", "issue"}, "orders": {"order", "sign", "issue"},
		"announcement": {"announce"}, "withdrawal": {"withdraw", "pull", "order", "announce"},
		"ruling": {"rule", "find", "sentence", "convict", "order"}, "verdict": {"find", "convict", "acquit", "sentence"},
		"veto": {"veto"}, "ban": {"ban", "impose"}, "dismissal": {"fire", "dismiss", "sack", "oust"},
		"firing": {"fire", "dismiss", "sack", "oust"}, "sanctions": {"sanction", "impose"},
	}
	for w := range claimNouns {
		m[w] = claims
	}
	for _, w := range []string{"decision", "decisions", "move", "moves"} {
		m[w] = decided
	}
	return m
}()

// accuserAnswered returns the accuser whom denier answers in sentence si
// when x, a denial or rejection, opens with "which" or a claim's noun
// after a comma, after an accusation of the denier in the same sentence:
// "The ministry accused the Lund Front of links to terrorists, which the
// group denies", "Norway accused Sweden of spying, a charge Sweden
// denies", "was accused by Ann Lee of fraud, allegations he denies". It
// returns nil otherwise.
func (d *docState) accuserAnswered(si int, s nlp.Sentence, x schema.Extraction, denier *docEntity) *docEntity {
	first, _ := argTokens(s, x.Subject)
	if first < 2 {
		return nil
	}
	toks := s.Tokens
	k := first - 1
	switch w := toks[k].Lower(); {
	case w == "which":
	case claimNouns[w]:
		if w := toks[k-1].Lower(); w == "a" || w == "an" || w == "the" {
			k--
		}
	default:
		return nil
	}
	if k < 1 || toks[k-1].Text != "," {
		return nil
	}
	comma := toks[k-1].Start
	for i := len(d.facts) - 1; i >= 0; i-- {
		f := d.facts[i]
		if f.Sentence < si {
			break
		}
		verb, _, _ := strings.Cut(f.Lemma, "_")
		if f.Sentence == si && (verb == "accuse" || verb == "charge" || verb == "blame") && !f.Negated && f.obj == denier &&
			f.subj != nil && f.subj != denier && actorEntity(f.subj) && f.Subject.Start < comma {
			return f.subj
		}
	}
	return nil
}

// earlierAct returns the verbs ([takenUpActs]) that stated the act that
// argument a takes up, or nil: "the", "these", "those", "this", "that" or
// "such" and a noun of takenUpActs, nothing after it ("the Church denied
// these allegations", "criticized the decision").
func earlierAct(a schema.Argument) []string {
	w := strings.Fields(strings.ToLower(a.Text))
	if len(w) != 2 {
		return nil
	}
	switch w[0] {
	case "the", "these", "those", "this", "that", "such":
		return takenUpActs[w[1]]
	}
	return nil
}

// doerBefore returns the actor who last did one of verbs (a fact's first
// lemma word) in sentence si before byte offset at, where the answer's
// subject starts, or else in the five sentences before, other than the
// one who answers, or nil: "Ann Lee claims that the party forced her
// out. ... The party denied these allegations" answers Ann Lee; "President
// Tom Wu ordered the withdrawal. ... Bo Kim criticized the decision"
// criticizes Tom Wu; "The navy blamed Lund agents for the attack, while
// Lund has denied the allegation" answers the navy, not an accuser of
// the sentences before.
func (d *docState) doerBefore(si, at int, answerer *docEntity, verbs []string) *docEntity {
	if len(verbs) == 0 {
		return nil
	}
	for i := len(d.facts) - 1; i >= 0; i-- {
		f := d.facts[i]
		if f.Sentence > si || f.Sentence == si && f.Subject.End > at {
			continue
		}
		if f.Sentence < si-5 {
			return nil
		}
		verb, _, _ := strings.Cut(f.Lemma, "_")
		written, _, _ := strings.Cut(strings.ToLower(f.Relation), " ")
		if !slices.Contains(verbs, verb) && !slices.Contains(verbs, written) {
			continue
		}
		if f.subj != nil && f.subj != answerer && actorEntity(f.subj) && !f.Negated {
			return f.subj
		}
	}
	return nil
}

// wrongDeeds, wrongMeans and wrongWays name a wrong done in a claimed
// clause: its verb ("claimed Norway had rigged the vote"), the means
// after "due to", "through" or "by" ("claimed Ann Lee only won due to
// fraud") or an adverb ("won illegally"). "claimed Ann Lee had exposed
// fraud" names a wrong of others.
var (
	wrongDeeds = map[string]bool{
		"cheated": true, "rigged": true, "stole": true, "stolen": true, "lied": true, "bribed": true,
		"defrauded": true, "falsified": true, "attacked": true, "killed": true, "murdered": true, "abused": true,
		"tortured": true, "kidnapped": true, "abducted": true, "harassed": true, "threatened": true, "violated": true,
		"persecuted": true, "massacred": true, "shelled": true, "bombed": true, "looted": true, "executed": true,
	}
	wrongMeans = map[string]bool{
		"fraud": true, "cheating": true, "bribery": true, "bribes": true, "corruption": true,
		"intimidation": true, "rigging": true,
	}
	wrongWays = map[string]bool{
		"fraudulently": true, "illegally": true, "unlawfully": true, "corruptly": true,
	}
)

// wrongdoingIn reports whether the clause toks, from its verb on, names a
// wrong before byte offset end: by its verb, after its auxiliaries and
// adverbs, by a means or by an adverb.
func wrongdoingIn(toks []nlp.Token, end int) bool {
	verb := true
	for i, t := range toks {
		if t.End > end {
			break
		}
		w := t.Lower()
		switch {
		case wrongWays[w]:
			return true
		case verb && wrongDeeds[w]:
			// "claimed Tom Wu was attacked": the victim, not the doer
			return i == 0 || !passiveAux[toks[i-1].Lower()]
		case wrongMeans[w] && i > 0 && (toks[i-1].Lower() == "to" || toks[i-1].Lower() == "through" || toks[i-1].Lower() == "by" || toks[i-1].Lower() == "via"):
			return true // "due to fraud", "through bribery"
		}
		verb = verb && (strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "RB")
	}
	return false
}

// alleged adds subject —accuse→ actor when the subject alleges what an
// actor did: "The party alleged that Tom Wu stole the files", "officials
// claimed Tom Wu allegedly left with the files" (a claim is an accusation
// when the clause says "allegedly" or names a wrong: "claimed Tom Wu won
// through fraud"). The actor opens the reported clause,
// right after the verb or its "that", and a verb follows it.
func (d *docState) alleged(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if verb != "allege" && verb != "claim" && !inquiryCalls[verb] || !actorEntity(f.subj) {
		return
	}
	if inquiryCalls[verb] && f.obj == nil {
		d.inquiryCalled(si, s, x, f)
		return
	}
	if verb == "allege" && f.obj == nil {
		// "Sweden alleged Norwegian involvement in the attack", "alleged
		// Norway's interference": an act alleged accuses its agent.
		if o := d.actOf(si, s, x.Object); o != nil && o != f.subj {
			d.derive(si, x.Subject, x.Relation, "accuse", f.subj, o, "", x.Confidence*placeArgConf)
			return
		}
	}
	toks := s.Tokens
	v := -1
	for k, t := range toks {
		if t.Start >= x.Subject.End && strings.HasPrefix(t.Tag, "VB") && strings.HasPrefix(t.Lower(), strings.TrimSuffix(verb, "e")) {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	k := v + 1
	if k < len(toks) && toks[k].Lower() == "that" {
		k++
	}
	m := d.mentionAt(si, s, k)
	if m == nil || !actorEntity(m.ent) || m.ent == f.subj || m.possessive {
		return
	}
	e := m.end
	allegedly := false
	for e < len(toks) && toks[e].Tag == "RB" {
		allegedly = allegedly || toks[e].Lower() == "allegedly"
		e++
	}
	if e >= len(toks) || !strings.HasPrefix(toks[e].Tag, "VB") && toks[e].Tag != "MD" {
		return
	}
	if verb == "claim" && !allegedly && !wrongdoingIn(toks[e:], x.Object.End) {
		return
	}
	d.derive(si, x.Subject, x.Relation, "accuse", f.subj, m.ent, "", x.Confidence*placeArgConf)
}

// inquiryCalls demand an inquiry, and inquiryNouns are those.
var (
	inquiryCalls = map[string]bool{"demand": true, "call": true, "seek": true, "urge": true, "request": true}
	inquiryNouns = map[string]bool{"investigation": true, "inquiry": true, "probe": true, "enquiry": true}
)

// inquiryCalled adds subj —accuse→ actor when x's subject demands an
// inquiry into a wrong of the actor's, named by its possessive or a
// modifier ([docState.actOf]): "the union demanded an investigation into
// police misconduct", "called for an inquiry into Norway's role".
func (d *docState) inquiryCalled(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	w := strings.Fields(strings.ToLower(x.Object.Text))
	if len(w) == 0 || !inquiryNouns[w[len(w)-1]] {
		return
	}
	for _, a := range x.Extra {
		for _, prep := range []string{"into", "of"} {
			if p, ok := phraseAfter(a, prep); ok {
				if o := d.actOf(si, s, p); o != nil && o != f.subj {
					d.derive(si, x.Subject, x.Relation+" "+x.Object.Text, "accuse", f.subj, o, "", x.Confidence*placeArgConf)
					return
				}
			}
		}
	}
}

// gainVerbs win their subject a stance of another actor, and
// gainedStances name the stances so won with the act of the one who holds
// them: "secured the approval of the Green Party" (the party approved).
var (
	gainVerbs = map[string]bool{
		"secure": true, "win": true, "gain": true, "receive": true, "obtain": true, "get": true, "earn": true,
	}
	gainedStances = map[string]string{
		"approval": "approve", "backing": "back", "support": "support", "endorsement": "endorse", "blessing": "approve",
	}
)

// gainedStance adds holder —LEMMA→ subj when x's subject won a stance of
// an actor: "the Commission secured the approval of the Green Party"
// (Green Party —approve→ Commission). The holder is the actor after "of",
// or each actor of the list after a dash that names who they are ("the
// approval of the biggest parties - the Socialists, the Liberals and the
// Greens").
func (d *docState) gainedStance(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if subj == nil || !gainVerbs[verb] {
		return
	}
	toks := s.Tokens
	first, last := argTokens(s, x.Object)
	if first < 0 {
		return
	}
	k := first
	for k+2 < last && (gainedStances[toks[k].Lower()] == "" || !strings.EqualFold(toks[k+1].Text, "of")) {
		k++
	}
	if k+2 >= last {
		return
	}
	lemma := gainedStances[toks[k].Lower()]
	type holder struct {
		e   *docEntity
		arg schema.Argument
	}
	var holders []holder
	of := schema.Argument{Text: s.Text[toks[k+2].Start:toks[last-1].End], Start: toks[k+2].Start, End: toks[last-1].End}
	if o, _, _ := d.argument(si, s, of); o != nil && actorEntity(o) {
		holders = append(holders, holder{o, of})
	} else if last+1 < len(toks) && (toks[last].Text == "-" || toks[last].Text == "–" || toks[last].Text == "—" || toks[last].Text == ":") {
		for j := last + 1; j < len(toks); j++ {
			t := toks[j]
			if strings.HasPrefix(t.Tag, "VB") || t.Text == "." || t.Text == ";" {
				break
			}
			if m := d.mentionAt(si, s, j); m != nil && actorEntity(m.ent) {
				holders = append(holders, holder{m.ent, argOf(s, m)})
				j = m.end - 1
			}
		}
	}
	for _, h := range holders {
		if h.e == subj {
			continue
		}
		if f := d.derive(si, h.arg, x.Relation+" the "+toks[k].Text+" of", lemma, h.e, subj, "", x.Confidence*placeArgConf); f != nil {
			f.Class = schema.CanonicalRelation(lemma)
		}
	}
}

// armedActor reports whether e may attack with arms: a state, an army or
// an armed service, a group described as troops, rebels or militants, or
// one named by its fighters ("Swedish troops", "Velmor Front fighters").
func (d *docState) armedActor(e *docEntity) bool {
	return e.typ == schema.GPE || armedService(e) || armedDesc(e) || nationalArmy(e) || d.r.military(e.name) ||
		e.typ == schema.Group && fighterNouns[lastWord(e.name)]
}

// fighterNouns are the plurals that name the people of an armed force or
// group.
var fighterNouns = map[string]bool{
	"troops": true, "soldiers": true, "fighters": true, "militants": true, "rebels": true, "insurgents": true,
	"marines": true, "paratroopers": true, "gunmen": true, "militiamen": true, "guerrillas": true, "jihadists": true,
}

// Adjunct stances: a with-phrase that names an actor's backing of the
// clause's subject, and an in-phrase that names whom the subject's act
// honours.
var (
	withStances = map[string]string{
		"backing": "back", "support": "support", "endorsement": "endorse", "blessing": "approve",
	}
	honourNouns = map[string]bool{"honor": true, "honour": true, "memory": true}
)

// adjunctStance adds the stance that an adjunct of x's clause states
// between its subject and another actor:
//
//   - "With the Halvik Party's backing, Tom Wu ran for the Senate", "with
//     the support of Norway": Halvik Party —back→ Tom Wu (as
//     [docState.gainedStance] reads "won the backing of");
//   - "held a minute of silence in Tom Wu's honor", "a dinner in honour
//     of Ann Lee", "in memory of": subject —honor→ the actor.
//
// The noun must end the phrase or be followed by "of" and the actor, so
// "with Sweden's support staff" names no stance.
func (d *docState) adjunctStance(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if subj == nil || x.Negated || !actorEntity(subj) {
		return
	}
	args := x.Extra
	var wArr [16]string
	if w := appendFields(wArr[:0], x.Relation); len(w) > 1 && (w[len(w)-1] == "with" || w[len(w)-1] == "in") {
		// "Tom Wu was elected with the full backing of Norway": the
		// extractor ends the relation with the preposition. Only a
		// passive: "met with Sweden's support" may be whom she met.
		if _, passive := passiveVerb(x); passive {
			args = append([]schema.Argument{{Text: w[len(w)-1] + " " + x.Object.Text, Start: x.Object.Start - len(w[len(w)-1]) - 1, End: x.Object.End}}, args...)
		}
	}
	if a, ok := frontedAdjunct(s, x); ok {
		args = append(args, a)
	}
	for _, a := range args {
		for prep, nouns := range map[string]func(string) string{
			"with": func(w string) string { return withStances[w] },
			"in": func(w string) string {
				if honourNouns[w] {
					return "honor"
				}
				return ""
			},
		} {
			p, ok := phraseAfter(a, prep)
			if !ok {
				continue
			}
			holder, word := d.stanceHolder(si, s, p, nouns)
			if holder == nil || holder == subj {
				continue
			}
			lemma := nouns(word)
			phrase := x.Relation + " " + prep + " " + word + " of"
			var f *docFact
			if lemma == "honor" {
				f = d.derive(si, x.Subject, phrase, lemma, subj, holder, "", x.Confidence*placeArgConf)
			} else {
				f = d.derive(si, p, phrase, lemma, holder, subj, "", x.Confidence*placeArgConf)
			}
			if f != nil {
				f.Class = schema.CanonicalRelation(lemma)
			}
		}
	}
}

// helpNouns are the nouns of a with-phrase that name another actor's help
// in the clause's act ([docState.helpedBy]).
var helpNouns = map[string]bool{"help": true, "assistance": true, "aid": true}

// helpedBy adds that an actor helped the doer of x's act when a
// with-phrase names its help: "Norway rebuilt the town with the help of
// Sweden", "with Sweden's assistance", "The Oslo Police arrested two men
// with help from the Bergen Police" (the extractor reads "from" as an
// argument of its own); the doer of a passive is its by-agent ("The
// raids were conducted by the Oslo Police with help from ...").
func (d *docState) helpedBy(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if d.intended(s, x) {
		return // "plans to rebuild the town with help from Sweden"
	}
	doer := f.subj
	if doer == nil || !actorEntity(doer) {
		if _, passive := passiveVerb(x); !passive || !strings.HasSuffix(strings.ToLower(x.Relation), " by") || f.obj == nil || !actorEntity(f.obj) {
			return
		}
		doer = f.obj
	}
	nouns := func(w string) string {
		if helpNouns[w] {
			return "help"
		}
		return ""
	}
	for i, a := range x.Extra {
		p, ok := phraseAfter(a, "with")
		if !ok {
			continue
		}
		holder, word := d.stanceHolder(si, s, p, nouns)
		if holder == nil && i+1 < len(x.Extra) {
			if first, last := argTokens(s, p); first >= 0 && last-first <= 2 && helpNouns[s.Tokens[last-1].Lower()] && (last-first == 1 || s.Tokens[first].Tag == "DT") {
				if from, ok := phraseAfter(x.Extra[i+1], "from"); ok && x.Extra[i+1].Start >= a.End {
					if o, _, _ := d.argument(si, s, from); o != nil && actorEntity(o) {
						holder, word = o, s.Tokens[last-1].Lower()
					}
				}
			}
		}
		if holder == nil {
			continue
		}
		helpers := []*docEntity{holder}
		if i+1 < len(x.Extra) {
			if from, ok := phraseAfter(x.Extra[i+1], "from"); ok {
				helpers = d.listedEnts(si, s, from, holder) // "with help from the Bergen Police and the Army"
			}
		}
		for _, h := range helpers {
			if h == nil || h == doer || !actorEntity(h) {
				continue
			}
			if g := d.derive(si, p, x.Relation+" with "+word, "help", h, doer, "", x.Confidence*placeArgConf); g != nil {
				g.Class = schema.CanonicalRelation("help")
			}
		}
	}
}

// aidNouns name help sent to a place or a people ([docState.aidArrived]).
var aidNouns = map[string]bool{
	"aid": true, "relief": true, "supplies": true, "assistance": true, "donations": true, "help": true,
}

// arrivalVerbs bring what is sent to where it goes ([docState.aidArrived]).
var arrivalVerbs = map[string]bool{"reach": true, "arrive": true, "arrive_in": true, "arrive_at": true, "land_in": true}

// aidArrived adds that a donor aided the actor its aid reached, when x's
// subject is aid from the donor and its verb one of arrival: "Aid from
// the United Nations has started to reach Myanmar", "Relief supplies from
// the Red Cross arrived in Halden" (donor —aid→ Myanmar).
func (d *docState) aidArrived(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.subj != nil || f.obj == nil || !actorEntity(f.obj) || !arrivalVerbs[x.Lemma] || d.intended(s, x) {
		return
	}
	first, last := argTokens(s, x.Subject)
	if first < 0 {
		return
	}
	toks := s.Tokens
	k := first
	for k < last && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || lowerWord(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NN") && k+1 < last && aidNouns[toks[k+1].Lower()]) {
		k++ // "the first humanitarian aid", "relief supplies"
	}
	if k+2 >= last || !aidNouns[toks[k].Lower()] || toks[k+1].Lower() != "from" {
		return
	}
	from := schema.Argument{Text: s.Text[toks[k+2].Start:toks[last-1].End], Start: toks[k+2].Start, End: toks[last-1].End}
	donor, _, _ := d.argument(si, s, from)
	if donor == nil || donor == f.obj || !actorEntity(donor) {
		return
	}
	if g := d.derive(si, from, x.Relation, "aid", donor, f.obj, "", x.Confidence*placeArgConf); g != nil {
		g.Class = schema.CanonicalRelation("aid")
	}
}

// stanceHolder returns the actor that phrase p names as the holder of a
// stance noun (one that nouns maps to a lemma) and the noun: "the Halvik
// Party's backing", "its full support", "the backing of Norway". The noun
// ends the phrase, or "of" and the holder follow it.
func (d *docState) stanceHolder(si int, s nlp.Sentence, p schema.Argument, nouns func(string) string) (*docEntity, string) {
	first, last := argTokens(s, p)
	if first < 0 || last-first < 2 {
		return nil, ""
	}
	toks := s.Tokens
	if w := toks[last-1].Lower(); nouns(w) != "" {
		o := d.possessorOf(si, s, p, func(v string) bool { return v == w })
		if o != nil {
			return o, w
		}
		return nil, ""
	}
	k := first
	if toks[k].Tag == "DT" {
		k++
	}
	for n := 0; n < 2 && k < last && strings.HasPrefix(toks[k].Tag, "JJ"); n++ {
		k++ // "the full backing of", "the unanimous support of"
	}
	if k+2 >= last || nouns(toks[k].Lower()) == "" || toks[k+1].Lower() != "of" {
		return nil, ""
	}
	of := schema.Argument{Text: s.Text[toks[k+2].Start:toks[last-1].End], Start: toks[k+2].Start, End: toks[last-1].End}
	if o, _, _ := d.argument(si, s, of); o != nil && actorEntity(o) {
		return o, toks[k].Lower()
	}
	return nil, ""
}

// frontedAdjunct returns a with- or in-phrase that the extractor dropped
// from x's arguments though it stands, set off by commas, right before
// x's subject: "In 1988, with the Harbor Party's support, she ran
// for office". It runs from the preposition, at the sentence's start or
// after a comma, to the comma before the subject.
func frontedAdjunct(s nlp.Sentence, x schema.Extraction) (schema.Argument, bool) {
	toks := s.Tokens
	first, _ := argTokens(s, x.Subject)
	if first < 3 || toks[first-1].Text != "," {
		return schema.Argument{}, false
	}
	for k := first - 2; k >= 0 && first-1-k <= 10; k-- {
		w := toks[k].Lower()
		if toks[k].Text == "," || strings.HasPrefix(toks[k].Tag, "VB") {
			break
		}
		if (w == "with" || w == "in") && (k == 0 || toks[k-1].Text == ",") {
			a := schema.Argument{Text: s.Text[toks[k].Start:toks[first-2].End], Start: toks[k].Start, End: toks[first-2].End}
			for _, e := range x.Extra {
				if e.Start <= a.Start && a.End <= e.End {
					return schema.Argument{}, false // read already
				}
			}
			return a, true
		}
	}
	return schema.Argument{}, false
}
