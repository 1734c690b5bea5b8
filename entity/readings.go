package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// minConfidence is the confidence floor of an extraction that becomes a
// fact: below it the extractor's own estimate says the reading is more
// likely wrong than useful in a graph (CaRB wants such readings; an
// analyst does not). See "Which extractions become facts" in the package
// documentation.
const minConfidence = 0.2

// negating reports whether a word before a "to"-infinitive denies it
// ("refused to sign", "was unable to attend": not sign, not attend).
func negating(word string) bool {
	switch word {
	case "refuse", "fail", "decline", "unable":
		return true
	}
	return false
}

// readings returns the extractions of sentence s that become facts, with
// relation lemmas that are a verb and its particles and preposition only
// (see "Which extractions become facts" in the package documentation). It
// does not change exts.
func (r *Resolver) readings(s nlp.Sentence, exts []schema.Extraction) []schema.Extraction {
	out := make([]schema.Extraction, 0, len(exts))
	for i, x := range exts {
		if x.Confidence < minConfidence || secondReading(exts, i) || possessive(s, x) || clauseHead(s, exts, i) {
			continue
		}
		if x, ok := r.verbRelation(s, x); ok {
			out = append(out, x)
		}
	}
	sharedObjects(s, out)
	appointeeReplaces(out)
	return out
}

// floatingQuantifier reports whether t is a quantifier that stands
// after the subject's auxiliary ("are all believed to be from", "were
// both ordered to leave"): it quantifies the subject, and the verbs on
// either side of it are one relation.
func floatingQuantifier(t nlp.Token) bool {
	if t.Tag != "DT" && t.Tag != "PDT" {
		return false
	}
	switch t.Lower() {
	case "all", "both", "each":
		return true
	}
	return false
}

// successionVerbs put their subject in another's place.
var successionVerbs = map[string]bool{"replace": true, "succeed": true}

// appointeeReplaces gives a participle of succession that follows an
// active appointment the appointee for its subject: in "the president
// appointed Ann Lee as army chief, replacing Tom Wu" it is Ann Lee, not the
// president, who replaces Tom Wu. The extractor gives the participle the
// clause's subject. xs is changed in place.
func appointeeReplaces(xs []schema.Extraction) {
	for i, x := range xs {
		if !successionVerbs[x.Lemma] || strings.Contains(x.Relation, " ") || !strings.HasSuffix(x.Relation, "ing") {
			continue
		}
		for _, y := range xs {
			verb, _, _ := strings.Cut(y.Lemma, "_")
			if y.Subject != x.Subject || y.Negated || y.Object.End <= y.Object.Start || y.Object.End > x.Object.Start ||
				!appointVerbs[verb] || verb == "be" || verb == "become" || verb == "serve" || strings.Contains(y.Relation, " ") {
				continue // one word: "appointed", not "was appointed"
			}
			xs[i].Subject = y.Object
			break
		}
	}
}

// secondReading reports whether exts[i] is the extractor's second reading
// of another extraction of the sentence: the same subject, and a relation
// that folds that extraction's object and the preposition of one of its
// extra arguments into the relation ("began a two-week naval exercise in |
// the Baltic Sea" beside "began | a two-week naval exercise | in the
// Baltic Sea").
func secondReading(exts []schema.Extraction, i int) bool {
	x := exts[i]
	if x.Object.End <= x.Object.Start {
		return false
	}
	for j, y := range exts {
		if j == i || y.Subject != x.Subject || y.Object.Text == "" || y.Object.End > x.Object.Start ||
			!strings.HasPrefix(x.Relation, y.Relation+" ") || !strings.Contains(x.Relation, y.Object.Text) {
			continue
		}
		for _, e := range y.Extra {
			if e.End == x.Object.End && e.Start < x.Object.Start {
				return true
			}
		}
	}
	return false
}

