package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/corefeval"
)

// pronForms are the pronouns whose outcomes --explain counts, each under
// the form it is counted as: he, she, it, they, who, I, we and you, with
// their other cases.
var pronForms = map[string]string{
	"he": "he", "him": "he", "his": "he", "himself": "he",
	"she": "she", "her": "she", "hers": "she", "herself": "she",
	"it": "it", "its": "it", "itself": "it",
	"they": "they", "them": "they", "their": "they", "theirs": "they", "themselves": "they",
	"who": "who", "whom": "who", "whose": "who",
	"i": "I", "me": "I", "my": "I", "mine": "I", "myself": "I",
	"we": "we", "us": "we", "our": "we", "ours": "we", "ourselves": "we",
	"you": "you", "your": "you", "yours": "you", "yourself": "you",
}

// pronFormOrder is the order of the forms on the line of --explain.
var pronFormOrder = []string{"he", "she", "it", "they", "who", "I", "we", "you"}

// A pronCause is why kg did not link a pronoun to its entity.
type pronCause int

const (
	causeCataphora pronCause = iota // no mention of the entity comes before it
	causeUnfound                    // kg's chains hold no earlier mention of the entity
	causeSpeaker                    // I, we or you: a speaker or the one spoken to
	causeAgree                      // linked to an entity whose own pronouns disagree in gender or number
	causeNearer                     // linked to an entity mentioned since the entity's last mention
	causeQuote                      // not linked, inside a quotation
	causeFar                        // not linked, the entity last mentioned more than 3 sentences before
	causeOther                      // not linked, the entity mentioned within 3 sentences; or linked wrongly otherwise
	pronCauses
)

var pronCauseNames = [pronCauses]string{"cataphora", "unfound", "speaker", "agreement", "nearer", "quote", "far", "other"}

// pronScores count the pronouns of GUM's named chains by form and by what
// kg made of them, and the ones not linked by cause.
type pronScores struct {
	form  map[string]*[descOutcomes]int
	cause [descOutcomes][pronCauses]int
}

// String formats the counts on two lines: by form, with the share linked,
// and the pronouns not linked by outcome and cause.
func (s *pronScores) String() string {
	var b strings.Builder
	b.WriteString("pronouns in named chains:")
	total, linked := 0, 0
	for _, f := range pronFormOrder {
		c := s.form[f]
		if c == nil {
			continue
		}
		n := 0
		for _, x := range c {
			n += x
		}
		total += n
		linked += c[descLinked]
		fmt.Fprintf(&b, " %s %d (", f, n)
		for o := range descOutcomes {
			if o > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s %d", descOutcomeNames[o], c[o])
		}
		b.WriteString(");")
	}
	acc := 0.0
	if total > 0 {
		acc = float64(linked) / float64(total)
	}
	fmt.Fprintf(&b, " linked %d of %d (%.3f)\npronouns not linked, by cause:", linked, total, acc)
	for o := descWrong; o < descOutcomes; o++ {
		fmt.Fprintf(&b, " %s (", descOutcomeNames[o])
		sep := ""
		for c := range pronCauses {
			if n := s.cause[o][c]; n > 0 {
				fmt.Fprintf(&b, "%s%s %d", sep, pronCauseNames[c], n)
				sep = " "
			}
		}
		b.WriteString(");")
	}
	return strings.TrimSuffix(b.String(), ";")
}

// agreement returns the gender or number that the pronoun w shows: "m",
// "f", "n" (it) or "p" (they), or "" for others.
func agreement(w string) string {
	switch pronForms[strings.ToLower(w)] {
	case "he":
		return "m"
	case "she":
		return "f"
	case "it":
		return "n"
	case "they":
		return "p"
	}
	return ""
}

// inQuotation reports whether word i (1-based) of s stands after an odd
// number of quotation marks in its sentence.
func inQuotation(s *conllu.Sentence, i int) bool {
	n := 0
	for _, w := range s.Words[:i-1] {
		switch w.Form {
		case `"`, "“", "”", "``", "''":
			n++
		}
	}
	return n%2 == 1
}

