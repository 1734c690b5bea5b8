package graph_test

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// fakeJoiner records what it is told and joins with a function.
type fakeJoiner struct {
	known []string // names of the entities it was told, with their aliases
	join  func(doc schema.Document) (schema.Document, []schema.Merge)
}

func (j *fakeJoiner) Know(e schema.Entity) {
	j.known = append(j.known, e.Name+" "+string(e.Type)+" "+join(e.Aliases))
}

func (j *fakeJoiner) KnowDoc(string, schema.Entity) {}

func (j *fakeJoiner) Join(doc schema.Document) (schema.Document, []schema.Merge) { return j.join(doc) }

// join returns ss sorted and joined by commas.
func join(ss []string) string {
	return strings.Join(slices.Sorted(slices.Values(ss)), ",")
}

// osborneDoc is a document whose one person is named name.
func osborneDoc(source, name string) schema.Document {
	text := name + " visited Leeds."
	return schema.Document{
		ID: schema.DocumentID(text), Source: source, Title: text,
		Sentences: []schema.Sentence{{Text: text, End: len(text)}},
		Entities: []schema.Entity{
			{Name: name, Type: schema.Person, Mentions: []int{0}},
			{Name: "Leeds", Type: schema.GPE, Mentions: []int{0}},
		},
		Facts: []schema.Fact{{Extraction: schema.Extraction{Relation: "visited", Lemma: "visit", Confidence: 0.9,
			Subject: schema.Argument{Text: name}, Object: schema.Argument{Text: "Leeds"}},
			SubjectEntity: name, ObjectEntity: "Leeds"}},
	}
}

// TestLoadJoin checks, on every backend, that a merge asked for by the
// joiner moves the stored node into the new one in the transaction that
// adds the document, and that removing either document loses nothing of
// the other's.
func TestLoadJoin(t *testing.T) {
	short := osborneDoc("a.txt", "Osborne")
	full := osborneDoc("b.txt", "George Osborne")
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			var made []*fakeJoiner
			opts := graph.Options{Join: func() (graph.Joiner, error) {
				j := &fakeJoiner{join: func(doc schema.Document) (schema.Document, []schema.Merge) {
					if doc.ID == full.ID {
						return doc, []schema.Merge{{From: "Osborne", To: "George Osborne"}}
					}
					return doc, nil
				}}
				made = append(made, j)
				return j, nil
			}}
			s := openBackend(t, b.name, opts)
			ctx := t.Context()
			if _, err := s.Load(ctx, short); err != nil {
				t.Fatal(err)
			}
			alone := count(t, s)
			if _, err := s.Load(ctx, full); err != nil {
				t.Fatal(err)
			}
			if got := names(t, s, `g.V("<kg:e/Osborne>").both().all()`); len(got) != 0 {
				t.Errorf("the merged node still has quads: %v", got)
			}
			if got := names(t, s, `g.V("<kg:e/George_Osborne>").out("<kg:r/visit>").all()`); !cmp.Equal(got, []string{"<kg:e/Leeds>", "<kg:e/Leeds>"}) {
				t.Errorf("George Osborne visit = %v, want Leeds twice, one edge of each document", got)
			}
			if got := names(t, s, `g.V("<kg:e/George_Osborne>").out("<kg:alias>").all()`); !cmp.Equal(got, []string{"Osborne"}) {
				t.Errorf("aliases = %v, want the old name Osborne", got)
			}
			if got := names(t, s, `g.V("<kg:e/George_Osborne>").out("<kg:mentionedIn>").all()`); len(got) != 2 {
				t.Errorf("mentions = %v, want one sentence of each document", got)
			}
			n, err := s.Resolve(ctx, "Osborne")
			if err != nil || n.Name != "George Osborne" {
				t.Errorf("Resolve(Osborne) = %v, %v; want George Osborne", n.Name, err)
			}
			// The document that brought the full name goes; the node
			// keeps it and the first document's facts.
			if ok, err := s.RemoveDocument(ctx, full.ID); !ok || err != nil {
				t.Fatalf("RemoveDocument = %v, %v", ok, err)
			}
			if got := names(t, s, `g.V("<kg:e/George_Osborne>").out("<kg:r/visit>").all()`); !cmp.Equal(got, []string{"<kg:e/Leeds>"}) {
				t.Errorf("after removing b.txt: visit = %v, want Leeds from a.txt", got)
			}
			// One quad more than a.txt alone: its quads, moved to the
			// new node (whose name replaces the old), and the alias.
			if got := count(t, s); got != alone+1 {
				t.Errorf("store holds %d quads after removing b.txt, want %d (a.txt's %d, renamed, plus its alias)", got, alone+1, alone)
			}
			// A new joiner is told the stored entities, aliases included.
			if _, err := s.Load(ctx, osborneDoc("c.txt", "Mr Osborne")); err != nil {
				t.Fatal(err)
			}
			last := made[len(made)-1]
			if len(made) != 2 || !slices.Contains(last.known, "George Osborne Person Osborne") {
				t.Errorf("joiners made %d, last told %v; want a fresh one told of George Osborne with alias Osborne", len(made), last.known)
			}
		})
	}
}

