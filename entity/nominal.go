package entity

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// nominalConf is the confidence of an act read from a possessive
// nominalisation ("Russia's attack on Ukraine").
const nominalConf = 0.6

// An eventNoun is a noun that a possessor performs on the actor after
// one of its prepositions.
type eventNoun struct {
	lemma string
	preps []string
}

// nominals map an event noun to the relation its possessor holds to the
// actor after its preposition: "Russia's attack on Ukraine" (attack),
// "his visit to Google" (visit), "our deals with Albania" (deal_with).
// A noun whose possessor may be its patient ("Ukraine's defeat", "his
// arrest") is left out.
var nominals = newWordMap(map[string]eventNoun{
	"attack": {"attack", []string{"on", "against"}}, "attacks": {"attack", []string{"on", "against"}},
	"assault": {"attack", []string{"on", "against"}}, "invasion": {"invade", []string{"of"}},
	"visit": {"visit", []string{"to"}}, "visits": {"visit", []string{"to"}}, "trip": {"travel_to", []string{"to"}},
	"tour": {"visit", []string{"of"}}, "tours": {"visit", []string{"of"}},
	"stop": {"visit", []string{"in", "at"}}, "stops": {"visit", []string{"in", "at"}},
	"journey": {"travel_to", []string{"to"}}, "drive": {"drive_to", []string{"to"}},
	"meeting": {"meet_with", []string{"with"}}, "meetings": {"meet_with", []string{"with"}},
	"talks": {"talk_with", []string{"with"}}, "conversation": {"talk_with", []string{"with"}},
	"deal": {"deal_with", []string{"with"}}, "deals": {"deal_with", []string{"with"}},
	"agreement": {"agree_with", []string{"with"}}, "agreements": {"agree_with", []string{"with"}},
	"memorandum": {"agree_with", []string{"with"}}, "memoranda": {"agree_with", []string{"with"}},
	"treaty": {"agree_with", []string{"with"}}, "treaties": {"agree_with", []string{"with"}},
	"pact": {"agree_with", []string{"with"}}, "accord": {"agree_with", []string{"with"}}, "alliance": {"ally_with", []string{"with"}},
	"coalition": {"ally_with", []string{"with"}}, "coalitions": {"ally_with", []string{"with"}},
	"partnership": {"partner_with", []string{"with"}}, "collaboration": {"collaborate_with", []string{"with"}},
	"cooperation": {"cooperate_with", []string{"with"}}, "negotiations": {"negotiate_with", []string{"with"}},
	"letter": {"write_to", []string{"to"}}, "support": {"support", []string{"for", "of"}},
	"criticism": {"criticise", []string{"of"}}, "condemnation": {"condemn", []string{"of"}},
	"praise": {"praise", []string{"for", "of"}}, "victory": {"defeat", []string{"over", "against"}},
	// "Pell maintained his lead over Brandt": ahead of him in a race.
	"lead": {aheadOf, []string{"over"}},
	"win":  {"defeat", []string{"over", "against"}}, "sanctions": {"sanction", []string{"on", "against"}},
	"restrictions": {"restrict", []string{"on", "against"}}, "restriction": {"restrict", []string{"on", "against"}},
	"request": {"request", []string{"to"}}, "requests": {"request", []string{"to"}},
	"appeal": {"appeal_to", []string{"to"}}, "invitation": {"invite", []string{"to"}},
	"threat": {"threaten", []string{"to", "against"}}, "threats": {"threaten", []string{"to", "against"}},
	"warning": {"warn", []string{"to"}}, "accusation": {"accuse", []string{"against"}},
	"accusations": {"accuse", []string{"against"}}, "lawsuit": {"sue", []string{"against"}}, "lawsuits": {"sue", []string{"against"}}, "suit": {"sue", []string{"against"}},
	"charges":  {"charge", []string{"against"}},
	"donation": {"donate_to", []string{"to"}}, "donations": {"donate_to", []string{"to"}},
	"apology": {"apologise_to", []string{"to"}}, "endorsement": {"endorse", []string{"of"}},
	"acquisition": {"acquire", []string{"of"}}, "takeover": {"take_over", []string{"of"}},
	"resignation": {"resign_from", []string{"from"}}, "departure": {"leave", []string{"from"}},
	"withdrawal": {"withdraw_from", []string{"from"}}, "campaign": {"campaign_against", []string{"against"}},
	"investigation": {"investigate", []string{"of", "into"}}, "probe": {"investigate", []string{"of", "into"}},
	"inquiry": {"investigate", []string{"into"}}, "border": {"border", []string{"with"}},
	"stay": {"block", []string{"of", "to"}}, "interview": {"interview", []string{"with"}},
	"clash": {"clash_with", []string{"with"}}, "clashes": {"clash_with", []string{"with"}},
	"fight": {"fight", []string{"with", "against"}}, "fights": {"fight", []string{"with", "against"}},
	"fighting": {"fight", []string{"with", "against"}}, "war": {"fight", []string{"with", "against", "on"}},
	"dispute": {"dispute_with", []string{"with"}}, "disputes": {"dispute_with", []string{"with"}},
	"disagreement": {"disagree_with", []string{"with"}}, "disagreements": {"disagree_with", []string{"with"}},
	"rift": {"dispute_with", []string{"with"}}, "quarrel": {"dispute_with", []string{"with"}},
	"foul": {"foul", []string{"on", "against"}}, "email": {"write_to", []string{"to"}},
	"e-mail": {"write_to", []string{"to"}}, "letters": {"write_to", []string{"to"}},
	"game": {"play", []string{"with", "against"}}, "match": {"play", []string{"with", "against"}},
	"debate": {"debate", []string{"with", "against"}}, "debates": {"debate", []string{"with", "against"}},
	"ties": {"have_ties_with", []string{"with"}}, "relations": {"have_relations_with", []string{"with"}},
	"intervention": {"intervene_in", []string{"in", "against"}}, "merger": {"merge_with", []string{"with"}},
	"opposition": {"oppose", []string{"to"}}, "pressure": {"pressure", []string{"on"}},
	"loan": {"lend_to", []string{"to"}}, "loans": {"lend_to", []string{"to"}}, "aid": {"aid", []string{"to", "for"}},
	"strike": {"strike", []string{"on", "against"}}, "strikes": {"strike", []string{"on", "against"}},
	"airstrikes": {"strike", []string{"on", "against"}}, "raid": {"raid", []string{"on"}},
	"raids": {"raid", []string{"on"}}, "offensive": {"attack", []string{"against", "on", "into"}},
	// "launched a joint operation against the rebels", "imposed a fine
	// on the committee": an operation against a foe, a fine on whom it
	// fines.
	"operation": {"operate_against", []string{"against"}}, "operations": {"operate_against", []string{"against"}},
	"fine": {"fine", []string{"on"}}, "fines": {"fine", []string{"on"}},
	"tariffs": {"impose_tariffs_on", []string{"on", "against"}}, "tariff": {"impose_tariffs_on", []string{"on", "against"}},
	"duties": {"impose_tariffs_on", []string{"on", "against"}}, "levies": {"impose_tariffs_on", []string{"on", "against"}},
	"incursion": {"attack", []string{"into", "on"}}, "incursions": {"attack", []string{"into", "on"}},
	"crackdown": {"crack_down_on", []string{"on"}}, "bid": {"bid_for", []string{"for"}},
	// "her run for the Senate", "his 2014 race for Congress": a candidacy
	"run": {"run_for", []string{"for"}}, "runs": {"run_for", []string{"for"}}, "race": {"run_for", []string{"for"}},
	"candidacy": {"run_for", []string{"for"}},
	"marriage":  {"marry", []string{"to", "with"}}, "protest": {"protest", []string{"against", "with", "to"}},
	"protests": {"protest", []string{"against", "with", "to"}}, "complaint": {"complain_about", []string{"against", "about"}},
	"boycott": {"boycott", []string{"of"}}, "rejection": {"reject", []string{"of"}},
	"backing": {"back", []string{"of", "for"}}, "summit": {"meet_with", []string{"with"}},
	"discussions": {"discuss_with", []string{"with"}}, "contract": {"contract_with", []string{"with"}},
	"venture": {"partner_with", []string{"with"}}, "rivalry": {"compete_with", []string{"with"}},
	"feud": {"feud_with", []string{"with"}}, "row": {"dispute_with", []string{"with"}},
	"battle": {"fight", []string{"with", "against"}}, "conflict": {"in_conflict_with", []string{"with"}},
	// "battles erupted between the army and the rebels", "a power struggle
	// between the two generals", "skirmishes between Norway and Sweden".
	"battles": {"fight", []string{"with", "against"}}, "struggle": {"struggle_with", []string{"with", "against"}},
	"skirmish": {"clash_with", []string{"with"}}, "skirmishes": {"clash_with", []string{"with"}},
	"firefight": {"clash_with", []string{"with"}}, "firefights": {"clash_with", []string{"with"}},
	"hostilities": {"fight", []string{"with", "against"}},
	"conflicts":   {"in_conflict_with", []string{"with"}},
	"ultimatum":   {"threaten", []string{"to"}}, "ban": {"ban", []string{"on"}},
	"embargo": {"embargo", []string{"on", "against"}}, "funding": {"fund", []string{"of", "for"}},
	"membership": {schema.MemberOf, []string{"of", "in"}}, "exit": {"leave", []string{"from"}},
	"accession": {"join", []string{"to"}}, "return": {"return_to", []string{"to"}},
	"arrival": {"arrive_in", []string{"in", "at"}}, "ruling": {"rule_against", []string{"against"}},
	"consideration": {"consider", []string{"of"}}, "subpoena": {"subpoena", []string{"to", "for"}}, "subpoenas": {"subpoena", []string{"to", "for"}}, "call": {"call", []string{"with", "to"}}, "calls": {"call", []string{"with", "to"}},
	"victories": {"defeat", []string{"over", "against"}}, "wins": {"defeat", []string{"over", "against"}},
	"independence": {"independent_from", []string{"from"}}, "secession": {"secede_from", []string{"from"}},
	"application": {"apply_to", []string{"to"}}, "applications": {"apply_to", []string{"to"}},
	"speech": {"speak_at", []string{"at"}}, "talk": {"speak_at", []string{"at"}}, "remarks": {"speak_at", []string{"at"}},
	"lecture": {"speak_at", []string{"at"}}, "address": {"speak_at", []string{"at"}}, "appearance": {"appear_at", []string{"at", "before"}},
	"advice":        {"advise", []string{"to"}},
	"encroachment":  {"encroach_on", []string{"on", "upon"}},
	"encroachments": {"encroach_on", []string{"on", "upon"}}, "violence": {"attack", []string{"against"}},
	"aggression": {"attack", []string{"against", "on"}},
	// "made her debut for Halvik United": she first played for the club.
	"debut": {"debut_for", []string{"for"}},
	// "held a special signing with Tom Wu": a signing is an agreement made.
	"signing": {"sign_with", []string{"with"}},
	// "Google's outreach to Ahmed": Google reached out to him.
	"outreach": {"reach_out_to", []string{"to"}},
	// "Norway's defence of Sweden", "her rebuke of Tom Wu", "his snub of
	// Ann Lee", "their congratulations to Oslo": stances taken to an actor.
	"defence": {"defend", []string{"of"}}, "defense": {"defend", []string{"of"}},
	"rebuke": {"rebuke", []string{"of", "to"}}, "snub": {"snub", []string{"of"}},
	"congratulations": {"congratulate", []string{"to"}},
	// "his business dealings with Burisma", "her divorce from Tom Wu".
	"dealings": {"deal_with", []string{"with"}}, "divorce": {"divorce", []string{"from"}},
	// "Globex's payments to Tom Wu": Globex paid him.
	"payment": {"pay", []string{"to"}}, "payments": {"pay", []string{"to"}},
	// "her tribute to Tom Wu", "his testimony against", "their
	// allegations against", "his defection to the Labour Party", "Norway's
	// 2-1 loss to Sweden", "her handshake with", "his response to", "her
	// challenge to the leader", "Norway's assistance to Kenya", "his gift
	// to the party": the verb's act done to the actor.
	"tribute": {"pay_tribute_to", []string{"to"}}, "tributes": {"pay_tribute_to", []string{"to"}},
	"testimony": {"testify_against", []string{"against"}}, "allegation": {"accuse", []string{"against"}},
	"allegations": {"accuse", []string{"against"}}, "defection": {"defect_to", []string{"to"}},
	"loss": {"lose_to", []string{"to"}}, "losses": {"lose_to", []string{"to"}},
	"handshake": {"shake_hands_with", []string{"with"}}, "response": {"respond_to", []string{"to"}},
	"reply": {"reply_to", []string{"to"}}, "challenge": {"challenge", []string{"to"}},
	"assistance": {"help", []string{"to"}}, "gift": {"give_to", []string{"to"}},
	"engagement": {"engage_to", []string{"to"}},
	// "paid little attention to Tom Wu": the heed, not a payment.
	"attention": {"pay_attention_to", []string{"to"}},
	// Acts of two firms or states together, as their singulars or other
	// spellings are: "a close competition between Halvik and Velby", "a
	// business relationship between Halvik and Velby", "co-operation
	// between Norway and Sweden", "its contracts with Globex".
	"competition": {"compete_with", []string{"with", "against"}}, "rivalries": {"compete_with", []string{"with"}},
	"relationship": {"have_relationship_with", []string{"with"}}, "relationships": {"have_relationship_with", []string{"with"}},
	"co-operation": {"cooperate_with", []string{"with"}}, "contracts": {"contract_with", []string{"with"}},
	"partnerships": {"partner_with", []string{"with"}}, "alliances": {"ally_with", []string{"with"}},
	"ventures": {"partner_with", []string{"with"}},
})

// placeLemmas give an act of nominals another relation to a place named
// after another preposition: "Ann Lee's victories in Ohio and Iowa" (she
// won in each), beside "her victory over Tom Wu" (defeat).
var placeLemmas = map[string]map[string]string{
	"defeat": {"in": "win_in"},
	// "Tom Wu's arrival from Hong Kong", "her return from Oslo": where
	// the trip began.
	"arrive_in": {"from": "arrive_from"}, "return_to": {"from": "return_from"},
}

