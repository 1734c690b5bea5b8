package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Political camps. A document that names a camp ("the pro-Beijing camp",
// "the localist camp") makes it an actor, and the stance words that name
// the camp elsewhere ("pro-Beijing councillor Ann Lee", "pan-democrat Tom
// Wu" for the pan-democracy camp) make their person or party its member.
// Only documents that name a camp are read this way, so "pro-Russian
// separatists" in a report that names no camp is a group of its own
// ([Resolver.faithGroup]), which supports Russia ([docState.stanceFacts]).

// stanceWord reports whether the lower-case word w can name a political
// stance: pro-X, anti-X, pan-X, or a word in -ist (localist, nationalist).
func stanceWord(w string) bool {
	for _, p := range []string{"pro-", "anti-", "pan-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
			return true
		}
	}
	return len(w) > 5 && strings.HasSuffix(w, "ist")
}

// sameStance reports whether two lower-case stance words name one stance:
// equal, or sharing all but a short suffix ("pan-democrat",
// "pan-democratic", "pan-democracy").
func sameStance(a, b string) bool {
	if a == b {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 6 && n >= min(len(a), len(b))-3
}

// campNames returns the camps the sentences name, keyed by the lower-case
// stance word: "pro-beijing" → "pro-Beijing camp".
func campNames(sents []nlp.Sentence) map[string]string {
	var out map[string]string
	for _, s := range sents {
		for k := 1; k < len(s.Tokens); k++ {
			if !isWordFold(s.Tokens[k].Text, "camp") {
				continue
			}
			w := s.Tokens[k-1].Text
			low := strings.ToLower(w)
			if !stanceWord(low) {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			if _, ok := out[low]; !ok {
				out[low] = strings.ToLower(w[:1]) + w[1:] + " camp"
			}
		}
	}
	return out
}

// campMentions adds to ms, the mentions of sentence s, one organisation
// mention for each "STANCE camp" of camps, and returns ms in token order.
// A camp is an alliance of parties and people, which the guide counts as
// an organisation.
func campMentions(s nlp.Sentence, ms []*mention, camps map[string]string) []*mention {
	if len(camps) == 0 {
		return ms
	}
	toks := s.Tokens
	for _, m := range ms {
		// "Pan-democrat Gary Fan": the stance word is no part of the name.
		if first := toks[m.start].Text; m.kind == mName && m.typ == schema.Person && m.end-m.start >= 3 &&
			len(m.titles) == 0 && stanceWord(strings.ToLower(first)) && strings.HasPrefix(m.name, first+" ") {
			m.start++
			m.name = strings.TrimPrefix(m.name, first+" ")
			m.surface = strings.TrimPrefix(m.surface, first+" ")
			m.full = strings.TrimPrefix(m.full, first+" ")
		}
	}
	for k := 1; k < len(toks); k++ {
		if !strings.EqualFold(toks[k].Text, "camp") {
			continue
		}
		name, ok := camps[toks[k-1].Lower()]
		if !ok {
			continue
		}
		m := &mention{kind: mName, start: k - 1, end: k + 1, surface: joinText(toks[k-1 : k+1]), name: name,
			typ: schema.Organization, head: "camp"}
		m.full = m.surface
		m.possessive = k+1 < len(toks) && toks[k+1].Tag == "POS"
		held := false // a longer name holds the words
		for _, o := range ms {
			held = held || o.start < m.end && m.start < o.end && (o.start < m.start || o.end > m.end)
		}
		if held {
			continue
		}
		keep := ms[:0:0]
		at := -1
		for _, o := range ms {
			if o.end <= m.start || o.start >= m.end { // mentions inside the camp's words go
				if at < 0 && o.start >= m.end {
					at = len(keep)
				}
				keep = append(keep, o)
			}
		}
		if at < 0 {
			at = len(keep)
		}
		ms = append(keep[:at:at], append([]*mention{m}, keep[at:]...)...)
	}
	return ms
}

// campFacts adds the memberships that stance words state in sentence si:
// "pro-Beijing veteran Wilson Or", "Pan-democrat Cyd Ho", "localist
// camp's Joe Ng", "Pro-Beijing DAB's Ann Lee and Tom Wu" (the party and both
// people), "pan-democratic councillors Ann Lee of the Civic Party and Tom
// Wu of the Labour Party" (a plural role noun shares the stance with the
// list after it), and "Other pro-Beijing candidates elected were Ann Lee
// and Tom Wu" (a copula after a stance subject).
func (d *docState) campFacts(si int, s nlp.Sentence, all []*mention, camps map[string]string) {
	if len(camps) == 0 {
		return
	}
	ms := make([]*mention, 0, len(all))
	for _, m := range all {
		// "Pan-democrat" alone may pass for a name; it is a stance word.
		stance := m.end-m.start == 1 && stanceWord(s.Tokens[m.start].Lower())
		if m.kind != mDesc && m.kind != mPronoun && m.kind != mGroupRef && !inside(m, all) && m.ent != nil && !stance {
			ms = append(ms, m)
		}
	}
	campOf := map[*mention]*docEntity{}
	for k, m := range ms {
		if !named(m) || m.adj || m.head == "camp" || (m.ent.typ != schema.Person && m.ent.typ != schema.Organization) {
			continue
		}
		c, shared := d.stanceBefore(si, s, ms, k, camps, campOf)
		if c == nil || c == m.ent {
			continue
		}
		campOf[m] = c
		d.derive(si, argOf(s, m), "camp", schema.MemberOf, m.ent, c, "", roleConf)
		if !shared {
			continue
		}
		for _, o := range coordinated(s, ms, k) {
			campOf[o] = c
			d.derive(si, argOf(s, o), "camp", schema.MemberOf, o.ent, c, "", roleConf)
		}
	}
	d.campCopula(si, s, ms, camps)
}

// stanceBefore returns the camp that the words before ms[k] name, and
// whether the list after ms[k] shares it (a plural role noun or an
// organisation's possessive before it). It walks back over lower-case
// modifiers ("pro-Beijing veteran politician"), through an organisation's
// possessive to the camp of that organisation, and over one comma after a
// role noun ("another localist camp candidate, veteran politician Ann
// Lee"); a name's own first word counts too ("Pan-democrat Gary Fan").
func (d *docState) stanceBefore(si int, s nlp.Sentence, ms []*mention, k int, camps map[string]string, campOf map[*mention]*docEntity) (*docEntity, bool) {
	m := ms[k]
	toks := s.Tokens
	if m.end-m.start > 1 {
		if c := d.camp(si, m.start, toks[m.start].Lower(), camps); c != nil {
			return c, false
		}
	}
	plural := m.start > 0 && toks[m.start-1].Tag == "NNS"
	comma := false
	for j := m.start - 1; j >= 0 && m.start-j <= 7; j-- {
		t := toks[j]
		if k > 0 && ms[k-1].end == j+1 {
			o := ms[k-1]
			possessor := o.possessive && o.end == m.start-1
			switch {
			case o.head == "camp":
				// "localist camp's Joe Ng", "pan-democracy camp
				// councillors Ann Lee", "from the localist camp, Ann Lee".
				return o.ent, plural || possessor || comma
			case possessor && o.ent.typ == schema.Organization:
				return campOf[o], campOf[o] != nil
			}
			return nil, false
		}
		if t.Tag == "POS" {
			continue
		}
		if t.Text == "," && j == m.start-1 && k > 0 && ms[k-1].end == j && ms[k-1].head == "camp" {
			comma = true
			continue
		}
		low := t.Lower()
		if c := d.camp(si, j, low, camps); c != nil {
			return c, plural
		}
		switch {
		case t.Text == "," && !comma && j > 0 && strings.HasPrefix(toks[j-1].Tag, "NN") && roleNoun(toks[j-1].Lower()):
			comma = true
		case strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ"):
			if isCap(t.Text) && !strings.Contains(t.Text, "-") {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	return nil, false
}

// camp returns the camp entity that the lower-case word w at token j of
// sentence si names, creating it: a camp the document names, or a pro-, anti- or pan-
// stance of its own ("pro-establishment") when the document names some
// camp. It returns nil for other words.
func (d *docState) camp(si, j int, w string, camps map[string]string) *docEntity {
	w = strings.TrimSuffix(w, "'s")
	if !stanceWord(w) {
		return nil
	}
	name := ""
	for stance, n := range camps {
		if sameStance(stance, w) && (name == "" || n < name) {
			name = n
		}
	}
	if name == "" {
		if strings.HasSuffix(w, "ist") {
			return nil
		}
		name = w + " camp"
	}
	e := d.byKey[normKey(name)]
	if e == nil {
		e = d.create(name, &mention{typ: schema.Organization, head: "camp"})
		e.first = pos{si, j}
	}
	e.mentions[si] = true
	return e
}

// campCopula: "Other pro-Beijing candidates elected in this district were
// Ann Lee, DAB's Tom Wu and Joe Ng": a subject with a stance word and no
// name, a copula, then the people named after it up to the clause's end
// are the camp's members.
func (d *docState) campCopula(si int, s nlp.Sentence, ms []*mention, camps map[string]string) {
	toks := s.Tokens
	var c *docEntity
	be := -1
	for j, t := range toks {
		low := t.Lower()
		if low == "were" || low == "are" {
			be = j
			break
		}
		if t.Text == "," || t.Text == ";" {
			return
		}
		if c == nil {
			c = d.camp(si, j, low, camps)
		}
	}
	if c == nil || be < 0 {
		return
	}
	for _, m := range ms {
		if m.start < be {
			if m.ent.typ == schema.Person {
				return
			}
			continue
		}
		if m.start > 0 {
			if w := toks[m.start-1].Lower(); w == "of" || w == "from" || w == "the" {
				continue // a member's party, whatever its type
			}
		}
		if !named(m) || m.ent.typ != schema.Person || listEnded(toks, be, m.start) {
			continue
		}
		d.derive(si, argOf(s, m), "camp", schema.MemberOf, m.ent, c, "", roleConf)
	}
}

// listEnded reports whether a clause boundary lies between tokens from and
// to: a semicolon, or a comma before a word that opens a clause or a
// comment ("both", "while", "with", "who").
func listEnded(toks []nlp.Token, from, to int) bool {
	for j := from; j < to; j++ {
		if toks[j].Text == ";" || strings.HasPrefix(toks[j].Tag, "VB") && j > from+1 {
			return true
		}
		if toks[j].Text == "," && j+1 < len(toks) {
			switch toks[j+1].Lower() {
			case "both", "while", "with", "who", "which", "all":
				return true
			}
		}
	}
	return false
}
