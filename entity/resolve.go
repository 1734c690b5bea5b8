package entity

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/model"
	"github.com/kg-project/kg/nlp/ner"
	"github.com/kg-project/kg/schema"
)

// Options adjust resolution with knowledge the text does not give. They
// apply to every document a Resolver resolves, so they also decide which
// names of different documents meet in one node (see "Across documents" in
// the package documentation).
type Options struct {
	// Merge maps an alias (case-insensitive) to the canonical name it must
	// resolve to, in any document. It wins over the gazetteer of
	// well-known people and over the in-document rules.
	Merge map[string]string
	// Forbid lists pairs of names that must never be merged: neither
	// inside a document nor through the gazetteer's short names.
	Forbid [][2]string
	// Trees, when set, reads facts off the dependency parse between the
	// actors of a sentence that no other rule links ([docState.treeFacts]).
	Trees TreeReader
}

// A TreeReader reads the facts between the token spans of a sentence
// (actor mentions) off its dependency parse: *extract.Extractor's Links.
// Each extraction's Subject and Object cover two of the spans exactly.
type TreeReader interface {
	Links(s nlp.Sentence, spans [][2]int) []schema.Extraction
}

// A Resolver finds and resolves the entities of documents. It is safe for
// concurrent use: Resolve keeps all its state on the stack.
type Resolver struct {
	g         *gazetteer
	lex       *Lexicon
	rec       *ner.Recognizer // types names the rules have no evidence for
	descNouns map[string]bool
	merge     map[string]string
	forbid    map[[2]string]bool
	vocab     map[string]bool // schema.Relations
	trees     TreeReader
}

// New loads the embedded gazetteer and kg's named-mention recogniser
// (package nlp/model) and returns a Resolver that applies opts. It fails
// only if the embedded data is malformed.
func New(opts Options) (*Resolver, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	rec, err := model.Recognizer()
	if err != nil {
		return nil, err
	}
	r := &Resolver{g: g, lex: newLexicon(g), rec: rec, descNouns: map[string]bool{}, merge: map[string]string{}, forbid: map[[2]string]bool{},
		vocab: map[string]bool{}, trees: opts.Trees}
	for _, rel := range schema.Relations {
		r.vocab[rel] = true
	}
	for _, t := range g.titles {
		if !strings.Contains(t.name, " ") {
			r.descNouns[strings.ToLower(t.name)] = true
		}
	}
	for _, e := range g.entries {
		for _, d := range e.desc {
			r.descNouns[d] = true
		}
	}
	for w := range g.words["orghead"] {
		if !strings.Contains(w, " ") {
			r.descNouns[strings.ToLower(w)] = true
		}
	}
	r.descNouns["chamber"] = true // a legislature's or a house's ([legislatureHeads])
	for w := range tradeDescs {
		r.descNouns[w] = true // "the carmaker": a company of that trade named before ([tradeOf])
	}
	for _, w := range []string{"duo", "trio", "quartet", "quintet"} {
		r.descNouns[w] = true // "the trio" after "the band Halvik Trio": a body named so, never two or three people
	}
	r.descNouns["opposition"] = true // a state's opposition named before, else the report's state's ([docState.homeOpposition])
	r.descNouns["incumbent"] = true  // the holder of an office named before ([docState.incumbent])
	for w := range leaderGovDescs {
		r.descNouns[w] = true // "the administration": a leader's government named before
	}
	for k, v := range opts.Merge {
		r.merge[normKey(k)] = strings.TrimSpace(v)
	}
	for _, p := range opts.Forbid {
		a, b := normKey(p[0]), normKey(p[1])
		r.forbid[[2]string{a, b}] = true
		r.forbid[[2]string{b, a}] = true
	}
	return r, nil
}

// A pos is the position of a mention: sentence and token.
type pos struct{ sent, tok int }

func (p pos) less(q pos) bool { return p.sent < q.sent || p.sent == q.sent && p.tok < q.tok }

// A docEntity is an entity while its document is being resolved.
type docEntity struct {
	name     string
	typ      schema.EntityType
	aliases  map[string]bool
	mentions map[int]bool
	tokens   []string // lower-case words of a person's name
	// gender is a person's sex as a title, the gazetteer's given names or
	// a pronoun resolved to it tell ('m', 'f' or 0); likely is the sex
	// the agreement lists give the first word of its name
	// ([gazetteer.sexOf]), weaker evidence that only a pronoun reads
	// ([compatible]).
	gender    byte
	likely    byte
	desc      map[string]bool
	groupHead string
	// members are the actors a coordination of names joins ("Tom Berg
	// and Mia Berg"), for a later "they": the facts of such a group are
	// its members' ([docState.output]).
	members []*docEntity
	gaz     *entry
	// country is the state a person serves, from a nationality before a
	// title ("Estonian Defence Minister Mart Tamm"): the antecedent of a
	// later "its coast"; for a government, the state it governs.
	country *docEntity
	first   pos
	last    pos
	// n counts the mentions resolved to the entity so far: a pronoun
	// prefers the document's topic ([docState.salient]).
	n int
	// nameWritten marks a name some mention writes; written is the first
	// form that writes a state's group or body with the state's name
	// (writtenState) before the noun ([docState.textNames]).
	nameWritten           bool
	written, writtenState string
	// plainWritten is the full name as the document writes it without the
	// accents of the canonical name ("Nicolas Maduro" for "Nicolás
	// Maduro"), unless accentWritten: some mention writes the canonical
	// name as it is.
	plainWritten  string
	accentWritten bool
	// adjWritten is the first form the document writes for a state's
	// group with the state's adjective and another noun than the
	// canonical one ("Ukrainian forces" for "Ukrainian troops").
	adjWritten string
	// local marks the document's own unnamed jury, court or police
	// ([schema.Entity.Local]): "the jury", "an appeals court", but not
	// "a Norwegian court" or "a Tbilisi city court", which a place word
	// names as other reports may.
	local bool
}

// A docFact is a fact whose entities may still be renamed.
type docFact struct {
	schema.Fact
	subj, obj *docEntity
	concept   string // object concept key, made a Concept if it recurs
	implied   bool   // derived from names, not read from an extraction
}

// A docState is the state of one call to Resolve.
type docState struct {
	r     *Resolver
	ents  []*docEntity
	byKey map[string]*docEntity
	// ownAcronyms holds the acronyms that the document gives its own
	// bodies though the gazetteer gives them to others ([docState.bracketAlias]).
	ownAcronyms map[string]*docEntity
	sents       [][]*mention
	input       []nlp.Sentence // the document, sents's sentences
	// laterHints holds, for a lone word, the place or body type that the
	// words beside one of its mentions give it anywhere in the document
	// ([docState.single] gives it to a guessed mention before them).
	laterHints map[string]schema.EntityType
	// xs are the readings of the sentence whose extractions are being
	// turned into facts.
	xs []schema.Extraction
	// models maps a product's model word, as the document writes it after
	// its maker's name ("Boeing 787 Dreamliner"), to the maker
	// ([docState.modelMaker]); nil until first asked.
	models map[string]*docEntity
	// urged are the facts of urging that [docState.imputed] read from a
	// duty put on an actor, checked against the speaker's own sides once
	// the office facts are in ([docState.ownDuties]).
	urged []*docFact
	// coords are the coordinations of names that a pronoun took up
	// ([docState.coordination]), made mentions after the facts.
	coords []coord
	// member is the member of a group that a pronoun subject takes up
	// ("Both are professors at ...") whose facts [docState.extraction]
	// is making: the rules of people, states and bodies read each member.
	member *docEntity
	facts  []*docFact
	// derived holds the facts that names imply, keyed to keep one of each.
	derived map[derivedKey]bool
	// byAlias maps the normKey of each alias to the first entity of ents
	// that has it, for lookup; nil when an alias has changed since it was
	// built. Searching every alias of every entity for each fact made a
	// document with thousands of entities cost quadratic time.
	byAlias map[string]*docEntity
	// held maps a person and a title to the role fact it gave with its
	// holder, so that the title alone restates it ([docState.mentionFacts]).
	held map[heldKey]*docFact
	// qs are the document's quotations.
	qs []quote
	// sideless are the quotations whose speaker, a person, had no side
	// when they were read ([docState.speakers], [docState.lateSides]).
	sideless []spoken
	// voiced are the quotations whose speaker [docState.speakers] found,
	// for the speaker of a fact stated inside one ([docState.quoteSpeaker]).
	voiced []spoken
	// kinds are the nouns that appositions and copulas said named bodies
	// are ([docState.kindAfter]), for a later "the" and the noun.
	kinds map[string]bool
	// election[i] reports whether sentence i has a word of elections
	// ([docState.electionContext]); nil until asked.
	election []bool
	// paired holds the canonical names of the states the document names in
	// a hyphenated pair ([docState.pairedState]); nil until asked.
	paired map[string]bool
	// lastIntention is the last answer of [docState.intended].
	lastIntention intentionAnswer
}

// Resolve returns the document's entities and facts. sents are the
// sentences of one document; exts[i] are the extractions of sents[i], with
// argument offsets relative to sents[i].Text. Each fact carries Sentence
// i, its Lemma mapped by [schema.CanonicalRelation] (Relation keeps the raw
// phrase) and the canonical names of the entities its subject and object
// resolved to, or "" for literal arguments. Facts that names imply (title,
// lead, member_of, from, part_of, locate_in, capital_of, government_of)
// follow, with modest confidence. Entities come in order of first mention,
// facts in sentence order; the output is deterministic and owned by the
// caller.
func (r *Resolver) Resolve(sents []nlp.Sentence, exts [][]schema.Extraction) ([]schema.Entity, []schema.Fact) {
	return r.resolveDoc(sents, exts).output()
}

// resolveDoc resolves a document and returns its state, which tests read.
func (r *Resolver) resolveDoc(sents []nlp.Sentence, exts [][]schema.Extraction) *docState {
	d := &docState{r: r, byKey: map[string]*docEntity{}, derived: map[derivedKey]bool{}, input: sents, qs: quotes(sents)}
	camps := campNames(sents)
	var seat *docEntity
	var fam family
	var doc *ner.Doc
	found := make([][]*mention, len(sents))
	kinds := map[string]schema.EntityType{}
	seen := map[string]schema.EntityType{}
	for i, s := range sents {
		found[i] = sharedTitles(s, r.governments(s, r.dualNationals(s, r.basedPlaces(s, joinedPlaces(s, addressPlaces(s, seatPlaces(s, kinNames(s, campMentions(s, r.joinOfPlace(s, supportersOf(s, r.committeeOfChamber(s, listedPortfolios(s, bracketSurname(s, quotedNickname(s, r.recognize(&doc, s, r.scan(s), kinds, seen))))))), camps)))), r)))))
	}
	r.docKinds(sents, found, kinds)
	labelPersons(sents, found)
	placeLists(sents, found)
	r.peoplePlurals(sents, found)
	r.monthSurnames(sents, found)
	r.titledFullNames(sents, found)
	familyGivenNames(sents, found)
	r.sharedSurnames(sents, found)
	r.titledPlaceNames(sents, found)
	r.headlineFullNames(sents, found)
	r.surnamePlaces(found)
	r.policeForce(sents, found)
	benches(sents, found)
	r.judicialDistricts(sents, found)
	unionLocals(sents, found)
	townClubs(sents, found)
	r.leaderBodies(sents, found)
	r.chamberShort(sents, found)
	r.stateFormBodies(found)
	partyShort(sents, found)
	r.stateParties(found)
	compassStates(sents, found)
	teamMembers(sents, found)
	conceptAcronyms(sents, found)
	commonFirst(sents, found)
	productNames(sents, found)
	competitions(sents, found)
	vesselNames(sents, found)
	operationNames(sents, found)
	orgVote(sents, found)
	r.typeVote(sents, found)
	listenerNames(sents, found)
	andNames(sents, found)
	r.titleAcronyms(sents, found)
	if len(sents) > 0 {
		found[0] = r.interviewHeadline(sents[0], headlineAgent(sents, found[0]))
	}
	d.laterHints = wordHints(found)
	for i, s := range sents {
		ms := d.laterDescs(i, s, found[i])
		d.sents = append(d.sents, ms)
		for _, m := range ms {
			d.resolve(i, m, ms)
		}
		d.openerPossessive(i, s, ms)
		ms = d.namedAs(i, s, ms)
		ms = d.statementSpokes(i, s, ms)
		ms = d.attackerDescs(i, s, ms)
		ms = d.accusedDescs(i, s, ms)
		ms = d.stateBodies(i, s, ms)
		d.sents[i] = ms
		nounBefore(s, ms)
		d.titledBefore(s, ms)
		d.kindAfter(i, s, ms)
		d.personKindAfter(s, ms)
		d.kindBefore(s, ms)
		d.placeOfKind(i, s, ms)
		for _, m := range ms {
			d.mentionFacts(i, s, m)
		}
		d.roleFacts(i, s, ms)
		d.regionOfCountry(i, s, ms)
		d.compatriots(i, s, ms)
		d.firmExamples(i, s, ms)
		d.placeExamples(i, s, ms)
		d.delegateStates(i, s, ms)
		d.familyFacts(i, s, ms, &fam)
		d.campFacts(i, s, ms, camps)
		seat = d.seatFacts(i, s, ms, seat)
		d.placingFacts(i, s, ms)
		d.capitalApposition(i, s, ms)
		d.otherPartsOf(i, s, ms)
		d.representFacts(i, s, ms)
		d.nominalFacts(i, s, ms)
		d.agentNominals(i, s, ms)
		d.transferActs(i, s, ms)
		d.targetedBy(i, s, ms)
		d.betweenNominals(i, s, ms)
		d.frontedActs(i, s, ms)
		d.biddenActs(i, s, ms)
		d.existentialPresence(i, s, ms)
		d.returnedThere(i, s, ms)
		d.majorityControl(i, s, ms)
		d.candidacyParty(i, s, ms)
		d.ranAsMember(i, s, ms)
	}
	d.ledeDescriptions()
	d.ledeVictims()
	d.laterSovereigns()
	for i, s := range sents {
		d.pairActs(i, s, d.sents[i]) // "Boeing-Air Force talks" in a headline: names resolved later in the text
	}
	qs := d.qs
	d.speakers(sents, qs)
	// A transcript's labels say who speaks each turn; the sentences before
	// the first label are the writer's or an unlabelled transcript's.
	first := d.labelTurns(sents, qs)
	if !d.interview(sents[:first], qs) {
		d.turns(sents[:first], qs)
	}
	d.address(sents, qs)
	d.ownActs(sents)
	// A headline's short names ("Wawrinka defeats Djokovic") are read
	// before the extractions that use them; again at the end for the
	// mentions that later rules add.
	var head []*mention
	if len(d.sents) > 0 {
		head = slices.Clone(d.sents[0])
	}
	d.unclaimed(sents, true)
	if len(d.sents) > 0 {
		// "Former President of Norway Tom Wu dies": a headline's full
		// name, found only now, has the roles its words state.
		ms := slices.DeleteFunc(slices.Clone(d.sents[0]), func(m *mention) bool {
			return m.role || !slices.Contains(head, m) && (m.ent == nil || m.ent.typ != schema.Person || m.end-m.start < 2)
		})
		if slices.ContainsFunc(ms, func(m *mention) bool { return !slices.Contains(head, m) }) {
			d.roleFacts(0, sents[0], ms)
		}
		// "Bishop Tom Wu of Marbel, Philippines dies": a place found only
		// now that the body names too lies where the headline's places
		// say.
		places := slices.DeleteFunc(slices.Clone(d.sents[0]), func(m *mention) bool {
			return m.role || m.ent == nil || m.ent.typ != schema.GPE
		})
		if slices.ContainsFunc(places, func(m *mention) bool { return !slices.Contains(head, m) && bodyPlace(m) }) {
			d.roleFacts(0, sents[0], places)
		}
	}
	d.headlinePerson(sents)
	d.headlineDescribed(sents)
	d.headlineBodies(sents)
	readings := make([][]schema.Extraction, len(sents))
	for i := range sents {
		if i >= len(exts) {
			break
		}
		xs := slices.DeleteFunc(r.readings(sents[i], exts[i]), func(x schema.Extraction) bool {
			return d.verbsPlace(i, sents[i], exts[i], x) || d.verbInName(i, sents[i], x) || representsStaff(sents[i], x)
		})
		d.xs = xs
		for _, x := range xs {
			d.extraction(i, sents[i], x)
		}
		readings[i] = xs
		d.statementTo(i, sents[i])
		d.madeClear(i, sents[i])
		d.addressed(i, sents[i])
		d.presenceIn(i, sents[i])
		d.policyStance(i, sents[i], xs)
		d.reciprocal(i, sents[i], xs)
		d.joinedCall(i, sents[i], xs)
		d.aimedTargets(i, sents[i], xs)
		d.asDid(i, sents[i], d.sents[i])
		d.refusedAskers(i, sents[i])
		d.sanctionedBySpeaker(i, sents[i], xs)
		d.handedOverMade(i, sents[i], xs)
	}
	d.scorers()
	d.deceasedTributes()
	d.concepts()
	d.homeChambers()
	d.gazetteerFacts()
	d.officeFacts(sents)
	for i, s := range sents {
		// After the office facts: "Tom Wu holds talks with Swedish
		// counterpart Ann Lee" in a headline over a report that titles
		// Tom Wu only later.
		if i < len(d.sents) {
			d.counterparts(i, s, d.sents[i])
		}
	}
	// After the office facts: "Senator Ann Lee" sits in a chamber only now.
	d.lateSides(sents, readings)
	d.postsHeld(sents)
	d.apposedOffices(sents)
	d.restatedOffices(sents)
	d.postsRestated(sents)
	d.whiteHouseStaff(sents)
	d.replacedJudges()
	d.ownDuties()
	d.ownRoles()
	d.partyNominees()
	// After the facts: what a phrase says a person is comes from the
	// rules that read it ([docState.roleFacts]), not from its mention.
	d.predicates(sents)
	if len(sents) > 1 && untitled(sents[0]) {
		d.headlineOffices(0, sents[0]) // the offices the apposition rules gave only now
	}
	d.headlineRoles(sents)
	d.headlineHolders(sents)
	d.headlinePlaces(sents)
	d.titledLeavers(sents, readings) // after the office facts: the post the title names
	d.coordinations()
	d.unclaimed(sents, false)
	d.textNames()
	d.treeFacts(sents)
	d.kinRestated(sents) // after the facts: a relative named only later
	d.survivedKin()      // after the kin facts: survivors are kin, no actors of "survive"
	d.staffRestated(sents)
	d.unasked(sents)
	d.crossNominees()
	d.personMembers(sents)
	d.townsPlaced()
	d.bodyStates()
	d.pairedHolders(sents)
	d.ownedHomes(sents)
	d.restatedTownHeads(sents)
	d.namedNext(sents)
	d.describedBodiesNamed()
	d.laterHolders(sents)
	return d
}

