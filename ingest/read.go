package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/pdf"
)

// Problems with inputs. Each is wrapped in a [*FileError] that names the
// file.
var (
	ErrBinary      = errors.New("binary file (contains NUL bytes)")
	ErrInvalidUTF8 = errors.New("not valid UTF-8")
	ErrEmpty       = errors.New("empty file")
	// ErrTooLarge is a file over MaxFileSize (a PDF over MaxPDFSize), or a PDF whose streams or
	// text exceed the PDF reader's limits (a zip bomb).
	ErrTooLarge = pdf.ErrTooLarge
	// ErrBadPDF is a PDF damaged beyond reading, ErrEncrypted an
	// encrypted one that needs a password.
	ErrBadPDF    = pdf.ErrBad
	ErrEncrypted = pdf.ErrEncrypted
	// ErrNoText is a web page with no article text, a feed or feed item
	// with none, or a Markdown file of markup alone.
	ErrNoText = errors.New("no text")
	// ErrNotArticle is an XML file that is no feed or web page.
	ErrNotArticle = errors.New("XML, but neither an RSS or Atom feed nor an XHTML page")
	// ErrBadFeed is a feed that cannot be parsed.
	ErrBadFeed = errors.New("unreadable feed")
)

// MaxFileSize is the largest input kg reads, in bytes. A file is one
// document, analysed whole in memory: a 10 MB file with no paragraph
// breaks took 2 GB of RSS to build, so larger files are refused with
// advice to split them.
const MaxFileSize = 16 << 20

// MaxPDFSize is the largest PDF kg reads, in bytes. A PDF's size is mostly
// its images and fonts, which kg skips; its text is capped at pdf.MaxText
// (16 MiB, as a text file) and what its streams decompress to is bounded,
// so a large report is read whole: the file's bytes are held in memory
// while it is read.
const MaxPDFSize = 128 << 20

// A FileError is a problem with one input; the build goes on without it.
type FileError struct {
	Path string
	Err  error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// An Input is a text to build, with the name it is stored under.
type Input struct {
	// Source is the path as given or found by walking, or "-" for stdin;
	// for an item of a feed, the item's link (else its guid when that is
	// a link, else the feed's path, "#" and the item's place from 1).
	Source string
	// Text is the content, checked to be non-empty UTF-8 text: for a web
	// page or a feed's item, the article's title and text.
	Text string
	// Title is the headline of a web page or feed item; empty for plain
	// text and Markdown, whose first line is their title.
	Title string
	// URL is the page's canonical address or the item's link, Published
	// its publication date (RFC 3339 when kg could read it); empty when
	// the input does not say.
	URL, Published string
}

// isText reports whether a file found while walking a directory is one kg
// reads: text, Markdown, web pages, feeds and PDFs.
func isText(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".pdf":
		return true
	}
	return false
}

