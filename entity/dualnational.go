package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// dualNationals adds to ms, the mentions of sentence s in token order, the
// two states that a hyphenated pair of nationalities names before a
// person ("Canadian-US scientist Tom Wu", "British-Iranian aid worker Ann
// Lee", "Norwegian-American Ola Berg"): each state's adjective, over the
// same token, so that the person is from each as from one nationality
// ([nationalityRolePerson]). Only before a person's name, after at most
// three lower-case words: elsewhere such a pair names two sides ("the
// Israeli-Palestinian conflict", "US-China talks"), no one's nationality.
func (r *Resolver) dualNationals(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for i, t := range toks {
		if !isCap(t.Text) || strings.Count(t.Text, "-") != 1 || coveringAt(ms, i) >= 0 {
			continue
		}
		a, b, _ := strings.Cut(t.Text, "-")
		ea, eb := r.nationalityState(a), r.nationalityState(b)
		if ea == nil || eb == nil || ea == eb || !r.personAfterDescription(s, ms, i+1) {
			continue
		}
		ms = insertMention(ms, &mention{kind: mName, start: i, end: i + 1, surface: b, name: eb.name, typ: eb.typ, gaz: eb, adj: true})
		ms = insertMention(ms, &mention{kind: mName, start: i, end: i + 1, surface: a, name: ea.name, typ: ea.typ, gaz: ea, adj: true})
	}
	return ms
}

// nationalityState returns the sovereign state that w names as one half
// of a hyphenated pair of nationalities: its adjective ("Canadian") or its
// name ("US"), or nil.
func (r *Resolver) nationalityState(w string) *entry {
	if w == "" || !isCap(w) {
		return nil
	}
	name := r.g.demonyms[normKey(w)]
	if name == "" {
		name = w
	}
	if e := r.g.entries[normKey(name)]; r.sovereign(e) {
		return e
	}
	return nil
}

// personAfterDescription reports whether a person's name starts at token
// k of s, or after at most three lower-case nouns and adjectives from k
// ("scientist", "aid worker").
func (r *Resolver) personAfterDescription(s nlp.Sentence, ms []*mention, k int) bool {
	toks := s.Tokens
	for j := k; j < len(toks) && j <= k+3; j++ {
		if c := coveringAt(ms, j); c >= 0 {
			return ms[c].start == j && ms[c].typ == schema.Person
		}
		if isCap(toks[j].Text) || !strings.HasPrefix(toks[j].Tag, "NN") && !strings.HasPrefix(toks[j].Tag, "JJ") {
			return false
		}
	}
	return false
}
