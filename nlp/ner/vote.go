package ner

import "strings"

// agree gives each named mention of a document the type the document gives
// its name most often, the second pass of Ratinov and Roth (2009)'s
// document-level agreement: a name keeps one type within a document.
// words and spans are the document's sentences in order; spans are
// changed in place. A one-word name also counts the person names it ends
// ("Norton" after "Joshua Norton"). A tie keeps the first pass's type.
func agree(words [][]string, spans [][]Span) {
	count := map[string]*[4]int{}
	add := func(k string, t Type) {
		c := count[k]
		if c == nil {
			c = new([4]int)
			count[k] = c
		}
		c[typeIndex(t)]++
	}
	key := func(ws []string) string { return strings.ToLower(strings.Join(ws, " ")) }
	for si, ss := range spans {
		for _, sp := range ss {
			ws := words[si][sp.Start-1 : sp.End]
			add(key(ws), sp.Type)
			if sp.Type == Person && len(ws) > 1 {
				add(key(ws[len(ws)-1:]), Person)
			}
		}
	}
	for si, ss := range spans {
		for j, sp := range ss {
			c := count[key(words[si][sp.Start-1:sp.End])]
			best := typeIndex(sp.Type)
			for t, n := range c {
				if n > c[best] {
					best = t
				}
			}
			ss[j].Type = types[best]
		}
	}
}

var types = [4]Type{Person, Organization, Place, Other}

func typeIndex(t Type) int {
	for i, u := range types {
		if u == t {
			return i
		}
	}
	return 0
}
