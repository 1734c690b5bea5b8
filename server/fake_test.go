package server_test

import (
	"context"
	"errors"
	"io"

	"github.com/kg-project/kg/graph"
)

// fakeGraph is a Graph whose methods call its function fields; a nil field
// fails the call.
type fakeGraph struct {
	query     func(ctx context.Context, text string, limit int, fn func(any) error) error
	neighbors func(ctx context.Context, name string, opts graph.NeighborOptions) (graph.Neighborhood, error)
	paths     func(ctx context.Context, a, b string, maxHops, k int) ([]graph.Path, error)
	sources   func(ctx context.Context, a, b string) ([]graph.Source, error)
	suggest   func(ctx context.Context, prefix string, limit int) ([]graph.Node, error)
	actors    func(ctx context.Context, opts graph.ActorOptions) ([]graph.Actor, error)
	stats     func(ctx context.Context) (graph.Stats, error)
	export    func(ctx context.Context, w io.Writer, format string, sel graph.Selection) error
	dump      func(ctx context.Context, w io.Writer, format string, sel graph.Selection) error
}

var errNoFake = errors.New("fake: not set")

func (f *fakeGraph) Query(ctx context.Context, text string, limit int, fn func(any) error) error {
	if f.query == nil {
		return errNoFake
	}
	return f.query(ctx, text, limit, fn)
}

func (f *fakeGraph) Neighbors(ctx context.Context, name string, opts graph.NeighborOptions) (graph.Neighborhood, error) {
	if f.neighbors == nil {
		return graph.Neighborhood{}, errNoFake
	}
	return f.neighbors(ctx, name, opts)
}

func (f *fakeGraph) PathsWith(ctx context.Context, a, b string, o graph.PathOptions) ([]graph.Path, error) {
	if f.paths == nil {
		return nil, errNoFake
	}
	return f.paths(ctx, a, b, o.MaxHops, o.K)
}

func (f *fakeGraph) Sources(ctx context.Context, a, b string) ([]graph.Source, error) {
	if f.sources == nil {
		return nil, errNoFake
	}
	return f.sources(ctx, a, b)
}

func (f *fakeGraph) Suggest(ctx context.Context, prefix string, limit int) ([]graph.Node, error) {
	if f.suggest == nil {
		return nil, errNoFake
	}
	return f.suggest(ctx, prefix, limit)
}

func (f *fakeGraph) Actors(ctx context.Context, opts graph.ActorOptions) ([]graph.Actor, error) {
	if f.actors == nil {
		return nil, errNoFake
	}
	return f.actors(ctx, opts)
}

func (f *fakeGraph) Stats(ctx context.Context) (graph.Stats, error) {
	if f.stats == nil {
		return graph.Stats{}, errNoFake
	}
	return f.stats(ctx)
}

func (f *fakeGraph) Export(ctx context.Context, w io.Writer, format string, sel graph.Selection) error {
	if f.export == nil {
		return errNoFake
	}
	return f.export(ctx, w, format, sel)
}

func (f *fakeGraph) Dump(ctx context.Context, w io.Writer, format string, sel graph.Selection) error {
	if f.dump == nil {
		return errNoFake
	}
	return f.dump(ctx, w, format, sel)
}
