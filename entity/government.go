package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Governments: "the Canadian government", "Canada's government", "the
// government of Canada" and "UK Government" are one actor (and "Canada's
// parliament" another, the "Canadian parliament"), named the way
// news most often names it, by the state's adjective ("Canadian
// government"; "New Zealand government" for a state with none), so that
// it is one node in every document. A bare "the government" is the latest
// such government, else the government of the state the document is
// about ([docState.homeGovernment]); "government officials" act for it.
// A government named by the party that forms it ("the Labour government")
// or by the person who leads it ("the Bush administration", "the Pinochet
// regime") is an actor named as written ([partyGovernment],
// [leaderBodies]).

// governmentStaff are the nouns after "government" that name people acting
// for it: "government officials".
var governmentStaff = map[string]bool{
	"official": true, "officials": true, "bureaucrats": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true,
}

// partyMembers are the nouns of an unnamed member of a party or a body
// that stands for it after its name: "a Labour candidate", "a Green MP",
// "the youngest Legislative Council member". Plurals are left out: "three Labour councillors in Birmingham" are no
// party in Birmingham.
var partyMembers = map[string]bool{
	"candidate": true, "nominee": true, "mp": true, "member": true, "lawmaker": true, "councillor": true,
	"councilor": true, "senator": true, "challenger": true,
}

// governmentName returns the canonical name of the government of state, a
// GPE mention: the state's adjective and "government".
func (r *Resolver) governmentName(state *mention) string { return r.stateBody(state, "government") }

// stateBody returns the canonical name of a state's body named by noun:
// the state's adjective and the noun ("Canadian government", "Afghan
// team"), or the state's name when it has no adjective.
func (r *Resolver) stateBody(state *mention, noun string) string {
	if adj := r.g.adjOf[state.name]; adj != "" {
		return adj + " " + noun
	}
	if state.adj {
		return state.surface + " " + noun // "Scottish"
	}
	return state.name + " " + noun
}

// governments rewrites the mentions of sentence s that name a government
// or a team by its state ("the Afghan team"), and adds a description for
// "government officials" and "the team". It
// returns ms, changed; the state's own mention stays, inside the
// government's.
func (r *Resolver) governments(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for i, t := range toks {
		if st := r.peopleOf(toks, i); st != nil {
			st.start, st.end, st.surface = i, i+1, t.Text
			switch k := coveringAt(ms, i); {
			case k < 0:
				ms = insertMention(ms, st)
			case ms[k].kind == mSingle && ms[k].start == i && ms[k].end == i+1:
				ms[k] = st // a lone capitalised word, typed by nothing yet
			case ms[k].kind == mName && ms[k].guess && ms[k].typ == schema.Person && ms[k].end == i+1 && !ms[k].possessive &&
				!r.g.listedGiven(toks[ms[k].start].Text):
				// "Aboriginal Australians", "Native Americans": a
				// people's plural after its kind's adjective names a
				// group, which the recogniser reads as a person; a given
				// name first is a person's ("Claire Danes").
				m := ms[k]
				m.kind, m.typ, m.head, m.guess = mGroup, schema.Group, t.Text, false
			}
			continue
		}
		if strings.HasPrefix(t.Tag, "NN") && partyPlurals.has(t.Text) {
			// "the Greens, Eurosceptics and the Communist Party voted
			// against": a party, or a camp of parties, named by its
			// members.
			// "Democrats" alone names the Democratic Party, as the
			// gazetteer's "Republicans" names the Republican Party
			// ([partyLabel]: only "Democrat" names a party alone). It is
			// no gazetteer alias: an entry for the party changed the
			// recogniser's features on GUM's many "Democrats".
			name := t.Text
			if p := partyLabel(strings.TrimSuffix(t.Text, "s")); p == "Democratic Party" {
				name = p
			}
			m := &mention{kind: mName, typ: schema.Organization, start: i, end: i + 1, surface: t.Text, name: name,
				possessive: i+1 < len(toks) && toks[i+1].Tag == "POS"}
			switch k := coveringAt(ms, i); {
			case k < 0:
				ms = insertMention(ms, m)
			case ms[k].start == i && ms[k].end == i+1 && ms[k].gaz == nil && ms[k].typ != schema.GPE &&
				(ms[k].typ != schema.Organization || ms[k].name != name):
				ms[k] = m // "Greens" taken for a person's name, "Democrats" for an organisation of its own
			}
			continue
		}
		noun := t.Text // lower-cased only when it is one of the nouns below
		if g := r.stateOpposition(s, ms, i); g != nil {
			ms = insertMention(ms, g) // "the Venezuelan opposition"
			continue
		}
		if g := localBody(s, ms, i); g != nil {
			ms = insertMention(ms, g)
			continue
		}
		if (t.Text == "congress" || t.Text == "junta" || t.Text == "legislature" || t.Text == "senate") && t.Tag == "NN" && coveringAt(ms, i) < 0 {
			// "the Argentine congress", "Peru's congress", "the Ohio
			// legislature", "the Italian senate": the state's
			// legislature, as its parliament is below; a congress of no
			// state is a meeting ("the party congress"). "Myanmar's
			// junta", "the Malian junta" is the state's military rulers.
			if g := r.stateBefore(s, ms, i, t.Text); g != nil {
				ms = insertMention(ms, g)
			}
			continue
		}
		if t.Text == "assembly" && i > 0 && toks[i-1].Text == "general" && coveringAt(ms, i) < 0 && coveringAt(ms, i-1) < 0 {
			// "the Ohio general assembly": the state's legislature,
			// written in lower case.
			if g := r.stateBefore(s, ms, i-1, "general assembly"); g != nil {
				g.end, g.surface = i+1, spanText(s, g.start, i+1)
				g.possessive = i+1 < len(toks) && toks[i+1].Tag == "POS"
				ms = insertMention(ms, g)
			}
			continue
		}
		if t.Text == "parliament" && t.Tag == "NN" && coveringAt(ms, i) < 0 {
			// "Ukraine's parliament", "the Iraqi parliament": the state's
			// body, as its government is.
			if g := r.stateBefore(s, ms, i, t.Text); g != nil {
				ms = insertMention(ms, g)
			} else if g := r.parliamentIn(s, ms, i); g != nil {
				ms = insertMention(ms, g)
			} else if bareParliament(toks, i) {
				// "joined parliament in 1990", "was elected to
				// parliament", "a member of parliament": with no
				// article, the one parliament the report names, as
				// "the parliament" is.
				ms = insertMention(ms, &mention{kind: mDesc, start: i, end: i + 1, surface: t.Text, head: "parliament"})
			}
			continue
		}
		if t.Tag == "NN" && describedFieldNouns[t.Text] && i > 0 && describedStateFields[toks[i-1].Text] &&
			coveringAt(ms, i) < 0 && coveringAt(ms, i-1) < 0 && (i+1 >= len(toks) || !strings.HasPrefix(toks[i+1].Tag, "NN")) {
			// "Chile's election commission", "the Chilean central bank":
			// the state's body of that field, as "the country's election
			// commission" is ([docState.stateBodies]).
			if g := r.stateBefore(s, ms, i-1, toks[i-1].Text+" "+t.Text); g != nil {
				g.end, g.surface = i+1, spanText(s, g.start, i+1)
				g.possessive = i+1 < len(toks) && toks[i+1].Tag == "POS"
				ms = insertMention(ms, g)
			}
			continue
		}
		if w := t.Lower(); (w == "embassy" || w == "consulate") && strings.HasPrefix(t.Tag, "NN") {
			// "the Norwegian Embassy in Oslo", "the US consulate": the
			// state's mission, a body of its own that sits in a town.
			k := coveringAt(ms, i)
			if k >= 0 && (ms[k].kind != mSingle || ms[k].start != i || ms[k].end != i+1 || ms[k].typ != "") {
				continue
			}
			noun := strings.ToUpper(w[:1]) + w[1:]
			if g := r.stateBefore(s, ms, i, noun); g != nil && r.sovereign(g.country.gaz) {
				// "Norway's Oslo embassy": a town names where it is
				if !g.country.possessive {
					g.name = g.country.surface + " " + noun // "US Embassy", as written
				}
				if k >= 0 {
					ms = append(ms[:k], ms[k+1:]...) // "Embassy" alone, typed by nothing
				}
				ms = insertMention(ms, g)
			}
			continue
		}
		// Only a word that starts with a g or a t can fold to one of
		// these (no other letter folds to either): most tokens are
		// told by their first byte, before any EqualFold.
		switch {
		case noun == "" || noun[0]|0x20 != 'g' && noun[0]|0x20 != 't':
			continue
		case strings.EqualFold(noun, "government"), strings.EqualFold(noun, "team"), strings.EqualFold(noun, "governments"):
			noun = strings.ToLower(noun)
		default:
			continue
		}
		if noun == "governments" && !isCap(t.Text) {
			if st := stateAfterOf(toks, ms, i+1); st != nil && st.typ == schema.GPE && listedAfter(toks, st.start) {
				// "the governments of Greece, Cyprus and Malta": the
				// first listed state's government, as "the government of
				// Greece"; the others are named by their states.
				start := i
				if i > 0 && strings.EqualFold(toks[i-1].Text, "the") {
					start--
				}
				ms = insertMention(ms, &mention{kind: mName, typ: schema.Organization, start: start, end: st.end,
					surface: spanText(s, start, st.end), name: r.governmentName(st), country: st})
			} else if gs := r.listedGovernments(s, ms, i); gs != nil {
				for _, g := range gs {
					ms = insertMention(ms, g)
				}
			} else if g := governmentsOf(s, ms, i); g != nil {
				ms = insertMention(ms, g)
			}
			continue
		}
		if noun != "government" && noun != "team" || !strings.HasPrefix(t.Tag, "NN") {
			continue
		}
		k := coveringAt(ms, i)
		switch {
		case k < 0:
			if g := r.stateBefore(s, ms, i, noun); g != nil {
				ms = insertMention(ms, g)
			} else if g := partyGovernment(s, ms, i, noun); g != nil {
				ms = insertMention(ms, g)
			} else if g := r.governmentIn(s, ms, i, noun); g != nil {
				ms = insertMention(ms, g)
			} else if noun == "team" {
				// "the team": the latest team named by its state.
				if i > 0 && !isCap(t.Text) && (strings.EqualFold(toks[i-1].Text, "the") || strings.EqualFold(toks[i-1].Text, "this")) {
					ms = insertMention(ms, &mention{kind: mDesc, start: i - 1, end: i + 1, surface: spanText(s, i-1, i+1), head: noun})
				}
			} else if i+1 < len(toks) && governmentStaff[toks[i+1].Lower()] && !isCap(t.Text) {
				start := i
				if i > 0 && strings.EqualFold(toks[i-1].Text, "the") {
					start--
				}
				ms = insertMention(ms, &mention{kind: mDesc, start: start, end: i + 2,
					surface: spanText(s, start, i+2), head: "government"})
			}
		case noun == "team":
		case ms[k].kind == mDesc && ms[k].end == i+1:
			// "the government of Canada"
			if st := stateAfterOf(toks, ms, i+1); st != nil {
				m := ms[k]
				m.kind, m.typ, m.end, m.name, m.head, m.country = mName, schema.Organization, st.end, r.governmentName(st), "", st
				m.surface = spanText(s, m.start, m.end)
			} else if g := r.governmentIn(s, ms, i, noun); g != nil {
				m := ms[k] // "the government in Khartoum"
				m.kind, m.typ, m.name, m.head = mName, schema.Organization, g.name, ""
			}
		case ms[k].kind == mName && ms[k].typ == schema.Organization:
			m := ms[k]
			var st *mention
			switch {
			case m.start == i && m.end == i+1:
				// "The Government will modify the law": a description.
				m.kind, m.head, m.typ, m.gaz = mDesc, "government", "", nil
				if i+1 < len(toks) && governmentStaff[toks[i+1].Text] {
					// "Government officials told CNN" first in a
					// sentence: the government's people, as "government
					// officials" elsewhere, no group named Government.
					m.end, m.surface = i+2, spanText(s, i, i+2)
					ms = slices.DeleteFunc(ms, func(g *mention) bool { return g.kind == mGroup && g.org == m })
				}
			case m.end == i+1:
				st = r.stateNamed(spanText(s, m.start, i)) // "UK Government"
			case m.start == i && i+2 < m.end && strings.EqualFold(toks[i+1].Text, "of"):
				from := i + 2 // "Government of Canada"
				if strings.EqualFold(toks[from].Text, "the") {
					from++
				}
				st = r.stateNamed(spanText(s, from, m.end))
			}
			if st != nil {
				m.name, m.gaz = r.governmentName(st), nil
			}
		}
	}
	ms = r.partyCodes(s, ms)
	r.foreignBodies(s, ms)
	namedStateBodies(s, ms)
	return r.dropPeopleModifiers(s, ms)
}

