package schema

// A Merge joins two entity nodes of a store into one: every quad of the
// node named From is moved to the node named To (an entity with a longer
// name, or a variant of it), and From becomes an alias of To in each
// document that mentioned it. Merges are how a store keeps one node per
// actor when a later document shows that two names are one.
//
// A Merge with Docs splits instead: only the quads of those documents
// move, except their [JoinedAs] quads, which go, and From keeps its name,
// type and other documents. A split undoes an earlier join of a short
// name, which a later document has shown to be ambiguous ("Mr Clarke",
// joined to Kenneth Clarke before Charles Clarke was known, goes back to
// a node "Clarke").
type Merge struct {
	// From and To are canonical names ([Entity.Name]); [EntityIRI] of
	// each is its node.
	From, To string
	// Docs holds the IDs ([Document.ID]) of the documents whose quads a
	// split moves; nil for a merge.
	Docs []string
	// Joined marks a merge of a person named in short ("Clarke") into
	// the one full name of the surname known: in each document that
	// named From, its name and aliases there are also written as
	// [JoinedAs] names of To, which a later split reads.
	Joined bool
}
