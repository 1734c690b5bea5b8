package extract

// leadingAccording records X in "According to X," at the start of the
// sentence, or in ", according to X" after a comma.
func (a *analysis) leadingAccording() {
	for k := 0; k+1 < len(a.ch); k++ {
		if a.ch[k].kind == prep && a.low[a.ch[k].i] == "according" && a.ch[k+1].kind == np && (k == 0 || a.ch[k-1].kind == comma) {
			_, end := a.nounChain(k + 1)
			a.according = span{a.ch[k+1].i, a.ch[end-1].j}
			return
		}
	}
}

// inverted reads a report whose speaker follows the verb: "The talks
// failed, said the minister." The quoted clause is the object.
func (a *analysis) inverted(k int, c *clause) bool {
	v := a.ch[k]
	if v.form != finite || !a.reporting(v.head) || k+1 >= len(a.ch) || a.ch[k+1].kind != np || k < 2 {
		return false
	}
	report, ok := a.reportBefore(k - 1)
	if !ok || !a.hasMainVerb(k-1) {
		return false
	}
	_, e := a.nounChain(k + 1)
	if e < len(a.ch) && a.ch[e].kind != comma && a.ch[e].kind != stop && (a.ch[e].kind != prep && a.ch[e].kind != quote || !a.quoted(k-1)) {
		// "..., said the minister" ends the speaker's phrase; after a
		// quotation an adjunct may follow ('"...," said Ann Lee ahead
		// of the vote'), or the quotation go on ('"We stand ready"
		// tweeted Ann Lee "to help"').
		return false
	}
	c.subj = span{a.ch[k+1].i, a.ch[e-1].j}
	c.from = inverted
	c.rel = span{v.i, v.j}
	c.obj = report
	c.end = c.subj.j
	for i := range a.cl {
		// The facts inside the report are the speaker's.
		if q := &a.cl[i]; q.vg >= 0 && a.ch[q.vg].i >= c.obj.i && a.ch[q.vg].j <= c.obj.j && q.attribution.empty() {
			q.attribution = c.subj
			q.reportedBy = len(a.cl) + 1 // c is appended next
		}
	}
	return true
}

// invertedHearer returns the hearer of an inverted report as a clause of
// its own: '"We won," said Ann Lee to the Gazette' gives Ann Lee said to
// the Gazette, the speaker skipped inside the relation as a time phrase is
// in "met on Monday with". The clause c has its speaker set; a "to" and a
// noun phrase must follow the speaker right after a quotation.
func (a *analysis) invertedHearer(c *clause) (clause, bool) {
	e := a.at[c.subj.j-1] + 1
	if e+1 >= len(a.ch) || a.ch[e].kind != prep || a.low[a.ch[e].i] != "to" || a.ch[e].j-a.ch[e].i != 1 || a.ch[e+1].kind != np {
		return clause{}, false
	}
	if !a.quoted(a.at[c.rel.i] - 1) {
		return clause{}, false
	}
	_, end := a.nounChain(e + 1)
	if end < len(a.ch) && a.ch[end].kind != comma && a.ch[end].kind != stop {
		return clause{}, false // "said Ann Lee to reporters in Oslo on Monday" may go on; only a plain hearer is read
	}
	h := clause{vg: c.vg, subj: c.subj, from: inverted, thatAt: -1, parent: -1}
	h.rel = span{c.rel.i, a.ch[e].j}
	h.relSkip = c.subj
	h.obj = span{a.ch[e+1].i, a.ch[end-1].j}
	h.end = h.obj.j
	return h, true
}

// quoted reports whether chunk m, or the comma right before it, closes a
// quotation.
func (a *analysis) quoted(m int) bool {
	return m >= 0 && a.ch[m].kind == quote || m >= 1 && a.ch[m].kind == comma && a.ch[m-1].kind == quote
}

// hasMainVerb reports whether a finite verb group outside a relative
// clause comes before chunk m: "The talks failed, said the minister" has
// one, and so has a quotation ("'No comment,' said Ann Lee"); "Ann Lee, a
// survivor, said the boat sank" and "Ann Lee, who survived, said ..." have
// none, so their speaker comes first even when the tagger takes "the boat
// sank" for a noun phrase.
func (a *analysis) hasMainVerb(m int) bool {
	for k := 0; k < m && k < len(a.ch); k++ {
		if a.ch[k].kind == quote || a.ch[k].kind == vg && a.ch[k].form == finite && (k == 0 || a.ch[k-1].kind != wh) {
			return true // a quotation is a report with or without a verb
		}
	}
	return false
}

