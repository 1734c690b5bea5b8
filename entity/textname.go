package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/schema"
)

// Text names. A state's group or body is one node in a document whatever
// word names the state ("United States troops", "U.S. troops" and
// "American troops" are [Resolver.groupAfter]'s "American troops"; "the
// United States government" is [Resolver.stateBody]'s "American
// government"), but an analyst names an actor as the text names it: when
// the document writes the state's name for it, the node takes the first
// form the document writes with the state's name before the noun, a full
// name before an acronym ("United States troops" rather than an earlier
// "U.S. troops"; "US government", not "American government", though the
// document writes both), and the adjective's form stays an alias, which
// joins a body to other documents' ([Canon.joinState]); so does a state's body
// named before "of" and the state ("the Parliament of Norway", "the
// Government of Iraq", not "Norwegian parliament", "Iraqi government"). A state's body of the gazetteer whose name the document never
// writes ("State Department", "CIA") takes the longest form the document
// does write when that form has more words ("Department of State",
// "Central Intelligence Agency"); a shorter one ("Fed") is no full name.

// noteWritten records on e, the entity of mention m, how the document
// writes its name, for [docState.textNames].
func (d *docState) noteWritten(si int, e *docEntity, m *mention, cur []*mention) {
	if m.kind != mName && m.kind != mGroup || m.borrowed {
		return
	}
	surface := cleanName(m.surface)
	if !e.nameWritten && containsFold(surface, e.name) {
		e.nameWritten = true
	}
	switch {
	case e.accentWritten:
	case strings.Contains(surface, e.name):
		e.accentWritten, e.plainWritten = true, ""
	case e.plainWritten == "" && plainSpelling(surface, e.name):
		e.plainWritten = surface
	}
	if c := d.stateAfterOf(si, m, cur); c != nil && e.typ == schema.Organization && e.written == "" {
		// "the Parliament of Norway", named as "Norway's parliament" is
		// ("Norwegian parliament"): the text's "Parliament of Norway".
		if adj := d.r.g.adjOf[c.name]; adj != "" && strings.HasPrefix(e.name, adj+" ") &&
			strings.EqualFold(e.name[len(adj)+1:], surface) {
			e.written, e.writtenState = spanText(d.input[si], m.start, c.end), c.surface
		}
	}
	if m.country == nil && e.typ == schema.Organization && m.name == e.name {
		d.noteGovernment(e, surface)
	}
	if o := m.org; o != nil && m.kind == mGroup && e.typ == schema.Group && m.name == e.name && o.start == m.start &&
		e.adjWritten == "" && !strings.EqualFold(surface, e.name) {
		e.adjWritten = groupWritten(surface, o.surface) // "Coalition forces", "NATO soldiers", as for a state's adjective below
	}
	c := m.country
	if c == nil || c.typ != schema.GPE || e.typ != schema.Group && e.typ != schema.Organization || m.name != e.name {
		return
	}
	switch {
	case strings.HasPrefix(strings.ToLower(e.name), strings.ToLower(cleanName(c.surface))+" "):
		if e.typ == schema.Group && !strings.EqualFold(surface, e.name) {
			// "Ukrainian forces", "Iraqi security forces": the words the
			// text writes, when it never writes the canonical noun.
			if e.adjWritten == "" && c.start == m.start {
				e.adjWritten = groupWritten(surface, c.surface)
			}
			break
		}
		e.nameWritten = true // "American government": the adjective is written
	case !c.possessive && c.start == m.start && c.end < m.end:
		e.writeForm(surface, c.surface)
	case !c.possessive && !c.adj && c.start > m.start+1 && c.end == m.end && strings.EqualFold(d.input[si].Tokens[c.start-1].Text, "of") &&
		strings.HasSuffix(strings.ToLower(e.name), " "+d.input[si].Tokens[c.start-2].Lower()):
		// Not "the governments of Chile, Peru and Bolivia": the noun
		// before "of" is the body's own.
		// "the government of Norway": the text's form, without its article.
		if f := strings.Fields(surface); strings.EqualFold(f[0], "the") {
			surface = strings.Join(f[1:], " ")
		}
		e.writeForm(surface, c.surface)
	}
}

// writeForm records form, which writes e's name with the state's name
// state, as the name e takes ([docState.textNames]) when e has none yet,
// or has one written with an acronym and state is none ("United States
// troops" over an earlier "U.S. troops").
func (e *docEntity) writeForm(form, state string) {
	if e.written == "" || isAcronym(e.writtenState) && !isAcronym(state) {
		e.written, e.writtenState = form, state
	}
}

