package entity

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// rivalNounsBetween are the words that, alone between two names, make the
// second the first's rival: "Airbus rival Boeing", "Halvik Air competitor
// Brenmark".
var rivalNounsBetween = map[string]bool{"rival": true, "competitor": true}

// rivalBefore: "the airline approached Velmar rival Tessaro", "Halvik
// Airways rival Brenmark Airlines has tried to buy it": business news names
// a firm by the one it competes with, as [parentBefore] names a holding
// company by its brand. Both are named firms, or both named people.
func rivalBefore(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent == nil || b.ent == nil || a.ent == b.ent || a.ent.typ != b.ent.typ ||
		a.ent.typ != schema.Organization && a.ent.typ != schema.Person ||
		!named(a) || !named(b) || a.adj || b.adj || a.possessive {
		return role{}, false
	}
	if w := between(s, a, b); len(w) != 1 || !rivalNounsBetween[w[0]] || slices.Contains(w, ",") {
		return role{}, false
	}
	return role{lemma: "compete_with", reverse: true}, true
}

// makerBuyVerbs buy or order a maker's products; the buyer buys from the
// maker ("bought twelve new Velmar jets") or orders from it.
var makerBuyVerbs = map[string]string{"buy": "buy_from", "purchase": "buy_from", "order": "order_from"}

// purchaseNouns name a purchase or an order as the object of a verb that
// makes, agrees or announces it: "negotiated the purchase of 22 Velmar
// jets", "placed an order for 20 Velmar airliners".
var purchaseNouns = map[string]string{"purchase": "buy_from", "order": "order_from"}

// purchaseDealVerbs make, agree or announce a purchase of [purchaseNouns].
var purchaseDealVerbs = map[string]bool{
	"negotiate": true, "complete": true, "finalise": true, "finalize": true, "announce": true, "make": true,
	"place": true, "sign": true, "confirm": true, "agree": true, "agree_to": true, "seal": true,
}

// modelWord reports whether t names a product's model after its maker's
// name: a designation with a digit ("787s", "A330") or a capitalised
// name ("Dreamliners").
func modelWord(t nlp.Token) bool {
	return strings.ContainsFunc(t.Text, unicode.IsDigit) || isCap(t.Text) && t.Tag != "POS"
}

// makerIn returns the named firm that tokens [first, end) name as the
// maker of the products they count: a number and lower-case modifiers,
// the maker, then model words and a craft noun ([craftNouns]) or model
// words alone ("12 new long-haul Velmar aircraft", "60 Velmar 787s");
// nil otherwise.
func (d *docState) makerIn(si int, s nlp.Sentence, first, end int) *docEntity {
	toks := s.Tokens
	if first < 0 || end > len(toks) || end-first < 2 {
		return nil
	}
	if e := d.modelsMaker(s, first, end); e != nil {
		return e // "bought 20 Dreamliners" after "the Boeing 787 Dreamliner"
	}
	for _, m := range d.sents[si] {
		if m.start < first || m.end >= end || m.ent == nil || !named(m) || m.adj || m.possessive || m.ent.typ != schema.Organization {
			continue
		}
		for k := first; k < m.start; k++ {
			if t := toks[k]; t.Text != "-" && !lowerWord(strings.ReplaceAll(t.Text, "-", "")) && t.Tag != "CD" || t.Tag == "IN" || t.Tag == "POS" {
				return nil // "bought Norway's jets", "a share of Velmar jets"
			}
		}
		for k := m.end; k < end-1; k++ {
			if !modelWord(toks[k]) {
				return nil
			}
		}
		if last := toks[end-1]; !craftNouns[last.Lower()] && !modelWord(last) {
			return nil
		}
		return m.ent
	}
	return nil
}

