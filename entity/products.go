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
// system" ("the Velmor operating system"), or after a verb of invention
// ("invented the Velmo", [inventedBefore]). The head is the
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
	if inventedBefore(toks, m.start) {
		return true
	}
	h := complementHead(toks, m)
	return h >= 0 && isNoun(toks[h]) && productKind(toks, h)
}

// inventVerbs are the verbs whose object is a thing made up by its
// inventor, no actor: "Tom Wu invented the Halvik Loom".
var inventVerbs = map[string]bool{
	"invent": true, "invents": true, "invented": true, "co-invented": true, "patented": true, "patents": true,
}

// inventedBefore reports whether a verb of [inventVerbs] stands before
// token k, perhaps with a determiner, a possessive and an adjective
// between ("invented the original Velmo").
func inventedBefore(toks []nlp.Token, k int) bool {
	k--
	for n := 0; n < 3 && k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "PRP$" || toks[k].Tag == "JJ") && !isCap(toks[k].Text); n++ {
		k--
	}
	return k >= 0 && inventVerbs[toks[k].Lower()]
}

// complementHead returns the head of the noun phrase in apposition right
// after m ("Rocky Linux, a Linux distribution") or of the complement of
// "is a", "was a" or "has been a" after it ("Velmo is a free web
// browser"), or -1: the last noun or name of its first run of nouns and
// names, within nine tokens and before any punctuation, preposition or
// verb, so that "a software engineer" is headed by "engineer".
func complementHead(toks []nlp.Token, m *mention) int {
	from, k := m.end+1, m.end
	if k+3 < len(toks) && (toks[k].Lower() == "has" || toks[k].Lower() == "had") && toks[k+1].Lower() == "been" {
		k++ // "Velmor has been a free software"
	}
	if k+2 < len(toks) && (toks[k].Lower() == "is" || toks[k].Lower() == "was" || toks[k].Lower() == "been") && (toks[k+1].Lower() == "a" || toks[k+1].Lower() == "an") {
		from = k + 2
	} else if m.end+1 >= len(toks) || toks[m.end].Text != "," || strings.HasPrefix(toks[m.end+1].Tag, "W") {
		return -1
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
	return head
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

// softwareContext reports whether the words beside m, a mention of s,
// call it a piece of software: its last word names a family of operating
// systems ("Velmor Linux", [osWords]); a version number follows it
// ("Velmor Linux 8", "Zorbix Pro 10.2", but not a score, "Halvik Rovers
// 2-1", nor after one word); a
// noun of a program's life follows it or its possessive ("the Zorbix
// release cycle", "Zorbix's source code", [softwareNouns]); or a verb that
// installs or upgrades comes before it ("installed Zorbix", "migrated to
// Zorbix").
func softwareContext(s nlp.Sentence, m *mention) bool {
	toks := s.Tokens
	if osWords[toks[m.end-1].Text] && m.end-m.start > 1 {
		return true
	}
	k := m.end
	if k < len(toks) && toks[k].Tag == "CD" && versionNumber(toks[k].Text) && versionAfter(toks, k+1) && m.end-m.start > 1 {
		// Not after one word: "from ESO 1.52-metre telescope" names a
		// body's instrument, "Studio 54" a club.
		return true
	}
	if k < len(toks) && toks[k].Tag == "POS" {
		k++
	}
	if k+1 < len(toks) && softwareNouns[toks[k].Lower()+" "+toks[k+1].Lower()] || k < len(toks) && softwareNouns[toks[k].Lower()] {
		return true
	}
	j := m.start - 1
	if j >= 1 && toks[j].Lower() == "to" {
		j-- // "migrated to Zorbix"
		return upgradeVerbs[toks[j].Lower()]
	}
	return j >= 0 && installVerbs[toks[j].Lower()]
}

// versionNumber reports whether w is a release's number: one to three
// groups of digits joined by dots, the first of at most two digits
// ("8", "10.2", "3.11.4"), not a year or a count.
func versionNumber(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) > 3 || len(parts[0]) > 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

// versionAfter reports whether token k may follow a release's number: the
// sentence's end, punctuation, a verb or a noun of a release ("Zorbix 10
// is", "Zorbix 10 release"), but not a number's noun or a range
// ("acquired by Halvik 7 or 8 years ago", "Halvik 2-1", "Halvik 3
// percent").
func versionAfter(toks []nlp.Token, k int) bool {
	if k == len(toks) {
		return true
	}
	t := toks[k]
	switch {
	case releaseNouns[t.Lower()]:
		return true
	case strings.ContainsAny(t.Text, "-–:/") || t.Tag == "CD" || isCap(t.Text) || strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ"):
		return false
	case t.Tag == "CC" || t.Tag == "TO" || t.Tag == "IN":
		return k+1 < len(toks) && toks[k+1].Tag != "CD"
	}
	return true
}

// releaseNouns name a release of a program after its number.
var releaseNouns = map[string]bool{"release": true, "releases": true, "update": true, "updates": true, "beta": true, "version": true}

// osWords close the names of operating systems.
var osWords = map[string]bool{"Linux": true, "OS": true, "BSD": true}

// softwareNouns are the nouns, and pairs of nouns, of a program's life
// that follow its name.
var softwareNouns = map[string]bool{
	"release cycle": true, "development cycle": true, "source code": true, "codebase": true,
	"installation": true, "installer": true, "kernel": true, "distribution": true, "distro": true,
}

// installVerbs put a program on a machine; upgradeVerbs move one to
// another program with "to".
var (
	installVerbs = map[string]bool{"install": true, "installs": true, "installed": true, "installing": true, "uninstall": true, "uninstalled": true, "reinstall": true}
	upgradeVerbs = map[string]bool{"upgrade": true, "upgraded": true, "upgrading": true, "migrate": true, "migrated": true, "migrating": true}
)
