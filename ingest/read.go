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
)

// Problems with inputs. Each is wrapped in a [*FileError] that names the
// file.
var (
	ErrBinary      = errors.New("binary file (contains NUL bytes)")
	ErrInvalidUTF8 = errors.New("not valid UTF-8")
	ErrEmpty       = errors.New("empty file")
	ErrTooLarge    = errors.New("file too large")
)

// MaxFileSize is the largest input kg reads, in bytes. A file is one
// document, analysed whole in memory: a 10 MB file with no paragraph
// breaks took 2 GB of RSS to build, so larger files are refused with
// advice to split them.
const MaxFileSize = 16 << 20

// A FileError is a problem with one input; the build goes on without it.
type FileError struct {
	Path string
	Err  error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// An Input is a text to build, with the name it is stored under.
type Input struct {
	// Source is the path as given or found by walking, or "-" for stdin.
	Source string
	// Text is the content, checked to be non-empty UTF-8 text.
	Text string
}

// isText reports whether a file found while walking a directory is one kg
// reads: .txt and .md files.
func isText(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown":
		return true
	}
	return false
}

// Walk sends to paths every file to read under the given arguments: a file
// as named, the .txt and .md files below a directory (recursively, in
// lexical order, not following symbolic links to directories), or "-" for
// standard input. Problems with an argument, such as a missing path, are
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

// cleanPathError drops the path from a *fs.PathError, since FileError
// names the file already.
func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// Read reads and checks one input: "-" reads stdin. It returns a
// [*FileError] for a file that cannot be read, is binary, is not UTF-8 or
// holds only white space.
func Read(path string, stdin io.Reader) (Input, error) {
	var (
		data []byte
		err  error
	)
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, MaxFileSize+1))
	} else {
		data, err = readFile(path)
	}
	if err != nil {
		return Input{}, &FileError{Path: path, Err: cleanPathError(err)}
	}
	if err := check(data); err != nil {
		return Input{}, &FileError{Path: path, Err: err}
	}
	text := string(data)
	if isMarkdown(path) {
		text = plainMarkdown(text)
	}
	return Input{Source: path, Text: text}, nil
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
	return io.ReadAll(io.LimitReader(f, MaxFileSize+1))
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

// check reports why data is not text kg can read, or nil.
func check(data []byte) error {
	if len(data) > MaxFileSize {
		return fmt.Errorf("%w: over %d MiB; split it into several files", ErrTooLarge, MaxFileSize>>20)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w at byte %d", ErrBinary, i)
	}
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
	if len(bytes.TrimSpace(data)) == 0 {
		if len(data) == 0 {
			return ErrEmpty
		}
		return fmt.Errorf("%w: only white space", ErrEmpty)
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
