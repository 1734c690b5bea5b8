package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// peopleNames maps the adjective of a people or a faith to the plural that
// names its group, as [groupWords] does ("Kurdish" → "Kurds"); the Shia's
// spellings name one group, with the apostrophe when the adjective has it
// ("Shi'a" → "Shi'ites").
var peopleNames = map[string]string{
	"Kurdish": "Kurds", "Arab": "Arabs", "Muslim": "Muslims", "Christian": "Christians", "Jewish": "Jews",
	"Hindu": "Hindus", "Sikh": "Sikhs", "Buddhist": "Buddhists", "Catholic": "Catholics", "Protestant": "Protestants",
	"Shia": "Shiites", "Shiite": "Shiites", "Shi'a": "Shi'ites", "Shi'ite": "Shi'ites", "Sunni": "Sunnis",
	"Rohingya": "Rohingya", "Uighur": "Uighurs", "Uyghur": "Uyghurs", "Tamil": "Tamils", "Pashtun": "Pashtuns",
	"Yazidi": "Yazidis", "Druze": "Druze", "Coptic": "Copts",
}

// peopleNouns maps the singular noun of one of a people or a faith to
// the plural that names its group ("a Kurd" → "Kurds").
var peopleNouns = map[string]string{
	"Kurd": "Kurds", "Arab": "Arabs", "Muslim": "Muslims", "Christian": "Christians", "Jew": "Jews", "Hindu": "Hindus",
	"Sikh": "Sikhs", "Buddhist": "Buddhists", "Catholic": "Catholics", "Protestant": "Protestants", "Shia": "Shiites",
	"Shiite": "Shiites", "Shi'ite": "Shi'ites", "Sunni": "Sunnis", "Tamil": "Tamils", "Pashtun": "Pashtuns",
	"Yazidi": "Yazidis", "Copt": "Copts", "Uighur": "Uighurs", "Uyghur": "Uyghurs",
}

// peopleSecond are the words that, after a faith's adjective, name one
// people of both ("Sunni Arab", "Shia Muslim").
var peopleSecond = map[string]bool{"Arab": true, "Muslim": true, "Kurdish": true}

// givenPeople are the people's adjectives that are also given names
// ("Christian Bale"): before a name they are its first word.
var givenPeople = map[string]bool{"Christian": true}

// peopleWordsAt returns the end of the people's adjective at token i, one
// word or a faith's and a people's ("Sunni Arab"), and the name of its
// group ("Sunni Arabs"), or i, "".
func peopleWordsAt(toks []nlp.Token, i int) (int, string) {
	name, ok := peopleNames[strings.ReplaceAll(toks[i].Text, "\u2019", "'")]
	if !ok {
		return i, ""
	}
	if i+1 < len(toks) && peopleSecond[toks[i+1].Text] && toks[i+1].Text != toks[i].Text {
		return i + 2, toks[i].Text + " " + peopleNames[toks[i+1].Text]
	}
	return i + 1, name
}

