package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/schema"
)

// SplitMovesOnly writes the first of the two transactions of split m (see
// [Store.applyMerges]), as a load cut short after it leaves the store.
func SplitMovesOnly(ctx context.Context, s *Store, m schema.Merge) error {
	tx := cgraph.NewTransaction()
	if _, err := s.merge(ctx, tx, m, nil); err != nil {
		return err
	}
	return s.apply(ctx, tx, nil)
}