// namedStateBodies gives a state's body named by its state and a noun
// the name apposed to it: "Norway's parliament, the Storting,", "the
// Swedish central bank, the Riksbank,". The name stands for the body
// ([mention.named]): one actor, called by its name, whom the state's noun
// and a later bare "parliament" still find. Only a name set off by commas
// (or ending the sentence) that no gazetteer knows as a place or person
// is read so, after a body the state names by a lower-case noun
// ("Norway's Harbor Foundation, Tom Wu," names its head).
func namedStateBodies(s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i, g := range ms {
		if g.kind != mName || g.typ != schema.Organization || g.country == nil || g.gaz != nil ||
			g.end+1 >= len(toks) || toks[g.end].Text != "," || isCap(toks[g.end-1].Text) {
			continue
		}
		k := slices.IndexFunc(ms[i+1:], func(o *mention) bool { return o.start >= g.end })
		if k < 0 {
			continue
		}
		o, at := ms[i+1+k], g.end+1
		if strings.EqualFold(toks[at].Text, "the") {
			at++
		}
		if o.start != at || o.kind != mName && o.kind != mSingle || o.possessive || o.country != nil ||
			o.typ != schema.Organization && o.typ != "" || o.gaz != nil && o.gaz.typ != schema.Organization ||
			len(o.titles) > 0 || !isCap(toks[o.start].Text) {
			continue
		}
		if o.end < len(toks) && toks[o.end].Text != "," && toks[o.end].Text != "." || isPartyMention(o) || !closedApposition(toks, o.end) {
			continue
		}
		o.typ, o.hint, o.guess = schema.Organization, schema.Organization, false
		o.named = g
	}
}

// closedApposition reports whether the comma or full stop at token k
// closes an apposition rather than goes on with a list: the sentence ends
// or its predicate, a relative pronoun or a prepositional phrase follows
// ("Norway's parliament, the Storting, voted"), not "and" or another noun
// phrase ("the Kenyan government, Amnesty International, and the UN").
func closedApposition(toks []nlp.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Text == "." {
		return true
	}
	t := toks[k+1].Tag
	return strings.HasPrefix(t, "VB") || strings.HasPrefix(t, "RB") || t == "MD" || t == "IN" || t == "TO" || t == "WDT" || t == "WP"
}

// dropPeopleModifiers returns ms without the lone capitalised words,
// typed by nothing and no given name, written right before a state's
// adjective that modifies a lower-case noun: "Native" of "Native
// American reservations", "Aboriginal" of "Aboriginal Australian
// communities", the adjective of a people within the state's, which
// names no actor of its own.
func (r *Resolver) dropPeopleModifiers(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for j := 0; j+1 < len(ms); j++ {
		m, n := ms[j], ms[j+1]
		if m.kind != mSingle || m.typ != "" || m.gaz != nil || m.end-m.start != 1 || r.g.listedGiven(toks[m.start].Text) ||
			n.start != m.end || !n.adj || n.typ != schema.GPE || n.end >= len(toks) || !isNoun(toks[n.end]) || isCap(toks[n.end].Text) {
			continue
		}
		ms = slices.Delete(ms, j, j+1)
		j--
	}
	return ms
}

// regimeNouns name a government by the person who leads it: "the Bush
// administration", "the Pinochet regime".
var regimeNouns = map[string]bool{
	"administration": true, "regime": true, "dictatorship": true, "junta": true, "government": true, "cabinet": true,
}

// leaderBodies adds the organisations that a person's name and a
// lower-case noun of regimeNouns right after it name ("the Bush
// administration", "the Assad regime"), named as written; the person's
// own mention stays, inside it. A lone capitalised word counts as a
// person's name only when the document names a person so elsewhere
// ("President Bush", "Tom Wu" ... "the Wu administration") or when it is
// a well-known person's short name ("the Trump administration" in a
// document that names no Trump in full), not "the Transitional
// administration". ms are the mentions of sents, changed in
// place. So is a candidate's campaign named as an employer
// ([campaignBody]).
func (r *Resolver) leaderBodies(sents []nlp.Sentence, ms [][]*mention) {
	surnames := map[string]bool{}
	for _, sm := range ms {
		for _, m := range sm {
			if (m.kind == mName || m.kind == mSingle) && (m.typ == schema.Person || m.hint == schema.Person || len(m.titles) > 0) {
				f := strings.Fields(m.name)
				surnames[f[len(f)-1]] = true
			}
		}
	}
	for si, s := range sents {
		toks := s.Tokens
		for k := 0; k < len(ms[si]); k++ {
			p := ms[si][k]
			i := p.end
			person := p.kind == mName && p.typ == schema.Person ||
				p.kind == mSingle && (p.hint == "" || p.hint == schema.Person) && (surnames[p.surface] || r.g.person(p.surface) != nil)
			if !person || p.possessive || i >= len(toks) || !regimeNouns[toks[i].Text] && !campaignBody(toks, p.start, i) || !strings.HasPrefix(toks[i].Tag, "NN") ||
				coveringAt(ms[si], i) >= 0 {
				continue
			}
			ms[si] = insertMention(ms[si], &mention{kind: mName, typ: schema.Organization, start: p.start, end: i + 1,
				surface: spanText(s, p.start, i+1), name: spanText(s, p.start, i+1),
				possessive: i+1 < len(toks) && toks[i+1].Tag == "POS"})
			k++
		}
	}
}