// addProns adds to sc the pronouns of one document: the one-word gold
// mentions of key chains that [pronForms] lists, and what kg's chains
// (response, mapped to gold mentions) made of each, with the cause of each
// one not linked. With w it also writes one line for each.
func addProns(sc *pronScores, w io.Writer, doc []conllu.Sentence, key, response []corefeval.Entity[goldMention]) error {
	if sc.form == nil {
		sc.form = map[string]*[descOutcomes]int{}
	}
	keyOf, respOf := chainIndex(key), chainIndex(response)
	// The gender or number of each key chain: that of most of its pronouns.
	agree := make([]string, len(key))
	for i, k := range key {
		n := map[string]int{}
		for _, m := range k {
			if m.start == m.end {
				if a := agreement(doc[m.sent].Words[m.start-1].Form); a != "" {
					n[a]++
				}
			}
		}
		for a, c := range n {
			if c > n[agree[i]] || c == n[agree[i]] && a < agree[i] {
				agree[i] = a
			}
		}
	}
	for ki, k := range key {
		for mi, m := range k {
			s := &doc[m.sent]
			if m.start != m.end {
				continue
			}
			word := s.Words[m.start-1].Form
			form, ok := pronForms[strings.ToLower(word)]
			if !ok || !strings.HasPrefix(s.Words[m.start-1].XPOS, "PRP") && !strings.HasPrefix(s.Words[m.start-1].XPOS, "WP") {
				continue
			}
			o, wrong := outcomeOf(m, ki, keyOf, respOf, response)
			if sc.form[form] == nil {
				sc.form[form] = new([descOutcomes]int)
			}
			sc.form[form][o]++
			if o == descLinked {
				continue
			}
			c := pronCauseOf(doc, k[:mi], m, form, wrong, agree, key, respOf)
			sc.cause[o][c]++
			if w == nil {
				continue
			}
			name := fmt.Sprintf("%q", chainName(doc, k))
			if wrong >= 0 {
				name += fmt.Sprintf(" (kg %q)", chainName(doc, key[wrong]))
			}
			var ctx []string
			for i := max(1, m.start-6); i <= min(len(s.Words), m.start+4); i++ {
				ctx = append(ctx, s.Words[i-1].Form)
			}
			if _, err := fmt.Fprintf(w, "p %s %s %s %d %s %q -> %s | %s\n", descOutcomeNames[o], pronCauseNames[c], form, m.sent+1,
				s.Doc, word, name, strings.Join(ctx, " ")); err != nil {
				return err
			}
		}
	}
	return nil
}

// chainName returns the words of the first named mention of chain k of
// doc (headed by a proper noun), or "".
func chainName(doc []conllu.Sentence, k corefeval.Entity[goldMention]) string {
	for _, x := range k {
		xs := &doc[x.sent]
		if xh := xs.SpanHead(x.start, x.end); xs.Words[xh-1].XPOS == "NNP" || xs.Words[xh-1].XPOS == "NNPS" {
			words := make([]string, 0, x.end-x.start+1)
			for i := x.start; i <= x.end; i++ {
				words = append(words, xs.Words[i-1].Form)
			}
			return strings.Join(words, " ")
		}
	}
	return ""
}

// pronCauseOf returns why pronoun m, which kg did not link to its key
// chain, was left so: before are the mentions of that chain before m,
// wrong is the key chain that kg linked m with instead or -1, agree the
// gender or number of each key chain ([agreement]).
func pronCauseOf(doc []conllu.Sentence, before []goldMention, m goldMention, form string, wrong int,
	agree []string, key []corefeval.Entity[goldMention], respOf map[goldMention]int) pronCause {
	if len(before) == 0 {
		return causeCataphora
	}
	found := false
	for _, x := range before {
		if _, ok := respOf[x]; ok {
			found = true
		}
	}
	switch {
	case !found:
		return causeUnfound
	case form == "I" || form == "we" || form == "you":
		return causeSpeaker
	}
	last := before[len(before)-1]
	if wrong >= 0 {
		if a := agreement(form); a != "" && agree[wrong] != "" && agree[wrong] != a {
			return causeAgree
		}
		for _, x := range key[wrong] {
			if mentionBefore(last, x) && mentionBefore(x, m) {
				return causeNearer
			}
		}
		return causeOther
	}
	switch {
	case inQuotation(&doc[m.sent], m.start):
		return causeQuote
	case m.sent-last.sent > 3:
		return causeFar
	}
	return causeOther
}

// mentionBefore reports whether a opens before b in the document.
func mentionBefore(a, b goldMention) bool {
	return a.sent < b.sent || a.sent == b.sent && a.start < b.start
}

// evalProns counts, for each resolved document of docs, the pronouns in
// GUM's named chains and what kg's resolver made of them ([addProns]).
func evalProns(w io.Writer, docs []docChains) (pronScores, error) {
	var sc pronScores
	for _, d := range docs {
		if err := addProns(&sc, w, d.doc, d.key, d.response); err != nil {
			return sc, err
		}
	}
	return sc, nil
}
