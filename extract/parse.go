package extract

import "strings"

// The chunk rules read tags and word order only. Where they are known to
// fail, the analysis asks kg's dependency parser (nlp/model) instead. The
// parser costs about as much as the rest of the extraction for a sentence,
// so it runs only on the sentences that reach one of those places, once
// per sentence, on prose's tags as corrected by retag.

// parse returns the dependency tree of the first end tokens of the
// sentence (or more): heads[i] is the 0-based head of token i, -1 for the
// root; rels[i] its UD relation. The words after end are left out because
// the parser's cost grows with the sentence and the questions asked of the
// tree are about the words before a verb. parse parses on the first call
// and again only when a later call needs more words.
func (a *analysis) parse(end int) (heads []int, rels []string) {
	end = min(end, len(a.toks))
	if len(a.heads) < end {
		words := make([]string, end)
		for i, t := range a.toks[:end] {
			words[i] = t.Text
		}
		h, r := a.x.parser.Parse(words, a.tags[:end])
		for i := range h {
			h[i]--
		}
		a.heads, a.rels = h, r
	}
	return a.heads, a.rels
}

// dependent returns the first token whose head is h and whose relation
// is one of rels (a subtype counts as its type unless listed itself), or
// -1.
func (a *analysis) dependent(h int, rels ...string) int {
	heads, rr := a.heads, a.rels
	for d, hd := range heads {
		if hd != h {
			continue
		}
		for _, r := range rels {
			if rr[d] == r {
				return d
			}
		}
	}
	return -1
}

// phrase returns the span of token d and its dependents, stopping on
// each side at a comma, a quote or a dependent that opens a clause or a
// parenthetical (relative clauses, appositions, participial phrases), so
// that "the book, critical of Scientology," gives "the book".
func (a *analysis) phrase(d int) span {
	s := span{d, d + 1}
	for i := d - 1; i >= 0 && a.inPhrase(d, i); i-- {
		s.i = i
	}
	for i := d + 1; i < len(a.heads) && a.inPhrase(d, i); i++ {
		s.j = i + 1
	}
	return s
}

// inPhrase reports whether token i belongs to the phrase of d: it is below
// d in the parse, not punctuation, and not inside a clausal dependent of d.
func (a *analysis) inPhrase(d, i int) bool {
	heads, rels := a.heads, a.rels
	if isPunct(a.tags[i]) || finiteTag(a.tags[i]) {
		return false
	}
	for n := 0; i >= 0 && n <= len(heads); n++ {
		if heads[i] == d {
			return !clausal(rels[i])
		}
		i = heads[i]
	}
	return false
}

// isPunct reports whether the Penn tag t marks punctuation.
func isPunct(t string) bool {
	switch t {
	case ",", ".", ":", "``", "''", "-LRB-", "-RRB-":
		return true
	}
	return false
}

// parseAhead is how many words after a verb group parsedSubject lets the
// parser see. The subject comes before the verb: on CaRB dev 0, 2, 5 and
// the whole sentence gave the same F1 (0.524, 0.523, 0.523, 0.523), but
// with 0 "found what remains of the aircraft" loses its object clause.
const parseAhead = 2

// clausal reports whether the relation r attaches a clause or a
// parenthetical to a noun.
func clausal(r string) bool {
	return strings.HasPrefix(r, "acl") || r == "appos" || r == "parataxis" || r == "dep"
}

// parsedSubject sets c.subj for the finite verb group at chunk k from the
// parse, when the chunk rules found none, and reports whether it found
// one before the verb: "The book, critical of Scientology, was written by
// Marc Headley".
func (a *analysis) parsedSubject(k int, c *clause) bool {
	v := a.ch[k]
	if v.form != finite || a.tags[v.head] == "MD" || v.i > 0 && a.toks[v.i-1].Text == "-" {
		return false // "he will": no verb; "State - owned": a compound
	}
	m := k - 1
	for m >= 0 && (a.ch[m].kind == adv || a.ch[m].kind == quote) {
		m--
	}
	if m < 0 || a.ch[m].kind == wh && a.low[a.ch[m].i] == "which" {
		// Nothing before the verb, or "which" after something other than
		// a noun (", which worried Shaftesbury"): on CaRB dev the parse
		// found no subject there either, and each parse costs.
		return false
	}
	heads, rels := a.parse(v.j + parseAhead)
	h := v.head
	if rels[h] == "cop" || strings.HasPrefix(rels[h], "aux") {
		h = heads[h]
	}
	if h < 0 {
		return false
	}
	from := direct
	d := a.dependent(h, "nsubj", "nsubj:pass")
	if d >= 0 && a.low[d] != "what" && relativePronoun(a.low[d]) || d < 0 && rels[h] == "acl:relcl" {
		if rels[h] != "acl:relcl" {
			return false
		}
		d, from = heads[h], relative
	}
	if d < 0 || d >= v.i || !nominal(a.tags[d]) && a.low[d] != "what" {
		return false
	}
	s := a.phrase(d)
	if !a.subjectPhrase(s, d) {
		return false
	}
	if s.j > v.i {
		s.j = v.i
	}
	c.subj, c.subjs, c.from = s, nil, from
	return true
}

// relativePronoun reports whether w can open a relative clause as its
// subject.
func relativePronoun(w string) bool {
	return w == "who" || w == "which" || w == "that" || w == "whom" || w == "what"
}

// nominal reports whether a word tagged t can head a subject.
func nominal(t string) bool {
	return strings.HasPrefix(t, "NN") || t == "PRP" || t == "CD" || t == "VBG" || t == "JJ"
}

// finiteTag reports whether the Penn tag t marks a finite verb, which
// ends a noun phrase.
func finiteTag(t string) bool {
	return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD"
}

// subjectPhrase reports whether the phrase s headed by d reads as a
// subject, to catch the parser's errors: it does not open with a
// preposition or an adverb ("Because of this association", "not what"),
// end with a possessive ("the country 's"), hold a relative pronoun ("the
// cause of which") or rest on an adjective without a determiner ("Young
// and new").
func (a *analysis) subjectPhrase(s span, d int) bool {
	switch a.tags[s.i] {
	case "IN", "TO", "RB", "CC":
		return false
	}
	if a.tags[s.j-1] == "POS" || a.tags[d] == "JJ" && a.tags[s.i] != "DT" && a.tags[s.i] != "PRP$" {
		return false
	}
	for i := s.i; i < s.j; i++ {
		if i != d && (a.tags[i] == "WDT" || a.tags[i] == "WP" || a.tags[i] == "WP$" || a.low[i] == "that") {
			return false
		}
	}
	return true
}
