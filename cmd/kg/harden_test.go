package main

import (
	"bufio"
	"io"
	"net/http"
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
// what the script holds), and the process itself. Without the bound, both
// scripts pass 3 GB.
const (
	bombBudget = "64MB"
	bombRSS    = 600 << 10
)

func TestQueryMemoryBombCLI(t *testing.T) {
	k := buildKG(t)
	for _, q := range memoryBombs {
		cmd, _, stderr := k.command("query", "--backend", "memstore", "--max-memory", bombBudget, q)
		err := cmd.Run()
		if err == nil || !strings.Contains(stderr.String(), "too much memory") {
			t.Errorf("kg query %q: %v, stderr %q; want exit 1 and a memory error", q, err, stderr)
		}
		if rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss; rss > bombRSS {
			t.Errorf("kg query %q: peak RSS %d MB with --max-memory %s", q, rss>>10, bombBudget)
		}
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
	if rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss; rss > bombRSS {
		t.Errorf("kg serve: peak RSS %d MB with --max-memory %s", rss>>10, bombBudget)
	}
}
