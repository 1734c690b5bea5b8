package dep

import "github.com/kg-project/kg/nlp/perceptron"

// The features of a word in a role ([roleFeatures]) read only the word's
// form and tag, so their weights are the same in every sentence. A
// roleLexicon keeps them summed, for each role, for the (form, tag) pairs
// met so far, keyed by the pair's hashes, which are all the features read
// of the word: a sentence's words then cost a look-up each instead of up
// to 33 look-ups in the move classifier's table. The sums are integers in
// steps of the classifier's weights, as [perceptron.Model.SumAll] gives
// them, so the moves score exactly as by the features one by one. It
// also keeps the hashes that the word's features as S0 with N0 start with
// (s0Prefixes), which saves half of their hashing.
type roleLexicon = perceptron.Cache[[2]uint64, roleEntry]

// A roleEntry holds the sums of the weights of a word's features in each
// role (sums[r] for role r) and its s0Prefixes.
type roleEntry struct {
	sums [numRoles][numMoves]int32
	pre  s0Prefixes
}

// roleLexiconBits sets the number of (form, tag) pairs a roleLexicon can
// hold: 16,384 (at most 4.4 MB).
const roleLexiconBits = 14

func newRoleLexicon() *roleLexicon {
	return perceptron.NewCache[[2]uint64, roleEntry](roleLexiconBits)
}

// newLabelRows returns a cache for [Parser.labelRow]: 16,384 rows at
// most (2.8 MB with kg's labeller of 52 classes).
func newLabelRows() *perceptron.Cache[[4]uint64, []uint64] {
	return perceptron.NewCache[[4]uint64, []uint64](14)
}
