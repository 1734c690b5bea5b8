package schema

import "strings"

// Controlled relation vocabulary for news. Each constant is the lemma of a
// relation predicate ([RelationIRI] of it is the predicate IRI). The
// extractor's lemmas are mapped onto these by [CanonicalRelation]; a fact
// keeps the raw phrase as written in [Extraction.Relation].
const (
	// Deploy: an actor sends troops, ships or staff somewhere
	// ("North Korea dispatched 3,000 soldiers").
	Deploy = "deploy"
	// Command: an officer or body commands a force.
	Command = "command"
	// Lead: a person or body leads, heads or chairs an actor
	// ("Ukrainian President Volodymyr Zelensky" —lead→ Ukraine).
	Lead = "lead"
	// Oversee: an actor supervises an activity or a group
	// ("Kim Jong Bok oversees North Korean troops").
	Oversee = "oversee"
	// LocateIn: an actor or place is in a place ("Kursk" —locate_in→ Russia).
	LocateIn = "locate_in"
	// LocateNear: an actor or place is near a place ("troops positioned near
	// the frontlines").
	LocateNear = "locate_near"
	// CapitalOf: a city is the capital of a country
	// ("Pyongyang" —capital_of→ North Korea).
	CapitalOf = "capital_of"
	// GovernmentOf: a seat of government stands for a country's government
	// ("the Kremlin" —government_of→ Russia).
	GovernmentOf = "government_of"
	// MemberOf: a person, group or state belongs to an organisation
	// ("Estonia" —member_of→ NATO).
	MemberOf = "member_of"
	// WorkFor: a person works for an organisation or state, as minister,
	// official, spokesperson or employee ("Jeff Rathke, the State
	// Department spokesperson").
	WorkFor = "work_for"
	// PartOf: an organisation is a body of a larger one or of a state
	// ("Russian Foreign Ministry" —part_of→ Russia).
	PartOf = "part_of"
	// From: a group or person comes from a country
	// ("North Korean troops" —from→ North Korea).
	From = "from"
	// HasTitle: a person holds a title or rank; the object is a literal
	// ("Volodymyr Zelensky" —title→ "President").
	HasTitle = "title"
	// AllyOf: two actors are allies.
	AllyOf = "ally_of"
	// Support: an actor supports, backs or aids another.
	Support = "support"
	// Oppose: an actor opposes, rejects or condemns another's action.
	Oppose = "oppose"
	// Condemn: an actor publicly condemns another or an act.
	Condemn = "condemn"
	// Meet: two actors meet or hold talks.
	Meet = "meet"
	// TravelTo: an actor travels to a place.
	TravelTo = "travel_to"
	// Visit: an actor visits a place or another actor.
	Visit = "visit"
	// Attack: an actor attacks, strikes or shells another.
	Attack = "attack"
	// Sanction: an actor imposes sanctions on another.
	Sanction = "sanction"
	// Accuse: an actor accuses or blames another.
	Accuse = "accuse"
	// Investigate: an actor investigates another or an event.
	Investigate = "investigate"
	// Warn: an actor warns another or warns of something.
	Warn = "warn"
	// Urge: an actor urges or calls on another to act.
	Urge = "urge"
	// Cite: a report cites a source ("according to Kyodo").
	Cite = "cite"
	// Report: an actor reports something.
	Report = "report"
	// Say: an actor says, states or tells something.
	Say = "say"
	// Deny: an actor denies something.
	Deny = "deny"
	// Agree: an actor agrees with another or to something.
	Agree = "agree"
	// Sign: an actor signs an agreement.
	Sign = "sign"
	// Negotiate: actors negotiate or hold talks about something.
	Negotiate = "negotiate"
	// Threaten: an actor threatens another.
	Threaten = "threaten"
	// Supply: an actor supplies weapons, goods or aid to another.
	Supply = "supply"
	// Launch: an actor launches a missile, an operation or an inquiry.
	Launch = "launch"
	// Withdraw: an actor withdraws from a place or an agreement.
	Withdraw = "withdraw"
	// Join: an actor joins an organisation or an operation.
	Join = "join"
	// Arrest: an actor arrests or detains a person.
	Arrest = "arrest"
	// Kill: an actor kills people.
	Kill = "kill"
	// Capture: an actor captures or seizes a place or people.
	Capture = "capture"
	// Cause: an event or act leads to, triggers or fuels another.
	Cause = "cause"
)

// Relations lists the controlled relation vocabulary in a stable order.
var Relations = []string{
	Deploy, Command, Lead, Oversee, LocateIn, LocateNear, CapitalOf, GovernmentOf, MemberOf, WorkFor, PartOf, From,
	HasTitle, AllyOf, Support, Oppose, Condemn, Meet, TravelTo, Visit, Attack, Sanction, Accuse, Investigate,
	Warn, Urge, Cite, Report, Say, Deny, Agree, Sign, Negotiate, Threaten, Supply, Launch, Withdraw, Join,
	Arrest, Kill, Capture, Cause,
}

