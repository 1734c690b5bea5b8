package graph

import (
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/schema"
)

// typeKeys maps the keys of the entity classes stored in qs (<kg:Person>,
// ...) to their types.
func typeKeys(qs cgraph.QuadStore) (map[any]schema.EntityType, error) {
	keys := make(map[any]schema.EntityType, len(schema.EntityTypes))
	for _, t := range schema.EntityTypes {
		r, err := qs.ValueOf(t.IRI())
		if err != nil {
			return nil, fmt.Errorf("look up %s: %w", t.IRI(), err)
		}
		if r != nil && storedRef(r) {
			keys[r.Key()] = t
		}
	}
	return keys, nil
}

// preferType returns the key of the type a node keeps when it has the type
// keys old (nil for none yet) and next: a node that documents typed two
// ways takes [schema.Prefer]'s choice, whatever the order of its quads.
func preferType(types map[any]schema.EntityType, old, next any) any {
	if old == nil {
		return next
	}
	t, u := types[old], types[next]
	if u != t && schema.Prefer(t, u) == u {
		return next
	}
	return old
}
