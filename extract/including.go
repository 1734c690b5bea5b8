package extract

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// Confidences of what a list of members adds.
const (
	// memberFactor scales the confidence of a fact stated of a group when a
	// member named by an "including" list takes the group's place.
	memberFactor = 0.8
	// memberConf is the confidence of the link from a member to its group.
	memberConf = 0.7
)

// A memberList is a group and the members that "including", "such as",
// "among them", "notably", "like" or a relative "which include" name after it: "Western intelligence
// agencies, including those from the United States, Poland and the
// Netherlands".
type memberList struct {
	group   span   // "Western intelligence agencies"
	marker  span   // "including"
	members []span // "the United States", "Poland", "the Netherlands"
}

// memberLists returns the sentence's lists of members, or nil. A group is
// a plural noun phrase (with its "of" phrases) right before the marker, or
// for "among them" the nearest plural noun phrase before it; a member is a
// noun phrase of the list after the marker, "those from X" counting as X.
func (a *analysis) memberLists() []memberList {
	var out []memberList
	for k := 1; k+1 < len(a.ch); k++ {
		mk, ok := a.listMarker(k)
		if !ok {
			continue
		}
		g := a.listGroup(k, mk)
		if g.empty() {
			continue
		}
		members := a.appositionsOut(a.listMembers(mk + 1))
		if len(members) == 0 {
			continue
		}
		out = append(out, memberList{group: g, marker: span{a.ch[k].i, a.ch[mk].j}, members: members})
	}
	return out
}

// appositionsOut drops from a list of members the description that a
// bare comma puts after a named member, which restates that member and
// names no other ("Democrats such as Ann Vale, the former mayor of
// Lindholm, proposed"), and the one place a bare comma puts after such a
// description's closing name when the list ends there: "the mayor of
// Lindholm, Ostoria, proposed" names Lindholm's region, not a member.
func (a *analysis) appositionsOut(ms []span) []span {
	var out []span
	appos := false
	for n, m := range ms {
		bare := n > 0 && m.i == ms[n-1].j+1 && a.toks[ms[n-1].j].Text == ","
		switch {
		case bare && !appos && a.description(m) && strings.HasPrefix(a.tags[ms[n-1].j-1], "NNP"):
			appos = true
			continue
		case bare && appos && n == len(ms)-1 && strings.HasPrefix(a.tags[ms[n-1].j-1], "NNP") && a.allProper(m):
			continue
		}
		appos = false
		out = append(out, m)
	}
	return out
}

// description reports whether the span s is a singular description opened
// by an article: "the former mayor of Lindholm", "a lawyer".
func (a *analysis) description(s span) bool {
	switch a.low[s.i] {
	case "the", "a", "an":
	default:
		return false
	}
	if s.j <= s.i+1 || a.tags[s.i+1] == "NNP" || a.tags[s.i+1] == "NNPS" {
		return false
	}
	for i := s.i + 1; i < s.j; i++ {
		switch a.tags[i] {
		case "NN":
			return true
		case "NNS", "NNP", "NNPS", "POS":
			return false
		}
	}
	return false
}

// allProper reports whether every token of the span s is a proper noun.
func (a *analysis) allProper(s span) bool {
	for i := s.i; i < s.j; i++ {
		if !strings.HasPrefix(a.tags[i], "NNP") {
			return false
		}
	}
	return s.j > s.i
}

// listMarker reports whether chunk k opens a list of members, and returns
// the chunk the marker ends at.
func (a *analysis) listMarker(k int) (int, bool) {
	c := a.ch[k]
	w := a.low[c.i]
	afterComma := a.ch[k-1].kind == comma && a.toks[a.ch[k-1].i].Text == ","
	switch {
	case w == "including" && c.j == c.i+1:
		return k, true
	case c.kind == prep && c.j == c.i+2 && w == "such" && a.low[c.i+1] == "as":
		return k, true
	case c.kind == prep && w == "like" && c.j == c.i+1:
		return k, true
	case w == "notably" && c.j == c.i+1 && afterComma:
		return k, true
	case c.kind == wh && (w == "which" || w == "who") && afterComma && k+1 < len(a.ch) && a.ch[k+1].kind == vg && a.ch[k+1].j == a.ch[k+1].i+1 && includeForms[a.low[a.ch[k+1].i]]:
		return k + 1, true // "his critics, which include Greenpeace,"
	case c.kind == prep && w == "among" && afterComma && k+1 < len(a.ch) && a.ch[k+1].kind == np && a.ch[k+1].j == a.ch[k+1].i+1 && a.low[a.ch[k+1].i] == "them":
		return k + 1, true
	}
	return 0, false
}

