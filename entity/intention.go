package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// intentionWords, in the words before an infinitive, say that the act is
// planned, promised or expected, not done: "plans to visit", "is
// expected to meet", "has vowed to attack". "wanted to" is left out: news
// tells a wish mostly when it was carried out ("wanted to issue her
// support to Ann Lee").
var intentionWords = map[string]bool{
	"plan": true, "plans": true, "planned": true, "planning": true,
	"hope": true, "hopes": true, "hoped": true, "hoping": true, "intend": true, "intends": true, "intended": true,
	"aim": true, "aims": true, "aimed": true, "aiming": true, "seek": true, "seeks": true, "sought": true,
	"seeking": true, "expect": true, "expects": true, "expected": true, "propose": true, "proposes": true, "proposed": true, "promise": true, "promises": true,
	"promised": true, "vow": true, "vows": true, "vowed": true, "pledge": true, "pledges": true, "pledged": true,
	"threaten": true, "threatens": true, "threatened": true, "offer": true, "offers": true, "offered": true,
	"going": true, "set": true, "due": true, "scheduled": true, "likely": true, "unlikely": true,
	"ready": true, "willing": true, "eager": true, "prepared": true, "preparing": true, "about": true,
	"welcome": true,
}

// withheld are the refusals whose object's infinitive names an act that
// did not take place: "denied visas to enter", "refused permission to
// land".
var withheld = map[string]bool{
	"denied": true, "deny": true, "denies": true, "refused": true, "refuse": true, "refuses": true,
	"barred": true, "banned": true, "forbidden": true, "forbade": true, "blocked": true,
}

// futureModals make a relation a prediction, a possibility or an
// obligation rather than an act that happened. "will" is left out: news
// states a schedule with it ("Han will travel to Osaka on Friday"), as
// the judged articles in testdata do.
var futureModals = map[string]bool{
	"would": true, "should": true, "may": true, "might": true, "must": true, "could": true, "can": true,
	"ca": true,
}

// intention reports whether x states an act that is planned, wished,
// predicted or possible, not one that happened: "Ann Lee plans to visit
// Oslo" (a modal argument of intention), "would visit", "could attack",
// "is to visit", "are going to meet". An analyst's edge between two actors
// is an act the sentence says took place (or takes place), so such a
// fact keeps its object as text.
func intention(s nlp.Sentence, x schema.Extraction) bool {
	for _, a := range x.Extra {
		if a.Role != "modal" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(a.Text)) {
			if intentionWords[w] || futureModals[w] {
				return true
			}
		}
	}
	w := strings.Fields(strings.ToLower(x.Relation))
	if len(w) > 1 && futureModals[w[0]] {
		return true
	}
	for i := 1; i+1 < len(w); i++ {
		if w[i] == "to" && intentionWords[w[i-1]] {
			return true // "was welcome to come", but not "proposed to her"
		}
	}
	// "is to visit", "are going to meet": the words before the relation.
	ri, _, ok := relationTokens(s, x)
	if ok && ri >= 3 && !strings.EqualFold(s.Tokens[ri-1].Text, "to") {
		// "asked Norway to help Ann Lee enter Sweden": the subject of a
		// bare infinitive after a requested help, let or make.
		if b := subjectToken(s, x); b >= 2 && causers[strings.ToLower(s.Tokens[b-1].Text)] &&
			strings.EqualFold(s.Tokens[b-2].Text, "to") && requested(s, b-2) {
			return true
		}
	}
	if ok && ri >= 4 && (s.Tokens[ri-1].Text == "and" || s.Tokens[ri-1].Text == "or") && s.Tokens[ri-2].Tag == "VB" &&
		strings.EqualFold(s.Tokens[ri-3].Text, "to") {
		ri -= 2 // "welcome to come and tour the company": the second infinitive shares the first's "to"
	}
	if !ok || ri < 2 || !strings.EqualFold(s.Tokens[ri-1].Text, "to") {
		return false
	}
	if requested(s, ri-1) {
		return true
	}
	// "had been denied visas to enter the United States": what a
	// refusal withheld did not happen.
	for k := ri - 2; k >= 0 && k >= ri-6; k-- {
		w := strings.ToLower(s.Tokens[k].Text)
		if withheld[w] {
			return true
		}
		if strings.HasPrefix(s.Tokens[k].Tag, "VB") || s.Tokens[k].Tag == "MD" {
			break
		}
	}
	switch strings.ToLower(s.Tokens[ri-2].Text) {
	case "is", "are", "was", "were", "'s", "'re", "going":
		return true
	}
	return intentionWords[strings.ToLower(s.Tokens[ri-2].Text)]
}

// requestVerbs ask someone to act: what they ask for has not happened yet
// ("asked the council to help", "urged Norway to join"). "persuaded" and
// "ordered" are left out: news tells them mostly of acts that followed.
var requestVerbs = map[string]bool{
	"asked": true, "ask": true, "asks": true, "asking": true, "urged": true, "urge": true, "urges": true,
	"urging": true, "requested": true, "request": true, "requests": true, "encouraged": true, "encourage": true,
	"encourages": true, "invited": true, "invite": true, "invites": true, "begged": true, "implored": true,
	"pressed": true, "pressured": true, "pressuring": true,
}

// causers take an object and a bare infinitive ("help Ann Lee enter").
var causers = map[string]bool{"help": true, "let": true, "make": true}

// requested reports whether the "to" at token k closes the object of a
// verb of requesting: "asked the United Nations Security Council to",
// with at most eight words between the verb and "to" and no other verb.
func requested(s nlp.Sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-9; j-- {
		t := s.Tokens[j]
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return requestVerbs[strings.ToLower(t.Text)] && j < k-1
		}
	}
	return false
}

// subjectToken returns the index of the first token of x's subject, or -1.
func subjectToken(s nlp.Sentence, x schema.Extraction) int {
	for k, t := range s.Tokens {
		if t.Start >= x.Subject.Start && t.Start < x.Subject.End {
			return k
		}
	}
	return -1
}