// betweenNominals adds a —RELATION→ b for an event noun of nominals that
// one actor does with another, "between" and the actors listed ("A and
// B", "A, B and C": one fact per pair): "a historic meeting between Ann
// Lee and Tom Wu", "fights between the rebels and the army", "talks
// between Norway, Sweden and Finland". A participle may stand between the
// noun and "between" ("the agreement (was) signed between Norway and
// Libya"). A meeting's "of" lists its parties too, when it names two or
// more ("the trilateral meeting of Norway, Sweden and Finland"). An act
// planned or possible ("planned talks between") or called off ("the game
// between Norway and Sweden was cancelled") is none.
func (d *docState) betweenNominals(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k := 0; k+4 < len(toks); k++ {
		var nom eventNoun
		switch {
		case isNominal(toks[k]):
			nom = nominals.at(toks[k].Lower())
		case k > 0 && strings.HasPrefix(toks[k].Tag, "NN") && jointWorks[toks[k].Lower()] && jointAdjectives[toks[k-1].Lower()]:
			nom = eventNoun{"collaborate_with", []string{"with"}} // "a collaborative project between"
		default:
			continue
		}
		if !slices.Contains(nom.preps, "with") || unrealisedBefore(toks, k) || futureBefore(toks, k) {
			continue
		}
		j := k + 1
		switch {
		case strings.EqualFold(toks[j].Text, "of") && meetingLemmas[nom.lemma]:
		default:
			j = topicSkipped(toks, j) // "a memorandum of understanding on the bridge (was reached) between"
			t := j
			if r := reducedRelative(toks, t); r > t {
				j = r // "deals the administration brokered between"
			}
			relative := j == t && j < len(toks) && (toks[j].Lower() == "that" || toks[j].Lower() == "which")
			lim := t + 2
			if relative {
				j, lim = j+1, lim+1 // "the partnership that has existed between"
			}
			for j < len(toks) && j < lim && beAux(toks[j].Lower()) {
				j++ // "a memorandum was signed between"
			}
			if j < len(toks) && (toks[j].Tag == "VBN" || toks[j].Tag == "VBD" || relative && toks[j].Tag == "VBZ") && lowerWord(toks[j].Text) && !unrealised[toks[j].Lower()] {
				j++
				if j < len(toks) && toks[j].Lower() == "place" && takeForms[toks[j-1].Lower()] {
					j++ // "a meeting took place between"
				}
			} else {
				j = t
			}
			j = placeSkipped(toks, ms, j) // "talks in Beijing between"
			if j >= len(toks) {
				continue
			}
			if !strings.EqualFold(toks[j].Text, "between") && !strings.EqualFold(toks[j].Text, "among") {
				continue // "talks between / among Norway, Sweden and Finland"
			}
		}
		parties := listAt(toks, ms, j+1)
		if len(parties) < 2 || cancelledAfter(toks, parties[len(parties)-1].end) || futureAfter(toks, parties[len(parties)-1].end) {
			continue
		}
		for _, a := range parties {
			if a.kind == mDesc {
				d.basedDescription(si, s, argOf(s, a), a.ent) // "and the Oslo-based carmaker": placed as a subject is
			}
		}
		star := len(parties) > 2 && parties[0].end < len(toks) && toks[parties[0].end].Text == "and"
		for x, a := range parties {
			if star && x > 0 {
				break // "between Israel and the UAE, Bahrain, and Kosovo": Israel with each
			}
			lemma := nom.lemma
			if v := tieOpenedBefore(toks, k); v != "" {
				lemma = v + "_" + toks[k].Lower() + "_with" // "normalize relations between Sudan and Israel"
			}
			for _, b := range parties[x+1:] {
				if f := d.derive(si, argOf(s, a), joinText(toks[k:b.end]), schema.StatedRelation(lemma), a.ent, b.ent, "", nominalConf); f != nil {
					f.Class = schema.CanonicalRelation(lemma)
				}
			}
		}
	}
}

// takeForms are the past forms of "take" before "place": an act that
// took place happened.
var takeForms = map[string]bool{"took": true, "taken": true}

// jointAdjectives make a work of [jointWorks] one done together:
// "a collaborative project between Tom Wu and Ann Lee", "a joint study
// between Norway and Sweden" (collaborate_with, as "a collaboration
// between" is).
var jointAdjectives = map[string]bool{"collaborative": true, "joint": true, "cooperative": true}

// jointWorks are the works that [jointAdjectives] make joint.
var jointWorks = map[string]bool{
	"project": true, "projects": true, "study": true, "studies": true, "effort": true, "efforts": true,
	"research": true, "programme": true, "program": true, "initiative": true, "undertaking": true,
}

// topicSkipped returns where the words after an event noun that end at
// token j go on past "of understanding" and a short phrase of its topic
// ("a memorandum of understanding about the pipeline", "an agreement on
// fishing rights", "talks over the border"): a preposition of topics and
// at most four articles, adjectives, gerunds or common nouns; or j.
func topicSkipped(toks []nlp.Token, j int) int {
	if j+1 < len(toks) && strings.EqualFold(toks[j].Text, "of") && toks[j+1].Lower() == "understanding" {
		j += 2
	}
	if j+1 >= len(toks) {
		return j
	}
	switch toks[j].Lower() {
	case "on", "about", "over", "concerning", "regarding":
	default:
		return j
	}
	e := j + 1
	for e < len(toks) && e < j+5 && (toks[e].Tag == "DT" || toks[e].Tag == "JJ" || toks[e].Tag == "NN" || toks[e].Tag == "NNS" || toks[e].Tag == "VBG") && lowerWord(toks[e].Text) {
		e++
	}
	if e == j+1 || toks[e-1].Tag == "DT" {
		return j
	}
	return e
}

// tieOpenedBefore returns the verb of [tieOpeners], in its base form,
// that takes the tie noun at token k as its object, past adjectives ("to
// normalize relations between", "restored diplomatic ties between"): the
// tie is made, not had, as [heldTogether] reads it when the list is the
// verb's subject. It returns "" for any other noun or word before it.
func tieOpenedBefore(toks []nlp.Token, k int) string {
	if !tieNouns[toks[k].Lower()] {
		return ""
	}
	j := k - 1
	for j >= 0 && toks[j].Tag == "JJ" {
		j--
	}
	if j < 0 || !strings.HasPrefix(toks[j].Tag, "VB") {
		return ""
	}
	return tieOpenerForms[toks[j].Lower()]
}

// tieOpenerForms map the written forms of [tieOpeners] to their base form.
var tieOpenerForms = func() map[string]string {
	m := map[string]string{}
	for v := range tieOpeners {
		stem := strings.TrimSuffix(v, "e")
		m[v], m[v+"s"], m[stem+"es"], m[stem+"ed"], m[stem+"ing"] = v, v, v, v, v
	}
	m["began"], m["begun"], m["beginning"] = "begin", "begin", "begin"
	return m
}()

// placeSkipped returns where the words after a place phrase that opens at
// token j end: "in" or "at" and a place's name ("talks in Beijing
// between", "the meeting at Camp David between"), or "on" and a weekday;
// else j.
func placeSkipped(toks []nlp.Token, ms []*mention, j int) int {
	if j+1 >= len(toks) {
		return j
	}
	switch toks[j].Lower() {
	case "in", "at":
		for _, m := range ms {
			if m.start == j+1 && m.ent != nil && isPlace(m.ent) && !m.adj && !m.possessive {
				return m.end
			}
		}
	case "on":
		if weekdays[toks[j+1].Text] {
			return j + 2
		}
	}
	return j
}

// reducedRelative returns the token of the verb of a relative clause
// without its relative word that opens at token k after an event noun, a
// pronoun or a short noun phrase and a past verb ("deals the
// administration brokered between", "a deal it brokered between"), or k.
func reducedRelative(toks []nlp.Token, k int) int {
	j := k
	switch {
	case j < len(toks) && toks[j].Tag == "PRP":
		j++
	case j+1 < len(toks) && toks[j].Tag == "DT" && toks[j].Lower() != "a" && toks[j].Lower() != "an":
		j++
		for n := 0; n < 2 && j < len(toks) && (toks[j].Tag == "NN" || toks[j].Tag == "NNP" || toks[j].Tag == "NNPS"); n++ {
			j++
		}
		if j == k+1 {
			return k
		}
	default:
		return k
	}
	if j < len(toks) && (toks[j].Tag == "VBD" || toks[j].Tag == "VBN") && lowerWord(toks[j].Text) {
		return j
	}
	return k
}

// meetingLemmas are the acts of nominals whose "of" may list the actors
// that took part together ("the meeting of Norway and Sweden", "the alliance
// of Norway, Sweden and Finland").
var meetingLemmas = map[string]bool{
	"meet_with": true, "talk_with": true, "negotiate_with": true, "discuss_with": true, "ally_with": true, "partner_with": true,
	"merge_with": true, // "the merger of Siemens and Bosch"
}

// beAux reports whether w is a form of "be" or "have" that may stand
// before a participle ("was signed", "has been reached").
func beAux(w string) bool {
	switch w {
	case "was", "were", "is", "are", "been", "has", "have", "had":
		return true
	}
	return false
}

// listAt returns the distinct actors of a list that starts at token k
// ("Norway", "Norway and Sweden", "Norway, Sweden(,) and Finland"), each
// read by headAt; it stops at the first member that is no actor's, and
// returns nil when the list ends on "and" or a comma with no member.
func listAt(toks []nlp.Token, ms []*mention, k int) []*mention {
	var out []*mention
	anded := false // an "and" has joined two members
	for {
		m := localHeadNameAt(toks, ms, k)
		if m == nil {
			m = headAt(toks, ms, k)
		}
		if m != nil && m.end <= len(toks) && !strings.HasSuffix(m.surface, toks[m.end-1].Text) {
			m = nil // "between the union and the Oslo-based carmaker": the place of a compound that modifies a noun
		}
		if m == nil {
			m = descriptionAt(ms, k) // "talks between the company and Tom Wu"
		}
		if m == nil {
			m = apposedNameAt(toks, ms, k) // "talks between BA and the union, Unite, collapsed"
		}
		if m != nil && m.end < len(toks) && toks[m.end].Tag == "POS" {
			m = nil // "and India's petroleum minister Mani Shankar Aiyar": India is none of the list
		}
		if m == nil {
			if len(out) > 0 && toks[k-1].Text == "and" {
				return nil // "between Norway and the rebels' camp"
			}
			return out
		}
		if !slices.ContainsFunc(out, func(o *mention) bool { return o.ent == m.ent }) {
			out = append(out, m)
		}
		k = m.end
		if m.ent.typ == schema.Person {
			k = affiliationEnd(toks, ms, k)
		} else if k < len(toks) && m.ent.typ == schema.Organization && toks[k].Tag == "NN" && orgDescriptors[toks[k].Text] {
			k++ // "between the Harbor Workers union and Halvik": the body's noun after its name
		}
		if k+1 >= len(toks) {
			return out
		}
		switch {
		case toks[k].Text == "," && toks[k+1].Text == "and":
			k += 2
		case toks[k].Text == "," && headAt(toks, ms, k+1) == nil:
			// "between Bob Hale, claiming to represent Acme, and Ann
			// Lee", "between Tom Wu, the Fijian president, and": the
			// list goes on after a member's aside.
			e := asideEnd(toks, k+1)
			if e < 0 {
				return out
			}
			k = e + 2
		case toks[k].Text == "," && anded && !andListGoesOn(toks, ms, k+1):
			// "the rift between Russia and the US, Boeing's Scott Carson
			// replied": a list closed by "and" goes on after a comma
			// only to more members ("between Israel and the UAE,
			// Bahrain, and Kosovo"); a name the clause's verb follows
			// opens the next clause.
			return out
		case toks[k].Text == "," || toks[k].Text == "and":
			anded = anded || toks[k].Text == "and"
			k++
		default:
			return out
		}
	}
}

// andListGoesOn reports whether the name at token k, after a comma that
// follows a list's "and", is followed by another comma or "and": a member
// of the list, not the subject of the next clause.
func andListGoesOn(toks []nlp.Token, ms []*mention, k int) bool {
	m := headAt(toks, ms, k)
	return m != nil && m.end < len(toks) && (toks[m.end].Text == "," || toks[m.end].Text == "and")
}

// localHeadNameAt returns the mention of the person named after a place,
// a local head's noun ([localHeads]) and a comma from token k on: "and
// Ohio Governor, Dale Pruitt" in "a row between Velby Mayor Ann Lee, and
// Ohio Governor, Dale Pruitt". It returns nil otherwise.
func localHeadNameAt(toks []nlp.Token, ms []*mention, k int) *mention {
	var p, n *mention
	for _, m := range ms {
		if m.start == k && m.ent != nil && m.ent.typ == schema.GPE && !m.adj && !m.possessive {
			p = m
		}
	}
	if p == nil || p.end+2 >= len(toks) || !localHeads[toks[p.end].Lower()] || toks[p.end+1].Text != "," {
		return nil
	}
	for _, m := range ms {
		if m.start == p.end+2 && m.ent != nil && m.ent.typ == schema.Person && named(m) && !m.possessive {
			n = m
		}
	}
	return n
}

// apposedNameAt returns the mention of the name that a short description
// from token k on ("the", one to three lower-case nouns or adjectives, a
// comma) puts in apposition, when a comma or the sentence's end closes it:
// "the union, Unite," in "talks between BA and the union, Unite,
// collapsed". It returns nil otherwise, and for a list after the
// description ("between the rebels, Norway and Sweden").
func apposedNameAt(toks []nlp.Token, ms []*mention, k int) *mention {
	if k+3 >= len(toks) || !strings.EqualFold(toks[k].Text, "the") {
		return nil
	}
	j := k + 1
	for j < len(toks) && j < k+4 && lowerWord(toks[j].Text) && (strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Tag == "JJ") {
		j++
	}
	if j == k+1 || j+1 >= len(toks) || toks[j].Text != "," || !strings.HasPrefix(toks[j-1].Tag, "NN") {
		return nil
	}
	m := actorAt(toks, ms, j+1)
	if m == nil || m.start != j+1 || !named(m) || m.possessive || m.adj {
		return nil
	}
	if m.end < len(toks) && toks[m.end].Text != "," && toks[m.end].Tag != "." {
		return nil
	}
	return m
}

// affiliationEnd returns where a listed person's affiliation that starts
// at token k ends: "of", "at" or "from" and an actor's name, twice at most
// ("Tom Wu of the Halvik Institute at Oslo University and Ann Lee of Lund
// University"); or k when none starts there.
func affiliationEnd(toks []nlp.Token, ms []*mention, k int) int {
	for n := 0; n < 2 && k+1 < len(toks); n++ {
		if w := toks[k].Lower(); w != "of" && w != "at" && w != "from" {
			break
		}
		o := actorAt(toks, ms, k+1)
		if o == nil || o.ent.typ == schema.Person {
			break
		}
		k = o.end
	}
	return k
}

// asideEnd returns the token of the comma that closes an aside starting at
// token k, an apposition, a participle's phrase or a relative clause, when
// ", and" follows it; or -1 when a finite verb outside a relative clause,
// a conjunction or the sentence's end comes first.
func asideEnd(toks []nlp.Token, k int) int {
	// "between Tom Wu, who is on a visit to Oslo, and Ann Lee": a
	// relative clause of a member has its own finite verb.
	relative := k < len(toks) && (toks[k].Lower() == "who" || toks[k].Lower() == "which")
	for e := k + 1; e+1 < len(toks) && e < k+12; e++ {
		switch t := toks[e]; {
		case t.Text == ",":
			if toks[e+1].Text == "and" {
				return e
			}
			return -1
		case relative && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD"):
		case t.Tag == "CC" || t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Tag == "." || t.Tag == "WDT" || t.Tag == "WP":
			return -1
		}
	}
	return -1
}