// campaignBody reports whether toks[i], after the name of a person that
// starts at token start, is "campaign" naming the candidate's
// organisation as one that has staff: "Biden campaign spokesman Tom Wu",
// "a spokeswoman for the Trump campaign". Elsewhere the campaign acts and
// speaks for the candidate ([campaignOf]), and "a Trump campaign rally"
// is an event.
func campaignBody(toks []nlp.Token, start, i int) bool {
	if toks[i].Text != "campaign" {
		return false
	}
	if i+1 < len(toks) && roleNoun(toks[i+1].Lower()) {
		return true
	}
	if i+2 < len(toks) && toks[i+1].Tag == "POS" {
		// "the Wu campaign's spokesman Ann Lee", "the Wu campaign's chief
		// of staff, Tom Wu,": lower-case words after the possessive that
		// end in a staff's noun before a comma or a name.
		j := i + 2
		for j < len(toks) && j < i+6 && lowerWord(toks[j].Text) && toks[j].Text != "," && !chiefOfStaff(toks, j) {
			j++
		}
		if chiefOfStaff(toks, j) {
			return true
		}
		if last := toks[j-1].Lower(); j > i+2 && j < len(toks) && (toks[j].Text == "," || isCap(toks[j].Text)) &&
			(roleNoun(last) || staffNounsOfPerson[last]) {
			return true
		}
	}
	if i+1 < len(toks) && strings.HasPrefix(toks[i+1].Tag, "NN") || start < 3 || !strings.EqualFold(toks[start-1].Text, "the") {
		return false
	}
	switch toks[start-2].Lower() {
	case "for", "of", "with", "at":
		return roleNoun(strings.TrimSuffix(toks[start-3].Lower(), "s"))
	}
	return false
}

// chamberShort makes a capitalised "House" after "the", or opening a
// sentence before a lower-case word, the chamber the document names in
// full ("the House of Representatives", "the House of Commons", "the
// United States House of Representatives": the fullest of its state's
// spellings): "The House issued a subpoena" after "the House of
// Representatives voted". It does nothing when the document names no such
// chamber or two of them, and leaves "House" alone inside another name
// ("the House Intelligence Committee", "White House"). ms are the mentions
// of sents, changed in place.
func (r *Resolver) chamberShort(sents []nlp.Sentence, ms [][]*mention) {
	house, chamber := "", ""
	for _, sm := range ms {
		for _, m := range sm {
			if m.kind != mName || m.typ != schema.Organization {
				continue
			}
			k := m.name
			if !strings.HasPrefix(k, "House of ") {
				if _, rest, ok := strings.Cut(k, " House of "); ok && r.g.statePrefixed(k) != "" {
					k = "House of " + rest // "US House of Representatives"
				} else {
					continue
				}
			}
			if chamber != "" && k != chamber {
				return
			}
			if chamber = k; len(m.name) > len(house) {
				house = m.name
			}
		}
	}
	if house == "" {
		return
	}
	for si, s := range sents {
		toks := s.Tokens
		for k, t := range toks {
			if t.Text != "House" || k+1 < len(toks) && (isCap(toks[k+1].Text) || toks[k+1].Text == "of") {
				continue
			}
			if k == 0 && (k+1 == len(toks) || !lowerWord(toks[k+1].Text)) || k > 0 && !strings.EqualFold(toks[k-1].Text, "the") {
				continue
			}
			m := &mention{start: k, end: k + 1, surface: t.Text}
			if c := coveringAt(ms[si], k); c >= 0 {
				if m = ms[si][c]; m.kind != mSingle || m.start != k || m.end != k+1 {
					continue
				}
			} else {
				ms[si] = insertMention(ms[si], m)
			}
			nameOrg(m, house)
			m.possessive = k+1 < len(toks) && toks[k+1].Tag == "POS"
		}
	}
}

// partyShort makes a party's name without "Party" before a noun of its
// member the party the document names in full: "Liberal National MP John
// McVeigh" is a member of "the Liberal National Party" named in the next
// sentence, and "a Velmora Democratic candidate" of "the Velmora
// Democratic Party". ms are the mentions of sents, changed in place.
func partyShort(sents []nlp.Sentence, ms [][]*mention) {
	parties := map[string]string{}
	for _, sm := range ms {
		for _, m := range sm {
			if m.kind == mName && m.typ == schema.Organization && strings.HasSuffix(m.name, " Party") {
				parties[strings.ToLower(strings.TrimSuffix(m.name, " Party"))] = m.name
			}
		}
	}
	if len(parties) == 0 {
		return
	}
	for si, s := range sents {
		toks := s.Tokens
		for _, m := range ms[si] {
			if m.kind != mName && m.kind != mSingle || m.typ != schema.Organization && m.hint != schema.Organization ||
				m.end >= len(toks) || !partyMembers[toks[m.end].Lower()] {
				continue
			}
			if full := parties[strings.ToLower(m.name)]; full != "" {
				nameOrg(m, full)
			}
		}
	}
}

// stateParties makes a party named with its state's name or initials
// before it ("the US Libertarian Party") the party the document also
// names without them ("the Libertarian Party"): one party, under the name
// its document uses plainly, which joins the party's node of other
// documents. A document that names the party only with its state keeps
// that name ([gazetteer.statePrefixed]). ms are the mentions of a
// document's sentences, changed in place.
func (r *Resolver) stateParties(ms [][]*mention) {
	parties := map[string]bool{}
	for _, sm := range ms {
		for _, m := range sm {
			if m.kind == mName && m.typ == schema.Organization && partyNamed(m.name, nil) {
				parties[m.name] = true
			}
		}
	}
	for name := range parties {
		f := strings.Fields(name)
		for i := 1; i <= 3 && i+1 < len(f); i++ {
			bare := strings.Join(f[i:], " ")
			if !parties[bare] || r.g.stateWritten(strings.Join(f[:i], " ")) == "" {
				continue
			}
			for _, sm := range ms {
				for _, m := range sm {
					if m.kind == mName && m.name == name {
						nameOrg(m, bare)
					}
				}
			}
			break
		}
	}
}

// stateBefore returns the mention of a state's body for noun
// ("government", "team") at token i after the state's name, adjective or
// possessive ("the New Zealand government", "the Canadian government",
// "Canada's government", "the Afghan team"), or nil. The body's mention is
// possessive when "'s" follows it ("the Afghan team's coach"). A state's
// whole government may say so between its name or adjective and the
// noun ("the United States federal government"), not a region's ("the
// regional government").
func (r *Resolver) stateBefore(s nlp.Sentence, ms []*mention, i int, noun string) *mention {
	toks := s.Tokens
	if i+1 < len(toks) && isCap(toks[i+1].Text) && (noun == "team" || !r.g.given(toks[i+1].Text)) {
		// "US team Cloud9": the name that follows is the body; not "the
		// speaker of the Norwegian parliament Tom Wu", a person's.
		return nil
	}
	at := i
	if noun == "government" && i > 0 && wholeGovernment[toks[i-1].Text] || noun == "team" && i > 0 && toks[i-1].Text == "national" {
		at-- // "the Norwegian national team": the state's team
	}
	for _, p := range ms {
		if p.typ != schema.GPE || p.kind == mPronoun || r.based(s, p) {
			continue
		}
		if p.end == at && !p.possessive || p.possessive && p.end == at-1 && toks[at-1].Tag == "POS" {
			return &mention{kind: mName, typ: schema.Organization, start: p.start, end: i + 1,
				surface: spanText(s, p.start, i+1), name: r.stateBody(p, noun), country: p,
				possessive: i+1 < len(toks) && toks[i+1].Tag == "POS"}
		}
	}
	return nil
}

