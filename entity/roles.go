package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Roles and affiliations that the words between two mentions state. Each
// rule is a small function over the tokens between a mention a and the
// next mention b of the same sentence, so that a dependency parse can later
// replace the token test without touching what the rule concludes.

// leadNouns are role nouns that head what they are of ("director of X").
var leadNouns = map[string]bool{
	"leader": true, "head": true, "chief": true, "president": true, "chairman": true, "chairwoman": true,
	"chair": true, "director": true, "coach": true, "captain": true, "commander": true, "commandant": true, "ceo": true,
	"chancellor": true, "governor": true, "mayor": true, "premier": true, "administrator": true,
	// Heads who share the post: "the co-chair of Farmers for Ann Lee".
	"co-chair": true, "co-chairman": true, "co-chairwoman": true, "co-chairperson": true, "co-leader": true,
	"co-president": true, "co-director": true,
	"chairperson": true, "boss": true, "owner": true, "dictator": true, "ruler": true,
	// "Its director-general, Tedros Adhanom Ghebreyesus,": the head of an
	// international body or a state's service.
	"secretary-general": true, "director-general": true,
	// "the editor-in-chief of the Oslo Times", "whose commander-in-chief
	// is Tom Wu": the head of a paper or of armed forces.
	"commander-in-chief": true, "editor-in-chief": true,
	// Monarchs head their states: "the new Sultan of Brunei".
	"king": true, "queen": true, "sultan": true, "emir": true, "monarch": true, "emperor": true, "empress": true,
}

// memberNouns are role nouns that make their holder a member of what they
// are of ("member of X", "a councillor of X").
var memberNouns = map[string]bool{
	"member": true, "councillor": true, "councilor": true, "mp": true, "senator": true, "delegate": true,
	"candidate": true, "nominee": true, "supporter": true, "activist": true, "politician": true, "veteran": true,
	"student": true, "undergraduate": true, "undergrad": true, "major": true, "player": true, "goalkeeper": true, "defender": true, "striker": true,
	"midfielder": true, "winger": true, "forward": true, "campaigner": true, "volunteer": true, "trustee": true,
	"organiser": true, "organizer": true, "lawmaker": true, "legislator": true, "congressman": true,
	"congresswoman": true, "parliamentarian": true, "mep": true, "whip": true, "figure": true,
	"selectman": true, "selectwoman": true, "selectperson": true,
	// A party's runners and its members on the back benches: "Republican
	// challenger Tom Wu", "Democratic frontrunner Ann Lee", "Labour
	// backbencher Tom Wu".
	"challenger": true, "hopeful": true, "frontrunner": true, "front-runner": true, "backbencher": true,
	// The players of a side by their place in it: "Pacers guard Ann
	// Lee", "Australian batsman Tom Wu".
	"guard": true, "batsman": true, "batter": true, "bowler": true, "pitcher": true, "catcher": true,
	"quarterback": true, "linebacker": true, "shortstop": true, "outfielder": true, "infielder": true,
	"wicketkeeper": true, "wicket-keeper": true, "fullback": true, "full-back": true, "centre-back": true,
	// Rugby's: "Wales fly-half Tom Wu", "Halden halfback Ann Lee".
	"halfback": true, "half-back": true, "fly-half": true, "flyhalf": true, "scrum-half": true, "scrumhalf": true,
	"flanker": true, "hooker": true, "prop": true, "five-eighth": true,
	// The musicians of a band ([bandNouns]): "Coldplay frontman Chris
	// Martin".
	"frontman": true, "frontwoman": true, "singer": true, "vocalist": true, "guitarist": true, "bassist": true,
	"drummer": true, "keyboardist": true,
	// The keepers of a project: "Tom Wu, one of the maintainers of
	// Linux".
	"maintainer": true,
	// The elected members of a learned society: "was elected a Fellow of
	// the Royal Norwegian Society".
	"fellow": true,
}

// bandNouns are the member nouns of a band's musicians: with a nationality
// ("Russian singer Ann Lee", "a British guitarist") they say where the
// musician is from; no state has singers as members.
var bandNouns = map[string]bool{
	"frontman": true, "frontwoman": true, "singer": true, "vocalist": true, "guitarist": true, "bassist": true,
	"drummer": true, "keyboardist": true,
}

// residentNouns are member nouns that, with a place, say where a person
// is from rather than what they belong to ("a Texas student"; "undergrad"
// is the clipped "undergraduate").
var residentNouns = map[string]bool{"student": true, "undergraduate": true, "undergrad": true, "major": true, "resident": true, "activist": true, "supporter": true, "figure": true,
	"challenger": true, "hopeful": true} // "an Olympic hopeful", "the Australian challenger"

// workNouns are role nouns of people who work for what they are of.
var workNouns = map[string]bool{
	"spokesman": true, "vp": true, "spokeswoman": true, "spokesperson": true, "editor": true, "attorney": true,
	"lawyer": true, "minister": true, "secretary": true, "official": true, "employee": true,
	"reporter": true, "correspondent": true, "ambassador": true, "envoy": true, "officer": true,
	"professor": true, "researcher": true, "scientist": true, "analyst": true, "adviser": true,
	"advisor": true, "staff": true, "detective": true, "agent": true, "representative": true,
	"executive": true, "manager": true, "engineer": true, "writer": true, "columnist": true,
	"instructor": true, "curator": true, "teacher": true, "lecturer": true, "prosecutor": true,
	"spokeswomen": true, "spokesmen": true, "staffer": true, "aide": true, "producer": true,
	"treasurer": true, "diplomat": true, "bureaucrat": true, "cfo": true, "coo": true,
	"consultant": true, "coordinator": true, "economist": true, "strategist": true, "lobbyist": true,
	"investigator": true, "auditor": true, "accountant": true, "technician": true,
	"attorney-general": true, "solicitor-general": true, "inspector-general": true, "auditor-general": true,
	"surgeon-general": true, "governor-general": true, "consul-general": true, "prosecutor-general": true,
	"physician": true, "surgeon": true, "nurse": true, "pilot": true, "specialist": true, "expert": true,
	"commissioner": true, "negotiator": true, "sheriff": true, "clerk": true, "coroner": true, "comptroller": true,
	"photographer": true, "presenter": true, "scholar": true, "chef": true, "journalist": true, "photojournalist": true,
	"cameraman": true, "camerawoman": true, "intern": true, "worker": true,
	// "Ann Lee, a partner at law firm Dunmore & Webb": a firm's partners work for it.
	"partner": true,
	// "Halvik News anchor Ann Lee": a broadcaster's news presenters.
	"anchor": true, "anchorman": true, "anchorwoman": true, "newsreader": true, "newscaster": true,
	// "CNN host Tom Wu", "Tom Wu, a Halvik Radio host,": its shows' hosts
	// (a show's own name before it is [hostOfShow]'s).
	"host": true, "co-host": true,
	// "Fox News personality Ann Lee", "YouTube personality Tom Wu": a
	// broadcaster's or a platform's on-air figures.
	"personality": true,
	// "NASA astronaut Tom Wu": a space agency's crews are its staff.
	"astronaut": true, "cosmonaut": true,
	// "Ann Lee, a UN special rapporteur": an expert who reports to a body.
	"rapporteur": true,
	// "US District Judge Tom Wu": a state's judge serves in its courts.
	"judge": true, "magistrate": true,
	// "a former Halvik model": a fashion house's or an agency's model.
	"model": true,
	// "RCMP Constable Tom Wu", "Halden Police Sergeant Ann Lee": a
	// force's ranks serve in it.
	"constable": true, "sergeant": true, "inspector": true, "corporal": true,
	// "Tom Wu, a former Army colonel": an army's officers and soldiers
	// serve in it.
	"colonel": true, "lieutenant": true, "brigadier": true, "soldier": true,
}

// saidLast reports whether token k is a verb of speech that ends its
// sentence ([saidVerbs]): its subject is the name before it, written after
// the quote.
func saidLast(s nlp.Sentence, k int) bool {
	return saidVerbs[s.Tokens[k].Lower()] && (k+1 == len(s.Tokens) || k+2 == len(s.Tokens) && s.Tokens[k+1].Text == ".")
}

// saidQuote reports whether token k is a verb of speech that a comma or a
// colon and an opening quote follow: `Ann Lee, president of Halvik
// Motors said, "It was a good day."`, whose subject is the name before
// the apposition.
func saidQuote(s nlp.Sentence, k int) bool {
	toks := s.Tokens
	if !saidVerbs[toks[k].Lower()] || k+2 >= len(toks) || toks[k+1].Text != "," && toks[k+1].Text != ":" {
		return false
	}
	q := toks[k+2]
	return q.Tag == "``" || q.Text == "\"" || q.Text == "“" || q.Text == "``"
}

// pressNouns are role nouns of people who write for a paper or a broadcaster
// but whose "of" names what they oppose too: "film critic for the Herald"
// and "Herald critic Ann Lee" work for it, "a critic of Globex" does not
// ([pressRole]).
var pressNouns = map[string]bool{"critic": true, "critics": true, "reviewer": true, "commentator": true, "contributor": true}

// newsHeads are the last words of the names of papers, broadcasters and
// news services.
var newsHeads = map[string]bool{
	"times": true, "post": true, "mail": true, "news": true, "gazette": true, "herald": true, "journal": true,
	"press": true, "television": true, "radio": true, "magazine": true, "tribune": true, "telegraph": true,
	"guardian": true, "broadcasting": true, "weekly": true, "reporter": true, "chronicle": true,
	"observer": true, "review": true, "daily": true, "examiner": true, "inquirer": true, "tv": true,
}

// pressRole reports whether a press noun (noun) with the organisation org
// after prep ("for", "of", or "" when org stands before the noun) makes
// its holder org's staff: always with for, otherwise when org is a paper,
// a broadcaster or a news service by its name or the gazetteer.
func pressRole(noun, prep string, org *docEntity) bool {
	if !pressNouns[noun] || org == nil || org.typ != schema.Organization {
		return false
	}
	if prep == "for" {
		return true
	}
	return newsOutlet(org)
}

// hostOfShow reports whether noun, a host's, follows the name of org that
// is no outlet by its name or the gazetteer: a show's ("Morning Joe host
// Tom Wu"), which is a thing, employing no one.
func hostOfShow(noun string, org *docEntity) bool {
	return (noun == "host" || noun == "co-host") && !newsOutlet(org)
}

// newsOutlet reports whether org is a paper, a broadcaster or a news
// service by its name or the gazetteer.
func newsOutlet(org *docEntity) bool {
	if org == nil || org.typ != schema.Organization {
		return false
	}
	f := strings.Fields(strings.ToLower(org.name))
	if n := len(f); n > 0 && (newsHeads[strings.Trim(f[n-1], ".")] || n > 1 && f[n-2] == "news") {
		return true
	}
	if org.gaz != nil {
		for _, w := range org.gaz.desc {
			if w == "newspaper" || w == "paper" || w == "broadcaster" || w == "magazine" {
				return true
			}
		}
	}
	return false
}

// roleFacts adds the facts that the words between neighbouring mentions of
// sentence si state. Descriptions ("the director") are words between
// mentions here, not mentions, and a nationality inside a name ("Saudi" in
// "the Saudi Gazette") is part of that name.
func (d *docState) roleFacts(si int, s nlp.Sentence, all []*mention) {
	s = dashApposition(s, all)
	ms := make([]*mention, 0, len(all))
	for _, m := range all {
		// A description takes part only as a possessor, as a pronoun
		// does: "the company's chairman, David Calhoun,".
		// A word that resolved to no entity ("CEO" in "Ann Lee, the
		// CEO of Globex") is no neighbour: the rules read it as a word;
		// nor is a body named by a common noun ("its unit, the court").
		if (m.kind != mDesc || m.possessive) && m.ent != nil && !inside(m, all) && !m.common {
			if n := len(ms); n > 0 && isPlace(ms[n-1].ent) && m.start == ms[n-1].end+1 && bracketAcronymAfter(s.Tokens, ms[n-1]) {
				// "Kelby, Nova Scotia (N.S.), Canada": the place's
				// acronym stands between it and the place that holds it.
				continue
			}
			ms = append(ms, m)
		}
	}
	// "the Kennedy Space Center in Cape Canaveral, Florida": an unknown
	// name before a comma and a known place, or after a word for a kind
	// of place, is a place before any rule reads it ([unknownPlace],
	// [placeNounBefore]).
	for k := 0; k+1 < len(ms); k++ {
		if a, b := ms[k], ms[k+1]; a.ent != nil && b.ent != nil && (unknownPlace(d, s, a, b) || unknownPlaceOfKind(d, s, a, b)) {
			a.ent.typ = schema.GPE
		}
	}
	for _, m := range ms {
		if m.ent != nil && placeNounBefore(d, s, m) {
			m.ent.typ = schema.GPE
		}
	}
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if a.ent == nil || b.ent == nil || a.ent == b.ent || b.start < a.end {
			continue
		}
		basedUnknown(d, s, a, b)
		if d.r.placedOnly(s, b) && !d.r.based(s, a) && (a.ent.typ == schema.Person || k+2 < len(ms) && ms[k+2].start == b.end) ||
			d.r.placedOnly(s, a) && b.ent.typ == schema.Person {
			// "the president of Oslo-based Halvik Corporation", "Tom
			// Wu, an Oslo-based lawyer,": the compound places the body
			// after it ([basedIn]) and employs no one; a role is the
			// body's, never the place's.
			continue
		}
		if k+2 < len(ms) && isPlace(b.ent) && ofNameAs(s.Tokens, a.end) == b.end && ms[k+2].ent != nil {
			// "named Senator Ann Lee of Ohio as his running mate": the
			// place she stands for is no neighbour of the role after it.
			if r, ok := asSuccessor(d, s, a, ms[k+2]); ok {
				subj, obj := a.ent, ms[k+2].ent
				if r.reverse {
					subj, obj = obj, subj
				}
				d.derive(si, argOf(s, a), joinText(s.Tokens[a.end:ms[k+2].start]), r.lemma, subj, obj, "", roleConf)
			}
		}
		if listApposition(s.Tokens, ms, a, b) || listApposition(s.Tokens, ms, b, a) {
			// "include Tom Wu, the former mayor of Bergen, Ann Lee,
			// and the former mayor of Lund, Bo Li": the apposition
			// between two names of a list is the second's; in "Tom
			// Wu, the mayor of Oslo, Ann Lee, the mayor of Bergen,"
			// the first's.
			continue
		}
		rules := roleRules
		if g, _, _ := d.r.compoundActor(s.Tokens[a.start]); g != nil && a.end == a.start+1 {
			// "the US-backed terrorist group Halvik Front": the compound
			// names what the actor did to the group, not where it is.
			rules = compoundRules
		}
		for _, rule := range rules {
			if r, ok := rule(d, s, a, b); ok {
				subj, obj := a.ent, b.ent
				if r.reverse {
					subj, obj = obj, subj
				}
				if !r.kept {
					r.lemma = pastRole(r.lemma, formerIn(s.Tokens[max(a.start-1, 0):b.start]))
				}
				r.lemma = d.groupRole(r.lemma, obj, s.Tokens[a.start:min(b.end+3, len(s.Tokens))])
				if r.lemma == schema.LocateIn && !r.reverse && obj.typ == schema.GPE && actorEntity(subj) && slices.ContainsFunc(between(s, a, b), bannedWord) {
					// "Halvik Front is a banned group in Sweden", "Halvik
					// Front, an outlawed party in Norway,": the state bans
					// the body, which may lie anywhere.
					subj, obj, r.lemma = obj, subj, "ban"
				}
				if obj.typ == schema.GPE && subj.typ == schema.Person && (r.lemma == schema.Lead || r.lemma == schema.WorkFor || r.lemma == schema.MemberOf) &&
					oppositionBetween(s, a.end, min(b.end+2, len(s.Tokens))) {
					// "Russian opposition leader Tom Wu", "Ann Lee, the
					// Belarusian opposition leader,": of the state's
					// people, who oppose its government; no head, staff
					// or member of it.
					r.lemma = schema.From
				}
				if subj.typ == schema.Person && d.r.country(obj) {
					if noun := legislatorNoun(s.Tokens[a.start:min(b.end+3, len(s.Tokens))]); noun != "" {
						// "Tom Wu, a US congressman,": the chamber's
						// member ([legislatorOf]), or nothing.
						if obj, r.lemma = d.chamberOf(noun), schema.MemberOf; obj == nil {
							break
						}
					}
				}
				f := d.derive(si, argOf(s, a), joinText(s.Tokens[a.end:b.start]), r.lemma, subj, obj, "", roleConf)
				if c := a.country; r.reverse && c != nil && c.ent != nil && c.ent.typ == schema.GPE && subj.typ == schema.Person && oppositionEntity(obj) {
					// "Russian opposition leader Tom Wu": of the state's
					// people too, as the state's adjective alone made him.
					d.derive(si, argOf(s, c), joinText(s.Tokens[c.end:b.start]), schema.From, subj, c.ent, "", roleConf)
				}
				if k > 0 && r.reverse && subj == b.ent && subj.typ == schema.Person && a.ent.typ == schema.Organization {
					if c := ms[k-1]; c.ent != nil && c.ent != a.ent && c.ent.typ == schema.Organization && named(c) && !c.adj && !c.possessive && staffBeforeAnd(between(s, c, a)) {
						// "CNN reporter and former White House press
						// secretary Joe Lockhart": the first body's
						// staff noun before "and" is the holder's too.
						d.derive(si, argOf(s, c), joinText(s.Tokens[c.end:a.start]), schema.WorkFor, subj, c.ent, "", roleConf)
					}
				}
				if r.also != "" {
					d.derive(si, argOf(s, a), joinText(s.Tokens[a.end:b.start]), r.also, subj, obj, "", roleConf)
				}
				if r.reverse && subj == b.ent && f != nil {
					for _, c := range pluralRoleList(s, ms, k+1) {
						// "Acme executives Tom Wu and Ann Lee", "Tom Wu
						// and his partners Ann Lee and Bo Chan": the
						// plural noun is every listed name's.
						d.derive(si, argOf(s, a), joinText(s.Tokens[a.end:b.start]), f.Lemma, c.ent, obj, "", roleConf)
					}
				}
				if r.lemma == "colleague_of" {
					d.sharedEmployer(si, subj, obj)
				}
				if r.lemma == "graduate_from" && !r.reverse {
					// "completed a degree from Halvik University, as
					// well as a Master of Arts at Oslo University":
					// each body a listed degree is from.
					for c, prev := k+2, b; c < len(ms) && ms[c].ent != nil && ms[c].ent.typ == schema.Organization && named(ms[c]) &&
						listedDegree(lowerWords(s.Tokens[prev.end:ms[c].start])); c++ {
						d.derive(si, argOf(s, a), joinText(s.Tokens[prev.end:ms[c].start]), r.lemma, subj, ms[c].ent, "", roleConf)
						prev = ms[c]
					}
				}
				if k+2 < len(ms) && !r.reverse && subj.typ == schema.Person && (r.lemma == schema.Lead || r.lemma == schema.WorkFor || r.lemma == schema.MemberOf) {
					// "Tom Wu of Halvik University and contributor to the
					// Velmar Times": a second role joined by "and" is the
					// same person's.
					first, c := b, ms[k+2]
					if c.ent != nil && isPlace(c.ent) && c.start == b.end+1 && (s.Tokens[b.end].Lower() == "for" || s.Tokens[b.end].Lower() == "in") && k+3 < len(ms) {
						// "special representative of the AU Commission for
						// Somalia and head of AMISOM": the first role's place
						// comes before the second.
						first, c = c, ms[k+3]
					}
					if c.ent != nil && c.ent != a.ent && c.ent != b.ent {
						if lemma := andSecondRole(s, first, c); lemma != "" {
							d.derive(si, argOf(s, a), joinText(s.Tokens[first.end:c.start]), lemma, a.ent, c.ent, "", roleConf)
						}
					}
				}
				if held := a; (r.lemma == schema.Lead || r.lemma == schema.WorkFor || titledRank(r.lemma, a, b, obj)) && subj.typ == schema.Person {
					if r.reverse {
						held = b
					}
					// "President Tom Wu of Norway", then "the president"; "Mr"
					// holds nothing.
					if ts := slices.DeleteFunc(slices.Clone(held.titles), honorific); len(ts) > 0 {
						d.hold(subj, ts, f)
					} else if f != nil {
						// "Tom Wu, Fiji's president," then "the president",
						// "the Fijian president"; "The president of France,
						// Emmanuel Macron," then "the president".
						var t *title
						if r.reverse {
							t = d.r.phraseTitle(r.title)
						} else {
							t = d.possessedTitle(s, a, b)
						}
						d.holdTitle(subj, t, f)
					}
				}
				if !r.reverse && prepPhrase(between(s, a, b), "of", "from") {
					for _, c := range listedBefore(s, ms[:k+1]) {
						d.derive(si, argOf(s, c), joinText(s.Tokens[a.end:b.start]), r.lemma, c.ent, b.ent, "", roleConf)
					}
				}
				if !r.reverse && r.lemma == schema.From && a.ent.typ == schema.Person && s.Tokens[a.end+ageAfter(s, a.end)].Text == "," {
					// "Tom Wu, 42, and his wife Ann Wu, 36, from Sydney":
					// the home set off after a pair is each one's.
					if c := pairedPerson(s, ms[:k+1]); c != nil {
						d.derive(si, argOf(s, c), joinText(s.Tokens[a.end:b.start]), r.lemma, c.ent, b.ent, "", roleConf)
					}
				}
				if !r.reverse && r.lemma == schema.LocateIn && prepPhrase(between(s, a, b), "in", "at") {
					// "the schools Santo Pietro and Immacolata in Velby":
					// each body listed is in the place.
					for _, c := range bodiesListedBefore(s, ms[:k+1]) {
						d.derive(si, argOf(s, c), joinText(s.Tokens[a.end:b.start]), r.lemma, c.ent, b.ent, "", roleConf)
					}
				}
				if a.possessive && pluralKinBefore(s.Tokens, b.start) {
					// "his children Elizabeth and Susan": each name of
					// the list after the plural is kin.
					for _, c := range namesListedAfter(s.Tokens, b, ms[k+2:]) {
						if c.ent == nil || c.ent == a.ent || c.ent.typ != schema.Person {
							break
						}
						cs, co := a.ent, c.ent
						if r.reverse {
							cs, co = co, cs
						}
						d.derive(si, argOf(s, c), joinText(s.Tokens[a.end:b.start]), r.lemma, cs, co, "", roleConf)
					}
				}
				if r.listed {
					cs := coordinated(s, ms, k+1)
					if b.ent.typ == schema.Organization {
						cs = coordinatedBodies(s, ms, k+1) // "Danish firms Halvik and Velby"
					}
					for _, c := range cs {
						d.derive(si, argOf(s, c), joinText(s.Tokens[a.end:b.start]), r.lemma, c.ent, a.ent, "", roleConf)
					}
				}
				if a.possessive {
					d.sharedPossessor(si, s, rule, a, ms[k+1:])
					if c := d.kinPossessorBefore(s, ms[:k], a, r); c != nil {
						// "Ann Lee and Tom Lee's mother, Mary Lee,": the
						// siblings' parent is each one's.
						cs, co := c.ent, b.ent
						if r.reverse {
							cs, co = co, cs
						}
						d.derive(si, argOf(s, c), joinText(s.Tokens[a.end:b.start]), r.lemma, cs, co, "", roleConf)
					}
				}
				if p := d.partyOfMembers(si, s, a); p != nil && r.reverse && r.lemma == schema.MemberOf && subj.typ == schema.Person {
					// "Republican members of the House of Representatives
					// Tom Wu and Ann Lee": the party's adjective before
					// the members makes each named one the party's member.
					d.derive(si, argOf(s, b), joinText(s.Tokens[p.end:a.start]), schema.MemberOf, subj, p.ent, "", roleConf)
					for _, c := range namesListedAfter(s.Tokens, b, ms[k+2:]) {
						if c.ent == nil || c.ent.typ != schema.Person {
							break
						}
						d.derive(si, argOf(s, c), joinText(s.Tokens[p.end:a.start]), schema.MemberOf, c.ent, p.ent, "", roleConf)
					}
				}
				if r.reverse && (a.possessive || r.shared) {
					for _, c := range sharedModifier(s, a, b, ms[k+1:]) {
						d.derive(si, argOf(s, a), joinText(s.Tokens[a.end:b.start]), r.lemma, c.ent, a.ent, "", roleConf)
					}
				}
				break
			}
		}
		if c := ms[min(k+2, len(ms)-1)]; k+2 < len(ms) && c.ent != nil && c.ent != a.ent && c.ent.typ != schema.Person && ofPlaceApposed(s, a, b) {
			// "Tom Wu of Ohio, the leader of the Green Party,": the
			// apposition after the person's place is the person's, read
			// as if the place were part of the name.
			wide := *a
			wide.end = b.end
			for _, rule := range rules {
				if r, ok := rule(d, s, &wide, c); ok && !r.reverse && (r.lemma == schema.Lead || r.lemma == schema.WorkFor || r.lemma == schema.MemberOf) {
					d.derive(si, argOf(s, a), joinText(s.Tokens[b.end:c.start]), r.lemma, a.ent, c.ent, "", roleConf)
					break
				}
			}
		}
		if c := ms[min(k+2, len(ms)-1)]; k+2 < len(ms) && b.possessive && c.ent != nil && c.ent != a.ent && c.start == b.end+1 {
			// "Tom Wu, spokesman for Iran's Foreign Ministry,": the
			// possessor refused the role, the body it owns holds it.
			if r, ok := personAppositionOfOrg(d, s, a, c); ok {
				d.derive(si, argOf(s, a), joinText(s.Tokens[a.end:c.start]), r.lemma, a.ent, c.ent, "", roleConf)
			}
		}
		if c := ms[min(k+2, len(ms)-1)]; k+2 < len(ms) && c.ent != nil && c.ent != a.ent && c.start >= b.end && (b.adj || placeIn(s, b) || envoyPost(s, b) || c.start > 1 && s.Tokens[c.start-1].Text == "of" && kinNouns.at(s.Tokens[c.start-2].Lower()).lemma != "" || kinOfBodyRole(s, b, c) ||
			c.possessive && b.start > a.end+1 && b.start <= a.end+3 && s.Tokens[a.end].Text == "," && s.Tokens[a.end+1].Lower() == "of" ||
			a.possessive && coordinatedDescription(s.Tokens[a.end:c.start]) > 0 ||
			a.adj && c.ent.typ == schema.Person && b.start > a.end && slices.ContainsFunc(s.Tokens[a.end:b.start], func(t nlp.Token) bool { return t.Text == "and" })) {
			// "Tom Wu, the ranking Republican on the Halvik Committee", "the
			// US diplomat in Cuba, Tom Wu,", "Norway's ambassador to
			// Denmark, Ola Berg,": a party's adjective, a place after "in"
			// or an envoy's post inside the phrase leaves the mention
			// after it to the first; so does a body in a nationality's
			// second description ("Japanese wrestler and Netflix star Ann
			// Lee").
			for _, rule := range []func(d *docState, s nlp.Sentence, a, b *mention) (role, bool){personAppositionOfOrg, nationalityRolePerson, orgPossessivePerson, kinApposition, unitOf, kinOf, orgRoleAndMore, nationalFromPlace} {
				if r, ok := rule(d, s, a, c); ok {
					subj, obj := a.ent, c.ent
					if r.reverse {
						subj, obj = obj, subj
					}
					d.derive(si, argOf(s, a), joinText(s.Tokens[a.end:c.start]), r.lemma, subj, obj, "", roleConf)
					break
				}
			}
		}
	}
	d.appositionOfDescribed(si, s, all)
	d.respectively(si, s, ms)
	d.pairedRoles(si, s, ms)
	d.counterparts(si, s, ms)
	d.defectorFacts(si, s, all)
	d.possessiveUnits(si, s, all)
	d.stanceFacts(si, s, ms)
	d.distributiveAffiliation(si, s, ms)
	d.appositionChain(si, s, ms)
	d.apposedMembers(si, s, ms)
	d.scoreLines(si, s, ms)
	d.describedRoles(si, s, all)
	d.oppositionBodies(si, s, ms)
	d.adherentRoles(si, s, ms)
	d.capitalOfState(si, s, ms)
	d.divisionsOfState(si, s, ms)
	d.divisionsOfPlace(si, s, ms)
	d.stateRule(si, s, all)
	d.neighbourStates(si, s, all)
	d.rulingParty(si, s, ms)
	d.tenureAs(si, s, all)
	d.playerFromTown(si, s, ms)
	d.frontedTie(si, s, ms)
	d.coordinatedRoleFirst(si, s, ms)
	d.localHeadAndTitle(si, s, ms)
	d.titleFirstAnd(si, s, ms)
	d.localHeadApposed(si, s, ms)
	d.colonList(si, s, ms)
	d.governmentBodies(si, s, ms)
	d.envoyPosts(si, s, ms)
	d.survivors(si, s, all)
	d.hadKin(si, s, all)
	d.kinOfList(si, s, ms)
}

// colonList: "Some Brazilian ministers were present: Tom Wu (Economy), Ann
// Lee (Agriculture) and Ola Berg", "The Halvik Holdings directors are:
// ...": a state's adjective or a body's name right before a plural role
// noun, in a clause before a colon with no verb but "be", and a list of
// people after the colon (each may have a bracket after it) give each
// listed person the role ([nationalityLemma] for a state, [roleLemma] for a body, whose
// several heads are its staff or members).
func (d *docState) colonList(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	colon := slices.IndexFunc(toks, func(t nlp.Token) bool { return t.Text == ":" })
	if colon < 2 {
		return
	}
	var body *mention
	lemma := ""
	for _, m := range ms {
		if m.end+1 > colon || m.ent == nil || m.end >= len(toks) || toks[m.end].Tag != "NNS" {
			continue
		}
		one := strings.TrimSuffix(toks[m.end].Lower(), "s")
		switch {
		case m.adj && m.ent.typ == schema.GPE:
			lemma = nationalityLemma([]string{one})
			if lemma != schema.Lead && lemma != schema.WorkFor && lemma != schema.MemberOf {
				lemma = ""
			}
		case named(m) && !m.adj && m.ent.typ == schema.Organization:
			if lemma = roleLemma([]string{one}); lemma == schema.Lead {
				lemma = affiliation(m.ent) // several directors lead nothing alone
			}
		}
		if lemma != "" {
			body = m
			break
		}
	}
	if body == nil {
		return
	}
	for k := body.end + 1; k < colon; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || toks[k].Tag == "WDT" {
			return // the noun's clause ends before the colon
		}
		if strings.HasPrefix(toks[k].Tag, "VB") && !beForms[toks[k].Lower()] {
			return // "Brazilian ministers met three envoys: ...": the list is the verb's
		}
	}
	// The items of the list, at depth 0 between commas and "and"; an item
	// with a verb ends it. A person named first in an item takes the role
	// (the recogniser may miss a name: the next items still count).
	item, depth := colon+1, 0
	for k := colon + 1; k <= len(toks); k++ {
		if k < len(toks) {
			switch t := toks[k]; {
			case t.Text == "(":
				depth++
				continue
			case t.Text == ")":
				depth--
				continue
			case depth > 0:
				continue
			case strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD":
				return
			case t.Text != "," && t.Text != "and" && t.Text != "." && t.Text != ";":
				continue
			}
		}
		for _, m := range ms {
			if m.start == item && m.end <= k && named(m) && m.ent != nil && m.ent.typ == schema.Person {
				d.derive(si, argOf(s, m), joinText(toks[body.start:body.end+1]), lemma, m.ent, body.ent, "", roleConf)
			}
		}
		if k < len(toks) && (toks[k].Text == "." || toks[k].Text == ";") {
			return
		}
		item = k + 1
		if item < len(toks) && toks[item].Text == "and" {
			item++ // ", and"
		}
	}
}

// frontedTie: "A resident of Antioch, Illinois, Tom Wu is accused of",
// "A native of Oslo, Ann Lee joined the army": an indefinite apposition of
// a tie noun ([placeTies]) and a place, opening the sentence before the
// person it describes, gives the tie as [personTiedToPlace] does after the
// name. The place right after "of" is the tie's; a place after a comma
// ("Antioch, Illinois") only locates it.
func (d *docState) frontedTie(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	if len(toks) < 6 || toks[0].Lower() != "a" && toks[0].Lower() != "an" {
		return
	}
	k := 1
	for k < len(toks) && (toks[k].Tag == "JJ" || toks[k].Tag == "RB") && !isCap(toks[k].Text) {
		k++ // "A longtime resident of", "A former resident of"
	}
	if k+1 >= len(toks) || toks[k+1].Lower() != "of" {
		return
	}
	lemma := placeTies[toks[k].Lower()]
	if lemma == "" {
		return
	}
	var place *mention
	for i, m := range ms {
		if m.start < k+2 {
			continue
		}
		if place == nil {
			if m.start != k+2 || m.ent == nil || !isPlace(m.ent) || m.adj || m.possessive {
				return
			}
			place = m
			continue
		}
		if m.start != ms[i-1].end+1 || toks[m.start-1].Text != "," {
			return
		}
		if isPlace(m.ent) && !m.adj && !m.possessive {
			continue // "Antioch, Illinois,"
		}
		if !named(m) || m.ent.typ != schema.Person || m.possessive || m.end >= len(toks) || toks[m.end].Text == "," {
			return // "A resident of Oslo, Ann Lee, and Tom Wu": a list, no apposition
		}
		d.derive(si, argOf(s, m), joinText(toks[:k+2]), lemma, m.ent, place.ent, "", roleConf)
		return
	}
}

// localHeadAndTitle: "former Ohio governor and US Senator Tom Wu",
// "Oslo mayor and Labour MP Ann Lee": a place, a lower-case local head's
// noun ([localHeads]) and "and" before a second, capitalised title and
// the person's name: the person heads the place too, as "Ohio governor
// Tom Wu" does; the title next to the name is read as ever.
func (d *docState) localHeadAndTitle(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i, a := range ms {
		k := a.end
		if a.ent == nil || a.ent.typ != schema.GPE || a.adj || a.possessive || k+3 >= len(toks) || toks[k+1].Text != "and" {
			continue
		}
		seat := seatNouns[toks[k].Lower()] && usChambers[toks[k].Lower()] != "" && d.usSeat(a.ent)
		if !localHeads[toks[k].Text] && !seat {
			continue
		}
		lower := !isCap(toks[k+2].Text)
		for _, b := range ms[i+1:] {
			if b.start <= k+2 {
				continue
			}
			if b.start > k+6 || b.ent == nil || b.ent.typ != schema.Person || !named(b) || b.possessive || len(b.titles) == 0 && !lower {
				break
			}
			if !lower && slices.ContainsFunc(toks[k+2:b.start], func(t nlp.Token) bool { return !isCap(t.Text) && t.Text != "." }) {
				break // "Ohio governor and the Senate's Tom Wu"
			}
			if lower && !lowerTitleRun(toks[k+2:namedStart(toks, b)]) {
				break // "Ohio governor and the Senate's Tom Wu"
			}
			if seat {
				// "United States senator and presidential candidate Tom
				// Wu": a seat in the chamber of Congress.
				if c := d.seatChamber(toks[k].Text, true); c != nil {
					f := d.derive(si, argOf(s, b), joinText(toks[a.start:k+1]), schema.MemberOf, b.ent, c, "", roleConf)
					if t := d.r.g.titles[normKey(toks[k].Text)]; t != nil {
						d.hold(b.ent, []*title{t}, f) // a later "Senator Wu" restates the seat
					}
				}
				break
			}
			d.derive(si, argOf(s, b), joinText(toks[a.start:k+1]), schema.Lead, b.ent, a.ent, "", roleConf)
			break
		}
	}
}

// localHeadApposed: "the Ohio governor, Tom Wu,", "The Oslo mayor, Ann
// Lee, said", "a row between Oslo Mayor Tom Wu and Ohio Governor, Ann
// Lee.": "the", a place, a local head's noun ([localHeads]) and, after a
// comma, the named person who holds the post, followed by a comma, a verb
// or the sentence's end (not a list: "the Oslo mayor, Ann Lee and Tom
// Wu"). Without "the" the place must open the sentence or follow a word in
// lower case or a comma, so that it opens the phrase.
func (d *docState) localHeadApposed(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i, a := range ms {
		k := a.end
		if a.ent == nil || a.ent.typ != schema.GPE || a.adj || a.possessive || !headOpens(toks, a.start) ||
			k+2 >= len(toks) || !localHeads[toks[k].Lower()] || toks[k+1].Text != "," || i+1 >= len(ms) {
			continue
		}
		b := ms[i+1]
		if b.start != k+2 || b.ent == nil || b.ent.typ != schema.Person || !named(b) || b.possessive ||
			b.end < len(toks) && toks[b.end].Text != "," && toks[b.end].Text != "." && !strings.HasPrefix(toks[b.end].Tag, "VB") {
			continue
		}
		if b.end+1 < len(toks) && toks[b.end].Text == "," && (toks[b.end+1].Text == "and" || toks[b.end+1].Text == "or") {
			continue // "the Oslo mayor, Ann Lee, and Tom Wu": a list
		}
		d.derive(si, argOf(s, b), joinText(toks[a.start:k+1]), schema.Lead, b.ent, a.ent, "", roleConf)
	}
}

// headOpens reports whether a place's name at token k opens a phrase of
// [docState.localHeadApposed]: after "the", at the sentence's start, or
// after a comma or a word in lower case other than a possessive pronoun.
func headOpens(toks []nlp.Token, k int) bool {
	if k == 0 {
		return true
	}
	p := toks[k-1]
	return p.Lower() == "the" || p.Text == "," || p.Tag != "PRP$" && p.Tag != "POS" && isWord(p.Text) && !isCap(p.Text)
}

// lowerTitleRun reports whether toks, the words between "and" and a
// person's name, are one to three lower-case words that end in a role
// noun: "presidential candidate", "former party chairman".
func lowerTitleRun(toks []nlp.Token) bool {
	if len(toks) == 0 || len(toks) > 3 || !roleNoun(toks[len(toks)-1].Lower()) {
		return false
	}
	return !slices.ContainsFunc(toks, func(t nlp.Token) bool {
		return isCap(t.Text) || t.Tag == "DT" || t.Tag == "POS" || t.Tag == "CC" || !isWord(t.Text)
	})
}

// playerFromTown: "Tom Wu from Oslo" in a report that names the Oslo
// Hawks: a person "from" the town of a team the document names, right
// after his name, plays for that team, as sports reports write it. A town
// with no team, or with two, gives nothing here.
func (d *docState) playerFromTown(si int, s nlp.Sentence, ms []*mention) {
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if a.ent == nil || b.ent == nil || !named(a) || a.ent.typ != schema.Person || b.ent.typ != schema.GPE || b.adj || b.ent.gaz == nil ||
			b.start != a.end+1 || !strings.EqualFold(s.Tokens[a.end].Text, "from") {
			continue
		}
		var team *docEntity
		for _, e := range d.ents {
			f := strings.Fields(e.name)
			if e.typ != schema.Organization || len(f) < 2 || strings.Join(f[:len(f)-1], " ") != b.ent.name ||
				!d.r.teamPlural(f[len(f)-1], b.ent.gaz) {
				continue
			}
			if team != nil {
				team = nil
				break
			}
			team = e
		}
		if team != nil {
			d.derive(si, argOf(s, a), "from", schema.MemberOf, a.ent, team, "", roleConf)
		}
	}
}

// ledState returns the one state that an earlier fact of the document
// says person p leads, or nil.
func (d *docState) ledState(p *docEntity) *docEntity {
	return d.oneObject(p, func(f *docFact) bool { return f.Lemma == schema.Lead && d.r.country(f.obj) })
}

// personPossessive returns the token after m when m is a person's
// possessive ("his", "her", "Tom Wu's"), or -1.
func personPossessive(toks []nlp.Token, m *mention) int {
	if m.ent == nil || m.ent.typ != schema.Person {
		return -1
	}
	switch k := m.end; {
	case m.kind == mPronoun:
		if w := toks[m.start].Lower(); w == "his" || w == "her" {
			return k
		}
	case named(m) && k < len(toks) && toks[k].Tag == "POS":
		return k + 1
	}
	return -1
}

// tenureNouns name a person's time at the head of a state.
var tenureNouns = map[string]bool{
	"rule": true, "reign": true, "presidency": true, "premiership": true, "dictatorship": true,
}

// stateRule: "during his 17-year rule", "under Tom Wu's presidency": a
// person's possessive, at most three lower-case modifiers and a noun of
// [tenureNouns] make the person the head of the state that "of" names after
// the noun, else of the state the person was named with ("the Chilean
// dictator Tom Wu"), else of the state the document is about
// ([docState.homeState]); nothing when there is none.
func (d *docState) stateRule(si int, s nlp.Sentence, all []*mention) {
	toks := s.Tokens
	for _, m := range all {
		k := personPossessive(toks, m)
		if k < 0 {
			continue
		}
		j := k
		for j < len(toks) && j < k+3 && !tenureNouns[toks[j].Lower()] && !isCap(toks[j].Text) &&
			(strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "CD" || toks[j].Tag == "NN" || toks[j].Tag == "HYPH") {
			j++
		}
		if j >= len(toks) || !tenureNouns[toks[j].Lower()] || j+1 < len(toks) && strings.HasPrefix(toks[j+1].Tag, "NN") {
			continue // "his rule change": the noun modifies another
		}
		state := d.ledState(m.ent) // "the Chilean dictator Ann Lee" before
		if state == nil {
			state = d.homeState()
		}
		if j+2 < len(toks) && toks[j+1].Text == "of" {
			state = nil
			if st := d.mentionAt(si, s, j+2); st != nil && st.ent != nil && d.r.country(st.ent) {
				state = st.ent // "his rule of Chile"
			}
		}
		if state != nil && state != m.ent {
			d.derive(si, argOf(s, m), joinText(toks[m.end:j+1]), schema.Lead, m.ent, state, "", roleConf)
		}
	}
}

// tenureAsNouns name a time in an office, or a part, or the taking of an
// office, that "as" and the office follow ("his tenure as foreign
// minister", "her role as chief executive of Halvik Motors").
var tenureAsNouns = map[string]bool{
	"tenure": true, "time": true, "term": true, "stint": true, "years": true, "days": true, "spell": true,
	"role": true, "terms": true, // "his two terms as mayor"
	// "her position as chief executive of Halvik Motors", "in his
	// capacity as chairman of the Harbor Party", "his post as mayor".
	"position": true, "post": true, "capacity": true,
	// "after his election as mayor of Bergen", "Ann Lee's appointment as
	// chief executive of Halvik Motors": the office was taken (a
	// nomination or a bid is not).
	"election": true, "re-election": true, "reelection": true, "appointment": true, "reappointment": true,
}

// tenureAs: "during his tenure as chief executive of Halvik Motors", "in
// her time as the Norwegian foreign minister", "Tom Wu's term as prime
// minister": a person's possessive (or his, her), a noun of
// [tenureAsNouns], "as" and a role give the person the role: toward the
// body after of, at or for; else toward the state of the adjective or
// possessive before the role words; else, for a title of a state's
// government ([homeTitle]), toward the state the document is about. A
// named person alone after "role as" is a part the possessor played ("his
// role as Tom Wu in the film": play, [castPerson]).
func (d *docState) tenureAs(si int, s nlp.Sentence, all []*mention) {
	toks := s.Tokens
	for _, m := range all {
		k := personPossessive(toks, m)
		if k < 0 {
			k = officeWon(toks, m)
		}
		if k < 0 {
			continue
		}
		if k+4 < len(toks) && ordinalWord(toks[k].Lower()) && toks[k+1].Lower() == "of" && toks[k+2].Tag == "CD" && toks[k+3].Lower() == "terms" {
			k += 3 // "his first of two terms as"
		}
		if k+1 < len(toks) && strings.HasPrefix(toks[k].Tag, "JJ") && !isCap(toks[k].Text) {
			k++ // "his brief tenure as"
		}
		if k+2 >= len(toks) || !tenureAsNouns[toks[k].Lower()] || toks[k+1].Lower() != "as" {
			continue
		}
		from, end := k+2, k+2
		for end < len(toks) && !closedAfter(s, end) && end < from+10 && !strings.HasPrefix(toks[end].Tag, "VB") {
			end++
		}
		var obj *docEntity
		lemma := ""
		if toks[k].Lower() == "role" {
			if b := castPerson(toks, all, from, m); b != nil {
				// "his role as Tom Wu in the film": an actor's part
				d.derive(si, argOf(s, m), joinText(toks[k:b.end]), "play", m.ent, b.ent, "", roleConf)
				continue
			}
		}
		for _, b := range all {
			if b.start <= from || b.end > end || b.ent == nil || b.ent == m.ent || !named(b) && !b.adj {
				continue
			}
			i := b.start - 1
			if toks[i].Lower() == "the" && i-1 > from {
				i--
			}
			if p := toks[i].Lower(); (p == "of" || p == "at" || p == "for") && (b.ent.typ == schema.Organization || b.ent.typ == schema.GPE) && !b.adj {
				// "as chief executive of Halvik Motors"
				lemma, obj = appositionLemma(lowerWords(toks[from:i])), b.ent
				break
			}
		}
		if obj == nil {
			for _, b := range all {
				if (b.adj || b.possessive) && b.ent != nil && d.r.country(b.ent) && (b.start == from || b.start == from+1 && toks[from].Lower() == "the") {
					// "as the Norwegian foreign minister", "as Norway's prime minister"
					w := lowerWords(toks[b.end:end])
					if len(w) > 0 && w[0] == "'s" {
						w = w[1:]
					}
					lemma, obj = nationalityLemma(w), b.ent
					if lemma == schema.From {
						lemma = ""
					}
					break
				}
			}
		}
		if obj == nil {
			// "during his time as President Tom Wu's vice president", "her
			// years as Wu's chief of staff": a person's staff
			// ([relationalNounAt]).
			for _, b := range all {
				if !b.possessive || b.ent == nil || b.ent.typ != schema.Person || b.ent == m.ent || b.start < from || b.start > from+2 || b.end >= end ||
					slices.ContainsFunc(toks[from:b.start], func(t nlp.Token) bool { return !isCap(t.Text) }) {
					continue
				}
				if l := relationalNounAt(toks, b.end, end, b.ent); l == schema.WorkFor {
					lemma, obj = l, b.ent
				}
				break
			}
		}
		if obj == nil {
			lemma, obj = officeTitle(toks[from:end]), d.homeOffice(toks[from:end], d.homeState()) // "as prime minister"
		}
		if obj != nil && lemma != "" && obj != m.ent {
			d.derive(si, argOf(s, m), joinText(toks[k:end]), lemma, m.ent, obj, "", roleConf)
		}
	}
}

// officeWon returns the index of the noun after a person m and a verb
// of winning when the noun is an election or a term that "as" and an
// office may follow ("Tom Wu won re-election as mayor of Bergen", "she
// secured a second term as governor"), or -1: the office was taken, as
// after "his election as".
func officeWon(toks []nlp.Token, m *mention) int {
	if m.ent == nil || m.ent.typ != schema.Person || !named(m) && (m.kind != mPronoun || m.pron != "he" && m.pron != "she") {
		return -1
	}
	k := m.end
	if k+2 >= len(toks) {
		return -1
	}
	switch toks[k].Lower() {
	case "won", "wins", "secured", "secures", "clinched", "clinches":
	default:
		return -1
	}
	k++
	if w := toks[k].Lower(); w == "a" || w == "an" {
		k++ // "won a second term as"
	}
	switch w := toks[k].Lower(); w {
	case "election", "re-election", "reelection", "term":
		return k
	case "second", "third", "fourth", "fifth", "sixth", "new", "full", "further":
		if k+1 < len(toks) && (toks[k+1].Lower() == "term" || toks[k+1].Lower() == "terms") {
			return k + 1
		}
	}
	return -1
}

// castPerson returns the named person, other than the possessor m, whose
// name is the whole noun phrase after "role as" at toks[from] ("her role as
// Tom Wu in", "his role as Queen Ann."), or nil: a part played, not an office
// ("his role as Tom Wu's deputy" names an office).
func castPerson(toks []nlp.Token, all []*mention, from int, m *mention) *mention {
	for _, b := range all {
		title := b.start == from+1 && toks[from].Tag == "NNP" // "as Queen Ann"
		if b.start != from && !title || b.ent == nil || b.ent == m.ent || b.ent.typ != schema.Person || !named(b) || b.possessive {
			continue
		}
		if b.end < len(toks) && (toks[b.end].Tag == "POS" || strings.HasPrefix(toks[b.end].Tag, "NN")) {
			return nil
		}
		return b
	}
	return nil
}

// timeWords date a title before it ("Norway's new prime minister"), as
// [descWords] do.
var timeWords = map[string]bool{"new": true, "current": true, "present": true, "late": true, "longtime": true, "long-time": true}

// rulingParty: "the ruling Frelimo party", "Norway's ruling Harbor
// Party": "ruling" right before a party's name makes the party lead the
// state whose possessive stands before "ruling", else the state the
// document is about ([docState.homeState]); nothing when there is none.
func (d *docState) rulingParty(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if m.start == 0 || m.ent == nil || m.ent.typ != schema.Organization || !m.ent.desc["party"] || toks[m.start-1].Lower() != "ruling" {
			continue
		}
		state := d.homeState()
		if k := m.start - 1; k > 0 && toks[k-1].Tag == "POS" {
			state = nil // "the US criticised Kenya's ruling party"
			if st := d.stateEndingAt(si, k-1); st != nil {
				state = st.ent
			}
		}
		if state != nil && state != m.ent && d.r.country(state) {
			d.derive(si, argOf(s, m), "ruling", schema.Lead, m.ent, state, "", roleConf)
		}
	}
}

// divisionNouns name a state's divisions, and its towns.
var divisionNouns = map[string]bool{
	"province": true, "provinces": true, "region": true, "regions": true, "state": true, "states": true,
	"district": true, "districts": true, "prefecture": true, "prefectures": true, "county": true, "counties": true,
	"city": true, "cities": true, "town": true, "towns": true, "port": true, "village": true, "villages": true,
}

// divisionsOfState: "Thailand's three southern provinces, Narathiwat,
// Pattani and Yala", "Norway's northern province of Finnmark", "Syria's
// northern city of Aleppo", "Norway's second city, Bergen": a country's
// possessive, at most three lower-case modifiers, a noun of divisionNouns,
// then a comma or "of" and a list of names make each name a place in the
// country. A name taken for a person's for want of a better type (no
// title, no known given name) becomes a place.
func (d *docState) divisionsOfState(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, st := range ms {
		if st.ent == nil || st.adj || st.ent.typ != schema.GPE || st.end >= len(toks) || toks[st.end].Tag != "POS" {
			continue
		}
		k := st.end + 1
		for n := 0; n < 5 && k < len(toks) && (lowerWord(strings.ReplaceAll(toks[k].Text, "-", "")) || toks[k].Tag == "CD") && !divisionNouns[toks[k].Lower()]; n++ {
			k++ // "three southern-most"
		}
		if m := d.namedDivision(ms, st, k, toks); m != nil {
			// A region's or a town's possessive too: "Kashmir's Kulgam
			// district", "Oslo's Grunerlokka district".
			d.derive(si, argOf(s, m), joinText(toks[st.start:m.end+1]), schema.LocateIn, m.ent, st.ent, "", roleConf)
			continue
		}
		if !d.r.country(st.ent) {
			continue
		}
		if k+1 >= len(toks) || !divisionNouns[toks[k].Lower()] || toks[k+1].Text != "," && toks[k+1].Text != "of" {
			continue
		}
		plural := strings.HasSuffix(toks[k].Lower(), "s") || toks[k].Lower() == "counties"
		k += 2
		for _, m := range ms {
			if m.start < k {
				continue
			}
			if m.start > k || m.ent == nil || m.ent == st.ent || m.adj || m.possessive || !d.unknownOrPlace(m) {
				break
			}
			if m.end < len(toks) && saidVerbs[toks[m.end].Lower()] {
				break // "Norway's regions, Tom Wu said,"
			}
			if m.ent.typ == schema.Person {
				m.ent.typ = schema.GPE
			}
			d.derive(si, argOf(s, m), joinText(toks[st.start:m.end]), schema.LocateIn, m.ent, st.ent, "", roleConf)
			k = m.end
			if !plural || k >= len(toks) {
				break
			}
			if toks[k].Text == "," {
				k++
			}
			if k < len(toks) && (toks[k].Text == "and" || toks[k].Text == "or") {
				k++
			}
		}
	}
}

// townNouns are the singular nouns of a town that "the PLACE city of
// NAME" puts after the place it lies in.
var townNouns = map[string]bool{"city": true, "town": true, "village": true, "port": true}

// divisionsOfPlace: "the West Bank city of Jenin", "the occupied West Bank
// town of Hebron", "the Punjab city of Lahore": "the", at most two
// lower-case modifiers, a named place (no adjective, no possessive), a
// noun of a town ([townNouns]), "of" and a name other than a state's make
// the name a place in the named one, as "Syria's northern city of Aleppo"
// does ([docState.divisionsOfState]). "the Ural region of Russia" is the
// other way round and gives nothing here.
func (d *docState) divisionsOfPlace(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, st := range ms {
		if st.ent == nil || st.adj || st.possessive || !isPlace(st.ent) || st.start == 0 || st.end+2 >= len(toks) {
			continue
		}
		k := st.start - 1
		for n := 0; n < 2 && k > 0 && lowerWord(toks[k].Text) && (toks[k].Tag == "JJ" || toks[k].Tag == "VBN"); n++ {
			k-- // "the occupied West Bank city of"
		}
		if k < 0 || toks[k].Lower() != "the" {
			continue
		}
		if !townNouns[toks[st.end].Text] || toks[st.end+1].Text != "of" {
			continue // "the Ural region of Russia" names the region's state
		}
		for _, m := range ms {
			if m.start != st.end+2 || m.ent == nil || m.ent == st.ent || m.adj || m.possessive || !d.unknownOrPlace(m) || d.r.country(m.ent) {
				continue
			}
			if m.ent.typ == schema.Person {
				m.ent.typ = schema.GPE
			}
			d.derive(si, argOf(s, m), joinText(toks[k:m.end]), schema.LocateIn, m.ent, st.ent, "", roleConf)
		}
	}
}

// namedDivision returns the mention at token k, after the possessive of
// state st, of a place or an unknown name that a singular noun of a
// division closes ("Afghanistan's Helmand province", "China's Hubei
// province", "Norway's Viken region"), or nil. The name becomes a place.
func (d *docState) namedDivision(ms []*mention, st *mention, k int, toks []nlp.Token) *mention {
	for _, m := range ms {
		if m.start != k || m.ent == nil || m.ent == st.ent || m.adj || m.possessive || m.end >= len(toks) {
			continue
		}
		w := toks[m.end].Text
		if !divisionNouns[w] || strings.HasSuffix(w, "s") || w == "city" || w == "town" || w == "port" || w == "village" || !d.unknownOrPlace(m) {
			return nil
		}
		if m.ent.typ == schema.Person {
			m.ent.typ = schema.GPE
		}
		return m
	}
	return nil
}

// unknownOrPlace reports whether m names a place, or a name that was taken
// for a person's only for want of a better type: no gazetteer entry, no
// title, no known given name.
func (d *docState) unknownOrPlace(m *mention) bool {
	if isPlace(m.ent) {
		return true
	}
	first := strings.Fields(m.ent.name)[0]
	return m.ent.typ == schema.Person && m.ent.gaz == nil && len(m.titles) == 0 && named(m) &&
		!d.r.g.words["malename"][first] && !d.r.g.words["femalename"][first]
}

// prepPhrase reports whether words are one of the prepositions preps,
// with or without "the": "of" or "from" between a person and the body
// they are of, "in" or "at" between a body and the place it is in.
func prepPhrase(words []string, preps ...string) bool {
	if n := len(words); n == 2 && words[1] == "the" {
		words = words[:1]
	}
	return len(words) == 1 && slices.Contains(preps, words[0])
}

// listedBefore returns the people listed before the last of ms, a person
// whose of-phrase names a body: "Ann Lee, Tom Wu and Cyd Ho of the Green
// Party" share it. The list is three names or more, joined by commas and a
// final "and" before the last, each a person without an of-phrase, a possessive or a
// title of their own, and it opens the sentence or follows a comma or a
// colon: "met Ann Lee and Tom Wu of Globex" shares nothing.
func listedBefore(s nlp.Sentence, ms []*mention) []*mention {
	last := ms[len(ms)-1]
	var out []*mention
	sawAnd := false
	next := last
	for i := len(ms) - 2; i >= 0; i-- {
		c := ms[i]
		w := between(s, c, next)
		switch {
		case len(w) == 1 && w[0] == "and" && !sawAnd && next == last:
			sawAnd = true
		case len(w) == 2 && w[0] == "," && w[1] == "and" && !sawAnd && next == last:
			sawAnd = true
		case len(w) == 1 && w[0] == ",":
		default:
			return nil
		}
		if !named(c) || c.ent == nil || c.ent.typ != schema.Person || c.possessive || len(c.titles) > 0 || c.ent == last.ent {
			return nil
		}
		out = append(out, c)
		next = c
	}
	if !sawAnd || len(out) == 0 || len(out) < 2 && !pairOpener(s.Tokens, next.start) {
		return nil // "met Ann Lee and Tom Wu of Globex" may give Ann Lee no body
	}
	if k := next.start - 1; k >= 0 && len(out) > 1 {
		switch s.Tokens[k].Tag {
		case ",", ":", "``", "(":
		default:
			return nil
		}
	}
	return out
}

// pairedPerson returns the person joined by "and" to the last of ms, a
// person: "Tom Wu and Ann Lee", "Tom Wu, 42, and Ann Lee", "Tom Wu and
// his wife Ann Wu". The first is named, has no title of its own and opens
// the sentence or follows a comma or a verb: in "met Tom Wu's lawyer and
// Ann Lee" or "the son of Tom Wu and Ann Lee" the pair is no subject of
// one apposition. It returns nil otherwise.
func pairedPerson(s nlp.Sentence, ms []*mention) *mention {
	if len(ms) < 2 {
		return nil
	}
	a, c := ms[len(ms)-1], ms[len(ms)-2]
	if w := c.surface; (w == "his" || w == "her") && len(ms) > 2 {
		c = ms[len(ms)-3] // "Tom Wu and his wife Ann Wu": the pronoun is the first's
	}
	if !named(c) || c.ent == nil || c.ent.typ != schema.Person || c.possessive || c.adj || len(c.titles) > 0 || c.ent == a.ent {
		return nil
	}
	w := s.Tokens[c.end+ageAfter(s, c.end) : a.start]
	if ageAfter(s, c.end) > 0 {
		w = w[1:] // the age's second comma
	}
	if len(w) == 0 || w[0].Lower() != "and" {
		return nil
	}
	switch w = w[1:]; {
	case len(w) == 0:
	case len(w) == 2 && (w[0].Lower() == "his" || w[0].Lower() == "her") && kinNouns.at(w[1].Lower()).lemma != "":
	default:
		return nil
	}
	if k := c.start - 1; k >= 0 && s.Tokens[k].Text != "," && !strings.HasPrefix(s.Tokens[k].Tag, "VB") {
		return nil
	}
	return c
}

// bodiesListedBefore returns the organisations listed before the last of
// ms, a body that an in-phrase places: "Halden College and Norden College
// in Bergen", "the schools Santo Pietro and Immacolata in Velby". The
// list joins named organisations, none possessive, by commas and a final
// "and" before the last; each is an institution by its name
// ([institutionName]) as the last is, or the list follows a lower-case
// plural noun that they are instances of ("the schools"). A list of firms
// ("fined Globex Bank and Halvik Bank in Oslo") may name where the act took
// place, and gives nothing.
func bodiesListedBefore(s nlp.Sentence, ms []*mention) []*mention {
	last := ms[len(ms)-1]
	if !named(last) || last.ent.typ != schema.Organization {
		return nil
	}
	var out []*mention
	sawAnd := false
	next := last
	for i := len(ms) - 2; i >= 0; i-- {
		c := ms[i]
		w := between(s, c, next)
		if n := len(w); n > 1 && w[n-1] == "the" {
			w = w[:n-1] // "A and the B"
		}
		switch {
		case len(w) == 1 && w[0] == "and" && next == last, len(w) == 2 && w[0] == "," && w[1] == "and" && next == last:
			sawAnd = true
		case len(w) == 1 && w[0] == "," && sawAnd:
		default:
			i = -1 // the list ends
			continue
		}
		if !named(c) || c.ent == nil || c.ent.typ != schema.Organization || c.possessive || c.adj || c.ent == last.ent {
			return nil
		}
		out = append(out, c)
		next = c
	}
	if len(out) == 0 {
		return nil
	}
	k := next.start - 1
	if k >= 0 && s.Tokens[k].Tag == "NNS" && !isCap(s.Tokens[k].Text) {
		return out // "the schools A and B in Velby"
	}
	if !institutionName(last.ent.name) || slices.ContainsFunc(out, func(c *mention) bool { return !institutionName(c.ent.name) }) {
		return nil
	}
	return out
}

// pairOpener reports whether the two names listed from token k share the
// second one's of-phrase: they follow a plural noun that they are the
// instances of ("researchers Ann Lee and Tom Wu of the University of
// Oslo") or are the complement of "were" or "are" ("The winners were Ann
// Lee and Tom Wu from Globex"). Opening the sentence they may not
// ("Nonpartisan Ann Lee and Tom Wu of the Civic Party were elected").
func pairOpener(toks []nlp.Token, k int) bool {
	if k == 0 {
		return false
	}
	p := toks[k-1]
	switch {
	case p.Tag == "NNS" && (k == 1 || !isCap(p.Text)):
		return true // "Researchers Ann Lee and", "the scientists Ann Lee and"
	case p.Lower() == "were" || p.Lower() == "are":
		return true
	}
	return false
}

// sharedPossessor gives the possessor a the role that rule reads between
// it and each later name of a list whose members have their own nouns
// but no possessor of their own: "his wife Ann Lee and son Tom Lee",
// "Globex's chairman Ann Lee, and chief executive Tom Wu". rest holds the
// first name, then the mentions after it; each member after the first is
// "and", a comma or both, one to three lower-case nouns or adjectives
// and a name, or a name alone after a plural noun ("and children Tom and
// Kim"). The list ends at anything else ("and his son Tom Lee" has its
// own possessor).
func (d *docState) sharedPossessor(si int, s nlp.Sentence, rule func(d *docState, s nlp.Sentence, a, b *mention) (role, bool), a *mention, rest []*mention) {
	toks := s.Tokens
	var plural []nlp.Token
	for n := 1; n < len(rest); n++ {
		prev, c := rest[n-1], rest[n]
		if c.ent == nil || !named(c) || c.start <= prev.end {
			return
		}
		k := prev.end
		if toks[k].Text == "," {
			k++
		}
		if toks[k].Lower() == "and" {
			k++
		}
		if k == prev.end || c.start-k > 3 {
			return
		}
		nouns := toks[k:c.start]
		if len(nouns) == 0 {
			// "his wife Ann Lee and children Tom and Kim": a plural noun
			// is every later name's.
			if len(plural) == 0 {
				return
			}
			nouns = plural
		}
		for _, t := range nouns {
			if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
				return
			}
		}
		plural = nil
		if nouns[len(nouns)-1].Tag == "NNS" {
			plural = nouns
		}
		// The rule reads the sentence as if the possessor were written
		// right before the member's nouns: "his [wife Ann Lee and] son
		// Tom Lee".
		pe := a.end
		if pe < len(toks) && toks[pe].Tag == "POS" {
			pe++ // "Globex's"
		}
		s2 := s
		s2.Tokens = append(append(slices.Clone(toks[:pe]), nouns...), toks[c.start:]...)
		c2 := *c
		c2.start, c2.end = pe+len(nouns), c.end-c.start+pe+len(nouns)
		r, ok := rule(d, s2, a, &c2)
		if !ok {
			return
		}
		subj, obj := a.ent, c.ent
		if r.reverse {
			subj, obj = obj, subj
		}
		d.derive(si, argOf(s, c), joinText(nouns), r.lemma, subj, obj, "", roleConf)
	}
}

// staffBeforeAnd reports whether the words w between two bodies' names
// are a staff noun of [workNouns] and "and", with an optional "former"
// or "then": "CNN reporter and former", "Reuters editor and".
func staffBeforeAnd(w []string) bool {
	if len(w) == 3 && (w[2] == "former" || w[2] == "then") {
		w = w[:2]
	}
	return len(w) == 2 && workNouns[w[0]] && w[1] == "and"
}

// sharedModifier returns the names listed after b that share the
// organisation's possessive a before b: "DAB's Ben Chan and Leung
// Che-cheung", "the party's councillors Ann Lee, Tom Wu and Joe Ng", or
// its name right before b ([teamThenPlayers]: "Halvik Hawks Tom Wu and Ann
// Lee"). The
// role words between a and b must be none or a plural noun, so "Labour's
// leader Ann Lee and Tom Wu" shares nothing; a list member with a title, a
// possessive or an of- or from-phrase of its own ends the list. Examples
// of a possessive's plural noun are listed so too, actors of b's kind:
// "its allies such as Britain and Australia" ([examplesBefore]).
func sharedModifier(s nlp.Sentence, a, b *mention, rest []*mention) []*mention {
	toks := s.Tokens[a.end:b.start]
	examples := false
	if n := len(toks); n > 2 {
		if k := examplesBefore(toks, n-1); k > 0 {
			toks, examples = toks[:k], true
		}
	}
	relational := false // a pronoun's plural relational noun set off: "His opponents, Ann Lee and Kim Berg"
	if n := len(toks); n > 1 && toks[n-1].Text == "," && relationalNouns[toks[n-2].Lower()] != "" {
		toks = toks[:n-1] // "Tom Wu's rivals, Ann Lee and Kim Berg"
		relational = n == 2 && a.kind == mPronoun && a.possessive && toks[0].Tag == "NNS"
	}
	if n := len(toks); n > 1 && toks[n-1].Text == "," && pluralRole(toks[n-2]) && a.kind == mName && !a.possessive {
		toks = toks[:n-1] // "two Halvik Bank executives, Tom Wu and Ann Lee,"
	}
	// "CIA directors Tom Wu and Ann Lee": a plural role noun after the
	// body's name ([orgRolePerson]) is shared as a possessive's is.
	titled := len(toks) > 0 && pluralRole(toks[len(toks)-1]) && a.kind == mName && !a.possessive
	if len(toks) > 0 && toks[0].Tag != "POS" && !(examples && a.kind == mPronoun) && !titled && !relational || (len(toks) > 1 && toks[len(toks)-1].Tag != "NNS" && !titled) {
		return nil
	}
	kind := schema.Person
	if examples || relational || len(toks) > 1 && relationalNouns[toks[len(toks)-1].Lower()] != "" {
		kind = b.ent.typ // "Halvik's rivals Brenna Foods and Kestrel Ltd"
	}
	var out []*mention
	prev := rest[0]
	for _, c := range rest[1:] {
		from := memberAsideEnd(s.Tokens, prev.end, c.start)
		w := lowerWords(s.Tokens[from:c.start])
		if len(w) >= 3 && w[0] == "," && w[2] == "," && s.Tokens[from+1].Tag == "CD" {
			w = w[2:] // "Tom Wu, 45, and Ann Lee": an age or a time set off after a name
		}
		if !listWords(w) || !named(c) || c.ent == nil || c.ent.typ != kind || len(c.titles) > 0 || c.possessive {
			break
		}
		if c.end < len(s.Tokens) {
			if f := s.Tokens[c.end].Lower(); f == "'s" || f == "of" || f == "from" {
				break
			}
		}
		out = append(out, c)
		if w[len(w)-1] == "and" {
			break
		}
		prev = c
	}
	return out
}

// statementNouns are what a speaker makes "to" someone: "in a statement to
// Reuters", "in remarks to state television", "in an email to"; and what
// speaks for its author ([docState.messageAuthor]: "a letter thanking").
var statementNouns = map[string]bool{
	"statement": true, "remarks": true, "comments": true, "interview": true, "letter": true, "message": true,
	"note": true, "email": true, "e-mail": true, "communique": true, "declaration": true, "memo": true, "telegram": true,
}

// conversationNouns are what a speaker has "with" someone: "in a call with
// Tom Wu"; an interview tells the interviewer: "in an
// interview with Reuters".
var conversationNouns = map[string]bool{"interview": true, "conversation": true, "call": true}

// statementTo: "In a statement to the Daily Courier, the ministry denied
// it", "Ann Lee, in remarks to state radio, said": the subject of the
// sentence's first clause outside the phrase tells the actor the phrase is
// addressed to, and so does "in an interview with Reuters"; "in a call
// with Tom Wu" speaks with him, and so does "Speaking with Tom Wu" opening
// the sentence ("Speaking to Reuters" speaks to it).
func (d *docState) statementTo(si int, s nlp.Sentence) {
	toks := s.Tokens
	for k := 0; k+3 < len(toks); k++ {
		if k == 0 && (toks[k].Lower() == "speaking" || toks[k].Lower() == "talking") && (toks[k+1].Lower() == "to" || toks[k+1].Lower() == "with") {
			// "Speaking to the Halvik Times, the president of the
			// League, Ann Lee, said": the subject speaks to the one named.
			if to := d.mentionAt(si, s, k+2); to != nil {
				d.spokeTo(si, s, to, "speak_"+toks[k+1].Lower())
			}
			continue
		}
		if !strings.EqualFold(toks[k].Text, "in") {
			continue
		}
		j := k + 1
		if toks[j].Tag == "DT" || toks[j].Tag == "PRP$" {
			j++
		}
		for n := 0; n < 2 && j+1 < len(toks) && (strings.HasPrefix(toks[j].Tag, "JJ") && !isCap(toks[j].Text) || toks[j].Tag == "CD"); n++ {
			j++ // "in an exclusive interview with", "in a 2006 interview with"
		}
		if j+1 >= len(toks) {
			continue
		}
		noun, lemma := toks[j].Lower(), "tell"
		switch {
		case statementNouns[noun] && toks[j+1].Text == "to":
		case conversationNouns[noun] && toks[j+1].Text == "with":
			if noun != "interview" {
				lemma = "speak_with" // "in a call with Tom Wu, Ann Lee said"
			}
		default:
			continue
		}
		to := d.mentionAt(si, s, j+2)
		if to == nil {
			to = headAt(toks, d.sents[si], j+2) // "in an interview with magazine The Bark"
		}
		if to != nil {
			d.addressedBy(si, s, k, to, lemma)
		}
	}
}

// spokeTo gives the speaker of sentence si, which opens with "Speaking to"
// and the mention to, the relation lemma to it: the last person named
// before the clause's verb ("Speaking to Reuters, the president of the
// League, Ann Lee, said"), or the last actor when no person is named
// there ("Speaking to Reuters, the ministry said").
func (d *docState) spokeTo(si int, s nlp.Sentence, to *mention, lemma string) {
	toks := s.Tokens
	v := to.end
	for v < len(toks) && !inQuotes(d.qs, si, v) && !strings.HasPrefix(toks[v].Tag, "VB") && toks[v].Tag != "MD" {
		v++
	}
	if v == len(toks) || inQuotes(d.qs, si, v) {
		return
	}
	var by *mention
	for _, m := range d.sents[si] {
		if m.start < to.end || m.end > v || m.ent == nil || m.ent == to.ent || m.adj || m.possessive || m.role || !actorEntity(m.ent) {
			continue
		}
		if by == nil || by.ent.typ != schema.Person || m.ent.typ == schema.Person {
			by = m
		}
	}
	if by == nil || slices.ContainsFunc(d.facts, func(g *docFact) bool { return g.Sentence == si && g.subj == by.ent && g.obj == to.ent }) {
		return // "Speaking to Reuters, Tom Wu said": read as a clause already
	}
	subj := schema.Argument{Text: joinText(toks[by.start:by.end]), Start: toks[by.start].Start, End: toks[by.end-1].End}
	d.derive(si, subj, joinText(toks[:to.end]), lemma, by.ent, to.ent, "", roleConf)
}

// addressedBy gives the subject of the first fact of sentence si outside
// the phrase from token k to mention to, its addressee, the relation lemma
// to it, unless a fact between the two is there already.
func (d *docState) addressedBy(si int, s nlp.Sentence, k int, to *mention, lemma string) {
	toks := s.Tokens
	from, end := toks[k].Start, toks[to.end-1].End
	for _, f := range d.facts {
		if f.Sentence != si || f.implied || f.subj == nil || f.subj == to.ent ||
			(f.Subject.Start >= from && f.Subject.Start < end) {
			continue
		}
		if slices.ContainsFunc(d.facts, func(g *docFact) bool { return g.Sentence == si && g.subj == f.subj && g.obj == to.ent }) {
			return // "Speaking to Reuters, Tom Wu said": read as a clause already
		}
		d.derive(si, f.Subject, joinText(toks[k:to.end]), lemma, f.subj, to.ent, "", f.Confidence*roleConf)
		return
	}
}

// mentionAt returns the named actor's mention of sentence si that starts
// at token k, or after a determiner there, or nil.
func (d *docState) mentionAt(si int, s nlp.Sentence, k int) *mention {
	for _, m := range d.sents[si] {
		if (m.start == k || m.start == k+1 && isWordFold(s.Tokens[k].Text, "the")) && named(m) && m.ent != nil && !m.adj {
			return m
		}
	}
	return nil
}

// stateEndingAt returns the named state's mention of sentence si that
// ends at token k, or nil.
func (d *docState) stateEndingAt(si, k int) *mention {
	for _, m := range d.sents[si] {
		if m.end == k && named(m) && m.ent != nil && !m.adj && m.ent.typ == schema.GPE && d.r.country(m.ent) {
			return m
		}
	}
	return nil
}

// inside reports whether m lies within a longer mention of ms.
func inside(m *mention, ms []*mention) bool {
	for _, o := range ms {
		if o != m && o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start {
			return true
		}
	}
	return false
}

// A role is what a rule concludes: the relation, from the first mention to
// the second or, when reverse is set, the other way.
type role struct {
	lemma   string
	reverse bool
	// shared marks a role that the names listed after the second
	// mention share ([sharedModifier]).
	shared bool
	// kept marks a role that "former" before it does not end: "the
	// former Democratic chair of" was the chair, and is a Democrat.
	kept bool
	// also is a second relation between the same two actors, from a
	// second role joined by "and" ("founder and chief executive"), or "".
	also string
	// listed marks a role written in the plural before a list of names
	// in apposition: every name listed after the second mention
	// ([coordinated]) holds it too.
	listed bool
	// title is the role's words written before the first mention and
	// "of" ("the president of France, Emmanuel Macron,"): the holder's
	// title for a later "the president".
	title string
}

// compoundRules are the role rules for a compound of [actorSuffixes]
// ("Iran-backed") and the mention after it.
var compoundRules = []func(d *docState, s nlp.Sentence, a, b *mention) (role, bool){compoundAct}

// roleRules are tried in order on each pair of neighbouring mentions; the
// first that matches gives the fact.
var roleRules = []func(d *docState, s nlp.Sentence, a, b *mention) (role, bool){
	parentBefore,
	rivalBefore,
	stakeHeldBy,
	ownerOf,
	relationalApposition,
	andRelationOf,
	titleOfHolder,
	nationalityRolePerson,
	personOfOrg,
	bracketRole,
	personBracketMinistry,
	andOthers,
	personCommaParty,
	personWhoseParty,
	personPossessiveParty,
	partyBeforePerson,
	teamThenPlayers,
	personCommaNationality,
	orgCommaNationality,
	orgCommaBodyOf,
	bodyOfCommaOrg,
	orgPossessivePerson,
	unitOf,
	stateSuperlative,
	placeSuperlative,
	statePossessiveBody,
	nationalityBody,
	placeNameBody,
	personAppositionOfOrg,
	roleOfThenPerson,
	personCommaOrgRole,
	actorFromPlace,
	personTiedToPlace,
	homePlace,
	orgOfPlace,
	headquartersIn,
	basedIn,
	compoundAct,
	institutionIn,
	describedIn,
	placeDescribedIn,
	orgRolePerson,
	kinOf,
	asSuccessor,
	roleAsOf,
	degreeFrom,
	personStaff,
	namedStaff,
	colleaguesAt,
	kinApposition,
	placeInPlace,
	placeInKindOf,
	placeCommaIn,
	placeCommaNationality,
	regionOf,
	nationalityPlaceOf,
	personOfPlace,
}

// personOfPlace: "Yutaka Iwasaki of Kobe, Japan", "Ann Lee of Bergen
// said", "Ann Lee, 45, of Bergen" ([setOffOf]): a person named without a
// title, "of" and a named place (no
// possessive or adjective, and no noun after it: "Ann Lee of Oslo
// police") is from the place. A title's place is its office's ("Mayor
// Tom Wu of Oslo", [titleOfHolder]), and rules before this one read it.
func personOfPlace(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.Person || !named(a) || len(a.titles) > 0 || a.possessive || a.adj ||
		b.ent.typ != schema.GPE || !named(b) || b.adj || b.possessive {
		return role{}, false
	}
	if w := between(s, a, b); (len(w) != 1 || w[0] != "of") && !setOffOf(w) {
		return role{}, false
	}
	if b.end < len(s.Tokens) && strings.HasPrefix(s.Tokens[b.end].Tag, "NN") {
		return role{}, false
	}
	// A full name of two words or more, which no "the", "of" or quotation
	// mark opens: "the Sultan of Oman", "the Earl of Snowdon", "the laws
	// of Islamic Republic of Iran" and 'the "Kim Kardashian of Pakistan"'
	// name an office, a state or a nickname; "Sioux Tribes of Fort Peck"
	// a body; a number before the name numbers a list of sights ("5
	// Masjed-e Jame of Isfahan").
	if a.end-a.start < 2 || slices.ContainsFunc(s.Tokens[a.start:a.end], func(t nlp.Token) bool { return t.Tag == "NNPS" || t.Tag == "NNS" }) {
		return role{}, false
	}
	if k := a.start - 1; k >= 0 && (isWordFold(s.Tokens[k].Text, "the") || s.Tokens[k].Text == "of" || quoteMark(s.Tokens[k].Text) != 0 || s.Tokens[k].Tag == "CD") {
		return role{}, false
	}
	return role{lemma: schema.From}, true
}

// theModified reports whether "the" comes before token k, right before
// it or before up to three lower-case modifiers: "the United States",
// "the already rattled United States".
func theModified(toks []nlp.Token, k int) bool {
	k--
	for n := 0; k >= 0 && n < 3 && lowerWord(toks[k].Text) && (strings.HasPrefix(toks[k].Tag, "JJ") || strings.HasPrefix(toks[k].Tag, "RB") || toks[k].Tag == "VBN" || toks[k].Tag == "VBD"); n++ {
		k--
	}
	return k >= 0 && strings.EqualFold(toks[k].Text, "the")
}

// nationalityPlaceOf: "the Indonesian province of Aceh", "the Syrian city
// of Aleppo", "the Iraqi city Fallujah": a nationality, a word for a kind
// of place ([placeHeads]; one lower-case word may come before it, "port
// city") and "of" or the name right after place the named place in that
// state; "the Norwegian capital Oslo" is its capital. The state's name
// may stand for its adjective before "of", and "of" may come between a
// capital and its name ("the Fijian capital of Suva").
func nationalityPlaceOf(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !a.adj && named(a) && !a.possessive && (a.start == 0 || theModified(s.Tokens, a.start) || s.Tokens[a.start-1].Text == "of") && d.r.country(a.ent) &&
		isPlace(b.ent) && named(b) && !b.adj {
		// "the United States commonwealth of Puerto Rico": the state's
		// name in place of its adjective; a headline or "of" may leave
		// out "the" ("governor of United States commonwealth of Puerto
		// Rico", "Governor of US state of Alabama signs").
		if w := between(s, a, b); len(w) == 2 && placeHeads[w[0]] && w[1] == "of" {
			return role{lemma: schema.LocateIn, reverse: true}, true
		}
		if w := between(s, a, b); len(w) == 2 && placeHeads[placePlurals[w[0]]] && w[1] == "of" {
			d.listedPlacesIn(s, a, b) // "the US states of Ohio, Iowa and Utah"
			return role{lemma: schema.LocateIn, reverse: true}, true
		}
		if w := between(s, a, b); !isCap(s.Tokens[a.end].Text) && (len(w) == 1 && w[0] == "capital" || capitalCity(w)) {
			// "the United States capital city Washington": the state's
			// name in place of its adjective before its capital.
			return role{lemma: schema.CapitalOf, reverse: true}, true
		}
	}
	if !a.adj || a.ent.typ != schema.GPE && a.ent.typ != schema.Location || !named(b) || b.ent.typ != schema.GPE && b.ent.typ != schema.Location || b.adj {
		return role{}, false
	}
	w := between(s, a, b)
	if a.ent.typ == schema.Location {
		// "the Southern African nation Mozambique", "the West African
		// state of Mali": a region's adjective ([Resolver.regionAdjectives]).
		if len(w) == 1 && regionStateNouns[w[0]] || len(w) == 2 && regionStateNouns[w[0]] && w[1] == "of" {
			return role{lemma: schema.LocateIn, reverse: true}, true
		}
		return role{}, false
	}
	if n := len(w); n >= 2 && w[n-1] == "," && closedAfter(s, b.end) {
		w = w[:n-1] // "the Afghan capital, Kabul,"
	}
	if n := len(w); n >= 1 && n <= 2 && (placeHeads[w[n-1]] || w[n-1] == "capital") && !isCap(s.Tokens[a.end].Text) {
		// "the Iraqi city Fallujah", "the Norwegian capital Oslo": the
		// kind of place right before the name.
		if w[n-1] == "capital" || capitalCity(w) {
			return role{lemma: schema.CapitalOf, reverse: true}, true // "the Norwegian capital (city) Oslo"
		}
		return role{lemma: schema.LocateIn, reverse: true}, true
	}
	if n := len(w); n >= 2 && n <= 3 && w[n-1] == "of" && (w[n-2] == "capital" || capitalCity(w[:n-1])) && !isCap(s.Tokens[a.end].Text) {
		return role{lemma: schema.CapitalOf, reverse: true}, true // "the Fijian capital (city) of Suva"
	}
	if n := len(w); n >= 2 && n <= 3 && w[n-1] == "of" && placeHeads[placePlurals[w[n-2]]] && (n == 2 || !isCap(s.Tokens[a.end].Text)) {
		d.listedPlacesIn(s, a, b) // "the Indian states of Kerala and Goa"
		return role{lemma: schema.LocateIn, reverse: true}, true
	}
	if n := len(w); n < 2 || n > 3 || w[n-1] != "of" || !placeHeads[w[n-2]] || n == 3 && isCap(s.Tokens[a.end].Text) {
		return role{}, false
	}
	return role{lemma: schema.LocateIn, reverse: true}, true
}

// placePlurals are the plurals of [placeHeads] words, with their singulars:
// "the US states of Ohio, Iowa and Utah".
var placePlurals = map[string]string{
	"ports": "port", "cities": "city", "towns": "town", "villages": "village", "provinces": "province", "regions": "region",
	"districts": "district", "states": "state", "islands": "island", "oblasts": "oblast", "territories": "territory",
}

// pluralPlaceHeads are the words of [placePlurals] as a set.
var pluralPlaceHeads = func() map[string]bool {
	m := map[string]bool{}
	for w := range placePlurals {
		m[w] = true
	}
	return m
}()

// listedPlacesIn places in the state a the places listed after b ("the US
// states of Ohio, Iowa and Utah": Iowa and Utah too), b placed by the
// role rule that calls it.
func (d *docState) listedPlacesIn(s nlp.Sentence, a, b *mention) {
	for si, ms := range d.sents {
		k := slices.Index(ms, b)
		if k < 0 {
			continue
		}
		for _, c := range mentionsListed(s.Tokens, b, ms[k+1:], func(c *mention) bool {
			return named(c) && c.ent != nil && !c.adj && isPlace(c.ent) && c.ent != a.ent
		}) {
			d.derive(si, argOf(s, c), joinText(s.Tokens[a.end:c.start]), schema.LocateIn, c.ent, a.ent, "", roleConf)
		}
		return
	}
}

// capitalCity reports whether the words w are "capital city".
func capitalCity(w []string) bool {
	return len(w) == 2 && w[0] == "capital" && w[1] == "city"
}

// named reports whether m names its entity (rather than refer to it by a
// pronoun or description).
func named(m *mention) bool {
	return m.kind == mName || m.kind == mSingle || m.kind == mGroup
}

// between returns the lower-case words between mentions a and b, none
// when b does not start after a ends (nested or overlapping mentions:
// "American officials" holds the nationality "American").
func between(s nlp.Sentence, a, b *mention) []string {
	start := a.end
	if start > b.start {
		return nil
	}
	if e := bracketEnd(s.Tokens, start); e > start && e < b.start && s.Tokens[e].Text == "," {
		start = e // "Tom Wu (72), whose party": a bracketed aside after the name
	}
	return lowerWords(s.Tokens[start:b.start])
}

// memberAsideEnd returns the token after a list member's bracketed aside that
// opens at token k and closes before token limit, where the next member
// starts ("Tom Wu (agriculture) and Ann Lee"), or k ([bracketEnd]).
func memberAsideEnd(toks []nlp.Token, k, limit int) int {
	if e := bracketEnd(toks, k); e <= limit {
		return e
	}
	return k
}

// bracketEnd returns the token after a bracketed aside of at most four
// words that opens at token k ("(72)", "(pictured)", "(left)"), or k.
func bracketEnd(toks []nlp.Token, k int) int {
	if k >= len(toks) || toks[k].Text != "(" {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j].Text == ")" {
			return j + 1
		}
	}
	return k
}

// setOffOf reports whether the lower-case words w between a person's name
// and a place set "of" off after a comma, alone or after the person's
// age: "Tom Wu, of Allen,", "Tom Wu, 45, of Allen", "Tom Wu, aged 45, of
// Allen", "Tom Wu, 45-year-old of Allen", "Tom Wu, a 45-year-old man of
// Allen". Court and police reports name where a person lives so.
func setOffOf(w []string) bool {
	if len(w) < 2 || w[0] != "," || w[len(w)-1] != "of" {
		return false
	}
	w = w[1 : len(w)-1]
	if len(w) == 0 {
		return true // "Tom Wu, of Allen"
	}
	if w[0] == "aged" {
		w = w[1:]
	}
	if len(w) == 2 && isAge(w[0]) && w[1] == "," {
		return true // "Tom Wu, 45, of Allen"
	}
	if len(w) > 0 && (w[0] == "a" || w[0] == "an") {
		w = w[1:]
	}
	if len(w) == 2 && ageNouns[w[1]] {
		w = w[:1] // "a 45-year-old man of"
	}
	return len(w) == 1 && strings.HasSuffix(w[0], "-year-old") && isAge(strings.TrimSuffix(w[0], "-year-old"))
}

// isAge reports whether w is a number of one to three digits.
func isAge(w string) bool {
	return len(w) > 0 && len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

// ageNouns may follow a person's age in an apposition that says where the
// person lives ("a 45-year-old man of Allen").
var ageNouns = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true, "resident": true, "native": true}

// titleOfHolder: "Governor of Washington Ann Lee", "CEO of the
// Refugee Council Ola Dahl", "Co-founder of Google, Sergey Brin,",
// "the President of Korea, Roh Moo-hyun.": a role noun, of, the holder and
// right after it (after an honorific, or in apposition) the person give
// the role's relation from the person.
func titleOfHolder(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(b) || b.ent.typ != schema.Person || a.adj || (a.ent.typ != schema.Organization && a.ent.typ != schema.GPE) {
		return role{}, false
	}
	end, k := a.end, a.start-1
	if end < len(s.Tokens) && s.Tokens[end].Text == ")" && k >= 2 && s.Tokens[k].Text == "(" {
		// "of CEI (Italian Episcopal Conference), Nunzio Galantino": the
		// holder's name in brackets after its acronym; "of the BWU union
		// (...)", "of the Brannock Union (...)": after a short name of
		// capitalised words, or an acronym and a lower-case noun.
		end, k = end+1, k-1
		if k >= 1 && !isCap(s.Tokens[k].Text) && strings.HasPrefix(s.Tokens[k].Tag, "NN") && isCap(s.Tokens[k-1].Text) {
			k--
		}
		for n := 0; n < 3 && k >= 0 && isCap(s.Tokens[k].Text); n++ {
			k--
		}
	}
	if a.ent.typ == schema.GPE && end < b.start && divisionNouns[s.Tokens[end].Text] && !strings.HasSuffix(s.Tokens[end].Text, "s") {
		end++ // "the governor of Kandahar province Tom Wu": the place's division noun
	}
	comma := b.start == end+1 && s.Tokens[end].Text == ","
	commas := comma && closedAfter(s, b.end)
	if b.start == end+2 && s.Tokens[end].Text == "," && s.Tokens[end+1].Text == "[" && b.end < len(s.Tokens) && s.Tokens[b.end].Text == "]" {
		// "Part time Mayor of Boston, [Tom Wu], who": a name a quoted
		// post puts in square brackets.
		comma, commas = true, closedAfter(s, b.end+1)
		end++
	}
	// "the President of the Republic of Korea Mr. Roh Moo-hyun": an
	// honorific of the person's between.
	honor := b.start > end && b.start-end <= 2 && len(b.titles) > 0 && honorific(b.titles[0]) && isCap(s.Tokens[end].Text)
	if b.start != end && !comma && !honor {
		return role{}, false
	}
	if k > 1 && s.Tokens[k].Tag == "POS" && isCap(s.Tokens[k-1].Text) {
		// "the director of Norway's Red Cross, Tom Wu": the body's
		// possessive place between "of" and its name.
		for k--; k > 0 && isCap(s.Tokens[k].Text); k-- {
		}
	}
	if k >= 0 && isWordFold(s.Tokens[k].Text, "the") {
		k--
	}
	if k < 1 || s.Tokens[k].Text != "of" {
		return role{}, false
	}
	if c := boardChairAt(s.Tokens, k); c > 0 {
		k = c + 1 // "Chairman of the board of Halvik Bank Tom Wu": the bank's head
	}
	w := s.Tokens[k-1].Lower()
	if founderAt(s.Tokens[max(k-2, 0)].Lower(), w) {
		return role{lemma: "found", reverse: true}, true // "founder of", "founding father of"
	}
	words := []string{w}
	if two := []string{s.Tokens[max(k-2, 0)].Lower(), w}; k >= 2 && (!isCap(s.Tokens[k-2].Text) || deputyWords[two[0]] || headOfGovernment(two, 1) || headOfStaff(two, 1)) {
		words = []string{s.Tokens[k-2].Lower(), w} // "secretary general of", "Vice President of", "Prime Minister of"
		if k >= 3 && deputyWords[s.Tokens[k-3].Lower()] && (headOfGovernment(words, 1) || headOfStaff(words, 1)) {
			words = []string{s.Tokens[k-3].Lower(), s.Tokens[k-2].Lower(), w} // "Deputy Prime Minister of", "assistant general manager of"
		}
	}
	if comma && !commas && !honor && b.start != end && !openingSubject(s, k-len(words), b.end) {
		// "The leader of the Harbor Party, Ann Lee announced": the
		// second comma left out after the sentence's subject.
		return role{}, false
	}
	r := roleLemma(words)
	if r == "" && w == "speaker" && legislature(a.ent) {
		// "Speaker of the House of Representatives Tom Wu" chairs the
		// house, as "Tom Wu, the Speaker of the House of
		// Representatives," does ([personAppositionOfOrg]); a deputy
		// speaker serves it.
		r = schema.Lead
		if deputyWords[s.Tokens[max(k-2, 0)].Lower()] {
			r = schema.WorkFor
		}
	}
	if r == "" && seeHeads[w] && a.ent.typ == schema.GPE {
		r = schema.Lead // "the Archbishop of Gdansk, Tom Wu": the see's head
	}
	if r == "" || (r == schema.MemberOf && a.ent.typ == schema.GPE) {
		return role{}, false
	}
	return role{lemma: r, reverse: true, title: strings.Join(words, " ")}, true
}

// seeHeads are the churchmen who head the see of the place after "of":
// "the Archbishop of Gdansk", "the Patriarch of Alexandria".
var seeHeads = map[string]bool{"archbishop": true, "bishop": true, "patriarch": true, "metropolitan": true}

// secondDescription reports whether toks, the words between a first
// description of a person and the name, are "and" and a second one of at
// most three words ending in a lower-case noun: "and Libyan national",
// "and Army veteran".
func secondDescription(toks []nlp.Token) bool {
	n := len(toks)
	if n < 2 || n > 4 || toks[0].Lower() != "and" || isCap(toks[n-1].Text) {
		return false // the tagger may read "national" as an adjective
	}
	for _, t := range toks[1:] {
		if !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return false
		}
	}
	return true
}

// nationalityRolePerson: "English defender Kyle Walker", "Tunisian
// goalkeeper Karim Haddad": a nationality, lower-case role nouns and a
// person give the role's relation to the country, for roles the gazetteer's
// titles do not list; a nationality right before a name with a given
// name, or "a Jordanian named", gives from.
func nationalityRolePerson(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.GPE || !named(b) || b.ent.typ != schema.Person || len(b.titles) > 0 {
		return role{}, false
	}
	// "Toronto serial killer Tom Wu", "Ohio young man Tom Wu": lower-case
	// adjectives may grade the dweller's noun.
	noun := a.end
	for noun < b.start-1 && noun < a.end+2 && strings.HasPrefix(s.Tokens[noun].Tag, "JJ") && !isCap(s.Tokens[noun].Text) {
		noun++
	}
	if !a.adj && !a.possessive && named(a) && noun < b.start && (b.start == noun+1 || secondDescription(s.Tokens[noun+1:b.start])) &&
		dwellerNouns[s.Tokens[noun].Lower()] && (a.start == 0 || s.Tokens[a.start-1].Tag == "DT" || !isCap(s.Tokens[a.start-1].Text)) {
		// "Ohio man Tom Wu", "Bergen native Ann Lee": a place's name and
		// a word for one who lives there or comes from there; another
		// description may follow ("Reading resident and Libyan national
		// Tom Wu").
		return role{lemma: schema.From, reverse: true}, true
	}
	if !a.adj && (a.possessive || !named(a) || !d.r.country(a.ent)) {
		// A country's name works as its adjective ("New Zealand bowler
		// Tom Wu"); a city's or a region's does not.
		return role{}, false
	}
	toks := s.Tokens[a.end:b.start]
	apposed, listed := false, false
	if n := len(toks); n > 3 && toks[n-1].Text == "," {
		toks = withoutPost(toks) // "the US diplomat in Cuba, Tom Wu,"
	}
	if n, after := len(toks), bracketEnd(s.Tokens, b.end); n > 1 && toks[n-1].Text == "," && pluralRole(toks[n-2]) && after < len(s.Tokens) &&
		(s.Tokens[after].Text == "," || s.Tokens[after].Text == "and") {
		// "two Norwegian ministers, Tom Wu and Ann Lee,": a list set off
		// after a plural role, each name perhaps with its portfolio in
		// brackets ("Tom Wu (agriculture) and Ann Lee (power)").
		toks, listed = toks[:n-1], true
	} else if n := len(toks); n > 1 && toks[n-1].Text == "," {
		// "The US ambassador, James Cason, said": a definite
		// description in apposition, closed after the name.
		if !definiteBefore(s, a.start) && !bareOpening(s, a.start) || !closedAfter(s, b.end) {
			return role{}, false
		}
		toks, apposed = toks[:n-1], true
	}
	toks = withoutMinisterPortfolio(toks) // "the Syrian minister of information, Tom Wu,"
	if len(toks) == 0 && (d.r.g.givenName(b.ent.name) || d.r.nationalityNoun(a.surface) || bareFullName(s, a, b)) ||
		len(toks) == 1 && namingWords[toks[0].Lower()] && a.start > 0 && s.Tokens[a.start-1].Tag == "DT" {
		// "Swiss Roger Federer", "a Jordanian named Abu Musab": a
		// nationality alone says where one is from. A name with no given
		// name may be a work's or a body's ("the American String
		// Quartet"); not after a nationality's noun, which only a
		// person's full name follows ("Ethiopians Abebe Tolossa and ...",
		// "Swede Lars Brink"); a plural one is every listed name's.
		return role{lemma: schema.From, reverse: true, shared: d.r.pluralDemonym(a.surface) != nil}, true
	}
	if n := len(toks); n > 1 && n <= 4 && namingWords[toks[n-1].Lower()] && a.start > 0 && s.Tokens[a.start-1].Tag == "DT" &&
		lowerDescription(toks[:n-1]) {
		// "a Danish chef named Ann Lee": the nationality of one
		// introduced by a description and a naming word, as of "a
		// Jordanian named Abu Musab", is where she is from.
		return role{lemma: schema.From, reverse: true}, true
	}
	if len(toks) == 0 || len(toks) > 4 && !roleList(toks) && !twoDescriptions(toks) {
		return role{}, false
	}
	if w := toks[len(toks)-1].Lower(); w == "opposite" || w == "alongside" {
		// "his American film debut opposite Mandy Moore": the
		// nationality is the film's, the name a co-star's.
		return role{}, false
	}
	var words []string
	and := -1 // the "and" of two descriptions whose second names a body or a prize
	if twoDescriptions(toks) && !isCap(toks[len(toks)-1].Text) {
		and = slices.IndexFunc(toks, func(t nlp.Token) bool { return t.Text == "and" })
	}
	for i, t := range toks {
		if (t.Text == "and" || t.Text == ",") && i > 0 && i < len(toks)-1 {
			continue
		}
		if isCap(t.Text) && and >= 0 && i > and && (strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ")) {
			// "Norwegian skier and Olympic champion Tom Wu", "Japanese
			// wrestler and Netflix star Ann Lee": the second
			// description names a prize or a body, so the first alone
			// says what the nationality makes of the person.
			words = words[:and]
			break
		}
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && !halfBack(toks, i) {
			return role{}, false
		}
		words = append(words, t.Lower())
	}
	if d.bodyThenNonRole(words) {
		return role{}, false
	}
	if n := len(words); listed && singularRole(words[n-1]) != "" {
		words[n-1] = singularRole(words[n-1]) // each listed name is one minister
	}
	r := nationalityLemma(words)
	if roleList(toks) {
		r = schema.From // "US singer, actor, and rights advocate Ann Lee": where the person of many trades is from
	}
	if apposed && r != schema.Lead && r != schema.WorkFor {
		return role{}, false // "the French writer, Ola Dahl," may be anyone's description
	}
	return role{lemma: r, reverse: true, shared: listed}, true
}

// halfBack reports whether toks[i] is the "back" of "half back", a rugby
// position the tagger reads as an adverb ("Wales half back Tom Wu").
func halfBack(toks []nlp.Token, i int) bool {
	return i > 0 && toks[i].Lower() == "back" && toks[i-1].Lower() == "half"
}

// lowerDescription reports whether toks are lower-case nouns and
// adjectives only ("farmer", "young nurse").
func lowerDescription(toks []nlp.Token) bool {
	for _, t := range toks {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return false
		}
	}
	return true
}

// roleList reports whether toks, the words between a nationality and a
// name, are a list of up to four descriptions of up to three words each,
// set off by commas and closed by "and" ("singer, actor, and animal rights
// advocate"): each describes the person the nationality places.
func roleList(toks []nlp.Token) bool {
	if len(toks) > 12 {
		return false
	}
	parts, words, and := 1, 0, false
	for i, t := range toks {
		switch {
		case t.Text == ",":
			if words == 0 || i == len(toks)-1 {
				return false
			}
			parts, words = parts+1, 0
		case t.Text == "and":
			if and || i == 0 || i == len(toks)-1 {
				return false
			}
			and = true
			if words > 0 {
				parts, words = parts+1, 0
			}
		default:
			if words++; words > 3 {
				return false
			}
		}
	}
	return and && parts > 2 && parts <= 4 && words > 0
}

// twoDescriptions reports whether toks, the words between a nationality
// and a name, are two descriptions of up to three words each joined by
// "and" ("female professional wrestler and reality television star"):
// the nationality is the person's, as with one description.
func twoDescriptions(toks []nlp.Token) bool {
	i := slices.IndexFunc(toks, func(t nlp.Token) bool { return t.Text == "and" })
	if i < 1 || i > 3 || len(toks)-i-1 < 1 || len(toks)-i-1 > 3 {
		return false
	}
	return !slices.ContainsFunc(toks, func(t nlp.Token) bool { return t.Text == "," }) &&
		!slices.ContainsFunc(toks[i+1:], func(t nlp.Token) bool { return t.Text == "and" })
}

// dwellerNouns name a person by the place they live in or come from,
// after the place's name: "Ohio man", "Oslo native".
var dwellerNouns = map[string]bool{
	"man": true, "woman": true, "native": true, "resident": true, "teenager": true, "teen": true, "boy": true, "girl": true,
	"killer": true, "gunman": true, "mother": true, "father": true, "businessman": true, "businesswoman": true,
}

// bodyThenNonRole reports whether words, between a nationality and a
// person's name, name a state's body or group ("military", "police",
// "troops") and then a word that is no role in it: the nationality is the
// body's, and the word after it a verb the tagger read as a noun, as a
// headline's "Norwegian military kills Tom Wu". "Norwegian army officer
// Tom Wu" holds a role.
func (d *docState) bodyThenNonRole(words []string) bool {
	for i, w := range words[:len(words)-1] {
		if _, group := d.r.g.groups[normKey(w)]; group || governmentHeads[w] || w == "military" {
			return !roleNoun(words[len(words)-1]) && !roleNoun(words[i+1])
		}
	}
	return false
}

// withoutPost returns toks, the words between a state or a body and a
// person's name, without the post that the role noun names after it:
// "diplomat in Cuba ," reads as "diplomat ,", "'s ambassador to the United
// Nations ," as "'s ambassador ,". Where the person serves, or the state an
// envoy is sent to, says nothing of whom he serves. Only "in", or "to"
// after an envoy's noun ([envoyNoun]), then capitalised words (after "the"
// for "to") up to a closing comma are cut; toks is returned as it is
// otherwise.
func withoutPost(toks []nlp.Token) []nlp.Token {
	end := len(toks)
	if end > 0 && toks[end-1].Text == "," {
		end--
	}
	for i := end - 2; i > 0; i-- {
		j := i + 1
		switch {
		case toks[i].Text == "in":
		case toks[i].Text == "to" && envoyNoun(toks[i-1].Text):
			if strings.EqualFold(toks[j].Text, "the") {
				j++
			}
		default:
			continue
		}
		if j < end && allCap(toks[j:end]) {
			return append(toks[:i:i], toks[end:]...)
		}
	}
	return toks
}

// envoyPost reports whether m names the state or body an envoy is sent
// to: "to" or "to the" after an envoy's noun right before it ("Norway's
// ambassador to Denmark", "the envoy to the United Nations"), or "in"
// after an envoy's or a correspondent's noun.
func envoyPost(s nlp.Sentence, m *mention) bool {
	k := m.start - 1
	if k > 0 && isWordFold(s.Tokens[k].Text, "the") {
		k--
	}
	if k <= 0 {
		return false
	}
	if s.Tokens[k].Text == "in" {
		// the place an envoy or a correspondent is stationed in: "the
		// UNICEF Representative in Iran", "the BBC correspondent in Oslo"
		return envoyNoun(s.Tokens[k-1].Text) || strings.EqualFold(s.Tokens[k-1].Text, "correspondent")
	}
	return (s.Tokens[k].Text == "to" || briefFor(s.Tokens, k)) && envoyNoun(s.Tokens[k-1].Text)
}

// stationLemma returns the relation an envoy's or a correspondent's post
// in a state gives: an ambassador's or an envoy's is the post it is sent
// to ("ambassador_to"); a representative or a correspondent works in the
// state ("work_in") for the body that names it.
func stationLemma(noun string) string {
	switch noun {
	case "representative", "correspondent", "commissioner":
		return "work_in"
	}
	return noun + "_to"
}

// briefFor reports whether token k is the "for" of an envoy's brief
// written in a title: "Special Representative for Norway", "UN Envoy for
// Syria" (a representative's "for" without "Special" names a seat,
// [docState.representFacts]; a commissioner's a portfolio).
func briefFor(toks []nlp.Token, k int) bool {
	if k < 1 || toks[k].Text != "for" || !isCap(toks[k-1].Text) {
		return false
	}
	switch strings.ToLower(toks[k-1].Text) {
	case "envoy", "emissary":
		return true
	case "representative":
		return k > 1 && strings.EqualFold(toks[k-2].Text, "special")
	}
	return false // "Commissioner for Trade": a portfolio
}

// envoyPosts adds the post an envoy is sent to, as the noun's relation
// ("ambassador_to", "envoy_to"): "Afghan Ambassador to the United States
// Hamdullah Mohib", "Norway's ambassador to Denmark, Ola Berg,", "Ann Lee,
// Sweden's envoy to the United Nations,". A post in a state gives the
// relation of [stationLemma]: "Ann Lee, the UNICEF Representative in
// Norway," works in Norway. The envoy is the titled name
// right after the post, the name set off by commas after it, or the name
// whose apposition holds the envoy's noun.
func (d *docState) envoyPosts(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k, c := range ms {
		if c.ent == nil || !named(c) || c.adj || !envoyPost(s, c) || c.ent.typ != schema.GPE && c.ent.typ != schema.Organization {
			continue
		}
		noun := c.start - 2
		if strings.EqualFold(toks[c.start-1].Text, "the") {
			noun--
		}
		if toks[noun+1].Text == "for" {
			continue // "Special Representative for Norway": a brief, no post in Norway
		}
		if toks[noun+1].Text == "in" && c.ent.typ != schema.GPE {
			continue // "the representative in the Security Council": a seat, no post in a state
		}
		if noun > 0 && strings.EqualFold(toks[noun-1].Text, "honorary") {
			continue // "an honorary ambassador in Korea": a title given, no post
		}
		var envoy *mention
		if k+1 < len(ms) {
			p := ms[k+1]
			switch {
			case p.start == c.end && len(p.titles) > 0:
				envoy = p // "Ambassador to the United States Hamdullah Mohib"
			case p.start == c.end+1 && toks[c.end].Text == "," && closedAfter(s, p.end):
				envoy = p // "Norway's ambassador to Denmark, Ola Berg,"
			}
		}
		if envoy == nil && closedAfter(s, c.end) {
			// "Ann Lee, Sweden's envoy to the United Nations,"
			for _, p := range ms[:k] {
				if p.end < len(toks) && toks[p.end].Text == "," && noun-p.end <= 5 && noun > p.end && !slices.ContainsFunc(toks[p.end+1:noun], func(t nlp.Token) bool {
					return t.Text == "," || strings.HasPrefix(t.Tag, "VB")
				}) {
					envoy = p
				}
			}
		}
		pred := false
		if envoy == nil {
			// "Ola Berg once served as the US ambassador to the
			// United Nations", "Ola Berg, who was Norway's envoy to Sweden,"
			envoy = predicativeEnvoy(s, ms[:k], noun)
			pred = envoy != nil
		}
		if envoy == nil || envoy.ent == nil || envoy.ent.typ != schema.Person || !named(envoy) && !(pred && envoy.kind == mPronoun) || envoy.ent == c.ent {
			continue
		}
		w := strings.ToLower(toks[noun].Text)
		lemma := w + "_to"
		if toks[noun+1].Text == "in" {
			lemma = stationLemma(w)
		}
		d.derive(si, argOf(s, envoy), joinText(toks[noun:c.start]), lemma, envoy.ent, c.ent, "", roleConf)
	}
	for k, m := range ms {
		// "Ola Berg served as the Norwegian ambassador to Denmark": the
		// role mention holds the post, which no mention of its own names
		toks := s.Tokens
		if !m.role || m.start+2 >= m.end || toks[m.start+1].Text != "to" || !envoyNoun(toks[m.start].Text) {
			continue
		}
		b := m.start + 2
		if strings.EqualFold(toks[b].Text, "the") {
			b++
		}
		if b >= m.end || !isCap(toks[b].Text) {
			continue
		}
		post := d.partEntity(joinText(toks[b:m.end]))
		if post == nil || post.typ != schema.GPE && post.typ != schema.Organization {
			continue
		}
		envoy := predicativeEnvoy(s, ms[:k], m.start)
		if envoy == nil || envoy.ent == nil || envoy.ent == post || !named(envoy) && envoy.kind != mPronoun {
			continue
		}
		w := strings.ToLower(toks[m.start].Text)
		d.derive(si, argOf(s, envoy), joinText(toks[m.start:m.end]), w+"_to", envoy.ent, post, "", roleConf)
	}
}

// postLinkVerbs put the subject into the post the words after them name:
// "was", "has been", "became", "served as", "remains".
var postLinkVerbs = map[string]bool{
	"is": true, "was": true, "been": true, "became": true, "becomes": true, "become": true,
	"serves": true, "served": true, "serve": true, "remains": true, "remained": true,
}

// predicativeEnvoy returns the person of ms (the mentions before the post)
// whose clause puts them into the envoy's post whose noun is token noun:
// the person, optionally ", who", adverbs, a verb of [postLinkVerbs] ("as"
// after serving), then an article or a state's possessive or adjective
// and modifiers up to the noun ("Ola Berg previously served as the US
// ambassador to", "Ola Berg, who was Norway's envoy to", "He is the
// ambassador to"). A post denied ("was not"), wished for ("wants to
// serve as") or met ("met the ambassador to") is none.
func predicativeEnvoy(s nlp.Sentence, ms []*mention, noun int) *mention {
	toks := s.Tokens
	for i := len(ms) - 1; i >= 0; i-- {
		p := ms[i]
		if p.end >= noun || p.ent == nil || p.ent.typ != schema.Person || p.possessive || p.adj {
			continue
		}
		j := p.end
		if j+1 < noun && toks[j].Text == "," && toks[j+1].Lower() == "who" {
			j += 2 // "Ola Berg, who was"
		}
		for j < noun && (toks[j].Tag == "RB" && !negation(toks[j].Lower()) || toks[j].Lower() == "has" || toks[j].Lower() == "had" || toks[j].Lower() == "have") {
			j++ // "previously", "has"
		}
		if j < noun && toks[j].Lower() == "been" {
			j++
		}
		if j >= noun || !postLinkVerbs[toks[j].Lower()] {
			return nil
		}
		verb := toks[j].Lower()
		j++
		if strings.HasPrefix(verb, "serv") {
			if j >= noun || toks[j].Lower() != "as" {
				return nil
			}
			j++
		}
		if j < noun && (toks[j].Lower() == "the" || toks[j].Lower() == "a" || toks[j].Lower() == "an") {
			j++
		}
		for ; j < noun; j++ {
			t := toks[j]
			if t.Text == "," || negation(t.Lower()) || strings.HasPrefix(t.Tag, "VB") && coveringAt(ms, j) < 0 {
				return nil
			}
		}
		return p
	}
	return nil
}

// negation reports whether w denies the clause it stands in.
func negation(w string) bool {
	return w == "not" || w == "n't" || w == "never"
}

// personWhoseParty: "Ann Lee, whose party, the Green Union, leads the
// coalition", "Ann Lee, whose Green Union party won": a person, "whose"
// and the person's party (named after "party," or followed by "party", or
// a party the gazetteer knows) make the person its member.
func personWhoseParty(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.ent.typ != schema.Person || !named(b) || b.ent.typ != schema.Organization || b.adj || b.possessive {
		return role{}, false
	}
	w := between(s, a, b)
	if n := len(w); n > 2 && w[n-1] == "the" {
		w = w[:n-1]
	}
	if len(w) < 2 || w[0] != "," || w[1] != "whose" {
		return role{}, false
	}
	apposed := len(w) == 4 && w[2] == "party" && w[3] == ","                                          // "whose party, the Green Union,"
	after := len(w) == 2 && b.end < len(s.Tokens) && strings.EqualFold(s.Tokens[b.end].Text, "party") // "whose Green Union party"
	known := len(w) == 2 && b.ent.desc["party"]                                                       // "whose Labour Party"
	return role{lemma: schema.MemberOf}, apposed || after || known
}

// definiteBefore reports whether the words before token k, back to the
// sentence's or clause's start, are a definite article and adjectives
// ("The senior ..."): the opening of a description.
// orgRoleAndMore: "Halvik University geology expert and former Norwegian
// security official, Tom Wu,": a body's name and lower-case role nouns,
// then "and" and a second description with a state's adjective (read by
// [nationalityRolePerson]) before the person's name, give the role in the
// body as [orgRolePerson] does with no second description.
func orgRoleAndMore(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.Organization || a.adj || a.possessive || !named(b) || b.ent.typ != schema.Person || len(b.titles) > 0 {
		return role{}, false
	}
	var words []string
	k := a.end
	for ; k < b.start && len(words) < 3 && strings.HasPrefix(s.Tokens[k].Tag, "NN") && !isCap(s.Tokens[k].Text); k++ {
		words = append(words, s.Tokens[k].Lower())
	}
	if len(words) == 0 || k >= b.start || s.Tokens[k].Text != "and" {
		return role{}, false
	}
	for j := k + 1; j < b.start; j++ {
		t := s.Tokens[j]
		if t.Text == "," && j == b.start-1 {
			break
		}
		if !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && !formerWord(t.Lower()) {
			return role{}, false
		}
	}
	r := roleLemma(words)
	if r == schema.Lead && partBetween(s, a.end, k) {
		r = schema.WorkFor
	}
	r = rankRole(r, words[len(words)-1], a.ent)
	return role{lemma: r, reverse: true}, r != ""
}

// bareOpening reports whether the words before token k open the
// sentence with a description written with no article, as a byline's
// or a caption's: nothing, "former" ("Former Norwegian security
// official, Tom Wu, said"), or another description and "and" ("Halvik
// University geology expert and former Norwegian security official,
// Tom Wu,"): nouns, adjectives and names with no verb or comma.
func bareOpening(s nlp.Sentence, k int) bool {
	i := k - 1
	for i >= 0 && formerWord(s.Tokens[i].Lower()) {
		i--
	}
	if i < 0 {
		return k > 0 // not a name's own adjective alone
	}
	if s.Tokens[i].Text != "and" || i == 0 {
		return false
	}
	for j := 0; j < i; j++ {
		if t := s.Tokens[j]; !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return false
		}
	}
	return true
}

func definiteBefore(s nlp.Sentence, k int) bool {
	for i := k - 1; i >= 0; i-- {
		t := s.Tokens[i]
		switch {
		case t.Tag == "DT" && t.Lower() == "the":
			return i == 0 || strings.ContainsAny(s.Tokens[i-1].Text, ",:;") || s.Tokens[i-1].Tag == "IN" || s.Tokens[i-1].Tag == "CC" || strings.HasPrefix(s.Tokens[i-1].Tag, "VB")
		case strings.HasPrefix(t.Tag, "JJ") && !isCap(t.Text):
		default:
			return false
		}
	}
	return false
}

// asideAfter reports whether a bracketed aside of at most four words and a
// comma follow token k-1: "Ann Lee (pictured),", "Tom Wu (72),".
func asideAfter(s nlp.Sentence, k int) bool {
	e := bracketEnd(s.Tokens, k)
	return e > k && e < len(s.Tokens) && s.Tokens[e].Text == ","
}

// closedAfter reports whether an apposition ends at token k: a comma, a
// closing bracket or the sentence's end.
func closedAfter(s nlp.Sentence, k int) bool {
	if k >= len(s.Tokens) {
		return true
	}
	switch s.Tokens[k].Text {
	case ",", ")", ".", ";", ":":
		return true
	}
	return false
}

// acronymAfter reports whether a name's acronym in brackets, and then a
// mark that ends its phrase, follow at token k: "the Green Party (GP),".
func acronymAfter(s nlp.Sentence, k int) bool {
	toks := s.Tokens
	if k+2 >= len(toks) || toks[k].Text != "(" || toks[k+2].Text != ")" {
		return false
	}
	w := toks[k+1].Text
	return len(w) >= 2 && strings.ToUpper(w) == w && closedAfter(s, k+3)
}

// counterparts: "Petrosyan and his Azerbaijani counterpart, Elchin
// Mammadov", "Putin's French counterpart Emmanuel Macron", "President
// Tom Wu and Swedish counterpart Ann Lee": a person's possessive (or a
// name and "and"), a nationality, "counterpart" and a name give the named
// person the possessor's relation to a state (lead or work_for), toward
// the nationality's state, and work_for when the possessor leads or works
// for a body of a state ("the Secretary of State's Saudi counterpart").
// A possessor with no such relation gives nothing,
// and a pronoun counts only for an actor named before it in the sentence:
// one resolved further back is too often someone else.
func (d *docState) counterparts(si int, s nlp.Sentence, ms []*mention) {
	for k := 0; k+2 < len(ms); k++ {
		p, a, b := ms[k], ms[k+1], ms[k+2]
		if p.ent == nil || a.ent == nil || b.ent == nil || p.ent.typ != schema.Person ||
			!a.adj && !counterpartNoun(s, a) || a.ent.typ != schema.GPE || b.start < a.end {
			continue
		}
		// "Norwegian President Tom Wu and Swedish counterpart Ann Lee":
		// the name joined before the nationality is the one matched;
		// "Tom Wu holds talks with Swedish counterpart Ann Lee": so is
		// the subject of a verb whose "with" takes the counterpart.
		joined := !p.possessive && named(p) && p.end+1 == a.start && s.Tokens[p.end].Lower() == "and" ||
			!p.possessive && named(p) && withCounterpart(s, p, a)
		if !p.possessive && !joined || p.possessive && p.end != a.start && !(p.end+1 == a.start && s.Tokens[p.end].Tag == "POS") {
			continue
		}
		adjs, names := []*mention{a}, []*mention{b}
		if n := listedCounterparts(s, ms[k+1:]); n > 0 {
			// "her Greek and French counterparts, Tom Wu and Ola Berg":
			// each nationality with the name in its place.
			adjs, names = ms[k+1:k+1+n], ms[k+1+n:k+1+2*n]
		} else if w := between(s, a, b); !named(b) || b.ent.typ != schema.Person || b.ent == p.ent ||
			!(len(w) == 1 || len(w) == 2 && w[1] == ",") || w[0] != "counterpart" {
			continue
		}
		if !named(p) && !slices.ContainsFunc(ms[:k], func(m *mention) bool { return m.ent == p.ent }) {
			continue // "his" must take up an actor of its own sentence
		}
		lemma := ""
		for _, f := range d.facts {
			if f.subj == p.ent && f.obj != nil && f.obj.typ == schema.GPE && f.obj != a.ent &&
				(f.Lemma == schema.Lead || f.Lemma == schema.WorkFor && lemma == "") {
				lemma = f.Lemma
			}
		}
		for _, f := range d.facts {
			if lemma == "" && f.subj == p.ent && f.obj != nil && f.obj.typ == schema.Organization && (f.Lemma == schema.Lead || f.Lemma == schema.WorkFor) &&
				(f.obj.gaz != nil && f.obj.gaz.of != "" || d.stateOfBody(f.obj) != nil) {
				// "Secretary of State Antony Blinken spoke to his Saudi
				// counterpart": the possessor serves a state's body, so
				// the counterpart serves the other state.
				lemma = schema.WorkFor
			}
		}
		if lemma == "" {
			// "External Affairs Minister Tom Wu" with no state the
			// document names for him: his title still says which post
			// the counterpart holds.
			lemma = d.titledPost(p.ent)
		}
		if lemma == "" {
			continue
		}
		for i, b := range names {
			if b.ent != p.ent && b.ent != adjs[i].ent && d.derive(si, argOf(s, b), joinText(s.Tokens[adjs[i].start:b.start]), lemma, b.ent, adjs[i].ent, "", roleConf) != nil {
				// The post says more than where the counterpart is from.
				d.facts = slices.DeleteFunc(d.facts, func(f *docFact) bool {
					return f.Sentence == si && f.subj == b.ent && f.obj == adjs[i].ent && f.Lemma == schema.From
				})
			}
		}
	}
}

// counterpartNoun reports whether the state a, named by a noun rather
// than a nationality, stands as a modifier right before "counterpart" or
// "counterparts": "his UK counterpart Gordon Brown", "her US counterpart".
func counterpartNoun(s nlp.Sentence, a *mention) bool {
	if a.end >= len(s.Tokens) {
		return false
	}
	w := s.Tokens[a.end].Lower()
	return w == "counterpart" || w == "counterparts"
}

// withCounterpart reports whether the words between the name p and the
// nationality a are a short verb phrase ending in "with" or "to", or in
// the verb itself, as in "Tom Wu holds talks with Swedish counterpart Ann
// Lee", "Tom Wu spoke to Swedish counterpart Ann Lee", "Tom Wu met Swedish
// counterpart Ann Lee": no comma, "and", other preposition or relative
// word between.
func withCounterpart(s nlp.Sentence, p, a *mention) bool {
	n := a.start - p.end
	if n < 1 || n > 6 {
		return false
	}
	last := s.Tokens[a.start-1]
	switch {
	case last.Lower() == "with" || last.Lower() == "to":
		if n < 2 {
			return false
		}
	case strings.HasPrefix(last.Tag, "VB") && last.Tag != "VBG" && !postLinkVerbs[last.Lower()] && !passiveAux[last.Lower()]:
		// "met", "hosted", "called": the counterpart is the object
	default:
		return false
	}
	for _, t := range s.Tokens[p.end : a.start-1] {
		if !isWord(t.Text) || t.Lower() == "and" || t.Tag == "IN" || t.Tag == "WDT" || t.Tag == "WP" {
			return false
		}
	}
	return true
}

// titledPost returns the relation that a title of e's, anywhere in the
// document, gives toward a state: lead for a head's title ("Prime
// Minister"), work_for for a minister's ([stateTitle]), or "" for none.
func (d *docState) titledPost(e *docEntity) string {
	lemma := ""
	for _, ms := range d.sents {
		for _, m := range ms {
			if m.ent != e || m.kind == mPronoun || len(m.titles) == 0 {
				continue
			}
			t := m.titles[len(m.titles)-1]
			switch {
			case t.lead && stateTitle(t.name):
				return schema.Lead
			case stateTitle(t.name) || t.name == "Minister" && portfolioBefore(m.full):
				lemma = schema.WorkFor
			}
		}
	}
	return lemma
}

// portfolioBefore reports whether the written name full has a capitalised
// word right before "Minister", a portfolio the titles do not list
// ("External Affairs Minister Tom Wu").
func portfolioBefore(full string) bool {
	w := strings.Fields(full)
	for i := 1; i < len(w); i++ {
		if w[i] == "Minister" && isCap(w[i-1]) {
			return true
		}
	}
	return false
}

// counterpartAfter returns the state whose nationality, after m in the
// sentence, stands before "counterpart" or "counterparts": "Tom Wu held
// talks with his Swedish counterpart" names the other side's state, never
// Tom Wu's; else nil.
func counterpartAfter(toks []nlp.Token, ms []*mention, m *mention) *docEntity {
	for _, a := range ms {
		if a.start >= m.end && a.adj && a.ent != nil && a.ent.typ == schema.GPE && a.end < len(toks) {
			if w := toks[a.end].Lower(); w == "counterpart" || w == "counterparts" {
				return a.ent
			}
		}
	}
	return nil
}

// listedCounterparts returns n when ms opens with n >= 2 nationality
// adjectives joined by commas and "and", then "counterparts", a comma and
// n named people joined the same way: "Greek and French counterparts, Tom
// Wu and Ola Berg"; else 0.
func listedCounterparts(s nlp.Sentence, ms []*mention) int {
	joined := func(a, b *mention) bool { return listWords(between(s, a, b)) }
	n := 1
	for n < len(ms) && ms[n].adj && ms[n].ent != nil && ms[n].ent.typ == schema.GPE && joined(ms[n-1], ms[n]) {
		n++
	}
	if n < 2 || 2*n > len(ms) {
		return 0
	}
	if w := between(s, ms[n-1], ms[n]); len(w) != 2 || w[0] != "counterparts" || w[1] != "," {
		return 0
	}
	for i := n; i < 2*n; i++ {
		if m := ms[i]; !named(m) || m.ent == nil || m.ent.typ != schema.Person || i > n && !joined(ms[i-1], m) {
			return 0
		}
	}
	return n
}

// civicNouns are the member nouns of people in public life who belong to
// a party or a cause, never to a state: with a nationality they say where
// the person is from ("Norwegian politician Ola Berg", "a British
// campaigner", "an American veteran"; [nationalityLemma]).
var civicNouns = map[string]bool{
	"politician": true, "politicians": true, "campaigner": true, "campaigners": true, "veteran": true, "veterans": true,
	"volunteer": true, "volunteers": true, "organiser": true, "organizer": true,
}

// delegateNouns are the member nouns of those a state sends to a body
// to speak for it ([nationalityLemma]).
var delegateNouns = map[string]bool{"delegate": true, "delegates": true}

// nationalityLemma returns the relation that the lower-case words between
// a nationality and a person give the person to the state: lead for a head
// ("German chancellor") other than a trade's ([craftHeads]), member_of for a member ("English defender"),
// work_for for state staff ("Russian diplomat"), and otherwise from: "American
// academic Ann Lee", "French writer Ola Dahl", "Danish student Tom Wu" and
// "US presidential candidate Mary Holt" (running for the state's office, no
// member of the state), "Georgian tennis player Ann Lee" ([soloSports]) and
// "Norwegian politician Ola Berg" ([civicNouns]) only say where the person
// is from.
func nationalityLemma(words []string) string {
	r := roleLemma(words)
	switch {
	case r == schema.Lead && anyOf(words, craftHeads):
		r = schema.From
	case r == schema.Lead && (rankHeads[words[len(words)-1]] || townHeads[words[len(words)-1]]):
		r = schema.WorkFor // "US commander", "a senior Iraqi army commander", "the Norwegian mayor"
	case r == schema.Lead:
	case r == schema.MemberOf && anyOf(words, delegateNouns):
		r = "represent" // "the Puerto Rican delegate to the House", "a Chinese delegate": the state's, sent to speak for it
	case r == schema.MemberOf && !anyOf(words, residentNouns) && !anyOf(words, bandNouns) && !anyOf(words, runnerNouns) && !anyOf(words, soloSports) &&
		!anyOf(words, civicNouns) && !sportPlayer(words):
	case r == schema.WorkFor && (anyOf(words, stateStaffNouns) || anyOf(words, benchNounsOfState)):
	default:
		r = schema.From
	}
	return r
}

// nationalMember reports whether a member's role noun at token last, after
// a nationality that ends at token a, says only where the member is from:
// a party's name stands between ("French Green MEP Ann Lee", "a German
// Social Democrat MP"), and the person belongs to the party, not the state;
// or the seat is in a union's parliament ("a French MEP").
func nationalMember(s nlp.Sentence, a, last int) bool {
	if last >= len(s.Tokens) || s.Tokens[last].Lower() == "mep" {
		return last < len(s.Tokens)
	}
	for k := a; k < last; k++ {
		if isCap(s.Tokens[k].Text) {
			return true
		}
	}
	return false
}

// craftHeads are lead nouns that, named with a nationality, are a trade,
// not an office of the state: "British film director Tom Wu", "Ann Lee, an
// American director" are from their country and head nothing of it.
var craftHeads = map[string]bool{"director": true, "owner": true, "boss": true}

// rankHeads are lead nouns that, named with a state or a body before the
// name or in its apposition, make the holder one of its officers, not its
// head: "US commander Tom Wu" works for the United States, "Tom Wu, a Hamas
// commander," is a member of Hamas ([rankLemma]). "the commander of the
// army" still heads it ([appositionLemma]).
var rankHeads = map[string]bool{"commander": true}

// rankRole returns the relation that the role noun, read as lemma, gives
// its holder to the state or body e named before it: for a rank head
// ([rankHeads]) work_for a state and member_of a body (or e unknown, nil),
// lemma otherwise.
func rankRole(lemma, noun string, e *docEntity) string {
	switch {
	case lemma == schema.MemberOf && runnerNouns[noun] && e != nil && !partyEntity(e) && !oppositionEntity(e):
		// "Supreme Court nominee Tom Wu": nominated to the court, not yet
		// in it; "US presidential candidate Ann Lee", "former New York
		// gubernatorial candidate Tom Wu": running for the state's office,
		// neither its member nor one who left it. A party's nominee or
		// candidate is its member.
		return ""
	case lemma == schema.Lead && townHeads[noun] && e != nil && e.typ == schema.GPE && e.gaz != nil && e.gaz.in == "":
		// "the Norwegian mayor, Ann Lee,", "a Nigerian governor": the
		// head of a town or a region of the state, who serves it
		// there, no head of the state.
		return schema.WorkFor
	case lemma == schema.Lead && noun == "captain" && e != nil && armedService(e):
		// "USCG Captain Ann Lee", "Tom Wu, a Navy captain,": a rank in
		// the service, whose captains are many; a team's captain leads
		// it.
		return schema.MemberOf
	case lemma != schema.Lead || !rankHeads[noun]:
		return lemma
	case e != nil && e.typ == schema.GPE:
		return schema.WorkFor
	}
	return schema.MemberOf
}

// titledRank reports whether a member_of role between a titled person and
// an armed or uniformed service ("NCG Captain Ola Vik" after "the Norland
// Coast Guard (NCG)") is the rank the title names, which a later "Captain
// Vik" restates as "Administrator Bolden" restates a staff role.
func titledRank(lemma string, a, b *mention, obj *docEntity) bool {
	if lemma != schema.MemberOf || obj == nil || !armedService(obj) {
		return false
	}
	return len(slices.DeleteFunc(slices.Clone(a.titles), honorific)) > 0 || len(slices.DeleteFunc(slices.Clone(b.titles), honorific)) > 0
}

// armedService reports whether e is an organisation whose name ends with
// a word of an armed or uniformed service ("United States Coast Guard",
// "Royal Navy", "Metropolitan Police"), or has such a name among its
// aliases: there "captain" is a rank.
func armedService(e *docEntity) bool {
	if e.typ != schema.Organization && e.typ != schema.Group {
		return false
	}
	for _, n := range append([]string{e.name}, sortedKeys(e.aliases)...) {
		if f := strings.Fields(strings.ToLower(n)); len(f) > 0 && serviceWords[f[len(f)-1]] {
			return true // "USCG" after "the United States Coast Guard (USCG)"
		}
	}
	return false
}

// serviceWords end the names of armed and uniformed services.
var serviceWords = map[string]bool{
	"guard": true, "army": true, "navy": true, "force": true, "forces": true, "police": true,
	"marines": true, "corps": true, "military": true, "constabulary": true, "gendarmerie": true,
}

// soloSports are the sports played alone, not for a side: a "Georgian
// tennis player" is from Georgia, where an "English defender" plays for
// England's team.
var soloSports = map[string]bool{
	"tennis": true, "golf": true, "chess": true, "snooker": true, "squash": true, "badminton": true,
	"darts": true, "poker": true,
}

// sportPlayer reports whether words end in a sport's word and "player"
// ("basketball player", "ice hockey players"): a trade, which after a
// nationality says where the player is from, where a side's place on the
// field ("English defender") or a bare "player" ("an England player")
// says the player plays for the state's team.
func sportPlayer(words []string) bool {
	n := len(words)
	if n < 2 || words[n-1] != "player" && words[n-1] != "players" {
		return false
	}
	w := words[n-2]
	return w != "" && !rankWords[w] && !closeWords[w] && !deputyWords[w] && !timeWords[w] && !teamPlayerWords[w] &&
		strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// teamPlayerWords before "player" say nothing of a sport: "an England
// international player", "the Brazil star player" play for the side.
var teamPlayerWords = map[string]bool{
	"international": true, "national": true, "star": true, "former": true, "young": true, "best": true, "squad": true, "team": true,
}

// runnerNouns are the member nouns of one who runs for or is put up for a
// post: with a party they make its member, with anything else nothing
// ([rankRole]).
var runnerNouns = map[string]bool{"candidate": true, "candidates": true, "nominee": true, "nominees": true}

// stateStaffNouns are the work nouns whose holder, named with a
// nationality, works for that state ("Russian diplomat", "French
// minister"); a "French writer" is only from France.
var stateStaffNouns = map[string]bool{
	"minister": true, "secretary": true, "official": true, "ambassador": true, "envoy": true, "officer": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "diplomat": true, "representative": true,
	"prosecutor": true, "agent": true, "detective": true, "aide": true, "adviser": true, "advisor": true,
	"staffer": true,
}

// benchNounsOfState are the work nouns of those who sit in a state's
// courts: named with the state's adjective they serve in its courts ("a
// US judge", as "U.S. District Judge Tom Wu" does, [workNouns]), though a
// judge with no state named is no staff of the report's state.
var benchNounsOfState = map[string]bool{"judge": true, "magistrate": true}

// tradeNouns are the work nouns ([workNouns]) of trades plied for
// clients or employers of one's own, in lower case: named after a place
// ("California lawyer Tom Wu"), they say where the holder works or comes
// from, not that the place's state employs him.
var tradeNouns = map[string]bool{
	"lawyer": true, "lobbyist": true, "consultant": true, "strategist": true, "economist": true,
	"physician": true, "surgeon": true, "nurse": true, "pilot": true, "photographer": true, "model": true,
	"engineer": true, "accountant": true, "technician": true, "astronaut": true, "cosmonaut": true, "chef": true,
}

// anyOf reports whether one of words is in set.
func anyOf(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// titledOf: "Foreign Minister Ivar Berg of Norway", "Prime Minister Ann
// Lee of Sweden", "President Tom Wu of Halvik Holdings": a person named
// with a title of state ([stateTitle]) and "of" a state, or with a leading
// title and "of" an organisation, holds that office there.
func titledOf(s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.ent.typ != schema.Person || len(a.titles) == 0 || b.adj || !named(b) || a.end+1 >= len(s.Tokens) ||
		s.Tokens[a.end].Text != "of" || b.start != a.end+1 && (b.start != a.end+2 || !strings.EqualFold(s.Tokens[a.end+1].Text, "the")) {
		return role{}, false // "Director Tom Wu of the Halvik Institute" too
	}
	if b.end+1 < len(s.Tokens) && (s.Tokens[b.end].Text == "and" || s.Tokens[b.end].Text == ",") && a.start > 0 && listWords([]string{s.Tokens[a.start-1].Lower()}) {
		// "Foreign Ministers Ann Lee and Tom Wu of Norway and Sweden": the
		// states are the listed holders' in turn ([docState.respectively]).
		return role{}, false
	}
	lemma := titleHolds(a.titles[len(a.titles)-1], b.ent)
	return role{lemma: lemma}, lemma != ""
}

// localOfficeOf: "Sheriff Tom Wu of Harlan County", "District Attorney
// Ann Lee of Velmor County": a person named with the title of a county's
// or a town's office and "of" a place that is no country holds the office
// there; the sheriff heads the county's force and, as "Santa Barbara
// County Sheriff" reads, works for the county; a district, county or city
// attorney prosecutes for the county or town. "Attorney Ann Lee of Oslo"
// is a lawyer from Oslo, and a state's first division ("Ohio") has no
// such office of its own: nothing.
func localOfficeOf(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.ent.typ != schema.Person || len(a.titles) == 0 || b.adj || !named(b) || b.ent.typ != schema.GPE || d.r.country(b.ent) ||
		b.ent.gaz != nil && b.ent.gaz.region || a.end+1 >= len(s.Tokens) || s.Tokens[a.end].Text != "of" || b.start != a.end+1 {
		return role{}, false
	}
	switch t := a.titles[len(a.titles)-1].name; {
	case t == "Sheriff":
		return role{lemma: schema.WorkFor}, true
	case t == "Attorney" && localAttorney(s.Tokens, a):
		return role{lemma: schema.WorkFor}, true
	}
	return role{}, false
}

// localAttorney reports whether the title of m, whose last title is
// "Attorney", opens with "District", "County" or "City": a prosecutor of
// a county or a town ("District Attorney Ann Lee"), not a lawyer.
func localAttorney(toks []nlp.Token, m *mention) bool {
	if k := namedTitleStart(m); k < m.start {
		switch toks[k].Text {
		case "District", "County", "City":
			return true
		}
	}
	return false
}

// titleHolds returns the relation a holder of title t has to e, the state
// or organisation named after the title's holder and "of": lead for a
// leading title of state or of a body, work_for for an office of state,
// or "" for none.
func titleHolds(t *title, e *docEntity) string {
	switch {
	case e.typ == schema.GPE && (stateTitle(t.name) || codeTitle(t.name) != nil || headsOfState[t.name]) && t.lead:
		return schema.Lead // "Emir Hamad Tamir of Qatar", "Chancellor Ann Lee of Germany", "is Scotland's First Minister"
	case e.typ == schema.GPE && stateTitle(t.name) && officeWords(t.name):
		return schema.WorkFor
	case e.typ == schema.Organization && t.lead && partyEntity(e) && stateTitle(t.name):
		return schema.MemberOf // "President Tom Wu of the Republican Party": the state's head, the party's member
	case e.typ == schema.Organization && t.lead:
		return schema.Lead
	case e.typ == schema.GPE && t.lead && localHeads[strings.ToLower(strings.TrimSuffix(t.name, "."))] || t.name == "Gov.":
		return schema.Lead // "Governor Ann Lee of Ohio", "Mayor Tom Wu of Oslo"
	case e.name == "Vatican City" && clergyTitles[t.name]:
		return schema.MemberOf // "Cardinal Tom Wu of the Holy See": of the Church's government
	case e.typ == schema.GPE && heirTitles[t.name]:
		// "Crown Prince Tom Wu of Norway": of the state's royal house,
		// as "Norway's Crown Prince Tom Wu" and "Saudi Crown Prince Tom
		// Wu" read.
		return schema.MemberOf
	}
	return ""
}

// heirTitles are the royal titles of data/words.txt that lead nothing:
// their holder, named with "of" a state, belongs to its royal house.
var heirTitles = map[string]bool{"Crown Prince": true, "Crown Princess": true, "Princess": true}

// headsOfState are leading titles of data/words.txt that, before a name
// and "of" a state, head it: a monarch or a chancellor of a state ("Queen
// Ann of Norway", "Chancellor Tom Wu of Austria"), not only of a
// university, which is an organisation.
var headsOfState = map[string]bool{"Chancellor": true, "King": true, "Queen": true, "Emperor": true, "Supreme Leader": true}

// personOfOrg: "Cyd Ho from the Labour Party", "Gary Chan of DAB",
// "Matthew Ingram of The Globe and Mail": a person of or from an
// organisation belongs to it, as a member of a party or body or as staff
// of a firm, newspaper or ministry ([affiliation]).
func personOfOrg(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if r, ok := titledOf(s, a, b); ok {
		return r, true
	}
	if r, ok := localOfficeOf(d, s, a, b); ok {
		return r, true
	}
	if !named(a) || a.ent.typ != schema.Person || a.role || titleAlone(d, a) || (b.ent.typ != schema.Organization && !(unknownName(d, s, b) && (personLike(s, a) || quotedSource(s, a, b) || quoted(s, b)))) {
		return role{}, false
	}
	w := nameModifiers(s, a.end, between(s, a, b))
	if n := len(w); n > 1 && quoted(s, b) {
		w = w[:n-1] // `Tom Wu of "Safe Kids"`: a quoted name is a body's
	}
	if len(w) > 0 && w[len(w)-1] == "the" {
		w = w[:len(w)-1]
	}
	if len(w) == 3 && w[0] == "," && w[1] == "also" && w[2] == "of" {
		w = []string{",", "of"} // "Ann Lee, also of Halvik Bank,": as her colleague named before
	}
	head, described := describedOf(s, a.end, b.start)
	if described {
		// "Tom Wu of advocacy group Halvik Watch", "Ann Lee, of the
		// charity Halvik Aid,": the body's noun before its name says
		// what the person is of, as "of" alone does.
		w = []string{"of"}
		if s.Tokens[a.end].Text == "," {
			w = []string{",", "of"}
		}
	}
	if len(w) == 2 && w[0] == "," && w[1] == "of" {
		if a.start > 0 && listWords([]string{s.Tokens[a.start-1].Lower()}) {
			return role{}, false // "Jo Ng and Bo Chan, of X and Y respectively"
		}
		w = w[1:] // "Mu Li, of the University of Lodi"
	}
	if len(w) == 2 && w[0] == "," && w[1] == "with" && subjectApposition(s, a, b) {
		return role{lemma: affiliation(b.ent)}, true // "Ola Berg, with Human Rights Watch, said"
	}
	speaker := len(w) == 1 && w[0] == "for" && speaksFor(s, a, b)
	if len(w) == 1 && w[0] == "at" && academic(b.ent) && b.ent.typ == schema.Organization && scholarAt(s, a) {
		// "Professor Ann Lee at the University of Lodi", "Dr. Tom Wu at
		// Oslo General Hospital", "researcher Mu Li at": a scholar's or
		// a doctor's place of work; "President Tom Wu at Oslo General
		// Hospital" may lie there.
		return role{lemma: schema.WorkFor}, true
	}
	if len(w) != 1 || (w[0] != "of" && w[0] != "from" && !speaker) {
		return role{}, false
	}
	if w[0] == "from" && (separatedFrom(s, a.start) || aboutBefore(s, a.start)) {
		return role{}, false
	}
	if b.ent.gaz == nil && b.end < len(s.Tokens) && (s.Tokens[b.end].Tag == "NN" || s.Tokens[b.end].Tag == "NNS") {
		return role{}, false // "Tom Wu of the Social Welfare constituency": the name modifies a noun
	}
	if b.ent.typ == schema.Person {
		// "Cheng Chung-tai of Civic Passion": a person is of a body, not
		// of a person.
		b.ent.typ = schema.Organization
	}
	if speaker {
		return role{lemma: schema.WorkFor}, true // a spokesperson's
	}
	if k := a.start - 1; k >= 0 && !isCap(s.Tokens[k].Text) {
		// "researcher Mu Li of the University of Lodi", "club owner Bo
		// Chan of Studio 54": the role noun before the name says how.
		if r := roleLemma([]string{s.Tokens[k].Lower()}); r == schema.WorkFor || r == schema.Lead {
			return role{lemma: r}, true
		}
	}
	if w[0] == "of" && (academic(b.ent) || scholarAt(s, a) && schooled(b.ent)) {
		// "ecologist Ola Dahl of the University of Bergen",
		// "Professor Ann Lee of Halvik Law School": its staff.
		return role{lemma: schema.WorkFor}, true
	}
	if firmDescs[head] {
		return role{lemma: schema.WorkFor}, true // "Tom Wu of the oil company Globex": its staff
	}
	if newsAfter(s, b.end) {
		return role{lemma: schema.WorkFor}, true // "Tom Wu of KXYZ 5 News": a station's staff
	}
	return role{lemma: affiliation(b.ent)}, true
}

// newsAfter reports whether a channel's number and a news word, or a news
// word alone, follow a body's name that ends before token i ("of KXYZ 5
// News", "of Halvik TV news"): the recogniser leaves them outside the
// name, but they say the body is a broadcaster, whose people are staff.
func newsAfter(s nlp.Sentence, i int) bool {
	if i < len(s.Tokens) && s.Tokens[i].Tag == "CD" {
		i++
	}
	if i >= len(s.Tokens) {
		return false
	}
	w := s.Tokens[i].Lower()
	return w == "news" || w == "tv" || w == "television" || w == "radio"
}

// descHeads are the nouns of a body that may stand between "of" and the
// body's name ([describedOf]): "of advocacy group Halvik Watch", "of the
// think tank Halvik Institute".
var descHeads = map[string]bool{
	"group": true, "charity": true, "organisation": true, "organization": true, "tank": true, "union": true,
	"coalition": true, "network": true, "society": true, "association": true, "foundation": true, "institute": true,
	"movement": true, "campaign": true, "watchdog": true, "nonprofit": true, "non-profit": true, "ngo": true,
	"company": true, "firm": true, "agency": true, "newspaper": true, "outlet": true, "broadcaster": true,
	"magazine": true, "alliance": true, "center": true, "centre": true, "consultancy": true, "body": true,
}

// firmDescs are the nouns of [descHeads] of a body that employs the
// people of it: a firm, an agency, a paper or a broadcaster.
var firmDescs = map[string]bool{
	"company": true, "firm": true, "agency": true, "newspaper": true, "outlet": true, "broadcaster": true,
	"magazine": true, "consultancy": true,
}

// describedOf reports whether the words from token a to a body's name at
// token b are "of" (or ", of") and the body's description: an optional
// article, at most three modifiers in lower case and a noun of
// [descHeads], and an optional "the" before the name ("of the
// anti-poverty charity The Halvik Fund"); it returns the noun too.
func describedOf(s nlp.Sentence, a, b int) (string, bool) {
	toks := s.Tokens
	k := a
	if k < b && toks[k].Text == "," {
		k++
	}
	if k >= b || toks[k].Lower() != "of" {
		return "", false
	}
	k++
	if k < b && (toks[k].Lower() == "the" || toks[k].Lower() == "a" || toks[k].Lower() == "an") {
		k++
	}
	end := b
	if end-1 > k && toks[end-1].Lower() == "the" {
		end--
	}
	n := end - k
	if n < 1 || n > 4 || !descHeads[toks[end-1].Text] {
		return "", false
	}
	for _, t := range toks[k : end-1] {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "VBG" && t.Tag != "HYPH" {
			return "", false
		}
	}
	return toks[end-1].Text, true
}

// scholarAt reports whether the person's mention m comes with a scholar's
// or a doctor's title (Professor, Prof., Dr., Doctor), among its titles or
// right before it, or after a lower-case role noun of staff ("researcher
// Mu Li"; capitalised only when it opens the sentence).
func scholarAt(s nlp.Sentence, m *mention) bool {
	scholar := func(w string) bool {
		switch strings.TrimSuffix(w, ".") {
		case "Professor", "Prof", "Dr", "Doctor":
			return true
		}
		return false
	}
	for _, t := range m.titles {
		if scholar(t.name) {
			return true
		}
	}
	if m.start == 0 {
		return false
	}
	p := s.Tokens[m.start-1]
	return scholar(p.Text) || (!isCap(p.Text) || m.start == 1) && roleLemma([]string{p.Lower()}) == schema.WorkFor
}

// academicHeads are words of a university's, a laboratory's, a museum's or
// a hospital's name: a person "of" one ("Ann Lee of the University of
// Lodi", "Tom Wu of Scripps Research") is on its staff, as a person of a
// firm is, where a person of a party or a camp is a member. Not
// "institute", which also names parties ("the Proletariat Political
// Institute"), nor "school", whose people are often pupils.
var academicHeads = map[string]bool{
	"university": true, "college": true, "laboratory": true, "laboratories": true, "observatory": true,
	"museum": true, "hospital": true, "clinic": true, "research": true, "zoo": true, "aquarium": true,
}

// academic reports whether org's name has a word of [academicHeads].
func academic(org *docEntity) bool {
	for _, f := range strings.Fields(strings.ToLower(org.name)) {
		if academicHeads[strings.Trim(f, ".,")] {
			return true
		}
	}
	return false
}

// schoolHeads are words of a school's or an institute's name that
// [academicHeads] leaves out: a scholar or a doctor of one ("Professor Ann
// Lee of Halvik Law School", "Dr. Tom Wu of the Velmora Institute") is on
// its staff ([scholarAt]).
var schoolHeads = map[string]bool{"school": true, "institute": true, "academy": true, "faculty": true, "seminary": true, "conservatory": true}

// schooled reports whether org's name has a word of [schoolHeads].
func schooled(org *docEntity) bool {
	for _, f := range strings.Fields(strings.ToLower(org.name)) {
		if schoolHeads[strings.Trim(f, ".,")] {
			return true
		}
	}
	return false
}

// quoted reports whether quotation marks enclose the mention m.
func quoted(s nlp.Sentence, m *mention) bool {
	return m.start > 0 && m.end < len(s.Tokens) && s.Tokens[m.start-1].Tag == "``" && s.Tokens[m.end].Tag == "''"
}

// andOthers: "Tom Wu and other Republicans", "Ann Lee and other members
// of the Halvik Council", "Ola Berg and other heads of the party", "Tom Wu
// and another employee of Halvik Farm": "and other" before a party's
// members or a plural role noun of a body, or "and another" before a
// singular one, counts the person among them.
func andOthers(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) && a.kind != mPronoun || a.ent.typ != schema.Person || b.ent.typ != schema.Organization || b.possessive {
		return role{}, false
	}
	w := between(s, a, b)
	if otherPartisans(s, a, b, w) {
		return role{lemma: schema.MemberOf}, true
	}
	if b.adj || len(w) < 2 || w[0] != "and" || w[1] != "other" && w[1] != "another" {
		return role{}, false
	}
	noun := "NNS"
	if w[1] == "another" {
		noun = "NN"
	} else if len(w) == 2 {
		// "and other Republicans": the party named by its members.
		return role{lemma: schema.MemberOf}, strings.HasSuffix(s.Tokens[b.end-1].Text, "s") && b.ent.desc["party"]
	}
	w = w[2:]
	if n := len(w); n > 1 && w[n-1] == "the" {
		w = w[:n-1]
	}
	if n := len(w); n != 2 || w[1] != "of" || s.Tokens[a.end+2].Tag != noun {
		return role{}, false
	}
	if noun == "NNS" {
		w[0] = strings.TrimSuffix(w[0], "s")
	}
	r := roleLemma(w[:1])
	return role{lemma: r}, r != ""
}

// otherPartisans reports whether the words w between a person a and the
// party's noun or adjective b after it count the person among the party's members
// ([andOthers]): "other" or "fellow" before the party's members ("joined
// fellow Republicans", "Tom Wu and fellow Democrat Ann Lee", "Tom Wu,
// like many other Democrats,", "is more popular than any other
// Democrat"), or "one of" them ("is one of the
// few Republicans who"), in a clause of at most eight words that no
// speech verb, "that" or semicolon breaks ("Tom Wu said other
// Republicans" compares nobody to him).
func otherPartisans(s nlp.Sentence, a, b *mention, w []string) bool {
	if !b.ent.desc["party"] || a.kind == mPronoun && a.possessive || len(w) < 1 || len(w) > 8 || a.end > b.start {
		return false
	}
	head := b.end - 1
	if b.adj && b.end < len(s.Tokens) && strings.HasPrefix(s.Tokens[b.end].Tag, "NN") && !isCap(s.Tokens[b.end].Text) {
		head = b.end // "like other Republican senators": the noun after the party's adjective
	}
	plural := s.Tokens[head].Tag == "NNS" || s.Tokens[head].Tag == "NNPS" || strings.HasSuffix(s.Tokens[head].Text, "s")
	n := len(w)
	for i, x := range w[:n-1] {
		if x == "and" && i == 0 && n == 2 && w[1] == "fellow" {
			continue // "Tom Wu and fellow Republican Ann Lee"
		}
		if x == ";" || x == "that" || x == "and" || x == "but" || saidVerbs[x] || reportVerbs[x] || i > 0 && x == "," && w[0] != "," {
			return false
		}
	}
	switch {
	case w[n-1] == "other" && n >= 2 && w[n-2] == "any":
		return !plural // "than any other Democrat"
	case w[n-1] == "fellow":
		return true // "joined fellow Republicans", "a fellow Democrat"
	case w[n-1] == "other":
		return plural // "like (many) other Democrats"
	}
	// "one of the few Republicans", "one of the Democrats who", "one of
	// three Republicans"
	k := slices.Index(w, "one")
	if k < 0 || k+1 >= n || w[k+1] != "of" || !plural {
		return false
	}
	for _, x := range w[k+2:] {
		if x != "the" && x != "few" && x != "only" && x != "handful" && x != "of" && strings.Trim(x, "0123456789") != "" && !smallNumbers[x] {
			return false
		}
	}
	return true
}

// smallNumbers are the numbers written as words that count a few of a
// body's members: "one of three Republicans".
var smallNumbers = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true}

// bracketRole: "Ann Lee (Halvik Mining company president)", "Tom Wu
// (Norvik Oil, a state oil company, chairman)": a bracket right after a
// person's name that holds a body's name, lower-case words, commas and a
// role noun before it closes gives the role's relation to the body. A
// name the recogniser took for a person's (no given name opens it) is the
// body's.
func bracketRole(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	toks := s.Tokens
	if !named(a) || a.ent.typ != schema.Person || !named(b) || b.adj || b.start != a.end+1 || toks[a.end].Text != "(" {
		return role{}, false
	}
	if b.ent.typ != schema.Organization && !(b.ent.typ == schema.Person && b.ent.gaz == nil && !d.r.g.givenName(b.ent.name)) {
		return role{}, false
	}
	k := b.end
	for k < len(toks) && k < b.end+8 && toks[k].Text != ")" && (toks[k].Text == "," || !isCap(toks[k].Text)) {
		k++
	}
	if k >= len(toks) || toks[k].Text != ")" || k == b.end {
		return role{}, false
	}
	w := toks[k-1].Lower()
	if toks[k-1].Text == "," {
		return role{}, false
	}
	r := roleLemma([]string{w})
	if r == "" {
		return role{}, false
	}
	b.ent.typ = schema.Organization
	return role{lemma: r}, true
}

// placeIn reports whether m, a mention of s, names a place right after
// "in" ("the US diplomat in Cuba").
func placeIn(s nlp.Sentence, m *mention) bool {
	return m.ent != nil && isPlace(m.ent) && m.start > 0 && s.Tokens[m.start-1].Text == "in"
}

// allCap reports whether every token of toks is capitalised.
func allCap(toks []nlp.Token) bool {
	for _, t := range toks {
		if !isCap(t.Text) {
			return false
		}
	}
	return len(toks) > 0
}

// possessedTitle returns the title right after b, a possessive body or
// state in apposition to a ("Tom Wu, Fiji's president,", "Ann Lee,
// Halvik's chief executive,"), up to the apposition's comma, or nil: the
// words between a and b hold no title, which [docState.derive] reads.
func (d *docState) possessedTitle(s nlp.Sentence, a, b *mention) *title {
	toks := s.Tokens
	if !b.possessive || a.end >= b.start || joinText(toks[a.end:b.start]) != "," {
		return nil
	}
	i := b.end
	if i < len(toks) && toks[i].Tag == "POS" {
		i++
	}
	end := i
	for end < len(toks) && end < i+3 && toks[end].Text != "," {
		end++
	}
	if end == i {
		return nil
	}
	return d.r.phraseTitle(strings.ToLower(joinText(toks[i:end])))
}

// titleAlone reports whether m is a title that names no one: "ran for
// Speaker of the House", a lone capitalised role noun taken for a name.
func titleAlone(d *docState, m *mention) bool {
	return m.end == m.start+1 && loneTitle(d, m.ent)
}

// loneTitle reports whether e is named by one word that is a title or a
// role noun ("Senator", "Speaker", "Governor"): an office taken for an
// actor's name ("launched a bid for Senator"), never an actor.
func loneTitle(d *docState, e *docEntity) bool {
	if e == nil || e.typ != schema.Person && e.typ != schema.Organization || wordCount(e.name) > 1 {
		return false
	}
	w := strings.ToLower(e.name)
	_, title := d.r.g.titles[normKey(e.name)]
	return title || roleNoun(w) || w == "speaker"
}

// subjectApposition reports whether the phrase from a to b, mentions of s,
// is an apposition to the subject that opens the sentence: only titles
// come before a, and a comma and a finite verb follow b ("Major Tom Wu,
// with the 16th Infantry Brigade, said"). "He met Ann Lee, with Acme's
// support" or "Tom Wu signed it, with Acme" is none.
func subjectApposition(s nlp.Sentence, a, b *mention) bool {
	toks := s.Tokens
	for _, t := range toks[:a.start] {
		if !isCap(t.Text) {
			return false
		}
	}
	k := b.end
	if k+1 >= len(toks) || toks[k].Text != "," {
		return false
	}
	switch toks[k+1].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// speaksFor reports whether the person a, starting its clause, is followed
// by "for" and the organisation b, then (after a comma or not) a reporting
// verb: "Ann Lee for the Red Cross, says the camps are full", "Tom Wu for
// Globex said". The name stands for its spokesperson's title, so the
// person works for the organisation; "voted Ann Lee for the party" or "Ann
// Lee for the party leadership" is no such clause.
func speaksFor(s nlp.Sentence, a, b *mention) bool {
	if k := a.start - 1; k >= 0 {
		switch s.Tokens[k].Text {
		case ",", ";", ":", "``", "\"", "(", "--":
		default:
			return false
		}
	}
	k := b.end
	if k < len(s.Tokens) && s.Tokens[k].Text == "," {
		k++
	}
	return k < len(s.Tokens) && saidVerbs[strings.ToLower(s.Tokens[k].Text)]
}

// separationStems begin the forms of verbs that take their object from
// something: "expelled Ann Lee from the party", "remove a video featuring
// Ann Lee from YouTube", "signed Tom Wu from Kelton", or whose subject comes
// from it: "joined Google from Microsoft".
var separationStems = []string{
	"remov", "expel", "ban", "oust", "suspend", "exclud", "bar", "kick", "evict", "deport", "rescu", "free",
	"releas", "withdr", "tak", "took", "pull", "delet", "fire", "dismiss", "sack", "separat", "sav", "protect",
	"hid", "steal", "stole", "block", "drop", "eject", "extradit", "recall",
	// Moves: "evacuate British citizens from Ivory Coast", "flew the
	// wounded from Kabul": where they were taken from, not their home.
	"evacuat", "airlift", "repatriat", "smuggl", "escort", "fly", "flew", "flown",
	// Transfers: "signed Tom Wu from Kelton", "bought the unit from Globex".
	"signed", "signing", "buy", "bought", "recruit", "hire", "hiring", "poach", "acquir", "transferr",
	// "joined Google from Microsoft": the subject came from the second.
	"join",
}

// separatedFrom reports whether a verb of separation comes before token k
// in its clause (within eight tokens, no comma between), so that a "from"
// after the name at k goes with the verb: the person is taken from the
// organisation, not a member of it.
func separatedFrom(s nlp.Sentence, k int) bool {
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		t := s.Tokens[i]
		if t.Text == "," || t.Text == ";" {
			return false
		}
		if !strings.HasPrefix(t.Tag, "VB") {
			continue
		}
		w := t.Lower()
		for _, p := range separationStems {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// aboutBefore reports whether "about" governs the name at token k,
// directly or through a noun phrase and "of" ("the questions about Ann
// Lee from the Halvik Party", "doubts about the record of Tom Wu from
// ..."): the body after "from" is the source of the talk, not the
// person's. It looks back at most ten tokens.
func aboutBefore(s nlp.Sentence, k int) bool {
	for i := k - 1; i >= 0 && i >= k-10; i-- {
		t := s.Tokens[i]
		switch w := t.Lower(); {
		case w == "about":
			return true
		case w == "of", w == "and", t.Tag == "DT", t.Tag == "POS", strings.HasPrefix(t.Tag, "JJ"), strings.HasPrefix(t.Tag, "NN"):
		default:
			return false
		}
	}
	return false
}

// personCommaParty: "John Cornyn, Republican from Texas", "Ann Lee, a
// Republican,", "Ann Lee (Labour)": a person, a comma and a party's
// adjective or name in apposition, or the party in brackets, make the
// person a member of the party. An organisation's acronym alone in
// brackets after a person's name is the person's party, too, when the
// party's name has no "Party" ("Ann Lee (D77)" of "Democrats 77 (D77)",
// "Tom Wu (PSDB)").
func personCommaParty(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.Person || b.ent.typ != schema.Organization {
		return role{}, false // as below, before between's words are made
	}
	w := between(s, a, b)
	// "Tom Wu is a Republican", "she was a lifelong Democrat": a copula
	// and an indefinite party noun say what an apposition says.
	copula := len(w) >= 2 && copulas[w[0]] && (w[1] == "a" || w[1] == "an") && b.ent.desc["party"] && !b.possessive &&
		a.ent.typ == schema.Person && (named(a) || a.kind == mPronoun && !a.possessive)
	if !named(a) && !copula || a.ent.typ != schema.Person || b.ent.typ != schema.Organization {
		return role{}, false
	}
	if len(w) >= 2 && (w[0] == "," || copula) && (w[1] == "a" || w[1] == "an" || w[1] == "the") && descriptive(s.Tokens[a.end+2:b.start]) {
		w = []string{","} // "Ann Lee, a Democrat,", "Tom Wu, the most senior Republican on"
	}
	bracket := len(w) == 1 && w[0] == "(" && b.end < len(s.Tokens) && s.Tokens[b.end].Text == ")"
	if bracket && (b.ent.desc["party"] || b.end == b.start+1 && isAcronym(s.Tokens[b.start].Text) && !spellsEnd(s.Tokens[b.start].Text, s.Tokens[a.start:a.end])) {
		return role{lemma: schema.MemberOf}, true // "Ann Lee (Labour)"
	}
	if !b.ent.desc["party"] {
		return role{}, false
	}
	if len(w) != 1 || w[0] != "," {
		return role{}, false
	}
	if b.end < len(s.Tokens) {
		switch s.Tokens[b.end].Lower() {
		case "from", ",", ".", "of", "and", ";", ")":
		case "on", "in":
			// "a Democrat on the Halvik Committee", "the only Republican
			// in the Senate": a seat among others.
			if k := b.end + 1; k+1 >= len(s.Tokens) || s.Tokens[k].Lower() != "the" || !isCap(s.Tokens[k+1].Text) {
				return role{}, false
			}
		default:
			// "the former Democratic chair of the Halvik Committee":
			// a party's adjective before a post in another body.
			// "the Democratic Speaker of the House": a speaker of a body
			// holds its chair.
			if k, w := b.end+1, s.Tokens[b.end].Lower(); !b.adj || !roleNoun(w) && w != "speaker" || k >= len(s.Tokens) || s.Tokens[k].Lower() != "of" && s.Tokens[k].Lower() != "on" {
				return role{}, false
			}
			return role{lemma: schema.MemberOf, kept: true}, true
		}
		if k := b.end + 1; s.Tokens[b.end].Text == "and" && k < len(s.Tokens) && (isCap(s.Tokens[k].Text) || s.Tokens[k].Lower() == "the") {
			return role{}, false // "Tom Wu, UKIP and the Labour left": a list of actors
		}
	}
	return role{lemma: schema.MemberOf}, true
}

// descriptive reports whether toks are lower-case words that grade or
// date what follows them ("most senior", "ranking", "former", "only"),
// or none.
func descriptive(toks []nlp.Token) bool {
	for _, t := range toks {
		switch {
		case isCap(t.Text):
			return false
		case strings.HasPrefix(t.Tag, "JJ"), t.Tag == "RBS", t.Tag == "RB", t.Tag == "VBG":
		default:
			return false
		}
	}
	return len(toks) <= 3
}

// spellsEnd reports whether an acronym ends in the initials of the words
// before it: then it names the organisation those words end ("Major League
// Baseball (MLB)", "Human Rights (ODIHR)"), and no person read in them.
func spellsEnd(acronym string, words []nlp.Token) bool {
	var in strings.Builder
	for _, t := range words {
		if isCap(t.Text) {
			in.WriteByte(t.Text[0])
		}
	}
	return in.Len() > 0 && strings.HasSuffix(strings.ReplaceAll(acronym, ".", ""), in.String())
}

// personPossessiveParty: "Erdogan's AK Party", "Ann Lee's Labour Party":
// a person's possessive right before the name of a party makes the person
// a member of it. Only a party's full name or a one-word name the
// gazetteer knows as a party's ("Netanyahu's Likud"): "Ann Lee's Tesla" is
// no membership, and "Party" alone is what is left of a name split wrongly.
//
// A person's possessive pronoun does as the name does, "own" after it or
// not: "Ann Lee said her Green Party was ready", "his own Harbor Party".
// A party's name that modifies a noun of a person after it is that
// person's party, not the possessor's: "his Labour rival", "Ann Lee's
// Green Party opponent"; a colleague's is both's ("his Labour colleague").
func personPossessiveParty(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	party := b.ent.desc["party"] || b.end < len(s.Tokens) && s.Tokens[b.end].Lower() == "party" // "Putin's United Russia party"
	if !a.possessive || a.ent == nil || a.ent.typ != schema.Person || !named(b) || b.adj || b.ent.typ != schema.Organization ||
		!party || len(strings.Fields(b.ent.name)) < 2 && b.ent.gaz == nil {
		return role{}, false
	}
	if k := b.end; k < len(s.Tokens) && strings.HasPrefix(s.Tokens[k].Tag, "NN") && !isCap(s.Tokens[k].Text) && s.Tokens[k].Lower() != "party" &&
		!strings.HasPrefix(s.Tokens[k].Lower(), "colleague") {
		return role{}, false
	}
	if a.kind == mPronoun && (a.pron == "his" || a.pron == "her") {
		k := a.end
		if k < b.start && s.Tokens[k].Lower() == "own" {
			k++
		}
		return role{lemma: schema.MemberOf}, b.start == k
	}
	if !named(a) || b.start != a.end+1 || s.Tokens[a.end].Tag != "POS" {
		return role{}, false
	}
	return role{lemma: schema.MemberOf}, true
}

// partyBeforePerson: "Republican Ken Blackwell", "Tory Tom Wu": a party's
// adjective right before a person's name (a given name and a surname, a
// person the gazetteer knows, two or more singular proper nouns:
// "Republican Dino Rossi", or a person's surname alone: "Republican
// Rossi") makes the person a member of the party, as it
// does before a title ("Labour MP Tom Wu").
func partyBeforePerson(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if partyNounApposed(s, a, b) || partyTitleApposed(s, a, b) {
		return role{lemma: schema.MemberOf, reverse: true}, true
	}
	start := a.end
	if start+1 < len(s.Tokens) && partyRivalNouns[s.Tokens[start].Text] {
		start++ // "Democratic rival Joe Biden": the rival's party
	}
	if !a.adj && start == a.end || start != a.end && a.possessive || a.ent.typ != schema.Organization || !a.ent.desc["party"] || !named(b) || b.ent.typ != schema.Person || b.start != start ||
		b.ent.gaz == nil && !d.r.g.givenName(b.ent.name) && !d.r.singularProperNames(s, b) && !loneSurname(s, b) {
		return role{}, false // "Republican Senators" are no one person
	}
	return role{lemma: schema.MemberOf, reverse: true}, true
}

// partyRivalNouns stand between a party's adjective and a person's name
// ([partyBeforePerson]) as a title would: "Democratic rival Joe Biden".
var partyRivalNouns = map[string]bool{"rival": true, "opponent": true}

// partyNounApposed reports whether a, a party's singular noun after "a",
// "an", "another", "one" or "fellow", and a comma stand before b, a
// person's name that a comma or the sentence's end closes: "Since then, a
// Republican, Ann Lee, has voiced support", "another Democrat, Tom Wu,
// said" ([personCommaParty] reads the other order).
func partyNounApposed(s nlp.Sentence, a, b *mention) bool {
	toks := s.Tokens
	if !a.ent.desc["party"] || a.ent.typ != schema.Organization || a.possessive || !named(b) || b.ent.typ != schema.Person ||
		b.start != a.end+1 || toks[a.end].Text != "," || a.start == 0 || a.end != a.start+1 || strings.HasSuffix(toks[a.start].Text, "s") {
		return false
	}
	switch toks[a.start-1].Lower() {
	case "a", "an", "another", "one", "fellow":
	default:
		return false
	}
	return b.end == len(toks) || toks[b.end].Text == "," || toks[b.end].Tag == "."
}

// partyTitleApposed reports whether a, a party's adjective or one-word
// name, and lower-case words ending with a role noun that heads no party
// ([partyHeadTitle]) stand before b, a person's name in apposition after
// a comma: "the state's Republican governor, Tom Wu,", "Britain's Labour
// prime minister, Tom Wu,", "his Democrat challenger, Jon Kerr". "The
// Labour leader, Tom Wu," leads the party, its spokesman works for it;
// the title right before the name is [docState.mentionFacts]'.
func partyTitleApposed(s nlp.Sentence, a, b *mention) bool {
	toks := s.Tokens
	if !a.adj && (a.possessive || a.end != a.start+1) || !partyEntity(a.ent) || !named(b) || b.ent.typ != schema.Person || b.start <= a.end {
		return false
	}
	e := b.start - 1
	if toks[e].Text != "," || b.end < len(toks) && toks[b.end].Text != "," && toks[b.end].Tag != "." && !isCap(toks[b.end].Text) {
		return false
	}
	w := lowerWords(toks[a.end:e])
	if len(w) == 0 || len(w) > 3 || !roleNoun(w[len(w)-1]) || partyHeadTitle(strings.Join(w, " "), w[len(w)-1]) || spokesNouns[w[len(w)-1]] {
		return false
	}
	for _, t := range toks[a.end:e] {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return false
		}
	}
	return true
}

// teamThenPlayers: "were Halvik Hawks Tom Wu, Ann Lee and Ola Berg": a
// team's name, a plural ("Hawks", "Pistons"), right before a person's full
// name, with no word between, makes the person (and those listed after:
// see [sharedModifier]) one of its members. A body's name in the singular
// before a name is mostly another name's part ("the Kennedy Space Center
// Visitor Complex"). Not after a verb other
// than "be", whose object the organisation is ("told (the) Reuters Tom Wu
// would resign").
func teamThenPlayers(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.adj || a.possessive || a.ent.typ != schema.Organization || b.start != a.end || !named(b) ||
		b.ent.typ != schema.Person || len(b.titles) > 0 || b.end-b.start < 2 || s.Tokens[b.start].Tag != "NNP" {
		return role{}, false
	}
	k := a.start - 1
	if k > 0 && s.Tokens[k].Lower() == "the" {
		k-- // "told the Halvik Times Tom Wu would resign"
	}
	if k >= 0 && strings.HasPrefix(s.Tokens[k].Tag, "VB") && !beForms[s.Tokens[k].Lower()] {
		return role{}, false
	}
	if w := s.Tokens[a.end-1].Text; !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return role{}, false // "the Kennedy Space Center Visitor Complex"
	}
	return role{lemma: schema.MemberOf, reverse: true, shared: true}, true
}

// loneSurname reports whether b, a mention of s, is a person named by one
// singular proper noun that no other name follows ("Republican Blackwell,
// as secretary of state, ...").
func loneSurname(s nlp.Sentence, b *mention) bool {
	return b.kind == mSingle && b.end == b.start+1 && s.Tokens[b.start].Tag == "NNP" &&
		(b.end == len(s.Tokens) || !isCap(s.Tokens[b.end].Text))
}

// singularProperNames reports whether a mention is two or more
// capitalised singular proper nouns, none a role noun or an organisation's
// head word or a word that is no name, and no capitalised word follows:
// "Dino Rossi", not "Senators", "National Convention" or "Shadow Health
// Secretary".
func (r *Resolver) singularProperNames(s nlp.Sentence, m *mention) bool {
	if m.end-m.start < 2 || m.end < len(s.Tokens) && isCap(s.Tokens[m.end].Text) {
		return false
	}
	for _, t := range s.Tokens[m.start:m.end] {
		if t.Tag != "NNP" || !isCap(t.Text) || roleNoun(t.Lower()) || r.g.is("orghead", t.Text) || r.g.is("notname", t.Text) {
			return false
		}
	}
	return true
}

// personCommaNationality: "Ana Ruiz, an Australian woman and former
// nurse,", "Ivan Petrov, a Russian diplomat,": a person, a comma, an
// indefinite article, a nationality and lower-case nouns give the person's
// relation to the state by those nouns ([nationalityLemma]).
func personCommaNationality(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.adj && a.ent.typ == schema.GPE && named(b) && b.ent.typ == schema.Person && len(b.titles) == 0 && a.start > 0 &&
		slices.Equal(between(s, a, b), []string{","}) && indefinite(s.Tokens[a.start-1].Text) && apposedEnd(s, b.end) > b.end {
		// "An Australian, Tom Wu, was held": the nationality's noun
		// before the name in apposition.
		return role{lemma: schema.From, reverse: true}, true
	}
	if a.adj && a.ent.typ == schema.GPE && named(b) && b.ent.typ == schema.Person && len(b.titles) == 0 && a.start > 0 && b.start-a.end >= 2 && b.start-a.end <= 3 &&
		indefinite(s.Tokens[a.start-1].Text) && s.Tokens[b.start-1].Text == "," && apposedEnd(s, b.end) > b.end {
		// "A Norwegian journalist, Tom Wu, was held": the nationality
		// and its lower-case nouns before the name in apposition, read
		// as "Tom Wu, a Norwegian journalist," is.
		var words []string
		for _, t := range s.Tokens[a.end : b.start-1] {
			if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") {
				return role{}, false
			}
			words = append(words, t.Lower())
		}
		return role{lemma: nationalityLemma(words), reverse: true}, true
	}
	if !named(a) || a.ent.typ != schema.Person || !b.adj || b.ent.typ != schema.GPE || len(a.titles) > 0 {
		return role{}, false
	}
	w := between(s, a, b)
	// "Tom Wu, US sport columnist from ESPN,": a nationality right
	// after the comma, with no article, opens the apposition too when
	// a singular noun of a person's trade closes its words (below).
	bare := slices.Equal(w, []string{","})
	if !bare && (len(w) < 2 || w[0] != "," || (w[1] != "a" && w[1] != "an") || !agePremodifiers(s.Tokens[a.end+2:b.start])) {
		return role{}, false
	}
	if !bare && (b.end == len(s.Tokens) || closesApposition(s.Tokens[b.end].Text)) {
		return role{lemma: schema.From}, true // "Tom Wu, an Australian, was held"
	}
	var words []string
	for k := b.end; k < len(s.Tokens) && k < b.end+3; k++ {
		t := s.Tokens[k]
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			break
		}
		words = append(words, t.Lower())
	}
	if len(words) == 0 || !strings.HasPrefix(s.Tokens[b.end+len(words)-1].Tag, "NN") {
		return role{}, false
	}
	if bare {
		// Without the article a plural ("Tom Wu, British officials and
		// ...") may go on a list; a person's singular noun, closed by a
		// comma or a preposition, is the apposition's.
		last, k := s.Tokens[b.end+len(words)-1], b.end+len(words)
		if last.Tag != "NN" || !roleNoun(last.Lower()) || k < len(s.Tokens) && !closesApposition(s.Tokens[k].Text) && s.Tokens[k].Tag != "IN" {
			return role{}, false
		}
	}
	return role{lemma: nationalityLemma(words)}, true
}

// nationalFromPlace: "Tom Wu, an ethnic Armenian from Aleppo,", "Ann Lee,
// a Syrian refugee from Homs,": a person, a comma, an indefinite article,
// a nationality with at most two lower-case nouns after it, then "from" a
// place that closes the apposition: the person is from that place, as
// after a description with no nationality ([actorFromPlace]).
func nationalFromPlace(d *docState, s nlp.Sentence, a, c *mention) (role, bool) {
	if !named(a) || a.ent.typ != schema.Person || len(a.titles) > 0 || !isPlace(c.ent) || c.adj || c.possessive ||
		c.end < len(s.Tokens) && !closesApposition(s.Tokens[c.end].Text) {
		return role{}, false
	}
	toks := s.Tokens[a.end:c.start]
	if len(toks) < 4 || toks[0].Text != "," || !indefinite(toks[1].Text) || toks[len(toks)-1].Lower() != "from" {
		return role{}, false
	}
	k := 2
	for k < len(toks) && k < 4 && !isCap(toks[k].Text) && (ageAdjectives[toks[k].Lower()] || toks[k].Tag == "CD" || strings.HasSuffix(toks[k].Lower(), "-old")) {
		k++
	}
	if k >= len(toks)-1 || !isCap(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "JJ") && !strings.HasPrefix(toks[k].Tag, "NN") {
		return role{}, false
	}
	k++
	for n := 0; k < len(toks)-1; k, n = k+1, n+1 {
		if n == 2 || isCap(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "NN") {
			return role{}, false
		}
	}
	return role{lemma: schema.From}, true
}

// agePremodifiers reports whether toks, the words between an
// apposition's article and its nationality, are none or at most two ages
// or adjectives of a person's age or descent ([ageAdjectives]), which
// leave the nationality the person's own ("Tom Wu, a three-year-old
// Syrian boy,", "a young Syrian refugee"). Other adjectives may describe
// a body the recogniser took for a person ("Vyasna, an independent
// Belarusian rights centre").
func agePremodifiers(toks []nlp.Token) bool {
	if len(toks) > 2 {
		return false
	}
	for _, t := range toks {
		w := t.Lower()
		if t.Tag != "CD" && !strings.HasSuffix(w, "-old") && !ageAdjectives[w] {
			return false
		}
	}
	return true
}

// ageAdjectives describe a person's age or descent before a nationality.
var ageAdjectives = map[string]bool{
	"young": true, "elderly": true, "old": true, "teenage": true, "middle-aged": true, "ethnic": true,
}

// closesApposition reports whether w ends an apposition's noun phrase.
func closesApposition(w string) bool {
	return w == "," || w == "." || w == ")" || w == ";"
}

// orgPossessivePerson: "DAB's Horace Cheung", "FTU's Alice Mak", "the
// party's chairman Lee Wing", "Poland's foreign minister, Ann Lee,": an
// organisation's or state's possessive before a person,
// with at most a few role words between, gives the role's relation, or
// [affiliation] when no role noun is named.
func orgPossessivePerson(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if (a.ent.typ != schema.Organization && a.ent.typ != schema.GPE) || !a.possessive || !named(b) || b.ent.typ != schema.Person ||
		modifiesNoun(s, b.end) {
		return role{}, false
	}
	toks := s.Tokens[a.end:b.start]
	if i := slices.IndexFunc(b.titles, func(t *title) bool { return !honorific(t) }); i >= 0 {
		// "Norway's ambassador to Denmark Ola Berg": only an envoy's title
		// with its post, which no rule of titles reads with the
		// possessive; and "the Harbor Party's (deputy) leader Ann Lee": a
		// body's possessive and lower-case words that end in the titles,
		// which no rule of titles reads with a body.
		w := lowerWords(withoutPost(toks))
		var names []string
		for _, t := range b.titles {
			names = append(names, strings.ToLower(t.name))
		}
		envoy := len(w) >= 2 && len(b.titles) == 1 && strings.Join(w[1:], " ") == names[0] && len(withoutPost(toks)) != len(toks)
		staff := a.ent.typ == schema.Organization && len(w) >= 2 && strings.HasSuffix(" "+strings.Join(w[1:], " "), " "+strings.Join(names, " ")) &&
			!slices.ContainsFunc(toks[1:], func(t nlp.Token) bool { return isCap(t.Text) })
		if !envoy && !staff {
			return role{}, false
		}
	}
	if n := len(toks); n > 3 && surnameTitle(toks[n-1].Text) && toks[n-2].Text == "," {
		toks = toks[:n-1] // "the country's agriculture minister, Mr. Tom Wu,"
	}
	apposed := false
	if n := len(toks); n > 2 && toks[n-1].Text == "," && (b.end < len(s.Tokens) && s.Tokens[b.end].Text == "," || asideAfter(s, b.end) || b.end+1 >= len(s.Tokens) || openingSubject(s, a.start, b.end)) {
		// "Google's chief executive, Sundar Pichai," or at the sentence's
		// end; "the EU's foreign policy chief, Ann Lee (pictured),"
		toks = toks[:n-1]
		apposed = true
	}
	if apposed {
		toks = lastConjunctRole(toks)
	}
	toks = withoutPost(withoutPortfolio(toks))
	if len(toks) > 2 && toks[0].Tag == "POS" && year(toks[1].Text) {
		// "the party's 1996 vice presidential nominee, Ann Lee,": the
		// year dates the role.
		toks = append([]nlp.Token{toks[0]}, toks[2:]...)
	}
	if len(toks) > 2 && toks[0].Tag == "POS" && formerWord(toks[1].Lower()) {
		// "AIG's former chief financial officer, Howard Smith,": a
		// former holder's role is still his role, and the word makes
		// the title no longer than "the party's chief executive".
		toks = append([]nlp.Token{toks[0]}, toks[2:]...)
	}
	if n := len(toks); n >= 4 && n <= 6 && toks[0].Tag == "POS" && chiefOfStaff(toks, n-3) && a.ent.typ == schema.Organization &&
		!slices.ContainsFunc(toks[1:n-3], func(t nlp.Token) bool { return !deputyWords[t.Lower()] && !formerWord(t.Lower()) }) {
		// "The Labour Party's chief of staff, Tom Wu,", "the Wu
		// campaign's deputy chief of staff Ann Lee": the body's staff,
		// as a person's chief of staff is the person's ([personStaff]).
		return role{lemma: schema.WorkFor, reverse: true}, true
	}
	if len(toks) == 0 || toks[0].Tag != "POS" || len(toks) > 4 {
		return role{}, false
	}
	for _, t := range toks[1:] {
		if !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return role{}, false
		}
	}
	if a.ent.typ == schema.GPE {
		// "Poland's foreign minister, Ann Lee,": a state's head or staff
		// (nationalityLemma); "Poland's Ann Lee" is left to other rules.
		// The last word is the role noun: "Poland's chief negotiator"
		// heads nothing.
		w := lowerWords(toks[1:])
		if len(w) == 0 {
			return role{}, false
		}
		r := d.stateRoleLemma(w)
		return role{lemma: r, reverse: true}, r != ""
	}
	if r := appositionLemma(lowerWords(toks[1:])); r != "" {
		return role{lemma: r, reverse: true}, true
	}
	if len(toks) > 1 {
		return role{}, false
	}
	return role{lemma: affiliation(a.ent), reverse: true}, true
}

// bareFullName reports whether person mention b, right after nationality
// a, is a full name of two words or more with no article before the
// nationality: "Australian Gregor Johann Haas was arrested", where the
// given name is unknown; "the American String Quartet" has its article.
func bareFullName(s nlp.Sentence, a, b *mention) bool {
	if a.start > 0 && s.Tokens[a.start-1].Tag == "DT" || b.end-b.start < 2 {
		return false
	}
	for _, t := range s.Tokens[b.start:b.end] {
		if !isCap(t.Text) || t.Tag != "NNP" || nounLike(t.Lower()) {
			return false
		}
	}
	return true
}

// nounLike reports whether w, a capitalised word in lower case, ends as
// English nouns and adjectives of bodies and events do and names rarely
// do: "Management", "Election", "National", "Presidential".
func nounLike(w string) bool {
	for _, suffix := range []string{"tion", "sion", "ment", "ity", "ance", "ence", "ship", "ism", "ional", "ntial", "cial", "tral", "eral"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// lastConjunctRole returns the possessive and the last of two role
// phrases joined by "and" that toks, a possessive and the words before a
// name set off by a comma, hold: "Norway's | foreign minister and deputy
// prime minister |, Ann Lee", "the party's | founder and leader |, Ann
// Lee" read as "Norway's deputy prime minister", "the party's leader",
// the role nearest the name. Both phrases are lower-case nouns and
// adjectives but the last word, which may be a capitalised title
// ("founding father and former President"). It returns toks otherwise.
func lastConjunctRole(toks []nlp.Token) []nlp.Token {
	if len(toks) < 4 || toks[0].Tag != "POS" {
		return toks
	}
	and := -1
	for k, t := range toks[1:] {
		switch {
		case t.Lower() == "and" && t.Tag == "CC" && and < 0:
			and = k + 1
		case strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBG":
			if isCap(t.Text) && k+2 != len(toks) && k+2 != and {
				return toks // "the party's Ann Lee and ..."
			}
		default:
			return toks
		}
	}
	if and < 2 || and == len(toks)-1 {
		return toks
	}
	return append([]nlp.Token{toks[0]}, toks[and+1:]...)
}

// openingSubject reports whether the phrase from token start opens its
// sentence (after an article at most) and a finite verb follows it at
// token end: "The Harbor Party's leader, Ann Lee announced", "A member of
// the Norvik Parliament, Tom Wu said", an apposition whose second comma
// was left out. After a clause ("After meeting the party's leader, Ann Lee
// announced") the name is the next clause's subject.
func openingSubject(s nlp.Sentence, start, end int) bool {
	if start > 1 || start == 1 && !article(s.Tokens[0].Lower()) || end >= len(s.Tokens) {
		return false
	}
	switch s.Tokens[end].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// article reports whether w, in lower case, is "the", "a" or "an".
func article(w string) bool {
	return w == "the" || w == "a" || w == "an"
}

// withoutPortfolio returns toks, the words between a possessive's name
// and a person's, without the field that a capitalised title names after
// its "of": "'s Minister of Agriculture and Fisheries," reads as "'s
// Minister,". Only capitalised words, "and" and "&" may follow the "of";
// toks is returned as it is otherwise. A portfolio in lower case goes too
// ([withoutMinisterPortfolio]).
func withoutPortfolio(toks []nlp.Token) []nlp.Token {
	toks = withoutMinisterPortfolio(toks)
	for j := 2; j+1 < len(toks); j++ {
		if toks[j].Text != "of" || !isCap(toks[j-1].Text) || !roleNoun(toks[j-1].Lower()) {
			continue
		}
		end := len(toks)
		if toks[end-1].Text == "," {
			end--
		}
		for _, t := range toks[j+1 : end] {
			if !isCap(t.Text) && t.Text != "and" && t.Text != "&" {
				return toks
			}
		}
		return append(toks[:j:j], toks[end:]...)
	}
	return toks
}

// withoutMinisterPortfolio returns toks, the words before a person's
// name, without a minister's portfolio in lower case ([ministerPortfolio])
// after "of" or "for", and keeps a closing comma: "'s minister of national
// reconciliation," reads as "'s minister,", "minister for trade" as
// "minister"; toks is returned as it is otherwise.
func withoutMinisterPortfolio(toks []nlp.Token) []nlp.Token {
	end := len(toks)
	if end > 0 && toks[end-1].Text == "," {
		end--
	}
	for j := 1; j+1 < end; j++ {
		if (toks[j].Text == "of" || toks[j].Text == "for") && toks[j-1].Text == "minister" && ministerPortfolio(toks[j+1:end]) {
			return append(toks[:j:j], toks[end:]...)
		}
	}
	return toks
}

// deniedRole reports whether the words of a copula and its role deny it:
// "is not", "is n't", "is never", "is no longer".
func deniedRole(w []string) bool {
	for i, x := range w {
		if x == "not" || x == "n't" || x == "never" || x == "longer" && i > 0 && w[i-1] == "no" {
			return true
		}
	}
	return false
}

// copulaRoleAt reports whether the tokens from start to b, after a
// person's name, are a copula and the role the person holds ("is the head
// of the surgery department at", "was a professor of history at"): "is"
// or "was" right after the name and an article or a role noun after it,
// which [personAppositionOfOrg] then reads as it reads "who is", when an
// of-phrase stands between the role and the body's "of" or "at": the extractor's relation ("is a professor of history at")
// then holds more than one noun, which the copula's own reading
// ([docState.copulaRole]) takes for no role. "is the chief executive of"
// is that reading's.
func copulaRoleAt(toks []nlp.Token, start, b int) bool {
	if start+3 >= b || toks[start].Lower() != "is" && toks[start].Lower() != "was" {
		return false
	}
	if w := toks[b-1].Lower(); w == "the" && b-2 > start {
		b-- // "at the"
	}
	if toks[b-1].Lower() == "with" {
		// "is a scientist with NASA", "was an analyst with Halvik
		// Capital": a body's staff, as the apposition "Tom Wu, a
		// scientist with NASA," says; the extractor reads no role in
		// it. "is in talks with" opens with no article.
		return b-start == 4 && indefinite(toks[start+1].Text) && roleNoun(toks[b-2].Lower()) ||
			b-start == 5 && indefinite(toks[start+1].Text) && toks[start+2].Tag == "JJ" && roleNoun(toks[b-2].Lower())
	}
	if w := toks[b-1].Lower(); w != "of" && w != "at" {
		return false // "was a candidate for the council" holds no seat yet
	}
	inner := false // an of-phrase before the last preposition: "of history", "of English"
	for k := start + 2; k+1 < b-1; k++ {
		inner = inner || toks[k].Lower() == "of"
	}
	w := toks[start+1].Lower()
	return inner && (w == "a" || w == "an" || w == "the" || !isCap(toks[start+1].Text) && roleNoun(w))
}

// staffHeads are the last words of names of organisations whose people
// work for them rather than belong to them; the names of papers and
// broadcasters end in [newsHeads].
var staffHeads = map[string]bool{
	"ministry": true, "department": true, "office": true, "agency": true, "company": true,
	"corporation": true, "corp": true, "inc": true, "ltd": true, "bank": true,
	"network": true, "police": true, "service": true,
	// a fire service's people are its staff ("Ann Lee of Varden Fire and
	// Rescue"; "Fire Brigade": [affiliation]).
	"rescue": true,
	// foundations, funds, centres and institutes pay the people named of
	// them ("Ann Lee of the Globex Foundation", "Tom Wu of the Center
	// for Food Safety"); a party's name seldom ends so (a political
	// institute is a body of members: [politicalName]).
	"foundation": true, "fund": true, "center": true, "centre": true, "institute": true,
	// the last words of firms' names ("Tom Wu of Velby Holdings", "Ann
	// Lee of Norden Motors"): a firm's people are its staff.
	"holdings": true, "motors": true, "industries": true, "technologies": true, "pharmaceuticals": true,
	"airways": true, "airlines": true, "media": true, "capital": true, "energy": true, "enterprises": true,
	"laboratories": true, "labs": true, "studios": true, "entertainment": true, "communications": true,
	"telecom": true, "insurance": true, "securities": true, "investments": true, "electronics": true,
	"petroleum": true, "logistics": true, "shipping": true, "consulting": true, "software": true,
}

// affiliation returns work_for for an organisation whose name ends as a
// ministry's, agency's, firm's or newspaper's does, or that the gazetteer
// calls a firm, an agency or the like ([staffDescs]), member_of otherwise.
func affiliation(org *docEntity) string {
	f := strings.Fields(strings.ToLower(org.name))
	if n := len(f); n > 0 && (staffHeads[strings.Trim(f[n-1], ".")] && !politicalName(f) || newsHeads[strings.Trim(f[n-1], ".")]) {
		return schema.WorkFor
	}
	if n := len(f); n > 1 && f[n-2] == "fire" && f[n-1] == "brigade" {
		return schema.WorkFor // "Tom Wu of Velby Fire Brigade"; an army's brigade has members
	}
	if k := slices.IndexFunc(f, func(w string) bool { return w == "for" || w == "of" || w == "on" }); k > 0 && staffHeads[f[k-1]] && !politicalName(f) {
		// "the Center for Food Safety", "the Ministry of Health", "the
		// Institute for Fiscal Studies": the head noun before the
		// name's first preposition.
		return schema.WorkFor
	}
	if org.gaz != nil {
		// "The BBC's Rachel Harvey", "Tom Wu of Reuters": the gazetteer
		// says the body is a firm, a broadcaster or an agency; a
		// descriptor of two words by its last ("news site", "space
		// agency").
		for _, w := range org.gaz.desc {
			if staffDescs[lastWord(w)] {
				return schema.WorkFor
			}
		}
	}
	for w := range org.desc {
		if staffDescs[w] && !politicalName(f) {
			// "Tom Wu of Halvik Marine, a firm that builds boats,": the
			// document says what kind of body it is ([docState.kindAfter],
			// [docState.kindBefore]), as the gazetteer would.
			return schema.WorkFor
		}
	}
	return schema.MemberOf
}

// politicalName reports whether the lower-case words f of a body's name
// say it is a political one ("the Proletariat Political Institute", "the
// Socialist Centre"), whose people are its members, not its staff.
func politicalName(f []string) bool {
	return slices.ContainsFunc(f, func(w string) bool { return w == "political" || w == "party" || w == "socialist" || w == "communist" })
}

// staffDescs are the gazetteer's descriptor nouns ("is" in data/orgs.txt)
// of bodies whose people work for them.
var staffDescs = map[string]bool{
	"company": true, "firm": true, "agency": true, "broadcaster": true, "bank": true, "newspaper": true,
	"site": true, "carrier": true, "airline": true, "exchange": true, "ministry": true, "department": true,
	"carmaker": true, "retailer": true, "supermarket": true, "drugmaker": true, "chipmaker": true,
	"lender": true, "contractor": true, "regulator": true, "watchdog": true, "bureau": true, "office": true,
	"service": true,
}

// personAppositionOfOrg: "Omar Haddad, editor at large at the Halvik
// Gazette", "Ola Berg, a representative for the Oslo Sheriff's office",
// "Per Lund, 19, a member of the Night Watch", "Kari Dahl, spokesman for
// the Norwegian army":
// an apposition of a role noun and of, at or for an organisation gives
// lead, member_of or work_for by the noun; "Tom Wu, a lawyer for Ann Lee":
// a noun of [staffNounsOfPerson] and for a person gives work_for.
func personAppositionOfOrg(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.ent.typ != schema.Person || b.adj {
		return role{}, false // as below, before the words between are made
	}
	state := b.ent.typ == schema.GPE && d.r.country(b.ent) && !modifiesNoun(s, b.end)                                                     // "Tom Wu, President of Norway,"; not "editor of UK magazine Mac Format"
	local := b.ent.typ == schema.GPE && !state && (b.ent.gaz != nil || kindNamed(b.ent.name)) && !b.possessive && !modifiesNoun(s, b.end) // "Ann Lee, the Governor of Ohio,"; not "director of Venice's La Fenice"
	start := a.end
	if e := bracketEnd(s.Tokens, a.end); e < b.start {
		start = e // "Ann Lee (pictured), the chief of"
	}
	start += ageAfter(s, start)
	relative := start+3 < b.start && s.Tokens[start].Text == "," && s.Tokens[start+1].Lower() == "who" && s.Tokens[start+2].Lower() == "is"
	if relative {
		// "Ann Lee, who is the president of Halvik Corporation,": the
		// relative clause states the apposition's role, and gives its
		// title before the next sentence's "the president".
		start += 2
	}
	relative = relative || copulaRoleAt(s.Tokens, start, b.start) // "Tom Wu is the head of the surgery department at"
	bstart := possessorStart(s.Tokens, start, b)                  // "spokesman for Iran's Foreign Ministry": the role is in what the possessive owns
	if b.ent.typ == schema.Person && len(b.titles) > 0 && bstart-1 > start+2 && isCap(s.Tokens[bstart-1].Text) {
		// "Tom Wu, an aide to President Ann Lee,": the title the
		// person's mention leaves out is no word of the role.
		if k := d.r.titleStart(s, start+3, bstart-1); k < bstart-1 || d.r.title(s.Tokens[bstart-1].Text) != nil {
			bstart = k
			if c := b.country; c != nil && c.end == bstart && c.start > start+2 {
				bstart = c.start // "an aide to US President Tom Wu"
			}
			if bstart-1 > start+2 && formerWords[s.Tokens[bstart-1].Lower()] {
				bstart-- // "a lawyer for former President Tom Wu"
			}
		}
	}
	w := lowerWords(s.Tokens[start:bstart])
	if len(w) > 3 && w[0] == "," && takenParticiples[w[1]] && strings.HasPrefix(s.Tokens[start+1].Tag, "VB") {
		// "Tom Wu, elected mayor of Halden in 2019,": the participle
		// puts the person in the office the apposition names.
		start++
		w = w[1:]
		w[0] = ","
	}
	if relative && deniedRole(w) {
		return role{}, false // "Ann Lee, who is not a member of the Senate,": the copula's not_member_of says it
	}
	if n := len(w); n > 4 && b.ent.typ == schema.GPE && !state && !b.possessive && w[n-1] == "of" && placeNouns[w[n-2]] && !modifiesNoun(s, b.end) {
		local = true // "the mayor of the city of San Juan": the kind of place says it is one, listed or not
	}
	state = state || local
	if !named(a) || a.ent.typ != schema.Person || (b.ent.typ != schema.Organization && b.ent.typ != schema.Group && b.ent.typ != schema.Person && !state) || b.adj {
		return role{}, false
	}
	longest := 9
	if n := len(w); n > 4 && w[n-1] == "of" && placeNouns[w[n-2]] && w[n-3] == "the" {
		longest += 3 // "formerly the Deputy Mayor of the province of Vestland": the kind of place, cut below
	}
	if i := secondAppositionAt(s.Tokens, start, w); len(w) > longest && i > 0 {
		// "Ann Lee, the lead author of the study and a professor at
		// Halvik University,": the second description, after "and",
		// holds the role at the body; the first names none.
		start += i
		w = w[i:]
		w[0] = ","
	}
	if len(w) < 3 || len(w) > longest || w[0] != "," && !relative {
		return role{}, false
	}
	if w[1] == "and" || w[1] == "or" {
		// "from Tom Wu, Pope Francis, and a spokesperson for the
		// ministry": the last member of a list, no apposition.
		return role{}, false
	}
	if w[len(w)-1] == "the" {
		w = w[:len(w)-1]
	}
	if len(w) > 3 {
		w = nameModifiers(s, start, w)
	}
	wordsEnd := bstart // where the role's words end: before a description of the name ([roleOfDescribed])
	if n := len(w); n > 3 {
		if w = roleOfDescribed(s, start, w, b.ent.typ); len(w) < n {
			wordsEnd = start + len(w)
		}
	}
	if n := len(w); n > 3 && bodyNouns[w[n-1]] {
		// "director of a non-profit anti-spam organization SpamHaus",
		// "chief executive of the software firm Globex": a description
		// of the body stands between of and its name.
		for i := n - 2; i > 1; i-- {
			if (w[i] == "a" || w[i] == "an" || w[i] == "the") && (w[i-1] == "of" || w[i-1] == "at" || w[i-1] == "for" || w[i-1] == "with") {
				w = w[:i]
				break
			}
			if strings.HasPrefix(s.Tokens[start+i].Tag, "VB") || isCap(s.Tokens[start+i].Text) {
				break
			}
		}
	}
	if n := len(w); n > 4 && b.ent.typ == schema.GPE && w[n-1] == "of" && placeNouns[w[n-2]] {
		// "mayor of the Norwegian city of Bergen", "governor of the
		// state of Ohio": the kind of place stands between of and its
		// name.
		for i := n - 3; i > 1; i-- {
			if w[i] == "the" && w[i-1] == "of" {
				w = w[:i]
				break
			}
			if w[i] == "of" && roleNoun(w[i-1]) {
				w = w[:i+1] // "governor of U.S. state of Ohio": no article before the kind of place
				break
			}
			if w[i] == "of" || roleNoun(w[i]) {
				break
			}
		}
	}
	last := w[len(w)-1]
	if last == "on" && b.ent.typ == schema.Organization && panelName(b.ent.name) {
		last = "of" // "the ranking Republican on the Halvik Committee": a seat on a panel
	}
	if last == "to" && adviserNouns[w[len(w)-2]] {
		last = "for" // "an adviser to Halvik Motors", "a senior aide to Ann Lee"; not "ambassador to"
	}
	if last == "to" && delegateNouns[w[len(w)-2]] && b.ent.typ == schema.Organization {
		last = "of" // "a delegate to the Harbor Party congress" sits in it; a delegate to a state is an envoy
	}
	if last == "to" && pressNouns[w[len(w)-2]] && pressRole(w[len(w)-2], last, b.ent) {
		last = "for" // "a contributor to The Herald": a paper's writer; not "a contributor to the campaign"
	}
	if last == "in" && b.ent.typ == schema.Organization && roleNoun(w[len(w)-2]) {
		last = "of" // "a senior official in the Harbor Party", "a lawmaker in the Norvik Parliament"
	}
	if last == "with" && (b.ent.typ == schema.Organization || state && b.possessive) && roleNoun(w[len(w)-2]) {
		last = "at" // "a scientist with NASA", "an analyst with Halvik Capital": a body's staff
	}
	if state && b.possessive && (last == "for" || last == "at") && stateServiceAfter(s.Tokens, b.end) {
		// "a spokesman for Norway's disaster agency", "an official at
		// Norway's weather service": the staff of the state's unnamed
		// body serve the state, as "an official of" it does.
		last = "of"
	}
	if last != "of" && last != "at" && last != "for" && last != "from" {
		return role{}, false // "a lawmaker from the Green Party" too
	}
	for k := start + 1; k < wordsEnd; k++ {
		t := s.Tokens[k]
		if strings.HasPrefix(t.Tag, "VB") || t.Text == "," {
			return role{}, false
		}
		// "curator and director of exhibits at": and joins role words,
		// not names; a role written with capitals is a role word too
		// ("a chemist and Regents Professor at").
		if t.Text == "and" && (k+1 == bstart || isCap(s.Tokens[k+1].Text) && !capitalRoleAt(s.Tokens, k+1, bstart)) {
			return role{}, false
		}
	}
	if b.end < len(s.Tokens) && (strings.HasPrefix(s.Tokens[b.end].Tag, "VB") || s.Tokens[b.end].Tag == "MD") && !saidLast(s, b.end) && !saidQuote(s, b.end) &&
		!(a.start == 0 && (w[1] == "the" || article(w[1]) && finiteAt(s.Tokens, b.end))) {
		// "According to Ann Lee, a detective for the Sheriff's office
		// was given ...": the phrase is its clause's subject, no
		// apposition. A verb of speech that ends the sentence is the
		// person's: `"It failed," Ann Lee, critic for the Herald said.`
		// So is the verb after an apposition with an article to the
		// sentence's first name, whose closing comma is missing: "Ann
		// Lee, the chairman of Halvik Motors said", and an indefinite
		// one before a finite verb: "Tom Wu, a spokesman for the Velmora
		// Army said"; not "Tom Wu, a co-founder of the Harbor Party
		// seeking its nomination, won".
		return role{}, false
	}
	if k := slices.Index(w, "and"); k > 1 && k+2 < len(w) && start+k+1 < bstart && isCap(s.Tokens[start+k-1].Text) && roleNoun(w[k-1]) &&
		!isCap(s.Tokens[start+k+1].Text) && !slices.Contains(w[k+1:], "and") && appositionLemma(w[k+1:len(w)-1]) != "" {
		// "Tom Wu, former Foreign Secretary and mayor of Bristol,": a
		// title of its own before "and" is no post of the body after
		// "of"; the lower-case role after "and" is.
		w = append([]string{","}, w[k+1:]...)
	}
	if b.ent.typ == schema.Person {
		// "Tom Wu, a lawyer for Ann Lee,", "a former friend and employee
		// of Ann Lee": a person's staff.
		r := w[len(w)-2]
		return role{lemma: schema.WorkFor}, named(b) && (last == "for" || last == "of" || last == "to") && staffNounsOfPerson[r]
	}
	r := appositionLemma(w[1 : len(w)-1])
	if state && last == "for" && portfolioFor(w) {
		last = "of" // "Ann Lee, the Secretary of Justice for Halvik,": a portfolio's office in the state, as "of" the state
	}
	if state && (last != "of" || r != schema.Lead && r != schema.WorkFor) {
		return role{}, false // a state's head or staff only: "a student of Norway" says no more
	}
	if n := len(w); local && r == schema.Lead && !localHeads[w[n-2]] && !headOfGovernment(w, n-2) && !headOfStaff(w, n-2) {
		// "the police chief of Oslo" serves the city; its mayor heads
		// it, as "the first minister of Wales" and "the chief executive
		// of Hong Kong" head theirs.
		r = schema.WorkFor
	}
	if k := b.end; r == schema.Lead && b.possessive && state {
		if k < len(s.Tokens) && s.Tokens[k].Tag == "POS" {
			k++
		}
		for m := k; m < min(k+3, len(s.Tokens)); m++ {
			// "governor of Nigeria's economic capital Lagos": the
			// state's place, named after lower-case words, is what
			// the role heads.
			t := s.Tokens[m]
			if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && !placeNouns[t.Lower()] {
				break
			}
			if placeNouns[t.Lower()] && m+1 < len(s.Tokens) && isCap(s.Tokens[m+1].Text) {
				k = m + 1
				break
			}
		}
		if k < len(s.Tokens) && isCap(s.Tokens[k].Text) {
			// "Ann Lee, director of Norway's Halvik Bank,": she heads
			// the body the state's possessive names (the pair of her
			// and the body says so), and no role in the state is
			// stated.
			return role{}, false
		}
	}
	if r == schema.Lead && (b.possessive || partAfter(s.Tokens, b.end)) && !governingAfter(s.Tokens, b.end) {
		// "director of Intel's photonics lab", "head of the UN mission
		// in Sudan" heads a part of the body.
		r = schema.WorkFor
	}
	if r == "" && pressRole(w[len(w)-2], last, b.ent) {
		r = schema.WorkFor // "Ann Lee, film critic for the Herald"
	}
	if r == "" && last == "of" && w[len(w)-2] == "speaker" && legislature(b.ent) {
		// "Ann Lee, the Speaker of the House of Representatives,"
		// chairs the house; a deputy speaker serves it.
		r = schema.Lead
		if len(w) > 3 && deputyWords[w[len(w)-3]] {
			r = schema.WorkFor
		}
	}
	if r == "" && last == "of" && w[len(w)-2] == "justice" && strings.Contains(b.ent.name, "Court") {
		// "Tom Wu, a former associate justice of the Supreme Court,"
		// sits on its bench, as a judge does; its chief justice heads
		// it. Not a word of [workNouns], where "Justice" would break
		// "Department of Justice".
		r = schema.WorkFor
		if len(w) > 3 && w[len(w)-3] == "chief" {
			r = schema.Lead
		}
	}
	on := bstart - 1 // "on", or "the" after it
	if s.Tokens[on].Lower() == "the" {
		on--
	}
	if n := len(w); r == "" && w[n-1] == "on" && (isCap(s.Tokens[on-1].Text) || slices.Contains(w, "ranking")) {
		r = schema.MemberOf // "the ranking Democrat on", "the ranking member on"; not "a ruling on"
	}
	also := ""
	if i := slices.Index(w, "and"); r != "" && r != "found" && last == "of" && i > 1 && i < len(w)-2 && (founderNouns[w[i-1]] || founderNouns[w[len(w)-2]]) {
		// "Ann Lee, the founder and chief executive of Globex,", "the
		// drummer and co-founder of the band": the founder of the body
		// holds the other role in it too.
		also = "found"
	}
	return role{lemma: r, also: also}, r != ""
}

// capitalRoleAt reports whether the words from token k up to end are at
// most three capitalised words that end in a role noun, then a preposition
// (of, at, for, in) and an optional "the": "and Regents Professor at the",
// "and Senior Lecturer in". A role written with capitals, no name.
func capitalRoleAt(toks []nlp.Token, k, end int) bool {
	j := k
	for j < end && j-k < 3 && isCap(toks[j].Text) && isWord(toks[j].Text) {
		j++
	}
	if j == k || j >= end || !roleNoun(strings.ToLower(toks[j-1].Text)) {
		return false
	}
	switch toks[j].Lower() {
	case "of", "at", "for", "in":
	default:
		return false
	}
	j++
	if j < end && toks[j].Lower() == "the" {
		j++
	}
	return j == end
}

// ofPlaceApposed reports whether the place b follows the named person a
// after "of" and a comma follows it, opening an apposition: "Tom Wu of
// Ohio, the leader of the Green Party,".
func ofPlaceApposed(s nlp.Sentence, a, b *mention) bool {
	return named(a) && a.ent.typ == schema.Person && !a.possessive && named(b) && b.ent.typ == schema.GPE && !b.adj && !b.possessive &&
		b.start == a.end+1 && s.Tokens[a.end].Lower() == "of" && b.end+1 < len(s.Tokens) && s.Tokens[b.end].Text == ","
}

// possessorStart returns the first token of the possessive before the
// organisation b, when one stands right before it and after token start
// ("spokesman for Iran's Foreign Ministry", "an aide at the Trump
// administration's Department of Justice"): at most four capitalised
// words, or lower-case nouns after a capitalised one, then "'s". It
// returns b.start otherwise. The role is held in the body the possessive
// owns; the possessor's own tie is read as its body's part_of.
func possessorStart(toks []nlp.Token, start int, b *mention) int {
	k := b.start - 1
	if b.ent == nil || b.ent.typ != schema.Organization || k-1 <= start || toks[k].Tag != "POS" {
		return b.start
	}
	j, capital := k, false
	for j-1 > start && k-j < 4 {
		t := toks[j-1]
		if !isWord(t.Text) || !(isCap(t.Text) && strings.HasPrefix(t.Tag, "NNP") || !capital && lowerWord(t.Text) && strings.HasPrefix(t.Tag, "NN")) {
			break
		}
		capital = capital || isCap(t.Text)
		j--
	}
	if j == k || !isCap(toks[j].Text) {
		return b.start
	}
	return j
}

// legislature reports whether e is an organisation named as a chamber of a
// legislature: its last word is one of [memberHeads] of a house
// ("Parliament", "Senate", "Assembly", "House of Commons") or of
// [chamberMembers] ("House of Representatives"), or a state's parliament
// known by its own name ([namedStateBodies]: "the Storting"); no party or
// army.
func legislature(e *docEntity) bool {
	f := strings.Fields(e.name)
	if e.typ != schema.Organization || len(f) == 0 {
		return false
	}
	switch l := f[len(f)-1]; {
	case chamberMembers[l], chamberNames[l], l == "House", l == "Legislature", l == "Knesset", l == "Duma":
		return true
	}
	return e.desc["parliament"] // "the Storting" after "Norway's parliament, the Storting,"
}

// nameModifiers returns w, the lower-case words of sentence s from token
// start up to a name, without the article after a preposition and the
// lower-case words that modify the name after it: "leader of the
// opposition Harbor Party", "a member of the ruling Unity Party", "Ann Lee
// of the conservative Harbor Party" read as "of" right before the name.
// A body's noun at the end ("of the software firm Globex") is a
// description, not a modifier: w comes back whole.
func nameModifiers(s nlp.Sentence, start int, w []string) []string {
	n := len(w)
	if n == 0 || bodyNouns[w[n-1]] {
		return w
	}
	for i := n - 1; i >= 1 && i >= n-3; i-- {
		t := s.Tokens[start+i]
		if (w[i] == "a" || w[i] == "an" || w[i] == "the") && (w[i-1] == "of" || w[i-1] == "at" || w[i-1] == "for" || w[i-1] == "with") {
			return w[:i]
		}
		if isCap(t.Text) || roleNoun(w[i]) || !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "VBG" {
			break
		}
	}
	return w
}

// kindNamed reports whether a place's name ends in the word for its kind
// ("Anambra State", "Helmand Province"): a state or province of its
// country, listed or not.
func kindNamed(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && placeKinds[strings.ToLower(f[len(f)-1])]
}

// roleOfDescribed returns w, the lower-case words of sentence s from token
// start up to a name of type typ, cut after the role's preposition when
// only lower-case words that describe the name stand between them, with
// no article: "governor of southeast Anambra State", "the governor of
// northern Kaduna State" (compass words and adjectives before a place),
// "CEO of banking institution Halvik Financial Center" (a body's noun
// last). Other words ("director of communications Halvik Bank") are the
// role's own, and w comes back whole.
func roleOfDescribed(s nlp.Sentence, start int, w []string, typ schema.EntityType) []string {
	n := len(w)
	for i := n - 1; i >= 2 && i >= n-6; i-- {
		switch w[i] {
		case "of", "at", "for":
			if i == n-1 || !roleNoun(w[i-1]) {
				return w
			}
			if typ == schema.Organization && (orgNouns[w[n-1]] || bodyNouns[w[n-1]] || w[n-1] == "institution") {
				return w[:i+1]
			}
			if typ == schema.GPE && !slices.ContainsFunc(w[i+1:], func(x string) bool { return !compassPoints[x] && !placeParts[x] }) {
				return w[:i+1]
			}
			return w
		}
		t := s.Tokens[start+i]
		if isCap(t.Text) || roleNoun(w[i]) || w[i] != "and" && !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "VBG" {
			return w
		}
	}
	return w
}

// governingAfter reports whether the noun after the possessive's "'s" at
// token k (and at most three modifiers) names the body that governs the
// possessor: "chairman of the project's panel", "of Globex's board" lead
// the possessor, where "of Intel's photonics lab" heads a part of it.
func governingAfter(toks []nlp.Token, k int) bool {
	return nounAfter(toks, k, governingNouns)
}

// partAfter reports whether the words after a body's name at token k name
// a part of the body ([partNouns]): "the UN mission in Sudan", "the UN
// refugee agency".
func partAfter(toks []nlp.Token, k int) bool {
	return nounAfter(toks, k, partNouns)
}

// nounAfter reports whether a noun of set follows a name (and its "'s") at
// token k, after at most three lower-case modifiers.
func nounAfter(toks []nlp.Token, k int, set map[string]bool) bool {
	if k < len(toks) && toks[k].Tag == "POS" {
		k++
	}
	for n := 0; n < 4 && k < len(toks); n, k = n+1, k+1 {
		if w := toks[k].Lower(); set[w] {
			return true
		} else if !lowerWord(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "NN") && !strings.HasPrefix(toks[k].Tag, "JJ") {
			return false
		}
	}
	return false
}

// partNouns name the parts of a body that a head may lead: its missions,
// delegations, offices and units.
var partNouns = map[string]bool{
	"mission": true, "delegation": true, "office": true, "unit": true, "branch": true, "division": true,
	"department": true, "section": true, "wing": true, "lab": true, "laboratory": true, "force": true,
	"agency": true, "bureau": true, "programme": true, "program": true, "operation": true, "operations": true,
}

// governingNouns name the bodies that govern an organisation.
var governingNouns = map[string]bool{
	"board": true, "panel": true, "council": true, "committee": true, "executive": true, "cabinet": true,
	"government": true, "administration": true, "leadership": true,
}

// panelName reports whether name ends as the name of a body whose
// members sit on it: a committee, a board, a council, a panel; or opens
// with a committee's noun and its topic ("Committee on Ways and Means").
func panelName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	switch f[0] {
	case "Committee", "Subcommittee", "Commission":
		if f[1] == "on" || f[1] == "for" {
			return len(f) > 2 // "Committee on Ways and Means"
		}
	}
	for _, w := range f[1:] {
		if w == "on" || w == "of" {
			break // "the Committee on Foreign Relations"
		}
		switch w {
		case "Committee", "Subcommittee", "Board", "Council", "Panel", "Commission", "Tribunal":
			return true
		}
	}
	return false
}

// appositionOfDescribed: "Ann Lee, director of the museum, said", "Tom
// Wu, a spokesman for the company,": [personAppositionOfOrg] with a
// description that names an organisation of the document, right after
// the named person's apposition.
func (d *docState) appositionOfDescribed(si int, s nlp.Sentence, all []*mention) {
	for k := 1; k < len(all); k++ {
		a, b := all[k-1], all[k]
		if a.kind == mDesc && !a.possessive && a.ent != nil && a.ent.typ == schema.Organization && b.ent != nil && b.ent != a.ent && b.start >= a.end {
			// "The speaker of the parliament, Tom Wu,": [roleOfThenPerson]
			// with a description that names an organisation of the
			// document, right before the person's name.
			desc := *a
			desc.kind = mName
			if r, ok := roleOfThenPerson(d, s, &desc, b); ok && r.reverse && !r.listed {
				d.derive(si, argOf(s, b), joinText(s.Tokens[a.end:b.start]), r.lemma, b.ent, a.ent, "", roleConf)
			}
			continue
		}
		if b.kind != mDesc || b.ent == nil || b.ent.typ != schema.Organization || a.ent == nil || a.ent == b.ent || b.start < a.end {
			continue
		}
		if r, ok := personAppositionOfOrg(d, s, a, b); ok {
			d.derive(si, argOf(s, a), joinText(s.Tokens[a.end:b.start]), r.lemma, a.ent, b.ent, "", roleConf)
		}
	}
}

// roleOfThenPerson: "backed by the chairman of the Nordic Institute, Ann
// Lee.", "the governor of the Tigray region, Ivan Petrov, said", "a
// spokesman for Hamas, Ann Lee,": a role (a former one too, [pastRole]) of, for or at
// an organisation or a place, then the holder's name in commas (or ending
// the sentence), gives the holder lead, work_for or member_of by the role
// nouns ([appositionLemma]).
func roleOfThenPerson(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.adj || a.possessive || a.ent.typ != schema.Organization && a.ent.typ != schema.GPE ||
		!named(b) || b.ent.typ != schema.Person || b.possessive || b.start < a.end {
		return role{}, false
	}
	titled := map[string]bool{}
	for _, t := range b.titles {
		for _, v := range strings.Fields(t.name) {
			titled[strings.ToLower(v)] = true
		}
	}
	gap := b.start // "the chief executive of Halvik, Dr Tom Wu,", "the head of the
	// church, Pope Francis,": the holder's title is none of the apposition.
	for gap > a.end+1 {
		t := s.Tokens[gap-1]
		if !surnameTitle(t.Text) && !(isCap(t.Text) && titled[t.Lower()]) && !(t.Text == "." && titled[s.Tokens[gap-2].Lower()]) {
			break
		}
		gap--
	}
	w := lowerWords(s.Tokens[a.end:gap])
	switch {
	case len(w) == 1 && w[0] == ",":
	case len(w) == 2 && w[1] == "," && a.ent.typ == schema.GPE && d.r.g.is("regionhead", w[0]):
		// "the governor of the Tigray region, Ann Lee"
	default:
		return role{}, false
	}
	closed := b.end == len(s.Tokens) || s.Tokens[b.end].Text == "," || s.Tokens[b.end].Text == "."
	k := a.start - 1
	if k >= 0 && isWordFold(s.Tokens[k].Text, "the") {
		k--
	}
	if k < 0 {
		return role{}, false
	}
	switch s.Tokens[k].Lower() {
	case "of", "for", "at": // "a spokesman for Hamas, Ann Lee,"
	case "to":
		// "the adviser to the Harbor Party, Ann Lee,", "the delegate to
		// the Harbor Party congress, Tom Wu,": staff or a seat, as in the
		// apposition after the name; not "the ambassador to Norway", an
		// envoy's post.
		if k == 0 || !adviserNouns[s.Tokens[k-1].Lower()] && !(delegateNouns[s.Tokens[k-1].Lower()] && a.ent.typ == schema.Organization) {
			return role{}, false
		}
	default:
		return role{}, false
	}
	if k >= 3 && s.Tokens[k-1].Lower() == "history" && article(s.Tokens[k-2].Lower()) && s.Tokens[k-3].Lower() == "in" {
		k -= 3 // "the two presidents in the history of Peru, A and B": presidents of Peru
	}
	plural := k > 0 && (pluralRole(s.Tokens[k-1]) || s.Tokens[k-1].Tag == "NNPS" && singularRole(s.Tokens[k-1].Lower()) != "")
	var listed []*mention
	if plural {
		// "two presidents of Peru, Ann Lee and Tom Wu,": each name of
		// the list holds the role; its end closes the apposition.
		listed = d.listedAfter(b)
		if len(listed) == 0 {
			return role{}, false
		}
		last := listed[len(listed)-1]
		closed = last.end == len(s.Tokens) || s.Tokens[last.end].Text == "," || s.Tokens[last.end].Text == "."
	}
	var words []string
	for k--; k >= 0; k-- {
		t := s.Tokens[k]
		w := t.Lower()
		if article(w) || plural && t.Tag == "CD" {
			break
		}
		if w == "and" && k > 0 && s.Tokens[k-1].Text == "," && (closed || strings.HasPrefix(s.Tokens[b.end].Tag, "VB")) {
			// "His daughter, and member of the Labour Party, Ann Lee
			// wrote": a second description of the person named after
			// it, whose comma before the verb may be left out.
			closed = true
			break
		}
		if w == "and" && !plural && len(words) > 0 {
			if c, _, start := d.roleConjunctBefore(s, b, k); c != nil {
				// "The chief executive of Halvik and chairman of Norden
				// Bank, Tom Wu,": the second of two roles, each of its
				// body, held by the name after them ([coordinatedRoleFirst]).
				k = start
				break
			}
		}
		if _, demonym := lookupKey(d.r.g.demonyms, t.Text); demonym && isCap(t.Text) && len(words) > 0 && !plural {
			continue // "the Norwegian spokesman for the Harbor Party, Ann Lee,": the holder's nationality, no role word
		}
		if isCap(t.Text) && k > 0 && !(plural && len(words) == 0) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && !(plural && len(words) == 0) {
			return role{}, false // "Lee, head of": no definite role; but "two Presidents of"
		}
		if formerWord(w) {
			continue // "a former head of": held, by the guide ([pastRole])
		}
		words = append([]string{w}, words...)
	}
	end := b.end
	if len(listed) > 0 {
		end = listed[len(listed)-1].end
	}
	if k < 0 || len(words) == 0 || len(words) > 3 || !closed && !openingSubject(s, k, end) {
		// "the head of the party, Ann Lee and Tom Wu": a list; but "A
		// spokesman for the Velmora Army, Tom Wu said": the sentence's
		// subject, its second comma left out before the verb.
		return role{}, false
	}
	if plural {
		words[len(words)-1] = singularRole(words[len(words)-1])
	}
	r := appositionLemma(words)
	return role{lemma: r, reverse: true, title: strings.Join(words, " "), listed: plural}, r != ""
}

// roleConjunctBefore reads the first of two roles joined by "and" at
// token and, before a role of [roleOfThenPerson]: an article, one to
// three lower-case role words, "of", "for" or "at" and a named body or
// place that ends right before "and" ("The chief executive of Halvik and
// chairman of ..."). It returns the body, the role words and the
// article's token, or nil when the words before "and" are no such role.
// b is the person named after the roles, whose sentence is read.
func (d *docState) roleConjunctBefore(s nlp.Sentence, b *mention, and int) (*mention, []string, int) {
	var c *mention
	for _, ms := range d.sents {
		if !slices.Contains(ms, b) {
			continue
		}
		for _, m := range ms {
			if m.end == and && named(m) && m.ent != nil && !m.adj && !m.possessive && (m.ent.typ == schema.Organization || m.ent.typ == schema.GPE) {
				c = m
			}
		}
	}
	if c == nil {
		return nil, nil, 0
	}
	k := c.start - 1
	if k >= 0 && isWordFold(s.Tokens[k].Text, "the") {
		k--
	}
	if k < 1 {
		return nil, nil, 0
	}
	switch s.Tokens[k].Lower() {
	case "of", "for", "at":
	default:
		return nil, nil, 0
	}
	var words []string
	for k--; k >= 0; k-- {
		t := s.Tokens[k]
		w := t.Lower()
		if article(w) {
			break
		}
		if isCap(t.Text) && k > 0 || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return nil, nil, 0
		}
		if formerWord(w) {
			continue
		}
		words = append([]string{w}, words...)
	}
	if k < 0 || len(words) == 0 || len(words) > 3 || appositionLemma(words) == "" {
		return nil, nil, 0
	}
	return c, words, k
}

// coordinatedRoleFirst: "The chief executive of Halvik and chairman of
// Norden Bank, Tom Wu, said": the first of two roles joined by "and"
// before a holder's name in commas ([roleOfThenPerson] reads the second)
// is the holder's too.
func (d *docState) coordinatedRoleFirst(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i := 0; i+2 < len(ms); i++ {
		c, y, b := ms[i], ms[i+1], ms[i+2]
		if c.end >= len(toks) || toks[c.end].Text != "and" || c.ent == nil || y.ent == nil || b.ent == nil {
			continue
		}
		if _, ok := roleOfThenPerson(d, s, y, b); !ok {
			continue
		}
		if cc, words, start := d.roleConjunctBefore(s, b, c.end); cc == c {
			d.derive(si, argOf(s, b), joinText(toks[start:c.end]), appositionLemma(words), b.ent, c.ent, "", roleConf)
		}
	}
}

// listedAfter returns the people listed after b in b's sentence, as
// [coordinated] reads them, or nil.
func (d *docState) listedAfter(b *mention) []*mention {
	for si, ms := range d.sents {
		if k := slices.Index(ms, b); k >= 0 {
			return coordinated(d.input[si], ms, k)
		}
	}
	return nil
}

// headOfStaff reports whether words[i], a staff noun, heads the staff
// with the word before it: "chief executive", "general manager"; not
// after a deputy's word.
func headOfStaff(words []string, i int) bool {
	if i > 1 && deputyWords[words[i-2]] {
		return false // "assistant general manager", "deputy chief executive"
	}
	return i > 0 && (words[i] == "executive" && words[i-1] == "chief" || words[i] == "manager" && words[i-1] == "general")
}

// appositionLemma returns the relation that the role nouns of an
// apposition before "at/for/of ORG" give their holder: lead only when
// every role noun leads and none heads a part of the organisation
// ("director of exhibits at X" works for X), work_for when some role noun
// is staff's, member_of otherwise; "" when words name no role. A head's
// noun joined by "and" to another role leads: "the chair and spokesperson
// for the Greens".
func appositionLemma(words []string) string {
	lead, work, member := false, false, false
	words = presentRoles(words)
	if n := boardChairWords(words); n > 0 {
		words = words[:n] // "chairman of the board of directors of": the body's head
	}
	if i := slices.Index(words, "and"); i > 0 && i+1 < len(words) && !slices.Contains(words[:i], "of") && appositionLemma(words[:i]) == schema.Lead {
		return schema.Lead // "the chair and spokesperson for the Greens": the head, who speaks for it too
	}
	for i, w := range words {
		switch {
		case w == "head" && i+1 < len(words) && words[i+1] != "of":
			// "the head chef of", "head coach of": the first of a
			// trade's people in the body, who works for it; "head" is
			// its adjective, not the body's head.
			work = true
		case w == "chair" && i+1 < len(words) && words[i+1] == "in":
			// "Chair in Global Politics at": a professorship in a field,
			// held by a scholar who works for the school.
			work = true
		case (leadNouns[w] || headOfGovernment(words, i) || headOfStaff(words, i)) && (i+1 == len(words) || words[i+1] != "of") &&
			(i == 0 || !deputyWords[words[i-1]] && !departmentWords[words[i-1]] && !partNouns[words[i-1]]) && (i < 2 || !deputyWords[words[i-2]] || !headOfGovernment(words, i)):
			// not "deputy prime minister", nor "communications director",
			// nor "the department head at X", "the division chief at X":
			// the head of a part of the body, who works for it
			lead = true
		case w == "officer" && i > 1 && words[i-1] == "executive" && words[i-2] == "chief":
			// "chief executive officer": the head, as "chief executive"
		case leadNouns[w], workNouns[w], scholarNoun(w):
			work = true
		case memberNouns[w]:
			member = true
		}
	}
	switch {
	case work:
		return schema.WorkFor
	case lead && !member:
		return schema.Lead
	case member:
		return schema.MemberOf
	}
	return ""
}

// boardChairs head a body's board, and through it the body: "chairman of
// the board of Halvik Bank" leads the bank.
var boardChairs = map[string]bool{"chairman": true, "chairwoman": true, "chairperson": true, "chair": true, "president": true}

// boardGroups are the members a board is "of": "the board of directors".
var boardGroups = map[string]bool{"directors": true, "trustees": true, "governors": true, "regents": true}

// boardChairWords returns the number of words of words, lower-case role
// words before an organisation's name, up to a chair's noun of
// [boardChairs] that "of the board" (and "of directors") follows to their
// end: "the chairman of the board", "president of the board of trustees".
// It returns 0 for any other words.
func boardChairWords(words []string) int {
	n := len(words)
	if n >= 2 && words[n-2] == "of" && boardGroups[words[n-1]] {
		n -= 2
	}
	if n < 3 || words[n-1] != "board" {
		return 0
	}
	n--
	if words[n-1] == "the" {
		n--
	}
	if n < 2 || words[n-1] != "of" || !boardChairs[words[n-2]] {
		return 0
	}
	return n - 1
}

// boardChairAt returns the index of the chair's noun before "of the board
// (of directors)" when toks[k] is the "of" after that phrase ("Chairman
// of the board of Halvik Bank Tom Wu"), or -1.
func boardChairAt(toks []nlp.Token, k int) int {
	if k < 4 || toks[k].Lower() != "of" || toks[k-1].Lower() != "board" && !boardGroups[toks[k-1].Lower()] {
		return -1 // most titles: no board before "of", no words listed
	}
	words := make([]string, 0, 6)
	for j := max(k-6, 0); j < k; j++ {
		words = append(words, toks[j].Lower())
	}
	n := boardChairWords(words)
	if n == 0 {
		return -1
	}
	return k - len(words) + n - 1
}

// portfolioFor reports whether the apposition's words w, which end in
// "for" before a state, are a minister's or a secretary's title with its
// portfolio after "of" ("the secretary of justice for", "the minister of
// foreign affairs for"): the office is the state's, as with "of" the
// state. Not "the secretary of state for" (a state's minister for a
// region or a subject), nor "the envoy for" or "the spokesman for" (a
// body's staff for a state).
func portfolioFor(w []string) bool {
	n := len(w)
	i := n - 2
	for i > 0 && w[i] != "" && portfolioWords[strings.ToUpper(w[i][:1])+w[i][1:]] {
		i--
	}
	if i == n-2 || i < 1 || w[i] != "of" {
		return false
	}
	return strings.HasSuffix(w[i-1], "minister") || strings.HasSuffix(w[i-1], "secretary")
}

// localHeads head a region or a town: "the Governor of Ohio", "the mayor
// of Oslo", "the premier of Ontario".
var localHeads = map[string]bool{"governor": true, "mayor": true, "premier": true}

// townHeads head a town or a region, never the state whose adjective they
// may follow ("a Nigerian governor"); a premier may head a state ("Chinese
// Premier Li Qiang").
var townHeads = map[string]bool{"governor": true, "mayor": true}

// deputyWords before a head's noun make its holder the head's deputy, who
// works for the body rather than leads it: "deputy leader", "vice
// chairman", "assistant director".
var deputyWords = map[string]bool{"deputy": true, "vice": true, "assistant": true, "associate": true}

// departmentWords before a head's noun make its holder the head of one
// of the body's departments, who works for the body rather than leads it:
// "communications director", "editorial director", "finance chief".
var departmentWords = map[string]bool{
	"communications": true, "communication": true, "editorial": true, "finance": true, "financial": true,
	"marketing": true, "policy": true, "legal": true, "political": true, "press": true, "research": true,
	"medical": true, "technical": true, "campaign": true, "sales": true, "operations": true, "regional": true,
	"digital": true, "security": true, "athletic": true,
}

// ageAfter returns 2 when an age in commas follows token k ("Daniel
// Montalvo, 19, a member of"), so that the apposition after it is read from
// its second comma, and 0 otherwise.
func ageAfter(s nlp.Sentence, k int) int {
	if k+2 < len(s.Tokens) && s.Tokens[k].Text == "," && s.Tokens[k+1].Tag == "CD" && s.Tokens[k+2].Text == "," {
		return 2
	}
	return 0
}

// pastAdverbs say that what follows them held before: "Tom Wu, formerly
// the Tax Agency's chief of staff,", "the seat previously held by".
var pastAdverbs = map[string]bool{"formerly": true, "previously": true, "once": true}

// apposedAdverbs may open an apposition before its article and say when
// the role it states is held: "Tom Wu, then the prime minister,", "Ann
// Lee, now the Halvik Bank chairman,", and the past ones ([pastAdverbs]).
var apposedAdverbs = map[string]bool{"then": true, "now": true, "currently": true, "formerly": true, "previously": true, "once": true}

// formerWords say that a role is no longer held.
var formerWords = map[string]bool{"former": true, "ex": true, "onetime": true, "retired": true, "erstwhile": true}

// formerWord reports whether the lower-case word w says that a role is no
// longer held: a word of [formerWords], or one with the prefix ex- ("an
// ex-member of", "ex-Labour").
func formerWord(w string) bool {
	return formerWords[w] || strings.HasPrefix(w, "ex-") && len(w) > 3
}

// formerIn reports whether a word of toks says that a role is no longer
// held ([formerWord]). After "and" and an article, only the words of the
// last description count.
func formerIn(toks []nlp.Token) bool {
	for k := len(toks) - 2; k > 0; k-- {
		if toks[k].Lower() == "and" && articles[toks[k+1].Lower()] {
			// "a former defence minister and a member of the party": a
			// second description, with its own article, is current
			// unless it says otherwise.
			toks = toks[k+1:]
			break
		}
	}
	return slices.ContainsFunc(toks, func(t nlp.Token) bool { return formerWord(t.Lower()) })
}

// presentRoles returns words with the prefix ex- taken off each ("an
// ex-member of" is a member's role noun that [pastRole] reads as past)
// and a deputy's word written with a hyphen split off its noun
// ("vice-president" is "vice president"), words itself when none has
// either.
func presentRoles(words []string) []string {
	if !slices.ContainsFunc(words, func(w string) bool { return timePrefix(w) != "" || hyphenDeputy(w) }) {
		return words
	}
	out := make([]string, 0, len(words)+1)
	for _, w := range words {
		if hyphenDeputy(w) {
			a, b, _ := strings.Cut(w, "-")
			out = append(out, a, b)
			continue
		}
		if p := timePrefix(w); p != "" {
			// "then-prime minister", "ex-vice-president": the role
			// noun after the prefix, its hyphens read as spaces.
			out = append(out, strings.Split(w[len(p)+1:], "-")...)
			continue
		}
		out = append(out, w)
	}
	return out
}

// timePrefix returns the prefix "ex" or "then" that w, a role noun in
// lower case, carries before a hyphen ("ex-member", "then-president"),
// or "".
func timePrefix(w string) string {
	for _, p := range []string{"ex", "then"} {
		// w starts with p+"-", tested without building it.
		if len(w) > len(p)+1 && w[len(p)] == '-' && strings.HasPrefix(w, p) {
			return p
		}
	}
	return ""
}

// hyphenDeputy reports whether w is a deputy's word and a noun joined by
// a hyphen ("vice-president", "deputy-director").
func hyphenDeputy(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && deputyWords[a] && b != ""
}

// pastRole returns the relation that a role held in the past gives, as the
// annotation guide reads roles wherever they are written: a former head or
// staff role keeps its relation ("former CEO Ann Lee" leads, "Tom Wu, a
// former spokesman for Globex," works for it), a former member has left
// the body ("a former member of the Green Party": leave) and a former ally
// is none. former says whether the role's words hold a word of [formerWords].
func pastRole(lemma string, former bool) string {
	switch {
	case !former:
		return lemma
	case lemma == schema.MemberOf:
		return "leave"
	case lemma == schema.AllyOf:
		return ""
	}
	return lemma
}

// personCommaOrgRole: "Tom Wu, the State Department spokesperson",
// "Kevin Allton, a USI instructor in English", "Ann Lee, Globex's chief
// executive": a person, a comma, the organisation (or its possessive) and
// a role noun after it.
func personCommaOrgRole(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.ent.typ != schema.Person || b.adj {
		return role{}, false
	}
	if b.ent.typ == schema.GPE && (b.possessive || d.r.country(b.ent)) {
		return personCommaStateRole(d, s, a, b)
	}
	if b.ent.typ != schema.Organization {
		return role{}, false
	}
	w := between(s, a, b)
	skip := 0
	if len(w) >= 2 && apposedAdverbs[w[1]] {
		// "Tom Wu, formerly the Tax Agency's chief of staff,": a role
		// held before is still stated; so is one held "then" or "now".
		w, skip = append([]string{w[0]}, w[2:]...), 1
	}
	if len(w) == 0 || w[0] != "," || len(w) > 5 || (len(w) >= 2 && w[1] != "the" && w[1] != "a" && w[1] != "an") {
		return role{}, false
	}
	// "Ann Lee, a second-year USI student", "a senior Reuters
	// correspondent": lower-case modifiers after the article; "a
	// former" one is read by [pastRole].
	for _, t := range s.Tokens[min(a.end+2+skip, b.start):b.start] {
		if isCap(t.Text) || !(strings.HasPrefix(t.Tag, "JJ") || t.Tag == "NN" || t.Tag == "CD") {
			return role{}, false
		}
	}
	var after []string
	k := b.end
	if b.possessive && (len(w) == 1 || skip > 0 || len(w) == 2 && w[1] == "the" && named(b)) && k < len(s.Tokens) && s.Tokens[k].Tag == "POS" {
		// "Ann Lee, Halvik Holdings' chief executive,", "formerly the
		// Tax Agency's chief of staff", "Tom Wu, the Harbor
		// Party's presumptive nominee for Governor of Ohio".
		k++
	}
	if k > b.end && k < len(s.Tokens) && year(s.Tokens[k].Text) {
		k++ // "Tom Wu, the Green Party's 2020 presidential nominee,": the year dates the role
	}
	for from := k; k < len(s.Tokens) && k < from+3; k++ {
		t := s.Tokens[k]
		if !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			break
		}
		after = append(after, t.Lower())
	}
	if k < len(s.Tokens) && s.Tokens[k].Tag == "POS" {
		return role{}, false // "Ann Lee, Globex's chief executive's wife": the role is another's
	}
	if d.titledNameAfter(a, b.end, k) {
		// "First Minister Ann Lee, Labour MP (Member of Parliament) Tom
		// Wu, and Bob Hale": the role is the title of the next name.
		return role{}, false
	}
	if n := len(after); n > 0 && founderNouns[after[n-1]] {
		return role{lemma: "found"}, true // "Bill Gates, Microsoft founder,"
	}
	r := roleLemma(after)
	if r == schema.Lead && k < len(s.Tokens) && s.Tokens[k].Lower() == "of" {
		// "Ann Lee, the UN's chief of emergency relief": the head of a
		// part of the body works for it, as in [appositionLemma].
		r = schema.WorkFor
	}
	if r == schema.Lead && k-1 > b.end && partBetween(s, b.end, k-1) {
		r = schema.WorkFor // "Ann Lee, Globex's sales director,", "a Green Party communications director"
	}
	if n := len(after); n > 0 {
		r = rankRole(r, after[n-1], b.ent) // "Ali Hassan, a Hamas commander,"
	}
	return role{lemma: r}, r != ""
}

// titledNameAfter reports whether a person's name that is not a's, or a
// name of another type right after a role noun, starts in the sentence of
// a between tokens from and to, or right after to past a bracket: the
// words after a body are then the title of that name ("Ann Lee, Labour MP
// Tom Wu", "Labour MP (Member of Parliament) Tom Wu").
func (d *docState) titledNameAfter(a *mention, from, to int) bool {
	for si, ms := range d.sents {
		if !slices.Contains(ms, a) {
			continue
		}
		toks := d.input[si].Tokens
		if to < len(toks) && toks[to].Text == "(" {
			if c := spelledTitleEnd(toks, to); c > 0 {
				to = c + 1
			}
		}
		return slices.ContainsFunc(ms, func(m *mention) bool {
			if m == a || m.role || m.ent == nil || m.ent == a.ent || !named(m) || m.start < from || m.start > to {
				return false
			}
			// "Harbor Party presidential nominee Rosa De La Vega":
			// a name right after a role noun is its holder, whatever
			// type the recogniser gave it.
			return m.ent.typ == schema.Person || m.ent.typ != schema.Organization && m.start > 0 && roleNoun(toks[m.start-1].Lower())
		})
	}
	return false
}

// personCommaStateRole: "Ann Lee, Poland's foreign minister,", "Ann Lee,
// Poland's ambassador to Germany,": a person, a comma, a state's
// possessive and lower-case words ending in a role noun give lead or
// work_for as for "Poland's foreign minister, Ann Lee," (orgPossessivePerson).
func personCommaStateRole(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if b.start != a.end+1 && (b.possessive || b.start != a.end+2 || s.Tokens[a.end+1].Lower() != "the") || s.Tokens[a.end].Text != "," {
		return role{}, false // "Ann Lee, the United States special envoy for Syria": a state's name before the role too
	}
	k := b.end
	if k < len(s.Tokens) && s.Tokens[k].Tag == "POS" {
		k++
	} else if !b.possessive && (b.start == a.end+1 || b.adj) {
		return role{}, false // "Ann Lee, Norway ambassador" is rare; "Tom Wu, Norway, and"
	}
	var w []string
	for ; k < len(s.Tokens) && len(w) < 3; k++ {
		t := s.Tokens[k]
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			break
		}
		w = append(w, t.Lower())
	}
	if len(w) == 0 {
		return role{}, false
	}
	if k < len(s.Tokens) {
		switch s.Tokens[k].Text {
		case ",", ".", "to":
		case "for", "in":
			if !envoyNoun(w[len(w)-1]) {
				return role{}, false // "special envoy for Syria", "ambassador in Kabul": the envoy's post
			}
		default:
			return role{}, false
		}
	}
	r := d.stateRoleLemma(w)
	return role{lemma: r}, r != ""
}

// stateRoleLemma returns the relation that the lower-case role words w
// after a state's possessive give their holder to the state: lead for a
// leading title ("prime minister"), after words that date it too ("new
// prime minister"); else lead or work_for by the last word, a role noun
// ([nationalityLemma]: "chief negotiator" heads nothing); else "".
func (d *docState) stateRoleLemma(w []string) string {
	w = presentRoles(w) // "Norway's then-prime minister"
	for i := range w {
		if t := d.r.g.titles[normKey(strings.Join(w[i:], " "))]; t != nil && t.lead {
			return schema.Lead
		}
		if !descWord(w[i]) && !timeWords[w[i]] {
			break
		}
	}
	if n := len(w); n > 1 && headOfGovernment(w, n-1) && (n < 3 || !deputyWords[w[n-3]]) {
		return schema.Lead // "Punjab's chief minister"; not "its deputy first minister"
	}
	if r := nationalityLemma(w[len(w)-1:]); r == schema.Lead || r == schema.WorkFor {
		if r == schema.Lead && len(w) > 1 && deputyWords[w[len(w)-2]] {
			return schema.WorkFor // "Norway's vice president": the head's deputy
		}
		if r == schema.Lead && len(w) > 1 && bodyBeforeTitle[w[len(w)-2]] {
			return schema.WorkFor // "Norway's police chief", "Sweden's central bank governor": heads a body of the state
		}
		return r
	}
	return ""
}

// bodyBeforeTitle name a state's bodies before their head's title ("police
// chief", "central bank governor", "army chief"): the holder heads the
// body and works for the state, not leads it.
var bodyBeforeTitle = map[string]bool{
	"police": true, "bank": true, "army": true, "navy": true, "military": true, "intelligence": true, "spy": true,
	"security": true, "customs": true, "prison": true, "prisons": true, "election": true, "electoral": true,
	"tax": true, "health": true, "space": true, "nuclear": true, "atomic": true, "railway": true, "railways": true,
	"football": true, "olympic": true, "statistics": true, "weather": true, "agency": true, "fire": true,
}

// actorFromPlace: "Omar Haddad, a 15-year-old boy from Bergen", "Mia
// Berg, 36, from Oslo", "Immortals, from Brazil": an actor, an apposition
// of lower-case words ending in from, and a place give from; an envoy,
// diplomat or official from a state or its capital works for it.
func actorFromPlace(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || (a.ent.typ != schema.Person && a.ent.typ != schema.Organization) || !isPlace(b.ent) || b.adj {
		return role{}, false
	}
	age := ageAfter(s, a.end)
	toks := s.Tokens[a.end+age : b.start]
	if len(toks) < 2 || len(toks) > 8 || !strings.EqualFold(toks[len(toks)-1].Text, "from") {
		return role{}, false
	}
	if age > 0 && len(toks) > 3 && copulas[toks[1].Lower()] {
		toks = toks[1:] // "Tom Wu, 30, is a nurse from Bergen"
	}
	if toks[0].Text != "," && !copulaFrom(s.Tokens, a, toks) {
		return role{}, false
	}
	for _, t := range toks[1 : len(toks)-1] {
		if isCap(t.Text) || strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBN" || t.Text == "," {
			return role{}, false
		}
	}
	if openerSubject(s.Tokens, a, b) {
		return role{}, false
	}
	if a.ent.typ == schema.Person && toks[1].Tag == "NNS" && toks[len(toks)-2].Tag == "NNS" {
		// "met Ann Lee, students from Oslo, and Tom Wu": a bare plural
		// after one person is the next member of a list, no apposition
		// ("Tom Wu and Ann Lee, both students from Oslo," is a pair's).
		return role{}, false
	}
	if head := toks[len(toks)-2].Lower(); a.ent.typ == schema.Person && (d.r.country(b.ent) || b.ent.gaz != nil && b.ent.gaz.capitalOf != "") &&
		(stateStaffNouns[head] || envoyNoun(head)) {
		// "Ivan Petrov, an envoy from Russia", "the envoy from
		// Beijing": sent by the state, or by the government its capital
		// stands for.
		return role{lemma: schema.WorkFor}, true
	}
	return role{lemma: schema.From}, true
}

// copulaFrom reports whether toks, the words from the person a's name to
// "from", are a copula and a description of the person as an apposition
// gives it ([actorFromPlace]): an indefinite noun phrase ("Tom Wu is a
// nurse from Bergen", "was a 20-year-old student from") or an age and
// "and" ("is about 20 years old and from Bergen"). The name must open its
// clause ("The man who hit Tom Wu is a nurse from Bergen" describes the
// man), and a distance says where the person is, not where from ("is a
// long way from Oslo", "was an hour from").
func copulaFrom(all []nlp.Token, a *mention, toks []nlp.Token) bool {
	if len(toks) < 3 || a.ent.typ != schema.Person || toks[0].Lower() != "is" && toks[0].Lower() != "was" {
		return false
	}
	if k := a.start - 1; k >= 0 && all[k].Text != "," && all[k].Lower() != "that" && all[k].Lower() != "but" {
		return false
	}
	mid := toks[1 : len(toks)-1]
	aged := mid[len(mid)-1].Lower() == "and" && !indefinite(mid[0].Text)
	if aged {
		mid = mid[:len(mid)-1] // "30", "about 20 years old"
	} else if !indefinite(mid[0].Text) {
		return false
	}
	for i, t := range mid {
		w := t.Lower()
		switch {
		case isCap(t.Text) || distanceNouns[w] || distanceUnits[w]:
			return false
		case aged && (t.Tag == "CD" || w == "about" || w == "years" || w == "year" || w == "old" || w == "aged"):
		case !aged && (i == 0 || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "CD" || t.Tag == "HYPH" || t.Tag == "VBN" || t.Tag == "RB"):
		default:
			return false
		}
	}
	return true
}

// distanceNouns measure a way or a time between places: "is a long way
// from Oslo", "an hour from Bergen", "a short walk from".
var distanceNouns = map[string]bool{
	"way": true, "distance": true, "walk": true, "drive": true, "ride": true, "flight": true, "hour": true,
	"minute": true, "mile": true, "kilometre": true, "kilometer": true, "step": true, "world": true,
	"away": true, "far": true, "short": true, "day": true, "block": true,
}

// openerSubject reports whether the name a closes a phrase that opens the
// sentence and the words after its comma, through the from-phrase's place
// b, are the subject of the next finite verb: "According to The Lancet,
// doctors from Norway said", "In findings published in Nature,
// scientists from China's Tsinghua University reported". The doctors are
// no apposition of the journal, which is from nowhere.
func openerSubject(toks []nlp.Token, a, b *mention) bool {
	if a.start == 0 || toks[0].Tag != "IN" && toks[0].Tag != "RB" && toks[0].Tag != "TO" && toks[0].Lower() != "according" {
		return false
	}
	for k := 0; k < a.start; k++ {
		if toks[k].Text == "," {
			return false
		}
	}
	for k := b.end; k < len(toks) && k < b.end+15; k++ {
		t := toks[k]
		switch {
		case finiteAt(toks, k):
			return true
		case t.Text == "," || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "TO":
			return false
		}
	}
	return false
}

// homePlace: "her home state of Texas", "Tom Wu's hometown of Narvik", "his
// native Norway", "his birthplace, Narvik": a person's possessive, a word
// for one's home and the place say where the person is from; so does
// "Utah is Tom Wu's home state".
func homePlace(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if named(a) && isPlace(a.ent) && !a.adj && b.ent.typ == schema.Person && named(b) && b.possessive {
		// "Utah is Tom Wu's home state": the place is the person's home.
		w := lowerWords(s.Tokens[b.end:min(b.end+3, len(s.Tokens))])
		if len(w) > 0 && w[0] == "'s" {
			w = w[1:]
		}
		switch strings.Join(between(s, a, b), " ") {
		case "is", "was", "is also", "was also":
			if len(w) > 0 && (w[0] == "hometown" || w[0] == "birthplace") ||
				len(w) > 1 && (w[0] == "home" || w[0] == "native") && homeKinds[w[1]] {
				return role{lemma: schema.From, reverse: true}, true
			}
		}
		return role{}, false
	}
	if a.ent.typ != schema.Person || !a.possessive || !isPlace(b.ent) || b.adj {
		return role{}, false
	}
	w := between(s, a, b)
	if len(w) > 0 && w[0] == "'s" {
		w = w[1:]
	}
	switch strings.Join(w, " ") {
	case "home state of", "home town of", "hometown of", "home city of", "home country of", "home province of",
		"home region of", "native", "home village of", "native state of", "native city of", "hometown ,", "home town ,":
		return role{lemma: schema.From}, true
	case "birthplace of", "birthplace ,", "native town of", "native village of":
		return role{lemma: "born_in"}, true
	}
	return role{}, false
}

// homeKinds follow "home" or "native" in a word for one's home place.
var homeKinds = map[string]bool{"state": true, "town": true, "city": true, "country": true, "province": true, "region": true, "village": true}

// placeTies map a noun of a person's tie to a place to its relation.
var placeTies = map[string]string{
	"resident": "live_in", "native": schema.From, "citizen": "citizen_of", "national": "citizen_of",
}

// personTiedToPlace: "Halston, a former resident of Evansville", "Ann Lee,
// 42, a native of Oslo", "Tom Wu, a citizen of Norway": a person,
// an apposition of lower-case words ending in a tie noun and of, and a
// place give the tie's relation.
func personTiedToPlace(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.ent.typ != schema.Person || !isPlace(b.ent) || b.adj {
		return role{}, false
	}
	toks := s.Tokens[a.end+ageAfter(s, a.end) : b.start]
	if k := len(toks) - 1; k > 0 && strings.EqualFold(toks[k].Text, "the") {
		toks = toks[:k] // "a native of the Netherlands"
	}
	n := len(toks)
	// "Ann Lee was a native of Oslo": a copula in the apposition's place,
	// the person its subject
	copula := n > 0 && (toks[0].Lower() == "is" || toks[0].Lower() == "was")
	if n < 3 || n > 7 || toks[0].Text != "," && !copula || !strings.EqualFold(toks[n-1].Text, "of") || toks[n-2].Tag != "NN" {
		return role{}, false
	}
	lemma := placeTies[toks[n-2].Lower()]
	for _, t := range toks[1 : n-2] {
		if isCap(t.Text) || t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "RB" && t.Tag != "VBN" {
			return role{}, false
		}
	}
	return role{lemma: lemma}, lemma != ""
}

// tiedAs: "Tom Wu lived in Oslo as a legal resident of Norway", "voted
// as a citizen of Sweden": an as-phrase of lower-case words ending in a
// tie noun of [placeTies] and of, then a place, ties the subject to the
// place as the apposition does ([personTiedToPlace]).
func (d *docState) tiedAs(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	for _, a := range x.Extra {
		first, last := argTokens(s, a)
		if first < 0 || last-first < 4 || s.Tokens[first].Lower() != "as" {
			continue
		}
		toks := s.Tokens[first+1 : last]
		if t := toks[0].Lower(); t != "a" && t != "an" {
			continue
		}
		k := 1
		for k < len(toks) && k < 4 && !isCap(toks[k].Text) && (toks[k].Tag == "JJ" || toks[k].Tag == "RB" || toks[k].Tag == "VBN") {
			k++ // "a legal", "a long-time", "a naturalised"
		}
		if k+2 >= len(toks) || toks[k].Tag != "NN" || toks[k+1].Lower() != "of" {
			continue
		}
		lemma := placeTies[toks[k].Lower()]
		if lemma == "" {
			continue
		}
		p := schema.Argument{Text: s.Text[toks[k+2].Start:toks[len(toks)-1].End], Start: toks[k+2].Start, End: toks[len(toks)-1].End}
		if place, _, _ := d.argument(si, s, p); place != nil && place != subj && isPlace(place) {
			d.derive(si, x.Subject, joinText(toks[k:k+2]), lemma, subj, place, "", x.Confidence*placeArgConf)
		}
	}
}

// headquartersIn: "Google headquarters in California", "Google's
// headquarters located in Mountain View", "the U.N. headquarters in New
// York": an organisation's headquarters or offices in a place.
func headquartersIn(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.ent.typ != schema.Organization || !isPlace(b.ent) || b.adj {
		return role{}, false
	}
	w := between(s, a, b)
	if len(w) > 0 && (w[0] == "'s" || w[0] == "'") {
		w = w[1:]
	}
	if len(w) == 0 && b.end < len(s.Tokens) && (s.Tokens[b.end].Lower() == "headquarters" || s.Tokens[b.end].Lower() == "head office") &&
		a.end < b.start && s.Tokens[a.end].Tag == "POS" {
		// "Halvik Holdings' Oslo headquarters", "Halvik's Bergen
		// headquarters": the seat named by its town.
		return role{lemma: schema.LocateIn}, true
	}
	if len(w) < 2 || (w[0] != "headquarters" && w[0] != "headquarter" && w[0] != "offices" && w[0] != "office") {
		return role{}, false
	}
	switch rest := strings.Join(w[1:], " "); rest {
	case "in", "located in", "based in", "in the city of":
		return role{lemma: schema.LocateIn}, true
	}
	return role{}, false
}

// institutionHeads end the names of organisations that sit in one place:
// a place after "in" or "at" locates them rather than an act.
var institutionHeads = map[string]bool{
	"center": true, "centre": true, "museum": true, "college": true, "university": true, "school": true,
	"gallery": true, "galleries": true, "institute": true, "hospital": true, "library": true,
	"academy": true, "laboratory": true, "observatory": true, "lab": true, "archive": true, "archives": true,
	"zoo": true, "aquarium": true,
	// a firm's or a state's facility, which is no actor where it lies
	// ([facilityHeads]) but a body one works for: "a worker at the Halvik
	// Farm", "an official of the US Embassy"
	"farm": true, "factory": true, "plant": true, "embassy": true, "consulate": true,
	// a court's seat: "the International Tribunal in The Hague"
	"court": true, "tribunal": true,
}

// institutionName reports whether name is an institution's: "Norden
// College", "the University of Oslo", "Lund Museum of Modern Art", "Halvik
// Farm".
func institutionName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if institutionHeads[f[len(f)-1]] {
		return true
	}
	for i := 0; i+2 < len(f); i++ {
		if f[i+1] == "of" && institutionHeads[f[i]] {
			return true
		}
	}
	return false
}

// academicUnits head the names of a university's units: "Faculty of
// Arts", "School of Medicine", "Department of Physics", "Institute of
// Marine Biology", "Centre for Ocean Studies".
var academicUnits = map[string]bool{
	"faculty": true, "school": true, "department": true, "college": true,
	"institute": true, "centre": true, "center": true, "laboratory": true,
}

// academicUnit reports whether name is a unit's of [academicUnits], "of" or
// "for" its field ("Faculty of Arts and Education", "Centre for Ocean
// Studies"), perhaps after "the" or a donor's name ("the Lund School of
// Marine Science").
func academicUnit(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	for i := 0; i+2 < len(f) && i < 3; i++ {
		if academicUnits[f[i]] {
			return f[i+1] == "of" || f[i+1] == "for"
		}
	}
	return false
}

// university reports whether name is a university's ("Deakin University",
// "the University of Oslo").
func university(name string) bool {
	return slices.Contains(strings.Fields(strings.ToLower(name)), "university")
}

// institutionIn: "the Halvik Space Center (HSC) in Kelby Bay",
// "the Lund Art Museum at Halden College", "Norden College in Bergen",
// "the University of Oslo, Norway,": an institution, at most its acronym in
// brackets, then in or at a place, or at another organisation, or a comma
// and a place that ends the phrase, is located there.
func institutionIn(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.Organization || b.adj || b.possessive {
		return role{}, false
	}
	if !institutionName(a.ent.name) && !academicUnit(a.ent.name) || facilityNamed(a.ent) {
		return role{}, false // "Holy Cross Hospital in Bergen": a facility's place is no fact ([facilityHeads])
	}
	w := between(s, a, b)
	if len(w) > 3 && w[0] == "(" && w[2] == ")" && isAcronym(s.Tokens[a.end+1].Text) {
		w = w[2:] // the acronym is no mention of its own
	}
	if len(w) > 0 && w[0] == ")" {
		w = w[1:]
	}
	if len(w) == 2 && w[1] == "the" {
		w = w[:1]
	}
	switch {
	case len(w) != 1:
		return role{}, false
	case b.ent.typ == schema.Organization && named(b) && w[0] == "at" && academicUnit(a.ent.name) && university(b.ent.name):
		// "the Faculty of Arts at Deakin University", "the Department
		// of Physics at the University of Oslo": a unit of the
		// university, no body housed there.
		return role{lemma: schema.PartOf}, true
	case isPlace(b.ent) && (w[0] == "in" || w[0] == "at"),
		b.ent.typ == schema.Organization && named(b) && w[0] == "at":
		return role{lemma: schema.LocateIn}, true
	case isPlace(b.ent) && w[0] == "," && named(a) && b.start == a.end+1 &&
		(b.end == len(s.Tokens) || s.Tokens[b.end].Tag == "," || s.Tokens[b.end].Tag == "." || dateCloses(s, b.end)):
		// "the University of Arkansas, Fayetteville,": the place in
		// apposition; "appeared in Bergen District Court, Norway
		// yesterday": a date may close it.
		return role{lemma: schema.LocateIn}, true
	}
	return role{}, false
}

// dateCloses reports whether the words of s from token k to the next
// punctuation are a date ("yesterday", "on Monday", "last week").
func dateCloses(s nlp.Sentence, k int) bool {
	end := k
	for end < len(s.Tokens) && end < k+4 && s.Tokens[end].Tag != "," && s.Tokens[end].Tag != "." {
		end++
	}
	return end > k && (end == len(s.Tokens) || s.Tokens[end].Tag == "," || s.Tokens[end].Tag == ".") && dateLike(joinText(s.Tokens[k:end]))
}

// stateServiceAfter reports whether a possessive's "'s" at token k of
// toks, then one or two lower-case words ending in a noun for a public
// body ([stateServiceHeads]), close a phrase: "Norway's disaster agency,",
// "Norway's national weather service said"; not "Norway's largest
// agency" nor "Norway's Halvik Agency".
func stateServiceAfter(toks []nlp.Token, k int) bool {
	if k >= len(toks) || toks[k].Tag != "POS" {
		return false
	}
	k++
	for j := k; j < len(toks) && j < k+3; j++ {
		t := toks[j]
		if isCap(t.Text) || superlative(t) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return false
		}
		if stateServiceHeads[t.Lower()] && strings.HasPrefix(t.Tag, "NN") {
			return j+1 == len(toks) || !strings.HasPrefix(toks[j+1].Tag, "NN")
		}
	}
	return false
}

// stateServiceHeads head the descriptions of a state's public bodies
// after its possessive ("Norway's disaster agency", "Norway's fire
// service").
var stateServiceHeads = map[string]bool{
	"agency": true, "service": true, "ministry": true, "department": true, "authority": true, "administration": true,
	"bureau": true, "directorate": true, "commission": true, "inspectorate": true, "regulator": true,
}

// bodyNouns head descriptions of organisations that are located where
// they are based ("a catholic school in Milan", "a company based in Oslo"),
// and that stand before a body's name ("the anti-spam organization
// SpamHaus").
var bodyNouns = map[string]bool{
	"company": true, "firm": true, "charity": true, "bank": true, "newspaper": true, "organisation": true,
	"organization": true, "group": true, "club": true, "team": true, "church": true, "startup": true,
	"manufacturer": true, "broadcaster": true, "publisher": true, "nonprofit": true, "non-profit": true, "retailer": true,
	"agency": true, "association": true, "foundation": true, "institute": true, "movement": true, "union": true,
}

// paperNouns head descriptions of papers, which are published or printed
// where they are based ("Velby Daily, a daily printed in Bergen").
var paperNouns = map[string]bool{
	"newspaper": true, "paper": true, "daily": true, "weekly": true, "tabloid": true, "broadsheet": true,
	"magazine": true, "journal": true,
}

// describedIn: "Instituto Gonzaga, a catholic school in Milan", "Halden
// Steel, a company based in Oslo", "Halden Steel, a company of Oslo,",
// "Halden Steel is a firm in Oslo", "the
// Green Movement is a movement of farm workers in Norway": a name, a comma
// or is/was, an indefinite description headed by an organisation's noun
// (its members may follow with of), then in (or based, located or
// headquartered in) a place.
func describedIn(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || isPlace(a.ent) || !isPlace(b.ent) || b.adj || b.possessive {
		return role{}, false
	}
	toks := s.Tokens[a.end:b.start]
	if len(toks) < 4 || len(toks) > 11 || toks[0].Text != "," && toks[0].Text != "is" && toks[0].Text != "was" {
		return role{}, false
	}
	w := lowerWords(toks)
	k := 2 // the description's first word after its article
	switch {
	case w[1] == "a" || w[1] == "an":
	case w[1] == "the" && superlative(toks[2]):
		// "Halvik, the largest bank in Norway,": the only such body
		// there.
	case len(w) > 6 && w[1] == "one" && w[2] == "of" && w[3] == "the" && superlative(toks[4]):
		k = 4 // "Halvik, one of the largest banks in Norway,"
	default:
		return role{}, false
	}
	n := len(w) - 1 // the "in"
	if w[n] == "the" && w[n-1] == "in" {
		n-- // "a bank in the Philippines": the place's name without its article
	}
	if w[n] != "in" && (w[n] != "of" || !bodyNouns[w[n-1]] || !closedAfter(s, b.end)) {
		// "Halvik Agro, a company of Bergen,": of and the place that
		// closes the apposition say where the body is, too.
		return role{}, false
	}
	printed := w[n-1] == "published" || w[n-1] == "printed"
	if w[n-1] == "based" || w[n-1] == "located" || w[n-1] == "headquartered" || printed {
		n--
	}
	if n <= k {
		return role{}, false
	}
	if of := slices.Index(w[k:n], "of"); of > 0 && bodyNouns[w[k+of-1]] {
		// "a movement of farm workers in Brazil": the body's members
		// after its noun.
		for _, t := range toks[k+of+1 : n] {
			if !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") {
				return role{}, false
			}
		}
		n = k + of
	}
	head := w[n-1]
	if k == 4 {
		head = strings.TrimSuffix(head, "s") // "one of the largest banks"
	}
	if printed && !paperNouns[head] {
		return role{}, false // "Velby Daily, a paper printed in Oslo": only a paper is printed where it is based
	}
	if a.ent.typ == schema.Person {
		if k != 2 || !tradeNouns[head] && !occupationNouns[head] && head != "politician" {
			// "Ann Lee, a lawyer in Oslo", "Tom Wu, a politician in
			// Norway": where the person plies a trade; not "a minister
			// in Norway", the state's staff.
			return role{}, false
		}
	} else if !bodyNouns[head] && !institutionHeads[head] && !pressBodyNouns[head] {
		return role{}, false
	}
	for i, t := range toks[k : n-1] {
		if t.Lower() == "and" && i > 0 && i < n-2-k || t.Tag == "VBG" && i == n-2-k {
			continue // "the largest television and radio broadcasting company"
		}
		if !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "VBN" && t.Tag != "HYPH" && t.Tag != "RBS" {
			return role{}, false
		}
	}
	return role{lemma: schema.LocateIn}, true
}

// stateSuperlative: "Halvik Holdings, Norway's largest bank,", "Halvik is
// Norway's second-biggest lender", "Norway's largest television network,
// Halvik TV,": a state's possessive, a superlative and a body's noun
// describe a body of the state's market, which is in the state (no part of
// it: "North Korea's main news agency KCNA" is [statePossessiveBody]'s).
func stateSuperlative(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || !named(b) || a.adj || b.adj {
		return role{}, false
	}
	org, state, rev := a, b, false
	if a.ent.typ == schema.GPE {
		org, state, rev = b, a, true
	}
	if org.ent.typ != schema.Organization || state.ent.typ != schema.GPE || !state.possessive {
		return role{}, false
	}
	toks := s.Tokens
	var desc []nlp.Token
	if rev {
		// "Norway's largest bank, Halvik Holdings,", "Norway's largest
		// bank Halvik Holdings", "Norway's ruling party, the Green Party,"
		w := toks[a.end:b.start]
		closed := closedAfter(s, b.end) || acronymAfter(s, b.end) // "the Green Party (GP),"
		n := len(w)
		for j := n - 1; j >= n-2 && j > 0 && w[j].Tag == "JJ" && !isCap(w[j].Text); j-- {
			if w[j-1].Lower() == "the" {
				n = j // "Norway's main opposition party, the leftist Green Party,"
				break
			}
		}
		if n >= 4 && w[n-1].Lower() == "the" && w[n-2].Text == "," && closed {
			w = w[:n-2]
		} else if n := len(w); n >= 3 && w[n-1].Text == "," && closed {
			w = w[:n-1]
		}
		if len(w) < 3 || w[0].Tag != "POS" {
			return role{}, false
		}
		desc = w[1:]
	} else {
		// "Halvik Holdings, Norway's largest bank," / "is Norway's largest bank"
		switch w := between(s, a, b); {
		case len(w) == 1 && (w[0] == "," || w[0] == "is" || w[0] == "was"):
		default:
			return role{}, false
		}
		end := b.end + 1
		for end < len(toks) && end < b.end+6 && !isCap(toks[end].Text) &&
			(strings.HasPrefix(toks[end].Tag, "NN") || strings.HasPrefix(toks[end].Tag, "JJ") || toks[end].Tag == "RBS" || toks[end].Tag == "HYPH" ||
				toks[end].Tag == "VBG" && end == b.end+1) { // "ruling"
			end++
		}
		if end < len(toks) && toks[end].Text != "," && toks[end].Text != "." {
			return role{}, false
		}
		desc = toks[b.end+1 : end]
	}
	if partyDescription(desc) {
		// "the Green Party, Norway's ruling party,", "Queensland's
		// dominant conservative party, the Green Party,": a party of a
		// state or of a region is in it, ranked or not.
		return role{lemma: schema.LocateIn, reverse: rev}, true
	}
	if !d.r.country(state.ent) {
		return role{}, false
	}
	if len(desc) > 2 && desc[0].Lower() == "other" && (superlative(desc[1]) || desc[1].Lower() == "major") {
		// "Norway's other major bank, Halvik Bank,", "the US' other
		// largest league": a second body of the same rank.
		desc = desc[1:]
	}
	if len(desc) < 2 || len(desc) > 5 || !superlative(desc[0]) && desc[0].Lower() != "major" && !strings.HasSuffix(desc[0].Lower(), "-largest") && !strings.HasSuffix(desc[0].Lower(), "-biggest") {
		return role{}, false
	}
	if lemma := bodyDescription(desc[1:]); lemma != schema.LocateIn {
		return role{}, false // a state's own body: "Norway's main news agency"
	}
	return role{lemma: schema.LocateIn, reverse: rev}, true
}

// partyDescription reports whether desc, the words after a place's
// possessive, is a political party's noun after at most three lower-case
// modifiers: "ruling party", "dominant conservative party", "largest
// opposition party".
func partyDescription(desc []nlp.Token) bool {
	n := len(desc)
	if n < 2 || n > 4 || desc[n-1].Lower() != "party" || !strings.HasPrefix(desc[n-1].Tag, "NN") {
		return false
	}
	for _, t := range desc[:n-1] {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "VBG" && t.Tag != "VBN" && t.Tag != "RBS" && t.Tag != "HYPH" {
			return false
		}
	}
	return true
}

// superlativePlaceNouns end a description that ranks a place among the
// places of a larger one: "Africa's biggest economy", "Nigeria's largest
// city".
var superlativePlaceNouns = map[string]bool{
	"economy": true, "country": true, "nation": true, "state": true, "city": true, "town": true, "port": true,
	"region": true, "province": true, "island": true, "democracy": true, "metropolis": true,
}

// placeSuperlative: "Nigeria is Africa's biggest economy", "Lagos,
// Nigeria's largest city,", "Germany, Europe's most populous country": a
// place, a comma or "is", another place's possessive, a superlative and a
// noun for a place ([superlativePlaceNouns], lower-case words between)
// place the first in the second.
func placeSuperlative(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || !named(b) || a.adj || b.adj || a.possessive || !b.possessive || !isPlace(a.ent) || !isPlace(b.ent) {
		return role{}, false
	}
	if w := between(s, a, b); len(w) != 1 || w[0] != "," && w[0] != "is" && w[0] != "was" {
		return role{}, false
	}
	toks := s.Tokens
	k := b.end + 1 // after the possessive
	if k < len(toks) && toks[k].Lower() == "most" {
		k++ // "most populous"
	} else if k >= len(toks) || !superlative(toks[k]) && !strings.HasSuffix(toks[k].Lower(), "-largest") && !strings.HasSuffix(toks[k].Lower(), "-biggest") {
		return role{}, false
	}
	for end := k + 1; end < len(toks) && end <= k+3; end++ {
		t := toks[end]
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "HYPH" {
			return role{}, false
		}
		if superlativePlaceNouns[t.Lower()] && (end+1 == len(toks) || !strings.HasPrefix(toks[end+1].Tag, "NN")) {
			return role{lemma: schema.LocateIn}, true
		}
	}
	return role{}, false
}

// superlative reports whether t ranks a body or a place among others of
// its kind: "largest", "biggest", "most" (tagged JJS or RBS), a bearing's
// "southernmost" or "south-most", "leading", "top", "main", "principal",
// or an ordinal ("second").
func superlative(t nlp.Token) bool {
	switch t.Lower() {
	case "leading", "top", "main", "principal", "first", "second", "third", "largest", "biggest", "oldest":
		return true
	}
	return t.Tag == "JJS" || t.Tag == "RBS" || strings.HasSuffix(t.Lower(), "most")
}

// governmentHeads end the names of bodies that are part of a state rather
// than located in it.
var governmentHeads = map[string]bool{
	"ministry": true, "department": true, "office": true, "agency": true, "army": true, "navy": true,
	"police": true, "government": true, "parliament": true, "senate": true, "congress": true, "court": true,
	"service": true, "forces": true, "council": true, "commission": true, "cabinet": true, "bureau": true,
	"assembly": true, "tribunal": true, "legislature": true,
}

// orgOfPlace: "the University of Sheffield of the UK", "Colorado State
// University of the US": an organisation of the place is in it, or part of
// it when it is a body of the state.
func orgOfPlace(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.ent.typ != schema.Organization || !isPlace(b.ent) || b.adj || b.possessive {
		return role{}, false
	}
	// "of the UK"; "Doctor Who Society of Canada" is one name, but "the
	// Bombay Stock Exchange (BSE) of India" names the place after its
	// acronym.
	w := between(s, a, b)
	acronym := len(w) == 2 && w[0] == ")" && w[1] == "of" && a.start > 0 && s.Tokens[a.start-1].Text == "(" && isAcronym(a.surface) && a.ent.name != a.surface
	state := stateBody(a.ent.name)
	if (len(w) == 1 || len(w) == 2 && w[1] == "the") && w[0] == "of" && state && d.r.country(b.ent) {
		// "the Supreme Court of Ghana", "the National Assembly of Kenya",
		// "the Supreme Court of the United States": a state's body and
		// the state's own name. When the body's name is capitalised, the
		// state is part of its name, and a relation that an actor's own
		// name states is no fact of the sentence (analysts list none); a
		// description ("the regional council of Lombardy") still states
		// it.
		if isCap(s.Tokens[a.end-1].Text) {
			return role{}, false
		}
		return role{lemma: schema.PartOf}, true
	}
	if len(w) == 1 && w[0] == "of" && firm(a.ent) && d.r.country(b.ent) && (b.end == len(s.Tokens) || !strings.HasPrefix(s.Tokens[b.end].Tag, "NN")) {
		// "Germany bans Mahan Air of Iran", "Credit Suisse of
		// Switzerland": a firm, "of" and a state, each a name of its
		// own, is in the state. Other bodies before "of" and a state
		// often carry the state in their names ("the Islamic Republic
		// of Iran", "the Medical Journal of Australia"); a noun after
		// the state makes the pair a modifier ("Mahan Air of Iran
		// flights").
		return role{lemma: schema.LocateIn}, true
	}
	if !acronym && (len(w) != 2 || w[0] != "of" || w[1] != "the") {
		return role{}, false
	}
	if state {
		return role{lemma: schema.PartOf}, true
	}
	return role{lemma: schema.LocateIn}, true
}

// firm reports whether the organisation e is a company: its name ends
// in a company's head word ("Mahan Air", "Halvik Airways"), joins words
// with "&" inside ("Halvik Lease & Finance"), or the
// gazetteer describes it as a company or a bank.
func firm(e *docEntity) bool {
	f := strings.Fields(e.name)
	if len(f) > 1 && (companyHeads[f[len(f)-1]] || tradeNameHeads[f[len(f)-1]]) {
		return true
	}
	if len(f) > 2 && slices.Contains(f[1:len(f)-1], "&") {
		return true // "Halvik Lease & Finance", "Velmar & Sons": partners' or trades' names joined by "&"
	}
	return e.gaz != nil && (slices.Contains(e.gaz.desc, "company") || slices.Contains(e.gaz.desc, "bank"))
}

// orgRolePerson: "a Halvik Guild attorney, Ola Lind", "Facebook
// co-founder Mark Zuckerberg", "the State Department spokesperson Tom
// Wu": an organisation, role nouns, then the person (after at most a
// comma) gives the role's relation from the person to the organisation.
//
// A whose-clause names the role of the actor before it: "the Green Party,
// whose leader, Ann Lee,", "the party, whose leader is Ann Lee," and
// "Norway, whose prime minister Ann Lee" (a
// state's head or staff, as [orgPossessivePerson] reads them).
func orgRolePerson(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.Organization && a.ent.typ != schema.GPE && !stateForce(a.ent) || !named(b) || b.ent.typ != schema.Person || a.adj {
		return role{}, false
	}
	w := between(s, a, b)
	if len(w) > 0 && w[len(w)-1] == "," {
		w = w[:len(w)-1]
	}
	toks := s.Tokens[a.end:b.start]
	if len(w) > 1 && w[0] == ")" && a.start > 0 && s.Tokens[a.start-1].Text == "(" {
		// "the United Nations (UN) relief coordinator Jan Egeland": the
		// body's acronym in brackets, then the role. A dateline's
		// agency in brackets, after no name of its own ("Lima, May 2
		// (AP) President Ana Ruiz", "OSLO (Reuters) Minister Tom Wu"),
		// is the report's source, not the holder's body.
		if a.start < 2 || !slices.Contains(strings.Fields(a.ent.name), s.Tokens[a.start-2].Text) {
			return role{}, false
		}
		w, toks = w[1:], toks[1:]
	}
	whose := len(w) > 2 && (w[0] == "," || w[0] == "—" || w[0] == "–" || w[0] == "-" || w[0] == "--") && w[1] == "whose"
	if whose {
		w, toks = w[2:], toks[2:]
		if i := slices.IndexFunc(w, func(v string) bool { return v == "is" || v == "was" }); i > 0 && len(toks) == len(w) &&
			!slices.ContainsFunc(toks[i+1:], func(t nlp.Token) bool { return !isCap(t.Text) }) {
			// "whose director is Ann Lee", "— whose commander-in-chief is
			// President Tom Wu —": the holder's own title may stand
			// between the copula and the name.
			w, toks = w[:i], toks[:i]
		}
	} else if a.ent.typ != schema.Organization && !stateForce(a.ent) {
		return role{}, false
	}
	// "Halvik Motors chairman and chief executive Tom Wu": two roles
	// joined by "and" right before the name.
	// "Tesla co-founder and chief executive Elon Musk": a founder too
	// ([role.also] keeps both).
	joined := len(w) > 2 && len(w) <= 5 && slices.Index(w, "and") > 0 && slices.Index(w, "and") < len(w)-1 &&
		(roleNoun(w[slices.Index(w, "and")-1]) || founderNouns[w[slices.Index(w, "and")-1]])
	// "AU trade and industry commissioner Albert Muchanga": a portfolio
	// of two singular nouns joined by "and" before the role noun.
	and := slices.Index(w, "and")
	portfolio := !joined && !whose && len(w) >= 4 && len(w) <= 5 && and > 0 && and < len(w)-2 && roleNoun(w[len(w)-1]) &&
		!slices.ContainsFunc(toks, func(t nlp.Token) bool { return t.Text != "and" && (t.Tag != "NN" || !lowerWord(t.Text)) })
	if len(w) == 0 || len(w) > 3 && !joined && !portfolio || w[0] == "," {
		return role{}, false // "According to the Herald, Professor Ann Lee": a clause's edge
	}
	// "former CIA directors Tom Wu, Ann Lee and Ola
	// Berg": a plural role noun right before a list of names is the
	// role of each name ([sharedModifier] lists the others).
	plural := false
	if n := len(w); n > 0 && (len(toks) == n || len(toks) == n+1 && toks[n].Text == ",") && pluralRole(toks[n-1]) &&
		b.end < len(s.Tokens) && (s.Tokens[b.end].Text == "," || s.Tokens[b.end].Text == "and") {
		// "two Halvik Bank executives, Tom Wu and Ann Lee,": the list
		// may stand as an apposition after a comma.
		if one := singularRole(w[n-1]); one != "" {
			w, plural = append(slices.Clone(w[:n-1]), one), true
		}
	}
	last := len(toks) - 1 // the role noun, before the comma of "Its regional director, Ann Lee,"
	if last > 0 && toks[last].Text == "," {
		last--
	}
	for i, t := range toks {
		// A role noun the tagger read as a verb is still one ("Pacers
		// guard Ann Lee"); a lower-case adjective before the role noun
		// grades it ("Harbor Party presidential nominee Ann Lee").
		graded := i < last && t.Tag == "JJ" && lowerWord(t.Text) && roleNoun(toks[last].Lower())
		if t.Text != "," && !((joined || portfolio) && t.Text == "and") && !strings.HasPrefix(t.Tag, "NN") && !(whose && strings.HasPrefix(t.Tag, "JJ")) && !roleNoun(t.Lower()) && !graded && !(plural && i == len(toks)-1) &&
			!halfBack(toks, i) {
			return role{}, false
		}
	}
	if a.ent.typ == schema.GPE {
		r := d.stateRoleLemma(w) // "prime minister"
		return role{lemma: r, reverse: true}, r != ""
	}
	also := ""
	if joined {
		// "founder and director", "chairman and founder": the role before
		// "and" is the holder's too when it differs from the last.
		first := w[:slices.Index(w, "and")]
		if also = roleLemma(first); founderNouns[first[len(first)-1]] {
			also = "found"
		}
	}
	if founderNouns[w[len(w)-1]] {
		if also == "found" {
			also = ""
		}
		return role{lemma: "found", reverse: true, shared: plural, also: also}, true
	}
	if hostOfShow(w[len(w)-1], a.ent) {
		return role{}, false
	}
	r := roleLemma(w)
	if r == "" && pressRole(w[len(w)-1], "", a.ent) {
		r = schema.WorkFor // "Herald critic Ann Lee"
	}
	if r == schema.Lead && also != "found" && (portfolio || partBetween(s, a.end, d.r.titleStart(s, a.end, b.start-1)) || len(w) > 1 && departmentWords[w[len(w)-2]]) {
		// "Globex sales director Ann Lee", "Globex sales and marketing
		// director Ann Lee", "Its regional director, Ann Lee,": the head
		// of a part of the body works for it.
		r = schema.WorkFor
	}
	r = rankRole(r, w[len(w)-1], a.ent)             // "Hamas commander Ali Hassan"
	r = partyMember(r, a.ent, strings.Join(w, " ")) // "House Intelligence Committee Representative Ann Lee"
	if r == schema.Lead && partyEntity(a.ent) && !strings.HasSuffix(a.surface, "Party") && !joined &&
		!partyHeadTitle(strings.Join(w, " "), toks[len(toks)-1].Text) {
		// "Atlanta's Democratic mayor Ann Lee": the party's adjective
		// before an office of the town or the state makes a member, as
		// "Democratic Governor Ann Lee" does ([docState.mentionFacts]);
		// "Tory leader Tom Wu" and "Party President Ann Lee" lead it.
		r = schema.MemberOf
	}
	if also == r {
		also = ""
	}
	return role{lemma: r, reverse: true, shared: plural, also: also}, r != ""
}

// pluralRole reports whether t is the plural of a role noun, which the
// tagger may read as a verb ("CIA directors Tom Wu and Ann Lee").
func pluralRole(t nlp.Token) bool {
	return (t.Tag == "NNS" || t.Tag == "VBZ") && singularRole(t.Lower()) != ""
}

// singularRole returns the singular of w, a lower-case plural noun, when
// the singular names a role or a founder ("directors", "secretaries",
// "co-founders"), or "".
func singularRole(w string) string {
	role := func(one string) bool { return roleNoun(one) || founderNouns[one] }
	if stem, ok := strings.CutSuffix(w, "ies"); ok && role(stem+"y") {
		return stem + "y"
	}
	if stem, ok := strings.CutSuffix(w, "es"); ok && role(stem) {
		return stem
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok && role(stem) {
		return stem
	}
	return ""
}

// stateForce reports whether e is a state's army or police that the
// document names only by its noun ("Police press officer Ann Lis" in a
// report from Poland: the Polish police, [docState.homeForce]): a group
// that, unlike soldiers or protesters, employs the people it titles.
func stateForce(e *docEntity) bool {
	if e.typ != schema.Group || e.country == nil {
		return false
	}
	f := strings.Fields(strings.ToLower(e.name))
	return len(f) > 1 && homeForces[f[len(f)-1]]
}

// founderNouns name the founder of what they follow.
var founderNouns = map[string]bool{"founder": true, "co-founder": true, "cofounder": true, "creator": true}

// founderAt reports whether w, after the word prev, names a founder: a
// noun of [founderNouns], or a parent's after "founding" ("the founding
// father of Zimbabwe").
func founderAt(prev, w string) bool {
	switch w {
	case "father", "mother", "fathers", "mothers":
		return prev == "founding"
	}
	return founderNouns[w]
}

// kinNouns map a family noun to the relation from the possessor to the
// person named after it (reverse when the person is the possessor's
// parent).
var kinNouns = newWordMap(map[string]role{
	"daughter": {lemma: "parent_of"}, "son": {lemma: "parent_of"}, "child": {lemma: "parent_of"},
	"father": {lemma: "parent_of", reverse: true}, "mother": {lemma: "parent_of", reverse: true},
	"wife": {lemma: "married_to"}, "husband": {lemma: "married_to"},
	"widow": {lemma: "married_to"}, "widower": {lemma: "married_to"}, // "his widow, Ann Lee,"
	// a marriage that has ended ("his ex-wife, Ann Lee,"): no couple now
	"ex-wife": {lemma: "ex_spouse_of"}, "ex-husband": {lemma: "ex_spouse_of"},
	"brother": {lemma: "sibling_of"}, "sister": {lemma: "sibling_of"},
	// wider family: one symmetric lemma ("Ann Lee's cousin, Tom Wu,")
	"cousin": {lemma: "relative_of"}, "nephew": {lemma: "relative_of"}, "niece": {lemma: "relative_of"},
	"uncle": {lemma: "relative_of"}, "aunt": {lemma: "relative_of"}, "relative": {lemma: "relative_of"},
	"grandson": {lemma: "relative_of"}, "granddaughter": {lemma: "relative_of"},
	"grandfather": {lemma: "relative_of"}, "grandmother": {lemma: "relative_of"},
	// in-laws, by marriage: also wider family ("his son-in-law, Tom Wu,")
	"son-in-law": {lemma: "relative_of"}, "daughter-in-law": {lemma: "relative_of"},
	"father-in-law": {lemma: "relative_of"}, "mother-in-law": {lemma: "relative_of"},
	"brother-in-law": {lemma: "relative_of"}, "sister-in-law": {lemma: "relative_of"},
	// a couple who date ("his girlfriend, Ann Lee,"; "his then-girlfriend Ann Lee")
	"girlfriend": {lemma: "date"}, "boyfriend": {lemma: "date"},
	"then-girlfriend": {lemma: "date"}, "then-boyfriend": {lemma: "date"},
	// a couple to be married ("Ann Lee, fiancée of Tom Wu,"; "his fiancée
	// Ann Lee")
	"fiancée": {lemma: "engaged_to"}, "fiancee": {lemma: "engaged_to"}, "fiancé": {lemma: "engaged_to"},
	"fiance": {lemma: "engaged_to"},
	// Plurals before a list of names: "his children Ann and Tom", "their
	// two sons Wyatt and Zachary".
	"children": {lemma: "parent_of"}, "sons": {lemma: "parent_of"}, "daughters": {lemma: "parent_of"},
	"parents": {lemma: "parent_of", reverse: true}, "brothers": {lemma: "sibling_of"},
	"sisters": {lemma: "sibling_of"}, "siblings": {lemma: "sibling_of"},
})

// pluralKinBefore reports whether a plural noun of [kinNouns] ends right
// before token k, or before a comma there: "his children | Ann and Tom",
// "her two sons, | Wyatt and Zachary".
func pluralKinBefore(toks []nlp.Token, k int) bool {
	if k > 0 && toks[k-1].Text == "," {
		k--
	}
	if k == 0 || toks[k-1].Tag != "NNS" {
		return false
	}
	_, ok := kinNouns.get(toks[k-1].Lower())
	return ok
}

// namesListedAfter returns the named mentions of ms (in token order, after
// b) that go on a list opened by b: each after "and", a comma, or a comma
// and "and" ("Ann and Tom", "Ann, Tom and Ola", "Ann, Tom, and Ola").
func namesListedAfter(toks []nlp.Token, b *mention, ms []*mention) []*mention {
	var out []*mention
	end := b.end
	for _, c := range ms {
		w := lowerWords(toks[end:max(end, c.start)])
		if !named(c) || c.possessive || len(w) == 0 || len(w) > 2 || w[len(w)-1] != "and" && w[len(w)-1] != "," || len(w) == 2 && w[0] != "," {
			break
		}
		out = append(out, c)
		if w[len(w)-1] == "and" {
			break // the list's last name
		}
		end = c.end
	}
	return out
}

// successionNouns map a noun of succession in office, or of a colleague,
// to the relation from its possessor to the person named after it, as
// [kinNouns] do: "his successor, Ann Lee" (Ann Lee succeeds him), "her
// predecessor Tom Wu", "her colleague Tom Wu".
var successionNouns = map[string]role{
	"successor": {lemma: "succeed", reverse: true}, "predecessor": {lemma: "succeed"},
	// "her colleague Tom Wu": a peer at work, one symmetric lemma
	"colleague": {lemma: "colleague_of"},
	// "his friend Tom Wu", "Ann Lee's close friend, Tom Wu,": a friend,
	// one symmetric lemma too
	"friend": {lemma: "friend_of"},
}

// sharedEmployer gives each of two colleagues the employer that the
// sentence si gave the other ("Halvik TV reporter Ann Lee and her
// colleague Tom Wu": Tom Wu works for Halvik TV too).
func (d *docState) sharedEmployer(si int, a, b *docEntity) {
	var out []*docFact
	for _, f := range d.facts {
		if f.Sentence == si && f.Lemma == schema.WorkFor && f.obj != nil && !f.Negated && (f.subj == a || f.subj == b) {
			out = append(out, f)
		}
	}
	for _, f := range out {
		other := a
		if f.subj == a {
			other = b
		}
		if f.obj != other {
			d.derive(si, schema.Argument{Text: other.name}, "colleague", schema.WorkFor, other, f.obj, "", roleConf)
		}
	}
}

// asSuccessor: "favouring Ann Lee as his successor", "named Ann Lee her
// successor", "chose Ann Lee as the successor of Tom Wu": a person's name,
// an optional "as" and a successor noun of another person's relate the two
// as [successionNouns] do; a staff noun ("named Tom Wu as his chief of
// staff", "hired Ann Lee as her lawyer") gives work_for, and "running
// mate" running_mate_of, from the name to the possessor.
func asSuccessor(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.possessive || a.ent.typ != schema.Person || b.ent.typ != schema.Person {
		return role{}, false
	}
	toks := s.Tokens
	k := a.end
	if j := ofNameAs(toks, k); j > k {
		k = j // "named Senator Ann Lee of Ohio as his running mate": the state she stands for sits between
	}
	passive, agent := false, false
	if j, ok := passiveBefore(toks, a, b, k); ok {
		k, passive, agent = j, true, j > b.end // "Ann Lee was chosen by Tom Wu as his running mate"
	} else if k < len(toks) && toks[k].Lower() == "as" {
		k++
	} else if k+1 < len(toks) && toks[k].Lower() == "to" && toks[k+1].Lower() == "be" && choiceBefore(toks, a.start) {
		k += 2 // "Tom Wu selected Ann Lee to be his running mate"
	}
	if agent || b.possessive && b.start == k {
		// "as his successor", "as Tom Wu's successor"
		n := b.end
		if agent {
			n = k + 1
			d.chosenBy(s, a, b)
		}
		if n < len(toks) && toks[n].Tag == "POS" {
			n++
		}
		for n < len(toks) && strings.HasPrefix(toks[n].Tag, "JJ") {
			n++ // "as his new chief of staff"
		}
		if n >= len(toks) || !named(b) && !passive && !d.namedBefore(a, b.ent) {
			return role{}, false
		}
		if runningMateChoice(toks, n) {
			return role{lemma: "running_mate_of"}, true // "announced Ann Lee as his choice for running mate"
		}
		switch {
		case chiefOfStaff(toks, n) || staffNounsOfPerson[toks[n].Lower()] && (n+1 == len(toks) || !strings.HasPrefix(toks[n+1].Tag, "NN")):
			return role{lemma: schema.WorkFor}, true // "named Tom Wu as his chief of staff", "hired Ann Lee as her lawyer"
		case n+1 < len(toks) && toks[n].Lower() == "running" && toks[n+1].Lower() == "mate":
			return role{lemma: "running_mate_of"}, true // "selected Ann Lee as his running mate"
		}
		r, ok := successionNouns[toks[n].Lower()]
		return role{lemma: r.lemma, reverse: !r.reverse}, ok
	}
	if named(b) && !b.possessive && k+3 == b.start && toks[k].Lower() == "the" && toks[k+2].Text == "of" {
		r, ok := successionNouns[toks[k+1].Lower()] // "as the successor of Tom Wu"
		return role{lemma: r.lemma, reverse: !r.reverse}, ok
	}
	return role{}, false
}

// ofNameAs returns the index of the "as" after "of" and one to three
// proper nouns at k ("Ann Lee of Ohio as", "Tom Wu of New South Wales
// as"), or k when there is none.
func ofNameAs(toks []nlp.Token, k int) int {
	if k >= len(toks) || toks[k].Lower() != "of" {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].Lower() == "as" && j > k+1 {
			return j
		}
		if toks[j].Tag != "NNP" {
			break
		}
	}
	return k
}

// roleAsOf: "Tom Wu went into the race as the running mate of Ann Lee",
// "Tom Wu discussed his role as the successor of the late Ann Lee": the
// clause's subject (or the possessor of "role"), then "as the", a running mate or a successor noun
// ([successionNouns]) and "of" before a named person (at most three
// words of description between) relate the two as [asSuccessor] does.
// Another actor between the subject and "as" may be the one the role is
// of ("praised Max Berg as the running mate of Ann Lee"): no fact then.
func roleAsOf(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	toks := s.Tokens
	ownRole := a.possessive && a.kind == mPronoun && a.end+1 < len(toks) && toks[a.end].Lower() == "role" && toks[a.end+1].Lower() == "as"
	if !named(a) && !ownRole || a.possessive && !ownRole || a.ent.typ != schema.Person || !named(b) || b.possessive || b.ent.typ != schema.Person || b.ent == a.ent {
		return role{}, false
	}
	o := b.start - 1
	for n := 0; n < 3 && o > a.end && toks[o].Lower() != "of" && lowerWord(toks[o].Text) &&
		(toks[o].Tag == "DT" || toks[o].Tag == "VBN" || strings.HasPrefix(toks[o].Tag, "JJ") || strings.HasPrefix(toks[o].Tag, "NN")); n++ {
		o-- // "of performance artist Ann Lee", "of the late Ann Lee"
	}
	if o <= a.end || toks[o].Lower() != "of" {
		return role{}, false
	}
	var r role
	j := o - 1
	if j-1 > a.end && toks[j-1].Lower() == "running" && toks[j].Lower() == "mate" {
		r, j = role{lemma: "running_mate_of"}, j-1
	} else if sr, ok := successionNouns[toks[j].Lower()]; ok {
		r = role{lemma: sr.lemma, reverse: !sr.reverse}
	} else {
		return role{}, false
	}
	as := j - 2
	if as < a.end || toks[j-1].Lower() != "the" || toks[as].Lower() != "as" {
		return role{}, false
	}
	if as == a.end || ownRole && as == a.end+1 {
		return r, true // "Ann Lee, as the running mate of Tom Wu,", "his role as the running mate of"
	}
	for _, ms := range d.sents {
		if !slices.Contains(ms, a) {
			continue
		}
		if slices.ContainsFunc(ms, func(m *mention) bool { return m.start >= a.end && m.end <= as && m.ent != nil && m.ent != a.ent }) {
			return role{}, false
		}
		if subjectOfClause(toks, ms, as) != a {
			return role{}, false
		}
		return r, true
	}
	return role{}, false
}

// choosingPasts are the finite verbs of choosing that [choiceBefore]
// reads before their object.
var choosingPasts = map[string]bool{
	"chose": true, "picked": true, "selected": true, "named": true, "appointed": true, "tapped": true,
	"chooses": true, "picks": true, "selects": true, "names": true, "appoints": true, "taps": true,
}

// choiceBefore reports whether a finite verb of choosing stands right
// before token k, past the object's titles and descriptions ("selected
// 2016 nominee Ann Lee"): the name at k is the one chosen.
func choiceBefore(toks []nlp.Token, k int) bool {
	for k--; k >= 0; k-- {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || t.Tag == "DT" {
			continue
		}
		return (t.Tag == "VBD" || t.Tag == "VBZ") && choosingPasts[t.Lower()]
	}
	return false
}

// passiveBefore reads a passive of choosing after the name a at k:
// "Ann Lee was picked to be his running mate", "Ann Lee was chosen as his
// successor". It returns the index after "as" or "to be", where the
// possessor is whoever b resolved to, never a. With an agent, "Ann Lee
// was chosen by Tom Wu as his running mate", b is the agent and the index
// is that of the possessive pronoun after it, which takes the agent up.
func passiveBefore(toks []nlp.Token, a, b *mention, k int) (int, bool) {
	if b.ent == a.ent || k+1 >= len(toks) || !passiveAux[toks[k].Lower()] {
		return 0, false
	}
	k++
	if toks[k].Lower() == "been" && k+1 < len(toks) {
		k++
	}
	if toks[k].Tag != "VBN" {
		return 0, false
	}
	k++
	if k < len(toks) && toks[k].Lower() == "by" {
		if b.start != k+1 || b.possessive || !named(b) {
			return 0, false
		}
		k = b.end
		if k+1 < len(toks) && toks[k].Lower() == "as" && (toks[k+1].Lower() == "his" || toks[k+1].Lower() == "her") {
			return k + 1, true
		}
		return 0, false
	}
	switch {
	case k < len(toks) && toks[k].Lower() == "as":
		return k + 1, true
	case k+1 < len(toks) && toks[k].Lower() == "to" && toks[k+1].Lower() == "be":
		return k + 2, true
	}
	return 0, false
}

// chosenParticiples are the participles of choosing that [passiveBefore]
// reads before "by", with their verbs.
var chosenParticiples = map[string]string{
	"chosen": "choose", "picked": "pick", "selected": "select", "named": "name", "appointed": "appoint",
	"tapped": "tap", "nominated": "nominate", "designated": "designate",
}

// chosenBy adds the agent's act of choosing, b —choose→ a, for "Ann Lee
// was chosen by Tom Wu as his running mate": the role read from the same
// words links the two, and a link between two actors keeps the parse
// trees from reading the passive ([docState.treeFacts]).
func (d *docState) chosenBy(s nlp.Sentence, a, b *mention) {
	toks := s.Tokens
	verb := chosenParticiples[toks[b.start-2].Lower()]
	if verb == "" {
		return
	}
	for si, ms := range d.sents {
		if slices.Contains(ms, a) {
			d.derive(si, argOf(s, b), joinText(toks[a.end:b.start]), verb, b.ent, a.ent, "", roleConf)
			return
		}
	}
}

// runningMateChoice reports whether the words at n are "choice for
// running mate" or "pick as running mate": a noun of choosing, then the
// role.
func runningMateChoice(toks []nlp.Token, n int) bool {
	if n+3 >= len(toks) || toks[n].Lower() != "choice" && toks[n].Lower() != "pick" && toks[n].Lower() != "selection" {
		return false
	}
	w := toks[n+1].Lower()
	return (w == "for" || w == "as") && toks[n+2].Lower() == "running" && toks[n+3].Lower() == "mate"
}

// namedBefore reports whether e has a mention before m in m's sentence:
// the one who names a successor ("Tom Wu stepped down, favouring Ann Lee
// as his successor") is the "his", where a pronoun resolved to someone
// named only after it mostly is not.
func (d *docState) namedBefore(m *mention, e *docEntity) bool {
	for _, ms := range d.sents {
		if !slices.Contains(ms, m) {
			continue
		}
		return slices.ContainsFunc(ms, func(c *mention) bool { return c.ent == e && c.end <= m.start })
	}
	return false
}

// personalNoun looks a noun up in [kinNouns], then in [successionNouns]:
// the nouns that relate the person named with them to a possessor.
func personalNoun(w string) (role, bool) {
	if r, ok := kinNouns.get(w); ok {
		return r, true
	}
	r, ok := successionNouns[w]
	return r, ok
}

// kinOf: "his father Karim Said Haddad", "his wife Mia Berg",
// "their nine-month-old child, Gloria": a possessive, a family noun and a
// name relate the possessor and the person.
func kinOf(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	toks, ok := possessedNoun(s, a, b)
	if !ok || b.ent.typ != schema.Person {
		return role{}, false
	}
	if n := len(toks); n >= 2 && toks[n-1].Lower() == "mate" && toks[n-2].Lower() == "running" {
		return role{lemma: "running_mate_of", reverse: true}, true // "his running mate, Ann Lee"
	}
	if i := slices.IndexFunc(toks, func(t nlp.Token) bool { return t.Text == "and" }); i >= 0 {
		return kinAndNoun(s, b, toks[:i], toks[i+1:])
	}
	for _, t := range toks[:len(toks)-1] {
		// "his elected successor", "her adopted son": a participle
		// modifies the noun as an adjective does.
		if !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "CD" && t.Tag != "VBN" {
			return role{}, false
		}
	}
	r, ok := personalNoun(strings.ToLower(toks[len(toks)-1].Text))
	return r, ok
}

// kinPossessorBefore returns the person named right before "and" and the
// possessor a of a parent's or sibling's noun ("Ann Lee and Tom Lee's
// mother, Mary Lee,"), when the document has stated so far that the two
// are siblings: the relative is both siblings' then, where "Ann Lee and
// Tom Wu's mother" may name two people. before are the mentions before
// a; r is the role the noun gives. It returns nil otherwise.
func (d *docState) kinPossessorBefore(s nlp.Sentence, before []*mention, a *mention, r role) *mention {
	if len(before) == 0 || a.start < 2 || a.ent == nil || a.ent.typ != schema.Person || s.Tokens[a.start-1].Lower() != "and" ||
		!(r.lemma == "parent_of" && r.reverse || r.lemma == "sibling_of") {
		return nil
	}
	c := before[len(before)-1]
	if c.end != a.start-1 || c.ent == nil || c.ent == a.ent || c.ent.typ != schema.Person || c.possessive || c.adj || !named(c) {
		return nil
	}
	for _, f := range d.facts {
		if f.Lemma == "sibling_of" && !f.Negated && (f.subj == c.ent && f.obj == a.ent || f.subj == a.ent && f.obj == c.ent) {
			return c
		}
	}
	return nil
}

// kinAndNoun reads two nouns joined by "and" between a possessive and a
// person's name, before and after the "and": "her mother and sister, Ann
// Lee" names the sister, the last family noun; "his son-in-law and adviser
// Tom Wu" names one person by both, the family noun first and a lower-case
// noun of a calling after it, with no comma before the name.
func kinAndNoun(s nlp.Sentence, b *mention, before, after []nlp.Token) (role, bool) {
	modifiers := func(ts []nlp.Token) bool {
		for _, t := range ts {
			if !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "CD" && t.Tag != "VBN" && !strings.HasPrefix(t.Tag, "NN") || isCap(t.Text) {
				return false
			}
		}
		return true
	}
	if len(before) == 0 || len(after) == 0 || !modifiers(before) || !modifiers(after) {
		return role{}, false
	}
	if r, ok := kinNouns.get(after[len(after)-1].Lower()); ok {
		return r, true
	}
	if r, ok := kinNouns.get(before[len(before)-1].Lower()); ok && len(after) <= 2 && b.start > 0 && s.Tokens[b.start-1].Text != "," {
		return r, true
	}
	return role{}, false
}

// possessedNoun returns the words between a person's possessive a and a
// named person b that a noun of theirs names ("his | father | Mohamed",
// "their | nine-month-old child | , Gloria."), without the possessive's
// "'s" and the comma of an apposition: at most three, the last the noun.
// It reports false where there are none or more, or where the comma opens
// a clause ("his mother, Montalvo was") rather than an apposition.
func possessedNoun(s nlp.Sentence, a, b *mention) ([]nlp.Token, bool) {
	if !a.possessive || a.ent.typ != schema.Person && !peopleGroup(a.ent) || b.ent.typ != schema.Person && b.ent.typ != schema.Organization || !named(b) {
		return nil, false
	}
	end := b.start
	if k := namedTitleStart(b); len(b.titles) > 0 && b.ent.typ == schema.Person && k > a.end &&
		(s.Tokens[k-1].Text == "," || kinNouns.at(s.Tokens[k-1].Lower()).lemma != "") {
		// "her brother, King Tom,", "his wife, Dr Ann Lee,", "his wife First
		// Lady Ann Lee": the title is the person's own, after the kin noun;
		// not "Obama's national security advisor Tom Wu".
		end = k
	}
	toks := s.Tokens[a.end:end]
	if len(toks) > 0 && toks[0].Tag == "POS" {
		toks = toks[1:]
	}
	if i := copulaBeforeName(toks); i > 0 {
		// "His father is Tom Wu", "Her mother was retired judge Ann
		// Lee": the noun before the copula is what the person is to
		// the possessor, as in the apposition.
		if b.possessive {
			return nil, false // "his son is Tom Wu's lawyer"
		}
		return toks[:i], i <= 3
	}
	if i := describedAfterComma(toks); i > 0 && closedAfter(s, b.end) {
		// "Tom Wu's wife, the singer Mia Holm,": the person's calling
		// between the comma and the name; the noun before the comma is
		// what the person is to the possessor.
		return toks[:i], i <= 3
	}
	if i := coordinatedDescription(toks); i > 0 {
		// "His daughter, and member of the Labour Party, Ann Lee wrote":
		// the first description is the person's as well.
		return toks[:i], i <= 3
	}
	if len(toks) > 0 && toks[len(toks)-1].Text == "," {
		if b.end < len(s.Tokens) && s.Tokens[b.end].Text != "," && s.Tokens[b.end].Text != "." &&
			!(s.Tokens[b.end].Lower() == "and" && pluralKinBefore(s.Tokens, b.start)) {
			// "his mother, Montalvo was" opens a clause; "her two sons,
			// Tom and Bob," lists the kin the plural names.
			return nil, false
		}
		toks = toks[:len(toks)-1]
	}
	n := len(toks)
	if k := max(namedTitleStart(b), b.start-n); len(b.titles) > 0 && k < b.start && end == b.start {
		n -= b.start - k - 1 // "his former National Security Adviser Tom Wu": the title counts as one noun
	}
	return toks, n > 0 && n <= 3
}

// describedAfterComma returns the index in toks, the words between a
// possessor and a name, of a comma followed by one or two lower-case
// nouns, "the" or "a" before them ("wife | , | the singer"), or -1.
func describedAfterComma(toks []nlp.Token) int {
	i := slices.IndexFunc(toks, func(t nlp.Token) bool { return t.Text == "," })
	if i < 1 {
		return -1
	}
	rest := toks[i+1:]
	if len(rest) > 0 && (rest[0].Lower() == "the" || rest[0].Lower() == "a" || rest[0].Lower() == "an") {
		rest = rest[1:]
	}
	if len(rest) == 0 || len(rest) > 2 {
		return -1
	}
	for _, t := range rest {
		if !strings.HasPrefix(t.Tag, "NN") || isCap(t.Text) {
			return -1
		}
	}
	return i
}

// copulaBeforeName returns the index in toks, the words between a
// possessor and a name, of a copula ("is", "was") that follows the
// possessed noun and is followed by nothing or by a lower-case
// description of the named person ("father | is | former cyclist"),
// or -1.
func copulaBeforeName(toks []nlp.Token) int {
	for i := 1; i < len(toks); i++ {
		if w := toks[i].Lower(); w != "is" && w != "was" {
			continue
		}
		for _, t := range toks[i+1:] {
			if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "NN" && t.Tag != "VBN" && t.Lower() != "the" {
				return -1
			}
		}
		return i
	}
	return -1
}

// coordinatedDescription returns the index in toks, the words between a
// possessor and a name, of the comma that ends a first description when
// ", and" opens a second one that a comma closes right before the name
// ("daughter, and member of the Labour Party,"), or -1.
func coordinatedDescription(toks []nlp.Token) int {
	n := len(toks)
	if n < 5 || toks[n-1].Text != "," {
		return -1
	}
	for i := 1; i+1 < n-1; i++ {
		if toks[i].Text == "," {
			if toks[i+1].Lower() == "and" {
				return i
			}
			return -1
		}
	}
	return -1
}

// adviserNouns are staff nouns whose "to" names whom the staff serves
// ("an adviser to the board"), where an envoy's "to" names a post.
var adviserNouns = map[string]bool{"adviser": true, "advisor": true, "aide": true, "consultant": true, "assistant": true, "counselor": true, "counsellor": true}

// takenParticiples open an apposition with the office its person was put
// in ("Tom Wu, elected mayor of Halden in 2019,").
var takenParticiples = map[string]bool{
	"elected": true, "re-elected": true, "reelected": true, "appointed": true, "named": true,
}

// officeTaken returns the title of the office that the words after a
// person's name, ending at token end, say the person was put in: "has
// been re-elected president", "was appointed prime minister", "was sworn
// in as president"; nil when they say none. A title with "of" after it
// names its own body ("was elected president of the club").
func (r *Resolver) officeTaken(toks []nlp.Token, end int) *title {
	k := end
	for k < len(toks) && k < end+3 && (beForms[toks[k].Lower()] || toks[k].Lower() == "has" || toks[k].Lower() == "have") {
		k++
	}
	if k == end || k >= len(toks) || !takenParticiples[toks[k].Lower()] && toks[k].Lower() != "sworn" {
		return nil
	}
	k++
	if k+1 < len(toks) && toks[k].Lower() == "in" && toks[k+1].Lower() == "as" {
		k++ // "sworn in as"
	}
	if k < len(toks) && toks[k].Lower() == "as" {
		k++
	}
	if k < len(toks) && toks[k].Lower() == "the" {
		k++
	}
	for j := min(k+3, len(toks)); j > k; j-- {
		if t := r.title(joinText(toks[k:j])); t != nil && (j == len(toks) || toks[j].Lower() != "of") {
			return t
		}
	}
	return nil
}

// staffNounsOfPerson are the nouns of those who work for a person rather
// than for a body: "Ann Lee's lawyer", "the senator's spokesman".
var staffNounsOfPerson = map[string]bool{
	"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "aide": true, "aides": true, "adviser": true,
	"advisor": true, "bodyguard": true, "agent": true, "secretary": true, "assistant": true,
	"employee": true, "employees": true, "counselor": true, "counsellor": true,
	"strategist": true, "pollster": true, "speechwriter": true, "staffer": true, "staffers": true,
	// "Ann Lee's coach Tom Wu", "her debate coach", "his debate prepper":
	// one who trains a person for a match, a race or a debate.
	"coach": true, "trainer": true, "prepper": true,
	// "Ann Lee's special envoy": whom a person sends speaks for them.
	"envoy": true, "emissary": true,
}

// chiefOfStaff reports whether toks from k read "chief of staff", a
// person's aide when a person's possessive comes before it.
func chiefOfStaff(toks []nlp.Token, k int) bool {
	return k+2 < len(toks) && toks[k].Lower() == "chief" && toks[k+1].Lower() == "of" && toks[k+2].Lower() == "staff"
}

// colleagueNouns name the people a person works with, which "and" or a
// possessive joins to the person before "at", "from" or "of" and a body:
// "Ann Lee and colleagues at Lund University", "Tom Wu's team at NASA".
var colleagueNouns = map[string]bool{
	"colleagues": true, "co-workers": true, "coworkers": true, "team": true, "teammates": true, "collaborators": true,
	"co-authors": true, "coauthors": true,
}

// colleaguesAt: "Ann Lee and colleagues at Lund University", "Ann Lee and
// her team from the University of Oslo", "Tom Wu's team at NASA": a person,
// "and" (with at most a possessive pronoun) or the person's possessive, a
// noun of [colleagueNouns], then "at", "from" or "of" and an organisation give
// work_for: the person works where the colleagues do (member_of a party).
func colleaguesAt(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.Person || !named(a) && a.kind != mPronoun || a.adj || b.ent.typ != schema.Organization || b.adj || b.possessive {
		return role{}, false
	}
	w := between(s, a, b)
	if n := len(w); n > 0 && w[n-1] == "the" {
		w = w[:n-1]
	}
	switch {
	case a.possessive && len(w) == 3 && w[0] == "'s":
		w = w[1:] // "Tom Wu's team at"
	case a.possessive && len(w) == 2:
		// "his team at"
	case !a.possessive && len(w) == 3 && w[0] == "and":
		w = w[1:] // "and colleagues at"
	case !a.possessive && len(w) == 4 && w[0] == "and" && (w[1] == "his" || w[1] == "her" || w[1] == "their"):
		w = w[2:] // "and her colleagues at"
	default:
		return role{}, false
	}
	if !colleagueNouns[w[0]] || w[1] != "at" && w[1] != "from" && w[1] != "of" {
		return role{}, false
	}
	if partyEntity(b.ent) {
		return role{lemma: schema.MemberOf}, true // "Tom Wu and his colleagues from the Labour Party"
	}
	return role{lemma: schema.WorkFor}, true
}

// personStaff: "Ann Lee's lawyer, Tom Wu,", "Ann Lee's spokesman Tom Wu":
// a person's possessive, a noun of [staffNounsOfPerson] and a person's name
// give work_for from the second to the first, as [kinOf] reads family; a
// noun of [clientNouns] ("his client Ann Lee") gives represent from the
// first to the second, and a word of [pickedWords] and a noun of
// [pickNouns] ("Trump's chosen candidate Tom Wu") back from the first to
// the second.
func personStaff(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	toks, ok := possessedNoun(s, a, b)
	if !ok {
		return role{}, false
	}
	if n := len(toks); n >= 3 && chiefOfStaff(toks, n-3) && b.ent.typ == schema.Person {
		return role{lemma: schema.WorkFor, reverse: true}, true // "Ann Lee's chief of staff, Tom Wu,"
	}
	if n := len(toks); n == 2 && pickedWords[toks[0].Lower()] && pickNouns[toks[1].Lower()] && b.ent.typ == schema.Person {
		// "Trump's chosen candidate Trent Staggs", "the Kremlin's
		// preferred candidate, Tom Wu,": the one who chose the
		// candidate backs him.
		return role{lemma: "back"}, true
	}
	if n := len(toks); n >= 2 && toks[n-2].Lower() == "campaign" && toks[n-1].Lower() == "manager" && b.ent.typ == schema.Person {
		// "his campaign manager, Brad Parscale,": the candidate's staff
		// (a manager alone may be a club's or an artist's).
		return role{lemma: schema.WorkFor, reverse: true}, true
	}
	if k := max(namedTitleStart(b), b.start-len(toks)); b.ent.typ == schema.Person && len(b.titles) > 0 && k < b.start &&
		staffNounsOfPerson[strings.ToLower(s.Tokens[b.start-1].Text)] {
		// "Ann Lee's former National Security Adviser Tom Wu", "her
		// Press Secretary Mia Holm": a capitalised title that ends in a
		// person's staff noun, after at most lower-case modifiers, is
		// the possessor's staff as the lower-case noun is.
		for _, t := range toks[:len(toks)-(b.start-k)] {
			if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "RB" {
				return role{}, false
			}
		}
		return role{lemma: schema.WorkFor, reverse: true}, true
	}
	for _, t := range toks {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") {
			return role{}, false
		}
	}
	noun := strings.ToLower(toks[len(toks)-1].Text)
	if clientNouns[noun] {
		return role{lemma: "represent"}, true // "his client Ann Lee": he represents her
	}
	if !staffNounsOfPerson[noun] && !firmNounsOfPerson[noun] || b.ent.typ == schema.Organization && !firmNounsOfPerson[noun] {
		return role{}, false
	}
	return role{lemma: schema.WorkFor, reverse: true}, true
}

// namedStaff: "Wu adviser Ann Lee", "Wu personal attorney Ann Lee",
// "Former Wu adviser and retired general Ann Lee", "Another former Wu
// adviser, Ann Lee,", "Ann Lee, a Wu adviser,": a person's name, not
// possessive, before a lower-case noun of [staffNounsOfPerson] (after at
// most two lower-case adjectives) makes the name before or after the pair
// works for that person, as the possessive does ([personStaff],
// [kinApposition]); a noun of [allyNouns] ("Wu ally Ann Lee") makes an
// ally.
func namedStaff(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || !named(b) || a.ent.typ != schema.Person || b.ent.typ != schema.Person || a.possessive || b.possessive {
		return role{}, false
	}
	toks := s.Tokens
	staff := func(k int) bool {
		// The tagger may read "ally" between two names as a verb.
		return k < len(toks) && !isCap(toks[k].Text) &&
			(strings.HasPrefix(toks[k].Tag, "NN") && staffNounsOfPerson[toks[k].Lower()] || allyNouns[toks[k].Lower()])
	}
	// lemma is the relation of the staff noun at token k: an ally's noun
	// ("Trump ally Tom Wu", "Ann Lee, a Wu loyalist,") makes an ally.
	lemma := func(k int) string {
		if allyNouns[toks[k].Lower()] {
			return schema.AllyOf
		}
		return schema.WorkFor
	}
	k := a.end
	for k < a.end+2 && k < b.start && !isCap(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "JJ") {
		k++ // "Wu personal attorney Ann Lee", "Wu senior adviser"
	}
	if staff(k) {
		// The staff noun's person, then its holder: after the noun
		// nothing, a comma or "and" and lower-case descriptors.
		rest := toks[k+1 : b.start]
		if len(rest) == 1 && rest[0].Text == "," {
			return role{lemma: lemma(k), reverse: true}, b.end == len(toks) || toks[b.end].Text == "," || toks[b.end].Text == "."
		}
		if len(rest) > 0 && (rest[0].Text != "and" || len(rest) > 4) {
			return role{}, false
		}
		for _, t := range rest[min(1, len(rest)):] {
			if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "VBN" && t.Tag != "VBD" {
				return role{}, false
			}
		}
		return role{lemma: lemma(k), reverse: true}, true
	}
	// "Ann Lee, a (former) Wu adviser,": the holder, then the apposition.
	w := between(s, a, b)
	if len(w) < 2 || len(w) > 3 || w[0] != "," || w[1] != "a" && w[1] != "an" && w[1] != "the" || len(w) == 3 && !formerWord(w[2]) && !closeWords[w[2]] {
		return role{}, false
	}
	if !staff(b.end) || b.end+1 < len(toks) && toks[b.end+1].Text != "," && toks[b.end+1].Text != "." {
		return role{}, false
	}
	return role{lemma: lemma(b.end)}, true
}

// pickedWords say that a possessor chose the candidate after them
// ([pickNouns]): "Trump's chosen candidate", "the party's preferred
// nominee".
var pickedWords = map[string]bool{
	"chosen": true, "preferred": true, "favoured": true, "favored": true, "handpicked": true, "hand-picked": true,
	"endorsed": true, "anointed": true,
}

// pickNouns are the candidates a possessor may have chosen.
var pickNouns = map[string]bool{"candidate": true, "nominee": true, "successor": true, "pick": true}

// allyNouns name one who stands by a person: "Trump ally Tom Wu", "Ann
// Lee, a Wu loyalist,".
var allyNouns = map[string]bool{"ally": true, "loyalist": true, "confidant": true, "confidante": true}

// closeWords say how close a staff member or an ally stands: "a close
// Wu ally", "a longtime Wu adviser".
var closeWords = map[string]bool{"close": true, "longtime": true, "long-time": true, "staunch": true, "loyal": true, "key": true, "senior": true, "top": true}

// clientNouns are those whom a person's lawyer or agent acts for: "his
// client Ann Lee" is represented by him.
var clientNouns = map[string]bool{"client": true, "clients": true}

// firmNounsOfPerson are the nouns of those who serve a person for a fee,
// a person or a firm: "Ann Lee's tax preparer, Halvik Audit,", "his
// accountant Tom Wu", "her lawyers, Halvik Law,". "Her firm" may be hers.
var firmNounsOfPerson = map[string]bool{
	"lawyers": true, "attorneys": true, "accountant": true, "accountants": true, "preparer": true,
	"auditor": true, "auditors": true, "publicist": true,
}

// kinApposition: "Ann Lee, Tom Wu's wife,", "Mia Wu, their daughter's
// friend" is none: a person, a comma, another person's possessive and a
// family noun closed by a comma or the sentence's end relate the two; a
// noun of [staffNounsOfPerson] ("Ann Lee, Tom Wu's lawyer,") gives
// work_for, and one of [clientNouns] represent from the possessor, as
// [personStaff] reads them before the name.
func kinApposition(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if r, ok := kinOfName(s, a, b); ok {
		return r, true
	}
	if !named(a) || a.ent.typ != schema.Person || !b.possessive || b.ent.typ != schema.Person {
		return role{}, false
	}
	gap, oneOf := kinApposedGap(s.Tokens, a.end, b.start)
	if b.start != gap+1 && !oneOf || s.Tokens[gap].Text != "," && !copulas[s.Tokens[gap].Lower()] {
		return role{}, false
	}
	k := b.end
	if k < len(s.Tokens) && s.Tokens[k].Tag == "POS" {
		k++
	}
	if oneOf && k < len(s.Tokens) && s.Tokens[k].Tag == "CD" {
		k++ // "one of Tom Wu's three sons"
	}
	if k >= len(s.Tokens) || oneOf && s.Tokens[k].Tag != "NNS" {
		return role{}, false
	}
	if k+1 < len(s.Tokens) && s.Tokens[k].Lower() == "running" && s.Tokens[k+1].Lower() == "mate" &&
		(k+2 == len(s.Tokens) || !strings.HasPrefix(s.Tokens[k+2].Tag, "NN")) {
		// "Ann Lee, Tom Wu's running mate,", "Ann Lee was Tom Wu's
		// running mate in 2016", as kinOf reads "his running mate, Ann Lee".
		return role{lemma: "running_mate_of"}, true
	}
	if w := s.Tokens[gap].Lower(); w != "," && w != "is" && w != "was" {
		// "Ann Lee is Tom Wu's wife." and "Tom Wu was her father."
		// state what the apposition does.
		return role{}, false
	}
	r, ok := personalNoun(s.Tokens[k].Lower())
	if staffNounsOfPerson[s.Tokens[k].Lower()] {
		r, ok = role{lemma: schema.WorkFor, reverse: true}, true // "Tom Wu, Ann Lee's lawyer,"
	}
	if chiefOfStaff(s.Tokens, k) {
		// "Tom Wu, Ann Lee's chief of staff,": her staff's head works
		// for her.
		r, ok, k = role{lemma: schema.WorkFor, reverse: true}, true, k+2
	}
	if clientNouns[s.Tokens[k].Lower()] {
		return role{lemma: "represent", reverse: true}, true // "Tom Wu, Ann Lee's client,": she represents him
	}
	if !ok || k+1 < len(s.Tokens) && s.Tokens[k+1].Text != "," && s.Tokens[k+1].Text != "." && !secondAppositive(s.Tokens, k+1) {
		return role{}, false
	}
	// kinNouns run from the possessor; here the possessor is b.
	return childOf(role{lemma: r.lemma, reverse: !r.reverse}, s.Tokens[k].Lower(), true), true
}

// kinApposedGap returns the comma or copula after a person's name that ends at
// token end, before a possessor at token start: the token at end itself,
// or, past a set-off "of" phrase of no verb ("Tom Wu, of the Daily
// Courier, one of ..."), the comma that closes it; oneOf tells that "one
// of" follows it ("Tom Wu, one of Ann Lee's sons,"), which start is then
// after.
func kinApposedGap(toks []nlp.Token, end, start int) (gap int, oneOf bool) {
	gap = end
	if end+2 < start && toks[end].Text == "," && toks[end+1].Lower() == "of" {
		for k := end + 2; k < start && k <= end+7; k++ {
			if strings.HasPrefix(toks[k].Tag, "VB") {
				break
			}
			if toks[k].Text == "," {
				gap = k
				break
			}
		}
	}
	if gap+3 == start && toks[gap+1].Lower() == "one" && toks[gap+2].Lower() == "of" {
		return gap, true
	}
	if gap != end && gap+1 != start {
		return end, false // the of phrase is no apposition before the possessor
	}
	return gap, false
}

// secondAppositive reports whether toks[k] is an "and" that opens a
// second noun phrase of the same apposition, a determiner or possessive
// after it: "Ann Lee, his wife and the chair of the Green Party, said".
// A name after "and" ("Ann Lee, his wife and Tom Wu") may be a list of
// people, which it is not.
func secondAppositive(toks []nlp.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Lower() != "and" {
		return false
	}
	switch toks[k+1].Tag {
	case "DT", "PRP$":
		return true
	case "JJ", "NN":
		// "Viktor Lukashenko, the president's son and first
		// vice-president of the committee,": a role in lower case, no
		// name, goes on with the same person.
		return lowerWord(toks[k+1].Text)
	}
	return false
}

// childLemmas name the relation of a child to a parent, which an
// apposition states of the child: "Ann Lee, the son of Tom Wu," and "Ann
// Lee, Tom Wu's daughter," are about Ann Lee (son_of, daughter_of), where
// "Tom Wu's son Ann Lee" and "his daughter" stay the parent's parent_of.
var childLemmas = map[string]string{"son": "son_of", "daughter": "daughter_of", "child": "child_of"}

// childOf turns a parent_of that a child noun gives in an apposition into
// the child's relation to the parent; childFirst tells whether the child is
// the role's first mention (else the second).
func childOf(r role, noun string, childFirst bool) role {
	if l := childLemmas[noun]; l != "" && r.lemma == "parent_of" {
		return role{lemma: l, reverse: !childFirst}
	}
	return r
}

// kinOfName: "Ola Berg, the (eldest) son of Tom Wu,", "Ola Berg was the son
// of Tom Wu", "The wife of Tom Wu, Ann Lee,": a family noun and "of" before a person's name, in an
// apposition after another person's or set off before it, relate the two
// as [kinNouns] does from the person after "of".
func kinOfName(s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || !named(b) || a.ent.typ != schema.Person || b.ent.typ != schema.Person || a.possessive || b.possessive {
		return role{}, false
	}
	toks := s.Tokens
	kin := func(k int) (role, int, bool) {
		// The family noun at k, with its modifiers and article before it.
		r, ok := personalNoun(toks[k].Lower())
		j := k - 1
		for j >= 0 && k-j <= 2 && (toks[j].Tag == "JJ" || toks[j].Tag == "JJS") {
			j--
		}
		if j >= 0 && toks[j].Tag == "DT" {
			j--
		}
		return r, j, ok
	}
	// "Ola Berg, the son of Tom Wu,": b is the possessor, after what
	// b is ("brother of singer and activist Tom Wu", "son of the late
	// Harbor Front founder Tom Wu": a body's name before a lower-case
	// role noun right before b is part of what b is).
	// "Ola Berg was the son of Tom Wu and Ann Lee": each name of a list
	// after "of" is the possessor; [start, end) is the list's.
	start, end := namesListAround(toks, b.start, b.end, a.end)
	if !closedAfter(s, end) {
		start, end = b.start, b.end // "the wife of Tom Wu, Per Lund and Ida Berg met": a list of its own
	}
	k := start - 1
	roleNoun := start-1 > a.end && toks[start-1].Tag == "NN" && !isCap(toks[start-1].Text)
	for j := k; j > a.end+1 && j >= start-6 && (!isCap(toks[j].Text) || roleNoun && j < start-1 && toks[j].Tag == "NNP") && (strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Tag == "JJ" || toks[j].Text == "and" || toks[j].Text == "the" || roleNoun && toks[j].Tag == "HYPH"); j-- {
		if toks[j-1].Text == "of" && toks[j].Text != "and" && toks[start-1].Text != "and" {
			k = j - 1
			break
		}
	}
	// "Ola Berg was the son of Tom Wu": a copula in the apposition's
	// place, the person its subject (the parser often makes the noun
	// after "was" no predicate).
	copula := toks[a.end].Lower() == "is" || toks[a.end].Lower() == "was"
	if k-1 > a.end && toks[k].Text == "of" && (toks[a.end].Text == "," || copula) && closedAfter(s, end) {
		if r, j, ok := kin(k - 1); ok && (j == a.end || !copula && secondApposition(toks, a.end, j)) {
			if r.lemma == "parent_of" || r.lemma == "succeed" {
				r.reverse = !r.reverse
			}
			return childOf(r, toks[k-1].Lower(), true), true // "Ann Lee, the wife of Tom Wu": married_to, from Ann Lee
		}
	}
	// "The son of Tom Wu, Ola Berg,": a is the possessor.
	if k := a.start - 1; k > 0 && toks[k].Text == "of" && b.start == a.end+1 && toks[a.end].Text == "," && closedAfter(s, b.end) {
		if r, j, ok := kin(k - 1); ok && (j < 0 || toks[j].Text == "," || toks[j].Tag == "IN" || toks[j].Tag == "VBD" || toks[j].Tag == "VBZ") {
			return childOf(r, toks[k-1].Lower(), false), true
		}
	}
	return role{}, false
}

// kinOfList: "Ann Lee is the daughter of Tom Lee and Kari Lee", "Ola
// Berg, the son of Tom Wu and Ann Lee,": the names after the first of a
// list after a family noun's "of" are kin of the person before as the
// first is ([kinOfName] reads the first, whose mention is next to the
// person's).
func (d *docState) kinOfList(si int, s nlp.Sentence, ms []*mention) {
	for k := 0; k+2 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if a.ent == nil || b.ent == nil {
			continue
		}
		r, ok := kinOfName(s, a, b)
		if !ok {
			continue
		}
		_, end := namesListAround(s.Tokens, b.start, b.end, a.end)
		if !closedAfter(s, end) {
			continue
		}
		for _, c := range namesListedAfter(s.Tokens, b, ms[k+2:]) {
			if c.end > end || c.ent == nil || c.ent == a.ent || c.ent.typ != schema.Person {
				break
			}
			subj, obj := a.ent, c.ent
			if r.reverse {
				subj, obj = obj, subj
			}
			d.derive(si, argOf(s, a), joinText(s.Tokens[a.end:c.start]), r.lemma, subj, obj, "", roleConf)
		}
	}
}

// namesListAround returns the span of the list of names that the name at
// tokens [b, e) is on ("Tom Wu, Ann Lee and Ola Berg"), no further left
// than token floor: only capitalised words and the joining words, a
// comma only before the list's "and" (", and" may close an apposition:
// "the sister of Tom Wu, and Ola Berg"). It returns b, e when the name is
// on no list.
func namesListAround(toks []nlp.Token, b, e, floor int) (int, int) {
	name := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].Tag == "NNP" && isCap(toks[k].Text) }
	start, end := b, e
	and := false // the list's "and" is at or after end
	for n := 0; n < 4 && !and; n++ {
		j := end
		if j+1 >= len(toks) || (toks[j].Text != "and" && toks[j].Text != ",") || !name(j+1) {
			break
		}
		and = toks[j].Text == "and"
		for j++; name(j); j++ {
		}
		end = j
	}
	if !and && (b < 2 || toks[b-1].Text != "and") {
		return b, end // no "and" joins the names: a comma alone may set off an apposition
	}
	for n := 0; n < 4; n++ {
		j := start - 1
		if j-1 <= floor || toks[j].Text != "and" && toks[j].Text != "," || !name(j-1) {
			break
		}
		for j-1 > floor && name(j-1) {
			j--
		}
		start = j
	}
	return start, end
}

// kinOfBodyRole reports whether body b, with a lower-case role noun
// after it, stands between a family noun's "of" and person c: "son of the
// late Harbor Front founder Tom Wu". The body is part of what c is, so the
// family noun relates the person before it to c ([kinOfName]).
func kinOfBodyRole(s nlp.Sentence, b, c *mention) bool {
	toks := s.Tokens
	if b.ent == nil || b.ent.typ == schema.Person || b.possessive || c.ent == nil || c.ent.typ != schema.Person ||
		c.start != b.end+1 || toks[b.end].Tag != "NN" || isCap(toks[b.end].Text) {
		return false
	}
	j := b.start - 1
	for j > 0 && b.start-j <= 3 && (toks[j].Tag == "JJ" || toks[j].Lower() == "the") {
		j--
	}
	if j < 1 || toks[j].Text != "of" {
		return false
	}
	_, ok := personalNoun(toks[j-1].Lower())
	return ok
}

// andSecondRole returns the relation of a second role that "and" joins
// after the body b of a person's first role, held in the body c: "Tom Wu of
// Halvik University and contributor to the Velmar Times", "Ann Lee, a
// professor at Halvik University and a fellow at the Lodi Institute". Only
// a singular role noun, bare or after "a", and its preposition stand
// between b and c; it returns "" otherwise. "the chairman of" may be a
// second person's ("Tom Wu of Halvik and the chairman of Globex met").
func andSecondRole(s nlp.Sentence, b, c *mention) string {
	toks := s.Tokens
	n := c.start - b.end
	if n < 3 || n > 5 || toks[b.end].Text != "and" || b.possessive || c.ent.typ != schema.Organization || c.adj {
		return ""
	}
	ts := toks[b.end+1 : c.start]
	if ts[len(ts)-1].Lower() == "the" {
		ts = ts[:len(ts)-1]
	}
	if w := ts[0].Lower(); w == "a" || w == "an" {
		ts = ts[1:]
	}
	if len(ts) < 2 || len(ts) > 3 {
		return ""
	}
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = t.Lower()
		if !lowerWord(t.Text) || i == len(ts)-2 && t.Tag != "NN" || i < len(ts)-2 && t.Tag != "NN" && t.Tag != "JJ" {
			return "" // a singular role noun, after at most one modifier
		}
	}
	prep, noun := w[len(w)-1], w[len(w)-2]
	if prep != "of" && prep != "at" && prep != "for" && prep != "to" {
		return ""
	}
	if pressRole(noun, prep, c.ent) {
		return schema.WorkFor // "contributor to the Velmar Times"
	}
	if prep == "to" && !adviserNouns[noun] {
		return "" // "ambassador to", "a threat to"
	}
	return appositionLemma(w[:len(w)-1])
}

// secondApposition reports whether token j is an "and" that joins a second
// description to an apposition opened by the comma at token open: "Ola
// Berg, the Harbor Front member and son of Tom Wu,". Only words of a
// noun phrase, names among them, stand between.
func secondApposition(toks []nlp.Token, open, j int) bool {
	if open < 0 || j <= open+1 || j >= len(toks) || toks[open].Text != "," || toks[j].Text != "and" {
		return false
	}
	for _, t := range toks[open+1 : j] {
		if t.Text == "," || strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBN" && t.Tag != "VBG" || t.Tag == "IN" || t.Tag == "CC" {
			return false
		}
	}
	return true
}

// capitalOfState: "the nation's capital, Wellington", "the country's
// capital Kabul", "near the capital, Santiago": a capital named after "the
// nation's", "the country's" or "the" is the capital of the state the
// gazetteer gives it, when the document names that state; the sentence
// states what the gazetteer knows. After a
// state's name ("Canada's capital city, Ottawa") the capital is that
// state's.
func (d *docState) capitalOfState(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if st, from := d.capitalOfAhead(si, toks, m); st != nil {
			d.derive(si, argOf(s, m), joinText(toks[from:m.start-1]), schema.CapitalOf, m.ent, st.ent, "", roleConf)
			continue
		}
		k := m.start - 1
		if k >= 0 && toks[k].Text == "," {
			k--
		}
		if k >= 0 && isWordFold(toks[k].Text, "city") {
			k--
		}
		if k < 1 || !isWordFold(toks[k].Text, "capital") || m.ent == nil {
			continue
		}
		if st := d.stateEndingAt(si, k-1); k >= 2 && toks[k-1].Tag == "POS" && st != nil && st.ent != m.ent && (m.ent.typ == schema.GPE || m.ent.typ == schema.Location) {
			d.derive(si, argOf(s, m), joinText(toks[st.start:k+1]), schema.CapitalOf, m.ent, st.ent, "", roleConf)
			continue
		}
		from := k - 3 // "the nation's capital"
		if from >= 0 && !strings.EqualFold(toks[from].Text, "the") {
			from = -1
		}
		if from >= 0 {
			if w := toks[k-2].Lower(); w != "nation" && w != "country" && w != "state" || toks[k-1].Tag != "POS" {
				from = -1
			}
		}
		if from < 0 && strings.EqualFold(toks[k-1].Text, "the") {
			from = k - 1 // "near the capital, Santiago": the report's state's capital
		}
		if from < 0 || m.ent == nil || m.ent.gaz == nil || m.ent.gaz.capitalOf == "" {
			continue
		}
		if c := d.byKey[normKey(m.ent.gaz.capitalOf)]; c != nil && c != m.ent {
			d.derive(si, argOf(s, m), joinText(toks[from:k+1]), schema.CapitalOf, m.ent, c, "", roleConf)
		}
	}
}

// capitalOfAhead returns the state of "the capital of Somalia, Mogadishu"
// ("the capital city of"), named before the comma that opens the city m,
// and the index of "the"; or nil. A city that the gazetteer makes another
// state's capital is none of this one's.
func (d *docState) capitalOfAhead(si int, toks []nlp.Token, m *mention) (*mention, int) {
	c := m.start - 1
	if c < 0 || toks[c].Text != "," || m.ent == nil || (m.ent.typ != schema.GPE && m.ent.typ != schema.Location) || m.adj {
		return nil, 0
	}
	st := d.stateEndingAt(si, c)
	if st == nil || st.ent == m.ent {
		return nil, 0
	}
	k := st.start - 1
	if k < 2 || toks[k].Lower() != "of" {
		return nil, 0
	}
	k--
	if isWordFold(toks[k].Text, "city") {
		k--
	}
	if k < 1 || !isWordFold(toks[k].Text, "capital") || !strings.EqualFold(toks[k-1].Text, "the") {
		return nil, 0
	}
	if g := m.ent.gaz; g != nil && g.capitalOf != "" && normKey(g.capitalOf) != normKey(st.ent.name) {
		return nil, 0
	}
	return st, k - 1
}

// inPlaceAfter reports whether a comma, "in", words of sides
// ([directionWord]) and the place b, closed after it, follow the mention
// a: "Velby, in northern Norway,", or "the", a side or the middle
// ([middleWords]) and "of": "Velby, in the north of Norway,". Not after
// "the", "of" or a comma before a: "Lake Erie, one of the Great Lakes, in
// Cuyahoga County" places what the apposition describes.
func inPlaceAfter(s nlp.Sentence, a, b *mention) bool {
	k := a.end
	if p := a.start - 1; p >= 0 && (s.Tokens[p].Lower() == "the" || s.Tokens[p].Lower() == "of" || s.Tokens[p].Text == ",") {
		return false
	}
	if k+2 > b.start || s.Tokens[k].Text != "," || s.Tokens[k+1].Lower() != "in" || !closedAfter(s, b.end) ||
		b.end+1 < len(s.Tokens) && s.Tokens[b.end].Text == "," && s.Tokens[b.end+1].Lower() == "and" {
		return false
	}
	w := s.Tokens[k+2 : b.start]
	if len(w) == 3 && w[0].Lower() == "the" && w[2].Text == "of" && (directionWord(w[1].Lower()) || middleWords[w[1].Lower()]) {
		return true // "in the north of Norway", "in the centre of Norway"
	}
	return !slices.ContainsFunc(w, func(t nlp.Token) bool { return !directionWord(t.Lower()) })
}

// directionWord reports whether w names a part of a place by its side
// ("northern", "south-east", "central").
func directionWord(w string) bool {
	switch w {
	case "central", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "far":
		return true
	}
	w = strings.TrimSuffix(w, "ern")
	for _, p := range []string{"north", "south"} {
		w = strings.TrimPrefix(strings.TrimPrefix(w, p), "-")
	}
	return w == "" || w == "east" || w == "west"
}

// bracketAcronymAfter reports whether the tokens after mention a are its
// name's acronym in brackets and a comma: "Nova Scotia (N.S.),", "British
// Halvia (BH),".
func bracketAcronymAfter(toks []nlp.Token, a *mention) bool {
	k := a.end
	if k+3 >= len(toks) || toks[k].Text != "(" || toks[k+2].Text != ")" || toks[k+3].Text != "," || !isAcronym(toks[k+1].Text) {
		return false
	}
	short := strings.ReplaceAll(toks[k+1].Text, ".", "")
	return len(short) > 1 && short == acronym(a.surface)
}

// placeInPlace: "Irving, Texas", "Aceh, Indonesia": a place, a comma and a
// place that contains it (by the gazetteer; or either unknown to the
// gazetteer; or a region of the country that the gazetteer puts the first
// place in) state locate_in. Two places the gazetteer knows and does not
// nest ("Belgium, Panama") are a list.
func placeInPlace(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if unknownPlace(d, s, a, b) {
		a.ent.typ = schema.GPE
	}
	if !isPlace(a.ent) || !isPlace(b.ent) || a.adj || b.adj || b.possessive || a.ent == b.ent {
		return role{}, false
	}
	if inPlaceAfter(s, a, b) {
		// "Velby, in northern Norway,", "Velby, in Norway.": the
		// containing place in apposition.
		return role{lemma: schema.LocateIn}, true
	}
	if p := a.start - 1; p > 0 && s.Tokens[p].Text == "," && d.r.within(a.ent, b.ent.name) {
		// "Stamford, Connecticut, in the United States": the address's
		// last place, in apposition too, when the gazetteer agrees
		// (not "Oslo, Bergen, in Norway", a list).
		if w := between(s, a, b); slices.Equal(w, []string{",", "in"}) || slices.Equal(w, []string{",", "in", "the"}) {
			return role{lemma: schema.LocateIn}, true
		}
	}
	end := a.end
	if bracketAcronymAfter(s.Tokens, a) && b.start == a.end+4 {
		// "Kelby, Nova Scotia (N.S.), Canada": the place's acronym in
		// brackets before the comma of the address.
		end = a.end + 3
	}
	if b.start != end+1 {
		return role{}, false
	}
	if s.Tokens[end].Text == "(" {
		// "central Queensland (Australia)", "Kelso (Oregon)": the
		// containing place in brackets, one the gazetteer knows: an
		// unknown one is a translation ("Plaza de Espana (Spain
		// Square)").
		if b.end < len(s.Tokens) && s.Tokens[b.end].Text == ")" && b.ent.gaz != nil &&
			(d.r.within(a.ent, b.ent.name) || a.ent.gaz == nil && !site(a.ent)) {
			return role{lemma: schema.LocateIn}, true
		}
		if b.end < len(s.Tokens) && s.Tokens[b.end].Text == ")" && d.r.within(b.ent, a.ent.name) {
			// "the crisis in east Sudan (Darfur)": the part of the
			// place, in brackets, that the gazetteer puts in it.
			return role{lemma: schema.LocateIn, reverse: true}, true
		}
		return role{}, false
	}
	if s.Tokens[end].Text != "," {
		return role{}, false
	}
	if a.start > 0 && s.Tokens[a.start-1].Text == "," && !d.r.within(a.ent, b.ent.name) && !d.addressTail(a, b) {
		return role{}, false // "France, Italy, Spain": a list; "Lodi, California, United States" is none
	}
	if b.end < len(s.Tokens) {
		if w := s.Tokens[b.end].Lower(); (w == "and" || w == "or") && (a.ent.gaz != nil || !regionThenList(s, b)) && !commonAfter(s, b.end+1) {
			return role{}, false // "Oslo, Bergen and Tromso"
		}
	}
	if listGoesOn(s, b) && !d.r.within(a.ent, b.ent.name) && (b.ent.gaz == nil || !b.ent.gaz.region) {
		return role{}, false // "Basel, Heidelberg, and Strasbourg"
	}
	if d.unknownList(s, a, b) {
		return role{}, false // "Velda, Marno, Pelka, Tosum."
	}
	if frontedThenSubject(s, a, b) && !d.r.within(a.ent, b.ent.name) {
		return role{}, false // "Since the fall of communism in Poland, Lodz has"
	}
	if b.ent.gaz == nil && a.ent.gaz != nil && d.r.country(a.ent) {
		// "off the coast of Norland, Velia minor and Orca alba": a
		// country lies in no place the gazetteer does not know; the
		// unknown name after it is something else, not its address.
		return role{}, false
	}
	switch {
	case d.r.within(a.ent, b.ent.name), a.ent.gaz == nil || b.ent.gaz == nil:
		return role{lemma: schema.LocateIn}, true
	case a.ent.gaz != nil && b.ent.gaz != nil && a.ent.gaz.in != "" && !a.ent.gaz.region && d.r.within(b.ent, a.ent.gaz.in):
		// "Los Angeles, California": the gazetteer puts both in the
		// United States, and the second is a region of it. Two regions
		// of one state are neighbours in a list ("cases in Ohio,
		// Florida, North Carolina"), neither in the other.
		return role{lemma: schema.LocateIn}, true
	}
	return role{}, false
}

// placeInKindOf: "Velby in the province of Dalarna", "Lund in the county of
// Halvia": a place, "in the", a word for a kind of place
// ([kindOfPlaceNouns]), "of" and a place state locate_in, however the
// parser attached the phrase ("the quake hit Velby in the county of
// Halvia"). A state lies in no province, and a site is no actor.
func placeInKindOf(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if b.start != a.end+4 || !isPlace(a.ent) || !isPlace(b.ent) || a.adj || b.adj || a.possessive || b.possessive ||
		a.ent == b.ent || d.r.country(a.ent) || site(a.ent) {
		return role{}, false
	}
	w := between(s, a, b)
	if len(w) != 4 || w[0] != "in" || w[1] != "the" || !kindOfPlaceNouns[w[2]] || w[3] != "of" {
		return role{}, false
	}
	return role{lemma: schema.LocateIn}, true
}

// addressTail reports whether mentions a and b end an address that a
// place before a opens: "Reading, Berkshire, UK", "Leeds, West Yorkshire,
// England", where the gazetteer knows neither the town nor the county
// but knows the country or region after it. The place before the comma
// is no state ("France, Italy, Spain" is a list) nor a region the
// gazetteer knows ("Karnataka, Telengana, Uttar Pradesh" lists states),
// and a is unknown to the gazetteer, which would otherwise say whether b
// contains it.
func (d *docState) addressTail(a, b *mention) bool {
	if a.ent.gaz != nil || b.ent.gaz == nil || !d.r.country(b.ent) && !b.ent.gaz.region {
		return false
	}
	for _, ms := range d.sents {
		if !slices.Contains(ms, a) {
			continue
		}
		for _, m := range ms {
			if m.end == a.start-1 && m.ent != nil && named(m) && !m.adj && !m.possessive && isPlace(m.ent) && !d.r.country(m.ent) {
				return m.ent.gaz == nil || !m.ent.gaz.region
			}
		}
		return false
	}
	return false
}

// listGoesOn reports whether names go on after b, a mention of s, as a
// list rather than an address: "Basel, Heidelberg, and Strasbourg" and
// "Tulsa, Sand Springs, Jenks and Bixby" end in and (or or) before a last
// name; "Lota, Pena, Sarra, Nuevo" has three more names after b. An
// address stops within that: "Alpine, Arizona, USA;", "Cleveland, Cuyahoga
// County, Ohio, USA.", "Sun Valley, Idaho, and raised there".
func listGoesOn(s nlp.Sentence, b *mention) bool {
	toks := s.Tokens
	more := 0
	for k := b.end; k < len(toks); {
		if toks[k].Text == "," {
			k++
		}
		if k >= len(toks) {
			return false
		}
		if w := toks[k].Lower(); (w == "and" || w == "or") && (more > 0 || toks[k-1].Text == ",") {
			// "Bartlesville, OK, or US-169": a road is no member of a list of places.
			return k+1 < len(toks) && isCap(toks[k+1].Text) && toks[k+1].Tag != "PRP" && !strings.ContainsAny(toks[k+1].Text, "0123456789")
		}
		if !isCap(toks[k].Text) || toks[k-1].Text != "," {
			return false
		}
		for k < len(toks) && (isCap(toks[k].Text) || toks[k].Text == "of" || toks[k].Text == "-") {
			k++
		}
		if more++; more >= 3 {
			return true
		}
	}
	return false
}

// unknownList reports whether a and b, places of s that the gazetteer
// does not know, open a list of four or more names that ends the
// sentence with no place the gazetteer knows: "Velda, Marno, Pelka,
// Tosum." An address ends in a state or a country the gazetteer knows
// ("Cleveland, Cuyahoga County, Ohio, USA"); listGoesOn counts three
// names after b, or a last one after and, as a list with known places too.
func (d *docState) unknownList(s nlp.Sentence, a, b *mention) bool {
	if a.ent.gaz != nil || b.ent.gaz != nil {
		return false
	}
	var ms []*mention
	for _, sm := range d.sents {
		if slices.Contains(sm, b) {
			ms = sm
			break
		}
	}
	toks := s.Tokens
	more := 0
	for k := b.end; k < len(toks); {
		if toks[k].Text != "," || k+1 >= len(toks) || !isCap(toks[k+1].Text) {
			break
		}
		k++
		e := k
		for e < len(toks) && (isCap(toks[e].Text) || toks[e].Text == "of" || toks[e].Text == "-") {
			e++
		}
		for _, m := range ms {
			if m.start < e && m.end > k && (m.ent == nil || m.ent.gaz != nil) {
				return false
			}
		}
		more++
		k = e
		if k >= len(toks) || toks[k].Text == "." || toks[k].Text == ";" {
			return more >= 2
		}
	}
	return false
}

// commonAfter reports whether an indefinite article, or a determiner and
// a lower-case word, start at token k of s: "Saratoga Springs, New York and
// an exhibit at ...", where the phrase after and is no place of a list.
func commonAfter(s nlp.Sentence, k int) bool {
	if k >= len(s.Tokens) {
		return false
	}
	if w := s.Tokens[k].Lower(); w == "a" || w == "an" {
		return true
	}
	return k+1 < len(s.Tokens) && s.Tokens[k].Tag == "DT" && !isCap(s.Tokens[k+1].Text)
}

// frontedThenSubject reports whether the comma between a and b, mentions
// of s, closes a phrase or a clause before it and b is the subject of the
// clause after it: "In Poland, Lodz has grown", "Having left Oslo, Bergen
// became his home" (the sentence opens with a preposition, a participle or
// an adverb and has no verb before a), or "Chelsea host Birmingham,
// Tottenham travel to Leeds" (two clauses joined by the comma; a ends the
// first, after neither a preposition nor the sentence's start). A finite
// verb follows b. "Police in Lodi, Ohio said" and "Lodi, Ohio is" open
// with their subject.
func frontedThenSubject(s nlp.Sentence, a, b *mention) bool {
	toks := s.Tokens
	if a.start == 0 || b.end >= len(toks) {
		return false
	}
	switch toks[b.end].Tag {
	case "VBZ", "VBD", "VBP", "MD":
	default:
		return false
	}
	if t := toks[a.start-1]; t.Tag != "IN" && t.Tag != "TO" && t.Tag != "DT" && t.Tag != "," && t.Tag != "``" && t.Tag != "(" {
		return true // "Chelsea host Birmingham, Tottenham travel"
	}
	switch toks[0].Tag {
	case "IN", "VBG", "VBN", "RB":
	default:
		return false
	}
	for _, t := range toks[1:a.start] {
		if strings.HasPrefix(t.Tag, "VB") || t.Text == "," {
			return false
		}
	}
	return true
}

// within reports whether the gazetteer places e in the place named name,
// directly or through the places that contain it.
func (r *Resolver) within(e *docEntity, name string) bool {
	g := e.gaz
	if g == nil {
		return false
	}
	key := normKey(name)
	for n := 0; g != nil && n < 5; n++ {
		if g.in == "" {
			return false
		}
		in := normKey(g.in)
		if in == key {
			return true
		}
		g = r.g.entries[in]
	}
	return false
}

// splitRoleName drops a role noun that ends an organisation's name
// ("Museum of Flight CEO"), and splits a person's name that has swallowed
// the words before it: "NASA Administrator Charles Bolden" is NASA, the title Administrator
// and Charles Bolden; "Refugee Council Ola Dahl" is Refugee Council and
// Ola Dahl. The split needs a role noun or an organisation's head word
// followed by at least two words of name. It appends the mentions m is
// split into (m alone when it is not) to ms and returns the extended slice.
func (r *Resolver) splitRoleName(ms []*mention, s nlp.Sentence, m *mention) []*mention {
	if m.kind == mName && m.gaz == nil && m.end-m.start > 1 && roleNoun(s.Tokens[m.end-1].Lower()) &&
		!r.g.is("orghead", s.Tokens[m.end-1].Text) && // "the Halvik Coast Guard": the body's own head noun
		(m.typ == schema.Organization || m.typ == schema.Person && r.g.is("orghead", s.Tokens[m.end-2].Text)) {
		// "Museum of Flight CEO", "Harbor Council CEO": the organisation,
		// then a role noun.
		org := *m
		org.typ = schema.Organization
		org.end--
		for org.end-org.start > 1 && titleRanks[s.Tokens[org.end-1].Text] {
			org.end-- // "Senate Minority Whip": the rank is the title's
		}
		org.surface = spanText(s, org.start, org.end)
		org.name = cleanName(org.surface)
		if e := r.g.entries[normKey(org.name)]; e != nil && e.typ == schema.Organization {
			org.gaz, org.name = e, e.name // "Senate": the US Senate
		}
		return append(ms, &org)
	}
	if k := r.placeNameSplit(s, m); k > 0 {
		// "President of the United States Tom Wu", "Senator from
		// Vermont Ann Lee": a state's name the recogniser ran into the
		// person's after it.
		place := &mention{kind: mName, start: m.start, end: k, surface: spanText(s, m.start, k)}
		place.gaz = r.g.entries[normKey(place.surface)]
		place.typ, place.name = place.gaz.typ, place.gaz.name
		person := &mention{kind: mName, start: k, end: m.end, typ: schema.Person, surface: spanText(s, k, m.end), titles: m.titles}
		person.name = cleanName(person.surface)
		return append(ms, place, person)
	}
	if k := r.orgPersonSplit(s, m); k > 0 {
		// "the director of the Oslo Institute Tom Wu": the body whose
		// head word ends it, then its holder's name.
		org := *m
		org.end = k
		org.surface = spanText(s, m.start, k)
		org.name = cleanName(org.surface)
		person := &mention{kind: mName, start: k, end: m.end, typ: schema.Person, surface: spanText(s, k, m.end)}
		person.name = cleanName(person.surface)
		return append(ms, &org, person)
	}
	if m.kind != mName || m.typ != schema.Person || m.gaz != nil || m.role {
		return append(ms, m)
	}
	if k := r.roleSplit(s, m.start, m.end); k >= 0 {
		w := s.Tokens[k].Text
		low := strings.ToLower(w)
		isRole := roleNoun(low)
		person := *m
		person.start = k + 1
		person.surface = spanText(s, k+1, m.end)
		person.name = cleanName(person.surface)
		person.full = spanText(s, m.start, m.end)
		out := ms
		orgEnd := k + 1
		if isRole {
			person.titles = append(append([]*title(nil), m.titles...), &title{name: w, lead: leadNouns[low]})
			orgEnd = k
		}
		if orgEnd > m.start {
			// The words before are an organisation when the gazetteer knows
			// them, they end with an organisation's head word or they are an
			// acronym ("NASA Administrator"); otherwise they are part of
			// the title ("Emeritus Professor").
			org := &mention{kind: mName, start: m.start, end: orgEnd, typ: schema.Organization,
				surface: spanText(s, m.start, orgEnd)}
			org.name = cleanName(org.surface)
			e := r.g.entries[normKey(org.name)]
			if e != nil {
				org.gaz, org.typ = e, e.typ
			}
			if e != nil || r.orgHeadEnds(s, orgEnd) || (orgEnd-m.start == 1 && unknownAcronym(s, m.start)) {
				if org.typ == schema.Organization {
					person.org = org
				}
				out = append(out, org)
			}
		}
		return append(out, &person)
	}
	return append(ms, m)
}

// orgPersonSplit returns the token of organisation mention m at which a
// person's name of two or three words, opening with a given name the
// gazetteer lists, follows the organisation's head word ("Oslo Institute
// Tom Wu"), or -1. Only a name the gazetteer does not know is split, and
// only after a role noun's "of" ("the director of the Oslo Institute Tom
// Wu"), where the holder's name may follow the body's.
func (r *Resolver) orgPersonSplit(s nlp.Sentence, m *mention) int {
	if m.kind != mName || m.typ != schema.Organization || m.gaz != nil || m.role || m.end-m.start < 3 {
		return -1
	}
	i := m.start - 1
	if i >= 0 && strings.EqualFold(s.Tokens[i].Text, "the") {
		i--
	}
	if i < 1 || s.Tokens[i].Lower() != "of" || !roleNoun(s.Tokens[i-1].Lower()) {
		return -1
	}
	for k := max(m.start+1, m.end-3); k <= m.end-2; k++ {
		if r.orgHeadEnds(s, k) && r.g.given(s.Tokens[k].Text) && !r.orgHeadEnds(s, m.end) &&
			!slices.ContainsFunc(s.Tokens[k:m.end], func(t nlp.Token) bool { return !isCap(t.Text) || r.g.is("orghead", t.Text) }) {
			return k
		}
	}
	return -1
}

// placeNameSplit returns the token of name mention m at which a person's
// name of two or three words, opening with a given name (of the long
// lists too: "Vermont Bernie Sanders"), follows a state
// or place the gazetteer knows ("United States Tom Wu"), or -1. Only a
// name the gazetteer does not know is split, and only after "of", "from"
// or "for" or a title, where a state's name ends one ("President of
// Norway", "Senator from Vermont").
func (r *Resolver) placeNameSplit(s nlp.Sentence, m *mention) int {
	if m.kind != mName || m.gaz != nil || m.role || m.typ != schema.Person && m.typ != schema.Organization || m.end-m.start < 3 {
		return -1
	}
	i := m.start - 1
	if i >= 0 && strings.EqualFold(s.Tokens[i].Text, "the") {
		i--
	}
	if i < 0 {
		return -1
	}
	if p := s.Tokens[i].Lower(); p != "of" && p != "from" && p != "for" {
		return -1
	}
	// "Senator from Ohio Sherrod Brown": after a capitalised title, two
	// words that open no body's or place's name are the holder's, given
	// name listed or not.
	titled := i > 0 && isCap(s.Tokens[i-1].Text) && roleNoun(s.Tokens[i-1].Lower())
	for k := max(m.start+1, m.end-3); k <= m.end-2; k++ {
		e := r.g.entries[normKey(spanText(s, m.start, k))]
		if e == nil || e.typ != schema.GPE {
			continue
		}
		if !r.g.listedGiven(s.Tokens[k].Text) && (!titled || m.end-k != 2 || !r.bareName(s, k, m.end)) {
			continue
		}
		for _, t := range s.Tokens[k:m.end] {
			if !isCap(t.Text) || !strings.HasPrefix(t.Tag, "NNP") {
				return -1
			}
		}
		return k
	}
	return -1
}

// bareName reports whether tokens [a, b) could be a person's name: no
// word of them is a body's or place's head word or a word that opens
// none, and the gazetteer knows no name among their spans.
func (r *Resolver) bareName(s nlp.Sentence, a, b int) bool {
	for k := a; k < b; k++ {
		w := s.Tokens[k].Text
		if r.g.is("orghead", w) || r.g.is("placehead", w) || r.g.is("regionhead", w) || r.g.is("notname", w) ||
			roleNoun(strings.ToLower(w)) || r.g.entries[normKey(w)] != nil {
			return false
		}
	}
	return r.g.entries[normKey(spanText(s, a, b))] == nil
}

// titleRanks are the capitalised words that open a title before its role
// noun ("Majority Whip", "Deputy Director").
var titleRanks = map[string]bool{
	"Majority": true, "Minority": true, "Deputy": true, "Assistant": true, "Vice": true, "Chief": true,
}

// orgHeadEnds reports whether the words before token k end in an
// organisation's head word, of one word ("Institute") or two ("Air
// Force": "the Air Force James Roche" splits as "the Nordic Institute Ann
// Lee" does).
func (r *Resolver) orgHeadEnds(s nlp.Sentence, k int) bool {
	if k < 1 {
		return false
	}
	if r.g.is("orghead", s.Tokens[k-1].Text) {
		return true
	}
	return k >= 2 && r.g.is("orghead", s.Tokens[k-2].Text+" "+s.Tokens[k-1].Text)
}

// roleSplit returns the token of [a, b) after which a person's name of two
// or three words follows a capitalised role noun or organisation head word,
// or -1.
func (r *Resolver) roleSplit(s nlp.Sentence, a, b int) int {
	for k := b - 3; k >= a && k >= b-4; k-- {
		w := s.Tokens[k].Text
		if isCap(w) && (roleNoun(strings.ToLower(w)) || r.orgHeadEnds(s, k+1)) {
			return k
		}
	}
	return -1
}

// headOfGovernment reports whether words[i] is the "minister" of "prime
// minister", who heads a government rather than serving in it, or of
// "first minister" or "chief minister", who heads a region's or a
// territory's ("First Minister of Scotland", "Chief Minister of Punjab").
func headOfGovernment(words []string, i int) bool {
	if i > 0 && words[i-1] == "first" && selectNouns[words[i]] {
		return true // "the first selectman of Windsor Locks" heads the town's board
	}
	return words[i] == "minister" && i > 0 && (words[i-1] == "prime" || words[i-1] == "first" || words[i-1] == "chief")
}

// selectNouns are the titles of the members of a New England town's board
// of selectmen; its "first selectman" heads the town.
var selectNouns = map[string]bool{"selectman": true, "selectwoman": true, "selectperson": true}

// roleNoun reports whether the lower-case word w names a role.
func roleNoun(w string) bool {
	w = strings.TrimPrefix(w, "ex-") // "an ex-member of"
	return roleNounWords[w] || scholarNoun(w)
}

// roleNounWords are the words of [leadNouns], [workNouns], [memberNouns]
// and [pressNouns] in one set: [roleNoun] asks at many words, and most are
// in none of the four, which took four look-ups to tell.
var roleNounWords = func() map[string]bool {
	set := map[string]bool{}
	for _, m := range []map[string]bool{leadNouns, workNouns, memberNouns, pressNouns} {
		for w, ok := range m {
			if ok {
				set[w] = true
			}
		}
	}
	return set
}()

// splitConnected classifies each run of seg between its "of" and "and"
// units as a segment of its own; the titles go with the first run. A lone
// role noun before "of" is no segment.
func (r *Resolver) splitConnected(s nlp.Sentence, seg []unit, country *mention, titles []*title) []*mention {
	var out []*mention
	var run []unit
	for _, u := range append(seg[:len(seg):len(seg)], unit{kind: uAnd, start: -1}) { // a copy, as in segment
		if u.kind != uOf && u.kind != uAnd {
			run = append(run, u)
			continue
		}
		if len(run) == 1 && run[0].kind == uCap && run[0].end == run[0].start+1 && u.kind == uOf &&
			roleNoun(strings.ToLower(s.Tokens[run[0].start].Text)) {
			// "the CEO of Hilton or Marriott", "Chairman of the Nordic
			// Institute and ...": a role noun written with a capital
			// before "of" names no one.
			titles, country = nil, nil
			run = nil
			continue
		}
		if len(run) > 0 {
			out = append(out, r.segment(s, run, country, titles, false)...)
			titles, country = nil, nil
			run = nil
		}
	}
	return out
}

// roleLemma returns the relation that the role nouns in words give their
// holder, or "" when they name no known role.
func roleLemma(words []string) string {
	words = presentRoles(words)
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		switch {
		case i > 0 && deputyWords[words[i-1]] && (leadNouns[w] || headOfGovernment(words, i)), i > 1 && deputyWords[words[i-2]] && headOfGovernment(words, i):
			return schema.WorkFor // "vice president", "deputy prime minister": the head's deputy
		case leadNouns[w], headOfGovernment(words, i), headOfStaff(words, i):
			return schema.Lead
		case workNouns[w]:
			return schema.WorkFor
		case memberNouns[w], w == "back" && i > 0 && words[i-1] == "half":
			return schema.MemberOf // "Halden half back Ann Lee"
		case scholarNoun(w):
			return schema.WorkFor
		}
	}
	return ""
}

// scholarSuffixes end the nouns of a science's scholars: "a biologist at
// the University of Lodi", "an astronomer at Halvik Observatory", "a
// physicist at", "a neuroscientist at" work there. Not "-ist" alone,
// which also ends a party's people ("a socialist") and a band's ("a
// guitarist"), nor "-ician" ("a politician").
var scholarSuffixes = []string{"ologist", "scientist", "icist", "chemist", "onomer", "ographer", "ematician", "istician"}

// scholarNoun reports whether the lower-case noun w names a science's
// scholar by its ending ([scholarSuffixes]).
func scholarNoun(w string) bool {
	return slices.ContainsFunc(scholarSuffixes, func(x string) bool { return strings.HasSuffix(w, x) && len(w) > len(x)+1 })
}

// legislatorNoun returns the first word of toks that names a legislator
// ([chambers]: "congressman", "MP"), in lower case, or "": a representative
// "to" a body is an envoy, a "Trade Representative" or a "High
// Representative" an official ([envoyModifiers]).
func legislatorNoun(toks []nlp.Token) string {
	for k, t := range toks {
		w := t.Lower()
		if len(chambers[w]) == 0 {
			w = strings.TrimSuffix(w, "s") // "US Senators Ann Lee and Tom Wu"
		}
		if len(chambers[w]) > 0 && (k+1 == len(toks) || toks[k+1].Lower() != "to") && (k == 0 || !envoyModifiers[toks[k-1].Lower()]) {
			return w
		}
	}
	return ""
}

// envoyModifiers make a representative an official or an envoy rather
// than a legislator: "US Trade Representative", "EU High Representative".
var envoyModifiers = map[string]bool{
	"trade": true, "high": true, "special": true, "permanent": true, "personal": true, "resident": true,
	"sales": true, "legal": true, "union": true, "student": true, "staff": true, "customer": true,
}

// groupRole returns member_of for lemma, a lead or a work_for role in
// the body o, when toks, the words that state it, name the leader or the
// whip of a majority, a minority or, in a body that is no party, a
// party's group ("the Senate minority leader", "House Majority Whip",
// "Senate Democratic leader"): who leads a group of a chamber sits in the
// chamber and leads none of it. It returns lemma otherwise.
func (d *docState) groupRole(lemma string, o *docEntity, toks []nlp.Token) string {
	if lemma != schema.Lead && lemma != schema.WorkFor || o == nil || o.typ != schema.Organization {
		return lemma
	}
	for k := 0; k+1 < len(toks); k++ {
		if n := toks[k+1].Lower(); n != "leader" && n != "whip" {
			continue
		}
		w := toks[k].Lower()
		if partyEntity(o) {
			// A party's own minority leader leads it ("was elected
			// Democratic minority leader"); a chamber's does not ("Democrat
			// Ann Lee, the Senate minority leader").
			if (w == "majority" || w == "minority") && k > 0 && !d.partyWord(toks[k-1].Text) && toks[k-1].Lower() != "party" {
				return schema.MemberOf
			}
			continue
		}
		if w == "majority" || w == "minority" || d.partyWord(toks[k].Text) {
			return schema.MemberOf
		}
	}
	return lemma
}

// partyWord reports whether w is a party's capitalised adjective or noun
// ("Republican", "Labour", "Democratic": [partyLabel]).
func (d *docState) partyWord(w string) bool {
	if partyLabel(w) != "" {
		return true
	}
	if !isCap(w) {
		return false
	}
	e := d.r.g.entries[normKey(d.r.g.demonyms[normKey(w)])]
	return e != nil && e.typ == schema.Organization && slices.Contains(e.desc, "party")
}

// titleLemma returns the relation that a title held of a state or body
// gives: work_for for ministers, officials and envoys ("Defence Minister",
// "Ambassador"), member_of otherwise.
func titleLemma(t *title) string {
	if roleLemma(strings.Fields(strings.ToLower(t.name))) == schema.WorkFor {
		return schema.WorkFor
	}
	return schema.MemberOf
}

// honorific reports whether t names no role ("Mr.", "Dr", "Sir"): it
// leads nothing and its words are no role nouns.
func honorific(t *title) bool {
	return !t.lead && roleLemma(strings.Fields(strings.ToLower(t.name))) == ""
}

// pendingTitle reports whether t is an office not yet held ("President-elect",
// "Prime Minister-designate"): the gazetteer adds these for every title
// ([gazetteer]); its holder leads, serves and sits in nothing yet.
func pendingTitle(t *title) bool {
	n := strings.ToLower(t.name)
	return strings.HasSuffix(n, "-elect") || strings.HasSuffix(n, "-designate") || strings.HasSuffix(n, " elect")
}

// lowerWords returns the lower-case texts of toks.
func lowerWords(toks []nlp.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Lower()
	}
	return out
}

// degreeVerbs hold or gain a degree; degreeNouns name one.
var (
	degreeVerbs = map[string]bool{
		"holds": true, "held": true, "hold": true, "earned": true, "earns": true, "received": true,
		"receives": true, "obtained": true, "has": true, "had": true, "gained": true, "completed": true,
		"completes": true,
	}
	degreeNouns = map[string]bool{
		"degree": true, "degrees": true, "ph.d.": true, "ph.d": true, "phd": true, "doctorate": true,
		"diploma": true, "master's": true, "masters": true, "bachelor's": true, "mba": true, "ba": true,
		"ma": true, "bsc": true, "msc": true, "master": true, "bachelor": true,
	}
)

// degreeFrom: "Ann Lee, who holds a degree in economics from Halvik
// University", "Tom Wu earned a doctorate from the University of Oslo": a
// person holds or gained a degree from the organisation after from, so
// graduated from it. At most five words name the degree's field ("in
// economics and law").
func degreeFrom(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if r, ok := degreeFromOpener(s, a, b); ok {
		return r, true
	}
	if !named(a) || a.ent.typ != schema.Person || b.ent.typ != schema.Organization || b.adj || b.possessive {
		return role{}, false
	}
	w := between(s, a, b)
	if len(w) > 0 && w[len(w)-1] == "the" {
		w = w[:len(w)-1]
	}
	w = degreeClause(w)
	if !gainsDegree(w, degreeVerbs) {
		return role{}, false
	}
	return role{lemma: "graduate_from"}, true
}

// degreeClause returns the lower-case words w between a person's name and
// a body from the verb of the relative clause that gains the degree: after
// ", who" ("Tom Wu, who holds a degree from"), also when the clause
// follows a description the person is ("Ann Lee is a vet and farmer, who
// completed a degree from"); w itself otherwise.
func degreeClause(w []string) []string {
	if len(w) >= 2 && w[0] == "," && w[1] == "who" {
		return w[2:]
	}
	if len(w) < 5 || w[0] != "is" && w[0] != "was" || w[1] != "a" && w[1] != "an" {
		return w
	}
	for i := 2; i+1 < len(w) && i <= 8; i++ {
		if w[i] == "," {
			if w[i+1] == "who" {
				return w[i+2:]
			}
			break
		}
	}
	return w
}

// listedDegree reports whether the lower-case words w between a body a
// person graduated from and the next body name another degree from that
// one, listed after "and", "as well as" or a comma ("a degree from Halvik
// University, as well as a Master of Arts at"): the verb that gained the
// first degree gained this one too.
func listedDegree(w []string) bool {
	k := 0
	if k < len(w) && w[k] == "," {
		k++
	}
	switch {
	case k < len(w) && w[k] == "and":
		k++
	case k+2 < len(w) && w[k] == "as" && w[k+1] == "well" && w[k+2] == "as":
		k += 3
	case k == 0:
		return false
	}
	if k >= len(w) || w[k] != "a" && w[k] != "an" {
		return false
	}
	if n := len(w); w[n-1] == "the" {
		w = w[:n-1]
	}
	return gainsDegree(append([]string{"has"}, w[k:]...), degreeVerbs)
}

// titledDegrees name their field after "of" ("Master of Science",
// "Bachelor of Arts").
var titledDegrees = map[string]bool{"master": true, "bachelor": true}

// degreeIngVerbs open a participle clause that gains or holds a degree.
var degreeIngVerbs = map[string]bool{
	"earning": true, "receiving": true, "obtaining": true, "gaining": true, "holding": true,
}

// degreeFromOpener: "Earning a PhD in physics from Halvik University, Tom
// Wu moved to Oslo", "After receiving a degree from the University of
// Oslo, Ann Lee ...": a participle clause opening the sentence gains a
// degree from the body named last in it, and the person named right after
// its comma, the clause's subject, graduated from it.
func degreeFromOpener(s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.Organization || !named(a) || a.adj || a.possessive ||
		!named(b) || b.ent.typ != schema.Person || b.adj || b.possessive {
		return role{}, false
	}
	if w := between(s, a, b); len(w) != 1 || w[0] != "," {
		return role{}, false
	}
	if b.end < len(s.Tokens) && s.Tokens[b.end].Tag == "POS" {
		return role{}, false // "..., Tom Wu's son moved"
	}
	w := lowerWords(s.Tokens[:a.start])
	if len(w) > 0 && w[len(w)-1] == "the" {
		w = w[:len(w)-1]
	}
	if len(w) > 0 && w[0] == "after" {
		w = w[1:]
	}
	if !gainsDegree(w, degreeIngVerbs) {
		return role{}, false
	}
	return role{lemma: "graduate_from", reverse: true}, true
}

// gainsDegree reports whether the lower-case words w, from the verb to
// "from", gain or hold a degree: one of verbs, a degree within the next
// four words (no comma or "honorary" before it), and at most "in" and a
// five-word field after it.
func gainsDegree(w []string, verbs map[string]bool) bool {
	if len(w) < 4 || len(w) > 11 || !verbs[w[0]] || w[len(w)-1] != "from" && w[len(w)-1] != "at" {
		return false
	}
	deg := slices.IndexFunc(w, func(x string) bool { return degreeNouns[x] })
	if deg >= 1 && deg+2 < len(w) && w[deg+1] == "'s" && degreeNouns[w[deg+2]] {
		deg += 2 // "a master's degree"
	}
	if deg < 1 || deg > 4 {
		return false
	}
	if slices.Contains(w[1:deg], ",") || slices.Contains(w[1:deg], "honorary") {
		return false // an honorary degree honours; it was not studied for
	}
	if rest := w[deg+1 : len(w)-1]; len(rest) > 0 && (rest[0] != "in" && (rest[0] != "of" || !titledDegrees[w[deg]]) || len(rest) > 6 || slices.Contains(rest, ",")) {
		return false // "a degree in economics from", "a Master of Science at"
	}
	return true
}

// partyOfMembers returns the mention of a party's adjective right before
// the plural "members of" (and "the") that open the body mention a
// ("Republican members of the House of Representatives"), or nil.
func (d *docState) partyOfMembers(si int, s nlp.Sentence, a *mention) *mention {
	k := a.start
	if k > 0 && s.Tokens[k-1].Lower() == "the" {
		k--
	}
	if k < 3 || s.Tokens[k-1].Lower() != "of" || s.Tokens[k-2].Lower() != "members" {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.end == k-2 && m.adj && m.ent != nil && partyEntity(m.ent) {
			return m
		}
	}
	return nil
}

// bannedWord reports whether w is a participle of a state's ban that
// qualifies a body's noun: "a banned group", "an outlawed party".
func bannedWord(w string) bool {
	return w == "banned" || w == "outlawed" || w == "proscribed" || w == "prohibited"
}

// secondAppositionAt returns the index in w, the lower-cased words from
// token start (a comma after a person's name) to a body's mention, of an
// "and" that joins a second description with an article to a first one
// ("the lead author of the study and a professor at"), or 0: the first
// holds no comma, verb or other "and", and the second at least an
// article, a noun and a preposition.
func secondAppositionAt(toks []nlp.Token, start int, w []string) int {
	if len(w) < 6 || w[0] != "," {
		return 0
	}
	for i := 2; i+3 < len(w); i++ {
		t := toks[start+i]
		switch {
		case w[i] == "and":
			if w[i+1] == "a" || w[i+1] == "an" || w[i+1] == "the" {
				return i
			}
			return 0
		case w[i] == "," || w[i] == "or" || strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD":
			return 0
		}
	}
	return 0
}

// listApposition reports whether the apposition that names the body b
// before or after the person's name p, in a list of names and
// appositions of ms, is another name's ([preposedApposition],
// [postposedApposition]).
func listApposition(toks []nlp.Token, ms []*mention, p, b *mention) bool {
	i := slices.Index(ms, b)
	switch {
	case i < 0 || p.ent == nil:
		return false
	case i > 0 && ms[i-1] == p:
		return i+1 < len(ms) && preposedApposition(toks, p, b, ms[i+1])
	case i+1 < len(ms) && ms[i+1] == p:
		return i > 0 && ms[i-1].ent != nil && postposedApposition(toks, ms[i-1], b, p)
	}
	return false
}

// preposedApposition reports whether the apposition between a person's
// name a and the body b it names ("Tom Wu, the former mayor of Bergen,")
// is instead the next name c's, written before it as in a list whose
// items each give their title first: c follows b after a comma, and after
// c the list goes on with another title ("Ann Lee, and the former mayor
// of Lund, Bo Li", "Ann Lee; the minister of health, Mia Holt") or ends.
// A list that names each person first ("Ann Lee, the mayor of Bergen, and
// Bo Li") keeps a's apposition.
func preposedApposition(toks []nlp.Token, a, b, c *mention) bool {
	if !apposedBetween(toks, a, b, c) {
		return false
	}
	k := c.end
	switch toks[k].Text {
	case ".", ")":
		return true
	case ",", ";", "and":
	default:
		return false
	}
	if toks[k].Text != "and" && k+1 < len(toks) && toks[k+1].Text == "and" {
		k++
	}
	return toks[k].Text != "," && k+1 < len(toks) && article(toks[k+1].Lower())
}

// postposedApposition reports whether the apposition between the names a
// and c ("Tom Wu, the mayor of Oslo, Ann Lee, the mayor of Bergen,") is
// a's, in a list whose items each give the name first: c has an
// apposition of its own after it. b is the body the apposition names.
func postposedApposition(toks []nlp.Token, a, b, c *mention) bool {
	return apposedBetween(toks, a, b, c) && c.end+1 < len(toks) && toks[c.end].Text == "," && article(toks[c.end+1].Lower())
}

// apposedBetween reports whether an apposition that names the body b
// stands between the person's names a and c: "Tom Wu, the mayor of Oslo,
// Ann Lee".
func apposedBetween(toks []nlp.Token, a, b, c *mention) bool {
	return a.ent.typ == schema.Person && c.ent != nil && c.ent.typ == schema.Person && named(a) && named(c) &&
		a.end+2 <= b.start && toks[a.end].Text == "," && article(toks[a.end+1].Lower()) &&
		c.start == b.end+1 && toks[b.end].Text == "," && c.end < len(toks)
}

// peopleGroup reports whether e is a group of people the document names
// one by one ("the Bergs", "the couple"), whose facts are each member's:
// "the Bergs' son Ivo" is the son of each.
func peopleGroup(e *docEntity) bool {
	if e.typ != schema.Group || len(e.members) < 2 {
		return false
	}
	for _, m := range e.members {
		if m.typ != schema.Person {
			return false
		}
	}
	return true
}
