package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// labelTurns links the pronouns of a transcript whose turns open with
// the speaker's label in double parentheses ([speakerLabel]), as
// Wikinews prints its interviews: "I" (me, my, myself) outside
// quotations to the person whose label opens the turn, which runs on
// through the paragraphs after it that have no label of their own, up to
// the next label; and, in a turn whose label names no person of the
// document (the interviewer's "((WN))"), "you" in a question to the person
// who speaks next. "I" in such a turn is left alone, and so is "I" in a
// turn whose speaker is no person the document names (a pseudonym the
// recogniser does not take for a person): the interviewer, or a second
// interviewee, is not the first one.
//
// It returns the index of the first sentence that opens with a label, or
// len(sents) when fewer than two do or no label names a person (a
// transcript that labels only the interviewer's turns, "((WN))", and
// starts each answer with the speaker's name or initials, "MS Although we
// used ..."): the sentences before it are left to [docState.interview] and
// [docState.turns].
func (d *docState) labelTurns(sents []nlp.Sentence, qs []quote) int {
	first, n, people := len(sents), 0, false
	speaker := make([]*docEntity, len(sents)) // the turn's person, or nil
	labelled := make([]bool, len(sents))      // the turn's label names someone
	var e *docEntity
	in := false
	for si := range sents {
		if c, _, ok := d.speakerLabel(si, sents[si].Tokens); ok {
			e, in = c, true
			first = min(first, si)
			n++
			people = people || c != nil
		}
		speaker[si], labelled[si] = e, in
	}
	if n < 2 || !people {
		return len(sents)
	}
	// The person who answers each question: the next turn's person.
	next := make([]*docEntity, len(sents))
	var after *docEntity
	for si := len(sents) - 1; si >= first; si-- {
		if _, _, ok := d.speakerLabel(si, sents[si].Tokens); ok && speaker[si] != nil {
			after = speaker[si]
		}
		next[si] = after
	}
	outsideQuotes(sents, qs, func(si, a, b int) {
		if si < first || !labelled[si] {
			return
		}
		if _, end, ok := d.speakerLabel(si, sents[si].Tokens); ok {
			a = max(a, end)
		}
		if p := speaker[si]; p != nil {
			d.linkPronouns(si, sents[si], a, b, p, words(func(low string) bool { return firstPerson[low] }))
			return
		}
		toks := sents[si].Tokens
		if p := next[si]; p != nil && question(toks) {
			d.linkPronouns(si, sents[si], a, b, p, words(func(low string) bool { return secondPers[low] }))
		}
	})
	return first
}

// speakerLabel reports whether sentence si opens with a speaker's label
// in double parentheses ("((Ann Lee)) I met him in Oslo.", "((WN)) Why
// did you run?"), and returns the person the label names (nil when it is
// no person of the document: the interviewer's initials, a pseudonym) and
// the index of the token after the label.
func (d *docState) speakerLabel(si int, toks []nlp.Token) (*docEntity, int, bool) {
	start, end, after := nlp.SpeakerLabel(toks)
	if after == 0 {
		return nil, 0, false
	}
	for _, m := range d.sents[si] {
		if m.start == start && m.end == end && m.ent != nil && m.ent.typ == schema.Person {
			return m.ent, after, true
		}
	}
	return nil, after, true
}

// isLabel reports whether mention c of sentence si is the speaker's label
// in double parentheses that opens it ("((WN)) What does this tell us?"):
// a turn's label is no antecedent of a pronoun ("Well, it tells me ..."
// in the answer is not the interviewer), since its speaker is "I" in the
// turn and "you" to the other ([docState.labelTurns]).
func (d *docState) isLabel(si int, c *mention) bool {
	start, end, after := nlp.SpeakerLabel(d.input[si].Tokens)
	return after > 0 && c.start == start && c.end == end
}

// labelOnly reports whether every sentence that mentions e opens with a
// speaker's label in double parentheses that writes e's name or an alias
// ("((WN)) Why did you run?"): e is then only the label of the
// interviewer's turns, not an actor the text speaks of.
func (d *docState) labelOnly(e *docEntity) bool {
	if len(e.mentions) == 0 {
		return false
	}
	for si := range e.mentions {
		if si >= len(d.input) {
			return false
		}
		toks := d.input[si].Tokens
		start, end, after := nlp.SpeakerLabel(toks)
		if after == 0 {
			return false
		}
		label := joinText(toks[start:end])
		if label != e.name && !e.aliases[label] {
			return false
		}
	}
	return true
}

// labelledBefore reports whether a speaker's label in double parentheses
// names person e in sentence si or before it ("((Ann Lee)) I ..."): in a
// transcript e speaks of himself as "I" and is "you" to the one who asks,
// so that a "he" or "she" near another person named is not e by the
// number of e's labels alone ("((WN)) Earlier, Bo Kim, a grandmaster,
// lost in Oslo: she chose to resign.").
func (d *docState) labelledBefore(e *docEntity, si int) bool {
	for j := min(si, len(d.sents)-1); j >= 0; j-- {
		if p, _, ok := d.speakerLabel(j, d.input[j].Tokens); ok && p == e {
			return true
		}
	}
	return false
}

// labelPersons gives a person's hint to the guessed lone words that a
// speaker's label in double parentheses writes somewhere in the document
// ("((Jaya)) Hi. I am a sex worker."), and to their other guessed
// mentions: who has the floor in a transcript is a person, whatever the
// recogniser makes of a name it never saw. Acronyms ("((WN))", the
// interviewer's initials) and names the gazetteer knows keep their reading.
// ms are the mentions of sents, changed in place.
func labelPersons(sents []nlp.Sentence, ms [][]*mention) {
	labels := map[string]bool{}
	for i, s := range sents {
		start, end, after := nlp.SpeakerLabel(s.Tokens)
		if after == 0 || end != start+1 {
			continue
		}
		for _, m := range ms[i] {
			if m.start == start && m.end == end && m.kind == mSingle && m.guess && m.gaz == nil && !isAcronym(m.name) {
				labels[m.name] = true
			}
		}
	}
	if len(labels) == 0 {
		return
	}
	for _, s := range ms {
		for _, m := range s {
			if m.kind == mSingle && m.guess && m.gaz == nil && labels[m.name] {
				m.hint = schema.Person
			}
		}
	}
}