// localBodyLevels are the lower-case words between a place's name and
// "council" or "government" that name a body of a town or a region
// ("the Oslo city council", "the Viken provincial government"), and,
// capitalised, the words of a government's name below the state's whole
// one ([localGovernment]).
var localBodyLevels = map[string]bool{
	"city": true, "provincial": true, "regional": true, "municipal": true, "county": true, "district": true,
	"metropolitan": true, "town": true, "state": true, "local": true, "territorial": true, "territory": true,
}

// localBody returns the mention of a town's or a region's council or
// government that a place's name, a level of [localBodyLevels] and the
// lower-case noun at token i name ("the Oslo city council", "the Viken
// provincial council"), named as written, or nil.
func localBody(s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	if i < 2 || toks[i].Text != "council" && toks[i].Text != "government" || !localBodyLevels[toks[i-1].Text] ||
		coveringAt(ms, i) >= 0 || coveringAt(ms, i-1) >= 0 {
		return nil
	}
	for _, p := range ms {
		if p.end != i-1 || p.kind != mName && p.kind != mSingle || p.adj || p.possessive {
			continue
		}
		if (p.typ == schema.Person || p.typ == "") && p.guess && p.gaz == nil && len(p.titles) == 0 {
			// "the Maidan Wardak provincial council": a name the
			// recogniser took for a person's for want of a better type
			// is a place before a level and a body.
			p.typ = schema.GPE
		}
		if p.typ == schema.GPE || p.typ == schema.Location {
			return &mention{kind: mName, typ: schema.Organization, start: p.start, end: i + 1,
				surface: spanText(s, p.start, i+1), name: p.name + " " + toks[i-1].Text + " " + toks[i].Text,
				possessive: i+1 < len(toks) && toks[i+1].Tag == "POS"}
		}
	}
	return nil
}

// wholeGovernment are the lower-case words between a state and
// "government" that say it is the state's whole government.
var wholeGovernment = map[string]bool{"federal": true, "central": true, "national": true}

// listedGovernments returns the mentions of the governments that a list
// of states before "governments" at token i names, one for each state
// ("the British, French and German governments": British government,
// French government, German government), the last spanning the noun, or
// nil when fewer than two states are listed.
func (r *Resolver) listedGovernments(s nlp.Sentence, ms []*mention, i int) []*mention {
	var states []*mention
	for _, p := range ms {
		if p.typ == schema.GPE && p.kind != mPronoun && !p.possessive && p.end <= i {
			states = append(states, p)
		}
	}
	states = listEnding(s.Tokens, states, i)
	if len(states) < 2 {
		return nil
	}
	out := make([]*mention, len(states))
	for n, p := range states {
		e := p.end
		if n == len(states)-1 {
			e = i + 1
		}
		out[n] = &mention{kind: mName, typ: schema.Organization, start: p.start, end: e,
			surface: spanText(s, p.start, e), name: r.stateBody(p, "government"), country: p}
	}
	return out
}

// parliamentIn returns the mention of a state's parliament named by the
// noun at token i and "in" or "of" a country after it ("a member of
// parliament in Kenya", "the parliament of Ghana"), named as "Kenya's
// parliament" is, or nil.
func (r *Resolver) parliamentIn(s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	if i+2 >= len(toks) || toks[i+1].Text != "in" && toks[i+1].Text != "of" {
		return nil
	}
	for _, p := range ms {
		if p.typ == schema.GPE && p.kind == mName && !p.adj && !p.possessive && p.start == i+2 && p.gaz != nil && p.gaz.in == "" && r.g.adjOf[p.gaz.name] != "" {
			return &mention{kind: mName, typ: schema.Organization, start: i, end: p.end,
				surface: spanText(s, i, p.end), name: r.stateBody(p, "parliament"), country: p}
		}
	}
	return nil
}

// partyGovernment returns the mention of a government named by the party
// that forms it, right before noun "government" at token i ("the Labour
// government", "the Tory government"), named as written, or nil. A bare
// "the government" after it is that government.
func partyGovernment(s nlp.Sentence, ms []*mention, i int, noun string) *mention {
	toks := s.Tokens
	if noun != "government" || i+1 < len(toks) && isCap(toks[i+1].Text) {
		return nil
	}
	for _, p := range ms {
		if p.end != i || p.possessive || p.kind != mName || p.typ != schema.Organization || !isPartyMention(p) {
			continue
		}
		start := p.start
		if strings.EqualFold(toks[start].Text, "the") {
			start++
		}
		return &mention{kind: mName, typ: schema.Organization, start: p.start, end: i + 1,
			surface: spanText(s, p.start, i+1), name: spanText(s, start, i) + " government",
			possessive: i+1 < len(toks) && toks[i+1].Tag == "POS"}
	}
	return nil
}

// isPartyMention reports whether m names a political party: one the
// gazetteer knows as a party, or a name ending in "Party".
func isPartyMention(m *mention) bool {
	return partyNamed(m.name, m.gaz)
}

// partyNamed reports whether name, with its gazetteer entry g (or nil),
// names a political party: g calls it one, or "Party" ends the name or
// comes before the state it is the party of ("Communist Party of India",
// "Socialist Party USA").
func partyNamed(name string, g *entry) bool {
	if g != nil && slices.Contains(g.desc, "party") {
		return true
	}
	if !strings.Contains(name, "Party") {
		return false // no word of name is "Party"
	}
	f := strings.Fields(name)
	if len(f) > 2 && f[0] == "Party" && (f[1] == "for" || f[1] == "of") {
		return true // "Party for Socialism and Liberation", "Party of Regions"
	}
	for i := 1; i < len(f); i++ {
		// "Labour Party", "Communist Party of India", "Socialist Party USA"
		if f[i] == "Party" && (i == len(f)-1 || f[i+1] == "of" || i == len(f)-2 && isAcronym(f[i+1])) {
			return true
		}
	}
	return false
}

// stateNamed returns a state mention for text, a state's name, alias or
// adjective ("UK", "British"), or nil.
func (r *Resolver) stateNamed(text string) *mention {
	if name := r.g.demonyms[normKey(text)]; name != "" {
		return &mention{name: name, typ: schema.GPE, adj: true, surface: text}
	}
	if e := r.g.entries[normKey(text)]; e != nil && e.typ == schema.GPE {
		return &mention{name: e.name, typ: schema.GPE, surface: text}
	}
	return nil
}

// peopleOf returns the mention of a group that the plural of a state's
// adjective at token i names, with or without "the" ("the Belgians" putting
// their side in the lead, "Americans are divided", "Thais voted"), or the
// plural of a noun for its people ("Britons voted", "the Danes"), named as
// written, or nil. A region's or city's people are named so too
// ("Coloradans", "Quebecers", "Glaswegians"): the gazetteer gives their
// adjective or noun.
func (r *Resolver) peopleOf(toks []nlp.Token, i int) *mention {
	w := toks[i].Text
	if !isCap(w) || !strings.HasSuffix(w, "s") || len(w) < 4 {
		return nil
	}
	name := r.peopleState(w)
	if e := r.g.entries[normKey(name)]; name == "" || e == nil || e.typ != schema.GPE {
		return nil
	}
	return &mention{kind: mGroup, typ: schema.Group, name: w, head: w}
}

// peopleState returns the name of the state whose people plural names:
// its adjective's plural ("Norwegians") or its people's noun's ("Britons",
// "Swedes", "Spaniards"); else "".
func (r *Resolver) peopleState(plural string) string {
	n, ok := strings.CutSuffix(plural, "s")
	if !ok {
		return ""
	}
	if name := r.g.demonyms[normKey(n)]; name != "" {
		return name
	}
	return demonymNouns[n]
}

// governmentsOf returns the mention of a group for "the governments of"
// and a place's name at token i ("the governments of South East Asia"),
// named so, or nil. The name's words are taken as written, since the
// recogniser may split a region's name ("South East" and "Asia").
func governmentsOf(s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	j := i + 2
	if j >= len(toks) || !strings.EqualFold(toks[i+1].Text, "of") {
		return nil
	}
	end, place := j, false
	for end < len(toks) && isCap(toks[end].Text) && strings.HasPrefix(toks[end].Tag, "NNP") {
		end++
	}
	for _, m := range ms {
		if m.start >= j && m.end <= end && (m.typ == schema.GPE || m.typ == schema.Location) {
			place = true
		}
	}
	if !place {
		return nil
	}
	start := i
	if i > 0 && strings.EqualFold(toks[i-1].Text, "the") {
		start--
	}
	return &mention{kind: mGroup, typ: schema.Group, start: start, end: end, surface: spanText(s, start, end),
		name: "governments of " + spanText(s, j, end), head: "governments"}
}

