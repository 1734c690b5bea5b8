package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// apposedKind returns the type that the head noun of a description
// right after the guessed name m of toks gives it: an apposition opened
// by "a", "an", "the" or a state's possessive ("Vyasna, an independent
// Belarusian human rights center,", "Korvath, a small town in the
// north", "Marlen Osk, a lawyer for the family", "Orix, Japan's largest
// lender") or a copula's complement ("Velmor is a Norwegian company").
// The head noun is the last of the nouns the adjectives and nouns of the
// phrase lead to ([nounHead]); a plural one (a list's), or one of no
// kind [kindOfHead] knows, gives "". A person's noun after a name that
// follows a preposition ("the chief of Velmor, a lawyer,") may describe
// the phrase the name closes, and gives "" too.
func apposedKind(toks []nlp.Token, m *mention) schema.EntityType {
	j := m.end
	if j+2 >= len(toks) || m.possessive {
		return ""
	}
	switch {
	case toks[j].Text == ",":
	case copulas[toks[j].Lower()]:
	default:
		return ""
	}
	j++
	switch {
	case indefinite(toks[j].Text) || toks[j].Lower() == "the":
	case isCap(toks[j].Text) && toks[j+1].Tag == "POS":
		j++ // "Orix, Japan's largest leasing company,"
	default:
		return ""
	}
	h := descHead(toks, j+1)
	if h >= 0 && h+2 < len(toks) && toks[h+1].Tag == "POS" && placeDescs.at(toks[h].Lower()) == aCountry {
		h = descHead(toks, h+2) // "the country's largest lender"
	}
	if h >= 0 && h+2 < len(toks) && toks[h].Tag == "NNS" && toks[h+1].Tag == "POS" {
		// "a Welsh teachers' union", "a women's charity": a plural's
		// possessive classes the noun after it, which heads the phrase.
		h = descHead(toks, h+2)
	}
	if h < 0 || toks[h].Tag != "NN" || isCap(toks[h].Text) {
		return ""
	}
	if h+1 < len(toks) && (toks[h+1].Tag == "POS" || toks[h+1].Tag == "MD" || strings.HasPrefix(toks[h+1].Tag, "VB") && toks[h+1].Tag != "VBN" && toks[h+1].Tag != "VBG") {
		// "the company's founder"; "According to Velmor Observer
		// editor Keni Lesa, the movement was able to": the comma
		// closed a phrase before the clause, whose subject the noun
		// heads.
		return ""
	}
	t := kindOfHead(toks[h].Text)
	if t == schema.Person && m.start > 0 && toks[m.start-1].Tag == "IN" {
		return ""
	}
	return t
}

// apposedBeforeKind returns the type that a description set off before
// the guessed name m of toks gives it, a body's or a place's ("the ruling
// party, Zanu PF, following", "the landlocked province, Velmor Kara,"):
// "the", "a", "an", a possessive or "and", then modifiers and the head
// noun right before the comma, and a comma or the sentence's end after the
// name. A description after a preposition or a verb ("at the party, Tom
// Wu, said", "meeting the firm, Tom Wu,") is no apposition of the name.
func apposedBeforeKind(toks []nlp.Token, m *mention) schema.EntityType {
	h := m.start - 2
	if h < 1 || toks[m.start-1].Text != "," || m.end >= len(toks) || toks[m.end].Text != "," && toks[m.end].Tag != "." {
		return ""
	}
	if toks[h].Tag != "NN" || isCap(toks[h].Text) {
		return ""
	}
	k := h - 1
	for ; k >= 0 && h-k <= 4; k-- {
		t := toks[k]
		if !(strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "NN") || isCap(t.Text) {
			break
		}
	}
	if k < 0 {
		return ""
	}
	switch w := toks[k].Lower(); {
	case w == "the" || w == "a" || w == "an":
		if k > 0 && (toks[k-1].Tag == "IN" || strings.HasPrefix(toks[k-1].Tag, "VB") || toks[k-1].Tag == "TO") {
			return ""
		}
	case w == "and" || toks[k].Tag == "POS" || toks[k].Tag == "PRP$":
	default:
		return ""
	}
	if t := kindOfHead(toks[h].Text); t != schema.Person {
		return t
	}
	return ""
}

// descHead returns the index of the head noun of the phrase of
// modifiers and nouns that opens at token i of toks, at most eight
// tokens, or -1: its last noun, before a word of another kind ("an
// independent Belarusian human rights center, said" gives center; "the
// company chief executive" executive), a participle or a number after a
// noun ("a company based in", "a town 40 km from").
func descHead(toks []nlp.Token, i int) int {
	h := -1
	for n := 0; i < len(toks) && n < 8; i, n = i+1, n+1 {
		t := toks[i]
		switch {
		case strings.HasPrefix(t.Tag, "NN"):
			h = i
		case strings.HasPrefix(t.Tag, "JJ") || t.Tag == "RBS" || t.Text == "-" || t.Tag == "HYPH":
		case (t.Tag == "VBN" || t.Tag == "VBG" || t.Tag == "CD") && h < 0:
		default:
			return h
		}
	}
	return -1
}