// partyNominees: "the Harbor Party nominated a ticket of Tom Wu
// for President and A.B. Lee for Vice President": a party's nominee
// stands for it, its member (GUIDE.md counts nominee and candidate as
// member_of), beside the nomination read from the verb.
func (d *docState) partyNominees() {
	for _, f := range d.facts[:len(d.facts):len(d.facts)] {
		if verb, _, _ := strings.Cut(f.Lemma, "_"); verb != "nominate" || f.Negated || f.subj == nil || f.obj == nil ||
			f.subj.typ != schema.Organization || f.obj.typ != schema.Person || !partyNamed(f.subj.name, f.subj.gaz) {
			continue
		}
		d.derive(f.Sentence, f.Object, f.Relation, schema.MemberOf, f.obj, f.subj, "", f.Confidence*placeArgConf)
	}
}

// crossNominees: "the Velmor Party chose Green Party presidential nominee
// Tom Wu": a party that takes up another party's nominee, whose party the
// same sentence names, does not make the nominee its member; the nominee
// stays the other party's, and the choice ([choosingVerbs]) is read from
// the verb.
func (d *docState) crossNominees() {
	type held struct {
		si     int
		person *docEntity
	}
	choosers := map[held][]*docEntity{}
	for _, f := range d.facts {
		if verb, _, _ := strings.Cut(f.Lemma, "_"); choosingVerbs[verb] && !f.Negated && partyEntity(f.subj) && f.obj != nil && f.obj.typ == schema.Person {
			k := held{f.Sentence, f.obj}
			choosers[k] = append(choosers[k], f.subj)
		}
	}
	if len(choosers) == 0 {
		return
	}
	own := map[held]bool{} // the person is a member of a party that did not choose them
	for _, f := range d.facts {
		if f.Lemma == schema.MemberOf && !f.Negated && f.subj != nil && partyEntity(f.obj) {
			if k := (held{f.Sentence, f.subj}); choosers[k] != nil && !slices.Contains(choosers[k], f.obj) {
				own[k] = true
			}
		}
	}
	kept := d.facts[:0]
	for _, f := range d.facts {
		if k := (held{f.Sentence, f.subj}); f.Lemma == schema.MemberOf && own[k] && slices.Contains(choosers[k], f.obj) {
			continue
		}
		kept = append(kept, f)
	}
	d.facts = kept
}

// personMembers turns member_of between two people into work_for: no one
// has members, so "Ann Lee, a member of Tom Wu's legal team," (the
// possessor standing for his team, [counselOf]) works for Tom Wu. A
// family's member is no staff: such a fact is dropped, the family rules
// give the kin.
func (d *docState) personMembers(sents []nlp.Sentence) {
	kept := d.facts[:0]
	for _, f := range d.facts {
		if f.Lemma != schema.MemberOf || f.subj == nil || f.obj == nil || f.subj.typ != schema.Person || f.obj.typ != schema.Person {
			kept = append(kept, f)
			continue
		}
		if f.Sentence < len(sents) && kinPhrase(sents[f.Sentence], f.Object) {
			continue
		}
		f.Lemma, f.Class = schema.WorkFor, schema.WorkFor
		kept = append(kept, f)
	}
	d.facts = kept
}

// kinPhrase reports whether argument a of sentence s names a family
// ("a member of Tom Wu's family", "the Lee household").
func kinPhrase(s nlp.Sentence, a schema.Argument) bool {
	for _, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End {
			switch t.Lower() {
			case "family", "families", "household", "clan", "dynasty":
				return true
			}
		}
	}
	return false
}

// resolve finds or creates the entity of m, the mention of sentence si.
func (d *docState) resolve(si int, m *mention, cur []*mention) {
	p := pos{si, m.start}
	var e *docEntity
	m.conf = 1
	e = d.bracketAlias(si, m, cur)
	if e == nil && m.gaz != nil && m.end == m.start+1 && d.ownAcronyms[d.input[si].Tokens[m.start].Text] != nil {
		e = d.ownAcronyms[d.input[si].Tokens[m.start].Text] // "the SDF" after "Syrian Democratic Forces (SDF)"
		m.gaz, m.name = nil, d.input[si].Tokens[m.start].Text
	}
	if m.appos != nil {
		e = m.appos.ent
	}
	if m.named != nil && m.named.ent != nil && m.named.ent.typ == schema.Organization {
		e = m.named.ent
		f := strings.Fields(m.name)
		switch {
		case e.gaz != nil || strings.EqualFold(e.name, m.name):
		case len(f) > 1 && d.r.g.is("orghead", f[len(f)-1]) && m.gaz == nil:
			// "Tonga's parliament, the Legislative Assembly,": a name
			// many states' bodies share names the body in this report
			// only; the state's stays its name across reports.
			if _, taken := d.byKey[normKey(m.name)]; !taken {
				d.byKey[normKey(m.name)] = e
			}
		default:
			d.rename(e, m.name) // "the Storting": the body's own name
		}
	}
	if m.owner != nil && m.owner.ent != nil {
		e = m.owner.ent // "the army's transport unit": [unitDesc]
	}
	if e == nil && m.nick != "" {
		e = d.nicknamed(m) // "Edward Lodewijk \"Eddie\" Van Halen" after "Eddie Van Halen"
	}
	if e == nil && (m.kind == mName || m.kind == mSingle) {
		e = d.familyNamed(si, m) // "the Bergs" after "Tom Berg and his wife Mia Berg"
	}
	if e == nil && m.kind == mSingle {
		e = d.elderOrYounger(si, m) // "the elder Biden" after "Joe Biden ... his son Hunter Biden"
	}
	if e == nil && portfolioName(d.input[si].Tokens, m) {
		m.typ = schema.Organization // "resigned as Foreign Affairs minister": the minister's department
	}
	switch {
	case e != nil:
	case m.kind == mGroup && assignFound(&e, d.writtenBody(m)):
		// "Malian security forces" after "the Malian Security Forces":
		// the body the report named, written in lower case.
	case m.kind == mName || m.kind == mGroup:
		d.describedForeignBody(si, m, cur)
		if e = d.headOf(si, m); e == nil {
			if e = d.surnamePlace(si, m); e == nil && m.kind == mName && m.typ == schema.Organization &&
				m.gaz == nil && !strings.Contains(m.name, " ") && d.r.g.is("orghead", m.name) &&
				(headNoun(d.input[si].Tokens, m.end) || d.r.capTitleAt(d.input[si].Tokens, m.end)) {
				// "Alliance chairman John Jackson" after "the Countryside
				// Alliance", "the Bank's committee" after "the Bank of
				// England", "Council President Ann Lee" after "the
				// Legislative Council".
				e = d.headName(m.name)
			}
			if e == nil && m.kind == mName && m.name == "Police" {
				// "Police spokesman Tom Wu said": the word opens the
				// sentence or a title, and names the force as "police"
				// does ([docState.homeForce]), no body called Police.
				e = d.homeForce(si, &mention{start: m.start, end: m.end, head: "police", placed: m.placed})
			}
			if toks := d.input[si].Tokens; e == nil && m.kind == mName && (m.name == "Army" || m.name == "Military" || m.name == "Navy") &&
				m.start == 0 && m.end < len(toks) && roleNoun(toks[m.end].Lower()) {
				// "Army chief Tom Wu said": the word opens the sentence,
				// and names the force as "the army" does; "a former Army
				// colonel" names the service.
				e = d.homeForce(si, &mention{start: m.start, end: m.end, head: strings.ToLower(m.name)})
			}
			if e == nil && commonBodyOpener(d.input[si].Tokens, m) && !d.bodyWordNamed(m.name) {
				return // "Hospital spokeswoman Ann Lee said": no body called Hospital
			}
			if e == nil {
				e = d.openerSurname(si, m) // "Afterwards Trump said"
			}
			if e == nil {
				e = d.bodyNamedSurname(si, m) // "Bloomberg won" after "Michael Bloomberg"
			}
			if e == nil {
				e = d.stateQualified(si, m)
			}
			if e == nil {
				e = d.named(m, kinOwner(d.input[si].Tokens, m, cur))
			}
		}
	case m.kind == mSingle:
		if e = d.headOf(si, m); e == nil && commonBodyOpener(d.input[si].Tokens, m) && !d.bodyWordNamed(m.name) {
			return // "Clinic manager Ann Lee": no body called Clinic
		}
		if e == nil {
			if e = d.bracketAcronym(si, m, cur); e == nil {
				e = d.single(si, m)
			}
		}
	case m.kind == mPronoun:
		e = d.pronoun(si, m, cur)
		m.conf = 0.8
	case m.kind == mDesc:
		if m.body != nil {
			e = m.body // "the fire service": [docState.modifiedDesc]
		} else if m.head == "incumbent" {
			e = d.incumbent(si, m)
		} else if m.head == "counterpart" {
			e = d.counterpartOf(si, m, cur)
		} else if _, ok := personNouns[m.head]; ok {
			if e = d.describedPerson(si, m.start, m.head); e == nil {
				m.unnamed = true // "the man" no name took up: a later he is his too
			}
		} else if pairNouns[m.head] {
			e = d.describedPair(si, m.start)
		} else if rivalNouns[m.head] {
			e = d.pairBefore(si, m.start, false) // "Trump and Biden ... the candidates interrupted each other"
		} else if (ownCountry(m) || ownHolder(m)) && inQuotes(d.qs, si, m.start) {
			// The speaker's state, once the speakers are known
			// ([docState.speakers]).
		} else if m.country != nil && d.stateHolder(m.head, d.adjState(m.country)) != nil {
			e = d.stateHolder(m.head, d.adjState(m.country)) // "the Fijian leader": [docState.nationalHolder]
		} else if m.country != nil {
			// "the Norwegian company": one the facts place in no other
			// state, and not one named before in the same sentence
			// ("Renault, which owns 44% of the Japanese carmaker").
			fits := func(e *docEntity) bool {
				return describes(m.head, e) && !d.otherState(e, m.country.name) && e.last.sent != si
			}
			// "The Court of Session in Edinburgh ... the UK Supreme
			// Court ... the Scottish court": first the one the facts
			// place in that state.
			if e, _ = d.only(schema.Organization, func(e *docEntity) bool { return fits(e) && d.inState(e, m.country.name) }); e == nil {
				e = d.describedBy(si, m.head, fits)
			}
			if e == nil {
				e = d.sameSentenceNational(si, m)
			}
		} else if h := "former " + m.head; m.end-m.start > 2 && formerWord(d.input[si].Tokens[m.start+1].Lower()) {
			// "Former president Tom Wu met President Ann Lee ... the
			// former president": the one named as a former holder, else
			// the one person given the title, none when two were.
			if d.formerHolderNamed(h) {
				e = d.described(si, m.start, h)
			} else {
				e, _ = d.only(schema.Person, func(e *docEntity) bool { return describes(m.head, e) })
			}
		} else if firmGroups[m.head] {
			// "Halvik Air and Norden Jet are among the airlines
			// affected": firms in the plural are a kind, no one firm.
		} else if strings.Contains(m.head, " ") {
			// "the prime minister", "the chief executive": the one
			// person given that title, none when two were.
			e, _ = d.only(schema.Person, func(e *docEntity) bool { return describes(m.head, e) })
		} else {
			e = d.described(si, m.start, m.head)
		}
		if d.ofAnother(si, m, e, cur) {
			e = nil // "the president of Sweden" after "President Tom Wu of Norway"
		}
		m.conf = 0.7
	case m.kind == mGroupRef && m.end == m.start+1 && bareGroupWords.has(d.input[si].Tokens[m.start].Lower()):
		e = d.onlyGroup(si, m)
		m.conf = 0.7
	case m.kind == mGroupRef:
		// "Kurdish fighters attacked Norwegian troops ... The fighters":
		// first the group named by the same word, then one of its kind.
		word := " " + d.input[si].Tokens[m.end-1].Lower()
		if e = d.recent(func(e *docEntity) bool { return e.typ == schema.Group && strings.HasSuffix(e.name, word) }); e == nil {
			e = d.recent(func(e *docEntity) bool { return e.typ == schema.Group && e.groupHead == m.head })
		}
		if e == nil {
			if e = d.movementRef(si, m); e == nil {
				e = d.homeForce(si, m)
			}
		}
		m.conf = 0.7
	}
	if e == nil {
		return
	}
	m.ent = e
	d.noteNick(m, e)
	if e.first.sent < 0 {
		e.first = p
	}
	if p.less(e.last) {
		p = e.last
	}
	e.last = p
	e.n++
	e.mentions[si] = true
	if m.gender == 0 && e.typ == schema.Person && (m.kind == mName || m.kind == mSingle) {
		m.gender = kinBefore(d.input[si].Tokens, m) // "her husband, Per Holm,"
	}
	if m.gender != 0 && e.gender == 0 {
		e.gender = m.gender
	}
	former := e.typ == schema.Person && len(m.titles) > 0 && formerHolder(d.input[si].Tokens, m)
	for _, t := range m.titles {
		for _, w := range titleDescs(t) {
			e.desc[w] = true
			if former {
				e.desc["former "+w] = true // for a later "the former president": [docState.formerHolderNamed]
			}
		}
	}
	if m.kind == mName && m.head != "" && e.typ == schema.Organization {
		e.desc[m.head] = true // "Taliban fighters": "the fighters" are the Taliban ([docState.movementRef])
	}
	if e.typ == schema.Person && m.country != nil && m.country.ent != nil && m.country.ent.typ == schema.GPE {
		e.country = m.country.ent
	}
	d.noteWritten(si, e, m, cur)
	if (m.kind == mName || m.kind == mSingle || m.kind == mGroup) && !m.borrowed {
		full := cleanName(m.full)
		if strings.Contains(full, ",") && !strings.Contains(m.surface, ",") {
			full = "" // "A third president, Ivan Lund,": a title set off by a comma is no form of the name
		}
		for _, s := range []string{cleanName(m.surface), m.name, full} {
			if s != "" && s != e.name {
				e.aliases[s] = true
				d.byAlias = nil
			}
		}
	}
}

// bracketAlias returns the organisation whose name comes right before
// the bracket that holds one-word name mention m and nothing else: the short name
// a report gives it ("the Kurdistan Workers' Party (PKK)", "the Halvik
// Institute (HaIn)"), which is then a name of it in the rest of the
// document too. It returns nil for anything else, for a place the
// gazetteer knows ("(Norway)"), and for a full name after its acronym
// ("NFU (Nordic Farmers Union)"), which [docState.acronymFirst] reads.
// An acronym the gazetteer gives another body is the report's own when
// the name before it spells it: "the Syrian Democratic Forces (SDF)" are
// not Japan's Self-Defense Forces, and the document's later "SDF" is
// theirs too. A lower-case "party" may stand between the name and the
// bracket ("the Law and Justice party (PiS)").
func (d *docState) bracketAlias(si int, m *mention, cur []*mention) *docEntity {
	toks := d.input[si].Tokens
	if m.kind != mName && m.kind != mSingle || m.end != m.start+1 && !initialsThenWord(toks, m) || m.start < 2 || m.end >= len(toks) ||
		toks[m.start-1].Text != "(" || toks[m.end].Text != ")" {
		return nil
	}
	before := m.start - 1
	if toks[before-1].Text == "party" {
		before--
	}
	for _, p := range cur {
		if p.end != before || p.ent == nil || p.adj || p.possessive || p.ent.typ != schema.Organization {
			continue
		}
		if f := strings.Fields(p.ent.name); m.end != m.start+1 && (m.gaz != nil || len(f) < 3 || f[len(f)-1] != toks[m.end-1].Text) {
			return nil // "the University of Hawaii at Manoa (UH Manoa)": the initials and the name's last word
		}
		if m.gaz != nil {
			w := toks[m.start].Text
			if m.gaz.typ != schema.Organization || !isAcronym(w) || acronym(p.ent.name) != w || oneWordApart(m.gaz.name, p.ent.name) {
				return nil // "Iranian Revolutionary Guard Corps (IRGC)" is the gazetteer's body
			}
			if d.ownAcronyms == nil {
				d.ownAcronyms = map[string]*docEntity{}
			}
			d.ownAcronyms[w] = p.ent
			m.gaz, m.name = nil, w
			return p.ent
		}
		e := p.ent
		if place := d.ofPlaceAcronym(p.ent.name, m); place != nil {
			e = place // "the Parliament of New South Wales (NSW)": the state's initials
		}
		if k := normKey(m.name); k != "" && d.byKey[k] == nil {
			d.byKey[k] = e
		}
		return e
	}
	return nil
}

