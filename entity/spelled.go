package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// spelledLinks are the lower-case words and marks that may join the
// capitalised words of a name its bracketed acronym spells ("National
// Oceanic and Atmospheric Administration (NOAA)", "Transport for London
// (TfL)", "United Nations Educational, Scientific and Cultural
// Organization (UNESCO)").
var spelledLinks = newWordSet(map[string]bool{
	"of": true, "and": true, "for": true, "on": true, "in": true, "the": true, "&": true, ",": true,
})

// spelledHeads are the head nouns of public bodies that [orgHead]'s list
// leaves out, because alone they name things as often as bodies ("the
// Administration", "shopping centers"); in a name its acronym spells they
// name the body.
var spelledHeads = map[string]bool{
	"Administration": true, "Centers": true, "Observatory": true, "Laboratory": true, "Laboratories": true,
}

// companyWords end a company's name that its acronym may leave out:
// "Pacific Gas and Electric Company (PG&E)".
var companyWords = map[string]bool{"Company": true, "Corporation": true, "Inc": true, "Inc.": true}

// spelledRun returns the index of the "(" that follows the run of
// capitalised words and [spelledLinks] starting at token a when the
// acronym in the brackets spells the run: its capitals are the initials of
// the run's capitalised words, in order, and its lower-case letters are
// skipped ("African Continental Free Trade Area (AfCFTA)", "Catholic
// Bishops' Conference of the Philippines (CBCP)"), as is an ampersand
// for "and" ("PG&E"), and a company's last word may be left out
// ([companyWords]). It returns -1 otherwise.
func spelledRun(toks []nlp.Token, a int) int {
	var initials []byte
	for k := a; k < len(toks); k++ {
		switch w := toks[k].Text; {
		case w == "(":
			if len(initials) < 2 || k+2 >= len(toks) || toks[k+2].Text != ")" {
				return -1
			}
			if acr := toks[k+1].Text; !spells(acr, initials) && !(companyWords[toks[k-1].Text] && spells(acr, initials[:len(initials)-1])) {
				return -1
			}
			return k
		case k > a && spelledLinks.has(w), toks[k].Tag == "POS" && k > a:
		case isCap(w) && isWord(w):
			initials = append(initials, w[0])
		default:
			return -1
		}
	}
	return -1
}

// spells reports whether acr, without its lower-case letters, is
// initials.
func spells(acr string, initials []byte) bool {
	n := 0
	for i := 0; i < len(acr); i++ {
		switch c := acr[i]; {
		case c >= 'a' && c <= 'z', c == '&' && i > 0:
		case c >= 'A' && c <= 'Z':
			if n == len(initials) || initials[n] != c {
				return false
			}
			n++
		default:
			return false
		}
	}
	return n == len(initials)
}

// spelledOrg returns the organisation that the run seg names when its
// bracketed acronym spells it ([spelledRun]) and one of its words is a
// body's head noun ("Recording Industry Association of America (RIAA)",
// "National Oceanic and Atmospheric Administration (NOAA)"): one name,
// though a state's ("America") or a body's name the gazetteer knows lies
// inside it, or "and" joins its words. The acronym then joins it
// ([docState.bracketAcronym]). A run that ends in the head noun of a work,
// a law or a contest ("Digital Millennium Copyright Act (DMCA)") or that
// no body's word holds ("Automatic Identification System (AIS)") is left
// to the other rules, as is one after a title or after "a" ([kindAfterA]).
// It returns nil otherwise.
func (r *Resolver) spelledOrg(s nlp.Sentence, seg []unit, titles []*title) *mention {
	a, b := seg[0].start, seg[len(seg)-1].end
	if len(titles) > 0 || spelledRun(s.Tokens, a) != b {
		return nil
	}
	last := s.Tokens[b-1].Text
	if workWords[last] || periodWord(last) || techAcronyms[last] {
		return nil
	}
	head := false
	for _, t := range s.Tokens[a:b] {
		head = head || r.g.is("orghead", t.Text) || spelledHeads[t.Text]
	}
	if !head {
		return nil
	}
	m := &mention{kind: mName, start: a, end: b, surface: spanText(s, a, b), typ: schema.Organization}
	m.name = cleanName(m.surface)
	if kindAfterA(s, m) {
		return nil // "a Project of Common Interest (PCI)": a kind, no body
	}
	return m
}

// expansion reads the words in brackets at token i, right after an
// acronym (and a noun, or not), that spell it ([spells]; the capitalised
// words' initials, with [spelledLinks] between them; an acronym of three
// letters or more may spell a run of them): "the RMT union (National
// Union of Rail, Maritime and Transport Workers)", "a CVE [Common
// Vulnerabilities and Exposures]". It returns the token after the closing bracket, or i when
// the words spell no acronym before them, and, when a word of them is a
// body's head noun, the body's mention; words that name no body, nor a
// site or a place by its head noun, name no actor ("Common
// Vulnerabilities and Exposures").
func (r *Resolver) expansion(s nlp.Sentence, i int) (*mention, int) {
	toks := s.Tokens
	if i < 2 || toks[i-1].Text != "(" && toks[i-1].Text != "[" {
		return nil, i
	}
	acr := toks[i-2].Text
	if i >= 3 && !isCap(acr) && strings.HasPrefix(toks[i-2].Tag, "NN") {
		acr = toks[i-3].Text // "the RMT union (...)"
	}
	if !isAcronym(acr) || len(acr) < 2 {
		return nil, i
	}
	closing := ")"
	if toks[i-1].Text == "[" {
		closing = "]"
	}
	var initials []byte
	head := false
	j := i
	for ; j < len(toks) && toks[j].Text != closing; j++ {
		switch w := toks[j].Text; {
		case spelledLinks.has(w) && j > i:
		case isCap(w) && isWord(w):
			initials = append(initials, w[0])
			head = head || r.g.is("orghead", w)
		default:
			return nil, i
		}
	}
	if j == len(toks) || len(initials) < 2 || !spells(acr, initials) && !(len(acr) >= 3 && strings.Contains(string(initials), acr)) {
		return nil, i
	}
	if last := toks[j-1].Text; !head && (siteHeads[last] || r.g.is("regionhead", last) || r.g.is("placehead", last)) {
		return nil, i // "QVM [Queen Victoria Market]", "the CBD (Central Business District)": a place's name, left to the other rules
	}
	if !head {
		return nil, j + 1
	}
	name := cleanName(spanText(s, i, j))
	return &mention{kind: mName, start: i, end: j, surface: spanText(s, i, j), name: name, typ: schema.Organization}, j + 1
}