// includeForms are the verbs of a relative clause that lists a group's
// members as "including" does: "groups, which include Greenpeace,".
// A singular "includes" agrees with a singular head, which is no group.
var includeForms = map[string]bool{"include": true, "included": true}

// listGroup returns the group of the list whose marker spans chunks
// [k, mk], or an empty span when there is none.
func (a *analysis) listGroup(k, mk int) span {
	g := k - 1
	if a.ch[g].kind == quote && g >= 3 && a.ch[g-1].kind == comma && a.ch[g-2].kind == np {
		// A quoted phrase before the list ("for \"spreading rumors,\"
		// including") is a quotation, not the group; only the verb's
		// object before its preposition can be.
		return a.groupBeforeAdjunct(g - 2)
	}
	if a.ch[g].kind == comma {
		g--
	}
	if mk > k && a.low[a.ch[k].i] == "among" { // "among them": the nearest plural noun phrase before
		for g >= 0 && !(a.ch[g].kind == np && a.plural(a.ch[g])) {
			if a.ch[g].kind == stop {
				return span{}
			}
			g--
		}
	}
	if g < 0 || a.ch[g].kind != np {
		return span{}
	}
	// A plural noun right before the marker is the group ("the early days
	// of newsgroups such as"); otherwise the group's head may come before
	// its "of" or "from" phrases: "former members of Scientology", "defectors
	// from the party".
	start := g
	for !a.plural(a.ch[g]) && start >= 2 && a.ch[start-1].kind == prep && (a.low[a.ch[start-1].i] == "of" || a.low[a.ch[start-1].i] == "from") && a.ch[start-2].kind == np {
		start -= 2
	}
	for start < g && !a.plural(a.ch[start]) {
		start += 2
	}
	if !a.plural(a.ch[start]) {
		return a.groupBeforeAdjunct(g)
	}
	return span{a.ch[start].i, a.ch[g].j}
}

// groupBeforeAdjunct returns the plural object of a verb that an adjunct
// prepositional phrase, whose noun phrase is chunk g, separates from the
// list, or an empty span: in "police detained eight people for fraud,
// including Ann Lee" the singular "fraud" names no group, so the members
// belong to "eight people". Only a verb's object counts, and only when the
// phrase's own noun is singular or quoted, so "the mayors of the city,
// including" and "arrested for crimes, including theft" keep their
// readings.
func (a *analysis) groupBeforeAdjunct(g int) span {
	p := g - 1
	if p >= 1 && a.ch[p].kind == quote {
		p-- // for "spreading rumors," including
	}
	if p < 2 || a.ch[p].kind != prep || a.ch[p].j != a.ch[p].i+1 {
		return span{}
	}
	switch a.low[a.ch[p].i] {
	case "for", "in", "on", "over", "during", "after", "at":
	default:
		return span{}
	}
	o := p - 1
	if a.ch[o].kind != np || !a.plural(a.ch[o]) || a.ch[o-1].kind != vg {
		return span{}
	}
	return span{a.ch[o].i, a.ch[o].j}
}

// opens reports whether the span s can open a clause: it starts the
// sentence or follows a comma, a conjunction or an adverb, not a verb or a
// preposition that would make it an object.
func (a *analysis) opens(s span) bool {
	k := a.at[s.i] - 1
	for k >= 0 && a.ch[k].kind == adv {
		k--
	}
	return k < 0 || a.ch[k].kind == comma || a.ch[k].kind == conj
}

