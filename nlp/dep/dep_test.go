package dep

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/kg-project/kg/nlp/perceptron"
)

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name        string
		heads, want []int
		why         string
	}{
		{"projective", []int{none, 2, 0, 2}, []int{none, 2, 0, 2}, "a projective tree is kept"},
		// "A hearing is scheduled on the issue today": hearing -> issue
		// crosses is -> scheduled.
		{"crossing", []int{none, 2, 4, 4, 0, 7, 7, 2, 4}, []int{none, 2, 4, 4, 0, 7, 7, 4, 4}, "issue is lifted to hearing's head, scheduled"},
		{"twice", []int{none, 3, 4, 0, 3, 3, 2}, []int{none, 3, 3, 0, 3, 3, 3}, "the shorter crossing arc is lifted first, then the other still crosses"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := projectivize(tt.heads)
			if !equal(got, tt.want) {
				t.Errorf("projectivize(%v) = %v, want %v (%s)", tt.heads, got, tt.want, tt.why)
			}
			for d := 1; d < len(got); d++ {
				if !projectiveArc(got, d) {
					t.Errorf("projectivize(%v) = %v: arc to %d still crosses", tt.heads, got, d)
				}
			}
		})
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestOracle checks the dynamic oracle: from the initial state, always
// taking a zero-cost move rebuilds every projective gold tree exactly, and
// after any wrong move some move still costs nothing more than the arcs
// already lost. oracleMove's sequence rebuilds the tree too.
func TestOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 2000 {
		n := 1 + rng.IntN(12)
		gold := randomProjective(rng, n)
		st := newState(n)
		for !st.terminal() {
			found := false
			for m := range numMoves {
				if st.valid(m) && st.cost(m, gold) == 0 {
					st.apply(m)
					found = true
					break
				}
			}
			if !found {
				t.Fatalf("trial %d: gold %v: no zero-cost move in state %+v", trial, gold, st)
			}
		}
		st.finish()
		if !equal(st.head[1:], gold[1:]) {
			t.Fatalf("trial %d: oracle built %v, want %v", trial, st.head[1:], gold[1:])
		}
		// The static oracle that beam training follows does too.
		st.reset(n)
		for !st.terminal() {
			st.apply(oracleMove(st, gold))
		}
		st.finish()
		if !equal(st.head[1:], gold[1:]) {
			t.Fatalf("trial %d: static oracle built %v, want %v", trial, st.head[1:], gold[1:])
		}
	}
}

// randomProjective returns a random projective tree over n words with one
// word on the root (index 0 unused).
func randomProjective(rng *rand.Rand, n int) []int {
	h := make([]int, n+1)
	h[0] = none
	var build func(lo, hi, head int)
	// build attaches words lo..hi to head through a random root among them.
	build = func(lo, hi, head int) {
		if lo > hi {
			return
		}
		r := lo + rng.IntN(hi-lo+1)
		h[r] = head
		build(lo, r-1, r)
		build(r+1, hi, r)
	}
	build(1, n, 0)
	return h
}

// checkTree fails t unless heads is a tree over its words with one word on
// the root.
func checkTree(t *testing.T, words []string, heads []int, rels []string) {
	t.Helper()
	if len(heads) != len(words) || len(rels) != len(words) {
		t.Fatalf("Parse(%q): %d heads, %d relations for %d words", words, len(heads), len(rels), len(words))
	}
	roots := 0
	for i, h := range heads {
		if h < 0 || h > len(words) || h == i+1 {
			t.Fatalf("Parse(%q): word %d has head %d", words, i+1, h)
		}
		if h == 0 {
			roots++
			if rels[i] != "root" {
				t.Errorf("Parse(%q): root word %d labelled %q", words, i+1, rels[i])
			}
		} else if rels[i] == "root" || rels[i] == "" {
			t.Errorf("Parse(%q): word %d with head %d labelled %q", words, i+1, h, rels[i])
		}
		// Walking up from any word reaches the root within n steps.
		a := i + 1
		for steps := 0; a != 0; steps++ {
			if steps > len(words) {
				t.Fatalf("Parse(%q): cycle through word %d: %v", words, i+1, heads)
			}
			a = heads[a-1]
		}
	}
	if len(words) > 0 && roots != 1 {
		t.Errorf("Parse(%q): %d words on the root, want 1: %v", words, roots, heads)
	}
}

