package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// defenceVerbs take an actor's defence for their object: who comes,
// rises or rushes to it ("came to Tom Wu's defence", "rose to the
// defense of Norway"), or who speaks or testifies in it ("spoke in
// defence of Ann Lee", "testified in her defense") defends the actor.
var defenceVerbs = map[string]bool{
	"come_to": true, "rise_to": true, "leap_to": true, "rush_to": true, "spring_to": true, "jump_to": true,
	"run_to": true, "speak_in": true, "testify_in": true, "argue_in": true, "write_in": true, "rally_in": true,
	"march_in": true, "appear_in": true, "intervene_in": true, "campaign_in": true, "tweet_in": true,
}

// defenceSpeakers say words "in" an actor's defence that stands among
// their other arguments: "In Tom Wu's defense, Ann Lee said", "Ann Lee
// spoke on Monday in defence of Tom Wu".
var defenceSpeakers = map[string]bool{
	"say": true, "speak": true, "testify": true, "argue": true, "write": true, "tweet": true, "state": true,
	"insist": true, "tell": true, "add": true, "note": true, "explain": true,
}

// defenceNoun reports whether w is "defence" or "defense", in lower case:
// "the Defence Ministry" names a body.
func defenceNoun(w string) bool { return w == "defence" || w == "defense" }

// defended returns the actors whose defence argument a names, and the
// confidence of the reading: "the defence of Tom Wu", "Tom Wu's defense",
// "the parents' defence", "his defense", each member of "the defence of
// Sweden and Finland"; or nil.
func (d *docState) defended(si int, s nlp.Sentence, a schema.Argument) ([]*docEntity, float64) {
	toks := s.Tokens
	first, last := argTokens(s, a)
	if first < 0 {
		return nil, 0
	}
	k := first
	if strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	if k+2 < last && defenceNoun(toks[k].Text) && toks[k+1].Text == "of" {
		rest := schema.Argument{Text: s.Text[toks[k+2].Start:toks[last-1].End], Start: toks[k+2].Start, End: toks[last-1].End}
		o, conf, _ := d.argument(si, s, rest)
		if o == nil || !actorEntity(o) {
			return nil, 0
		}
		ents := d.listedEnts(si, s, rest, o)
		return ents, conf
	}
	if !defenceNoun(toks[last-1].Text) {
		return nil, 0 // "Norway's defence ministry", "his defense of the law"
	}
	if o := d.possessorOf(si, s, a, defenceNoun); o != nil {
		return []*docEntity{o}, placeArgConf
	}
	return nil, 0
}

// defenceFacts adds subj —defend→ actor for a speaker who says words "in"
// the actor's defence, an argument besides the object ([defenceSpeakers]);
// see [docState.defended].
func (d *docState) defenceFacts(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if subj == nil || !defenceSpeakers[verb] {
		return
	}
	for _, a := range x.Extra {
		p, ok := phraseAfter(a, "in")
		if !ok {
			continue
		}
		ents, conf := d.defended(si, s, p)
		for _, o := range ents {
			if o == subj {
				continue
			}
			if f := d.derive(si, x.Subject, phraseWith(x.Relation, "in", "defense", "of"), "defend", subj, o, "", x.Confidence*conf); f != nil {
				f.Class = schema.CanonicalRelation("defend")
				f.Negated = x.Negated
			}
		}
	}
}

// demandVerbs call for an act of [fateNouns] to befall an actor:
// "demanded Tom Wu's resignation", "called for the release of Ann Lee".
var demandVerbs = map[string]bool{
	"demand": true, "call_for": true, "seek": true, "urge": true, "ask_for": true, "press_for": true,
	"push_for": true, "request": true,
}

