package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Match reports: results written as scores, and who scored for whom.

// scoreLines adds the result of a score line ("Group G — Belgium 3 – 0
// Panama"): two actors with their goals between, the first defeats the
// second, loses to it, or draws with it.
func (d *docState) scoreLines(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if !team(a) || !team(b) || b.start != a.end+3 || !dash(toks[a.end+1].Text) {
			continue
		}
		x, okx := goals(toks[a.end].Text)
		y, oky := goals(toks[a.end+2].Text)
		if !okx || !oky {
			continue
		}
		lemma := "draw_with"
		switch {
		case x > y:
			lemma = "defeat"
		case x < y:
			lemma = "lose_to"
		}
		d.derive(si, argOf(s, a), joinText(toks[a.end:b.start]), lemma, a.ent, b.ent, "", roleConf)
	}
}

// team reports whether m names a side: a state or an organisation, by its
// name.
func team(m *mention) bool {
	return m.ent != nil && named(m) && !m.adj && !m.possessive && (m.ent.typ == schema.GPE || m.ent.typ == schema.Organization)
}

// dash reports whether w is a dash between two scores.
func dash(w string) bool { return w == "-" || w == "–" || w == "—" }

// goals returns the number a score's token writes, up to two digits.
func goals(w string) (int, bool) {
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	n := 0
	for _, c := range w {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// leadPhrases are relations whose team object a scorer put ahead:
// "doubled the lead for Belgium", "equalising for Korea".
var leadPhrases = map[string]bool{
	"double_for": true, "extend_for": true, "equalise_for": true, "equalize_for": true, "level_for": true,
}

// goalNouns head the nouns of what a scorer scores: "a late goal from Harry
// Kane".
var goalNouns = map[string]bool{
	"goal": true, "goals": true, "header": true, "penalty": true, "equaliser": true, "equalizer": true, "volley": true,
}

// scorers adds player —score_for→ team for the players a sentence says
// scored, with the team they scored for: the team they put ahead ("scored
// from close range, putting Norway 2 – 1 up"), the team they are
// named with ("Norwegian captain Ola Berg scored a third goal"; "a late
// goal from Norwegian captain Ola Berg"), or the team that opened the
// scoring or took the lead ("Norway opened the scoring, when Ola Berg
// scored"). "doubled the lead for Belgium" is scoring for Belgium.
func (d *docState) scorers() {
	sorted, at := bySentence(d.facts, len(d.sents), func(f *docFact) bool { return !f.Background })
	for si := range d.sents {
		fs := sorted[at[si]:at[si+1]]
		text := d.input[si].Text
		for _, f := range fs {
			if !isTeam(f.obj) || f.Lemma != "put" && f.Lemma != "score_for" && !leadPhrases[f.Lemma] {
				continue
			}
			if f.subj == nil {
				f.subj = d.shotBy(si, f.Subject) // "Hwang Hee-Chan's header ... equalise for Korea"
			}
			switch {
			case !isPerson(f.subj):
			case missedChance(text, f):
				// "missed a chance to put Norway ahead": no goal,
				// but the player plays for the side.
				f.Lemma, f.Class = schema.MemberOf, schema.MemberOf
			case leadPhrases[f.Lemma]:
				f.Lemma, f.Class = "score_for", "score_for"
			}
		}
		scorers := scorersOf(text, fs)
		for _, p := range scorers {
			t, put := teamOf(fs, p)
			switch {
			case put != nil:
				put.Lemma, put.Class = "score_for", "score_for" // putting a team ahead is scoring for it
			case t != nil && !has(fs, p, "score_for", t):
				d.derive(si, schema.Argument{Text: p.name}, "scored", "score_for", p, t, "", roleConf)
			}
		}
		if len(scorers) == 1 {
			d.assists(si, scorers[0])
		}
		d.substitutions(si, fs)
		d.attempts(si)
	}
}

// attemptNouns are the tries at goal a side's players make.
var attemptNouns = newWordSet(map[string]bool{"attempt": true, "attempts": true, "shot": true, "shots": true, "chance": true, "chances": true})

// attempts adds player —member_of→ side for the players whose attempts a
// sentence gives a side: "England started the match with attempts from
// Jesse Lingard, Harry Maguire and John Stones", "Belgium started ... with
// Romelu Lukaku and Dries Mertens making early attempts", "Panama's
// attempt in the 61st minute, by Ola Berg". The side is the noun's
// possessor, else the side the sentence starts with as its subject.
func (d *docState) attempts(si int) {
	s, ms := d.input[si], d.sents[si]
	toks := s.Tokens
	var people []*mention
	var side *docEntity
	if len(ms) > 0 && team(ms[0]) && d.subject(si, ms[0]) {
		side = ms[0].ent
	}
	for k, t := range toks {
		if !strings.HasPrefix(t.Tag, "NN") || !attemptNouns.has(t.Lower()) {
			continue
		}
		if people == nil {
			for _, m := range ms {
				if named(m) && isPerson(m.ent) {
					people = append(people, m)
				}
			}
		}
		owner := side
		for _, m := range ms {
			if named(m) && !m.adj && isTeam(m.ent) && m.possessive && m.end+1 == k && toks[m.end].Tag == "POS" {
				owner = m.ent // "Panama's attempt"
			}
		}
		if owner == nil {
			continue
		}
		var players []*mention
		if k >= 2 && (toks[k-1].Tag == "JJ" && k >= 3 && makes(toks[k-2].Text) || makes(toks[k-1].Text)) {
			end := k - 1 // "A, B and C making early attempts"
			if !makes(toks[end].Text) {
				end--
			}
			players = listEnding(toks, people, end)
		}
		for j := k + 1; j < len(toks) && j <= k+8 && players == nil; j++ {
			if strings.HasPrefix(toks[j].Tag, "VB") {
				break
			}
			if w := toks[j].Lower(); w == "from" || w == "by" {
				players = listStarting(toks, startingAt(people, j+1), j+1)
			}
		}
		for _, p := range players {
			d.derive(si, argOf(s, p), t.Text, schema.MemberOf, p.ent, owner, "", roleConf)
		}
	}
}

// makes reports whether w is a verb of making an attempt.
func makes(w string) bool { return w == "making" || w == "made" || w == "had" }

// shotBy returns the player whose shot argument a names ("Hwang Hee-Chan's
// header"), or nil.
func (d *docState) shotBy(si int, a schema.Argument) *docEntity {
	toks := d.input[si].Tokens
	for _, m := range d.sents[si] {
		if !named(m) || !isPerson(m.ent) || m.end+1 >= len(toks) || toks[m.start].Start < a.Start || toks[m.end+1].End > a.End {
			continue
		}
		if toks[m.end].Tag == "POS" && (goalNouns[toks[m.end+1].Lower()] || attemptNouns.has(toks[m.end+1].Lower())) {
			return m.ent
		}
	}
	return nil
}

// chanceWords, before a relation, make it an attempt, not a deed.
var chanceWords = []string{"chance to", "chance of", "attempt to", "attempts to", "failed to", "bid to"}

// missedChance reports whether the words between f's subject and object in
// its sentence text make f an attempt ("missed a chance to put Sweden in
// the lead").
func missedChance(text string, f *docFact) bool {
	a, b := f.Subject.End, f.Object.Start
	if a < 0 || b > len(text) || a >= b {
		return false
	}
	between := strings.ToLower(text[a:b])
	for _, w := range chanceWords {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

// assistNouns are what a player gives a scorer.
var assistNouns = map[string]bool{"assist": true, "pass": true, "cross": true}

// assists adds player —assist→ scorer for "from Kevin De Bruyne's assist"
// in a sentence whose one scorer is scorer.
func (d *docState) assists(si int, scorer *docEntity) {
	toks := d.input[si].Tokens
	for _, m := range d.sents[si] {
		if !named(m) || !isPerson(m.ent) || m.ent == scorer || m.start == 0 || m.end+1 >= len(toks) {
			continue
		}
		if strings.EqualFold(toks[m.start-1].Text, "from") && toks[m.end].Tag == "POS" && assistNouns[toks[m.end+1].Lower()] {
			d.derive(si, argOf(d.input[si], m), "'s "+toks[m.end+1].Text, "assist", m.ent, scorer, "", roleConf)
		}
	}
}

// substitutions adds player —member_of→ side for the players a side
// substitutes ("Korea substituted Jo Han-Sol"), for both players of a
// change a side made ("Norway made a change, as Ola Berg replaced Tom
// Wu") and for whoever replaces a side's player ("Tunisia's goalkeeper
// Karim Haddad ... replaced by Sami Ben Salah"). "Korea substituted
// Jo Han-Sol ... and was replaced by Yun Dae-Ho" replaces the player, not
// the side.
func (d *docState) substitutions(si int, fs []*docFact) {
	for _, f := range fs {
		if f.implied || f.Lemma != "replace" || !isPerson(f.subj) || !isTeam(f.obj) {
			continue
		}
		for _, g := range fs {
			if verb, _, _ := strings.Cut(g.Lemma, "_"); !g.implied && verb == "substitute" && g.subj == f.obj && isPerson(g.obj) {
				d.derive(si, f.Subject, f.Relation, schema.MemberOf, f.subj, f.obj, "", roleConf)
				f.obj, f.Object = g.obj, g.Object
				break
			}
		}
	}
	for _, f := range fs {
		if f.Lemma != "replace" || !isPerson(f.subj) || !isPerson(f.obj) {
			continue
		}
		for _, g := range fs {
			if g.implied && g.Lemma == schema.MemberOf && isTeam(g.obj) && !partyEntity(g.obj) && !courtName(g.obj.name) && (g.subj == f.obj || g.subj == f.subj) {
				// A party's member who replaces another in a post
				// ("Senator Tom Wu (D-IL) replaced Lee as whip") states
				// nothing of the other's party; nor does a judge's court
				// ("Federal Court Justice Ann Lee was appointed to the
				// High Court, replacing Tom Wu"): a judge who replaces
				// another has often moved from a lower bench.
				d.derive(si, f.Subject, f.Relation, schema.MemberOf, f.subj, g.obj, "", roleConf)
				d.derive(si, f.Object, f.Relation, schema.MemberOf, f.obj, g.obj, "", roleConf)
			}
		}
	}
	for _, f := range fs {
		if f.implied || !isTeam(f.subj) {
			continue
		}
		verb, _, _ := strings.Cut(f.Lemma, "_")
		switch {
		case verb == "substitute" && isPerson(f.obj):
			d.derive(si, f.Object, f.Relation, schema.MemberOf, f.obj, f.subj, "", roleConf)
		case verb == "make" && (strings.HasSuffix(f.Object.Text, "change") || strings.HasSuffix(f.Object.Text, "substitution")):
			for _, g := range fs {
				if !g.implied && g.Lemma == "replace" && isPerson(g.subj) && isPerson(g.obj) {
					d.derive(si, g.Subject, f.Relation, schema.MemberOf, g.subj, f.subj, "", roleConf)
					d.derive(si, g.Object, f.Relation, schema.MemberOf, g.obj, f.subj, "", roleConf)
				}
			}
		}
	}
}

// scorersOf returns the people who scored in a sentence's facts, whose
// text is text: subjects of score, and the people "a goal from" names,
// unless the shot was stopped ("saved a penalty from", [stoppedShot]).
func scorersOf(text string, fs []*docFact) []*docEntity {
	var out []*docEntity
	for _, f := range fs {
		if f.implied || f.Negated {
			continue
		}
		verb, _, _ := strings.Cut(f.Lemma, "_")
		switch {
		case verb == "score" && isPerson(f.subj):
			out = append(out, f.subj)
		case f.Lemma == schema.From && isPerson(f.obj) && goalNouns[lastWord(f.Subject.Text)] && !stoppedShot(text, f):
			out = append(out, f.obj)
		}
	}
	return out
}

// stopWords are the verbs of a shot that did not go in: "saved a penalty
// from Ann Lee", "blocked a header from".
var stopWords = map[string]bool{
	"saved": true, "saves": true, "missed": true, "misses": true, "blocked": true, "blocks": true,
	"stopped": true, "stops": true, "parried": true, "parries": true, "denied": true, "denies": true,
}

// stoppedShot reports whether a word of [stopWords] stands among the
// three words before f's subject, a goal's noun from a player ("Tom Wu
// saved a late penalty from Ann Lee"): the player did not score.
func stoppedShot(text string, f *docFact) bool {
	if f.Subject.Start <= 0 || f.Subject.Start > len(text) {
		return false
	}
	w := strings.Fields(strings.ToLower(text[:f.Subject.Start]))
	for i := len(w) - 1; i >= 0 && i >= len(w)-3; i-- {
		if stopWords[w[i]] {
			return true
		}
	}
	return false
}

// teamOf returns the team scorer p scored for, from the facts of its
// sentence, or nil; put is p's fact of putting that team ahead ("putting
// Sweden 1 – 0 up"), if that is where the team comes from.
func teamOf(fs []*docFact, p *docEntity) (t *docEntity, put *docFact) {
	for _, f := range fs {
		if !f.implied && f.subj == p && isTeam(f.obj) {
			switch f.Lemma {
			case "put":
				return f.obj, f
			case "score_for":
				return f.obj, nil // "scored for Belgium"
			}
		}
	}
	for _, f := range fs {
		if f.implied && f.subj == p && isTeam(f.obj) && f.Lemma == "score_for" {
			// "Norwegian striker Ola Berg scored for Velby FC": the
			// side named after for, not the nationality's.
			return f.obj, nil
		}
	}
	for _, f := range fs {
		if f.implied && f.subj == p && isTeam(f.obj) && (f.Lemma == schema.MemberOf || f.Lemma == schema.Lead) {
			return f.obj, nil // "English captain Harry Kane"
		}
	}
	for _, f := range fs {
		obj := strings.ToLower(f.Object.Text)
		if !f.implied && isTeam(f.subj) && (f.Lemma == "open" && strings.HasSuffix(obj, "scoring") || f.Lemma == "take" && strings.HasSuffix(obj, "lead")) {
			return f.subj, nil // "England opened the scoring"
		}
	}
	return nil, nil
}

// has reports whether fs holds s —lemma→ o.
func has(fs []*docFact, s *docEntity, lemma string, o *docEntity) bool {
	for _, f := range fs {
		if f.subj == s && f.obj == o && f.Lemma == lemma {
			return true
		}
	}
	return false
}

func isPerson(e *docEntity) bool { return e != nil && e.typ == schema.Person }

// isTeam reports whether e may be a side in a match: a state, an
// organisation or a group ("the Belgians").
func isTeam(e *docEntity) bool {
	return e != nil && (e.typ == schema.GPE || e.typ == schema.Organization || e.typ == schema.Group)
}

// sideWords name a person's team after a possessive pronoun: "his side",
// "her team", "their club".
var sideWords = map[string]bool{"side": true, "team": true, "club": true, "squad": true}

// teamLemmas tie a person to the team the person plays for, captains or
// coaches.
var teamLemmas = map[string]bool{
	schema.MemberOf: true, "play_for": true, "score_for": true, "coach": true, "captain": true, "lead": true,
}

// teamOf returns the one team the facts so far tie p to ([teamLemmas]): an
// organisation, or a state's side, that is no party; nil for none or two.
func (d *docState) teamOf(p *docEntity) *docEntity {
	return d.oneObject(p, func(f *docFact) bool {
		return f.obj != p && teamLemmas[f.Lemma] && f.obj.typ == schema.Organization && !f.obj.desc["party"] && !partyNamed(f.obj.name, f.obj.gaz)
	})
}

// lastWord returns the last word of text, in lower case.
func lastWord(text string) string {
	var fArr [16]string
	f := appendFields(fArr[:0], text)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1]) // lower case makes no space nor unmakes one
}

// clubNouns are the nouns of a side's staff and players that a club's name
// modifies ("Dunmore manager Ola Berg", "Kelton striker Tom Wu"); with a
// possessive only the players' positions ("Dunmore's striker"), since "Ann
// Lee's manager" is a person's.
var clubNouns = map[string]bool{
	"manager": false, "coach": false, "head-coach": false, "captain": false, "striker": true,
	"midfielder": true, "defender": true, "goalkeeper": true, "winger": true, "forward": false,
	"fans": false, "supporters": false, "squad": true, "boss": false, "keeper": true, "full-back": true,
	"centre-back": true, "fly-half": true, "scrum-half": true, "flanker": true, "skipper": false, "hooker": true,
	"halfback": true, "half-back": true, "flyhalf": true, "scrumhalf": true, "prop": true, "five-eighth": true,
}

// clubContext reports whether the lone unknown name [a, b) of s is a
// sports club's by the words around it ([clubWords]): a noun of
// [clubNouns] right after the name ("Dunmore manager Ola Berg") or, for
// the players' positions, after its possessive ("Dunmore's striker"), a
// transfer, a fixture ("Dunmore v Kelton"), a verb of joining or "played
// for" before it, or a plural verb after it ("Dunmore have drawn"). The
// club's other lone mentions follow ([orgVote]): "Dunmore beat Kelton".
func clubContext(s nlp.Sentence, a, b int) bool {
	return strings.HasPrefix(s.Tokens[a].Tag, "NNP") && clubWords(s.Tokens, a, b)
}

// clubWords reports whether the words around the name [a, b) of toks are
// those of a club's ([clubContext]), whatever the name's tag.
func clubWords(toks []nlp.Token, a, b int) bool {
	if transferContext(toks, b) || fixture(toks, a, b) || a > 0 && joinVerbs[toks[a-1].Lower()] ||
		a > 1 && toks[a-1].Lower() == "for" && playVerbs[toks[a-2].Lower()] {
		return true
	}
	if pluralSubject(toks, a, b) || resultSide(toks, a, b) {
		return true
	}
	k, poss := b, false
	if k < len(toks) && toks[k].Tag == "POS" {
		k, poss = k+1, true
	}
	if k >= len(toks) || isCap(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "NN") {
		return false
	}
	if toks[k].Lower() == "half" && k+1 < len(toks) && toks[k+1].Lower() == "back" {
		return true // "Halden half back Ann Lee", "Halden's half back"
	}
	player, ok := clubNouns[toks[k].Lower()]
	return ok && (player || !poss)
}

// scoreVerbs state a match's result between two sides.
var scoreVerbs = map[string]bool{
	"beat": true, "beats": true, "defeated": true, "defeats": true, "edged": true, "thrashed": true,
	"routed": true, "overcame": true, "hammered": true, "crushed": true, "drew": true, "downed": true,
}

// resultSide reports whether the name [a, b) of toks is a side in a
// result that a score closes: "Velby beat Tarsk 32-22", "Velby drew with
// Tarsk 1-1" (either name). A tennis score of sets ("6-3, 6-4") is
// players'.
func resultSide(toks []nlp.Token, a, b int) bool {
	if b+2 < len(toks) && scoreVerbs[toks[b].Lower()] {
		k := b + 1
		if toks[k].Lower() == "with" {
			k++
		}
		if k+1 < len(toks) && isCap(toks[k].Text) && toks[k].Tag == "NNP" && (toks[k+1].Tag == "NNP" && k+2 < len(toks) && teamScore(toks, k+2) || teamScore(toks, k+1)) {
			return true
		}
	}
	k := a - 1
	if k >= 1 && toks[k].Lower() == "with" {
		k--
	}
	return k >= 0 && scoreVerbs[toks[k].Lower()] && teamScore(toks, b)
}

// teamScore reports whether a match's score stands at token k ("32-22",
// "3 – 1"), not one of a tennis match's sets ("6-3, 6-4").
func teamScore(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	end := k + 1
	if x, ok := goals(toks[k].Text); ok && k+2 < len(toks) && dash(toks[k+1].Text) {
		if _, ok := goals(toks[k+2].Text); !ok || x < 0 {
			return false
		}
		end = k + 3
	} else if i := strings.IndexAny(toks[k].Text, "-–"); i > 0 {
		_, ok1 := goals(toks[k].Text[:i])
		_, ok2 := goals(strings.TrimLeft(toks[k].Text[i:], "-–"))
		if !ok1 || !ok2 {
			return false
		}
	} else {
		return false
	}
	return !(end+1 < len(toks) && toks[end].Text == "," && toks[end+1].Tag == "CD")
}

// fixture reports whether the name [a, b) of toks is a side on either
// side of "v" or "vs" ("Kelton v Dunmore").
func fixture(toks []nlp.Token, a, b int) bool {
	vs := func(w string) bool { return w == "v" || w == "vs" || w == "v." || w == "vs." }
	return b+1 < len(toks) && vs(toks[b].Text) && isCap(toks[b+1].Text) ||
		a >= 2 && vs(toks[a-1].Text) && isCap(toks[a-2].Text)
}

// pluralSubject reports whether the name [a, b) of toks opens its clause
// before a plural verb: "Kelton have drawn", "But Kelton were beaten".
// British English writes a side or a band so, never a person or a place;
// "his brother Tom were" has another subject.
func pluralSubject(toks []nlp.Token, a, b int) bool {
	return b < len(toks) && pluralBe[toks[b].Lower()] && (a == 0 || a == 1 && toks[0].Tag == "CC" || toks[a-1].Tag == "``" || toks[a-1].Tag == "RB")
}

// joinVerbs join a club or a band; pluralBe are the plural forms of "be"
// and "have" that follow a side's name.
var (
	joinVerbs = map[string]bool{"join": true, "joins": true, "joined": true, "joining": true}
	// playVerbs play or sign for a side ("played for Kelton").
	playVerbs = map[string]bool{"play": true, "plays": true, "played": true, "playing": true, "signed": true, "signs": true, "sign": true}
	pluralBe  = map[string]bool{"have": true, "were": true, "are": true}
)

// transferVerbs move a player between clubs.
var transferVerbs = map[string]bool{
	"signed": true, "signs": true, "sold": true, "sells": true, "bought": true, "buys": true, "loaned": true,
	"loans": true, "released": true, "releases": true, "recruited": true,
}

// transferContext reports whether the name ending at token b is the
// subject of a transfer verb whose object is a player named by his
// position, at most two words before the noun: "Liverpool signed Dutch
// defender Virgil van Dijk", "Kelton sold their striker Tom Wu".
func transferContext(toks []nlp.Token, b int) bool {
	if b >= len(toks) || !transferVerbs[toks[b].Lower()] {
		return false
	}
	for k := b + 1; k < len(toks) && k <= b+3; k++ {
		w := toks[k].Lower()
		if player := clubNouns[w]; player && strings.HasPrefix(toks[k].Tag, "NN") {
			return k+1 < len(toks) && isCap(toks[k+1].Text)
		}
		if !strings.HasPrefix(toks[k].Tag, "JJ") && toks[k].Tag != "DT" && toks[k].Tag != "PRP$" && !isCap(toks[k].Text) {
			return false
		}
	}
	return false
}

// transferredFrom reports whether a transfer verb comes before token k
// in its clause (within six tokens, no comma between) and a player's
// position follows the verb before "from": "signed Dutch defender Virgil
// van Dijk from Southampton" moves the player from the club after "from".
// Without the position the from may name where the signed one comes from
// ("signed rapper Ann Lee from Atlanta").
func transferredFrom(s nlp.Sentence, k int) bool {
	toks := s.Tokens
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		t := toks[i]
		if t.Text == "," || t.Text == ";" {
			return false
		}
		if !strings.HasPrefix(t.Tag, "VB") {
			continue
		}
		if w := t.Lower(); !transferVerbs[w] && w != "sign" && w != "buy" && w != "signing" {
			return false
		}
		for _, u := range toks[i+1:] {
			if u.Text == "from" || u.Text == "," {
				break
			}
			if player := clubNouns[u.Lower()]; player && strings.HasPrefix(u.Tag, "NN") {
				return true
			}
		}
		return false
	}
	return false
}

// competitions drops the names of leagues that the document writes as a
// competition: before a noun for a match, a stage or an aim in it ("the
// Velmor League clash", "Velmor League success") or after a verb of
// winning and "the" ("win the Velmor League"). A league that
// is a body of members ("the Arab League summit") is written so rarely.
// Only names ending in League or Premiership are read; cups and
// championships are dropped as contests already. ms are the mentions of
// sents; each sentence's list is filtered in place.
func competitions(sents []nlp.Sentence, ms [][]*mention) {
	var leagues map[string]bool
	for i, s := range ms {
		toks := sents[i].Tokens
		for _, m := range s {
			if m.gaz != nil || !leagueHeads[toks[m.end-1].Text] {
				continue
			}
			if m.end < len(toks) && contestNouns[toks[m.end].Lower()] ||
				m.start >= 2 && strings.EqualFold(toks[m.start-1].Text, "the") && winVerbs[toks[m.start-2].Lower()] {
				if leagues == nil {
					leagues = map[string]bool{}
				}
				leagues[m.name] = true
			}
		}
	}
	if leagues == nil {
		return
	}
	for i, s := range ms {
		ms[i] = slices.DeleteFunc(s, func(m *mention) bool { return m.gaz == nil && leagues[m.name] })
	}
}

// leagueHeads end the names of leagues; contestNouns name a match, a stage
// or an aim in a competition, after its name; winVerbs win one ("win
// the").
var (
	leagueHeads  = map[string]bool{"League": true, "Premiership": true}
	contestNouns = map[string]bool{
		"clash": true, "tie": true, "match": true, "game": true, "final": true, "semi-final": true, "quarter-final": true,
		"campaign": true, "ambitions": true, "success": true, "title": true, "group": true, "stage": true, "draw": true,
		"record": true, "champions": true, "holders": true, "side": true, "strugglers": true, "leaders": true,
		"representatives": true, "fixture": true, "fixtures": true, "season": true, "debut": true,
	}
	winVerbs = map[string]bool{"win": true, "won": true, "winning": true, "wins": true}
)

// signingVerbs take a person from one body into another: "Sunderland
// signed Tom Wu from Ipswich Town", "Tom Wu joined Sunderland from Ipswich".
var signingVerbs = map[string]bool{
	"sign": true, "buy": true, "recruit": true, "poach": true, "join": true, "hire": true,
}

// transferFrom adds, for a signing of x ([signingVerbs]) with a
// from-phrase naming an organisation, that the person moved left it, and
// that the body that signed or hired the person did so from it: "Sunderland
// signed Tom Wu from Ipswich Town" gives Tom Wu leave Ipswich Town and
// Sunderland sign_from Ipswich Town; "Tom Wu joined Sunderland from
// Ipswich Town" gives Tom Wu leave Ipswich Town.
func (d *docState) transferFrom(si int, s nlp.Sentence, x schema.Extraction, subj, obj *docEntity) {
	verb, _, _ := strings.Cut(x.Lemma, "_")
	if !signingVerbs[verb] || x.Negated || subj == nil || obj == nil || subj == obj || !actorEntity(obj) {
		return
	}
	var person, body *docEntity
	switch {
	case verb == "join" && subj.typ == schema.Person && obj.typ == schema.Organization:
		person = subj
	case verb != "join" && subj.typ == schema.Organization && obj.typ == schema.Person:
		person, body = obj, subj
	default:
		return
	}
	for _, a := range x.Extra {
		arg, ok := phraseAfter(a, "from")
		if !ok {
			continue
		}
		o, conf, _ := d.argument(si, s, arg)
		if o == nil || o.typ != schema.Organization || o == person || o == body || o == obj {
			return
		}
		d.derive(si, x.Subject, x.Relation+" from", "leave", person, o, "", x.Confidence*conf*placeArgConf)
		if body != nil {
			d.derive(si, x.Subject, x.Relation+" from", verb+"_from", body, o, "", x.Confidence*conf*placeArgConf)
		}
		return
	}
}
