package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// takenPlaces are the posts and places of a person that another steps
// into, takes over, fills or inherits, and the act that taking them is:
// "stepped into Tom Wu's role", "will fill Ann Lee's seat" (succeed),
// "took Tom Wu's place", "stepped into the shoes of Ann Lee" (replace).
var takenPlaces = map[string]string{
	"role": "succeed", "post": "succeed", "position": "succeed", "seat": "succeed", "duties": "succeed",
	"mantle": "succeed", "portfolio": "succeed", "chairmanship": "succeed", "presidency": "succeed",
	"job": "replace", "place": "replace", "shoes": "replace",
}

// placeTakers take a place of [takenPlaces]: "stepped into", "took over",
// "filled", "assumed", "inherited", "took on", "took".
var placeTakers = map[string]bool{
	"step_into": true, "take_over": true, "fill": true, "assume": true, "inherit": true, "take_on": true,
	"take": true, "take_up": true, "step_in": true,
}

// postNamers name their passive subject to a post: "was named Tom Wu's
// successor", "was chosen as Ann Lee's successor".
var postNamers = map[string]bool{
	"name": true, "appoint": true, "choose": true, "elect": true, "pick": true, "select": true,
	"designate": true, "tap": true, "confirm": true, "announce": true,
}

// takenPlace adds subject —succeed→ person (—replace→ for a place or a
// job) when the subject steps into, takes over, fills or inherits the
// person's post ([takenPlaces]): "Ann Lee has stepped into Tom Wu's role
// as acting chair", "took the place of Tom Wu". Only a person's post is
// taken from them: "took over Norway's seat on the council" or "took
// over the leadership of the party" succeeds no one.
func (d *docState) takenPlace(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.subj == nil || !actorEntity(f.subj) || x.Negated || d.intended(s, x) {
		return
	}
	lemma := strings.TrimSuffix(x.Lemma, "_as")
	if !placeTakers[lemma] || infinitiveRelation(s, x) {
		return // "an election to fill Tom Wu's seat": not the subject's act
	}
	m, noun := d.personsNoun(si, s, x.Object, f.subj)
	if m == nil {
		return
	}
	w := s.Tokens[noun].Lower()
	act := takenPlaces[w]
	if act == "" || lemma == "take" && w == "role" {
		return // "took Tom Wu's role in the film": a part played
	}
	if g := d.derive(si, x.Subject, x.Relation, act, f.subj, m.ent, "", x.Confidence*placeArgConf); g != nil {
		g.Class = schema.CanonicalRelation(act)
	}
}

// personsNoun returns the mention of a person other than subj that owns
// the head noun of argument a, and the noun's index: "Tom Wu's role", "Ann
// Lee's former seat", "the shoes of Tom Wu"; or nil.
func (d *docState) personsNoun(si int, s nlp.Sentence, a schema.Argument, subj *docEntity) (*mention, int) {
	first, end := argTokens(s, a)
	if first < 0 || si >= len(d.sents) {
		return nil, -1
	}
	last := end - 1 // the argument's last token
	toks := s.Tokens
	for _, m := range d.sents[si] {
		if m.ent == nil || m.ent == subj || m.adj || m.ent.typ != schema.Person || m.start < first || m.end-1 > last {
			continue
		}
		switch {
		case m.end <= last && (toks[m.end].Tag == "POS" || m.possessive):
			k := m.end
			if toks[k].Tag == "POS" {
				k++
			}
			for n := 0; n < 2 && k < last && strings.HasPrefix(toks[k].Tag, "JJ"); n++ {
				k++ // "Ann Lee's former seat"
			}
			if k == last {
				return m, k
			}
		case m.end-1 == last && m.start-3 >= first && toks[m.start-1].Lower() == "of" && toks[m.start-3].Lower() == "the":
			return m, m.start - 2 // "the shoes of Tom Wu", "the place of Ann Lee"
		}
	}
	return nil, -1
}

