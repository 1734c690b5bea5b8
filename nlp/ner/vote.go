package ner

import "strings"

// agree gives each named mention of a document the type the document gives
// its name most often, the second pass of Ratinov and Roth (2009)'s
// document-level agreement: a name keeps one type within a document.
// words and spans are the document's sentences in order; spans are
// changed in place. A one-word name also counts the person names it ends
// ("Norton" after "Joshua Norton"). A tie keeps the first pass's type.
// With steps (nil for none), parallel to spans, a mention whose type it
// changes is marked [ByVote], or [ByCue] when the words beside a mention
// of the name voted for the type it takes.
func agree(words [][]string, spans [][]Span, steps [][]Step) {
	count := map[string]*[4]int{}
	cued := map[string]*[4]bool{}
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
			if t := cue(words[si], sp.Start-1, sp.End); t != "" {
				for range cueWeight {
					add(key(ws), t)
				}
				if steps != nil {
					if cued[key(ws)] == nil {
						cued[key(ws)] = new([4]bool)
					}
					cued[key(ws)][typeIndex(t)] = true
				}
			}
			if sp.Type == Person && len(ws) > 1 {
				add(key(ws[len(ws)-1:]), Person)
			}
		}
	}
	for si, ss := range spans {
		for j, sp := range ss {
			k := key(words[si][sp.Start-1 : sp.End])
			c := count[k]
			best := typeIndex(sp.Type)
			for t, n := range c {
				if n > c[best] {
					best = t
				}
			}
			if steps != nil && types[best] != sp.Type {
				steps[si][j] = ByVote
				if cu := cued[k]; cu != nil && cu[best] {
					steps[si][j] = ByCue
				}
			}
			ss[j].Type = types[best]
		}
	}
}

// cue returns the type the words beside the name at words[a:b] give it,
// or "": a courtesy title before it ("Mr Hastor"), a lower-case noun for
// a kind of body right before it ("the union Unite"), a noun for a kind of
// place before "of" ("the village of Banjal"), a family's noun after it
// ("the Hastor family").
func cue(words []string, a, b int) Type {
	at := func(k int) string {
		if k < 0 || k >= len(words) {
			return ""
		}
		return words[k]
	}
	switch prev := at(a - 1); {
	case courtesy[prev]:
		return Person
	case bodyNouns[prev]:
		return Organization
	case prev == "of" && placeNouns[at(a-2)] && at(a-3) == "the":
		return Place
	}
	if familyNouns[at(b)] {
		return Person
	}
	return ""
}

// cueWeight is how many votes the words beside a mention give its type:
// more than the recogniser's guesses at that mention and two others.
const cueWeight = 4

var (
	courtesy    = map[string]bool{"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Dr": true, "Dr.": true}
	familyNouns = map[string]bool{"family": true, "clan": true}
	placeNouns  = map[string]bool{"city": true, "town": true, "village": true, "province": true, "state": true, "region": true, "island": true, "county": true, "kingdom": true, "republic": true}
	bodyNouns   = map[string]bool{
		"union": true, "company": true, "firm": true, "band": true, "party": true, "agency": true, "airline": true,
		"carrier": true, "division": true, "subsidiary": true, "charity": true, "newspaper": true, "magazine": true,
		"broadcaster": true, "retailer": true, "automaker": true, "carmaker": true, "network": true, "label": true,
	}
)

var types = [4]Type{Person, Organization, Place, Other}

func typeIndex(t Type) int {
	for i, u := range types {
		if u == t {
			return i
		}
	}
	return 0
}
