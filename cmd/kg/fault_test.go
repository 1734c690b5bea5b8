package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/newsgen"
)

// The tests in this file run kg as a separate process, as a user would,
// to check what in-process tests cannot: a build killed with SIGKILL, two
// processes on one store, a store the user may not write, a full disk.

// kgProcess is a kg binary built for a test, with a clean environment.
type kgProcess struct {
	bin  string
	home string // HOME and working directory, so no kg.yaml is found
}

// buildKG compiles the kg command into a temporary directory.
func buildKG(t *testing.T) *kgProcess {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the kg binary: skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "kg")
	out, err := exec.CommandContext(t.Context(), "go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	home := filepath.Join(dir, "home")
	if err := os.Mkdir(home, 0o755); err != nil {
		t.Fatal(err)
	}
	return &kgProcess{bin: bin, home: home}
}

// command returns an exec.Cmd that runs kg with args.
func (k *kgProcess) command(args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	cmd := exec.Command(k.bin, args...)
	cmd.Dir = k.home
	cmd.Env = []string{"HOME=" + k.home, "PATH=/usr/bin:/bin"}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	return cmd, &stdout, &stderr
}

// run runs kg to completion and returns its exit code and output.
func (k *kgProcess) run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd, stdout, stderr := k.command(args...)
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("kg %s: %v", strings.Join(args, " "), err)
	}
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}

// storeState is what a store holds, in the terms the fault tests compare.
type storeState struct {
	Quads     int64
	Documents []string // "<doc IRI> <source>", sorted
	Facts     int
}

