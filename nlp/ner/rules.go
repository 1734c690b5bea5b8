package ner

import (
	"slices"
	"strings"
)

// mend corrects the spans the decoder found in a sentence of words, with
// the lexicon lex (nil for none), where the weights read a name otherwise
// than its own words say, and returns them (changed in place; a new slice
// when a span is split):
//
//   - an e-mail or web address is no part of a name: a span is cut around
//     one ("Ann Lee ann.lee@kelton.edu Kelton University" in a paper's
//     heading is "Ann Lee" and "Kelton University");
//   - a name opens and ends with no connector written in capitals
//     ("ORAL ARGUMENT OF GEN. ELIZABETH B. PRELOGAR": the name is
//     "GEN. ELIZABETH B. PRELOGAR"), and a connector alone is no name;
//   - a person's name starts after the titles before it, as [Gold] cuts
//     it ("Senator Hatfield" is "Hatfield"; a title alone stays, which
//     package entity reads as no name of its own);
//   - a title in the plural alone ("Senators", "Governors") is no name,
//     unless the lexicon knows it as one ("Lords"), and a capital letter
//     alone ("line E", an initial cut from its name) is no actor's;
//   - a name the lexicon knows as a product's ("Polaroids", "Mozilla
//     Firefox") is no actor's;
//   - a name the lexicon knows as an organisation's ("World Health
//     Organisation", "White House") is one, not a place or a thing, and
//     one it knows as a country's or a town's ("New Zealand") is a place,
//     not a thing;
//   - a name of several words whose head is an organisation's ("Collins
//     College", "Medical Journal of Australia", "Civic Party": [head]) names
//     the organisation, unless the lexicon knows the name, the head is a
//     building's, a site's or an undertaking's as often ([siteHeads]:
//     "Science Center", "Art Museum"), or it was read as a person's and
//     opens with a given name ("Tom Mills");
//   - a person's name of several words whose head is a site's, a
//     building's or a region's ("Shah Mosque", "Will Rogers Turnpike":
//     [siteHead]) names a place, unless it opens with a given name ("Tom
//     Bridge").
func mend(words []string, lex Lexicon, spans []Span) []Span {
	spans = splitAtAddresses(words, spans)
	out := spans[:0]
	for _, sp := range spans {
		for sp.Start <= sp.End && capsConnector(words[sp.Start-1]) {
			sp.Start++
		}
		for sp.End >= sp.Start && capsConnector(words[sp.End-1]) {
			sp.End--
		}
		if sp.Type == Person {
			if a := afterTitles(func(i int) string { return words[i-1] }, sp.Start, sp.End); a <= sp.End {
				sp.Start = a
			}
		}
		if sp.Start > sp.End || sp.Start == sp.End && (sp.Type != Other && letter(words[sp.Start-1]) || lex != nil && pluralTitle(lex, words[sp.Start-1])) {
			continue
		}
		if lex != nil {
			name := words[sp.Start-1 : sp.End]
			switch c := lex.Name(name); {
			case c == "Concept":
				sp.Type = Other
			case sp.Type == Organization:
			case c == "Organization" && sp.Type != Person:
				sp.Type = Organization
			case c == "GPE" && sp.Type == Other:
				sp.Type = Place
			case c == "" && len(name) > 1 && orgHead(lex, name) && (sp.Type != Person || !given(lex, name[0])):
				sp.Type = Organization
			case c == "" && len(name) > 1 && sp.Type == Person && siteHead(lex, name) && !given(lex, name[0]):
				sp.Type = Place
			}
		}
		out = append(out, sp)
	}
	return out
}

// capsConnector reports whether w is a connector of names ([connectors])
// written in capitals ("OF", "AND"), as in a heading.
func capsConnector(w string) bool { return capsConnectors[w] }

// capsConnectors are the words of [connectors] in capitals.
var capsConnectors = func() map[string]bool {
	m := map[string]bool{}
	for w := range connectors {
		if u := strings.ToUpper(w); u != w {
			m[u] = true
		}
	}
	return m
}()

