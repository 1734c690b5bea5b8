package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// memberBodies name the bodies of an organisation that a person joins, sits
// on or leaves: "joined Boeing's board", "left the staff of the museum".
var memberBodies = map[string]bool{
	"board": true, "staff": true, "team": true, "squad": true, "cabinet": true, "faculty": true,
	"payroll": true, "workforce": true, "ranks": true, "roster": true, "management": true,
}

// bodyVerbs say what becoming or being on an organisation's body makes its
// subject: join, sit on, serve on or be on it is a member; leave or quit it has
// left the organisation.
var bodyVerbs = map[string]string{
	"join": schema.MemberOf, "rejoin": schema.MemberOf, "sit_on": schema.MemberOf, "serve_on": schema.MemberOf,
	"be_on": schema.MemberOf, "remain_on": schema.MemberOf, "stay_on": schema.MemberOf,
	"leave": "leave", "quit": "quit",
	// "was elected to the board of Halvik Motors", "was appointed to
	// Tesla's board": the seat given makes a member.
	"elect_to": schema.MemberOf, "appoint_to": schema.MemberOf, "name_to": schema.MemberOf,
}

// bodyMembership adds subj —member_of→ org (or —leave→ org) when the object
// of x, a verb of joining or leaving, is a body of a named organisation or
// state: "Ann Lee joined Boeing's board", "sits on the board of directors
// of Tesla", "left its staff" (its the company). A body of a person ("his
// team") or of a thing gives nothing.
func (d *docState) bodyMembership(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	lemma, ok := bodyVerbs[x.Lemma]
	if !ok || subj == nil || subj.typ != schema.Person || x.Negated {
		return
	}
	org := d.bodyOwner(si, s, x.Object)
	if org == nil || org == subj {
		return
	}
	if f := d.derive(si, x.Subject, x.Relation, lemma, subj, org, "", x.Confidence*placeArgConf); f != nil && lemma != schema.MemberOf {
		f.Class = schema.CanonicalRelation(lemma)
	}
}

// bodyOwner returns the organisation or state whose body argument a names:
// "Boeing's board", "the company's executive board", "the Boeing board",
// "the board of (directors of) Tesla", "the board of the company". It
// returns nil when the argument says anything else.
func (d *docState) bodyOwner(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	if si >= len(d.sents) || a.End <= a.Start {
		return nil
	}
	toks := s.Tokens
	first, last := argTokens(s, a)
	if first < 0 {
		return nil
	}
	owner := func(m *mention) bool {
		return m.ent != nil && !m.adj && (m.ent.typ == schema.Organization || m.ent.typ == schema.GPE) &&
			(named(m) || m.kind == mPronoun || m.kind == mDesc)
	}
	// "Boeing's board", "its board", "the company's supervisory board",
	// "the Boeing board".
	for _, m := range d.sents[si] {
		if m.start < first || m.end > last || !owner(m) {
			continue
		}
		k := m.end
		if m.kind != mPronoun {
			if k >= last || toks[k].Tag != "POS" && !named(m) {
				continue
			}
			if toks[k].Tag == "POS" {
				k++
			}
		}
		if m.start > first+1 || m.start == first+1 && toks[first].Lower() != "the" {
			continue
		}
		if n := bodyHead(toks, k, last); n == last {
			return m.ent
		}
	}
	// "the board of Tesla", "the board of directors of Tesla".
	k := first
	if toks[k].Lower() == "the" {
		k++
	}
	n := bodyHead(toks, k, last)
	if n < 0 || n >= last || toks[n].Lower() != "of" {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.start == n+1 && m.end == last && owner(m) { // "of Tesla", "of the company"
			return m.ent
		}
	}
	return nil
}

// bodyHead returns the index after a body's noun that opens toks[k:last]
// behind at most two lower-case modifiers ("executive board", "board of
// directors"), or -1.
func bodyHead(toks []nlp.Token, k, last int) int {
	for j := k; j < last && j <= k+2; j++ {
		t := toks[j]
		if isCap(t.Text) {
			return -1
		}
		if memberBodies[t.Lower()] && strings.HasPrefix(t.Tag, "NN") {
			j++
			if j+1 < last && toks[j].Lower() == "of" {
				switch toks[j+1].Lower() {
				case "directors", "governors", "trustees", "regents":
					j += 2
				}
			}
			return j
		}
		if !strings.HasPrefix(t.Tag, "JJ") && !strings.HasPrefix(t.Tag, "NN") {
			return -1
		}
	}
	return -1
}