// peopleWords reads a people's or a faith's adjective before a person's
// name, alone or with a title between ("veteran Kurdish leader Tom Wu",
// "Sunni Arab tribal leader Ali Wu", "Shi'a Ali Wu"), as the person's
// people ([docState.peopleFact]): the adjective names the people's group
// ("Kurds"), no organisation, and no word of the name. ms are the mentions
// of sentence s in token order; it returns them, changed.
func (r *Resolver) peopleWords(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for j := 0; j < len(ms); j++ {
		m := ms[j]
		if m.kind != mName && m.kind != mSingle || m.adj && m.typ != schema.Organization && m.typ != schema.Group {
			continue
		}
		if m.start > 0 && isCap(toks[m.start-1].Text) && !r.demonymWord(toks[m.start-1].Text) && !sentenceFirst(toks, m.start-1) {
			continue // "Pakistan Muslim League": a word of a name
		}
		end, name := peopleWordsAt(toks, m.start)
		if name == "" {
			continue
		}
		g := &mention{kind: mName, start: m.start, end: end, typ: schema.Group, surface: spanText(s, m.start, end),
			name: name, adj: true}
		switch {
		case end == m.end && (m.typ == schema.Organization || m.typ == schema.Person || m.typ == "" || m.typ == schema.Group && m.adj) && len(m.titles) == 0:
			// "veteran Kurdish leader Tom Wu" read with "Kurdish" a
			// body, "Sunni Arab tribal leader" with "Sunni Arab" a
			// person.
			for _, p := range ms[j+1:] {
				if p.org == m {
					p.org = nil
				}
			}
			ms[j] = g
		case end < m.end && m.typ == schema.Person && len(m.titles) == 0 && m.end-end >= 2 && !givenPeople[toks[m.start].Text] &&
			!m.possessive && allCapWords(toks[end:m.end]):
			// "Shi'a Ali Wu": the faith is no word of the name.
			m.start = end
			m.surface = spanText(s, end, m.end)
			m.name, m.full = cleanName(m.surface), m.surface
			ms = append(ms[:j], append([]*mention{g}, ms[j:]...)...)
			j++
			m.people = g
			g.used = true
			continue
		default:
			continue
		}
		if j+1 < len(ms) {
			if p := ms[j+1]; p.typ == schema.Person && p.kind == mName && p.people == nil && p.country == nil && p.org == nil &&
				(len(p.titles) > 0 || p.start > end && (strings.HasPrefix(toks[p.start-1].Tag, "NN") || strings.HasPrefix(toks[p.start-1].Tag, "JJ"))) && peopleModifiersOnly(toks[end:p.start]) {
				// "Kurdish leader Tom Wu", "Kurdish politician Ann Lee".
				p.people = g
				g.used = true
			}
		}
	}
	for j := 1; j < len(ms); j++ {
		if g := r.apposedPeople(s, ms[j-1], ms[j]); g != nil {
			ms[j] = g
		}
	}
	// A people's adjective no chunk kept, opening the sentence ("Kurdish
	// leader Tom Wu spoke").
	for j, p := range ms {
		if p.typ != schema.Person || p.kind != mName || p.people != nil || p.country != nil || p.org != nil || len(p.titles) == 0 {
			continue
		}
		k := p.start - 1
		for k >= 0 && k > p.start-5 && !isCap(toks[k].Text) {
			k--
		}
		if k < 0 || coveringAt(ms[:j], k) >= 0 {
			continue
		}
		end, name := peopleWordsAt(toks, k)
		if name == "" || end == k+2 {
			if b := k - 1; name == "" && b >= 0 {
				end, name = peopleWordsAt(toks, b) // "Sunni Arab leader"
				k = b
				if end != b+2 {
					name = ""
				}
			}
		}
		if name == "" || !peopleModifiersOnly(toks[end:p.start]) || k > 0 && isCap(toks[k-1].Text) && !sentenceFirst(toks, k-1) {
			continue
		}
		g := &mention{kind: mName, start: k, end: end, typ: schema.Group, surface: spanText(s, k, end), name: name, adj: true, used: true}
		p.people = g
		ms = append(ms[:j], append([]*mention{g}, ms[j:]...)...)
		break // one a sentence; the loop's slice is stale
	}
	return ms
}

// allCapWords reports whether every token of toks is a capitalised word.
func allCapWords(toks []nlp.Token) bool {
	for _, t := range toks {
		if !isCap(t.Text) {
			return false
		}
	}
	return true
}

// peopleModifiersOnly reports whether toks, between a people's adjective and a
// name, are lower-case words only, of a title or modifiers ("tribal
// leader", "leader"), no punctuation nor conjunction nor preposition.
func peopleModifiersOnly(toks []nlp.Token) bool {
	if len(toks) > 4 {
		return false
	}
	for _, t := range toks {
		if isCap(t.Text) || !(strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBN") {
			return false
		}
	}
	return true
}

