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
