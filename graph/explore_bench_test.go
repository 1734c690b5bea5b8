package graph_test

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// synthetic describes a generated news-like graph.
type synthetic struct {
	entities  int // size of the actor pool
	docs      int
	sentences int // per document
	mentioned int // entities per document
	facts     int // per document
}

// entityName returns the name of actor i of the pool.
func entityName(i int) string { return fmt.Sprintf("Actor %05d", i) }

// documents generates the documents, deterministically. Actors are drawn
// with a skew (a few are in many documents, as big countries are in news),
// so the graph has hubs.
func (g synthetic) documents() []schema.Document {
	r := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(r, 1.1, 8, uint64(g.entities-1))
	types := schema.EntityTypes[:5]
	lemmas := schema.Relations
	docs := make([]schema.Document, g.docs)
	for d := range docs {
		doc := schema.Document{ID: fmt.Sprintf("%016x", d), Source: fmt.Sprintf("news/%05d.txt", d), Title: fmt.Sprintf("Story %d", d)}
		for s := 0; s < g.sentences; s++ {
			doc.Sentences = append(doc.Sentences, schema.Sentence{Text: fmt.Sprintf("Sentence %d of story %d says something about actors.", s, d)})
		}
		var picked []int
		for len(picked) < g.mentioned {
			var e int
			if len(picked)%2 == 0 {
				e = int(zipf.Uint64())
			} else {
				e = r.IntN(g.entities)
			}
			if !slices.Contains(picked, e) {
				picked = append(picked, e)
			}
		}
		for _, e := range picked {
			ent := schema.Entity{Name: entityName(e), Type: types[e%len(types)],
				Mentions: []int{r.IntN(g.sentences), r.IntN(g.sentences)}}
			if e%3 == 0 {
				ent.Aliases = []string{fmt.Sprintf("A%d", e)}
			}
			doc.Entities = append(doc.Entities, ent)
		}
		for f := 0; f < g.facts; f++ {
			a, b := picked[r.IntN(len(picked))], picked[r.IntN(len(picked))]
			if a == b {
				continue
			}
			lemma := lemmas[r.IntN(len(lemmas))]
			doc.Facts = append(doc.Facts, fact(r.IntN(g.sentences), entityName(a), lemma+"s", lemma, entityName(b), r.Float64()))
		}
		docs[d] = doc
	}
	return docs
}

