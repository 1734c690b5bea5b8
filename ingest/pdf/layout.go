package pdf

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A pdfLine is a line of text on a PDF page: its runs joined, with the
// position and size of its first run.
type pdfLine struct {
	text  string
	x, y  float64
	right float64 // where its last run ends
	size  float64
}

// A lineBuilder joins a page's runs of text into lines as the page draws
// them, so that a page of many small runs holds its lines, not its runs:
// a new line where the baseline moves by over half the font size, a space
// where the gap to the previous run is over 0.15 em (kerning in a TJ array
// or a move with Td: a word break) or the text goes back by over an em.
type lineBuilder struct {
	lines []pdfLine
	b     strings.Builder
	cur   pdfLine
	end   float64 // where the last run ended
}

func (lb *lineBuilder) flush() {
	if t := strings.Join(strings.Fields(lb.b.String()), " "); t != "" {
		lb.cur.text = t
		lb.lines = append(lb.lines, lb.cur)
	}
	lb.b.Reset()
}

// add adds the next run.
func (lb *lineBuilder) add(r pdfRun) {
	text := ligatures.Replace(cleanText(r.text))
	if text == "" {
		return
	}
	size := max(math.Abs(r.size), 1)
	switch {
	case lb.b.Len() == 0 || math.Abs(r.y-lb.cur.y) > 0.5*size || math.IsNaN(r.y-lb.cur.y):
		lb.flush()
		lb.cur = pdfLine{x: r.x, y: r.y, size: size}
	case r.x-lb.end > 0.15*size || lb.end-r.x > size:
		lb.b.WriteByte(' ')
	}
	lb.b.WriteString(text)
	lb.end = r.end
	lb.cur.right = max(lb.cur.right, lb.end)
}

// done returns the lines and empties lb.
func (lb *lineBuilder) done() []pdfLine {
	lb.flush()
	lines := lb.lines
	*lb = lineBuilder{}
	return lines
}

// ligatures spells out the ligature characters of typeset PDFs.
var ligatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")

var (
	pageNumber = regexp.MustCompile(`^(?i)(page\s+)?[-–—]?\s*[0-9ivxlc]+\s*[-–—]?(\s+of\s+[0-9]+|\s*/\s*[0-9]+)?$`)
	digits     = regexp.MustCompile(`[0-9]+`)
	// browserMargin matches what browsers print in a page's margins: the
	// date and time, the address, the page's number of the pages.
	browserMargin = regexp.MustCompile(`^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d\d|^[a-z]+://\S+|\b\d+\s*/\s*\d+$|(?i)\bpage \d+ of \d+`)
)

// layout lays out the lines of the pages as paragraphs separated by
// blank lines. A paragraph ends where the gap to the next line is over 1.4
// times the page's usual line spacing (or 1.3 times the line's font size,
// when that is more: a heading's lines), a line indented by 1 to 4 em
// from the page's left margin follows a sentence's end in a line at the
// margin, the font size changes (a heading),
// a bullet opens the line or the text moves up the page (a new column); it
// goes on over a page break unless the page ended a sentence. Running
// heads and feet (one of the first or last two lines of a page, found at
// the same height, digits aside, on at least two pages and half of them)
// and page numbers there are dropped. A line ending in a hyphen between
// two word characters joins the next without a space, keeping the hyphen
// ("well-/known" is "well-known": browsers and word processors break lines
// only at hyphens the text has), unless the next line starts in lower case
// and the document writes the joined word elsewhere and never the
// hyphenated one (a typesetter's hyphenation: "dis-/pute" is "dispute"
// when "dispute" occurs).
func layout(pages [][]pdfLine) string {
	// A running head or foot is one of the first or last two lines of a
	// page, found at the same height, digits aside, on other pages.
	edge := func(lines []pdfLine, i int) bool { return i < 2 || i >= len(lines)-2 }
	key := func(l pdfLine) string {
		return fmt.Sprintf("%.0f %s", l.y/2, digits.ReplaceAllString(l.text, "#"))
	}
	seen := make(map[string]int) // pages a head or foot appears on
	for _, lines := range pages {
		once := make(map[string]bool)
		for i, l := range lines {
			if k := key(l); edge(lines, i) && !once[k] {
				once[k] = true
				seen[k]++
			}
		}
	}
	running := func(lines []pdfLine, i int) bool {
		if !edge(lines, i) {
			return false
		}
		n := seen[key(lines[i])]
		return len(pages) >= 2 && n >= 2 && 2*n >= len(pages) || pageNumber.MatchString(lines[i].text) ||
			lines[i].size < 0.85*medianSize(lines) && browserMargin.MatchString(lines[i].text)
	}
	words := make(map[string]bool) // the document's words, hyphenated ones too
	for _, lines := range pages {
		for _, l := range lines {
			for _, w := range strings.Fields(l.text) {
				words[strings.ToLower(strings.Trim(w, `.,;:!?"'()[]“”‘’`))] = true
			}
		}
	}
	var paras []string
	var para []byte
	endPara := func() {
		if len(para) > 0 {
			paras = append(paras, string(para))
			para = para[:0]
		}
	}
	var prevX, prevY, prevSize, prevRight float64
	short := false // whether the last line of the page before ended short of the margin
	for _, lines := range pages {
		spacing, left := lineSpacing(lines), leftMargin(lines)
		first := true // the first line kept on the page
		for i, l := range lines {
			if running(lines, i) {
				continue
			}
			if len(para) > 0 {
				switch gap := prevY - l.y; {
				case math.Abs(l.size-prevSize) > 1 || strings.ContainsAny(firstRune(l.text), "•▪◦●■"):
					endPara() // a heading, a list item
				case first:
					if strings.ContainsAny(lastRune(string(para[max(0, len(para)-4):])), ".!?:\"”") || short {
						endPara()
					}
				case !(gap > 0 && gap <= 1.4*max(spacing, 1.3*l.size)):
					endPara() // a gap wider than a line's (a larger font's lines are wider apart)
				case l.x-left > l.size && l.x-left < 4*l.size && math.Abs(prevX-left) < 0.5*l.size &&
					strings.ContainsAny(lastRune(string(para[max(0, len(para)-4):])), ".!?:\"”"):
					endPara() // a first line indented after a sentence's end
				}
			}
			first = false
			if len(para) > 0 {
				switch lineHyphen(para, l.text, words) {
				case dropHyphen:
					para = para[:len(para)-1]
				case noBreak:
					para = append(para, ' ')
				}
			}
			para = append(para, l.text...)
			prevX, prevY, prevSize, prevRight = l.x, l.y, l.size, l.right
			short = false
		}
		short = shortLine(lines, prevRight)
	}
	endPara()
	if len(paras) == 0 {
		return ""
	}
	return strings.Join(paras, "\n\n") + "\n"
}