// TestLoadJoinSplit checks, on every backend, that a split asked for by
// the joiner moves only the named documents' quads of a stored node to a
// node of the short name, which gets the type, and leaves the node its
// other documents.
func TestLoadJoinSplit(t *testing.T) {
	full := osborneDoc("a.txt", "Kenneth Clarke")
	short := osborneDoc("b.txt", "Kenneth Clarke") // "Mr Clarke visited Leeds.", joined
	short.ID = schema.DocumentID("Mr Clarke visited Leeds.")
	short.Entities[0].Aliases = []string{"Clarke", "Mr Clarke"}
	other := osborneDoc("c.txt", "Charles Clarke")
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			opts := graph.Options{Join: func() (graph.Joiner, error) {
				return &fakeJoiner{join: func(doc schema.Document) (schema.Document, []schema.Merge) {
					if doc.ID == other.ID {
						return doc, []schema.Merge{{From: "Kenneth Clarke", To: "Clarke", Docs: []string{short.ID}}}
					}
					return doc, nil
				}}, nil
			}}
			s := openBackend(t, b.name, opts)
			ctx := t.Context()
			if _, err := s.Load(ctx, full, short); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Load(ctx, other); err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct{ q, want string }{
				{`g.V("<kg:e/Kenneth_Clarke>").out("<kg:r/visit>").all()`, "<kg:e/Leeds>"},
				{`g.V("<kg:e/Clarke>").out("<kg:r/visit>").all()`, "<kg:e/Leeds>"},
				{`g.V("<kg:e/Charles_Clarke>").out("<kg:r/visit>").all()`, "<kg:e/Leeds>"},
				{`g.V("<kg:e/Kenneth_Clarke>").out("<kg:type>").all()`, "<kg:Person>"},
				{`g.V("<kg:e/Clarke>").out("<kg:type>").all()`, "<kg:Person>"},
				{`g.V("<kg:e/Clarke>").out("<kg:alias>").all()`, "Mr Clarke"},
				{`g.V("<kg:e/Kenneth_Clarke>").out("<kg:alias>").all()`, ""},
				{`g.V("<kg:e/Clarke>").out("<kg:mentionedIn>").all()`, schema.SentenceIRI(short.ID, 0).String()},
				{`g.V("<kg:e/Kenneth_Clarke>").out("<kg:mentionedIn>").all()`, schema.SentenceIRI(full.ID, 0).String()},
			} {
				if got := join(names(t, s, c.q)); got != c.want {
					t.Errorf("%s = %q, want %q", c.q, got, c.want)
				}
			}
		})
	}
}

// TestLoadJoinOrder loads documents with entity.Canon, the joiner kg
// build uses, in each order, one per load, and checks that the nodes are
// the same: a bare "Mr Clarke" or "Clarke" is neither Kenneth nor Charles
// Clarke whether it comes before, between or after them. Each order runs
// twice: with one joiner that lives through the loads, and with a joiner
// made afresh from the store before each load, as a build killed and
// resumed has; the stores must hold the same quads.
var factIRI = regexp.MustCompile(`<kg:fact/[0-9a-f]+>`)