// build writes the synthetic graph to a bolt store in b.TempDir, in large
// transactions, and returns the store and the actors it holds.
func (g synthetic) build(b *testing.B) (*graph.Store, []int) {
	b.Helper()
	start := time.Now()
	s, err := graph.Open(b.Context(), "bolt", filepath.Join(b.TempDir(), "kg.db"), graph.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	var batch []quad.Quad
	seen := make(map[string]bool)
	var used []int
	for _, doc := range g.documents() {
		for _, e := range doc.Entities {
			if !seen[e.Name] {
				seen[e.Name] = true
				var i int
				fmt.Sscanf(e.Name, "Actor %d", &i)
				used = append(used, i)
			}
		}
		batch = append(batch, schema.Quads(doc)...)
		if len(batch) >= 100000 {
			if err := s.WriteQuads(b.Context(), batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := s.WriteQuads(b.Context(), batch); err != nil {
		b.Fatal(err)
	}
	n, err := s.QuadCount(b.Context())
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d quads, %d actors, in bolt in %v", n, len(used), time.Since(start).Round(time.Millisecond))
	return s, used
}

// reportLatency runs op b.N times over rotating inputs and reports the
// median and 90th percentile latency.
func reportLatency(b *testing.B, op func(i int) error) {
	b.Helper()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if err := op(i); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(times[len(times)*9/10].Microseconds())/1000, "ms-p90")
}

// BenchmarkExplore1M measures exploration on a synthetic graph of about
// one million quads in bolt, the default store. The graph is built once,
// for all the sub-benchmarks. Run it with
//
//	go test ./graph -run '^$' -bench Explore1M -benchtime 50x
func BenchmarkExplore1M(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 1M-quad store; skipped under -short")
	}
	// About 1M quads: 5,400 documents of ~187 quads.
	g := synthetic{entities: 20000, docs: 5400, sentences: 10, mentioned: 12, facts: 15}
	s, used := g.build(b)
	r := rand.New(rand.NewPCG(3, 4))
	pair := func() (string, string) {
		for {
			a, c := used[r.IntN(len(used))], used[r.IntN(len(used))]
			if a != c {
				return entityName(a), entityName(c)
			}
		}
	}
	wholeGraph(b, s)
	b.Run("Path", func(b *testing.B) {
		var found, hops int
		reportLatency(b, func(int) error {
			a, c := pair()
			paths, err := s.Paths(b.Context(), a, c, 4, 1)
			if len(paths) > 0 {
				found++
				hops += len(paths[0])
			}
			return err
		})
		b.ReportMetric(float64(found)/float64(b.N), "found/op")
		if found > 0 {
			b.ReportMetric(float64(hops)/float64(found), "hops/path")
		}
	})
	b.Run("PathK3", func(b *testing.B) {
		reportLatency(b, func(int) error {
			a, c := pair()
			_, err := s.Paths(b.Context(), a, c, 4, 3)
			return err
		})
	})
	b.Run("Neighbors", func(b *testing.B) {
		var nodes int
		reportLatency(b, func(int) error {
			a, _ := pair()
			nb, err := s.Neighbors(b.Context(), a, graph.NeighborOptions{Depth: 1})
			nodes += len(nb.Nodes)
			return err
		})
		b.ReportMetric(float64(nodes)/float64(b.N), "nodes/op")
	})
	b.Run("Neighbors2", func(b *testing.B) {
		reportLatency(b, func(int) error {
			a, _ := pair()
			_, err := s.Neighbors(b.Context(), a, graph.NeighborOptions{Depth: 2, Limit: 500})
			return err
		})
	})
	b.Run("Suggest", func(b *testing.B) {
		reportLatency(b, func(int) error {
			a, _ := pair()
			_, err := s.Suggest(b.Context(), a[:9], 10)
			return err
		})
	})
	b.Run("SourcesPair", func(b *testing.B) {
		reportLatency(b, func(int) error {
			a, c := pair()
			_, err := s.Sources(b.Context(), a, c)
			return err
		})
	})
	b.Run("ResolveLower", func(b *testing.B) {
		reportLatency(b, func(int) error {
			a, _ := pair()
			_, err := s.Resolve(b.Context(), "actor"+a[5:])
			return err
		})
	})
}

// wholeGraph runs the operations that read every quad once each and logs
// their time (and, for exports, size). With KG_BENCH_NQUADS set to a path,
// the N-Quads export is kept there, to try kg import and the CLI on it.
func wholeGraph(b *testing.B, s *graph.Store) {
	b.Helper()
	ctx := b.Context()
	timed := func(what string, fn func() error) {
		start := time.Now()
		if err := fn(); err != nil {
			b.Fatalf("%s: %v", what, err)
		}
		b.Logf("%-22s %v", what, time.Since(start).Round(time.Millisecond))
	}
	timed("Stats", func() error { _, err := s.Stats(ctx); return err })
	timed("Actors by mentions", func() error { _, err := s.Actors(ctx, graph.ActorOptions{Top: 20}); return err })
	timed("Actors by pagerank", func() error {
		_, err := s.Actors(ctx, graph.ActorOptions{By: graph.ByPageRank, Top: 20})
		return err
	})
	timed("Resolve miss (scan)", func() error {
		_, err := s.Resolve(ctx, "Actr 00042")
		if errors.Is(err, graph.ErrNotFound) {
			return nil
		}
		return err
	})
	for _, format := range graph.Formats {
		var n countWriter
		var w io.Writer = &n
		if path := os.Getenv("KG_BENCH_NQUADS"); path != "" && format == "nquads" {
			f, err := os.Create(path)
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			w = io.MultiWriter(f, &n)
		}
		timed("Export "+format, func() error { return s.Export(ctx, w, format, graph.Selection{}) })
		b.Logf("%-22s %d bytes", "  size", int64(n))
	}
}

// countWriter counts the bytes written to it.
type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}
