package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/dep"
	"github.com/kg-project/kg/nlp/model"
	"github.com/kg-project/kg/schema"
)

// An Extractor reads facts out of tagged sentences. It holds only read-only
// tables, so one Extractor is safe for concurrent use.
type Extractor struct {
	irregular map[string]string
	weights   [nFeatures]float64
	parser    *dep.Parser
}

// New returns an Extractor with kg's embedded dependency parser, which it
// consults on the sentences the chunk rules are known to misread. It fails
// only if the embedded parser model cannot be decoded.
func New() (*Extractor, error) {
	p, err := model.Parser()
	if err != nil {
		return nil, err
	}
	return &Extractor{irregular: irregularVerbs(), weights: confidenceWeights(), parser: p}, nil
}

// Sentence returns the extractions of one tagged sentence: first the
// clauses in the order of their verbs, each followed by its low-confidence
// second reading if it has one, then the facts implied by appositions,
// titles, places and possessives. Each extraction carries the amounts its
// object states ([Quantities]). Argument offsets are byte offsets in
// s.Text. The caller owns the returned slice; extractions split from one
// coordination share the elements of their Extra slices, which should be
// treated as read-only. Sentence is pure and safe for concurrent use.
func (x *Extractor) Sentence(s nlp.Sentence) []schema.Extraction {
	if _, _, after := nlp.SpeakerLabel(s.Tokens); after > 0 {
		// "((WN)) What prompted your interest?": the speaker's label
		// of a transcript's turn is no part of its clauses.
		s.Tokens = s.Tokens[after:]
	}
	s.Tokens = dropInsertBrackets(s.Tokens)
	s.Tokens = dropScareQuotes(s.Tokens)
	if len(s.Tokens) == 0 {
		return nil
	}
	a := x.analyze(s)
	xs := a.extractions()
	xs = append(xs, a.memberFacts(xs)...)
	if bm, gone := a.bodyMembers(xs); bm != nil {
		kept := xs[:0]
		for i, x := range xs {
			if gone == nil || !gone[i] {
				kept = append(kept, x)
			}
		}
		xs = append(kept, bm...)
	}
	for i := range xs {
		xs[i].Quantities = objectQuantities(xs[i].Relation, xs[i].Object.Text)
	}
	return xs
}

// dropScareQuotes returns toks without the quotation marks around an
// adjective, with its adverbs, after a verb and before a preposition: the
// writer's marks around a speaker's word ("was "deeply disappointed" with
// Norway", "is "very critical" of Ann Lee") quote no clause, and the
// adjective goes with the copula as it does unquoted.
func dropScareQuotes(toks []nlp.Token) []nlp.Token {
	var out []nlp.Token
	last := 0
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].Tag != "``" || !strings.HasPrefix(toks[i-1].Tag, "VB") && !strings.HasPrefix(toks[i-1].Tag, "RB") {
			continue
		}
		e := i + 1
		for e < len(toks) && e <= i+3 && strings.HasPrefix(toks[e].Tag, "RB") {
			e++
		}
		if e+2 >= len(toks) || !strings.HasPrefix(toks[e].Tag, "JJ") || toks[e+1].Tag != "''" || toks[e+2].Tag != "IN" && toks[e+2].Tag != "TO" {
			continue
		}
		out = append(out, toks[last:i]...)
		out = append(out, toks[i+1:e+1]...)
		last, i = e+2, e+1
	}
	if out == nil {
		return toks
	}
	return append(out, toks[last:]...)
}

