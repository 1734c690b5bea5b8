package extract

import "github.com/kg-project/kg/schema"

// citingVerb reports whether the verb with base form w names citing a
// source: "citing", "quoting".
func citingVerb(w string) bool { return w == "cite" || w == "quote" }

// says reports whether clause c's verb passes words on ("said",
// "reported", "told", "announced"), so that its subject is a link of a
// source chain; a verb of thought or evidence ("believes", "showed") is
// no such link, though the facts inside it are still its subject's.
func (a *analysis) says(c *clause) bool {
	h := a.ch[c.vg].head
	return sayingVerb(a.x.base(a.low[h], a.tags[h]))
}

// sayingVerb reports whether the verb with base form w passes words on
// ([analysis.says]).
func sayingVerb(w string) bool {
	switch w {
	case "say", "tell", "report", "claim", "announce", "state", "confirm", "deny", "add", "write", "allege", "assert",
		"declare", "warn", "insist", "reveal", "tweet", "testify", "reply", "respond", "mention", "note", "explain",
		"acknowledge", "admit", "stress", "emphasize", "emphasise", "argue", "cite", "quote", "complain", "predict":
		return true
	}
	return false
}

// accordingCitation gives the citing phrase after "According to X," its
// real subject, X: in "According to Kyodo, citing Ukrainian intelligence
// sources, Kim's arrival is a significant move" Kyodo cites the sources,
// not the arrival. It records the phrase's clause, whose object is the
// next link of the source chain.
func (a *analysis) accordingCitation() {
	if a.according.empty() {
		return
	}
	k := a.at[a.according.j-1] + 1
	if k+1 >= len(a.ch) || a.ch[k].kind != comma {
		return
	}
	v := a.ch[k+1]
	if v.kind != vg || v.form != gerund || !citingVerb(a.x.base(a.low[v.head], a.tags[v.head])) {
		return
	}
	ci := a.byVG[k+1]
	if ci < 0 || a.cl[ci].obj.empty() {
		return
	}
	c := &a.cl[ci]
	c.subj, c.subjs, c.from, c.parent = a.according, nil, direct, -1
	a.accordingCite = ci + 1
}

// trailingSpeaker reads a report whose speaker and verb close the
// sentence after a comma: "North Korea sent troops to Russia, the ministry
// said." The clause before the comma is the verb's object and the facts
// inside it are the speaker's.
func (a *analysis) trailingSpeaker() {
clauses:
	for ci := range a.cl {
		c := &a.cl[ci]
		if c.vg < 0 || c.from != direct || c.subj.empty() || !c.obj.empty() || c.thatAt >= 0 || !a.reporting(a.ch[c.vg].head) {
			continue
		}
		for k := c.vg + 1; k < len(a.ch); k++ {
			if kd := a.ch[k].kind; kd != stop && kd != quote && kd != adv && a.ch[k].j > c.end {
				continue clauses // more follows: not a closing "X said"
			}
		}
		report, ok := a.reportBefore(a.at[c.subj.i] - 1)
		if !ok {
			return
		}
		c.obj = report
		// The speaker stands outside the report: in "'I think ...', Water
		// said" Water reports "I think", and what "I think" takes as its
		// object ends at the comma.
		c.attribution, c.reportedBy = span{}, 0
		for i := range a.cl {
			q := &a.cl[i]
			if i != ci && q.obj.i < report.j && q.obj.j > report.j {
				q.obj.j = report.j
			}
			if i == ci || q.vg < 0 || a.ch[q.vg].i < c.obj.i || a.ch[q.vg].j > c.obj.j {
				continue
			}
			if q.attribution.empty() {
				q.attribution = c.subj
			}
			if q.reportedBy == 0 {
				q.reportedBy = ci + 1
			}
		}
		return
	}
}