// boughtFromMaker adds subj —buy_from→ maker (or order_from) for a
// purchase or an order x whose object counts a maker's products ([makerIn]):
// "Halvik Air buys twelve new long-haul Velmar jets", "agreed to purchase
// 60 Velmar 787s"; or for a purchase or an order named as a deal's object
// ([purchaseNouns], [purchaseDealVerbs]): "negotiated the purchase of 22 new Velmar
// 787 aircraft", "placed an order for 20 Velmar airliners".
func (d *docState) boughtFromMaker(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if subj == nil || x.Negated || !actorEntity(subj) || si >= len(d.sents) {
		return
	}
	if _, passive := passiveVerb(x); passive {
		return
	}
	verb, _, _ := strings.Cut(x.Lemma, "_")
	lemma := makerBuyVerbs[verb]
	first, end := argTokens(s, x.Object)
	if lemma == "" && (purchaseDealVerbs[verb] || purchaseDealVerbs[x.Lemma]) && first >= 0 {
		k := first
		if w := s.Tokens[k].Lower(); w == "the" || w == "a" || w == "an" {
			k++
		}
		if k+1 < end {
			if l := purchaseNouns[s.Tokens[k].Lower()]; l != "" && (s.Tokens[k+1].Lower() == "of" || s.Tokens[k+1].Lower() == "for") {
				lemma, first = l, k+2
			}
		}
	}
	if lemma == "" {
		return
	}
	if maker := d.makerIn(si, s, first, end); maker != nil && maker != subj {
		d.derive(si, x.Subject, x.Relation, lemma, subj, maker, "", x.Confidence*placeArgConf)
	}
}

// orderTakers are the verbs by which a maker takes orders from a buyer:
// "Velmar announced 35 new orders from Halvik Air".
var orderTakers = map[string]bool{
	"announce": true, "receive": true, "get": true, "win": true, "book": true, "take": true, "secure": true,
	"land": true, "report": true, "gain": true,
}

// orderedFrom adds buyer —order_from→ subj for a maker's orders x takes
// ([orderTakers]) whose from-phrase, right after them, names the buyer, a
// firm: "Velmar announced 35 new orders from German airline Halvik Air".
func (d *docState) orderedFrom(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if subj == nil || x.Negated || subj.typ != schema.Organization || !orderTakers[verb] {
		return
	}
	if w := strings.ToLower(lastWord(x.Object.Text)); w != "order" && w != "orders" {
		return
	}
	if _, passive := passiveVerb(x); passive {
		return
	}
	_, arg, ok := objectPhrase(x, "from")
	if !ok {
		return
	}
	if o, conf, _ := d.argument(si, s, arg); o != nil && o != subj && o.typ == schema.Organization {
		for _, e := range d.firmsListedFrom(si, s, arg, o) {
			if e != subj {
				d.derive(si, arg, x.Relation+" "+x.Object.Text+" from", "order_from", e, subj, "", x.Confidence*conf*placeArgConf)
			}
		}
	}
}

// andCut reports whether argument a, a list with no "and" of its own, is
// followed by ", and": the extractor gave the list's "and" to the clause
// after it ("offers flights to Oslo, Bergen, Malmo, and recently launched
// ...").
func andCut(s nlp.Sentence, a schema.Argument) bool {
	_, end := argTokens(s, a)
	return end > 0 && end+1 < len(s.Tokens) && s.Tokens[end].Text == "," && s.Tokens[end+1].Lower() == "and" &&
		strings.Contains(a.Text, ",")
}

// commaList returns the actors that argument a lists, named one after
// another with only commas between ("Oslo, Bergen, Stockholm"), or nil
// when a holds anything else.
func (d *docState) commaList(si int, s nlp.Sentence, a schema.Argument) []*docEntity {
	first, end := argTokens(s, a)
	if first < 0 || si >= len(d.sents) {
		return nil
	}
	var out []*docEntity
	for k := first; k < end; {
		var m *mention
		for _, c := range d.sents[si] {
			if c.start == k && c.end <= end && c.ent != nil && named(c) && !c.adj && !c.possessive && actorEntity(c.ent) && (m == nil || c.end > m.end) {
				m = c
			}
		}
		if m == nil {
			return nil
		}
		out = append(out, m.ent)
		k = m.end
		if k < end && s.Tokens[k].Text != "," {
			return nil
		}
		k++
	}
	return out
}