// unrealised are the words before an event noun that say it has not taken
// place: "planned talks", "possible clashes", "the pending exit of", "no
// meeting", "urged talks".
// A "new" act has ("a new agreement between Brazil and China").
var unrealised = map[string]bool{
	"planned": true, "proposed": true, "possible": true, "potential": true, "future": true, "upcoming": true,
	"pending": true, "impending": true, "prospective": true, "expected": true, "no": true, "any": true, "urge": true, "urged": true, "urges": true, "urging": true, "demand": true,
	"demanded": true, "demands": true, "demanding": true,
	// "worked to arrange a meeting between", "requested talks between":
	// the act is asked for or being set up.
	"arrange": true, "arranging": true, "request": true, "requested": true, "requests": true, "requesting": true,
	// "withdrew its nomination of Ann Lee", "cancelled his visit to
	// Oslo": the act is called off.
	"withdrew": true, "withdraws": true, "withdrawn": true, "withdrawing": true, "cancelled": true, "canceled": true,
	"cancels": true, "scrapped": true, "scraps": true, "rescinded": true, "rescinds": true,
}

// descriptionAt returns the definite description among ms that starts at
// token k and names an actor seen before ("the company" after Halvik
// Bank), or nil.
func descriptionAt(ms []*mention, k int) *mention {
	for _, m := range ms {
		if m.kind == mDesc && m.start == k && m.ent != nil && !m.adj && actorEntity(m.ent) {
			return m
		}
	}
	return nil
}

// headAt returns the mention among ms of the actor that ends the
// capitalised words from token k on (after a "the"; role nouns may stand
// between), with its lower-case nouns: Hugh Orde of "Northern Ireland Chief
// Constable Hugh Orde" or "Globex chief executive Tom Wu", not the body
// before the title; Tom Wu of "his father Tom Wu"; "Albanian guerrillas". Up to three lower-case
// descriptors may stand before or between the capitalised words ("the
// South American group Mercosur", "magazine The Bark", "then-newly
// elected President Zelensky"), and a description of a person named
// before takes its "the" ("the King" after "King Harald"). It returns nil
// when the last such mention is no actor's.
func headAt(toks []nlp.Token, ms []*mention, k int) *mention {
	from := k // a description takes its "the" in: "the King" after an earlier "King Harald"
	if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
		k++
	} else if k+2 < len(toks) && possessiveDeterminers[toks[k].Lower()] && (kinGender[toks[k+1].Lower()] != 0 || roleNoun(toks[k+1].Lower())) && isCap(toks[k+2].Text) {
		k++ // "his father Tom Wu", "her spokesman Ola Dahl"
	}
	j := k // the end of the last capitalised word, role nouns and descriptors allowed between
	for i, n := k, 0; i < len(toks) && n <= 3; i++ {
		switch t := toks[i]; {
		case isCap(t.Text):
			j = i + 1
		case roleNoun(t.Lower()):
		case t.Text != "" && unicode.IsLower(rune(t.Text[0])) && !isNominal(t) && (t.Tag == "NN" || t.Tag == "JJ" && !timeOpeners[t.Lower()] || j == k && (t.Tag == "VBN" || t.Tag == "VBG" || t.Tag == "RB")):
			// "the South American group Mercosur", "Democratic vice
			// presidential nominee Kamala Harris", "then-newly elected
			// President Zelensky"; after a name no adverb nor time
			// word ("Tom Wu late last July" ends at Wu).
			n++
		case t.Tag == "NNS" && lowerWord(t.Text) && i+1 < len(toks) && (toks[i+1].Tag == "NN" || toks[i+1].Tag == "JJ") && lowerWord(toks[i+1].Text):
			// "Canadian media giant Thomson", "the arms maker Halvik": a
			// plural that modifies the noun after it.
			n++
		case t.Text == "and" && j > k && i+1 < len(toks) && roleNoun(toks[i-1].Lower()) && toks[i+1].Text != "" && unicode.IsLower(rune(toks[i+1].Text[0])):
			// "United States senator and presidential candidate Robert
			// F. Kennedy": coordinated titles of one name.
		default:
			i = len(toks)
		}
	}
	var head *mention
	for _, h := range ms {
		if h.start >= from && h.start < j && h.end >= j && (head == nil || h.end > head.end) {
			head = h
		}
	}
	if head == nil || head.ent == nil || head.adj || !actorEntity(head.ent) {
		return nil
	}
	return head
}

// timeOpeners are the adjectives that open a phrase of time ("last July").
var timeOpeners = map[string]bool{"last": true, "next": true, "early": true, "late": true, "this": true}

// actorAt returns the mention among ms of an actor, not an adjective, that
// starts at token k or after a "the" there, or nil.
func actorAt(toks []nlp.Token, ms []*mention, k int) *mention {
	if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	for _, m := range ms {
		if m.start == k && m.ent != nil && !m.adj && actorEntity(m.ent) {
			return m
		}
	}
	return nil
}

// nominalFacts adds possessor —RELATION→ actor for a possessive
// nominalisation in sentence si: a possessive name or pronoun, at most two
// modifiers, an event noun of nominals or patientNouns, its preposition and
// an actor ("Russia's attack on Ukraine", "his visit to Google", "Merkel's
// surprise meeting with Putin", "his nomination of Ann Lee": with its
// patient named after of, the possessor of "nomination" or "arrest" acts;
// with its agent after by, the agent acts on the possessor: "Tom Wu's
// arrest by the police"). A state's adjective stands for its possessive
// ("the Japanese invasion of China"). A list after the preposition gives one
// fact per member ("our deals with Albania and France").
func (d *docState) nominalFacts(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i, m := range ms {
		if m.ent == nil || !actorEntity(m.ent) {
			continue
		}
		k := m.end
		switch {
		case m.kind == mPronoun && m.possessive:
			if strings.EqualFold(toks[m.start].Text, "their") && plainPluralBefore(toks, ms, m) {
				// "Tom Wu urged Islamic countries to review their ties
				// with Israel": "their" is the countries', no actor's.
				continue
			}
		case k < len(toks) && toks[k].Tag == "POS":
			k++
		case m.adj && agentModifier(toks, m):
		case !m.adj && k+2 < len(toks) && agentModifier(toks, m) && isNominal(toks[k]):
		case !m.adj && k+2 < len(toks) && d.modifierAgent(toks, m) && actedOnAfter(toks, k):
			// "the Oslo police shooting of Tom Wu", "the NATO bombing
			// of Belgrade": a name before the act noun and its
			// preposition acted; "the Oslo killing of" was in Oslo.
		default:
			continue
		}
		act := func(t nlp.Token) bool { _, ok := actNoun(t); return ok }
		for n := 0; n < 4 && k+1 < len(toks) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "CD" || toks[k].Tag == "$" && n == 0 || monthName(toks[k].Text)) &&
			!act(toks[k]) && decidedVerb(toks, k) == 0 && clauseNouns[toks[k].Lower()] == ""; n++ {
			k++ // "surprise meeting", "first visit", "$1.65 billion purchase", "2019 acquisition", "July 25 phone call"
		}
		if v := decidedVerb(toks, k); v > 0 {
			// "the ministry's decision to snub the Halvik Space Center": the
			// possessor did what it decided.
			d.decidedAct(si, s, ms[i+1:], m, k, v)
			continue
		}
		if d.requestClause(si, s, ms[i+1:], m, k) {
			continue // "Sweden's demand that Norway withdraw"
		}
		if k+1 >= len(toks) {
			continue // "The house was Tom Wu's."
		}
		nom, ok := actNoun(toks[k])
		if !ok || unrealisedBefore(toks, k) {
			continue // "the planned US intervention in Peru"
		}
		if _, patient := patientNouns.get(toks[k].Lower()); patient && (strings.EqualFold(toks[k+1].Text, "by") || toks[k].Lower() == "defeat" && toks[k+1].Lower() == "to") {
			// "Tom Wu's arrest by the police", "Norway's defeat by
			// Sweden", "Norway's 2-1 defeat to Sweden": the possessor
			// underwent the act.
			if agent := actorAt(toks, ms, k+2); agent != nil && agent.ent != m.ent && !cancelledAfter(toks, agent.end) {
				if f := d.derive(si, argOf(s, agent), joinText(toks[m.start:agent.end]), schema.StatedRelation(nom.lemma), agent.ent, m.ent, "", nominalConf); f != nil {
					f.Class = schema.CanonicalRelation(nom.lemma)
				}
			}
			continue
		}
		lemmas := []string{nom.lemma}
		if k+3 < len(toks) && toks[k+1].Text == "and" {
			// "the Japanese invasion and occupation of China": both acts
			// on the actor after the second noun's preposition.
			if nom2, ok := actNoun(toks[k+2]); ok && nom2.lemma != nom.lemma {
				lemmas, nom, k = append(lemmas, nom2.lemma), nom2, k+2
			}
		}
		placeOnly := false // only a place may follow: "victories in Ohio"
		if prep := toks[k+1].Lower(); !slices.Contains(nom.preps, prep) {
			l := placeLemmas[nom.lemma][prep]
			if _, won := nominals.get(toks[k].Lower()); l == "" || len(lemmas) > 1 || !won {
				// "Norway's defeat in Oslo": the defeat of patientNouns
				// was suffered there, not won.
				continue
			}
			lemmas, placeOnly = []string{l}, true
		}
		next := k + 2
		if next+1 < len(toks) && toks[next].Lower() == "both" {
			next++ // "its attack on both the army and the peacekeepers"
		}
		// "his nomination of Defence Minister Ann Lee": titles may stand
		// before the first actor.
		titled := headAt(toks, ms, next)
		comma := false  // the actor came after a comma alone
		clause := false // the actor came after the first and ", and"
		members := 0
		var partnerOf *docEntity // the member before "along with"
		lastEnd := -1            // the end of the last member
		for _, o := range ms[i+1:] {
			if o.start < next || titled != nil && o.start < titled.start {
				continue
			}
			if o != titled && (o.start > next+1 || o.start == next+1 && toks[next].Tag != "DT") {
				break // "the", nothing else, before the actor
			}
			if o.ent == nil || o.ent == m.ent || !actorEntity(o.ent) || placeOnly && !isPlace(o.ent) || cancelledAfter(toks, o.end) {
				break
			}
			if partnerOf != nil && o.ent.typ != partnerOf.typ {
				break // "its inquiry into Tom Wu, along with the Senate committee": the inquirer's partner
			}
			if o.kind == mPronoun && o.possessive {
				break // "Deutsche Boerse's control over its Clearstream unit": the unit, not its owner
			}
			if (nom.lemma == "respond_to" || nom.lemma == "reply_to") && (o.possessive || o.end < len(toks) && toks[o.end].Tag == "POS") {
				break // "Norway's response to Sweden's attack": to the act
			}
			if o.ent.typ == schema.Person && o.end+1 < len(toks) && toks[o.end].Tag == "POS" && ownedPlace(toks, o.end+1) {
				break // "the missile attack on Tom Wu's hometown": on the town, not on him
			}
			if o.end+1 < len(toks) && toks[o.end].Tag == "POS" && partyEntity(o.ent) && nominationHead(toks, pastContestModifiers(toks, o.end+1)) {
				break // "his bid for the Liberal Party's nomination": for the nomination, not the party
			}
			if modifiesNoun(s, o.end) && !(placeOnly && raceNouns[toks[o.end].Lower()]) && !areaOf(s, o) {
				if g := d.adjectiveGroup(si, s, o); g != nil && members == 0 && !comma && !clause && g != m.ent && !placeOnly {
					// "Norway's attack on the Kenyan army": the group a
					// state's adjective opens is the actor.
					for _, lemma := range lemmas {
						if f := d.derive(si, argOf(s, m), joinText(toks[m.start:o.end+1]), schema.StatedRelation(lemma), m.ent, g, "", nominalConf); f != nil {
							f.Class = schema.CanonicalRelation(lemma)
						}
					}
				}
				break // "his investigation of the US insurance industry": the industry's; "her victory in the Ohio primary" is in Ohio
			}
			if comma && (o.end >= len(toks) || toks[o.end].Text != "," && toks[o.end].Text != "and") {
				// "After the British capture of Madrid, Hill had": after
				// a comma, a list goes on only to another comma or and.
				break
			}
			if clause && o.end < len(toks) && (strings.HasPrefix(toks[o.end].Tag, "VB") || toks[o.end].Tag == "MD") {
				// "the invasion of Iraq, and Moore was": after one
				// member, ", and" and a name before a verb open a
				// clause, not a list.
				break
			}
			for _, lemma := range lemmas {
				if f := d.derive(si, argOf(s, m), joinText(toks[m.start:o.end]), schema.StatedRelation(lemma), m.ent, o.ent, "", nominalConf); f != nil {
					f.Class = schema.CanonicalRelation(lemma)
				}
			}
			// "with Albania and France", "with A, B and C": the list
			// goes on after a comma or "and".
			members++
			lastEnd = o.end
			next = o.end + 1
			if o.end >= len(toks) || (toks[o.end].Text != "," && toks[o.end].Text != "and") {
				break
			}
			clause = false
			comma = toks[o.end].Text == ","
			if o.end+1 < len(toks) && comma && toks[o.end+1].Text == "and" {
				next++
				comma, clause = false, members == 1
			} else if n := partnerWords(toks, next); comma && n > 0 {
				next, partnerOf = next+n, o.ent // "its selection of Halvik, along with Globex,"
			}
		}
		if members > 0 && !placeOnly {
			d.nextAct(si, s, ms[i+1:], m, lastEnd)
		}
		if members == 1 && len(lemmas) == 1 && seizedFrom[lemmas[0]] && lastEnd+1 < len(toks) && toks[lastEnd].Lower() == "from" {
			// "Russia's seizure of Crimea from Ukraine": taken from the
			// actor after from.
			if o := headAt(toks, ms[i+1:], lastEnd+1); o != nil && o.ent != m.ent {
				lemma := lemmas[0] + "_from"
				if f := d.derive(si, argOf(s, m), joinText(toks[m.start:o.end]), schema.StatedRelation(lemma), m.ent, o.ent, "", nominalConf); f != nil {
					f.Class = schema.CanonicalRelation(lemma)
				}
			}
		}
		if nom.lemma == "run_for" && len(lemmas) == 1 {
			// "his 2018 run for Senate against Tom Wu": the race's rival
			// after what was run for.
			if o := raceRival(toks, ms[i+1:], k+2); o != nil && o.ent != m.ent {
				d.derive(si, argOf(s, m), joinText(toks[m.start:o.end]), "run_against", m.ent, o.ent, "", nominalConf)
			}
		}
		if members == 0 && len(lemmas) == 1 && !placeOnly && inquiryVerbs[lemmas[0]] {
			// "Mueller's investigation of Russian interference", "its
			// inquiry into alleged misconduct by Tom Wu": the inquiry
			// into an act or affairs looks into their actor.
			if o := d.actedOnPossessor(si, s, lemmas[0], phraseFrom(s, k+2)); o != nil && o != m.ent && actorEntity(o) {
				if f := d.derive(si, argOf(s, m), joinText(toks[m.start:k+2]), schema.StatedRelation(lemmas[0]), m.ent, o, "", nominalConf); f != nil {
					f.Class = schema.CanonicalRelation(lemmas[0])
				}
			}
		}
	}
}

