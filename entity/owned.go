package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// sharedWaters are the last words of names of waters that states share,
// which a state's possessive does not place ("Ukraine's Black Sea").
var sharedWaters = map[string]bool{
	"Sea": true, "Ocean": true, "River": true, "Gulf": true, "Strait": true, "Straits": true, "Channel": true,
	"Lake": true,
}

// ownedPart adds what a possessive right before the name m states
// between two actors when [docState.mentionFacts] reads none: a body of a
// body's possessive is part of it ("Microsoft's GitHub", "the United
// Nations' Food and Agriculture Organization"), and a named place other
// than a city or a region (which mentionFacts places) lies in the place
// whose possessive it follows ("South Africa's False Bay", "Norway's
// Lofoten Islands"). The name ends its noun phrase ([phraseEnds]): one
// that modifies a noun names what the possessor holds ("the party's US
// Senate nomination", "Marine Traffic's AIS tracking database"), unless
// the noun is the body's own kind ("the UN's Velmoru peacekeeping force",
// [groupNounAfter]), and one
// that runs on is part of a longer name ("the University's Senate House",
// "the United Nations' Food and Agriculture Organization" read in two).
// A lone word is no place of its own ("Hawke's Bay"), nor a role a
// body ("Red Hat's VP"); waters ([sharedWaters]) and sites, such as a
// stadium or a hall, are placed by no possessive.
func (d *docState) ownedPart(si int, s nlp.Sentence, m *mention) {
	d.bodyOfState(si, s, m)
	e := m.ent
	if e == nil || !named(m) || m.adj || m.start < 2 || s.Tokens[m.start-1].Tag != "POS" || !phraseEnds(s.Tokens, m.end) && !groupNounAfter(s, m) ||
		roleNoun(strings.ToLower(e.name)) {
		return
	}
	var p *mention
	for _, o := range d.sents[si] {
		if o.end == m.start-1 && o.possessive && o.ent != nil && o.ent != e && named(o) && !o.adj {
			p = o
		}
	}
	if p == nil {
		return
	}
	arg, phrase := argOf(s, m), p.surface+"'s"
	switch f := strings.Fields(e.name); {
	case e.typ == schema.Organization && p.ent.typ == schema.Organization && m.org == nil && m.country == nil:
		d.derive(si, arg, phrase, schema.PartOf, e, p.ent, "", roleConf)
	case e.typ == schema.Location && isPlace(p.ent) && len(f) > 1 && !sharedWaters[f[len(f)-1]] && !site(e) && !siteNamed(e):
		d.derive(si, arg, phrase, schema.LocateIn, e, p.ent, "", possessConf)
	}
}

// stateNameHeads end the names of states, which "of" and a place's name
// complete rather than place ("the Islamic Republic of Iran").
var stateNameHeads = map[string]bool{
	"republic": true, "state": true, "states": true, "kingdom": true, "emirate": true, "emirates": true,
	"caliphate": true, "federation": true, "commonwealth": true, "principality": true, "sultanate": true,
}

// bodyOfState adds what "of" and a state's name after a body's name and
// its acronym in brackets state, when the recogniser reads the body's
// name apart from its acronym: "The National Disaster Risk Reduction and
// Management Council (NDRRMC) of the Philippines" is part of the state,
// as [orgOfPlace] reads "the Bombay Stock Exchange (BSE) of India" (in
// it): the acronym ends the name, so the state is no part of it. The
// place ends its phrase ([phraseEnds]: "the Islamic State (IS) of Iraq
// and the Levant"); after "the" it is a state, and "America" ends a
// name ("the Linguistic Society (LSA) of America").
func (d *docState) bodyOfState(si int, s nlp.Sentence, m *mention) {
	e, toks := m.ent, s.Tokens
	if e == nil || e.typ != schema.Organization || !named(m) || m.adj || m.possessive || m.org != nil || m.country != nil ||
		stateNameHeads[orgHead(e.name)] || strings.Contains(e.name, " of ") {
		return // "the Wharton School of the University of Pennsylvania": one name
	}
	k := m.end
	if k+3 >= len(toks) || toks[k].Text != "(" || toks[k+2].Text != ")" || !isAcronym(toks[k+1].Text) || toks[k+3].Lower() != "of" {
		return
	}
	k += 3
	k++
	the := toks[k].Lower() == "the"
	if the {
		k++
	}
	for _, p := range d.sents[si] {
		if p.start != k || p.ent == nil || p.ent == e || p.ent.typ != schema.GPE || !named(p) || p.adj || p.possessive ||
			!phraseEnds(toks, p.end) || the && !d.r.country(p.ent) || p.surface == "America" {
			// "the Society of the Cincinnati" names no city; "the
			// Linguistic Society of America", one name
			continue
		}
		lemma := schema.LocateIn
		if stateBody(e.name) {
			lemma = schema.PartOf
		}
		d.derive(si, argOf(s, m), joinText(toks[m.end:p.end]), lemma, e, p.ent, "", partOfConf)
		return
	}
}

// phraseEnds reports whether a name that ends before token k ends its
// noun phrase: k ends the sentence, or is punctuation other than a hyphen
// or a slash, or a word that is no noun, adjective, participle, number or
// name, nor "and", "&" or "of" before a capitalised word.
func phraseEnds(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	switch w := t.Lower(); {
	case w == "-" || w == "/" || strings.HasPrefix(t.Text, "-") || strings.HasPrefix(t.Text, "/"):
		return false
	case w == "and" || w == "&" || w == "of":
		// "and Syria", "and the Levant": the name runs on
		return k+1 >= len(toks) || !isCap(toks[k+1].Text) && !(toks[k+1].Lower() == "the" && k+2 < len(toks) && isCap(toks[k+2].Text))
	case isCap(t.Text) || strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBG" || t.Tag == "CD":
		return false
	}
	return true
}
