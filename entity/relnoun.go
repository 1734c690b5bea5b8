package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// relationalNouns name what one actor is to another: "Boeing's main
// rival, Airbus" (Airbus compete_with Boeing), "the senator's opponent,
// Ann Lee" (oppose), "Ann Lee, a fierce critic of Tom Wu" (criticize),
// "Norway's closest ally, Sweden" (ally_of), "her deputy, Tom Wu"
// (deputy_of).
var relationalNouns = map[string]string{
	"rival": "compete_with", "rivals": "compete_with", "competitor": "compete_with",
	"competitors": "compete_with", "challenger": "compete_with", "opponent": schema.Oppose,
	"opponents": schema.Oppose, "ally": schema.AllyOf, "allies": schema.AllyOf,
	// "Tom Wu, a confidant of Ann Lee": one she confides in stands by her.
	"confidant": schema.AllyOf, "confidante": schema.AllyOf, "confidants": schema.AllyOf,
	"critic": "criticize", "critics": "criticize",
	// "Tom Wu's longtime associate, Ann Lee", "a Wu associate": a
	// person's partner in business or politics.
	"associate": "associate_of", "associates": "associate_of",
	// A person's supporter: a body's is its member, as the role rules
	// read it.
	"supporter": schema.Support, "supporters": schema.Support,
	// "Fellesforbundet, a major backer of the Labour Party": one who
	// backs or funds an actor, a body's too.
	"backer": "back", "backers": "back", "funder": "fund", "funders": "fund",
	// A person's deputy: a body's deputy is a role the role rules read.
	"deputy": "deputy_of",
	// "Hunter Biden's former business partner Tony Bobulinski", "Labour's
	// coalition partner, the Greens".
	"partner": "partner_of", "partners": "partner_of",
	// A person's party: the person is its member ([partyOf]).
	"party": partyOf,
	// A person's band or group: the person plays or works in it ("Ann
	// Lee's new band, the Velvet Crows").
	"band": partyOf, "group": partyOf,
}

// compoundRelational are the nouns of relationalNouns that a person's
// name may stand before, as a modifier, for whom they are of ("a Wu
// critic", "a Wu ally", "a Wu rival").
var compoundRelational = map[string]bool{
	"critic": true, "ally": true, "rival": true, "opponent": true, "associate": true,
}

// partyOf is the relation of relationalNouns' "party": the other actor,
// an organisation, is the possessor's party, so the possessor is a member
// of it ("Ann Lee's own party, the Liberal Union").
const partyOf = "party_of"

// possessorRole returns the role of the other actor to the possessor for
// lemma, reversed when reverse is set; a party's is the possessor's
// membership, the other way round. ok is false for a party that is no
// organisation.
func possessorRole(lemma string, reverse bool, other *docEntity) (role, bool) {
	if lemma != partyOf {
		return role{lemma: lemma, reverse: reverse}, true
	}
	return role{lemma: schema.MemberOf, reverse: !reverse}, other.typ == schema.Organization
}

// relationalApposition: "Boeing's main competitor, Airbus": an actor's
// possessive, lower-case modifiers and a noun of relationalNouns, then in
// apposition another actor, give the other the noun's relation to the
// possessor; so does the other order, "Airbus, Boeing's chief rival,"
// (also read as a copula, [docState.relationalObject], where the extractor
// finds one).
func relationalApposition(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.adj || b.adj || !actorEntity(a.ent) || !actorEntity(b.ent) {
		return role{}, false
	}
	toks := s.Tokens
	if a.possessive && named(b) && a.end < b.start {
		// "Boeing's main competitor, Airbus", "its rival, the Globex
		// Corporation"
		comma := b.start - 1
		if comma > a.end && strings.EqualFold(toks[comma].Text, "the") {
			comma--
		}
		bare := false
		if k := examplesBefore(toks, comma); k > a.end {
			// "its allies such as Britain and Australia", "Norway's
			// rivals, including Sweden": the named are examples of the
			// noun.
			comma = k
		} else if toks[comma].Text != "," {
			// "his main rival Tom Wu": the noun right before the name,
			// with no comma, is the name's title.
			if comma != b.start-1 || !strings.HasPrefix(toks[comma].Tag, "NN") && !strings.HasPrefix(toks[comma].Tag, "JJ") {
				return role{}, false
			}
			comma, bare = b.start, true
		}
		if lemma := relationalNounAt(toks, a.end, comma, a.ent); lemma != "" {
			if bare && (relationalNouns[toks[comma-1].Lower()] == "" || lemma == partyOf || lemma == "criticize" && a.ent.typ != schema.Person) {
				// "the Times' critic Ann Lee" writes for the paper;
				// "his party Liberal Union" is seldom written so; other
				// titles are read by the role rules.
				return role{}, false
			}
			return possessorRole(lemma, true, b.ent)
		}
		return role{}, false
	}
	if b.possessive && named(a) && a.end < len(toks) && toks[a.end].Text == "," &&
		(b.start == a.end+1 || b.start == a.end+2 && strings.EqualFold(toks[a.end+1].Text, "the")) {
		// "Airbus, Boeing's main rival,": the extractor reads most such
		// appositions as copulas, but not where the tagger takes the
		// noun for another word ("closest ally").
		k := b.end
		if k < len(toks) && toks[k].Tag == "POS" {
			k++
		}
		for k < len(toks) && k < b.end+4 && lowerWord(toks[k].Text) {
			k++
		}
		if k == len(toks) || toks[k].Text == "," || toks[k].Text == "." {
			if lemma := relationalNounAt(toks, b.end, k, b.ent); lemma != "" {
				return possessorRole(lemma, false, a.ent)
			}
		}
	}
	return role{}, false
}

