package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// localUnits are the units of a trade union that a number names: "Teamsters
// Local 727", "SEIU Local 1199", "Machinists Lodge 751".
var localUnits = map[string]bool{"Local": true, "Lodge": true}

// unionWords name a trade union or its members; before "District" and a
// number they make the district a union's ("Machinists District 751", "IAM
// District 751"), not a place's ("District 9", "Congressional District 5").
var unionWords = map[string]bool{
	"Machinists": true, "Teamsters": true, "Workers": true, "Union": true, "Employees": true,
	"Steelworkers": true, "Autoworkers": true, "Nurses": true, "Teachers": true, "Carpenters": true,
	"Electricians": true, "Brotherhood": true, "Federation": true, "Guild": true, "Laborers": true,
	"Labourers": true, "IAM": true, "UAW": true, "SEIU": true, "AFSCME": true, "IBEW": true,
	"UFCW": true, "CWA": true, "AFT": true, "USW": true, "ILWU": true, "ILA": true, "NUM": true,
}

// unionLocals makes a union's unit named by a number one organisation,
// with the union's name before it: "Teamsters Local 727 President Ann Lee",
// "Machinists District 751", "members of Local 2010". The recogniser stops
// a name at its number, leaving "Teamsters Local" a person's name or
// "Machinists District" a place's. ms are the mentions of sents, changed
// in place.
func unionLocals(sents []nlp.Sentence, ms [][]*mention) {
	for i, s := range sents {
		toks := s.Tokens
		for k := 0; k+1 < len(toks); k++ {
			w := toks[k].Text
			if toks[k+1].Tag != "CD" || len(w) < 5 || w[0] != 'L' && w[0] != 'D' || !localUnits[w] && w != "District" ||
				strings.Trim(toks[k+1].Text, "0123456789") != "" {
				continue // tests before the look-up
			}
			start := k
			var before *mention
			for _, m := range ms[i] {
				if m.start < k && (m.end == k || m.end == k+1) && m.kind == mName {
					before = m
				}
			}
			if before != nil {
				start = before.start
			} else if k > 0 && unionWords[toks[k-1].Text] {
				start = k - 1
			}
			for start > 0 && toks[start-1].Tag == "NNP" && isCap(toks[start-1].Text) {
				start-- // "Nordic Nurses Local 88": a demonym's name before the union's
			}
			if w == "District" && !unionName(toks[start:k]) {
				continue
			}
			end := k + 2
			surface := joinText(toks[start:end])
			m := &mention{kind: mName, start: start, end: end, surface: surface, name: surface, typ: schema.Organization}
			var kept []*mention
			for _, o := range ms[i] {
				if o.end <= start || o.start >= end {
					kept = append(kept, o)
				}
			}
			ms[i] = insertMention(kept, m)
			k = end - 1
		}
	}
}

// unionName reports whether one of toks is a word of [unionWords].
func unionName(toks []nlp.Token) bool {
	for _, t := range toks {
		if unionWords[t.Text] {
			return true
		}
	}
	return false
}

// verbInName reports whether the relation of x is one capitalised word
// inside an organisation's name of sentence si, a word of the name the
// tagger read as a verb: in "Machinists District 751 President Jon Holden
// said" the name holds "District", which states nothing.
func (d *docState) verbInName(si int, s nlp.Sentence, x schema.Extraction) bool {
	if strings.Contains(x.Relation, " ") || !isCap(x.Relation) || si >= len(d.sents) {
		return false
	}
	ri, rj, ok := relationTokens(s, x)
	if !ok || ri == 0 {
		return false
	}
	for _, m := range d.sents[si] {
		if m.kind == mName && m.typ == schema.Organization && m.start < ri && rj <= m.end {
			return true
		}
	}
	return false
}

// representsStaff reports whether x says a union or a lawyer represents
// the staff of a body, written as a plural and at, of or in the body: "the
// union, which represents 5,000 workers at Halvik Motors". The staff
// stand for their employer elsewhere ("Nurses at Halvik Hospital
// protested"), but the union speaks for the workers, not for the company
// that employs them ("Workers at Halvik Motors, represented by the
// union,").
func representsStaff(s nlp.Sentence, x schema.Extraction) bool {
	staff := x.Object
	switch x.Lemma {
	case "represent":
	case "represent_by":
		staff = x.Subject // "Workers at Halvik Motors, represented by the union"
	default:
		return false
	}
	b, e := argTokens(s, staff)
	if b < 0 {
		return false
	}
	toks := s.Tokens
	for k := b; k < e && k+1 < len(toks); k++ {
		if (toks[k].Tag == "NNS" || toks[k].Tag == "NNPS" && k == 0) && (lowerWord(toks[k].Text) || k == 0) {
			switch toks[k+1].Lower() {
			case "at", "of", "in":
				return true
			}
			return false
		}
	}
	return false
}