// nextAct adds possessor —ACT→ actor for a second event noun of nominals
// that "and" joins after the actor of the first, ending at token end, with
// its own preposition and actor: "its annexation of Crimea and support for
// the rebels" (support). A second noun whose possessor may be its patient
// ([patientNouns]) is left out.
func (d *docState) nextAct(si int, s nlp.Sentence, ms []*mention, possessor *mention, end int) {
	toks := s.Tokens
	k := end + 1
	if end < 0 || k+2 >= len(toks) || toks[end].Text != "and" {
		return
	}
	if toks[k].Tag == "JJ" {
		k++ // "and military support for"
	}
	nom, ok := nominals.get(toks[k].Lower())
	if _, patient := patientNouns.get(toks[k].Lower()); !ok || patient || k+2 >= len(toks) || !slices.Contains(nom.preps, toks[k+1].Lower()) {
		return
	}
	o := headAt(toks, ms, k+2)
	if o == nil || o.ent == possessor.ent || cancelledAfter(toks, o.end) {
		return
	}
	if f := d.derive(si, argOf(s, possessor), joinText(toks[possessor.start:o.end]), schema.StatedRelation(nom.lemma), possessor.ent, o.ent, "", nominalConf); f != nil {
		f.Class = schema.CanonicalRelation(nom.lemma)
	}
}

// appliedAct adds agent —ACT→ actor when x's subject is an event noun of
// nominals, a participle and its agent after by, and x's verb applies the
// act to the actors of its object: "The orange warning issued by Met
// Éireann applied to County Cork and County Kerry" (Met Éireann warned
// each), "the ban imposed by Norway applies to Sweden".
func (d *docState) appliedAct(si int, s nlp.Sentence, x schema.Extraction) {
	if x.Lemma != "apply_to" || si >= len(d.sents) {
		return
	}
	first, last := argTokens(s, x.Subject)
	if first < 0 {
		return
	}
	toks := s.Tokens
	k := first
	for n := 0; n < 3 && k < last && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "NN" && k+1 < last && toks[k+1].Tag == "NN"); n++ {
		k++ // "The orange weather warning"
	}
	nom, ok := nominals.get(toks[k].Lower())
	if !ok || k+3 > last || toks[k+1].Tag != "VBN" || toks[k+2].Lower() != "by" || unrealisedBefore(toks, k) {
		return
	}
	agent := headAt(toks, d.sents[si], k+3)
	if agent == nil || agent.end != last {
		return
	}
	o, _, _ := d.argument(si, s, x.Object)
	if o == nil || !actorEntity(o) {
		return
	}
	for _, o := range d.listedEnts(si, s, x.Object, o) {
		if o != agent.ent && actorEntity(o) {
			if f := d.derive(si, x.Subject, joinText(toks[k:last])+" "+x.Relation, schema.StatedRelation(nom.lemma), agent.ent, o, "", x.Confidence*placeArgConf); f != nil {
				f.Class = schema.CanonicalRelation(nom.lemma)
			}
		}
	}
}

// seizedFrom are the acts of nominals that take what their of-phrase names
// from the actor named after "from".
var seizedFrom = map[string]bool{"seize": true, "capture": true, "annex": true}

// placeKindNouns name a place by its kind after its name: "the Dahiyeh
// area", "the Bergen district".
var placeKindNouns = map[string]bool{
	"area": true, "district": true, "region": true, "province": true, "neighbourhood": true, "neighborhood": true,
	"suburb": true, "suburbs": true, "governorate": true, "county": true,
}

// areaOf reports whether the place o is named with its kind after it and
// nothing more ("strikes on the Dahiyeh area of Beirut"), not as a
// modifier of another noun ("the Oslo area council").
func areaOf(s nlp.Sentence, o *mention) bool {
	toks := s.Tokens
	return o.ent != nil && isPlace(o.ent) && !o.adj && o.end < len(toks) && placeKindNouns[toks[o.end].Lower()] && !modifiesNoun(s, o.end+1)
}

// adjectiveGroup returns the actor that a state's adjective o and the
// group noun right after it name ("the Kenyan army", "Swedish troops"),
// or nil when o is no adjective or the noun names no actor ("the US
// insurance industry").
func (d *docState) adjectiveGroup(si int, s nlp.Sentence, o *mention) *docEntity {
	if !o.adj || o.end >= len(s.Tokens) {
		return nil
	}
	a := schema.Argument{Text: s.Text[s.Tokens[o.start].Start:s.Tokens[o.end].End], Start: s.Tokens[o.start].Start, End: s.Tokens[o.end].End}
	if g, _, _ := d.argument(si, s, a); g != nil && g != o.ent && actorEntity(g) {
		return g
	}
	return nil
}

// decidedEvent adds possessor —ACT→ actor when the verb at token v that
// a decision noun at token k takes is a light verb whose object is an
// event noun of nominals, and the noun's preposition names the actor or a
// state's trade ([docState.tradedWith]): "Norway's decision to impose
// sanctions on Sweden" (sanction), "the US move to impose tariffs on
// Chinese goods" (impose_tariffs_on China). A refusal gives the act
// denied; a threat is only threatened and gives nothing. It reports
// whether the verb took such a noun.
func (d *docState) decidedEvent(si int, s nlp.Sentence, ms []*mention, possessor *mention, k, v int) bool {
	toks := s.Tokens
	verb := toks[v].Lower()
	if !lightVerbs[verb] && !carryVerbs[verb] {
		return false
	}
	j := v + 1
	for n := 0; n < 3 && j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "CD"); n++ {
		j++ // "to impose new sanctions on", "to launch a second attack on"
	}
	if j+2 >= len(toks) {
		return false
	}
	nom, ok := nominals.get(toks[j].Lower())
	if !ok || !slices.Contains(nom.preps, toks[j+1].Lower()) {
		return false
	}
	own := decisionNouns.at(toks[k].Lower())
	if own != "" && own != "not" {
		return true // "Norway's threat to impose sanctions on Sweden"
	}
	var o *docEntity
	if m := headAt(toks, ms, j+2); m != nil {
		o = m.ent
	} else if tradeMeasures[toks[j].Lower()] {
		o = d.tradedWith(si, s, phraseFrom(s, j+2))
	}
	if o == nil || o == possessor.ent || !actorEntity(o) {
		return true
	}
	if f := d.derive(si, argOf(s, possessor), joinText(toks[possessor.start:j+2]), schema.StatedRelation(nom.lemma), possessor.ent, o, "", nominalConf); f != nil {
		f.Class = schema.CanonicalRelation(nom.lemma)
		f.Negated = own == "not"
	}
	return true
}

// raceRival returns the person among ms named after "against" that
// follows the short phrase of an office or a body opening at token k
// ("Senate against Tom Wu", "the governorship against Ann Lee"), or nil.
func raceRival(toks []nlp.Token, ms []*mention, k int) *mention {
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].Lower() == "against" {
			if j == k {
				return nil
			}
			o := actorAt(toks, ms, j+1)
			if o == nil || o.ent.typ != schema.Person && !partyEntity(o.ent) {
				return nil
			}
			return o
		}
		if t := toks[j].Tag; t != "DT" && t != "JJ" && !strings.HasPrefix(t, "NN") {
			return nil
		}
	}
	return nil
}

// partnerWords returns how many tokens from k join a partner to the name
// before them as "and" would, after a comma: "along with", "together
// with", "as well as"; 0 when none do. "Alongside" is left out: it
// mostly joins the partner to the act's doer ("its inquiry into Tom Wu,
// alongside the Senate").
func partnerWords(toks []nlp.Token, k int) int {
	switch {
	case k+1 < len(toks) && (toks[k].Lower() == "along" || toks[k].Lower() == "together") && toks[k+1].Lower() == "with":
		return 2
	case k+2 < len(toks) && toks[k].Lower() == "as" && toks[k+1].Lower() == "well" && toks[k+2].Lower() == "as":
		return 3
	}
	return 0
}

// phraseFrom returns the noun phrase that opens at token k, with its
// modifiers after it, up to a punctuation mark, a finite verb or a
// relative word: "alleged misconduct by Tom Wu" of "into alleged
// misconduct by Tom Wu, which".
func phraseFrom(s nlp.Sentence, k int) schema.Argument {
	toks := s.Tokens
	e := k
	for e < len(toks) && e < k+10 {
		t := toks[e]
		if t.Tag == "," || t.Tag == "." || t.Tag == ":" || t.Tag == "MD" || t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" ||
			t.Tag == "WDT" || t.Tag == "WP" || t.Text == "that" || t.Text == "(" {
			break
		}
		e++
	}
	if e <= k {
		return schema.Argument{}
	}
	return schema.Argument{Text: s.Text[toks[k].Start:toks[e-1].End], Start: toks[k].Start, End: toks[e-1].End}
}

// decisionNouns name a choice their possessor made and carried out:
// "NASA's decision to slight the center", "the ministry's move to ban the
// party"; a refusal or a failure, whose act did not happen ("Norway's
// refusal to extradite Tom Wu": not_extradite); and a threat, which is an
// act itself ("Norway's threat to invade Sweden": threaten). Each maps to
// "" (the infinitive's act), "not" or the lemma of its own act. Plans and
// attempts are not carried out and give nothing.
var decisionNouns = newWordMap(map[string]string{
	"decision": "", "move": "", "refusal": "not", "failure": "not", "threat": "threaten", "threats": "threaten",
})

// decidedVerb returns the token of the base verb after the noun of
// decisionNouns at token k and its "to" ("decision to expel", "decision
// last week to expel"), or 0 when there is none.
func decidedVerb(toks []nlp.Token, k int) int {
	if k >= len(toks) {
		return 0
	}
	if _, ok := decisionNouns.get(toks[k].Lower()); !ok {
		return 0
	}
	return infinitiveAt(toks, k+1)
}

// infinitiveAt returns the token of the base verb after the "to" at token
// j, or after a time phrase there ("last week to expel"), or 0.
func infinitiveAt(toks []nlp.Token, j int) int {
	j = timeAfter(toks, j) // "Norway's decision last week to expel"
	if j+1 < len(toks) && strings.EqualFold(toks[j].Text, "to") && baseVerb(toks[j+1]) {
		return j + 1
	}
	return 0
}

// decidedAct adds possessor —VERB→ actor for the base verb at token v and
// the actor right after it (an article aside), among the mentions ms; the
// noun of decisionNouns at token k may deny the act or name its own.
func (d *docState) decidedAct(si int, s nlp.Sentence, ms []*mention, possessor *mention, k, v int) {
	toks := s.Tokens
	if d.decidedEvent(si, s, ms, possessor, k, v) {
		return
	}
	titled := headAt(toks, ms, v+1) // "to advise Queen Ann Lee"
	at := v + 1
	for at < len(toks) && at < v+3 && (toks[at].Tag == "DT" || toks[at].Tag == "CD") {
		at++ // "to expel the diplomats", "to expel four Russian diplomats"
	}
	for _, o := range ms {
		if o.start <= v || o.adj && slices.ContainsFunc(ms, func(g *mention) bool { return g != o && g.start == o.start && g.end > o.end }) {
			continue // "Russian" of "to expel four Russian diplomats": the group
		}
		if o.start == v+1 || o.start == at && !o.adj || o == titled {
			if o.ent != nil && o.ent != possessor.ent && actorEntity(o.ent) && !modifiesNoun(s, o.end) {
				// "decision to halt Ohio recounts": the name modifies
				// the thing acted on, no actor acted on.
				lemma, negated := toks[v].Lower(), false
				switch own := decisionNouns.at(toks[k].Lower()); own {
				case "":
				case "not":
					negated = true
				default:
					lemma = own
				}
				if f := d.derive(si, argOf(s, possessor), joinText(toks[possessor.start:o.end]), schema.StatedRelation(lemma), possessor.ent, o.ent, "", nominalConf); f != nil {
					f.Class = schema.CanonicalRelation(lemma)
					f.Negated = negated
				}
			}
		}
		return
	}
}

// clauseNouns map a noun whose clause names the actor it is addressed to
// or made against to the relation its possessor holds to that actor: a
// request, a demand, a call, an appeal or an order, with "that" and a
// bare or modal verb ("Ann Lee's request that Tom Wu resign", "Sweden's
// demand that Norway withdraw") or "for" and an infinitive ("Sweden's call
// for Norway to withdraw", "Norway's request for Sweden to extradite Tom
// Wu"); an accusation or an allegation, with "that" and any verb
// ("Norway's accusation that Sweden had violated the treaty").
var clauseNouns = map[string]string{
	"request": "ask", "requests": "ask", "plea": "ask", "pleas": "ask", "appeal": "appeal_to", "appeals": "appeal_to",
	"demand": "demand", "demands": "demand", "call": "call_on", "calls": "call_on", "order": "order", "orders": "order",
	"accusation": "accuse", "accusations": "accuse", "allegation": "accuse", "allegations": "accuse",
}

// requestClause adds possessor —RELATION→ actor for a noun of clauseNouns
// at token k and the actor its clause names. It reports whether it added
// one.
func (d *docState) requestClause(si int, s nlp.Sentence, ms []*mention, possessor *mention, k int) bool {
	toks := s.Tokens
	if k+3 >= len(toks) {
		return false
	}
	lemma := clauseNouns[toks[k].Lower()]
	if lemma == "" {
		return false
	}
	var o *mention
	switch {
	case strings.EqualFold(toks[k+1].Text, "that") && lemma == "accuse":
		if o = actorAt(toks, ms, k+2); o != nil && (o.end >= len(toks) || !strings.HasPrefix(toks[o.end].Tag, "VB") && toks[o.end].Tag != "MD") {
			o = nil // "that Sweden had violated", not "that Sweden's army"
		}
	case strings.EqualFold(toks[k+1].Text, "that") && lemma != "call_on":
		o = requestedSubject(toks, ms, k+2)
	case strings.EqualFold(toks[k+1].Text, "for") && lemma != "accuse":
		if o = actorAt(toks, ms, k+2); o != nil && infinitiveAt(toks, o.end) == 0 {
			o = nil
		}
	}
	if o == nil || o.ent == possessor.ent {
		return false
	}
	if f := d.derive(si, argOf(s, possessor), joinText(toks[possessor.start:o.end]), schema.StatedRelation(lemma), possessor.ent, o.ent, "", nominalConf); f != nil {
		f.Class = schema.CanonicalRelation(lemma)
	}
	return true
}

// requestedSubject returns the mention among ms of the actor at token k
// that is the subject of a requested act: a bare verb ("that Tom Wu
// resign"), "not", "should" or "must" follows it; or nil.
func requestedSubject(toks []nlp.Token, ms []*mention, k int) *mention {
	o := actorAt(toks, ms, k)
	if o == nil || o.end+1 >= len(toks) {
		return nil
	}
	switch t := toks[o.end]; {
	case (baseVerb(t) || t.Tag == "VBD" && !strings.HasSuffix(t.Lower(), "ed")) && !strings.HasSuffix(t.Lower(), "s"):
		return o // the tagger takes a bare verb after a name for a noun or a past too ("that Tom Wu resign")
	case t.Lower() == "should" || t.Lower() == "must" || t.Lower() == "not":
		return o
	}
	return nil
}

