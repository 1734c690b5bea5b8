package factscore

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// The groups of relations that [ScoreGroups] scores apart: the guide's
// roles and affiliations, speech addressed to an actor, and every other act.
const (
	Roles   = "roles"
	Speech  = "speech"
	Actions = "actions"
)

// Groups lists the groups in the order kg eval prints them.
var Groups = []string{Roles, Speech, Actions}

// speechVerbs are the verbs of speaking to, of or about an actor; a lemma
// is speech when it or its first word is one ("tell", "speak_with";
// "write_to" but not "write").
var speechVerbs = map[string]bool{
	"say": true, "tell": true, "urge": true, "warn": true, "ask": true, "accuse": true, "thank": true,
	"criticise": true, "criticize": true, "praise": true, "call": true, "announce": true, "condemn": true,
	"blame": true, "deny": true, "claim": true, "report": true, "inform": true, "threaten": true,
	"request": true, "demand": true, "apologise": true, "apologize": true, "respond": true, "reply": true,
	"state": true, "describe": true, "question": true, "interview": true, "invite": true,
	"congratulate": true, "welcome": true, "reject": true, "sue": true, "write_to": true, "speak": true,
	"talk": true, "comment": true, "complain": true, "testify": true,
}

// Group returns the group of a relation lemma, negated or not: [Roles],
// [Speech] or [Actions].
func Group(lemma string) string {
	l := strings.TrimPrefix(lemma, "not_")
	switch {
	case schema.IsRole(l):
		return Roles
	case speechVerbs[l] || speechVerbs[firstWord(l)]:
		return Speech
	}
	return Actions
}

// ScoreGroups scores each group of [Groups] apart, in that order: the
// predictions whose lemma is of the group against the gold facts whose
// first relation is.
func ScoreGroups(preds, gold []Fact) []GroupResult {
	out := make([]GroupResult, len(Groups))
	for i, g := range Groups {
		var p, q []Fact
		for _, f := range preds {
			if Group(f.Relation[0]) == g {
				p = append(p, f)
			}
		}
		for _, f := range gold {
			if Group(f.Relation[0]) == g {
				q = append(q, f)
			}
		}
		out[i] = GroupResult{Group: g, Result: Score(p, q)}
	}
	return out
}

// A GroupResult is the scoring of one group of relations.
type GroupResult struct {
	Group string
	Result
}