// initialsThenWord reports whether the name m is two words, capitals and
// a capitalised word ("UH Manoa", "UC Berkeley"): a short form of a long
// name that ends in the word.
func initialsThenWord(toks []nlp.Token, m *mention) bool {
	return m.end == m.start+2 && isAcronym(toks[m.start].Text) && len(toks[m.start].Text) > 1 && isCap(toks[m.start+1].Text) &&
		!isAcronym(toks[m.start+1].Text)
}

// named returns the entity of a full name, creating it if needed. A
// person's name joins an earlier person whose name contains it or is
// contained in it ("Kim Jong Bok" and "General Kim Jong Bok"), or shares
// its first and last words ([sameEnds]).
//
// A name set after a family noun names another person than the noun's
// possessor not, so not is no candidate for it: "her mother, Vera Morgan
// Lind" after "Vera Lind" ([kinOwner]). not may be nil.
func (d *docState) named(m *mention, not *docEntity) *docEntity {
	name, forced := d.r.merged(m)
	if name == "" {
		name = m.name
	}
	if e := d.surnameOfPerson(m); e != nil && !forced {
		return e
	}
	if e, _ := lookupKey(d.byKey, name); e != nil {
		return e
	}
	if e := d.lastWordName(name); e != nil && !forced && m.gaz == nil && (m.typ == schema.Organization || m.typ == schema.Person && d.r.g.givenGender(name+" x") == 0) {
		return e // "United" after "Manchester United"
	}
	if e := d.headlessBody(m, name); e != nil && !forced {
		return e // "Steven Wolf at Saint Francis said" after "Saint Francis Hospital"
	}
	if m.typ == schema.Person && !forced {
		words := nameWords(name)
		g := m.gender
		if g == 0 {
			g = d.r.g.givenGender(name)
		}
		e := d.recent(func(e *docEntity) bool {
			// "Michael Howard" is not the "Mrs Howard" of a headline.
			return e.typ == schema.Person && e != not && !d.r.forbidden(name, e) && (g == 0 || e.gender == 0 || g == e.gender) &&
				(contains(e.tokens, words) && !(len(words) == 1 && fatherName(e.tokens, words[0])) || contains(words, e.tokens) || sameEnds(e.tokens, words) ||
					skipsNames(e.tokens, words) || skipsNames(words, e.tokens))
		})
		if e != nil {
			if len(words) > len(e.tokens) && (contains(words, e.tokens) || sameEnds(words, e.tokens)) {
				// Not past a left-out given name: the name a person goes
				// by stays ("Otto Jespersen", not "Jens Otto Harry
				// Jespersen").
				d.rename(e, name)
			}
			return e
		}
	}
	if e := d.acronymFirst(name, m); e != nil && !forced {
		d.rename(e, name) // "donated to USI ... at the University of Southern Indiana"
		return e
	}
	return d.create(name, m)
}

// headlessBody returns the organisation named earlier in the document
// whose name is name, a person's guessed name of two words or more that
// opens with no given name, and one head word after it ([shortenedHeads]:
// "Velmor Memorial said" after "Velmor Memorial Hospital"): a report
// shortens a body's name by its head noun, and the words left are no
// person's. It returns nil otherwise.
func (d *docState) headlessBody(m *mention, name string) *docEntity {
	if m.typ != schema.Person || !m.guess || m.gaz != nil || len(m.titles) > 0 {
		return nil
	}
	words := strings.Fields(name)
	if len(words) < 2 || d.r.g.given(words[0]) {
		return nil
	}
	return d.recent(func(e *docEntity) bool {
		if e.typ != schema.Organization {
			return false
		}
		var fArr [16]string
		f := appendFields(fArr[:0], e.name)
		return len(f) == len(words)+1 && slices.Equal(f[:len(words)], words) && shortenedHeads[f[len(f)-1]]
	})
}

// shortenedHeads are the head words of bodies that reports leave out after
// naming the body once ("Saint Francis" for Saint Francis Hospital,
// "Halvik" for Halvik University).
var shortenedHeads = map[string]bool{
	"Hospital": true, "University": true, "College": true, "Institute": true, "School": true, "Academy": true,
	"Company": true, "Corporation": true, "Group": true, "Club": true,
}

// stateQualified returns the organisation that organisation name m of
// sentence si, of no body the gazetteer knows, names without the sovereign
// state before it: a report names a body once with its state ("the UK
// Supreme Court", "the British parliament") and by the rest after ("the
// Supreme Court", "Parliament"), and both are one body, not a second one
// that every country's bare "Parliament" would share across documents. m's
// name must be the rest of exactly one organisation's name after a state's
// name or adjective. The body keeps the state's adjective form ("American
// supreme court") as an alias, by which a [Canon] joins the same body
// across documents. A region's or city's body ("the Wisconsin Supreme
// Court", "the Iowa Democratic Party") is no other name of the nation's,
// a party's chapter none of the party, and a body another's possessive
// names ("the commonwealth's House of Representatives") none of the one a
// state names; nor is the other order evidence ("the House of
// Representatives" before "the U.S. House of Representatives"). It
// returns nil otherwise.
func (d *docState) stateQualified(si int, m *mention) *docEntity {
	if m.typ != schema.Organization || m.gaz != nil || partyNamed(m.name, nil) {
		return nil
	}
	if _, forced := d.r.merged(m); forced {
		return nil
	}
	toks := d.input[si].Tokens
	k := m.start
	if k > 0 && strings.EqualFold(toks[k-1].Text, "the") {
		k--
	}
	if k > 0 && (toks[k-1].Tag == "POS" || toks[k-1].Tag == "PRP$") {
		return nil
	}
	words := strings.Fields(strings.ToLower(m.name))
	var found *docEntity
	var st *mention
	var buf [8]string
	for _, e := range d.ents {
		if e.typ != schema.Organization {
			continue
		}
		f := appendFields(buf[:0], e.name)
		if len(f) <= len(words) || !slices.EqualFunc(f[len(f)-len(words):], words, strings.EqualFold) {
			continue
		}
		s := d.r.stateNamed(strings.Join(f[:len(f)-len(words)], " "))
		if s == nil || !d.r.sovereign(d.r.g.entries[normKey(s.name)]) {
			continue
		}
		if found != nil && found != e {
			return nil // "the Senate" after "the Italian Senate" and "the French Senate"
		}
		found, st = e, s
	}
	if found != nil {
		found.aliases[d.r.stateBody(st, strings.ToLower(m.name))] = true
		d.byAlias = nil
		d.byKey[normKey(m.name)] = found // a later "parliament" the headline writes
		return found
	}
	if m.end < len(toks) && toks[m.end].Text == "of" {
		return nil // "the High Court of the United Kingdom": the state is written
	}
	return d.homeBody(m.name)
}

// bareBodies are the bodies a state has one of, which a report about
// the state names bare ("Parliament", "the Supreme Court").
var bareBodies = map[string]bool{
	"parliament": true, "supreme court": true, "constitutional court": true, "high court": true,
	"national assembly": true, "cabinet": true, "house of representatives": true,
}

// homeBody returns the body of the state the document is about
// ([docState.homeState]) that name, one of [bareBodies], names bare:
// the "British parliament" for "Parliament" in a report about the UK,
// which it creates, named as [Resolver.stateBody] names it. It returns nil
// for other names, when the document is about no one state, and when it
// names such a body of a region or a city ("the Puerto Rico Supreme
// Court"): the bare name may be that one.
func (d *docState) homeBody(name string) *docEntity {
	lower := strings.ToLower(name)
	if !bareBodies[lower] {
		return nil
	}
	for _, e := range d.ents {
		if e.typ == schema.Organization && strings.HasSuffix(strings.ToLower(e.name), " "+lower) {
			return nil
		}
	}
	home := d.homeState()
	if home == nil {
		return nil
	}
	if lower == "house of representatives" {
		// The US chamber of Congress, by the name [usChambers] gives it;
		// other reports may write of the US House too.
		if home.name != "United States" {
			return nil
		}
		e := d.congressChamber("representative")
		d.byKey[normKey(name)] = e
		return e
	}
	body := d.r.stateBody(&mention{name: home.name}, lower)
	e := d.byKey[normKey(body)]
	if e == nil {
		e = d.create(body, &mention{typ: schema.Organization})
	}
	d.byKey[normKey(name)] = e
	return e
}

// surnameOfPerson returns the most recent person of the document whose
// name ends in the words of m, a name of several words that only the
// recogniser typed, as a place's ("La Velma said" after "Gloria La
// Velma"), or nil: a surname of two words, which the recogniser reads as
// a place's when it meets it alone. A band named after a family ("Van
// Halen", an organisation's) is no surname.
func (d *docState) surnameOfPerson(m *mention) *docEntity {
	if !m.guess || !isPlaceType(m.typ) || m.gaz != nil || len(m.titles) > 0 || m.end-m.start < 2 {
		return nil
	}
	words := nameWords(m.name)
	return d.recent(func(e *docEntity) bool {
		return e.typ == schema.Person && len(e.tokens) > len(words) && slices.Equal(e.tokens[len(e.tokens)-len(words):], words) && !d.r.forbidden(m.name, e)
	})
}

// bodyNamedSurname returns the person of the document whose name of two
// words or more ends in the one word of name mention m, a name that the
// gazetteer knows as an organisation's ("Bloomberg" after "Michael
// Bloomberg", the news agency's name too): a report names a person in full
// once and by the surname after, and the person so named is the nearer
// reading. The words of a source beside it ("told Bloomberg", "according
// to Bloomberg", "Bloomberg reported") keep the body; so does a title
// ("Bloomberg chief executive Ann Lee"). It returns nil otherwise, and then
// m stays the body's.
func (d *docState) bodyNamedSurname(si int, m *mention) *docEntity {
	if m.gaz == nil || m.gaz.typ != schema.Organization || m.end != m.start+1 || len(m.titles) > 0 {
		return nil
	}
	toks := d.input[si].Tokens
	w := toks[m.start].Lower()
	if w != strings.ToLower(m.name) || sourceOfReport(toks, m.start, m.end) {
		return nil
	}
	e := d.recent(func(e *docEntity) bool {
		return e.typ == schema.Person && len(e.tokens) >= 2 && e.tokens[len(e.tokens)-1] == w && personalName(e.name) && !d.r.forbidden(m.name, e)
	})
	if e == nil {
		return nil
	}
	m.typ, m.gaz = schema.Person, nil
	return e
}

// personalName reports whether name reads as a person's own: every word
// capitalised and the first no acronym ("Michael Bloomberg"; not a
// description taken for a name, "CEO of Halvik").
func personalName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 || isAcronym(f[0]) {
		return false
	}
	for _, w := range f {
		if !isCap(w) {
			return false
		}
	}
	return true
}

// sourceOfReport reports whether the name at toks[start:end] is cited as a
// report's source: "told Bloomberg", "according to Bloomberg", "reported
// by Bloomberg", "Bloomberg reported", "a Bloomberg report", or a name
// before a title or a body's noun ("Bloomberg editor Ann Lee", "Bloomberg
// News").
func sourceOfReport(toks []nlp.Token, start, end int) bool {
	if start > 0 {
		switch p := toks[start-1].Lower(); {
		case p == "told" || p == "tells" || p == "tell":
			return true
		case p == "to" && start > 1 && toks[start-2].Lower() == "according":
			return true
		case p == "by" && start > 1 && strings.HasPrefix(toks[start-2].Lower(), "report"):
			return true
		}
	}
	if end < len(toks) {
		n := toks[end]
		if strings.HasPrefix(n.Lower(), "report") || n.Tag == "NN" || n.Tag == "NNS" || n.Tag == "NNP" || n.Tag == "NNPS" {
			return true // "Bloomberg reported", "a Bloomberg report", "Bloomberg News"
		}
	}
	return false
}

// acronymFirst returns the organisation that an earlier mention named by
// the acronym of name, the full name of organisation mention m, before
// the full name came ("donated to USI", then "the University of Southern
// Indiana"): an entity of that acronym alone, which [docState.single]
// would have joined to the full name had it come first. It returns nil
// otherwise.
func (d *docState) acronymFirst(name string, m *mention) *docEntity {
	if m.typ != schema.Organization {
		return nil
	}
	a := acronym(name)
	if len(a) < 3 {
		return nil
	}
	e := d.byKey[normKey(a)]
	if e == nil || e.typ != schema.Organization || e.name != a || len(e.aliases) > 0 || d.r.forbidden(name, e) {
		return nil
	}
	return e
}

// single resolves one capitalised word: a forced alias, a word of a
// person's name (when two share it, the person mentioned most so far, the
// most recent on a tie: "Haddad" in a report on Omar Haddad is he, not
// his father Karim Said Haddad named just before; "Hadid" in a
// life of Zaha Hadid is she, not her father), an acronym or a name seen
// before; else a new entity of the mention's hinted type, or nothing.
func (d *docState) single(si int, m *mention) *docEntity {
	if name, ok := d.r.merged(m); ok {
		if e := d.byKey[normKey(name)]; e != nil {
			return e
		}
		m.typ = schema.Person
		if m.hint != "" {
			m.typ = m.hint
		}
		return d.create(name, m)
	}
	if e := d.byKey[normKey(m.name)]; e != nil && e.typ != schema.Person && isAcronym(m.name) && len(m.titles) == 0 {
		// "USI" after "the University of Southern Indiana (USI)" is the
		// body, though a name read as a person's holds the word ("USI
		// Art Collections").
		return e
	}
	if mixedAcronym(m.name) {
		// "BoN" after "the Bank of Norway", "DoJ" after "the Department
		// of Justice": the initials keep the small words' small letters.
		if e := d.recent(func(e *docEntity) bool {
			return (e.typ == schema.Organization || e.typ == schema.GPE) && smallInitials(e.name) == m.name && !d.r.forbidden(m.name, e)
		}); e != nil {
			return e
		}
	}
	if e := d.firstWordBody(m); e != nil && !d.inItself(si, m, e) {
		return e
	}
	w := strings.ToLower(m.name)
	honor := slices.ContainsFunc(m.titles, func(t *title) bool { return honorific(t) && !royalTitles[t.name] })
	var top *docEntity
	for _, e := range d.ents {
		// "Mrs Howard" is not Michael Howard; "Mr Howard" is not Howard
		// Flight: after an honorific the word is a surname, which opens
		// a name written surname first ("Mr Kwon" is Kwon Yung-soo). A
		// royal title goes before a given name ("Princess Ubolratana").
		if honor && len(e.tokens) >= 2 && e.tokens[0] == w && e.tokens[len(e.tokens)-1] != w && !d.r.g.surnameFirst(e.name) {
			continue
		}
		if e.typ == schema.Person && slices.Contains(e.tokens, w) && !fatherName(e.tokens, w) && !d.r.forbidden(m.name, e) &&
			(m.gender == 0 || e.gender == 0 || m.gender == e.gender) &&
			(top == nil || e.n > top.n || e.n == top.n && top.last.less(e.last)) {
			top = e
		}
	}
	if top != nil {
		if e := d.namedJustBefore(si, m, w, top); e != nil {
			return e
		}
		return top
	}
	if e := d.byKey[normKey(m.name)]; e != nil {
		return e
	}
	var buf [16]byte
	if e := d.recent(func(e *docEntity) bool {
		return (e.typ == schema.Organization || e.typ == schema.GPE || e.typ == schema.Concept && e.gaz != nil) &&
			string(appendAcronym(buf[:0], e.name)) == m.name && !d.r.forbidden(m.name, e)
	}); e != nil {
		return e
	}
	if isAcronym(m.name) {
		// "The CHP" after "the Republican People's Party (CHP)".
		if e := d.recent(func(e *docEntity) bool { return e.typ == schema.Organization && e.aliases[m.name] }); e != nil {
			return e
		}
	}
	if e := d.headName(m.name); e != nil && len(m.titles) == 0 && !d.inItself(si, m, e) {
		// A title makes a person: "President Bush" is no short name of
		// "the Bush Administration".
		return e
	}
	if e := d.lastWordName(m.name); e != nil && m.gaz == nil && d.r.g.givenGender(m.name+" x") == 0 {
		return e
	}
	if e := d.stateOfWord(m.name); e != nil && len(m.titles) == 0 {
		return e
	}
	if p := d.r.g.person(m.name); p != nil && !d.r.forbid[[2]string{normKey(m.name), normKey(p.name)}] {
		// A well-known person's surname that no one in the document
		// carries: "Zelensky" is Volodymyr Zelensky in every document.
		if e := d.byKey[normKey(p.name)]; e != nil {
			return e
		}
		m.typ, m.gaz, m.gender = schema.Person, p, p.gender
		return d.create(p.name, m)
	}
	if m.hint == "" && m.guess && len(m.titles) == 0 {
		// "a win over Halvorsdore at Brindle" before "To Halvorsdore's
		// credit": a word the document goes on to name a place or a side
		// with is that name here too.
		m.hint = d.laterHints[m.name]
	}
	if m.hint == "" {
		return nil
	}
	m.typ = m.hint
	return d.create(m.name, m)
}

// wordHints returns the first place or body type that a lone word's
// mentions in ms are hinted with, by the word; none for a word of a
// longer name in ms ("House" beside "White House"), which it may stand
// for.
func wordHints(ms [][]*mention) map[string]schema.EntityType {
	hinted := func(m *mention) bool {
		return m.kind == mSingle && m.name != "" && (m.hint == schema.GPE || m.hint == schema.Organization)
	}
	if !slices.ContainsFunc(ms, func(s []*mention) bool { return slices.ContainsFunc(s, hinted) }) {
		return nil // most documents: no word of a longer name need be gathered
	}
	var h map[string]schema.EntityType
	inNames := map[string]bool{}
	var buf [8]string
	for _, s := range ms {
		for _, m := range s {
			if f := appendFields(buf[:0], m.name); len(f) > 1 {
				for _, w := range f {
					inNames[w] = true
				}
			}
		}
	}
	for _, s := range ms {
		for _, m := range s {
			if !hinted(m) || inNames[m.name] {
				continue
			}
			if _, ok := h[m.name]; ok {
				continue
			}
			if h == nil {
				h = map[string]schema.EntityType{}
			}
			h[m.name] = m.hint
		}
	}
	return h
}

