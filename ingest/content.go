package ingest

// The choice of a page's main content, after Mozilla's Readability: what
// is pruned as boilerplate, how paragraphs score their ancestors, and how
// the content is cleaned.

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	// unlikely and maybe are Readability's class and id patterns: an
	// element whose class or id matches unlikely and not maybe is no
	// content; kg adds the boilerplate of news sites (cookie banners,
	// share buttons, newsletter boxes).
	unlikely = regexp.MustCompile(`(?i)-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|share|sharing|newsletter|subscribe|signup|promo|advert|toolbar|sr-only|screen-reader|visually-hidden|^ads?$|^ad[-_]|[-_]ads?$|taboola|outbrain`)
	maybe    = regexp.MustCompile(`(?i)and|article|body|column|content|main|shadow`)
	// positive and negative weigh an element's class and id when no
	// semantic element marks the content (Readability's weights).
	positive = regexp.MustCompile(`(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story`)
	negative = regexp.MustCompile(`(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget`)
)

// prune removes from the tree at root what is never article text:
// scripts, styles, forms, navigation, asides, footers, hidden elements,
// blocks of links, and elements whose class or id names boilerplate,
// unless they hold half the page's text: a class such as
// "panel-two-col-sidebar-right" may wrap the article itself.
func prune(root *html.Node) {
	removeIf(root, func(n *html.Node, total int) bool {
		switch {
		case n.Type == html.CommentNode:
			return true
		case n.Type != html.ElementNode:
			return false
		}
		return junk(n) || linkList(n) || unlikelyClass(n) && 2*textLen(n) < total
	})
}

// removeIf removes from the tree under root each node for which drop,
// given the length of root's text ([textLen]), returns true, and looks
// inside the others.
func removeIf(root *html.Node, drop func(n *html.Node, total int) bool) {
	total := textLen(root)
	var rec func(n *html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if drop(c, total) {
				n.RemoveChild(c)
			} else {
				rec(c)
			}
			c = next
		}
	}
	rec(root)
}

// unlikelyClass reports whether the class or id of the element n names
// boilerplate ([unlikely], not [maybe]).
func unlikelyClass(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Article, atom.Main, atom.A:
		return false
	}
	names := attr(n, "class") + " " + attr(n, "id")
	return unlikely.MatchString(names) && !maybe.MatchString(names)
}

// junk reports whether the element n holds no article text whatever the
// rest of the page: by its tag, its role, or because it is hidden.
func junk(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Canvas,
		atom.Iframe, atom.Object, atom.Embed, atom.Form, atom.Button, atom.Input, atom.Select,
		atom.Textarea, atom.Nav, atom.Aside, atom.Footer, atom.Dialog, atom.Menu, atom.Figure,
		atom.Picture, atom.Video, atom.Audio, atom.Map, atom.Head, atom.Label:
		return true
	case atom.Html, atom.Body, atom.Article, atom.Main:
		return false
	}
	if n.Data == "fb:like" || n.Data == "amp-ad" {
		return true
	}
	if _, ok := attrOK(n, "hidden"); ok || attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
		"menu", "menubar", "search", "toolbar", "tablist":
		return true
	}
	return false
}

// linkList reports whether n is a block of links, such as a list of tags
// or of other stories: a div, list, table or section with little text
// outside links, mostly links (Readability's conditional cleaning, kept
// simple).
func linkList(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Ul, atom.Ol, atom.Table, atom.Section, atom.Header:
	default:
		return false
	}
	return textLen(n) < 100 && linkDensity(n) > 0.5
}

