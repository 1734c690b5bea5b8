package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// placeOfBody reports whether mention c of toks, a place, says where the
// organisation named right before it is, as part of the body's phrase:
// "The Kestrel Museum in Bergen", "Halvik Bank of Norway", "the college
// at Oxford", and a state after a town that such a phrase or the body's
// own name ends with ("Calvary Church of Santa Ana, California"). A
// pronoun after the phrase that the body passes ok takes up the body, not
// its place ("The Kestrel Museum in Bergen said it would close"), as the
// phrase's own head is its referent; cur are the mentions of the
// sentence. A place after another noun ("opened an office in Bergen, and
// its mayor") is not the body's.
func placeOfBody(toks []nlp.Token, cur []*mention, c *mention, ok func(*docEntity) bool) bool {
	if c.ent == nil || c.ent.typ != schema.GPE && c.ent.typ != schema.Location || c.possessive || c.start < 2 {
		return false
	}
	w := toks[c.start-1].Lower()
	if w != "in" && w != "of" && w != "at" && w != "," {
		return false
	}
	for _, o := range cur {
		if o.end != c.start-1 || o.ent == nil || o.adj || o.possessive {
			continue
		}
		switch {
		case o.ent.typ == schema.Organization && w != ",":
			return ok(o.ent)
		case w != ",":
		case o.ent.typ == schema.GPE || o.ent.typ == schema.Location:
			return placeOfBody(toks, cur, o, ok) // "in Santa Ana, California"
		case o.ent.typ == schema.Organization:
			for k := o.start + 1; k < o.end-1; k++ {
				if w := toks[k].Lower(); w == "of" || w == "in" || w == "at" {
					return ok(o.ent) // "Calvary Church of Santa Ana, California"
				}
			}
		}
	}
	return false
}
