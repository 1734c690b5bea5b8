package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// benchNouns are the bodies that try a case, which news often names by a
// common noun: a jury (which has no name), a court or a tribunal.
var benchNouns = map[string]bool{"jury": true, "court": true, "tribunal": true}

// benches makes the unnamed jury, court or tribunal that a document speaks
// of an actor ("A federal jury convicted Tom Wu", "an appeals court
// overturned the ruling"): an organisation named by the noun and the
// lower-case words before it in its first mention ("federal jury"), which
// later mentions of the noun ("the jury") share; a capitalised word
// before them keeps its own mention, though it joins the name ("a
// Norwegian court"); so do up to three capitalised words ("a United
// States federal jury"). Other capitalised words make another body ("a
// Norwegian court ... a Swedish court"). A court
// or tribunal
// must act there: the phrase is a subject or a by-phrase's agent
// ([actsAt]). The phrase must open with
// an article or a demonstrative; a noun after the head ("the court case",
// "jury selection") or "of" after it makes the head a modifier, and "on"
// or "off" before the article makes the court a place ("on the court").
// A court or tribunal is left to the description rule in a document that
// names one ("the Oslo District Court ... the court"). ms are the mentions
// of sents, changed in place.
func benches(sents []nlp.Sentence, ms [][]*mention) {
	named := false // the document names a court or tribunal
	for _, s := range ms {
		for _, m := range s {
			if m.kind == mName && m.typ == schema.Organization {
				for _, w := range strings.Fields(m.name) {
					named = named || w == "Court" || w == "Tribunal"
				}
			}
		}
	}
	names := map[string]string{} // the head's name, from its first mention
	for i, s := range sents {
		toks := s.Tokens
		for k, t := range toks {
			head := t.Text
			if t.Tag != "NN" || !benchNouns[head] || named && head != "jury" {
				continue
			}
			if k+1 < len(toks) && (strings.HasPrefix(toks[k+1].Tag, "NN") || toks[k+1].Lower() == "of") {
				continue // "the court case", "the court of public opinion"
			}
			j := k - 1
			for j >= 0 && j > k-3 && !isCap(toks[j].Text) && (toks[j].Tag == "JJ" || toks[j].Tag == "JJS" || toks[j].Tag == "NN" || toks[j].Tag == "NNS") {
				j-- // "a federal jury", "an appeals court", "the highest court"
			}
			d := j
			for d > 0 && d > j-3 && isCap(toks[d].Text) && (toks[d].Tag == "JJ" || toks[d].Tag == "NNP" || toks[d].Tag == "NNPS") {
				d-- // "a Norwegian court", "a US court", "a United States jury": the state keeps its own mention
			}
			if d < 0 || !benchDeterminers[toks[d].Lower()] || d > 0 && (toks[d-1].Lower() == "on" || toks[d-1].Lower() == "off") {
				continue
			}
			if head != "jury" && !actsAt(toks, d, k) {
				continue // "told the court", "sued in a court in California": a place or an audience
			}
			at := -1 // the mention that covers the phrase, a description of the head alone
			clear := true
			for x, m := range ms[i] {
				if m.end > j+1 && m.start <= k {
					if (m.kind == mDesc || m.kind == mGroupRef) && m.end == k+1 && at < 0 {
						at = x
						continue
					}
					clear = false
				}
			}
			if !clear {
				continue
			}
			key := head
			if d < j {
				// "A French court convicted ... A Spanish court freed":
				// a state's adjective names a court of its own.
				key = head + "|" + joinText(toks[d+1:j+1])
			}
			name := names[key]
			if name == "" {
				var words []string
				for _, w := range toks[d+1 : j+1] {
					words = append(words, w.Text) // "Norwegian court", "United States federal jury"
				}
				for _, w := range toks[j+1 : k+1] {
					words = append(words, w.Lower())
				}
				name = strings.Join(words, " ")
				names[key] = name
				if names[head] == "" {
					names[head] = name // "the court" takes up the first
				}
			}
			m := &mention{kind: mName, start: j + 1, end: k + 1, surface: joinText(toks[j+1 : k+1]), name: name, typ: schema.Organization, common: true}
			if at >= 0 {
				ms[i][at] = m
			} else {
				ms[i] = insertMention(ms[i], m)
			}
		}
	}
}

// benchDeterminers open the phrase of an unnamed court or jury.
var benchDeterminers = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true}

// actsAt reports whether the noun phrase toks[j:k+1] acts in its clause:
// a verb or an adverb follows it, maybe after an in-phrase of a few words
// ("a court in Oslo ruled") and a day ("a court in Lima on Monday
// sentenced"), or "by" comes before it ("was overturned by an appeals
// court").
func actsAt(toks []nlp.Token, j, k int) bool {
	if j > 0 && toks[j-1].Lower() == "by" {
		return true
	}
	e := k + 1
	if e < len(toks) && toks[e].Lower() == "in" {
		for e++; e < len(toks) && e < k+6 && (strings.HasPrefix(toks[e].Tag, "NN") || toks[e].Tag == "DT" || toks[e].Tag == "JJ"); e++ {
		}
	}
	if e+1 < len(toks) && toks[e].Lower() == "on" && weekdays[toks[e+1].Text] {
		e += 2 // "on Monday"
	}
	if e >= len(toks) {
		return false
	}
	switch toks[e].Tag {
	case "VBD", "VBZ", "VBP", "MD", "RB":
		return true
	}
	return false
}

// districtPoints open the name of a judicial district: "the Western
// District of Texas".
var districtPoints = map[string]bool{
	"Eastern": true, "Western": true, "Northern": true, "Southern": true, "Middle": true, "Central": true,
}

// judicialDistricts makes "the Western District of Texas" one
// organisation, the court that sits for it, where the recogniser found
// only the state ("Texas") or cut a court's name before "of" ("District
// Court for the Eastern District" + "Virginia"). News names a federal
// court by its district: "was convicted in the Southern District of New
// York". The state must lie in the United States: "the Central District of
// Botswana" is a region. ms are the mentions of sents, changed in place.
func (r *Resolver) judicialDistricts(sents []nlp.Sentence, ms [][]*mention) {
	for i, s := range sents {
		toks := s.Tokens
		for k := 1; k+2 < len(toks); k++ {
			if toks[k].Text != "District" || toks[k+1].Text != "of" || !districtPoints[toks[k-1].Text] {
				continue
			}
			var place, court *mention
			for _, m := range ms[i] {
				switch {
				case m.start == k+2 && m.kind == mName && m.typ == schema.GPE:
					place = m
				case m.end == k+1 && m.kind == mName && m.typ == schema.Organization && m.start <= k-1:
					court = m // "District Court for the Eastern District"
				}
			}
			if place == nil {
				continue
			}
			if e := r.g.entries[normKey(place.name)]; e == nil || e.in != "United States" {
				continue
			}
			start := k - 1
			if court != nil {
				start = court.start
			}
			surface := joinText(toks[start:place.end])
			m := &mention{kind: mName, start: start, end: place.end, surface: surface, name: surface, typ: schema.Organization}
			var kept []*mention
			for _, o := range ms[i] {
				if o.end <= start || o.start >= place.end {
					kept = append(kept, o)
				}
			}
			ms[i] = insertMention(kept, m)
			k = place.end - 1
		}
	}
}