// Walk sends to paths every file to read under the given arguments: a file
// as named, the files below a directory that [isText] names (recursively,
// in lexical order, not following symbolic links to directories, and
// skipping the NAME_files folder a browser saves beside NAME.html), or "-"
// for standard input. Problems with an argument, such as a missing path, are
// passed to report, and the walk goes on. Walk closes paths when done.
func Walk(ctx context.Context, args []string, paths chan<- string, report func(*FileError)) error {
	defer close(paths)
	send := func(p string) error {
		select {
		case paths <- p:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for _, arg := range args {
		if arg == "-" {
			if err := send(arg); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			report(&FileError{Path: arg, Err: cleanPathError(err)})
			continue
		}
		if !st.IsDir() {
			if err := send(arg); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				report(&FileError{Path: p, Err: cleanPathError(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if p != arg && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir // .git and other hidden folders
				}
				if p != arg && savedAssets(p) {
					return fs.SkipDir
				}
				return nil
			}
			if !isText(d.Name()) {
				return nil
			}
			if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				// A FIFO, device or socket named like text: reading it
				// could block or never end.
				report(&FileError{Path: p, Err: fmt.Errorf("not a regular file (%s)", d.Type())})
				return nil
			}
			return send(p)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// savedAssets reports whether dir is the folder of images, scripts and
// frames that a browser's "save page, complete" writes beside the page:
// NAME_files (Chrome, Firefox) or "NAME-Dateien" and the like are not
// matched, only NAME_files beside NAME.html or NAME.htm.
func savedAssets(dir string) bool {
	stem, ok := strings.CutSuffix(dir, "_files")
	if !ok {
		return false
	}
	for _, ext := range []string{".html", ".htm"} {
		if st, err := os.Stat(stem + ext); err == nil && st.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// cleanPathError drops the path from a *fs.PathError, since FileError
// names the file already.
func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// Read reads and checks one file, "-" for stdin, and returns the
// documents it holds. What the file is comes from its content (see
// [sniff]): a PDF ("%PDF-" in its first 1024 bytes) gives one input, its
// text ([pdf.Read]), and the pages it could not read as errors beside it;
// a web page gives one input, its article's text ([readHTML]);
// an RSS or Atom feed one per item, the items that hold no text left out
// with a [*FileError] each, joined into the error returned with the
// others; Markdown (by its extension) its prose; anything else is read as
// plain text. Read returns a *FileError, and no input, for a file that
// cannot be read, is binary, is not UTF-8, holds only white space, is XML
// of another kind, is a page with no article text, or is a PDF that needs
// a password, is damaged beyond reading, or holds no text.
func Read(path string, stdin io.Reader) ([]Input, error) {
	var (
		data []byte
		err  error
	)
	if path == "-" {
		data, err = readLimited(stdin, 0)
	} else {
		data, err = readFile(path)
	}
	if err != nil {
		return nil, &FileError{Path: path, Err: cleanPathError(err)}
	}
	return Parse(path, data)
}

// Parse returns the documents that data, read from source, holds, as
// [Read] does for a file.
func Parse(source string, data []byte) ([]Input, error) {
	fail := func(err error) ([]Input, error) { return nil, &FileError{Path: source, Err: err} }
	if pdf.Is(data) && len(data) <= MaxPDFSize {
		ins, err := parsePDF(source, data)
		// A text that quotes a PDF's header near its start is read as
		// text when it holds no PDF.
		if !errors.Is(err, pdf.ErrNoCatalog) || bytes.HasPrefix(data, []byte("%PDF-")) {
			return ins, err
		}
	}
	if err := checkBinary(data); err != nil {
		return fail(err)
	}
	switch k, root := sniff(source, data); k {
	case kindPage:
		pg := readHTML(utf8Page(data))
		if !pg.hasText() {
			return fail(fmt.Errorf("%w: no article in the page, only navigation, scripts or other boilerplate", ErrNoText))
		}
		return []Input{{Source: source, Text: pg.Text, Title: pg.Title, URL: pg.URL, Published: normalDate(pg.Published)}}, nil
	case kindFeed:
		return readFeed(source, data)
	case kindXML:
		return fail(fmt.Errorf("%w (root element <%s>)", ErrNotArticle, root))
	}
	if err := checkText(data); err != nil {
		return fail(err)
	}
	text := string(data)
	if isMarkdown(source) {
		text = plainMarkdown(text)
		if strings.TrimSpace(text) == "" {
			return fail(fmt.Errorf("%w: only Markdown markup (headings, rules or links with no words)", ErrNoText))
		}
	}
	return []Input{{Source: source, Text: text}}, nil
}

func readFile(path string) ([]byte, error) {
	// Opening a named pipe blocks until a writer comes, and a device may
	// never end: look before opening.
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := regular(st); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := regular(st); err != nil {
		return nil, err // replaced between Stat and Open
	}
	return readLimited(f, st.Size())
}

// readLimited reads r to its end, or to one byte past the limit of its
// kind: MaxPDFSize for a PDF, MaxFileSize for any other file. size is
// r's size when known (a file's), else 0.
func readLimited(r io.Reader, size int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil || len(data) <= MaxFileSize || !pdf.Is(data) {
		return data, err
	}
	// A large PDF: read the rest into a buffer of its size (and a byte,
	// to see its end), so that memory holds the file once, not up to
	// twice over as a growing buffer would.
	buf := append(make([]byte, 0, min(max(size, int64(len(data)))+1, MaxPDFSize+1)), data...)
	n, err := io.ReadFull(r, buf[len(buf):cap(buf)])
	buf = buf[:len(buf)+n]
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return buf, nil
	}
	if err != nil {
		return buf, err
	}
	rest, err := io.ReadAll(io.LimitReader(r, MaxPDFSize+1-int64(len(buf))))
	return append(buf, rest...), err
}

// regular returns an error unless st describes a regular file.
func regular(st fs.FileInfo) error {
	switch m := st.Mode(); {
	case m.IsDir():
		return errors.New("is a directory")
	case !m.IsRegular():
		return fmt.Errorf("not a regular file (%s)", m.Type())
	}
	return nil
}

// checkBinary reports why data is no file kg can read whatever its kind,
// or nil.
func checkBinary(data []byte) error {
	if pdf.Is(data) && len(data) > MaxPDFSize {
		return fmt.Errorf("%w: a PDF over %d MiB", ErrTooLarge, MaxPDFSize>>20)
	}
	if len(data) > MaxFileSize {
		return fmt.Errorf("%w: over %d MiB; split it into several files", ErrTooLarge, MaxFileSize>>20)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w at byte %d", ErrBinary, i)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		if len(data) == 0 {
			return ErrEmpty
		}
		return fmt.Errorf("%w: only white space", ErrEmpty)
	}
	return nil
}

// checkText reports why data is not plain text kg can read, or nil.
func checkText(data []byte) error {
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		line := 1 + bytes.Count(data[:off], []byte{'\n'})
		return fmt.Errorf("%w: bad byte 0x%02x at offset %d (line %d)", ErrInvalidUTF8, data[off], off, line)
	}
	return nil
}

func isMarkdown(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return true
	}
	return false
}
