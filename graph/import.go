package graph

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// importBatch is about how many quads [Store.Import] writes per
// transaction. Against 10,000 (what Cayley's loader uses), 25,000 halves the
// number of commits, each of which rewrites bolt's dirty pages and syncs
// them; larger batches hold more dirty pages for little or no gain. The
// first million quads of an export, into bolt, through Cayley's writer:
// 9.6 s with 25,000, 9.8 s with 50,000 and 11.0 s with 100,000 at GOGC
// 200; 9.0, 8.8 and 10.3 s at GOGC 400, with 0.71, 0.92 and 1.08 GB of
// RSS.
const importBatch = 25_000

// MaxStatementBytes is the longest line, and so the longest literal, that
// [Store.Import] accepts. kg's own literals (names, sentences) are far
// shorter; a line of 100 MB would cost over a gigabyte to store.
const MaxStatementBytes = 1 << 20

// An ImportError is a statement of an N-Quads file that [Store.Import]
// rejected, with its line number (from 1).
type ImportError struct {
	Line int
	Err  error
}

func (e *ImportError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e *ImportError) Unwrap() error { return e.Err }

// ImportResult counts the statements of an import.
type ImportResult struct {
	// Read is the number of quads in the input.
	Read int
	// Added is the number of quads the store did not hold before; the
	// others (Read-Added) were stored already or repeated in the input.
	Added int
}

// importChunk is a batch of parsed quads, or the error that ended parsing.
type importChunk struct {
	quads []quad.Quad
	err   error
}