func TestLoadJoinOrder(t *testing.T) {
	bare := osborneDoc("a.txt", "Clarke")
	bare.Entities[0].Aliases = []string{"Mr Clarke"}
	again := osborneDoc("d.txt", "Clarke")
	again.Title, again.Sentences[0].Text = "Clarke visited Leeds again.", "Clarke visited Leeds again."
	again.ID = schema.DocumentID(again.Title)
	docs := []schema.Document{bare, osborneDoc("b.txt", "Kenneth Clarke"), osborneDoc("c.txt", "Charles Clarke"), again}
	canon := func() (graph.Joiner, error) { return entity.NewCanon(entity.Options{}) }
	var orders [][]int
	var permute func(prefix, rest []int)
	permute = func(prefix, rest []int) {
		if len(rest) == 0 {
			orders = append(orders, prefix)
			return
		}
		for i := range rest {
			permute(append(slices.Clone(prefix), rest[i]), slices.Concat(rest[:i], rest[i+1:]))
		}
	}
	permute(nil, []int{0, 1, 2, 3})
	for _, b := range backends() {
		var first string // the quads of the first order's store
		for _, order := range orders {
			for _, fresh := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%v/fresh=%t", b.name, order, fresh), func(t *testing.T) {
					s := openBackend(t, b.name, graph.Options{Join: canon})
					loadInOrder(t, s, docs, order, fresh)
					for _, c := range []struct{ node, sentence string }{
						{"Clarke", schema.SentenceIRI(docs[0].ID, 0).String() + "," + schema.SentenceIRI(docs[3].ID, 0).String()},
						{"Kenneth_Clarke", schema.SentenceIRI(docs[1].ID, 0).String()},
						{"Charles_Clarke", schema.SentenceIRI(docs[2].ID, 0).String()},
					} {
						q := `g.V("<kg:e/` + c.node + `>").out("<kg:mentionedIn>").all()`
						if got := join(names(t, s, q)); got != join(strings.Split(c.sentence, ",")) {
							t.Errorf("%s mentioned in %q, want %q", c.node, got, c.sentence)
						}
					}
					if got := join(names(t, s, `g.V("<kg:e/Clarke>").out("<kg:type>").all()`)); got != "<kg:Person>" {
						t.Errorf("Clarke's type = %q, want <kg:Person>", got)
					}
					sameStore(t, &first, s)
				})
			}
		}
	}
}

// loadInOrder loads docs into s in the order of their indexes; with
// fresh, the joiner is dropped before each load (writing no quads drops
// it), so that each load makes one afresh from the store, as a build run
// again does.
func loadInOrder(t *testing.T, s *graph.Store, docs []schema.Document, order []int, fresh bool) {
	t.Helper()
	for _, i := range order {
		if fresh {
			if err := s.WriteQuads(t.Context(), nil); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.Load(t.Context(), docs[i]); err != nil {
			t.Fatal(err)
		}
	}
}

// sameStore records the quads of s in *first when it is empty, and
// reports a difference from them otherwise.
func sameStore(t *testing.T, first *string, s *graph.Store) {
	t.Helper()
	got := storeQuads(t, s)
	if *first == "" {
		*first = got
	} else if diff := cmp.Diff(*first, got); diff != "" {
		t.Errorf("store differs from the first order's (-first +got):\n%s", diff)
	}
}

// TestLoadJoinCompound checks that "Mr Duncan Smith", a surname of two
// words, and Iain Duncan Smith are one node whichever document comes
// first, with one joiner or one made afresh before each load, and that a
// bare "Duncan Smith" without a title stays apart.
func TestLoadJoinCompound(t *testing.T) {
	titled := osborneDoc("a.txt", "Duncan Smith")
	titled.Entities[0].Aliases = []string{"Mr Duncan Smith"}
	docs := []schema.Document{titled, osborneDoc("b.txt", "Iain Duncan Smith")}
	canon := func() (graph.Joiner, error) { return entity.NewCanon(entity.Options{}) }
	for _, b := range backends() {
		var first string
		for _, order := range [][]int{{0, 1}, {1, 0}} {
			for _, fresh := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%v/fresh=%t", b.name, order, fresh), func(t *testing.T) {
					s := openBackend(t, b.name, graph.Options{Join: canon})
					loadInOrder(t, s, docs, order, fresh)
					want := join([]string{schema.SentenceIRI(docs[0].ID, 0).String(), schema.SentenceIRI(docs[1].ID, 0).String()})
					if got := join(names(t, s, `g.V("<kg:e/Iain_Duncan_Smith>").out("<kg:mentionedIn>").all()`)); got != want {
						t.Errorf("Iain Duncan Smith mentioned in %q, want %q", got, want)
					}
					sameStore(t, &first, s)
				})
			}
		}
	}
}

