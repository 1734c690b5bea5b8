package dep

// The transitions of the arc-eager system (Nivre 2003).
const (
	shift = iota
	reduce
	left  // s0 <- b: s0 becomes b's dependent and is popped
	right // s0 -> b: b becomes s0's dependent and is pushed
	numMoves
)

// none marks a missing head or child.
const none = -1

// A state is a parser configuration over n words (1..n) and the root (0).
type state struct {
	n     int
	stack []int
	b     int // front of the buffer; n+1 when empty
	head  []int
	// leftmost and second leftmost, rightmost and second rightmost
	// children; counts of left and right children.
	l1, l2, r1, r2 []int
	nl, nr         []int
}

func newState(n int) *state {
	s := &state{n: n, b: 1}
	s.reset(n)
	return s
}

func (s *state) reset(n int) {
	s.n, s.b = n, 1
	s.stack = append(s.stack[:0], 0)
	grow := func(p *[]int) {
		if cap(*p) < n+1 {
			*p = make([]int, n+1)
		}
		*p = (*p)[:n+1]
		for i := range *p {
			(*p)[i] = none
		}
	}
	grow(&s.head)
	grow(&s.l1)
	grow(&s.l2)
	grow(&s.r1)
	grow(&s.r2)
	grow(&s.nl)
	grow(&s.nr)
	for i := range s.nl {
		s.nl[i], s.nr[i] = 0, 0
	}
}

// copyFrom makes s a copy of o, reusing s's slices.
func (s *state) copyFrom(o *state) {
	s.n, s.b = o.n, o.b
	s.stack = append(s.stack[:0], o.stack...)
	s.head = append(s.head[:0], o.head...)
	s.l1, s.l2 = append(s.l1[:0], o.l1...), append(s.l2[:0], o.l2...)
	s.r1, s.r2 = append(s.r1[:0], o.r1...), append(s.r2[:0], o.r2...)
	s.nl, s.nr = append(s.nl[:0], o.nl...), append(s.nr[:0], o.nr...)
}

func (s *state) terminal() bool { return s.b > s.n }

func (s *state) s0() int { return s.stack[len(s.stack)-1] }

// valid reports whether move m may be applied. The root takes at most one
// dependent.
func (s *state) valid(m int) bool {
	ok := s.validMoves()
	return m >= 0 && m < numMoves && ok[m]
}

// validMoves reports for each move whether it may be applied ([state.valid]).
func (s *state) validMoves() [numMoves]bool {
	s0 := s.s0()
	buffer := s.b <= s.n
	headed := s0 != 0 && s.head[s0] != none
	return [numMoves]bool{
		shift:  buffer,
		reduce: headed,
		left:   buffer && s0 != 0 && !headed,
		right:  buffer && (s0 != 0 || s.nr[0] == 0),
	}
}

// best returns the valid move with the highest score in sums (the first
// on a tie), as [perceptron.Best] with valid picks it.
func (s *state) best(sums [numMoves]int32) int {
	ok := s.validMoves()
	best := -1
	for m, x := range sums {
		if ok[m] && (best < 0 || x > sums[best]) {
			best = m
		}
	}
	return best
}

func (s *state) apply(m int) {
	switch m {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case reduce:
		s.stack = s.stack[:len(s.stack)-1]
	case left:
		d := s.s0()
		s.attach(s.b, d)
		s.stack = s.stack[:len(s.stack)-1]
	case right:
		s.attach(s.s0(), s.b)
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

func (s *state) attach(h, d int) {
	s.head[d] = h
	if d < h {
		s.nl[h]++
		switch {
		case s.l1[h] == none || d < s.l1[h]:
			s.l2[h], s.l1[h] = s.l1[h], d
		case s.l2[h] == none || d < s.l2[h]:
			s.l2[h] = d
		}
	} else {
		s.nr[h]++
		switch {
		case s.r1[h] == none || d > s.r1[h]:
			s.r2[h], s.r1[h] = s.r1[h], d
		case s.r2[h] == none || d > s.r2[h]:
			s.r2[h] = d
		}
	}
}

// finish gives every word left without a head one: the first becomes the
// root's dependent if the root has none, the others depend on the root's
// dependent.
func (s *state) finish() {
	top := s.r1[0]
	for i := 1; i <= s.n; i++ {
		if s.head[i] != none {
			continue
		}
		if top == none {
			s.attach(0, i)
			top = i
			continue
		}
		s.attach(top, i)
	}
}

// cost returns the number of gold arcs that move m makes unreachable (the
// dynamic oracle of Goldberg and Nivre 2012). gold must be projective.
func (s *state) cost(m int, gold []int) int {
	s0, b := s.s0(), s.b
	c := 0
	switch m {
	case left:
		if g := gold[s0]; g > b {
			c++
		}
		// s0's children in the buffer, b included: b becomes s0's head.
		for k := b; k <= s.n; k++ {
			if gold[k] == s0 {
				c++
			}
		}
	case right:
		if g := gold[b]; g != s0 && (g > b || s.onStack(g)) {
			c++
		}
		for _, k := range s.stack {
			if k != 0 && gold[k] == b && s.head[k] == none {
				c++
			}
		}
	case reduce:
		for k := b; k <= s.n; k++ {
			if gold[k] == s0 {
				c++
			}
		}
	case shift:
		if s.onStack(gold[b]) {
			c++
		}
		for _, k := range s.stack {
			if k != 0 && gold[k] == b && s.head[k] == none {
				c++
			}
		}
	}
	return c
}

func (s *state) onStack(k int) bool {
	for _, x := range s.stack {
		if x == k {
			return true
		}
	}
	return false
}