// verbsPlace reports whether x, a reading of sentence si, is the
// extractor's "is in" (at, from, ...) reading of a name and the phrase
// after it, where another extraction of exts has that name for its object
// and the same phrase for its own place or origin: in "protesters marched
// against Ola Berg in Bergen" and "Kelton beat Norland at Vik Park" the
// place is where the act was, not where the object is. Only a person or an
// organisation loses the reading. A place in a place is there whatever the
// verb does; so is a people ("the Tatars in the Crimea"), an organisation
// after to, at, in or into, which is a place itself ("sent to the Sea
// Project in Lodi"), and an institution, a court, a site or a body named
// by its noun ("visited the Lund Institute in Oslo", "at Vik Local Court
// in Oslo", "the embassy in Oslo"). "from" loses the reading only after a
// preposition ("arriving at Kelton from Vik", "an offer for Ola Berg from
// Vik"): "signed Ola Berg from Vik" says he left Vik, and "from" a country
// is where one comes from ("awarded to Ann Lee from Kenya").
func (d *docState) verbsPlace(si int, s nlp.Sentence, exts []schema.Extraction, x schema.Extraction) bool {
	be, p, ok := strings.Cut(x.Relation, " ")
	if !ok || !beForms[be] || !placePreps[p] || x.Subject.End <= x.Subject.Start {
		return false
	}
	words := strings.Fields(x.Subject.Text)
	last := words[len(words)-1]
	if l := strings.ToLower(last); !isCap(last) || bodyNouns[l] || courtHeads[l] || siteWords.has(last) || last == "Hall" ||
		institutionName(x.Subject.Text) {
		return false
	}
	first, end := argTokens(s, x.Subject)
	if first < 0 || s.Tokens[end-1].Tag == "NNPS" || s.Tokens[end-1].Tag == "NNS" {
		return false // a people where it lives: "the Tatars in the Crimea"
	}
	e, _, _ := d.argument(si, s, x.Subject)
	if e == nil || e.typ != schema.Person && e.typ != schema.Organization {
		return false
	}
	if e.typ == schema.Organization && p != "from" && first > 0 && goalPreps[s.Tokens[first-1].Lower()] {
		return false // "was sent to the Sea Project in Lodi": a body one goes to is a place
	}
	if p == "from" && d.r.sovereign(d.r.g.entries[normKey(strings.TrimPrefix(x.Object.Text, "the "))]) {
		return false
	}
	if p == "from" && (first < 1 || s.Tokens[first-1].Tag != "IN" && s.Tokens[first-1].Tag != "TO") {
		return false
	}
	for _, y := range exts {
		if y.Object != x.Subject || y.Relation == x.Relation {
			continue
		}
		for _, e := range y.Extra {
			if e.Start < x.Object.Start && e.End == x.Object.End && strings.HasPrefix(e.Text, p+" ") {
				return true
			}
		}
	}
	return false
}

// courtHeads end the names of courts, diplomatic missions and venues that
// the recogniser keeps as actors, which a place after them locates as it
// does institutions ([institutionHeads]) and sites ([siteWords]).
var courtHeads = map[string]bool{"court": true, "tribunal": true, "embassy": true, "consulate": true, "racecourse": true}

// placePreps, after a form of be, make the extractor's relation of a noun
// and the place after it ("is in", "are at", "was from").
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "near": true, "on": true}

// goalPreps make the organisation after them a place that a verb goes to
// or acts at.
var goalPreps = map[string]bool{"to": true, "at": true, "in": true, "into": true}

// clauseHead reports whether the object of exts[i], a reporting verb's
// ([reportVerbs]), is only the head of the subject of a clause that the
// verb takes for its object, which the extractor also read: "Tom Wu admitted their trip to Kelton to face
// Norland was the toughest draw" (the subject "their trip to Kelton to
// face Norland"), "conceded any deal for Ola Berg was unlikely", "revealed
// defender Ann Lee and striker Ola Berg will start" (the second conjunct
// opens the clause's verb). What the verb reports is no actor.
func clauseHead(s nlp.Sentence, exts []schema.Extraction, i int) bool {
	x := exts[i]
	if verb, _, _ := strings.Cut(x.Lemma, "_"); !reportVerbs[verb] || x.Object.End <= x.Object.Start || x.Object.End > len(s.Text) {
		return false
	}
	for j, z := range exts {
		if j == i || z.Confidence < minConfidence || z.Subject.End <= z.Subject.Start || z.Subject.End > len(s.Text) {
			continue
		}
		if _, _, ok := relationTokens(s, z); !ok {
			continue // an implied "is" or "is in"
		}
		if z.Subject.Start == x.Object.Start && z.Subject.End > x.Object.End {
			return true
		}
		if z.Subject.Start > x.Object.End && strings.TrimSpace(s.Text[x.Object.End:z.Subject.Start]) == "and" {
			return true
		}
	}
	return false
}