// examplesBefore returns the start of the words that open examples of a
// plural noun and end at token k: "such as", "including" or "like", after
// an optional comma ("its allies, including"). It returns -1 otherwise.
func examplesBefore(toks []nlp.Token, k int) int {
	switch w := toks[k].Lower(); {
	case w == "as" && k > 0 && toks[k-1].Lower() == "such":
		k--
	case w == "including" || w == "like":
	default:
		return -1
	}
	if k > 0 && toks[k-1].Text == "," {
		k--
	}
	return k
}

// relationalNounAt returns the relation to possessor of the noun of
// relationalNouns that ends tokens [from, to) after a possessive's "'s"
// and at most three lower-case modifiers ("'s main", "'s closest", "'s
// longtime tag team"), or "".
// Only a person has a deputy here.
func relationalNounAt(toks []nlp.Token, from, to int, possessor *docEntity) string {
	if from < to && toks[from].Tag == "POS" {
		from++
	}
	if n := to - from; n >= 3 && n <= 4 && chiefOfStaff(toks, to-3) && possessor.typ == schema.Person && (n == 3 || lowerWord(toks[from].Text)) {
		return schema.WorkFor // "was Wu's chief of staff", "served as Wu's deputy chief of staff"
	}
	if to-from < 1 || to-from > 4 {
		return ""
	}
	// "Wu's Special Presidential Envoy": a person's staff title written
	// capitalised throughout.
	titled := possessor.typ == schema.Person && isCap(toks[to-1].Text) && staffNounsOfPerson[toks[to-1].Lower()]
	for _, t := range toks[from : to-1] {
		// "main", "closest", "close": the tagger takes some for adverbs
		// or verbs; function words end the modifiers.
		switch t.Tag {
		case "IN", "DT", "CC", "TO", "PRP", "PRP$", "WDT", "WP":
			return ""
		}
		if !lowerWord(t.Text) && !(titled && isCap(t.Text)) {
			return ""
		}
	}
	// The tagger may take the noun for an adjective or an adverb
	// ("closest ally"): the phrase's end is what makes it the head.
	lemma := relationalNouns[toks[to-1].Lower()]
	if w := strings.TrimSuffix(toks[to-1].Lower(), "s"); adviserNouns[w] && studyAdviser(toks[from:to-1]) {
		return "" // "were her dissertation advisers": they supervise her studies, she does not employ them
	}
	if w := toks[to-1].Lower(); possessor.typ == schema.Person && (staffNounsOfPerson[w] || staffNounsOfPerson[strings.TrimSuffix(w, "s")] ||
		to-from > 1 && toks[to-2].Lower() == "vice" && toks[to-1].Lower() == "president") {
		// "was serving as Wu's personal lawyer", "one of Wu's aides",
		// "President Wu's vice president": the person's staff.
		return schema.WorkFor
	}
	if lemma == "criticize" && to-from > 1 && strings.HasPrefix(toks[to-2].Tag, "NN") {
		return "" // "The Times' music critic Paul Connolly": a critic of an art is a job
	}
	if (lemma == "deputy_of" || lemma == partyOf || lemma == schema.Support) && possessor.typ != schema.Person {
		return ""
	}
	return lemma
}

// studyAdviser reports whether the modifiers mods of an adviser name a
// course of study ("dissertation adviser", "doctoral advisor", "PhD
// advisor"): the adviser supervises the student whose adviser they are.
func studyAdviser(mods []nlp.Token) bool {
	for _, t := range mods {
		switch t.Lower() {
		case "dissertation", "thesis", "doctoral", "phd", "ph.d.", "postdoctoral", "academic", "graduate", "undergraduate", "faculty":
			return true
		}
	}
	return false
}

