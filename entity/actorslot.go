package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// actorSlotVerbs are the verbs whose subject, a lone unknown proper noun, is a
// business or a body that acts ("Xstrata bought Falconbridge", "Halvik
// announced job cuts"): a person is named by a full name first, so a lone
// word that no earlier name holds is no person's.
var actorSlotVerbs = map[string]bool{
	"announced": true, "announces": true, "bought": true, "buys": true, "acquired": true, "acquires": true,
	"sued": true, "sues": true, "launched": true, "launches": true, "sold": true, "sells": true,
	"hired": true, "hires": true, "filed": true, "files": true, "merged": true, "merges": true,
	"invested": true, "invests": true, "owns": true, "owned": true, "employs": true, "employed": true,
	"manufactures": true, "manufactured": true, "unveiled": true, "unveils": true,
}

// actorObjectVerbs are the verbs whose object, a lone unknown proper noun,
// is a business or a body ("bought Falconbridge", "sued Halvik").
var actorObjectVerbs = map[string]bool{
	"bought": true, "buy": true, "buys": true, "buying": true, "acquired": true, "acquire": true,
	"acquires": true, "acquiring": true, "sued": true, "sue": true, "sues": true, "suing": true,
}

// dealAux are the words that may stand between a subject and its verb
// ("Halvik has acquired", "Halvik will buy", "Halvik also bought").
var dealAux = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "also": true, "recently": true,
	"later": true, "then": true, "previously": true, "formally": true, "officially": true,
}

// dealSlot reports whether the lone proper noun at token a of toks is the
// subject of one of [actorSlotVerbs] or the object of one of
// [actorObjectVerbs]: "Xstrata bought Falconbridge." makes both words
// bodies. The subject must open its clause (the sentence, or after a
// comma, "and", "but", "that" or a year), so "In 2019 Halvik bought"
// counts and "the Halvik bought" does not.
func dealSlot(toks []nlp.Token, a int) bool {
	if w := toks[a].Text; toks[a].Tag != "NNP" && !(a == 0 && toks[a].Tag == "NNS" && isCap(w) && !strings.HasSuffix(w, "s")) {
		// The tagger takes some unknown words opening a sentence for
		// plurals ("Xstrata bought"); a plural common noun ends in s.
		return false
	}
	if a > 0 && actorObjectVerbs[toks[a-1].Lower()] && strings.HasPrefix(toks[a-1].Tag, "VB") &&
		(a+1 == len(toks) || !isCap(toks[a+1].Text) && toks[a+1].Text != "'s") {
		return true
	}
	if a > 0 {
		switch p := toks[a-1]; {
		case p.Text == "," || p.Lower() == "and" || p.Lower() == "but" || p.Lower() == "that":
		case p.Tag == "CD" && year(p.Text):
		default:
			return false
		}
	}
	k := a + 1
	for k < len(toks) && dealAux[toks[k].Lower()] {
		k++
	}
	return k < len(toks) && actorSlotVerbs[toks[k].Lower()] && strings.HasPrefix(toks[k].Tag, "VB")
}

// bodySlot reports whether the words from token k of toks, right after a
// lone proper noun, say what is said of a body: that it is led, founded,
// owned, run or headquartered by someone or somewhere, or based somewhere,
// in an aside set off by a comma ("Tesla, led by Elon Musk,", "Rivian,
// founded in 2009,") or after "is" or "was" ("Rivian is based in Irvine").
func bodySlot(toks []nlp.Token, k int) bool {
	if k+2 >= len(toks) {
		return false
	}
	switch toks[k].Lower() {
	case ",", "is", "was":
	default:
		return false
	}
	v, next := toks[k+1].Lower(), toks[k+2].Lower()
	switch v {
	case "led", "founded", "owned", "run", "headquartered", "controlled":
		return next == "by" || next == "in" && (v == "founded" || v == "headquartered")
	case "based":
		return next == "in" || next == "at"
	}
	return false
}