// possessive reports whether x is the "has" the extractor reads from a
// possessive ("the alliance's northern maritime group"). Such facts are
// dropped: the useful ones ("Russia's Kursk region": locate_in, "North
// Korea's elite forces": from) come from the names themselves.
func possessive(s nlp.Sentence, x schema.Extraction) bool {
	if x.Relation != "has" || x.Subject.End <= x.Subject.Start || x.Object.Start < x.Subject.End || x.Object.Start > len(s.Text) {
		return false
	}
	switch strings.TrimSpace(s.Text[x.Subject.End:x.Object.Start]) {
	case "'s", "'", "’s", "’":
		return true
	}
	return false
}

// verbRelation rewrites x so that its lemma is a verb with its particles
// and preposition. A verb, or "be" and an adjective, gives way to the
// infinitive after it ("needed to share" → share, modal "needed to"). A
// relation that holds a noun phrase ("gained increased political leverage
// with | Moscow") keeps it if the whole lemma maps to the relation
// vocabulary ("imposed sanctions on" → sanction); otherwise the noun
// phrase becomes the object and the old object an extra argument named by
// the preposition (gain | "increased political leverage" | with=Moscow).
// It reports false when the relation cannot be made a verb lemma; the fact
// is then dropped.
func (r *Resolver) verbRelation(s nlp.Sentence, x schema.Extraction) (schema.Extraction, bool) {
	ri, rj, ok := relationTokens(s, x)
	if !ok {
		// An implied relation ("is", "is in"): no verb to check, but an
		// apposition "the capital of Greenland" names a vocabulary relation.
		return r.appositive(x), true
	}
	if y, ok := controlOf(x); ok {
		return y, true
	}
	if y, ok := refrainedFrom(x); ok {
		return y, true
	}
	if y, ok := avoidedGerundObject(x); ok {
		return y, true
	}
	if x.Lemma == "be" {
		// A copula states what an apposition does: "Ola Berg was the
		// president of Norway" as "Ola Berg, the president of Norway,".
		if y := r.appositive(x); y.Lemma != x.Lemma {
			return y, true
		}
	}
	toks := s.Tokens
	var wordsArr [8]string
	words := splitLemma(wordsArr[:0], x.Lemma)
	// A verb, or "be" and an adjective, before a "to"-infinitive: "needed
	// to share", "were ready to defend", "went on to win". The infinitive
	// is the relation.
	for k := ri + 1; k+1 < rj; k++ {
		v := k + 1
		for v+1 < rj && toks[k].Tag == "TO" && strings.HasPrefix(toks[v].Tag, "RB") {
			v++ // "began to openly criticise": an adverb splits the infinitive
		}
		if toks[k].Tag == "TO" && toks[v].Tag == "VB" {
			at := slices.Index(words, "to")
			if at < 1 || at+1 >= len(words) {
				break
			}
			x.Extra = append([]schema.Argument{modal(s, ri, k)}, x.Extra...)
			for _, w := range words[:at] {
				if negating(w) {
					x.Negated = !x.Negated
				}
			}
			words = words[at+1:]
			if len(words) > 1 && words[0] == "have" && v+1 < rj && toks[v+1].Tag == "VBN" {
				words = words[1:] // "is said to have attacked": the act is attack
			}
			x.Lemma = strings.Join(words, "_")
			ri = v
			break
		}
		if t := toks[k].Tag; !strings.HasPrefix(t, "VB") && !strings.HasPrefix(t, "RB") && !strings.HasPrefix(t, "JJ") && t != "MD" &&
			t != "RP" && !strings.EqualFold(toks[k].Text, "on") && !floatingQuantifier(toks[k]) {
			break // "sent troops to protect": a noun comes first
		}
	}
	if g := gerundAfter(toks, ri, rj); g < 0 && len(words) > 2 && admitVerbs[words[0]] && words[1] == "to" && ri+2 < rj && toks[ri+1].Lower() == "to" && toks[ri+2].Tag == "VBG" {
		// "admitted to killing Ann Lee", "confessed to defrauding the
		// bank": the act confessed, as "admitted killing".
		x.Extra = append([]schema.Argument{modal(s, ri, ri+1)}, x.Extra...)
		x.Lemma = strings.Join(words[2:], "_")
		words, ri = words[2:], ri+2
	} else if g > 0 && len(words) > 1 && (aspectual[words[0]] || admitVerbs[words[0]] || words[0] == "avoid" || postEnded(words)) {
		// "began attacking", "has continued buying": the gerund is the
		// relation, as an infinitive after the verb would be. "avoided
		// criticising" denies it, as "declined to criticise" does.
		// "stopped serving as president of Norway" held the post
		// ([postEnded]).
		if words[0] == "avoid" {
			x.Negated = !x.Negated
		}
		x.Extra = append([]schema.Argument{modal(s, ri, g-1)}, x.Extra...)
		words = words[1:]
		x.Lemma = strings.Join(words, "_")
		ri = g
	}
	if x.Lemma == "be_home_to" {
		// "the county is also home to Lodi": the tagger's noun "home"
		// after an adverb is the "home to" it reads as one participle
		// in "is home to", no noun phrase of its own.
		x.Lemma = "home_to"
		return x, true
	}
	nb := -1
	for k := ri; k < rj; k++ {
		if nominal(toks[k].Tag) && !floating(toks, k, rj) {
			nb = k
			break
		}
	}
	if nb < 0 || rj-ri == 1 || r.vocab[schema.CanonicalRelation(x.Lemma)] {
		// A relation of one word is the verb the extractor found, though
		// the tagger read a noun ("Real Madrid beat Barcelona").
		return x, true
	}
	// The relation holds a noun phrase: [nb, pe) before the prepositions
	// that end the relation.
	pe := rj
	for pe > nb && (toks[pe-1].Tag == "IN" || toks[pe-1].Tag == "TO" || strings.EqualFold(toks[pe-1].Text, "that")) {
		pe--
	}
	folded := 0 // lemma words from the noun phrase and the prepositions
	for k := nb; k < rj; k++ {
		switch t := toks[k].Tag; {
		case t == "VB" || t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return x, false // a second verb inside the noun phrase
		case t == "DT" || t == "PDT" || t == "PRP$" || t == "POS" || strings.HasPrefix(t, "RB") || strings.EqualFold(toks[k].Text, "that"):
			// not in the lemma
		default:
			folded++
		}
	}
	if pe <= nb || folded >= len(words) {
		return x, false
	}
	var role []string
	for k := pe; k < rj; k++ {
		role = append(role, toks[k].Lower())
	}
	old := x.Object
	if len(role) > 0 {
		old.Role = strings.Join(role, " ")
	} else if end := toks[rj-1].End; old.Start > end && strings.TrimSpace(s.Text[end:old.Start]) != "" {
		old.Role = strings.ToLower(strings.TrimSpace(s.Text[end:old.Start])) // "rejected the suggestion | that ..."
	} else {
		old.Role = "object"
	}
	x.Lemma = strings.Join(words[:len(words)-folded], "_")
	x.Object = schema.Argument{Text: s.Text[toks[nb].Start:toks[pe-1].End], Start: toks[nb].Start, End: toks[pe-1].End}
	extra := make([]schema.Argument, 0, len(x.Extra)+1)
	if old.Text != "" {
		extra = append(extra, old)
	}
	x.Extra = append(extra, x.Extra...)
	return x, true
}

