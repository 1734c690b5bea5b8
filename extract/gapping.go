package extract

import "strings"

// gapped adds the clauses that coordination leaves without their verb:
// in "Tom Wu was impeached by the Senate in 1998, and Ann Lee in 1868"
// the name after "and" is the subject of a second "was impeached by the
// Senate", whose time is 1868. The remnant follows a comma and "and"; it
// is a name and prepositional phrases that end the sentence, one of them
// with the preposition and the role (time, place) of the first clause's
// relation or of one of its extras ("was sentenced to five years, and Ann
// Lee to three"), so that "was passed by the Senate and the House in
// March" remains one agent list and "was arrested in Oslo, and Bergen in
// May" no gapping. Only a passive, or a
// clause with no object, lends its verb: after an active verb the name
// may be a second object ("visited Oslo in 1998, and Bergen in 2001").
// The first clause loses what the list parse gave it from the remnant
// ("in 1998, and Ann Lee").
func (a *analysis) gapped() {
	for ci, n := 0, len(a.cl); ci < n; ci++ {
		c := &a.cl[ci]
		if c.vg < 0 || c.subj.empty() || c.relText != "" || c.thatAt >= 0 || !a.ch[c.vg].passive && !c.obj.empty() {
			continue
		}
		m := a.gapAt(c.vg)
		if m < 0 {
			continue
		}
		if a.ch[m-1].kind != comma {
			continue // "was arrested in Oslo and Bergen in May": a list of places
		}
		cut := a.ch[m-1].i
		pairs, ok := a.remnant(m + 2)
		if !ok {
			continue
		}
		g := *c
		g.subj, g.subjs, g.from, g.parent = span{a.ch[m+1].i, a.ch[m+1].j}, nil, shared, ci
		g.extras = nil
		relPrep := ""
		if c.rel.j > c.rel.i && !c.obj.empty() && c.obj.i == c.rel.j {
			relPrep = a.low[c.rel.j-1]
		}
		parallel := false
		for _, p := range pairs {
			w := a.low[p.i]
			role := a.role(w, span{p.i + 1, p.j})
			if w == relPrep {
				if role != a.role(w, span{c.obj.i, min(c.obj.j, cut)}) {
					parallel = false
					break // "was born in Oslo, and Bergen in May"
				}
				g.obj, g.objs = span{p.i + 1, p.j}, nil
				parallel = true
				continue
			}
			for _, e := range c.extras {
				if e.sp.i < cut && a.low[e.sp.i] == w && e.role == role {
					parallel = true // "in 1998, and Ann Lee in 1868": two times
				}
			}
		}
		if !parallel {
			continue
		}
		a.trimAt(c, cut)
		roles := map[string]bool{}
		for _, p := range pairs {
			if a.low[p.i] != relPrep {
				e := extra{p, a.role(a.low[p.i], span{p.i + 1, p.j})}
				roles[e.role] = true
				g.extras = append(g.extras, e)
			}
		}
		for _, e := range c.extras {
			if !roles[e.role] {
				g.extras = append(g.extras, e)
			}
		}
		g.end = pairs[len(pairs)-1].j
		a.cl = append(a.cl, g)
	}
}

// gapAt returns the chunk index of the "and" that opens a gapped
// remnant after verb group v, or -1: the "and" is followed by a name and
// no verb, relative word or further "and" comes after v.
func (a *analysis) gapAt(v int) int {
	at := -1
	for k := v + 1; k < len(a.ch); k++ {
		switch ch := a.ch[k]; ch.kind {
		case vg, wh, quote:
			return -1
		case conj:
			if at >= 0 || a.low[ch.i] != "and" {
				return -1
			}
			at = k
		}
	}
	if at < 0 || at+2 >= len(a.ch) || a.ch[at+1].kind != np || !strings.HasPrefix(a.tags[a.ch[at+1].head], "NNP") {
		return -1
	}
	return at
}

// remnant returns the prepositional phrases from chunk k to the end of
// the sentence, each a span from its preposition, and reports whether
// the chunks from k on are such phrases and nothing else.
func (a *analysis) remnant(k int) ([]span, bool) {
	var out []span
	for k < len(a.ch) && a.ch[k].kind != stop {
		if a.ch[k].kind != prep || a.ch[k].j != a.ch[k].i+1 || k+1 >= len(a.ch) || a.ch[k+1].kind != np {
			return nil, false
		}
		_, end := a.nounChain(k + 1)
		out = append(out, span{a.ch[k].i, a.ch[end-1].j})
		k = end
	}
	return out, len(out) > 0
}

// trimAt ends c's object and extras before token cut.
func (a *analysis) trimAt(c *clause, cut int) {
	if c.obj.j > cut {
		c.obj.j = cut
		var objs []span
		for _, o := range c.objs {
			if o.j <= cut {
				objs = append(objs, o)
			}
		}
		if len(objs) < 2 {
			objs = nil
		}
		c.objs = objs
	}
	var extras []extra
	for _, e := range c.extras {
		if e.sp.i >= cut {
			continue
		}
		e.sp.j = min(e.sp.j, cut)
		extras = append(extras, e)
	}
	c.extras = extras
	c.end = min(c.end, cut)
}

// sharedPlace gives a clause whose verb has no argument of its own the
// place of the participle joined to it by "and": in "Ann Lee was born and
// raised in Oslo" she was born in Oslo too. The second verb's relation
// ends in "in" or "at", its object right after; the first clause has no
// object or extra, and the second shares its subject.
func (a *analysis) sharedPlace() {
	for ci := range a.cl {
		c := &a.cl[ci]
		k := c.vg
		if k < 0 || k+2 >= len(a.ch) || c.subj.empty() || c.relText != "" || !c.obj.empty() || len(c.extras) > 0 || c.thatAt >= 0 ||
			a.ch[k+1].kind != conj || a.low[a.ch[k+1].i] != "and" || a.ch[k+2].kind != vg || a.ch[k+2].form != participle || a.ch[k+2].j != a.ch[k+2].i+1 {
			continue
		}
		ni := a.byVG[k+2]
		if ni < 0 || ni >= len(a.cl) {
			continue
		}
		n := a.cl[ni]
		if n.subj != c.subj || n.obj.empty() || n.rel.j <= n.rel.i || n.obj.i != n.rel.j {
			continue
		}
		if w := a.low[n.rel.j-1]; w == "in" || w == "at" {
			c.extras = append(c.extras, extra{span{n.rel.j - 1, n.obj.j}, a.role(w, n.obj)})
		}
	}
}
