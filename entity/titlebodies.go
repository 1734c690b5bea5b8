package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// councilTitles are the titles of a local council's members ("Councillor
// Ann Lee"), in lower case.
var councilTitles = map[string]bool{
	"councillor": true, "councilor": true, "councilman": true, "councilwoman": true, "councilmember": true,
}

// notLocalCouncil are words that, in a council's name, make it a body of
// states or a state's, whose members no one titles "Councillor": the
// "Security Council", the "European Council", the "Human Rights Council".
var notLocalCouncil = map[string]bool{
	"Security": true, "European": true, "Rights": true, "Nations": true, "National": true, "Legislative": true,
	"Executive": true, "State": true, "Federal": true, "Privy": true, "Olympic": true, "Research": true,
}

// oneCouncil returns the one council the document names ("Tameside
// Council", "Bergen City Council"), whose member a "Councillor" is, or nil
// when it names none, or several, or a council of states
// ([notLocalCouncil]).
func (d *docState) oneCouncil() *docEntity {
	return d.oneForce(func(name string) bool {
		w := strings.Fields(name)
		return len(w) > 1 && w[len(w)-1] == "Council" && !slices.ContainsFunc(w, func(s string) bool { return notLocalCouncil[s] })
	})
}

// oneCommission returns the one commission the document names ("the
// European Commission", "the Electoral Commission"), whose member a bare
// "Commissioner" is, or nil when it names none or several.
func (d *docState) oneCommission() *docEntity {
	return d.oneForce(func(name string) bool {
		w := strings.Fields(name)
		return len(w) > 1 && w[len(w)-1] == "Commission"
	})
}

// bareTitle reports whether the title of m is written before its name as
// the one word title, capitalised or not, with no capitalised word of a
// body or a place before it: "speaking for Commissioner Olli Rehn", not
// "Court Commissioner Loren Keating" nor "Police Commissioner Tom Wu".
func bareTitle(toks []nlp.Token, m *mention, title string) bool {
	k := namedTitleStart(m)
	if k != m.start-1 || k < 0 || !strings.EqualFold(toks[k].Text, title) {
		return false
	}
	return k == 0 || !isCap(toks[k-1].Text) || toks[k-1].Tag == "DT" || toks[k-1].Tag == "IN"
}

// oneNamedRegion returns the one place of the document whose name has the
// word "Region" ("the Autonomous Region in Muslim Mindanao", "the Biobio
// Region"), which a "Regional Governor" heads, or nil when it names none
// or several, or names another place with a region's noun of
// [regionNouns] ("the Kosice Region and the Aceh Province": a province's
// governor is a regional one too).
func (d *docState) oneNamedRegion() *docEntity {
	var r *docEntity
	for _, e := range d.ents {
		if e.typ != schema.GPE && e.typ != schema.Location || len(e.mentions) == 0 || d.r.country(e) {
			continue
		}
		w := strings.Fields(e.name)
		if !slices.Contains(w, "Region") {
			if len(w) > 1 && regionNouns[w[len(w)-1]] {
				return nil
			}
			continue
		}
		if r != nil {
			return nil
		}
		r = e
	}
	return r
}

// benchVerbs put a judge on a court's bench: "has been on the High Court
// bench since 1997", "sat on the Federal Court bench".
var benchVerbs = map[string]bool{"be_on": true, "sit_on": true, "serve_on": true}

// benchSeat adds, for a person who is, sits or serves on a named court's
// bench ("Tom Wu has been on the Halden High Court bench since 1997"), the
// person's seat in the court: member_of the court named right before
// "bench" in the object.
func (d *docState) benchSeat(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if x.Negated || f.subj == nil || f.subj.typ != schema.Person || !benchVerbs[x.Lemma] || si >= len(d.sents) {
		return
	}
	first, last := argTokens(s, x.Object)
	if first < 0 {
		return
	}
	for _, m := range d.sents[si] {
		if m.ent == nil || m.ent == f.subj || m.ent.typ != schema.Organization || m.start < first || m.end >= last ||
			s.Tokens[m.end].Lower() != "bench" || !slices.ContainsFunc(strings.Fields(m.ent.name), func(w string) bool { return w == "Court" || w == "Tribunal" }) {
			continue
		}
		d.derive(si, x.Subject, x.Relation, schema.MemberOf, f.subj, m.ent, "", x.Confidence*placeArgConf)
	}
}