// placeSlot reports whether the words from token k of toks, which
// [bodySlot] accepts, are said of places as well: a town or a region is
// led or controlled by someone ("Mosul, controlled by the militants,").
func placeSlot(toks []nlp.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	v := toks[k+1].Lower()
	return v == "led" || v == "controlled"
}

// branchCountries are the country acronyms that, written after a
// company's name, name its branch in that country ("Mazars USA",
// "Deloitte UK").
var branchCountries = map[string]bool{"USA": true, "UK": true, "U.S.A.": true}

// federationNames are the short names of movements made of national
// societies ("the Norwegian Red Cross", "the Turkish Red Crescent"): with a
// nationality before it, the name is the national society's, not the
// international body's the gazetteer gives the short name to.
var federationNames = map[string]bool{"Red Cross": true, "Red Crescent": true}

// nationalSociety returns the mention of a movement's national society
// when the units us of a chunk open with a nationality and then a name of
// [federationNames]: "the Philippine Red Cross", "Philippine Red Cross
// chair Ann Lee",
// "American Red Cross" name an organisation of their own, which the
// International Committee of the Red Cross is not.
func (r *Resolver) nationalSociety(s nlp.Sentence, us []unit) *mention {
	if len(us) < 2 || us[0].kind != uDemonym || us[0].end != us[1].start {
		return nil
	}
	for n := 2; n <= 3 && n <= len(us); n++ {
		if federationNames[spanText(s, us[1].start, us[n-1].end)] {
			return placeMention(s, us[:n], schema.Organization)
		}
	}
	return nil
}

// countryBranch returns the mention of a company's national branch when
// the units us of a chunk are one to three unknown capitalised words and
// then one of [branchCountries]: "Mazars USA said" names the firm, not the
// United States. A given name before it ("Ann Lee USA", a result line) or
// a comma between the words makes no branch.
func (r *Resolver) countryBranch(s nlp.Sentence, us []unit) *mention {
	n := len(us)
	if n < 2 || n > 4 || us[n-1].kind != uEntry || us[n-1].end != us[n-1].start+1 || !branchCountries[s.Tokens[us[n-1].start].Text] {
		return nil
	}
	for j, u := range us[:n-1] {
		if u.kind != uCap || u.end != us[j+1].start {
			return nil
		}
	}
	if r.g.given(s.Tokens[us[0].start].Text) {
		return nil
	}
	return placeMention(s, us, schema.Organization)
}

// mastheadNouns are the lower-case nouns that, written right after a name,
// say it names a publication or a broadcaster ("Time magazine", "the
// Halvik Post newspaper"). "paper" is none: "the Tom Wu paper" is a study.
var mastheadNouns = map[string]bool{
	"magazine": true, "newspaper": true, "tabloid": true, "broadsheet": true, "broadcaster": true,
	"newsweekly": true, "newsmagazine": true,
}

// newsNouns are the nouns that, after "news", make a publisher's noun
// ("the Halvik news agency", "Velmora news site").
var newsNouns = map[string]bool{
	"agency": true, "site": true, "website": true, "outlet": true, "channel": true, "network": true, "service": true,
}

// pressNounAt reports whether token k of toks opens a lower-case noun of
// [mastheadNouns] or "news" and one of [newsNouns]: the name before it names
// a publication, which is an organisation, whatever its words ("Time",
// "Fortune") would be alone.
func pressNounAt(toks []nlp.Token, k int) bool {
	if k >= len(toks) || !strings.HasPrefix(toks[k].Tag, "NN") {
		return false
	}
	if mastheadNouns[toks[k].Text] {
		return true
	}
	return toks[k].Text == "news" && k+1 < len(toks) && newsNouns[toks[k+1].Text]
}

// introPhrase reports whether the comma at token c of toks closes a
// prepositional phrase that opens the sentence ("According to the
// newspaper,", "In an interview with the magazine,"): a preposition
// first, then no verb and no other comma up to c.
func introPhrase(toks []nlp.Token, c int) bool {
	if c < 2 || toks[0].Tag != "IN" && !strings.EqualFold(toks[0].Text, "according") {
		return false
	}
	for _, t := range toks[1:c] {
		if t.Text == "," || strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return false
		}
	}
	return true
}