// Import reads N-Quads from r and adds them to the store, skipping quads
// already stored. It reads r twice: first to check every statement, so
// that a file with an error adds nothing, then, from the start again, to
// write the quads in transactions of about importBatch quads. A statement
// that N-Quads forbids (a literal or a bare word where an IRI is needed, a
// space or another character that IRIs exclude, invalid UTF-8, a missing
// final dot) or that is longer than [MaxStatementBytes] gives an [ImportError]
// naming its line. If writing fails part way (a full disk, a cancelled
// ctx), the quads of the transactions committed so far stay stored, and
// importing the same file again completes the import.
//
// Import does not check that the quads follow kg's schema: quads exported
// by [Store.Export] do. Parsing runs on its own goroutine, one batch ahead
// of the writer, so that the store's single writer never waits for the
// parser.
func (s *Store) Import(ctx context.Context, r io.ReadSeeker) (ImportResult, error) {
	var res ImportResult
	n, err := checkQuads(ctx, r)
	if err != nil {
		return res, fmt.Errorf("import: %w", err)
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return res, fmt.Errorf("import: rewind: %w", err)
	}
	before, err := s.QuadCount(ctx)
	if err != nil {
		return res, fmt.Errorf("import: count quads: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chunks := make(chan importChunk, 1)
	go parseQuads(ctx, r, chunks)
	for c := range chunks {
		if len(c.quads) > 0 {
			if err := s.WriteQuads(ctx, c.quads); err != nil {
				return res, fmt.Errorf("import: write quads %d-%d of %d: %w", res.Read+1, res.Read+len(c.quads), n, err)
			}
			res.Read += len(c.quads)
		}
		if c.err != nil {
			// The input changed since it was checked.
			return res, fmt.Errorf("import: %w", c.err)
		}
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	after, err := s.QuadCount(ctx)
	if err != nil {
		return res, fmt.Errorf("import: count quads: %w", err)
	}
	res.Added = int(after - before)
	return res, nil
}

// checkQuads reads every statement of r and returns how many there are,
// or the first error.
func checkQuads(ctx context.Context, r io.Reader) (int, error) {
	sr := newStatementReader(r)
	n := 0
	for {
		if n%10_000 == 0 && ctx.Err() != nil {
			return n, ctx.Err()
		}
		_, err := sr.read()
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n++
	}
}

// parseQuads reads N-Quads from r and sends them on out in batches of
// importBatch or more (see below); the last chunk carries the error that
// stopped the reader, if it is not the end of the input. It closes out when
// done, and stops early when ctx is cancelled.
func parseQuads(ctx context.Context, r io.Reader, out chan<- importChunk) {
	defer close(out)
	sr := newStatementReader(r)
	send := func(c importChunk) bool {
		select {
		case out <- c:
			return true
		case <-ctx.Done():
			return false
		}
	}
	batch := make([]quad.Quad, 0, importBatch)
	for {
		q, err := sr.read()
		if errors.Is(err, io.EOF) {
			send(importChunk{quads: batch})
			return
		}
		if err != nil {
			send(importChunk{quads: batch, err: err})
			return
		}
		// A full batch ends where a label (a document) ends, up to twice
		// its size: the store checks quads whose label it holds already
		// for duplicates one by one (see Store.apply), and a document cut
		// in two would have its second part checked.
		if n := len(batch); n >= 2*importBatch || n >= importBatch && q.Label != batch[n-1].Label {
			if !send(importChunk{quads: batch}) {
				return
			}
			batch = make([]quad.Quad, 0, importBatch)
		}
		batch = append(batch, q)
	}
}

// statementReader reads the statements of an N-Quads document one line at
// a time, and checks each against the N-Quads grammar where Cayley's
// parser is lenient.
type statementReader struct {
	r    *bufio.Reader
	line int
	buf  []byte
}

func newStatementReader(r io.Reader) *statementReader {
	return &statementReader{r: bufio.NewReaderSize(r, 64<<10)}
}

// read returns the next quad, io.EOF at the end of the input, or an
// *ImportError.
func (sr *statementReader) read() (quad.Quad, error) {
	for {
		line, err := sr.readLine()
		if err != nil {
			return quad.Quad{}, err
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		q, err := parseStatement(line)
		if err != nil {
			return quad.Quad{}, &ImportError{Line: sr.line, Err: err}
		}
		return q, nil
	}
}

// readLine returns the next line without its end, or io.EOF. A line
// longer than MaxStatementBytes is an error, found without holding more
// than that in memory.
func (sr *statementReader) readLine() ([]byte, error) {
	sr.buf = sr.buf[:0]
	for {
		part, err := sr.r.ReadSlice('\n')
		sr.buf = append(sr.buf, part...)
		if len(sr.buf) > MaxStatementBytes+1 {
			sr.line++
			return nil, &ImportError{Line: sr.line, Err: fmt.Errorf("statement longer than %d bytes (the limit for one line)", MaxStatementBytes)}
		}
		switch {
		case err == nil:
			sr.line++
			return bytes.TrimSuffix(sr.buf, []byte("\n")), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && len(sr.buf) > 0:
			sr.line++
			return sr.buf, nil
		default:
			return nil, err
		}
	}
}

// parseStatement parses one N-Quads statement and rejects what the
// grammar forbids but Cayley's parser lets through (it reads "<a b>" as
// two literals, and any bare word as a literal).
func parseStatement(line []byte) (quad.Quad, error) {
	if !utf8.Valid(line) {
		return quad.Quad{}, errors.New("invalid UTF-8")
	}
	if err := checkSyntax(string(line)); err != nil {
		return quad.Quad{}, err
	}
	q, err := nquads.Parse(string(line))
	if err != nil {
		return quad.Quad{}, err
	}
	if !q.IsValid() {
		return quad.Quad{}, errors.New("incomplete statement")
	}
	return q, nil
}

// Kinds of N-Quads terms, for checkSyntax.
const (
	termIRI = 1 << iota
	termBNode
	termLiteral
)

// checkSyntax checks the terms of an N-Quads statement: subject (an IRI or
// a blank node), predicate (an IRI), object (any term), an optional graph
// label (an IRI or a blank node), then '.' and an optional comment.
func checkSyntax(line string) error {
	roles := []struct {
		name  string
		kinds int
	}{
		{"subject", termIRI | termBNode},
		{"predicate", termIRI},
		{"object", termIRI | termBNode | termLiteral},
		{"graph label", termIRI | termBNode},
	}
	rest := line
	for i, role := range roles {
		rest = strings.TrimLeft(rest, " \t")
		if i == 3 && (rest == "" || rest[0] == '.') {
			break
		}
		if rest == "" || rest[0] == '.' && i < 3 {
			return fmt.Errorf("no %s", role.name)
		}
		kind, n, err := scanTerm(rest)
		if err != nil {
			return fmt.Errorf("%s: %w", role.name, err)
		}
		if kind&role.kinds == 0 {
			return fmt.Errorf("%s %s is a %s; N-Quads allows %s there", role.name, cut(rest[:n]), kindName(kind), kindNames(role.kinds))
		}
		rest = rest[n:]
	}
	rest = strings.TrimLeft(rest, " \t")
	if !strings.HasPrefix(rest, ".") {
		return fmt.Errorf("statement does not end with '.' after the terms: %s", cut(rest))
	}
	if rest = strings.TrimLeft(rest[1:], " \t"); rest != "" && rest[0] != '#' {
		return fmt.Errorf("text after the final '.': %s", cut(rest))
	}
	return nil
}

// scanTerm returns the kind and length of the term at the start of s.
func scanTerm(s string) (kind, n int, err error) {
	switch {
	case s[0] == '<':
		n, err := scanIRI(s)
		return termIRI, n, err
	case strings.HasPrefix(s, "_:"):
		n := strings.IndexAny(s, " \t")
		if n < 0 {
			n = len(s)
		}
		if n == 2 {
			return termBNode, n, errors.New("empty blank node label")
		}
		return termBNode, n, nil
	case s[0] == '"':
		i := 1
		for ; i < len(s) && s[i] != '"'; i++ {
			if s[i] == '\\' {
				i++
			}
		}
		if i >= len(s) {
			return termLiteral, 0, errors.New("unterminated string")
		}
		i++
		switch {
		case strings.HasPrefix(s[i:], "^^"):
			if !strings.HasPrefix(s[i+2:], "<") {
				return termLiteral, 0, errors.New("datatype is not an IRI")
			}
			m, err := scanIRI(s[i+2:])
			return termLiteral, i + 2 + m, err
		case strings.HasPrefix(s[i:], "@"):
			j := i + 1
			for j < len(s) && (isAlnum(s[j]) || s[j] == '-') {
				j++
			}
			if j == i+1 {
				return termLiteral, 0, errors.New("empty language tag")
			}
			return termLiteral, j, nil
		}
		return termLiteral, i, nil
	}
	n = strings.IndexAny(s, " \t")
	if n < 0 {
		n = len(s)
	}
	return 0, 0, fmt.Errorf("%s is not an IRI (<...>), a blank node (_:...) or a quoted literal", cut(s[:n]))
}

// scanIRI returns the length of the IRI reference <...> at the start of s,
// or an error for a character that IRIREF excludes: a space, a control
// character or one of <"{}|^`\ (but for a \u or \U escape).
func scanIRI(s string) (int, error) {
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '>':
			if i == 1 {
				return 0, errors.New("empty IRI")
			}
			return i + 1, nil
		case c == '\\' && i+1 < len(s) && (s[i+1] == 'u' || s[i+1] == 'U'):
			// a \uXXXX or \UXXXXXXXX escape
		case c <= ' ' || strings.IndexByte("<\"{}|^`\\", c) >= 0:
			return 0, fmt.Errorf("%q is not allowed in an IRI: %s", c, cut(s[:i+1]))
		}
	}
	return 0, fmt.Errorf("unterminated IRI %s", cut(s))
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func kindName(k int) string {
	switch k {
	case termIRI:
		return "IRI"
	case termBNode:
		return "blank node"
	}
	return "literal"
}

func kindNames(kinds int) string {
	var names []string
	for _, k := range []int{termIRI, termBNode, termLiteral} {
		if kinds&k != 0 {
			names = append(names, kindName(k))
		}
	}
	return "only " + strings.Join(names, " or ")
}

// cut shortens s to 80 bytes for an error message.
func cut(s string) string {
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return s
}
