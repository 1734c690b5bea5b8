package extract

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// bodyNouns head a phrase for a body that states or parties make up: "an
// informal group of seven countries", "a bloc of ten nations".
var bodyNouns = map[string]bool{
	"group": true, "alliance": true, "bloc": true, "coalition": true, "union": true, "club": true, "federation": true,
	"league": true, "organisation": true, "organization": true, "grouping": true, "association": true, "forum": true,
	"partnership": true, "community": true, "confederation": true,
}

// memberNouns are the plural nouns for the members of such a body.
var memberNouns = map[string]bool{
	"countries": true, "nations": true, "states": true, "economies": true, "governments": true, "powers": true,
	"members": true, "parties": true, "democracies": true,
}

// bodyMembers returns the links from each member to the body that a
// copula or an apposition says is a body of states, when the members are
// listed after it: "The G7 is a group of seven countries, Canada, France
// and Japan" and "The Quad, a group of four countries, India, Japan,
// Australia and Norway, met" give Canada, ..., India, ... member_of the
// subject, in place of the copula's reading (the subject "is" each
// member); "NATO is an alliance of 30 countries, including France" adds
// France member_of NATO to the list's link to "30 countries". The
// extractions replaced are left out of the result's first value; the
// second says which of xs they were.
func (a *analysis) bodyMembers(xs []schema.Extraction) ([]schema.Extraction, []bool) {
	var out []schema.Extraction
	var gone []bool
	lists := a.memberLists()
	for i, x := range xs {
		if x.Lemma != "be" || x.Negated || x.Membership || x.Subject.Text == "" || x.Object.Text == "" {
			continue
		}
		o := a.tokenStarting(x.Object.Start)
		if o < 0 {
			continue
		}
		if b := a.bodyBefore(o); b >= 0 {
			// The object is a member named in apposition to the body.
			if gone == nil {
				gone = make([]bool, len(xs))
			}
			gone[i] = true
			out = append(out, schema.Extraction{
				Subject:    x.Object,
				Relation:   a.spanText(span{b, a.bodyEnd(b)}),
				Lemma:      schema.MemberOf,
				Object:     x.Subject,
				Confidence: x.Confidence,
				Membership: true,
			})
			continue
		}
		for _, l := range lists {
			// "is an alliance of 30 countries, including France": the
			// list's group is the of-phrase that ends the object.
			if g := l.group; a.toks[g.j-1].End != x.Object.End || g.i < 2 || a.low[g.i-1] != "of" || !bodyNouns[a.low[g.i-2]] ||
				a.toks[g.i-2].Start < x.Object.Start || !a.memberNoun(g.j-1) {
				continue
			}
			for _, m := range l.members {
				out = append(out, schema.Extraction{
					Subject:    a.arg(m, ""),
					Relation:   a.spanText(l.marker),
					Lemma:      schema.MemberOf,
					Object:     x.Subject,
					Confidence: memberConf,
					Membership: true,
				})
			}
		}
	}
	return out, gone
}

// tokenStarting returns the token that starts at byte offset off, or -1.
func (a *analysis) tokenStarting(off int) int {
	for i, t := range a.toks {
		if t.Start == off {
			return i
		}
	}
	return -1
}

// bodyBefore returns the token of the body noun whose phrase the list of
// names running up to token o is set off after ("a group of seven
// countries, the United Kingdom, France and o"), or -1. Only names,
// articles, commas and "and" lie between the comma (or colon) after the
// plural noun and o; before the body noun come at most three articles and
// adjectives, then a form of "be" or a comma.
func (a *analysis) bodyBefore(o int) int {
	k := o - 1
	for k > 0 && (strings.HasPrefix(a.tags[k], "NNP") || a.tags[k] == "DT" || a.low[k] == "and" || a.toks[k].Text == ",") {
		if a.toks[k].Text == "," && a.memberNoun(k-1) {
			break
		}
		k--
	}
	if k < 4 || a.toks[k].Text != "," && a.toks[k].Text != ":" || !a.memberNoun(k-1) {
		return -1
	}
	k -= 2
	for k > 0 && (a.tags[k] == "CD" || strings.HasPrefix(a.tags[k], "JJ")) {
		k-- // "of seven (major) countries"
	}
	if k < 2 || a.low[k] != "of" || !bodyNouns[a.low[k-1]] {
		return -1
	}
	b := k - 1
	k = b - 1
	for n := 0; k >= 0 && n < 3 && (a.tags[k] == "DT" || strings.HasPrefix(a.tags[k], "JJ")); n++ {
		k--
	}
	if k < 0 || a.toks[k].Text != "," && !beWords[a.low[k]] {
		return -1
	}
	return b
}

// bodyEnd returns the token after the plural noun of the body phrase whose
// noun is token b.
func (a *analysis) bodyEnd(b int) int {
	k := b + 1
	for k < len(a.toks) && !a.memberNoun(k) {
		k++
	}
	return min(k+1, len(a.toks))
}

// beWords are the forms of "be" and "remain" that link a subject to the
// body it is.
var beWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "remains": true, "remain": true, "remained": true,
}

// memberNoun reports whether token k is a lower-case plural noun for the
// members of a body: "countries", but not the "States" of "United States".
func (a *analysis) memberNoun(k int) bool {
	return memberNouns[a.low[k]] && a.toks[k].Text == a.low[k]
}
