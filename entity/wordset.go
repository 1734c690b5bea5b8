package entity

// A wordSet is a set of words that rules test at every token: a map, and
// a filter that tells most words outside it by their length and first
// byte alone, without hashing them (most tokens are in none of the small
// sets that such rules test).
type wordSet struct {
	m map[string]bool
	// lens has bit n set for a word of n bytes (bit 63 for 63 or more);
	// first has bit b set for a word whose first byte is b.
	lens  uint64
	first [4]uint64
}

// newWordSet returns the set of the words that m maps to true.
func newWordSet(m map[string]bool) wordSet {
	s := wordSet{m: m}
	for w := range m {
		s.lens |= 1 << min(len(w), 63)
		if w != "" {
			s.first[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	return s
}

// has reports m[w].
func (s *wordSet) has(w string) bool {
	if s.lens&(1<<min(len(w), 63)) == 0 {
		return false
	}
	if w != "" && s.first[w[0]>>6]&(1<<(w[0]&63)) == 0 {
		return false
	}
	return s.m[w]
}

// A wordMap is a map from words that rules look up at every token, with
// the filter of a [wordSet].
type wordMap[V any] struct {
	m     map[string]V
	lens  uint64
	first [4]uint64
}

// newWordMap returns the map m with its filter.
func newWordMap[V any](m map[string]V) wordMap[V] {
	s := wordMap[V]{m: m}
	for w := range m {
		s.lens |= 1 << min(len(w), 63)
		if w != "" {
			s.first[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	return s
}

// get returns m[w] and whether m holds w.
func (s *wordMap[V]) get(w string) (V, bool) {
	if s.lens&(1<<min(len(w), 63)) == 0 || w != "" && s.first[w[0]>>6]&(1<<(w[0]&63)) == 0 {
		var zero V
		return zero, false
	}
	v, ok := s.m[w]
	return v, ok
}

// at returns m[w].
func (s *wordMap[V]) at(w string) V {
	v, _ := s.get(w)
	return v
}
