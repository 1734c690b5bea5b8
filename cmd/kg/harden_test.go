package main

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// memoryBombs are Gizmo scripts that allocate without end.
var memoryBombs = []string{
	`var a = []; while (true) a.push(new Array(1e6))`,
	`var s = "x"; while (true) s = s + s`,
}

// bombBudget is the query.max_memory the memory-bomb tests set, and
// bombRSS the peak RSS, in KB, they allow: the budget, the one operation
// in flight when the query is stopped (a string doubled: up to three times
// what the script holds), one more doubling when the watcher is scheduled
// late on a loaded machine (632 MB was seen at load 10; kg serve, after
// the array bomb, reached 1157 MB once in CI: two doublings late; and
// 2113 MB once in CI while two other test packages kept both cores busy:
// three doublings late, the watcher's thread not run for about 0.3 s),
// and the process itself. The bound is about how soon the query is
// stopped, which depends on the scheduler; that it is stopped, with the
// memory error and a server that still answers, is checked exactly.
// Without the bound, both scripts never stop.
const (
	bombBudget = "64MB"
	bombRSS    = 3 << 20 // 3 GB
)

func TestQueryMemoryBombCLI(t *testing.T) {
	k := buildKG(t)
	for _, q := range memoryBombs {
		cmd, _, stderr := k.command("query", "--backend", "memstore", "--max-memory", bombBudget, q)
		err := cmd.Run()
		if err == nil || !strings.Contains(stderr.String(), "too much memory") {
			t.Errorf("kg query %q: %v, stderr %q; want exit 1 and a memory error", q, err, stderr)
		}
		rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
		if rss > bombRSS {
			t.Errorf("kg query %q: peak RSS %d MB with --max-memory %s", q, rss>>10, bombBudget)
		}
		t.Logf("kg query %q: peak RSS %d MB with --max-memory %s", q, rss>>10, bombBudget)
	}
}

func TestQueryMemoryBombHTTP(t *testing.T) {
	k := buildKG(t)
	cmd, _, _ := k.command("serve", "--backend", "memstore", "--addr", "127.0.0.1:0", "--max-memory", bombBudget)
	cmd.Stderr = nil
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(errPipe)
	var base string
	for sc.Scan() {
		if m := regexp.MustCompile(`on (http://[^/]+)/`).FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
			break
		}
	}
	go io.Copy(io.Discard, errPipe)
	if base == "" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatal("kg serve did not say where it listens")
	}
	post := func(q string) (int, string) {
		resp, err := http.Post(base+"/api/v1/query/gizmo", "application/json", strings.NewReader(q))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, q := range memoryBombs {
		if code, body := post(q); code != http.StatusBadRequest || !strings.Contains(body, "too much memory") {
			t.Errorf("POST %q: %d %s; want 400 and a memory error", q, code, body)
		}
		if code, body := post(`g.V().count()`); code != http.StatusOK {
			t.Errorf("the query after a memory bomb: %d %s; want 200", code, body)
		}
	}
	cmd.Process.Signal(syscall.SIGINT)
	cmd.Wait()
	rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
	if rss > bombRSS {
		t.Errorf("kg serve: peak RSS %d MB with --max-memory %s", rss>>10, bombBudget)
	}
	t.Logf("kg serve: peak RSS %d MB over the bombs with --max-memory %s", rss>>10, bombBudget)
}

// TestReadOnlyStore reads a store whose directory and files the user may
// not write (as nobody when the test runs as root): query, stats, export
// and serve work; import is refused and leaves the store as it was.
func TestReadOnlyStore(t *testing.T) {
	k := buildKG(t)
	asUser := func(cmd *exec.Cmd) {
		if os.Geteuid() == 0 {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		}
	}
	// nobody must reach the binary and the store.
	for dir := filepath.Dir(k.bin); dir != "/" && dir != os.TempDir(); dir = filepath.Dir(dir) {
		os.Chmod(dir, 0o755)
	}
	os.Chmod(k.home, 0o777)
	nq := filepath.Join(k.home, "in.nq")
	if err := os.WriteFile(nq, []byte("<kg:e/A> <kg:name> \"A\" .\n<kg:e/A> <kg:type> <kg:Person> .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, backend := range []string{"bolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			parent := t.TempDir()
			os.Chmod(filepath.Dir(parent), 0o755)
			db := filepath.Join(parent, "kg.db")
			if code, _, errs := k.run(t, "import", "--backend", backend, "--db", db, nq); code != 0 {
				t.Fatalf("import: %s", errs)
			}
			chmodAll(t, parent, 0o555, 0o444)
			t.Cleanup(func() { chmodAll(t, parent, 0o755, 0o644) })
			for _, args := range [][]string{
				{"query", `g.V().count()`},
				{"stats"},
				{"export"},
			} {
				cmd, stdout, stderr := k.command(append(args, "--backend", backend, "--db", db)...)
				asUser(cmd)
				if err := cmd.Run(); err != nil || stdout.Len() == 0 {
					t.Errorf("kg %s on a read-only store: %v, stderr %q", args[0], err, stderr)
				}
			}
			cmd, _, stderr := k.command("import", "--backend", backend, "--db", db, nq)
			asUser(cmd)
			if err := cmd.Run(); err == nil {
				t.Errorf("kg import into a read-only store succeeded; stderr %q", stderr)
			}
			serve, _, _ := k.command("serve", "--backend", backend, "--db", db, "--addr", "127.0.0.1:0")
			asUser(serve)
			serve.Stderr = nil
			pipe, err := serve.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := serve.Start(); err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(pipe)
			ok := sc.Scan() && strings.Contains(sc.Text(), "serving")
			serve.Process.Signal(syscall.SIGINT)
			go io.Copy(io.Discard, pipe)
			serve.Wait()
			if !ok {
				t.Errorf("kg serve on a read-only store: %q", sc.Text())
			}
		})
	}
}

// chmodAll sets the mode of dir and of everything under it.
func chmodAll(t *testing.T, dir string, dirMode, fileMode os.FileMode) {
	t.Helper()
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			os.Chmod(path, dirMode)
		} else {
			os.Chmod(path, fileMode)
		}
		return nil
	})
}
