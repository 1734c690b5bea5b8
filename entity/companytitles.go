package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// companyOnlyTitles are the titles, in lower case, that only a company's
// officers hold: a "chief executive" or a "chief financial officer" works
// for a firm, never for a state.
var companyOnlyTitles = map[string]string{
	"chief executive": schema.Lead, "chief executive officer": schema.Lead, "ceo": schema.Lead,
	"managing director": schema.Lead,
	"cfo":               schema.WorkFor, "chief financial officer": schema.WorkFor,
	"coo": schema.WorkFor, "chief operating officer": schema.WorkFor,
}

// companySharedTitles are the titles, in lower case, that a company's
// officers hold as a state's or another body's do: a "chairman", a "vice
// president", a "director", a "spokesman". They are read as the
// company's only in a report about a company ([docState.businessReport]).
var companySharedTitles = map[string]string{
	"chairman": schema.Lead, "chairwoman": schema.Lead, "chairperson": schema.Lead,
	"vice president": schema.WorkFor, "director": schema.WorkFor,
	"spokesman": schema.WorkFor, "spokeswoman": schema.WorkFor, "spokesperson": schema.WorkFor,
}

// companyTitle returns the relation that a company's title written as
// the last words of toks gives its holder to the company
// ([companyOnlyTitles], [companySharedTitles]), and whether the title is a
// company's only; "" when the words end with no such title.
func companyTitle(toks []nlp.Token) (lemma string, only bool) {
	for n := min(len(toks), 4); n > 0; n-- {
		t := strings.ToLower(joinText(toks[len(toks)-n:]))
		if l := companyOnlyTitles[t]; l != "" {
			return l, true
		}
		if l := companySharedTitles[t]; l != "" {
			return l, false
		}
	}
	return "", false
}

// companyOfficer returns the company whose officer a person titled by
// the tokens [a, b) of sentence si with no body is ("Chief executive Tom
// Wu said the deal was good", "Ann Lee, the chief operating officer,",
// "current director Jan Berg") and the relation the title gives, or nil:
// the document's salient company ([docState.salientCompany]) when the
// sentence names no other organisation (whose officer the person may be)
// and the title is held now (not "former"). A title that other bodies give
// too ([companySharedTitles]) is read so only in a report about a company,
// which names it in more sentences than its home state, and in a sentence
// that names no state (a "vice president" in a report on Germany is the
// state's). "The company's" before the title is the company's however; any
// other possessive is another's ("Halvik's chief executive", "its
// chairman").
func (d *docState) companyOfficer(si int, toks []nlp.Token, ms []*mention, a, b int, home *docEntity) (*docEntity, string) {
	if a < 0 || b > len(toks) || a >= b {
		return nil, ""
	}
	lemma, only := companyTitle(toks[a:b])
	if lemma == "" {
		return nil, ""
	}
	k := modifiersBefore(toks, a)
	if k > 0 && formerWord(toks[k-1].Lower()) {
		k-- // "Former chief executive Tom Wu" opening a sentence
	}
	for j := k; j < b; j++ {
		w := toks[j].Lower()
		if formerWord(w) || w == "then" || w == "acting" || w == "interim" {
			return nil, ""
		}
		if toks[j].Tag == "POS" || w == "its" || w == "their" || w == "his" || w == "her" {
			if j == 0 || !companyNouns[toks[j-1].Lower()] || toks[j].Tag != "POS" {
				return nil, ""
			}
			only = true // "the company's vice president Tom Wu"
		}
	}
	if k > 0 && (toks[k-1].Tag == "POS" || toks[k-1].Lower() == "its" || toks[k-1].Lower() == "their") {
		if k < 2 || !companyNouns[toks[k-2].Lower()] || toks[k-1].Tag != "POS" {
			return nil, ""
		}
		only = true
	}
	c := d.salientCompany(si)
	if c == nil || d.byKey[normKey("Hong Kong")] != nil || d.byKey[normKey("Macau")] != nil {
		// Hong Kong's and Macau's heads are titled "Chief Executive".
		return nil, ""
	}
	for _, n := range ms {
		if n.ent != nil && n.ent != c && n.ent.typ == schema.Organization {
			return nil, "" // "Chief executive Tom Wu said Halvik Bank ...": maybe the bank's
		}
	}
	if !only {
		for _, n := range ms {
			if n.ent != nil && n.ent.typ == schema.GPE && !n.adj {
				return nil, "" // "Vice President Ann Lee visited Oslo"
			}
		}
		if home != nil && len(home.mentions) >= len(c.mentions) {
			return nil, ""
		}
	}
	return c, lemma
}

// salientCompany returns the company a report up to sentence si is about:
// the one company its headline names, or else the one that more sentences
// up to si name than any other; nil on a tie or when it names none.
func (d *docState) salientCompany(si int) *docEntity {
	fits := func(e *docEntity) bool { return describes("company", e) && !d.labelOnly(e) }
	if _, hms, ok := d.headlineWithBody(d.input); ok {
		var h *docEntity
		for _, m := range hms {
			if m.ent == nil || !fits(m.ent) || m.ent == h {
				continue
			}
			if h != nil {
				return nil // "GM and Chrysler receive loans": a report on two
			}
			h = m.ent
		}
		if h != nil {
			return h
		}
	}
	var best, latest *docEntity
	bn, second, bl := 0, 0, -1
	for _, e := range d.ents {
		if !fits(e) {
			continue
		}
		n, l := 0, -1
		for j := range e.mentions {
			if j <= si {
				n++
				l = max(l, j)
			}
		}
		switch {
		case n > bn:
			best, bn, second = e, n, bn
		case n > second:
			second = n
		}
		switch {
		case l > bl:
			latest, bl = e, l
		case l == bl:
			latest = nil // two named last in one sentence
		}
	}
	if bn == 0 || bn == second || best != latest {
		return nil
	}
	return best
}