// stateAfterOf returns the state mention after "of" or "of the" at token
// i, or nil.
func stateAfterOf(toks []nlp.Token, ms []*mention, i int) *mention {
	if i >= len(toks) || !strings.EqualFold(toks[i].Text, "of") {
		return nil
	}
	for _, m := range ms {
		if m.typ == schema.GPE && !m.adj && !m.possessive && (m.start == i+1 || m.start == i+2 && strings.EqualFold(toks[i+1].Text, "the")) {
			return m
		}
	}
	return nil
}

// coveringAt returns the index of the mention of ms that covers token i,
// or -1.
func coveringAt(ms []*mention, i int) int {
	for k, m := range ms {
		if m.start <= i && i < m.end {
			return k
		}
	}
	return -1
}

// insertMention inserts m into ms, kept in token order, before any
// mention that starts where it does.
func insertMention(ms []*mention, m *mention) []*mention {
	k := 0
	for k < len(ms) && ms[k].start < m.start {
		k++
	}
	ms = append(ms, nil)
	copy(ms[k+1:], ms[k:])
	ms[k] = m
	return ms
}

// homeGovernment returns the government of the state the document is
// about, for "the government" with no government named before: the
// country mentioned most so far, when it has at least two mentions and no
// other country has as many. It creates the entity, or returns nil.
func (d *docState) homeGovernment() *docEntity {
	top := d.homeCountry()
	if top == nil {
		return nil
	}
	name := d.r.governmentName(&mention{name: top.name})
	if e := d.byKey[normKey(name)]; e != nil {
		return e
	}
	e := d.create(name, &mention{typ: schema.Organization})
	e.country = top
	return e
}

// homeCountry returns the country mentioned most so far, when it has at
// least two mentions and no other country has as many, or nil: a weaker
// test than [docState.homeState], for a reading that needs some state.
func (d *docState) homeCountry() *docEntity {
	var top *docEntity
	tie := false
	for _, e := range d.ents {
		if e.typ != schema.GPE || e.gaz == nil || e.gaz.in != "" || e.gaz.capitalOf != "" {
			continue
		}
		switch {
		case top == nil || e.n > top.n:
			top, tie = e, false
		case e.n == top.n:
			tie = true
		}
	}
	if top == nil || tie || top.n < 2 {
		return nil
	}
	return top
}

// homeForces are the group heads of a state's armed forces and police,
// which a report names bare ("called on the army and police to join",
// "the navy rescued the crew").
var homeForces = map[string]bool{"army": true, "military": true, "police": true, "navy": true, "air force": true, "coast guard": true}

// homeForce returns the group that a bare "the army", "the military" or
// "police" with no such group named before (m, a group reference of
// sentence si) names: the army the document has named ("the Israel
// Defense Forces"), else the force of the state whose force or officials
// the sentence named before ([docState.sentenceForceState]), else of the
// state the document is about ([docState.homeState]), "Ukrainian army",
// which it creates. It returns nil for other references ("the troops",
// "these officials", "3,000 soldiers"), and when the document is about no
// one state.
func (d *docState) homeForce(si int, m *mention) *docEntity {
	toks := d.input[si].Tokens
	n := m.end - m.start
	if n == 3 && d.r.g.groups[normKey(toks[m.end-2].Text+" "+toks[m.end-1].Text)] == m.head {
		n = 2 // "the armed forces": one noun of two words
	}
	if !homeForces[m.head] || n > 2 || toks[m.start].Tag == "CD" {
		return nil
	}
	if m.head == "army" || m.head == "military" {
		// "The Israel Defense Forces said ... The army later said": the
		// army the report has named.
		if e := d.recent(func(e *docEntity) bool { return e.typ == schema.Organization && nationalArmy(e) }); e != nil {
			return e
		}
	}
	home := d.sentenceForceState(si, m.start)
	if home == nil {
		home = d.homeState()
	}
	if home == nil && m.placed != "" {
		// "arrested by police in Halden" in a report about no one
		// state: the town's force, as "Halden police" is.
		if e := d.byKey[normKey(m.placed)]; e != nil {
			return e
		}
		return d.create(m.placed, &mention{typ: schema.Organization})
	}
	if home == nil {
		return nil
	}
	name := d.r.stateBody(&mention{name: home.name}, m.head)
	if e := d.byKey[normKey(name)]; e != nil {
		return e
	}
	e := d.create(name, &mention{typ: schema.Group, head: m.head})
	e.country = home
	// A state's army is one force whichever report speaks of it, but
	// "the police" of a report are the force of the town it tells about,
	// which the report may not name: "American police" in a report on
	// Atlanta and in one on Kenosha are two forces, so each report's is
	// its own ([schema.Entity.Local]).
	e.local = m.head == "police"
	return e
}

// movementRef returns the organisation that a group reference with no
// such group named before (m: "the rebels", "the fighters") names: the
// one armed movement the document has named ([armedDesc]: "Taliban
// fighters ... the militants", "the Houthis ... the rebels"), first the
// one named by the same noun. It returns nil when two such organisations
// are named, and for a number ("3,000 fighters").
func (d *docState) movementRef(si int, m *mention) *docEntity {
	if m.head != "troops" && !movementHeads[m.head] || d.input[si].Tokens[m.start].Tag == "CD" {
		return nil
	}
	// "Hamas militants and Hezbollah fighters ... the militants": the
	// one named by the same noun first.
	if e, two := d.only(schema.Organization, func(e *docEntity) bool { return e.desc[m.head] }); e != nil || two {
		return e
	}
	e, _ := d.only(schema.Organization, armedDesc)
	return e
}

// only returns the one entity of type typ that ok accepts; two reports
// that there are more.
func (d *docState) only(typ schema.EntityType, ok func(*docEntity) bool) (found *docEntity, two bool) {
	for _, e := range d.ents {
		if e.typ == typ && ok(e) {
			if found != nil {
				return nil, true
			}
			found = e
		}
	}
	return found, false
}

// onlyGroup returns the group that a bare plural (m: "Protesters later
// marched", [Resolver.bareGroup]) refers to: the one group of its kind
// the document has named ("Hong Kong protesters"; first by the same
// word, then by its kind), else the one armed
// movement ([docState.movementRef]); nil when there are two, since a bare
// plural may speak of any, and nil when there is none: protesters that no
// group names ("Protesters marched to Parliament") are a generic group,
// no actor (the gum-news notes: critics, vendors, police in general).
func (d *docState) onlyGroup(si int, m *mention) *docEntity {
	word := " " + d.input[si].Tokens[m.start].Lower()
	for _, ok := range []func(*docEntity) bool{
		func(e *docEntity) bool { return strings.HasSuffix(e.name, word) },              // "Kurdish fighters", not "Norwegian troops"
		func(e *docEntity) bool { return e.groupHead == m.head && word != " fighters" }, // a state's troops are no "fighters"
	} {
		if e, two := d.only(schema.Group, ok); e != nil || two {
			return e
		}
	}
	if e := d.movementRef(si, m); e != nil {
		return e
	}
	if m.head == "officials" {
		return d.officialsBody()
	}
	return nil
}

// officialsBody returns the body that bare "officials" or "authorities"
// with no group of officials named before ("Officials told the Courier")
// act for, as the document ties them (GUIDE.md): the one organisation
// whose officials it named ("Halvik officials"), else the one government
// it named ("the Norwegian government"). It returns nil when there are
// two, or none.
func (d *docState) officialsBody() *docEntity {
	if e, two := d.only(schema.Organization, func(e *docEntity) bool { return e.desc["officials"] }); e != nil || two {
		return e
	}
	e, _ := d.only(schema.Organization, func(e *docEntity) bool {
		n := strings.ToLower(e.name)
		return strings.HasSuffix(n, " government") || strings.HasPrefix(n, "government of ")
	})
	return e
}

// stanceFacts adds group —support→ state for a group named by a stance
// for a state ("pro-Russian separatists" support Russia) or by the actor
// it follows ("supporters of Tom Wu"), and —oppose→ for one against a
// state ("anti-American protesters").
func (d *docState) stanceFacts(si int, s nlp.Sentence, ms []*mention) {
	for _, m := range ms {
		if m.camp == nil || m.ent == nil || m.camp.ent == nil || m.ent == m.camp.ent {
			continue
		}
		lemma := schema.Support
		if strings.HasPrefix(strings.ToLower(s.Tokens[m.start].Text), "anti-") {
			lemma = schema.Oppose
		}
		if w := s.Tokens[m.start].Text; !stanceAdj(w) && strings.Contains(w, "-") {
			if back := actorSuffixes[strings.ToLower(w[strings.LastIndexByte(w, '-'):])]; back != "" {
				// "Iranian-backed militias" ([Resolver.backerCompound]):
				// the backer does what the suffix says to the group.
				d.derive(si, argOf(s, m), w, back, m.camp.ent, m.ent, "", roleConf)
				continue
			}
		}
		d.derive(si, argOf(s, m), s.Tokens[m.start].Text, lemma, m.ent, m.camp.ent, "", roleConf)
	}
}

