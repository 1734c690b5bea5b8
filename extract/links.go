package extract

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Links reads off the dependency parse of s the facts between the token
// spans of spans, the actors a caller found in the sentence: for each
// ordered pair of spans whose heads fill two slots of one verb, one
// extraction whose Subject and Object cover the two spans exactly (byte
// offsets in s.Text). The paths read are
//
//	A nsubj V obl B (case P)        "Lee met with Wu": A V_P B
//	A nsubj V iobj B                "Lee told the AP that ...": A V B
//	B nsubj:pass V obl:agent A      "Wu was arrested by police": A V B
//
// for P one of [linkPreps], where a verb's subject is also that of a verb
// joined to it by conj and "and" without one of its own ("met Tom Wu and
// spoke with Ann Lee"), an actor joined to another by conj in a list fills
// its slot too, and a noun
// fills the subject slot of the relative clause or participle that
// modifies it ("the troops that attacked Oslo", "troops attacking Oslo";
// "Wu, backed by Norway", its passive subject). The relation is written
// as the verb's auxiliaries, negation, the verb, its particle and the
// preposition ("did not meet with"); Lemma joins base form, particle and
// preposition with "_" as the chunk rules do, and Negated is set by "not",
// "n't" or "never". Links leaves it to the caller to drop what a modal
// makes an intention ("would attack") and questions or conditions.
//
// The direct object (A nsubj V obj B) is not read: where the chunk rules
// leave two actors unlinked, the parse's objects were mostly misreadings
// (6 of 13 right on Wikinews, GUM and EWT text: a clause's subject after
// "announced", a title, a noun tagged as a verb).
//
// It parses the whole sentence once, which costs about as much as the
// rest of its extraction: call it only for sentences that need it. The
// caller owns the returned slice. Links is safe for concurrent use.
func (x *Extractor) Links(s nlp.Sentence, spans [][2]int) []schema.Extraction {
	if len(s.Tokens) == 0 || len(spans) < 2 {
		return nil
	}
	a := x.tree(s)
	heads := make([]int, len(spans))
	slots := make([][]slot, len(spans))
	for k, sp := range spans {
		heads[k] = a.spanHead(sp)
	}
	for k := range spans {
		if heads[k] >= 0 {
			slots[k] = a.slots(heads[k], heads)
		}
	}
	var out []schema.Extraction
	for i := range spans {
		for j := range spans {
			if i == j || heads[i] < 0 || heads[j] < 0 || heads[i] == heads[j] {
				continue
			}
			if x, ok := a.link(s, spans[i], spans[j], slots[i], slots[j]); ok {
				out = append(out, x)
			} else if x, ok := a.roleLink(s, spans[i], spans[j], heads[i], heads[j], heads); ok {
				out = append(out, x)
			}
		}
	}
	return out
}

// tree returns the analysis of s with its tags retagged as the chunk
// rules see them and the whole sentence parsed; it builds no chunks.
func (x *Extractor) tree(s nlp.Sentence) *analysis {
	n := len(s.Tokens)
	words := make([]string, 2*n)
	a := &analysis{x: x, text: s.Text, toks: s.Tokens, tags: words[:n:n], low: words[n:]}
	for i, t := range s.Tokens {
		a.tags[i] = t.Tag
		a.low[i] = t.Lower()
	}
	a.retag()
	a.parse(n)
	return a
}

// spanHead returns the token of span sp whose head lies outside it (the
// last one when the parse gives several), or -1.
func (a *analysis) spanHead(sp [2]int) int {
	h := -1
	if sp[1] < len(a.toks) && a.tags[sp[1]] == "POS" {
		return -1 // "Trump's Tulsa rally": the possessor is no party
	}
	for i := max(sp[0], 0); i < min(sp[1], len(a.heads)); i++ {
		if a.heads[i] < sp[0] || a.heads[i] >= sp[1] {
			h = i
		}
	}
	return h
}

