package carb

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// An Extraction is one line of a gold or system file.
type Extraction struct {
	// Sentence is the sentence the extraction comes from, as written in the
	// file (tokenised, Penn Treebank style).
	Sentence string
	// Confidence is the system's confidence; higher is surer. It is unused
	// for gold extractions.
	Confidence float64
	// Relation is the relation phrase.
	Relation string
	// Args are the arguments in order: arg1, arg2, ...
	Args []string
}

// Errors wrapped in a [ParseError].
var (
	// ErrFields means a line has too few tab-separated fields.
	ErrFields = errors.New("too few tab-separated fields")
	// ErrConfidence means a confidence is not a number.
	ErrConfidence = errors.New("confidence is not a number")
)

// maxLine is the longest line the readers accept.
const maxLine = 16 << 20

// A ParseError is returned for a malformed line. Line numbers start at 1.
type ParseError struct {
	Line int   // line where the error occurred
	Err  error // the actual error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// ReadGold reads a gold file: one extraction per line, with the sentence,
// the relation and the arguments separated by tabs. As in CaRB's gold
// reader, each line and each field is stripped of surrounding white space,
// and arguments containing "C: " (context) are dropped. Blank lines are
// skipped. A line with fewer than two fields is a [*ParseError] wrapping
// [ErrFields]; a read failure is a [*ParseError] too, at the line where it
// happened.
func ReadGold(r io.Reader) ([]Extraction, error) {
	var out []Extraction
	err := readLines(r, func(fields []string) error {
		if len(fields) < 2 {
			return ErrFields
		}
		x := Extraction{Sentence: pyStrip(fields[0]), Relation: pyStrip(fields[1])}
		for _, a := range fields[2:] {
			if strings.Contains(a, "C: ") {
				continue
			}
			x.Args = append(x.Args, pyStrip(a))
		}
		out = append(out, x)
		return nil
	})
	return out, err
}

// ReadPredictions reads system output in CaRB's tabbed form: one extraction
// per line, with the sentence, the confidence, the relation and the
// arguments separated by tabs. As in CaRB's reader, each line is stripped of
// surrounding white space (so empty trailing arguments vanish) but fields
// are kept as they are. Blank lines are skipped. A line with fewer than
// three fields is a [*ParseError] wrapping [ErrFields], and one whose
// confidence is not a number (NaN included) wraps [ErrConfidence].
func ReadPredictions(r io.Reader) ([]Extraction, error) {
	var out []Extraction
	err := readLines(r, func(fields []string) error {
		if len(fields) < 3 {
			return ErrFields
		}
		c, err := strconv.ParseFloat(pyStrip(fields[1]), 64)
		if err != nil || math.IsNaN(c) {
			return fmt.Errorf("%w: %q", ErrConfidence, fields[1])
		}
		x := Extraction{Sentence: fields[0], Confidence: c, Relation: fields[2]}
		if len(fields) > 3 {
			x.Args = fields[3:]
		}
		out = append(out, x)
		return nil
	})
	return out, err
}

// readLines calls fn with the tab-separated fields of each non-blank line
// of r, stripped of surrounding white space. Lines end at "\n", "\r" or
// "\r\n", as in Python's text files. Errors are returned as *ParseError.
func readLines(r io.Reader, fn func(fields []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	sc.Split(scanLines)
	n := 0
	for sc.Scan() {
		n++
		line := pyStrip(sc.Text())
		if line == "" {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return &ParseError{Line: n, Err: err}
		}
	}
	if err := sc.Err(); err != nil {
		return &ParseError{Line: n + 1, Err: err}
	}
	return nil
}

// scanLines is a [bufio.SplitFunc] for lines ending in "\n", "\r" or "\r\n".
func scanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	i := bytes.IndexAny(data, "\r\n")
	switch {
	case i < 0 && atEOF && len(data) > 0:
		return len(data), data, nil
	case i < 0:
		return 0, nil, nil
	case data[i] == '\n':
		return i + 1, data[:i], nil
	case i+1 < len(data):
		if data[i+1] == '\n' {
			return i + 2, data[:i], nil
		}
		return i + 1, data[:i], nil
	case atEOF:
		return i + 1, data[:i], nil
	}
	return 0, nil, nil // a final "\r" may be followed by "\n"
}

// isSpace reports whether r is white space for Python's str.split and
// str.strip, which CaRB uses: Unicode white space plus the ASCII
// separators U+001C to U+001F.
func isSpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// pyStrip is Python's str.strip().
func pyStrip(s string) string { return strings.TrimFunc(s, isSpace) }

// tokens is Python's str.split() with no argument.
func tokens(s string) []string { return strings.FieldsFunc(s, isSpace) }
