package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Confidences of the facts that names imply rather than state.
const (
	titleConf    = 0.6 // "President Volodymyr Zelensky" —title→ "President"
	roleConf     = 0.6 // —lead→ Ukraine, —member_of→ NATO
	fromConf     = 0.7 // "North Korean troops" —from→ North Korea
	partOfConf   = 0.7 // "Russian Foreign Ministry" —part_of→ Russia
	possessConf  = 0.7 // "Russia's Kursk region": Kursk —locate_in→ Russia
	gazConf      = 0.9 // capital_of, government_of, locate_in from the gazetteer
	placeArgConf = 0.5 // factor for locate_in read from a place argument
)

// aboutVerbs are verbs of speech whose object is what is spoken of and
// whose to-phrase names whom it is told to ([docState.toldAbout]).
var aboutVerbs = map[string]bool{
	"describe": true, "explain": true, "recommend": true, "introduce": true, "present": true, "mention": true,
	"recount": true,
}

// toldAbout adds subj —VERB_to→ the addressee when a verb of
// [aboutVerbs] has an actor for its object and a to-phrase naming another
// actor: "Ann Lee described Tom Wu to the BBC" spoke to the BBC too,
// beside describing Tom Wu. A reported act's phrases are left out.
func (d *docState) toldAbout(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !aboutVerbs[verb] || x.Lemma != verb || x.Attribution != "" {
		return
	}
	for _, a := range x.Extra {
		if prep, _, _ := strings.Cut(strings.ToLower(a.Text), " "); prep != "to" {
			continue
		}
		o, conf, _ := d.argument(si, s, a)
		if o == nil || o == f.subj || o == f.obj || !actorEntity(o) || o.typ == schema.Location {
			continue
		}
		d.derive(si, x.Subject, x.Relation+" to", verb+"_to", f.subj, o, "", x.Confidence*conf*placeArgConf)
	}
}

// heldEvent reports whether x is a passive "held" in, at or on a place
// ("The Halvik Cup was held in Oslo"): what is held there is an event,
// whatever the recogniser typed its name. People and groups held in a
// place are detained there, and keep their reading.
func heldEvent(x schema.Extraction) bool {
	switch x.Lemma {
	case "hold_in", "hold_at", "hold_on":
		return passiveIn(x.Relation)
	}
	return false
}

// quotedName reports whether text is a name set in quotation marks
// whole ('"Kessel Fest"'): the title of an event or a work, which the
// recogniser may read as a person's name.
func quotedName(text string) bool {
	t := strings.TrimSpace(text)
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		if inner, ok := strings.CutPrefix(t, q[0]); ok {
			if inner, ok = strings.CutSuffix(inner, q[1]); ok && inner != "" && !strings.ContainsAny(inner, `"“”`) {
				return true
			}
		}
	}
	return false
}

// clergyTitles are the clergy's titles of data/words.txt: a state named
// with one says where the churchman is from ([docState.mentionFacts]).
var clergyTitles = map[string]bool{
	"Cardinal": true, "Archbishop": true, "Bishop": true, "Auxiliary Bishop": true, "Bishop Emeritus": true,
	"Archbishop Emeritus": true, "Monsignor": true, "Reverend": true, "Rev.": true, "Rev": true,
	"Very Reverend": true, "Rabbi": true, "Imam": true, "Ayatollah": true, "Grand Ayatollah": true, "Patriarch": true,
}

// mentionFacts adds the facts that the mention m of sentence si implies.
func (d *docState) mentionFacts(si int, s nlp.Sentence, m *mention) {
	e := m.ent
	d.nationalFact(si, s, m)
	d.nationalityFact(si, s, m)
	d.marriedPair(si, s, m)
	d.nationalPlaceFact(si, s, m)
	d.restatedTitle(si, s, m)
	if e == nil || m.kind == mPronoun || m.kind == mDesc || m.kind == mGroupRef {
		return
	}
	arg := argOf(s, m)
	if e.typ == schema.Person && e.country == nil && m.country != nil && m.country.ent != nil && m.country.ent.typ == schema.GPE {
		e.country = m.country.ent // from an appositive: "Kim Jong Bok, a North Korean general"
	}
	lead, role, titled := false, schema.MemberOf, false
	for _, t := range m.titles {
		if e.typ != schema.Person {
			break
		}
		d.derive(si, arg, "title", schema.HasTitle, e, nil, t.name, titleConf)
		lead = lead || t.lead
		if !honorific(t) {
			role = titleLemma(t) // "Deputy Minister Mr. Tom Wu": the minister's
		}
		titled = titled || !surnameTitle(t.name)
		if gameRank(t.name) {
			role = schema.From // "Iranian Grand Master Tom Wu": a player from Iran, no member of the state
		}
		if pendingTitle(t) {
			// "US President-elect Tom Wu", "Norway's Prime
			// Minister-designate Ann Lee": the office is not held yet;
			// the state only says where the person is from.
			role = schema.From
		}
	}
	holder := m.org
	if holder == nil || holder.ent == nil {
		holder = m.country
	}
	if (holder == nil || holder.ent == nil) && e.typ == schema.Person && len(m.titles) > 0 && !m.role {
		// "Administrator Bolden" after "NASA Administrator Charles
		// Bolden": the title restates the role it was given with.
		if f := d.held[heldKey{e, m.titles[len(m.titles)-1].name}]; f != nil {
			d.derive(si, arg, f.Relation, f.Lemma, e, f.obj, "", roleConf)
		}
	}
	if p := officePortfolio(s.Tokens, m); (holder == nil || holder.ent == nil) && e.typ == schema.Person && p != "" &&
		len(chambers[strings.ToLower(m.titles[len(m.titles)-1].name)]) == 0 { // "Intelligence Committee Representative Ann Lee" is no minister
		// "Home Secretary Ann Lee" with the Home Office named, "Health
		// Minister Tom Wu" with the Health Ministry, "Secretary for
		// Education Tom Wu" with the Department for Education.
		if o := d.ownBody(p, e, d.homeState(), pos{si, m.start}); o != nil {
			d.derive(si, arg, m.titles[len(m.titles)-1].name, schema.WorkFor, e, o, "", roleConf)
		}
	}
	if lead && holder != nil && holder.adj && holder.ent != nil && holder.ent.typ == schema.GPE &&
		craftHeads[strings.ToLower(m.titles[len(m.titles)-1].name)] {
		// "British film director Tom Wu", "Tom Wu, an American
		// director": a trade, not the state's head ([craftHeads]).
		lead, role = false, schema.From
	}
	if holder != nil && holder.ent != nil && holder.ent.typ == schema.GPE && holder.ent.name != "Vatican City" &&
		e.typ == schema.Person && len(m.titles) > 0 && clergyTitles[m.titles[len(m.titles)-1].name] {
		// "Polish Archbishop Jan Berg", "Cardinal Tom Wu of Ghana": a
		// churchman from the state, no member of it; the Vatican's
		// clergy serve the Holy See.
		lead, role = false, schema.From
	}
	if lead && holder != nil {
		if last := titleEnd(s, holder, m); last >= 0 && partBetween(s, holder.end, d.r.titleStart(s, holder.end, last)) {
			// "Pentagon Acquisition Director Michael Wynne", "Tom Wu,
			// the Afghan intelligence chief,": the head of a part of
			// the body or the state, named between, works for it.
			lead, role = false, schema.WorkFor
		}
	}
	if lead && holder != nil {
		t := leadTitle(m.titles)
		if t == "" {
			t = m.titles[len(m.titles)-1].name
		}
		if r := rankRole(schema.Lead, strings.ToLower(t), holder.ent); r != schema.Lead {
			// "US commander Tom Wu", "Tom Wu, a Hamas commander,": one
			// of the state's or the body's officers, not its head
			// ([rankHeads]); so is "Iranian commander General Tom Wu",
			// whose rank stands after the title that heads.
			lead, role = false, r
		}
	}
	office := false // the title names an office of the state, which "former" ends
	if lead && holder != nil && (holder.adj || oneWordParty(holder)) && partyEntity(holder.ent) &&
		(!partyHeadTitle(leadTitle(m.titles), writtenTitle(s, holder, m)) || titleOf(s, holder, m) || leadApposed(s, holder, m)) {
		// "Republican President Tom Wu", "Democratic Governor Ann Lee",
		// "Labour Prime Minister Per Holm",
		// "Republican Ann Lee, the governor,": the party's member holds
		// an office of the state, not the party's lead; "Tory leader
		// Tom Wu" leads it, "Tom Wu, the Tory chairman of the Finance
		// Committee," chairs the body after "of".
		lead, role, office = false, schema.MemberOf, true
	}
	if !lead && role == schema.MemberOf && holder != nil && holder.ent != nil && holder.ent.typ == schema.Organization && !holder.adj && len(m.titles) > 0 &&
		titled && affiliation(holder.ent) == schema.WorkFor {
		role = schema.WorkFor // "Police Senior Superintendent Ann Lee", "Halvik Bank Inspector Tom Wu": the force's or the firm's staff
	}
	if holder != nil && len(m.titles) > 0 {
		t := m.titles[len(m.titles)-1].name
		role = partyMember(role, holder.ent, t) // "Republican Representative Tom Wu"
		// "former Democratic Vice President Tom Wu" left the office, not
		// the party.
		office = office || partyEntity(holder.ent) && stateDeputy(t)
		if t := m.titles[len(m.titles)-1].name; role == schema.MemberOf && holder.ent != nil && !holder.adj && panelName(holder.ent.name) && len(chambers[strings.ToLower(t)]) > 0 {
			// "House Intelligence Committee Representative Ann Lee": a
			// legislator on the panel sits in the chamber the title
			// names too.
			if c := d.seatChamber(t, d.usReport()); c != nil && c != e && e.typ == schema.Person {
				d.derive(si, arg, t, schema.MemberOf, e, c, "", roleConf)
			}
		}
	}
	if holder != nil && d.groupRole(schema.Lead, holder.ent, s.Tokens[min(holder.start, m.start):apposedEnd(s, m.end)]) == schema.MemberOf {
		// "Senate Majority Leader Tom Wu"; "Democrat Ann Lee, the
		// Senate minority leader,": no head of the party either.
		lead, role = false, schema.MemberOf
	}
	if !lead && role == schema.MemberOf && holder != nil && holder.adj && holder.ent != nil && holder.ent.typ == schema.GPE {
		if last := titleEnd(s, holder, m); last >= 0 && nationalMember(s, holder.end, d.r.titleStart(s, holder.end, last)) {
			role = schema.From // "French Green MEP Ann Lee" is from France, a member of the party
		}
	}
	if e.typ == schema.Organization && (holder == nil || !holder.possessive) {
		if p := d.statePossessor(si, s, m); p != nil {
			holder = p // "Thailand's Thai Raksa Chart Party": the possessive states it
		}
	}
	if e.typ == schema.Organization && (holder == nil || holder.ent == nil) && stateBody(e.name) {
		if p := d.listedStatePossessor(si, s, m); p != nil {
			holder = p // "Norway's Research Council, Ministry of Fisheries, and ..."
		}
	}
	if holder != nil && holder.ent != nil && holder.ent != e && !m.role {
		switch {
		case e.typ == schema.Person && lead:
			d.hold(e, m.titles, d.derive(si, arg, holder.surface, schema.Lead, e, holder.ent, "", roleConf))
		case e.typ == schema.Person && titled && holder.possessive && modifiesNoun(s, m.end):
			// "on the Chilean Navy's Sergeant Aldea supply vessel": a
			// titled name before a common noun names the thing (a ship,
			// a programme) after the person, who is no member of the
			// possessor, as [modifiesNoun] below for an untitled name.
		case e.typ == schema.Person && titled && role != schema.From && legislatorOf(d, m.titles, holder.ent, around(s.Tokens, holder, m)):
			// "US Representative Tom Wu", "a British MP": a member of the
			// state's chamber ([docState.officeFacts]), no staff of the
			// state.
		case e.typ == schema.Person && titled:
			// Mr or Dr alone holds nothing: "the President of Korea
			// Mr. Roh" is no member of Korea for "Korea Mr.".
			if seatTitle(m.titles) && holder.ent.gaz != nil && holder.ent.gaz.in != "" {
				role = "represent" // "Ohio Senator Tom Wu": a state's seat, not its membership
			}
			// "Former Labour MP Tom Wu", "Tom Wu, a former Labour MP,":
			// has left the party ([pastRole]).
			if !office {
				// "Former Tory chancellor Ken Clarke" was the state's
				// chancellor and is still a Tory.
				role = pastRole(role, formerIn(s.Tokens[max(min(holder.start, m.start)-1, 0):max(holder.start, m.start)]))
			}
			f := d.derive(si, arg, holder.surface, role, e, holder.ent, "", roleConf)
			if role == "represent" {
				// "Ohio Senator Tom Wu" sits in the chamber too, as
				// "Senator Tom Wu of Ohio" does ([docState.seatHeldFor]).
				last := m.titles[len(m.titles)-1].name
				if c := d.seatChamber(last, d.usSeat(holder.ent) || usStateNames[holder.ent.name]); c != nil && c != e {
					d.derive(si, arg, holder.surface+" "+last, schema.MemberOf, e, c, "", roleConf)
				}
			}
			if role != schema.MemberOf || !partyEntity(holder.ent) {
				// "Republican President Tom Wu": the party is no body
				// of the title's, and a later "President Wu" restates
				// no membership.
				d.hold(e, m.titles, f)
			}
		case e.typ == schema.Person && holder.possessive && (holder.ent.typ == schema.Organization || holder.ent.typ == schema.GPE && !holder.adj) && e.gaz == nil &&
			!modifiesNoun(s, m.end):
			// "DAB's Starry Lee", "Korea's Kim Shin-Wook"; a well-known
			// person of the gazetteer may lead the state instead.
			lemma := schema.MemberOf
			if holder.ent.typ == schema.Organization {
				lemma = affiliation(holder.ent) // "the BBC's Rachel Harvey": staff
			} else if placeName(e.name) || d.r.bodyName(e.name) {
				// "Oslo's Central Park", "Baghdad's Green Zone": a place,
				// not a person; "Milan's Halvik Opera House", "Munich's
				// Radio Orchestra": a body the town holds.
				lemma = schema.LocateIn
			}
			d.derive(si, arg, holder.surface+"'s", lemma, e, holder.ent, "", roleConf)
		case e.typ == schema.Group && holder == m.country && holder.ent.typ == schema.GPE:
			// "North Korean troops": the nationality is part of the
			// name, stated by no sentence: background, as for
			// organisations below.
			d.deriveBackground(si, arg, holder.surface, schema.From, e, holder.ent, fromConf)
		case e.typ == schema.Group:
			// "Air Force officials", "Union troops": a group named after
			// its body is that body's people, which the name only
			// states: background, as for a nationality above.
			d.deriveBackground(si, arg, holder.surface, schema.MemberOf, e, holder.ent, fromConf)
		case e.typ == schema.Organization && holder.possessive && modifiesNoun(s, nameListEnd(s, m.end)):
			// "Sweden's EU presidency", "its EU and G8 presidencies": the
			// body names what the state holds, no part of the state.
		case e.typ == schema.Organization:
			// "Saudi Arabia's Civil Defense Authority" states part_of;
			// "the U.S. Air Force" only names it: background.
			if holder.possessive && e.name == d.r.governmentName(&mention{name: holder.ent.name}) {
				// "Goa's government", "their government": the state's own
				// government is the state as an actor (the real-news
				// annotations name them together), as "the Goan
				// government" is: background.
				d.deriveBackground(si, arg, holder.surface, schema.PartOf, e, holder.ent, partOfConf)
			} else if holder.possessive {
				// "New York's Manufacturers Hanover Corp.", "Milan's
				// Halvik Opera": a city holds a firm or an opera house,
				// which is no part of it; its police or council is.
				lemma := schema.PartOf
				if h := holder.ent; h.typ == schema.GPE && (h.gaz != nil && !h.gaz.region && !d.r.country(h) && !stateBody(e.name) || privateBody(e)) {
					lemma = schema.LocateIn
				}
				d.derive(si, arg, holder.surface, lemma, e, holder.ent, "", partOfConf)
			} else if lemma := describedBody(s, holder, m); lemma != "" {
				d.derive(si, arg, joinText(s.Tokens[holder.start:m.start]), lemma, e, holder.ent, "", partOfConf)
			} else if nationalBody(s, holder, m) && m.kind != mGroup {
				// "the Norwegian parliament": the state's own body,
				// which the sentence describes as the state's; a group
				// noun that takes up a body named before ("the
				// Indonesian Navy ... by Indonesian navy") only
				// restates it: background.
				d.derive(si, arg, holder.surface, schema.PartOf, e, holder.ent, "", partOfConf)
			} else {
				d.deriveBackground(si, arg, holder.surface, schema.PartOf, e, holder.ent, partOfConf)
			}
		}
	}
	// A possessive places cities and regions ("Russia's Kursk region"),
	// not seas and rivers, which states share ("Ukraine's Black Sea ports").
	if m.in != nil && m.in.ent != nil && m.in.ent != e && e.typ == schema.GPE && !(d.r.country(e) && d.r.country(m.in.ent)) {
		// A state lies in no other state: "Voice of America's South
		// Sudan in Focus programme" names a programme.
		d.derive(si, arg, "'s", schema.LocateIn, e, m.in.ent, "", possessConf)
	}
	d.ownedPart(si, s, m) // "Microsoft's GitHub", "South Africa's False Bay"
}

// statePossessor returns the possessive mention of a state right before
// the organisation m whose own name opens with the state's adjective
// ("Thailand's Thai Raksa Chart Party"), or with the state's acronym in
// brackets between ("the United Kingdom's (UK) Conservative Party"), or
// nil. The adjective or the acronym is no possessive, which the state's
// body would be part of.
func (d *docState) statePossessor(si int, s nlp.Sentence, m *mention) *mention {
	ms := d.sents[si]
	for _, p := range ms {
		if p.ent == nil || p.ent.typ != schema.GPE || !p.possessive || p.end >= m.start || s.Tokens[p.end].Tag != "POS" {
			continue
		}
		switch w := lowerWords(s.Tokens[p.end+1 : m.start]); {
		case len(w) == 0 && m.country != nil && m.country.ent == p.ent:
			return p
		case len(w) == 3 && w[0] == "(" && w[2] == ")" && slices.ContainsFunc(ms, func(a *mention) bool { return a.ent == p.ent && a.start == p.end+2 }):
			return p
		}
	}
	return nil
}

// stateRunWords say that a body described with a nationality is the
// state's ("Russian state broadcaster Channel One").
var stateRunWords = map[string]bool{
	"state": true, "state-run": true, "state-owned": true, "government": true, "official": true,
}

// describedBody returns the relation that a nationality (the mention
// holder) and the lower-case description between it and the organisation
// m state: "Dutch broadcaster RTL", "German carmaker Halvik" are in the
// state (locate_in), "Russian state broadcaster Channel One" and "the
// Norwegian police agency Kripos" part of it (part_of). A nationality
// inside the name ("the U.S. Air Force") states nothing: it returns "".
// The name may close an apposition after a comma ("the Polish competition
// agency, UOKiK,").
func describedBody(s nlp.Sentence, holder, m *mention) string {
	if !holder.adj || holder.end >= m.start || m.start-holder.end > 5 {
		return ""
	}
	end := m.start
	if s.Tokens[end-1].Text == "," && end-1 > holder.end && closedAfter(s, m.end) {
		end-- // "the Polish competition agency, UOKiK,"
	}
	if strings.EqualFold(s.Tokens[end-1].Text, "the") && end-1 > holder.end {
		end-- // "US rock band the Velvet Crows": the name's own article
	}
	return bodyDescription(s.Tokens[holder.end:end])
}

// pluralBodyList returns the relation that a nationality (the mention
// holder) and a plural body noun state of the organisation m named right
// after the noun and of the names listed after it: "Danish retail chains
// Halvik and Velby Mart", "Swedish firms Lund Steel, Orsa Timber and
// Kestrel" place every member in the state, as the singular noun places
// its one name ([bodyDescription]). A list must follow: a plural noun
// before a lone name describes no one.
func pluralBodyList(s nlp.Sentence, holder, m *mention) string {
	toks := s.Tokens
	if !holder.adj || holder.end >= m.start || m.start-holder.end > 5 || toks[m.start-1].Tag != "NNS" {
		return ""
	}
	k := m.end
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k < len(toks) && (toks[k].Lower() == "and" || toks[k].Lower() == "or") {
		k++
	}
	if k == m.end || k >= len(toks) || !isCap(toks[k].Text) {
		return ""
	}
	desc := slices.Clone(toks[holder.end:m.start])
	last := &desc[len(desc)-1]
	w := last.Lower()
	switch {
	case strings.HasSuffix(w, "ies"):
		w = strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s"):
		w = strings.TrimSuffix(w, "s")
	default:
		return ""
	}
	*last = nlp.Token{Text: w, Tag: "NN"}
	return bodyDescription(desc)
}

// bodyDescription returns the relation that toks, the lower-case words
// after a nationality that describe a body ("broadcaster", "state
// broadcaster", "shipping firm"), give the body to the state: part_of for
// a state's body, locate_in otherwise, or "" when toks describe no body.
func bodyDescription(toks []nlp.Token) string {
	if len(toks) == 0 || len(toks) > 4 {
		return ""
	}
	last := toks[len(toks)-1]
	if w := last.Lower(); !bodyNouns[w] && !stateBodyNouns[w] && !pressBodyNouns[w] ||
		!strings.HasPrefix(last.Tag, "NN") && !pressBodyNouns[w] {
		return "" // a press noun may be tagged an adjective: "Norwegian daily Aftenbladet"
	}
	n := len(toks)
	if last.Lower() == "tank" {
		if n < 2 || toks[n-2].Lower() != "think" {
			return ""
		}
		n -= 2 // "US think tank Halvik Council"
	} else {
		n-- // the body's noun, read above
	}
	if isCap(last.Text) {
		return ""
	}
	lemma := schema.LocateIn
	if w := last.Lower(); stateRunWords[w] || governmentHeads[w] {
		lemma = schema.PartOf
	}
	for i, t := range toks[:n] {
		if t.Lower() == "and" && i > 0 && i < n-1 && toks[i-1].Lower() != "and" {
			continue // "oil and gas company", "mortar and shell manufacturer"
		}
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "HYPH" {
			return ""
		}
		if w := t.Lower(); stateRunWords[w] || governmentHeads[w] {
			lemma = schema.PartOf
		}
	}
	return lemma
}

// marketVerbs enter or leave a market ([marketObject]).
var marketVerbs = map[string]bool{"enter": true, "re-enter": true, "exit": true, "leave": true, "quit": true, "withdraw": true, "pull": true}

// marketObject reports whether text, an object, ends in "market" ("the
// Polish market", "Norway's retail market").
func marketObject(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	return len(f) > 1 && (f[len(f)-1] == "market" || f[len(f)-1] == "markets")
}

// regionObject reports whether text, an object, ends in a compass point
// or a word for a state's land ("Syria's northeast", "the east of
// Ukraine", "Greek airspace"), with no other noun between.
func regionObject(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) < 2 {
		return false
	}
	if len(f) > 2 && f[len(f)-2] == "of" {
		return compassPoints[f[len(f)-3]] || stateLand[f[len(f)-3]]
	}
	return compassPoints[f[len(f)-1]] || stateLand[f[len(f)-1]]
}

// stateLand are the nouns of a state's land, air and sea, which stand for
// the state after its name ("entered Syria's territory").
var stateLand = map[string]bool{"territory": true, "soil": true, "airspace": true}

// nationalBody reports whether m, an organisation, is a state's adjective
// (the mention holder, at its start) then a state body's lower-case head
// ([governmentHeads]): "the Norwegian parliament", "the Polish police"
// describe the state's body. A capitalised head makes a name
// ("the Indonesian Navy", "the Greek Ministry of Culture"), which the
// annotators leave as background, as they do "the Swedish government".
func nationalBody(s nlp.Sentence, holder, m *mention) bool {
	if !holder.adj || holder.start != m.start || holder.end+1 != m.end || holder.ent == nil || holder.ent.typ != schema.GPE {
		return false
	}
	head := s.Tokens[holder.end].Text
	return lowerWord(head) && governmentHeads[head] && head != "government"
}

// pressBodyNouns are more nouns of bodies that a nationality describes
// ("Dutch daily Trouw", "German carmaker Halvik"), beside [bodyNouns] and
// [stateBodyNouns].
var pressBodyNouns = map[string]bool{
	"daily": true, "weekly": true, "magazine": true, "network": true, "channel": true, "carmaker": true,
	"automaker": true, "airline": true, "insurer": true, "operator": true, "broadcaster": true,
	"chain": true, "giant": true, "conglomerate": true, "carrier": true, "lender": true, "brewer": true,
	"miner": true, "producer": true, "maker": true, "supplier": true, "watchdog": true, "authority": true,
	"tank": true, "tabloid": true, "outlet": true, "publication": true, "paper": true, "broadsheet": true,
	"developer": true, "distributor": true, "exporter": true, "importer": true, "manufacturer": true,
	"enterprise": true, "band": true, "utility": true, "supermarket": true, "non-profit": true,
}

// nationalityBody: "Dutch broadcaster RTL", "German carmaker Halvik
// Motors", "Russian state broadcaster Channel One": a nationality, a
// lower-case description ending in a body's noun and the body's name give
// the relation [describedBody] reads.
func nationalityBody(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent.typ != schema.GPE || !d.r.country(a.ent) || !named(b) || b.ent.typ != schema.Organization {
		return role{}, false
	}
	if lemma := describedBody(s, a, b); lemma != "" {
		return role{lemma: lemma, reverse: true}, true
	}
	if lemma := pluralBodyList(s, a, b); lemma != "" {
		// "Danish firms Halvik and Velby": every name listed holds it.
		return role{lemma: lemma, reverse: true, listed: true}, true
	}
	return role{}, false
}

// placeNameBody: "the Ohio company Halvik Motors", "a Bergen shipping firm,
// Lund Lines,": a place's name, after an article or opening the sentence,
// stands for its adjective before a lower-case description ending in a
// body's noun and the body's name, and gives the relation
// [bodyDescription] reads. A possessive ("Ohio's company") or a name
// inside the body's own ("the Ohio State University") is none of these.
func placeNameBody(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.adj || a.possessive || !named(a) || a.ent.typ != schema.GPE || !named(b) || b.ent.typ != schema.Organization ||
		a.end >= b.start || b.start-a.end > 5 || isCap(s.Tokens[a.end].Text) {
		return role{}, false
	}
	if k := a.start - 1; k >= 0 && !articles[s.Tokens[k].Lower()] && !openerComma(s.Tokens, k) && !bodyPreposition(s.Tokens[k]) {
		return role{}, false
	}
	end := b.start
	if s.Tokens[end-1].Text == "," && end-1 > a.end && closedAfter(s, b.end) {
		end-- // "a Bergen shipping firm, Lund Lines,"
	}
	if lemma := bodyDescription(s.Tokens[a.end:end]); lemma != "" {
		return role{lemma: lemma, reverse: true}, true
	}
	return role{}, false
}

// bodyPreposition reports whether t is a preposition that takes the body
// a place's name and description name ("airlifted by Bergen charity Halvik
// Aid", "shares of Oslo firm Halvik"); not one that could place what
// happened in the place instead ("In Oslo firm Halvik hired ...").
func bodyPreposition(t nlp.Token) bool {
	if t.Tag != "IN" && t.Tag != "TO" {
		return false
	}
	switch t.Lower() {
	case "in", "at", "near", "across", "throughout", "around", "within", "outside", "inside", "from", "into":
		return false
	}
	return true
}

// openerComma reports whether token k is the comma that closes a
// prepositional phrase opening the sentence ("At midnight (0700 UTC),
// Ohio utility Halvik Power began"): what follows starts the clause, as
// at the sentence's start.
func openerComma(toks []nlp.Token, k int) bool {
	if k < 2 || toks[k].Text != "," || toks[0].Tag != "IN" {
		return false
	}
	for _, t := range toks[1:k] {
		if t.Text == "," || strings.HasPrefix(t.Tag, "VB") {
			return false
		}
	}
	return true
}

// orgCommaNationality: "Halvik Holdings, a Norwegian shipping firm,",
// "Lund Lines, the Swedish ferry operator,", "PCdoB (Brazilian communist
// political party)": an organisation, a comma and an article or a bracket,
// a nationality and a body's description that closes the apposition give
// the relation [bodyDescription] reads.
func orgCommaNationality(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.ent.typ != schema.Organization || !b.adj || b.ent.typ != schema.GPE || !d.r.country(b.ent) {
		return role{}, false
	}
	w := between(s, a, b)
	switch {
	case len(w) == 2 && w[0] == "," && (w[1] == "a" || w[1] == "an" || w[1] == "the"),
		len(w) == 1 && w[0] == "(", len(w) == 2 && w[0] == "(" && (w[1] == "a" || w[1] == "an" || w[1] == "the"):
	case len(w) > 2 && len(w) <= 4 && w[0] == "," && (w[1] == "a" || w[1] == "an" || w[1] == "the") && gradingWords(s.Tokens[a.end+2:b.start]):
		// "Halvik Watch, an independent Norwegian rights group,", "Globex,
		// the state-run Swedish broadcaster,": words that grade the body
		// before its nationality.
	default:
		return role{}, false
	}
	end := b.end
	for end < len(s.Tokens) && end < b.end+4 && !isCap(s.Tokens[end].Text) &&
		(strings.HasPrefix(s.Tokens[end].Tag, "NN") || strings.HasPrefix(s.Tokens[end].Tag, "JJ") || s.Tokens[end].Tag == "HYPH") {
		end++
	}
	if !closedAfter(s, end) || w[0] == "(" && (end >= len(s.Tokens) || s.Tokens[end].Text != ")") {
		return role{}, false
	}
	if lemma := bodyDescription(s.Tokens[b.end:end]); lemma != "" {
		return role{lemma: lemma}, true
	}
	return role{}, false
}

// orgCommaBodyOf: "Halvik Met, the national weather service for Norway,",
// "Nordspace, the space agency of Norway,": an organisation, a comma,
// "the", a lower-case description ending in a state body's noun, "of" or
// "for" and a state that closes the apposition make the organisation part
// of the state, as "the Norwegian weather service" before it does
// ([orgCommaNationality]). A body the description only places in the
// state ("the largest bank of Norway") is [describedIn]'s.
func orgCommaBodyOf(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.ent.typ != schema.Organization || !named(b) || b.adj || b.possessive || b.ent.typ != schema.GPE || !d.r.country(b.ent) {
		return role{}, false
	}
	w := between(s, a, b)
	n := len(w)
	if n < 4 || n > 7 || w[0] != "," || w[1] != "the" || w[n-1] != "of" && w[n-1] != "for" || !closedAfter(s, b.end) {
		return role{}, false
	}
	if bodyDescription(s.Tokens[a.end+2:b.start-1]) != schema.PartOf {
		return role{}, false
	}
	return role{lemma: schema.PartOf}, true
}

// bodyOfCommaOrg: "the legislature of Norway, the Grand Assembly,", "the
// space agency of Norway, Nordspace,": "the", a lower-case description
// ending in a state body's noun and "of" before a state, then a comma (and
// "the") before a named organisation that closes the apposition make the
// organisation part of the state, as [orgCommaBodyOf] reads the other
// order.
func bodyOfCommaOrg(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if !named(a) || a.adj || a.possessive || a.ent.typ != schema.GPE || !d.r.country(a.ent) ||
		!named(b) || b.possessive || b.ent.typ != schema.Organization || !closedAfter(s, b.end) {
		return role{}, false
	}
	if w := between(s, a, b); !slices.Equal(w, []string{","}) && !slices.Equal(w, []string{",", "the"}) {
		return role{}, false
	}
	of := a.start - 1
	if of < 0 || s.Tokens[of].Lower() != "of" {
		return role{}, false
	}
	the := of - 1
	for the >= 0 && of-the <= 4 && !strings.EqualFold(s.Tokens[the].Text, "the") {
		the--
	}
	if the < 0 || of-the > 4 || the+1 == of || bodyDescription(s.Tokens[the+1:of]) != schema.PartOf {
		return role{}, false
	}
	return role{lemma: schema.PartOf, reverse: true}, true
}

// gradingWords reports whether toks are lower-case adjectives, participles
// or adverbs ("independent", "leading", "state-run", "privately owned")
// that may stand before a nationality.
func gradingWords(toks []nlp.Token) bool {
	for _, t := range toks {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "VBN" && t.Tag != "VBG" && !strings.HasPrefix(t.Tag, "RB") && t.Tag != "HYPH" {
			return false
		}
	}
	return len(toks) > 0
}

// portfolioBody returns the organisation of the document named for the
// portfolio p as a ministry, department or office is ("Ministry of
// Education", "Department for Education", "Italian Education Ministry",
// "Home Office"), or nil.
func (d *docState) portfolioBody(p string) *docEntity {
	p = normKey(p)
	if p == "" {
		return nil
	}
	for _, e := range d.ents {
		if e.typ != schema.Organization {
			continue
		}
		n := normKey(e.name)
		if rest, ok := strings.CutPrefix(n, p+" "); ok {
			if g := d.r.g.entries[rest]; g != nil && g.typ == schema.GPE && !g.region {
				return e // "Environment Canada"
			}
		}
		for _, body := range []string{"ministry", "department", "office"} {
			if body != "office" && (strings.HasSuffix(n, body+" of "+p) || strings.HasSuffix(n, body+" for "+p)) || strings.HasSuffix(n, p+" "+body) {
				return e
			}
			// "the Pentagon", which the gazetteer also calls the
			// Department of Defense.
			if g := e.gaz; g != nil && (d.r.g.entries[body+" of "+p] == g || d.r.g.entries[p+" "+body] == g) {
				return e
			}
		}
	}
	return nil
}

// restatedTitle: "The president said", "accused the president of", "the
// president's refusal" after "President Tom Wu of Norway": the title of
// description m restates the role it was given with, as "President Wu"
// does. Written with a capital ("the President said"), the title stands
// for its holder's name, and the real-news annotations (dev, wn3) take no
// role from it.
func (d *docState) restatedTitle(si int, s nlp.Sentence, m *mention) {
	if f := d.restatedHeld(s, m); f != nil {
		d.derive(si, argOf(s, m), f.Relation, f.Lemma, m.ent, f.obj, "", roleConf)
	}
}

// restatedHeld returns the role fact that description m restates
// ([docState.restatedTitle]), or nil.
func (d *docState) restatedHeld(s nlp.Sentence, m *mention) *docFact {
	if m.ent == nil || m.kind != mDesc || m.ent.typ != schema.Person || isCap(s.Tokens[m.end-1].Text) {
		return nil
	}
	f := d.heldAs(m.ent, m.head)
	if f != nil && f.Lemma == schema.MemberOf && f.obj != nil && armedService(f.obj) {
		// "USCG Captain Ann Lee", then "the captain": a service has many
		// captains, and the description may be another's (a ship's);
		// only "Captain Lee" restates the rank ([titledRank]).
		return nil
	}
	return f
}

// restatedOffices: "Judge Tom Wu sentenced ... The judge said", "Mayor Ann
// Lee ... the mayor": the roles that titles give only with the report's
// court, town or region ([docState.officeFacts]) are held after every
// sentence's mentions were read, so the descriptions of their holders
// restate them now ([docState.restatedTitle]; a fact already derived is
// not derived again).
func (d *docState) restatedOffices(sents []nlp.Sentence) {
	for si, ms := range d.sents {
		if si >= len(sents) {
			break
		}
		toks := sents[si].Tokens
		for _, m := range ms {
			f := d.restatedHeld(sents[si], m)
			if f == nil || f.obj == nil || f.obj.typ == schema.GPE && d.r.country(f.obj) || m.end < len(toks) && toks[m.end].Tag == "IN" {
				// A state's head or minister was held before, and
				// restated then, by the title the report's state gives
				// ([docState.mentionFacts]); "the judge in that case"
				// may be another case's judge.
				continue
			}
			d.derive(si, argOf(sents[si], m), f.Relation, f.Lemma, m.ent, f.obj, "", roleConf)
		}
	}
}

// A heldKey is a person and a title they were named with.
type heldKey struct {
	e     *docEntity
	title string
}

// hold records f, the role fact that titles gave e with a holder, under e's
// last title but a form of address ([surnameTitle]): "Dr" in "Oslo
// University professor Dr Ann Lee" and "Mr." in "Deputy Minister Mr. Tom
// Wu" name no office, and "Dr Lee said" later restates no role.
func (d *docState) hold(e *docEntity, titles []*title, f *docFact) {
	k := len(titles) - 1
	for k >= 0 && surnameTitle(titles[k].name) {
		k--
	}
	if f == nil || k < 0 {
		return
	}
	if d.held == nil {
		d.held = map[heldKey]*docFact{}
	}
	d.held[heldKey{e, titles[k].name}] = f
}

// holdTitle gives e the descriptions that title t makes ([titleDescs]),
// and records f as the role e holds with it ([docState.hold]), so that a
// later "the president" both finds e and restates f. A nil t does
// nothing.
func (d *docState) holdTitle(e *docEntity, t *title, f *docFact) {
	if t == nil {
		return
	}
	for _, w := range titleDescs(t) {
		e.desc[w] = true
	}
	d.hold(e, []*title{t}, f)
}

// placedPost returns the one place other than home that an earlier
// sentence than si gave e a post in with the relation lemma ("Ola Berg,
// the Deputy Mayor of the province of Vestland,"), or nil: a title
// that a later sentence restates with no state ("being the Deputy Chief
// Minister") is that place's, not the state the report is about.
func (d *docState) placedPost(e *docEntity, lemma string, home *docEntity, si int) *docEntity {
	var found *docEntity
	for _, f := range d.facts {
		if f.subj != e || f.obj == nil || f.obj == home || f.Lemma != lemma || f.Sentence >= si || f.Negated || !isPlace(f.obj) {
			continue
		}
		if found != nil && found != f.obj {
			return nil
		}
		found = f.obj
	}
	return found
}

// heldAs returns the role fact that e holds with a title that the
// description noun head names ("president"; "minister" for Prime
// Minister), or nil when none does or two such give different roles. A
// nil e stands for anyone of the document.
func (d *docState) heldAs(e *docEntity, head string) *docFact {
	var found *docFact
	for k, f := range d.held {
		if e != nil && k.e != e || !slices.Contains(titleDescs(&title{name: k.title}), head) {
			continue
		}
		if found != nil && (found.obj != f.obj || found.Lemma != f.Lemma) {
			return nil
		}
		if found == nil || f.Sentence < found.Sentence {
			found = f
		}
	}
	return found
}

// gazetteerFacts adds capital_of, government_of, part_of and locate_in
// facts that the gazetteer knows, when both ends are in the document. Each
// is dated to the first sentence that mentions the subject.
func (d *docState) gazetteerFacts() {
	for _, e := range d.ents {
		if e.typ == schema.Organization && e.country != nil && len(e.mentions) > 0 {
			// "the government", the government of the document's state
			d.deriveBackground(e.first.sent, schema.Argument{Text: e.name}, schema.PartOf, schema.PartOf, e, e.country, partOfConf)
		}
		g := e.gaz
		if g == nil {
			continue
		}
		links := []struct{ lemma, to string }{
			{schema.CapitalOf, g.capitalOf}, {schema.GovernmentOf, g.seatOf}, {schema.PartOf, g.of},
		}
		if g.capitalOf == "" {
			links = append(links, struct{ lemma, to string }{schema.LocateIn, g.in})
		}
		for _, l := range links {
			if l.to == "" {
				continue
			}
			o := d.byKey[normKey(l.to)]
			if o == nil || o == e {
				continue
			}
			arg := schema.Argument{Text: e.name}
			d.deriveBackground(e.first.sent, arg, l.lemma, l.lemma, e, o, gazConf)
		}
	}
}

// ledBodyBefore reports whether the titled person m follows "led by"
// (headed, chaired, run, presided over by) right before the title, and the
// sentence names an organisation before it that is no state's government:
// "The Supreme Court is led by President Ann Lee" names the body the
// title's holder leads.
func ledBodyBefore(toks []nlp.Token, ms []*mention, m *mention) bool {
	k := namedTitleStart(m)
	if k > 0 && toks[k-1].Lower() == "the" {
		k--
	}
	if k < 2 || toks[k-1].Lower() != "by" {
		return false
	}
	switch toks[k-2].Lower() {
	case "led", "lead", "headed", "chaired", "run", "over":
	default:
		return false
	}
	return slices.ContainsFunc(ms, func(b *mention) bool {
		return b.end <= k-2 && b.ent != nil && b.ent.typ == schema.Organization && !b.adj && !strings.HasSuffix(strings.ToLower(b.ent.name), "government")
	})
}

// officeFacts adds, for a person named with an office's title and no
// holder, the title's relation to the body the office is of, when the
// document names it: for a well-known person ("President Trump", "Foreign
// Minister Lavrov"), the state or body the gazetteer says the person holds
// office in (the sentence states the office, the gazetteer only says
// whose it is); for others, the state the report is about when the title
// is one of a state ([stateTitle], [docState.stateOffice]), or the one
// chamber the document names when the title sits in it ("Senator Ann
// Lee", [docState.chamberOf]). Honorifics ("Mr") give nothing.
func (d *docState) officeFacts(sents []nlp.Sentence) {
	home := d.homeState()
	for si, ms := range d.sents {
		for _, m := range ms {
			e := m.ent
			if c := d.partySeat(sents[si].Tokens, m); c != nil {
				// "Conservative MP Tom Wu" in a report that names the
				// House of Commons: the party's member sits in it too.
				d.derive(si, argOf(sents[si], m), "title", schema.MemberOf, e, c, "", roleConf)
			}
			if c := d.seatBeforeParty(sents[si].Tokens, ms, m); c != nil {
				// "MP Ann Lee of the Labour Party": the party's member
				// sits in the chamber her title names too.
				d.derive(si, argOf(sents[si], m), "title", schema.MemberOf, e, c, "", roleConf)
			}
			pa := partyAdjective(sents[si].Tokens, m)
			if e == nil || e.typ != schema.Person || !named(m) || m.role || len(m.titles) == 0 ||
				!pa && (m.org != nil && m.org.ent != nil || m.country != nil && m.country.ent != nil && !legislatorOf(d, m.titles, m.country.ent, around(sents[si].Tokens, m.country, m))) ||
				e.gaz == nil && m.country == nil && placeBeforeTitle(sents[si].Tokens, ms, m, home) {
				continue
			}
			st := home
			start := namedTitleStart(m)
			if pa {
				start = min(start, partyHolder(m).start) // "Maryland's Republican Governor Tom Wu"
			}
			if k := modifiersBefore(sents[si].Tokens, start); k >= 2 && sents[si].Tokens[k-1].Tag == "POS" && d.stateEndingAt(si, k-1) != nil {
				if k == start {
					// "Niger's president Mahamadou Issoufou" in a report
					// about Nigeria: the title is the possessive state's,
					// which the role rules read; never the report's state.
					continue
				}
				// "Egypt's current President Abdel Fattah al-Sisi",
				// "Kenya's former president Uhuru Kenyatta" in a report
				// about another state: the possessive state's still.
				st = d.stateEndingAt(si, k-1).ent
			} else if c := d.senderState(sents[si].Tokens, ms, m); c != nil {
				// "The United States sent Secretary of State Tom Wu to
				// Athens" in a report about Greece: the sender's official.
				st = c
			} else if c := listedState(sents[si].Tokens, ms, m); c != nil {
				// "Norwegian prime minister Ann Lee and energy minister
				// Tom Wu": the head's minister.
				st = c
			}
			last := m.titles[len(m.titles)-1].name
			if (e.gaz == nil || e.gaz.office == "") && ledBodyBefore(sents[si].Tokens, ms, m) {
				// "The Supreme Court is led by President Ann Lee": the
				// president of the body the sentence names, not of the
				// report's state.
				continue
			}
			var o *docEntity
			lemma := ""
			switch {
			case e.gaz != nil && e.gaz.office != "" && len(chambers[strings.ToLower(last)]) == 0:
				// "President Joe Biden": the office the gazetteer says
				// the person holds; a legislator's title ("Senator Kamala
				// Harris") is a seat in a chamber, read as anyone's below.
				o = d.byKey[normKey(e.gaz.office)]
			case bodyOfAfter(sents[si].Tokens, ms, m.end) || namedTitleStart(m) == m.start && apposedOf(sents[si].Tokens, m.end, last):
			case titleStates[last] != "" && d.byKey[normKey(titleStates[last])] != nil:
				// "a visit to Ireland with Taoiseach Liam Nolan": a
				// title only one state gives.
				o = d.byKey[normKey(titleStates[last])]
				if !m.titles[len(m.titles)-1].lead {
					lemma = schema.WorkFor
				}
			case d.ownBody(officePortfolio(sents[si].Tokens, m), e, home, pos{si, m.start}) != nil:
				// "Home Secretary Ann Lee" in a report that names the
				// Home Office (GUIDE: "South Korea's defence ministry").
				o = d.ownBody(officePortfolio(sents[si].Tokens, m), e, home, pos{si, m.start})
			case shadowTitle(sents[si].Tokens, m):
			case st != nil && writtenStaff(sents[si].Tokens, m):
				// "Solicitor General Tom Wu", whose title the gazetteer
				// reads as "General"; "Presidential Spokesperson Ann Lee".
				o, lemma = st, schema.WorkFor
			case last == "Premier" && (st == home || st == nil) && (st == nil || premierStates[st.name]):
				// "Premier Ann Lee" in a report about Ontario, Canada, or
				// New South Wales, Australia: the premier of the province
				// or state, never of the federation, whose head is its
				// prime minister.
				o = d.premierRegion(home)
				if st != nil && o == nil {
					o = d.homeRegion(home)
				}
			case (last == "President" || last == "Premier") && regionalHeadTitle(sents[si].Tokens, m):
				// "Vasco Cordeiro, the regional president," "Provincial
				// Premier Ann Lee": the head of the one region the
				// sentence, or else the report, names, as a regional
				// governor's is; never the report's state.
				o = d.governedRegion(si, true)
			case corporateTitle(sents[si].Tokens, m):
				// "Senior vice president Ann Lee added" in a report about
				// Orvel Energy: an officer of the company "the company"
				// would name there ([docState.described]).
				if c := d.described(si, namedTitleStart(m), "company"); c != nil && c.typ == schema.Organization {
					o, lemma = c, schema.WorkFor
				}
			case st != nil && !subnationalTitle(sents[si].Tokens, m) && (slices.ContainsFunc(m.titles, func(t *title) bool { return stateTitle(t.name) }) && !lordTitle(m.titles) || monarch(m) || d.calledMonarch(m) || officePortfolio(sents[si].Tokens, m) != ""):
				// "Prime Minister Tony Blair" in a report about Britain:
				// the head of the state the report is about (GUIDE:
				// "South Korea when no ministry is named"); not "Vasco
				// Cordeiro, the regional president," in a report about
				// Ireland, a region's office.
				o = st
				if last == "Premier" && st == home {
					if r := d.homeRegion(home); r != nil {
						// "Premier Ann Lee" in a report about a province.
						o = r
					}
				}
			case last == "Judge":
				// "Judge Tom Wu ordered" in a report that names one
				// court: the court's judge; not a high court's, when
				// the document titles the judge with a lower bench
				// ("U.S. District Judge Tom Wu ... a previous Supreme
				// Court ruling").
				o, lemma = d.oneCourt(), schema.WorkFor
				if o != nil && highCourt(o.name) && d.lowerBenchJudge(sents, e) {
					o = nil
				}
			case last == "Justice" || last == "Chief Justice":
				// "wrote Chief Justice Ann Lee" in a report that names
				// one court: its head; "Justice Tom Wu", one of its
				// bench (GUIDE: a title's body is the one the document
				// names).
				o, lemma = d.oneCourt(), schema.WorkFor
				if last == "Chief Justice" {
					lemma = schema.Lead
				}
			case policeRanks[last] && rankBefore(sents[si].Tokens, m, last):
				// "said Detective Inspector Tom Wu" in a report that
				// names one police force: an officer of that force
				// (GUIDE: a title's body is the one the document names).
				o, lemma = d.onePolice(), schema.WorkFor
				if k := namedTitleStart(m); otherForce(sents[si].Tokens, k-1, o) {
					o = nil
				}
			case last == "Attorney" && localAttorney(sents[si].Tokens, m):
				// "District Attorney Ann Lee said" in a report about a
				// trial in Denver: the one town the sentence, or else
				// the whole report, names (GUIDE: a title's body is the
				// one the document names).
				o, lemma = d.governedTown(si), schema.WorkFor
			case last == "Sheriff":
				// "Sheriff Tom Wu said" in a report about Marin County:
				// the one county the sentence, or else the report, names
				// (work_for, as "Marin County Sheriff Tom Wu" reads).
				o, lemma = d.governed(si, false, func(e *docEntity) bool {
					return e.typ == schema.GPE && !d.r.country(e) && !governedPlace(e) && strings.HasSuffix(e.name, " County")
				}), schema.WorkFor
			case last == "Mayor" || last == "mayor":
				// "mayor John Tory suggested a probe" in a report about
				// Toronto: the one town the sentence, or else the whole
				// report, names.
				o = d.governedTown(si)
				if o == nil {
					o = d.officeOfPlace(si, e, "mayor", d.governedTownPlace)
				}
			case last == "Governor" || last == "Gov." || last == "Chief Minister":
				// "Governor Ann Lee postponed the primary in Ohio": the
				// one region the sentence, or else the whole report,
				// names; "Chief Minister Ann Lee" in a report about
				// Kerala heads that state of India so.
				o = d.governedRegion(si, regionalTitle(sents[si].Tokens, m))
				if o == nil && last != "Chief Minister" {
					o = d.officeOfPlace(si, e, "governor", func(e *docEntity) bool { return governedPlace(e) || d.regionalPlace(e) })
				}
			default:
				// "Senator Ann Lee" in a report that names the Senate;
				// "House Speaker Tom Wu" leads the one chamber it names;
				// a report that names the US Congress is one on the US.
				us := d.usSeat(home) || d.usReport()
				if m.country != nil {
					us = d.usSeat(m.country.ent) // "Philippine Senator Ann Lee" in a report about the US
				}
				if k := namedTitleStart(m); k > 0 && strings.EqualFold(sents[si].Tokens[k-1].Text, "state") || strings.HasPrefix(strings.ToLower(m.full), "state ") {
					us = false // "state Senator Ann Lee" sits in a state's senate
				}
				o, lemma = d.seatChamber(last, us), schema.MemberOf
				if st := d.stateOfBody(o); o != nil && m.country != nil && st != nil && st != m.country.ent {
					// "US lawmaker Tom Wu" in a report that names Nigeria's
					// National Assembly only: the chamber of Congress the
					// title names ("the United States Speaker of the House
					// Ann Lee" beside "the Swedish Parliament").
					o = nil
					if us {
						o = d.congressChamber(last)
					}
				}
				if strings.EqualFold(last, "Speaker") {
					lemma = schema.Lead
				}
			}
			if o == nil || o == e {
				continue
			}
			for _, t := range m.titles {
				switch {
				case t.lead && t == m.titles[len(m.titles)-1] && m.portfolio != "":
					// "Director of National Intelligence Ann Lee": the
					// of-phrase names a field of the state's
					// government, not a body the director heads (a
					// known one, "Director of the FBI", is the body
					// the name holds the title in).
					lemma = schema.WorkFor
				case t.lead:
					lemma = schema.Lead
				case lemma == "" && (officeWords(t.name) || stateTitle(t.name)):
					// a minister, a secretary, or a deputy of the head
					// of state ("Vice President Ann Lee")
					lemma = schema.WorkFor
				}
			}
			if lemma != "" {
				// The post is held: "while he was president" restates it
				// ([docState.bareHeld]).
				d.hold(e, m.titles, d.derive(si, argOf(sents[si], m), "title", lemma, e, o, "", roleConf))
			}
		}
	}
}

// apposedOf reports whether an apposition after a name that ends at
// token end gives the title last, the name's last title, an of-phrase
// ("Tom Wu, the president of the country's chess federation,") or an
// at-phrase that names a body ("Ann Lee, a vice president at Orvel,"): the
// phrase names what the office is of, which the rules of appositions
// read; the office is no state's. A title written before the name
// ("Ex-Prime Minister Donald Tusk, the President of the European
// Council,") still gives its own.
func apposedOf(toks []nlp.Token, end int, last string) bool {
	if end >= len(toks) || toks[end].Text != "," {
		return false
	}
	f := strings.Fields(last)
	for k := end + 1; k+1 < len(toks) && k <= end+4; k++ {
		if strings.EqualFold(toks[k].Text, f[len(f)-1]) {
			return toks[k+1].Text == "of" || toks[k+1].Text == "at" && atBody(toks, k+2)
		}
	}
	return false
}

// atBody reports whether the tokens from k name a body after "at": a
// capitalised name, or "the" before one ("Tom Wu, a vice president at
// Orvel,", "at the Nordic Bank"); not "at the time".
func atBody(toks []nlp.Token, k int) bool {
	if k < len(toks) && toks[k].Lower() == "the" {
		k++
	}
	return k < len(toks) && isCap(toks[k].Text)
}

// titleStates are the states or bodies whose offices a title names
// alone: the Taoiseach heads Ireland's government, the Tánaiste is its
// deputy; the Pope heads the Catholic Church (held of it only where the
// document names the church, as "a Roman Catholic cathedral" does).
var titleStates = map[string]string{"Taoiseach": "Ireland", "Tánaiste": "Ireland", "Tanaiste": "Ireland", "Pope": "Catholic Church"}

// lordTitle reports whether titles hold "Lord" before another title:
// "Lord President" of a court or a council, "Lord Chancellor", offices
// of a court or the crown, not the state's president or minister.
func lordTitle(titles []*title) bool {
	for i := 0; i+1 < len(titles); i++ {
		if titles[i].name == "Lord" {
			return true
		}
	}
	return false
}

// oneCourt returns the one court or tribunal that the document names,
// or nil when it names none or several.
func (d *docState) oneCourt() *docEntity {
	var court *docEntity
	for _, e := range d.ents {
		if e.typ != schema.Organization || len(e.mentions) == 0 || !slices.ContainsFunc(strings.Fields(e.name), func(w string) bool { return w == "Court" || w == "Tribunal" }) {
			continue
		}
		if court != nil {
			return nil
		}
		court = e
	}
	return court
}

// policeRanks are the titles of police officers ([docState.onePolice]);
// "Sergeant" and "Commissioner" alone are not among them, being also an
// army's and a commission's.
var policeRanks = map[string]bool{
	"Detective": true, "Detective Inspector": true, "Detective Chief Inspector": true, "Detective Sergeant": true,
	"Detective Constable": true, "Detective Superintendent": true, "Detective Chief Superintendent": true,
	"Chief Superintendent": true, "Superintendent": true, "Chief Inspector": true, "Inspector": true,
	"Constable": true, "Police Constable": true, "Senior Constable": true,
	"Chief Constable": true, "Deputy Chief Constable": true, "Assistant Chief Constable": true,
	"Police Commissioner": true,
}

// rankBefore reports whether rank is written right before the name of m
// ("said Detective Inspector Tom Wu", "Northamptonshire's chief constable
// Nick Adderley"), not read from an apposition ("Tom Wu, a detective for
// ...").
func rankBefore(toks []nlp.Token, m *mention, rank string) bool {
	k := namedTitleStart(m)
	if k >= m.start {
		return false
	}
	written := joinText(toks[k:m.start])
	return len(written) >= len(rank) && strings.EqualFold(written[len(written)-len(rank):], rank)
}

// forceLevels are the lower-case words that put a police force at a level
// or in a field of its own ("provincial police", "state police", "border
// police"); [otherForce] reads them.
var forceLevels = map[string]bool{
	"provincial": true, "state": true, "federal": true, "national": true, "military": true, "border": true,
	"municipal": true, "county": true, "regional": true, "religious": true, "secret": true, "transport": true,
	"railway": true, "tribal": true,
}

// otherForce reports whether the lower-case "police" at token k is told
// apart from force by a level before it that force's name lacks: "In
// Ontario, provincial police Detective Constable Ann Lee" in a report that
// names only the Royal Halden Police is an officer of the province's force,
// which the words do not name; "the Kelby Provincial Police ... provincial
// police Constable Ann Lee" is of the named one, and "local police" may be.
func otherForce(toks []nlp.Token, k int, force *docEntity) bool {
	if k < 1 || k >= len(toks) || toks[k].Text != "police" || force == nil {
		return false
	}
	w := toks[k-1].Text
	return forceLevels[w] && !slices.ContainsFunc(strings.Fields(force.name), func(f string) bool { return strings.EqualFold(f, w) })
}

// onePolice returns the one police force the document names ("Thames
// Valley Police", "the Garda", "Lancashire Constabulary"), or nil when it
// names none or more than one.
func (d *docState) onePolice() *docEntity {
	var force *docEntity
	for _, e := range d.ents {
		if e.typ != schema.Organization || len(e.mentions) == 0 || !slices.ContainsFunc(strings.Fields(e.name), func(w string) bool {
			return w == "Police" || w == "Constabulary" || w == "Garda"
		}) {
			continue
		}
		if force != nil {
			return nil
		}
		force = e
	}
	return force
}

// lowerBenchWords title judges of the courts below a high court:
// "District Judge", "Circuit Judge", "Magistrate Judge", "federal judge".
var lowerBenchWords = map[string]bool{
	"district": true, "circuit": true, "magistrate": true, "county": true, "federal": true, "appeals": true, "trial": true,
}

// highCourt reports whether name is a state's highest court's: "Supreme
// Court", "High Court of Australia".
func highCourt(name string) bool {
	return strings.Contains(name, "Supreme Court") || strings.HasPrefix(name, "High Court")
}

// lowerBenchJudge reports whether a mention of e in sents is titled with a
// word of a lower bench ([lowerBenchWords]) in the three words before its
// name: "U.S. District Judge Gray Miller".
func (d *docState) lowerBenchJudge(sents []nlp.Sentence, e *docEntity) bool {
	for si, ms := range d.sents {
		for _, m := range ms {
			if m.ent != e || !named(m) || si >= len(sents) {
				continue
			}
			for _, t := range sents[si].Tokens[max(namedTitleStart(m)-3, 0):m.start] {
				if lowerBenchWords[t.Lower()] {
					return true
				}
			}
		}
	}
	return false
}

// governedPlace reports whether e is a region that a governor governs: a
// state's first division the gazetteer lists, or a place whose name ends
// with a region's noun ("the Kosice Region", "Aceh Province").
func governedPlace(e *docEntity) bool {
	if e.typ == schema.GPE && e.gaz != nil && e.gaz.region {
		return true
	}
	f := strings.Fields(e.name)
	return (e.typ == schema.GPE || e.typ == schema.Location) && e.gaz == nil && len(f) > 1 && regionNouns[f[len(f)-1]]
}

// regionNouns end the names of a state's regions that a governor heads.
var regionNouns = map[string]bool{"Region": true, "Province": true, "Oblast": true, "Governorate": true, "Prefecture": true, "Krai": true}

// governedRegion returns the region (a state's first division) that a
// governor named with no place in sentence si governs (one the gazetteer
// lists, or one the report writes so: [docState.regionalPlace]): the one region the
// sentence names, or, when it names none, the one region the document
// names, at least twice (once for a regional governor); a region after "to", "from" or "visit" is
// another's. It returns nil otherwise.
func (d *docState) governedRegion(si int, regional bool) *docEntity {
	return d.governed(si, regional, func(e *docEntity) bool { return governedPlace(e) || d.regionalPlace(e) })
}

// regionalPlace reports whether the report writes the place e, no state,
// before "regional" or "provincial", or before a governor's title
// ("Chelyabinsk regional Deputy Governor Oleg Klimov", "Chelyabinsk's
// governor"): a region a governor heads, though the gazetteer does not
// list it. A place before "region" alone may be a land's ("the Ural
// region").
func (d *docState) regionalPlace(e *docEntity) bool {
	if e.typ != schema.GPE && e.typ != schema.Location || d.r.country(e) {
		return false
	}
	for si := range e.mentions {
		toks := d.input[si].Tokens
		for _, m := range d.sents[si] {
			if m.ent != e || m.adj || m.kind == mPronoun {
				continue
			}
			k := m.end
			if k < len(toks) && toks[k].Tag == "POS" {
				k++
			}
			if k < len(toks) && regionalWords[toks[k].Lower()] && (k == m.end || toks[k].Lower() == "governor") {
				return true
			}
		}
	}
	return false
}

// regionalWords, after a place, say it is a region a governor heads.
var regionalWords = map[string]bool{"regional": true, "provincial": true, "governor": true}

// governedTown returns the town that a mayor named with no place in
// sentence si heads: the one town the sentence names, else the one town
// the document names, at least twice ("Toronto police apologised ...
// mayor John Tory suggested a probe"); nil otherwise.
func (d *docState) governedTown(si int) *docEntity {
	return d.governed(si, false, d.governedTownPlace)
}

// governedTownPlace reports whether e is a place a mayor may head: no
// state and no region a governor heads.
func (d *docState) governedTownPlace(e *docEntity) bool {
	return e.typ == schema.GPE && !d.r.country(e) && !governedPlace(e)
}

// officeOfPlace returns the one place, of those that place accepts, that
// another sentence than si names right after the office's noun and "of"
// with no other named person in that sentence: "The governor of Kelby
// declared an emergency. ... Governor Tom Wu said" (the lead's ruling: a
// short title restates the known holder's role). It returns nil when the
// report names no such office or the offices of several places.
func (d *docState) officeOfPlace(si int, holder *docEntity, noun string, place func(*docEntity) bool) *docEntity {
	if len(strings.Fields(holder.name)) < 2 {
		return nil // "Lord Mayor Candidate": a one-word name may be a common noun
	}
	var r *docEntity
	for sj, ms := range d.sents {
		if sj == si || sj >= len(d.input) {
			continue
		}
		toks := d.input[sj].Tokens
		if slices.ContainsFunc(ms, func(m *mention) bool {
			return named(m) && m.ent != nil && m.ent != holder && m.ent.typ == schema.Person
		}) {
			continue // "Ann Lee, the governor of Kelby,": another holder
		}
		for _, m := range ms {
			if m.ent == nil || !named(m) || m.adj || !place(m.ent) || m.start < 2 {
				continue
			}
			k := m.start - 1
			if toks[k].Lower() == "the" && k > 1 {
				k-- // "the mayor of the city of Oslo" stays out: "city" is no office
			}
			if toks[k].Lower() != "of" || toks[k-1].Lower() != noun {
				continue
			}
			if r != nil && r != m.ent {
				return nil
			}
			r = m.ent
		}
	}
	return r
}

// governed returns the place, of those that place accepts, that an
// office named with no place in sentence si holds ([docState.governedRegion]).
func (d *docState) governed(si int, regional bool, place func(*docEntity) bool) *docEntity {
	one := func(ms []*mention, min int) *docEntity {
		var r *docEntity
		for _, m := range ms {
			e := m.ent
			if e == nil || !place(e) || m.adj || e.n < min || m.kind == mPronoun {
				continue
			}
			if min == 0 && placeOfTitled(ms, m) {
				continue // "Mayor Tom Hale sued Oslo District Attorney Tom Berg": Oslo is the attorney's
			}
			if m.start > 0 {
				switch d.input[si].Tokens[m.start-1].Lower() {
				case "to", "from", "visit", "visited", "visits":
					if min == 0 {
						return nil
					}
				}
			}
			if r != nil && r != e {
				return nil
			}
			r = e
		}
		return r
	}
	if r := one(d.sents[si], 0); r != nil {
		return r
	}
	for _, m := range d.sents[si] {
		if m.ent != nil && place(m.ent) && m.kind != mPronoun {
			return nil // "Governor Tom Wu flew to Texas"
		}
	}
	var r *docEntity
	for _, e := range d.ents {
		if place(e) {
			if r != nil {
				return nil
			}
			r = e
		}
	}
	if r == nil || r.n < 2 && !regional {
		return nil
	}
	return r
}

// placeOfTitled reports whether place mention m is the place of another
// person's title among ms, written before it ("Oslo District Attorney Tom
// Berg"): the office holder of that place, not of an office named with no
// place in the same sentence.
func placeOfTitled(ms []*mention, m *mention) bool {
	for _, p := range ms {
		if p != m && p.country == m && p.typ == schema.Person && len(p.titles) > 0 {
			return true
		}
	}
	return false
}

// regionalTitle reports whether "Regional" or "Provincial" opens the
// titles of m: "Regional Governor Tom Wu" governs the region the report
// names, though only once.
func regionalTitle(toks []nlp.Token, m *mention) bool {
	k := namedTitleStart(m)
	if k < 0 || k >= len(toks) {
		return false
	}
	if !strings.EqualFold(toks[k].Text, "regional") && !strings.EqualFold(toks[k].Text, "provincial") && k > 0 {
		k-- // the modifier before the title
	}
	return strings.EqualFold(toks[k].Text, "regional") || strings.EqualFold(toks[k].Text, "provincial")
}

// subnationalTitle reports whether m's title is written with a word of a
// region's or a town's office ([subnationalWords]): before the name
// ("Provincial Governor Tom Wu", "local mayor Ann Lee") or in an
// apposition right after it ("Vasco Cordeiro, the regional president,").
func subnationalTitle(toks []nlp.Token, m *mention) bool {
	for k := max(namedTitleStart(m)-1, 0); k < m.start; k++ {
		if subnationalWords[toks[k].Lower()] {
			return true
		}
	}
	if m.end+1 >= len(toks) || toks[m.end].Text != "," {
		return false
	}
	for k := m.end + 1; k < len(toks) && k <= m.end+4 && toks[k].Text != ","; k++ {
		if subnationalWords[toks[k].Lower()] {
			return true
		}
	}
	return false
}

// regionalHeadTitle reports whether m's title is written with "regional"
// or "provincial" ([subnationalTitle]): a region's office, which a town's
// words ("local", "municipal") do not say.
func regionalHeadTitle(toks []nlp.Token, m *mention) bool {
	if !subnationalTitle(toks, m) {
		return false
	}
	from, to := max(namedTitleStart(m)-1, 0), m.start
	if m.end+1 < len(toks) && toks[m.end].Text == "," {
		from, to = m.end+1, min(m.end+5, len(toks))
	}
	for k := from; k < to && toks[k].Text != ","; k++ {
		if w := toks[k].Lower(); w == "regional" || w == "provincial" {
			return true
		}
	}
	return false
}

// corporateTitle reports whether m's title is a company officer's, written
// with "senior" or "executive" before "vice president" ("Senior vice
// president Ann Lee"): no deputy of a state's head.
func corporateTitle(toks []nlp.Token, m *mention) bool {
	k := namedTitleStart(m)
	if k+1 >= m.start || !strings.EqualFold(toks[m.start-2].Text, "vice") || !strings.EqualFold(toks[m.start-1].Text, "president") {
		return false
	}
	for j := max(k-1, 0); j < m.start-2; j++ {
		if w := toks[j].Lower(); w == "senior" || w == "executive" {
			return true
		}
	}
	return false
}

// subnationalWords modify the title of a region's or a town's office.
var subnationalWords = map[string]bool{
	"regional": true, "provincial": true, "local": true, "municipal": true, "county": true, "district": true,
}

// namedTitleStart returns the first token of the titles written before m's
// name ("Secretary of State" of "Secretary of State Tom Wu").
func namedTitleStart(m *mention) int {
	full := m.full
	if full == "" {
		full = m.surface
	}
	return max(m.start-(wordCount(full)-wordCount(m.surface)), 0)
}

// modifiersBefore returns where the lower-case modifiers of a title that
// starts at token k begin ("former", "then", "newly elected" before
// "president"), or k when none precede it.
func modifiersBefore(toks []nlp.Token, k int) int {
	for k > 0 && k <= len(toks) {
		t := toks[k-1]
		if t.Text == "" || !unicode.IsLower([]rune(t.Text)[0]) {
			break
		}
		switch t.Tag {
		case "JJ", "RB", "VBN":
			k--
			continue
		}
		break
	}
	return k
}

// listedState returns the state of the head of state or government that
// a list joins m to, when m is a minister written with no state: the
// state written once before the head's title carries forward to the
// head's ministers listed after them ("Norwegian prime minister Ann Lee
// and energy minister Tom Wu, Danish prime minister Mia Berg and energy
// minister Ola Berg": Tom Wu works for Norway, Ola Berg for Denmark),
// never backward. A head listed after another state's official ("US
// President Tom Wu and Prime Minister Ann Lee met") may be a foreign one,
// and a minister after a minister ("US Secretary of State Tom Wu and
// Foreign Minister Ann Lee") another state's: both give nil.
func listedState(toks []nlp.Token, ms []*mention, m *mention) *docEntity {
	if len(m.titles) == 0 || m.titles[len(m.titles)-1].lead || !stateTitle(m.titles[len(m.titles)-1].name) {
		return nil
	}
	cur := m
	for i := slices.Index(ms, m) - 1; i >= 0; i-- {
		p := ms[i]
		if p.ent == nil || p.adj || p.end > namedTitleStart(cur) {
			continue
		}
		between := toks[p.end:namedTitleStart(cur)]
		if n := len(between); n == 2 && between[1].Lower() == "the" {
			between = between[:1] // "the Norwegian prime minister Ann Lee and the energy minister Tom Wu"
		}
		if len(between) != 1 || between[0].Text != "and" && between[0].Text != "," || p.ent.typ != schema.Person || len(p.titles) == 0 {
			return nil
		}
		t := p.titles[len(p.titles)-1]
		if p.country != nil && p.country.ent != nil {
			if !t.lead || !stateTitle(t.name) || p.org != nil {
				return nil
			}
			return p.country.ent
		}
		if t.lead || !stateTitle(t.name) {
			return nil
		}
		cur = p // "energy minister Tom Wu and finance minister Ann Lee": further back
	}
	return nil
}

// officeObject returns the state or body whose office the object of x
// names as an office with no holder's name ("US Secretary of State",
// "Norway's Foreign Minister": a role mention, [mention.role]), when x
// puts its person subject into that office or takes it away ("became",
// "served as", "was named", "resigned as"), and the relation the title
// gives its holder there ([titleHolds]; work_for for a staff office, ""
// for another); nil otherwise.
func (d *docState) officeObject(si int, s nlp.Sentence, x schema.Extraction, f *docFact) (*docEntity, string) {
	if f.subj == nil || f.obj == nil || f.subj.typ != schema.Person || si >= len(d.sents) {
		return nil, ""
	}
	verb, _, _ := strings.Cut(x.Lemma, "_")
	left := leftPost(x) != "" && strings.HasSuffix(x.Lemma, "_as")
	if !left && !postLemmas[x.Lemma] && !(appointVerbs[verb] && (verb == "become" || verb == "serve" || verb == "be" || passiveIn(x.Relation))) {
		return nil, ""
	}
	for _, m := range d.sents[si] {
		if !m.role || m.ent != f.obj || len(m.titles) == 0 {
			continue
		}
		h := m.org
		if h == nil || h.ent == nil {
			h = m.country
		}
		if h == nil || h.ent == nil || h.ent == f.subj {
			return nil, ""
		}
		t := m.titles[len(m.titles)-1]
		lemma := titleHolds(t, h.ent)
		if lemma == "" && officeWords(t.name) {
			lemma = schema.WorkFor
		}
		return h.ent, lemma
	}
	return nil, ""
}

// holdVerbs take or hold a post: "held the post of Foreign Minister".
var holdVerbs = map[string]bool{
	"hold": true, "holds": true, "held": true, "holding": true, "take": true, "takes": true, "took": true, "taken": true,
	"taking": true, "assume": true, "assumes": true, "assumed": true, "assuming": true, "occupy": true, "occupies": true,
	"occupied": true, "occupying": true, "fill": true, "filled": true, "filling": true,
}

// postsHeld: "Tom Wu held the post of Foreign Minister", "Prior to
// holding the post of Prime Minister of Norway, he was ...": a title of a
// state's government after a post noun and "of", the object of a verb of
// holding ([holdVerbs]), gives the holder (the verb's subject, or the
// main clause's for a fronted gerund) the title's relation to the state
// named after it or, with none, the state the report is about. A post
// to be taken ("will take", "to take") is no fact.
func (d *docState) postsHeld(sents []nlp.Sentence) {
	home := d.homeState()
	for si, ms := range d.sents {
		toks := sents[si].Tokens
		for i := 0; i+2 < len(toks); i++ {
			if toks[i].Lower() == "as" {
				d.asPost(si, sents[si], ms, i, home)
			}
			d.bareHeld(si, sents[si], ms, i, home)
			if i == 0 {
				d.secondRole(si, sents[si], ms)
				d.possessedUnit(si, sents[si], ms)
				d.personsBody(si, sents[si], ms)
				d.nominationParty(si, sents[si], ms)
				d.ownParty(si, sents[si], ms)
			}
			if i < 2 || toks[i+1].Text != "of" || !postNouns[toks[i].Lower()] || toks[i-1].Lower() != "the" || !holdVerbs[toks[i-2].Lower()] {
				continue
			}
			e := stateTitleAt(toks, i+2, toks[len(toks)-1].End)
			v := i - 2
			if e == i+2 || v > 0 && (toks[v-1].Lower() == "to" && !strings.HasSuffix(toks[v].Lower(), "ing") || toks[v-1].Tag == "MD") {
				continue
			}
			var holder *mention
			if strings.HasSuffix(toks[v].Lower(), "ing") {
				// "Prior to holding the post of ..., he was": the main
				// clause's subject, after the comma that ends the phrase.
				c := slices.IndexFunc(toks[e:], func(t nlp.Token) bool { return t.Text == "," })
				for _, m := range ms {
					if c >= 0 && holder == nil && m.start == e+c+1 && m.ent != nil && m.ent.typ == schema.Person && (named(m) || m.kind == mPronoun) {
						holder = m
					}
				}
			} else {
				for _, m := range ms {
					if m.end <= v && m.ent != nil && m.ent.typ == schema.Person && (named(m) || m.kind == mPronoun) &&
						!slices.ContainsFunc(toks[m.end:v], func(t nlp.Token) bool { return t.Text == "," || t.Tag == "MD" }) {
						holder = m
					}
				}
			}
			if holder == nil {
				continue
			}
			state, lemma := home, homeTitle(toks[i+2:e])
			for _, m := range ms {
				if m.start == e+1 && toks[e].Text == "of" && m.ent != nil && m.ent.typ == schema.GPE && d.r.country(m.ent) {
					state = m.ent // "the post of Prime Minister of Norway"
				}
			}
			if state != nil && lemma != "" && state != holder.ent {
				d.derive(si, argOf(sents[si], holder), joinText(toks[i:e]), lemma, holder.ent, state, "", roleConf)
			}
		}
	}
}

// asPost: "Tom Wu, as Foreign Minister, signed the treaty", "As prime
// minister, Ann Lee led ...": an as-phrase in commas that names a title
// of a state's government ([homeTitle]) after a person's name, or opens
// the sentence before one, gives the person the title's relation to the
// state the report is about, home. Token i is the "as".
func (d *docState) asPost(si int, s nlp.Sentence, ms []*mention, i int, home *docEntity) {
	toks := s.Tokens
	e := i + 1
	for e < len(toks) && e < i+6 && toks[e].Text != "," {
		e++
	}
	if home == nil || e == len(toks) || e == i+1 || toks[e].Text != "," || actorWithin(ms, i+1, e) {
		return
	}
	lemma := homeTitle(toks[i+1 : e])
	if lemma == "" {
		return
	}
	var holder *mention
	for _, m := range ms {
		if m.ent == nil || m.ent.typ != schema.Person || !named(m) && (m.kind != mPronoun || m.pron == "i" || m.pron == "we") {
			continue // "As President, I will serve": a candidate's promise
		}
		if i == 0 && m.start == e+1 && m.end < len(toks) && (toks[m.end].Tag == "MD" || toks[m.end].Tag == "VBP" || toks[m.end].Tag == "VBZ") {
			continue // "As president, she will ...", "As minister, he plans": no post stated as held
		}
		if i > 1 && toks[i-1].Text == "," && m.end == i-1 && named(m) || i == 0 && m.start == e+1 {
			holder = m
		}
	}
	if holder != nil && holder.ent != home {
		d.derive(si, argOf(s, holder), joinText(toks[i:e]), lemma, holder.ent, home, "", roleConf)
	}
}

// postTimeNouns name the stretch of time a post was held in: "his years as
// mayor", "her term as president" ([tenureNouns] name a head's rule).
var postTimeNouns = map[string]bool{
	"years": true, "year": true, "time": true, "term": true, "terms": true, "tenure": true, "days": true,
	"stint": true, "spell": true,
}

// bareHeld: "stemming from his years as mayor", "decisions he made while
// he was president": a bare role noun (no "of" after it) held by a person
// the possessive or the subject names, after a tenure's noun and "as"
// ([postTimeNouns]) or in a clause of "while" or "when" with "was", restates
// the post the document gave that person before ([docState.heldAs]: the
// city of "Ann Lee, the mayor of Bergen"), or else a title of the state's
// government the report is about ([homeTitle]). So does a second post
// after "and" that the subject of a verb of becoming took ("Wu became
// leader of the Unity Party and prime minister"). Token i opens the
// pattern: the possessive, "while" or "when", or "and".
func (d *docState) bareHeld(si int, s nlp.Sentence, ms []*mention, i int, home *docEntity) {
	toks := s.Tokens
	k := -1 // the role's first word
	var holder *mention
	// "his third term as", "her first full term as": lower-case ordinals
	// and adjectives between the possessive and the time's noun.
	j := i + 1
	for j < i+3 && j < len(toks) && !isCap(toks[j].Text) && (strings.HasPrefix(toks[j].Tag, "JJ") || ordinalWord(toks[j].Lower())) {
		j++
	}
	switch w := toks[i].Lower(); {
	case j+2 < len(toks) && toks[j+1].Lower() == "as" && postTimeNouns[toks[j].Lower()]:
		for _, m := range ms {
			if m.start <= i && m.end == i+1 && m.possessive && m.ent != nil && m.ent.typ == schema.Person {
				holder = m // "his years as", "Lee's term as"
			}
		}
		k = j + 2
	case (w == "while" || w == "when") && i+3 < len(toks) && (toks[i+2].Lower() == "was" || toks[i+2].Lower() == "served" && toks[i+3].Lower() == "as"):
		for _, m := range ms {
			if m.start == i+1 && m.end == i+2 && m.ent != nil && m.ent.typ == schema.Person && m.kind == mPronoun {
				holder = m // "while he was president"
			}
		}
		k = i + 3
		if toks[i+2].Lower() == "served" {
			k = i + 4
		}
	case (w == "a" || w == "the" || w == "another") && i+4 < len(toks) && ordinalWord(toks[i+1].Lower()):
		// "A third president, Tom Wu, would have faced impeachment":
		// another holder of the post the report gave someone before.
		k = i + 2
		e := k
		for e < len(toks) && e < k+2 && strings.HasPrefix(toks[e].Tag, "NN") && !isCap(toks[e].Text) {
			e++
		}
		if e == k || e+1 >= len(toks) || toks[e].Text != "," {
			return
		}
		for _, m := range ms {
			if m.start == e+1 && named(m) && m.ent != nil && m.ent.typ == schema.Person && m.end < len(toks) && toks[m.end].Text == "," {
				holder = m
			}
		}
		if holder == nil {
			return
		}
		if o := d.postOfAny(toks[e-1].Lower()); o != nil && o != holder.ent && o.typ == schema.GPE {
			d.derive(si, argOf(s, holder), joinText(toks[i:e]), schema.Lead, holder.ent, o, "", roleConf)
		}
		return
	case w == "and" && i+1 < len(toks):
		// "Wu became leader of the Unity Party and prime minister": a
		// second post the subject of a verb of becoming took.
		for j := i - 1; j > 0 && toks[j].Text != "," && toks[j].Text != ";"; j-- {
			if !becomeWords[toks[j].Lower()] || toks[j].Lower() == "as" || toks[j].Lower() == "made" {
				continue
			}
			for _, m := range ms {
				if m.end == j && m.ent != nil && m.ent.typ == schema.Person && (named(m) || m.kind == mPronoun) {
					holder = m
				}
			}
			break
		}
		k = i + 1
	}
	if holder == nil || k >= len(toks) {
		return
	}
	if toks[k].Lower() == "the" {
		k++
	}
	e := k
	for e < len(toks) && e < k+3 && (strings.HasPrefix(toks[e].Tag, "NN") || strings.HasPrefix(toks[e].Tag, "JJ")) && !isCap(toks[e].Text) {
		e++
	}
	if e == k && speakerAt(toks, k) {
		// "during his time as Speaker": the chair of the house the
		// document gave him, or of its one chamber.
		f := d.heldAs(holder.ent, "speaker")
		if c := d.speakerChamber(si, s, k, len(toks)); f == nil && c != nil && c != holder.ent {
			d.derive(si, argOf(s, holder), joinText(toks[i:k+1]), schema.Lead, holder.ent, c, "", roleConf)
		}
		e = k + 1
	}
	if e == k || e < len(toks) && (toks[e].Lower() == "of" || toks[e].Lower() == "for" || toks[e].Lower() == "at" || strings.HasPrefix(toks[e].Tag, "NN")) {
		return // "his years as head of the party": the rules of "of" read it
	}
	noun := toks[e-1].Lower()
	if f := d.heldAs(holder.ent, noun); f != nil && f.obj != nil && f.obj != holder.ent {
		d.derive(si, argOf(s, holder), joinText(toks[i:e]), f.Lemma, holder.ent, f.obj, "", roleConf)
		return
	}
	if lemma := homeTitle(toks[k:e]); lemma != "" && home != nil && home != holder.ent {
		d.derive(si, argOf(s, holder), joinText(toks[i:e]), lemma, holder.ent, home, "", roleConf)
	}
}

// secondRole: "Ann Lee of Oslo University and contributor to The Herald
// wrote", "Tom Wu, a professor at Halvik College and columnist for the
// Herald,": a person of or at a body, then "and", role nouns and "for",
// "at", "of" or "to" a second body, holds the role in the second body too,
// as [personAppositionOfOrg] reads it of the first.
func (d *docState) secondRole(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i := 0; i+2 < len(ms); i++ {
		p, o1, o2 := ms[i], ms[i+1], ms[i+2]
		if !named(p) || p.ent == nil || p.ent.typ != schema.Person || !named(o1) || !named(o2) || o1.ent == nil || o2.ent == nil ||
			o1.ent.typ != schema.Organization || o2.ent.typ != schema.Organization || o2.ent == p.ent || o2.ent == o1.ent || o2.adj || o1.possessive {
			continue
		}
		w := lowerWords(toks[p.end:o1.start])
		if len(w) == 0 || len(w) > 5 || !slices.ContainsFunc(w, func(x string) bool { return x == "of" || x == "at" || x == "for" }) || slices.Contains(w, "and") {
			continue
		}
		v := lowerWords(toks[o1.end:o2.start])
		if len(v) < 3 || v[0] != "and" {
			continue
		}
		v = v[1:]
		if v[len(v)-1] == "the" {
			v = v[:len(v)-1]
		}
		if len(v) > 0 && (v[0] == "a" || v[0] == "an" || v[0] == "the") {
			v = v[1:]
		}
		if len(v) < 2 || len(v) > 3 || slices.ContainsFunc(toks[o1.end:o2.start], func(t nlp.Token) bool { return strings.HasPrefix(t.Tag, "VB") || t.Text == "," }) {
			continue
		}
		prep, noun := v[len(v)-1], v[len(v)-2]
		lemma := ""
		switch {
		case pressRole(noun, prep, o2.ent) || prep == "to" && pressRole(noun, "to", o2.ent):
			lemma = schema.WorkFor // "and contributor to The Herald", "and critic for the Herald"
		case prep == "of" || prep == "at" || prep == "for":
			lemma = appositionLemma(v[:len(v)-1])
		}
		if lemma != "" {
			d.derive(si, argOf(s, p), joinText(toks[o1.end:o2.start]), lemma, p.ent, o2.ent, "", roleConf)
		}
	}
}

// ordinalWord reports whether w counts holders in turn: "third",
// "first", "21st".
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "previous":
		return true
	}
	return len(w) > 2 && unicode.IsDigit(rune(w[0])) && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd"))
}

// postOfAny returns the one body or state whose lead post, named by the
// description noun head ("president"), the document gave anyone
// ([docState.heldAs]), or nil when it gave none or several.
func (d *docState) postOfAny(head string) *docEntity {
	if f := d.heldAs(nil, head); f != nil && f.Lemma == schema.Lead {
		return f.obj
	}
	return nil
}

// writtenStaff reports whether the words written before m's name, its
// titles, name an office of a state's government that the last title
// alone does not: a state's title the gazetteer splits ("Solicitor
// General Tom Wu", read as the military "General") or a spokesman of the
// head of state ("Presidential Spokesperson Ann Lee").
func writtenStaff(toks []nlp.Token, m *mention) bool {
	k := namedTitleStart(m)
	if k >= m.start {
		return false
	}
	written := joinText(toks[k:m.start])
	last := m.titles[len(m.titles)-1]
	if stateTitle(last.name) || last.lead {
		return false
	}
	if stateTitle(written) {
		return true
	}
	w := strings.Fields(strings.ToLower(written))
	return len(w) == 2 && w[0] == "presidential" && (w[1] == "spokesperson" || w[1] == "spokesman" || w[1] == "spokeswoman")
}

// sendVerbs put their object, an official named with a title, to work for
// their subject: "the United States sent Secretary of State Tom Wu".
var sendVerbs = map[string]bool{
	"send": true, "sends": true, "sent": true, "dispatch": true, "dispatches": true, "dispatched": true,
	"appoint": true, "appoints": true, "appointed": true, "nominate": true, "nominates": true, "nominated": true,
	"deploy": true, "deploys": true, "deployed": true,
}

// senderState returns the state that sends or appoints m, a person named
// with titles and no state: the country, or a country's government, that
// is the subject of a verb of [sendVerbs] right before the titles ("The
// United States sent Secretary of State Tom Wu to Athens", "the Norwegian
// government has appointed Foreign Minister Ann Lee"), or nil. The
// sentence's own state comes before the one the report is about.
func (d *docState) senderState(toks []nlp.Token, ms []*mention, m *mention) *docEntity {
	k := namedTitleStart(m)
	for k > 0 && k <= m.start {
		if w := toks[k-1].Lower(); w != "its" && w != "their" && w != "the" {
			break
		}
		k--
	}
	if k < 2 || k > m.start || !sendVerbs[toks[k-1].Lower()] {
		return nil
	}
	v := k - 1
	for v > 0 && (toks[v-1].Tag == "RB" || toks[v-1].Tag == "MD" || toks[v-1].Lower() == "has" || toks[v-1].Lower() == "have" || toks[v-1].Lower() == "had") {
		v--
	}
	for _, c := range ms {
		if c.end != v || c.ent == nil || c.possessive || c.adj {
			continue
		}
		e := c.ent
		if e.typ == schema.Organization && e.country != nil {
			e = e.country // "the government" of the report's state
		} else if e.typ == schema.Organization && c.country != nil && c.country.ent != nil {
			e = c.country.ent // "the Norwegian government"
		}
		if e.typ == schema.GPE && d.r.country(e) && e != m.ent {
			return e
		}
	}
	return nil
}

// provisionalWords hold an office for a time without changing it: "the
// caretaker prime minister" is still the head of government ([homeTitle]).
var provisionalWords = map[string]bool{"caretaker": true, "interim": true, "acting": true}

// homeTitle returns the relation that a title of a state's government,
// written without the state ("the foreign minister", "Prime Minister", "a
// former attorney general", [stateTitle]), gives its holder to the state
// the document is about: lead for the head, work_for for a minister or a
// deputy; "" for any other words. A "president" or "premier" in lower case
// may head a firm or a province, and gives "".
func homeTitle(toks []nlp.Token) string {
	var f []string
	for _, t := range toks {
		w := strings.TrimPrefix(t.Lower(), "then-")
		if w == "shadow" {
			return "" // "the shadow home secretary": no office of the state
		}
		if len(f) == 0 && (t.Tag == "DT" || descWord(w) || timeWords[w] || provisionalWords[w]) {
			continue
		}
		if w == "" || !unicode.IsLetter([]rune(w)[0]) || len(f) == 3 {
			return ""
		}
		f = append(f, strings.ToUpper(w[:1])+w[1:])
	}
	name := strings.Join(f, " ")
	if !stateTitle(name) {
		return ""
	}
	switch name {
	case "President", "Prime Minister", "Premier":
		if !isCap(toks[len(toks)-1].Text) && name != "Prime Minister" {
			return ""
		}
		return schema.Lead
	case "Sultan", "Emir":
		// A ruler's title; "King" and "Queen" open too many names of
		// shops and shows ("the King Vapealot vape store") to stand
		// for the report's state alone.
		if !isCap(toks[len(toks)-1].Text) {
			return ""
		}
		return schema.Lead
	}
	return schema.WorkFor
}

// secretaryOfState reports whether toks end with "secretary of state",
// a title of a state's government whose "of" names no body.
func secretaryOfState(toks []nlp.Token) bool {
	n := len(toks)
	return n >= 3 && toks[n-3].Lower() == "secretary" && toks[n-2].Lower() == "of" && toks[n-1].Lower() == "state"
}

// officeTitle is [homeTitle], which reads "the Secretary of State" too,
// whose "of" homeTitle takes for a body's: work_for.
func officeTitle(toks []nlp.Token) string {
	if !secretaryOfState(toks) {
		return homeTitle(toks)
	}
	for _, t := range toks[:len(toks)-3] {
		if w := strings.TrimPrefix(t.Lower(), "then-"); w == "shadow" || t.Tag != "DT" && !descWord(w) && !timeWords[w] {
			return "" // "the shadow secretary of state", "the Ohio secretary of state"
		}
	}
	return schema.WorkFor // "the secretary of state", "the new Secretary of State"
}

// homeOffice returns the body of home's government that the title toks
// (read by [homeTitle]) holds office in when the document names it: the
// State Department of "the Secretary of State" ([docState.portfolioBody]),
// as officePortfolio gives it to "Secretary of State Ann Lee"; else home.
// A US state or territory has a secretary of state of its own: in a
// document that names one, the title's government is unknown (nil).
func (d *docState) homeOffice(toks []nlp.Token, home *docEntity) *docEntity {
	if !secretaryOfState(toks) {
		return home
	}

	if b := d.portfolioBody("State"); b != nil {
		return b
	}
	if slices.ContainsFunc(d.ents, func(e *docEntity) bool {
		return e.typ == schema.GPE && len(e.mentions) > 0 && e.gaz != nil && e.gaz.region
	}) {
		return nil
	}
	return home
}

// actorWithin reports whether a mention of ms that names an actor (a
// state's adjective too) lies within the tokens [a, b).
func actorWithin(ms []*mention, a, b int) bool {
	return slices.ContainsFunc(ms, func(m *mention) bool { return m.ent != nil && m.start >= a && m.end <= b })
}

// apposedOffices: "The prime minister, Ann Lee, said", "Tom Wu, the
// foreign minister, left": a title of a state's government ([homeTitle])
// after "the", set off by commas before or after a person's name, gives
// the person the title's relation to the state the document is about
// ([docState.homeState]). A title after "of" or a possessive is another's
// ("the wife of the prime minister, Ann Lee,").
func (d *docState) apposedOffices(sents []nlp.Sentence) {
	home := d.homeState()
	if home == nil {
		return
	}
	for si, ms := range d.sents {
		toks := sents[si].Tokens
		for _, m := range ms {
			if m.ent == nil || m.ent.typ != schema.Person || !named(m) || m.role || m.country != nil || m.org != nil {
				continue
			}
			a, b := -1, -1 // the title's tokens
			if k := m.start - 1; k > 1 && toks[k].Text == "," && closedAfter(sents[si], m.end) {
				for i := k - 1; i >= 0 && i >= k-5; i-- {
					if strings.EqualFold(toks[i].Text, "the") {
						if i == 0 || toks[i-1].Lower() != "of" && toks[i-1].Tag != "POS" {
							a, b = i, k
						}
						break
					}
				}
			}
			if k := m.end; a < 0 && k+3 < len(toks) && toks[k].Text == "," && apposedAdverbs[toks[k+1].Lower()] && toks[k+2].Lower() == "the" {
				k++ // "Justin Trudeau, then the Prime Minister,": the title held then
				for j := k + 2; j < len(toks) && j <= k+6; j++ {
					if closedAfter(sents[si], j) {
						a, b = k+1, j
						break
					}
				}
			}
			if k := m.end; a < 0 && k+2 < len(toks) && toks[k].Text == "," && toks[k+1].Lower() == "the" {
				for j := k + 2; j < len(toks) && j <= k+6; j++ {
					if closedAfter(sents[si], j) {
						a, b = k+1, j
						break
					}
				}
			}
			if b-a < 2 || actorWithin(ms, a, b) {
				continue // "the Norwegian prime minister, Ann Lee,": the state is named
			}
			title := toks[a:b]
			lemma := officeTitle(title)
			if lemma == "" && title[len(title)-1].Lower() == "president" && !d.namesBody() {
				// "the current president, Tom Wu," in a report about one
				// state that names no organisation: no company's or
				// club's president can be meant, so the state's.
				capped := slices.Clone(title)
				capped[len(capped)-1] = nlp.Token{Text: "President", Tag: "NNP"} // a new token: Lower is cached
				lemma = homeTitle(capped)
			}
			if o := d.homeOffice(title, home); lemma != "" && o != nil && o != m.ent {
				d.derive(si, argOf(sents[si], m), joinText(title), lemma, m.ent, o, "", roleConf)
			}
		}
		d.pluralOffices(si, sents[si], home)
	}
}

// namesBody reports whether the document names an organisation: a
// company, a club, a party or a ministry, whose president a lower-case
// "the president" may be.
func (d *docState) namesBody() bool {
	return slices.ContainsFunc(d.ents, func(e *docEntity) bool { return e.typ == schema.Organization && len(e.mentions) > 0 })
}

// pluralOffices: "two different Presidents, Ann Lee, in 1972, and Tom
// Wu,", "both prime ministers, Ann Lee and Tom Wu, attended": a number
// (or "both"), a plural title of a state's government ([homeTitle]) and a
// comma, then a list of people (times may follow each), give each of them
// the title's relation to the report's state, home.
func (d *docState) pluralOffices(si int, s nlp.Sentence, home *docEntity) {
	toks := s.Tokens
	for i := 1; i+2 < len(toks); i++ {
		if toks[i+1].Text != "," || !strings.HasSuffix(toks[i].Text, "s") {
			continue
		}
		// The title: one or two words before the comma, the last in the
		// singular; a number or "both" before them, adjectives between.
		lemma, k := "", -1
		for n := 1; n <= 2 && i-n >= 0 && lemma == ""; n++ {
			title := slices.Clone(toks[i-n+1 : i+1])
			title[n-1] = nlp.Token{Text: strings.TrimSuffix(title[n-1].Text, "s"), Tag: "NN"} // a new token: Lower is cached
			if l := homeTitle(title); l != "" {
				lemma, k = l, i-n
			}
		}
		for k >= 0 && (toks[k].Tag == "JJ" || formerWord(toks[k].Lower())) {
			k--
		}
		if lemma == "" || k < 0 || toks[k].Tag != "CD" && toks[k].Lower() != "both" {
			continue
		}
		for j := i + 2; j < len(toks); {
			if m := d.mentionAt(si, s, j); m != nil && m.start == j && m.ent.typ == schema.Person {
				if m.ent != home {
					d.derive(si, argOf(s, m), joinText(toks[k:i+1]), lemma, m.ent, home, "", roleConf)
				}
				j = m.end
				continue
			}
			switch t := toks[j]; {
			case t.Text == ",", t.Text == "and", t.Tag == "CD", t.Lower() == "in" && j+1 < len(toks) && toks[j+1].Tag == "CD":
				j++
				continue
			}
			break
		}
	}
}

// placeBeforeTitle reports whether a place other than home, or a body,
// ends right before the title words of the person mention m ("Queensland
// Transport Minister Paul Lucas", "Ontario Secretary of State Ann Lee", "New
// York attorney general Ann Lee", "Ifo president Tom Wu", "former Halvik
// senior vice president Tom Wu"): the office is that place's or that
// body's, whose facts the role rules give, not the report's state's nor a
// national ministry's.
func placeBeforeTitle(toks []nlp.Token, ms []*mention, m *mention, home *docEntity) bool {
	for _, g := range ms {
		if g == m || g.end >= m.start || g.ent == nil || g.ent == home || !isPlace(g.ent) && g.ent.typ != schema.Organization ||
			g.possessive || g.adj || m.start-g.end > 4 {
			continue
		}
		all := true
		for k := g.end; k < m.start; k++ {
			if !isCap(toks[k].Text) && toks[k].Text != "of" && toks[k].Tag != "NN" && toks[k].Tag != "JJ" {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// officePortfolio returns the portfolio of a government that m's titles
// name: written after the title ("Health and Human Services" of
// "Secretary of Health and Human Services Tom Wu") or before "Secretary"
// or "Minister" ("Home" of "Home Secretary Ann Lee", "Environment" of
// "Environment Minister Tom Wu"), or "": none for a shadow minister, who
// holds no office.
func officePortfolio(toks []nlp.Token, m *mention) string {
	if len(m.titles) == 0 || shadowTitle(toks, m) {
		return ""
	}
	if m.portfolio != "" {
		return m.portfolio
	}
	f := strings.Fields(m.titles[len(m.titles)-1].name)
	if n := len(f); n >= 3 && f[n-3] == "Secretary" && f[n-2] == "of" {
		return f[n-1] // "Secretary of State Ann Lee": the State Department's
	}
	if n := len(f); n == 2 && (f[1] == "Secretary" || f[1] == "Minister") && codeTitle(m.titles[len(m.titles)-1].name) == nil {
		return f[0] // not "First Minister Ann Lee", a region's head ([regionHeads])
	}
	if len(f) == 1 && (f[0] == "Secretary" || f[0] == "Minister") {
		// "Environment Minister Ann Lee": a portfolio the titles do not
		// list, written before the title.
		w := strings.Fields(m.full)
		for i := 1; i < len(w); i++ {
			if w[i] == f[0] && portfolioWords[w[i-1]] {
				return w[i-1]
			}
		}
	}
	return ""
}

// platform reports whether e is a website or a social network where one
// writes or speaks ("posted on Facebook"): the gazetteer's "site", or a
// network it lists as a firm.
func platform(e *docEntity) bool {
	return e.desc["site"] || platforms[strings.ToLower(e.name)]
}

// shadowTitle reports whether m's titles are a shadow minister's ("Shadow
// Home Secretary Ann Lee", "Tory shadow home secretary Tom Wu"): the
// opposition's spokesman holds no office of the state.
func shadowTitle(toks []nlp.Token, m *mention) bool {
	if strings.Contains(m.full, "Shadow") || strings.Contains(m.full, "shadow") {
		return true
	}
	for k := m.start - 1; k >= 0 && k >= m.start-5; k-- {
		if toks[k].Lower() == "shadow" {
			return true
		}
		if !isCap(toks[k].Text) && !titleWord(toks[k].Text) && toks[k].Tag != "NN" && toks[k].Tag != "JJ" {
			break
		}
	}
	return false
}

// ownBody returns [docState.portfolioBody] of p when it can be the office
// of e, titled at position at: a ministry named before is the one the
// reader knows; one named only later with a state ("the Russian Foreign
// Ministry") is no office of a minister of another state than home.
func (d *docState) ownBody(p string, e, home *docEntity, at pos) *docEntity {
	b := d.portfolioBody(p)
	if b == nil || b.first.less(at) {
		return b
	}
	for _, ms := range d.sents {
		for _, m := range ms {
			if c := m.country; m.ent == b && c != nil && c.ent != nil && c.ent != home && c.ent != e.country {
				return nil
			}
		}
	}
	return b
}

// chambers are the chambers of a legislature whose members a title
// names, the likelier first: "Senator Ann Lee" or "Sen. Lee" sits in a
// senate, "Representative Tom Wu" in a house of representatives or, when
// the document names none, in Congress.
var chambers = map[string][]string{
	"senator": {"senate"}, "sen.": {"senate"}, "representative": {"house of representatives", "congress"},
	"rep.": {"house of representatives", "congress"}, "congressman": {"house of representatives", "congress"},
	"congresswoman": {"house of representatives", "congress"}, "mp": {"parliament", "house of commons"},
	"speaker": {"house of representatives", "house of commons", "parliament"},
	// A legislator of any chamber: "Legislator Ann Lee" in a report
	// that names the Legislative Council, "lawmaker Tom Wu" in one that
	// names the parliament.
	"legislator": legislatures, "lawmaker": legislatures, "parliamentarian": legislatures,
	// A state's legislator ("State Senator Ann Lee", "Assemblywoman Ann
	// Lee") sits in a state's chamber, never in Congress ([docState.chamberOf]).
	"state senator": {"senate"}, "state representative": {"house of representatives", "house", "house of delegates"},
	"assemblyman": {"assembly"}, "assemblywoman": {"assembly"}, "assemblymember": {"assembly"},
}

// legislatures are the kinds of chamber that a legislator's title of no
// one country's chamber sits in ([chambers]).
var legislatures = []string{"legislative council", "legislative assembly", "legislature", "parliament", "national assembly", "congress"}

// chamberOf returns the one chamber of the document that the title t
// makes its holder a member of (the "US Senate" for "Senator"), or nil
// when t names no chamber or the document names none or several of the
// same kind. Of several, the one named by its kind alone ("Parliament",
// beside "UK Parliament" and "the British parliament") is the chamber the
// report speaks of ([bareChamber]).
func (d *docState) chamberOf(t string) *docEntity {
	t = strings.ToLower(t)
	for _, c := range chambers[t] {
		o := d.chambersNamed(c)
		if t == "congressman" || t == "congresswoman" {
			// A member of Congress sits in no state's house ("a
			// candidate for the Michigan House of Representatives").
			o = slices.DeleteFunc(o, func(e *docEntity) bool { return !federalChamber(e.name, c) })
		}
		if strings.HasPrefix(t, "state ") || c == "assembly" {
			// "State Senator Ann Lee" sits in no chamber of Congress, an
			// Assemblyman in no General Assembly of the UN.
			o = slices.DeleteFunc(o, func(e *docEntity) bool {
				return federalChamber(e.name, c) || strings.HasSuffix(normKey(e.name), "general assembly")
			})
		}
		switch len(o) {
		case 0:
		case 1:
			return o[0]
		default:
			return bareChamber(o, c)
		}
	}
	return nil
}

// federalChamber reports whether name, a chamber of the kind c, is the
// chamber of the United States Congress or names no one state's: "House
// of Representatives", "US House of Representatives", not "Michigan House
// of Representatives".
func federalChamber(name, c string) bool {
	switch strings.TrimSuffix(strings.TrimSuffix(normKey(name), c), " ") {
	case "", "us", "u.s.", "united states", "american", "federal":
		return true
	}
	return false
}

// bareChamber returns the one chamber of chambers, all of the kind c, that
// the document names by the kind alone and capitalised ("Parliament"), or
// nil when there is none or more than one.
func bareChamber(chambers []*docEntity, c string) *docEntity {
	var bare *docEntity
	for _, e := range chambers {
		if normKey(e.name) != c || !isCap(e.name) || len(e.mentions) == 0 {
			continue
		}
		if bare != nil {
			return nil
		}
		bare = e
	}
	return bare
}

// chambersNamed returns the organisations of the document named as a
// chamber of the kind c ("senate": the "US Senate", the "Nordic Senate").
func (d *docState) chambersNamed(c string) []*docEntity {
	var out []*docEntity
	for _, e := range d.ents {
		if f := strings.Fields(strings.ToLower(e.name)); len(f) > 2 && f[1] == "of" && (roleNoun(f[0]) || f[0] == "speaker") {
			continue // "Member of Parliament": a seat taken for a name, no chamber
		}
		if n := normKey(e.name); e.typ == schema.Organization && (n == c || strings.HasSuffix(n, " "+c) || strings.HasPrefix(n, c+" of ")) {
			// "the Halvik Senate", "the Parliament of New South Wales"
			out = append(out, e)
		}
	}
	return out
}

// usChambers name the chamber of the United States Congress that a
// legislator's title ([chambers]) seats its holder in.
var usChambers = map[string]string{
	"senator": "United States Senate", "sen.": "United States Senate", "representative": "United States House of Representatives",
	"rep.": "United States House of Representatives", "congressman": "United States Congress", "congresswoman": "United States Congress",
	"lawmaker": "United States Congress", "legislator": "United States Congress", "speaker": "United States House of Representatives",
}

// seatChamber returns the chamber a legislator titled t sits in: the one
// the document names ([docState.chamberOf]), else, when us says the seat
// is one of the United States ("United States Senator Ann Lee", "Senator
// Tom Wu of Vermont", a report about the US), the chamber of Congress t
// names ([usChambers]), which it creates when the document names no
// chamber of that kind at all. It returns nil for other titles.
func (d *docState) seatChamber(t string, us bool) *docEntity {
	c := d.chamberOf(t)
	if c != nil && len(c.mentions) == 0 && !us && !d.namedCongress(c) {
		return nil // a chamber no sentence names, created for another seat of the US
	}
	name := usChambers[strings.ToLower(t)]
	if c != nil && strings.HasSuffix(normKey(name), "representatives") && strings.HasSuffix(c.name, "Congress") {
		// "Representative Tom Wu" in a report that names the US
		// Congress only: a seat in its House.
		house := strings.TrimSuffix(c.name, "Congress") + "House of Representatives"
		if e := d.byKey[normKey(house)]; e != nil {
			return e
		}
		e := d.create(house, &mention{typ: schema.Organization, gaz: d.r.g.entries[normKey(house)]})
		if bare := normKey("House of Representatives"); d.byKey[bare] == nil {
			// The document may name the House later, bare: the same
			// chamber, not a second one that would leave every later
			// Representative's chamber in doubt.
			d.byKey[bare] = e
		}
		return e
	}
	if c != nil || !us {
		return c
	}
	if name == "" {
		return nil
	}
	for _, c := range chambers[strings.ToLower(t)] {
		if len(d.chambersNamed(c)) > 0 {
			return nil // several of the kind: which one is unknown
		}
	}
	return d.congressChamber(t)
}

// congressChamber returns the chamber of the US Congress that a
// legislator titled t sits in ([usChambers]), creating it when the
// document does not name it, or nil for other titles.
func (d *docState) congressChamber(t string) *docEntity {
	name := usChambers[strings.ToLower(t)]
	if name == "" {
		return nil
	}
	if e := d.byKey[normKey(name)]; e != nil {
		return e
	}
	return d.create(name, &mention{typ: schema.Organization, gaz: d.r.g.entries[normKey(name)]})
}

// namedCongress reports whether c is the House of Representatives of a
// Congress that the document names ([docState.seatChamber]).
func (d *docState) namedCongress(c *docEntity) bool {
	g, ok := strings.CutSuffix(c.name, "House of Representatives")
	return ok && d.byKey[normKey(g+"Congress")] != nil && len(d.byKey[normKey(g+"Congress")].mentions) > 0
}

// usSeat reports whether e, the place a seat is held for or the state
// a legislator's title names, is the United States or lies in it.
func (d *docState) usSeat(e *docEntity) bool {
	return e != nil && (normKey(e.name) == usKey || d.r.within(e, "United States"))
}

// usKey is normKey("United States"), made once: usSeat asks for it at
// each sentence's every place.
var usKey = normKey("United States")

// legislatorOf reports whether the last of titles is a legislator's
// ("Representative", "MP", [chambers]) that toks, the words around the
// name and its holder, write as one ([legislatorNoun]), and h a country:
// "US Representative Tom Wu" sits in the country's chamber and works for
// no state; "US Representative to the UN Ann Lee" is an envoy.
func legislatorOf(d *docState, titles []*title, h *docEntity, toks []nlp.Token) bool {
	return len(titles) > 0 && len(chambers[strings.ToLower(titles[len(titles)-1].name)]) > 0 && h != nil && h.typ == schema.GPE && d.r.country(h) &&
		legislatorNoun(toks) != ""
}

// apposedEnd returns the end of the apposition set off by a comma at
// token k, before its closing comma or within six tokens, or k when no
// comma stands there.
func apposedEnd(s nlp.Sentence, k int) int {
	if k >= len(s.Tokens) || s.Tokens[k].Text != "," {
		return k
	}
	j := k + 1
	for j < len(s.Tokens) && j < k+7 && s.Tokens[j].Text != "," {
		j++
	}
	return j
}

// partySeat returns the chamber of the document ([docState.chamberOf])
// that m, a person named with a legislator's title after a party's name
// or adjective ("Conservative MP Tom Wu", "Republican Senator Ann Lee"),
// sits in, or, for a party of the United States, the chamber of Congress
// the title names ([docState.seatChamber]), or nil.
func (d *docState) partySeat(toks []nlp.Token, m *mention) *docEntity {
	if m.ent == nil || m.ent.typ != schema.Person || !named(m) || m.role || len(m.titles) == 0 {
		return nil
	}
	h := m.org
	if h == nil || h.ent == nil {
		h = m.country
	}
	last := m.titles[len(m.titles)-1].name
	if h == nil || !partyEntity(h.ent) || len(chambers[strings.ToLower(last)]) == 0 || legislatorNoun(around(toks, h, m)) == "" {
		return nil
	}
	// "Republican Representative Tom Wu", "Democratic Senator Ann Lee" in
	// a report about the US: a party of the United States seats its
	// legislator in Congress.
	us := h.ent.gaz != nil && normKey(h.ent.gaz.of) == normKey("United States") || d.usSeat(d.homeState())
	if c := d.seatChamber(last, us); c != m.ent {
		return c
	}
	return nil
}

// partyMember returns member_of for lemma, a work_for role in the
// body o that the title t states, when o is a party and t no title of
// its staff ([partyStaff]), or o is a panel and t a legislator's
// ([chambers]): "Republican Representative Tom Wu", "Democratic
// challenger former Vice President Ann Lee", "Republican Lieutenant
// Governor Tom Wu" belong to the party, no staff of it; "House
// Intelligence Committee Representative Ann Lee" sits on the panel. It
// returns lemma otherwise.
func partyMember(lemma string, o *docEntity, t string) string {
	if lemma != schema.WorkFor {
		return lemma
	}
	if partyEntity(o) && !partyStaff[lastWord(t)] || panelName(o.name) && len(chambers[lastWord(t)]) > 0 {
		return schema.MemberOf
	}
	return lemma
}

// stateDeputy reports whether the title t names the deputy of a state's
// or a region's head: "Vice President", "Deputy Prime Minister",
// "Lieutenant Governor".
func stateDeputy(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	if n := len(f); n >= 3 && f[n-1] == "minister" && f[n-2] == "prime" {
		f = append(f[:n-2:n-2], "minister")
	}
	n := len(f)
	return n >= 2 && (f[n-2] == "vice" || f[n-2] == "deputy" || f[n-2] == "lieutenant") &&
		(f[n-1] == "president" || f[n-1] == "minister" || f[n-1] == "governor" || f[n-1] == "premier" || f[n-1] == "chancellor")
}

// leadTitle returns the name of the last of titles that leads ("Chief
// Executive" of "chief executive Lord Tom Wu"), or "".
func leadTitle(titles []*title) string {
	for i := len(titles) - 1; i >= 0; i-- {
		if titles[i].lead {
			return titles[i].name
		}
	}
	return ""
}

// writtenTitle returns the last word of the title of m as the sentence
// writes it between the holder and m ("president" of "Lib Dem president
// Simon Hughes"), or "" when the title stands elsewhere.
func writtenTitle(s nlp.Sentence, holder, m *mention) string {
	if k := titleEnd(s, holder, m); k >= 0 {
		return s.Tokens[k].Text
	}
	return ""
}

// titleOf reports whether "of" follows the title of m that a holder's
// adjective opens ("Tom Wu, the Democratic chairman of the Energy
// Committee,"): the title is the office of the body named after it.
func titleOf(s nlp.Sentence, holder, m *mention) bool {
	k := titleEnd(s, holder, m)
	return k >= 0 && ofAfter(s.Tokens, k+1)
}

// leadApposed reports whether the leading title of m stands after it, in
// an apposition, while the holder's adjective before m opens another
// title ("Democratic Congressman Tom Wu, a civil rights leader,"): the
// adjective is the congressman's party, not the leader's body.
func leadApposed(s nlp.Sentence, holder, m *mention) bool {
	f := strings.Fields(leadTitle(m.titles))
	if len(f) == 0 || holder.end >= m.start {
		return false
	}
	for _, t := range s.Tokens[holder.end:m.start] {
		if strings.EqualFold(t.Text, f[len(f)-1]) {
			return false // "Liberal Democrat chief executive Lord Tom Wu"
		}
	}
	return true
}

// around returns the tokens from the first of two mentions to three
// tokens after the last: a name, its holder and the title between or
// after them.
func around(toks []nlp.Token, a, b *mention) []nlp.Token {
	return toks[min(a.start, b.start):min(max(a.end, b.end)+3, len(toks))]
}

// partyStaff are the last words of titles a party gives its own staff
// and officers ("Labour spokesman", "Republican strategist", "Tory deputy
// leader"): they work for it.
var partyStaff = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "strategist": true, "aide": true, "adviser": true,
	"advisor": true, "official": true, "staffer": true, "treasurer": true, "organiser": true, "organizer": true,
	"agent": true, "manager": true, "pollster": true, "consultant": true, "secretary": true, "director": true,
	"leader": true, "whip": true, "chairman": true, "chairwoman": true, "chair": true, // "Labour deputy leader"
}

// partyEntity reports whether e is a political party: one a description
// calls a party, or one [partyNamed] names.
func partyEntity(e *docEntity) bool {
	return e != nil && e.typ == schema.Organization && (e.desc["party"] || partyNamed(e.name, e.gaz))
}

// partyAdjective reports whether the organisation m is named with is a
// party written as one word before m's title: "Republican President Tom
// Wu", "Labour Prime Minister Ann Lee". The title is still the state's
// office, which the party's member holds; "Harbor Party President Tom Wu"
// may head the party. A title apposed after the name is the state's
// office so too: "Republican Tom Wu, the governor,", "Conservative Ann
// Lee, the prime minister,".
func partyAdjective(toks []nlp.Token, m *mention) bool {
	h := partyHolder(m)
	if h == nil || !oneWordParty(h) || len(m.titles) == 0 || m.start == 0 || m.start > len(toks) {
		return false
	}
	if h.end >= m.start && !(h.end == m.start && namedTitleStart(m) == m.start && m.end < len(toks) && toks[m.end].Text == ",") {
		return false
	}
	// "Lib Dem president Tom Wu" in lower case heads the party.
	return !partyHeadTitle(m.titles[len(m.titles)-1].name, toks[m.start-1].Text)
}

// oneWordParty reports whether mention h names a party in one word, not
// possessive: "Labour", "Likud" before a title, as a party's adjective
// ("Republican") stands.
func oneWordParty(h *mention) bool {
	return h.end-h.start == 1 && !h.possessive && partyEntity(h.ent)
}

// partyHolder returns the body m's title is written with: its
// organisation, else its state or party's adjective, as [docState.partySeat]
// reads them.
func partyHolder(m *mention) *mention {
	if m.org != nil && m.org.ent != nil {
		return m.org
	}
	return m.country
}

// partyHeadTitle reports whether the title t, whose last word is written
// as last, heads a party when the party's adjective stands before it
// ("Tory leader", "Labour chairman", "Liberal Democrat chief executive",
// "Lib Dem president" in lower case), as no office of a state
// ("Republican President", "Democratic governor") does.
func partyHeadTitle(t, last string) bool {
	f := strings.Fields(strings.ToLower(t))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "leader", "chairman", "chairwoman", "chairperson", "chair", "head", "chief", "secretary-general", "co-leader":
		return true
	case "executive":
		return len(f) > 1 && f[len(f)-2] == "chief"
	case "president":
		return last == "president"
	}
	return strings.HasPrefix(strings.ToLower(t), "secretary general")
}

// ofAfter reports whether "of" or "at" follows token k-1, naming the body
// a title belongs to ("President Tom Wu of Halvik Holdings").
func ofAfter(toks []nlp.Token, k int) bool {
	return k < len(toks) && (toks[k].Text == "of" || toks[k].Text == "at")
}

// bodyOfAfter reports whether "of" or "at" after token k-1 opens the
// body a title belongs to ([ofAfter]): a name, capitalised ("Minister
// Tom Wu of the Interior"), or a mention of the sentence ms. What he was
// told of ("told by Health Minister Tom Wu of the damage", "of \"many
// dead\"") names no body, and leaves the title to the report's state.
func bodyOfAfter(toks []nlp.Token, ms []*mention, k int) bool {
	if !ofAfter(toks, k) {
		return false
	}
	j := k + 1
	if j < len(toks) && (toks[j].Lower() == "the" || toks[j].Lower() == "a" || toks[j].Lower() == "an") {
		j++
	}
	if j >= len(toks) {
		return true
	}
	if slices.ContainsFunc(ms, func(b *mention) bool { return b.start == k+1 || b.start == j }) {
		return true
	}
	switch t := toks[j].Text; {
	case t == "\"" || t == "``" || t == "“":
		return false
	case isCap(t):
		return true
	}
	for _, r := range toks[j].Text {
		return !unicode.IsLower(r) // "of 40 dead", not "of the damage"
	}
	return true
}

// stateTitle reports whether a title names the head of a state or of its
// government ("President", "Prime Minister") or the head's deputy ("Vice
// President"), never of another body's, or one of its ministers ("Health
// Minister", "Foreign Secretary", "Attorney General"; a region's "Chief
// Minister" is none, nor is a party's "General Secretary").
func stateTitle(t string) bool {
	switch t {
	case "President", "Prime Minister", "Premier", "Vice President", "Vice Premier", "National Security Advisor", "National Security Adviser",
		"Sultan", "Emir",
		"Attorney General", "Attorney-General", "Solicitor General", "Solicitor-General":
		return true
	case "Chief Minister", "First Minister", "Minister":
		return false
	case "Secretary of State":
		return true
	}
	if portfolio, ok := strings.CutSuffix(t, " Secretary"); ok && portfolioWords[portfolio] {
		return true // "Foreign Secretary", "Home Secretary"; not "General Secretary"
	}
	return strings.HasSuffix(t, " Minister")
}

// monarch reports whether m names a reigning monarch: "King" or "Queen"
// before a name with a regnal number ("Queen Elizabeth II", "King Harald
// V"), who in a report about Britain or Norway reigns over it, as
// "President Tom Wu" in a report about Norway heads Norway. Without the
// number the title may be a nickname's or a place's ("Queen Creek").
func monarch(m *mention) bool {
	if len(m.titles) == 0 || m.titles[len(m.titles)-1].name != "King" && m.titles[len(m.titles)-1].name != "Queen" {
		return false
	}
	f := strings.Fields(m.surface)
	if len(f) < 2 {
		return false
	}
	return regnal(f[len(f)-1])
}

// calledMonarch reports whether m names a person by "King" or "Queen"
// and a name of two words or more whom the document also calls "the
// king" or "the queen" ("King Maha Vajiralongkorn ... the king said"): a
// reigning monarch without a regnal number ([monarch]), not a place or a
// market named after one ("Queen Victoria Market").
func (d *docState) calledMonarch(m *mention) bool {
	if len(m.titles) == 0 || m.ent == nil || len(strings.Fields(m.name)) < 2 {
		return false
	}
	t := strings.ToLower(m.titles[len(m.titles)-1].name)
	if t != "king" && t != "queen" {
		return false
	}
	for _, ms := range d.sents {
		for _, o := range ms {
			if o.kind == mDesc && o.ent == m.ent && o.head == t {
				return true
			}
		}
	}
	return false
}

// regnal reports whether w is a Roman number from I to XVI, as kings and
// the parts of laws are numbered ("Louis XV", "Title IV").
func regnal(w string) bool {
	switch w {
	case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI":
		return true
	}
	return false
}

// homeState returns the state a document is about: the country it names
// most, at least three times and twice as often as any other, or more
// often than any other and alone in its headline, or nil. A country named
// as a state of the US is ([usStateNames]) counts only when named more
// often than the US.
func (d *docState) homeState() *docEntity {
	var top, second *docEntity
	us := d.byKey[usKey]
	var people map[*docEntity]int
	for _, e := range d.ents {
		if e.typ == schema.Group && e.n > 0 {
			// "Serbians protested": a nationality's plural noun names
			// the state's people, a mention of the state as its
			// adjective is ("Serbian protesters").
			if g := d.r.pluralDemonym(e.name); g != nil {
				if c := d.byKey[normKey(g.name)]; c != nil {
					if people == nil {
						people = map[*docEntity]int{}
					}
					people[c] += e.n
				}
			}
		}
	}
	n := func(e *docEntity) int { return e.n + people[e] }
	for _, e := range d.ents {
		if e.typ != schema.GPE || !d.r.country(e) {
			continue
		}
		if us != nil && e != us && usStateNames[e.name] && e.n <= us.n {
			// "Representative Tom Wu of Georgia" in a report that
			// names the United States as often or more: a state of the
			// US, which would otherwise tie with it as a country.
			continue
		}
		switch {
		case top == nil || n(e) > n(top):
			top, second = e, top
		case second == nil || n(e) > n(second):
			second = e
		}
	}
	if top == nil || second != nil && n(top) == n(second) {
		return nil
	}
	if n(top) >= 3 && (second == nil || n(top) >= 2*n(second)) || d.headlineState() == top {
		// "Ann Lee Resigns as U.S. Secretary of State": the one country
		// a headline names, when the report names none more often.
		return top
	}
	if top.n == 2 && second == nil && d.headlinePlace() {
		// "Halvik bridge collapses" over a report that names Norway
		// twice and no other country: the town the headline names is
		// in it.
		return top
	}
	return nil
}

// headlinePlace reports whether the document's headline names a town: a
// place that is no country and no state's first division, which has
// offices of its own ("Puerto Rico", "New Hampshire").
func (d *docState) headlinePlace() bool {
	if len(d.sents) == 0 {
		return false
	}
	return slices.ContainsFunc(d.sents[0], func(m *mention) bool {
		return m.ent != nil && m.ent.typ == schema.GPE && !m.adj && !d.r.country(m.ent) && (m.ent.gaz == nil || !m.ent.gaz.region)
	})
}

// headlineState returns the one country that the document's first
// sentence, its headline or lead, names by name or adjective, or nil when
// it names none or several.
func (d *docState) headlineState() *docEntity {
	if len(d.sents) == 0 {
		return nil
	}
	var one *docEntity
	for _, m := range d.sents[0] {
		for _, e := range []*docEntity{entOf(m.country), m.ent} {
			if e == nil || e.typ != schema.GPE || !d.r.country(e) || e == one {
				continue
			}
			if one != nil {
				return nil
			}
			one = e
		}
	}
	return one
}

// homeRegion returns the one region of home (a state's first division,
// "Ontario", "Queensland") that the document's headline names, when the
// document names it at least as often as home; else nil.
func (d *docState) homeRegion(home *docEntity) *docEntity {
	if len(d.sents) == 0 {
		return nil
	}
	var one *docEntity
	for _, m := range d.sents[0] {
		e := m.ent
		if e == nil || e == one || e.gaz == nil || !e.gaz.region || !d.r.within(e, home.name) {
			continue
		}
		if one != nil {
			return nil
		}
		one = e
	}
	if one == nil || one.n < home.n {
		return nil
	}
	return one
}

// premierStates are the federations whose states or provinces a premier
// heads, where "Premier" alone never names the federation's head.
var premierStates = map[string]bool{"Australia": true, "Canada": true}

// premierRegion returns the state or province of [premierStates] (of home,
// when home is one) that the document names most, more often than any
// other, or nil.
func (d *docState) premierRegion(home *docEntity) *docEntity {
	var top *docEntity
	tie := false
	for _, e := range d.ents {
		if e.typ != schema.GPE || e.gaz == nil || !e.gaz.region || len(e.mentions) == 0 {
			continue
		}
		in := false
		for c := range premierStates {
			in = in || (home == nil || home.name == c) && d.r.within(e, c)
		}
		switch {
		case !in:
		case top == nil || e.n > top.n:
			top, tie = e, false
		case e.n == top.n:
			tie = true
		}
	}
	if tie {
		return nil
	}
	if top == nil {
		// "The Parliament of New South Wales voted": the state a
		// parliament is named after, when the report names it only so.
		for _, e := range d.ents {
			_, r, ok := strings.Cut(e.name, " of ")
			g := d.r.g.entries[normKey(r)]
			if !ok || e.typ != schema.Organization || len(e.mentions) == 0 || !legislature(&docEntity{name: strings.TrimSuffix(e.name, " of "+r), typ: e.typ}) ||
				g == nil || !g.region || !premierStates[g.in] || home != nil && home.name != g.in {
				continue
			}
			if top != nil && top.name != g.name {
				return nil
			}
			if top = d.byKey[normKey(g.name)]; top == nil {
				top = d.create(g.name, &mention{typ: schema.GPE, gaz: g})
			}
		}
	}
	return top
}

// entOf returns m's entity, or nil when m is nil.
func entOf(m *mention) *docEntity {
	if m == nil {
		return nil
	}
	return m.ent
}

// officeWords reports whether a title names a staff office ("Foreign
// Minister", "Secretary of State").
func officeWords(title string) bool {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if workNouns[w] {
			return true
		}
	}
	return false
}

// deriveBackground adds one background fact, once per document: what a
// name or the gazetteer implies is stated by no sentence, so it is dated to
// the first sentence that implies it and not repeated.
func (d *docState) deriveBackground(si int, subj schema.Argument, phrase, lemma string, s, o *docEntity, conf float64) {
	key := derivedKey{-1, s.name, lemma, "\x00" + o.name}
	if d.derived[key] {
		return
	}
	d.derived[key] = true
	if f := d.derive(si, subj, phrase, lemma, s, o, "", conf); f != nil {
		f.Background = true
	}
}

// derive adds one implied fact, once per sentence, and returns it, or nil
// when the sentence has it already (a role restated in a later sentence,
// "Ambassador Mohib said", is that sentence's statement too), when its
// object is an office, or when it places a site ([siteNamed]).
func (d *docState) derive(si int, subj schema.Argument, phrase, lemma string, s, o *docEntity, literal string, conf float64) *docFact {
	if o != nil && o != s && loneTitle(d, o) {
		return nil // "launched a bid for Senator": an office is no actor
	}
	if (lemma == schema.LocateIn || lemma == schema.LocateNear) && siteNamed(s) {
		// "the Cahors Cathedral in Cahors, France", "Bontddu Hall near
		// Dolgellau": where a building lies is no fact between actors,
		// as for a fact the extractor read ([site]).
		return nil
	}
	okey := literal
	if o != nil {
		okey = "\x00" + o.name
	}
	key := derivedKey{si, s.name, lemma, okey}
	if d.derived[key] {
		return nil
	}
	d.derived[key] = true
	f := &docFact{subj: s, obj: o, implied: true}
	if (lemma == schema.Lead || lemma == schema.WorkFor) && s.typ == schema.Person {
		d.holdTitle(s, d.r.phraseTitle(phrase), f) // "Norway's president, Ann Lee," then "the president"
	}
	f.Subject = subj
	f.Relation = phrase
	f.Lemma = lemma
	f.Class = lemma
	f.Confidence = conf
	f.Sentence = si
	if o != nil {
		f.Object = schema.Argument{Text: o.name}
	} else {
		f.Object = schema.Argument{Text: literal}
	}
	d.facts = append(d.facts, f)
	return f
}

// placingPlace returns the index of the preposition before the first
// place when tokens [first, last) are a place's name
// that, after a comma, places the place named before it, inside a phrase
// after a noun at the start of a clause: "The festival in Bergen, Norway
// took place", "The prize of the Governor of Vestland County, Norway was
// awarded". The extractor reads the second name as the subject of the
// verb after it; it names where the first place is, and the clause's
// subject is the noun before the phrase, which ends right before the
// preposition. A phrase that opens the clause
// ("In Bergen, Norway won the match"), one after a verb, and a list ("the
// envoys of Cyprus, Greece and Israel met") keep the name: it returns -1.
func placingPlace(toks []nlp.Token, first, last int, covered func(int) *mention) int {
	m := covered(first)
	if m == nil || m.start != first || m.end != last || m.ent == nil || !isPlace(m.ent) || first < 4 || toks[first-1].Text != "," {
		return -1
	}
	v := last
	for v < len(toks) && strings.HasPrefix(toks[v].Tag, "RB") {
		v++
	}
	if v >= len(toks) || !strings.HasPrefix(toks[v].Tag, "VB") && toks[v].Tag != "MD" {
		return -1 // "the delegations of Cyprus, Greece and Israel met": a list
	}
	if v+1 < len(toks) && toks[v+1].Text == "," || speechVerbForm[toks[v].Lower()] {
		return -1 // "Talks with Russia, Ukraine said, had failed": a speaker set off
	}
	// The first place: a place's mention, or capitalised words that a
	// title took part of ("the Governor of Tyumen Oblast, Russia").
	q := first - 2
	if p := covered(q); p != nil && p.end == first-1 && p.ent != nil && isPlace(p.ent) && !p.possessive {
		q = p.start - 1
	} else {
		for q >= 0 && toks[q].Tag == "NNP" && isCap(toks[q].Text) {
			q--
		}
		if q == first-2 {
			return -1
		}
	}
	if q > 0 && toks[q].Lower() == "the" {
		q--
	}
	if q < 1 || toks[q].Tag != "IN" || !strings.HasPrefix(toks[q-1].Tag, "NN") {
		return -1
	}
	k := q - 1
	for k > 0 && toks[k-1].Text != "," {
		k--
	}
	for i := k; i < q; i++ {
		if t := toks[i]; strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || quoteMark(t.Text) != 0 {
			return -1
		}
	}
	switch t := toks[k]; {
	case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "CD" || strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ"):
		return q
	}
	return -1
}

// speechVerbForm are the forms of verbs of saying that a speaker set off
// in commas takes ("Ukraine said", "Norway added").
var speechVerbForm = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "added": true, "claimed": true, "stated": true,
	"announced": true, "warned": true, "insisted": true, "argued": true, "noted": true, "reported": true,
}

// foldedActPatient reports whether x folds an attitude verb, an act noun
// of nominals and the noun's own preposition into its relation, so that
// its object is the act's patient, at whom the attitude is not aimed:
// "condemned Norwegian aggression against" Finland (the stance is
// toward Norway, [docState.stance]).
func foldedActPatient(x schema.Extraction) bool {
	w := strings.Fields(strings.ToLower(x.Relation))
	verb, _, _ := strings.Cut(x.Lemma, "_")
	return len(w) >= 3 && actPatientPrep(verb, w[len(w)-2], w[len(w)-1])
}

// actPatientPrep reports whether, after attitude verb verb and its
// object's act noun noun, the phrase of preposition prep is the noun's
// own, naming the act's patient ("condemned Norwegian aggression
// against Finland"), not whom the attitude is toward.
func actPatientPrep(verb, noun, prep string) bool {
	return attitudeVerbs[verb] && slices.Contains(nominals.at(noun).preps, prep)
}

// banVerbs are the verbs of a state's ban whose passive with "in" and
// no agent names the state that bans: "is banned in Norland".
var banVerbs = map[string]bool{"ban": true, "outlaw": true, "prohibit": true, "proscribe": true}

// bannedIn reports whether x is the passive of a verb of [banVerbs] with
// "in" and no agent ("is banned in", "has been outlawed in").
func bannedIn(x schema.Extraction) bool {
	verb, rest, _ := strings.Cut(x.Lemma, "_")
	w := strings.Fields(strings.ToLower(x.Relation))
	if x.Negated || !banVerbs[verb] || rest != "in" || len(w) < 3 || w[len(w)-1] != "in" || !participle(w[len(w)-2]) {
		return false
	}
	return passiveAux[w[len(w)-3]] || beForms[w[len(w)-3]]
}

// madeOf are the lemmas of a whole's verb before the parts it is made of:
// "consists of", "is made up of", "is composed of".
var madeOf = map[string]bool{"consist_of": true, "make_up_of": true, "compose_of": true}

// includedAs returns the relation an actor included in another by x
// holds to it: member_of a body ("the coalition includes the Greens"),
// part_of a place ("Norway comprises Svalbard"), or "" and true for a
// state that a company would include, which is no link at all.
func includedAs(x schema.Extraction, subj, obj *docEntity) (string, bool) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if subj == nil || obj == nil || subj == obj || x.Negated || verb != "include" && verb != "comprise" && !madeOf[x.Lemma] {
		return "", false
	}
	if slices.ContainsFunc(x.Extra, func(a schema.Argument) bool { return a.Role == "as" || a.Role == "place" }) {
		return "", false // "included Makaton as a word in the dictionary": an act of adding
	}
	switch {
	case isPlace(subj) && isPlace(obj):
		return schema.PartOf, true
	case subj.desc["company"] && obj.typ == schema.GPE:
		// "Tesco centralised its management in the Nordic region,
		// comprising Norway, Sweden and Finland": a company has markets,
		// no states among its members, and the list is the region's.
		return "", true
	case (subj.typ == schema.Organization || subj.typ == schema.Group) && actorEntity(obj) && obj.typ != schema.Location:
		return schema.MemberOf, true
	}
	return "", false
}

// coActs are the verbs whose co- form does the verb's own act together
// with others: who co-founds a party founds it.
var coActs = map[string]bool{
	"found": true, "author": true, "write": true, "sponsor": true, "chair": true, "host": true, "own": true,
	"produce": true, "direct": true, "sign": true, "fund": true, "organise": true, "organize": true,
	"manage": true, "lead": true, "create": true, "establish": true, "edit": true, "invent": true,
}

// aheadOf is the relation of one who leads another in a race.
const aheadOf = "be_ahead_of"

// liveIn is the relation of a person to the place where they live.
const liveIn = "live_in"

// residence reports whether an extractor lemma ("live_in", "reside_in",
// "be_living_in") is a verb of living somewhere.
func residence(lemma string) bool {
	for _, w := range strings.Split(strings.ToLower(lemma), "_") {
		switch w {
		case "be", "have", "now", "still":
		case "live", "living", "lived", "reside", "residing":
			return true
		default:
			return false
		}
	}
	return false
}

// coWords are the verbs that "co-" makes into another verb ("co-operate"
// is cooperate, no operating together).
var coWords = map[string]bool{"operate": true, "ordinate": true, "opt": true, "exist": true, "erce": true}

// neighbourRegions reports whether a and b are regions that the gazetteer
// puts in the same state ("Ohio" and "Oregon"): neither lies in the other.
func neighbourRegions(a, b *docEntity) bool {
	return a.gaz != nil && b.gaz != nil && a.gaz != b.gaz && a.gaz.region && b.gaz.region && a.gaz.in != "" && a.gaz.in == b.gaz.in
}

// extraction adds the fact of extraction x of sentence si, and a locate_in
// fact for a place argument that names a place.
func (d *docState) extraction(si int, s nlp.Sentence, x schema.Extraction) {
	x = postAfterTime(s, x)
	for _, arg := range []*schema.Argument{&x.Subject, &x.Object} {
		if members := d.listMembers(si, s, *arg); members != nil {
			// "The University of Oslo and the Tenants Union sued
			// Halvik": one extraction for each member of a list the
			// extractor left whole, as it splits others.
			whole := *arg
			for _, m := range members {
				*arg = m
				d.extraction(si, s, x)
			}
			*arg = whole
			return
		}
	}
	if g := d.pronounGroup(si, s, x.Subject); g != nil && d.member == nil {
		// "Both are professors at the University of Oslo": one reading
		// for each member, as the extractor splits "A and B are".
		for _, e := range g.members {
			d.member = e
			d.extraction(si, s, x)
		}
		d.member = nil
		return
	}
	f := &docFact{}
	defer d.reportDerived(len(d.facts), f)
	f.Extraction = x
	f.Extra = append([]schema.Argument(nil), x.Extra...)
	f.Class = schema.CanonicalRelation(x.Lemma)
	f.Lemma = schema.StatedRelation(x.Lemma)
	if rest, ok := strings.CutPrefix(f.Lemma, "co-"); ok && rest != "" {
		// "co-founded": who co-founds founds, with others (the guide's
		// base-form verb, which annotators list: "found | co-found");
		// "co-operate" is one verb, cooperate; other prefixed verbs join
		// as a particle does ("co-stars" co_star: starring is another act).
		switch verb := strings.Split(rest, "_")[0]; {
		case coActs[verb]:
			f.Lemma = rest
		case coWords[verb]:
			f.Lemma = "co" + rest
		default:
			f.Lemma = "co_" + rest
		}
		f.Class = schema.CanonicalRelation(f.Lemma)
	}
	if l := heldNoun(x.Lemma); l != "" {
		f.Lemma, f.Class = l, schema.CanonicalRelation(l) // "held talks with": talk_with
	}
	if l := relativeNoun(s, x); l != "" {
		f.Lemma, f.Class = l, schema.CanonicalRelation(l) // "the agreement Siemens reached with": agree_with
	}
	if l := stanceAdjunctLemma(x.Lemma); l != "" {
		f.Lemma, f.Class = l, schema.CanonicalRelation(l) // "voted in opposition to": oppose
	}
	if l := gerundActNoun(x); l != "" {
		f.Lemma, f.Class = l, schema.CanonicalRelation(l) // "the Oslo police shooting of": shoot
	}
	f.Sentence = si
	var sc, oc float64
	f.subj, sc, _ = d.argument(si, s, x.Subject)
	d.basedDescription(si, s, x.Subject, f.subj)
	if d.member != nil && f.subj != nil && slices.Contains(f.subj.members, d.member) {
		f.subj = d.member
	}
	if expletive(s, x) {
		f.subj = nil // "It was not clear who would attend": no actor
	}
	if f.subj != nil && (f.subj.typ == schema.Organization || quotedName(x.Subject.Text)) && heldEvent(x) {
		f.subj = nil // '"Kessel Fest" was held in Oslo': an event, no actor
	}
	var issued schema.Extraction // the reading that issued the message x's subject names
	if a, y := d.adjunctAuthor(si, s, x); a != nil {
		f.subj, sc, issued = a, x.Confidence*placeArgConf, y // "posted a message on Twitter blaming Iran"
	}
	if f.subj == nil {
		if a, y := d.messageAuthor(si, s, x); a != nil {
			f.subj, sc, issued = a, x.Confidence*placeArgConf, y // "issued a statement urging Ann Lee to resign"
		}
	}
	if f.subj == nil {
		if a := d.apposedParticiple(si, s, x); a != nil {
			f.subj, sc = a, x.Confidence*placeArgConf // "Ken Aas, a lawyer representing Ann Lee,"
		}
	}
	if f.subj == nil {
		if a := d.daySubject(si, s, x); a != nil {
			f.subj, sc = a, x.Confidence*placeArgConf // "Ann Lee, an activist, on Sunday told Reuters"
		}
	}
	if f.subj == nil {
		if a := d.orderedAides(si, s, x); a != nil {
			f.subj, sc = a, x.Confidence*placeArgConf // "ordered his staff to delay aid to Fiji"
		}
	}
	if f.subj == nil {
		if g := d.colonGroup(si, s, x.Subject); g != nil {
			f.subj, sc = g, x.Confidence*placeArgConf // "Two presidents have been impeached: Ann Lee and Tom Wu."
		}
	}
	if f.subj != nil && (f.subj.typ == schema.Organization || f.subj.typ == schema.GPE) && ledPeople(s, x) {
		// "Researchers at Stanford University, led by Tom Wu,": he
		// leads the researchers, who stand for the university, not it.
		f.subj = nil
	}
	f.obj, oc, f.concept = d.argument(si, s, x.Object)
	d.basedDescription(si, s, x.Object, f.obj)
	f.obj = ownBody(f.subj, f.obj) // "Both countries have put their militaries on alert"
	if d.nameCutByVerb(si, s, x.Object) {
		f.obj, f.concept = nil, "" // "Planned Parenthood, along with the ACLU have": "Planned" read as the verb
	}
	if f.obj != nil && !isPlace(f.obj) && !passiveIn(x.Relation) && d.authoredWork(si, s, x.Object, f.obj) {
		f.obj, f.concept = nil, "" // "is reading Bright Future by Ola Nord": a work, by its author
	}
	if seatAfter(s, x.Object) {
		f.obj, f.concept = nil, "" // "to fill the US House of Representatives seat formerly held by": the seat, read as a verb
	}
	if f.obj == nil {
		if o, c := d.toldFirst(si, s, x); o != nil && o != f.subj {
			f.obj, oc, f.concept = o, c, "" // "told the Associated Press four victims were found"
		}
	}
	if _, _, aimed := aimedInObject(x); aimed {
		f.obj, f.concept = nil, "" // "launched missiles targeting Swedish troops": the troops were aimed at ([docState.aimedTargets])
	}
	if f.obj == nil {
		if g := d.colonGroup(si, s, x.Object); g != nil && g != f.subj {
			f.obj, oc, f.concept = g, x.Confidence*placeArgConf, "" // "Police arrested three men: Ann Lee, ..."
		}
	}
	if x.Lemma == schema.Lead && f.subj != nil && f.obj != nil && f.subj.typ == schema.Person && f.obj.typ == schema.Person && !passiveIn(x.Relation) {
		// "Biden led Trump 50 to 40 percent", "Lee led Wu by two
		// sets": one person leads another only in a race, ahead of
		// him; heading nothing.
		f.Lemma, f.Class = aheadOf, ""
	}
	if f.Lemma == schema.LocateIn && f.subj != nil && f.subj.typ == schema.Person && residence(x.Lemma) {
		// "Ann Lee has lived in Utah since 2001", "now resides in
		// Iraq": a person lives where a body is located.
		f.Lemma = liveIn
	}
	if f.Lemma == schema.PartOf && f.subj != nil && f.obj != nil && f.subj.typ == schema.Person && f.obj.typ == schema.Organization {
		// "I am a part of the Velby Chess League": a person belongs to a
		// body, as a member; part_of is a body's or a place's tie to a
		// whole.
		f.Lemma, f.Class = schema.MemberOf, schema.MemberOf
	}
	if f.Class == schema.Join {
		// "a naval mission to guard the Baltic Sea that was joined by
		// Sweden": a sea, a range or a region of nature is joined by no
		// one; the relative clause's noun is further back.
		switch passive := passiveIn(x.Relation); {
		case passive && f.subj != nil && (f.subj.typ == schema.Location || waterBody(f.subj.name)):
			f.subj = nil
		case !passive && f.obj != nil && (f.obj.typ == schema.Location || waterBody(f.obj.name)):
			f.obj, f.concept = nil, ""
		}
	}
	if f.obj != nil && sitedAct(f.Lemma) && (site(f.obj) || siteNamed(f.obj)) {
		// "stayed at Bontddu Hall", "was buried at the Novodevichy
		// Cemetery", "walked to Hyde Park": a building or grounds is
		// a thing, where the act took place, and no actor.
		f.obj, f.concept = nil, ""
	}
	if f.obj != nil && f.obj != f.subj && objectPronoun(x.Object.Text) && d.mentionedIn(si, s, x.Subject, f.obj) {
		// "the United Nations High Commissioner recommended it": an
		// object pronoun is no actor named inside the subject.
		f.obj = nil
	}
	if f.obj != nil && (sayVerbs[x.Lemma] || clauseSubject(s, x) || clauseObject(d.xs, x) || quotedObject(s, x)) {
		f.obj, f.concept = nil, "" // "said Jon Kerr, the Secretary, contacted Thailand"
	}
	if f.obj != nil && foldedActPatient(x) {
		f.obj, f.concept = nil, "" // "condemned Norwegian aggression against Finland": Finland is the act's patient
	}
	if i := strings.LastIndexByte(x.Lemma, '_'); i >= 0 && f.obj != nil && medium(x.Lemma[i+1:], f.obj) ||
		f.obj != nil && x.Lemma == "use" && platform(f.obj) && !passiveIn(x.Relation) {
		f.obj, f.concept = nil, "" // "wrote on Twitter", "Ann Lee on Facebook", "used Instagram to thank"
	}
	if f.subj != nil && isPlace(f.subj) && eventSite(s, x) {
		f.subj = nil // "the debate took place in Utah, moderated by Susan Page": the debate was moderated
	}
	if f.obj != nil && sensedPlace(x.Lemma) {
		f.obj, f.concept = nil, "" // "the brokenness we see in Washington": where the thing seen is
	}
	if f.obj != nil && x.Membership && (kindGroups[f.obj.groupHead] || firmGroups[f.obj.groupHead]) && f.obj.typ == schema.Group {
		// "Asian states such as Japan", "campaign groups including the
		// Lund Front", "German firms including Siemens": a kind of states,
		// groups or firms is no body one belongs to.
		f.obj, f.concept = nil, ""
	}
	if f.obj != nil && x.Membership && officialGroups[f.obj.groupHead] && f.obj.typ == schema.Group && f.subj != nil && f.subj.typ == schema.Person {
		// "Iranian government officials including deputy health
		// minister Iraj Harirchi": a state's officials are no body one
		// belongs to; each of them works for the state.
		f.obj, f.concept = nil, ""
		if p := d.groupPlace(si, s, x.Object); p != nil && p.ent != f.subj && p.ent.typ == schema.GPE && d.r.country(p.ent) {
			f.obj, oc = p.ent, p.conf
			f.Lemma, f.Class = schema.WorkFor, schema.WorkFor
		}
	}
	if f.obj == nil && x.Membership && x.Lemma == schema.PartOf && f.subj != nil {
		// "areas of Northern Ireland (such as South Armagh)", "Norway's
		// regions, including Finnmark": a place listed among the
		// places of another lies in it; a name taken for a person's for
		// want of a better type is a place there.
		if p := d.groupPlace(si, s, x.Object); p != nil && p.ent != f.subj && d.placeArg(si, s, x.Subject, f.subj) {
			f.obj, oc, f.concept = p.ent, p.conf, ""
			f.Lemma, f.Class = schema.LocateIn, schema.LocateIn
		}
	}
	if f.obj == nil && f.subj != nil && marketVerbs[strings.SplitN(x.Lemma, "_", 2)[0]] && marketObject(x.Object.Text) {
		// "Halvik entered the Polish market", "left Norway's market":
		// a market named by a state is that state's.
		if p := d.groupPlace(si, s, x.Object); p != nil && p.ent != f.subj && p.ent.typ == schema.GPE {
			f.obj, oc, f.concept = p.ent, p.conf, ""
		}
	}
	if f.obj == nil && f.subj != nil && regionObject(x.Object.Text) {
		// "Turkey invades Syria's northeast", "attacked the east of
		// Ukraine": a state's region, as "northeastern Syria", stands for
		// the state.
		if p := d.groupPlace(si, s, x.Object); p != nil && p.ent != f.subj && p.ent.typ == schema.GPE && d.r.country(p.ent) {
			f.obj, oc, f.concept = p.ent, p.conf, ""
		}
	}
	if f.obj == nil {
		if o := d.facilityOwner(si, s, x, x.Object); o != nil && o != f.subj {
			f.obj, oc, f.concept = o, placeArgConf, "" // "attacked the church's website"
		}
	}
	if f.obj == nil {
		if o := d.attackedPlace(si, s, x, f.subj); o != nil {
			f.obj, oc, f.concept = o, placeArgConf, "" // "Israel struck targets in Syria"
		}
	}
	if f.obj == nil || f.obj == f.subj {
		if o, lemma := d.withdrawnFrom(si, s, x, f.subj); o != nil {
			// "Canada recalled its ambassador from Saudi Arabia"
			f.obj, oc, f.concept = o, placeArgConf, ""
			f.Lemma, f.Class = lemma, schema.CanonicalRelation(lemma)
		}
	}
	if x.Lemma == "work_for" || x.Lemma == "work_at" || x.Lemma == "work_in" || x.Lemma == "work_on" {
		if o := d.possessorOf(si, s, x.Object, func(w string) bool { return employerNouns[w] }); (f.obj == nil || f.obj == o) && o != nil && o != f.subj && f.subj != nil && f.subj.typ == schema.Person {
			// "worked for his Oslo office", "worked on Tom Wu's campaign
			// staff": one works for whoever the office serves.
			f.obj, oc, f.concept = o, placeArgConf, ""
			f.Lemma, f.Class = schema.WorkFor, schema.WorkFor
		}
	}
	if defenceVerbs[x.Lemma] && f.subj != nil {
		// "came to Tom Wu's defence", "spoke in defense of Ann Lee":
		// the subject defends the actor, who is no place gone to.
		if ents, c := d.defended(si, s, x.Object); len(ents) > 0 && ents[0] != f.subj {
			f.obj, oc, f.concept = ents[0], c, ""
			f.Lemma, f.Class = "defend", schema.CanonicalRelation("defend")
			for _, o := range ents[1:] {
				if g := d.derive(si, x.Subject, x.Relation, "defend", f.subj, o, "", x.Confidence*c); g != nil {
					g.Class, g.Negated = f.Class, x.Negated // "the defence of Sweden and Finland"
				}
			}
		}
	}
	if l := heldNoun(x.Lemma); f.obj == nil && l != "" {
		// "issued a stay of Ann Lee's order", "launched a probe into Tom
		// Wu's finances": the noun's act falls on the possessor.
		verb, _, _ := strings.Cut(l, "_")
		if o := d.actedOnPossessor(si, s, verb, x.Object); o != nil && o != f.subj {
			f.obj, oc, f.concept = o, placeArgConf, ""
		}
	}
	if verb, _, _ := strings.Cut(x.Lemma, "_"); schoolingVerbs[verb] && f.subj != nil && f.subj.typ == schema.Person && !x.Negated {
		d.schooledAt(si, s, x, f.subj)
	}
	if jobVerbs[x.Lemma] && f.subj != nil && f.subj.typ == schema.Person && !x.Negated {
		d.employedAt(si, s, x, f.subj)
	}
	if verb := strings.TrimSuffix(x.Lemma, "_for"); f.obj == nil && askedHelpVerbs[verb] {
		// "sought Interpol's help", "requested Sweden's assistance": the
		// possessor is asked for it.
		noun := ""
		o := d.possessorOf(si, s, x.Object, func(w string) bool {
			if giftNouns[w] || w == "cooperation" {
				noun = w
				return true
			}
			return false
		})
		if o != nil && o != f.subj && noun != "" {
			l := x.Lemma + "_" + noun + "_from"
			f.obj, oc, f.concept = o, placeArgConf, ""
			f.Lemma, f.Class = schema.StatedRelation(l), schema.CanonicalRelation(l)
		}
	}
	if f.subj != nil && f.obj == nil {
		if ents, c := d.weightedActor(si, s, x); len(ents) > 0 && ents[0] != f.subj {
			f.obj, oc, f.concept = ents[0], c, "" // "threw her support behind Tom Wu"
			f.Lemma, f.Class = "support", schema.CanonicalRelation("support")
			for _, o := range ents[1:] {
				if g := d.derive(si, x.Subject, x.Relation, "support", f.subj, o, "", x.Confidence*c); g != nil {
					g.Class, g.Negated = f.Class, x.Negated // "behind Ann Lee and Tom Wu"
				}
			}
		}
	}
	if demand, obj := d.demandArgument(x); demand != "" && f.subj != nil {
		// "demanded Tom Wu's resignation", "called for the release of
		// Ann Lee": the demand is made of or for the actor.
		if ents, noun, c := d.demandedFate(si, s, obj); len(ents) > 0 && ents[0] != f.subj && (f.obj == nil || f.obj == ents[0]) {
			l := demand + "_" + noun + "_of"
			f.obj, oc, f.concept = ents[0], c, ""
			f.Lemma, f.Class = schema.StatedRelation(l), schema.CanonicalRelation(l)
			for _, o := range ents[1:] {
				if g := d.derive(si, x.Subject, x.Relation, f.Lemma, f.subj, o, "", x.Confidence*c); g != nil {
					g.Class, g.Negated = f.Class, x.Negated // "the release of Ann Lee and Tom Wu"
				}
			}
		}
	}
	assailedAct := false
	if _, by := passiveBy(x); by && f.subj == nil {
		if o := d.facilityOwner(si, s, x, x.Subject); o != nil && o != f.obj {
			f.subj, sc = o, placeArgConf // "the church's website was attacked by hackers"
		}
		if verb, _, _ := strings.Cut(x.Lemma, "_"); f.subj == nil && particleVerbs[verb] == "" {
			if o := d.actedOnPossessor(si, s, verb, x.Subject); o != nil && o != f.obj {
				f.subj, sc = o, placeArgConf // "Ann Lee's plan was opposed by the party": opposed her
			} else if o := d.actOf(si, s, x.Subject); assailVerbs[verb] && o != nil && o != f.obj {
				// "Ann Lee's plan was attacked by the party": in words,
				// as the active "attacked Ann Lee's plan" ([docState.stance]).
				f.subj, sc, assailedAct = o, placeArgConf, true
			}
		}
	}
	if f.obj != nil && isPlace(f.obj) && passiveIn(x.Relation) && (f.Lemma == "defeat_in" || f.Lemma == "elect_in" || f.Lemma == "re-elect_in") {
		// "Ann Lee was defeated in Oslo East", "was elected in Lodi
		// West": a seat lost or won there, as [docState.seatFacts] reads
		// a constituency.
		lemma := electedIn
		if f.Lemma == "defeat_in" {
			lemma = loseIn
		}
		f.Lemma, f.Class = lemma, lemma
	}
	if f.Lemma == "home_to" && !x.Negated && f.subj != nil && f.obj != nil && f.subj != f.obj && isPlace(f.subj) && (isPlace(f.obj) || f.obj.typ == schema.Organization || namedDivision(s, x.Object)) {
		// "Oslo is home to the Halvik Institute", "the county, which is
		// also home to the city of Lodi": what the place is home to lies
		// in it (GUIDE: locate_in), as "the Oslo-based Halvik Institute".
		f.subj, f.obj, sc, oc = f.obj, f.subj, oc, sc
		f.Extraction.Subject, f.Extraction.Object = f.Extraction.Object, f.Extraction.Subject
		f.Lemma, f.Class = schema.LocateIn, schema.LocateIn
	}
	if roleCompound(s, x, f.subj, f.obj) || d.titleRelation(s, x, f.subj, f.obj) {
		return // "Pacers guard Ann Lee": a role noun read as a verb
	}
	if gerundSubject(s, x) {
		return // "while insulting the president has been made an offence": the act is the clause's subject
	}
	if wishedOfOther(s, x) || nounPassive(s, x) {
		return // "expects 16% of revenue to come from KFB", "a ceremony to be held at Windsor Castle"
	}
	intended := intention(s, x) || deniedReport(d.xs, x)
	if f.obj != nil && intended {
		if f.subj != nil && f.obj != f.subj && actorEntity(f.subj) && actorEntity(f.obj) && !x.Negated && threatened(x) {
			// "threatened to sanction Sweden": the threat is made.
			d.derive(si, x.Subject, x.Relation, "threaten", f.subj, f.obj, "", x.Confidence*placeArgConf)
		}
		if f.subj != nil && f.obj != f.subj && actorEntity(f.subj) && f.obj.typ == schema.Organization && !x.Negated && x.Lemma == "join" && applied(x) {
			// "Finland applied to join NATO": the application is made to it.
			d.derive(si, x.Subject, x.Relation, "apply_to_join", f.subj, f.obj, "", x.Confidence*placeArgConf)
		}
		f.obj, f.concept = nil, "" // "plans to visit Oslo": no act between the two yet
	}
	if r := strings.ToLower(x.Relation); f.obj != nil && (r == "compared to" || r == "compared with" || comparingVerbs[strings.SplitN(f.Lemma, "_", 2)[0]]) {
		// "visibility in the US compared to Canada", "contrasted a
		// reformed Labour party with the Tories", "have been compared to
		// New Order": a comparison, no act between the two.
		f.obj, f.concept = nil, ""
	}
	if verb, prep, ok := strings.Cut(f.Lemma, "_"); ok && f.obj != nil && plannedEvent(verb, prep) {
		// "a rally Tom Wu planned for Ohio", "planned a meeting with Ann
		// Lee", "requested talks with Sweden": the phrase after the
		// preposition belongs to the event planned, which has not taken
		// place; the subject does nothing to its actor yet.
		f.obj, f.concept = nil, ""
	}
	if f.obj != nil && f.obj.typ == schema.Person && x.Lemma == "join" && slices.ContainsFunc(x.Extra, func(a schema.Argument) bool { return a.Role == "as" }) {
		// "emerged as a contender, joining Ann Lee and Tom Wu as potential
		// candidates": joining people as what they are puts the subject
		// among them, no act on them.
		f.obj, f.concept = nil, ""
	}
	d.lifePlace(si, s, x, f)
	d.controlAgent(si, s, x, f)
	if _, ok := passiveBy(x); ok && f.subj != nil && f.obj == nil {
		// "was defeated by 300 votes by Ann Lee": a margin, then the agent.
		for _, a := range x.Extra {
			if byPhrase(a) {
				if o, c, _ := d.argument(si, s, a); o != nil && o != f.subj {
					f.obj, oc, f.concept, f.Object = o, c, "", a
					break
				}
			}
		}
	}
	if w := strings.Fields(strings.ToLower(x.Relation)); len(w) >= 3 && w[len(w)-1] == "in" && w[len(w)-2] == "quoted" && beForms[w[len(w)-3]] &&
		f.subj != nil && f.obj != nil && !x.Negated {
		// "Tom Wu was quoted in the Herald": the paper quotes him.
		f.subj, f.obj = f.obj, f.subj
		f.Subject, f.Object = f.Object, f.Subject
		f.Lemma, f.Class = schema.StatedRelation("quote"), schema.CanonicalRelation("quote")
	}
	if w := strings.Fields(strings.ToLower(x.Relation)); len(w) >= 3 && w[len(w)-1] == "into" && w[len(w)-2] == "inducted" && beForms[w[len(w)-3]] &&
		f.subj != nil && f.obj != nil && f.obj.typ == schema.Organization && !x.Negated {
		// "Tom Wu was inducted into the Halvik Hall of Fame": the hall
		// inducts him.
		f.subj, f.obj = f.obj, f.subj
		f.Subject, f.Object = f.Object, f.Subject
		f.Lemma, f.Class = schema.StatedRelation("induct"), schema.CanonicalRelation("induct")
	}
	if l, ok := includedAs(x, f.subj, f.obj); ok && l == "" {
		f.obj, f.concept = nil, ""
	} else if ok {
		// "the House, which includes 235 Democrats", "the coalition
		// includes the Green Party": the included belongs to the body.
		f.subj, f.obj = f.obj, f.subj
		f.Subject, f.Object = f.Object, f.Subject
		f.Lemma, f.Class = l, l
	}
	if bannedIn(x) && f.subj != nil && f.obj != nil && f.obj.typ == schema.GPE && actorEntity(f.subj) && f.subj.typ != schema.GPE {
		// "the Red Hand is banned in Norland": the state bans it.
		f.subj, f.obj = f.obj, f.subj
		f.Subject, f.Object = f.Object, f.Subject
		f.Lemma, f.Class = schema.StatedRelation("ban"), schema.CanonicalRelation("ban")
	}
	if base, ok := passiveBy(x); ok && f.subj != nil && f.obj != nil && !x.Negated && !stanceBy(x.Relation) {
		// "was founded by L. Ron Hubbard": the agent acts; "was
		// disappointed by Sweden" is the subject's stance, which
		// [docState.stance] reads.
		f.subj, f.obj = f.obj, f.subj
		f.Subject, f.Object = f.Object, f.Subject
		f.Lemma, f.Class = schema.StatedRelation(base), schema.CanonicalRelation(base)
		if l := inflictedAct(x.Relation); l != "" {
			f.Lemma, f.Class = l, schema.CanonicalRelation(l) // "was hit with a lawsuit by": sue
		}
		if assailedAct {
			f.Lemma, f.Class = "criticize", "criticize"
		}
	}
	if base, ok := verdictIn(x, f.obj); ok && f.subj != nil && !x.Negated {
		// "Both were acquitted in the Senate", "was convicted in the
		// High Court": the body the act took place in performed it.
		f.subj, f.obj = f.obj, f.subj
		f.Subject, f.Object = f.Object, f.Subject
		f.Lemma, f.Class = schema.StatedRelation(base), schema.CanonicalRelation(base)
	}
	d.joinedFounder(si, s, x, f)
	var agent *docEntity
	if !seatedPassive(x, f.subj) {
		agent = d.passiveAgent(si, s, x, f.obj)
	}
	if agent == nil {
		d.passiveExtraAgent(si, s, x, f.subj, f.obj)
		d.takenFrom(si, s, x, f) // after the by-agent has acted on the subject
	}
	if !intended {
		d.passiveEvent(si, s, x) // "the strikes on Norway were carried out by the militia"
		d.claimedEvent(si, s, x) // "The attack was claimed by the militia": whom it befell, said before
	}
	if agent != nil && agent != f.subj {
		// "paintings donated to Yale by the Ford Foundation": the
		// subject underwent the act; the agent's edge replaces its own.
		f.obj, f.concept = nil, ""
		if f.subj != nil && actorEntity(f.subj) && !x.Negated {
			// "Tom Wu was handed over to Denmark by Sweden": Sweden
			// handed him over, too.
			verb, rest, _ := strings.Cut(x.Lemma, "_")
			if p, _, two := strings.Cut(rest, "_"); two && passiveParticles[p] {
				verb += "_" + p
			}
			d.derive(si, x.Subject, x.Relation, verb, agent, f.subj, "", x.Confidence*placeArgConf)
		}
	}
	if v, p, ok := strings.Cut(f.Lemma, "_"); ok && f.subj != nil && f.subj.typ == schema.Person && f.obj != nil && partySeat(v, p, f.obj) {
		f.Lemma, f.Class = schema.MemberOf, schema.MemberOf // "Tom Wu stood for the Green Party"
	}
	if v, p, ok := strings.Cut(f.Lemma, "_"); ok && p == "on" && f.obj != nil && platform(f.obj) {
		f.obj, f.concept = nil, "" // "wrote on Twitter", "was on Facebook": the medium, no party to the act
	} else if ok && v == "be" && p == "on" && f.subj != nil && f.subj.typ == schema.Person && f.obj != nil && f.obj.typ == schema.Organization {
		f.Lemma, f.Class = schema.MemberOf, schema.MemberOf // "Tom Wu, who is on the party's executive"
	}
	if _, last := argTokens(s, x.Object); f.obj != nil && last > 0 && wishVerbs[f.Lemma] && infinitiveAt(s.Tokens, last) > 0 {
		f.obj, f.concept = nil, "" // "wants Norway to leave", "expects Sweden to pay": a wish about the actor, no act
	}
	if _, last := argTokens(s, x.Object); f.obj != nil && last > 0 && f.subj != nil && !x.Negated {
		if on, ok := demandFor[f.Lemma]; ok {
			if v := infinitiveAt(s.Tokens, last); v > 0 && passiveAt(s.Tokens, v) {
				// "called for Tom Wu to be arrested", "urged for the
				// National Guard to be brought in": the actor undergoes
				// the act demanded, as after "called for the arrest of
				// Tom Wu"; no one addressed.
				f.obj, f.concept = nil, ""
			} else if v > 0 {
				// "called for Norway to reduce its debt": a call on the
				// actor to act.
				f.Lemma, f.Class = on, schema.CanonicalRelation(on)
			}
		}
	}
	if f.Lemma == "have" && f.obj != nil && f.obj.typ != schema.Concept {
		// "has competitors including Air Deccan", "had a solid game and
		// Tom Wu ...": what one has is no actor; ties and acts had
		// with one ("had talks with") have their own lemmas.
		f.obj, f.concept = nil, ""
	}
	if _, last := argTokens(s, x.Object); f.obj != nil && last > 0 && judgedState(s, f.Lemma, last) {
		// "The hospital also found him positive", "Police found Ann
		// Lee dead", "was pronounced dead": what one finds an actor to
		// be is a state of it, no act on it; a verdict ("found Tom Wu
		// guilty") stays.
		f.obj, f.concept = nil, ""
	}
	if v, p, ok := strings.Cut(f.Lemma, "_"); ok && v == "be" && f.obj != nil && !copulaPreps[p] && !strings.Contains(p, "_") {
		// "how important he was for the country", "Spain is behind the
		// United States", "it was for Parliament to decide": a copula
		// and a preposition relate no two actors, save where one is
		// (in, at, near, from) or with or against whom one stands.
		f.obj, f.concept = nil, ""
	}
	if f.Lemma == schema.LocateIn && f.obj != nil && f.subj != nil && (f.subj.typ == schema.Organization || f.subj.typ == schema.GPE) && staffHead(s, x.Subject) {
		// "An Al Jazeera reporter in Kenya", "a US official in Kabul":
		// where one of a body's people is, the body is not.
		f.obj, f.concept = nil, ""
	}
	if sub := strings.TrimSpace(x.Subject.Text); f.Lemma == "stand_for" && f.obj != nil && len(sub) > 1 && isAcronym(sub) {
		f.obj, f.concept = nil, "" // "MAGA stands for ...": an acronym's expansion, no act
	}
	if w := strings.Fields(strings.ToLower(x.Relation)); f.obj != nil && len(w) == 3 && beForms[w[0]] && (w[1] == "missing" || w[1] == "absent") {
		f.obj, f.concept = nil, "" // "was missing from Capitol Hill": a state, no act
	}
	if letKnow(s, x) && f.subj != nil && f.obj != nil {
		f.Lemma, f.Class = "tell", schema.CanonicalRelation("tell") // "I let him know": told him
	}
	if lemma := givenNoun(s, x); lemma != "" && f.subj != nil && f.obj != nil && !x.Negated {
		f.Lemma, f.Class = lemma, lemma // "gave Tom Wu the chance to": offered him it
	}
	if k := tokenAt(s, x.Subject.Start); f.Lemma == schema.From && k >= 2 && strings.EqualFold(s.Tokens[k-1].Text, "of") &&
		(fromNominal(s.Tokens[k-2]) || removalNouns[s.Tokens[k-2].Lower()]) {
		// "the independence of Norway from Sweden": agentNominals reads
		// the act; "the removal of US troops from Syria", "the
		// evacuation of Danish citizens from Wuhan": where they are
		// taken from, not their home, as after a verb ([separatedFrom]).
		return
	}
	if f.Lemma == schema.From && f.subj != nil && f.obj != nil && separatedFrom(s, tokenAt(s, x.Subject.Start)) {
		// "expelled Ann Lee from the party", "suspended Mali from the
		// union", "signed Tom Wu from Kelton": from goes with the verb.
		// A player signed or bought from a club has left it.
		if f.subj.typ == schema.Person && (f.obj.typ == schema.Organization || f.obj.typ == schema.GPE) &&
			transferredFrom(s, tokenAt(s, x.Subject.Start)) {
			d.derive(si, x.Subject, x.Relation, "leave", f.subj, f.obj, "", x.Confidence*placeArgConf)
		}
		return
	}
	if f.Lemma == schema.From && f.subj != nil && f.obj != nil && d.derived[derivedKey{si, f.subj.name, "represent", "\x00" + f.obj.name}] {
		return // "Senator Ann Lee from Vermont" holds its seat ([docState.representFacts])
	}
	if f.Lemma == schema.From && f.subj != nil && f.obj != nil && f.subj.typ == schema.Person && f.obj.typ == schema.Organization {
		f.Lemma = affiliation(f.obj) // "Cyd Ho from the Labour Party"
	}
	if w, _, _ := strings.Cut(strings.ToLower(x.Relation), " "); f.Lemma == schema.From && f.subj != nil && f.obj != nil && f.obj.typ == schema.Person && beForms[w] {
		// "Tom Wu from Indiana, and Detroit's Ann Lee and Cyd Ho were
		// suspended": one is from a place or a body, never from a
		// person; such a list goes on past the from-phrase.
		return
	}
	if f.subj != nil {
		f.Confidence *= sc
	}
	if f.obj != nil {
		f.Confidence *= oc
	}
	d.sources(si, s, f)
	d.imputed(si, s, x, f) // "refused to apologise" too, which reads as negated
	d.questionsRaised(si, s, x, f)
	d.questionsAnswered(si, s, x, f)
	d.sympathy(si, s, x, f)
	d.peers(si, s, x, f)
	d.prayedFor(si, s, x, f)
	d.announcedEvent(si, s, x, f)
	d.paidTribute(si, s, x, f)
	d.tribute(si, s, x, f)
	d.agreedWith(si, s, x, f)
	if !x.Negated {
		d.requestedOf(si, s, x, f.subj)
		if f.obj == nil {
			d.thatRequest(si, s, x, f.subj)
		}
		d.stance(si, s, x, f)
		d.takenPlace(si, s, x, f)
		d.foundedWith(si, s, x, f)
		d.namedSuccessor(si, s, x, f)
		d.inProtest(si, s, x, f)
		d.operationAgent(si, s, x, f)
		d.operationDoer(si, s, x, f)
		d.seatsWon(si, s, x, f)
		d.taughtAt(si, s, x, f)
		d.contestsWon(si, s, x, f)
		d.orderedActs(si, s, x, f)
		d.nominees(si, s, x, f)
		if !intended {
			d.rallyPlaces(si, s, x, f) // "held rallies in Ohio and Iowa"
		}
		if !intended || quitVerbs[strings.Split(x.Lemma, "_")[0]] || x.Lemma == "step_down_from" {
			d.leadershipHeld(si, s, x, f) // "would resign leadership of the party": he leads it
		}
		d.gerundAdjunct(si, s, x, f.subj, f.obj)
	}
	if !intended {
		d.complementRole(si, s, x, f.subj) // "making her the party's first female candidate": her own object
	}
	if f.subj != nil && (f.obj == nil || strings.HasSuffix(x.Lemma, "_under")) && !x.Negated && !intended && d.underAct(si, s, x, f.subj) {
		return // "Norway is under EU sanctions": the EU sanctions it
	}
	if f.subj != nil && !x.Negated && !intended && d.inEvent(si, s, x, f.subj) {
		return // "is at war with Sweden": no place, the act done with Sweden
	}
	if listRelation(x) && f.obj != nil {
		// "former members of Scientology, including musician Tiziano
		// Lugli": a list's member, not an act of the subject.
		f.obj = nil
	}
	if (f.Lemma == schema.LocateIn || f.Lemma == schema.LocateNear) && f.obj != nil && !isPlace(f.obj) {
		// "in Dubai, Norland Steel Corp": a place is in a place, never in
		// an actor; a concept object ("deployed in the conflict") stays text.
		if f.obj.typ != schema.Concept {
			return
		}
		f.obj = nil
	}
	if (f.Lemma == schema.LocateIn || f.Lemma == schema.LocateNear) && f.subj != nil && f.subj.local && f.obj != nil {
		// "protesters in Hong Kong", "sentenced by a court in Multan":
		// an unnamed crowd or court is placed by the phrase that picks it
		// out, which ties no actor to the place.
		return
	}
	if (f.Lemma == schema.LocateIn || f.Lemma == schema.LocateNear) && f.subj != nil && f.subj.typ != schema.Person &&
		!isPlace(f.subj) && !institutionName(f.subj.name) && eventPlace(d.xs, x) {
		// "held talks with the Labour Party in Oslo", "met Ann Ward of
		// Lehman Brothers in London": the place is the meeting's, not
		// where the party or the bank sits.
		return
	}
	if y, ok := eventReading(d.xs, x); ok && f.Lemma == schema.LocateIn && f.subj != nil && !isPlace(f.subj) && intention(s, y) {
		// "would have meetings with Ann Lee in Dublin": where an act
		// that has not happened would take place places no one ("tried
		// to take Fort Pillow in Tennessee" still places the fort).
		return
	}
	if f.Lemma == schema.LocateIn && d.r.country(f.subj) && f.obj != nil && f.obj.typ == schema.GPE {
		// "Fabiano Caruana of the United States in London": a state lies
		// in no city or region; the place belongs to the event or to the
		// phrase the state modifies.
		return
	}
	if f.Lemma == schema.LocateIn && (x.Relation == "is in" || x.Relation == "are in") && f.subj != nil && f.obj != nil && neighbourRegions(f.subj, f.obj) {
		// "cases rose in Ohio, Oregon, and possibly Utah": two regions
		// that the gazetteer puts in one state, side by side, are
		// neighbours in a list, neither in the other (as placeInPlace
		// reads them).
		return
	}
	if (f.Lemma == schema.LocateIn || f.Lemma == schema.LocateNear) && f.subj != nil && (site(f.subj) || siteNamed(f.subj)) {
		// "the game at the Harbor Stadium in Oslo", "found on Elm Road in
		// Bergen": a stadium, a road or a hall is no actor, and where it
		// lies is no fact between actors.
		return
	}
	if f.Lemma == schema.LocateIn && f.subj != nil && f.subj.typ == schema.Person && phrasePlace(s, x) {
		// "the police killing of Tom Wu in Oslo", "a boost for Ann Lee
		// in Bergen", "Born Bob Smith in Bergen": the place a noun
		// phrase's "in" gives is its head's, the killing's or the
		// boost's; a person is placed only by a clause ("Tom Wu is in
		// Oslo").
		return
	}
	if f.Lemma == schema.LocateIn && (x.Relation == "is in" || x.Relation == "are in") && f.subj != nil && f.obj != nil && isPlace(f.obj) {
		// "the towns of Beni, Butembo and Katwa in Congo": each place
		// of the list lies in the place after the last, which two
		// places before it make a place too, however it was typed.
		list := d.placesListedBefore(si, s, x.Subject)
		if !isPlace(f.subj) && len(list) < 2 {
			list = nil
		}
		for _, c := range list {
			if c.ent != f.obj && !d.r.country(c.ent) {
				d.derive(si, argOf(s, c), x.Relation, schema.LocateIn, c.ent, f.obj, "", x.Confidence)
			}
		}
	}
	if w := strings.Fields(strings.ToLower(x.Relation)); f.Lemma == schema.LocateIn && f.subj != nil && f.subj.typ == schema.GPE &&
		len(w) > 0 && w[len(w)-1] == "at" {
		// "Sweden faced Norway at the Bergen City Stadium": a
		// state is in a region, never at a site; "at" places the event.
		return
	}
	if p := strings.ToLower(strings.TrimSpace(x.Object.Text)); (f.obj == nil || f.obj == f.subj) && pronouns[p] && !strings.HasSuffix(p, "self") && !strings.HasSuffix(p, "selves") {
		// A plain pronoun object that names no actor, or its own subject
		// (a non-reflexive pronoun never does: "The ministry called them
		// illegal"), is no object worth keeping as text: the fact is
		// dropped.
		return
	}
	if p := strings.ToLower(strings.TrimSpace(x.Object.Text)); (p == "himself" || p == "herself" || p == "itself") && f.subj != nil && f.obj != nil && f.obj != f.subj {
		// A singular reflexive object names its own clause's subject; one
		// resolved to another actor says the subject was misread ("He
		// hinted that the council would be disbanded, but later reversed
		// himself": the council reversed no one): the fact is dropped.
		return
	}
	if o := strings.TrimSpace(x.Object.Text); f.subj != nil && (f.obj == nil || f.obj == f.subj) && (normKey(o) == normKey(f.subj.name) || f.subj.aliases[o]) {
		// An object that writes the subject's own name says the subject
		// was misread: a description resolved to the name after it ("A
		// former mayor, Tom Wu, said": Tom Wu is Tom Wu), or an actor
		// taken for the place it is in or from ("representatives from
		// Norway": Norway is from Norway). Its text, shown as the name,
		// would read as an edge of the actor to itself: the fact is
		// dropped.
		return
	}
	if f.obj != nil && (f.obj == f.subj || f.obj.typ != schema.Person && stateTitle(f.obj.name) || strings.HasSuffix(x.Lemma, "_for") && officeSought(s, x.Object) || loneTitle(d, f.obj)) {
		// No self-loops: "Russia defended itself", "the ministry said
		// the ministry ..." keep the object's literal text; nor a
		// title taken for a name: "was named Secretary of State"; nor
		// the place of an office sought, nor an office: "ran for governor
		// of Texas", "was elected Chairman".
		f.obj = nil
	}
	if o, lemma := d.officeObject(si, s, x, f); o != nil {
		// "resigned as US Secretary of State", "was named Norway's
		// Foreign Minister": the office the object names is the
		// subject's; a post given up is left, as below.
		if lemma != "" && !intended && !x.Negated {
			d.derive(si, x.Subject, x.Relation, lemma, f.subj, o, "", x.Confidence*placeArgConf)
		}
		f.obj = nil
		if left := leftPost(x); left != "" {
			f.obj, f.Lemma = o, left
		}
	}
	if f.obj == nil && f.subj != nil && f.subj.typ == schema.Person && !x.Negated && !intended {
		// "Ann Lee is the director of the Nordic Institute": the object's
		// head is a role noun, the body right after its of; "would be
		// the next leader of the party" holds it in a wish only.
		if o := d.roleOfBody(si, s, x.Object); o != nil && appointedRole(s, x) != "" {
			f.obj = o
			d.joinedRoleBefore(si, s, x, f.subj, o)
		}
	} else if f.obj != nil && f.subj != nil && f.subj.typ == schema.Person && !x.Negated && !intended {
		// "Ann Lee was the founder and chief executive of Acme": the
		// object already names the body after the role noun's "of";
		// the role noun joined before it holds a role there too.
		if o := d.roleOfBody(si, s, x.Object); o == f.obj && appointedRole(s, x) != "" {
			d.joinedRoleBefore(si, s, x, f.subj, o)
		}
	}
	if first, last := argTokens(s, x.Object); f.obj == nil && f.subj != nil && f.subj.typ == schema.Person && !x.Negated && !intended && first >= 0 && (x.Object.Start >= x.Subject.End || headlinePassive(s, x)) && appointedRole(s, x) != "" {
		// "Ann Lee was sworn in as prime minister", "Tom Wu is the
		// foreign minister": a title of a state's government with no
		// state is one of the state the document is about. A title
		// written before the name ("former prime minister Tom Wu") is
		// [docState.officeFacts]'.
		// "was appointed deputy minister of environment for the new
		// government": the title ends before its portfolio, and the only
		// actor named after it is the report's state.
		end := first + slices.IndexFunc(s.Tokens[first:last], func(t nlp.Token) bool { return t.Text == "of" || t.Text == "for" })
		if end < first || end+2 == last && secretaryOfState(s.Tokens[first:last]) {
			end = last // "is the secretary of state": "of state" is the title's
		}
		home := d.homeState()
		others := slices.ContainsFunc(d.sents[si], func(m *mention) bool {
			return m.ent != nil && m.ent != home && m.start >= first && m.end <= last
		})
		if lemma := officeTitle(s.Tokens[first:end]); home != nil && home != f.subj && lemma != "" && !others && (end == last || !actorWithin(d.sents[si], first, end)) {
			if p := d.placedPost(f.subj, lemma, home, si); p != nil {
				home = p // "Berg, the Deputy Chief Minister of Kerala, ... being the Deputy Chief Minister": Kerala's
			}
			if home == d.homeState() {
				home = d.homeOffice(s.Tokens[first:end], home)
			}
			if home != nil {
				d.derive(si, x.Subject, x.Relation, lemma, f.subj, home, "", x.Confidence*placeArgConf)
			}
		}
	}
	if first, last := argTokens(s, x.Object); f.subj != nil && f.subj.typ == schema.Person && !x.Negated && !intended && first >= 0 &&
		(f.obj == nil && (appointedRole(s, x) != "" || postObject(s.Tokens, first) > first && heldVerb(x)) || copulaSpeaker(s, x, first, last) > first) {
		// "was elected Speaker", "served as Speaker of the House",
		// "resumed the office of Speaker": the chair of the house.
		// "is the Speaker of the House", and the apposition "Ann Lee,
		// the Democratic Speaker of the House,": a copula's Speaker, the
		// party's adjective before it no body of the sentence.
		k := postObject(s.Tokens, first)
		if j := copulaSpeaker(s, x, first, last); j > first {
			k = j
		}
		if c := d.speakerChamber(si, s, k, last); c != nil && c != f.subj {
			// The post is held: "during his time as Speaker" restates it.
			d.hold(f.subj, []*title{speakerTitle}, d.derive(si, x.Subject, x.Relation, schema.Lead, f.subj, c, "", x.Confidence*placeArgConf))
			if k > first && f.obj != nil && f.obj != c {
				f.obj = nil // "the Democratic Speaker" is no body
			}
		}
	}
	if _, last := argTokens(s, x.Object); (postLemmas[x.Lemma] || x.Lemma == "become") && f.subj != nil && f.subj.typ == schema.Person && !x.Negated && !intended && last > 0 {
		// "was serving as Wu's personal lawyer", "became one of Wu's
		// aides": the person's staff, as "is Wu's lawyer" ([docState.copulaRole]).
		if o, lemma := d.relationalObject(si, s, x, f.subj, last-1); o != nil && lemma == schema.WorkFor {
			d.derive(si, x.Subject, x.Relation, lemma, f.subj, o, "", x.Confidence*placeArgConf)
			f.obj = nil
		}
	}
	if _, last := argTokens(s, x.Object); becomeLemmas[x.Lemma] && f.subj != nil && actorEntity(f.subj) && !x.Negated && !intended && last > 0 {
		// "became a vocal critic of Russia", "remained Norway's closest
		// ally", "emerged as a leading opponent of the bill's sponsor":
		// what "is" gives ([docState.copulaRole]), not a thing become.
		if o, lemma := d.relationalObject(si, s, x, f.subj, last-1); o != nil && lemma != schema.WorkFor {
			d.derive(si, x.Subject, x.Relation, lemma, f.subj, o, "", x.Confidence*placeArgConf)
			f.obj = nil
		}
	}
	if verb, _, _ := strings.Cut(x.Lemma, "_"); f.obj != nil && f.obj.typ == schema.Person && f.subj != nil && !x.Negated && !intended && electWords[verb] {
		// "The House of Commons elected Ann Lee Speaker": the chair of
		// the electing house, or of the one the document names.
		if _, last := argTokens(s, x.Object); last > 0 && speakerAt(s.Tokens, last-1) {
			c := f.subj
			if !legislature(c) {
				c = d.speakerChamber(si, s, last-1, last)
			}
			if c != nil && c != f.obj {
				d.hold(f.obj, []*title{speakerTitle}, d.derive(si, x.Object, x.Relation, schema.Lead, f.obj, c, "", x.Confidence*placeArgConf))
			}
		}
	}
	if lemma := appointedRole(s, x); lemma != "" && f.subj != nil && f.obj != nil && f.obj != f.subj &&
		(f.subj.typ == schema.Person || lemma == schema.MemberOf && memberState(f.subj, f.obj, x)) &&
		(f.obj.typ == schema.Organization || f.obj.typ == schema.GPE) {
		// "was appointed head of the Nordic Institute": a role, not an
		// appointment of the institute.
		body := f.obj
		if first, last := argTokens(s, x.Object); first >= 0 {
			if m := d.modifierAt(si, first, last, f.obj); m != nil {
				// "is director of Venice's La Fenice", "of Intel's
				// photonics lab", "editor of UK magazine Mac Format": the
				// unit's role; the head of a part of a body works for it.
				if body = d.possessedBody(si, s, m, last); body == nil && f.obj.typ == schema.Organization {
					body = f.obj
					if lemma == schema.Lead && !governingAfter(s.Tokens, m.end) {
						lemma = schema.WorkFor
					}
				}
			}
		}
		if first, last := argTokens(s, x.Object); body != nil && first >= 0 {
			lemma = d.groupRole(lemma, body, s.Tokens[first:last]) // "is the Senate minority leader"
			if lemma == schema.MemberOf && rankRole(lemma, s.Tokens[last-1].Lower(), body) == "" {
				body = nil // "is the Supreme Court nominee": no member of the court yet
			}
		}
		if body != nil {
			d.derive(si, x.Subject, x.Relation, lemma, f.subj, body, "", x.Confidence*placeArgConf)
			if _, last := argTokens(s, x.Object); leftPost(x) == "" {
				// "has served as mayor of Austin and governor of Texas"
				d.joinedPost(si, s, x.Subject, f.subj, body, last, x.Confidence*placeArgConf)
			}
		}
		if left := leftPost(x); left != "" {
			f.Lemma = left // "resigned as prime minister of Norway" leaves Norway's post
		} else {
			f.obj = nil
		}
	}
	if !intended {
		d.asRole(si, s, x, f) // "is the favourite to succeed Ann Lee as coach" holds no post yet
	}
	if org, lemma := d.restatedPost(s, x, f.subj); org != nil && !intended {
		// "Lee has been mayor since 1998" after "Ann Lee, mayor of
		// Bergen": the post the document gave her.
		d.derive(si, x.Subject, x.Relation, lemma, f.subj, org, "", x.Confidence*placeArgConf)
	}
	if org, lemma := d.copulaRole(si, s, x, f.subj); org != nil {
		// "Bonnie Dunbar was the Museum of Flight CEO": a role, not an
		// identity between two actors; "is a US congressman" states
		// none when the document names no chamber; "would be the next
		// leader of the party" holds it in a condition or a wish only.
		if org.typ == schema.GPE && (lemma == schema.Lead || lemma == schema.WorkFor || lemma == schema.MemberOf) && oppositionIn(s, x.Object) {
			lemma = schema.From // "is a Russian opposition politician": of the state's people, against its government
		}
		if lemma != "" && !intended {
			d.derive(si, x.Subject, x.Relation, lemma, f.subj, org, "", x.Confidence*placeArgConf)
		}
		f.obj = nil
	}
	if !intended {
		d.heldSeat(si, s, x, f.subj) // "is the junior Senator from Vermont"
		d.electedMember(si, x, f)    // "was elected to the Rajya Sabha"
		d.representedIn(si, s, x, f) // "represented Iowa in the Senate"
	}
	if whole, parent := d.partOfObject(si, s, x, f.subj); whole != nil {
		// "the FBI remains part of the Department of Justice": a
		// part of a whole, not an identity; "asked whether Velmora was
		// part of Norway" asks it, states nothing.
		if !intended && parent {
			d.derive(si, x.Object, x.Relation, schema.PartOf, whole, f.subj, "", x.Confidence*placeArgConf) // "is the parent company of"
		} else if !intended {
			d.derive(si, x.Subject, x.Relation, schema.PartOf, f.subj, whole, "", x.Confidence*placeArgConf)
		}
		f.obj = nil
	}
	if f.subj != nil && f.obj != nil && f.obj.typ == schema.Person && !intended {
		if to, conf := d.takenOnTrip(si, s, x); to != nil && to != f.obj {
			// "took her on a trip to India": she travelled to India, and
			// the taker took her there (take_to, read below).
			d.derive(si, x.Object, x.Relation+" to", "travel_to", f.obj, to, "", x.Confidence*conf*placeArgConf)
			f.obj = nil
		}
	}
	if f.Lemma == "born" && f.subj != nil && f.obj != nil && f.obj.typ == schema.Person {
		// "Ginger Baker was born Peter Baker": the name the person was
		// born with, as "known as" gives one, no one else.
		f.obj = nil
	}
	if (f.Lemma == "be" || f.Lemma == "know_as") && f.subj != nil && f.obj != nil {
		// "Jon Kerr, the Secretary of State", "Andy Warhol was the
		// center of the Zeitgeist", "Ann Lee, known as Annie Lee": a
		// copula or a naming between two actors says they are one, or
		// gives a role read above; it is no edge between them.
		f.obj = nil
	}
	d.facts = append(d.facts, f)
	if f.subj != nil && f.obj != nil && !x.Negated && !intended && f.Lemma != "be" {
		// "Norway, along with Sweden, attacked Denmark", "Denmark was
		// attacked by Norway, along with Sweden": the partner did it too.
		actor := x.Subject
		if _, by := passiveBy(x); by {
			actor = f.Subject // the agent, swapped above
		}
		for _, p := range d.partners(si, s, actor) {
			if p != f.obj && p != f.subj {
				if g := d.derive(si, actor, x.Relation, f.Lemma, p, f.obj, "", f.Confidence*placeArgConf); g != nil {
					g.Class = f.Class
				}
			}
		}
		if _, by := passiveBy(x); !by && partnerAfter(s, x.Object) {
			// "the ministry fined Halvik, along with Globex, for the
			// spill": the object's partner of its own kind is acted on
			// too; one of another kind is no second object ("joined
			// Halvik, along with Tom Wu").
			for _, p := range d.partners(si, s, x.Object) {
				if p != f.obj && p != f.subj && p.typ == f.obj.typ {
					if g := d.derive(si, x.Subject, x.Relation, f.Lemma, f.subj, p, "", f.Confidence*placeArgConf); g != nil {
						g.Class = f.Class
					}
				}
			}
		}
	}
	if verb, _, _ := strings.Cut(x.Lemma, "_"); f.subj != nil && f.obj == nil && draftVerbs[verb] && x.Object.End > x.Object.Start && !x.Negated && !intended && actorEntity(f.subj) {
		// "Ann Lee, along with Senator Tom Wu, introduced a bill": what
		// two draw up together is no actor, but they worked together.
		if _, passive := passiveVerb(x); !passive {
			for _, p := range d.partners(si, s, x.Subject) {
				if p != f.subj {
					d.derive(si, x.Subject, x.Relation, "work_with", f.subj, p, "", f.Confidence*placeArgConf)
				}
			}
		}
	}
	if (f.Class == schema.Lead || f.Class == schema.Command) && f.subj != nil && f.subj.typ == schema.Person && f.obj == nil && !x.Negated {
		// "who heads the missile bureau of the Korean People's Army": a
		// person leading a unit of an organisation is its member.
		if org := d.ofOrganization(si, s, x.Object); org != nil && org != f.subj {
			d.derive(si, x.Subject, x.Relation, schema.MemberOf, f.subj, org, "", x.Confidence*placeArgConf)
		}
	}
	// "scored a third goal for Belgium", "sent a letter to the minister":
	// when the object is no actor, an actor named by a prepositional
	// argument is the relation's other end.
	if !intended {
		d.motionPath(si, s, x, f.subj)
		d.surrendered(si, s, x, f.subj)
		if !x.Negated {
			d.gatheringPlace(si, s, x, f.subj, f.obj)
		}
		d.defenceFacts(si, s, x, f.subj)       // "In Tom Wu's defense, Ann Lee said"
		d.stanceAdjunctFacts(si, s, x, f.subj) // "sent troops to Mali in support of the government"
	}
	if f.subj != nil && f.obj == nil && agent == nil && !x.Negated && !intended && !d.resignedOffice(si, s, x, f.subj) && !d.resignedAs(si, s, x, f.subj) && !d.eventNounActor(si, s, x, f.subj) &&
		!d.staffFor(si, s, x, f.subj) {
		d.prepositionalActor(si, s, x, f.subj)
		d.respondedTo(si, s, x, f.subj)
	}
	if f.subj != nil && f.obj != nil && isPlace(f.obj) && agent == nil && !x.Negated && !intended && strings.HasSuffix(x.Lemma, "_in") && withAfterTimes(x) {
		// "met in Oslo with Ann Lee": the place was read as the object;
		// the partner is the with-phrase's ("arrived in Tokyo for a
		// summit with Ann Lee" is the summit's).
		y := x
		y.Extra = x.Extra[len(x.Extra)-1:]
		d.prepositionalActor(si, s, y, f.subj)
	}
	if f.subj != nil && f.obj != nil && agent == nil && !x.Negated && !intended && aboutSpeech(x.Lemma) {
		// "spoke about Ann Lee with Reuters", "complained about Sweden
		// to the UN": the actor spoken of is the object, and the one
		// spoken to is named by a with- or to-phrase after it.
		y := x
		y.Extra = nil
		for _, a := range x.Extra {
			if p, _, _ := strings.Cut(strings.ToLower(a.Text), " "); (p == "with" || p == "to") && a.Start >= x.Object.End {
				y.Extra = append(y.Extra, a)
			}
		}
		if len(y.Extra) > 0 {
			d.prepositionalActor(si, s, y, f.subj)
		}
	}
	if k := handedControl(s, x); f.subj != nil && f.obj != nil && agent == nil && !x.Negated && !intended && k >= 0 {
		// "relinquished control of Hong Kong to China": the place is
		// the control's; the one it went to is the to-phrase's, as after
		// "handed control of the port to Sweden".
		y := x
		y.Lemma, _, _ = strings.Cut(x.Lemma, "_")
		y.Object = schema.Argument{Text: s.Tokens[k].Text, Start: s.Tokens[k].Start, End: s.Tokens[k].End}
		y.Extra = nil
		for _, a := range x.Extra {
			if strings.HasPrefix(strings.ToLower(a.Text), "to ") && a.Start >= x.Object.End {
				y.Extra = append(y.Extra, a)
			}
		}
		if len(y.Extra) > 0 {
			d.prepositionalActor(si, s, y, f.subj)
		}
	}
	if f.subj != nil && f.obj != nil && agent == nil && !x.Negated && !intended {
		d.servedUnder(si, s, x, f.subj)   // "served in the Bundestag under Ann Lee"
		d.backedAgainst(si, s, x, f.subj) // "backed Ukraine against Russia"
		d.toldAbout(si, s, x, f)          // "described Tom Wu to the BBC"
	}
	if f.subj != nil && f.obj == nil && agent == nil && x.Negated && !intended && !d.eventNounActor(si, s, x, f.subj) {
		// "did not offer an endorsement of Tom Wu": not_endorse, above;
		// "has not conceded the race to Ann Lee": not_concede_to.
		n := len(d.facts)
		d.prepositionalActor(si, s, x, f.subj)
		for _, g := range d.facts[n:] {
			g.Negated = true
		}
	}
	if f.subj != nil && f.obj != nil && issued.Relation != "" && !x.Negated && !intended {
		for _, a := range d.coIssuers(si, s, issued, f.subj) {
			if a != f.obj {
				d.derive(si, x.Subject, x.Relation, f.Lemma, a, f.obj, "", x.Confidence*placeArgConf) // "Norway and Sweden issued a statement condemning"
			}
		}
	}
	if f.obj != nil && !x.Negated && !intended {
		// The subject a plural with no name, or a party's members ("Other
		// Republicans"), whose examples follow.
		for _, a := range d.trailingExamples(si, s, x) {
			if a != f.obj {
				d.derive(si, x.Subject, x.Relation, f.Lemma, a, f.obj, "", x.Confidence*placeArgConf) // "Many states condemned Norway, such as Sweden"
			}
		}
	}
	if f.subj == nil && !x.Negated && !intended {
		d.documentAct(si, s, x, f.obj) // "The lawsuit, filed by Ann Lee, accuses Halvik"
	}
	if verb, _, _ := strings.Cut(x.Lemma, "_"); f.subj == nil && f.obj == nil && !x.Negated && !intended && (undergoVerbs[verb] || metWith(x)) {
		// "Norway's decision to close the border drew criticism from
		// Sweden": the act's possessor undergoes it.
		if o := d.actOf(si, s, x.Subject); o != nil {
			d.eventNounActor(si, s, x, o)
		}
	}
	if !x.Negated && !intended {
		d.stirredBy(si, s, x, f.subj, f.obj) // "His comments angered China"
		d.placedInState(si, s, x, f.obj)     // "put her at odds with Iceland"
	}
	if f.obj == nil && !intended {
		d.bodyMembership(si, s, x, f.subj) // "joined Boeing's board"
	}
	if !intended {
		d.panelSeat(si, s, x, f)   // "sits on the Halvik Committee"
		d.timeIn(si, s, x, f.subj) // "spent five decades in Congress"
	}
	// "arrived in Tokyo for a summit with Kenji Moriyama": a meeting
	// with an actor, named anywhere in the fact's arguments, is a meeting.
	if verb, _, _ := strings.Cut(x.Lemma, "_"); f.subj != nil && !x.Negated && !intended && !meetingUnheld(verb) {
		for _, a := range append([]schema.Argument{x.Object}, x.Extra...) {
			if o := d.meetingWith(si, s, a); o != nil && o != f.subj {
				d.derive(si, x.Subject, "with", schema.Meet, f.subj, o, "", x.Confidence*placeArgConf)
			}
		}
	}
	if f.subj != nil && f.subj.typ == schema.Person && !x.Negated && !intended {
		d.homeAt(si, s, x, f.subj) // "died at his Ohio home"
	}
	// Only people and groups are placed by a place argument: "North Korea
	// fired a missile into the Sea of Japan" does not put North Korea there.
	// Only the place arguments before any other prepositional phrase count.
	// A person is placed only by a verb of staying ("lives in", "was
	// stationed in"), not by where an act happened ("left his job in Los
	// Angeles").
	if f.subj == nil || (f.subj.typ != schema.Person && f.subj.typ != schema.Group) || intended || bodiesGroup(f.subj) {
		return // "would meet Tom Wu in Dublin" puts no one there yet
	}
	if verb, _, _ := strings.Cut(x.Lemma, "_"); f.subj.typ == schema.Person && !stayVerbs[verb] {
		return
	}
	if verb, _, _ := strings.Cut(x.Lemma, "_"); custodyVerbs[verb] {
		if _, passive := passiveVerb(x); !passive {
			// "held his first rally in Charleston", "police kept him in
			// Oslo": the active verb places what it holds, not its
			// subject; "was held in Evin prison" places the one held.
			return
		}
	}
	if k := thereAt(s, x); f.obj == nil && !x.Negated && k >= 0 {
		// "moved to Utah and still lived there": "there" stands for
		// "in" the place named last before it.
		if p := d.hostBefore(si, k); p != nil && p != f.subj && isPlace(p) && !(d.r.country(f.subj) && p.typ == schema.GPE) {
			lemma := schema.LocateIn
			if f.subj.typ == schema.Person && residence(strings.TrimSuffix(x.Lemma, "_there")) {
				lemma = liveIn
			}
			d.derive(si, x.Subject, "there", lemma, f.subj, p, "", x.Confidence*placeArgConf)
		}
	}
	for _, a := range x.Extra {
		w, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if a.Role != "time" && a.Role != "place" && w != "in" && w != "at" && w != "inside" && w != "near" {
			// A place after another phrase ("accused the alliance of
			// provoking tensions near Kaliningrad") may belong to that
			// phrase, not place the subject.
			break
		}
		lemma := ""
		switch {
		case w == "near" || strings.ToLower(a.Role) == "near":
			lemma = schema.LocateNear
		case w == "in" || w == "at" || w == "inside":
			lemma = schema.LocateIn
			if f.subj.typ == schema.Person && residence(x.Lemma) {
				lemma = liveIn // "Tom Wu lived for years in Utah", "lived his last years in Utah"
			}
		default:
			continue
		}
		p, _, _ := d.argument(si, s, a)
		if p == nil || p == f.subj || !isPlace(p) || d.r.country(f.subj) && p.typ == schema.GPE || eventsPlace(s, d.xs, x, a) {
			continue
		}
		d.derive(si, x.Subject, w, lemma, f.subj, p, "", x.Confidence*placeArgConf)
	}
}

// thereAt returns the token of "there" that stands for x's place, as its
// object ("He lived there") or as the last word of its relation when it has
// no object ("she | lived there |"), or -1.
func thereAt(s nlp.Sentence, x schema.Extraction) int {
	if strings.EqualFold(x.Object.Text, "there") {
		k, _ := argTokens(s, x.Object)
		return k
	}
	if x.Object.Text != "" || !strings.HasSuffix(strings.ToLower(x.Relation), " there") {
		return -1
	}
	_, j, ok := relationTokens(s, x)
	if !ok || j < 1 || s.Tokens[j-1].Lower() != "there" {
		return -1
	}
	return j - 1
}

// hostBefore returns the entity that "there" at token k of sentence si
// stands for: the last place or organisation named before it, in the
// sentence or the one before, when that is a place; nil when an
// organisation comes last ("was elected to the Halvik Council. He
// remained there": the council, no place).
func (d *docState) hostBefore(si, k int) *docEntity {
	for j := si; j >= 0 && j >= si-1; j-- {
		var last *docEntity
		for _, m := range d.sents[j] {
			if m.ent != nil && (j < si || m.end <= k) && (isPlace(m.ent) || m.ent.typ == schema.Organization) {
				last = m.ent
			}
		}
		if last != nil {
			if !isPlace(last) {
				return nil
			}
			return last
		}
	}
	return nil
}

// lifeVerbs are the events of a life that the guide places by where they
// happened: born_in, die_in.
var lifeVerbs = map[string]bool{"die": true, "born": true}

// lifePlace places a person's birth or death by a place argument the
// extractor kept apart from the relation: "Tom Wu died yesterday in
// Bergen", "was born on May 1, 1950, in Narvik", "died at the City
// Hospital, in Bergen" give die_in / born_in the town. A hospital or a
// home where one died is a site, no actor: "died at the City Hospital"
// states no fact with it.
func (d *docState) lifePlace(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, prep, _ := strings.Cut(x.Lemma, "_")
	if !lifeVerbs[verb] || f.subj == nil || f.subj.typ != schema.Person || x.Negated {
		return
	}
	if f.obj != nil && isPlace(f.obj) {
		return // "died in Bergen": the fact itself
	}
	if prep == "at" && f.obj != nil {
		f.obj, f.concept = nil, "" // "died at the City Hospital"
	}
	for _, a := range x.Extra {
		w, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if w != "in" && w != "at" {
			continue
		}
		if p, c, _ := d.argument(si, s, a); p != nil && p != f.subj && isPlace(p) {
			d.derive(si, x.Subject, x.Relation+" "+w, verb+"_"+w, f.subj, p, "", x.Confidence*c)
			return
		}
	}
}

// eventsPlace reports whether the place argument a of x belongs to a noun
// of x's object that a preposition other than in, at, to or with introduces, as
// another extraction of xs reads it ("the opener | is in | Paris"): in
// "Ann Lee is doubtful for the opener in Paris" the opener is in Paris, not
// Ann Lee; in "Ann Lee was at the meeting in Oslo" and "lives with her son
// in Oslo" she is there too.
func eventsPlace(s nlp.Sentence, xs []schema.Extraction, x schema.Extraction, a schema.Argument) bool {
	for _, y := range xs {
		if y.Object.End != a.End || y.Subject.Start < x.Object.Start || y.Subject.End > x.Object.End || y.Subject.End <= y.Subject.Start {
			continue
		}
		first, _ := argTokens(s, y.Subject)
		if first < 1 {
			continue
		}
		switch w := s.Tokens[first-1]; {
		case w.Tag != "IN" && w.Tag != "TO":
		case w.Lower() == "in" || w.Lower() == "at" || w.Lower() == "to" || w.Lower() == "inside" || w.Lower() == "into" || w.Lower() == "with":
		default:
			return true
		}
	}
	return false
}

// roleCompound reports whether x's relation is a lone role noun between an
// organisation or a state and the person right after it ("Pacers guard
// Ann Lee", "Kelton coach Tom Wu"): a noun compound the tagger read as a
// clause, whose role the role rules state.
// A sports fixture's "v" or "vs" between two names is no act either
// ("Brentford v Southampton"), nor is a plural role noun, an occupation's
// or a body's noun there ("Hees executives Tom Wu", "Liverpool band The
// Coral", "Wales wing Tom Wu"), nor a word of fame ("Liverpool legend Tom
// Wu").
func roleCompound(s nlp.Sentence, x schema.Extraction, subj, obj *docEntity) bool {
	rel := strings.ToLower(x.Relation)
	if subj == nil || obj == nil {
		return false
	}
	if first, last := argTokens(s, x.Object); roleNoun(rel) && obj.typ == schema.Person && first > 0 && last < len(s.Tokens) &&
		strings.EqualFold(s.Tokens[first-1].Text, x.Relation) && finiteTags[s.Tokens[last].Tag] {
		// "Tom Wu was dropped and captain Ann Lee believes ...": the role
		// noun is the title of the next clause's subject, no verb
		// shared with the clause before.
		return true
	}
	if rel != "v" && rel != "vs" && rel != "v." && rel != "vs." {
		if obj.typ != schema.Person || subj.typ != schema.Organization && subj.typ != schema.GPE {
			return false
		}
		if one := strings.TrimSuffix(rel, "s"); !roleNoun(rel) && !roleNoun(one) && !occupationNouns[one] && !bodyNouns[one] && !positionNouns[one] && !fameNouns[one] {
			return false
		}
	}
	_, last := argTokens(s, x.Subject)
	first, _ := argTokens(s, x.Object)
	return last >= 0 && first == last+1 && strings.EqualFold(s.Tokens[last].Text, x.Relation)
}

// titleRelation reports whether x's relation is one role, occupation or
// title noun written before its object's name, right before it or before
// a list of names that ends in it: the noun titles the name, it is no act.
// The noun follows its organisation or state, which is x's subject
// ("Halvik Police sergeant Tom Wu", "NASA astronauts Bob Behnken and Doug
// Hurley"), or a preposition or an article ("lost the nomination to
// businessman Rocky De La Fuente"); after a person it may be a verb
// ("Tom Wu coaches Ann Lee").
func (d *docState) titleRelation(s nlp.Sentence, x schema.Extraction, subj, obj *docEntity) bool {
	rel := strings.ToLower(x.Relation)
	if obj == nil || obj.typ != schema.Person || strings.Contains(rel, " ") {
		return false
	}
	one := strings.TrimSuffix(rel, "s")
	if !roleNoun(rel) && !roleNoun(one) && !occupationNouns[one] && !positionNouns[one] && !fameNouns[one] &&
		d.r.g.titles[normKey(x.Relation)] == nil && d.r.g.titles[normKey(x.Relation[:len(one)])] == nil {
		return false
	}
	toks := s.Tokens
	first, _ := argTokens(s, x.Object)
	for k := first - 1; k > 0 && k >= first-8; k-- {
		switch t := toks[k]; {
		case strings.EqualFold(t.Text, x.Relation):
			_, last := argTokens(s, x.Subject)
			p := toks[k-1].Tag
			return subj != nil && (subj.typ == schema.Organization || subj.typ == schema.GPE) && last == k ||
				p == "IN" || p == "TO" || p == "DT"
		case t.Text != "and" && t.Text != "," && !isCap(t.Text):
			return false
		}
	}
	return false
}

// debateNouns name a contest of words that sides take part in, and map each to
// the act of its sides, which takes the opponent after against or with.
var debateNouns = map[string]string{"debate": "debate", "debates": "debate", "duel": "duel", "showdown": "face"}

// resultVerbs say that their subject gained the result their object names
// ("secured a victory over", "recorded a win over"), not that it marked
// or spoke of another's.
var resultVerbs = map[string]bool{
	"secure": true, "claim": true, "record": true, "earn": true, "win": true, "clinch": true, "notch": true,
	"post": true, "seal": true, "achieve": true, "grab": true, "register": true, "score": true, "snatch": true,
}

// resultNouns name the result of a contest, whose opponent follows them,
// and map each to the relation it gives the side that had it.
var resultNouns = map[string]string{
	"draw": "draw_with", "victory": "defeat", "win": "defeat", "triumph": "defeat", "thrashing": "defeat",
	"defeat": "lose_to", "loss": "lose_to",
}

// fameNouns say what a person is to the side or the field named before
// the name ("Liverpool legend Tom Wu", "Arsenal hero Ann Lee").
var fameNouns = map[string]bool{
	"legend": true, "hero": true, "icon": true, "great": true, "idol": true, "stalwart": true, "star": true,
}

// finiteTags are the tags of finite verbs and modals.
var finiteTags = map[string]bool{"VBZ": true, "VBD": true, "VBP": true, "MD": true}

// positionNouns are the positions of players that news writes between a
// side's name and a player's ("Wales wing Tom Wu").
var positionNouns = map[string]bool{
	"wing": true, "winger": true, "striker": true, "defender": true, "midfielder": true, "goalkeeper": true,
	"keeper": true, "forward": true, "centre": true, "prop": true, "lock": true, "hooker": true,
}

// bodyName reports whether name, of two words or more, ends in an
// organisation's or a site's head word ("Halvik Opera House", "Radio
// Orchestra"): a body's or a building's name, whatever its type.
func (r *Resolver) bodyName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	return r.g.is("orghead", last) || siteWords.has(last) || companyHeads[last] || tradeNameHeads[last] || pressLast[last] || last == "House"
}

// stateBody reports whether name, an organisation's, ends or opens with
// the head noun of a state's or a town's body ("Oslo City Council",
// "Metropolitan Police", "Department of Health"): a body that is part of
// the place that holds it.
func stateBody(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && (governmentHeads[f[len(f)-1]] || governmentHeads[f[0]])
}

// privateHeads are the head nouns of bodies that a state's possessive
// places without making them part of the state: schools, universities
// and sports' or trades' associations ("Australia's Griffith
// University", "the United States' National Basketball Association").
var privateHeads = map[string]bool{"university": true, "college": true, "school": true, "association": true, "league": true}

// privateBody reports whether the organisation e is a body of its own
// that a state's possessive only places: a name ending in one of
// [privateHeads], or a company or a campaign group the gazetteer knows
// ("Argentina's Amnesty International" is the group's branch there).
func privateBody(e *docEntity) bool {
	if e.gaz != nil && e.gaz.of == "" && (slices.Contains(e.gaz.desc, "company") || slices.Contains(e.gaz.desc, "group")) {
		return true
	}
	return privateHeads[orgHead(e.name)]
}

// titleStart returns the first token of the gazetteer's title that ends
// with token last and starts at a or after, or last: "Prime" of "the UK
// Prime Minister".
func (r *Resolver) titleStart(s nlp.Sentence, a, last int) int {
	for k := max(a, last-3); k < last; k++ {
		if r.title(spanText(s, k, last+1)) != nil {
			return k
		}
	}
	return last
}

// modifiesNoun reports whether token k, right after a name, is a
// lower-case common noun the name modifies: "the Air Force's Evolved
// Expendable Launch Vehicle program" names a programme, no person of the
// Air Force.
func modifiesNoun(s nlp.Sentence, k int) bool {
	if k >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[k]
	return (t.Tag == "NN" || t.Tag == "NNS") && !isCap(t.Text) && !roleNoun(strings.TrimSuffix(t.Lower(), "s"))
}

// nameListEnd returns the token after the names listed from token k on
// with "and", "or" or commas ("and G8" of "EU and G8 presidencies"), or k.
func nameListEnd(s nlp.Sentence, k int) int {
	for j := k; j+1 < len(s.Tokens); j++ {
		switch w := s.Tokens[j].Text; {
		case w == "and" || w == "or" || w == ",":
			if !isCap(s.Tokens[j+1].Text) {
				return k
			}
		case isCap(w):
			k = j + 1
		default:
			return k
		}
	}
	return k
}

// titleEnd returns the last token of the title of m, a person's mention,
// that holder, its state or body, goes with: the token before the name
// when holder comes first ("Pentagon Acquisition Director Michael Wynne"),
// the title's last word after holder in an apposition after the name
// ("Tom Wu, the Afghan intelligence chief,"); -1 when there is none.
func titleEnd(s nlp.Sentence, holder, m *mention) int {
	if holder.end < m.start {
		if n := len(m.titles); n > 0 && m.titles[n-1].plural {
			// "Peruvian presidents Ann Lee and Tom Wu": the plural
			// title before the list is Tom Wu's.
			for k := holder.end; k < m.start; k++ {
				if w := s.Tokens[k].Lower(); strings.HasSuffix(w, "s") && strings.HasSuffix(strings.ToLower(m.titles[n-1].name), w[:len(w)-1]) {
					return k
				}
			}
		}
		last := m.start - 1
		for last > holder.end && s.Tokens[last].Text == "," {
			last--
		}
		return last
	}
	if holder.start < m.end || len(m.titles) == 0 {
		return -1
	}
	f := strings.Fields(strings.ToLower(m.titles[len(m.titles)-1].name))
	for k := holder.end; k < len(s.Tokens) && k < holder.end+4; k++ {
		if s.Tokens[k].Lower() == f[len(f)-1] {
			return k
		}
	}
	return -1
}

// partBetween reports whether a noun that names no role stands among the
// tokens [a, b) between a body's name and a leading role noun: "Pentagon
// Acquisition Director", "the Boeing sales director". The role heads a part
// of the body, whose holder works for the body rather than leads it.
func partBetween(s nlp.Sentence, a, b int) bool {
	for k := a; k < b && k < len(s.Tokens); k++ {
		if t := s.Tokens[k]; strings.HasPrefix(t.Tag, "NN") && !roleNoun(t.Lower()) {
			return true
		}
	}
	return false
}

// partBesideParty is [partBetween] for the tokens [a, b) of sentence si
// with a party named in one word left out: "is Oregon's Republican
// Governor" holds the state's office as the party's member, as "is the
// Republican governor" does, and names no part of the state.
func (d *docState) partBesideParty(si int, s nlp.Sentence, a, b int) bool {
	for k := a; k < b && k < len(s.Tokens); k++ {
		i := slices.IndexFunc(d.sents[si], func(m *mention) bool { return m.start == k && m.ent != nil && oneWordParty(m) })
		if i < 0 && partBetween(s, k, k+1) {
			return true
		}
	}
	return false
}

// oppositionBetween reports whether a token in [a, b) of s is
// "opposition": a title of the opposition to a state's government ("the
// Russian opposition leader") holds no office of the state.
func oppositionBetween(s nlp.Sentence, a, b int) bool {
	for k := a; k < b && k < len(s.Tokens); k++ {
		if s.Tokens[k].Lower() == "opposition" {
			return true
		}
	}
	return false
}

// oppositionIn reports whether the argument a of s holds the word
// "opposition" ([oppositionBetween]).
func oppositionIn(s nlp.Sentence, a schema.Argument) bool {
	for k, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End && oppositionBetween(s, k, k+1) {
			return true
		}
	}
	return false
}

// eventPlace reports whether x, a noun and the place after it ("the
// Labour Party is in Oslo"), reads a place that a verb's reading among xs
// takes as its own: the noun lies in the verb's object or in another of
// its phrases, and the place phrase is the verb's ("held talks with the
// Labour Party in Oslo", "met troops at Gonzales", "played against the
// Rays at Fenway Park"). A verb that ends in to, at, in or into brings
// the noun to a place that it sits in: "was sent to the Project Force in
// Sydney", "was held at Halvik Camp in Bergen"; one that ends in
// among finds a people where it lives ("ministered among the Tarahumara in
// Chihuahua").
func eventPlace(xs []schema.Extraction, x schema.Extraction) bool {
	_, ok := eventReading(xs, x)
	return ok
}

// eventReading returns the verb's reading among xs that takes the place
// of x as its own, as [eventPlace] tells, and whether there is one.
func eventReading(xs []schema.Extraction, x schema.Extraction) (schema.Extraction, bool) {
	rel := strings.Fields(strings.ToLower(x.Relation))
	if len(rel) != 2 || !beForms[rel[0]] || x.Subject.End == 0 || x.Object.End == 0 {
		return schema.Extraction{}, false
	}
	inside := func(a, b schema.Argument) bool { return b.End > 0 && b.Start <= a.Start && a.End <= b.End }
	for _, y := range xs {
		w := strings.Fields(strings.ToLower(y.Relation))
		if len(w) == 0 || beForms[w[0]] && len(w) <= 2 {
			continue
		}
		switch w[len(w)-1] {
		case "to", "at", "in", "into", "inside", "on", "among":
			continue
		}
		placed, holds := false, inside(x.Subject, y.Object)
		for _, a := range y.Extra {
			if inside(x.Object, a) && !inside(x.Subject, a) {
				placed = true
			} else if w, _, _ := strings.Cut(strings.ToLower(a.Text), " "); inside(x.Subject, a) && !inside(x.Object, a) &&
				a.Role != "place" && w != "among" && w != "in" && w != "at" {
				// "worked among Christians in Aleppo", "a clerk in the
				// Goods Depot at Kettering": a people, or a place the
				// verb takes, is where the place after it says.
				holds = true
			}
		}
		if placed && holds {
			return y, true
		}
	}
	return schema.Extraction{}, false
}

// wishVerbs take an actor and an infinitive for what they wish or expect
// of it ("wants Norway to leave").
// demandFor maps the lemmas of a demand made "for" an actor to do
// something to the lemma of the call made on the actor: "called for Norway
// to pay" calls on Norway.
var demandFor = map[string]string{
	"call_for": "call_on", "urge_for": "urge", "ask_for": "ask", "press_for": "press", "push_for": "press",
	"appeal_for": "appeal_to", "plead_for": "plead_with",
}

// passiveAt reports whether the infinitive at token v is passive: "to be
// arrested", "to be brought in", "to get fired".
func passiveAt(toks []nlp.Token, v int) bool {
	w := toks[v].Lower()
	if w != "be" && w != "get" {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+2; k++ {
		if toks[k].Tag == "VBN" {
			return true
		}
		if toks[k].Tag != "RB" {
			return false
		}
	}
	return false
}

var wishVerbs = map[string]bool{"want": true, "wish": true, "expect": true, "prefer": true, "like": true, "need": true}

// wishedOfOther reports whether the relation of x is an infinitive after a
// verb of [wishVerbs] and a noun phrase of its own ("Standard Chartered
// expects 16% of its revenue to come from KFB"): the phrase is the
// infinitive's subject, not x's.
func wishedOfOther(s nlp.Sentence, x schema.Extraction) bool {
	ri, _, ok := relationTokens(s, x)
	if !ok || ri < 3 || !strings.EqualFold(s.Tokens[ri-1].Text, "to") || !strings.HasPrefix(s.Tokens[ri-2].Tag, "NN") {
		return false
	}
	for k := ri - 3; k >= 0 && k >= ri-10 && s.Tokens[k].Start >= x.Subject.End; k-- {
		if t := s.Tokens[k]; strings.HasPrefix(t.Tag, "VB") {
			return wishVerbs[verbBase(t.Lower(), wishVerbs)]
		}
	}
	return false
}

// peopleGroupNouns name a party of people sent or gathered by a body
// ("a delegation from Sweden", "a team at the University of Oslo").
var peopleGroupNouns = map[string]bool{"delegation": true, "team": true, "mission": true, "contingent": true, "panel": true}

// ledPeople reports whether x is a passive of leading ("led by", "headed
// by", "chaired by") whose subject names people who stand for a body but
// are not it: a plural common noun ("Researchers at Stanford University,
// led by Tom Wu,"), a party of people at or from a body ("a delegation
// from Sweden, led by Tom Wu,"), or the body after either ("Officials at
// the ministry, led by").
// The leader leads them; the body's head may be another. "The company,
// led by" and "The Labour Party, led by" name the body itself.
func ledPeople(s nlp.Sentence, x schema.Extraction) bool {
	switch x.Lemma {
	case "lead_by", "head_by", "chair_by":
	default:
		return false
	}
	first, last := argTokens(s, x.Subject)
	if first < 0 {
		return false
	}
	toks := s.Tokens
	if k := first - 2; k >= 0 && (toks[k+1].Text == "at" || toks[k+1].Text == "from") && (k == 0 || !isCap(toks[k].Text)) &&
		(toks[k].Tag == "NNS" || peopleGroupNouns[toks[k].Lower()]) {
		// "Officials at the ministry, led by Tom Wu,", "a team at the
		// University of Oslo, led by Ann Lee,": the extractor reads the
		// participle of the nearest name; it is of the people before.
		return true
	}
	h := first
	for h < last && (toks[h].Tag == "DT" || toks[h].Tag == "CD" || strings.HasPrefix(toks[h].Tag, "JJ")) {
		h++
	}
	for h+1 < last && strings.HasPrefix(toks[h+1].Tag, "NN") && !isCap(toks[h+1].Text) {
		h++ // "health officials", "research teams"
	}
	if h >= last || isCap(toks[h].Text) && h > 0 {
		return false // a name ("Halvik Partners, led by") is the body
	}
	w := toks[h].Lower()
	if toks[h].Tag == "NNS" {
		return true
	}
	return peopleGroupNouns[w] && h+1 < len(toks) && (toks[h+1].Text == "at" || toks[h+1].Text == "from" || toks[h+1].Text == "of")
}

// nounPassive reports whether the relation of x is a passive infinitive
// right after a noun ("after a civil ceremony to be held at Windsor
// Castle", "plans for the Rock's sovereignty to be shared between Britain
// and Spain", "a plan for the Baltic Sea to be presented at
// the UN"): the noun phrase undergoes the act, not x's subject.
func nounPassive(s nlp.Sentence, x schema.Extraction) bool {
	ri, _, ok := relationTokens(s, x)
	if !ok || ri < 2 || ri+1 >= len(s.Tokens) || !strings.EqualFold(s.Tokens[ri-1].Text, "to") ||
		!strings.HasPrefix(s.Tokens[ri-2].Tag, "NN") || s.Tokens[ri-2].Start < x.Subject.End {
		return false
	}
	if s.Tokens[ri].Lower() != "be" || s.Tokens[ri+1].Tag != "VBN" {
		return false
	}
	for k := ri - 3; k >= 0 && s.Tokens[k].Start >= x.Subject.End; k-- {
		if w := s.Tokens[k].Lower(); beForms[w] && s.Tokens[k].Tag != "POS" || copulas[w] {
			return false // "was one of the first scholars to be elected", "became the third governor to be impeached": the subject is the noun
		}
	}
	return true
}

// gerundSubject reports whether the relation of x is a gerund whose
// phrase is the subject of a finite verb after its object ("insulting the
// president and officials has been made a criminal offence"): no one named
// before it does the act.
func gerundSubject(s nlp.Sentence, x schema.Extraction) bool {
	ri, rj, ok := relationTokens(s, x)
	_, last := argTokens(s, x.Object)
	return ok && rj == ri+1 && s.Tokens[ri].Tag == "VBG" && last >= 0 && finiteAfterPhrase(s.Tokens, last)
}

// finiteAfterPhrase reports whether a finite verb follows token k, past
// at most a few words that go on a noun phrase ("and officials"): the
// phrase before k is the subject of that verb. A noun phrase that starts
// right at k, with no conjunction, is a new one, the verb's own subject
// ("telling Reuters the firm would close": what was told).
func finiteAfterPhrase(toks []nlp.Token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		switch t := toks[j]; {
		case t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VBD" || t.Tag == "MD":
			return true
		case j == k && t.Tag != "CC":
			return false
		case t.Tag != "CC" && t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNS":
			return false
		}
	}
	return false
}

// comparingVerbs set one thing beside another, which relates no two actors.
var comparingVerbs = map[string]bool{"compare": true, "contrast": true, "liken": true, "equate": true}

// evaluative are the adjectives that judge an act after an expletive "it"
// ("it was wrong to put ...", "it is vital to help ...").
var evaluative = map[string]bool{
	"wrong": true, "right": true, "important": true, "hard": true, "difficult": true, "easy": true,
	"necessary": true, "possible": true, "impossible": true, "unfair": true, "fair": true, "vital": true,
	"essential": true, "crucial": true, "good": true, "bad": true, "better": true, "wise": true, "unwise": true,
	"foolish": true, "unacceptable": true, "reasonable": true, "unreasonable": true, "safe": true, "unsafe": true,
}

// expletive reports whether x's subject is the "it" of "it is clear
// that", "it seems likely": "it" with a copula-like verb and an adjective,
// an adverb, a participle or a clause after it, or nothing; or an
// evaluative adjective and an infinitive ("it was wrong to put").
func expletive(s nlp.Sentence, x schema.Extraction) bool {
	if !strings.EqualFold(strings.TrimSpace(x.Subject.Text), "it") {
		return false
	}
	if _, ok := passiveBy(x); ok {
		// "it is claimed by the Crown that both knew": the that-clause
		// after the agent is what was asserted.
		for i, t := range s.Tokens {
			if t.Start >= x.Object.End {
				w := s.Tokens[i].Lower()
				return w == "that" || w == "whether"
			}
		}
		return false
	}
	if w := strings.Fields(strings.ToLower(x.Relation)); len(w) >= 4 && beForms[w[0]] {
		// "it was wrong to put Norway under an embargo", "it is very hard
		// to see": the infinitive after "it", "be" and an adjective has
		// no subject.
		k := 1
		if k+2 < len(w) && strings.HasSuffix(w[k], "ly") || w[k] == "very" || w[k] == "so" || w[k] == "too" || w[k] == "not" {
			k++
		}
		if evaluative[w[k]] && w[k+1] == "to" {
			return true // not "it was able to buy": a body able to act
		}
	}
	switch x.Lemma {
	case "be", "seem", "appear", "remain", "become":
	default:
		return false
	}
	if x.Object.End <= x.Object.Start {
		return true
	}
	for _, t := range s.Tokens {
		if t.Start >= x.Object.Start {
			w := t.Lower()
			return strings.HasPrefix(t.Tag, "JJ") || strings.HasPrefix(t.Tag, "RB") || t.Tag == "VBN" ||
				w == "that" || w == "whether" || w == "time"
		}
	}
	return false
}

// ofOrganization returns the organisation named after "of" in argument a
// ("the missile bureau of the Korean People's Army"), or nil.
func (d *docState) ofOrganization(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	if si >= len(d.sents) || a.End <= a.Start {
		return nil
	}
	of := -1
	for i, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End && strings.EqualFold(t.Text, "of") {
			of = i
			break
		}
	}
	if of < 0 {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.start > of && m.ent != nil && m.ent.typ == schema.Organization && s.Tokens[m.end-1].End <= a.End && !m.adj {
			return m.ent
		}
	}
	return nil
}

// plannedEvent reports whether a verb and the preposition its lemma ends
// with set up an event whose partner or place the preposition names:
// "plan" and "schedule" with any ("planned a rally for Ohio", "scheduled
// talks with Norway"), "request", "propose" and "seek" with "with"
// ("requested a meeting with Tom Wu"). "requested help from the UN" asks
// the UN itself, and stays.
func plannedEvent(verb, prep string) bool {
	switch verb {
	case "plan", "schedule":
		return true
	case "request", "propose", "seek":
		return prep == "with"
	}
	return false
}

// meetingUnheld reports whether verb, the base of a fact's verb, says the
// meeting it takes as object has not taken place: "planned a meeting with
// Tom Wu", "requested talks with Ann Lee", "sought a summit with Norway",
// "called for negotiations with Sweden" ask for or prepare it.
func meetingUnheld(verb string) bool {
	switch verb {
	case "request", "arrange", "demand", "urge", "want", "ask", "call", "push", "suggest", "press", "invite":
		return true
	case "welcome":
		return false // "welcomed the talks with Sweden" may follow them
	}
	return isIntention(verb)
}

// meetingNouns are the meetings that meetingWith and inEvent read as a
// meeting with the actor after "with".
var meetingNouns = map[string]bool{
	"summit": true, "talks": true, "meeting": true, "meetings": true, "negotiations": true, "consultations": true,
}

// meetingWith returns the actor named in argument a right after "summit
// with", "talks with" or a similar meeting noun ("for a summit | with
// Kenji Moriyama": the noun may end the argument before), or nil.
func (d *docState) meetingWith(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	if si >= len(d.sents) || a.End <= a.Start {
		return nil
	}
	toks := s.Tokens
	for w := 1; w+1 < len(toks); w++ {
		if toks[w].Start < a.Start || toks[w+1].End > a.End || !strings.EqualFold(toks[w].Text, "with") {
			continue
		}
		if !meetingNouns[toks[w-1].Lower()] || w >= 2 && toks[w-2].Lower() == "no" {
			continue // "is in no talks with Italy" denies them
		}
		for _, m := range d.sents[si] {
			if m.start > w && toks[m.end-1].End <= a.End && m.ent != nil && !m.adj && m.kind != mPronoun && m.ent.typ != schema.Concept {
				return m.ent // the first actor after "with": "with Japanese Prime Minister Kenji Moriyama"
			}
		}
	}
	return nil
}

// homeland reports whether w, after "his" or "her", names the country the
// person serves.
func homeland(w string) bool { return w == "country" || w == "nation" || w == "government" }

// modifierAt returns the mention of e in sentence si within tokens
// [first, last) that follows "of" and modifies what comes after it: a
// possessive ("director of Venice's ...") or a place's name before a
// body's noun ("editor of UK magazine Mac Format"). It returns nil
// otherwise: "Norway's prime minister" holds Norway's own office.
func (d *docState) modifierAt(si, first, last int, e *docEntity) *mention {
	toks := d.input[si].Tokens
	for _, m := range d.sents[si] {
		if m.ent != e || m.start <= first || m.end >= last {
			continue
		}
		if w := toks[m.end].Lower(); !m.possessive && (e.typ != schema.GPE || m.adj || !lowerWord(w) || !strings.HasPrefix(toks[m.end].Tag, "NN") ||
			!bodyNouns[w] && !pressBodyNouns[w] && !stateBodyNouns[w]) {
			continue // "governor of the Lviv region": the place's own office
		}
		k := m.start - 1
		if k > first && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if strings.EqualFold(toks[k].Text, "of") {
			return m
		}
	}
	return nil
}

// possessedBody returns the organisation that a body's or a place's
// possessive m (or a place's name used as a modifier) names before token
// last, right after its "'s" and at most three lower-case modifiers
// ("Venice's famous Halvik Opera", "UK magazine Mac Format"), or nil.
func (d *docState) possessedBody(si int, s nlp.Sentence, m *mention, last int) *docEntity {
	k := m.end
	if k < last && s.Tokens[k].Tag == "POS" {
		k++
	}
	for n := 0; n < 3 && k < last && lowerWord(s.Tokens[k].Text); n++ {
		k++
	}
	for _, o := range d.sents[si] {
		if o.start == k && o.end <= last && named(o) && o.ent != nil && !o.adj && o.ent.typ == schema.Organization {
			return o.ent
		}
	}
	return nil
}

// describedName returns the organisation named right after one to three
// lower-case words at token j of s that describe it and end in a noun
// ("rock band", "steel company", "opposition party" before the name), within
// tokens [j, last) and among the mentions ms, or nil.
func describedName(s nlp.Sentence, ms []*mention, j, last int) *docEntity {
	k := j
	for k < last && k < j+3 && !isCap(s.Tokens[k].Text) && (strings.HasPrefix(s.Tokens[k].Tag, "NN") || strings.HasPrefix(s.Tokens[k].Tag, "JJ")) {
		k++
	}
	if k == j || k >= last || s.Tokens[k-1].Tag != "NN" {
		return nil
	}
	for _, m := range ms {
		if m.start == k && m.end <= last && named(m) && m.ent != nil && !m.adj && !m.possessive && m.ent.typ == schema.Organization {
			return m.ent
		}
	}
	return nil
}

// roleOfBody returns the organisation or state whose name follows the
// first "of" of argument a right after a role noun ("the director of the
// Nordic Institute", "a member of Parliament"), or the organisation whose
// name opens a and role nouns end it ("Social Democrat Party leader"), or
// nil: "the head of research at Globex" names a part before the body.
func (d *docState) roleOfBody(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	if first < 0 || si >= len(d.sents) {
		return nil
	}
	oneOf := first+2 < last && strings.EqualFold(s.Tokens[first].Text, "one") && s.Tokens[first+1].Lower() == "of"
	from := first + 1
	if oneOf {
		from = first + 3 // "one of the founders of Halvik Holdings"
	}
	for k := from; k < last; k++ {
		if !strings.EqualFold(s.Tokens[k].Text, "of") {
			continue
		}
		before := "" // the word before the role noun: "founding father of"
		if k >= 2 {
			before = s.Tokens[k-2].Lower()
		}
		if !holderNoun(s.Tokens[k-1].Lower()) && titleOfThe(s.Tokens, k-1) == "" && !founderAt(before, s.Tokens[k-1].Lower()) && !(k >= 2 && cappedRoleOf(s.Tokens, k-2)) {
			return nil
		}
		j := k + 1
		if j < last && strings.EqualFold(s.Tokens[j].Text, "the") {
			j++
		}
		for _, m := range d.sents[si] {
			if m.start == j && m.end <= last && named(m) && m.ent != nil && !m.adj &&
				(m.ent.typ == schema.Organization || m.ent.typ == schema.GPE) {
				if m.possessive {
					// "director of Venice's La Fenice Theatre", "head of
					// Intel's photonics lab": the role is the unit's, not
					// the possessor's; the unit is a body named right
					// after the possessive, or none.
					return d.possessedBody(si, s, m, last)
				}
				if p := placeOfStateKind(s.Tokens, m, func(i int) *mention { return d.mentionAt(si, s, i) }); p != nil {
					return p.ent // "governor of United States commonwealth of Puerto Rico"
				}
				return m.ent
			}
			if m.start == k+1 && m.end <= last && m.kind == mDesc && !m.possessive && m.ent != nil &&
				(m.ent.typ == schema.Organization || m.ent.typ == schema.GPE) {
				return m.ent // "became president of the African nation", "is the head of the company"
			}
		}
		if e := describedName(s, d.sents[si], j, last); e != nil {
			return e // "the co-founder of the rock band Cream"
		}
		return nil
	}
	// "became Social Democrat Party leader", "was named the Halvik
	// Holdings chairman", "was chosen as the new Harbor Party leader": a
	// body's name (after "the" and words that date the post), then role
	// nouns that end the argument.
	name := first
	if name < last && strings.EqualFold(s.Tokens[name].Text, "the") {
		name++
	}
	for name < last && timeWords[s.Tokens[name].Text] {
		name++
	}
	for _, m := range d.sents[si] {
		// A party's adjective names the party: "was elected Democratic
		// minority leader".
		// Before another office, it names a member ("is the Republican
		// governor": [docState.copulaRole]).
		if m.start != name || m.end >= last || !named(m) && !m.adj || m.ent == nil || m.adj && (!m.ent.desc["party"] || !partyHeadTitle(spanText(s, m.end, last), s.Tokens[last-1].Text)) || m.possessive || m.ent.typ != schema.Organization {
			continue
		}
		for k := m.end; k < last; k++ {
			if w := s.Tokens[k].Lower(); isCap(s.Tokens[k].Text) || !roleNoun(w) && !rankWords[w] {
				return nil // "the Boeing marketing director": the head of a part
			}
		}
		if m.end < last {
			return m.ent
		}
	}
	return nil
}

// holderNoun reports whether the lower-case w names the holder of a role
// in what its "of" names: a role noun or a founder's ("the founder of"),
// in the plural too, after "one of the" ("one of the founders of") or for
// a list of holders ("Ann Lee and Tom Wu are co-founders of Globex", "were
// members of the band Cream": each member of the list holds the role).
func holderNoun(w string) bool {
	if roleNoun(w) || founderNouns[w] {
		return true
	}
	one, ok := strings.CutSuffix(w, "s")
	return ok && (roleNoun(one) || founderNouns[one])
}

// memberState reports whether x, a copula or "became" with a role noun
// of membership, makes its state or organisation subject a member of the
// organisation obj: "Poland is a member of NATO", "Sweden became a member
// of the EU". Only the noun member counts: "Poland is a supporter of"
// states no membership.
func memberState(subj, obj *docEntity, x schema.Extraction) bool {
	if (subj.typ != schema.GPE && subj.typ != schema.Organization) || obj.typ != schema.Organization {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(x.Object.Text)) {
		if w == "member" || w == "members" {
			return true
		}
	}
	return false
}

// colonGroup returns the group of the people a colon announces after the
// clause, up to the sentence's end ([docState.coordination]), when
// argument a of sentence si is a plural of common nouns that names them
// ("Only two presidents have been impeached: Ann Lee and Tom Wu.",
// "Police arrested three men: Bo Kim, Ed Moss and Jo Hart."), or nil;
// [docState.colonList] reads the roles such a colon lists.
func (d *docState) colonGroup(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	toks := s.Tokens
	if first < 0 || toks[last-1].Tag != "NNS" || slices.ContainsFunc(toks[first:last], func(t nlp.Token) bool { return isCap(t.Text) && t.Tag == "NNP" }) {
		return nil
	}
	c := slices.IndexFunc(toks[last:], func(t nlp.Token) bool { return t.Text == ":" })
	if c < 0 {
		return nil
	}
	c += last
	g, start, end := d.coordination(si, len(toks))
	if g == nil || start != c+1 || end < len(toks) && (end != len(toks)-1 || toks[end].Text != ".") {
		return nil
	}
	return g
}

// argTokens returns the tokens of sentence s inside argument a, as the
// range [first, last), or -1, -1 when none is.
func argTokens(s nlp.Sentence, a schema.Argument) (first, last int) {
	first, last = -1, -1
	for i, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End {
			if first < 0 {
				first = i
			}
			last = i + 1
		}
	}
	return first, last
}

// tokenAt returns the index of the first token of s that starts at or
// after byte offset off, or len(s.Tokens).
func tokenAt(s nlp.Sentence, off int) int {
	for i, t := range s.Tokens {
		if t.Start >= off {
			return i
		}
	}
	return len(s.Tokens)
}

// country reports whether the gazetteer lists e as a sovereign state (a
// country entry with a demonym), which lies in no city or region.
func (r *Resolver) country(e *docEntity) bool {
	return e != nil && r.sovereign(e.gaz)
}

// sovereign reports whether the gazetteer's entry e is a sovereign state:
// a country with a demonym, which lies in no city or region.
func (r *Resolver) sovereign(e *entry) bool {
	return e != nil && e.typ == schema.GPE && e.in == "" && r.g.adjOf[e.name] != ""
}

// isPlace reports whether e is a place: a GPE or a Location.
func isPlace(e *docEntity) bool { return e.typ == schema.GPE || e.typ == schema.Location }

// site reports whether e names a site or a building ("Harbor Stadium",
// "Elm Road", "Constitution Hall") rather than a place
// that holds actors or a body that acts: its last word is a site's head,
// a burial ground's ([burialHeads]), or for a Location the head of
// grounds ([groundsHeads]: "Hyde Park", "Blenheim Palace").
func site(e *docEntity) bool {
	if e.typ != schema.Location && e.typ != schema.Organization {
		return false
	}
	f := strings.Fields(e.name)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	return siteHead(last) || e.typ == schema.Location && groundsHeads[last] || burialHeads[last]
}

// burialHeads end the names of burial grounds, which no body bears, so
// that a cemetery the recogniser typed an organisation ("the Federal
// Military Memorial Cemetery") is a site too.
var burialHeads = map[string]bool{"Cemetery": true, "Graveyard": true}

// removalNouns name an act that takes those after its "of" away from
// the place or body after "from".
var removalNouns = map[string]bool{
	"removal": true, "evacuation": true, "evacuations": true, "expulsion": true, "expulsions": true,
	"deportation": true, "deportations": true, "extradition": true, "repatriation": true, "release": true,
	"rescue": true, "airlift": true, "eviction": true, "ouster": true, "exclusion": true, "suspension": true,
	"dismissal": true, "recall": true, "pullout": true, "pull-out": true, "transfer": true, "exodus": true,
	"flight": true, "escape": true, "expelling": true, "removing": true, "withdrawing": true,
}

// sitedAct reports whether lemma is an act that a preposition of place or
// motion after its verb ties to its object ("stay_at", "move_to",
// "release_from"), or a visit, which a building or grounds as the object
// only locates; acts of work or study ("work_at", "serve_in", "study_at")
// tie their subject to the body a site's name may stand for, and where a
// place lies is read elsewhere ([site]).
func sitedAct(lemma string) bool {
	verb, prep, _ := strings.Cut(lemma, "_")
	if i := strings.LastIndex(prep, "_"); i >= 0 {
		prep = prep[i+1:]
	}
	switch {
	case lemma == schema.LocateIn || lemma == schema.LocateNear || studyVerbs[verb]:
		return false
	case prep == "":
		return verb == "visit" || verb == "enter" || verb == "tour"
	}
	return sitePreps[prep]
}

// sitePreps tie an act to where it took place, or to where it went or came from.
var sitePreps = map[string]bool{
	"at": true, "in": true, "into": true, "to": true, "from": true, "near": true, "inside": true, "outside": true,
	"on": true, "onto": true, "through": true, "toward": true, "towards": true, "past": true,
}

// studyVerbs tie a person to the body a site's name may stand for: "works
// at the Mayo Clinic", "studied at Bletchley Park".
var studyVerbs = map[string]bool{
	"work": true, "serve": true, "study": true, "teach": true, "train": true, "lecture": true, "research": true,
	"intern": true, "volunteer": true, "graduate": true, "enrol": true, "enroll": true, "educate": true, "employ": true,
}

// groundsHeads end the names of grounds and the buildings on them, a park,
// a garden, a palace or a cemetery, which are things like a hall or a
// stadium; only for a name typed a Location, as a body may bear such a
// name ("Linkin Park", "Buckingham Palace said").
var groundsHeads = map[string]bool{
	"Park": true, "Gardens": true, "Garden": true, "Palace": true, "Cemetery": true, "Graveyard": true,
}

// siteHead reports whether w, the last word of a name, is a site's or a
// building's head ([siteWords], "Hall", "Hotel").
func siteHead(w string) bool { return siteWords.has(w) || w == "Hall" || w == "Hotel" }

// siteNamed reports whether e is a name the gazetteer does not know that
// ends in a site's head, as for [site] ("Sola Airport", "Cahors
// Cathedral"), typed a GPE for the place phrase it stands in or not;
// "Station" is left out, which ends towns' names too ("College Station").
// A name typed a person ends in one of [buildingHeads].
func siteNamed(e *docEntity) bool {
	if e == nil || e.gaz != nil {
		return false
	}
	f := strings.Fields(e.name)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	if e.typ == schema.Person {
		return buildingHeads[last] // "Qaboos Grand Mosque" read as a person's name
	}
	if e.typ != schema.GPE && e.typ != schema.Location && e.typ != schema.Organization {
		return false
	}
	return last != "Station" && siteHead(last) // "College Station" is a town
}

// buildingHeads are the heads of [siteWords] that end no person's name
// ("Hall", "Temple", "Castle" and "Street" do: Stuart Hall, Barbara
// Castle).
var buildingHeads = map[string]bool{
	"Airport": true, "Stadium": true, "Arena": true, "Mosque": true, "Synagogue": true, "Cathedral": true,
	"Building": true, "Prison": true, "Jail": true, "Theatre": true, "Theater": true, "Auditorium": true,
	"Cinema": true, "Facility": true, "Towers": true,
}

// crowdNouns count people: "thousands of Kenyans".
var crowdNouns = map[string]bool{
	"thousands": true, "hundreds": true, "dozens": true, "tens": true, "scores": true, "millions": true,
	"number": true,
}

// argument returns the entity an argument's head names, with the
// confidence of that resolution, or the concept key of a short common noun
// phrase. Dates, quantities and money stay literals. The head is what
// remains after leading determiners, before the first comma, preposition,
// verb or relative pronoun outside a name; after a possessive the head is
// what is possessed ("Russia's Kursk region" → Kursk; "Kim Jong Bok's
// arrival" → a literal).
func (d *docState) argument(si int, s nlp.Sentence, a schema.Argument) (*docEntity, float64, string) {
	if a.Text == "" || a.End <= a.Start || si >= len(d.sents) {
		return nil, 0, ""
	}
	ms := d.sents[si]
	toks := s.Tokens
	first, last := argTokens(s, a)
	if first < 0 {
		return nil, 0, ""
	}
	if first+3 < last && (toks[first].Lower() == "a" || toks[first].Lower() == "the") && toks[first+1].Lower() == "number" &&
		toks[first+2].Lower() == "of" {
		first++ // "the number of Cuban dissidents jailed by": the dissidents
	}
	for first+2 < last && crowdNouns[toks[first].Lower()] && strings.EqualFold(toks[first+1].Text, "of") {
		// "Thousands of Kenyans", "tens of thousands of Ukrainian
		// soldiers": a crowd is the people it counts.
		first += 2
	}
	if w := strings.ToLower(toks[last-1].Text); last-first > 1 && toks[last-1].Tag == "PRP" && (strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves")) {
		last-- // "treat his daughter himself", "Ann Lee herself": the emphatic pronoun adds no one
	}
	if last-first > 1 && dayWord(toks[last-1].Text) {
		last-- // "met her yesterday", "fined the company today": the day is the act's time
	}
	covered := func(i int) *mention {
		var best *mention
		for _, m := range ms {
			if m.start <= i && i < m.end && !m.adj && (best == nil || m.end-m.start > best.end-best.start) {
				best = m
			}
		}
		return best
	}
	if p := covered(last - 2); last-first > 1 && speakerAt(toks, last-1) && covered(last-1) == nil && p != nil && p.end == last-1 && p.ent != nil && p.ent.typ == schema.Person {
		last-- // "elected Ann Lee Speaker": the person, then the office
	}
	if m := covered(first); m != nil && m.start == first && titledWork(toks, first) {
		return nil, 0, "" // "an artwork entitled America made by Tom Wu": a work's title, no actor
	}
	if q := placingPlace(toks, first, last, covered); q >= 0 {
		if m := covered(q - 1); m != nil && m.end == q && named(m) && m.ent != nil && !m.possessive &&
			(m.ent.typ == schema.Person || m.ent.typ == schema.Organization) {
			return m.ent, m.conf, "" // "The Halvik Bank in Bergen, Norway hired Ann Lee": the bank
		}
		return nil, 0, "" // "The festival in Bergen, Norway took place": Norway places Bergen
	}
	if m := oneOfNamed(toks, first, last, covered); m != nil {
		return m.ent, m.conf, "" // "met one of the three contenders standing, Tom Wu,"
	}
	if p := cutHolderName(toks, last, covered); p != nil {
		return p.ent, p.conf, "" // "praised Centre for Peace director Tom Wu", cut at "for"
	}
	if m := listedAdjective(toks, ms, first, last); m != nil && covered(m.start) == nil {
		return m.ent, m.conf * placeArgConf, "" // "[the British], French and German ambassadors"
	}
	// A clause ("North Korea has dispatched 3,000 soldiers") is a
	// proposition, not an actor.
	for i := first; i < last; i++ {
		switch toks[i].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if covered(i) == nil {
				return nil, 0, ""
			}
		}
	}
	b := first
	for b < last && covered(b) == nil && isModifier(toks[b]) {
		b++
	}
	if m := titleChainName(toks, b, last, covered); m != nil {
		return m.ent, m.conf, ""
	}
	e := b
	var possessor *mention
	for ; e < last; e++ {
		t := toks[e]
		if covered(e) != nil {
			continue
		}
		if t.Tag == "POS" && e+1 < last {
			possessor = covered(e - 1)
			b = e + 1
			continue
		}
		if t.Text == "for" && e > b && isCap(toks[e-1].Text) && portfolioEnd(toks, e+1) > e+1 {
			// "the Minister for Trade, Ann Lee,": the portfolio is part
			// of the head.
			e = portfolioEnd(toks, e+1) - 1
			continue
		}
		if possessedParticiple(toks, e, last) {
			continue // "passed his proposed budget": the budget, not him
		}
		if isBoundary(t) && e > b && !(t.Text == "to" && envoyNoun(toks[e-1].Text) && isCap(toks[e-1].Text)) &&
			!seatPlaceName(toks, e, last, covered) {
			break // but "Ambassador to the United States Ann Lee" is one head
		}
		if e > b && thingParticiple(toks, e, covered) {
			break // "signed a letter urging Labour MPs": the letter
		}
	}
	if e <= b && last == first+1 && anotherOne(toks, first) {
		if m := appositiveName(toks, last, covered); m != nil && m.ent.typ == schema.Person {
			return m.ent, m.conf, "" // "and another, a chef named Tom Wu, hit him"
		}
	}
	if e <= b || namedThing(toks, e, last) {
		return nil, 0, ""
	}
	if possessor != nil && newsOutlet(possessor.ent) && outletShow(toks, b, e, covered) {
		// "spoke on CNN's State of the Union", "appeared on the BBC's
		// Newsnight programme": a programme is its broadcaster's.
		return possessor.ent, possessor.conf, ""
	}
	if m := covered(b); m != nil && m.ent != nil && named(m) && m.end < e && m.ent.typ == schema.Organization && modelAfter(toks, m.end, e) {
		return nil, 0, "" // "uses Boeing 747s", "flies Halvik 310 jets": the maker's model, a thing
	}
	// "fined Google 2.4 billion euros", "lent Sri Lanka $1 billion": a
	// name and then an amount, the second object of a verb of giving.
	if m := covered(b); m != nil && m.ent != nil && named(m) && !m.adj && m.end < e && (amountFrom(toks, m.end, last) || giftFrom(toks, m.end, last)) {
		return m.ent, m.conf, ""
	}
	// "is holding Tom Wu hostage", "kept Ann Lee prisoner": a name and
	// then the state the act keeps one in.
	if m := covered(b); m != nil && m.ent != nil && named(m) && !m.adj && m.start == b && m.end == e-1 && e == last && captiveWords[toks[e-1].Lower()] {
		return m.ent, m.conf, ""
	}
	// "appointed Tom Wu foreign minister", "elected Ann Lee chancellor":
	// a person named and then the office a verb of choosing gives, its
	// second object; after "as" the words are one office ("resigned as
	// Foreign Affairs minister").
	if m := covered(b); m != nil && m.ent != nil && m.ent.typ == schema.Person && named(m) && !m.adj && m.start == b && m.end < e && d.officeAfter(toks, m.end, e) &&
		(b == 0 || toks[b-1].Lower() != "as") &&
		!titlesName(toks, e, covered) {
		return m.ent, m.conf, ""
	}
	// "defeated South Korea 1 – 0": a score or count after a name.
	for e-1 > b && (toks[e-1].Tag == "CD" || toks[e-1].Text == "–" || toks[e-1].Text == "-") && covered(e-1) == nil {
		if m := covered(e - 2); m != nil && m.ent != nil {
			return m.ent, m.conf, ""
		}
		e--
	}
	if m := titledName(toks, b, e, covered); m != nil {
		return m.ent, m.conf, ""
	}
	if m := placeOfName(toks, b, e, covered); m != nil {
		return m.ent, m.conf, ""
	}
	if m := nameAfterOf(toks, b, e, covered, behalfHeads); m != nil {
		return m.ent, m.conf, ""
	}
	if m := nameAfterOf(toks, b, e, covered, forceHeads); m != nil && d.r.country(m.ent) {
		return m.ent, m.conf * placeArgConf, "" // "the navies of Chile, Peru and Spain": Chile's
	}
	if m := nameAfterOf(toks, b, e, covered, regimeNouns); m != nil && m.ent.typ == schema.Person {
		return m.ent, m.conf * placeArgConf, "" // "the government of Tom Wu" ([regimeOf])
	}
	if m := nameAfterOf(toks, b, e, covered, bothChambers); m != nil && m.ent.typ == schema.Organization {
		return m.ent, m.conf * placeArgConf, "" // "both houses of the Nordic Parliament" act as the parliament
	}
	if m := nameAfterOf(toks, b, e, covered, campaignHeads); m != nil && m.ent.typ == schema.Person && m.end == last {
		// "headed the campaign of Tom Wu": a candidate's campaign acts
		// for the candidate, as "Tom Wu's campaign" does ([campaignOf]).
		return m.ent, m.conf * placeArgConf, ""
	}
	if m := postAppositive(toks, e, covered); m != nil && (officialOf(toks, b, e, last, possessor, covered) != nil || d.stateOfficial(si, toks, first, e, covered) != nil) {
		return m.ent, m.conf, "" // "Norway's ambassador to Denmark, Ola Berg," is Ola Berg
	}
	if m := appositiveName(toks, e, covered); m != nil && m.ent.typ == schema.Person && officialOf(toks, b, e, last, possessor, covered) != nil {
		return m.ent, m.conf, "" // "Poland's foreign minister, Ann Lee," is Ann Lee
	}
	if m := officialOf(toks, b, e, last, possessor, covered); m != nil {
		if p := nameBeforeApposition(toks, first, last, covered); p != nil {
			return p.ent, p.conf, "" // "Ann Lee, a director of Halvik, who was treated" is Ann Lee
		}
		if p := covered(m.end + 1); m.start > e && p != nil && m.end+1 < len(toks) && toks[m.end].Text == "," && p.start == m.end+1 &&
			p.ent != nil && p.ent.typ == schema.Person && named(p) && (p.end == len(toks) || toks[p.end].Text == "," || toks[p.end].Text == ".") {
			return p.ent, p.conf, "" // "a spokesman for Hamas, Ann Lee," is Ann Lee
		}
		return m.ent, m.conf * placeArgConf, ""
	}
	if o := d.stateOfficial(si, toks, first, e, covered); o != nil {
		if m := appositiveName(toks, e, covered); m != nil && m.ent.typ == schema.Person {
			return m.ent, m.conf, "" // "the Thai foreign minister, Ann Lee," is Ann Lee
		}
		if p := nameBeforeApposition(toks, first, last, covered); p != nil {
			return p.ent, p.conf, "" // "Ann Lee, the Thai foreign minister, who ..." is Ann Lee
		}
		return o, placeArgConf, ""
	}
	if m := namedAs(toks, b, e, last, covered); m != nil {
		return m.ent, m.conf, "" // "a lawyer named Ann Lee"
	}
	if possessor != nil && possessor.ent != nil && actorEntity(possessor.ent) && (counselOf(toks[b:e]) || possessor.ent.typ == schema.Person && (campaignOf(toks[b:e]) || regimeOf(toks[b:e]))) && appositiveName(toks, e, covered) == nil {
		// "the president's legal team appealed", "Halvik's lawyers
		// argued": counsel acts for its client.
		return possessor.ent, possessor.conf * placeArgConf, ""
	}
	if m := covered(e - 1); m != nil && m.role && m.org != nil && m.org.ent != nil && actorEntity(m.org.ent) &&
		partyMembers[toks[e-1].Lower()] && (toks[first].Lower() == "a" || toks[first].Lower() == "an") {
		// "elected a Labour MP": one of the party's many, not an office
		// of one holder.
		return m.org.ent, m.conf * placeArgConf, ""
	}
	if m := covered(e - 1); m != nil && m.ent != nil {
		if isPlace(m.ent) && addressBeforeNoun(toks, m.end, covered) {
			return nil, 0, "" // "met a Salem, Oregon woman": the town names no one met
		}
		return m.ent, m.conf, ""
	}
	if m := appositiveName(toks, e, covered); m != nil {
		return m.ent, m.conf, ""
	}
	n := e - 1 // the kind of body after a name
	kind := orgDescriptors[toks[n].Lower()]
	if n-2 >= b && (toks[n-1].Lower() == "news" || toks[n-1].Lower() == "television") && kind {
		n-- // "the Interfax news agency"
	}
	if n-2 >= b && sportWords[toks[n-1].Lower()] && (toks[n].Lower() == "team" || toks[n].Lower() == "club") && covered(n-1) == nil {
		n, kind = n-1, true // "the San Francisco 49ers football team", "the Leeds United football club"
	}
	if n-2 >= b && (kind || toks[n].Lower() == "club") && bodyTrades[toks[n-1].Lower()] && covered(n-1) == nil {
		n, kind = n-1, true // "the Islamic State militant group", "the Hells Angels motorcycle club"
	}
	if n-2 >= b && companyNouns[toks[n].Lower()] && tradeWord(toks[n-1]) && covered(n-1) == nil {
		n = n - 1 // "the Boeing airframe company", "the Halvik mining firm"
	}
	if m := covered(n - 1); n-b >= 1 && m != nil && m.end == n && m.ent != nil && named(m) && !m.adj && (m.start == 0 || toks[m.start-1].Tag != "PRP$") &&
		(m.ent.typ == schema.Organization || m.ent.typ == schema.Group) && kind {
		// "the Sea Org group", "the Scientology organization", "AFP news
		// agency": a name and the kind of body it names ("her YouTube
		// channel" is hers).
		return m.ent, m.conf, ""
	}
	if toks[n].Text == "party" || toks[n].Text == "leadership" {
		// "the Democratic party controlled the House": the party's
		// adjective and a lower-case "party" name the party; its
		// "leadership" speaks for it, as "the Labour leadership" does.
		for _, m := range ms {
			if m.adj && m.end == n && m.start >= first && m.ent != nil && m.ent.typ == schema.Organization && m.ent.desc["party"] {
				return m.ent, m.conf, ""
			}
		}
	}
	if p := titlesJoined(toks, first, e, last, covered); p != nil {
		// "NRK reporter and former Labour Party Press Secretary Ola Berg
		// said": two titles of one person, not the outlet's reporter
		// and another actor.
		return p.ent, p.conf, ""
	}
	if m := covered(e - 2); e-b >= 2 && m != nil && m.end == e-1 && m.ent != nil && named(m) && !m.adj &&
		m.ent.typ == schema.Organization && (governmentStaff[toks[e-1].Lower()] || pressStaff[toks[e-1].Lower()] || partyMembers[toks[e-1].Lower()]) {
		// "senior Bush administration officials", "a Halvik Holdings
		// spokesman": officials act for their body; "told a Reuters
		// reporter": its journalists ask and hear for an outlet;
		// "defeated by a Labour candidate", "elected a Labour MP": an
		// unnamed member stands for the party.
		return m.ent, m.conf * placeArgConf, ""
	}
	if m := covered(e - 2); e-b >= 2 && m != nil && m.end == e-1 && m.ent != nil && named(m) && !m.adj &&
		m.ent.typ == schema.Person && campaignOf(toks[e-1:e]) && m.start > first && toks[m.start-1].Lower() == "the" {
		// "the Lee campaign criticized": a candidate's campaign speaks
		// and acts for the candidate.
		return m.ent, m.conf * placeArgConf, ""
	}
	if m := covered(e - 3); e-b >= 3 && m != nil && m.end == e-2 && m.ent != nil && named(m) && !m.adj &&
		m.ent.typ == schema.Organization && (toks[e-2].Tag == "JJ" || toks[e-2].Tag == "NN") && !isCap(toks[e-2].Text) && leadingBodies[toks[e-1].Lower()] {
		// "the Labour Party central committee", "the Halvik executive
		// board": the body that decides for the organisation.
		return m.ent, m.conf, ""
	}
	// "Tamm said his country had asked NATO": the country a person serves.
	if m := covered(b); e-b == 2 && m != nil && m.kind == mPronoun && m.possessive && m.ent != nil &&
		m.ent.typ == schema.Person && m.ent.country != nil && homeland(toks[b+1].Lower()) {
		return m.ent.country, m.conf, ""
	}
	// '"They attacked our country," said Norway's prime minister': the
	// state a quotation's "our" speaks for ([docState.speakers]).
	if m := covered(b); e-b == 2 && m != nil && m.kind == mPronoun && m.possessive && firstPlural[m.pron] && m.ent != nil &&
		m.ent.typ == schema.GPE && homeland(toks[b+1].Lower()) {
		return m.ent, m.conf, ""
	}
	// "resigned from his leadership in his party": the party its holder
	// belongs to, when the document has said which one.
	if m := covered(b); e-b == 2 && m != nil && m.kind == mPronoun && m.possessive && m.ent != nil &&
		m.ent.typ == schema.Person && strings.EqualFold(toks[b+1].Text, "party") {
		if p := d.partyOf(m.ent); p != nil {
			return p, m.conf * placeArgConf, ""
		}
	}
	if e := d.missedName(toks, b, e, covered); e != nil {
		return e, missedNameConf, ""
	}
	if m := appositionName(toks, first, last, covered); m != nil {
		return m.ent, m.conf, ""
	}
	if m := relativeApposition(toks, first, last, e, covered); m != nil {
		return m.ent, m.conf, "" // "Tom Wu, a Syrian man who died in Oslo,": the man is Tom Wu
	}
	var words []string
	for i := b; i < e; i++ {
		t := toks[i]
		if t.Tag == "CD" || t.Text == "$" || t.Text == "%" || !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") || isCap(t.Text) {
			return nil, 0, ""
		}
		words = append(words, t.Lower())
	}
	if len(words) == 0 || len(words) > 3 || !strings.HasPrefix(toks[e-1].Tag, "NN") {
		return nil, 0, ""
	}
	return nil, 0, strings.Join(words, " ")
}

// thingParticiple reports whether token e is a present participle that
// opens a phrase after a common noun of a thing, outside any mention ("a
// letter urging Labour MPs", "a report accusing Norway"): the thing is the
// head, and the actor in the phrase is no argument of the verb. The
// participle must be followed by a name, a determiner, a pronoun, a number
// or a particle; before a common noun it modifies ("missile warning
// data"). After a
// noun of people, a role or a body ("officials representing Norway",
// "a group calling itself Sea Wolves") the phrase may name whom they are.
func thingParticiple(toks []nlp.Token, e int, covered func(int) *mention) bool {
	n := toks[e-1]
	if toks[e].Tag != "VBG" || covered(e) != nil || covered(e-1) != nil || isCap(n.Text) || (n.Tag != "NN" && n.Tag != "NNS") ||
		e+1 >= len(toks) {
		return false
	}
	switch next := toks[e+1]; {
	case covered(e+1) != nil, isCap(next.Text):
	case next.Tag == "DT", next.Tag == "PRP", next.Tag == "PRP$", next.Tag == "CD", next.Tag == "IN", next.Tag == "TO", next.Tag == "RP":
	default:
		return false // "missile warning data": a noun's modifier
	}
	w := n.Lower()
	_, person := personNouns[w]
	return !person && !roleNoun(strings.TrimSuffix(w, "s")) && !orgNouns[w] && !staffNouns[w] && !crowdNouns[w]
}

// oneOfNamed returns the person named in apposition after an argument
// [first, last) that picks one of several people ("one of the four
// candidates"), past a participle's phrase the extractor leaves out
// ("met one of the three contenders standing in the council race, Tom
// Wu, who ..."): the name between commas, or before the sentence's end,
// maybe after a lower-case calling ("one of the authors, biologist Ann
// Lee,"). It returns nil otherwise.
func oneOfNamed(toks []nlp.Token, first, last int, covered func(int) *mention) *mention {
	if last-first < 4 || toks[first].Lower() != "one" || toks[first+1].Lower() != "of" || covered(last-1) != nil ||
		toks[last-1].Tag != "NNS" {
		return nil
	}
	j := last
	if j < len(toks) && (toks[j].Tag == "VBG" || toks[j].Tag == "VBN") {
		for j < len(toks) && j < last+10 && toks[j].Text != "," && toks[j].Text != "." {
			j++
		}
	}
	if j+1 >= len(toks) || toks[j].Text != "," {
		return nil
	}
	k := j + 1
	for k < len(toks) && k < j+4 && covered(k) == nil && (toks[k].Tag == "NN" || toks[k].Tag == "JJ") && toks[k].Text == toks[k].Lower() {
		k++ // "one of the study's authors, herpetologist Tom Wu,": a calling before the name
	}
	m := covered(k)
	if m == nil || m.start != k || m.ent == nil || m.ent.typ != schema.Person || !named(m) || m.possessive ||
		m.end < len(toks) && toks[m.end].Text != "," && toks[m.end].Text != "." {
		return nil
	}
	return m
}

// namedAs returns the name that ends an argument whose head, tokens [b,
// e), is a noun of a person, a role or a body that the words from e on
// name: "a lawyer named Ann Lee", "a man called Tom Wu", "a company
// called Acme" ([namingWords]), or that a relative clause right after the
// argument names ("the organisation which is called Sampad", ended by
// the sentence or a comma). It returns nil otherwise.
func namedAs(toks []nlp.Token, b, e, last int, covered func(int) *mention) *mention {
	rel := e == last && e+3 < len(toks) && (toks[e].Lower() == "which" || toks[e].Lower() == "that" || toks[e].Lower() == "who") &&
		(toks[e+1].Lower() == "is" || toks[e+1].Lower() == "was")
	if e <= b || !rel && e+1 >= last || !strings.HasPrefix(toks[e-1].Tag, "NN") || isCap(toks[e-1].Text) {
		return nil
	}
	if m := covered(e - 1); m != nil && (!rel || m.kind != mDesc) {
		return nil
	}
	head := toks[e-1].Lower()
	if _, person := personNouns[head]; !person && !roleNoun(strings.TrimSuffix(head, "s")) && !orgNouns[head] && !staffNouns[head] &&
		!occupationNouns[head] { // "a Polish chef named Tomasz"
		return nil // "a river known as Kamo", "a ship named Tom Wu": a thing
	}
	n := e
	if rel {
		n, last = e+2, len(toks)
	}
	w := toks[n].Lower()
	if !namingWords[w] {
		return nil
	}
	k := n + 1
	if w == "known" && k < last && strings.EqualFold(toks[k].Text, "as") {
		k++
	}
	m := covered(k)
	if rel && m != nil && m.end < last && (toks[m.end].Text == "," || toks[m.end].Text == "." || toks[m.end].Text == ";") {
		last = m.end
	}
	if k >= last || m == nil || m.start != k || m.ent == nil || m.adj || !named(m) || m.end != last ||
		m.ent.typ != schema.Person && m.ent.typ != schema.Organization {
		return nil // "the river known as Kamo" is a place, no actor
	}
	return m
}

// objectPronoun reports whether w is a third-person object pronoun.
func objectPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "it", "them", "him", "her":
		return true
	}
	return false
}

// mentionedIn reports whether e is named inside argument a of sentence si
// ("his father" names no one).
func (d *docState) mentionedIn(si int, s nlp.Sentence, a schema.Argument, e *docEntity) bool {
	for _, m := range d.sents[si] {
		if m.ent == e && named(m) && m.start < len(s.Tokens) && s.Tokens[m.start].Start >= a.Start && s.Tokens[m.end-1].End <= a.End {
			return true
		}
	}
	return false
}

// appositionName returns the named actor that the description [b, last)
// stands in apposition to, when the description follows the name and a
// comma and a participle, a relative pronoun or a comma closes it:
// "Beats Electronics, the headphone maker founded by Jimmy Iovine", "Tom
// Wu, a lawyer who sued the party". It returns nil otherwise; a name
// after a preposition may open a fronted phrase ("In Oslo, the police
// arrested"), and a finite verb after the description makes it a subject
// of its own ("After meeting Tom Wu, the minister said").
func appositionName(toks []nlp.Token, b, last int, covered func(int) *mention) *mention {
	if b < 2 || last >= len(toks) || toks[b-1].Text != "," {
		return nil
	}
	if m := covered(b - 2); m != nil && m.end == b-1 && m.ent != nil && isPlace(m.ent) && m.start >= 3 &&
		strings.EqualFold(toks[m.start-1].Text, "the") && toks[m.start-2].Text == "," {
		b = m.start - 1 // "Tom Wu, the California, US lawyer who": the extractor cut at the address's comma
	}
	switch toks[b].Lower() {
	case "the", "a", "an":
	default:
		return nil
	}
	switch w := toks[last]; {
	case w.Tag == "VBN", w.Text == ",", w.Tag == "WDT", w.Tag == "WP":
	default:
		return nil
	}
	for i := b + 1; i < last; i++ {
		if m := covered(i); m != nil && m.ent != nil && isPlace(m.ent) && !m.possessive {
			if m.end < last-1 && toks[m.end].Text == "," && isCap(toks[m.end+1].Text) {
				i = m.end + 1 // "the California, US lawyer": a town or state and its state or country
			} else {
				i = m.end - 1 // "Tom Wu, the Oslo lawyer who": a place describes
			}
			continue
		}
		if t := toks[i]; isCap(t.Text) || !(strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBG") {
			return nil
		}
	}
	if m := covered(last - 1); m != nil {
		return nil // the description ends in a noun, not a name
	}
	p := covered(b - 2)
	if p == nil || p.end != b-1 || p.ent == nil || p.adj || !named(p) ||
		p.ent.typ != schema.Organization && p.ent.typ != schema.Person && p.ent.typ != schema.Group {
		return nil
	}
	if p.start > 0 && toks[p.start-1].Tag == "IN" {
		return nil
	}
	return p
}

// ofCompound reports whether toks[k] is the "of" of a compound noun
// that ends the object at end: one singular noun before it and one
// lower-case noun after it ("a letter of intent", "a declaration of
// cooperation"; not "pictures of herself"). The phrase names one thing, so
// the actor after the verb's preposition is the act's ("signed a letter
// of intent with Halvik").
func ofCompound(toks []nlp.Token, k, end int) bool {
	return toks[k].Lower() == "of" && k+1 < len(toks) && toks[k+1].End == end && toks[k+1].Tag == "NN" && lowerWord(toks[k+1].Text) &&
		!strings.HasSuffix(toks[k+1].Lower(), "self") && k > 0 && toks[k-1].Tag == "NN"
}

// partitiveEnd returns the token after the "of" that ends a partitive
// opening the argument a, quantifiers and numbers before it ("all three of
// these states", "most of the races"), or a measure of a thing, an amount
// and one of [measureNouns] ("over 40 thousand doses of vaccine", "tonnes
// of rice"), or -1 when a opens with none: the phrase after "of" is the
// one the verb acts on or in.
func partitiveEnd(toks []nlp.Token, a schema.Argument) int {
	n := 0
	for k, t := range toks {
		if t.Start < a.Start || t.End > a.End {
			continue
		}
		if t.Lower() == "of" && n > 0 {
			return k + 1
		}
		if measureNouns[t.Lower()] {
			if k+2 < len(toks) && toks[k+1].Lower() == "of" && toks[k+2].End <= a.End {
				return k + 2
			}
			return -1
		}
		if !partitiveWords[t.Lower()] && t.Tag != "CD" && !numberWords[t.Lower()] && !(n == 0 && amountBound(toks, k)) && !(n == 0 && articles[t.Lower()]) {
			return -1
		}
		n++
	}
	return -1
}

// numberWords scale a number, whatever their tag: "105 thousand doses".
var numberWords = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "dozen": true}

// measureNouns measure out a thing in doses, weights or loads: "sent 500
// tonnes of rice", "delivered a shipment of vaccines".
var measureNouns = map[string]bool{
	"dose": true, "doses": true, "ton": true, "tons": true, "tonne": true, "tonnes": true, "barrel": true,
	"barrels": true, "litres": true, "liters": true, "gallons": true, "kilograms": true, "kilos": true,
	"shipment": true, "shipments": true, "consignment": true, "consignments": true, "truckloads": true,
	"crates": true, "boxes": true, "sacks": true, "bags": true, "pallets": true, "cartons": true,
}

// partitiveWords are the quantifiers that open a partitive ("all of",
// "each of", "most of").
var partitiveWords = map[string]bool{
	"all": true, "both": true, "each": true, "most": true, "many": true, "some": true, "several": true,
	"any": true, "half": true, "either": true, "neither": true, "none": true,
}

// amountBound reports whether toks[k] bounds the amount after it: "over
// $850,000", "under 500 euros", "about 300".
func amountBound(toks []nlp.Token, k int) bool {
	switch toks[k].Lower() {
	case "over", "under", "about", "around", "nearly", "almost", "approximately", "roughly":
	default:
		return false
	}
	if k+1 < len(toks) && (toks[k+1].Tag == "$" || currencySign(toks[k+1].Text)) {
		k++
	}
	return k+1 < len(toks) && toks[k+1].Tag == "CD"
}

// amountFrom reports whether toks[i:last] is an amount of money or a
// number of units and nothing else: a number or a currency sign first,
// then at most three more numbers, signs and unit nouns ("2.4 billion
// euros", "$1 billion").
func amountFrom(toks []nlp.Token, i, last int) bool {
	if i >= last || last-i > 4 || toks[i].Tag != "CD" && toks[i].Tag != "$" && !currencySign(toks[i].Text) {
		return false
	}
	for _, t := range toks[i+1 : last] {
		if t.Tag != "CD" && t.Tag != "$" && !currencySign(t.Text) && t.Tag != "NNS" && t.Tag != "NN" {
			return false
		}
	}
	return true
}

// titlesJoined returns the person whose name ends a second title joined
// by "and" to an argument [first, last) that is a bare title ending in a
// singular role noun at e-1 ("NRK reporter and former Labour Party Press
// Secretary Ola Berg questioned", "Halvik spokesman and Green Party member
// Ann Lee said"): the extractor splits the subject at "and", but without
// an article ("a Reuters reporter and Ann Lee") the two titles are one
// person's. The second title runs over capitalised words and lower-case
// adjectives and nouns to a person's name followed by a verb or a comma.
// It returns nil otherwise.
func titlesJoined(toks []nlp.Token, first, e, last int, covered func(int) *mention) *mention {
	if e != last || last >= len(toks) || toks[last].Lower() != "and" || e-first < 2 || covered(e-1) != nil ||
		toks[first].Tag == "DT" || toks[first].Tag == "PRP$" || toks[first].Tag == "CD" || toks[e-1].Tag != "NN" {
		return nil
	}
	if w := toks[e-1].Lower(); !pressStaff[w] && !governmentStaff[w] && !roleNoun(w) {
		return nil
	}
	for k := last + 1; k < len(toks) && k < last+12; k++ {
		if c := covered(k); c != nil {
			if c.ent != nil && c.ent.typ == schema.Person && named(c) && !c.possessive && c.end < len(toks) &&
				(strings.HasPrefix(toks[c.end].Tag, "VB") || toks[c.end].Text == ",") {
				return c
			}
			k = c.end - 1
			continue
		}
		t := toks[k]
		if !isCap(t.Text) && t.Tag != "JJ" && t.Tag != "NN" {
			return nil
		}
	}
	return nil
}

// craftNouns are the kinds of machine a maker's model number may qualify
// ("Boeing 737 jets", "the Halvik 310 helicopters").
var craftNouns = map[string]bool{
	"plane": true, "planes": true, "jet": true, "jets": true, "aircraft": true, "airliner": true, "airliners": true,
	"jetliner": true, "jetliners": true, "helicopter": true, "helicopters": true, "engine": true, "engines": true,
	"airplane": true, "airplanes": true, "aeroplane": true, "aeroplanes": true, "freighter": true, "freighters": true,
}

// modelAfter reports whether the words toks[i:last] after an
// organisation's name are a model of what it makes: a number written in
// the plural ("Boeing 747s", "Airbus 380s"), or a number and a noun of
// [craftNouns] ("Boeing 737 jets"). A maker's model is a thing, no actor;
// an amount after a name ("fined Google 2.4 billion euros", "beat Halvik
// 3 - 1") has no plural number and no such noun.
func modelAfter(toks []nlp.Token, i, last int) bool {
	if i >= last || toks[i].Tag != "CD" {
		return false
	}
	w := toks[i].Text
	if last-i == 1 {
		d := strings.TrimSuffix(w, "s")
		return len(d) < len(w) && d != "" && strings.Trim(d, "0123456789-") == "" && d[0] != '-' // "747s", "747-400s"
	}
	return last-i == 2 && strings.Trim(w, "0123456789") == "" && craftNouns[toks[i+1].Lower()]
}

// giftNouns are what a verb of giving gives as its second object after a
// bare name ("offered Sweden military aid", "granted Tom Wu asylum").
var giftNouns = map[string]bool{
	"aid": true, "help": true, "assistance": true, "support": true, "asylum": true, "access": true,
	"protection": true, "weapons": true, "arms": true, "loans": true, "funding": true, "backing": true,
	"sanctuary": true, "shelter": true, "citizenship": true, "immunity": true, "visas": true,
}

// giftFrom reports whether toks[i:last] is a lower-case noun phrase of at
// most three words whose head is one of giftNouns: after a name, the
// second object of a verb of giving, not a compound with the name.
func giftFrom(toks []nlp.Token, i, last int) bool {
	if i >= last || last-i > 3 || !giftNouns[toks[last-1].Text] {
		return false
	}
	for _, t := range toks[i:last] {
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") {
			return false
		}
	}
	return true
}

// teachVerbs teach at a school, which employs the teacher: "taught
// sociology at the University of Bergen". "lectured at" is left out: a
// guest lectures at a congress or a university that employs someone else.
var teachVerbs = map[string]bool{"teach": true, "instruct": true, "tutor": true}

// taughtAt adds subj —work_for→ school for a person who taught at an
// organisation named after at (the verb's own preposition or an extra
// phrase): "Prior to joining parliament, Tom Wu taught classes in
// sociology at the University of Bergen". A person or a place after at
// is none.
//
// A course of study read there is the student's in the same way: "studied
// law at Harbor University", "attended law school at Harbor University"
// give study_at the school. The studied thing is a subject in lower case
// with no article ("studied the files at the archive" is no schooling),
// and what is attended a school or classes.
func (d *docState) taughtAt(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, prep, _ := strings.Cut(x.Lemma, "_")
	lemma := schema.WorkFor
	if !teachVerbs[verb] {
		if prep != "" || !studiedAt(verb, x.Object.Text) {
			return
		}
		lemma = "study_at"
	}
	if f.subj == nil || f.subj.typ != schema.Person || x.Attribution != "" || intention(s, x) {
		return
	}
	args := []schema.Argument{}
	if prep == "at" {
		args = append(args, x.Object)
	} else {
		for _, a := range x.Extra {
			if p, rest := splitPrep(a); p == "at" && rest.Text != "" {
				args = append(args, rest)
			}
		}
	}
	for _, a := range args {
		o, conf, _ := d.argument(si, s, a)
		if o != nil && o != f.subj && o.typ == schema.Organization && actorEntity(o) {
			d.derive(si, x.Subject, x.Relation+" at", lemma, f.subj, o, "", x.Confidence*conf*placeArgConf)
			return
		}
	}
}

// courseNouns name what a student attends at a school: "attended law
// school", "attended evening classes".
var courseNouns = map[string]bool{"school": true, "classes": true, "courses": true, "lectures": true}

// studiedAt reports whether verb and its object obj name a course of
// study, which an at-phrase after them ties to its school ([docState.taughtAt]):
// "studied law", "studied political science", "attended law school".
func studiedAt(verb, obj string) bool {
	w := strings.Fields(obj)
	if len(w) == 0 || len(w) > 3 || strings.ToLower(obj) != obj {
		return false
	}
	switch verb {
	case "study":
		f := w[0]
		return !articles[f] && !possessiveDeterminers[f] && f != "this" && f != "that" && f != "these" && f != "those"
	case "attend":
		return courseNouns[w[len(w)-1]]
	}
	return false
}

// officeAfter reports whether the tokens [i, e) are the lower-case words
// of one title and nothing else ("foreign minister", "chancellor"), after
// at most one article.
func (d *docState) officeAfter(toks []nlp.Token, i, e int) bool {
	if i < e && (toks[i].Lower() == "the" || toks[i].Lower() == "a" || toks[i].Lower() == "an") {
		i++
	}
	if i >= e || e-i > 3 {
		return false
	}
	for _, t := range toks[i:e] {
		if !strings.HasPrefix(t.Tag, "NN") && t.Tag != "JJ" || isCap(t.Text) {
			return false // "hired Civilian Deputy Undersecretary ...": a title chain, not a name and its office
		}
	}
	return d.r.phraseTitle(strings.ToLower(joinText(toks[i:e]))) != nil
}

// outletShow reports whether the tokens [b, e) after an outlet's
// possessive name one of its programmes: capitalised words that name no
// person ("State", "Morning Show", "Newsnight programme"), or a noun of
// [showNouns] ("show", "programme") with at most two words before it.
func outletShow(toks []nlp.Token, b, e int, covered func(int) *mention) bool {
	if e <= b || e-b > 8 {
		return false
	}
	if showNouns[toks[e-1].Lower()] && e-b <= 3 {
		return true
	}
	for j := b; j < e-1 && j < b+4; j++ {
		if showNouns[toks[j].Lower()] && !isCap(toks[j].Text) && e-j <= 4 && lowerRun(toks[b:j]) {
			// "MSNBC's morning news talk show Morning Joe": the kind of
			// programme, then its name.
			b = j + 1
			break
		}
	}
	if e-b > 4 {
		return false
	}
	for k := b; k < e; k++ {
		if !isCap(toks[k].Text) || toks[k].Tag != "NNP" && toks[k].Tag != "NNPS" {
			return false
		}
		if m := covered(k); m != nil && m.ent != nil && (m.ent.typ == schema.Person || m.ent.typ == schema.Organization) {
			return false // "CNN's Jake Tapper", "the BBC's World Service" named apart
		}
	}
	return true
}

// showNouns are the programmes of a broadcaster.
var showNouns = map[string]bool{
	"show": true, "programme": true, "program": true, "broadcast": true, "podcast": true, "newscast": true,
	"bulletin": true,
}

// titlesName reports whether the words from e on go on, through "and" and
// more lower-case words, to a person's name: "Million Dollar Baby director
// and co-star Clint Eastwood", where the titles before e are that
// person's, the name before them a modifier.
func titlesName(toks []nlp.Token, e int, covered func(int) *mention) bool {
	for k := e; k < len(toks) && k < e+5; k++ {
		if m := covered(k); m != nil {
			return k > e && m.ent != nil && m.ent.typ == schema.Person && !strings.EqualFold(toks[k-1].Text, "and")
		}
		if t := toks[k]; t.Tag != "CC" && t.Tag != "HYPH" && t.Text != "-" && !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") || isCap(t.Text) {
			return false
		}
	}
	return false
}

// currencySign reports whether w is a currency sign.
func currencySign(w string) bool {
	return w == "$" || w == "£" || w == "€" || w == "¥" || w == "US$"
}

// missedNameConf is the confidence of an argument that restates an
// entity's full name where the recogniser found no mention.
const missedNameConf = 0.8

// missedName returns the entity whose canonical name is exactly the
// capitalised words toks[b:e] when no mention covers them: the recogniser
// read "Lee Cheuk-yan" as a name at its first use but not after a verb,
// where the tagger took "Cheuk-yan" for an adjective. It returns nil
// otherwise.
func (d *docState) missedName(toks []nlp.Token, b, e int, covered func(int) *mention) *docEntity {
	if e-b < 2 {
		return nil // one word alone may be any name's part
	}
	for i := b; i < e; i++ {
		if covered(i) != nil || !isCap(toks[i].Text) {
			return nil
		}
	}
	ent := d.byKey[normKey(joinText(toks[b:e]))]
	if ent == nil || !actorEntity(ent) {
		return nil
	}
	return ent
}

// staffHead reports whether the argument a of s ends in a lower-case noun
// for a body's or a state's person ("reporter", "official", "spokesman",
// "envoy"), whom a name before it owns.
func staffHead(s nlp.Sentence, a schema.Argument) bool {
	_, last := argTokens(s, a)
	if last < 1 {
		return false
	}
	t := s.Tokens[last-1]
	w := t.Lower()
	return strings.HasPrefix(t.Tag, "NN") && !isCap(t.Text) &&
		(pressStaff[w] || staffNouns[w] || staffNounsOfPerson[w] || roleNoun(strings.TrimSuffix(w, "s")) || roleNoun(w))
}

// pressStaff are the journalists of an outlet named before them.
var pressStaff = map[string]bool{
	"reporter": true, "reporters": true, "journalist": true, "journalists": true, "correspondent": true,
	"correspondents": true, "interviewer": true,
}

// orgDescriptors are nouns that say what kind of body the name before them
// names.
var orgDescriptors = map[string]bool{
	"group": true, "organization": true, "organisation": true, "party": true, "movement": true,
	"company": true, "firm": true, "network": true, "agency": true, "militia": true, "team": true,
	"newspaper": true, "broadcaster": true, "channel": true, "station": true, "outlet": true, "magazine": true,
	"gang": true, "cartel": true, "faction": true, "syndicate": true,
}

// tradeWord reports whether t, between a company's name and "company" or
// "firm", is a lower-case noun or adjective for its trade ("airframe",
// "mining", "software"), not one that makes the company another's
// ([relatedFirms]: "the Halvik parent company" owns Halvik).
func tradeWord(t nlp.Token) bool {
	return !isCap(t.Text) && (t.Tag == "NN" || t.Tag == "JJ" || t.Tag == "VBG") && !relatedFirms[t.Lower()]
}

// stakeVerbs take, buy or hold a stake in a company, which gives the
// holder invest_in it; not "sold its stake in", which gives it up.
var stakeVerbs = map[string]bool{
	"take": true, "buy": true, "acquire": true, "hold": true, "own": true, "purchase": true, "build": true,
	"increase": true, "raise": true,
}

// relatedFirms are the words before "company" that name a company related
// to the one named before them.
var relatedFirms = map[string]bool{
	"parent": true, "rival": true, "sister": true, "subsidiary": true, "partner": true, "daughter": true,
	"successor": true, "predecessor": true, "former": true, "new": true, "shell": true, "affiliate": true,
	"competitor": true, "competing": true, "holding": true, "spin-off": true, "spinoff": true,
}

// bodyTrades say what a body of [orgDescriptors] does or stands for,
// between its name and the descriptor: "the Islamic State militant
// group", "the Hells Angels biker gang", "the Sinaloa drug cartel".
var bodyTrades = map[string]bool{
	"militant": true, "terrorist": true, "terror": true, "jihadist": true, "islamist": true, "rebel": true,
	"insurgent": true, "separatist": true, "extremist": true, "paramilitary": true, "mercenary": true,
	"armed": true, "criminal": true, "crime": true, "drug": true, "biker": true, "motorcycle": true,
	"hacker": true, "hacking": true, "activist": true, "advocacy": true, "lobby": true, "opposition": true,
	"political": true, "far-right": true, "right-wing": true, "left-wing": true, "neo-nazi": true,
}

// sportWords name the sports whose teams and clubs a name with "team"
// or "club" after the sport may name ("the Boston Celtics basketball
// team").
var sportWords = map[string]bool{
	"football": true, "soccer": true, "basketball": true, "baseball": true, "hockey": true, "rugby": true,
	"cricket": true, "volleyball": true, "handball": true,
}

// leadingBodies are the bodies that decide for an organisation, after its
// name and an adjective: "the Labour Party central committee".
var leadingBodies = map[string]bool{"committee": true, "board": true, "council": true, "leadership": true}

// namedThing reports whether the argument's words from its head's end e
// to last are an of-phrase of capitalised words closed by a lower-case
// common noun: "the Budweiser Man of the Match award", "the Nobel Prize of
// the Year trophy". The phrase names a thing (award, trophy, cup) whose name
// holds a name, not the actor of that name. A role noun ("the Bank of
// England governor") is left to the officials' rule.
func namedThing(toks []nlp.Token, e, last int) bool {
	if e+2 >= last || !strings.EqualFold(toks[e].Text, "of") {
		return false
	}
	if e > 0 && roleNoun(strings.TrimSuffix(toks[e-1].Lower(), "s")) {
		return false // "Officials of the Polish government": people of an actor
	}
	n := toks[last-1]
	if isCap(n.Text) || n.Tag != "NN" && n.Tag != "NNS" || roleNoun(strings.TrimSuffix(n.Lower(), "s")) {
		return false
	}
	capital := false
	for _, t := range toks[e+1 : last-1] {
		if !isCap(t.Text) && t.Tag != "DT" && !strings.EqualFold(t.Text, "of") {
			return false
		}
		capital = capital || isCap(t.Text)
	}
	// "informed Tom Wu of the decision": with no capitalised word, the
	// of-phrase names no thing after a name; it is the verb's.
	return capital
}

// seatPlaceName reports whether the "from" or "for" at k joins a
// capitalised seat noun to its place in a title written before a
// person's name: "United States Senator from Vermont Bernie Sanders
// endorsed", "Representative for Ohio Ann Lee": the title and the name
// are one head, the name's. Without a name after the place ("the Senator
// from Vermont") the preposition stays a boundary.
func seatPlaceName(toks []nlp.Token, k, last int, covered func(int) *mention) bool {
	if k == 0 || k+2 >= last || toks[k].Text != "from" && toks[k].Text != "for" ||
		!isCap(toks[k-1].Text) || !seatNouns[toks[k-1].Lower()] {
		return false
	}
	j := k + 1
	if strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	pl := covered(j)
	if pl == nil || pl.start != j || pl.ent == nil || pl.ent.typ != schema.GPE && pl.ent.typ != schema.Location || pl.end >= last {
		return false
	}
	p := covered(pl.end)
	return p != nil && p.start == pl.end && p.ent != nil && p.ent.typ == schema.Person && named(p)
}

// titledName returns the person named after a title of a holder that heads
// an argument ("CEO of the Refugee Council Ola Dahl", "Secretary of
// State Jon Kerr"): the head [b, e) is one role noun, then of, the
// holder's name and right after it a person's name. It returns nil
// otherwise. The role noun may follow capitalised words of its title
// ("Vice President of the United States Joe Biden", "Deputy Prime
// Minister of Italy Ann Lee").
func titledName(toks []nlp.Token, b, e int, covered func(int) *mention) *mention {
	if e <= b || e-b > 4 || !roleNoun(toks[e-1].Lower()) || e+2 >= len(toks) || toks[e].Text != "of" {
		return nil
	}
	if e-b > 1 && (formerWords[toks[b].Lower()] || seatOwnerWords[toks[b].Lower()]) {
		b++ // "former Vice President of the United States Joe Biden"
	}
	for k := b; k < e-1; k++ {
		if !isCap(toks[k].Text) || toks[k].Tag != "NNP" {
			return nil // "the senior minister of", not a title
		}
	}
	j := e + 1
	if strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	h := covered(j)
	if h == nil || h.start != j {
		return nil
	}
	p := covered(h.end)
	if p == nil || p.start != h.end || p.ent == nil || p.ent.typ != schema.Person || !named(p) {
		return nil
	}
	return p
}

// placeOfName returns the place named after "of" when the head [b, e)
// is a word for a kind of place ("the city of Kharkiv", "the port city of
// Mariupol", "the island of Yeonpyeong"), or nil: the argument is the
// place.
func placeOfName(toks []nlp.Token, b, e int, covered func(int) *mention) *mention {
	p := nameAfterOf(toks, b, e, covered, placeHeads)
	if p == nil {
		p = nameAfterOf(toks, b, e, covered, pluralPlaceHeads) // "the US states of Ohio and Iowa": the first, whose list goes on
	}
	if p == nil || p.ent.typ != schema.GPE && p.ent.typ != schema.Location {
		return nil
	}
	return p
}

// behalfHeads are the nouns of phrases that stand for the actor after
// "of": "ruled in favour of Apple", "spoke on behalf of the union",
// "testified in defence of Ann Lee". ("Support of" is an event noun's:
// see [eventNouns].)
var behalfHeads = map[string]bool{
	"favour": true, "favor": true, "behalf": true, "defence": true, "defense": true,
}

// bothChambers are the chambers of a legislature, which act as the
// legislature when "of" names it ("Both houses of the Nordic Parliament
// held a minute of silence").
var bothChambers = map[string]bool{"houses": true, "chambers": true}

// forceHeads are a state's armed forces, which stand for the state when
// "of" names it ("cooperation with the navy of Chile").
var forceHeads = map[string]bool{
	"navy": true, "navies": true, "army": true, "armies": true, "military": true, "militaries": true,
	"forces": true, "troops": true,
}

// nameAfterOf returns the named mention right after "of" when the head
// [b, e) of one or two lower-case words ends in one of heads, or nil.
func nameAfterOf(toks []nlp.Token, b, e int, covered func(int) *mention, heads map[string]bool) *mention {
	if e-b < 1 || e-b > 2 || e+1 >= len(toks) || toks[e].Text != "of" || !heads[toks[e-1].Lower()] || isCap(toks[e-1].Text) {
		return nil
	}
	j := e + 1
	if strings.EqualFold(toks[j].Text, "the") && j+1 < len(toks) {
		j++
	}
	p := covered(j)
	if p == nil || p.start != j || p.ent == nil || p.adj || !named(p) {
		return nil
	}
	return p
}

// placeHeads are the words for kinds of places that "of" and a name
// follow ("the city of Kharkiv", "the US territory of Guam").
var placeHeads = map[string]bool{
	"port": true, "city": true, "town": true, "village": true, "province": true, "region": true,
	"district": true, "state": true, "island": true, "oblast": true,
	"territory": true, "commonwealth": true, "dependency": true,
}

// titleChainName returns the titled person whose name ends the argument
// [b, last) after capitalised words joined by of, for, and or the, as a
// title of several words is written ("United States Secretary of State
// Jon Kerr", "Minister of Foreign Affairs Ann Lee", "Minister for Work
// and Pensions Ann Lee", "Deputy Secretary of the Navy Ann Lee": the
// recognizer may give a rank-led title no titles), or nil. The head rule stops at
// "of" and would read the title's first words.
func titleChainName(toks []nlp.Token, b, last int, covered func(int) *mention) *mention {
	p := covered(last - 1)
	if p == nil || p.end != last || p.ent == nil || p.ent.typ != schema.Person || !named(p) || p.start-b < 3 {
		return nil
	}
	of := false
	for k, t := range toks[b:p.start] {
		switch {
		case t.Text == "of" || t.Text == "for" || t.Text == "from" && k > 0 && legislatorTitle(toks[b+k-1]):
			of = true // "former Senator from New York Ann Lee" too
		case t.Text == "the" || t.Text == "and" || isCap(t.Text):
		case k == 0 && (t.Tag == "IN" || t.Tag == "TO"):
			// "to the Governor of Ohio Ann Lee": a phrase's preposition
		case titleTimeWords[t.Lower()]:
			// "former Governor of Ohio Ann Lee"
		default:
			return nil
		}
	}
	if !of {
		return nil
	}
	return p
}

// withAfterTimes reports whether x's last argument is a with-phrase with
// only times before it.
func withAfterTimes(x schema.Extraction) bool {
	n := len(x.Extra)
	if n == 0 || !strings.HasPrefix(strings.ToLower(x.Extra[n-1].Text), "with ") {
		return false
	}
	for _, e := range x.Extra[:n-1] {
		if e.Role != "time" {
			return false
		}
	}
	return true
}

// legislatorTitle reports whether t is a capitalised legislator's title
// that "from" and the place represented may follow ("Senator from Utah").
func legislatorTitle(t nlp.Token) bool {
	switch t.Text {
	case "Senator", "Representative", "Congressman", "Congresswoman", "Delegate", "Assemblyman", "Assemblywoman":
		return true
	}
	return false
}

// titleTimeWords are the lower-case words that date a title before it
// ("former Governor of Ohio Ann Lee").
var titleTimeWords = map[string]bool{
	"former": true, "then": true, "current": true, "outgoing": true, "incoming": true, "late": true,
}

// custodyVerbs are the verbs of [stayVerbs] that place their subject only
// in the passive, where the subject is the one held.
var custodyVerbs = map[string]bool{"hold": true, "keep": true, "detain": true, "imprison": true}

// stayVerbs place a person by their place argument.
var stayVerbs = map[string]bool{
	"be": true, "stay": true, "remain": true, "live": true, "reside": true, "station": true, "position": true,
	"base": true, "deploy": true, "hide": true, "work": true, "keep": true, "hold": true, "detain": true,
	"imprison": true, "settle": true, "oversee": true, "wait": true, "meet": true,
}

// platforms are the social networks that carry what actors write and
// post, by lower-case name.
var platforms = map[string]bool{
	"twitter": true, "facebook": true, "instagram": true, "youtube": true, "tiktok": true, "weibo": true,
	"wechat": true, "telegram": true, "linkedin": true, "reddit": true, "snapchat": true, "whatsapp": true,
	"parler": true, "truth social": true, "bluesky": true, "mastodon": true, "vkontakte": true, "tumblr": true,
	"threads": true,
}

// medium reports whether the phrase of preposition prep names e as the
// platform something was said or posted on ("wrote on Twitter", "said
// via Facebook"): a medium, not an actor acted on. The platform as the
// subject or object of a verb stays an actor ("Twitter banned Ann Lee").
func medium(prep string, e *docEntity) bool {
	return (prep == "on" || prep == "via" || prep == "through") && platform(e)
}

// powerNouns are the bare nouns of holding rule that an over-phrase's actor
// is held under ("claimed sovereignty over", "exercised control over").
var powerNouns = map[string]bool{"sovereignty": true, "control": true, "jurisdiction": true, "authority": true, "dominion": true}

// actorPreps are the prepositions whose argument, when it names an actor,
// [docState.prepositionalActor] makes the other end of the relation.
var actorPreps = map[string]bool{"to": true, "for": true, "against": true, "with": true}

// winWith returns the phrase of x up to a win or victory that comes
// after "with" right before x's extra argument i ("kept the title | with
// a 3-1 win", "kept first place with | a 2-1 win", or the extractor's
// with-role), or "".
func winWith(x schema.Extraction, i int) string {
	if i > 0 {
		p := x.Extra[i-1]
		if resultNouns[lastWord(p.Text)] != "defeat" {
			return ""
		}
		if scoreTail(p.Text) {
			// "with a 22 points | to 10 win": a score written "N points to
			// M" that the extractor split at its to; the with-phrase
			// holds its first half.
			switch {
			case i > 1 && (strings.HasPrefix(strings.ToLower(x.Extra[i-2].Text), "with ") || strings.EqualFold(x.Extra[i-2].Role, "with")) && pointsWord(lastWord(x.Extra[i-2].Text)):
				return x.Relation + " " + x.Extra[i-2].Text + " " + p.Text
			case i == 1 && strings.HasSuffix(strings.ToLower(x.Relation), " with") && pointsWord(lastWord(x.Object.Text)):
				return x.Relation + " " + x.Object.Text + " " + p.Text
			}
		}
		if strings.HasPrefix(strings.ToLower(p.Text), "with ") {
			return x.Relation + " " + p.Text
		}
		if strings.EqualFold(p.Role, "with") {
			return x.Relation + " " + x.Object.Text + " with " + p.Text
		}
		return ""
	}
	if resultNouns[lastWord(x.Object.Text)] == "defeat" && strings.HasSuffix(strings.ToLower(x.Relation), " with") {
		return x.Relation + " " + x.Object.Text
	}
	return ""
}

// scoreTail reports whether text is the second half of a score written
// "N points to M" followed by the result, as "to 10 win": to, a number,
// the result noun.
func scoreTail(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) != 3 || f[0] != "to" {
		return false
	}
	_, ok := goals(f[1])
	return ok
}

// pointsWord reports whether w counts what a side scores, as in "22
// points to 10".
func pointsWord(w string) bool {
	switch w {
	case "points", "goals", "tries", "runs":
		return true
	}
	return false
}

// scoreThenActor splits an object that is a score and then a phrase of
// [actorPreps] ("2-0 to Norway", "3 – 1 against Chile") into the score
// and the phrase. ok is false for any other object.
func scoreThenActor(s nlp.Sentence, a schema.Argument) (score, rest schema.Argument, ok bool) {
	var in []nlp.Token
	for _, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End {
			in = append(in, t)
		}
	}
	k := 0
	for k < len(in) && k < 3 && (in[k].Tag == "CD" || dash(in[k].Text) || scoreWord(in[k].Text)) {
		k++
	}
	if k == 0 || k+1 >= len(in) || !actorPreps[in[k].Lower()] || !strings.ContainsAny(joinText(in[:k]), "-–—") {
		return score, rest, false
	}
	score = schema.Argument{Text: a.Text[:in[k-1].End-a.Start], Start: a.Start, End: in[k-1].End}
	rest = schema.Argument{Text: a.Text[in[k].Start-a.Start:], Start: in[k].Start, End: a.End, Role: in[k].Lower()}
	return score, rest, true
}

// scoreWord reports whether w is a score written as one word: "2-0".
func scoreWord(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	_, oka := goals(a)
	_, okb := goals(b)
	return ok && oka && okb
}

// fromVerbs take or ask something from the actor their from-argument
// names: "received Polaroids from the foundation", "took hard drives from
// the church", "gained a seat from the Green Party", "sought help from
// Interpol". After other verbs from
// names an origin or a place ("saw the island from Neiafu").
var fromVerbs = map[string]bool{
	"receive": true, "take": true, "steal": true, "gain": true, "win": true, "buy": true, "obtain": true,
	"accept": true, "acquire": true, "seize": true, "capture": true, "borrow": true, "inherit": true,
	"purchase": true, "snatch": true, "wrest": true, "defect": true, "resign": true,
	"order": true, "import": true, "lease": true, "rent": true,
	"seek": true, "request": true, "demand": true, "solicit": true, // "sought help from Interpol"
	"extort": true, "embezzle": true, "extract": true,
	"distance": true, "dissociate": true, "disassociate": true, // "distanced himself from Ann Lee"
	"withhold": true, // "withheld military aid from Ukraine"
	// "recaptured the village from Russian troops": the place retaken
	"recapture": true, "retake": true, "reclaim": true, "liberate": true,
}

// schoolingVerbs take or finish a schooling named by their object:
// "received his education in India", "completed her studies at Oxford".
var schoolingVerbs = map[string]bool{"receive": true, "get": true, "complete": true, "finish": true, "pursue": true}

// schoolingNouns are the schoolings of [schoolingVerbs], with the verb
// their place takes.
var schoolingNouns = map[string]string{
	"education": "educate", "schooling": "educate", "training": "train", "studies": "study", "degree": "study",
	"doctorate": "study", "phd": "study", "diploma": "study",
}

// jobVerbs take up or land a job named by their object: "took a job at
// Oslo University", "accepted a position with Google".
var jobVerbs = map[string]bool{"take": true, "take_up": true, "accept": true, "land": true, "get": true, "start": true}

// jobNouns are the jobs of [jobVerbs].
var jobNouns = map[string]bool{"job": true, "position": true, "post": true, "posting": true, "internship": true}

// employedAt adds subj —work_for→ body for a verb of [jobVerbs] whose
// object is a job and whose at- or with-argument names an organisation:
// "Ann Lee took a job at the Halvik Institute", "Tom Wu remained in Oslo,
// taking a job at Norland Steel". A job in a place ("a job in Oslo") ties
// the person to no body.
func (d *docState) employedAt(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if !jobNouns[strings.ToLower(lastWord(x.Object.Text))] {
		return
	}
	for _, a := range x.Extra {
		prep := a.Role // "at", or "place" for an argument that keeps its preposition
		if first, _, _ := strings.Cut(strings.ToLower(a.Text), " "); first == "at" || first == "with" {
			prep = first
		}
		if prep != "at" && prep != "with" {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && o.typ == schema.Organization {
			if f := d.derive(si, x.Subject, x.Relation+" "+lastWord(x.Object.Text)+" "+prep, schema.WorkFor, subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.WorkFor
			}
			return
		}
	}
}

// schooledAt adds subj —educate_in→ place (or study_at, train_in) for a
// verb of schooling whose object is a schooling and whose in- or
// at-argument names a place or a body: "Ann Lee received her education in
// India" (educate_in India).
func (d *docState) schooledAt(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	base := schoolingNouns[strings.ToLower(lastWord(x.Object.Text))]
	if base == "" {
		return
	}
	for _, a := range x.Extra {
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if prep != "in" && prep != "at" {
			continue // "received a degree from Oxford": graduate_from, read from the words between the names
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && (isPlace(o) || o.typ == schema.Organization) {
			lemma := base + "_" + prep
			if f := d.derive(si, x.Subject, x.Relation+" "+lastWord(x.Object.Text)+" "+prep, lemma, subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(lemma)
			}
			return
		}
	}
}

// askedHelpVerbs ask for, or take, the help, support or cooperation of
// the actor whose possessive opens their object: "sought Interpol's
// help", "requested Sweden's assistance", "asked for Norway's support".
var askedHelpVerbs = map[string]bool{
	"seek": true, "request": true, "ask": true, "enlist": true, "solicit": true, "accept": true, "receive": true,
}

// tradeVerbs take a state for the actor of their from-phrase: "India
// bought oil from Russia", "ordered jets from France" (other verbs' states
// after from are places: "returned from France").
var tradeVerbs = map[string]bool{
	"buy": true, "purchase": true, "order": true, "import": true, "borrow": true, "obtain": true,
	"receive": true, "acquire": true, "lease": true, "rent": true,
}

// askVerbs ask for what a state gives as well as a person or a body: "demanded
// an explanation from Russia", "sought help from Norway" (a state after
// other verbs' from is a place: "returned from France").
var askVerbs = map[string]bool{"seek": true, "request": true, "demand": true, "solicit": true}

// tieNouns are what "have" holds when its subject is bound to the actor
// of its to- or with-phrase: "had ties to the Hells Angels", "has links
// with the Kremlin".
var tieNouns = map[string]bool{
	"ties": true, "links": true, "connections": true, "contacts": true, "relations": true, "relationships": true,
}

// describeVerbs describe or judge their object: "characterized the call
// with Zelensky as routine".
var describeVerbs = map[string]bool{
	"characterize": true, "characterise": true, "describe": true, "call": true, "term": true, "portray": true,
}

// withVerbs take for their object an act that two actors do together:
// "had talks with", "held a meeting with", "reached an agreement with",
// "struck a deal with", "made a deal with".
// Verbs that grow or resume such an act take it too: "increased
// cooperation with", "deepened ties with", "resumed talks with".
var withVerbs = map[string]bool{
	"have": true, "hold": true, "reach": true, "strike": true, "make": true, "conclude": true,
	"increase": true, "strengthen": true, "deepen": true, "expand": true, "boost": true, "enhance": true,
	"intensify": true, "broaden": true, "resume": true, "bolster": true,
}

// noneOf reports whether the noun phrase text begins with "no" ("no
// relations", "no deal").
func noneOf(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	return len(f) > 0 && f[0] == "no"
}

// withNominal reports whether w is an event noun of nominals that two
// actors do together, its relation ending in with ("talks", "disputes", "a
// meeting"), which "have" may take as its object. "Had an interview with"
// says not who asked. A call is had with someone too ("had a phone call
// with Tom Wu", "held calls with Norway"), though it is made to him.
func withNominal(w string) bool {
	return strings.HasSuffix(nominals.at(w).lemma, "_with") || w == "call" || w == "calls"
}

// draftVerbs draw up, found or put forward something that partners
// named with the subject ("Ann Lee, along with Tom Wu, introduced a
// bill") make together.
var draftVerbs = map[string]bool{
	"introduce": true, "sponsor": true, "co-sponsor": true, "propose": true, "draft": true, "write": true,
	"author": true, "file": true, "launch": true, "found": true, "establish": true, "form": true,
	"create": true, "organise": true, "organize": true, "submit": true, "table": true, "develop": true,
	"design": true, "produce": true, "unveil": true, "publish": true, "co-author": true, "co-found": true,
}

// paymentVerbs move money or goods to the actor of their to-phrase, as
// [supplyVerbs] do: "owed $800,000 to the Tax Agency", "donated $5,000
// to the Green Party".
var paymentVerbs = map[string]bool{
	"pay": true, "owe": true, "donate": true, "sell": true, "transfer": true, "loan": true, "wire": true,
	"contribute": true, "deliver": true,
}

// projectileVerbs send something at a target: their at-, into- or
// on-argument names the actor aimed at ("fired missiles at Israel",
// "launched rockets into Israel").
var projectileVerbs = map[string]bool{
	"fire": true, "shoot": true, "launch": true, "aim": true, "lob": true, "hurl": true, "throw": true,
	"direct": true, "point": true, "drop": true, "rain": true, "fling": true,
}

// eventSite reports whether x is a passive participle with "by" (in its
// relation or an extra argument) set off after the place where an event
// happened ("The debate took place in Oslo, moderated by Ann Lee", "was
// held in Bergen, hosted by Tom Wu"): the participle's phrase tells of the
// event, not of its place, which the extractor makes x's subject.
func eventSite(s nlp.Sentence, x schema.Extraction) bool {
	if _, by := passiveBy(x); !by && !slices.ContainsFunc(x.Extra, func(a schema.Argument) bool {
		return strings.HasPrefix(strings.ToLower(a.Text), "by ")
	}) {
		return false
	}
	return siteBefore(s, x.Subject)
}

// siteBefore reports whether a is the place after "took place in", "was
// held in", "happened at" and the like, set off by a comma before a past
// participle (tagged VBN or VBD).
func siteBefore(s nlp.Sentence, a schema.Argument) bool {
	b, e := argTokens(s, a)
	toks := s.Tokens
	if b < 2 || e+1 >= len(toks) || toks[e].Text != "," || toks[e+1].Tag != "VBN" && toks[e+1].Tag != "VBD" {
		return false
	}
	if p := toks[b-1].Lower(); p != "in" && p != "at" {
		return false
	}
	switch toks[b-2].Lower() {
	case "place", "held", "happened", "occurred", "staged":
		return true
	}
	return false
}

// senseVerbs perceive or think: a place after them and "in" or "at" is
// where the thing sensed is ("the brokenness we see in Washington"), or a
// misread clause ("I think in Bangalore they did"), no end of an act.
var senseVerbs = map[string]bool{
	"see": true, "think": true, "believe": true, "know": true, "hear": true, "notice": true, "feel": true,
	"guess": true, "imagine": true, "wonder": true, "suppose": true,
}

// sensedPlace reports whether lemma is a verb of [senseVerbs] with "in"
// or "at" ("see_in"), or one of thought with "about" or "of": what one
// thinks or worries about is no end of an act ("I think of Tom Wu every
// day", "just thinking about Neandertals").
func sensedPlace(lemma string) bool {
	verb, prep, _ := strings.Cut(lemma, "_")
	switch prep {
	case "in", "at":
		return senseVerbs[verb]
	case "about", "of":
		return verb == "think" || verb == "wonder" || verb == "worry" || verb == "dream"
	}
	return false
}

// frontedAbove reports whether a, a phrase before the subject subj,
// stands before a verb of another clause that subj's clause is part of
// ("With Wikinews, Tom Wu discussed why the party has attained ballot
// access": the party's clause is an object of discussed): the fronted
// phrase is that verb's, not the later clause's.
func frontedAbove(s nlp.Sentence, a, subj schema.Argument) bool {
	if subj.Text == "" || a.End > subj.Start {
		return false
	}
	for _, t := range s.Tokens {
		if t.Start >= a.End && t.End <= subj.Start && (strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD") {
			return true
		}
	}
	return false
}

// exitVerbs leave or undo an act done together that their object names
// ("withdrew from the deal with Sweden", "pulled out of the agreement
// with", "scrapped its pact with").
var exitVerbs = map[string]bool{
	"withdraw": true, "pull": true, "quit": true, "leave": true, "exit": true, "abandon": true, "scrap": true,
	"renounce": true, "abrogate": true,
}

// mediateVerbs bring about an act that two sides do together: "Norway
// mediated talks between Colombia and the rebels", "brokered a deal
// between".
var mediateVerbs = map[string]bool{"mediate": true, "broker": true, "facilitate": true}

// truceNouns are agreements to stop fighting, which [nominals] do not list.
var truceNouns = map[string]bool{"ceasefire": true, "cease-fire": true, "truce": true, "armistice": true}

// mediatedBetween adds subj —mediate_between→ each actor listed in a,
// the between-phrase of x, whose verb mediates what its object names
// ("Norway brokered a truce between Colombia and Peru"); the sides' act
// with each other is [docState.betweenNominals]'.
func (d *docState) mediatedBetween(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity, a schema.Argument) {
	if x.Negated || x.Attribution != "" || !strings.HasPrefix(strings.ToLower(a.Text), "between ") {
		return
	}
	a.Text, a.Start = a.Text[len("between "):], a.Start+len("between ")
	for _, m := range d.listedIn(si, s, a) {
		if m.ent != nil && m.ent != subj && actorEntity(m.ent) {
			d.derive(si, x.Subject, x.Relation+" between", "mediate_between", subj, m.ent, "", x.Confidence*placeArgConf)
		}
	}
}

// namingVerbs take an object and its complement ("called the deal a win",
// "branded the move a provocation").
var namingVerbs = map[string]bool{
	"call": true, "name": true, "label": true, "brand": true, "dub": true, "deem": true, "declare": true,
	"consider": true, "term": true,
}

// prepositionalActor adds subj —VERB_PREP→ actor for the first extra
// argument of x introduced by one of actorPreps that names an actor, when
// x's object is a short noun phrase ("scored a third goal for Belgium"), not
// a clause or a long phrase.
func (d *docState) prepositionalActor(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if x.Lemma == "be" {
		d.recipientFrom(si, s, x, subj)
		return
	}
	if _, by := passiveBy(x); by {
		return // "Madrid is represented by Spain's envoy for Europe": the subject underwent the act
	}
	// "worked as an engineer for Halvik Motors": the post's body is the
	// role's ([appointedRole]), no other end of the verb.
	post := postLemmas[x.Lemma] && appointedRole(s, x) != ""
	if verb == "make" && withNominal(lastWord(x.Object.Text)) {
		// "made a deal with Latvia": the act done with the actor.
	} else if verb == "" || verb == "be" || verb == "have" && !tieNouns[lastWord(x.Object.Text)] && !withNominal(lastWord(x.Object.Text)) || verb == "say" || verb == "make" || verb == "put" {
		return
	}
	given := x.Attribution != "" && (supplyVerbs[verb] || paymentVerbs[verb])
	if x.Attribution != "" && !projectileVerbs[verb] && !(withVerbs[verb] && withNominal(lastWord(x.Object.Text))) && !given {
		// A reported act's other phrases are left out, but not the
		// target of a reported firing ("KCNA said the South fired 36
		// shells at KPA posts"), the partner of a reported act done
		// together ("the paper said Ann Lee had disputes with Tom Wu"),
		// nor the one a reported gift or payment went to ("said he owed
		// $800,000 to the Tax Agency": its to-phrase only).
		return
	}
	if obj, rest, ok := scoreThenActor(s, x.Object); ok {
		// "lost 2-0 to Norway" read as one object: the score, then the
		// opponent after its preposition.
		x.Object, x.Extra = obj, append([]schema.Argument{rest}, x.Extra...)
	}
	for i, a := range x.Extra {
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if win := winWith(x, i); win != "" && (prep == "over" || prep == "against") {
			// "retained the title with a 3-1 win over Sweden": the win is
			// the subject's, over the actor after over.
			if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) {
				d.derive(si, x.Subject, win+" "+prep, "defeat", subj, o, "", x.Confidence*conf*placeArgConf)
			}
			return
		}
	}
	n, bare, head := 0, "", ""
	part := partitiveEnd(s.Tokens, x.Object)
	for k, t := range s.Tokens {
		if t.Start >= x.Object.Start && t.End <= x.Object.End && k >= part {
			if n++; n > 4 || strings.HasPrefix(t.Tag, "VB") || t.Tag == "IN" && !amountBound(s.Tokens, k) && !ofCompound(s.Tokens, k, x.Object.End) {
				return
			}
			bare, head = "", t.Lower()
			if n == 1 && (t.Tag == "NN" || t.Tag == "NNS") && lowerWord(t.Text) {
				bare = t.Lower()
			}
		}
	}
	// "resigned from his post in the party", "quit her job at the bank":
	// the body a post is held in is the one left.
	leftPost := (x.Lemma == verb+"_from" || verb == "quit" || verb == "leave") && leavingVerbs[verb] && postNouns[head]
	if n == 0 {
		return
	}
	for i, a := range x.Extra {
		if i > 0 && namingVerbs[verb] && x.Extra[i-1].Role == "" {
			// "called the verdict a victory for Illinois": the phrase
			// after the object's complement is the complement's.
			return
		}
		prep, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if r := strings.ToLower(a.Role); (actorPreps[r] || r == "from") && prep != r {
			prep = r // "gained a seat from the Labour Party": the relation holds the preposition
		}
		if actPatientPrep(verb, head, prep) {
			continue // "condemned Norwegian aggression against Finland": the act's patient
		}
		if prep == "between" && mediateVerbs[verb] && (withNominal(head) || truceNouns[head]) && a.Start <= x.Object.End+1 {
			d.mediatedBetween(si, s, x, subj, a)
			continue
		}
		if verb != "win" && verb != "lose" && ownedActPhrase(s, x, head, prep, a) && heldNoun(verb+"_"+head+"_"+prep) == "" && !(withVerbs[verb] && withNominal(head)) && !(legalVerbs[verb] && legalNouns[head]) {
			// "announced her engagement to Tom Wu": the noun's phrase,
			// whose act [docState.nominalFacts] reads; "lost her match
			// against Tom Wu" is the verb's too.
			continue
		}
		if plannedEvent(verb, prep) {
			continue // "planned a meeting with Jo Park": the planned event's partner
		}
		if frontedAbove(s, a, x.Subject) {
			continue // "With Wikinews, Tom Wu discussed why the party left Oslo": the fronted phrase is the main verb's
		}
		if i > 0 && gerundPhrase(s, x.Extra[i-1], a) {
			continue // "announced a deal over selling its stores to Tesco": the gerund's phrase
		}
		if f, _ := argTokens(s, a); f > 0 && prep == "to" && s.Tokens[f-1].Lower() == "belonging" {
			continue // "seized a car belonging to Tom Wu" (belonging read as a noun): the owner, no one seized
		}
		if given && prep != "to" {
			continue
		}
		if leftPost && (prep == "in" || prep == "at" || prep == "of") {
			if strings.HasPrefix(strings.ToLower(a.Text), prep+" ") {
				a.Text, a.Start = a.Text[len(prep)+1:], a.Start+len(prep)+1 // "his party", not "in his party"
			}
			if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) && !isPlace(o) {
				phrase := x.Relation + " " + prep
				lemma := verb // "quit her job at": quit the body
				if x.Lemma == verb+"_from" {
					lemma = x.Lemma // "resigned from his post in": resign_from the body
				}
				if f := d.derive(si, x.Subject, phrase, schema.StatedRelation(lemma), subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
					f.Class = schema.CanonicalRelation(lemma)
				}
			}
			return
		}
		if prep == "with" && (attitudeVerbs[verb] || describeVerbs[verb] || exitVerbs[verb]) && withNominal(head) && a.Start <= x.Object.End+1 {
			// "characterized the call with Zelensky as routine",
			// "praised the deal with Sweden": the act done together is
			// the object's; the stance is on it, with no one. "Withdrew
			// from the deal with Sweden": the deal is left, not made
			// with Sweden.
			continue
		}
		blamed := verb == "blame" && prep == "on" // "blamed the attack on Sweden": Sweden is blamed
		// "served in parliament under President Ann Lee": the one served
		under := prep == "under" && (verb == "serve" || verb == "work")
		// "claims sovereignty over Taiwan", "exercised control over
		// Norway": over names the actor held after a bare noun of rule.
		ruled := prep == "over" && powerNouns[bare]
		// "recorded a 3-1 win over Iceland": the win gained, over the side beaten
		gained := prep == "over" && resultNouns[head] == "defeat" && resultVerbs[verb]
		// "took a stake in Halvik Motors", "bought a 20 percent stake
		// in": the holder invested in the company.
		staked := (prep == "in" || strings.EqualFold(a.Role, "in")) && stakeVerbs[verb] && (head == "stake" || head == "stakes")
		if !actorPreps[prep] && (prep != "on" || bare == "") && prep != "from" && !(projectileVerbs[verb] && (prep == "at" || prep == "into" || prep == "on")) && !blamed && !under && !ruled && !gained && !staked {
			// "declared war on Germany", "imposed sanctions on Iran": on
			// names the actor only after a bare noun; "hosted a show on
			// SiriusXM" names a channel or a place.
			continue
		}
		if absolute(s, a) || post && (prep == "for" || prep == "in" || prep == "at") || prep == "for" && officeSought(s, a) {
			// "dropped his bid for president of the United States",
			// "ran for governor of Texas": an office, no actor served.
			// "with Ann Lee scoring twice": a clause of its own.
			continue
		}
		if _, e := argTokens(s, a); prep == "for" && e > 0 && infinitiveAt(s.Tokens, e) > 0 {
			// "signed a deal for Brighton to host the conference": the
			// actor is the infinitive's subject, not the one served;
			// "repeated calls for the mayor to apologise" called on him,
			// as "Sweden's call for Norway to withdraw" ([clauseNouns]).
			if lemma := clauseNouns[head]; lemma != "" && lemma != "accuse" {
				if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) {
					d.derive(si, x.Subject, x.Relation+" for", lemma, subj, o, "", x.Confidence*conf*placeArgConf)
				}
			}
			continue
		}
		if f, _ := argTokens(s, a); f > 1 && verb != "take" && verb != "bring" && tripNouns[s.Tokens[f-1].Lower()] && s.Tokens[f-1].Start >= x.Object.End {
			continue // "discussed the plans during a trip to Moscow": the trip's destination ("took her on a trip to India" is [takenOnTrip]'s)
		}
		if _, e := argTokens(s, a); e > 0 && e < len(s.Tokens) && s.Tokens[e].Text == "and" && modifiesNoun(s, nameListEnd(s, e)) {
			continue // "sets out goals for its EU and G8 presidencies": the noun's, cut by the list
		}
		o, conf, _ := d.argument(si, s, a)
		if o == nil && projectileVerbs[verb] && (prep == "at" || prep == "into") {
			o, conf = d.owner(si, s, a), placeArgConf // "fired 36 shells at KPA posts"
		}
		if o == nil || o == subj || medium(prep, o) {
			continue // "posted videos on YouTube": the medium, no actor
		}
		if (prep == "at" || prep == "into") && o.typ == schema.Location {
			continue // "fired a missile into the Sea of Japan": a sea is no target
		}
		if prep == "from" && (!fromVerbs[verb] || isPlace(o) && !((tradeVerbs[verb] || askVerbs[verb] || verb == "withhold") && d.r.country(o)) || a.Start < x.Object.End) {
			// "From Mérida it is easy to take trips": a fronted from
			// names where, not whom.
			continue
		}
		phrase := x.Relation
		if !strings.HasSuffix(strings.ToLower(phrase), " "+prep) {
			phrase += " " + prep
		}
		event := head
		if head == "part" && i > 0 && x.Extra[i-1].Role == "in" {
			event = lastWord(x.Extra[i-1].Text) // "took part in a debate against Ann Lee"
		}
		if lemma := debateNouns[event]; lemma != "" && (prep == "against" || prep == "with") {
			// "participated in the first presidential debate against
			// rival Ann Lee": the act of the contest, with its opponent.
			d.derive(si, x.Subject, phrase, lemma+"_"+prep, subj, o, "", x.Confidence*conf*placeArgConf)
			continue
		}
		if lemma, ok := resultNouns[head]; ok && (prep == "against" || prep == "over" || prep == "to" || prep == "with") {
			// "were criticised for the 0-0 draw against Sweden",
			// "secured a victory over Sweden": the opponent is the
			// result's, not the verb's; the subject had the result,
			// unless another's possessive names it ("praised Sweden's
			// win over Norway").
			if !strings.Contains(x.Object.Text, "'") {
				d.derive(si, x.Subject, phrase, lemma, subj, o, "", x.Confidence*conf*placeArgConf)
			}
			continue
		}
		if partySeat(verb, prep, o) {
			// "For the Green camp, Ann Lee was elected", "stood for the
			// Labour Party": a candidate of the party.
			d.derive(si, x.Subject, phrase, schema.MemberOf, subj, o, "", x.Confidence*conf*placeArgConf)
			return
		}
		lemma := verb + "_" + prep
		if blamed {
			lemma = verb
		} else if staked {
			lemma = "invest_in"
		} else if l := heldNoun(verb + "_" + head + "_" + prep); l != "" {
			// "did not pay a lot of attention to Tom Wu": the act of the
			// light verb's noun, as "paid little attention to" is read
			lemma = l
		}
		if v, p, ok := strings.Cut(x.Lemma, "_"); ok && p != "in" && passiveParticles[p] {
			lemma = v + "_" + p + "_" + prep // "turned over the files to Sweden": turn_over_to, not turn_to
		}
		if roleNoun(head) && bare == "" {
			switch {
			case prep == "to" && envoyNoun(head) && verb != "send" && verb != "dispatch":
				continue // "met the Russian ambassador to Norway": the envoy's post, not whom met
			case prep == "for" || prep == "of":
				// "met the spokesman for the Green Party": the official
				// stands for the body met.
				lemma = x.Lemma
			}
		}
		if legalVerbs[verb] && legalNouns[head] && bare == "" {
			if l := heldNoun(verb + "_" + head + "_" + prep); l != "" {
				// "brought a lawsuit against Globex": sue
				if f := d.derive(si, x.Subject, phrase, schema.StatedRelation(l), subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
					f.Class = schema.CanonicalRelation(l)
					return
				}
			}
		}
		if (verb == "have" || verb == "maintain") && tieNouns[head] {
			// "had close ties to the Hells Angels", "maintains diplomatic
			// relations with Chile": the tie is the relation; "has no
			// relations with" denies it.
			if noneOf(x.Object.Text) {
				return
			}
			lemma = "have_" + head + "_" + prep
		} else if withVerbs[verb] && withNominal(head) {
			// "had disputes with the Bush administration": the act of
			// the noun done with the actor; "made no deal with" none.
			if noneOf(x.Object.Text) {
				return
			}
			if prep != "with" {
				continue
			}
			lemma = nominals.at(head).lemma
		} else if verb == "have" {
			lemma = "have_" + head + "_" + prep
		} else if v, ok := strings.CutSuffix(x.Lemma, "_in"); ok && mannerNouns[bare] {
			// "was married in turn to A, B and C", "worked in tandem
			// with Sweden": the phrase says how, and the act reaches
			// each member of the list after the preposition.
			lemma = v + "_" + prep
			if rest, ok := phraseAfter(a, prep); ok {
				for _, e := range d.listedEnts(si, s, rest, o) {
					if e == subj {
						continue
					}
					if f := d.derive(si, x.Subject, phrase, schema.StatedRelation(lemma), subj, e, "", x.Confidence*conf*placeArgConf); f != nil {
						f.Class = schema.CanonicalRelation(lemma)
					}
				}
				return
			}
		} else if bare != "" {
			// "declared war on", "fell in love with", "made contact
			// with": the bare noun is part of the relation.
			lemma = x.Lemma + "_" + bare + "_" + prep
			if l := heldNoun(lemma); l != "" {
				lemma = l // "carried out raids on": raid
			}
			if l := stanceAdjunctLemma(lemma); l != "" {
				lemma = l // "voted in opposition to": oppose
			}
		}
		if f := d.derive(si, x.Subject, phrase, schema.StatedRelation(lemma), subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
			f.Class = schema.CanonicalRelation(lemma)
		}
		if under && i+1 < len(x.Extra) && strings.EqualFold(x.Extra[i+1].Role, "under") {
			continue // "first under Ann Lee and later under Tom Wu": each one served
		}
		if ruled {
			continue // "ceded sovereignty over Narvik to Finland": the one it went to too
		}
		return
	}
}

// staffFor: "served as campaign manager for Ann Lee", "worked as a
// spokesman for Tom Wu", "served as an adviser to Ann Lee": a verb of
// holding a post ([postLemmas]) whose object ends in a person's staff noun
// ([staffNounsOfPerson], "campaign manager", "chief of staff") and whose
// for-phrase (to-phrase for an adviser, [adviserNouns]) names a person
// makes subj that person's staff, as "Ann Lee's campaign manager" does
// ([personStaff]). It reports whether it derived the fact.
func (d *docState) staffFor(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) bool {
	if subj.typ != schema.Person || x.Attribution != "" || !postLemmas[x.Lemma] {
		return false
	}
	first, last := argTokens(s, x.Object)
	if first < 0 || last-first > 5 {
		return false
	}
	toks := s.Tokens[first:last]
	n := len(toks)
	noun := toks[n-1].Lower()
	adviser := adviserNouns[noun] || n >= 3 && chiefOfStaff(toks, n-3)
	if !staffNounsOfPerson[noun] && !adviser && !(n >= 2 && toks[n-2].Lower() == "campaign" && noun == "manager") {
		return false
	}
	for _, t := range toks {
		if isCap(t.Text) {
			return false // "served as Press Secretary": a title, read elsewhere
		}
	}
	for _, a := range x.Extra {
		if a.Start < x.Object.End {
			continue
		}
		p, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
		if p != "for" && (p != "to" || !adviser) {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && o.typ == schema.Person {
			d.derive(si, x.Subject, x.Relation+" "+p, schema.WorkFor, subj, o, "", x.Confidence*conf*placeArgConf)
			return true
		}
	}
	return false
}

// servedUnder adds subj —serve_under→ actor (or work_under) for each
// under-phrase naming an actor of a verb of serving or working whose
// object is an actor: "served in the Bundestag, first under Ann Lee and
// later under Tom Wu". [docState.prepositionalActor] reads the phrases
// when the object is no actor.
func (d *docState) servedUnder(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if verb != "serve" && verb != "work" || x.Attribution != "" {
		return
	}
	for _, a := range x.Extra {
		if !strings.EqualFold(a.Role, "under") && !strings.HasPrefix(strings.ToLower(a.Text), "under ") {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && o.typ == schema.Person {
			if f := d.derive(si, x.Subject, x.Relation+" under", verb+"_under", subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(verb + "_under")
			}
		}
	}
}

// backingVerbs are the verbs of taking an actor's side.
var backingVerbs = map[string]bool{"support": true, "back": true, "aid": true, "assist": true, "help": true, "arm": true, "defend": true}

// backedAgainst adds subj —oppose→ actor for a verb of taking a side
// ([backingVerbs]) whose object is an actor and whose against-phrase names
// another: "Germany backed Ukraine against Russia", "started supporting
// the government against the rebels". The side backed is the object's;
// the one it is backed against is opposed.
func (d *docState) backedAgainst(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !backingVerbs[verb] || x.Attribution != "" {
		return
	}
	if _, passive := passiveVerb(x); passive {
		return // "Ukraine was backed by Germany against Russia": the agent's, read elsewhere
	}
	for _, a := range x.Extra {
		if !strings.EqualFold(a.Role, "against") && !strings.HasPrefix(strings.ToLower(a.Text), "against ") {
			continue
		}
		if a.Start < x.Object.End {
			continue // a fronted phrase
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) && !isPlace(o) || o != nil && o != subj && d.r.country(o) {
			if f := d.derive(si, x.Subject, x.Relation+" against", schema.StatedRelation("oppose"), subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation("oppose")
			}
		}
		return
	}
}

// recipientFrom adds subj —receive_from→ actor for a copula x whose
// object is "a recipient of" something and whose from-argument names an
// actor: "The museum is a recipient of a grant from the Nordic
// Institute", "which were recipients of donated items from the
// foundation". It is the active "received a grant from" ([fromVerbs]).
func (d *docState) recipientFrom(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	w := strings.Fields(strings.ToLower(x.Object.Text))
	if len(w) > 0 && (w[0] == "a" || w[0] == "an" || w[0] == "the" || w[0] == "also") {
		w = w[1:]
	}
	if x.Negated || x.Attribution != "" || len(w) < 2 || w[0] != "recipient" && w[0] != "recipients" || w[1] != "of" {
		return
	}
	for _, a := range x.Extra {
		if strings.ToLower(a.Role) != "from" && !strings.HasPrefix(strings.ToLower(a.Text), "from ") {
			continue
		}
		if o, conf, _ := d.argument(si, s, a); o != nil && o != subj && actorEntity(o) && !isPlace(o) {
			if f := d.derive(si, x.Subject, x.Relation, schema.StatedRelation("receive_from"), subj, o, "", x.Confidence*conf*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation("receive_from")
			}
		}
		return
	}
}

// speakerChamber returns the chamber whose chair the title "Speaker"
// ([speakerAt]) at token k of sentence si names, before token last: the
// legislature named after "of" ("Speaker of the Ohio House of
// Representatives"), or, after a bare chamber's word ("Speaker of the
// House") or with no "of", the one chamber the document names or the
// report's state has ([docState.seatChamber]). It returns nil for another
// title, a body that is no legislature ("Speaker of the Youth Council"),
// or a document that names chambers of two kinds.
func (d *docState) speakerChamber(si int, s nlp.Sentence, k, last int) *docEntity {
	toks := s.Tokens
	if k >= last || !speakerAt(toks, k) {
		return nil
	}
	if k+1 < last && toks[k+1].Text == "of" {
		j := k + 2
		if j < last && toks[j].Lower() == "the" {
			j++
		}
		for _, m := range d.sents[si] {
			if m.start == j && m.ent != nil && named(m) {
				if legislature(m.ent) {
					return m.ent
				}
				return nil
			}
		}
		if j >= last || !chamberWords[toks[j].Text] {
			return nil
		}
	}
	named := 0
	for _, c := range chambers["speaker"] {
		named += len(d.chambersNamed(c))
	}
	if named > 1 {
		return nil // "the House of Commons" and "the Scottish Parliament": whose is unknown
	}
	return d.seatChamber("Speaker", d.usSeat(d.homeState()))
}

// copulaSpeaker returns the token of "Speaker" in the object toks[first:last]
// of a copula ("is the Speaker of the House", "the former Democratic
// Speaker"), after "the" and at most two adjectives, or -1.
func copulaSpeaker(s nlp.Sentence, x schema.Extraction, first, last int) int {
	if x.Lemma != "be" || x.Negated {
		return -1
	}
	toks := s.Tokens
	k := first
	if k < last && toks[k].Lower() == "the" {
		k++
	}
	for n := 0; n < 2 && k < last && toks[k].Text != "Speaker" && (toks[k].Tag == "JJ" || toks[k].Tag == "NNP"); n++ {
		k++
	}
	if k < last && speakerAt(toks, k) {
		return k
	}
	return -1
}

// speakerTitle is the title of a house's chair, which [docState.hold]
// records for the holder.
var speakerTitle = &title{name: "Speaker", lead: true}

// chamberWords are a chamber's short names: "Speaker of the House".
var chamberWords = map[string]bool{"House": true, "Commons": true, "Parliament": true, "Assembly": true}

// postObject returns the token after "the post of", "the office of" or
// the like ([postNouns]) that opens an object at token first ("held the
// post of Speaker"), or first.
func postObject(toks []nlp.Token, first int) int {
	k := first
	if k < len(toks) && toks[k].Lower() == "the" {
		k++
	}
	if k+1 < len(toks) && postNouns[toks[k].Lower()] && toks[k+1].Text == "of" {
		return k + 2
	}
	return first
}

// heldVerb reports whether x takes, holds or takes back the post its
// object names: "held the post of", "resumed the office of".
func heldVerb(x schema.Extraction) bool {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	return heldLemmas[verb] && !x.Negated
}

// heldLemmas are the verbs of [heldVerb].
var heldLemmas = map[string]bool{
	"hold": true, "take": true, "assume": true, "occupy": true, "fill": true, "resume": true, "regain": true,
	"retain": true, "keep": true, "reclaim": true,
}

// joinedPost: "has served as mayor of Austin and governor of Texas", "was
// mayor of Oslo and later governor of Viken": a second post that "and" and
// lower-case role nouns join to the post of the body first, named by
// token last, is held by the same holder in the body or place named after its
// "of", "at" or "for". A place's head leads it and its other officials
// work for it, as in [personAppositionOfOrg].
func (d *docState) joinedPost(si int, s nlp.Sentence, subj schema.Argument, holder, first *docEntity, last int, conf float64) {
	toks := s.Tokens
	var prev *mention
	for _, m := range d.sents[si] {
		if m.ent == first && m.end <= last && !m.adj {
			prev = m
		}
	}
	if prev == nil {
		return
	}
	last = len(toks) // the extractor may end the object before "and"
	k := prev.end
	for _, m := range d.sents[si] {
		if k+1 < last && toks[k].Text == "," && m.start == k+1 && m.ent != nil && isPlace(m.ent) && isPlace(first) {
			k = m.end // "mayor of Austin, Texas, and governor of Texas"
			if k < last && toks[k].Text == "," {
				k++
			}
		}
	}
	if k >= last || toks[k].Text != "and" {
		return
	}
	var words []string
	j := k + 1
	for ; j < last && len(words) < 5; j++ {
		w := toks[j].Lower()
		if w == "of" || w == "at" || w == "for" {
			break
		}
		if isCap(toks[j].Text) || !strings.HasPrefix(toks[j].Tag, "NN") && !strings.HasPrefix(toks[j].Tag, "JJ") && !strings.HasPrefix(toks[j].Tag, "RB") && toks[j].Tag != "DT" {
			return
		}
		if toks[j].Tag != "DT" && !strings.HasPrefix(toks[j].Tag, "RB") {
			words = append(words, w)
		}
	}
	if len(words) == 0 || j+1 >= last {
		return
	}
	b := j + 1
	if strings.EqualFold(toks[b].Text, "the") {
		b++
	}
	for _, m := range d.sents[si] {
		if m.start != b || m.ent == nil || !named(m) || m.adj || m.possessive || m.ent == holder || m.ent == first {
			continue
		}
		lemma := appositionLemma(words)
		switch {
		case m.ent.typ == schema.GPE && lemma == schema.Lead && !localHeads[words[len(words)-1]] && !headOfGovernment(words, len(words)-1) && !d.r.country(m.ent):
			lemma = schema.WorkFor // "and police chief of Oslo"
		case m.ent.typ == schema.GPE && lemma != schema.Lead && lemma != schema.WorkFor:
			return // "and a student of Norway"
		case m.ent.typ != schema.GPE && m.ent.typ != schema.Organization:
			return
		}
		if lemma != "" {
			d.derive(si, subj, joinText(toks[k:b]), lemma, holder, m.ent, "", conf)
		}
		return
	}
}

// possessedUnit: "Colonel Tom Wu of the army's Northern Command said": a
// person of a body's or a state's possessive and the named unit after it
// is of the unit ([personOfOrg]), as staff when a title names a rank or a
// post (work_for), and the unit is part of a body that possesses it.
func (d *docState) possessedUnit(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i := 0; i+2 < len(ms); i++ {
		p, o, c := ms[i], ms[i+1], ms[i+2]
		if !named(p) || p.ent == nil || p.ent.typ != schema.Person || o.ent == nil || c.ent == nil || !named(c) || c.ent.typ != schema.Organization ||
			o.ent == c.ent || o.ent.typ == schema.Person || o.end >= len(toks) || toks[o.end].Tag != "POS" || c.start != o.end+1 {
			continue
		}
		w := lowerWords(toks[p.end:o.start])
		if len(w) == 2 && w[1] == "the" {
			w = w[:1]
		}
		if len(w) != 1 || w[0] != "of" {
			continue
		}
		lemma := affiliation(c.ent)
		if len(p.titles) > 0 && !p.titles[len(p.titles)-1].lead {
			lemma = schema.WorkFor // "Colonel Tom Wu", "spokesman Tom Wu"
		}
		d.derive(si, argOf(s, p), joinText(toks[p.end:c.start]), lemma, p.ent, c.ent, "", roleConf)
		if o.ent.typ == schema.Organization || o.ent.typ == schema.Group {
			// A state's possessive places a body or makes it the
			// state's ([docState.mentionFacts]).
			d.derive(si, argOf(s, c), joinText(toks[o.start:c.start]), schema.PartOf, c.ent, o.ent, "", partOfConf)
		}
	}
}

// personsBody: "he recorded with Ann Lee's Halvik Sound Ltd.", "Tom
// Wu's Halvik Motors announced": a named body right after a person's
// possessive, and no noun after it, is the person's own: a firm the
// person heads, when its name ends as a firm's does, or else a band or a
// club the person belongs to.
// A party is read by [docState.ownParty]; a public body ("Trump's Justice
// Department") or a body the gazetteer knows ("Trump's Twitter") is no
// one's own.
func (d *docState) personsBody(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i := 0; i+1 < len(ms); i++ {
		p, c := ms[i], ms[i+1]
		if !named(p) || p.ent == nil || p.ent.typ != schema.Person || p.end >= len(toks) || toks[p.end].Tag != "POS" || c.start != p.end+1 ||
			!named(c) || c.ent == nil || c.ent.typ != schema.Organization || c.ent.gaz != nil || c.ent == p.ent {
			continue
		}
		if c.end < len(toks) && (strings.HasPrefix(toks[c.end].Tag, "NN") || toks[c.end].Tag == "POS") {
			continue // "Tom Wu's Halvik Motors shares": the shares are his
		}
		f := strings.Fields(strings.ToLower(c.ent.name))
		if politicalName(f) || slices.ContainsFunc(f, func(w string) bool { return publicHeads[w] || w == "campaign" || w == "house" || w == "cabinet" }) {
			continue
		}
		lemma := schema.MemberOf
		if last := toks[c.end-1].Text; companyHeads[last] || corporateSuffixes[last] || firmHeads[last] {
			lemma = schema.Lead
		}
		d.derive(si, argOf(s, p), joinText(toks[p.end:c.end]), lemma, p.ent, c.ent, "", roleConf)
	}
}

// firmHeads end the names of firms (besides [companyHeads] and the
// corporate suffixes).
var firmHeads = map[string]bool{
	"Company": true, "Corporation": true, "Motors": true, "Airlines": true, "Group": true, "Holdings": true,
	"Industries": true, "Enterprises": true, "Media": true, "Records": true, "Entertainment": true,
	"Studios": true, "Productions": true, "Foods": true, "Technologies": true,
}

// becomeLemmas put their subject in what their object names, as "be"
// does: "became", "remained", "emerged as".
var becomeLemmas = map[string]bool{"become": true, "remain": true, "emerge_as": true, "stay": true, "turn_into": true}

// officeSought reports whether the phrase a, "for" and its object, names
// an office by a role noun before "of" or alone ("for president of the
// United States", "for governor", "for the post of mayor"), not the actor
// served.
func officeSought(s nlp.Sentence, a schema.Argument) bool {
	first, last := argTokens(s, a)
	if first < 0 {
		return false
	}
	k := first
	if strings.EqualFold(s.Tokens[k].Text, "for") {
		k++
	}
	k = postObject(s.Tokens, k) // "for the post of mayor"; not "for the president", a person
	if k >= last {
		return false
	}
	w := s.Tokens[k].Lower()
	return (leadNouns[w] || len(chambers[w]) > 0) && (k+1 == last || s.Tokens[k+1].Text == "of")
}

// leavingVerbs give up a post; postNouns name one.
var (
	leavingVerbs = map[string]bool{"resign": true, "quit": true, "step": true, "retire": true, "leave": true}
	postNouns    = map[string]bool{
		"post": true, "position": true, "leadership": true, "role": true, "job": true, "seat": true, "office": true,
		"chairmanship": true, "presidency": true, "membership": true, "place": true, "posts": true, "positions": true,
	}
)

// absolute reports whether the prepositional argument a is an absolute
// clause, a noun and a participle ("with Ann Lee scoring twice"), whose noun
// is the participle's subject, not the verb's other end.
func absolute(s nlp.Sentence, a schema.Argument) bool {
	for i, t := range s.Tokens {
		if t.Start >= a.Start && t.End <= a.End && t.Tag == "VBG" {
			return true
		}
		if t.End == a.End && a.End > a.Start && i+1 < len(s.Tokens) && s.Tokens[i+1].Tag == "VBG" {
			return true // the participle right after the argument's noun
		}
	}
	return false
}

// copulaRole returns the organisation or state and the role relation that a
// copula's object gives its person subject ("is a USI art major", "was the
// Museum of Flight CEO", "is an Ottawa New Democrat MP"): the object ends
// with a role noun and names the holder before it. It returns nil when x
// is no such copula.
func (d *docState) copulaRole(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) (*docEntity, string) {
	if x.Lemma != "be" || subj == nil || x.Negated || x.Object.End <= x.Object.Start {
		return nil, ""
	}
	last, former := -1, false
	for i, t := range s.Tokens {
		if t.Start >= x.Object.Start && t.End <= x.Object.End {
			last, former = i, former || formerWord(t.Lower())
		}
	}
	if last < 0 {
		return nil, ""
	}
	for k := last - 1; k > 1 && k >= last-6; k-- {
		if s.Tokens[k].Text == "of" {
			if chairField(s.Tokens, k+1, last+1) {
				last = k - 1 // "is Halvik University's Professor of Chemistry": the chair, not its field
			}
			break
		}
	}
	if o, lemma := d.relationalObject(si, s, x, subj, last); o != nil {
		return o, lemma // "Airbus is Boeing's main rival", "Airbus, Boeing's rival,"
	}
	if subj.typ == schema.GPE || subj.typ == schema.Organization {
		// "Iceland is a former NATO member" has left it; "a former NATO
		// ally" is none.
		if o, lemma := d.memberOfModifier(si, s, x, subj, last); o != nil && pastRole(lemma, former) != "" {
			return o, pastRole(lemma, former)
		}
		return nil, ""
	}
	if subj.typ != schema.Person {
		return nil, ""
	}
	lemma := roleLemma([]string{s.Tokens[last].Lower()})
	if lemma == schema.Lead && last > 0 && deputyWords[s.Tokens[last-1].Lower()] {
		lemma = schema.WorkFor // "is Norway's vice president": the head's deputy
	}
	tie := placeTies[s.Tokens[last].Lower()] // "an Ohio resident", "a Bergen native"
	if lemma == "" && tie == "" {
		return nil, ""
	}
	if last > 0 && !isCap(s.Tokens[last-1].Text) && appositionLemma(lowerWords(s.Tokens[last-1:last+1])) == schema.Lead {
		lemma = schema.Lead // "the Norland Steel chief executive"
	}
	for k := max(0, last-2); k < last; k++ {
		// "New Zealand's Prime Minister": a title that leads.
		if t := d.r.title(spanText(s, k, last+1)); t != nil && t.lead && (k == 0 || !deputyWords[s.Tokens[k-1].Lower()]) {
			lemma = schema.Lead
		}
	}
	deputy := last > 0 && (lemma == schema.Lead || lemma == schema.WorkFor) && deputyWords[s.Tokens[last-1].Lower()] && isCap(s.Tokens[last].Text)
	if deputy {
		lemma = schema.WorkFor // "is the US Vice President": the head's deputy
	}
	var holder *mention
	for _, m := range d.sents[si] {
		if m.ent == nil || m.end > last || s.Tokens[m.start].Start < x.Object.Start || m == holder || d.r.based(s, m) {
			continue // "is an Oslo-based lawyer": the compound employs no one
		}
		if (m.ent.typ == schema.Organization || m.ent.typ == schema.GPE) && (holder == nil || m.end-m.start > holder.end-holder.start) {
			holder = m
		}
	}
	groupOf := false // "the Republican Senate Majority Leader": a party's group in a chamber
	if holder != nil && holder.adj && partyEntity(holder.ent) && lemma == schema.Lead {
		for _, m := range d.sents[si] {
			if m.start == holder.end && m.end <= last && m.ent != nil && m.ent.typ == schema.Organization && !partyEntity(m.ent) && !m.adj {
				holder, groupOf = m, true
			}
		}
	}
	if holder == nil || holder.ent == subj || ownedBetween(s, holder, last) {
		return nil, ""
	}
	part := lemma == schema.Lead && d.partBesideParty(si, s, holder.end, d.r.titleStart(s, holder.end, last))
	if part {
		lemma = schema.WorkFor // "the Boeing sales director", "the British army chief"
		if holder.adj && partyEntity(holder.ent) {
			lemma = schema.MemberOf // "the Democratic committee chairman": a party's legislator on a panel
		}
	}
	lemma = rankRole(lemma, s.Tokens[last].Lower(), holder.ent)         // "a Hamas commander"
	lemma = d.groupRole(lemma, holder.ent, s.Tokens[holder.end:last+1]) // "the Senate minority leader"
	if groupOf && lemma == schema.Lead {
		lemma = schema.MemberOf // "the Republican Senate leader" leads the party's senators
	}
	if r := partyMember(lemma, holder.ent, s.Tokens[last].Text); r != lemma {
		// "is a Republican Representative"; "the Democratic challenger
		// former Vice President": the party's member, still one when the
		// office was held before.
		lemma, former = r, former && !partyEntity(holder.ent)
	}
	if holder.ent.typ == schema.GPE && (residentNouns[s.Tokens[last].Lower()] || lemma == schema.MemberOf && sportPlayer(lowerWords(s.Tokens[holder.end:last+1]))) {
		lemma = schema.From // "a Texas student", "a United States basketball player"
	}
	if lemma == schema.WorkFor && holder.ent.typ == schema.GPE && !holder.adj && !holder.possessive && !deputy &&
		tradeNouns[s.Tokens[last].Text] && !actorWithin(d.sents[si], holder.end, last) {
		// "California lawyer Tom Wu", "a Washington lobbyist": a trade
		// plied in the place, as "a French writer" is from France; the
		// state's staff are named so too ("an Oslo police officer").
		lemma = schema.From
	}
	if tie != "" {
		if !isPlace(holder.ent) || holder.end != last {
			return nil, ""
		}
		lemma = tie
	}
	if seatNouns[s.Tokens[last].Lower()] && holder.ent.gaz != nil && holder.ent.gaz.in != "" {
		lemma = "represent" // "an Ohio senator": a state's seat, not its membership
	}
	if (lemma == schema.Lead || stateDeputy(spanText(s, holder.end, last+1))) && (holder.adj || oneWordParty(holder)) && partyEntity(holder.ent) && !partyHeadTitle(spanText(s, holder.end, last+1), s.Tokens[last].Text) {
		// "is the Republican governor", "the Democratic vice
		// president", "the Labour prime minister": the party's member, still one when the office
		// was held before ("a former Tory chancellor").
		lemma, former = schema.MemberOf, false
	}
	if legislatorOf(d, []*title{{name: s.Tokens[last].Text}}, holder.ent, s.Tokens[last:min(last+2, len(s.Tokens))]) && !nationalMember(s, holder.end, last) {
		// "is a US congressman": a member of the chamber the document
		// names, no staff of the state.
		if c := d.chamberOf(s.Tokens[last].Text); c != nil && c != subj {
			return c, schema.MemberOf
		}
		return holder.ent, ""
	}
	if holder.adj && holder.ent.typ == schema.GPE && !deputy && (lemma != schema.Lead || craftHeads[s.Tokens[last].Lower()]) &&
		!(lemma == schema.WorkFor && isCap(s.Tokens[last].Text)) {
		// "a French writer" is from France; "is U.S. Attorney", a
		// capitalised office of the state, works for it.
		// "a British film director"; "the British army chief" heads a
		// part of the state.
		if r := nationalityLemma(lowerWords(s.Tokens[holder.end : last+1])); !part || r != schema.Lead {
			lemma = r
		}
		if lemma == schema.MemberOf && nationalMember(s, holder.end, last) {
			lemma = schema.From // "is a French Green MEP"
		}
	}
	return holder.ent, pastRole(lemma, former) // "is a former Green Party member": leave
}

// restatedPost returns the body and the relation of the post that the
// extraction x restates of subj with a bare role noun after a copula
// ("Lee has been mayor since 1998", "Lee was the mayor"), when the
// document gave subj that post with a body before ([docState.heldAs]), or
// nil.
func (d *docState) restatedPost(s nlp.Sentence, x schema.Extraction, subj *docEntity) (*docEntity, string) {
	if subj == nil || subj.typ != schema.Person || x.Negated {
		return nil, ""
	}
	noun := ""
	words := strings.Fields(strings.ToLower(x.Relation))
	if slices.ContainsFunc(words, func(w string) bool { return futureModals[w] || w == "will" || w == "to" }) {
		return nil, "" // "will be mayor", "hopes to be mayor"
	}
	switch n := len(words); {
	case x.Lemma == "be" && x.Object.End > x.Object.Start:
		obj := strings.Fields(strings.ToLower(x.Object.Text))
		if len(obj) == 2 && obj[0] == "the" {
			obj = obj[1:] // "Lee was the mayor"
		}
		if len(obj) == 3 && obj[0] == "the" && holderRanks[obj[1]] {
			obj = obj[2:] // "Lee was the first mayor to resign": still the mayor
		}
		if len(obj) == 1 {
			noun = obj[0]
		}
	case x.Object.End <= x.Object.Start && n >= 2 && words[n-1] == x.Lemma && (copulas[words[n-2]] || words[n-2] == "been" || words[n-2] == "be"):
		noun = x.Lemma // "has been mayor": the noun joined to the relation
	}
	if noun == "" || roleLemma([]string{noun}) == "" {
		return nil, ""
	}
	if f := d.heldAs(subj, noun); f != nil && f.obj != nil && f.obj != subj {
		return f.obj, f.Lemma
	}
	return nil, ""
}

// holderRanks rank a holder among the holders of a post ("the first
// mayor", "the only president"), which the holder still holds.
var holderRanks = map[string]bool{"first": true, "last": true, "only": true, "second": true, "third": true, "latest": true}

// ownedBetween reports whether a possessive other than holder's own lies
// between holder and the role noun at token last: "the Norwegian
// airline's chief executive" heads the airline, which the nationality
// places in Norway; the role is not Norway's.
func ownedBetween(s nlp.Sentence, holder *mention, last int) bool {
	k := holder.end
	if holder.possessive {
		k++ // "Norway's chief executive"
	}
	return k < last && holdsPossessive(s.Tokens[k:last])
}

// holdsPossessive reports whether toks hold a possessive "'s" or "'".
func holdsPossessive(toks []nlp.Token) bool {
	return slices.ContainsFunc(toks, func(t nlp.Token) bool { return t.Tag == "POS" })
}

// partOfObject returns the organisation or place that the object of a
// copula ("is", "remains", "became") names as the whole its organisation or
// place subject is part of: "The FBI is part of the Department of
// Justice", "remained a part of Norway", "became an integral part of the
// Halvik Group", "is a subsidiary of Halvik Motors", "are the armed wing
// of the Halvik Front" ([unitNouns]). Two lower-case modifiers may qualify
// the noun; "no longer part of" and a negated copula give nil, as does
// anything else. "is the parent company of Halvik Bank" ([parentNouns])
// names a part of the subject instead, and parent is true then.
func (d *docState) partOfObject(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) (whole *docEntity, parent bool) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if verb != "be" && verb != "remain" && verb != "become" || subj == nil || x.Negated || si >= len(d.sents) ||
		subj.typ != schema.Organization && !isPlace(subj) || site(subj) || strings.Contains(strings.ToLower(x.Relation), "longer") {
		return nil, false // "Main Street is the retail section of Fort Lee": a street is no actor
	}
	k := -1
	for i, t := range s.Tokens {
		if t.Start >= x.Object.Start && t.End <= x.Object.End {
			k = i
			break
		}
	}
	if k < 0 {
		return nil, false
	}
	toks := s.Tokens
	if k < len(toks) && toks[k].Tag == "DT" && (toks[k].Lower() == "a" || toks[k].Lower() == "an" || toks[k].Lower() == "the") {
		k++
	}
	if k+2 < len(toks) && toks[k].Lower() == "parent" && parentNouns[toks[k+1].Lower()] {
		parent = true
		k++ // "the parent company of"
	}
	for j := k; !parent && j < k+2 && j+1 < len(toks) && (strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "NN") && !isCap(toks[j].Text); j++ {
		if w := toks[j+1].Lower(); w == "part" || unitNouns[w] {
			k = j + 1 // "an integral part of", "the armed wing of"
			break
		}
	}
	if k+2 >= len(toks) || toks[k].Lower() != "part" && !unitNouns[toks[k].Lower()] && !parent || toks[k+1].Lower() != "of" {
		return nil, false
	}
	k += 2
	if strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	for _, m := range d.sents[si] {
		if m.start == k && named(m) && !m.adj && m.ent != nil && m.ent != subj && (closedAfter(s, m.end) || toks[m.end-1].End >= x.Object.End) &&
			(m.ent.typ == schema.Organization || isPlace(m.ent) && isPlace(subj)) {
			return m.ent, parent // not "a group of Halvik Motors workers"
		}
	}
	return nil, false
}

// memberOfModifier returns the organisation that a copula's object names
// before "member" or "ally" and the relation it gives a state or
// organisation subject: "Poland is a NATO member", "Poland, a NATO ally,"
// and "NATO ally Poland" give member_of and ally_of NATO. The object's last
// token is last. It returns nil otherwise.
func (d *docState) memberOfModifier(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity, last int) (*docEntity, string) {
	var lemma string
	switch s.Tokens[last].Lower() {
	case "member", "members":
		lemma = schema.MemberOf
	case "ally", "allies":
		lemma = schema.AllyOf
	default:
		return nil, ""
	}
	for _, m := range d.sents[si] {
		if m.end == last && named(m) && !m.adj && m.ent != nil && m.ent != subj && m.ent.typ == schema.Organization &&
			s.Tokens[m.start].Start >= x.Object.Start {
			return m.ent, lemma
		}
	}
	return nil, ""
}

// officialOf returns the state or organisation an unnamed official stands
// for (GUIDE.md): "Thailand's foreign minister", "an attorney for
// Scientology", "a spokesman of the ministry". The head [b, e) ends with a
// lower-case role noun; the holder is the possessor before it or the actor
// right after for, of or at, or from for an envoy (but not from a list
// after the argument, which ends at token last). It returns nil otherwise.
func officialOf(toks []nlp.Token, b, e, last int, possessor *mention, covered func(int) *mention) *mention {
	if e <= b {
		return nil
	}
	if noun := staffNounAt(toks, b, e); isCap(toks[e-1].Text) && e-1 > 0 || !roleNoun(noun) && !envoyStaff[noun] && !peerStaff[noun] {
		return nil // "delegations from Norway" are no role but envoys
	}
	if m := covered(e - 1); m != nil && (m.ent != nil || e-1 > 0 && m.kind != mDesc && m.kind != mGroupRef) {
		// A name, but not a sentence's first word ("Officials of the
		// ministry"), nor a description that refers to no one before
		// ("the leader of Norway", "government officials from Norway").
		return nil
	}
	holder := possessor
	noun := staffNounAt(toks, b, e)
	// "officials in Peru", "authorities in the city", "prosecutors in
	// Lima": a place's officials in the plural act for it, as "officials
	// from Peru" do; one official or a lawyer there only works there.
	placeStaff := placeStaffNouns[toks[e-1].Lower()]
	// "lawmakers from the Liberal Democrats": a party's members, in the
	// plural, act for it as "Labour MPs" do; from a place they only
	// live there or represent it.
	partyFrom := false
	if holder == nil && e+1 < len(toks) {
		switch w := toks[e].Lower(); w {
		case "from":
			// "officials from Norway", "a delegation from the ministry":
			// envoys come from the body they act for, where "a lawyer
			// from Oslo" only lives there.
			partyFrom = partyMemberNouns[noun] && strings.HasSuffix(toks[e-1].Lower(), "s") && !stateOffices[noun] && !envoyStaff[noun]
			if !stateOffices[noun] && !envoyStaff[noun] && !partyFrom || e+1 >= last && listedAfter(toks, e+1) || takenFrom(toks, b, e) {
				// "officials | are from Norway, Sweden and Finland": an
				// envoy from a list outside the argument is no one's.
				break
			}
			fallthrough
		case "for", "of", "at", "in":
			if envoyStaff[noun] && (w == "at" || w == "in") {
				break // "the delegates at MacWorld" attend it
			}
			j := e + 1
			if m := covered(j); m != nil && m.start == j && m.ent != nil && bodiesPair(m) {
				holder = m // "the leaders of the two countries", "officials of both firms"
				break
			}
			if strings.EqualFold(toks[j].Text, "both") && j+1 < len(toks) {
				j++ // "officials from both Norway and Sweden"
			}
			if strings.EqualFold(toks[j].Text, "the") && j+1 < len(toks) {
				j++
				if w == "for" {
					// "an attorney for the city of San Francisco"; not "the
					// police chief of the city of Bergen", whom a copula
					// would make the city's head ([appointedRole]).
					j = kindOfPlaceEnd(toks, j, covered)
				}
			}
			if m := covered(j); m != nil && m.start == j && based(toks[m.end-1].Text) && m.end < len(toks) {
				if n := covered(m.end); n != nil && n.start == m.end && n.ent != nil && !n.adj {
					// "the president of Ohio-based Halvik Corporation": the
					// compound places the body after it ([basedIn]); the
					// office is the body's, never the place's.
					j = m.end
				}
			}
			if m := covered(j); m != nil && m.start == j && (w != "in" || m.ent != nil && !m.adj &&
				(m.ent.typ == schema.Organization && !leadNouns[toks[e-1].Lower()] ||
					placeStaff && m.ent.typ == schema.GPE && (m.end == len(toks) || !strings.HasPrefix(toks[m.end].Tag, "NN")))) {
				// "a detective in the Oslo Police": in a body, not in a
				// place; "a captain in the Corps" is a rank in it. A
				// place's officials are in the place itself, not in
				// "the Lima office".
				holder = m
				// "governor of Ukraine's Odessa region": the office is
				// in what the possessive owns, when that is named.
				if n := covered(m.end + 1); m.possessive && n != nil && n.start == m.end+1 && n.ent != nil && !n.adj {
					holder = n
				}
				if p := placeOfStateKind(toks, m, covered); p != nil {
					holder = p // "governor of United States commonwealth of Puerto Rico"
				}
			}
		}
	}
	if holder == nil || holder.ent == nil || (holder.ent.typ != schema.GPE && holder.ent.typ != schema.Organization && !namedForce(toks, holder) && !bodiesPair(holder)) ||
		partyFrom && (holder.ent.typ != schema.Organization || holder.adj) {
		return nil
	}
	return holder
}

// bodiesPair reports whether m is a phrase of two that takes up two
// states or bodies named before ("the leaders of the two countries",
// "officials of both companies"): their officials act for each of them.
func bodiesPair(m *mention) bool {
	return (m.kind == mDesc || m.kind == mPronoun) && len(m.ent.members) == 2 && bodiesGroup(m.ent)
}

// bodiesGroup reports whether g is a group of states or bodies, which a
// place where its people act does not place ("the leaders of the two
// countries met Ann Lee in Oslo").
func bodiesGroup(g *docEntity) bool {
	if len(g.members) < 2 {
		return false
	}
	for _, e := range g.members {
		if e.typ != schema.GPE && e.typ != schema.Organization {
			return false
		}
	}
	return true
}

// namedForce reports whether m names a state's armed force or police
// force as a group by its nationality ("the Peruvian army", "the
// Norwegian police"): a body its officials speak and act for, as a
// government is ("a spokesman for the Peruvian army told CNN").
func namedForce(toks []nlp.Token, m *mention) bool {
	return m.ent.typ == schema.Group && m.end-m.start == 2 && isCap(toks[m.start].Text) && homeForces[toks[m.end-1].Lower()]
}

// peerStaff are the nouns of a body's people named by their tie to the
// speaker: "colleagues in the Oslo Police", "our counterparts at the
// ministry" act for the body as its officials do.
var peerStaff = map[string]bool{"colleague": true, "counterpart": true}

// placeStaffNouns are the plural nouns of a place's unnamed officials, who
// act for the place they are in ("authorities in Lima").
var placeStaffNouns = map[string]bool{"officials": true, "authorities": true, "prosecutors": true}

// staffNounAt returns [bodyStaffNoun] of the head [b, e)'s last word, or
// the office its last two words write apart ("attorneys general" is
// attorney-general, no general).
func staffNounAt(toks []nlp.Token, b, e int) string {
	if e-2 >= b && toks[e-1].Lower() == "general" {
		if w := strings.TrimSuffix(toks[e-2].Lower(), "s") + "-general"; roleNoun(w) {
			return w
		}
	}
	return bodyStaffNoun(toks[e-1].Lower())
}

// bodyStaffNoun returns the singular role noun of w, a lower-case noun of
// an unnamed official: "officials" is "official", and "authorities", a
// body's officials together, is "official" too.
func bodyStaffNoun(w string) string {
	if w == "authorities" {
		return "official"
	}
	return strings.TrimSuffix(w, "s")
}

// takenFrom reports whether the envoys of the head [b, e) are whose a
// possessive determiner says ("recalled its ambassador from Mali") or the
// object of a verb that takes them away from somewhere ("evacuated
// diplomats from Khartoum", [withdrawalStems]): the from-phrase after them
// says where they were taken from, not whom they act for. "expelled
// diplomats from Russia" still names Russia's.
func takenFrom(toks []nlp.Token, b, e int) bool {
	for _, t := range toks[b:e] {
		if t.Tag == "PRP$" {
			return true
		}
	}
	k := b - 1
	for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "CD" || strings.HasPrefix(toks[k].Tag, "JJ")) {
		k--
	}
	if k < 0 || !strings.HasPrefix(toks[k].Tag, "VB") {
		return false
	}
	w := toks[k].Lower()
	return slices.ContainsFunc(withdrawalStems, func(p string) bool { return strings.HasPrefix(w, p) })
}

// withdrawalStems begin the forms of verbs by which a state or a body
// takes its own people out of a place.
var withdrawalStems = []string{"evacuat", "airlift", "repatriat", "withdr", "recall", "pull", "remov", "rescu", "fly", "flew", "flown"}

// kindOfPlaceEnd returns the token after "of" when the tokens from j on
// name a kind of place ([kindOfPlaceNouns]), after at most one lower-case
// adjective or "capital", then "of" and a named town or region: "city of
// Bergen", "capital city of San Juan", "northern province of Kalvo" (the
// caller has read "the" before j). It returns j otherwise.
func kindOfPlaceEnd(toks []nlp.Token, j int, covered func(int) *mention) int {
	k := j
	if k+1 < len(toks) && (toks[k].Text == "capital" || strings.HasPrefix(toks[k].Tag, "JJ") && lowerWord(toks[k].Text)) {
		k++
	}
	if k+2 >= len(toks) || !kindOfPlaceNouns[toks[k].Text] || toks[k+1].Text != "of" {
		return j
	}
	if m := covered(k + 2); m != nil && m.start == k+2 && m.ent != nil && m.ent.typ == schema.GPE && named(m) && !m.adj {
		return k + 2
	}
	return j
}

// placeOfStateKind returns the named place after m, a state's name or
// possessive, a lower-case kind of place ([placeKinds]) and "of": "United
// States commonwealth of Puerto Rico", "Norway's province of Finnmark". An
// office of the phrase is the place's, not the state's. It returns nil
// otherwise.
func placeOfStateKind(toks []nlp.Token, m *mention, covered func(int) *mention) *mention {
	k := m.end
	if m.possessive && k < len(toks) && toks[k].Tag == "POS" {
		k++
	}
	if m.ent == nil || m.ent.typ != schema.GPE || m.adj || k+2 >= len(toks) || !placeKinds[toks[k].Text] || toks[k+1].Text != "of" {
		return nil
	}
	if p := covered(k + 2); p != nil && p.start == k+2 && p.ent != nil && p.ent != m.ent && isPlace(p.ent) && named(p) && !p.adj {
		return p
	}
	return nil
}

// partyMemberNouns are the role nouns of the members that a party or a
// movement sends to a body or a street ([officialOf]: "lawmakers from the
// Liberal Democrats", "activists from Greenpeace").
var partyMemberNouns = map[string]bool{
	"lawmaker": true, "legislator": true, "mp": true, "mep": true, "senator": true, "congressman": true,
	"congresswoman": true, "parliamentarian": true, "member": true, "politician": true, "activist": true,
	"campaigner": true, "councillor": true, "councilor": true, "deputy": true, "representative": true,
}

// listedAdjective returns the state's adjective that alone makes up the
// argument [first, last), after an optional "both" and "the", when a
// list of such adjectives goes on after it to a plural noun of state
// officials: in
// "the British, French and German ambassadors" the arguments "the
// British" and "French" stand for their states, as "German ambassadors"
// does ([docState.stateOfficial]). It returns nil otherwise.
func listedAdjective(toks []nlp.Token, ms []*mention, first, last int) *mention {
	if first < last && strings.EqualFold(toks[first].Text, "both") {
		first++ // "both the Irish and British prime ministers"
	}
	if first < last && strings.EqualFold(toks[first].Text, "the") {
		first++
	}
	var adjs []*mention
	for _, m := range ms {
		if m.adj && m.ent != nil && m.ent.typ == schema.GPE && m.start >= first {
			adjs = append(adjs, m)
		}
	}
	list := listStarting(toks, adjs, first)
	if len(list) < 2 || list[0].end != last {
		return nil
	}
	if toks[last].Text == "," && toks[last+1].Text == "and" && (first == 0 || toks[first-1].Text != ",") {
		return nil // "angered the British, and French ministers said": a clause
	}
	for k := list[len(list)-1].end; k < len(toks) && !isCap(toks[k].Text) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNS"); k++ {
		if toks[k].Tag == "NNS" {
			if stateOffices[strings.TrimSuffix(toks[k].Lower(), "s")] {
				return list[0]
			}
			return nil
		}
	}
	return nil
}

// listedAfter reports whether the name from token i, after "both" or
// "the", is followed by a comma, "and" or "or": the first of a list.
func listedAfter(toks []nlp.Token, i int) bool {
	if i < len(toks) && strings.EqualFold(toks[i].Text, "both") {
		i++ // "both Norway and Sweden"
	}
	if i < len(toks) && strings.EqualFold(toks[i].Text, "the") {
		i++
	}
	for i < len(toks) && isCap(toks[i].Text) {
		i++
	}
	if i >= len(toks) {
		return false
	}
	w := toks[i].Lower()
	return w == "," || w == "and" || w == "or"
}

// envoyStaff are the nouns, besides [stateOffices], of people sent by a
// body: "representatives from Norway" act for Norway.
var envoyStaff = map[string]bool{"representative": true, "delegate": true, "delegation": true, "negotiator": true}

// stateOffices are the role nouns of officials who act for their state.
var stateOffices = map[string]bool{
	"president": true, "minister": true, "premier": true, "chancellor": true, "official": true,
	"diplomat": true, "ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "secretary": true, "prosecutor": true, "attorney-general": true, "prosecutor-general": true,
}

// stateOfficial returns the actor an unnamed official named by a state's
// adjective stands for (GUIDE.md), as [officialOf] does for "Thailand's
// foreign minister": the head [first, e) ends with a lower-case role noun
// after the adjective ("the Rwandan president", "a senior Thai
// official"). An envoy's role noun may be read with its post as one
// office ([mention.role]) that runs to e or past it ("expelled the Libyan
// ambassador to Greece"): the envoy still acts for the state that sent
// them. That is the one person of the document who holds the role
// for the state ("Thai Foreign Minister Ann Lee"), or else the state. It
// returns nil otherwise.
func (d *docState) stateOfficial(si int, toks []nlp.Token, first, e int, covered func(int) *mention) *docEntity {
	var office *docEntity // the envoy's office, which holds no name
	if m := covered(e - 1); m != nil {
		if !m.role || m.start <= first || m.start >= e || m.start+1 >= len(toks) || toks[m.start+1].Text != "to" || !envoyNoun(toks[m.start].Text) {
			return nil
		}
		e, office = m.start+1, m.ent
	}
	if e-first < 2 || isCap(toks[e-1].Text) || !strings.HasPrefix(toks[e-1].Tag, "NN") ||
		!stateOffices[strings.TrimSuffix(toks[e-1].Lower(), "s")] {
		return nil
	}
	for _, t := range toks[first:e] {
		if w := t.Lower(); w == "opposition" || w == "former" || w == "ex" || w == "rebel" {
			return nil // "the Ukrainian opposition leader" stands for no state
		}
	}
	var adj *mention
	for _, m := range d.sents[si] {
		if m.adj && m.ent != nil && m.ent.typ == schema.GPE && m.start >= first && m.end < e {
			adj = m
		}
	}
	if adj == nil {
		return nil
	}
	for k := adj.end; k < e-1; k++ {
		if t := toks[k]; isCap(t.Text) || t.Tag != "JJ" && !strings.HasPrefix(t.Tag, "NN") {
			return nil
		}
	}
	role := strings.ToLower(joinText(toks[adj.end:e]))
	var holder *docEntity
	for _, p := range d.ents {
		if p.typ == schema.Person && p.country == adj.ent && p.desc[role] && (p != office || !d.holderless(p)) {
			if holder != nil {
				return adj.ent // two such: the state they serve
			}
			holder = p
		}
	}
	if holder != nil {
		return holder
	}
	return adj.ent
}

// holderless reports whether only offices name e ([docState.offices]).
func (d *docState) holderless(e *docEntity) bool {
	for _, ms := range d.sents {
		for _, m := range ms {
			if m.ent == e && !m.role {
				return false
			}
		}
	}
	return true
}

// inflictVerbs lay an act of nominals on their passive subject: "was hit
// with a lawsuit by", "was slapped with sanctions by".
var inflictVerbs = map[string]bool{"hit": true, "slapped": true, "served": true}

// inflictedAct returns the act of the event noun that a passive relation
// of [inflictVerbs] lays on its subject ("was hit with new sanctions by":
// sanction, "was slapped with a lawsuit by": sue), or "".
func inflictedAct(relation string) string {
	w := strings.Fields(strings.ToLower(relation))
	n := len(w)
	if n < 4 || w[n-1] != "by" {
		return ""
	}
	nom, ok := nominals.get(w[n-2])
	if !ok || !slices.Contains(nom.preps, "against") && !slices.Contains(nom.preps, "on") {
		return ""
	}
	for j := n - 3; j > 0 && j >= n-5; j-- {
		if w[j] == "with" {
			if inflictVerbs[w[j-1]] {
				return nom.lemma
			}
			return ""
		}
	}
	return ""
}

// passiveBy returns the verb lemma of a passive relation with its agent as
// object ("was founded by", "replaced by": found, replace) and whether x is
// one. The participle is told by its ending or a short list of irregular
// forms.
//
// A particle may stand between the participle and "by" ("was sworn in
// by": swear_in). After a form of "be" any form is the participle,
// whatever its ending ("was slain by", "was sought by"), and so is the
// verb's base, a misspelling news copy often has ("The court is lead by
// Ann Lee": lead).
func passiveBy(x schema.Extraction) (string, bool) {
	base, ok := strings.CutSuffix(x.Lemma, "_by")
	verb, particle, phrasal := strings.Cut(base, "_")
	if !ok || phrasal && (!passiveParticles[particle] || strings.Contains(particle, "_")) || verb == "be" {
		return "", false
	}
	w := strings.Fields(strings.ToLower(x.Relation))
	if len(w) < 2 || w[len(w)-1] != "by" {
		return "", false
	}
	w = w[:len(w)-1]
	// "was followed closely by", "is recognized only by", "was picked up
	// quickly by": an adverb between the participle and "by".
	for len(w) >= 3 && byAdverb(w[len(w)-1]) && (participle(w[len(w)-2]) || phrasal && w[len(w)-2] == particle) {
		w = w[:len(w)-1]
	}
	if phrasal {
		if len(w) < 2 || w[len(w)-1] != particle {
			return "", false
		}
		w = w[:len(w)-1]
	}
	if participle(w[len(w)-1]) {
		return base, true
	}
	if len(w) >= 2 && passiveAux[w[len(w)-2]] && verb != "get" && verb != "know" {
		return base, true // "was slain by", "is lead by" (the participle misspelt as its base)
	}
	return "", false
}

// byAdverb reports whether w, between a passive's participle and "by",
// is an adverb: one of [passiveAdverbs], "only", or a word in -ly.
func byAdverb(w string) bool {
	return passiveAdverbs[w] || w == "only" || len(w) > 4 && strings.HasSuffix(w, "ly")
}

// verdictVerbs are the acts a court or a chamber performs on a person
// that news writes in the passive with "in" and the body: "was acquitted
// in the Senate", "was convicted in the High Court".
var verdictVerbs = map[string]bool{
	"acquit": true, "convict": true, "impeach": true, "confirm": true, "sentence": true, "indict": true,
}

// verdictIn returns the verb of x, a passive of [verdictVerbs] with "in"
// and obj, a legislature or a court, as its object ("were acquitted in the
// Senate": acquit), and whether x is one.
func verdictIn(x schema.Extraction, obj *docEntity) (string, bool) {
	base, ok := strings.CutSuffix(x.Lemma, "_in")
	if !ok || !verdictVerbs[base] || obj == nil || obj.typ != schema.Organization {
		return "", false
	}
	if f := strings.Fields(obj.name); !legislature(obj) && f[len(f)-1] != "Court" && f[len(f)-1] != "Tribunal" {
		return "", false
	}
	w := strings.Fields(strings.ToLower(x.Relation))
	n := len(w)
	if n < 3 || w[n-1] != "in" || !passiveAux[w[n-3]] || !participle(w[n-2]) {
		return "", false
	}
	return base, true
}

// irregularParticiples are past participles that end neither in -ed nor
// in -en.
var irregularParticiples = map[string]bool{
	"led": true, "held": true, "sent": true, "built": true, "caught": true, "found": true, "told": true,
	"shot": true, "hit": true, "made": true, "won": true, "run": true, "brought": true, "bought": true,
	"fought": true, "taught": true, "sold": true, "struck": true, "kept": true, "paid": true, "met": true,
	"left": true, "put": true, "set": true, "cut": true, "hurt": true, "beat": true, "read": true, "heard": true,
	"sworn": true, "slain": true, "sought": true, "upheld": true, "withheld": true, "dealt": true, "done": true,
	"undone": true, "overrun": true, "spent": true, "lost": true, "bound": true, "fed": true, "shut": true,
	"spread": true, "swept": true, "stuck": true, "shown": true, "thrown": true, "overthrown": true, "drawn": true,
	"withdrawn": true, "grown": true, "blown": true, "flown": true, "withstood": true, "understood": true,
	"thought": true, "hung": true, "dug": true, "lit": true,
}

// postAppositive returns the person named in apposition after an envoy's
// post that follows the head ending at e: "Norway's ambassador to Denmark,
// Ola Berg," (as [withoutPost] reads it for the role). It returns nil
// otherwise. A place after "in" ("the US diplomat in Cuba, Tom Wu,") is
// left alone: the extractor's "diplomat in Cuba" then places the person,
// which the annotators do not count.
func postAppositive(toks []nlp.Token, e int, covered func(int) *mention) *mention {
	if e+2 >= len(toks) || e == 0 || toks[e].Text != "to" || !envoyNoun(toks[e-1].Text) {
		return nil
	}
	j := e + 1
	if strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	post := covered(j)
	if post == nil || post.start != j || post.ent == nil || !named(post) || post.end+1 >= len(toks) {
		return nil
	}
	if m := covered(post.end); m != nil && m.start == post.end && m.ent != nil && m.ent.typ == schema.Person && named(m) && len(m.titles) > 0 {
		return m // "Norway's ambassador to Denmark Ola Berg": the title's holder
	}
	if toks[post.end].Text != "," {
		return nil
	}
	m := covered(post.end + 1)
	if m == nil || m.start != post.end+1 || m.ent == nil || m.ent.typ != schema.Person || !named(m) ||
		m.end < len(toks) && toks[m.end].Text != "," && toks[m.end].Text != "." {
		return nil
	}
	return m
}

// nameBeforeApposition returns the named person whose apposition spans
// tokens [first, last), right after the name and a comma, when a relative
// clause on "who" follows it ("Ann Lee, a director of the Halvik
// Commission, who was treated ..."), or nil: the clause is the person's,
// not the body's. Without the clause the words may be no apposition at
// all ("According to Ann Lee, a detective ... was given").
func nameBeforeApposition(toks []nlp.Token, first, last int, covered func(int) *mention) *mention {
	if first < 2 || toks[first-1].Text != "," || last+1 >= len(toks) || toks[last].Text != "," || toks[last+1].Lower() != "who" {
		return nil
	}
	p := covered(first - 2)
	if p == nil || p.end != first-1 || p.ent == nil || p.ent.typ != schema.Person || !named(p) {
		return nil
	}
	return p
}

// relativeApposition returns the named person before an apposition that
// spans tokens [first, last) and that a relative clause on "who" goes on
// ("Tom Wu, a Syrian man who died in Oslo,"; the clause's subject is the
// apposition): "a" or "an", lower-case modifiers or a state's adjective,
// then a noun of a person or a role, which ends at e. It returns nil
// otherwise.
func relativeApposition(toks []nlp.Token, first, last, e int, covered func(int) *mention) *mention {
	if first < 2 || toks[first-1].Text != "," || last >= len(toks) || toks[last].Lower() != "who" || e != last ||
		toks[first].Lower() != "a" && toks[first].Lower() != "an" {
		return nil
	}
	head := toks[e-1].Lower()
	if _, person := personNouns[head]; !person && !roleNoun(head) || isCap(toks[e-1].Text) {
		return nil
	}
	for k := first + 1; k < e-1; k++ {
		if m := covered(k); m != nil || !strings.HasPrefix(toks[k].Tag, "JJ") && !strings.HasPrefix(toks[k].Tag, "NN") {
			return nil // "a man of the Halvik Party who": not the name's apposition alone
		}
	}
	p := covered(first - 2)
	if p == nil || p.end != first-1 || p.ent == nil || p.ent.typ != schema.Person || !named(p) || p.possessive {
		return nil
	}
	return p
}

// demonymAsNoun reports whether toks[k], a capitalised adjective of a
// state's people right after "a" or "an" and before a comma, is used as a
// noun for one of them: "An Australian, Tom Wu, appeared in court".
func demonymAsNoun(toks []nlp.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].Tag == "JJ" && isCap(toks[k].Text) && singularDemonym(toks[k].Text) &&
		(toks[k-1].Lower() == "a" || toks[k-1].Lower() == "an") && toks[k+1].Text == ","
}

// adjectiveBeforeNaming reports whether toks[j] is a capitalised
// adjective before a lower-case noun and a naming word ("a Polish chef
// named"): a description's word, not the name the apposition gives.
func adjectiveBeforeNaming(toks []nlp.Token, j int) bool {
	return j+2 < len(toks) && toks[j].Tag == "JJ" && isCap(toks[j].Text) && strings.HasPrefix(toks[j+1].Tag, "NN") &&
		!isCap(toks[j+1].Text) && namingWords[toks[j+2].Lower()]
}

// anotherOne reports whether toks[k] is "another" standing for a person
// before an apposition ("and another, a chef named Tom Wu, hit him").
func anotherOne(toks []nlp.Token, k int) bool {
	return k >= 0 && toks[k].Lower() == "another" && (k == 0 || toks[k-1].Lower() == "and" || toks[k-1].Text == ",")
}

// appositiveName returns the named actor in apposition after a common-noun
// head that ends at token e ("another localist camp candidate, veteran
// politician Raymond Wong", "a Scientology attorney, Ola Lind"):
// after a comma, at most three lower-case words, then a name that ends the
// sentence, is closed by a comma or goes on with of or from, even where the
// argument stopped before the apposition. It returns nil otherwise.
func appositiveName(toks []nlp.Token, e int, covered func(int) *mention) *mention {
	last := len(toks)
	if e+1 >= last || toks[e].Text != "," || !strings.HasPrefix(toks[e-1].Tag, "NN") && !demonymAsNoun(toks, e-1) && !anotherOne(toks, e-1) {
		return nil
	}
	if h := covered(e - 1); h != nil && named(h) {
		return nil
	}
	j, most := e+1, e+3
	for ; j < last && j <= most && covered(j) == nil; j++ {
		if adjectiveBeforeNaming(toks, j) {
			most++ // "Polish" in "a Polish chef named"
			continue
		}
		if namingWords[toks[j].Lower()] && j > e+1 && strings.HasPrefix(toks[j-1].Tag, "NN") {
			most = j + 1 // "another man, a Polish chef named Tom Wu,"
			continue
		}
		if isCap(toks[j].Text) {
			c := titledNameAfter(toks, j, covered)
			if c == nil {
				return nil
			}
			j = c.start // "his predecessor, President Tom Wu"
			break
		}
		if !(strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Tag == "JJ" || toks[j].Tag == "DT") {
			return nil
		}
	}
	m := covered(j)
	if m == nil || m.start != j || m.ent == nil || !named(m) {
		return nil
	}
	if ellipsisAt(toks, m.end) {
		return nil // "came to the house, the police... a constable took me": speech broken off, no apposition
	}
	if m.end < last && !adjunctsToEnd(toks, m.end) {
		switch toks[m.end].Lower() {
		case ",", ".", "of", "from": // "Raymond Wong of the Proletariat Political Institute"
		default:
			return nil
		}
	}
	switch m.ent.typ {
	case schema.Person, schema.Organization, schema.GPE, schema.Group:
		return m
	}
	return nil
}

// ellipsisAt reports whether an ellipsis opens at token i of toks: "…",
// "...", or the three full stops the tokenizer splits "…" into.
func ellipsisAt(toks []nlp.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch t := toks[i].Text; {
	case t == "…" || t == "...":
		return true
	case t == ".":
		return i+2 < len(toks) && toks[i+1].Text == "." && toks[i+2].Text == "."
	}
	return false
}

// titledNameAfter returns the named person whose titles are the
// capitalised words from token j on ("President", "General", "Sultan"
// before "Tom Wu"), or nil: the title is written outside the name's
// mention, and is the person's.
func titledNameAfter(toks []nlp.Token, j int, covered func(int) *mention) *mention {
	k := j
	for ; k < len(toks) && k < j+3 && covered(k) == nil; k++ {
		if !isCap(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "NN") {
			return nil
		}
	}
	c := covered(k)
	if c == nil || c.start != k || c.ent == nil || c.ent.typ != schema.Person || !named(c) || len(c.titles) == 0 ||
		!strings.HasSuffix(c.full, joinText(toks[j:c.end])) {
		return nil
	}
	return c
}

// adjunctsToEnd reports whether the tokens from k on are place or time
// phrases that run to the end of the sentence, with no verb, comma or
// conjunction among them: "in Athens.", "at a Baghdad airport on Friday".
// An apposition whose closing comma the writer left out ends before them:
// "met the Greek leader, Tom Wu in Athens".
func adjunctsToEnd(toks []nlp.Token, k int) bool {
	if k >= len(toks) || !adjunctPreps[toks[k].Lower()] {
		return false
	}
	for ; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.Text == "." && k == len(toks)-1:
			return true
		case t.Tag == "IN":
			if !adjunctPreps[t.Lower()] {
				return false
			}
		case strings.HasPrefix(t.Tag, "NN"), strings.HasPrefix(t.Tag, "JJ"), t.Tag == "DT", t.Tag == "CD", t.Tag == "PRP$", t.Tag == "POS":
		default:
			return false // a verb, a comma, a conjunction or a clause
		}
	}
	return true
}

// adjunctPreps open the place and time phrases of [adjunctsToEnd].
var adjunctPreps = map[string]bool{
	"in": true, "at": true, "on": true, "near": true, "during": true, "outside": true, "inside": true,
}

// isModifier reports whether t may lead a noun phrase without being its
// head: determiners, quantifiers and adverbs.
func isModifier(t nlp.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "RB", "``", "''", "(":
		return true
	}
	return false
}

// phrasePlace reports whether x is the "is in" reading of a noun phrase's
// place after a singular common noun and of/for ("the killing of Tom Wu
// in Oslo" read as Tom Wu "is in" Oslo): the subject's words follow "of"
// or "for" after a lower-case singular noun and are followed at once by
// "in", with no verb written between. A list's towns ("the towns of Beni
// and Katwa in Congo") follow a plural.
func phrasePlace(s nlp.Sentence, x schema.Extraction) bool {
	if x.Relation != "is in" && x.Relation != "are in" {
		return false
	}
	toks := s.Tokens
	first, last := argTokens(s, x.Subject)
	if first < 2 || last >= len(toks) || toks[last].Lower() != "in" {
		return false
	}
	if p := toks[first-1].Lower(); p != "of" && p != "for" {
		return false
	}
	n := toks[first-2]
	return n.Tag == "NN" && !isCap(n.Text)
}

// possessedParticiple reports whether token e, before last, is a past
// participle between a possessive pronoun and a common noun: "his proposed
// budget", "their planned merger", "its stated aim". The participle
// modifies what is possessed, so the phrase's head is that noun, not the
// pronoun before it.
func possessedParticiple(toks []nlp.Token, e, last int) bool {
	if e < 1 || e+1 >= last || toks[e-1].Tag != "PRP$" || isCap(toks[e].Text) {
		return false
	}
	if t := toks[e].Tag; t != "VBN" && t != "VBD" {
		return false
	}
	n := toks[e+1]
	return strings.HasPrefix(n.Tag, "NN") && !isCap(n.Text)
}

// isBoundary reports whether t ends the head of a noun phrase.
func isBoundary(t nlp.Token) bool {
	switch t.Tag {
	case ",", ":", "(", ")", "IN", "TO", "CC", "WDT", "WP", "WRB", "MD", "``", "''", ".":
		return true
	}
	return strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG"
}

// lookup returns the entity whose name or alias is s, or the person with
// the word s in their name.
func (d *docState) lookup(s string) *docEntity {
	k := normKey(s)
	if e := d.byKey[k]; e != nil {
		return e
	}
	if d.byAlias == nil {
		d.byAlias = make(map[string]*docEntity)
		for _, e := range d.ents {
			for a := range e.aliases {
				if ak := normKey(a); d.byAlias[ak] == nil {
					d.byAlias[ak] = e
				}
			}
		}
	}
	if e := d.byAlias[k]; e != nil {
		return e
	}
	words := nameWords(s)
	return d.recent(func(e *docEntity) bool { return e.typ == schema.Person && contains(e.tokens, words) })
}

// concepts turns the object noun phrases that recur in two or more facts
// of the document into Concept entities; other noun phrases stay literals.
// This keeps concept nodes few.
func (d *docState) concepts() {
	count := map[string]int{}
	for _, f := range d.facts {
		if f.concept != "" && f.obj == nil {
			count[f.concept]++
		}
	}
	for _, f := range d.facts {
		if f.concept == "" || f.obj != nil || count[f.concept] < 2 || f.Lemma == schema.LocateIn || f.Lemma == schema.LocateNear {
			continue // a concept is no place: "deployed in the conflict"
		}
		e := d.byKey[normKey(f.concept)]
		if e == nil {
			e = d.create(f.concept, &mention{typ: schema.Concept})
			e.first = pos{f.Sentence, 0}
		}
		e.mentions[f.Sentence] = true
		f.obj = e
	}
}

// captiveWords say, after a verb's object, in what state the act keeps
// it: "held Tom Wu hostage", "kept Ann Lee captive".
var captiveWords = map[string]bool{"hostage": true, "captive": true, "prisoner": true, "hostages": true, "captives": true, "prisoners": true}

// judgingVerbs take an object and what it is found or declared to be.
var judgingVerbs = map[string]bool{"find": true, "deem": true, "pronounce": true, "declare": true}

// verdictWords are the states a court finds one in, which state its
// ruling on the one: "found Tom Wu guilty".
var verdictWords = map[string]bool{
	"guilty": true, "innocent": true, "liable": true, "responsible": true, "culpable": true, "negligent": true,
}

// judgedState reports whether the token at k, right after the object of
// a relation of lemma, is an adjective or a participle that says what a
// verb of [judgingVerbs] found its object to be ("found him positive",
// "found her dead"), other than a verdict.
func judgedState(s nlp.Sentence, lemma string, k int) bool {
	if !judgingVerbs[lemma] || k >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[k]
	return (t.Tag == "JJ" || t.Tag == "VBN") && !verdictWords[t.Lower()]
}

// copulaPreps are the prepositions after a bare copula that relate its
// subject to an actor: where it is ("was in Oslo", "at", "near", "from")
// and whose side it is on ("is with Norway", "against"); "among" a body's
// members, which a later rule reads.
var copulaPreps = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "with": true, "against": true, "inside": true,
	"among": true, // "was among the first members of the Society": a member
}

// output turns the document state into the Resolve results. The entities
// are those mentioned, and those that a fact names though no mention does
// (the government of "government economist Ann Lee" with none named
// before, [docState.homeGovernment]; the states of "the Norway-Sweden
// talks", [docState.partEntity]), placed at their first fact's sentence,
// so that every end of a fact has a name and a type.
func (d *docState) output() ([]schema.Entity, []schema.Fact) {
	factAt := map[*docEntity]pos{} // the first fact of an entity no mention names
	for _, f := range d.facts {
		for _, e := range []*docEntity{f.subj, f.obj} {
			if at, ok := factAt[e]; e != nil && len(e.mentions) == 0 && (!ok || f.Sentence < at.sent) {
				factAt[e] = pos{f.Sentence, 0}
			}
		}
	}
	first := func(e *docEntity) pos {
		if at, ok := factAt[e]; ok {
			return at
		}
		return e.first
	}
	office := d.offices()
	for _, e := range d.ents {
		// "((WN)) Why did you run?": the interviewer's label is no
		// actor either, unless it names a person (the one who answers).
		if e.typ != schema.Person && d.labelOnly(e) {
			office[e] = true
		}
	}
	ents := make([]*docEntity, 0, len(d.ents))
	for _, e := range d.ents {
		if _, named := factAt[e]; (len(e.mentions) > 0 || named) && e.members == nil && !office[e] {
			ents = append(ents, e)
		}
	}
	sort.SliceStable(ents, func(i, j int) bool { return first(ents[i]).less(first(ents[j])) })
	out := make([]schema.Entity, len(ents))
	for i, e := range ents {
		out[i] = schema.Entity{Name: e.name, Type: e.typ, Aliases: sortedKeys(e.aliases), Mentions: sortedInts(e.mentions), Local: e.local}
	}
	sorted, _ := bySentence(d.facts, len(d.sents), nil)
	facts := make([]schema.Fact, len(sorted))
	spell := spelling(d.input)
	for i, f := range sorted {
		facts[i] = f.Fact
		facts[i].Lemma = spell(f.Lemma)
		if f.subj != nil && !office[f.subj] {
			facts[i].SubjectEntity = f.subj.name
		}
		if f.obj != nil && !office[f.obj] && (f.subj == nil || f.obj.name != f.subj.name) && !siteVisited(f.Lemma, f.obj.name) {
			// "was admitted to Walter Reed Hospital", "his visit to
			// Walter Reed Hospital": a building, no actor.
			facts[i].ObjectEntity = f.obj.name
			if f.implied {
				facts[i].Object.Text = f.obj.name
			}
		}
	}
	return out, distribute(facts, d.facts)
}

// offices returns the entities that only offices name, never a holder's
// name nor a word that refers to one ("the Libyan ambassador to Greece",
// "US Senator from North Carolina" with no name after it: [mention.role]):
// an office is no actor (GUIDE), so they are neither entities nor the
// ends of facts.
func (d *docState) offices() map[*docEntity]bool {
	office, named := map[*docEntity]bool{}, map[*docEntity]bool{}
	for _, ms := range d.sents {
		for _, m := range ms {
			switch {
			case m.ent == nil:
			case m.role && m.ent.typ == schema.Person && m.ent.gaz == nil:
				office[m.ent] = true
			default:
				named[m.ent] = true
			}
		}
	}
	for e := range named {
		delete(office, e)
	}
	return office
}

// distribute returns facts with each fact whose subject or object is a
// coordination of names ([docEntity.members]) replaced by one fact per
// member: "They were charged" after "Tom Berg and Mia Berg" is a fact
// of each. docFacts holds the entities of facts, in any order.
func distribute(facts []schema.Fact, docFacts []*docFact) []schema.Fact {
	groups := map[string][]*docEntity{}
	for _, f := range docFacts {
		for _, e := range []*docEntity{f.subj, f.obj} {
			if e != nil && e.members != nil {
				groups[e.name] = e.members
			}
		}
	}
	if len(groups) == 0 {
		return facts
	}
	var out []schema.Fact
	for _, f := range facts {
		subjs, objs := []string{f.SubjectEntity}, []string{f.ObjectEntity}
		if ms, ok := groups[f.SubjectEntity]; ok {
			subjs = names(ms)
		}
		if ms, ok := groups[f.ObjectEntity]; ok {
			objs = names(ms)
		}
		reflexive := false // "Ann Lee and Tom Wu found themselves ..."
		for _, s := range subjs {
			reflexive = reflexive || len(objs) > 1 && slices.Contains(objs, s)
		}
		for _, o := range objs {
			reflexive = reflexive || len(subjs) > 1 && slices.Contains(subjs, o)
		}
		if reflexive {
			objs = []string{""}
		}
		for _, s := range subjs {
			for _, o := range objs {
				g := f
				g.SubjectEntity, g.ObjectEntity = s, o
				if _, ok := groups[f.ObjectEntity]; ok && o != "" && f.Object.Text == f.ObjectEntity {
					g.Object.Text = o
				}
				out = append(out, g)
			}
		}
	}
	return out
}

// names returns the names of es.
func names(es []*docEntity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.name
	}
	return out
}

// bySentence returns the facts that keep accepts (all when keep is nil)
// in sentence order, stably: facts are added sentence by sentence, first
// those of names, then those of extractions, and a counting sort keeps
// that order. The facts of sentence i are sorted[at[i]:at[i+1]]; those of
// no sentence (-1) come first, before at[0].
func bySentence(facts []*docFact, n int, keep func(*docFact) bool) (sorted []*docFact, at []int) {
	at = make([]int, n+2)
	for _, f := range facts {
		if keep == nil || keep(f) {
			at[f.Sentence+2]++
		}
	}
	for i := 2; i < len(at); i++ {
		at[i] += at[i-1]
	}
	sorted = make([]*docFact, at[n+1])
	for _, f := range facts {
		if keep == nil || keep(f) {
			sorted[at[f.Sentence+1]] = f
			at[f.Sentence+1]++
		}
	}
	return sorted, at
}

// argOf returns the argument that spans mention m.
func argOf(s nlp.Sentence, m *mention) schema.Argument {
	a, b := s.Tokens[m.start].Start, s.Tokens[m.end-1].End
	return schema.Argument{Text: s.Text[a:b], Start: a, End: b}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedInts(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// lowerWord reports whether w is a word of lower-case letters ("war", not
// ".203" or "RBI").
func lowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// partyOf returns the one party (an organisation described as one, not
// a camp or an alliance) the facts so far make person p a member of, or
// nil when they name none or several.
func (d *docState) partyOf(p *docEntity) *docEntity {
	var party *docEntity
	for _, f := range d.facts {
		if f.subj != p || f.obj == nil || f.Lemma != schema.MemberOf || f.obj.typ != schema.Organization || !f.obj.desc["party"] {
			continue
		}
		if party != nil && party != f.obj {
			return nil
		}
		party = f.obj
	}
	return party
}

// messageAuthor returns the actor who made the message that is x's
// subject, when that subject is a message noun of statementNouns ("a
// statement") that another reading of the sentence has as its object, an
// actor its subject and a verb of issueVerbs its verb: "Ann Lee issued a
// statement urging Tom Wu to resign" (Ann Lee urged Tom Wu), "Globex sent
// a letter thanking Norway", "wrote him a letter thanking Norway" (the
// message after a first object). Only a verb of speechActs after the message
// counts; "Tom Wu read a statement urging" gives none.
func (d *docState) messageAuthor(si int, s nlp.Sentence, x schema.Extraction) (*docEntity, schema.Extraction) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !speechActs[verb] || x.Subject.End <= x.Subject.Start {
		return nil, schema.Extraction{}
	}
	first, end := argTokens(s, x.Subject)
	if first < 0 || end-first > 4 || !statementNouns[s.Tokens[end-1].Lower()] {
		return nil, schema.Extraction{}
	}
	switch s.Tokens[first].Lower() {
	case "a", "an", "the":
	default:
		return nil, schema.Extraction{}
	}
	for _, y := range d.xs {
		v, _, _ := strings.Cut(y.Lemma, "_")
		same := y.Object.Start == x.Subject.Start && y.Object.End == x.Subject.End
		if _, e := argTokens(s, y.Object); !same && (e != first || y.Object.End <= y.Object.Start) || y.Negated || !issueVerbs[v] {
			// "had written him a letter thanking": the message is the
			// second object, right after the first.
			continue
		}
		if a, _, _ := d.argument(si, s, y.Subject); a != nil && actorEntity(a) {
			return a, y
		}
	}
	return nil, schema.Extraction{}
}

// coIssuers returns the actors other than author that the sentence's
// other readings have issue the same message as y: the extractor reads
// "Norway and Sweden issued a statement condemning Denmark" as one
// reading a member, and every member condemned Denmark.
func (d *docState) coIssuers(si int, s nlp.Sentence, y schema.Extraction, author *docEntity) []*docEntity {
	var out []*docEntity
	for _, z := range d.xs {
		if z.Relation != y.Relation || z.Negated || z.Object.Start != y.Object.Start || z.Object.End != y.Object.End ||
			z.Subject.Start == y.Subject.Start {
			continue
		}
		if a, _, _ := d.argument(si, s, z.Subject); a != nil && a != author && actorEntity(a) && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// trailingExamples returns the actors named after ", such as" at the end
// of x's clause when x's subject is a plural noun phrase without a name
// ("Several leaders have urged Tom Wu to resign, such as Senator Ann
// Lee"): the examples are of the subject, and each did what it did. It
// returns nil when another verb stands between x's object and the
// examples, whose clause they may belong to.
func (d *docState) trailingExamples(si int, s nlp.Sentence, x schema.Extraction) []*docEntity {
	first, last := argTokens(s, x.Subject)
	_, oe := argTokens(s, x.Object)
	toks := s.Tokens
	if first < 0 || oe <= last || last-first > 4 || toks[last-1].Tag != "NNS" && toks[last-1].Tag != "NNPS" {
		return nil // "Several leaders", "Other Republicans"
	}
	for k := first; k+1 < last; k++ {
		if isCap(toks[k].Text) && k > first {
			return nil // "Norway's leaders": a name
		}
	}
	k := oe
	for k+2 < len(toks) && toks[k].Text != "," {
		if strings.HasPrefix(toks[k].Tag, "VB") && toks[k].Tag != "VB" {
			return nil
		}
		k++
	}
	if k+3 >= len(toks) || toks[k+1].Lower() != "such" || toks[k+2].Lower() != "as" {
		return nil
	}
	var start = -1
	for _, m := range d.sents[si] {
		if m.start >= k+3 && m.start <= k+8 && m.ent != nil {
			if m.end < len(toks) && (toks[m.end].Tag == "NN" || toks[m.end].Tag == "NNP") {
				continue // "New Jersey governor Chris Christie": a title's place
			}
			start = m.start
			break
		}
	}
	if start < 0 {
		return nil
	}
	for j := k + 3; j < start; j++ {
		if t := toks[j].Tag; t != "NN" && t != "NNP" && t != "JJ" && t != "DT" {
			return nil // only a title may stand before the first name
		}
	}
	var out []*docEntity
	for _, m := range listAt(toks, d.sents[si], start) {
		if actorEntity(m.ent) {
			out = append(out, m.ent)
		}
	}
	return out
}

// adjunctAuthor returns the author of a message when x's subject is what
// the phrase after the message names, where or when it was made, and x's
// verb one of speechActs: "Tom Wu posted a message on Twitter blaming
// Iran" (Tom Wu blamed Iran, not Twitter), "Ann Lee released a statement
// on Monday accusing Halvik". The extractor hangs the participle on the
// nearest noun. It returns nil otherwise.
func (d *docState) adjunctAuthor(si int, s nlp.Sentence, x schema.Extraction) (*docEntity, schema.Extraction) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !speechActs[verb] || x.Subject.End <= x.Subject.Start {
		return nil, schema.Extraction{}
	}
	first, _ := argTokens(s, x.Subject)
	if first < 1 || s.Tokens[first-1].Tag != "IN" {
		return nil, schema.Extraction{}
	}
	for _, y := range d.xs {
		v, _, _ := strings.Cut(y.Lemma, "_")
		if y.Negated || !issueVerbs[v] || y.Object.End <= y.Object.Start {
			continue
		}
		if _, e := argTokens(s, y.Object); e < 1 || !statementNouns[s.Tokens[e-1].Lower()] {
			continue
		}
		for _, a := range y.Extra {
			if a.Start < y.Object.End || a.Start > x.Subject.Start || a.End != x.Subject.End {
				continue
			}
			if w, _, _ := d.argument(si, s, y.Subject); w != nil && actorEntity(w) {
				return w, y
			}
		}
	}
	return nil, schema.Extraction{}
}

// orderedAides returns the actor whose own people x's subject names, when
// an order verb stands right before that subject and "to" right after it:
// "Tom Wu ordered his staff to delay the aid" (Tom Wu delayed it),
// "instructed its lawyers to sue Halvik", "directed Ann Lee's aides to
// call Oslo". Aides carry out what their principal orders; the report
// names the act as his. A wish ("told his aides to", "asked") stays
// unreported, as [wishedOfOther] has it. It returns nil otherwise.
func (d *docState) orderedAides(si int, s nlp.Sentence, x schema.Extraction) *docEntity {
	first, end := argTokens(s, x.Subject)
	toks := s.Tokens
	if first < 1 || end >= len(toks) || toks[end].Lower() != "to" || !orderedVerbs[toks[first-1].Lower()] {
		return nil
	}
	a := d.possessorOf(si, s, x.Subject, func(w string) bool { return aideNouns[w] })
	if a == nil || !actorEntity(a) {
		return nil
	}
	return a
}

// orderedVerbs hand an act to the ones they order ([docState.orderedAides]).
var orderedVerbs = map[string]bool{
	"ordered": true, "instructed": true, "directed": true, "authorized": true, "authorised": true, "tasked": true,
}

// aideNouns are the people who act for their principal on his order.
var aideNouns = map[string]bool{
	"staff": true, "aides": true, "aide": true, "advisers": true, "advisors": true, "adviser": true, "advisor": true,
	"lawyers": true, "lawyer": true, "attorneys": true, "attorney": true, "subordinates": true, "officials": true,
	"staffers": true, "team": true,
}

// issueVerbs make a message their subject's: "issued a statement", not
// "read a statement".
var issueVerbs = map[string]bool{
	"issue": true, "write": true, "send": true, "release": true, "publish": true, "sign": true,
	"deliver": true, "pen": true, "draft": true, "post": true, "circulate": true, "submit": true,
}

// handedControl returns the token of "control" (or "sovereignty") when x
// hands over control of its object's actor, or -1: a verb of giving up or
// handing and "control of" or "sovereignty over" opening the object or
// closing the relation ("relinquished control of | Hong Kong", "ceded |
// sovereignty over Halden").
func handedControl(s nlp.Sentence, x schema.Extraction) int {
	switch verb, _, _ := strings.Cut(x.Lemma, "_"); verb {
	case "relinquish", "hand", "transfer", "cede", "surrender", "give", "return":
	default:
		return -1
	}
	first, last := argTokens(s, x.Object)
	if first < 0 {
		return -1
	}
	control := func(k int) bool {
		switch s.Tokens[k].Lower() + " " + s.Tokens[k+1].Lower() {
		case "control of", "control over", "sovereignty over", "sovereignty of":
			return true
		}
		return false
	}
	switch {
	case first+2 < last && control(first):
		return first // "ceded | sovereignty over Halden"
	case first >= 2 && control(first-2):
		return first - 2 // "relinquished control of | Hong Kong"
	}
	return -1
}

// aboutSpeech reports whether lemma is a verb of speaking and the
// preposition of what it speaks of ("speak_about", "comment_on"), which
// leaves the one spoken to for a phrase after the object.
func aboutSpeech(lemma string) bool {
	verb, prep, _ := strings.Cut(lemma, "_")
	if prep != "about" && prep != "on" {
		return false
	}
	switch verb {
	case "speak", "talk", "comment", "complain", "testify", "boast", "joke":
		return true
	}
	return false
}

// speechActs are the verbs of speaking to an actor that a message does for
// its author.
var speechActs = map[string]bool{
	"urge": true, "thank": true, "ask": true, "warn": true, "accuse": true, "call": true, "tell": true,
	"criticize": true, "criticise": true, "condemn": true, "praise": true, "congratulate": true,
	"invite": true, "demand": true, "request": true, "blame": true, "inform": true, "advise": true,
}

// campaignHeads are the nouns of a person's campaign that "of" and the
// person's name follow ("the campaign of Tom Wu").
var campaignHeads = map[string]bool{"campaign": true}

// campaignOf reports whether toks, the words after a person's
// possessive or name, name the person's campaign, which speaks and acts
// for the candidate: "Ann Lee's campaign", "the Lee campaign", "his
// re-election campaign".
func campaignOf(toks []nlp.Token) bool {
	switch strings.ToLower(joinText(toks)) {
	case "campaign", "campaign team", "re-election campaign", "reelection campaign", "presidential campaign",
		"election campaign", "campaign staff":
		return true
	}
	return false
}

// regimeOf reports whether toks, the words after a person's possessive,
// name the government the person leads ([regimeNouns], or rule), which
// stands for its leader: "a movement against Ann Lee's government", "a
// threat to Wu's rule", "her military regime".
func regimeOf(toks []nlp.Token) bool {
	n := len(toks)
	if n == 2 && toks[0].Lower() == "military" {
		toks, n = toks[1:], 1
	}
	return n == 1 && (regimeNouns[toks[0].Lower()] || toks[0].Lower() == "rule")
}

// counselOf reports whether toks, the words after a possessive, name the
// counsel that acts for the possessor: "lawyers", "legal team", "defence
// attorneys".
func counselOf(toks []nlp.Token) bool {
	switch strings.ToLower(joinText(toks)) {
	case "lawyers", "attorneys", "legal team", "defence team", "defense team", "legal counsel", "counsel",
		"defence lawyers", "defense lawyers", "defence attorneys", "defense attorneys", "legal representatives":
		return true
	}
	return false
}

// gerundPhrase reports whether prev, a prepositional phrase whose verb is
// a gerund right after its preposition ("over selling its stores", "about
// moving the embassy"), ends where a begins: a, attached by the extractor
// to the main verb, is the gerund's ("to Tesco", "to Jerusalem"). After
// "of" the "gerund" is mostly a noun ("three days of mourning for").
func gerundPhrase(s nlp.Sentence, prev, a schema.Argument) bool {
	f, l := argTokens(s, prev)
	af, _ := argTokens(s, a)
	return f >= 0 && l > f+1 && l == af && s.Tokens[f].Tag == "IN" && s.Tokens[f].Lower() != "of" && s.Tokens[f+1].Tag == "VBG"
}

// cutHolderName returns the person named after an organisation's name and
// a lower-case role ("Centre for Peace director Tom Wu", "Party for
// Socialism and Liberation presidential nominee Ann Lee") when the
// argument ending at last was cut inside that name, at its "for": the
// argument is the person, not the body. It returns nil otherwise.
func cutHolderName(toks []nlp.Token, last int, covered func(int) *mention) *mention {
	if last < 1 || last >= len(toks) || toks[last].Text != "for" {
		return nil
	}
	o := covered(last - 1)
	if o == nil || o.end <= last || o.ent == nil || o.ent.typ != schema.Organization {
		return nil
	}
	k := o.end
	for k < len(toks) && k < o.end+3 && !isCap(toks[k].Text) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "VBN") {
		k++
	}
	if k == o.end || !roleNoun(toks[k-1].Lower()) {
		return nil
	}
	p := covered(k)
	if p == nil || p.start != k || p.ent == nil || p.ent.typ != schema.Person || !named(p) {
		return nil
	}
	return p
}

// nameCutByVerb reports whether an object argument a starts inside a
// name whose words before it are verb forms the extractor took for the
// relation: in "Planned Parenthood, along with the ACLU have announced",
// "Planned" is no verb of the ACLU and "Parenthood" no object. A verb is
// never part of its own object's name. (A subject cut so, "Parenthood" in
// "Planned Parenthood sued Ohio", still names its actor.)
func (d *docState) nameCutByVerb(si int, s nlp.Sentence, a schema.Argument) bool {
	if a.Text == "" || si >= len(d.sents) {
		return false
	}
	first, _ := argTokens(s, a)
	if first <= 0 {
		return false
	}
	var m *mention
	for _, c := range d.sents[si] {
		if c.start < first && first < c.end && !c.adj && (m == nil || c.end-c.start > m.end-m.start) {
			m = c
		}
	}
	if m == nil || m.ent == nil || !named(m) {
		return false
	}
	for i := m.start; i < first; i++ {
		if !strings.HasPrefix(s.Tokens[i].Tag, "VB") {
			return false
		}
	}
	return true
}

// titledWork reports whether the name at token k follows "entitled" or
// "titled", maybe after an opening quotation mark: 'a book titled
// "Norway"', "an artwork entitled America". The name is a work's title,
// not the state or the person it spells.
func titledWork(toks []nlp.Token, k int) bool {
	j := k - 1
	if j > 0 && quoteOpen(toks[j].Text) {
		j--
	}
	return j >= 0 && (toks[j].Lower() == "entitled" || toks[j].Lower() == "titled")
}

// authoredWork reports whether the name of e that opens the argument a
// is followed at once by "by" and another person's name ("reading Bright
// Future by Ola Nord", "sang Long Road by Ann Lee"): the object of an
// active verb so written is a work and its author, and the name the
// work's title, which the recogniser may have taken for a body's or a
// person's.
func (d *docState) authoredWork(si int, s nlp.Sentence, a schema.Argument, e *docEntity) bool {
	first, _ := argTokens(s, a)
	if first < 0 {
		return false
	}
	end := -1
	for _, m := range d.sents[si] {
		if m.start == first && m.ent == e && named(m) && !m.possessive {
			end = m.end
		}
	}
	if end < 0 || end+1 >= len(s.Tokens) || s.Tokens[end].Lower() != "by" {
		return false
	}
	for _, m := range d.sents[si] {
		if m.start == end+1 && m.ent != nil && m.ent != e && m.ent.typ == schema.Person && named(m) && !m.possessive {
			return true
		}
	}
	return false
}

// seatAfter reports whether the word right after argument a is "seat" or
// "seats", which the extractor read as a verb and left out of the
// argument: in "an election to fill the United States House of
// Representatives seat formerly held by Tom Wu" what is filled is the
// seat, not the chamber.
func seatAfter(s nlp.Sentence, a schema.Argument) bool {
	if a.Text == "" {
		return false
	}
	_, last := argTokens(s, a)
	if last < 0 || last >= len(s.Tokens) {
		return false
	}
	w := s.Tokens[last].Lower()
	return w == "seat" || w == "seats"
}

// joinedRoleBefore adds subj's role in o that a role noun joined by "and"
// before the copula's object states: "Tom Hale was the drummer and
// co-founder of Lumen" (the extractor reads "was the drummer" apart from
// "was co-founder of Lumen"): the drummer of Lumen is its member. The
// first noun must open its phrase after an article and at most two
// lower-case modifiers.
func (d *docState) joinedRoleBefore(si int, s nlp.Sentence, x schema.Extraction, subj, o *docEntity) {
	first, _ := argTokens(s, x.Object)
	if first < 3 || s.Tokens[first-1].Lower() != "and" || !strings.HasPrefix(s.Tokens[first-2].Tag, "NN") {
		return
	}
	w := s.Tokens[first-2].Lower()
	k := first - 3
	for k > 0 && k >= first-5 && lowerWord(s.Tokens[k].Text) && (strings.HasPrefix(s.Tokens[k].Tag, "JJ") || s.Tokens[k].Tag == "NN") {
		k-- // "the lead singer", "the founding chief executive"
	}
	if !article(s.Tokens[k].Lower()) {
		return
	}
	lemma := roleLemma([]string{w})
	if founderNouns[w] {
		lemma = "found"
	}
	if lemma != "" && subj != o {
		d.derive(si, x.Subject, x.Relation, lemma, subj, o, "", x.Confidence*placeArgConf)
	}
}

// namedDivision reports whether arg names a place titled by a noun of a
// place's division, before it or before the list it ends: "the cities
// Lodi", "the towns Lodi and Halvik". The name is a place, whatever the
// name's own type.
func namedDivision(s nlp.Sentence, arg schema.Argument) bool {
	first, last := argTokens(s, arg)
	if first < 0 {
		return false
	}
	for k := first; k < last && k < first+2; k++ {
		if divisionNouns[s.Tokens[k].Lower()] && k+1 < last && isCap(s.Tokens[k+1].Text) {
			return true // "the cities Lodi"
		}
	}
	for k := first - 1; k > 0 && k >= first-8; k-- {
		switch t := s.Tokens[k]; {
		case divisionNouns[t.Lower()]:
			return k+1 < first && isCap(s.Tokens[k+1].Text) // "the towns Lodi and Halvik"
		case t.Text != "and" && t.Text != "," && !isCap(t.Text):
			return false
		}
	}
	return false
}

// homePlace returns the place named by x's in-argument that opens at
// token k, right after "his home": its first name, or the name after "of"
// in "the neighbouring state of Maine"; nil when a person is named first.
func (d *docState) homePlace(si int, s nlp.Sentence, x schema.Extraction, k int) *docEntity {
	if k+1 >= len(s.Tokens) || s.Tokens[k].Lower() != "in" {
		return nil
	}
	var in schema.Argument
	for _, a := range append([]schema.Argument{x.Object}, x.Extra...) {
		if f, _ := argTokens(s, a); f == k || f == k+1 {
			in = a
		}
	}
	if in.End <= in.Start {
		return nil
	}
	_, last := argTokens(s, in)
	for _, m := range d.sents[si] {
		if m.ent == nil || m.start <= k || m.end > last {
			continue
		}
		if m.start != k+1 && !(m.start == k+2 && s.Tokens[k+1].Tag == "DT") && s.Tokens[m.start-1].Lower() != "of" {
			return nil // "in Tom Wu's home town of Oslo"
		}
		if isPlace(m.ent) {
			return m.ent
		}
		return nil
	}
	return nil
}

// dwellingNouns are the words of a person's dwelling that a place before
// them locates: "his Ohio home", "her Oslo apartment".
var dwellingNouns = map[string]bool{"home": true, "house": true, "residence": true, "apartment": true, "flat": true, "mansion": true}

// homeAt: "Tom Wu died at his Ohio home", "was arrested at her Oslo
// apartment": a person at his or her own dwelling, which a place before
// its noun locates, lives in that place. Only a place phrase after "at"
// or "in" counts, in the relation ("died at") or an extra argument, and
// only when no other person is named in it, whose home it might be.
func (d *docState) homeAt(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	rel := strings.Fields(strings.ToLower(x.Relation))
	args := []schema.Argument{}
	if n := len(rel); n > 1 && (rel[n-1] == "at" || rel[n-1] == "in") {
		args = append(args, x.Object)
	}
	for _, a := range x.Extra {
		if w, _, _ := strings.Cut(strings.ToLower(a.Text), " "); w == "at" || w == "in" {
			args = append(args, a)
		}
	}
	for _, a := range args {
		first, last := argTokens(s, a)
		if first >= 0 && (s.Tokens[first].Lower() == "at" || s.Tokens[first].Lower() == "in") {
			first++
		}
		if first < 0 || last-first < 2 || !dwellingNouns[s.Tokens[last-1].Lower()] {
			continue
		}
		if w := s.Tokens[first].Lower(); w != "his" && w != "her" {
			continue
		}
		if last-first == 2 {
			// "was arrested at his home in Oslo", "at her home in the
			// state of Maine": the place after the home's "in".
			if verb, _, _ := strings.Cut(x.Lemma, "_"); verb == "die" || verb == "pass" {
				continue // "died at his home in Oslo": die_in says it
			}
			if place := d.homePlace(si, s, x, last); place != nil && place != subj {
				d.derive(si, x.Subject, "home", liveIn, subj, place, "", x.Confidence*placeArgConf)
			}
			continue
		}
		var place *docEntity
		for _, m := range d.sents[si] {
			if m.ent == nil || m.start <= first || m.end > last {
				continue
			}
			if m.ent.typ == schema.Person && m.kind != mPronoun {
				place = nil // "at Tom Wu's Oslo home"
				break
			}
			if m.start == first+1 && m.end == last-1 && isPlace(m.ent) && m.ent != subj {
				place = m.ent
			}
		}
		if place != nil {
			d.derive(si, x.Subject, "home", liveIn, subj, place, "", x.Confidence*placeArgConf)
		}
	}
}
