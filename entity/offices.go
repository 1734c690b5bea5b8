// Offices: the posts that titles, appositions and copulas give people, and the
// state, body or chamber each post is of.

package entity

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

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
			if g := foreignTitled(ms, m, st); st != nil && st == home && g != nil {
				// "President Ana Ruiz welcomed Japanese Prime Minister
				// Tom Wu" in a report on his visit to Peru that names
				// Japan most: the host's state is the one the guest
				// visits; "President Ana Ruiz met Chinese President Tom
				// Wu": one state has one president.
				if h := d.visitedState(g.ent, st); h != nil {
					st = h
				} else if strings.EqualFold(g.titles[len(g.titles)-1].name, m.titles[len(m.titles)-1].name) {
					st = nil
				}
			}
			if st != nil && counterpartAfter(sents[si].Tokens, ms, m) == st {
				// "Foreign Minister Tom Wu held talks with his Swedish
				// counterpart" in a report that names Sweden most: the
				// counterpart's state is the other side's.
				st = nil
			}
			if st != nil && st == home && d.visits(e, st) {
				// "President Ann Lee, who is on an official visit to
				// Norway," in a report about Norway: a guest of the
				// state, no office of it.
				st = nil
			}
			if st == nil && (home == nil || d.visits(e, home)) {
				// "Prime Minister Ann Lee will visit Sweden" in a report
				// on Norway's dealings with Sweden: the guest's state is
				// the other one.
				st = d.guestState(e)
			}
			if lt := m.titles[len(m.titles)-1]; st == nil && home == nil && lt.lead && stateTitle(lt.name) {
				// "President Kenyatta said" in a report on Kenya and
				// Djibouti alike, after "The leaders of Kenya and
				// Djibouti, Uhuru Kenyatta and Ismail Omar Guelleh
				// respectively": the one state the document has him head.
				st = d.oneObject(e, func(f *docFact) bool {
					return f.Lemma == schema.Lead && !f.Negated && f.obj.typ == schema.GPE && d.r.country(f.obj)
				})
			}
			last := m.titles[len(m.titles)-1].name
			if (e.gaz == nil || e.gaz.office == "") && ledBodyBefore(sents[si].Tokens, ms, m) {
				// "The Supreme Court is led by President Ann Lee": the
				// president of the body the sentence names, not of the
				// report's state.
				continue
			}
			var o *docEntity
			lemma, fixed := "", false
			co, coLemma := d.companyOfficer(si, sents[si].Tokens, ms, namedTitleStart(m), m.start, home)
			switch {
			case e.gaz != nil && e.gaz.office != "" && len(chambers[strings.ToLower(last)]) == 0:
				// "President Joe Biden": the office the gazetteer says
				// the person holds; a legislator's title ("Senator Kamala
				// Harris") is a seat in a chamber, read as anyone's below.
				o = d.byKey[normKey(e.gaz.office)]
				if o == nil {
					o = d.pairedState(e.gaz.office)
				}
			case bodyOfAfter(sents[si].Tokens, ms, m.end) || namedTitleStart(m) == m.start && apposedOf(sents[si].Tokens, m.end, last):
			case titleStates[last] != "" && d.byKey[normKey(titleStates[last])] != nil:
				// "a visit to Ireland with Taoiseach Liam Nolan": a
				// title only one state gives.
				o = d.byKey[normKey(titleStates[last])]
				if !m.titles[len(m.titles)-1].lead {
					lemma = schema.WorkFor
				}
			case assignFound(&o, d.ownBody(officePortfolio(sents[si].Tokens, m), e, home, pos{si, m.start})):
				// "Home Secretary Ann Lee" in a report that names the
				// Home Office (GUIDE: "South Korea's defence ministry").
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
			case co != nil:
				// "Chief executive Tom Wu said" in a report about Orvel
				// Energy: an officer of the company the report is about
				// ([docState.companyOfficer]); the title says how.
				o, lemma, fixed = co, coLemma, true
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
			case st == nil && assignFound(&o, d.titleMinistry(sents[si].Tokens, m, pos{si, m.start})):
				// "Finance Minister Tom Wu" in a report that names no
				// state of his and no ministry: the ministry his title
				// names (GUIDE: "South Korea's defence ministry").
				lemma = schema.WorkFor
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
			case (last == "Mayor" || last == "mayor" || last == "Governor") && titleFromAfter(sents[si].Tokens, m.end, last):
				// "Tom Wu, a mayor from northern Norway,": the town is
				// one the report does not name.
			case last == "Mayor" || last == "mayor":
				// "mayor John Tory suggested a probe" in a report about
				// Toronto: the one town the sentence, or else the whole
				// report, names.
				o = d.describedOffice(si, "mayor", d.governedTownPlace)
				if o == nil {
					o = d.governedTown(si)
				}
				if o == nil {
					o = d.officeOfPlace(si, e, "mayor", d.governedTownPlace)
				}
			case last == "Governor" || last == "Gov." || last == "Chief Minister":
				// "Governor Ann Lee postponed the primary in Ohio": the
				// one region the sentence, or else the whole report,
				// names; "Chief Minister Ann Lee" in a report about
				// Kerala heads that state of India so.
				region := func(e *docEntity) bool { return governedPlace(e) || d.regionalPlace(e) }
				if last != "Chief Minister" {
					o = d.describedOffice(si, "governor", region)
				}
				if o == nil {
					o = d.governedRegion(si, regionalTitle(sents[si].Tokens, m))
				}
				if o == nil && last != "Chief Minister" {
					o = d.officeOfPlace(si, e, "governor", region)
				}
				if o == nil && last != "Chief Minister" && regionalTitle(sents[si].Tokens, m) {
					// "Regional Governor Ann Lee agreed" in a report that
					// names several provinces and one "Autonomous Region
					// in Velmar": the region's head.
					o = d.oneNamedRegion()
				}
			case councilTitles[strings.ToLower(last)]:
				// "Councillor Quinn described the rally" in a report that
				// names Tameside Council: a member of the one council the
				// document names (GUIDE: a title's body is the one the
				// document names).
				o, lemma = d.oneCouncil(), schema.MemberOf
			case last == "Commissioner" && bareTitle(sents[si].Tokens, m, last):
				// "speaking for Commissioner Ann Lee" in a report that
				// names the European Commission: a member of the one
				// commission the document names.
				o, lemma = d.oneCommission(), schema.MemberOf
			default:
				// "Senator Ann Lee" in a report that names the Senate;
				// "House Speaker Tom Wu" leads the one chamber it names;
				// a report that names the US Congress is one on the US.
				us := d.usSeat(home) || d.usReport()
				if m.country != nil {
					us = d.usSeat(m.country.ent) // "Philippine Senator Ann Lee" in a report about the US
				}
				stateSeat := false
				if k := namedTitleStart(m); k > 0 && strings.EqualFold(sents[si].Tokens[k-1].Text, "state") || strings.HasPrefix(strings.ToLower(m.full), "state ") {
					us, stateSeat = false, true // "state Senator Ann Lee" sits in a state's senate
				}
				o, lemma = d.seatChamber(last, us), schema.MemberOf
				if f := d.held[heldKey{e, last}]; o == nil && m.country == nil && !stateSeat && len(chambers[strings.ToLower(last)]) > 0 && f != nil && f.Lemma == schema.MemberOf {
					// "US Senator Tom Wu ... Senator Wu's plan": the
					// holder's bare title restates the seat an earlier
					// title gave ([docState.hold]), in a report that names
					// no chamber of its own.
					o = f.obj
				}
				if o == nil && (stateSeat || slices.Equal(chambers[strings.ToLower(last)], []string{"assembly"})) {
					// "State Senator Ann Lee", "Assemblywoman Mia Holt" in a
					// report on Nevada that names none of its chambers: a
					// legislator of the one US state the sentence, or else
					// the report, names (GUIDE: a title's body is the one
					// the document names).
					o = d.legislatureState(si)
				}
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
				case fixed:
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

// describedOffice returns the one place, of those ok accepts, that the
// sentence before si gives an unnamed holder of the office noun: "Virginia's
// governor has ordered an evacuation. Gov. Ralph Northam said", "The mayor of
// Bergen resigned. Mayor Tom Wu said": a report names the office, then the
// holder by the bare title. It returns nil when that sentence names no such
// office, or two.
func (d *docState) describedOffice(si int, noun string, ok func(*docEntity) bool) *docEntity {
	if si < 1 || si-1 >= len(d.sents) {
		return nil
	}
	toks := d.input[si-1].Tokens
	var found *docEntity
	for _, m := range d.sents[si-1] {
		if m.ent == nil || !ok(m.ent) || !officeOf(toks, m, noun) {
			continue
		}
		if found != nil && found != m.ent {
			return nil
		}
		found = m.ent
	}
	return found
}

// pairedState returns the entity of the sovereign state named state when
// the document names it only in a hyphenated pair of states ("the
// India-China relationship", "US-China trade talks"), making it, or nil.
// Such a pair names both states, though neither is a mention of its own.
func (d *docState) pairedState(state string) *docEntity {
	if d.paired == nil {
		d.paired = map[string]bool{}
		for _, s := range d.input {
			for _, t := range s.Tokens {
				a, b, ok := strings.Cut(t.Text, "-")
				if !ok || !isCap(a) || !isCap(b) {
					continue
				}
				ga, gb := d.r.g.entries[normKey(a)], d.r.g.entries[normKey(b)]
				if d.r.sovereign(ga) && d.r.sovereign(gb) && ga != gb {
					d.paired[ga.name], d.paired[gb.name] = true, true
				}
			}
		}
	}
	g := d.r.g.entries[normKey(state)]
	if g == nil || !d.paired[g.name] {
		return nil
	}
	if e := d.byKey[normKey(g.name)]; e != nil {
		return e
	}
	return d.create(g.name, &mention{typ: schema.GPE, gaz: g})
}

// foreignTitled returns the mention of another person of ms than m's that
// is titled with st's name or adjective ("Japanese Prime Minister Tom
// Wu"), or nil.
func foreignTitled(ms []*mention, m *mention, st *docEntity) *mention {
	for _, n := range ms {
		if n != m && n.ent != nil && n.ent != m.ent && n.ent.typ == schema.Person && len(n.titles) > 0 &&
			n.country != nil && n.country.ent == st {
			return n
		}
	}
	return nil
}

// visitedState returns the one country other than st that a fact of the
// document has e visit, travel to or arrive in, or nil.
func (d *docState) visitedState(e, st *docEntity) *docEntity {
	var host *docEntity
	for _, f := range d.facts {
		if f.subj != e || f.obj == nil || f.obj == st || f.Negated || !d.r.country(f.obj) ||
			f.Lemma != "visit" && f.Lemma != "travel_to" && f.Lemma != "arrive_in" {
			continue
		}
		if host != nil && host != f.obj {
			return nil
		}
		host = f.obj
	}
	return host
}

// visits reports whether a fact of the document has e visit, travel to or
// arrive in st.
func (d *docState) visits(e, st *docEntity) bool {
	return slices.ContainsFunc(d.facts, func(f *docFact) bool {
		return f.subj == e && f.obj == st && !f.Negated &&
			(f.Lemma == "visit" || f.Lemma == "travel_to" || f.Lemma == "arrive_in")
	})
}

// guestState returns the state of a person who visits one of the only two
// countries the document names, the other one ("Prime Minister Ann Lee
// will visit Sweden" in a report that names Norway and Sweden); a visit to
// a town is left out, as leaders travel in their own state too. It
// returns nil when the document names any other number of countries,
// or the person visits neither or both.
func (d *docState) guestState(e *docEntity) *docEntity {
	var two []*docEntity
	for _, c := range d.ents {
		if c.typ == schema.GPE && c.n > 0 && d.r.country(c) {
			if len(two) == 2 {
				return nil
			}
			two = append(two, c)
		}
	}
	if len(two) != 2 {
		return nil
	}
	var host *docEntity
	for _, f := range d.facts {
		if f.subj != e || f.obj == nil || f.Negated || f.Lemma != "visit" && f.Lemma != "travel_to" && f.Lemma != "arrive_in" {
			continue
		}
		for _, c := range two {
			if f.obj == c {
				if host != nil && host != c {
					return nil
				}
				host = c
			}
		}
	}
	switch host {
	case nil:
		return nil
	case two[0]:
		return two[1]
	}
	return two[0]
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
	k := apposedTitle(toks, end, last)
	return k >= 0 && (toks[k+1].Text == "of" || toks[k+1].Text == "at" && atBody(toks, k+2))
}

// apposedTitle returns the index of the last word of the title last in an
// apposition after a name that ends at token end, within its first four
// words and before the sentence's last token ("Tom Wu, the president of",
// "Ann Lee, a mayor from"), or -1.
func apposedTitle(toks []nlp.Token, end int, last string) int {
	if end >= len(toks) || toks[end].Text != "," {
		return -1
	}
	f := strings.Fields(last)
	for k := end + 1; k+1 < len(toks) && k <= end+4; k++ {
		if strings.EqualFold(toks[k].Text, f[len(f)-1]) {
			return k
		}
	}
	return -1
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
// names none or more than one. A document that names no such force may
// name one criminal police bureau ("the National Bureau of
// Investigation"), whose detectives hold the same ranks.
func (d *docState) onePolice() *docEntity {
	force := d.oneForce(func(name string) bool {
		return slices.ContainsFunc(strings.Fields(name), func(w string) bool { return isCap(w) && policeWords[strings.ToLower(w)] })
	})
	if force == nil {
		force = d.oneForce(func(name string) bool { return strings.Contains(name, "Bureau of Investigation") })
	}
	return force
}

// oneForce returns the one organisation mentioned whose name is, by
// isForce, a force's, or nil when none or more than one is.
func (d *docState) oneForce(isForce func(name string) bool) *docEntity {
	var force *docEntity
	for _, e := range d.ents {
		if e.typ != schema.Organization || len(e.mentions) == 0 || !isForce(e.name) {
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

// usState reports whether e is a state of the United States that the
// gazetteer lists.
func usState(e *docEntity) bool {
	return e.typ == schema.GPE && e.gaz != nil && e.gaz.region && e.gaz.in == "United States"
}

// legislatureState returns the US state whose legislature a state
// legislator named with no chamber in sentence si sits in: the one state
// the sentence names, or else the state the report names most, at least
// twice, and more often than any other unless the headline names it
// ("Nevada becomes first state ..." over a Colorado named as often). It
// returns nil otherwise.
func (d *docState) legislatureState(si int) *docEntity {
	var r *docEntity
	for _, m := range d.sents[si] {
		if m.ent == nil || !usState(m.ent) || m.kind == mPronoun {
			continue
		}
		if r != nil && r != m.ent {
			return nil
		}
		r = m.ent
	}
	if r != nil {
		return r
	}
	var most []*docEntity
	for _, e := range d.ents {
		switch {
		case !usState(e) || e.n < 2 || len(most) > 0 && e.n < most[0].n:
		case len(most) > 0 && e.n == most[0].n:
			most = append(most, e)
		default:
			most = []*docEntity{e}
		}
	}
	if len(most) > 1 {
		// A tie: the one the headline names.
		most = slices.DeleteFunc(most, func(e *docEntity) bool { return e.first.sent != 0 })
	}
	if len(most) != 1 {
		return nil
	}
	return most[0]
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
// another sentence than si names as the office's ([officeOf]) with no other
// named person in that sentence: "The governor of Kelby declared an
// emergency. ... Governor Tom Wu said" (the lead's ruling: a
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
			if m.ent == nil || !place(m.ent) || !officeOf(toks, m, noun) {
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

// officeOf reports whether the place of mention m stands with the office's
// noun as its holder's: "the governor of Kelby", "Kelby's governor".
func officeOf(toks []nlp.Token, m *mention, noun string) bool {
	if !named(m) || m.adj {
		return false
	}
	if m.possessive {
		return m.end+1 < len(toks) && toks[m.end+1].Lower() == noun
	}
	k := m.start - 1
	if k > 1 && toks[k].Lower() == "the" {
		k-- // "the mayor of the city of Oslo" stays out: "city" is no office
	}
	return k > 0 && toks[k].Lower() == "of" && toks[k-1].Lower() == noun
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
		if !m.role && m.ent == f.obj {
			m = d.officeNaming(f.obj)
		}
		if m == nil || !m.role || m.ent != f.obj || len(m.titles) == 0 {
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

// officeNaming returns the role mention that names the office e, an
// actor made of a title with no holder's name ("the new Swedish Prime
// Minister" → Prime Minister of Sweden), anywhere in the document, or nil
// when e is named otherwise. A headline that writes the title by itself
// ("Ann Lee resigns as Swedish Prime Minister") resolves to that office
// with a plain name mention, which holds no state of its own.
func (d *docState) officeNaming(e *docEntity) *mention {
	if e == nil || e.typ != schema.Person || !strings.Contains(e.name, " of ") {
		return nil // most objects: no office's name
	}
	for _, ms := range d.sents {
		for _, m := range ms {
			if m.role && m.ent == e && m.name == e.name && len(m.titles) > 0 {
				return m
			}
		}
	}
	return nil
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
		if p.end > o1.start || o1.end > o2.start {
			continue // nested mentions: "the Conservative Government" holds "Conservative"
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

// rankingWord reports whether the token t (w, lower case) ranks a title's
// holder among its holders: a superlative or an ordinal ("the youngest
// prime minister", "the twelfth prime minister", "the longest-serving
// president"), which leaves the office the same.
func rankingWord(t nlp.Token, w string) bool {
	switch w {
	case "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth":
		return true
	}
	return t.Tag == "JJS" || ordinalWord(w) || strings.HasSuffix(w, "-serving")
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
	for i, t := range toks {
		w := strings.TrimPrefix(t.Lower(), "then-")
		if w == "shadow" {
			return "" // "the shadow home secretary": no office of the state
		}
		if (w == "of" || w == "for") && len(f) == 1 && f[0] == "Minister" && ministerPortfolio(toks[i+1:]) {
			// "the minister of environment", "the minister of state for
			// works": a minister of the state's government, the
			// portfolio after "of" or "for".
			return schema.WorkFor
		}
		if len(f) == 0 && (t.Tag == "DT" || descWord(w) || timeWords[w] || provisionalWords[w] || rankingWord(t, w)) {
			continue
		}
		if w == "" || !unicode.IsLetter([]rune(w)[0]) || len(f) == 3 {
			return ""
		}
		if w == "of" && len(f) > 0 {
			f = append(f, w) // "secretary of state": Secretary of State
			continue
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

// viceTitles are the titles of a head of state's deputy, who takes the
// head's office when it falls vacant.
var viceTitles = map[string]bool{"Vice President": true, "Vice-President": true, "Deputy President": true}

// viceRisen returns the state whose head person e becomes when toks, the
// post a verb of becoming gives e in sentence si, are a lower-case
// "president" ([homeTitle] leaves it to firms and provinces) and e is
// titled in the sentence as the state's vice president: "Peru's Vice
// President Ann Lee was sworn in as president", "Vice President Tom Wu
// became president" in a report about one state. The state is the one
// named with the title, else the report's ([docState.homeState]); nil
// otherwise.
func (d *docState) viceRisen(si int, e *docEntity, toks []nlp.Token) *docEntity {
	n := 0
	for _, t := range toks {
		if w := t.Lower(); w == "president" && t.Text == w {
			n++
		} else if t.Tag != "DT" && !descWord(w) && !provisionalWords[w] {
			return nil
		}
	}
	if n != 1 {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.ent != e || !named(m) || len(m.titles) == 0 || !viceTitles[m.titles[len(m.titles)-1].name] {
			continue
		}
		if m.country != nil && d.r.country(m.country.ent) {
			return m.country.ent
		}
		return d.homeState()
	}
	return nil
}

// ministerPortfolio reports whether toks are one to five words of letters
// that name a minister's portfolio ([portfolioWords], an [abstractNoun],
// or "state" of a minister of state): "environment", "state for works",
// "the Interior", "national reconciliation"; not "the church".
func ministerPortfolio(toks []nlp.Token) bool {
	if len(toks) == 0 || len(toks) > 5 {
		return false
	}
	named := false
	for _, t := range toks {
		w := t.Lower()
		if r := []rune(w); !unicode.IsLetter(r[0]) {
			return false
		}
		named = named || w == "state" || portfolioWords[strings.ToUpper(w[:1])+w[1:]] || abstractNoun(w)
	}
	return named
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
	for si, ms := range d.sents {
		toks := sents[si].Tokens
		for _, m := range ms {
			if m.ent == nil || m.ent.typ != schema.Person || !named(m) || m.role || m.country != nil || m.org != nil {
				continue
			}
			a, b := -1, -1 // the title's tokens
			// "the incoming Minister of Finance, Professor Tom Wu,": a
			// form of address between the comma and the name.
			if k := min(m.start, namedTitleStart(m)) - 1; k > 1 && toks[k].Text == "," && closedAfter(sents[si], m.end) {
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
			if k := m.end; a < 0 && k+2 < len(toks) && toks[k].Text == "(" {
				// "the removal of Tom Wu (former finance minister)": a
				// title in brackets right after the name.
				for j := k + 2; j < len(toks) && j <= k+6; j++ {
					if toks[j].Text == ")" {
						a, b = k+1, j
						break
					}
				}
			}
			if b-a < 2 || actorWithin(ms, a, b) {
				continue // "the Norwegian prime minister, Ann Lee,": the state is named
			}
			title := toks[a:b]
			if o, lemma := d.companyOfficer(si, toks, ms, a, b, home); o != nil && o != m.ent {
				// "Tom Wu, the chief operating officer, said" in a report
				// about Orvel: the company's officer.
				d.derive(si, argOf(sents[si], m), joinText(title), lemma, m.ent, o, "", roleConf)
				continue
			}
			if home == nil {
				// "the incoming Minister of Finance, Professor Tom Wu," in
				// a report about no one state: the ministry the title
				// names.
				if o := d.apposedMinistry(title); o != nil {
					d.derive(si, argOf(sents[si], m), joinText(title), schema.WorkFor, m.ent, o, "", roleConf)
				}
				continue
			}
			lemma := officeTitle(title)
			if lemma == "" && title[len(title)-1].Lower() == "president" && (!d.namesBody() || d.presidentialState(sents, home)) {
				// "the current president, Tom Wu," in a report about one
				// state that names no organisation: no company's or
				// club's president can be meant, so the state's; nor in
				// one about the state's presidential election.
				capped := slices.Clone(title)
				capped[len(capped)-1] = nlp.Token{Text: "President", Tag: "NNP"} // a new token: Lower is cached
				lemma = homeTitle(capped)
			}
			if o := d.homeOffice(title, home); lemma != "" && o != nil && o != m.ent {
				d.derive(si, argOf(sents[si], m), joinText(title), lemma, m.ent, o, "", roleConf)
			}
		}
		if home != nil {
			d.pluralOffices(si, sents[si], home)
		}
	}
}

// apposedMinistry returns the ministry that the title toks names, a
// minister's with a portfolio after "of" or "for" ("the Minister of
// Finance") or before it ("the finance minister"), after modifiers such as
// "the" and "incoming": the one the document names
// ([docState.portfolioBody]) or one made as the title writes it ("Ministry
// of Finance", "Finance Ministry"); nil for any other title ("the prime
// minister", "the minister of the church").
func (d *docState) apposedMinistry(toks []nlp.Token) *docEntity {
	i := 0
	for i < len(toks) && (toks[i].Tag == "DT" || descWord(toks[i].Lower()) || timeWords[toks[i].Lower()] || provisionalWords[toks[i].Lower()] || formerWord(toks[i].Lower()) || toks[i].Lower() == "incoming") {
		i++
	}
	toks = toks[i:]
	switch {
	case len(toks) >= 3 && toks[0].Lower() == "minister" && (toks[1].Lower() == "of" || toks[1].Lower() == "for"):
		rest := toks[2:]
		if rest[0].Lower() == "the" {
			rest = rest[1:]
		}
		if !ministerPortfolio(rest) || len(rest) > 3 {
			return nil
		}
		var words []string
		for _, t := range rest {
			w := t.Text
			if t.Lower() != "and" {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			words = append(words, w)
		}
		p := strings.Join(words, " ")
		return d.portfolioMinistry(p, "Ministry "+toks[1].Lower()+" "+p)
	case len(toks) == 2 && toks[1].Lower() == "minister":
		p := strings.ToUpper(toks[0].Text[:1]) + toks[0].Text[1:]
		if !portfolioWords[p] || notPortfolios[p] {
			return nil
		}
		return d.portfolioMinistry(p, d.writtenMinistry(p, p+" Ministry"))
	}
	return nil
}

// portfolioMinistry returns the body the document names for portfolio p
// ([docState.portfolioBody]), else the ministry called name, made when
// no entity has that name yet.
func (d *docState) portfolioMinistry(p, name string) *docEntity {
	if b := d.portfolioBody(p); b != nil {
		return b
	}
	if e := d.byKey[normKey(name)]; e != nil {
		return e
	}
	return d.create(name, &mention{typ: schema.Organization})
}

// presidentialState reports whether a sentence of the document writes
// "presidential" right after the state home, by its adjective or its
// possessive ("the Norwegian presidential election", "Norway's
// presidential race"): the report is about the state's presidency, so
// a lower-case "the president" in it is the state's, whatever bodies it
// names besides.
func (d *docState) presidentialState(sents []nlp.Sentence, home *docEntity) bool {
	for si, ms := range d.sents {
		toks := sents[si].Tokens
		for _, m := range ms {
			if m.ent != home || !m.adj && !m.possessive {
				continue
			}
			k := m.end
			if k < len(toks) && toks[k].Tag == "POS" {
				k++
			}
			if k < len(toks) && toks[k].Text == "presidential" {
				return true
			}
		}
	}
	return false
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
// senior vice president Tom Wu", [unknownBodyName]): the office is that place's or that
// body's, whose facts the role rules give, not the report's state's nor a
// national ministry's.
func placeBeforeTitle(toks []nlp.Token, ms []*mention, m *mention, home *docEntity) bool {
	for _, g := range ms {
		if g == m || g.end >= m.start || g.ent == nil || g.ent == home || !isPlace(g.ent) && g.ent.typ != schema.Organization && !unknownBodyName(toks, g, m) ||
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
// reader knows, unless its state is another than the one e was titled for
// ("Russian Foreign Minister Ivan Petrov", then "the Japanese Foreign
// Ministry" and "Foreign Minister Petrov"); one named only later with a
// state ("the Russian Foreign Ministry") is no office of a minister of
// another state than home.
func (d *docState) ownBody(p string, e, home *docEntity, at pos) *docEntity {
	b := d.portfolioBody(p)
	if b == nil {
		return nil
	}
	if d.otherMinister(p, e, at) {
		return nil
	}
	before := b.first.less(at)
	if before && e.country == nil {
		return b
	}
	for _, ms := range d.sents {
		for _, m := range ms {
			if c := m.country; m.ent == b && c != nil && c.ent != nil && c.ent != e.country && (before || c.ent != home) {
				return nil
			}
		}
	}
	return b
}

// unknownBodyName reports whether g, a name the gazetteer does not know
// that was read as a person's, is written inside the titles of the person
// mention m, before its name: "JSC Global Audio Visual President Pham
// Nhat Vu". One
// person's name never stands before another's title, so g names the body
// whose title it is, as a known company's name would ("Halvik president
// Tom Wu"), and no state is that body. Before a minister's or a
// secretary's title the words are a portfolio ("Civil Aviation Minister
// Tom Wu"), the state's.
func unknownBodyName(toks []nlp.Token, g, m *mention) bool {
	if g.ent.typ != schema.Person || g.ent.gaz != nil || g.start < namedTitleStart(m) || g.end >= m.start || g.end-g.start < 2 {
		return false
	}
	if t := m.titles[len(m.titles)-1].name; strings.Contains(t, "Minister") || strings.Contains(t, "Secretary") {
		return false // "Civil Aviation Minister Tom Wu": a portfolio, the state's
	}
	for _, t := range toks[g.start:g.end] {
		if !isCap(t.Text) {
			return false
		}
	}
	return true
}

// otherMinister reports whether a person other than e was titled with
// portfolio p before at: a ministry has one minister, so a second "Foreign Minister" is another
// state's ("Foreign Minister Tom Wu met his Swedish counterpart, the
// Foreign Office said. ... his meeting with Foreign Minister Ann Berg").
// A former holder ("former Foreign Minister Tom Wu") is no rival.
func (d *docState) otherMinister(p string, e *docEntity, at pos) bool {
	for si, ms := range d.sents {
		if si > at.sent || si >= len(d.input) {
			break
		}
		toks := d.input[si].Tokens
		for _, m := range ms {
			if m.ent == nil || m.ent == e || m.ent.typ != schema.Person || len(m.titles) == 0 || !(pos{si, m.start}).less(at) {
				continue
			}
			if officePortfolio(toks, m) != p || formerBefore(toks, m) {
				continue
			}
			return true
		}
	}
	return false
}

// formerBefore reports whether a word of [formerWords] is among the
// modifiers before m's titles ("former Foreign Minister Tom Wu").
func formerBefore(toks []nlp.Token, m *mention) bool {
	k := namedTitleStart(m)
	for i := modifiersBefore(toks, k); i < k && i < len(toks); i++ {
		if formerWord(toks[i].Lower()) {
			return true
		}
	}
	return k > 0 && k-1 < len(toks) && formerWord(toks[k-1].Lower())
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
			if b := bareChamber(o, c); b != nil {
				return b
			}
			return d.oneStateChamber(o, c)
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

// oneStateChamber returns the chamber of chambers, all of the kind c,
// that the document mentions most, when each is named by one and the same
// state's name or adjective before the kind ("UK Parliament" and "the
// British parliament" are one chamber), or nil.
func (d *docState) oneStateChamber(chambers []*docEntity, c string) *docEntity {
	var best *docEntity
	state := ""
	for _, e := range chambers {
		pre, ok := strings.CutSuffix(normKey(e.name), " "+c)
		if !ok {
			return nil
		}
		st, ok := d.r.g.demonyms[pre]
		if g := d.r.g.entries[pre]; !ok && g != nil && g.typ == schema.GPE && g.in == "" {
			st, ok = g.name, true
		}
		if !ok || state != "" && st != state {
			return nil
		}
		state = st
		if best == nil || len(e.mentions) > len(best.mentions) {
			best = e
		}
	}
	return best
}

// chambersNamed returns the organisations of the document named as a
// chamber of the kind c ("senate": the "US Senate", the "Nordic Senate").
func (d *docState) chambersNamed(c string) []*docEntity {
	var out []*docEntity
	for _, e := range d.ents {
		if e.typ != schema.Organization {
			continue // as below, before the name's words are made
		}
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
	case "President", "Prime Minister", "PM", "Deputy PM", "Premier", "Vice President", "Vice Premier", "National Security Advisor", "National Security Adviser",
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

// titleFromAfter reports whether the apposition after a name that ends at
// token end gives the title last and then where its holder is from, not
// the place the office is of: "Tom Wu, a mayor from northern Norway,",
// "Ann Lee, a governor in the east,".
func titleFromAfter(toks []nlp.Token, end int, last string) bool {
	k := apposedTitle(toks, end, last)
	if k < 0 || k+2 >= len(toks) {
		return false
	}
	p, next := toks[k+1].Lower(), toks[k+2].Text
	return p == "from" || p == "in" && !isCap(next) && next != "office"
}

// assignFound sets *o to e and reports whether e is an entity, so that a
// case of a switch tests a look-up and keeps what it found
// ([docState.officeFacts], [docState.resolve]).
func assignFound(o **docEntity, e *docEntity) bool {
	*o = e
	return e != nil
}

// titleMinistry returns the ministry that the portfolio written before the
// minister's title of m names ("Finance" of "Finance Minister Tom Wu"),
// made as the title writes it ("Finance Ministry") when the document names
// no body of that portfolio, or nil: none when the document names one (a
// state's, which [docState.ownBody] weighs), when another person held the
// portfolio before (another state's minister), or for a head's title
// ("Prime Minister", "First Minister").
func (d *docState) titleMinistry(toks []nlp.Token, m *mention, at pos) *docEntity {
	if len(m.titles) == 0 || m.ent == nil || !strings.HasSuffix(m.titles[len(m.titles)-1].name, "Minister") {
		return nil
	}
	p := officePortfolio(toks, m)
	if p == "" && m.titles[len(m.titles)-1].name == "Minister" {
		// "new Revenue Minister Judith Collins": a capitalised word no
		// list holds right before the title, no state's, party's or
		// other known name.
		if w := strings.Fields(m.full); len(w) > 2 && w[1] == "Minister" && d.r.g.entries[normKey(w[0])] == nil && d.r.g.demonyms[normKey(w[0])] == "" &&
			!strings.HasSuffix(w[0], "an") && !strings.HasSuffix(w[0], "ese") && !strings.HasSuffix(w[0], "ish") {
			p = w[0]
		}
	}
	if p == "" || !isCap(p) || notPortfolios[p] {
		return nil
	}
	b := d.portfolioBody(p)
	switch {
	case b != nil && len(b.mentions) == 0:
		return b // made for an earlier title, or for a ministry the report describes
	case b != nil || d.otherMinister(p, m.ent, at):
		return nil
	}
	name := p + " Ministry"
	return d.create(d.writtenMinistry(p, name), &mention{typ: schema.Organization})
}

// writtenMinistry returns the name of portfolio p's ministry as the
// document writes it where no entity is read ("the ministry of finance"
// gives "Ministry of Finance", "the trade ministry" "Trade Ministry"), or
// name.
func (d *docState) writtenMinistry(p, name string) string {
	lp := strings.ToLower(p)
	for _, s := range d.input {
		toks := s.Tokens
		for k := 0; k+2 < len(toks); k++ {
			if toks[k].Lower() != "ministry" || toks[k+1].Lower() != "of" && toks[k+1].Lower() != "for" {
				continue
			}
			j := k + 2
			if toks[j].Lower() == "the" && j+1 < len(toks) {
				j++
			}
			if toks[j].Lower() == lp && (j+1 == len(toks) || !strings.HasPrefix(toks[j+1].Tag, "NN")) {
				return "Ministry " + toks[k+1].Lower() + " " + p
			}
		}
	}
	return name
}

// notPortfolios are words before "Minister" that name no ministry: a
// head's or a rank's ("Prime Minister", "Deputy Minister").
var notPortfolios = map[string]bool{
	"Prime": true, "First": true, "Chief": true, "Deputy": true, "Senior": true, "Junior": true, "Cabinet": true,
	"State": true, "Acting": true, "Former": true, "Assistant": true, "Vice": true, "Shadow": true, "Associate": true,
	"Principal": true, "Head": true, "Lead": true, "Premier": true, "Grand": true, "Super": true, "Interim": true,
	"Then": true, "Ex": true, "New": true, "Outgoing": true, "Incoming": true, "Federal": true, "Regional": true,
	"Provincial": true, "Opposition": true, "Caretaker": true, "Foreign-born": true, "Another": true, "The": true,
}
