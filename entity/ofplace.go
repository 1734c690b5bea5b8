package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// joinOfPlace merges an organisation's head word, "of" and a place the
// gazetteer knows into one organisation's name: "the University of Texas",
// "the University of North Carolina", "University of Southern Indiana",
// "the Bank of Canada", "the Medical University of Gdansk". Without it the place, found first by the
// gazetteer, splits the name into an organisation "University" and a
// state. Only a head that ends an organisation's name (University, Bank,
// Museum, ...), with up to two capitalised words before it when the place
// is a town or a region, and at most one capitalised word between "of"
// and the place
// are read so; "the Ministry of Defence of Russia" keeps its state. A
// region's or city's name right before an organisation's name is part of
// it too ("Massachusetts Institute of Technology"); a country's stays a
// mention of its own ("Russian Foreign Ministry" is part of Russia). It
// returns ms in token order.
func (r *Resolver) joinOfPlace(s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && countryBranch(toks, a, ms[i+1]) {
			// "Trump sued Mazars USA", "Toyota USA recalled": a firm's
			// name and a country's right after it, before no noun, name
			// the firm's branch there, not the country.
			m := *a
			m.kind, m.end, m.gaz = mName, ms[i+1].end, nil
			m.surface = spanText(s, m.start, m.end)
			m.name, m.full = m.surface, m.surface
			out = append(out, &m)
			i++
			continue
		}
		if i+1 >= len(ms) || a.kind != mName || len(a.titles) > 0 {
			out = append(out, a)
			continue
		}
		b := ms[i+1]
		if i+2 < len(ms) && compassBefore(toks, b, ms[i+2]) && schoolOfThe(toks, a, ms[i+2]) {
			// "the University of the South Pacific": a compass word the
			// gazetteer does not join to the place before it is in the
			// name too.
			m := *a
			m.end = ms[i+2].end
			m.surface = spanText(s, m.start, m.end)
			m.name = strings.TrimSuffix(m.surface, ".")
			m.full = m.name
			m.possessive = ms[i+2].possessive
			out = append(out, &m)
			i += 2
			continue
		}
		if a.typ == schema.GPE && a.gaz != nil && a.gaz.in != "" && !a.adj && !a.possessive && b.kind == mName &&
			b.typ == schema.Organization && b.gaz == nil && b.start == a.end && len(b.titles) == 0 &&
			!strings.EqualFold(toks[b.start].Text, "of") {
			// "Massachusetts Institute of Technology": a region's name
			// leading an organisation's is part of it.
			m := *b
			m.start = a.start
			m.surface = spanText(s, m.start, m.end)
			m.name, m.full = m.surface, m.surface
			out = append(out, &m)
			i++
			continue
		}
		if a.typ != schema.Organization || a.gaz != nil || b.kind != mName || b.typ != schema.GPE && !schoolOfThe(toks, a, b) || b.adj || b.gaz == nil {
			out = append(out, a)
			continue
		}
		ofAt := -1
		switch {
		case b.start == a.end+1 && strings.EqualFold(toks[a.end].Text, "of") && (a.end-a.start == 1 || a.end-a.start <= 3 && !b.possessive && (b.gaz.in != "" || toks[a.end-1].Text == "Bank")):
			// "University" "of" "Texas"; "Medical University" "of"
			// "Gdansk": a longer head takes a town or a region, while
			// a state after it stays a mention of its own ("the
			// Medical Journal of Australia"). Not before a possessive
			// ("a Professor at Hebrew University of Jerusalem's
			// Einstein Institute"): the clause's reading then finds
			// no role at either body. A bank's name takes a state too
			// ("the Reserve Bank of Australia", "the Royal Bank of
			// Canada"): a bank is named by its state, not part of it.
			ofAt = a.end
		case b.start == a.end && a.end-a.start >= 3 && strings.EqualFold(toks[a.end-2].Text, "of") && isCap(toks[a.end-1].Text):
			ofAt = a.end - 2 // "University of Southern" "Indiana"
		case schoolOfThe(toks, a, b):
			ofAt = a.end // "University" "of the" "South Pacific"
		}
		if ofAt < 0 || !r.g.is("orghead", toks[ofAt-1].Text) {
			out = append(out, a)
			continue
		}
		if head := strings.ToLower(toks[ofAt-1].Text); ofAt == a.end && governmentHeads[head] && head != "government" && b.gaz.in == "" && r.g.adjOf[b.gaz.name] != "" {
			// "the Parliament of Ghana": a state's body and the state stay
			// two mentions, the body part of the state ([orgOfPlace]),
			// named as "Ghana's parliament" is.
			if head == "parliament" {
				m := *a
				m.name = r.stateBody(b, head)
				m.full = m.name
				a = &m
			}
			out = append(out, a)
			continue
		}
		m := *a
		m.end = b.end
		m.surface = spanText(s, m.start, m.end)
		m.name = strings.TrimSuffix(m.surface, ".") // "Texas." at a sentence's end
		m.full = m.name
		m.possessive = b.possessive
		out = append(out, &m)
		i++
	}
	return campus(s, out)
}

// schoolOfThe reports whether mention a, a school's, a university's or a
// museum's head noun alone ([academicHeads], [schoolHeads]), is followed
// by "of the" and b, a place the gazetteer knows: "the University of the
// South Pacific", "the College of the Philippines" are one name, as "the
// University of Texas" is, and a head noun alone names no body. Other
// bodies keep a state after "of the" apart ("the Bank of the
// Philippines", "the Council of the European Union").
func schoolOfThe(toks []nlp.Token, a, b *mention) bool {
	head := strings.ToLower(toks[a.start].Text)
	return a.end-a.start == 1 && (academicHeads[head] || schoolHeads[head]) && a.end+2 < len(toks) &&
		toks[a.end].Text == "of" && toks[a.end+1].Text == "the" && (b.start == a.end+2 || b.start == a.end+3 && regionModifiers[toks[a.end+2].Text]) &&
		b.kind == mName && b.gaz != nil && isPlaceType(b.typ) && !b.adj
}

// compassBefore reports whether mention c is one compass or region word
// ("South", "Upper") right before place mention b.
func compassBefore(toks []nlp.Token, c, b *mention) bool {
	return c.end == c.start+1 && b.start == c.end && regionModifiers[toks[c.start].Text]
}

// countryBranch reports whether mention a, an organisation's name, is
// followed right away by b, a country's one-word name or initials
// ("USA", "UK", "Japan"), and then by no noun: "Mazars USA", "Toyota
// USA recalled", not "Apple China sales" nor "Boeing, USA".
func countryBranch(toks []nlp.Token, a, b *mention) bool {
	if a.kind != mName && a.kind != mSingle || a.typ != schema.Organization || a.possessive || a.adj || len(a.titles) > 0 {
		return false
	}
	if b.kind != mName || b.typ != schema.GPE || b.adj || b.gaz == nil || b.gaz.in != "" || b.start != a.end || b.end != b.start+1 || b.possessive {
		return false
	}
	return b.end == len(toks) || !strings.HasPrefix(toks[b.end].Tag, "NN") && !isCap(toks[b.end].Text)
}