// relationPhrases maps whole extractor lemmas to the vocabulary. It is
// consulted before verbs.
var relationPhrases = map[string]string{
	"be_in": LocateIn, "be_locate_in": LocateIn, "locate_in": LocateIn, "be_station_in": LocateIn,
	"station_in": LocateIn, "be_base_in": LocateIn, "base_in": LocateIn, "be_position_in": LocateIn,
	"position_in": LocateIn, "be_deploy_in": LocateIn, "be_at": LocateIn, "be_near": LocateNear,
	"position_near": LocateNear, "be_position_near": LocateNear, "be_locate_near": LocateNear,
	"locate_near": LocateNear, "be_station_near": LocateNear, "station_near": LocateNear,
	"be_member_of": MemberOf, "member_of": MemberOf, "work_for": WorkFor, "be_part_of": PartOf, "part_of": PartOf,
	"be_ally_of": AllyOf, "ally_with": AllyOf, "be_ally_with": AllyOf, "ally_of": AllyOf,
	"be_capital_of": CapitalOf, "capital_of": CapitalOf, "be_leader_of": Lead, "be_head_of": Lead,
	"be_chief_of": Lead, "be_president_of": Lead, "be_commander_of": Command, "in_charge_of": Command,
	"be_in_charge_of": Command, "hold_talk_with": Meet, "hold_talks_with": Meet, "meet_with": Meet,
	"talk_with": Meet, "call_on": Urge, "call_for": Urge, "according_to": Cite, "be_accord_to": Cite,
	"impose_sanction_on": Sanction, "impose_sanctions_on": Sanction, "open_investigation_into": Investigate,
	"launch_investigation_into": Investigate, "launch_an_investigation": Investigate,
	"launch_investigation": Investigate, "open_fire_on": Attack, "carry_out_strike_on": Attack,
	"travel_to": TravelTo, "fly_to": TravelTo, "go_to": TravelTo, "arrive_in": TravelTo,
	"arrive_at": TravelTo, "head_to": TravelTo, "return_to": TravelTo, "come_to": TravelTo,
	"pull_out_of": Withdraw, "pull_out": Withdraw, "lead_to": Cause, "result_in": Cause, "give_rise_to": Cause,
	"speak_with": Meet, "speak_to": Meet, "talk_to": Meet, "hold_talks": Meet, "hold_talk": Meet,
	"hold_talks_in": Meet, "shoot_down": Attack, "fire_at": Attack, "fire_on": Attack, "fire_upon": Attack,
	"open_fire": Attack, "lay_siege_to": Attack, "impose_sanctions": Sanction, "impose_sanctions_against": Sanction,
	"impose_sanction_against": Sanction, "slap_sanctions_on": Sanction, "belong_to": MemberOf,
	"lie_in": LocateIn, "be_situate_in": LocateIn, "situate_in": LocateIn, "be_situated_in": LocateIn,
	"be_headquarter_in": LocateIn, "headquarter_in": LocateIn, "be_headquartered_in": LocateIn,
	"live_in": LocateIn, "reside_in": LocateIn, "be_locate_at": LocateIn, "be_from": From, "hail_from": From,
	"leave_for": TravelTo, "depart_for": TravelTo, "open_probe_into": Investigate, "launch_probe_into": Investigate,
	"take_control_of": Capture, "set_off_for": TravelTo,
}

// relationVerbs maps a head verb to the vocabulary when the rest of the
// lemma is only particles or prepositions ("dispatch_to" → deploy).
var relationVerbs = map[string]string{
	"deploy": Deploy, "dispatch": Deploy, "send": Deploy, "station": Deploy, "redeploy": Deploy,
	"command": Command, "lead": Lead, "head": Lead, "chair": Lead, "run": Lead, "govern": Lead, "rule": Lead,
	"oversee": Oversee, "supervise": Oversee, "direct": Oversee, "manage": Oversee, "coordinate": Oversee,
	"support": Support, "back": Support, "aid": Support, "assist": Support, "help": Support, "endorse": Support,
	"fund": Support, "finance": Support, "oppose": Oppose, "reject": Oppose, "resist": Oppose,
	"condemn": Condemn, "denounce": Condemn, "criticize": Condemn, "criticise": Condemn, "slam": Condemn,
	"meet": Meet, "visit": Visit, "tour": Visit, "travel": TravelTo, "fly": TravelTo, "arrive": TravelTo,
	"attack": Attack, "strike": Attack, "shell": Attack, "bomb": Attack, "hit": Attack, "raid": Attack,
	"invade": Attack, "target": Attack, "sanction": Sanction, "penalize": Sanction, "penalise": Sanction,
	"blacklist": Sanction, "accuse": Accuse, "blame": Accuse, "charge": Accuse, "indict": Accuse,
	"investigate": Investigate, "probe": Investigate, "examine": Investigate, "warn": Warn, "caution": Warn,
	"urge": Urge, "press": Urge, "cite": Cite, "quote": Cite, "report": Report, "say": Say, "tell": Say,
	"state": Say, "add": Say, "declare": Say, "claim": Say, "announce": Say, "note": Say, "write": Say,
	"deny": Deny, "agree": Agree, "sign": Sign, "negotiate": Negotiate, "threaten": Threaten,
	"supply": Supply, "provide": Supply, "deliver": Supply, "ship": Supply, "arm": Supply,
	"trigger": Cause, "cause": Cause, "spark": Cause, "provoke": Cause, "fuel": Cause,
	"launch": Launch, "fire": Launch, "withdraw": Withdraw, "retreat": Withdraw, "join": Join,
	"enter": Join, "arrest": Arrest, "detain": Arrest, "kill": Kill, "capture": Capture, "seize": Capture,
	"assault": Attack, "storm": Attack, "ambush": Attack, "bombard": Attack, "host": Meet, "embargo": Sanction,
	"allege": Accuse, "decry": Condemn, "sell": Supply, "insist": Say, "stress": Say, "emphasise": Say,
	"emphasize": Say, "assert": Say, "reply": Say, "confirm": Say, "acknowledge": Say, "admit": Say,
	"ask": Urge, "request": Urge, "demand": Urge, "appeal": Urge, "occupy": Capture, "annex": Capture,
	"mediate": Negotiate, "broker": Negotiate, "ratify": Sign, "mobilize": Deploy, "mobilise": Deploy,
	"inspect": Investigate,
}

