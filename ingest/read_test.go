package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/ingest"
)

// write creates dir/name with data and returns its path.
func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadBadInput(t *testing.T) {
	dir := t.TempDir()
	loop := filepath.Join(dir, "loop.txt")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		path    string
		wantIs  error
		wantMsg string
		why     string
	}{
		{"nul", write(t, dir, "nul.txt", []byte("Kim met Lee.\x00 More.")), ingest.ErrBinary, "at byte 12", "a NUL byte marks a binary file, and the message says where"},
		{"utf8", write(t, dir, "latin1.txt", []byte("Line one.\nCaf\xe9 owners protested.\n")), ingest.ErrInvalidUTF8, "offset 13 (line 2)", "invalid UTF-8 is located by offset and line"},
		{"truncated rune", write(t, dir, "cut.txt", []byte("Kim said \xe2\x80")), ingest.ErrInvalidUTF8, "offset 9", "a multi-byte rune cut at the end is invalid"},
		{"empty", write(t, dir, "empty.txt", nil), ingest.ErrEmpty, "empty file", "an empty file gives nothing to build"},
		{"blank", write(t, dir, "blank.txt", []byte(" \n\t\r\n")), ingest.ErrEmpty, "only white space", "white space only is as good as empty"},
		{"missing", filepath.Join(dir, "nope.txt"), os.ErrNotExist, "no such file", "a missing path is named"},
		{"directory", dir, nil, "is a directory", "a directory given to Read is refused, not read"},
		{"symlink loop", loop, nil, "too many levels of symbolic links", "a symlink to itself fails to open"},
		{"fifo", fifo, nil, "not a regular file", "a named pipe would block forever on open"},
		{"device", "/dev/zero", nil, "not a regular file", "a device would never end"},
		{"too large", write(t, dir, "huge.txt", bytes.Repeat([]byte("Kim met Lee. "), ingest.MaxFileSize/13+1)), ingest.ErrTooLarge, "split it", "a file over MaxFileSize is refused, not analysed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ingest.Read(c.path, nil)
			var fe *ingest.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("Read(%q) = %v, want a *FileError (%s)", c.path, err, c.why)
			}
			if fe.Path != c.path {
				t.Errorf("FileError.Path = %q, want %q", fe.Path, c.path)
			}
			if c.wantIs != nil && !errors.Is(err, c.wantIs) {
				t.Errorf("Read(%q) = %v, want errors.Is %v (%s)", c.path, err, c.wantIs, c.why)
			}
			if !strings.Contains(err.Error(), c.wantMsg) {
				t.Errorf("Read(%q) = %q, want it to say %q (%s)", c.path, err, c.wantMsg, c.why)
			}
		})
	}
}

func TestReadUnreadable(t *testing.T) {
	p := write(t, t.TempDir(), "secret.txt", []byte("Kim met Lee.\n"))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(p); err == nil {
		f.Close()
		// Root (as in CI containers) reads mode-000 files; the command
		// test TestFaults/read-only (cmd/kg) runs kg as an unprivileged user
		// instead.
		t.Skip("this user can read a mode-000 file (root): permission checks do not apply")
	}
	_, err := ingest.Read(p, nil)
	if !errors.Is(err, os.ErrPermission) {
		t.Errorf("Read(mode 000) = %v, want permission denied", err)
	}
}

func TestReadAccepts(t *testing.T) {
	dir := t.TempDir()
	line := strings.Repeat("The convoy moved north ", 10<<20/23) // one 10 MB line, no full stop
	cases := []struct {
		name, file, text, want string
		why                    string
	}{
		{"plain", "a.txt", "Kim met Lee.\n", "Kim met Lee.\n", "text is returned as it is"},
		{"bom and crlf", "b.txt", "\ufeffKim met Lee.\r\n", "\ufeffKim met Lee.\r\n", "Read leaves byte-order marks and CRLF to the splitter"},
		{"markdown", "c.md", "# Troops\n\nKim **oversees** [them](http://x).\n", "Troops\n\nKim oversees them.\n\n", "Markdown is reduced to prose"},
		{"long line", "d.txt", line, line, "a 10 MB line with no newline is read whole"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := write(t, dir, c.file, []byte(c.text))
			ins, err := ingest.Read(p, nil)
			if err != nil || len(ins) != 1 {
				t.Fatalf("Read(%q) = %d inputs, %v; want one (%s)", c.file, len(ins), err, c.why)
			}
			in := ins[0]
			if in.Text != c.want {
				if len(c.want) > 200 {
					t.Fatalf("Read(%q) returned %d bytes, want %d (%s)", c.file, len(in.Text), len(c.want), c.why)
				}
				t.Errorf("Read(%q) mismatch (-want +got) (%s):\n%s", c.file, c.why, cmp.Diff(c.want, in.Text))
			}
		})
	}
}