// TestLoadJoinFreshSex checks that a joiner made afresh before each load
// reads a person's sex from the titles of all its documents as the one
// that lived through the loads does: a short "Smith", Mr in one document
// and Mrs in another, is of no known sex to both when Mary Smith comes.
func TestLoadJoinFreshSex(t *testing.T) {
	smith := func(source, title string) schema.Document {
		d := osborneDoc(source, "Smith")
		d.Title, d.Sentences[0].Text = title+" Smith visited Leeds.", title+" Smith visited Leeds."
		d.ID = schema.DocumentID(d.Title)
		d.Entities[0].Aliases = []string{title + " Smith"}
		return d
	}
	docs := []schema.Document{smith("a.txt", "Mr"), smith("b.txt", "Mrs"), osborneDoc("c.txt", "Mary Smith")}
	canon := func() (graph.Joiner, error) { return entity.NewCanon(entity.Options{}) }
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			var stores []string
			for _, fresh := range []bool{false, true} {
				s := openBackend(t, b.name, graph.Options{Join: canon})
				loadInOrder(t, s, docs, []int{0, 1, 2}, fresh)
				stores = append(stores, storeQuads(t, s))
			}
			if diff := cmp.Diff(stores[0], stores[1]); diff != "" {
				t.Errorf("store with a fresh joiner per load differs (-one joiner +fresh):\n%s", diff)
			}
		})
	}
}

// TestLoadJoinSplitCut checks, on every backend, that a split cut short
// after its moves, before the removal of the JoinedAs quads that asked for
// it, is completed by the next load with a joiner made afresh, as a build
// killed there and run again has: the store ends as if nothing was cut.
func TestLoadJoinSplitCut(t *testing.T) {
	bare := osborneDoc("a.txt", "Clarke")
	bare.Entities[0].Aliases = []string{"Mr Clarke"}
	kenneth, charles := osborneDoc("b.txt", "Kenneth Clarke"), osborneDoc("c.txt", "Charles Clarke")
	canon := func() (graph.Joiner, error) { return entity.NewCanon(entity.Options{}) }
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			ctx := t.Context()
			whole := openBackend(t, b.name, graph.Options{Join: canon})
			cut := openBackend(t, b.name, graph.Options{Join: canon})
			for _, s := range []*graph.Store{whole, cut} {
				if _, err := s.Load(ctx, bare, kenneth); err != nil {
					t.Fatal(err)
				}
			}
			split := schema.Merge{From: "Kenneth Clarke", To: "Clarke", Docs: []string{bare.ID}}
			if err := graph.SplitMovesOnly(ctx, cut, split); err != nil {
				t.Fatal(err)
			}
			if got := join(names(t, cut, `g.V("<kg:e/Kenneth_Clarke>").out("<kg:joinedAs>").all()`)); got != "Clarke,Mr Clarke" {
				t.Fatalf("Kenneth Clarke joined as %q after the cut split, want the names of the bare Clarke", got)
			}
			if err := cut.WriteQuads(ctx, nil); err != nil { // drops the joiner
				t.Fatal(err)
			}
			for _, s := range []*graph.Store{whole, cut} {
				if _, err := s.Load(ctx, charles); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(storeQuads(t, whole), storeQuads(t, cut)); diff != "" {
				t.Errorf("store after a cut split differs from the whole one (-whole +cut):\n%s", diff)
			}
			if got := join(names(t, cut, `g.V("<kg:e/Clarke>").out("<kg:alias>").all()`)); got != "Mr Clarke" {
				t.Errorf("Clarke's aliases = %q, want Mr Clarke", got)
			}
		})
	}
}

