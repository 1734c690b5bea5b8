package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// purchaseVerbs buy a business, a unit or a share of one from its
// seller: "Velcor bought two units from Darnet Group".
var purchaseVerbs = map[string]bool{"buy": true, "purchase": true, "acquire": true}

// boughtFrom adds subj —VERB_from→ seller for a purchase of x
// ([purchaseVerbs]) whose object is an entity and whose from-phrase,
// after the object, names an organisation, a person or a state: "Velcor
// Group has bought two west African units from Darnet Group Ltd." (the
// object read as a group), "Velcor bought Tarsen Oil from Darnet Group".
// With no entity for an object the from-phrase is
// [docState.prepositionalActor]'s; a club's signing of a player from
// another is [docState.transferFrom]'s.
func (d *docState) boughtFrom(si int, s nlp.Sentence, x schema.Extraction, subj, obj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !purchaseVerbs[verb] || x.Negated || subj == nil || obj == nil || subj == obj || x.Attribution != "" {
		return
	}
	if signingVerbs[verb] && subj.typ == schema.Organization && obj.typ == schema.Person {
		return
	}
	for _, a := range x.Extra {
		arg, ok := phraseAfter(a, "from")
		if !ok || a.Start < x.Object.End {
			continue
		}
		o, conf, _ := d.argument(si, s, arg)
		if o == nil || o == subj || o == obj || !actorEntity(o) || o.typ == schema.Group || isPlace(o) && !d.r.country(o) {
			return
		}
		d.derive(si, x.Subject, x.Relation+" from", verb+"_from", subj, o, "", x.Confidence*conf*placeArgConf)
		return
	}
}

// assetNouns are the parts of a business that a buyer takes from the
// firm that owned them: "bought Darnet's assets", "acquires Darnet units",
// "acquired the operations of Darnet Group". Shares, debt and equity are
// left out: "bought Darnet shares" may be bought from anyone.
var assetNouns = map[string]bool{
	"asset": true, "assets": true, "operation": true, "operations": true, "unit": true, "units": true,
	"business": true, "businesses": true, "division": true, "divisions": true, "subsidiary": true,
	"subsidiaries": true, "stake": true, "stakes": true, "holdings": true, "portfolio": true, "brand": true, "brands": true, "stores": true, "plants": true,
}

// boughtAssets adds subj —VERB_from→ seller for a purchase of x
// ([purchaseVerbs]) whose object, no actor, is a business's part
// ([assetNouns]) that a firm or a person owns: "Velcor is buying Darnet's
// stake in Tarsen", "Velcor acquires Darnet assets in two countries" (a headline),
// "acquired the operations of Darnet Group". A state's assets are left
// out ("bought Norway's oil assets" may be the state's or its land's).
func (d *docState) boughtAssets(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !purchaseVerbs[verb] || x.Negated || subj == nil || si >= len(d.sents) {
		return
	}
	if o := d.assetOwner(si, s, x.Object); o != nil && o != subj {
		d.derive(si, x.Subject, x.Relation, verb+"_from", subj, o, "", x.Confidence*placeArgConf)
	}
}

// assetOwner returns the firm or person whose part of a business
// ([assetNouns]) argument a names, by a possessive or a name before the
// noun ("Darnet's debt", "Darnet assets", "Darnet's African units"), or
// by an of-phrase that closes a ("the operations of Darnet Group"); nil
// otherwise.
func (d *docState) assetOwner(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	toks := s.Tokens
	first, end := argTokens(s, a)
	if first < 0 || end-first < 2 {
		return nil
	}
	owner := func(b, e int) *docEntity {
		for _, m := range d.sents[si] {
			if m.start == b && m.end == e && m.ent != nil && !m.adj && (m.ent.typ == schema.Organization || m.ent.typ == schema.Person) {
				return m.ent
			}
		}
		return nil
	}
	for k := first; k+2 < end; k++ {
		if assetNouns[toks[k].Lower()] && toks[k+1].Lower() == "of" {
			b := k + 2
			if toks[b].Lower() == "the" {
				b++
			}
			return owner(b, end)
		}
	}
	if !assetNouns[toks[end-1].Lower()] {
		return nil
	}
	j := end - 1 // the noun; before it lower-case modifiers, then 's, then the name
	for n := 0; n < 2 && j-1 > first && lowerWord(toks[j-1].Text) && (toks[j-1].Tag == "JJ" || toks[j-1].Tag == "NN"); n++ {
		j--
	}
	if toks[j-1].Tag == "POS" {
		j--
	}
	for _, m := range d.sents[si] {
		if m.end == j && m.start >= first {
			return owner(m.start, j)
		}
	}
	return nil
}