// A slot is a place a noun fills in the clause of verb v.
type slot struct {
	v    int
	role string // "subj", "pass" (passive subject), "agent", "obl", "iobj"
	prep string // the preposition of an obl slot
}

// slots returns the slots of verbs that noun n fills; actors holds the
// heads of the sentence's actor spans.
func (a *analysis) slots(n int, actors []int) []slot {
	heads, rels := a.heads, a.rels
	// "Norway and Sweden attacked": a conjunct fills its first conjunct's
	// slot, in a list of actors ("a ticket of Tom Wu and Ann Lee" lists
	// no ticket's parties).
	for k := 0; rels[n] == "conj" && heads[n] >= 0 && !isVerb(a.tags[heads[n]]) && k < len(heads); k++ {
		if !a.coordinated(heads[n]) || !slices.Contains(actors, heads[n]) {
			return nil // "buffalo herd in Wyoming, United States": no list
		}
		n = heads[n]
	}
	var out []slot
	cased := a.dependent(n, "case") >= 0 // "According to the police, Tom Wu was arrested": no subject
	if v := heads[n]; v >= 0 && isVerb(a.tags[v]) {
		switch r := rels[n]; {
		case cased && (r == "nsubj" || r == "nsubj:pass" || r == "iobj"):
		case r == "nsubj":
			out = append(out, slot{v: v, role: "subj"})
		case r == "nsubj:pass":
			out = append(out, slot{v: v, role: "pass"})
		case r == "iobj":
			out = append(out, slot{v: v, role: "iobj"})
		case r == "obl:agent":
			out = append(out, slot{v: v, role: "agent"})
		case r == "obl":
			if p := a.prep(n); p == "by" && a.dependent(v, "aux:pass") >= 0 {
				out = append(out, slot{v: v, role: "agent"}) // the parser's obl for obl:agent
			} else if p != "" {
				out = append(out, slot{v: v, role: "obl", prep: p})
			}
		}
	}
	for d, h := range heads {
		if h != n || !isVerb(a.tags[d]) {
			continue
		}
		switch {
		case cased && rels[d] != "acl:relcl":
			// "a message on Twitter blaming Iran": the participle
			// rarely belongs to the noun of a prepositional phrase.
		case rels[d] == "acl:relcl":
			// "the troops that attacked Oslo", "Wu, who was arrested by
			// police"; across a comma "which" is often another noun's
			// ("Yingluck Shinawatra in 2014, which placed Prayuth").
			if r := a.dependent(d, "nsubj", "nsubj:pass"); r >= 0 && relativePronoun(a.low[r]) && (a.low[r] != "which" || !a.commaBetween(n, r)) {
				role := "subj"
				if rels[r] == "nsubj:pass" {
					role = "pass"
				}
				out = append(out, slot{v: d, role: role})
			}
		case rels[d] == "acl" && a.tags[d] == "VBG":
			out = append(out, slot{v: d, role: "subj"}) // "troops attacking Oslo"
		case rels[d] == "acl" && a.tags[d] == "VBN":
			out = append(out, slot{v: d, role: "pass"}) // "Wu, backed by Norway"
		}
	}
	// "attacked Oslo and shelled Bergen": the subject of a verb is that of
	// the verbs joined to it that have none of their own.
	for _, sl := range out {
		if sl.role != "subj" && sl.role != "pass" {
			continue
		}
		for d, h := range heads {
			if h == sl.v && rels[d] == "conj" && isVerb(a.tags[d]) && a.dependent(d, "cc") >= 0 && a.dependent(d, "nsubj", "nsubj:pass", "expl") < 0 {
				role := "subj"
				if a.dependent(d, "aux:pass") >= 0 || a.tags[d] == "VBN" && sl.role == "pass" {
					role = "pass"
				}
				out = append(out, slot{v: d, role: role})
			}
		}
	}
	return out
}