// baseVerb reports whether t, after "to", reads as a base verb: the tagger
// takes rarer verbs for adjectives or nouns ("to slight").
func baseVerb(t nlp.Token) bool {
	switch t.Tag {
	case "VB", "VBP", "JJ", "NN":
		return lowerWord(t.Text)
	}
	return false
}

// fromNominal reports whether t is an event noun of nominals whose
// from-phrase names the actor acted on ("independence", "withdrawal").
func fromNominal(t nlp.Token) bool {
	return isNominal(t) && slices.Contains(nominals.at(t.Lower()).preps, "from")
}

// isNominal reports whether t is an event noun of nominals.
func isNominal(t nlp.Token) bool {
	if !strings.HasPrefix(t.Tag, "NN") {
		return false
	}
	_, ok := nominals.get(t.Lower())
	return ok
}

// actNoun returns the event noun of nominals or patientNouns that t is,
// with its prepositions, and whether it is one.
func actNoun(t nlp.Token) (eventNoun, bool) {
	if !strings.HasPrefix(t.Tag, "NN") {
		return eventNoun{}, false
	}
	if nom, ok := nominals.get(t.Lower()); ok {
		return nom, true
	}
	nom, ok := patientNouns.get(t.Lower())
	return nom, ok
}

// gerundActNoun returns the act of the patient noun in -ing that
// extraction x reads as its verb, when its relation is that noun and the
// noun's preposition alone ("the Minneapolis police shooting of Tom Wu":
// Minneapolis police | shooting of | Tom Wu, shoot); or "".
func gerundActNoun(x schema.Extraction) string {
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	if len(w) != 2 || !strings.HasSuffix(w[0], "ing") || x.Object.Text == "" {
		return ""
	}
	if nom, ok := patientNouns.get(w[0]); ok && slices.Contains(nom.preps, w[1]) {
		return nom.lemma
	}
	return ""
}

// ownedActPhrase reports whether argument a, right after x's object, is
// the phrase of the act noun head that heads the object under a
// possessive ("announced her engagement to Tom Wu", "discussed Ann Lee's
// visit to Norway"): the phrase is the noun's, whose possessor did the
// act, not the verb's.
func ownedActPhrase(s nlp.Sentence, x schema.Extraction, head, prep string, a schema.Argument) bool {
	nom, ok := nominals.get(head)
	if !ok {
		nom, ok = patientNouns.get(head)
	}
	if !ok || !slices.Contains(nom.preps, prep) || a.Start > x.Object.End+1 {
		return false
	}
	first, last := argTokens(s, x.Object)
	if first < 0 || !strings.EqualFold(s.Tokens[last-1].Text, head) {
		return false
	}
	for _, t := range s.Tokens[first : last-1] {
		if t.Tag == "PRP$" || t.Tag == "POS" {
			return true
		}
	}
	return false
}

// actorEntity reports whether e is an actor: a person, an organisation, a
// place or a group.
func actorEntity(e *docEntity) bool {
	switch e.typ {
	case schema.Person, schema.Organization, schema.GPE, schema.Location, schema.Group:
		return true
	}
	return false
}

// patientNouns name an act whose of-phrase is the actor acted on and
// whose by-phrase the actor who acted: "the arrest of Tom Wu by the
// police", "the invasion of Sweden by Norway". The nouns of attack take
// on or against instead of of.
var patientNouns = newWordMap(map[string]eventNoun{
	"arrest": {"arrest", []string{"of"}}, "killing": {"kill", []string{"of"}}, "murder": {"murder", []string{"of"}},
	"assassination": {"assassinate", []string{"of"}}, "invasion": {"invade", []string{"of"}},
	"occupation": {"occupy", []string{"of"}}, "capture": {"capture", []string{"of"}},
	"kidnapping": {"kidnap", []string{"of"}}, "abduction": {"abduct", []string{"of"}},
	"detention": {"detain", []string{"of"}}, "execution": {"execute", []string{"of"}},
	"release": {"release", []string{"of"}}, "expulsion": {"expel", []string{"of"}},
	"deportation": {"deport", []string{"of"}}, "extradition": {"extradite", []string{"of"}},
	"appointment": {"appoint", []string{"of"}}, "dismissal": {"dismiss", []string{"of"}},
	"nomination": {"nominate", []string{"of"}}, "acquisition": {"acquire", []string{"of"}}, "selection": {"select", []string{"of"}},
	"takeover": {"take_over", []string{"of"}}, "purchase": {"buy", []string{"of"}},
	"bombing": {"bomb", []string{"of", "on", "against"}}, "shelling": {"shell", []string{"of"}}, "torture": {"torture", []string{"of"}},
	"endorsement": {"endorse", []string{"of"}}, "shooting": {"shoot", []string{"of"}}, "shootings": {"shoot", []string{"of"}}, "stabbing": {"stab", []string{"of"}},
	"rescue": {"rescue", []string{"of"}}, "recognition": {"recognise", []string{"of"}},
	// "the government's bailout of Globex": Globex is bailed out.
	"bailout": {"bail_out", []string{"of"}}, "bailouts": {"bail_out", []string{"of"}},
	"sacking": {"sack", []string{"of"}}, "impeachment": {"impeach", []string{"of"}},
	"attack": {"attack", []string{"on", "against"}}, "attacks": {"attack", []string{"on", "against"}},
	"sanctions": {"sanction", []string{"on", "against"}}, "defeat": {"defeat", []string{"of"}},
	"firing": {"fire", []string{"of"}}, "hiring": {"hire", []string{"of"}}, "prosecution": {"prosecute", []string{"of"}},
	"indictment": {"indict", []string{"of"}}, "interrogation": {"interrogate", []string{"of"}},
	"questioning": {"question", []string{"of"}}, "annexation": {"annex", []string{"of"}},
	"overthrow": {"overthrow", []string{"of"}}, "ouster": {"oust", []string{"of"}},
	"pardon":   {"pardon", []string{"of"}},
	"blockade": {"blockade", []string{"of"}}, "persecution": {"persecute", []string{"of"}},
	"harassment": {"harass", []string{"of"}}, "surveillance": {"spy_on", []string{"of"}},
	"liberation": {"liberate", []string{"of"}}, "siege": {"besiege", []string{"of"}},
	// "Russia's seizure of Crimea", "the Russian advance on Pobeda":
	// a force's hold taken or pressed on a place.
	"seizure": {"seize", []string{"of"}}, "advance": {"advance_on", []string{"on"}},
	"deaths": {"kill", []string{"of"}}, "killings": {"kill", []string{"of"}}, "murders": {"murder", []string{"of"}},
	// A hold on a place: "Norway's control of Halden", "fell under
	// Houthi control", "under the rule of Denmark". Not in nominals, since
	// a light verb gives it away: "gave Tom Wu control over Halden".
	"control": {"control", []string{"of", "over"}}, "rule": {"rule", []string{"over"}},
	"suspension": {"suspend", []string{"of"}},
	// "the prorogation of Parliament by the Queen", "the President's
	// dissolution of the Storting": a head of state's act on a chamber.
	"prorogation": {"prorogue", []string{"of"}}, "dissolution": {"dissolve", []string{"of"}},
	// Wrongs one is accused or convicted of: "accused Tom Wu of
	// obstruction of Congress", "charged with intimidation of witnesses".
	"obstruction": {"obstruct", []string{"of"}}, "intimidation": {"intimidate", []string{"of"}},
	"bribery": {"bribe", []string{"of"}}, "defamation": {"defame", []string{"of"}},
})

// agentNominals adds agent —LEMMA→ patient for an event noun of
// patientNouns or nominals with its agent and its patient after it: "the
// arrest of Tom Wu by the police", "attacks on Sweden by Norway" (the
// patient first), "an attack by Norway on Sweden", "a foul by Ann Lee on
// Tom Wu", "a letter from Globex to Tom Wu", "a 2-1 win for Norway over
// Sweden" (the agent after by, from or, for a victory, for first). A count
// may stand before the patient, and the agent may be named by what its
// forces fired: "the killing of dozens of Kurds by Syrian fire". Only "the" may stand before each name, and the second phrase
// follows the first name at once. An act planned or possible ("a planned
// visit by Tom Wu to Oslo") or called off is none.
func (d *docState) agentNominals(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	mentionAt := func(k int) *mention {
		m := actorAt(toks, ms, k)
		if m == nil || m.end < len(toks) && (isCap(toks[m.end].Text) || roleNoun(toks[m.end].Lower())) {
			// "by President Tom Wu": a title may stand before the name.
			// "a bid from Rangers for Scotland captain Barry
			// Ferguson": the name modifies a title; the holder is the
			// actor.
			return headAt(toks, ms, k)
		}
		return m
	}
	for k := 0; k+4 < len(toks); k++ {
		if _, ok := decisionNouns.get(toks[k].Lower()); ok && (strings.EqualFold(toks[k+1].Text, "by") || strings.EqualFold(toks[k+1].Text, "of")) {
			// "the decision by the Swedish government to expel Tom Wu",
			// "the decision of Prime Minister Tom Wu to advise the Queen"
			if agent := mentionAt(k + 2); agent != nil {
				if v := infinitiveAt(toks, agent.end); v > 0 && !unrealisedBefore(toks, k) {
					d.decidedAct(si, s, ms, agent, k, v)
				}
			}
			continue
		}
		nom, ok := actNoun(toks[k])
		if !ok {
			continue
		}
		b := k + 1 // the preposition after the noun, or "by" after its participle
		if toks[b].Tag == "VBN" || toks[b].Tag == "VBD" && lowerWord(toks[b].Text) {
			// "the lawsuit filed by Ann Lee against Halvik", "sanctions
			// imposed by Norway on Sweden", "attacks carried out by".
			if b++; toks[b].Tag == "RP" {
				b++
			}
			if !strings.EqualFold(toks[b].Text, "by") {
				b = k + 1
			}
		}
		var agent, patient *mention
		switch prep := toks[b].Lower(); {
		case b == k+1 && slices.Contains(nom.preps, prep):
			// "the arrest of Tom Wu by the police", "the killing of
			// dozens of Palestinians by Israeli troops"
			patient = mentionAt(countedFrom(toks, k+2))
			if patient == nil || patient.end >= len(toks) || !strings.EqualFold(toks[patient.end].Text, "by") {
				continue
			}
			if agent = mentionAt(patient.end + 1); agent == nil {
				agent = d.weaponAgent(si, s, patient.end+1, patient.ent)
			}
		case prep == "by" || prep == "from" || prep == "for" && slices.Contains(nom.preps, "over") || prep == "of":
			// "an attack by Norway on Sweden", "a 2-1 win for Norway over
			// Sweden", "the visit of Tom Wu to Oslo" (of names the
			// patient only of a noun that takes of for it)
			agent = mentionAt(b + 1)
			if agent == nil {
				continue
			}
			if prep == "from" && motionLemmas[nom.lemma] && agent.ent != nil && (agent.ent.typ == schema.GPE || agent.ent.typ == schema.Location) {
				// "a journey from Oslo to Bergen": where the trip starts,
				// not who makes it.
				continue
			}
			// "the call made by Tom Wu late last July to Ann Lee": a
			// time may stand between the agent and the patient.
			p := timeAfter(toks, agent.end)
			if p >= len(toks) || !slices.Contains(nom.preps, toks[p].Lower()) {
				continue
			}
			patient = mentionAt(p + 1)
			if patient == nil && violentActs[nom.lemma] {
				// "an attack by Swedish forces on Norwegian positions":
				// on the actor whose posts they are.
				patient = d.facilityMention(si, s, p+1)
			}
		}
		if agent == nil || patient == nil || agent.ent == patient.ent || unrealisedBefore(toks, k) {
			continue
		}
		end := max(agent.end, patient.end)
		if cancelledAfter(toks, end) {
			continue
		}
		if f := d.derive(si, argOf(s, agent), joinText(toks[k:end]), schema.StatedRelation(nom.lemma), agent.ent, patient.ent, "", nominalConf); f != nil {
			f.Class = schema.CanonicalRelation(nom.lemma)
		}
	}
}

// facilityMention returns the mention of the actor whose facility the
// noun phrase from token k names ("Norwegian positions", "a Velmor Front
// stronghold", [docState.owner]), or nil.
func (d *docState) facilityMention(si int, s nlp.Sentence, k int) *mention {
	toks := s.Tokens
	for j := k; j < len(toks) && j < k+5; j++ {
		if !facilityNouns[toks[j].Lower()] {
			if t := toks[j].Tag; t != "DT" && t != "JJ" && t != "NN" && t != "NNP" && t != "NNPS" && t != "CD" {
				return nil
			}
			continue
		}
		o := d.owner(si, s, schema.Argument{Text: s.Text[toks[k].Start:toks[j].End], Start: toks[k].Start, End: toks[j].End})
		if o == nil {
			return nil
		}
		for _, m := range d.sents[si] {
			if m.ent == o && m.start >= k && m.end <= j {
				return m
			}
		}
		return nil
	}
	return nil
}

// shotNouns are the fire of a state's forces, named after the state's
// adjective: "killed by Israeli fire" ([docState.weaponAgent]).
var shotNouns = map[string]bool{"fire": true, "gunfire": true}

// weaponAgent returns the actor whose operation or weapons a by-phrase
// names from token k on, other than patient: "by a Norwegian airstrike",
// "by Swedish missiles", "by Israeli fire" (only a state's adjective fires
// so: "the Oslo fire" burned), or nil.
func (d *docState) weaponAgent(si int, s nlp.Sentence, k int, patient *docEntity) *mention {
	toks := s.Tokens
	if k < len(toks) && (toks[k].Tag == "DT" || toks[k].Tag == "CD") {
		k++
	}
	for j := k + 1; j < len(toks) && j < k+4; j++ {
		w := toks[j].Lower()
		if !operationNouns[w] && !firedNouns[w] && !shotNouns[w] {
			if !strings.HasPrefix(toks[j].Tag, "NN") && toks[j].Tag != "JJ" {
				return nil
			}
			continue
		}
		agent := d.operationNamer(si, s, k, j+1, patient)
		if agent == nil || shotNouns[w] && !agent.adj {
			return nil
		}
		return agent
	}
	return nil
}

// countedFrom returns the token after the count that opens the phrase at
// token k ("dozens of", "at least 12", "hundreds of the"), or k when there
// is none.
func countedFrom(toks []nlp.Token, k int) int {
	j := k
	if j+1 < len(toks) && toks[j].Lower() == "at" && (toks[j+1].Lower() == "least" || toks[j+1].Lower() == "most") {
		j += 2
	}
	switch {
	case j+1 < len(toks) && crowdNouns[toks[j].Lower()] && toks[j].Lower() != "number" && toks[j+1].Lower() == "of":
		return j + 2
	case j+1 < len(toks) && toks[j].Tag == "CD" && !isCap(toks[j].Text):
		if toks[j+1].Lower() == "of" {
			return j + 2
		}
		return j + 1
	}
	return k
}

