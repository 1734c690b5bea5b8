package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// verbBase returns the base form in set of w, a verb's inflected form, as
// far as the regular endings go ("planned" → "plan", "tried" → "try",
// "hopes" → "hope"), or w when set has none.
func verbBase(w string, set map[string]bool) string {
	if set[w] {
		return w
	}
	for _, c := range []struct{ suffix, repl string }{
		{"ied", "y"}, {"ies", "y"}, {"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"}, {"es", ""}, {"s", ""},
	} {
		if b, ok := strings.CutSuffix(w, c.suffix); ok && len(b) > 1 {
			if set[b+c.repl] {
				return b + c.repl
			}
			if n := len(b); c.repl == "" && n > 2 && b[n-1] == b[n-2] && set[b[:n-1]] {
				return b[:n-1] // "planned", "planning"
			}
		}
	}
	return w
}

// wantWords are the verbs and nouns before an infinitive's "to" (the verb
// perhaps with an object between) that ask for, plan or permit its act
// without saying it happened: "urged Sweden to join NATO", "a bid to buy
// Globex". A refusal ("denied visas to enter Norway") is [intention]'s:
// "received visas to enter Sweden" tells of the entry.
var wantWords = map[string]bool{
	"urge": true, "ask": true, "invite": true, "encourage": true, "persuade": true, "press": true,
	"pressure": true, "push": true, "lobby": true, "implore": true, "beg": true, "advise": true,
	"want": true, "bid": true, "bids": true,
	"effort": true, "efforts": true, "attempt": true, "attempts": true, "plan": true, "plans": true,
	"proposal": true, "request": true, "call": true, "calls": true, "welcome": true,
}

// purpose reports whether extraction x of sentence s is an infinitive's
// act that the clause around it asks for, plans or permits rather than
// states: "urged Sweden to join NATO", "a bid to buy Initech", "is
// welcome to come and tour the plant". A journey's purpose ("traveled to
// Russia to oversee the troops") stays a fact.
// Its relation's first word follows "to", and the word before "to", or
// the verb a few words before it, is one of [wantWords].
func purpose(s nlp.Sentence, x schema.Extraction) bool {
	rel := strings.Fields(strings.ToLower(x.Relation))
	if len(rel) == 0 {
		return false
	}
	end := x.Object.Start
	if x.Object.End <= x.Object.Start {
		end = len(s.Text)
	}
	k := -1
	for i, t := range s.Tokens {
		if t.Start >= x.Subject.End && t.End <= end && strings.EqualFold(t.Text, rel[0]) {
			k = i
		}
	}
	if k > 2 && (s.Tokens[k-1].Text == "and" || s.Tokens[k-1].Text == "or") && s.Tokens[k-2].Tag == "VB" {
		k -= 2 // "welcome to come and tour the company"
	}
	if k < 2 || !strings.EqualFold(s.Tokens[k-1].Text, "to") {
		return false
	}
	switch w := strings.ToLower(s.Tokens[k-2].Text); {
	case w == "on":
		return false // "went on to win"
	case wantWords[verbBase(w, wantWords)]:
		return true // "a bid to buy", "welcome to visit"
	}
	for i := k - 3; i >= 0 && i >= k-6; i-- {
		if t := s.Tokens[i]; strings.HasPrefix(t.Tag, "VB") {
			w := strings.ToLower(t.Text)
			return wantWords[verbBase(w, wantWords)] // "urged Sweden to join"
		}
	}
	return false
}
