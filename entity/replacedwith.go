package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// replacedWith adds B —replace→ A for x, "replaced A with B" ("the board
// voted to remove Tom Wu and replace him with Ann Lee"): whoever did the
// replacing, the one put in A's place replaces A, as "A was replaced by
// B" says. a is x's object's actor, A; B is the actor of x's with-phrase,
// a person or a body, as A is.
func (d *docState) replacedWith(si int, s nlp.Sentence, x schema.Extraction, a *docEntity) {
	if x.Lemma != "replace" || a == nil || x.Negated || x.Attribution != "" || d.intended(s, x) ||
		a.typ != schema.Person && a.typ != schema.Organization {
		return
	}
	for _, arg := range x.Extra {
		if !strings.EqualFold(arg.Role, "with") {
			continue
		}
		in := arg
		if t, ok := strings.CutPrefix(arg.Text, "with "); ok {
			in = schema.Argument{Text: t, Start: arg.Start + len("with "), End: arg.End}
		}
		b, c, _ := d.argument(si, s, in)
		if b == nil || b == a || b.typ != a.typ {
			return
		}
		d.derive(si, in, x.Relation+" with", "replace", b, a, "", x.Confidence*c*placeArgConf)
		return
	}
}

// staffPerfect reports whether rel, a relation "be with", is in the
// perfect ("has been with", "had been with"): a person who has been with
// a body for years is on its staff, where "is with Ann Lee" only keeps
// her company.
func staffPerfect(rel string) bool {
	w := strings.Fields(strings.ToLower(rel))
	return len(w) == 3 && (w[0] == "has" || w[0] == "have" || w[0] == "had") && w[1] == "been" && w[2] == "with"
}

// passiveReplaced reports whether rel is "replace with" in the passive,
// words of time between the participle and "with" or not: "was replaced
// with", "were replaced Sunday with", "has been replaced with".
func passiveReplaced(rel string) bool {
	w := strings.Fields(strings.ToLower(rel))
	if len(w) < 3 || w[len(w)-1] != "with" {
		return false
	}
	for k := 1; k < len(w)-1; k++ {
		if w[k] == "replaced" {
			return passiveAux[w[k-1]]
		}
	}
	return false
}