// A hyphen is how a line ends that a word or compound breaks at: "dis-" or
// "well-" before "pute" or "known".
type hyphenBreak int

const (
	noBreak    hyphenBreak = iota // no hyphen, or not between word characters: a space follows
	keepHyphen                    // a compound's hyphen: "well-known"
	dropHyphen                    // a word hyphenated by the typesetter: "dispute"
)

// lineHyphen says how a paragraph ending in a hyphen joins the next line
// (see [layout]). words are the document's words, lower-cased.
func lineHyphen(para []byte, next string, words map[string]bool) hyphenBreak {
	dash, n := utf8.DecodeLastRune(para)
	if dash != '-' && dash != '–' && dash != '—' || len(para) == n {
		return noBreak
	}
	before, _ := utf8.DecodeLastRune(para[:len(para)-n])
	after, _ := utf8.DecodeRuneInString(next)
	if !isWordRune(before) || !isWordRune(after) {
		return noBreak
	}
	if dash != '-' {
		return keepHyphen // "8–/10" is "8–10"
	}
	head := string(para[bytes.LastIndexByte(para, ' ')+1 : len(para)-1])
	tail, _, _ := strings.Cut(next, " ")
	tail = strings.TrimRight(tail, `.,;:!?"'()[]“”‘’`)
	head, tail = strings.ToLower(head), strings.ToLower(tail)
	if unicode.IsLower(after) && words[head+tail] && !words[head+"-"+tail] {
		return dropHyphen
	}
	return keepHyphen
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// medianSize returns the median font size of the lines, 12 for none.
func medianSize(lines []pdfLine) float64 {
	if len(lines) == 0 {
		return 12
	}
	sizes := make([]float64, len(lines))
	for i, l := range lines {
		sizes[i] = l.size
	}
	slices.Sort(sizes)
	return sizes[len(sizes)/2]
}

// leftMargin returns where most lines of a page start, to a point.
func leftMargin(lines []pdfLine) float64 {
	count := make(map[float64]int)
	best, n := 0.0, 0
	for _, l := range lines {
		x := math.Round(l.x)
		count[x]++
		if c := count[x]; c > n || c == n && x < best {
			best, n = x, c
		}
	}
	return best
}

// shortLine reports whether a line of the page that ends at right ends
// clearly short of the page's right margin (under 80% of the widest line's
// width): the last line of a paragraph.
func shortLine(lines []pdfLine, right float64) bool {
	if len(lines) == 0 {
		return false
	}
	left, widest := lines[0].x, lines[0].right
	for _, l := range lines {
		left, widest = min(left, l.x), max(widest, l.right)
	}
	return right-left < 0.8*(widest-left)
}

// firstRune returns the first character of s.
func firstRune(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// lastRune returns the last character of s.
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// lineSpacing returns the usual distance between two lines of a page: the
// smallest downward gap between consecutive lines of the median font size
// that is at least 0.8 times that size and at most 2.5 times (the lines of
// a paragraph, single or double spaced: one-line paragraphs and headings
// widen the other gaps, a raised footnote mark makes a smaller one,
// footnotes are in a smaller font), else the lower quartile of the gaps, or 1.2 times the
// median font size when the page has too few.
func lineSpacing(lines []pdfLine) float64 {
	if len(lines) == 0 {
		return 12
	}
	var gaps []float64
	median := medianSize(lines)
	best := math.Inf(1)
	for i := 1; i < len(lines); i++ {
		g := lines[i-1].y - lines[i].y
		if g <= 0 {
			continue
		}
		gaps = append(gaps, g)
		if math.Abs(lines[i-1].size-median) <= 0.5 && math.Abs(lines[i].size-median) <= 0.5 && g >= 0.8*median {
			best = min(best, g)
		}
	}
	if best <= 2.5*median { // single to double spacing; wider is two paragraphs
		return best
	}
	if len(gaps) >= 3 {
		slices.Sort(gaps)
		return gaps[len(gaps)/4]
	}
	return 1.2 * median
}