// royalTitles are the honorifics that go before a royal's given name,
// not a surname ("Princess Ubolratana" is Ubolratana Mahidol).
var royalTitles = map[string]bool{"Princess": true, "Crown Princess": true}

// namedJustBefore returns the person other than top whose full name
// holds the word w of one-word mention m in sentence si and was written
// last, in the sentence before m or earlier in its own, not as a
// possessive, when top, the person mentioned most so far, is not
// mentioned there nor in the sentence before those: "... and painter
// Ola Berg; she later called her years with Berg her best
// ones" is Ola Berg, though Kari Berg is named more.
// A name after a kin noun ("his father, Karim Said Haddad")
// names a relative of the report's subject, whom the surname alone goes
// on naming, so it returns nil for it, as it does for a person of
// another sex than m's.
func (d *docState) namedJustBefore(si int, m *mention, w string, top *docEntity) *docEntity {
	if si == 0 || top.mentions[si] || top.mentions[si-1] || top.mentions[si-2] {
		return nil
	}
	var last *mention
	lastSent := -1
	for _, j := range []int{si - 1, si} {
		toks := d.input[j].Tokens
		for _, c := range d.sents[j] {
			if j == si && c.start >= m.start {
				break
			}
			if c.ent == nil || c.ent == top || c.ent.typ != schema.Person || c.kind != mName || c.possessive || c.end-c.start < 2 ||
				!slices.Contains(c.ent.tokens, w) || m.gender != 0 && c.ent.gender != 0 && m.gender != c.ent.gender {
				continue
			}
			k := c.start - 1
			if k >= 0 && toks[k].Text == "," {
				k--
			}
			if k >= 0 && (kinGender[toks[k].Lower()] != 0 || childNouns[toks[k].Lower()]) {
				continue
			}
			last, lastSent = c, j
		}
	}
	if last == nil || lastSent < 0 {
		return nil
	}
	return last.ent
}

// headNoun reports whether token k, right after an organisation's head
// noun written alone, makes it a body's short name: a possessive or a
// noun of its staff or business ("Alliance chairman", "the Bank's").
func headNoun(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k]
	return w.Tag == "POS" || (bizAfter[w.Text] || staffNouns[w.Text]) && strings.HasPrefix(w.Tag, "NN")
}

// capTitleAt reports whether token k opens a title written with capitals
// ([Resolver.titleAt]: "President"; a staff noun: "Member"), which makes a lone
// word before it the short name of the body where the title is held
// ("Council President Ann Lee").
func (r *Resolver) capTitleAt(toks []nlp.Token, k int) bool {
	if k >= len(toks) || !isCap(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "NN") {
		return false
	}
	if staffNouns[strings.ToLower(toks[k].Text)] {
		return true // "Board Member Ann Lee", "Party Spokesman"
	}
	end, _ := r.titleAt(toks, k)
	return end > 0
}