// mainContent returns the elements that hold the article, in document
// order: the <article> (or itemprop=articleBody), else the <main> or
// role=main element, that holds most of the page's text, or else the
// best element by Readability's scoring of paragraphs and its siblings
// that score well too.
func mainContent(root *html.Node) []*html.Node {
	body := find([]*html.Node{root}, atom.Body)
	if body == nil {
		body = root
	}
	total := textLen(body)
	best := func(match func(*html.Node) bool) *html.Node {
		var b *html.Node
		bl := 0
		walk(body, func(n *html.Node) bool {
			if n.Type == html.ElementNode && match(n) {
				if l := textLen(n); l > bl {
					b, bl = n, l
				}
			}
			return true
		})
		if b != nil && 2*bl >= total {
			return b
		}
		return nil
	}
	if a := best(func(n *html.Node) bool {
		return n.DataAtom == atom.Article || strings.EqualFold(attr(n, "itemprop"), "articleBody")
	}); a != nil {
		return []*html.Node{a}
	}
	if m := best(func(n *html.Node) bool {
		return n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main")
	}); m != nil {
		return []*html.Node{m}
	}
	return scored(body)
}

// scored picks the content by Readability's method: each paragraph of
// 25 characters or more scores 1, plus one per comma, plus one per 100
// characters (at most 3), for its parent, half that for its grandparent
// and a third of it per level for the next three; an element starts from
// a score for its tag and class, and its total is cut by the share of its
// text inside links. The best element is taken with those of its
// siblings that score at least a fifth of it, and sibling paragraphs that
// read as prose.
func scored(body *html.Node) []*html.Node {
	score := make(map[*html.Node]float64)
	var order []*html.Node
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || !paragraphLike(n) {
			return true
		}
		text := collapse(innerText(n))
		if len(text) < 25 {
			return true
		}
		s := 1 + float64(strings.Count(text, ",")) + min(float64(len(text)/100), 3)
		level := 0
		for a := n.Parent; a != nil && a.Type == html.ElementNode && level < 5; a = a.Parent {
			if _, ok := score[a]; !ok {
				score[a] = initialScore(a)
				order = append(order, a)
			}
			div := 1.0
			switch level {
			case 0:
			case 1:
				div = 2
			default:
				div = float64(level * 3)
			}
			score[a] += s / div
			level++
		}
		return true
	})
	var top *html.Node
	topScore := 0.0
	for _, n := range order {
		score[n] *= 1 - linkDensity(n)
		if top == nil || score[n] > topScore {
			top, topScore = n, score[n]
		}
	}
	if top == nil {
		return []*html.Node{body}
	}
	top, topScore = unify(top, order, score)
	if top.Parent == nil || top.DataAtom == atom.Body {
		return []*html.Node{top}
	}
	threshold := max(10, topScore*0.2)
	var out []*html.Node
	for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			out = append(out, s)
			continue
		}
		if s.Type != html.ElementNode {
			continue
		}
		if sc, ok := score[s]; ok && sc >= threshold {
			out = append(out, s)
			continue
		}
		if s.DataAtom == atom.P {
			text := collapse(innerText(s))
			ld := linkDensity(s)
			if len(text) > 80 && ld < 0.25 || len(text) > 0 && ld == 0 && strings.HasSuffix(text, ".") {
				out = append(out, s)
			}
		}
	}
	return out
}

// clean removes from the content under n the blocks that are no prose,
// as Readability's conditional cleaning does: a div, list or table (not one with a header row: that is data) whose class or id
// weighs negative ([negative]), or, when it has fewer than 10 commas,
// one with more images than half its paragraphs, under 25 characters of
// text (unless it holds a heading), or links making over a fifth of its
// text (not a list; over half when its class weighs positive). Video
// players, galleries and teaser lists inside an article go this way, but
// never a block that holds half the content's text.
func clean(content *html.Node) {
	removeIf(content, func(n *html.Node, total int) bool {
		return n.Type == html.ElementNode && dubious(n) && 2*textLen(n) < total
	})
}

