package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// parentBefore: "United Airlines parent UAL Corp", "Halvik Air parent
// company Norsk Group": business news names a holding company by the
// brand it owns, which is part of it, as "Norsk Group, the parent company
// of Halvik Air," makes it ([parentApposition]).
func parentBefore(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent == nil || b.ent == nil || a.ent == b.ent || a.ent.typ != schema.Organization || b.ent.typ != schema.Organization ||
		!named(a) || !named(b) || a.adj || b.adj || a.possessive {
		return role{}, false
	}
	if w := between(s, a, b); !slices.Equal(w, []string{"parent"}) && !slices.Equal(w, []string{"parent", "company"}) {
		return role{}, false
	}
	if f := strings.Fields(a.ent.name); len(f) > 2 && slices.Contains(f, "of") && strings.HasSuffix(f[0], "s") {
		// "Shareholders of United Airlines parent UAL Corp", read as
		// one name: the shareholders are no part of the parent.
		return role{}, false
	}
	return role{lemma: schema.PartOf}, true
}

// ownerNouns name who owns a body: "Halvik Bank's owner, Velby Group,",
// "its new owner Velby Group", "Velby Group, the owner of Halvik Bank,".
var ownerNouns = map[string]bool{"owner": true, "co-owner": true, "majority owner": true, "new owner": true, "part-owner": true}

// ownerOf: a named body or person and an owner's noun of a named body
// before or after it give the owner own the body: "Halvik Bank's owner,
// Velby Group," and "its owner Velby Group" (the possessor is owned),
// "Velby Group, the owner of Halvik Bank," (the name before owns the one
// after "of").
func ownerOf(d *docState, s nlp.Sentence, a, b *mention) (role, bool) {
	if a.ent == nil || b.ent == nil || a.ent == b.ent || a.adj || b.adj || b.possessive || !named(b) ||
		b.ent.typ != schema.Organization && b.ent.typ != schema.Person || a.end >= b.start ||
		!slices.ContainsFunc(s.Tokens[a.end:b.start], func(t nlp.Token) bool { return strings.HasSuffix(t.Text, "owner") }) {
		return role{}, false // most pairs: no owner's noun between, no words listed
	}
	w := between(s, a, b)
	if a.possessive && a.ent.typ == schema.Organization {
		if len(w) > 0 && (w[0] == "'s" || w[0] == "'") {
			w = w[1:]
		}
		if n := len(w); n > 0 && w[n-1] == "," {
			w = w[:n-1]
		}
		if ownerNouns[strings.Join(w, " ")] {
			return role{lemma: "own", reverse: true}, true
		}
		return role{}, false
	}
	if !named(a) || a.possessive || !closedAfter(s, b.end) || b.ent.typ != schema.Organization ||
		a.ent.typ != schema.Organization && a.ent.typ != schema.Person {
		return role{}, false
	}
	if n := len(w); n > 0 && w[n-1] == "the" {
		w = w[:n-1]
	}
	if n := len(w); n >= 4 && w[0] == "," && (w[1] == "the" || w[1] == "its") && w[n-1] == "of" && ownerNouns[strings.Join(w[2:n-1], " ")] {
		return role{lemma: "own"}, true
	}
	return role{}, false
}
