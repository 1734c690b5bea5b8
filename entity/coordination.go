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
// or "but", with "then" and commas, may stand between the two
// relations, both must share their subject, and both must be single
// verbs: "was born and raised a Catholic", "returned and cooperated with
// Moxon" share no object.
func sharedObjects(s nlp.Sentence, xs []schema.Extraction) {
	for i := range xs {
		x := &xs[i]
		if x.Object.Text != "" || x.Subject.Text == "" || strings.Contains(x.Lemma, "_") {
			continue
		}
		end := relationEnd(s, *x)
		if end < 0 {
			continue
		}
		for _, y := range xs {
			if y.Subject != x.Subject || y.Object.Text == "" || y.Object.Start < end || strings.Contains(y.Lemma, "_") {
				// "returned and cooperated with Moxon": a
				// preposition's object is the last verb's alone.
				continue
			}
			k := strings.Index(s.Text[end:y.Object.Start], y.Relation)
			if k < 0 || !coordinationGap(s.Text[end:end+k]) {
				continue
			}
			x.Object = y.Object
			break
		}
	}
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

// coordinationGap reports whether gap is only a coordinator between two
// verbs (" and ", ", and then "); a comma alone ("died, naming his
// successor") starts a participle clause, not a coordination.
func coordinationGap(gap string) bool {
	conj := false
	for _, w := range strings.Fields(strings.ReplaceAll(gap, ",", " , ")) {
		switch strings.ToLower(w) {
		case "and", "or", "but":
			conj = true
		case "then", ",":
		default:
			return false
		}
	}
	return conj
}