func dubious(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Ul, atom.Ol:
	case atom.Table:
		if find([]*html.Node{n}, atom.Th) != nil || find([]*html.Node{n}, atom.Caption) != nil {
			return false
		}
	default:
		return false
	}
	weight := classWeight(n)
	if weight < 0 {
		return true
	}
	text := collapse(innerText(n))
	if strings.Count(text, ",") >= 10 {
		return false
	}
	var p, img, heading int
	walk(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.P:
			p++
		case atom.Img:
			img++
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			heading++
		}
		return true
	})
	ld := linkDensity(n)
	switch {
	case img > 1 && 2*p < img:
		return true
	case len(text) < 25 && heading == 0:
		return true
	case weight < 25 && ld > 0.2 && n.DataAtom != atom.Ul && n.DataAtom != atom.Ol:
		return true
	case weight >= 25 && ld > 0.5:
		return true
	}
	return false
}

// classWeight returns Readability's weight of n's class and id: -25 for
// each that matches [negative], +25 for each that matches [positive].
func classWeight(n *html.Node) float64 {
	var s float64
	for _, name := range []string{attr(n, "class"), attr(n, "id")} {
		if name == "" {
			continue
		}
		if negative.MatchString(name) {
			s -= 25
		}
		if positive.MatchString(name) {
			s += 25
		}
	}
	return s
}

// unify moves the best element up the tree where the article is split
// among several of its descendants, as Readability does: to the nearest
// ancestor of three of the five best elements that score at least 0.75
// of the best, and then to the first ancestor whose score rises over the
// best's before one falls under a third of it.
func unify(top *html.Node, order []*html.Node, score map[*html.Node]float64) (*html.Node, float64) {
	best := slices.SortedStableFunc(slices.Values(order), func(a, b *html.Node) int { return cmp.Compare(score[b], score[a]) })
	var alts [][]*html.Node // the ancestors of the runners-up
	for _, n := range best[1:min(len(best), 5)] {
		if score[n] >= 0.75*score[top] {
			var anc []*html.Node
			for a := n.Parent; a != nil; a = a.Parent {
				anc = append(anc, a)
			}
			alts = append(alts, anc)
		}
	}
	if len(alts) >= 3 {
		for a := top.Parent; a != nil && a.DataAtom != atom.Body; a = a.Parent {
			shared := 0
			for _, anc := range alts {
				if slices.Contains(anc, a) {
					shared++
				}
			}
			if shared >= 3 {
				top = a
				break
			}
		}
	}
	last := score[top]
	for a := top.Parent; a != nil && a.DataAtom != atom.Body; a = a.Parent {
		sc, ok := score[a]
		if !ok {
			continue
		}
		if sc < last/3 {
			break
		}
		if sc > last {
			top = a
			break
		}
		last = sc
	}
	return top, score[top]
}

// paragraphLike reports whether n is a paragraph for scoring: a p, pre,
// td or blockquote, or a div or section with no block inside.
func paragraphLike(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote:
		return true
	case atom.Div, atom.Section:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && blockBreak(c.DataAtom) > 0 {
				return false
			}
		}
		return true
	}
	return false
}

func initialScore(n *html.Node) float64 {
	var s float64
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	return s + classWeight(n)
}

// linkDensity returns the share of n's text inside links.
func linkDensity(n *html.Node) float64 {
	all, inLinks := 0, 0
	var count func(*html.Node, bool)
	count = func(n *html.Node, link bool) {
		if n.Type == html.TextNode {
			l := len(strings.TrimSpace(n.Data))
			all += l
			if link {
				inLinks += l
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			count(c, link || c.DataAtom == atom.A)
		}
	}
	count(n, false)
	if all == 0 {
		return 0
	}
	return float64(inLinks) / float64(all)
}

// textLen returns the length of n's text outside links, scripts and
// styles.
func textLen(n *html.Node) int {
	l := 0
	walk(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.A, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
			return false
		}
		if c.Type == html.TextNode {
			l += len(strings.TrimSpace(c.Data))
		}
		return true
	})
	return l
}