// controlVerbs take, keep or give up the control of a place or a body
// that "control of" after them names: "seized control of Halden", "lost
// control of the Senate", "relinquished control of Hong Kong".
var controlVerbs = map[string]bool{
	"take": true, "seize": true, "gain": true, "regain": true, "retake": true, "assume": true, "wrest": true,
	"win": true, "cede": true, "relinquish": true, "lose": true, "surrender": true, "hand": true, "hand_over": true,
	"transfer": true, "retain": true, "keep": true, "maintain": true, "give_up": true,
}

// controlOf reads a verb of [controlVerbs] and "control of" (or "over")
// as one relation on the actor after the preposition, the way
// take_control_of is: the extractor's "seized | control of Halden" or
// "gained control of | Halden" gives seize_control_of (gain_control_of)
// Halden; "was in control of Halden" (be_in) gives control Halden. It
// reports false for any other extraction.
func controlOf(x schema.Extraction) (schema.Extraction, bool) {
	if v, p, ok := strings.Cut(x.Lemma, "_control_"); ok && controlVerbs[v] && (p == "of" || p == "over") {
		x.Lemma = v + "_control_of"
		return x, true
	}
	if x.Lemma == "be_in" && x.Object.End-x.Object.Start == len(x.Object.Text) {
		// "Russian forces were in control of Pobeda": control.
		for _, p := range []string{"control of ", "full control of ", "effective control of "} {
			if len(x.Object.Text) > len(p) && strings.EqualFold(x.Object.Text[:len(p)], p) {
				x.Lemma = "control"
				x.Relation += " " + x.Object.Text[:len(p)-1]
				x.Object = schema.Argument{Text: x.Object.Text[len(p):], Start: x.Object.Start + len(p), End: x.Object.End}
				return x, true
			}
		}
		return x, false
	}
	if !controlVerbs[x.Lemma] || x.Object.End-x.Object.Start != len(x.Object.Text) {
		return x, false
	}
	for _, p := range []string{"control of ", "control over "} {
		if len(x.Object.Text) > len(p) && strings.EqualFold(x.Object.Text[:len(p)], p) {
			x.Lemma = x.Lemma + "_control_of"
			x.Relation += " " + x.Object.Text[:len(p)-1]
			x.Object = schema.Argument{Text: x.Object.Text[len(p):], Start: x.Object.Start + len(p), End: x.Object.End}
			return x, true
		}
	}
	return x, false
}

