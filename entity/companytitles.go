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
	"chairman": schema.Lead, "chairwoman": schema.Lead, "chairperson": schema.Lead, "president": schema.Lead,
	"vice president": schema.WorkFor, "director": schema.WorkFor,
	"spokesman": schema.WorkFor, "spokeswoman": schema.WorkFor, "spokesperson": schema.WorkFor,
}

// stateHeadTitles are the shared titles ([companySharedTitles]) that a
// state's head or deputy holds, written with capitals before the name
// ("President Ann Lee", "Vice President Tom Wu"): only the lower-case
// title ("the company's president", "vice president Tom Wu") may be a
// company's.
var stateHeadTitles = map[string]bool{"president": true, "vice president": true}

// cSuiteFields are the fields of a company's chief officers ("chief
// technology officer", "chief marketing officer"), besides the executive,
// operating and financial ones of [companyOnlyTitles]; not a state's
// "chief medical officer".
var cSuiteFields = map[string]bool{
	"technology": true, "technical": true, "technological": true, "marketing": true, "information": true,
	"commercial": true, "investment": true, "digital": true, "strategy": true, "product": true, "legal": true,
}

// companyTitle returns the relation that a company's title written as
// the last words of toks gives its holder to the company
// ([companyOnlyTitles], [companySharedTitles]), and whether the title is a
// company's only, and the number of its words; "" when the words end
// with no such title.
func companyTitle(toks []nlp.Token) (lemma string, only bool, n int) {
	if n := len(toks); n >= 3 && toks[n-3].Lower() == "chief" && cSuiteFields[toks[n-2].Lower()] && toks[n-1].Lower() == "officer" {
		return schema.WorkFor, true, 3 // "chief technology officer"
	}
	for n := min(len(toks), 4); n > 0; n-- {
		t := strings.ToLower(joinText(toks[len(toks)-n:]))
		if l := companyOnlyTitles[t]; l != "" {
			return l, true, n
		}
		if l := companySharedTitles[t]; l != "" {
			if stateHeadTitles[t] && isCap(toks[len(toks)-n].Text) {
				return "", false, 0 // "President Ann Lee": a state's, as a rule
			}
			return l, false, n
		}
	}
	return "", false, 0
}