// heldStakeNouns, before "in" or "of" and a firm's name, name a part of
// the firm that someone owns: "the share in Chrysler held by", "the six
// percent of automaker Chrysler that the government owns".
var heldStakeNouns = map[string]bool{
	"stake": true, "stakes": true, "share": true, "shares": true, "percent": true, "cent": true, "%": true, "holding": true,
}

// stakeHeldBy: "the share in Tessaro Motors held by the Norwegian
// government", "the six percent of automaker Tessaro Motors that the
// government currently owns": a part of a firm ([heldStakeNouns]), the
// firm's name (a lower-case description may stand before it), and a
// passive "held by" or a relative clause of owning after it make the
// holder own a stake in the firm.
func stakeHeldBy(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent == nil || b.ent == nil || a.ent == b.ent || a.ent.typ != schema.Organization || !named(a) || !named(b) || a.adj || b.adj ||
		a.possessive || b.possessive || !actorEntity(b.ent) {
		return role{}, false
	}
	toks := s.Tokens
	k := a.start - 1
	for n := 0; n < 2 && k > 0 && lowerWord(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NN"); n++ {
		k-- // "of automaker Chrysler"
	}
	if k < 1 || toks[k].Lower() != "in" && toks[k].Lower() != "of" || !heldStakeNouns[toks[k-1].Lower()] {
		return role{}, false
	}
	w := between(s, a, b)
	if n := len(w); n > 0 && w[n-1] == "the" {
		w = w[:n-1]
	}
	switch {
	case len(w) == 2 && (w[0] == "held" || w[0] == "owned" || w[0] == "controlled") && w[1] == "by":
	case len(w) == 1 && (w[0] == "that" || w[0] == "which"):
		j := b.end
		for j < len(toks) && toks[j].Tag == "RB" {
			j++ // "that the government currently owns"
		}
		if j >= len(toks) || !ownForms[toks[j].Lower()] {
			return role{}, false
		}
	default:
		return role{}, false
	}
	return role{lemma: "own_stake_in", reverse: true}, true
}

// ownForms are the finite forms of the verbs of owning a part of a firm.
var ownForms = map[string]bool{"owns": true, "own": true, "owned": true, "holds": true, "hold": true, "held": true, "controls": true, "controlled": true}

// handoverVerbs hand a made thing over to its receiver, named after "to".
var handoverVerbs = map[string]bool{"deliver": true, "ship": true, "sell": true, "send": true, "hand": true, "supply": true}

// madeParticiples, after a thing handed over, say that it was made, and
// take no receiver of their own: "delivered the final jet built to
// AirTran" (the "to" is the delivery's).
var madeParticiples = map[string]bool{
	"built": true, "made": true, "produced": true, "manufactured": true, "assembled": true, "constructed": true,
}

// handedOverMade adds subj —VERB_to→ receiver for a handover x
// ([handoverVerbs]) whose object a participle of making
// ([madeParticiples]) follows with "to" and the receiver, which the
// extractor read as the participle's: "Halvik Aircraft delivered the
// final 717 jet built to Velmar Airways".
func (d *docState) handedOverMade(si int, s nlp.Sentence, xs []schema.Extraction) {
	for _, x := range xs {
		verb, _, _ := strings.Cut(x.Lemma, "_")
		if !handoverVerbs[verb] || x.Negated || x.Object.Text == "" || x.Attribution != "" {
			continue
		}
		subj, sc, _ := d.argument(si, s, x.Subject)
		if subj == nil || !actorEntity(subj) {
			continue
		}
		for _, y := range xs {
			w := strings.Fields(strings.ToLower(y.Relation))
			if y.Subject.Start != x.Object.Start || y.Subject.End != x.Object.End || y.Negated || len(w) != 2 || !madeParticiples[w[0]] || w[1] != "to" {
				continue
			}
			if o, oc, _ := d.argument(si, s, y.Object); o != nil && o != subj && actorEntity(o) && !isPlace(o) {
				d.derive(si, x.Subject, x.Relation+" "+y.Relation, verb+"_to", subj, o, "", min(x.Confidence*sc, y.Confidence*oc)*placeArgConf)
			}
		}
	}
}