// particles are the words that may follow a head verb in a lemma without
// changing its meaning in the vocabulary.
var particles = map[string]bool{
	"to": true, "in": true, "into": true, "on": true, "at": true, "with": true, "for": true, "from": true,
	"about": true, "of": true, "over": true, "against": true, "up": true, "out": true, "by": true,
	"toward": true, "towards": true, "across": true, "near": true, "off": true,
}

// StatedRelation returns the predicate lemma kg writes for a relation as
// stated: the verb with its particles and prepositions ("write_to", "tell",
// "quit"), lower-cased, except that copular phrases of place, membership
// and alliance, which name a state rather than an act, take their class
// ("be_member_of" → member_of, "be_base_in" → locate_in). The class of
// every lemma, [CanonicalRelation], is stored beside it.
func StatedRelation(lemma string) string {
	c := CanonicalRelation(lemma)
	if l := strings.ToLower(strings.TrimSpace(lemma)); l == "head" || l == "chair" {
		// "Tom Wu heads the Harbor Party": a role, written as a title
		// writes it ("the party's leader, Tom Wu").
		return Lead
	}
	if l := strings.ToLower(strings.TrimSpace(lemma)); l == "marry_to" {
		// "Ann Lee was married to Tom Wu": the state the kin noun states
		// ("his wife Ann Lee"), not the wedding ("married Tom Wu").
		return "married_to"
	}
	if stateRelations[c] && (c != Cite || relationPhrases[strings.ToLower(strings.TrimSpace(lemma))] != "") {
		// A verb of citing is an act ("quoted Colin Yeo" stays quote);
		// only the phrases of attribution ("according to") take cite.
		return c
	}
	return strings.ToLower(strings.TrimSpace(lemma))
}

// IsClass reports whether c is a relation of the controlled vocabulary,
// [Relations].
func IsClass(c string) bool {
	for _, r := range Relations {
		if r == c {
			return true
		}
	}
	return false
}

// roleRelations are the relations the guide gives for roles and
// affiliations: who leads, belongs to or works for whom, what is part of
// or lies in what, who is allied with whom ([IsRole]).
var roleRelations = map[string]bool{
	Lead: true, MemberOf: true, WorkFor: true, PartOf: true, LocateIn: true, AllyOf: true,
}

// IsRole reports whether lemma is a relation of roles and affiliations
// (lead, member_of, work_for, part_of, locate_in, ally_of), a state of
// affairs rather than an act.
func IsRole(lemma string) bool { return roleRelations[lemma] }

// stateRelations are the classes that replace the lemma they map
// ([StatedRelation]): states, roles and attributions, not acts.
var stateRelations = map[string]bool{
	LocateIn: true, LocateNear: true, CapitalOf: true, MemberOf: true, WorkFor: true, PartOf: true,
	AllyOf: true, From: true, Cite: true,
}

// CanonicalRelation maps an extractor lemma ("dispatch", "position_near",
// "has_traveled_to" normalised as "travel_to") to the controlled vocabulary.
// Whole phrases are looked up first; otherwise a lemma made of a known verb
// and only particles maps to that verb's relation. Matching ignores case.
// Any other lemma is returned unchanged, so no information is lost.
func CanonicalRelation(lemma string) string {
	l := strings.ToLower(strings.TrimSpace(lemma))
	if l == "" {
		return lemma
	}
	if r, ok := relationPhrases[l]; ok {
		return r
	}
	verb, rest, more := strings.Cut(l, "_")
	r, ok := relationVerbs[verb]
	if !ok {
		return lemma
	}
	if more {
		for w := range strings.SplitSeq(rest, "_") {
			if !particles[w] {
				return lemma
			}
		}
	}
	return r
}