// panelSeat adds subj —member_of→ panel when x seats its person subject on a
// named committee, board or council ([panelName]): "sits on the Halvik
// Committee", "served on the Halvik Board", "was on the Halvik Council",
// "is the most senior Democrat on the Halvik Committee", "was unique on the
// Halvik Committee in her support". The seat replaces the verb's own fact,
// as a post does ([appointedRole]).
func (d *docState) panelSeat(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.subj == nil || f.subj.typ != schema.Person || x.Negated || si >= len(d.sents) {
		return
	}
	verb, prep, _ := strings.Cut(x.Lemma, "_")
	if verb != "be" && verb != "sit" && verb != "serve" {
		return
	}
	if w, _, _ := strings.Cut(strings.ToLower(x.Subject.Text), " "); w == "the" || w == "a" || w == "an" {
		// "Ann Lee, the most senior Democrat on the Halvik Committee,":
		// the apposition's own reading, whose description coreference
		// may give to another person, is the role rules'.
		return
	}
	var args []schema.Argument
	switch {
	case prep == "on":
		args = []schema.Argument{x.Object}
	case x.Lemma == "be":
		// "is the most senior Democrat on the Halvik Committee": an
		// on-phrase of the copula, or inside its object.
		args = append([]schema.Argument{x.Object}, x.Extra...)
	default:
		return
	}
	for _, a := range args {
		first, last := argTokens(s, a)
		if first < 0 {
			continue
		}
		for k := first; k < last; k++ {
			if s.Tokens[k].Lower() != "on" && !(k == first && prep == "on") && !(k == first && a.Role == "on") {
				continue
			}
			j := k + 1
			if s.Tokens[k].Lower() != "on" {
				j = k // the argument opens with the panel: "the Halvik Committee"
			}
			// The mention may go on past the argument: "sits on the
			// Committee on Ways and Means" ends the object at "on"; but
			// it may not end before the argument does: "sat on the
			// Halvik Committee report" names a report.
			if m := d.mentionAt(si, s, j); j < last && m != nil && m.start < last && m.end >= last && m.ent != f.subj && !m.possessive &&
				m.ent.typ == schema.Organization && panelName(m.ent.name) {
				d.derive(si, x.Subject, x.Relation, schema.MemberOf, f.subj, m.ent, "", x.Confidence*placeArgConf)
				if f.obj == m.ent {
					f.obj = nil
				}
				return
			}
			break
		}
	}
}

// memberHeads are the head nouns of bodies whose people are their members:
// a time spent in one is a time as a member ([docState.timeIn]).
var memberHeads = map[string]bool{
	"congress": true, "senate": true, "house": true, "parliament": true, "assembly": true, "legislature": true,
	"army": true, "navy": true, "party": true, "cabinet": true, "council": true, "committee": true,
	"representatives": true, "commons": true, "lords": true, "forces": true, "force": true,
}

// timeIn adds subj —member_of→ body when x says its person subject spent a
// stretch of time in a body of members: "spent the next five decades in
// Congress", "spent two terms in the Senate", "spent most of her career in
// the Harbor Party". A place ("spent ten years in Oslo") or a company is
// left alone.
func (d *docState) timeIn(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if x.Lemma != "spend" || subj == nil || subj.typ != schema.Person || x.Negated || si >= len(d.sents) {
		return
	}
	first, last := argTokens(s, x.Object)
	if first < 0 || !slices.ContainsFunc(s.Tokens[first:last], func(t nlp.Token) bool {
		w := t.Lower()
		return spanNouns[w] || w == "career" || w == "life" || w == "time"
	}) {
		return
	}
	for _, a := range x.Extra {
		first, last := argTokens(s, a)
		if first < 0 || s.Tokens[first].Lower() != "in" {
			continue
		}
		if m := d.mentionAt(si, s, first+1); first+1 < last && m != nil && m.end == last && m.ent != subj && !m.possessive &&
			m.ent.typ == schema.Organization && memberHeads[orgHead(m.ent.name)] {
			d.derive(si, x.Subject, x.Relation+" in", schema.MemberOf, subj, m.ent, "", x.Confidence*placeArgConf)
			return
		}
	}
}
