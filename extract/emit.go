package extract

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/schema"
)

// role names an extra argument introduced by the preposition p: "time",
// "place", or p itself.
func (a *analysis) role(p string, np span) string {
	timeLike, placeLike := false, false
	for i := np.i; i < np.j; i++ {
		w := a.low[i]
		switch {
		case timeNoun(w) && i+1 < np.j && (a.tags[i+1] == "NN" || a.tags[i+1] == "NNS") && !timeNoun(a.low[i+1]) && !monthOrDay(a.low[i+1]):
			// "on MSNBC's morning show", "the evening news": a time
			// noun modifying another noun dates nothing.
		case timeNoun(w) && i > np.i && i+1 < np.j && a.tags[i] == "NNP" && a.tags[i+1] == "NNP" && !monthOrDay(a.low[i+1]) && strings.HasPrefix(a.tags[i-1], "NN") && !strings.HasPrefix(a.tags[i-1], "NNP"):
			// "the talk show Morning Joe": a capitalised time word
			// opening a name after a common noun is the name's.
		case monthOrDay(w) || timeNoun(w):
			timeLike = true
		case a.tags[i] == "CD" && len(w) == 4 && (w[0] == '1' || w[0] == '2') && isDigits(w):
			timeLike = true
		case placeNoun(w):
			placeLike = true
		}
	}
	switch p {
	case "since", "during", "until", "till", "before", "after":
		return "time"
	case "in", "on", "at", "by", "from", "through", "throughout", "within", "over", "for", "":
		if timeLike {
			return "time"
		}
	}
	switch p {
	case "in", "at", "near", "across", "throughout", "within", "inside", "outside", "around", "into", "from", "along", "beyond", "behind":
		if placeLike || np.j > np.i && strings.HasPrefix(a.tags[np.j-1], "NNP") {
			return "place"
		}
	}
	return p
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

func monthOrDay(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.":
		return true
	}
	return false
}

func timeNoun(w string) bool {
	switch w {
	case "year", "years", "month", "months", "week", "weeks", "day", "days", "century", "centuries", "decade", "decades",
		"hour", "hours", "minute", "minutes", "morning", "evening", "night", "afternoon", "today", "yesterday", "tomorrow", "tonight", "overnight",
		"weekend", "season", "spring", "summer", "autumn", "winter", "period", "era", "time", "times", "moment", "age":
		return true
	}
	return false
}

func placeNoun(w string) bool {
	switch w {
	case "region", "regions", "city", "cities", "country", "countries", "town", "village", "capital", "province", "state",
		"territory", "border", "borders", "frontline", "frontlines", "front", "area", "areas", "district", "island", "coast",
		"river", "sea", "ocean", "mountains", "valley", "county", "street", "building", "house", "square", "port", "base",
		"camp", "field", "zone", "south", "north", "east", "west", "soil", "world", "continent", "peninsula", "airport", "station":
		return true
	}
	return false
}

// extractions turns the clauses into extractions.
func (a *analysis) extractions() []schema.Extraction {
	out := make([]schema.Extraction, 0, len(a.cl))
	for ci := range a.cl {
		c := &a.cl[ci]
		if c.subj.empty() || a.yesNoQuestion(c) {
			continue
		}
		a.doSupport(c)
		rel, lemma, neg := a.relation(c)
		if rel == "" {
			continue
		}
		neg = neg || a.neither(c.subj) || a.neither(c.obj) || a.sharesNegation(c)
		conf := a.confidence(c)
		attr, srcs := a.attribution(ci)
		var extras []schema.Argument
		for _, e := range c.extras {
			extras = append(extras, a.arg(e.sp, e.role))
		}
		subjs := c.subjs
		if len(subjs) == 0 {
			subjs = []span{c.subj}
		}
		objs := c.objs
		if len(objs) == 0 {
			objs = []span{c.obj}
		}
		subjs = a.respectiveList(c, subjs)
		pairs := a.respective(c, subjs, objs)
		for si, s := range subjs {
			for oi, o := range objs {
				if pairs != nil && pairs[si] != oi {
					continue
				}
				out = append(out, schema.Extraction{
					Subject:     a.arg(s, ""),
					Relation:    rel,
					Lemma:       lemma,
					Object:      a.arg(o, ""),
					Extra:       slices.Clip(extras),
					Confidence:  conf,
					Negated:     neg,
					Attribution: attr,
					Sources:     srcs,
				})
			}
		}
		if v, ok := a.variant(c); ok {
			vrel, vlemma, _ := a.relation(&v)
			if vrel == "" {
				continue // "met the @inister in Oslo": a handle names no relation ([analysis.relation])
			}
			var vextras []schema.Argument
			for _, e := range v.extras {
				vextras = append(vextras, a.arg(e.sp, e.role))
			}
			for _, s := range subjs {
				out = append(out, schema.Extraction{
					Subject:     a.arg(s, ""),
					Relation:    vrel,
					Lemma:       vlemma,
					Object:      a.arg(v.obj, ""),
					Extra:       slices.Clip(vextras),
					Confidence:  conf * variantFactor,
					Negated:     neg,
					Attribution: attr,
					Sources:     srcs,
				})
			}
		}
	}
	return out
}

