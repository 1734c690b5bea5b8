package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// sourceNouns name what a report cites of a source's making: its data,
// figures, report or study.
var sourceNouns = map[string]bool{
	"data": true, "figures": true, "statistics": true, "stats": true, "numbers": true, "report": true,
	"reports": true, "study": true, "studies": true, "survey": true, "surveys": true, "estimate": true,
	"estimates": true, "tally": true, "count": true, "findings": true, "analysis": true, "poll": true,
	"polls": true, "research": true, "records": true, "documents": true, "statement": true, "statements": true,
}

// citedSource adds the cite fact that a citing verb states through what
// its source made: "NTV reported, citing Oslo University data", "citing
// the ministry's figures", "citing data from Oslo University" and "citing
// a report by the Halvik Institute" all cite the body named, as "citing
// Oslo University" does.
func (d *docState) citedSource(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	verb, prep, _ := strings.Cut(x.Lemma, "_")
	if verb != "cite" && verb != "quote" || prep != "" || f.subj == nil || f.obj != nil {
		return
	}
	o := d.possessorOf(si, s, x.Object, func(w string) bool { return sourceNouns[w] })
	if o == nil {
		o = d.sourceBefore(si, s, x.Object)
	}
	if o == nil {
		o = d.sourceAfter(si, s, x.Object)
	}
	for _, a := range x.Extra {
		if p, rest := splitPrep(a); o == nil && (p == "from" || p == "by") && rest.Text != "" && sourceOpens(s, x.Object) {
			if e, _, _ := d.argument(si, s, rest); e != nil && actorEntity(e) {
				o = e
			}
		}
	}
	if o != nil && o != f.subj && actorEntity(o) {
		d.derive(si, x.Subject, x.Relation, verb, f.subj, o, "", x.Confidence*placeArgConf)
	}
}

// sourceBefore returns the actor whose name, past an article, is the
// whole of argument a but its last word, a noun of [sourceNouns]: "Oslo
// University data", "the Health Ministry's figures" (read by
// [docState.possessorOf]), or nil.
func (d *docState) sourceBefore(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	toks := s.Tokens
	if first < 0 || last-first < 2 || !sourceNouns[toks[last-1].Lower()] {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.end == last-1 && (m.start == first || m.start == first+1 && toks[first].Tag == "DT") && named(m) && !m.adj && m.ent != nil {
			return m.ent
		}
	}
	return nil
}

// sourceAfter returns the actor named after "from" or "by" when argument
// a opens with a noun of [sourceNouns] ("data from Oslo University", "a
// report by the Halvik Institute"), or nil.
func (d *docState) sourceAfter(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	first, last := argTokens(s, a)
	toks := s.Tokens
	k := first
	for k >= 0 && k < last && k < first+3 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
		k++
	}
	if k < 0 || k+2 >= last || !sourceNouns[toks[k].Lower()] {
		return nil
	}
	if w := toks[k+1].Lower(); w != "from" && w != "by" {
		return nil
	}
	if m := d.mentionAt(si, s, k+2); m != nil && m.end <= last && actorEntity(m.ent) {
		return m.ent
	}
	return nil
}

// sourceOpens reports whether argument a is a noun of [sourceNouns] past
// its article and adjectives ("data", "a new report").
func sourceOpens(s nlp.Sentence, a schema.Argument) bool {
	first, last := argTokens(s, a)
	toks := s.Tokens
	k := first
	for k >= 0 && k < last && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
		k++
	}
	return k >= 0 && k == last-1 && sourceNouns[toks[k].Lower()]
}