// dropInsertBrackets returns toks without the square brackets around
// words an editor put into a quote ("They beat [reigning champions]
// Norway", "I told [Tom Wu] the truth"): the words are read in the
// sentence as if written there, not as an aside that cuts the clause. A
// bracket around no word ("[...]"), a number ("[3]") or more than six
// tokens stays. toks is not changed; the result shares its elements when
// nothing is dropped.
func dropInsertBrackets(toks []nlp.Token) []nlp.Token {
	var out []nlp.Token
	last := 0
	for i := 0; i < len(toks); i++ {
		if toks[i].Text != "[" {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+7 && toks[j].Text != "]" && toks[j].Text != "[" {
			j++
		}
		if j >= len(toks) || j > i+7 || j == i+1 || toks[j].Text != "]" || !insertWords(toks[i+1:j]) {
			continue
		}
		out = append(out, toks[last:i]...)
		n := len(out)
		out = append(out, toks[i+1:j]...)
		if t := out[n].Tag; (t == "VBG" || t == "VBN") && j > i+2 && strings.HasPrefix(toks[i+2].Tag, "NN") {
			// "[reigning champions]": a participle before a noun at the
			// start of the insert modifies it.
			out[n].Tag = "JJ"
		}
		last, i = j+1, j
	}
	if out == nil {
		return toks
	}
	return append(out, toks[last:]...)
}

// insertWords reports whether toks, the inside of square brackets, are
// words that begin with a letter, the first of them included.
func insertWords(toks []nlp.Token) bool {
	for k, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) && (k == 0 || t.Text != "'s" && t.Text != "'" && t.Text != "," && t.Text != "-") {
			return false
		}
	}
	return true
}

// A span is a token range [i, j) of the sentence; i == j means empty.
type span struct{ i, j int }

func (s span) empty() bool { return s.j <= s.i }

// analysis is the working state for one sentence.
type analysis struct {
	x    *Extractor
	text string
	toks []nlp.Token
	tags []string
	low  []string
	ch   []chunk
	at   []int // token index -> chunk index
	// clauses found, and for each chunk the clause of its verb group or -1.
	cl   []clause
	byVG []int
	// inherit[k] is the clause whose subject verb group k takes
	// (infinitives of purpose, participial phrases), or -1.
	inherit []int
	// consumed[k] marks verb groups merged into another clause's relation.
	consumed []bool
	// afterGerund[k] marks an infinitive that follows a gerund after "of",
	// "for" or "with" ("accused the government of using the media to back
	// him", "charged the man with attempting to kill her"): it takes the
	// inherited clause's object as subject, as the gerund does.
	afterGerund []bool
	// according is the source named by "according to X" at the start of
	// the sentence or after a comma.
	according span
	// accordingCite is 1 + the clause of the "citing Y" phrase right after
	// "according to X", or 0.
	accordingCite int
	// hyphenAsides reports whether the sentence, written as prose (not
	// tokenised, with no space before its commas and full stop), holds
	// two or more hyphens set off by spaces: "Tom Wu - whose father led
	// Halvik - met Ann Lee" writes dashes as hyphens.
	hyphenAsides bool
	// heads and rels are the sentence's dependency tree once parse has
	// been called, nil before.
	heads []int
	rels  []string
}

func (x *Extractor) analyze(s nlp.Sentence) *analysis {
	n := len(s.Tokens)
	words := make([]string, 2*n) // tags and low in one allocation
	a := &analysis{
		x:    x,
		text: s.Text,
		toks: s.Tokens,
		tags: words[:n:n],
		low:  words[n:],
		at:   make([]int, n),
		ch:   make([]chunk, 0, n), // a chunk holds at least one token
	}
	for i, t := range s.Tokens {
		a.tags[i] = t.Tag
		a.low[i] = t.Lower()
	}
	a.hyphenAsides = hyphenAsides(s)
	a.retag()
	a.chunk()
	a.absorbParentheses()
	m := len(a.ch)
	vgs := make([]int, 2*m)
	a.byVG, a.inherit = vgs[:m:m], vgs[m:]
	flags := make([]bool, 2*m)
	a.consumed, a.afterGerund = flags[:m:m], flags[m:]
	for k := range a.byVG {
		a.byVG[k] = -1
		a.inherit[k] = -1
	}
	a.clauses()
	return a
}

