// Testsum reads the events of go test -json on standard input, prints what
// go test prints without -json (a line per package, and the output of the
// tests that failed), and ends with one line that says which tests were
// skipped and why, which go test ./... hides without -v:
//
//	go test -json ./... | go run .ci/testsum.go
//
// It exits 1 when a test or a build failed.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
)

// event is one line of go test -json (see go doc test2json).
type event struct {
	Action     string
	ImportPath string // build-output and build-fail events
	Package    string
	Test       string
	Output     string
}

// skip is one reason tests were skipped for, and the tests.
type skip struct {
	reason string
	tests  []string
}

// location matches the "file_test.go:12: " that t.Skip puts before its
// message.
var location = regexp.MustCompile(`^\s*\S+\.go:\d+: `)

func main() {
	failed, err := summarize(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testsum:", err)
		os.Exit(1)
	}
	if failed {
		os.Exit(1)
	}
}

// summarize reads go test -json events from r and writes the summary to w.
// It reports whether anything failed.
func summarize(r io.Reader, w io.Writer) (failed bool, err error) {
	out := make(map[string][]string) // package and test → its output lines
	var skips []*skip
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil || e.Action == "" {
			fmt.Fprintln(w, sc.Text()) // not an event: go's own messages
			continue
		}
		key := e.Package + " " + e.Test
		switch e.Action {
		case "build-output":
			fmt.Fprint(w, e.Output)
		case "build-fail":
			failed = true
		case "output":
			if e.Test == "" {
				if e.Output != "PASS\n" && !strings.HasPrefix(e.Output, "=== ") {
					fmt.Fprint(w, e.Output)
				}
				continue
			}
			out[key] = append(out[key], e.Output)
		case "fail":
			failed = true
			if e.Test != "" {
				fmt.Fprint(w, strings.Join(out[key], ""))
			}
			delete(out, key)
		case "skip":
			if e.Test != "" {
				reason := skipReason(out[key])
				i := slices.IndexFunc(skips, func(s *skip) bool { return s.reason == reason })
				if i < 0 {
					skips = append(skips, &skip{reason: reason})
					i = len(skips) - 1
				}
				skips[i].tests = append(skips[i].tests, e.Test)
			}
			delete(out, key)
		case "pass":
			delete(out, key)
		}
	}
	if err := sc.Err(); err != nil {
		return failed, err
	}
	fmt.Fprintln(w, skipLine(skips))
	return failed, nil
}

// skipReason returns the message a skipped test gave: its output less the
// === and --- lines and the file:line prefix.
func skipReason(lines []string) string {
	var msg []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- ") {
			continue
		}
		msg = append(msg, strings.TrimSpace(location.ReplaceAllString(l, "")))
	}
	if len(msg) == 0 {
		return "no reason given"
	}
	return strings.Join(msg, " ")
}

// skipLine returns the one line that lists the reasons for skipping, each
// with its count and first tests, most frequent first.
func skipLine(skips []*skip) string {
	if len(skips) == 0 {
		return "skipped: none"
	}
	slices.SortStableFunc(skips, func(a, b *skip) int { return len(b.tests) - len(a.tests) })
	n := 0
	parts := make([]string, len(skips))
	for i, s := range skips {
		n += len(s.tests)
		names := s.tests
		more := ""
		if len(names) > 3 {
			names, more = names[:3], fmt.Sprintf(" and %d more", len(s.tests)-3)
		}
		parts[i] = fmt.Sprintf("%d × %s (%s%s)", len(s.tests), s.reason, strings.Join(names, ", "), more)
	}
	return fmt.Sprintf("skipped %d tests: %s", n, strings.Join(parts, "; "))
}