// peopleFact derives the membership of the person m names in the people
// its adjective names ([Resolver.peopleWords]): "Sunni Arab tribal leader
// Ali Wu" is a member of the Sunni Arabs; "Kurdish leader Tom Wu", the
// title right after the adjective, leads the Kurds.
func (d *docState) peopleFact(si int, s nlp.Sentence, m *mention) {
	if m.people == nil || m.people.ent == nil || m.ent == nil || m.ent.typ != schema.Person || m.people.ent == m.ent {
		return
	}
	lemma := schema.MemberOf
	if m.people.end < len(s.Tokens) && strings.EqualFold(s.Tokens[m.people.end].Text, "leader") && m.people.end+1 == m.start {
		lemma = schema.Lead
	}
	d.derive(si, argOf(s, m), m.people.surface, lemma, m.ent, m.people.ent, "", roleConf)
}

// apposedPeople returns the group that a people's or a faith's noun or
// adjective in an apposition to the person p names ("Ann Lee, a
// 42-year-old Kurd in Kirkuk,", "Tom Wu, a Shiite,", "Ali Wu, a Kurdish
// politician,"), with p a member of it, or nil; m is the mention of the
// noun or the adjective, after p.
func (r *Resolver) apposedPeople(s nlp.Sentence, p, m *mention) *mention {
	toks := s.Tokens
	if p.typ != schema.Person || p.kind != mName || p.people != nil || m.kind != mName && m.kind != mSingle || m.end != m.start+1 || len(m.titles) > 0 {
		return nil
	}
	if m.typ != "" && m.typ != schema.Group && m.typ != schema.Person && m.typ != schema.Organization {
		return nil
	}
	w := strings.ReplaceAll(toks[m.start].Text, "\u2019", "'")
	name := peopleNouns[w]
	if name == "" {
		if _, adj := peopleWordsAt(toks, m.start); adj != "" && m.end < len(toks) && toks[m.end].Tag == "NN" && !isCap(toks[m.end].Text) {
			name = adj // "a Kurdish politician"
		}
	}
	if name == "" || m.end < len(toks) && isCap(toks[m.end].Text) {
		return nil
	}
	k := m.start - 1
	for k > p.end && k >= m.start-4 && !isCap(toks[k].Text) && toks[k].Tag != "DT" && (strings.HasPrefix(toks[k].Tag, "JJ") || toks[k].Tag == "VBN" || toks[k].Tag == "NN" || toks[k].Tag == "RB") {
		k-- // "a 42-year-old Kurd", "a devout Muslim"
	}
	if k != p.end+1 || toks[p.end].Text != "," || !isWordFold(toks[k].Text, "a") && !isWordFold(toks[k].Text, "an") {
		return nil
	}
	g := &mention{kind: mName, start: m.start, end: m.end, typ: schema.Group, surface: toks[m.start].Text, name: name, adj: true, used: true}
	p.people = g
	return g
}

// peopleOfPlace derives where a people's group that "of" and a state or
// a region follow lives ("The Kurdish population of Norway celebrated",
// "the Kurds of Syria"): the people of the place, located in it. m is a
// mention of sentence si.
func (d *docState) peopleOfPlace(si int, s nlp.Sentence, m *mention) {
	toks := s.Tokens
	if m.ent == nil || m.ent.typ != schema.Group || m.adj || m.end+1 >= len(toks) || toks[m.end].Lower() != "of" {
		return
	}
	if m.kind != mGroup || m.head != "people" {
		if m.kind != mName || !groupWords[m.surface] {
			return
		}
	}
	c := coveringAt(d.sents[si], m.end+1)
	if c < 0 {
		return
	}
	p := d.sents[si][c]
	if p.start != m.end+1 || p.ent == nil || p.ent.typ != schema.GPE || p.adj || p.possessive ||
		p.end < len(toks) && (strings.HasPrefix(toks[p.end].Tag, "NN") || toks[p.end].Tag == "POS") {
		return
	}
	d.derive(si, argOf(s, m), "of", schema.LocateIn, m.ent, p.ent, "", roleConf)
}