// retag fixes tags that matter to the clause rules and that the tagger gets
// wrong in predictable places.
func (a *analysis) retag() {
	n := len(a.tags)
	for i := 0; i < n; i++ {
		switch {
		// "Real Madrid beat Barcelona", "Google sues Oracle": a word that
		// is a verb as often as a noun, between two names, in a sentence
		// with no other finite verb than one reporting it ("Ann Lee said
		// Norway supports Sweden").
		case (a.tags[i] == "NN" || a.tags[i] == "NNS") && i > 0 && strings.HasPrefix(a.tags[i-1], "NNP") && i+1 < n &&
			(strings.HasPrefix(a.tags[i+1], "NNP") || a.tags[i+1] == "DT" && i+2 < n && strings.HasPrefix(a.tags[i+2], "NNP")) &&
			verbNouns[a.low[i]] && !a.finiteBesideReport(i):
			a.tags[i] = "VBD"
			if strings.HasSuffix(a.low[i], "s") {
				a.tags[i] = "VBZ"
			}
		// "attacked Kharkiv overnight": a time word read as a modal or a
		// verb.
		case dayWord(a.low[i]) && (a.tags[i] == "MD" || isVerb(a.tags[i])):
			a.tags[i] = "NN"
		// A lone "'" closing a quote tagged as a possessive.
		case a.tags[i] == "POS" && a.low[i] != "'s" && a.low[i] != "'" && i+1 < n && a.tags[i+1] == "''":
			a.tags[i] = "''"
		// "the firm that Tom Wu founded sued Ann Lee": a participle with
		// an object right after the past verb that ends an object
		// relative clause is the main verb, in the past ("had founded"
		// is a perfect), an adverb between the two or not.
		case a.tags[i] == "VBN" && a.pastBefore(i) && i+1 < n &&
			(a.tags[i+1] == "DT" || a.tags[i+1] == "NNP" || a.tags[i+1] == "PRP$") && strings.HasSuffix(a.low[i], "ed"):
			a.tags[i] = "VBD"
		// "Tom Wu briefly met Ann Lee": a word in -ly read as a noun
		// between a name and a finite verb is an adverb, unless it is
		// one of the nouns so spelled ("the Tory rally began").
		case a.tags[i] == "NN" && i > 0 && a.tags[i-1] == "NNP" && i+1 < n && (a.tags[i+1] == "VBD" || a.tags[i+1] == "VBZ" || a.tags[i+1] == "VBP") &&
			strings.HasSuffix(a.low[i], "ly") && len(a.low[i]) >= 6 && !lyNouns[a.low[i]] && a.low[i] == a.toks[i].Text:
			a.tags[i] = "RB"
		// "Wikinews interviews Ann Lee, Green Party candidate for 2019 Bath
		// by-election": a noun of a role that is never a verb, read as one
		// in a headline's apposition, is the noun.
		case isVerb(a.tags[i]) && roleOnlyNouns[a.low[i]]:
			a.tags[i] = "NN"
			if strings.HasSuffix(a.low[i], "s") {
				a.tags[i] = "NNS"
			}
		// "Kurds announce deal with Assad's government": a present form
		// that is never a noun, after a plural noun, is the plural's verb.
		case a.tags[i] == "NN" && i > 0 && (a.tags[i-1] == "NNS" || a.tags[i-1] == "NNPS") && presentOnly[a.low[i]]:
			a.tags[i] = "VBP"
		// "Ann Lee heard of the crash": a past form that is never a noun,
		// after a name.
		case a.tags[i] == "NN" && i > 0 && a.tags[i-1] == "NNP" && pastOnly[a.low[i]]:
			a.tags[i] = "VBD"
		// "joined Halvik Police, an elite unit tasked with fighting crime,
		// and met Ann Lee": a past form in -ed with "with", "by", "as"
		// or "for" after it, in an indefinite apposition that commas
		// close after a main clause's verb, is a participle.
		case a.tags[i] == "VBD" && strings.HasSuffix(a.low[i], "ed") && !reportVerbs[a.low[i]] && a.indefiniteAppositionVerb(i):
			a.tags[i] = "VBN"
		// "Whitmore stated to LA Weekly": a capitalised first word read as
		// an adverb before a past verb is the subject's name.
		case i == 0 && a.tags[i] == "RB" && i+1 < n && (a.tags[i+1] == "VBD" || a.tags[i+1] == "VBN") &&
			a.low[i] != a.toks[i].Text && !strings.HasSuffix(a.low[i], "ly") && !sentenceAdverbs[a.low[i]]:
			a.tags[i], a.tags[i+1] = "NNP", "VBD"
		// "Winch told Reuters he was tired": a capitalised first word read
		// as an adjective before a verb of speech is the speaker's
		// surname; a quantifier ("Many said") stays the subject it is.
		case i == 0 && a.tags[i] == "JJ" && i+2 < n && a.tags[i+1] == "VBD" && (a.low[i+1] == "told" || reportVerbs[a.low[i+1]]) &&
			a.low[i] != a.toks[i].Text && !quantityAdjectives[a.low[i]] && !strings.HasSuffix(a.low[i], "ly"):
			a.tags[i] = "NNP"
		}
	}
}