// tiny is a parser trained on a handful of sentences, enough to check the
// mechanics without the shipped model.
func tiny(t testing.TB) *Parser {
	return Train(tinySents, Options{Epochs: 5, Explore: 0.9, Seed: 1})
}

var tinySents = []Sentence{
	{strings.Fields("Kim visited Moscow ."), []string{"NNP", "VBD", "NNP", "."}, []int{2, 0, 2, 2}, []string{"nsubj", "root", "obj", "punct"}},
	{strings.Fields("The troops were sent by Russia"), []string{"DT", "NNS", "VBD", "VBN", "IN", "NNP"}, []int{2, 4, 4, 0, 6, 4}, []string{"det", "nsubj:pass", "aux:pass", "root", "case", "obl:agent"}},
}

func TestParseTree(t *testing.T) {
	checkParses(t, tiny(t))
}

// checkParses checks that p gives a tree for odd inputs.
func checkParses(t *testing.T, p *Parser) {
	t.Helper()
	for _, s := range []string{"", "x", "Russia sent troops", "a b c d e f g h i j k l m n o p", ". . . ,"} {
		words := strings.Fields(s)
		tags := make([]string, len(words))
		for i := range tags {
			tags[i] = "NN"
		}
		heads, rels := p.Parse(words, tags)
		checkTree(t, words, heads, rels)
	}
}

func FuzzParse(f *testing.F) {
	p := tiny(f)
	pb := Train(tinySents, Options{Epochs: 5, Explore: 0.9, Seed: 1, Beam: 4}).WithBeam(4)
	f.Add("Kim visited Moscow .", "NNP VBD NNP .")
	f.Add("The troops were sent by Russia", "DT NNS VBD VBN IN NNP")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, text, tagText string) {
		words := strings.Fields(text)
		if len(words) > 300 {
			words = words[:300]
		}
		tt := strings.Fields(tagText)
		tags := make([]string, len(words))
		for i := range tags {
			tags[i] = "NN"
			if i < len(tt) {
				tags[i] = tt[i]
			}
		}
		heads, rels := p.Parse(words, tags)
		checkTree(t, words, heads, rels)
		heads, rels = pb.Parse(words, tags)
		checkTree(t, words, heads, rels)
	})
}

func TestWriteRead(t *testing.T) {
	p := tiny(t)
	var a, b strings.Builder
	if _, err := p.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	q, err := Read(strings.NewReader(a.String()))
	if err != nil {
		t.Fatalf("Read(WriteTo(p)): %v", err)
	}
	if _, err := q.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("WriteTo(Read(WriteTo(p))) differs from WriteTo(p)")
	}
	if _, err := Read(strings.NewReader("kg-tagger\nxxxx")); err == nil {
		t.Errorf("Read(a tagger header) succeeded, want ErrFormat")
	}
	if _, err := Read(strings.NewReader(a.String()[:len(a.String())/2])); err == nil {
		t.Errorf("Read(half a model) succeeded")
	}
}

// TestScorer checks that the scorer, which sums the features of each word
// in a role once per sentence, gives the scores of all the state's
// features, in states reached by random moves.
func TestScorer(t *testing.T) {
	p := tiny(t)
	rng := rand.New(rand.NewPCG(3, 4))
	words := strings.Fields("The troops were sent by Russia to Kim")
	tags := strings.Fields("DT NNS VBD VBN IN NNP IN NNP")
	s := newSentence(words, tags)
	want := make([]float32, numMoves)
	got := make([]float32, numMoves)
	for range 50 {
		st := newState(len(words))
		sc := new(scorer).reset(p.moves, p.tags, p.lex, s)
		for !st.terminal() {
			p.moves.Score(features(nil, st, s), want)
			sc.score(st, got)
			if !slices.Equal(got, want) {
				t.Fatalf("state %+v: scorer gives %v, features score %v", st, got, want)
			}
			for m, x := range sc.stepSums(st) {
				if float32(x)*p.moves.Step() != want[m] {
					t.Fatalf("state %+v: stepSums gives %d steps for move %d, features score %v", st, x, m, want)
				}
			}
			var valid []int
			for m := range numMoves {
				if st.valid(m) {
					valid = append(valid, m)
				}
			}
			st.apply(valid[rng.IntN(len(valid))])
		}
	}
}

