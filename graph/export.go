package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/schema"
)

// ErrUnknownFormat is returned by [Store.Export] for a format not in
// [Formats].
var ErrUnknownFormat = errors.New("unknown export format")

// Formats lists the formats [Store.Export] writes.
var Formats = []string{"nquads", "jsonld", "graphml", "gexf", "dot", "csv"}

// A Selection picks part of the graph to export. The zero Selection is the
// whole graph.
type Selection struct {
	// Actor, when set, selects the entities within Depth relation hops of
	// the entity it names (see [Store.Resolve]).
	Actor string
	// Depth is the number of hops around Actor; 1 when <= 0.
	Depth int
	// Query, when set, is a Gizmo query: every entity ID among the values
	// of its results ("<kg:e/...>", as g.V().all() prints them) is selected.
	Query string
	// Background adds background facts (gazetteer knowledge that no
	// sentence states, see schema.Background) to the actor graph as edges,
	// and lets an Actor's neighbourhood follow them. The quads of
	// background facts are in nquads and jsonld exports either way.
	Background bool
}

// Export writes the graph, or the part sel selects, to w in one of
// [Formats]:
//
//   - nquads and jsonld write quads: N-Quads through the encoder of
//     github.com/cayleygraph/quad, JSON-LD through kg's own, which holds
//     nothing but the node object it writes (Cayley's holds the whole
//     document). The whole graph is written sorted by
//     label, subject, predicate and object, so that an export can be
//     diffed and each document's quads are together (the unlabelled
//     names and types of entities come first); [Store.Import] reads
//     such a file fastest, a document at a time. A
//     selection keeps every quad of its entities except relation edges to
//     entities outside it, and the facts relating its entities with their
//     sentences and documents.
//   - graphml, gexf, dot and csv write the actor graph: entities with name
//     and type, and one edge per related pair and relation with its
//     relation, weight (how many documents state it), best confidence and
//     that fact's sentence (of several facts with it, the sentence first in
//     byte order, so that exports of a store are identical). Facts, sentences, documents and relations to
//     literal values are left out. csv to one writer is a zip archive
//     holding nodes.csv and relationships.csv; see [Store.ExportCSV].
//
// Export reads every quad of the store.
func (s *Store) Export(ctx context.Context, w io.Writer, format string, sel Selection) error {
	switch format {
	case "nquads", "jsonld":
		return s.exportQuads(ctx, w, format, sel)
	case "graphml", "gexf", "dot", "csv":
		return s.writeActorGraph(ctx, sel, func() (actorWriter, error) { return newActorWriter(w, format) })
	}
	return fmt.Errorf("%w %q: want one of %s", ErrUnknownFormat, format, strings.Join(Formats, ", "))
}