// demandArgument returns the lemma of x as a verb of [demandVerbs] and the
// argument that names what it demands: its object, or, when the verb has
// none and the extractor cut its "for" off the verb, the argument after
// that "for" ("had asked | for Tom Wu's resignation Monday night"); or "".
func (d *docState) demandArgument(x schema.Extraction) (string, schema.Argument) {
	if demandVerbs[x.Lemma] {
		return x.Lemma, x.Object
	}
	if !demandVerbs[x.Lemma+"_for"] || x.Object.End > x.Object.Start {
		return "", schema.Argument{}
	}
	for _, a := range x.Extra {
		if p, ok := phraseAfter(a, "for"); ok {
			return x.Lemma + "_for", p
		}
	}
	return "", schema.Argument{}
}

// fateNouns are the acts a demand may call to befall an actor, who is
// named by a possessive before or after "of".
var fateNouns = map[string]bool{
	"resignation": true, "ouster": true, "removal": true, "dismissal": true, "firing": true, "sacking": true,
	"impeachment": true, "arrest": true, "release": true, "extradition": true, "expulsion": true,
	"prosecution": true, "suspension": true,
}

// demandedFate returns the actor that argument a, the object of a verb of
// [demandVerbs], would have an act of [fateNouns] befall, the noun and
// the confidence of the reading: "Tom Wu's resignation", "his immediate
// release", "the resignation of Ann Lee", each member of "the release of
// Ann Lee and Tom Wu"; or nil.
func (d *docState) demandedFate(si int, s nlp.Sentence, a schema.Argument) ([]*docEntity, string, float64) {
	toks := s.Tokens
	first, last := argTokens(s, a)
	if first < 0 {
		return nil, "", 0
	}
	k := first
	if strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	for n := 0; n < 2 && k < last && toks[k].Tag == "JJ"; n++ {
		k++ // "the immediate release of"
	}
	if k+2 < last && fateNouns[toks[k].Text] && toks[k+1].Text == "of" {
		rest := schema.Argument{Text: s.Text[toks[k+2].Start:toks[last-1].End], Start: toks[k+2].Start, End: toks[last-1].End}
		o, conf, _ := d.argument(si, s, rest)
		if o == nil || !actorEntity(o) {
			return nil, "", 0
		}
		ents := d.listedEnts(si, s, rest, o)
		return ents, toks[k].Text, conf
	}
	noun := ""
	o := d.possessorOf(si, s, a, func(w string) bool {
		if fateNouns[w] {
			noun = w
			return true
		}
		return false
	})
	if o == nil {
		return nil, "", 0
	}
	return []*docEntity{o}, noun, placeArgConf
}

// weightVerbs put their subject's weight or support ([weightNouns])
// behind an actor, who is then supported: "threw her support behind Tom
// Wu", "put its weight behind Norway", "threw his support to Ann Lee".
var weightVerbs = map[string]bool{"throw": true, "put": true, "cast": true, "swing": true, "lend": true}

// weightNouns are what [weightVerbs] put behind an actor.
var weightNouns = map[string]bool{"support": true, "weight": true, "backing": true, "clout": true}

// weightedActor returns the actor that x, a verb of [weightVerbs] with an
// object of [weightNouns], puts its subject's weight behind, named by an
// argument after "behind" (or "to"), each member of a list there, and the
// confidence of the reading; or nil.
func (d *docState) weightedActor(si int, s nlp.Sentence, x schema.Extraction) ([]*docEntity, float64) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	first, last := argTokens(s, x.Object)
	if !weightVerbs[verb] || first < 0 || !weightNouns[s.Tokens[last-1].Lower()] || last-first > 3 {
		return nil, 0 // "put the tax behind schedule", "threw the weight of the party behind"
	}
	for _, a := range x.Extra {
		p, ok := phraseAfter(a, "behind")
		if !ok && verb != "put" {
			p, ok = phraseAfter(a, "to") // "put her support to a vote"
		}
		if !ok {
			continue
		}
		o, conf, _ := d.argument(si, s, p)
		if o == nil || !actorEntity(o) || isPlace(o) {
			continue
		}
		ents := d.listedEnts(si, s, p, o)
		return ents, conf
	}
	return nil, 0
}
