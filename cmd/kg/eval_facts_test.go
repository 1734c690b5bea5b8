package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/sharedtest"
)

// devFloorF1 is the actor-fact F1 that kg reached on the realnews dev set
// (../shared/realnews), less 0.02: a change that loses more fails.
const devFloorF1 = 0.795

// realnews returns the realnews dev gold file and folder of texts.
func realnews(t *testing.T) (gold, texts string) {
	t.Helper()
	return sharedtest.Path(t, "realnews/gum-news.gold.tsv"), sharedtest.Path(t, "realnews/gum-news")
}

// factsF1 parses the F1 of kg eval --facts's last line.
func factsF1(t *testing.T, out string) float64 {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	_, rest, ok := strings.Cut(lines[len(lines)-1], " F1=")
	var f1 float64
	if _, err := fmt.Sscanf(rest, "%f", &f1); !ok || err != nil {
		t.Fatalf("kg eval --facts printed %q, want a line with F1=", out)
	}
	return f1
}

func TestEvalFactsDevFloor(t *testing.T) {
	gold, texts := realnews(t)
	out := mustKG(t, "eval", "--facts", gold, "--texts", texts)
	if f1 := factsF1(t, out); f1 < devFloorF1 {
		t.Errorf("kg eval --facts on realnews dev printed %q: F1 %.3f is below the floor %.3f", out, f1, devFloorF1)
	}
}

// TestEvalFactsScorePy checks that kg eval --facts prints score.py's
// figures for a kg binary built from this source.
func TestEvalFactsScorePy(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kg and runs score.py")
	}
	gold, texts := realnews(t)
	script := sharedtest.Path(t, "realnews/score.py")
	python := sharedtest.Tool(t, "python3", "python3")
	bin := filepath.Join(t.TempDir(), "kg")
	build := exec.CommandContext(t.Context(), "go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	py, err := exec.CommandContext(t.Context(), python, script, "--kg", bin, "--texts", texts, "--gold", gold).Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	want := strings.TrimSpace(string(py))
	got := strings.TrimSpace(mustKG(t, "eval", "--facts", gold, "--texts", texts))
	if got != want {
		t.Errorf("kg eval --facts printed\n%s\nscore.py printed\n%s", got, want)
	}
}

func TestEvalFactsErrors(t *testing.T) {
	dir := t.TempDir()
	gold := writeTemp(t, "gold.tsv", "doc\tsentence\tsubject\trelation\tobject\tnote\nnone.txt\tone two three four five six\tA\tmeet\tB\t\n")
	bad := writeTemp(t, "bad.tsv", "doc\tsentence\tsubject\tobject\n")
	tests := []struct {
		name    string
		args    []string
		wantErr string
		why     string
	}{
		{"no texts", []string{"eval", "--facts", gold}, "must all be set", "--facts needs --texts"},
		{"with gold", []string{"eval", "--facts", gold, "--texts", dir, "--gold", gold}, "takes no --gold", "the two scorers do not mix"},
		{"missing doc", []string{"eval", "--facts", gold, "--texts", dir}, "1 documents of " + gold + " not found under " + dir + ": none.txt",
			"a document the gold names must exist"},
		{"bad gold", []string{"eval", "--facts", bad, "--texts", dir}, `bad.tsv: line 1: header`, "a malformed gold file is named with its line"},
		{"missing gold", []string{"eval", "--facts", filepath.Join(dir, "no.tsv"), "--texts", dir}, "facts: open", "a missing gold file is named"},
		{"groups alone", []string{"eval", "--gold", gold, "--pred", gold, "--groups"}, "--groups scores actor facts by group", "--groups needs --facts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := kg(t, "", tt.args...)
			if code != exitError || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("kg %s = exit %d, stderr %q; want exit %d and %q (%s)", strings.Join(tt.args, " "), code, errs, exitError, tt.wantErr, tt.why)
			}
		})
	}
}

// TestEvalFactsGroups checks that --groups prints a line for each group of
// relations before the overall line, which stays as without it.
func TestEvalFactsGroups(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Tory leader Michael Howard met Tony Blair in London on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := writeTemp(t, "gold.tsv", "doc\tsentence\tsubject\trelation\tobject\tnote\n"+
		"a.txt\tTory leader Michael Howard met Tony Blair\tMichael Howard\tlead\tConservative Party | Tories\t\n"+
		"a.txt\tTory leader Michael Howard met Tony Blair\tMichael Howard\tmeet\tTony Blair\t\n"+
		"a.txt\tTory leader Michael Howard met Tony Blair\tTony Blair\ttell\tMichael Howard\t\n")
	plain := strings.TrimSpace(mustKG(t, "eval", "--facts", gold, "--texts", dir))
	lines := strings.Split(strings.TrimSpace(mustKG(t, "eval", "--facts", gold, "--texts", dir, "--groups")), "\n")
	if len(lines) != 4 {
		t.Fatalf("kg eval --facts --groups printed %d lines, want 4:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	for i, g := range []string{"roles: gold=1 ", "speech: gold=1 ", "actions: gold=1 "} {
		if !strings.HasPrefix(lines[i], g) {
			t.Errorf("line %d = %q, want it to start %q", i+1, lines[i], g)
		}
	}
	if lines[3] != plain {
		t.Errorf("with --groups the last line is %q, without %q", lines[3], plain)
	}
}

// TestEvalFactsUnmentionedEntity checks that a fact whose object no
// mention names (the government of the state a report is about, implied by
// "government economist") is stored with its object's name and type, so
// that eval --facts scores it as the store's actor queries find it.
func TestEvalFactsUnmentionedEntity(t *testing.T) {
	dir := t.TempDir()
	text := "Norway raised taxes on Monday. Norway's economy grew by two percent. The plan was drafted by government economist Ann Lee.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := writeTemp(t, "gold.tsv", "doc\tsentence\tsubject\trelation\tobject\tnote\n"+
		"a.txt\tThe plan was drafted by government economist Ann Lee\tAnn Lee\twork_for\tNorwegian government | Norway\t\n")
	if out := mustKG(t, "eval", "--facts", gold, "--texts", dir); !strings.Contains(out, " recall=1.000 ") {
		t.Errorf("kg eval --facts printed %q, want recall=1.000: Ann Lee -work_for-> Norwegian government found", out)
	}
}