// quantityAdjectives are the adjectives that stand alone for people as a
// subject ("Many said", "Several told reporters").
var quantityAdjectives = map[string]bool{
	"many": true, "several": true, "few": true, "most": true, "some": true, "both": true, "all": true,
	"each": true, "various": true, "numerous": true, "other": true, "such": true, "more": true, "fewer": true,
	"less": true, "half": true, "others": true, "any": true, "countless": true, "dozens": true,
}

// indefiniteAppositionVerb reports whether the past verb at i follows
// ", a(n)", adjectives and nouns ending in a common noun, after a noun and
// a finite verb before the comma, and is followed by "with", "by", "as"
// or "for" and, before any other finite verb, by a comma.
func (a *analysis) indefiniteAppositionVerb(i int) bool {
	n := len(a.tags)
	if i+1 >= n || !slices.Contains([]string{"with", "by", "as", "for"}, a.low[i+1]) || !isNoun(a.tags[i-1]) || strings.HasPrefix(a.tags[i-1], "NNP") {
		return false
	}
	k := i - 1
	for k > 0 && (isNoun(a.tags[k]) && !strings.HasPrefix(a.tags[k], "NNP") || isAdj(a.tags[k])) {
		k--
	}
	if k < 2 || a.low[k] != "a" && a.low[k] != "an" || a.low[k-1] != "," || !isNoun(a.tags[k-2]) {
		return false
	}
	finite := false
	for _, t := range a.tags[:k-1] {
		finite = finite || t == "VBD" || t == "VBZ" || t == "VBP"
	}
	if !finite {
		return false
	}
	for j := i + 2; j < n; j++ {
		switch {
		case a.low[j] == ",":
			return true
		case a.tags[j] == "VBD" || a.tags[j] == "VBZ" || a.tags[j] == "VBP" || a.tags[j] == "MD":
			return false
		}
	}
	return false
}

// lyNouns are nouns that end in -ly like an adverb.
var lyNouns = map[string]bool{
	"family": true, "assembly": true, "supply": true, "monopoly": true, "anomaly": true, "homily": true,
	"rally": true, "reply": true, "tally": true, "folly": true, "butterfly": true, "melancholy": true,
}

// roleOnlyNouns are nouns of a person's role that English never uses as
// verbs, which the tagger reads as verbs where a headline leaves out "the"
// and "is".
var roleOnlyNouns = map[string]bool{
	"candidate": true, "candidates": true, "nominee": true, "nominees": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "chairman": true, "chairwoman": true, "president": true,
	"senator": true, "mayor": true, "governor": true, "ambassador": true, "leader": true, "leaders": true,
}