// selection returns the entity keys sel selects, or nil for the whole
// graph.
func (v *view) selection(ctx context.Context, sel Selection) (map[any]bool, error) {
	switch {
	case sel.Actor != "" && sel.Query != "":
		return nil, errors.New("select either an actor or a query, not both")
	case sel.Actor != "":
		center, err := v.find(ctx, sel.Actor)
		if err != nil {
			return nil, err
		}
		out := map[any]bool{center: true}
		frontier := []any{center}
		for d := 0; d < max(sel.Depth, 1); d++ {
			var next []any
			for _, k := range frontier {
				ns, err := v.neighbours(ctx, k)
				if err != nil {
					return nil, err
				}
				for _, n := range ns {
					if !out[n] {
						out[n] = true
						next = append(next, n)
					}
				}
			}
			frontier = next
		}
		return out, nil
	case sel.Query != "":
		var ids []quad.Value
		err := v.s.Query(ctx, sel.Query, 0, func(r any) error {
			ids = appendEntityIDs(ids, r)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("select: %w", err)
		}
		keys, err := v.lookup(ctx, ids)
		if err != nil {
			return nil, err
		}
		out := make(map[any]bool)
		for _, k := range keys {
			if k != nil {
				out[k] = true
			}
		}
		return out, nil
	}
	return nil, nil
}

// appendEntityIDs appends the entity IRIs found among a query result's values.
func appendEntityIDs(ids []quad.Value, r any) []quad.Value {
	switch r := r.(type) {
	case string:
		if id := strings.TrimSuffix(strings.TrimPrefix(r, "<"), ">"); schema.IsEntityIRI(quad.IRI(id)) {
			ids = append(ids, quad.IRI(id))
		}
	case map[string]any:
		keys := make([]string, 0, len(r))
		for k := range r {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			ids = appendEntityIDs(ids, r[k])
		}
	case []any:
		for _, x := range r {
			ids = appendEntityIDs(ids, x)
		}
	}
	return ids
}

// exportQuads writes N-Quads or JSON-LD.
func (s *Store) exportQuads(ctx context.Context, w io.Writer, format string, sel Selection) error {
	v, err := s.newView(ctx)
	if err != nil {
		return err
	}
	keep, err := v.quadFilter(ctx, sel)
	if err != nil {
		return err
	}
	type row struct{ s, p, o, l any }
	var rows []row
	qs := s.qs
	err = s.scan(ctx, func(q cgraph.Ref) error {
		var r row
		for i, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
			ref, err := qs.QuadDirection(q, d)
			if err != nil {
				return err
			}
			k := v.remember(ref)
			switch i {
			case 0:
				r.s = k
			case 1:
				r.p = k
			case 2:
				r.o = k
			case 3:
				r.l = k
			}
		}
		if keep == nil || keep(r.s, r.p, r.o) {
			rows = append(rows, r)
		}
		return nil
	})
	if err != nil {
		return err
	}
	keys := make([]any, 0, 4*len(rows))
	for _, r := range rows {
		keys = append(keys, r.s, r.p, r.o, r.l)
	}
	if err := v.values(ctx, keys); err != nil {
		return err
	}
	str := make(map[any]string)
	text := func(k any) string {
		if k == nil {
			return ""
		}
		t, ok := str[k]
		if !ok {
			// PostgreSQL gives an unlabelled quad a label key with no
			// value.
			t = quad.StringOf(v.value(k))
			str[k] = t
		}
		return t
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		for _, pair := range [4][2]any{{a.l, b.l}, {a.s, b.s}, {a.p, b.p}, {a.o, b.o}} {
			if x, y := text(pair[0]), text(pair[1]); x != y {
				return x < y
			}
		}
		return false
	})
	var qw quad.WriteCloser
	if format == "jsonld" {
		qw = newJSONLDWriter(w)
	} else {
		qw = nquads.NewWriter(w)
	}
	buf := make([]quad.Quad, 0, 1024)
	for i, r := range rows {
		buf = append(buf, schema.Portable(quad.Quad{Subject: v.value(r.s), Predicate: v.value(r.p), Object: v.value(r.o), Label: v.value(r.l)}))
		if len(buf) == cap(buf) || i == len(rows)-1 {
			if _, err := qw.WriteQuads(buf); err != nil {
				return fmt.Errorf("write %s: %w", format, err)
			}
			buf = buf[:0]
		}
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("write %s: %w", format, err)
	}
	return nil
}

// quadFilter returns which quads (by subject, predicate and object keys) a
// selection keeps, or nil for the whole graph.
func (v *view) quadFilter(ctx context.Context, sel Selection) (func(s, p, o any) bool, error) {
	v.background = sel.Background
	ents, err := v.selection(ctx, sel)
	if err != nil || ents == nil {
		return nil, err
	}
	c, err := v.catalog(ctx, true)
	if err != nil {
		return nil, err
	}
	var objs []any
	for _, e := range c.edges {
		objs = append(objs, e.o)
	}
	for _, f := range c.facts {
		objs = append(objs, f.obj)
	}
	if err := v.values(ctx, objs); err != nil {
		return nil, err
	}
	inside := func(o any) bool { return ents[o] || v.isLiteral(o) }
	prov := make(map[any]bool) // facts, sentences and documents kept
	for k, f := range c.facts {
		if ents[f.subj] && (f.obj == nil || inside(f.obj)) {
			prov[k] = true
			if f.sentence != nil {
				prov[f.sentence] = true
				if d := c.sentDoc[f.sentence]; d != nil {
					prov[d] = true
				}
			}
		}
	}
	isRel := make(map[any]bool)
	for _, e := range c.edges {
		isRel[e.p] = true
	}
	return func(s, p, o any) bool {
		if prov[s] {
			return true
		}
		if !ents[s] {
			return false
		}
		return !isRel[p] || inside(o)
	}, nil
}