// refrainedFrom turns "refrained (abstained) from" and a gerund of
// gerundActs with its object into the gerund's act, denied, as "declined
// to" is: "Norway refrained from criticising Sweden" is Norway
// —not_criticise→ Sweden. The extractor reads the from-phrase as an extra
// argument and leaves the object empty. It reports false otherwise.
func refrainedFrom(x schema.Extraction) (schema.Extraction, bool) {
	if x.Lemma != "refrain" && x.Lemma != "abstain" || x.Object.Text != "" {
		return x, false
	}
	for i, a := range x.Extra {
		w := strings.Fields(a.Text)
		if len(w) < 3 || !strings.EqualFold(w[0], "from") || gerundActs[strings.ToLower(w[1])] == "" || a.End-a.Start != len(a.Text) {
			continue
		}
		cut := strings.Index(a.Text, w[1]) + len(w[1]) + 1
		if cut >= len(a.Text) {
			continue
		}
		y := x
		y.Lemma = gerundActs[strings.ToLower(w[1])]
		y.Relation = x.Relation + " from " + w[1]
		y.Object = schema.Argument{Text: a.Text[cut:], Start: a.Start + cut, End: a.End}
		y.Negated = !x.Negated
		y.Extra = append(append([]schema.Argument{}, x.Extra[:i]...), x.Extra[i+1:]...)
		return y, true
	}
	return x, false
}

// avoidedGerundObject turns "avoided" with a gerund of gerundActs that
// the extractor put at the head of the object ("has avoided meeting Tom
// Wu", the tagger reading meeting as a noun) into the gerund's act,
// denied, as when the gerund is in the relation ("avoided criticising"):
// not_meet Tom Wu. A preposition after the gerund joins the lemma
// ("avoided meeting with Tom Wu": not_meet_with). It reports false
// otherwise.
func avoidedGerundObject(x schema.Extraction) (schema.Extraction, bool) {
	if x.Lemma != "avoid" || x.Object.End-x.Object.Start != len(x.Object.Text) {
		return x, false
	}
	w := strings.Fields(x.Object.Text)
	if len(w) == 1 && gerundActs[w[0]] != "" {
		// "avoided meeting with Tom Wu": the with-phrase an extra.
		for i, a := range x.Extra {
			f := strings.Fields(a.Text)
			if len(f) < 2 || a.End-a.Start != len(a.Text) {
				continue
			}
			if p := strings.ToLower(f[0]); p == "with" || p == "to" || p == "against" {
				cut := len(f[0]) + 1
				y := x
				y.Lemma, y.Relation, y.Negated = gerundActs[w[0]]+"_"+p, x.Relation+" "+w[0]+" "+f[0], !x.Negated
				y.Object = schema.Argument{Text: a.Text[cut:], Start: a.Start + cut, End: a.End}
				y.Extra = append(append([]schema.Argument{}, x.Extra[:i]...), x.Extra[i+1:]...)
				return y, true
			}
		}
	}
	if len(w) < 2 || gerundActs[w[0]] == "" {
		return x, false
	}
	act := gerundActs[w[0]]
	rel := x.Relation + " " + w[0]
	n := 1
	if p := strings.ToLower(w[1]); len(w) > 2 && (p == "with" || p == "to" || p == "against" || p == "on") {
		act += "_" + p
		rel += " " + w[1]
		n = 2
	}
	cut := 0
	for i := 0; i < n; i++ {
		cut = strings.Index(x.Object.Text[cut:], w[i]) + cut + len(w[i])
	}
	for cut < len(x.Object.Text) && x.Object.Text[cut] == ' ' {
		cut++
	}
	if cut >= len(x.Object.Text) {
		return x, false
	}
	y := x
	y.Lemma, y.Relation, y.Negated = act, rel, !x.Negated
	y.Object = schema.Argument{Text: x.Object.Text[cut:], Start: x.Object.Start + cut, End: x.Object.End}
	return y, true
}