// pastBefore reports whether a past verb that is no auxiliary stands right
// before token i, or before one adverb there ("founded later sued").
func (a *analysis) pastBefore(i int) bool {
	p := i - 1
	if p > 0 && strings.HasPrefix(a.tags[p], "RB") && a.low[p] != "not" && a.low[p] != "never" {
		p--
	}
	return p >= 0 && a.tags[p] == "VBD" && !auxForms[a.low[p]]
}

// auxForms are the past forms of the auxiliaries that a participle may
// follow.
var auxForms = map[string]bool{
	"had": true, "was": true, "were": true, "got": true, "did": true, "became": true, "felt": true, "seemed": true,
}

// verbNouns are verbs of news between two actors that are nouns too, and
// that the tagger reads as nouns after a name ("beat" itself is mended for
// every reader by nlp's tag corrections).
var verbNouns = map[string]bool{
	"beats": true, "attack": true, "attacks": true, "raid": true, "raids": true,
	"sue": true, "sues": true, "visit": true, "visits": true, "hit": true, "hits": true,
	"strike": true, "strikes": true, "shell": true, "shells": true, "back": true, "backs": true,
	"defeat": true, "defeats": true, "sack": true, "sacks": true, "buy": true, "buys": true,
	"sign": true, "signs": true, "host": true, "hosts": true, "face": true, "faces": true,
	"thank": true, "thanks": true, "warn": true, "warns": true, "urge": true, "urges": true,
	"slam": true, "slams": true, "blast": true, "blasts": true, "fire": true, "fires": true,
	"support": true, "supports": true,
}

// finiteBesideReport reports whether the sentence has a finite verb other
// than a verb of saying right before the names that end before token i
// ("said Norway supports Sweden": "said" reports the clause).
func (a *analysis) finiteBesideReport(i int) bool {
	j := i
	for j > 0 && strings.HasPrefix(a.tags[j-1], "NNP") {
		j--
	}
	if j > 0 && a.low[j-1] == "that" {
		j--
	}
	for k, t := range a.tags {
		if (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") && !(k == j-1 && reportVerbs[a.low[k]]) {
			return true
		}
	}
	return false
}

// reportVerbs report a clause after them.
var reportVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "announced": true, "added": true, "stated": true, "claimed": true,
}

// pastOnly are past forms that are never nouns.
var pastOnly = map[string]bool{
	"heard": true, "told": true, "said": true, "wrote": true, "spoke": true, "knew": true, "went": true,
	"came": true, "took": true, "gave": true, "began": true, "became": true, "brought": true, "thought": true,
}

// presentOnly are present forms of verbs of news between actors that are
// never nouns.
var presentOnly = map[string]bool{
	"announce": true, "accuse": true, "criticise": true, "criticize": true, "condemn": true, "reject": true,
	"deny": true, "sue": true, "invade": true, "agree": true, "warn": true, "seize": true, "expel": true,
	"urge": true, "threaten": true, "oppose": true, "endorse": true, "approve": true, "elect": true,
}

// sentenceAdverbs are adverbs that begin a sentence before a past verb
// ("Then came the rain", "Also arrested was ...").
var sentenceAdverbs = map[string]bool{
	"then": true, "now": true, "also": true, "still": true, "so": true, "thus": true, "here": true,
	"there": true, "later": true, "soon": true, "again": true, "once": true, "never": true, "always": true,
	"often": true, "yet": true, "just": true, "even": true, "hence": true, "therefore": true, "instead": true,
	"meanwhile": true, "already": true, "not": true, "only": true, "too": true, "however": true, "well": true,
}

// spanText returns the words of the tokens of s as written.
func (a *analysis) spanText(s span) string {
	if s.empty() {
		return ""
	}
	return a.text[a.toks[s.i].Start:a.toks[s.j-1].End]
}

func (a *analysis) arg(s span, role string) schema.Argument {
	if s.empty() {
		return schema.Argument{Role: role}
	}
	return schema.Argument{
		Text:  a.spanText(s),
		Start: a.toks[s.i].Start,
		End:   a.toks[s.j-1].End,
		Role:  role,
	}
}