// sharesNegation reports whether clause c, a verb phrase joined to the
// one before it, takes that one's negation: after "or" ("did not attack
// Sweden or threaten Denmark", "never met Ann Lee or called Bo Kim"), or
// after "and" when c's verb is a bare form that the first verb group's
// auxiliary governs ("did not meet Tom Wu and call Bo Kim"). A finite
// verb after "and" states its own act ("did not resign and remained").
func (a *analysis) sharesNegation(c *clause) bool {
	if c.from != shared || c.parent < 0 || c.vg < 1 || a.ch[c.vg-1].kind != conj {
		return false
	}
	if _, _, neg := a.relation(&a.cl[c.parent]); !neg {
		return false
	}
	switch a.low[a.ch[c.vg-1].i] {
	case "or":
		return true
	case "and":
		return a.ch[c.vg].form == bare
	}
	return false
}

// respective pairs the n-th subject with the n-th object when the clause
// says "respectively": "Acme and Halvik, based respectively in Lodi and
// Tula", "Tom Wu and Ann Lee won in Lodi and Tula respectively". A place
// written "Town, State" counts once, as its town: "in Lodi, Ohio and Tula,
// Kansas" (the list splits at "and"). It returns, for each subject, the index of its object, or nil
// when there is no "respectively" or the lists do not pair up.
func (a *analysis) respective(c *clause, subjs, objs []span) []int {
	n := len(subjs)
	if n < 2 || len(objs) < n {
		return nil
	}
	last := objs[len(objs)-1]
	to := min(last.j+2, len(a.low))
	if subjs[n-1].j > to {
		return nil // the subjects follow the objects: "Elected Tom Wu and Ann Lee the voters and the council said"
	}
	if !slices.Contains(a.low[subjs[n-1].j:to], "respectively") && !a.respectivelyLater(last.j) {
		return nil
	}
	// Members split at "and" or "or"; the commas inside one join a town
	// to its state. A list as long as the subjects' pairs one to one:
	// "in Lodi, Tula and Kent".
	out := make([]int, 0, n)
	out = append(out, 0)
	for oi := 1; oi < len(objs); oi++ {
		gap := a.low[objs[oi-1].j:objs[oi].i]
		if slices.Contains(gap, "and") || slices.Contains(gap, "or") {
			out = append(out, oi)
		}
	}
	if len(out) == n {
		return out
	}
	if len(out) < 2 || out[len(out)-1] != len(objs)-1 || len(objs) != n {
		return nil
	}
	out = out[:0]
	for i := range n {
		out = append(out, i)
	}
	return out
}

// respectivelyLater reports whether "respectively" ends a list further on
// in the clause that goes on at token i: "Norway and Sweden beat Denmark
// and Finland by scores of 2-0 and 3-1 respectively" pairs the subjects
// and the objects as it pairs the scores. The clause ends at a semicolon,
// a colon, a final stop, or a comma before a conjunction or a wh-word.
func (a *analysis) respectivelyLater(i int) bool {
	for ; i < len(a.low); i++ {
		switch w := a.low[i]; w {
		case "respectively":
			return true
		case ";", ":", ".", "--", "—", "(", ")":
			return false
		case ",":
			if i+1 < len(a.low) && (a.tags[i+1] == "CC" || strings.HasPrefix(a.tags[i+1], "W") || clauseAfterComma[a.low[i+1]]) {
				return false
			}
		}
	}
	return false
}

// clauseAfterComma are the words that open a clause of its own after a
// comma ([analysis.respectivelyLater]).
var clauseAfterComma = map[string]bool{"while": true, "whereas": true, "although": true, "though": true, "as": true, "after": true, "before": true, "since": true}

// respectiveList returns the list whose last member is the clause's
// one subject when "respectively" follows the verb: in "offices of Acme
// and Halvik located respectively in Lodi and Tula" each office is
// located ([analysis.respective]).
func (a *analysis) respectiveList(c *clause, subjs []span) []span {
	if len(subjs) != 1 || c.vg < 0 {
		return subjs
	}
	v := a.ch[c.vg]
	if !slices.Contains(a.low[v.i:min(v.j+1, len(a.low))], "respectively") {
		return subjs
	}
	m := a.at[subjs[0].i]
	if m < 2 || a.ch[m].i != subjs[0].i || m+1 != c.vg || a.ch[m-1].kind != conj || a.ch[m-2].kind != np {
		return subjs
	}
	return []span{{a.ch[m-2].i, a.ch[m-2].j}, subjs[0]}
}

