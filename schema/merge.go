package schema

// A Merge joins two entity nodes of a store into one: every quad of the
// node named From is moved to the node named To (an entity with a longer
// name, or a variant of it), and From becomes an alias of To in each
// document that mentioned it. Merges are how a store keeps one node per
// actor when a later document shows that two names are one.
type Merge struct {
	// From and To are canonical names ([Entity.Name]); [EntityIRI] of
	// each is its node.
	From, To string
}
