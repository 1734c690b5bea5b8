package entity

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-project/kg/schema"
)

// State bodies across documents. The [Resolver] names a state's body or
// group by the state's adjective ("American government", "American
// troops") and renames it to a form its document writes with the state's
// name ("US government", "United States federal government",
// "Government of Iraq"; [docState.textNames]), keeping the adjective's
// form as an alias. A [Canon] joins the organisations of every document
// that share that adjective's form, as name or alias, into one node, named
// by the fullest name among them ([Canon.fullerBody]), so that a document
// that names the body by the adjective alone joins the node of one that
// writes the state's name. Groups are left apart ([Canon.stateKeys]).

// stateForm reports whether name is a state's adjective and lower-case
// words ("American government", "North Korean troops"), the form the
// Resolver composes; "Syrian Democratic Forces" is a name of its own.
func (g *gazetteer) stateForm(name string) bool {
	f := strings.Fields(name)
	for i := 1; i < len(f); i++ {
		rest := strings.Join(f[i:], " ")
		if strings.IndexFunc(rest, unicode.IsUpper) >= 0 {
			continue
		}
		adj := strings.Join(f[:i], " ")
		if st := g.demonyms[normKey(adj)]; st != "" && g.adjOf[st] == adj {
			return true
		}
	}
	return false
}

// stateKeys returns the keys of the adjective's forms of e, an
// organisation: its name when that is such a form, else its aliases that
// are, or none. A group ("U.S. troops", "American citizens") has none: it
// is the people one report speaks of, no standing body, and reports write
// it in words and spellings of their own ("US special forces", "United
// States military forces"), so each keeps its document's name rather than
// take one other report's, which its own report never writes.
func (c *Canon) stateKeys(e schema.Entity) []canonKey {
	if e.Type != schema.Organization {
		return nil
	}
	if c.g.stateForm(e.Name) {
		return []canonKey{{normKey(e.Name), e.Type}}
	}
	var keys []canonKey
	for _, a := range e.Aliases {
		if k := (canonKey{normKey(a), e.Type}); c.g.stateForm(a) && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	if f := c.g.statePrefixed(e.Name); f != "" {
		// Its name's, not its aliases': an alias a document joined
		// wrongly ("U.S. Senate" to the Puerto Rico Senate) would carry
		// the error to every document.
		if k := (canonKey{normKey(f), e.Type}); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// statePrefixed returns the adjective's form ([gazetteer.stateForm]) of
// name, a sovereign state's name, alias or initials before a capitalised name
// ("U.S. House of Representatives", "United States House of
// Representatives": "American house of representatives"), so that the
// spellings of a state's body join, or "". An adjective opens a name of
// its own ("Syrian Democratic Forces"), and a party's name is left alone:
// "U.S. Libertarian Party" may be how its document tells it from another
// state's party of that name.
func (g *gazetteer) statePrefixed(name string) string {
	if st, rest := g.stateOpened(name); st != "" {
		return g.adjOf[st] + " " + strings.ToLower(rest)
	}
	return ""
}

// afterState returns the words of name after the sovereign state's name,
// alias or initials it opens with ("House of Representatives" for "United
// States House of Representatives"), as [gazetteer.statePrefixed] reads
// them, or "".
func (g *gazetteer) afterState(name string) string {
	_, rest := g.stateOpened(name)
	return rest
}

// stateOpened returns the sovereign state with an adjective's form whose
// name, alias or initials (up to three words) open name before a
// capitalised word, and the words after them, or "" and "". A party's
// name opens with none.
func (g *gazetteer) stateOpened(name string) (state, rest string) {
	if partyNamed(name, nil) {
		return "", ""
	}
	var arr [8]string // most names: the words without an allocation
	f := appendFields(arr[:0], name)
	for i := 1; i < len(f) && i <= 3; i++ {
		if !isCap(f[i]) {
			return "", ""
		}
		if st := g.stateWritten(strings.Join(f[:i], " ")); st != "" && g.adjOf[st] != "" {
			return st, strings.Join(f[i:], " ")
		}
	}
	return "", ""
}

// stateWritten returns the sovereign state that w, a name, alias or
// initials, writes ("United States", "U.S.", "US": the United States),
// or "". A state's adjective ("American") is none.
func (g *gazetteer) stateWritten(w string) string {
	if e := g.entries[normKey(w)]; e != nil && e.typ == schema.GPE && e.in == "" {
		return e.name
	}
	if strings.ToUpper(w) == w {
		return g.demonyms[normKey(w)] // "U.S.", "US": an adjective written as the state's initials
	}
	return ""
}

// knowState records e, stored or joined, as the node of its state's
// body under each of its keys where it is the fullest name known.
func (c *Canon) knowState(e schema.Entity) {
	for _, k := range c.stateKeys(e) {
		if n := c.states[k]; n == nil || c.fullerBody(e.Name, n.name) {
			c.states[k] = &known{name: e.Name, typ: e.Type}
		}
	}
}

// joinState returns the name of the known node of e's state body that
// e joins (the fullest, when its keys name several), or "", with the
// merge of that node into e appended when e's name is the fuller one.
func (c *Canon) joinState(e schema.Entity, merges []schema.Merge) (string, []schema.Merge) {
	var n *known
	for _, k := range c.stateKeys(e) {
		if o := c.states[k]; o != nil && (n == nil || c.fullerBody(o.name, n.name)) {
			n = o
		}
	}
	if n == nil || normKey(n.name) == normKey(e.Name) || c.apart(n.name, e.Name) {
		return "", merges
	}
	if !c.fullerBody(e.Name, n.name) {
		return n.name, merges
	}
	merges = append(merges, schema.Merge{From: n.name, To: e.Name})
	delete(c.byKey, canonKey{normKey(n.name), n.typ})
	for k, o := range c.states {
		if o.typ == n.typ && o.name == n.name {
			c.states[k] = &known{name: e.Name, typ: e.Type} // the merged node's keys are e's
		}
	}
	return "", merges
}

// fullerBody reports whether a is a fuller name of a state's body than
// b: a name the text writes before the adjective's form, then a state's
// full name before an acronym ("United States troops", not "U.S.
// military personnel"), then the one of more words, then the longer,
// then the first in byte order, so that the order of the documents does
// not decide.
func (c *Canon) fullerBody(a, b string) bool {
	if fa, fb := c.g.stateForm(a), c.g.stateForm(b); fa != fb {
		return fb
	}
	if aa, ab := slices.ContainsFunc(strings.Fields(a), isAcronym), slices.ContainsFunc(strings.Fields(b), isAcronym); aa != ab {
		return ab
	}
	if wa, wb := len(strings.Fields(a)), len(strings.Fields(b)); wa != wb {
		return wa > wb
	}
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a < b
}