// armedDesc reports whether e is described as an armed movement: by the
// gazetteer ("is movement, group, rebels") or by the text ("Taliban
// fighters"); a group alone ("Amnesty International is group") is none.
func armedDesc(e *docEntity) bool {
	return e.desc["movement"] || e.desc["militia"] || e.desc["militias"] || e.desc["troops"] || e.desc["rebels"] || e.desc["militants"] ||
		e.desc["guerrillas"] || e.desc["separatists"]
}

// nationalArmy reports whether e is a state's army: one the gazetteer
// knows as an army, or a name ending in "Army", "Armed Forces" or
// "Defence Forces" (not a militia's "Rapid Support Forces").
func nationalArmy(e *docEntity) bool {
	if e.gaz != nil && slices.Contains(e.gaz.desc, "army") {
		return true
	}
	n := e.name
	return strings.HasSuffix(n, " Army") || strings.HasSuffix(n, " Armed Forces") || strings.HasSuffix(n, " Defence Forces") ||
		strings.HasSuffix(n, " Defense Forces")
}

// unitHeads end the names of bodies that are units of a larger one: a
// project, department, museum or office.
var unitHeads = map[string]bool{
	"project": true, "program": true, "programme": true, "department": true, "office": true, "museum": true,
	"center": true, "centre": true, "institute": true, "division": true, "unit": true, "bureau": true,
	"committee": true, "commission": true, "council": true, "agency": true, "service": true, "gallery": true,
	"galleries": true, "library": true, "school": true, "college": true, "laboratory": true, "lab": true,
	"board": true, "team": true,
}

// possessiveUnits adds unit —part_of→ body for an organisation's
// possessive right before the name of one of its units: "the government's
// Flag Consideration Project", "Texas A&M's Aerospace Engineering
// Department". A state's possessive is [statePossessiveBody]'s and the
// holder rule's; a name with no unit's noun ("Google's YouTube") gives
// nothing.
func (d *docState) possessiveUnits(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k, a := range ms {
		if a.ent == nil || a.ent.typ != schema.Organization || a.kind == mPronoun || a.end >= len(toks) || toks[a.end].Tag != "POS" {
			continue
		}
		for _, b := range ms[k+1:] {
			if b.start != a.end+1 || !named(b) || b.ent == nil || b.ent == a.ent || b.ent.typ != schema.Organization {
				continue
			}
			if unitHeads[orgHead(b.ent.name)] { // "the Norvik Parliament's Committee on Farms"
				d.derive(si, argOf(s, b), "'s", schema.PartOf, b.ent, a.ent, "", roleConf)
			}
		}
	}
}

// foreignBodies renames the mentions of a body that the gazetteer knows by
// a bare noun as another state's ("Senate" for the US Senate, "Congress")
// when a state right before or after says whose it is: "Italy's Senate",
// "the Philippine Senate" and "the Senate of Italy" are Italy's ("Italian
// Senate"), not the US Senate.
func (r *Resolver) foreignBodies(s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		noun, ok := bareBody(m)
		if ok && r.partyBeforeTitle(toks, m) {
			if c := m.country; c != nil && c.possessive && c.end < m.start {
				m.country = nil // the possessive is the title's state, not the party's
			}
			continue
		}
		if !ok {
			continue
		}
		var st *mention
		for _, n := range ms {
			switch {
			case n.typ != schema.GPE:
			case n.adj && n.end == m.start, n.end+1 == m.start && toks[n.end].Tag == "POS":
				st = n // "the Philippine Senate", "Italy's Senate"
			case !n.adj && m.end+1 < len(toks) && toks[m.end].Text == "of" &&
				(n.start == m.end+1 || n.start == m.end+2 && strings.EqualFold(toks[m.end+1].Text, "the")):
				st = n // "the Senate of Italy"
			}
		}
		if st != nil && st.name != m.gaz.of {
			m.name, m.gaz = r.stateBody(st, noun), nil
		}
	}
}

// partyBeforeTitle reports whether m, a party's one word, stands before a
// capitalised title ("Norway's Labour Prime Minister Ann Lee", "Oregon's
// Republican Governor Tom Wu"): the word is the holder's party, as
// [partyAdjective] reads it, and the state's possessive before it governs
// the title, not the party; it names no party of that state.
func (r *Resolver) partyBeforeTitle(toks []nlp.Token, m *mention) bool {
	if m.end >= len(toks) || !isCap(toks[m.end].Text) || !partyNamed(m.gaz.name, m.gaz) {
		return false
	}
	end, t := r.titleAt(toks, m.end)
	return t != nil && end > m.end
}

// siblingChamberState returns the region that a description's possessive
// gives a legislature's chamber earlier in the sentence of m, a bare
// chamber's name ("the state's House of Representatives passed the bill,
// but the Senate", "the province's Assembly ... the Senate"), or nil. The
// description is a region's ("the state", "the commonwealth"), whose own
// legislature has both chambers.
func siblingChamberState(toks []nlp.Token, m *mention, cur []*mention) *docEntity {
	for _, n := range cur {
		if n.kind != mDesc || !regionDescs[n.head] || n.ent == nil || n.ent.typ != schema.GPE || n.end >= m.start || toks[n.end].Tag != "POS" {
			continue
		}
		for _, c := range cur {
			if c.start != n.end+1 || c.end > m.start || c.ent == nil || c.ent.typ != schema.Organization {
				continue
			}
			if f := strings.Fields(c.ent.name); strings.HasPrefix(c.ent.name, "House of ") || chamberNames[f[len(f)-1]] {
				return n.ent
			}
		}
	}
	return nil
}

// bareBody returns the noun by which m names a body that the gazetteer
// knows as one state's ("Senate" for the US Senate, "Congress"), and
// whether m is such a mention.
func bareBody(m *mention) (string, bool) {
	noun := strings.TrimSuffix(m.surface, ".") // "the Mexican Congress." ends a sentence
	if m.kind != mName || m.gaz == nil || m.gaz.of == "" || strings.Contains(noun, " ") || normKey(noun) == normKey(m.gaz.name) {
		return "", false
	}
	return noun, true
}

// describedForeignBody renames m as [Resolver.foreignBodies] does when a
// description or a pronoun of another state says whose body it is ("the
// country's Congress", "its Senate" in a report about Brazil): m is read
// after the state's mention is resolved.
func (d *docState) describedForeignBody(si int, m *mention, cur []*mention) {
	noun, ok := bareBody(m)
	if !ok {
		return
	}
	toks := d.input[si].Tokens
	for _, n := range cur {
		if n.ent == nil || !d.r.country(n.ent) || !(n.kind == mDesc && n.end+1 == m.start && toks[n.end].Tag == "POS" ||
			n.kind == mPronoun && n.possessive && n.end == m.start) {
			continue
		}
		if n.ent.name != m.gaz.of {
			m.name, m.gaz = d.r.stateBody(&mention{name: n.ent.name}, noun), nil
		}
		return
	}
	if slices.ContainsFunc(cur, func(n *mention) bool {
		return n.typ == schema.GPE && (n.end == m.start || n.end+1 == m.start && toks[n.end].Tag == "POS")
	}) {
		return // "America's Senate": the state says whose body it is
	}
	if st := siblingChamberState(toks, m, cur); st != nil && st.name != m.gaz.of && chamberNames[noun] {
		// "the commonwealth's House of Representatives confirmed him,
		// but the Senate had not": the other chamber of the same
		// legislature.
		m.name, m.gaz = d.r.stateBody(&mention{name: st.name}, noun), nil
		return
	}
	if e := d.namedForeignBody(noun, m.gaz); e != nil {
		m.name, m.gaz = e.name, nil
	}
}

// namedForeignBody returns the one body of another state than g's that
// the document has named by noun and the state ("the Congress of the
// Philippines", "Italy's Senate"), when it names none of g's own: a bare
// "Congress" after it is that state's, not the US Congress. It returns nil
// otherwise.
func (d *docState) namedForeignBody(noun string, g *entry) *docEntity {
	if own := d.byKey[normKey(g.name)]; own != nil && len(own.mentions) > 0 {
		return nil
	}
	var one *docEntity
	for _, e := range d.ents {
		st, ok := strings.CutSuffix(e.name, " "+noun)
		if !ok || e.typ != schema.Organization || len(e.mentions) == 0 || e == one {
			continue
		}
		place := d.r.g.entries[normKey(st)]
		if s := d.r.g.demonyms[normKey(st)]; s == "" && d.r.g.adjOf[st] == "" && (place == nil || place.typ != schema.GPE) || s == g.of || st == g.of {
			continue // "the African National Congress", the US Congress; "the Puerto Rico Senate" is the territory's
		}
		if one != nil {
			return nil
		}
		one = e
	}
	return one
}