// kindOfHead returns the type of actor that the lower-case singular noun
// w, heading a description, names: an organisation for a body's kind
// ([orgNouns], [orgDescriptors], [bodyHeadNouns]), a place for a town's,
// a state's or a region's ([placeDescs], [kindNouns], [areaHeadNouns]), a
// person for a role or a trade ([roleNoun], [occupationNouns],
// [personNouns]) but those a body or a state may hold too
// ([notPersonHeads]), or "".
func kindOfHead(w string) schema.EntityType {
	switch {
	case bothTrades[w]:
		return ""
	case (orgNouns[w] || orgDescriptors[w] || bodyHeadNouns[w]) && !personTrades[w]:
		return schema.Organization
	case areaHeadNouns[w]:
		return schema.Location
	case placeDescs.at(w) != 0 || kindNouns[w] || w == "region" || w == "district":
		return schema.GPE
	case (roleNoun(w) || occupationNouns[w] || personNouns[w] != 0 || personTrades[w]) && !notPersonHeads[w]:
		return schema.Person
	}
	return ""
}

// bodyHeadNouns are the head nouns of descriptions of bodies that
// [orgNouns] and [orgDescriptors] leave out.
var bodyHeadNouns = map[string]bool{
	"center": true, "centre": true, "institute": true, "foundation": true, "association": true,
	"ngo": true, "nonprofit": true, "non-profit": true, "coalition": true, "alliance": true, "federation": true,
	"subsidiary": true, "corporation": true, "bank": true, "studio": true, "university": true,
	"college": true, "conglomerate": true, "cooperative": true, "co-operative": true, "trust": true,
	"outlet": true, "chain": true, "brand": true, "label": true, "utility": true,
	"think-tank": true, "thinktank": true, "insurer": true,
}

// personTrades are nouns of [orgNouns] that name a person as often
// ("a hacker").
var personTrades = map[string]bool{"hacker": true}

// bothTrades are the nouns for trades that a business and a person ply
// alike ("a renewable energy developer", "a film producer"), which type
// no name.
var bothTrades = map[string]bool{
	"developer": true, "producer": true, "publisher": true, "miner": true, "broadcaster": true,
	"investor": true, "consultant": true, "financier": true,
}

// areaHeadNouns are the heads of descriptions of places that are no
// state nor town ("an island in the Pacific", "a district of Oslo" is
// one).
var areaHeadNouns = map[string]bool{"island": true, "area": true, "neighbourhood": true, "neighborhood": true}

// notPersonHeads are role nouns that a body or a state holds as well as a
// person ("a member of NATO", "the market leader", "the owner of the
// port") or that are no role in a description ("a major", "a player in
// the market").
var notPersonHeads = map[string]bool{
	"member": true, "leader": true, "owner": true, "figure": true, "major": true, "player": true,
	"forward": true, "guard": true, "prop": true, "staff": true, "agent": true, "supporter": true,
	"candidate": true, "nominee": true, "veteran": true, "volunteer": true, "fellow": true, "expert": true,
	"specialist": true, "representative": true, "critic": true, "critics": true, "contributor": true,
	"administrator": true, "operator": true, "hooker": true, "whip": true,
}

// corporate reports whether the words around the name at tokens [a, b)
// of toks say it names a business: it buys, sells or invests in a
// company's parts ("Telvarik acquired two units", "Orvanta will buy a
// stake in"), owns shares or a chief executive ("Orvanta's chief
// executive", "Orvanta shares fell") or is what a stake, a merger or a
// takeover is of ("a stake in Orvanta", "its merger with Telvarik"). A
// person buys a house and a state weapons; neither has shares nor is
// taken over.
func corporate(toks []nlp.Token, a, b int) bool {
	if a >= 2 && corpBefore[toks[a-2].Lower()+" "+toks[a-1].Lower()] {
		return true
	}
	if b+1 < len(toks) && toks[b].Tag == "POS" && corpOwned(toks, b+1) {
		return true
	}
	if b < len(toks) && (toks[b].Lower() == "shares" || toks[b].Lower() == "stock") && !isCap(toks[b].Text) {
		return true
	}
	if a > 0 {
		switch p := toks[a-1]; {
		case p.Text == "," || p.Lower() == "and" || p.Lower() == "but" || p.Lower() == "that":
		case p.Tag == "CD" && year(p.Text):
		case p.Tag == "POS" && a >= 2 && isCap(toks[a-2].Text):
			// "Japan's Orvanta will buy": the possessive opens the
			// subject.
		default:
			return false
		}
	}
	k, base := b, false
	for ; k < len(toks); k++ {
		w := toks[k].Lower()
		if w == "to" && k == b {
			base = true // a headline's "Orvanta to buy stake in Telvarik"
			continue
		}
		if intentVerbs[w] && k+1 < len(toks) && toks[k+1].Lower() == "to" {
			k, base = k+1, true // "has agreed to buy"
			continue
		}
		if !dealAux[w] {
			break
		}
		base = base || w == "will" || w == "would"
	}
	if k >= len(toks) || !strings.HasPrefix(toks[k].Tag, "VB") {
		return false
	}
	v := corpForms[toks[k].Lower()]
	if v == "" && base {
		v = corpBase[toks[k].Lower()]
	}
	switch v {
	case "":
		return false
	case "acquire", "merge":
		return true
	}
	for j := k + 1; j < len(toks) && j <= k+6 && toks[j].Tag != "," && toks[j].Tag != "."; j++ {
		if corpObjects[toks[j].Lower()] {
			return true
		}
	}
	return false
}