// motionLemmas are the relations of nouns of going somewhere, whose "from"
// names a place left rather than the traveller when it names a place
// ([docState.agentNominals]).
var motionLemmas = map[string]bool{"travel_to": true, "drive_to": true, "return_to": true, "fly_to": true}

// timeAfter returns the token after the time phrase at token k ("on
// Sunday", "late last July", "in March 2019", "last week", "yesterday"),
// or k when none stands there.
func timeAfter(toks []nlp.Token, k int) int {
	when := func(i int) bool {
		if i >= len(toks) {
			return false
		}
		w := toks[i].Text
		return weekdays[w] || monthName(w) || dayWord(strings.ToLower(w)) || toks[i].Tag == "CD" && len(w) == 4
	}
	j := k
	for j < len(toks) {
		switch w := toks[j].Lower(); {
		case when(j):
			j++
			continue
		case (w == "on" || w == "in") && when(j+1):
			j += 2
			continue
		case w == "late" || w == "early" || w == "last" || w == "this" || w == "next" || w == "mid":
			if when(j+1) || j+1 < len(toks) && toks[j+1].Lower() == "last" {
				j++
				continue
			}
			if j+1 < len(toks) && periodNouns[toks[j+1].Lower()] {
				j += 2 // "last week", "this morning"
				continue
			}
		}
		break
	}
	return j
}

// periodNouns are the spans of time that "last", "this" or "next" name:
// "last week", "this morning".
var periodNouns = map[string]bool{
	"week": true, "month": true, "year": true, "morning": true, "afternoon": true, "evening": true, "night": true,
	"weekend": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
}

// cancelledAfter reports whether the verb after the event's phrase, which
// ends before token end, says the act did not take place: "the game
// between Norway and Sweden was cancelled", "talks were called off".
func cancelledAfter(toks []nlp.Token, end int) bool {
	for k := end; k < len(toks) && k < end+4; k++ {
		switch toks[k].Lower() {
		case "cancelled", "canceled", "postponed", "called", "scrapped", "abandoned", "delayed", "suspended":
			return true
		case "was", "were", "has", "have", "been", "be", "will", "would", "later":
			continue
		}
		return false
	}
	return false
}

// futureBefore reports whether a modal of [futureModals] stands among the
// three words before the event noun at token k ("would hold talks
// between"): the event is foreseen, not held.
func futureBefore(toks []nlp.Token, k int) bool {
	return slices.ContainsFunc(toks[max(0, k-3):k], func(t nlp.Token) bool { return futureModal(t) })
}

// futureModal reports whether t is a modal of [futureModals], and not the
// month ("broke out in May when battles erupted between").
func futureModal(t nlp.Token) bool {
	return futureModals[t.Lower()] && t.Tag != "NNP"
}

// futureAfter reports whether a modal of [futureModals] follows the
// parties of an event noun at token end ("the second debate between Tom
// Wu and Ann Lee would be virtual"): the event is foreseen, not held. As
// for a verb, "will" states a schedule.
func futureAfter(toks []nlp.Token, end int) bool {
	return end < len(toks) && futureModal(toks[end])
}

// unrealisedBefore reports whether one of the three words before the event
// noun at token k says the act has not taken place ("planned talks", "a
// possible attack", "hopes for a meeting").
func unrealisedBefore(toks []nlp.Token, k int) bool {
	for i := max(0, k-3); i < k; i++ {
		w := toks[i].Lower()
		if w == "about" && !strings.EqualFold(toks[i+1].Text, "to") {
			continue // "details emerged about Trump's call": a topic, not "about to"
		}
		if w == "due" && dueCause(toks, i, k) {
			continue // "stalled due to worsening relations between": a cause, not "is due to hold talks"
		}
		if intentionToken(toks[i]) || unrealised[w] || preventVerbs[w] && preventedNouns[toks[k].Lower()] {
			return true
		}
	}
	return false
}

// dueCause reports whether the "due" at token i and the "to" after it
// give the cause of the event noun at token k ("stalled due to worsening
// relations", "due to the talks", "due to US-Russia relations"), not a
// schedule ("is due to hold talks"). The tagger reads a verb after "to"
// as an adjective ("hold/JJ"), so a cause opens with the noun itself or a
// word of [causeOpenerTags], and goes on with modifiers only.
func dueCause(toks []nlp.Token, i, k int) bool {
	if i+2 > k || toks[i+1].Lower() != "to" {
		return false
	}
	if i+2 < k && !causeOpenerTags[toks[i+2].Tag] {
		return false
	}
	return !slices.ContainsFunc(toks[i+2:k], func(t nlp.Token) bool { return !causeOpenerTags[t.Tag] && !strings.HasPrefix(t.Tag, "JJ") })
}

// causeOpenerTags are the tags of the words that may open the noun phrase
// of a cause after "due to" before its event noun: an article, a
// possessive, a gerund ("worsening"), a name or a number.
var causeOpenerTags = map[string]bool{
	"DT": true, "VBG": true, "PRP$": true, "NNP": true, "NNPS": true, "POS": true, "CD": true,
}

// preventVerbs stop an act before it is done: "the regulator blocked
// Globex's takeover of Initech", "vetoed the merger of Acme and Umbra".
// The act of [preventedNouns] did not happen; a bid or an offer so
// blocked was still made, and is left out.
var preventVerbs = map[string]bool{
	"block": true, "blocks": true, "blocked": true, "blocking": true, "veto": true, "vetoes": true, "vetoed": true,
	"vetoing": true, "prohibit": true, "prohibits": true, "prohibited": true, "prohibiting": true, "reject": true,
	"rejects": true, "rejected": true, "rejecting": true, "thwart": true, "thwarts": true, "thwarted": true,
	"prevent": true, "prevents": true, "prevented": true, "forbid": true, "forbids": true, "forbade": true,
}

// preventedNouns name an outcome, which a verb of [preventVerbs] before
// it keeps from happening: a takeover, a sale, an appointment.
var preventedNouns = map[string]bool{
	"takeover": true, "acquisition": true, "merger": true, "purchase": true, "sale": true, "buyout": true,
	"appointment": true, "accession": true, "membership": true, "extradition": true, "deportation": true,
}

// opensPhrase reports whether a noun phrase may begin right after token
// t: an article, a verb, a preposition (or "to"), a conjunction or a comma.
func opensPhrase(t nlp.Token) bool {
	switch t.Tag {
	case "DT", "IN", "TO", "CC", ",", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG":
		return true
	}
	return false
}

// agentModifier reports whether mention m, before a noun, may name the
// agent of the act the noun names: a state's adjective after an article,
// an adjective or where a phrase opens ("the Japanese invasion of China",
// "after Danish raids on Halden", "new Swedish sanctions on Norway"), or
// a name as [compoundAgent] allows ("the US intervention in Syria", "after
// FBI raids on Globex").
func agentModifier(toks []nlp.Token, m *mention) bool {
	if m.ent == nil || m.kind == mPronoun || m.possessive {
		return false
	}
	if !m.adj {
		return compoundAgent(toks, m)
	}
	return m.ent.typ == schema.GPE && (compoundAgent(toks, m) || toks[m.start-1].Tag == "DT" ||
		(toks[m.start-1].Tag == "JJ" || toks[m.start-1].Tag == "JJS") && (m.start == 1 || lowerWord(toks[m.start-1].Text) && opensPhrase(toks[m.start-2])))
}

// modifierAgent reports whether mention m, an actor before a noun, names
// the agent of the act the noun names ([agentModifier]), and is no city
// or region: "the Oslo attack" took place in Oslo, "the US attack" was the
// US's.
func (d *docState) modifierAgent(toks []nlp.Token, m *mention) bool {
	return m.ent != nil && actorEntity(m.ent) && agentModifier(toks, m) && (!isPlace(m.ent) || m.adj || d.r.country(m.ent))
}

// compoundAgent reports whether the name m may modify the noun after it
// as its agent: it opens the sentence or stands after an article, a verb,
// a preposition, a conjunction or a comma ("the US intervention",
// "condemned Israeli strikes"), not inside a longer noun phrase, and holds
// no possessive ("the Blues' Celtic League match": the Blues play).
func compoundAgent(toks []nlp.Token, m *mention) bool {
	if holdsPossessive(toks[m.start:m.end]) {
		return false
	}
	k := m.start
	if k == 0 {
		return true
	}
	t := toks[k-1]
	return opensPhrase(t) && (t.Tag != "DT" || t.Lower() == "the" || t.Lower() == "a" || t.Lower() == "an")
}

// frontingWords open a phrase before the clause that names an act its
// subject took part in: "After talks with Sweden, Norway signed the
// treaty".
var frontingWords = map[string]bool{"after": true, "following": true, "during": true, "at": true, "in": true, "on": true, "upon": true}

// frontedActs adds subject —RELATION→ actor for a clause that opens with
// a phrase of [frontingWords], an event noun of nominals done with another
// actor or a visit, its preposition and an actor, then a comma and the
// clause's subject before its verb: "After talks with Sweden, Norway
// signed the treaty" (talk_with), "During a visit to Oslo, Ann Lee met Tom
// Wu" (visit), "In his speech at the Halvik Council, Tom Wu said"
// (speak_at), "On his visit to Oslo last May, Ann Lee met" (a time
// phrase may follow the actor). The clause may open the sentence, follow "that" ("claimed
// that during a 2018 trip to Oslo, Ann Lee refused"), or follow a
// sentence adverb and its comma ("Later, during a visit to Oslo, ...").
// Acts done to the actor ("After an attack on Oslo, Norway closed its
// border") name no agent and give nothing.
func (d *docState) frontedActs(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for p := range toks {
		if (p == 0 || toks[p-1].Lower() == "that" || p == 2 && toks[1].Text == "," && toks[0].Tag == "RB") &&
			frontingWords[toks[p].Lower()] {
			d.frontedAct(si, s, ms, p)
		}
	}
}

// frontedAct is [docState.frontedActs] for the phrase that opens at token p.
func (d *docState) frontedAct(si int, s nlp.Sentence, ms []*mention, p int) {
	toks := s.Tokens
	if len(toks)-p < 6 {
		return
	}
	k := p + 1
	for n := 0; n < 4 && k < len(toks) && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "PRP$" || toks[k].Tag == "CD" ||
		weekdays[toks[k].Text] || (toks[k].Tag == "VBN" || toks[k].Tag == "VBD") && lowerWord(toks[k].Text)) && !isNominal(toks[k]); n++ {
		// "after a first meeting with", "during an official visit to",
		// "during a 2018 trip to", "in his Monday televised speech at"
		k++
	}
	if k+1 < len(toks) && isNominal(toks[k]) && isNominal(toks[k+1]) && toks[k].Tag == "NN" {
		k++ // "during a campaign trip to"
	}
	if k+3 >= len(toks) || !isNominal(toks[k]) || unrealisedBefore(toks, k) {
		return
	}
	nom := nominals.at(toks[k].Lower())
	if !withNominal(toks[k].Lower()) && nom.lemma != "visit" && nom.lemma != "travel_to" && nom.lemma != "speak_at" || !slices.Contains(nom.preps, toks[k+1].Lower()) {
		return
	}
	o := headAt(toks, ms, k+2)
	if o == nil {
		return
	}
	c := timeAfter(toks, premisesAfter(toks, o.end)) // "during a visit to Oslo last year,"
	if c+2 >= len(toks) || toks[c].Text != "," {
		return
	}
	subj := actorAt(toks, ms, c+1)
	if subj == nil || subj.ent == o.ent || subj.possessive || subj.end >= len(toks) ||
		!strings.HasPrefix(toks[subj.end].Tag, "VB") && toks[subj.end].Tag != "MD" {
		return
	}
	if f := d.derive(si, argOf(s, subj), joinText(toks[p:o.end]), schema.StatedRelation(nom.lemma), subj.ent, o.ent, "", nominalConf); f != nil {
		f.Class = schema.CanonicalRelation(nom.lemma)
	}
}

// premisesNouns name a body's premises, which stand for the body after
// its possessive: "in his talk at the Halvik Council's Oslo headquarters".
var premisesNouns = map[string]bool{"headquarters": true, "offices": true, "office": true, "campus": true, "premises": true}

// premisesAfter returns the token after a body's premises ([premisesNouns])
// when token k opens them with the body's possessive "'s" and at most
// three capitalised words ("'s Oslo headquarters"), else k.
func premisesAfter(toks []nlp.Token, k int) int {
	if k >= len(toks) || toks[k].Tag != "POS" {
		return k
	}
	i := k + 1
	for n := 0; n < 3 && i < len(toks) && isCap(toks[i].Text); n++ {
		i++
	}
	if i < len(toks) && premisesNouns[toks[i].Lower()] {
		return i + 1
	}
	return k
}

// pairActs adds a —RELATION→ b for two actors joined by a hyphen before an
// event noun of nominals that one actor does with another: "US-China
// talks", "the Israel-Hamas war", "the Kmart-Sears merger", "the
// Boeing-Air Force deal" (the second name may go on after the hyphen's
// word). The names are the document's or the gazetteer's; a planned or
// cancelled act is none.
func (d *docState) pairActs(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k, t := range toks {
		left, right, ok := strings.Cut(t.Text, "-")
		if !ok || !isCap(left) || !isCap(right) || strings.Contains(right, "-") || articleName(t.Text) {
			continue
		}
		if c := coveringAt(ms, k); c >= 0 && ms[c].ent != nil && strings.Contains(ms[c].ent.name, "-") {
			continue // a name of its own ("Guinea-Bissau")
		}
		j := k + 1
		for j < len(toks) && toks[j].Tag == "NNP" && isCap(toks[j].Text) {
			right += " " + toks[j].Text // "Boeing-Air Force"
			j++
		}
		for n := 0; n < 3 && j+1 < len(toks) && lowerWord(toks[j].Text) && toks[j].Tag != "IN" && (!isNominal(toks[j]) || isNominal(toks[j+1])); n++ {
			if n > 0 && toks[j].Tag != "JJ" && toks[j].Tag != "NN" {
				break // "the US-China relationship remains": no verb
			}
			j++ // "US-China trade talks", "merger talks", "the Turkish-Libyan maritime border agreement"
		}
		if j >= len(toks) || !isNominal(toks[j]) || !slices.Contains(nominals.at(toks[j].Lower()).preps, "with") ||
			unrealisedBefore(toks, k) || cancelledAfter(toks, j+1) {
			continue
		}
		a, b := d.partEntity(left), d.partEntity(right)
		if a == nil || b == nil || a == b || !actorEntity(a) || !actorEntity(b) {
			continue
		}
		lemma := nominals.at(toks[j].Lower()).lemma
		if lemma == "border" {
			continue // "on the US-Canada border": a place named, no act stated
		}
		arg := schema.Argument{Text: s.Text[t.Start:toks[j].End], Start: t.Start, End: toks[j].End}
		if f := d.derive(si, arg, joinText(toks[k:j+1]), schema.StatedRelation(lemma), a, b, "", nominalConf); f != nil {
			f.Class = schema.CanonicalRelation(lemma)
		}
	}
}

