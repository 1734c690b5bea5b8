package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// A Store is where [Build] keeps documents; a *[graph.Store] is one.
type Store interface {
	// HasDocument reports whether a document with the ID is stored.
	HasDocument(ctx context.Context, id string) (bool, error)
	// Load stores docs in one transaction and returns one result each.
	Load(ctx context.Context, docs ...schema.Document) ([]graph.LoadResult, error)
}

// Options tune [Build].
type Options struct {
	// Workers is the number of goroutines that read and analyse files;
	// 0 means one per CPU.
	Workers int
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Report, when set, is called with each problem as it is found, from
	// one goroutine at a time.
	Report func(*FileError)
	// Progress, when set, is called after each batch is committed and
	// after each input that needs no write, from one goroutine at a time.
	Progress func(Summary)
	// BatchDocs is the most documents written in one transaction; 0 means
	// [DefaultBatchDocs]. BatchQuads caps the quads of a batch likewise
	// ([DefaultBatchQuads]); a batch is also written when it is older than
	// BatchAge ([DefaultBatchAge]), so that slow extraction never holds
	// finished documents back for long.
	BatchDocs, BatchQuads int
	BatchAge              time.Duration
}

// Batch defaults. A transaction costs a disk sync; on bolt, 64 documents
// per transaction load several times faster than one (see
// BenchmarkBuildBatch).
const (
	DefaultBatchDocs  = 64
	DefaultBatchQuads = 50_000
	DefaultBatchAge   = 2 * time.Second
)

// Summary counts what [Build] did.
type Summary struct {
	// Inputs is the number of files found.
	Inputs int
	// Documents is the number of documents stored by this build.
	Documents int
	// Skipped is the number of documents already stored, left as they were.
	Skipped int
	// Replaced is the number of older versions removed.
	Replaced int
	// Sentences, Facts and Quads count what the stored documents hold;
	// Facts counts the facts stated in the graph (see [schema.Fact.Stated]).
	Sentences, Facts, Quads int
	// Entities is the number of distinct entities in the stored documents.
	Entities int
	// Bytes is the size of the stored documents' text.
	Bytes int64
	// Elapsed is the time the build took.
	Elapsed time.Duration
	// Problems are the inputs that were not built, in the order found.
	Problems []*FileError
}

// Failed returns the number of inputs that were not built.
func (s Summary) Failed() int { return len(s.Problems) }

// A result is what one file gave: an item per document it holds, or one
// item with the error that kept it from being read.
type result struct {
	seq   int // the place of its file in Walk's order
	items []item
}

type item struct {
	doc   schema.Document
	bytes int
	skip  bool
	err   *FileError
}

// Build reads the files under args as [Walk] finds them (the corpus is
// never held in memory), analyses them with p on opts.Workers goroutines,
// and stores the new documents in store from one goroutine, in the order
// Walk finds their files, several per transaction (see [Options]). A file that cannot be used is reported and
// left out; the rest of the build goes on. A document already stored (same
// content) is skipped without analysis, so an interrupted build can be run
// again. Build returns an error only when the store fails or ctx ends; the
// returned Summary then counts only committed documents, which are stored
// whole, and analysed documents not yet committed are dropped.
func Build(ctx context.Context, store Store, p *Pipeline, args []string, opts Options) (Summary, error) {
	start := time.Now()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var sum Summary
	var mu sync.Mutex // guards sum.Problems and opts.Report during the walk
	problem := func(e *FileError) {
		mu.Lock()
		defer mu.Unlock()
		sum.Problems = append(sum.Problems, e)
		if opts.Report != nil {
			opts.Report(e)
		}
	}

	found := make(chan string, workers)
	walkErr := make(chan error, 1)
	go func() { walkErr <- Walk(ctx, args, found, problem) }()

	// The store gets the documents in the order Walk finds their files,
	// whichever is analysed first: it may join a document's entities to
	// those stored before (graph.Options.Join), so the order shapes the
	// graph. Each file takes a place in window until its result is
	// handed on, which bounds the results held back behind a slow one.
	type job struct {
		seq  int
		path string
	}
	jobs := make(chan job, workers)
	window := make(chan struct{}, 8*workers)
	go func() {
		defer close(jobs)
		seq := 0
		for path := range found {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				continue // let Walk end
			}
			select {
			case jobs <- job{seq, path}:
				seq++
			case <-ctx.Done():
			}
		}
	}()

	results := make(chan result, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := result{seq: j.seq, items: analyse(ctx, store, p, j.path, opts.Stdin)}
				if ctx.Err() != nil {
					return // r may be cut short
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	w := newBatcher(store, opts, &sum, &mu, start)
	tick := time.NewTicker(w.age / 2)
	defer tick.Stop()
	var storeErr error
	held := make(map[int]result) // results that came before their turn
	next := 0                    // the seq of the result whose turn it is
	for in := results; in != nil; {
		select {
		case r, ok := <-in:
			if !ok {
				in = nil
				break
			}
			if storeErr != nil {
				continue // drain
			}
			held[r.seq] = r
			for storeErr == nil {
				r, ok := held[next]
				if !ok {
					break
				}
				delete(held, next)
				next++
				<-window
				sum.Inputs++
				for _, it := range r.items {
					switch {
					case storeErr != nil:
					case it.err != nil:
						problem(it.err)
						w.progress()
					case it.skip:
						sum.Skipped++
						w.progress()
					default:
						storeErr = w.add(ctx, it)
					}
				}
			}
		case <-tick.C:
			if storeErr == nil && w.old() {
				storeErr = w.flush(ctx)
			}
		}
		if storeErr != nil {
			cancel()
		}
	}
	if storeErr == nil && ctx.Err() == nil {
		storeErr = w.flush(ctx)
	}
	werr := <-walkErr
	sum.Elapsed = time.Since(start)
	if storeErr != nil {
		return sum, fmt.Errorf("store: %w", storeErr)
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if werr != nil && !errors.Is(werr, context.Canceled) {
		return sum, werr
	}
	return sum, nil
}

// analyse reads one file and turns each document it holds into an item,
// in the file's order, leaving out those whose content is already stored.
func analyse(ctx context.Context, store Store, p *Pipeline, path string, stdin io.Reader) []item {
	ins, err := Read(path, stdin)
	var items []item
	for _, in := range ins {
		it := analyseInput(ctx, store, p, in)
		if ctx.Err() != nil {
			return nil // the caller drops this result
		}
		items = append(items, it)
	}
	for _, fe := range fileErrors(err) {
		items = append(items, item{err: fe})
	}
	return items
}

// fileErrors returns the [*FileError] values that err holds, joined or
// not.
func fileErrors(err error) []*FileError {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []*FileError
		for _, e := range j.Unwrap() {
			out = append(out, fileErrors(e)...)
		}
		return out
	}
	var fe *FileError
	if errors.As(err, &fe) {
		return []*FileError{fe}
	}
	return []*FileError{{Path: "?", Err: err}}
}

// analyseInput turns one input into a document unless its content is
// already stored.
func analyseInput(ctx context.Context, store Store, p *Pipeline, in Input) item {
	id := schema.DocumentID(in.Text)
	if ok, err := store.HasDocument(ctx, id); err == nil && ok {
		return item{skip: true}
	}
	doc, err := guarded(in.Source, func() (schema.Document, error) { return p.DocumentOf(ctx, in) })
	var fe *FileError
	if errors.As(err, &fe) {
		return item{err: fe}
	}
	return item{doc: doc, bytes: len(in.Text)}
}

// guarded returns what analyse gives, or, when it panics on a defect of
// kg's analysis, a [FileError] that names the input and the panic: the
// input is rejected as unreadable ones are, and the build goes on with
// the others instead of ending and losing the documents analysed with it.
func guarded(source string, analyse func() (schema.Document, error)) (doc schema.Document, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &FileError{Path: source, Err: fmt.Errorf("kg failed to analyse it (a defect of kg's; please report it with the file): %v", v)}
		}
	}()
	return analyse()
}