// namedSuccessor adds subject —succeed→ person for a passive of naming
// whose object is the person's successor ([successionNouns]): "Ann Lee
// was named Tom Wu's successor", "was chosen as the successor of Tom Wu",
// as "is Tom Wu's successor" reads.
func (d *docState) namedSuccessor(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.subj == nil || !actorEntity(f.subj) || x.Negated || d.intended(s, x) {
		return
	}
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if len(w) < 2 || !beForms[w[0]] || !postNamers[verb] {
		return
	}
	if strings.Contains(x.Lemma, "_") && !strings.HasSuffix(x.Lemma, "_as") {
		return
	}
	m, noun := d.personsNoun(si, s, x.Object, f.subj)
	if m == nil {
		return
	}
	r, ok := successionNouns[s.Tokens[noun].Lower()]
	if !ok || r.lemma != "succeed" {
		return
	}
	a, b := f.subj, m.ent // "was named Tom Wu's successor": she succeeds him
	if !r.reverse {
		a, b = b, a // "was named Ann Lee's predecessor", rarely
	}
	d.derive(si, x.Subject, x.Relation, r.lemma, a, b, "", x.Confidence*placeArgConf)
}

// infinitiveRelation reports whether the relation of x, written right
// before its object, follows "to": "has until May to call an election to
// fill Tom Wu's seat" may give the clause's subject an act that another
// does.
func infinitiveRelation(s nlp.Sentence, x schema.Extraction) bool {
	first, _ := argTokens(s, x.Object)
	k := first - len(strings.Fields(x.Relation)) - 1
	if first <= 0 || k < 0 || s.Tokens[k].Lower() != "to" {
		return false
	}
	if k > 0 && appointedParticiples[s.Tokens[k-1].Lower()] {
		return false // "was appointed to fill Tom Wu's seat": the appointee fills it
	}
	return true
}

// appointedParticiples put their subject in a post: "was appointed to
// fill Tom Wu's seat".
var appointedParticiples = map[string]bool{
	"appointed": true, "named": true, "chosen": true, "elected": true, "selected": true, "picked": true,
	"tapped": true, "designated": true, "nominated": true, "sworn": true,
}

// foundingActs are the verbs of founding a body that a partner after
// "with" does too.
var foundingActs = map[string]bool{"found": true, "co-found": true, "form": true, "establish": true, "start": true, "launch": true}

// foundedWith adds partner —LEMMA→ body for "Ann Lee founded Halvik with
// her brother Tom Lee": a person after "with" founds, forms or
// establishes the organisation the subject does, together with it; so
// does each person of a list there.
func (d *docState) foundedWith(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.subj == nil || f.obj == nil || f.subj.typ != schema.Person || f.obj.typ != schema.Organization || !foundingActs[x.Lemma] || d.intended(s, x) {
		return
	}
	for _, a := range x.Extra {
		if prep, _, _ := strings.Cut(strings.ToLower(a.Text), " "); prep != "with" && strings.ToLower(a.Role) != "with" || a.Start < x.Object.End {
			continue
		}
		o, conf, _ := d.argument(si, s, a)
		if o == nil {
			return
		}
		partners := []*docEntity{o}
		if joinedPhrase(s, a) {
			b := a // "with Kari Dahl and Per Lund": each of them
			if w, rest, ok := strings.Cut(a.Text, " "); ok && strings.EqualFold(w, "with") {
				b.Text, b.Start = rest, a.Start+len(w)+1
			}
			partners = d.listedEnts(si, s, b, o)
		}
		for _, p := range partners {
			if p != f.subj && p != f.obj && p.typ == schema.Person {
				if g := d.derive(si, x.Subject, x.Relation, f.Lemma, p, f.obj, "", x.Confidence*conf*placeArgConf); g != nil {
					g.Class = f.Class
				}
			}
		}
		return
	}
}
