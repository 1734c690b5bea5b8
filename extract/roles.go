package extract

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// roleLink returns the extraction that states a role of the holder span
// sa (head ha) in the body span sb (head hb), actors being the heads of
// all the sentence's actor spans, if the parse joins them by
// a noun N that holds the role: an apposition of the holder, the
// predicate of a copula or of a verb of office whose subject is the
// holder, and that the body's phrase modifies:
//
//	A appos N nmod B         "Ann Lee, lead guitarist of US band Halvik,"
//	N nmod B, N appos A      "the secretary general of Halvik, Ann Lee,"
//	A nsubj N (cop) nmod B   "Ann Lee is a professor emeritus at Globex"
//	A nsubj V xcomp N nmod B "Ann Lee became the director of Globex"
//	A nsubj V obl N (as) nmod B "Ann Lee served as rector of Globex"
//
// where B may also modify N before it ("the Halvik chief, Ann Lee,":
// compound or possessive). Its Relation is N with the words that modify
// it before it and the preposition, none where B stands before N ("lead
// guitarist of", "chief"); its one Extra argument, of Role "role", is
// the span of those words; its Lemma is "": which relation the noun
// states (lead, member_of, work_for or none) is the caller's call. An
// apposition must stand apart by a comma, a dash or a parenthesis; a
// negated predicate or one under a modal, a verb of office that is
// itself the complement of another ("plans to become"), a noun in a list
// of nouns ("curator and director of"), a body joined by "and" to a noun
// that is no actor ("Director of Media and Communications": a name the
// recogniser cut), a noun that is the title of another name after it
// ("Ann Lee, Green Party nominee Tom Wu,"), a body that modifies a noun
// after it ("director of the Globex photonics lab") and a quotation opened before either span
// ("Norton I, Emperor of the United States") give none.
func (a *analysis) roleLink(s nlp.Sentence, sa, sb [2]int, ha, hb int, actors []int) (schema.Extraction, bool) {
	if r := a.rels[hb]; (r == "flat" || r == "appos") && a.heads[hb] >= 0 && a.heads[hb] < sb[0] {
		// "of Norwegian rock band Halvik": the name stands in the
		// phrase of the noun that describes it.
		if d := a.heads[hb]; a.tags[d] == "NN" && a.rels[d] == "nmod" {
			hb = d
		}
	}
	n, prep := a.heads[hb], ""
	rel := a.rels[hb]
	if (rel == "appos" || rel == "orphan" || rel == "dep") && n >= 0 && n < hb && a.dependent(hb, "case") >= 0 {
		// "was an adviser to Ann Lee", "became an adviser to Ann Lee in
		// 2010": the labeller's apposition, orphan or bare dependent
		// after a noun, with a preposition, is the noun's phrase.
		rel = "nmod"
	}
	switch rel {
	case "nmod":
		if prep = a.prep(hb); prep == "" || strings.Contains(prep, "_") || n > hb {
			return schema.Extraction{}, false
		}
	case "compound", "nmod:poss":
		if n < hb {
			return schema.Extraction{}, false
		}
	default:
		return schema.Extraction{}, false
	}
	if n < 0 || !roleTag(a.tags[n]) || a.dependent(n, "conj") >= 0 || a.rels[n] == "conj" || n >= sa[0] && n < sa[1] {
		return schema.Extraction{}, false
	}
	if !a.holds(sa, ha, n) {
		return schema.Extraction{}, false
	}
	for _, d := range actors {
		if d > n && a.heads[d] == n && (a.rels[d] == "appos" || a.rels[d] == "flat") && (d < sa[0] || d >= sa[1]) && (d < sb[0] || d >= sb[1]) {
			// "Ann Lee, Green Party nominee Tom Wu, and": the noun is
			// the title of the name after it, not the holder's
			// apposition.
			return schema.Extraction{}, false
		}
	}
	if sb[1] < len(a.tags) && sb[1] != sa[0] {
		switch a.tags[sb[1]] {
		case "NN", "NNS", "JJ":
			if prep != "" {
				return schema.Extraction{}, false // "director of the Globex photonics lab"
			}
		}
	}
	for d, h := range a.heads {
		if h == hb && a.rels[d] == "conj" && !slices.Contains(actors, d) {
			return schema.Extraction{}, false // "Director of Media and Communications": a name cut short
		}
	}
	for i := max(min(sa[0], sb[0])-1, 0); i < max(sa[1], sb[1]); i++ {
		if (i < sa[0] || i >= sa[1]) && (i < sb[0] || i >= sb[1]) && (a.tags[i] == "``" || a.tags[i] == "''" || a.toks[i].Text == `"`) {
			return schema.Extraction{}, false // not `Edward "Eddie" Lee`
		}
	}
	first := a.roleFirst(n, sb)
	words := slices.Clone(a.low[first : n+1])
	if prep != "" {
		words = append(words, prep)
	}
	arg := func(sp [2]int) schema.Argument {
		st, en := s.Tokens[sp[0]].Start, s.Tokens[sp[1]-1].End
		return schema.Argument{Text: s.Text[st:en], Start: st, End: en}
	}
	role := arg([2]int{first, n + 1})
	role.Role = "role"
	return schema.Extraction{Subject: arg(sa), Relation: strings.Join(words, " "), Object: arg(sb),
		Extra: []schema.Argument{role}, Confidence: LinkConfidence}, true
}