// relationalObject returns the other actor and the relation of a copula's
// object, ending at token last, that is an actor's possessive and a noun of
// relationalNouns ("Airbus is Boeing's main rival", "Sweden, Norway's
// closest ally," a copula the extractor reads from the apposition), or
// such a noun, of and the actor ("Airbus, a fierce rival of Boeing,"). It
// returns nil otherwise.
func (d *docState) relationalObject(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity, last int) (*docEntity, string) {
	if !actorEntity(subj) {
		return nil, ""
	}
	toks := s.Tokens
	first := -1 // the object's first token, after an article
	for k, t := range toks {
		if t.Start >= x.Object.Start {
			first = k
			break
		}
	}
	if first < 0 {
		return nil, ""
	}
	if t := toks[first].Lower(); first+2 < len(toks) && (t == "more" || t == "something") && toks[first+1].Lower() == "of" &&
		(toks[first+2].Lower() == "a" || toks[first+2].Lower() == "an") {
		first += 2 // "much more of a critic of Halvik than Wu", "something of a rival of Acme"
	}
	if t := toks[first].Lower(); t == "a" || t == "an" || t == "the" {
		first++
	} else if t == "one" && first+1 < len(toks) && toks[first+1].Lower() == "of" {
		first += 2 // "one of Wu's aides"
		if first < len(toks) && toks[first].Lower() == "the" {
			first++ // "one of the largest backers of the Labour Party"
		}
	}
	for _, m := range d.sents[si] {
		if m.ent == nil || m.ent == subj || m.adj || !actorEntity(m.ent) || m.start > last || m.start < first {
			continue
		}
		if m.end <= last && (toks[m.end].Tag == "POS" || m.possessive) {
			if lemma := relationalNounAt(toks, m.end, last+1, m.ent); lemma != "" && lemma != partyOf {
				return m.ent, lemma
			}
		}
		if m.end == last && !m.possessive && m.ent.typ == schema.Person && compoundRelational[toks[last].Lower()] {
			// "a longtime Wu critic", "a Wu ally": a person's name
			// before the noun is whom the noun is of; a paper's is whom
			// the critic writes for ("a Herald critic").
			return m.ent, relationalNouns[toks[last].Lower()]
		}
		// "a close ally of Norway", "a rival of the Globex Corporation",
		// "a critic of Russian President Ann Lee": the of may stand
		// before the titles written with the name.
		of := namedTitleStart(m) - 1
		if of > first && strings.EqualFold(toks[of].Text, "the") {
			of--
		}
		if m.end > last && of > first && strings.EqualFold(toks[of].Text, "of") {
			if lemma := relationalNounAt(toks, first, of, m.ent); lemma != "" && lemma != partyOf {
				return m.ent, lemma
			}
		}
	}
	return nil, ""
}

// alliesBefore reports whether the argument a is an example, or on a
// list of examples, after the bare plural "allies": "allies such as
// Norway", "key allies, including Norway and Denmark", "allies like
// Norway". A possessive before the noun
// ("Norway's allies such as Finland") names whose allies they are
// ([relationalApposition]).
func alliesBefore(s nlp.Sentence, a schema.Argument) bool {
	first, _ := argTokens(s, a)
	toks := s.Tokens
	if first < 2 {
		return false
	}
	j := first - 1
	for j > 0 && first-j < 12 && (toks[j].Text == "," || toks[j].Lower() == "and" || toks[j].Lower() == "the" || strings.HasPrefix(toks[j].Tag, "NNP")) {
		j-- // "allies such as Sweden, Finland and Denmark": a later name on the list
	}
	k := examplesBefore(toks, j)
	if k < 1 || toks[k-1].Lower() != "allies" {
		return false
	}
	for i := k - 2; i >= 0 && i >= k-3; i-- {
		if toks[i].Tag == "POS" || toks[i].Tag == "PRP$" {
			return false // "Norway's allies", "its allies": the possessor's
		}
	}
	return true
}

// allyActor reports whether e may be an ally: a state, a body or a
// group, not a person.
func allyActor(e *docEntity) bool {
	return e.typ == schema.GPE || e.typ == schema.Organization || e.typ == schema.Group
}

// andRelationOf: "Tom Wu and wife Ann Lee", "Moh Damush and partners Hugues
// Mulliez and Nicolas Bourg", "Acme and rival Globex": a relational or
// family noun with no possessor, right after "and" and before a name, is
// the relation of that name to the actor listed before "and".
func andRelationOf(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	toks := s.Tokens
	if b.start != a.end+2 || !named(a) || !named(b) || a.possessive || b.possessive || a.adj || b.adj ||
		!actorEntity(a.ent) || !actorEntity(b.ent) || toks[a.end].Lower() != "and" || !lowerWord(toks[a.end+1].Text) {
		return role{}, false
	}
	w := toks[a.end+1].Lower()
	if r, ok := kinNouns.get(w); ok && a.ent.typ == schema.Person && b.ent.typ == schema.Person {
		return r, true
	}
	if lemma := relationalNouns[w]; lemma != "" && lemma != partyOf && lemma != "deputy_of" {
		return possessorRole(lemma, true, b.ent)
	}
	return role{}, false
}