func readState(t *testing.T, db string) storeState {
	t.Helper()
	s, err := graph.Open(t.Context(), "bolt", db, graph.Options{})
	if err != nil {
		t.Fatalf("open the store after the build: %v", err)
	}
	defer s.Close()
	var st storeState
	if st.Quads, err = s.QuadCount(t.Context()); err != nil {
		t.Fatal(err)
	}
	err = s.Query(t.Context(), `g.V().has("<kg:type>", "<kg:Document>").tag("doc").out("<kg:source>").all()`, 0, func(v any) error {
		m := v.(map[string]any)
		st.Documents = append(st.Documents, fmt.Sprint(m["doc"], " ", m["id"]))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(st.Documents)
	err = s.Query(t.Context(), `g.V().has("<kg:type>", "<kg:Fact>").count()`, 0, func(v any) error {
		st.Facts = int(v.(int64))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

var builtRE = regexp.MustCompile(`documents: (\d+) built`)

// built returns the number of documents a build's summary says it stored,
// or 0 when it printed none (it failed before building).
func built(t *testing.T, stdout string) int {
	t.Helper()
	m := builtRE.FindStringSubmatch(stdout)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func TestFaults(t *testing.T) {
	k := buildKG(t)
	corpus := filepath.Join(t.TempDir(), "corpus")
	gen, err := newsgen.WriteDir(t.Context(), corpus, 300_000, 42)
	if err != nil {
		t.Fatal(err)
	}

	// A clean build is the reference.
	clean := filepath.Join(t.TempDir(), "clean.db")
	start := time.Now()
	code, stdout, stderr := k.run(t, "build", "--quiet", "--db", clean, corpus)
	took := time.Since(start)
	if code != 0 {
		t.Fatalf("clean build: exit %d\n%s\n%s", code, stdout, stderr)
	}
	want := readState(t, clean)
	if len(want.Documents) != gen.Files || want.Facts == 0 {
		t.Fatalf("clean build stored %d documents and %d facts, want %d documents and some facts", len(want.Documents), want.Facts, gen.Files)
	}

	t.Run("sigkill", func(t *testing.T) {
		// Kill a build again and again at different points of its life,
		// with small batches so that kills land inside commits, then let
		// one run to the end. Each run has less left to do than the one
		// before, so the kill points stay early.
		db := filepath.Join(t.TempDir(), "kg.db")
		killed := 0
		for i, frac := range []float64{0.25, 0.4, 0.3, 0.5, 0.35} {
			cmd, stdout, stderr := k.command("build", "--quiet", "--batch", "3", "--db", db, corpus)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(time.Duration(frac * float64(took)))
			cmd.Process.Signal(syscall.SIGKILL)
			err := cmd.Wait()
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
				killed++
				continue
			}
			if err != nil {
				t.Fatalf("run %d ended with %v before the kill\n%s\n%s", i, err, stdout, stderr)
			}
		}
		t.Logf("%d of 5 runs killed before they finished", killed)
		if killed < 2 {
			t.Errorf("only %d of 5 runs were killed before they finished; the kill points are too late", killed)
		}
		code, stdout, stderr := k.run(t, "build", "--quiet", "--db", db, corpus)
		if code != 0 {
			t.Fatalf("build after %d kills: exit %d\n%s\n%s", killed, code, stdout, stderr)
		}
		got := readState(t, db)
		if got.Quads != want.Quads || got.Facts != want.Facts {
			t.Errorf("after %d kills: %d quads, %d facts; clean build has %d quads, %d facts", killed, got.Quads, got.Facts, want.Quads, want.Facts)
		}
		if diff := diffLines(want.Documents, got.Documents); diff != "" {
			t.Errorf("documents after %d kills differ from the clean build:\n%s", killed, diff)
		}
	})

	t.Run("second writer", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "kg.db")
		// The first build reads standard input, which stays open: it holds
		// the store for as long as the test wants.
		first, _, _ := k.command("build", "--quiet", "--db", db, "-")
		stdin, err := first.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := first.Start(); err != nil {
			t.Fatal(err)
		}
		defer func() {
			stdin.Close()
			first.Process.Signal(syscall.SIGKILL)
			first.Wait()
		}()
		waitForLock(t, filepath.Join(db, "kg.lock"))
		start := time.Now()
		code, stdout, stderr := k.run(t, "build", "--quiet", "--db", db, corpus)
		if code != exitError || !strings.Contains(stderr, "in use") || !strings.Contains(stderr, fmt.Sprintf("pid %d", first.Process.Pid)) {
			t.Errorf("second writer: exit %d, stderr %q; want exit %d and an in-use error naming pid %d", code, stderr, exitError, first.Process.Pid)
		}
		if strings.Contains(stdout, "built") {
			t.Errorf("second writer printed a summary:\n%s", stdout)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("second writer took %v to give up, want a few seconds", d)
		}
	})

	t.Run("read-only", func(t *testing.T) {
		if os.Geteuid() == 0 {
			// Root writes anywhere: run kg as nobody instead.
			for _, dir := range []string{filepath.Dir(filepath.Dir(k.bin)), filepath.Dir(k.bin), filepath.Dir(filepath.Dir(corpus)), filepath.Dir(corpus)} {
				if err := os.Chmod(dir, 0o755); err != nil {
					t.Fatal(err)
				}
			}
		}
		asUser := func(cmd *exec.Cmd) {
			if os.Geteuid() == 0 {
				cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
			}
		}
		readOnly := t.TempDir()
		if err := os.Chmod(readOnly, 0o555); err != nil {
			t.Fatal(err)
		}
		os.Chmod(filepath.Dir(readOnly), 0o755)
		os.Chmod(filepath.Dir(clean), 0o755)
		cases := []struct {
			name string
			db   string
			why  string
		}{
			{"new store", filepath.Join(readOnly, "kg.db"), "a store cannot be created in a read-only directory"},
			{"existing store", clean, "a store the user may not write cannot be opened for a build"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				cmd, stdout, stderr := k.command("build", "--quiet", "--db", c.db, corpus)
				asUser(cmd)
				cmd.Run()
				code := cmd.ProcessState.ExitCode()
				if code != exitError || !strings.Contains(stderr.String(), "permission denied") {
					t.Errorf("%s: exit %d, stderr %q; want exit %d and permission denied", c.why, code, stderr, exitError)
				}
				if strings.Contains(stdout.String(), "built") {
					t.Errorf("%s: a summary was printed:\n%s", c.why, stdout)
				}
			})
		}
		if got := readState(t, clean); got.Quads != want.Quads {
			t.Errorf("the refused build changed the store: %d quads, want %d", got.Quads, want.Quads)
		}

		// An input the user may not read is named and left out; the other
		// input is built (exit 2: partly built).
		inputs := t.TempDir()
		os.Chmod(inputs, 0o777)
		secret := filepath.Join(inputs, "secret.txt")
		public := filepath.Join(inputs, "public.txt")
		os.WriteFile(secret, []byte("Kim oversees the troops.\n"), 0o600)
		os.WriteFile(public, []byte("Finland joined NATO.\n"), 0o644)
		if os.Geteuid() != 0 {
			os.Chmod(secret, 0)
		}
		cmd, stdout, stderr := k.command("build", "--quiet", "--db", filepath.Join(inputs, "kg.db"), secret, public)
		asUser(cmd)
		cmd.Run()
		code := cmd.ProcessState.ExitCode()
		if code != exitPartial || !strings.Contains(stderr.String(), secret+": open: permission denied") || !strings.Contains(stdout.String(), "1 built") {
			t.Errorf("unreadable input: exit %d, stdout %q, stderr %q; want exit %d, %s named as permission denied, 1 built", code, stdout, stderr, exitPartial, secret)
		}
	})

	t.Run("full disk", func(t *testing.T) {
		// A 2 MB tmpfs fills up (ENOSPC) when kg may mount one (root);
		// elsewhere a 2 MB file size limit (EFBIG) stands in for it.
		dir, limit, wantErr := t.TempDir(), "", "no space left on device"
		if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", dir).CombinedOutput(); err != nil {
			t.Logf("cannot mount a tmpfs (%v %s): limiting the file size instead", err, bytes.TrimSpace(out))
			limit, wantErr = "2048", "file too large"
		} else {
			t.Cleanup(func() {
				if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
					t.Errorf("umount %s: %v %s", dir, err, out)
				}
			})
		}
		db := filepath.Join(dir, "kg.db")
		args := []string{"build", "--quiet", "--batch", "8", "--db", db, corpus}
		if limit != "" {
			args = append([]string{"-c", `ulimit -f "$0" && exec "$@"`, limit, k.bin}, args...)
		}
		cmd, stdout, stderr := k.command(args...)
		if limit != "" {
			cmd.Path, cmd.Args = "/bin/sh", append([]string{"sh"}, args...)
		}
		cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != exitError || !strings.Contains(stderr.String(), wantErr) {
			t.Fatalf("build on a full disk: exit %d, stderr %q; want exit %d and %s", code, stderr, exitError, wantErr)
		}
		got := readState(t, db)
		if n := built(t, stdout.String()); n != len(got.Documents) {
			t.Errorf("summary says %d documents built, the store holds %d", n, len(got.Documents))
		}
		for _, d := range got.Documents {
			if i := sort.SearchStrings(want.Documents, d); i == len(want.Documents) || want.Documents[i] != d {
				t.Errorf("document %s is not one of the clean build's", d)
			}
		}
	})
}

// waitForLock waits until a kg process has written its pid into the lock
// file, that is, holds the store.
func waitForLock(t *testing.T, lock string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(lock); err == nil && len(bytes.TrimSpace(b)) > 0 {
			return
		}
		time.Sleep(20 * time.Millisecond) // polling another process's file
	}
	t.Fatalf("no process took the lock %s within 30s", lock)
}

// diffLines returns the lines only in want (-) or only in got (+).
func diffLines(want, got []string) string {
	in := func(list []string, s string) bool {
		i := sort.SearchStrings(list, s)
		return i < len(list) && list[i] == s
	}
	var b strings.Builder
	for _, s := range want {
		if !in(got, s) {
			fmt.Fprintf(&b, "-%s\n", s)
		}
	}
	for _, s := range got {
		if !in(want, s) {
			fmt.Fprintf(&b, "+%s\n", s)
		}
	}
	if len(got) != len(want) && b.Len() == 0 {
		fmt.Fprintf(&b, "%d documents, want %d (duplicates)\n", len(got), len(want))
	}
	return b.String()
}