// partEntity returns the document's entity that name names exactly, as an
// alias or as an organisation's first words, else the gazetteer's actor of that name or adjective, which it
// creates, or nil.
func (d *docState) partEntity(name string) *docEntity {
	k := normKey(name)
	if e := d.byKey[k]; e != nil {
		return e
	}
	d.lookup(name) // builds the alias index
	if e := d.byAlias[k]; e != nil {
		return e
	}
	g := d.r.g.entries[k]
	if e := d.recent(func(e *docEntity) bool {
		return e.typ == schema.Organization && strings.HasPrefix(e.name, name+" ")
	}); e != nil && (g == nil || g.typ != schema.GPE) {
		return e // "Halvik" of "the Halvik Corporation"; not "United States" of the "United States Senate"
	}
	if c := d.r.g.demonyms[k]; g == nil && c != "" {
		g = d.r.g.entries[normKey(c)] // "US-China", "Russian-Ukrainian"
	}
	if g == nil || g.typ != schema.GPE && g.typ != schema.Organization {
		return nil
	}
	if e := d.byKey[normKey(g.name)]; e != nil {
		return e
	}
	return d.create(g.name, &mention{typ: g.typ, gaz: g})
}

// bidNouns name what one actor asks, advises or orders another to do,
// in "at the request of X" or "on X's advice": the lemma of the act the
// asker did to the one who then acted; and "on behalf of X", where the
// one who acted represents X.
var bidNouns = map[string]string{
	"request": "ask", "requests": "ask", "behest": "ask", "urging": "urge", "advice": "advise",
	"order": "order", "orders": "order", "instruction": "order", "instructions": "order", "command": "order",
	"invitation": "invite",
	// "signed the deal on behalf of Norway": the one who acts speaks for
	// the other ([docState.biddenActs] turns it round).
	"behalf": "represent",
}

// facedNouns are acts against an actor that it does something despite,
// or in the face of: "despite opposition from Sweden", "in the face of
// threats from the army", "despite Sweden's objections".
var facedNouns = map[string]string{
	"threat": "threaten", "threats": "threaten", "opposition": "oppose", "objection": "oppose", "objections": "oppose",
	"resistance": "oppose", "disapproval": "oppose", "criticism": "criticise", "pressure": "pressure",
	"protest": "protest", "protests": "protest", "warning": "warn", "warnings": "warn", "sanctions": "sanction",
	"attack": "attack", "attacks": "attack", "condemnation": "condemn",
	"allegations": "accuse", "allegation": "accuse", "accusations": "accuse", "accusation": "accuse",
	"charges": "accuse",
}

// jointNouns name an act one actor does together with another, in "in
// cooperation with X": the lemma of the relation the actor holds to X.
var jointNouns = map[string]string{
	"cooperation": "cooperate_with", "co-operation": "cooperate_with", "coordination": "coordinate_with",
	"collaboration": "collaborate_with", "partnership": "partner_with", "alliance": "ally_with",
}

// jointLemma reports whether lemma is a relation of [jointNouns].
func jointLemma(lemma string) bool {
	for _, l := range jointNouns {
		if l == lemma {
			return true
		}
	}
	return false
}

// biddenActs adds asker —ask→ actor for an act done at another actor's
// bidding: "at the request of", "at the behest of", "at the urging of",
// "on the advice / orders / instructions of" or "at/on X's request"
// (ask, urge, advise, order, invite): "King Harald suspended the Storting
// at the request of Prime Minister Ann Lee" (Ann Lee asked the king). It
// also adds actor —respond_to→ X for "in response to X", "in response
// to X's statement" or "in response to a statement from X", and X
// —ACT→ actor for an act of [facedNouns] the actor did something despite
// or in the face of ("Norway signed despite opposition from Sweden":
// Sweden opposes Norway), and actor —cooperate_with→ X (or another
// relation of [jointNouns]) for "in cooperation with X". The actor
// is the agent "by" names right before the phrase ("the suspension of
// the Storting by King Harald at the request of"), else the subject of
// the clause: after the phrase and its comma when the phrase opens the
// sentence, else the last actor before the phrase that a verb follows.
func (d *docState) biddenActs(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for i := 0; i+3 < len(toks); i++ {
		lemma, j := "", 0
		switch w := toks[i].Lower(); {
		case w == "at" || w == "on" || w == "upon" || w == "per" || w == "by" && toks[i+1].Lower() == "request":
			lemma, j = "bid", i+1 // "per request of", "by request of"
		case w == "in" && toks[i+1].Lower() == "response" && toks[i+2].Lower() == "to":
			lemma, j = "respond_to", i+3
		case w == "despite":
			lemma, j = "faced", i+1
		case w == "in" && i+5 < len(toks) && toks[i+1].Lower() == "the" && toks[i+2].Lower() == "face" && toks[i+3].Lower() == "of":
			lemma, j = "faced", i+4
		case w == "in" && jointNouns[toks[i+1].Lower()] != "" && toks[i+2].Lower() == "with":
			lemma, j = jointNouns[toks[i+1].Lower()], i+3
		default:
			continue
		}
		var asker *mention
		end := 0
		if lemma == "bid" || lemma == "faced" || lemma == "respond_to" {
			asker, end = d.bidder(toks, ms, j, lemma != "bid")
		} else if asker = actorAt(toks, ms, j); asker != nil && asker.kind != mPronoun && !asker.possessive {
			end = asker.end // "in cooperation with Iraqi security forces"
		} else {
			asker = nil
		}
		if asker == nil {
			continue
		}
		switch lemma {
		case "bid":
			lemma = bidNouns[toks[end-1].Lower()] // the noun ends the phrase or stands before of
		case "faced":
			lemma = facedNouns[toks[end-1].Lower()]
			if end == asker.end || unrealisedBefore(toks, end-1) {
				lemma = "" // "despite Sweden", "despite possible sanctions from"
			}
		}
		end = max(end, asker.end)
		var actor *mention
		for _, m := range ms {
			b := m.start - 1
			for b > 0 && b >= m.start-3 && isCap(toks[b].Text) {
				b-- // "by King Harald": titles before the name
			}
			if m.end == i && b >= 0 && toks[b].Lower() == "by" && m.ent != nil && !m.adj && actorEntity(m.ent) {
				actor = m // "the suspension of the Storting by King Harald at the request of"
			}
		}
		comma := end
		if lemma != "" && comma+2 < len(toks) && toks[comma].Lower() == "of" {
			// "Despite Ann Lee's allegations of widespread fraud, Tom
			// Wu": the of-phrase says what the act was about.
			for comma++; comma < len(toks) && comma < end+6 && toks[comma].Text != "," && coveringAt(ms, comma) < 0 &&
				!strings.HasPrefix(toks[comma].Tag, "VB") && toks[comma].Tag != "MD"; comma++ {
			}
		}
		if actor == nil && i == 0 && comma < len(toks) && toks[comma].Text == "," {
			if m := headAt(toks, ms, comma+1); m != nil && !m.possessive && m.end < len(toks) && (strings.HasPrefix(toks[m.end].Tag, "VB") || toks[m.end].Tag == "MD") {
				actor = m // "In response to criticism from Sweden, Norway withdrew"
			}
		}
		if actor == nil && i > 0 && jointLemma(lemma) {
			actor = infinitiveActor(toks, ms, i) // "U.S. troops there to fight the rebels in cooperation with"
		}
		if actor == nil && i > 0 {
			actor = subjectOfClause(toks, ms, i) // "King Harald suspended the Storting at the request of"
		}
		if actor == nil || actor.ent == asker.ent || lemma == "" {
			continue
		}
		agent, patient := asker, actor // the faced act's agent does it to the actor
		if lemma == "respond_to" || lemma == "represent" || jointLemma(lemma) {
			agent, patient = actor, asker
		}
		if f := d.derive(si, argOf(s, agent), joinText(toks[i:end]), schema.StatedRelation(lemma), agent.ent, patient.ent, "", nominalConf); f != nil {
			f.Class = schema.CanonicalRelation(lemma)
		}
		if jointLemma(lemma) {
			// "in coordination with the United States, Britain and
			// Canada": one fact per partner listed.
			for _, m := range listAt(toks, ms, j) {
				if m == asker || m.ent == nil || m.ent == actor.ent || !actorEntity(m.ent) {
					continue
				}
				if f := d.derive(si, argOf(s, actor), joinText(toks[i:m.end]), schema.StatedRelation(lemma), actor.ent, m.ent, "", nominalConf); f != nil {
					f.Class = schema.CanonicalRelation(lemma)
				}
			}
		}
	}
}

// infinitiveActor returns the actor that an infinitive before token i
// follows, "there" or "here" between, with no finite verb after the
// infinitive: "home to U.S. troops there to fight the rebels in
// cooperation with": the troops do what the infinitive says, not the
// subject of the clause (the base). It returns nil otherwise.
func infinitiveActor(toks []nlp.Token, ms []*mention, i int) *mention {
	for f := i - 1; f > 1; f-- {
		t := toks[f]
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Text == "," || t.Text == ";" {
			return nil
		}
		if t.Tag != "VB" || toks[f-1].Lower() != "to" {
			continue
		}
		e := f - 1
		if w := toks[e-1].Lower(); w == "there" || w == "here" {
			e--
		}
		for _, m := range ms {
			if m.end == e && m.ent != nil && !m.adj && !m.possessive && m.kind != mPronoun && actorEntity(m.ent) {
				return m
			}
		}
		return nil
	}
	return nil
}

// subjectOfClause returns the actor that is the subject of the clause
// whose finite verb last comes before token i ([subjectBefore], any
// actor): "King Harald has suspended the Storting", "Joe Ng, who
// resigned"; nil for "Tom Wu said the documents were released", whose
// documents are no actor.
func subjectOfClause(toks []nlp.Token, ms []*mention, i int) *mention {
	f := i - 1
	for f >= 0 && toks[f].Tag != "VBD" && toks[f].Tag != "VBZ" && toks[f].Tag != "VBP" && toks[f].Tag != "MD" {
		f--
	}
	for f > 0 && (strings.HasPrefix(toks[f-1].Tag, "VB") || toks[f-1].Tag == "MD") {
		f-- // "has suspended", "had been"
	}
	if f < 1 {
		return nil
	}
	if f >= 4 && toks[f-3].Lower() == "and" && possessiveDeterminers[toks[f-2].Lower()] && retinueNouns[toks[f-1].Lower()] {
		// "Prime Minister Ann Lee and her delegation arrived": the
		// actor her company goes with.
		return subjectBefore(toks, ms, f-3, actorEntity)
	}
	return subjectBefore(toks, ms, f, actorEntity)
}

// retinueNouns are the company that travels with a person, named after
// "and" and the person's possessive: "the president and his delegation".
var retinueNouns = map[string]bool{
	"team": true, "delegation": true, "entourage": true, "wife": true, "husband": true, "spouse": true,
	"family": true, "aides": true,
}

// bidder returns the actor of a bidding phrase that opens at token j and
// the end of the phrase's noun ("the request of Ann Lee": the noun ends
// the phrase only when the actor comes first): "the request of Prime
// Minister Ann Lee", "Ann Lee's request", and for a response ("any"),
// any noun, with at most two words before it, before from, by or of
// ("a statement from the Kremlin", "recent criticism by Sweden"), or the
// actor itself ("in response to Sweden"). It returns nil when none.
func (d *docState) bidder(toks []nlp.Token, ms []*mention, j int, any bool) (*mention, int) {
	noun := func(k int) bool {
		if !strings.HasPrefix(toks[k].Tag, "NN") || !lowerWord(toks[k].Text) {
			return false
		}
		return any || bidNouns[toks[k].Lower()] != ""
	}
	if m := actorAt(toks, ms, j); m != nil {
		if k := m.end; k+1 < len(toks) && toks[k].Tag == "POS" && noun(k+1) {
			return m, k + 2 // "Ann Lee's request"
		}
		if m.kind == mPronoun {
			return nil, 0
		}
		if any && (m.end >= len(toks) || toks[m.end].Text == "," || toks[m.end].Text == ".") {
			return m, m.end // "in response to Sweden,"
		}
		return nil, 0
	}
	k := j
	if toks[k].Tag == "DT" {
		k++
	}
	if any {
		// "despite Swedish opposition", "in response to US sanctions": a
		// state's adjective or a name before the noun is its agent.
		for _, m := range ms {
			if m.start == k && m.end+1 < len(toks) && noun(m.end) && d.modifierAgent(toks, m) {
				return m, m.end + 1
			}
		}
	}
	for n := 0; n < 2 && k+1 < len(toks) && !noun(k) && toks[k].Tag == "JJ"; n++ {
		k++
	}
	if k+2 >= len(toks) || !noun(k) {
		return nil, 0
	}
	if p := toks[k+1].Lower(); p != "of" && p != "from" && p != "by" || !any && p != "of" {
		return nil, 0
	}
	if any && toks[k+1].Lower() == "of" && slices.Contains(nominals.at(toks[k].Lower()).preps, "of") {
		return nil, 0 // "despite criticism of Joe Ng": he is criticised
	}
	if m := stateTitleHolder(toks, ms, k+2); m != nil {
		return m, k + 1 // "the invitation of President of Ghana Kofi Mensah"
	}
	if m := headAt(toks, ms, k+2); m != nil && !m.possessive {
		return m, k + 1
	}
	return nil, 0
}

// stateTitleHolder returns the person named after a capitalised title
// and the state it is of, when the title opens at token k: "President of
// Ghana Kofi Mensah", "the Prime Minister of Norway, Tom Berg"; nil
// otherwise. The state is the office's, not the actor.
func stateTitleHolder(toks []nlp.Token, ms []*mention, k int) *mention {
	if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	of := k
	for of < len(toks) && of < k+3 && isCap(toks[of].Text) {
		of++
	}
	if of == k || of+2 >= len(toks) || toks[of].Text != "of" {
		return nil
	}
	p := of + 1
	if strings.EqualFold(toks[p].Text, "the") {
		p++
	}
	var state *mention
	for _, m := range ms {
		if m.start == p && m.ent != nil && m.ent.typ == schema.GPE && !m.adj && !m.possessive {
			state = m
		}
	}
	if state == nil {
		return nil
	}
	n := state.end
	if n < len(toks) && toks[n].Text == "," {
		n++ // "the Prime Minister of Norway, Tom Berg"
	}
	for _, m := range ms {
		if m.start == n && m.kind == mName && m.ent != nil && m.ent.typ == schema.Person && !m.possessive {
			return m
		}
	}
	return nil
}

// candidacyNouns name a person's standing for a party.
var candidacyNouns = newWordSet(map[string]bool{
	"candidacy": true, "candidature": true, "candidate": true, "nominee": true, "ticket": true,
})