// variantFactor scales the confidence of an extraction's second reading.
const variantFactor = 0.05

// variant returns a second reading of c in which the object and the
// preposition after it join the relation, as in "saw their relations with
// the gods in | political terms", and reports whether there is one.
func (a *analysis) variant(c *clause) (clause, bool) {
	if c.vg < 0 || c.obj.empty() || len(c.objs) > 0 || len(c.extras) == 0 || c.thatAt >= 0 || c.rel.j != c.obj.i {
		return clause{}, false
	}
	e := c.extras[0]
	if e.sp.i != c.obj.j || e.role == "time" || a.tags[e.sp.i] != "IN" && a.tags[e.sp.i] != "TO" || c.obj.j-c.obj.i > 4 {
		return clause{}, false
	}
	v := *c
	v.rel.j = e.sp.i + 1
	v.obj = span{e.sp.i + 1, e.sp.j}
	v.extras = c.extras[1:]
	return v, true
}

// yesNoQuestion reports whether c's subject opens with the auxiliary of a
// question that ends in a question mark ("Did Norway attack Sweden?",
// "Has Tom Wu left Oslo?"): it asks whether the act took place, and
// states none.
func (a *analysis) yesNoQuestion(c *clause) bool {
	if c.subj.j-c.subj.i < 2 || !questionAux[a.low[c.subj.i]] || c.subj.i > 0 && !isQuote(a.tags[c.subj.i-1]) {
		return false
	}
	for i := c.subj.j; i < len(a.low); i++ {
		switch a.low[i] {
		case "?":
			return true
		case ".", "!", ";":
			return false
		}
	}
	return false
}

// questionAux are the auxiliaries that open a yes-no question.
var questionAux = map[string]bool{
	"did": true, "does": true, "do": true, "has": true, "have": true, "had": true,
	"is": true, "are": true, "was": true, "were": true,
}

// relation returns the relation phrase of c as written, its lemma and
// whether it is negated.
func (a *analysis) relation(c *clause) (string, string, bool) {
	if c.relText == "has" {
		return c.relText, "have", false
	}
	if c.relText != "" {
		// An implied form of "be", maybe with a preposition: "was in".
		first, rest, _ := strings.Cut(c.relText, " ")
		if first == "born" {
			return c.relText, "born_" + strings.ReplaceAll(rest, " ", "_"), false // [analysis.bornNamed]
		}
		if rest == "" {
			return c.relText, "be", false
		}
		return c.relText, "be_" + strings.ReplaceAll(rest, " ", "_"), false
	}
	var b strings.Builder
	neg := false
	head := a.ch[c.vg].head
	vgEnd := a.ch[c.vg].j
	for i := c.rel.i; i < c.rel.j; i++ {
		if !c.relSkip.empty() && i == c.relSkip.i {
			i = c.relSkip.j - 1
			continue
		}
		w, tag := a.low[i], a.tags[i]
		var part string
		switch {
		case handle(w):
			// "FM @AnnBergson of Sweden": a social-media handle names
			// an account, the person's or a body's, never a relation.
			return "", "", false
		case negation(w):
			neg = true
			continue
		case w == "no" && i+1 < c.rel.j && a.low[i+1] == "longer", w == "longer" && i > c.rel.i && a.low[i-1] == "no":
			neg = true // "is no longer a member of": the state has ended
			continue
		case strings.HasPrefix(tag, "RB") && particle(w):
			part = w // "pushed back from": an adverb used as a particle
		case w == "ahead" && i+1 < c.rel.j && a.low[i+1] == "of":
			part = w // "remained ahead of": one preposition with "of"
		case strings.HasPrefix(tag, "RB") || tag == "MD" || tag == "DT" || tag == "PRP$" || tag == "POS":
			continue
		case i < vgEnd && isVerb(tag) && i != head:
			continue // an auxiliary
		case i == head && doForm(w) && a.supportsVerb(i, c.rel.j):
			continue // "did not brief": the auxiliary of the word [analysis.doSupport] took in
		case beForm(w) && i+1 < c.rel.j && a.tags[i+1] == "VBN" && b.Len() > 0:
			continue // "left to be deployed to": the passive's auxiliary after the first verb
		case isVerb(tag) && a.ch[a.at[i]].kind == vg:
			part = a.x.base(w, tag)
		case w == "that":
			continue
		default:
			part = w
		}
		if b.Len() > 0 {
			b.WriteByte('_')
		}
		b.WriteString(part)
	}
	lemma := b.String()
	if lemma == "" {
		lemma = "be"
	}
	if i := c.rel.i; i >= 2 && a.low[i-2] == "no" && a.low[i-1] == "longer" || i >= 1 && a.low[i-1] == "never" || a.yetTo(i) {
		neg = true // "no longer works for", "never paid a visit to", "has yet to concede to"
	}
	if neg && a.notUntil(c) {
		neg = false // "did not endorse her until July": she was endorsed in July
	}
	if !c.relSkip.empty() {
		return a.spanText(span{c.rel.i, c.relSkip.i}) + " " + a.spanText(span{c.relSkip.j, c.rel.j}), lemma, neg
	}
	return a.spanText(c.rel), lemma, neg
}

