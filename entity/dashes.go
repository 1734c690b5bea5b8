package entity

import (
	"slices"

	"github.com/kg-project/kg/nlp"
)

// dashApposition returns s with the two dashes that set off an apposition
// after a name read as the commas they stand for: "Tom Wu — former
// Trade Minister, mayor of Oslo, and member of the Storting — as the
// new chair" states the roles that "Tom Wu, former Trade
// Minister, ..., as" does, and "Acme's chief executive — Ann Lee —
// criticised" what "Acme's chief executive, Ann Lee, criticised" does.
// Only a dash written apart from the words beside it, right after a
// mention's end or right before a name that the next dash ends, and the
// next such dash in the sentence are read so; s is returned unchanged otherwise. The tokens are
// copied.
func dashApposition(s nlp.Sentence, ms []*mention) nlp.Sentence {
	open := -1
	for k, t := range s.Tokens {
		if !looseDash(s, t) {
			continue
		}
		if open < 0 {
			if !mentionEndsAt(ms, k) && !nameSetOff(s, ms, k) {
				return s
			}
			open = k
			continue
		}
		if k-open < 3 {
			return s
		}
		toks := slices.Clone(s.Tokens)
		for _, j := range []int{open, k} {
			// A fresh token: the analyser's lower-case copy of the
			// dash would stay behind in a field set in place, and the
			// rules that read words in lower case would see the dash.
			toks[j] = nlp.Token{Text: ",", Tag: ",", Start: toks[j].Start, End: toks[j].End}
		}
		s.Tokens = toks
		return s
	}
	return s
}

// looseDash reports whether t, a token of s, is a dash with a space on
// each side (" — ", " - ").
func looseDash(s nlp.Sentence, t nlp.Token) bool {
	if t.Text != "-" && t.Text != "--" || t.Start < 1 || t.End >= len(s.Text) {
		return false
	}
	return s.Text[t.Start-1] == ' ' && s.Text[t.End] == ' '
}

// mentionEndsAt reports whether a named mention of ms ends right before
// token k.
func mentionEndsAt(ms []*mention, k int) bool {
	for _, m := range ms {
		if m.end == k && named(m) {
			return true
		}
	}
	return false
}

// nameSetOff reports whether a named mention of ms starts right after the
// dash at token k of s and ends right before another dash: "the union's
// leader — Ann Lee — said".
func nameSetOff(s nlp.Sentence, ms []*mention, k int) bool {
	for _, m := range ms {
		if m.start == k+1 && named(m) && m.end < len(s.Tokens) && looseDash(s, s.Tokens[m.end]) {
			return true
		}
	}
	return false
}
