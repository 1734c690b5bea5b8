package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
)

// productContext reports whether the words beside m, a mention of s,
// call it a piece of software or a device, which is no actor: a
// lower-case noun for one right before it ("the browser Velmo", "a new
// operating system, Rocky Linux"), or as the head of an apposition right
// after it or of the complement of "is a" or "was a" ("Rocky Linux, a
// Linux distribution"; "Velmo is a free web browser"; "Velmo has been
// a free software"), or a mention right after "the" and before "operating
// system" ("the Velmor operating system"). The head is the
// last noun of the first run of nouns and names, so that "a software
// engineer" or "a Linux distribution company" is a person's or a firm's.
func productContext(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	k := m.start - 1
	if k >= 2 && toks[k].Text == "," && (m.end == len(toks) || toks[m.end].Tag == "." || toks[m.end].Tag == ",") {
		k-- // "announced a new operating system, Rocky Linux."
	}
	if k >= 0 && isNoun(toks[k]) && !isCap(toks[k].Text) && productKind(toks, k) {
		return true
	}
	if k := m.end; m.start > 0 && toks[m.start-1].Lower() == "the" && k+1 < len(toks) && toks[k].Lower() == "operating" && productKind(toks, k+1) &&
		(k+2 == len(toks) || !isNoun(toks[k+2])) {
		return true // "the Velmor operating system"
	}
	from, k := m.end+1, m.end
	if k+3 < len(toks) && (toks[k].Lower() == "has" || toks[k].Lower() == "had") && toks[k+1].Lower() == "been" {
		k++ // "Velmor has been a free software"
	}
	if k+2 < len(toks) && (toks[k].Lower() == "is" || toks[k].Lower() == "was" || toks[k].Lower() == "been") && (toks[k+1].Lower() == "a" || toks[k+1].Lower() == "an") {
		from = k + 2
	} else if m.end+1 >= len(toks) || toks[m.end].Text != "," || strings.HasPrefix(toks[m.end+1].Tag, "W") {
		return false
	}
	head := -1
	for k := from; k < len(toks) && k <= m.end+9; k++ {
		t := toks[k]
		if t.Tag == "," || t.Tag == "." || t.Tag == ":" || t.Tag == "IN" || t.Tag == "MD" || t.Tag == "CC" || strings.HasPrefix(t.Tag, "V") || strings.HasPrefix(t.Tag, "W") {
			break // "Halvik Labs, announced a new operating system": no apposition
		}
		if isNoun(t) || t.Tag == "NNP" || t.Tag == "NNPS" {
			head = k
		} else if head >= 0 {
			break
		}
	}
	return head >= 0 && isNoun(toks[head]) && productKind(toks, head)
}

// productKind reports whether token k of toks is a noun for a kind of
// software or device: one of [productKinds], or "system" after
// "operating".
func productKind(toks []nlp.Token, k int) bool {
	w := toks[k].Lower()
	return productKinds[w] || (w == "system" || w == "systems") && k > 0 && toks[k-1].Lower() == "operating"
}

// productKinds are the nouns for kinds of software and devices. Nouns
// that also describe a person or a body ("model", "product", "platform",
// "project") are left out.
var productKinds = map[string]bool{
	"distribution": true, "distro": true, "software": true, "app": true, "application": true,
	"browser": true, "kernel": true, "smartphone": true, "smartphones": true, "chatbot": true,
}