// presidentialStaff are the lower-case nouns of a head of state's staff
// that "Presidential" or "Senior" before a name make a title ("Presidential
// physician Ann Lee", "Senior advisor Tom Wu").
var presidentialStaff = map[string]bool{
	"adviser": true, "advisor": true, "physician": true, "doctor": true, "aide": true,
}

// whiteHouseStaff adds work_for the White House for a person titled as a
// president's staff ([presidentialStaff]) before the name, in a report
// that names the White House: "Presidential physician Ann Lee issued a
// statement". "Senior" says whose only in a sentence that names no other
// organisation ("Senior advisor Tom Wu had tested positive"); a
// possessive or a name before the title is the staff's employer instead
// ("Acme's senior adviser", "Acme senior adviser").
func (d *docState) whiteHouseStaff(sents []nlp.Sentence) {
	wh := d.oneForce(func(name string) bool { return name == "White House" })
	if wh == nil {
		return
	}
	for si, ms := range d.sents {
		if si >= len(sents) {
			break
		}
		toks := sents[si].Tokens
		for _, m := range ms {
			k := m.start
			if m.ent == nil || m.ent.typ != schema.Person || !named(m) || k < 2 || !presidentialStaff[toks[k-1].Lower()] {
				continue
			}
			switch toks[k-2].Lower() {
			case "presidential":
			case "senior":
				if k > 2 && (toks[k-3].Tag == "POS" || isCap(toks[k-3].Text) && toks[k-3].Tag != "DT" && toks[k-3].Tag != "IN") {
					continue // "Acme's senior adviser Tom Wu"
				}
				if slices.ContainsFunc(ms, func(n *mention) bool {
					return n.ent != nil && n.ent != wh && n.ent.typ == schema.Organization
				}) {
					continue // another body the sentence names may be the adviser's
				}
			default:
				continue
			}
			d.derive(si, argOf(sents[si], m), toks[k-2].Text+" "+toks[k-1].Text, schema.WorkFor, m.ent, wh, "", roleConf)
		}
	}
}

// replacedJudges adds, for a judge whom one appointed to a court replaces
// ("Ann Lee has been appointed a judge of the Halden High Court,
// replacing Justice Tom Wu"), the replaced judge's seat in that court:
// the seat the appointee takes was the judge's. The replaced person must
// be titled a judge in the sentence ("Justice", "Judge").
func (d *docState) replacedJudges() {
	for _, f := range d.facts {
		if f.implied || f.Negated || f.Lemma != "replace" || !isPerson(f.subj) || !isPerson(f.obj) ||
			f.Sentence < 0 || f.Sentence >= len(d.sents) || !d.judgeTitled(f.Sentence, f.obj) {
			continue
		}
		court := d.oneObject(f.subj, func(g *docFact) bool {
			return g.Sentence == f.Sentence && !g.Negated && (g.Lemma == schema.WorkFor || g.Lemma == schema.MemberOf) &&
				strings.Contains(strings.ToLower(g.Relation), "appointed") &&
				slices.ContainsFunc(strings.Fields(g.obj.name), func(w string) bool { return w == "Court" || w == "Tribunal" })
		})
		if court != nil {
			d.derive(f.Sentence, f.Object, f.Relation, schema.WorkFor, f.obj, court, "", roleConf)
		}
	}
}

// judgeTitled reports whether a mention of e in sentence si is titled
// "Justice" or "Judge".
func (d *docState) judgeTitled(si int, e *docEntity) bool {
	return slices.ContainsFunc(d.sents[si], func(m *mention) bool {
		if m.ent != e || len(m.titles) == 0 {
			return false
		}
		last := m.titles[len(m.titles)-1].name
		return last == "Justice" || last == "Judge"
	})
}
