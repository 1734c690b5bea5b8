package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// modifiedDesc returns the definite description made of "the" at token i
// of s, one or two modifiers and a body's descriptor noun that takes up an
// organisation the document has named, the most recent one whose name
// holds each lower-case modifier as a word and the noun as a word or
// descriptor: "the fire service" after North Wales Fire and Rescue
// Service, "the appeals court" after the Second Circuit Court of Appeals,
// "the emergencies ministry" after the Emergencies Ministry. A state's
// possessive may stand for "the": "the country's chess federation" after
// the Iranian Chess Federation. A modifier
// that says where the body is based ("the Luxembourg-based court") or that
// ranks it ("Norway's largest bank", [ranking]) needs no word of the name. It returns nil when no such body was named, or
// when a noun, "of" or a name after the noun makes the phrase name
// something else ("the fire service chief", "the appeals court of Ohio").
// The mention's body is the organisation.
func (d *docState) modifiedDesc(s nlp.Sentence, ms []*mention, i int) *mention {
	toks := s.Tokens
	if toks[i].Lower() != "the" && !statePossessive(toks, ms, i) {
		return nil
	}
	for h := i + 2; h <= i+3 && h < len(toks); h++ {
		if m := d.modifiedAt(toks, ms, i, h); m != nil {
			return m
		}
	}
	return nil
}

// modifiedAt is [docState.modifiedDesc] with the noun at token h.
func (d *docState) modifiedAt(toks []nlp.Token, ms []*mention, i, h int) *mention {
	var mods []string
	var place *docEntity // where a "-based" modifier puts the body
	from := i + 1
	parent := parentBody(toks, ms, i, h)
	if parent != nil {
		from = parent.end // "the UN agency", "the UN health agency": a body of the UN
	}
	for k, w := range toks[from:h] {
		switch {
		case based(w.Text):
			if c := coveringAt(ms, from+k); c >= 0 {
				place = d.adjState(ms[c])
			}
		case ranking(w):
		case isCap(w.Text) || !strings.HasPrefix(w.Tag, "NN") && w.Tag != "JJ":
			return nil
		default:
			mods = append(mods, w.Lower())
		}
	}
	for k := from; k <= h; k++ {
		if c := coveringAt(ms, k); c >= 0 && !based(toks[k].Text) {
			return nil
		}
	}
	if toks[h].Tag != "NN" || isCap(toks[h].Text) {
		return nil
	}
	head := toks[h].Text
	if !d.r.descNouns[head] && !companyNouns[head] && !d.kinds[head] || placeDescs.at(head) != 0 {
		return nil
	}
	if namesOther(toks, h+1) || h+1 < len(toks) && (strings.HasPrefix(toks[h+1].Tag, "NN") || toks[h+1].Text == "of") {
		return nil
	}
	body := d.recent(func(e *docEntity) bool {
		if e.typ != schema.Organization || parent != nil && normKey(e.name) == normKey(parent.gaz.name) {
			return false
		}
		if place != nil && d.placedAway(e, place) {
			return false // "Indian developer Halvik Energy ... the Tokyo-based company": not Halvik
		}
		words := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(e.name)) {
			words[w] = true
		}
		for _, m := range mods {
			if !words[m] && !(pressKinds[m] && slices.Contains(newspapers, head)) && !voteKinds[m] {
				return false
			}
		}
		return words[head] || describes(head, e)
	})
	if body == nil {
		return nil
	}
	start := i
	if toks[i].Tag == "POS" {
		start = i + 1 // the state's mention keeps its own words
	}
	if parent != nil {
		parent.adj = true // it names the body's parent, no actor of the clause
	}
	return &mention{kind: mDesc, start: start, end: h + 1, surface: joinText(toks[start : h+1]), head: head, body: body,
		possessive: h+1 < len(toks) && toks[h+1].Tag == "POS"}
}

// placedAway reports whether the facts so far place body e in a place
// that neither holds place nor lies in it: "Indian developer Halvik
// Energy" is no "Tokyo-based company", "Japan's Norden Corp." may be.
func (d *docState) placedAway(e, place *docEntity) bool {
	return slices.ContainsFunc(d.facts, func(f *docFact) bool {
		return f.subj == e && f.obj != nil && f.obj != place && f.obj.typ == schema.GPE && !f.Negated &&
			(f.Lemma == schema.LocateIn || f.Lemma == schema.PartOf || f.Lemma == "base_in") &&
			!d.r.within(place, f.obj.name) && !d.r.within(f.obj, place.name)
	})
}

// parentBody returns the mention of a body the gazetteer knows that opens
// the description from token i+1, "the", the body and at least one more
// word before the noun at h ("the UN agency", "the EU's executive" is a
// possessive): the description names one of its bodies, not itself.
func parentBody(toks []nlp.Token, ms []*mention, i, h int) *mention {
	if toks[i].Lower() != "the" {
		return nil
	}
	c := coveringAt(ms, i+1)
	if c < 0 {
		return nil
	}
	p := ms[c]
	if p.start != i+1 || p.end >= h+1 || p.gaz == nil || p.gaz.typ != schema.Organization || p.possessive || p.adj {
		return nil
	}
	return p
}

// pressKinds say what readers or how often a paper serves, not which paper
// it is: "the industry publication" after the Halvik Herald.
var pressKinds = map[string]bool{
	"industry": true, "trade": true, "local": true, "daily": true, "weekly": true, "online": true,
}

// voteKinds say how a body voted, not which body it is: "the unanimous
// court" after the Harbor Court.
var voteKinds = map[string]bool{"unanimous": true, "divided": true, "split": true}

// statePossessive reports whether token i of toks is the "'s" of a
// state's name or description among ms ("Iran's", "the country's"),
// which takes the place of "the" before a body's description.
func statePossessive(toks []nlp.Token, ms []*mention, i int) bool {
	if toks[i].Tag != "POS" {
		return false
	}
	for _, m := range ms {
		if m.end == i && (m.typ == schema.GPE || m.kind == mDesc && placeDescs.at(m.head) == aCountry) {
			return true
		}
	}
	return false
}

// based reports whether w says where a body is based: "Luxembourg-based",
// "London-headquartered".
// ranking reports whether t ranks the body among its kind ("the largest
// bank", "Norway's second-biggest lender"), which takes up the body without
// being a word of its name; an ordinal alone ("the first bank to ...")
// does not.
func ranking(t nlp.Token) bool {
	switch low := t.Lower(); {
	case low == "first" || low == "second" || low == "third":
		return false
	case strings.HasSuffix(low, "-largest") || strings.HasSuffix(low, "-biggest"):
		return true
	}
	return superlative(t)
}

func based(w string) bool {
	return strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-headquartered")
}
