package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// sharedObjects gives a verb without object the object of the next verb of
// its coordination: in "Police arrested and questioned the student" the
// extractor reads "Police | arrested" with no object beside "Police |
// questioned | the student"; both verbs act on the student. Only "and", "or"
// or "but", with adverbs ("and later") and commas, may stand between the
// two relations, both must share their subject, and both must be single
// verbs: "was born and raised a Catholic", "returned and cooperated with
// Lind" share no object. Two passives share their agent too: in "Tom
// Wu was arrested and charged by police" the police arrested him. A verb
// that takes no object ("Police arrived and detained the man") shares
// none.
func sharedObjects(s nlp.Sentence, xs []schema.Extraction) {
	// From the last relation back, so that in "was questioned, arrested
	// and charged by police" the middle verb has its agent before the
	// first looks at it; a comma alone then joins the two.
	joined := make([]bool, len(xs))
	for i := len(xs) - 1; i >= 0; i-- {
		x := &xs[i]
		if x.Object.Text != "" || x.Subject.Text == "" || strings.Contains(x.Lemma, "_") || objectless[x.Lemma] {
			continue
		}
		end := relationEnd(s, *x)
		if end < 0 {
			continue
		}
		for j, y := range xs {
			if y.Subject != x.Subject || y.Object.Text == "" || y.Object.Start < end {
				continue
			}
			agent := strings.HasSuffix(y.Lemma, "_by") && !strings.Contains(strings.TrimSuffix(y.Lemma, "_by"), "_") &&
				passive(s, *x, end) && x.Lemma != "bear" && x.Lemma != "born"
			if strings.Contains(y.Lemma, "_") && !agent {
				// "returned and cooperated with Lind": a
				// preposition's object is the last verb's alone.
				continue
			}
			k := strings.Index(s.Text[end:y.Object.Start], strings.TrimSuffix(y.Relation, " by"))
			if k < 0 || !coordinationGap(s, end, end+k, joined[j]) {
				continue
			}
			x.Object = y.Object
			joined[i] = true
			if agent {
				x.Relation += " by"
				x.Lemma += "_by"
			}
			break
		}
	}
}

// objectless are verbs that take no direct object, or none that is an
// actor: "had decided and informed the federation", "resigned and joined
// Halvik Bank", "spoke and thanked Ann Lee" decide, resign and speak
// nothing of the next verb's object.
var objectless = map[string]bool{
	"arrive": true, "come": true, "go": true, "die": true, "happen": true, "occur": true, "appear": true,
	"disappear": true, "vanish": true, "emerge": true, "exist": true, "sleep": true, "collapse": true,
	"decide": true, "agree": true, "disagree": true, "respond": true, "react": true, "reply": true,
	"retire": true, "resign": true, "testify": true, "apologise": true, "apologize": true, "complain": true,
	"relent": true, "hesitate": true, "return": true, "travel": true, "speak": true, "talk": true,
	"wait": true, "graduate": true,
}

// passive reports whether the relation of x that ends at byte offset end
// of s is a past participle after a form of "be" between x's subject and
// it ("was arrested", "was questioned, arrested").
func passive(s nlp.Sentence, x schema.Extraction, end int) bool {
	k := tokenAt(s, end) - 1
	if k < 1 || s.Tokens[k].Tag != "VBN" {
		return false
	}
	for j := k - 1; j >= 0 && s.Tokens[j].Start >= x.Subject.End; j-- {
		switch s.Tokens[j].Lower() {
		case "was", "were", "is", "are", "been", "be", "being":
			return true
		}
	}
	return false
}

// relationEnd returns the offset in s's text just after x's relation
// phrase, looked for after x's subject, or -1.
func relationEnd(s nlp.Sentence, x schema.Extraction) int {
	if x.Relation == "" || x.Subject.End > len(s.Text) {
		return -1
	}
	k := strings.Index(s.Text[x.Subject.End:], x.Relation)
	if k < 0 {
		return -1
	}
	return x.Subject.End + k + len(x.Relation)
}

// coordinationGap reports whether the tokens of s between byte offsets
// from and to are only a coordinator between two verbs, with commas and
// adverbs (" and ", ", and then ", " and later "); a comma alone ("died,
// naming his successor") starts a participle clause, not a coordination,
// unless listed is set: the next verb is itself joined to a later one
// ("questioned, arrested and charged").
func coordinationGap(s nlp.Sentence, from, to int, listed bool) bool {
	conj := false
	for _, t := range s.Tokens {
		if t.Start < from || t.Start >= to {
			continue
		}
		switch w := t.Lower(); {
		case w == "and" || w == "or" || w == "but":
			conj = true
		case w == ",":
			conj = conj || listed
		case w == "then":
		case strings.HasPrefix(t.Tag, "RB") && w != "not" && w != "n't" && w != "never" && !strings.Contains(s.Text[from:to], ","):
			// "criticised and later sued"; but "resigned, and later
			// joined" ends one act before the next.
		default:
			return false
		}
	}
	return conj
}