// reportBefore returns the words a speaker reports when the speaker's
// phrase begins after chunk m ("..., said the minister", "..., the
// minister said"): all from the start of the sentence to the comma at m
// (quotes at m skipped), less quotes and commas at either end. It reports
// false when there is no such comma or nothing before it.
func (a *analysis) reportBefore(m int) (span, bool) {
	quoted := false
	for m > 0 && a.ch[m].kind == quote {
		m--
		quoted = true
	}
	if m < 1 {
		return span{}, false
	}
	end := m - 1
	if a.ch[m].kind != comma && !(quoted && a.ch[m].kind == stop && (a.low[a.ch[m].i] == "!" || a.low[a.ch[m].i] == "?")) {
		// '"Well done, Tom Wu!" wrote Ann Lee' ends its quotation with
		// "!"; '"We stand ready" tweeted Ann Lee' with no mark at all,
		// when the quotation opens the sentence.
		if !quoted || a.ch[m].kind == stop || !a.wholeQuote(m) {
			return span{}, false
		}
		end = m
	}
	start := 0
	for start < m && a.ch[start].kind == quote {
		start++
	}
	for end > start && (a.ch[end].kind == quote || a.ch[end].kind == comma) {
		end--
	}
	if end <= start {
		return span{}, false
	}
	return span{a.ch[start].i, a.ch[end].j}, true
}

// wholeQuote reports whether chunks 0 to m, and no more, are one
// quotation: one opens the sentence, and none other comes before the
// mark that closes it after m.
func (a *analysis) wholeQuote(m int) bool {
	if a.ch[0].kind != quote || m+1 >= len(a.ch) || a.ch[m+1].kind != quote {
		return false
	}
	for k := 1; k <= m; k++ {
		if a.ch[k].kind == quote {
			return false
		}
	}
	return true
}

// thatObjects makes the clause after "that"/"whether" the object of the
// verb that governs it, and marks the clauses inside with the speaker. A
// clause told after the hearer with no "that" ([clause].toldAt) is marked
// the same way, and the hearer stays the object.
func (a *analysis) thatObjects() {
	for ci := range a.cl {
		c := &a.cl[ci]
		if c.toldAt > 0 {
			a.reported(ci, c.toldAt-1, a.ch[c.toldAt-1].i)
		}
		if c.thatAt < 0 {
			continue
		}
		start := a.ch[c.thatAt].i
		if a.low[start] == "that" {
			start = a.ch[c.thatAt].j
		}
		if end := a.reported(ci, c.thatAt, start); end > start {
			c.obj = span{start, end}
			c.end = end
		}
	}
}

// reported marks the clauses from chunk k0 on, up to the end of the
// sentence or a break (a colon, ", calling for", ", where", ", but"), as
// reported by clause ci when ci's verb reports speech, and returns the
// token index after the last of them, start when there is none.
func (a *analysis) reported(ci, k0, start int) int {
	c := &a.cl[ci]
	end := start
	for k := k0; k < len(a.ch); k++ {
		ch := a.ch[k]
		if ch.kind == stop || ch.kind == comma && a.toks[ch.i].Text != "," {
			break
		}
		if ch.kind == comma {
			n := k + 1
			for n < len(a.ch) && isQuote(a.tags[a.ch[n].i]) {
				n++
			}
			if n < len(a.ch) && (a.ch[n].kind == vg && a.ch[n].form == gerund || a.ch[n].kind == wh && a.low[a.ch[n].i] != "who" || a.ch[n].kind == conj) {
				break // ", calling for", ", where", ", but he rejected"
			}
		}
		if q := a.byVG[k]; q >= 0 && q != ci {
			inner := &a.cl[q]
			if !c.subj.empty() && a.speech(c) {
				if inner.attribution.empty() {
					inner.attribution = c.subj
				}
				if a.says(c) {
					inner.reportedBy = ci + 1 // the nearest report wins
				}
			}
			if inner.parent < 0 {
				inner.parent = ci
			}
			if inner.end > end {
				end = inner.end
			}
		}
	}
	return end
}

// speech reports whether clause c reports what its subject said, thought
// or found: its verb reports speech, or it is a light verb with a noun
// such as "concerns" before "that".
func (a *analysis) speech(c *clause) bool {
	if c.vg < 0 {
		return false
	}
	v := a.ch[c.vg]
	if a.reporting(v.head) {
		return true
	}
	return c.rel.j > v.j && a.ch[c.thatAt].kind == prep && a.low[a.ch[c.thatAt].i] == "that" && lightVerb(a.low[v.head])
}