// companyOfficer returns the company whose officer a person titled by
// the tokens [a, b) of sentence si with no body is ("Chief executive Tom
// Wu said the deal was good", "Ann Lee, the chief operating officer,",
// "current director Jan Berg") and the relation the title gives, or nil:
// the document's salient company ([docState.salientCompany]) when the
// sentence names no other organisation (whose officer the person may be)
// and the title is held now (not "former"). A title that other bodies give
// too ([companySharedTitles]) is read so only in a report about a company,
// which names it in more sentences than its home state and names no other
// organisation after it ([docState.lastOrganisation]), and in a sentence
// that names no state (a "vice president" in a report on Germany is the
// state's). "The company's" before the title is the company's however; any
// other possessive is another's ("Halvik's chief executive", "its
// chairman").
func (d *docState) companyOfficer(si int, toks []nlp.Token, ms []*mention, a, b int, home *docEntity) (*docEntity, string) {
	if a < 0 || b > len(toks) || a >= b {
		return nil, ""
	}
	lemma, only, n := companyTitle(toks[a:b])
	if lemma == "" {
		return nil, ""
	}
	if t := b - n; t > 0 && strings.HasPrefix(toks[t-1].Tag, "NN") && !isCap(toks[t-1].Text) && !companyNouns[toks[t-1].Lower()] && toks[t-1].Lower() != "group" {
		return nil, "" // "film director Tom Wu", "union chairman Ann Lee": another body's or a trade
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
	if actorWithin(ms, k, b) && !only {
		return nil, "" // "Russian president Tom Wu": the title names its state
	}
	c := d.salientCompany(si)
	if c == nil || d.byKey[normKey("Hong Kong")] != nil || d.byKey[normKey("Macau")] != nil {
		// Hong Kong's and Macau's heads are titled "Chief Executive".
		return nil, ""
	}
	for _, n := range ms {
		if n.ent != nil && n.ent != c && n.ent.typ == schema.Organization && (named(n) || describes("company", n.ent)) {
			// "Chief executive Tom Wu said Halvik Bank ...": maybe the
			// bank's; "appointed by the government" names no employer.
			return nil, ""
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
		if o := d.lastOrganisation(si); o != nil && o != c {
			// "The union said the company refused to talk. Spokesman Tom
			// Wu said": the spokesman of the body named last, maybe.
			return nil, ""
		}
	}
	return c, lemma
}

// lastOrganisation returns the organisation named last in the sentences
// up to si, or nil when none is or two are named last in one sentence.
func (d *docState) lastOrganisation(si int) *docEntity {
	for j := min(si, len(d.sents)-1); j >= 0; j-- {
		var o *docEntity
		for _, m := range d.sents[j] {
			if m.ent == nil || m.ent.typ != schema.Organization || m.ent == o {
				continue
			}
			if o != nil {
				return nil
			}
			o = m.ent
		}
		if o != nil {
			return o
		}
	}
	return nil
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

// companyPost adds, for a person whom x gives a company's post with no
// body ("Tom Wu was appointed chief executive in 2009", "Ann Lee is the
// chief operating officer", "who was appointed by the government as both
// chief executive and chairman"), the post's relation to the report's
// salient company ([docState.companyOfficer]). A post with an of-phrase
// other than "of the board" is another body's or a part's ("chairman of
// the finance committee").
func (d *docState) companyPost(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.subj == nil || x.Negated || x.Attribution != "" || si >= len(d.sents) {
		return
	}
	verb, _, _ := strings.Cut(x.Lemma, "_")
	holder, appointer := f.subj, false
	if appointVerbs[verb] && verb != "be" && verb != "become" && verb != "serve" && f.obj != nil && f.obj.typ == schema.Person && f.subj.typ != schema.Person {
		// "who was appointed by the government as chief executive", read
		// as the government's act: the appointee holds the post.
		holder, appointer = f.obj, true
	}
	if holder.typ != schema.Person {
		return
	}
	post := func(a schema.Argument) {
		first, last := argTokens(s, a)
		if first < 0 || last > len(s.Tokens) {
			return
		}
		if strings.EqualFold(s.Tokens[first].Text, "as") {
			first++
		}
		end := last
		for k := first; k < last; k++ {
			if w := s.Tokens[k].Lower(); w == "of" || w == "for" || w == "at" || w == "with" || w == "in" {
				end = k
				if w != "of" || k+3 != last || s.Tokens[k+1].Lower() != "the" || s.Tokens[k+2].Lower() != "board" {
					return // "chairman of the finance committee"
				}
				break
			}
		}
		if end-first > 6 || end <= first {
			return
		}
		arg := x.Subject
		if appointer {
			arg = x.Object
		}
		if o, lemma := d.companyOfficer(si, s.Tokens, d.sents[si], first, end, d.homeState()); o != nil && o != holder && o != f.subj {
			d.derive(si, arg, x.Relation, lemma, holder, o, "", x.Confidence*placeArgConf)
		}
	}
	if !appointer && appointedRole(s, x) != "" {
		if f.obj == nil {
			post(x.Object)
		} // "was appointed chief executive", "is the chief operating officer"
		return
	}
	if !appointer && !postLemmas[x.Lemma] && !(appointVerbs[verb] && verb != "be" && verb != "become" && passiveIn(x.Relation)) {
		return
	}
	for _, a := range x.Extra {
		if strings.EqualFold(a.Role, "as") {
			post(a) // "was appointed by the board as chief executive", "served as chairman"
		}
	}
	if postLemmas[x.Lemma] && f.obj == nil {
		post(x.Object)
	}
}
