package entity

import "strings"

// intentVerbs are the words before "to" that make what follows an
// intention, a hope, an attempt or a plan rather than an act that
// happened: "plans to visit", "hopes to meet", "is expected to sign",
// "tried to call". "Decided to" mostly tells of what was then done, and
// "refused to" and "failed to" state a negated act (not_return_to): they
// are none of these.
var intentVerbs = map[string]bool{
	"plan": true, "hope": true, "want": true, "wish": true, "intend": true, "aim": true, "seek": true,
	"sought": true, "try": true, "attempt": true, "expect": true, "propose": true, "vow": true,
	"pledge": true, "promise": true, "plot": true, "threaten": true, "prepare": true, "offer": true,
	"agree": true, "schedule": true, "due": true,
	"likely": true, "unlikely": true, "poised": true, "eager": true, "willing": true, "ready": true,
	"going": true, "scheduled": true, "set": true, "expected": true, "reluctant": true,
}

// intended reports whether relation, an extraction's relation as written,
// puts its act behind a word of intention and "to" ("plans to visit", "is
// expected to sign with"): the sentence says the act is wanted or planned,
// not that it happened, and it gives no fact between actors.
func intended(relation string) bool {
	w := strings.Fields(strings.ToLower(relation))
	for i := 1; i+1 < len(w); i++ {
		if w[i] == "to" && intentVerbs[verbBase(w[i-1])] {
			if w[i-1] == "set" && (i < 2 || !beForms[w[i-2]]) {
				continue // "set out to"; only "is set to meet"
			}
			return true
		}
	}
	return false
}

// verbBase returns the base form of w, a verb's inflected form, as far as
// the regular endings go ("planned" → "plan", "tried" → "try", "hopes" →
// "hope"); words in [intentVerbs] as written stay as they are.
func verbBase(w string) string {
	if intentVerbs[w] {
		return w
	}
	for _, c := range []struct{ suffix, repl string }{
		{"ied", "y"}, {"ies", "y"}, {"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"}, {"es", ""}, {"s", ""},
	} {
		if b, ok := strings.CutSuffix(w, c.suffix); ok && len(b) > 1 {
			if intentVerbs[b+c.repl] {
				return b + c.repl
			}
			if n := len(b); c.repl == "" && n > 2 && b[n-1] == b[n-2] && intentVerbs[b[:n-1]] {
				return b[:n-1] // "planned", "planning"
			}
		}
	}
	return w
}
