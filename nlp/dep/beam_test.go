package dep

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestBeam checks that a parser trained with a beam too learns its
// training trees with the beam, parses greedily by default, gives trees
// at any width, and writes and reads its beam classifier apart.
func TestBeam(t *testing.T) {
	p := Train(tinySents, Options{Epochs: 5, Explore: 0.9, Seed: 1, Beam: 4})
	if p.Beam() != 1 || p.BeamMeta().Width != 4 {
		t.Errorf("Beam() = %d, BeamMeta().Width = %d, want 1 (greedy by default) and 4 (trained)", p.Beam(), p.BeamMeta().Width)
	}
	words := strings.Fields("The troops were sent by Russia")
	heads, rels := p.WithBeam(4).Parse(words, strings.Fields("DT NNS VBD VBN IN NNP"))
	if want := []int{2, 4, 4, 0, 6, 4}; !equal(heads, want) {
		t.Errorf("Parse(%q) = %v after training on it, want %v", words, heads, want)
	}
	checkTree(t, words, heads, rels)
	for _, k := range []int{0, 1, 2, 16} {
		checkParses(t, p.WithBeam(k))
	}
	var a, b strings.Builder
	if _, err := p.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := p.WriteBeamTo(&b); err != nil {
		t.Fatal(err)
	}
	q, err := Read(strings.NewReader(a.String()))
	if err != nil {
		t.Fatal(err)
	}
	if q.wide != nil {
		t.Errorf("Read loaded a beam classifier, want it apart")
	}
	if q, err = q.ReadBeam(strings.NewReader(b.String())); err != nil {
		t.Fatal(err)
	}
	if q.BeamMeta().Width != 4 || q.wide == nil {
		t.Errorf("read back, BeamMeta().Width = %d, beam classifier %v, want 4 and one", q.BeamMeta().Width, q.wide != nil)
	}
	var c strings.Builder
	if _, err := q.WriteBeamTo(&c); err != nil {
		t.Fatal(err)
	}
	if b.String() != c.String() {
		t.Errorf("WriteBeamTo(ReadBeam(WriteBeamTo(p))) differs from WriteBeamTo(p)")
	}
	if _, err := q.ReadBeam(strings.NewReader(a.String())); err == nil {
		t.Errorf("ReadBeam(a parser file) succeeded, want ErrFormat")
	}
	if _, err := tiny(t).WriteBeamTo(&c); err == nil {
		t.Errorf("WriteBeamTo of a parser without a beam succeeded")
	}
}

// TestScoreAll checks that scoring several states at once, as the beam
// does, gives each state's scores as its features give them, with the
// tag tables and without (an unknown tag, or none).
func TestScoreAll(t *testing.T) {
	p := tiny(t)
	words := strings.Fields("The troops were sent by Russia to Kim")
	for _, c := range []struct {
		name, tags string
		tt         *tagTables
		lex        *roleLexicon
		fast       bool
	}{
		{"tables", "DT NNS VBD VBN IN NNP IN NNP", p.tags, newRoleLexicon(), true},
		{"unknown tag", "DT NNS VBD VBN IN NNP IN ZZ", p.tags, newRoleLexicon(), false},
		{"no tables", "DT NNS VBD VBN IN NNP IN NNP", nil, nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := newSentence(words, strings.Fields(c.tags))
			sc := new(scorer).reset(p.moves, c.tt, c.lex, s)
			if sc.fast != c.fast {
				t.Fatalf("reset: fast = %v, want %v", sc.fast, c.fast)
			}
			checkScoreAll(t, p, sc, s)
		})
	}
}

func checkScoreAll(t *testing.T, p *Parser, sc *scorer, s *sentence) {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, 8))
	n := len(s.w) - 1
	var sts []*state
	for range 30 {
		st := newState(n)
		for steps := rng.IntN(2 * n); steps > 0 && !st.terminal(); steps-- {
			var valid []int
			for m := range numMoves {
				if st.valid(m) {
					valid = append(valid, m)
				}
			}
			st.apply(valid[rng.IntN(len(valid))])
		}
		sts = append(sts, st)
	}
	got := make([]float32, len(sts)*numMoves)
	sc.scoreAll(sts, got)
	want := make([]float32, numMoves)
	for j, st := range sts {
		p.moves.Score(features(nil, st, s), want)
		if !slices.Equal(got[j*numMoves:(j+1)*numMoves], want) {
			t.Errorf("state %d: scoreAll gives %v, features score %v", j, got[j*numMoves:(j+1)*numMoves], want)
		}
	}
}