// partyCodes names the party of the code in brackets after a US
// politician's name, "Dennis Hastert (R-IL)", "Dick Durbin (D-IL)": the
// letter before the state's is the party's, Republican or Democratic, so
// that the bracket makes the person its member ([personCommaParty]).
func (r *Resolver) partyCodes(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for k := 1; k+1 < len(toks); k++ {
		// "Tom Wu (R-Ohio)" with no mention of the code, "Ann Lee,
		// D-Calif., said": a code after a person's name in brackets or
		// commas.
		w := strings.TrimSuffix(toks[k].Text, ".")
		if toks[k-1].Text != "(" && toks[k-1].Text != "," || coveringAt(ms, k) >= 0 && ms[coveringAt(ms, k)].typ != schema.Organization ||
			!partyCode(w) || !slices.ContainsFunc(ms, func(m *mention) bool { return m.end == k-1 && m.typ == schema.Person }) {
			continue
		}
		if n := toks[k+1].Text; n != ")" && n != "," && n != "." {
			continue
		}
		if c := coveringAt(ms, k); c >= 0 {
			ms[c].surface = w
			continue
		}
		ms = insertMention(ms, &mention{kind: mName, typ: schema.Organization, start: k, end: k + 1, surface: w, name: w})
	}
	for _, m := range ms {
		if m.start == 0 || m.end >= len(toks) || toks[m.start-1].Text != "(" && toks[m.start-1].Text != "," ||
			toks[m.end].Text != ")" && toks[m.end-1].Text != ")" && toks[m.end].Text != "," && toks[m.end].Text != "." {
			continue
		}
		party, state, ok := strings.Cut(strings.TrimSuffix(strings.TrimSuffix(m.surface, ")"), "."), "-")
		if !ok || len(state) < 2 || !isCap(state) || toks[m.start-1].Text == "," && !partyCode(party+"-"+state) {
			continue
		}
		switch party {
		case "R":
			m.name, m.gaz = "Republican Party", r.g.entries[normKey("Republican Party")]
		case "D":
			m.name, m.gaz = "Democratic Party", nil
		default:
			continue
		}
		m.kind, m.typ = mName, schema.Organization
	}
	return ms
}

// partyCode reports whether w is a US politician's party code: "R" or
// "D", a hyphen and a state's capitalised name or abbreviation ("R-Ohio",
// "D-Calif", "D-NY").
func partyCode(w string) bool {
	party, state, ok := strings.Cut(w, "-")
	return ok && (party == "R" || party == "D") && len(state) >= 2 && len(state) <= 14 && isCap(state) && !strings.ContainsAny(state, "-0123456789")
}

// describedStateNouns are the lower-case nouns of a state's bodies that a
// description or a pronoun of the state names: "the country's parliament",
// "its military".
var describedStateNouns = map[string]bool{
	"parliament": true, "government": true, "military": true, "army": true, "police": true, "navy": true, "cabinet": true,
}

// stateBodies adds, to the resolved mentions ms of sentence si, the body
// that a description or a pronoun standing for a state names with one of
// [describedStateNouns] ("the country's parliament", "the nation's
// military", "its government"), named as the state's name would name it
// ("Ukrainian parliament"), and resolves it. It returns ms, in token order.
func (d *docState) stateBodies(si int, s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for _, m := range slices.Clone(ms) {
		if m.kind == mPronoun && m.possessive && m.ent != nil && len(m.ent.members) > 1 {
			ms = d.setBodies(si, s, ms, m)
			continue
		}
		if m.kind != mDesc && m.kind != mPronoun || !m.possessive || m.ent == nil || !d.r.country(m.ent) {
			continue
		}
		k := m.end
		if m.kind == mDesc {
			if k >= len(toks) || toks[k].Tag != "POS" {
				continue
			}
			k++
		}
		noun := ""
		if k < len(toks) && describedStateNouns[toks[k].Text] {
			noun = toks[k].Text
		} else if k+1 < len(toks) && describedStateFields[toks[k].Text] && describedFieldNouns[toks[k+1].Text] && coveringAt(ms, k) < 0 {
			// "the country's election commission", "its health ministry":
			// a field and a body's noun name the state's body of that field.
			noun = toks[k].Text + " " + toks[k+1].Text
			k++
		}
		if noun == "" || coveringAt(ms, k) >= 0 ||
			k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "NN") {
			continue // "the country's army chief": a person, not the army
		}
		if k+2 < len(toks) && toks[k+1].Tag == "POS" && (roleNoun(toks[k+2].Lower()) || d.r.g.titles[normKey(toks[k+2].Text)] != nil) {
			continue // "the country's military's chief": a person
		}
		// "their government's response": the body owns what follows, as
		// "the government's response" does, and is named all the same.
		st := &mention{name: m.ent.name, typ: schema.GPE, surface: m.ent.name}
		b := &mention{kind: mName, typ: schema.Organization, start: m.start, end: k + 1, surface: spanText(s, m.start, k+1),
			name: d.r.stateBody(st, noun), country: m}
		ms = insertMention(ms, b)
		d.resolve(si, b, ms)
	}
	return d.leaderGovernments(si, s, ms)
}

// describedStateFields are the lower-case fields of a state's body that,
// before one of [describedFieldNouns], a description or a pronoun of the
// state names: "the country's election commission", "its health ministry".
// Words of size or rank ("largest", "new") name no body of the state.
var describedStateFields = map[string]bool{
	"election": true, "electoral": true, "health": true, "foreign": true, "defence": true, "defense": true,
	"interior": true, "finance": true, "justice": true, "education": true, "central": true, "supreme": true,
	"constitutional": true, "human-rights": true,
	// "the Palestinian intelligence service", "Egypt's security agency"
	"intelligence": true, "security": true,
}

// describedFieldNouns are the nouns of a state's bodies that
// [describedStateFields] name: "the nation's central bank".
var describedFieldNouns = map[string]bool{
	"commission": true, "ministry": true, "bank": true, "court": true, "council": true, "service": true, "agency": true,
}

// pluralStateNouns are the plurals of [describedStateNouns] that "their"
// before them makes each state's own: "their militaries".
var pluralStateNouns = map[string]string{
	"parliaments": "parliament", "governments": "government", "militaries": "military", "armies": "army", "navies": "navy",
}

// setBodies adds, to the resolved mentions ms of sentence si, the bodies
// that "their" (m), standing for a group of states, names with a plural
// of [pluralStateNouns] ("Both countries have put their militaries on
// alert"): each state's body, named as [docState.stateBodies] names it,
// part of its state, and a group of them that the phrase resolves to.
// A fact of one of the states on the group is on its own body
// ([docState.ownBody]). It returns ms, in token order.
func (d *docState) setBodies(si int, s nlp.Sentence, ms []*mention, m *mention) []*mention {
	toks := s.Tokens
	k := m.end
	if m.pron != "their" || k >= len(toks) || pluralStateNouns[toks[k].Lower()] == "" || coveringAt(ms, k) >= 0 ||
		k+1 < len(toks) && (strings.HasPrefix(toks[k+1].Tag, "NN") || toks[k+1].Tag == "POS") {
		return ms // "their armies' chiefs": people, not the armies
	}
	if slices.ContainsFunc(m.ent.members, func(e *docEntity) bool { return !d.r.country(e) }) {
		return ms
	}
	noun := pluralStateNouns[toks[k].Lower()]
	var bodies []*docEntity
	for _, st := range m.ent.members {
		b := &mention{kind: mName, typ: schema.Organization, start: m.start, end: k + 1, surface: spanText(s, m.start, k+1),
			name: d.r.stateBody(&mention{name: st.name, typ: schema.GPE, surface: st.name}, noun)}
		d.resolve(si, b, ms)
		if b.ent == nil || b.ent.typ != schema.Organization || slices.Contains(bodies, b.ent) {
			return ms
		}
		if b.ent.country == nil {
			b.ent.country = st
		}
		bodies = append(bodies, b.ent)
	}
	g := &mention{kind: mPronoun, pron: "they", start: m.start, end: k + 1, surface: spanText(s, m.start, k+1), head: toks[k].Lower(),
		ent: d.setGroup(bodies), conf: 1}
	ms = insertMention(ms, g)
	for i, b := range bodies {
		d.derive(si, argOf(s, g), g.surface, schema.PartOf, b, m.ent.members[i], "", roleConf)
	}
	return ms
}