// chiefOfficerOf reports whether the name at tokens [a, b) of toks is
// the body a chief officer's title heads: written right before the title
// and its holder's capitalised name ("Norden Computer chief executive Jim
// Park", "Velby chairman Tom Wu"), or after the title and "of" ("chief
// executive of Norden Computer", "the chairman of Velby").
func chiefOfficerOf(toks []nlp.Token, a, b int) bool {
	if a >= 2 && toks[a-1].Text == "of" && chiefOfficers[toks[a-2].Lower()] && !isCap(toks[a-2].Text) {
		return true
	}
	k := b
	if k+1 < len(toks) && toks[k].Text == "chief" && toks[k+1].Text == "executive" {
		k++
	}
	return k+1 < len(toks) && chiefOfficers[toks[k].Text] && isCap(toks[k+1].Text) && toks[k+1].Tag == "NNP"
}

// chiefOfficers are the last words of the titles of a business's chief
// officers ("chief executive", "chief executive officer", "chairman").
var chiefOfficers = map[string]bool{"executive": true, "officer": true, "chairman": true, "chairwoman": true}

// corpOwned reports whether the words from token k of toks, after a
// possessive, name what a business has: its chief executive, its shares,
// its shareholders, its board or a part of it.
func corpOwned(toks []nlp.Token, k int) bool {
	w := toks[k].Lower()
	if w == "chief" && k+1 < len(toks) && toks[k+1].Lower() == "executive" {
		return true
	}
	return corpOwnedNouns[w] && !isCap(toks[k].Text)
}

// corpOwnedNouns are what a business has and neither a person nor a
// state does.
var corpOwnedNouns = map[string]bool{
	"ceo": true, "shareholders": true, "shares": true, "subsidiary": true, "subsidiaries": true,
	"stock": true, "shareholder": true,
}

// corpBefore are the two words before a name that make it a business's:
// what a stake, shares, a merger or a takeover is in or of.
var corpBefore = map[string]bool{
	"stake in": true, "shares in": true, "shares of": true, "merger with": true, "takeover of": true,
	"stakes in": true, "shareholder in": true, "shareholders of": true,
}

// intentVerbs say, before "to" and a verb's base form, that a subject
// means to act ("agreed to buy", "plans to acquire").
var intentVerbs = map[string]bool{
	"agreed": true, "agrees": true, "plans": true, "planned": true, "wants": true, "offered": true,
	"intends": true, "expects": true, "sought": true, "seeks": true,
}

// corpForms are the finite forms of the verbs a business deals by, with
// their base forms in corpBase: acquiring or merging is a business's act
// whatever it acquires; buying, selling or investing only of a part of a
// company or shares ([corpObjects]).
var (
	corpForms = map[string]string{
		"acquired": "acquire", "acquires": "acquire", "merged": "merge", "merges": "merge",
		"bought": "buy", "buys": "buy", "sold": "sell", "sells": "sell", "invested": "invest", "invests": "invest",
		"took": "take", "takes": "take", "holds": "hold", "held": "hold",
	}
	corpBase = map[string]string{
		"acquire": "acquire", "merge": "merge", "buy": "buy", "sell": "sell", "invest": "invest", "take": "take",
		"hold": "hold",
	}
)

// corpObjects are the nouns for the parts and shares of a company that a
// business buys, sells, takes, holds or invests in; not a company, a
// firm or a business, which a person buys and sells too.
var corpObjects = map[string]bool{
	"stake": true, "stakes": true, "shares": true, "unit": true, "units": true, "subsidiary": true,
	"subsidiaries": true, "division": true, "assets": true, "operations": true, "stock": true,
}
