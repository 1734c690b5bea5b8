package entity

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// placeKeepWords are the words of a verb-and-in lemma ("live_in",
// "win_seat_in", "conduct_raid_in") by which its place is a fact between
// the actor and the place: where one stays, was born or brought up,
// lives, learns, works or serves, arrives, is elected or defeated, holds
// a stake or does business, or what a raid or a strike is aimed at. Any
// other verb ("died in Paris", "held a rally in Minsk", "supporters
// gathered in Cairo") tells where an act happened: [eventPlaced].
var placeKeepWords = map[string]bool{
	// staying and residence
	"be": true, "stay": true, "remain": true, "live": true, "reside": true, "station": true, "position": true,
	"base": true, "deploy": true, "hide": true, "settle": true, "wait": true, "locate": true, "situate": true,
	"headquarter": true, "register": true, "spend": true, "camp": true, "shelter": true, "exile": true,
	"trap": true, "strand": true,
	// birth and upbringing, schooling
	"bear": true, "born": true, "grow": true, "raise": true, "educate": true, "study": true, "graduate": true,
	"school": true, "train": true,
	// work and service
	"work": true, "serve": true, "employ": true, "operate": true, "practice": true, "practise": true,
	"teach": true, "intern": true, "volunteer": true, "oversee": true, "represent": true, "govern": true,
	"rule": true, "head": true, "lead": true, // "was leading in the polls in Utah": an election
	// arrival
	"arrive": true, "land": true, "reach": true, "stop": true, "visit": true, "return": true,
	// election
	"elect": true, "reelect": true, "re-elect": true, "win": true, "lose": true, "defeat": true, "seat": true,
	"vote": true,
	// stakes and business
	"own": true, "stake": true, "share": true, "invest": true, "business": true, "interest": true,
	"presence": true, "expand": true,
	// a hostile act's target
	"raid": true, "strike": true, "airstrike": true, "attack": true, "bomb": true, "shell": true,
	"invade": true, "fire": true, "intervene": true,
}

// custodyKeepVerbs keep their place only in the passive, where the
// subject is the one held ("was held in Evin prison"); active, the place
// is where the act was ("held a rally in Minsk").
var custodyKeepVerbs = map[string]bool{"hold": true, "keep": true, "detain": true, "imprison": true, "jail": true, "arrest": true}

// eventPlaced reports whether f, a fact whose lemma ends in "_in" and
// whose object is a place, only says where its act happened ("Tomas
// Verlin died in Velby", "held a rally in Velby", "gathered in Velby"):
// the place is the fact's place argument, no actor's place.
func eventPlaced(f *docFact) bool {
	if f.obj == nil || !isPlace(f.obj) || f.subj == nil || f.subj == f.obj {
		return false
	}
	stem, ok := strings.CutSuffix(f.Lemma, "_in")
	if !ok || stem == "" || stem == "locate" {
		return false
	}
	words := strings.Split(stem, "_")
	for _, w := range words {
		if keepWord(w) {
			return false
		}
	}
	if custodyKeepVerbs[words[0]] && beforeBe(f.Relation) {
		return false // "was held in Evin prison"
	}
	return true
}

// beforeBe reports whether the relation's words hold a form of "be", as
// a passive does ("was held in", "had been detained in").
func beforeBe(rel string) bool {
	for _, w := range strings.Fields(strings.ToLower(rel)) {
		switch w {
		case "is", "are", "was", "were", "be", "been", "being", "'s":
			return true
		}
	}
	return false
}

// placeAsArgument turns fact f, for which [eventPlaced] holds, into the
// fact of its act with the place as its place argument: "Tomas Verlin
// -die_in-> Velby" becomes "Tomas Verlin -die-" in Velby. It reports
// false when another fact of the sentence already tells the same act of
// the same subject with that place among its arguments ("died at his
// home" in Velby), so that f is dropped; that fact's place argument then
// names the place's entity.
func placeAsArgument(f *schema.Fact, all []*docFact, self *docFact, text string) bool {
	stem := strings.TrimSuffix(f.Lemma, "_in")
	head, _, _ := strings.Cut(stem, "_")
	place := f.Object.Text
	if place == "" {
		place = self.obj.name
	}
	for _, g := range all {
		if g == self || g.Sentence != f.Sentence || g.subj != self.subj {
			continue
		}
		if h, _, _ := strings.Cut(g.Lemma, "_"); h != head {
			continue
		}
		for k, a := range g.Extra {
			if (a.Role == "place" || a.Role == "in") && (strings.Contains(a.Text, place) || strings.Contains(a.Text, self.obj.name)) {
				switch a.Entity {
				case "":
					g.Extra[k].Entity = self.obj.name // the copy output made shares it
					return false
				case self.obj.name:
					return false
				} // "in Utah, Ohio and Idaho": each place its own argument
			}
		}
	}
	if f.Class == f.Lemma {
		f.Class = stem
	}
	f.Lemma = stem
	a := schema.Argument{Text: "in " + place, Role: "place", Entity: self.obj.name}
	if st, en := f.Object.Start-3, f.Object.End; st >= 0 && en > st && en <= len(text) && text[st:en] == a.Text {
		a.Start, a.End = st, en // as written; an implied object's place is implied too
	}
	f.Extra = append(append([]schema.Argument(nil), f.Extra...), a)
	f.Object = schema.Argument{}
	return true
}

// keepWord reports whether w, a word of a lemma, is of [placeKeepWords],
// a participle or a plural of one too ("elected_in", "based_in",
// "hold_shares_in").
func keepWord(w string) bool {
	return placeKeepWords[w] || placeKeepWords[strings.TrimSuffix(w, "s")] ||
		placeKeepWords[strings.TrimSuffix(w, "d")] || placeKeepWords[strings.TrimSuffix(w, "ed")]
}