// TestOracleLeftLosesChild checks the cost of a left arc that makes s0's
// gold child its head, in a state reached by a wrong move.
func TestOracleLeftLosesChild(t *testing.T) {
	gold := []int{none, 0, 1} // root -> 1 -> 2
	st := newState(2)
	st.apply(shift) // loses root -> 1: s0 = 1 can no longer get its head
	if c := st.cost(left, gold); c != 1 {
		t.Errorf("cost of 2 -> 1 when 1 -> 2 is gold = %d, want 1", c)
	}
	if c := st.cost(right, gold); c != 0 {
		t.Errorf("cost of 1 -> 2 = %d, want 0", c)
	}
}

// TestParseConcurrent parses from several goroutines at once, as the
// doc comment allows: each call has its own buffers (go test -race).
func TestParseConcurrent(t *testing.T) {
	t.Run("greedy", func(t *testing.T) { parseConcurrent(t, tiny(t)) })
	t.Run("beam", func(t *testing.T) {
		parseConcurrent(t, Train(tinySents, Options{Epochs: 5, Explore: 0.9, Seed: 1, Beam: 4}).WithBeam(4))
	})
}

func parseConcurrent(t *testing.T, p *Parser) {
	sents := []string{"Kim visited Moscow .", "The troops were sent by Russia", "a b c d e f g h", "x"}
	want := make([][]int, len(sents))
	for i, s := range sents {
		w := strings.Fields(s)
		want[i], _ = p.Parse(w, make([]string, len(w)))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 200 {
				i := (g + k) % len(sents)
				w := strings.Fields(sents[i])
				if got, _ := p.Parse(w, make([]string, len(w))); !equal(got, want[i]) {
					t.Errorf("Parse(%q) = %v in a goroutine, %v alone", sents[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// The labelTagFeatures and labelWordFeatures of a word are its
// labelFeatures (in another order), so that Parse labels as training
// learned, in random trees.
func TestLabelFeatureParts(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	words := strings.Fields("The troops were sent by Russia to Kim and the rest stayed at home")
	tags := strings.Fields("DT NNS VBD VBN IN NNP IN NNP CC DT NN VBD IN NN")
	s := newSentence(words, tags)
	for range 200 {
		heads := []int{none}
		for d := 1; d <= len(words); d++ {
			heads = append(heads, rng.IntN(d)) // a tree: each head comes earlier
		}
		kids := children(heads)
		for d := 1; d <= len(words); d++ {
			want := map[uint64]int{}
			for _, f := range labelFeatures(nil, s, heads, kids, d) {
				want[f]++
			}
			dir, dd := arc(d, heads[d])
			got := map[uint64]int{}
			for _, f := range labelTagFeatures(nil, s.p[heads[d]], s.p[d], dir, dd) {
				got[f]++
			}
			for _, f := range labelWordFeatures(nil, s, heads, kids, d) {
				got[f]++
			}
			if !maps.Equal(got, want) {
				t.Fatalf("heads %v, word %d: tag and word features differ from labelFeatures", heads, d)
			}
		}
	}
}

// state.best picks the move perceptron.Best picks among the valid ones,
// ties included, in states reached by random moves.
func TestStateBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for range 500 {
		st := newState(1 + rng.IntN(6))
		for !st.terminal() {
			var sums [numMoves]int32
			scores := make([]float32, numMoves)
			for m := range sums {
				sums[m] = int32(rng.IntN(3)) - 1
				scores[m] = float32(sums[m]) / 512
			}
			got, want := st.best(sums), perceptron.Best(scores, st.valid)
			if got != want {
				t.Fatalf("sums %v: best %d, want %d", sums, got, want)
			}
			st.apply(got)
		}
	}
}

// TestMembers checks that a parser averaging several members gives trees,
// records them, and that one member is the parser without members.
func TestMembers(t *testing.T) {
	p := Train(tinySents, Options{Epochs: 5, Explore: 0.9, Seed: 1, Members: 3})
	checkParses(t, p)
	if got := p.Meta().Members; got != 3 {
		t.Errorf("Meta().Members = %d, want 3", got)
	}
	var one, plain strings.Builder
	Train(tinySents, Options{Epochs: 5, Explore: 0.9, Seed: 1, Members: 1}).WriteTo(&one)
	tiny(t).WriteTo(&plain)
	if one.String() != plain.String() {
		t.Errorf("a parser of one member differs from one trained without Members")
	}
	for _, s := range tinySents {
		heads, _ := p.Parse(s.Words, s.Tags)
		if !slices.Equal(heads, s.Heads) {
			t.Errorf("Parse(%q) heads = %v, want the training tree %v", s.Words, heads, s.Heads)
		}
	}
}