// A batcher collects analysed documents and writes them to the store
// several per transaction. Summary counts change only when a batch is
// committed, so nothing is reported as built before it is stored.
type batcher struct {
	store    Store
	sum      *Summary
	mu       *sync.Mutex // guards sum.Problems
	report   func(Summary)
	start    time.Time
	docs     int
	quads    int
	age      time.Duration
	pending  []item
	npending int // estimated quads of pending
	since    time.Time
	entities map[string]bool
}

func newBatcher(store Store, opts Options, sum *Summary, mu *sync.Mutex, start time.Time) *batcher {
	b := &batcher{
		store: store, sum: sum, mu: mu, report: opts.Progress, start: start,
		docs: opts.BatchDocs, quads: opts.BatchQuads, age: opts.BatchAge,
		entities: make(map[string]bool),
	}
	if b.docs <= 0 {
		b.docs = DefaultBatchDocs
	}
	if b.quads <= 0 {
		b.quads = DefaultBatchQuads
	}
	if b.age <= 0 {
		b.age = DefaultBatchAge
	}
	return b
}

// add queues r and writes the batch when it is full.
func (b *batcher) add(ctx context.Context, r item) error {
	if len(b.pending) == 0 {
		b.since = time.Now()
	}
	b.pending = append(b.pending, r)
	// Roughly what schema.Quads writes; exactness does not matter here.
	b.npending += 4 + 4*len(r.doc.Sentences) + 4*len(r.doc.Entities) + 8*len(r.doc.Facts)
	if len(b.pending) >= b.docs || b.npending >= b.quads {
		return b.flush(ctx)
	}
	return nil
}

// old reports whether the pending batch has waited longer than its age.
func (b *batcher) old() bool {
	return len(b.pending) > 0 && time.Since(b.since) >= b.age
}

// flush writes the pending documents in one transaction and counts them.
func (b *batcher) flush(ctx context.Context) error {
	if len(b.pending) == 0 {
		return nil
	}
	docs := make([]schema.Document, len(b.pending))
	for i, r := range b.pending {
		docs[i] = r.doc
	}
	// On a failure, res still covers the documents committed before it:
	// they are stored and count as built.
	res, err := b.store.Load(ctx, docs...)
	s := b.sum
	for i, lr := range res {
		if lr.Skipped {
			s.Skipped++
			continue
		}
		r := b.pending[i]
		s.Documents++
		s.Replaced += len(lr.Replaced)
		s.Sentences += len(r.doc.Sentences)
		s.Facts += r.doc.StatedFacts()
		s.Quads += lr.Quads
		s.Bytes += int64(r.bytes)
		for _, e := range r.doc.Entities {
			b.entities[e.Name] = true
		}
	}
	s.Entities = len(b.entities)
	if err != nil {
		return err
	}
	clear(b.pending)
	b.pending = b.pending[:0]
	b.npending = 0
	b.progress()
	return nil
}

// progress reports the summary so far.
func (b *batcher) progress() {
	if b.report != nil {
		b.mu.Lock()
		b.sum.Elapsed = time.Since(b.start)
		s := *b.sum
		b.mu.Unlock()
		b.report(s)
	}
}