func TestReadStdin(t *testing.T) {
	ins, err := ingest.Read("-", strings.NewReader("Kim met Lee.\n"))
	if err != nil || len(ins) != 1 || ins[0].Source != "-" || ins[0].Text != "Kim met Lee.\n" {
		t.Errorf(`Read("-") = %+v, %v; want the stdin text under source "-"`, ins, err)
	}
	_, err = ingest.Read("-", strings.NewReader("a\x00b"))
	if !errors.Is(err, ingest.ErrBinary) {
		t.Errorf(`Read("-") of binary data = %v, want ErrBinary`, err)
	}
}

// walk runs Walk and returns the paths it sent and the problems it reported.
func walk(t *testing.T, args ...string) (paths []string, problems []string) {
	t.Helper()
	ch := make(chan string)
	errc := make(chan error, 1)
	go func() {
		errc <- ingest.Walk(t.Context(), args, ch, func(e *ingest.FileError) { problems = append(problems, e.Error()) })
	}()
	for p := range ch {
		paths = append(paths, p)
	}
	if err := <-errc; err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return paths, problems
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte("x"))
	write(t, dir, "b.md", []byte("x"))
	write(t, dir, "report.PDF", []byte("x"))
	write(t, dir, "skip.docx", []byte("x"))
	write(t, dir, ".git/c.txt", []byte("x"))
	write(t, dir, "sub/d.TXT", []byte("x"))
	// A symlink to an enclosing directory would loop if followed.
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "up")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing")
	paths, problems := walk(t, dir, missing, "-")
	rel := make([]string, len(paths))
	for i, p := range paths {
		rel[i] = strings.TrimPrefix(p, dir+"/")
	}
	want := []string{"a.txt", "b.md", "link.txt", "report.PDF", "sub/d.TXT", "-"}
	if diff := cmp.Diff(want, rel); diff != "" {
		t.Errorf("Walk paths mismatch (-want +got):\n%s", diff)
	}
	pipe := filepath.Join(dir, "pipe.txt")
	if len(problems) != 2 || !strings.Contains(problems[0], pipe) || !strings.Contains(problems[0], "not a regular file") ||
		!strings.Contains(problems[1], missing) || !strings.Contains(problems[1], "no such file") {
		t.Errorf("Walk problems = %q, want the FIFO %s (not a regular file), then %s as missing", problems, pipe, missing)
	}
}

func TestWalkDeepTree(t *testing.T) {
	dir := t.TempDir()
	p := dir
	const depth = 300
	for range depth {
		p = filepath.Join(p, "d")
	}
	write(t, p, "deep.txt", []byte("x"))
	paths, problems := walk(t, dir)
	if len(paths) != 1 || len(problems) != 0 || !strings.HasSuffix(paths[0], "/d/deep.txt") {
		t.Errorf("Walk of a %d-deep tree = %q, problems %q; want the one file", depth, paths, problems)
	}
}

// TestWalkManyFiles checks that Walk sends every file of a wide tree
// (directories of 1,000 files each). Under -short the tree is 2,500 files:
// three directories, the last one partly filled.
func TestWalkManyFiles(t *testing.T) {
	n := 100_000
	if testing.Short() {
		n = 2_500
	}
	dir := t.TempDir()
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if i%1000 == 0 {
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%d.txt", i)), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	ch := make(chan string)
	errc := make(chan error, 1)
	go func() { errc <- ingest.Walk(ctx, []string{dir}, ch, func(*ingest.FileError) {}) }()
	got := 0
	for range ch {
		got++
	}
	if err := <-errc; err != nil || got != n {
		t.Errorf("Walk over %d files sent %d, err %v", n, got, err)
	}
}

func TestWalkStopsOnCancel(t *testing.T) {
	dir := t.TempDir()
	for i := range 10 {
		write(t, dir, fmt.Sprintf("%d.txt", i), []byte("x"))
	}
	ctx, cancel := context.WithCancel(t.Context())
	ch := make(chan string)
	errc := make(chan error, 1)
	go func() { errc <- ingest.Walk(ctx, []string{dir}, ch, func(*ingest.FileError) {}) }()
	<-ch
	cancel()
	for range ch {
	}
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Errorf("Walk after cancel = %v, want context.Canceled", err)
	}
}