// finiteAt reports whether the token at i is a finite verb or modal.
func (a *analysis) finiteAt(i int) bool {
	if i >= len(a.tags) {
		return false
	}
	switch a.tags[i] {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// proper reports whether the noun phrase c ends in a proper noun.
func (a *analysis) proper(c chunk) bool {
	return strings.HasPrefix(a.tags[c.j-1], "NNP")
}

// plural reports whether the noun phrase c has a plural head noun.
func (a *analysis) plural(c chunk) bool {
	t := a.tags[c.head]
	return t == "NNS" || t == "NNPS"
}

// listMembers returns the noun phrases of the list that starts at chunk k:
// "A, B and C", "A or B". It stops at the first chunk that is neither a
// noun phrase, a comma nor a conjunction between noun phrases.
func (a *analysis) listMembers(k int) []span {
	var out []span
	for k < len(a.ch) {
		for k < len(a.ch) && a.ch[k].kind == adv {
			k++ // "including notably", "such as perhaps"
		}
		if k >= len(a.ch) || a.ch[k].kind != np {
			break
		}
		m := k
		if w := a.low[a.ch[k].i]; (w == "those" || w == "ones") && a.ch[k].j == a.ch[k].i+1 && k+2 < len(a.ch) && a.ch[k+1].kind == prep && a.ch[k+2].kind == np {
			switch a.low[a.ch[k+1].i] {
			case "from", "of", "in":
				m = k + 2 // "those from the United States"
			}
		}
		_, end := a.nounChain(m)
		for end+1 < len(a.ch) && a.ch[end].kind == prep && a.low[a.ch[end].i] == "for" && a.proper(a.ch[end-1]) && a.proper(a.ch[end+1]) {
			_, end = a.nounChain(end + 1) // "Council for the Care of Migrants campaigner Ann Lee"
		}
		member := span{a.ch[m].i, a.ch[end-1].j}
		if t := a.tags[member.i]; member.j == member.i+1 && (t == "PRP" || t == "DT") {
			return out // "kids like you", "events such as these": no member named
		}
		if name, e := a.namedAfter(end); e > 0 {
			member, end = name, e
		}
		out = append(out, member)
		k = end
		if k+1 >= len(a.ch) {
			break
		}
		switch {
		case a.ch[k].kind == conj:
			k++
		case a.ch[k].kind == comma && a.toks[a.ch[k].i].Text == "," && a.ch[k+1].kind == conj:
			k += 2
		case a.ch[k].kind == comma && a.toks[a.ch[k].i].Text == "," && a.ch[k+1].kind == np && a.listGoesOn(k+1):
			k++
		default:
			return out
		}
	}
	return out
}

// namedAfter returns the name that closes the sentence after a participle
// phrase and a comma at chunk k, and the chunk after it: "a trading firm
// registered in Dubai, Norland Steel Corp." names the member Norland Steel
// Corp. It returns 0 for the chunk when there is none.
func (a *analysis) namedAfter(k int) (span, int) {
	if k >= len(a.ch) || a.ch[k].kind != vg || a.tags[a.ch[k].i] != "VBN" && a.tags[a.ch[k].i] != "VBD" {
		return span{}, 0
	}
	for k < len(a.ch) && a.ch[k].kind != comma && a.ch[k].kind != stop {
		k++
	}
	if k+1 >= len(a.ch) || a.ch[k].kind != comma || a.ch[k+1].kind != np || a.tags[a.ch[k+1].head] != "NNP" {
		return span{}, 0
	}
	_, e := a.nounChain(k + 1)
	if e < len(a.ch) && a.ch[e].kind != stop {
		return span{}, 0
	}
	return span{a.ch[k+1].i, a.ch[e-1].j}, e
}

// listGoesOn reports whether the noun phrase at chunk k, after a comma in a
// list, is one of its members rather than the clause that follows ("...,
// Poland and the Netherlands, have corroborated"): a member is followed by
// a comma or a conjunction, or ends the sentence.
func (a *analysis) listGoesOn(k int) bool {
	_, end := a.nounChain(k)
	return end >= len(a.ch) || a.ch[end].kind == comma || a.ch[end].kind == conj || a.ch[end].kind == stop
}

// memberFacts returns, for each list of the sentence, the facts of xs
// stated of the group restated of each member, at a lower confidence, and
// the link from each member to its group: member_of, or part_of when the
// group is one of places ("regions such as Kursk"). xs are the clause
// extractions of the sentence; a fact inside the list itself is not
// restated.
func (a *analysis) memberFacts(xs []schema.Extraction) []schema.Extraction {
	lists := a.memberLists()
	if len(lists) == 0 {
		return nil
	}
	var out []schema.Extraction
	for _, l := range lists {
		g := a.arg(l.group, "")
		list := span{l.marker.i, l.members[len(l.members)-1].j}
		whole := span{l.group.i, list.j}
		inList := func(x schema.Argument) bool { return a.inside(x, l.group) || a.inside(x, list) }
		for _, x := range xs {
			if inList(x.Subject) && inList(x.Object) {
				continue // "agencies including those", "those is from"
			}
			wholeArg := a.arg(whole, "")
			subj := sameArg(x.Subject, g) || sameArg(x.Subject, wholeArg)
			// "attacked defectors | from the party including A": the
			// object is the group's head, its from-phrase an extra.
			head := a.arg(span{l.group.i, a.ch[a.at[l.group.i]].j}, "")
			obj := sameArg(x.Object, g) || sameArg(x.Object, wholeArg) || head.End < g.End && sameArg(x.Object, head)
			members := l.members
			if last := members[len(members)-1]; !subj && !obj && sameArg(x.Subject, a.arg(last, "")) && a.opens(l.group) && a.finiteAt(last.j) {
				// "countries such as France, Germany and Italy sanctioned
				// Russia": the clause took the last member for its
				// subject; the others share its fact.
				subj, members = true, members[:len(members)-1]
			}
			if !subj && !obj {
				continue
			}
			for _, m := range members {
				y := x
				if subj {
					y.Subject = a.arg(m, "")
				} else {
					y.Object = a.arg(m, "")
				}
				y.Confidence = x.Confidence * memberFactor
				y.Extra = a.outside(x.Extra, list)
				out = append(out, y)
			}
		}
		lemma, rel := a.memberLemma(l.group), a.spanText(l.marker)
		for _, m := range l.members {
			out = append(out, schema.Extraction{
				Subject:    a.arg(m, ""),
				Relation:   rel,
				Lemma:      lemma,
				Object:     g,
				Confidence: memberConf,
				Membership: true,
			})
		}
	}
	return out
}

// memberLemma returns the relation from a member to the group g:
// part_of for a group of places, former_member_of for "former members",
// member_of otherwise.
func (a *analysis) memberLemma(g span) string {
	for i := g.i; i < g.j; i++ {
		switch w := a.low[i]; {
		case w == "former" || strings.HasPrefix(w, "ex-"):
			return "former_" + schema.MemberOf
		case placeGroup(w):
			return schema.PartOf
		}
	}
	return schema.MemberOf
}

// sameArg reports whether x is the argument g (same words at the same
// place).
func sameArg(x, g schema.Argument) bool {
	return x.Text != "" && x.Start == g.Start && x.End == g.End
}

// inside reports whether the argument x lies within the tokens of s.
func (a *analysis) inside(x schema.Argument, s span) bool {
	return x.Text == "" || x.Start >= a.toks[s.i].Start && x.End <= a.toks[s.j-1].End
}

// placeGroup reports whether w names places that are parts of a larger one
// ("regions", "cities"); countries and states are members, not parts.
func placeGroup(w string) bool {
	switch w {
	case "regions", "parts", "cities", "towns", "villages", "provinces", "districts", "areas", "territories", "islands", "ports", "oblasts", "counties":
		return true
	}
	return false
}

// outside returns the arguments of xs that do not lie within s: a member's
// fact does not keep the list ("such as Kursk and Belgorod") as an
// argument. It returns xs itself when all do.
func (a *analysis) outside(xs []schema.Argument, s span) []schema.Argument {
	n := 0
	for _, x := range xs {
		if !a.inside(x, s) {
			n++
		}
	}
	if n == len(xs) {
		return xs
	}
	out := make([]schema.Argument, 0, n)
	for _, x := range xs {
		if !a.inside(x, s) {
			out = append(out, x)
		}
	}
	return out
}