// ownBody returns, of the bodies of states that obj groups
// ([docState.setBodies]), the one of state subj: "Both countries have put
// their militaries on alert" puts each state's own military on alert.
// Else it returns obj.
func ownBody(subj, obj *docEntity) *docEntity {
	if subj == nil || obj == nil {
		return obj
	}
	for _, b := range obj.members {
		if b.country == subj && b.typ == schema.Organization {
			return b
		}
	}
	return obj
}

// leaderGovNouns name a state's government after the leader who heads it:
// "Assad's government", "the Putin regime".
var leaderGovNouns = map[string]bool{"government": true, "regime": true, "administration": true}

// leaderGovernments adds, to the resolved mentions ms of sentence si, the
// government that a well-known person's possessive names ("Assad's
// government", "Maduro's regime"): the government of the sovereign state
// the gazetteer says the person holds office in ("Syrian government"),
// or that the document made the person head of before ("President Tom
// Wu of Norway ... Wu's government"), which the person leads. It returns
// ms, in token order.
func (d *docState) leaderGovernments(si int, s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for _, m := range slices.Clone(ms) {
		e := m.ent
		if named(m) && !m.possessive && e != nil && e.typ == schema.Person {
			d.governmentOfLeader(si, s, ms, m)
			continue
		}
		if !named(m) || !m.possessive || e == nil || e.typ != schema.Person {
			continue
		}
		office := ""
		if e.gaz != nil {
			office = e.gaz.office
		}
		if office == "" {
			if c := d.titledHead(e); c != nil {
				office = c.name
			}
		}
		if office == "" {
			continue
		}
		k := m.end
		if k < len(toks) && toks[k].Tag == "POS" {
			k++
		}
		if k >= len(toks) || !leaderGovNouns[toks[k].Text] || coveringAt(ms, k) >= 0 ||
			k+1 < len(toks) && (strings.HasPrefix(toks[k+1].Tag, "NN") || toks[k+1].Tag == "POS") {
			continue // "Assad's government forces": the forces
		}
		st := d.r.stateNamed(office)
		if st == nil || !d.r.sovereign(d.r.g.entries[normKey(st.name)]) {
			continue
		}
		b := &mention{kind: mName, typ: schema.Organization, start: m.start, end: k + 1, surface: spanText(s, m.start, k+1),
			name: d.r.stateBody(st, "government")}
		ms = insertMention(ms, b)
		d.resolve(si, b, ms)
		if b.ent != nil {
			d.derive(si, argOf(s, m), joinText(toks[m.start:k+1]), schema.Lead, e, b.ent, "", roleConf)
		}
	}
	return ms
}

// governmentOfLeader: "the government of Tom Wu", "the regime of Tom
// Wu", where the document titled Wu head of the state whose government
// "the government" names ([docState.titledHead]): Wu leads it.
func (d *docState) governmentOfLeader(si int, s nlp.Sentence, ms []*mention, m *mention) {
	toks := s.Tokens
	if m.start < 2 || toks[m.start-1].Text != "of" || !leaderGovNouns[toks[m.start-2].Text] {
		return
	}
	k := coveringAt(ms, m.start-2)
	if k < 0 || ms[k].ent == nil || ms[k].ent.typ != schema.Organization || ms[k].end != m.start-1 {
		return
	}
	g := ms[k].ent
	st := d.titledHead(m.ent)
	if st == nil || g.country != st && g.name != d.r.stateBody(&mention{name: st.name}, "government") {
		return
	}
	d.derive(si, argOf(s, m), joinText(toks[ms[k].start:m.end]), schema.Lead, m.ent, g, "", roleConf)
}

// headTitles are the titles, in lower case, of a state's head or head of
// government.
var headTitles = []string{"president", "prime minister", "premier", "chancellor"}

// titledHead returns the state whose head the document titled person e
// ("President Tom Wu"): the state named with the title ("Norwegian
// President Tom Wu"), else the country the document is about
// ([docState.homeCountry]), as the title's lead fact will name it
// ([homeTitle]); nil when no title of [headTitles] was given, or only a
// former one.
func (d *docState) titledHead(e *docEntity) *docEntity {
	for _, t := range headTitles {
		if !e.desc[t] || e.desc["former "+t] || e.desc["vice "+t] || e.desc["deputy "+t] {
			continue
		}
		if e.country != nil && e.country.typ == schema.GPE {
			return e.country
		}
		return d.homeCountry()
	}
	return nil
}

// governmentBodies: "A government commission, the Rettig Commission,
// listed ...", "the Halvik Agency, a government agency,": a body that an
// apposition describes as the government's ("government", "state-run" or
// "state-owned" before a body's noun) is part of the state the report is
// about ([docState.homeState]).
func (d *docState) governmentBodies(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, m := range ms {
		if !named(m) || m.adj || m.ent == nil || m.ent.typ != schema.Organization {
			continue
		}
		var after, before []nlp.Token
		if m.end+3 < len(toks) && toks[m.end].Text == "," {
			// "the Halvik Agency, a government agency,"
			k := m.end + 1
			for k < len(toks) && k < m.end+5 && !closedAfter(s, k) {
				k++
			}
			if closedAfter(s, k) {
				after = toks[m.end+1 : k]
			}
		}
		if m.start >= 4 && toks[m.start-1].Text == "," || m.start >= 5 && toks[m.start-2].Text == "," && strings.EqualFold(toks[m.start-1].Text, "the") {
			// "A government commission, the Rettig Commission,"
			k := m.start - 1
			if toks[k].Text != "," {
				k--
			}
			j := k - 1
			for j > 0 && j > k-4 && toks[j].Tag != "DT" {
				j--
			}
			if toks[j].Tag == "DT" && (j == 0 || closedAfter(s, j-1) || toks[j-1].Tag == "IN") && closedAfter(s, m.end) {
				before = toks[j:k]
			}
		}
		if j := stateRunBefore(toks, m.start); j >= 0 {
			// "broadcast on state-run Velta Television", "state news
			// agency VELTA reported": the words before the name.
			state := d.homeState()
			if state == nil {
				state = d.homeCountry()
			}
			if state != nil && state != m.ent {
				d.derive(si, argOf(s, m), joinText(toks[j:m.start]), schema.PartOf, m.ent, state, "", roleConf)
			}
			continue
		}
		for _, desc := range [][]nlp.Token{after, before} {
			if !governmentDesc(desc) {
				continue
			}
			state := d.homeState()
			if state == nil {
				state = d.homeCountry()
			}
			if state != nil && state != m.ent {
				d.derive(si, argOf(s, m), joinText(desc), schema.PartOf, m.ent, state, "", roleConf)
			}
			break
		}
	}
}

// stateRunBefore returns where the lower-case words before the name at
// token k start when they describe a body of the state: "state-run" or
// "state-owned" ("on state-run Velta Television"), or "state" and a
// body's noun ("state news agency VELTA"), with at most three words in
// all; otherwise -1. A possessive or a nationality before them names the
// state ("Sweden's state news agency", "Swedish state broadcaster"), which
// [describedBody] and the possessive's rules read.
func stateRunBefore(toks []nlp.Token, k int) int {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := toks[j]
		if isCap(t.Text) || !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "VB") {
			return -1
		}
		w := t.Lower()
		run := w == "state-run" || w == "state-owned" || w == "state-controlled" || w == "government-run" || w == "government-owned"
		if !run && !(w == "state" && j+1 < k && (stateBodyNouns[toks[j+1].Lower()] || pressBodyNouns[toks[j+1].Lower()] || toks[j+1].Lower() == "news")) {
			continue
		}
		if j > 0 && (toks[j-1].Tag == "POS" || isCap(toks[j-1].Text) && !sentenceFirst(toks, j-1)) {
			return -1
		}
		return j
	}
	return -1
}

// governmentDesc reports whether toks describe a body of the government: an
// article, "government", "state-run" or "state-owned", and a body's noun
// ("a government commission", "the state-run broadcaster").
func governmentDesc(toks []nlp.Token) bool {
	if len(toks) != 3 || toks[0].Tag != "DT" {
		return false
	}
	switch toks[1].Lower() {
	case "government", "state-run", "state-owned":
	default:
		return false
	}
	w := toks[2].Lower()
	return !isCap(toks[2].Text) && (bodyNouns[w] || stateBodyNouns[w] || governmentHeads[w] || pressBodyNouns[w])
}

// bareParliament reports whether "parliament" at token i stands without an
// article or a modifier after a verb ("joined", "entered") or "to" or "of"
// ("elected to parliament", "member of parliament"), and before no noun
// it modifies ("parliament building").
func bareParliament(toks []nlp.Token, i int) bool {
	if i == 0 || i+1 < len(toks) && strings.HasPrefix(toks[i+1].Tag, "NN") {
		return false
	}
	p := toks[i-1]
	return strings.HasPrefix(p.Tag, "VB") || p.Lower() == "to" || p.Lower() == "of"
}
