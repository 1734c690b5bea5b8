package entity

import "github.com/kg-project/kg/nlp"

// bodyPeople are the group heads that only a body's people take:
// "Greenpeace activists", "Velmor members", not "Trump supporters" nor
// "Kherson officials".
var bodyPeople = map[string]bool{"activists": true, "members": true, "militants": true, "hackers": true}

// unknownBody reports whether mention m of s is a name the rules found no
// type for ([mention.guess]), written as a proper noun, with no title and
// not opened by a given name: what a group noun after it says it is
// ([Resolver.groupAfter]).
func (r *Resolver) unknownBody(s nlp.Sentence, m *mention) bool {
	if !m.guess || m.adj || m.possessive || len(m.titles) > 0 || m.kind != mSingle && m.kind != mName ||
		m.kind == mName && r.g.listedGiven(s.Tokens[m.start].Text) {
		return false
	}
	for _, t := range s.Tokens[m.start:m.end] {
		if t.Tag != "NNP" && t.Tag != "NNPS" {
			return false
		}
	}
	return true
}