// orgHead reports whether the head of name, the word before its first
// "of" or "for" or else its last, is an organisation's head word in lex
// ("College", "Journal", "Court") and not a site's ([siteHeads]).
func orgHead(lex Lexicon, name []string) bool {
	h := head(name)
	return !siteHeads[name[h]] && hasClass(lex, name[h], "orghead")
}

// head returns the index of the head word of name: the word before its
// first "of" or "for", or else its last.
func head(name []string) int {
	if i := slices.IndexFunc(name, func(w string) bool { return w == "of" || w == "for" }); i > 0 {
		return i - 1
	}
	return len(name) - 1
}

// hasClass reports whether class is among the classes lex gives word w.
func hasClass(lex Lexicon, w, class string) bool {
	for c := range strings.FieldsSeq(lex.Word(w)) {
		if c == class {
			return true
		}
	}
	return false
}

// siteHead reports whether the head of name ([head]) is a site's, a
// building's or a region's head word ([sites], the lexicon's "placehead"
// and "regionhead").
func siteHead(lex Lexicon, name []string) bool {
	h := name[head(name)]
	return sites[h] || hasClass(lex, h, "placehead") || hasClass(lex, h, "regionhead")
}

// sites are the head words of the names of sites and buildings, which GUM
// types as places ("Shah Mosque", "Will Rogers Turnpike").
var sites = map[string]bool{
	"Mosque": true, "Bridge": true, "Turnpike": true, "Airport": true, "Building": true, "Street": true,
	"Road": true, "Avenue": true, "Square": true, "Memorial": true, "Palace": true, "Temple": true,
	"Tower": true, "Castle": true, "Cathedral": true, "Station": true, "Stadium": true, "Museum": true,
	"Market": true, "Junction": true, "Zoo": true, "Boulevard": true, "Plaza": true,
}

// siteHeads are head words of organisations' names that name the building
// or the site as often, or an undertaking: GUM types "Great Lakes Science
// Center" and "Cleveland Museum of Art" as places, "Flag Consideration
// Project" and "Review Conference of the Parties" as neither.
var siteHeads = map[string]bool{
	"Center": true, "Centre": true, "Museum": true, "Hall": true, "Library": true, "Church": true,
	"Hospital": true, "Union": true, "Club": true, "Front": true, "Airport": true, "Station": true,
	"Stadium": true, "Theatre": true, "Theater": true, "Zoo": true, "Gallery": true, "Galleries": true,
	"Cathedral": true, "Project": true, "Program": true, "Programme": true, "Conference": true,
}

// given reports whether lex knows w as a given name.
func given(lex Lexicon, w string) bool {
	return hasClass(lex, w, "malename") || hasClass(lex, w, "femalename")
}

// pluralTitle reports whether w is the plural of a one-word title in lex
// ("Senators") and no name lex knows.
func pluralTitle(lex Lexicon, w string) bool {
	t, ok := strings.CutSuffix(w, "s")
	return ok && len(t) > 2 && hasClass(lex, t, "title") && lex.Name([]string{w}) == ""
}

// splitAtAddresses returns spans with the e-mail and web addresses among
// words ([address]) cut out of them, each span's parts keeping its type;
// spans itself when no span holds one.
func splitAtAddresses(words []string, spans []Span) []Span {
	has := func(sp Span) bool { return slices.ContainsFunc(words[sp.Start-1:sp.End], address) }
	if !slices.ContainsFunc(spans, has) {
		return spans
	}
	var out []Span
	for _, sp := range spans {
		start := sp.Start
		for i := sp.Start; i <= sp.End+1; i++ {
			if i <= sp.End && !address(words[i-1]) {
				continue
			}
			if i > start {
				out = append(out, Span{Start: start, End: i - 1, Type: sp.Type})
			}
			start = i + 1
		}
	}
	return out
}

// address reports whether w is an e-mail or a web address.
func address(w string) bool {
	return strings.Contains(w, "@") && len(w) > 1 || strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.")
}

// letter reports whether w is one capital letter, perhaps with a full stop
// ("E", "K."): an initial or a label, no name on its own.
func letter(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}