// firmsListedFrom returns o and the firms listed after o's mention in
// argument a, joined by commas and "and": "German airline Halvik Airways
// and Velmar Leasing of Kuwait" lists Halvik Airways and Velmar Leasing.
func (d *docState) firmsListedFrom(si int, s nlp.Sentence, a schema.Argument, o *docEntity) []*docEntity {
	out := []*docEntity{o}
	first, end := argTokens(s, a)
	if first < 0 || si >= len(d.sents) {
		return out
	}
	toks := s.Tokens
	var at *mention
	for _, m := range d.sents[si] {
		if m.ent == o && m.start >= first && m.end <= end && named(m) {
			at = m
			break
		}
	}
	for at != nil {
		k := at.end
		for k < end && toks[k].Text == "," || k < end && toks[k].Lower() == "and" {
			k++
		}
		if k == at.end || k >= end {
			break
		}
		if toks[k].Lower() == "the" {
			k++
		}
		at = nil
		for _, m := range d.sents[si] {
			if m.start == k && m.end <= end && m.ent != nil && named(m) && !m.adj && !m.possessive && m.ent.typ == schema.Organization {
				at = m
				out = append(out, m.ent)
				break
			}
		}
	}
	return out
}

// modelKey returns the key of a model word: lower case, without a plural
// "s" ("Dreamliners", "787s": "dreamliner", "787").
func modelKey(w string) string {
	w = strings.ToLower(w)
	if len(w) > 2 && strings.HasSuffix(w, "s") {
		w = w[:len(w)-1]
	}
	return w
}

// modelMaker returns the maker that the document names before the model
// word w anywhere ("the Boeing 787 Dreamliner": 787 and Dreamliner are
// Boeing's), or nil, also when two makers share the word.
func (d *docState) modelMaker(w string) *docEntity {
	if d.models == nil {
		d.models = map[string]*docEntity{}
		for si, ms := range d.sents {
			if si >= len(d.input) {
				break
			}
			toks := d.input[si].Tokens
			for _, m := range ms {
				if m.ent == nil || !named(m) || m.adj || m.possessive || m.ent.typ != schema.Organization {
					continue
				}
				for k := m.end; k < len(toks) && modelWord(toks[k]) && !isNameStart(d.sents[si], k, m); k++ {
					key := modelKey(toks[k].Text)
					if e, ok := d.models[key]; ok && e != m.ent {
						d.models[key] = nil // two makers: no one's
						continue
					}
					d.models[key] = m.ent
				}
			}
		}
	}
	return d.models[modelKey(w)]
}

// isNameStart reports whether token k opens a named mention of ms other
// than m: "Boeing Airbus" is two makers, no model.
func isNameStart(ms []*mention, k int, m *mention) bool {
	for _, o := range ms {
		if o != m && o.start == k && o.ent != nil && o.ent.typ != schema.Organization {
			return true
		}
		if o != m && o.start == k && o.ent != nil && o.ent.typ == schema.Organization && o.ent.gaz != nil {
			return true
		}
	}
	return false
}

// modelsMaker returns the maker of the products that tokens [first, end)
// count by model words alone, after a number and lower-case modifiers
// ("20 Dreamliners", "six new A380s"), when the document names the maker
// before those words elsewhere ([docState.modelMaker]); nil otherwise.
func (d *docState) modelsMaker(s nlp.Sentence, first, end int) *docEntity {
	toks := s.Tokens
	k := first
	for k < end && (toks[k].Tag == "CD" || toks[k].Tag == "DT" || lowerWord(strings.ReplaceAll(toks[k].Text, "-", ""))) && !craftNouns[toks[k].Lower()] {
		k++
	}
	if k == first || k >= end || toks[first].Tag != "CD" {
		return nil // a count opens the products: "bought 20 Dreamliners"
	}
	var maker *docEntity
	for j := k; j < end; j++ {
		if craftNouns[toks[j].Lower()] && j == end-1 {
			break
		}
		if !modelWord(toks[j]) {
			return nil
		}
		e := d.modelMaker(toks[j].Text)
		if e == nil || maker != nil && e != maker {
			return nil
		}
		maker = e
	}
	return maker
}
