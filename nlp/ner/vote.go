package ner

import "strings"

// agree gives each named mention of a document the type the document gives
// its name most often, the second pass of Ratinov and Roth (2009)'s
// document-level agreement: a name keeps one type within a document.
// words and spans are the document's sentences in order; spans are
// changed in place. A one-word name also counts the person names it ends
// ("Norton" after "Joshua Norton"), the words beside a mention count for
// more ([cue]), and so does a list of names most of which share a type,
// for its other names ([lists]). A tie keeps the first pass's type.
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
		for _, l := range lists(words[si], ss) {
			for _, sp := range ss[l.from:l.to] {
				if sp.Type != l.typ {
					k := key(words[si][sp.Start-1 : sp.End])
					for range listWeight {
						add(k, l.typ)
					}
					if steps != nil {
						if cued[k] == nil {
							cued[k] = new([4]bool)
						}
						cued[k][typeIndex(l.typ)] = true
					}
				}
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

// A list is a run of a sentence's mentions, spans[from:to], that commas,
// "and", "or" and "&" alone join, most of which have type typ.
type list struct {
	from, to int
	typ      Type
}

// lists returns the lists of at least three names, commas among their
// joins, among the spans of a sentence of words whose most mentions, more
// than half, share a type: "Delta, Frontier, Hawaiian, JetBlue",
// "Edgewater, Englewood Cliffs, Cliffside Park and Leonia" name things of
// one kind; "Lord Diplock and Browning and War Office", a case's parties,
// need not.
func lists(words []string, spans []Span) []list {
	var out []list
	for i := 0; i < len(spans); {
		j, comma := i+1, false
		for j < len(spans) && joined(words[spans[j-1].End:spans[j].Start-1]) {
			comma = comma || words[spans[j-1].End] == ","
			j++
		}
		if j-i >= 3 && comma {
			var n [4]int
			for _, sp := range spans[i:j] {
				n[typeIndex(sp.Type)]++
			}
			for t, c := range n {
				if 2*c > j-i {
					out = append(out, list{i, j, types[t]})
				}
			}
		}
		i = j
	}
	return out
}

// joined reports whether the words between two names join them in a
// list: a comma, "and", "or", "&", or a comma and one of these.
func joined(between []string) bool {
	switch len(between) {
	case 1:
		return listWords[between[0]]
	case 2:
		return between[0] == "," && listWords[between[1]] && between[1] != ","
	}
	return false
}

var listWords = map[string]bool{",": true, "and": true, "or": true, "&": true}

// listWeight is how many votes a list gives each of its names for the
// type most of them have: enough to turn a name the document mentions once.
const listWeight = 2

// cue returns the type the words beside the name at words[a:b] give it,
// or "": a courtesy title before it ("Mr Hastor"), a lower-case noun for
// a kind of body right before it ("the union Unite"), a noun for a kind of
// place before "of" ("the village of Banjal"), a family's noun after it
// ("the Hastor family"), an academic citation ("(Porte, 2012)": its
// author, [citation]), a noun that describes it in apposition or after a
// copula ("Airbnb, a company that": [describedBy]).
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
	if citation(at, a, b) {
		return Person
	}
	return describedBy(at, b)
}

// citation reports whether the name at words [a, b) (at(k) is word k, ""
// outside) is an author's in an academic citation: before "et al."
// ("Munafò et al., 2017"), or between an opening bracket or a semicolon
// and a comma and a year ("(Porte, 2012)", "; Mulligan, 2016").
func citation(at func(int) string, a, b int) bool {
	if at(b) == "et" && (at(b+1) == "al." || at(b+1) == "al") {
		return true
	}
	prev := at(a - 1)
	return (prev == "(" || prev == ";") && at(b) == "," && year(at(b+1))
}

// year reports whether w is a year of four digits.
func year(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// describedBy returns the type that the noun describing the name ending
// before word b gives it, in apposition or as a copula's complement: the
// first noun of [describedAs] among the next few words after ", a", ",
// the", "is a", "was the" and the like ("Airbnb, a company that",
// "Mérida is the capital of", "Siwu, a language of") that punctuation, a
// preposition or a relative pronoun follows, or "".
func describedBy(at func(int) string, b int) Type {
	k := b
	switch at(k) {
	case ",":
		k++
		if !articles[at(k)] {
			return ""
		}
	case "is", "was":
		k++
		if !articles[at(k)] {
			return ""
		}
	default:
		return ""
	}
	for end := k + 6; k < end; k++ {
		w := at(k)
		if t, ok := describedAs[w]; ok {
			if next := at(k + 1); next == "" || describedStops[next] || !isLower(next) && !isCap(next) {
				return t
			}
			return "" // not "World War II, the municipality experienced": a clause's subject
		}
		if w == "" || describedStops[w] || !isLower(w) && w != "'s" {
			return ""
		}
	}
	return ""
}

// isCap reports whether w starts with an upper-case letter (A-Z).
func isCap(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// isLower reports whether w starts with a lower-case letter or a digit
// (modifiers of a describing noun: "a 14-year-old", "third").
func isLower(w string) bool {
	return w != "" && (w[0] >= 'a' && w[0] <= 'z' || w[0] >= '0' && w[0] <= '9' || w[0] == '-')
}

var (
	articles       = map[string]bool{"a": true, "an": true, "the": true}
	describedStops = map[string]bool{"of": true, "that": true, "which": true, "who": true, "in": true, "for": true, "and": true, "or": true, "with": true, "from": true, "at": true, "on": true, "by": true, "to": true}
	// describedAs are the nouns that say what a name describes.
	describedAs = map[string]Type{
		"city": Place, "town": Place, "village": Place, "country": Place, "state": Place, "province": Place,
		"region": Place, "island": Place, "county": Place, "capital": Place, "district": Place, "suburb": Place,
		"neighbourhood": Place, "neighborhood": Place, "municipality": Place, "peninsula": Place, "river": Place,
		"lake": Place, "mountain": Place, "archipelago": Place, "port": Place, "kingdom": Place, "republic": Place,

		"company": Organization, "firm": Organization, "corporation": Organization, "organization": Organization,
		"organisation": Organization, "agency": Organization, "party": Organization, "union": Organization,
		"band": Organization, "team": Organization, "club": Organization, "university": Organization,
		"college": Organization, "school": Organization, "charity": Organization, "newspaper": Organization,
		"magazine": Organization, "broadcaster": Organization, "airline": Organization, "bank": Organization,
		"ministry": Organization, "council": Organization, "committee": Organization, "association": Organization,
		"foundation": Organization, "institute": Organization, "startup": Organization, "publisher": Organization,

		"man": Person, "woman": Person, "boy": Person, "girl": Person, "writer": Person, "author": Person,
		"poet": Person, "actor": Person, "actress": Person, "singer": Person, "musician": Person, "artist": Person,
		"politician": Person, "player": Person, "scientist": Person, "mathematician": Person, "philosopher": Person,
		"teacher": Person, "student": Person, "professor": Person, "lawyer": Person, "journalist": Person,
		"king": Person, "queen": Person, "emperor": Person, "founder": Person, "priest": Person, "monk": Person,

		"language": Other, "film": Other, "movie": Other, "novel": Other, "book": Other, "song": Other,
		"album": Other, "series": Other, "game": Other, "festival": Other, "war": Other, "battle": Other,
		"storm": Other, "hurricane": Other, "cyclone": Other, "typhoon": Other, "disease": Other, "ship": Other,
	}
)

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