// appositive turns an implied or written "is" whose object is "the N of X"
// into the vocabulary relation that be_N_of maps to, with the object X:
// "Nuuk, the capital of Greenland" is Nuuk —capital_of→
// Greenland, "Tamm, a member of parliament" —member_of→ "parliament".
// Only a determiner and one noun may come before "of": "the former head
// of" stays "is".
func (r *Resolver) appositive(x schema.Extraction) schema.Extraction {
	if x.Lemma != "be" || x.Object.End <= x.Object.Start || x.Object.End-x.Object.Start != len(x.Object.Text) {
		return x
	}
	f := strings.Fields(x.Object.Text)
	if len(f) >= 5 && strings.ToLower(f[3]) == "of" && intensifiers[strings.ToLower(f[1])] {
		// "a close ally of", "a longtime member of": a word of degree
		// changes no relation; "the former head of" does.
		f = append(f[:1:1], f[2:]...)
	}
	if len(f) >= 3 && strings.ToLower(f[0]) == "part" && f[1] == "of" {
		// "Tom Wu was part of the Halvik Party": "part" takes no
		// article, and the fact is the one "a part of" gives.
		f = append([]string{"a"}, f...)
	}
	if len(f) < 4 {
		return x
	}
	switch strings.ToLower(f[0]) {
	case "the", "a", "an":
	default:
		return x
	}
	var lemma string
	of := 2
	switch {
	case strings.ToLower(f[2]) == "of":
		lemma = "be_" + strings.ToLower(f[1]) + "_of"
		if !r.vocab[schema.CanonicalRelation(lemma)] {
			return x
		}
		lemma = schema.CanonicalRelation(lemma)
	case len(f) >= 5 && strings.ToLower(f[3]) == "of" && roleNoun(strings.ToLower(f[2])) && (isCap(f[1]) || f[1][0] >= '0' && f[1][0] <= '9') &&
		!strings.HasSuffix(f[1], "'s") && !strings.HasSuffix(f[1], "’s"):
		// "the Prime Minister of Norway", "the 46th President of the
		// United States": a title of two words gives the relation its
		// role nouns give ([roleLemma]). A lower-case first word is
		// left to the role rules ("a former member of" has left it;
		// "the distinguished Chair of" may describe someone else), and so
		// is a possessive ("the UN's chief of emergency relief" works for
		// the UN).
		lemma, of = roleLemma([]string{strings.ToLower(f[1]), strings.ToLower(f[2])}), 3
	default:
		return x
	}
	cut := strings.Index(x.Object.Text, " "+f[of]+" ") + len(f[of]) + 2
	// The fact is a role or a state, named as the vocabulary names it:
	// "Hu, the president of China" leads China, as "President Hu of
	// China" does; be_president_of would match no lead fact.
	x.Lemma = lemma
	x.Object = schema.Argument{Text: x.Object.Text[cut:], Start: x.Object.Start + cut, End: x.Object.End}
	return x
}

// intensifiers are the words of degree that may come between the article
// and the noun of an appositive relation ("a close ally of").
var intensifiers = map[string]bool{
	"close": true, "key": true, "staunch": true, "loyal": true, "longtime": true, "long-time": true,
	"long-standing": true, "longstanding": true, "strong": true, "firm": true, "trusted": true,
	"senior": true, "leading": true, "prominent": true, "vocal": true, "outspoken": true, "fierce": true,
	"frequent": true, "major": true, "main": true, "top": true, "founding": true, "active": true,
}