// noteGovernment records on e, a government named by its state's
// adjective ([Resolver.governmentName]), the form surface writes when it
// names the state by its name ("the Government of Iraq", "UK
// Government"; not "the Iraqi Government").
func (d *docState) noteGovernment(e *docEntity, surface string) {
	if !strings.HasSuffix(e.name, " government") {
		return // no name governmentName gives: the test below would fail
	}
	f := strings.Fields(surface)
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	var st *mention
	switch {
	case len(f) > 2 && strings.EqualFold(f[0], "government") && strings.EqualFold(f[1], "of"):
		from := 2
		if strings.EqualFold(f[2], "the") {
			from++
		}
		st = d.r.stateNamed(strings.Join(f[from:], " "))
	case len(f) > 1 && strings.EqualFold(f[len(f)-1], "government"):
		st = d.r.stateNamed(strings.Join(f[:len(f)-1], " "))
	}
	if st == nil || st.adj || d.r.governmentName(st) != e.name {
		return
	}
	e.writeForm(strings.Join(f, " "), st.surface)
}

// stateAfterOf returns the mention in cur of a state named right after
// mention m and "of" ("the Parliament of Norway"), or nil.
func (d *docState) stateAfterOf(si int, m *mention, cur []*mention) *mention {
	toks := d.input[si].Tokens
	if m.end+1 >= len(toks) || toks[m.end].Text != "of" {
		return nil
	}
	for _, p := range cur {
		if p.start == m.end+1 && p.typ == schema.GPE && p.kind == mName && !p.adj && !p.possessive {
			return p
		}
	}
	return nil
}

// groupWritten returns surface, a group's mention that opens with its
// state's adjective or its body's name head, with the common words after
// that in lower case, as a group's nouns are: "British soldiers" for a
// speech's "British Soldiers"; an acronym's plural stays ("Labour MPs").
func groupWritten(surface, head string) string {
	head = cleanName(head)
	if len(head) >= len(surface) || !strings.EqualFold(surface[:len(head)], head) {
		return surface
	}
	f := strings.Fields(surface[len(head):])
	for i, w := range f {
		if strings.IndexFunc(w[1:], unicode.IsUpper) < 0 {
			f[i] = strings.ToLower(w) // not "MPs", an acronym's plural
		}
	}
	return surface[:len(head)] + " " + strings.Join(f, " ")
}

// plainSpelling reports whether written, a mention's name, is name
// written without its accents and with the same capitals: "Nicolas
// Maduro" for "Nicolás Maduro", "Recep Tayyip Erdogan" for "Recep Tayyip
// Erdoğan"; not "NICOLAS MADURO", nor "Maduro" alone.
func plainSpelling(written, name string) bool {
	if written == name || len(written) >= len(name) || wordCount(written) != wordCount(name) {
		return false // an accent takes two bytes or more: the canonical name is longer
	}
	for _, r := range written {
		if r >= utf8.RuneSelf {
			return false // accents of its own
		}
	}
	if normKey(written) != normKey(name) {
		return false
	}
	wr, nr := []rune(written), []rune(name)
	if len(wr) != len(nr) {
		return false
	}
	for i := range wr {
		if unicode.IsUpper(wr[i]) != unicode.IsUpper(nr[i]) {
			return false
		}
	}
	return true
}

// textNames renames the entities whose canonical name the document never
// writes to the form it does write, as the package comment above says;
// and names written only without their accents take the text's plain
// spelling, which an analyst searching the text would use.
func (d *docState) textNames() {
	for _, e := range d.ents {
		name := e.written
		if name == "" && e.nameWritten {
			continue
		}
		if name == "" {
			name = e.adjWritten
		}
		if name == "" && !e.accentWritten {
			// "Nicolas Maduro", as wire copy writes him, for the
			// gazetteer's "Nicolás Maduro"
			name = e.plainWritten
		}
		if name == "" && e.gaz != nil && e.gaz.of != "" && e.typ == schema.Organization {
			for a := range e.aliases {
				if len(strings.Fields(a)) > len(strings.Fields(e.name)) && !isAcronym(a) &&
					(len(a) > len(name) || len(a) == len(name) && a < name) {
					name = a
				}
			}
		}
		if other, _ := lookupKey(d.byKey, name); name != "" && (other == nil || other == e) {
			d.rename(e, name) // never onto another entity's name
		}
	}
}