// offerNouns are the proposals to buy a company that its board accepts:
// "agreed to a buyout offer by Halvik Motors".
var offerNouns = map[string]bool{"offer": true, "offers": true, "bid": true, "bids": true, "proposal": true}

// affiliateNouns are the bodies that act for the firm of their of-phrase
// in a deal: "an offer by affiliates of Halvik Motors".
var affiliateNouns = map[string]bool{"affiliate": true, "affiliates": true, "subsidiary": true, "subsidiaries": true, "unit": true}

// acceptsOffer reports whether x accepts or agrees to an offer
// ([offerNouns]) as its object: "accepted a takeover bid", "agreed to a
// buyout offer".
func acceptsOffer(x schema.Extraction) bool {
	return (x.Lemma == "accept" || x.Lemma == "agree_to") && offerNouns[strings.ToLower(lastWord(x.Object.Text))]
}

// offerAccepted adds subj —accept_offer_from→ bidder for an offer x
// accepts or agrees to ([acceptsOffer]) whose by- or from-phrase, right
// after it, names the bidder: "Tarsen Oil agreed to a takeover offer by
// Halvik Motors", "accepted a bid from Halvik Motors"; an affiliate's
// offer is its firm's ("an offer by affiliates of Halvik Motors").
func (d *docState) offerAccepted(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if subj == nil || x.Negated || !acceptsOffer(x) {
		return
	}
	a, arg, ok := objectPhrase(x, "by", "from")
	if !ok {
		return
	}
	if head, rest, ok := strings.Cut(arg.Text, " of "); ok && affiliateNouns[strings.ToLower(head)] {
		arg = schema.Argument{Text: rest, Start: arg.End - len(rest), End: arg.End}
	}
	if o, conf, _ := d.argument(si, s, arg); o != nil && o != subj && actorEntity(o) && !isPlace(o) {
		d.derive(si, x.Subject, x.Relation+" "+strings.ToLower(strings.Fields(a.Text)[0]), "accept_offer_from", subj, o, "", x.Confidence*conf*placeArgConf)
	}
}

// bareRivalNouns, written with no possessive right before the name of a
// verb's object, make the object the subject's rival: "ExxonMobil
// acquires shale rival Pioneer", "Ann Lee defeated rival Tom Wu".
var bareRivalNouns = map[string]bool{"rival": true, "rivals": true, "competitor": true}

// bareRival adds obj —compete_with→ subj when x's object is the subject's
// rival named with no possessive or article: lower-case modifiers, a noun
// of [bareRivalNouns], then the name ("acquired shale rival Tarsen Oil"),
// as "acquired its rival Tarsen Oil" gives through the possessive.
func (d *docState) bareRival(si int, s nlp.Sentence, x schema.Extraction, subj, obj *docEntity) {
	if subj == nil || obj == nil || subj == obj || x.Negated || !actorEntity(subj) || !actorEntity(obj) || si >= len(d.sents) {
		return
	}
	if _, passive := passiveVerb(x); passive {
		return
	}
	toks := s.Tokens
	first, end := argTokens(s, x.Object)
	if first < 0 {
		return
	}
	for _, m := range d.sents[si] {
		if m.ent != obj || m.start <= first || m.end != end || !bareRivalNouns[toks[m.start-1].Lower()] {
			continue
		}
		for k := first; k < m.start-1; k++ {
			if !lowerWord(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "NN") && !strings.HasPrefix(toks[k].Tag, "JJ") {
				return // "the rival", "its rival", "Sweden's rival": another's or the role rules'
			}
		}
		d.derive(si, x.Object, toks[m.start-1].Text, "compete_with", obj, subj, "", x.Confidence*placeArgConf)
		return
	}
}