// headName returns the most recent site or body of the document that a
// lone capitalised word names by the rest of its name ("Belmarsh" after
// "Belmarsh Prison", "Broadmoor" after "Broadmoor Hospital") or by its
// head noun ("Alliance" after "the Countryside Alliance", "the Bank's
// committee" after "the Bank of England"), or nil.
// stateOfWord returns the state of the document whose formal name ends
// in "of" and w, or "of the" and w ("Congo" after "the Democratic Republic
// of the Congo", "Korea" after "the Republic of Korea"), when exactly one
// does, or nil.
func (d *docState) stateOfWord(w string) *docEntity {
	if !isCap(w) || strings.Contains(w, " ") {
		return nil
	}
	var found *docEntity
	for _, e := range d.ents {
		if e.typ != schema.GPE || e.gaz == nil || e.gaz.in != "" {
			continue
		}
		f := strings.Fields(e.name)
		if n := len(f); n < 3 || f[n-1] != w || f[n-2] != "of" && (f[n-2] != "the" || f[n-3] != "of") {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

func (d *docState) headName(w string) *docEntity {
	head := d.r.g.is("orghead", w)
	return d.recent(func(e *docEntity) bool {
		if e.typ != schema.Organization && e.typ != schema.Location || e.gaz != nil && !head {
			return false
		}
		var fArr [16]string
		f := appendFields(fArr[:0], e.name)
		if len(f) < 2 {
			return false
		}
		if head {
			return e.typ == schema.Organization && (f[0] == w || f[len(f)-1] == w)
		}
		last := f[len(f)-1]
		// "Lycos" after "Lycos Europe": a company's arm named by its
		// region ([Resolver.regionalArm]).
		return len(f) == 2 && f[0] == w && (siteWords.has(last) || companyHeads[last] || tradeNameHeads[last] || unknownNameHeads[last] || d.r.g.is("orghead", last) || d.r.worldRegion(last))
	})
}

// inItself reports whether the one-word mention m stands right after
// "in" that follows a mention of e, the body or site whose first word m
// is: "the Dorval Abbey in Dorval, France" names the town the abbey is
// in, not the abbey again.
func (d *docState) inItself(si int, m *mention, e *docEntity) bool {
	toks := d.input[si].Tokens
	k := m.start - 1
	if k < 1 || toks[k].Lower() != "in" {
		return false
	}
	return slices.ContainsFunc(d.sents[si], func(c *mention) bool { return c.end == k && c.ent == e })
}

// firstWordBody returns the most recent organisation of two capitalised
// words, of three that end in an organisation's head ("Ford" of the "Ford
// Motor Company"), or of a body's head noun and "of" after one word
// ("Scripps" of the "Scripps Institution of Oceanography"), unknown to the gazetteer,
// whose first word the lone word m is when only the recogniser or a reporting verb or a preposition types m
// and no entity has m's name ("Velmora was formed" after 'a group called
// "Velmora Tarsik"'), or nil: a body's short name. Not "Morrison" of the
// "Morrison government", nor a word the document writes in lower case
// ("Women" of "Women World").
func (d *docState) firstWordBody(m *mention) *docEntity {
	if !m.guess && !m.weak || m.hint == schema.Organization && !m.weak || len(m.titles) > 0 || m.gaz != nil || d.byKey[normKey(m.name)] != nil {
		return nil
	}
	e := d.recent(func(e *docEntity) bool {
		if e.typ != schema.Organization || e.gaz != nil {
			return false
		}
		var fArr [16]string
		f := appendFields(fArr[:0], e.name)
		if len(f) > 2 && m.hint == schema.GPE && m.weak && (d.r.g.is("regionhead", f[1]) || localLevels[f[1]]) {
			// "born in Tallmark" after "the Tallmark District Court":
			// the word before a region's or a town's level in a body's
			// name is the place the body serves, and a lone mention of
			// it after "in", "to" or "from" is that place.
			return false
		}
		return f[0] == m.name && (len(f) == 2 && isCap(f[1]) || len(f) > 3 && f[2] == "of" && d.r.g.is("orghead", f[1]) ||
			len(f) == 3 && isCap(f[1]) && d.r.g.is("orghead", f[2]))
	})
	if e == nil {
		return nil
	}
	low := strings.ToLower(m.name)
	for _, s := range d.input {
		for _, t := range s.Tokens {
			if t.Text == low {
				return nil // "Women" of "Women World": a word, no name
			}
		}
	}
	return e
}

// localLevels are the words after a place's name in a local body's name
// that the gazetteer's region heads leave out ("Tallmark City Council",
// "the Brinkley Regional Court").
var localLevels = map[string]bool{"City": true, "Town": true, "Regional": true, "Municipal": true, "Provincial": true, "Metropolitan": true}

// objectCase are the pronouns that are objects only.
var objectCase = map[string]bool{"him": true, "her": true, "them": true}

// sameClause reports whether toks[a:b], between an actor and a pronoun,
// holds one verb group and no clause boundary: the actor is then the
// subject of the pronoun's clause ("praised", "had inspired"), not of a
// clause around it ("said Wu had inspired", "asked Ann Lee to help").
//
// An apposition set off by commas before the verb is no boundary ("Tom Wu,
// the party leader, praised her"). The comma that closes one around the
// actor ("Her professor, Koolhaas, described her") is left a boundary:
// read through, it sent "her" to a wrong earlier name in gumtext.
func sameClause(toks []nlp.Token, a, b int) bool {
	groups, inVerb := 0, false
	boundary := func(t nlp.Token) bool {
		return t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "CC" ||
			strings.EqualFold(t.Text, "that") || t.Tag == "``" || t.Tag == "''"
	}
	for i := a; i < b; i++ {
		t := toks[i]
		verb := strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "TO"
		if t.Text == "," && groups == 0 {
			j := i + 1
			for j < b && !boundary(toks[j]) && !strings.HasPrefix(toks[j].Tag, "VB") && toks[j].Tag != "MD" {
				j++
			}
			if j > i+1 && j < b && toks[j].Text == "," {
				i = j // "Tom Wu, the party leader, praised her"
				continue
			}
		}
		switch {
		case verb && !inVerb:
			groups++
		case boundary(t):
			return false
		}
		inVerb = verb || inVerb && strings.HasPrefix(t.Tag, "RB")
	}
	return groups == 1
}

// bracketAcronym returns the organisation named right before acronym m,
// which brackets enclose: "the Republican People's Party (CHP)" gives the
// party its Turkish initials, which no English initials match
// ([docState.single] reads those). It returns nil otherwise.
func (d *docState) bracketAcronym(si int, m *mention, cur []*mention) *docEntity {
	toks := d.input[si].Tokens
	if !isAcronym(m.name) || m.start < 2 || m.end >= len(toks) || toks[m.start-1].Text != "(" || toks[m.end].Text != ")" {
		return nil
	}
	for _, c := range cur {
		if c.end == m.start-1 && c.ent != nil && c.ent.typ == schema.Organization && named(c) && !c.adj &&
			strings.Contains(c.ent.name, " ") && !d.r.forbidden(m.name, c.ent) {
			if o := d.byKey[normKey(m.name)]; o != nil && o != c.ent {
				return nil // the acronym names another body already
			}
			return c.ent
		}
	}
	return nil
}

// ofPlaceAcronym returns the place named after "of" in body name when
// acronym m spells that place's initials and not the body's: "the
// Parliament of New South Wales (NSW)" gives the state its initials, which
// later name the state ("NSW had the strictest law"), not the parliament.
// It returns nil otherwise.
func (d *docState) ofPlaceAcronym(name string, m *mention) *docEntity {
	_, place, ok := strings.Cut(name, " of ")
	if !ok || acronym(place) != m.name || acronym(name) == m.name {
		return nil
	}
	g := d.r.g.entries[normKey(place)]
	if g == nil || g.typ != schema.GPE {
		return nil
	}
	if e := d.byKey[normKey(place)]; e != nil {
		return e
	}
	m.typ, m.gaz = g.typ, g
	return d.create(g.name, m)
}

// oneWordApart reports whether names a and b of as many words differ in one
// word at most: two spellings of one name ("Islamic Revolutionary Guard
// Corps", "Iranian Revolutionary Guard Corps").
func oneWordApart(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) != len(bw) {
		return false
	}
	n := 0
	for i := range aw {
		if !strings.EqualFold(aw[i], bw[i]) {
			n++
		}
	}
	return n <= 1
}

// lastWordName returns the organisation of the document whose name of two
// to four capitalised words ends in w ("United" after "Manchester United",
// "Sachs" after "Goldman Sachs", "the Lakers" after "the Los Angeles
// Lakers"; "Transport" is no short name of "Ministry of Transport"), when
// exactly one does and w is no word that ends the names of many bodies or
// places ("Party", "Bank", "City": [docState.headName]
// reads those); it returns nil otherwise. Two such names ("Manchester
// United", "Leeds United") leave w to neither, and a place's word is the
// place ("Madrid" after "Real Madrid" is the city).
func (d *docState) lastWordName(w string) *docEntity {
	if !isCap(w) || strings.Contains(w, " ") || d.r.g.entries[normKey(w)] != nil {
		return nil
	}
	lw := strings.ToLower(w)
	for _, k := range []string{"orghead", "placehead", "regionhead", "orgfirst", "notname"} {
		if d.r.g.is(k, w) {
			return nil
		}
	}
	if siteWords.has(lw) || companyHeads[lw] || unknownNameHeads[w] || tradeNameHeads[w] || orgDescriptors[lw] {
		return nil
	}
	var found *docEntity
	var buf [8]string
	for _, e := range d.ents {
		if e.typ != schema.Organization {
			continue
		}
		f := appendFields(buf[:0], e.name)
		if len(f) < 2 || len(f) > 4 || f[len(f)-1] != w || slices.ContainsFunc(f, func(x string) bool { return !isCap(x) }) {
			continue
		}
		if e.gaz != nil || found != nil {
			return nil
		}
		found = e
	}
	return found
}

// pronoun resolves a pronoun to the most recent compatible actor before it
// in its sentence (preferring one not in a possessive, so "its" in "For
// North Korea, aiding Russia's war effort ... its power" is North Korea),
// else to the most salient compatible actor of the previous sentences: the
// first one not in a possessive, looking back up to three sentences (one
// for "its"). An
// actor of that window with more mentions so far wins over the pick
// ([docState.salient]), and over a subject of the sentence before only
// with more than five times its mentions (a life's subject after a
// person named once: "Otto Weiss reviewed the book. The review hurt his
// reputation"). "It" resolves only when it speaks
// ([docState.speakingIt]). He or she first looks only at actors whose
// given name, if that is all that tells their sex, agrees ([docEntity]
// likely), then, finding none, at all of them: "Ola" is a woman's name
// in English lists and a man's in Norway. A he or she after a person the
// text does not name, closer than the pick, resolves to no one
// ([docState.unnamedBetween]).
func (d *docState) pronoun(si int, m *mention, cur []*mention) *docEntity {
	if m.count > 0 {
		return d.namedSet(si, m) // "Both countries have put their militaries on alert"
	}
	if m.geo {
		if e := d.state(si, m, cur); e != nil {
			return e
		}
	}
	if e := d.spokesmanBody(si, m, cur); e != nil {
		return e // "Velmora spokeswoman Ann Lee said they had paid"
	}
	if (m.pron == "it" || m.pron == "itself") && !d.speakingIt(si, m) {
		if e := d.clauseIt(si, m); e != nil {
			return e
		}
		return d.topicIt(si, m)
	}
	if m.pron == "them" && d.coordinatedObject(si, m) {
		return nil // "obtained the messages ... and released them": the messages
	}
	if e := d.saidThey(si, m, cur); e != nil {
		return e // "UNICEF reported they had delivered"
	}
	if e := d.accordingThem(si, m, cur); e != nil {
		return e // "According to the Post, Ann Lee told them"
	}
	if m.dual {
		if g := d.pairBefore(si, m.start, true); g != nil && d.titledPair(si, g, m.head) {
			return g // "Tom Wu met Ann Lee. Police arrested both men."
		}
		if titledPairNouns[m.head] != nil {
			return nil // "the two leaders": none but two holders of the title
		}
	}
	likely, loose := compatible(m.pron, true), compatible(m.pron, false)
	o := asPredicateObject(d.input[si].Tokens, m, cur) // "Carroll selected Patel as his running mate": his is Carroll's
	if o == nil {
		o = appositionHost(d.input[si].Tokens, m, cur) // "Airbus, its European rival,": its is not Airbus's
	}
	if o == nil {
		o = ownContrast(d.input[si].Tokens, m, cur) // "sued Tom Berg and his own lawyer": his is the suer's
	}
	if o != nil {
		likely = func(e *docEntity) bool { return e != o && compatible(m.pron, true)(e) }
		loose = func(e *docEntity) bool { return e != o && compatible(m.pron, false)(e) }
	}
	if sp := d.framingSpeaker(si, m); sp != nil {
		// 'Ann Lee said, "He was a great mayor."': she calls herself
		// "I"; he is someone she speaks of.
		l, g := likely, loose
		likely = func(e *docEntity) bool { return e != sp && l(e) }
		loose = func(e *docEntity) bool { return e != sp && g(e) }
	}
	e := d.antecedent(si, m, cur, likely)
	if e == nil && plural[m.pron] {
		e = d.quotedTakeUp(si, m, likely)
	}
	if !gendered[m.pron] {
		return e
	}
	if e == nil {
		e = d.antecedent(si, m, cur, loose)
	}
	if e == nil {
		e = d.topic(si, likely)
	}
	if d.unnamedBetween(si, m, e) {
		m.unnamed = true
		return nil // "the male victim ... police believe him to be 25"
	}
	return e
}

// quotedTakeUp returns the actor that an earlier "they", "them" or "their"
// of the same speech resolved to, for plural pronoun m of sentence si
// that the three sentences before leave unresolved: a speaker goes on
// about the same people over several quoted sentences ('"I put no
// pressure on them," he said. "I could have. But I didn't. I never
// pressed them."'). Every sentence from the earlier pronoun to m must be
// quoted, and no other actor that fits may be named between; it looks
// back at most six sentences.
func (d *docState) quotedTakeUp(si int, m *mention, ok func(*docEntity) bool) *docEntity {
	quoted := func(j int) bool {
		for _, q := range d.qs {
			if q.from <= j && j <= q.to {
				return true
			}
		}
		return false
	}
	if !inQuotes(d.qs, si, m.start) {
		return nil
	}
	for j := si - 1; j >= 0 && j >= si-6 && quoted(j); j-- {
		ms := d.sents[j]
		for k := len(ms) - 1; k >= 0; k-- {
			c := ms[k]
			if c.ent == nil || c.adj || !ok(c.ent) {
				continue
			}
			if !plural[c.pron] {
				return nil // another actor named since
			}
			return c.ent
		}
	}
	return nil
}

// framingSpeaker returns the actor that the reporting clause before the
// quotation holding gendered pronoun m of sentence si names as its
// speaker ('Ann Lee said, "He was ...', 'Lee wrote: "... He won"'), or
// nil. The speaker of a quotation is "I" in it, so not m: [docState.notSpeaker]
// mends such pronouns once every quotation's speaker is known, but the
// sentences resolved before that would count the speaker's mentions.
func (d *docState) framingSpeaker(si int, m *mention) *docEntity {
	if !gendered[m.pron] || strings.HasSuffix(m.pron, "self") {
		return nil
	}
	for _, q := range d.qs {
		if q.from > si {
			break
		}
		if !inQuotes([]quote{q}, si, m.start) || q.start < 2 {
			continue
		}
		s := d.input[q.from]
		a, subject := frameBefore(s, q)
		return d.saidBy(q.from, s, a, q.start-1, subject)
	}
	return nil
}

// asPredicateObject returns the person named as a verb's object right
// before "as" and possessive pronoun m: "selected Patel as his running
// mate", "named Ron Klain as her chief of staff". The role after "as" is
// the object's, held for someone else, so m is not the object; it returns
// nil for anything else.
func asPredicateObject(toks []nlp.Token, m *mention, cur []*mention) *docEntity {
	if m.pron != "his" && m.pron != "her" && m.pron != "their" || m.start < 3 {
		return nil
	}
	if e := passiveSubjectBefore(toks, m, cur); e != nil {
		return e
	}
	if toks[m.start-1].Lower() != "as" {
		return nil
	}
	i := slices.IndexFunc(cur, func(c *mention) bool { return c.end == m.start-1 })
	if i < 0 || cur[i].ent == nil || cur[i].ent.typ != schema.Person || cur[i].possessive {
		return nil
	}
	for k := cur[i].start - 1; k >= 0 && k >= cur[i].start-4; k-- {
		switch t := toks[k]; {
		case strings.HasPrefix(t.Tag, "VB"):
			return cur[i].ent
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNP":
			// "selected fellow teacher Amar Patel": a description
			// between the verb and the name
		default:
			return nil
		}
	}
	return nil
}

// passiveSubjectBefore returns the person who is the subject of a passive
// of choosing right before m, "Ann Lee was picked to be his running
// mate", "Ann Lee was named as his successor": the one chosen holds a
// role of someone else's, so m is not that person. It returns nil for
// anything else.
func passiveSubjectBefore(toks []nlp.Token, m *mention, cur []*mention) *docEntity {
	k := m.start - 1
	switch {
	case toks[k].Lower() == "as":
		k--
	case k >= 1 && toks[k].Lower() == "be" && toks[k-1].Lower() == "to":
		k -= 2
	default:
		return nil
	}
	if k < 1 || toks[k].Tag != "VBN" || !passiveAux[toks[k-1].Lower()] {
		return nil
	}
	i := slices.IndexFunc(cur, func(c *mention) bool { return c.end == k-1 })
	if i < 0 || cur[i].ent == nil || cur[i].ent.typ != schema.Person || cur[i].possessive || !named(cur[i]) {
		return nil
	}
	return cur[i].ent
}

// appositionHost returns the actor named right before the comma that
// possessive pronoun m ([possessiveDeterminers]) opens an apposition
// after: "Airbus, its European rival,", "Ann Lee, his deputy,". The apposition describes the actor by
// a tie to someone else, so m is not that actor; it returns nil for
// anything else.
func appositionHost(toks []nlp.Token, m *mention, cur []*mention) *docEntity {
	if !possessiveDeterminers[m.pron] || m.start < 2 || toks[m.start-1].Text != "," {
		return nil
	}
	i := slices.IndexFunc(cur, func(c *mention) bool { return c.end == m.start-1 })
	if i < 0 || cur[i].ent == nil || cur[i].possessive || !named(cur[i]) {
		return nil
	}
	return cur[i].ent
}

// coordinatedObject reports whether m, an object "them" of sentence si
// right after its verb, takes up the plural noun that is the object of a
// verb coordinated with it, a noun that names no actor: "obtained the
// messages between Ann Lee and eleven others and released them", "kept
// their dogs inside for months and seldom let them". Only
// adverbs, auxiliaries, a comma and "and", "or" or "but" may stand
// between the noun and the verb; "blocked roads and police arrested them"
// has a subject of its own, whose object is the actor before.
func (d *docState) coordinatedObject(si int, m *mention) bool {
	toks := d.input[si].Tokens
	if m.start < 3 || !strings.HasPrefix(toks[m.start-1].Tag, "VB") {
		return false
	}
	joined := false
	for k := m.start - 2; k >= 0; k-- {
		t := toks[k]
		switch w := t.Lower(); {
		case w == "and" || w == "or" || w == "but" || w == ",":
			joined = true
		case strings.HasPrefix(t.Tag, "RB") || t.Tag == "MD" || auxiliaries[w]:
		case t.Tag == "NNS":
			return joined && !slices.ContainsFunc(d.sents[si], func(c *mention) bool { return c.start <= k && k < c.end })
		default:
			return false
		}
	}
	return false
}

// auxiliaries are the forms of the verbs that stand before another
// verb: "and had released them".
var auxiliaries = map[string]bool{
	"have": true, "has": true, "had": true, "be": true, "been": true, "is": true, "are": true, "was": true, "were": true,
	"do": true, "did": true, "does": true,
}

// topic returns the person that the document has mentioned most so far,
// at least three times and within the last topicWindow sentences, if it
// passes ok: the subject of a life or a report, taken up by a "he" after
// sentences that name no one who fits.
func (d *docState) topic(si int, ok func(*docEntity) bool) *docEntity {
	for back := 0; back <= 2 && si-back >= 0; back++ {
		if genericOpen(d.input[si-back].Tokens) {
			return nil
		}
	}
	var top *docEntity
	for _, e := range d.ents {
		if e.typ == schema.Person && e.n >= 3 && e.last.sent >= si-topicWindow && ok(e) && (top == nil || e.n > top.n) {
			top = e
		}
	}
	return top
}

const topicWindow = 10

// genericPerson reports whether sentence toks opens with an indefinite
// article, a noun of a person and a relative pronoun, a verb or a modal:
// "A person who acts without reasonable care does no wrong", "A juror
// must be impartial". A "he" after it in the sentence or the next is
// that anyone, not a person named before.
func genericPerson(toks []nlp.Token) bool {
	k := 0
	for k < len(toks) && quoteMark(toks[k].Text) != 0 {
		k++
	}
	if k >= len(toks) || toks[k].Text != "A" && toks[k].Text != "An" {
		return false
	}
	h := nounHead(toks, k+1)
	if h < 0 || h+1 >= len(toks) {
		return false
	}
	if w := toks[h].Lower(); w != "person" && w != "individual" && w != "citizen" && !describesPerson(w) {
		return false
	}
	next := toks[h+1]
	return next.Lower() == "who" || strings.HasPrefix(next.Tag, "VB") || next.Tag == "MD"
}

// genericOpen reports whether sentence toks opens with an indefinite
// article ("A defendant is not a wrongdoer at large."): a rule about
// anyone, whose "he" is no one named.
func genericOpen(toks []nlp.Token) bool {
	for _, t := range toks {
		if quoteMark(t.Text) != 0 {
			continue
		}
		return t.Text == "A" || t.Text == "An"
	}
	return false
}

// antecedent resolves pronoun m of sentence si, as [docState.pronoun]
// says, to an actor that passes ok.
func (d *docState) antecedent(si int, m *mention, cur []*mention, ok func(*docEntity) bool) *docEntity {
	if e := conjoinedOwner(d.input[si].Tokens, m, cur, ok); e != nil {
		return e
	}
	if e := d.continuedSpeaker(si, m, ok); e != nil {
		return e
	}
	if e := d.teller(si, m, cur, ok); e != nil {
		return e
	}
	if e := d.sayer(si, m, cur, ok); e != nil {
		return e
	}
	var best, poss *docEntity
	// claim marks a possessor whose claim holds the pronoun: "Lee's
	// assurances he had no part": the pronoun is the possessor's.
	claim := false
	bestEnd := -1
	inSentence, subject := false, false
	// patient marks an antecedent that is the object of a verb in the
	// sentence before ("Police arrested Ivar Dahl."), which a passive
	// subject takes up ("He was charged with fraud.").
	patient := false
	var bound *docEntity
	// parallel marks an object pronoun that takes up the object of the
	// sentence before ([docState.parallelObject]), or a speaker's
	// pronoun that takes up the speaker before ([docState.speaksOn]).
	parallel := false
	// The subject after a fronted phrase with no verb ("After Bedřich
	// Smetana, he was the next composer to ...") is not named in it, nor
	// the subject after a fronted participle's phrase, whose subject it
	// is ("Speaking to Ann Lee of Halvik TV, he said").
	fronted := -1
	if k := frontedPhrase(d.input[si].Tokens); k >= 0 && m.start == k+1 {
		fronted = k
	} else if k := frontedParticiple(d.input[si].Tokens); k >= 0 && m.start == k+1 {
		fronted = k
	}
	// A direct object only: after a preposition the pronoun may be the
	// subject ("left behind him a diary", "had copied for him").
	object := objectCase[m.pron] && !m.possessive && m.start > 0 && strings.HasPrefix(d.input[si].Tokens[m.start-1].Tag, "VB")
	if toks := d.input[si].Tokens; m.possessive && m.start > 0 && m.end < len(toks) && (toks[m.start-1].Lower() == "is" || toks[m.start-1].Lower() == "was") {
		// "Tom Wu was his father": the possessor of a kin noun after a
		// copula is not the copula's subject, as an object pronoun is
		// not.
		_, kin := kinNouns.get(toks[m.end].Lower())
		object = kin
	}
	qa, qb := reportedQuote(d.input[si].Tokens)
	if m.start < qb {
		qa, qb = -1, -1
	}
	// outer is the last candidate taken; a mention inside it ("Oslo" in
	// "The Oslo-based company said it ...") is a modifier of the phrase
	// that outer names, not nearer than it.
	var outer *mention
	for _, c := range cur {
		if c.start >= m.start {
			break
		}
		if c.ent == nil || c.adj || !ok(c.ent) || c.end <= fronted || c.start >= qa && c.end <= qb || d.isLabel(si, c) ||
			addresseeBeforeQuote(d.input[si].Tokens, c, m.start) || toldOutletMention(d.input[si].Tokens, c) ||
			inAppositive(d.input[si].Tokens, cur, c, m.start) || placeOfBody(d.input[si].Tokens, cur, c, ok) {
			continue
		}
		if outer != nil && c.start > outer.start && c.end <= outer.end {
			continue
		}
		outer = c
		if object && !c.possessive && (sameClause(d.input[si].Tokens, c.end, m.start) || relativeHead(d.input[si].Tokens, c.end, m.start)) {
			// "Tom Wu praised her", "Joe Ng said Wu had inspired him",
			// "Tom Wu, who succeeded him": an object pronoun is not the
			// subject of its own clause, nor is it that subject named in
			// the sentences before.
			bound = c.ent
			continue
		}
		bestEnd = c.end
		if c.possessive {
			poss = c.ent
			claim = claimNounAfter(d.input[si].Tokens, c.end, m.start)
		} else {
			// A subject named again as its verb's object stays the
			// subject: "Ann Lee praised herself and said she ...".
			subject = subject && c.ent == best || d.subject(si, c) || relativeHead(d.input[si].Tokens, c.end, m.start)
			best = c.ent
		}
	}
	if best == nil {
		best = poss
	}
	if plural[m.pron] {
		// "Leucippus and Democritus ... They": a coordination of names
		// in the sentence, else the one before, if nothing else fits
		// in the sentence.
		if g, a, b := d.coordination(si, m.start); g != nil && b > bestEnd {
			d.tookUp(si, a, b, g)
			return g
		}
		if best == nil && si > 0 {
			if g, a, b := d.coordination(si-1, len(d.input[si-1].Tokens)); g != nil {
				d.tookUp(si-1, a, b, g)
				return g
			}
			if g, a, b := d.coordinationBefore(si); g != nil {
				d.tookUp(si-2, a, b, g)
				return g
			}
			if e := d.policeSubject(si, m); e != nil {
				return e // "Police questioned Tom Wu. They later charged him."
			}
			if g := d.jointBodies(si - 1); g != nil {
				return g // "Halvik Holdings and Berg Group signed a deal. They later sued Tom Wu."
			}
			if d.joinedNames(si - 1) {
				return nil // "Tunisia and Egypt raised tariffs. They ...": their people
			}
		}
	}
	if gendered[m.pron] && best == nil && genericPerson(d.input[si].Tokens) {
		return nil // "A juror who lies must know he ...": anyone, no one named
	}
	if plural[m.pron] && best == nil && d.peopleNoun(si, 0, m.start) {
		return nil // "we want to teach our librarians ... for them to": the people just named
	}
	inSentence = best != nil
	window := 3
	if m.pron == "its" {
		// "Its chief executive" opens the sentence after its company;
		// further back "its" is mostly a thing's (GUM).
		window = 1
	}
	for back := 1; best == nil && back <= window && si-back >= 0; back++ {
		if plural[m.pron] && back > 1 && d.peopleNoun(si-back+1, 0, len(d.input[si-back+1].Tokens)) {
			break // people named since, with no name: they are the "they"
		}
		if gendered[m.pron] && back > 1 && genericPerson(d.input[si-back+1].Tokens) {
			break // "Lord Diplock wrote: "A person who acts without care does no wrong. He commits no tort.""
		}
		// A name inside a reported quotation ("\"Mr Petrov misled us,\"
		// Wu said.") comes after its reporter.
		ms := d.sents[si-back]
		if qa, qb := reportedQuote(d.input[si-back].Tokens); qa >= 0 {
			quoted := func(c *mention) bool { return c.start >= qa && c.end <= qb }
			ms = append(slices.DeleteFunc(slices.Clone(ms), quoted), slices.DeleteFunc(slices.Clone(ms), func(c *mention) bool { return !quoted(c) })...)
		}
		for _, c := range ms {
			if c.ent == nil || c.adj || !ok(c.ent) || c.ent == bound || back > 1 && c.ent.typ == schema.Group || d.isLabel(si-back, c) ||
				toldOutletMention(d.input[si-back].Tokens, c) {
				// A group named two sentences back or more ("Afghans",
				// "Muslims") is seldom the "they" (GUM): a part of it
				// or other people has come up since.
				continue
			}
			if plural[m.pron] && !d.subject(si-back, c) && d.peopleNoun(si-back, c.end, len(d.input[si-back].Tokens)) {
				break // "were joined by the Halvik Libraries ... our librarians": not "Halvik met voters"
			}
			if !c.possessive {
				best = c.ent
				subject = back == 1 && d.subject(si-1, c)
				patient = back == 1 && c.start > 0 && strings.HasPrefix(d.input[si-1].Tokens[c.start-1].Tag, "VB")
				if object && subject {
					if o := d.parallelObject(si-1, c, ms, ok); o != nil {
						best, parallel = o, true
					}
				}
				parallel = parallel || back == 1 && d.speaksOn(si, m, c)
				break
			}
			if poss == nil {
				poss = c.ent
			}
		}
		if best == nil {
			best = poss
		}
	}
	// A reflexive takes the actor of its own clause ("turned himself in"):
	// the nearest subject before it, past the names of a phrase between
	// ("He was inspired by Rasmus Rask and taught himself Icelandic").
	reflexive := inSentence && strings.HasSuffix(m.pron, "self")
	if reflexive {
		for _, c := range cur {
			if c.start >= m.start {
				break
			}
			if c.ent != nil && !c.adj && !c.possessive && ok(c.ent) && (d.subject(si, c) || d.quotedVerb(si, c)) {
				best = c.ent
			}
		}
	}
	// A subject gives way only to an actor named more than five times
	// as often that was named in the sentence before, or when it was
	// itself named there first: a life's subject after a person named
	// once, not the report's most named person after the subject of two
	// sentences ("rapper Bo Kim announced a bid. Kim outlined a
	// campaign. He named ...").
	//
	// A subject of the pronoun's own sentence with no clause boundary
	// between, whose sex is known, gives way to none: "Trump's debate
	// prepper Giuliani received scrutiny when he appeared", "Milken pled
	// guilty to charges related to his time at Drexel"; a title taken for
	// a name ("Chess Federation President announced she") still may.
	own := inSentence && subject && best != nil && (best.gender != 0 || best.likely != 0) && !boundaryBetween(d.input[si].Tokens, bestEnd, m.start) ||
		inSentence && best == poss && claim
	if best != nil && best.typ == schema.Person && !reflexive && !parallel && !own {
		if top := d.salient(si, m, cur, ok, best); top != bound && top.n > best.n && (!subject || top.n > 5*best.n && (best.first.sent == si-1 || top.last.sent >= si-1)) &&
			(inSentence || !patient || !passiveSubject(d.input[si].Tokens, m)) && !d.labelledBefore(top, si) && !d.namedInOwnClause(si, m, top) {
			best = top
		}
	}
	if best != nil && best.typ == schema.Person && best.gender == 0 {
		switch m.pron {
		case "he", "him", "his", "himself":
			best.gender = 'm'
		case "she", "her", "hers", "herself":
			best.gender = 'f'
		}
	}
	return best
}

// namedInOwnClause reports whether e is named, after subject pronoun m
// of sentence si, as an argument of m's own clause: "Ann Lee said he
// considered Wu a flight risk" names Wu as what "he" considered, so "he"
// is not Wu, however often the report names him.
func (d *docState) namedInOwnClause(si int, m *mention, e *docEntity) bool {
	if m.pron != "he" && m.pron != "she" {
		return false
	}
	toks := d.input[si].Tokens
	for _, c := range d.sents[si] {
		if c.start < m.end || c.possessive || c.adj || c.pron != "" ||
			c.ent != e && (c.ent != nil || !strings.EqualFold(c.surface, e.name) && !slices.Contains(e.tokens, strings.ToLower(c.surface))) {
			continue // a later name is resolved after the pronoun: its words are e's
		}
		return sameClause(toks, m.end, c.start)
	}
	return false
}

// sayingNouns are nouns of what a person says or holds, whose clause
// after them states it: "Lee's assurances he had no part", "Wu's claim
// that she lied".
var sayingNouns = map[string]bool{
	"assurance": true, "assurances": true, "claim": true, "claims": true, "denial": true, "denials": true,
	"insistence": true, "assertion": true, "assertions": true, "admission": true, "statement": true,
	"belief": true, "promise": true, "promises": true, "allegation": true, "allegations": true,
}

// claimNounAfter reports whether a noun of [sayingNouns] follows the
// possessor that ends at token k of toks (past "'s"), with the clause it
// opens reaching token m, the pronoun: "Lee's assurances (that) he".
func claimNounAfter(toks []nlp.Token, k, m int) bool {
	if k < len(toks) && toks[k].Tag == "POS" {
		k++
	}
	if k >= m || !sayingNouns[toks[k].Lower()] {
		return false
	}
	for i := k + 1; i < m; i++ {
		if t := toks[i]; t.Text == "," || t.Text == ";" || t.Tag == "CC" || quoteMark(t.Text) != 0 {
			return false
		}
	}
	return true
}

// inAppositive reports whether mention c of toks lies inside a
// description set off by commas or dashes right after a name of cur, and
// closed before token k: "UNMISS, the UN mission in South Sudan, said it
// was working with the army". The description's names modify the name
// before it, which a pronoun after it takes up.
func inAppositive(toks []nlp.Token, cur []*mention, c *mention, k int) bool {
	open := -1
	for i := c.start - 1; i >= 0 && i >= c.start-6; i-- {
		if setOffMark(toks[i].Text) {
			open = i
			break
		}
		if strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "MD" {
			return false
		}
	}
	if open < 1 || open+1 >= len(toks) {
		return false
	}
	if w := toks[open+1].Lower(); w != "the" && w != "a" && w != "an" {
		return false
	}
	if !slices.ContainsFunc(cur, func(n *mention) bool { return n.end == open && n.ent != nil && !n.adj && named(n) }) {
		return false
	}
	for i := c.end; i < k && i < len(toks); i++ {
		if toks[i].Text == toks[open].Text {
			return true
		}
		if strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "MD" || setOffMark(toks[i].Text) {
			return false
		}
	}
	return false
}

// setOffMark reports whether w is a comma or a dash, which set off an
// apposition.
func setOffMark(w string) bool {
	switch w {
	case ",", "-", "--", "—", "–":
		return true
	}
	return false
}

// addresseeBeforeQuote reports whether mention c of toks is the actor a
// speaker addresses ("he told Wikinews", "speaking to newspaper Star")
// in the frame of a quotation that opens after c and is still open at
// token k. A pronoun at k inside the quotation is not that actor: "he
// told reporters that "it is hard to stay calm"".
func addresseeBeforeQuote(toks []nlp.Token, c *mention, k int) bool {
	open := false
	for i := c.end; i < k; i++ {
		switch {
		case toks[i].Tag == "``" || quoteMark(toks[i].Text) == 1:
			open = true
		case toks[i].Tag == "''" || quoteMark(toks[i].Text) == -1:
			open = false
		}
	}
	if !open {
		return false
	}
	j := c.start - 1 // past "the" and a lower-case noun: "told the newspaper Star"
	for j >= 0 && j >= c.start-2 && (toks[j].Tag == "DT" || toks[j].Tag == "NN" && !isCap(toks[j].Text)) {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower() {
	case "told", "tell", "tells", "telling":
		return true
	case "to", "with":
		return j > 0 && addressingWords[toks[j-1].Lower()]
	}
	return false
}

// addressingWords come before the "to" or "with" of a speaker's
// addressee: "speaking to Reuters", "in an interview with the BBC".
var addressingWords = map[string]bool{
	"speaking": true, "spoke": true, "talking": true, "talked": true, "said": true, "says": true,
	"wrote": true, "writing": true, "interview": true, "interviews": true,
}

// boundaryBetween reports whether tokens a to b hold a clause's boundary:
// a comma, colon or semicolon, a relative pronoun, a coordinating
// conjunction, "that" or a quotation mark.
func boundaryBetween(toks []nlp.Token, a, b int) bool {
	for i := max(a, 0); i < b; i++ {
		t := toks[i]
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "CC" ||
			strings.EqualFold(t.Text, "that") || t.Tag == "``" || t.Tag == "''" || quoteMark(t.Text) != 0 {
			return true
		}
	}
	return false
}

// peopleNoun reports whether tokens from to to of sentence si hold a
// plural common noun of people outside every mention: a group noun of
// the gazetteer ("residents", "officials") or a noun of a person's trade
// or creed ("librarians", "scientists", "members", "students"). A "they"
// after one mostly means those people, not a body named before them.
func (d *docState) peopleNoun(si, from, to int) bool {
	toks := d.input[si].Tokens
	for k := from; k < to; k++ {
		if toks[k].Tag != "NNS" || !peoplePlural(d.r, toks[k].Lower()) {
			continue
		}
		if !slices.ContainsFunc(d.sents[si], func(c *mention) bool { return c.start <= k && k < c.end }) {
			return true
		}
	}
	return false
}

// peoplePlural reports whether w is a plural noun of people: a group noun
// of the gazetteer, one of [pluralPeople], or a noun ending in -ians or
// -ists ("librarians", "scientists").
func peoplePlural(r *Resolver, w string) bool {
	if _, ok := lookupKey(r.g.groups, w); ok {
		return true
	}
	return pluralPeople[w] || strings.HasSuffix(w, "ians") || strings.HasSuffix(w, "ists")
}

// pluralPeople are plural nouns of people that the gazetteer's groups
// leave out.
var pluralPeople = map[string]bool{
	"members": true, "students": true, "children": true, "colleagues": true, "parents": true, "voters": true,
	"researchers": true, "teachers": true, "users": true, "customers": true, "fans": true, "players": true,
	"participants": true, "employees": true, "staff": true, "volunteers": true, "visitors": true, "tourists": true,
	"men": true, "women": true, "families": true, "farmers": true, "readers": true, "authors": true,
}

// conjoinedOwner resolves a possessive pronoun joined by "and", "or",
// "along with" or "as well as" to the name right before it, if that name
// passes ok: "investigate Tom Wu and his son", "Halvik and its chief
// executive", "Ann Lee, 42, and her husband", "Tom Wu, along with his
// wife". News pairs a person with his own kin, aides or lawyers so;
// the actor the document names most (the one who asked for the
// investigation) is not the owner there. It returns nil otherwise.
func conjoinedOwner(toks []nlp.Token, m *mention, cur []*mention, ok func(*docEntity) bool) *docEntity {
	k := m.start - 1
	if !m.possessive || k < 1 {
		return nil
	}
	switch w := toks[k].Lower(); {
	case w == "and" || w == "or":
	case w == "with" && (toks[k-1].Lower() == "along" || toks[k-1].Lower() == "together"),
		w == "as" && k >= 2 && toks[k-1].Lower() == "well" && toks[k-2].Lower() == "as":
		k -= 1 // "Tom Wu, along with his wife", "Halvik, as well as its owner"
		if w == "as" {
			k--
		}
		if k > 0 && toks[k-1].Text == "," {
			k--
		}
	default:
		return nil
	}
	end := k
	if k >= 3 && toks[k-1].Text == "," && toks[k-2].Tag == "CD" && toks[k-3].Text == "," {
		end = k - 3 // "Tom Wu, 42, and his wife"
	}
	for _, c := range cur {
		if c.end == end && c.ent != nil && !c.adj && !c.possessive && ok(c.ent) {
			return c.ent
		}
	}
	return nil
}

// ownContrast returns the actor named right before "and" and possessive
// pronoun m when "own" follows m and that actor is an object, after a
// verb that an earlier actor of the sentence stands before: "Tom Hale
// sued Tom Berg and his own accountant", "Halvik fined Globex and its
// own auditors". "Own" sets the owner against the name beside it, so the
// owner is the clause's subject, not the conjoined name that
// [conjoinedOwner] would take ("investigate Tom Wu and his son"). A
// subject's pair ("Tom Wu and his own son met Ann Lee") keeps its owner,
// and so does a pronoun the earlier actor cannot take up ("Tom Hale
// praised Ann Lee and her own lawyer").
// It returns nil for anything else.
func ownContrast(toks []nlp.Token, m *mention, cur []*mention) *docEntity {
	k := m.start - 1
	if !m.possessive || !possessiveDeterminers[m.pron] || k < 3 || m.end >= len(toks) || toks[m.end].Lower() != "own" {
		return nil
	}
	if w := toks[k].Lower(); w != "and" && w != "or" {
		return nil
	}
	end := k
	if toks[k-1].Text == "," {
		end-- // "Cyrus Vance, Jr., and his own"
	}
	i := slices.IndexFunc(cur, func(c *mention) bool { return c.end == end })
	if i < 1 || cur[i].ent == nil || cur[i].possessive {
		return nil
	}
	fits := compatible(m.pron, true) // "praised Ann Lee and her own lawyer": hers, when he cannot own it
	verb := false
	for j := cur[i].start - 1; j >= 0; j-- {
		if strings.HasPrefix(toks[j].Tag, "VB") {
			verb = true
		}
		if verb && slices.ContainsFunc(cur[:i], func(c *mention) bool {
			return c.end == j+1 && c.ent != nil && c.ent != cur[i].ent && !c.possessive && fits(c.ent)
		}) {
			return cur[i].ent
		}
	}
	return nil
}

// teller resolves an "it" that opens the clause reported after "told"
// and the one told ("Halvik Holdings told Reuters (that) it had sued Fjord
// Airlines") to the subject of told, if it passes ok: news reports what an
// actor tells a journalist or outlet about itself. A "he" or "she" after a
// body told ("Tom Wu told BBC Wales he had agreed") is the teller too,
// however often the document names someone else. It returns nil for any
// other pronoun or construction.
func (d *docState) teller(si int, m *mention, cur []*mention, ok func(*docEntity) bool) *docEntity {
	toks := d.input[si].Tokens
	if m.pron != "it" && m.pron != "he" && m.pron != "she" {
		return nil
	}
	k := m.start
	if k > 0 && toks[k-1].Lower() == "that" {
		k--
	}
	var told *mention
	for _, c := range cur {
		if c.end == k && c.ent != nil {
			told = c
		}
	}
	if told == nil || m.pron != "it" && told.ent.typ == schema.Person {
		return nil
	}
	v := told.start - 1
	for v >= 0 && toks[v].Tag == "DT" {
		v--
	}
	if w := toks[max(v, 0)].Lower(); v <= 0 || w != "told" && w != "tells" {
		return nil // "warned Iraq it would face sanctions": Iraq's
	}
	var teller *docEntity
	for _, c := range cur {
		if c.end > v {
			break
		}
		if c.ent != nil && c.ent != told.ent && !c.adj && !c.possessive && ok(c.ent) && d.subject(si, c) && sameClause(toks, c.end, v+1) {
			teller = c.ent
		}
	}
	return teller
}

// sayer resolves a "he" or "she" that is the subject of the clause
// reported right after "say" ("... and said he had met Ann Lee", "but did
// not say she had ordered it") to the subject of the clause that the
// saying verb is coordinated with, if it passes ok: "Tom Wu praised Bo
// Chan and said he had met Ann Lee" reports what Tom Wu says of himself,
// not the nearer Bo Chan. A relative pronoun between ("Tom Wu met Bo
// Chan, who said he ...") leaves the pronoun to the ordinary rules, as
// does a saying verb with a subject of its own ("Bo Chan said he").
func (d *docState) sayer(si int, m *mention, cur []*mention, ok func(*docEntity) bool) *docEntity {
	toks := d.input[si].Tokens
	if m.pron != "he" && m.pron != "she" || !verbNext(toks, m.end) {
		return nil
	}
	v := m.start - 1
	if v > 0 && toks[v].Lower() == "that" {
		v--
	}
	if v < 1 || !sayForms[toks[v].Lower()] {
		return nil
	}
	j := v - 1 // back over the verb group: "did not", "has also", "would"
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || auxiliaries[toks[j].Lower()]) {
		j--
	}
	if j < 1 || toks[j].Lower() != "and" && toks[j].Lower() != "but" {
		return nil
	}
	// The sayer is the last person named as a subject before the
	// coordinator ("Crown Prince Tom Wu of Norway accepted ... but did not
	// say he"; [docState.subject]).
	var sayer *mention
	for _, c := range cur {
		if c.end > j {
			break
		}
		if c.ent != nil && !c.adj && !c.possessive && c.ent.typ == schema.Person && d.subject(si, c) {
			sayer = c
		}
	}
	if sayer == nil || !ok(sayer.ent) {
		return nil
	}
	for _, t := range toks[sayer.end:j] {
		if t.Tag == "WDT" || t.Tag == "WP" || t.Text == ";" || t.Text == ":" || quoteMark(t.Text) != 0 {
			return nil
		}
	}
	return sayer.ent
}

// sayForms are the forms of "say" that report a clause ([docState.sayer]).
var sayForms = map[string]bool{"say": true, "says": true, "said": true}

// passiveSubject reports whether pronoun m of toks is the subject of a
// passive verb ("He was charged with fraud", "she has been released"):
// after an object of the sentence before ("Police arrested Ivar Dahl.")
// it tells more of what was done to him, not of the document's topic.
func passiveSubject(toks []nlp.Token, m *mention) bool {
	k := m.end
	for k < len(toks) && (toks[k].Tag == "RB" || toks[k].Lower() == "been" || toks[k].Tag == "MD" || toks[k].Lower() == "has" || toks[k].Lower() == "had" || toks[k].Lower() == "have") {
		k++
	}
	if k+1 >= len(toks) {
		return false
	}
	if w := toks[k].Lower(); w != "was" && w != "is" && w != "were" && w != "be" && w != "been" {
		if k == m.end || toks[k-1].Lower() != "been" {
			return false
		}
		return toks[k].Tag == "VBN"
	}
	return toks[k+1].Tag == "VBN"
}

// reportedQuote returns the token span [a, b) of the first quotation of
// toks that a reporting verb right after it reports ("\"Mr Petrov has
// misled us,\" he said", "..., said Tom Wu"), or -1, -1. Whom the
// quotation names is not its speaker, and after it comes second to its
// speaker as an antecedent.
func reportedQuote(toks []nlp.Token) (int, int) {
	for k, t := range toks {
		if t.Tag != "''" && quoteMark(t.Text) != -1 {
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].Text == "," {
			j++
		}
		if j >= len(toks) || !quoting(toks[j].Lower()) && (j+1 >= len(toks) || !quoting(toks[j+1].Lower())) {
			continue
		}
		for a := k - 1; a >= 0; a-- {
			if toks[a].Tag == "``" || quoteMark(toks[a].Text) == 1 {
				return a, k + 1
			}
		}
		return -1, -1
	}
	return -1, -1
}

// frontedPhrase returns the comma that closes a prepositional phrase
// opening sentence toks ("After Bedřich Smetana,", "Unlike his
// brother,"), or -1: the phrase has no verb ("After Smetana died," is a
// clause, whose subject the next one often takes up) and at most 12
// tokens.
func frontedPhrase(toks []nlp.Token) int {
	if len(toks) == 0 || toks[0].Tag != "IN" {
		return -1
	}
	for k := 1; k < len(toks) && k <= 12; k++ {
		t := toks[k]
		if t.Text == "," {
			return k
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return -1
		}
	}
	return -1
}

// frontedParticiple returns the comma that closes a participle's phrase
// opening sentence toks ("Speaking to Ann Lee of Halvik TV,", "Asked
// about Tom Wu,"), or -1: a present or past participle first, no other
// verb after it and at most 12 tokens.
func frontedParticiple(toks []nlp.Token) int {
	if len(toks) == 0 || toks[0].Tag != "VBG" && toks[0].Tag != "VBN" {
		return -1
	}
	for k := 1; k < len(toks) && k <= 12; k++ {
		t := toks[k]
		if t.Text == "," {
			return k
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || quoteMark(t.Text) != 0 {
			return -1
		}
	}
	return -1
}

// continuedSpeaker resolves a pronoun that speaks right after a
// quotation ("Foolhardy provocation deserves punishment", it added) to
// the actor a reporting verb names in the nearest sentence before, up to
// three back (..., said KCNA), if it passes ok: the quotation goes on
// with the same speaker; an owner is no speaker ("The prime minister's
// office said ..."). It returns nil otherwise, and when a sentence
// between has another actor who passes ok answer ("Tove Rask, the mayor,
// disagreed.", [replyVerbs]), whom the ordinary rules then find; another
// actor who only acts there ("The Harlow Army moved two brigades.") does
// not stop the quotation going on.
func (d *docState) continuedSpeaker(si int, m *mention, ok func(*docEntity) bool) *docEntity {
	toks := d.input[si].Tokens
	if m.end >= len(toks) || !saidVerbs[toks[m.end].Lower()] {
		return nil
	}
	k := m.start - 1
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	if k < 0 || quoteMark(toks[k].Text) == 0 || quoteMark(toks[k].Text) == 1 {
		return nil
	}
	for back := 1; back <= 3 && si-back >= 0; back++ {
		var found *docEntity
		ms := d.sents[si-back]
		in := d.input[si-back].Tokens
		for v, t := range in {
			if !saidVerbs[t.Lower()] {
				continue
			}
			for _, c := range ms {
				if c.ent != nil && !c.adj && !c.possessive && ok(c.ent) && (c.start > v && c.start <= v+3 || c.end <= v && c.end >= v-3) {
					found = c.ent
				}
			}
		}
		if found != nil {
			return found
		}
		for v, t := range in {
			if !replyVerbs[t.Lower()] {
				continue
			}
			for _, c := range ms {
				if c.ent != nil && !c.adj && !c.possessive && ok(c.ent) && c.end <= v {
					return nil // "Tove Rask, the mayor, disagreed.": another speaker who fits
				}
			}
		}
	}
	return nil
}

// speakingIt reports whether the pronoun m of sentence si is "it" or
// "itself" of a speaker: before a reporting verb ("it said") or after one
// in its sentence as the subject of a clause ("The RSF said in a
// statement that it was ready"; not "and that Bolton tendered it").
// Any other "it" is left unresolved: the resolver knows only actors, and
// "it" mostly names a thing ("the browser ... it"), so taking the latest
// organisation or state was wrong six times in seven on GUM's train and
// dev documents, and none of the actor facts it gave on realnews was in
// its gold file. The cost: "It did not mention the port" after a
// ministry's statement is lost.
func (d *docState) speakingIt(si int, m *mention) bool {
	toks := d.input[si].Tokens
	if m.end < len(toks) && saidVerbs[toks[m.end].Lower()] {
		return true
	}
	if m.pron == "it" && !verbNext(toks, m.end) {
		return false // "Bolton tendered it", "she was considering it": a thing
	}
	if m.pron == "it" && expletiveIt(toks, m.end) {
		return false // "he said it was time to act": no one's
	}
	for k := 0; k < m.start; k++ {
		if w := toks[k].Lower(); saidVerbs[w] || announcedVerbs[w] {
			return true
		}
	}
	return false
}

// verbNext reports whether a verb or modal stands at token k, past
// adverbs: the word before k is the subject of a clause ("it would",
// "it also said").
func verbNext(toks []nlp.Token, k int) bool {
	for k < len(toks) && toks[k].Tag == "RB" {
		k++
	}
	return k < len(toks) && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD")
}

// replyVerbs are the verbs by which an actor answers a speaker: their
// subject speaks the quotation that follows.
var replyVerbs = map[string]bool{
	"disagreed": true, "disagrees": true, "agreed": true, "agrees": true, "replied": true, "replies": true,
	"responded": true, "responds": true, "countered": true, "counters": true, "objected": true, "retorted": true,
	"disputed": true, "rejected": true, "denied": true,
}

// announcedVerbs report what their subject says about itself, as
// [saidVerbs] do, with "it" after them in the reported clause: "Acme
// announced on Monday it would buy Globex".
var announcedVerbs = map[string]bool{
	"announced": true, "announces": true, "confirmed": true, "confirms": true, "revealed": true,
	"reveals": true, "declared": true, "declares": true, "claimed": true, "claims": true,
}

// subject reports whether mention c of sentence si is a subject: a verb
// follows it, past up to two adverbs ("Wang Lei urged ...", "Wang Lei
// later urged ..."), or follows the comma that closes an
// appositive or relative clause after it ("Admiral Pavel Grekov, who
// commands the fleet, said ..."; "Its chief executive, Tristan Pascall,
// told ..."), past a bracket after it ("Otto Jespersen (1860 – 1943) was
// ..."). "Placed under the care of a Dr. Bailey, he was ..." has none.
func (d *docState) subject(si int, c *mention) bool {
	toks := d.input[si].Tokens
	verb := func(i int) bool {
		return i < len(toks) && (strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "MD")
	}
	end := c.end
	if end < len(toks) && toks[end].Text == "(" {
		end = closeParen(toks, end) + 1 // "Athens (Greek: Αθήνα), is ...", "Otto Jespersen (1860 – 1943) was ..."
		if end <= 0 {
			return false
		}
	}
	// past up to two adverbs: "The band eventually rose", "Ann Lee later
	// said", "Ann Lee, the mayor, reportedly previously said"
	verbAfter := func(i int) bool {
		v := i
		for v < len(toks) && v < i+2 && toks[v].Tag == "RB" {
			v++
		}
		return verb(v)
	}
	if verbAfter(end) {
		return true
	}
	if c.ent != nil && c.ent.typ == schema.Person && end+2 < len(toks) && toks[end].Text == "of" && !prepositionObject(toks, c.start) {
		// "Crown Prince Tom Wu of Norway accepted", "Ann Lee of the
		// Velby Institute said": the person's place or body between
		// the name and its verb.
		k := end + 1
		if strings.EqualFold(toks[k].Text, "the") {
			k++
		}
		n := 0
		for ; n < 5 && k < len(toks) && isCap(toks[k].Text); n++ {
			k++
		}
		if n > 0 && verbAfter(k) {
			return true
		}
	}
	if end >= len(toks) || toks[end].Text != "," || prepositionObject(toks, c.start) {
		return false
	}
	if verb(end + 1) {
		return true
	}
	for k := end + 1; k < len(toks) && k <= end+15; k++ {
		if toks[k].Text == "," {
			return verbAfter(k + 1)
		}
	}
	return false
}

// prepositionObject reports whether the name that starts at token k is
// the object of a preposition, past lower-case words of its title:
// "Isabel Allende, the daughter of former president Salvador Allende,
// called for ...", whose verb after the comma is not Salvador Allende's.
func prepositionObject(toks []nlp.Token, k int) bool {
	for k--; k >= 0 && !isCap(toks[k].Text) && (strings.HasPrefix(toks[k].Tag, "JJ") || strings.HasPrefix(toks[k].Tag, "NN")); k-- {
	}
	return k >= 0 && toks[k].Tag == "IN"
}

// relativeHead reports whether a relative "who" opens, right after the
// name that ends at token a or after an apposition to it, the clause
// where the pronoun at token b sits: the name is the subject of that
// clause ("backed Ola Berg, who said he had won"; "was Tom Wu, a
// businessman, who had delegates that he earned"), which no actor the
// document names more often outweighs.
func relativeHead(toks []nlp.Token, a, b int) bool {
	for k := a; k < b && k <= a+12; k++ {
		t := toks[k]
		if t.Tag == "WP" && strings.EqualFold(t.Text, "who") {
			// Not "Joe Clark, who was mayor, and Dick Dilworth, who
			// followed him": the pronoun sits in a later who-clause.
			for j := k + 1; j < b; j++ {
				if toks[j].Tag == "WP" && strings.EqualFold(toks[j].Text, "who") {
					return false
				}
			}
			return true
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "WDT" || t.Tag == "CC" || t.Text == ";" || t.Text == ":" {
			return false
		}
	}
	return false
}

// quotedVerb reports whether a verb follows mention c of sentence si past
// adverbs and an opening quotation mark: Montalvo "walked into the
// station and turned himself in".
func (d *docState) quotedVerb(si int, c *mention) bool {
	toks := d.input[si].Tokens
	k := c.end
	for k < len(toks) && (toks[k].Tag == "RB" || quoteMark(toks[k].Text) > 0) {
		k++
	}
	return k > c.end && k < len(toks) && strings.HasPrefix(toks[k].Tag, "VB")
}

// salient returns the compatible actor with the most mentions so far among
// those mentioned before m in its sentence and in the three sentences
// before, or nil. A biography's subject outweighs the teacher named once
// just before "he" (GUM's Byron and "a Dr. Bailey"). Of the sentences
// outside m's paragraph (the one before is m's when m's sentence opens
// its own: [docState.paragraphStart] of the sentence before) no actor counts when pick, the
// antecedent found so far, is a subject in m's paragraph, and otherwise
// only one with more than five times pick's mentions: a person named
// often in an earlier paragraph is not the focus of this one ("Boris
// Johnson met the Queen ... at his request." then a paragraph on Macron
// and Merkel: "The chancellor thanked him" is Macron), but the subject
// of a life outweighs a name taken in passing ("Cream was inducted into
// the Rock and Roll Hall of Fame. ... Afterwards he moved to South
// Africa").
func (d *docState) salient(si int, m *mention, cur []*mention, ok func(*docEntity) bool, pick *docEntity) *docEntity {
	var top *docEntity
	consider := func(c *mention) {
		if c.ent != nil && !c.adj && ok(c.ent) && (top == nil || c.ent.n > top.n) {
			top = c.ent
		}
	}
	focus := false // pick is a subject in m's paragraph
	for _, c := range cur {
		if c.start >= m.start {
			break
		}
		consider(c)
		focus = focus || c.ent == pick && d.subject(si, c)
	}
	// The sentences of m's paragraph come first, so that focus is known
	// before any from further back is weighed.
	para := d.paragraphStart(si - 1)
	for j := si - 1; j >= 0 && j >= si-3; j-- {
		for _, c := range d.sents[j] {
			switch {
			case j >= para:
				consider(c)
				focus = focus || c.ent == pick && d.subject(j, c)
			case !focus && c.ent != nil && pick != nil && c.ent.n > 5*pick.n:
				consider(c)
			}
		}
	}
	return top
}

// state resolves "its" or "their" before a noun only states have ("its
// coast"): the most recent state named before it in its sentence, else the
// country of the most recent person or nationality group there ("Tamm said
// his country had asked NATO ... near its coast" → Estonia, Tamm's country;
// "Chinese citizens criticised their government" → China), else the first
// state named in the previous sentence. A state that is a subject is not
// what a "their" takes up ("Protesters say Iran is influencing their
// government": a state's own government is "its"). It returns nil when
// none is found, and the ordinary rules apply.
func (d *docState) state(si int, m *mention, cur []*mention) *docEntity {
	var named, served *docEntity
	for _, c := range cur {
		if c.start >= m.start {
			break
		}
		switch {
		case c.ent == nil:
		case c.ent.typ == schema.GPE && !c.adj && !c.possessive:
			if m.pron == "their" && d.subject(si, c) && !prepositionObject(d.input[si].Tokens, c.start) {
				continue // "Protesters claimed Iran is influencing their government": a state's own is "its"
			}
			named = c.ent
		case c.ent.typ == schema.Person && c.ent.country != nil:
			served = c.ent.country
		case c.ent.typ == schema.Group && c.country != nil && c.country.ent != nil && c.country.ent.typ == schema.GPE:
			served = c.country.ent // "Chinese citizens criticised their government": China's
		}
	}
	if named != nil {
		return named
	}
	if served != nil {
		return served
	}
	if si > 0 {
		for _, c := range d.sents[si-1] {
			if c.ent != nil && c.ent.typ == schema.GPE && !c.adj && !c.possessive {
				return c.ent
			}
		}
	}
	return nil
}

// policeSubject returns the police force that is the subject of the
// sentence before si when pronoun m is "they" opening sentence si, after
// at most an adverb ("Police questioned Tom Wu on Monday. They later
// charged him."); or nil. A force is named in the plural, but only as
// the subject just before does a "they" take it up, and only when no
// plural noun follows it there ("Police found two men. They had been
// shot."): further back, or as an object, "they" is more often the people
// it deals with. The first body the sentence before names must be the
// force.
func (d *docState) policeSubject(si int, m *mention) *docEntity {
	toks := d.input[si].Tokens
	if m.pron != "they" || m.dual || m.start > 1 || m.start == 1 && toks[0].Tag != "RB" {
		return nil
	}
	for _, c := range d.sents[si-1] {
		if c.ent == nil || c.adj || c.possessive || c.ent.typ != schema.Organization {
			continue
		}
		f := strings.Fields(strings.ToLower(c.ent.name))
		if len(f) == 0 || f[len(f)-1] != "police" || !d.subject(si-1, c) {
			return nil
		}
		for _, t := range d.input[si-1].Tokens[c.end:] {
			if t.Tag == "NNS" || t.Tag == "NNPS" {
				return nil // "Police found two men. They had been shot."
			}
		}
		return c.ent
	}
	return nil
}

// plural are the pronouns that a coordination of names may be the
// antecedent of.
var plural = map[string]bool{"they": true, "them": true, "their": true, "themselves": true}

// gendered are the pronouns that say their antecedent's sex.
var gendered = map[string]bool{
	"he": true, "him": true, "his": true, "himself": true,
	"she": true, "her": true, "hers": true, "herself": true,
}

// compatible returns the test an antecedent of pronoun p must pass. With
// likely, an actor of unknown sex must also not have a given name borne
// by the other sex ([docEntity] likely).
func compatible(p string, likely bool) func(*docEntity) bool {
	switch p {
	case "he", "him", "his", "himself":
		if likely {
			return func(e *docEntity) bool { return e.typ == schema.Person && likelySex(e) != 'f' }
		}
		return func(e *docEntity) bool { return e.typ == schema.Person && e.gender != 'f' }
	case "she", "her", "hers", "herself":
		if likely {
			return func(e *docEntity) bool { return e.typ == schema.Person && likelySex(e) != 'm' }
		}
		return func(e *docEntity) bool { return e.typ == schema.Person && e.gender != 'm' }
	case "it", "its", "itself":
		return func(e *docEntity) bool {
			return e.typ == schema.Organization || e.typ == schema.GPE || e.typ == schema.Group && singularGroups[e.groupHead]
		}
	}
	// They are a group, or an organisation named in the plural ("the
	// Houthis", "the Liberal Democrats"): an organisation in the singular
	// is "it", and GUM's "they" after one is nearly always its people.
	return func(e *docEntity) bool {
		return e.typ == schema.Group || e.typ == schema.Organization && (pluralName(e.name) || collectiveHeads[orgHead(e.name)] || collective(e))
	}
}

// singularGroups are the heads of the groups English names in the
// singular, which "it" takes up as it does an organisation: "The Turkish
// military said it had killed ...".
var singularGroups = map[string]bool{"military": true, "army": true}

// collective reports whether the text has described organisation e by a
// noun of [collectiveHeads] ("rock band Kestrel", "the band"), which a
// "they" takes up as it does "the Kestrel Band": "The band toured Japan.
// In 2001 they split up."
func collective(e *docEntity) bool {
	for w := range collectiveHeads {
		if e.desc[w] {
			return true
		}
	}
	return false
}

// collectiveHeads are head nouns of bodies of a few people that English
// takes up with "they": "The Afghan team arrived in Washington. They were
// twice denied visas."
var collectiveHeads = map[string]bool{"team": true, "squad": true, "band": true, "crew": true, "duo": true, "trio": true}

// kinBefore returns the sex that a family noun right before name mention
// m of toks gives it ("his wife Mia Berg"; "her husband, Per Holm," with
// the name set off by commas), else 0. "After visiting his mother, Tom
// Wu said" gives nothing: the name opens the clause.
func kinBefore(toks []nlp.Token, m *mention) byte {
	if m.end < len(toks) && toks[m.end].Lower() == "and" || m.start > 0 && toks[m.start-1].Lower() == "and" {
		// "two sons, Per and Olav": each name of a family noun's list.
		return kinGender[strings.TrimSuffix(kinListNoun(toks, m.start), "s")]
	}
	k := m.start - 1
	if k >= 0 && toks[k].Text == "," {
		if m.end < len(toks) && toks[m.end].Text != "," && toks[m.end].Text != "." {
			return 0
		}
		k--
	}
	if k < 0 {
		return 0
	}
	return kinGender[toks[k].Lower()]
}

// likelySex returns the sex of person e that the text tells, else the one its
// given name makes likely, else 0.
func likelySex(e *docEntity) byte {
	if e.gender != 0 {
		return e.gender
	}
	return e.likely
}

// pluralName reports whether an organisation's name is a plural: its head
// noun, the word before "of" or "for" else the last word ([orgHead]),
// ends in a plural "s" ("Houthis", "Liberal Democrats"; not "Congress",
// "Centre for Control of Iodine Deficiency Disorders"), and is none of the
// plurals that name one body ("United Nations", "GB News", "The New York
// Times", "Creative Commons").
func pluralName(name string) bool {
	if f := strings.Fields(name); len(f) == 2 && mediaArms[f[0]] {
		return false // "Radio Wales": a station named after its region
	}
	h := orgHead(strings.ReplaceAll(name, " for ", " of "))
	return strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && !strings.HasSuffix(h, "news") && !singularPlurals[h]
}

// singularPlurals are plural head nouns of the names of single bodies.
var singularPlurals = map[string]bool{
	"times": true, "nations": true, "commons": true, "games": true, "sports": true, "olympics": true, "states": true,
}

// waterBody reports whether name, a place's, ends in the noun of a sea,
// an ocean, a gulf, a strait or a river ("Eastern Mediterranean Sea",
// "Persian Gulf"). A bay may be a region's ("Hawke's Bay") and is left
// out.
func waterBody(name string) bool {
	f := strings.Fields(name)
	switch f[len(f)-1] {
	case "Sea", "Ocean", "Gulf", "Strait", "Straits", "River":
		return len(f) > 1
	}
	return false
}

// recent returns the most recently mentioned entity that passes ok.
func (d *docState) recent(ok func(*docEntity) bool) *docEntity {
	var best *docEntity
	for _, e := range d.ents {
		if ok(e) && (best == nil || best.last.less(e.last)) {
			best = e
		}
	}
	return best
}

func (d *docState) create(name string, m *mention) *docEntity {
	if m.gaz != nil && m.gaz.typ == schema.Person && m.gender == 0 {
		m.gender = m.gaz.gender
	}
	if m.typ == schema.Person && m.gender == 0 {
		m.gender = d.r.g.givenGender(name) // "Michael Howard"
	}
	e := &docEntity{name: name, typ: m.typ, aliases: map[string]bool{}, mentions: map[int]bool{},
		desc: map[string]bool{}, gaz: m.gaz, groupHead: m.head, gender: m.gender, first: pos{-1, 0}, local: m.common && !isCap(name)}
	if e.typ == schema.Location && waterBody(name) {
		// "the Atlantic Ocean", "the Aegean Sea": a body of water is a
		// thing where something is, no actor; no fact places a state in
		// it or it near an island.
		e.typ = schema.Concept
	}
	if e.typ == schema.Person && e.gender == 0 {
		e.likely = d.r.g.sexOf(name) // "Colin Powell"
	}
	if e.typ == schema.Person {
		e.tokens = nameWords(name)
	}
	if m.gaz != nil {
		for _, s := range m.gaz.desc {
			e.desc[s] = true
		}
	}
	if e.typ == schema.Organization {
		f := strings.Fields(name)
		last := strings.ToLower(f[len(f)-1])
		e.desc[last] = true
		// "the airline" is Norden Airlines (or Airways): the singular of a
		// plural head that describes organisations.
		if one := strings.TrimSuffix(last, "s"); one != last && d.r.descNouns[one] {
			e.desc[one] = true
		}
		if len(f) > 1 { // a lone "Radio" or "Times" is a word, no broadcaster's name
			for _, k := range nameKinds[last] {
				e.desc[k] = true // "the network" is Halvik TV
				d.noteKind(k)
			}
		}
		// "the church" is the Church of Scientology; "the organization"
		// any organisation.
		if len(f) > 2 && strings.EqualFold(f[1], "of") {
			e.desc[strings.ToLower(f[0])] = true
		}
		if i := slices.Index(f, "Party"); i > 0 && i < len(f)-1 && partyNamed(name, nil) {
			// "the party" and "the Unity Party" are the Unity Party of
			// America.
			e.desc["party"] = true
			// A party the gazetteer knows by the short form is another
			// ("Democratic Party" beside the Democratic Party of Japan).
			short := strings.Join(f[:i+1], " ")
			if _, taken := d.byKey[normKey(short)]; !taken && d.r.g.entries[normKey(short)] == nil {
				e.aliases[short] = true
				d.byKey[normKey(short)] = e
			}
		}
		if len(f) > 2 && d.r.g.demonyms[normKey(f[0])] != "" && partyNamed(name, nil) {
			// "the Solidarity Party" after "the American Solidarity
			// Party": the party without its nationality, unless another
			// or a party the gazetteer knows has that name.
			short := strings.Join(f[1:], " ")
			if _, taken := d.byKey[normKey(short)]; !taken && d.r.g.entries[normKey(short)] == nil {
				e.aliases[short] = true
				d.byKey[normKey(short)] = e
			}
		}
		e.desc["organization"], e.desc["organisation"] = true, true
	}
	nameHead(e)
	d.ents = append(d.ents, e)
	d.byKey[normKey(name)] = e
	d.byAlias = nil
	return e
}

func (d *docState) rename(e *docEntity, name string) {
	d.byAlias = nil
	e.local = e.local && !isCap(name) // named after all: "the court" is "Oslo District Court"
	e.aliases[e.name] = true
	delete(e.aliases, name)
	e.name = name
	e.tokens = nameWords(name)
	d.byKey[normKey(name)] = e
}

// merged returns the canonical name the options force for m, if any.
func (r *Resolver) merged(m *mention) (string, bool) {
	if len(r.merge) == 0 {
		return "", false
	}
	for _, s := range []string{m.surface, m.name} {
		if v, ok := lookupKey(r.merge, s); ok {
			return v, true
		}
	}
	return "", false
}

// forbidden reports whether the options forbid merging name into e.
func (r *Resolver) forbidden(name string, e *docEntity) bool {
	if len(r.forbid) == 0 {
		return false
	}
	k := normKey(name)
	if r.forbid[[2]string{k, normKey(e.name)}] {
		return true
	}
	for a := range e.aliases {
		if r.forbid[[2]string{k, normKey(a)}] {
			return true
		}
	}
	return false
}

// nameWords returns the lower-case words of a name, "Seung-woo" kept whole.
func nameWords(name string) []string {
	return strings.Fields(strings.ToLower(name))
}

// fatherName reports whether w is in the words of a name only as the
// father's name after "bin", "ibn" or "bint" ("salman" in "Mohammed bin
// Salman"): alone, it names the father ("King Salman"), not the son, who
// goes by his own name or by "bin" and the father's.
func fatherName(words []string, w string) bool {
	found := false
	for i, x := range words {
		if x != w {
			continue
		}
		if i == 0 || words[i-1] != "bin" && words[i-1] != "ibn" && words[i-1] != "bint" {
			return false
		}
		found = true
	}
	return found
}

// sameEnds reports whether two names of two words or more share their
// first and last words and one has no middle ("Emperor Norton", "Emperor
// Joshua Norton"; "George Bush", "George W. Bush"; not "George H. W.
// Bush" and "George W. Bush").
func sameEnds(a, b []string) bool {
	return len(a) >= 2 && len(b) >= 2 && (len(a) == 2 || len(b) == 2) && a[0] == b[0] && a[len(a)-1] == b[len(b)-1]
}

// skipsNames reports whether short, a name of two words or more, is long
// with some of its given names left out, none of them an initial, and the
// same last word ("Otto Jespersen" and "Jens Otto Harry Jespersen"; not
// "George W. Bush" and "George H. W. Bush").
func skipsNames(long, short []string) bool {
	if len(short) < 2 || len(long) <= len(short) || long[len(long)-1] != short[len(short)-1] {
		return false
	}
	i := 0
	for _, w := range long {
		if i < len(short) && w == short[i] {
			i++
			continue
		}
		if len(w) <= 2 || strings.HasSuffix(w, ".") {
			return false
		}
	}
	return i == len(short)
}

// contains reports whether sub occurs in words as a contiguous run.
func contains(words, sub []string) bool {
	if len(sub) == 0 || len(sub) > len(words) {
		return false
	}
	for i := 0; i+len(sub) <= len(words); i++ {
		if slices.Equal(words[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// acronym returns the capital initials of a name of two words or more
// ("Korean People's Army" → "KPA").
func acronym(name string) string {
	var buf [16]byte
	return string(appendAcronym(buf[:0], name))
}

// appendAcronym appends [acronym] of name to dst and returns the extended
// slice.
func appendAcronym(dst []byte, name string) []byte {
	start, n := len(dst), 0
	for w := range strings.FieldsSeq(name) {
		n++
		if isCap(w) {
			dst = append(dst, w[0])
		}
	}
	if n < 2 {
		return dst[:start]
	}
	return dst
}

// mixedAcronym reports whether w is written as the initials of a name
// whose small words keep a small letter ("BoE", "DoJ", "MoD"): three to
// five letters, a capital first and last, a small letter between and two
// capitals at least.
func mixedAcronym(w string) bool {
	if len(w) < 3 || len(w) > 5 || w[0] < 'A' || w[0] > 'Z' || w[len(w)-1] < 'A' || w[len(w)-1] > 'Z' {
		return false
	}
	small := false
	for i := 1; i < len(w)-1; i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			small = true
		case c < 'A' || c > 'Z':
			return false
		}
	}
	return small
}

// smallInitials returns the initials of name as [mixedAcronym] writes
// them, a capitalised word's capital and a small word's small letter
// ("Bank of England" → "BoE"), or "" for a name of one word or of no
// small word.
func smallInitials(name string) string {
	f := strings.Fields(name)
	if len(f) < 3 {
		return ""
	}
	b := make([]byte, 0, len(f))
	small := false
	for _, w := range f {
		if isCap(w) {
			b = append(b, w[0])
			continue
		}
		if w != "of" && w != "for" && w != "and" {
			return ""
		}
		b, small = append(b, w[0]), true
	}
	if !small {
		return ""
	}
	return string(b)
}

// A derivedKey identifies an implied fact: its sentence, subject, lemma and
// object (an entity's name after a zero byte, or a literal).
type derivedKey struct {
	sentence            int
	subj, lemma, object string
}

// addressVerbs are the verbs by which a speaker addresses, names or
// judges an actor, or a body takes one on; their subject "it" is an
// actor, not a thing: "It quoted critics like Ann Lee", "It cited the
// ministry as saying", "It urged the government to act", "It also
// credited Leonov with ...", "It hired Ann Lee in 2001".
var addressVerbs = map[string]bool{
	"quoted": true, "quotes": true, "cited": true, "cites": true, "urged": true, "urges": true, "accused": true,
	"accuses": true, "criticised": true, "criticized": true, "criticises": true, "criticizes": true,
	"praised": true, "praises": true, "thanked": true, "interviewed": true,
	"condemned": true, "condemns": true, "congratulated": true, "blamed": true, "blames": true,
	"credited": true, "credits": true, "honoured": true, "honored": true, "warned": true, "warns": true,
	"sued": true, "sues": true, "hired": true, "hires": true, "appointed": true, "appoints": true,
	"welcomed": true, "welcomes": true, "invited": true, "invites": true,
}

// subordinators open a clause whose subject "it" is mostly the subject of
// the clause they hang on: "Athens was a small village when it was chosen
// to serve as the capital".
var subordinators = map[string]bool{
	"when": true, "because": true, "although": true, "though": true, "after": true, "before": true,
	"since": true, "until": true, "while": true, "once": true, "as": true, "where": true,
}

// clauseIt resolves an "it" that is the subject of a clause opened by a
// subordinator ([subordinators]) in sentence si to the place or state
// that opens the sentence as its subject ("Athens was just a small
// village when it was chosen"; "In 1992, Coron grew because it ..."),
// with no other actor between them. It returns nil otherwise.
func (d *docState) clauseIt(si int, m *mention) *docEntity {
	toks := d.input[si].Tokens
	if m.pron != "it" || m.start < 3 || m.end >= len(toks) {
		return nil
	}
	// "Norway left the union, which it joined in 1995": "it" after a
	// relative "which" set off by a comma is not the noun the clause
	// describes, which goes between it and the sentence's subject.
	relative := toks[m.start-1].Lower() == "which" && toks[m.start-2].Text == ","
	if !subordinators[toks[m.start-1].Lower()] && !relative {
		return nil
	}
	if t := toks[m.end].Tag; !strings.HasPrefix(t, "VB") && t != "MD" {
		return nil
	}
	open := frontedPhrase(toks) + 1
	for _, c := range d.sents[si] {
		if c.start >= m.start {
			break
		}
		if c.ent == nil || c.adj || c.end < open {
			continue
		}
		if c.possessive || !opensAt(toks, open, c) ||
			c.ent.typ != schema.GPE && c.ent.typ != schema.Location || !d.subject(si, c) {
			return nil
		}
		for _, o := range d.sents[si] {
			if o != c && o.start > c.start && o.start < m.start && o.ent != nil && !o.adj && !(relative && o.end == m.start-2) {
				return nil
			}
		}
		return c.ent
	}
	return nil
}

// definesBody reports whether the sentence toks, whose subject is the
// organisation of mention c, says what the body is: a form of "be" and
// a determiner after the subject and an aside set off by commas ("NCU,
// or the Nordic Coast Union, is a loose alliance", "Halvik is the oldest
// firm in Norway"), or its founding in the passive ("The party was
// founded in 1991"). A text that defines a body goes on about it.
func definesBody(toks []nlp.Token, c *mention) bool {
	k := c.end
	if k < len(toks) && toks[k].Text == "," {
		for k++; k < len(toks) && toks[k].Text != ","; k++ {
		}
		k++
	}
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].Lower() {
	case "is", "was":
	default:
		return false
	}
	switch toks[k+1].Lower() {
	case "a", "an", "the", "one":
		return true
	case "founded", "established", "formed", "created":
		return true
	}
	return false
}

// openingPhrase reports whether pronoun m of sentence si comes right
// after a comma that closes a phrase opening the sentence with no actor
// and no finite verb in it ("Founded in 1871, it has become ...", "At an
// elevation of 1100 ft, it is ...", "Due to its public square, it is
// ..."), so that m is the sentence's subject as at its start.
func (d *docState) openingPhrase(si int, m *mention) bool {
	toks := d.input[si].Tokens
	if m.start < 2 || toks[m.start-1].Text != "," {
		return false
	}
	for _, t := range toks[:m.start-1] {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD", "WDT", "WP", "WRB":
			return false
		}
	}
	return !slices.ContainsFunc(d.sents[si], func(c *mention) bool { return c.start < m.start && c.ent != nil && !c.adj && !c.possessive })
}

// opensAt reports whether mention c, which ends at or after token open
// of toks, starts there, or right after a "the" there: the subject that
// opens a sentence after its fronted phrase ([frontedPhrase]), as
// [docState.topicIt] and [docState.clauseIt] read it.
func opensAt(toks []nlp.Token, open int, c *mention) bool {
	return c.start <= open || c.start == open+1 && strings.EqualFold(toks[open].Text, "the")
}

// topicIt resolves an "It" that opens sentence si as the subject of its
// verb (after adverbs) to the actor named as the subject at the start of the sentence
// before, or right after a phrase with no verb that opens it ("Tulsa is
// the second city of Oklahoma. It lies on the Arkansas River."; "In the
// past, Coron was unknown. It remains a small town."): a place or state
// the text is about, with no other noun phrase
// before its verb, or an organisation when the verb addresses an actor
// ("The Daily Post ran the story. It quoted Ann Lee.", [addressVerbs]),
// or when a description names the organisation ("The airline was Iran's
// first in private hands. It has ...").
// It returns nil otherwise.
func (d *docState) topicIt(si int, m *mention) *docEntity {
	toks := d.input[si].Tokens
	// "Tulsa is a city in Oklahoma; it lies on the Arkansas River": after
	// a semicolon, the clause before it stands for the sentence before.
	semi := m.start > 2 && toks[m.start-1].Text == ";"
	if m.start != 0 && !semi && !d.openingPhrase(si, m) || m.pron != "it" || si == 0 && !semi || m.end >= len(toks) {
		return nil
	}
	v := m.end // the verb, past adverbs: "It also expelled two diplomats."
	for v+1 < len(toks) && toks[v].Tag == "RB" {
		v++
	}
	if t := toks[v].Tag; !strings.HasPrefix(t, "VB") && t != "MD" || expletiveIt(toks, m.end) {
		return nil // "It is important to understand ...": no one's
	}
	ps, prev, before := si-1, []nlp.Token(nil), []*mention(nil)
	if semi {
		ps, prev = si, toks[:m.start-1]
		for _, c := range d.sents[si] {
			if c.start < m.start-1 {
				before = append(before, c)
			}
		}
	} else {
		prev, before = d.input[si-1].Tokens, d.sents[si-1]
	}
	open := frontedPhrase(prev) + 1 // "In the past, Coron was unknown."
	for _, c := range before {
		if c.ent == nil || c.adj || c.possessive || c.end < open {
			continue
		}
		if !opensAt(prev, open, c) && !d.openingPhrase(ps, c) {
			return nil
		}
		if c.ent.typ != schema.GPE && c.ent.typ != schema.Location &&
			(c.ent.typ != schema.Organization || !addressVerbs[toks[v].Lower()] && c.kind != mDesc && !definesBody(prev, c)) {
			// An organisation's "It" was a thing's as often (a
			// spacecraft typed as a body), but not before a verb that
			// addresses an actor, nor after a description that makes
			// the body the topic ("The airline was Iran's first in
			// private hands. It has ...") or a sentence that says
			// what the body is ("Halvik is a Swedish firm. It has ...").
			return nil
		}
		if !d.subject(ps, c) {
			return nil
		}
		return c.ent
	}
	return nil
}

// writtenBody returns the organisation of the document whose name is the
// group mention m's words, case aside ("Malian security forces" for the
// Malian Security Forces), or nil.
func (d *docState) writtenBody(m *mention) *docEntity {
	if e := d.byKey[normKey(m.surface)]; e != nil && e.typ == schema.Organization && len(e.mentions) > 0 {
		return e
	}
	return nil
}

// formerHolderNamed reports whether the document has named a person as a
// former holder of a title, desc "former president" ("Former president Tom
// Wu"): a later "the former president" is that person, not the president
// named since.
func (d *docState) formerHolderNamed(desc string) bool {
	return slices.ContainsFunc(d.ents, func(e *docEntity) bool { return e.typ == schema.Person && e.desc[desc] })
}

// commonBodyWords are the nouns of bodies and facilities that, capitalised
// alone as a sentence's first word, are common nouns, not a body's name
// ("Hospital spokeswoman Ann Lee said", "Office manager Tom Wu").
var commonBodyWords = map[string]bool{
	"Hospital": true, "Clinic": true, "Office": true, "Program": true, "Programme": true, "Project": true,
	"Embassy": true, "Consulate": true, "Company": true, "Firm": true, "School": true, "College": true,
	"Museum": true, "Library": true, "Club": true, "Charity": true, "Agency": true, "Ministry": true,
	"Department": true, "Center": true, "Centre": true, "Store": true, "Shop": true, "Factory": true,
	"Prison": true, "Airport": true, "Station": true, "Campaign": true, "Team": true,
	"Zoo": true, "Aquarium": true, "Observatory": true, "Gallery": true,
}

// bodyWordNamed reports whether an organisation named before has w as
// its first or last word ("the Swedish Embassy" before "Embassy
// spokesman Tom Wu"): a lone w may then be its short name.
func (d *docState) bodyWordNamed(w string) bool {
	return d.recent(func(e *docEntity) bool {
		f := strings.Fields(e.name)
		return e.typ == schema.Organization && len(f) > 1 && (f[0] == w || f[len(f)-1] == w)
	}) != nil
}

// commonBodyOpener reports whether the one-word organisation mention m is a noun
// of [commonBodyWords] opening its sentence before a lower-case noun: a
// generic body's description, no name ("Clinic manager Ann Lee").
func commonBodyOpener(toks []nlp.Token, m *mention) bool {
	return m.gaz == nil && m.end == m.start+1 && commonBodyWords[toks[m.start].Text] && sentenceFirst(toks, m.start) &&
		m.end < len(toks) && toks[m.end].Tag == "NN" && !isCap(toks[m.end].Text)
}