// candidacyParty adds person —member_of→ party for a candidacy that a
// sentence ties to a party: the person's candidacy "under", "with" or
// "for" the party ("Ann Lee announced her candidacy for prime minister
// under the Unity Party"), or the person ran "as" the party's candidate
// ("as the candidate of the Unity Party", "as the Unity Party's
// nominee", "on the Unity Party ticket"). The person is the noun's
// possessor, else the clause's subject before "as" or "on", else a verb's
// object right before "as" ("the exit left Ann Lee as the Unity Party's
// expected nominee").
func (d *docState) candidacyParty(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for k, t := range toks {
		if !strings.HasPrefix(t.Tag, "NN") || !candidacyNouns.has(t.Lower()) {
			continue
		}
		var party, person *mention
		ticket := k+2 < len(toks) && (t.Lower() == "ticket" || t.Lower() == "slate") && toks[k+1].Lower() == "of"
		for _, m := range ms {
			switch {
			case m.ent == nil || !partyEntity(m.ent) || ticket && m.start > k:
				// "a ticket of Unity Party nominee Tom Wu" names people
			case m.end == k || m.end < k && toks[m.end].Tag == "POS" && fewModifiers(toks[m.end+1:k]):
				party = m // "the Unity Party('s) candidate", "the party's expected nominee"
			case m.kind == mPronoun && m.possessive && m.end < k && fewModifiers(toks[m.end:k]):
				party = m // "its first ticket"
			case m.start > k && m.start <= k+8 && party == nil && (m.end >= len(toks) || !modifiesNoun(s, m.end)):
				// "candidate of the Unity Party", "her candidacy for prime
				// minister under the Unity Party"; not "for the Unity
				// Party leadership"
				p := m.start - 1
				if p > k && toks[p].Lower() == "the" {
					p--
				}
				if w := toks[p].Lower(); p > k-1 && (w == "under" || w == "with" || w == "of" || w == "for") {
					party = m
				}
			}
		}
		if party == nil && ticket {
			party = ticketHolder(toks, ms, k)
		}
		if party == nil {
			continue
		}
		if ticket {
			// "the Unity Party ticket of Tom Wu for president and Ann
			// Lee for vice president": each person named stands for it.
			for _, m := range d.ticketPeople(si, toks, k+2) {
				if m.ent != party.ent {
					if f := d.derive(si, argOf(s, m), joinText(toks[min(k, party.start):m.end]), schema.MemberOf, m.ent, party.ent, "", nominalConf); f != nil {
						f.Class = schema.MemberOf
					}
				}
			}
		}
		b := min(k, party.start) // the candidacy's phrase opens here
		for b > 0 && (toks[b-1].Tag == "DT" || toks[b-1].Tag == "JJ") {
			b--
		}
		for _, m := range ms {
			if m.ent != nil && m.ent.typ == schema.Person && (m.end == b && m.kind == mPronoun && m.possessive || m.end == b-1 && toks[m.end].Tag == "POS") {
				person = m // "her candidacy", "Ann Lee's candidacy"
			}
		}
		if person == nil && b > 0 && (toks[b-1].Lower() == "as" || toks[b-1].Lower() == "on") {
			if m := subjectOfClause(toks, ms, b-1); m != nil && m.ent.typ == schema.Person {
				person = m // "Ann Lee ran for mayor as the candidate of"
			}
			if person != nil && slices.ContainsFunc(toks[person.end:b], func(t nlp.Token) bool { return intentionToken(t) || unfitWords[t.Lower()] }) {
				person = nil // "hopes to run as", "is ineligible to stand as"
			}
		}
		if person == nil && b > 1 && toks[b-1].Lower() == "as" && party.kind != mPronoun {
			person = verbObjectBefore(toks, ms, b-1) // "Sanders' exit left Biden as the party's nominee"
		}
		if person == nil || person.ent == party.ent {
			continue
		}
		if f := d.derive(si, argOf(s, person), joinText(toks[min(b, person.start):max(party.end, k+1)]), schema.MemberOf, person.ent, party.ent, "", nominalConf); f != nil {
			f.Class = schema.MemberOf
		}
	}
}

// electoralVerbs are the forms of the verbs of a candidacy or an office
// held that "as" and a party's member noun may follow ([docState.ranAsMember]).
var electoralVerbs = map[string]bool{
	"ran": true, "runs": true, "run": true, "running": true, "stood": true, "stands": true, "stand": true,
	"standing": true, "served": true, "serves": true, "serving": true, "campaigned": true, "elected": true,
	"re-elected": true, "reelected": true, "contested": true, "won": true, "sought": true,
}

// ranAsMember: "Ann Lee ran for Congress as a Republican", "Tom Wu was
// elected as a Democrat in 2018": the clause's subject, a verb of a
// candidacy or an office ([electoralVerbs]), then "as a" and a party's
// member noun that ends the phrase (with a noun after it, "as a Republican
// candidate", [docState.candidacyParty] reads it) make the subject a
// member of the party. A verb of intention or unfitness before it ("hopes
// to run as") states nothing.
func (d *docState) ranAsMember(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	for _, party := range ms {
		k := party.start
		if k < 3 || party.kind == mPronoun || party.possessive || !partyEntity(party.ent) || party.end-party.start != 1 ||
			toks[k-2].Lower() != "as" || !articles[toks[k-1].Lower()] || toks[k-1].Lower() == "the" ||
			party.end < len(toks) && modifiesNoun(s, party.end) {
			continue
		}
		f := k - 3
		for f >= 0 && toks[f].Tag != "VBD" && toks[f].Tag != "VBZ" && toks[f].Tag != "VBP" && toks[f].Tag != "MD" {
			f--
		}
		if f < 0 || !slices.ContainsFunc(toks[f:k-2], func(t nlp.Token) bool { return strings.HasPrefix(t.Tag, "VB") && electoralVerbs[t.Lower()] }) {
			continue
		}
		person := subjectOfClause(toks, ms, k-2)
		if person == nil || person.ent == nil || person.ent.typ != schema.Person || person.ent == party.ent ||
			slices.ContainsFunc(toks[person.end:k-2], func(t nlp.Token) bool { return intentionToken(t) || unfitWords[t.Lower()] }) {
			continue
		}
		if f := d.derive(si, argOf(s, person), joinText(toks[k-2:party.end]), schema.MemberOf, person.ent, party.ent, "", nominalConf); f != nil {
			f.Class = schema.MemberOf
		}
	}
}

// ticketPeople returns the people of a ticket named from token j on: "Tom
// Wu for president and Ann Lee for vice president", each person with at
// most five words of description before the name ("former Utah governor
// Tom Wu").
func (d *docState) ticketPeople(si int, toks []nlp.Token, j int) []*mention {
	var out []*mention
	m := d.personIn(si, j, len(toks), 5)
	if m == nil || slices.ContainsFunc(toks[j:m.start], func(t nlp.Token) bool { return !isWord(t.Text) }) {
		return nil
	}
	out = append(out, m)
	if m.end+2 >= len(toks) || toks[m.end].Lower() != "for" {
		return out
	}
	for k := m.end + 1; k < len(toks) && k <= m.end+4; k++ { // "for vice president and"
		if toks[k].Lower() == "and" {
			if n := d.personIn(si, k+1, len(toks), 5); n != nil && n != m &&
				!slices.ContainsFunc(toks[k+1:n.start], func(t nlp.Token) bool { return !isWord(t.Text) }) {
				out = append(out, n)
			}
			break
		}
		if !isWord(toks[k].Text) {
			break
		}
	}
	return out
}

// ticketHolder returns the party of a ticket at token k that the ticket
// came "with", the subject of the clause: "the Unity Party, which received
// 900 votes with the 2016 ticket of Tom Wu ...". It returns nil when none.
func ticketHolder(toks []nlp.Token, ms []*mention, k int) *mention {
	w := k - 1
	for w >= 0 && (toks[w].Tag == "DT" || toks[w].Tag == "JJ" || toks[w].Tag == "CD") {
		w--
	}
	if w < 1 || toks[w].Lower() != "with" {
		return nil
	}
	f := w - 1
	for f >= 0 && toks[f].Tag != "VBD" && toks[f].Tag != "VBZ" && toks[f].Tag != "VBP" {
		f--
	}
	if f >= 2 && toks[f-1].Lower() == "which" && toks[f-2].Text == "," {
		f -= 2 // "the Unity Party, which received"
	}
	if m := subjectBefore(toks, ms, f, partyEntity); m != nil && m.kind != mPronoun {
		return m
	}
	return nil
}

// fewModifiers reports whether toks hold at most two adjectives or
// participles and nothing else: "expected", "presumptive", "presidential",
// after a year ("the party's 2016 ticket").
func fewModifiers(toks []nlp.Token) bool {
	if len(toks) > 0 && toks[0].Tag == "CD" && len(toks[0].Text) == 4 {
		toks = toks[1:]
	}
	if len(toks) > 2 {
		return false
	}
	for _, t := range toks {
		if t.Tag != "JJ" && t.Tag != "VBN" {
			return false
		}
	}
	return true
}

// verbObjectBefore returns the person mention of ms that ends right before
// token k of toks and follows a verb, the verb's object: "left Biden | as
// the party's nominee", "picked Ann Lee | as the party's candidate". A
// person after a preposition ("ran against Ann Lee as") is not what the
// phrase after k describes. It returns nil otherwise.
func verbObjectBefore(toks []nlp.Token, ms []*mention, k int) *mention {
	for _, m := range ms {
		if m.end == k && m.start > 0 && m.ent != nil && m.ent.typ == schema.Person && m.kind != mPronoun &&
			strings.HasPrefix(toks[m.start-1].Tag, "VB") {
			return m
		}
	}
	return nil
}

// majorityVerbs hold a majority: "Republicans hold a majority in the
// Senate", "the Senate, which has a Republican majority", "the Labour
// Party, which controlled a majority of the Storting".
var majorityVerbs = map[string]bool{
	"hold": true, "holds": true, "held": true, "have": true, "has": true, "had": true, "retain": true, "retains": true,
	"retained": true, "keep": true, "keeps": true, "kept": true, "enjoy": true, "enjoys": true, "enjoyed": true,
	"control": true, "controls": true, "controlled": true,
}

// majorityControl adds party —control→ chamber for a party's majority in a
// legislature's chamber: "the Republican majority in the Senate", "the
// Senate's Republican majority", "the Senate, which has a Republican
// majority", "Republicans hold a majority in the Senate", "the House of
// Lords, where Labour has a majority". A majority
// lost, hoped for or denied ("no majority", "lost its majority") is none.
func (d *docState) majorityControl(si int, s nlp.Sentence, ms []*mention) {
	toks := s.Tokens
	legislative := func(m *mention) bool { return m != nil && m.ent != nil && legislature(m.ent) }
	for k, t := range toks {
		if t.Lower() != "majority" || !strings.HasPrefix(t.Tag, "NN") || unrealisedBefore(toks, k) ||
			slices.ContainsFunc(toks[max(0, k-4):k], func(t nlp.Token) bool { return lostMajority[t.Lower()] }) {
			continue
		}
		a := k // the start of the majority's phrase: its article, adjectives and party
		for a > 0 && a > k-4 && (toks[a-1].Tag == "JJ" || toks[a-1].Tag == "DT" || toks[a-1].Tag == "RB" || coveringAt(ms, a-1) >= 0) && !strings.HasPrefix(toks[a-1].Tag, "VB") {
			if c := coveringAt(ms, a-1); c >= 0 {
				if !partyEntity(ms[c].ent) {
					break
				}
				a = ms[c].start
				continue
			}
			a--
		}
		var party, chamber *mention
		for _, m := range ms {
			if m.start >= a && m.end <= k && m.ent != nil && partyEntity(m.ent) {
				party = m // "a slim Republican majority"
			}
		}
		if party == nil && a > 0 && majorityVerbs[toks[a-1].Lower()] {
			party = subjectBefore(toks, ms, a-1, partyEntity) // "Republicans hold a majority"
		}
		if k+2 < len(toks) && (toks[k+1].Lower() == "in" || toks[k+1].Lower() == "of" && party != nil) {
			if m := headAt(toks, ms, k+2); legislative(m) {
				chamber = m // "a majority in the Senate", "controlled a majority of the Senate"
			}
		}
		if chamber == nil && a >= 2 && toks[a-1].Tag == "POS" {
			if c := coveringAt(ms, a-2); c >= 0 && legislative(ms[c]) {
				chamber = ms[c] // "the Senate's Republican majority"
			}
		}
		if chamber == nil && a >= 4 && majorityVerbs[toks[a-1].Lower()] && (toks[a-2].Lower() == "which" || toks[a-2].Lower() == "that") && toks[a-3].Text == "," {
			if c := coveringAt(ms, a-4); c >= 0 && legislative(ms[c]) {
				chamber = ms[c] // "the Senate, which has a Republican majority"
			}
		}
		if w := party; chamber == nil && w != nil && w.end <= a {
			b := w.start
			if b > 0 && strings.EqualFold(toks[b-1].Text, "the") {
				b--
			}
			if b < 3 || toks[b-1].Lower() != "where" || toks[b-2].Text != "," {
				continue
			}
			if c := coveringAt(ms, b-3); c >= 0 && legislative(ms[c]) {
				chamber = ms[c] // "the Senate, where Republicans hold a majority"
			}
		}
		if party == nil || chamber == nil || party.ent == chamber.ent {
			continue
		}
		if f := d.derive(si, argOf(s, party), joinText(toks[min(a, party.start):k+1]), "control", party.ent, chamber.ent, "", nominalConf); f != nil {
			f.Class = schema.CanonicalRelation("control")
		}
	}
}

// lostMajority are the words before a majority that say its party lost
// or lacks it: "lost its majority in", "short of a majority".
var lostMajority = map[string]bool{
	"lost": true, "lose": true, "loses": true, "losing": true, "without": true, "short": true, "lacks": true, "lack": true,
	"lacked": true, "not": true, "n't": true, "never": true, "regain": true, "seek": true, "seeks": true, "win": true, "wins": true, "winning": true, "won": true,
}

// plainPluralBefore reports whether, reading back from the pronoun m, a
// plural noun that no mention covers ("countries", "Islamic countries")
// comes before any mention of the actor m was resolved to: the nearer
// plural is what "their" refers to.
func plainPluralBefore(toks []nlp.Token, ms []*mention, m *mention) bool {
	for j := m.start - 1; j >= 0; j-- {
		if k := coveringAt(ms, j); k >= 0 {
			if ms[k].ent == m.ent {
				return false
			}
			j = ms[k].start
			continue
		}
		if toks[j].Tag == "NNS" || toks[j].Tag == "NNPS" {
			return true
		}
	}
	return false
}

// ownedPlace reports whether the words from token k name a place of the
// person whose possessive stands before them: "hometown", "home town",
// "native village", "constituency".
func ownedPlace(toks []nlp.Token, k int) bool {
	w := toks[k].Lower()
	if (w == "home" || w == "native") && k+1 < len(toks) {
		w = toks[k+1].Lower()
	}
	switch w {
	case "hometown", "birthplace", "town", "village", "city", "constituency", "district", "region", "province":
		return true
	}
	return false
}