// attribution returns the speaker of clause ci's facts and their source
// chain ([schema.Extraction.Sources]), or "" and nil when the clause is
// not reported. The chain starts with the outermost speaker: the X of
// "According to X" or of "X said that Y reported that ...", the news
// outlet of "Y told X" when X is one; each speaker is followed by whom it
// cites ("X, citing Y, said ..."), and a speaker who reports another's
// report by that reporter.
func (a *analysis) attribution(ci int) (string, []schema.Argument) {
	c := &a.cl[ci]
	if c.vg < 0 || a.accordingCite == ci+1 {
		return "", nil // an implied fact, or the citing of "According to X, citing Y"
	}
	var srcs []schema.Argument
	add := func(ss ...span) {
		for _, s := range ss {
			if x := a.arg(s, ""); len(srcs) == 0 || srcs[len(srcs)-1].Text != x.Text {
				srcs = append(srcs, x)
			}
		}
	}
	if !a.according.empty() && !a.inAccording(c) {
		add(a.according)
		if a.accordingCite > 0 {
			add(a.cited(&a.cl[a.accordingCite-1])...)
		}
	}
	var reporters [4]int // nearest first
	n := 0
	for r := c.reportedBy; r > 0 && n < len(reporters); r = a.cl[r-1].reportedBy {
		reporters[n] = r - 1
		n++
	}
	for i := n - 1; i >= 0; i-- {
		add(a.tellers(reporters[i])...)
	}
	if n == 0 && !c.attribution.empty() {
		add(c.attribution)
	}
	if len(srcs) == 0 {
		return "", nil
	}
	return srcs[0].Text, srcs
}

// inAccording reports whether clause c lies inside the "According to X,
// citing Y" phrase itself.
func (a *analysis) inAccording(c *clause) bool {
	i := a.ch[c.vg].i
	end := a.according.j
	if a.accordingCite > 0 {
		end = a.cl[a.accordingCite-1].end
	}
	return i >= a.according.i && i < end
}

// tellers returns the speaker of the report clause p and whom the speaker
// cites: "Kyodo" and "Ukrainian officials" for "Kyodo, citing Ukrainian
// officials, said"; for "Ukrainian officials told Kyodo that", the news
// outlet told first, then who told it.
func (a *analysis) tellers(p int) []span {
	c := &a.cl[p]
	if h := a.mediaHearer(c); !h.empty() && !c.subj.empty() {
		return []span{h, c.subj}
	}
	out := []span{c.subj}
	speaker := a.spanText(c.subj)
	for qi := range a.cl {
		q := &a.cl[qi]
		if qi == p || q.vg < 0 || q.subj.empty() || a.spanText(q.subj) != speaker {
			continue
		}
		if h := a.ch[q.vg].head; citingVerb(a.x.base(a.low[h], a.tags[h])) {
			out = append(out, a.cited(q)...)
		}
	}
	return out
}

// cited returns the objects of the citing clause q, each conjunct apart.
func (a *analysis) cited(q *clause) []span {
	if len(q.objs) > 0 {
		return q.objs
	}
	if q.obj.empty() {
		return nil
	}
	return []span{q.obj}
}

// mediaHearer returns the news outlet that the report clause c tells
// ("Kyodo" in "Ukrainian officials told Kyodo that ..."), or an empty
// span when c's verb is no "tell" or whom it tells is no outlet.
func (a *analysis) mediaHearer(c *clause) span {
	h := a.ch[c.vg].head
	if a.x.base(a.low[h], a.tags[h]) != "tell" || c.vg+1 >= len(a.ch) || a.ch[c.vg+1].kind != np {
		return span{}
	}
	n := a.ch[c.vg+1]
	for i := n.i; i < n.j; i++ {
		if mediaWord(a.low[i]) {
			return span{n.i, n.j}
		}
	}
	return span{}
}

// mediaWord reports whether w, lower case, marks a news outlet's name.
// Reporters told something are no outlet: "An official told reporters
// that ..." is the official's.
func mediaWord(w string) bool {
	switch w {
	case "news", "agency", "television", "tv", "radio", "newspaper", "broadcaster", "times", "post",
		"journal", "herald", "tribune", "gazette", "daily", "weekly", "magazine", "press", "reuters", "bloomberg", "bbc", "cnn",
		"afp", "ap", "kyodo", "yonhap", "xinhua", "tass", "interfax", "nhk", "cbc", "abc", "nbc", "cbs", "guardian", "telegraph",
		"channel", "network", "outlet", "al-jazeera", "newsweek", "politico", "axios":
		return true
	}
	return false
}