// coordinated reports whether noun n heads a list: one of its conjuncts
// has a coordinating conjunction ("Norway, Sweden and Denmark").
func (a *analysis) coordinated(n int) bool {
	for d, h := range a.heads {
		if h == n && a.rels[d] == "conj" && a.dependent(d, "cc") >= 0 {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma lies between tokens i and j.
func (a *analysis) commaBetween(i, j int) bool {
	return slices.Contains(a.tags[min(i, j):max(i, j)], ",")
}

// prep returns the preposition of the obl noun n ("with", "out of",
// "according to"), or "".
func (a *analysis) prep(n int) string {
	var w []string
	for d, h := range a.heads {
		if h == n && a.rels[d] == "case" && d < n {
			if d > 0 && a.low[d-1] == "according" {
				w = append(w, "according")
			}
			w = append(w, a.low[d])
			for f, g := range a.heads {
				if g == d && a.rels[f] == "fixed" {
					w = append(w, a.low[f])
				}
			}
		}
	}
	return strings.Join(w, "_")
}

// linkStops are the verbs whose slots state no act between two actors:
// identity, possession, speech about a clause and naming.
var linkStops = map[string]bool{
	"be": true, "have": true, "become": true, "remain": true, "seem": true, "say": true, "include": true,
	"know": true, "call": true, "name": true, "do": true, "get": true, "go": true, "come": true,
	"make": true, "take": true, "add": true, "comprise": true, "like": true, "see": true,
}

// linkPreps are the prepositions whose phrase names the party an act is
// aimed at or shared with: "met with", "wrote to", "fought against".
// Others mostly place or time the act ("launched from", "died at"),
// name a medium ("posted on Twitter") or a source.
var linkPreps = map[string]bool{"with": true, "to": true, "against": true, "toward": true, "towards": true}

// linkable reports whether spans sa and sb, subject and object of verb v,
// can be read as its parties: neither is a
// modifier of a following noun ("the Democratic Party's South Carolina
// primary", "Alliance Party nominee Ann Lee"), a subject other than a
// passive's agent follows no preposition ("from Wikinews accredited reporter Tom Wu"), the object
// is followed by no verb whose subject it is, no quotation
// mark opens either or lies between the verb and either ("With "Abe, I wanted to go",
// Ann Lee said").
func (a *analysis) linkable(sa, sb [2]int, v int, agent bool) bool {
	for _, sp := range [][2]int{sa, sb} {
		if sp[1] < len(a.tags) {
			switch a.tags[sp[1]] {
			case "NN", "NNS", "NNP", "NNPS", "JJ":
				return false
			}
		}
		for i := max(min(sp[0], v)-1, 0); i < max(sp[1], v); i++ {
			if a.tags[i] == "``" || a.tags[i] == "''" || a.toks[i].Text == `"` {
				return false
			}
		}
	}
	if !agent && sa[0] > 0 && linkPrepBefore[a.low[sa[0]-1]] {
		return false
	}
	if k := sa[1]; !agent && k < len(a.tags) && (a.tags[k] == "PRP" || a.tags[k] == "," && k+1 < len(a.tags) && a.tags[k+1] == "PRP") {
		return false // "Frank Sheridan, I have just checked with RAC": the pronoun is the subject
	}
	if sb[0] > v && a.withAbsolute(sb) {
		return false
	}
	if sb[0] > v && sb[1] < len(a.tags) && (finiteTag(a.tags[sb[1]]) || a.tags[sb[1]] == "," && sb[1]+2 < len(a.tags) && finiteTag(a.tags[sb[1]+2])) {
		return false // "suspended Mahan's permit, German officials said": the clause's subject
	}
	return true
}

// withAbsolute reports whether span sp follows "with" or "without" (and
// "the") and a gerund follows it, after at most a place's or a body's
// phrase: "attacked the inquiry, with Ann Lee calling it a sham", "with
// Tom Wu of Ohio leading the protest". The noun is the subject of a
// clause of its own, no partner of the verb before it.
func (a *analysis) withAbsolute(sp [2]int) bool {
	k := sp[0] - 1
	if k > 0 && a.low[k] == "the" {
		k--
	}
	if k < 0 || a.low[k] != "with" && a.low[k] != "without" {
		return false
	}
	for j := sp[1]; j < len(a.tags) && j < sp[1]+6; j++ {
		switch {
		case a.tags[j] == "VBG":
			return true
		case a.low[j] == "of" || a.low[j] == "from" || a.low[j] == "the" || a.tags[j] == "NNP" || a.tags[j] == "NNPS":
		default:
			return false
		}
	}
	return false
}

// linkPrepBefore are the prepositions before which no subject stands.
var linkPrepBefore = map[string]bool{
	"from": true, "of": true, "by": true, "for": true, "with": true, "to": true, "on": true, "at": true,
	"about": true, "into": true, "against": true, "in": true,
}

// link returns the extraction for subject span sa and object span sb if
// the parse puts their heads in two slots of one verb that state an act
// of the first on the second.
func (a *analysis) link(s nlp.Sentence, sa, sb [2]int, as, bs []slot) (schema.Extraction, bool) {
	for _, p := range as {
		for _, q := range bs {
			if p.v != q.v {
				continue
			}
			prep := ""
			switch {
			case p.role == "subj" && q.role == "obl" && linkPreps[q.prep] && (sb[0] > p.v || q.prep == "with"):
				// A fronted phrase other than "With Wikinews, Ann Lee
				// discussed" mostly sets the scene: "Against the Rays,
				// Lee hit his first home run".
				prep = q.prep
			case p.role == "agent" && q.role == "pass":
			case p.role == "subj" && q.role == "iobj": // "told the AP that", "gave Norway arms"
			default:
				continue
			}
			if !a.linkable(sa, sb, p.v, p.role == "agent") {
				continue
			}
			return a.linkAt(s, p.v, prep, sa, sb)
		}
	}
	return schema.Extraction{}, false
}

// linkAt builds the extraction of verb v with preposition prep between
// spans sa and sb.
func (a *analysis) linkAt(s nlp.Sentence, v int, prep string, sa, sb [2]int) (schema.Extraction, bool) {
	lemma := a.x.base(a.low[v], a.tags[v])
	if linkStops[lemma] || a.tags[v] == "VBN" && a.rels[v] != "acl" && a.dependent(v, "aux", "aux:pass") < 0 {
		// "Wikinews accredited reporter Tom Wu": a participle with a
		// subject and no auxiliary is mostly a modifier misread.
		return schema.Extraction{}, false
	}
	words := []int{v}
	neg := false
	for d, h := range a.heads {
		if h != v {
			continue
		}
		switch r := a.rels[d]; {
		case (r == "aux" || r == "aux:pass") && d < v:
			words = append(words, d)
		case r == "advmod" && negation(a.low[d]) && d < v:
			words = append(words, d)
			neg = true
		case r == "compound:prt":
			words = append(words, d)
			lemma += "_" + a.low[d]
		}
	}
	slices.Sort(words)
	phrase := make([]string, len(words))
	for k, w := range words {
		phrase[k] = a.toks[w].Text
	}
	rel := strings.Join(phrase, " ")
	if prep != "" {
		lemma += "_" + prep
		rel += " " + strings.ReplaceAll(prep, "_", " ")
	}
	arg := func(sp [2]int) schema.Argument {
		st, en := s.Tokens[sp[0]].Start, s.Tokens[sp[1]-1].End
		return schema.Argument{Text: s.Text[st:en], Start: st, End: en}
	}
	return schema.Extraction{Subject: arg(sa), Relation: rel, Lemma: lemma, Object: arg(sb), Negated: neg, Confidence: LinkConfidence}, true
}

// LinkConfidence is the confidence of every extraction of
// [Extractor.Links]: below the least the resolver keeps of the chunk
// rules' clauses (0.2) and below every fact the rules gave on about 1,000
// documents of Wikinews, GUM, CaRB and EWT text (the least was 0.12), so
// that the facts read off the parse alone can be told apart.
const LinkConfidence = 0.1