// modal returns the tokens i to j of s, the words before the verb that
// becomes the relation ("needed to", "began"), as a modal argument.
func modal(s nlp.Sentence, i, j int) schema.Argument {
	toks := s.Tokens
	return schema.Argument{Text: s.Text[toks[i].Start:toks[j].End], Start: toks[i].Start, End: toks[j].End, Role: "modal"}
}

// aspectual verbs give way to the gerund right after them: "began
// attacking Sweden" is an attack. Verbs of stopping are left out: "stopped
// supporting" is no support. Verbs of memory are kept with them: what one
// remembers or recalls doing was done ("I remember meeting him" is a
// meeting).
var aspectual = map[string]bool{
	"begin": true, "start": true, "continue": true, "resume": true, "keep": true,
	"remember": true, "recall": true,
}

// admitVerbs own to an act done: "admitted killing Ann Lee" states the
// killing, as the report gives it; "denied killing" does not.
var admitVerbs = map[string]bool{"admit": true, "confess": true}

// postEnded reports whether the relation's words are a verb of stopping
// before "serving as" or "working as": "ended serving as president of the
// US", "stopped working as a lawyer for Acme". Unlike "stopped supporting",
// the post was held, and the role is read as after "served as".
func postEnded(words []string) bool {
	switch words[0] {
	case "stop", "end", "cease", "finish", "quit":
		return len(words) > 2 && (words[1] == "serve" || words[1] == "work") && words[2] == "as"
	}
	return false
}

// gerundAfter returns the first gerund of the relation tokens [ri, rj)
// when only verbs, adverbs and modals come before it, and the token before
// it is a verb ("has begun attacking"), or -1.
func gerundAfter(toks []nlp.Token, ri, rj int) int {
	for k := ri; k < rj; k++ {
		t := toks[k].Tag
		switch {
		case t == "VBG":
			if k > ri && strings.HasPrefix(toks[k-1].Tag, "VB") {
				return k
			}
			return -1
		case strings.HasPrefix(t, "VB"), strings.HasPrefix(t, "RB"), t == "MD":
		default:
			return -1
		}
	}
	return -1
}

// floating reports whether token k, before the end rj of a relation, is a
// quantifier floated after an auxiliary and before a verb or adverb ("were
// all donated by", "have both signed"): it opens no noun phrase.
func floating(toks []nlp.Token, k, rj int) bool {
	switch toks[k].Lower() {
	case "all", "both", "each":
	default:
		return false
	}
	if k+1 >= rj {
		return false
	}
	t := toks[k+1].Tag
	return strings.HasPrefix(t, "VB") || strings.HasPrefix(t, "RB")
}

// nominal reports whether a token with this tag belongs to a noun phrase.
func nominal(tag string) bool {
	switch tag {
	case "DT", "PDT", "PRP$", "PRP", "CD", "POS", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// relationTokens returns the token range [i, j) of s that x's relation
// phrase covers, and false when the relation is not written in the
// sentence (an implied "is"). When the phrase occurs more than once, the
// occurrence that ends closest before the object wins, else the first
// after the subject.
func relationTokens(s nlp.Sentence, x schema.Extraction) (int, int, bool) {
	rel := x.Relation
	if rel == "" {
		return 0, 0, false
	}
	best := -1
	if x.Object.End > x.Object.Start {
		best = strings.LastIndex(s.Text[:min(max(x.Object.Start, 0), len(s.Text))], rel)
	} else if from := max(x.Subject.End, 0); from < len(s.Text) {
		if at := strings.Index(s.Text[from:], rel); at >= 0 {
			best = from + at
		}
	}
	if best < 0 && x.Object.End > x.Object.Start {
		// "is to hold membership talks with Iraq" read as hold | talks
		// ([Resolver.verbRelation]): the object's noun lies inside the
		// relation as written.
		if at := strings.Index(s.Text[min(x.Subject.End, len(s.Text)):], rel); at >= 0 &&
			x.Subject.End+at <= x.Object.Start && x.Object.End <= x.Subject.End+at+len(rel) {
			best = x.Subject.End + at
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	i, j := -1, -1
	for k, t := range s.Tokens {
		if t.Start > best+len(rel) {
			break // the tokens run in the text's order
		}
		if t.Start == best {
			i = k
		}
		if t.End == best+len(rel) {
			j = k + 1
		}
	}
	if i < 0 || j <= i {
		return 0, 0, false
	}
	return i, j, true
}