// handle reports whether w is a social-media handle or hashtag: "@" or
// "#" and at least one letter or digit ("@NorwayMFA", "#SCO").
func handle(w string) bool {
	return len(w) > 1 && (w[0] == '@' || w[0] == '#')
}

// doSupport moves into the relation of c the main verb that the tagger
// read as another word after a negated "do" ("it did not | brief Tom Wu",
// "I don't really | like slow programs"): after "did not" a lower-case
// word that opens the object and is no determiner, pronoun or number is
// the verb the auxiliary supports. The object then starts after it.
func (a *analysis) doSupport(c *clause) {
	if c.vg < 0 || c.rel.j != c.obj.i || c.obj.j-c.obj.i < 2 || len(c.objs) > 0 {
		return
	}
	do, neg := false, false
	for i := c.rel.i; i < c.rel.j; i++ {
		switch w, tag := a.low[i], a.tags[i]; {
		case doForm(w):
			do = true
		case negation(w):
			neg = true
		case strings.HasPrefix(tag, "RB"):
		default:
			return // a main verb, or anything else
		}
	}
	k := c.obj.i
	switch a.tags[k] {
	case "DT", "PDT", "PRP", "PRP$", "CD", "WDT", "WP", "EX", "``", "''", "POS", "NNP", "NNPS":
		return
	}
	if !do || !neg || !isWordStart(a.low[k]) || a.low[k] == "so" {
		return
	}
	c.rel.j, c.obj.i = k+1, k+1
}

// supportsVerb reports whether the do-form at token i is followed, up to
// the relation's end j, by a negation, maybe adverbs, and one last word:
// the verb [analysis.doSupport] moved into the relation.
func (a *analysis) supportsVerb(i, j int) bool {
	neg := false
	for k := i + 1; k < j-1; k++ {
		switch {
		case negation(a.low[k]):
			neg = true
		case strings.HasPrefix(a.tags[k], "RB"):
		default:
			return false
		}
	}
	return neg && j-1 > i+1 && !isVerb(a.tags[j-1])
}

// isWordStart reports whether w, in lower case, starts with a letter of
// the English alphabet (not a digit, a mark or a quote).
func isWordStart(w string) bool {
	return w != "" && (w[0] >= 'a' && w[0] <= 'z')
}

// notUntil reports whether the negated relation of c is followed, in its
// own clause, by "until" or "till", which says when the act took place
// after all: "Tom Wu didn't endorse Ann Lee until July", "had not met her
// until being elected". A modal keeps the negation ("will not sign until
// Norway agrees" is a condition, no act). The search stops at a comma or
// other stop and at the verb of another clause.
func (a *analysis) notUntil(c *clause) bool {
	for i := c.rel.i; i < c.rel.j; i++ {
		if a.tags[i] == "MD" {
			return false
		}
	}
	for i := c.rel.j; i < len(a.low); i++ {
		switch w := a.low[i]; {
		case w == "until" || w == "till":
			return true
		case w == "," || w == ";" || w == ":" || w == "." || w == "(" || w == "--" || w == "—":
			return false
		case isVerb(a.tags[i]) && a.ch[a.at[i]].kind == vg:
			return false
		}
	}
	return false
}

// yetTo reports whether the relation starting at token i is an
// infinitive after "has yet to" or "is yet to", which says that the act
// has not taken place ("Tom Wu has yet to concede to Ann Lee"). The
// extractor gives "has" a clause of its own.
func (a *analysis) yetTo(i int) bool {
	return i >= 3 && a.low[i-1] == "to" && a.low[i-2] == "yet" && (haveForm(a.low[i-3]) || beForm(a.low[i-3]))
}

func isQuote(tag string) bool { return tag == "``" || tag == "''" }

// particle reports whether the adverb w works as a verb particle.
func particle(w string) bool {
	switch w {
	case "back", "away", "out", "off", "up", "down", "aside", "forward", "apart", "together":
		return true
	}
	return false
}
