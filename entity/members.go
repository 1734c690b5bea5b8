package entity

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// listRelation reports whether x is the plain reading of an "including"
// list, whose subject is whatever came before the list and whose object a
// member: "former members of Scientology, including musician Tiziano
// Lugli" gives no act of the subject. The link from each member to the
// group ([schema.Extraction.Membership]) is no such reading: its object is
// the group, which may be an actor.
func listRelation(x schema.Extraction) bool {
	return strings.EqualFold(x.Relation, "including") && !x.Membership
}