// holds reports whether the parse makes the holder span sa (head ha) the
// holder of noun n: its apposition either way, the subject of n as a
// copula's predicate, the subject of a verb of office ([officeVerbs])
// whose complement or as-phrase n is, or the name the parser makes a
// compound of n, the object of an active verb of office.
func (a *analysis) holds(sa [2]int, ha, n int) bool {
	switch {
	case a.rels[ha] == "nsubj" && a.heads[ha] == n && a.dependent(n, "cop") >= 0,
		a.rels[n] == "appos" && a.heads[n] == ha && n > ha && a.dependent(n, "cop") >= 0:
		// The parser reads some copulas' predicates as their subjects'
		// appositions: "Ann Lee was a professor of chemistry at".
		return !a.undone(n)
	case a.rels[n] == "appos" && a.heads[n] == ha && n > ha:
		return a.apart(sa[1], n)
	case a.rels[ha] == "appos" && a.heads[ha] == n && n < sa[0]:
		return a.apart(n+1, sa[0]) && sa[0] > 0 && apposMark(a.toks[sa[0]-1].Text)
	case a.rels[ha] == "compound" && a.heads[ha] == n && n >= sa[1] && a.rels[n] == "obj":
		// "Norway appointed Ann Lee foreign minister of Sweden": the
		// parser reads the object's name as a compound of the office
		// that an active verb of office gives it.
		v := a.heads[n]
		return v >= 0 && a.tags[v] != "VBN" && officeVerbs[a.x.base(a.low[v], a.tags[v])] && a.rels[v] != "xcomp" && !a.undone(v)
	}
	v := a.heads[n]
	if v < 0 || !isVerb(a.tags[v]) || a.heads[ha] != v || a.rels[ha] != "nsubj" && a.rels[ha] != "nsubj:pass" {
		return false
	}
	switch {
	case a.rels[n] == "xcomp":
	case a.rels[n] == "obl" && a.prep(n) == "as":
	default:
		return false
	}
	return officeVerbs[a.x.base(a.low[v], a.tags[v])] && a.rels[v] != "xcomp" && !a.undone(v)
}

// officeVerbs are the verbs whose subject takes or holds the office its
// complement names: "became the director of", "was elected president
// of", "served as rector of".
var officeVerbs = map[string]bool{
	"become": true, "remain": true, "serve": true, "act": true, "work": true, "appoint": true,
	"elect": true, "name": true, "install": true, "reelect": true, "re-elect": true,
}

// undone reports whether a modal or a negation governs predicate p: "is
// not a member of", "would be the director of".
func (a *analysis) undone(p int) bool {
	for d, h := range a.heads {
		if h == p && (a.rels[d] == "advmod" && negation(a.low[d]) || (a.rels[d] == "aux" || a.rels[d] == "aux:pass") && a.tags[d] == "MD") {
			return true
		}
	}
	return false
}

// roleTag reports whether tag is a common noun's, or a proper noun's for
// a role written with a capital ("Chair of the National Space Council").
func roleTag(tag string) bool {
	return tag == "NN" || tag == "NNS" || tag == "NNP"
}

// apposMark reports whether w sets an apposition apart.
func apposMark(w string) bool {
	switch w {
	case ",", "-", "–", "—", "(":
		return true
	}
	return false
}

// apart reports whether token from opens an apposition that reaches to
// token to ([apposMark]) with no verb between but one that modifies a
// noun there ("lead guitarist").
func (a *analysis) apart(from, to int) bool {
	if from >= to || !apposMark(a.toks[from].Text) && !apposMark(a.toks[to-1].Text) {
		return false
	}
	for i := from; i < to; i++ {
		if isVerb(a.tags[i]) && (a.heads[i] < from || a.heads[i] >= to+1) {
			return false
		}
	}
	return true
}

// roleFirst returns the first token of the role phrase of noun n: the
// adjectives, nouns and compounds that modify it before it ("lead
// guitarist", "deputy director"), none of the body span sb's words.
func (a *analysis) roleFirst(n int, sb [2]int) int {
	first := n
	for d := n - 1; d >= 0 && (d < sb[0] || d >= sb[1]); d-- {
		if a.heads[d] != n {
			break
		}
		switch a.rels[d] {
		case "amod", "compound", "nmod:desc", "flat":
			first = d
			continue
		}
		break
	}
	return first
}
