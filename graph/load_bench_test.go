package graph_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/newsgen"
	"github.com/kg-project/kg/schema"
)

// generatedDocs returns n documents made from generated articles without
// the extractor (so that graph's tests do not depend on it): sentences
// split at full stops, the capitalised word pairs of each sentence as
// entities, and a fact between the first two of each sentence. Their
// shape (quads per sentence) is close to what kg build stores.
func generatedDocs(b *testing.B, n int) ([]schema.Document, int) {
	b.Helper()
	g := newsgen.New(1)
	docs := make([]schema.Document, n)
	quads := 0
	for i := range docs {
		text := g.Article()
		doc := schema.Document{ID: schema.DocumentID(text), Source: fmt.Sprintf("gen/%d.txt", i)}
		seen := make(map[string]int)
		off := 0
		for _, s := range strings.SplitAfter(text, ". ") {
			k := len(doc.Sentences)
			doc.Sentences = append(doc.Sentences, schema.Sentence{Text: s, Start: off, End: off + len(s)})
			off += len(s)
			var names []string
			words := strings.Fields(s)
			for j := 0; j+1 < len(words); j++ {
				if w, v := words[j], words[j+1]; isUpper(w) && isUpper(v) {
					names = append(names, strings.Trim(w+" "+v, ",.\""))
				}
			}
			for _, name := range names {
				e, ok := seen[name]
				if !ok {
					e = len(doc.Entities)
					seen[name] = e
					doc.Entities = append(doc.Entities, schema.Entity{Name: name, Type: schema.Person})
				}
				doc.Entities[e].Mentions = append(doc.Entities[e].Mentions, k)
			}
			if len(names) >= 2 {
				doc.Facts = append(doc.Facts, schema.Fact{
					Extraction: schema.Extraction{Relation: "met", Lemma: "meet", Confidence: 0.8,
						Subject: schema.Argument{Text: names[0]}, Object: schema.Argument{Text: names[1]}},
					Sentence: k, SubjectEntity: names[0], ObjectEntity: names[1]})
			}
		}
		docs[i] = doc
		quads += len(schema.Quads(doc))
	}
	return docs, quads
}

func isUpper(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// BenchmarkLoad measures Store.Load alone (no extraction) on bolt and
// leveldb (whose writes kg syncs to disk, as bolt's are), with one document
// per transaction and with batches, and on PostgreSQL when KG_TEST_POSTGRES
// is set. It reports quads/s.
func BenchmarkLoad(b *testing.B) {
	docs, quads := generatedDocs(b, 1000)
	for _, backend := range []string{"bolt", "leveldb", "postgres"} {
		for _, batch := range []int{1, 64} {
			b.Run(fmt.Sprintf("%s/batch=%d", backend, batch), func(b *testing.B) {
				for b.Loop() {
					b.StopTimer()
					var s *graph.Store
					var err error
					if backend == "postgres" {
						s, err = graph.Open(b.Context(), backend, postgresSchema(b), graph.Options{})
					} else {
						s, err = graph.Open(b.Context(), backend, filepath.Join(b.TempDir(), "kg.db"), graph.Options{})
					}
					if err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					for i := 0; i < len(docs); i += batch {
						if _, err := s.Load(b.Context(), docs[i:min(i+batch, len(docs))]...); err != nil {
							b.Fatal(err)
						}
					}
					b.StopTimer()
					s.Close()
					b.StartTimer()
				}
				b.ReportMetric(float64(quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
			})
		}
	}
}

// BenchmarkLoadJoin is BenchmarkLoad's batch of 64 with the cross-document
// joiner that kg build uses (entity.Canon): compare it with
// BenchmarkLoad/*/batch=64 for the cost of joining and merging.
func BenchmarkLoadJoin(b *testing.B) {
	docs, quads := generatedDocs(b, 1000)
	join := func() (graph.Joiner, error) { return entity.NewCanon(entity.Options{}) }
	for _, backend := range []string{"bolt", "leveldb"} {
		b.Run(backend, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				s, err := graph.Open(b.Context(), backend, filepath.Join(b.TempDir(), "kg.db"), graph.Options{Join: join})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				for i := 0; i < len(docs); i += 64 {
					if _, err := s.Load(b.Context(), docs[i:min(i+64, len(docs))]...); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

// BenchmarkJoinStart measures what the first load into a reopened store
// with a joiner costs: telling a fresh joiner every stored person and
// organisation (here those of 1,000 generated documents), then loading
// one document. kg build pays it once per run, and again after a failed
// load or a removed document.
func BenchmarkJoinStart(b *testing.B) {
	docs, _ := generatedDocs(b, 1001)
	join := func() (graph.Joiner, error) { return entity.NewCanon(entity.Options{}) }
	for _, backend := range []string{"bolt", "leveldb"} {
		b.Run(backend, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "kg.db")
			s, err := graph.Open(b.Context(), backend, path, graph.Options{})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := s.Load(b.Context(), docs[:1000]...); err != nil {
				b.Fatal(err)
			}
			s.Close()
			for b.Loop() {
				b.StopTimer()
				s, err := graph.Open(b.Context(), backend, path, graph.Options{Join: join})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := s.Load(b.Context(), docs[1000]); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if _, err := s.RemoveDocument(b.Context(), docs[1000].ID); err != nil {
					b.Fatal(err)
				}
				s.Close()
				b.StartTimer()
			}
		})
	}
}