// storeQuads returns the quads of s as sorted N-Quads lines, each fact
// node's IRI left out: it keeps the subject it was first stored with (see
// schema.FactIRI), which a merge does not change.
func storeQuads(t *testing.T, s *graph.Store) string {
	t.Helper()
	var sb strings.Builder
	if err := s.Export(t.Context(), &sb, "nquads", graph.Selection{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(factIRI.ReplaceAllString(sb.String(), "<kg:fact/*>"), "\n")
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// TestLoadJoinFailure checks that a load that fails, before it starts or
// after a merge is staged in its transaction, leaves the store as it was
// and makes the next load start from a fresh joiner.
func TestLoadJoinFailure(t *testing.T) {
	short := osborneDoc("a.txt", "Osborne")
	full := osborneDoc("b.txt", "George Osborne")
	other, last := osborneDoc("c.txt", "Tom Wu"), osborneDoc("d.txt", "Ann Lee")
	made := 0
	var cancelAt func() // called when the joiner joins other
	opts := graph.Options{Join: func() (graph.Joiner, error) {
		made++
		return &fakeJoiner{join: func(doc schema.Document) (schema.Document, []schema.Merge) {
			switch doc.ID {
			case full.ID:
				return doc, []schema.Merge{{From: "Osborne", To: "George Osborne"}}
			case other.ID:
				if cancelAt != nil {
					cancelAt()
				}
			}
			return doc, nil
		}}, nil
	}}
	s := openBackend(t, "bolt", opts)
	if _, err := s.Load(t.Context(), short); err != nil {
		t.Fatal(err)
	}
	before := count(t, s)
	check := func(when string) {
		t.Helper()
		if got := count(t, s); got != before {
			t.Errorf("store holds %d quads after a load that failed %s, want %d", got, when, before)
		}
		if got := names(t, s, `g.V("<kg:e/Osborne>").out("<kg:name>").all()`); !cmp.Equal(got, []string{"Osborne"}) {
			t.Errorf("Osborne's name = %v after a load that failed %s, want it kept", got, when)
		}
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.Load(ctx, full); err == nil {
		t.Fatal("Load with a cancelled context succeeded")
	}
	check("before it started")
	// full's merge is staged, then the load is cancelled while it joins
	// the next document, and stops before the last, its transaction
	// unwritten.
	ctx, cancelAt = context.WithCancel(t.Context())
	if _, err := s.Load(ctx, full, other, last); err == nil {
		t.Fatal("Load cancelled after a staged merge succeeded")
	}
	cancelAt = nil
	check("after a staged merge")
	if _, err := s.Load(t.Context(), full); err != nil {
		t.Fatal(err)
	}
	if made != 3 {
		t.Errorf("joiners made = %d, want 3: each failed load's joiner is dropped", made)
	}
}

// TestLoadJoinReplace checks, on every backend, a document that replaces
// an older version of its file and merges a stored node: the older
// version's quads go, the merged node's move, and nothing else is lost;
// also when the document is written in several transactions.
func TestLoadJoinReplace(t *testing.T) {
	for _, b := range backends() {
		for _, maxTx := range []int{0, 5} {
			t.Run(fmt.Sprintf("%s/maxTx=%d", b.name, maxTx), func(t *testing.T) { testLoadJoinReplace(t, b.name, maxTx) })
		}
	}
}

func testLoadJoinReplace(t *testing.T, backend string, maxTx int) {
	short := osborneDoc("a.txt", "Osborne")
	v1 := osborneDoc("b.txt", "Tom Wu")
	v2 := osborneDoc("b.txt", "George Osborne")
	opts := graph.Options{MaxTxQuads: maxTx, Join: func() (graph.Joiner, error) {
		return &fakeJoiner{join: func(doc schema.Document) (schema.Document, []schema.Merge) {
			if doc.ID == v2.ID {
				return doc, []schema.Merge{{From: "Osborne", To: "George Osborne"}}
			}
			return doc, nil
		}}, nil
	}}
	s := openBackend(t, backend, opts)
	ctx := t.Context()
	if _, err := s.Load(ctx, short, v1); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(ctx, v2); err != nil {
		t.Fatal(err)
	}
	if got := names(t, s, `g.V("<kg:e/Tom_Wu>").both().all()`); len(got) != 0 {
		t.Errorf("the replaced version's person still has quads: %v", got)
	}
	if got := names(t, s, `g.V("<kg:e/Osborne>").both().all()`); len(got) != 0 {
		t.Errorf("the merged node still has quads: %v", got)
	}
	if got := names(t, s, `g.V("<kg:e/George_Osborne>").out("<kg:r/visit>").all()`); !cmp.Equal(got, []string{"<kg:e/Leeds>", "<kg:e/Leeds>"}) {
		t.Errorf("George Osborne visit = %v, want Leeds twice, from a.txt and b.txt's new version", got)
	}
	if got := names(t, s, `g.V().has("<kg:type>", "<kg:Document>").all()`); len(got) != 2 {
		t.Errorf("documents stored = %v, want a.txt and b.txt's new version", got)
	}
}

// TestResolveSurnameNode checks that a person named by a surname alone,
// kept apart because several people carry that surname, is no silent
// pick: the name lists them all, and the node is still reached by its
// alias or IRI.
func TestResolveSurnameNode(t *testing.T) {
	text := "Kenneth Clarke met Charles Clarke. Clarke said no."
	doc := schema.Document{
		ID: schema.DocumentID(text), Source: "clarke.txt", Title: text,
		Sentences: []schema.Sentence{{Text: "Kenneth Clarke met Charles Clarke."}, {Text: "Mr Clarke said no."}},
		Entities: []schema.Entity{
			{Name: "Kenneth Clarke", Type: schema.Person, Aliases: []string{"Clarke"}, Mentions: []int{0}},
			{Name: "Charles Clarke", Type: schema.Person, Aliases: []string{"Clarke"}, Mentions: []int{0}},
			{Name: "Clarke", Type: schema.Person, Aliases: []string{"Mr Clarke"}, Mentions: []int{1}},
			{Name: "Leeds", Type: schema.GPE, Aliases: []string{"Clarke"}, Mentions: []int{1}},
		},
	}
	s := openBackend(t, "memstore", graph.Options{})
	if _, err := s.Load(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	_, err := s.Resolve(t.Context(), "Clarke")
	var ae *graph.AmbiguousError
	if !errors.As(err, &ae) {
		t.Fatalf("Resolve(Clarke) = %v, want an AmbiguousError", err)
	}
	var got []string
	for _, c := range ae.Candidates {
		got = append(got, c.Name)
	}
	if diff := cmp.Diff([]string{"Clarke", "Kenneth Clarke", "Charles Clarke"}, got); diff != "" {
		t.Errorf("candidates mismatch (-want +got), want the people only:\n%s", diff)
	}
	for _, name := range []string{"Mr Clarke", "<kg:e/Clarke>"} {
		if n, err := s.Resolve(t.Context(), name); err != nil || n.Name != "Clarke" {
			t.Errorf("Resolve(%q) = %v, %v; want the node Clarke", name, n.Name, err)
		}
	}
	if n, err := s.Resolve(t.Context(), "Leeds"); err != nil || n.Name != "Leeds" {
		t.Errorf("Resolve(Leeds) = %v, %v", n.Name, err)
	}
}

// TestLoadJoinConcurrent loads documents from several goroutines, as kg
// serve's POST /api/build does, with a joiner (run it with -race).
func TestLoadJoinConcurrent(t *testing.T) {
	opts := graph.Options{Join: func() (graph.Joiner, error) {
		return &fakeJoiner{join: func(doc schema.Document) (schema.Document, []schema.Merge) { return doc, nil }}, nil
	}}
	s := openBackend(t, "memstore", opts)
	errs := make(chan error, 8)
	for i := range 8 {
		go func() {
			_, err := s.Load(t.Context(), osborneDoc(fmt.Sprintf("%d.txt", i), fmt.Sprintf("Person %c", 'A'+i)))
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if got := names(t, s, `g.V().has("<kg:type>", "<kg:Document>").all()`); len(got) != 8 {
		t.Errorf("documents stored = %d, want 8", len(got))
	}
}
