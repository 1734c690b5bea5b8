package conllu

import (
	"strings"
)

// A Mention is an entity mention annotated in GUM's MISC column
// ("Entity=(12-person-new-..." opens mention 12, "12)" closes it).
type Mention struct {
	// Entity is the entity's ID within the document: mentions with the
	// same ID corefer. Type is its type: person, organization, place,
	// event, time, abstract, object, substance, animal, plant.
	Entity, Type string
	// Identity is the Wikipedia title the entity is linked to, if any.
	Identity string
	// Start and End are the 1-based indices of its first and last word.
	Start, End int
}

// Mentions returns the entity mentions annotated in the sentence's MISC
// column, in the order they open (an enclosing mention before the ones it
// contains). A mention left open at the end of the sentence is dropped.
func (s *Sentence) Mentions() []Mention {
	var out []Mention
	open := map[string][]int{} // entity -> indices into out of open mentions
	for i, w := range s.Words {
		v := miscValue(w.Misc, "Entity")
		for v != "" {
			switch {
			case v[0] == '(':
				end := strings.IndexAny(v[1:], "()")
				body := v[1:]
				if end >= 0 {
					body = v[1 : 1+end]
				}
				f := strings.Split(body, "-")
				m := Mention{Entity: f[0], Start: i + 1}
				if len(f) > 1 {
					m.Type = f[1]
				}
				// GRP-etype-infstat-salience-centering-minspan-link-identity
				if len(f) >= 8 {
					m.Identity = strings.Join(f[7:], "-")
				}
				out = append(out, m)
				open[m.Entity] = append(open[m.Entity], len(out)-1)
				if end < 0 {
					v = ""
					continue
				}
				v = v[1+end:]
				if v != "" && v[0] == ')' {
					// Opened and closed on this word.
					closeMention(out, open, m.Entity, i+1)
					v = v[1:]
				}
			default:
				end := strings.IndexAny(v, "()")
				if end < 0 || v[end] != ')' {
					v = ""
					continue
				}
				closeMention(out, open, v[:end], i+1)
				v = v[end+1:]
			}
		}
	}
	kept := out[:0]
	for _, m := range out {
		if m.End > 0 {
			kept = append(kept, m)
		}
	}
	return kept
}

func closeMention(out []Mention, open map[string][]int, id string, at int) {
	st := open[id]
	if len(st) == 0 {
		return
	}
	out[st[len(st)-1]].End = at
	open[id] = st[:len(st)-1]
}

// miscValue returns the value of key in a MISC column ("a=1|b=2").
func miscValue(misc, key string) string {
	for _, m := range strings.Split(misc, "|") {
		if v, ok := strings.CutPrefix(m, key+"="); ok {
			return v
		}
	}
	return ""
}

// SpanHead returns the word of words a..b (1-based, inclusive) whose head
// lies outside a..b, the first such word, or a when there is none: the
// head word of a mention.
func (s *Sentence) SpanHead(a, b int) int {
	for i := a; i <= b && i <= len(s.Words); i++ {
		if h := s.Words[i-1].Head; h < a || h > b {
			return i
		}
	}
	return a
}
